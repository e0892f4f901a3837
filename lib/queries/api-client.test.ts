import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFetch } from './api-client';

type Sent = { method: string; key: string | null };

/** Stands in for the network: answers in turn, and records the Idempotency-Key of each request. */
function network(answers: Array<Response | Error>): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (_path: string, init: RequestInit) => {
    sent.push({ method: String(init.method), key: new Headers(init.headers).get('Idempotency-Key') });
    const answer = answers.shift()!;
    if (answer instanceof Error) throw answer;
    return answer;
  });
  return sent;
}

const created = () => Response.json({ id: 'c1' }, { status: 201 });

afterEach(() => vi.unstubAllGlobals());

describe('apiFetch and Idempotency-Key', () => {
  it('sends a fresh key with every POST, none with GET', async () => {
    const sent = network([created(), created(), Response.json({})]);
    await apiFetch('/api/v1/articles', { method: 'POST', body: { title: 'a' } });
    await apiFetch('/api/v1/articles', { method: 'POST', body: { title: 'a' } });
    await apiFetch('/api/v1/articles');
    expect(sent[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[1]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[1]!.key).not.toBe(sent[0]!.key);
    expect(sent[2]!.key).toBeNull();
  });

  it('retries a POST whose answer was lost, or that a gateway failed, once and with the same key', async () => {
    const sent = network([new TypeError('network'), created(), new Response('bad gateway', { status: 502 }), created()]);
    expect(await apiFetch('/api/v1/articles', { method: 'POST', body: {} })).toEqual({ id: 'c1' });
    expect(await apiFetch('/api/v1/articles', { method: 'POST', body: {} })).toEqual({ id: 'c1' });
    expect(sent).toHaveLength(4);
    expect(sent[1]!.key).toBe(sent[0]!.key);
    expect(sent[3]!.key).toBe(sent[2]!.key);
    expect(sent[2]!.key).not.toBe(sent[0]!.key);
  });

  it('uses the key a retrying caller passes', async () => {
    const sent = network([created()]);
    await apiFetch('/api/v1/articles', { method: 'POST', body: {}, idempotencyKey: 'mine-1' });
    expect(sent[0]!.key).toBe('mine-1');
  });
});
