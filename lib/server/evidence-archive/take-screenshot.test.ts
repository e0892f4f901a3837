import { afterEach, describe, expect, it, vi } from 'vitest';

// Marks server modules in Next; nothing to guard in a unit test.
vi.mock('server-only', () => ({}));

import { takeScreenshot } from './take-screenshot';

describe('a screenshot on a server without Chromium', () => {
  const before = process.env.FACTDESK_CHROMIUM_PATH;
  afterEach(() => {
    if (before === undefined) delete process.env.FACTDESK_CHROMIUM_PATH;
    else process.env.FACTDESK_CHROMIUM_PATH = before;
  });

  it('is skipped with the reason, and the archive goes on without it', async () => {
    process.env.FACTDESK_CHROMIUM_PATH = '/nonexistent/chromium';
    const result = await takeScreenshot({ url: 'https://example.org/', body: Buffer.from('<p>hi</p>'), contentType: 'text/html', charset: 'utf-8' });
    expect(result).toEqual({ state: 'skipped', error: 'Chromium is not installed at /nonexistent/chromium (set FACTDESK_CHROMIUM_PATH).' });
  });
});
