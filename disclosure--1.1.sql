/* disclosure--1.1.sql */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION disclosure" to load this file. \quit

-- Rules for this script and every later one (test/security/ checks them):
-- it runs as the bootstrap superuser (the extension is trusted) with a
-- search_path that holds the target schema, where others may have created
-- operators and functions first. So nothing is resolved through search_path:
-- extension objects are named @extschema@.x, built-in functions
-- pg_catalog.f, operators OPERATOR(pg_catalog.op), types pg_catalog.t;
-- NULLIF, IN (...), IS DISTINCT FROM and CASE x WHEN are not used, because
-- they look up "=" by search_path. A function in a language other than C
-- has SET search_path = pg_catalog, pg_temp. Each version change has an
-- update script that brings an installed database to exactly what this
-- script creates (test/security/update.sh compares the two).
--
-- The C code builds these composites positionally: the names, types and the
-- ORDER of the attributes below are a contract with src/. Do not reorder.
--
-- Throughout: a NULL value means the cell was blank or could not be read,
-- never zero; the report's notes say which. The one exception: blank cells
-- of a table-三 row whose printed total is 0 are 0 (counts cannot be
-- negative), and a note says so.

--------------------------------------------------------------------------------
-- One row of table 三 (requests): one count per applicant column.
--------------------------------------------------------------------------------
CREATE TYPE @extschema@.disclosure_counts AS (
    natural_person  pg_catalog.int4,
    commercial      pg_catalog.int4,
    research        pg_catalog.int4,
    social_org      pg_catalog.int4,
    legal_service   pg_catalog.int4,
    other_org       pg_catalog.int4,
    total           pg_catalog.int4
);

COMMENT ON TYPE @extschema@.disclosure_counts IS
'One row of table 三 (requests received and handled) of a government information-disclosure annual report: a count of requests per applicant column, in the order of the national template. A NULL field means the cell was blank or unreadable, never zero; only in a row whose printed total is 0 are blank cells read as 0, with a note.';
COMMENT ON COLUMN @extschema@.disclosure_counts.natural_person IS 'Column 自然人: requests from natural persons.';
COMMENT ON COLUMN @extschema@.disclosure_counts.commercial IS 'Column 法人或其他组织 / 商业企业: commercial enterprises.';
COMMENT ON COLUMN @extschema@.disclosure_counts.research IS 'Column 法人或其他组织 / 科研机构: research institutions.';
COMMENT ON COLUMN @extschema@.disclosure_counts.social_org IS 'Column 法人或其他组织 / 社会公益组织: public-interest organisations.';
COMMENT ON COLUMN @extschema@.disclosure_counts.legal_service IS 'Column 法人或其他组织 / 法律服务机构: legal-service providers.';
COMMENT ON COLUMN @extschema@.disclosure_counts.other_org IS 'Column 法人或其他组织 / 其他: other legal persons and organisations.';
COMMENT ON COLUMN @extschema@.disclosure_counts.total IS 'Column 总计 as printed in the report (not recomputed; it should equal the sum of the six applicant columns).';

--------------------------------------------------------------------------------
-- Table 三 (requests): every row of the table, in template order.
--------------------------------------------------------------------------------
CREATE TYPE @extschema@.disclosure_requests AS (
    new_received                @extschema@.disclosure_counts,
    carried_over                @extschema@.disclosure_counts,
    granted                     @extschema@.disclosure_counts,
    partially_granted           @extschema@.disclosure_counts,
    refused_state_secret        @extschema@.disclosure_counts,
    refused_other_law           @extschema@.disclosure_counts,
    refused_security            @extschema@.disclosure_counts,
    refused_third_party         @extschema@.disclosure_counts,
    refused_internal            @extschema@.disclosure_counts,
    refused_process             @extschema@.disclosure_counts,
    refused_enforcement_file    @extschema@.disclosure_counts,
    refused_inquiry             @extschema@.disclosure_counts,
    unavailable_not_held        @extschema@.disclosure_counts,
    unavailable_needs_creation  @extschema@.disclosure_counts,
    unavailable_unclear         @extschema@.disclosure_counts,
    declined_complaint          @extschema@.disclosure_counts,
    declined_repeat             @extschema@.disclosure_counts,
    declined_publication        @extschema@.disclosure_counts,
    declined_excessive          @extschema@.disclosure_counts,
    declined_confirmation       @extschema@.disclosure_counts,
    other_no_correction         @extschema@.disclosure_counts,
    other_no_fee                @extschema@.disclosure_counts,
    other                       @extschema@.disclosure_counts,
    total                       @extschema@.disclosure_counts,
    carried_forward             @extschema@.disclosure_counts
);

COMMENT ON TYPE @extschema@.disclosure_requests IS
'Table 三 (收到和处理政府信息公开申请情况) of an annual report: one disclosure_counts per row, in template order. The template states new_received + carried_over = total + carried_forward. In the 2019 template the single （六）其他处理 row is stored in "other", and other_no_correction and other_no_fee are NULL.';
COMMENT ON COLUMN @extschema@.disclosure_requests.new_received IS '一、本年新收政府信息公开申请数量: new requests received this year.';
COMMENT ON COLUMN @extschema@.disclosure_requests.carried_over IS '二、上年结转政府信息公开申请数量: requests carried over from last year.';
COMMENT ON COLUMN @extschema@.disclosure_requests.granted IS '三（一）予以公开: granted.';
COMMENT ON COLUMN @extschema@.disclosure_requests.partially_granted IS '三（二）部分公开: partially granted (a split answer counts here only).';
COMMENT ON COLUMN @extschema@.disclosure_requests.refused_state_secret IS '三（三）1. 属于国家秘密: refused, state secret.';
COMMENT ON COLUMN @extschema@.disclosure_requests.refused_other_law IS '三（三）2. 其他法律行政法规禁止公开: refused, barred by another law or regulation.';
COMMENT ON COLUMN @extschema@.disclosure_requests.refused_security IS '三（三）3. 危及"三安全一稳定": refused, endangers security or stability.';
COMMENT ON COLUMN @extschema@.disclosure_requests.refused_third_party IS '三（三）4. 保护第三方合法权益: refused, protects third-party rights.';
COMMENT ON COLUMN @extschema@.disclosure_requests.refused_internal IS '三（三）5. 属于三类内部事务信息: refused, internal-affairs information.';
COMMENT ON COLUMN @extschema@.disclosure_requests.refused_process IS '三（三）6. 属于四类过程性信息: refused, deliberative-process information.';
COMMENT ON COLUMN @extschema@.disclosure_requests.refused_enforcement_file IS '三（三）7. 属于行政执法案卷: refused, administrative-enforcement file.';
COMMENT ON COLUMN @extschema@.disclosure_requests.refused_inquiry IS '三（三）8. 属于行政查询事项: refused, administrative look-up matter.';
COMMENT ON COLUMN @extschema@.disclosure_requests.unavailable_not_held IS '三（四）1. 本机关不掌握相关政府信息: cannot be provided, not held.';
COMMENT ON COLUMN @extschema@.disclosure_requests.unavailable_needs_creation IS '三（四）2. 没有现成信息需要另行制作: cannot be provided, would have to be created.';
COMMENT ON COLUMN @extschema@.disclosure_requests.unavailable_unclear IS '三（四）3. 补正后申请内容仍不明确: cannot be provided, still unclear after correction.';
COMMENT ON COLUMN @extschema@.disclosure_requests.declined_complaint IS '三（五）1. 信访举报投诉类申请: not processed, petition or complaint.';
COMMENT ON COLUMN @extschema@.disclosure_requests.declined_repeat IS '三（五）2. 重复申请: not processed, repeated request.';
COMMENT ON COLUMN @extschema@.disclosure_requests.declined_publication IS '三（五）3. 要求提供公开出版物: not processed, asks for publications.';
COMMENT ON COLUMN @extschema@.disclosure_requests.declined_excessive IS '三（五）4. 无正当理由大量反复申请: not processed, mass repeated requests without reason.';
COMMENT ON COLUMN @extschema@.disclosure_requests.declined_confirmation IS '三（五）5. 要求行政机关确认或重新出具已获取信息: not processed, asks to confirm or re-issue information already held.';
COMMENT ON COLUMN @extschema@.disclosure_requests.other_no_correction IS '三（六）1. 申请人无正当理由逾期不补正: other handling, applicant did not supply the correction (2021 template only; NULL for the 2019 template).';
COMMENT ON COLUMN @extschema@.disclosure_requests.other_no_fee IS '三（六）2. 申请人逾期未按收费通知要求缴纳费用: other handling, applicant did not pay the fee (2021 template only; NULL for the 2019 template).';
COMMENT ON COLUMN @extschema@.disclosure_requests.other IS '三（六）3. 其他 in the 2021 template; in the 2019 template the single （六）其他处理 row.';
COMMENT ON COLUMN @extschema@.disclosure_requests.total IS '三（七）总计: total of all outcomes, as printed.';
COMMENT ON COLUMN @extschema@.disclosure_requests.carried_forward IS '四、结转下年度继续办理: carried forward to next year.';

--------------------------------------------------------------------------------
-- Table 四: one block of five numbers (review, or one kind of lawsuit).
--------------------------------------------------------------------------------
CREATE TYPE @extschema@.disclosure_review AS (
    upheld      pg_catalog.int4,
    corrected   pg_catalog.int4,
    other       pg_catalog.int4,
    pending     pg_catalog.int4,
    total       pg_catalog.int4
);

COMMENT ON TYPE @extschema@.disclosure_review IS
'One block of table 四 (行政复议、行政诉讼): administrative review (行政复议), or litigation sued directly (未经复议直接起诉) or after review (复议后起诉). Counts of cases; total should equal the sum of the four parts. A NULL field means the cell was blank or unreadable, never zero.';
COMMENT ON COLUMN @extschema@.disclosure_review.upheld IS '结果维持: decision upheld.';
COMMENT ON COLUMN @extschema@.disclosure_review.corrected IS '结果纠正: decision corrected, i.e. the body lost.';
COMMENT ON COLUMN @extschema@.disclosure_review.other IS '其他结果: other outcome.';
COMMENT ON COLUMN @extschema@.disclosure_review.pending IS '尚未审结: not yet concluded.';
COMMENT ON COLUMN @extschema@.disclosure_review.total IS '总计: total, as printed.';

--------------------------------------------------------------------------------
-- Table 二, 第(九)项 (2019 template only): central government procurement.
--------------------------------------------------------------------------------
CREATE TYPE @extschema@.disclosure_procurement AS (
    projects    pg_catalog.int4,
    amount_yuan pg_catalog.numeric
);

COMMENT ON TYPE @extschema@.disclosure_procurement IS
'Table 二, 第二十条第（九）项 政府集中采购 (2019 template only; NULL in the 2021 template): number of procurement projects and their total amount. A NULL field means the cell was blank or unreadable, never zero.';
COMMENT ON COLUMN @extschema@.disclosure_procurement.projects IS '采购项目数量: number of procurement projects.';
COMMENT ON COLUMN @extschema@.disclosure_procurement.amount_yuan IS '采购总金额 converted to yuan (元): the unit written in the cell (元, 万元, 亿元) is applied, e.g. 7.63182亿元 = 763182000, 3749.71 万元 = 37497100.';

--------------------------------------------------------------------------------
-- Table 二: one number of the proactive-disclosure table.
--------------------------------------------------------------------------------
CREATE TYPE @extschema@.disclosure_proactive_item AS (
    item    pg_catalog.text,
    measure pg_catalog.text,
    value   pg_catalog.numeric
);

COMMENT ON TYPE @extschema@.disclosure_proactive_item IS
'One cell of table 二 (主动公开政府信息情况). item is one of regulations (规章), normative_documents (规范性文件), licensing (行政许可), other_services (其他对外管理服务事项, 2019 template), penalty (行政处罚), coercion (行政强制), fees (行政事业性收费). measure for the 2019 template is one of new_made (本年新制作数量), new_published (本年新公开数量), total_published (对外公开总数量), previous_count (上一年项目数量), change (本年增/减), decisions (处理决定数量); for the 2021 template one of made (本年制发件数), repealed (本年废止件数), in_force (现行有效件数), decisions (本年处理决定数量), amount_wan_yuan (本年收费金额, in 万元 = 10,000 yuan). value NULL means the cell was blank or unreadable, never zero.';
COMMENT ON COLUMN @extschema@.disclosure_proactive_item.item IS 'Row of table 二: regulations, normative_documents, licensing, other_services, penalty, coercion or fees.';
COMMENT ON COLUMN @extschema@.disclosure_proactive_item.measure IS 'Column of table 二: 2019 template new_made, new_published, total_published, previous_count, change, decisions; 2021 template made, repealed, in_force, decisions, amount_wan_yuan.';
COMMENT ON COLUMN @extschema@.disclosure_proactive_item.value IS 'The number in the cell: a count, except amount_wan_yuan (万元, 10,000 yuan); change may be negative. NULL means blank or unreadable, never zero.';

--------------------------------------------------------------------------------
-- One annual report, as parsed.
--------------------------------------------------------------------------------
CREATE TYPE @extschema@.disclosure_report AS (
    agency              pg_catalog.text,
    year                pg_catalog.int4,
    published           pg_catalog.date,
    template            pg_catalog.text,
    proactive           @extschema@.disclosure_proactive_item[],
    procurement         @extschema@.disclosure_procurement,
    requests            @extschema@.disclosure_requests,
    review              @extschema@.disclosure_review,
    suit_direct         @extschema@.disclosure_review,
    suit_after_review   @extschema@.disclosure_review,
    stated_requests     pg_catalog.int4,
    stated_proactive    pg_catalog.int4,
    notes               pg_catalog.text[]
);

COMMENT ON TYPE @extschema@.disclosure_report IS
'One government information-disclosure annual report (政府信息公开工作年度报告) parsed into values: who and which year, the tables of sections 二, 三 and 四, the numbers the prose states, and notes on what the parser could not read, inferred or skipped. A NULL anywhere means blank or unreadable, never zero.';
COMMENT ON COLUMN @extschema@.disclosure_report.agency IS 'The reporting body (administrative agency), from the title, or from the body text or a neighbouring report in the same document when the title lacks it.';
COMMENT ON COLUMN @extschema@.disclosure_report.year IS 'The calendar year the report covers (not the year it was published).';
COMMENT ON COLUMN @extschema@.disclosure_report.published IS 'Publication date when the document gives one (e.g. 发布时间), otherwise NULL.';
COMMENT ON COLUMN @extschema@.disclosure_report.template IS 'Which national template the tables follow: ''2019'' or ''2021''. A fact about the report, not its year: a 2021-or-later report may still use the 2019 template.';
COMMENT ON COLUMN @extschema@.disclosure_report.proactive IS 'Table 二 (主动公开政府信息情况), one element per cell read; see type disclosure_proactive_item for items and measures.';
COMMENT ON COLUMN @extschema@.disclosure_report.procurement IS 'Table 二 政府集中采购 (2019 template only): projects and amount in yuan; NULL for the 2021 template.';
COMMENT ON COLUMN @extschema@.disclosure_report.requests IS 'Table 三 (收到和处理政府信息公开申请情况): every row as disclosure_counts.';
COMMENT ON COLUMN @extschema@.disclosure_report.review IS 'Table 四, 行政复议: administrative review cases.';
COMMENT ON COLUMN @extschema@.disclosure_report.suit_direct IS 'Table 四, 行政诉讼 未经复议直接起诉: lawsuits filed directly, without prior review.';
COMMENT ON COLUMN @extschema@.disclosure_report.suit_after_review IS 'Table 四, 行政诉讼 复议后起诉: lawsuits filed after administrative review.';
COMMENT ON COLUMN @extschema@.disclosure_report.stated_requests IS 'Number of requests the prose states, e.g. 共收到政府信息公开申请N件 gives N, 未收到政府信息公开申请 gives 0; NULL when the prose states none. Compare with requests.new_received.total.';
COMMENT ON COLUMN @extschema@.disclosure_report.stated_proactive IS 'Number of items proactively disclosed that the prose states, e.g. 主动公开政府信息N条 gives N; NULL when the prose states none.';
COMMENT ON COLUMN @extschema@.disclosure_report.notes IS 'Human-readable notes, one per issue: what the parser could not read (cells left NULL), what it inferred (e.g. agency or year taken from elsewhere, a unit assumed) and what it skipped. Empty when the report was read cleanly.';

