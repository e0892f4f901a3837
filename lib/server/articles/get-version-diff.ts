import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { VersionDiffDto } from '@/lib/validations/article-version';
import { blockSchema } from '@/lib/validations/article';
import { createOffsetIndex } from '@/lib/core/anchoring';
import { diffParagraphs, summarizeDiff } from '@/lib/core/versions/paragraph-diff';
import { z } from 'zod';

const storedBlocks = z.array(blockSchema);

/** What changed from version `from` (default: the one before; any other version, older or newer) to version `to`, paragraph by paragraph. */
export async function getVersionDiff(actor: Actor, articleId: string, to: number, from = to - 1): Promise<VersionDiffDto> {
  requirePermission(actor, 'article.read');
  if (from < 1 || from === to) {
    throw new AppError('unprocessable', 'Compare two different versions: version 1 has nothing before it.', { fields: { from: ['Choose an earlier version'] } });
  }
  // Any two versions, in either order (decision 042): "from" is what the diff reads as before.
  const versions = await db.articleVersion.findMany({
    where: { articleId, number: { in: [from, to] }, article: { workspaceId: actor.workspaceId, deletedAt: null } },
    select: { number: true, text: true, blocks: true },
  });
  const before = versions.find((v) => v.number === from);
  const after = versions.find((v) => v.number === to);
  if (!before || !after) throw new AppError('not_found', 'Article version not found.');
  const changes = diffParagraphs(paragraphs(before), paragraphs(after));
  return { from, to, summary: summarizeDiff(changes), changes };
}

/** The text of each block; stored block offsets are code points. */
function paragraphs(version: { text: string; blocks: unknown }): string[] {
  const index = createOffsetIndex(version.text);
  return storedBlocks.parse(version.blocks).map((b) => version.text.slice(index.toUtf16(b.start), index.toUtf16(b.end)));
}
