-- CreateTable
CREATE TABLE "dashboard_claim" (
    "claimId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "live" BOOLEAN NOT NULL,
    "status" "ClaimStatus" NOT NULL,
    "ratingId" TEXT,
    "outlet" TEXT,
    "members" TEXT[],
    "assigneeId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "dashboard_claim_pkey" PRIMARY KEY ("claimId")
);

-- CreateTable
CREATE TABLE "dashboard_claim_day" (
    "claimId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "marked" INTEGER NOT NULL,
    "proposed" INTEGER NOT NULL,
    "published" INTEGER NOT NULL,
    "corrected" INTEGER NOT NULL,

    CONSTRAINT "dashboard_claim_day_pkey" PRIMARY KEY ("claimId","day")
);

-- CreateTable
CREATE TABLE "dashboard_day" (
    "workspaceId" TEXT NOT NULL,
    "member" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "outlet" TEXT NOT NULL,
    "marked" INTEGER NOT NULL DEFAULT 0,
    "proposed" INTEGER NOT NULL DEFAULT 0,
    "published" INTEGER NOT NULL DEFAULT 0,
    "corrected" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "dashboard_day_pkey" PRIMARY KEY ("workspaceId","member","day","outlet")
);

-- CreateTable
CREATE TABLE "dashboard_decision" (
    "eventId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "seconds" DOUBLE PRECISION NOT NULL,
    "live" BOOLEAN NOT NULL,
    "outlet" TEXT,
    "members" TEXT[],

    CONSTRAINT "dashboard_decision_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "dashboard_open" (
    "workspaceId" TEXT NOT NULL,
    "member" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "status" "ClaimStatus" NOT NULL,
    "assigneeId" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "dashboard_open_pkey" PRIMARY KEY ("workspaceId","member","outlet","status","assigneeId")
);

-- CreateIndex
CREATE INDEX "dashboard_claim_workspaceId_publishedAt_live_createdAt_stat_idx" ON "dashboard_claim"("workspaceId", "publishedAt", "live", "createdAt", "status", "ratingId", "outlet", "members");

-- CreateIndex
CREATE INDEX "dashboard_claim_workspaceId_status_live_createdAt_assigneeI_idx" ON "dashboard_claim"("workspaceId", "status", "live", "createdAt", "assigneeId", "outlet", "members");

-- CreateIndex
CREATE INDEX "dashboard_decision_workspaceId_at_live_seconds_outlet_membe_idx" ON "dashboard_decision"("workspaceId", "at", "live", "seconds", "outlet", "members");

-- CreateIndex
CREATE INDEX "dashboard_decision_claimId_idx" ON "dashboard_decision"("claimId");

-- ─── Kept by triggers (decision 026, amendment 1) ──────────────────────────────────────────────
-- Every change to claim, claim_event or article that can move a dashboard figure names the
-- claims it touches; dashboard_refresh(ids) then takes out what those claims counted (as stored),
-- recomputes their rows from claim, article and claim_event as they are now, and adds them back.
-- Statement-level triggers with transition tables, so a bulk write refreshes once, set-based. The
-- rollups are therefore exact inside the writing transaction, on every instance.

