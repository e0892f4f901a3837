// A big desk for the dashboard benchmark: 100,000 claims over two years with the history the
// review gate writes (created, proposed, approved, sent back, corrected, plus ordinary edits),
// ten members and ten outlets, written in bulk by SQL (seconds, where the data layer would take
// an hour). Pseudo-random but seeded, so every run measures the same desk (its dates follow
// the clock). The search helper's
// big-desk generator (scripts/bench/, feat/search) may replace this when both are merged.
import pg from 'pg';

export type DashboardDesk = { workspaceId: string; memberIds: string[]; outlets: string[] };

const OUTLETS = ['Daily Planet', 'Gazette', 'Evening Post', 'Morning Star', 'Herald', 'Courier', 'Tribune', 'Chronicle', 'Observer', 'Bulletin'];

export async function createDashboardDesk(databaseUrl: string, email: string, claimCount = 100_000): Promise<DashboardDesk> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ workspace_id: string; user_id: string }>(
      `SELECT m."workspaceId" AS workspace_id, u.id AS user_id FROM "user" u JOIN membership m ON m."userId" = u.id WHERE u.email = $1 LIMIT 1`,
      [email],
    );
    const { workspace_id: workspaceId, user_id: ownerId } = rows[0]!;
    await client.query('SELECT setseed(0.42)');
    await client.query(
      `INSERT INTO "user" (id, name, email, "updatedAt")
       SELECT 'desk-user-' || $1 || '-' || i, 'Desk member ' || i, 'desk-' || $1 || '-' || i || '@example.test', now() FROM generate_series(1, 9) i;
       INSERT INTO membership (id, "workspaceId", "userId", role)
       SELECT 'desk-m-' || $1 || '-' || i, $1, 'desk-user-' || $1 || '-' || i, (CASE WHEN i <= 3 THEN 'editor' ELSE 'checker' END)::"Role" FROM generate_series(1, 9) i;`.replaceAll('$1', `'${workspaceId}'`),
    );
    const memberIds = [ownerId, ...Array.from({ length: 9 }, (_, i) => `desk-user-${workspaceId}-${i + 1}`)];
    await client.query(
      `INSERT INTO article (id, "workspaceId", title, outlet, "updatedAt")
       SELECT 'desk-a-' || i, $1, 'Story ' || i, ($2::text[])[1 + i % 10], now() FROM generate_series(1, 200) i`,
      [workspaceId, OUTLETS],
    );
    await client.query(
      `INSERT INTO article_version (id, "articleId", number, text, blocks, "contentHash", source)
       SELECT 'desk-v-' || i, 'desk-a-' || i, 1, 'A claim in a story.', '[]', md5(i::text), 'api' FROM generate_series(1, 200) i`,
    );
    // One row per claim with its whole life planned: when each step happened (or null).
    await client.query(
      `CREATE TEMP TABLE plan AS
       SELECT i, 'desk-c-' || i AS id, 1 + i % 200 AS article, r,
              now() - random() * interval '730 days' AS created_at,
              random() * interval '240 hours' + interval '1 hour' AS to_propose,
              random() * interval '72 hours' + interval '10 minutes' AS to_review,
              $1::text[] AS members, 1 + floor(random() * 10)::int AS creator, 1 + floor(random() * 10)::int AS assignee,
              1 + floor(random() * 10)::int AS approver, 1 + floor(random() * 8)::int AS rating_pos, random() < 0.05 AS corrected
       FROM (SELECT i, random() AS r FROM generate_series(1, $2::int) i) s`,
      [memberIds, claimCount],
    );
    await client.query(`ALTER TABLE plan ADD COLUMN status text, ADD COLUMN proposed_at timestamptz, ADD COLUMN decided_at timestamptz`);
    // 55% published, 10% in review, 10% researching (half of them sent back), 15% to check, 10% dismissed.
    await client.query(
      `UPDATE plan SET status = CASE WHEN r < 0.55 THEN 'published' WHEN r < 0.65 THEN 'needs_review' WHEN r < 0.75 THEN 'researching'
                                     WHEN r < 0.90 THEN 'to_check' ELSE 'dismissed' END;
       UPDATE plan SET proposed_at = LEAST(created_at + to_propose, now()) WHERE r < 0.70;
       UPDATE plan SET decided_at = LEAST(proposed_at + to_review, now()) WHERE r < 0.55 OR (r >= 0.65 AND r < 0.70);`,
    );
    await client.query(
      `INSERT INTO claim (id, "workspaceId", "articleId", "articleVersionId", start, "end", exact, prefix, suffix, statement, status,
                          "ratingId", "createdById", "assigneeId", "proposedById", "approvedById", "approvedAt", "publishedAt", "createdAt", "updatedAt")
       SELECT p.id, $1, 'desk-a-' || p.article, 'desk-v-' || p.article, 0, 7, 'A claim', '', '', 'Statement ' || p.i, p.status::"ClaimStatus",
              CASE WHEN p.status IN ('published', 'needs_review') THEN rt.id END,
              p.members[p.creator], CASE WHEN p.i % 4 = 0 THEN NULL ELSE p.members[p.assignee] END,
              CASE WHEN p.proposed_at IS NOT NULL THEN p.members[p.creator] END,
              CASE WHEN p.status = 'published' THEN p.members[p.approver] END,
              CASE WHEN p.status = 'published' THEN p.decided_at END, CASE WHEN p.status = 'published' THEN p.decided_at END,
              p.created_at, now()
       FROM plan p JOIN rating rt ON rt."workspaceId" = $1 AND rt.position = p.rating_pos - 1
       ORDER BY p.created_at`,
      [workspaceId],
    );
    await client.query(
      `INSERT INTO claim_event (id, "claimId", "workspaceId", "actorId", "actorName", at, kind, field, "fromValue", "toValue", reason)
       SELECT 'desk-e-' || p.i || '-' || e.n, p.id, $1, p.members[p.creator], 'Desk member', e.at, e.kind, e.field, NULL, NULL, e.reason
       FROM plan p
       CROSS JOIN LATERAL (VALUES
         (1, p.created_at, 'created', 'quote', NULL),
         (2, p.created_at + p.to_propose / 2, 'updated', 'statement', NULL),
         (3, p.proposed_at, 'proposed', 'status', NULL),
         (4, p.decided_at, CASE WHEN p.status = 'published' THEN 'approved' ELSE 'sent_back' END, 'status', NULL),
         (5, CASE WHEN p.status = 'published' AND p.corrected THEN LEAST(p.decided_at + interval '3 days', now()) END, 'corrected', 'verdict', 'New figures were published.'),
         (6, CASE WHEN p.status = 'published' AND p.corrected THEN LEAST(p.decided_at + interval '3 days', now()) END, 'corrected', 'explanation', 'New figures were published.')
       ) AS e(n, at, kind, field, reason)
       WHERE e.at IS NOT NULL
       ORDER BY e.at`,
      [workspaceId],
    );
    // A desk's history is written as it happens, so its rows lie in time order, as here; and
    // autovacuum keeps the visibility map that lets index-only scans skip the table. The
    // dashboard's rollups (decision 026, amendment 1) were written by the triggers just now.
    for (const table of ['claim', 'claim_event', 'article', 'dashboard_claim', 'dashboard_claim_day', 'dashboard_day', 'dashboard_open', 'dashboard_decision']) {
      await client.query(`VACUUM ANALYZE ${table}`);
    }
    return { workspaceId, memberIds, outlets: OUTLETS };
  } finally {
    await client.end();
  }
}
