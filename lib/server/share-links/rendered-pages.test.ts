import { describe, expect, it, vi } from 'vitest';
import type { RenderedPage } from './rendered-pages';

vi.mock('server-only', () => ({}));
const { createRenderedPages } = await import('./rendered-pages');

const page = (body: string): RenderedPage => ({ status: 200, contentType: 'text/html; charset=utf-8', body, etag: `"${body.length}"` });

describe('the rendered public pages of a process', () => {
  it('gives back the page rendered from the same document, and nothing for another', () => {
    const pages = createRenderedPages();
    pages.set('fingerprint-a', page('<p>A</p>'));
    expect(pages.get('fingerprint-a')?.body).toBe('<p>A</p>');
    expect(pages.get('fingerprint-b')).toBeUndefined();
  });

  it('holds no more than its bytes, letting the least recently viewed pages go first', () => {
    // Each page of 100 characters counts 400 bytes (two a character, and 200 for its headers).
    const pages = createRenderedPages(1_000);
    pages.set('a', page('a'.repeat(100)));
    pages.set('b', page('b'.repeat(100)));
    expect(pages.get('a')).toBeDefined(); // a is now the most recently viewed
    pages.set('c', page('c'.repeat(100)));
    expect(pages.size).toBe(2);
    expect(pages.get('b')).toBeUndefined();
    expect(pages.get('a')).toBeDefined();
    expect(pages.get('c')).toBeDefined();
  });

  it('never keeps a page larger than all it may hold', () => {
    const pages = createRenderedPages(1_000);
    pages.set('huge', page('x'.repeat(10_000)));
    expect(pages.get('huge')).toBeUndefined();
    expect(pages.size).toBe(0);
  });
});
