// Journey: a pasted transcript is corrected after the desk marked a claim in it. The editor adds
// the revised text on the article page: it becomes version 2, the claim follows its words, and
// the version history offers the first version, which reads frozen with the claim where it stood.
import { expect, signUp, test } from './fixtures';
import { highlightedText } from './highlighted-text';
import { selectPhrase } from './select-phrase';

const CLAIM = 'the bridge carried 40,000 cars a day';
const FIRST = `The mayor said ${CLAIM} last year.\n\nThe council meets on Monday.`;
const REVISED = `Correction: an earlier version misquoted the mayor.\n\nThe mayor said ${CLAIM} last year.\n\nThe council meets on Tuesday.`;

test('adding a revised text makes version 2, and version 1 reads frozen with its claim', async ({ page, newUser }) => {
  await signUp(page, newUser);
  await page.getByRole('link', { name: 'Import article' }).first().click();
  await page.getByLabel('Article text').fill(FIRST);
  await page.getByLabel('Title').fill('Bridge traffic transcript');
  await page.getByRole('button', { name: 'Import and freeze' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bridge traffic transcript' })).toBeVisible();

  await selectPhrase(page, CLAIM);
  await page.keyboard.press('m');
  await expect(page.getByRole('list', { name: 'Claims in document order' }).getByRole('listitem')).toHaveCount(1);
  await expect(page).toHaveURL(/claim=/);
  const claimId = new URL(page.url()).searchParams.get('claim')!;

  await page.getByRole('button', { name: 'Add revised text' }).click();
  const revise = page.getByRole('region', { name: 'Add revised text' });
  await revise.getByLabel('Revised text').fill(REVISED);
  await revise.getByRole('button', { name: 'Add as new version' }).click();
  await expect(revise.getByRole('status')).toContainText('Version 2 added (version 1 kept as it was): 1 claim moved with the text.');
  await expect(page.getByText('Correction: an earlier version misquoted the mayor.')).toBeVisible();
  await expect.poll(() => highlightedText(page, claimId)).toBe(CLAIM);

  // The same text again adds nothing, and says so.
  await revise.getByLabel('Revised text').fill(REVISED);
  await revise.getByRole('button', { name: 'Add as new version' }).click();
  await expect(revise.getByRole('status')).toContainText('no version was added');

  await page.getByRole('button', { name: /Version history/ }).click();
  const history = page.getByRole('region', { name: 'Version history' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history).toContainText('1 moved, 0 orphaned');
  await expect(history.getByRole('region', { name: 'Changes from version 1 to version 2' })).toContainText('Added');
  await history.getByRole('link', { name: 'Read version 1' }).click();

  await expect(page.getByRole('note')).toContainText('You are reading version 1 of 2');
  await expect(page.getByText('The council meets on Monday.')).toBeVisible();
  await expect(page.getByText('Correction: an earlier version misquoted the mayor.')).toHaveCount(0);
  await expect(page.locator(`mark[data-claim-ids~="${claimId}"]`)).toHaveText(CLAIM);
  await expect(page.getByRole('complementary', { name: 'Claims on version 1' })).toContainText(`“${CLAIM}”`);
});
