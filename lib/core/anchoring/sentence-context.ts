// The part of a quote's stored context that belongs to the quote's own sentence.
//
// Why it matters: the true place of a claim whose neighbouring sentence was deleted, inserted
// or moved keeps its context exactly up to the sentence boundary and loses it beyond. A
// look-alike elsewhere (the same template sentence with another year or figure) differs
// *inside* the sentence. Requiring the own-sentence part to match exactly on both sides is
// what lets us accept the first and orphan the second (see choose-match.ts).

const SENTENCE_END = /[.!?]["'”’)\]]*$/u;

/**
 * The end of the prefix that lies in the quote's sentence: after the last sentence end and the
 * space that follows it (which may become a line break when paragraphs are rearranged).
 */
export function ownSentencePrefix(prefix: string): string {
  for (let i = prefix.length - 1; i >= 0; i--) {
    const char = prefix[i] as string;
    if (char === '\n') return prefix.slice(i + 1);
    if (/\s/u.test(char) && SENTENCE_END.test(prefix.slice(Math.max(0, i - 4), i))) return prefix.slice(i + 1);
  }
  return prefix;
}

/**
 * The start of the suffix that lies in the quote's sentence (up to the first boundary). The
 * quote's own last characters count, so a quote ending a sentence owns none of its suffix.
 */
export function ownSentenceSuffix(exact: string, suffix: string): string {
  const lead = exact.slice(-4);
  const text = lead + suffix;
  for (let i = lead.length; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\n') return suffix.slice(0, i - lead.length);
    if (/\s/u.test(char) && SENTENCE_END.test(text.slice(Math.max(0, i - 4), i))) return suffix.slice(0, i - lead.length);
  }
  return suffix;
}
