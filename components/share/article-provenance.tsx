import { formatDate } from '@/lib/format';
import type { SharedArticle } from '@/lib/server/share-links/shared-page';

/**
 * Where the claim appeared: the article's title, outlet, author, date and link; and, when the
 * publisher changed the story after the review, a notice saying so and when.
 */
export function ArticleProvenance({ article }: { article: SharedArticle }) {
  const byline = [article.author, article.outlet, article.publishedAt ? formatDate(article.publishedAt) : null].filter(Boolean);
  return (
    <>
      <p className="text-sm text-stone-700">
      In{' '}
      {article.url ? (
        <a href={article.url} rel="noopener noreferrer nofollow" className="font-medium text-blue-800 underline underline-offset-2">
          {article.title}
        </a>
      ) : (
        <span className="font-medium text-stone-900">{article.title}</span>
      )}
      {byline.length > 0 && <> · {byline.join(' · ')}</>}
      </p>
      {article.editedAfterReviewAt && (
        <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          The story was edited by its publisher after this review (change noticed on {formatDate(article.editedAfterReviewAt)}). The
          review refers to the text as it was when checked.
        </p>
      )}
    </>
  );
}
