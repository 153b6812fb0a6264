-- test/pgtap/schema.sql -- the SQL contract of the disclosure extension.
--
-- The C code builds the composites positionally, so the attribute names,
-- types and order checked here are a contract, not a detail.
-- Assumes CREATE EXTENSION pgtap and CREATE EXTENSION disclosure (test/run.sh).
BEGIN;
SELECT plan(135);

-- The attributes of a composite type as 'name type', in order.
CREATE FUNCTION pg_temp.attrs(typ regtype) RETURNS text[]
LANGUAGE sql STABLE AS $$
    SELECT array_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                     ORDER BY a.attnum)
    FROM pg_type t JOIN pg_attribute a ON a.attrelid = t.typrelid
    WHERE t.oid = typ AND a.attnum > 0 AND NOT a.attisdropped
$$;

------------------------------------------------------------------ types (6)
SELECT has_type('disclosure_counts');
SELECT has_type('disclosure_requests');
SELECT has_type('disclosure_review');
SELECT has_type('disclosure_procurement');
SELECT has_type('disclosure_proactive_item');
SELECT has_type('disclosure_report');

------------------------------------------- attribute order, all types (6)
SELECT is(pg_temp.attrs('disclosure_counts'), ARRAY[
    'natural_person integer', 'commercial integer', 'research integer',
    'social_org integer', 'legal_service integer', 'other_org integer',
    'total integer'], 'disclosure_counts attributes in contract order');

SELECT is(pg_temp.attrs('disclosure_requests'), ARRAY(
    SELECT f || ' disclosure_counts' FROM unnest(ARRAY[
        'new_received', 'carried_over', 'granted', 'partially_granted',
        'refused_state_secret', 'refused_other_law', 'refused_security',
        'refused_third_party', 'refused_internal', 'refused_process',
        'refused_enforcement_file', 'refused_inquiry',
        'unavailable_not_held', 'unavailable_needs_creation',
        'unavailable_unclear', 'declined_complaint', 'declined_repeat',
        'declined_publication', 'declined_excessive',
        'declined_confirmation', 'other_no_correction', 'other_no_fee',
        'other', 'total', 'carried_forward']) WITH ORDINALITY AS u(f, i)
    ORDER BY i), 'disclosure_requests attributes in contract order');

SELECT is(pg_temp.attrs('disclosure_review'), ARRAY[
    'upheld integer', 'corrected integer', 'other integer',
    'pending integer', 'total integer'],
    'disclosure_review attributes in contract order');

SELECT is(pg_temp.attrs('disclosure_procurement'), ARRAY[
    'projects integer', 'amount_yuan numeric'],
    'disclosure_procurement attributes in contract order');

SELECT is(pg_temp.attrs('disclosure_proactive_item'), ARRAY[
    'item text', 'measure text', 'value numeric'],
    'disclosure_proactive_item attributes in contract order');

SELECT is(pg_temp.attrs('disclosure_report'), ARRAY[
    'agency text', 'year integer', 'published date', 'template text',
    'proactive disclosure_proactive_item[]',
    'procurement disclosure_procurement', 'requests disclosure_requests',
    'review disclosure_review', 'suit_direct disclosure_review',
    'suit_after_review disclosure_review', 'stated_requests integer',
    'stated_proactive integer', 'notes text[]',
    'narrative disclosure_narrative'],
    'disclosure_report attributes in contract order');

