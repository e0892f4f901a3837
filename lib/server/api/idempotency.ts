import 'server-only';
import { createHash } from 'node:crypto';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { db } from '@/lib/server/db/client';

// Idempotency-Key on POST, with Stripe's semantics (decision 028): the first request with a key
// runs and its answer is stored; a retry with the same key and request gets that answer again.

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const KEEP_FOR_MS = 24 * 60 * 60 * 1000;
// How long a key may stay "in progress". Every request is over well before this (statements,
// locks and the pool time out in seconds, an import's parse in 10 s, a fetch in 15 s), so a key
// still unanswered after it belongs to a request that died with its database connection (the
// clean-up below could not reach PostgreSQL either) or with its instance (kill -9). A retry then
// runs again rather than getting 409 for a day; it may repeat a write that did commit, which
// the client could not have learnt about anyway (decision 028).
export const IN_PROGRESS_LEASE_MS = 2 * 60 * 1000;
// Expired rows are removed a few at a time by the requests that add rows, so no job is needed
// and no request pays for a large backlog.
const CLEANUP_BATCH = 100;
// The headers a replay must repeat; the rest (dates, request ids) describe the first answer only.
const REPLAYED_HEADERS = ['content-type', 'location'];
const PRINTABLE_ASCII = /^[\x20-\x7E]{1,255}$/;
// Answers that say "try again": a 5xx (nothing committed, or a bug whose transaction rolled back),
// a 409 (a row locked past lock_timeout, decision 023) and a 429. Kept, they would hold the key
// to a failure for a day; dropped, the retry runs again, which is what the client wants.
const runsAgain = (status: number) => status >= 500 || status === 409 || status === 429;

type StoredKey = { requestHash: string; status: number | null; headers: unknown; body: string | null };

function keyOf(request: Request): string | null {
  if (request.method !== 'POST') return null;
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  if (key === null) return null;
  if (!PRINTABLE_ASCII.test(key)) {
    throw new AppError('bad_request', 'The Idempotency-Key header must be 1 to 255 printable ASCII characters.', {
      details: { reason: 'invalid_idempotency_key' },
    });
  }
  return key;
}

async function hashOf(request: Request): Promise<string> {
  const url = new URL(request.url);
  const body = Buffer.from(await request.clone().arrayBuffer());
  return createHash('sha256').update(`${request.method}\n${url.pathname}${url.search}\n`).update(body).digest('hex');
}

/** Inserts the key's row; true when this request won it and so must run the handler. */
async function claimKey(id: { userId: string; workspaceId: string; key: string }, requestHash: string): Promise<boolean> {
  await db.$executeRaw`DELETE FROM "idempotency_key" WHERE ctid IN (
    SELECT ctid FROM "idempotency_key" WHERE "expiresAt" < now() LIMIT ${CLEANUP_BATCH})`;
  // An expired row for this very key counts as absent even if the batch above missed it, and so
  // does one left in progress past its lease by a request that never finished.
  await db.idempotencyKey.deleteMany({
    where: { ...id, OR: [{ expiresAt: { lt: new Date() } }, { status: null, createdAt: { lt: new Date(Date.now() - IN_PROGRESS_LEASE_MS) } }] },
  });
  const { count } = await db.idempotencyKey.createMany({
    data: [{ ...id, requestHash, expiresAt: new Date(Date.now() + KEEP_FOR_MS) }],
    skipDuplicates: true,
  });
  return count === 1;
}

function replay(stored: StoredKey, requestHash: string): Response {
  if (stored.requestHash !== requestHash) {
    throw new AppError('unprocessable', 'This Idempotency-Key was already used for a different request: use a new key.', {
      details: { reason: 'idempotency_key_reused' },
    });
  }
  if (stored.status === null) {
    throw new AppError('conflict', 'A request with this Idempotency-Key is still running: retry in a moment.', {
      details: { reason: 'idempotency_key_in_progress' },
    });
  }
  const headers = new Headers(stored.headers as Record<string, string>);
  headers.set('Cache-Control', 'no-store');
  headers.set('Idempotent-Replayed', 'true');
  return new Response(stored.body, { status: stored.status, headers });
}

/**
 * Runs `run` once per user, workspace and Idempotency-Key; without a key (or for other methods than
 * POST) it just runs. `run` must answer errors as responses: 4xx answers are stored like successes
 * (the same request would fail the same way), but not those that mean "try again" (runsAgain).
 */
export async function withIdempotency(request: Request, actor: Actor, run: () => Promise<Response>): Promise<Response> {
  const key = keyOf(request);
  if (key === null) return run();
  const id = { userId: actor.userId, workspaceId: actor.workspaceId, key };
  const requestHash = await hashOf(request);

  if (!(await claimKey(id, requestHash))) {
    const stored = await db.idempotencyKey.findUnique({ where: { userId_workspaceId_key: id }, select: { requestHash: true, status: true, headers: true, body: true } });
    // Gone between our insert and this read: its request failed with a 5xx and may run again.
    if (!stored) return withIdempotency(request, actor, run);
    return replay(stored, requestHash);
  }

  let response: Response;
  try {
    response = await run();
  } catch (error) {
    await db.idempotencyKey.deleteMany({ where: id });
    throw error;
  }
  if (runsAgain(response.status)) {
    await db.idempotencyKey.deleteMany({ where: id });
    return response;
  }
  const body = await response.text();
  const headers = Object.fromEntries(REPLAYED_HEADERS.flatMap((name) => {
    const value = response.headers.get(name);
    return value === null ? [] : [[name, value]];
  }));
  await db.idempotencyKey.update({ where: { userId_workspaceId_key: id }, data: { status: response.status, headers, body: body || null } });
  return new Response(body || null, { status: response.status, statusText: response.statusText, headers: response.headers });
}
