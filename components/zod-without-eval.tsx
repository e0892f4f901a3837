'use client';

// zod compiles its object parsers with `new Function` where it may, and finds out whether it may
// by trying once. Under the Content-Security-Policy (decision 019, no 'unsafe-eval') the try
// fails as it should, but the browser still reports it as a violation. Telling zod not to try
// (`jitless`, through the global config it reads lazily) keeps the console clean; parsing in the
// browser uses zod's interpreter, as it would after the failed try. The server keeps the compiled
// parsers. No zod import here: this runs on every page, the public ones included.
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };
if (typeof window !== 'undefined') {
  const holder = globalThis as ZodGlobal;
  holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });
}

export function ZodWithoutEval(): null {
  return null;
}
