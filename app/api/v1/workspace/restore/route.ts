import { apiRoute, json } from '@/lib/server/api/route';
import { validationError } from '@/lib/server/api/error-response';
import { readBytesBody } from '@/lib/server/api/read-bytes';
import { MAX_ARCHIVE_BYTES, restoreContentTypes, restoreQuerySchema } from '@/lib/validations/backup';
import { restoreBackup } from '@/lib/server/backup/restore-backup';

export const POST = apiRoute(async ({ request, actor }) => {
  const query = restoreQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw validationError(query.error);
  const readBody = () => readBytesBody(request, { maxBytes: MAX_ARCHIVE_BYTES, types: restoreContentTypes, what: 'The backup archive' });
  const result = await restoreBackup(actor, readBody, query.data.target);
  return json(result, 201);
});
