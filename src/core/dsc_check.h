/*
 * dsc_check.h
 *	  Consistency checks of parsed reports: plain C, no PostgreSQL headers.
 *
 * A finding names its rule, a severity (error: the arithmetic is wrong;
 * warning: it cannot be verified, or the prose disagrees; info), the cell in
 * English and in the report's own Chinese labels, the expected and actual
 * numbers where there are any, and a sentence an analyst can quote.
 */
#ifndef DSC_CHECK_H
#define DSC_CHECK_H

#include "dsc_report.h"

typedef enum dsc_severity
{
	DSC_SEVERITY_ERROR,
	DSC_SEVERITY_WARNING,
	DSC_SEVERITY_INFO
} dsc_severity;

typedef struct dsc_finding
{
	const char *rule;
	dsc_severity severity;
	const char *location;
	bool		has_expected;
	int64_t		expected;
	bool		has_actual;
	int64_t		actual;
	const char *message;
} dsc_finding;

typedef struct dsc_findings
{
	dsc_finding *items;
	int			n;
	int			cap;
} dsc_findings;

/* Why two reports cannot be compared as consecutive years of one body. */
typedef enum dsc_continuity_status
{
	DSC_CONTINUITY_OK,
	DSC_CONTINUITY_UNKNOWN_BODY,	/* an agency or a year is missing */
	DSC_CONTINUITY_OTHER_BODY,
	DSC_CONTINUITY_NOT_CONSECUTIVE
} dsc_continuity_status;

/* The expected and actual numbers of a finding, either may be absent. */
typedef struct dsc_number_pair
{
	bool		has_expected;
	int64_t		expected;
	bool		has_actual;
	int64_t		actual;
} dsc_number_pair;

extern const char *dsc_severity_name(dsc_severity s);
extern dsc_number_pair dsc_numbers(int64_t expected, int64_t actual);
extern void dsc_add_finding(dsc_arena *arena, dsc_findings *out,
							const char *rule, dsc_severity severity,
							const char *location, dsc_number_pair nums,
							const char *fmt,...)
			__attribute__((format(printf, 7, 8)));

/*
 * Every finding about one report, appended to out: the tables' arithmetic
 * (check.c), then the narrative rules on what its prose says
 * (check_narrative.c: problems_empty, fees_stated, statement_year,
 * all_completed), which read the report's narrative (dsc_report_narrative)
 * and say nothing when it is unknown.
 */
extern void dsc_check_report(dsc_arena *arena, const dsc_report *r,
							 dsc_findings *out);

/* Findings between one body's consecutive years, appended to out. */
extern dsc_continuity_status dsc_check_continuity(dsc_arena *arena,
												  const dsc_report *previous,
												  const dsc_report *next,
												  dsc_findings *out);

/* The Chinese label of a row or column of table three. */
extern const char *dsc_request_row_label(dsc_request_row row,
										 dsc_template t);
extern const char *dsc_column_label(int column);

#endif							/* DSC_CHECK_H */
