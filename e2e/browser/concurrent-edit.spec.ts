// Journey: an editor has a claim open while a teammate (through the API) changes it first, and
// the editor's page has not heard of it yet (its live updates are cut off here). The editor's
// next change is refused rather than overwriting the teammate's work, and the panel shows the
// teammate's version.
import { createToken } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';

test('a stale edit is refused and the panel shows the teammate’s newer state', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Budget speech',
    text: 'The minister said unemployment fell by 3 percent last year.\n\nThe opposition disputed the figure.',
  });
  const claim = await api<{ id: string; version: number }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'unemployment fell by 3 percent last year' },
    statement: 'Unemployment fell by 3 percent last year.',
  });

  await page.goto(`/articles/${article.id}?claim=${claim.id}`);
  const panel = page.getByRole('complementary', { name: 'Claim details' });
  await expect(panel.getByLabel('Statement')).toHaveValue('Unemployment fell by 3 percent last year.');
  // The editor's connection drops the live updates (polls of the claim list) from now on.
  await page.route(`**/api/v1/articles/${article.id}/claims`, (route) =>
    route.request().method() === 'GET' ? route.abort('internetdisconnected') : route.fallback(),
  );

  // The teammate saves first.
  await api(baseURL!, token, 'PATCH', `/api/v1/claims/${claim.id}`, {
    version: claim.version,
    statement: 'Unemployment fell by 3 percentage points in 2024, the minister said.',
  });

  // The editor, still looking at the old version, changes the verdict.
  await panel.getByLabel('Verdict').selectOption('false');
  await expect(page.getByText('A teammate changed this claim a moment ago')).toBeVisible();
  await expect(panel.getByLabel('Statement')).toHaveValue('Unemployment fell by 3 percentage points in 2024, the minister said.');
  await expect(panel.getByLabel('Verdict')).toHaveValue('');

  // Nothing of the teammate's work was overwritten on the server either.
  await page.unrouteAll();
  await page.reload();
  await expect(panel.getByLabel('Statement')).toHaveValue('Unemployment fell by 3 percentage points in 2024, the minister said.');
  await expect(panel.getByText('Saved · version 2')).toBeVisible();
});
