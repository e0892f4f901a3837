import type { ArticleDto } from '@/lib/validations/article';
import { formatDate, formatDateTime } from '@/lib/format';
import { ExportMenu } from './export-menu';
import { ShareArticleControl } from '@/components/share/share-article-control';

/** Title and provenance: where the text came from and which frozen version claims point into. */
export function ArticleHeader({ article, children }: { article: ArticleDto; children?: React.ReactNode }) {
  const byline = [article.author, article.outlet, article.publishedAt ? formatDate(article.publishedAt) : null].filter(Boolean);
  return (
    <header className="@container mx-auto mb-8 max-w-[68ch] border-b border-stone-200 pb-6" dir={article.direction}>
      {/* Title and buttons side by side only where both fit: on a phone the buttons squeezed the
          title into a column a few words wide. */}
      <div className="flex flex-col items-start gap-3 @md:flex-row @md:justify-between @md:gap-4">
        <h1 className="font-serif text-3xl font-semibold leading-tight tracking-tight text-stone-950 sm:text-4xl">{article.title}</h1>
        <div className="flex shrink-0 gap-2">
          <ShareArticleControl articleId={article.id} />
          <ExportMenu articleId={article.id} />
        </div>
      </div>
      {byline.length > 0 && <p className="mt-3 text-stone-700">{byline.join(' · ')}</p>}
      <p className="mt-2 text-xs text-stone-600" dir="ltr">
        {article.sourceUrl && (
          <>
            <a href={article.sourceUrl} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-blue-800 underline underline-offset-2">
              {article.sourceUrl}
            </a>
            {' · '}
          </>
        )}
        Frozen {formatDateTime(article.version.importedAt)} · version {article.version.number} ·{' '}
        {article.version.source === 'url' && (
          <>
            <a href={`/api/v1/articles/${article.id}/versions/${article.version.number}/raw`} className="text-blue-800 underline underline-offset-2">
              page as fetched
            </a>
            {' · '}
          </>
        )}
        <abbr title={`SHA-256 ${article.version.contentHash}`}>sha256 {article.version.contentHash.slice(0, 12)}</abbr>
      </p>
      {children}
    </header>
  );
}
