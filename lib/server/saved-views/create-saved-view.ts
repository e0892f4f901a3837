import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { AppError } from '@/lib/errors';
import { fieldErrorsOf } from '@/lib/server/api/error-response';
import { filtersToQueryString } from '@/lib/core/claims-view/query-string';
import { claimsViewQuerySchema, searchParamsRecord, type SavedViewDto } from '@/lib/validations/claims-view';
import { savedViewSelect, toSavedViewDto } from './list-saved-views';

export const MAX_SAVED_VIEWS = 200;

/**
 * Saves the filters and sort of a claims view under a name, for the acting member only. The query
 * is read by the view's own schema and stored in its canonical form (no cursor, no limit), so a
 * relative span such as `markedWithin=7d` stays relative.
 */
export async function createSavedView(actor: Actor, input: { name: string; query: string }): Promise<SavedViewDto> {
  requirePermission(actor, 'article.read');
  const parsed = claimsViewQuerySchema.safeParse(searchParamsRecord(new URLSearchParams(input.query.replace(/^\?/, ''))));
  if (!parsed.success) {
    throw new AppError('unprocessable', 'The view has filters that are not valid.', { fields: { query: Object.values(fieldErrorsOf(parsed.error)).flat() } });
  }
  const { cursor: _cursor, limit: _limit, ...filters } = parsed.data;
  const where = { workspaceId: actor.workspaceId, userId: actor.userId };
  if ((await db.savedView.count({ where })) >= MAX_SAVED_VIEWS) {
    throw new AppError('conflict', `You have ${MAX_SAVED_VIEWS} saved views: delete one first.`);
  }
  if (await db.savedView.findFirst({ where: { ...where, name: input.name }, select: { id: true } })) {
    throw new AppError('conflict', 'You already have a view with this name: choose another.', { fields: { name: ['You already have a view with this name'] } });
  }
  const row = await db.savedView.create({ data: { ...where, name: input.name, query: filtersToQueryString(filters) }, select: savedViewSelect });
  return toSavedViewDto(row);
}
