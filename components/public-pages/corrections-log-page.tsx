import { correctionSummary } from '@/lib/core/public-pages/corrections-atom';
import type { CorrectionsPage } from '@/lib/server/public-pages/load-corrections';
import { publicPagePaths } from '@/lib/core/public-pages/public-page-paths';
import { PublicPagesFrame } from './public-pages-frame';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

/** The public corrections log: every correction of a published verdict, newest first, paged. */
export function CorrectionsLogPage({ log, slug }: { log: CorrectionsPage; slug: string }) {
  const paths = publicPagePaths(slug);
  return (
    <PublicPagesFrame workspaceName={log.workspace.name} slug={slug} current="corrections">
      <h1 className="text-2xl font-semibold text-stone-900">Corrections by {log.workspace.name}</h1>
      <p className="mt-2 text-sm text-stone-700">
        Every change to a verdict after it was published, newest first. Follow it as an{' '}
        <a href={paths.correctionsAtom} className="text-blue-800 underline">Atom feed</a> or read it as{' '}
        <a href={paths.correctionsJson} className="text-blue-800 underline">JSON</a>.
      </p>
      {log.corrections.length === 0 ? (
        <p className="mt-8 text-stone-800">{log.page === 1 ? 'No published verdict has been corrected.' : 'No more corrections.'}</p>
      ) : (
        <ol className="mt-8 space-y-4">
          {log.corrections.map((c) => (
            <li key={c.id} id={`correction-${c.id}`} className="rounded-md border border-stone-200 bg-white p-4">
              <p className="text-sm text-stone-700">
                <time dateTime={c.at}>{dateFormat.format(new Date(c.at))} UTC</time>
              </p>
              <h2 className="mt-1 font-semibold text-stone-900">
                {/* The corrected verdict as it now reads (decision 044). */}
                <a href={c.url} className="text-blue-800 underline">
                  {c.claim.statement}
                </a>
              </h2>
              <p className="mt-1 text-sm text-stone-700">
                In{' '}
                {c.article.url ? (
                  <a href={c.article.url} className="text-blue-800 underline" rel="nofollow noopener noreferrer">
                    {c.article.title}
                  </a>
                ) : (
                  c.article.title
                )}
              </p>
              <p className="mt-2 text-stone-800">{correctionSummary({ ...c, from: c.from?.label ?? null, to: c.to?.label ?? null })}</p>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Pages of the log" className="mt-8 flex gap-4 text-sm">
        {log.page > 1 && (
          <a href={log.page === 2 ? paths.corrections : `${paths.corrections}?page=${log.page - 1}`} rel="prev" className="text-blue-800 underline">
            Newer corrections
          </a>
        )}
        {log.hasNext && (
          <a href={`${paths.corrections}?page=${log.page + 1}`} rel="next" className="text-blue-800 underline">
            Older corrections
          </a>
        )}
      </nav>
    </PublicPagesFrame>
  );
}
