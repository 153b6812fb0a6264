/*
 * segment.c
 *	  Find the reports in a document by their section headings.
 *
 * Every report on the national template has six numbered sections; three
 * hold the tables.  The headings of one report come in order, so a heading
 * that does not come after the previous one starts the next report (a
 * document may hold several years of one body, or the same report twice).
 * A run of headings counts as a report when it has at least two of the three
 * table headings.
 *
 * The lines between two reports are split between them: the earlier one
 * keeps its closing signature and date, the later one gets its title.
 */
#include "dsc_internal.h"

#include <string.h>

static const char *const ordinals[DSC_NSECTIONS] = {
	"一", "二", "三", "四", "五", "六"
};

/* Whether compact text c, with debris skipped, is the heading of section s. */
static bool
is_heading(const char *c, size_t len, dsc_section s)
{
	if (!dsc_starts_with(c, ordinals[s]))
		return false;
	/* headings are short; prose that merely mentions them is not */
	if (dsc_char_count(c, len) > 40)
		return false;
	switch (s)
	{
		case DSC_SEC_OVERVIEW:
			return strstr(c, "总体情况") != NULL;
		case DSC_SEC_PROACTIVE:
			return strstr(c, "主动公开政府信息情况") != NULL;
		case DSC_SEC_REQUESTS:
			return strstr(c, "收到和处理政府信息公开申请") != NULL;
		case DSC_SEC_REVIEW:
			return strstr(c, "行政复议") != NULL && strstr(c, "行政诉讼") != NULL;
		case DSC_SEC_PROBLEMS:
			return strstr(c, "存在的主要问题") != NULL;
		case DSC_SEC_OTHER:
			return strstr(c, "其他需要报告") != NULL;
		case DSC_NSECTIONS:
			break;
	}
	return false;
}

/*
 * Whether the line's first character (after '#', '*' and spaces) could start
 * a heading: a numeral 一 to 六, or the debris 大 (大 中 小) or 字 (字号:).
 * This keeps the costlier test below off nearly every line.
 */
static bool
may_start_heading(const dsc_line *line)
{
	static const char *const starts[] = {"一", "二", "三", "四", "五", "六", "大", "字"};
	const char *p = line->text;

	while (*p == ' ' || *p == '#' || *p == '*' || *p == '\t')
		p++;
	if ((unsigned char) *p < 0xE4)
		return false;
	for (size_t i = 0; i < sizeof(starts) / sizeof(starts[0]); i++)
		if (p[0] == starts[i][0] && p[1] == starts[i][1] && p[2] == starts[i][2])
			return true;
	return false;
}

/* The section whose heading this line is, or -1. */
static int
heading_of(dsc_arena *arena, dsc_line *line)
{
	const char *c;

	if (!may_start_heading(line))
		return -1;
	c = dsc_skip_debris(dsc_line_compact(arena, line));
	for (int s = 0; s < DSC_NSECTIONS; s++)
		if (is_heading(c, strlen(c), (dsc_section) s))
			return s;
	return -1;
}

static int
table_headings(const dsc_span *span)
{
	return (span->heading[DSC_SEC_PROACTIVE] >= 0) +
		(span->heading[DSC_SEC_REQUESTS] >= 0) +
		(span->heading[DSC_SEC_REVIEW] >= 0);
}

static void
span_init(dsc_span *span, int line)
{
	for (int s = 0; s < DSC_NSECTIONS; s++)
		span->heading[s] = -1;
	span->first = line;
	span->last = line;
	span->pre_start = 0;
	span->post_end = 0;
}

/* The last line before li (not before from) with any text, or -1. */
int
dsc_prev_nonblank(const dsc_text *text, int li, int from)
{
	for (int k = li - 1; k >= from; k--)
		for (size_t i = 0; i < text->lines[k].len; i++)
			if (text->lines[k].text[i] != ' ' && text->lines[k].text[i] != '\t')
				return k;
	return -1;
}

bool
dsc_is_date_line(dsc_arena *arena, dsc_line *line)
{
	int			y,
				m,
				d;
	const char *c;
	const char *p = line->text;

	/* a date line starts with the year's digits */
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p < '0' || *p > '9' || line->len > 64)
		return false;
	c = dsc_line_compact(arena, line);
	return line->compact_len <= 24 && dsc_parse_date(c, &y, &m, &d);
}

static bool
has_file_extension(const char *c)
{
	static const char *const ext[] = {".pdf", ".doc", ".docx", ".wps", ".xls",
	".xlsx", ".ofd", ".PDF", ".DOC"};

	for (size_t i = 0; i < sizeof(ext) / sizeof(ext[0]); i++)
		if (dsc_ends_with(c, ext[i]))
			return true;
	return false;
}

