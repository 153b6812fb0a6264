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

/* The value of the Chinese digit at p (〇, ○, 零, 一 … 九), or -1. */
static int
cn_digit(const char *p)
{
	static const char *const digits[] = {
		"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"
	};

	if (strncmp(p, "○", 3) == 0 || strncmp(p, "零", 3) == 0)
		return 0;
	for (int i = 0; i < 10; i++)
		if (strncmp(p, digits[i], 3) == 0)
			return i;
	return -1;
}

/*
 * A number from 1 to 39 in Chinese numerals at p (五, 十, 十二, 二十六,
 * 三十一): its bytes, the value in *v; 0 when there is none.
 */
static int
read_cn_small(const char *p, int *v)
{
	int			tens = 0;
	int			n = 0;
	int			unit;

	if ((unit = cn_digit(p)) > 0 && strncmp(p + 3, "十", 3) == 0)
	{
		tens = unit;			/* 二十… */
		n = 6;
	}
	else if (strncmp(p, "十", 3) == 0)
	{
		tens = 1;
		n = 3;
	}
	if ((unit = cn_digit(p + n)) > 0)
		n += 3;
	else
		unit = 0;
	*v = tens * 10 + unit;
	return *v > 0 ? n : 0;
}

/*
 * A date in Chinese numerals at s: '二〇二二年一月二十六日'.  Returns the bytes
 * it takes, or 0.
 */
static int
cn_date_prefix(const char *s, int *y, int *m, int *d)
{
	const char *p = s;
	int			n;

	*y = 0;
	for (int i = 0; i < 4; i++, p += 3)
	{
		int			digit = cn_digit(p);

		if (digit < 0)
			return 0;
		*y = *y * 10 + digit;
	}
	if (strncmp(p, "年", 3) != 0 || (n = read_cn_small(p + 3, m)) == 0 ||
		strncmp(p + 3 + n, "月", 3) != 0)
		return 0;
	p += 3 + n + 3;
	if ((n = read_cn_small(p, d)) == 0 ||
		(strncmp(p + n, "日", 3) != 0 && strncmp(p + n, "号", 3) != 0))
		return 0;
	p += n + 3;
	return valid_date(*y, *m, *d) ? (int) (p - s) : 0;
}

/* A date that is the whole string: any form dsc_date_prefix reads. */
bool
dsc_parse_date(const char *c, int *y, int *m, int *d)
{
	int			n = dsc_date_prefix(c, y, m, d);

	return n > 0 && c[n] == '\0';
}

/*
 * A date at the start of s, in compact text: '2024年1月29日', '2024-01-31'
 * (a time may follow: '2024-01-3108:28' is 31 January), '2024/1/31',
 * '2024.1.31', '二〇二四年一月二十九日'.  Returns the bytes it takes, or 0.
 */
