'use client';

import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { WebhookDeliveryDto } from '@/lib/validations/webhook';
import { webhookDeliveriesOptions, type AwaitedAttempt } from '@/lib/queries/webhooks';
import { useRedeliverWebhook } from '@/lib/queries/use-webhook-mutations';
import { formatDateTime } from '@/lib/format';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';

const statusLabels: Record<WebhookDeliveryDto['status'], string> = { pending: 'Retrying', delivered: 'Delivered', failed: 'Failed' };

/** The endpoint's newest deliveries with each attempt (status, time taken, answer), and "Send again". */
export function WebhookDeliveries({ webhookId }: { webhookId: string }) {
  const [awaited, setAwaited] = useState<AwaitedAttempt | null>(null);
  const deliveries = useQuery(webhookDeliveriesOptions(webhookId, awaited));
  const redeliver = useRedeliverWebhook(webhookId, useToast().show);
  if (deliveries.isPending) return <p className="mt-2 text-stone-600">Loading deliveries…</p>;
  if (deliveries.isError) {
    return (
      <p role="alert" className="mt-2 text-red-800">
        Could not load the deliveries: {deliveries.error.message}
      </p>
    );
  }
  const list = deliveries.data.deliveries;
  if (list.length === 0) return <p className="mt-2 text-stone-600">Nothing sent yet.</p>;
  return (
    <table className="mt-3 w-full text-left text-xs">
      <caption className="sr-only">Deliveries, newest first</caption>
      <thead>
        <tr className="border-b border-stone-200">
          <th scope="col" className="py-1 pr-2 font-medium">Event</th>
          <th scope="col" className="py-1 pr-2 font-medium">When</th>
          <th scope="col" className="py-1 pr-2 font-medium">Status</th>
          <th scope="col" className="py-1 pr-2 font-medium">Attempts</th>
          <th scope="col" className="py-1 font-medium"><span className="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {list.map((delivery) => (
          <tr key={delivery.id} className="border-b border-stone-100 align-top">
            <td className="py-1 pr-2 font-mono">{delivery.eventType}</td>
            <td className="py-1 pr-2">{formatDateTime(delivery.occurredAt)}</td>
            <td className="py-1 pr-2">{statusLabels[delivery.status]}</td>
            <td className="py-1 pr-2">
              <ol className="space-y-1">
                {delivery.attempts.map((attempt) => (
                  <li key={attempt.id}>
                    {attempt.status === null ? 'No answer' : `HTTP ${attempt.status}`} · {attempt.durationMs} ms
                    {attempt.trigger === 'manual' && ' · sent again'}
                    {attempt.error && <span className="block text-red-800">{attempt.error}</span>}
                    {attempt.responseExcerpt && <span className="block truncate text-stone-700">{attempt.responseExcerpt}</span>}
                  </li>
                ))}
              </ol>
            </td>
            <td className="py-1">
              <Button
                size="sm"
                variant="secondary"
                disabled={redeliver.isPending}
                aria-label={`Send again: ${delivery.eventType} of ${formatDateTime(delivery.occurredAt)}`}
                onClick={() =>
                  // The toast comes from the hook; this only makes the open log wait for the new attempt.
                  redeliver.mutate(delivery.id, {
                    onSuccess: () => setAwaited({ deliveryId: delivery.id, lastAttemptId: delivery.attempts[0]?.id ?? null }),
                  })
                }
              >
                Send again
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
