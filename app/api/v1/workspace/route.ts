import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody } from '@/lib/server/api/parse';
import { updateWorkspaceInputSchema } from '@/lib/validations/workspace';
import { getWorkspaceSettings } from '@/lib/server/workspaces/get-workspace-settings';
import { updateWorkspaceSettings } from '@/lib/server/workspaces/update-workspace-settings';

export const GET = apiRoute(async ({ actor }) => json(await getWorkspaceSettings(actor)));

export const PATCH = apiRoute(async ({ request, actor }) => {
  const input = await parseJsonBody(request, updateWorkspaceInputSchema);
  return json(await updateWorkspaceSettings(actor, input));
});
