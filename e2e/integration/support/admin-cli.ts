// The admin command line (scripts/admin.ts) as a self-hosting newsroom runs it, against the test
// database in DATABASE_URL: for the tests of the command line itself. Other tests make their
// people in-process with test-users.ts (the same data-layer functions, without a node process each).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { uniqueUser, type TestUser } from './test-users';

const root = fileURLToPath(new URL('../../..', import.meta.url));

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

/** `admin create-user` for a user no other test knows, with a workspace of their own. */
export async function cliCreateUser(label = 'editor'): Promise<TestUser> {
  const user = uniqueUser(label);
  await admin(['create-user', '--email', user.email, '--password', user.password, '--workspace', user.workspace, '--name', user.name]);
  return user;
}

/** `admin add-member`: prints what changed. */
export async function cliAddMember(email: string, workspace: string, role: 'admin' | 'editor' | 'checker' | 'viewer'): Promise<string> {
  return admin(['add-member', '--email', email, '--workspace', workspace, '--role', role]);
}

/** `admin create-token`: the token is printed alone on stdout. */
export async function cliCreateToken(email: string, workspace?: string): Promise<string> {
  const token = await admin(['create-token', '--email', email, ...(workspace ? ['--workspace', workspace] : [])]);
  if (!/^fd_\S+$/.test(token)) throw new Error(`create-token printed something unexpected: ${token}`);
  return token;
}
