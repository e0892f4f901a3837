// Story: an article is imported; Factdesk suggests the sentences that repeat a verdict the desk
// published (with that verdict and date) and the sentences worth checking (with why), never an
// opinion. A checker dismisses one (it does not come back) and accepts another, which becomes a
// claim only through the ordinary create-claim call.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSuggestionsDto, SuggestionDto } from '@/lib/validations/similar';
import { createArticle, createMember, createTeammate, type ApiError, type Member } from './support/api';
import { markClaim, publishClaim } from './support/similar-fixtures';

const REPEATED = 'About 2,000 American troops are in Syria, according to the Pentagon.';
const WORTHY = 'Exports rose by 43% in 2025, the highest figure on record.';
const OPINION = 'I think the new stadium is a wonderful idea.';

let owner: Member;
let checker: Member;
let viewer: Member;
let outsider: Member;
let articleId: string;

const suggestions = async (member: Member, id = articleId) => member.api.get<ArticleSuggestionsDto & { error: ApiError }>(`/api/v1/articles/${id}/suggestions`);
const find = (list: SuggestionDto[], exact: string) => list.find((s) => s.exact === exact);

beforeAll(async () => {
  owner = await createMember('suggest-owner');
  const [editor, c, v] = await Promise.all([createTeammate(owner, 'editor'), createTeammate(owner, 'checker'), createTeammate(owner, 'viewer')]);
  checker = c;
  viewer = v;
  outsider = await createMember('suggest-outsider');
  const earlier = await createArticle(owner.api, { title: 'Earlier', text: 'The Pentagon says about 2,000 US troops are deployed in Syria.' });
  await publishClaim(checker.api, editor.api, earlier.id, 'The Pentagon says about 2,000 US troops are deployed in Syria.');
  articleId = (await createArticle(owner.api, { title: 'Fresh import', text: `${REPEATED} ${WORTHY} ${OPINION}` })).id;
});

describe('suggestions for an imported article', () => {
  it('offers a sentence repeating a published claim with the desk\'s verdict and date', async () => {
    const response = await suggestions(viewer);
    expect(response.status).toBe(200);
    expect(response.body.versionNumber).toBe(1);
    const repeated = find(response.body.suggestions, REPEATED);
    expect(repeated).toMatchObject({ kind: 'already-checked', start: 0, end: [...REPEATED].length, match: expect.objectContaining({ source: 'desk', verdict: 'False' }) });
    const today = new Date();
    expect(repeated?.reasons[0]).toContain(`Your desk rated this False on ${today.getUTCDate()} `);
  });

  it('offers a check-worthy sentence with its reason, and not an opinion', async () => {
    const list = (await suggestions(checker)).body.suggestions;
    expect(find(list, WORTHY)).toMatchObject({ kind: 'check-worthy', match: null });
    expect(find(list, WORTHY)?.reasons.join(' ')).toMatch(/statistic: 43%/);
    expect(find(list, OPINION)).toBeUndefined();
  });

  it('does not bring back a dismissed suggestion', async () => {
    const worthy = find((await suggestions(checker)).body.suggestions, WORTHY)!;
    const dismissed = await checker.api.post(`/api/v1/articles/${articleId}/suggestions/dismissals`, { versionNumber: 1, start: worthy.start, end: worthy.end });
    expect(dismissed.status).toBe(204);
    expect(find((await suggestions(checker)).body.suggestions, WORTHY)).toBeUndefined();
  });

  it('refuses a dismissal by a viewer or outside the text, changing nothing', async () => {
    const repeated = find((await suggestions(checker)).body.suggestions, REPEATED)!;
    expect((await viewer.api.post(`/api/v1/articles/${articleId}/suggestions/dismissals`, { versionNumber: 1, start: repeated.start, end: repeated.end })).status).toBe(403);
    expect((await checker.api.post(`/api/v1/articles/${articleId}/suggestions/dismissals`, { versionNumber: 1, start: 0, end: 99_999 })).status).toBe(422);
    expect(find((await suggestions(checker)).body.suggestions, REPEATED)).toBeDefined();
  });

  it('becomes a claim only through the normal create-claim call, then is no longer suggested', async () => {
    const repeated = find((await suggestions(checker)).body.suggestions, REPEATED)!;
    const created = await checker.api.post(`/api/v1/articles/${articleId}/claims`, {
      selector: { type: 'TextPositionSelector', start: repeated.start, end: repeated.end }, exact: repeated.exact,
    });
    expect(created.status).toBe(201);
    expect(find((await suggestions(checker)).body.suggestions, REPEATED)).toBeUndefined();
  });

  it('never shows another workspace\'s article', async () => {
    expect((await suggestions(outsider)).status).toBe(404);
  });

  it('never suggests from another workspace\'s verdicts', async () => {
    const foreign = await createArticle(outsider.api, { title: 'Elsewhere', text: REPEATED });
    const list = (await suggestions(outsider, foreign.id)).body.suggestions;
    expect(list.every((s) => s.kind === 'check-worthy')).toBe(true);
    await markClaim(outsider.api, foreign.id, REPEATED);
  });
});
