import 'server-only';
import { z } from 'zod';
import { AppError, errorBody, type FieldErrors } from '@/lib/errors';
import { appErrorFromPrisma } from '@/lib/server/db/known-errors';

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
    return Response.json(errorBody(error), { status: error.status, headers: { 'Cache-Control': 'no-store' } });
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
