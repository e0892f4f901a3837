import 'server-only';
import { db, type Prisma } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ArticleDto } from '@/lib/validations/article';
import type { UpdateArticleInput } from '@/lib/validations/article-revision';
import { articleSelect, toArticleDto } from './article-shape';

const FIELDS = ['title', 'author', 'outlet', 'publishedAt', 'sourceUrl'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string | null>;

function asText(row: { title: string; author: string | null; outlet: string | null; publishedAt: Date | null; sourceUrl: string | null }): Values {
  return { title: row.title, author: row.author, outlet: row.outlet, publishedAt: row.publishedAt?.toISOString() ?? null, sourceUrl: row.sourceUrl };
}

/**
 * Corrects an article's metadata after import (title, author, outlet, publication date, source
 * link). Only the fields given change; an empty value clears one (never the title). Each changed
 * field is recorded in the article's history (who, when, old → new), in the same transaction.
 * `metadataVersion` is the one the editor read: a teammate's edit in between answers 409 instead
 * of being overwritten. The frozen text and its versions never change here.
 */
export async function updateArticle(actor: Actor, articleId: string, input: UpdateArticleInput): Promise<ArticleDto> {
  requirePermission(actor, 'article.edit');
  return db.$transaction(async (tx) => {
    const row = await tx.article.findFirst({
      where: { id: articleId, workspaceId: actor.workspaceId, deletedAt: null },
      select: { title: true, author: true, outlet: true, publishedAt: true, sourceUrl: true, version: true },
    });
    if (!row) throw new AppError('not_found', 'Article not found.');
    const before = asText(row);
    const wanted: Partial<Values> = {
      title: input.title,
      author: input.author === undefined ? undefined : input.author || null,
      outlet: input.outlet === undefined ? undefined : input.outlet || null,
      publishedAt: input.publishedAt === undefined ? undefined : (input.publishedAt?.toISOString() ?? null),
      sourceUrl: input.sourceUrl === undefined ? undefined : input.sourceUrl || null,
    };
    const changed = FIELDS.filter((f) => wanted[f] !== undefined && wanted[f] !== before[f]);
    if (changed.length > 0) {
      const data: Prisma.ArticleUpdateManyMutationInput = { version: { increment: 1 } };
      for (const field of changed) {
        const value = wanted[field] ?? null;
        if (field === 'publishedAt') data.publishedAt = value === null ? null : new Date(value);
        else if (field === 'title') data.title = value ?? row.title;
        else if (field === 'author') data.author = value;
        else if (field === 'outlet') data.outlet = value;
        else data.sourceUrl = value;
      }
      const updated = await tx.article.updateMany({ where: { id: articleId, version: input.metadataVersion }, data });
      if (updated.count !== 1) {
        throw new AppError('conflict', 'Someone changed this article’s details meanwhile; reload to see their changes.', { details: { reason: 'stale_version' } });
      }
      await tx.articleEvent.createMany({
        data: changed.map((field) => ({
          workspaceId: actor.workspaceId,
          articleId,
          actorId: actor.userId,
          kind: 'metadata_changed' as const,
          field,
          fromValue: before[field],
          toValue: wanted[field] ?? null,
        })),
      });
    } else if (row.version !== input.metadataVersion) {
      throw new AppError('conflict', 'Someone changed this article’s details meanwhile; reload to see their changes.', { details: { reason: 'stale_version' } });
    }
    const after = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: articleSelect });
    const dto = toArticleDto(after);
    if (!dto) throw new AppError('not_found', 'Article not found.');
    return dto;
  });
}
