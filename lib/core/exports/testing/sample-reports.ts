// Review reports over real text, for the export tests: the bundled Press TV story with claims as
// a desk would mark them, and a short Arabic (right-to-left) story with emoji, whose code point
// and UTF-16 offsets differ. Test-only: reads the fixture with node:fs.

import { readFileSync } from 'node:fs';
import { documentFromText } from '@/lib/core/document/from-text';
import { cleanSampleArticleText } from '@/lib/core/document/sample-article';
import type { ReportClaim, ReviewReport } from '../report-model';
import { article, markClaim, published, ratingScale, verdict } from './report-builders';

export { SITE_URL, markClaim } from './report-builders';

/** The sample story's title and frozen text, cleaned and frozen as a plain-text import would be. */
export function pressTvArticle(): { title: string; text: string } {
  const raw = readFileSync(new URL('../../document/fixtures/presstv-lavrov-syria.txt', import.meta.url), 'utf8');
  const { title, body } = cleanSampleArticleText(raw);
  return { title, text: documentFromText(body).text };
}

export function pressTvReport(): ReviewReport {
  const { title, text } = pressTvArticle();
  const claims: ReportClaim[] = [
    markClaim(text, 'American helicopters were reportedly spotted airlifting Daesh ringleaders', {
      id: 'clm_copters',
      status: 'researching',
      claimant: 'Syrian Arab News Agency',
      evidence: [
        { id: 'ev_sana', url: 'https://sana.example/en/?p=123456', title: '', publisher: 'SANA', passage: '', stance: 'context', accessedAt: null, internalNote: 'Only source so far; no second sighting.' },
      ],
    }),
    markClaim(text, 'The Pentagon has also said there are about 2,000 troops in Syria.', {
      id: 'clm_troops',
      ...published,
      statement: 'About 2,000 US troops are in Syria, according to the Pentagon',
      claimant: 'Press TV',
      verdict: verdict('true'),
      explanation:
        'On 6 December 2017 a Pentagon spokesman said there were "about 2,000" US troops in Syria, up from the 503 it had acknowledged before.\n\nThe figure is the Pentagon\'s own; no independent count exists.',
      publicUrl: 'https://factcheck.example.org/checks/us-troops-in-syria',
      evidence: [
        {
          id: 'ev_briefing',
          url: 'https://www.defense.example/News/Transcripts/2017-12-06-briefing',
          title: 'Department of Defense press briefing, 6 December 2017',
          publisher: 'US Department of Defense',
          passage: 'There are about 2,000 U.S. troops in Syria.',
          stance: 'supports',
          accessedAt: '2026-11-30T10:12:00.000Z',
          internalNote: 'Transcript saved in the shared drive.',
        },
        {
          id: 'ev_wire',
          url: 'https://news.example.com/2017/12/06/us-troops-syria?utm=a,b',
          title: 'Pentagon says about 2,000 US troops in Syria, "more than previously acknowledged"',
          publisher: 'Example News',
          passage: '',
          stance: 'context',
          accessedAt: null,
        },
      ],
      corrections: [
        { at: '2026-12-01T08:00:00.000Z', by: 'Jonas Weber', field: 'verdict', from: 'Mostly true', to: 'True', reason: 'The transcript confirms the figure word for word.' },
      ],
      correctedAt: '2026-12-01T08:00:00.000Z',
    }),
    markClaim(text, 'The Arab country flushed Daesh out of its last stronghold last month.', {
      id: 'clm_stronghold',
      ...published,
      approvedBy: 'Léa Martin',
      // Shared on a public page: the report can say so, never print the link (decision 006).
      publicLink: { sharedAt: '2026-11-30T17:00:00.000Z', expiresAt: '2027-06-30T00:00:00.000Z' },
      statement: 'Syria drove Daesh out of its last stronghold in November 2017',
      claimant: '@PressTV',
      verdict: verdict('misleading'),
      explanation: 'The army retook Albu Kamal in November 2017, but Daesh held pockets of Syrian territory into 2019.',
    }),
    markClaim(text, 'According to the UN Security Council Resolution 2254', {
      id: 'clm_resolution',
      ...published,
      statement: 'UN Security Council Resolution 2254 says the future of Syria rests *only* with the Syrian people',
      claimant: 'Sergei Lavrov',
      verdict: verdict('mostly_true'),
      explanation: 'The resolution "stresses that the Syrian people will decide the future of Syria"; it does not say *only*, and sets out a UN-led process.',
      evidence: [
        {
          id: 'ev_res',
          url: 'https://undocs.example.org/S/RES/2254(2015)',
          title: 'Resolution 2254 (2015) [S/RES/2254]',
          publisher: 'UN Security Council',
          passage: 'Stresses that the Syrian people will decide the future of Syria',
          stance: 'supports',
          accessedAt: '2026-11-30T11:00:00.000Z',
        },
      ],
    }),
  ];
  return {
    generatedAt: '2026-12-01T09:30:00.000Z',
    workspace: { name: 'Desk Check', organizationUrl: 'https://factcheck.example.org' },
    article: article({
      id: 'art_presstv',
      title,
      sourceUrl: 'https://www.presstv.example/Detail/2017/12/28/lavrov-us-forces-syria',
      author: null,
      outlet: 'Press TV',
      publishedAt: '2017-12-28T10:00:00.000Z',
      language: 'en',
      direction: 'ltr',
      importedAt: '2026-11-30T08:45:00.000Z',
      text,
    }),
    ratingScale,
    claims,
    options: { onlyPublished: true, includeInternal: false },
  };
}

