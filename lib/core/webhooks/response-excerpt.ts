// What the deliveries log keeps of a receiver's answer: at most 1 KB of it as text, with control
// characters (other than line breaks and tabs) removed, so a hostile receiver cannot write
// terminal escapes or megabytes into an admin's page.

export const EXCERPT_BYTES = 1024;

export function responseExcerpt(body: Uint8Array): string | null {
  if (body.length === 0) return null;
  const cut = body.length > EXCERPT_BYTES;
  // Room is kept for the ellipsis (3 bytes). A character cut in half decodes as U+FFFD: dropped.
  let text = new TextDecoder('utf-8', { fatal: false }).decode(body.subarray(0, cut ? EXCERPT_BYTES - 3 : EXCERPT_BYTES));
  if (cut) text = text.replace(/\uFFFD$/, '');
  text = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/g, '');
  return cut ? `${text}…` : text;
}
