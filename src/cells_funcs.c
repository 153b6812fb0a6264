/*
 * cells_funcs.c
 *	  disclosure_cells(text): every cell of every report with its evidence.
 */
#include "disclosure.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(disclosure_cells);

#define N_CELL_ATTS 8

typedef struct cells_state
{
	ReturnSetInfo *rsinfo;
	int			report;			/* 1-based, as disclosure_parse_all orders them */
} cells_state;

static Datum
text_or_null(const char *s, bool *isnull)
{
	*isnull = (s == NULL);
	return s ? CStringGetTextDatum(s) : (Datum) 0;
}

static void
put_cell(const dsc_evidence *cell, void *arg)
{
	cells_state *state = arg;
	Datum		values[N_CELL_ATTS];
	bool		nulls[N_CELL_ATTS] = {false};

	values[0] = Int32GetDatum(state->report);
	values[1] = CStringGetTextDatum(cell->tbl);
	values[2] = CStringGetTextDatum(cell->row);
	values[3] = CStringGetTextDatum(cell->column);
	nulls[4] = cell->value == NULL;
	values[4] = cell->value == NULL ? (Datum) 0 :
		DirectFunctionCall3(numeric_in, CStringGetDatum(cell->value),
							ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
	values[5] = text_or_null(cell->how, &nulls[5]);
	nulls[6] = cell->line <= 0;
	values[6] = Int32GetDatum(cell->line);
	values[7] = text_or_null(cell->source, &nulls[7]);
	tuplestore_putvalues(state->rsinfo->setResult, state->rsinfo->setDesc,
						 values, nulls);
}

Datum
disclosure_cells(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext values_cxt = dsc_call_state(fcinfo)->values_cxt;
	MemoryContext old;
	dsc_document *parsed;
	cells_state state;

	InitMaterializedSRF(fcinfo, 0);
	MemoryContextReset(values_cxt);
	old = MemoryContextSwitchTo(values_cxt);
	parsed = dsc_pg_parse(fcinfo, doc);
	state.rsinfo = rsinfo;
	for (int i = 0; i < parsed->n_reports; i++)
	{
		CHECK_FOR_INTERRUPTS();
		state.report = i + 1;
		dsc_report_cells(parsed->reports[i], put_cell, &state);
	}
	MemoryContextSwitchTo(old);
	return (Datum) 0;
}
