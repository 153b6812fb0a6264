-- test/security/roles.sql -- who may do what (README, "Who may do what"):
-- the owner (the role that ran CREATE EXTENSION, not a superuser), a loader
-- (granted EXECUTE on disclosure_load), a reader (granted SELECT on the two
-- tables) and a role with neither (none).
--
-- Run by test/security/roles.sh with pg_prove, as a superuser, in a
-- database where regress_sec_owner installed the extension in public and a
-- superuser installed pgtap. Every change is rolled back.
BEGIN;
SELECT plan(65);
SET LOCAL search_path = public, pg_catalog;
SET LOCAL client_min_messages = error;

-- a seed document, where every role can read it (pg_prove runs psql from
-- the top of the work tree)
\set doc `cat test/data/seeds/003_5c245e0f5975cf67.txt`
CREATE TEMP TABLE seed AS SELECT :'doc'::text AS doc;
GRANT SELECT ON seed TO PUBLIC;

------------------------------------------------------------- the set-up (8)
SELECT is((SELECT extowner::regrole::text FROM pg_extension WHERE extname = 'disclosure'),
          'regress_sec_owner', 'the extension belongs to regress_sec_owner, who installed it');
SELECT ok(NOT rolsuper, 'regress_sec_owner is not a superuser') FROM pg_roles WHERE rolname = 'regress_sec_owner';
SELECT is((SELECT proowner::regrole::text FROM pg_proc WHERE oid = 'disclosure_load(text,text)'::regprocedure),
          'regress_sec_owner', 'disclosure_load belongs to the owner, and so runs with the owner''s rights');
SELECT is_definer('public', 'disclosure_load', ARRAY['text', 'text']);
SELECT ok((SELECT 'search_path=pg_catalog, pg_temp' = ANY (proconfig) FROM pg_proc
           WHERE oid = 'disclosure_load(text,text)'::regprocedure),
          'disclosure_load searches pg_catalog only (and pg_temp last)');
SELECT ok((SELECT bool_and(NOT pg_has_role('regress_sec_owner', relowner, 'USAGE')) FROM pg_class
           WHERE oid IN ('disclosure_documents'::regclass, 'disclosure_reports'::regclass,
                         'disclosure_facts'::regclass, 'disclosure_stored_findings'::regclass,
                         'disclosure_reviews'::regclass, 'disclosure_reparse_changes'::regclass,
                         'disclosure_request_facts'::regclass, 'disclosure_litigation_facts'::regclass,
                         'disclosure_procurement_facts'::regclass)),
          'the tables do not belong to the owner (it could turn one into a view that runs its code)');
SELECT ok((SELECT bool_and(coalesce('security_invoker=true' = ANY (reloptions), false)) FROM pg_class c
           JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
           JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'disclosure'
           WHERE c.relkind = 'v'),
          'every view runs with the rights of whoever reads it');
SELECT ok(has_function_privilege('regress_sec_none', 'disclosure_load(text,text)', 'EXECUTE')
          AND has_table_privilege('regress_sec_none', 'disclosure_reports', 'SELECT'),
          'until the owner says otherwise, every role may load and read');

---------------------------------------------- the owner manages the data (21)
SET ROLE regress_sec_owner;
SELECT results_eq($$SELECT reports, already_loaded FROM disclosure_load('owner', (SELECT doc FROM seed))$$,
                  $$VALUES (1, false)$$, 'the owner loads a document');
SELECT lives_ok($$UPDATE disclosure_documents SET source = 'renamed'$$, 'the owner updates documents');
SELECT lives_ok($$DELETE FROM disclosure_reports$$, 'the owner deletes reports');
SELECT lives_ok($$DELETE FROM disclosure_documents$$, 'the owner deletes documents');
SELECT results_eq($$SELECT reports, already_loaded FROM disclosure_load('owner', (SELECT doc FROM seed))$$,
                  $$VALUES (1, false)$$, 'the owner loads it again');
SELECT lives_ok($$TRUNCATE disclosure_documents, disclosure_reports$$, 'the owner truncates both tables');
SELECT lives_ok($$TRUNCATE disclosure_documents CASCADE$$, 'the owner truncates documents with CASCADE');
SELECT is((SELECT count(*) FROM disclosure_documents), 0::bigint, 'nothing is left');
SELECT results_eq($$SELECT reports FROM disclosure_load('owner', (SELECT doc FROM seed))$$,
                  $$VALUES (1)$$, 'and the owner loads once more');

-- the owner decides who loads and who reads
SELECT lives_ok($$REVOKE EXECUTE ON FUNCTION disclosure_load(text, text) FROM PUBLIC$$,
                'the owner revokes loading from PUBLIC');
SELECT lives_ok($$GRANT EXECUTE ON FUNCTION disclosure_load(text, text) TO regress_sec_loader$$,
                'the owner grants loading to regress_sec_loader');