--------------------------------------------------------------------------------
-- Functions
--------------------------------------------------------------------------------
CREATE FUNCTION @extschema@.disclosure_parse_all(doc pg_catalog.text)
RETURNS SETOF @extschema@.disclosure_report
AS 'MODULE_PATHNAME', 'disclosure_parse_all'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000 ROWS 1;

COMMENT ON FUNCTION @extschema@.disclosure_parse_all(pg_catalog.text) IS
'Parse every annual report found in a document (text extracted from a web page, PDF, DOCX or OCR) and return one disclosure_report per distinct report, in document order. A verbatim copy of a report already returned is dropped; a document holding no report (a guide, a work plan) returns no rows.';

CREATE FUNCTION @extschema@.disclosure_parse(doc pg_catalog.text)
RETURNS @extschema@.disclosure_report
AS 'MODULE_PATHNAME', 'disclosure_parse'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000;

COMMENT ON FUNCTION @extschema@.disclosure_parse(pg_catalog.text) IS
'Parse a document expected to hold exactly one annual report and return it as a disclosure_report. Use disclosure_parse_all for documents that may hold several reports, or none.';

CREATE FUNCTION @extschema@.disclosure_cells(doc pg_catalog.text)
RETURNS TABLE (report pg_catalog.int4, tbl pg_catalog.text,
               row_name pg_catalog.text, column_name pg_catalog.text,
               value pg_catalog.numeric, how pg_catalog.text,
               line pg_catalog.int4, source pg_catalog.text)
AS 'MODULE_PATHNAME', 'disclosure_cells'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000 ROWS 200;

COMMENT ON FUNCTION @extschema@.disclosure_cells(pg_catalog.text) IS
'Every cell of every report in a document, with its evidence: report (1-based, in the order of disclosure_parse_all), tbl (proactive = table 二, procurement, requests = table 三, review = table 四), row_name and column_name as in the composite types, value (NULL when blank or unread), how it was read (label: its row found by its label; position: by the template''s order, confirmed by the table''s equations; digit split: divided from joined digits, the only reading the equations allow; inferred: a blank the arithmetic forces), and the document line and text it came from.';

CREATE FUNCTION @extschema@.disclosure_amount_yuan(pg_catalog.text)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'disclosure_amount_yuan'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.disclosure_amount_yuan(pg_catalog.text) IS
'Convert an amount as written in a report to yuan, applying its unit: disclosure_amount_yuan(''7.63182亿元'') = 763182000, ''3749.71 万元'' = 37497100, ''127014元'' = 127014.';

--------------------------------------------------------------------------------
-- Consistency checks
--------------------------------------------------------------------------------
CREATE FUNCTION @extschema@.disclosure_check(r @extschema@.disclosure_report)
RETURNS TABLE (rule pg_catalog.text, severity pg_catalog.text, location pg_catalog.text,
               expected pg_catalog.numeric, actual pg_catalog.numeric, message pg_catalog.text)
AS 'MODULE_PATHNAME', 'disclosure_check'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 2;

COMMENT ON FUNCTION @extschema@.disclosure_check(@extschema@.disclosure_report) IS
'Every consistency finding about one report, one row each. rule: negative_count, balance (新收 + 上年结转 = 总计 + 结转下年度, per column), total_row (（七）总计 = sum of the outcome rows, per column), total_column (总计 = sum of the six applicant columns, per row), review_total (each table-four 总计 = sum of its four parts), incomplete_table (blank cells that leave rules unverifiable, once per table), no_table_three, no_table_four, stated_requests (the prose against table three), template_year, identity. severity: error (the arithmetic is wrong), warning (cannot be verified, or the prose disagrees), info. location names the cell in English and in the report''s Chinese labels; expected and actual are the numbers compared; message is a sentence that can be quoted to the body.';

CREATE FUNCTION @extschema@.disclosure_is_consistent(r @extschema@.disclosure_report)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'disclosure_is_consistent'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.disclosure_is_consistent(@extschema@.disclosure_report) IS
'True when disclosure_check finds no error-severity problem in the report (warnings, such as blank cells or prose that disagrees, do not count).';

CREATE FUNCTION @extschema@.disclosure_check_continuity(previous @extschema@.disclosure_report,
                                            next @extschema@.disclosure_report)
RETURNS TABLE (rule pg_catalog.text, severity pg_catalog.text, location pg_catalog.text,
               expected pg_catalog.numeric, actual pg_catalog.numeric, message pg_catalog.text)
AS 'MODULE_PATHNAME', 'disclosure_check_continuity'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1;

COMMENT ON FUNCTION @extschema@.disclosure_check_continuity(@extschema@.disclosure_report, @extschema@.disclosure_report) IS
'Findings between one body''s reports for consecutive years, with the columns of disclosure_check. rule: continuity_carried (last year''s 结转下年度继续办理 against this year''s 上年结转, per column), continuity_in_force (on the 2021 template, 现行有效件数 against last year''s + 本年制发件数 - 本年废止件数), continuity_unverifiable (blank cells). Raises an error when the two reports are not consecutive years of one agency.';

--------------------------------------------------------------------------------
-- Storage: the documents as loaded, and the reports parsed from them
--------------------------------------------------------------------------------
CREATE TABLE @extschema@.disclosure_documents (
    id          pg_catalog.int8 GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source      pg_catalog.text NOT NULL,
    raw         pg_catalog.text NOT NULL,
    sha256      pg_catalog.text NOT NULL UNIQUE,
    loaded_at   pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now(),
    note        pg_catalog.text
);

COMMENT ON TABLE @extschema@.disclosure_documents IS
'Every document loaded with disclosure_load, exactly as given, once per distinct text (sha256 of the UTF-8 bytes). A document that holds no report is kept, with the reason in note.';
COMMENT ON COLUMN @extschema@.disclosure_documents.source IS 'Where the document came from, as the loader named it (a path or a URL).';
COMMENT ON COLUMN @extschema@.disclosure_documents.raw IS 'The document text, unchanged.';
COMMENT ON COLUMN @extschema@.disclosure_documents.sha256 IS 'Hex SHA-256 of raw in UTF-8: loading the same text again adds nothing.';
COMMENT ON COLUMN @extschema@.disclosure_documents.note IS 'Why the document holds no report, when it holds none; otherwise NULL.';

CREATE TABLE @extschema@.disclosure_reports (
    id          pg_catalog.int8 GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id pg_catalog.int8 NOT NULL REFERENCES @extschema@.disclosure_documents (id) ON DELETE CASCADE,
    ordinal     pg_catalog.int4 NOT NULL,
    report      @extschema@.disclosure_report NOT NULL,
    UNIQUE (document_id, ordinal)
);

COMMENT ON TABLE @extschema@.disclosure_reports IS
'The reports disclosure_parse_all found in each stored document, in document order (ordinal from 1).';

CREATE INDEX disclosure_reports_agency_year
    ON @extschema@.disclosure_reports (((report).agency), ((report).year));

-- pg_dump dumps the data of these tables, and their identity sequences
SELECT pg_catalog.pg_extension_config_dump('@extschema@.disclosure_documents', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.disclosure_documents_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.disclosure_reports', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.disclosure_reports_id_seq', '');

--------------------------------------------------------------------------------
-- Who may do what (README, "Who may do what")
--------------------------------------------------------------------------------
-- Every object belongs to the bootstrap superuser, as for any trusted
-- extension. The role that ran CREATE EXTENSION (@extowner@) is granted
-- what it needs to manage the stored data, with the right to pass it on,
-- but is not made the tables' owner: the owner of a table can add triggers,
-- rules and policies to it, and in PostgreSQL 15 can even turn it, emptied,
-- into a view of its own (CREATE RULE "_RETURN"), whose functions would run
-- as whoever reads the table or a view over it, superusers included.
REVOKE ALL ON TABLE @extschema@.disclosure_documents, @extschema@.disclosure_reports
    FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE
    ON TABLE @extschema@.disclosure_documents, @extschema@.disclosure_reports
    TO @extowner@ WITH GRANT OPTION;
-- pg_dump reads the identity sequences, pg_restore sets them
GRANT USAGE, SELECT, UPDATE
    ON SEQUENCE @extschema@.disclosure_documents_id_seq,
                @extschema@.disclosure_reports_id_seq
    TO @extowner@ WITH GRANT OPTION;

-- Every role may read the stored data, by a grant @extowner@ makes, so that
-- @extowner@ can revoke it: the GRANT runs in a function @extowner@ owns,
-- dropped again at once. (The views run with the rights of whoever reads
-- them, security_invoker, so SELECT on the two tables is what reading takes.)
CREATE FUNCTION @extschema@.disclosure_grant_reading_as_owner()
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    GRANT SELECT ON TABLE @extschema@.disclosure_documents,
                          @extschema@.disclosure_reports TO PUBLIC;
END;
$$;
ALTER FUNCTION @extschema@.disclosure_grant_reading_as_owner() OWNER TO @extowner@;
SELECT @extschema@.disclosure_grant_reading_as_owner();
DROP FUNCTION @extschema@.disclosure_grant_reading_as_owner();

--------------------------------------------------------------------------------
-- Loading
--------------------------------------------------------------------------------
-- disclosure_load runs with the rights of @extowner@, who owns it: any role
-- @extowner@ lets execute it (every role, until @extowner@ revokes that) can
-- store documents without being able to write the tables directly. It
-- searches only pg_catalog, and names every operator, function and
-- extension object with its schema, so that no object anyone creates
-- elsewhere can come in its way.
CREATE FUNCTION @extschema@.disclosure_load(source pg_catalog.text, raw pg_catalog.text)
RETURNS TABLE (document_id pg_catalog.int8, reports pg_catalog.int4,
               already_loaded pg_catalog.bool)
LANGUAGE plpgsql VOLATILE STRICT SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    digest  pg_catalog.text := pg_catalog.encode(
                pg_catalog.sha256(pg_catalog.convert_to(raw, 'UTF8')), 'hex');
    doc_id  pg_catalog.int8;
    n       pg_catalog.int4;
    reason  pg_catalog.text;
    detail  pg_catalog.text;
BEGIN
    INSERT INTO @extschema@.disclosure_documents AS d (source, raw, sha256)
    VALUES (disclosure_load.source, disclosure_load.raw, digest)
    ON CONFLICT (sha256) DO NOTHING
    RETURNING d.id INTO doc_id;

    IF doc_id IS NULL THEN
        -- this text is stored already: nothing is added or changed
        SELECT d.id INTO doc_id
        FROM @extschema@.disclosure_documents d
        WHERE d.sha256 OPERATOR(pg_catalog.=) digest;
        RETURN QUERY
            SELECT doc_id, pg_catalog.count(*)::pg_catalog.int4, true
            FROM @extschema@.disclosure_reports r
            WHERE r.document_id OPERATOR(pg_catalog.=) doc_id;
        RETURN;
    END IF;

    INSERT INTO @extschema@.disclosure_reports (document_id, ordinal, report)
    SELECT doc_id, pg_catalog.row_number() OVER (), p
    FROM @extschema@.disclosure_parse_all(disclosure_load.raw) AS p;
    GET DIAGNOSTICS n = ROW_COUNT;

    IF n OPERATOR(pg_catalog.=) 0 THEN
        -- keep the document, and say why it gave nothing
        BEGIN
            PERFORM @extschema@.disclosure_parse(disclosure_load.raw);
        EXCEPTION WHEN invalid_text_representation THEN
            GET STACKED DIAGNOSTICS reason = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
        END;
        UPDATE @extschema@.disclosure_documents d
        SET note = coalesce(reason OPERATOR(pg_catalog.||) ': ' OPERATOR(pg_catalog.||) detail,
                            'no annual report found')
        WHERE d.id OPERATOR(pg_catalog.=) doc_id;
    END IF;
    RETURN QUERY SELECT doc_id, n, false;
END;
$$;

ALTER FUNCTION @extschema@.disclosure_load(pg_catalog.text, pg_catalog.text) OWNER TO @extowner@;

COMMENT ON FUNCTION @extschema@.disclosure_load(pg_catalog.text, pg_catalog.text) IS
'Store a document and every report disclosure_parse_all finds in it, in one transaction. Loading the same text again adds nothing (already_loaded is true). A document with no report is kept, with the reason in disclosure_documents.note. Runs with the rights of the role that installed the extension, which owns this function: every role may load until that role revokes EXECUTE from PUBLIC and grants it to the loaders it chooses.';

--------------------------------------------------------------------------------
-- Storage for analysis (issue 12): facts, one report per body and year,
-- stored findings and their review, the parser version
--------------------------------------------------------------------------------
-- disclosure_reports keeps each report's composite value as parsed; what
-- analysts aggregate is written, once, into plain columns of
-- disclosure_facts, and the findings into disclosure_stored_findings, by
-- triggers on disclosure_reports, whoever writes it (disclosure_load,
-- disclosure_reparse, the owner, pg_restore). Both are derived data:
-- pg_dump does not dump them, and restoring the reports rebuilds them.
-- Reports of one agency and year are one group; one of them is canonical
-- (the most cells known, then the latest loaded, then the highest id), and
-- the views count canonical reports only.
CREATE FUNCTION @extschema@.disclosure_parser_version()
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'disclosure_parser_version'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.disclosure_parser_version() IS
'The version of the installed parser (a constant of its C core). Every stored document and report records the version that parsed it; disclosure_reparse() parses again those an other version made. STABLE, not IMMUTABLE: installing a new library changes it.';

-- NULL for what was stored before 1.1 (by a parser that did not say)
ALTER TABLE @extschema@.disclosure_documents ADD COLUMN parser_version pg_catalog.text;
ALTER TABLE @extschema@.disclosure_documents
    ALTER COLUMN parser_version SET DEFAULT @extschema@.disclosure_parser_version();
ALTER TABLE @extschema@.disclosure_reports ADD COLUMN parser_version pg_catalog.text;
ALTER TABLE @extschema@.disclosure_reports
    ALTER COLUMN parser_version SET DEFAULT @extschema@.disclosure_parser_version();

COMMENT ON COLUMN @extschema@.disclosure_documents.parser_version IS 'The parser version (disclosure_parser_version()) that last parsed the document; NULL when it was stored before version 1.1 of the extension.';
COMMENT ON COLUMN @extschema@.disclosure_reports.parser_version IS 'The parser version (disclosure_parser_version()) that made this report; NULL when it was stored before version 1.1 of the extension.';

CREATE TABLE @extschema@.disclosure_facts (
    report_id                   pg_catalog.int8 PRIMARY KEY,
    document_id                 pg_catalog.int8 NOT NULL,
    loaded_at                   pg_catalog.timestamptz NOT NULL,
    agency                      pg_catalog.text,
    year                        pg_catalog.int4,
    template                    pg_catalog.text,
    canonical                   pg_catalog.bool NOT NULL DEFAULT true,
    known_cells                 pg_catalog.int4 NOT NULL,
    numbers_md5                 pg_catalog.text NOT NULL,
    has_requests                pg_catalog.bool NOT NULL,
    new_received                pg_catalog.int4,
    carried_over                pg_catalog.int4,
    granted                     pg_catalog.int4,
    partially_granted           pg_catalog.int4,
    refused_state_secret        pg_catalog.int4,
    refused_other_law           pg_catalog.int4,
    refused_security            pg_catalog.int4,
    refused_third_party         pg_catalog.int4,
    refused_internal            pg_catalog.int4,
    refused_process             pg_catalog.int4,
    refused_enforcement_file    pg_catalog.int4,
    refused_inquiry             pg_catalog.int4,
    unavailable_not_held        pg_catalog.int4,
    unavailable_needs_creation  pg_catalog.int4,
    unavailable_unclear         pg_catalog.int4,
    declined_complaint          pg_catalog.int4,
    declined_repeat             pg_catalog.int4,
    declined_publication        pg_catalog.int4,
    declined_excessive          pg_catalog.int4,
    declined_confirmation       pg_catalog.int4,
    other_no_correction         pg_catalog.int4,
    other_no_fee                pg_catalog.int4,
    other                       pg_catalog.int4,
    total                       pg_catalog.int4,
    carried_forward             pg_catalog.int4,
    review_upheld               pg_catalog.int4,
    review_corrected            pg_catalog.int4,
    review_other                pg_catalog.int4,
    review_pending              pg_catalog.int4,
    review_total                pg_catalog.int4,
    suit_direct_upheld          pg_catalog.int4,
    suit_direct_corrected       pg_catalog.int4,
    suit_direct_other           pg_catalog.int4,
    suit_direct_pending         pg_catalog.int4,
    suit_direct_total           pg_catalog.int4,
    suit_after_review_upheld    pg_catalog.int4,
    suit_after_review_corrected pg_catalog.int4,
    suit_after_review_other     pg_catalog.int4,
    suit_after_review_pending   pg_catalog.int4,
    suit_after_review_total     pg_catalog.int4,
    has_review                  pg_catalog.bool NOT NULL,
    has_procurement             pg_catalog.bool NOT NULL,
    procurement_projects        pg_catalog.int4,
    procurement_amount_yuan     pg_catalog.numeric,
    proactive_cells             pg_catalog.int4 NOT NULL,
    stated_requests             pg_catalog.int4,
    stated_proactive            pg_catalog.int4
);

