import { afterEach, describe, expect, it, vi } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import type { SharedVerdictPage } from '../shared-page';

// The modules are server-only; this test is their server.
vi.mock('server-only', () => ({}));

const { shareCardResponse } = await import('./share-card-image');
const { loadCardAsset, MISSING_EMOJI } = await import('./card-assets');
const { parseUnicodeRange } = await import('./card-fonts');

// A card must be drawn from what is on disk: with every outbound request refused (as on this
// machine, and as a card server that must not send a claim's text to a CDN), spied on so a single
// attempt fails the test.
function refuseNetwork() {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    throw new Error(`the card tried to fetch ${String(input)}`);
  });
}
afterEach(() => vi.restoreAllMocks());

function verdictPage(statement: string): SharedVerdictPage {
  return {
    kind: 'claim',
    url: 'https://factdesk.test/v/fds_x',
    permalink: null,
    workspace: { name: 'Desk', organizationUrl: null },
    article: { title: 'Story', outlet: 'Outlet', author: null, publishedAt: null, url: null, language: 'ar', direction: 'rtl', editedAfterReviewAt: null },
    claim: {
      id: 'c1', start: 0, end: 1, exact: statement, statement, claimant: '', verdict: { label: 'False', tone: 'false', color: null },
      explanation: '', evidence: [], reviewedAt: null, publishedAt: null, correctedAt: null, corrections: [],
    },
    context: { before: '', exact: statement, after: '', elidedBefore: false, elidedAfter: false } as unknown as SharedVerdictPage['context'],
    claimReview: null,
  };
}

/** The PNG's pixels (RGBA), decoded by drawing it into an SVG with resvg. */
function pixels(png: Buffer): { data: Uint8Array; width: number } {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><image width="1200" height="630" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const rendered = new Resvg(svg).render();
  return { data: new Uint8Array(rendered.pixels), width: rendered.width };
}

/** How many pixels of a horizontal band differ between two renders. */
function changedPixels(a: Buffer, b: Buffer, top: number, bottom: number): number {
  const pa = pixels(a), pb = pixels(b);
  let changed = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < pa.width; x++) {
      const i = (y * pa.width + x) * 4;
      if (Math.abs(pa.data[i]! - pb.data[i]!) + Math.abs(pa.data[i + 1]! - pb.data[i + 1]!) + Math.abs(pa.data[i + 2]! - pb.data[i + 2]!) > 60) changed++;
    }
  }
  return changed;
}

async function card(statement: string): Promise<Buffer> {
  const response = await shareCardResponse(new Request('http://localhost/v/x/card.png'), verdictPage(statement));
  expect(response.headers.get('content-type')).toBe('image/png');
  return Buffer.from(await response.arrayBuffer());
}

describe('share card images', () => {
  it('draws an Arabic claim with an emoji from bundled fonts, with the network refused', async () => {
    const fetchSpy = refuseNetwork();
    const arabic = await card('الأرقام غير صحيحة 🔥');
    const arabicOnly = await card('الأرقام غير صحيحة');
    const otherWords = await card('هذه جملة مختلفة تماما');
    const blank = await card('');
    expect(fetchSpy).not.toHaveBeenCalled();

    // The heading sits in the middle band of the card (between the workspace line and the badges).
    const [top, bottom] = [200, 450];
    // Arabic letters were drawn (missing glyphs draw nothing, or the same box for every letter)...
    expect(changedPixels(arabic, blank, top, bottom)).toBeGreaterThan(2000);
    expect(changedPixels(arabicOnly, otherWords, top, bottom)).toBeGreaterThan(2000);
    // ...and so was the emoji: a glyph of its own, not nothing.
    expect(changedPixels(arabic, arabicOnly, top, bottom)).toBeGreaterThan(300);
  }, 30_000); // Four cards, fonts read from disk first: seconds on a busy 2-core machine.

  it('answers glyphs no bundled font has from memory, never from the network', async () => {
    const fetchSpy = refuseNetwork();
    await expect(loadCardAsset('emoji', '🫨')).resolves.toBe(MISSING_EMOJI);
    await expect(loadCardAsset('th-TH', 'ไทย')).resolves.toEqual([]);
    // A whole card with a script and an emoji that no bundled font has still renders.
    await card('ภาษาไทย 🫨');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('reads the font packages’ Unicode ranges', () => {
    expect(parseUnicodeRange('U+0600-06FF, U+200C,U+1F600-1F64F')).toEqual([[0x600, 0x6ff], [0x200c, 0x200c], [0x1f600, 0x1f64f]]);
  });
});
