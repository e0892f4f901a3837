import type { ArticleDto } from '@/lib/validations/article';
import type { ReportArticle } from './report-model';

/** The article as every report states it: provenance and the frozen version claims point into. */
export function reportArticle(article: ArticleDto): ReportArticle {
  return {
    id: article.id,
    title: article.title,
    sourceUrl: article.sourceUrl,
    canonicalUrl: article.canonicalUrl,
    author: article.author,
    outlet: article.outlet,
    publishedAt: article.publishedAt,
    language: article.language,
    direction: article.direction,
    text: article.text,
    importedAt: article.version.importedAt,
    contentHash: article.version.contentHash,
    versionNumber: article.version.number,
  };
}
