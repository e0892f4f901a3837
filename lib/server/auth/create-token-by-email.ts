import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { ApiTokenScopeValue } from '@/lib/validations/api-token';
import { createApiToken } from './api-tokens';

/**
 * A new API token for the user with this email, in the named workspace (or their first one),
 * for the admin command line and scripts: whoever runs it administers the server.
 */
export async function createApiTokenByEmail(input: { email: string; workspaceName?: string; name: string; scope?: ApiTokenScopeValue }) {
  const email = input.email.trim().toLowerCase();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, memberships: { select: { workspace: { select: { id: true, name: true } } }, orderBy: { createdAt: 'asc' } } },
  });
  if (!user) throw new AppError('not_found', `No user with the email ${email}.`);
  const membership = input.workspaceName
    ? user.memberships.find((m) => m.workspace.name === input.workspaceName)
    : user.memberships[0];
  if (!membership) {
    throw new AppError(
      'not_found',
      input.workspaceName ? `${email} is not a member of “${input.workspaceName}”.` : `${email} has no workspace.`,
    );
  }
  const created = await createApiToken({ userId: user.id, workspaceId: membership.workspace.id, name: input.name, scope: input.scope });
  return { token: created.token, workspace: membership.workspace };
}
