-- Finding a child by name (the web search, src/web/pages/search-data.ts) with pg_trgm, PostgreSQL's
-- trigram matching: a misspelt or partly remembered name ("thornbery") still finds the child, ranked by
-- similarity(), and the GIN index below answers the % and <% operators without reading every child.
--
-- The extension lives in schema public whatever schema the tables are in, and the search names it so
-- (public.similarity): an extension is installed once per database, and a schema holding it would take
-- it along when dropped (test schemas are). pg_trgm is a trusted extension (PostgreSQL 13+), so the
-- database owner may create it without being a superuser. The embedded store loads it from PGlite's
-- contrib bundle (src/store/pglite-extensions.ts).
DO $$
DECLARE
  placed text;
BEGIN
  SELECT n.nspname INTO placed FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
   WHERE e.extname = 'pg_trgm';
  IF placed IS NULL THEN
    CREATE EXTENSION pg_trgm WITH SCHEMA public;
  ELSIF placed <> 'public' THEN
    RAISE EXCEPTION 'pg_trgm is installed in schema %, Kestrel expects it in public', placed
      USING HINT = 'ALTER EXTENSION pg_trgm SET SCHEMA public;';
  END IF;
EXCEPTION WHEN unique_violation OR duplicate_object THEN
  NULL; -- another migration (a parallel test schema) created it in the meantime
END;
$$;

-- The name as the search compares it: given and family name, one space between (pg_trgm lower-cases
-- and splits words itself). The search's expression must be exactly this one for the index to serve it.
CREATE INDEX child_name_trigram ON child
  USING gin ((coalesce(given_name, '') || ' ' || coalesce(family_name, '')) public.gin_trgm_ops);
COMMENT ON INDEX child_name_trigram IS 'Trigrams of a child''s given and family name: the fuzzy name search (pg_trgm %, <%).';

-- The search runs as the reader under row-level security (src/access/actor.ts withActor), and there the
-- planner may not use this index: a policy's condition is applied before any of the query's own that
-- is not LEAKPROOF, and pg_trgm's operators are not (only a superuser could mark them). A seq scan of
-- every visible child, computing similarity on each name, is then the only plan: seconds for a council
-- of 65,000 children on the embedded store. So the reader asks this function, which runs as the tables'
-- owner (SECURITY DEFINER) and so uses the index, for the ids of matching children, best first. It
-- applies the very scope the policies apply, read from the same transaction-local settings withActor
-- makes (kestrel.actor_la, kestrel.visible_children), so it returns no child the policies would hide;
-- and the reader then reads those children's rows through the policies as before. It returns ids and
-- scores only. Without the settings (called outside withActor) it returns nothing, as the policies do.
CREATE FUNCTION child_name_matches(p_query text, p_limit integer)
RETURNS TABLE (child_id text, score real)
LANGUAGE plpgsql STABLE SECURITY DEFINER
AS $$
BEGIN
  -- EXECUTE plans the statement for these values: a plan made for any query (a SQL function's, a
  -- prepared statement's generic plan) cannot judge how selective % is, and walks every child instead.
  RETURN QUERY EXECUTE $q$
    -- The names first, by the index; then the scope (which the planner, taking the visible ids for a
    -- few hundred, would otherwise walk one by one through the primary key).
    WITH matched AS MATERIALIZED (
      SELECT c.id,
             greatest(public.similarity(coalesce(c.given_name, '') || ' ' || coalesce(c.family_name, ''), $1),
                      public.word_similarity($1, coalesce(c.given_name, '') || ' ' || coalesce(c.family_name, ''))) AS score
        FROM child c
       WHERE c.la_code = current_setting('kestrel.actor_la', true)
         AND ((coalesce(c.given_name, '') || ' ' || coalesce(c.family_name, '')) OPERATOR(public.%) $1
              OR $1 OPERATOR(public.<%) (coalesce(c.given_name, '') || ' ' || coalesce(c.family_name, '')))
    )
    SELECT m.id, m.score FROM matched m
     WHERE m.id IN (SELECT unnest(nullif(current_setting('kestrel.visible_children', true), '')::text[]))
     ORDER BY m.score DESC, m.id
     LIMIT $2
  $q$ USING p_query, p_limit;
END;
$$;
COMMENT ON FUNCTION child_name_matches(text, integer) IS 'Ids of the children within the reader''s scope whose names are like the query (pg_trgm), best first: the name search''s use of the trigram index under row-level security.';

-- A definer's function names its schema (this one's, where the tables are) and searches pg_temp last,
-- so nothing the caller creates can stand in for a table; only the reader may call it.
DO $$
BEGIN
  EXECUTE format('ALTER FUNCTION child_name_matches(text, integer) SET search_path = %I, pg_temp', current_schema());
END;
$$;
REVOKE ALL ON FUNCTION child_name_matches(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION child_name_matches(text, integer) TO kestrel_reader;
