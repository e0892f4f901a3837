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
      detail: 'Queued by the Wayback Machine (job spn2-abc).',
    });
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
