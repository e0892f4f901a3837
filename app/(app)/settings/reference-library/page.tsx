import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { searchReferenceReviews } from '@/lib/server/reference-library/search-reference-reviews';
import { can } from '@/lib/core/permissions/permissions';
import { ImportReferenceForm } from '@/components/reference-library/import-reference-form';

export const metadata: Metadata = { title: 'Reference library' };

export default async function ReferenceLibraryPage() {
  const actor = await requirePageActor();
  const recent = await searchReferenceReviews(actor, '');
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">Reference library</h1>
      <p className="mb-6 max-w-xl text-sm text-stone-700">
        Other fact-checkers’ published verdicts (ClaimReview). They appear in “Already checked?” and in suggested claims, labelled with
        their publisher and linked to the original.
      </p>
      {can(actor.role, 'workspace.manage') && <ImportReferenceForm />}
      <section aria-labelledby="recent-reviews-heading" className="mt-10 max-w-2xl">
        <h2 id="recent-reviews-heading" className="mb-3 text-lg font-semibold">
          Latest reviews
        </h2>
        {recent.length === 0 ? (
          <p className="text-sm text-stone-700">None imported yet.</p>
        ) : (
          <ul className="space-y-3 text-sm">
            {recent.map((review) => (
              <li key={review.id}>
                <p className="font-serif text-stone-900">“{review.claimReviewed}”</p>
                <p className="text-xs text-stone-700">
                  <strong>{review.ratingName || 'No rating'}</strong> · {review.publisher} ·{' '}
                  <a href={review.url} target="_blank" rel="noreferrer noopener" className="underline">
                    original review
                  </a>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
