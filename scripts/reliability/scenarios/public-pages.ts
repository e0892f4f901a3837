// A reader behind round-robin must never see a page older than the change: after a correction,
// an unpublish, a revoke or a workspace rename made through A, how long does B still serve the
// old public page? Measured by reading B right after A answered, then every 250 ms.
import type { ClaimDto } from '@/lib/validations/claim';
import { allowSelfApproval, createArticle, createClaim, patchClaim, type Person } from '../desk';
import { call, expectStatus } from '../http';
import { sleep } from '../processes';
import type { Report } from '../report';
import type { Stack } from '../stack';

const NAME = 'public pages';

async function publishedLink(stack: Stack, person: Person, articleId: string, exact: string) {
  const claim = await createClaim(stack.a.url, person, articleId, exact);
  const published = await patchClaim(stack.a.url, person, claim, {
    verdict: 'false', status: 'published', statement: `Statement: ${exact}.`, explanation: 'First explanation.',
  });
  const link = expectStatus(await call<{ id: string; url: string }>(stack.a.url, 'POST', `/api/v1/claims/${claim.id}/share-links`, { token: person.token, json: {} }), 201, 'Sharing');
  const path = new URL(link.url).pathname;
  // Both instances have served (and may hold) the page before the change.
  for (const base of [stack.a.url, stack.b.url, stack.b.url]) expectStatus(await call(base, 'GET', path), 200, 'Reading the public page');
  return { claim: published, linkId: link.id, path };
}

/** Seconds from A's answer until B serves the new page; null if it never did within `maxMs`. */
async function staleness(stack: Stack, path: string, change: () => Promise<void>, fresh: (status: number, html: string) => boolean, maxMs: number) {
  await change();
  const changed = performance.now();
  while (performance.now() - changed < maxMs) {
    const page = await call(stack.b.url, 'GET', path);
    if (fresh(page.status, page.text)) return (performance.now() - changed) / 1000;
    await sleep(250);
  }
  return null;
}

export async function publicPages(report: Report, stack: Stack, person: Person, maxMs: number) {
  await allowSelfApproval(stack.a.url, person);
  const articleId = await createArticle(stack.a.url, person, 'Public pages');
  const [corrected, unpublished, revoked] = [
    await publishedLink(stack, person, articleId, 'the harbour bridge carried 40,000 cars a day'),
    await publishedLink(stack, person, articleId, 'the ferry had never been late'),
    await publishedLink(stack, person, articleId, 'the toll will be scrapped next spring'),
  ];
  const newName = `${person.workspace} renamed`;
  const changes: { what: string; seconds: Promise<number | null> }[] = [
    {
      what: 'correction',
      seconds: staleness(stack, corrected.path, async () => {
        await patchClaim(stack.a.url, person, corrected.claim, { explanation: 'Corrected explanation.', correctionReason: 'New figures.' });
      }, (status, html) => status === 200 && html.includes('Corrected explanation.'), maxMs),
    },
    {
      what: 'unpublish',
      seconds: staleness(stack, unpublished.path, async () => {
        await patchClaim(stack.a.url, person, unpublished.claim as ClaimDto, { status: 'needs_review' });
      }, (status) => status === 410, maxMs),
    },
    {
      what: 'revoke',
      seconds: staleness(stack, revoked.path, async () => {
        expectStatus(await call(stack.a.url, 'DELETE', `/api/v1/share-links/${revoked.linkId}`, { token: person.token }), 204, 'Revoking');
      }, (status) => status === 410, maxMs),
    },
  ];
  for (const { what, seconds } of changes) record(report, what, await seconds, maxMs);
  // The rename touches every page of the workspace: measured alone, on a page still published.
  const renamed = await staleness(stack, corrected.path, async () => {
    expectStatus(await call(stack.a.url, 'PATCH', '/api/v1/workspace', { token: person.token, json: { name: newName } }), 200, 'Renaming');
  }, (status, html) => status === 200 && html.includes(newName), maxMs);
  record(report, 'workspace rename', renamed, maxMs);
}

function record(report: Report, what: string, seconds: number | null, maxMs: number) {
  const shown = seconds === null ? `still stale after ${maxMs / 1000} s` : `${seconds.toFixed(1)} s`;
  report.figure(NAME, `${what} on A: B serves the old page for`, shown);
  // 0 s: B's first read after A's answer is already the new page.
  report.check(NAME, `${what} through A is fresh on B at once (0 s)`, seconds !== null && seconds < 0.25, shown);
}
