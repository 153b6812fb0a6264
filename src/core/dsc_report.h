/*
 * dsc_report.h
 *	  The parsed annual report: plain C, no PostgreSQL headers.
 *
 * The field order of every array here follows the SQL composite types in
 * disclosure--1.0.sql, so the glue can build tuples positionally.
 */
#ifndef DSC_REPORT_H
#define DSC_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dsc_arena.h"

/*
 * The version of the parser: what disclosure_parser_version() returns and
 * what each stored report records (disclosure_reports.parser_version), so
 * that disclosure_reparse() knows which stored reports an older parser made.
 * Change it whenever a change to the core can change what a document reads
 * as (its values, notes or findings).
 */
#define DSC_PARSER_VERSION "1.1.0"

/* A count cell: blank or unreadable cells are null, never zero. */
typedef struct dsc_int
{
	int32_t		value;
	bool		known;
} dsc_int;

/* Applicant columns of table three, in template order. */
enum
{
	DSC_COL_NATURAL_PERSON,
	DSC_COL_COMMERCIAL,
	DSC_COL_RESEARCH,
	DSC_COL_SOCIAL_ORG,
	DSC_COL_LEGAL_SERVICE,
	DSC_COL_OTHER_ORG,
	DSC_COL_TOTAL,
	DSC_NCOLS
};

/* Rows of table three, in template order (= disclosure_requests fields). */
typedef enum dsc_request_row
{
	DSC_ROW_NEW_RECEIVED,
	DSC_ROW_CARRIED_OVER,
	DSC_ROW_GRANTED,
	DSC_ROW_PARTIALLY_GRANTED,
	DSC_ROW_REFUSED_STATE_SECRET,
	DSC_ROW_REFUSED_OTHER_LAW,
	DSC_ROW_REFUSED_SECURITY,
	DSC_ROW_REFUSED_THIRD_PARTY,
	DSC_ROW_REFUSED_INTERNAL,
	DSC_ROW_REFUSED_PROCESS,
	DSC_ROW_REFUSED_ENFORCEMENT_FILE,
	DSC_ROW_REFUSED_INQUIRY,
	DSC_ROW_UNAVAILABLE_NOT_HELD,
	DSC_ROW_UNAVAILABLE_NEEDS_CREATION,
	DSC_ROW_UNAVAILABLE_UNCLEAR,
	DSC_ROW_DECLINED_COMPLAINT,
	DSC_ROW_DECLINED_REPEAT,
	DSC_ROW_DECLINED_PUBLICATION,
	DSC_ROW_DECLINED_EXCESSIVE,
	DSC_ROW_DECLINED_CONFIRMATION,
	DSC_ROW_OTHER_NO_CORRECTION,
	DSC_ROW_OTHER_NO_FEE,
	DSC_ROW_OTHER,
	DSC_ROW_TOTAL,
	DSC_ROW_CARRIED_FORWARD,
	DSC_NROWS
} dsc_request_row;

/* Columns of table four's single row: review, then two kinds of suit. */
enum
{
	DSC_REVIEW_UPHELD,
	DSC_REVIEW_CORRECTED,
	DSC_REVIEW_OTHER,
	DSC_REVIEW_PENDING,
	DSC_REVIEW_TOTAL,
	DSC_REVIEW_NCOLS
};

typedef enum dsc_template
{
	DSC_TEMPLATE_UNKNOWN = 0,
	DSC_TEMPLATE_2019,
	DSC_TEMPLATE_2021
} dsc_template;

/* One cell of table two; value is a decimal string, NULL when blank. */
typedef struct dsc_proactive_item
{
	const char *item;
	const char *measure;
	const char *value;
} dsc_proactive_item;

#define DSC_MAX_PROACTIVE 24

/* How a cell's value was read: the evidence disclosure_cells shows. */
typedef enum dsc_how
{
	DSC_HOW_NONE = 0,			/* blank, or not read: the value is NULL */
	DSC_HOW_LABEL,				/* its row found by its label, cells apart */
	DSC_HOW_POSITION,			/* its row found by the template's order */
	DSC_HOW_SPLIT,				/* divided from a run of joined digits */
	DSC_HOW_INFERRED			/* a blank that the arithmetic forces */
} dsc_how;

typedef struct dsc_source
{
	dsc_how		how;
	int			line;			/* 1-based line of the document, 0 if none */
	const char *text;			/* the text it was read from, or NULL */
} dsc_source;

extern const char *dsc_how_name(dsc_how how);

/* One cell and its evidence, as disclosure_cells returns it. */
typedef struct dsc_evidence
{
	const char *tbl;			/* proactive, procurement, requests, review */
	const char *row;
	const char *column;
	const char *value;			/* decimal text, or NULL when blank/unread */
	const char *how;			/* dsc_how_name, or NULL with no value */
	int			line;			/* 1-based document line, 0 if none */
	const char *source;			/* the text it was read from, or NULL */
} dsc_evidence;