/* A report's title: short, names the disclosure work and a year. */
bool
dsc_is_title_line(dsc_arena *arena, dsc_line *line)
{
	const char *c;
	const char *p;

	/* a title is short and names a report (报告, 年报): test the raw line first */
	if (line->len > 400 || strstr(line->text, "报") == NULL)
		return false;
	c = dsc_skip_debris(dsc_line_compact(arena, line));
	p = strstr(c, "政府信息公开");

	if (p == NULL || has_file_extension(c))
		return false;
	if (strstr(p, "年度报告") == NULL && strstr(p, "年报") == NULL)
		return false;
	if (dsc_char_count(c, strlen(c)) > 60)
		return false;
	/* a year in it, such as 2021年 */
	for (const char *q = c; *q; q++)
		if (q[0] >= '1' && q[0] <= '2' && q[1] >= '0' && q[1] <= '9' &&
			q[2] >= '0' && q[2] <= '9' && q[3] >= '0' && q[3] <= '9' &&
			strncmp(q + 4, "年", 3) == 0)
			return true;
	return false;
}

/*
 * Where the lines between two reports divide: at the later one's title (or
 * the line before it, when that line names the agency), else after the
 * earlier one's closing date, else right after the earlier one.
 */
static int
split_gap(dsc_arena *arena, dsc_text *text, int from, int to,
		  const dsc_options *options)
{
	for (int li = from; li < to; li++)
	{
		if ((li & 0xFFF) == 0)
			dsc_check(options);
		if (dsc_is_title_line(arena, &text->lines[li]))
		{
			int			prev = dsc_prev_nonblank(text, li, from);

			if (prev >= 0)
			{
				const char *c = dsc_skip_debris(
												dsc_line_compact(arena, &text->lines[prev]));

				if (c[0] != '\0' && dsc_char_count(c, strlen(c)) <= 30 &&
					!dsc_is_date_line(arena, &text->lines[prev]))
					return prev;
			}
			return li;
		}
	}
	for (int li = to - 1; li >= from; li--)
	{
		if ((li & 0xFFF) == 0)
			dsc_check(options);
		if (dsc_is_date_line(arena, &text->lines[li]))
			return li + 1;
	}
	return from;
}

int
dsc_find_spans(dsc_arena *arena, dsc_text *text, dsc_span **out,
			   const dsc_options *options)
{
	int			cap = 4;
	int			n = 0;
	dsc_span   *spans = dsc_alloc(arena, sizeof(dsc_span) * (size_t) cap);
	dsc_span	cur;
	int			last_section = -1;
	bool		open = false;

	for (int li = 0; li <= text->n_lines; li++)
	{
		int			s = li < text->n_lines ? heading_of(arena, &text->lines[li]) : -1;

		if ((li & 0xFFF) == 0)
			dsc_check(options);
		if (li < text->n_lines && s < 0)
			continue;
		if (open && (li == text->n_lines || s <= last_section))
		{
			if (table_headings(&cur) >= 2)
			{
				if (n == cap)
				{
					dsc_span   *grown = dsc_alloc(arena, sizeof(dsc_span) * (size_t) cap * 2);

					memcpy(grown, spans, sizeof(dsc_span) * (size_t) n);
					spans = grown;
					cap *= 2;
				}
				spans[n++] = cur;
			}
			open = false;
		}
		if (li == text->n_lines)
			break;
		if (!open)
		{
			span_init(&cur, li);
			open = true;
		}
		cur.heading[s] = li;
		cur.last = li;
		last_section = s;
	}

	/* divide the lines between reports */
	for (int i = 0; i < n; i++)
	{
		int			gap_end = (i + 1 < n) ? spans[i + 1].first : text->n_lines;
		int			split = (i + 1 < n) ?
			split_gap(arena, text, spans[i].last + 1, gap_end, options) : gap_end;

		spans[i].post_end = split;
		if (i + 1 < n)
			spans[i + 1].pre_start = split;
	}
	if (n > 0)
		spans[0].pre_start = 0;
	*out = spans;
	return n;
}

/* The line where a section's content ends: the next heading of the report. */
int
dsc_section_end(const dsc_span *span, dsc_section section)
{
	for (int s = section + 1; s < DSC_NSECTIONS; s++)
		if (span->heading[s] > span->heading[section])
			return span->heading[s];
	return span->post_end;
}
