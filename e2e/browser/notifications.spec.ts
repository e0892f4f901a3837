// Journey: a teammate assigns a claim to me while I look at the article list. The bell in the
// header shows 1 without a reload; the inbox lists it; opening it lands on the exact claim and
// the bell goes back to none.
import { addMember, createToken, createUser } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { accessibilityViolations } from './accessibility';
import { expect, test } from './fixtures';

type Claim = { id: string; version: number };

test('a teammate assigns me a claim: the bell rings, and the inbox opens the claim', async ({ signedInPage: page, user, baseURL }) => {
  const teammate = await createUser('checker');
  await addMember(teammate.email, user.workspace, 'editor');
  const token = await createToken(teammate.email, user.workspace);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Ferry fares',
    text: 'The operator said fares rose by 9 percent this spring.\n\nPassengers were not consulted.',
  });
  const claim = await api<Claim>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'fares rose by 9 percent' },
    statement: 'Ferry fares rose by 9 percent this spring.',
  });
  const { members } = await api<{ members: { userId: string; email: string }[] }>(baseURL!, token, 'GET', '/api/v1/members', undefined);
  const me = members.find((m) => m.email === user.email)!;

  await page.goto('/articles');
  const bell = page.getByRole('link', { name: /^Notifications,/ });
  await expect(bell).toHaveAccessibleName('Notifications, none unread');

  await api(baseURL!, token, 'PATCH', `/api/v1/claims/${claim.id}`, { version: claim.version, assigneeId: me.userId });
  await expect(bell).toHaveAccessibleName('Notifications, 1 unread');

  await bell.click();
  await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
  const item = page.getByRole('list', { name: 'Notifications' }).getByRole('link', { name: /assigned a claim to you/ });
  await expect(item).toContainText('Ferry fares rose by 9 percent this spring.');
  expect(await accessibilityViolations(page)).toEqual([]);

  await item.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=${claim.id}$`));
  await expect(page.getByRole('complementary', { name: 'Claim details' })).toBeVisible();
  await expect(bell).toHaveAccessibleName('Notifications, none unread');
});

test('an empty inbox says what will arrive there', async ({ signedInPage: page }) => {
  await page.goto('/notifications');
  await expect(page.getByText('Nothing here yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark all read' })).toBeDisabled();
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('I choose which notifications are emailed, kind by kind', async ({ signedInPage: page }) => {
  await page.goto('/notifications');
  await page.getByRole('link', { name: 'Email settings' }).click();
  await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
  const mentions = page.getByRole('group', { name: 'Someone mentions you in a comment' });
  await expect(mentions.getByRole('radio', { name: 'Daily digest' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'A claim is assigned to you' }).getByRole('radio', { name: 'At once' })).toBeChecked();
  expect(await accessibilityViolations(page)).toEqual([]);

  await mentions.getByRole('radio', { name: 'Off' }).check();
  await page.getByRole('button', { name: 'Save email settings' }).click();
  await expect(page.getByText('Email settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('group', { name: 'Someone mentions you in a comment' }).getByRole('radio', { name: 'Off' })).toBeChecked();
});
