/*
 * table_review.c
 *	  Table four: administrative review and litigation, fifteen numbers.
 *
 * The headers of this table are often set vertically, one character per
 * line, and PDF extraction scatters them ('1.0 1 * 211').  The data is the
 * last row made of numbers only, so only lines (or, one cell per line, runs
 * of lines) without text are read, and the last fifteen cells taken.
 */
#include "dsc_internal.h"

#include <string.h>

#define N_REVIEW_CELLS (3 * DSC_REVIEW_NCOLS)

typedef struct cell_list
{
	const dsc_cell **cells;
	int			n;
	int			cap;
} cell_list;

static void
push(dsc_arena *arena, cell_list *list, const dsc_cell *cell)
{
	if (list->n == list->cap)
	{
		int			cap = list->cap ? list->cap * 2 : 32;
		const dsc_cell **cells = dsc_alloc(arena, sizeof(*cells) * (size_t) cap);

		if (list->n)
			memcpy(cells, list->cells, sizeof(*cells) * (size_t) list->n);
		list->cells = cells;
		list->cap = cap;
	}
	list->cells[list->n++] = cell;
}

/* Copy a line's cells when it holds numbers and no text. */
static bool
numeric_line(dsc_arena *arena, const dsc_cells *cells, cell_list *out)
{
	int			last = cells->n - 1;
	int			first = 0;
	int			numbers = 0;

	for (int c = 0; c < cells->n; c++)
	{
		if (cells->cells[c].kind == DSC_CELL_TEXT)
			return false;
		if (cells->cells[c].kind != DSC_CELL_BLANK)
			numbers++;
	}
	if (numbers == 0)
		return false;
	/* '|'-padding before and after the row is not a blank cell */
	while (last >= 0 && cells->cells[last].kind == DSC_CELL_BLANK)
		last--;
	while (first < last && cells->cells[first].kind == DSC_CELL_BLANK)
		first++;
	for (int c = first; c <= last; c++)
	{
		dsc_cell   *copy = dsc_alloc(arena, sizeof(dsc_cell));

		*copy = cells->cells[c];
		push(arena, out, copy);
	}
	return true;
}

static void
store(dsc_arena *arena, dsc_report *report, int index, const dsc_cell *cell)
{
	static const char *const groups[] = {"review", "suit_direct", "suit_after_review"};
	static const char *const cols[] = {"upheld", "corrected", "other", "pending", "total"};
	dsc_int    *target;
	int32_t		v;

	switch (index / DSC_REVIEW_NCOLS)
	{
		case 0:
			target = report->review;
			break;
		case 1:
			target = report->suit_direct;
			break;
		default:
			target = report->suit_after_review;
			break;
	}
	target += index % DSC_REVIEW_NCOLS;
	if (cell->kind == DSC_CELL_BLANK)
		return;
	if (cell->kind == DSC_CELL_DASH)
		v = 0;
	else if (!dsc_number_to_int(&cell->num, &v))
	{
		dsc_report_note(arena, report,
						"%s.%s: \"%s\" is not a whole number within range; left blank",
						groups[index / DSC_REVIEW_NCOLS],
						cols[index % DSC_REVIEW_NCOLS], cell->text);
		return;
	}
	else if (v < 0)
		dsc_report_note(arena, report, "%s.%s: negative count %d kept as written",
						groups[index / DSC_REVIEW_NCOLS],
						cols[index % DSC_REVIEW_NCOLS], v);
	target->value = v;
	target->known = true;
}

void
dsc_read_review(dsc_arena *arena, dsc_arena *scratch, dsc_text *text,
				int from, int to,
				dsc_report *report, const dsc_options *options)
{
	cell_list	run = {0};
	cell_list	best = {0};
	dsc_cells	cells = {0};
	int			start;

	report->has_review = true;
	for (int li = from; li < to; li++)
	{
		if ((li & 0xFF) == 0)
			dsc_check(options);
		if (text->lines[li].len == 0)
			continue;
		dsc_split_cells(scratch, &text->lines[li], &cells);
		if (numeric_line(scratch, &cells, &run))
			continue;
		/* text ends a run: keep the latest, but a full row over any other */
		if (run.n > 0 && (run.n == N_REVIEW_CELLS || best.n != N_REVIEW_CELLS))
			best = run;
		memset(&run, 0, sizeof(run));
	}
	if (run.n > 0 && (run.n == N_REVIEW_CELLS || best.n != N_REVIEW_CELLS))
		best = run;
	if (best.n == 0)
	{
		dsc_report_note(arena, report, "table four has no readable numbers");
		return;
	}
	if (best.n != N_REVIEW_CELLS)
		dsc_report_note(arena, report,
						"table four has %d cells where 15 were expected; %s",
						best.n, best.n > N_REVIEW_CELLS ?
						"read the last 15" : "read them from the left");
	start = best.n > N_REVIEW_CELLS ? best.n - N_REVIEW_CELLS : 0;
	for (int i = 0; i < N_REVIEW_CELLS && start + i < best.n; i++)
		store(arena, report, i, best.cells[start + i]);
}
