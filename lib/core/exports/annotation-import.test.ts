import { describe, expect, test } from 'vitest';
import { parseAnnotationImport } from './parse-annotation-import';
import type { ImportedAnnotation } from './parse-annotation-import';
import { planAnnotationImport } from './plan-annotation-import';
import type { ReviewReport } from './report-model';
import { SITE_URL, arabicReport, pressTvReport } from './testing/sample-reports';
import { renderAnnotationCollection } from './web-annotations';

/** Export as a file would carry it (JSON text), then read it back. */
function exportAndParse(report: ReviewReport): ImportedAnnotation[] {
  const file = JSON.stringify(renderAnnotationCollection(report, { siteUrl: SITE_URL }));
  const parsed = parseAnnotationImport(JSON.parse(file));
  if (!parsed.ok) throw new Error(parsed.message);
  expect(parsed.skipped).toEqual([]);
  return parsed.annotations;
}

const allClaims = (report: ReviewReport): ReviewReport => ({ ...report, options: { onlyPublished: false, includeInternal: false } });

describe('importing another Factdesk’s annotations onto an article', () => {
  test('onto the same text: the same claims at the same positions, with statement, verdict and sources', () => {
    const report = allClaims(pressTvReport());
    const plan = planAnnotationImport(report.article.text, exportAndParse(report), { ratingScale: report.ratingScale });
    expect(plan.unanchored).toEqual([]);
    const expected = [...report.claims].sort((a, b) => a.start - b.start);
    expect(plan.toCreate.map((c) => ({ start: c.position.start, end: c.position.end, exact: c.quote.exact, method: c.method }))).toEqual(
      expected.map((c) => ({ start: c.start, end: c.end, exact: c.exact, method: 'position' })),
    );
    const troops = plan.toCreate[2];
    expect(troops).toMatchObject({ statement: 'About 2,000 US troops are in Syria, according to the Pentagon', verdictKey: 'true' });
    expect(troops?.explanation).toBe(expected[2]?.explanation);
    expect(troops?.evidence).toEqual([
      {
        url: 'https://www.defense.example/News/Transcripts/2017-12-06-briefing',
        title: 'Department of Defense press briefing, 6 December 2017',
        passage: 'There are about 2,000 U.S. troops in Syria.',
        accessedAt: '2026-11-30T10:12:00.000Z',
      },
      { url: 'https://news.example.com/2017/12/06/us-troops-syria?utm=a,b', title: 'Pentagon says about 2,000 US troops in Syria, "more than previously acknowledged"' },
    ]);
  });

  test('onto a text with an emoji inserted at the start: still the same words, re-found by their quote', () => {
    const report = allClaims(pressTvReport());
    const lead = '🔴 LIVE: ';
    const shifted = lead + report.article.text;
    const plan = planAnnotationImport(shifted, exportAndParse(report), { ratingScale: report.ratingScale });
    expect(plan.unanchored).toEqual([]);
    const expected = [...report.claims].sort((a, b) => a.start - b.start);
    expect(plan.toCreate.map((c) => shifted.slice(c.start, c.end))).toEqual(expected.map((c) => c.exact));
    // Positions are code points: the emoji counts once, the UTF-16 offsets move by one more.
    expect(plan.toCreate.map((c) => c.position.start)).toEqual(expected.map((c) => c.start + [...lead].length));
    expect(plan.toCreate.map((c) => c.start - c.position.start)).toEqual(expected.map(() => 1));
  });

  test('an Arabic article with emoji inside a quote round-trips too', () => {
    const report = arabicReport();
    const plan = planAnnotationImport(report.article.text, exportAndParse(report), { ratingScale: report.ratingScale });
    expect(plan.toCreate.map((c) => [c.quote.exact, c.verdictKey])).toEqual([
      ['بلغ مليونًا ونصف المليون شخص في نهاية عام 2023', 'mostly_false'],
      ['ستفتتح أربعين مدرسة جديدة قبل نهاية العام 🏫', 'unproven'],
    ]);
  });

  test('what cannot be placed is reported with its reason, never dropped', () => {
    const report = pressTvReport();
    const annotations = [
      ...exportAndParse(report),
      { index: 3, quote: { exact: 'Paris is the capital of Belgium', prefix: '', suffix: '' }, evidence: [], notes: [] },
      { index: 4, quote: { exact: 'Daesh', prefix: '', suffix: '' }, evidence: [], notes: [] },
    ];
    const plan = planAnnotationImport(report.article.text, annotations);
    expect(plan.toCreate).toHaveLength(3);
    expect(plan.unanchored.map((u) => u.index)).toEqual([3, 4]);
    expect(plan.unanchored[0]).toMatchObject({ reason: 'not_found', quote: { exact: 'Paris is the capital of Belgium' } });
    // A word that occurs all over the article, with no context to say which: not guessed.
    expect(['ambiguous', 'low_score']).toContain(plan.unanchored[1]?.reason);
    expect(plan.unanchored.every((u) => u.message.length > 0)).toBe(true);
  });

  test('a verdict label the workspace’s scale does not have is kept at the top of the explanation', () => {
    const [annotation] = exportAndParse(pressTvReport());
    if (!annotation) throw new Error('fixture');
    const plan = planAnnotationImport(pressTvReport().article.text, [{ ...annotation, verdictLabel: 'Pants on fire' }], { ratingScale: pressTvReport().ratingScale });
    expect(plan.toCreate[0]?.verdictKey).toBeNull();
    expect(plan.toCreate[0]?.explanation.startsWith('Pants on fire\n\n')).toBe(true);
  });
});

