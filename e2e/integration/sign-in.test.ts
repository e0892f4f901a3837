// Story: someone signs in with email and password through the auth API. A wrong password and an
// unknown email read the same, so the form does not reveal who has an account; guessing is slowed
// down per account; a session is a row in PostgreSQL, so every app instance on it shares it.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliCreateUser } from './support/admin-cli';
import { createUser, uniqueUser, type TestUser } from './support/test-users';
import { baseUrl, send } from './support/api';

type AuthAnswer = { status: number; body: { code?: string; message?: string; user?: { email: string } }; cookie: string | null };

let address = 0;

async function signIn(email: string, password: string): Promise<AuthAnswer> {
  address += 1;
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: baseUrl,
      // Each attempt seems to come from another address, as a guesser rotating proxies would: the
      // per-account slow-down must hold all the same.
      'x-forwarded-for': `198.51.100.${address}`,
    },
    body: JSON.stringify({ email, password }),
  });
  const setCookie = response.headers.getSetCookie().find((c) => c.includes('session_token='));
  return { status: response.status, body: (await response.json()) as AuthAnswer['body'], cookie: setCookie?.split(';')[0] ?? null };
}

const database = new pg.Client({ connectionString: process.env.DATABASE_URL });

async function sessionsOf(email: string): Promise<number> {
  const { rows } = await database.query<{ count: string }>(
    'SELECT count(*) FROM "session" s JOIN "user" u ON u.id = s."userId" WHERE u.email = $1 AND s."expiresAt" > now()',
    [email],
  );
  return Number(rows[0]!.count);
}

let alice: TestUser;
let mallory: TestUser;

beforeAll(async () => {
  await database.connect();
  // Alice is made with the admin command line, as a self-hosting desk would: she can sign in.
  [alice, mallory] = await Promise.all([cliCreateUser('alice'), createUser('mallory-target')]);
});

afterAll(async () => {
  await database.end();
});

describe('signing in', () => {
  it('gives a wrong password and an unknown email the same answer', async () => {
    const wrongPassword = await signIn(alice.email, `${alice.password}-nope`);
    const unknownEmail = await signIn(uniqueUser('nobody').email, alice.password);
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(wrongPassword.status);
    expect(unknownEmail.body.message).toBe(wrongPassword.body.message);
    expect(unknownEmail.body.code).toBe(wrongPassword.body.code);
    expect(wrongPassword.cookie).toBeNull();
    expect(await sessionsOf(alice.email)).toBe(0);
  });

  it('with the right password stores the session in PostgreSQL, and the session opens the API', async () => {
    const answer = await signIn(alice.email, alice.password);
    expect(answer.status).toBe(200);
    expect(answer.body.user?.email).toBe(alice.email);
    expect(answer.cookie).toMatch(/session_token=/);
    expect(await sessionsOf(alice.email)).toBe(1);

    const articles = await send('GET', '/api/v1/articles', { headers: { cookie: answer.cookie! } });
    expect(articles.status).toBe(200);
  });

  it('slows an account down after 5 failures, even when the password is then right', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      const answer = await signIn(mallory.email, `guess-number-${attempt}`);
      expect(answer.status, `attempt ${attempt}`).toBe(401);
    }
    const right = await signIn(mallory.email, mallory.password);
    expect(right.status).toBe(429);
    // The account's slow-down, not the per-address rate limit (that one says nothing of sign-ins).
    expect(right.body.code).toBe('TOO_MANY_FAILED_SIGN_INS');
    expect(right.body.message).toMatch(/Try again in \d+ seconds/);
    expect(right.cookie).toBeNull();
    expect(await sessionsOf(mallory.email)).toBe(0);
  });

  it('does not slow down another account', async () => {
    const answer = await signIn(alice.email, alice.password);
    expect(answer.status).toBe(200);
    expect(await sessionsOf(alice.email)).toBe(2);
  });
});
