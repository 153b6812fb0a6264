-- test/pgtap/checks_storage.sql -- the checks, the stored reports and the
-- views: their catalogue entries, their comments, pg_dump registration, and
-- their use by a role without superuser.
--
-- Assumes CREATE EXTENSION pgtap and CREATE EXTENSION disclosure (test/run.sh).
-- Everything happens in one transaction that is rolled back, including the
-- role created below and the rows loaded as that role (only the identity
-- sequences of the two tables stay advanced, as sequences do).
BEGIN;
SELECT plan(129);

-- A minimal real report: the title line and sections 二, 三 and 四 of
-- test/data/seeds/003_5c245e0f5975cf67.txt, verbatim (all of its tables are
-- zero but for 21 procurement projects worth 127014 yuan).
CREATE FUNCTION pg_temp.report_text() RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$ SELECT $report$根据《中华人民共和国政府信息公开条例》(以下简称《条例》)、《浙江省政府信息公开暂行办法》(以下简称《暂行办法》)的要求,向社会公开《金东区鞋塘办事处2020年政府信息公开工作年度报告》。本报告按照我处实际信息公开工作情况编制而成。根据《条例》和有关文件要求,全文包括:总体情况,主动公开政府信息情况,依申请公开政府信息和不予公开政府信息情况,政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况,其他需要报告的事项。本年度报告中所列数据的统计期限:2020年1月1日至2020年12月31日。
二、主动公开政府信息情况
第二十条第(一)项 | ||||
信息内容 | 本年新 | 本年新 | 对外公开总数量 | |
规章 | 0 | 0 | 0 | |
规范性文件 | 0 | 0 | 0 | |
第二十条第(五)项 | ||||
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |
行政许可 | 0 | 0 | 0 | |
其他对外管理服务事项 | 0 | 0 | 0 | |
第二十条第(六)项 | ||||
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |
行政处罚 | 0 | 0 | 0 | |
行政强制 | 0 | 0 | 0 | |
第二十条第(八)项 | ||||
信息内容 | 上一年项目数量 | 本年增/减 | ||
行政事业性收费 | 0 | 0 | ||
第二十条第(九)项 | ||||
信息内容 | 采购项目数量 | 采购总金额 | ||
政府集中采购 | 21次 | 127014元 |
三、收到和处理政府信息公开申请情况
(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||
自然人 | 法人或其他组织 | 总计 | |||||||
商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||
一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
三、本年度办理结果 | (一)予以公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |
(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |
2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
(四)无法提供 | 1.本机关不掌握相关政府信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |
2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
(五)不予处理 | 1.信访举报投诉类申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |
2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
5.要求行政机关确认或重新出具已获取信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
(六)其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
(七)总计 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
四、政府信息公开行政复议、行政诉讼情况
行政复议 | 行政诉讼 | |||||||||||||
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | |||||
0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
$report$::text $fn$;

-- The same report with one more request carried forward than the table
-- balances: 结转下年度 natural_person and total 1 instead of 0.
CREATE FUNCTION pg_temp.unbalanced_text() RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT replace(pg_temp.report_text(),
                   '四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
                   '四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |')
$fn$;

-- The same report, titled as the body's report for the next year, 2021.
CREATE FUNCTION pg_temp.next_year_text() RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT replace(pg_temp.report_text(),
                   '《金东区鞋塘办事处2020年', '《金东区鞋塘办事处2021年')
$fn$;

-- The hex SHA-256 disclosure_documents.sha256 should hold for a text.
CREATE FUNCTION pg_temp.sha256_hex(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$ SELECT encode(sha256(convert_to(t, 'UTF8')), 'hex') $fn$;

--------------------------------------------------- check functions (20)
SELECT has_function('disclosure_check', ARRAY['disclosure_report']::name[]);
SELECT function_returns('disclosure_check', ARRAY['disclosure_report']::name[], 'setof record');
SELECT is(pg_get_function_result('disclosure_check(disclosure_report)'::regprocedure),
          'TABLE(rule text, severity text, location text, expected numeric, actual numeric, message text)',
          'disclosure_check(disclosure_report) returns the finding columns');
SELECT volatility_is('disclosure_check', ARRAY['disclosure_report']::name[], 'immutable');
SELECT is_strict('disclosure_check', ARRAY['disclosure_report']::name[]);
SELECT function_lang_is('disclosure_check', ARRAY['disclosure_report']::name[], 'c');
SELECT is((SELECT proparallel::text FROM pg_proc
           WHERE oid = 'disclosure_check(disclosure_report)'::regprocedure),
          's', 'disclosure_check(disclosure_report) is PARALLEL SAFE');

SELECT has_function('disclosure_is_consistent', ARRAY['disclosure_report']::name[]);
SELECT function_returns('disclosure_is_consistent', ARRAY['disclosure_report']::name[], 'boolean');
SELECT volatility_is('disclosure_is_consistent', ARRAY['disclosure_report']::name[], 'immutable');
SELECT is_strict('disclosure_is_consistent', ARRAY['disclosure_report']::name[]);
SELECT function_lang_is('disclosure_is_consistent', ARRAY['disclosure_report']::name[], 'c');
SELECT is((SELECT proparallel::text FROM pg_proc
           WHERE oid = 'disclosure_is_consistent(disclosure_report)'::regprocedure),
          's', 'disclosure_is_consistent(disclosure_report) is PARALLEL SAFE');

SELECT has_function('disclosure_check_continuity',
                    ARRAY['disclosure_report', 'disclosure_report']::name[]);
SELECT function_returns('disclosure_check_continuity',
                        ARRAY['disclosure_report', 'disclosure_report']::name[], 'setof record');
SELECT is(pg_get_function_result('disclosure_check_continuity(disclosure_report, disclosure_report)'::regprocedure),
          'TABLE(rule text, severity text, location text, expected numeric, actual numeric, message text)',
          'disclosure_check_continuity(disclosure_report, disclosure_report) returns the finding columns');
SELECT volatility_is('disclosure_check_continuity',
                     ARRAY['disclosure_report', 'disclosure_report']::name[], 'immutable');
SELECT is_strict('disclosure_check_continuity',
                 ARRAY['disclosure_report', 'disclosure_report']::name[]);
SELECT function_lang_is('disclosure_check_continuity',
                        ARRAY['disclosure_report', 'disclosure_report']::name[], 'c');
SELECT is((SELECT proparallel::text FROM pg_proc
           WHERE oid = 'disclosure_check_continuity(disclosure_report, disclosure_report)'::regprocedure),
          's', 'disclosure_check_continuity(disclosure_report, disclosure_report) is PARALLEL SAFE');

------------------------------------------------------ disclosure_load (8)
SELECT has_function('disclosure_load', ARRAY['text', 'text']::name[]);
SELECT function_returns('disclosure_load', ARRAY['text', 'text']::name[], 'setof record');
SELECT is(pg_get_function_result('disclosure_load(text, text)'::regprocedure),
          'TABLE(document_id bigint, reports integer, already_loaded boolean)',
          'disclosure_load(text, text) returns (document_id, reports, already_loaded)');
SELECT volatility_is('disclosure_load', ARRAY['text', 'text']::name[], 'volatile');
SELECT is_strict('disclosure_load', ARRAY['text', 'text']::name[]);
SELECT function_lang_is('disclosure_load', ARRAY['text', 'text']::name[], 'plpgsql');
SELECT is_definer('disclosure_load', ARRAY['text', 'text']::name[]);
-- a SECURITY DEFINER function must not look up names in the caller's schemas
SELECT ok((SELECT bool_or(c LIKE 'search_path=%pg_temp')
           FROM pg_proc, unnest(proconfig) AS c
           WHERE oid = 'disclosure_load(text, text)'::regprocedure),
          'disclosure_load(text, text) pins search_path, with pg_temp last');

------------------------------------------------------------- tables (27)
SELECT has_table('disclosure_documents');
SELECT has_column('disclosure_documents', 'id');
SELECT col_type_is('disclosure_documents', 'id', 'bigint');
SELECT has_column('disclosure_documents', 'source');
SELECT col_type_is('disclosure_documents', 'source', 'text');
SELECT has_column('disclosure_documents', 'raw');
SELECT col_type_is('disclosure_documents', 'raw', 'text');
SELECT has_column('disclosure_documents', 'sha256');
SELECT col_type_is('disclosure_documents', 'sha256', 'text');
SELECT has_column('disclosure_documents', 'loaded_at');
SELECT col_type_is('disclosure_documents', 'loaded_at', 'timestamp with time zone');
SELECT has_column('disclosure_documents', 'note');
SELECT col_type_is('disclosure_documents', 'note', 'text');
SELECT col_is_pk('disclosure_documents', 'id');
SELECT col_is_unique('disclosure_documents', 'sha256');

SELECT has_table('disclosure_reports');
SELECT has_column('disclosure_reports', 'id');
SELECT col_type_is('disclosure_reports', 'id', 'bigint');
SELECT has_column('disclosure_reports', 'document_id');
SELECT col_type_is('disclosure_reports', 'document_id', 'bigint');
SELECT has_column('disclosure_reports', 'ordinal');
SELECT col_type_is('disclosure_reports', 'ordinal', 'integer');
SELECT has_column('disclosure_reports', 'report');
SELECT col_type_is('disclosure_reports', 'report', 'disclosure_report');
SELECT col_is_pk('disclosure_reports', 'id');
SELECT col_is_unique('disclosure_reports', ARRAY['document_id', 'ordinal']::name[]);
SELECT fk_ok('disclosure_reports', 'document_id', 'disclosure_documents', 'id');

-------------------------------------------------------------- views (10)
SELECT has_view('disclosure_request_cells');
SELECT has_view('disclosure_request_totals');
SELECT has_view('disclosure_requests_rollup');
SELECT has_view('disclosure_requests_by_year');
SELECT has_view('disclosure_requests_by_agency');
SELECT has_view('disclosure_procurement_by_report');
SELECT has_view('disclosure_procurement_by_year');
SELECT has_view('disclosure_litigation');
SELECT has_view('disclosure_litigation_by_year');
SELECT has_view('disclosure_findings');

----------------------------------------------------------- comments (23)
SELECT ok(obj_description(c::regclass, 'pg_class') IS NOT NULL,
          format('%s has a comment', c))
FROM unnest(ARRAY[
    'disclosure_documents', 'disclosure_reports',
    'disclosure_request_cells', 'disclosure_request_totals',
    'disclosure_requests_rollup', 'disclosure_requests_by_year',
    'disclosure_requests_by_agency', 'disclosure_procurement_by_report',
    'disclosure_procurement_by_year', 'disclosure_litigation',
    'disclosure_litigation_by_year', 'disclosure_findings'])
     WITH ORDINALITY AS u(c, i)
ORDER BY i;

SELECT ok(obj_description(f::regprocedure, 'pg_proc') IS NOT NULL,
          format('function %s has a comment', f))
FROM unnest(ARRAY[
    'disclosure_parse_all(text)', 'disclosure_parse(text)',
    'disclosure_amount_yuan(text)', 'disclosure_check(disclosure_report)',
    'disclosure_is_consistent(disclosure_report)',
    'disclosure_check_continuity(disclosure_report, disclosure_report)',
    'disclosure_load(text, text)'])
     WITH ORDINALITY AS u(f, i)
ORDER BY i;

SELECT ok(col_description('disclosure_documents'::regclass,
                          (SELECT a.attnum FROM pg_attribute a
                           WHERE a.attrelid = 'disclosure_documents'::regclass
                             AND a.attname = c)) IS NOT NULL,
          format('column disclosure_documents.%s has a comment', c))
FROM unnest(ARRAY['source', 'raw', 'sha256', 'note']) WITH ORDINALITY AS u(c, i)
ORDER BY i;

------------------------------------------------------ pg_dump config (3)
SELECT ok((SELECT extconfig @> ARRAY['disclosure_documents'::regclass::oid]
           FROM pg_extension WHERE extname = 'disclosure'),
          'pg_dump dumps the rows of disclosure_documents (extconfig)');
SELECT ok((SELECT extconfig @> ARRAY['disclosure_reports'::regclass::oid]
           FROM pg_extension WHERE extname = 'disclosure'),
          'pg_dump dumps the rows of disclosure_reports (extconfig)');
SELECT ok((SELECT extconfig @> ARRAY['disclosure_documents_id_seq'::regclass::oid,
                                     'disclosure_reports_id_seq'::regclass::oid]
           FROM pg_extension WHERE extname = 'disclosure'),
          'pg_dump dumps the state of both identity sequences (extconfig)');

------------------------------------------------- checks on the report (7)
SELECT results_eq(
    $$SELECT agency, year, template, notes FROM disclosure_parse_all(pg_temp.report_text())$$,
    $$VALUES ('金东区鞋塘办事处'::text, 2020, '2019'::text, '{}'::text[])$$,
    'the minimal report parses as one clean 2019-template report of 金东区鞋塘办事处 for 2020');
SELECT is(disclosure_is_consistent(disclosure_parse(pg_temp.report_text())), true,
          'disclosure_is_consistent is true for the minimal report');
SELECT is_empty(
    $$SELECT * FROM disclosure_check(disclosure_parse(pg_temp.report_text()))$$,
    'disclosure_check finds nothing in the minimal report');
-- the counter-check: the same checks do see a broken balance
SELECT is(disclosure_is_consistent(disclosure_parse(pg_temp.unbalanced_text())), false,
          'disclosure_is_consistent is false when table 三 does not balance');
SELECT results_eq(
    $$SELECT rule, severity, location, expected, actual
      FROM disclosure_check(disclosure_parse(pg_temp.unbalanced_text()))
      ORDER BY location$$,
    $$VALUES ('balance'::text, 'error'::text,
              'requests balance, column natural_person (自然人)'::text, 0::numeric, 1::numeric),
             ('balance', 'error', 'requests balance, column total (总计)', 0, 1)$$,
    'disclosure_check reports the unbalanced columns as balance errors');
SELECT throws_ok(
    $$SELECT * FROM disclosure_check_continuity(disclosure_parse(pg_temp.report_text()),
                                                disclosure_parse(pg_temp.report_text()))$$,
    '22023', 'reports are not consecutive years of one body',
    'disclosure_check_continuity refuses one report compared with itself');
SELECT is_empty(
    $$SELECT * FROM disclosure_check_continuity(disclosure_parse(pg_temp.report_text()),
                                                disclosure_parse(pg_temp.next_year_text()))$$,
    'disclosure_check_continuity accepts the body''s next year and finds nothing to report');

----------------------------------------- as a role without superuser (31)
-- Start from empty storage (inside this transaction only), so that the
-- views show exactly the one report loaded below.
DELETE FROM disclosure_documents;

CREATE ROLE regress_disclosure_tap NOLOGIN;
-- pgTAP keeps its state in temporary tables it grants to PUBLIC, so its
-- functions work under SET ROLE.
SET ROLE regress_disclosure_tap;

SELECT is(current_user::text, 'regress_disclosure_tap', 'running as regress_disclosure_tap');
SELECT ok(NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user),
          'regress_disclosure_tap is not a superuser');

-- load, and load the same text again (under another source name)
SELECT results_eq(
    $$SELECT reports, already_loaded
      FROM disclosure_load('test/pgtap/checks_storage.sql', pg_temp.report_text())$$,
    $$VALUES (1, false)$$,
    'a role without superuser can load a document: one report, newly loaded');
SELECT results_eq(
    $$SELECT source, raw, sha256, note FROM disclosure_documents$$,
    $$VALUES ('test/pgtap/checks_storage.sql'::text, pg_temp.report_text(),
              pg_temp.sha256_hex(pg_temp.report_text()), NULL::text)$$,
    'disclosure_documents holds the document as given, with its SHA-256 and no note');
SELECT results_eq(
    $$SELECT r.ordinal, (r.report).agency, (r.report).year
      FROM disclosure_reports r JOIN disclosure_documents d ON d.id = r.document_id$$,
    $$VALUES (1, '金东区鞋塘办事处'::text, 2020)$$,
    'disclosure_reports holds its one report, ordinal 1');
SELECT results_eq(
    $$SELECT document_id, reports, already_loaded
      FROM disclosure_load('another/name.txt', pg_temp.report_text())$$,
    $$SELECT id, 1, true FROM disclosure_documents$$,
    'loading the same text again returns the stored document with already_loaded = true');
SELECT is((SELECT count(*) FROM disclosure_documents), 1::bigint,
          'the second load added no document');
SELECT is((SELECT count(*) FROM disclosure_reports), 1::bigint,
          'the second load added no report');

-- every view is readable
SELECT lives_ok(format('SELECT * FROM %I', v), format('the role can SELECT from %s', v))
FROM unnest(ARRAY[
    'disclosure_request_cells', 'disclosure_request_totals',
    'disclosure_requests_rollup', 'disclosure_requests_by_year',
    'disclosure_requests_by_agency', 'disclosure_procurement_by_report',
    'disclosure_procurement_by_year', 'disclosure_litigation',
    'disclosure_litigation_by_year', 'disclosure_findings'])
     WITH ORDINALITY AS u(v, i)
ORDER BY i;

-- and shows the loaded report
SELECT results_eq(
    $$SELECT count(*), count(DISTINCT outcome), sum(count) FROM disclosure_request_cells$$,
    $$VALUES (161::bigint, 23::bigint, 0::bigint)$$,
    'disclosure_request_cells: 23 rows of the 2019 template × 7 columns, all 0');
SELECT results_eq(
    $$SELECT agency, year, template, new_received, refused, total, carried_forward
      FROM disclosure_request_totals$$,
    $$VALUES ('金东区鞋塘办事处'::text, 2020, '2019'::text, 0, 0, 0, 0)$$,
    'disclosure_request_totals shows the report');
SELECT results_eq(
    $$SELECT grouped_by, year, agency, reports FROM disclosure_requests_rollup
      ORDER BY grouped_by$$,
    $$VALUES ('agency'::text, NULL::int, '金东区鞋塘办事处'::text, 1::bigint),
             ('year', 2020, NULL, 1)$$,
    'disclosure_requests_rollup groups the report by agency and by year');
SELECT results_eq(
    $$SELECT year, reports, incomplete_reports, new_received, total, grant_rate
      FROM disclosure_requests_by_year$$,
    $$VALUES (2020, 1::bigint, 0::bigint, 0::bigint, 0::bigint, NULL::numeric)$$,
    'disclosure_requests_by_year: one complete report for 2020, no grant rate over 0 requests');
SELECT results_eq(
    $$SELECT agency, reports, incomplete_reports, total FROM disclosure_requests_by_agency$$,
    $$VALUES ('金东区鞋塘办事处'::text, 1::bigint, 0::bigint, 0::bigint)$$,
    'disclosure_requests_by_agency shows the agency');
SELECT results_eq(
    $$SELECT agency, year, projects, amount_yuan FROM disclosure_procurement_by_report$$,
    $$VALUES ('金东区鞋塘办事处'::text, 2020, 21, 127014::numeric)$$,
    'disclosure_procurement_by_report: 21 projects, 127014 yuan');
SELECT results_eq(
    $$SELECT year, reports, projects, amount_yuan FROM disclosure_procurement_by_year$$,
    $$VALUES (2020, 1::bigint, 21::bigint, 127014::numeric)$$,
    'disclosure_procurement_by_year: 2020, 21 projects, 127014 yuan');
SELECT results_eq(
    $$SELECT agency, year, review_total, suits_direct, suits_after_review, review_loss_rate
      FROM disclosure_litigation$$,
    $$VALUES ('金东区鞋塘办事处'::text, 2020, 0, 0, 0, NULL::numeric)$$,
    'disclosure_litigation: no reviews or suits, so no loss rate');
SELECT results_eq(
    $$SELECT year, reports, reviews, suits_direct FROM disclosure_litigation_by_year$$,
    $$VALUES (2020, 1::bigint, 0::bigint, 0::bigint)$$,
    'disclosure_litigation_by_year: 2020, no reviews or suits');
SELECT is_empty('SELECT * FROM disclosure_findings',
                'disclosure_findings: nothing to report for the one consistent report');

-- but the tables cannot be written directly
SELECT throws_ok(
    $$INSERT INTO disclosure_documents (source, raw, sha256) VALUES ('x', 'x', 'x')$$,
    '42501', 'permission denied for table disclosure_documents',
    'the role cannot INSERT into disclosure_documents directly');
SELECT throws_ok(
    $$INSERT INTO disclosure_reports (document_id, ordinal, report)
      SELECT id, 2, disclosure_parse(raw) FROM disclosure_documents$$,
    '42501', 'permission denied for table disclosure_reports',
    'the role cannot INSERT into disclosure_reports directly');
SELECT throws_ok(
    'DELETE FROM disclosure_documents',
    '42501', 'permission denied for table disclosure_documents',
    'the role cannot DELETE from disclosure_documents');

RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
