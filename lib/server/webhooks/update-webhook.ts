import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import { requirePermission, type Actor } from '@/lib/server/actor';
import type { UpdateWebhookInput, WebhookDto } from '@/lib/validations/webhook';
import { getWebhook } from './list-webhooks';
import { requireWebhookUrl } from './vet-webhook-url';

/** Changes what is given; a new address is vetted as at registration. Another workspace's endpoint reads as missing. */
export async function updateWebhook(actor: Actor, id: string, input: UpdateWebhookInput): Promise<WebhookDto> {
  requirePermission(actor, 'workspace.manage');
  if (input.url !== undefined) await requireWebhookUrl(input.url);
  // An admin turning it on (or off) starts afresh: no automatic reason, no failing streak.
  const fresh = input.enabled === undefined ? {} : { disabledReason: null, disabledAt: null, failingSince: null };
  const { count } = await db.webhookEndpoint.updateMany({ where: { id, workspaceId: actor.workspaceId }, data: { ...input, ...fresh } });
  if (count === 0) throw new AppError('not_found', 'Webhook not found.');
  return getWebhook(actor, id);
}
