// Story: a reader opens a shared link without signing in. The verdict page shows the claim, the
// quote in context, the verdict and explanation, the sources with their stance, the claimant, the
// article and the workspace, and carries ClaimReview for search engines and card tags for chat
// tools. Nothing internal ever shows. Revoked and expired links answer 410; made-up ones 404.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import { baseUrl, createArticle, createMember, type Member } from './support/api';
import { createClaimLink, markClaim, publishClaim, shareArticleWithClaims, tokenOf } from './support/share-fixtures';
import { setSelfApproval } from './support/workspace-settings';

const database = new pg.Client({ connectionString: process.env.DATABASE_URL });

let owner: Member;
let articleId: string;
let published: ClaimDto;
let verdictUrl: string;

const INTERNAL_NOTE = 'INTERNAL-NOTE-do-not-publish';
const COMMENT = 'COMMENT-only-for-the-team';
const DRAFT_STATEMENT = 'DRAFT: the ferry was never late.';

/** An anonymous visit: no cookie, no token. */
async function visit(url: string) {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

function metaContent(html: string, key: string): string | null {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return match?.[1] ?? null;
}

function jsonLd(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? 'null'));
}

beforeAll(async () => {
  await database.connect();
  owner = await createMember('share-public');
  // The only member of the workspace publishes their own verdicts (the review gate allows it when
  // the workspace says so).
  await setSelfApproval(owner.user.workspace, true);
  articleId = (await shareArticleWithClaims(owner.api)).id;
  published = await publishClaim(owner.api, articleId, 'the harbour bridge carried 40,000 cars a day in 2024', {
    statement: 'The harbour bridge carried 40,000 cars a day in 2024.',
    claimant: 'The mayor',
    explanation: 'Traffic counts show 31,000 cars a day.',
  });
  const evidence = await owner.api.post<{ id: string }>(`/api/v1/claims/${published.id}/evidence`, {
    url: 'https://stats.example/traffic-2024',
    title: 'Harbour traffic counts 2024',
    publisher: 'Statistics Office',
    stance: 'refutes',
  });
  await markClaim(owner.api, articleId, 'the ferry had never been late', { statement: DRAFT_STATEMENT });
  // What only the team may see, written the way other parts of the app write it.
  await database.query('UPDATE evidence SET "internalNote" = $1 WHERE id = $2', [INTERNAL_NOTE, evidence.body.id]);
  await database.query(
    `INSERT INTO comment (id, "claimId", "workspaceId", body, "updatedAt") SELECT 'cmt_' || md5(random()::text), id, "workspaceId", $1, now() FROM claim WHERE id = $2`,
    [COMMENT, published.id],
  );
  await database.query(
    `INSERT INTO claim_event (id, "claimId", "workspaceId", kind, field, "fromValue", "toValue", reason, at)
     SELECT 'evt_' || md5(random()::text), id, "workspaceId", 'corrected', 'explanation', 'old', 'new', 'The count was for 2023', now() FROM claim WHERE id = $1`,
    [published.id],
  );
  await database.query('UPDATE claim SET "correctedAt" = now() WHERE id = $1', [published.id]);
  verdictUrl = (await createClaimLink(owner.api, published.id)).url;
});

afterAll(async () => {
  await database.end();
});

