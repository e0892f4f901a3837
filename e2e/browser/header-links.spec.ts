// Journey: a member opens a page and moves to another section from the header. The header is on
// every page: its links fetch their page ahead only when the member heads for one (pointer or
// keyboard), not all of them on every page view (18 server renders a view before). Decision 043.
import { expect, test } from './fixtures';

test('the header fetches a section ahead only when the member heads for its link', async ({ signedInPage: page }) => {
  const ahead: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    // The page's own path is left out: Next may refresh the page it shows, which is no prefetch.
    if (url.searchParams.has('_rsc') && url.pathname !== '/articles/new') ahead.push(url.pathname);
  });
  await page.goto('/articles/new');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Claims', exact: true })).toHaveAttribute('data-interactive');

  await nav.getByRole('link', { name: 'Claims', exact: true }).hover();
  // The keyboard reaches a link the same way.
  await nav.getByRole('link', { name: 'Settings' }).focus();
  // Those two, and nothing else, though every link has been on screen since the page started.
  await expect.poll(() => [...new Set(ahead)].sort()).toEqual(['/claims', '/settings']);

  await nav.getByRole('link', { name: 'Claims', exact: true }).click();
  await expect(page).toHaveURL(/\/claims$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('on a phone the header links stay on one row that scrolls sideways, the page no wider than the screen', async ({ signedInPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/articles/new');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const links = nav.getByRole('link');
  await expect(links.last()).toHaveAttribute('data-interactive');
  // Every link on the same row (they wrapped into three before).
  const tops = await links.evaluateAll((all) => all.map((a) => Math.round(a.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  // The row scrolls; the page itself does not.
  expect(await nav.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // A link off screen is brought into view when the keyboard reaches it, and it still works.
  const settings = nav.getByRole('link', { name: 'Settings' });
  await settings.focus();
  await expect(settings).toBeInViewport();
  await settings.press('Enter');
  await expect(page).toHaveURL(/\/settings/);
});
