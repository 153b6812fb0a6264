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
	else if (cell->kind != DSC_CELL_NUM || !dsc_number_to_int(&cell->num, &v))
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

/* Whether list[from..from+15) read as counts sums to each block's 总计. */
static bool
sums_hold(const cell_list *list, int from)
{
	int64_t		v[N_REVIEW_CELLS];

	if (from < 0 || list->n - from < N_REVIEW_CELLS)
		return false;
	for (int i = 0; i < N_REVIEW_CELLS; i++)
	{
		const dsc_cell *cell = list->cells[from + i];
		int32_t		x = 0;

		if (cell->kind == DSC_CELL_NUM && !dsc_number_to_int(&cell->num, &x))
			return false;
		if (cell->kind != DSC_CELL_NUM && cell->kind != DSC_CELL_DASH)
			return false;
		v[i] = x;
	}
	for (int b = 0; b < 3; b++)
		if (v[b * 5] + v[b * 5 + 1] + v[b * 5 + 2] + v[b * 5 + 3] != v[b * 5 + 4])
			return false;
	return true;
}

/* A reading whose three blocks each sum to their 总计. */
static bool
blocks_add_up(const dsc_split_cand *cand, int n, void *arg)
{
	(void) arg;
	if (!dsc_cand_counts(cand, n))
		return false;
	for (int b = 0; b < 3; b++)
	{
		const int64_t *v = cand->values + b * DSC_REVIEW_NCOLS;

		if (v[0] < 0 || v[1] < 0 || v[2] < 0 || v[3] < 0 ||
			v[0] + v[1] + v[2] + v[3] != v[4])
			return false;
	}
	return true;
}

static dsc_int *
review_cell(dsc_report *report, int index, dsc_source **src)
{
	int			block = index / DSC_REVIEW_NCOLS;
	dsc_int    *target = block == 0 ? report->review :
		block == 1 ? report->suit_direct : report->suit_after_review;

	*src = &report->review_src[block][index % DSC_REVIEW_NCOLS];
	return target + index % DSC_REVIEW_NCOLS;
}

/*
 * Fewer tokens than fifteen cells, with digits enough: the cells were joined
 * ('00 0 00 0 0 0 00 0 0 0 00').  Read them when the block sums leave one
 * reading of each cell; false when no reading adds up.
 */
static bool
read_joined(dsc_arena *arena, dsc_arena *scratch, dsc_report *report,
			const cell_list *run, const dsc_line *line)
{
	dsc_row		row = {0};
	dsc_tokens	tokens;
	dsc_split_set *set = dsc_alloc(scratch, sizeof(dsc_split_set));
	int			in_doubt = 0;

	row.values = dsc_alloc(scratch, sizeof(dsc_cell) * (size_t) (run->n + 1));
	for (int i = 0; i < run->n; i++)
		row.values[row.n_values++] = *run->cells[i];
	dsc_row_tokens(&row, 0, &tokens);
	if (tokens.too_many || tokens.n == 0 || tokens.n >= N_REVIEW_CELLS ||
		dsc_split_capacity(tokens.text, tokens.len, tokens.n) < N_REVIEW_CELLS ||
		!dsc_split_tokens(tokens.text, tokens.len, tokens.n, N_REVIEW_CELLS,
						  blocks_add_up, NULL, set) ||
		set->n_cands == 0)
		return false;
	for (int i = 0; i < N_REVIEW_CELLS; i++)
	{
		dsc_source *src;
		dsc_int    *cell;

		if (!dsc_split_agrees(set, NULL, 0, i))
		{
			in_doubt++;
			continue;
		}
		cell = review_cell(report, i, &src);
		cell->value = (int32_t) set->cands[0].values[i];
		cell->known = true;
		src->how = set->any_split ? DSC_HOW_SPLIT : DSC_HOW_POSITION;
		src->line = line ? line->source_line : 0;
		src->text = line ? line->text : NULL;
	}
	if (in_doubt > 0)
		dsc_report_note(arena, report,
						"table four: the joined digits read as %s; %d cell%s in doubt left NULL",
						dsc_cand_text(arena, set, 4), in_doubt, in_doubt > 1 ? "s" : "");
	return true;
}

/* Whether a line's text holds the table's column headers. */
static bool
is_header_line(const dsc_cells *cells)
{
	for (int c = 0; c < cells->n; c++)
		if (cells->cells[c].kind == DSC_CELL_TEXT &&
			(strstr(cells->cells[c].text, "审结") ||
			 strstr(cells->cells[c].text, "结果维持") ||
			 strstr(cells->cells[c].text, "总计")))
			return true;
	return false;
}

