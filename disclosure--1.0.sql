/* disclosure--1.0.sql */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION disclosure" to load this file. \quit

-- The C code builds these composites positionally: the names, types and the
-- ORDER of the attributes below are a contract with src/. Do not reorder.
--
-- Throughout: a NULL value means the cell was blank or could not be read,
-- never zero; the report's notes say which.

--------------------------------------------------------------------------------
-- One row of table 三 (requests): one count per applicant column.
--------------------------------------------------------------------------------
CREATE TYPE disclosure_counts AS (
    natural_person  int,
    commercial      int,
    research        int,
    social_org      int,
    legal_service   int,
    other_org       int,
    total           int
);

COMMENT ON TYPE disclosure_counts IS
'One row of table 三 (requests received and handled) of a government information-disclosure annual report: a count of requests per applicant column, in the order of the national template. A NULL field means the cell was blank or unreadable, never zero.';
COMMENT ON COLUMN disclosure_counts.natural_person IS 'Column 自然人: requests from natural persons.';
COMMENT ON COLUMN disclosure_counts.commercial IS 'Column 法人或其他组织 / 商业企业: commercial enterprises.';
COMMENT ON COLUMN disclosure_counts.research IS 'Column 法人或其他组织 / 科研机构: research institutions.';
COMMENT ON COLUMN disclosure_counts.social_org IS 'Column 法人或其他组织 / 社会公益组织: public-interest organisations.';
COMMENT ON COLUMN disclosure_counts.legal_service IS 'Column 法人或其他组织 / 法律服务机构: legal-service providers.';
COMMENT ON COLUMN disclosure_counts.other_org IS 'Column 法人或其他组织 / 其他: other legal persons and organisations.';
COMMENT ON COLUMN disclosure_counts.total IS 'Column 总计 as printed in the report (not recomputed; it should equal the sum of the six applicant columns).';

--------------------------------------------------------------------------------
-- Table 三 (requests): every row of the table, in template order.
--------------------------------------------------------------------------------
CREATE TYPE disclosure_requests AS (
    new_received                disclosure_counts,
    carried_over                disclosure_counts,
    granted                     disclosure_counts,
    partially_granted           disclosure_counts,
    refused_state_secret        disclosure_counts,
    refused_other_law           disclosure_counts,
    refused_security            disclosure_counts,
    refused_third_party         disclosure_counts,
    refused_internal            disclosure_counts,
    refused_process             disclosure_counts,
    refused_enforcement_file    disclosure_counts,
    refused_inquiry             disclosure_counts,
    unavailable_not_held        disclosure_counts,
    unavailable_needs_creation  disclosure_counts,
    unavailable_unclear         disclosure_counts,
    declined_complaint          disclosure_counts,
    declined_repeat             disclosure_counts,
    declined_publication        disclosure_counts,
    declined_excessive          disclosure_counts,
    declined_confirmation       disclosure_counts,
    other_no_correction         disclosure_counts,
    other_no_fee                disclosure_counts,
    other                       disclosure_counts,
    total                       disclosure_counts,
    carried_forward             disclosure_counts
);

