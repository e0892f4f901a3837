import type { ReviewReport } from '@/lib/core/exports';
import { ClaimReviewTrail } from './claim-review-trail';
import { ReportPublicPagesLinks } from '@/components/public-pages/report-public-pages-links';
import { buildReportSummary, quoteContext, reportClaims, REPORT_CONTEXT_CHARS } from '@/lib/core/exports';
import { claimStatusLabels } from '@/lib/validations/claim-values';
import { stanceLabels } from '@/lib/validations/evidence-values';
import { formatDate, formatDateTime } from '@/lib/format';
import { archiveSentence } from '@/lib/core/archive/archive-sentence';

/**
 * The review report of an article as a document: for the screen, for print, and for the PDF
 * (rendered to static HTML and printed by Chromium). Plain elements and inline-friendly classes,
 * since the PDF is printed from this markup with the stylesheet in lib/core/exports/report-styles.ts.
 */
export function ReviewReportDocument({ report }: { report: ReviewReport }) {
  const { article, workspace } = report;
  const summary = buildReportSummary(report);
  const claims = reportClaims(report);
  return (
    <article className="report" lang={article.language ?? undefined}>
      <header>
        <p className="eyebrow">Review report · {workspace.name}</p>
        <h1 dir="auto">{article.title}</h1>
        <p>{[article.outlet, article.author, article.publishedAt ? formatDate(article.publishedAt) : null].filter(Boolean).join(' · ')}</p>
        {article.sourceUrl && (
          <p>
            Source: <a href={article.sourceUrl}>{article.sourceUrl}</a>
          </p>
        )}
        <p className="meta">
          Imported {formatDateTime(article.importedAt)} · version {article.versionNumber} · SHA-256 {article.contentHash}
          <br />
          Report generated {formatDateTime(report.generatedAt)} · {report.options.onlyPublished ? 'published claims only' : 'all claims'}
        </p>
        <ReportPublicPagesLinks pages={workspace.publicPages} />
      </header>
      <section>
        <h2>Summary</h2>
        <p>
          {summary.claimCount} claims, {summary.evidenceCount} sources.
        </p>
        <ul>
          {summary.byVerdict.filter((v) => v.count > 0).map((v) => (
            <li key={v.key ?? 'none'}>
              {v.label}: {v.count}
            </li>
          ))}
        </ul>
        <p>{summary.byStatus.filter((s) => s.count > 0).map((s) => `${s.label}: ${s.count}`).join(' · ')}</p>
        {summary.reviewers.length > 0 && (
          <p>
            Reviewers:{' '}
            {summary.reviewers
              .map((r) => `${r.name} (${[r.checked > 0 ? `checked ${r.checked}` : null, r.approved > 0 ? `approved ${r.approved}` : null].filter(Boolean).join(', ')})`)
              .join('; ')}
          </p>
        )}
      </section>
      <section>
        <h2>Claims</h2>
        {claims.length === 0 && <p>No claims match this report’s options.</p>}
        {claims.map((claim, i) => {
          const context = quoteContext(article.text, claim, REPORT_CONTEXT_CHARS);
          return (
            <section key={claim.id} className="claim">
              <h3 dir="auto">
                {i + 1}. {claim.statement || claim.exact}
              </h3>
              <blockquote dir="auto">
                {context.elidedBefore ? '…' : ''}
                {context.before}
                <mark>{context.exact}</mark>
                {context.after}
                {context.elidedAfter ? '…' : ''}
              </blockquote>
              <p>
                <strong>Verdict:</strong> {claim.verdict ? claim.verdict.label : 'none yet'} · <strong>Status:</strong>{' '}
                {claimStatusLabels[claim.status]}
                {claim.claimant ? ` · Claimant: ${claim.claimant}` : ''}
              </p>
              {claim.explanation && <p dir="auto">{claim.explanation}</p>}
              {claim.evidence.length > 0 && (
                <ol>
                  {claim.evidence.map((e) => (
                    <li key={e.id}>
                      {stanceLabels[e.stance]}: <a href={e.url}>{e.title || e.url}</a>
                      {e.publisher ? `, ${e.publisher}` : ''}
                      {e.accessedAt ? ` (accessed ${formatDate(e.accessedAt)})` : ''}
                      {e.passage && <q dir="auto"> {e.passage}</q>}
                      {e.archive && <small> {archiveSentence(e.archive.passage, formatDateTime(e.archive.archivedAt))}</small>}
                      {e.internalNote ? <em> Internal note: {e.internalNote}</em> : null}
                    </li>
                  ))}
                </ol>
              )}
              <ClaimReviewTrail claim={claim} />
            </section>
          );
        })}
      </section>
      <section>
        <h2>Rating scale</h2>
        <dl>
          {report.ratingScale.map((r) => (
            <div key={r.key}>
              <dt>
                {r.label}
                {r.value !== null ? ` (${r.value})` : ''}
              </dt>
              <dd>{r.description}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
