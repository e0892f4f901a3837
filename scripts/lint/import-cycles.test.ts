// The app's modules import no cycle. In a cycle, whichever module the bundler evaluates first
// sees the others half-made: a value read at the top of a module (the public pages' statement
// reading the archive's SQL fragment) is then "accessed before initialization", and the page
// answers 500 — depending on which route loaded first, so only some builds show it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sources = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'lib', 'app', 'components'], { cwd: root })
  .toString()
  .split('\n')
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
const known = new Set(sources);

/** The project file an import names, or null for a package. Type-only imports are left out. */
function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? specifier.slice(2) : specifier.startsWith('.') ? path.join(path.dirname(from), specifier) : null;
  if (base === null) return null;
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find((c) => known.has(c) && existsSync(path.join(root, c))) ?? null;
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const found = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => resolve(file, m[1]!));
  return found.filter((f): f is string => f !== null);
}

function cycles(): string[] {
  const graph = new Map(sources.map((f) => [f, importsOf(f)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of sources) if (!state.has(file)) visit(file);
  return found;
}

describe('the modules of the app', () => {
  it('are read (the check would pass for nothing on an empty list)', () => {
    expect(sources.length).toBeGreaterThan(300);
    expect(importsOf('lib/server/share-links/read-shared-rows.ts')).toContain('lib/server/evidence-archive/public-archive.ts');
  });

  it('import no cycle', () => {
    expect(cycles()).toEqual([]);
  });
});
