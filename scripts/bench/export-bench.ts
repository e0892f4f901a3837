// Exports of a big review through the running app's API: an article with 200 claims, each
// published with a verdict and three evidence items (600 in all). Each text format is timed end
// to end (HTTP request to last byte); the PDF first cold (Chromium not yet started: the first
// PDF since the server started), then warm.
import { randomBytes } from 'node:crypto';
import type { Figure } from './figure';
import { actorByEmail } from './bench-data';

const FORMATS = ['markdown', 'csv', 'json', 'claimreview', 'annotations'] as const;

/** Writes the review through the data layer (and publishes it directly: this is set-up, not the gate). */
export async function createExportReview(databaseUrl: string, email: string, claimCount = 200): Promise<string> {
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import('../../lib/server/db/client');
  const { createArticle } = await import('../../lib/server/articles/create-article');
  const { createClaim } = await import('../../lib/server/claims/create-claim');
  const { addEvidence } = await import('../../lib/server/evidence/evidence');
  const actor = await actorByEmail(email);
  const { workspaceId } = actor;
  const paragraphs = Array.from(
    { length: claimCount },
    (_, i) => `Paragraph ${i + 1}: the agency reported that ${i + 12} percent of households in district ${i + 1} received the grant.`,
  );
  const article = await createArticle(actor, { source: 'api', kind: 'text', content: paragraphs.join('\n\n'), metadata: { title: 'Grant review' } });
  const ratings = await db.rating.findMany({ where: { workspaceId }, select: { id: true } });
  const claimIds: string[] = [];
  for (const [i, paragraph] of paragraphs.entries()) {
    const claim = await createClaim(actor, article.id, {
      selector: { type: 'TextQuoteSelector', exact: paragraph.slice(paragraph.indexOf('the agency')) },
      statement: `The agency says ${i + 12}% of households in district ${i + 1} got the grant.`,
      claimant: 'The agency',
    });
    for (const stance of ['supports', 'refutes', 'context'] as const) {
      await addEvidence(actor, claim.id, {
        url: `https://records.example/district-${i + 1}/${stance}`,
        title: `District ${i + 1} grant records (${stance})`,
        publisher: 'Records office',
        passage: `Table ${i + 1} lists the households of district ${i + 1} and the grants paid.`,
        stance,
      });
    }
    await db.claim.update({
      where: { id: claim.id },
      data: {
        status: 'published',
        ratingId: ratings[i % ratings.length]!.id,
        explanation: `Checked against the district ${i + 1} records.`,
        proposedById: actor.userId,
        approvedById: actor.userId,
        approvedAt: new Date(),
        publishedAt: new Date(),
        correctedAt: new Date(),
      },
    });
    claimIds.push(claim.id);
  }
  // The review trail the report reads: a correction and a public link for every claim.
  await db.claimEvent.createMany({
    data: claimIds.map((claimId) => ({ claimId, workspaceId, actorId: actor.userId, actorName: actor.userName, kind: 'corrected', field: 'explanation', fromValue: 'Before.', toValue: 'After.', reason: 'Bench correction.' })),
  });
  await db.shareLink.createMany({
    data: claimIds.map((claimId) => ({ workspaceId, kind: 'claim' as const, articleId: article.id, claimId, tokenHash: randomBytes(32).toString('hex'), createdById: actor.userId })),
  });
  return article.id;
}

async function timeGet(url: string, token: string): Promise<{ ms: number; bytes: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, bytes: body.byteLength, status: response.status };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchExports(baseUrl: string, token: string, articleId: string): Promise<Figure[]> {
  const url = (format: string) => `${baseUrl}/api/v1/articles/${articleId}/export?format=${format}`;
  const figures: Figure[] = [];
  // The PDF first, while Chromium has not been started by this server.
  const cold = await timeGet(url('pdf'), token);
  if (cold.status !== 200) throw new Error(`PDF export answered ${cold.status}`);
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) warm.push((await timeGet(url('pdf'), token)).ms);
  for (const format of FORMATS) {
    await timeGet(url(format), token); // warm-up
    const runs: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
      const run = await timeGet(url(format), token);
      if (run.status !== 200) throw new Error(`${format} export answered ${run.status}`);
      runs.push(run.ms);
      bytes = run.bytes;
    }
    figures.push({ name: `Export ${format} (200 claims, 600 evidence), median of 5`, value: Math.round(median(runs)), unit: 'ms', target: '< 200 ms', note: `${Math.round(bytes / 1024)} KB` });
  }
  figures.push({ name: 'Export PDF, cold (first PDF: Chromium starts)', value: Math.round(cold.ms), unit: 'ms', target: '< 6000 ms', note: `${Math.round(cold.bytes / 1024)} KB` });
  figures.push({ name: 'Export PDF, warm (Chromium running), median of 3', value: Math.round(median(warm)), unit: 'ms', target: '< 3000 ms' });
  return figures;
}
