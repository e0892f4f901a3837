import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNextPath('/invite/abc_DEF-123')).toBe('/invite/abc_DEF-123');
    expect(safeNextPath('/articles?page=2#top')).toBe('/articles?page=2#top');
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a protocol-relative link', '//evil.example/path'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a tab hidden in the slashes', '/\t/evil.example'],
    ['a script', 'javascript:alert(1)'],
    ['a relative path', 'articles'],
    ['nothing', ''],
  ])('falls back for %s', (_, value) => {
    expect(safeNextPath(value)).toBe('/articles');
  });

  it('falls back for what is not a string', () => {
    expect(safeNextPath(null)).toBe('/articles');
    expect(safeNextPath(undefined, '/elsewhere')).toBe('/elsewhere');
  });
});