CREATE INDEX disclosure_facts_agency_year
    ON @extschema@.disclosure_facts (agency, year);

COMMENT ON TABLE @extschema@.disclosure_facts IS
'One row per stored report, written from disclosure_reports by its triggers: who and which year, whether it is its group''s canonical report, and the numbers analysts aggregate as plain columns (table three''s 总计 column for every row, table four, procurement, what the prose states). The analysts'' views read this table, not the composite values. NULL means blank or unreadable, never zero.';
COMMENT ON COLUMN @extschema@.disclosure_facts.report_id IS 'disclosure_reports.id.';
COMMENT ON COLUMN @extschema@.disclosure_facts.document_id IS 'disclosure_documents.id of the document the report is in.';
COMMENT ON COLUMN @extschema@.disclosure_facts.loaded_at IS 'When that document was loaded.';
COMMENT ON COLUMN @extschema@.disclosure_facts.agency IS 'The report''s agency.';
COMMENT ON COLUMN @extschema@.disclosure_facts.year IS 'The report''s year.';
COMMENT ON COLUMN @extschema@.disclosure_facts.template IS 'The report''s template, ''2019'' or ''2021''.';
COMMENT ON COLUMN @extschema@.disclosure_facts.canonical IS 'True for the one report that stands for its agency and year (the most cells known, then the latest loaded, then the highest id); a report with no agency or no year is its own group. The views count canonical reports only.';
COMMENT ON COLUMN @extschema@.disclosure_facts.known_cells IS 'How many cells of tables two, three and four (and procurement) hold a number: what "most complete" compares.';
COMMENT ON COLUMN @extschema@.disclosure_facts.numbers_md5 IS 'MD5 of every number of the report as text: copies with equal hashes read the same.';
COMMENT ON COLUMN @extschema@.disclosure_facts.has_requests IS 'Whether the report has table three at all.';
COMMENT ON COLUMN @extschema@.disclosure_facts.new_received IS 'Table three, row new_received, column 总计 (disclosure_requests.new_received.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.carried_over IS 'Table three, row carried_over, column 总计 (disclosure_requests.carried_over.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.granted IS 'Table three, row granted, column 总计 (disclosure_requests.granted.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.partially_granted IS 'Table three, row partially_granted, column 总计 (disclosure_requests.partially_granted.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.refused_state_secret IS 'Table three, row refused_state_secret, column 总计 (disclosure_requests.refused_state_secret.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.refused_other_law IS 'Table three, row refused_other_law, column 总计 (disclosure_requests.refused_other_law.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.refused_security IS 'Table three, row refused_security, column 总计 (disclosure_requests.refused_security.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.refused_third_party IS 'Table three, row refused_third_party, column 总计 (disclosure_requests.refused_third_party.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.refused_internal IS 'Table three, row refused_internal, column 总计 (disclosure_requests.refused_internal.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.refused_process IS 'Table three, row refused_process, column 总计 (disclosure_requests.refused_process.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.refused_enforcement_file IS 'Table three, row refused_enforcement_file, column 总计 (disclosure_requests.refused_enforcement_file.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.refused_inquiry IS 'Table three, row refused_inquiry, column 总计 (disclosure_requests.refused_inquiry.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.unavailable_not_held IS 'Table three, row unavailable_not_held, column 总计 (disclosure_requests.unavailable_not_held.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.unavailable_needs_creation IS 'Table three, row unavailable_needs_creation, column 总计 (disclosure_requests.unavailable_needs_creation.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.unavailable_unclear IS 'Table three, row unavailable_unclear, column 总计 (disclosure_requests.unavailable_unclear.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.declined_complaint IS 'Table three, row declined_complaint, column 总计 (disclosure_requests.declined_complaint.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.declined_repeat IS 'Table three, row declined_repeat, column 总计 (disclosure_requests.declined_repeat.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.declined_publication IS 'Table three, row declined_publication, column 总计 (disclosure_requests.declined_publication.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.declined_excessive IS 'Table three, row declined_excessive, column 总计 (disclosure_requests.declined_excessive.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.declined_confirmation IS 'Table three, row declined_confirmation, column 总计 (disclosure_requests.declined_confirmation.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.other_no_correction IS 'Table three, row other_no_correction, column 总计 (disclosure_requests.other_no_correction.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.other_no_fee IS 'Table three, row other_no_fee, column 总计 (disclosure_requests.other_no_fee.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.other IS 'Table three, row other, column 总计 (disclosure_requests.other.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.total IS 'Table three, row total, column 总计 (disclosure_requests.total.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.carried_forward IS 'Table three, row carried_forward, column 总计 (disclosure_requests.carried_forward.total).';
COMMENT ON COLUMN @extschema@.disclosure_facts.review_upheld IS 'Table four, review.upheld.';
COMMENT ON COLUMN @extschema@.disclosure_facts.review_corrected IS 'Table four, review.corrected.';
COMMENT ON COLUMN @extschema@.disclosure_facts.review_other IS 'Table four, review.other.';
COMMENT ON COLUMN @extschema@.disclosure_facts.review_pending IS 'Table four, review.pending.';
COMMENT ON COLUMN @extschema@.disclosure_facts.review_total IS 'Table four, review.total.';
COMMENT ON COLUMN @extschema@.disclosure_facts.suit_direct_upheld IS 'Table four, suit_direct.upheld.';
COMMENT ON COLUMN @extschema@.disclosure_facts.suit_direct_corrected IS 'Table four, suit_direct.corrected.';
COMMENT ON COLUMN @extschema@.disclosure_facts.suit_direct_other IS 'Table four, suit_direct.other.';
COMMENT ON COLUMN @extschema@.disclosure_facts.suit_direct_pending IS 'Table four, suit_direct.pending.';
COMMENT ON COLUMN @extschema@.disclosure_facts.suit_direct_total IS 'Table four, suit_direct.total.';
COMMENT ON COLUMN @extschema@.disclosure_facts.suit_after_review_upheld IS 'Table four, suit_after_review.upheld.';
COMMENT ON COLUMN @extschema@.disclosure_facts.suit_after_review_corrected IS 'Table four, suit_after_review.corrected.';
COMMENT ON COLUMN @extschema@.disclosure_facts.suit_after_review_other IS 'Table four, suit_after_review.other.';
COMMENT ON COLUMN @extschema@.disclosure_facts.suit_after_review_pending IS 'Table four, suit_after_review.pending.';
COMMENT ON COLUMN @extschema@.disclosure_facts.suit_after_review_total IS 'Table four, suit_after_review.total.';
COMMENT ON COLUMN @extschema@.disclosure_facts.has_review IS 'Whether the report has table four at all.';
COMMENT ON COLUMN @extschema@.disclosure_facts.has_procurement IS 'Whether the report has the procurement row (2019 template).';
COMMENT ON COLUMN @extschema@.disclosure_facts.procurement_projects IS 'Procurement: number of projects.';
COMMENT ON COLUMN @extschema@.disclosure_facts.procurement_amount_yuan IS 'Procurement: amount in yuan.';
COMMENT ON COLUMN @extschema@.disclosure_facts.proactive_cells IS 'How many cells of table two hold a number.';
COMMENT ON COLUMN @extschema@.disclosure_facts.stated_requests IS 'The number of requests the prose states.';
COMMENT ON COLUMN @extschema@.disclosure_facts.stated_proactive IS 'The number of items proactively disclosed the prose states.';

CREATE TABLE @extschema@.disclosure_stored_findings (
    report_id           pg_catalog.int8 NOT NULL,
    previous_report_id  pg_catalog.int8,
    agency              pg_catalog.text,
    year                pg_catalog.int4,
    rule                pg_catalog.text NOT NULL,
    severity            pg_catalog.text NOT NULL,
    location            pg_catalog.text,
    expected            pg_catalog.numeric,
    actual              pg_catalog.numeric,
    message             pg_catalog.text,
    finding_id          pg_catalog.text NOT NULL,
    copy_report_id      pg_catalog.int8,
    review_state        pg_catalog.text NOT NULL DEFAULT 'open',
    review_note         pg_catalog.text,
    reviewed_by         pg_catalog.text,
    reviewed_at         pg_catalog.timestamptz
);

CREATE INDEX disclosure_stored_findings_finding_id
    ON @extschema@.disclosure_stored_findings (finding_id);
CREATE INDEX disclosure_stored_findings_report_id
    ON @extschema@.disclosure_stored_findings (report_id);
CREATE INDEX disclosure_stored_findings_agency_year
    ON @extschema@.disclosure_stored_findings (agency, year);

COMMENT ON TABLE @extschema@.disclosure_stored_findings IS
'The findings of the canonical reports, computed when reports are stored, changed or removed, and kept here (disclosure_findings reads them): disclosure_check of each canonical report, disclosure_check_continuity between a body''s canonical reports of consecutive years, and duplicate_disagrees where two copies of one report read a cell differently. Written by the triggers on disclosure_reports.';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.finding_id IS 'Stable id: the first 16 hex digits of the MD5 of the rule, the report''s agency and year and the location (disclosure_finding_id), so a re-parse or a re-load finds the same id for the same finding.';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.report_id IS 'The canonical report the finding is about (for continuity, the later year).';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.previous_report_id IS 'For continuity findings, the canonical report of the year before; otherwise NULL.';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.copy_report_id IS 'For duplicate_disagrees, the copy that reads the cell differently; otherwise NULL.';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.agency IS 'The report''s agency.';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.year IS 'The report''s year.';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.rule IS 'As disclosure_check''s rule, or continuity_*, or duplicate_disagrees.';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.severity IS 'error, warning or info.';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.location IS 'The cell or table concerned.';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.expected IS 'The number expected (for duplicate_disagrees, the canonical report''s).';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.actual IS 'The number found (for duplicate_disagrees, the copy''s).';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.message IS 'A sentence that can be quoted to the body.';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.review_state IS 'open, or the state disclosure_review recorded for this finding_id (copied from disclosure_reviews).';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.review_note IS 'The reviewer''s note.';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.reviewed_by IS 'The role that reviewed it.';
COMMENT ON COLUMN @extschema@.disclosure_stored_findings.reviewed_at IS 'When; NULL while never reviewed.';

CREATE TABLE @extschema@.disclosure_reviews (
    finding_id  pg_catalog.text PRIMARY KEY,
    state       pg_catalog.text NOT NULL
                CHECK (state OPERATOR(pg_catalog.=) 'open'
                       OR state OPERATOR(pg_catalog.=) 'confirmed'
                       OR state OPERATOR(pg_catalog.=) 'dismissed'),
    note        pg_catalog.text,
    reviewed_by pg_catalog.text NOT NULL DEFAULT CURRENT_USER,
    reviewed_at pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now()
);

COMMENT ON TABLE @extschema@.disclosure_reviews IS
'What a reviewer decided about a finding, by its stable finding_id (disclosure_review writes it): it outlives re-parses and re-loads, and shows again if the finding comes back. Kept by pg_dump.';
COMMENT ON COLUMN @extschema@.disclosure_reviews.finding_id IS 'disclosure_findings.finding_id.';
COMMENT ON COLUMN @extschema@.disclosure_reviews.state IS 'confirmed (the report is wrong), dismissed (the finding is wrong or does not matter) or open (reopened).';
COMMENT ON COLUMN @extschema@.disclosure_reviews.note IS 'The reviewer''s note.';
COMMENT ON COLUMN @extschema@.disclosure_reviews.reviewed_by IS 'The role that recorded the state (current_user in disclosure_review).';
COMMENT ON COLUMN @extschema@.disclosure_reviews.reviewed_at IS 'When.';

-- What the analysts' views read, for canonical reports only, in exactly
-- their columns: plain tables, so that a view costs what the same query
-- over a plain table does (bench/run.sh, step 4). Written by the triggers.
CREATE TABLE @extschema@.disclosure_request_facts (
    report_id                   pg_catalog.int8 PRIMARY KEY,
    agency                      pg_catalog.text,
    year                        pg_catalog.int4,
    template                    pg_catalog.text,
    new_received                pg_catalog.int4,
    carried_over                pg_catalog.int4,
    granted                     pg_catalog.int4,
    partially_granted           pg_catalog.int4,
    refused                     pg_catalog.int4,
    refused_state_secret        pg_catalog.int4,
    refused_other_law           pg_catalog.int4,
    refused_security            pg_catalog.int4,
    refused_third_party         pg_catalog.int4,
    refused_internal            pg_catalog.int4,
    refused_process             pg_catalog.int4,
    refused_enforcement_file    pg_catalog.int4,
    refused_inquiry             pg_catalog.int4,
    unavailable                 pg_catalog.int4,
    declined                    pg_catalog.int4,
    other                       pg_catalog.int4,
    total                       pg_catalog.int4,
    carried_forward             pg_catalog.int4
);

COMMENT ON TABLE @extschema@.disclosure_request_facts IS
'Table three of each canonical report that has one, 总计 column, in the columns of disclosure_request_totals (which reads it): refused, unavailable, declined and other are the sums of their rows (other: the three （六） rows on the 2021 template), NULL when a row is blank or the sum does not fit an int. Written by the triggers on disclosure_reports.';
CREATE TABLE @extschema@.disclosure_litigation_facts (
    report_id                   pg_catalog.int8 PRIMARY KEY,
    agency                      pg_catalog.text,
    year                        pg_catalog.int4,
    review_upheld               pg_catalog.int4,
    review_corrected            pg_catalog.int4,
    review_other                pg_catalog.int4,
    review_pending              pg_catalog.int4,
    review_total                pg_catalog.int4,
    suit_direct_upheld          pg_catalog.int4,
    suit_direct_corrected       pg_catalog.int4,
    suit_direct_other           pg_catalog.int4,
    suit_direct_pending         pg_catalog.int4,
    suit_direct_total           pg_catalog.int4,
    suit_after_review_upheld    pg_catalog.int4,
    suit_after_review_corrected pg_catalog.int4,
    suit_after_review_other     pg_catalog.int4,
    suit_after_review_pending   pg_catalog.int4,
    suit_after_review_total     pg_catalog.int4
);
COMMENT ON TABLE @extschema@.disclosure_litigation_facts IS
'Table four of each canonical report that has one (review, suit_direct and suit_after_review, five columns each), read by disclosure_litigation. Written by the triggers on disclosure_reports.';
CREATE TABLE @extschema@.disclosure_procurement_facts (
    report_id                   pg_catalog.int8 PRIMARY KEY,
    agency                      pg_catalog.text,
    year                        pg_catalog.int4,
    projects                    pg_catalog.int4,
    amount_yuan                 pg_catalog.numeric
);
COMMENT ON TABLE @extschema@.disclosure_procurement_facts IS
'Procurement of each canonical report that has the row (2019 template), read by disclosure_procurement_by_report. Written by the triggers on disclosure_reports.';

CREATE TABLE @extschema@.disclosure_reparse_changes (
    reparsed_at     pg_catalog.timestamptz NOT NULL,
    document_id     pg_catalog.int8 NOT NULL,
    ordinal         pg_catalog.int4 NOT NULL,
    report_id       pg_catalog.int8,
    old_version     pg_catalog.text,
    new_version     pg_catalog.text NOT NULL,
    tbl             pg_catalog.text NOT NULL,
    row_name        pg_catalog.text NOT NULL,
    column_name     pg_catalog.text NOT NULL,
    old_value       pg_catalog.text,
    new_value       pg_catalog.text
);

CREATE INDEX disclosure_reparse_changes_report
    ON @extschema@.disclosure_reparse_changes (document_id, ordinal);

COMMENT ON TABLE @extschema@.disclosure_reparse_changes IS
'What disclosure_reparse changed: one row per value of a report that the new parser reads differently (old and new value as text; NULL is blank), and a row (tbl report, column_name added or removed) for each report a document gained or lost. Kept by pg_dump.';
COMMENT ON COLUMN @extschema@.disclosure_reparse_changes.reparsed_at IS 'When the re-parse ran (its transaction''s start).';
COMMENT ON COLUMN @extschema@.disclosure_reparse_changes.document_id IS 'The document.';
COMMENT ON COLUMN @extschema@.disclosure_reparse_changes.ordinal IS 'The report''s place in the document.';
COMMENT ON COLUMN @extschema@.disclosure_reparse_changes.report_id IS 'disclosure_reports.id (NULL for a report removed).';
COMMENT ON COLUMN @extschema@.disclosure_reparse_changes.old_version IS 'The parser version that made the old value.';
COMMENT ON COLUMN @extschema@.disclosure_reparse_changes.new_version IS 'The parser version that made the new value.';
COMMENT ON COLUMN @extschema@.disclosure_reparse_changes.tbl IS 'As disclosure_report_values: proactive, procurement, requests, review, prose; or report for agency, year and template.';
COMMENT ON COLUMN @extschema@.disclosure_reparse_changes.row_name IS 'As disclosure_report_values.';
COMMENT ON COLUMN @extschema@.disclosure_reparse_changes.column_name IS 'As disclosure_report_values.';
COMMENT ON COLUMN @extschema@.disclosure_reparse_changes.old_value IS 'The value before, as text; NULL when blank.';
COMMENT ON COLUMN @extschema@.disclosure_reparse_changes.new_value IS 'The value after, as text; NULL when blank.';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.disclosure_reviews', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.disclosure_reparse_changes', '');

-- The same rights as on the stored reports: @extowner@ manages them (and
-- may let other roles review: GRANT INSERT, UPDATE ON disclosure_reviews),
-- every role reads them until @extowner@ revokes that.
REVOKE ALL ON TABLE @extschema@.disclosure_facts, @extschema@.disclosure_stored_findings,
    @extschema@.disclosure_reviews, @extschema@.disclosure_reparse_changes,
    @extschema@.disclosure_request_facts, @extschema@.disclosure_litigation_facts,
    @extschema@.disclosure_procurement_facts FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE
    ON TABLE @extschema@.disclosure_facts, @extschema@.disclosure_stored_findings,
             @extschema@.disclosure_reviews, @extschema@.disclosure_reparse_changes,
             @extschema@.disclosure_request_facts, @extschema@.disclosure_litigation_facts,
             @extschema@.disclosure_procurement_facts
    TO @extowner@ WITH GRANT OPTION;
CREATE FUNCTION @extschema@.disclosure_grant_reading_as_owner()
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    GRANT SELECT ON TABLE @extschema@.disclosure_facts, @extschema@.disclosure_stored_findings,
                          @extschema@.disclosure_reviews,
                          @extschema@.disclosure_reparse_changes,
                          @extschema@.disclosure_request_facts,
                          @extschema@.disclosure_litigation_facts,
                          @extschema@.disclosure_procurement_facts TO PUBLIC;
END;
$$;
ALTER FUNCTION @extschema@.disclosure_grant_reading_as_owner() OWNER TO @extowner@;
SELECT @extschema@.disclosure_grant_reading_as_owner();
DROP FUNCTION @extschema@.disclosure_grant_reading_as_owner();

CREATE FUNCTION @extschema@.disclosure_report_values(r @extschema@.disclosure_report)
RETURNS TABLE (tbl pg_catalog.text, row_name pg_catalog.text, column_name pg_catalog.text,
               value pg_catalog.numeric)
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT 'requests'::pg_catalog.text, o.outcome, c.applicant, c.count::pg_catalog.numeric
FROM (SELECT (r).requests AS q OFFSET 0) t
CROSS JOIN LATERAL (VALUES
        ('new_received'::pg_catalog.text, (t.q).new_received),
        ('carried_over', (t.q).carried_over),
        ('granted', (t.q).granted),
        ('partially_granted', (t.q).partially_granted),
        ('refused_state_secret', (t.q).refused_state_secret),
        ('refused_other_law', (t.q).refused_other_law),
        ('refused_security', (t.q).refused_security),
        ('refused_third_party', (t.q).refused_third_party),
        ('refused_internal', (t.q).refused_internal),
        ('refused_process', (t.q).refused_process),
        ('refused_enforcement_file', (t.q).refused_enforcement_file),
        ('refused_inquiry', (t.q).refused_inquiry),
        ('unavailable_not_held', (t.q).unavailable_not_held),
        ('unavailable_needs_creation', (t.q).unavailable_needs_creation),
        ('unavailable_unclear', (t.q).unavailable_unclear),
        ('declined_complaint', (t.q).declined_complaint),
        ('declined_repeat', (t.q).declined_repeat),
        ('declined_publication', (t.q).declined_publication),
        ('declined_excessive', (t.q).declined_excessive),
        ('declined_confirmation', (t.q).declined_confirmation),
        ('other_no_correction', (t.q).other_no_correction),
        ('other_no_fee', (t.q).other_no_fee),
        ('other', (t.q).other),
        ('total', (t.q).total),
        ('carried_forward', (t.q).carried_forward)
    ) AS o (outcome, counts)
CROSS JOIN LATERAL (VALUES
        ('natural_person'::pg_catalog.text, (o.counts).natural_person),
        ('commercial', (o.counts).commercial),
        ('research', (o.counts).research),
        ('social_org', (o.counts).social_org),
        ('legal_service', (o.counts).legal_service),
        ('other_org', (o.counts).other_org),
        ('total', (o.counts).total)
    ) AS c (applicant, count)
WHERE pg_catalog.num_nonnulls(t.q) OPERATOR(pg_catalog.=) 1
UNION ALL
SELECT 'review', b.block, c.col, c.v::pg_catalog.numeric
FROM (VALUES ('review'::pg_catalog.text, (r).review), ('suit_direct', (r).suit_direct),
             ('suit_after_review', (r).suit_after_review)) AS b (block, x)
CROSS JOIN LATERAL (VALUES ('upheld'::pg_catalog.text, (b.x).upheld), ('corrected', (b.x).corrected),
                           ('other', (b.x).other), ('pending', (b.x).pending),
                           ('total', (b.x).total)) AS c (col, v)
WHERE pg_catalog.num_nonnulls(b.x) OPERATOR(pg_catalog.=) 1
UNION ALL
SELECT 'procurement', 'procurement', c.col, c.v
FROM (SELECT (r).procurement AS p OFFSET 0) t
CROSS JOIN LATERAL (VALUES ('projects'::pg_catalog.text, (t.p).projects::pg_catalog.numeric),
                           ('amount_yuan', (t.p).amount_yuan)) AS c (col, v)
WHERE pg_catalog.num_nonnulls(t.p) OPERATOR(pg_catalog.=) 1
UNION ALL
SELECT 'proactive', i.item, i.measure, i.value
FROM pg_catalog.unnest((r).proactive) AS i
UNION ALL
SELECT 'prose', 'stated', c.col, c.v
FROM (VALUES ('requests'::pg_catalog.text, (r).stated_requests::pg_catalog.numeric),
             ('proactive', (r).stated_proactive::pg_catalog.numeric)) AS c (col, v)
$$;

COMMENT ON FUNCTION @extschema@.disclosure_report_values(@extschema@.disclosure_report) IS
'Every number of a report in long form, one row per cell: tbl (proactive = table 二, procurement, requests = table 三, review = table 四, prose), row_name and column_name as in disclosure_cells, and value (NULL when blank or unread). What the duplicate groups and disclosure_reparse compare.';

CREATE FUNCTION @extschema@.disclosure_finding_id(rule pg_catalog.text, agency pg_catalog.text,
                                                  year pg_catalog.int4, location pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT pg_catalog.substr(pg_catalog.md5(pg_catalog.concat_ws(E'\x1f', rule, agency,
                                                              year::pg_catalog.text, location)), 1, 16)
$$;

COMMENT ON FUNCTION @extschema@.disclosure_finding_id(pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.text) IS
'The stable id of a finding: the first 16 hex digits of the MD5 of its rule, the report''s agency and year, and its location. It does not depend on which document or stored row the report came from, so a re-parse, a re-load or another copy of the same report keeps it.';

-- Reports of one agency and year with more than one member.
CREATE VIEW @extschema@.disclosure_report_groups WITH (security_invoker = true) AS
SELECT f.agency, f.year, pg_catalog.count(*) AS reports,
       pg_catalog.max(f.report_id) FILTER (WHERE f.canonical) AS canonical_report_id,
       pg_catalog.array_agg(f.report_id ORDER BY f.canonical DESC, f.report_id) AS report_ids,
       pg_catalog.array_agg(d.source ORDER BY f.canonical DESC, f.report_id) AS sources,
       pg_catalog.array_agg(f.known_cells ORDER BY f.canonical DESC, f.report_id) AS known_cells,
       pg_catalog.count(DISTINCT f.numbers_md5) OPERATOR(pg_catalog.=) 1 AS identical
FROM @extschema@.disclosure_facts f
JOIN @extschema@.disclosure_documents d ON d.id OPERATOR(pg_catalog.=) f.document_id
WHERE f.agency IS NOT NULL AND f.year IS NOT NULL
GROUP BY f.agency, f.year
HAVING pg_catalog.count(*) OPERATOR(pg_catalog.>) 1;

COMMENT ON VIEW @extschema@.disclosure_report_groups IS
'Every agency and year stored more than once (the same report from an HTML page and a PDF, a page scraped again, a copy in another document): its reports, the canonical one first (the one the views count: the most cells known, then the latest loaded), their sources and known cells, and whether all read the same numbers (identical). disclosure_report_differences lists what differs.';

CREATE VIEW @extschema@.disclosure_report_differences WITH (security_invoker = true) AS
SELECT f.agency, f.year, v.tbl, v.row_name, v.column_name,
       pg_catalog.max(f.report_id) FILTER (WHERE f.canonical) AS canonical_report_id,
       pg_catalog.max(v.value) FILTER (WHERE f.canonical) AS canonical_value,
       pg_catalog.array_agg(f.report_id ORDER BY f.report_id) AS report_ids,
       pg_catalog.array_agg(v.value ORDER BY f.report_id) AS "values"
FROM (SELECT g.agency, g.year FROM @extschema@.disclosure_facts g
      WHERE g.agency IS NOT NULL AND g.year IS NOT NULL
      GROUP BY g.agency, g.year
      HAVING pg_catalog.count(DISTINCT g.numbers_md5) OPERATOR(pg_catalog.>) 1) k
JOIN @extschema@.disclosure_facts f
  ON f.agency OPERATOR(pg_catalog.=) k.agency AND f.year OPERATOR(pg_catalog.=) k.year
JOIN @extschema@.disclosure_reports r ON r.id OPERATOR(pg_catalog.=) f.report_id
CROSS JOIN LATERAL @extschema@.disclosure_report_values(r.report) AS v
GROUP BY f.agency, f.year, v.tbl, v.row_name, v.column_name
HAVING pg_catalog.min(v.value) OPERATOR(pg_catalog.<>) pg_catalog.max(v.value);

COMMENT ON VIEW @extschema@.disclosure_report_differences IS
'For each agency and year stored more than once, each cell on which its reports read different numbers (blank cells do not count as a difference): the canonical report and its value, and every report''s value in report_ids order. Each row is also a duplicate_disagrees finding in disclosure_findings.';

-- The canonical reports that disclosure_analyse must write again: those of
-- the groups given, and the reports given that have no agency or no year
-- (each its own group).
CREATE FUNCTION @extschema@.disclosure_touched(report_ids pg_catalog.int8[],
                                               agencies pg_catalog.text[],
                                               years pg_catalog.int4[])
RETURNS SETOF pg_catalog.int8
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT f.report_id
FROM @extschema@.disclosure_facts f
JOIN (SELECT DISTINCT k.a, k.y FROM ROWS FROM (pg_catalog.unnest(agencies), pg_catalog.unnest(years)) AS k (a, y)) k
  ON f.agency OPERATOR(pg_catalog.=) k.a AND f.year OPERATOR(pg_catalog.=) k.y
WHERE f.canonical
UNION
SELECT f.report_id
FROM @extschema@.disclosure_facts f
JOIN pg_catalog.unnest(report_ids) AS u (id) ON f.report_id OPERATOR(pg_catalog.=) u.id
WHERE f.agency IS NULL OR f.year IS NULL
$$;

COMMENT ON FUNCTION @extschema@.disclosure_touched(pg_catalog.int8[], pg_catalog.text[], pg_catalog.int4[]) IS
'For disclosure_analyse: the canonical reports of the groups (agencies, years) and the reports among report_ids that have no agency or no year.';

-- Everything derived from the reports given (ids), and from the groups
-- (agency, year) they were or are in: their facts, which report of each
-- group is canonical, and the findings of the groups and of the years
-- next to them. Called by the triggers on disclosure_reports.
CREATE FUNCTION @extschema@.disclosure_analyse(report_ids pg_catalog.int8[],
                                               agencies pg_catalog.text[],
                                               years pg_catalog.int4[])
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- one analysis at a time: which report of a group is canonical, and the
    -- continuity findings, depend on the other reports of the body, which
    -- a concurrent load may be storing; under READ COMMITTED each statement
    -- below sees them once their transaction has committed
    LOCK TABLE @extschema@.disclosure_facts IN SHARE ROW EXCLUSIVE MODE;

    -- the facts of these reports, as they are now (none if removed)
    DELETE FROM @extschema@.disclosure_facts f
    USING pg_catalog.unnest(report_ids) AS u (id)
    WHERE f.report_id OPERATOR(pg_catalog.=) u.id;

    INSERT INTO @extschema@.disclosure_facts (
        report_id, document_id, loaded_at, agency, year, template, known_cells, numbers_md5,
        has_requests,
        new_received, carried_over, granted, partially_granted, refused_state_secret, refused_other_law, refused_security, refused_third_party, refused_internal, refused_process, refused_enforcement_file, refused_inquiry, unavailable_not_held, unavailable_needs_creation, unavailable_unclear, declined_complaint, declined_repeat, declined_publication, declined_excessive, declined_confirmation, other_no_correction, other_no_fee, other, total, carried_forward,
        has_review,
        review_upheld, review_corrected, review_other, review_pending, review_total, suit_direct_upheld, suit_direct_corrected, suit_direct_other, suit_direct_pending, suit_direct_total, suit_after_review_upheld, suit_after_review_corrected, suit_after_review_other, suit_after_review_pending, suit_after_review_total,
        has_procurement, procurement_projects, procurement_amount_yuan,
        proactive_cells, stated_requests, stated_proactive)
    SELECT r.id, r.document_id, d.loaded_at, (r.report).agency, (r.report).year,
           (r.report).template,
           pg_catalog.num_nonnulls((t.q).new_received.natural_person, (t.q).new_received.commercial, (t.q).new_received.research, (t.q).new_received.social_org, (t.q).new_received.legal_service, (t.q).new_received.other_org, (t.q).new_received.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).carried_over.natural_person, (t.q).carried_over.commercial, (t.q).carried_over.research, (t.q).carried_over.social_org, (t.q).carried_over.legal_service, (t.q).carried_over.other_org, (t.q).carried_over.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).granted.natural_person, (t.q).granted.commercial, (t.q).granted.research, (t.q).granted.social_org, (t.q).granted.legal_service, (t.q).granted.other_org, (t.q).granted.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).partially_granted.natural_person, (t.q).partially_granted.commercial, (t.q).partially_granted.research, (t.q).partially_granted.social_org, (t.q).partially_granted.legal_service, (t.q).partially_granted.other_org, (t.q).partially_granted.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).refused_state_secret.natural_person, (t.q).refused_state_secret.commercial, (t.q).refused_state_secret.research, (t.q).refused_state_secret.social_org, (t.q).refused_state_secret.legal_service, (t.q).refused_state_secret.other_org, (t.q).refused_state_secret.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).refused_other_law.natural_person, (t.q).refused_other_law.commercial, (t.q).refused_other_law.research, (t.q).refused_other_law.social_org, (t.q).refused_other_law.legal_service, (t.q).refused_other_law.other_org, (t.q).refused_other_law.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).refused_security.natural_person, (t.q).refused_security.commercial, (t.q).refused_security.research, (t.q).refused_security.social_org, (t.q).refused_security.legal_service, (t.q).refused_security.other_org, (t.q).refused_security.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).refused_third_party.natural_person, (t.q).refused_third_party.commercial, (t.q).refused_third_party.research, (t.q).refused_third_party.social_org, (t.q).refused_third_party.legal_service, (t.q).refused_third_party.other_org, (t.q).refused_third_party.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).refused_internal.natural_person, (t.q).refused_internal.commercial, (t.q).refused_internal.research, (t.q).refused_internal.social_org, (t.q).refused_internal.legal_service, (t.q).refused_internal.other_org, (t.q).refused_internal.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).refused_process.natural_person, (t.q).refused_process.commercial, (t.q).refused_process.research, (t.q).refused_process.social_org, (t.q).refused_process.legal_service, (t.q).refused_process.other_org, (t.q).refused_process.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).refused_enforcement_file.natural_person, (t.q).refused_enforcement_file.commercial, (t.q).refused_enforcement_file.research, (t.q).refused_enforcement_file.social_org, (t.q).refused_enforcement_file.legal_service, (t.q).refused_enforcement_file.other_org, (t.q).refused_enforcement_file.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).refused_inquiry.natural_person, (t.q).refused_inquiry.commercial, (t.q).refused_inquiry.research, (t.q).refused_inquiry.social_org, (t.q).refused_inquiry.legal_service, (t.q).refused_inquiry.other_org, (t.q).refused_inquiry.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).unavailable_not_held.natural_person, (t.q).unavailable_not_held.commercial, (t.q).unavailable_not_held.research, (t.q).unavailable_not_held.social_org, (t.q).unavailable_not_held.legal_service, (t.q).unavailable_not_held.other_org, (t.q).unavailable_not_held.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).unavailable_needs_creation.natural_person, (t.q).unavailable_needs_creation.commercial, (t.q).unavailable_needs_creation.research, (t.q).unavailable_needs_creation.social_org, (t.q).unavailable_needs_creation.legal_service, (t.q).unavailable_needs_creation.other_org, (t.q).unavailable_needs_creation.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).unavailable_unclear.natural_person, (t.q).unavailable_unclear.commercial, (t.q).unavailable_unclear.research, (t.q).unavailable_unclear.social_org, (t.q).unavailable_unclear.legal_service, (t.q).unavailable_unclear.other_org, (t.q).unavailable_unclear.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).declined_complaint.natural_person, (t.q).declined_complaint.commercial, (t.q).declined_complaint.research, (t.q).declined_complaint.social_org, (t.q).declined_complaint.legal_service, (t.q).declined_complaint.other_org, (t.q).declined_complaint.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).declined_repeat.natural_person, (t.q).declined_repeat.commercial, (t.q).declined_repeat.research, (t.q).declined_repeat.social_org, (t.q).declined_repeat.legal_service, (t.q).declined_repeat.other_org, (t.q).declined_repeat.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).declined_publication.natural_person, (t.q).declined_publication.commercial, (t.q).declined_publication.research, (t.q).declined_publication.social_org, (t.q).declined_publication.legal_service, (t.q).declined_publication.other_org, (t.q).declined_publication.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).declined_excessive.natural_person, (t.q).declined_excessive.commercial, (t.q).declined_excessive.research, (t.q).declined_excessive.social_org, (t.q).declined_excessive.legal_service, (t.q).declined_excessive.other_org, (t.q).declined_excessive.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).declined_confirmation.natural_person, (t.q).declined_confirmation.commercial, (t.q).declined_confirmation.research, (t.q).declined_confirmation.social_org, (t.q).declined_confirmation.legal_service, (t.q).declined_confirmation.other_org, (t.q).declined_confirmation.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).other_no_correction.natural_person, (t.q).other_no_correction.commercial, (t.q).other_no_correction.research, (t.q).other_no_correction.social_org, (t.q).other_no_correction.legal_service, (t.q).other_no_correction.other_org, (t.q).other_no_correction.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).other_no_fee.natural_person, (t.q).other_no_fee.commercial, (t.q).other_no_fee.research, (t.q).other_no_fee.social_org, (t.q).other_no_fee.legal_service, (t.q).other_no_fee.other_org, (t.q).other_no_fee.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).other.natural_person, (t.q).other.commercial, (t.q).other.research, (t.q).other.social_org, (t.q).other.legal_service, (t.q).other.other_org, (t.q).other.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).total.natural_person, (t.q).total.commercial, (t.q).total.research, (t.q).total.social_org, (t.q).total.legal_service, (t.q).total.other_org, (t.q).total.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.q).carried_forward.natural_person, (t.q).carried_forward.commercial, (t.q).carried_forward.research, (t.q).carried_forward.social_org, (t.q).carried_forward.legal_service, (t.q).carried_forward.other_org, (t.q).carried_forward.total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.rv).upheld, (t.rv).corrected, (t.rv).other, (t.rv).pending, (t.rv).total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.sd).upheld, (t.sd).corrected, (t.sd).other, (t.sd).pending, (t.sd).total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.sa).upheld, (t.sa).corrected, (t.sa).other, (t.sa).pending, (t.sa).total)
           OPERATOR(pg_catalog.+) pg_catalog.num_nonnulls((t.p).projects, (t.p).amount_yuan)
           OPERATOR(pg_catalog.+) t.proactive_cells,
           pg_catalog.md5(ROW(t.pa, t.p, t.q, t.rv, t.sd, t.sa, (r.report).stated_requests,
                              (r.report).stated_proactive)::pg_catalog.text),
           pg_catalog.num_nonnulls(t.q) OPERATOR(pg_catalog.=) 1,
           (t.q).new_received.total,
           (t.q).carried_over.total,
           (t.q).granted.total,
           (t.q).partially_granted.total,
           (t.q).refused_state_secret.total,
           (t.q).refused_other_law.total,
           (t.q).refused_security.total,
           (t.q).refused_third_party.total,
           (t.q).refused_internal.total,
           (t.q).refused_process.total,
           (t.q).refused_enforcement_file.total,
           (t.q).refused_inquiry.total,
           (t.q).unavailable_not_held.total,
           (t.q).unavailable_needs_creation.total,
           (t.q).unavailable_unclear.total,
           (t.q).declined_complaint.total,
           (t.q).declined_repeat.total,
           (t.q).declined_publication.total,
           (t.q).declined_excessive.total,
           (t.q).declined_confirmation.total,
           (t.q).other_no_correction.total,
           (t.q).other_no_fee.total,
           (t.q).other.total,
           (t.q).total.total,
           (t.q).carried_forward.total,
           pg_catalog.num_nonnulls(t.rv) OPERATOR(pg_catalog.=) 1,
           (t.rv).upheld,
           (t.rv).corrected,
           (t.rv).other,
           (t.rv).pending,
           (t.rv).total,
           (t.sd).upheld,
           (t.sd).corrected,
           (t.sd).other,
           (t.sd).pending,
           (t.sd).total,
           (t.sa).upheld,
           (t.sa).corrected,
           (t.sa).other,
           (t.sa).pending,
           (t.sa).total,
           pg_catalog.num_nonnulls(t.p) OPERATOR(pg_catalog.=) 1, (t.p).projects, (t.p).amount_yuan,
           t.proactive_cells, (r.report).stated_requests, (r.report).stated_proactive
    FROM (SELECT DISTINCT u.id FROM pg_catalog.unnest(report_ids) AS u (id)) u
    JOIN @extschema@.disclosure_reports r ON r.id OPERATOR(pg_catalog.=) u.id
    JOIN @extschema@.disclosure_documents d ON d.id OPERATOR(pg_catalog.=) r.document_id
    CROSS JOIN LATERAL (
        SELECT (r.report).proactive AS pa, (r.report).procurement AS p,
               (r.report).requests AS q, (r.report).review AS rv,
               (r.report).suit_direct AS sd, (r.report).suit_after_review AS sa,
               (SELECT pg_catalog.count(i.value)::pg_catalog.int4
                FROM pg_catalog.unnest((r.report).proactive) AS i) AS proactive_cells
        OFFSET 0) t;

    -- which report of each group touched is canonical
    UPDATE @extschema@.disclosure_facts f
    SET canonical = (f.report_id OPERATOR(pg_catalog.=) b.best)
    FROM (SELECT DISTINCT ON (g.agency, g.year) g.agency, g.year, g.report_id AS best
          FROM @extschema@.disclosure_facts g
          JOIN (SELECT DISTINCT k.a, k.y FROM ROWS FROM (pg_catalog.unnest(agencies), pg_catalog.unnest(years)) AS k (a, y)) k
            ON g.agency OPERATOR(pg_catalog.=) k.a AND g.year OPERATOR(pg_catalog.=) k.y
          ORDER BY g.agency, g.year, g.known_cells DESC, g.loaded_at DESC, g.report_id DESC) b
    WHERE f.agency OPERATOR(pg_catalog.=) b.agency AND f.year OPERATOR(pg_catalog.=) b.year
      AND f.canonical OPERATOR(pg_catalog.<>) (f.report_id OPERATOR(pg_catalog.=) b.best);

    -- the analysts' tables: the canonical reports of the groups touched
    DELETE FROM @extschema@.disclosure_request_facts t
    USING pg_catalog.unnest(report_ids) AS u (id) WHERE t.report_id OPERATOR(pg_catalog.=) u.id;
    DELETE FROM @extschema@.disclosure_request_facts t
    USING (SELECT DISTINCT k.a, k.y FROM ROWS FROM (pg_catalog.unnest(agencies), pg_catalog.unnest(years)) AS k (a, y)) k
    WHERE t.agency OPERATOR(pg_catalog.=) k.a AND t.year OPERATOR(pg_catalog.=) k.y;
    DELETE FROM @extschema@.disclosure_litigation_facts t
    USING pg_catalog.unnest(report_ids) AS u (id) WHERE t.report_id OPERATOR(pg_catalog.=) u.id;
    DELETE FROM @extschema@.disclosure_litigation_facts t
    USING (SELECT DISTINCT k.a, k.y FROM ROWS FROM (pg_catalog.unnest(agencies), pg_catalog.unnest(years)) AS k (a, y)) k
    WHERE t.agency OPERATOR(pg_catalog.=) k.a AND t.year OPERATOR(pg_catalog.=) k.y;
    DELETE FROM @extschema@.disclosure_procurement_facts t
    USING pg_catalog.unnest(report_ids) AS u (id) WHERE t.report_id OPERATOR(pg_catalog.=) u.id;
    DELETE FROM @extschema@.disclosure_procurement_facts t
    USING (SELECT DISTINCT k.a, k.y FROM ROWS FROM (pg_catalog.unnest(agencies), pg_catalog.unnest(years)) AS k (a, y)) k
    WHERE t.agency OPERATOR(pg_catalog.=) k.a AND t.year OPERATOR(pg_catalog.=) k.y;

    INSERT INTO @extschema@.disclosure_request_facts
    SELECT f.report_id, f.agency, f.year, f.template,
           f.new_received, f.carried_over, f.granted, f.partially_granted,
           CASE WHEN s.refused OPERATOR(pg_catalog.<=) 2147483647 THEN s.refused::pg_catalog.int4 END,
           f.refused_state_secret, f.refused_other_law, f.refused_security, f.refused_third_party, f.refused_internal, f.refused_process, f.refused_enforcement_file, f.refused_inquiry,
           CASE WHEN s.unavailable OPERATOR(pg_catalog.<=) 2147483647 THEN s.unavailable::pg_catalog.int4 END,
           CASE WHEN s.declined OPERATOR(pg_catalog.<=) 2147483647 THEN s.declined::pg_catalog.int4 END,
           CASE WHEN s.other OPERATOR(pg_catalog.<=) 2147483647 THEN s.other::pg_catalog.int4 END,
           f.total, f.carried_forward
    FROM @extschema@.disclosure_touched(report_ids, agencies, years) AS t (id)
    JOIN @extschema@.disclosure_facts f ON f.report_id OPERATOR(pg_catalog.=) t.id
    CROSS JOIN LATERAL (
        SELECT f.refused_state_secret::pg_catalog.int8
                   OPERATOR(pg_catalog.+) f.refused_other_law::pg_catalog.int8
                   OPERATOR(pg_catalog.+) f.refused_security::pg_catalog.int8
                   OPERATOR(pg_catalog.+) f.refused_third_party::pg_catalog.int8
                   OPERATOR(pg_catalog.+) f.refused_internal::pg_catalog.int8
                   OPERATOR(pg_catalog.+) f.refused_process::pg_catalog.int8
                   OPERATOR(pg_catalog.+) f.refused_enforcement_file::pg_catalog.int8
                   OPERATOR(pg_catalog.+) f.refused_inquiry::pg_catalog.int8 AS refused,
               f.unavailable_not_held::pg_catalog.int8
                   OPERATOR(pg_catalog.+) f.unavailable_needs_creation::pg_catalog.int8
                   OPERATOR(pg_catalog.+) f.unavailable_unclear::pg_catalog.int8 AS unavailable,
               f.declined_complaint::pg_catalog.int8
                   OPERATOR(pg_catalog.+) f.declined_repeat::pg_catalog.int8
                   OPERATOR(pg_catalog.+) f.declined_publication::pg_catalog.int8
                   OPERATOR(pg_catalog.+) f.declined_excessive::pg_catalog.int8
                   OPERATOR(pg_catalog.+) f.declined_confirmation::pg_catalog.int8 AS declined,
               CASE WHEN f.template OPERATOR(pg_catalog.=) '2021'
                    THEN f.other_no_correction::pg_catalog.int8
                   OPERATOR(pg_catalog.+) f.other_no_fee::pg_catalog.int8
                   OPERATOR(pg_catalog.+) f.other::pg_catalog.int8
                    ELSE f.other::pg_catalog.int8 END AS other) s
    WHERE f.has_requests;

    INSERT INTO @extschema@.disclosure_litigation_facts
    SELECT f.report_id, f.agency, f.year,
           f.review_upheld, f.review_corrected, f.review_other, f.review_pending, f.review_total, f.suit_direct_upheld, f.suit_direct_corrected, f.suit_direct_other, f.suit_direct_pending, f.suit_direct_total, f.suit_after_review_upheld, f.suit_after_review_corrected, f.suit_after_review_other, f.suit_after_review_pending, f.suit_after_review_total
    FROM @extschema@.disclosure_touched(report_ids, agencies, years) AS t (id)
    JOIN @extschema@.disclosure_facts f ON f.report_id OPERATOR(pg_catalog.=) t.id
    WHERE f.has_review;

    INSERT INTO @extschema@.disclosure_procurement_facts
    SELECT f.report_id, f.agency, f.year, f.procurement_projects, f.procurement_amount_yuan
    FROM @extschema@.disclosure_touched(report_ids, agencies, years) AS t (id)
    JOIN @extschema@.disclosure_facts f ON f.report_id OPERATOR(pg_catalog.=) t.id
    WHERE f.has_procurement;

    -- the findings that may have changed: of these reports, of their
    -- groups, and the continuity findings of the year after each group
    DELETE FROM @extschema@.disclosure_stored_findings x
    USING pg_catalog.unnest(report_ids) AS u (id)
    WHERE x.report_id OPERATOR(pg_catalog.=) u.id;
    DELETE FROM @extschema@.disclosure_stored_findings x
    USING pg_catalog.unnest(report_ids) AS u (id)
    WHERE x.previous_report_id OPERATOR(pg_catalog.=) u.id;
    DELETE FROM @extschema@.disclosure_stored_findings x
    USING pg_catalog.unnest(report_ids) AS u (id)
    WHERE x.copy_report_id OPERATOR(pg_catalog.=) u.id;
    DELETE FROM @extschema@.disclosure_stored_findings x
    USING (SELECT DISTINCT k.a, k.y FROM ROWS FROM (pg_catalog.unnest(agencies), pg_catalog.unnest(years)) AS k (a, y)) k
    WHERE x.agency OPERATOR(pg_catalog.=) k.a
      AND (x.year OPERATOR(pg_catalog.=) k.y
           OR (x.year OPERATOR(pg_catalog.=) (k.y OPERATOR(pg_catalog.+) 1)
               AND x.previous_report_id IS NOT NULL));

    -- each canonical report's own findings
    INSERT INTO @extschema@.disclosure_stored_findings
        (finding_id, report_id, agency, year, rule, severity, location, expected, actual, message)
    SELECT @extschema@.disclosure_finding_id(c.rule, (r.report).agency, (r.report).year, c.location),
           r.id, (r.report).agency, (r.report).year,
           c.rule, c.severity, c.location, c.expected, c.actual, c.message
    FROM @extschema@.disclosure_touched(report_ids, agencies, years) AS s (report_id)
    JOIN @extschema@.disclosure_reports r ON r.id OPERATOR(pg_catalog.=) s.report_id
    CROSS JOIN LATERAL @extschema@.disclosure_check(r.report) AS c;

    -- two copies of one report that read a number differently
    INSERT INTO @extschema@.disclosure_stored_findings
        (finding_id, report_id, copy_report_id, agency, year, rule, severity, location,
         expected, actual, message)
    SELECT @extschema@.disclosure_finding_id('duplicate_disagrees', e.agency, e.year, e.location),
           e.canonical_report_id, e.copy_id, e.agency, e.year, 'duplicate_disagrees', 'warning',
           e.location, e.canonical_value, e.copy_value,
           pg_catalog.format('Two copies of the report of %s for %s read %s differently: %s in the copy counted, %s in another (disclosure_report_differences lists every copy).',
                             e.agency, e.year, e.location,
                             coalesce(e.canonical_value::pg_catalog.text, 'blank'), e.copy_value)
    FROM (SELECT v.agency, v.year, v.canonical_report_id, v.canonical_value,
                 v.tbl OPERATOR(pg_catalog.||) '.' OPERATOR(pg_catalog.||) v.row_name
                   OPERATOR(pg_catalog.||) '.' OPERATOR(pg_catalog.||) v.column_name AS location,
                 o.id AS copy_id, o.value AS copy_value
          FROM @extschema@.disclosure_report_differences v
          JOIN (SELECT DISTINCT k.a, k.y FROM ROWS FROM (pg_catalog.unnest(agencies), pg_catalog.unnest(years)) AS k (a, y)) k
            ON v.agency OPERATOR(pg_catalog.=) k.a AND v.year OPERATOR(pg_catalog.=) k.y
          CROSS JOIN LATERAL (
              SELECT w.id, w.value
              FROM ROWS FROM (pg_catalog.unnest(v.report_ids), pg_catalog.unnest(v."values")) AS w (id, value)
              WHERE w.value IS NOT NULL
                AND w.id OPERATOR(pg_catalog.<>) v.canonical_report_id
                AND (v.canonical_value IS NULL
                     OR w.value OPERATOR(pg_catalog.<>) v.canonical_value)
              ORDER BY w.id LIMIT 1) o) e;

    -- continuity between each touched group and the years next to it
    INSERT INTO @extschema@.disclosure_stored_findings
        (finding_id, report_id, previous_report_id, agency, year, rule, severity, location,
         expected, actual, message)
    SELECT @extschema@.disclosure_finding_id(c.rule, n.agency, n.year, c.location),
           n.report_id, p.report_id, n.agency, n.year,
           c.rule, c.severity, c.location, c.expected, c.actual, c.message
    FROM (SELECT DISTINCT k.a, k.y FROM ROWS FROM (pg_catalog.unnest(agencies), pg_catalog.unnest(years)) AS k (a, y)
          UNION
          SELECT k.a, k.y OPERATOR(pg_catalog.+) 1
          FROM ROWS FROM (pg_catalog.unnest(agencies), pg_catalog.unnest(years)) AS k (a, y)) k
    JOIN @extschema@.disclosure_facts n
      ON n.agency OPERATOR(pg_catalog.=) k.a AND n.year OPERATOR(pg_catalog.=) k.y AND n.canonical
    JOIN @extschema@.disclosure_facts p
      ON p.agency OPERATOR(pg_catalog.=) n.agency
     AND p.year OPERATOR(pg_catalog.=) (n.year OPERATOR(pg_catalog.-) 1) AND p.canonical
    JOIN @extschema@.disclosure_reports rn ON rn.id OPERATOR(pg_catalog.=) n.report_id
    JOIN @extschema@.disclosure_reports rp ON rp.id OPERATOR(pg_catalog.=) p.report_id
    CROSS JOIN LATERAL @extschema@.disclosure_check_continuity(rp.report, rn.report) AS c;
    -- the review states of the findings written again
    UPDATE @extschema@.disclosure_stored_findings x
    SET review_state = v.state, review_note = v.note, reviewed_by = v.reviewed_by,
        reviewed_at = v.reviewed_at
    FROM @extschema@.disclosure_reviews v
    WHERE x.finding_id OPERATOR(pg_catalog.=) v.finding_id
      AND x.reviewed_at IS NULL;
