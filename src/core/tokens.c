/*
 * tokens.c
 *	  A row's value cells as tokens for the digit-run search (dsc_split.h),
 *	  and the readings it finds as counts or as text for a note.
 */
#include "dsc_internal.h"

#include <string.h>

const char *
dsc_how_name(dsc_how how)
{
	switch (how)
	{
		case DSC_HOW_LABEL:
			return "label";
		case DSC_HOW_POSITION:
			return "position";
		case DSC_HOW_SPLIT:
			return "digit split";
		case DSC_HOW_INFERRED:
			return "inferred";
		case DSC_HOW_NONE:
			break;
	}
	return "not read";
}

/*
 * The value cells of a row from first on, as tokens; a dash reads as 0.
 * A row with a blank cell or a cell set apart by separators gets none: its
 * layout separates cells, so its numbers are not joined.
 */
void
dsc_row_tokens(const dsc_row *row, int first, dsc_tokens *out)
{
	out->n = 0;
	out->too_many = false;
	/* a number alone on its line is one cell, never cells joined */
	if (row->one_value_a_line)
		return;
	for (int i = first; i < row->n_values; i++)
	{
		const dsc_cell *cell = &row->values[i];

		if (cell->kind == DSC_CELL_BLANK || !cell->joinable)
		{
			out->n = 0;
			return;
		}
		if (out->n == DSC_SPLIT_MAX_TOKENS)
		{
			out->too_many = true;
			return;
		}
		if (cell->kind == DSC_CELL_DASH)
		{
			out->text[out->n] = "0";
			out->len[out->n++] = 1;
		}
		else
		{
			out->text[out->n] = cell->text;
			out->len[out->n++] = (int) strlen(cell->text);
		}
	}
}

/* Whether every cell of a reading is a whole count within int range. */
bool
dsc_cand_counts(const dsc_split_cand *cand, int n)
{
	for (int i = 0; i < n; i++)
		if (!cand->integral[i] || cand->values[i] > INT32_MAX ||
			cand->values[i] < -(int64_t) INT32_MAX)
			return false;
	return true;
}

/* Up to max readings as '71 3 0 0 0 0 74 or 7 13 …' for a note. */
const char *
dsc_cand_text(dsc_arena *arena, const dsc_split_set *set, int max)
{
	size_t		cap = 64;
	char	   *out;
	size_t		o = 0;
	int			shown = set->n_cands < max ? set->n_cands : max;

	for (int c = 0; c < shown; c++)
		for (int v = 0; v < set->n_values; v++)
			cap += (size_t) set->cands[c].parts[v].len + 4;
	out = dsc_alloc(arena, cap);
	for (int c = 0; c < shown; c++)
	{
		if (c > 0)
		{
			memcpy(out + o, " or ", 4);
			o += 4;
		}
		for (int v = 0; v < set->n_values; v++)
		{
			const dsc_split_part *p = &set->cands[c].parts[v];

			if (v > 0)
				out[o++] = ' ';
			memcpy(out + o, p->text, (size_t) p->len);
			o += (size_t) p->len;
		}
	}
	if (set->n_cands > shown || set->overflow)
	{
		memcpy(out + o, " or more", 8);
		o += 8;
	}
	out[o] = '\0';
	return out;
}
