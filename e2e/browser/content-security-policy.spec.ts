// Story: someone manages to get a script into a page's HTML (a bug in a sanitiser, a compromised
// proxy). The browser refuses to run it, because it lacks the response's nonce, while the page's
// own scripts run as usual (decision 019). Every other journey proves the same policy never gets
// in a person's way: the fixtures fail any test that meets a violation.
import { expect, signIn, test } from './fixtures';

test('a script injected into the page without the nonce does not run, and the page still works', async ({ page, user, policyViolations }) => {
  // The sign-in page as the server sent it (with its policy header), plus an attacker's markup.
  await page.route('**/sign-in', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '</body>',
      '<script>window.injected = "inline";</script><img src="/no-such-image.png" alt="" onerror="window.injected = \'handler\'"></body>',
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  // The page's own scripts ran (Next's inline bootstrap carries the nonce)...
  await expect.poll(() => page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown }).__next_f))).toBe(true);
  // ...the injected ones did not, and the browser said why.
  expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
  await expect.poll(() => policyViolations.length).toBeGreaterThanOrEqual(2);
  expect(policyViolations.every((v) => v.includes('script-src'))).toBe(true);
  // These violations were the point of the test; the journey itself must meet none.
  policyViolations.length = 0;
  await page.unroute('**/sign-in');

  await signIn(page, user);
  await expect(page.getByRole('heading', { name: 'Articles', exact: true })).toBeVisible();
});