SELECT lives_ok($$REVOKE SELECT ON disclosure_documents, disclosure_reports, disclosure_facts, disclosure_stored_findings, disclosure_reviews, disclosure_reparse_changes, disclosure_request_facts, disclosure_litigation_facts, disclosure_procurement_facts FROM PUBLIC$$,
                'the owner revokes reading from PUBLIC');
SELECT lives_ok($$GRANT SELECT ON disclosure_documents, disclosure_reports, disclosure_facts, disclosure_stored_findings, disclosure_reviews, disclosure_reparse_changes, disclosure_request_facts, disclosure_litigation_facts, disclosure_procurement_facts TO regress_sec_reader$$,
                'the owner grants reading to regress_sec_reader');

-- but the tables stay the extension's
SELECT throws_ok($$CREATE TRIGGER t BEFORE INSERT ON disclosure_documents
                   FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger()$$,
                 '42501', NULL, 'the owner cannot put a trigger on a table');
SELECT throws_ok($$CREATE RULE "_RETURN" AS ON SELECT TO disclosure_documents DO INSTEAD SELECT * FROM disclosure_documents$$,
                 '42501', NULL, 'the owner cannot put a rule on a table (or turn it into a view)');
SELECT throws_ok($$ALTER TABLE disclosure_documents ENABLE ROW LEVEL SECURITY$$,
                 '42501', NULL, 'the owner cannot alter a table');
SELECT throws_ok($$ALTER TABLE disclosure_documents ALTER loaded_at SET DEFAULT '2000-01-01'$$,
                 '42501', NULL, 'the owner cannot change a column default');
SELECT throws_ok($$DROP TABLE disclosure_reports CASCADE$$, '2BP01', NULL,
                 'the owner cannot drop a table, even as owner of its schema (only the whole extension)');
SELECT throws_ok($$ALTER VIEW disclosure_findings RESET (security_invoker)$$,
                 '42501', NULL, 'the owner cannot alter a view');
SELECT throws_ok($$CREATE OR REPLACE VIEW disclosure_litigation AS SELECT * FROM disclosure_litigation$$,
                 '42501', NULL, 'the owner cannot replace a view');
