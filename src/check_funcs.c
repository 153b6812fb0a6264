/*
 * check_funcs.c
 *	  disclosure_check, disclosure_is_consistent and
 *	  disclosure_check_continuity: the core's checks as SQL functions.
 */
#include "disclosure.h"

#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(disclosure_check);
PG_FUNCTION_INFO_V1(disclosure_is_consistent);
PG_FUNCTION_INFO_V1(disclosure_check_continuity);

/* One row per finding: rule, severity, location, expected, actual, message. */
void
dsc_put_findings(ReturnSetInfo *rsinfo, const dsc_findings *f)
{
	for (int i = 0; i < f->n; i++)
	{
		const dsc_finding *x = &f->items[i];
		Datum		values[6];
		bool		nulls[6] = {false, false, false, !x->has_expected,
		!x->has_actual, false};

		values[0] = CStringGetTextDatum(x->rule);
		values[1] = CStringGetTextDatum(dsc_severity_name(x->severity));
		values[2] = CStringGetTextDatum(x->location);
		values[3] = x->has_expected ?
			DirectFunctionCall1(int8_numeric, Int64GetDatum(x->expected)) : (Datum) 0;
		values[4] = x->has_actual ?
			DirectFunctionCall1(int8_numeric, Int64GetDatum(x->actual)) : (Datum) 0;
		values[5] = CStringGetTextDatum(x->message);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
}

static void
check_one(HeapTupleHeader rec, dsc_arena *arena, dsc_findings *findings)
{
	dsc_report	report;

	dsc_report_from_datum(rec, &report);
	dsc_pg_arena_init(arena);
	memset(findings, 0, sizeof(*findings));
	dsc_check_report(arena, &report, findings);
}

Datum
disclosure_check(PG_FUNCTION_ARGS)
{
	dsc_arena	arena;
	dsc_findings findings;

	InitMaterializedSRF(fcinfo, 0);
	check_one(PG_GETARG_HEAPTUPLEHEADER(0), &arena, &findings);
	dsc_put_findings((ReturnSetInfo *) fcinfo->resultinfo, &findings);
	dsc_arena_free_all(&arena);
	return (Datum) 0;
}

Datum
disclosure_is_consistent(PG_FUNCTION_ARGS)
{
	dsc_arena	arena;
	dsc_findings findings;
	bool		consistent = true;

	check_one(PG_GETARG_HEAPTUPLEHEADER(0), &arena, &findings);
	for (int i = 0; i < findings.n; i++)
		if (findings.items[i].severity == DSC_SEVERITY_ERROR)
			consistent = false;
	dsc_arena_free_all(&arena);
	PG_RETURN_BOOL(consistent);
}

static const char *
describe(const dsc_report *r)
{
	if (r->agency == NULL && r->year == 0)
		return "a report of unknown agency and year";
	if (r->agency == NULL)
		return psprintf("a %d report of unknown agency", r->year);
	if (r->year == 0)
		return psprintf("a report of %s of unknown year", r->agency);
	return psprintf("%s %d", r->agency, r->year);
}

Datum
disclosure_check_continuity(PG_FUNCTION_ARGS)
{
	dsc_report	previous;
	dsc_report	next;
	dsc_arena	arena;
	dsc_findings findings = {0};
	dsc_continuity_status status;

	InitMaterializedSRF(fcinfo, 0);
	dsc_report_from_datum(PG_GETARG_HEAPTUPLEHEADER(0), &previous);
	dsc_report_from_datum(PG_GETARG_HEAPTUPLEHEADER(1), &next);
	dsc_pg_arena_init(&arena);
	status = dsc_check_continuity(&arena, &previous, &next, &findings);
	if (status != DSC_CONTINUITY_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("reports are not consecutive years of one body"),
				 errdetail("The previous report is %s; the next is %s. %s",
						   describe(&previous), describe(&next),
						   status == DSC_CONTINUITY_UNKNOWN_BODY ?
						   "Without both agencies and years they cannot be compared." :
						   status == DSC_CONTINUITY_OTHER_BODY ?
						   "The agencies differ." :
						   "The next report's year must follow the previous one's."),
				 errhint("Pass one body's report for a year and its report for the year after, in that order.")));
	dsc_put_findings((ReturnSetInfo *) fcinfo->resultinfo, &findings);
	dsc_arena_free_all(&arena);
	return (Datum) 0;
}
