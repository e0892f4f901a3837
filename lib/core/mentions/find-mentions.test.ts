import { describe, expect, it } from 'vitest';
import { findMentions, mentionedUserIds, segmentMentions } from './find-mentions';

const members = [
  { id: 'ana', name: 'Ana', email: 'ana@example.org' },
  { id: 'ana-lima', name: 'Ana Lima', email: 'alima@example.org' },
  { id: 'bo', name: 'Bø Ørsted', email: 'bo@example.dk' },
  { id: 'anabel', name: 'Anabel', email: null },
];

describe('findMentions', () => {
  it('finds a name with spaces, preferring the longest member name that fits', () => {
    const text = 'Please check, @Ana Lima and @Ana.';
    expect(findMentions(text, members)).toEqual([
      { userId: 'ana-lima', start: 14, end: 23 },
      { userId: 'ana', start: 28, end: 32 },
    ]);
  });

  it('does not let a short name claim the start of a longer word', () => {
    expect(mentionedUserIds('@Anabel has the source', members)).toEqual(['anabel']);
    expect(mentionedUserIds('@Anastasia knows', members)).toEqual([]);
  });

  it('matches emails, case-insensitively, with trailing punctuation', () => {
    expect(findMentions('Ask @ALIMA@example.org.', members)).toEqual([{ userId: 'ana-lima', start: 4, end: 22 }]);
  });

  it('leaves unknown mentions and addresses inside text alone', () => {
    expect(findMentions('@nobody wrote to team@Ana about it', members)).toEqual([]);
  });

  it('reads names beyond ASCII and mentions at the very start or after punctuation', () => {
    expect(mentionedUserIds('@bø ørsted, (@Ana) — thanks', members)).toEqual(['bo', 'ana']);
  });

  it('lists each member once', () => {
    expect(mentionedUserIds('@Ana @Ana @ana@example.org', members)).toEqual(['ana']);
  });
});

describe('segmentMentions', () => {
  it('cuts the text into plain and mention pieces that add up to the text', () => {
    const text = 'Hi @Ana Lima, see @Bø Ørsted';
    const segments = segmentMentions(text, findMentions(text, members));
    expect(segments).toEqual([
      { text: 'Hi ' },
      { text: '@Ana Lima', userId: 'ana-lima' },
      { text: ', see ' },
      { text: '@Bø Ørsted', userId: 'bo' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});
