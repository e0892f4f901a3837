// The worst inputs we could construct for each parser of untrusted input, as generators of a
// given size, so the bench can print each one's cost at 100 KB and at the largest size accepted.
// Each is a shape known to make some parser quadratic: long runs of emphasis delimiters or
// brackets that never close, nesting, and many small constructs that each cost a scan.

export type HostileInput = { name: string; build: (bytes: number) => string };

/** `unit` repeated to exactly `bytes` characters (every unit here is ASCII). */
export function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

export const HOSTILE_MARKDOWN: HostileInput[] = [
  { name: 'emphasis `_a` × N', build: (n) => repeatTo('_a', n) },
  { name: 'emphasis `*a` × N', build: (n) => repeatTo('*a', n) },
  { name: 'emphasis `*a_` × N', build: (n) => repeatTo('*a_', n) },
  { name: 'strong `**a` × N', build: (n) => repeatTo('**a', n) },
  { name: 'mixed delimiters `a**b*c_d__` × N', build: (n) => repeatTo('a**b*c_d__', n) },
  { name: 'snake_case words `a_b_` × N', build: (n) => repeatTo('a_b_', n) },
  { name: 'unclosed brackets `[` × N', build: (n) => repeatTo('[', n) },
  { name: 'unclosed images `![` × N', build: (n) => repeatTo('![', n) },
  { name: 'nested link text `[[a]](` × N', build: (n) => repeatTo('[[a]](', n) },
  { name: 'unclosed link titles `[a](b "` × N', build: (n) => repeatTo('[a](b "', n) },
  { name: 'quote lines `> a` × N', build: (n) => repeatTo('> a\n', n) },
  { name: 'nested quotes `>` × N (refused)', build: (n) => repeatTo('>', n) },
  { name: 'backtick runs of growing length', build: (n) => repeatTo(Array.from({ length: 200 }, (_, i) => `${'`'.repeat(i + 1)}a `).join(''), n) },
  { name: 'link reference definitions and uses', build: (n) => repeatTo('[x]: y\n[x]\n', n) },
  { name: 'table of N rows', build: (n) => `| a | b |\n|---|---|\n${repeatTo('| x | y |\n', n - 20)}` },
  { name: 'table N columns wide', build: (n) => `|${'a|'.repeat(n / 4)}\n|${'-|'.repeat(n / 4)}\n` },
  { name: 'HTML block lines `<div>` × N', build: (n) => repeatTo('<div>\n', n) },
  { name: 'bare links `www.a.test ` × N', build: (n) => repeatTo('www.a.test ', n) },
  { name: 'e-mail autolinks `a@b.test ` × N', build: (n) => repeatTo('a@b.test ', n) },
  { name: 'setext headings `a\\n=` × N', build: (n) => repeatTo('a\n=\n', n) },
];

export const HOSTILE_HTML: HostileInput[] = [
  { name: 'nested `<div>` × N (refused)', build: (n) => repeatTo('<div>', n) },
  { name: 'unclosed `<a href>` × N (refused)', build: (n) => repeatTo('<a href="https://e.test/">x ', n) },
  { name: 'sibling paragraphs `<p>x</p>` × N', build: (n) => repeatTo('<p>x</p>', n) },
  { name: 'one tag with N attributes', build: (n) => `<p ${repeatTo('a=b ', n - 10)}>x</p>` },
  { name: 'one comment of N bytes', build: (n) => `<p>x</p><!--${repeatTo('-', n - 20)}-->` },
  { name: 'unclosed comments `<!--` × N', build: (n) => `<p>x</p>${repeatTo('<!--', n - 8)}` },
  { name: 'bare `<` × N', build: (n) => `<p>x</p>${repeatTo('<', n - 8)}` },
  { name: 'entities `&amp;` × N', build: (n) => `<p>${repeatTo('&amp;', n - 8)}</p>` },
  { name: 'links `<a href>` × N, all closed', build: (n) => repeatTo('<a href="https://e.test/">x</a> ', n) },
  { name: 'emphasis `<em>` × 500 nested, repeated', build: (n) => repeatTo(`${'<em>'.repeat(500)}x${'</em>'.repeat(500)}`, n) },
];

/** Pages for Readability: as deep as the depth limit lets through, and wide and large. */
export const HOSTILE_PAGES: HostileInput[] = [
  { name: 'divs nested 500 deep, repeated', build: (n) => repeatTo(`${'<div>'.repeat(500)}<p>Text of the story.</p>${'</div>'.repeat(500)}`, n) },
  { name: 'paragraphs of prose', build: (n) => repeatTo('<p>The minister said the troops must leave, and soon.</p>\n', n) },
  { name: 'one div per word', build: (n) => repeatTo('<div>word</div>', n) },
  { name: 'links `<a href>` × N', build: (n) => repeatTo('<a href="/x">link</a> ', n) },
];

/** JSON bodies for the annotation import (4 MB request cap) and a backup restore. */
export const HOSTILE_JSON: HostileInput[] = [
  { name: 'arrays nested N deep', build: (n) => `${'['.repeat(n / 2)}${']'.repeat(n / 2)}` },
  { name: 'objects nested N deep', build: (n) => `${'{"a":'.repeat(Math.floor(n / 6))}1${'}'.repeat(Math.floor(n / 6))}` },
  { name: 'array of N numbers', build: (n) => `[${Array(Math.floor(n / 2)).fill('0').join(',')}]` },
  { name: 'array of N empty objects', build: (n) => `[${Array(Math.floor(n / 3)).fill('{}').join(',')}]` },
];
