// Journey: an editor shares a published verdict and the article's review; a reader who is not
// signed in opens the links (with and without JavaScript) and sees the verdict card; after the
// editor revokes the link, the reader gets the "no longer available" page (410).
import { accessibilityViolations } from './accessibility';
import type { Browser, Page } from '@playwright/test';
import { createToken } from '../integration/support/test-users';
import { setSelfApproval } from '../integration/support/workspace-settings';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';


async function anonymousPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(options);
  return context.newPage();
}

test('a reader opens a shared verdict without signing in, until the link is revoked', async ({ signedInPage: page, user, baseURL, browser }) => {
  // Three readers' browsers and three accessibility scans: longer than one page's journey.
  test.slow();
  const token = await createToken(user.email);
  // The editor is the workspace's only member and publishes their own verdict.
  await setSelfApproval(user.workspace, true);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Harbour vote',
    outlet: 'Harbour Gazette',
    text: 'The council said 8,000 residents signed the harbour petition.\n\nThe vote is due in March, the mayor claimed.',
  });
  const mark = (exact: string, statement: string) =>
    api<{ id: string; version: number }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
      selector: { type: 'TextQuoteSelector', exact },
      statement,
    });
  const claim = await mark('8,000 residents signed the harbour petition', '8,000 residents signed the harbour petition.');
  await api(baseURL!, token, 'PATCH', `/api/v1/claims/${claim.id}`, {
    version: claim.version,
    verdict: 'mostly_false',
    status: 'published',
    claimant: 'The council',
    explanation: 'The petition office counted 6,100 signatures.',
  });
  await mark('The vote is due in March', 'The vote is due in March (unchecked draft).');

  // The editor makes a link to the verdict in the claim panel.
  await page.goto(`/articles/${article.id}?claim=${claim.id}`);
  const share = page.getByRole('region', { name: 'Share', exact: true });
  await share.getByRole('button', { name: 'Create public link' }).click();
  const verdictUrl = await share.getByRole('textbox', { name: /Public link/ }).inputValue();
  expect(verdictUrl).toMatch(/\/v\/fds_[A-Za-z0-9_-]{43}$/);

  // A reader with no account sees the verdict card.
  const reader = await anonymousPage(browser);
  const first = await reader.goto(verdictUrl);
  expect(first?.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1, name: '8,000 residents signed the harbour petition.' })).toBeVisible();
  await expect(reader.getByRole('region', { name: 'Verdict' }).getByText('Mostly false')).toBeVisible();
  await expect(reader.getByText('The petition office counted 6,100 signatures.')).toBeVisible();
  await expect(reader.getByText('Claim by The council')).toBeVisible();
  await expect(reader.getByText(user.workspace).first()).toBeVisible();
  await expect(reader.getByText('unchecked draft')).toHaveCount(0);
  expect(await accessibilityViolations(reader)).toEqual([]);

  // The page is complete without JavaScript.
  const noScript = await anonymousPage(browser, { javaScriptEnabled: false });
  await noScript.goto(verdictUrl);
  await expect(noScript.getByRole('heading', { level: 1, name: '8,000 residents signed the harbour petition.' })).toBeVisible();
  await expect(noScript.getByText('Mostly false').first()).toBeVisible();

  // The article's review: the published verdict highlighted, the draft nowhere.
  const shareReview = page.locator('details', { hasText: 'Share review' });
  await shareReview.getByText('Share review', { exact: true }).click();
  await shareReview.getByRole('button', { name: 'Create review link' }).click();
  const reviewUrl = await shareReview.getByRole('textbox', { name: /Public link/ }).inputValue();
  await noScript.goto(reviewUrl);
  await expect(noScript.getByRole('heading', { level: 1, name: 'Harbour vote' })).toBeVisible();
  await expect(noScript.locator('mark', { hasText: '8,000 residents signed the harbour petition' })).toBeVisible();
  await expect(noScript.getByText('unchecked draft')).toHaveCount(0);
  await reader.goto(reviewUrl);
  expect(await accessibilityViolations(reader)).toEqual([]);

  // The editor revokes the verdict link; the reader now gets a clear 410 page.
  await page.goto(`/articles/${article.id}?claim=${claim.id}`);
  await share.getByRole('button', { name: /^Revoke link/ }).click();
  await share.getByRole('button', { name: 'Confirm revoke' }).click();
  await expect(share.getByText('No live links.')).toBeVisible();
  // The first reader opens it again: their browser kept the page, but must ask before reusing it
  // (Cache-Control: no-cache, docs/decisions/032), so it gets the 410 at once.
  const gone = await reader.goto(verdictUrl);
  expect(gone?.status()).toBe(410);
  await expect(reader.getByRole('heading', { name: 'This link is no longer available' })).toBeVisible();
  expect(await accessibilityViolations(reader)).toEqual([]);
});
