// Journey: a checker marks a claim after emoji and characters outside the BMP, and one in an
// Arabic article. The browser's selection (UTF-16) must reach the server, the database, the API
// and the exports as the same code point offsets, and the right-to-left article must read and
// highlight right to left.
import type { Page } from '@playwright/test';
import { expect, signUp, test } from './fixtures';
import { highlightedText } from './highlighted-text';
import { selectPhrase } from './select-phrase';

type Claim = { id: string; start: number; end: number; exact: string };
type ReportJson = { article: { text?: string }; claims: { id: string; start: number; end: number; exact: string }[] };

async function importPasted(page: Page, title: string, text: string): Promise<string> {
  await page.getByRole('link', { name: 'Import article' }).first().click();
  await page.getByLabel('Article text').fill(text);
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Import and freeze' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname.split('/').pop()!;
}

async function markAndRead(page: Page, articleId: string, phrase: string): Promise<Claim> {
  await selectPhrase(page, phrase);
  await page.keyboard.press('m');
  await expect(page.getByRole('list', { name: 'Claims in document order' }).getByRole('listitem')).toHaveCount(1);
  // The session's cookie works for the API as it does for the page.
  const response = await page.request.get(`/api/v1/articles/${articleId}/claims`);
  const { claims } = (await response.json()) as { claims: Claim[] };
  expect(claims).toHaveLength(1);
  return claims[0]!;
}

/** Code points before `phrase` in `text`: what a W3C TextPositionSelector counts. */
function codePointStart(text: string, phrase: string): number {
  return [...text.slice(0, text.indexOf(phrase))].length;
}

/** Every claim, not only published ones (the exports default to published verdicts). */
async function expectExportsAgree(page: Page, articleId: string, claim: Claim, phrase: string) {
  const json = (await (await page.request.get(`/api/v1/articles/${articleId}/export?format=json&scope=all`)).json()) as ReportJson;
  expect(json.claims[0]).toMatchObject({ id: claim.id, start: claim.start, end: claim.end, exact: phrase });
  const markdown = await (await page.request.get(`/api/v1/articles/${articleId}/export?format=markdown&scope=all`)).text();
  expect(markdown).toContain(phrase);
  const annotations = await (await page.request.get(`/api/v1/articles/${articleId}/export?format=annotations&scope=all`)).text();
  expect(annotations).toContain(JSON.stringify(phrase));
  expect(annotations).toContain(`"start": ${claim.start}`);
}

test('a claim after emoji keeps the same code point offsets from the selection to the exports', async ({ page, newUser }) => {
  await signUp(page, newUser);
  const text = 'Fans 😀🎉 cheered as the 𝒳-party 👩‍👩‍👧 rally opened.\n\nThe organisers said 12,000 people attended the rally in Turku.';
  const phrase = '12,000 people attended the rally';
  const articleId = await importPasted(page, 'Rally with emoji', text);
  const claim = await markAndRead(page, articleId, phrase);

  const start = codePointStart(text, phrase);
  // UTF-16 would say more: every emoji and 𝒳 is two units there.
  expect(start).toBeLessThan(text.indexOf(phrase));
  expect(claim).toMatchObject({ start, end: start + [...phrase].length, exact: phrase });
  expect(await highlightedText(page, claim.id)).toBe(phrase);
  await expectExportsAgree(page, articleId, claim, phrase);
});

test('an Arabic article reads right to left, and its claim is highlighted and exported intact', async ({ page, newUser }) => {
  await signUp(page, newUser);
  const text = 'قال وزير المالية 📈 إن التضخم انخفض إلى ثلاثة في المئة هذا العام.\n\nوأضاف أن الحكومة ستخفض الضرائب على الشركات الصغيرة.';
  const phrase = 'التضخم انخفض إلى ثلاثة في المئة';
  const articleId = await importPasted(page, 'تصريحات وزير المالية', text);
  await expect(page.locator('article [dir="rtl"]').first()).toBeVisible();

  const claim = await markAndRead(page, articleId, phrase);
  const start = codePointStart(text, phrase);
  expect(claim).toMatchObject({ start, end: start + [...phrase].length, exact: phrase });
  expect(await highlightedText(page, claim.id)).toBe(phrase);
  await expectExportsAgree(page, articleId, claim, phrase);
});
