import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { UpdateWorkspaceInput, WorkspaceDto } from '@/lib/validations/workspace';

/** Name, organisation link and the self-approval rule; only the fields given change. */
export async function updateWorkspaceSettings(actor: Actor, input: UpdateWorkspaceInput): Promise<WorkspaceDto> {
  requirePermission(actor, 'workspace.manage');
  const row = await db.workspace.update({
    where: { id: actor.workspaceId },
    data: {
      name: input.name,
      // An empty link clears it, so exports stop naming an organisation page.
      organizationUrl: input.organizationUrl === undefined ? undefined : input.organizationUrl || null,
      allowSelfApproval: input.allowSelfApproval,
      changeCheckSchedule: input.changeCheckSchedule,
      archiveScreenshots: input.archiveScreenshots,
      archiveWayback: input.archiveWayback,
    },
    select: { id: true, name: true, organizationUrl: true, allowSelfApproval: true, changeCheckSchedule: true, archiveScreenshots: true, archiveWayback: true },
  });
  return { ...row, role: actor.role };
}
