import 'server-only';
import { db } from '@/lib/server/db/client';
import { databaseTrouble } from '@/lib/server/db/database-trouble';
import { PUBLIC_SLUG } from '@/lib/validations/public-pages';

// A workspace's public pages (decision 040), read from PostgreSQL on every request like the share
// pages (decision 032): nothing kept per process, so turning them off is off on every instance
// at the next request. No member, no token: the admin's opt-in is the authorization.

export type PublicWorkspace = {
  id: string;
  name: string;
  organizationUrl: string | null;
  slug: string;
  methodologyMarkdown: string;
  worst: number;
  best: number;
};

/** live; gone (the pages were turned off); unknown (no such address); unavailable (database down). */
export type PublicWorkspaceResult =
  | { state: 'live'; workspace: PublicWorkspace }
  | { state: 'gone' }
  | { state: 'unknown' }
  | { state: 'unavailable' };

export async function readPublicWorkspace(slug: string): Promise<PublicWorkspaceResult> {
  if (!PUBLIC_SLUG.test(slug)) return { state: 'unknown' };
  try {
    const row = await db.workspace.findUnique({
      where: { publicSlug: slug },
      select: {
        id: true, name: true, organizationUrl: true, publicPagesEnabled: true, methodologyMarkdown: true, ratingWorst: true, ratingBest: true,
      },
    });
    if (!row) return { state: 'unknown' };
    if (!row.publicPagesEnabled) return { state: 'gone' };
    return {
      state: 'live',
      workspace: {
        id: row.id, name: row.name, organizationUrl: row.organizationUrl, slug, methodologyMarkdown: row.methodologyMarkdown,
        worst: row.ratingWorst, best: row.ratingBest,
      },
    };
  } catch (error) {
    if (databaseTrouble(error) === 'unavailable') return { state: 'unavailable' };
    throw error;
  }
}
