// The demo seed belongs to the app and imports server code marked `server-only`, which throws
// outside React's server environment. Map that marker to an empty module for this process only.
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { root } from './next-server';

export type DemoCredentials = { email: string; password: string };

/** Seeds the demo workspace on an empty database; null when there are users already. */
export async function seedDemoIfEmpty(databaseUrl: string): Promise<DemoCredentials | null> {
  const modulePath = path.join(root, 'lib/server/demo/seed-demo.ts');
  if (!existsSync(modulePath)) return null;
  process.env.DATABASE_URL = databaseUrl;
  const hook = `export async function resolve(specifier, context, next) {
    return specifier === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  const seeder = (await import(modulePath)) as { seedDemoIfEmpty: () => Promise<DemoCredentials | null> };
  return seeder.seedDemoIfEmpty();
}

/**
 * Whether to seed the demo: on the embedded database of a first local run by default, never on
 * a database named by DATABASE_URL unless FACTDESK_DEMO=on (a real deployment starts empty).
 */
export function demoWanted(source: 'env' | 'local' | 'embedded'): boolean {
  const setting = process.env.FACTDESK_DEMO;
  if (setting === 'on' || setting === 'off') return setting === 'on';
  return source === 'embedded';
}
