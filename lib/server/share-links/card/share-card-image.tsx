import 'server-only';
import type { SharedPage } from '../shared-page';
import type { RatingTone } from '@/lib/core/rating-scale/rating-scale';
import { cardText, renderCardPng } from './render-card';
import { CARD_FONT_FAMILY } from './card-fonts';
import { notModified, publicResponse, strongEtag } from '../public-answer';

// The preview image chat tools show for a pasted link (1200×630, the size they all crop to).
// Drawn with fonts read from disk (lib/server/share-links/card): nothing is fetched, so it works
// offline and the claim's text goes to nobody.
const toneColour: Record<RatingTone, string> = {
  true: '#15803d',
  'mostly-true': '#4d7c0f',
  mixed: '#a16207',
  'mostly-false': '#c2410c',
  false: '#b91c1c',
  'off-scale': '#6d28d9',
  none: '#1d4ed8',
};

// Part of the card's ETag: raise it when the drawing below changes, so that caches holding the
// old picture of unchanged words fetch the new one.
const CARD_DESIGN = 1;

/**
 * The card of a live link, under the public pages' caching rules (public-answer.ts). Its ETag is
 * a hash of what it shows, known before drawing: a client or CDN holding the current card gets a
 * 304 without the (tens of milliseconds of) drawing.
 */
export async function shareCardResponse(request: Request, page: SharedPage): Promise<Response> {
  const heading = page.kind === 'claim' ? page.claim.statement || page.claim.exact : page.article.title;
  const verdicts = page.kind === 'claim' ? [page.claim.verdict] : page.claims.slice(0, 4).map((c) => c.verdict);
  const footer = page.kind === 'claim' ? page.article.outlet ?? page.article.title : `${page.claims.length} published verdicts`;
  const etag = strongEtag(JSON.stringify([CARD_DESIGN, page.workspace.name, heading, verdicts, footer]));
  const unchanged = notModified(request, etag);
  if (unchanged) return unchanged;
  const png = await renderCardPng(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 64, background: '#fafaf9', color: '#1c1917', fontFamily: CARD_FONT_FAMILY, boxSizing: 'border-box' }}>
        <div style={{ display: 'flex', fontSize: 30, color: '#44403c' }}>{cardText(`${page.workspace.name} · Fact-check`)}</div>
        <div style={{ display: 'flex', fontSize: heading.length > 120 ? 40 : 52, fontWeight: 700, lineHeight: 1.2 }}>{clip(heading, 180)}</div>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <div style={{ display: 'flex', gap: 16 }}>
            {verdicts.map((v, i) => (
              <div key={i} style={{ display: 'flex', padding: '12px 28px', borderRadius: 12, background: v.color ?? toneColour[v.tone], color: 'white', fontSize: 40, fontWeight: 700 }}>
                {cardText(v.label)}
              </div>
            ))}
          </div>
          <div style={{ display: 'flex', fontSize: 26, color: '#57534e' }}>{clip(footer, 50)}</div>
        </div>
      </div>
    ),
    [page.workspace.name, heading, footer, ...verdicts.map((v) => v.label)].join(' '),
  );
  return publicResponse(request, { status: 200, contentType: 'image/png', body: new Uint8Array(png) }, etag);
}

function clip(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return cardText(oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`);
}
