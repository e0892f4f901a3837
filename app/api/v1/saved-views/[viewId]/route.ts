import { apiRoute } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { deleteSavedView } from '@/lib/server/saved-views/delete-saved-view';

export const DELETE = apiRoute<{ viewId: string }>(async ({ actor, params }) => {
  await deleteSavedView(actor, parseParam(params.viewId, idSchema, 'Saved view'));
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
});
