import 'server-only';
import type { AppError } from '@/lib/errors';
import { knownAppError } from '@/lib/server/db/known-errors';

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: AppError };

/**
 * The repeated part of a server action, as apiRoute is for route handlers: run one data-layer
 * call; an AppError (or a database race mapped to one) comes back for the form to show, anything
 * else is a bug and is thrown on to the error page and the log. Next's redirect() and notFound()
 * are thrown too, so they may be called inside.
 */
export async function attempt<T>(run: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (caught) {
    const error = knownAppError(caught);
    if (error) return { ok: false, error };
    throw caught;
  }
}
