import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import { requirePermission, type Actor } from '@/lib/server/actor';
import type { WebhookDto, WebhookListDto } from '@/lib/validations/webhook';
import { toWebhookDto, webhookSelect } from './webhook-shape';

// Endpoints of the workspace, for its admins; never with their secret.
export async function listWebhooks(actor: Actor): Promise<WebhookListDto> {
  requirePermission(actor, 'workspace.manage');
  const rows = await db.webhookEndpoint.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: webhookSelect,
  });
  return { webhooks: rows.map(toWebhookDto) };
}

export async function getWebhook(actor: Actor, id: string): Promise<WebhookDto> {
  requirePermission(actor, 'workspace.manage');
  const row = await db.webhookEndpoint.findFirst({ where: { id, workspaceId: actor.workspaceId }, select: webhookSelect });
  if (!row) throw new AppError('not_found', 'Webhook not found.');
  return toWebhookDto(row);
}
