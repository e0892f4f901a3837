import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { getAuth } from '@/lib/server/auth/auth';
import { hashToken, looksLikeApiToken } from '@/lib/server/auth/api-tokens';
import { resolveActor, WORKSPACE_COOKIE } from '@/lib/server/workspaces/resolve-actor';
import type { Actor } from '@/lib/server/actor';

// lastUsedAt is a hint for admins, not an audit log: writing it on every call would add a write
// to every API request, so it is refreshed at most once a minute.
const LAST_USED_RESOLUTION_MS = 60_000;

async function actorFromToken(token: string): Promise<Actor> {
  if (!looksLikeApiToken(token)) throw new AppError('unauthenticated', 'The API token is not valid.');
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      workspaceId: true,
      user: { select: { id: true, name: true, memberships: { select: { workspaceId: true, role: true } } } },
    },
  });
  if (!row || row.revokedAt) throw new AppError('unauthenticated', 'The API token is not valid.');
  const membership = row.user.memberships.find((m) => m.workspaceId === row.workspaceId);
  if (!membership) throw new AppError('unauthenticated', 'The API token is not valid.');
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { userId: row.user.id, userName: row.user.name, workspaceId: row.workspaceId, role: membership.role };
}

function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

// A browser request authenticated by cookie must come from our own origin: SameSite=Lax
// already stops most cross-site writes, and this closes the rest.
function assertSameOrigin(request: Request): void {
  if (request.method === 'GET' || request.method === 'HEAD') return;
  const origin = request.headers.get('origin');
  if (!origin) return;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError('forbidden', 'Cross-origin requests are not allowed.');
  }
  if (originHost !== host) throw new AppError('forbidden', 'Cross-origin requests are not allowed.');
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
