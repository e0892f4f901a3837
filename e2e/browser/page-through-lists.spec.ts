// Journey: a desk with more articles, and a claim with more history, than one page holds. The
// editor pages through the article list with the keyboard and loads a claim's older history on
// demand; nothing the desk made is out of reach.
import { sql } from '../integration/support/database';
import { createToken } from '../integration/support/test-users';
import { callApi as api } from './api-as-teammate';
import { expect, test } from './fixtures';

test('an editor pages through the article list with the keyboard', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  for (const n of [1, 2, 3, 4, 5]) await api(baseURL!, token, 'POST', '/api/v1/articles', { title: `Story ${n}`, text: `Text of story ${n}.` });

  await page.goto('/articles?limit=2');
  const titles = page.getByRole('list').first().getByRole('heading', { level: 2 });
  await expect(titles).toHaveText(['Story 5', 'Story 4']);

  const pages = page.getByRole('navigation', { name: 'Pages of articles' });
  await pages.getByRole('link', { name: 'Older articles' }).focus();
  await page.keyboard.press('Enter');
  await expect(titles).toHaveText(['Story 3', 'Story 2']);
  await pages.getByRole('link', { name: 'Older articles' }).focus();
  await page.keyboard.press('Enter');
  await expect(titles).toHaveText(['Story 1']);
  await expect(pages.getByRole('link', { name: 'Older articles' })).toHaveCount(0);

  await pages.getByRole('link', { name: 'Newest articles' }).click();
  await expect(titles).toHaveText(['Story 5', 'Story 4']);
});

test("an editor loads a claim's older history on demand", async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', { title: 'Long story', text: 'The dam holds four billion litres.' });
  const claim = await api<{ id: string }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'four billion litres' },
  });
  // 60 older changes, more than the first page of 50, the oldest of all marked apart.
  await sql(
    `INSERT INTO claim_event (id, "claimId", "workspaceId", "actorName", at, kind, field, "fromValue", "toValue")
     SELECT 'old' || i || c.id, c.id, c."workspaceId", 'Archivist', now() - interval '1 day' - i * interval '1 second',
            'updated', 'statement', 'draft ' || i, CASE WHEN i = 60 THEN 'the very first draft' ELSE 'draft ' || (i - 1) END
     FROM claim c, generate_series(1, 60) AS i WHERE c.id = $1`,
    [claim.id],
  );

  await page.goto(`/articles/${article.id}?claim=${claim.id}`);
  const panel = page.getByRole('complementary', { name: 'Claim details' });
  await expect(panel.getByText('marked the claim')).toBeVisible();
  await expect(panel.getByText('the very first draft')).toHaveCount(0);

  await panel.getByRole('button', { name: 'Show older entries' }).click();
  await expect(panel.getByText('the very first draft')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Show older entries' })).toHaveCount(0);
});

test('a member reaches every claim of a queue longer than one page, with the keyboard', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', { title: 'Busy desk', text: 'The queue is long today.' });
  const claim = await api<{ id: string }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'queue is long' },
  });
  // 55 claims assigned to the member, more than the first page of 50; the oldest marked apart.
  await sql(
    `INSERT INTO claim (id, "workspaceId", "articleId", "articleVersionId", start, "end", exact, prefix, suffix, statement, status, "assigneeId", "updatedAt")
     SELECT 'queued' || i || c.id, c."workspaceId", c."articleId", c."articleVersionId", c.start, c."end", c.exact, c.prefix, c.suffix,
            CASE WHEN i = 55 THEN 'The oldest queued claim' ELSE 'Queued claim ' || i END, 'researching', u.id, now() - i * interval '1 second'
     FROM claim c, "user" u, generate_series(1, 55) AS i WHERE c.id = $1 AND u.email = $2`,
    [claim.id, user.email],
  );

  await page.goto('/my-claims');
  const queue = page.getByRole('region', { name: /Assigned to me/ });
  await expect(queue.getByRole('listitem')).toHaveCount(50);
  await expect(queue.getByText('The oldest queued claim')).toHaveCount(0);
  await queue.getByRole('button', { name: 'Show more' }).focus();
  await page.keyboard.press('Enter');
  await expect(queue.getByText('The oldest queued claim')).toBeVisible();
  await expect(queue.getByRole('listitem')).toHaveCount(55);
  await expect(queue.getByRole('button', { name: 'Show more' })).toHaveCount(0);
});

test('an admin reaches every public link of the workspace, with the keyboard', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', { title: 'Widely shared', text: 'Shared everywhere.' });
  // 53 live links, more than the first page of 50.
  await sql(
    `INSERT INTO share_link (id, "workspaceId", kind, "articleId", "tokenHash", "createdAt")
     SELECT 'bulklink' || i || a.id, a."workspaceId", 'article', a.id, 'bulkhash' || i || a.id, now() - i * interval '1 second'
     FROM article a, generate_series(1, 53) AS i WHERE a.id = $1`,
    [article.id],
  );

  await page.goto('/settings/share-links');
  const links = page.getByRole('list', { name: 'Live public links' }).getByRole('listitem');
  await expect(links).toHaveCount(50);
  await page.getByRole('button', { name: 'Show older links' }).focus();
  await page.keyboard.press('Enter');
  await expect(links).toHaveCount(53);
  await expect(page.getByRole('button', { name: 'Show older links' })).toHaveCount(0);
});

test('an editor reaches the last claim of a long article from its claim list', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', { title: 'Many claims', text: 'The budget rose by a third.' });
  const claim = await api<{ id: string }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'budget rose' },
  });
  // 60 claims in all, more than the 40 the page brings; the last one marked apart.
  await sql(
    `INSERT INTO claim (id, "workspaceId", "articleId", "articleVersionId", start, "end", exact, prefix, suffix, statement, status, "createdAt", "updatedAt")
     SELECT 'many' || i || c.id, c."workspaceId", c."articleId", c."articleVersionId", c.start, c."end", c.exact, c.prefix, c.suffix,
            CASE WHEN i = 59 THEN 'The last claim of the list' ELSE 'Claim ' || i END, 'to_check', now() + i * interval '1 second', now()
     FROM claim c, generate_series(1, 59) AS i WHERE c.id = $1`,
    [claim.id],
  );

  await page.goto(`/articles/${article.id}`);
  const list = page.getByRole('list', { name: 'Claims in document order' });
  await expect(list.getByRole('listitem')).toHaveCount(60);
  const last = list.getByRole('button', { name: /The last claim of the list/ });
  await expect(last).toContainText('#60');
  await last.click();
  await expect(last).toHaveAttribute('aria-current', 'true');
});

test('choosing a claim at the end of a long article brings its highlight into view', async ({ signedInPage: page, user, baseURL }) => {
  const token = await createToken(user.email);
  const paragraphs = Array.from({ length: 70 }, (_, i) => `Paragraph ${i + 1} reports ${(i + 2) * 11} inspections in the harbour district last spring.`);
  const article = await api<{ id: string }>(baseURL!, token, 'POST', '/api/v1/articles', { title: 'A long report', text: paragraphs.join('\n\n') });
  const claim = await api<{ id: string }>(baseURL!, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'Paragraph 70 reports' },
  });

  await page.goto(`/articles/${article.id}`);
  await page.locator('article div[data-interactive]').waitFor();
  const highlight = page.locator(`mark[data-claim-ids~="${claim.id}"]`);
  await expect(highlight).not.toBeInViewport();
  await page.getByRole('list', { name: 'Claims in document order' }).getByRole('button').first().click();
  await expect(highlight).toBeInViewport();
});
