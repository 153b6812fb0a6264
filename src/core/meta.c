/*
 * meta.c
 *	  What the prose of a report says: its agency, year, publication date,
 *	  and the numbers it states (requests received, items published).
 */
#include "dsc_internal.h"

#include <stdlib.h>
#include <string.h>

/* Characters an agency name may end with. */
static const char *const agency_endings[] = {
	"局", "委员会", "委", "办公室", "办事处", "办", "处", "厅", "部", "政府",
	"院", "会", "中心", "室", "所", "署", "馆", "站", "队", "街道", "镇", "乡",
	"公司", "集团", "社", "团", "组", "科", "府"
};

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Read 1 to max digits at s; returns how many. */
static int
read_int(const char *s, int max, int *value)
{
	int			n = 0;

	*value = 0;
	while (n < max && is_digit(s[n]))
		*value = *value * 10 + (s[n++] - '0');
	return n;
}

static bool
valid_date(int y, int m, int d)
{
	static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool		leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	if (y < 2000 || y > 2100 || m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return false;
	return !(m == 2 && d == 29 && !leap);
}

/* '2024年1月18日' or '2022-01-26' (optionally '2022/1/26'), whole string. */
bool
dsc_parse_date(const char *c, int *y, int *m, int *d)
{
	int			n = read_int(c, 4, y);
	const char *p = c + n;

	if (n != 4)
		return false;
	if (strncmp(p, "年", 3) == 0)
	{
		p += 3;
		p += read_int(p, 2, m);
		if (strncmp(p, "月", 3) != 0)
			return false;
		p += 3;
		n = read_int(p, 2, d);
		p += n;
		if (n == 0 || (strncmp(p, "日", 3) != 0 && strncmp(p, "号", 3) != 0))
			return false;
		p += 3;
	}
	else if (*p == '-' || *p == '/' || *p == '.')
	{
		char		sep = *p++;

		n = read_int(p, 2, m);
		p += n;
		if (n == 0 || *p++ != sep)
			return false;
		n = read_int(p, 2, d);
		p += n;
		if (n == 0)
			return false;
	}
	else
		return false;
	return *p == '\0' && valid_date(*y, *m, *d);
}

/*
 * A date at the start of s, in compact text: '2024年1月29日', '2024-01-31'
 * (a time may follow: '2024-01-3108:28' is 31 January), '2024/1/31',
 * '2024.1.31'.  Returns the bytes it takes, or 0.
 */
int
dsc_date_prefix(const char *s, int *y, int *m, int *d)
{
	const char *p = s;
	int			n;

	if (read_int(p, 4, y) != 4 || (s[4] >= '0' && s[4] <= '9'))
		return 0;
	p += 4;
	if (strncmp(p, "年", 3) == 0)
	{
		p += 3;
		if ((n = read_int(p, 2, m)) == 0 || is_digit(p[n]) ||
			strncmp(p + n, "月", 3) != 0)
			return 0;
		p += n + 3;
		if ((n = read_int(p, 2, d)) == 0 || is_digit(p[n]) ||
			(strncmp(p + n, "日", 3) != 0 && strncmp(p + n, "号", 3) != 0))
			return 0;
		p += n + 3;
	}
	else if (*p == '-' || *p == '/' || *p == '.')
	{
		char		sep = *p++;

		if ((n = read_int(p, 2, m)) == 0 || p[n] != sep)
			return 0;
		p += n + 1;
		if ((n = read_int(p, 2, d)) == 0)
			return 0;
		p += n;
		/* digits right after the day: only a time such as 08:28 */
		if (is_digit(*p) && !(is_digit(p[1]) && p[2] == ':'))
			return 0;
	}
	else
		return 0;
	return valid_date(*y, *m, *d) ? (int) (p - s) : 0;
}

static bool
looks_like_agency(const char *s)
{
	size_t		len = strlen(s);
	size_t		chars = dsc_char_count(s, len);

	if (chars < 3 || chars > 40)
		return false;
	for (const unsigned char *p = (const unsigned char *) s; *p; p++)
		if (*p < 0x80)
			return false;		/* digits, punctuation: not a name */
	if (strstr(s, "，") || strstr(s, "。") || strstr(s, "、") ||
		strstr(s, "《") || strstr(s, "“"))
		return false;
	for (size_t i = 0; i < sizeof(agency_endings) / sizeof(agency_endings[0]); i++)
		if (dsc_ends_with(s, agency_endings[i]))
			return true;
	return false;
}

/* Past a leading year: '2024年上海市科委…' or '2024年度…'. */
static const char *
skip_year(const char *c)
{
	int			y;

	if (read_int(c, 4, &y) == 4 && y >= 2000 && y <= 2100 &&
		strncmp(c + 4, "年", 3) == 0)
	{
		c += 4 + 3;
		if (dsc_starts_with(c, "度"))
			c += 3;
	}
	return c;
}

/*
 * The title of a saved web page, given by a header line '标题: …' (or
 * '文章标题:', '题名:'): the text after the label, or NULL.
 */
static const char *
header_title(const char *c)
{
	static const char *const labels[] = {"标题:", "文章标题:", "题名:", "标题"};

	for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
		if (dsc_starts_with(c, labels[i]))
		{
			c += strlen(labels[i]);
			/* a report's title, even '…2021年度政府信息公开工作报告' */
			if (strstr(c, "政府信息公开") && strstr(c, "报告"))
				return c;
			return NULL;
		}
	return NULL;
}

/*
 * The agency named in a title such as '温州市机关事务管理局2020年政府信息公开
 * 工作年度报告': the text before the year (or before 政府信息公开).
 */
static char *
agency_in_title(dsc_arena *arena, const char *c)
{
	const char *report = strstr(c, "年度报告");
	const char *end = NULL;
	const char *open;
	char	   *name;
	size_t		len;

	if (report == NULL)
		report = strstr(c, "年报");
	/* the 政府信息公开 that the report title ends with, not an earlier one */
	for (const char *p = c; (p = strstr(p, "政府信息公开")) != NULL &&
		 (report == NULL || p < report); p++)
		end = p;
	if (end == NULL)
		return NULL;
	/* inside 《…》, start after the bracket */
	open = NULL;
	for (const char *q = c; q < end; q++)
		if (strncmp(q, "《", 3) == 0)
			open = q + 3;
	if (open)
		c = open;
	len = (size_t) (end - c);
	/* drop a trailing year: 2020年 or 2020年度 */
	if (len >= 7 && strncmp(c + len - 3, "度", 3) == 0 &&
		strncmp(c + len - 6, "年", 3) == 0)
		len -= 3;
	if (len >= 7 && strncmp(c + len - 3, "年", 3) == 0 &&
		is_digit(c[len - 4]) && is_digit(c[len - 7]))
		len -= 7;
	name = dsc_strndup(arena, c, len);
	if (dsc_starts_with(name, "关于"))
		name += strlen("关于");
	name = (char *) skip_year(name);
	return looks_like_agency(name) ? name : NULL;
}

/* The first year such as 2021年 in c, or 0. */
static int
year_in(const char *c)
{
	for (const char *q = c; *q; q++)
	{
		int			y;

		if (read_int(q, 4, &y) == 4 && !is_digit(q[4]) &&
			(q == c || !is_digit(q[-1])) && strncmp(q + 4, "年", 3) == 0 &&
			y >= 2000 && y <= 2100)
			return y;
	}
	return 0;
}

typedef struct agency_pick
{
	const char *best;
	bool		conflict;
} agency_pick;

/* Prefer the longest name: '上海市松江区…' over '松江区…'. */
static void
offer_agency(agency_pick *pick, const char *name)
{
	if (name == NULL)
		return;
	if (pick->best == NULL)
		pick->best = name;
	else if (dsc_ends_with(name, pick->best))
		pick->best = name;
	else if (!dsc_ends_with(pick->best, name))
		pick->conflict = true;
}

/*
 * A title set apart by spaces inside a longer line of page text, as in
 * '当前位置: 首页… 平潭综合实验区行政审批局2022年政府信息公开工作年度报告 来源:'
 * or '…局2019年政府信息公开年度报告 根据《条例》…': a piece between spaces
 * that is a whole title (it names the work and a year, and ends the piece).
 */
static const char *const file_types[] = {
	".pdf", ".doc", ".wps", ".xls", ".ofd", ".PDF", ".DOC", ".WPS", ".XLS", ".OFD"
};

static void
read_embedded_title(dsc_arena *arena, const dsc_line *line, agency_pick *pick,
					int *year)
{
	static const char *const ends[] = {"年度报告", "年报", "工作报告"};
	const char *s = line->text;

	if (strstr(s, "政府信息公开") == NULL)
		return;
	/* an attachment's file name: '…年度报告 (1).doc' */
	for (size_t i = 0; i < sizeof(file_types) / sizeof(file_types[0]); i++)
		if (strstr(s, file_types[i]))
			return;
	for (const char *p = s; *p;)
	{
		const char *e = p;
		size_t		n;

		while (*e && *e != ' ' && *e != '\t')
			e++;
		n = (size_t) (e - p);
		for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
		{
			char	   *piece;
			char	   *name;

			if (!dsc_ends_with_n(p, n, ends[i]) || dsc_char_count(p, n) > 60)
				continue;
			piece = dsc_strndup(arena, p, n);
			if (strstr(piece, "政府信息公开") == NULL || year_in(piece) == 0)
				break;
			name = agency_in_title(arena, piece);
			/* '编制了我局2023年…报告' is prose, not a title */
			if (name && (dsc_starts_with(name, "我") || strstr(name, "编制") ||
						 strstr(name, "公布") || strstr(name, "发布") ||
						 strstr(name, "印发")))
				break;
			offer_agency(pick, name);
			if (name && *year == 0)
				*year = year_in(piece);
			break;
		}
		p = *e ? e + 1 : e;
	}
}

/*
 * Title lines before the report: agency and year.  Titles set apart inside
 * longer lines count only before the first heading (to_embedded).
 */
static void
read_title(dsc_arena *arena, dsc_text *text, int from, int to,
		   int to_embedded, agency_pick *pick, int *year)
{
	for (int li = from; li < to; li++)
	{
		dsc_line   *line = &text->lines[li];
		const char *c;
		char	   *name;
		int			prev;

		if (line->len < 400 &&
			(c = header_title(dsc_skip_debris(dsc_line_compact(arena, line)))) != NULL)
		{
			offer_agency(pick, agency_in_title(arena, c));
			if (*year == 0)
				*year = year_in(c);
			continue;
		}
		if (!dsc_is_title_line(arena, line))
		{
			if (li < to_embedded && strstr(line->text, "报告"))
				read_embedded_title(arena, line, pick, year);
			/* a title quoted in the preamble: 《…年度报告》 */
			if (strstr(line->text, "》") == NULL)
				continue;
			c = dsc_line_compact(arena, line);
			if (strstr(c, "《") && strstr(c, "年度报告》"))
			{
				const char *q = strstr(c, "年度报告》");
				const char *o = q;

				while (o > c && strncmp(o, "《", 3) != 0)
					o--;
				name = agency_in_title(arena, dsc_strndup(arena, o, (size_t) (q - o)));
				offer_agency(pick, name);
				if (*year == 0)
					*year = year_in(o);
			}
			continue;
		}
		c = dsc_skip_debris(dsc_line_compact(arena, line));
		name = agency_in_title(arena, c);
		if (name == NULL && (prev = dsc_prev_nonblank(text, li, from)) >= 0)
		{
			const char *pc = dsc_skip_debris(
											 dsc_line_compact(arena, &text->lines[prev]));

			if (looks_like_agency(pc))
				name = dsc_strdup(arena, pc);
		}
		offer_agency(pick, name);
		if (*year == 0)
			*year = year_in(c);
	}
}

static void
set_published(dsc_report *report, int y, int m, int d)
{
	report->published_year = y;
	report->published_month = m;
	report->published_day = d;
}

/* Labels that date a page: its release first, then any date or time. */
static const char *const release_labels[] = {
	"发布时间", "发布日期", "公开时间", "公开日期", "公布时间", "公布日期"
};
static const char *const date_labels[] = {
	"成文日期", "日期", "时间"
};

/* The date right after a label at p (past a colon and spaces), or false. */
static bool
date_after_label(dsc_arena *arena, const char *p, bool need_colon,
				 int *y, int *m, int *d)
{
	size_t		n = 0;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == ':')
		p++;
	else if (need_colon)
		return false;
	/* a date, maybe spaced out ('2024 年 1 月 29 日'): compact a window */
	while (p[n] && n < 48)
		n++;
	return dsc_date_prefix(dsc_compact(arena, p, n), y, m, d) > 0;
}

