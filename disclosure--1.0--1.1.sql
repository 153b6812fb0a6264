/* disclosure--1.0--1.1.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION disclosure UPDATE TO '1.1'" to load this file. \quit

-- 1.0 to 1.1: nothing stored changes. What changes is who may do what, and
-- how the views and disclosure_load name what they use:
-- - the role that installed the extension (@extowner@) is granted what it
--   needs to manage the stored data, and reading is granted to every role by
--   @extowner@, who can therefore revoke it;
-- - disclosure_load belongs to @extowner@ and runs with its rights, not the
--   bootstrap superuser's, and names every operator and function with its
--   schema;
-- - the views are created again, with every operator and function named
--   with its schema (in 1.0 an operator created in the extension's schema
--   before CREATE EXTENSION, such as /(numeric, bigint), could be bound into
--   them), and they run with the rights of whoever reads them.
-- The rules of disclosure--1.1.sql hold here too; the result is exactly
-- what disclosure--1.1.sql creates (test/security/update.sh).

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
CREATE OR REPLACE FUNCTION @extschema@.disclosure_load(source pg_catalog.text, raw pg_catalog.text)
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
CREATE OR REPLACE VIEW @extschema@.disclosure_request_cells WITH (security_invoker = true) AS
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

CREATE OR REPLACE VIEW @extschema@.disclosure_request_totals WITH (security_invoker = true) AS
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

CREATE OR REPLACE VIEW @extschema@.disclosure_requests_rollup WITH (security_invoker = true) AS
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

CREATE OR REPLACE VIEW @extschema@.disclosure_requests_by_year WITH (security_invoker = true) AS
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

CREATE OR REPLACE VIEW @extschema@.disclosure_requests_by_agency WITH (security_invoker = true) AS
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

CREATE OR REPLACE VIEW @extschema@.disclosure_procurement_by_report WITH (security_invoker = true) AS
SELECT r.id AS report_id, (r.report).agency AS agency, (r.report).year AS year,
       (t.p).projects AS projects, (t.p).amount_yuan AS amount_yuan
FROM @extschema@.disclosure_reports r
CROSS JOIN LATERAL (SELECT (r.report).procurement AS p OFFSET 0) t
WHERE pg_catalog.num_nonnulls(t.p) OPERATOR(pg_catalog.=) 1;

COMMENT ON VIEW @extschema@.disclosure_procurement_by_report IS
'Central government procurement (政府集中采购, table two of the 2019 template) per stored report: number of projects and total amount in yuan (converted from 万元 or 亿元 as written). (The name disclosure_procurement belongs to the composite type.)';

CREATE OR REPLACE VIEW @extschema@.disclosure_procurement_by_year WITH (security_invoker = true) AS
SELECT year, pg_catalog.count(*) AS reports,
       pg_catalog.count(*) FILTER (WHERE projects IS NULL OR amount_yuan IS NULL)
         AS incomplete_reports,
       pg_catalog.sum(projects) AS projects, pg_catalog.sum(amount_yuan) AS amount_yuan
FROM @extschema@.disclosure_procurement_by_report
GROUP BY year;

COMMENT ON VIEW @extschema@.disclosure_procurement_by_year IS
'Procurement per report year over the stored reports that have the procurement row; blank cells stay out of the sums and incomplete_reports counts them.';

CREATE OR REPLACE VIEW @extschema@.disclosure_litigation WITH (security_invoker = true) AS
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

CREATE OR REPLACE VIEW @extschema@.disclosure_litigation_by_year WITH (security_invoker = true) AS
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

CREATE OR REPLACE VIEW @extschema@.disclosure_findings WITH (security_invoker = true) AS
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

-- 1.1: the evidence of every cell

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
