import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ArticleDto } from '@/lib/validations/article';
import { prepareImport, type ImportKind } from '@/lib/core/document';
import { createOffsetIndex } from '@/lib/core/anchoring';
import type { ImportSource } from '@/lib/server/db/client';
import { articleSelect, toArticleDto } from './article-shape';

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
};

function blank(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function validDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Freezes an article: the content is reduced to the safe subset and plain text once, here, and
 * never changes afterwards. Metadata the user typed wins over what the file says.
 */
export async function createArticle(actor: Actor, request: CreateArticleRequest): Promise<ArticleDto> {
  requirePermission(actor, 'article.create');
  const prepared = prepareImport({ kind: request.kind, content: request.content, filename: request.filename });
  if (!prepared.ok) {
    const status = prepared.code === 'too_large' ? 'payload_too_large' : 'unprocessable';
    throw new AppError(status, prepared.message, { fields: { content: [prepared.message] } });
  }
  const { document, metadata, contentHash } = prepared;
  const firstHeading = document.blocks.find((b) => b.type.startsWith('h'));
  const title =
    blank(request.metadata.title) ??
    blank(metadata.title) ??
    (firstHeading ? document.text.slice(firstHeading.start, firstHeading.end) : undefined);
  if (!title) {
    throw new AppError('unprocessable', 'Give the article a title.', { fields: { title: ['A title is required'] } });
  }

  // Offsets leave this process in code points (see docs/decisions on units).
  const index = createOffsetIndex(document.text);
  const blocks = document.blocks.map((b) => ({
    ...b,
    start: index.toCodePoint(b.start),
    end: index.toCodePoint(b.end, 'end'),
    ...(b.links ? { links: b.links.map((l) => ({ ...l, start: index.toCodePoint(l.start), end: index.toCodePoint(l.end, 'end') })) } : {}),
  }));

  const row = await db.article.create({
    data: {
      workspaceId: actor.workspaceId,
      title: title.slice(0, 500),
      sourceUrl: blank(request.metadata.sourceUrl) ?? blank(metadata.sourceUrl) ?? null,
      canonicalUrl: blank(metadata.sourceUrl) ?? blank(request.metadata.sourceUrl) ?? null,
      author: blank(request.metadata.author) ?? blank(metadata.author) ?? null,
      outlet: blank(request.metadata.outlet) ?? blank(metadata.outlet) ?? null,
      publishedAt: request.metadata.publishedAt ?? validDate(metadata.publishedAt) ?? null,
      language: blank(metadata.language) ?? null,
      direction: metadata.direction === 'rtl' ? 'rtl' : 'ltr',
      createdById: actor.userId,
      versions: {
        create: {
          number: 1,
          text: document.text,
          blocks,
          contentHash,
          source: request.source,
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