/*
 * '发布时间: 2024-01-31 08:28' and the like, before the report.  With
 * anywhere false the label must open the line or follow a space, and be
 * followed by a colon ('日期: 2024年1月29日', '来源: 时间: 2023-01-09'),
 * since 日期 and 时间 are common words.
 */
static void
read_date_label(dsc_arena *arena, dsc_text *text, int from, int to,
				const char *const *labels, size_t n_labels, bool anywhere,
				dsc_report *report)
{
	for (int li = from; li < to && report->published_year == 0; li++)
	{
		const char *s = text->lines[li].text;

		if (text->lines[li].len > 2000)
			continue;			/* a header line is short */
		for (size_t i = 0; i < n_labels && report->published_year == 0; i++)
			for (const char *p = s; (p = strstr(p, labels[i])) != NULL; p++)
			{
				int			y,
							m,
							d;

				if (!anywhere && p > s && p[-1] != ' ' && p[-1] != '\t')
					continue;
				if (date_after_label(arena, p + strlen(labels[i]), !anywhere,
									 &y, &m, &d))
				{
					set_published(report, y, m, d);
					break;
				}
			}
	}
}

/* Whether the character at p ends a phrase before a signature. */
static bool
is_boundary(const char *p)
{
	static const char *const marks[] = {"。", "；", "！", "，", ")", "”", " ", "\t", ";"};

	for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++)
		if (dsc_starts_with(p, marks[i]))
			return true;
	return false;
}

