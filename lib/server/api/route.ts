import 'server-only';
import type { Actor } from '@/lib/server/actor';
import { authenticateRequest } from './authenticate';
import { toErrorResponse } from './error-response';

type RouteContext<P> = { params: Promise<P> };

/**
 * The repeated part of every API route: authenticate, run, map errors. The handler receives the
 * actor and the route params and returns a Response.
 */
export function apiRoute<P = Record<string, never>>(
  handler: (args: { request: Request; actor: Actor; params: P }) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const actor = await authenticateRequest(request);
      const params = await context.params;
      return await handler({ request, actor, params });
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { 'Cache-Control': 'no-store' } });
}
