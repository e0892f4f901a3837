import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, csvField, neutraliseFormula, renderCsv } from './csv';
import type { ReviewReport } from './report-model';
import { readGolden } from './testing/golden';
import { parseCsv } from './testing/parse-csv';
import { arabicReport, pressTvReport } from './testing/sample-reports';

/** The CSV as a spreadsheet would load it: BOM removed, records parsed strictly, keyed by header. */
function load(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  expect(header).toEqual(CSV_COLUMNS.map((c) => c.header));
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ''])));
}

describe('the CSV an editor opens in a spreadsheet', () => {
  test('the Press TV review (golden file: BOM, CRLF, quoting)', () => {
    const csv = renderCsv(pressTvReport());
    expect(csv).toBe(readGolden('press-tv-report.csv', csv));
  });

  test('has one row per claim in document order, and every field reads back exactly', () => {
    const report = pressTvReport();
    const rows = load(renderCsv(report));
    expect(rows.map((r) => r['Claim ID'])).toEqual(['clm_stronghold', 'clm_resolution', 'clm_troops']);
    const troops = report.claims.find((c) => c.id === 'clm_troops');
    const row = rows[2] ?? {};
    expect(row).toMatchObject({
      'Start (code points)': String(troops?.start),
      'End (code points)': String(troops?.end),
      Quote: 'The Pentagon has also said there are about 2,000 troops in Syria.',
      Statement: 'About 2,000 US troops are in Syria, according to the Pentagon',
      Claimant: 'Press TV',
      Status: 'Published',
      'Verdict key': 'true',
      Verdict: 'True',
      'Verdict value': '5',
      Explanation: troops?.explanation,
      'Evidence count': '2',
      'Checked by': 'Amal Haddad',
      'Approved by': 'Jonas Weber',
      'Approved at': '2026-11-30T15:00:00.000Z',
      'Published at': '2026-11-30T16:00:00.000Z',
      'Corrected at': '2026-12-01T08:00:00.000Z',
      'Public page': 'https://factcheck.example.org/checks/us-troops-in-syria',
      'Corrections count': '1',
    });
    expect(row.Evidence?.split('\n')).toEqual([
      '1. Supports: Department of Defense press briefing, 6 December 2017 — US Department of Defense — https://www.defense.example/News/Transcripts/2017-12-06-briefing — accessed 2026-11-30 — passage: “There are about 2,000 U.S. troops in Syria.”',
      '2. Adds context: Pentagon says about 2,000 US troops in Syria, "more than previously acknowledged" — Example News — https://news.example.com/2017/12/06/us-troops-syria?utm=a,b',
    ]);
    expect(row.Corrections).toBe('2026-12-01 Jonas Weber: verdict Mostly true → True (The transcript confirms the figure word for word.)');
    // A shared claim whose link the report cannot know: that it is shared, and until when.
    expect(rows[0]).toMatchObject({ 'Public page': 'shared since 2026-11-30, until 2027-06-30', 'Corrections count': '0', 'Corrected at': '' });
  });

  test('Arabic text and emoji survive the round trip unchanged', () => {
    const report = arabicReport();
    const rows = load(renderCsv(report));
    expect(rows.map((r) => r.Quote)).toEqual(['بلغ مليونًا ونصف المليون شخص في نهاية عام 2023', 'ستفتتح أربعين مدرسة جديدة قبل نهاية العام 🏫']);
    expect(rows[0]?.Explanation).toBe('تشير أرقام المفوضية إلى نحو 1.1 مليون لاجئ، أي أقل بكثير.');
    expect(rows[1]?.Explanation).toBe('لم تُنشر خطة التمويل بعد 🤷.');
    // Positions are code points: the emoji before the second claim counts once.
    expect(rows[1]?.['Start (code points)']).toBe(String([...report.article.text.slice(0, report.article.text.indexOf('ستفتتح'))].length));
  });

  test('a claimant "@handle" or a quote starting with "=" cannot run as a spreadsheet formula', () => {
    const rows = load(renderCsv(pressTvReport()));
    expect(rows[0]?.Claimant).toBe("'@PressTV");
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}HYPERLINK("x")`)).toBe(`'${start}HYPERLINK("x")`);
    expect(neutraliseFormula('2,000 troops')).toBe('2,000 troops');
    expect(csvField(-1)).toBe('-1'); // numbers we write are not user text
  });

  test('fullwidth and small forms of = + - @ are neutralised like the ASCII ones', () => {
    for (const start of ['＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫']) {
      expect(neutraliseFormula(`${start}HYPERLINK("x")`)).toBe(`'${start}HYPERLINK("x")`);
      // Through the whole field too: the apostrophe goes inside the quotes, before the formula.
      expect(csvField(`${start}1+1, "x"`)).toBe(`"'${start}1+1, ""x"""`);
    }
    // Only at the start of the cell, where a spreadsheet looks for a formula.
    expect(neutraliseFormula('troops ＝ 2,000')).toBe('troops ＝ 2,000');
  });

  test('commas, quotes and line breaks in user text are quoted; line breaks in a cell are LF', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('one\r\ntwo')).toBe('"one\ntwo"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
  });

  test('a hostile claim reads back field for field', () => {
    const base = pressTvReport();
    const nasty = '=cmd|"/c calc"!A1,\n"quoted", and\r\nmore';
    const report: ReviewReport = { ...base, claims: base.claims.map((c) => (c.id === 'clm_troops' ? { ...c, statement: nasty } : c)) };
    const rows = load(renderCsv(report));
    expect(rows[2]?.Statement).toBe(`'${nasty.replace('\r\n', '\n')}`);
  });
});
