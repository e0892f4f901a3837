// Story: a checker pastes Markdown built to be slow to parse (issue 10, defect 1). The old parser
// spent minutes on 100 KB of unmatched emphasis delimiters, and since parsing runs on the server's
// event loop, nobody else on that instance got an answer meanwhile. The import must be answered
// like any other, and a teammate's request made at the same moment must be answered too.
// No timing is asserted: with the old parser the import alone outlasts the test's timeout.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDto } from '@/lib/validations/article';
import { createMember, createTeammate, type ErrorBody, type Member } from './support/api';

let checker: Member;
let editor: Member;

beforeAll(async () => {
  editor = await createMember('hostile-markdown');
  checker = await createTeammate(editor, 'checker');
});

describe('importing Markdown built to be slow to parse', () => {
  it('is answered, and so is a teammate asking for something else at the same time', async () => {
    // `*a_` × 34,000 (100 KB): each `*` and `_` opens emphasis that never closes as expected.
    const markdown = '*a_'.repeat(34_000);
    const importing = checker.api.post<ArticleDto>('/api/v1/articles', { title: 'Delimiters', markdown });
    const workspace = editor.api.get<{ name: string }>('/api/v1/workspace');

    const [imported, other] = await Promise.all([importing, workspace]);
    expect(other.status).toBe(200);
    expect(imported.status).toBe(201);
    expect(imported.body.text.length).toBeGreaterThan(markdown.length / 2);
  });

  it('keeps answering everyone else while the worst 2 MB document is parsed, then imports or refuses it', async () => {
    // `![` × 1,000,000 (2 MB, just under the cap): every `![` opens an image that never closes.
    // Linear in markdown-it, but tens of seconds of parsing: it used to hold the event loop, so a
    // teammate's requests waited for the import. Now it is parsed in a worker with a deadline.
    const title = `Brackets ${Date.now()}`;
    const markdown = '!['.repeat(1_000_000);
    const order: string[] = [];
    const importing = checker.api.post<ArticleDto & ErrorBody>('/api/v1/articles', { title, markdown }).then((response) => {
      order.push('import');
      return response;
    });

    // A teammate keeps working: one request after another, a moment apart, while the import runs.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const response = await editor.api.get<{ name: string }>('/api/v1/workspace');
      statuses.push(response.status);
      order.push(`workspace ${i}`);
    }

    const imported = await importing;
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(order.indexOf('import')).toBe(5);
    expect([201, 422]).toContain(imported.status);
    if (imported.status === 422) {
      expect(imported.body.error.message).toMatch(/too complex to import; simplify it or import it as plain text/);
      // Nothing was written.
      const list = await checker.api.get<{ articles: { title: string }[] }>('/api/v1/articles?limit=100');
      expect(list.status).toBe(200);
      expect(list.body.articles.map((item) => item.title)).not.toContain(title);
    }
  }, 120_000);
});
