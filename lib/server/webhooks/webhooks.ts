import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import { requirePermission, type Actor } from '@/lib/server/actor';
import { seal } from '@/lib/server/jobs/seal';
import { generateWebhookSecret } from '@/lib/core/webhooks/signature';
import type { CreateWebhookInput, UpdateWebhookInput, WebhookDto, WebhookListDto, WebhookWithSecretDto } from '@/lib/validations/webhook';
import { requireWebhookUrl } from './vet-webhook-url';
import { toWebhookDto, webhookSelect } from './webhook-shape';

// Endpoints of the workspace, for its admins. The signing secret is stored sealed (it must stay
// usable to sign, so a hash would not do) and returned only by create and rotate.

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

export async function createWebhook(actor: Actor, input: CreateWebhookInput): Promise<WebhookWithSecretDto> {
  requirePermission(actor, 'workspace.manage');
  await requireWebhookUrl(input.url);
  const secret = generateWebhookSecret();
  const row = await db.webhookEndpoint.create({
    data: { ...input, workspaceId: actor.workspaceId, createdById: actor.userId, secretSealed: seal(secret) },
    select: webhookSelect,
  });
  return { ...toWebhookDto(row), secret };
}

export async function updateWebhook(actor: Actor, id: string, input: UpdateWebhookInput): Promise<WebhookDto> {
  requirePermission(actor, 'workspace.manage');
  if (input.url !== undefined) await requireWebhookUrl(input.url);
  const { count } = await db.webhookEndpoint.updateMany({ where: { id, workspaceId: actor.workspaceId }, data: input });
  if (count === 0) throw new AppError('not_found', 'Webhook not found.');
  return getWebhook(actor, id);
}

/** Deletes the endpoint with its deliveries and their log; queued attempts then find nothing to do. */
export async function deleteWebhook(actor: Actor, id: string): Promise<void> {
  requirePermission(actor, 'workspace.manage');
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id, workspaceId: actor.workspaceId } });
  if (count === 0) throw new AppError('not_found', 'Webhook not found.');
}

/** A new secret at once: every later attempt (retries of older messages included) signs with it. */
export async function rotateWebhookSecret(actor: Actor, id: string): Promise<WebhookWithSecretDto> {
  requirePermission(actor, 'workspace.manage');
  const secret = generateWebhookSecret();
  const { count } = await db.webhookEndpoint.updateMany({ where: { id, workspaceId: actor.workspaceId }, data: { secretSealed: seal(secret) } });
  if (count === 0) throw new AppError('not_found', 'Webhook not found.');
  return { ...(await getWebhook(actor, id)), secret };
}
