// The hand-labelled data the scorer's thresholds were chosen on, read for tests and the bench.
// Formats (fixtures/README.md): one sentence a line, "+" check-worthy or "-" not, blank lines
// between paragraphs; one claim pair a line, "=" same claim or "≠" different, "A | B".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type LabelledSentence = { article: string; text: string; worthy: boolean };
export type LabelledArticle = { name: string; text: string; sentences: LabelledSentence[]; heldOut: boolean };
export type LabelledPair = { a: string; b: string; same: boolean; heldOut: boolean };

/**
 * Files whose names start with "heldout-" or end with "-heldout" were written and labelled after
 * the weights and thresholds were chosen, and never tuned on: their figures are the honest ones.
 */
const isHeldOut = (file: string) => /^heldout-|-heldout\./u.test(file);

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Every labelled article, rebuilt as imported text: sentences joined by a space, paragraphs by a blank line. */
export function loadLabelledArticles(): LabelledArticle[] {
  const folder = join(FIXTURES, 'articles');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => parseLabelledArticle(file.replace(/\.txt$/u, ''), readFileSync(join(folder, file), 'utf8')));
}

export function parseLabelledArticle(name: string, source: string): LabelledArticle {
  const paragraphs: string[][] = [[]];
  const sentences: LabelledSentence[] = [];
  for (const line of source.split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if ((paragraphs.at(-1) as string[]).length > 0) paragraphs.push([]);
      continue;
    }
    const label = line[0];
    if (label !== '+' && label !== '-') throw new Error(`${name}: a line must start with + or -: ${line}`);
    const text = line.slice(2);
    (paragraphs.at(-1) as string[]).push(text);
    sentences.push({ article: name, text, worthy: label === '+' });
  }
  const text = paragraphs.filter((p) => p.length > 0).map((p) => p.join(' ')).join('\n\n');
  return { name, text, sentences, heldOut: isHeldOut(name) };
}

export function loadLabelledPairs(): LabelledPair[] {
  return readdirSync(FIXTURES)
    .filter((file) => /^claim-pairs.*\.txt$/u.test(file))
    .sort()
    .flatMap((file) =>
      readFileSync(join(FIXTURES, file), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('= ') || line.startsWith('≠ '))
        .map((line) => {
          const [a, b] = line.slice(2).split(' | ');
          if (!a || !b) throw new Error(`${file}: a pair needs "A | B": ${line}`);
          return { a: a.trim(), b: b.trim(), same: line.startsWith('='), heldOut: isHeldOut(file) };
        }),
    );
}