END;
$$;

COMMENT ON FUNCTION @extschema@.disclosure_analyse(pg_catalog.int8[], pg_catalog.text[], pg_catalog.int4[]) IS
'Brings disclosure_facts and disclosure_stored_findings up to date after the stored reports report_ids changed (inserted, updated or deleted), where agencies and years (one pair per element) are the groups they were or are in: the reports'' facts, the canonical report of each group, and the findings of those groups and of the years next to them. The triggers on disclosure_reports call it; it needs write access to both tables.';

CREATE FUNCTION @extschema@.disclosure_reports_changed()
RETURNS trigger
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ids     pg_catalog.int8[];
    ags     pg_catalog.text[];
    yrs     pg_catalog.int4[];
BEGIN
    IF TG_OP OPERATOR(pg_catalog.=) 'TRUNCATE' THEN
        TRUNCATE @extschema@.disclosure_facts, @extschema@.disclosure_stored_findings,
            @extschema@.disclosure_request_facts, @extschema@.disclosure_litigation_facts,
            @extschema@.disclosure_procurement_facts;
        RETURN NULL;
    ELSIF TG_OP OPERATOR(pg_catalog.=) 'INSERT' THEN
        SELECT pg_catalog.array_agg(n.id), pg_catalog.array_agg((n.report).agency),
               pg_catalog.array_agg((n.report).year)
        INTO ids, ags, yrs FROM new_reports n;
    ELSIF TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN
        SELECT pg_catalog.array_agg(o.id), pg_catalog.array_agg((o.report).agency),
               pg_catalog.array_agg((o.report).year)
        INTO ids, ags, yrs FROM old_reports o;
    ELSE
        SELECT pg_catalog.array_agg(x.id), pg_catalog.array_agg(x.agency),
               pg_catalog.array_agg(x.year)
        INTO ids, ags, yrs
        FROM (SELECT n.id, (n.report).agency, (n.report).year FROM new_reports n
              UNION ALL
              SELECT o.id, (o.report).agency, (o.report).year FROM old_reports o) x (id, agency, year);
    END IF;
    IF ids IS NOT NULL THEN
        PERFORM @extschema@.disclosure_analyse(ids, ags, yrs);
    END IF;
    RETURN NULL;
