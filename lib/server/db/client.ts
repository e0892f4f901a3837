import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { sqlPool } from './pool';

// One client per server process. In development Next re-evaluates modules on every change, so
// the instance is parked on globalThis to avoid opening a new pool each time.
const globalForPrisma = globalThis as unknown as { factdeskPrisma?: PrismaClient };

function createClient(): PrismaClient {
  // The adapter listens for the pool's errors and ends it on $disconnect, as for its own pool.
  const adapter = new PrismaPg(sqlPool(), { disposeExternalPool: true });
  return new PrismaClient({ adapter });
}

function client(): PrismaClient {
  globalForPrisma.factdeskPrisma ??= createClient();
  return globalForPrisma.factdeskPrisma;
}

/**
 * The client, created on first use rather than at import: `next build` imports every route to
 * collect its configuration, without a database or its URL.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === 'function' ? value.bind(real) : value;
  },
});

export { Prisma } from './generated/client';
export { sqlPool } from './pool';
export type { Role, ClaimStatus, Stance, ImportSource } from './generated/enums';
