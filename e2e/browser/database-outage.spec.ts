// Journey: a signed-in editor opens Factdesk on an instance that has lost its database. Instead of
// "something went wrong", the page says what is wrong and that nothing is lost.
import { startInstance, stopInstance } from '../integration/support/app-process';
import { expect, test } from './fixtures';

test('a page on an instance without its database says so in words', async ({ signedInPage: page }) => {
  // Same host, another port: the browser sends the session cookie there too.
  const instance = await startInstance({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/factdesk', FACTDESK_DB_ACQUIRE_TIMEOUT_MS: '1000' });
  try {
    await page.goto(`${instance.url}/articles`);
    await expect(page.getByRole('heading', { name: 'Factdesk can’t reach its database' })).toBeVisible();
    await expect(page.getByText('Nothing is lost: try again in a moment.')).toBeVisible();
  } finally {
    await stopInstance(instance);
  }
});
