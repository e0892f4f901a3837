-- Search (decision 021): full-text vectors with weights, unaccented, stemmed in the article's
-- language and unstemmed ('simple') beside them; a word list with trigrams for mistyped words.
-- pg_trgm and unaccent are trusted extensions: a database owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- CreateTable
CREATE TABLE "search_entry" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "claimId" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "config" TEXT NOT NULL,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "sortAt" TIMESTAMPTZ(3) NOT NULL,
    "vector" tsvector NOT NULL,

    CONSTRAINT "search_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_word" (
    "workspaceId" TEXT NOT NULL,
    "word" TEXT NOT NULL,

    CONSTRAINT "search_word_pkey" PRIMARY KEY ("workspaceId","word")
);

-- CreateIndex
CREATE INDEX "search_entry_vector_idx" ON "search_entry" USING GIN ("vector");

-- CreateIndex
CREATE INDEX "search_entry_workspaceId_idx" ON "search_entry"("workspaceId");

-- CreateIndex
CREATE INDEX "search_word_word_idx" ON "search_word" USING GIN ("word" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "search_entry" ADD CONSTRAINT "search_entry_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "search_word" ADD CONSTRAINT "search_word_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Text search configurations that drop accents before stemming ("Lavróv" = "Lavrov"). The
-- ascii word types need no unaccent; the others (word, hword, hword_part) go through it first.
CREATE TEXT SEARCH CONFIGURATION factdesk_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION factdesk_simple ALTER MAPPING FOR word, hword, hword_part WITH unaccent, simple;

DO $$
DECLARE
  language text;
BEGIN
  FOREACH language IN ARRAY ARRAY['english', 'french', 'german', 'spanish', 'italian', 'portuguese', 'dutch', 'russian', 'arabic', 'turkish'] LOOP
    EXECUTE format('CREATE TEXT SEARCH CONFIGURATION factdesk_%s (COPY = pg_catalog.%s)', language, language);
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION factdesk_%s ALTER MAPPING FOR word, hword, hword_part WITH unaccent, %s_stem', language, language);
  END LOOP;
END $$;

-- The configuration for an article's language tag ("en", "fr-CA"); 'simple' (exact words) for
-- a language without a stemmer here.
CREATE FUNCTION factdesk_search_config(language text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE lower(split_part(split_part(coalesce(language, ''), '-', 1), '_', 1))
    WHEN 'en' THEN 'factdesk_english' WHEN 'fr' THEN 'factdesk_french' WHEN 'de' THEN 'factdesk_german'
    WHEN 'es' THEN 'factdesk_spanish' WHEN 'it' THEN 'factdesk_italian' WHEN 'pt' THEN 'factdesk_portuguese'
    WHEN 'nl' THEN 'factdesk_dutch' WHEN 'ru' THEN 'factdesk_russian' WHEN 'ar' THEN 'factdesk_arabic'
    WHEN 'tr' THEN 'factdesk_turkish'
    -- No language recorded: most desks write English, and the 'simple' words are indexed anyway.
    WHEN '' THEN 'factdesk_english'
    ELSE 'factdesk_simple' END
$$;

-- Numbers written with thousands separators read as one number: "2,000" and "2 000" become
-- "2000" (the leading group has 1-3 digits, so "in 2019 100 people" stays apart). The query side
-- does the same in lib/core/search/normalize-numbers.ts.
CREATE FUNCTION factdesk_search_numbers(input text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  found text[];
  result text := input;
BEGIN
  IF input !~ ('[0-9][, ' || chr(160) || chr(8201) || chr(8239) || '][0-9]{3}') THEN
    RETURN input;
  END IF;
  FOR found IN
    SELECT regexp_matches(input, ('(^|[^0-9])([0-9]{1,3}(?:[, ' || chr(160) || chr(8201) || chr(8239) || '][0-9]{3})+)(?![0-9])'), 'g')
  LOOP
    result := replace(result, found[2], regexp_replace(found[2], '[^0-9]', '', 'g'));
  END LOOP;
  RETURN result;
END $$;

-- Each field twice: stemmed in the article's language, and as exact words in any language.
CREATE FUNCTION factdesk_search_field(config text, content text, weight "char") RETURNS tsvector
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(config::regconfig, factdesk_search_numbers(coalesce(content, ''))), weight)
      || setweight(to_tsvector('factdesk_simple', factdesk_search_numbers(coalesce(content, ''))), weight)
$$;

-- Writes one entry (and its words) or, when `visible_source` is false, removes it.
CREATE FUNCTION factdesk_search_put(
  entry_kind text, entity text, workspace text, article text, claim text, heading text, content text,
  config text, is_hidden boolean, sort_at timestamptz, a text, b text, c text, d text
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_entry" ("id", "workspaceId", "kind", "entityId", "articleId", "claimId", "title", "body", "config", "hidden", "sortAt", "vector")
  VALUES (entry_kind || ':' || entity, workspace, entry_kind, entity, article, claim, heading, content, config, is_hidden, sort_at,
    factdesk_search_field(config, a, 'A') || factdesk_search_field(config, b, 'B')
      || factdesk_search_field(config, c, 'C') || factdesk_search_field(config, d, 'D'))
  ON CONFLICT ("id") DO UPDATE SET
    "title" = excluded."title", "body" = excluded."body", "config" = excluded."config", "hidden" = excluded."hidden",
    "sortAt" = excluded."sortAt", "vector" = excluded."vector", "articleId" = excluded."articleId", "claimId" = excluded."claimId";
  INSERT INTO "search_word" ("workspaceId", "word")
  SELECT workspace, word
  FROM unnest(tsvector_to_array(to_tsvector('factdesk_simple', factdesk_search_numbers(concat_ws(' ', a, b, c, d))))) AS word
  WHERE length(word) BETWEEN 3 AND 40 AND word !~ '^[0-9]+$'
  ON CONFLICT DO NOTHING;
END $$;

-- An article's text is searched up to this many characters: a tsvector holds at most 1 MB.
CREATE FUNCTION factdesk_search_refresh_article(entity text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  a record;
  content text;
BEGIN
  SELECT * INTO a FROM "article" WHERE "id" = entity;
  IF NOT FOUND THEN
    DELETE FROM "search_entry" WHERE "id" = 'article:' || entity;
    RETURN;
  END IF;
  SELECT left(v."text", 300000) INTO content FROM "article_version" v WHERE v."articleId" = entity ORDER BY v."number" DESC LIMIT 1;
  PERFORM factdesk_search_put('article', a."id", a."workspaceId", a."id", NULL, a."title", coalesce(content, ''),
    factdesk_search_config(a."language"), false, a."updatedAt", a."title", concat_ws(' ', a."outlet", a."author"), NULL, content);
END $$;

CREATE FUNCTION factdesk_search_refresh_claim(entity text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  c record;
BEGIN
  SELECT cl.*, ar."language" INTO c FROM "claim" cl JOIN "article" ar ON ar."id" = cl."articleId" WHERE cl."id" = entity;
  IF NOT FOUND THEN
    DELETE FROM "search_entry" WHERE "id" = 'claim:' || entity;
    RETURN;
  END IF;
  PERFORM factdesk_search_put('claim', c."id", c."workspaceId", c."articleId", c."id", coalesce(nullif(c."statement", ''), c."exact"),
    concat_ws(E'\n', nullif(c."exact", ''), nullif(c."claimant", ''), nullif(c."explanation", '')),
    factdesk_search_config(c."language"), c."deletedAt" IS NOT NULL, c."updatedAt",
    c."statement", concat_ws(' ', c."exact", c."claimant"), c."explanation", NULL);
END $$;

-- "https://www.reuters.com/x" → "reuters.com reuters com": the host as a whole and its parts.
CREATE FUNCTION factdesk_search_host(url text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(h || ' ' || translate(h, '.-', '  '), '')
  FROM (SELECT regexp_replace(lower(substring(url FROM '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/@?#]*@)?([^/:?#]+)')), '^www\.', '') AS h) host
$$;

CREATE FUNCTION factdesk_search_refresh_evidence(entity text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  e record;
BEGIN
  SELECT ev.*, cl."articleId", cl."deletedAt" AS "claimDeletedAt", ar."language" INTO e
  FROM "evidence" ev JOIN "claim" cl ON cl."id" = ev."claimId" JOIN "article" ar ON ar."id" = cl."articleId"
  WHERE ev."id" = entity;
  IF NOT FOUND THEN
    DELETE FROM "search_entry" WHERE "id" = 'evidence:' || entity;
    RETURN;
  END IF;
  PERFORM factdesk_search_put('evidence', e."id", e."workspaceId", e."articleId", e."claimId", coalesce(nullif(e."title", ''), e."url"),
    concat_ws(E'\n', nullif(e."publisher", ''), nullif(e."passage", '')),
    factdesk_search_config(e."language"), e."claimDeletedAt" IS NOT NULL, e."updatedAt",
    e."title", concat_ws(' ', e."publisher", factdesk_search_host(e."url")), e."passage", NULL);
END $$;

CREATE FUNCTION factdesk_search_refresh_comment(entity text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m record;
BEGIN
  SELECT co.*, cl."articleId", cl."deletedAt" AS "claimDeletedAt", ar."language" INTO m
  FROM "comment" co JOIN "claim" cl ON cl."id" = co."claimId" JOIN "article" ar ON ar."id" = cl."articleId"
  WHERE co."id" = entity;
  IF NOT FOUND THEN
    DELETE FROM "search_entry" WHERE "id" = 'comment:' || entity;
    RETURN;
  END IF;
  PERFORM factdesk_search_put('comment', m."id", m."workspaceId", m."articleId", m."claimId", m."authorName", m."body",
    factdesk_search_config(m."language"), m."deletedAt" IS NOT NULL OR m."claimDeletedAt" IS NOT NULL, m."updatedAt",
    NULL, NULL, m."body", NULL);
END $$;

-- Triggers: every write to the source rows, whichever code path makes it (the API, the demo,
-- a backup restore, a cascade), keeps the search entries true in the same transaction.
CREATE FUNCTION factdesk_search_article_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  child text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "search_entry" WHERE "id" = 'article:' || OLD."id";
    RETURN NULL;
  END IF;
  PERFORM factdesk_search_refresh_article(NEW."id");
  -- Another language means other stems for everything said about the article.
  IF TG_OP = 'UPDATE' AND NEW."language" IS DISTINCT FROM OLD."language" THEN
    FOR child IN SELECT "id" FROM "claim" WHERE "articleId" = NEW."id" LOOP
      PERFORM factdesk_search_refresh_claim(child);
    END LOOP;
    FOR child IN SELECT ev."id" FROM "evidence" ev JOIN "claim" cl ON cl."id" = ev."claimId" WHERE cl."articleId" = NEW."id" LOOP
      PERFORM factdesk_search_refresh_evidence(child);
    END LOOP;
    FOR child IN SELECT co."id" FROM "comment" co JOIN "claim" cl ON cl."id" = co."claimId" WHERE cl."articleId" = NEW."id" LOOP
      PERFORM factdesk_search_refresh_comment(child);
    END LOOP;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION factdesk_search_version_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM factdesk_search_refresh_article(CASE WHEN TG_OP = 'DELETE' THEN OLD."articleId" ELSE NEW."articleId" END);
  RETURN NULL;
END $$;

CREATE FUNCTION factdesk_search_claim_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  child text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "search_entry" WHERE "id" = 'claim:' || OLD."id";
    RETURN NULL;
  END IF;
  PERFORM factdesk_search_refresh_claim(NEW."id");
  -- Evidence and comments of a deleted claim leave the results with it (and come back on restore).
  IF TG_OP = 'UPDATE' AND NEW."deletedAt" IS DISTINCT FROM OLD."deletedAt" THEN
    UPDATE "search_entry" SET "hidden" = NEW."deletedAt" IS NOT NULL WHERE "claimId" = NEW."id" AND "kind" = 'evidence';
    FOR child IN SELECT "id" FROM "comment" WHERE "claimId" = NEW."id" LOOP
      PERFORM factdesk_search_refresh_comment(child);
    END LOOP;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION factdesk_search_evidence_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "search_entry" WHERE "id" = 'evidence:' || OLD."id";
  ELSE
    PERFORM factdesk_search_refresh_evidence(NEW."id");
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION factdesk_search_comment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "search_entry" WHERE "id" = 'comment:' || OLD."id";
  ELSE
    PERFORM factdesk_search_refresh_comment(NEW."id");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "search_article" AFTER INSERT OR UPDATE OR DELETE ON "article" FOR EACH ROW EXECUTE FUNCTION factdesk_search_article_changed();
CREATE TRIGGER "search_article_version" AFTER INSERT OR UPDATE OF "text" OR DELETE ON "article_version" FOR EACH ROW EXECUTE FUNCTION factdesk_search_version_changed();
CREATE TRIGGER "search_claim" AFTER INSERT OR UPDATE OR DELETE ON "claim" FOR EACH ROW EXECUTE FUNCTION factdesk_search_claim_changed();
CREATE TRIGGER "search_evidence" AFTER INSERT OR UPDATE OR DELETE ON "evidence" FOR EACH ROW EXECUTE FUNCTION factdesk_search_evidence_changed();
CREATE TRIGGER "search_comment" AFTER INSERT OR UPDATE OR DELETE ON "comment" FOR EACH ROW EXECUTE FUNCTION factdesk_search_comment_changed();

-- One search word → a query: the word as a prefix ("elect" finds "elections"), its stem in every
-- language configured above, and, when no word of the workspace begins so, the three most
-- similar words it has (trigram similarity over search_word: "Pentagn" → "pentagon").
CREATE FUNCTION factdesk_search_word_query(workspace text, word text) RETURNS tsquery
LANGUAGE plpgsql STABLE AS $$
DECLARE
  result tsquery := to_tsquery('factdesk_simple', quote_literal(word) || ':*');
  config text;
  plain text := array_to_string(tsvector_to_array(to_tsvector('factdesk_simple', word)), ' ');
  candidate text;
  stem tsquery;
  -- The exact word is already in the query (as a prefix): its "stem" need not be again.
  seen text[] := ARRAY[to_tsquery('factdesk_simple', quote_literal(word))::text];
BEGIN
  FOREACH config IN ARRAY ARRAY['factdesk_english', 'factdesk_french', 'factdesk_german', 'factdesk_spanish', 'factdesk_italian',
    'factdesk_portuguese', 'factdesk_dutch', 'factdesk_russian', 'factdesk_arabic', 'factdesk_turkish'] LOOP
    stem := plainto_tsquery(config::regconfig, word);
    -- Most languages stem most words alike: each different stem once keeps the query small.
    IF stem::text <> '' AND NOT stem::text = ANY (seen) THEN
      seen := seen || stem::text;
      result := result || stem;
    END IF;
  END LOOP;
  -- Only for a word that begins none of the workspace's words: one that does is being typed
  -- (the prefix finds it), and widening it too would cost a bigger match set for nothing.
  IF length(plain) >= 4 AND plain !~ '[0-9]'
     AND NOT EXISTS (SELECT 1 FROM "search_word" w WHERE w."workspaceId" = workspace AND w."word" LIKE plain || '%') THEN
    FOR candidate IN
      SELECT w."word" FROM "search_word" w
      WHERE w."word" % plain AND w."workspaceId" = workspace
      ORDER BY similarity(w."word", plain) DESC, w."word" LIMIT 3
    LOOP
      result := result || to_tsquery('factdesk_simple', quote_literal(candidate));
    END LOOP;
  END IF;
  RETURN result;
END $$;

-- The entries that exist before this migration.
SELECT factdesk_search_refresh_article("id") FROM "article";
SELECT factdesk_search_refresh_claim("id") FROM "claim";
SELECT factdesk_search_refresh_evidence("id") FROM "evidence";
SELECT factdesk_search_refresh_comment("id") FROM "comment";