/* Words that no body's name holds but the text around a signature does. */
static bool
names_no_body(const char *s)
{
	static const char *const words[] = {"事项", "情况", "报告", "信息", "费", "。"};

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strstr(s, words[i]))
			return true;
	return false;
}

/* The start of the character before p (p > s). */
static const char *
prev_char(const char *s, const char *p)
{
	const char *c = p - 1;

	while (c > s && ((unsigned char) *c & 0xC0) == 0x80)
		c--;
	return c;
}

/*
 * A dated signature at the end of a line of prose, as in page text that runs
 * on: '…无收取信息处理费情况。 平潭综合实验区财政金融局 2024年1月29日', maybe
 * followed by debris set apart (' 附件下载', ' (联系人:…)').  Returns whether
 * the line ends so; *name is the body's name when one stands right before
 * the date, delimited by a space or a full stop or the start of a line of
 * the document (line_start_real), else NULL.
 */
static bool
trailing_signature(dsc_arena *arena, const dsc_line *line, bool line_start_real,
				   int *y, int *m, int *d, const char **name)
{
	const char *s = line->text;
	size_t		len = line->len;
	const char *date = NULL;
	const char *after = NULL;
	const char *p;
	const char *q;
	bool		glued;
	char	   *run;

	*name = NULL;
	/* the last date in the tail of the line */
	for (const char *t = s + (len > 600 ? len - 600 : 0);
		 (t = memchr(t, '2', (size_t) (s + len - t))) != NULL; t++)
	{
		int			yy,
					mm,
					dd;
		int			n;

		if (t > s && is_digit(t[-1]))
			continue;
		if ((n = dsc_date_prefix(t, &yy, &mm, &dd)) > 0)
		{
			date = t, after = t + n;
			*y = yy, *m = mm, *d = dd;
		}
	}
	if (date == NULL)
		return false;
	/* after it: nothing, or a little debris set apart */
	for (p = after; *p == ' ' || *p == '\t'; p++)
		;
	if (*p != '\0' &&
		((p == after && *p != '(') || strstr(p, "。") ||
		 dsc_char_count(p, strlen(p)) > 40))
		return false;
	/* before it: a space or a full stop, or a name glued on */
	for (q = date; q > s && (q[-1] == ' ' || q[-1] == '\t'); q--)
		;
	glued = q == date;
	if (q == s)
		return line_start_real || !glued;
	for (p = q; p > s && (unsigned char) p[-1] >= 0x80; p = prev_char(s, p))
	{
		const char *c = prev_char(s, p);

		if (is_boundary(c) || dsc_starts_with(c, "、"))
			break;
	}
	if (p == q)
	{
		const char *c = prev_char(s, q);

		return is_boundary(c) || *c == '.' || (!glued && (unsigned char) *c < 0x80);
	}
	run = dsc_strndup(arena, p, (size_t) (q - p));
	if (!looks_like_agency(run) || names_no_body(run))
		return !glued;			/* prose runs into a glued date: not a signature */
	if ((p == s && line_start_real) || (p > s && is_boundary(prev_char(s, p))))
		*name = run;
	return true;
}

