import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseQuery } from '@/lib/server/api/parse';
import { apiTokenListQuerySchema, createApiTokenInputSchema } from '@/lib/validations/api-token';
import { createMemberToken } from '@/lib/server/tokens/create-member-token';
import { listMemberTokens } from '@/lib/server/tokens/list-member-tokens';

export const GET = apiRoute(async ({ request, actor }) => {
  const { owner } = parseQuery(request, apiTokenListQuerySchema);
  return json(await listMemberTokens(actor, owner));
});

// A read-only token cannot make another token (apiRoute refuses every write to it), so a
// read-only secret never leads to a read-write one.
export const POST = apiRoute(async ({ request, actor }) => {
  const input = await parseJsonBody(request, createApiTokenInputSchema);
  return json(await createMemberToken(actor, input), 201);
});
