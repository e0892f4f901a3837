// Journey: an editor narrows the article list to one outlet and a few words, reloads (the
// filters are in the address, so the list stays narrowed), finds nothing for a stricter filter,
// and clears the filters. The filtered page is checked by axe.
import { accessibilityViolations } from './accessibility';
import { createToken } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';

test('filter the article list, reload, clear', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const add = (title: string, outlet: string, text: string) => api(baseURL!, token, 'POST', '/api/v1/articles', { title, outlet, text });
  await add('Ferry timetable changes', 'Harbour Gazette', 'The ferry now leaves at 7 in the morning.');
  await add('Lighthouse restored', 'Harbour Gazette', 'The quartermaster ordered 2,000 lanterns.');
  await add('Grain prices fall', 'Inland Times', 'Wheat exports fell by 30 percent.');

  await page.goto('/articles');
  const titles = page.getByRole('list').first().getByRole('heading', { level: 2 });
  await expect(titles).toHaveText(['Grain prices fall', 'Lighthouse restored', 'Ferry timetable changes']);

  await page.getByLabel('Outlet').selectOption('Harbour Gazette');
  await expect(page).toHaveURL(/\/articles\?outlet=Harbour\+Gazette$/);
  await expect(titles).toHaveText(['Lighthouse restored', 'Ferry timetable changes']);

  // A typo and a number written without its comma, as the header search forgives them.
  await page.getByLabel('Search articles').fill('lantrns 2000');
  await page.getByLabel('Search articles').press('Enter');
  await expect(page).toHaveURL(/[?&]q=lantrns\+2000/);
  await expect(titles).toHaveText(['Lighthouse restored']);

  await page.reload();
  await expect(titles).toHaveText(['Lighthouse restored']);
  await expect(page.getByLabel('Outlet')).toHaveValue('Harbour Gazette');
  await expect(page.getByLabel('Search articles')).toHaveValue('lantrns 2000');
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByLabel('Claims waiting for review').check();
  await expect(page.getByRole('heading', { name: 'No articles match these filters' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // Back returns to the previous filters.
  await page.goBack();
  await expect(titles).toHaveText(['Lighthouse restored']);
  await expect(page.getByLabel('Claims waiting for review')).not.toBeChecked();

  await page.getByRole('link', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL(/\/articles$/);
  await expect(titles).toHaveText(['Grain prices fall', 'Lighthouse restored', 'Ferry timetable changes']);
});
