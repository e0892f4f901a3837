// Journey: an admin invites a colleague by email from the members page; the colleague, who has
// no account yet, opens the emailed link, signs up (confirming the address by email), comes back
// to the invitation, joins with the role it carries, and switches between the invited workspace
// and their own with the header's switcher.
import { accessibilityViolations } from './accessibility';
import type { Page } from '@playwright/test';
import { addMember, createUser } from '../integration/support/test-users';
import { openMailbox } from '../integration/support/mailbox';
import { expect, submitSignUp, test } from './fixtures';

const switcher = (page: Page) => page.getByRole('button', { name: /^Workspace:/ });

test('a colleague joins through an invitation link with its role and switches workspaces', async ({ signedInPage: page, user, newUser, browser, baseURL }) => {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Workspace settings' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('heading', { name: 'Members', level: 1 })).toBeVisible();

  await page.getByLabel('Role', { exact: true }).selectOption('editor');
  await page.getByLabel('Email (optional)').fill(newUser.email);
  // The test relay the app sends through (FACTDESK_SMTP_URL in scripts/test.sh) receives the email.
  const mailbox = await openMailbox();
  let emailed: string | undefined;
  try {
    await page.getByRole('button', { name: 'Create invitation link' }).click();
    await expect(page.getByText(`Emailing the link to ${newUser.email}: the pending invitations below show when it has gone.`)).toBeVisible();
    emailed = (await mailbox.messageTo(newUser.email)).text?.match(/\S+\/invite\/\S+/)?.[0];
    // A background job sent it; the pending list, refreshed while the email is on its way, says so.
    await expect(page.getByText(`Email sent to ${newUser.email}.`)).toBeVisible();
  } finally {
    await mailbox.close();
  }
  const linkField = page.getByLabel('Invitation link (Editor)');
  await expect(linkField).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  expect(emailed).toBe(await linkField.inputValue());
  const link = emailed!;
  await expect(page.getByRole('listitem').filter({ hasText: `Editor for ${newUser.email}` })).toBeVisible();

  const context = await browser.newContext({ baseURL });
  const guest = await context.newPage();
  await guest.goto(link);
  await expect(guest.getByRole('heading', { name: `Join ${user.workspace}` })).toBeVisible();
  await expect(guest.getByText(/as Editor/)).toBeVisible();
  await guest.getByRole('link', { name: 'Create an account' }).click();
  await submitSignUp(guest, newUser);

  // Back on the invitation (the confirmation link leads there), now signed in.
  await expect(guest).toHaveURL(new RegExp(`/invite/`));
  await expect(guest.getByText(`You are signed in as ${newUser.name}.`)).toBeVisible();
  await guest.getByRole('button', { name: 'Join' }).click();
  await expect(guest).toHaveURL(/\/articles$/);
  await expect(switcher(guest)).toHaveAccessibleName(`Workspace: ${user.workspace} · Editor`);

  // The link worked once.
  await guest.goto(link);
  await expect(guest.getByRole('heading', { name: 'This invitation cannot be used' })).toBeVisible();
  await expect(guest.getByText(/already been used/)).toBeVisible();

  // Their own workspace is one click away.
  await guest.goto('/articles');
  await switcher(guest).click();
  await guest.getByRole('button', { name: new RegExp(`^${newUser.workspace}`) }).click();
  await expect(switcher(guest)).toHaveAccessibleName(`Workspace: ${newUser.workspace} · Admin`);
  await switcher(guest).click();
  await guest.getByRole('button', { name: new RegExp(`^${user.workspace}`) }).click();
  await expect(switcher(guest)).toHaveAccessibleName(`Workspace: ${user.workspace} · Editor`);
  await context.close();

  // The admin sees the new editor among the members, and the invitation gone from the pending list.
  await page.reload();
  await expect(page.getByLabel(`Role of ${newUser.name}`)).toHaveValue('editor');
  await expect(page.getByText(`Editor for ${newUser.email}`)).toHaveCount(0);
});

test('an admin changes a role and removes a member, confirming first', async ({ signedInPage: page, user }) => {
  const colleague = await createUser('colleague');
  await addMember(colleague.email, user.workspace, 'viewer');
  await page.goto('/settings/members');
  await page.getByLabel(`Role of ${colleague.name}`).selectOption('checker');
  await expect(page.getByRole('row').filter({ hasText: colleague.email }).getByRole('status')).toHaveText('Role saved');
  await page.reload();
  await expect(page.getByLabel(`Role of ${colleague.name}`)).toHaveValue('checker');

  // The only admin cannot step down: the refusal says why and the role stays.
  await page.getByLabel(`Role of ${user.name}`).selectOption('viewer');
  await expect(page.getByRole('alert').filter({ hasText: 'only admin' })).toBeVisible();
  await expect(page.getByLabel(`Role of ${user.name}`)).toHaveValue('admin');

  const row = page.getByRole('row').filter({ hasText: colleague.email });
  await row.getByRole('button', { name: `Remove ${colleague.name}` }).click();
  await expect(row.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await row.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: colleague.email })).toHaveCount(0);
});

test('the settings pages and the invitation page have no WCAG 2.1 A/AA violations', async ({ signedInPage: page }) => {
  await page.goto('/settings');
  await expect(page.getByRole('button', { name: 'Save settings' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByLabel('Organisation website').fill('https://desk.example.org/');
  await page.getByLabel('Allow an editor to approve their own proposals').check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Organisation website')).toHaveValue('https://desk.example.org/');
  await expect(page.getByLabel('Allow an editor to approve their own proposals')).toBeChecked();

  await page.goto('/settings/members');
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await page.getByLabel(/^Invitation link/).inputValue();
  expect(await accessibilityViolations(page)).toEqual([]);

  // The admin opening their own desk's link is told they are in already; the link stays unused.
  await page.goto(link);
  await expect(page.getByText(/You are already a member of .*, as Admin/)).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: /^Open / }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await page.goto('/settings/members');
  await expect(page.getByRole('heading', { name: 'Pending invitations' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Revoke/ })).toHaveCount(1);
});

test('a viewer sees the members but no controls, and is told who can change things', async ({ page, user }) => {
  const viewer = await createUser('viewer');
  await addMember(viewer.email, user.workspace, 'viewer');
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(viewer.email);
  await page.getByLabel('Password').fill(viewer.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await switcher(page).click();
  await page.getByRole('button', { name: new RegExp(`^${user.workspace}`) }).click();
  await expect(switcher(page)).toHaveAccessibleName(`Workspace: ${user.workspace} · Viewer`);

  await page.goto('/settings');
  await expect(page.getByText('Only admins of this workspace can change its settings.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
  await page.goto('/settings/members');
  await expect(page.getByRole('row').filter({ hasText: user.email })).toContainText('Admin');
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Create invitation link' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Share links' })).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);
});
