'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { versionListOptions } from '@/lib/queries/article-revisions';
import { formatDateTime } from '@/lib/format';
import { VersionDiff } from './version-diff';

const SOURCE_LABELS: Record<string, string> = { paste: 'Pasted', file: 'File', url: 'Link', api: 'API', demo: 'Demo' };

/** Every version of the article (number, time, source, hash, claims moved or orphaned), and the diff of any two. */
export function VersionHistory({ articleId, direction }: { articleId: string; direction: 'ltr' | 'rtl' }) {
  const { data: versions, isPending, isError, error } = useQuery(versionListOptions(articleId));
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  if (isPending) return <p className="text-sm text-stone-600">Reading the versions…</p>;
  if (isError) return <p role="alert" className="text-sm text-red-700">{error.message}</p>;
  const latest = versions[0]?.number ?? 1;
  const from = pair?.from ?? Math.max(1, latest - 1);
  const to = pair?.to ?? latest;
  return (
    <section aria-label="Version history" className="mt-3 rounded-lg border border-stone-200 bg-stone-50 p-4 text-sm">
      <h2 className="font-semibold text-stone-900">Version history</h2>
      <table className="mt-2 w-full text-start">
        <thead className="text-xs text-stone-600">
          <tr>
            <th className="py-1 text-start font-medium">Version</th>
            <th className="py-1 text-start font-medium">Added</th>
            <th className="py-1 text-start font-medium">Source</th>
            <th className="py-1 text-start font-medium">SHA-256</th>
            <th className="py-1 text-start font-medium">Claims</th>
            <th className="py-1" />
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id} className="border-t border-stone-200">
              <td className="py-1">{v.number}</td>
              <td className="py-1">{formatDateTime(v.importedAt)}</td>
              <td className="py-1">{SOURCE_LABELS[v.source] ?? v.source}</td>
              <td className="py-1 font-mono text-xs" title={v.contentHash}>
                {v.contentHash.slice(0, 12)}
              </td>
              <td className="py-1">{v.claimsMoved === null ? '—' : `${v.claimsMoved} moved, ${v.claimsOrphaned ?? 0} orphaned`}</td>
              <td className="py-1 text-end">
                {v.number === latest ? (
                  <span className="text-stone-600">Current</span>
                ) : (
                  <Link href={`/articles/${articleId}/versions/${v.number}`} className="underline">
                    Read version {v.number}
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.length > 1 && (
        <div className="mt-3">
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor="diff-from">Compare version</label>
            <select id="diff-from" value={from} onChange={(e) => setPair({ from: Number(e.target.value), to })} className="rounded border border-stone-300 bg-white px-1">
              {versions.map((v) => (
                <option key={v.id} value={v.number}>
                  {v.number}
                </option>
              ))}
            </select>
            <label htmlFor="diff-to">with version</label>
            <select id="diff-to" value={to} onChange={(e) => setPair({ from, to: Number(e.target.value) })} className="rounded border border-stone-300 bg-white px-1">
              {versions.map((v) => (
                <option key={v.id} value={v.number}>
                  {v.number}
                </option>
              ))}
            </select>
          </div>
          {from === to ? (
            <p className="mt-2 text-stone-600">Choose two different versions.</p>
          ) : (
            <VersionDiff articleId={articleId} from={from} to={to} direction={direction} />
          )}
        </div>
      )}
    </section>
  );
}
