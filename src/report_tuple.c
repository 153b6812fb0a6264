/*
 * report_tuple.c
 *	  Turn a parsed report into a disclosure_report composite.
 *
 * The nested row types are found through the attributes of the report type,
 * never by name, so the extension works in whatever schema it lives in.
 */
#include "disclosure.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

/* Attribute numbers (0-based) of disclosure_report. */
enum
{
	ATT_AGENCY,
	ATT_YEAR,
	ATT_PUBLISHED,
	ATT_TEMPLATE,
	ATT_PROACTIVE,
	ATT_PROCUREMENT,
	ATT_REQUESTS,
	ATT_REVIEW,
	ATT_SUIT_DIRECT,
	ATT_SUIT_AFTER_REVIEW,
	ATT_STATED_REQUESTS,
	ATT_STATED_PROACTIVE,
	ATT_NOTES,
	ATT_NARRATIVE,
	N_REPORT_ATTS
};

static TupleDesc
row_desc(Oid typid)
{
	return BlessTupleDesc(lookup_rowtype_tupdesc_copy(typid, -1));
}

static void
expect_shape(TupleDesc desc, int natts, const char *type_name)
{
	if (desc->natts != natts)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("type %s does not match the disclosure library", type_name),
				 errdetail("The type has %d attributes; the library expects %d.",
						   desc->natts, natts),
				 errhint("Run ALTER EXTENSION disclosure UPDATE, or reinstall the extension.")));
}

ReportTypes *
dsc_report_types(FunctionCallInfo fcinfo, TupleDesc report_desc)
{
	DscCallState *state = dsc_call_state(fcinfo);
	ReportTypes *types = state->types;
	MemoryContext old;

	if (types != NULL)
		return types;
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	types = palloc0(sizeof(ReportTypes));
	types->report = BlessTupleDesc(CreateTupleDescCopy(report_desc));
	/* version 1.0's type, not yet updated, has no narrative: left out */
	types->has_narrative = types->report->natts != ATT_NARRATIVE;
	if (types->has_narrative)
		expect_shape(types->report, N_REPORT_ATTS, "disclosure_report");
	types->item_type =
		get_element_type(TupleDescAttr(report_desc, ATT_PROACTIVE)->atttypid);
	types->item = row_desc(types->item_type);
	types->procurement =
		row_desc(TupleDescAttr(report_desc, ATT_PROCUREMENT)->atttypid);
	types->requests = row_desc(TupleDescAttr(report_desc, ATT_REQUESTS)->atttypid);
	types->review = row_desc(TupleDescAttr(report_desc, ATT_REVIEW)->atttypid);
	types->counts = row_desc(TupleDescAttr(types->requests, 0)->atttypid);
	expect_shape(types->item, 3, "disclosure_proactive_item");
	expect_shape(types->procurement, 2, "disclosure_procurement");
	expect_shape(types->requests, DSC_NROWS, "disclosure_requests");
	expect_shape(types->review, DSC_REVIEW_NCOLS, "disclosure_review");
	expect_shape(types->counts, DSC_NCOLS, "disclosure_counts");
	if (types->has_narrative)
	{
		types->narrative =
			row_desc(TupleDescAttr(report_desc, ATT_NARRATIVE)->atttypid);
		expect_shape(types->narrative, 3, "disclosure_narrative");
	}
	MemoryContextSwitchTo(old);
	state->types = types;
	return types;
}

