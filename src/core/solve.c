/*
 * solve.c
 *	  Table three's joined rows, solved with the template's equations.
 *
 * A row whose cells were joined may read several ways ('11011' as 1 1 0 1 1
 * … or 11 0 1 1 …).  Each reading already satisfies the row's own sum where
 * any does; the rest is decided by the columns: the outcome rows sum to
 * （七）总计, and 新收 + 上年结转 = 总计 + 结转下年度, per column.  Every
 * combination of the rows' readings is tried (up to a bound), and a cell is
 * set only when all the combinations that satisfy the equations agree on it.
 * When none does (the source's own arithmetic is broken), a cell is set only
 * when all its row's readings agree.  The others stay NULL, with a note
 * naming the readings.
 */
#include "dsc_internal.h"

#include <stdio.h>
#include <string.h>

#define MAX_COMBINATIONS 4096

typedef struct grid
{
	int64_t		v[DSC_NROWS][DSC_NCOLS];
	bool		known[DSC_NROWS][DSC_NCOLS];
	bool		zero_row[DSC_NROWS];	/* absent from this template: 0 */
	const dsc_int *stated;		/* new requests per column, from the prose */
} grid;

/* The sum of the outcome rows in column c; false if a cell is unknown. */
static bool
outcome_sum(const grid *g, int c, int64_t *sum)
{
	*sum = 0;
	for (int r = DSC_ROW_GRANTED; r <= DSC_ROW_OTHER; r++)
	{
		if (g->zero_row[r])
			continue;
		if (!g->known[r][c])
			return false;
		*sum += g->v[r][c];
	}
	return true;
}

/* How many equations whose cells are all known are broken. */
static int
violations(const grid *g)
{
	int			broken = 0;

	for (int c = 0; c < DSC_NCOLS; c++)
	{
		int64_t		sum;

		if (g->known[DSC_ROW_TOTAL][c] && outcome_sum(g, c, &sum) &&
			sum != g->v[DSC_ROW_TOTAL][c])
			broken++;
		if (g->known[DSC_ROW_NEW_RECEIVED][c] && g->known[DSC_ROW_CARRIED_OVER][c] &&
			g->known[DSC_ROW_TOTAL][c] && g->known[DSC_ROW_CARRIED_FORWARD][c] &&
			g->v[DSC_ROW_NEW_RECEIVED][c] + g->v[DSC_ROW_CARRIED_OVER][c] !=
			g->v[DSC_ROW_TOTAL][c] + g->v[DSC_ROW_CARRIED_FORWARD][c])
			broken++;
		/* what the prose says of the new requests counts as an equation */
		if (g->stated[c].known && g->known[DSC_ROW_NEW_RECEIVED][c] &&
			g->stated[c].value != g->v[DSC_ROW_NEW_RECEIVED][c])
			broken++;
	}
	return broken;
}

static void
place(grid *g, int r, const dsc_split_cand *cand)
{
	for (int c = 0; c < DSC_NCOLS; c++)
	{
		g->v[r][c] = cand->values[c];
		g->known[r][c] = true;
	}
}

static void
unplace(grid *g, int r)
{
	for (int c = 0; c < DSC_NCOLS; c++)
		g->known[r][c] = false;
}

/*
 * Mark in keep[r][k] the readings of each joined row that take part in the
 * combinations breaking the fewest equations (none, when the source adds up),
 * and return that number; -1 when there are too many combinations to try
 * (then each row is tried alone against the rest, keeping what breaks none).
 */
static int
try_combinations(grid *g, const int *rows, int n_rows,
				 dsc_request_split *splits, bool keep[][DSC_SPLIT_MAX_CANDS])
{
	int			choice[DSC_NROWS] = {0};
	long		combos = 1;
	int			best = -1;

	for (int i = 0; i < n_rows; i++)
	{
		combos *= splits[rows[i]].set->n_cands;
		if (combos > MAX_COMBINATIONS)
			break;
	}
	if (combos > MAX_COMBINATIONS)
	{
		for (int i = 0; i < n_rows; i++)
		{
			const dsc_split_set *set = splits[rows[i]].set;

			for (int k = 0; k < set->n_cands; k++)
			{
				place(g, rows[i], &set->cands[k]);
				keep[rows[i]][k] = violations(g) == 0;
				unplace(g, rows[i]);
			}
		}
		return -1;
	}
	for (int pass = 0; pass < 2; pass++)
		for (long n = 0; n < combos; n++)
		{
			long		rest = n;
			int			broken;

			for (int i = 0; i < n_rows; i++)
			{
				int			size = splits[rows[i]].set->n_cands;

				choice[i] = (int) (rest % size);
				rest /= size;
				place(g, rows[i], &splits[rows[i]].set->cands[choice[i]]);
			}
			broken = violations(g);
			/* the first pass finds the fewest, the second marks them */
			if (pass == 0 && (best < 0 || broken < best))
				best = broken;
			else if (pass == 1 && broken == best)
				for (int i = 0; i < n_rows; i++)
					keep[rows[i]][choice[i]] = true;
		}
	for (int i = 0; i < n_rows; i++)
		unplace(g, rows[i]);
	return best;
}