---------------------------------------------------- disclosure_report (26)
SELECT has_column('disclosure_report', 'agency');
SELECT col_type_is('disclosure_report', 'agency', 'text');
SELECT has_column('disclosure_report', 'year');
SELECT col_type_is('disclosure_report', 'year', 'integer');
SELECT has_column('disclosure_report', 'published');
SELECT col_type_is('disclosure_report', 'published', 'date');
SELECT has_column('disclosure_report', 'template');
SELECT col_type_is('disclosure_report', 'template', 'text');
SELECT has_column('disclosure_report', 'proactive');
SELECT col_type_is('disclosure_report', 'proactive', 'disclosure_proactive_item[]');
SELECT has_column('disclosure_report', 'procurement');
SELECT col_type_is('disclosure_report', 'procurement', 'disclosure_procurement');
SELECT has_column('disclosure_report', 'requests');
SELECT col_type_is('disclosure_report', 'requests', 'disclosure_requests');
SELECT has_column('disclosure_report', 'review');
SELECT col_type_is('disclosure_report', 'review', 'disclosure_review');
SELECT has_column('disclosure_report', 'suit_direct');
SELECT col_type_is('disclosure_report', 'suit_direct', 'disclosure_review');
SELECT has_column('disclosure_report', 'suit_after_review');
SELECT col_type_is('disclosure_report', 'suit_after_review', 'disclosure_review');
SELECT has_column('disclosure_report', 'stated_requests');
SELECT col_type_is('disclosure_report', 'stated_requests', 'integer');
SELECT has_column('disclosure_report', 'stated_proactive');
SELECT col_type_is('disclosure_report', 'stated_proactive', 'integer');
SELECT has_column('disclosure_report', 'notes');
SELECT col_type_is('disclosure_report', 'notes', 'text[]');

---------------------------------------------------- disclosure_counts (14)
SELECT has_column('disclosure_counts', 'natural_person');
SELECT col_type_is('disclosure_counts', 'natural_person', 'integer');
SELECT has_column('disclosure_counts', 'commercial');
SELECT col_type_is('disclosure_counts', 'commercial', 'integer');
SELECT has_column('disclosure_counts', 'research');
SELECT col_type_is('disclosure_counts', 'research', 'integer');
SELECT has_column('disclosure_counts', 'social_org');
SELECT col_type_is('disclosure_counts', 'social_org', 'integer');
SELECT has_column('disclosure_counts', 'legal_service');
SELECT col_type_is('disclosure_counts', 'legal_service', 'integer');
SELECT has_column('disclosure_counts', 'other_org');
SELECT col_type_is('disclosure_counts', 'other_org', 'integer');
SELECT has_column('disclosure_counts', 'total');
SELECT col_type_is('disclosure_counts', 'total', 'integer');

------------------------------------- disclosure_requests, spot checks (8)
SELECT has_column('disclosure_requests', 'new_received');
SELECT col_type_is('disclosure_requests', 'new_received', 'disclosure_counts');
SELECT has_column('disclosure_requests', 'other_no_correction');
SELECT col_type_is('disclosure_requests', 'other_no_correction', 'disclosure_counts');
SELECT has_column('disclosure_requests', 'other');
SELECT col_type_is('disclosure_requests', 'other', 'disclosure_counts');
SELECT has_column('disclosure_requests', 'carried_forward');
SELECT col_type_is('disclosure_requests', 'carried_forward', 'disclosure_counts');

------------------------------------------------------------ functions (18)
SELECT has_function('disclosure_parse_all', ARRAY['text']::name[]);
SELECT function_returns('disclosure_parse_all', ARRAY['text']::name[], 'setof disclosure_report');
SELECT volatility_is('disclosure_parse_all', ARRAY['text']::name[], 'immutable');
SELECT is_strict('disclosure_parse_all', ARRAY['text']::name[]);
SELECT function_lang_is('disclosure_parse_all', ARRAY['text']::name[], 'c');

SELECT has_function('disclosure_parse', ARRAY['text']::name[]);
SELECT function_returns('disclosure_parse', ARRAY['text']::name[], 'disclosure_report');
SELECT volatility_is('disclosure_parse', ARRAY['text']::name[], 'immutable');
SELECT is_strict('disclosure_parse', ARRAY['text']::name[]);
SELECT function_lang_is('disclosure_parse', ARRAY['text']::name[], 'c');

SELECT has_function('disclosure_amount_yuan', ARRAY['text']::name[]);
SELECT function_returns('disclosure_amount_yuan', ARRAY['text']::name[], 'numeric');
SELECT volatility_is('disclosure_amount_yuan', ARRAY['text']::name[], 'immutable');
SELECT is_strict('disclosure_amount_yuan', ARRAY['text']::name[]);
SELECT function_lang_is('disclosure_amount_yuan', ARRAY['text']::name[], 'c');

