import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ArticleDto } from '@/lib/validations/article';
import { isStorableDate } from '@/lib/validations/common';
import type { FrozenDocument, ImportKind } from '@/lib/core/document';
import { prepareImportSafely } from '@/lib/server/parsing/prepare-import-safely';
import type { ImportSource } from '@/lib/server/db/client';
import { articleSelect, toArticleDto } from './article-shape';
import { toStoredBlocks } from './stored-blocks';
import { duplicateError, findDuplicateArticle } from './find-duplicate-article';

export type ArticleMetadataInput = {
  title?: string;
  sourceUrl?: string;
  author?: string;
  outlet?: string;
  publishedAt?: Date;
};

export type CreateArticleRequest = {
  source: ImportSource;
  kind: ImportKind;
  content: string;
  filename?: string;
  metadata: ArticleMetadataInput;
  /** Refuse (409) when the workspace already has an article with the same text; the import page asks for this. */
  checkDuplicates?: boolean;
};

export function blank(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A date the document's metadata gives; one PostgreSQL cannot store ("0000-01-01") is left out. */
export function validDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) || !isStorableDate(date) ? undefined : date;
}

/**
 * Freezes an article: the content is reduced to the safe subset and plain text once, here, and
 * never changes afterwards. Metadata the user typed wins over what the file says.
 */
export async function createArticle(actor: Actor, request: CreateArticleRequest): Promise<ArticleDto> {
  requirePermission(actor, 'article.create');
  const prepared = await prepareImportSafely({ kind: request.kind, content: request.content, filename: request.filename });
  if (!prepared.ok) {
    const status = prepared.code === 'too_large' ? 'payload_too_large' : 'unprocessable';
    throw new AppError(status, prepared.message, { fields: { content: [prepared.message] } });
  }
  const { document, metadata, contentHash } = prepared;
  if (request.checkDuplicates) {
    const duplicate = await findDuplicateArticle(actor, { urls: [], contentHash });
    if (duplicate) throw duplicateError(duplicate);
  }
  const firstHeading = document.blocks.find((b) => b.type.startsWith('h'));
  const title =
    blank(request.metadata.title) ??
    blank(metadata.title) ??
    (firstHeading ? document.text.slice(firstHeading.start, firstHeading.end) : undefined);
  if (!title) {
    throw new AppError('unprocessable', 'Give the article a title.', { fields: { title: ['A title is required'] } });
  }

  return storeArticle(actor, {
    document,
    contentHash,
    title,
    sourceUrl: blank(request.metadata.sourceUrl) ?? blank(metadata.sourceUrl),
    canonicalUrl: blank(metadata.sourceUrl) ?? blank(request.metadata.sourceUrl),
    author: blank(request.metadata.author) ?? blank(metadata.author),
    outlet: blank(request.metadata.outlet) ?? blank(metadata.outlet),
    publishedAt: request.metadata.publishedAt ?? validDate(metadata.publishedAt),
    language: blank(metadata.language),
    direction: metadata.direction === 'rtl' ? 'rtl' : 'ltr',
    version: { source: request.source },
  });
}

/** An article already reduced to its frozen document, with the metadata that wins already chosen. */
export type FrozenArticleRecord = {
  document: FrozenDocument;
  contentHash: string;
  title: string;
  sourceUrl?: string;
  canonicalUrl?: string;
  author?: string;
  outlet?: string;
  publishedAt?: Date;
  language?: string;
  direction: 'ltr' | 'rtl';
  /** Provenance of version 1; a fetched page also keeps when and how it was fetched. */
  version: { source: ImportSource; fetchedAt?: Date; httpStatus?: number; rawHtml?: Uint8Array<ArrayBuffer> };
};

/**
 * Writes the Article and its version 1. Shared by every import path (text, file, API, link) so
 * the frozen text is stored one way: offsets converted to code points here and nowhere else.
 */
export async function storeArticle(actor: Actor, record: FrozenArticleRecord): Promise<ArticleDto> {
  const { document } = record;
  const blocks = toStoredBlocks(document);

  const row = await db.article.create({
    data: {
      workspaceId: actor.workspaceId,
      title: record.title.slice(0, 500),
      sourceUrl: record.sourceUrl ?? null,
      canonicalUrl: record.canonicalUrl ?? null,
      author: record.author ?? null,
      outlet: record.outlet ?? null,
      publishedAt: record.publishedAt ?? null,
      language: record.language ?? null,
      direction: record.direction,
      createdById: actor.userId,
      versions: {
        create: {
          number: 1,
          text: document.text,
          blocks,
          contentHash: record.contentHash,
          source: record.version.source,
          fetchedAt: record.version.fetchedAt ?? null,
          httpStatus: record.version.httpStatus ?? null,
          rawHtml: record.version.rawHtml ?? null,
          importedById: actor.userId,
        },
      },
    },
    select: articleSelect,
  });
  const dto = toArticleDto(row);
  if (!dto) throw new Error('An article was created without a version');
  return dto;
}
