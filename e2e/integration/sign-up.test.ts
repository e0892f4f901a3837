// Story: sign-up must not tell a stranger which addresses have accounts. The test server has a
// mail relay (scripts/test.sh), so a sign-up answers the same for a new address and a taken one,
// and only the owner of the address learns which it was, by email: a link that confirms a new
// address and signs in, or a note that someone tried to sign up with theirs (decision 018).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMailbox, type Mailbox } from './support/mailbox';
import { createUser, uniqueUser, type TestUser } from './support/test-users';
import { baseUrl, send } from './support/api';

let mailbox: Mailbox;
let owner: TestUser;
let client = 0;

// Each request from its own address behind the CDN and nginx the test server trusts, so that
// better-auth's 5 sign-ups a minute per address do not get in the way.
function from(): string {
  client += 1;
  return `198.18.0.${client}, 192.0.2.1`;
}

async function signUp(email: string, password: string) {
  const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, 'x-forwarded-for': from() },
    body: JSON.stringify({ name: 'Someone', email, password }),
  });
  const body = (await response.json()) as { token?: string | null; user?: Record<string, unknown>; code?: string };
  return { status: response.status, body, cookies: response.headers.getSetCookie() };
}

async function signIn(email: string, password: string) {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, 'x-forwarded-for': from() },
    body: JSON.stringify({ email, password }),
  });
  return { status: response.status, body: (await response.json()) as { code?: string; message?: string } };
}

beforeAll(async () => {
  [mailbox, owner] = await Promise.all([openMailbox(), createUser('taken-address')]);
});

afterAll(async () => {
  await mailbox.close();
});

describe('signing up with a mail relay', () => {
  const newcomer = uniqueUser('newcomer');

  it('answers a taken address exactly as a new one, and signs nobody in', async () => {
    const fresh = await signUp(newcomer.email, newcomer.password);
    const taken = await signUp(owner.email, 'a-stranger-password');
    expect(fresh.status).toBe(200);
    expect(taken.status).toBe(fresh.status);
    expect(Object.keys(taken.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(Object.keys(taken.body.user!).sort()).toEqual(Object.keys(fresh.body.user!).sort());
    expect(fresh.body.token).toBeNull();
    expect(taken.body.token).toBeNull();
    expect(taken.body.user!.email).toBe(owner.email);
    expect(fresh.cookies.some((c) => c.includes('session_token='))).toBe(false);
    expect(taken.cookies.some((c) => c.includes('session_token='))).toBe(false);
  });

  it('tells the owner of the taken address, and changes nothing for them', async () => {
    const note = await mailbox.messageTo(owner.email);
    expect(note.subject).toBe('Someone tried to sign up to Factdesk with your address');
    expect(note.text).toMatch(/Nothing was created or changed/);
    expect(note.text).not.toMatch(/verify-email/);
    expect((await signIn(owner.email, owner.password)).status).toBe(200);
    expect((await signIn(owner.email, 'a-stranger-password')).status).toBe(401);
  });

  it('answers a sign-in before the address is confirmed like a wrong password', async () => {
    const unconfirmed = await signIn(newcomer.email, newcomer.password);
    const wrong = await signIn(owner.email, 'not-the-password');
    expect(unconfirmed.status).toBe(401);
    expect(unconfirmed.body).toEqual(wrong.body);
  });

  it('emails the new address a link that confirms it and signs in', async () => {
    const confirm = await mailbox.messageTo(newcomer.email);
    expect(confirm.subject).toBe('Confirm your email to finish creating your Factdesk account');
    const link = confirm.text?.match(/\S+\/verify-email\?\S+/)?.[0];
    expect(link?.startsWith(`${baseUrl}/api/auth/verify-email?token=`)).toBe(true);

    const opened = await fetch(link!, { redirect: 'manual' });
    expect(opened.status).toBe(302);
    const cookie = opened.headers.getSetCookie().find((c) => c.includes('session_token='))?.split(';')[0];
    expect(cookie).toBeDefined();
    expect((await send('GET', '/api/v1/articles', { headers: { cookie: cookie! } })).status).toBe(200);
    expect((await signIn(newcomer.email, newcomer.password)).status).toBe(200);
  });
});
