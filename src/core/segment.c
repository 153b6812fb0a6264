/*
 * segment.c
 *	  Find the reports in a document by their section headings.
 *
 * Every report on the national template has six numbered sections; three
 * hold the tables.  The headings of one report come in order, so a heading
 * that does not come after the previous one starts the next report (a
 * document may hold several years of one body, or the same report twice).
 * A run of headings counts as a report when it has at least two of the three
 * table headings.  A heading is known by its words, whatever its number (some
 * reports put their own sections first) or caption (表三); a table whose
 * heading is missing starts where its column headers do.
 *
 * The lines between two reports are split between them: the earlier one
 * keeps its closing signature and date, the later one gets its title.
 */
#include "dsc_internal.h"

#include <string.h>

/*
 * The words that name each section.  The numbering is not part of it: some
 * reports put their own prose sections first, so 主动公开政府信息情况 may be
 * 一 or 三, and captions say 表三.
 */
static const char *const section_words[DSC_NSECTIONS][3] = {
	{"总体情况"},
	{"主动公开政府信息情况", "主动公开政府信息的情况"},
	{"收到和处理政府信息公开申请"},
	{"复议"},					/* with 诉讼: see is_heading */
	{"存在的主要问题", "主要问题及改进", "存在的突出问题"},
	{"其他需要报告", "其他需说明", "其他需要说明"},
};

static const char *const numerals[] = {
	"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"
};

static size_t
numeral_len(const char *c)
{
	for (size_t i = 0; i < sizeof(numerals) / sizeof(numerals[0]); i++)
		if (dsc_starts_with(c, numerals[i]))
			return 3;
	return 0;
}

/*
 * Skip a heading's numbering: '三、', '三.', '表三:', '第三部分'; and when
 * relaxed, '(三)' and '3、' too.  Returns NULL when the text does not start
 * with one, or, relaxed, c itself (an unnumbered heading).
 */
static const char *
skip_numbering(const char *c, bool relaxed)
{
	static const char *const puncts[] = {"、", ".", ",", "，", ":", "：", "．"};
	size_t		n;

	if (relaxed && c[0] == '(' && (n = numeral_len(c + 1)) > 0 && c[1 + n] == ')')
		return c + 2 + n;
	if (relaxed && c[0] >= '1' && c[0] <= '9')
		c++;
	else if (dsc_starts_with(c, "表") || dsc_starts_with(c, "第"))
	{
		bool		caption = dsc_starts_with(c, "表");

		c += 3;
		if ((n = numeral_len(c)) == 0)
			return NULL;
		c += n;
		if (!caption && dsc_starts_with(c, "部分"))
			c += 6;
		else if (!caption)
			return NULL;
	}
	else if ((n = numeral_len(c)) > 0)
		c += n;
	else
		return relaxed ? c : NULL;	/* unnumbered: see is_heading */
	for (size_t i = 0; i < sizeof(puncts) / sizeof(puncts[0]); i++)
		if (dsc_starts_with(c, puncts[i]))
			return c + strlen(puncts[i]);
	return c;
}

/* Whether compact text c, with debris skipped, is the heading of section s. */
static bool
is_heading(const char *c, size_t len, dsc_section s, bool relaxed)
{
	const char *body = skip_numbering(c, relaxed);

	(void) len;					/* heading_of has weighed it */
	if (body == NULL)
		return false;
	for (int w = 0; w < 3 && section_words[s][w]; w++)
	{
		const char *hit = strstr(body, section_words[s][w]);

		/* the words open the heading, after at most a few characters */
		if (hit == NULL || dsc_char_count(body, (size_t) (hit - body)) > 12)
			continue;
		/* unnumbered (relaxed): the words alone, on a short line */
		if (body == c && (hit != body || dsc_char_count(c, strlen(c)) > 24))
			continue;
		if (s == DSC_SEC_REVIEW && strstr(body, "诉讼") == NULL)
			continue;
		return true;
	}
	return false;
}

/*
 * Whether the line's first character (after '#', '*' and spaces) could start
 * a heading: a numeral, 表 or 第, or the debris 大 (大 中 小) or 字 (字号:);
 * when relaxed, '(' and a digit too.  This keeps the costlier test below off
 * nearly every line.
 */
