// Journey: an editor downloads the review of an article in every format from the article page,
// and opens the report page to hand to a colleague.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { accessibilityViolations } from './accessibility';
import { createToken } from '../integration/support/test-users';
import { setSelfApproval } from '../integration/support/workspace-settings';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';

const formats = [
  { value: 'pdf', file: 'harbour-vote-review.pdf' },
  { value: 'markdown', file: 'harbour-vote-review.md' },
  { value: 'csv', file: 'harbour-vote-review.csv' },
  { value: 'json', file: 'harbour-vote-review.json' },
  { value: 'claimreview', file: 'harbour-vote-review.claimreview.jsonld' },
  { value: 'annotations', file: 'harbour-vote-review.annotations.jsonld' },
];

test('the review downloads in every format and reads as a report', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Harbour vote',
    text: 'The council said 8,000 residents signed the harbour petition.\n\nThe vote is due in March.',
  });
  const claim = await api<{ id: string; version: number }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: '8,000 residents signed the harbour petition' },
    statement: '8,000 residents signed the harbour petition.',
  });
  // A newsroom of one: the workspace lets the proposer approve their own verdict.
  await setSelfApproval(user.workspace, true);
  const published = await api<{ version: number }>(baseURL!, token, 'PATCH', `/api/v1/claims/${claim.id}`, {
    version: claim.version,
    verdict: 'mostly_false',
    status: 'published',
  });
  // A published verdict changes only as a correction with a reason, which the report lists.
  const reason = 'The clerk recounted the petition signatures.';
  await api(baseURL!, token, 'PATCH', `/api/v1/claims/${claim.id}`, { version: published.version, verdict: 'false', correctionReason: reason });

  await page.goto(`/articles/${article.id}`);
  for (const format of formats) {
    await page.getByText('Export', { exact: true }).click();
    await page.getByLabel('Format').selectOption(format.value);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe(format.file);
    const path = await download.path();
    const text = format.value === 'pdf' ? execFileSync('pdftotext', [path, '-']).toString() : readFileSync(path, 'utf8');
    expect(text).toContain('8,000 residents signed the harbour petition');
    if (format.value === 'pdf' || format.value === 'markdown') {
      // The PDF's lines break where the page does; the words stay in order.
      const words = text.replace(/\s+/g, ' ');
      expect(words).toContain(`approved by ${user.name}`);
      expect(words).toContain(`Mostly false → False. Reason: ${reason}`);
    }
    await page.getByText('Export', { exact: true }).click();
  }

  await page.goto(`/articles/${article.id}/report`);
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour vote' })).toBeVisible();
  await expect(page.getByText('Mostly false', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 4, name: 'Corrections' })).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});
