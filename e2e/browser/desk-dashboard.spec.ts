// Journey: an editor opens the desk dashboard from the header, reads this week's work in the
// chart and in its table, narrows it to an outlet, and downloads a table as CSV.
import { accessibilityViolations } from './accessibility';
import { createToken } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';

test('an editor reads the desk dashboard, filters it and downloads a table', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  for (const outlet of ['Daily Planet', 'Gazette']) {
    const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', { title: `${outlet} story`, outlet, text: `The ${outlet} said rents rose by a fifth.` });
    await api(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'rents rose by a fifth' } });
  }

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Desk dashboard' })).toBeVisible();
  const weekly = page.getByRole('region', { name: 'Claims per week' });
  await expect(weekly.getByRole('img', { name: /2 marked/ })).toBeVisible();
  await weekly.getByText('Show as a table').click();
  await expect(weekly.getByRole('table').getByRole('row').last()).toContainText('2');
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByLabel('Outlet').selectOption('Gazette');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/outlet=Gazette/);
  await expect(page.getByRole('region', { name: 'Claims per week' }).getByRole('img', { name: /1 marked/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Open claims by status' }).getByRole('img', { name: /To check: 1/ })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region', { name: 'Claims per week' }).getByRole('link', { name: /Download CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^dashboard-weekly-.+\.csv$/);
});
