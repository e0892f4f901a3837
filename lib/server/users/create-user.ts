import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import { hashPassword } from '@/lib/server/auth/password';
import { createWorkspace } from '@/lib/server/workspaces/create-first-workspace';

/**
 * Creates a user who signs in with email and password, the same rows better-auth writes at
 * sign-up (a user and a "credential" account holding the Argon2id hash), for the admin
 * command line and the demo workspace, with a new workspace of the given name that they administer.
 * An existing workspace of that name is refused rather than joined: names are not unique or
 * secret, and joining as admin would hand someone else's desk to whoever typed its name.
 */
export async function createUserWithPassword(input: {
  email: string;
  password: string;
  name: string;
  workspaceName: string;
}) {
  const email = input.email.trim().toLowerCase();
  if (input.password.length < 10) throw new AppError('unprocessable', 'The password needs at least 10 characters.');
  const exists = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (exists) throw new AppError('conflict', `A user with the email ${email} already exists.`);
  const taken = await db.workspace.findFirst({ where: { name: input.workspaceName }, select: { id: true } });
  if (taken) {
    throw new AppError(
      'conflict',
      `A workspace named “${input.workspaceName}” already exists. Create the user with a new workspace name, then use add-member to give them a role there.`,
    );
  }

  const hash = await hashPassword(input.password);
  const userId = randomUUID();
  await db.$transaction([
    // Made by whoever runs the server, who vouches for the address: with a mail relay, sign-in
    // wants a confirmed one (decision 018).
    db.user.create({ data: { id: userId, email, name: input.name, emailVerified: true } }),
    db.account.create({ data: { id: randomUUID(), accountId: userId, providerId: 'credential', userId, password: hash } }),
  ]);

  const created = await createWorkspace({ userId, name: input.workspaceName });
  return { userId, email, workspace: { id: created.id, name: created.name } };
}