describe('reading annotations from other tools', () => {
  const text = pressTvReport().article.text;
  const exact = 'The Pentagon has also said there are about 2,000 troops in Syria.';
  const start = [...text.slice(0, text.indexOf(exact))].length;

  test('a Hypothesis search result: selectors in target[0], XPath ranges ignored, the note kept, page notes skipped', () => {
    const hypothesis = {
      total: 2,
      rows: [
        {
          id: 'Zt9x1a',
          uri: 'https://www.presstv.example/Detail/2017/12/28/lavrov-us-forces-syria',
          text: 'Pentagon figure from its 6 Dec 2017 briefing',
          tags: ['syria', 'troops'],
          target: [
            {
              source: 'https://www.presstv.example/Detail/2017/12/28/lavrov-us-forces-syria',
              selector: [
                { type: 'RangeSelector', startContainer: '/div[1]/p[12]', startOffset: 0, endContainer: '/div[1]/p[12]', endOffset: 65 },
                { type: 'TextPositionSelector', start: start + 412, end: start + 477 },
                { type: 'TextQuoteSelector', exact, prefix: 'Lavrov added.\n\n', suffix: ' They support the anti-Damascus' },
              ],
            },
          ],
        },
        { id: 'pageNote', uri: 'https://www.presstv.example/x', text: 'Whole-page note', target: [{ source: 'https://www.presstv.example/x' }] },
      ],
    };
    const parsed = parseAnnotationImport(hypothesis);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.annotations).toEqual([
      { index: 0, quote: { exact, prefix: 'Lavrov added.\n\n', suffix: ' They support the anti-Damascus' }, position: { start: start + 412, end: start + 477 }, evidence: [], notes: ['Pentagon figure from its 6 Dec 2017 briefing'] },
    ]);
    expect(parsed.skipped).toEqual([{ index: 1, reason: 'no_quote', message: expect.stringContaining('Annotation 2') }]);
    // The stale position is only a hint: the quote finds the claim.
    const plan = planAnnotationImport(text, parsed.annotations);
    expect(plan.toCreate[0]).toMatchObject({ method: 'quote', position: { start, end: start + 65 }, notes: ['Pentagon figure from its 6 Dec 2017 briefing'] });
  });

  test('one annotation on its own, or an AnnotationPage, with bodies as bare addresses and comments', () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: ['https://evidence.example/report.pdf', { type: 'TextualBody', value: 'Check the footnote', purpose: 'commenting' }, 'urn:isbn:9780000000000'],
      target: { source: 'https://www.presstv.example/x', selector: { type: 'TextQuoteSelector', exact } },
    };
    for (const input of [annotation, { type: 'AnnotationPage', items: [annotation] }]) {
      const parsed = parseAnnotationImport(input);
      expect(parsed).toEqual({
        ok: true,
        skipped: [],
        annotations: [{ index: 0, quote: { exact, prefix: '', suffix: '' }, evidence: [{ url: 'https://evidence.example/report.pdf' }], notes: ['Check the footnote', 'Link: urn:isbn:9780000000000'] }],
      });
    }
  });

  test('malformed input is refused with a message that says where', () => {
    const bad = (target: unknown) => parseAnnotationImport([{ type: 'Annotation', target }]);
    expect(parseAnnotationImport(42)).toMatchObject({ ok: false, message: expect.stringContaining('Expected a W3C Annotation') });
    expect(parseAnnotationImport({ type: 'AnnotationCollection', first: 'https://x.example/page1' })).toMatchObject({ ok: false, message: expect.stringContaining('only links to its pages') });
    expect(bad({ selector: [{ type: 'TextPositionSelector', start: 10, end: 5 }] })).toMatchObject({
      ok: false,
      message: 'Annotation 1 (target.0.selector.0.end): TextPositionSelector: end must be greater than start',
    });
    expect(bad({ selector: { type: 'TextQuoteSelector', exact: 7 } })).toMatchObject({ ok: false, message: expect.stringContaining('The quote (exact) must be text') });
    expect(parseAnnotationImport([{ target: {}, body: { value: 3 } }])).toMatchObject({ ok: false, message: 'Annotation 1 (body.0.value): A body value must be text' });
    expect(parseAnnotationImport(['not an annotation'])).toMatchObject({ ok: false, message: expect.stringContaining('Annotation 1') });
  });
});

