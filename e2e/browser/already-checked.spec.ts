// Journey: a checker marks a claim that resembles one the desk published; the claim panel shows
// the earlier claim with its verdict and why they match, and one click links them as the same
// claim (the timeline says so). Keyboard and screen reader users get the same: axe clean.
import { accessibilityViolations } from './accessibility';
import { createToken } from '../integration/support/test-users';
import { setSelfApproval } from '../integration/support/workspace-settings';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';
import { publishOnDesk } from './published-claim';

test('a marked claim shows the earlier published check and links to it', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  // The admin may publish their own verdict here: the journey is about reuse, not review.
  await setSelfApproval(user.workspace, true);
  await publishOnDesk(baseURL!, token, 'Troops abroad', 'The Pentagon says about 2,000 US troops are deployed in Syria.');

  const later = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Syria again',
    text: 'About 2,000 American troops are in Syria, according to the Pentagon.',
  });
  const claim = await api<{ id: string }>(baseURL!, token, 'POST', `/api/v1/articles/${later.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'About 2,000 American troops are in Syria, according to the Pentagon.' },
  });

  await page.goto(`/articles/${later.id}?claim=${claim.id}`);
  const panel = page.getByRole('complementary', { name: 'Claim details' });
  const checked = panel.getByRole('region', { name: 'Already checked?' });
  await expect(checked.getByText('“The Pentagon says about 2,000 US troops are deployed in Syria.”')).toBeVisible();
  await expect(checked.getByText(/False · Published · Troops abroad/)).toBeVisible();
  await expect(checked.getByText(/Why: .*2,000.*numbers agree/)).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  await checked.getByRole('button', { name: 'Same claim as this' }).click();
  await expect(checked.getByText('Linked as the same claim')).toBeVisible();
  await expect(panel.getByText(/linked it as the same claim as “The Pentagon says about 2,000/)).toBeVisible();
  await expect(checked.getByRole('button', { name: 'Copy verdict and evidence as a proposal' })).toBeVisible();
});
