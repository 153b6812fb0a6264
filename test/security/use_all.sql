-- test/security/use_all.sql -- use every function and view of the
-- extension, with search_path = public, pg_catalog (public first: the worst
-- case for anything looked up when a query runs). Run by a superuser from
-- the top of the work tree, after test/security/plant.sql and CREATE
-- EXTENSION; the test's own expressions name pg_catalog's operators, so that
-- only what the extension binds could reach a planted object.
-- Prints one line per function and view: its name and a result.
\set ON_ERROR_STOP 1
SET search_path = public, pg_catalog;
\set d000 `cat test/data/seeds/000_4f3bfc39153d33d4.txt`
\set d001 `cat test/data/seeds/001_6174489a5f7162cb.txt`
\set d002 `cat test/data/seeds/002_1ca1bc342bc23096.txt`
\set d003 `cat test/data/seeds/003_5c245e0f5975cf67.txt`
\set d004 `cat test/data/seeds/004_76d90fd474e57dbd.txt`

CREATE TEMP TABLE used (what pg_catalog.text, result pg_catalog.text);

-- the functions, with arguments of their exact types
INSERT INTO used SELECT 'disclosure_load', pg_catalog.string_agg(l.reports::pg_catalog.text, ',')
FROM (VALUES (1, 'seeds/000'::pg_catalog.text, :'d000'::pg_catalog.text), (2, 'seeds/001', :'d001'),
             (3, 'seeds/002', :'d002'), (4, 'seeds/003', :'d003'), (5, 'seeds/004', :'d004')) s (i, src, doc)
CROSS JOIN LATERAL public.disclosure_load(s.src, s.doc) l;
-- with the record of the original file (which disclosure_record_original
-- writes), for a text not stored yet; then the record kept, and refused
-- for a document not stored in this transaction
INSERT INTO used SELECT 'disclosure_load (six arguments)', l.reports::pg_catalog.text
FROM public.disclosure_load('seeds/003 with its record'::pg_catalog.text,
                            (:'d003'::pg_catalog.text OPERATOR(pg_catalog.||) ' '::pg_catalog.text),
                            pg_catalog.repeat('0'::pg_catalog.text, 64), 1::pg_catalog.int8,
                            'text/plain'::pg_catalog.text, 'as is (UTF-8)'::pg_catalog.text) l;
INSERT INTO used SELECT 'disclosure_record_original',
       pg_catalog.concat_ws(' '::pg_catalog.text, d.media_type, d.extractor,
                            public.disclosure_record_original(d.id, ''::pg_catalog.text, 0::pg_catalog.int8,
                                                              ''::pg_catalog.text, ''::pg_catalog.text))
FROM public.disclosure_documents d
WHERE d.source OPERATOR(pg_catalog.=) 'seeds/003 with its record'::pg_catalog.text;
INSERT INTO used SELECT 'disclosure_parse_all', pg_catalog.count(*)::pg_catalog.text
FROM public.disclosure_parse_all(:'d001'::pg_catalog.text);
INSERT INTO used SELECT 'disclosure_parse', (public.disclosure_parse(:'d004'::pg_catalog.text)).agency;
INSERT INTO used SELECT 'disclosure_cells', pg_catalog.count(*)::pg_catalog.text
FROM public.disclosure_cells(:'d001'::pg_catalog.text);
INSERT INTO used SELECT 'disclosure_amount_yuan', public.disclosure_amount_yuan('7.63182亿元'::pg_catalog.text)::pg_catalog.text;
INSERT INTO used SELECT 'disclosure_check', pg_catalog.count(*)::pg_catalog.text
FROM public.disclosure_reports r CROSS JOIN LATERAL public.disclosure_check(r.report);
INSERT INTO used SELECT 'disclosure_is_consistent', pg_catalog.string_agg(public.disclosure_is_consistent(r.report)::pg_catalog.text, ',')
FROM public.disclosure_reports r;
INSERT INTO used SELECT 'disclosure_check_continuity', pg_catalog.count(*)::pg_catalog.text
FROM public.disclosure_parse_all(:'d001'::pg_catalog.text) WITH ORDINALITY AS p (agency, year, published, template, proactive,
        procurement, requests, review, suit_direct, suit_after_review, stated_requests, stated_proactive, notes, narrative, i)
