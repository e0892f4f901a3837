import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ArticleDto } from '@/lib/validations/article';
import { articleSelect, toArticleDto } from './article-shape';

export async function getArticle(actor: Actor, articleId: string): Promise<ArticleDto | null> {
  requirePermission(actor, 'article.read');
  const row = await db.article.findFirst({ where: { id: articleId, workspaceId: actor.workspaceId, deletedAt: null }, select: articleSelect });
  return row ? toArticleDto(row) : null;
}

export async function requireArticle(actor: Actor, articleId: string): Promise<ArticleDto> {
  const article = await getArticle(actor, articleId);
  if (!article) throw new AppError('not_found', 'Article not found.');
  return article;
}
