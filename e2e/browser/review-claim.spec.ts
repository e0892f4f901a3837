// Journey: a checker proposes a verdict from the claim panel; an editor, in another browser,
// asks a question with an @mention, then approves and publishes it. The checker cannot publish.
import { accessibilityViolations } from './accessibility';
import { createToken } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';
import { teammatePage } from './teammates';

test('a checker proposes a verdict and another editor approves it', async ({ browser, user, baseURL }) => {
  // Teammates are made with the admin command line (a process each) before the journey starts.
  test.setTimeout(90_000);
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Port figures',
    text: 'The harbour master said the port handled 3 million containers last year.',
  });
  const claim = await api<{ id: string }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'the port handled 3 million containers last year' },
    statement: 'The port handled 3 million containers last year.',
  });
  const claimUrl = `/articles/${article.id}?claim=${claim.id}`;

  const checker = await teammatePage(browser, baseURL!, user, 'checker');
  const checkerPanel = checker.page.getByRole('complementary', { name: 'Claim details' });
  await checker.page.goto(claimUrl);
  await expect(checkerPanel.getByRole('button', { name: 'Propose for review' })).toBeDisabled();
  // The panel is server-rendered (`?claim=`): what is chosen before it hydrates is lost.
  await checkerPanel.locator('section[data-interactive]').waitFor();
  await checkerPanel.getByLabel('Verdict').selectOption('mostly_false');
  await expect(checkerPanel.getByText(/Saved · version 2/)).toBeVisible();
  await checkerPanel.getByRole('button', { name: 'Propose for review' }).click();
  await expect(checkerPanel.getByText(`Needs review · proposed by ${checker.user.name}`)).toBeVisible();
  await expect(checkerPanel.getByText('Waiting for an editor to approve it.')).toBeVisible();
  await expect(checkerPanel.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0);
  await expect(checkerPanel.getByRole('radio', { name: 'Published' })).toBeDisabled();

  const editor = await teammatePage(browser, baseURL!, user, 'editor');
  const editorPanel = editor.page.getByRole('complementary', { name: 'Claim details' });
  await editor.page.goto(claimUrl);
  await expect(editorPanel.getByText(`Needs review · proposed by ${checker.user.name}`)).toBeVisible();

  // A question for the checker, with a mention picked from the suggestions.
  const comment = editorPanel.getByLabel('Comment', { exact: true });
  // Likewise for typing (CI once lost the first words to it).
  await editorPanel.locator('section[data-interactive]').waitFor();
  await comment.fill('Source checked. Thanks ');
  await comment.pressSequentially('@Test c');
  await expect(editorPanel.getByRole('listbox', { name: 'Members to mention' }).getByRole('option', { name: checker.user.name })).toBeVisible();
  await comment.press('Enter');
  await expect(comment).toHaveValue(`Source checked. Thanks @${checker.user.name} `);
  await editorPanel.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(editorPanel.getByText(`@${checker.user.name}`, { exact: true })).toBeVisible();

  await editorPanel.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(editorPanel.getByText(new RegExp(`Published · approved by ${editor.user.name}`))).toBeVisible();
  await expect(editorPanel.getByRole('radio', { name: 'Published' })).toBeChecked();
  await expect(editorPanel.getByText('approved and published the verdict')).toBeVisible();
  expect(await accessibilityViolations(editor.page)).toEqual([]);

  // The checker sees the published verdict and can no longer change it.
  await checker.page.reload();
  await expect(checkerPanel.getByText(new RegExp(`Published · approved by ${editor.user.name}`))).toBeVisible();
  await expect(checkerPanel.getByLabel('Verdict')).toBeDisabled();
  // Nor its sources, which readers see too; the panel says why.
  await expect(checkerPanel.getByText('This verdict is published: only an editor can change its sources.')).toBeVisible();
  await expect(checkerPanel.getByRole('button', { name: 'Add evidence' })).toHaveCount(0);
  await expect(checkerPanel.getByText(`@${checker.user.name}`, { exact: true })).toBeVisible();

  // And finds it in the queue of claims that mention them.
  await checker.page.getByRole('link', { name: 'My claims' }).click();
  const mentioned = checker.page.getByRole('region', { name: /Mentioning me/ });
  await mentioned.getByRole('link', { name: /The port handled 3 million containers/ }).click();
  await expect(checker.page).toHaveURL(new RegExp(`claim=${claim.id}`));
});
