import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { DismissSuggestionInput } from '@/lib/validations/similar';

/**
 * Stores that a person dismissed the suggestion at this span of this version, so it does not
 * come back there. A new version of the article gets its suggestions afresh. Dismissing twice is
 * the same as once.
 */
export async function dismissSuggestion(actor: Actor, articleId: string, input: DismissSuggestionInput): Promise<void> {
  requirePermission(actor, 'claim.create');
  const version = await db.articleVersion.findFirst({
    where: { articleId, number: input.versionNumber, article: { workspaceId: actor.workspaceId } },
    select: { id: true, text: true },
  });
  if (!version) throw new AppError('not_found', 'Article version not found.');
  if (input.end > [...version.text].length) {
    throw new AppError('unprocessable', 'The span is outside the article.', { fields: { end: ['Outside the text'] } });
  }
  await db.suggestionDismissal.upsert({
    where: { articleVersionId_start_end: { articleVersionId: version.id, start: input.start, end: input.end } },
    create: { workspaceId: actor.workspaceId, articleVersionId: version.id, start: input.start, end: input.end, dismissedById: actor.userId },
    update: {},
  });
}
