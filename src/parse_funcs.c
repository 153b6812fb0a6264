/*
 * parse_funcs.c
 *	  disclosure_parse(text) and disclosure_parse_all(text).
 */
#include "disclosure.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(disclosure_parse_all);
PG_FUNCTION_INFO_V1(disclosure_parse);

#define MAX_REPORT_ATTS 16

Datum
disclosure_parse_all(PG_FUNCTION_ARGS)
{
	text	   *doc;
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext values_cxt = dsc_call_state(fcinfo)->values_cxt;
	MemoryContext old;
	dsc_document *parsed;
	ReportTypes *types;

	dsc_pg_check_size(PG_GETARG_DATUM(0));
	doc = PG_GETARG_TEXT_PP(0);
	InitMaterializedSRF(fcinfo, 0);
	types = dsc_report_types(fcinfo, rsinfo->setDesc);
	MemoryContextReset(values_cxt);
	old = MemoryContextSwitchTo(values_cxt);
	parsed = dsc_pg_parse(fcinfo, doc);
	for (int i = 0; i < parsed->n_reports; i++)
	{
		Datum		values[MAX_REPORT_ATTS];
		bool		nulls[MAX_REPORT_ATTS];

		dsc_report_values(parsed->reports[i], types,
						  &dsc_call_state(fcinfo)->arena, values, nulls);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	MemoryContextSwitchTo(old);
	return (Datum) 0;
}

Datum
disclosure_parse(PG_FUNCTION_ARGS)
{
	text	   *doc;
	TupleDesc	desc;
	ReportTypes *types;
	dsc_document *parsed;
	Datum		values[MAX_REPORT_ATTS];
	bool		nulls[MAX_REPORT_ATTS];

	dsc_pg_check_size(PG_GETARG_DATUM(0));
	doc = PG_GETARG_TEXT_PP(0);
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	types = dsc_report_types(fcinfo, desc);
	parsed = dsc_pg_parse(fcinfo, doc);
	if (parsed->n_reports == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("no annual report found in document"),
				 errdetail_internal("%s", dsc_no_report_reason(parsed, VARSIZE_ANY_EXHDR(doc))),
				 errhint("disclosure_parse_all() returns no rows for such a document instead of failing.")));
	if (parsed->n_reports > 1)
	{
		StringInfoData list;

		initStringInfo(&list);
		for (int i = 0; i < parsed->n_reports; i++)
			appendStringInfo(&list, "%s%s %d", i ? "; " : "",
							 parsed->reports[i]->agency ?
							 parsed->reports[i]->agency : "(agency unknown)",
							 parsed->reports[i]->year);
		ereport(ERROR,
				(errcode(ERRCODE_CARDINALITY_VIOLATION),
				 errmsg("document holds %d distinct annual reports",
						parsed->n_reports),
				 errdetail("The reports are: %s.", list.data),
				 errhint("Use disclosure_parse_all() to get every report in the document.")));
	}
	dsc_report_values(parsed->reports[0], types,
					  &dsc_call_state(fcinfo)->arena, values, nulls);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(types->report, values,
													  nulls)));
}