/* The number cells after the last text cell of a line ('…总计 0 0 0'). */
static bool
trailing_numbers(dsc_arena *arena, const dsc_cells *cells, cell_list *out)
{
	int			last_text = -1;
	int			numbers = 0;

	for (int c = 0; c < cells->n; c++)
		if (cells->cells[c].kind == DSC_CELL_TEXT)
			last_text = c;
	if (last_text < 0)
		return false;
	for (int c = last_text + 1; c < cells->n; c++)
		if (cells->cells[c].kind != DSC_CELL_BLANK)
		{
			dsc_cell   *copy = dsc_alloc(arena, sizeof(dsc_cell));

			*copy = cells->cells[c];
			push(arena, out, copy);
			numbers++;
		}
	return numbers > 0;
}

void
dsc_read_review(dsc_arena *arena, dsc_arena *scratch, dsc_text *text,
				int from, int to,
				dsc_report *report, const dsc_options *options)
{
	cell_list	run = {0};
	cell_list	best = {0};
	cell_list	all = {0};
	cell_list	tail = {0};
	const dsc_line *tail_line = NULL;
	const dsc_line *best_line = NULL;
	const dsc_line *run_line = NULL;
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
		for (int c = 0; c < cells.n; c++)
			if (cells.cells[c].kind == DSC_CELL_NUM ||
				cells.cells[c].kind == DSC_CELL_DASH)
			{
				/* the cells array is reused for the next line */
				dsc_cell   *copy = dsc_alloc(scratch, sizeof(dsc_cell));

				*copy = cells.cells[c];
				push(scratch, &all, copy);
			}
		if (numeric_line(scratch, &cells, &run))
		{
			if (run_line == NULL)
				run_line = &text->lines[li];
			continue;
		}
		/* text ends a run: keep the latest, but a full row over any other */
		if (run.n > 0 && (run.n == N_REVIEW_CELLS || best.n != N_REVIEW_CELLS))
		{
			best = run;
			best_line = run_line;
		}
		memset(&run, 0, sizeof(run));
		run_line = NULL;
		/* numbers glued after the header: the first such header line */
		if (tail_line == NULL && is_header_line(&cells))
		{
			cell_list	t = {0};

			if (trailing_numbers(scratch, &cells, &t))
			{
				tail = t;
				tail_line = &text->lines[li];
			}
		}
	}
	if (run.n > 0 && (run.n == N_REVIEW_CELLS || best.n != N_REVIEW_CELLS))
	{
		best = run;
		best_line = run_line;
	}
	if (best.n < N_REVIEW_CELLS && tail.n > 0 &&
		(tail.n == N_REVIEW_CELLS || read_joined(arena, scratch, report, &tail, tail_line)))
	{
		if (tail.n != N_REVIEW_CELLS)
			return;
		best = tail;
		best_line = tail_line;
	}
	else if (best.n > 0 && best.n < N_REVIEW_CELLS &&
			 read_joined(arena, scratch, report, &best, best_line))
		return;
	if (best.n == 0 && all.n == 0)
	{
		dsc_report_note(arena, report, "table four has no readable numbers");
		return;
	}
	/*
	 * The row of fifteen is the usual case.  Otherwise the table's numbers
	 * may be scattered among its header's lines (PDF text): their last
	 * fifteen are taken when each block sums to its 总计.
	 */
	if (!(best.n == N_REVIEW_CELLS && sums_hold(&best, 0)))
	{
		if (all.n >= N_REVIEW_CELLS && sums_hold(&all, all.n - N_REVIEW_CELLS))
		{
			best = all;
			best_line = NULL;
			dsc_report_note(arena, report,
							"table four was read from the last 15 numbers among its header's lines; each block sums to its total");
		}
		else if (best.n != N_REVIEW_CELLS)
		{
			dsc_report_note(arena, report,
							"table four has %d numbers where 15 were expected, and no 15 of them sum by blocks; left NULL",
							best.n > 0 ? best.n : all.n);
			return;
		}
	}
	start = best.n > N_REVIEW_CELLS ? best.n - N_REVIEW_CELLS : 0;
	for (int i = 0; i < N_REVIEW_CELLS && start + i < best.n; i++)
	{
		dsc_source *src;

		store(arena, report, i, best.cells[start + i]);
		(void) review_cell(report, i, &src);
		if (best.cells[start + i]->kind != DSC_CELL_BLANK)
		{
			src->how = DSC_HOW_POSITION;
			src->line = best_line ? best_line->source_line : 0;
			src->text = best_line ? best_line->text : NULL;
		}
	}
}
