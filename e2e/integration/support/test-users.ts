// Test users, workspaces and API tokens, made in the test process by the same data-layer
// functions the admin command line calls (scripts/admin.ts), against the run's database in
// DATABASE_URL. A node process per call cost 2–4 s; in-process it is one password hash.
// The command line itself is tested through admin-cli.ts.
//
// The data layer is imported when first used, not at the top: Playwright loads spec files in its
// runner process to list the tests, and only its workers run under the react-server condition
// that server-only modules need (playwright.config.ts).
import { randomBytes } from 'node:crypto';
import type { RoleName } from '@/lib/core/permissions/permissions';

export type TestUser = { email: string; password: string; name: string; workspace: string };

function requireTestDatabase() {
  // Without it the data layer would have no database, or (outside npm test) the wrong one.
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL must name the test database (npm test sets it).');
}

/** A user no other test knows, with a workspace of their own. Nothing is written yet. */
export function uniqueUser(label = 'editor'): TestUser {
  const id = `${label}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  return {
    email: `${id}@example.test`,
    password: `pw-${randomBytes(9).toString('base64url')}`,
    name: `Test ${label}`,
    workspace: `Desk ${id}`,
  };
}

export async function createUser(label = 'editor'): Promise<TestUser> {
  requireTestDatabase();
  const user = uniqueUser(label);
  const { createUserWithPassword } = await import('@/lib/server/users/create-user');
  await createUserWithPassword({ email: user.email, password: user.password, name: user.name, workspaceName: user.workspace });
  return user;
}

/** Makes an existing user a member of the named workspace with a role. */
export async function addMember(email: string, workspace: string, role: RoleName): Promise<void> {
  requireTestDatabase();
  const { addMemberByEmail } = await import('@/lib/server/members/add-member');
  await addMemberByEmail({ email, workspaceName: workspace, role });
}

/** A new API token for the user's workspace (their first, or the named one); read-write unless asked. */
export async function createToken(email: string, workspace?: string, scope: 'read' | 'write' = 'write'): Promise<string> {
  requireTestDatabase();
  const { createApiTokenByEmail } = await import('@/lib/server/auth/create-token-by-email');
  const created = await createApiTokenByEmail({ email, workspaceName: workspace, name: 'Test', scope });
  return created.token;
}