JOIN public.disclosure_parse_all(:'d001'::pg_catalog.text) WITH ORDINALITY AS n (agency, year, published, template, proactive,
        procurement, requests, review, suit_direct, suit_after_review, stated_requests, stated_proactive, notes, narrative, i)
  ON n.year OPERATOR(pg_catalog.=) (p.year OPERATOR(pg_catalog.+) 1)
CROSS JOIN LATERAL public.disclosure_check_continuity(
    ROW(p.agency, p.year, p.published, p.template, p.proactive, p.procurement, p.requests, p.review,
        p.suit_direct, p.suit_after_review, p.stated_requests, p.stated_proactive, p.notes, p.narrative)::public.disclosure_report,
    ROW(n.agency, n.year, n.published, n.template, n.proactive, n.procurement, n.requests, n.review,
        n.suit_direct, n.suit_after_review, n.stated_requests, n.stated_proactive, n.notes, n.narrative)::public.disclosure_report);
INSERT INTO used SELECT 'disclosure_place',
    (public.disclosure_place('鼓楼区教育局'::pg_catalog.text, '福州市鼓楼区'::pg_catalog.text)).code;
INSERT INTO used SELECT 'disclosure_place_mentions',
    pg_catalog.array_to_string((public.disclosure_place_mentions('福州市鼓楼区'::pg_catalog.text)).code, ','::pg_catalog.text);
INSERT INTO used SELECT 'disclosure_place_read',
    ((public.disclosure_place_read('鼓楼区教育局'::pg_catalog.text, '福州市鼓楼区'::pg_catalog.text,
                                   NULL::public.disclosure_place_mentions)).result).code;
INSERT INTO used SELECT 'disclosure_division_under',
    public.disclosure_division_under('330703'::pg_catalog.text, '330000'::pg_catalog.text)::pg_catalog.text;
INSERT INTO used SELECT 'disclosure_places_of', pg_catalog.string_agg(p.code, ',' ORDER BY p.report_id)
FROM public.disclosure_places_of(ARRAY(SELECT r.id FROM public.disclosure_reports r)) p;
-- the trigger function ran when disclosure_load stored the reports
INSERT INTO used SELECT 'disclosure_report_places_sync', pg_catalog.count(*)::pg_catalog.text
FROM public.disclosure_report_places;

-- 1.1 (issue 12): the parser version, a report's values, finding ids; the
-- triggers on disclosure_reports (disclosure_reports_changed, which calls
-- disclosure_analyse) wrote the facts when the seeds were loaded
INSERT INTO used SELECT 'disclosure_parser_version', public.disclosure_parser_version();
INSERT INTO used SELECT 'disclosure_report_values', pg_catalog.count(v.value)::pg_catalog.text
FROM public.disclosure_reports r CROSS JOIN LATERAL public.disclosure_report_values(r.report) v;
INSERT INTO used SELECT 'disclosure_finding_id',
    public.disclosure_finding_id('rule'::pg_catalog.text, 'agency'::pg_catalog.text, 2020, 'location'::pg_catalog.text);
INSERT INTO used SELECT w.w, pg_catalog.count(*)::pg_catalog.text
FROM public.disclosure_facts, (VALUES ('disclosure_reports_changed'::pg_catalog.text), ('disclosure_analyse'),
                                      ('disclosure_touched')) w (w)
GROUP BY w.w;
-- reviewing and re-parsing take write access to the tables: a role without
-- it is refused (and says so), a superuser is not
DO $$
DECLARE
    r pg_catalog.text;
