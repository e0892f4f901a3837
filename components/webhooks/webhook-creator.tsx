'use client';

import { useId, useState } from 'react';
import { useCreateWebhook } from '@/lib/queries/use-webhook-mutations';
import { errorMessageOf } from '@/lib/queries/api-client';
import { webhookEventLabels, webhookEventTypes, type WebhookEventType } from '@/lib/validations/webhook-values';
import { Button } from '@/components/ui/button';
import { SecretOnce } from '@/components/ui/secret-once';
import { inputClass } from '@/components/ui/field';

/** Registers an endpoint for some events and shows its signing secret once, with a copy button. */
export function WebhookCreator() {
  const id = useId();
  const create = useCreateWebhook();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['claim.published', 'claim.corrected']);
  const errorMessage = errorMessageOf(create.error);
  const toggle = (event: WebhookEventType, on: boolean) =>
    setEvents((current) => (on ? [...current, event] : current.filter((e) => e !== event)));

  return (
    <div className="space-y-3">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ url, description, events, enabled: true }, { onSuccess: () => { setUrl(''); setDescription(''); } });
        }}
      >
        <div className="space-y-1">
          <label htmlFor={`${id}-url`} className="block text-sm font-medium text-stone-800">
            Endpoint address
          </label>
          <input
            id={`${id}-url`}
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://cms.example.org/factdesk-hook"
            required
            className={inputClass}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-description`} className="block text-sm font-medium text-stone-800">
            Description (optional)
          </label>
          <input id={`${id}-description`} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={200} className={inputClass} />
        </div>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-stone-800">Events to send</legend>
          {webhookEventTypes.map((event) => (
            <label key={event} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={events.includes(event)} onChange={(e) => toggle(event, e.target.checked)} />
              {webhookEventLabels[event]} <code className="text-xs text-stone-700">{event}</code>
            </label>
          ))}
        </fieldset>
        <Button type="submit" disabled={create.isPending || events.length === 0}>
          {create.isPending ? 'Adding endpoint…' : 'Add endpoint'}
        </Button>
      </form>
      {errorMessage && (
        <p role="alert" className="text-sm text-red-800">
          Endpoint not added: {errorMessage}
        </p>
      )}
      {create.data && (
        <SecretOnce
          label={`Signing secret of ${create.data.url} (copy it now: it is shown only once)`}
          value={create.data.secret}
          hint="Verify each delivery’s webhook-signature with it, as the Standard Webhooks libraries do."
          monospace
        />
      )}
    </div>
  );
}
