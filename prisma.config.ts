import { defineConfig } from 'prisma/config';

// Read the URL directly: Prisma's env() helper throws when DATABASE_URL is unset, which would
// break `prisma generate` on a machine that has no database yet.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
