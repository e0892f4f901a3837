'use server';

import { revalidatePath } from 'next/cache';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { restoreArticle } from '@/lib/server/articles/delete-article';
import { idSchema } from '@/lib/validations/common';
import { attempt } from '@/lib/server/actions/attempt';

/** "Restore article" on a deleted article's page (or an old version's): on success the same address shows it again. */
export async function restoreDeletedArticleAction(formData: FormData): Promise<void> {
  const actor = await requirePageActor();
  const id = idSchema.safeParse(formData.get('articleId'));
  if (!id.success) return;
  const restored = await attempt(() => restoreArticle(actor, id.data));
  if (restored.ok) revalidatePath(`/articles/${id.data}`, 'layout');
}
