import 'server-only';
import { z } from 'zod';
import { AppError, errorBody, type FieldErrors } from '@/lib/errors';
import { appErrorFromPrisma } from '@/lib/server/db/known-errors';
import { RETRY_AFTER_SECONDS } from '@/lib/server/db/database-trouble';

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

export function validationError(error: z.ZodError): AppError {
  return new AppError('unprocessable', 'Some fields are not valid.', { fields: fieldErrorsOf(error) });
}

/** The one place where errors become HTTP answers. Unknown errors never show their message. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
    // A 503 is temporary by definition: say when to come back (clients and proxies honour it).
    if (error.status === 503) headers['Retry-After'] = String(error.details?.retryAfterSeconds ?? RETRY_AFTER_SECONDS);
    return Response.json(errorBody(error), { status: error.status, headers });
  }
  if (error instanceof z.ZodError) return toErrorResponse(validationError(error));
  const known = appErrorFromPrisma(error);
  if (known) return toErrorResponse(known);
  console.error('Unhandled error in API route', error);
  return Response.json(
    { error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } },
    { status: 500 },
  );
}