int
dsc_date_prefix(const char *s, int *y, int *m, int *d)
{
	const char *p = s;
	int			n;

	if ((unsigned char) *s >= 0x80)
		return cn_date_prefix(s, y, m, d);
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

/* The year written in Chinese numerals at q, '二〇二三年', or 0. */
int
dsc_cn_year_at(const char *q)
{
	int			y = 0;

	for (int i = 0; i < 4; i++)
	{
		int			digit = cn_digit(q + 3 * i);

		if (digit < 0)
			return 0;
		y = y * 10 + digit;
	}
	return strncmp(q + 12, "年", 3) == 0 && y >= 2000 && y <= 2100 ? y : 0;
}

/* The first year such as 2021年 or 二〇二一年 in c, or 0. */
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
		/* 二 (E4 BA 8C) starts every year of this century */
		if ((unsigned char) *q == 0xE4 && (y = dsc_cn_year_at(q)) != 0)
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

static int	period_year(dsc_arena *arena, dsc_text *text, int from, int to,
						const dsc_options *options);

/* The statistics period's year of lines [from, to), read once: *period < 0 until then. */
static int
period_once(dsc_arena *arena, dsc_text *text, int from, int to, int *period,
			const dsc_options *options)
{
	if (*period < 0)
		*period = period_year(arena, text, from, to, options);
	return *period;
}

/*
 * A report's title with a date after it: an item of a page's list of
 * reports ('…2022年政府信息公开工作年度报告 2023-01-17', '… 发布时间：…'),
 * not the title of the page's own report.
 */
static bool
is_dated_link(const char *s)
{
	const char *end = NULL;
	int			y,
				m,
				d;

	for (const char *p = s; (p = strstr(p, "报告")) != NULL; p += 6)
		end = p + 6;
	if (end == NULL)
		return false;
	for (const char *p = end; *p; p++)
		if (is_digit(*p) && (p == end || !is_digit(p[-1])) &&
			dsc_date_prefix(p, &y, &m, &d) > 0)
			return true;
	return false;
}

/* A title line's agency and year, and where it stands. */
typedef struct title_seen
{
	const char *name;
	int			year;
	int			line;
} title_seen;

/* The title lines kept: the last ones, nearest the report. */
#define MAX_TITLES 16

/*
 * The title that names the report among several: the last one before its
 * first heading (to_embedded), since a page's links to other reports and
 * its breadcrumbs come before the article ('…统计局2022年…年度报告' in a
 * sidebar, '政府信息公开年报 > 2022年度'); without one, the first after.
 * When the titles name different years and the report's statistics period
 * names one of them, the nearest title of that year.
 */
static int
title_of_report(const title_seen *titles, int n, int to_embedded, int year)
{
	int			chosen = -1;

	for (int i = 0; i < n; i++)
		if ((year == 0 || titles[i].year == year) &&
			(chosen < 0 || titles[i].line < to_embedded))
			chosen = i;
	return chosen;
}

/*
 * Agency and year from the report's title lines: the chosen title's, a
 * longer form of its name from another title ('上海市松江区…' for '松江区…'),
 * and the year of the nearest title that has one when it has none.  Titles
 * naming another body make the pick a conflict.
 */
static int
pick_from_titles(dsc_arena *arena, dsc_text *text, const title_seen *titles,
				 int n, int from, int to, int to_embedded, agency_pick *pick,
				 int *year, int *period, const dsc_options *options)
{
	bool		years_differ = false;
	int			chosen;

	for (int i = 1; i < n; i++)
		if (titles[i].year != 0 && titles[0].year != 0 &&
			titles[i].year != titles[0].year)
			years_differ = true;
	chosen = years_differ ?
		title_of_report(titles, n, to_embedded,
						period_once(arena, text, from, to, period, options)) : -1;
	if (chosen < 0)
		chosen = title_of_report(titles, n, to_embedded, 0);
	offer_agency(pick, titles[chosen].name);
	/* the others, nearest first */
	for (int d = 1; d < n; d++)
		for (int k = -1; k <= 1; k += 2)
		{
			int			i = chosen + k * d;

			if (i >= 0 && i < n)
				offer_agency(pick, titles[i].name);
		}
	*year = titles[chosen].year;
	/* a title without its year: the statistics period before other titles */
	if (*year == 0)
		*year = period_once(arena, text, from, to, period, options);
	for (int d = 1; d < n && *year == 0; d++)
		for (int k = -1; k <= 1 && *year == 0; k += 2)
			if (chosen + k * d >= 0 && chosen + k * d < n)
				*year = titles[chosen + k * d].year;
	return titles[chosen].line;
}

/*
 * Title lines before the report: agency and year.  Titles set apart inside
 * longer lines and titles quoted in the preamble (《…年度报告》) count only
 * when there is no title line; the former only before the first heading
 * (to_embedded).  Returns the chosen title's line, or -1.  *period is the
 * statistics period's year of [from, to), read only when needed.
 */
static int
read_title(dsc_arena *arena, dsc_text *text, int from, int to,
		   int to_embedded, agency_pick *pick, int *year, int *period,
		   const dsc_options *options)
{
	int			title_line = -1;
	title_seen	titles[MAX_TITLES];
	int			n_titles = 0;
	agency_pick quoted = {0};
	int			quoted_year = 0;
	int			embedded_year = 0;

	for (int li = from; li < to; li++)
	{
		dsc_line   *line = &text->lines[li];
		const char *c;
		char	   *name;
		int			prev;

		if ((li & 0xFFF) == 0)
			dsc_check(options);
		/* the titles after the first heading count only without one before */
		if (li == to_embedded && n_titles > 0)
			break;
		if (line->len < 400 &&
			(c = header_title(dsc_skip_debris(dsc_line_compact(arena, line)))) != NULL)
			name = agency_in_title(arena, c);
		else if (!dsc_is_title_line(arena, line) || is_dated_link(line->text))
		{
			if (li < to_embedded && strstr(line->text, "报告"))
				read_embedded_title(arena, line, &quoted, &embedded_year);
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
				offer_agency(&quoted, name);
				if (quoted_year == 0)
					quoted_year = year_in(o);
			}
			continue;
		}
		else
		{
			c = dsc_skip_debris(dsc_line_compact(arena, line));
			name = agency_in_title(arena, c);
			if (name == NULL && (prev = dsc_prev_nonblank(text, li, from)) >= 0)
			{
				const char *pc = dsc_skip_debris(
												 dsc_line_compact(arena, &text->lines[prev]));

				if (looks_like_agency(pc))
					name = dsc_strdup(arena, pc);
			}
		}
		if (n_titles == MAX_TITLES)
		{
			/* a page that lists reports: the nearest titles count */
			memmove(&titles[0], &titles[1], sizeof(titles[0]) * (MAX_TITLES - 1));
			n_titles--;
		}
		titles[n_titles].name = name;
		titles[n_titles].year = year_in(c);
		titles[n_titles++].line = li;
	}
	if (n_titles > 0)
		title_line = pick_from_titles(arena, text, titles, n_titles, from, to,
									  to_embedded, pick, year, period, options);
	if (pick->best == NULL)
	{
		offer_agency(pick, quoted.best);
		pick->conflict |= quoted.conflict;
	}
	/* the report's title quoted in its preamble */
	if (*year == 0)
		*year = quoted_year;
	/* titles set apart in other lines may be links: the period first */
	if (*year == 0 && embedded_year != 0)
		*year = period_once(arena, text, from, to, period, options);
	if (*year == 0)
		*year = embedded_year;
	return title_line;
}

