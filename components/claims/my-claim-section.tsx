import Link from 'next/link';
import { claimStatusLabels } from '@/lib/validations/claim';
import type { MyClaimDto } from '@/lib/validations/my-claims';
import { formatDateTime } from '@/lib/format';

type MyClaimSectionProps = { title: string; claims: MyClaimDto[]; empty: string };

/** One queue of the "My claims" page; each claim opens in its article's review screen. */
export function MyClaimSection({ title, claims, empty }: MyClaimSectionProps) {
  const headingId = `queue-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-3 text-lg font-semibold text-stone-900">
        {title} <span className="font-normal text-stone-600">({claims.length})</span>
      </h2>
      {claims.length === 0 ? (
        <p className="text-sm text-stone-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {claims.map((claim) => (
            <li key={claim.id}>
              <Link href={`/articles/${claim.articleId}?claim=${claim.id}`} className="block px-4 py-3 hover:bg-stone-50 focus-visible:bg-stone-50">
                <span className="block font-medium text-stone-900">{claim.statement || `“${claim.exact}”`}</span>
                <span className="mt-0.5 block text-xs text-stone-600">
                  {claim.articleTitle} · {claimStatusLabels[claim.status]}
                  {claim.verdict ? ` · ${claim.verdict.label}` : ''} · updated {formatDateTime(claim.updatedAt)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