/*
 * The signature at the end: an agency line, then a date line; or both at
 * the end of the last line of prose.
 */
static void
read_signature(dsc_arena *arena, dsc_text *text, int from, int to,
			   dsc_report *report, agency_pick *pick)
{
	int			tried = 0;

	for (int li = to - 1; li >= from; li--)
	{
		dsc_line   *line = &text->lines[li];
		int			k;

		if (dsc_prev_nonblank(text, li + 1, li) < 0)
			continue;			/* blank */
		if (!dsc_is_date_line(arena, line))
		{
			int			y = 0,
						m = 0,
						d = 0;
			const char *name;
			bool		real_start = li == 0 ||
				text->lines[li - 1].source_line != line->source_line;

			/* the last few lines only: a date further up is the prose's */
			if (++tried > 3 ||
				!trailing_signature(arena, line, real_start, &y, &m, &d, &name))
				continue;
			if (report->published_year == 0)
				set_published(report, y, m, d);
			/* a name glued to prose confirms a title, never extends it */
			if (name != NULL && (pick->best == NULL || strcmp(pick->best, name) == 0))
				offer_agency(pick, name);
			return;
		}
		if (report->published_year == 0)
			dsc_parse_date(line->compact, &report->published_year,
						   &report->published_month, &report->published_day);
		k = dsc_prev_nonblank(text, li, from);
		if (k >= 0)
		{
			const char *c = dsc_skip_debris(dsc_line_compact(arena, &text->lines[k]));

			if (looks_like_agency(c))
				offer_agency(pick, dsc_strdup(arena, c));
		}
		return;
	}
}

