// WCAG 2.x contrast of a verdict colour against how the app uses it (decision 040):
// - the verdict badge: white text on the colour (text, 4.5:1);
// - the highlight underline: the colour itself on the page (non-text, 3:1);
// - the highlight: stone-900 text on the colour mixed at 38% into the page (the deepest mix of
//   `mark.claim-highlight` in app/globals.css, active or nested three deep; text, 4.5:1).
// Pages are white or stone-50, so each check takes the worse of the two.

export const HEX_COLOR = /^#[0-9a-f]{6}$/i;

type Rgb = readonly [number, number, number];

const WHITE: Rgb = [255, 255, 255];
const STONE_50: Rgb = [0xfa, 0xfa, 0xf9];
const STONE_900: Rgb = [0x1c, 0x19, 0x17];
const PAGES: readonly Rgb[] = [WHITE, STONE_50];
/** The strongest share of the tone in a highlight background (globals.css: 14% + depth × 8%, active 38%). */
export const DEEPEST_HIGHLIGHT_MIX = 0.38;

export function parseHex(hex: string): Rgb | null {
  if (!HEX_COLOR.test(hex)) return null;
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `share` of `tone` over `page`, as CSS color-mix in sRGB does it over an opaque page. */
export function mix(tone: Rgb, page: Rgb, share: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(tone[i]! * share + page[i]! * (1 - share))) as unknown as Rgb;
}

export type ContrastReport = { badgeText: number; underline: number; highlightText: number };

export function colorContrast(hex: string): ContrastReport | null {
  const tone = parseHex(hex);
  if (!tone) return null;
  return {
    badgeText: contrastRatio(WHITE, tone),
    underline: Math.min(...PAGES.map((page) => contrastRatio(tone, page))),
    highlightText: Math.min(...PAGES.map((page) => contrastRatio(STONE_900, mix(tone, page, DEEPEST_HIGHLIGHT_MIX)))),
  };
}

/** What is wrong with a verdict colour, in words a settings form can show; null when it passes. */
export function colorProblem(hex: string): string | null {
  const report = colorContrast(hex);
  if (!report) return 'Use a colour in the form #1a2b3c.';
  const ratio = (n: number) => `${(Math.floor(n * 100) / 100).toFixed(2)}:1`;
  if (report.badgeText < 4.5) {
    return `Too light: white verdict labels on it reach ${ratio(report.badgeText)}, 4.5:1 is needed. Choose a darker colour.`;
  }
  if (report.underline < 3) return `Too light against the page: ${ratio(report.underline)}, 3:1 is needed.`;
  if (report.highlightText < 4.5) {
    return `Highlighted text on it reaches ${ratio(report.highlightText)}, 4.5:1 is needed.`;
  }
  return null;
}
