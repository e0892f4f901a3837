'use client';

import { useId } from 'react';
import { Field, FormError, inputClass } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { ApiError } from '@/lib/queries/api-client';
import { channelLabels, channels, recipientKindLabels, recipientKinds } from '@/lib/core/correction-requests/correction-requests';
import type { CreateCorrectionRequestInput } from '@/lib/validations/correction-request';

const today = () => new Date().toISOString().slice(0, 10);

/** The API's messages per field, and the general one when no field was named. */
export function errorsOf(error: Error | null): { fields: Record<string, string[]>; message?: string } {
  if (!error) return { fields: {} };
  const fields = error instanceof ApiError ? (error.fields ?? {}) : {};
  return { fields, message: Object.keys(fields).length ? 'Check the fields marked below.' : error.message };
}

function TextArea({
  label, name, errors, hint, required, defaultValue,
}: { label: string; name: string; errors?: string[]; hint?: string; required?: boolean; defaultValue?: string }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={3}
        required={required}
        defaultValue={defaultValue}
        className={inputClass + ' text-sm'}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].join(' ').trim() || undefined}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

function Select({
  label, name, options, errors, defaultValue,
}: { label: string; name: string; options: [string, string][]; errors?: string[]; defaultValue?: string }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={inputClass + ' text-sm'} aria-invalid={errors?.length ? true : undefined}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {errors?.length ? <p className="text-sm text-red-700">{errors.join(' ')}</p> : null}
    </div>
  );
}

export { Select, TextArea };

type Props = { pending: boolean; error: Error | null; onSubmit: (input: CreateCorrectionRequestInput) => void; onCancel: () => void };

/** Whom the desk asked, how, when and what; validated by the server, its messages shown by field. */
export function CorrectionRequestForm({ pending, error, onSubmit, onCancel }: Props) {
  const { fields, message } = errorsOf(error);
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    onSubmit({
      recipientKind: text('recipientKind') as CreateCorrectionRequestInput['recipientKind'],
      recipientName: text('recipientName'),
      channel: text('channel') as CreateCorrectionRequestInput['channel'],
      sentAt: text('sentAt'),
      request: text('request'),
      internalNote: text('internalNote'),
    });
  }
  return (
    <form onSubmit={submit} aria-label="Record a correction request" className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-3" noValidate>
      <FormError message={message} />
      <div className="grid grid-cols-2 gap-2">
        <Select label="Whom" name="recipientKind" options={recipientKinds.map((k) => [k, recipientKindLabels[k]])} errors={fields.recipientKind} />
        <Field label="Name" name="recipientName" placeholder="e.g. Harbour Herald" errors={fields.recipientName} />
      </div>
      <div className="grid grid-cols-2 gap-2">
        <Select label="How" name="channel" options={channels.map((c) => [c, channelLabels[c]])} errors={fields.channel} />
        <Field label="When" name="sentAt" type="date" defaultValue={today()} required errors={fields.sentAt} />
      </div>
      <TextArea label="What was asked" name="request" required errors={fields.request} />
      <TextArea label="Internal note" name="internalNote" hint="For the team only: never in reports or on public pages." errors={fields.internalNote} />
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending} aria-busy={pending}>
          {pending ? 'Saving…' : 'Save request'}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