/*
 * The year of the statistics period: '自2023年1月1日起至2023年12月31日止',
 * '统计期限为2024年1月1日至12月31日'.  Returns 0 when no line states one.
 */
static int
period_year(dsc_arena *arena, dsc_text *text, int from, int to)
{
	for (int li = from; li < to; li++)
	{
		const char *c = dsc_line_compact(arena, &text->lines[li]);

		for (const char *p = c; (p = strstr(p, "年1月1日")) != NULL; p++)
		{
			const char *end;
			int			y,
						y2;

			if (p - c < 4 || read_int(p - 4, 4, &y) != 4 ||
				(p - c > 4 && is_digit(p[-5])) || y < 2000 || y > 2100)
				continue;
			/* within a few characters: a bounded look, not strstr */
			end = NULL;
			for (const char *q = p + 3; *q && q - p < 48 && end == NULL; q++)
				if (dsc_starts_with(q, "12月31日"))
					end = q;
			if (end == NULL)
				continue;
			/* the end's own year, when it has one, is the same */
			if (end - p >= 7 && strncmp(end - 3, "年", 3) == 0 &&
				read_int(end - 7, 4, &y2) == 4 && y2 != y)
				continue;
			return y;
		}
	}
	return 0;
}

/* The year the prose names most often. */
static int
most_named_year(dsc_arena *arena, dsc_text *text, int from, int to)
{
	int			counts[101] = {0};
	int			best = 0;

	for (int li = from; li < to; li++)
	{
		const char *c = dsc_line_compact(arena, &text->lines[li]);

		for (const char *q = c; *q; q++)
		{
			int			y;

			if (read_int(q, 4, &y) == 4 && !is_digit(q[4]) &&
				(q == c || !is_digit(q[-1])) &&
				strncmp(q + 4, "年", 3) == 0 && y >= 2000 && y <= 2100)
				counts[y - 2000]++;
		}
	}
	for (int y = 0; y <= 100; y++)
		if (counts[y] > counts[best])
			best = y;
	return counts[best] > 0 ? 2000 + best : 0;
}

