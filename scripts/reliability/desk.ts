// The newsroom the scenarios work in: members made with the data layer's own functions (as
// `npm run admin` does) against the suite's cluster, everything else through the HTTP API.
import { randomBytes } from 'node:crypto';
import type { ClaimDto } from '@/lib/validations/claim';
import { call, expectStatus } from './http';

export type Person = { email: string; password: string; workspace: string; token: string };

export const ARTICLE_TEXT =
  'The mayor said the harbour bridge carried 40,000 cars a day in 2024.\n\n' +
  'She also claimed that the ferry had never been late, which the union disputes.\n\n' +
  'A third sentence says the toll will be scrapped next spring.';

export const QUOTE = 'the harbour bridge carried 40,000 cars a day';

/** A user with a workspace of their own and a read-write API token for it. */
export async function createPerson(label: string): Promise<Person> {
  const { createUserWithPassword } = await import('@/lib/server/users/create-user');
  const { createApiTokenByEmail } = await import('@/lib/server/auth/create-token-by-email');
  const id = `${label}-${randomBytes(4).toString('hex')}`;
  const person = { email: `${id}@example.test`, password: `pw-${randomBytes(9).toString('base64url')}`, workspace: `Desk ${id}` };
  await createUserWithPassword({ ...person, name: `Reliability ${label}`, workspaceName: person.workspace });
  const { token } = await createApiTokenByEmail({ email: person.email, workspaceName: person.workspace, name: 'reliability', scope: 'write' });
  return { ...person, token };
}

/**
 * Everyone the scenarios need, made while the database is up; then the suite's own pool is
 * closed, so that restarting PostgreSQL under it cannot break the suite itself.
 */
export async function createPeople(labels: readonly string[]): Promise<(label: string) => Person> {
  const people = new Map<string, Person>();
  for (const label of labels) people.set(label, await createPerson(label));
  const { db } = await import('@/lib/server/db/client');
  await db.$disconnect();
  return (label) => {
    const person = people.get(label);
    if (!person) throw new Error(`No person made for ${label}`);
    return person;
  };
}

/** The only member of their workspace publishes their own verdicts. */
export async function allowSelfApproval(base: string, person: Person): Promise<void> {
  expectStatus(await call(base, 'PATCH', '/api/v1/workspace', { token: person.token, json: { allowSelfApproval: true } }), 200, 'Allowing self-approval');
}

export async function createArticle(base: string, person: Person, title: string): Promise<string> {
  const answer = await call<{ id: string }>(base, 'POST', '/api/v1/articles', { token: person.token, json: { title, text: ARTICLE_TEXT } });
  return expectStatus(answer, 201, 'Creating an article').id;
}

export async function createClaim(base: string, person: Person, articleId: string, exact = QUOTE): Promise<ClaimDto> {
  const answer = await call<ClaimDto>(base, 'POST', `/api/v1/articles/${articleId}/claims`, { token: person.token, json: { selector: { type: 'TextQuoteSelector', exact } } });
  return expectStatus(answer, 201, 'Marking a claim');
}

export async function patchClaim(base: string, person: Person, claim: { id: string; version: number }, fields: Record<string, unknown>): Promise<ClaimDto> {
  const answer = await call<ClaimDto>(base, 'PATCH', `/api/v1/claims/${claim.id}`, { token: person.token, json: { version: claim.version, ...fields } });
  return expectStatus(answer, 200, 'Changing a claim');
}
