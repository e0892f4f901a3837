'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { createArticle } from '@/lib/server/articles/create-article';
import { createArticleFromUrl } from '@/lib/server/articles/create-article-from-url';
import { importFormSchema } from '@/lib/validations/import-form';
import { attempt } from '@/lib/server/actions/attempt';
import { kindFromFilename, MAX_IMPORT_BYTES } from '@/lib/core/document';
import type { FormState } from '@/lib/validations/auth';
import type { AppError } from '@/lib/errors';

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
    // The link itself is the source; a "Source link" typed next to it is not used.
    const { sourceUrl: _ignored, ...overrides } = metadata;
    const imported = await attempt(() => createArticleFromUrl(actor, { url: url ?? '', metadata: overrides, allowDuplicate }));
    // A refused link (not allowed, timeout, not a web page...) is shown next to the link field.
    if (!imported.ok) return refused(imported.error, values);
    redirect(`/articles/${imported.value.id}`);
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

  const source = mode === 'file' ? 'file' : 'paste';
  const created = await attempt(() => createArticle(actor, { source, kind, content, filename, metadata, checkDuplicates: !allowDuplicate }));
  if (!created.ok) return refused(created.error, values);
  redirect(`/articles/${created.value.id}`);
}

function refused(error: AppError, values: Record<string, string>): FormState {
  return { error: error.message, fields: error.fields, values: withDuplicate(values, error.details) };
}

/** The existing article a 409 named, kept with the form's values so the page can offer it. */
function withDuplicate(values: Record<string, string>, details: Record<string, unknown> | undefined): Record<string, string> {
  if (details?.reason !== 'duplicate' || typeof details.existingArticleId !== 'string') return values;
  return { ...values, duplicateId: details.existingArticleId, duplicateTitle: String(details.existingTitle ?? '') };
}
