import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { getAuth } from '@/lib/server/auth/auth';
import { hashToken, looksLikeApiToken } from '@/lib/server/auth/api-tokens';
import { resolveActor, WORKSPACE_COOKIE } from '@/lib/server/workspaces/resolve-actor';
import type { Actor } from '@/lib/server/actor';
import { allowedOrigins } from '@/lib/server/site-origin';

// lastUsedAt is a hint for admins, not an audit log: writing it on every call would add a write
// to every API request, so it is refreshed at most once a minute.
const LAST_USED_RESOLUTION_MS = 60_000;

type TokenRow = {
  id: string; last_used_at: Date | null; workspace_id: string; user_id: string; user_name: string; role: Actor['role'];
  scope: NonNullable<Actor['tokenScope']>;
};

async function actorFromToken(token: string): Promise<Actor> {
  if (!looksLikeApiToken(token)) throw new AppError('unauthenticated', 'The API token is not valid.');
  // Every API call passes here, so it is one statement: the token, its user, and the user's
  // current membership of the token's workspace (a removed member's tokens stop working).
  const rows = await db.$queryRaw<TokenRow[]>`
    SELECT t.id, t."lastUsedAt" AS last_used_at, t."workspaceId" AS workspace_id,
           u.id AS user_id, u.name AS user_name, m.role::text AS role, t.scope::text AS scope
    FROM api_token t
    JOIN "user" u ON u.id = t."userId"
    JOIN membership m ON m."userId" = t."userId" AND m."workspaceId" = t."workspaceId"
    WHERE t."tokenHash" = ${hashToken(token)} AND t."revokedAt" IS NULL
      AND (t."expiresAt" IS NULL OR t."expiresAt" > now())`;
  const row = rows[0];
  if (!row) throw new AppError('unauthenticated', 'The API token is not valid.');
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { userId: row.user_id, userName: row.user_name, workspaceId: row.workspace_id, role: row.role, tokenScope: row.scope };
}

/** A cookie's value; a malformed %-escape makes it absent, as Next's own cookie parser does. */
function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return null;
    }
  }
  return null;
}

// A browser write authenticated by cookie must come from one of our own origins (scheme, host and
// port, as configured; see lib/server/site-origin.ts). SameSite=Lax already stops most cross-site
// writes; this closes the rest. Browsers send Origin with every write they make; one without it
// is believed same-origin only on Sec-Fetch-Site's word, and refused when it has neither: a
// cookie-holding client that says nothing about where it comes from should use a token instead.
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get('origin');
  if (origin === null) {
    if (request.headers.get('sec-fetch-site') === 'same-origin') return;
    throw new AppError('forbidden', 'A signed-in browser’s write must say where it comes from (Origin); other clients use an API token.');
  }
  if (!allowedOrigins(request.headers).includes(origin.toLowerCase())) {
    throw new AppError('forbidden', 'Cross-origin requests are not allowed.');
  }
}

/** The actor of an API request: a bearer token, or the browser's session cookie. */
export async function authenticateRequest(request: Request): Promise<Actor> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw new AppError('unauthenticated', 'Use Authorization: Bearer <token>.');
    return actorFromToken(match[1]);
  }
  const session = await getAuth().api.getSession({ headers: request.headers });
  if (!session) throw new AppError('unauthenticated', 'Sign in or send an API token.');
  assertSameOrigin(request);
  const preferred = readCookie(request.headers.get('cookie'), WORKSPACE_COOKIE);
  const actor = await resolveActor(session.user, preferred);
  if (!actor) throw new AppError('forbidden', 'You are not a member of any workspace.');
  return actor;
}
