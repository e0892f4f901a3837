// JavaScript strings count UTF-16 code units; W3C TextPositionSelector and PostgreSQL's string
// functions count Unicode code points. The two differ by one for every astral character (emoji,
// rare CJK such as '𠀀') before an offset. This module is the one place where the units meet.
//
// Offsets that fall between the two halves of a surrogate pair are not errors we can report
// usefully (a DOM selection never produces them, but arithmetic on offsets can), so they are
// snapped to a character boundary. The caller chooses the direction with `bias`:
//   'start' (default) moves back to the beginning of the character,
//   'end' moves forward past it,
// so a range converted as (start, 'start') / (end, 'end') grows to cover whole characters and
// never loses the character it cut. Offsets outside the text are clamped to [0, length].

export type SnapBias = 'start' | 'end';

export type OffsetIndex = {
  /** Length of the text in UTF-16 code units (`text.length`). */
  readonly utf16Length: number;
  /** Length of the text in Unicode code points. */
  readonly codePointLength: number;
  /** Whether any surrogate pair exists; when false both conversions are the identity. */
  readonly hasAstral: boolean;
  /** UTF-16 offset → code point offset. O(log a), a = number of astral characters. */
  toCodePoint(utf16: number, bias?: SnapBias): number;
  /** Code point offset → UTF-16 offset. O(log a). Always lands on a character boundary. */
  toUtf16(codePoint: number): number;
};

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `utf16` points at the low half of a surrogate pair, i.e. inside one character. */
export function splitsSurrogatePair(text: string, utf16: number): boolean {
  return (
    utf16 > 0 &&
    utf16 < text.length &&
    isLowSurrogate(text.charCodeAt(utf16)) &&
    isHighSurrogate(text.charCodeAt(utf16 - 1))
  );
}

/** Clamps `utf16` into the text and moves it off the middle of a surrogate pair (see `bias`). */
export function snapUtf16(text: string, utf16: number, bias: SnapBias = 'start'): number {
  const clamped = clamp(Math.floor(utf16), 0, text.length);
  if (!splitsSurrogatePair(text, clamped)) return clamped;
  return bias === 'start' ? clamped - 1 : clamped + 1;
}

/**
 * Builds the conversion index for one text in a single O(n) pass. Build it once per text and
 * reuse it: every conversion afterwards is a binary search over the astral characters only.
 */
export function createOffsetIndex(text: string): OffsetIndex {
  const astral = findAstralOffsets(text);
  const count = astral.length;
  if (count === 0) return identityIndex(text.length);

  // For the i-th astral character (0-based), its code point offset is astral[i] - i, because
  // each of the i astral characters before it used two code units for one code point.
  return {
    utf16Length: text.length,
    codePointLength: text.length - count,
    hasAstral: true,
    toCodePoint(utf16, bias = 'start') {
      const u = snapUtf16(text, utf16, bias);
      // Astral characters that end at or before u: astral[i] + 2 <= u.
      const before = countWhile(count, (i) => (astral[i] ?? 0) + 2 <= u);
      return u - before;
    },
    toUtf16(codePoint) {
      const c = clamp(Math.floor(codePoint), 0, text.length - count);
      // Astral characters whose code point offset is below c lie wholly before it.
      const before = countWhile(count, (i) => (astral[i] ?? 0) - i < c);
      return c + before;
    },
  };
}

/** Converts one offset without keeping an index. O(n): use `createOffsetIndex` for many. */
export function utf16ToCodePoint(text: string, utf16: number, bias: SnapBias = 'start'): number {
  return createOffsetIndex(text).toCodePoint(utf16, bias);
}

/** Converts one offset without keeping an index. O(n): use `createOffsetIndex` for many. */
export function codePointToUtf16(text: string, codePoint: number): number {
  return createOffsetIndex(text).toUtf16(codePoint);
}

function identityIndex(length: number): OffsetIndex {
  return {
    utf16Length: length,
    codePointLength: length,
    hasAstral: false,
    toCodePoint: (utf16) => clamp(Math.floor(utf16), 0, length),
    toUtf16: (codePoint) => clamp(Math.floor(codePoint), 0, length),
  };
}

function findAstralOffsets(text: string): Uint32Array {
  const offsets: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      offsets.push(i);
      i++;
    }
  }
  return Uint32Array.from(offsets);
}

/** Number of leading indices in [0, n) for which the monotone predicate holds. */
function countWhile(n: number, holds: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function clamp(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return min;
  return Math.min(max, Math.max(min, value));
}