-- The distinct members a claim belongs to for the member filter, sorted.
CREATE FUNCTION dashboard_members(created text, assignee text, proposed text, approved text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY(SELECT DISTINCT m FROM unnest(ARRAY[created, assignee, proposed, approved]) AS m WHERE m IS NOT NULL ORDER BY m)
$$;

-- What these claims' history counts per day (dashboard_claim_day), for the live ones among them,
-- with the outlet and members their dashboard_claim rows say, added to dashboard_day with `sign`.
CREATE FUNCTION dashboard_count_days(ids text[], sign int) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dashboard_day AS t ("workspaceId", member, day, outlet, marked, proposed, published, corrected)
  SELECT dc."workspaceId", m.member, cd.day, COALESCE(dc.outlet, ''),
         sign * sum(cd.marked), sign * sum(cd.proposed), sign * sum(cd.published), sign * sum(cd.corrected)
  FROM dashboard_claim_day cd
  JOIN dashboard_claim dc ON dc."claimId" = cd."claimId" AND dc.live
  CROSS JOIN LATERAL unnest(ARRAY['']::text[] || dc.members) AS m(member)
  WHERE cd."claimId" = ANY (ids)
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("workspaceId", member, day, outlet) DO UPDATE
    SET marked = t.marked + EXCLUDED.marked, proposed = t.proposed + EXCLUDED.proposed,
        published = t.published + EXCLUDED.published, corrected = t.corrected + EXCLUDED.corrected;
END
$$;

-- The open claims among these, as their dashboard_claim rows say, counted with `sign` (-1 to
-- take them out, +1 to add them) into the backlog rollup.
CREATE FUNCTION dashboard_count_claims(ids text[], sign int) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dashboard_open AS t ("workspaceId", member, outlet, status, "assigneeId", count)
  SELECT dc."workspaceId", m.member, COALESCE(dc.outlet, ''), dc.status, COALESCE(dc."assigneeId", ''), sign * count(*)
  FROM dashboard_claim dc CROSS JOIN LATERAL unnest(ARRAY['']::text[] || dc.members) AS m(member)
  WHERE dc."claimId" = ANY (ids) AND dc.live AND dc.status IN ('to_check', 'researching', 'needs_review')
  GROUP BY 1, 2, 3, 4, 5
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("workspaceId", member, outlet, status, "assigneeId") DO UPDATE SET count = t.count + EXCLUDED.count;

END
$$;

CREATE FUNCTION dashboard_refresh(ids text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  workspaces text[];
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  ids := ARRAY(SELECT DISTINCT unnest(ids) ORDER BY 1);
  workspaces := ARRAY(SELECT DISTINCT dc."workspaceId" FROM dashboard_claim dc WHERE dc."claimId" = ANY (ids));

  -- 1. Take out what these claims counted per day, with the outlet and members stored for them.
  PERFORM dashboard_count_days(ids, -1);
  DELETE FROM dashboard_claim_day WHERE "claimId" = ANY (ids);
  PERFORM dashboard_count_claims(ids, -1);

  -- 2. The claims as they are now (gone ones are forgotten), counted again if open.
  DELETE FROM dashboard_claim dc WHERE dc."claimId" = ANY (ids) AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.id = dc."claimId");
  INSERT INTO dashboard_claim AS t ("claimId", "workspaceId", live, status, "ratingId", outlet, members, "assigneeId", "createdAt", "publishedAt")
  SELECT c.id, c."workspaceId", c."deletedAt" IS NULL, c.status, c."ratingId", a.outlet,
         dashboard_members(c."createdById", c."assigneeId", c."proposedById", c."approvedById"), c."assigneeId", c."createdAt", c."publishedAt"
  FROM claim c LEFT JOIN article a ON a.id = c."articleId"
  WHERE c.id = ANY (ids)
  ON CONFLICT ("claimId") DO UPDATE
    SET "workspaceId" = EXCLUDED."workspaceId", live = EXCLUDED.live, status = EXCLUDED.status, "ratingId" = EXCLUDED."ratingId",
        outlet = EXCLUDED.outlet, members = EXCLUDED.members, "assigneeId" = EXCLUDED."assigneeId",
        "createdAt" = EXCLUDED."createdAt", "publishedAt" = EXCLUDED."publishedAt";
  PERFORM dashboard_count_claims(ids, 1);

  -- 3. What their history counts per UTC day: marked = created, proposed, published = approved,
  --    corrected = distinct instants of `corrected` rows (one correction writes a row per field).
  INSERT INTO dashboard_claim_day ("claimId", day, marked, proposed, published, corrected)
  SELECT e."claimId", (e.at AT TIME ZONE 'UTC')::date,
         count(*) FILTER (WHERE e.kind = 'created'), count(*) FILTER (WHERE e.kind = 'proposed'),
         count(*) FILTER (WHERE e.kind = 'approved'), count(DISTINCT e.at) FILTER (WHERE e.kind = 'corrected')
  FROM claim_event e
  WHERE e."claimId" = ANY (ids) AND e.kind IN ('created', 'proposed', 'approved', 'corrected')
  GROUP BY 1, 2;

  -- 4. Add them back, with the outlet and members they have now.
  PERFORM dashboard_count_days(ids, 1);

  -- 5. Review decisions: each approved/sent_back whose previous review step was a proposal.
  DELETE FROM dashboard_decision WHERE "claimId" = ANY (ids);
  INSERT INTO dashboard_decision ("eventId", "claimId", "workspaceId", at, seconds, live, outlet, members)
  SELECT s.id, s.claim_id, dc."workspaceId", s.at, extract(epoch FROM s.at - s.previous_at), dc.live, dc.outlet, dc.members
  FROM (
    SELECT e.id, e."claimId" AS claim_id, e.kind, e.at, lag(e.kind) OVER w AS previous_kind, lag(e.at) OVER w AS previous_at
    FROM claim_event e
    WHERE e."claimId" = ANY (ids) AND e.kind IN ('proposed', 'approved', 'sent_back', 'withdrawn', 'unpublished')
    -- (A proposal and its decision at the very same instant: the proposal first.)
    WINDOW w AS (PARTITION BY e."claimId" ORDER BY e.at, e.kind <> 'proposed')
  ) s
  JOIN dashboard_claim dc ON dc."claimId" = s.claim_id
  WHERE s.kind IN ('approved', 'sent_back') AND s.previous_kind = 'proposed';

  -- 6. A workspace deleted in this statement keeps no rollup rows, whatever order its cascades ran in.
  DELETE FROM dashboard_day dd WHERE dd."workspaceId" = ANY (workspaces) AND NOT EXISTS (SELECT 1 FROM workspace w WHERE w.id = dd."workspaceId");
  DELETE FROM dashboard_open dd WHERE dd."workspaceId" = ANY (workspaces) AND NOT EXISTS (SELECT 1 FROM workspace w WHERE w.id = dd."workspaceId");
END
$$;

-- Inserted or deleted claims. (PL/pgSQL plans a statement when it first runs it, so each branch
-- names only the transition table its trigger has.)
CREATE FUNCTION dashboard_claims_added_or_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM dashboard_refresh(ARRAY(SELECT n.id FROM new_rows n));
  ELSE
    PERFORM dashboard_refresh(ARRAY(SELECT o.id FROM old_rows o));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION dashboard_claim_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_refresh(ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (o."workspaceId", o."articleId", o."deletedAt" IS NULL, o.status, o."ratingId", o."createdById", o."assigneeId",
           o."proposedById", o."approvedById", o."createdAt", o."publishedAt")
          IS DISTINCT FROM
          (n."workspaceId", n."articleId", n."deletedAt" IS NULL, n.status, n."ratingId", n."createdById", n."assigneeId",
           n."proposedById", n."approvedById", n."createdAt", n."publishedAt")));
  RETURN NULL;
