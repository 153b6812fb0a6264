-- test/pgtap/originals.sql -- the record of each stored document's original
-- file: the four columns of disclosure_documents, disclosure_load with six
-- arguments and disclosure_record_original, what they write, and who may.
--
-- Assumes CREATE EXTENSION pgtap and CREATE EXTENSION disclosure (test/run.sh).
-- One transaction, rolled back.
BEGIN;
SELECT plan(41);

------------------------------------------------------ the columns (8)
SELECT has_column('disclosure_documents', c) FROM unnest(ARRAY[
    'source_sha256', 'source_bytes', 'media_type', 'extractor']) WITH ORDINALITY AS u(c, i) ORDER BY i;
SELECT col_type_is('disclosure_documents', c, t) FROM unnest(ARRAY[
    'source_sha256', 'source_bytes', 'media_type', 'extractor'], ARRAY[
    'text', 'bigint', 'text', 'text']) WITH ORDINALITY AS u(c, t, i) ORDER BY i;

------------------------------------------------------ nullable, commented (8)
SELECT col_is_null('disclosure_documents', c) FROM unnest(ARRAY[
    'source_sha256', 'source_bytes', 'media_type', 'extractor']) WITH ORDINALITY AS u(c, i) ORDER BY i;
SELECT ok(col_description('disclosure_documents'::regclass, a.attnum) IS NOT NULL,
          format('column disclosure_documents.%s has a comment', c))
FROM unnest(ARRAY['source_sha256', 'source_bytes', 'media_type', 'extractor'])
     WITH ORDINALITY AS u(c, i)
JOIN pg_attribute a ON a.attrelid = 'disclosure_documents'::regclass AND a.attname = u.c
ORDER BY i;

------------------------------------------------------ the functions (14)
SELECT has_function('disclosure_load', ARRAY['text', 'text', 'text', 'bigint', 'text', 'text']::name[]);
SELECT is(pg_get_function_result('disclosure_load(text, text, text, bigint, text, text)'::regprocedure),
          'TABLE(document_id bigint, reports integer, already_loaded boolean)',
          'disclosure_load with six arguments returns what the one with two does');
SELECT volatility_is('disclosure_load', ARRAY['text', 'text', 'text', 'bigint', 'text', 'text']::name[], 'volatile');
SELECT is_strict('disclosure_load', ARRAY['text', 'text', 'text', 'bigint', 'text', 'text']::name[]);
SELECT isnt_definer('disclosure_load', ARRAY['text', 'text', 'text', 'bigint', 'text', 'text']::name[]);
SELECT has_function('disclosure_record_original', ARRAY['bigint', 'text', 'bigint', 'text', 'text']::name[]);
SELECT function_returns('disclosure_record_original', ARRAY['bigint', 'text', 'bigint', 'text', 'text']::name[], 'boolean');
SELECT volatility_is('disclosure_record_original', ARRAY['bigint', 'text', 'bigint', 'text', 'text']::name[], 'volatile');
SELECT is_definer('disclosure_record_original', ARRAY['bigint', 'text', 'bigint', 'text', 'text']::name[]);
SELECT is((SELECT proowner FROM pg_proc WHERE oid = 'disclosure_record_original(bigint, text, bigint, text, text)'::regprocedure),
          (SELECT proowner FROM pg_proc WHERE oid = 'disclosure_load(text, text)'::regprocedure),
          'disclosure_record_original belongs to whoever owns disclosure_load(text, text)');
SELECT is((SELECT array_agg(c ORDER BY c) FROM pg_proc, unnest(proconfig) AS c
           WHERE oid = f::regprocedure),
          ARRAY['search_path=pg_catalog, pg_temp'],
          format('%s pins search_path', f))
FROM unnest(ARRAY['disclosure_load(text, text, text, bigint, text, text)',
                  'disclosure_record_original(bigint, text, bigint, text, text)']) WITH ORDINALITY AS u(f, i)
ORDER BY i;
SELECT ok(obj_description(f::regprocedure, 'pg_proc') IS NOT NULL, format('function %s has a comment', f))
FROM unnest(ARRAY['disclosure_load(text, text, text, bigint, text, text)',
                  'disclosure_record_original(bigint, text, bigint, text, text)']) WITH ORDINALITY AS u(f, i)
ORDER BY i;

------------------------------------------------------ what they write (10), who may (1)
CREATE TEMP TABLE got AS
SELECT * FROM disclosure_load('a.pdf', 'not a report, from a PDF',
                              repeat('ab', 32), 12345, 'application/pdf', 'poppler-cpp physical layout');
SELECT is((SELECT reports FROM got), 0, 'a text with no report is stored');
SELECT is((SELECT already_loaded FROM got), false, 'the first time');
SELECT is((SELECT (source_sha256, source_bytes, media_type, extractor)::text
           FROM disclosure_documents WHERE id = (SELECT document_id FROM got)),
          (repeat('ab', 32), 12345, 'application/pdf', 'poppler-cpp physical layout')::text,
          'the record of the original is stored with the document');
SELECT is((SELECT already_loaded FROM disclosure_load('b.docx', 'not a report, from a PDF',
                                                      repeat('cd', 32), 1, 'text/html', 'other')),
          true, 'the same text from another file is already loaded');
SELECT is((SELECT media_type FROM disclosure_documents WHERE id = (SELECT document_id FROM got)),
          'application/pdf', 'and keeps the record it had');
CREATE TEMP TABLE two AS SELECT * FROM disclosure_load('c.txt', 'not a report either');
SELECT is((SELECT (source_sha256, source_bytes, media_type, extractor)::text
           FROM disclosure_documents d WHERE d.id = (SELECT document_id FROM two)),
          '(,,,)', 'disclosure_load with two arguments leaves the record NULL');
SELECT is(disclosure_record_original((SELECT document_id FROM got), 'x', 1, 'x', 'x'), false,
          'a document that has its record keeps it');
SELECT is((SELECT media_type FROM disclosure_documents WHERE id = (SELECT document_id FROM got)),
          'application/pdf', 'unchanged');
-- a document stored by an earlier transaction: loaded_at is not now()
UPDATE disclosure_documents SET loaded_at = now() - interval '1 day' WHERE source = 'c.txt';
SELECT is(disclosure_record_original((SELECT id FROM disclosure_documents WHERE source = 'c.txt'),
                                     'x', 1, 'x', 'x'), false,
          'a document stored by another transaction cannot be given a record');
SELECT is((SELECT media_type FROM disclosure_documents WHERE source = 'c.txt'), NULL,
          'its record stays NULL');


-- recording takes no right beyond loading: without EXECUTE on the
-- two-argument disclosure_load, the six-argument one loads nothing
CREATE ROLE regress_originals_none;
REVOKE EXECUTE ON FUNCTION disclosure_load(text, text) FROM PUBLIC;
SET ROLE regress_originals_none;
SELECT throws_ok($$SELECT * FROM disclosure_load('d', 'e', 'f', 1, 'g', 'h')$$, '42501', NULL,
                 'a role that may not load cannot load through disclosure_load with six arguments');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