/* Set the cells of a joined row on which all its kept readings agree. */
static void
settle_row(dsc_arena *arena, dsc_report *report, int r,
		   const dsc_request_split *split, const bool *keep)
{
	const dsc_split_set *set = split->set;
	const char *source = dsc_row_source(arena, split->row);
	int			first = -1;
	int			in_doubt = 0;

	for (int k = 0; k < set->n_cands; k++)
		if (keep[k] && first < 0)
			first = k;
	if (first < 0)
	{
		dsc_report_note(arena, report,
						"requests.%s: the digits \"%s\" cannot be read as 7 counts; left NULL",
						dsc_request_row_names[r], source);
		return;
	}
	for (int c = 0; c < DSC_NCOLS; c++)
	{
		if (!dsc_split_agrees(set, keep, first, c))
		{
			in_doubt++;
			continue;
		}
		report->requests[r][c].value = (int32_t) set->cands[first].values[c];
		report->requests[r][c].known = true;
		report->requests_src[r][c].how = set->any_split ? DSC_HOW_SPLIT : DSC_HOW_LABEL;
		report->requests_src[r][c].line = split->row->line;
		report->requests_src[r][c].text = source;
	}
	if (in_doubt > 0)
		dsc_report_note(arena, report,
						"requests.%s: the joined digits read as %s; %d cell%s in doubt left NULL",
						dsc_request_row_names[r], dsc_cand_text(arena, set, 4),
						in_doubt, in_doubt > 1 ? "s" : "");
	else if (!split->adds_up)
		dsc_report_note(arena, report,
						"requests.%s: the joined digits were read as the only reading; the row does not add up",
						dsc_request_row_names[r]);
}

void
dsc_solve_requests(dsc_arena *arena, dsc_report *report,
				   dsc_request_split *splits, const bool *seen)
{
	grid		g;
	int			rows[DSC_NROWS];
	int			n_rows = 0;
	bool		keep[DSC_NROWS][DSC_SPLIT_MAX_CANDS];
	bool		is_2021 = seen[DSC_ROW_OTHER_NO_CORRECTION] || seen[DSC_ROW_OTHER_NO_FEE];
	int			broken;

	memset(&g, 0, sizeof(g));
	memset(keep, 0, sizeof(keep));
	/* the prose weighs in only where a row reads more than one way */
	for (int r = 0; r < DSC_NROWS; r++)
		if (splits[r].row != NULL && splits[r].set->n_cands > 1)
		{
			dsc_need_prose(report);
			break;
		}
	g.stated = report->stated_by_column;
	for (int r = 0; r < DSC_NROWS; r++)
	{
		/* the 2019 template's single （六） row stands for all three */
		g.zero_row[r] = !is_2021 && (r == DSC_ROW_OTHER_NO_CORRECTION ||
									 r == DSC_ROW_OTHER_NO_FEE);
		for (int c = 0; c < DSC_NCOLS; c++)
		{
			g.v[r][c] = report->requests[r][c].value;
			g.known[r][c] = report->requests[r][c].known;
		}
		if (splits[r].row != NULL && splits[r].set->n_cands > 0)
			rows[n_rows++] = r;
	}
	if (n_rows > 0 && (broken = try_combinations(&g, rows, n_rows, splits, keep)) != 0)
	{
		bool		any = false;

		for (int i = 0; i < n_rows; i++)
			for (int k = 0; k < splits[rows[i]].set->n_cands; k++)
				any |= keep[rows[i]][k];
		if (!any)
		{
			/* nothing to go by: each row on its own */
			for (int i = 0; i < n_rows; i++)
				for (int k = 0; k < splits[rows[i]].set->n_cands; k++)
					keep[rows[i]][k] = true;
		}
		else if (broken > 0)
			dsc_report_note(arena, report,
							"table three: no reading of its joined digits satisfies every equation; the readings that break the fewest (%d) were taken",
							broken);
	}
	for (int r = 0; r < DSC_NROWS; r++)
		if (splits[r].row != NULL)
			settle_row(arena, report, r, &splits[r], keep[r]);
}

/*
 * Whether the digits printed for a row can be what is left of its cells
 * after some were lost: they are a subsequence of the cells' digits.
 */
