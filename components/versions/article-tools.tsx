'use client';

import { lazy, Suspense, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { ArticleDto } from '@/lib/validations/article';

// The panels load when opened: the article page's first load stays within its budget
// (React.lazy, as components/article/lazy-panels.tsx explains; decision 043).
const AddRevisedText = lazy(() => import('./add-revised-text').then((m) => ({ default: m.AddRevisedText })));
const VersionHistory = lazy(() => import('./version-history').then((m) => ({ default: m.VersionHistory })));
const ArticleDetailsEditor = lazy(() => import('@/components/articles/article-details-editor').then((m) => ({ default: m.ArticleDetailsEditor })));
const DeleteArticleButton = lazy(() => import('@/components/articles/delete-article-button').then((m) => ({ default: m.DeleteArticleButton })));

export type ArticleToolPermissions = { canAddVersion: boolean; canEditDetails: boolean; canDeleteArticle: boolean };

type Panel = 'revise' | 'history' | 'details' | null;

/** Versions for every article (decision 042): add a revised text, the history and diffs, details, delete. */
export function ArticleTools({ article, permissions }: { article: ArticleDto; permissions: ArticleToolPermissions }) {
  const [panel, setPanel] = useState<Panel>(null);
  const toggle = (next: Exclude<Panel, null>) => setPanel((open) => (open === next ? null : next));
  return (
    <div className="mt-2 text-sm" dir="ltr">
      <div className="flex flex-wrap items-center gap-2">
        {permissions.canAddVersion && (
          <Button variant="secondary" size="sm" aria-expanded={panel === 'revise'} onClick={() => toggle('revise')}>
            Add revised text
          </Button>
        )}
        <Button variant="ghost" size="sm" aria-expanded={panel === 'history'} onClick={() => toggle('history')}>
          Version history ({article.version.number})
        </Button>
        {permissions.canEditDetails && (
          <Button variant="ghost" size="sm" aria-expanded={panel === 'details'} onClick={() => toggle('details')}>
            Edit details
          </Button>
        )}
        {permissions.canDeleteArticle && (
          <Suspense fallback={null}>
            <DeleteArticleButton articleId={article.id} title={article.title} />
          </Suspense>
        )}
      </div>
      <Suspense fallback={<p role="status">Loading…</p>}>
        {panel === 'revise' && <AddRevisedText articleId={article.id} onDone={() => setPanel(null)} />}
        {panel === 'history' && <VersionHistory key={article.version.id} articleId={article.id} direction={article.direction} />}
        {panel === 'details' && <ArticleDetailsEditor key={article.metadataVersion} article={article} onDone={() => setPanel(null)} />}
      </Suspense>
    </div>
  );
}
