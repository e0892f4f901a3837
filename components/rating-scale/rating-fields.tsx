'use client';

import { useId } from 'react';
import { inputClass } from '@/components/ui/field';

export type RatingDraft = { label: string; description: string; value: string; color: string };

type Props = {
  draft: RatingDraft;
  onChange: (draft: RatingDraft) => void;
  /** Messages by field, as the API named them (label, description, value, color, position). */
  errors: Record<string, string[]>;
  worst: number;
  best: number;
};

/** The editable fields of one verdict: label, definition, value (empty: off the scale), colour. */
export function RatingFields({ draft, onChange, errors, worst, best }: Props) {
  const id = useId();
  const set = (field: keyof RatingDraft) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    onChange({ ...draft, [field]: e.target.value });
  const described = (field: string, hint?: boolean) =>
    [hint ? `${id}-${field}-hint` : null, errors[field]?.length ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined;
  const error = (field: string) =>
    errors[field]?.length ? (
      <p id={`${id}-${field}-error`} className="text-sm text-red-700">
        {errors[field]!.join(' ')}
      </p>
    ) : null;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="space-y-1">
        <label htmlFor={`${id}-label`} className="block text-sm font-medium text-stone-800">
          Label
        </label>
        <input id={`${id}-label`} className={inputClass} value={draft.label} onChange={set('label')} maxLength={60} required
          aria-invalid={errors.label?.length ? true : undefined} aria-describedby={described('label')} />
        {error('label')}
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div className="space-y-1">
          <label htmlFor={`${id}-value`} className="block text-sm font-medium text-stone-800">
            Value
          </label>
          <input id={`${id}-value`} className={inputClass} inputMode="numeric" value={draft.value} onChange={set('value')}
            aria-invalid={errors.value?.length || errors.position?.length ? true : undefined} aria-describedby={described('value', true)} />
          <p id={`${id}-value-hint`} className="text-xs text-stone-600">
            {worst} (least true) to {best} (most true); empty for an outcome off the scale.
          </p>
          {error('value')}
          {error('position')}
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-color`} className="block text-sm font-medium text-stone-800">
            Colour
          </label>
          <div className="flex items-center gap-2">
            <input id={`${id}-color`} className={inputClass} value={draft.color} onChange={set('color')} placeholder="#15803d"
              aria-invalid={errors.color?.length ? true : undefined} aria-describedby={described('color', true)} />
            {/^#[0-9a-f]{6}$/i.test(draft.color) && <span aria-hidden="true" className="inline-block h-6 w-6 shrink-0 rounded border border-stone-300" style={{ background: draft.color }} />}
          </div>
          <p id={`${id}-color-hint`} className="text-xs text-stone-600">
            Empty: the colour of its place on the scale.
          </p>
          {error('color')}
        </div>
      </div>
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor={`${id}-description`} className="block text-sm font-medium text-stone-800">
          Definition
        </label>
        <textarea id={`${id}-description`} className={inputClass} rows={2} value={draft.description} onChange={set('description')} maxLength={1000}
          aria-invalid={errors.description?.length ? true : undefined} aria-describedby={described('description')} />
        {error('description')}
      </div>
    </div>
  );
}

/** The draft as the API takes it: an empty value is null (off the scale), an empty colour none. */
export function draftToInput(draft: RatingDraft): { label: string; description: string; value: number | null; color: string | null } | string {
  const value = draft.value.trim();
  if (value !== '' && !/^-?\d+$/.test(value)) return 'The value must be a whole number, or empty for an outcome off the scale.';
  return { label: draft.label, description: draft.description, value: value === '' ? null : Number(value), color: draft.color.trim() || null };
}
