// Journey: an editor imports a story by its link (preview, corrected outlet, save), marks two
// claims, and the outlet then edits the story. "Check for changes" stores version 2, shows what
// changed, keeps the first claim attached to its words, and lists the second (whose sentence was
// removed) apart, with its quote, until the editor re-attaches it to the new wording.
//
// The page is served by a local server on 127.0.0.1:27834, allow-listed by scripts/test.sh.
import { expect, signUp, test } from './fixtures';
import { highlightedText } from './highlighted-text';
import { selectPhrase } from './select-phrase';
import { servePage } from './serve-page';

const PORT = 27834;
const url = `http://127.0.0.1:${PORT}/news/ferry`;

const KEPT = 'the ferry carried 41,000 passengers in June';
const REMOVED = 'ticket prices rose by a third';
const NEW_WORDING = 'fares went up by 30 percent';

function story(paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry record summer</title>
<meta name="author" content="Ola Berg"></head><body><article><h1>Ferry record summer</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

let html = story([
  `The harbour office said ${KEPT}, a record for the route.`,
  `Operators said ${REMOVED} since the spring.`,
  'The council will discuss a second ferry in the autumn.',
]);
servePage(PORT, () => html);

test('a story edited after import keeps its claims attached, and a lost one can be re-attached', async ({ page, newUser }) => {
  await signUp(page, newUser);
  await page.getByRole('link', { name: 'Import article' }).first().click();
  await page.getByText('From a link').click();
  await page.getByLabel('Link to the article').fill(url);
  await expect(page.getByRole('button', { name: 'Import and freeze' })).toBeDisabled();
  await page.getByRole('button', { name: 'Fetch preview' }).click();

  const preview = page.getByRole('region', { name: 'Preview of the page' });
  await expect(preview).toContainText(KEPT);
  await expect(page.getByLabel('Title')).toHaveValue('Ferry record summer');
  await expect(page.getByLabel('Author')).toHaveValue('Ola Berg');
  await page.getByLabel('Outlet').fill('Island Post');
  await page.getByRole('button', { name: 'Import and freeze' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ferry record summer' })).toBeVisible();
  await expect(page.getByText('Ola Berg · Island Post')).toBeVisible();

  const claims = page.getByRole('list', { name: 'Claims in document order' });
  for (const phrase of [KEPT, REMOVED]) {
    await selectPhrase(page, phrase);
    await page.getByRole('button', { name: /Mark claim/ }).click();
    await expect(claims.getByRole('button', { name: new RegExp(phrase) })).toBeVisible();
  }
  const keptId = new URL(page.url()).searchParams.get('claim');
  await claims.getByRole('button', { name: new RegExp(KEPT) }).click();
  const keptClaimId = new URL(page.url()).searchParams.get('claim')!;
  expect(keptId).not.toBe(keptClaimId);

  // Nothing changed yet.
  await page.getByRole('button', { name: 'Check for changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No changes' })).toBeVisible();

  // The outlet rewrites the story: a paragraph before the claims, and the prices sentence reworded.
  html = story([
    'Update: figures from the harbour office were added to this story.',
    `The harbour office said ${KEPT}, a record for the route.`,
    `Operators now say ${NEW_WORDING} compared with last year.`,
    'The council will discuss a second ferry in the autumn.',
  ]);
  await page.getByRole('button', { name: 'Check for changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The story changed: version 2 stored' })).toBeVisible();
  await expect(page.getByText(/version 2 ·/)).toBeVisible();

  const diff = page.getByRole('region', { name: 'Changes from version 1 to version 2' });
  await expect(diff.getByText('Update: figures from the harbour office were added to this story.')).toBeVisible();
  await expect(diff.getByText(`Operators said ${REMOVED} since the spring.`)).toBeVisible();

  // The first claim is still on its words; the second is listed apart with its quote.
  await expect(claims.getByRole('listitem')).toHaveCount(1);
  expect(await highlightedText(page, keptClaimId)).toBe(KEPT);
  const lost = page.getByRole('list', { name: 'Claims that lost their place' });
  await expect(lost.getByText(REMOVED)).toBeVisible();

  await lost.getByRole('button', { name: /Re-attach the claim/ }).click();
  const bar = page.getByRole('region', { name: 'Re-attach a claim' });
  await expect(bar.getByRole('button', { name: 'Attach here' })).toBeDisabled();
  await selectPhrase(page, NEW_WORDING);
  await bar.getByRole('button', { name: 'Attach here' }).click();
  await expect(lost).toBeHidden();
  await expect(claims.getByRole('listitem')).toHaveCount(2);
  await expect(claims.getByRole('button', { name: new RegExp(NEW_WORDING) })).toBeVisible();

  // After a reload everything is where it was left.
  await page.reload();
  await expect(claims.getByRole('listitem')).toHaveCount(2);
  expect(await highlightedText(page, keptClaimId)).toBe(KEPT);
});