typedef void (*dsc_evidence_fn) (const dsc_evidence *cell, void *arg);

/*
 * What the narrative checks read of a report's prose (narrative.c): the
 * texts of sections 五 and 六, and the sentences of sections 一, 二, 三 and 六
 * that state a year's figures, the fees, or that every request was
 * completed.  Read only when asked for (dsc_report_narrative), never while
 * the tables are read.
 */
#define DSC_NARRATIVE_MAX_STATEMENTS 8

typedef struct dsc_narrative
{
	bool		known;			/* read from the text, or from a stored report */
	const char *problems;		/* 五 after its heading, compact; "" when
								 * empty; NULL when the report has no 五 */
	const char *other_matters;	/* 六 likewise */
	const char *statements[DSC_NARRATIVE_MAX_STATEMENTS];
	int			n_statements;
} dsc_narrative;

typedef struct dsc_report
{
	const char *agency;			/* NULL when not found */
	int			year;			/* 0 when not found */
	int			published_year; /* 0 when not found */
	int			published_month;
	int			published_day;
	dsc_template template_kind;

	dsc_proactive_item proactive[DSC_MAX_PROACTIVE];
	int			n_proactive;

	bool		has_procurement;	/* the 第(九)项 row was present */
	dsc_int		procurement_projects;
	const char *procurement_amount_yuan;	/* decimal string or NULL */

	bool		has_requests;	/* table three was found */
	dsc_int		requests[DSC_NROWS][DSC_NCOLS];

	bool		has_review;		/* table four was found */
	dsc_int		review[DSC_REVIEW_NCOLS];
	dsc_int		suit_direct[DSC_REVIEW_NCOLS];
	dsc_int		suit_after_review[DSC_REVIEW_NCOLS];

	dsc_int		stated_requests;
	dsc_int		stated_proactive;
	/* new requests per applicant column as the prose states them
	 * (涉及自然人72件、商业企业3件): evidence for splitting joined digits */
	dsc_int		stated_by_column[DSC_NCOLS];
	/* 行政规范性文件 made, repealed, in force as the prose states them
	 * (本年度制发规范性文件34件): evidence for splitting table two */
	dsc_int		stated_normative[3];
	const char *prose;			/* the prose before the tables, compact */
	struct dsc_prose_source *prose_source;	/* where to read it, while the
											 * tables are read; see
											 * dsc_need_prose */

	/* where each cell came from, in the layout of the cells above */
	dsc_source	requests_src[DSC_NROWS][DSC_NCOLS];
	dsc_source	review_src[3][DSC_REVIEW_NCOLS];
	dsc_source	proactive_src[DSC_MAX_PROACTIVE];
	dsc_source	procurement_src[2];

	const char **notes;
	int			n_notes;
	int			notes_cap;

	/* set when read from a stored report; else read from the source */
	dsc_narrative narrative;
	struct dsc_narrative_source *narrative_source;	/* the report's lines,
													 * kept by the parse */
} dsc_report;

/* The result of parsing one document. */
typedef struct dsc_document
{
	dsc_report **reports;
	int			n_reports;
	int			n_duplicates;	/* verbatim copies dropped */
	int			n_empty;		/* report headings with no readable table */
} dsc_document;

/* Hooks the caller supplies; all may be left zero. */
typedef struct dsc_options
{
	/* called now and then in loops over input; may longjmp out */
	void		(*check_interrupts) (void);
} dsc_options;

extern const char *const dsc_request_row_names[DSC_NROWS];
extern const char *const dsc_column_names[DSC_NCOLS];

/* Parse every report in a UTF-8 document; never fails, may find none. */
extern dsc_document *dsc_parse_document(dsc_arena *arena, const char *text,
										size_t len, const dsc_options *options);

/* Every cell of a report with its evidence, in the template's order. */
extern void dsc_report_cells(const dsc_report *r, dsc_evidence_fn fn,
							 void *arg);

/*
 * The report's narrative: r->narrative when it is known, else read now from
 * the lines the parse kept (out->known is false when there are none).
 */
extern void dsc_report_narrative(dsc_arena *arena, const dsc_report *r,
								 dsc_narrative *out);

/* Append a formatted note to a report. */
extern void dsc_report_note(dsc_arena *arena, dsc_report *report,
							const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

extern const char *dsc_template_name(dsc_template t);

/* Why a document holds no report: a sentence for an error's detail. */
extern const char *dsc_no_report_reason(const dsc_document *doc,
										size_t input_len);

/* Yuan from an amount as written ('7.63182亿元'); NULL if it is not one. */
extern char *dsc_amount_text_yuan(dsc_arena *arena, const char *s, size_t len);

#endif							/* DSC_REPORT_H */
