import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { WorkspaceDto } from '@/lib/validations/workspace';

const settingsSelect = { id: true, name: true, organizationUrl: true, allowSelfApproval: true, changeCheckSchedule: true, archiveScreenshots: true, archiveWayback: true } as const;

/** The workspace the actor works in, with their role: every member may read its settings. */
export async function getWorkspaceSettings(actor: Actor): Promise<WorkspaceDto> {
  requirePermission(actor, 'article.read');
  const row = await db.workspace.findUnique({ where: { id: actor.workspaceId }, select: settingsSelect });
  if (!row) throw new AppError('not_found', 'Workspace not found.');
  return { ...row, role: actor.role };
}