SELECT is((SELECT proparallel::text FROM pg_proc
           WHERE oid = 'disclosure_parse_all(text)'::regprocedure),
          's', 'disclosure_parse_all(text) is PARALLEL SAFE');
SELECT is((SELECT proparallel::text FROM pg_proc
           WHERE oid = 'disclosure_parse(text)'::regprocedure),
          's', 'disclosure_parse(text) is PARALLEL SAFE');
SELECT is((SELECT proparallel::text FROM pg_proc
           WHERE oid = 'disclosure_amount_yuan(text)'::regprocedure),
          's', 'disclosure_amount_yuan(text) is PARALLEL SAFE');

SELECT has_function('disclosure_cells', ARRAY['text']::name[]);
SELECT function_returns('disclosure_cells', ARRAY['text']::name[], 'setof record');
SELECT volatility_is('disclosure_cells', ARRAY['text']::name[], 'immutable');
SELECT is_strict('disclosure_cells', ARRAY['text']::name[]);
SELECT function_lang_is('disclosure_cells', ARRAY['text']::name[], 'c');
SELECT is((SELECT proparallel::text FROM pg_proc
           WHERE oid = 'disclosure_cells(text)'::regprocedure),
          's', 'disclosure_cells(text) is PARALLEL SAFE');
SELECT is((SELECT pg_catalog.array_to_string(proargnames[2:], ',') FROM pg_proc
           WHERE oid = 'disclosure_cells(text)'::regprocedure),
          'report,tbl,row_name,column_name,value,how,line,source',
          'disclosure_cells returns report, tbl, row_name, column_name, value, how, line, source');
SELECT isnt(obj_description('disclosure_cells(text)'::regprocedure, 'pg_proc'), NULL,
            'disclosure_cells has a comment');

-------------------------------------------------------------- regions (45)
SELECT has_table('disclosure_divisions');
SELECT has_table('disclosure_division_aliases');
SELECT has_table('disclosure_report_places');
SELECT columns_are('disclosure_divisions', ARRAY['code', 'name', 'level', 'parent', 'short_name']);
SELECT columns_are('disclosure_report_places', ARRAY['report_id', 'province', 'province_code',
    'prefecture', 'prefecture_code', 'county', 'county_code', 'township', 'code', 'level',
    'body_kind', 'evidence']);
SELECT col_is_pk('disclosure_report_places', 'report_id');
SELECT has_type('disclosure_place');
SELECT is(pg_temp.attrs('disclosure_place'), ARRAY[
    'province text', 'province_code text', 'prefecture text', 'prefecture_code text',
    'county text', 'county_code text', 'township text', 'code text', 'level text',
    'body_kind text', 'evidence text'], 'disclosure_place attributes in order');
SELECT has_function('disclosure_place', ARRAY['text', 'text']);
SELECT function_returns('disclosure_place', ARRAY['text', 'text'], 'disclosure_place');
SELECT volatility_is('disclosure_place', ARRAY['text', 'text'], 'stable');
SELECT isnt_strict('disclosure_place', ARRAY['text', 'text']);
SELECT is((SELECT proparallel::text FROM pg_proc WHERE oid = 'disclosure_place(text,text)'::regprocedure),
          's', 'disclosure_place is PARALLEL SAFE');
SELECT ok((SELECT 'search_path=pg_catalog, pg_temp' = ANY (proconfig) FROM pg_proc
           WHERE oid = 'disclosure_place(text,text)'::regprocedure),
          'disclosure_place searches pg_catalog only');
-- what a text names of places, read once per document for all its names
SELECT has_type('disclosure_place_mentions');
SELECT is(pg_temp.attrs('disclosure_place_mentions'), ARRAY[
    'credit text', 'at integer[]', 'code text[]', 'name text[]', 'alias boolean[]'],
    'disclosure_place_mentions attributes in order');
