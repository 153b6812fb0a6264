/*
 * grid.c
 *	  Table three by the template's order, confirmed by its equations.
 *
 * PDF text prints long labels over several lines, puts a row's numbers on
 * the first, middle or last of them, or prints one number per line with the
 * labels far away.  Labels then name rows badly, but the template never
 * changes its order: 25 rows in the 2021 template, 23 in the 2019 one (and
 * in a 2021 table that kept the single （六） row), seven columns each.  When
 * the table holds exactly that many numbers, they are laid on the grid in
 * order, and the reading is kept only if every equation of the table holds:
 * each row's columns sum to its total, the outcome rows to （七）总计, and
 * 新收 + 上年结转 = 总计 + 结转下年度 in every column.  A reading that passes
 * all of them by chance is vanishingly unlikely; one that fails is dropped.
 */
#include "dsc_internal.h"

#include <string.h>

#define MAX_GRID_NUMBERS (DSC_NROWS * DSC_NCOLS)

/* The rows of a 23-row table, in order (2019 template, or one （六） row). */
static const dsc_request_row rows_23[] = {
	DSC_ROW_NEW_RECEIVED, DSC_ROW_CARRIED_OVER, DSC_ROW_GRANTED,
	DSC_ROW_PARTIALLY_GRANTED, DSC_ROW_REFUSED_STATE_SECRET,
	DSC_ROW_REFUSED_OTHER_LAW, DSC_ROW_REFUSED_SECURITY,
	DSC_ROW_REFUSED_THIRD_PARTY, DSC_ROW_REFUSED_INTERNAL,
	DSC_ROW_REFUSED_PROCESS, DSC_ROW_REFUSED_ENFORCEMENT_FILE,
	DSC_ROW_REFUSED_INQUIRY, DSC_ROW_UNAVAILABLE_NOT_HELD,
	DSC_ROW_UNAVAILABLE_NEEDS_CREATION, DSC_ROW_UNAVAILABLE_UNCLEAR,
	DSC_ROW_DECLINED_COMPLAINT, DSC_ROW_DECLINED_REPEAT,
	DSC_ROW_DECLINED_PUBLICATION, DSC_ROW_DECLINED_EXCESSIVE,
	DSC_ROW_DECLINED_CONFIRMATION, DSC_ROW_OTHER, DSC_ROW_TOTAL,
	DSC_ROW_CARRIED_FORWARD
};

typedef struct grid_number
{
	int32_t		value;
	const dsc_line *line;
} grid_number;

/* Whether a line holds the column headers, where the numbers start. */
static bool
is_header(dsc_arena *arena, dsc_line *line)
{
	const char *c = dsc_line_compact(arena, line);

	return strstr(c, "自然人") != NULL || strstr(c, "申请人情况") != NULL;
}

/*
 * The whole numbers of the table, in order; false when there is anything
 * else among them (a fraction, joined digits, too many numbers).
 */
static bool
collect_numbers(dsc_arena *arena, dsc_arena *scratch, dsc_text *text,
				int from, int to, grid_number *out, int *n,
				const dsc_options *options)
{
	dsc_cells	cells = {0};
	int			start = from;

	for (int li = from; li < to && li < from + 64; li++)
		/* a line's compact form is cached with it: in the long-lived arena */
		if (text->lines[li].len > 0 && is_header(arena, &text->lines[li]))
		{
			start = li;
			break;
		}
	*n = 0;
	for (int li = start; li < to; li++)
	{
		if ((li & 0xFF) == 0)
			dsc_check(options);
		if (text->lines[li].len == 0)
			continue;
		dsc_split_cells(scratch, &text->lines[li], &cells);
		for (int c = 0; c < cells.n; c++)
		{
			const dsc_cell *cell = &cells.cells[c];
			int32_t		v = 0;

			if (cell->kind == DSC_CELL_RUN)
				return false;
			if (cell->kind != DSC_CELL_NUM && cell->kind != DSC_CELL_DASH)
				continue;
			if (cell->kind == DSC_CELL_NUM &&
				(!dsc_number_to_int(&cell->num, &v) || v < 0))
				return false;
			if (*n == MAX_GRID_NUMBERS)
				return false;
			out[*n].value = v;
			out[(*n)++].line = &text->lines[li];
		}
	}
	return true;
}

