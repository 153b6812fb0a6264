--
-- disclosure_parse_all and disclosure_parse on the seed documents: one row
-- per report with its key figures, the notes, and whole tables of the
-- hardest layouts.  (sql/golden.sql checks every cell against golden.json.)
--
\set d000 `cat test/data/seeds/000_4f3bfc39153d33d4.txt`
\set d001 `cat test/data/seeds/001_6174489a5f7162cb.txt`
\set d002 `cat test/data/seeds/002_1ca1bc342bc23096.txt`
\set d003 `cat test/data/seeds/003_5c245e0f5975cf67.txt`
\set d004 `cat test/data/seeds/004_76d90fd474e57dbd.txt`

CREATE TEMP TABLE docs (file text PRIMARY KEY, raw text NOT NULL);
INSERT INTO docs VALUES
  ('000 one cell per line, twice', :'d000'),
  ('001 guide + five years, pipes', :'d001'),
  ('002 work plan, not a report', :'d002'),
  ('003 metadata + pipes', :'d003'),
  ('004 PDF tabs with OCR noise', :'d004');

CREATE TEMP TABLE reports AS
SELECT d.file, p.ord, p.r
FROM docs d,
     LATERAL (SELECT r, row_number() OVER () AS ord
              FROM disclosure_parse_all(d.raw) AS r) p;

-- how many reports each document holds (000's second copy is dropped)
SELECT d.file, count(r.ord) AS reports
FROM docs d LEFT JOIN reports r USING (file)
GROUP BY d.file ORDER BY d.file;

-- key figures of each report
SELECT file, ord, (r).agency, (r).year, (r).published, (r).template,
       ((r).requests).new_received.total AS new,
       ((r).requests).carried_over.total AS carried_over,
       ((r).requests).granted.total AS granted,
       ((r).requests).total.total AS answered,
       ((r).requests).carried_forward.total AS carried_forward,
       (r).procurement, (r).stated_requests, (r).stated_proactive
FROM reports ORDER BY file, ord;

-- what the parser could not read, inferred, or skipped
SELECT file, ord, n.i, n.note
FROM reports, unnest((r).notes) WITH ORDINALITY AS n(note, i)
ORDER BY file, ord, n.i;

-- table three in template order, for the OCR document and the blank 2019 table
CREATE TEMP TABLE row_names AS
SELECT n AS name, o FROM unnest(ARRAY['new_received','carried_over','granted',
  'partially_granted','refused_state_secret','refused_other_law',
  'refused_security','refused_third_party','refused_internal',
  'refused_process','refused_enforcement_file','refused_inquiry',
  'unavailable_not_held','unavailable_needs_creation','unavailable_unclear',
  'declined_complaint','declined_repeat','declined_publication',
  'declined_excessive','declined_confirmation','other_no_correction',
  'other_no_fee','other','total','carried_forward']) WITH ORDINALITY AS t(n, o);

SELECT file, ord, row_names.name AS row,
       c->>'natural_person' AS natural, c->>'commercial' AS comm,
       c->>'research' AS research, c->>'social_org' AS social,
       c->>'legal_service' AS legal, c->>'other_org' AS other, c->>'total' AS total
FROM reports, row_names,
     LATERAL (SELECT to_jsonb((r).requests)->row_names.name AS c) x
WHERE file LIKE '004%' OR (r).year = 2019
ORDER BY file, ord, row_names.o;

-- table two, both templates
SELECT file, ord, p.item, p.measure, p.value
FROM reports, unnest((r).proactive) WITH ORDINALITY AS p(item, measure, value, i)
WHERE file LIKE '000%' OR (file LIKE '001%' AND (r).year = 2023)
ORDER BY file, ord, p.i;

-- table four of the OCR document, whose headers are vertical characters
SELECT (r).review, (r).suit_direct, (r).suit_after_review
FROM reports WHERE file LIKE '004%';

-- disclosure_parse returns the single report; a duplicate copy is not a second one
SELECT (disclosure_parse(:'d000')).agency, (disclosure_parse(:'d000')).year;
SELECT (disclosure_parse(:'d004')).procurement;
SELECT disclosure_parse(:'d003') = (SELECT r FROM disclosure_parse_all(:'d003') r)
  AS parse_equals_parse_all;

-- the same report with Windows line ends, full-width digits and ideographic spaces
SELECT (r).agency, ((r).requests).new_received, (r).procurement
FROM disclosure_parse_all(
  translate(replace(:'d004', E'\n', E'\r\n'), '0123456789 ', '０１２３４５６７８９　')) AS r;

-- STRICT: NULL in, NULL out
SELECT disclosure_parse(NULL) IS NULL AS parse_null,
       (SELECT count(*) FROM disclosure_parse_all(NULL)) AS parse_all_null_rows;
