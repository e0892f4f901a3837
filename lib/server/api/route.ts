import 'server-only';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { authenticateRequest } from './authenticate';
import { toErrorResponse } from './error-response';
import { withIdempotency } from './idempotency';

type RouteContext<P> = { params: Promise<P> };

type RouteOptions = {
  /**
   * A POST that only reads (it changes nothing stored), so a read-only token may call it. Every
   * other method than GET and HEAD counts as a write unless its route says this.
   */
  readsOnly?: boolean;
};

const SAFE_METHODS = new Set(['GET', 'HEAD']);

// A read-only token is refused here, before any handler runs, rather than in each data-layer
// function: every write of the API arrives by a method other than GET, so one check covers the
// ones that exist and the ones added later (decision 025). GET handlers never write.
function assertTokenMayCall(actor: Actor, method: string, options: RouteOptions): void {
  if (actor.tokenScope !== 'read' || SAFE_METHODS.has(method) || options.readsOnly) return;
  throw new AppError('forbidden', 'This API token is read-only: make a read-write token to change anything.', {
    details: { reason: 'read_only_token' },
  });
}

/**
 * The repeated part of every API route: authenticate, run once per Idempotency-Key (POST), map
 * errors. The handler receives the actor and the route params and returns a Response.
 */
export function apiRoute<P = Record<string, never>>(
  handler: (args: { request: Request; actor: Actor; params: P }) => Promise<Response>,
  options: RouteOptions = {},
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const actor = await authenticateRequest(request);
      assertTokenMayCall(actor, request.method, options);
      const params = await context.params;
      // Errors of the handler become answers inside, so that a 4xx is stored with its key too.
      return await withIdempotency(request, actor, () => handler({ request, actor, params }).catch(toErrorResponse));
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { 'Cache-Control': 'no-store' } });
}
