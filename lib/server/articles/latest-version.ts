import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';

/**
 * The text claims are marked on: the article's newest version, in the actor's workspace.
 * Not found (404) for an article that is not there or belongs to another workspace.
 */
export async function requireLatestVersion(actor: Actor, articleId: string): Promise<{ id: string; text: string }> {
  const version = await db.articleVersion.findFirst({
    where: { articleId, article: { workspaceId: actor.workspaceId, deletedAt: null } },
    orderBy: { number: 'desc' },
    select: { id: true, text: true },
  });
  if (!version) throw new AppError('not_found', 'Article not found.');
  return version;
}
