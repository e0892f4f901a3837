import 'server-only';
import { prepareImport, type ImportInput, type PreparedImport } from '@/lib/core/document';
import { AppError } from '@/lib/errors';
import { prepareImportInWorker } from './parse-pool';

/**
 * Below this size even the worst input parses in tens of milliseconds (decision 016), less than
 * a worker round trip, so it is prepared on the spot.
 */
export const INLINE_CHARACTERS = 32 * 1024;

export const TOO_COMPLEX_MESSAGE = 'This document is too complex to import; simplify it or import it as plain text.';

/**
 * prepareImport for untrusted text, off the event loop when the text is large enough to hurt.
 * A parse past the deadline (or one that exhausts the worker) is refused with a 422 that says
 * how to get the text in anyway; nothing has been written by then.
 */
export async function prepareImportSafely(input: ImportInput): Promise<PreparedImport> {
  if (input.content.length <= INLINE_CHARACTERS) return prepareImport(input);
  try {
    return await prepareImportInWorker(input);
  } catch {
    throw new AppError('unprocessable', TOO_COMPLEX_MESSAGE, { fields: { content: [TOO_COMPLEX_MESSAGE] } });
  }
}
