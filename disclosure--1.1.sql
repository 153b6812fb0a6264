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
-- Views for analysts
--------------------------------------------------------------------------------
-- The views read each report's nested rows once, in a LATERAL subquery kept
-- apart by OFFSET 0: pulled up, every (q).x would take the row out of the
-- report again, some thirty times per report (bench/RESULTS.md).
--
-- They run with the rights of whoever reads them (security_invoker), so
-- reading them takes SELECT on disclosure_reports. Nothing in them is looked
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
FROM @extschema@.disclosure_reports r
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
WHERE pg_catalog.num_nonnulls(t.q) OPERATOR(pg_catalog.=) 1
  AND NOT ((r.report).template OPERATOR(pg_catalog.=) '2019'
           AND (o.outcome OPERATOR(pg_catalog.=) 'other_no_correction'
                OR o.outcome OPERATOR(pg_catalog.=) 'other_no_fee'));

COMMENT ON VIEW @extschema@.disclosure_request_cells IS
'Table three in long form: one row per stored report, outcome row and applicant column, with its count (NULL where the cell was blank or unreadable). outcome and applicant are the field names of disclosure_requests and disclosure_counts; *_order give the template order. The 2021-only rows are left out for reports on the 2019 template.';

CREATE VIEW @extschema@.disclosure_request_totals WITH (security_invoker = true) AS
SELECT r.id AS report_id, (r.report).agency AS agency, (r.report).year AS year,
       (r.report).template AS template,
       (q).new_received.total AS new_received,
       (q).carried_over.total AS carried_over,
       (q).granted.total AS granted,
       (q).partially_granted.total AS partially_granted,
       (q).refused_state_secret.total OPERATOR(pg_catalog.+) (q).refused_other_law.total
         OPERATOR(pg_catalog.+) (q).refused_security.total
         OPERATOR(pg_catalog.+) (q).refused_third_party.total
         OPERATOR(pg_catalog.+) (q).refused_internal.total
         OPERATOR(pg_catalog.+) (q).refused_process.total
         OPERATOR(pg_catalog.+) (q).refused_enforcement_file.total
         OPERATOR(pg_catalog.+) (q).refused_inquiry.total AS refused,
       (q).refused_state_secret.total AS refused_state_secret,
       (q).refused_other_law.total AS refused_other_law,
       (q).refused_security.total AS refused_security,
       (q).refused_third_party.total AS refused_third_party,
       (q).refused_internal.total AS refused_internal,
       (q).refused_process.total AS refused_process,
       (q).refused_enforcement_file.total AS refused_enforcement_file,
       (q).refused_inquiry.total AS refused_inquiry,
       (q).unavailable_not_held.total OPERATOR(pg_catalog.+) (q).unavailable_needs_creation.total
         OPERATOR(pg_catalog.+) (q).unavailable_unclear.total AS unavailable,
       (q).declined_complaint.total OPERATOR(pg_catalog.+) (q).declined_repeat.total
         OPERATOR(pg_catalog.+) (q).declined_publication.total
         OPERATOR(pg_catalog.+) (q).declined_excessive.total
         OPERATOR(pg_catalog.+) (q).declined_confirmation.total AS declined,
       CASE WHEN (r.report).template OPERATOR(pg_catalog.=) '2021'
            THEN (q).other_no_correction.total OPERATOR(pg_catalog.+) (q).other_no_fee.total
                   OPERATOR(pg_catalog.+) (q).other.total
            ELSE (q).other.total END AS other,
       (q).total.total AS total,
       (q).carried_forward.total AS carried_forward
FROM @extschema@.disclosure_reports r
CROSS JOIN LATERAL (SELECT (r.report).requests AS q OFFSET 0) t
WHERE pg_catalog.num_nonnulls(t.q) OPERATOR(pg_catalog.=) 1;

COMMENT ON VIEW @extschema@.disclosure_request_totals IS
'Table three per stored report, 总计 column only: new, carried over, each outcome (refused, unavailable and declined also summed over their reasons), total and carried forward. A sum is NULL when any of its cells is.';

CREATE VIEW @extschema@.disclosure_requests_rollup WITH (security_invoker = true) AS
SELECT CASE WHEN GROUPING(year) OPERATOR(pg_catalog.=) 0
            THEN 'year'::pg_catalog.text ELSE 'agency' END AS grouped_by,
       year, agency,
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
GROUP BY GROUPING SETS ((year), (agency));

