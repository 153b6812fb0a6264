-- test/pgtap/analysis.sql -- the objects of issue 12 (storage for analysis,
-- one report per body and year, stored findings and their review,
-- re-parse): their catalogue entries, comments, pg_dump registration, and
-- who may use them.
--
-- Assumes CREATE EXTENSION pgtap and CREATE EXTENSION disclosure (test/run.sh).
-- Everything happens in one transaction that is rolled back.
BEGIN;
SELECT plan(78);

------------------------------------------------------------ tables (13)
SELECT has_table('disclosure_facts');
SELECT has_table('disclosure_stored_findings');
SELECT has_table('disclosure_reviews');
SELECT has_table('disclosure_reparse_changes');
SELECT has_table('disclosure_request_facts');
SELECT has_table('disclosure_litigation_facts');
SELECT has_table('disclosure_procurement_facts');
SELECT col_is_pk('disclosure_facts', 'report_id');
SELECT col_is_pk('disclosure_reviews', 'finding_id');
SELECT has_column('disclosure_reports', 'parser_version');
SELECT has_column('disclosure_documents', 'parser_version');
SELECT col_default_is('disclosure_reports', 'parser_version', 'disclosure_parser_version()');
SELECT has_index('disclosure_stored_findings', 'disclosure_stored_findings_finding_id', 'finding_id');

----------------------------------------------------------------- views (4)
SELECT has_view('disclosure_report_groups');
SELECT has_view('disclosure_report_differences');
SELECT has_view('disclosure_year_over_year');
SELECT is(ARRAY(SELECT attname::text FROM pg_attribute
                WHERE attrelid = 'disclosure_findings'::regclass AND attnum > 0 ORDER BY attnum),
          ARRAY['report_id', 'previous_report_id', 'agency', 'year', 'rule', 'severity', 'location',
                'expected', 'actual', 'message', 'finding_id', 'copy_report_id', 'review_state',
                'review_note', 'reviewed_by', 'reviewed_at'],
          'disclosure_findings keeps its columns, in order, and adds the id and the review');

------------------------------------------------------------- functions (28)
SELECT has_function('disclosure_parser_version', ARRAY[]::name[]);
SELECT function_lang_is('disclosure_parser_version', ARRAY[]::name[], 'c');
SELECT volatility_is('disclosure_parser_version', ARRAY[]::name[], 'stable');
SELECT has_function('disclosure_report_values', ARRAY['disclosure_report']);
SELECT volatility_is('disclosure_report_values', ARRAY['disclosure_report'], 'immutable');
SELECT is_strict('disclosure_report_values', ARRAY['disclosure_report']);
SELECT has_function('disclosure_finding_id', ARRAY['text', 'text', 'integer', 'text']);
SELECT volatility_is('disclosure_finding_id', ARRAY['text', 'text', 'integer', 'text'], 'immutable');
SELECT has_function('disclosure_review', ARRAY['text', 'text', 'text']);
SELECT volatility_is('disclosure_review', ARRAY['text', 'text', 'text'], 'volatile');
SELECT isnt_definer('disclosure_review', ARRAY['text', 'text', 'text']);
SELECT has_function('disclosure_reparse', ARRAY['integer', 'boolean']);
SELECT volatility_is('disclosure_reparse', ARRAY['integer', 'boolean'], 'volatile');
SELECT isnt_definer('disclosure_reparse', ARRAY['integer', 'boolean']);
SELECT has_function('disclosure_reparse_next_batch', ARRAY['integer', 'boolean', 'bigint', 'integer', 'bigint']);
SELECT isnt_definer('disclosure_reparse_next_batch', ARRAY['integer', 'boolean', 'bigint', 'integer', 'bigint']);
SELECT has_function('disclosure_reparse_in_batches', ARRAY['integer', 'boolean', 'bigint']);
SELECT is((SELECT prokind::text FROM pg_proc
           WHERE oid = 'disclosure_reparse_in_batches(integer, boolean, bigint)'::regprocedure),
          'p', 'disclosure_reparse_in_batches is a procedure');
SELECT isnt_definer('disclosure_reparse_in_batches', ARRAY['integer', 'boolean', 'bigint']);
SELECT is((SELECT proconfig FROM pg_proc
           WHERE oid = 'disclosure_reparse_in_batches(integer, boolean, bigint)'::regprocedure),
          NULL, 'disclosure_reparse_in_batches has no SET clause (with one it could not commit)');
SELECT has_function('disclosure_analyse', ARRAY['bigint[]', 'text[]', 'integer[]']);
SELECT isnt_definer('disclosure_analyse', ARRAY['bigint[]', 'text[]', 'integer[]']);
SELECT has_trigger('disclosure_reports', 'disclosure_reports_inserted');
SELECT has_trigger('disclosure_reports', 'disclosure_reports_deleted');
SELECT has_trigger('disclosure_reviews', 'disclosure_reviews_changed');
SELECT is_definer('disclosure_reviews_changed', ARRAY[]::name[]);
SELECT has_function('disclosure_touched', ARRAY['bigint[]', 'text[]', 'integer[]']);
SELECT ok((SELECT bool_and('search_path=pg_catalog, pg_temp' = ANY (proconfig)) FROM pg_proc
           WHERE proname IN ('disclosure_report_values', 'disclosure_finding_id', 'disclosure_review',
                             'disclosure_reparse', 'disclosure_reparse_next_batch', 'disclosure_analyse',
                             'disclosure_reports_changed')),
          'the SQL and PL/pgSQL functions search pg_catalog only');

