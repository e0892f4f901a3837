import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';

export async function getWorkspaceName(actor: Actor): Promise<string> {
  const workspace = await db.workspace.findUnique({ where: { id: actor.workspaceId }, select: { name: true } });
  return workspace?.name ?? 'Workspace';
}
