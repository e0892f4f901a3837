// Journey: an admin renames a verdict in Settings → Rating scale using the keyboard, is told
// plainly when a value would break the scale, moves the scale's ends, retires a verdict, and finds the new label (and
// not the retired one) in the verdict picker of a claim. Then they publish the methodology and
// read it without JavaScript; a corrected verdict's log entry leads to its public permalink
// (decision 044); axe checks the settings page and the public pages.
import { accessibilityViolations } from './accessibility';
import { createToken } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { setSelfApproval } from '../integration/support/workspace-settings';
import { expect, test } from './fixtures';

test('edit the rating scale and see the new label in the verdict picker; publish the methodology', async ({ signedInPage: page, user, baseURL, browser }) => {
  // Four pages checked by axe and two readers' contexts: past 30 s on the shared 2-core machine.
  test.slow();
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Ferry timetable story',
    text: 'The ferry was never late in 2024. The union says otherwise.',
  });
  const claim = await api<{ id: string }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'The ferry was never late in 2024' },
  });

  await page.goto('/settings');
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Rating scale' }).click();
  await expect(page.getByRole('heading', { name: 'Rating scale', level: 1 })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  const mixed = page.getByRole('form', { name: /^Mixed/ });
  // A value already taken is refused with a message on the field.
  await mixed.getByLabel('Value').fill('9');
  await mixed.getByLabel('Value').press('Enter');
  await expect(mixed.getByRole('alert')).toContainText('from 1 (least true) to 5 (most true)');
  await expect(mixed.getByLabel('Value')).toHaveAttribute('aria-invalid', 'true');

  // Fixed and relabelled with the keyboard only: Enter in a field saves the verdict's form.
  await mixed.getByLabel('Value').fill('3');
  await mixed.getByLabel('Label').fill('Half true');
  await mixed.getByLabel('Label').press('Enter');
  await expect(page.getByRole('heading', { name: /^Half true/, level: 3 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Changes to the scale' })).toContainText('label: “Mixed” → “Half true”');

  // The ends of the scale: refused while a verdict would fall outside, which is named on the field.
  const ends = page.getByRole('form', { name: 'Ends of the scale' });
  await ends.getByLabel('Most true').fill('4');
  await ends.getByLabel('Most true').press('Enter');
  await expect(ends.getByRole('alert')).toContainText('“True” (5) would fall above the scale 1..4');
  await expect(ends.getByLabel('Most true')).toHaveAttribute('aria-invalid', 'true');
  await ends.getByLabel('Least true').fill('0');
  await ends.getByLabel('Most true').fill('10');
  await ends.getByRole('button', { name: 'Save the ends' }).click();
  await expect(page.getByRole('region', { name: 'Changes to the scale' })).toContainText('moved the ends of the scale');
  await expect(page.getByRole('region', { name: 'Changes to the scale' })).toContainText('best: 5 → 10');

  await page.getByRole('button', { name: 'Retire Unproven' }).click();
  await expect(page.getByRole('heading', { name: /^Unproven.*retired/, level: 3 })).toBeVisible();

  await page.goto(`/articles/${article.id}?claim=${claim.id}`);
  const picker = page.getByRole('complementary', { name: 'Claim details' }).getByLabel('Verdict', { exact: true });
  await expect(picker.getByRole('option', { name: 'Half true (3)' })).toHaveCount(1);
  await expect(picker.getByRole('option', { name: /^Mixed/ })).toHaveCount(0);
  await expect(picker.getByRole('option', { name: /^Unproven/ })).toHaveCount(0);

  // Publish the methodology, then read it as a reader without JavaScript.
  await page.goto('/settings/public-pages');
  await page.getByLabel('Publish the methodology and corrections log').check();
  const slug = `ferry-${Date.now().toString(36)}`;
  await page.getByLabel('Address').fill(slug);
  await page.getByLabel('Our review process (Markdown)').fill('## Two editors\n\nEvery verdict is read by **two** editors.');
  await page.getByRole('button', { name: 'Save public pages' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const readerPage = await noScript.newPage();
  await readerPage.goto(`/p/${slug}/methodology`);
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(/How .* checks facts/);
  await expect(readerPage.getByText('Half true', { exact: true })).toBeVisible();
  await expect(readerPage.getByRole('heading', { name: 'Two editors' })).toBeVisible();
  await readerPage.getByRole('link', { name: 'Corrections', exact: true }).click();
  await expect(readerPage.getByText('No published verdict has been corrected.')).toBeVisible();

  // The verdict is published, then corrected: the log's entry leads to the verdict as it now reads.
  await setSelfApproval(user.workspace, true);
  const current = await api<{ version: number }>(baseURL!, token, 'GET', `/api/v1/claims/${claim.id}`, undefined);
  const published = await api<{ version: number }>(baseURL!, token, 'PATCH', `/api/v1/claims/${claim.id}`, {
    version: current.version, verdict: 'false', status: 'published', statement: 'The ferry was never late in 2024.', explanation: 'The timetable log shows 41 late sailings.',
  });
  await api(baseURL!, token, 'PATCH', `/api/v1/claims/${claim.id}`, {
    version: published.version, verdict: 'mostly_false', correctionReason: 'The operator published its full log.',
  });
  await readerPage.reload();
  await readerPage.getByRole('link', { name: 'The ferry was never late in 2024.' }).click();
  await expect(readerPage).toHaveURL(new RegExp(`/p/${slug}/verdicts/${claim.id}$`));
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText('The ferry was never late in 2024.');
  await expect(readerPage.getByRole('region', { name: 'Verdict' })).toContainText('Mostly false');
  await expect(readerPage.getByRole('region', { name: 'Verdict' })).toContainText('The operator published its full log.');
  await readerPage.getByRole('link', { name: 'Our methodology' }).click();
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(/How .* checks facts/);
  await noScript.close();

  // axe runs its script in the page: an anonymous reader with JavaScript on.
  const reader = await browser.newContext({ baseURL });
  const axePage = await reader.newPage();
  for (const path of ['methodology', 'corrections', `verdicts/${claim.id}`]) {
    await axePage.goto(`/p/${slug}/${path}`);
    expect(await accessibilityViolations(axePage), path).toEqual([]);
  }
  await reader.close();
});

test('a verdict’s chosen colour paints its highlight and dot in the reader; built-in verdicts keep their tone', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Harbour dredging story',
    text: 'The harbour was dredged twice in 2024. The port says it cost nothing.',
  });
  const mark = async (exact: string, verdict: string) => {
    const claim = await api<{ id: string; version: number }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact } });
    await api(baseURL!, token, 'PATCH', `/api/v1/claims/${claim.id}`, { version: claim.version, verdict });
    return claim.id;
  };
  const dredged = await mark('The harbour was dredged twice in 2024', 'false');
  const cost = await mark('The port says it cost nothing', 'true');
  const scale = await api<{ ratings: { id: string; key: string }[] }>(baseURL!, token, 'GET', '/api/v1/ratings', undefined);
  const falseRating = scale.ratings.find((r) => r.key === 'false')!;
  await api(baseURL!, token, 'PATCH', `/api/v1/ratings/${falseRating.id}`, { color: '#7e22ce' });

  await page.goto(`/articles/${article.id}?claim=${dredged}`);
  const purple = 'rgb(126, 34, 206)';
  // The open claim's highlight is underlined in its verdict's colour itself (globals.css).
  const highlight = page.locator(`mark[data-claim-ids~="${dredged}"]`);
  await expect(highlight).toHaveAttribute('data-active', 'true');
  await expect(highlight).toHaveCSS('box-shadow', new RegExp(purple.replace(/[()]/g, '\\$&')));
  const list = page.getByRole('list', { name: 'Claims in document order' });
  await expect(list.getByRole('button', { name: /False/ }).locator('span[aria-hidden="true"]').first()).toHaveCSS('background-color', purple);
  // A verdict without a colour of its own keeps the tone of its place on the scale (True: green).
  await expect(list.getByRole('button', { name: /True/ }).locator('span[aria-hidden="true"]').first()).toHaveCSS('background-color', 'rgb(21, 128, 61)');
  await page.locator(`mark[data-claim-ids~="${cost}"]`).click();
  await expect(page.locator(`mark[data-claim-ids~="${cost}"]`)).toHaveCSS('box-shadow', /rgb\(21, 128, 61\)/);
});
