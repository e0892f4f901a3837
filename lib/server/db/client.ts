import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { getEnv } from '@/lib/env';

// One client per server process. In development Next re-evaluates modules on every change, so
// the instance is parked on globalThis to avoid opening a new pool each time.
const globalForPrisma = globalThis as unknown as { factdeskPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: getEnv().DATABASE_URL, max: 20 });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForPrisma.factdeskPrisma ?? createClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.factdeskPrisma = db;

export { Prisma } from './generated/client';
export type { Role, ClaimStatus, Stance, ImportSource } from './generated/enums';
