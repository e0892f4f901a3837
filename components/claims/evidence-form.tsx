'use client';

import { useState } from 'react';
import { Field, inputClass } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { stanceLabels, stances } from '@/lib/validations/evidence-values';
import type { AddEvidenceInput, EvidenceDto } from '@/lib/validations/evidence';
import { checkEvidenceForm, type EvidenceFieldErrors } from '@/lib/core/evidence/evidence-form-checks';

type EvidenceFormProps = {
  initial?: EvidenceDto;
  submitLabel: string;
  onSubmit: (input: AddEvidenceInput) => void;
  onCancel?: () => void;
};

const today = () => new Date().toISOString().slice(0, 10);

/** One form for adding and editing evidence: plain checks here, the API's schema on the server. */
export function EvidenceForm({ initial, submitLabel, onSubmit, onCancel }: EvidenceFormProps) {
  const [errors, setErrors] = useState<EvidenceFieldErrors>({});

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const accessed = String(data.get('accessedAt') ?? '');
    const raw = {
      url: String(data.get('url') ?? ''),
      title: String(data.get('title') ?? ''),
      publisher: String(data.get('publisher') ?? ''),
      passage: String(data.get('passage') ?? ''),
      stance: String(data.get('stance') ?? ''),
      accessedAt: accessed ? accessed : null,
    };
    const found = checkEvidenceForm(raw as AddEvidenceInput);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onSubmit(raw as AddEvidenceInput);
    if (!initial) form.reset();
  }

  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-3" noValidate>
      <Field label="Link" name="url" type="url" required placeholder="https://" defaultValue={initial?.url} errors={errors.url} />
      <div className="grid grid-cols-2 gap-2">
        <Field label="Title" name="title" defaultValue={initial?.title} errors={errors.title} />
        <Field label="Publisher" name="publisher" defaultValue={initial?.publisher} errors={errors.publisher} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`passage-${initial?.id ?? 'new'}`} className="block text-sm font-medium text-stone-800">
          Passage relied on
        </label>
        <textarea id={`passage-${initial?.id ?? 'new'}`} name="passage" rows={2} defaultValue={initial?.passage} className={inputClass + ' text-sm'} />
      </div>
      <div className="grid grid-cols-2 gap-2">
        <div className="space-y-1">
          <label htmlFor={`stance-${initial?.id ?? 'new'}`} className="block text-sm font-medium text-stone-800">
            Stance
          </label>
          <select id={`stance-${initial?.id ?? 'new'}`} name="stance" defaultValue={initial?.stance ?? 'supports'} className={inputClass + ' text-sm'}>
            {stances.map((s) => (
              <option key={s} value={s}>
                {stanceLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <Field label="Accessed" name="accessedAt" type="date" defaultValue={initial?.accessedAt?.slice(0, 10) ?? today()} errors={errors.accessedAt} />
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm">
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
