// Journey: a checker remembers a claim the desk checked weeks ago, presses `/`, types a few
// letters with a typo, and opens the claim from the results: the article opens with the claim's
// panel and its highlight scrolled into view. Then the full results page, checked by axe.
import { accessibilityViolations } from './accessibility';
import { createToken } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';

test('press /, type, open a claim from the results', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  // Enough paragraphs before the claim that its highlight starts out of view.
  const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} says nothing of note about the harbour.`).join('\n\n');
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Harbour dredging report',
    text: `${filler}\n\nThe quartermaster ordered 2,000 lanterns for the lighthouse keepers.`,
  });
  const claim = await api<{ id: string }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'The quartermaster ordered 2,000 lanterns' },
    statement: 'The quartermaster ordered two thousand lanterns',
  });

  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search the desk' });
  await expect(box).toBeFocused();
  await box.pressSequentially('quartermastr lantern');
  const results = page.getByRole('listbox', { name: 'Search results' });
  const option = results.getByRole('group', { name: 'Claims' }).getByRole('option', { name: /quartermaster ordered two thousand lanterns/i });
  await expect(option).toBeVisible();
  await expect(option.locator('mark').first()).toBeVisible();
  await option.click();

  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=${claim.id}$`));
  await expect(page.getByRole('complementary', { name: 'Claim details' })).toBeVisible();
  await expect(page.locator(`[data-claim-ids~="${claim.id}"]`).first()).toBeInViewport();

  // Enter without choosing a result: the full page, grouped by kind.
  await box.click();
  await box.fill('lanterns');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=lanterns$/);
  await expect(page.getByRole('region', { name: /Claims/ }).getByRole('link', { name: /two thousand lanterns/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Articles/ }).getByRole('link', { name: /Harbour dredging report/ })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});

// Journey: a checker remembers a source rather than the claim: the evidence result opens the
// claim's panel scrolled to that source, focused (so the keyboard continues from it) and
// highlighted for a moment.
test('open an evidence item from the results page', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Port authority budget',
    text: 'The port authority spent 40 million on new cranes last year.',
  });
  const claim = await api<{ id: string }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'spent 40 million on new cranes' },
  });
  // Enough sources before it that the one looked for starts out of the panel's view.
  for (let i = 1; i <= 12; i++) {
    await api(baseURL!, token, 'POST', `/api/v1/claims/${claim.id}/evidence`, { url: `https://records.example/${i}`, stance: 'context', title: `Annual report ${i}`, passage: 'Figures for the year.' });
  }
  const evidence = await api<{ id: string }>(baseURL!, token, 'POST', `/api/v1/claims/${claim.id}/evidence`, {
    url: 'https://tenders.example/cranes',
    stance: 'supports',
    title: 'Crane procurement tender',
    passage: 'Contract awarded for four gantry cranes.',
  });

  await page.goto('/search?q=gantry');
  await page.getByRole('region', { name: /Evidence/ }).getByRole('link', { name: /Crane procurement tender/ }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=${claim.id}&evidence=${evidence.id}$`));
  const item = page.getByRole('complementary', { name: 'Claim details' }).locator(`[data-evidence-id="${evidence.id}"]`);
  await expect(item).toContainText('Crane procurement tender');
  await expect(item).toBeFocused();
  await expect(item).toBeInViewport();
});
