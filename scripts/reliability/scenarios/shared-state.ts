// What one instance knows, the other must know: sessions, API tokens, the live-update ETag, the
// sign-in throttle and Idempotency-Keys all live in PostgreSQL, never in one process.
import { randomUUID } from 'node:crypto';
import type { ClaimDto } from '@/lib/validations/claim';
import { createArticle, createClaim, patchClaim, type Person } from '../desk';
import { call } from '../http';
import type { Report } from '../report';
import type { Stack } from '../stack';

const NAME = 'shared state';

/** Direct to an instance, as nginx would send it: the client address one hop from the right. */
function signIn(base: string, origin: string, person: Person, password: string, client: string) {
  return call(base, 'POST', '/api/auth/sign-in/email', {
    json: { email: person.email, password },
    headers: { origin, 'x-forwarded-for': client },
  });
}

async function sessions(report: Report, { a, b, proxy }: Stack, person: Person) {
  const signedIn = await signIn(a.url, proxy.url, person, person.password, '192.0.2.10');
  const cookie = signedIn.headers.getSetCookie().find((c) => c.includes('session_token='))?.split(';')[0] ?? '';
  const onB = await call(b.url, 'GET', '/api/v1/workspace', { cookie });
  await call(b.url, 'POST', '/api/auth/sign-out', { cookie, json: {}, headers: { origin: proxy.url } });
  const onAAfter = await call(a.url, 'GET', '/api/v1/workspace', { cookie });
  report.check(NAME, 'a session made on A opens B; signed out on B, it is refused on A', signedIn.status === 200 && onB.status === 200 && onAAfter.status === 401,
    `sign-in ${signedIn.status}, B ${onB.status}, A after sign-out ${onAAfter.status}`);
  return cookie;
}

async function tokens(report: Report, { a, b, proxy }: Stack, person: Person) {
  const signedIn = await signIn(a.url, proxy.url, person, person.password, '192.0.2.11');
  const cookie = signedIn.headers.getSetCookie().find((c) => c.includes('session_token='))?.split(';')[0] ?? '';
  const made = await call<{ id: string; token: string }>(a.url, 'POST', '/api/v1/tokens', { cookie, json: { name: 'made on A', scope: 'read' }, headers: { origin: proxy.url } });
  const onB = await call(b.url, 'GET', '/api/v1/workspace', { token: made.body.token });
  const revoked = await call(b.url, 'DELETE', `/api/v1/tokens/${made.body.id}`, { token: person.token });
  const onAAfter = await call(a.url, 'GET', '/api/v1/workspace', { token: made.body.token });
  report.check(NAME, 'an API token made on A works on B; revoked on B, it is refused on A',
    made.status === 201 && onB.status === 200 && revoked.status === 204 && onAAfter.status === 401,
    `made ${made.status}, B ${onB.status}, revoked ${revoked.status}, A after ${onAAfter.status}`);
}

async function liveUpdates(report: Report, { a, b }: Stack, person: Person) {
  const articleId = await createArticle(a.url, person, 'Live updates');
  const claim = await createClaim(a.url, person, articleId);
  const list = `/api/v1/articles/${articleId}/claims`;
  const etagOn = async (base: string, etag?: string) => {
    const answer = await call(base, 'GET', list, { token: person.token, headers: etag ? { 'if-none-match': etag } : {} });
    return { status: answer.status, etag: answer.headers.get('etag') ?? '' };
  };
  const onA = await etagOn(a.url);
  const onB = await etagOn(b.url);
  const revalidatedOnB = await etagOn(b.url, onA.etag);
  await patchClaim(b.url, person, claim, { claimant: 'Changed on B' });
  const changedOnA = await etagOn(a.url, onA.etag);
  const changedOnB = await etagOn(b.url);
  report.check(NAME, 'live updates: the same ETag on A and B, 304 across, a change on B seen on A at once',
    onA.etag !== '' && onA.etag === onB.etag && revalidatedOnB.status === 304 && changedOnA.status === 200 && changedOnA.etag !== onA.etag && changedOnA.etag === changedOnB.etag,
    `A ${onA.etag}, B ${onB.etag}, B with A's ${revalidatedOnB.status}, A after change ${changedOnA.status}`);
}

async function throttle(report: Report, { a, b, proxy }: Stack, person: Person) {
  const client = '198.51.100.77';
  const guesses = [];
  // Five wrong passwords from one client, alternating instances, then a sixth on each.
  for (const base of [a.url, b.url, a.url, b.url, a.url]) guesses.push((await signIn(base, proxy.url, person, 'wrong-password-1', client)).status);
  const sixthOnB = (await signIn(b.url, proxy.url, person, person.password, client)).status;
  const sixthOnA = (await signIn(a.url, proxy.url, person, person.password, client)).status;
  const owner = (await signIn(b.url, proxy.url, person, person.password, '198.51.100.78')).status;
  report.check(NAME, 'sign-in throttle counts both instances: 5 wrong guesses over A and B, then 429 on each; another client still gets in',
    guesses.every((s) => s === 401) && sixthOnB === 429 && sixthOnA === 429 && owner === 200,
    `${guesses.join(' ')} then B ${sixthOnB}, A ${sixthOnA}, other client ${owner}`);
}

async function idempotency(report: Report, { a, b }: Stack, person: Person) {
  const articleId = await createArticle(a.url, person, 'Retried POST');
  const key = randomUUID();
  const post = (base: string) => call<ClaimDto>(base, 'POST', `/api/v1/articles/${articleId}/claims`, {
    token: person.token, json: { selector: { type: 'TextQuoteSelector', exact: 'the ferry had never been late' } }, headers: { 'Idempotency-Key': key },
  });
  const first = await post(a.url);
  const retried = await post(b.url);
  const listed = await call<{ claims: ClaimDto[] }>(a.url, 'GET', `/api/v1/articles/${articleId}/claims`, { token: person.token });
  report.check(NAME, 'a POST retried with its Idempotency-Key on the other instance makes one claim',
    first.status === 201 && retried.status === 201 && retried.headers.get('idempotent-replayed') === 'true' && retried.body.id === first.body.id && listed.body.claims.length === 1,
    `A ${first.status}, B ${retried.status} replayed=${retried.headers.get('idempotent-replayed')}, claims ${listed.body.claims?.length}`);
}

/** `throttled` is a second person, whose sign-in the throttle locks. */
export async function sharedState(report: Report, stack: Stack, person: Person, throttled: Person) {
  await sessions(report, stack, person);
  await tokens(report, stack, person);
  await liveUpdates(report, stack, person);
  await throttle(report, stack, throttled);
  await idempotency(report, stack, person);
}
