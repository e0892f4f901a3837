// Journey: a team reviews together. A checker marks two claims and proposes a verdict on one; the
// editor, who had the article open all along, sees both appear without reloading, approves the
// proposal and shares it. A reader with no account opens the link and sees the verdict card and
// nothing unpublished; once the editor revokes the link, the reader gets 410.
import { createToken } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';
import { selectPhrase } from './select-phrase';
import { teammatePage } from './teammates';

const PROPOSED = 'the ferry subsidy doubled to €12 million this year';
const DRAFT = 'passenger numbers were the highest on record';

test('checker proposes, editor approves live and shares, a reader sees the verdict until the link is revoked', async ({ browser, user, baseURL }) => {
  // Two teammates are made with the admin command line (a process each) before the journey.
  test.setTimeout(120_000);
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Ferry subsidy',
    outlet: 'Island Courier',
    text: `The minister said ${PROPOSED}.\n\nShe also said ${DRAFT}.`,
  });
  const [checker, editor] = await Promise.all([teammatePage(browser, baseURL!, user, 'checker'), teammatePage(browser, baseURL!, user, 'editor')]);

  // The editor has the article open before anything is marked.
  await editor.page.goto(`/articles/${article.id}`);
  const editorList = editor.page.getByRole('complementary', { name: 'Claims' });
  await expect(editorList.getByRole('heading', { name: 'Claims (0)', exact: true })).toBeVisible();

  // The checker marks two claims in the text and proposes a verdict on the first.
  await checker.page.goto(`/articles/${article.id}`);
  const checkerPanel = checker.page.getByRole('complementary', { name: 'Claim details' });
  for (const phrase of [DRAFT, PROPOSED]) {
    await selectPhrase(checker.page, phrase);
    await checker.page.getByRole('button', { name: /Mark claim/ }).click();
    await expect(checkerPanel.getByText(phrase)).toBeVisible();
  }
  await checkerPanel.getByLabel('Statement').fill('The ferry subsidy doubled to €12 million.');
  await checkerPanel.getByLabel('Statement').blur();
  await checkerPanel.getByLabel('Verdict').selectOption('false');
  await checkerPanel.getByLabel('Explanation').fill('The budget shows €7.5 million, up from €6 million.');
  await checkerPanel.getByLabel('Explanation').blur();
  await expect(checkerPanel.getByText('Saving…')).toHaveCount(0);
  await checkerPanel.getByRole('button', { name: 'Propose for review' }).click();
  await expect(checkerPanel.getByText(`Needs review · proposed by ${checker.user.name}`)).toBeVisible();

  // Without reloading, the editor sees both claims and the proposal.
  await expect(editorList.getByRole('heading', { name: 'Claims (2)', exact: true })).toBeVisible();
  const proposed = editorList.getByRole('button', { name: /The ferry subsidy doubled to €12 million/ });
  await expect(proposed).toContainText('False');
  await proposed.click();
  const editorPanel = editor.page.getByRole('complementary', { name: 'Claim details' });
  await expect(editorPanel.getByText(`Needs review · proposed by ${checker.user.name}`)).toBeVisible();
  await editorPanel.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(editorPanel.getByText(new RegExp(`Published · approved by ${editor.user.name}`))).toBeVisible();

  // The editor shares the published verdict.
  const share = editorPanel.getByRole('region', { name: 'Share', exact: true });
  await share.getByRole('button', { name: 'Create public link' }).click();
  const link = await share.getByRole('textbox', { name: /Public link/ }).inputValue();
  expect(link).toMatch(/\/v\/fds_[A-Za-z0-9_-]{43}$/);

  // A reader with no account sees the verdict card, and nothing of the unpublished claim.
  const reader = await (await browser.newContext()).newPage();
  const opened = await reader.goto(link);
  expect(opened?.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1, name: 'The ferry subsidy doubled to €12 million.' })).toBeVisible();
  await expect(reader.getByRole('region', { name: 'Verdict' }).getByText('False')).toBeVisible();
  await expect(reader.getByText('The budget shows €7.5 million, up from €6 million.')).toBeVisible();
  await expect(reader.getByText(DRAFT)).toHaveCount(0);
  await expect(reader.getByText(checker.user.email)).toHaveCount(0);

  // The editor revokes the link; a reader opening it now gets 410 and a clear page.
  await share.getByRole('button', { name: /^Revoke link/ }).click();
  await share.getByRole('button', { name: 'Confirm revoke' }).click();
  await expect(share.getByText('No live links.')).toBeVisible();
  const late = await (await browser.newContext()).newPage();
  const gone = await late.goto(link);
  expect(gone?.status()).toBe(410);
  await expect(late.getByRole('heading', { name: 'This link is no longer available' })).toBeVisible();
});