COMMENT ON TYPE disclosure_requests IS
'Table 三 (收到和处理政府信息公开申请情况) of an annual report: one disclosure_counts per row, in template order. The template states new_received + carried_over = total + carried_forward. In the 2019 template the single （六）其他处理 row is stored in "other", and other_no_correction and other_no_fee are NULL.';
COMMENT ON COLUMN disclosure_requests.new_received IS '一、本年新收政府信息公开申请数量: new requests received this year.';
COMMENT ON COLUMN disclosure_requests.carried_over IS '二、上年结转政府信息公开申请数量: requests carried over from last year.';
COMMENT ON COLUMN disclosure_requests.granted IS '三（一）予以公开: granted.';
COMMENT ON COLUMN disclosure_requests.partially_granted IS '三（二）部分公开: partially granted (a split answer counts here only).';
COMMENT ON COLUMN disclosure_requests.refused_state_secret IS '三（三）1. 属于国家秘密: refused, state secret.';
COMMENT ON COLUMN disclosure_requests.refused_other_law IS '三（三）2. 其他法律行政法规禁止公开: refused, barred by another law or regulation.';
COMMENT ON COLUMN disclosure_requests.refused_security IS '三（三）3. 危及"三安全一稳定": refused, endangers security or stability.';
COMMENT ON COLUMN disclosure_requests.refused_third_party IS '三（三）4. 保护第三方合法权益: refused, protects third-party rights.';
COMMENT ON COLUMN disclosure_requests.refused_internal IS '三（三）5. 属于三类内部事务信息: refused, internal-affairs information.';
COMMENT ON COLUMN disclosure_requests.refused_process IS '三（三）6. 属于四类过程性信息: refused, deliberative-process information.';
COMMENT ON COLUMN disclosure_requests.refused_enforcement_file IS '三（三）7. 属于行政执法案卷: refused, administrative-enforcement file.';
COMMENT ON COLUMN disclosure_requests.refused_inquiry IS '三（三）8. 属于行政查询事项: refused, administrative look-up matter.';
COMMENT ON COLUMN disclosure_requests.unavailable_not_held IS '三（四）1. 本机关不掌握相关政府信息: cannot be provided, not held.';
COMMENT ON COLUMN disclosure_requests.unavailable_needs_creation IS '三（四）2. 没有现成信息需要另行制作: cannot be provided, would have to be created.';
COMMENT ON COLUMN disclosure_requests.unavailable_unclear IS '三（四）3. 补正后申请内容仍不明确: cannot be provided, still unclear after correction.';
COMMENT ON COLUMN disclosure_requests.declined_complaint IS '三（五）1. 信访举报投诉类申请: not processed, petition or complaint.';
COMMENT ON COLUMN disclosure_requests.declined_repeat IS '三（五）2. 重复申请: not processed, repeated request.';
COMMENT ON COLUMN disclosure_requests.declined_publication IS '三（五）3. 要求提供公开出版物: not processed, asks for publications.';
COMMENT ON COLUMN disclosure_requests.declined_excessive IS '三（五）4. 无正当理由大量反复申请: not processed, mass repeated requests without reason.';
COMMENT ON COLUMN disclosure_requests.declined_confirmation IS '三（五）5. 要求行政机关确认或重新出具已获取信息: not processed, asks to confirm or re-issue information already held.';
COMMENT ON COLUMN disclosure_requests.other_no_correction IS '三（六）1. 申请人无正当理由逾期不补正: other handling, applicant did not supply the correction (2021 template only; NULL for the 2019 template).';
COMMENT ON COLUMN disclosure_requests.other_no_fee IS '三（六）2. 申请人逾期未按收费通知要求缴纳费用: other handling, applicant did not pay the fee (2021 template only; NULL for the 2019 template).';
COMMENT ON COLUMN disclosure_requests.other IS '三（六）3. 其他 in the 2021 template; in the 2019 template the single （六）其他处理 row.';
COMMENT ON COLUMN disclosure_requests.total IS '三（七）总计: total of all outcomes, as printed.';
COMMENT ON COLUMN disclosure_requests.carried_forward IS '四、结转下年度继续办理: carried forward to next year.';

--------------------------------------------------------------------------------
-- Table 四: one block of five numbers (review, or one kind of lawsuit).
--------------------------------------------------------------------------------
CREATE TYPE disclosure_review AS (
    upheld      int,
    corrected   int,
    other       int,
    pending     int,
    total       int
);

COMMENT ON TYPE disclosure_review IS
'One block of table 四 (行政复议、行政诉讼): administrative review (行政复议), or litigation sued directly (未经复议直接起诉) or after review (复议后起诉). Counts of cases; total should equal the sum of the four parts. A NULL field means the cell was blank or unreadable, never zero.';
COMMENT ON COLUMN disclosure_review.upheld IS '结果维持: decision upheld.';
COMMENT ON COLUMN disclosure_review.corrected IS '结果纠正: decision corrected, i.e. the body lost.';
COMMENT ON COLUMN disclosure_review.other IS '其他结果: other outcome.';
COMMENT ON COLUMN disclosure_review.pending IS '尚未审结: not yet concluded.';
COMMENT ON COLUMN disclosure_review.total IS '总计: total, as printed.';

--------------------------------------------------------------------------------
-- Table 二, 第(九)项 (2019 template only): central government procurement.
--------------------------------------------------------------------------------
CREATE TYPE disclosure_procurement AS (
    projects    int,
    amount_yuan numeric
);

COMMENT ON TYPE disclosure_procurement IS
'Table 二, 第二十条第（九）项 政府集中采购 (2019 template only; NULL in the 2021 template): number of procurement projects and their total amount. A NULL field means the cell was blank or unreadable, never zero.';
COMMENT ON COLUMN disclosure_procurement.projects IS '采购项目数量: number of procurement projects.';
COMMENT ON COLUMN disclosure_procurement.amount_yuan IS '采购总金额 converted to yuan (元): the unit written in the cell (元, 万元, 亿元) is applied, e.g. 7.63182亿元 = 763182000, 3749.71 万元 = 37497100.';

--------------------------------------------------------------------------------
-- Table 二: one number of the proactive-disclosure table.
--------------------------------------------------------------------------------
CREATE TYPE disclosure_proactive_item AS (
    item    text,
    measure text,
    value   numeric
);

COMMENT ON TYPE disclosure_proactive_item IS
'One cell of table 二 (主动公开政府信息情况). item is one of regulations (规章), normative_documents (规范性文件), licensing (行政许可), other_services (其他对外管理服务事项, 2019 template), penalty (行政处罚), coercion (行政强制), fees (行政事业性收费). measure for the 2019 template is one of new_made (本年新制作数量), new_published (本年新公开数量), total_published (对外公开总数量), previous_count (上一年项目数量), change (本年增/减), decisions (处理决定数量); for the 2021 template one of made (本年制发件数), repealed (本年废止件数), in_force (现行有效件数), decisions (本年处理决定数量), amount_wan_yuan (本年收费金额, in 万元 = 10,000 yuan). value NULL means the cell was blank or unreadable, never zero.';
COMMENT ON COLUMN disclosure_proactive_item.item IS 'Row of table 二: regulations, normative_documents, licensing, other_services, penalty, coercion or fees.';
COMMENT ON COLUMN disclosure_proactive_item.measure IS 'Column of table 二: 2019 template new_made, new_published, total_published, previous_count, change, decisions; 2021 template made, repealed, in_force, decisions, amount_wan_yuan.';
COMMENT ON COLUMN disclosure_proactive_item.value IS 'The number in the cell: a count, except amount_wan_yuan (万元, 10,000 yuan); change may be negative. NULL means blank or unreadable, never zero.';

