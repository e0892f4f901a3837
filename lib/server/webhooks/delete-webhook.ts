import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import { requirePermission, type Actor } from '@/lib/server/actor';

/** Deletes the endpoint with its deliveries and their log; queued attempts then find nothing to do. */
export async function deleteWebhook(actor: Actor, id: string): Promise<void> {
  requirePermission(actor, 'workspace.manage');
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id, workspaceId: actor.workspaceId } });
  if (count === 0) throw new AppError('not_found', 'Webhook not found.');
}
