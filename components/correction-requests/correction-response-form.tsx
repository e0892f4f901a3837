'use client';

import { Field, FormError, SelectField, TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { outcomeLabels, outcomes } from '@/lib/core/correction-requests/correction-requests';
import type { CorrectionRequestDto, UpdateCorrectionRequestInput } from '@/lib/validations/correction-request';
import { errorsByField } from '@/lib/queries/api-client';

type Props = {
  request: CorrectionRequestDto;
  pending: boolean;
  error: Error | null;
  onSubmit: (input: UpdateCorrectionRequestInput) => void;
  onCancel: () => void;
};

/** The answer, when it came, the outcome and the link to the correction. Saving any outcome confirms a flag. */
export function CorrectionResponseForm({ request, pending, error, onSubmit, onCancel }: Props) {
  const { fields, message } = errorsByField(error);
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    onSubmit({
      version: request.version,
      response: text('response'),
      respondedAt: text('respondedAt') || null,
      outcome: text('outcome') as UpdateCorrectionRequestInput['outcome'],
      correctionUrl: text('correctionUrl') || null,
    });
  }
  return (
    <form onSubmit={submit} aria-label="Record the answer and outcome" className="mt-2 space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-3" noValidate>
      <FormError message={message} />
      {/* Uncontrolled: starts from what was recorded, and again after each saved change. */}
      <TextAreaField key={request.version} label="Their answer" name="response" errors={fields.response} defaultValue={request.response} />
      <div className="grid grid-cols-2 gap-2">
        <Field label="Answered on" name="respondedAt" type="date" defaultValue={request.respondedAt?.slice(0, 10) ?? ''} errors={fields.respondedAt} />
        <SelectField label="Outcome" name="outcome" options={outcomes.map((o) => [o, outcomeLabels[o]])} errors={fields.outcome} defaultValue={request.outcome} />
      </div>
      <Field label="Link to the correction" name="correctionUrl" type="url" placeholder="https://" defaultValue={request.correctionUrl ?? ''} errors={fields.correctionUrl} />
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending} aria-busy={pending}>
          {pending ? 'Saving…' : 'Save outcome'}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
