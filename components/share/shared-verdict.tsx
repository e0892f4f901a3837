import type { SharedVerdictPage } from '@/lib/server/share-links/shared-page';
import { ArticleProvenance } from './article-provenance';
import { ClaimDates } from './claim-dates';
import { EvidenceSources } from './evidence-sources';
import { JsonLdScript } from './json-ld-script';
import { PublicPageShell } from './public-page-shell';
import { QuoteInContext } from './quote-in-context';
import { VerdictBadge } from './verdict-badge';
import { PublicCorrectionRequests } from '@/components/correction-requests/public-correction-requests';

/** The public page of one published verdict: readable as plain HTML, no script needed. */
export function SharedVerdict({ page }: { page: SharedVerdictPage }) {
  const { claim, article, workspace } = page;
  return (
    <PublicPageShell workspaceName={workspace.name} publicSlug={workspace.publicSlug}>
      {page.claimReview && <JsonLdScript data={page.claimReview} />}
      <article aria-labelledby="claim-statement" className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
        <p className="text-sm text-stone-700">{claim.claimant ? `Claim by ${claim.claimant}` : 'Claim'}</p>
        <h1 id="claim-statement" className="mt-1 font-serif text-2xl font-semibold leading-snug text-stone-950 sm:text-3xl">
          {claim.statement || claim.exact}
        </h1>
        <section aria-label="Verdict" className="mt-5">
          <p className="flex flex-wrap items-center gap-3">
            <span className="text-sm font-medium text-stone-800">Verdict:</span>
            <VerdictBadge label={claim.verdict.label} tone={claim.verdict.tone} color={claim.verdict.color} large />
          </p>
          {claim.explanation && <div className="mt-4 whitespace-pre-line font-serif text-lg leading-relaxed text-stone-900">{claim.explanation}</div>}
          <ClaimDates claim={claim} />
        </section>
        <QuoteInContext context={page.context} direction={article.direction} language={article.language} />
        <div className="mt-3">
          <ArticleProvenance article={article} />
        </div>
        <EvidenceSources evidence={claim.evidence} headingId="sources" archivedCopiesAt={`${page.url}/sources`} />
        <PublicCorrectionRequests requests={page.correctionRequests ?? []} />
      </article>
    </PublicPageShell>
  );
}
