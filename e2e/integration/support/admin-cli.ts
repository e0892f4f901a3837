// Test users and API tokens, made the way a self-hosting newsroom makes them: with the admin
// command line (scripts/admin.ts) against the test database in DATABASE_URL.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export type TestUser = { email: string; password: string; name: string; workspace: string };

export async function admin(args: string[]): Promise<string> {
  if (!process.env.DATABASE_URL) {
    // Without it the command line would pick the app's own database, not the test one.
    throw new Error('DATABASE_URL must name the test database (npm test sets it).');
  }
  // The same as `npm run admin -- ...` without npm's start-up: one node process.
  const nodeArgs = ['--conditions=react-server', '--import', 'tsx', 'scripts/admin.ts', ...args];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, nodeArgs, { cwd: root, env: process.env }, (error, stdout, stderr) => {
      if (error) reject(new Error(`admin ${args[0]} failed: ${stderr.trim() || error.message}`));
      else resolve(stdout.trim());
    });
  });
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
  const user = uniqueUser(label);
  await admin(['create-user', '--email', user.email, '--password', user.password, '--workspace', user.workspace, '--name', user.name]);
  return user;
}

/** Makes an existing user a member of the named workspace with a role (the admin command line). */
export async function addMember(email: string, workspace: string, role: 'admin' | 'editor' | 'checker' | 'viewer'): Promise<string> {
  return admin(['add-member', '--email', email, '--workspace', workspace, '--role', role]);
}

/** A new API token for the user's workspace (their first, or the named one); printed alone on stdout. */
export async function createToken(email: string, workspace?: string): Promise<string> {
  const token = await admin(['create-token', '--email', email, ...(workspace ? ['--workspace', workspace] : [])]);
  if (!/^fd_\S+$/.test(token)) throw new Error(`create-token printed something unexpected: ${token}`);
  return token;
}
