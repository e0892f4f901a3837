// A public verdict page (/v/{token}) under load: what a link pasted into a busy chat or posted by
// a large account meets. Anonymous GETs, 50 connections, as fast as they answer, none holding the
// page (no If-None-Match): every view reads the link and its data from PostgreSQL and renders the
// page (decision 032: nothing is kept per process), which is what a CDN in front would ask for.
import autocannon from 'autocannon';
import type { Figure } from './figure';
import { actorByEmail } from './bench-data';

/** Publishes one of the bench claims and makes a public link to it, through the data layer. */
export async function createPublicVerdictLink(databaseUrl: string, appUrl: string, email: string, claimId: string): Promise<string> {
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import('../../lib/server/db/client');
  const { updateClaim } = await import('../../lib/server/claims/update-claim');
  const { addEvidence } = await import('../../lib/server/evidence/evidence');
  const { createClaimShareLink } = await import('../../lib/server/share-links/create-share-link');
  const actor = await actorByEmail(email);
  // The bench editor publishes their own verdict (the review gate allows it when the workspace does).
  await db.workspace.update({ where: { id: actor.workspaceId }, data: { allowSelfApproval: true } });
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
  await updateClaim(actor, claimId, {
    version: claim.version,
    statement: 'About 2,000 US troops are in Syria, according to the Pentagon.',
    claimant: 'Press TV',
    verdict: 'mostly_true',
    explanation: 'The Pentagon gave that figure in December 2017; later reporting put the number higher.',
    status: 'published',
  });
  await addEvidence(actor, claimId, { url: 'https://www.defense.gov/News/', title: 'Pentagon briefing', stance: 'supports' });
  const link = await createClaimShareLink(actor, claimId, { expiresAt: null }, appUrl);
  return link.url;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export async function benchPublicVerdictPage(url: string, { connections = 50, durationSeconds = 10 } = {}): Promise<Figure[]> {
  const first = await fetch(url);
  if (first.status !== 200) throw new Error(`The public page answered ${first.status}`);
  const html = await first.text();
  await autocannon({ url, connections: 10, duration: 2 });
  const result = await autocannon({ url, connections, duration: durationSeconds });
  const mode = `${connections} clients, as fast as they can`;
  return [
    { name: `Public verdict page (${mode}): requests`, value: result.requests.total, unit: 'requests', note: `${durationSeconds} s, ${Math.round(html.length / 1024)} KB page, read and rendered per request` },
    { name: `Public verdict page (${mode}): throughput`, value: Math.round(result.requests.average), unit: 'req/s', target: '≥ 500 req/s' },
    { name: `Public verdict page (${mode}): p50 latency`, value: round(result.latency.p50), unit: 'ms' },
    { name: `Public verdict page (${mode}): p97.5 latency`, value: round(result.latency.p97_5), unit: 'ms' },
    { name: `Public verdict page (${mode}): p99 latency`, value: round(result.latency.p99), unit: 'ms' },
    { name: `Public verdict page (${mode}): non-200 answers`, value: result.non2xx + result.errors + result.timeouts, unit: 'requests', target: '0' },
  ];
}