SELECT function_returns('disclosure_place_mentions', ARRAY['text'], 'disclosure_place_mentions');
SELECT volatility_is('disclosure_place_mentions', ARRAY['text'], 'stable');
SELECT is(pg_get_function_arguments('disclosure_place_read(text,text,disclosure_place_mentions)'::regprocedure),
          'agency text, document text, INOUT mentions disclosure_place_mentions, OUT result disclosure_place',
          'disclosure_place_read takes and gives back the document''s mentions');
SELECT volatility_is('disclosure_place_read', ARRAY['text', 'text', 'disclosure_place_mentions'], 'stable');
SELECT ok((SELECT bool_and('search_path=pg_catalog, pg_temp' = ANY (proconfig)) FROM pg_proc
           WHERE oid IN ('disclosure_place_mentions(text)'::regprocedure,
                         'disclosure_place_read(text,text,disclosure_place_mentions)'::regprocedure,
                         'disclosure_places_of(bigint[])'::regprocedure)),
          'disclosure_place_mentions, disclosure_place_read and disclosure_places_of search pg_catalog only');
SELECT has_function('disclosure_division_under', ARRAY['text', 'text']);
SELECT function_returns('disclosure_division_under', ARRAY['text', 'text'], 'boolean');
SELECT volatility_is('disclosure_division_under', ARRAY['text', 'text'], 'immutable');
SELECT isnt_strict('disclosure_division_under', ARRAY['text', 'text']);
SELECT has_function('disclosure_places_of', ARRAY['bigint[]']);
SELECT function_returns('disclosure_places_of', ARRAY['bigint[]'], 'setof disclosure_report_places');
SELECT volatility_is('disclosure_places_of', ARRAY['bigint[]'], 'stable');
SELECT has_function('disclosure_report_places_sync', ARRAY[]::name[]);
SELECT function_returns('disclosure_report_places_sync', ARRAY[]::name[], 'trigger');
SELECT isnt_definer('disclosure_report_places_sync', ARRAY[]::name[]);
SELECT has_trigger('disclosure_reports', 'disclosure_report_places_insert');
SELECT has_trigger('disclosure_reports', 'disclosure_report_places_update');
SELECT has_trigger('disclosure_reports', 'disclosure_report_places_delete');
SELECT has_trigger('disclosure_reports', 'disclosure_report_places_truncate');
SELECT has_view('disclosure_requests_by_place');
SELECT has_view('disclosure_requests_by_province');
SELECT has_view('disclosure_requests_by_prefecture');
SELECT has_view('disclosure_requests_by_county');
SELECT has_view('disclosure_government_hierarchy');
SELECT is(ARRAY(SELECT a.attname::text FROM pg_attribute a
                WHERE a.attrelid = 'disclosure_requests_by_province'::regclass AND a.attnum > 3
                ORDER BY a.attnum),
          ARRAY(SELECT a.attname::text FROM pg_attribute a
                WHERE a.attrelid = 'disclosure_requests_by_year'::regclass AND a.attnum > 1
                ORDER BY a.attnum),
          'disclosure_requests_by_province has the measures of disclosure_requests_by_year');
SELECT is(ARRAY(SELECT o FROM unnest(ARRAY[
              'disclosure_divisions', 'disclosure_division_aliases', 'disclosure_report_places',
              'disclosure_requests_by_place', 'disclosure_requests_by_province',
              'disclosure_requests_by_prefecture', 'disclosure_requests_by_county',
              'disclosure_government_hierarchy']) o
          WHERE obj_description(o::regclass, 'pg_class') IS NULL)
          || ARRAY(SELECT f FROM unnest(ARRAY['disclosure_place(text,text)',
              'disclosure_division_under(text,text)', 'disclosure_places_of(bigint[])',
              'disclosure_report_places_sync()', 'disclosure_place_mentions(text)',
              'disclosure_place_read(text,text,disclosure_place_mentions)']) f
          WHERE obj_description(f::regprocedure, 'pg_proc') IS NULL)
          || ARRAY(SELECT 'type ' || t FROM unnest(ARRAY['disclosure_place', 'disclosure_place_mentions']) t
          WHERE obj_description(t::regtype, 'pg_type') IS NULL),
          ARRAY[]::text[], 'every object of the regions has a comment');
