'use server';

import { z } from 'zod';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { previewArticleFromUrl } from '@/lib/server/articles/preview-article-from-url';
import { previewArticleInputSchema, type ArticlePreviewDto } from '@/lib/validations/article-version';
import { attempt } from '@/lib/server/actions/attempt';

export type PreviewState = { preview?: ArticlePreviewDto; error?: string; fields?: Record<string, string[] | undefined> };

/** Fetches a link for the editor to check before saving; saving fetches it again (decision 013). */
export async function previewArticleAction(url: string): Promise<PreviewState> {
  const actor = await requirePageActor();
  const parsed = previewArticleInputSchema.safeParse({ url });
  if (!parsed.success) return { fields: z.flattenError(parsed.error).fieldErrors };
  const fetched = await attempt(() => previewArticleFromUrl(actor, parsed.data.url));
  return fetched.ok ? { preview: fetched.value } : { error: fetched.error.message, fields: fetched.error.fields };
}
