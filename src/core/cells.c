/*
 * cells.c
 *	  Split one line into cells and classify each.
 *
 * Cells are separated by '|', by tabs, or by runs of two or more spaces
 * (space-aligned columns).  A text cell that ends in space-separated numbers
 * ('行政事业性收费 0 0') is split into its label and its numbers.
 */
#include "dsc_internal.h"

#include <ctype.h>
#include <string.h>

#define DSC_MAX_PEEL 64

static void
push_cell(dsc_arena *arena, dsc_cells *out, dsc_cell_kind kind,
		  const char *text, const dsc_number *num)
{
	dsc_cell   *c;

	if (out->n == out->cap)
	{
		int			cap = out->cap ? out->cap * 2 : 16;
		dsc_cell   *cells = dsc_alloc(arena, sizeof(dsc_cell) * (size_t) cap);

		if (out->n)
			memcpy(cells, out->cells, sizeof(dsc_cell) * (size_t) out->n);
		out->cells = cells;
		out->cap = cap;
	}
	c = &out->cells[out->n++];
	c->kind = kind;
	c->text = text;
	c->joinable = false;
	if (num)
		c->num = *num;
	else
		memset(&c->num, 0, sizeof(c->num));
}

/* The length of the dash at s ('-', '—', '–', '―', '‐', '‑', '─', '━'), or 0. */
static size_t
dash_at(const unsigned char *s)
{
	if (s[0] == '-')
		return 1;
	if (s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x90 && s[2] <= 0x95)
		return 3;				/* U+2010-2015 */
	if (s[0] == 0xE2 && s[1] == 0x94 && (s[2] == 0x80 || s[2] == 0x81))
		return 3;				/* U+2500, U+2501 (box drawing) */
	return 0;
}

/*
 * What stands for zero or 'not applicable' in a cell: a run of dashes
 * ('-', '---', '——'), a slash, 一一, and the words 无 (none) and 〇 (zero)
 * alone.  (Full-width forms are folded to ASCII before.)
 */
static bool
is_dash(const char *s, size_t len)
{
	static const char *const words[] = {"/", "\\", "一一", "无", "〇"};
	const unsigned char *u = (const unsigned char *) s;
	size_t		n;

	if (*u != '\0' && (n = dash_at(u)) > 0)
	{
		while ((n = dash_at(u)) > 0)
			u += n;
		return *u == '\0';
	}
	/* most cells are numbers, or labels longer than every word */
	if (len > 6 || (*u >= '0' && *u <= '9'))
		return false;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(s, words[i]) == 0)
			return true;
	return false;
}

/*
 * Peel numbers separated by single spaces off the end of a text cell.
 * Returns the length of the text that remains, and how many numbers were
 * found in *n_found (their start offsets in starts[], last first).
 */
static size_t
peel_trailing_numbers(dsc_arena *arena, const char *s, size_t len,
					  size_t *starts, int max, int *n_found)
{
	size_t		end = len;

	*n_found = 0;
	while (*n_found < max)
	{
		size_t		tok_end = end;
		size_t		tok_start;
		dsc_number	num;

		while (tok_end > 0 && s[tok_end - 1] == ' ')
			tok_end--;
		tok_start = tok_end;
		while (tok_start > 0 && s[tok_start - 1] != ' ')
			tok_start--;
		if (tok_start == 0 || tok_start == tok_end ||
			!dsc_parse_number(arena, s + tok_start, tok_end - tok_start, &num))
			break;
		starts[(*n_found)++] = tok_start;
		end = tok_start;
	}
	while (end > 0 && s[end - 1] == ' ')
		end--;
	return end;
}

static bool
is_run_byte(char c)
{
	return (c >= '0' && c <= '9') || c == ' ' || c == '.' || c == ',' || c == '-';
}

/*
 * Where a run of digits glued to the end of a label starts ('数量0 0 0 0 0 00',
 * '行政许可1-10', '政府集中采购82059.2090万元'), or 0 when the text does not
 * end so.  Page text scraped from HTML joins a row's label and cells.
 */
static size_t
glued_run_start(const char *s, size_t len)
{
	static const char *const units[] = {"万元", "亿元", "元"};
	size_t		end = len;
	size_t		b;

	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (dsc_ends_with_n(s, len, units[i]))
		{
			end = len - strlen(units[i]);
			break;
		}
	if (end == 0 || s[end - 1] < '0' || s[end - 1] > '9')
		return 0;
	b = end;
	while (b > 0 && is_run_byte(s[b - 1]))
		b--;
	/* the run starts with a digit or a sign, glued to the label */
	while (b < end && (s[b] == ' ' || s[b] == '.' || s[b] == ','))
		b++;
	/* after a label, not inside a word such as '1e10' or '0x7f' */
	if (b == 0 || s[b - 1] == ' ' ||
		((unsigned char) s[b - 1] < 0x80 && isalnum((unsigned char) s[b - 1])))
		return 0;
	return b;
}

