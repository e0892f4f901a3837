'use client';

import { useQuery } from '@tanstack/react-query';
import { webhookListOptions } from '@/lib/queries/webhooks';
import { WebhookItem } from './webhook-item';

/** The workspace's endpoints, newest first. */
export function WebhookList() {
  const webhooks = useQuery(webhookListOptions());
  if (webhooks.isPending) return <p className="text-sm text-stone-600">Loading endpoints…</p>;
  if (webhooks.isError) {
    return (
      <p role="alert" className="text-sm text-red-800">
        Could not load the endpoints: {webhooks.error.message}
      </p>
    );
  }
  if (webhooks.data.webhooks.length === 0) return <p className="text-sm text-stone-600">No endpoints yet.</p>;
  return (
    <ul aria-label="Endpoints" className="space-y-3">
      {webhooks.data.webhooks.map((webhook) => (
        <WebhookItem key={webhook.id} webhook={webhook} />
      ))}
    </ul>
  );
}