--------------------------------------------------------------------------------
-- One annual report, as parsed.
--------------------------------------------------------------------------------
CREATE TYPE disclosure_report AS (
    agency              text,
    year                int,
    published           date,
    template            text,
    proactive           disclosure_proactive_item[],
    procurement         disclosure_procurement,
    requests            disclosure_requests,
    review              disclosure_review,
    suit_direct         disclosure_review,
    suit_after_review   disclosure_review,
    stated_requests     int,
    stated_proactive    int,
    notes               text[]
);

COMMENT ON TYPE disclosure_report IS
'One government information-disclosure annual report (政府信息公开工作年度报告) parsed into values: who and which year, the tables of sections 二, 三 and 四, the numbers the prose states, and notes on what the parser could not read, inferred or skipped. A NULL anywhere means blank or unreadable, never zero.';
COMMENT ON COLUMN disclosure_report.agency IS 'The reporting body (administrative agency), from the title, or from the body text or a neighbouring report in the same document when the title lacks it.';
COMMENT ON COLUMN disclosure_report.year IS 'The calendar year the report covers (not the year it was published).';
COMMENT ON COLUMN disclosure_report.published IS 'Publication date when the document gives one (e.g. 发布时间), otherwise NULL.';
COMMENT ON COLUMN disclosure_report.template IS 'Which national template the tables follow: ''2019'' or ''2021''. A fact about the report, not its year: a 2021-or-later report may still use the 2019 template.';
COMMENT ON COLUMN disclosure_report.proactive IS 'Table 二 (主动公开政府信息情况), one element per cell read; see type disclosure_proactive_item for items and measures.';
COMMENT ON COLUMN disclosure_report.procurement IS 'Table 二 政府集中采购 (2019 template only): projects and amount in yuan; NULL for the 2021 template.';
COMMENT ON COLUMN disclosure_report.requests IS 'Table 三 (收到和处理政府信息公开申请情况): every row as disclosure_counts.';
COMMENT ON COLUMN disclosure_report.review IS 'Table 四, 行政复议: administrative review cases.';
COMMENT ON COLUMN disclosure_report.suit_direct IS 'Table 四, 行政诉讼 未经复议直接起诉: lawsuits filed directly, without prior review.';
COMMENT ON COLUMN disclosure_report.suit_after_review IS 'Table 四, 行政诉讼 复议后起诉: lawsuits filed after administrative review.';
COMMENT ON COLUMN disclosure_report.stated_requests IS 'Number of requests the prose states, e.g. 共收到政府信息公开申请N件 gives N, 未收到政府信息公开申请 gives 0; NULL when the prose states none. Compare with requests.new_received.total.';
COMMENT ON COLUMN disclosure_report.stated_proactive IS 'Number of items proactively disclosed that the prose states, e.g. 主动公开政府信息N条 gives N; NULL when the prose states none.';
COMMENT ON COLUMN disclosure_report.notes IS 'Human-readable notes, one per issue: what the parser could not read (cells left NULL), what it inferred (e.g. agency or year taken from elsewhere, a unit assumed) and what it skipped. Empty when the report was read cleanly.';

--------------------------------------------------------------------------------
-- Functions
--------------------------------------------------------------------------------
CREATE FUNCTION disclosure_parse_all(doc text)
RETURNS SETOF disclosure_report
AS 'MODULE_PATHNAME', 'disclosure_parse_all'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000 ROWS 1;

COMMENT ON FUNCTION disclosure_parse_all(text) IS
'Parse every annual report found in a document (text extracted from a web page, PDF, DOCX or OCR) and return one disclosure_report per distinct report, in document order. A verbatim copy of a report already returned is dropped; a document holding no report (a guide, a work plan) returns no rows.';

CREATE FUNCTION disclosure_parse(doc text)
RETURNS disclosure_report
AS 'MODULE_PATHNAME', 'disclosure_parse'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000;

COMMENT ON FUNCTION disclosure_parse(text) IS
'Parse a document expected to hold exactly one annual report and return it as a disclosure_report. Use disclosure_parse_all for documents that may hold several reports, or none.';

CREATE FUNCTION disclosure_amount_yuan(text)
RETURNS numeric
AS 'MODULE_PATHNAME', 'disclosure_amount_yuan'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION disclosure_amount_yuan(text) IS
'Convert an amount as written in a report to yuan, applying its unit: disclosure_amount_yuan(''7.63182亿元'') = 763182000, ''3749.71 万元'' = 37497100, ''127014元'' = 127014.';
