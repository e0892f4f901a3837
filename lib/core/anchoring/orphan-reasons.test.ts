import { describe, expect, test } from 'vitest';
import { anchorClaim } from './anchor';
import { reanchorAll } from './reanchor-all';
import { describeClaims } from './testing/scenario';

// Each orphan keeps why it was not placed: what was found, and why it was rejected.
const intro = 'The harbour council met on Tuesday to discuss the cruise season and the new terminal.';
const outro = 'The council will vote on a cap of 80 cruise visits a year in April, officials said.';
const claimSentence = 'The mayor said unemployment in the port fell by 12 percent last year.';
const v1 = `${intro}\n\n${claimSentence}\n\n${outro}`;
const [claim] = describeClaims(v1, [{ start: v1.indexOf(claimSentence), end: v1.indexOf(claimSentence) + claimSentence.length }]);

function orphanOn(v2: string) {
  const [result] = reanchorAll(v1, v2, [claim!]);
  if (result?.state !== 'orphaned') throw new Error(`expected an orphan, got ${JSON.stringify(result)}`);
  return result;
}

describe('why a claim became an orphan', () => {
  test('text deleted: its words are gone and nothing between its old neighbours resembles them', () => {
    const orphan = orphanOn(`${intro}\n\n${outro}`);
    expect(orphan.reason).toBe('not_found');
    expect(orphan.detail).toBe('Text deleted: the words on either side of it are still there, with nothing left between them.');
    expect(orphan.candidate).toBeUndefined();
  });

  test('text replaced by something unlike it: says what stands there now', () => {
    const orphan = orphanOn(`${intro}\n\nRain is expected across the north tomorrow.\n\n${outro}`);
    expect(orphan.reason).toBe('not_found');
    expect(orphan.detail).toBe('Text deleted: nothing between the words that surrounded it resembles the quote (now “Rain is expected across the north tomorrow.”).');
  });

  test('most of its words rewritten: says how much is left, and offers the rewritten sentence', () => {
    const rewritten = 'The governor claimed joblessness at the docks dropped by 12 points this spring.';
    const v2 = `${intro}\n\n${rewritten}\n\n${outro}`;
    const orphan = orphanOn(v2);
    expect(orphan.reason).toBe('low_score');
    expect(orphan.detail).toMatch(/^Only \d+% of its words are still there \(“.+”\), below 60%\.$/);
    expect(orphan.candidate).toBeDefined();
    expect(v2.slice(orphan.candidate!.start, orphan.candidate!.end)).toContain('12');
  });

  test('a similar sentence in other surroundings: its score and the threshold it missed', () => {
    const text = `Unrelated opening.\n\n${claimSentence.replace('in the port ', '')}`;
    const result = anchorClaim(text, claim!);
    expect(result).toMatchObject({ state: 'orphaned', reason: 'low_score' });
    if (result.state !== 'orphaned') return;
    expect(result.detail).toMatch(/^Best match “The mayor said unemployment fell by 12 percent last year\.” scored 0\.\d\d, but the text on both sides of it changed \(context 0\.\d\d, below 0\.90\)\.$/);
    expect(text.slice(result.candidate!.start, result.candidate!.end)).toBe('The mayor said unemployment fell by 12 percent last year.');
  });

  test('nothing within a quarter of its characters: text deleted', () => {
    const result = anchorClaim('An entirely different story about the weather.', claim!);
    expect(result).toMatchObject({ state: 'orphaned', reason: 'not_found', detail: 'Text deleted: nothing in the new version is within a quarter of its characters of the quote.' });
  });

  test('found several times, and the context did not decide', () => {
    const passage = 'Officials repeated the claim. The Pentagon has about 2,000 troops in Syria. No one objected.';
    const text = `${passage}\n\nIn other news, the weather was fine.\n\n${passage}`;
    const [described] = describeClaims(text, [{ start: text.lastIndexOf('The Pentagon'), end: text.lastIndexOf('Syria.') + 6 }]);
    const result = anchorClaim(`A new introduction pushes everything down the page.\n\n${text}`, described!);
    expect(result).toMatchObject({ state: 'orphaned', reason: 'ambiguous' });
    if (result.state !== 'orphaned') return;
    expect(result.detail).toMatch(/^Quote found at 2 places that fit about equally well \(best “The Pentagon has about 2,000 troops in Syria\.”, score [01]\.\d\d\); the context did not decide\.$/);
  });
});
