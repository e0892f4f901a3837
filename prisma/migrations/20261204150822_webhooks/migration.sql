-- CreateTable
CREATE TABLE "webhook_endpoint" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "events" TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "secretSealed" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhook_endpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_delivery" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "endpointId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "subject" JSONB NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attemptCount" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3),

    CONSTRAINT "webhook_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_attempt" (
    "id" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "durationMs" INTEGER NOT NULL,
    "status" INTEGER,
    "responseExcerpt" TEXT,
    "error" TEXT,

    CONSTRAINT "webhook_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "webhook_endpoint_workspaceId_createdAt_idx" ON "webhook_endpoint"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "webhook_delivery_endpointId_occurredAt_idx" ON "webhook_delivery"("endpointId", "occurredAt");

-- CreateIndex
CREATE INDEX "webhook_delivery_workspaceId_idx" ON "webhook_delivery"("workspaceId");

-- CreateIndex
CREATE INDEX "webhook_attempt_deliveryId_startedAt_idx" ON "webhook_attempt"("deliveryId", "startedAt");

-- AddForeignKey
ALTER TABLE "webhook_endpoint" ADD CONSTRAINT "webhook_endpoint_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_attempt" ADD CONSTRAINT "webhook_attempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "webhook_delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Webhook events (decision 034), hand-written: each change records its events in its own
-- transaction, so an event is never lost after a commit nor sent for a change that rolled back.
-- factdesk_webhook_event writes one delivery per enabled endpoint of the workspace subscribed to
-- the type, and queues its first attempt as a pg-boss job (queue `webhook-delivery`) in the same
-- transaction. A restore sets `factdesk.webhooks = off` for its transaction: restored history is
-- not news.

CREATE FUNCTION factdesk_webhook_enqueue(delivery_id text, workspace_id text, delay_seconds integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- The queue schema is installed right after the migrations (decision 022); until then the
  -- delivery stays pending and nothing fails.
  IF to_regclass('pgboss.job') IS NULL THEN RETURN; END IF;
  -- A job that dies with its worker is given back after expire_in and tried twice more; the
  -- delivery's own schedule (lib/core/webhooks/retry-schedule.ts) queues every later attempt.
  INSERT INTO pgboss.job (name, data, start_after, retry_limit, retry_delay, expire_in, policy)
  SELECT q.name, jsonb_build_object('workspaceId', workspace_id, 'deliveryId', delivery_id),
         now() + make_interval(secs => delay_seconds), 2, 5, interval '2 minutes', q.policy
    FROM pgboss.queue q
   WHERE q.name = 'webhook-delivery';
END $$;

CREATE FUNCTION factdesk_webhook_event(workspace_id text, event_type text, subject jsonb)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  delivery record;
BEGIN
  IF current_setting('factdesk.webhooks', true) = 'off' THEN RETURN; END IF;
  FOR delivery IN
    INSERT INTO webhook_delivery (id, "workspaceId", "endpointId", "eventType", subject, "nextAttemptAt")
    SELECT 'msg_' || replace(gen_random_uuid()::text, '-', ''), e."workspaceId", e.id, event_type, subject, now()
      FROM webhook_endpoint e
     WHERE e."workspaceId" = workspace_id AND e.enabled AND event_type = ANY (e.events)
    RETURNING id
  LOOP
    PERFORM factdesk_webhook_enqueue(delivery.id, workspace_id, 0);
  END LOOP;
END $$;

-- Claim history rows say what happened: a status row to or from `published`, or `corrected`
-- rows (a correction writes one per changed field: one event per claim and statement).
CREATE FUNCTION factdesk_webhook_claim_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  happened record;
BEGIN
  FOR happened IN
    SELECT DISTINCT a."workspaceId", a."claimId",
           CASE WHEN a.kind = 'corrected' THEN 'claim.corrected'
                WHEN a."toValue" = 'published' THEN 'claim.published'
                ELSE 'claim.unpublished' END AS type
      FROM added a
     WHERE (a.kind = 'corrected' OR (a.field = 'status' AND (a."toValue" = 'published' OR a."fromValue" = 'published')))
       AND EXISTS (SELECT 1 FROM webhook_endpoint e WHERE e."workspaceId" = a."workspaceId")
  LOOP
    PERFORM factdesk_webhook_event(happened."workspaceId", happened.type, jsonb_build_object('claimId', happened."claimId"));
  END LOOP;
  RETURN NULL;
END $$;

CREATE FUNCTION factdesk_webhook_article_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM factdesk_webhook_event(NEW."workspaceId", 'article.created', jsonb_build_object('articleId', NEW.id));
  RETURN NULL;
END $$;

CREATE FUNCTION factdesk_webhook_version_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM factdesk_webhook_event(a."workspaceId", 'article.version_created',
                                 jsonb_build_object('articleId', NEW."articleId", 'versionId', NEW.id))
     FROM article a WHERE a.id = NEW."articleId";
  RETURN NULL;
END $$;

CREATE FUNCTION factdesk_webhook_share_link_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM factdesk_webhook_event(NEW."workspaceId", 'share_link.revoked', jsonb_build_object('shareLinkId', NEW.id));
  RETURN NULL;
END $$;

CREATE TRIGGER "webhook_claim_events" AFTER INSERT ON "claim_event"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION factdesk_webhook_claim_events();
CREATE TRIGGER "webhook_article_created" AFTER INSERT ON "article"
  FOR EACH ROW EXECUTE FUNCTION factdesk_webhook_article_created();
CREATE TRIGGER "webhook_version_created" AFTER INSERT ON "article_version"
  FOR EACH ROW WHEN (NEW.number > 1) EXECUTE FUNCTION factdesk_webhook_version_created();
CREATE TRIGGER "webhook_share_link_revoked" AFTER UPDATE OF "revokedAt" ON "share_link"
  FOR EACH ROW WHEN (OLD."revokedAt" IS NULL AND NEW."revokedAt" IS NOT NULL)
  EXECUTE FUNCTION factdesk_webhook_share_link_revoked();
