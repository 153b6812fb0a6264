--
-- Storage shaped for analysis (issue 12): the facts written at load, one
-- report per body and year, findings stored with stable ids and reviewed,
-- re-parse, and the year-over-year view.
--
\set d001 `cat test/data/seeds/001_6174489a5f7162cb.txt`
\set d003 `cat test/data/seeds/003_5c245e0f5975cf67.txt`
\set d004 `cat test/data/seeds/004_76d90fd474e57dbd.txt`
\set h004 `cat test/data/html/004.html`
SET client_min_messages = warning;
DELETE FROM disclosure_documents;
TRUNCATE disclosure_reviews, disclosure_reparse_changes;
RESET client_min_messages;

-- a report with one row of table three replaced (what an older parser, or
-- another body's figures, might have given)
CREATE FUNCTION pg_temp.with_row(r disclosure_report, row_name text, counts disclosure_counts)
RETURNS disclosure_report LANGUAGE sql IMMUTABLE
AS $$ SELECT jsonb_populate_record(r, jsonb_set(to_jsonb(r), ARRAY['requests', row_name], to_jsonb(counts))) $$;

CREATE ROLE regress_disclosure_reader NOLOGIN;
SET ROLE regress_disclosure_reader;
SELECT reports FROM disclosure_load('seeds/001', :'d001');
SELECT reports FROM disclosure_load('seeds/003', :'d003');
SELECT reports FROM disclosure_load('seeds/004', :'d004');

-- every stored report has its facts, written at load, with the parser version
SELECT f.agency, f.year, f.template, f.canonical, f.known_cells, f.new_received,
       f.total, f.carried_forward, f.review_total, f.procurement_projects,
       f.procurement_amount_yuan, r.parser_version = disclosure_parser_version() AS current_parser
FROM disclosure_facts f JOIN disclosure_reports r ON r.id = f.report_id
ORDER BY f.agency, f.year;
SELECT count(*) FILTER (WHERE parser_version = disclosure_parser_version()) AS documents_current
FROM disclosure_documents;

-- the same report again: the HTML page of seed 004, seed 003 scraped again
-- with other site chrome around it
SELECT reports FROM disclosure_load('html/004.html', :'h004');
SELECT reports FROM disclosure_load('rescraped/003',
    E'首页 > 信息公开 > 政府信息公开年报\n当前位置：金华市金东区人民政府门户网站\n【字体：大 中 小】 打印本页 关闭窗口\n'
    || :'d003' || E'\n\n主办单位：金华市金东区人民政府办公室 | 网站标识码：3307030001\n浙ICP备05001234号 | 技术支持：某某网络公司\n');
SELECT (SELECT count(*) FROM disclosure_reports) AS stored_reports,
       (SELECT count(*) FROM disclosure_facts WHERE canonical) AS canonical_reports;
-- counted once
SELECT year, reports, new_received, total FROM disclosure_requests_by_year ORDER BY year;
SELECT agency, year, reports, report_ids[1] = canonical_report_id AS canonical_first,
       sources, known_cells, identical
FROM disclosure_report_groups ORDER BY agency;
SELECT count(*) AS differences FROM disclosure_report_differences;

-- a copy of seed 004 that reads one number differently (4 procurement
-- projects instead of 3): as complete as the others and loaded last, it is
-- the one counted, and the disagreement is a finding
SELECT reports FROM disclosure_load('doctored/004',
    replace(:'d004', E'政府集中采购\t3\t', E'政府集中采购\t4\t'));
SELECT agency, year, tbl, row_name, column_name, canonical_value, "values"
FROM disclosure_report_differences ORDER BY tbl, row_name, column_name;
SELECT agency, year, rule, severity, location, expected, actual, message,
       report_id = (SELECT canonical_report_id FROM disclosure_report_groups
                    WHERE agency = f.agency AND year = f.year) AS about_canonical
FROM disclosure_findings f WHERE rule = 'duplicate_disagrees';
SELECT year, reports, projects, amount_yuan FROM disclosure_procurement_by_year ORDER BY year;

-- the findings: stable ids, open until reviewed
SELECT agency, year, rule, finding_id, review_state
FROM disclosure_findings ORDER BY agency, year, rule;
SELECT count(*) = count(DISTINCT finding_id) AS ids_unique,
       bool_and(finding_id = disclosure_finding_id(rule, agency, year, location)) AS ids_from_identity
FROM disclosure_findings;
RESET ROLE;

-- reviewing takes INSERT and UPDATE on disclosure_reviews: a reader has neither
SET ROLE regress_disclosure_reader;
SELECT state FROM disclosure_review(disclosure_finding_id('template_year', 'x', 2021, 'template'), 'confirmed');
SELECT state FROM disclosure_review(
    (SELECT finding_id FROM disclosure_findings WHERE rule = 'stated_requests'), 'confirmed');
RESET ROLE;
CREATE ROLE regress_disclosure_reviewer NOLOGIN;
GRANT INSERT, UPDATE ON disclosure_reviews TO regress_disclosure_reviewer;
SET ROLE regress_disclosure_reviewer;
SELECT state FROM disclosure_review('0000000000000000', 'confirmed');
SELECT state FROM disclosure_review(
    (SELECT finding_id FROM disclosure_findings WHERE rule = 'stated_requests'), 'approved');
SELECT state, note, reviewed_by FROM disclosure_review(
    (SELECT finding_id FROM disclosure_findings WHERE rule = 'stated_requests'), 'confirmed',
    'the prose says 2, table three 3: asked the body');
SELECT state, note, reviewed_by FROM disclosure_review(
    (SELECT finding_id FROM disclosure_findings WHERE rule = 'incomplete_table'), 'dismissed',
    'the 2019 report printed only the totals');
SELECT state, note, reviewed_by FROM disclosure_review(
    (SELECT finding_id FROM disclosure_findings WHERE rule = 'incomplete_table'), 'dismissed',
    'the 2019 report printed only the totals; checked the PDF');
RESET ROLE;
SELECT agency, year, rule, review_state, review_note, reviewed_by, reviewed_at IS NOT NULL AS dated
FROM disclosure_findings WHERE review_state <> 'open' ORDER BY agency, year, rule;

-- re-parse: what the installed parser already made is not parsed again
SELECT * FROM disclosure_reparse();
-- a report as an older parser read it: its version and one value differ
UPDATE disclosure_reports r
SET parser_version = '0.9',
    report = pg_temp.with_row(r.report, 'new_received', ROW(5, 0, 0, 0, 0, 0, 5))
WHERE (r.report).agency = '聊城市机关事务管理局' AND (r.report).year = 2023;
UPDATE disclosure_documents SET parser_version = '0.9'
WHERE id = (SELECT document_id FROM disclosure_reports WHERE parser_version = '0.9');
-- the facts and findings follow the stored report (5 new requests now: the
-- balance breaks, the prose's 2 disagrees more)
SELECT agency, year, new_received FROM disclosure_request_totals WHERE year = 2023;
SELECT rule, location, expected, actual, review_state FROM disclosure_findings
WHERE year = 2023 ORDER BY rule, location;
-- parse it again: the installed parser reads 3 again, the change is kept,
-- the facts and findings are computed again, the review stays
SELECT * FROM disclosure_reparse(batch_size => 1);
SELECT old_version, new_version = disclosure_parser_version() AS new_version_current,
       tbl, row_name, column_name, old_value, new_value
FROM disclosure_reparse_changes ORDER BY tbl, row_name, column_name;
SELECT agency, year, new_received FROM disclosure_request_totals WHERE year = 2023;
SELECT agency, year, rule, review_state, review_note, reviewed_by
FROM disclosure_findings ORDER BY agency, year, rule;
-- all documents, in batches of two: nothing changes, nothing is lost
SELECT * FROM disclosure_reparse(2, all_documents => true);
SELECT count(*) AS changes FROM disclosure_reparse_changes;
SELECT count(*) AS reviews_shown FROM disclosure_findings WHERE review_state <> 'open';
\set SHOW_CONTEXT never
SELECT * FROM disclosure_reparse(0);
\set SHOW_CONTEXT errors

-- in batches that commit (a procedure, called outside any transaction
-- block): what an older parser made is parsed again, a transaction and a
-- NOTICE a batch; what changed is kept, the reviews stay
UPDATE disclosure_documents SET parser_version = '0.9';
UPDATE disclosure_reports r
SET parser_version = '0.9',
    report = pg_temp.with_row(r.report, 'new_received', ROW(5, 0, 0, 0, 0, 0, 5))
WHERE (r.report).agency = '聊城市机关事务管理局' AND (r.report).year = 2023;
SELECT agency, year, new_received FROM disclosure_request_totals WHERE year = 2023;
CALL disclosure_reparse_in_batches(2);
SELECT count(*) AS documents,
       count(*) FILTER (WHERE parser_version = disclosure_parser_version()) AS current
FROM disclosure_documents;
SELECT agency, year, new_received FROM disclosure_request_totals WHERE year = 2023;
SELECT agency, year, rule, review_state, review_note, reviewed_by
FROM disclosure_findings WHERE review_state <> 'open' ORDER BY agency, year, rule;
SELECT count(*) AS changes FROM disclosure_reparse_changes;
-- nothing left for it to do
CALL disclosure_reparse_in_batches();
-- interrupted (here by an error at its third document): the batches done
-- stay done, and a second CALL goes on with the documents left
UPDATE disclosure_documents SET parser_version = '0.9';
CREATE FUNCTION regress_interrupt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id = (SELECT id FROM public.disclosure_documents ORDER BY id OFFSET 2 LIMIT 1) THEN
        RAISE EXCEPTION 'interrupted';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER regress_interrupt BEFORE UPDATE OF parser_version ON disclosure_documents
    FOR EACH ROW EXECUTE FUNCTION regress_interrupt();
\set SHOW_CONTEXT never
CALL disclosure_reparse_in_batches(2);
\set SHOW_CONTEXT errors
SELECT source, parser_version = disclosure_parser_version() AS current
FROM disclosure_documents ORDER BY id;
DROP TRIGGER regress_interrupt ON disclosure_documents;
DROP FUNCTION regress_interrupt();
CALL disclosure_reparse_in_batches(2);
SELECT count(*) FILTER (WHERE parser_version <> disclosure_parser_version()) AS stale
FROM disclosure_documents;
-- every document, from after a given one (where an interrupted run with
-- all_documents stopped: its NOTICEs name the last document done)
UPDATE disclosure_documents SET parser_version = '0.9';
SELECT id AS second FROM disclosure_documents ORDER BY id OFFSET 1 LIMIT 1 \gset
SET client_min_messages = warning;
CALL disclosure_reparse_in_batches(3, all_documents => true, after_id => :second);
RESET client_min_messages;
SELECT source, parser_version = disclosure_parser_version() AS current
FROM disclosure_documents ORDER BY id;
\set SHOW_CONTEXT never
CALL disclosure_reparse_in_batches(all_documents => NULL);
CALL disclosure_reparse_in_batches(0);
-- it takes the rights disclosure_reparse takes: a reader is refused
SET ROLE regress_disclosure_reader;
CALL disclosure_reparse_in_batches(2, all_documents => true);
RESET ROLE;
\set SHOW_CONTEXT errors
-- inside a transaction block it stops at once, having done nothing
BEGIN;
CALL disclosure_reparse_in_batches(2, all_documents => true);
ROLLBACK;
SELECT count(*) AS changes FROM disclosure_reparse_changes;

-- a body's years side by side
SELECT agency, year, new_received, new_received_change, carried_over, carried_forward,
       carried_forward_change, continuity_findings
FROM disclosure_year_over_year WHERE agency = '聊城市机关事务管理局' ORDER BY year;
-- a continuity finding: last year's carried forward no longer this year's carried over
UPDATE disclosure_reports r
SET report = pg_temp.with_row(r.report, 'carried_over', ROW(1, 0, 0, 0, 0, 0, 1))
WHERE (r.report).agency = '聊城市机关事务管理局' AND (r.report).year = 2022;
SELECT agency, year, carried_over, carried_over_change, continuity_findings
FROM disclosure_year_over_year WHERE agency = '聊城市机关事务管理局' AND year BETWEEN 2021 AND 2023
ORDER BY year;
SELECT previous_report_id IS NOT NULL AS has_previous, year, rule, location
FROM disclosure_findings WHERE rule LIKE 'continuity%' ORDER BY location;

-- removing a document removes its reports' facts and findings; another
-- copy becomes canonical
DELETE FROM disclosure_documents WHERE source = 'seeds/004';
SELECT agency, year, reports, sources FROM disclosure_report_groups ORDER BY agency;
SELECT (SELECT count(*) FROM disclosure_facts) AS facts,
       (SELECT count(*) FROM disclosure_reports) AS reports,
       (SELECT count(*) FROM disclosure_stored_findings x
        WHERE NOT EXISTS (SELECT FROM disclosure_facts f WHERE f.report_id = x.report_id AND f.canonical))
         AS findings_of_no_canonical_report;
TRUNCATE disclosure_documents CASCADE;
SELECT (SELECT count(*) FROM disclosure_facts) AS facts,
       (SELECT count(*) FROM disclosure_stored_findings) AS findings,
       (SELECT count(*) FROM disclosure_reviews) AS reviews_kept;

-- leave the regression database with stored reports (test/run.sh dumps it)
SELECT reports FROM disclosure_load('seeds/001', :'d001');

DROP OWNED BY regress_disclosure_reviewer;
DROP ROLE regress_disclosure_reviewer;
DROP ROLE regress_disclosure_reader;
