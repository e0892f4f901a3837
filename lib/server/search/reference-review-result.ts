import 'server-only';
import { highlightWordBeginnings } from '@/lib/core/search/highlight';
import type { SearchTerm } from '@/lib/core/search/parse-query';
import type { ReferenceReviewDto } from '@/lib/validations/similar';
import type { SearchResultDto } from '@/lib/validations/search';

/** A reference review as a search result: labelled with its publisher, opening the original. */
export function referenceReviewResult(review: ReferenceReviewDto, terms: SearchTerm[]): SearchResultDto {
  const words = terms.filter((term) => !term.negated).flatMap((term) => term.words);
  const label = [
    review.ratingName ? `${review.publisher || 'A fact-checker'} rated it ${review.ratingName}` : review.publisher,
    review.claimant ? `Claim by ${review.claimant}` : '',
  ].filter(Boolean).join(' · ');
  return {
    kind: 'reference_review',
    id: review.id,
    articleId: null,
    claimId: null,
    articleTitle: null,
    publisher: review.publisher || null,
    external: true,
    title: highlightWordBeginnings(review.claimReviewed, words),
    snippet: highlightWordBeginnings(label, words),
    href: review.url,
    at: review.reviewedAt,
  };
}
