'use client';

import { useState } from 'react';
import type { WebhookDto } from '@/lib/validations/webhook';
import { useDeleteWebhook, useRotateWebhookSecret, useUpdateWebhook } from '@/lib/queries/use-webhook-mutations';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { SecretOnce } from '@/components/ui/secret-once';
import { useToast } from '@/components/ui/toast';
import { WebhookDeliveries } from './webhook-deliveries';

/** One endpoint: its events, enable or disable, a new secret, delete (asks twice), its deliveries. */
export function WebhookItem({ webhook }: { webhook: WebhookDto }) {
  const notify = useToast().show;
  const update = useUpdateWebhook(notify);
  const remove = useDeleteWebhook(notify);
  const rotate = useRotateWebhookSecret(notify);
  const [showLog, setShowLog] = useState(false);
  const name = webhook.description || webhook.url;

  return (
    <li className="rounded-md border border-stone-200 bg-white px-3 py-2 text-sm">
      <p className="font-medium break-all text-stone-900">
        {webhook.url}{' '}
        <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-800">{webhook.enabled ? 'Enabled' : 'Disabled'}</span>
      </p>
      {webhook.description && <p className="text-stone-700">{webhook.description}</p>}
      {webhook.disabledReason && <p className="text-red-800">{webhook.disabledReason}</p>}
      {webhook.enabled && webhook.failingSince && (
        <p className="text-amber-900">Every attempt has failed since {webhook.failingSince.slice(0, 16).replace('T', ' ')} UTC.</p>
      )}
      <p className="text-xs text-stone-700">Events: {webhook.events.join(', ')}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" aria-expanded={showLog} onClick={() => setShowLog(!showLog)}>
          {showLog ? 'Hide deliveries' : 'Show deliveries'}
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={update.isPending}
          onClick={() => update.mutate({ id: webhook.id, enabled: !webhook.enabled })}
        >
          {webhook.enabled ? `Disable` : `Enable`}
        </Button>
        <Button size="sm" variant="secondary" disabled={rotate.isPending} onClick={() => rotate.mutate(webhook.id)}>
          New secret
        </Button>
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete endpoint ${name}`}
          confirmLabel="Confirm delete"
          cancelLabel="Keep endpoint"
          pending={remove.isPending}
          // The hook says how it ended; here only the buttons are offered again, if the item is still shown.
          onConfirm={(undo) => remove.mutate({ id: webhook.id, name }, { onError: undo })}
        />
      </div>
      {rotate.data && (
        <div className="mt-2">
          <SecretOnce label="New signing secret (copy it now: it is shown only once)" value={rotate.data.secret} monospace />
        </div>
      )}
      {showLog && <WebhookDeliveries webhookId={webhook.id} />}
    </li>
  );
}
