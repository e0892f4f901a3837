// A small client for the JSON API of the running app (FACTDESK_TEST_URL), as an integrator
// would call it: plain fetch, a bearer token, JSON in and out.
import { randomInt } from 'node:crypto';
import type { ErrorBody } from '@/lib/errors';
import type { ArticleDto } from '@/lib/validations/article';
import { addMember, createToken, createUser, type TestUser } from './test-users';

function requireBaseUrl(): string {
  const url = process.env.FACTDESK_TEST_URL;
  if (!url) throw new Error('FACTDESK_TEST_URL must point at the running app (npm test sets it).');
  return url.replace(/\/+$/, '');
}

export const baseUrl = requireBaseUrl();

export type ApiResponse<T> = { status: number; headers: Headers; body: T; text: string };

export type SendOptions = {
  token?: string;
  /** Serialised as JSON with Content-Type: application/json. */
  json?: unknown;
  /** Sent as it is: for bodies that are not JSON, or JSON with the wrong content type. */
  raw?: string;
  headers?: Record<string, string>;
};

export async function send<T = unknown>(method: string, path: string, options: SendOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.raw;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body, redirect: 'manual' });
  const text = await response.text();
  let parsed: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

/** The calls of one API token. */
export type Api = {
  get<T = unknown>(path: string): Promise<ApiResponse<T>>;
  post<T = unknown>(path: string, json?: unknown): Promise<ApiResponse<T>>;
  patch<T = unknown>(path: string, json: unknown): Promise<ApiResponse<T>>;
  delete<T = unknown>(path: string): Promise<ApiResponse<T>>;
  send<T = unknown>(method: string, path: string, options?: Omit<SendOptions, 'token'>): Promise<ApiResponse<T>>;
};

export function apiFor(token: string): Api {
  return {
    get: (path) => send('GET', path, { token }),
    post: (path, json) => send('POST', path, { token, json: json ?? {} }),
    patch: (path, json) => send('PATCH', path, { token, json }),
    delete: (path) => send('DELETE', path, { token }),
    send: (method, path, options) => send(method, path, { ...options, token }),
  };
}

export type Member = { user: TestUser; token: string; api: Api };

/** A new user with a workspace of their own and an API token for it. */
export async function createMember(label?: string): Promise<Member> {
  const user = await createUser(label);
  const token = await createToken(user.email);
  return { user, token, api: apiFor(token) };
}

/**
 * A second person in the owner's workspace with the given role: a new user (who also gets a
 * workspace of their own), added with the admin command line, and a token for the owner's workspace.
 */
export async function createTeammate(owner: Member, role: 'admin' | 'editor' | 'checker' | 'viewer'): Promise<Member> {
  const user = await createUser(role);
  await addMember(user.email, owner.user.workspace, role);
  const token = await createToken(user.email, owner.user.workspace);
  return { user: { ...user, workspace: owner.user.workspace }, token, api: apiFor(token) };
}

export async function createArticle(api: Api, input: Record<string, unknown>): Promise<ArticleDto> {
  const response = await api.post<ArticleDto>('/api/v1/articles', input);
  if (response.status !== 201) throw new Error(`Creating an article failed: ${response.status} ${response.text}`);
  return response.body;
}

export type ApiError = ErrorBody['error'];
export type { ErrorBody };

// Each sign-in comes from an address of its own (198.18.0.0/15 is for tests) unless the test
// names one: the files run one after another within seconds, and ten sign-ins a minute from one
// address are refused (429, lib/server/auth/auth.ts), which failed whichever signed in eleventh.
const nextSignInAddress = () => `198.18.${randomInt(256)}.${randomInt(256)}`;

/**
 * A signed-in browser: the session cookie as the sign-in form gets it (`name=value`). `headers`
 * adds to the request, e.g. an `x-forwarded-for` of its own so the sign-in throttle counts it apart.
 */
export async function sessionCookieOf(member: Member, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, 'x-forwarded-for': nextSignInAddress(), ...headers },
    body: JSON.stringify({ email: member.user.email, password: member.user.password }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.includes('session_token='));
  if (response.status !== 200 || !cookie) throw new Error(`Signing in failed: ${response.status}`);
  return cookie.split(';')[0]!;
}
