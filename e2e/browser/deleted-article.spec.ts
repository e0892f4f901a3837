// Journey: I reviewed a story; it changed at its source, and then a colleague deleted it by
// mistake. My inbox still has the notification, marked; opening it lands on the article's page,
// which says who deleted it and when, and offers me (an admin) Restore. One click brings the
// article back at the same address.
import { addMember, createToken, createUser } from '../integration/support/test-users';
import { setSelfApproval } from '../integration/support/workspace-settings';
import { callApi as api } from './api-as-teammate';
import { accessibilityViolations } from './accessibility';
import { expect, test } from './fixtures';

type Claim = { id: string; version: number };

test('a notification about a deleted article leads to a page that offers Restore, and Restore brings it back', async ({ signedInPage: page, user, baseURL }) => {
  const colleague = await createUser('editor');
  await addMember(colleague.email, user.workspace, 'editor');
  await setSelfApproval(user.workspace, true);
  const [mine, theirs] = await Promise.all([createToken(user.email, user.workspace), createToken(colleague.email, user.workspace)]);
  const text = 'The council said the pool reopens in May. Tickets will cost 4 euros.';
  const article = await api<{ id: string }>(baseURL!, theirs, 'POST', '/api/v1/articles', { title: 'Pool reopening', text });
  const claim = await api<Claim>(baseURL!, mine, 'POST', `/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'Tickets will cost 4 euros' } });
  await api(baseURL!, mine, 'PATCH', `/api/v1/claims/${claim.id}`, { version: claim.version, verdict: 'false', status: 'published' });
  await api(baseURL!, theirs, 'POST', `/api/v1/articles/${article.id}/versions`, { text: `${text} The opening was delayed.` });
  await api(baseURL!, theirs, 'DELETE', `/api/v1/articles/${article.id}`, undefined);

  await page.goto('/notifications');
  const item = page.getByRole('list', { name: 'Notifications' }).getByRole('link', { name: /An article you reviewed changed at its source: Pool reopening/ });
  await expect(item).toContainText('The article was deleted since');
  await item.click();

  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Pool reopening' })).toBeVisible();
  const notice = page.getByRole('region', { name: 'Deleted article' });
  await expect(notice).toContainText(`This article was deleted on`);
  await expect(notice).toContainText(`by ${colleague.name}.`);
  await expect(notice).toContainText('You can restore it, with its claims, until');
  expect(await accessibilityViolations(page)).toEqual([]);

  await notice.getByRole('button', { name: 'Restore article' }).click();
  await expect(page.getByRole('region', { name: 'Deleted article' })).toHaveCount(0);
  await expect(page.getByText('The opening was delayed.')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`));
});
