'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { createArticle } from '@/lib/server/articles/create-article';
import { createArticleFromUrl } from '@/lib/server/articles/create-article-from-url';
import { importFormSchema } from '@/lib/validations/import-form';
import { knownAppError } from '@/lib/server/db/known-errors';
import { kindFromFilename, MAX_IMPORT_BYTES } from '@/lib/core/document';
import type { FormState } from '@/lib/validations/auth';

export async function importArticleAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePageActor();
  const values = Object.fromEntries(
    ['title', 'sourceUrl', 'author', 'outlet', 'publishedAt', 'text', 'url', 'mode'].map((k) => [k, String(formData.get(k) ?? '')]),
  );
  const parsed = importFormSchema.safeParse(values);
  if (!parsed.success) return { fields: z.flattenError(parsed.error).fieldErrors, values };
  const { mode, text, url, ...metadata } = parsed.data;
  // "Import anyway" after the page said the story is already in the workspace.
  const allowDuplicate = formData.get('allowDuplicate') === 'true';

  if (mode === 'url') {
    let imported: string;
    try {
      // The link itself is the source; a "Source link" typed next to it is not used.
      const { sourceUrl: _ignored, ...overrides } = metadata;
      imported = (await createArticleFromUrl(actor, { url: url ?? '', metadata: overrides, allowDuplicate })).id;
    } catch (caught) {
      // A refused link (not allowed, timeout, not a web page...) is shown next to the link field.
      const error = knownAppError(caught);
      if (error) return { error: error.message, fields: error.fields, values: withDuplicate(values, error.details) };
      throw caught;
    }
    redirect(`/articles/${imported}`);
  }

  let content = text ?? '';
  let kind: 'text' | 'markdown' | 'html' = 'text';
  let filename: string | undefined;
  if (mode === 'file') {
    const file = formData.get('file');
    if (!(file instanceof File) || file.size === 0) return { fields: { file: ['Choose a .txt, .md or .html file'] }, values };
    if (file.size > MAX_IMPORT_BYTES) return { fields: { file: ['The file is larger than 2 MB'] }, values };
    const detected = kindFromFilename(file.name);
    if (!detected) return { fields: { file: ['Only .txt, .md and .html files can be imported'] }, values };
    kind = detected;
    filename = file.name;
    content = await file.text();
  }

  let articleId: string;
  try {
    const source = mode === 'file' ? 'file' : 'paste';
    const article = await createArticle(actor, { source, kind, content, filename, metadata, checkDuplicates: !allowDuplicate });
    articleId = article.id;
  } catch (caught) {
    const error = knownAppError(caught);
    if (error) return { error: error.message, fields: error.fields, values: withDuplicate(values, error.details) };
    throw caught;
  }
  redirect(`/articles/${articleId}`);
}

/** The existing article a 409 named, kept with the form's values so the page can offer it. */
function withDuplicate(values: Record<string, string>, details: Record<string, unknown> | undefined): Record<string, string> {
  if (details?.reason !== 'duplicate' || typeof details.existingArticleId !== 'string') return values;
  return { ...values, duplicateId: details.existingArticleId, duplicateTitle: String(details.existingTitle ?? '') };
}
