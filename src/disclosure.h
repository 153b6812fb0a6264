/*
 * disclosure.h
 *	  The PostgreSQL glue around the parser core.
 */
#ifndef DISCLOSURE_H
#define DISCLOSURE_H

#include "postgres.h"

#include "access/tupdesc.h"
#include "fmgr.h"
#include "nodes/execnodes.h"

#include "dsc_check.h"
#include "dsc_report.h"

/* Row types of the composite result, looked up once per call site. */
typedef struct ReportTypes
{
	TupleDesc	report;
	TupleDesc	counts;
	TupleDesc	requests;
	TupleDesc	review;
	TupleDesc	procurement;
	TupleDesc	item;
	TupleDesc	narrative;		/* NULL with version 1.0's type */
	bool		has_narrative;
	Oid			item_type;
} ReportTypes;

/*
 * What one call site (FmgrInfo) keeps from call to call, in fn_extra, for
 * the rest of the query: see dsc_call_state.
 */
typedef struct DscCallState
{
	ReportTypes *types;			/* looked up at the first call */
	dsc_arena	arena;			/* the parse's; reset at each parse */
	MemoryContext values_cxt;	/* a call's result values; reset likewise */
} DscCallState;

/* parse_context.c */
extern void dsc_pg_arena_init(dsc_arena *arena);
extern const dsc_options *dsc_pg_options(void);
extern DscCallState *dsc_call_state(FunctionCallInfo fcinfo);
extern dsc_document *dsc_pg_parse(FunctionCallInfo fcinfo, text *doc);
extern void dsc_pg_check_size(Datum doc);

/* report_tuple.c */
extern ReportTypes *dsc_report_types(FunctionCallInfo fcinfo,
									 TupleDesc report_desc);
extern void dsc_report_values(const dsc_report *r, const ReportTypes *types,
							  dsc_arena *parse_arena,
							  Datum *values, bool *nulls);

/* report_read.c */
extern void dsc_report_from_datum(HeapTupleHeader rec, dsc_report *r);

/* check_funcs.c */
extern void dsc_put_findings(ReturnSetInfo *rsinfo, const dsc_findings *f);

#endif							/* DISCLOSURE_H */
