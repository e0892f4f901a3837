import 'server-only';
import { db } from '@/lib/server/db/client';
import { siteOrigin } from '@/lib/server/site-origin';
import { publicPagePaths } from '@/lib/core/public-pages/public-page-paths';
import type { PublicWorkspace } from './read-public-workspace';

export const CORRECTIONS_PER_PAGE = 50;

export type PublicVerdict = { key: string; label: string };

export type PublicCorrection = {
  /** Stable across pages and feeds: the claim and the instant of the correction. */
  id: string;
  at: string;
  /** The corrected verdict's public page, its permalink (decision 044). */
  url: string;
  claim: { statement: string; quote: string };
  article: { title: string; url: string | null };
  /** Null when the correction left the verdict as it was (the explanation was corrected). */
  from: PublicVerdict | null;
  to: PublicVerdict | null;
  explanationCorrected: boolean;
  reason: string;
};

export type CorrectionsPage = {
  workspace: { name: string; url: string | null };
  page: number;
  hasNext: boolean;
  corrections: PublicCorrection[];
};

type Row = {
  claimId: string;
  at: Date;
  reason: string | null;
  fromKey: string | null;
  toKey: string | null;
  verdictCorrected: boolean;
  explanationCorrected: boolean;
  statement: string;
  exact: string;
  title: string;
  url: string | null;
};

/**
 * Every correction of a published verdict (decision 009: the `corrected` rows of one change share
 * their instant), newest first, one page. Only claims that are still published and not deleted
 * (nor their article): a verdict taken back is not public any more, and neither is its history;
 * so each entry's `url`, the verdict's permalink, shows it.
 */
export async function loadCorrections(workspace: PublicWorkspace, page: number): Promise<CorrectionsPage> {
  const [rows, ratings] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT ev."claimId", ev.at, max(ev.reason) AS reason,
             max(ev."fromValue") FILTER (WHERE ev.field = 'verdict') AS "fromKey",
             max(ev."toValue") FILTER (WHERE ev.field = 'verdict') AS "toKey",
             bool_or(ev.field = 'verdict') AS "verdictCorrected",
             bool_or(ev.field = 'explanation') AS "explanationCorrected",
             c.statement, c.exact, a.title, coalesce(a."canonicalUrl", a."sourceUrl") AS url
        FROM claim_event ev
        JOIN claim c ON c.id = ev."claimId"
        JOIN article a ON a.id = c."articleId"
       WHERE ev."workspaceId" = ${workspace.id} AND ev.kind = 'corrected'
         AND c.status = 'published' AND c."deletedAt" IS NULL AND a."deletedAt" IS NULL
       GROUP BY ev."claimId", ev.at, c.statement, c.exact, a.title, a."canonicalUrl", a."sourceUrl"
       ORDER BY ev.at DESC, ev."claimId" DESC
       LIMIT ${CORRECTIONS_PER_PAGE + 1} OFFSET ${(page - 1) * CORRECTIONS_PER_PAGE}`,
    db.rating.findMany({ where: { workspaceId: workspace.id }, select: { key: true, label: true } }),
  ]);
  const labels = new Map(ratings.map((r) => [r.key, r.label]));
  const verdict = (key: string | null): PublicVerdict | null => (key === null ? null : { key, label: labels.get(key) ?? key });
  const permalink = (claimId: string) => `${siteOrigin()}${publicPagePaths(workspace.slug).verdict(claimId)}`;
  return {
    workspace: { name: workspace.name, url: workspace.organizationUrl },
    page,
    hasNext: rows.length > CORRECTIONS_PER_PAGE,
    corrections: rows.slice(0, CORRECTIONS_PER_PAGE).map((row) => ({
      id: `${row.claimId}-${row.at.getTime()}`,
      at: row.at.toISOString(),
      url: permalink(row.claimId),
      claim: { statement: row.statement || row.exact, quote: row.exact },
      article: { title: row.title, url: row.url },
      from: row.verdictCorrected ? verdict(row.fromKey) : null,
      to: row.verdictCorrected ? verdict(row.toKey) : null,
      explanationCorrected: row.explanationCorrected,
      reason: row.reason ?? '',
    })),
  };
}
