// Journey: an admin connects the newsroom's CMS. They add an endpoint for new articles, copy its
// signing secret from the one place it is shown, and, once an article arrives, see the delivery
// in the log with the receiver's answer; "send again" adds a second attempt.
import { accessibilityViolations } from './accessibility';
import { callApi } from './api-as-teammate';
import { expect, test } from './fixtures';
import { createToken } from '../integration/support/test-users';
import { RECEIVER_ORIGIN, signatureIsValid, startReceiver } from '../integration/support/webhook-receiver';

test('an admin adds a webhook, sees its secret once and its deliveries in the log', async ({ signedInPage: page, user, baseURL }) => {
  const receiver = await startReceiver();
  try {
    await page.goto('/settings');
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Webhooks' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();

    await page.getByLabel('Endpoint address').fill(`${RECEIVER_ORIGIN}/cms`);
    await page.getByLabel('Description (optional)').fill('Newsroom CMS');
    await page.getByRole('checkbox', { name: /An article is imported/ }).check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secretField = page.getByLabel(/Signing secret of/);
    await expect(secretField).toHaveValue(/^whsec_/);
    const secret = await secretField.inputValue();
    const item = page.getByRole('list', { name: 'Endpoints' }).getByRole('listitem').filter({ hasText: 'Newsroom CMS' });
    await expect(item).toContainText('article.created');
    expect(await accessibilityViolations(page)).toEqual([]);

    const token = await createToken(user.email);
    await callApi(baseURL!, token, 'POST', '/api/v1/articles', { title: 'Harbour report', text: 'The harbour bridge carried 40,000 cars a day.' });

    await item.getByRole('button', { name: 'Show deliveries' }).click();
    const log = item.getByRole('table', { name: 'Deliveries, newest first' });
    await expect(log.getByRole('row').filter({ hasText: 'article.created' })).toContainText('Delivered');
    await expect(log).toContainText('HTTP 200');
    expect(signatureIsValid(secret, receiver.to('/cms')[0]!)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    await log.getByRole('button', { name: /^Send again/ }).click();
    await expect(log.getByText('sent again')).toBeVisible();
    expect(receiver.to('/cms').map((m) => m.headers['webhook-id'])).toEqual([receiver.to('/cms')[0]!.headers['webhook-id'], receiver.to('/cms')[0]!.headers['webhook-id']]);

    // Shown once: after a reload the secret is nowhere on the page.
    await page.reload();
    await expect(page.getByLabel(/Signing secret of/)).toHaveCount(0);
    await expect(page.getByText(secret)).toHaveCount(0);
  } finally {
    await receiver.close();
  }
});