COMMENT ON VIEW @extschema@.disclosure_requests_rollup IS
'The sums behind disclosure_requests_by_year and disclosure_requests_by_agency (grouped_by says which).';

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
'Requests per report year, summed over the stored reports (总计 column): new, carried over, granted, partially granted, refused (and its eight reasons), unavailable, declined, other, total, carried forward. Blank cells stay out of the sums; incomplete_reports counts the reports with any of these blank. grant_rate and refusal_rate are granted / total and refused / total over the reports where both are known.';

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
SELECT r.id AS report_id, (r.report).agency AS agency, (r.report).year AS year,
       (t.p).projects AS projects, (t.p).amount_yuan AS amount_yuan
FROM @extschema@.disclosure_reports r
CROSS JOIN LATERAL (SELECT (r.report).procurement AS p OFFSET 0) t
WHERE pg_catalog.num_nonnulls(t.p) OPERATOR(pg_catalog.=) 1;

COMMENT ON VIEW @extschema@.disclosure_procurement_by_report IS
'Central government procurement (政府集中采购, table two of the 2019 template) per stored report: number of projects and total amount in yuan (converted from 万元 or 亿元 as written). (The name disclosure_procurement belongs to the composite type.)';

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
SELECT r.id AS report_id, (r.report).agency AS agency, (r.report).year AS year,
       (rv).upheld AS review_upheld, (rv).corrected AS review_corrected,
       (rv).other AS review_other, (rv).pending AS review_pending,
       (rv).total AS review_total,
       (sd).total AS suits_direct, (sa).total AS suits_after_review,
       (sd).corrected OPERATOR(pg_catalog.+) (sa).corrected AS suits_corrected,
       pg_catalog.round(
           (rv).corrected::pg_catalog.numeric
           OPERATOR(pg_catalog./)
           (CASE WHEN (rv).upheld OPERATOR(pg_catalog.+) (rv).corrected
                        OPERATOR(pg_catalog.+) (rv).other OPERATOR(pg_catalog.<>) 0
                 THEN (rv).upheld OPERATOR(pg_catalog.+) (rv).corrected
                        OPERATOR(pg_catalog.+) (rv).other
                 END)::pg_catalog.numeric,
           4) AS review_loss_rate,
       pg_catalog.round(
           ((sd).corrected OPERATOR(pg_catalog.+) (sa).corrected)::pg_catalog.numeric
           OPERATOR(pg_catalog./)
           (CASE WHEN (sd).upheld OPERATOR(pg_catalog.+) (sd).corrected
                        OPERATOR(pg_catalog.+) (sd).other OPERATOR(pg_catalog.+) (sa).upheld
                        OPERATOR(pg_catalog.+) (sa).corrected OPERATOR(pg_catalog.+) (sa).other
                        OPERATOR(pg_catalog.<>) 0
                 THEN (sd).upheld OPERATOR(pg_catalog.+) (sd).corrected
                        OPERATOR(pg_catalog.+) (sd).other OPERATOR(pg_catalog.+) (sa).upheld
                        OPERATOR(pg_catalog.+) (sa).corrected OPERATOR(pg_catalog.+) (sa).other
                 END)::pg_catalog.numeric,
           4) AS suit_loss_rate
FROM @extschema@.disclosure_reports r
CROSS JOIN LATERAL (SELECT (r.report).review AS rv, (r.report).suit_direct AS sd,
                           (r.report).suit_after_review AS sa OFFSET 0) t
WHERE pg_catalog.num_nonnulls(t.rv) OPERATOR(pg_catalog.=) 1;

COMMENT ON VIEW @extschema@.disclosure_litigation IS
'Administrative review (行政复议) and litigation (行政诉讼) per stored report. A loss rate is corrected (结果纠正, the body lost) over the cases decided (upheld + corrected + other; pending cases excluded); NULL when nothing was decided or a cell is blank.';

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
SELECT r.id AS report_id, NULL::pg_catalog.int8 AS previous_report_id,
       (r.report).agency AS agency, (r.report).year AS year, f.*
FROM @extschema@.disclosure_reports r
CROSS JOIN LATERAL @extschema@.disclosure_check(r.report) AS f
UNION ALL
SELECT n.id, p.id, (n.report).agency, (n.report).year, f.*
FROM @extschema@.disclosure_reports p
JOIN @extschema@.disclosure_reports n
  ON (n.report).agency OPERATOR(pg_catalog.=) (p.report).agency
 AND (n.report).year OPERATOR(pg_catalog.=) ((p.report).year OPERATOR(pg_catalog.+) 1)
CROSS JOIN LATERAL @extschema@.disclosure_check_continuity(p.report, n.report) AS f;

COMMENT ON VIEW @extschema@.disclosure_findings IS
'Every finding of every stored report (disclosure_check), and the continuity findings between each body''s consecutive years (disclosure_check_continuity; previous_report_id is then the earlier report).';

