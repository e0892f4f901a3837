import type { AddEvidenceInput } from '@/lib/validations/evidence';
import type { ClaimStatusValue } from '@/lib/validations/claim';

// A few claims of the sample article, worked to different stages, so a newcomer sees a real
// review at once: one verified with evidence, one under research, one fresh, one overlapping.
export type DemoClaim = {
  exact: string;
  statement: string;
  claimant: string;
  status?: ClaimStatusValue;
  verdict?: string;
  explanation?: string;
  evidence?: AddEvidenceInput[];
};

export const demoClaims: DemoClaim[] = [
  {
    exact: 'The Pentagon has also said there are about 2,000 troops in Syria.',
    statement: 'About 2,000 US troops are in Syria, according to the Pentagon.',
    claimant: 'Press TV',
    status: 'needs_review',
    verdict: 'true',
    explanation:
      'In December 2017 the Pentagon publicly acknowledged about 2,000 US troops in Syria, up from the 503 it had reported before.',
    evidence: [
      {
        url: 'https://www.defense.gov/News/News-Stories/',
        title: 'Pentagon briefing on US force levels in Syria',
        publisher: 'US Department of Defense',
        passage: 'There are about 2,000 U.S. troops in Syria.',
        stance: 'supports',
      },
    ],
  },
  {
    exact:
      'According to the UN Security Council Resolution 2254, which the United States itself has supported, the decision on the future of Syria only rests with the Syrian people',
    statement: 'UN Security Council Resolution 2254 says the future of Syria rests only with the Syrian people.',
    claimant: 'Sergei Lavrov',
    status: 'researching',
    explanation: 'Resolution 2254 (2015) says the Syrian people will decide the future of Syria; it says nothing about foreign troops.',
    evidence: [
      {
        url: 'https://www.un.org/press/en/2015/sc12171.doc.htm',
        title: 'Security Council Resolution 2254 (2015)',
        publisher: 'United Nations',
        passage: 'the Syrian people will decide the future of Syria',
        stance: 'context',
      },
    ],
  },
  {
    exact: 'the decision on the future of Syria only rests with the Syrian people',
    statement: 'The decision on the future of Syria only rests with the Syrian people.',
    claimant: 'Sergei Lavrov',
  },
  {
    exact: 'American helicopters were reportedly spotted airlifting Daesh ringleaders',
    statement: 'American helicopters airlifted Daesh leaders from Dayr al-Zawr to Hassakah.',
    claimant: 'SANA, via Press TV',
    status: 'researching',
    verdict: 'unproven',
    explanation: 'The only source is a state news agency citing unnamed civil sources; no independent confirmation was found.',
  },
  {
    exact: 'The Arab country flushed Daesh out of its last stronghold last month.',
    statement: 'Syria drove Daesh out of its last stronghold in November 2017.',
    claimant: 'Press TV',
  },
];