END;
$$;

COMMENT ON FUNCTION @extschema@.disclosure_reports_changed() IS
'Trigger function of disclosure_reports: after each statement that inserts, updates, deletes or truncates stored reports, disclosure_analyse (or, for TRUNCATE, emptying disclosure_facts and disclosure_stored_findings).';

CREATE TRIGGER disclosure_reports_inserted AFTER INSERT ON @extschema@.disclosure_reports
    REFERENCING NEW TABLE AS new_reports
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.disclosure_reports_changed();
CREATE TRIGGER disclosure_reports_updated AFTER UPDATE ON @extschema@.disclosure_reports
    REFERENCING OLD TABLE AS old_reports NEW TABLE AS new_reports
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.disclosure_reports_changed();
CREATE TRIGGER disclosure_reports_deleted AFTER DELETE ON @extschema@.disclosure_reports
    REFERENCING OLD TABLE AS old_reports
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.disclosure_reports_changed();
CREATE TRIGGER disclosure_reports_truncated AFTER TRUNCATE ON @extschema@.disclosure_reports
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.disclosure_reports_changed();

COMMENT ON TRIGGER disclosure_reports_inserted ON @extschema@.disclosure_reports IS
'Writes the facts and findings of the reports stored (disclosure_analyse).';
COMMENT ON TRIGGER disclosure_reports_updated ON @extschema@.disclosure_reports IS
'Writes again the facts and findings of the reports changed, and of their groups before and after (disclosure_analyse).';
COMMENT ON TRIGGER disclosure_reports_deleted ON @extschema@.disclosure_reports IS
'Removes the facts and findings of the reports deleted, and writes again those of their groups (disclosure_analyse).';
COMMENT ON TRIGGER disclosure_reports_truncated ON @extschema@.disclosure_reports IS
'Empties the facts and the stored findings with the reports.';

