// Journey: an editor opens the desk-wide claims view, narrows it to one claimant, reloads (the
// filters stay), sends the address to a colleague (a fresh, signed-in page shows the same rows),
// sorts by a column, saves the view, reopens it later from the list, deletes it, and opens a
// claim on its article. axe checks the page.
import { accessibilityViolations } from './accessibility';
import { createToken } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { expect, signIn, test } from './fixtures';

test('filter the claims view, reload and share it, save the view and reopen it', async ({ signedInPage: page, user, baseURL, browser }) => {
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Harbour budget story',
    outlet: 'Harbour Gazette',
    text: 'The port authority spent 40 million on cranes. Ferry fares rose by a third. The city hall promised new buses.',
  });
  const mark = (exact: string, statement: string, claimant: string) =>
    api<{ id: string }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact }, statement, claimant });
  const cranes = await mark('The port authority spent 40 million on cranes', 'The port spent 40 million on cranes', 'Harbour Authority');
  await mark('Ferry fares rose by a third', 'Ferry fares rose by a third', 'Harbour Authority');
  await mark('The city hall promised new buses', 'The city promised new buses', 'City Hall');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Claims', exact: true }).click();
  await expect(page).toHaveURL(/\/claims$/);
  const table = page.getByRole('table');
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(4); // the header and three claims
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('3 claims match');

  const filters = page.getByRole('form', { name: 'Filter claims' });
  await filters.getByLabel('Claimant').fill('harbour');
  await filters.getByRole('checkbox', { name: 'To check' }).check();
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\/claims\?.*claimant=harbour/);
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('2 claims match');

  await page.reload();
  await expect(page.getByRole('form', { name: 'Filter claims' }).getByLabel('Claimant')).toHaveValue('harbour');
  await expect(page.getByRole('checkbox', { name: 'To check' })).toBeChecked();
  await expect(rows).toHaveCount(3);

  // Sort by statement: the header says so, and the address keeps it with the filters.
  await table.getByRole('link', { name: 'Statement' }).click();
  await expect(page).toHaveURL(/sort=statement&dir=asc/);
  await expect(table.getByRole('columnheader', { name: /Statement/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.nth(1)).toContainText('Ferry fares rose by a third');
  const shared = page.url();

  // A colleague opens the same address in a browser of their own (signed in as a member).
  const context = await browser.newContext({ baseURL });
  const colleague = await context.newPage();
  await signIn(colleague, user);
  await colleague.goto(shared);
  await expect(colleague.getByRole('table').getByRole('row')).toHaveCount(3);
  await expect(colleague.getByRole('table').getByRole('row').nth(1)).toContainText('Ferry fares rose by a third');
  await context.close();

  // Save the view, leave it, and come back to it from the list.
  await page.getByLabel('Name of this view').fill('Harbour claims to check');
  await page.getByRole('button', { name: 'Save view' }).click();
  const saved = page.getByRole('region', { name: 'Saved views' });
  await expect(saved.getByRole('link', { name: 'Harbour claims to check' })).toHaveAttribute('aria-current', 'page');
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/claims$/);
  await expect(rows).toHaveCount(4);
  await saved.getByRole('link', { name: 'Harbour claims to check' }).click();
  await expect(page).toHaveURL(/claimant=harbour/);
  await expect(rows).toHaveCount(3);
  await page.goBack();
  await expect(page).toHaveURL(/\/claims$/);
  await expect(rows).toHaveCount(4);

  // Nothing matches: say so, and offer the way back.
  await page.getByRole('form', { name: 'Filter claims' }).getByLabel('Claimant').fill('nobody at all');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('No claims match these filters')).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Clear filters' }).last().click();
  await expect(rows).toHaveCount(4);

  // Delete the saved view, after a confirmation.
  await saved.getByRole('button', { name: 'Delete view “Harbour claims to check”' }).click();
  await saved.getByRole('button', { name: 'Delete “Harbour claims to check”' }).click();
  await expect(saved.getByRole('link', { name: 'Harbour claims to check' })).toHaveCount(0);
  await expect(saved).toContainText('No saved views yet');

  // A row opens its claim on the article, the panel open.
  await table.getByRole('link', { name: 'The port spent 40 million on cranes' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=${cranes.id}$`));
  await expect(page.getByRole('complementary', { name: 'Claim details' })).toBeVisible();
});
