import Link from 'next/link';
import type { DeletedArticleNotice as Notice } from '@/lib/server/articles/get-deleted-article';
import { formatDateTime } from '@/lib/format';
import { Button } from '@/components/ui/button';

/**
 * What a link to a deleted article shows (a notification, an email, a bookmark): that it was
 * deleted, when and by whom, and until when it can come back; Restore for those who may.
 */
export function DeletedArticleNotice({ article, restoreAction }: { article: Notice; restoreAction: (formData: FormData) => Promise<void> }) {
  const until = formatDateTime(article.restorableUntil);
  // Whole sentences as one string each: one text node, read (and found) as written.
  const deleted = `This article was deleted on ${formatDateTime(article.deletedAt)}${article.deletedByName ? ` by ${article.deletedByName}` : ''}.`;
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-2xl font-semibold tracking-tight text-stone-900">{article.title}</h1>
      <section aria-label="Deleted article" className="mt-4 rounded-xl border border-amber-300 bg-amber-50 px-5 py-4 text-stone-900">
        <p className="font-medium">{deleted}</p>
        {!article.restorable ? (
          <p className="mt-1 text-sm text-stone-700">It can no longer be restored and is about to be removed for good, with its claims.</p>
        ) : article.canRestore ? (
          <>
            <p className="mt-1 text-sm text-stone-700">{`You can restore it, with its claims, until ${until}. After that it is removed for good.`}</p>
            <form action={restoreAction} className="mt-3">
              <input type="hidden" name="articleId" value={article.id} />
              <Button type="submit">Restore article</Button>
            </form>
          </>
        ) : (
          <p className="mt-1 text-sm text-stone-700">{`An admin can restore it, with its claims, until ${until}. After that it is removed for good.`}</p>
        )}
      </section>
      <p className="mt-6 text-sm">
        <Link href="/articles" className="underline">
          Back to the articles
        </Link>
      </p>
    </div>
  );
}