export const ARABIC_TEXT = [
  'قال المتحدث باسم وزارة الداخلية إن عدد اللاجئين في البلاد بلغ مليونًا ونصف المليون شخص في نهاية عام 2023 📈.',
  'وأضاف أن الحكومة ستفتتح أربعين مدرسة جديدة قبل نهاية العام 🏫، مؤكدًا أن التمويل «مضمون بالكامل».',
].join('\n\n');

export function arabicReport(): ReviewReport {
  const text = ARABIC_TEXT;
  return {
    generatedAt: '2026-12-01T09:30:00.000Z',
    workspace: { name: 'Desk Check', organizationUrl: null },
    article: article({
      id: 'art_ar',
      title: 'الداخلية: عدد اللاجئين بلغ مليونًا ونصف المليون',
      sourceUrl: 'https://news.example/ar/2024/01/refugees',
      author: 'سارة المنصوري',
      outlet: 'صحيفة المثال',
      publishedAt: '2024-01-15T08:00:00.000Z',
      language: 'ar',
      direction: 'rtl',
      importedAt: '2026-11-29T12:00:00.000Z',
      text,
    }),
    ratingScale,
    claims: [
      markClaim(text, 'ستفتتح أربعين مدرسة جديدة قبل نهاية العام 🏫', {
        id: 'clm_schools',
        ...published,
        statement: 'ستفتتح الحكومة 40 مدرسة جديدة قبل نهاية العام',
        claimant: 'المتحدث باسم وزارة الداخلية',
        verdict: verdict('unproven'),
        explanation: 'لم تُنشر خطة التمويل بعد 🤷.',
      }),
      markClaim(text, 'بلغ مليونًا ونصف المليون شخص في نهاية عام 2023', {
        id: 'clm_refugees',
        ...published,
        statement: 'بلغ عدد اللاجئين في البلاد 1.5 مليون شخص في نهاية 2023',
        claimant: 'المتحدث باسم وزارة الداخلية',
        verdict: verdict('mostly_false'),
        explanation: 'تشير أرقام المفوضية إلى نحو 1.1 مليون لاجئ، أي أقل بكثير.',
        evidence: [
          {
            id: 'ev_unhcr',
            url: 'https://data.unhcr.example.org/ar/situations/2023',
            title: 'أرقام اللاجئين لعام 2023',
            publisher: 'المفوضية',
            passage: 'بلغ عدد اللاجئين المسجلين 1.1 مليون شخص.',
            stance: 'refutes',
            accessedAt: '2026-11-29T13:00:00.000Z',
          },
        ],
      }),
    ],
    options: { onlyPublished: true, includeInternal: false },
  };
}