END $$;

-- History rows of the kinds the dashboard reads (others, like ordinary edits, change nothing).
CREATE FUNCTION dashboard_event_kinds() RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY['created', 'proposed', 'approved', 'corrected', 'sent_back', 'withdrawn', 'unpublished']
$$;

CREATE FUNCTION dashboard_events_added_or_removed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    ids := ARRAY(SELECT n."claimId" FROM new_rows n WHERE n.kind = ANY (dashboard_event_kinds()));
  ELSE
    ids := ARRAY(SELECT o."claimId" FROM old_rows o WHERE o.kind = ANY (dashboard_event_kinds()));
  END IF;
  PERFORM dashboard_refresh(ids);
  RETURN NULL;
END $$;

CREATE FUNCTION dashboard_event_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_refresh(ARRAY(
    SELECT unnest(ARRAY[o."claimId", n."claimId"]) FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o."claimId", o.kind, o.at) IS DISTINCT FROM (n."claimId", n.kind, n.at)
      AND (o.kind = ANY (dashboard_event_kinds()) OR n.kind = ANY (dashboard_event_kinds()))));
  RETURN NULL;
END $$;

-- An article's outlet is its claims' outlet.
CREATE FUNCTION dashboard_article_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_refresh(ARRAY(
    SELECT c.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN claim c ON c."articleId" = n.id
    WHERE o.outlet IS DISTINCT FROM n.outlet));
  RETURN NULL;
END $$;

-- A deleted workspace leaves no rollup rows behind (its claims are refreshed away as they go).
CREATE FUNCTION dashboard_workspace_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM dashboard_day WHERE "workspaceId" IN (SELECT o.id FROM old_rows o);
  DELETE FROM dashboard_open WHERE "workspaceId" IN (SELECT o.id FROM old_rows o);
  RETURN NULL;
END $$;

CREATE TRIGGER dashboard_claim_inserted AFTER INSERT ON claim REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_claims_added_or_removed();
CREATE TRIGGER dashboard_claim_updated AFTER UPDATE ON claim REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_claim_updated();
CREATE TRIGGER dashboard_claim_deleted AFTER DELETE ON claim REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_claims_added_or_removed();
CREATE TRIGGER dashboard_event_inserted AFTER INSERT ON claim_event REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_events_added_or_removed();
CREATE TRIGGER dashboard_event_updated AFTER UPDATE ON claim_event REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_event_updated();
CREATE TRIGGER dashboard_event_deleted AFTER DELETE ON claim_event REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_events_added_or_removed();
CREATE TRIGGER dashboard_article_updated AFTER UPDATE ON article REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_article_updated();
CREATE TRIGGER dashboard_workspace_deleted AFTER DELETE ON workspace REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_workspace_deleted();

-- Backfill: every existing claim, once.
SELECT dashboard_refresh(ARRAY(SELECT id FROM claim));
