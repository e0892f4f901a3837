import type { SharedArticlePage } from '@/lib/server/share-links/shared-page';
import { ArticleProvenance } from './article-provenance';
import { ClaimDates } from './claim-dates';
import { EvidenceSources } from './evidence-sources';
import { JsonLdScript } from './json-ld-script';
import { PublicArticleText } from './public-article-text';
import { PublicPageShell } from './public-page-shell';
import { VerdictBadge } from './verdict-badge';

/** The public review of an article: its frozen text with the published verdicts, nothing else. */
export function SharedArticleReview({ page }: { page: SharedArticlePage }) {
  const { article, claims, workspace } = page;
  const highlights = claims
    .map((c, i) => ({ id: c.id, number: i + 1, start: c.start, end: c.end, tone: c.verdict.tone, color: c.verdict.color, label: c.verdict.label, anchored: c.anchored }))
    .filter((h) => h.anchored);
  return (
    <PublicPageShell workspaceName={workspace.name} publicSlug={workspace.publicSlug}>
      {page.claimReviews.length > 0 && <JsonLdScript data={page.claimReviews} />}
      <article aria-labelledby="article-title" className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm sm:p-10">
        <p className="text-sm text-stone-700">Review by {workspace.name}</p>
        <h1 id="article-title" dir={article.direction} className="mt-1 font-serif text-3xl font-semibold leading-tight text-stone-950">
          {article.title}
        </h1>
        <div className="mt-2">
          <ArticleProvenance article={article} />
        </div>
        <p className="mt-2 text-sm text-stone-700">
          {claims.length === 0 ? 'No verdicts have been published for this article yet.' : `${claims.length} published ${claims.length === 1 ? 'verdict' : 'verdicts'}, highlighted in the text.`}
        </p>
        <div className="mx-auto mt-6 max-w-[68ch]">
          <PublicArticleText text={article.text} blocks={article.blocks} highlights={highlights} direction={article.direction} language={article.language} />
        </div>
      </article>
      {claims.length > 0 && (
        <section aria-labelledby="verdicts" className="mt-8">
          <h2 id="verdicts" className="text-xl font-semibold text-stone-900">
            Verdicts
          </h2>
          <ol className="mt-4 space-y-6">
            {claims.map((claim, i) => (
              <li key={claim.id} id={`claim-${claim.id}`} className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
                <p className="text-sm text-stone-700">
                  Claim {i + 1}
                  {claim.claimant ? ` · by ${claim.claimant}` : ''}
                </p>
                <h3 className="mt-1 font-serif text-xl font-semibold text-stone-950">{claim.statement || claim.exact}</h3>
                <p className="mt-3">
                  <VerdictBadge label={claim.verdict.label} tone={claim.verdict.tone} color={claim.verdict.color} />
                </p>
                {claim.explanation && <p className="mt-3 whitespace-pre-line font-serif text-stone-900">{claim.explanation}</p>}
                <ClaimDates claim={claim} />
                <EvidenceSources evidence={claim.evidence} headingId={`sources-${claim.id}`} level="h4" />
              </li>
            ))}
          </ol>
        </section>
      )}
    </PublicPageShell>
  );
}
