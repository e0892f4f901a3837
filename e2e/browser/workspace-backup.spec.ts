// Journey: an admin downloads a backup of the workspace from the settings, tries to restore a
// file that is not a backup (refused, with the reason), then restores the real one as a new
// workspace and finds the article there.
import { accessibilityViolations } from './accessibility';
import { createToken } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';

test('an admin backs up the workspace and restores it as a new workspace', async ({ signedInPage: page, user, baseURL }, testInfo) => {
  const token = await createToken(user.email);
  await api(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Ferry timetable',
    text: 'The ferry company said crossings would double in summer.\n\nTickets cost the same.',
  });

  await page.goto('/settings');
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Backup and restore' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backup and restore' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^desk-browser-.+\.factdesk-backup\.json\.gz$/);
  const backup = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(backup);

  // This workspace has an article: only a new workspace can take the restore.
  await expect(page.getByRole('radio', { name: /This workspace/ })).toBeDisabled();
  await expect(page.getByRole('radio', { name: 'A new workspace, with you as its admin' })).toBeChecked();

  const restoreSection = page.getByRole('region', { name: 'Restore a backup' });
  await page.getByLabel('Backup file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"notes": []}') });
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(restoreSection.getByRole('alert')).toHaveText('This file is not a Factdesk workspace backup.');

  await page.getByLabel('Backup file').setInputFiles(backup);
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(restoreSection.getByRole('status').filter({ hasText: 'Restored' })).toContainText('1 article, 0 claims');
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Open the restored workspace' }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await expect(page.getByRole('link', { name: 'Ferry timetable' })).toBeVisible();
});