-- disclosure_reviews is copied into the stored findings, so that
-- disclosure_findings reads one table. The copy runs with the rights of
-- @extowner@, who owns the function: a reviewer needs write access to
-- disclosure_reviews only.
CREATE FUNCTION @extschema@.disclosure_reviews_changed()
RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP OPERATOR(pg_catalog.=) 'TRUNCATE' THEN
        UPDATE @extschema@.disclosure_stored_findings x
        SET review_state = 'open', review_note = NULL, reviewed_by = NULL, reviewed_at = NULL
        WHERE x.reviewed_at IS NOT NULL;
        RETURN NULL;
    END IF;
    IF TG_OP OPERATOR(pg_catalog.<>) 'INSERT' THEN
        UPDATE @extschema@.disclosure_stored_findings x
        SET review_state = 'open', review_note = NULL, reviewed_by = NULL, reviewed_at = NULL
        WHERE x.finding_id OPERATOR(pg_catalog.=) OLD.finding_id;
    END IF;
    IF TG_OP OPERATOR(pg_catalog.<>) 'DELETE' THEN
        UPDATE @extschema@.disclosure_stored_findings x
        SET review_state = NEW.state, review_note = NEW.note, reviewed_by = NEW.reviewed_by,
            reviewed_at = NEW.reviewed_at
        WHERE x.finding_id OPERATOR(pg_catalog.=) NEW.finding_id;
    END IF;
    RETURN NULL;
END;
$$;

ALTER FUNCTION @extschema@.disclosure_reviews_changed() OWNER TO @extowner@;

COMMENT ON FUNCTION @extschema@.disclosure_reviews_changed() IS
'Trigger function of disclosure_reviews: copies each review into the stored findings of its finding_id (review_state, review_note, reviewed_by, reviewed_at), and back to open when a review is deleted. Runs with the rights of the role that installed the extension.';

CREATE TRIGGER disclosure_reviews_changed AFTER INSERT OR UPDATE OR DELETE
    ON @extschema@.disclosure_reviews
    FOR EACH ROW EXECUTE FUNCTION @extschema@.disclosure_reviews_changed();
CREATE TRIGGER disclosure_reviews_truncated AFTER TRUNCATE ON @extschema@.disclosure_reviews
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.disclosure_reviews_changed();

COMMENT ON TRIGGER disclosure_reviews_changed ON @extschema@.disclosure_reviews IS
'Copies a review into the stored findings of its finding_id (disclosure_reviews_changed).';
COMMENT ON TRIGGER disclosure_reviews_truncated ON @extschema@.disclosure_reviews IS
'Sets every stored finding back to open when the reviews are emptied.';

--------------------------------------------------------------------------------
-- Views for analysts
--------------------------------------------------------------------------------
-- The views read the plain columns of disclosure_facts (and the findings
-- stored in disclosure_stored_findings), of canonical reports only: one
-- report per agency and year. Only disclosure_request_cells, a report's
-- table three in long form, reads the composite values, in a LATERAL
-- subquery kept apart by OFFSET 0 (pulled up, every (q).x would take the
-- row out of the report again).
--
-- They run with the rights of whoever reads them (security_invoker), so
-- reading them takes SELECT on the tables they read. Nothing in them is looked
-- up by name when a query runs, but names are resolved once, when the view is
-- created, by a search_path that holds the schema the extension goes into,
-- where others may have put operators and functions first. So every operator
-- is written OPERATOR(pg_catalog.x), every function pg_catalog.f or
-- @extschema@.f, every cast to a pg_catalog type; NULLIF, IN and IS DISTINCT
-- FROM are not used, as they look up "=" by search_path (a row tested for
-- being NULL as a whole uses num_nonnulls, which does not look inside it).
CREATE VIEW @extschema@.disclosure_request_cells WITH (security_invoker = true) AS
SELECT r.id AS report_id, (r.report).agency AS agency, (r.report).year AS year,
       o.ord AS outcome_order, o.outcome, c.ord AS applicant_order, c.applicant,
       c.count
FROM @extschema@.disclosure_facts f
JOIN @extschema@.disclosure_reports r ON r.id OPERATOR(pg_catalog.=) f.report_id
CROSS JOIN LATERAL (SELECT (r.report).requests AS q OFFSET 0) t
CROSS JOIN LATERAL (VALUES
        (1, 'new_received'::pg_catalog.text, (q).new_received),
        (2, 'carried_over', (q).carried_over),
        (3, 'granted', (q).granted),
        (4, 'partially_granted', (q).partially_granted),
        (5, 'refused_state_secret', (q).refused_state_secret),
        (6, 'refused_other_law', (q).refused_other_law),
        (7, 'refused_security', (q).refused_security),
        (8, 'refused_third_party', (q).refused_third_party),
        (9, 'refused_internal', (q).refused_internal),
        (10, 'refused_process', (q).refused_process),
        (11, 'refused_enforcement_file', (q).refused_enforcement_file),
        (12, 'refused_inquiry', (q).refused_inquiry),
        (13, 'unavailable_not_held', (q).unavailable_not_held),
        (14, 'unavailable_needs_creation', (q).unavailable_needs_creation),
        (15, 'unavailable_unclear', (q).unavailable_unclear),
        (16, 'declined_complaint', (q).declined_complaint),
        (17, 'declined_repeat', (q).declined_repeat),
        (18, 'declined_publication', (q).declined_publication),
        (19, 'declined_excessive', (q).declined_excessive),
        (20, 'declined_confirmation', (q).declined_confirmation),
        (21, 'other_no_correction', (q).other_no_correction),
        (22, 'other_no_fee', (q).other_no_fee),
        (23, 'other', (q).other),
        (24, 'total', (q).total),
        (25, 'carried_forward', (q).carried_forward)
    ) AS o (ord, outcome, counts)
CROSS JOIN LATERAL (VALUES
        (1, 'natural_person'::pg_catalog.text, (o.counts).natural_person),
        (2, 'commercial', (o.counts).commercial),
        (3, 'research', (o.counts).research),
        (4, 'social_org', (o.counts).social_org),
        (5, 'legal_service', (o.counts).legal_service),
        (6, 'other_org', (o.counts).other_org),
        (7, 'total', (o.counts).total)
    ) AS c (ord, applicant, count)
