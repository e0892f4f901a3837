// What PostgreSQL holds after a scenario, read directly: every acknowledged write is there, and
// no claim is half-written (a claim without its "created" history row, or a version that does
// not match its history: each change of the load is one field, so one row per version).
import pg from 'pg';
import type { Acknowledged } from './write-load';

export type Verdict = { lost: number; halfWritten: number; claims: number; committedUnacknowledged: number };

export async function verifyWrites(databaseUrl: string, workspaceName: string, acknowledged: Acknowledged): Promise<Verdict> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: claims } = await client.query<{ id: string; version: number; created: number; changes: number }>(
      `SELECT c.id, c.version,
              (SELECT count(*)::int FROM claim_event e WHERE e."claimId" = c.id AND e.kind = 'created') AS created,
              (SELECT count(*)::int FROM claim_event e WHERE e."claimId" = c.id AND e.kind = 'updated') AS changes
         FROM claim c JOIN workspace w ON w.id = c."workspaceId" WHERE w.name = $1`,
      [workspaceName],
    );
    const { rows: events } = await client.query<{ claimId: string; toValue: string }>(
      `SELECT e."claimId", e."toValue" FROM claim_event e JOIN workspace w ON w.id = e."workspaceId"
        WHERE w.name = $1 AND e.kind = 'updated' AND e.field = 'claimant'`,
      [workspaceName],
    );
    const byId = new Map(claims.map((c) => [c.id, c]));
    const history = new Set(events.map((e) => `${e.claimId} ${e.toValue}`));
    let lost = 0;
    for (const id of acknowledged.creates) if (!byId.get(id)?.created) lost += 1;
    for (const change of acknowledged.changes) {
      const claim = byId.get(change.claimId);
      if (!claim || claim.version < change.version || !history.has(`${change.claimId} ${change.claimant}`)) lost += 1;
    }
    const halfWritten = claims.filter((c) => c.created !== 1 || c.changes !== c.version - 1).length;
    const committedUnacknowledged = claims.filter((c) => !acknowledged.creates.has(c.id)).length;
    return { lost, halfWritten, claims: claims.length, committedUnacknowledged };
  } finally {
    await client.end();
  }
}
