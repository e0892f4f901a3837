import { describe, expect, test } from 'vitest';
import { searchBetweenBorders } from './search-between-borders';
import { mapText, tokenAt } from './text-map';
import { describeClaims } from './testing/scenario';

const P1 = 'The harbour council met on Tuesday to discuss the cruise season.';
const P2 = 'The mayor said unemployment in the port fell by 12 percent last year. "We are proud," she said.';
const P3 = 'Critics said the figures were misleading and asked the auditor to review them.';
const STOCK = 'The ministry did not respond to a request for comment.';
const FILLER = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the report lists ${i * 7 + 3} ships, ${i + 2} ferries and ${i * 11 + 5} yachts that used the port in month ${i + 1}.`);

describe('searching for a claim the word map left unpaired, between the words that bordered it', () => {
  test('a border that moved away with the first part of a split paragraph bounds nothing: the one in line with the other border does', () => {
    // Before: P2, then a paragraph ending in the stock sentence, then P3 and a paragraph that opens
    // with the same sentence. After: the paragraph's first part moved to the top, the stock
    // sentence left alone, the other paragraph moved up before P3. The nearest word before the
    // claim is now at the top; between P2 and P3 the sentence occurs twice, once as the other
    // paragraph's (the map says so).
    const moved = 'Vaccination coverage declined to 5 percent, the lowest level since 2014. Critics in the capital were not convinced. The figures are disputed.';
    const other = `${STOCK} Analysts expect the talks to resume on Monday in Geneva.`;
    const v1 = [P1, ...FILLER, P2, `${moved} ${STOCK}`, P3, other, 'The council adjourned.'].join('\n\n');
    const v2 = [moved, P1, ...FILLER, P2, STOCK, other, P3, 'The council adjourned.'].join('\n\n');
    const start = v1.indexOf(STOCK, v1.indexOf(moved));
    const [claim] = describeClaims(v1, [{ start, end: start + STOCK.length }]);
    const map = mapText(v1, v2);
    // As in the generated set where this was found, the map did not pair the claim's own words
    // (other copies of the sentence, deleted and inserted, made them ambiguous there).
    const first = tokenAt(map.old, start);
    const last = tokenAt(map.old, start + STOCK.length - 1) + 1;
    for (let i = first; i < last; i++) {
      map.newToOld[map.oldToNew[i] as number] = -1;
      map.oldToNew[i] = -1;
    }
    const result = searchBetweenBorders(map, v2, claim!, first, last);
    const at = v2.indexOf(`${STOCK}\n\n${other}`);
    expect(result).toMatchObject({ state: 'anchored', start: at, end: at + STOCK.length });
  });

  test('a stock sentence in a paragraph moved and edited at once is found beside its paragraph\'s other sentence', () => {
    // The paragraph moved down, a sentence was inserted after the stock sentence and another
    // deleted; the stock sentence has copies everywhere. The paragraph's distinctive sentence,
    // found once, says which copy is the claim's.
    const stock = 'The claim could not be independently verified.';
    const mate = 'A ministry spokesperson has evacuated 61 people in the capital since 2004.';
    const talks = 'Talks are expected to resume on Saturday.';
    const filler = FILLER.map((paragraph) => `${paragraph} ${stock} ${talks}`);
    const v1 = [P1, `${stock} ${mate} The UN Security Council wrote that northern Syria was "safe again" after 2014. ${talks}`, P2, ...filler, P3].join('\n\n');
    const v2 = [P1, P2, ...filler.slice(0, 4), `${stock} According to Reuters, about 31 people left Riyadh last quarter. ${mate} ${talks}`, ...filler.slice(4), P3].join('\n\n');
    const start = v1.indexOf(stock);
    const [claim] = describeClaims(v1, [{ start, end: start + stock.length }]);
    const map = mapText(v1, v2);
    // As in the generated set where this was found, the map paired none of the moved paragraph's
    // words (its runs were too short to be trusted away from home).
    const paragraph = v1.split('\n\n')[1]!;
    const first = tokenAt(map.old, start);
    const last = tokenAt(map.old, start + paragraph.length - 1) + 1;
    for (let i = first; i < last; i++) {
      if (map.oldToNew[i] !== -1) map.newToOld[map.oldToNew[i] as number] = -1;
      map.oldToNew[i] = -1;
    }
    const result = searchBetweenBorders(map, v2, claim!, first, tokenAt(map.old, start + stock.length - 1) + 1);
    const at = v2.indexOf(`${stock} According`);
    expect(result).toMatchObject({ state: 'anchored', start: at, end: at + stock.length });
  });
});
