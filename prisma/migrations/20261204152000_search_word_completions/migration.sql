-- Search (decisions 021, 031): a word beginning is no longer a tsquery prefix (`word:*`) but the
-- workspace's few shortest words that begin so, read from the word list. On a 10,000-article desk
-- a five-letter beginning matched ~40 words and ~4,500 entries, every one of them ranked (the
-- slowest queries by far); the ten shortest completions ("penta" → "pentagon", "pentagons", …)
-- are what a person typing means, and cost a quarter of that. Only words the list cannot hold
-- (with digits, or under three letters) stay prefixes. Mistyped words are widened as before.
CREATE OR REPLACE FUNCTION factdesk_search_word_query(workspace text, word text) RETURNS tsquery
LANGUAGE plpgsql STABLE AS $$
DECLARE
  result tsquery := to_tsquery('factdesk_simple', quote_literal(word));
  config text;
  plain text := array_to_string(tsvector_to_array(to_tsvector('factdesk_simple', word)), ' ');
  candidate text;
  stem tsquery;
  begins boolean := false;
  -- The exact word is already in the query: its "stem" need not be again.
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
  -- Numbers and very short words are not in the word list: a prefix, as typed.
  IF plain ~ '[0-9]' OR length(plain) < 3 OR plain LIKE '% %' THEN
    RETURN result || to_tsquery('factdesk_simple', quote_literal(word) || ':*');
  END IF;
  -- The word itself (when the workspace has it) and its ten shortest completions.
  FOR candidate IN
    SELECT w."word" FROM "search_word" w
    WHERE w."workspaceId" = workspace AND w."word" LIKE plain || '%'
    ORDER BY length(w."word"), w."word" LIMIT 11
  LOOP
    begins := true;
    IF candidate <> plain THEN
      result := result || to_tsquery('factdesk_simple', quote_literal(candidate));
    END IF;
  END LOOP;
  -- A word that begins none of the workspace's words is mistyped: its three most similar words
  -- (trigram similarity over search_word, pg_trgm's default 0.3 threshold: "Pentagn" → "pentagon").
  IF NOT begins AND length(plain) >= 4 THEN
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