static Datum
numeric_datum(const char *decimal)
{
	return DirectFunctionCall3(numeric_in, CStringGetDatum(decimal),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

/* A row of int cells; NULL (not a row of NULLs) when every cell is unknown. */
static Datum
int_row(TupleDesc desc, const dsc_int *cells, int n, bool *isnull)
{
	Datum		values[DSC_NCOLS];
	bool		nulls[DSC_NCOLS];
	bool		any = false;

	for (int i = 0; i < n; i++)
	{
		values[i] = Int32GetDatum(cells[i].value);
		nulls[i] = !cells[i].known;
		any |= cells[i].known;
	}
	*isnull = !any;
	if (!any)
		return (Datum) 0;
	return HeapTupleGetDatum(heap_form_tuple(desc, values, nulls));
}

static Datum
review_row(const ReportTypes *types, const dsc_int *cells)
{
	Datum		values[DSC_REVIEW_NCOLS];
	bool		nulls[DSC_REVIEW_NCOLS];

	for (int i = 0; i < DSC_REVIEW_NCOLS; i++)
	{
		values[i] = Int32GetDatum(cells[i].value);
		nulls[i] = !cells[i].known;
	}
	return HeapTupleGetDatum(heap_form_tuple(types->review, values, nulls));
}

static Datum
requests_datum(const dsc_report *r, const ReportTypes *types)
{
	Datum		values[DSC_NROWS];
	bool		nulls[DSC_NROWS];

	for (int row = 0; row < DSC_NROWS; row++)
		values[row] = int_row(types->counts, r->requests[row], DSC_NCOLS,
							  &nulls[row]);
	return HeapTupleGetDatum(heap_form_tuple(types->requests, values, nulls));
}

static Datum
procurement_datum(const dsc_report *r, const ReportTypes *types)
{
	Datum		values[2];
	bool		nulls[2];

	values[0] = Int32GetDatum(r->procurement_projects.value);
	nulls[0] = !r->procurement_projects.known;
	nulls[1] = r->procurement_amount_yuan == NULL;
	values[1] = nulls[1] ? (Datum) 0 : numeric_datum(r->procurement_amount_yuan);
	return HeapTupleGetDatum(heap_form_tuple(types->procurement, values, nulls));
}

static Datum
proactive_datum(const dsc_report *r, const ReportTypes *types)
{
	Datum	   *elems = palloc(sizeof(Datum) * r->n_proactive);
	int16		typlen;
	bool		typbyval;
	char		typalign;

	for (int i = 0; i < r->n_proactive; i++)
	{
		const dsc_proactive_item *p = &r->proactive[i];
		Datum		values[3];
		bool		nulls[3] = {false, false, p->value == NULL};

		values[0] = CStringGetTextDatum(p->item);
		values[1] = CStringGetTextDatum(p->measure);
		values[2] = p->value ? numeric_datum(p->value) : (Datum) 0;
		elems[i] = HeapTupleGetDatum(heap_form_tuple(types->item, values, nulls));
	}
	get_typlenbyvalalign(types->item_type, &typlen, &typbyval, &typalign);
	return PointerGetDatum(construct_array(elems, r->n_proactive,
										   types->item_type, typlen,
										   typbyval, typalign));
}

static Datum
notes_datum(const dsc_report *r)
{
	Datum	   *elems = palloc(sizeof(Datum) * (r->n_notes + 1));

	for (int i = 0; i < r->n_notes; i++)
		elems[i] = CStringGetTextDatum(r->notes[i]);
	return PointerGetDatum(construct_array(elems, r->n_notes, TEXTOID, -1,
										   false, TYPALIGN_INT));
}

/*
 * Sections 五 and 六 and the statements the narrative checks read: read
 * from the report's lines here, as the SQL value is made (narrative.c), so
 * that disclosure_check can run on a stored report without its document.
 */
static Datum
narrative_datum(const dsc_report *r, const ReportTypes *types,
				dsc_arena *parse_arena, bool *isnull)
{
	dsc_arena	arena;
	dsc_narrative n;
	Datum		values[3];
	bool		nulls[3];
	Datum		elems[DSC_NARRATIVE_MAX_STATEMENTS];
	Datum		result;

	/* the parse's spare blocks: no memory obtained and returned per report */
	dsc_arena_init_scratch(&arena, parse_arena);
	dsc_report_narrative(&arena, r, &n);
	*isnull = !n.known;
	if (!n.known)
	{
		dsc_arena_free_all(&arena);
		return (Datum) 0;
	}
	nulls[0] = n.problems == NULL;
	values[0] = n.problems ? CStringGetTextDatum(n.problems) : (Datum) 0;
	nulls[1] = n.other_matters == NULL;
	values[1] = n.other_matters ? CStringGetTextDatum(n.other_matters) : (Datum) 0;
	for (int i = 0; i < n.n_statements; i++)
		elems[i] = CStringGetTextDatum(n.statements[i]);
	nulls[2] = false;
	values[2] = PointerGetDatum(construct_array(elems, n.n_statements, TEXTOID,
												-1, false, TYPALIGN_INT));
	result = HeapTupleGetDatum(heap_form_tuple(types->narrative, values, nulls));
	dsc_arena_free_all(&arena);
	return result;
}

static Datum
date_datum(const dsc_report *r)
{
	return DateADTGetDatum(date2j(r->published_year, r->published_month,
								  r->published_day) - POSTGRES_EPOCH_JDATE);
}

void
dsc_report_values(const dsc_report *r, const ReportTypes *types,
				  dsc_arena *parse_arena, Datum *values, bool *nulls)
{
	const char *template_name = dsc_template_name(r->template_kind);

	memset(nulls, 0, sizeof(bool) * N_REPORT_ATTS);
	nulls[ATT_AGENCY] = r->agency == NULL;
	if (r->agency)
		values[ATT_AGENCY] = CStringGetTextDatum(r->agency);
	nulls[ATT_YEAR] = r->year == 0;
	values[ATT_YEAR] = Int32GetDatum(r->year);
	nulls[ATT_PUBLISHED] = r->published_year == 0;
	if (r->published_year)
		values[ATT_PUBLISHED] = date_datum(r);
	nulls[ATT_TEMPLATE] = template_name == NULL;
	if (template_name)
		values[ATT_TEMPLATE] = CStringGetTextDatum(template_name);
	nulls[ATT_PROACTIVE] = r->n_proactive == 0;
	if (r->n_proactive)
		values[ATT_PROACTIVE] = proactive_datum(r, types);
	nulls[ATT_PROCUREMENT] = !r->has_procurement;
	if (r->has_procurement)
		values[ATT_PROCUREMENT] = procurement_datum(r, types);
	nulls[ATT_REQUESTS] = !r->has_requests;
	if (r->has_requests)
		values[ATT_REQUESTS] = requests_datum(r, types);
	/* table four, when found, is a row even if every cell is blank */
	nulls[ATT_REVIEW] = nulls[ATT_SUIT_DIRECT] = nulls[ATT_SUIT_AFTER_REVIEW] =
		!r->has_review;
	if (r->has_review)
	{
		values[ATT_REVIEW] = review_row(types, r->review);
		values[ATT_SUIT_DIRECT] = review_row(types, r->suit_direct);
		values[ATT_SUIT_AFTER_REVIEW] = review_row(types, r->suit_after_review);
	}
	values[ATT_STATED_REQUESTS] = Int32GetDatum(r->stated_requests.value);
	nulls[ATT_STATED_REQUESTS] = !r->stated_requests.known;
	values[ATT_STATED_PROACTIVE] = Int32GetDatum(r->stated_proactive.value);
	nulls[ATT_STATED_PROACTIVE] = !r->stated_proactive.known;
	values[ATT_NOTES] = notes_datum(r);
	if (types->has_narrative)
		values[ATT_NARRATIVE] = narrative_datum(r, types, parse_arena, &nulls[ATT_NARRATIVE]);
}
