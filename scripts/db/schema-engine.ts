// Drives Prisma's official WASM schema engine from Node, so migrations can be generated on a
// machine that cannot download the native engine. The engine talks to PostgreSQL through
// @prisma/adapter-pg, patched here for three defects of 7.10 (see docs/decisions/001).
// The engine leaves a 10 s timer running: scripts that use it should end with process.exit().
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { DiffTarget, MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';
import { defaultMigrationsDir } from './migrate';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const defaultSchemaPath = path.join(root, 'prisma/schema.prisma');
export const LOCK_FILE = 'provider = "postgresql"\n';
const noFilters = { externalTables: [], externalEnums: [] };

export type EngineOptions = { schemaPath?: string; migrationsDir?: string };

/** SQL of the next migration: replays prisma/migrations in a shadow database, diffs to the schema. */
export async function diffMigrationsToSchema(url: string, options: EngineOptions = {}): Promise<string> {
  const from: DiffTarget = { tag: 'migrations', ...(await readMigrationList(options.migrationsDir)) };
  return diff(url, from, options);
}

/** Drift: the SQL that would bring the live database to schema.prisma; empty when they match. */
export async function diffDatabaseToSchema(url: string, options: EngineOptions = {}): Promise<string> {
  // 7.x refuses { tag: 'url' }; "schemaDatasource" means the database behind the driver adapter.
  const schemaPath = options.schemaPath ?? defaultSchemaPath;
  const files = [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }];
  return diff(url, { tag: 'schemaDatasource', files, configDir: root }, options);
}

// The same shape Prisma's CLI hands the engine: every folder with its migration.sql, plus the lock file.
async function readMigrationList(baseDir = defaultMigrationsDir): Promise<MigrationList> {
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  const dirs = existsSync(baseDir) ? await readdir(baseDir, { withFileTypes: true }) : [];
  const names = dirs.filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return {
    baseDir,
    // The engine learns the connector from the lock file; before the first migration there is none.
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : LOCK_FILE },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(path.join(baseDir, name, 'migration.sql'), 'utf8').then(
            (value) => ({ tag: 'ok' as const, value }),
            (error: Error) => ({ tag: 'error' as const, value: error.message }),
          ),
        },
      })),
    ),
  };
}

async function diff(url: string, from: DiffTarget, { schemaPath = defaultSchemaPath }: EngineOptions) {
  const schema = { path: schemaPath, content: readFileSync(schemaPath, 'utf8') };
  const factory = new PatchedPgFactory(url);
  const engine = await loadEngine(schema, factory);
  try {
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = (result.stdout ?? '').trim();
    // With script: true an empty diff still comes back as this one comment.
    return sql === '-- This is an empty migration.' ? '' : sql;
  } finally {
    engine.free();
    await factory.disposeAll();
  }
}

let wasmReady = false;

// The package's own entry imports the .wasm as an ES module, which Node only does behind
// --experimental-wasm-modules. So we instantiate it ourselves with the JS glue as its imports,
// the way Prisma's CLI loads its other WASM modules.
function initWasm(): void {
  if (wasmReady) return;
  const require = createRequire(import.meta.url);
  const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
  // The glue reports Rust panics through this global; without it a panic becomes a TypeError.
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { message: string; set_message(m: string): void } };
  g.PRISMA_WASM_PANIC_REGISTRY ??= { message: '', set_message(m) { this.message = `RuntimeError: ${m}`; } };
  const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, { './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  wasmReady = true;
}

async function loadEngine(schema: { path: string; content: string }, factory: PatchedPgFactory): Promise<SchemaEngine> {
  initWasm();
  const log = (line: string) => {
    if (process.env.FACTDESK_ENGINE_DEBUG) console.error(line);
  };
  return glue.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, log, bindMigrationAwareSqlAdapterFactory(factory));
}

// Fix 1: the engine reads catalog columns of type "char" (OID 18), which the adapter refuses to
// decode. Relabel them as text (OID 25); their values are already plain strings.
function relabelChar<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as pg.QueryResult | undefined)?.fields ?? []) {
      if (field.dataTypeID === 18) field.dataTypeID = 25;
    }
  }
  return result;
}

// Fix 4: PostgreSQL 18 keeps NOT NULL as pg_constraint rows of contype 'n', which the engine's
// constraint query lets through and then panics on (prisma/orm#29635): the embedded server is 18.
// Leave them out, as the engine does on 15–17, where they do not exist. Matched on the exact text.
const CONSTRAINT_FILTER = "contype NOT IN ('p', 'u', 'f')";
function skipNotNullConstraints(query: unknown): unknown {
  if (typeof query === 'string') return query.includes(CONSTRAINT_FILTER) ? withoutNotNull(query) : query;
  if (query && typeof query === 'object' && typeof (query as { text?: unknown }).text === 'string') {
    const text = (query as { text: string }).text;
    if (text.includes(CONSTRAINT_FILTER)) return { ...query, text: withoutNotNull(text) };
  }
  return query;
}
function withoutNotNull(text: string): string {
  return text.replace(CONSTRAINT_FILTER, "contype NOT IN ('p', 'u', 'f', 'n')");
}

class CharAsTextClient extends pg.Client {
  // pg.Pool calls query() with a callback; the adapter's own calls may use the promise form.
  override query(...args: unknown[]): never {
    args[0] = skipNotNullConstraints(args[0]);
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (err: Error | null, res: unknown) => last(err, err ? res : relabelChar(res));
    }
    const out: unknown = (pg.Client.prototype.query as (...a: unknown[]) => unknown).apply(this, args);
    return (out instanceof Promise ? out.then(relabelChar) : out) as never;
  }
}

class PatchedPgFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';
  private readonly open = new Set<SqlDriverAdapter>();

  constructor(private readonly url: string) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.connectTo(this.url);
  }

  // Fix 3: the stock version reconnects to the main database and drops the shadow database
  // before closing its pool (which fails while connections are open). Ours drops it afterwards,
  // WITH (FORCE) in case the engine left a connection behind.
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_shadow_${randomBytes(8).toString('hex')}`;
    const admin = new pg.Client({ connectionString: this.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${name}`;
    const adapter = await this.connectTo(shadowUrl.toString());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
    return adapter;
  }

  private async connectTo(url: string): Promise<SqlDriverAdapter> {
    const adapter = await new PrismaPg({ connectionString: url, Client: CharAsTextClient }).connect();
    // Fix 2: the stock executeScript splits on every ";" (breaking $$ bodies, literals and
    // comments). Send the script as one simple query instead; executeRaw without arguments does
    // exactly that and converts errors the way the engine expects.
    adapter.executeScript = async (script: string) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    };
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      this.open.delete(adapter);
      await dispose();
    };
    this.open.add(adapter);
    return adapter;
  }

  /** Closes whatever the engine left open, so a caller that keeps running does not leak pools. */
  async disposeAll(): Promise<void> {
    for (const adapter of [...this.open]) await adapter.dispose().catch(() => undefined);
  }
}
