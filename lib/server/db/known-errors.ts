import 'server-only';
import { AppError, isAppError, type ErrorCode } from '@/lib/errors';
import { Prisma } from './client';
import { appErrorFromDatabaseTrouble } from './database-trouble';

// Prisma's errors that say the request met a row that changed under it, or a value the database
// would not take: the client's to resolve, so a 4xx, never a 500. Each data-layer function checks
// what it reads first, so these are races (a row deleted between the read and the write, two
// creates at once) or a check that let a value through; a bug stays visible in the log.
const known: Record<string, { code: ErrorCode; message: string }> = {
  P2025: { code: 'not_found', message: 'Not found: it may have just been deleted.' },
  P2002: { code: 'conflict', message: 'That already exists; it may have just been made.' },
  P2003: { code: 'conflict', message: 'Something this refers to no longer exists.' },
  P2034: { code: 'conflict', message: 'Someone else changed this at the same moment; try again.' },
  P2000: { code: 'unprocessable', message: 'A value is too long.' },
  P2007: { code: 'unprocessable', message: 'A value is not valid.' },
  P2020: { code: 'unprocessable', message: 'A value is out of range.' },
};

/**
 * The AppError for a known Prisma error or a database in trouble (unreachable, out of
 * connections, a row locked too long), or null for anything else.
 */
export function appErrorFromPrisma(error: unknown): AppError | null {
  const trouble = appErrorFromDatabaseTrouble(error);
  if (trouble) return trouble;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const mapped = known[error.code];
  if (!mapped) return null;
  // A row gone in a race is expected; the others may be a missed check, worth a line.
  if (error.code !== 'P2025') console.warn(`Factdesk: database error ${error.code} answered as ${mapped.code}.`);
  return new AppError(mapped.code, mapped.message);
}

/**
 * The error as the user should hear it: our own AppError, or a known database error mapped to
 * one; null for anything else (a bug, to be logged and answered generically). Server actions use
 * it as the route handlers do (toErrorResponse), so a race shows a message, not the error page.
 */
export function knownAppError(error: unknown): AppError | null {
  return isAppError(error) ? error : appErrorFromPrisma(error);
}
