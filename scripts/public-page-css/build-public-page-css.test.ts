import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildPublicPageCss, GENERATED_FILE, generatedModule } from './build-public-page-css';

describe('the public pages’ stylesheet', () => {
  it('is up to date with app/globals.css and the public components (else run the script)', async () => {
    const css = await buildPublicPageCss();
    expect(css).toContain('.tone-false');
    expect(css).toContain('.claim-highlight');
    expect(await readFile(GENERATED_FILE, 'utf8')).toBe(generatedModule(css));
  }, 30_000);
});
