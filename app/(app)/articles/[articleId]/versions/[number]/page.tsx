import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { getArticle } from '@/lib/server/articles/get-article';
import { getVersion } from '@/lib/server/articles/get-version';
import { attempt } from '@/lib/server/actions/attempt';
import { idSchema } from '@/lib/validations/common';
import { versionNumberSchema } from '@/lib/validations/article-version';
import { formatDateTime } from '@/lib/format';
import { FrozenVersion } from '@/components/versions/frozen-version';
import { DeletedArticle } from '../../deleted-article';

type Props = { params: Promise<{ articleId: string; number: string }> };

export const metadata: Metadata = { title: 'Earlier version' };

const STATUS_LABELS: Record<string, string> = {
  to_check: 'To check',
  researching: 'Researching',
  needs_review: 'Needs review',
  published: 'Published',
  dismissed: 'Dismissed',
};

/** An older version of an article, read-only, with its claims where they stood then (decision 042). */
export default async function ArticleVersionPage({ params }: Props) {
  const actor = await requirePageActor();
  const raw = await params;
  const id = idSchema.safeParse(raw.articleId);
  const number = versionNumberSchema.safeParse(raw.number);
  if (!id.success || !number.success) notFound();
  const article = await getArticle(actor, id.data);
  if (!article) return <DeletedArticle actor={actor} articleId={id.data} />;
  const found = await attempt(() => getVersion(actor, id.data, number.data));
  if (!found.ok) notFound();
  const version = found.value;
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <p className="text-sm">
        <Link href={`/articles/${article.id}`} className="underline">
          ← Back to the current version
        </Link>
      </p>
      <header className="mt-3">
        <h1 className="text-2xl font-semibold tracking-tight">{article.title}</h1>
        <p role="note" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {version.latest
            ? `This is version ${version.number}, the current one.`
            : `You are reading version ${version.number} of ${article.version.number}, as it was on ${formatDateTime(version.importedAt)}. It is frozen: claims are shown where they stood then.`}
        </p>
        <p className="mt-1 font-mono text-xs text-stone-600">SHA-256 {version.contentHash}</p>
      </header>
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_18rem]">
        <article className="rounded-xl border border-stone-200 bg-white px-6 py-8 shadow-sm">
          <FrozenVersion version={version} direction={article.direction} />
        </article>
        <aside aria-label={`Claims on version ${version.number}`} className="text-sm">
          <h2 className="font-semibold text-stone-900">
            {version.claims.length} {version.claims.length === 1 ? 'claim' : 'claims'} on this version
          </h2>
          {!version.positionsRecorded && (
            <p role="note" className="mt-2 rounded-md border border-stone-300 bg-stone-50 px-3 py-2 text-stone-700">
              Positions of claims were not recorded for this version: it was replaced before Factdesk kept them. Claims that moved on
              to the next version are not shown here, only those that lost their place.
            </p>
          )}
          <ul className="mt-2 space-y-2">
            {version.claims.map((claim) => (
              <li key={claim.id} className="rounded border border-stone-200 bg-white p-2">
                <p className="text-stone-900">“{claim.exact}”</p>
                <p className="text-xs text-stone-600">
                  {STATUS_LABELS[claim.status] ?? claim.status}
                  {claim.orphaned ? ' · lost its place on the next version' : ''}
                </p>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}
