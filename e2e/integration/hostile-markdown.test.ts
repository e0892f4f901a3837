// Story: a checker pastes Markdown built to be slow to parse (issue 10, defect 1). The old parser
// spent minutes on 100 KB of unmatched emphasis delimiters, and since parsing runs on the server's
// event loop, nobody else on that instance got an answer meanwhile. The import must be answered
// like any other, and a teammate's request made at the same moment must be answered too.
// No timing is asserted: with the old parser the import alone outlasts the test's timeout.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDto } from '@/lib/validations/article';
import { createMember, createTeammate, type Member } from './support/api';

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
});
