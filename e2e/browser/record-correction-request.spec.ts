// Journey: an editor asks the publisher to correct a claim from the claim panel, using the
// keyboard; a mistake in the form is pointed out at the field; later they record the answer, the
// outcome and the link to the correction. The desk page then has nothing open left.
import { accessibilityViolations } from './accessibility';
import { createToken } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';

test('an editor records a correction request and its outcome in the claim panel', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Port jobs',
    text: 'The mayor said unemployment in the port fell by 12 percent last year.',
  });
  const claim = await api<{ id: string }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'unemployment in the port fell by 12 percent' },
  });
  await page.goto(`/articles/${article.id}?claim=${claim.id}`);
  const panel = page.getByRole('complementary', { name: 'Claim details' });
  const section = panel.getByRole('region', { name: 'Correction requests' });
  await expect(section.getByText('No one has been asked to correct this claim yet.')).toBeVisible();

  await section.getByRole('button', { name: 'Ask for a correction' }).click();
  const form = section.getByRole('form', { name: 'Record a correction request' });
  await form.getByLabel('Whom').selectOption('publisher');
  await form.getByLabel('Name').fill('Harbour Herald');
  await form.getByLabel('How').selectOption('email');
  // Saved without saying what was asked: the server's message shows at the field.
  await form.getByRole('button', { name: 'Save request' }).click();
  await expect(form.getByText('Say what was asked')).toBeVisible();
  await expect(form.getByLabel('What was asked')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('What was asked').fill('Please correct the figure: the statistics office says 4 percent.');
  await form.getByLabel('Internal note').fill('Their desk editor answers within a week.');
  await form.getByRole('button', { name: 'Save request' }).focus();
  await page.keyboard.press('Enter');
  const item = section.getByRole('listitem', { name: 'Request to The publisher: Harbour Herald' });
  await expect(item.getByText('Awaiting an answer')).toBeVisible();
  await expect(item.getByText(/waiting 0 days/)).toBeVisible();
  await expect(item.getByText('Their desk editor answers within a week.')).toBeVisible();

  await item.getByRole('button', { name: 'Record answer and outcome' }).click();
  const outcome = item.getByRole('form', { name: 'Record the answer and outcome' });
  await outcome.getByLabel('Their answer').fill('We have corrected the article and added a note.');
  await outcome.getByLabel('Outcome').selectOption('corrected');
  await outcome.getByLabel('Link to the correction').fill('https://herald.example/corrections/port');
  await outcome.getByRole('button', { name: 'Save outcome' }).click();
  // The form closes once saved (until then its own "Corrected" option is inside the item too).
  await expect(outcome).toBeHidden();
  await expect(item.getByText('Corrected', { exact: true })).toBeVisible();
  await expect(item.getByRole('link', { name: 'The correction' })).toHaveAttribute('href', 'https://herald.example/corrections/port');
  await expect(panel.getByText('recorded the outcome of a correction request: Corrected')).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Correction requests' }).click();
  await expect(page.getByRole('heading', { name: 'Correction requests', level: 1 })).toBeVisible();
  await expect(page.getByText('No open correction requests.', { exact: false })).toBeVisible();
});