static void
set_published(dsc_report *report, int y, int m, int d)
{
	report->published_year = y;
	report->published_month = m;
	report->published_day = d;
}

/* Labels that date a page: its release first, then any date or time (all end in 时间 or 日期). */
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
 * The first date after one of the labels in lines [from, to): '发布时间:
 * 2024-01-31 08:28' and the like.  With anywhere false the label must open
 * the line or follow a space, and be followed by a colon ('日期: 2024年1月29日',
 * '来源: 时间: 2023-01-09'), since 日期 and 时间 are common words.
 */
static bool
read_date_label(dsc_arena *arena, dsc_text *text, int from, int to,
				const char *const *labels, size_t n_labels, bool anywhere,
				bool skip_titled, int *y, int *m, int *d,
				const dsc_options *options)
{
	for (int li = from; li < to; li++)
	{
		const char *s = text->lines[li].text;

		if ((li & 0xFFF) == 0)
			dsc_check(options);
		if (text->lines[li].len > 2000)
			continue;			/* a header line is short */
		/* every label ends in 时间 or 日期: most lines have neither */
		if (strstr(s, "时间") == NULL && strstr(s, "日期") == NULL)
			continue;
		/* a list of a site's reports, each with its date: not this one's */
		if (skip_titled && strstr(s, "报告") != NULL)
			continue;
		for (size_t i = 0; i < n_labels; i++)
			for (const char *p = s; (p = strstr(p, labels[i])) != NULL; p++)
			{
				if (!anywhere && p > s && p[-1] != ' ' && p[-1] != '\t')
					continue;
				if (date_after_label(arena, p + strlen(labels[i]), !anywhere,
									 y, m, d))
					return true;
			}
	}
	return false;
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
 * Words of a page around its article: its links to other pages, its
 * counters, then its furniture.  One pass over a line finds them all.
 */
static const char *const page_words[] = {
	"上一篇", "下一篇", "上一条", "下一条", "相关链接", "相关阅读", "相关文章",
	"相关新闻", "推荐阅读",
	"浏览次数", "阅读次数",
	"打印本页", "关闭窗口", "【打印】", "【关闭】", "扫一扫", "分享到", "版权所有",
	"主办单位", "网站标识码", "ICP备"
};
#define N_LINK_WORDS 9
#define N_COUNTER_WORDS 2
#define WORDS_UP_TO(n) ((UINT64_C(1) << (n)) - 1)

static dsc_wordset page_set = DSC_WORDSET(page_words);

/*
 * A dated line of a page's links rather than the report's signature: '上一篇：
 * 关于…的通知 2022-06-10', '相关链接：…年度报告 2021-01-25'.
 */
static bool
is_link_line(const char *s, const char *run)
{
	static const char *const title_endings[] = {
		"报告", "通知", "公告", "通告", "意见", "办法", "方案", "决定", "通报",
		"规定", "解读", "公示", "新闻", "动态"
	};

	if (dsc_wordset_scan(&page_set, s) & WORDS_UP_TO(N_LINK_WORDS + N_COUNTER_WORDS))
		return true;
	for (size_t i = 0; run != NULL && i < sizeof(title_endings) / sizeof(title_endings[0]); i++)
		if (dsc_ends_with(run, title_endings[i]))
			return true;
	return false;
}

/* Links and page furniture are short lines; prose is longer. */
#define CHROME_MAX_BYTES 300

static uint64_t
page_words_in(const dsc_line *line)
{
	if (line->len == 0 || line->len > CHROME_MAX_BYTES)
		return 0;
	return dsc_wordset_scan(&page_set, line->text);
}

/* Whether a line links to other pages: the report's page has ended there. */
static bool
links_elsewhere(const dsc_line *line)
{
	return (page_words_in(line) & WORDS_UP_TO(N_LINK_WORDS)) != 0;
}

/*
 * Where the page around the report's end starts: the first line in
 * [from, to) of links to other pages (上一篇, 相关文章) or of the site's
 * furniture (浏览次数, 打印本页, 版权所有); to when there is none.  A date
 * after it is not the report's.
 */
static int
page_chrome_from(const dsc_text *text, int from, int to,
				 const dsc_options *options)
{
	for (int li = from + 1; li < to; li++)
	{
		if ((li & 0xFFF) == 0)
			dsc_check(options);
		if (page_words_in(&text->lines[li]) != 0)
			return li;
	}
	return to;
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
	if (is_link_line(s, run))
		return false;
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
static int
read_signature(dsc_arena *arena, dsc_text *text, int from, int to,
			   dsc_report *report, agency_pick *pick,
			   const dsc_options *options)
{
	int			tried = 0;
	int			date_line = -1;
	int			end;

	/*
	 * The report's own date line is the first after its last heading: a
	 * page may go on with another body's signed notice, or links with dates;
	 * and none after the page's links or furniture is the report's.
	 */
	for (int li = from + 1; li < to && date_line < 0; li++)
	{
		if ((li & 0xFFF) == 0)
			dsc_check(options);
		if (text->lines[li].len > 0 && dsc_is_date_line(arena, &text->lines[li]))
			date_line = li;
	}
	end = page_chrome_from(text, from, date_line >= 0 ? date_line : to, options);
	to = date_line >= 0 && end == date_line ? date_line + 1 : end;
	for (int li = to - 1; li >= from; li--)
	{
		dsc_line   *line = &text->lines[li];
		int			k;

		if ((li & 0xFFF) == 0)
			dsc_check(options);
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
			return li;
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
		return li;
	}
	return -1;
}

/*
 * The year of the statistics period: '自2023年1月1日起至2023年12月31日止',
 * '统计期限为2024年1月1日至12月31日'.  Returns 0 when no line states one.
 */
static int
period_year(dsc_arena *arena, dsc_text *text, int from, int to,
			const dsc_options *options)
{
	for (int li = from; li < to; li++)
	{
		const char *c;

		if ((li & 0xFFF) == 0)
			dsc_check(options);
		c = dsc_line_compact(arena, &text->lines[li]);

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
most_named_year(dsc_arena *arena, dsc_text *text, int from, int to,
				const dsc_options *options)
{
	int			counts[101] = {0};
	int			best = 0;

	for (int li = from; li < to; li++)
	{
		const char *c = dsc_line_compact(arena, &text->lines[li]);

		if ((li & 0xFFF) == 0)
			dsc_check(options);
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

/* Punctuation that ends a clause ('、' only separates the items of a list). */
static bool
is_hard_break(const char *p)
{
	switch ((unsigned char) *p)
	{
		case ',':
		case ';':
		case '.':
		case ':':
		case '!':
		case '?':
			return true;
		case 0xE3:
			return dsc_starts_with(p, "。");
		case 0xEF:
			return dsc_starts_with(p, "，") || dsc_starts_with(p, "；");
		default:
			return false;
	}
}

static bool
is_break(const char *p)
{
	return is_hard_break(p) || dsc_starts_with(p, "、");
}

/* A stated number: its value, and whether the text says it is approximate. */
typedef struct stated
{
	int			value;			/* -1: none */
	bool		approx;			/* N余条, N多件 */
} stated;

static const stated no_stated = {-1, false};

static const char *const request_units[] = {"件", "宗", "份", "个", "条"};
static const char *const item_units[] = {"条", "件", "篇"};

/*
 * A count at p: digits, then 余 or 多 (approximate), then one of the units
 * (or, with unit_optional, no unit but no more digits either).  Returns the
 * bytes taken, or 0.
 */
static int
count_at(const char *p, const char *const *units, size_t n_units,
		 bool unit_optional, stated *out)
{
	int			n;
	int			value;
	const char *q;

	if (!is_digit(*p) || (n = read_int(p, 9, &value)) == 0 || is_digit(p[n]))
		return 0;
	q = p + n;
	if (*q == '.' || *q == '%' || dsc_starts_with(q, "年") ||
		dsc_starts_with(q, "月") || dsc_starts_with(q, "日"))
		return 0;				/* a decimal, a share, a date */
	out->value = value;
	out->approx = false;
	if (dsc_starts_with(q, "余") || dsc_starts_with(q, "多"))
	{
		out->approx = true;
		q += 3;
	}
	for (size_t i = 0; i < n_units; i++)
		if (dsc_starts_with(q, units[i]))
		{
			q += strlen(units[i]);
			/* '15个工作日' counts days */
			if (dsc_starts_with(q, "工作日") || dsc_starts_with(q, "月") ||
				dsc_starts_with(q, "小时"))
				return 0;
			return (int) (q - p);
		}
	return unit_optional && !out->approx ? (int) (q - p) : 0;
}

/* Skip words that may stand between a noun and its count: 共计, 数量, 为… */
static const char *
skip_count_fillers(const char *p)
{
	static const char *const fillers[] = {
		"共计", "合计", "总计", "累计", "总数", "数量", "共", "数", "为", "达", "了"
	};
	bool		skipped;

	do
	{
		skipped = false;
		for (size_t i = 0; i < sizeof(fillers) / sizeof(fillers[0]); i++)
			if (dsc_starts_with(p, fillers[i]))
			{
				p += strlen(fillers[i]);
				skipped = true;
				break;
			}
	} while (skipped);
	return p;
}

/*
 * After a verb such as 收到 at p: '…申请N件' (申请 right before the count,
 * maybe with 公开 or 共计 between: '依申请公开8件', '申请共计8件'), or
 * 'N件…申请', within one clause; a list ('公民、法人和其他组织') may stand
 * between.
 */
static stated
requests_after(const char *p)
{
	const char *q = p;
	bool		saw_request = false;
	stated		st;

	for (int chars = 0; chars < 40 && *q && !is_hard_break(q); chars++)
	{
		if (is_digit(*q))
		{
			int			n = count_at(q, request_units, 5, false, &st);

			if (n == 0)
				return no_stated;
			/* '收到申请公开政府信息的要求1件', close to the verb */
			if (saw_request && chars < 14)
				return st;
			/* 'N件政府信息公开申请' */
			q += n;
			for (int k = 0; k < 10 && *q && !is_break(q); k++)
			{
				if (dsc_starts_with(q, "申请"))
					return st;
				q += char_len(q);
			}
			return no_stated;
		}
		if (dsc_starts_with(q, "申请") && !dsc_starts_with(q + 6, "人"))
		{
			const char *c = q + 6;

			saw_request = true;
			if (dsc_starts_with(c, "公开"))
				c += 6;
			c = skip_count_fillers(c);
			if (count_at(c, request_units, 5, false, &st) > 0)
				return st;
		}
		q += char_len(q);
	}
	return no_stated;
}

/* Whether needle starts within max characters of p, in the same clause. */
static bool
clause_has(const char *p, int max, const char *needle)
{
	for (int chars = 0; chars < max && *p && !is_break(p); chars++)
	{
		if (dsc_starts_with(p, needle))
			return true;
		if (dsc_starts_with(p, "复议") || dsc_starts_with(p, "诉讼"))
			return false;		/* 未收到…行政复议申请: not a request */
		p += char_len(p);
	}
	return false;
}

/*
 * The number of requests a line of prose states: the earliest of
 * '未收到…申请' (0) and 'verb … 申请N件'.  The verbs that say received come
 * first; 办理 (handled), with weak, only when no line has one of those.
 * strstr finds the candidates, so the scan stays fast on long prose.
 */
static stated
stated_requests_in(const char *c, bool weak)
{
	static const char *const verbs[] = {"收到", "受理", "接到", "接收", "新收"};
	static const char *const weak_verbs[] = {"办理"};
	static const char *const none[] = {"未收到", "没有收到", "未接到", "未受理"};
	const char *const *vs = weak ? weak_verbs : verbs;
	size_t		n_vs = weak ? 1 : sizeof(verbs) / sizeof(verbs[0]);
	const char *best = NULL;
	stated		value = no_stated;

	/* every wording read below has 申请 after its verb: most lines have none */
	if (strstr(c, "申请") == NULL)
		return no_stated;
	for (size_t i = 0; !weak && i < sizeof(none) / sizeof(none[0]); i++)
		for (const char *p = c; (p = strstr(p, none[i])) != NULL; p++)
			if (clause_has(p + strlen(none[i]), 12, "申请"))
			{
				if (best == NULL || p < best)
					best = p, value.value = 0, value.approx = false;
				break;
			}
	for (size_t i = 0; i < n_vs; i++)
		for (const char *p = c; (p = strstr(p, vs[i])) != NULL; p++)
		{
			stated		v;

			if (best != NULL && p >= best)
				break;
			/* '未收到' starts one character earlier: it was tried above */
			if ((v = requests_after(p + strlen(vs[i]))).value >= 0)
			{
				best = p, value = v;
				break;
			}
		}
	return value;
}

/* Whether the clause before p (within a few characters) holds a word. */
static bool
clause_before_has(const char *start, const char *p, int max, const char *word)
{
	const char *b = p;

	for (int chars = 0; chars < max && b > start; chars++)
	{
		b = prev_char(start, b);
		if (is_hard_break(b))
			return false;
		if (dsc_starts_with(b, word))
			return true;
	}
	return false;
}

/*
 * Whether the words between a verb and a count name the government
 * information published: none ('主动公开128条'), or ending in 政府信息 or
 * 政务信息 once the count's fillers are set aside ('政府信息', '各类政府信息',
 * '公文类政府信息共'), or 信息 followed by 数 ('信息数169').  '各类信息614条'
 * and '发布信息95条' count what one channel carried, not the year's items.
 */
static bool
names_information(const char *from, const char *to)
{
	size_t		n = (size_t) (to - from);
	static const char *const tails[] = {
		"共计", "合计", "总计", "总数", "数量", "共", "数", "为", "达", "了"
	};
	bool		cut;
	bool		counted = false;

	if (n == 0)
		return true;
	do
	{
		cut = false;
		for (size_t i = 0; i < sizeof(tails) / sizeof(tails[0]); i++)
			if (n > strlen(tails[i]) && dsc_ends_with_n(from, n, tails[i]))
			{
				counted |= strstr(tails[i], "数") != NULL;
				n -= strlen(tails[i]);
				cut = true;
				break;
			}
	} while (cut);
	return dsc_ends_with_n(from, n, "政府信息") || dsc_ends_with_n(from, n, "政务信息") ||
		(counted && dsc_ends_with_n(from, n, "信息"));
}

/*
 * After 主动公开 at p: '[words naming information] N条' ('主动公开政府信息
 * 107条', '主动发布各类政府信息2428条', '主动公开128条', '主动公开信息数169'),
 * or '的 N条 政府信息' ('主动公开的107条政府信息').
 */
static stated
items_after(const char *p)
{
	const char *q = p;
	stated		st;

	bool		listed = false;	/* a list ('、') came between */

	for (int chars = 0; chars < 48 && *q && !is_hard_break(q); chars++)
	{
		if (dsc_starts_with(q, "、"))
			listed = true;
		if (is_digit(*q))
		{
			const char *words;
			bool		counted = dsc_ends_with_n(p, (size_t) (q - p), "数");
			int			n = count_at(q, item_units, 3, counted, &st);

			if (n == 0)
				return no_stated;
			/*
			 * Far from the verb, only what it names says so itself:
			 * '主动公开涵盖…重点领域动态等政府信息135条'.
			 */
			if (chars >= 16 || listed)
				return dsc_ends_with_n(p, (size_t) (q - p), "政府信息") ||
					dsc_ends_with_n(p, (size_t) (q - p), "政务信息") ? st : no_stated;
			if (names_information(p, q))
				return st;
			/* '的N条…政府信息', the count right after the verb */
			if (!(q - p == 3 && (dsc_starts_with(p, "的") || dsc_starts_with(p, "了"))))
				return no_stated;
			words = q + n;
			for (int k = 0; k < 8 && *words && !is_break(words); k++)
			{
				if (dsc_starts_with(words, "政府信息") || dsc_starts_with(words, "政务信息"))
					return st;
				words += char_len(words);
			}
			return no_stated;
		}
		q += char_len(q);
	}
	return no_stated;
}

/*
 * The number of items published a line of prose states, after 主动公开 or
 * 主动发布.  Not 应主动公开 (a category: 其他应主动公开的政府信息7条), and not
 * a count of all years (历年累计, 以来, 2021年底累计: but 2024年累计 and
 * 全年累计 count the year).  Plain 公开 or 发布 count what one
 * channel carried ('门户网站全年公开政府信息78条，官方微信…'): not taken.
 */
static stated
stated_items_in(const char *c)
{
	static const char *const verbs[] = {"主动公开", "主动发布"};
	static const char *const not_before[] = {
		"应", "历年", "以来", "至今", "年底", "月底", "年末", "截至", "截止"
	};
	const char *best = NULL;
	stated		value = no_stated;

	/* both verbs start with 主动: most lines have neither */
	if (strstr(c, "主动") == NULL)
		return no_stated;
	for (size_t i = 0; i < sizeof(verbs) / sizeof(verbs[0]); i++)
		for (const char *p = c; (p = strstr(p, verbs[i])) != NULL; p++)
		{
			stated		v;
			bool		excluded = false;

			if (best != NULL && p >= best)
				break;
			for (size_t k = 0; k < sizeof(not_before) / sizeof(not_before[0]) && !excluded; k++)
				excluded = clause_before_has(c, p, k == 0 ? 2 : 16, not_before[k]);
			if (excluded)
				continue;
			if ((v = items_after(p + strlen(verbs[i]))).value >= 0)
			{
				best = p, value = v;
				break;
			}
		}
	return value;
}

/*
 * The compact text of a line with the start of the next one: PDF text wraps
 * sentences anywhere ('受理政府' / '信息公开申请 17 件').  A line that ends
 * a sentence is taken as it is.
 */
static const char *
line_and_next(dsc_arena *arena, dsc_arena *scratch, dsc_text *text, int li,
			  int to)
{
	dsc_line   *line = &text->lines[li];
	const char *c = dsc_line_compact(arena, line);
	const char *next;
	size_t		n;
	size_t		len = line->compact_len;
	char	   *joined;

	if (li + 1 >= to || len == 0 || dsc_ends_with_n(c, len, "。") ||
		dsc_ends_with_n(c, len, "；"))
		return c;
	next = dsc_line_compact(arena, &text->lines[li + 1]);
	/* whole characters, up to 40 */
	for (int chars = n = 0; next[n] && chars < 40; chars++)
		n += char_len(next + n);
	if (n == 0)
		return c;
	/* the joined copy is needed only while its line is read */
	joined = dsc_alloc(scratch, len + n + 1);
	memcpy(joined, c, len);
	memcpy(joined + len, next, n);
	joined[len + n] = '\0';
	return joined;
}

/*
 * The first requests and items the lines state: requests in [from, to),
 * items in [from, items_to); a received wording anywhere before 办理.
 */
static void
read_stated_lines(dsc_arena *arena, dsc_text *text, int from, int to,
				  int items_to, stated *req, stated *items,
				  const dsc_options *options)
{
	dsc_arena	scratch;
	stated		handled = no_stated;
	int			end = to > items_to ? to : items_to;

	/* the lines joined for reading are dropped after it */
	dsc_arena_init_scratch(&scratch, arena);
	*req = *items = no_stated;
	for (int li = from; li < end && (req->value < 0 || items->value < 0); li++)
	{
		const char *c;

		if ((li & 0xFFF) == 0)
			dsc_check(options);
		c = line_and_next(arena, &scratch, text, li, end);

		if (li < to && req->value < 0)
		{
			*req = stated_requests_in(c, false);
			if (req->value < 0 && handled.value < 0)
				handled = stated_requests_in(c, true);
		}
		if (li < items_to && items->value < 0)
			*items = stated_items_in(c);
	}
	if (req->value < 0)
		*req = handled;
	dsc_arena_free_all(&scratch);
}

static void
read_stated(dsc_arena *arena, dsc_text *text, int from, int to, int items_to,
			dsc_report *report, const dsc_options *options)
{
	stated		req;
	stated		items;
	const dsc_int *fresh = &report->requests[DSC_ROW_NEW_RECEIVED][DSC_COL_TOTAL];
	const dsc_int *carried = &report->requests[DSC_ROW_CARRIED_OVER][DSC_COL_TOTAL];

	read_stated_lines(arena, text, from, to, items_to, &req, &items, options);
	if (req.value >= 0)
	{
		report->stated_requests.value = req.value;
		report->stated_requests.known = true;
		if (req.approx)
			dsc_report_note(arena, report,
							"stated_requests: the text gives about %d requests (%d余件); %d is kept",
							req.value, req.value, req.value);
		if (fresh->known && carried->known && carried->value > 0 &&
			req.value != fresh->value && req.value == fresh->value + carried->value)
			dsc_report_note(arena, report,
							"stated_requests: the text's %d requests count the %d new and the %d carried over from last year together",
							req.value, fresh->value, carried->value);
	}
	if (items.value >= 0)
	{
		report->stated_proactive.value = items.value;
		report->stated_proactive.known = true;
		if (items.approx)
			dsc_report_note(arena, report,
							"stated_proactive: the text gives about %d items (%d余条); %d is kept",
							items.value, items.value, items.value);
	}
}

/*
 * The page's date of release (发布时间), which goes before the signature's:
 * under the report's title; else in the page's information bar after the
 * report (after its signature, before its links to other pages); else
 * above the title, on a line that names no report (a sidebar lists the
 * site's other reports with their dates).  sign_line is the signature's
 * line, or -1.
 */
static void
read_release_date(dsc_arena *arena, dsc_text *text, const dsc_span *span,
				  int title_line, int sign_line, dsc_report *report,
				  const dsc_options *options)
{
	size_t		n = sizeof(release_labels) / sizeof(release_labels[0]);
	int			head = title_line >= span->pre_start ? title_line : span->pre_start;
	int			after = sign_line >= 0 ? sign_line + 1 : span->last + 1;
	int			after_end = after;
	int			y,
				m,
				d;

	for (; after_end < span->post_end; after_end++)
	{
		if ((after_end & 0xFFF) == 0)
			dsc_check(options);
		if (links_elsewhere(&text->lines[after_end]))
			break;
	}
	if (read_date_label(arena, text, head, span->first, release_labels, n, true,
						false, &y, &m, &d, options) ||
		read_date_label(arena, text, after, after_end, release_labels, n,
						true, true, &y, &m, &d, options) ||
		read_date_label(arena, text, span->pre_start, head, release_labels, n,
						true, true, &y, &m, &d, options))
		set_published(report, y, m, d);
}

void
dsc_read_meta(dsc_arena *arena, dsc_text *text, const dsc_span *span,
			  dsc_report *report, const dsc_options *options)
{
	agency_pick pick = {0};
	int			year = 0;
	int			title_line;
	int			period = -1;	/* period_once's, of [pre_start, prose_end) */
	int			sign_line;
	int			y,
				m,
				d;
	int			prose_end = span->heading[DSC_SEC_PROACTIVE] >= 0 ?
		span->heading[DSC_SEC_PROACTIVE] : span->last;
	int			prose_start = span->heading[DSC_SEC_OVERVIEW] >= 0 ?
		span->heading[DSC_SEC_OVERVIEW] : span->pre_start;

	/* the count of items published may come first in section 二 */
	int			items_end = span->heading[DSC_SEC_PROACTIVE] >= 0 ?
		dsc_section_end(span, DSC_SEC_PROACTIVE) : prose_end;

	title_line = read_title(arena, text, span->pre_start, prose_end, span->first,
							&pick, &year, &period, options);
	/*
	 * 一、总体情况 after the tables (a report that puts its tables first):
	 * its prose runs to the next heading, and states both counts.
	 */
	if (prose_start >= prose_end)
	{
		prose_end = dsc_section_end(span, DSC_SEC_OVERVIEW);
		if (items_end < prose_end)
			items_end = prose_end;
		period = -1;			/* of other lines now */
	}
	sign_line = read_signature(arena, text, span->last, span->post_end, report,
							   &pick, options);
	read_release_date(arena, text, span, title_line, sign_line, report, options);
	if (report->published_year == 0 &&
		read_date_label(arena, text, span->pre_start, span->first, date_labels,
						sizeof(date_labels) / sizeof(date_labels[0]), false,
						false, &y, &m, &d, options))
		set_published(report, y, m, d);
	if (year == 0)
		year = period_once(arena, text, span->pre_start, prose_end, &period, options);
	if (year == 0)
		year = most_named_year(arena, text, prose_start, prose_end, options);
	report->agency = pick.best;
	report->year = year;
	if (pick.conflict)
		dsc_report_note(arena, report,
						"the text names more than one agency; kept \"%s\"",
						pick.best);
	if (year == 0)
		dsc_report_note(arena, report, "the report year was not found");
	read_stated(arena, text, prose_start, prose_end, items_end, report, options);
}
