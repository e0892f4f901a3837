'use server';

import { revalidatePath } from 'next/cache';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { restoreArticle } from '@/lib/server/articles/delete-article';
import { idSchema } from '@/lib/validations/common';
import { attempt } from '@/lib/server/actions/attempt';

export async function restoreArticleAction(formData: FormData): Promise<void> {
  const actor = await requirePageActor();
  const id = idSchema.safeParse(formData.get('articleId'));
  if (!id.success) return;
  await attempt(() => restoreArticle(actor, id.data));
  revalidatePath('/settings/deleted-articles');
}
