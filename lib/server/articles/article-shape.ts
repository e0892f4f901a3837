import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { ArticleDto, BlockDto } from '@/lib/validations/article';
import { blockSchema } from '@/lib/validations/article';
import { z } from 'zod';

export const articleVersionSelect = {
  id: true,
  number: true,
  contentHash: true,
  source: true,
  importedAt: true,
  text: true,
  blocks: true,
} satisfies Prisma.ArticleVersionSelect;

export const articleSelect = {
  id: true,
  title: true,
  sourceUrl: true,
  canonicalUrl: true,
  author: true,
  outlet: true,
  publishedAt: true,
  language: true,
  direction: true,
  createdAt: true,
  version: true,
  versions: { orderBy: { number: 'desc' }, take: 1, select: articleVersionSelect },
} satisfies Prisma.ArticleSelect;

type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

const storedBlocks = z.array(blockSchema);

// The public pages read their own row without the metadata version (they never edit).
export function toArticleDto(row: Omit<ArticleRow, 'version'> & { version?: number }): ArticleDto | null {
  const version = row.versions[0];
  if (!version) return null;
  const blocks: BlockDto[] = storedBlocks.parse(version.blocks);
  return {
    id: row.id,
    title: row.title,
    sourceUrl: row.sourceUrl,
    canonicalUrl: row.canonicalUrl,
    author: row.author,
    outlet: row.outlet,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    language: row.language,
    direction: row.direction === 'rtl' ? 'rtl' : 'ltr',
    createdAt: row.createdAt.toISOString(),
    version: {
      id: version.id,
      number: version.number,
      contentHash: version.contentHash,
      source: version.source,
      importedAt: version.importedAt.toISOString(),
    },
    metadataVersion: row.version ?? 1,
    text: version.text,
    blocks,
  };
}