WHERE f.canonical AND f.has_requests
  AND NOT ((r.report).template OPERATOR(pg_catalog.=) '2019'
           AND (o.outcome OPERATOR(pg_catalog.=) 'other_no_correction'
                OR o.outcome OPERATOR(pg_catalog.=) 'other_no_fee'));

COMMENT ON VIEW @extschema@.disclosure_request_cells IS
'Table three in long form: one row per canonical stored report, outcome row and applicant column, with its count (NULL where the cell was blank or unreadable). outcome and applicant are the field names of disclosure_requests and disclosure_counts; *_order give the template order. The 2021-only rows are left out for reports on the 2019 template.';

CREATE VIEW @extschema@.disclosure_request_totals WITH (security_invoker = true) AS
SELECT t.report_id, t.agency, t.year, t.template, t.new_received, t.carried_over, t.granted, t.partially_granted, t.refused, t.refused_state_secret, t.refused_other_law, t.refused_security, t.refused_third_party, t.refused_internal, t.refused_process, t.refused_enforcement_file, t.refused_inquiry, t.unavailable, t.declined, t.other, t.total, t.carried_forward
FROM @extschema@.disclosure_request_facts t;

COMMENT ON VIEW @extschema@.disclosure_request_totals IS
'Table three per canonical stored report (one per agency and year), 总计 column only: new, carried over, each outcome (refused, unavailable and declined also summed over their reasons), total and carried forward. A sum is NULL when any of its cells is.';

CREATE VIEW @extschema@.disclosure_requests_rollup WITH (security_invoker = true) AS
-- The sums are written out once per kind of group (not GROUPING SETS, nor
-- one aggregate over each report twice), so that disclosure_requests_by_year
-- groups by year alone: its WHERE grouped_by = 'year' leaves out the other
-- branch, which costs as much again (by agency) or more.
SELECT 'year'::pg_catalog.text AS grouped_by, year, NULL::pg_catalog.text AS agency,
       pg_catalog.count(*) AS reports,
       pg_catalog.count(*) FILTER (WHERE new_received IS NULL OR carried_over IS NULL
                          OR granted IS NULL OR partially_granted IS NULL
                          OR refused IS NULL OR unavailable IS NULL
                          OR declined IS NULL OR other IS NULL OR total IS NULL
                          OR carried_forward IS NULL) AS incomplete_reports,
       pg_catalog.sum(new_received) AS new_received,
       pg_catalog.sum(carried_over) AS carried_over,
       pg_catalog.sum(granted) AS granted,
       pg_catalog.sum(partially_granted) AS partially_granted,
       pg_catalog.sum(refused) AS refused,
       pg_catalog.sum(refused_state_secret) AS refused_state_secret,
       pg_catalog.sum(refused_other_law) AS refused_other_law,
       pg_catalog.sum(refused_security) AS refused_security,
       pg_catalog.sum(refused_third_party) AS refused_third_party,
       pg_catalog.sum(refused_internal) AS refused_internal,
       pg_catalog.sum(refused_process) AS refused_process,
       pg_catalog.sum(refused_enforcement_file) AS refused_enforcement_file,
       pg_catalog.sum(refused_inquiry) AS refused_inquiry,
       pg_catalog.sum(unavailable) AS unavailable,
       pg_catalog.sum(declined) AS declined,
       pg_catalog.sum(other) AS other,
       pg_catalog.sum(total) AS total,
       pg_catalog.sum(carried_forward) AS carried_forward,
       pg_catalog.round(
           (pg_catalog.sum(granted) FILTER (WHERE granted IS NOT NULL AND total IS NOT NULL))::pg_catalog.numeric
           OPERATOR(pg_catalog./)
           (CASE WHEN pg_catalog.sum(total) FILTER (WHERE granted IS NOT NULL AND total IS NOT NULL)
                      OPERATOR(pg_catalog.<>) 0
                 THEN pg_catalog.sum(total) FILTER (WHERE granted IS NOT NULL AND total IS NOT NULL)
                 END)::pg_catalog.numeric,
           4) AS grant_rate,
       pg_catalog.round(
           (pg_catalog.sum(refused) FILTER (WHERE refused IS NOT NULL AND total IS NOT NULL))::pg_catalog.numeric
           OPERATOR(pg_catalog./)
           (CASE WHEN pg_catalog.sum(total) FILTER (WHERE refused IS NOT NULL AND total IS NOT NULL)
                      OPERATOR(pg_catalog.<>) 0
                 THEN pg_catalog.sum(total) FILTER (WHERE refused IS NOT NULL AND total IS NOT NULL)
                 END)::pg_catalog.numeric,
           4) AS refusal_rate
FROM @extschema@.disclosure_request_totals
GROUP BY year
UNION ALL
SELECT 'agency'::pg_catalog.text, NULL::pg_catalog.int4, agency,
       pg_catalog.count(*) AS reports,
       pg_catalog.count(*) FILTER (WHERE new_received IS NULL OR carried_over IS NULL
                          OR granted IS NULL OR partially_granted IS NULL
                          OR refused IS NULL OR unavailable IS NULL
                          OR declined IS NULL OR other IS NULL OR total IS NULL
                          OR carried_forward IS NULL) AS incomplete_reports,
       pg_catalog.sum(new_received) AS new_received,
       pg_catalog.sum(carried_over) AS carried_over,
       pg_catalog.sum(granted) AS granted,
       pg_catalog.sum(partially_granted) AS partially_granted,
       pg_catalog.sum(refused) AS refused,
       pg_catalog.sum(refused_state_secret) AS refused_state_secret,
       pg_catalog.sum(refused_other_law) AS refused_other_law,
       pg_catalog.sum(refused_security) AS refused_security,
       pg_catalog.sum(refused_third_party) AS refused_third_party,
       pg_catalog.sum(refused_internal) AS refused_internal,
       pg_catalog.sum(refused_process) AS refused_process,
       pg_catalog.sum(refused_enforcement_file) AS refused_enforcement_file,
       pg_catalog.sum(refused_inquiry) AS refused_inquiry,
       pg_catalog.sum(unavailable) AS unavailable,
       pg_catalog.sum(declined) AS declined,
       pg_catalog.sum(other) AS other,
       pg_catalog.sum(total) AS total,
       pg_catalog.sum(carried_forward) AS carried_forward,
       pg_catalog.round(
           (pg_catalog.sum(granted) FILTER (WHERE granted IS NOT NULL AND total IS NOT NULL))::pg_catalog.numeric
           OPERATOR(pg_catalog./)
           (CASE WHEN pg_catalog.sum(total) FILTER (WHERE granted IS NOT NULL AND total IS NOT NULL)
                      OPERATOR(pg_catalog.<>) 0
                 THEN pg_catalog.sum(total) FILTER (WHERE granted IS NOT NULL AND total IS NOT NULL)
                 END)::pg_catalog.numeric,
           4) AS grant_rate,
       pg_catalog.round(
           (pg_catalog.sum(refused) FILTER (WHERE refused IS NOT NULL AND total IS NOT NULL))::pg_catalog.numeric
           OPERATOR(pg_catalog./)
           (CASE WHEN pg_catalog.sum(total) FILTER (WHERE refused IS NOT NULL AND total IS NOT NULL)
                      OPERATOR(pg_catalog.<>) 0
                 THEN pg_catalog.sum(total) FILTER (WHERE refused IS NOT NULL AND total IS NOT NULL)
                 END)::pg_catalog.numeric,
           4) AS refusal_rate
FROM @extschema@.disclosure_request_totals
GROUP BY agency;

COMMENT ON VIEW @extschema@.disclosure_requests_rollup IS
'The sums behind disclosure_requests_by_year and disclosure_requests_by_agency (grouped_by says which); a query of one kind reads only its half.';

CREATE VIEW @extschema@.disclosure_requests_by_year WITH (security_invoker = true) AS
SELECT year,
       reports,
       incomplete_reports,
       new_received,
       carried_over,
       granted,
       partially_granted,
       refused,
       refused_state_secret,
       refused_other_law,
       refused_security,
       refused_third_party,
       refused_internal,
       refused_process,
       refused_enforcement_file,
       refused_inquiry,
       unavailable,
       declined,
       other,
       total,
       carried_forward,
       grant_rate,
       refusal_rate
FROM @extschema@.disclosure_requests_rollup
WHERE grouped_by OPERATOR(pg_catalog.=) 'year';

COMMENT ON VIEW @extschema@.disclosure_requests_by_year IS
'Requests per report year, summed over the canonical stored reports, one per agency and year (总计 column): new, carried over, granted, partially granted, refused (and its eight reasons), unavailable, declined, other, total, carried forward. Blank cells stay out of the sums; incomplete_reports counts the reports with any of these blank. grant_rate and refusal_rate are granted / total and refused / total over the reports where both are known.';

CREATE VIEW @extschema@.disclosure_requests_by_agency WITH (security_invoker = true) AS
SELECT agency,
       reports,
       incomplete_reports,
       new_received,
       carried_over,
       granted,
       partially_granted,
       refused,
       refused_state_secret,
       refused_other_law,
       refused_security,
       refused_third_party,
       refused_internal,
       refused_process,
       refused_enforcement_file,
       refused_inquiry,
       unavailable,
       declined,
       other,
       total,
       carried_forward,
       grant_rate,
       refusal_rate
FROM @extschema@.disclosure_requests_rollup
WHERE grouped_by OPERATOR(pg_catalog.=) 'agency';

COMMENT ON VIEW @extschema@.disclosure_requests_by_agency IS
'Requests per agency over all its stored years, with the columns and rules of disclosure_requests_by_year.';

CREATE VIEW @extschema@.disclosure_procurement_by_report WITH (security_invoker = true) AS
SELECT t.report_id, t.agency, t.year, t.projects, t.amount_yuan
FROM @extschema@.disclosure_procurement_facts t;

COMMENT ON VIEW @extschema@.disclosure_procurement_by_report IS
'Central government procurement (政府集中采购, table two of the 2019 template) per canonical stored report: number of projects and total amount in yuan (converted from 万元 or 亿元 as written). (The name disclosure_procurement belongs to the composite type.)';

CREATE VIEW @extschema@.disclosure_procurement_by_year WITH (security_invoker = true) AS
SELECT year, pg_catalog.count(*) AS reports,
       pg_catalog.count(*) FILTER (WHERE projects IS NULL OR amount_yuan IS NULL)
         AS incomplete_reports,
       pg_catalog.sum(projects) AS projects, pg_catalog.sum(amount_yuan) AS amount_yuan
FROM @extschema@.disclosure_procurement_by_report
GROUP BY year;

COMMENT ON VIEW @extschema@.disclosure_procurement_by_year IS
'Procurement per report year over the stored reports that have the procurement row; blank cells stay out of the sums and incomplete_reports counts them.';

CREATE VIEW @extschema@.disclosure_litigation WITH (security_invoker = true) AS
SELECT f.report_id, f.agency, f.year,
       f.review_upheld AS review_upheld, f.review_corrected AS review_corrected,
       f.review_other AS review_other, f.review_pending AS review_pending,
       f.review_total AS review_total,
       f.suit_direct_total AS suits_direct, f.suit_after_review_total AS suits_after_review,
       f.suit_direct_corrected OPERATOR(pg_catalog.+) f.suit_after_review_corrected AS suits_corrected,
       pg_catalog.round(
           f.review_corrected::pg_catalog.numeric
           OPERATOR(pg_catalog./)
           (CASE WHEN f.review_upheld OPERATOR(pg_catalog.+) f.review_corrected
                        OPERATOR(pg_catalog.+) f.review_other OPERATOR(pg_catalog.<>) 0
                 THEN f.review_upheld OPERATOR(pg_catalog.+) f.review_corrected
                        OPERATOR(pg_catalog.+) f.review_other
                 END)::pg_catalog.numeric,
           4) AS review_loss_rate,
       pg_catalog.round(
           (f.suit_direct_corrected OPERATOR(pg_catalog.+) f.suit_after_review_corrected)::pg_catalog.numeric
           OPERATOR(pg_catalog./)
           (CASE WHEN f.suit_direct_upheld OPERATOR(pg_catalog.+) f.suit_direct_corrected
                        OPERATOR(pg_catalog.+) f.suit_direct_other OPERATOR(pg_catalog.+) f.suit_after_review_upheld
                        OPERATOR(pg_catalog.+) f.suit_after_review_corrected OPERATOR(pg_catalog.+) f.suit_after_review_other
                        OPERATOR(pg_catalog.<>) 0
                 THEN f.suit_direct_upheld OPERATOR(pg_catalog.+) f.suit_direct_corrected
                        OPERATOR(pg_catalog.+) f.suit_direct_other OPERATOR(pg_catalog.+) f.suit_after_review_upheld
                        OPERATOR(pg_catalog.+) f.suit_after_review_corrected OPERATOR(pg_catalog.+) f.suit_after_review_other
                 END)::pg_catalog.numeric,
           4) AS suit_loss_rate
FROM @extschema@.disclosure_litigation_facts f;

COMMENT ON VIEW @extschema@.disclosure_litigation IS
'Administrative review (行政复议) and litigation (行政诉讼) per canonical stored report. A loss rate is corrected (结果纠正, the body lost) over the cases decided (upheld + corrected + other; pending cases excluded); NULL when nothing was decided or a cell is blank.';

CREATE VIEW @extschema@.disclosure_litigation_by_year WITH (security_invoker = true) AS
SELECT year, pg_catalog.count(*) AS reports,
       pg_catalog.count(*) FILTER (WHERE review_upheld IS NULL OR review_corrected IS NULL
                          OR review_other IS NULL OR review_pending IS NULL
                          OR review_total IS NULL OR suits_direct IS NULL
                          OR suits_after_review IS NULL OR suits_corrected IS NULL)
         AS incomplete_reports,
       pg_catalog.sum(review_total) AS reviews,
       pg_catalog.sum(review_corrected) AS reviews_corrected,
       pg_catalog.sum(suits_direct) AS suits_direct,
       pg_catalog.sum(suits_after_review) AS suits_after_review,
       pg_catalog.sum(suits_corrected) AS suits_corrected,
       pg_catalog.round(
           (pg_catalog.sum(review_corrected)
              FILTER (WHERE review_upheld OPERATOR(pg_catalog.+) review_other IS NOT NULL)
           )::pg_catalog.numeric
           OPERATOR(pg_catalog./)
           (CASE WHEN pg_catalog.sum(review_upheld OPERATOR(pg_catalog.+) review_corrected
                                     OPERATOR(pg_catalog.+) review_other)
                      OPERATOR(pg_catalog.<>) 0
                 THEN pg_catalog.sum(review_upheld OPERATOR(pg_catalog.+) review_corrected
                                     OPERATOR(pg_catalog.+) review_other)
                 END)::pg_catalog.numeric,
           4) AS review_loss_rate
FROM @extschema@.disclosure_litigation
GROUP BY year;

COMMENT ON VIEW @extschema@.disclosure_litigation_by_year IS
'Review and litigation per report year over the stored reports, with the rate at which bodies lost reviews (corrected / decided, over reports whose review cells are all known).';

CREATE VIEW @extschema@.disclosure_findings WITH (security_invoker = true) AS
SELECT x.report_id, x.previous_report_id, x.agency, x.year, x.rule, x.severity, x.location,
       x.expected, x.actual, x.message, x.finding_id, x.copy_report_id,
       x.review_state, x.review_note, x.reviewed_by, x.reviewed_at
FROM @extschema@.disclosure_stored_findings x;

COMMENT ON VIEW @extschema@.disclosure_findings IS
'Every finding of the canonical stored reports, as stored when the reports were (disclosure_stored_findings): disclosure_check''s, the continuity findings between each body''s consecutive years (disclosure_check_continuity; previous_report_id is then the earlier report) and duplicate_disagrees between copies of one report (copy_report_id is then the other copy). finding_id is stable across re-parses and re-loads; review_state is open until disclosure_review records confirmed or dismissed, with the note, the role and the time.';

