// Journey: a freshly imported article shows suggested claims as faint marks and a list beside
// the text, each with why. The checker accepts one with M (it becomes a claim, the panel opens)
// and dismisses another from the keyboard; nothing else changes. axe clean.
import { accessibilityViolations } from './accessibility';
import { createToken } from '../integration/support/test-users';
import { setSelfApproval } from '../integration/support/workspace-settings';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';
import { publishOnDesk } from './published-claim';

const REPEATED = 'About 2,000 American troops are in Syria, according to the Pentagon.';
const WORTHY = 'Exports rose by 43% in 2025, the highest figure on record.';

test('accept and dismiss suggested claims on a fresh import', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  await setSelfApproval(user.workspace, true);
  await publishOnDesk(baseURL!, token, 'Earlier', 'The Pentagon says about 2,000 US troops are deployed in Syria.');
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Fresh import',
    text: `${REPEATED} ${WORTHY} I think the new stadium is a wonderful idea.`,
  });

  await page.goto(`/articles/${article.id}`);
  const list = page.getByRole('region', { name: /Suggested claims/ });
  await expect(list.getByRole('button', { name: REPEATED })).toBeVisible();
  await expect(list.getByText(/^Your desk rated this False on/)).toBeVisible();
  await expect(list.getByRole('button', { name: WORTHY })).toBeVisible();
  await expect(list.getByRole('button', { name: /stadium/ })).toHaveCount(0);
  // Faint marks in the text (CSS Custom Highlight API): one per suggestion.
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('claim-suggestion')?.size ?? 0)).toBe(2);
  expect(await accessibilityViolations(page)).toEqual([]);

  // Dismiss from the keyboard: focus the suggestion, Tab to its dismiss control.
  await list.getByRole('button', { name: WORTHY }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button', { name: 'Dismiss suggestion' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('button', { name: WORTHY })).toHaveCount(0);

  // N chooses the next suggestion and M accepts it: a claim, through the usual create call.
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('n');
  await expect(list.getByRole('button', { name: REPEATED })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('m');
  const panel = page.getByRole('complementary', { name: 'Claim details' });
  await expect(panel.getByRole('heading', { name: 'Claim' })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Already checked?' }).getByText(/Why: .*2,000/)).toBeVisible();
  await expect(page.getByRole('region', { name: /Suggested claims/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: /Suggested claims/ })).toHaveCount(0);
});

test('a suggestion’s faint mark stays when a claim in its paragraph is opened', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'One paragraph',
    text: `The mayor opened the bridge on Monday. ${WORTHY}`,
  });
  await api(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'opened the bridge on Monday' } });

  await page.goto(`/articles/${article.id}`);
  const faint = () => page.evaluate(() => [...(CSS.highlights.get('claim-suggestion') ?? [])].map((range) => String(range)));
  await expect.poll(faint).toContain(WORTHY);
  // Opening the claim rewrites its paragraph (the reader writes each one as HTML): the faint
  // mark is drawn again over the new text, not left on the old one.
  await page.locator('article div[data-interactive]').waitFor();
  await page.getByRole('list', { name: 'Claims in document order' }).getByRole('button').first().click();
  await expect(page.locator('mark[data-active="true"]')).toHaveCount(1);
  await expect.poll(faint).toContain(WORTHY);
});

test('each suggestion of a text of several paragraphs has its own faint mark on its own words', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const paragraphs = [
    `The mayor opened the bridge on Monday. ${WORTHY}`,
    'Unemployment fell to 4.1% in March, the lowest rate since 2001, the statistics office said.',
    'I think the new stadium is a wonderful idea.',
    'The price of bread rose by 12% last year, according to the national bakers’ union.',
  ];
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', { title: 'Several paragraphs', text: paragraphs.join('\n\n') });
  // A claim before a suggestion in the same paragraph: the suggestion's words lie past a mark.
  await api(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'opened the bridge on Monday' } });

  await page.goto(`/articles/${article.id}`);
  const list = page.getByRole('region', { name: /Suggested claims/ });
  await expect(list.getByRole('button', { name: WORTHY })).toBeVisible();
  const suggested = await list.getByRole('button').filter({ hasNotText: 'Dismiss' }).allTextContents();
  expect(suggested.length).toBeGreaterThanOrEqual(3);
  // One faint mark per suggestion, each over exactly the words the list shows.
  const faint = () => page.evaluate(() => [...(CSS.highlights.get('claim-suggestion') ?? [])].map((range) => String(range)).sort());
  await expect.poll(faint).toEqual([...suggested].map((s) => s.trim()).sort());
});
