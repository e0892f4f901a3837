// Story: a row held by a long transaction (a stuck job, an operator's open psql) must not hang the
// requests that want it, nor, through the pool, every other request of the instance. A write
// waiting on the lock gives up after lock_timeout with a clear 409; an unrelated request that
// finds no free connection is answered 503 with Retry-After instead of waiting its turn.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import { createArticle, createMember, type Member } from './support/api';
import { someoneWaitsForALock } from './support/database';
import { startInstance, stopInstance } from './support/app-process';

let editor: Member;
let claim: ClaimDto;
let holder: pg.Client;

beforeAll(async () => {
  editor = await createMember('lock-editor');
  const article = await createArticle(editor.api, { title: 'Locked', text: 'The tunnel opened in 1994, two years late.' });
  claim = (await editor.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'opened in 1994' } })).body;
});

/** Another session takes the claim's row lock and keeps it until release(). */
async function holdClaimRow(): Promise<() => Promise<void>> {
  holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('SELECT id FROM claim WHERE id = $1 FOR UPDATE', [claim.id]);
  return async () => {
    await holder.query('ROLLBACK');
    await holder.end();
  };
}

afterAll(async () => {
  await holder?.end().catch(() => undefined);
});

describe('a claim whose row another transaction holds', () => {
  it('answers a change 409 after the lock timeout, instead of hanging', async () => {
    const release = await holdClaimRow();
    try {
      const patched = await editor.api.patch(`/api/v1/claims/${claim.id}`, { version: claim.version, claimant: 'Transport ministry' });
      expect(patched.status, patched.text).toBe(409);
      expect(patched.body).toMatchObject({ error: { code: 'conflict', message: 'Someone else is changing this right now; try again in a moment.' } });
    } finally {
      await release();
    }
    // Nothing changed, and the change goes through once the row is free.
    const again = await editor.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, claimant: 'Transport ministry' });
    expect(again.status, again.text).toBe(200);
    claim = again.body;
  }, 60_000);
});

describe('an instance whose one pooled connection is busy', () => {
  it('answers another request 503 with Retry-After instead of making it wait', async () => {
    const instance = await startInstance({ FACTDESK_DB_POOL_SIZE: '1', FACTDESK_DB_ACQUIRE_TIMEOUT_MS: '300' });
    const release = await holdClaimRow();
    try {
      const headers = { authorization: `Bearer ${editor.token}`, 'content-type': 'application/json' };
      // This write holds the instance's only connection while it waits on the row lock.
      const blocked = fetch(`${instance.url}/api/v1/claims/${claim.id}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ version: claim.version, claimant: 'Tunnel authority' }),
      });
      await someoneWaitsForALock();
      const other = await fetch(`${instance.url}/api/v1/articles`, { headers });
      expect(other.status).toBe(503);
      expect(other.headers.get('retry-after')).toBe('5');
      expect((await blocked).status).toBe(409);
    } finally {
      await release();
      await stopInstance(instance);
    }
  }, 60_000);
});
