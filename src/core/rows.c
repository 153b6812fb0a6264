/*
 * rows.c
 *	  Join the cells of a table region into labelled rows.
 *
 * One routine serves every layout.  A row is a run of label cells followed
 * by a run of value cells.  A line with cell separators ('|' rows, tab rows,
 * space-aligned columns) ends its row at the end of the line; in the
 * one-cell-per-line layout a row ends where text follows numbers.  Numbers
 * that come before any label text (a stray '710' in a label column) belong
 * to no row and are counted as stray; kept as rows without a label when the
 * caller asks (keep_unlabelled).
 */
#include "dsc_internal.h"

#include <string.h>

typedef struct row_builder
{
	dsc_row		row;
	int			cap;
	const dsc_line *value_line; /* the line of the last value */
	int			value_lines;	/* lines that gave values */
	bool		crowded;		/* a line gave more than one */
} row_builder;

static void
reset(row_builder *b)
{
	memset(b, 0, sizeof(*b));
}

static void
emit(dsc_arena *arena, row_builder *b, dsc_rows *out, int *cap,
	 const dsc_options *options)
{
	if (b->row.n_parts == 0)
	{
		out->n_stray += b->row.n_numbers;
		if (!out->keep_unlabelled || b->row.n_numbers == 0)
		{
			reset(b);
			return;
		}
	}
	/* one number a line: the layout keeps cells apart, none is joined */
	b->row.one_value_a_line = b->value_lines > 1 && !b->crowded;
	if (out->n == *cap)
	{
		int			new_cap = *cap ? *cap * 2 : 32;
		dsc_row    *rows = dsc_alloc(arena, sizeof(dsc_row) * (size_t) new_cap);

		/* in pieces: a table of millions of rows copied 400 MB at once */
		for (int i = 0; i < out->n; i += 1 << 16)
		{
			dsc_check(options);
			memcpy(rows + i, out->rows + i, sizeof(dsc_row) *
				   (size_t) (out->n - i < (1 << 16) ? out->n - i : (1 << 16)));
		}
		out->rows = rows;
		*cap = new_cap;
	}
	out->rows[out->n++] = b->row;
	reset(b);
}

static void
add_part(dsc_arena *arena, row_builder *b, const char *text,
		 const dsc_line *line)
{
	char	   *compact = dsc_compact(arena, text, strlen(text));

	if (compact[0] == '\0')
		return;
	if (b->row.n_parts == DSC_MAX_LABEL_PARTS)
	{
		/* keep the latest parts: they name the row */
		memmove(&b->row.parts[0], &b->row.parts[1],
				sizeof(b->row.parts[0]) * (DSC_MAX_LABEL_PARTS - 1));
		b->row.n_parts--;
	}
	b->row.parts[b->row.n_parts++] = compact;
	/* the last label line names the row (earlier ones may be headers) */
	b->row.line = line->source_line;
	if (b->row.n_values > 0 && b->row.source != line->text)
		b->row.values_elsewhere = true;
	b->row.source = line->text;
}

static void
add_value(dsc_arena *arena, row_builder *b, const dsc_cell *cell,
		  const dsc_line *line)
{
	if (b->row.source != line->text)
		b->row.values_elsewhere = true;
	if (cell->kind != DSC_CELL_BLANK)
	{
		if (b->value_line == line)
			b->crowded = true;
		else
			b->value_lines++;
		b->value_line = line;
	}
	if (b->row.n_values == b->cap)
	{
		int			cap = b->cap ? b->cap * 2 : 8;
		dsc_cell   *values = dsc_alloc(arena, sizeof(dsc_cell) * (size_t) cap);

		if (b->row.n_values)
			memcpy(values, b->row.values,
				   sizeof(dsc_cell) * (size_t) b->row.n_values);
		b->row.values = values;
		b->cap = cap;
	}
	b->row.values[b->row.n_values++] = *cell;
	if (cell->kind != DSC_CELL_BLANK)
		b->row.n_numbers++;
}

