import { z } from 'zod';
import 'zod-openapi';
import { hasNoNul, NUL_MESSAGE, textInput } from './common';
import { pageQuerySchema } from './pagination';

// The article list's filters, one schema for `GET /api/v1/articles` and the /articles page (whose
// address holds them). A GET form sends every field, filled or not: an empty value means "no
// filter", never an error. Days are calendar days in UTC, as every date is shown (lib/format.ts).

const blankAsAbsent = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const flag = (description: string) =>
  z.preprocess(
    blankAsAbsent,
    z
      .enum(['1', 'true', '0', 'false'], { message: 'Give 1 or 0' })
      .transform((value) => value === '1' || value === 'true')
      .optional(),
  ).meta({ description, type: 'string', enum: ['1', '0', 'true', 'false'] });

const day = (description: string) =>
  z.preprocess(blankAsAbsent, z.iso.date('Give a day like 2026-12-04').optional()).meta({ description, type: 'string', format: 'date' });

export const articleListQuerySchema = pageQuerySchema
  .extend({
    q: z
      .preprocess(blankAsAbsent, textInput().trim().max(500, 'The search is too long (500 characters at most)').refine(hasNoNul, NUL_MESSAGE).optional())
      .meta({ description: 'Words in the title, outlet, author or text, read as the search reads them (any case, accents, typos, numbers, "a phrase", -excluded)', type: 'string' }),
    outlet: z
      .preprocess(blankAsAbsent, textInput().trim().max(300).refine(hasNoNul, NUL_MESSAGE).optional())
      .meta({ description: 'Only articles of this outlet (its name exactly as stored)', type: 'string' }),
    changed: flag('1: only articles changed since review (a version imported after the last published verdict)'),
    inReview: flag('1: only articles with a claim waiting for review (status needs_review)'),
    importedFrom: day('Only articles imported on or after this day (UTC)'),
    importedTo: day('Only articles imported on or before this day (UTC)'),
  })
  .refine((query) => !query.importedFrom || !query.importedTo || query.importedFrom <= query.importedTo, {
    message: 'The first day comes after the last',
    path: ['importedTo'],
  })
  .meta({ id: 'ArticleListQuery' });
export type ArticleListQuery = z.output<typeof articleListQuerySchema>;

export type ArticleFilters = Omit<ArticleListQuery, 'cursor' | 'limit'>;
export { articleFilterKeys, articleFilterParams, hasArticleFilters } from './article-list-values';
