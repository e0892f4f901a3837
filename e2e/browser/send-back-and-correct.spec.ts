// Journey: an editor sends a checker's proposal back with a question, and corrects a verdict
// that is already published, giving the reason readers will see.
import { accessibilityViolations } from './accessibility';
import { addMember, createToken, createUser } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';

type Claim = { id: string; version: number };

test('an editor sends a proposal back and corrects a published verdict', async ({ signedInPage: page, user, baseURL }) => {
  // Teammates are made with the admin command line (a process each) before the journey starts.
  test.setTimeout(90_000);
  const ownerToken = await createToken(user.email);
  const checker = await createUser('checker');
  await addMember(checker.email, user.workspace, 'checker');
  const checkerToken = await createToken(checker.email, user.workspace);

  const article = await api<{ id: string }>(baseURL!, ownerToken, 'POST', '/api/v1/articles', {
    title: 'Rail budget',
    text: 'The minister said the rail budget doubled. She added that 40 stations reopened.',
  });
  const propose = async (exact: string, verdict: string): Promise<Claim> => {
    const claim = await api<Claim>(baseURL!, checkerToken, 'POST', `/api/v1/articles/${article.id}/claims`, {
      selector: { type: 'TextQuoteSelector', exact },
      statement: `${exact}.`,
    });
    return api<Claim>(baseURL!, checkerToken, 'PATCH', `/api/v1/claims/${claim.id}`, {
      version: claim.version,
      verdict,
      explanation: 'The budget documents say so.',
      status: 'needs_review',
    });
  };
  const questioned = await propose('the rail budget doubled', 'true');
  const toPublish = await propose('40 stations reopened', 'true');
  await api(baseURL!, ownerToken, 'POST', `/api/v1/claims/${toPublish.id}/approve`, { version: toPublish.version });

  const panel = page.getByRole('complementary', { name: 'Claim details' });

  // Send back, with the question in the timeline.
  await page.goto(`/articles/${article.id}?claim=${questioned.id}`);
  await panel.getByRole('button', { name: 'Send back' }).click();
  await panel.getByRole('button', { name: 'Send back to researching' }).click();
  await expect(panel.getByRole('alert').filter({ hasText: 'Say what needs more work.' })).toBeVisible();
  await panel.getByLabel('What needs more work?').fill('Which budget line? Nominal or real terms?');
  await panel.getByRole('button', { name: 'Send back to researching' }).click();
  await expect(panel.getByRole('radio', { name: 'Researching' })).toBeChecked();
  await expect(panel.getByText('sent the verdict back to researching')).toBeVisible();
  await expect(panel.getByText('Which budget line? Nominal or real terms?')).toBeVisible();

  // Correct the published one.
  await page.goto(`/articles/${article.id}?claim=${toPublish.id}`);
  await expect(panel.getByText(/Published · approved by/)).toBeVisible();
  await expect(panel.getByLabel('Verdict', { exact: true })).toBeDisabled();
  await panel.getByRole('button', { name: 'Correct the verdict…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct the published verdict' });
  await dialog.getByLabel('Corrected verdict').selectOption('mostly_true');
  await dialog.getByLabel('Reason for the correction').fill('Three of the stations reopened only for freight.');
  expect(await accessibilityViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Publish correction' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByText(/corrected verdict from “true” to “mostly_true”/)).toBeVisible();
  await expect(panel.getByText('Reason: Three of the stations reopened only for freight.')).toBeVisible();
  await expect(panel.getByText(/· corrected /)).toBeVisible();
  await expect(panel.getByRole('radio', { name: 'Published' })).toBeChecked();
});
