import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { requirePermission } from '@/lib/server/actor';
import { ImportArticleForm } from '@/components/articles/import-article-form';

export const metadata: Metadata = { title: 'Import article' };

export default async function ImportArticlePage() {
  const actor = await requirePageActor();
  requirePermission(actor, 'article.create');
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="mb-2 text-2xl font-semibold tracking-tight">Import an article</h1>
      <p className="mb-8 text-stone-700">Paste the text of a published article, upload it as a file, or give its link.</p>
      <ImportArticleForm />
    </div>
  );
}