describe('refusing what the database cannot store', () => {
  const quoting = (extra: Record<string, unknown>) => ({ target: { selector: { type: 'TextQuoteSelector', exact: 'words' } }, ...extra });

  test('a NUL character anywhere, named by annotation and field, even deep in nested JSON', () => {
    const nested = JSON.parse(`${'{"a":'.repeat(20_000)}"x\\u0000"${'}'.repeat(20_000)}`);
    const parsed = parseAnnotationImport([quoting({}), quoting({ body: [{ value: 'fine' }, { value: 'Bad\u0000' }] }), quoting({ extra: nested })]);
    expect(parsed).toMatchObject({ ok: false, message: 'Annotation 2 (body.1.value): Remove the NUL character (U+0000)' });
    expect(parseAnnotationImport({ items: [quoting({ extra: nested })], type: 'AnnotationPage' })).toMatchObject({ ok: false });
  });

  test('a source date outside years 1 to 9999; a date that is no date is only left out', () => {
    const withDate = (sourceDate: string) =>
      parseAnnotationImport([quoting({ body: { source: 'https://e.example/', state: [{ type: 'TimeState', sourceDate }] } })]);
    expect(withDate('0000-01-01')).toMatchObject({ ok: false, message: 'Annotation 1 (body.0.state.0.sourceDate): Enter a year between 1 and 9999' });
    expect(withDate('+010000-01-01T00:00:00Z')).toMatchObject({ ok: false });
    const fine = withDate('2024-05-01');
    expect(fine.ok && fine.annotations[0]!.evidence[0]!.accessedAt).toBe('2024-05-01');
    const noDate = withDate('last spring');
    expect(noDate.ok && noDate.annotations[0]!.evidence[0]).toEqual({ url: 'https://e.example/' });
  });

  test('a lone surrogate in any text it reads becomes U+FFFD', () => {
    const lone = 'x\ud800y';
    const parsed = parseAnnotationImport([
      {
        target: { selector: { type: 'TextQuoteSelector', exact: lone, prefix: lone, suffix: lone } },
        body: [
          { purpose: 'describing', value: lone },
          { purpose: 'commenting', value: lone },
          { source: { id: 'https://e.example/', title: lone }, selector: { type: 'TextQuoteSelector', exact: lone } },
        ],
        text: lone,
      },
    ]);
    expect(parsed.ok).toBe(true);
    // JSON.stringify writes a lone surrogate as the escape \ud800: none may be left.
    const texts = JSON.stringify(parsed.ok && parsed.annotations[0]);
    expect(texts).toContain('x\uFFFDy');
    expect(texts).not.toMatch(/\\ud[89a-f]/i);
  });
});
