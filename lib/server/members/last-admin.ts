import 'server-only';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/server/db/client';

type Tx = Prisma.TransactionClient;

/**
 * Locks the workspace's admin rows for the rest of the transaction and returns their user ids.
 * Two admins demoting or removing each other at the same moment would each see "another admin
 * remains" if they only counted; with the rows locked, the second waits and sees the first's change.
 */
export async function lockAdmins(tx: Tx, workspaceId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM membership WHERE "workspaceId" = ${workspaceId} AND role = 'admin' FOR UPDATE`;
  return rows.map((r) => r.userId);
}

/** Throws when `userId` is the only admin: a workspace must always keep someone who can manage it. */
export function assertNotLastAdmin(admins: string[], userId: string, what: string): void {
  if (admins.length === 1 && admins[0] === userId) {
    throw new AppError('conflict', `${what}: this is the workspace's only admin. Make someone else admin first.`);
  }
}
