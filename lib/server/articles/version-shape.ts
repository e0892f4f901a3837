import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { VersionListItemDto } from '@/lib/validations/article-version';

export const versionListItemSelect = {
  id: true,
  number: true,
  contentHash: true,
  source: true,
  importedAt: true,
  fetchedAt: true,
  httpStatus: true,
  claimsMoved: true,
  claimsOrphaned: true,
} satisfies Prisma.ArticleVersionSelect;

type VersionRow = Prisma.ArticleVersionGetPayload<{ select: typeof versionListItemSelect }>;

export function toVersionListItem(row: VersionRow): VersionListItemDto {
  return {
    ...row,
    importedAt: row.importedAt.toISOString(),
    fetchedAt: row.fetchedAt?.toISOString() ?? null,
  };
}
