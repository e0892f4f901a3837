import 'server-only';
import { AppError } from '@/lib/errors';

/**
 * Reads a binary body up to `maxBytes`, counting as it streams: a body that is longer than it
 * says (or says nothing) is cut off at the cap with a 413, never buffered whole.
 */
export async function readBytesBody(request: Request, options: { maxBytes: number; types: readonly string[]; what: string }): Promise<Uint8Array> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!options.types.includes(type)) {
    throw new AppError('unsupported_media_type', `Send ${options.what} with Content-Type ${options.types.join(' or ')}.`);
  }
  const tooLarge = new AppError('payload_too_large', `${options.what} is too large (${Math.round(options.maxBytes / 1024 / 1024)} MB at most).`);
  if (Number(request.headers.get('content-length') ?? 0) > options.maxBytes) throw tooLarge;
  if (!request.body) throw new AppError('bad_request', `The request has no body: send ${options.what}.`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > options.maxBytes) throw tooLarge;
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof AppError) {
      await reader.cancel().catch(() => undefined);
      throw error;
    }
    // The client went away before we had it all: nothing to do.
    throw new AppError('bad_request', 'The request body could not be read.');
  }
  return Buffer.concat(chunks);
}
