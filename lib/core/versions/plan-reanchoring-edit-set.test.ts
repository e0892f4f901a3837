import { describe, expect, it } from 'vitest';
import { createOffsetIndex, describeRange } from '@/lib/core/anchoring';
import { planReanchoring } from './plan-reanchoring';

// The edit set of e2e/integration/check-for-changes.test.ts, checked without a server.
const P1 = 'Port jobs\n\nThe harbour council met on Tuesday 🚢 to discuss the cruise season.';
const P2 = 'The mayor said unemployment in the port fell by 12 percent last year.';
const P3 = 'Critics said the figures were misleading and asked the auditor to review them.';
const P4 = 'The council will vote on a cap of 80 cruise visits a year in April.';

function claim(text: string, id: string, exact: string) {
  const start = text.indexOf(exact);
  const d = describeRange(text, start, start + exact.length, createOffsetIndex(text));
  if (!d.ok) throw new Error('fixture');
  return { id, ...d.position, ...d.quote, anchorState: 'anchored' as const };
}

describe('the integration edit set', () => {
  it('places each claim by the expected method', () => {
    const v1 = [P1, P2, P4, P3].join('\n\n');
    const v2 = [P1, 'The mayor declined to comment on jobs.', 'A new paragraph 🎉 was added.', P4, P3.replace('the figures', 'the numbers')].join('\n\n');
    const plans = planReanchoring(v2, [
      claim(v1, 'inPlace', 'harbour council met on Tuesday 🚢'),
      claim(v1, 'removed', 'unemployment in the port fell by 12 percent'),
      claim(v1, 'shifted', 'a cap of 80 cruise visits a year'),
      claim(v1, 'reworded', 'Critics said the figures were misleading and asked the auditor to review them'),
    ]);
    expect(plans.map((p) => (p.kind === 'moved' ? p.method : p.kind))).toEqual(['position', 'orphaned', 'quote', 'fuzzy']);
  });

  it('places each claim by the same method through the word map, when the old version is known', () => {
    const v1 = [P1, P2, P4, P3].join('\n\n');
    const v2 = [P1, 'The mayor declined to comment on jobs.', 'A new paragraph 🎉 was added.', P4, P3.replace('the figures', 'the numbers')].join('\n\n');
    const on = (id: string, exact: string) => ({ ...claim(v1, id, exact), articleVersionId: 'v1' });
    const plans = planReanchoring(
      v2,
      [
        on('inPlace', 'harbour council met on Tuesday 🚢'),
        on('removed', 'unemployment in the port fell by 12 percent'),
        on('shifted', 'a cap of 80 cruise visits a year'),
        on('reworded', 'Critics said the figures were misleading and asked the auditor to review them'),
      ],
      new Map([['v1', v1]]),
    );
    expect(plans.map((p) => (p.kind === 'moved' ? p.method : p.kind))).toEqual(['position', 'orphaned', 'quote', 'fuzzy']);
    expect(plans[1]).toMatchObject({ reason: 'not_found', detail: expect.stringMatching(/^Text deleted/) });
  });
});
