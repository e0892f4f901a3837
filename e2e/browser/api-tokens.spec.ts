// Journey: a member makes a read-only API token in the settings, copies it from the one place it
// is ever shown, uses it from a script (reads work, a write is refused), then revokes it and the
// script is turned away.
import { accessibilityViolations } from './accessibility';
import { expect, test } from './fixtures';

test('a member makes a read-only token, sees it once, uses it and revokes it', async ({ signedInPage: page, baseURL }) => {
  await page.goto('/settings');
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'API tokens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();

  await page.getByLabel('Token name').fill('Newsletter script');
  await page.getByRole('radio', { name: /Read only/ }).check();
  await page.getByRole('button', { name: 'Make token' }).click();
  const secretField = page.getByLabel(/New token “Newsletter script”/);
  await expect(secretField).toHaveValue(/^fd_/);
  const secret = await secretField.inputValue();
  const yours = page.getByRole('list', { name: 'Your tokens' });
  await expect(yours.getByRole('listitem').filter({ hasText: 'Newsletter script' })).toContainText('Read only');
  await expect(yours.getByRole('listitem').filter({ hasText: 'Newsletter script' })).toContainText('never used');
  expect(await accessibilityViolations(page)).toEqual([]);

  const call = (method: string, body?: unknown) =>
    fetch(`${baseURL}/api/v1/articles`, {
      method,
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  expect((await call('GET')).status).toBe(200);
  expect((await call('POST', { title: 'Not allowed', text: 'A read-only token writes nothing.' })).status).toBe(403);

  // Shown once: after a reload only the start of it is listed, with its last use.
  await page.reload();
  await expect(page.getByLabel(/New token “Newsletter script”/)).toHaveCount(0);
  await expect(page.getByText(secret)).toHaveCount(0);
  const item = page.getByRole('list', { name: 'Your tokens' }).getByRole('listitem').filter({ hasText: 'Newsletter script' });
  await expect(item).toContainText('last used');

  await item.getByRole('button', { name: 'Revoke token Newsletter script' }).click();
  await item.getByRole('button', { name: 'Confirm revoke' }).click();
  await expect(page.getByRole('region', { name: 'Your tokens' }).getByText('No live tokens.')).toBeVisible();
  // The list drops it at once; the server has revoked it when the toast says so.
  await expect(page.getByText('Token “Newsletter script” revoked: it no longer works.')).toBeVisible();
  expect((await call('GET')).status).toBe(401);
});