SELECT ok(has_table_privilege('disclosure_documents', 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE'),
          'the owner holds SELECT, INSERT, UPDATE, DELETE, TRUNCATE on the tables');
RESET ROLE;

------------------------------------------------------------ the loader (8)
SET ROLE regress_sec_loader;
SELECT results_eq($$SELECT reports, already_loaded FROM disclosure_load('loader', (SELECT doc FROM seed) || ' ')$$,
                  $$VALUES (1, false)$$, 'the loader loads a document');
SELECT results_eq($$SELECT reports, already_loaded FROM disclosure_load('loader', (SELECT doc FROM seed) || ' ')$$,
                  $$VALUES (1, true)$$, 'and learns that it is loaded already');
SELECT throws_ok($$SELECT * FROM disclosure_documents$$, '42501', NULL, 'the loader cannot read documents');
SELECT throws_ok($$SELECT * FROM disclosure_findings$$, '42501', NULL, 'the loader cannot read a view');
SELECT throws_ok($$INSERT INTO disclosure_documents (source, raw, sha256) VALUES ('x', 'x', 'x')$$,
                 '42501', NULL, 'the loader cannot insert directly');
SELECT throws_ok($$DELETE FROM disclosure_documents$$, '42501', NULL, 'the loader cannot delete');
SELECT throws_ok($$TRUNCATE disclosure_documents CASCADE$$, '42501', NULL, 'the loader cannot truncate');
GRANT EXECUTE ON FUNCTION disclosure_load(text, text) TO regress_sec_none;
SELECT ok(NOT has_function_privilege('regress_sec_none', 'disclosure_load(text,text)', 'EXECUTE'),
          'the loader cannot pass loading on (its GRANT grants nothing)');
RESET ROLE;

------------------------------------------------------------ the reader (9)
SET ROLE regress_sec_reader;
SELECT is((SELECT count(*) FROM disclosure_documents), 2::bigint, 'the reader reads documents');
SELECT is((SELECT count(*) FROM disclosure_request_totals), 1::bigint,
          'the reader reads the views (the two copies of the report count once)');
SELECT lives_ok($$SELECT * FROM disclosure_findings$$, 'the reader reads disclosure_findings');
SELECT throws_ok($$SELECT * FROM disclosure_load('reader', 'x')$$, '42501', NULL, 'the reader cannot load');
SELECT throws_ok($$INSERT INTO disclosure_documents (source, raw, sha256) VALUES ('x', 'x', 'x')$$,
                 '42501', NULL, 'the reader cannot insert');
SELECT throws_ok($$UPDATE disclosure_documents SET note = 'x'$$, '42501', NULL, 'the reader cannot update');
SELECT throws_ok($$DELETE FROM disclosure_documents$$, '42501', NULL, 'the reader cannot delete');
SELECT throws_ok($$TRUNCATE disclosure_documents CASCADE$$, '42501', NULL, 'the reader cannot truncate');
GRANT SELECT ON disclosure_documents TO regress_sec_none;
SELECT ok(NOT has_table_privilege('regress_sec_none', 'disclosure_documents', 'SELECT'),
          'the reader cannot pass reading on (its GRANT grants nothing)');
RESET ROLE;

-------------------------------------------------------------- none (6)
SET ROLE regress_sec_none;
SELECT throws_ok($$SELECT * FROM disclosure_load('none', 'x')$$, '42501', NULL, 'a role with neither cannot load');
SELECT throws_ok($$SELECT * FROM disclosure_documents$$, '42501', NULL, 'a role with neither cannot read the documents');
SELECT throws_ok($$SELECT * FROM disclosure_reports$$, '42501', NULL, 'a role with neither cannot read the reports');
SELECT throws_ok($$SELECT * FROM disclosure_requests_by_year$$, '42501', NULL, 'a role with neither cannot read the views');
SELECT throws_ok($$DELETE FROM disclosure_documents$$, '42501', NULL, 'a role with neither cannot delete');
SELECT is((SELECT agency FROM disclosure_parse((SELECT doc FROM seed))), '金东区鞋塘办事处',
          'a role with neither still parses: the functions are open to all');
RESET ROLE;

---------------------------------------------- the owner takes rights back (6)
SET ROLE regress_sec_owner;
SELECT lives_ok($$REVOKE SELECT ON disclosure_documents, disclosure_reports, disclosure_facts, disclosure_stored_findings, disclosure_reviews, disclosure_reparse_changes, disclosure_request_facts, disclosure_litigation_facts, disclosure_procurement_facts FROM regress_sec_reader$$,
                'the owner revokes reading from the reader');
SELECT lives_ok($$REVOKE EXECUTE ON FUNCTION disclosure_load(text, text) FROM regress_sec_loader$$,
                'the owner revokes loading from the loader');
RESET ROLE;
SET ROLE regress_sec_reader;
SELECT throws_ok($$SELECT * FROM disclosure_request_totals$$, '42501', NULL, 'the reader reads no more');
RESET ROLE;
SET ROLE regress_sec_loader;
SELECT throws_ok($$SELECT * FROM disclosure_load('loader', 'y')$$, '42501', NULL, 'the loader loads no more');
RESET ROLE;
SET ROLE regress_sec_owner;
SELECT lives_ok($$GRANT SELECT ON disclosure_documents, disclosure_reports, disclosure_facts, disclosure_stored_findings, disclosure_reviews, disclosure_reparse_changes, disclosure_request_facts, disclosure_litigation_facts, disclosure_procurement_facts TO PUBLIC$$,
                'the owner opens reading to every role again');
RESET ROLE;
SET ROLE regress_sec_none;
SELECT is((SELECT count(*) FROM disclosure_request_totals), 1::bigint, 'and every role reads again');
RESET ROLE;

------------------------------------------------------------ reviewing (7)
-- a finding: seed 000 uses the 2019 template for 2021
\set doc0 `cat test/data/seeds/000_4f3bfc39153d33d4.txt`
INSERT INTO seed VALUES (:'doc0');
SET ROLE regress_sec_owner;
SELECT results_eq($$SELECT reports FROM disclosure_load('owner', (SELECT doc FROM seed WHERE doc LIKE '%松江区%'))$$,
                  $$VALUES (1)$$, 'the owner loads a report with a finding');
SELECT is((SELECT state || ' by ' || reviewed_by
           FROM disclosure_review((SELECT finding_id FROM disclosure_findings WHERE rule = 'template_year'),
                                  'confirmed', 'owner')),
          'confirmed by regress_sec_owner', 'the owner reviews a finding');
RESET ROLE;
SET ROLE regress_sec_reader;
SELECT throws_ok($$SELECT disclosure_review((SELECT finding_id FROM disclosure_findings WHERE rule = 'template_year'),
                                            'dismissed')$$,
                 '42501', NULL, 'a reader cannot review');
RESET ROLE;
SET ROLE regress_sec_loader;
SELECT throws_ok($$SELECT * FROM disclosure_reparse(10, true)$$, '42501', NULL, 'the loader cannot re-parse');
RESET ROLE;
SET ROLE regress_sec_owner;
SELECT lives_ok($$GRANT INSERT, UPDATE ON disclosure_reviews TO regress_sec_reader$$,
                'the owner lets the reader review');
RESET ROLE;
SET ROLE regress_sec_reader;
SELECT is((SELECT state || ' by ' || reviewed_by
           FROM disclosure_review((SELECT finding_id FROM disclosure_findings WHERE rule = 'template_year'),
                                  'dismissed', 'reader')),
          'dismissed by regress_sec_reader', 'and the reader reviews, under its own name');
RESET ROLE;
SET ROLE regress_sec_owner;
SELECT is((SELECT sum(documents) FROM disclosure_reparse(10, true)), 3::bigint,
          'the owner re-parses every stored document');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
