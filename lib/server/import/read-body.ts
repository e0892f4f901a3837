import type { IncomingMessage } from 'node:http';
import { Transform, pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { FetchRefusal } from './fetch-failure';

/**
 * Read a response body into memory, never holding more than `maxBytes`. The cap is checked
 * against the declared Content-Length before reading (no point downloading what we will refuse)
 * and again while streaming, on both the bytes on the wire and the bytes after decompression,
 * since a server may lie about the length and a small gzip body can expand a thousandfold.
 */
export async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge(maxBytes);
  }

  const source = decoded(response, maxBytes);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source) {
    const buffer = chunk as Buffer;
    total += buffer.length;
    if (total > maxBytes) {
      response.destroy();
      throw tooLarge(maxBytes);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function decoded(response: IncomingMessage, maxBytes: number): Readable {
  const encoding = String(response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return response;
  const decompressor = DECOMPRESSORS[encoding];
  if (!decompressor) {
    response.destroy();
    throw new FetchRefusal('unsupported_type', `The site sent the page compressed as “${encoding}”, which Factdesk cannot read.`);
  }
  // pipeline() destroys every stage when one fails, so an aborted response ends the loop above.
  return pipeline(response, wireCounter(maxBytes), decompressor(), () => undefined);
}

const DECOMPRESSORS: Record<string, () => Transform> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

function wireCounter(maxBytes: number): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      done(total > maxBytes ? tooLarge(maxBytes) : null, chunk);
    },
  });
}

function tooLarge(maxBytes: number): FetchRefusal {
  const size = maxBytes >= 1024 * 1024 ? `${+(maxBytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(maxBytes / 1024)} KB`;
  return new FetchRefusal('too_large', `The page is larger than ${size}, the most Factdesk downloads for one article.`);
}
