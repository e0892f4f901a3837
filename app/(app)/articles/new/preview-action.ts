'use server';

import { z } from 'zod';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { previewArticleFromUrl } from '@/lib/server/articles/preview-article-from-url';
import { previewArticleInputSchema, type ArticlePreviewDto } from '@/lib/validations/article-version';
import { knownAppError } from '@/lib/server/db/known-errors';

export type PreviewState = { preview?: ArticlePreviewDto; error?: string; fields?: Record<string, string[] | undefined> };

/** Fetches a link for the editor to check before saving; saving fetches it again (decision 013). */
export async function previewArticleAction(url: string): Promise<PreviewState> {
  const actor = await requirePageActor();
  const parsed = previewArticleInputSchema.safeParse({ url });
  if (!parsed.success) return { fields: z.flattenError(parsed.error).fieldErrors };
  try {
    return { preview: await previewArticleFromUrl(actor, parsed.data.url) };
  } catch (caught) {
    const error = knownAppError(caught);
    if (error) return { error: error.message, fields: error.fields };
    throw caught;
  }
}
