import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { RoleName } from '@/lib/core/permissions/permissions';
import { lockAdmins } from './last-admin';

/**
 * Makes an existing user a member of a workspace with a role, or changes their role there, for
 * the admin command line (no acting member: whoever runs it administers the server). The last
 * admin of a workspace is never demoted here either.
 */
export async function addMemberByEmail(input: { email: string; workspaceName: string; role: RoleName }) {
  const email = input.email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true } });
  if (!user) throw new AppError('not_found', `No user with the email ${email}. Create one with create-user first.`);
  const workspaces = await db.workspace.findMany({ where: { name: input.workspaceName }, select: { id: true, name: true } });
  if (workspaces.length === 0) throw new AppError('not_found', `No workspace named “${input.workspaceName}”.`);
  if (workspaces.length > 1) {
    throw new AppError('conflict', `${workspaces.length} workspaces are named “${input.workspaceName}”; rename one first.`);
  }
  const workspace = workspaces[0]!;
  const where = { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } };
  // The same lock as the pages and the API take (last-admin.ts), so no path can race another.
  const existing = await db.$transaction(async (tx) => {
    const admins = await lockAdmins(tx, workspace.id);
    const current = await tx.membership.findUnique({ where, select: { role: true } });
    if (current?.role === 'admin' && input.role !== 'admin' && admins.length <= 1) {
      throw new AppError('conflict', `${email} is the last admin of “${workspace.name}” and stays admin.`);
    }
    await tx.membership.upsert({
      where,
      create: { workspaceId: workspace.id, userId: user.id, role: input.role },
      update: { role: input.role },
    });
    return current;
  });
  return { email, workspace, role: input.role, changed: existing ? existing.role !== input.role : true, existed: !!existing };
}
