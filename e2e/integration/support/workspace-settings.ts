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

/** A workspace's id by its (unique, in tests) name: for the cookie that picks the workspace in a browser. */
export async function workspaceIdByName(workspaceName: string): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL must name the test database (npm test sets it).');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ id: string }>('SELECT id FROM workspace WHERE name = $1', [workspaceName]);
    if (!result.rows[0]) throw new Error(`No workspace named ${workspaceName}`);
    return result.rows[0].id;
  } finally {
    await client.end();
  }
}
