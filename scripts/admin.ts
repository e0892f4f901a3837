// Factdesk's admin command line, for self-hosting newsrooms and for scripts:
//   npm run admin -- create-user --email E --password P --workspace NAME [--name N]
//   npm run admin -- create-token --email E [--workspace NAME] [--name LABEL] [--read-only]
//   npm run admin -- add-member --email E --workspace NAME --role admin|editor|checker|viewer
import { parseArgs } from 'node:util';
import { resolveDatabaseUrl } from './lib/resolve-database';

const usage = `Usage:
  npm run admin -- create-user --email E --password P --workspace NAME [--name "Full Name"]
  npm run admin -- create-token --email E [--workspace NAME] [--name LABEL] [--read-only]
  npm run admin -- add-member --email E --workspace NAME --role admin|editor|checker|viewer`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      workspace: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      'read-only': { type: 'boolean' },
    },
    strict: true,
  });
  if (!command || !['create-user', 'create-token', 'add-member'].includes(command)) fail(usage);
  if (!values.email) fail(`--email is required\n${usage}`);

  const database = await resolveDatabaseUrl({ purpose: 'app' });
  process.env.DATABASE_URL = database.url;
  try {
    const { isAppError } = await import('../lib/errors');
    try {
      if (command === 'create-user') await createUser(values);
      else if (command === 'add-member') await addMember(values);
      else await createToken(values);
    } catch (error) {
      if (isAppError(error)) fail(error.message);
      throw error;
    }
  } finally {
    const { db } = await import('../lib/server/db/client');
    await db.$disconnect();
    await database.stop?.();
  }
}

type Values = { email?: string; password?: string; workspace?: string; name?: string; role?: string; 'read-only'?: boolean };

async function createUser(values: Values) {
  if (!values.password) fail('--password is required');
  if (!values.workspace) fail('--workspace is required');
  const { createUserWithPassword } = await import('../lib/server/users/create-user');
  const created = await createUserWithPassword({
    email: values.email!,
    password: values.password,
    name: values.name ?? values.email!.split('@')[0]!,
    workspaceName: values.workspace,
  });
  console.log(`Created ${created.email}, admin of workspace “${created.workspace.name}”.`);
}

async function addMember(values: Values) {
  if (!values.workspace) fail('--workspace is required');
  const { roles } = await import('../lib/core/permissions/permissions');
  const role = roles.find((r) => r === values.role);
  if (!role) fail(`--role must be one of ${roles.join(', ')}`);
  const { addMemberByEmail } = await import('../lib/server/members/add-member');
  const result = await addMemberByEmail({ email: values.email!, workspaceName: values.workspace, role });
  const what = !result.existed ? 'is now' : result.changed ? 'is now' : 'already was';
  console.log(`${result.email} ${what} ${role} of “${result.workspace.name}”.`);
}

async function createToken(values: Values) {
  const { createApiTokenByEmail } = await import('../lib/server/auth/create-token-by-email');
  const created = await createApiTokenByEmail({
    email: values.email!,
    workspaceName: values.workspace,
    name: values.name ?? 'Command line',
    scope: values['read-only'] ? 'read' : 'write',
  });
  // The token itself goes to stdout alone, so scripts can capture it; the note to stderr.
  console.error(`API token for ${values.email} in “${created.workspace.name}” (shown once, store it safely):`);
  console.log(created.token);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