/* The glued run s[0..len) as number cells, one per space-separated token. */
static void
push_run(dsc_arena *arena, const char *s, size_t len, dsc_cells *out)
{
	size_t		i = 0;

	while (i < len)
	{
		size_t		j;
		dsc_number	num;
		const char *tok;

		while (i < len && s[i] == ' ')
			i++;
		if (i == len)
			break;
		j = i;
		while (j < len && s[j] != ' ')
			j++;
		tok = dsc_strndup(arena, s + i, j - i);
		if (dsc_parse_number(arena, s + i, j - i, &num))
			push_cell(arena, out, DSC_CELL_NUM, tok, &num);
		else
			push_cell(arena, out, DSC_CELL_RUN, tok, NULL);
		out->cells[out->n - 1].joinable = true;
		i = j;
	}
	out->separated = true;
}

/*
 * Classify the cell s[0..len), which lies in the caller's own copy of the
 * line: its text is cut there in place (a NUL over the separator or blank
 * after it), not copied.
 */
static void
classify(dsc_arena *arena, char *s, size_t len, dsc_cells *out)
{
	size_t		glued;

	dsc_number	num;
	char	   *text;
	size_t		starts[DSC_MAX_PEEL];
	int			n_found;
	size_t		text_len;

	while (len > 0 && s[0] == ' ')
		s++, len--;
	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len == 0)
	{
		push_cell(arena, out, DSC_CELL_BLANK, "", NULL);
		return;
	}
	s[len] = '\0';
	text = s;
	/* a glued run ends in a digit, or in 元 (万元, 亿元): E5 85 83 */
	if (len > 3 && ((s[len - 1] >= '0' && s[len - 1] <= '9') ||
					(s[len - 1] == '\x83' && s[len - 2] == '\x85' && s[len - 3] == '\xe5')) &&
		(glued = glued_run_start(s, len)) > 0)
	{
		push_cell(arena, out, DSC_CELL_TEXT, dsc_strndup(arena, s, glued), NULL);
		push_run(arena, s + glued, len - glued, out);
	}
	else if (is_dash(text, len))
		push_cell(arena, out, DSC_CELL_DASH, text, NULL);
	else if (dsc_parse_number(arena, s, len, &num))
		push_cell(arena, out, DSC_CELL_NUM, text, &num);
	else if (memchr(s, ' ', len) != NULL &&
			 (text_len = peel_trailing_numbers(arena, s, len, starts,
											   DSC_MAX_PEEL, &n_found)) > 0 &&
			 n_found > 0)
	{
		/* the head may itself be a number: '0 0 0' is three numbers */
		if (dsc_parse_number(arena, s, text_len, &num))
			push_cell(arena, out, DSC_CELL_NUM, dsc_strndup(arena, s, text_len),
					  &num);
		else
			push_cell(arena, out, DSC_CELL_TEXT,
					  dsc_strndup(arena, s, text_len), NULL);
		for (int i = n_found - 1; i >= 0; i--)
		{
			size_t		end = (i > 0) ? starts[i - 1] : len;

			while (end > starts[i] && s[end - 1] == ' ')
				end--;
			dsc_parse_number(arena, s + starts[i], end - starts[i], &num);
			push_cell(arena, out, DSC_CELL_NUM,
					  dsc_strndup(arena, s + starts[i], end - starts[i]), &num);
			out->cells[out->n - 1].joinable = true;
		}
		out->separated = true;
	}
	else
		push_cell(arena, out, DSC_CELL_TEXT, text, NULL);
}

/*
 * The next byte from i on that may separate cells ('|', tab, space), or len:
 * eight bytes at a time over the characters between them.
 */
static inline size_t
to_separator(const char *s, size_t i, size_t len)
{
	while (i + 8 <= len)
	{
		uint64_t	w;

		memcpy(&w, s + i, 8);
		if (dsc_has_byte(w, ' ') || dsc_has_byte(w, '|') || dsc_has_byte(w, '\t'))
			break;
		i += 8;
	}
	while (i < len && s[i] != ' ' && s[i] != '|' && s[i] != '\t')
		i++;
	return i;
}

void
dsc_split_cells(dsc_arena *arena, const dsc_line *line, dsc_cells *out)
{
	/* one copy of the line, cut into the cells' texts */
	char	   *s = dsc_strndup(arena, line->text, line->len);
	size_t		len = line->len;
	size_t		start = 0;

	bool		had_separators = false;

	out->n = 0;
	out->separated = false;
	for (size_t i = 0; i <= len; i++)
	{
		size_t		sep_len = 0;

		i = to_separator(s, i, len);
		if (i >= len)
		{
			i = len;
			sep_len = 0;
		}
		else if (s[i] == '|' || s[i] == '\t')
			sep_len = 1;
		else if (s[i] == ' ' && i + 1 < len && s[i + 1] == ' ')
		{
			size_t		j = i + 2;

			while (j < len && s[j] == ' ')
				j++;
			/* padding around a cell is not a column gap */
			if (i == start || j == len || s[j] == '|' || s[j] == '\t')
			{
				i = j - 1;
				continue;
			}
			sep_len = j - i;
		}
		else
			continue;
		if (i < len)
			had_separators = out->separated = true;
		classify(arena, s + start, i - start, out);
		i += sep_len ? sep_len - 1 : 0;
		start = i + 1;
	}
	/* with no separators on the line, its numbers may be joined cells */
	if (!had_separators)
		for (int c = 0; c < out->n; c++)
			out->cells[c].joinable = true;
}
