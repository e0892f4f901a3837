// Journey: someone signs up with an address that already has an account. With the mail relay the
// test server has, the page answers as it does for a new address, and only the address's owner
// hears, by email, that someone tried (decision 018).
import { openMailbox } from '../integration/support/mailbox';
import { expect, test } from './fixtures';

test('signing up with a taken address reads exactly like signing up with a new one', async ({ page, user, newUser }) => {
  const answerFor = async (email: string) => {
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Someone Else');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a-password-of-their-own');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('status')).toBeVisible();
    return { text: await page.getByRole('status').textContent(), url: page.url() };
  };

  const mailbox = await openMailbox();
  try {
    const taken = await answerFor(user.email);
    const fresh = await answerFor(newUser.email);
    expect(taken).toEqual(fresh);
    expect(taken.text).toMatch(/^Check your email/);
    expect((await mailbox.messageTo(user.email)).subject).toBe('Someone tried to sign up to Factdesk with your address');
    expect((await mailbox.messageTo(newUser.email)).subject).toBe('Confirm your email to finish creating your Factdesk account');
  } finally {
    await mailbox.close();
  }
});
