import { describe, expect, it } from 'vitest';
import { channelText, recipientText, toPublicCorrectionRequest } from './public-view';

describe('a correction request as readers see it', () => {
  it('keeps whom, how, when, the outcome and the link, and drops internal notes and the rest', () => {
    const shown = toPublicCorrectionRequest({
      recipientKind: 'publisher', recipientName: 'Harbour Herald', channel: 'email', sentAt: '2026-11-01T00:00:00.000Z',
      outcome: 'corrected', respondedAt: '2026-11-03T00:00:00.000Z', correctionUrl: 'https://news.example/correction',
      internalNote: 'Editor is a friend of the mayor', request: 'Please fix the figure', flag: null,
    });
    expect(Object.keys(shown).sort()).toEqual(['channel', 'correctionUrl', 'outcome', 'recipientKind', 'recipientName', 'respondedAt', 'sentAt']);
    expect(JSON.stringify(shown)).not.toContain('friend');
  });

  it('names the recipient and the channel in words', () => {
    expect(recipientText({ recipientKind: 'publisher', recipientName: ' Harbour Herald ' })).toBe('The publisher (Harbour Herald)');
    expect(recipientText({ recipientKind: 'regulator', recipientName: '' })).toBe('A regulator');
    expect(channelText({ channel: 'email' })).toBe('by email');
    expect(channelText({ channel: 'other' })).toBe('by other means');
  });
});
