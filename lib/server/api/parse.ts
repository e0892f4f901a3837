import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { pageQuerySchema, type PageQuery } from '@/lib/validations/pagination';
import { claimsViewQuerySchema, searchParamsRecord, type ClaimsViewQuery } from '@/lib/validations/claims-view';
import { fieldErrorsOf, validationError } from './error-response';

const MAX_JSON_BYTES = 4 * 1024 * 1024;

/** Reads a JSON body and validates it: 400 for what is not JSON, 422 with field messages. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  // The media type itself, not a substring: `text/plain;application/json` is text/plain, which a
  // cross-site page may send without asking (a CORS "simple" request).
  const essence = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (essence !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(essence)) {
    throw new AppError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
  }
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_JSON_BYTES) throw new AppError('payload_too_large', 'The request body is too large (4 MB at most).');
  let raw: string;
  try {
    raw = await request.text();
  } catch {
    // The client went away (or sent a broken body) before we had it all: nothing to do.
    throw new AppError('bad_request', 'The request body could not be read.');
  }
  if (raw.length > MAX_JSON_BYTES) throw new AppError('payload_too_large', 'The request body is too large (4 MB at most).');
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

export function parseParam<S extends z.ZodType>(value: unknown, schema: S, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  // An id that cannot exist reads as "not found", like any other missing thing.
  if (!parsed.success) throw new AppError('not_found', `${what} not found.`);
  return parsed.data;
}

/** `?cursor=&limit=` of a list endpoint (or a list's own extension of them); a malformed value is the client's mistake, a 400. */
export function parsePageQuery<S extends z.ZodType<PageQuery> = typeof pageQuerySchema>(request: Request, schema?: S): z.output<S> {
  const parsed = (schema ?? pageQuerySchema).safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError('bad_request', 'The paging or filter parameters are not valid.', { fields: fieldErrorsOf(parsed.error) });
  return parsed.data as z.output<S>;
}

/** Validates the query string: 422 with field messages. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

/** The claims view's filters from the query string (repeated keys kept): a malformed one is a 400. */
export function parseClaimsViewQuery(request: Request): ClaimsViewQuery {
  const parsed = claimsViewQuerySchema.safeParse(searchParamsRecord(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError('bad_request', 'Some filters are not valid.', { fields: fieldErrorsOf(parsed.error) });
  return parsed.data;
}
