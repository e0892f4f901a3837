// Journey: a story changes after import and most words of a claim are rewritten. The claim is
// listed apart with why it lost its place (what was found and why it was not trusted) and the
// best place found as an "Attach here?" suggestion, shown in its context; the editor accepts it
// from the keyboard, and the claim is highlighted on its new words.
//
// The page is served by a local server on 127.0.0.1:27834, allow-listed by scripts/test.sh and
// shared with story-changed.spec.ts (browser specs run one at a time; each closes its server).
import { expect, signUp, test } from './fixtures';
import { highlightedText } from './highlighted-text';
import { selectPhrase } from './select-phrase';
import { servePage } from './serve-page';

const PORT = 27834;
const url = `http://127.0.0.1:${PORT}/news/port-jobs`;

const CLAIM = 'unemployment in the port fell by 12 percent';
const NEW_WORDS = 'joblessness at the docks dropped by 12 percent';

function story(paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port jobs</title></head>
<body><article><h1>Port jobs</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

const opening = 'The harbour council met on Tuesday to discuss the cruise season.';
const closing = 'The council will vote on a cap of 80 cruise visits a year in April.';
let html = story([opening, `The mayor said ${CLAIM} last year.`, closing]);
servePage(PORT, () => html);

test('an orphan says why it lost its place, and its suggested place is accepted with one key press', async ({ page, newUser }) => {
  await signUp(page, newUser);
  await page.getByRole('link', { name: 'Import article' }).first().click();
  await page.getByText('From a link').click();
  await page.getByLabel('Link to the article').fill(url);
  await page.getByRole('button', { name: 'Fetch preview' }).click();
  await expect(page.getByRole('region', { name: 'Preview of the page' })).toContainText(CLAIM);
  await page.getByRole('button', { name: 'Import and freeze' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Port jobs' })).toBeVisible();

  await selectPhrase(page, CLAIM);
  await page.getByRole('button', { name: /Mark claim/ }).click();
  const claims = page.getByRole('list', { name: 'Claims in document order' });
  await expect(claims.getByRole('button', { name: new RegExp(CLAIM) })).toBeVisible();

  html = story([opening, `The mayor said ${NEW_WORDS} last year.`, closing]);
  await page.getByRole('button', { name: 'Check for changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The story changed: version 2 stored' })).toBeVisible();

  const lost = page.getByRole('list', { name: 'Claims that lost their place' });
  await expect(lost.getByText(CLAIM)).toBeVisible();
  await expect(lost.getByText(/^Why: Only \d+% of its words are still there/)).toBeVisible();
  const suggestion = lost.getByRole('group', { name: /Suggested place for/ });
  await expect(suggestion.getByText('Attach here?')).toBeVisible();
  await expect(suggestion.getByText(NEW_WORDS, { exact: true })).toBeVisible();
  await expect(suggestion).toContainText('The mayor said');

  const accept = suggestion.getByRole('button', { name: `Attach here: “${NEW_WORDS}”` });
  await accept.focus();
  await page.keyboard.press('Enter');
  await expect(lost).toBeHidden();
  await expect(claims.getByRole('button', { name: new RegExp(NEW_WORDS) })).toBeVisible();
  const claimId = new URL(page.url()).searchParams.get('claim')!;
  expect(await highlightedText(page, claimId)).toBe(NEW_WORDS);

  await page.reload();
  expect(await highlightedText(page, claimId)).toBe(NEW_WORDS);
});
