// Story: someone signs in with email and password through the auth API. A wrong password and an
// unknown email read the same, so the form does not reveal who has an account; a session is a row
// in PostgreSQL, so every app instance on it shares it. Guessing is limited per client and per
// account (decision 018): a guesser locks out only themselves, and the owner still gets in.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliCreateUser } from './support/admin-cli';
import { createUser, uniqueUser, type TestUser } from './support/test-users';
import { baseUrl, send } from './support/api';

type AuthAnswer = { status: number; body: { code?: string; message?: string; user?: { email: string } }; cookie: string | null };

// The test server runs as if behind a CDN and nginx (FACTDESK_TRUSTED_PROXY_HOPS=2 in
// scripts/test.sh): X-Forwarded-For is "<what the client wrote>, <client>, <CDN edge>", and the
// client address is the entry the CDN wrote. This test plays the CDN and nginx.
const CDN_EDGE = '192.0.2.1';

async function signIn(email: string, password: string, client: string): Promise<AuthAnswer> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: baseUrl,
      // What a client writes itself stays on the left, where nobody reads it.
      'x-forwarded-for': `6.6.6.6, ${client}, ${CDN_EDGE}`,
    },
    body: JSON.stringify({ email, password }),
  });
  const setCookie = response.headers.getSetCookie().find((c) => c.includes('session_token='));
  return { status: response.status, body: (await response.json()) as AuthAnswer['body'], cookie: setCookie?.split(';')[0] ?? null };
}

const count = (answers: AuthAnswer[], status: number) => answers.filter((a) => a.status === status).length;

const database = new pg.Client({ connectionString: process.env.DATABASE_URL });

async function sessionsOf(email: string): Promise<number> {
  const { rows } = await database.query<{ count: string }>(
    'SELECT count(*) FROM "session" s JOIN "user" u ON u.id = s."userId" WHERE u.email = $1 AND s."expiresAt" > now()',
    [email],
  );
  return Number(rows[0]!.count);
}

let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
let dave: TestUser;

beforeAll(async () => {
  await database.connect();
  // Alice is made with the admin command line, as a self-hosting desk would: she can sign in.
  [alice, bob, carol, dave] = await Promise.all([cliCreateUser('alice'), createUser('bob'), createUser('carol'), createUser('dave')]);
});

afterAll(async () => {
  await database.end();
});

describe('signing in', () => {
  it('gives a wrong password and an unknown email the same answer', async () => {
    const wrongPassword = await signIn(alice.email, `${alice.password}-nope`, '198.51.100.1');
    const unknownEmail = await signIn(uniqueUser('nobody').email, alice.password, '198.51.100.1');
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(wrongPassword.status);
    expect(unknownEmail.body.message).toBe(wrongPassword.body.message);
    expect(unknownEmail.body.code).toBe(wrongPassword.body.code);
    expect(wrongPassword.cookie).toBeNull();
    expect(await sessionsOf(alice.email)).toBe(0);
  });

  it('with the right password stores the session in PostgreSQL, and the session opens the API', async () => {
    const answer = await signIn(alice.email, alice.password, '198.51.100.1');
    expect(answer.status).toBe(200);
    expect(answer.body.user?.email).toBe(alice.email);
    expect(answer.cookie).toMatch(/session_token=/);
    expect(await sessionsOf(alice.email)).toBe(1);

    const articles = await send('GET', '/api/v1/articles', { headers: { cookie: answer.cookie! } });
    expect(articles.status).toBe(200);
  });
});

describe('guessing passwords', () => {
  it('locks out the guessing client, not the owner', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      const answer = await signIn(bob.email, `guess-number-${attempt}`, '198.51.100.20');
      expect(answer.status, `attempt ${attempt}`).toBe(401);
    }
    const stranger = await signIn(bob.email, bob.password, '198.51.100.20');
    expect(stranger.status).toBe(429);
    expect(stranger.body.code).toBe('TOO_MANY_FAILED_SIGN_INS');
    expect(stranger.body.message).toMatch(/Try again in \d+ seconds/);
    expect(stranger.cookie).toBeNull();

    const owner = await signIn(bob.email, bob.password, '198.51.100.21');
    expect(owner.status).toBe(200);
    expect(await sessionsOf(bob.email)).toBe(1);
  });

  it('checks 5 of 30 concurrent guesses from one client; the owner still gets in, another client is still heard', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(carol.email, `concurrent-guess-${i}`, '198.51.100.30')),
    );
    // 401: the password was checked and was wrong; 429: refused before any check.
    expect(count(guesses, 401)).toBe(5);
    expect(count(guesses, 429)).toBe(25);

    expect((await signIn(carol.email, carol.password, '198.51.100.30')).status).toBe(429);
    expect((await signIn(carol.email, carol.password, '198.51.100.31')).status).toBe(200);
    expect((await signIn(carol.email, 'a-stranger-guess', '198.51.100.32')).status).toBe(401);
  });

  it('caps guesses from many clients at 20 an account, and the client the owner signed in from still gets in', async () => {
    expect((await signIn(dave.email, dave.password, '198.51.100.40')).status).toBe(200);
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(dave.email, `rotating-guess-${i}`, `203.0.113.${i + 1}`)),
    );
    // The account allows 20 attempts a quarter-hour from clients it does not know, and Dave's own
    // first sign-in, from a client he had not used before, was one of them.
    expect(count(guesses, 401)).toBe(19);
    expect(count(guesses, 429)).toBe(11);
    expect(guesses.filter((g) => g.status === 429).every((g) => g.body.code === 'TOO_MANY_FAILED_SIGN_INS')).toBe(true);

    expect((await signIn(dave.email, dave.password, '203.0.113.100')).status).toBe(429);
    expect((await signIn(dave.email, dave.password, '198.51.100.40')).status).toBe(200);
  });
});

describe('the client address behind a CDN and nginx', () => {
  it('gives every client its own rate limit, not one shared by all', async () => {
    // better-auth allows 10 sign-in requests a minute per address: twelve people behind the same
    // CDN edge, one attempt each, are all heard.
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signIn(uniqueUser('someone').email, 'not-their-password', `100.64.0.${i + 1}`)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(401));
  });
});
