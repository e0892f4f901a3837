// Playwright fixtures for Factdesk's journeys. Each test gets a user nobody else knows, made by
// the admin command line's own data-layer functions against the run's database (npm test drops that database afterwards,
// so nothing is left behind). Journeys sign in through the real form, like a person would.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
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

/**
 * Records every Content-Security-Policy violation in the context's pages. The listener is added
 * before any of the page's own scripts run, and the browser's own scripts are not subject to it.
 */
async function watchPolicy(context: BrowserContext, violations: string[]): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  context.on('console', (message) => {
    if (message.text().startsWith('CSP violation:')) violations.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
  });
}

type Fixtures = {
  /**
   * Content-Security-Policy violations seen so far, in every page of every context of the test
   * (its own and those it opens with browser.newContext). Any left at the end fail the test, so
   * every journey proves that it runs under the policy (decision 019).
   */
  policyViolations: string[];
  /** A user who exists, with a workspace of their own; not signed in. */
  user: TestUser;
  /** Details for a user who does not exist yet, for journeys that sign up through the page. */
  newUser: TestUser;
  /** The page, signed in as `user`, on the article list. */
  signedInPage: Page;
};

export const test = base.extend<Fixtures>({
  policyViolations: [
    async ({ browser, context }, use) => {
      const violations: string[] = [];
      await watchPolicy(context, violations);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const opened = await newContext(options);
        await watchPolicy(opened, violations);
        return opened;
      };
      try {
        await use(violations);
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
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