/* ---- stated numbers ---- */

/* Bytes in the character at p (1 for a stray byte). */
static int
char_len(const char *p)
{
	int			n = dsc_utf8_len((unsigned char) *p);

	return n ? n : 1;
}

/* Punctuation that ends a clause. */
static bool
is_break(const char *p)
{
	return *p == ',' || *p == ';' || *p == '.' || *p == ':' ||
		dsc_starts_with(p, "。") || dsc_starts_with(p, "，") ||
		dsc_starts_with(p, "；") || dsc_starts_with(p, "、");
}

static bool
count_word_at(const char *p, int *len)
{
	static const char *const words[] = {"件", "个", "条", "份", "宗"};

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (dsc_starts_with(p, words[i]))
		{
			*len = (int) strlen(words[i]);
			return true;
		}
	return false;
}

/*
 * After a verb such as 收到 at p: '…申请N件' or 'N件…申请' within a short
 * window.  Returns the number or -1.
 */
static int
requests_after(const char *p)
{
	const char *q = p;
	bool		saw_request = false;
	int			value;
	int			n;
	int			wlen;

	for (int chars = 0; chars < 14 && *q && !is_break(q); chars++)
	{
		if (is_digit(*q))
		{
			n = read_int(q, 9, &value);
			if (n == 0 || !count_word_at(q + n, &wlen))
				return -1;
			if (saw_request)
				return value;
			/* 'N件政府信息公开申请' */
			q += n + wlen;
			for (int k = 0; k < 10 && *q && !is_break(q); k++)
			{
				if (dsc_starts_with(q, "申请"))
					return value;
				q += char_len(q);
			}
			return -1;
		}
		if (dsc_starts_with(q, "申请"))
			saw_request = true;
		q += char_len(q);
	}
	return -1;
}

/* Whether needle starts within max characters of p, in the same clause. */
static bool
clause_has(const char *p, int max, const char *needle)
{
	for (int chars = 0; chars < max && *p && !is_break(p); chars++)
	{
		if (dsc_starts_with(p, needle))
			return true;
		p += char_len(p);
	}
	return false;
}

/*
 * The number of requests a line of prose states, or -1: the earliest of
 * '未收到…申请' (0) and '收到/受理 … N件'.  strstr finds the candidates, so
 * the scan stays fast on long prose.
 */
