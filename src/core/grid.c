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

/* the grid's numbers, and one stray number among them (a page number) */
#define MAX_GRID_NUMBERS (DSC_NROWS * DSC_NCOLS + 1)

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

/* The row of the grid's i-th row in a 25- or 23-row table. */
static dsc_request_row
grid_row(bool is_25, int i)
{
	return is_25 ? (dsc_request_row) i : rows_23[i];
}

/*
 * The numbers laid on the grid in order: the one at skip (if >= 0) left
 * out, and none at the cell gap (if >= 0), whose value its row's equation
 * then gives.  True when they fill a 25- or 23-row table whose equations
 * all hold.
 */
static bool
grid_holds(const grid_number *nums, int n, int skip, int gap, grid_values g,
		   bool *is_25)
{
	int			n_cells = n - (skip >= 0) + (gap >= 0);
	int			k = 0;

	if (n_cells != 25 * DSC_NCOLS && n_cells != 23 * DSC_NCOLS)
		return false;
	*is_25 = n_cells == 25 * DSC_NCOLS;
	memset(g, 0, sizeof(grid_values));
	for (int pos = 0; pos < n_cells; pos++)
	{
		if (pos == gap)
			continue;
		if (k == skip)
			k++;
		g[grid_row(*is_25, pos / DSC_NCOLS)][pos % DSC_NCOLS] = nums[k++].value;
	}
	if (gap >= 0)
	{
		int32_t    *row = g[grid_row(*is_25, gap / DSC_NCOLS)];
		int			c = gap % DSC_NCOLS;
		int64_t		others = 0;		/* the applicant columns but the gap's */
		int64_t		v;

		for (int j = 0; j < DSC_COL_TOTAL; j++)
			if (j != c)
				others += row[j];
		v = c == DSC_COL_TOTAL ? others : row[DSC_COL_TOTAL] - others;
		if (v < 0 || v > INT32_MAX)
			return false;
		row[c] = (int32_t) v;
	}
	return all_equations_hold(g, *is_25);
}

/*
 * A number among the table's that is none of its cells (a page number
 * printed inside it by PDF text), or a cell with no number (a blank cell
 * that left no trace in the text): the place whose leaving out, or whose
 * filling from its row, makes every equation hold.  Tries every place of
 * the one kind n allows; returns the first that works in *at, with in
 * places[] every place that works, or false when none does or when places
 * that work give different tables.
 */
static bool
odd_place(const grid_number *nums, int n, bool stray, grid_values g,
		  bool *is_25, int *at, bool *places)
{
	int			n_places = stray ? n : n + 1;
	grid_values other;
	bool		other_25;

	*at = -1;
	for (int i = 0; i < n_places; i++)
	{
		bool		holds = stray ?
			grid_holds(nums, n, i, -1, *at < 0 ? g : other, *at < 0 ? is_25 : &other_25) :
			grid_holds(nums, n, -1, i, *at < 0 ? g : other, *at < 0 ? is_25 : &other_25);

		if (!holds)
			continue;
		if (*at < 0)
			*at = i;
		else if (memcmp(g, other, sizeof(grid_values)) != 0 || other_25 != *is_25)
			return false;
		places[i] = true;
	}
	return *at >= 0;
}

