/*
 * report_read.c
 *	  Read a disclosure_report composite back into the core's struct, so
 *	  that the checks in the core can run on stored or edited reports.
 */
#include "disclosure.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "executor/executor.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

/* 1-based attribute numbers of disclosure_report */
enum
{
	ATTNO_AGENCY = 1,
	ATTNO_YEAR,
	ATTNO_PUBLISHED,
	ATTNO_TEMPLATE,
	ATTNO_PROACTIVE,
	ATTNO_PROCUREMENT,
	ATTNO_REQUESTS,
	ATTNO_REVIEW,
	ATTNO_SUIT_DIRECT,
	ATTNO_SUIT_AFTER_REVIEW,
	ATTNO_STATED_REQUESTS,
	ATTNO_STATED_PROACTIVE,
	ATTNO_NOTES,
	ATTNO_NARRATIVE
};

static char *
text_attr(HeapTupleHeader rec, int attno)
{
	bool		isnull;
	Datum		d = GetAttributeByNum(rec, attno, &isnull);

	return isnull ? NULL : TextDatumGetCString(d);
}

static dsc_int
int_attr(HeapTupleHeader rec, int attno)
{
	bool		isnull;
	Datum		d = GetAttributeByNum(rec, attno, &isnull);
	dsc_int		v = {0, false};

	if (!isnull)
	{
		v.value = DatumGetInt32(d);
		v.known = true;
	}
	return v;
}

static char *
numeric_attr(HeapTupleHeader rec, int attno)
{
	bool		isnull;
	Datum		d = GetAttributeByNum(rec, attno, &isnull);

	return isnull ? NULL : DatumGetCString(DirectFunctionCall1(numeric_out, d));
}

static HeapTupleHeader
row_attr(HeapTupleHeader rec, int attno)
{
	bool		isnull;
	Datum		d = GetAttributeByNum(rec, attno, &isnull);

	return isnull ? NULL : DatumGetHeapTupleHeader(d);
}

/* n int cells of a row; all unknown when the row is NULL */
static void
read_ints(HeapTupleHeader row, dsc_int *cells, int n)
{
	for (int i = 0; i < n; i++)
		cells[i] = row ? int_attr(row, i + 1) : (dsc_int) {0, false};
}

static void
read_proactive(HeapTupleHeader rec, dsc_report *r)
{
	bool		isnull;
	Datum		d = GetAttributeByNum(rec, ATTNO_PROACTIVE, &isnull);
	ArrayType  *arr;
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int16		typlen;
	bool		typbyval;
	char		typalign;

	if (isnull)
		return;
	arr = DatumGetArrayTypeP(d);
	get_typlenbyvalalign(ARR_ELEMTYPE(arr), &typlen, &typbyval, &typalign);
	deconstruct_array(arr, ARR_ELEMTYPE(arr), typlen, typbyval, typalign,
					  &elems, &nulls, &n);
	for (int i = 0; i < n && r->n_proactive < DSC_MAX_PROACTIVE; i++)
	{
		HeapTupleHeader item;
		dsc_proactive_item *p;

		if (nulls[i])
			continue;
		item = DatumGetHeapTupleHeader(elems[i]);
		p = &r->proactive[r->n_proactive];
		p->item = text_attr(item, 1);
		p->measure = text_attr(item, 2);
		p->value = numeric_attr(item, 3);
		if (p->item && p->measure)
			r->n_proactive++;
	}
}

/*
 * The narrative the report was stored with; unknown (the narrative checks
 * then say nothing) when it has none, as reports stored by 1.0 have not.
 */
static void
read_narrative(HeapTupleHeader rec, dsc_report *r)
{
	TupleDesc	desc = lookup_rowtype_tupdesc(HeapTupleHeaderGetTypeId(rec),
											  HeapTupleHeaderGetTypMod(rec));
	int			natts = desc->natts;
	HeapTupleHeader row;
	bool		isnull;
	Datum		d;

	ReleaseTupleDesc(desc);
	if (natts < ATTNO_NARRATIVE ||
		(row = row_attr(rec, ATTNO_NARRATIVE)) == NULL)
		return;
	r->narrative.known = true;
	r->narrative.problems = text_attr(row, 1);
	r->narrative.other_matters = text_attr(row, 2);
	d = GetAttributeByNum(row, 3, &isnull);
	if (!isnull)
	{
		Datum	   *elems;
		bool	   *nulls;
		int			n;

		deconstruct_array(DatumGetArrayTypeP(d), TEXTOID, -1, false,
						  TYPALIGN_INT, &elems, &nulls, &n);
		for (int i = 0; i < n && r->narrative.n_statements < DSC_NARRATIVE_MAX_STATEMENTS; i++)
			if (!nulls[i])
				r->narrative.statements[r->narrative.n_statements++] =
					TextDatumGetCString(elems[i]);
	}
}

void
dsc_report_from_datum(HeapTupleHeader rec, dsc_report *r)
{
	HeapTupleHeader row;
	bool		isnull;
	Datum		d;
	char	   *template_name;

	memset(r, 0, sizeof(*r));
	r->agency = text_attr(rec, ATTNO_AGENCY);
	d = GetAttributeByNum(rec, ATTNO_YEAR, &isnull);
	r->year = isnull ? 0 : DatumGetInt32(d);
	d = GetAttributeByNum(rec, ATTNO_PUBLISHED, &isnull);
	if (!isnull && !DATE_NOT_FINITE(DatumGetDateADT(d)))
		j2date(DatumGetDateADT(d) + POSTGRES_EPOCH_JDATE, &r->published_year,
			   &r->published_month, &r->published_day);
	template_name = text_attr(rec, ATTNO_TEMPLATE);
	if (template_name && strcmp(template_name, "2019") == 0)
		r->template_kind = DSC_TEMPLATE_2019;
	else if (template_name && strcmp(template_name, "2021") == 0)
		r->template_kind = DSC_TEMPLATE_2021;
	read_proactive(rec, r);
	if ((row = row_attr(rec, ATTNO_PROCUREMENT)) != NULL)
	{
		r->has_procurement = true;
		r->procurement_projects = int_attr(row, 1);
		r->procurement_amount_yuan = numeric_attr(row, 2);
	}
	if ((row = row_attr(rec, ATTNO_REQUESTS)) != NULL)
	{
		r->has_requests = true;
		for (int i = 0; i < DSC_NROWS; i++)
			read_ints(row_attr(row, i + 1), r->requests[i], DSC_NCOLS);
	}
	/* a NULL table four was not found; a row of NULLs was found blank */
	GetAttributeByNum(rec, ATTNO_REVIEW, &isnull);
	r->has_review = !isnull;
	read_ints(row_attr(rec, ATTNO_REVIEW), r->review, DSC_REVIEW_NCOLS);
	read_ints(row_attr(rec, ATTNO_SUIT_DIRECT), r->suit_direct, DSC_REVIEW_NCOLS);
	read_ints(row_attr(rec, ATTNO_SUIT_AFTER_REVIEW), r->suit_after_review,
			  DSC_REVIEW_NCOLS);
	r->stated_requests = int_attr(rec, ATTNO_STATED_REQUESTS);
	r->stated_proactive = int_attr(rec, ATTNO_STATED_PROACTIVE);
	read_narrative(rec, r);
}
