import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { getArticle } from '@/lib/server/articles/get-article';
import { getDeletedArticle } from '@/lib/server/articles/get-deleted-article';
import { listClaims } from '@/lib/server/claims/get-claim';
import { listRatings } from '@/lib/server/workspaces/list-ratings';
import { getReviewContext } from '@/lib/server/claims/get-review-context';
import { can } from '@/lib/core/permissions/permissions';
import { idSchema } from '@/lib/validations/common';
import { getQueryClient } from '@/lib/queries/query-client';
import { claimKeys, ratingKeys } from '@/lib/queries/claims';
import { ArticleWorkspace } from '@/components/article/article-workspace';
import { ArticleHeader } from '@/components/article/article-header';
import { VersionBar } from '@/components/versions/lazy-version-bar';
import { ArticleTools } from '@/components/versions/article-tools';
import { revealedItemOf } from '@/components/article/revealed-item';
import { DeletedArticle } from './deleted-article';

type Props = { params: Promise<{ articleId: string }>; searchParams: Promise<{ claim?: string; evidence?: string; comment?: string }> };

// The id is whatever was typed in the address (`/articles/%00`): one that cannot be an id is
// not found, without a query.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePageActor();
  const id = idSchema.safeParse((await params).articleId);
  const article = id.success ? await getArticle(actor, id.data) : null;
  if (article) return { title: article.title };
  const deleted = id.success ? await getDeletedArticle(actor, id.data) : null;
  return { title: deleted ? `${deleted.title} (deleted)` : 'Article not found' };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const actor = await requirePageActor();
  const id = idSchema.safeParse((await params).articleId);
  if (!id.success) notFound();
  const articleId = id.data;
  const article = await getArticle(actor, articleId);
  // A notification or an old link to a deleted article says what happened to it.
  if (!article) return <DeletedArticle actor={actor} articleId={articleId} />;
  const [claims, ratings, review] = await Promise.all([listClaims(actor, articleId), listRatings(actor), getReviewContext(actor)]);

  // The claims and the scale arrive with the page; the client's queries start from them.
  const queryClient = getQueryClient();
  queryClient.setQueryData(claimKeys.list(articleId), claims);
  queryClient.setQueryData(ratingKeys.scale(), ratings);

  const { claim, ...item } = await searchParams;
  const initialClaimId = typeof claim === 'string' && claims.some((c) => c.id === claim) ? claim : null;
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ArticleWorkspace
        article={article}
        initialClaimId={initialClaimId}
        revealItem={initialClaimId ? revealedItemOf(item) : null}
        review={review}
        header={
          <ArticleHeader article={article}>
            {/* Only an article from a link, or with versions, has a version bar (and its props in the page). */}
            {(article.sourceUrl || article.version.number > 1) && <VersionBar article={article} canCheck={can(actor.role, 'article.create')} />}
            <ArticleTools
              article={article}
              permissions={{ canAddVersion: can(actor.role, 'article.create'), canEditDetails: can(actor.role, 'article.edit'), canDeleteArticle: can(actor.role, 'article.delete') }}
            />
          </ArticleHeader>
        }
        permissions={{
          canCreate: can(actor.role, 'claim.create'),
          canEdit: can(actor.role, 'claim.edit'),
          canPublish: can(actor.role, 'claim.publish'),
          canDelete: can(actor.role, 'claim.delete'),
          canEditEvidence: can(actor.role, 'evidence.edit'),
          canRecordCorrections: can(actor.role, 'correction.record'),
          canAssign: can(actor.role, 'claim.assign'),
          canComment: can(actor.role, 'comment.create'),
          canModerateComments: can(actor.role, 'comment.moderate'),
        }}
      />
    </HydrationBoundary>
  );
}