------------------------------------------------------------ comments (15)
SELECT ok(obj_description(c::regclass, 'pg_class') IS NOT NULL, format('%s has a comment', c))
FROM unnest(ARRAY['disclosure_facts', 'disclosure_stored_findings', 'disclosure_reviews',
                  'disclosure_reparse_changes', 'disclosure_report_groups',
                  'disclosure_report_differences', 'disclosure_year_over_year']) WITH ORDINALITY u(c, i)
ORDER BY i;
SELECT ok(obj_description(f::regprocedure, 'pg_proc') IS NOT NULL, format('function %s has a comment', f))
FROM unnest(ARRAY['disclosure_parser_version()', 'disclosure_report_values(disclosure_report)',
                  'disclosure_finding_id(text, text, integer, text)',
                  'disclosure_review(text, text, text)', 'disclosure_reparse(integer, boolean)',
                  'disclosure_reparse_next_batch(integer, boolean, bigint, integer, bigint)',
                  'disclosure_reparse_in_batches(integer, boolean, bigint)',
                  'disclosure_analyse(bigint[], text[], integer[])']) WITH ORDINALITY u(f, i)
ORDER BY i;

------------------------------------------------------- pg_dump config (2)
SELECT ok((SELECT extconfig @> ARRAY['disclosure_reviews'::regclass::oid, 'disclosure_reparse_changes'::regclass::oid]
           FROM pg_extension WHERE extname = 'disclosure'),
          'pg_dump dumps the reviews and the re-parse changes');
SELECT ok((SELECT NOT extconfig && ARRAY['disclosure_facts'::regclass::oid, 'disclosure_stored_findings'::regclass::oid]
           FROM pg_extension WHERE extname = 'disclosure'),
          'but not the facts and findings: restoring the reports derives them again');

------------------------------------------------------ use, as roles (16)
DELETE FROM disclosure_documents;
CREATE ROLE regress_tap_reader NOLOGIN;
CREATE ROLE regress_tap_reviewer NOLOGIN;
GRANT INSERT, UPDATE ON disclosure_reviews TO regress_tap_reviewer;
\set doc `cat test/data/seeds/000_4f3bfc39153d33d4.txt`
CREATE TEMP TABLE seed AS SELECT :'doc'::text AS doc;
GRANT SELECT ON seed TO PUBLIC;

SET ROLE regress_tap_reader;
SELECT results_eq($$SELECT reports FROM disclosure_load('a', (SELECT doc FROM seed))$$, $$VALUES (1)$$,
                  'a role without rights on the tables loads a document');
SELECT results_eq($$SELECT reports FROM disclosure_load('b', (SELECT doc FROM seed) || E'\n页脚')$$, $$VALUES (1)$$,
                  'and another copy of it');
SELECT is((SELECT count(*) FROM disclosure_facts), 2::bigint, 'both have their facts');
SELECT is((SELECT count(*) FROM disclosure_request_totals), 1::bigint, 'the views count the report once');
SELECT results_eq($$SELECT reports, identical FROM disclosure_report_groups$$, $$VALUES (2::bigint, true)$$,
                  'disclosure_report_groups shows the two copies, identical');
SELECT is((SELECT rule FROM disclosure_findings), 'template_year', 'the finding is stored once');
SELECT throws_ok($$SELECT disclosure_review((SELECT finding_id FROM disclosure_findings), 'confirmed')$$,
                 '42501', NULL, 'the reader cannot review');
SELECT throws_ok($$INSERT INTO disclosure_stored_findings (finding_id, report_id, rule, severity) VALUES ('x', 1, 'x', 'x')$$,
                 '42501', NULL, 'nor write findings');
SELECT throws_ok($$UPDATE disclosure_facts SET canonical = true$$, '42501', NULL, 'nor facts');
SELECT throws_ok($$SELECT * FROM disclosure_reparse(1, true)$$, '42501', NULL, 'nor re-parse');
SELECT throws_ok($$SELECT * FROM disclosure_reparse_next_batch(1, true, 0, 0, NULL)$$, '42501', NULL,
                 'nor re-parse a batch (what each transaction of disclosure_reparse_in_batches does)');
RESET ROLE;
SET ROLE regress_tap_reviewer;
SELECT is((SELECT reviewed_by FROM disclosure_review((SELECT finding_id FROM disclosure_findings), 'dismissed', 'ok')),
          'regress_tap_reviewer', 'a reviewer granted INSERT, UPDATE on disclosure_reviews reviews');
SELECT throws_ok($$DELETE FROM disclosure_reviews$$, '42501', NULL, 'but cannot delete reviews');
RESET ROLE;
SELECT is((SELECT sum(reports_changed) FROM disclosure_reparse(1, true)), 0::bigint,
          'a superuser re-parses: nothing changed');
SELECT is((SELECT review_state FROM disclosure_findings), 'dismissed', 'the review is still there');
SELECT throws_ok($$CALL disclosure_reparse_in_batches(1, true)$$, '2D000', 'invalid transaction termination',
                 'disclosure_reparse_in_batches inside a transaction block stops at once');

SELECT * FROM finish();
ROLLBACK;
