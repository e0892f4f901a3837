import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { idSchema } from '@/lib/validations/common';

export const WORKSPACE_COOKIE = 'factdesk-workspace';

/**
 * The user's membership in the workspace they chose (cookie), else their oldest one. The cookie
 * is only a preference: membership is always checked here, and a value that cannot be an id
 * (the browser sends what it likes, `%00` included) is ignored without a query.
 */
export async function resolveActor(
  user: { id: string; name: string },
  preferredWorkspaceId?: string | null,
): Promise<Actor | null> {
  const select = { workspaceId: true, role: true } as const;
  const preferredId = idSchema.safeParse(preferredWorkspaceId);
  const preferred = preferredId.success
    ? await db.membership.findUnique({
        where: { workspaceId_userId: { workspaceId: preferredId.data, userId: user.id } },
        select,
      })
    : null;
  const membership =
    preferred ?? (await db.membership.findFirst({ where: { userId: user.id }, orderBy: { createdAt: 'asc' }, select }));
  if (!membership) return null;
  return { userId: user.id, userName: user.name, workspaceId: membership.workspaceId, role: membership.role };
}

export async function listWorkspacesOf(userId: string) {
  const rows = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: 'asc' },
    select: { role: true, workspace: { select: { id: true, name: true } } },
  });
  return rows.map((r) => ({ id: r.workspace.id, name: r.workspace.name, role: r.role }));
}
