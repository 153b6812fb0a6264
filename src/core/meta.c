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

/* Title lines before the report: agency and year. */
static void
read_title(dsc_arena *arena, dsc_text *text, int from, int to,
		   agency_pick *pick, int *year, const dsc_options *options)
{
	for (int li = from; li < to; li++)
	{
		dsc_line   *line = &text->lines[li];
		const char *c;
		char	   *name;
		int			prev;

		if ((li & 0xFFF) == 0)
			dsc_check(options);
		if (!dsc_is_title_line(arena, line))
		{
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

/* '发布时间:2022-01-26' and the like, before the report. */
static void
read_release_label(dsc_arena *arena, dsc_text *text, int from, int to,
				   dsc_report *report, const dsc_options *options)
{
	static const char *const labels[] = {"发布时间:", "发布日期:", "发布时间", "发布日期"};

	for (int li = from; li < to && report->published_year == 0; li++)
	{
		const char *c = dsc_line_compact(arena, &text->lines[li]);

		if ((li & 0xFFF) == 0)
			dsc_check(options);
		for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
		{
			const char *p = strstr(c, labels[i]);
			char		buf[32];
			size_t		n = 0;
			int			y,
						m,
						d;

			if (p == NULL)
				continue;
			p += strlen(labels[i]);
			while (p[n] && n < sizeof(buf) - 1 &&
				   (is_digit(p[n]) || p[n] == '-' || p[n] == '/' ||
					dsc_starts_with(p + n, "年") || dsc_starts_with(p + n, "月") ||
					dsc_starts_with(p + n, "日")))
				n += is_digit(p[n]) || p[n] == '-' || p[n] == '/' ? 1 : 3;
			memcpy(buf, p, n);
			buf[n] = '\0';
			if (dsc_parse_date(buf, &y, &m, &d))
			{
				report->published_year = y;
				report->published_month = m;
				report->published_day = d;
				break;
			}
		}
	}
}

/* The signature at the end: agency line, then a date line. */
static void
read_signature(dsc_arena *arena, dsc_text *text, int from, int to,
			   dsc_report *report, agency_pick *pick,
			   const dsc_options *options)
{
	for (int li = to - 1; li >= from; li--)
	{
		dsc_line   *line = &text->lines[li];
		int			k;

		if ((li & 0xFFF) == 0)
			dsc_check(options);
		if (!dsc_is_date_line(arena, line))
			continue;
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
			dsc_report *report, const dsc_options *options)
{
	for (int li = from; li < to; li++)
	{
		const char *c = dsc_line_compact(arena, &text->lines[li]);
		int			v;

		if ((li & 0xFFF) == 0)
			dsc_check(options);
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

void
dsc_read_meta(dsc_arena *arena, dsc_text *text, const dsc_span *span,
			  dsc_report *report, const dsc_options *options)
{
	agency_pick pick = {0};
	int			year = 0;
	int			prose_end = span->heading[DSC_SEC_PROACTIVE] >= 0 ?
		span->heading[DSC_SEC_PROACTIVE] : span->last;
	int			prose_start = span->heading[DSC_SEC_OVERVIEW] >= 0 ?
		span->heading[DSC_SEC_OVERVIEW] : span->pre_start;

	read_title(arena, text, span->pre_start, prose_end, &pick, &year, options);
	read_release_label(arena, text, span->pre_start, span->first, report,
					   options);
	read_signature(arena, text, span->last, span->post_end, report, &pick,
				   options);
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
	read_stated(arena, text, prose_start, prose_end, report, options);
}
