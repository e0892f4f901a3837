import 'server-only';
import { AppError } from '@/lib/errors';
import { can, type Action, type RoleName } from '@/lib/core/permissions/permissions';
import type { ApiTokenScopeValue } from '@/lib/validations/api-token';

/** The member acting: every data-layer function takes one and scopes its queries to it. */
export type Actor = {
  userId: string;
  userName: string;
  workspaceId: string;
  role: RoleName;
  /** Set when the request came with an API token: a `read` token may not write (apiRoute). */
  tokenScope?: ApiTokenScopeValue;
};

export function requirePermission(actor: Actor, action: Action): void {
  if (!can(actor.role, action)) {
    throw new AppError('forbidden', 'Your role in this workspace does not allow this.');
  }
}
