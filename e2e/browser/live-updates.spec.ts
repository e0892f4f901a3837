// Journey: an editor has an article open while a teammate works on it elsewhere (here through
// the API, as their script or their own browser would). The teammate's new claim and verdict
// appear without a reload; a teammate's change to the very field the editor is typing in is
// never saved over silently: the editor chooses.
import { createToken } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { selectPhrase } from './select-phrase';
import { expect, test } from './fixtures';

type Claim = { id: string; version: number };

async function setUp(baseURL: string, email: string) {
  const token = await createToken(email);
  const article = await api<{ id: string }>(baseURL, token, 'POST', '/api/v1/articles', {
    title: 'Harbour plan',
    text: 'The mayor said the new harbour will create 4,000 jobs.\n\nCritics said the plan was never costed.',
  });
  return { token, article };
}

test("a teammate's new claim and verdict appear without reloading", async ({ signedInPage: page, user, baseURL }) => {
  const { token, article } = await setUp(baseURL!, user.email);
  await page.goto(`/articles/${article.id}`);
  const list = page.getByRole('complementary', { name: 'Claims' });
  await expect(list.getByRole('heading', { name: 'Claims (0)', exact: true })).toBeVisible();

  const claim = await api<Claim>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'the new harbour will create 4,000 jobs' },
    statement: 'The harbour will create 4,000 jobs.',
  });
  await expect(list.getByRole('button', { name: /The harbour will create 4,000 jobs/ })).toBeVisible();
  await expect(page.locator(`mark[data-claim-ids~="${claim.id}"]`).first()).toBeVisible();

  await api(baseURL!, token, 'PATCH', `/api/v1/claims/${claim.id}`, { version: claim.version, verdict: 'mostly_false' });
  await expect(list.getByText('Mostly false')).toBeVisible();
});

test("a teammate's change to the field being typed in is not overwritten without asking", async ({ signedInPage: page, user, baseURL }) => {
  const { token, article } = await setUp(baseURL!, user.email);
  const claim = await api<Claim>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'never costed' },
    statement: 'The plan was never costed.',
  });
  const readClaim = () => api<{ explanation: string }>(baseURL!, token, 'GET', `/api/v1/claims/${claim.id}`, undefined);
  await page.clock.install();
  await page.goto(`/articles/${article.id}?claim=${claim.id}`);
  const panel = page.getByRole('complementary', { name: 'Claim details' });
  const explanation = panel.getByLabel('Explanation');
  await expect(explanation).toBeEditable();
  // From here the page's time moves only when the test moves it, so "while typing" is exact.
  await page.clock.pauseAt(Date.now() + 1_000);
  const tick = () => page.clock.runFor(5);
  await explanation.fill('The budget office published a cost estimate');

  // Meanwhile the teammate writes their own explanation. The editor keeps typing for two
  // seconds: the autosave waits for a pause in typing, the page's polls go on and bring it.
  await api(baseURL!, token, 'PATCH', `/api/v1/claims/${claim.id}`, { version: claim.version, explanation: 'Costing was published.' });
  for (const word of [' in', ' March', ' last', ' year.']) {
    await page.clock.runFor(500);
    await explanation.pressSequentially(word);
  }
  const notice = panel.getByRole('alert').filter({ hasText: 'A teammate changed this field while you were typing' });
  await expect.poll(async () => (await tick(), notice.isVisible())).toBe(true);
  await expect(notice).toContainText('Costing was published.');
  await expect(explanation).toHaveValue('The budget office published a cost estimate in March last year.');

  // Leaving the field and waiting does not save over the teammate either.
  await panel.getByLabel('Claimant').focus();
  await page.clock.runFor(2_000);
  expect((await readClaim()).explanation).toBe('Costing was published.');

  // The editor decides to keep their own text: now it is saved, knowingly.
  await notice.getByRole('button', { name: 'Keep mine' }).click();
  await expect(notice).toBeHidden();
  await expect.poll(async () => (await tick(), (await readClaim()).explanation)).toBe('The budget office published a cost estimate in March last year.');
});

test("a teammate's verdict arriving does not undo the text being selected", async ({ signedInPage: page, user, baseURL }) => {
  const { token, article } = await setUp(baseURL!, user.email);
  const claim = await api<Claim>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'the new harbour will create 4,000 jobs' },
  });
  await page.goto(`/articles/${article.id}`);
  await selectPhrase(page, 'The mayor said');
  await expect(page.getByRole('button', { name: 'Mark claim' })).toBeVisible();

  // The verdict lands in the same paragraph while the selection is still there.
  await api(baseURL!, token, 'PATCH', `/api/v1/claims/${claim.id}`, { version: claim.version, verdict: 'mostly_false' });
  await expect(page.getByRole('complementary', { name: 'Claims' }).getByText('Mostly false')).toBeVisible();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('The mayor said');
  await expect(page.getByRole('button', { name: 'Mark claim' })).toBeVisible();

  // Once the selection is gone, the highlight takes the verdict's colour.
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  await expect(page.locator(`mark[data-claim-ids~="${claim.id}"]`).first()).toHaveClass(/tone-mostly-false/);
});
