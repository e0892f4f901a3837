import type { ArticleVersionDetailDto, VersionClaimDto } from '@/lib/validations/article-revision';

type Segment = { text: string; claims: VersionClaimDto[] };

/** A block's text cut at every claim boundary (code points), each piece with the claims over it. */
function segments(chars: string[], start: number, end: number, claims: VersionClaimDto[]): Segment[] {
  const inside = claims.filter((c) => c.start < end && c.end > start);
  const cuts = new Set([start, end]);
  for (const c of inside) {
    cuts.add(Math.max(start, c.start));
    cuts.add(Math.min(end, c.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    out.push({ text: chars.slice(a, b).join(''), claims: inside.filter((c) => c.start <= a && c.end >= b) });
  }
  return out;
}

const TAGS: Record<string, 'p' | 'h2' | 'h3' | 'h4' | 'li' | 'blockquote'> = { p: 'p', h2: 'h2', h3: 'h3', h4: 'h4', li: 'li', blockquote: 'blockquote' };

/** An older version as it was, read-only, with its claims marked where they stood on it. Rendered on the server. */
export function FrozenVersion({ version, direction }: { version: ArticleVersionDetailDto; direction: 'ltr' | 'rtl' }) {
  const chars = Array.from(version.text);
  return (
    <div dir={direction} className="space-y-4 leading-relaxed text-stone-900">
      {version.blocks.map((block, i) => {
        const Tag = TAGS[block.type] ?? 'p';
        return (
          <Tag key={i} className={Tag.startsWith('h') ? 'font-semibold' : undefined}>
            {segments(chars, block.start, block.end, version.claims).map((seg, j) =>
              seg.claims.length ? (
                <mark key={j} className="rounded-sm bg-amber-100 text-inherit" title={seg.claims.map((c) => c.statement || c.exact).join(' · ')} data-claim-ids={seg.claims.map((c) => c.id).join(' ')}>
                  {seg.text}
                </mark>
              ) : (
                <span key={j}>{seg.text}</span>
              ),
            )}
          </Tag>
        );
      })}
    </div>
  );
}
