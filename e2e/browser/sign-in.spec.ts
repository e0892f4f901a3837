// Journey: someone opens Factdesk's sign-in page, mistypes their password, then signs in.
import { accessibilityViolations } from './accessibility';
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

const GENERIC_ERROR = 'The email or password is incorrect.';

// The form's own alert: Next's route announcer is an (empty) alert of the page as well.
const formError = (page: Page) => page.locator('form').getByRole('alert');

test('the sign-in page renders its form', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page).toHaveTitle(/Sign in/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('Email')).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveAttribute('type', 'password');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await expect(page.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/sign-up');
});

test('a wrong password and an unknown email get the same generic error', async ({ page, user }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(`${user.password}-typo`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(formError(page)).toHaveText(GENERIC_ERROR);
  await expect(page).toHaveURL(/\/sign-in/);
  // The email stays filled in, so only the password needs retyping.
  await expect(page.getByLabel('Email')).toHaveValue(user.email);

  // A fresh page, so the error seen next can only come from this attempt.
  await page.goto('/sign-in');
  await expect(formError(page)).toHaveCount(0);
  await page.getByLabel('Email').fill(`nobody-${Date.now()}@example.test`);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(formError(page)).toHaveText(GENERIC_ERROR);
});

test('the right password opens the article list', async ({ page, user }) => {
  await signIn(page, user);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the sign-in page has no WCAG 2.1 A/AA violations', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});
