// Playwright fixtures for Factdesk's journeys. Each test gets a user nobody else knows, made by
// the admin command line's own data-layer functions against the run's database (npm test drops that database afterwards,
// so nothing is left behind). Journeys sign in through the real form, like a person would.
import { test as base, expect, type Page } from '@playwright/test';
import { createUser, uniqueUser, type TestUser } from '../integration/support/test-users';
import { openMailbox } from '../integration/support/mailbox';

export type { TestUser };

export async function signIn(page: Page, user: Pick<TestUser, 'email' | 'password'>): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/articles$/);
}

/** Fills the sign-up form and sends it, then follows the link emailed to the new address. */
export async function submitSignUp(page: Page, user: TestUser): Promise<void> {
  await page.getByLabel('Your name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByLabel('Newsroom or team name').fill(user.workspace);
  // The test server has a mail relay (scripts/test.sh), so sign-up answers "check your email" for
  // any address, and the link in the email confirms it and signs in (decision 018). The round trip
  // through the relay and a second page load are time the journey did not have to spend before.
  base.info().setTimeout(base.info().timeout + 15_000);
  const mailbox = await openMailbox();
  try {
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('status')).toHaveText(/Check your email/);
    const link = (await mailbox.messageTo(user.email)).text?.match(/\S+\/verify-email\?\S+/)?.[0];
    if (!link) throw new Error(`The email to ${user.email} has no confirmation link.`);
    await page.goto(link);
  } finally {
    await mailbox.close();
  }
}

export async function signUp(page: Page, user: TestUser): Promise<void> {
  await page.goto('/sign-up');
  await submitSignUp(page, user);
  await expect(page).toHaveURL(/\/articles$/);
}

type Fixtures = {
  /** A user who exists, with a workspace of their own; not signed in. */
  user: TestUser;
  /** Details for a user who does not exist yet, for journeys that sign up through the page. */
  newUser: TestUser;
  /** The page, signed in as `user`, on the article list. */
  signedInPage: Page;
};

export const test = base.extend<Fixtures>({
  // Playwright reads the fixtures a fixture needs from its first parameter: it must be a pattern.
  user: async ({}, use) => {
    await use(await createUser('browser'));
  },
  newUser: async ({}, use) => {
    await use(uniqueUser('sign-up'));
  },
  signedInPage: async ({ page, user }, use) => {
    await signIn(page, user);
    await use(page);
  },
});

export { expect };
