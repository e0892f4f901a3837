'use client';

import { Field, FormError, SelectField, TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { errorsByField } from '@/lib/queries/api-client';
import { channelLabels, channels, recipientKindLabels, recipientKinds } from '@/lib/core/correction-requests/correction-requests';
import type { CreateCorrectionRequestInput } from '@/lib/validations/correction-request';

const today = () => new Date().toISOString().slice(0, 10);

type Props = { pending: boolean; error: Error | null; onSubmit: (input: CreateCorrectionRequestInput) => void; onCancel: () => void };

/** Whom the desk asked, how, when and what; validated by the server, its messages shown by field. */
export function CorrectionRequestForm({ pending, error, onSubmit, onCancel }: Props) {
  const { fields, message } = errorsByField(error);
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
        <SelectField label="Whom" name="recipientKind" options={recipientKinds.map((k) => [k, recipientKindLabels[k]])} errors={fields.recipientKind} />
        <Field label="Name" name="recipientName" placeholder="e.g. Harbour Herald" errors={fields.recipientName} />
      </div>
      <div className="grid grid-cols-2 gap-2">
        <SelectField label="How" name="channel" options={channels.map((c) => [c, channelLabels[c]])} errors={fields.channel} />
        <Field label="When" name="sentAt" type="date" defaultValue={today()} required errors={fields.sentAt} />
      </div>
      <TextAreaField label="What was asked" name="request" required errors={fields.request} />
      <TextAreaField label="Internal note" name="internalNote" hint="For the team only: never in reports or on public pages." errors={fields.internalNote} />
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
