// Journey: a fact-checker adds a source with the passage their verdict relies on. The claim panel
// says the source is being archived, then that the passage was found in the archived copy; the
// copy opens in Factdesk with the passage highlighted, and none of the page's own script came along.
//
// The source is served by a local server on 127.0.0.1:27851, allow-listed by scripts/test.sh.
import { createToken } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { expect, signIn, test } from './fixtures';
import { servePage } from './serve-page';

const PORT = 27851;
const url = `http://127.0.0.1:${PORT}/stats/bridge-2024`;
const PASSAGE = 'the harbour bridge carried 31,200 vehicles a day on average';

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge traffic 2024</title>
<script>document.title = 'script ran'</script></head><body><article><h1>Bridge traffic 2024</h1>
<p>The ministry counted traffic on every crossing of the harbour during the year, lane by lane, with automatic counters.</p>
<p>In 2024 ${PASSAGE}, down from 33,000 in 2023.</p>
<p>Figures are rounded to the nearest hundred and published every spring by the statistics office.</p>
</article></body></html>`;

servePage(PORT, () => page);

test('a source added to a claim is archived and opens with its passage highlighted', async ({ page: browserPage, user, baseURL }) => {
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Bridge figures',
    text: 'The minister said the bridge carries 45,000 vehicles a day.',
  });
  const claim = await api<{ id: string }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'the bridge carries 45,000 vehicles a day' },
  });
  await signIn(browserPage, user);
  await browserPage.goto(`/articles/${article.id}?claim=${claim.id}`);

  const panel = browserPage.getByRole('complementary', { name: 'Claim details' });
  await panel.getByRole('button', { name: 'Add evidence' }).click();
  await panel.getByLabel('Link').fill(url);
  await panel.getByLabel('Title').fill('Bridge traffic 2024');
  await panel.getByLabel('Passage relied on').fill(PASSAGE);
  await panel.getByLabel('Stance').selectOption('refutes');
  await panel.getByRole('button', { name: 'Add evidence' }).click();

  const status = panel.getByTestId('archive-status');
  await expect(status).toContainText(/Passage found in the copy archived on \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC\./);
  await status.getByRole('link', { name: 'Open the archived copy' }).click();

  await expect(browserPage.getByRole('heading', { level: 1, name: 'Archived copy of Bridge traffic 2024' })).toBeVisible();
  const passage = browserPage.locator('mark#passage');
  await expect(passage).toHaveText(PASSAGE);
  await expect(passage).toBeInViewport();
  await expect(browserPage.getByTestId('archived-text')).toContainText('published every spring by the statistics office');
  await expect(browserPage).toHaveTitle(/Archived copy/);
  await expect(browserPage.getByRole('link', { name: 'Download the page as fetched' })).toHaveAttribute('href', /\/archive\/raw$/);
});