BEGIN
    BEGIN
        SELECT v.state INTO r
        FROM public.disclosure_review((SELECT pg_catalog.min(x.finding_id) FROM public.disclosure_stored_findings x),
                                      'confirmed'::pg_catalog.text, 'use_all'::pg_catalog.text) v;
    EXCEPTION WHEN insufficient_privilege THEN
        r := 'refused: no privilege';
    END;
    INSERT INTO used VALUES ('disclosure_review', r);
    BEGIN
        SELECT pg_catalog.sum(b.reports)::pg_catalog.text INTO r
        FROM public.disclosure_reparse(2, true) b;
    EXCEPTION WHEN insufficient_privilege THEN
        r := 'refused: no privilege';
    END;
    INSERT INTO used VALUES ('disclosure_reparse', r);
END
$$;
-- re-parsing a transaction a batch (a procedure, so called here, outside any
-- transaction block): a document made stale where the role may write, so
-- that a batch runs; a role that may not finds nothing to do
SELECT pg_catalog.has_table_privilege('public.disclosure_documents'::pg_catalog.text,
                                      'UPDATE'::pg_catalog.text) AS may_write \gset
\if :may_write
UPDATE public.disclosure_documents d SET parser_version = '0'::pg_catalog.text
WHERE d.id OPERATOR(pg_catalog.=) (SELECT pg_catalog.min(x.id) FROM public.disclosure_documents x);
\endif
CALL public.disclosure_reparse_in_batches(2, false, 0::pg_catalog.int8);
INSERT INTO used SELECT 'disclosure_reparse_in_batches',
    pg_catalog.count(*)::pg_catalog.text OPERATOR(pg_catalog.||) ' documents of another parser left'::pg_catalog.text
FROM public.disclosure_documents d
WHERE d.parser_version OPERATOR(pg_catalog.<>) public.disclosure_parser_version();
INSERT INTO used VALUES ('disclosure_reparse_next_batch', 'by disclosure_reparse and disclosure_reparse_in_batches');
-- a review is copied into the stored findings by disclosure_reviews_changed
INSERT INTO used SELECT 'disclosure_reviews_changed', pg_catalog.count(*)::pg_catalog.text
FROM public.disclosure_stored_findings x WHERE x.reviewed_at IS NOT NULL;

-- every view of the extension, every column of every row
DO $$
DECLARE
    v pg_catalog.regclass;
    n pg_catalog.int8;
BEGIN
    FOR v IN SELECT c.oid FROM pg_catalog.pg_class c
             JOIN pg_catalog.pg_depend d ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
                  AND d.objid OPERATOR(pg_catalog.=) c.oid AND d.deptype OPERATOR(pg_catalog.=) 'e'
             JOIN pg_catalog.pg_extension e ON e.oid OPERATOR(pg_catalog.=) d.refobjid
                  AND e.extname OPERATOR(pg_catalog.=) 'disclosure'
             WHERE c.relkind OPERATOR(pg_catalog.=) 'v'
    LOOP
        EXECUTE pg_catalog.format('SELECT pg_catalog.count(pg_catalog.md5(v::pg_catalog.text)) FROM %s v', v) INTO n;
        INSERT INTO used VALUES (v::pg_catalog.text, n::pg_catalog.text);
    END LOOP;
END
$$;

SELECT what OPERATOR(pg_catalog.||) ': ' OPERATOR(pg_catalog.||) result FROM used
ORDER BY what COLLATE "C";
-- every function of the extension was used
SELECT 'NOT USED: ' OPERATOR(pg_catalog.||) p.proname
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
     AND d.objid OPERATOR(pg_catalog.=) p.oid AND d.deptype OPERATOR(pg_catalog.=) 'e'
JOIN pg_catalog.pg_extension e ON e.oid OPERATOR(pg_catalog.=) d.refobjid
     AND e.extname OPERATOR(pg_catalog.=) 'disclosure'
WHERE NOT EXISTS (SELECT FROM used u WHERE u.what OPERATOR(pg_catalog.=) p.proname::pg_catalog.text);