-- every role may read the views; what they show takes SELECT on the tables
GRANT SELECT ON @extschema@.disclosure_request_cells, @extschema@.disclosure_request_totals,
    @extschema@.disclosure_requests_rollup, @extschema@.disclosure_requests_by_year,
    @extschema@.disclosure_requests_by_agency, @extschema@.disclosure_procurement_by_report,
    @extschema@.disclosure_procurement_by_year, @extschema@.disclosure_litigation,
    @extschema@.disclosure_litigation_by_year, @extschema@.disclosure_findings TO PUBLIC;

--------------------------------------------------------------------------------
-- The original files: what each stored document was read from
--------------------------------------------------------------------------------
-- The loader records the file a text came from (its SHA-256 and size, its
-- media type, and how its text was taken out of it), but not the file
-- itself: a national collection is about a million PDFs, which belong in a
-- file store, found again by their checksum. NULL for documents stored with
-- the two-argument disclosure_load.
ALTER TABLE @extschema@.disclosure_documents
    ADD COLUMN source_sha256 pg_catalog.text,
    ADD COLUMN source_bytes  pg_catalog.int8,
    ADD COLUMN media_type    pg_catalog.text,
    ADD COLUMN extractor     pg_catalog.text;

COMMENT ON COLUMN @extschema@.disclosure_documents.source_sha256 IS 'Hex SHA-256 of the original file''s bytes (a PDF, a DOCX, or text in any encoding), as the loader read them; NULL when not given. The file itself is not stored.';
COMMENT ON COLUMN @extschema@.disclosure_documents.source_bytes IS 'Size of the original file in bytes; NULL when not given.';
COMMENT ON COLUMN @extschema@.disclosure_documents.media_type IS 'Media type of the original file: text/plain, text/html, application/pdf or application/vnd.openxmlformats-officedocument.wordprocessingml.document; NULL when not given.';
COMMENT ON COLUMN @extschema@.disclosure_documents.extractor IS 'How raw was taken from the original file, e.g. ''poppler-cpp 22.12.0 physical layout'', ''docx libzip 1.7.3 libxml2 2.9.14'', ''as is (GB18030 converted to UTF-8)''; NULL when not given.';

-- Recording the original takes no right beyond loading: disclosure_load
-- with six arguments runs with the rights of its caller, who must be a
-- loader (EXECUTE on the two-argument disclosure_load, which it calls, so
-- revoking that one from a role revokes both). The record is then written
-- by disclosure_record_original, which runs with the rights of @extowner@
-- and writes only to a document stored in the current transaction that has
-- no record yet: whoever may call it can describe only what it has just
-- loaded itself.
CREATE FUNCTION @extschema@.disclosure_record_original(document_id pg_catalog.int8,
                                                       source_sha256 pg_catalog.text,
                                                       source_bytes pg_catalog.int8,
                                                       media_type pg_catalog.text,
                                                       extractor pg_catalog.text)
RETURNS pg_catalog.bool
LANGUAGE plpgsql VOLATILE STRICT SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    UPDATE @extschema@.disclosure_documents d
    SET source_sha256 = disclosure_record_original.source_sha256,
        source_bytes = disclosure_record_original.source_bytes,
        media_type = disclosure_record_original.media_type,
        extractor = disclosure_record_original.extractor
    WHERE d.id OPERATOR(pg_catalog.=) disclosure_record_original.document_id
      AND d.loaded_at OPERATOR(pg_catalog.=) pg_catalog.now()
      AND d.source_sha256 IS NULL AND d.source_bytes IS NULL
      AND d.media_type IS NULL AND d.extractor IS NULL;
    RETURN FOUND;
END;
$$;

ALTER FUNCTION @extschema@.disclosure_record_original(pg_catalog.int8, pg_catalog.text, pg_catalog.int8, pg_catalog.text, pg_catalog.text) OWNER TO @extowner@;

COMMENT ON FUNCTION @extschema@.disclosure_record_original(pg_catalog.int8, pg_catalog.text, pg_catalog.int8, pg_catalog.text, pg_catalog.text) IS
'Record the original file of a document stored in the current transaction that has no record yet (disclosure_documents.source_sha256, source_bytes, media_type, extractor); true when it did. Called by the six-argument disclosure_load. Runs with the rights of the role that installed the extension.';

CREATE FUNCTION @extschema@.disclosure_load(source pg_catalog.text, raw pg_catalog.text,
                                            source_sha256 pg_catalog.text,
                                            source_bytes pg_catalog.int8,
                                            media_type pg_catalog.text,
                                            extractor pg_catalog.text)
