import { describe, expect, test } from 'vitest';
import { quoteContext } from './quote-context';
import { selectReportClaims } from './report-model';
import type { ReviewReport } from './report-model';
import { buildReportSummary } from './report-summary';
import { ARABIC_TEXT, arabicReport, markClaim, pressTvReport } from './testing/sample-reports';

describe('choosing the claims a report shows', () => {
  const report = pressTvReport();

  test('by default an editor hands out only published claims, in the order they appear in the article', () => {
    const claims = selectReportClaims(report.claims, { onlyPublished: true, includeInternal: false });
    expect(claims.map((c) => c.id)).toEqual(['clm_stronghold', 'clm_resolution', 'clm_troops']);
  });

  test('for the desk, all claims can be shown, still in document order', () => {
    const claims = selectReportClaims(report.claims, { onlyPublished: false, includeInternal: false });
    expect(claims.map((c) => c.id)).toEqual(['clm_stronghold', 'clm_resolution', 'clm_troops', 'clm_copters']);
  });

  test('internal notes on evidence are removed unless the report includes them', () => {
    const notes = (includeInternal: boolean) =>
      selectReportClaims(report.claims, { onlyPublished: false, includeInternal }).flatMap((c) => c.evidence.map((e) => e.internalNote));
    expect(notes(false)).toEqual([undefined, undefined, undefined, undefined]);
    expect(notes(true)).toContain('Transcript saved in the shared drive.');
    expect(report.claims[1]?.evidence[0]?.internalNote).toBe('Transcript saved in the shared drive.');
  });

  test('a sentence comes before a figure quoted inside it (same start: the longer claim first)', () => {
    const text = report.article.text;
    const sentence = markClaim(text, 'The Pentagon has also said there are about 2,000 troops in Syria.', { id: 'b', status: 'published' });
    const words = markClaim(text, 'The Pentagon', { id: 'a', status: 'published' });
    expect(selectReportClaims([words, sentence], report.options).map((c) => c.id)).toEqual(['b', 'a']);
  });
});

describe('the summary of a report', () => {
  test('counts the claims shown by verdict and by status, and names the reviewers', () => {
    const summary = buildReportSummary(pressTvReport());
    expect(summary.claimCount).toBe(3);
    expect(summary.evidenceCount).toBe(3);
    expect(summary.byVerdict.filter((v) => v.count > 0)).toEqual([
      { key: 'true', label: 'True', value: 5, count: 1 },
      { key: 'mostly_true', label: 'Mostly true', value: 4, count: 1 },
      { key: 'misleading', label: 'Misleading', value: null, count: 1 },
    ]);
    expect(summary.byStatus.find((s) => s.status === 'published')).toEqual({ status: 'published', label: 'Published', count: 3 });
    expect(summary.byStatus.find((s) => s.status === 'researching')?.count).toBe(0);
    expect(summary.reviewers).toEqual([
      { name: 'Amal Haddad', checked: 3, approved: 0 },
      { name: 'Jonas Weber', checked: 0, approved: 2 },
      { name: 'Léa Martin', checked: 0, approved: 1 },
    ]);
  });

  test('claims not rated yet are counted as "No verdict", and a rating since removed from the scale by its label', () => {
    const base = pressTvReport();
    const report: ReviewReport = {
      ...base,
      options: { onlyPublished: false, includeInternal: false },
      claims: [...base.claims, { ...(base.claims[1] as ReviewReport['claims'][number]), id: 'clm_old', verdict: { key: 'pants_on_fire', label: 'Pants on fire', value: 0 } }],
    };
    const summary = buildReportSummary(report);
    expect(summary.byVerdict.at(-2)).toEqual({ key: 'pants_on_fire', label: 'Pants on fire', value: 0, count: 1 });
    expect(summary.byVerdict.at(-1)).toEqual({ key: null, label: 'No verdict', value: null, count: 1 });
  });
});

describe('a quote in its context', () => {
  const report = pressTvReport();
  const troops = report.claims.find((c) => c.id === 'clm_troops');
  if (!troops) throw new Error('fixture');

  test('shows whole words around the quote (spaces next to it kept), and marks where text was left out', () => {
    const context = quoteContext(report.article.text, troops, 40);
    expect(context).toMatchObject({ before: '', exact: troops.exact, after: ' They support the anti-Damascus Kurdish', elidedBefore: false, elidedAfter: true, placed: true });
  });

  test('never reaches into the previous paragraph', () => {
    const context = quoteContext(report.article.text, troops, 500);
    expect(context.before).toBe('');
    expect(context.after.endsWith('under the pretext of fighting terror.')).toBe(true);
    expect(context.elidedAfter).toBe(false);
  });

  test('counts code points: an emoji before an Arabic claim does not shift the context', () => {
    const schools = arabicReport().claims.find((c) => c.id === 'clm_schools');
    if (!schools) throw new Error('fixture');
    const context = quoteContext(ARABIC_TEXT, schools, 20);
    expect(context.exact).toBe('ستفتتح أربعين مدرسة جديدة قبل نهاية العام 🏫');
    expect(context.before).toBe('وأضاف أن الحكومة ');
    expect(context.after).toBe('، مؤكدًا أن التمويل');
    expect(context.elidedAfter).toBe(true);
  });

  test('an orphaned claim shows the context stored with it instead of whatever is at its old place', () => {
    const orphan = { ...troops, start: 0, end: troops.end - troops.start };
    const context = quoteContext(report.article.text, orphan, 10);
    expect(context.placed).toBe(false);
    expect(context.exact).toBe(troops.exact);
    expect(context.before).toBe([...troops.prefix].slice(-10).join(''));
  });
});