void
dsc_collect_rows(dsc_arena *arena, dsc_text *text, int from, int to,
				 dsc_rows *out, bool keep_unlabelled, const dsc_options *options)
{
	row_builder b;
	dsc_cells	cells = {0};
	int			cap = 0;

	memset(out, 0, sizeof(*out));
	out->keep_unlabelled = keep_unlabelled;
	reset(&b);
	for (int li = from; li < to; li++)
	{
		bool		any = false;

		if ((li & 0xFF) == 0)
			dsc_check(options);
		/* blank, or only tabs and spaces (a page's text of Word cells) */
		if (text->lines[li].len == 0 ||
			text->lines[li].text[strspn(text->lines[li].text, " \t")] == '\0')
			continue;
		dsc_split_cells(arena, &text->lines[li], &cells);
		for (int c = 0; c < cells.n; c++)
		{
			const dsc_cell *cell = &cells.cells[c];

			if (cell->kind == DSC_CELL_TEXT)
			{
				if (b.row.n_numbers > 0)
					emit(arena, &b, out, &cap, options);
				add_part(arena, &b, cell->text, &text->lines[li]);
				any = true;
			}
			else if (cell->kind != DSC_CELL_BLANK || b.row.n_parts > 0)
			{
				add_value(arena, &b, cell, &text->lines[li]);
				any = true;
			}
		}
		if (any && cells.separated)
			emit(arena, &b, out, &cap, options);
	}
	emit(arena, &b, out, &cap, options);
}

/* Whether a row has a number cell: the dashes of a markdown rule are none. */
bool
dsc_row_has_number(const dsc_row *row)
{
	for (int i = 0; i < row->n_values; i++)
		if (row->values[i].kind == DSC_CELL_NUM)
			return true;
	return false;
}

const char *
dsc_row_suffix(dsc_arena *arena, const dsc_row *row, int n_last)
{
	size_t		len = 0;
	char	   *out;
	int			first = row->n_parts - n_last;

	if (first < 0)
		first = 0;
	for (int i = first; i < row->n_parts; i++)
		len += strlen(row->parts[i]);
	out = dsc_alloc(arena, len + 1);
	out[0] = '\0';
	len = 0;
	for (int i = first; i < row->n_parts; i++)
	{
		size_t		n = strlen(row->parts[i]);

		memcpy(out + len, row->parts[i], n);
		len += n;
	}
	out[len] = '\0';
	return out;
}

const char *
dsc_row_label(dsc_arena *arena, const dsc_row *row)
{
	return dsc_row_suffix(arena, row, row->n_parts);
}

/*
 * Where a row's cells start and how many there are, blanks included, for
 * reading them by position.  Blanks after the last number are separator
 * padding.  Blanks before the first number are real cells when counting
 * them makes the row exactly 'expected' cells long ('|  | 0 | 1 |');
 * otherwise they are the empty columns of a merged label and are skipped.
 */
int
dsc_row_value_span(const dsc_row *row, int expected, int *first)
{
	int			last = row->n_values - 1;

	while (last >= 0 && row->values[last].kind == DSC_CELL_BLANK)
		last--;
	*first = 0;
	if (last + 1 == expected)
		return expected;
	while (*first <= last && row->values[*first].kind == DSC_CELL_BLANK)
		(*first)++;
	return last - *first + 1;
}

/*
 * The evidence for a row's values: its label's line, and the values when
 * they stood on other lines (one cell per line, PDF text).
 */
const char *
dsc_row_source(dsc_arena *arena, const dsc_row *row)
{
	size_t		len;
	size_t		o;
	char	   *out;
	bool		inline_values = true;

	if (row->evidence != NULL)
		return row->evidence;
	if (row->source == NULL)
		return NULL;
	/* values cut from the label's own line are in it: no search */
	for (int i = 0; i < row->n_values && inline_values && row->values_elsewhere; i++)
		if (row->values[i].kind != DSC_CELL_BLANK &&
			strstr(row->source, row->values[i].text) == NULL)
			inline_values = false;
	if (inline_values)
		return ((dsc_row *) row)->evidence = row->source;
	len = strlen(row->source);
	for (int i = 0; i < row->n_values; i++)
		len += strlen(row->values[i].text) + 3;
	out = dsc_alloc(arena, len + 1);
	o = strlen(row->source);
	memcpy(out, row->source, o);
	for (int i = 0; i < row->n_values; i++)
	{
		size_t		n = strlen(row->values[i].text);

		memcpy(out + o, " | ", 3);
		memcpy(out + o + 3, row->values[i].text, n);
		o += n + 3;
	}
	out[o] = '\0';
	/* computed once a row: every cell of it asks */
	return ((dsc_row *) row)->evidence = out;
}