static bool
may_start_heading(const dsc_line *line, bool relaxed)
{
	static const char *const starts[] = {"一", "二", "三", "四", "五", "六",
	"七", "八", "九", "十", "表", "第", "大", "字"};
	const char *p = line->text;

	while (*p == ' ' || *p == '#' || *p == '*' || *p == '\t')
		p++;
	if (relaxed && (*p == '(' || (*p >= '1' && *p <= '9') || (unsigned char) *p >= 0xE4))
		return true;
	if ((unsigned char) *p < 0xE4)
		return false;
	for (size_t i = 0; i < sizeof(starts) / sizeof(starts[0]); i++)
		if (p[0] == starts[i][0] && p[1] == starts[i][1] && p[2] == starts[i][2])
			return true;
	return false;
}

/* The section whose heading this line is, or -1. */
static int
heading_of(dsc_arena *arena, dsc_line *line, bool relaxed)
{
	const char *c;
	size_t		len;

	if (!may_start_heading(line, relaxed))
		return -1;
	c = dsc_skip_debris(dsc_line_compact(arena, line));
	len = strlen(c);
	/* headings are short; prose that merely mentions them is not */
	if (len > 48 * 4 || dsc_char_count(c, len) > 48)
		return -1;
	for (int s = 0; s < DSC_NSECTIONS; s++)
		if (is_heading(c, len, (dsc_section) s, relaxed))
			return s;
	return -1;
}

/*
 * The table whose header this line starts, for reports that leave out a
 * table's heading: 第二十条第（一）项 (table two), 申请人情况 (table three),
 * 行政复议 … 行政诉讼 (table four).  Taken only inside a report whose own
 * heading for that table is missing (dsc_find_spans).
 */
