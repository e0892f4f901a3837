'use client';

import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useToast } from '@/components/ui/toast';
import { useDeleteArticle } from '@/lib/queries/article-revisions';

/** Deletes an article imported by mistake, after a second click; the toast offers "Undo" (10 minutes). */
export function DeleteArticleButton({ articleId, title }: { articleId: string; title: string }) {
  const router = useRouter();
  const remove = useDeleteArticle({ articleId, title, notify: useToast().show, onRestored: () => router.push(`/articles/${articleId}`) });
  return (
    <ConfirmButton
      label="Delete article"
      confirmLabel="Delete it and its claims"
      cancelLabel="Keep it"
      pending={remove.isPending}
      // The toasts (and the Undo) come from the hook; here only what this page does next.
      onConfirm={(failed) => remove.mutate(undefined, { onSuccess: () => router.push('/articles'), onError: failed })}
    />
  );
}