static int
stated_requests_in(const char *c)
{
	static const char *const verbs[] = {"收到", "受理", "接到", "接收"};
	static const char *const none[] = {"未收到", "没有收到", "未接到", "未受理"};
	const char *best = NULL;
	int			value = -1;

	for (size_t i = 0; i < sizeof(none) / sizeof(none[0]); i++)
		for (const char *p = c; (p = strstr(p, none[i])) != NULL; p++)
			if (clause_has(p + strlen(none[i]), 12, "申请"))
			{
				if (best == NULL || p < best)
					best = p, value = 0;
				break;
			}
	for (size_t i = 0; i < sizeof(verbs) / sizeof(verbs[0]); i++)
		for (const char *p = c; (p = strstr(p, verbs[i])) != NULL; p++)
		{
			int			v;

			if (best != NULL && p >= best)
				break;
			/* '未收到' starts one character earlier: it was tried above */
			if ((v = requests_after(p + strlen(verbs[i]))) >= 0)
			{
				best = p, value = v;
				break;
			}
		}
	return value;
}

static int
stated_proactive_in(const char *c)
{
	const char *p = c;

	while ((p = strstr(p, "主动公开政府信息")) != NULL)
	{
		const char *q = p + strlen("主动公开政府信息");
		int			value;
		int			n;
		int			wlen;
		bool		cumulative = false;

		/* '累计主动公开' counts all years, not this one */
		for (const char *b = p; b > c && p - b < 12; b--)
			if (dsc_starts_with(b, "累计"))
				cumulative = true;
		if (dsc_starts_with(q, "共"))
			q += strlen("共");
		n = read_int(q, 9, &value);
		if (n > 0 && count_word_at(q + n, &wlen) && !cumulative)
			return value;
		p = q;
	}
	return -1;
}

static void
read_stated(dsc_arena *arena, dsc_text *text, int from, int to,
			dsc_report *report)
{
	for (int li = from; li < to; li++)
	{
		const char *c = dsc_line_compact(arena, &text->lines[li]);
		int			v;

		if (!report->stated_requests.known && (v = stated_requests_in(c)) >= 0)
		{
			report->stated_requests.value = v;
			report->stated_requests.known = true;
		}
		if (!report->stated_proactive.known && (v = stated_proactive_in(c)) >= 0)
		{
			report->stated_proactive.value = v;
			report->stated_proactive.known = true;
		}
	}
}

bool
dsc_text_mentions(dsc_arena *arena, dsc_text *text, int from, int to,
				  const char *needle)
{
	for (int li = from; li < to; li++)
		if (strstr(dsc_line_compact(arena, &text->lines[li]), needle))
			return true;
	return false;
}

void
dsc_read_meta(dsc_arena *arena, dsc_text *text, const dsc_span *span,
			  dsc_report *report)
{
	agency_pick pick = {0};
	int			year = 0;
	int			prose_end = span->heading[DSC_SEC_PROACTIVE] >= 0 ?
		span->heading[DSC_SEC_PROACTIVE] : span->last;
	int			prose_start = span->heading[DSC_SEC_OVERVIEW] >= 0 ?
		span->heading[DSC_SEC_OVERVIEW] : span->pre_start;

	read_title(arena, text, span->pre_start, prose_end, span->first, &pick, &year);
	read_date_label(arena, text, span->pre_start, span->first, release_labels,
					sizeof(release_labels) / sizeof(release_labels[0]), true, report);
	read_signature(arena, text, span->last, span->post_end, report, &pick);
	read_date_label(arena, text, span->pre_start, span->first, date_labels,
					sizeof(date_labels) / sizeof(date_labels[0]), false, report);
	if (year == 0)
		year = period_year(arena, text, span->pre_start, prose_end);
	if (year == 0)
		year = most_named_year(arena, text, prose_start, prose_end);
	report->agency = pick.best;
	report->year = year;
	if (pick.conflict)
		dsc_report_note(arena, report,
						"the text names more than one agency; kept \"%s\"",
						pick.best);
	if (year == 0)
		dsc_report_note(arena, report, "the report year was not found");
	read_stated(arena, text, prose_start, prose_end, report);
}
