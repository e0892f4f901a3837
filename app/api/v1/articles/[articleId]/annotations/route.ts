import { z } from 'zod';
import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { validationError } from '@/lib/server/api/error-response';
import { idSchema } from '@/lib/validations/common';
import { annotationImportQuerySchema } from '@/lib/validations/annotation-import';
import { importAnnotations } from '@/lib/server/annotations/import-annotations';

// The body is checked in depth by the importer, which can name the annotation at fault.
const anyJson = z.unknown();

export const POST = apiRoute<{ articleId: string }>(async ({ request, actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  const query = annotationImportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw validationError(query.error);
  const input = await parseJsonBody(request, anyJson);
  const result = await importAnnotations(actor, articleId, input, { dryRun: query.data.dryRun === '1' });
  return json(result, result.created.length > 0 && !result.dryRun ? 201 : 200);
});
