/*
 * evidence.c
 *	  Every cell of a report with where it came from (disclosure_cells).
 *
 * One walk over the tables in the template's order: table two (二), its
 * procurement row, table three (三), table four (四).  Blank and unread cells
 * are walked too, with no value, so that an analyst sees what is missing as
 * well as what was read.
 */
#include "dsc_internal.h"

#include <stdio.h>
#include <string.h>

static const char *const review_blocks[3] = {"review", "suit_direct", "suit_after_review"};
static const char *const review_columns[DSC_REVIEW_NCOLS] = {
	"upheld", "corrected", "other", "pending", "total"
};

static void
emit_cell(dsc_evidence *e, const char *tbl, const char *row, const char *col,
		  const char *value, const dsc_source *src,
		  dsc_evidence_fn fn, void *arg)
{
	e->tbl = tbl;
	e->row = row;
	e->column = col;
	e->value = value;
	e->how = value != NULL && src->how != DSC_HOW_NONE ? dsc_how_name(src->how) : NULL;
	e->line = src->line;
	e->source = src->text;
	fn(e, arg);
}

static const char *
int_text(char *buf, size_t size, dsc_int v)
{
	if (!v.known)
		return NULL;
	snprintf(buf, size, "%d", v.value);
	return buf;
}

void
dsc_report_cells(const dsc_report *r, dsc_evidence_fn fn, void *arg)
{
	dsc_evidence e;
	char		buf[16];
	bool		is_2021 = r->template_kind == DSC_TEMPLATE_2021;

	memset(&e, 0, sizeof(e));
	for (int i = 0; i < r->n_proactive; i++)
		emit_cell(&e, "proactive", r->proactive[i].item, r->proactive[i].measure,
				  r->proactive[i].value, &r->proactive_src[i], fn, arg);
	if (r->has_procurement)
	{
		emit_cell(&e, "procurement", "procurement", "projects",
				  int_text(buf, sizeof(buf), r->procurement_projects),
				  &r->procurement_src[0], fn, arg);
		emit_cell(&e, "procurement", "procurement", "amount_yuan",
				  r->procurement_amount_yuan, &r->procurement_src[1], fn, arg);
	}
	if (r->has_requests)
		for (int row = 0; row < DSC_NROWS; row++)
		{
			/* the 2019 template has one （六） row, 'other' */
			if (!is_2021 && (row == DSC_ROW_OTHER_NO_CORRECTION ||
							 row == DSC_ROW_OTHER_NO_FEE))
				continue;
			for (int c = 0; c < DSC_NCOLS; c++)
				emit_cell(&e, "requests", dsc_request_row_names[row],
						  dsc_column_names[c],
						  int_text(buf, sizeof(buf), r->requests[row][c]),
						  &r->requests_src[row][c], fn, arg);
		}
	if (r->has_review)
		for (int b = 0; b < 3; b++)
		{
			const dsc_int *block = b == 0 ? r->review :
				b == 1 ? r->suit_direct : r->suit_after_review;

			for (int c = 0; c < DSC_REVIEW_NCOLS; c++)
				emit_cell(&e, "review", review_blocks[b], review_columns[c],
						  int_text(buf, sizeof(buf), block[c]),
						  &r->review_src[b][c], fn, arg);
		}
}
