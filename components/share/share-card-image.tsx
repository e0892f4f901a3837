import { ImageResponse } from 'next/og';
import type { SharedPage } from '@/lib/server/share-links/shared-page';
import type { RatingTone } from '@/lib/core/rating-scale/rating-scale';

// The preview image chat tools show for a pasted link (1200×630, the size they all crop to).
// next/og bundles its own font, so nothing is fetched: it works offline.
const toneColour: Record<RatingTone, string> = {
  true: '#15803d',
  'mostly-true': '#4d7c0f',
  mixed: '#a16207',
  'mostly-false': '#c2410c',
  false: '#b91c1c',
  'off-scale': '#6d28d9',
  none: '#1d4ed8',
};

export function shareCardImage(page: SharedPage, cacheControl: string): ImageResponse {
  const heading = page.kind === 'claim' ? page.claim.statement || page.claim.exact : page.article.title;
  const verdicts = page.kind === 'claim' ? [page.claim.verdict] : page.claims.slice(0, 4).map((c) => c.verdict);
  const footer = page.kind === 'claim' ? page.article.outlet ?? page.article.title : `${page.claims.length} published verdicts`;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 64, background: '#fafaf9', color: '#1c1917' }}>
        <div style={{ display: 'flex', fontSize: 30, color: '#44403c' }}>{`${page.workspace.name} · Fact-check`}</div>
        <div style={{ display: 'flex', fontSize: heading.length > 120 ? 40 : 52, fontWeight: 700, lineHeight: 1.2 }}>{clip(heading, 180)}</div>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <div style={{ display: 'flex', gap: 16 }}>
            {verdicts.map((v, i) => (
              <div key={i} style={{ display: 'flex', padding: '12px 28px', borderRadius: 12, background: toneColour[v.tone], color: 'white', fontSize: 40, fontWeight: 700 }}>
                {v.label}
              </div>
            ))}
          </div>
          <div style={{ display: 'flex', fontSize: 26, color: '#57534e' }}>{clip(footer, 50)}</div>
        </div>
      </div>
    ),
    { width: 1200, height: 630, headers: { 'Cache-Control': cacheControl } },
  );
}

function clip(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`;
}