static int
table_start_of(dsc_arena *arena, dsc_text *text, int li)
{
	dsc_line   *line = &text->lines[li];
	static const char *const starts[] = {"第二十条", "申请人", "行政复议", "(本列"};
	const char *p = line->text;
	const char *c;
	bool		may = false;

	/* how the line starts tells most lines apart without more work */
	while (*p == ' ' || *p == '|' || *p == '#' || *p == '\t')
		p++;
	for (size_t i = 0; i < sizeof(starts) / sizeof(starts[0]) && !may; i++)
		may = dsc_starts_with(p, starts[i]);
	if (!may)
		return -1;
	c = dsc_skip_debris(dsc_line_compact(arena, line));
	if (c[0] == '|')
		c++;
	if (dsc_starts_with(c, "第二十条第"))
		return DSC_SEC_PROACTIVE;
	if (dsc_starts_with(c, "申请人情况") ||
		(dsc_starts_with(c, "(本列数据的") && strstr(c, "申请人情况") != NULL))
		return DSC_SEC_REQUESTS;
	if (dsc_starts_with(c, "行政复议") && strstr(c, "。") == NULL &&
		dsc_char_count(c, strlen(c)) <= 120)
	{
		/* one cell a line: 行政诉讼 is the next cell */
		int			next = li + 1;

		while (next < text->n_lines && next < li + 4 && text->lines[next].len == 0)
			next++;
		if (strstr(c, "行政诉讼") != NULL ||
			(strcmp(c, "行政复议") == 0 && next < text->n_lines &&
			 strstr(text->lines[next].text, "行政诉讼") != NULL))
			return DSC_SEC_REVIEW;
	}
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

	/* a date line starts with the year's digits, or 二〇 (E4 BA 8C) */
	while (*p == ' ' || *p == '\t')
		p++;
	if (line->len > 64 ||
		!((*p >= '0' && *p <= '9') || strncmp(p, "二", 3) == 0))
		return false;
	c = dsc_line_compact(arena, line);
	return line->compact_len <= 48 && dsc_parse_date(c, &y, &m, &d);
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
	/* a year in it, such as 2021年 or 二〇二一年 */
	for (const char *q = c; *q; q++)
		if ((q[0] >= '1' && q[0] <= '2' && q[1] >= '0' && q[1] <= '9' &&
			 q[2] >= '0' && q[2] <= '9' && q[3] >= '0' && q[3] <= '9' &&
			 strncmp(q + 4, "年", 3) == 0) ||
			((unsigned char) q[0] == 0xE4 && dsc_cn_year_at(q) != 0))
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

/* Keep a span that has the headings of a report: two of its tables. */
static void
keep_span(dsc_arena *arena, dsc_span **spans, int *n, int *cap,
		  const dsc_span *span)
{
	if (table_headings(span) < 2)
		return;
	if (*n == *cap)
	{
		dsc_span   *grown = dsc_alloc(arena, sizeof(dsc_span) * (size_t) *cap * 2);

		memcpy(grown, *spans, sizeof(dsc_span) * (size_t) *n);
		*spans = grown;
		*cap *= 2;
	}
	(*spans)[(*n)++] = *span;
}

/*
 * The reports' spans, their sections found by their headings (relaxed: also
 * numbered '(二)' or '2、', or not numbered, alone on a short line); *headed
 * counts the table headings found so.
 */
static int
find_spans(dsc_arena *arena, dsc_text *text, dsc_span **out,
		   const dsc_options *options, bool relaxed, int *headed)
{
	int			cap = 4;
	int			n = 0;
	dsc_span   *spans = dsc_alloc(arena, sizeof(dsc_span) * (size_t) cap);
	dsc_span	cur;
	dsc_span	before_late;	/* cur as it was before a late 一 */
	int			late_from = -1; /* the line of that 一, or -1 */
	int			last_section = -1;
	bool		open = false;

	for (int li = 0; li <= text->n_lines; li++)
	{
		int			s = li < text->n_lines ? heading_of(arena, &text->lines[li], relaxed) : -1;

		if (s >= DSC_SEC_PROACTIVE && s <= DSC_SEC_REVIEW)
			(*headed)++;

		if ((li & 0xFFF) == 0)
			dsc_check(options);
		/* a table whose heading is missing: where its header starts */
		if (s < 0 && li < text->n_lines &&
			(s = table_start_of(arena, text, li)) >= 0 &&
			(open ? (cur.heading[s] >= 0 || s < last_section) : false))
			s = -1;
		if (li < text->n_lines && s < 0)
			continue;
		/* a caption under its heading (表三：收到和处理…) repeats it */
		if (open && li < text->n_lines && s == last_section &&
			li - cur.heading[s] <= 3)
			continue;
		/*
		 * 一、总体情况 after the tables: the prose of a report that puts its
		 * tables first; unless a table heading follows it before 五 or 六
		 * does, which makes it the start of the next report, read again
		 * from there.
		 */
		if (late_from >= 0 && s > DSC_SEC_REVIEW)
			late_from = -1;
		if (open && li < text->n_lines && s == DSC_SEC_OVERVIEW &&
			s < last_section && cur.heading[s] < 0 && late_from < 0 &&
			table_headings(&cur) >= 2)
		{
			before_late = cur;
			late_from = li;
			cur.heading[s] = li;
			cur.last = li;
			last_section = s;
			continue;
		}
		if (open && late_from >= 0 && li < text->n_lines &&
			s >= DSC_SEC_PROACTIVE && s <= DSC_SEC_REVIEW)
		{
			keep_span(arena, &spans, &n, &cap, &before_late);
			open = false;
			li = late_from - 1;	/* each line is read again at most once */
			late_from = -1;
			continue;
		}
		if (open && (li == text->n_lines || s <= last_section))
		{
			keep_span(arena, &spans, &n, &cap, &cur);
			open = false;
			late_from = -1;
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

/*
 * The spans of the reports.  Headings are numbered 一、 (or 表三, 第三部分);
 * a document with none of those for its tables may number them (二) or 2、,
 * or not at all, which would be taken for the sub-headings of prose in a
 * document that has them: that reading is tried only then, and kept when it finds more
 * reports (two reports in one file otherwise run together, their tables
 * found by their headers alone).
 */
int
dsc_find_spans(dsc_arena *arena, dsc_text *text, dsc_span **out,
			   const dsc_options *options)
{
	int			headed = 0;
	int			n = find_spans(arena, text, out, options, false, &headed);

	if (headed == 0)
	{
		dsc_span   *relaxed;
		int			m = find_spans(arena, text, &relaxed, options, true, &headed);

		if (m > n)
		{
			*out = relaxed;
			n = m;
		}
	}
	return n;
}

/* The line where a section's content ends: the next heading of the report. */
int
dsc_section_end(const dsc_span *span, dsc_section section)
{
	int			end = span->post_end;

	/* an absent section ends where the next one present begins */
	if (span->heading[section] < 0)
	{
		for (int s = section + 1; s < DSC_NSECTIONS; s++)
			if (span->heading[s] >= 0)
				return span->heading[s];
		return end;
	}
	/* in line order: 一 may come after the tables */
	for (int s = 0; s < DSC_NSECTIONS; s++)
		if (span->heading[s] > span->heading[section] && span->heading[s] < end)
			end = span->heading[s];
	return end;
}
