'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useQuery } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { useOnScreen } from '@/components/ui/use-on-screen';
import { articleHistoryOptions, useUpdateArticleDetails, type ArticleDetailsBody } from '@/lib/queries/article-revisions';
import type { ArticleDto } from '@/lib/validations/article';
import { formatDateTime } from '@/lib/format';

const FIELD_LABELS: Record<string, string> = { title: 'Title', author: 'Author', outlet: 'Outlet', publishedAt: 'Publication date', sourceUrl: 'Source link' };

/** Corrects the article's title, outlet, author, date and link; each change is kept in its history. */
export function ArticleDetailsEditor({ article, onDone }: { article: ArticleDto; onDone?: () => void }) {
  const router = useRouter();
  const update = useUpdateArticleDetails(article.id, { onSaved: () => router.refresh(), notify: useToast().show, shownInline: useOnScreen() });
  const [saved, setSaved] = useState(false);

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const date = value('publishedAt');
    const body: ArticleDetailsBody = {
      metadataVersion: article.metadataVersion,
      title: value('title'),
      author: value('author') || null,
      outlet: value('outlet') || null,
      publishedAt: date ? date : null,
      sourceUrl: value('sourceUrl') || null,
    };
    update.mutate(body, { onSuccess: () => setSaved(true) });
  };
  const fields = update.error && 'fields' in update.error ? (update.error.fields as Record<string, string[]> | undefined) : undefined;

  return (
    <section aria-label="Edit article details" className="mt-3 rounded-lg border border-stone-200 bg-stone-50 p-4 text-sm">
      <h2 className="font-semibold text-stone-900">Article details</h2>
      <form onSubmit={submit} className="mt-2 grid gap-3 sm:grid-cols-2" noValidate>
        <Field label="Title" name="title" defaultValue={article.title} required maxLength={500} errors={fields?.title} className="sm:col-span-2" />
        <Field label="Outlet" name="outlet" defaultValue={article.outlet ?? ''} maxLength={300} errors={fields?.outlet} />
        <Field label="Author" name="author" defaultValue={article.author ?? ''} maxLength={300} errors={fields?.author} />
        <Field label="Publication date" name="publishedAt" type="date" defaultValue={article.publishedAt?.slice(0, 10) ?? ''} errors={fields?.publishedAt} />
        <Field label="Source link" name="sourceUrl" type="url" defaultValue={article.sourceUrl ?? ''} errors={fields?.sourceUrl} />
        <div className="flex items-center gap-2 sm:col-span-2">
          <Button type="submit" size="sm" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save details'}
          </Button>
          {onDone && (
            <Button size="sm" variant="ghost" onClick={onDone}>
              Close
            </Button>
          )}
          <p role="status" className="text-green-800">
            {saved && !update.isPending ? 'Details saved.' : ''}
          </p>
        </div>
        {update.isError && (
          <p role="alert" className="text-red-700 sm:col-span-2">
            {update.error.message}
          </p>
        )}
      </form>
      <ArticleHistory articleId={article.id} />
    </section>
  );
}

function ArticleHistory({ articleId }: { articleId: string }) {
  const { data } = useQuery(articleHistoryOptions(articleId));
  if (!data || data.length === 0) return null;
  return (
    <div className="mt-4">
      <h3 className="font-medium text-stone-900">History</h3>
      <ul className="mt-1 space-y-1 text-stone-700" aria-label="Article history">
        {data.map((event) => (
          <li key={event.id}>
            {formatDateTime(event.at)} · {event.actorName ?? 'Scheduled check'}:{' '}
            {event.kind === 'metadata_changed'
              ? `${FIELD_LABELS[event.field ?? ''] ?? event.field} “${event.from ?? ''}” → “${event.to ?? ''}”`
              : event.kind === 'version_added'
                ? `version ${event.to} added`
                : event.kind === 'deleted'
                  ? 'deleted'
                  : 'restored'}
          </li>
        ))}
      </ul>
    </div>
  );
}