SELECT is((SELECT count(*) FROM disclosure_divisions
           WHERE code IN ('310000', '310117', '370000', '371500', '330700', '330703', '330300',
                          '350100', '350128')), 9::bigint,
          'the divisions of the issue''s examples are there');
SELECT ok(NOT EXISTS (SELECT FROM pg_extension WHERE extname = 'disclosure'
                      AND ('disclosure_report_places'::regclass = ANY (extconfig)
                           OR 'disclosure_divisions'::regclass = ANY (extconfig))),
          'neither the places nor the divisions are dumped with their rows');
SELECT ok(has_table_privilege('public', 'disclosure_divisions', 'SELECT')
          AND has_table_privilege('public', 'disclosure_report_places', 'SELECT')
          AND has_table_privilege('public', 'disclosure_government_hierarchy', 'SELECT')
          AND NOT has_table_privilege('public', 'disclosure_report_places', 'INSERT'),
          'every role reads the divisions, the places and the views, and writes none');
-- (a non-superuser calls disclosure_place: below)

----------------------------------------------- as a non-superuser role (4)
CREATE ROLE disclosure_tester NOLOGIN;

SELECT ok(has_function_privilege('disclosure_tester', 'disclosure_parse_all(text)', 'EXECUTE')
          AND has_function_privilege('disclosure_tester', 'disclosure_parse(text)', 'EXECUTE')
          AND has_function_privilege('disclosure_tester', 'disclosure_amount_yuan(text)', 'EXECUTE'),
          'a non-superuser may execute the three functions');

-- pgTAP's own state is not visible to the role, so the calls record their
-- results (or errors) in a table and are checked after RESET ROLE.
CREATE TEMP TABLE as_tester (what text PRIMARY KEY, result text);
GRANT INSERT ON as_tester TO disclosure_tester;

SET ROLE disclosure_tester;
DO $$
BEGIN
    BEGIN
        INSERT INTO as_tester
        SELECT 'parse_all', count(*)::text FROM disclosure_parse_all('hello, not a report');
    EXCEPTION WHEN OTHERS THEN
        INSERT INTO as_tester VALUES ('parse_all', 'ERROR: ' || SQLERRM);
    END;
    BEGIN
        INSERT INTO as_tester
        SELECT 'amount', disclosure_amount_yuan('7.63182亿元')::text;
    EXCEPTION WHEN OTHERS THEN
        INSERT INTO as_tester VALUES ('amount', 'ERROR: ' || SQLERRM);
    END;
    BEGIN
        INSERT INTO as_tester
        SELECT 'place', p.province || '/' || p.prefecture || ' ' || p.code
        FROM disclosure_place('聊城市机关事务管理局') p;
    EXCEPTION WHEN OTHERS THEN
        INSERT INTO as_tester VALUES ('place', 'ERROR: ' || SQLERRM);
    END;
END
$$;
RESET ROLE;

SELECT is((SELECT result FROM as_tester WHERE what = 'parse_all'), '0',
          'a non-superuser can call disclosure_parse_all; a text with no report gives no rows');
SELECT is((SELECT CASE WHEN result ~ '^-?[0-9]+(\.[0-9]+)?$' THEN
                  CASE WHEN result::numeric = 763182000 THEN '763182000' ELSE result END
                ELSE result END
           FROM as_tester WHERE what = 'amount'),
          '763182000',
          'a non-superuser can call disclosure_amount_yuan: 7.63182亿元 = 763182000');

SELECT is((SELECT result FROM as_tester WHERE what = 'place'), '山东省/聊城市 371500',
          'a non-superuser can call disclosure_place: 聊城市机关事务管理局 is in 山东省/聊城市, 371500');

SELECT * FROM finish();
ROLLBACK;
