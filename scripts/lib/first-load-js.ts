// The JavaScript a page makes the browser load before it is interactive, read from the page's own
// HTML and the build's files: every chunk the HTML names (its <script> tags and the client
// components of its React Server Components payload, which the browser loads to hydrate), gzipped
// as `next start` serves them. Deterministic for one build, unlike a timing: the size budget of the
// article page (e2e/integration/article-page-budget.test.ts) and `npm run bench -- --only lighthouse`
// both read it. Chunks loaded later (a panel opened by a click, next/dynamic) are not in the HTML.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type Chunk = { file: string; bytes: number; gzipBytes: number; hasZod: boolean };
export type FirstLoadJs = { chunks: Chunk[]; gzipBytes: number; bytes: number };

// Strings only zod's own code contains (its error class and the internal names of its schema
// types), not an app's use of a field called "zod". The global config key the root layout sets
// (components/zod-without-eval.tsx) is not one of them.
const ZOD_SIGNATURES = ['$ZodType', 'ZodError', '$ZodCheck'];

const chunkPath = (reference: string) => reference.slice(reference.indexOf('static/chunks/'));

/**
 * The chunk paths (`static/chunks/….js`) a page's HTML names, once each, in order; not the
 * polyfills of a `<script noModule>`, which only browsers without modules load.
 */
export function chunkPathsOf(html: string): string[] {
  const legacy = new Set(
    [...html.matchAll(/<script\b[^>]*\bnomodule\b[^>]*>/gi)].flatMap(([tag]) => (tag.match(/static\/chunks\/[\w./-]+?\.js/g) ?? []).map(chunkPath)),
  );
  // In the RSC payload the paths sit inside a JSON string inside a script, so quotes may be escaped.
  const found = html.match(/static\/chunks\/[\w./-]+?\.js/g) ?? [];
  return [...new Set(found.map(chunkPath))].filter((file) => !legacy.has(file));
}

/** Sizes of the chunks a page's HTML loads, read from the build directory (`.next`). */
export function firstLoadJs(html: string, distDir: string): FirstLoadJs {
  const chunks = chunkPathsOf(html).map((file) => {
    const content = readFileSync(path.join(distDir, file));
    const text = content.toString('utf8');
    return { file, bytes: content.length, gzipBytes: gzipSync(content).length, hasZod: ZOD_SIGNATURES.some((s) => text.includes(s)) };
  });
  return {
    chunks,
    bytes: chunks.reduce((sum, c) => sum + c.bytes, 0),
    gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0),
  };
}