RETURNS TABLE (document_id pg_catalog.int8, reports pg_catalog.int4,
               already_loaded pg_catalog.bool)
LANGUAGE plpgsql VOLATILE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    doc_id  pg_catalog.int8;
    n       pg_catalog.int4;
    again   pg_catalog.bool;
BEGIN
    SELECT l.document_id, l.reports, l.already_loaded INTO doc_id, n, again
    FROM @extschema@.disclosure_load(disclosure_load.source, disclosure_load.raw) AS l;
    IF NOT again THEN
        PERFORM @extschema@.disclosure_record_original(doc_id,
            disclosure_load.source_sha256, disclosure_load.source_bytes,
            disclosure_load.media_type, disclosure_load.extractor);
    END IF;
    RETURN QUERY SELECT doc_id, n, again;
END;
$$;

COMMENT ON FUNCTION @extschema@.disclosure_load(pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.int8, pg_catalog.text, pg_catalog.text) IS
'disclosure_load(source, raw), recording with a newly stored document the file its text came from: the hex SHA-256 and size of the file''s bytes, its media type and how the text was taken from it (disclosure_documents.source_sha256, source_bytes, media_type, extractor). The file itself is not stored. Runs with the rights of its caller, who needs EXECUTE on disclosure_load(text, text). Used by the command-line loader.';

--------------------------------------------------------------------------------
-- 1.1: the narrative checks (sections 五 and 六, the statements of the prose)
--------------------------------------------------------------------------------
-- What the narrative rules of disclosure_check read is kept with each report,
-- so that they run on a stored report without its document. Reports stored
-- before this have narrative NULL: the narrative rules then say nothing.
CREATE TYPE @extschema@.disclosure_narrative AS (
    problems        pg_catalog.text,
    other_matters   pg_catalog.text,
    statements      pg_catalog.text[]
);

COMMENT ON TYPE @extschema@.disclosure_narrative IS
'What the narrative checks of disclosure_check read of a report''s prose: the texts of sections 五 and 六, and the sentences of sections 一, 二, 三 and 六 that state a year''s figures, the fees, or that every request was completed. Text as printed, without white space, full-width punctuation folded to ASCII.';
COMMENT ON COLUMN @extschema@.disclosure_narrative.problems IS 'Section 五 (存在的主要问题及改进情况) after its heading, at most 200 characters (cut with …); an empty string when the heading stands alone; NULL when the report has no section 五.';
COMMENT ON COLUMN @extschema@.disclosure_narrative.other_matters IS 'Section 六 (其他需要报告的事项) after its heading, at most 200 characters (cut with …), to the report''s end; NULL when the report has no section 六.';
COMMENT ON COLUMN @extschema@.disclosure_narrative.statements IS 'Up to 8 sentences (at most 160 characters each, around what made them one) of sections 一, 二 and 三 before their tables and of section 六: those that say every request was completed (全部办结, 均在法定期限内答复, 办结率100%), that speak of fees (收取, 收费, 费用), or that name a year other than the report''s with requests, items published, fees or the statistics period.';

ALTER TYPE @extschema@.disclosure_report
    ADD ATTRIBUTE narrative @extschema@.disclosure_narrative;

COMMENT ON COLUMN @extschema@.disclosure_report.narrative IS 'What the narrative checks read of the prose (see disclosure_narrative); NULL for reports stored before version 1.1.';

COMMENT ON FUNCTION @extschema@.disclosure_check(@extschema@.disclosure_report) IS
'Every consistency finding about one report, one row each. rule: negative_count, balance (新收 + 上年结转 = 总计 + 结转下年度, per column), total_row (（七）总计 = sum of the outcome rows, per column), total_column (总计 = sum of the six applicant columns, per row), review_total (each table-four 总计 = sum of its four parts), incomplete_table (blank cells that leave rules unverifiable, once per table), no_table_three, no_table_four, stated_requests (the prose against table three), template_year, identity; and the narrative rules, on the report''s narrative: problems_empty (section 五 empty or only 无), fees_stated (the prose says no 行政事业性收费 or no fee at all while table two has them, states a fee amount table two lacks, or says no fee is charged while table three closes requests for unpaid fee notices), statement_year (the report''s own figures, period or fees stated for another year, e.g. 2022年共收到申请16件 in the 2023 report that counts 16), all_completed (全部办结, 均在法定期限内答复, 办结率100% while table three carries requests forward to next year). severity: error (the arithmetic is wrong), warning (cannot be verified, or the prose disagrees), info. location names the cell in English and in the report''s Chinese labels (for a narrative rule, the statement); expected and actual are the numbers compared; message is a sentence that can be quoted to the body.';
