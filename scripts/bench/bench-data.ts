// Data for the benchmarks, written through the data layer itself: a user, a token, the sample
// article and claims on its sentences.
import { randomBytes } from 'node:crypto';

export type BenchData = { email: string; password: string; token: string; articleId: string; claimIds: string[] };

/** Sentences of the text that occur once, usable as unambiguous quotes. */
function uniqueSentences(text: string): string[] {
  const sentences = text.split(/(?<=[.!?”])\s+/).map((s) => s.trim()).filter((s) => s.length > 30);
  return sentences.filter((s) => text.indexOf(s) === text.lastIndexOf(s));
}

/**
 * The bench user as the data layer sees them: their membership and role read from the database
 * (resolveActor, as for every page and request), never assumed.
 */
export async function actorByEmail(email: string) {
  const { db } = await import('../../lib/server/db/client');
  const { resolveActor } = await import('../../lib/server/workspaces/resolve-actor');
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true } });
  const actor = await resolveActor(user);
  if (!actor) throw new Error(`The bench user ${email} has no workspace`);
  return actor;
}

export async function createBenchData(databaseUrl: string, claimCount: number): Promise<BenchData> {
  process.env.DATABASE_URL = databaseUrl;
  const { createUserWithPassword } = await import('../../lib/server/users/create-user');
  const { createApiToken } = await import('../../lib/server/auth/api-tokens');
  const { seedSampleReview } = await import('../../lib/server/demo/seed-demo');
  const { createClaim } = await import('../../lib/server/claims/create-claim');
  const { listClaims } = await import('../../lib/server/claims/get-claim');

  const email = `bench-${randomBytes(4).toString('hex')}@example.test`;
  const password = `bench-${randomBytes(8).toString('hex')}`;
  const user = await createUserWithPassword({ email, password, name: 'Bench Editor', workspaceName: `Bench ${email}` });
  const actor = await actorByEmail(email);
  const token = await createApiToken({ userId: user.userId, workspaceId: user.workspace.id, name: 'bench' });

  const article = await seedSampleReview(actor);
  const existing = await listClaims(actor, article.id);
  const taken = new Set(existing.map((c) => c.exact));
  for (const sentence of uniqueSentences(article.text)) {
    if (existing.length >= claimCount) break;
    if (taken.has(sentence)) continue;
    existing.push(await createClaim(actor, article.id, { selector: { type: 'TextQuoteSelector', exact: sentence } }));
  }
  return { email, password, token: token.token, articleId: article.id, claimIds: existing.map((c) => c.id) };
}

/** A session cookie for pages that need a signed-in member. */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  if (!response.ok || !cookie) throw new Error(`Sign-in for the benchmark failed (${response.status})`);
  return cookie;
}

/** An article of `count` distinct paragraphs with one claim on each, for concurrent updates. */
export async function createUpdateTargets(databaseUrl: string, email: string, count: number) {
  process.env.DATABASE_URL = databaseUrl;
  const { createArticle } = await import('../../lib/server/articles/create-article');
  const { createClaim } = await import('../../lib/server/claims/create-claim');
  const actor = await actorByEmail(email);
  const paragraphs = Array.from({ length: count }, (_, i) => `Paragraph ${i + 1}: the minister said unemployment fell by ${i + 3} percent in region ${i + 1}.`);
  const article = await createArticle(actor, { source: 'api', kind: 'text', content: paragraphs.join('\n\n'), metadata: { title: 'Update targets' } });
  const claims = [];
  for (const paragraph of paragraphs) {
    claims.push(await createClaim(actor, article.id, { selector: { type: 'TextQuoteSelector', exact: paragraph } }));
  }
  return claims.map((c) => ({ id: c.id, version: c.version }));
}

/**
 * A long article with `claimCount` claims for the article page's bench: paragraphs of four
 * distinct sentences (about 25 words each), a claim on two of them, a heading every ten
 * paragraphs: about 15,000 words for 300 claims, a long feature with a busy review.
 */
export async function createLongArticle(databaseUrl: string, email: string, claimCount: number): Promise<{ articleId: string }> {
  process.env.DATABASE_URL = databaseUrl;
  const { createArticle } = await import('../../lib/server/articles/create-article');
  const { createClaim } = await import('../../lib/server/claims/create-claim');
  const actor = await actorByEmail(email);
  const regions = ['the north', 'the coast', 'the capital', 'the valley', 'the islands', 'the east', 'the border towns', 'the old mining belt'];
  const topics = ['unemployment', 'rents', 'hospital waiting times', 'school places', 'bus fares', 'crime reports', 'energy bills', 'wages'];
  const claimed = (i: number) =>
    `According to the ministry, ${topics[i % topics.length]} in ${regions[(i >> 3) % regions.length]} changed by ${(i % 17) + 2}.${i % 10} percent between ${2000 + (i % 20)} and ${2021 + (i % 4)}, figure ${i + 1} of the report.`;
  const filler = (i: number) =>
    `Residents interviewed for this story (${i + 1}) described a slower and more uneven change than the official account suggests, and several asked for the data behind it.`;
  const paragraphs: string[] = [];
  const quotes: string[] = [];
  for (let p = 0; quotes.length < claimCount; p++) {
    if (p % 10 === 0) paragraphs.push(`## Part ${p / 10 + 1}`);
    const a = claimed(2 * p);
    const b = claimed(2 * p + 1);
    paragraphs.push([a, filler(2 * p), b, filler(2 * p + 1)].join(' '));
    quotes.push(a, b);
  }
  const article = await createArticle(actor, {
    source: 'api',
    kind: 'markdown',
    content: paragraphs.join('\n\n'),
    metadata: { title: `A long review: ${claimCount} claims`, outlet: 'Bench Gazette', author: 'Bench Reporter' },
  });
  for (const exact of quotes.slice(0, claimCount)) {
    await createClaim(actor, article.id, { selector: { type: 'TextQuoteSelector', exact } });
  }
  return { articleId: article.id };
}
