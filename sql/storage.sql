--
-- disclosure_load, the stored tables, and the analysts' views over the
-- seed documents.
--
\set d000 `cat test/data/seeds/000_4f3bfc39153d33d4.txt`
\set d001 `cat test/data/seeds/001_6174489a5f7162cb.txt`
\set d002 `cat test/data/seeds/002_1ca1bc342bc23096.txt`
\set d003 `cat test/data/seeds/003_5c245e0f5975cf67.txt`
\set d004 `cat test/data/seeds/004_76d90fd474e57dbd.txt`
\set golden `cat test/data/golden.json`

-- loading is done by a role without superuser rights
CREATE ROLE regress_disclosure_analyst NOLOGIN;
SET ROLE regress_disclosure_analyst;

SELECT * FROM disclosure_load('seeds/000_4f3bfc39153d33d4.txt', :'d000');
SELECT * FROM disclosure_load('seeds/001_6174489a5f7162cb.txt', :'d001');
SELECT * FROM disclosure_load('seeds/002_1ca1bc342bc23096.txt', :'d002');
SELECT * FROM disclosure_load('seeds/003_5c245e0f5975cf67.txt', :'d003');
SELECT * FROM disclosure_load('seeds/004_76d90fd474e57dbd.txt', :'d004');

-- loading the same text again adds nothing, whatever it is called
SELECT * FROM disclosure_load('copy of 004.txt', :'d004');
SELECT (SELECT count(*) FROM disclosure_documents) AS documents,
       (SELECT count(*) FROM disclosure_reports) AS reports;

-- the work plan is kept, with the reason it gave no report
SELECT id, source, note
FROM disclosure_documents ORDER BY id;

-- nothing loaded is changed: the stored text is the text given
SELECT bool_and(d.raw = s.raw) AS all_raw_intact
FROM disclosure_documents d
JOIN (VALUES (:'d000'), (:'d001'), (:'d002'), (:'d003'), (:'d004')) AS s(raw)
  ON d.sha256 = encode(sha256(convert_to(s.raw, 'UTF8')), 'hex');

SELECT r.document_id, r.ordinal, (r.report).agency, (r.report).year
FROM disclosure_reports r ORDER BY r.document_id, r.ordinal;

-- the analysts cannot write the tables directly
INSERT INTO disclosure_documents (source, raw, sha256) VALUES ('x', 'x', 'x');

-- every finding of the corpus: exactly those golden.json lists
SELECT agency, year, rule, severity, location, expected, actual, message
FROM disclosure_findings ORDER BY agency, year, rule;

SELECT g.file, g.year, g.findings AS golden_findings, count(f.rule) AS found
FROM (SELECT doc->>'file' AS file, (rep->>'year')::int AS year, rep->>'agency' AS agency,
             jsonb_array_length(rep->'findings') AS findings
      FROM jsonb_array_elements((:'golden')::jsonb->'documents') AS doc,
           jsonb_array_elements(doc->'reports') AS rep) g
LEFT JOIN disclosure_findings f ON f.agency = g.agency AND f.year = g.year
GROUP BY g.file, g.year, g.findings ORDER BY g.file, g.year;

-- the views
SELECT * FROM disclosure_requests_by_year ORDER BY year;
SELECT * FROM disclosure_requests_by_agency ORDER BY agency;
SELECT agency, year, outcome, applicant, count
FROM disclosure_request_cells
WHERE year = 2022 AND count <> 0 ORDER BY outcome_order, applicant_order;
SELECT count(*) AS cells, count(count) AS known_cells FROM disclosure_request_cells;
SELECT agency, year, projects, amount_yuan FROM disclosure_procurement_by_report ORDER BY agency, year;
SELECT * FROM disclosure_procurement_by_year ORDER BY year;
SELECT agency, year, review_total, review_corrected, suits_direct, suits_after_review,
       review_loss_rate, suit_loss_rate
FROM disclosure_litigation ORDER BY agency, year;
SELECT * FROM disclosure_litigation_by_year ORDER BY year;

RESET ROLE;

-- disclosure_load runs with its owner's rights, so functions someone puts in
-- the extension's schema under built-in names must never run inside it
CREATE FUNCTION public.encode(bytea, text) RETURNS text LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION 'a shadowing encode() ran'; END $$;
CREATE FUNCTION public.sha256(bytea) RETURNS bytea LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION 'a shadowing sha256() ran'; END $$;
SELECT reports, already_loaded
FROM disclosure_load('003 with a new line', :'d003' || E'\n');
DROP FUNCTION public.encode(bytea, text);
DROP FUNCTION public.sha256(bytea);

-- the tables are the extension's configuration: pg_dump keeps their rows
SELECT unnest(extconfig)::regclass AS dumped_with_data
FROM pg_extension WHERE extname = 'disclosure' ORDER BY 1::text;
DROP ROLE regress_disclosure_analyst;
