// @mentions in a comment, matched against the workspace's members: `@Ana Lima` (names may have
// spaces) or `@ana@example.org`. Text that names nobody stays plain text. Offsets are UTF-16,
// like the string they index, so the UI can slice the body to highlight them.

export type MentionCandidate = { id: string; name: string; email?: string | null };
export type MentionRange = { userId: string; start: number; end: number };

// A mention starts after a space, punctuation or the start of the text (not inside an address
// like `team@ana`), and ends before anything that is not part of a word.
const wordChar = /[\p{L}\p{N}_]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && wordChar.test(char);
}

/** The member mentioned at `at` (the index after an `@`), the longest name or email that fits. */
function matchAt(text: string, at: number, members: readonly MentionCandidate[]): { userId: string; length: number } | null {
  let best: { userId: string; length: number } | null = null;
  for (const member of members) {
    for (const label of [member.name, member.email]) {
      const wanted = label?.trim();
      // Compared slice by slice, so a letter whose lower case is longer cannot shift the offsets.
      if (!wanted || text.slice(at, at + wanted.length).toLowerCase() !== wanted.toLowerCase()) continue;
      // "@Ana" must not claim the start of "@Anabel"; an email may be followed by a full stop.
      if (isWordChar(text[at + wanted.length])) continue;
      if (!best || wanted.length > best.length) best = { userId: member.id, length: wanted.length };
    }
  }
  return best;
}

export function findMentions(text: string, members: readonly MentionCandidate[]): MentionRange[] {
  const ranges: MentionRange[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '@' || isWordChar(text[i - 1]) || text[i - 1] === '@') continue;
    const match = matchAt(text, i + 1, members);
    if (!match) continue;
    ranges.push({ userId: match.userId, start: i, end: i + 1 + match.length });
    i += match.length;
  }
  return ranges;
}

/** The members mentioned, each once, in order of first mention. */
export function mentionedUserIds(text: string, members: readonly MentionCandidate[]): string[] {
  return [...new Set(findMentions(text, members).map((r) => r.userId))];
}

export type MentionSegment = { text: string; userId?: string };

/** The text cut into plain and mention pieces, for rendering mentions highlighted. */
export function segmentMentions(text: string, ranges: readonly MentionRange[]): MentionSegment[] {
  const segments: MentionSegment[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    if (range.start < at || range.end > text.length) continue;
    if (range.start > at) segments.push({ text: text.slice(at, range.start) });
    segments.push({ text: text.slice(range.start, range.end), userId: range.userId });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
