--
-- Every value of the hand-checked truth (test/data/golden.json) against
-- what disclosure_parse_all reads from the seed documents.  The output
-- counts the cells compared and lists every mismatch (there should be none).
--
\set golden `cat test/data/golden.json`
\set d000 `cat test/data/seeds/000_4f3bfc39153d33d4.txt`
\set d001 `cat test/data/seeds/001_6174489a5f7162cb.txt`
\set d002 `cat test/data/seeds/002_1ca1bc342bc23096.txt`
\set d003 `cat test/data/seeds/003_5c245e0f5975cf67.txt`
\set d004 `cat test/data/seeds/004_76d90fd474e57dbd.txt`

CREATE TEMP TABLE seed_docs (file text PRIMARY KEY, raw text NOT NULL);
INSERT INTO seed_docs VALUES
  ('000_4f3bfc39153d33d4.txt', :'d000'),
  ('001_6174489a5f7162cb.txt', :'d001'),
  ('002_1ca1bc342bc23096.txt', :'d002'),
  ('003_5c245e0f5975cf67.txt', :'d003'),
  ('004_76d90fd474e57dbd.txt', :'d004');

CREATE TEMP TABLE parsed AS
SELECT d.file, p.ord, to_jsonb(p.r) AS j
FROM seed_docs d,
     LATERAL (SELECT r, row_number() OVER () AS ord
              FROM disclosure_parse_all(d.raw) AS r) p;

CREATE TEMP TABLE golden_reports AS
SELECT doc->>'file' AS file, rep.ord, rep.j
FROM jsonb_array_elements((:'golden')::jsonb->'documents') AS doc,
     LATERAL jsonb_array_elements(doc->'reports') WITH ORDINALITY AS rep(j, ord);

-- request rows in template order, with the names golden.json uses
CREATE TEMP TABLE request_rows (ord int, name text, golden_name text);
INSERT INTO request_rows
SELECT o, n, CASE n WHEN 'unavailable_not_held' THEN 'unable_not_held' ELSE n END
FROM unnest(ARRAY['new_received','carried_over','granted','partially_granted',
  'refused_state_secret','refused_other_law','refused_security',
  'refused_third_party','refused_internal','refused_process',
  'refused_enforcement_file','refused_inquiry','unavailable_not_held',
  'unavailable_needs_creation','unavailable_unclear','declined_complaint',
  'declined_repeat','declined_publication','declined_excessive',
  'declined_confirmation','other_no_correction','other_no_fee','other',
  'total','carried_forward']) WITH ORDINALITY AS t(n, o);

CREATE TEMP TABLE columns7 (i int, name text);
INSERT INTO columns7 SELECT i, n FROM unnest(ARRAY['natural_person','commercial',
  'research','social_org','legal_service','other_org','total']) WITH ORDINALITY AS t(n, i);

CREATE TEMP TABLE columns5 (i int, name text);
INSERT INTO columns5 SELECT i, n FROM unnest(ARRAY['upheld','corrected','other',
  'pending','total']) WITH ORDINALITY AS t(n, i);

CREATE TEMP VIEW expected_cells AS
  SELECT doc->>'file' AS file, 0::bigint AS ord, 'report count' AS cell,
         jsonb_array_length(doc->'reports')::text AS val
  FROM jsonb_array_elements((:'golden')::jsonb->'documents') AS doc
UNION ALL
  SELECT file, ord, k, j->>k FROM golden_reports,
         unnest(ARRAY['agency','year','published','template']) AS k
UNION ALL
  SELECT file, ord, 'stated_requests', j->'narrative'->>'requests_received' FROM golden_reports
UNION ALL
  SELECT file, ord, 'stated_proactive', j->'narrative'->>'proactive_items' FROM golden_reports
UNION ALL
  SELECT file, ord, 'procurement.' || k, j->'procurement'->>k
  FROM golden_reports, unnest(ARRAY['projects','amount_yuan']) AS k
  WHERE j ? 'procurement'
UNION ALL
  SELECT file, ord, 'proactive.' || p.key || '[' || a.i || ']', a.v #>> '{}'
  FROM golden_reports, jsonb_each(j->'proactive') AS p,
       jsonb_array_elements(p.value) WITH ORDINALITY AS a(v, i)
  WHERE jsonb_typeof(p.value) = 'array'
UNION ALL
  SELECT file, ord, 'proactive.fees[1]', j->'proactive'->>'fees_wan_yuan'
  FROM golden_reports WHERE j->'proactive' ? 'fees_wan_yuan'
UNION ALL
  SELECT file, ord, t || '.' || c.name, j->t->>(c.i - 1)::int
  FROM golden_reports, unnest(ARRAY['review','suit_direct','suit_after_review']) AS t,
       columns5 c
UNION ALL
  -- rows golden.json does not list are all zeros; the 2021-only rows are
  -- absent from the 2019 template
  SELECT file, g.ord, 'requests.' || r.name || '.' || c.name,
         coalesce(j->'requests'->r.golden_name->>(c.i - 1)::int, '0')
  FROM golden_reports g, request_rows r, columns7 c
  WHERE j ? 'requests'
    AND (j->>'template' = '2021' OR r.name NOT IN ('other_no_correction', 'other_no_fee'));

CREATE TEMP VIEW actual_cells AS
  SELECT file, 0::bigint AS ord, 'report count' AS cell, count(p.j)::text AS val
  FROM seed_docs LEFT JOIN parsed p USING (file) GROUP BY file
UNION ALL
  SELECT file, ord, k, j->>k FROM parsed,
         unnest(ARRAY['agency','year','published','template','stated_requests',
                      'stated_proactive']) AS k
UNION ALL
  SELECT file, ord, 'procurement.' || k, j->'procurement'->>k
  FROM parsed, unnest(ARRAY['projects','amount_yuan']) AS k
UNION ALL
  SELECT file, ord, 'proactive.' || (e.v->>'item') || '['
         || row_number() OVER (PARTITION BY file, ord, e.v->>'item' ORDER BY e.i) || ']',
         e.v->>'value'
  FROM parsed, jsonb_array_elements(j->'proactive') WITH ORDINALITY AS e(v, i)
UNION ALL
  SELECT file, ord, t || '.' || c.name, j->t->>c.name
  FROM parsed, unnest(ARRAY['review','suit_direct','suit_after_review']) AS t, columns5 c
UNION ALL
  SELECT file, p.ord, 'requests.' || r.name || '.' || c.name, j->'requests'->r.name->>c.name
  FROM parsed p, request_rows r, columns7 c;

-- the tally: every golden cell compared, and how many agree
SELECT count(*) AS cells_checked,
       count(*) FILTER (WHERE e.val IS NOT DISTINCT FROM a.val) AS cells_matched
FROM expected_cells e
LEFT JOIN actual_cells a USING (file, ord, cell);

-- the mismatches, if any
SELECT e.file, e.ord, e.cell, e.val AS expected, a.val AS actual
FROM expected_cells e
LEFT JOIN actual_cells a USING (file, ord, cell)
WHERE e.val IS DISTINCT FROM a.val
ORDER BY 1, 2, 3;
