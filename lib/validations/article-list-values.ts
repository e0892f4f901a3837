// Plain values, no zod: what client components may import (the schemas beside it stay on the
// server; decision 043). The schema module re-exports them.
import type { ArticleFilters } from './article-list';

export const articleFilterKeys = ['q', 'outlet', 'changed', 'inReview', 'importedFrom', 'importedTo'] as const satisfies readonly (keyof ArticleFilters)[];

/** Whether any filter is set (the empty list then says "no match" and offers to clear them). */
export const hasArticleFilters = (filters: ArticleFilters) => articleFilterKeys.some((key) => filters[key] !== undefined && filters[key] !== false);

/** The filters as an address's query (only those set), so a link or a reload shows the same list. */
export function articleFilterParams(filters: ArticleFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of articleFilterKeys) {
    const value = filters[key];
    if (value === undefined || value === false || value === '') continue;
    params.set(key, value === true ? '1' : value);
  }
  return params;
}
