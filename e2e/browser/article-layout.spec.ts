// Journey: an editor opens a long article on a wide screen. The browser paints the article's text
// before it has parsed the claims column that follows it in the HTML; the text must already stand
// where it will stay, or it jumps sideways under the reader's eyes (a layout shift Lighthouse
// measured on the 300-claim article). Decision 043.
import { createToken } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';

for (const width of [1100, 1440]) {
  test(`the article keeps its place while the columns beside it arrive (${width} px wide)`, async ({ signedInPage: page, user, baseURL }) => {
    const token = await createToken(user.email);
    const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
      title: 'Wide-screen story',
      text: 'The reservoir holds four billion litres.\n\nIts dam was finished in 1962.',
    });
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/articles/${article.id}`);
    const text = page.getByRole('article');
    await expect(text.getByText('Its dam was finished in 1962.')).toBeVisible();
    // Where its text starts and how wide it runs (its height follows the tallest column).
    const place = async () => {
      const box = await text.boundingBox();
      return box && { x: box.x, y: box.y, width: box.width };
    };
    const settled = await place();

    // What the browser has while it is still parsing: the article, and nothing after it.
    await page.getByRole('complementary').evaluateAll((columns) => columns.forEach((column) => column.remove()));
    await expect(page.getByRole('complementary')).toHaveCount(0);
    expect(await place()).toEqual(settled);
  });
}

test('on a phone the title has the width of the text, the buttons beneath it', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', {
    title: 'Russian foreign minister says talks on the reservoir will resume on Sunday',
    text: 'The reservoir holds four billion litres.',
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/articles/${article.id}`);
  const text = page.getByRole('article');
  const title = await text.getByRole('heading', { level: 1 }).boundingBox();
  const paragraph = await text.getByText('The reservoir holds four billion litres.').boundingBox();
  const share = await text.getByText('Share review').boundingBox();
  // As wide as the article's text (it was a third of it beside the buttons).
  expect(title!.width).toBeGreaterThan(paragraph!.width * 0.9);
  expect(share!.y).toBeGreaterThan(title!.y + title!.height - 1);
});
