import { describe, expect, it } from 'vitest';
import { EXCERPT_BYTES, responseExcerpt } from './response-excerpt';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the response excerpt', () => {
  it('keeps a short answer as it is, and nothing for an empty one', () => {
    expect(responseExcerpt(bytes('{"ok":true}\n'))).toBe('{"ok":true}\n');
    expect(responseExcerpt(new Uint8Array())).toBeNull();
  });

  it('stays within 1 KB, never ending in half a character', () => {
    const excerpt = responseExcerpt(bytes('é'.repeat(5000)))!;
    expect(new TextEncoder().encode(excerpt).length).toBeLessThanOrEqual(EXCERPT_BYTES);
    expect(excerpt.endsWith('é…')).toBe(true);
    expect(excerpt).not.toContain('\uFFFD');
  });

  it('removes control characters and terminal escapes', () => {
    expect(responseExcerpt(bytes('bad\u001b[31mred\u0000\u0007 ok\ttab'))).toBe('bad[31mred ok\ttab');
  });
});
