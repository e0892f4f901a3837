import { describe, expect, test } from 'vitest';
import { correctionsAtom, escapeXml } from './corrections-atom';

const feed = (corrections: Parameters<typeof correctionsAtom>[0]['corrections']) =>
  correctionsAtom({
    workspaceName: 'Harbour <Desk> & Co',
    selfUrl: 'https://desk.example/p/harbour/corrections.atom',
    htmlUrl: 'https://desk.example/p/harbour/corrections',
    fallbackUpdated: '2026-12-01T00:00:00.000Z',
    corrections,
  });

describe('the corrections log as Atom', () => {
  test('an empty log is still a valid feed with an updated date and an author', () => {
    const xml = feed([]);
    expect(xml).toContain('<updated>2026-12-01T00:00:00.000Z</updated>');
    expect(xml).toContain('<author><name>Harbour &lt;Desk&gt; &amp; Co</name></author>');
    expect(xml).not.toContain('<entry>');
  });

  test('each correction is an entry saying what changed and why, linking to the corrected verdict', () => {
    const xml = feed([
      { id: 'c1-2', at: '2026-12-03T10:00:00.000Z', url: 'https://desk.example/p/harbour/verdicts/c1?a=1&b=2', statement: 'Bridge carried 40,000 cars', from: 'False', to: 'Mostly false', explanationCorrected: true, reason: 'New counts', articleTitle: 'Traffic' },
    ]);
    expect(xml).toContain('<updated>2026-12-03T10:00:00.000Z</updated>');
    expect(xml).toContain('<title>Correction: Bridge carried 40,000 cars</title>');
    expect(xml).toContain('Verdict corrected from False to Mostly false. Explanation corrected. Reason: New counts (Traffic)');
    // The entry's id stays the log's anchor (feed readers key entries by it); its link is the verdict.
    expect(xml).toContain('<id>https://desk.example/p/harbour/corrections#correction-c1-2</id>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://desk.example/p/harbour/verdicts/c1?a=1&amp;b=2"/>');
  });

  test('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml('a<b>&"\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });
});
