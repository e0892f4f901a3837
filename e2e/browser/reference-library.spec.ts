// Journey: an admin imports a partner's ClaimReview file into the reference library and sees
// the review listed with its publisher; a malformed file is refused with the parser's message.
import { accessibilityViolations } from './accessibility';
import { expect, test } from './fixtures';

const review = {
  '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://partner.example/checks/bridge',
  claimReviewed: 'The new bridge cost £1.8bn, twice the original budget.',
  author: { '@type': 'Organization', name: 'Partner Checks' }, reviewRating: { '@type': 'Rating', alternateName: 'Mostly true' },
};

test('an admin imports ClaimReview JSON-LD from a file', async ({ signedInPage: page }) => {
  await page.goto('/settings/reference-library');
  const form = page.getByRole('form', { name: 'Import ClaimReview JSON-LD' });
  await form.getByLabel(/A file/).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"@type": "ClaimReview",') });
  await form.getByRole('button', { name: 'Import' }).click();
  await expect(form.getByRole('alert')).toContainText('not valid JSON');

  await form.getByLabel(/A file/).setInputFiles({ name: 'checks.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([review])) });
  await form.getByRole('button', { name: 'Import' }).click();
  await expect(form.getByRole('status')).toHaveText('Imported 1 new review(s), updated 0.');
  const latest = page.getByRole('region', { name: 'Latest reviews' });
  await expect(latest.getByText('“The new bridge cost £1.8bn, twice the original budget.”')).toBeVisible();
  await expect(latest.getByText(/Mostly true · Partner Checks/)).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});
