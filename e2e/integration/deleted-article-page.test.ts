// Story: an editor is told that a story they reviewed changed at its source; then an admin deletes
// the article (imported by mistake). The notification stays in the editor's inbox, marked, and its
// link no longer answers 404: the article's page says it was deleted, when and by whom, and until
// when an admin can restore it; the admin sees a Restore button there. Past 30 days it can no
// longer be restored, and once purged the same address says the article no longer exists. An old
// version's address says the same.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDto } from '@/lib/validations/article';
import { formatDateTime } from '@/lib/format';
import { notificationPath } from '@/lib/core/notifications/notification-kinds';
import { baseUrl, createArticle, createMember, createTeammate, sessionCookieOf, type Member } from './support/api';
import { publishClaim } from './support/share-fixtures';
import { setSelfApproval, workspaceIdByName } from './support/workspace-settings';
import { inbox } from './support/notifications';
import { sql } from './support/database';

const BODY = 'The harbour board voted to close the north pier. Repairs would cost 3 million euros.';

let admin: Member;
let editor: Member;
let article: ArticleDto;
let restorableUntil: string;
let workspaceId: string;

const cookies = new Map<Member, Promise<string>>();
/** A page as the member's browser gets it, in the admin's workspace. */
async function page(member: Member, path: string) {
  // One sign-in per member: signing in for every page ran into the sign-in throttle (429) in CI.
  if (!cookies.has(member)) cookies.set(member, sessionCookieOf(member));
  const cookie = `${await cookies.get(member)!}; factdesk-workspace=${workspaceId}`;
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: 'manual' });
  return { status: response.status, html: await response.text() };
}

beforeAll(async () => {
  admin = await createMember('deleted-page');
  editor = await createTeammate(admin, 'editor');
  workspaceId = await workspaceIdByName(admin.user.workspace);
  await setSelfApproval(admin.user.workspace, true);
  article = await createArticle(admin.api, { title: 'Harbour vote', text: BODY });
  await publishClaim(editor.api, article.id, 'Repairs would cost 3 million euros');
  const revised = await admin.api.post(`/api/v1/articles/${article.id}/versions`, { text: `${BODY} The vote was 5 to 2.` });
  expect(revised.status).toBe(201);
  const deleted = await admin.api.delete<{ restorableUntil: string }>(`/api/v1/articles/${article.id}`);
  expect(deleted.status).toBe(200);
  restorableUntil = deleted.body.restorableUntil;
}, 120_000);

describe('a notification about an article deleted since', () => {
  it('stays in the inbox, marked deleted, and leads to the article page', async () => {
    const changed = (await inbox(editor)).find((n) => n.kind === 'article_changed' && n.articleId === article.id);
    expect(changed).toMatchObject({ articleDeleted: true, excerpt: 'Harbour vote' });
    expect(notificationPath(changed!)).toBe(`/articles/${article.id}`);
    const list = await page(editor, '/notifications');
    expect(list.html).toContain('The article was deleted since');
  });

  it('lands a member on a page that says when and by whom it was deleted, and that an admin can restore it until when', async () => {
    const { status, html } = await page(editor, `/articles/${article.id}`);
    expect(status).toBe(200);
    expect(html).toContain('Harbour vote (deleted)');
    expect(html).toMatch(new RegExp(`This article was deleted on .+ by ${admin.user.name}\\.`));
    expect(html).toContain(`An admin can restore it, with its claims, until ${formatDateTime(restorableUntil)}`);
    expect(html).not.toContain('Restore article');
    // Only that it was deleted: not its text or claims.
    expect(html).not.toContain('north pier');
  });

  it('offers the admin Restore on the same page, and on an old version’s page too', async () => {
    const { status, html } = await page(admin, `/articles/${article.id}?claim=anything`);
    expect(status).toBe(200);
    expect(html).toContain(`You can restore it, with its claims, until ${formatDateTime(restorableUntil)}`);
    expect(html).toContain('Restore article');
    const old = await page(admin, `/articles/${article.id}/versions/1`);
    expect(old.status).toBe(200);
    expect(old.html).toContain('This article was deleted on');
    expect(old.html).toContain('Restore article');
  });

  it('says it can no longer be restored after 30 days, and that it no longer exists once purged', async () => {
    await sql(`UPDATE article SET "deletedAt" = now() - interval '31 days' WHERE id = $1`, [article.id]);
    const late = await page(admin, `/articles/${article.id}`);
    expect(late.html).toContain('It can no longer be restored');
    expect(late.html).not.toContain('Restore article');

    // What the purge job does (decision 042): the row goes, its notifications with it.
    await sql('DELETE FROM article WHERE id = $1', [article.id]);
    // (The status is 200: the signed-in pages stream behind their loading state, so the answer
    // has begun before the page knows; what the reader sees is what counts.)
    const gone = await page(editor, `/articles/${article.id}`);
    expect(gone.html).toContain('This article no longer exists');
    expect(gone.html).not.toContain('This article was deleted on');
    expect((await inbox(editor)).some((n) => n.articleId === article.id)).toBe(false);
  });
});

describe('an article that is not deleted', () => {
  it('is not marked in the inbox', async () => {
    const fresh = await createArticle(admin.api, { title: 'Ferry fares', text: 'Fares rose by 9 percent this spring.' });
    await publishClaim(editor.api, fresh.id, 'Fares rose by 9 percent');
    expect((await admin.api.post(`/api/v1/articles/${fresh.id}/versions`, { text: 'Fares rose by 9 percent this spring. Updated.' })).status).toBe(201);
    expect((await inbox(editor)).find((n) => n.articleId === fresh.id)).toMatchObject({ kind: 'article_changed', articleDeleted: false });
  });
});
