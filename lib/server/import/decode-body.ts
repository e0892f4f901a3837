/**
 * Turn the downloaded bytes into text, in the order browsers use (WHATWG encoding sniffing,
 * simplified): a byte order mark, then the charset in the Content-Type header, then a
 * <meta charset> in the first 1024 bytes, then UTF-8. Older news sites still serve
 * windows-1252 or ISO-8859-x, and decoding those as UTF-8 would freeze mojibake into the
 * article text that claims quote.
 */
export function decodeBody(bytes: Buffer, contentType: string | undefined): { text: string; charset: string } {
  const label = bomCharset(bytes) ?? charsetParameter(contentType) ?? metaCharset(bytes) ?? 'utf-8';
  const decoder = decoderFor(label) ?? new TextDecoder('utf-8');
  const text = decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  return { text, charset: decoder.encoding };
}

// WHATWG's windows-1252 index for bytes 0x80–0x9F (five are unassigned and map to themselves).
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Node 20's TextDecoder decodes "windows-1252" (also the label behind latin1 and iso-8859-1) as
 * ISO-8859-1, turning curly quotes, dashes and € into invisible C1 control characters, so the
 * 32 bytes where the two differ are mapped here by hand.
 */
function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function bomCharset(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function charsetParameter(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match?.[2];
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

function metaCharset(bytes: Buffer): string | undefined {
  // Latin-1 maps bytes to characters one to one, so ASCII markup reads the same in any charset.
  const label = META_CHARSET.exec(bytes.subarray(0, 1024).toString('latin1'))?.[1];
  // A page cannot declare UTF-16 from inside itself: its ASCII markup proves it is not UTF-16.
  return label && /^utf-?16/i.test(label) ? 'utf-8' : label;
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return undefined; // an unknown label: browsers fall back too
  }
}

/** "Text/HTML; charset=UTF-8" → "text/html". */
export function mediaType(contentType: string | undefined): string | undefined {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase();
  return essence ? essence : undefined;
}
