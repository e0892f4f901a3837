import { searchKinds, type SearchKind } from '@/lib/validations/search-values';
import type { SearchResultDto } from '@/lib/validations/search';

/** Results by kind, in the order kinds are shown (articles, claims, evidence, comments). */
export function groupResults(results: SearchResultDto[]): { kind: SearchKind; results: SearchResultDto[] }[] {
  return searchKinds
    .map((kind) => ({ kind, results: results.filter((result) => result.kind === kind) }))
    .filter((group) => group.results.length > 0);
}
