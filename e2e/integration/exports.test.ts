// Story: an editor downloads the review of an article in the standard formats: a Markdown report,
// a spreadsheet, everything as JSON, ClaimReview for search engines and W3C annotations for other
// annotation tools. Unpublished work stays out unless asked for; other newsrooms see nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import { createArticle, createMember, createTeammate, type Member } from './support/api';

const TEXT =
  'The council said 😀 the new tram line carried 12 million passengers in 2024.\n\n' +
  'It also claimed that fares had not risen since 2019, which the opposition disputes.';

let editor: Member;
let reviewer: Member;
let outsider: Member;
let articleId: string;
let publishedId: string;
let shareUrl: string;
const CORRECTION_REASON = 'The operator published its audited ridership figures.';
const SHARE_EXPIRES = new Date(Date.now() + 30 * 86_400_000).toISOString();

beforeAll(async () => {
  editor = await createMember('exports');
  outsider = await createMember('outsider');
  articleId = (await createArticle(editor.api, { title: 'Tram figures', outlet: 'City Gazette', text: TEXT })).id;
  const mark = async (exact: string) =>
    (await editor.api.post<ClaimDto>(`/api/v1/articles/${articleId}/claims`, { selector: { type: 'TextQuoteSelector', exact } })).body;
  const published = await mark('the new tram line carried 12 million passengers in 2024');
  const proposed = await editor.api.patch<ClaimDto>(`/api/v1/claims/${published.id}`, {
    version: published.version,
    statement: 'The tram line carried 12 million passengers in 2024.',
    verdict: 'mostly_true',
    explanation: 'The operator reports 11.8 million.',
    status: 'needs_review',
  });
  // The review gate: a second editor approves what the first proposed, then corrects it with a
  // reason, and the first shares the verdict on a public page.
  reviewer = await createTeammate(editor, 'editor');
  const approved = await reviewer.api.post<ClaimDto>(`/api/v1/claims/${published.id}/approve`, { version: proposed.body.version });
  if (approved.status !== 200) throw new Error(`Approving failed: ${approved.status} ${approved.text}`);
  const corrected = await reviewer.api.patch(`/api/v1/claims/${published.id}`, {
    version: approved.body.version,
    verdict: 'true',
    explanation: 'The audited figure is 12.1 million.',
    correctionReason: CORRECTION_REASON,
  });
  if (corrected.status !== 200) throw new Error(`Correcting failed: ${corrected.status} ${corrected.text}`);
  const shared = await editor.api.post<{ url: string }>(`/api/v1/claims/${published.id}/share-links`, { expiresAt: SHARE_EXPIRES });
  if (shared.status !== 201) throw new Error(`Sharing failed: ${shared.status} ${shared.text}`);
  shareUrl = shared.body.url;
  publishedId = published.id;
  await editor.api.post(`/api/v1/claims/${published.id}/evidence`, { url: 'https://example.org/ridership', title: 'Ridership 2024', stance: 'supports' });
  const draft = await mark('fares had not risen since 2019');
  await editor.api.patch(`/api/v1/claims/${draft.id}`, { version: draft.version, statement: 'Fares have not risen since 2019.' });
});

const path = (query: string) => `/api/v1/articles/${articleId}/export?${query}`;

