import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-client';
import { claimListOptions } from './claims';

type Sent = { path: string; ifNoneMatch: string | null; cache: RequestCache | undefined };

/** Stands in for the API: answers in turn, and records what each poll sent. */
function api(answers: Response[]): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
    sent.push({ path, ifNoneMatch: new Headers(init.headers).get('If-None-Match'), cache: init.cache });
    return answers.shift()!;
  });
  return sent;
}

const list = (etag: string, ...statements: string[]) =>
  Response.json({ claims: statements.map((statement, i) => ({ id: `c${i}`, statement })) }, { headers: { ETag: etag } });
const notModified = () => new Response(null, { status: 304 });

afterEach(() => vi.unstubAllGlobals());

describe('an open article polling its claims', () => {
  it('sends the ETag of the list it holds, and keeps that very list while the server answers 304', async () => {
    const client = new QueryClient();
    const sent = api([list('W/"1"', 'The harbour will create 4,000 jobs.'), notModified(), notModified()]);
    const first = await client.fetchQuery(claimListOptions('a1'));
    const second = await client.fetchQuery(claimListOptions('a1'));
    const third = await client.fetchQuery(claimListOptions('a1'));

    expect(sent.map((s) => s.ifNoneMatch)).toEqual([null, 'W/"1"', 'W/"1"']);
    // Not left to the browser's cache, which would hand back the whole body to parse again.
    expect(sent.every((s) => s.cache === 'no-store')).toBe(true);
    expect(second).toBe(first);
    expect(third).toBe(first);
  });

  it("takes a teammate's change and its new ETag when the list changed", async () => {
    const client = new QueryClient();
    const sent = api([list('W/"1"', 'One.'), list('W/"2"', 'One.', 'Two.'), notModified()]);
    await client.fetchQuery(claimListOptions('a2'));
    const changed = await client.fetchQuery(claimListOptions('a2'));
    await client.fetchQuery(claimListOptions('a2'));

    expect(changed.map((c) => c.statement)).toEqual(['One.', 'Two.']);
    expect(sent.map((s) => s.ifNoneMatch)).toEqual([null, 'W/"1"', 'W/"2"']);
  });

  it('asks for the whole list when it holds none (the page had not loaded it, or it was dropped)', async () => {
    const client = new QueryClient();
    const sent = api([list('W/"1"', 'One.'), list('W/"1"', 'One.')]);
    await client.fetchQuery(claimListOptions('a3'));
    client.removeQueries();
    await client.fetchQuery(claimListOptions('a3'));
    expect(sent.map((s) => s.ifNoneMatch)).toEqual([null, null]);
  });

  it("reports the API's error as it is", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    api([Response.json({ error: { code: 'not_found', message: 'No such article.' } }, { status: 404 })]);
    const failure = await client.fetchQuery(claimListOptions('a4')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 404, code: 'not_found' });
  });
});
