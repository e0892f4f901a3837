import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ImportKind } from '@/lib/core/document';
import type { AddVersionResultDto } from '@/lib/validations/article-version';
import { prepareImportSafely } from '@/lib/server/parsing/prepare-import-safely';
import { addPageAsVersion } from './check-for-changes';
import { writeNewVersion } from './write-new-version';

export type RevisedText =
  | { source: 'paste' | 'file' | 'api'; kind: ImportKind; content: string; filename?: string }
  | { source: 'url'; url: string };

/**
 * A revised text for ANY article (pasted, uploaded, API or link import): e.g. a pasted transcript
 * corrected, or the story moved to another link. It becomes version n+1 with the same diff,
 * re-anchoring and orphans as "check for changes"; the same text as the latest version adds
 * nothing and says so (status "unchanged"). The article's own metadata and link do not change.
 *
 * Permission: article.create, as every import (decision 042).
 */
export async function addRevisedText(actor: Actor, articleId: string, revised: RevisedText): Promise<AddVersionResultDto> {
  requirePermission(actor, 'article.create');
  // Not found before any parsing or fetching: a wrong id must not make us connect anywhere.
  const exists = await db.article.findFirst({ where: { id: articleId, workspaceId: actor.workspaceId, deletedAt: null }, select: { id: true } });
  if (!exists) throw new AppError('not_found', 'Article not found.');

  if (revised.source === 'url') return addPageAsVersion(actor, articleId, revised.url);
  const prepared = await prepareImportSafely({ kind: revised.kind, content: revised.content, filename: revised.filename });
  if (!prepared.ok) {
    const status = prepared.code === 'too_large' ? 'payload_too_large' : 'unprocessable';
    throw new AppError(status, prepared.message, { fields: { content: [prepared.message] } });
  }
  return writeNewVersion(actor, articleId, { document: prepared.document, contentHash: prepared.contentHash, source: revised.source });
}
