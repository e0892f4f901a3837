import { describe, expect, it } from 'vitest';
import { chunkPathsOf } from './first-load-js';

// The budget is only as good as the list of chunks it sums: every chunk the HTML names, in a
// <script> tag or inside the RSC payload's escaped JSON, once; never the legacy polyfills.
describe('the chunks a page’s HTML names', () => {
  it('finds script tags and payload references, once each, without the noModule polyfills', () => {
    const html = [
      '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule="" nonce="abc"></script>',
      '<script src="/_next/static/chunks/main-a1.js" async="" nonce="abc"></script>',
      '<script nonce="abc">self.__next_f.push([1,"2:I[\\"123\\",[\\"/_next/static/chunks/page-b2.js\\",\\"/_next/static/chunks/main-a1.js\\"],\\"ArticleWorkspace\\"]"])</script>',
    ].join('');
    expect(chunkPathsOf(html)).toEqual(['static/chunks/main-a1.js', 'static/chunks/page-b2.js']);
  });
});
