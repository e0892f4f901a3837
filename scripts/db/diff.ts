// `npm run db:diff`: prints the SQL that would bring DATABASE_URL to prisma/schema.prisma
// (drift). Exits 2 when there is drift, like `prisma migrate diff --exit-code`.
import { diffDatabaseToSchema } from './schema-engine';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set. Example: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/factdesk npm run db:diff');
  process.exit(1);
}

let exitCode = 0;
try {
  const sql = await diffDatabaseToSchema(url);
  if (sql === '') {
    console.log('No drift: the database matches prisma/schema.prisma.');
  } else {
    console.log(sql);
    exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
}
// The engine leaves a 10 s timer behind; exit explicitly.
process.exit(exitCode);
