import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import { requirePermission, type Actor } from '@/lib/server/actor';
import { seal } from '@/lib/server/jobs/seal';
import { generateWebhookSecret } from '@/lib/core/webhooks/signature';
import type { WebhookWithSecretDto } from '@/lib/validations/webhook';
import { getWebhook } from './list-webhooks';

/** A new secret at once: every later attempt (retries of older messages included) signs with it. */
export async function rotateWebhookSecret(actor: Actor, id: string): Promise<WebhookWithSecretDto> {
  requirePermission(actor, 'workspace.manage');
  const secret = generateWebhookSecret();
  const { count } = await db.webhookEndpoint.updateMany({ where: { id, workspaceId: actor.workspaceId }, data: { secretSealed: seal(secret) } });
  if (count === 0) throw new AppError('not_found', 'Webhook not found.');
  return { ...(await getWebhook(actor, id)), secret };
}
