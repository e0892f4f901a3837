// Journey: a new editor signs up, imports the sample article, marks three claims (two of them
// overlapping), works them (status, verdict, explanation, evidence), reloads, and finds all of it.
import { fileURLToPath } from 'node:url';
import { accessibilityViolations } from './accessibility';
import type { Page } from '@playwright/test';
import { selectPhrase } from './select-phrase';
import { expect, signUp, test } from './fixtures';

const sampleFile = fileURLToPath(new URL('../../lib/core/document/fixtures/presstv-lavrov-syria.txt', import.meta.url));

const PENTAGON = 'The Pentagon has also said there are about 2,000 troops in Syria.';
const FUTURE = 'the decision on the future of Syria only rests with the Syrian people';
// Overlaps FUTURE: starts before it and ends inside it.
const RESOLUTION = 'Resolution 2254, which the United States itself has supported, the decision on the future';

function panel(page: Page) {
  return page.getByRole('complementary', { name: 'Claim details' });
}

function claimList(page: Page) {
  return page.getByRole('list', { name: 'Claims in document order' });
}

test('an editor reviews the claims of an imported article and finds everything after a reload', async ({ page, newUser }) => {
  await signUp(page, newUser);
  await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // Import the sample article from its file.
  await page.getByRole('link', { name: 'Import your first article' }).click();
  await page.getByText('Upload a file').click();
  await page.getByLabel('File (.txt, .md or .html, up to 2 MB)').setInputFiles(sampleFile);
  await page.getByLabel('Title').fill('Russian foreign minister says American forces must leave Syria');
  await page.getByLabel('Outlet').fill('Press TV');
  await page.getByRole('button', { name: 'Import and freeze' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Russian foreign minister says American forces must leave Syria' })).toBeVisible();
  await expect(page.getByText('No claims yet.')).toBeVisible();

  // Mark three claims: with the button, with the keyboard shortcut, and one overlapping another.
  await selectPhrase(page, PENTAGON);
  await page.getByRole('button', { name: /Mark claim/ }).click();
  await expect(panel(page).getByText(PENTAGON)).toBeVisible();

  await selectPhrase(page, FUTURE);
  await page.keyboard.press('m');
  await expect(panel(page).getByText(FUTURE)).toBeVisible();

  await selectPhrase(page, RESOLUTION);
  await page.getByRole('button', { name: /Mark claim/ }).click();
  await expect(panel(page).getByText(RESOLUTION)).toBeVisible();
  await expect(claimList(page).getByRole('listitem')).toHaveCount(3);
  // The overlap is one highlight piece that belongs to both claims.
  await expect(page.locator('mark.claim-highlight[data-claim-ids*=" "]')).toHaveCount(1);

  // Work the Pentagon claim: statement, claimant, status, verdict, explanation, evidence.
  await claimList(page).getByRole('button', { name: /Pentagon/ }).click();
  const details = panel(page);
  await details.getByLabel('Statement').fill('About 2,000 US troops are in Syria, according to the Pentagon.');
  await details.getByLabel('Claimant').fill('Press TV');
  await details.getByText('Researching', { exact: true }).click();
  await expect(details.getByRole('radio', { name: 'Researching' })).toBeChecked();
  await expect(details.getByText(/Saved · version/)).toBeVisible();
  await details.getByLabel('Verdict').selectOption('mostly_true');
  await details.getByLabel('Explanation').fill('The Pentagon acknowledged about 2,000 troops in December 2017.');
  await details.getByLabel('Explanation').blur();
  await details.getByRole('button', { name: 'Add evidence' }).click();
  await details.getByLabel('Link').fill('https://www.defense.gov/News/');
  await details.getByLabel('Title').fill('Pentagon briefing');
  await details.getByLabel('Publisher').fill('US Department of Defense');
  await details.getByLabel('Passage relied on').fill('There are about 2,000 U.S. troops in Syria.');
  await details.getByLabel('Stance').selectOption('supports');
  await details.getByRole('button', { name: 'Add evidence' }).click();
  await expect(details.getByRole('link', { name: 'Pentagon briefing' })).toBeVisible();
  await expect(details.getByText('Saving…')).toHaveCount(0);
  await expect(details.getByText('changed explanation', { exact: false })).toBeVisible();

  // The second claim is dismissed.
  await claimList(page).getByRole('button', { name: /only rests with/ }).first().click();
  await details.getByText('Dismissed', { exact: true }).click();
  await expect(details.getByRole('radio', { name: 'Dismissed' })).toBeChecked();
  await expect(details.getByText('changed status', { exact: false })).toBeVisible();

  expect(await accessibilityViolations(page)).toEqual([]);

  // Everything is in PostgreSQL: a reload shows the same review.
  await page.reload();
  await expect(claimList(page).getByRole('listitem')).toHaveCount(3);
  await expect(page.locator('mark.claim-highlight')).not.toHaveCount(0);
  await claimList(page).getByRole('button', { name: /About 2,000 US troops/ }).click();
  await expect(details.getByLabel('Statement')).toHaveValue('About 2,000 US troops are in Syria, according to the Pentagon.');
  await expect(details.getByLabel('Claimant')).toHaveValue('Press TV');
  await expect(details.getByRole('radio', { name: 'Researching' })).toBeChecked();
  await expect(details.getByLabel('Verdict')).toHaveValue('mostly_true');
  await expect(details.getByLabel('Explanation')).toHaveValue('The Pentagon acknowledged about 2,000 troops in December 2017.');
  await expect(details.getByRole('link', { name: 'Pentagon briefing' })).toHaveAttribute('href', 'https://www.defense.gov/News/');
  await expect(details.getByText('Supports', { exact: true })).toBeVisible();
  await claimList(page).getByRole('button', { name: /only rests with/ }).first().click();
  await expect(details.getByRole('radio', { name: 'Dismissed' })).toBeChecked();

  // The list shows the article with its three claims.
  await page.getByRole('link', { name: 'Articles', exact: true }).click();
  await expect(page.getByText('3 claims')).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('deleting a claim can be undone', async ({ page, newUser }) => {
  await signUp(page, newUser);
  await page.getByRole('link', { name: 'Import article' }).first().click();
  await page.getByLabel('Article text').fill('First paragraph with a checkable claim about 42 ministers.\n\nSecond paragraph.');
  await page.getByLabel('Title').fill('Undo test');
  await page.getByRole('button', { name: 'Import and freeze' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Undo test' })).toBeVisible();
  await selectPhrase(page, 'a checkable claim about 42 ministers');
  await page.keyboard.press('m');
  await expect(claimList(page).getByRole('listitem')).toHaveCount(1);
  await panel(page).getByRole('button', { name: 'Delete claim' }).click();
  await expect(page.getByText('No claims yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(claimList(page).getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(claimList(page).getByRole('listitem')).toHaveCount(1);
});
