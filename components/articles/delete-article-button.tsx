'use client';

import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useToast } from '@/components/ui/toast';
import { useDeleteArticle, useRestoreArticle } from '@/lib/queries/article-revisions';

/** Deletes an article imported by mistake, after a second click; the toast offers "Undo" (10 minutes). */
export function DeleteArticleButton({ articleId, title }: { articleId: string; title: string }) {
  const router = useRouter();
  const toast = useToast();
  const remove = useDeleteArticle(articleId);
  const restore = useRestoreArticle(articleId);
  return (
    <ConfirmButton
      label="Delete article"
      confirmLabel="Delete it and its claims"
      cancelLabel="Keep it"
      pending={remove.isPending}
      onConfirm={(failed) =>
        remove.mutate(undefined, {
          onSuccess: () => {
            toast.show(`“${title}” deleted. An admin can restore it for 30 days.`, {
              action: {
                label: 'Undo',
                onAction: () =>
                  restore.mutate(undefined, {
                    onSuccess: () => router.push(`/articles/${articleId}`),
                    onError: (error) => toast.show(`Not restored: ${error.message}`, { tone: 'error' }),
                  }),
              },
              durationMs: 15_000,
            });
            router.push('/articles');
          },
          onError: (error) => {
            failed();
            toast.show(`Not deleted: ${error.message}`, { tone: 'error' });
          },
        })
      }
    />
  );
}
