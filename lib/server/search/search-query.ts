import 'server-only';
import { Prisma } from '@/lib/server/db/client';
import type { SearchTerm } from '@/lib/core/search/parse-query';

export type MatchMode = 'all' | 'any';

// Each term becomes a tsquery built by PostgreSQL functions from plain words passed as
// parameters: no text the person typed is ever read as tsquery syntax.
function termQuery(workspaceId: string, term: SearchTerm): Prisma.Sql {
  if (term.phrase || term.negated) {
    // Phrases and exclusions are exact words, in order ('simple': unaccented, not stemmed).
    const phrase = Prisma.sql`phraseto_tsquery('factdesk_simple', ${term.words.join(' ')})`;
    return term.negated ? Prisma.sql`(!! ${phrase})` : phrase;
  }
  // A word: as a prefix, stemmed in each language, or its nearest words when mistyped.
  return Prisma.sql`factdesk_search_word_query(${workspaceId}, ${term.words[0]!})`;
}

/** The tsquery of the terms: every term (`all`) or any one of them (`any`), never an excluded one. */
export function buildTsQuery(workspaceId: string, terms: SearchTerm[], match: MatchMode): Prisma.Sql {
  const wanted = terms.filter((term) => !term.negated).map((term) => termQuery(workspaceId, term));
  const excluded = terms.filter((term) => term.negated).map((term) => termQuery(workspaceId, term));
  const positive = Prisma.sql`(${Prisma.join(wanted, match === 'all' ? ' && ' : ' || ')})`;
  return excluded.length === 0 ? positive : Prisma.sql`${positive} && ${Prisma.join(excluded, ' && ')}`;
}