describe('the public verdict page', () => {
  it('shows the verdict card to anyone holding the link, as cacheable HTML', async () => {
    const page = await visit(verdictUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('cache-control')).toBe('public, no-cache');
    for (const text of [
      'The harbour bridge carried 40,000 cars a day in 2024.',
      'False',
      'Traffic counts show 31,000 cars a day.',
      'Harbour traffic counts 2024',
      'Refutes',
      'Claim by The mayor',
      'Harbour figures',
      'Harbour Gazette',
      owner.user.workspace,
      'Corrected on',
      'The count was for 2023',
    ]) {
      expect(page.html, text).toContain(text.replace(/&/g, '&amp;'));
    }
    // The quote in its context: the sentence around the claim.
    expect(page.html).toContain('The mayor said');
  });

  it('paints the verdict in the desk’s own colour for it, once the desk chooses one', async () => {
    const badge = (html: string) => /<span class="tone-false[^"]*"[^>]*>False<\/span>/.exec(html)?.[0];
    expect(badge((await visit(verdictUrl)).html)).toContain('style="background:var(--tone)"');

    const scale = await owner.api.get<{ ratings: { id: string; key: string }[] }>('/api/v1/ratings');
    const falseRating = scale.body.ratings.find((r) => r.key === 'false')!;
    await owner.api.patch(`/api/v1/ratings/${falseRating.id}`, { color: '#7e22ce' });
    try {
      expect(badge((await visit(verdictUrl)).html)).toContain('style="--tone:#7e22ce;background:var(--tone)"');
      // The article's review: its badge and the highlight in the text.
      const review = await visit((await owner.api.post<{ url: string }>(`/api/v1/articles/${articleId}/share-links`, {})).body.url);
      expect(badge(review.html)).toContain('--tone:#7e22ce');
      expect(review.html).toMatch(/<mark class="claim-highlight tone-false" style="[^"]*--tone:#7e22ce[^"]*">the harbour bridge/);
    } finally {
      await owner.api.patch(`/api/v1/ratings/${falseRating.id}`, { color: null });
    }
  });

  it('never shows internal notes, unpublished claims, comments or member addresses', async () => {
    const page = await visit(verdictUrl);
    for (const secret of [INTERNAL_NOTE, COMMENT, DRAFT_STATEMENT, owner.user.email, owner.user.name]) expect(page.html).not.toContain(secret);
  });

  it('shows a source added, changed or removed after publication at once, not after the cache expires', async () => {
    expect((await visit(verdictUrl)).html).not.toContain('Ferry timetable archive');
    const added = await owner.api.post<{ id: string }>(`/api/v1/claims/${published.id}/evidence`, {
      url: 'https://archive.example/ferry', title: 'Ferry timetable archive', stance: 'context',
    });
    expect(added.status).toBe(201);
    expect((await visit(verdictUrl)).html).toContain('Ferry timetable archive');
    expect((await owner.api.patch(`/api/v1/evidence/${added.body.id}`, { title: 'Ferry timetables 1990–2024' })).status).toBe(200);
    expect((await visit(verdictUrl)).html).toContain('Ferry timetables 1990–2024');
    expect((await owner.api.delete(`/api/v1/evidence/${added.body.id}`)).status).toBe(204);
    expect((await visit(verdictUrl)).html).not.toContain('Ferry timetables 1990–2024');
  });

  it('embeds the claim’s ClaimReview, pointing at the page', async () => {
    const [review] = jsonLd((await visit(verdictUrl)).html) as Record<string, unknown>[];
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: verdictUrl,
      claimReviewed: 'The harbour bridge carried 40,000 cars a day in 2024.',
      author: { '@type': 'Organization', name: owner.user.workspace },
      reviewRating: { alternateName: 'False' },
    });
  });

  it('unfurls into a card: Open Graph and Twitter tags with a generated PNG', async () => {
    const { html } = await visit(verdictUrl);
    expect(metaContent(html, 'og:title')).toContain('The harbour bridge carried 40,000 cars');
    expect(metaContent(html, 'og:type')).toBe('article');
    expect(metaContent(html, 'og:url')).toBe(verdictUrl);
    expect(metaContent(html, 'og:description')).toBeTruthy();
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    const image = metaContent(html, 'og:image');
    expect(image).toBe(`${verdictUrl}/card.png`);
    const response = await fetch(image!.replace(/&amp;/g, '&'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it('escapes the JSON-LD so a statement cannot end the script element', async () => {
    const sneaky = await publishClaim(owner.api, articleId, 'the toll will be scrapped next spring', {
      statement: 'The toll ends </script><script>alert(1)</script> next spring.',
    });
    const { html } = await visit((await createClaimLink(owner.api, sneaky.id)).url);
    expect(html).not.toContain('<script>alert(1)</script>');
    const [review] = jsonLd(html) as { claimReviewed: string }[];
    expect(review?.claimReviewed).toBe('The toll ends </script><script>alert(1)</script> next spring.');
  });
});

describe('the public review of an article', () => {
  it('shows the frozen text with only the published verdicts highlighted', async () => {
    const response = await owner.api.post<{ url: string }>(`/api/v1/articles/${articleId}/share-links`, {});
    const page = await visit(response.body.url);
    expect(page.status).toBe(200);
    expect(page.html).toContain('She also claimed that the ferry had never been late');
    expect(page.html).toMatch(/<mark[^>]*>the harbour bridge carried 40,000 cars a day in 2024<\/mark>/);
    expect(page.html).not.toMatch(/<mark[^>]*>the ferry had never been late<\/mark>/);
    expect(page.html).toContain('The harbour bridge carried 40,000 cars a day in 2024.');
    for (const secret of [INTERNAL_NOTE, COMMENT, DRAFT_STATEMENT, owner.user.email]) expect(page.html).not.toContain(secret);
    expect(jsonLd(page.html)[0]).toBeInstanceOf(Array);
    expect(metaContent(page.html, 'twitter:card')).toBe('summary_large_image');
  });
});

describe('links that no longer work', () => {
  it('answers 410 with a clear page once the link is revoked', async () => {
    const link = await createClaimLink(owner.api, published.id);
    expect((await visit(link.url)).status).toBe(200);
    expect((await owner.api.delete(`/api/v1/share-links/${link.id}`)).status).toBe(204);
    const gone = await visit(link.url);
    expect(gone.status).toBe(410);
    expect(gone.html).toContain('This link is no longer available');
    expect(gone.html).not.toContain('The harbour bridge carried');
    expect((await visit(`${link.url}/card.png`)).status).toBe(410);
  });

  it('answers 410 once the link has expired', async () => {
    const link = await createClaimLink(owner.api, published.id, { expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    await database.query(`UPDATE share_link SET "expiresAt" = now() - interval '1 minute' WHERE id = $1`, [link.id]);
    const gone = await visit(link.url);
    expect(gone.status).toBe(410);
    expect(gone.html).toContain('This link is no longer available');
  });

  it('answers 410 when the verdict is no longer published, even right after a view', async () => {
    const claim = await publishClaim(owner.api, articleId, 'A third sentence says');
    const link = await createClaimLink(owner.api, claim.id);
    expect((await visit(link.url)).status).toBe(200);
    const back = await owner.api.patch(`/api/v1/claims/${claim.id}`, { version: claim.version, status: 'needs_review' });
    expect(back.status).toBe(200);
    expect((await visit(link.url)).status).toBe(410);
  });

  it('answers 410 once the claim is deleted, even right after a view, and 200 again when it is restored', async () => {
    const claim = await publishClaim(owner.api, articleId, 'which the union disputes');
    const link = await createClaimLink(owner.api, claim.id);
    expect((await visit(link.url)).status).toBe(200);
    expect((await owner.api.delete(`/api/v1/claims/${claim.id}`)).status).toBe(204);
    expect((await visit(link.url)).status).toBe(410);
    expect((await owner.api.post(`/api/v1/claims/${claim.id}/restore`)).status).toBe(200);
    expect((await visit(link.url)).status).toBe(200);
  });

  it('answers 404 to a made-up or mistyped token', async () => {
    const real = tokenOf(verdictUrl);
    const altered = real.slice(0, -1) + (real.endsWith('A') ? 'B' : 'A');
    expect((await visit(`${baseUrl}/v/${altered}`)).status).toBe(404);
    expect((await visit(`${baseUrl}/v/not-a-token`)).status).toBe(404);
    expect((await visit(`${baseUrl}/r/${real}`)).status).toBe(404);
    expect((await visit(`${baseUrl}/v/%ZZ`)).status).toBeLessThan(500);
  });
});

describe('serving a popular link', () => {
  /** Every file and folder name under the server's build folder, which is where Next keeps its caches. */
  async function namesUnder(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { recursive: true });
    return entries.map((entry) => path.join(folder, entry));
  }

  it('keeps no file named after a link on the server’s disk once its pages were viewed', async () => {
    const claimLink = await createClaimLink(owner.api, published.id);
    const articleLink = await owner.api.post<{ url: string }>(`/api/v1/articles/${articleId}/share-links`, {});
    for (const url of [claimLink.url, articleLink.body.url]) {
      expect((await visit(url)).status).toBe(200);
      expect((await visit(url)).status).toBe(200);
      expect((await visit(`${url.replace('/r/', '/v/')}/card.png`)).status).toBeLessThan(500);
    }
    const names = await namesUnder(path.join(process.cwd(), '.next'));
    expect(names.length).toBeGreaterThan(0);
    for (const url of [claimLink.url, articleLink.body.url]) {
      const token = tokenOf(url);
      expect(names.filter((name) => name.includes(token.slice(4)))).toEqual([]);
    }
  });

  it('answers repeat views with the same page and an ETag, and a client holding it gets 304', async () => {
    const first = await visit(verdictUrl);
    const second = await visit(verdictUrl);
    const etag = second.headers.get('etag');
    // Strong: the same bytes for every reader (no nonce on these pages, decision 032).
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(second.html).toBe(first.html);
    expect(first.headers.get('etag')).toBe(etag);
    expect(second.headers.get('cache-control')).toBe('public, no-cache');
    expect(second.headers.get('x-content-type-options')).toBe('nosniff');
    const revalidated = await fetch(verdictUrl, { headers: { 'if-none-match': etag! } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    expect((await fetch(verdictUrl, { headers: { 'if-none-match': '"something-else"' } })).status).toBe(200);
  });

  it('never answers one link with another link’s page', async () => {
    const other = await publishClaim(owner.api, articleId, 'which the union disputes', { statement: 'The union disputes the ferry times.' });
    const otherUrl = (await createClaimLink(owner.api, other.id)).url;
    for (let round = 0; round < 3; round += 1) {
      const [a, b] = await Promise.all([visit(verdictUrl), visit(otherUrl)]);
      expect(metaContent(a.html, 'og:url')).toBe(verdictUrl);
      expect(metaContent(b.html, 'og:url')).toBe(otherUrl);
      expect(b.html).toContain('The union disputes the ferry times.');
      expect(a.html).not.toContain('The union disputes the ferry times.');
      expect(a.headers.get('etag')).not.toBe(b.headers.get('etag'));
    }
  });

  it('shows a correction at once (every instance: share-links-two-instances.test.ts)', async () => {
    const claim = await publishClaim(owner.api, articleId, 'the toll will be scrapped', { statement: 'The toll will be scrapped next spring.', explanation: 'The council has not voted.' });
    const link = await createClaimLink(owner.api, claim.id);
    const article = await owner.api.post<{ url: string }>(`/api/v1/articles/${articleId}/share-links`, {});
    expect((await visit(link.url)).html).toContain('The council has not voted.');
    expect((await visit(article.body.url)).html).toContain('The council has not voted.');
    const corrected = await owner.api.patch(`/api/v1/claims/${claim.id}`, {
      version: claim.version,
      explanation: 'The council voted against it in May.',
      correctionReason: 'The vote took place after we published.',
    });
    expect(corrected.status).toBe(200);
    for (const url of [link.url, article.body.url]) {
      const page = await visit(url);
      expect(page.html).toContain('The council voted against it in May.');
      expect(page.html).not.toContain('The council has not voted.');
    }
  });
});

describe('the quote in context on a long article', () => {
  it('shows the same words around the quote as the full text gives, counting characters as the article does', async () => {
    // Characters outside the Basic Multilingual Plane (two UTF-16 units, one code point) and
    // accents before the quote: the page reads only the stretch around the quote, whose bounds
    // PostgreSQL counts in code points, the unit claims use (decision 003).
    const lead = Array.from({ length: 60 }, (_, i) => `Ferry ${i} 🚢 sailed from Ålesund to Bodø on time.`).join(' ');
    const text = `${lead} The pier was rebuilt in 2019 for 4 million euros, said the harbour master. ${lead}\n\nA last paragraph.`;
    const article = await createArticle(owner.api, { title: 'Long harbour story', text });
    const claim = await publishClaim(owner.api, article.id, 'The pier was rebuilt in 2019 for 4 million euros');
    const { quoteContext } = await import('@/lib/core/exports/quote-context');
    const expected = quoteContext(text, claim, 160);
    expect(expected.placed).toBe(true);
    expect(expected.before).toContain('🚢');

    const page = await visit((await createClaimLink(owner.api, claim.id)).url);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`… ${expected.before}<mark`);
    expect(page.html).toContain(`</mark>${expected.after} …`);
  });
});
