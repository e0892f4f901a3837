import { describe, expect, test } from 'vitest';
import type { ReviewReport } from './report-model';
import { SITE_URL, arabicReport, pressTvReport } from './testing/sample-reports';
import { renderAnnotationCollection } from './web-annotations';
import type { WebAnnotation } from './web-annotations';

const collectionOf = (report: ReviewReport) => renderAnnotationCollection(report, { siteUrl: SITE_URL });
const allClaims = (report: ReviewReport): ReviewReport => ({ ...report, options: { onlyPublished: false, includeInternal: false } });

describe('the claims of an article as W3C Web Annotations', () => {
  test('an AnnotationCollection with its first page embedded, as the model defines them', () => {
    const collection = collectionOf(allClaims(pressTvReport()));
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `${SITE_URL}/articles/art_presstv/annotations`,
      type: 'AnnotationCollection',
      label: 'Claims in “Russian foreign minister says American forces must leave Syria”',
      total: 4,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(collection.first.items).toHaveLength(collection.total);
  });

  test("every annotation has the model's required keys: an IRI id, type Annotation and a target", () => {
    for (const annotation of collectionOf(allClaims(pressTvReport())).first.items) {
      expect(() => new URL(annotation.id)).not.toThrow();
      expect(annotation.type).toBe('Annotation');
      expect(() => new URL(annotation.target.source)).not.toThrow();
      expect(annotation.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
      expect(annotation.created).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
  });

  test('a rated claim is assessed (verdict and explanation), its sources are links, its statement describes it', () => {
    const troops = collectionOf(pressTvReport()).first.items[2] as WebAnnotation;
    expect(troops.motivation).toBe('assessing');
    expect(troops.body).toEqual([
      { type: 'TextualBody', purpose: 'describing', value: 'About 2,000 US troops are in Syria, according to the Pentagon', format: 'text/plain' },
      {
        type: 'TextualBody',
        purpose: 'assessing',
        value: 'True\n\nOn 6 December 2017 a Pentagon spokesman said there were "about 2,000" US troops in Syria, up from the 503 it had acknowledged before.\n\nThe figure is the Pentagon\'s own; no independent count exists.',
        format: 'text/plain',
      },
      {
        type: 'SpecificResource',
        purpose: 'linking',
        source: { id: 'https://www.defense.example/News/Transcripts/2017-12-06-briefing', label: 'Department of Defense press briefing, 6 December 2017' },
        selector: { type: 'TextQuoteSelector', exact: 'There are about 2,000 U.S. troops in Syria.' },
        state: { type: 'TimeState', sourceDate: '2026-11-30T10:12:00.000Z' },
      },
      {
        type: 'SpecificResource',
        purpose: 'linking',
        source: { id: 'https://news.example.com/2017/12/06/us-troops-syria?utm=a,b', label: 'Pentagon says about 2,000 US troops in Syria, "more than previously acknowledged"' },
      },
    ]);
    expect(troops.creator).toEqual({ type: 'Person', name: 'Amal Haddad' });
  });

  test('a claim not rated yet is a highlight', () => {
    const copters = collectionOf(allClaims(pressTvReport())).first.items.find((a) => a.id.endsWith('clm_copters'));
    expect(copters?.motivation).toBe('highlighting');
    expect(copters?.body).toEqual([{ type: 'SpecificResource', purpose: 'linking', source: 'https://sana.example/en/?p=123456' }]);
  });

  test('the target is the live page, with the date and the frozen copy its positions were counted on', () => {
    const [first] = collectionOf(pressTvReport()).first.items;
    expect(first?.target.source).toBe('https://www.presstv.example/Detail/2017/12/28/lavrov-us-forces-syria');
    expect(first?.target.state).toEqual({ type: 'TimeState', sourceDate: '2026-11-30T08:45:00.000Z', cached: `${SITE_URL}/articles/art_presstv` });
  });

  test('positions count code points: the text at them, taken by code point, is the quote (Arabic with emoji)', () => {
    const report = arabicReport();
    const codePoints = [...report.article.text];
    for (const annotation of collectionOf(report).first.items) {
      const [quote, position] = annotation.target.selector;
      if (quote?.type !== 'TextQuoteSelector' || position?.type !== 'TextPositionSelector') throw new Error('selectors');
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
    }
  });

  test('an orphaned claim travels with its quote only: its old position points at other words', () => {
    const base = pressTvReport();
    const report: ReviewReport = { ...base, claims: base.claims.map((c) => (c.id === 'clm_troops' ? { ...c, anchorState: 'orphaned' as const } : c)) };
    const troops = collectionOf(report).first.items[2];
    expect(troops?.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
  });
});
