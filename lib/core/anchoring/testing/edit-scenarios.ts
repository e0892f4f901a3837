// The named edit-set generators the re-anchoring is measured on (unit tests and the benchmark
// share them): an article, claims marked on it, a revised version and each claim's ground truth.
//   - revision: the original generator (sentences inserted and deleted, paragraphs moved, single
//     words rewritten anywhere) on plain generated news text;
//   - copy-desk: edits aimed at and beside claims, figures, punctuation and quotes, stock sentences
//     repeated word for word, a few paragraph splits and joins (copy-desk-edits.ts);
//   - restructure: the same kinds, weighted towards moving, splitting and joining paragraphs and
//     repeating stock sentences, on an article with more of them.

import { generateArticle } from './article';
import type { ArticleModel } from './article';
import { pickClaimRanges } from './claims';
import type { ClaimSpan } from './claims';
import { copyDeskCounts, generateCopyDeskEdits } from './copy-desk-edits';
import { defaultEditCounts, generateEditSet } from './edit-set';
import type { EditSet } from './edit-set';
import { claimTruth } from './ground-truth';
import type { Truth } from './ground-truth';
import { createRandom } from './random';

export type GeneratorName = 'revision' | 'copy-desk' | 'restructure';
export const GENERATORS: readonly GeneratorName[] = ['revision', 'copy-desk', 'restructure'];

export type EditScenario = {
  generator: GeneratorName;
  seed: number;
  model: ArticleModel;
  text: string;
  ranges: ClaimSpan[];
  edited: EditSet;
  truths: Truth[];
};

const STOCK_SHARE: Record<GeneratorName, number> = { revision: 0, 'copy-desk': 0.06, restructure: 0.12 };

export function buildEditScenario(generator: GeneratorName, seed: number, wordCount: number, claimCount: number): EditScenario {
  const random = createRandom(seed);
  const { model, text } = generateArticle(random, wordCount, { stockShare: STOCK_SHARE[generator] });
  const ranges = pickClaimRanges(random, model, claimCount);
  const edited =
    generator === 'revision'
      ? generateEditSet(seed + 1, model, text.length, defaultEditCounts(wordCount))
      : generateCopyDeskEdits(seed + 1, model, text.length, ranges, copyDeskCounts(wordCount, generator));
  const truths = ranges.map((range) => claimTruth(text, edited, range));
  return { generator, seed, model, text, ranges, edited, truths };
}