bool
dsc_read_requests_by_order(dsc_arena *arena, dsc_arena *scratch,
						   dsc_text *text, int from, int to,
						   dsc_report *report, const dsc_options *options)
{
	grid_number *nums = dsc_alloc(scratch, sizeof(grid_number) * MAX_GRID_NUMBERS);
	bool	   *places = dsc_alloc0(scratch, sizeof(bool) * (MAX_GRID_NUMBERS + 1));
	grid_values g;
	int			n;
	bool		is_25;
	int			k = 0;
	int			stray = -1;
	int			gap = -1;
	int			n_gaps = 0;

	if (!collect_numbers(arena, scratch, text, from, to, nums, &n, options))
		return false;
	/* as they stand; else one number too many; else one too few */
	if (!grid_holds(nums, n, -1, -1, g, &is_25) &&
		!((n - 1 == 25 * DSC_NCOLS || n - 1 == 23 * DSC_NCOLS) &&
		  odd_place(nums, n, true, g, &is_25, &stray, places)) &&
		!((n + 1 == 25 * DSC_NCOLS || n + 1 == 23 * DSC_NCOLS) &&
		  odd_place(nums, n, false, g, &is_25, &gap, places)))
		return false;
	for (int pos = 0; pos < (is_25 ? 25 : 23) * DSC_NCOLS; pos++)
	{
		dsc_request_row r = grid_row(is_25, pos / DSC_NCOLS);
		int			c = pos % DSC_NCOLS;
		const grid_number *num = NULL;

		if (pos != gap)
		{
			if (k == stray)
				k++;
			num = &nums[k++];
		}
		/* the blank: any of the places that work, none of them known */
		if (gap >= 0 && places[pos])
		{
			n_gaps++;
			continue;
		}
		report->requests[r][c].value = g[r][c];
		report->requests[r][c].known = true;
		report->requests_src[r][c].how = DSC_HOW_POSITION;
		report->requests_src[r][c].line = num->line->source_line;
		report->requests_src[r][c].text = num->line->text;
	}
	report->has_requests = true;
	if (is_25 && report->template_kind == DSC_TEMPLATE_UNKNOWN)
		report->template_kind = DSC_TEMPLATE_2021;
	if (stray >= 0)
		dsc_report_note(arena, report,
						"table three: the number %d at line %d is none of its cells (a page number?): the table's numbers without it satisfy every equation, and no other number's leaving out does",
						nums[stray].value, nums[stray].line->source_line);
	if (gap >= 0)
		dsc_report_note(arena, report,
						"table three: one cell has no number (a blank): with a cell of %s %s left for its row's equation to fill, every equation holds; %s left NULL",
						dsc_request_row_names[grid_row(is_25, gap / DSC_NCOLS)],
						dsc_column_names[gap % DSC_NCOLS],
						n_gaps > 1 ? "the cells it may be are" : "it is");
	return true;
}

/* The two sides of an equation of counts: their known sums and unknown cells. */
typedef struct sides
{
	int64_t		known[2];
	int			unknown[2];
} sides;

static void
add_side(sides *e, int side, const dsc_int *cell)
{
	if (cell->known)
		e->known[side] += cell->value;
	else
		e->unknown[side]++;
}

/*
 * Whether an equation is broken by its known cells: counts are never
 * negative, so a side with unknown cells is at least its known sum.
 */
static bool
side_broken(const sides *e)
{
	if (e->unknown[0] == 0 && e->unknown[1] == 0)
		return e->known[0] != e->known[1];
	if (e->unknown[0] == 0)
		return e->known[0] < e->known[1];
	if (e->unknown[1] == 0)
		return e->known[1] < e->known[0];
	return false;
}

/*
 * How many of table three's equations its known cells break: rows against
 * their 总计, the outcome rows against （七）总计, and 新收 + 上年结转 against
 * 总计 + 结转下年度, per column; a side with blank cells breaks one when its
 * known cells already exceed the other side.
 */
int
dsc_requests_broken(const dsc_report *report)
{
	const dsc_int (*q)[DSC_NCOLS] = report->requests;
	bool		is_25 = q[DSC_ROW_OTHER_NO_CORRECTION][0].known ||
		q[DSC_ROW_OTHER_NO_FEE][0].known ||
		report->template_kind == DSC_TEMPLATE_2021;
	int			broken = 0;

	for (int r = 0; r < DSC_NROWS; r++)
	{
		sides		e = {{0, 0}, {0, 0}};

		if (!is_25 && (r == DSC_ROW_OTHER_NO_CORRECTION || r == DSC_ROW_OTHER_NO_FEE))
			continue;
		add_side(&e, 0, &q[r][DSC_COL_TOTAL]);
		for (int c = 0; c < DSC_COL_TOTAL; c++)
			add_side(&e, 1, &q[r][c]);
		broken += side_broken(&e);
	}
	for (int c = 0; c < DSC_NCOLS; c++)
	{
		sides		outcomes = {{0, 0}, {0, 0}};
		sides		balance = {{0, 0}, {0, 0}};

		add_side(&outcomes, 0, &q[DSC_ROW_TOTAL][c]);
		for (int r = DSC_ROW_GRANTED; r <= DSC_ROW_OTHER; r++)
			if (is_25 || (r != DSC_ROW_OTHER_NO_CORRECTION && r != DSC_ROW_OTHER_NO_FEE))
				add_side(&outcomes, 1, &q[r][c]);
		add_side(&balance, 0, &q[DSC_ROW_NEW_RECEIVED][c]);
		add_side(&balance, 0, &q[DSC_ROW_CARRIED_OVER][c]);
		add_side(&balance, 1, &q[DSC_ROW_TOTAL][c]);
		add_side(&balance, 1, &q[DSC_ROW_CARRIED_FORWARD][c]);
		broken += side_broken(&outcomes) + side_broken(&balance);
	}
	return broken;
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
