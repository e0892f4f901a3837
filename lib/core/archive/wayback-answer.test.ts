import { describe, expect, it } from 'vitest';
import { readWaybackAnswer } from './wayback-answer';

const base = 'https://web.archive.org';
const url = 'https://example.org/story?id=1';

describe('reading what Save Page Now answered', () => {
  it('keeps the archived copy named by the JSON timestamp, built from our own base and link', () => {
    const answer = readWaybackAnswer({ base, url, status: 200, body: JSON.stringify({ url, timestamp: '20261204104400', job_id: 'spn2-1' }) });
    expect(answer).toEqual({ kind: 'saved', link: 'https://web.archive.org/web/20261204104400/https://example.org/story?id=1' });
  });

  it('falls back to the Content-Location header of the older API', () => {
    const answer = readWaybackAnswer({ base, url, status: 200, contentLocation: '/web/20261204104400/https://example.org/story?id=1', body: '<html>' });
    expect(answer).toEqual({ kind: 'saved', link: 'https://web.archive.org/web/20261204104400/https://example.org/story?id=1' });
  });

  it('never takes a link from the answer: a hostile host or timestamp is ignored', () => {
    const answer = readWaybackAnswer({ base, url, status: 200, contentLocation: 'https://evil.test/x', body: JSON.stringify({ timestamp: 'javascript:alert(1)' }) });
    expect(answer.kind).toBe('failed');
  });

  it('says a job was queued when only a job id came back', () => {
    expect(readWaybackAnswer({ base, url, status: 200, body: JSON.stringify({ url, job_id: 'spn2-abc' }) })).toEqual({
      kind: 'queued',
      jobId: 'spn2-abc',
      detail: 'Queued by the Wayback Machine (job spn2-abc).',
    });
  });

  it('reads the status endpoint: pending is still queued, success names the copy, error says why', () => {
    const status = (body: object) => readWaybackAnswer({ base, url, status: 200, body: JSON.stringify(body) });
    expect(status({ status: 'pending', job_id: 'spn2-abc', resources: [] })).toMatchObject({ kind: 'queued', jobId: 'spn2-abc' });
    expect(status({ status: 'success', job_id: 'spn2-abc', timestamp: '20261204110000', original_url: 'https://evil.test/' })).toEqual({
      kind: 'saved',
      link: 'https://web.archive.org/web/20261204110000/https://example.org/story?id=1',
    });
    expect(status({ status: 'error', job_id: 'spn2-abc', status_ext: 'error:not-found', message: 'Live page not found.' })).toEqual({
      kind: 'failed',
      retryable: false,
      message: 'The Wayback Machine could not save it: Live page not found.',
    });
  });

  it('refuses a job id that could steer the status request elsewhere', () => {
    expect(readWaybackAnswer({ base, url, status: 200, body: JSON.stringify({ job_id: '../../admin?x=1' }) }).kind).toBe('failed');
  });

  it('tries again after a 429 or 5xx, and not after a 4xx or an error message', () => {
    expect(readWaybackAnswer({ base, url, status: 429, body: '' })).toMatchObject({ kind: 'failed', retryable: true });
    expect(readWaybackAnswer({ base, url, status: 503, body: '' })).toMatchObject({ kind: 'failed', retryable: true });
    expect(readWaybackAnswer({ base, url, status: 401, body: '' })).toMatchObject({ kind: 'failed', retryable: false });
    expect(readWaybackAnswer({ base, url, status: 200, body: JSON.stringify({ status: 'error', message: 'Blocked site' }) })).toEqual({
      kind: 'failed',
      retryable: false,
      message: 'The Wayback Machine could not save it: Blocked site',
    });
  });
});
