// Journey: an editor moves a desk's highlights onto another copy of the story: downloads the W3C
// Web Annotations from one article's page, uploads them on the other's, sees what will land
// where (and what cannot) before anything is saved, imports, and finds the claims highlighted.
import { createToken } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';

const TEXT = 'The council said 8,000 residents signed the harbour petition.\n\nThe vote is due in March, officials said.';

test('annotations exported from one article are previewed and imported onto another', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const source = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', { title: 'Harbour vote', text: TEXT });
  for (const exact of ['8,000 residents signed the harbour petition', 'The vote is due in March']) {
    await api(baseURL!, token, 'POST', `/api/v1/articles/${source.id}/claims`, { selector: { type: 'TextQuoteSelector', exact } });
  }
  // The copy lost the second sentence's wording: that claim cannot be placed there.
  const copy = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Harbour vote (wire copy)',
    text: 'The council said 8,000 residents signed the harbour petition.\n\nNo date has been set for a vote.',
  });

  await page.goto(`/articles/${source.id}`);
  await page.getByText('Export', { exact: true }).click();
  await page.getByLabel('Format').selectOption('annotations');
  await page.getByLabel('Include unpublished claims').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  const file = await download.path();

  await page.goto(`/articles/${copy.id}`);
  const claims = page.getByRole('complementary', { name: 'Claims' });
  await expect(claims.getByRole('heading', { name: 'Claims (0)', exact: true })).toBeVisible();
  await claims.getByLabel('Annotation file (.json, .jsonld)').setInputFiles(file);
  const preview = claims.getByRole('region', { name: 'Annotation import preview' });
  await expect(preview).toContainText('1 of 2');
  await expect(preview).toContainText('The vote is due in March');
  // Nothing is saved by the preview.
  await expect(claims.getByRole('heading', { name: 'Claims (0)', exact: true })).toBeVisible();

  await preview.getByRole('button', { name: 'Import 1 claim' }).click();
  await expect(page.getByText('Imported 1 claim. 1 could not be placed.')).toBeVisible();
  await expect(claims.getByRole('heading', { name: 'Claims (1)', exact: true })).toBeVisible();
  await expect(page.locator('mark').filter({ hasText: '8,000 residents signed the harbour petition' }).first()).toBeVisible();
});

test('a file that is not annotations gets a clear message and changes nothing', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', { title: 'Harbour vote', text: TEXT });
  await page.goto(`/articles/${article.id}`);
  const claims = page.getByRole('complementary', { name: 'Claims' });
  await claims.getByLabel('Annotation file (.json, .jsonld)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
  await expect(claims.getByRole('alert')).toContainText('No annotations found');
  await claims.getByLabel('Annotation file (.json, .jsonld)').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json') });
  await expect(claims.getByRole('alert')).toContainText('The file is not JSON');
  await expect(claims.getByRole('heading', { name: 'Claims (0)', exact: true })).toBeVisible();
});