static bool
digits_fit(const dsc_row *row, const dsc_report *report, int r)
{
	char		cells[DSC_NCOLS * 12];
	size_t		n = 0;
	size_t		k = 0;
	dsc_tokens	tokens;

	for (int c = 0; c < DSC_NCOLS; c++)
		n += (size_t) snprintf(cells + n, sizeof(cells) - n, "%d",
							   report->requests[r][c].value);
	dsc_row_tokens(row, 0, &tokens);
	for (int t = 0; t < tokens.n; t++)
		for (int i = 0; i < tokens.len[t]; i++)
		{
			char		d = tokens.text[t][i];

			if (d < '0' || d > '9')
				continue;
			while (k < n && cells[k] != d)
				k++;
			if (k == n)
				return false;
			k++;
		}
	return true;
}

/* Solve for the one unknown cell of an equation a = b1 + b2 + …, if one. */
static bool
solve_one(dsc_int *sum, dsc_int **parts, int n_parts)
{
	dsc_int    *unknown = NULL;
	int64_t		known_sum = 0;
	int			n_unknown = !sum->known;

	for (int i = 0; i < n_parts; i++)
	{
		if (!parts[i]->known)
		{
			unknown = parts[i];
			n_unknown++;
		}
		else
			known_sum += parts[i]->value;
	}
	if (n_unknown != 1)
		return false;
	if (!sum->known)
	{
		sum->value = (int32_t) known_sum;
		sum->known = true;
		return true;
	}
	if (sum->value - known_sum < 0)
		return false;
	unknown->value = (int32_t) (sum->value - known_sum);
	unknown->known = true;
	return true;
}

/*
 * Rows whose joined digits were too few for seven cells ('000000'): the
 * cells they left unknown are filled where an equation of the table forces
 * them, and kept only if the printed digits fit what was filled.
 */
void
dsc_infer_lost_rows(dsc_arena *arena, dsc_report *report,
					const dsc_row *const *lost, const bool *seen)
{
	bool		is_2021 = seen[DSC_ROW_OTHER_NO_CORRECTION] || seen[DSC_ROW_OTHER_NO_FEE];

	for (int r = 0; r < DSC_NROWS; r++)
	{
		dsc_int    *row = report->requests[r];
		bool		changed = true;

		if (lost[r] == NULL)
			continue;
		while (changed)
		{
			changed = false;
			for (int c = 0; c < DSC_NCOLS; c++)
			{
				dsc_int    *parts[DSC_NROWS];
				int			n = 0;

				/* the balance: 新收 + 上年结转 = 总计 + 结转下年度 */
				if (r == DSC_ROW_CARRIED_FORWARD || r == DSC_ROW_TOTAL)
				{
					dsc_int    *other = &report->requests[r == DSC_ROW_TOTAL ?
														DSC_ROW_CARRIED_FORWARD : DSC_ROW_TOTAL][c];
					dsc_int		in = {0, false};

					if (report->requests[DSC_ROW_NEW_RECEIVED][c].known &&
						report->requests[DSC_ROW_CARRIED_OVER][c].known)
						in = (dsc_int) {report->requests[DSC_ROW_NEW_RECEIVED][c].value +
							report->requests[DSC_ROW_CARRIED_OVER][c].value, true};
					parts[0] = &row[c];
					parts[1] = other;
					if (!row[c].known && in.known && other->known &&
						solve_one(&in, parts, 2))
						changed = true;
				}
				/* the outcome rows sum to （七）总计 */
				if (!row[c].known && r >= DSC_ROW_GRANTED && r <= DSC_ROW_OTHER)
				{
					for (int o = DSC_ROW_GRANTED; o <= DSC_ROW_OTHER; o++)
						if (is_2021 || (o != DSC_ROW_OTHER_NO_CORRECTION &&
										o != DSC_ROW_OTHER_NO_FEE))
							parts[n++] = &report->requests[o][c];
					if (solve_one(&report->requests[DSC_ROW_TOTAL][c], parts, n))
						changed = true;
				}
			}
			/* the row's own sum */
			{
				dsc_int    *parts[DSC_COL_TOTAL];

				for (int c = 0; c < DSC_COL_TOTAL; c++)
					parts[c] = &row[c];
				if (solve_one(&row[DSC_COL_TOTAL], parts, DSC_COL_TOTAL))
					changed = true;
			}
		}
		for (int c = 0; c < DSC_NCOLS; c++)
			if (!row[c].known)
				break;
			else if (c == DSC_NCOLS - 1 && !digits_fit(lost[r], report, r))
				memset(row, 0, sizeof(dsc_int) * DSC_NCOLS);
		for (int c = 0; c < DSC_NCOLS; c++)
			if (row[c].known)
			{
				report->requests_src[r][c].how = DSC_HOW_INFERRED;
				report->requests_src[r][c].line = lost[r]->line;
				report->requests_src[r][c].text = dsc_row_source(arena, lost[r]);
			}
		dsc_report_note(arena, report,
						"requests.%s: the joined digits are fewer than its 7 cells; %s",
						dsc_request_row_names[r], row[DSC_COL_TOTAL].known && row[0].known ?
						"the cells were inferred from the table's equations" :
						"left NULL where the equations do not force them");
	}
}
