import { toErrorResponse } from '@/lib/server/api/error-response';
import { AppError } from '@/lib/errors';

function notFound(): Response {
  return toErrorResponse(new AppError('not_found', 'There is no such API endpoint. See /api/v1/openapi.json.'));
}

export const GET = notFound;
export const POST = notFound;
export const PATCH = notFound;
export const PUT = notFound;
export const DELETE = notFound;
