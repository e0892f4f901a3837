import { z } from 'zod';
import { idSchema, isoDateTime } from './common';

import { searchKinds, type SearchKind } from './search-values';

export { searchKinds, searchKindLabels, type SearchKind } from './search-values';

/** Query string of a search, from the header box, the results page or an integration. */
export const searchQuerySchema = z
  .object({
    q: z.string().max(500, 'The search is too long (500 characters at most)').meta({ description: 'What to look for: words (any case, accents, typos and word beginnings forgiven), "a quoted phrase", -excluded' }),
    kinds: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined || value.trim() === '') return [...searchKinds];
        const kinds = [...new Set(value.split(',').map((kind) => kind.trim()))];
        const unknown = kinds.filter((kind) => !(searchKinds as readonly string[]).includes(kind));
        if (unknown.length > 0) {
          ctx.addIssue({ code: 'custom', message: `Choose among ${searchKinds.join(', ')}` });
          return z.NEVER;
        }
        return kinds as SearchKind[];
      })
      .meta({ description: 'Comma-separated kinds to search (default: all)', example: 'claim,evidence' }),
    cursor: z.string().max(400).optional().meta({ description: "The previous page's `nextCursor`" }),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .meta({ id: 'SearchQuery' });
export type SearchQuery = z.output<typeof searchQuerySchema>;

const segmentSchema = z.object({ text: z.string(), highlight: z.boolean() }).meta({ id: 'TextSegment' });

export const searchResultSchema = z
  .object({
    kind: z.enum(searchKinds),
    id: idSchema,
    articleId: idSchema.nullable().meta({ description: 'The article the result is in; null for a reference review' }),
    claimId: idSchema.nullable().meta({ description: 'The claim a claim, evidence item or comment belongs to' }),
    articleTitle: z.string().nullable(),
    publisher: z.string().nullable().meta({ description: 'A reference review: the fact-checker who published it' }),
    external: z.boolean().meta({ description: "true: `href` is another site's page (a reference review's original), opened in a new tab" }),
    title: z.array(segmentSchema).meta({ description: 'The heading, matched words highlighted' }),
    snippet: z.array(segmentSchema).meta({ description: 'Text around the matched words, which are highlighted' }),
    href: z.string().meta({ description: "Where the result opens: the article, with the claim panel open for claims, evidence and comments (scrolled to the item); a reference review's original page" }),
    at: isoDateTime.nullable().meta({ description: 'When it was last changed; a reference review: when it was published, if known' }),
  })
  .meta({ id: 'SearchResult' });
export type SearchResultDto = z.infer<typeof searchResultSchema>;

export const searchResultsSchema = z
  .object({
    results: z.array(searchResultSchema).meta({ description: 'Most relevant first, then most recent' }),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null at the end' }),
  })
  .meta({ id: 'SearchResults' });
export type SearchResultsDto = z.infer<typeof searchResultsSchema>;