describe('downloading the review', () => {
  it('gives a Markdown report of the published claims, as a file named after the article', async () => {
    const response = await editor.api.get<string>(path('format=markdown'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/markdown');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="tram-figures-review.md"');
    expect(response.text).toContain('The tram line carried 12 million passengers in 2024.');
    expect(response.text).toContain('Mostly true');
    expect(response.text).not.toContain('Fares have not risen since 2019.');
  });

  it('includes unpublished claims when asked', async () => {
    const response = await editor.api.get<string>(path('format=markdown&scope=all'));
    expect(response.text).toContain('Fares have not risen since 2019.');
  });

  it('gives a CSV with one row per claim and a byte-order mark for spreadsheets', async () => {
    const response = await editor.api.get<string>(path('format=csv&scope=all'));
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await (await fetch(`${process.env.FACTDESK_TEST_URL}${path('format=csv&scope=all')}`, { headers: { authorization: `Bearer ${editor.token}` } })).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = response.text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
  });

  it('gives ClaimReview only for the published claim, with its rating on the scale', async () => {
    const response = await editor.api.get<Record<string, unknown>[]>(path('format=claimreview&scope=all'));
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(1);
    const review = response.body[0] as { claimReviewed: string; reviewRating: { alternateName: string; ratingValue: number; bestRating: number; worstRating: number } };
    expect(review.claimReviewed).toBe('The tram line carried 12 million passengers in 2024.');
    expect(review.reviewRating).toMatchObject({ alternateName: 'True', ratingValue: 5, bestRating: 5, worstRating: 1 });
  });

  it('gives W3C annotations whose positions count code points (the emoji counts once)', async () => {
    const response = await editor.api.get<{ type: string; first: { items: { target: { selector: { type: string; start?: number }[] } }[] } }>(
      path('format=annotations'),
    );
    expect(response.body.type).toBe('AnnotationCollection');
    const selectors = response.body.first.items[0]!.target.selector;
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    expect(position?.start).toBe(TEXT.indexOf('the new tram') - 1);
  });

  it('refuses an unknown format with a field message', async () => {
    const response = await editor.api.get<{ error: { fields: Record<string, string[]> } }>(path('format=docx'));
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty('format');
  });

  it('shows another newsroom nothing', async () => {
    expect((await outsider.api.get(path('format=json'))).status).toBe(404);
  });
});

describe('who checked, who approved, and the corrections', () => {
  type ReportJson = {
    summary: { reviewers: { name: string; checked: number; approved: number }[] };
    claims: {
      id: string;
      checkedBy: string | null;
      approvedBy: string | null;
      approvedAt: string | null;
      publishedAt: string | null;
      correctedAt: string | null;
      publicUrl: string | null;
      publicLink: { sharedAt: string; expiresAt: string | null } | null;
      corrections: { at: string; by: string; field: string | null; from: string | null; to: string | null; reason: string }[];
    }[];
  };

  it('names the proposer as checker, the second editor as approver, and lists the corrections with their reason', async () => {
    const response = await editor.api.get<ReportJson>(path('format=json'));
    expect(response.status).toBe(200);
    const claim = response.body.claims.find((c) => c.id === publishedId)!;
    expect(claim).toMatchObject({ checkedBy: editor.user.name, approvedBy: reviewer.user.name, publicUrl: null });
    expect(claim.publishedAt).toBe(claim.approvedAt);
    expect(Date.parse(claim.correctedAt!)).toBeGreaterThanOrEqual(Date.parse(claim.approvedAt!));
    expect(claim.corrections).toEqual(
      expect.arrayContaining([
        { at: expect.any(String), by: reviewer.user.name, field: 'verdict', from: 'Mostly true', to: 'True', reason: CORRECTION_REASON },
        { at: expect.any(String), by: reviewer.user.name, field: 'explanation', from: 'The operator reports 11.8 million.', to: 'The audited figure is 12.1 million.', reason: CORRECTION_REASON },
      ]),
    );
    expect(claim.corrections).toHaveLength(2);
    // The history row and the claim's column are written in one transaction, a moment apart.
    for (const correction of claim.corrections) expect(Math.abs(Date.parse(correction.at) - Date.parse(claim.correctedAt!))).toBeLessThan(5_000);
    expect(response.body.summary.reviewers).toEqual(
      expect.arrayContaining([
        { name: editor.user.name, checked: 1, approved: 0 },
        { name: reviewer.user.name, checked: 0, approved: 1 },
      ]),
    );
  });

  it('says the verdict is shared publicly, and until when, without ever printing the secret link', async () => {
    const json = await editor.api.get<ReportJson>(path('format=json'));
    const claim = json.body.claims.find((c) => c.id === publishedId)!;
    expect(claim.publicLink).toEqual({ sharedAt: expect.any(String), expiresAt: SHARE_EXPIRES });
    const token = shareUrl.split('/').pop()!;
    for (const format of ['json', 'markdown', 'csv', 'claimreview']) {
      expect((await editor.api.get<string>(path(`format=${format}`))).text, format).not.toContain(token);
    }
  });

  it('prints the review line and the corrections in the Markdown and the CSV', async () => {
    const markdown = (await editor.api.get<string>(path('format=markdown'))).text;
    expect(markdown).toMatch(new RegExp(`Checked by ${editor.user.name} · approved by ${reviewer.user.name} on \\d{4}-\\d{2}-\\d{2}`));
    expect(markdown).toContain(`verdict Mostly true → True. Reason: ${CORRECTION_REASON}`);
    expect(markdown).toMatch(/Public page: shared since \d{4}-\d{2}-\d{2}, until/);
    const [header, row] = (await editor.api.get<string>(path('format=csv'))).text.replace(/^\uFEFF/, '').split('\r\n');
    for (const column of ['Checked by', 'Approved by', 'Approved at', 'Published at', 'Corrected at', 'Corrections count', 'Corrections']) {
      expect(header).toContain(column);
    }
    expect(row).toContain(reviewer.user.name);
  });

  it('dates the ClaimReview by its publication and its correction, and points at the team permalink', async () => {
    const json = await editor.api.get<ReportJson>(path('format=json'));
    const claim = json.body.claims.find((c) => c.id === publishedId)!;
    const [review] = (await editor.api.get<{ url: string; datePublished: string; dateModified: string }[]>(path('format=claimreview'))).body;
    expect(review).toMatchObject({ datePublished: claim.publishedAt, dateModified: claim.correctedAt });
    expect(review!.url).toContain(`/articles/${articleId}`);
  });
});

describe('the PDF report', () => {
  it('is a real PDF whose text holds the article title, the published claim and its verdict', async () => {
    const response = await fetch(`${process.env.FACTDESK_TEST_URL}${path('format=pdf')}`, { headers: { authorization: `Bearer ${editor.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="tram-figures-review.pdf"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Tram figures');
    expect(text).toContain('The tram line carried 12 million passengers in 2024.');
    expect(text).toContain('True');
    expect(text).toContain(reviewer.user.name);
    // pdftotext -layout may break a long line; the reason's words are in order all the same.
    expect(text.replace(/\s+/g, ' ')).toContain(CORRECTION_REASON);
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).not.toContain('Fares have not risen since 2019.');
  }, 60_000);
});

/** The text of a PDF, read by poppler's pdftotext (npm test installs it). */
async function pdfText(pdf: Buffer): Promise<string> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = execFile('pdftotext', ['-layout', '-', '-'], { maxBuffer: 10 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    child.stdin?.end(pdf);
  });
}