typedef int32_t grid_values[DSC_NROWS][DSC_NCOLS];

/* Every equation of table three, on a grid with every cell known. */
static bool
all_equations_hold(grid_values g, bool is_25)
{
	for (int r = 0; r < DSC_NROWS; r++)
	{
		int64_t		sum = 0;

		if (!is_25 && (r == DSC_ROW_OTHER_NO_CORRECTION || r == DSC_ROW_OTHER_NO_FEE))
			continue;
		for (int c = 0; c < DSC_COL_TOTAL; c++)
			sum += g[r][c];
		if (sum != g[r][DSC_COL_TOTAL])
			return false;
	}
	for (int c = 0; c < DSC_NCOLS; c++)
	{
		int64_t		outcomes = 0;

		for (int r = DSC_ROW_GRANTED; r <= DSC_ROW_OTHER; r++)
			outcomes += g[r][c];
		if (outcomes != g[DSC_ROW_TOTAL][c] ||
			(int64_t) g[DSC_ROW_NEW_RECEIVED][c] + g[DSC_ROW_CARRIED_OVER][c] !=
			(int64_t) g[DSC_ROW_TOTAL][c] + g[DSC_ROW_CARRIED_FORWARD][c])
			return false;
	}
	return true;
}

bool
dsc_read_requests_by_order(dsc_arena *arena, dsc_arena *scratch,
						   dsc_text *text, int from, int to,
						   dsc_report *report, const dsc_options *options)
{
	grid_number *nums = dsc_alloc(scratch, sizeof(grid_number) * MAX_GRID_NUMBERS);
	grid_values g;
	int			n;
	bool		is_25;
	int			k = 0;

	if (!collect_numbers(arena, scratch, text, from, to, nums, &n, options))
		return false;
	if (n != 25 * DSC_NCOLS && n != 23 * DSC_NCOLS)
		return false;
	is_25 = n == 25 * DSC_NCOLS;
	memset(g, 0, sizeof(g));
	for (int i = 0; i < n / DSC_NCOLS; i++)
	{
		dsc_request_row r = is_25 ? (dsc_request_row) i : rows_23[i];

		for (int c = 0; c < DSC_NCOLS; c++)
			g[r][c] = nums[k++].value;
	}
	if (!all_equations_hold(g, is_25))
		return false;
	k = 0;
	for (int i = 0; i < n / DSC_NCOLS; i++)
	{
		dsc_request_row r = is_25 ? (dsc_request_row) i : rows_23[i];

		for (int c = 0; c < DSC_NCOLS; c++, k++)
		{
			report->requests[r][c].value = g[r][c];
			report->requests[r][c].known = true;
			report->requests_src[r][c].how = DSC_HOW_POSITION;
			report->requests_src[r][c].line = nums[k].line->source_line;
			report->requests_src[r][c].text = nums[k].line->text;
		}
	}
	report->has_requests = true;
	if (is_25 && report->template_kind == DSC_TEMPLATE_UNKNOWN)
		report->template_kind = DSC_TEMPLATE_2021;
	return true;
}

/* Whether every cell of the template's rows is known and every equation holds. */
bool
dsc_requests_consistent(const dsc_report *report)
{
	grid_values g;
	bool		is_25 = report->requests[DSC_ROW_OTHER_NO_CORRECTION][0].known ||
		report->template_kind == DSC_TEMPLATE_2021;

	if (is_25 && !report->requests[DSC_ROW_OTHER_NO_CORRECTION][0].known &&
		report->requests[DSC_ROW_OTHER][0].known)
		is_25 = false;			/* a 2021 table with the single （六） row */
	memset(g, 0, sizeof(g));
	for (int r = 0; r < DSC_NROWS; r++)
	{
		if (!is_25 && (r == DSC_ROW_OTHER_NO_CORRECTION || r == DSC_ROW_OTHER_NO_FEE))
			continue;
		for (int c = 0; c < DSC_NCOLS; c++)
		{
			if (!report->requests[r][c].known)
				return false;
			g[r][c] = report->requests[r][c].value;
		}
	}
	return all_equations_hold(g, is_25);
}