-- every role may read the views; what they show takes SELECT on the tables
GRANT SELECT ON @extschema@.disclosure_request_cells, @extschema@.disclosure_request_totals,
    @extschema@.disclosure_requests_rollup, @extschema@.disclosure_requests_by_year,
    @extschema@.disclosure_requests_by_agency, @extschema@.disclosure_procurement_by_report,
    @extschema@.disclosure_procurement_by_year, @extschema@.disclosure_litigation,
    @extschema@.disclosure_litigation_by_year, @extschema@.disclosure_findings TO PUBLIC;

--------------------------------------------------------------------------------
-- Analysis (issue 12): a body's years side by side, reviewing findings,
-- parsing the stored documents again
--------------------------------------------------------------------------------
CREATE VIEW @extschema@.disclosure_year_over_year WITH (security_invoker = true) AS
SELECT f.agency, f.year, f.report_id, f.template,
       f.new_received, f.carried_over, f.granted, f.total, f.carried_forward,
       f.review_total AS reviews, f.review_corrected AS reviews_corrected,
       f.suit_direct_total OPERATOR(pg_catalog.+) f.suit_after_review_total AS suits,
       p.report_id AS previous_report_id,
       f.new_received OPERATOR(pg_catalog.-) p.new_received AS new_received_change,
       f.carried_over OPERATOR(pg_catalog.-) p.carried_over AS carried_over_change,
       f.granted OPERATOR(pg_catalog.-) p.granted AS granted_change,
       f.total OPERATOR(pg_catalog.-) p.total AS total_change,
       f.carried_forward OPERATOR(pg_catalog.-) p.carried_forward AS carried_forward_change,
       f.review_total OPERATOR(pg_catalog.-) p.review_total AS reviews_change,
       (f.suit_direct_total OPERATOR(pg_catalog.+) f.suit_after_review_total)
         OPERATOR(pg_catalog.-)
         (p.suit_direct_total OPERATOR(pg_catalog.+) p.suit_after_review_total) AS suits_change,
       (SELECT pg_catalog.array_agg(x.rule OPERATOR(pg_catalog.||) ': '
                                    OPERATOR(pg_catalog.||) x.location
                                    ORDER BY x.rule, x.location)
        FROM @extschema@.disclosure_stored_findings x
        WHERE x.report_id OPERATOR(pg_catalog.=) f.report_id
          AND x.previous_report_id IS NOT NULL) AS continuity_findings
FROM @extschema@.disclosure_facts f
LEFT JOIN @extschema@.disclosure_facts p
  ON p.agency OPERATOR(pg_catalog.=) f.agency
 AND p.year OPERATOR(pg_catalog.=) (f.year OPERATOR(pg_catalog.-) 1) AND p.canonical
WHERE f.canonical AND f.agency IS NOT NULL AND f.year IS NOT NULL;

COMMENT ON VIEW @extschema@.disclosure_year_over_year IS
'Each body''s years side by side, one row per agency and year (canonical reports): the main figures of table three (总计 column) and table four, the change from the year before (NULL when that year is not stored or a cell is blank), and the continuity findings between the two years (rule: location; disclosure_findings has them in full).';

CREATE FUNCTION @extschema@.disclosure_review(finding_id pg_catalog.text, state pg_catalog.text,
                                              note pg_catalog.text DEFAULT NULL)
RETURNS @extschema@.disclosure_reviews
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    result @extschema@.disclosure_reviews;
BEGIN
    IF finding_id IS NULL OR NOT EXISTS (
            SELECT FROM @extschema@.disclosure_stored_findings x
            WHERE x.finding_id OPERATOR(pg_catalog.=) disclosure_review.finding_id) THEN
        RAISE EXCEPTION 'no finding with id "%"', finding_id
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'No finding of the stored reports has this id.',
                  HINT = 'The ids are in disclosure_findings.finding_id.';
    END IF;
    IF state IS NULL OR NOT (state OPERATOR(pg_catalog.=) 'confirmed'
                             OR state OPERATOR(pg_catalog.=) 'dismissed'
                             OR state OPERATOR(pg_catalog.=) 'open') THEN
        RAISE EXCEPTION 'invalid review state "%"', state
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'A finding is confirmed, dismissed or open.',
                  HINT = 'Use confirmed when the report is wrong, dismissed when the finding is, open to reopen it.';
    END IF;
    INSERT INTO @extschema@.disclosure_reviews AS v (finding_id, state, note, reviewed_by, reviewed_at)
    VALUES (disclosure_review.finding_id, disclosure_review.state, disclosure_review.note,
            CURRENT_USER, pg_catalog.now())
    ON CONFLICT ON CONSTRAINT disclosure_reviews_pkey DO UPDATE
    SET state = excluded.state, note = excluded.note,
        reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at
    RETURNING v.* INTO result;
    RETURN result;
END;
$$;

COMMENT ON FUNCTION @extschema@.disclosure_review(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'Record a review of a finding (finding_id from disclosure_findings): state confirmed, dismissed or open, a note, and who (current_user) and when. A later review of the same finding replaces it. The state is kept by finding_id, so it outlives re-parses. Runs with the rights of its caller: reviewing takes INSERT and UPDATE on disclosure_reviews, which the role that installed the extension has and may grant to reviewers.';

CREATE FUNCTION @extschema@.disclosure_reparse(batch_size pg_catalog.int4 DEFAULT 1000,
                                               all_documents pg_catalog.bool DEFAULT false)
RETURNS TABLE (batch pg_catalog.int4, documents pg_catalog.int4, reports pg_catalog.int4,
               reports_changed pg_catalog.int4, values_changed pg_catalog.int4,
               documents_left pg_catalog.int8)
LANGUAGE plpgsql VOLATILE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v       pg_catalog.text := @extschema@.disclosure_parser_version();
    todo    pg_catalog.int8;
    last_id pg_catalog.int8 := 0;
    ids     pg_catalog.int8[];
    doc     pg_catalog.int8;
    reason  pg_catalog.text;
    detail  pg_catalog.text;
BEGIN
    IF batch_size OPERATOR(pg_catalog.<) 1 THEN
        RAISE EXCEPTION 'batch_size must be at least 1'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT pg_catalog.count(*) INTO todo FROM @extschema@.disclosure_documents d
    WHERE all_documents OR d.parser_version IS NULL
       OR d.parser_version OPERATOR(pg_catalog.<>) v;
    batch := 0;
    -- the reports of one batch, parsed once (dropped at the end: another
    -- role of the same session could not use this one)
    IF pg_catalog.to_regclass('pg_temp.disclosure_reparse_batch') IS NOT NULL THEN
        DROP TABLE pg_temp.disclosure_reparse_batch;
    END IF;
    CREATE TEMP TABLE disclosure_reparse_batch (
        document_id pg_catalog.int8, ordinal pg_catalog.int4,
        report @extschema@.disclosure_report) ON COMMIT DROP;
    LOOP
        SELECT pg_catalog.array_agg(d.id ORDER BY d.id) INTO ids
        FROM (SELECT d.id FROM @extschema@.disclosure_documents d
              WHERE d.id OPERATOR(pg_catalog.>) last_id
                AND (all_documents OR d.parser_version IS NULL
                     OR d.parser_version OPERATOR(pg_catalog.<>) v)
              ORDER BY d.id LIMIT batch_size) d;
        EXIT WHEN ids IS NULL;
        last_id := ids[pg_catalog.array_length(ids, 1)];
        batch := batch OPERATOR(pg_catalog.+) 1;
        documents := pg_catalog.array_length(ids, 1);

        TRUNCATE pg_temp.disclosure_reparse_batch;
        INSERT INTO pg_temp.disclosure_reparse_batch (document_id, ordinal, report)
        SELECT d.id, p.n::pg_catalog.int4, p.report
        FROM pg_catalog.unnest(ids) AS u (id)
        JOIN @extschema@.disclosure_documents d ON d.id OPERATOR(pg_catalog.=) u.id
        CROSS JOIN LATERAL (SELECT x AS report, pg_catalog.row_number() OVER () AS n
                            FROM @extschema@.disclosure_parse_all(d.raw) AS x) p;
        GET DIAGNOSTICS reports = ROW_COUNT;

        -- what changed, value by value, in the reports both parsers found
        INSERT INTO @extschema@.disclosure_reparse_changes
            (reparsed_at, document_id, ordinal, report_id, old_version, new_version,
             tbl, row_name, column_name, old_value, new_value)
        SELECT pg_catalog.now(), r.document_id, r.ordinal, r.id, r.parser_version, v,
               c.tbl, c.row_name, c.column_name, c.old_value, c.new_value
        FROM pg_temp.disclosure_reparse_batch b
        JOIN @extschema@.disclosure_reports r
          ON r.document_id OPERATOR(pg_catalog.=) b.document_id
         AND r.ordinal OPERATOR(pg_catalog.=) b.ordinal
        CROSS JOIN LATERAL (
            SELECT coalesce(o.tbl, n.tbl), coalesce(o.row_name, n.row_name),
                   coalesce(o.column_name, n.column_name), o.value, n.value
            FROM (SELECT w.tbl, w.row_name, w.column_name, w.value::pg_catalog.text AS value
                  FROM @extschema@.disclosure_report_values(r.report) AS w
                  UNION ALL
                  SELECT 'report', 'report', k.c, k.x
                  FROM (VALUES ('agency'::pg_catalog.text, (r.report).agency),
                               ('year', (r.report).year::pg_catalog.text),
                               ('template', (r.report).template)) AS k (c, x)) o
            FULL JOIN
                 (SELECT w.tbl, w.row_name, w.column_name, w.value::pg_catalog.text AS value
                  FROM @extschema@.disclosure_report_values(b.report) AS w
                  UNION ALL
                  SELECT 'report', 'report', k.c, k.x
                  FROM (VALUES ('agency'::pg_catalog.text, (b.report).agency),
                               ('year', (b.report).year::pg_catalog.text),
                               ('template', (b.report).template)) AS k (c, x)) n
              ON n.tbl OPERATOR(pg_catalog.=) o.tbl
             AND n.row_name OPERATOR(pg_catalog.=) o.row_name
             AND n.column_name OPERATOR(pg_catalog.=) o.column_name
            WHERE NOT coalesce(o.value OPERATOR(pg_catalog.=) n.value,
                               o.value IS NULL AND n.value IS NULL)
        ) AS c (tbl, row_name, column_name, old_value, new_value);
        GET DIAGNOSTICS values_changed = ROW_COUNT;

        -- reports a document gained or lost
        INSERT INTO @extschema@.disclosure_reparse_changes
            (reparsed_at, document_id, ordinal, report_id, old_version, new_version,
             tbl, row_name, column_name, old_value, new_value)
        SELECT pg_catalog.now(), b.document_id, b.ordinal, NULL, NULL, v,
               'report', 'report', 'added', NULL,
               pg_catalog.concat_ws(' ', (b.report).agency, (b.report).year)
        FROM pg_temp.disclosure_reparse_batch b
        WHERE NOT EXISTS (SELECT FROM @extschema@.disclosure_reports r
                          WHERE r.document_id OPERATOR(pg_catalog.=) b.document_id
                            AND r.ordinal OPERATOR(pg_catalog.=) b.ordinal)
        UNION ALL
        SELECT pg_catalog.now(), r.document_id, r.ordinal, r.id, r.parser_version, v,
               'report', 'report', 'removed',
               pg_catalog.concat_ws(' ', (r.report).agency, (r.report).year), NULL
        FROM pg_catalog.unnest(ids) AS u (id)
        JOIN @extschema@.disclosure_reports r ON r.document_id OPERATOR(pg_catalog.=) u.id
        WHERE NOT EXISTS (SELECT FROM pg_temp.disclosure_reparse_batch b
                          WHERE b.document_id OPERATOR(pg_catalog.=) r.document_id
                            AND b.ordinal OPERATOR(pg_catalog.=) r.ordinal);

        SELECT pg_catalog.count(DISTINCT (x.document_id, x.ordinal))::pg_catalog.int4
        INTO reports_changed
        FROM @extschema@.disclosure_reparse_changes x
        JOIN pg_catalog.unnest(ids) AS u (id) ON x.document_id OPERATOR(pg_catalog.=) u.id
        WHERE x.reparsed_at OPERATOR(pg_catalog.=) pg_catalog.now();

        -- the reports themselves: each statement fires the triggers once,
        -- which rewrite the facts and the findings (review states are kept
        -- by finding_id, which does not change)
        DELETE FROM @extschema@.disclosure_reports r
        USING pg_catalog.unnest(ids) AS u (id)
        WHERE r.document_id OPERATOR(pg_catalog.=) u.id
          AND NOT EXISTS (SELECT FROM pg_temp.disclosure_reparse_batch b
                          WHERE b.document_id OPERATOR(pg_catalog.=) r.document_id
                            AND b.ordinal OPERATOR(pg_catalog.=) r.ordinal);
        UPDATE @extschema@.disclosure_reports r
        SET report = b.report, parser_version = v
        FROM pg_temp.disclosure_reparse_batch b
        WHERE r.document_id OPERATOR(pg_catalog.=) b.document_id
          AND r.ordinal OPERATOR(pg_catalog.=) b.ordinal;
        INSERT INTO @extschema@.disclosure_reports (document_id, ordinal, report, parser_version)
        SELECT b.document_id, b.ordinal, b.report, v
        FROM pg_temp.disclosure_reparse_batch b
        WHERE NOT EXISTS (SELECT FROM @extschema@.disclosure_reports r
                          WHERE r.document_id OPERATOR(pg_catalog.=) b.document_id
                            AND r.ordinal OPERATOR(pg_catalog.=) b.ordinal);

        UPDATE @extschema@.disclosure_documents d
        SET parser_version = v, note = NULL
        FROM pg_catalog.unnest(ids) AS u (id)
        WHERE d.id OPERATOR(pg_catalog.=) u.id
          AND EXISTS (SELECT FROM pg_temp.disclosure_reparse_batch b
                      WHERE b.document_id OPERATOR(pg_catalog.=) d.id);
        -- a document with no report says why, as disclosure_load does
        FOR doc IN SELECT u.id FROM pg_catalog.unnest(ids) AS u (id)
                   WHERE NOT EXISTS (SELECT FROM pg_temp.disclosure_reparse_batch b
                                     WHERE b.document_id OPERATOR(pg_catalog.=) u.id)
        LOOP
            reason := NULL;
            detail := NULL;
            BEGIN
                PERFORM @extschema@.disclosure_parse(d.raw)
                FROM @extschema@.disclosure_documents d WHERE d.id OPERATOR(pg_catalog.=) doc;
            EXCEPTION WHEN invalid_text_representation THEN
                GET STACKED DIAGNOSTICS reason = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
            END;
            UPDATE @extschema@.disclosure_documents d
            SET parser_version = v,
                note = coalesce(reason OPERATOR(pg_catalog.||) ': ' OPERATOR(pg_catalog.||) detail,
                                'no annual report found')
            WHERE d.id OPERATOR(pg_catalog.=) doc;
        END LOOP;

        todo := todo OPERATOR(pg_catalog.-) documents;
        documents_left := todo;
        RAISE NOTICE 'disclosure_reparse: batch %: % documents, % reports, % changed (% values); % documents left',
            batch, documents, reports, reports_changed, values_changed, documents_left;
        RETURN NEXT;
    END LOOP;
    DROP TABLE pg_temp.disclosure_reparse_batch;
END;
$$;

COMMENT ON FUNCTION @extschema@.disclosure_reparse(pg_catalog.int4, pg_catalog.bool) IS
'Parse the stored documents again with the installed parser: those an other parser version made (disclosure_documents.parser_version), or all with all_documents. In batches of batch_size documents, in id order, one row (and a NOTICE) per batch: documents, reports found, reports that changed and values that changed. Each report keeps its id; what changed goes into disclosure_reparse_changes (old and new value); the facts and findings are computed again, and review states stay with their findings (their ids do not change). One transaction: an error undoes it all. Runs with the rights of its caller, who needs to write the stored tables (the role that installed the extension can).';

-- every role may read the views; what they show takes SELECT on the tables
GRANT SELECT ON @extschema@.disclosure_report_groups, @extschema@.disclosure_report_differences,
    @extschema@.disclosure_year_over_year TO PUBLIC;
