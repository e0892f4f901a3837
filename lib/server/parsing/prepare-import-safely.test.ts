import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareImport } from '@/lib/core/document';
import { AppError } from '@/lib/errors';

// The module is server-only; this test is its server.
vi.mock('server-only', () => ({}));

const { prepareImportSafely, TOO_COMPLEX_MESSAGE } = await import('./prepare-import-safely');

afterEach(() => {
  delete process.env.FACTDESK_IMPORT_PARSE_TIMEOUT_MS;
});

describe('prepareImportSafely', () => {
  it('prepares a large document in a worker exactly as on the spot', async () => {
    const content = `# Report\n\n${'A paragraph with *emphasis* and [a link](https://example.test/).\n\n'.repeat(1_000)}`;
    expect(content.length).toBeGreaterThan(32 * 1024);

    expect(await prepareImportSafely({ kind: 'markdown', content })).toEqual(prepareImport({ kind: 'markdown', content }));
  }, 60_000);

  it('refuses a document still parsing at the deadline as too complex, and the next import works', async () => {
    process.env.FACTDESK_IMPORT_PARSE_TIMEOUT_MS = '200';
    const refused = prepareImportSafely({ kind: 'markdown', content: '!['.repeat(1_000_000) });

    await expect(refused).rejects.toThrow(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'unprocessable', message: TOO_COMPLEX_MESSAGE });

    delete process.env.FACTDESK_IMPORT_PARSE_TIMEOUT_MS;
    const content = 'plain words '.repeat(5_000);
    expect(await prepareImportSafely({ kind: 'text', content })).toMatchObject({ ok: true });
  }, 60_000);
});
