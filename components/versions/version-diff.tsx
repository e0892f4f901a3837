'use client';

import { useQuery } from '@tanstack/react-query';
import { versionPairDiffOptions } from '@/lib/queries/article-revisions';
import type { VersionDiffDto } from '@/lib/validations/article-version';

type Change = VersionDiffDto['changes'][number];

/**
 * What changed from the previous version (or any version `from`, older or newer) to `to`:
 * changed paragraphs only, unchanged ones counted.
 */
export function VersionDiff({ articleId, to, from, direction }: { articleId: string; to: number; from?: number; direction: 'ltr' | 'rtl' }) {
  const { data, isPending, isError, error } = useQuery(versionPairDiffOptions(articleId, from ?? to - 1, to));
  if (isPending) return <p className="text-sm text-stone-600">Comparing the versions…</p>;
  if (isError) return <p role="alert" className="text-sm text-red-700">{error.message}</p>;
  const { summary } = data;
  return (
    <section aria-label={`Changes from version ${data.from} to version ${data.to}`} className="mt-3 rounded-lg border border-stone-200 bg-stone-50 p-4 text-sm">
      <h2 className="font-semibold text-stone-900">
        What changed from version {data.from} to {data.to}
      </h2>
      <p className="mt-1 text-stone-700">
        {summary.changed} rewritten, {summary.added} added, {summary.removed} removed, {summary.same} unchanged{' '}
        {summary.same === 1 ? 'paragraph' : 'paragraphs'}.
      </p>
      <ol className="mt-3 space-y-2" dir={direction}>
        {data.changes.map((change, i) => (change.kind === 'same' ? null : <ChangedParagraph key={i} change={change} />))}
      </ol>
    </section>
  );
}

function ChangedParagraph({ change }: { change: Exclude<Change, { kind: 'same' }> }) {
  if (change.kind === 'added') {
    return (
      <li className="rounded border-s-4 border-green-600 bg-white p-2">
        <span className="me-2 text-xs font-semibold text-green-800">Added</span>
        <ins className="no-underline">{change.text}</ins>
      </li>
    );
  }
  if (change.kind === 'removed') {
    return (
      <li className="rounded border-s-4 border-red-600 bg-white p-2">
        <span className="me-2 text-xs font-semibold text-red-800">Removed</span>
        <del className="text-stone-700">{change.text}</del>
      </li>
    );
  }
  return (
    <li className="rounded border-s-4 border-amber-500 bg-white p-2">
      <span className="me-2 text-xs font-semibold text-amber-900">Rewritten</span>
      {change.pieces.map((piece, i) =>
        piece.kind === 'same' ? (
          <span key={i}>{piece.text}</span>
        ) : piece.kind === 'removed' ? (
          <del key={i} className="bg-red-100 text-red-900" aria-label={`removed: ${piece.text}`}>
            {piece.text}
          </del>
        ) : (
          <ins key={i} className="bg-green-100 text-green-900 no-underline" aria-label={`added: ${piece.text}`}>
            {piece.text}
          </ins>
        ),
      )}
    </li>
  );
}
