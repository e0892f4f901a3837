// Workspace settings the tests need before the settings API exists: written straight into the
// test database (DATABASE_URL, which npm test sets), the way an operator would with psql.
import pg from 'pg';

export async function setSelfApproval(workspaceName: string, allowed: boolean): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL must name the test database (npm test sets it).');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query('UPDATE workspace SET "allowSelfApproval" = $1 WHERE name = $2', [allowed, workspaceName]);
    if (result.rowCount !== 1) throw new Error(`No workspace named ${workspaceName}`);
  } finally {
    await client.end();
  }
}
