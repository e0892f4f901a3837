import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// The fonts a preview card is drawn with, read from npm font packages on disk: nothing is fetched
// when a card is drawn (next/og's own ImageResponse downloads glyphs for Arabic, CJK and emoji from
// public CDNs, which sends the claim's text to a third party and breaks offline). Each package is
// cut into Unicode ranges (fontsource's unicode.json); a card loads only the files whose range
// holds one of its characters, so a Latin card reads ~100 KB and the 4.7 MB of Chinese only the
// chunks its characters need. The files stay in memory once read (the same bytes for every card).
//
// Chosen: Noto Sans (Latin, Latin Extended, Greek, Cyrillic, Vietnamese; 400 and 700), Noto Sans
// Arabic (400 only: satori drew the 700 file's letters without their dots, so bold Arabic is the
// 400 drawn heavier by satori), Noto Sans Hebrew (400 and 700), Noto Sans SC (Simplified Chinese with the kana and
// punctuation it carries; 400 only: the bold weight would double the 4.7 MB for headings), and
// Noto Emoji (monochrome outlines: satori draws glyphs as paths, one colour). What none of them
// covers (Thai, Devanagari, Korean Hangul, emoji newer than Noto Emoji) gets a neutral box.

type Weight = 400 | 700;
type Family = { name: string; dir: string; prefix: string; subsets?: string[]; weights: Weight[] };

export const CARD_FONT_FAMILY = 'Noto Sans';

const FAMILIES: Family[] = [
  { name: CARD_FONT_FAMILY, dir: '@fontsource/noto-sans', prefix: 'noto-sans', subsets: ['latin', 'latin-ext', 'greek', 'cyrillic', 'cyrillic-ext', 'vietnamese'], weights: [400, 700] },
  { name: 'Noto Sans Arabic', dir: '@fontsource/noto-sans-arabic', prefix: 'noto-sans-arabic', subsets: ['arabic'], weights: [400] },
  { name: 'Noto Sans Hebrew', dir: '@fontsource/noto-sans-hebrew', prefix: 'noto-sans-hebrew', subsets: ['hebrew'], weights: [400, 700] },
  { name: 'Noto Sans SC', dir: '@fontsource/noto-sans-sc', prefix: 'noto-sans-sc', weights: [400] },
  { name: 'Noto Emoji', dir: '@fontsource/noto-emoji', prefix: 'noto-emoji', weights: [400] },
];

export type CardFont = { name: string; data: Buffer; weight: Weight; style: 'normal' };
type FontFile = { name: string; file: string; weight: Weight; ranges: [number, number][]; always: boolean };

const FONT_ROOT = path.join(process.cwd(), 'node_modules');

let catalogue: Promise<FontFile[]> | undefined;
const bytes = new Map<string, Promise<Buffer>>();

/** The fonts for a card showing `text`: Latin always, other scripts only if the text uses them. */
export async function cardFonts(text: string): Promise<CardFont[]> {
  const codePoints = new Set([...text].map((c) => c.codePointAt(0)!));
  const files = (await (catalogue ??= readCatalogue())).filter(
    (f) => f.always || f.ranges.some(([from, to]) => [...codePoints].some((cp) => cp >= from && cp <= to)),
  );
  return Promise.all(
    files.map(async (f) => ({ name: f.name, weight: f.weight, style: 'normal' as const, data: await readFont(f.file) })),
  );
}

function readFont(file: string): Promise<Buffer> {
  let data = bytes.get(file);
  if (!data) {
    data = readFile(file);
    bytes.set(file, data);
    data.catch(() => bytes.delete(file));
  }
  return data;
}

async function readCatalogue(): Promise<FontFile[]> {
  const perFamily = await Promise.all(
    FAMILIES.map(async (family) => {
      const dir = path.join(FONT_ROOT, family.dir);
      const ranges = JSON.parse(await readFile(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
      const subsets = family.subsets ?? Object.keys(ranges);
      return subsets.flatMap((subset) =>
        family.weights.map((weight) => ({
          // satori uses one file per name and weight: each chunk needs a name of its own.
          name: subset === 'latin' ? family.name : `${family.name} ${subset}`,
          file: path.join(dir, 'files', `${family.prefix}-${subset.replace(/[[\]]/g, '')}-${weight}-normal.woff`),
          weight,
          ranges: parseUnicodeRange(ranges[subset] ?? ''),
          always: family.name === CARD_FONT_FAMILY && subset === 'latin',
        })),
      );
    }),
  );
  return perFamily.flat();
}

/** "U+0600-06FF,U+200C" → [[0x600, 0x6ff], [0x200c, 0x200c]] */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [from, to = from] = part.split('-');
      return [parseInt(from!, 16), parseInt(to!, 16)];
    });
}
