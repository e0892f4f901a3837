// Journeys: a removal always says how it ended, even when the thing that asked for it has left
// the screen by then (the row removed at once, the page left). A public link revoked from the
// article's list and an article deleted and undone each tell the person it worked, and a refusal
// by the server (a role lowered meanwhile, a deletion already undone) is shown, with the row back
// where it belongs (decision 005). A review decision refused after its panel was closed is told
// in a toast.
import type { ArticleDto } from '@/lib/validations/article';
import type { MemberDto } from '@/lib/validations/member';
import { callApi } from './api-as-teammate';
import { expect, test } from './fixtures';
import { teammatePage } from './teammates';
import { createToken } from '../integration/support/test-users';
import { setSelfApproval } from '../integration/support/workspace-settings';

const TEXT = 'The harbour bridge carried 40,000 cars a day in 2024.\n\nThe ferry was never late.';

test('an admin revokes a public link and hears so; once demoted, a refused revoke says why and the link comes back', async ({ browser, user, baseURL }) => {
  const token = await createToken(user.email);
  const article = await callApi<ArticleDto>(baseURL!, token, 'POST', '/api/v1/articles', { title: 'Harbour figures', text: TEXT });
  await callApi(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/share-links`, {});
  await callApi(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/share-links`, {});

  const { page, user: admin } = await teammatePage(browser, baseURL!, user, 'admin');
  await page.goto(`/articles/${article.id}`);
  const shareReview = page.locator('details', { hasText: 'Share review' });
  await shareReview.getByText('Share review', { exact: true }).click();
  const links = shareReview.getByRole('list', { name: 'Public links to this review' }).getByRole('listitem');
  await expect(links).toHaveCount(2);

  // The row leaves at once, taking its Revoke button with it; the answer is still heard.
  await links.first().getByRole('button', { name: /^Revoke link/ }).click();
  await links.first().getByRole('button', { name: 'Confirm revoke' }).click();
  await expect(page.getByText('Link revoked: it now answers “no longer available”.')).toBeVisible();
  await expect(links).toHaveCount(1);

  // The owner makes the admin an editor while their page still offers "Revoke" on the owner's link.
  const { members } = await callApi<{ members: MemberDto[] }>(baseURL!, token, 'GET', '/api/v1/members', undefined);
  const adminId = members.find((m) => m.email === admin.email)!.userId;
  await callApi(baseURL!, token, 'PATCH', `/api/v1/members/${adminId}`, { role: 'editor' });

  await links.first().getByRole('button', { name: /^Revoke link/ }).click();
  await links.first().getByRole('button', { name: 'Confirm revoke' }).click();
  await expect(page.getByText('Link not revoked: Only the member who made this link, or an admin, can revoke it.')).toBeVisible();
  // Back, and now without the Revoke an editor does not have on someone else's link.
  await expect(links).toHaveCount(1);
  await expect(links.first().getByRole('button', { name: /^Revoke link/ })).toHaveCount(0);
  await page.context().close();
});

test('an editor deletes an article by mistake and Undo brings them back to it; an Undo that comes too late says so', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const article = await callApi<ArticleDto>(baseURL!, token, 'POST', '/api/v1/articles', { title: 'Ferry timetable', text: TEXT });
  const deleteIt = async () => {
    await page.goto(`/articles/${article.id}`);
    // A click before the button is interactive would go unnoticed (its code loads apart).
    const deleteButton = page.getByRole('button', { name: 'Delete article' });
    await expect(deleteButton).toHaveAttribute('data-interactive', 'true');
    await deleteButton.click();
    await page.getByRole('button', { name: 'Delete it and its claims' }).click();
    await expect(page).toHaveURL(/\/articles$/);
    await expect(page.getByText('“Ferry timetable” deleted. An admin can restore it for 30 days.')).toBeVisible();
  };

  // The button that deleted it left with the article's page; its Undo still answers.
  await deleteIt();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Ferry timetable' })).toBeVisible();
  await expect(page.getByText('“Ferry timetable” restored.')).toBeVisible();

  // An admin restores it from elsewhere first: the Undo has nothing left to do, and says so.
  await deleteIt();
  await callApi(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/restore`, {});
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Not restored: No deleted article to restore.')).toBeVisible();
  await expect(page).toHaveURL(/\/articles$/);
});

test('an editor closes the claim panel while an approval is on its way; its refusal still reaches them', async ({ signedInPage: page, user, baseURL }) => {
  await setSelfApproval(user.workspace, true);
  const token = await createToken(user.email);
  const article = await callApi<ArticleDto>(baseURL!, token, 'POST', '/api/v1/articles', { title: 'Harbour figures', text: TEXT });
  const claim = await callApi<{ id: string; version: number }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'The ferry was never late.' },
  });
  await callApi(baseURL!, token, 'PATCH', `/api/v1/claims/${claim.id}`, { version: claim.version, verdict: 'false', status: 'needs_review' });

  // The approval is held on its way to the server until the panel is closed and the claim deleted
  // by a teammate meanwhile; then the server answers as it would (the claim is gone).
  let held!: () => void;
  const arrived = new Promise<void>((resolve) => {
    void page.route('**/api/v1/claims/*/approve', async (route) => {
      resolve();
      await new Promise<void>((release) => (held = release));
      await route.continue();
    });
  });
  await page.goto(`/articles/${article.id}?claim=${claim.id}`);
  const panel = page.getByRole('complementary', { name: 'Claim details' });
  await panel.locator('section[data-interactive]').waitFor();
  await panel.getByRole('button', { name: 'Approve and publish' }).click();
  await arrived;
  await panel.getByRole('button', { name: 'Close claim panel (Esc)' }).click();
  await expect(panel.getByRole('heading', { name: 'No claim selected' })).toBeVisible();
  await callApi(baseURL!, token, 'DELETE', `/api/v1/claims/${claim.id}`, undefined);
  held();

  await expect(page.getByRole('status').getByText(/^Not approved: /)).toBeVisible();
});
