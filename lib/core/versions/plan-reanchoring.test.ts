import { describe, expect, it } from 'vitest';
import { createOffsetIndex, describeRange } from '@/lib/core/anchoring';
import { planReanchoring, type StoredClaimAnchor } from './plan-reanchoring';

function claimOn(text: string, id: string, exact: string): StoredClaimAnchor {
  const start = text.indexOf(exact);
  const described = describeRange(text, start, start + exact.length, createOffsetIndex(text));
  if (!described.ok) throw new Error('bad fixture');
  return { id, ...described.position, ...described.quote, anchorState: 'anchored' };
}

const v1 = [
  'The council met on Tuesday 😀 to discuss the budget.',
  'The mayor said unemployment fell by 12 percent last year.',
  'Critics said the figures were misleading and asked for an audit.',
].join('\n\n');

describe('planReanchoring: claims follow the story to its new version', () => {
  it('an unchanged text keeps every claim where it was, by position', () => {
    const plan = planReanchoring(v1, [claimOn(v1, 'a', 'unemployment fell by 12 percent')]);
    expect(plan[0]).toMatchObject({ kind: 'moved', method: 'position' });
  });

  it('a paragraph added before a claim moves it by its quote, with code point positions after an emoji', () => {
    const v2 = `Breaking: a new paragraph 🎉🎉 at the top.\n\n${v1}`;
    const [plan] = planReanchoring(v2, [claimOn(v1, 'a', 'unemployment fell by 12 percent')]);
    expect(plan?.kind).toBe('moved');
    if (plan?.kind !== 'moved') return;
    const index = createOffsetIndex(v2);
    expect(v2.slice(index.toUtf16(plan.position.start), index.toUtf16(plan.position.end))).toBe('unemployment fell by 12 percent');
    expect(plan.position.start).toBe([...v2.slice(0, v2.indexOf('unemployment'))].length);
  });

  it('a lightly reworded quote is found approximately and the claim points at the new words', () => {
    const v2 = v1.replace('said the figures were misleading', 'said the numbers were misleading');
    const [plan] = planReanchoring(v2, [claimOn(v1, 'a', 'Critics said the figures were misleading and asked for an audit')]);
    expect(plan).toMatchObject({ kind: 'moved', method: 'fuzzy', quote: { exact: 'Critics said the numbers were misleading and asked for an audit' } });
  });

  it('a removed sentence orphans its claim instead of moving it onto other words', () => {
    const v2 = v1.replace('The mayor said unemployment fell by 12 percent last year.', 'The mayor declined to comment.');
    const [plan] = planReanchoring(v2, [claimOn(v1, 'a', 'unemployment fell by 12 percent')]);
    expect(plan?.kind).toBe('orphaned');
  });

  it('an orphan that is still lost is left alone, one that comes back is moved', () => {
    const v2 = v1.replace('The mayor said unemployment fell by 12 percent last year.', 'The mayor declined to comment.');
    const lost = { ...claimOn(v1, 'a', 'unemployment fell by 12 percent'), anchorState: 'orphaned' as const };
    expect(planReanchoring(v2, [lost])[0]?.kind).toBe('still_orphaned');
    expect(planReanchoring(v1, [lost])[0]?.kind).toBe('moved');
  });

  it('knowing the old version, an orphan keeps why it was lost and the best place found, in code points', () => {
    const v2 = v1.replace('The mayor said unemployment fell by 12 percent last year.', 'The governor claimed joblessness fell by 12 points this spring.');
    const claim = { ...claimOn(v1, 'a', 'The mayor said unemployment fell by 12 percent last year.'), articleVersionId: 'v1' };
    const [plan] = planReanchoring(v2, [claim], new Map([['v1', v1]]));
    expect(plan).toMatchObject({ kind: 'orphaned', reason: 'low_score' });
    if (plan?.kind !== 'orphaned') return;
    expect(plan.detail).toMatch(/^Only \d+% of its words are still there/);
    const index = createOffsetIndex(v2);
    expect(v2.slice(index.toUtf16(plan.suggestion!.start), index.toUtf16(plan.suggestion!.end))).toContain('fell by 12');
  });

  it('knowing the old version, a claim whose paragraph moved is placed on exactly its words', () => {
    const paragraphs = v1.split('\n\n');
    const v2 = [paragraphs[2], paragraphs[0], paragraphs[1]].join('\n\n');
    const claim = { ...claimOn(v1, 'a', 'unemployment fell by 12 percent'), articleVersionId: 'v1' };
    const [plan] = planReanchoring(v2, [claim], new Map([['v1', v1]]));
    expect(plan).toMatchObject({ kind: 'moved', method: 'quote', quote: { exact: 'unemployment fell by 12 percent' } });
  });
});
