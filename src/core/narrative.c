/*
 * narrative.c
 *	  What the narrative checks read of a report's prose: the texts of
 *	  sections 五 and 六, and the sentences that state a year's figures, the
 *	  fees, or that every request was completed.
 *
 * Nothing here runs while a document is parsed: the parse only keeps where
 * the report's lines are (dsc_keep_narrative_source), and the text is read
 * when a check or the SQL result asks for it (dsc_report_narrative).  The
 * sentences are picked by cheap tests; the rules (check_narrative.c) read
 * them closely.
 */
/* memmem */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include "dsc_internal.h"

#include <string.h>

/* The report's lines, as the parse left them. */
struct dsc_narrative_source
{
	dsc_text	text;
	dsc_span	span;
};

/* At most this many characters of 五 and 六 are kept. */
#define SECTION_MAX_CHARS 200
/* ... and of one statement, around what made it one. */
#define STATEMENT_BEFORE_CHARS 60
#define STATEMENT_MAX_CHARS 160
/* The lines before the first heading that may hold the preamble. */
#define PREAMBLE_LINES 12
/* A sentence is read at most this far around the marker found in it. */
#define SENTENCE_BEFORE_BYTES 300
#define SENTENCE_AFTER_BYTES 600

void
dsc_keep_narrative_source(dsc_arena *arena, const dsc_text *text,
						  const dsc_span *span, dsc_report *r)
{
	struct dsc_narrative_source *s = dsc_alloc(arena, sizeof(*s));

	s->text = *text;
	s->span = *span;
	r->narrative_source = s;
}

/* The first place of word in [s, e), or NULL. */
const char *
dsc_find_in(const char *s, const char *e, const char *word)
{
	return s < e ? memmem(s, (size_t) (e - s), word, strlen(word)) : NULL;
}

/* The lines [from, to) without blanks, joined; the first skip bytes dropped. */
static char *
join_lines(dsc_arena *arena, const dsc_text *text, int from, int to)
{
	size_t		len = 0;
	char	   *out;

	if (to > text->n_lines)
		to = text->n_lines;
	for (int li = from; li < to; li++)
		len += text->lines[li].len;
	out = dsc_alloc(arena, len + 1);
	len = 0;
	for (int li = from; li < to; li++)
	{
		const dsc_line *line = &text->lines[li];

		if (line->compact != NULL)
		{
			memcpy(out + len, line->compact, line->compact_len);
			len += line->compact_len;
		}
		else if (memchr(line->text, ' ', line->len) == NULL &&
				 memchr(line->text, '\t', line->len) == NULL)
		{
			memcpy(out + len, line->text, line->len);
			len += line->len;
		}
		else
			for (size_t i = 0; i < line->len; i++)
				if (line->text[i] != ' ' && line->text[i] != '\t')
					out[len++] = line->text[i];
	}
	out[len] = '\0';
	return out;
}

/* s cut to at most max characters, marked with … when cut. */
static const char *
cut_chars(dsc_arena *arena, const char *s, size_t len, int max)
{
	size_t		n = 0;
	int			chars = 0;
	char	   *out;

	/*
	 * Whole characters: a character starts at each byte that is no 10xxxxxx;
	 * a lead byte's own continuation bytes are stepped over at once.
	 */
	while (n < len)
	{
		unsigned char c = (unsigned char) s[n];

		if ((c & 0xC0) == 0x80)
		{
			n++;
			continue;
		}
		if (chars++ == max)
			break;
		n += c < 0xE0 ? 1 : c < 0xF0 ? 3 : 4;
	}
	if (n > len)
		n = len;
	if (n >= len)
		return dsc_strndup(arena, s, len);
	out = dsc_alloc(arena, n + sizeof("…"));
	memcpy(out, s, n);
	memcpy(out + n, "…", sizeof("…"));
	return out;
}

/*
 * Where a section's own text starts in its compact heading line: after the
 * words that name it and the words that end such a heading
 * ('五、存在的主要问题及改进情况', '…及明年工作计划', '六、其他需要报告的事项').
 */
static const char *
after_heading(const char *c, dsc_section sec)
{
	static const char *const problems[] = {"存在的主要问题", "主要问题", "突出问题", "问题"};
	static const char *const other[] = {"其他需要报告", "其他需要说明", "其他需说明", "其他"};
	static const char *const tails[] = {"情况", "措施", "计划", "方向", "打算", "举措", "思路", "事项"};
	const char *const *words = sec == DSC_SEC_PROBLEMS ? problems : other;
	const char *p = NULL;
	const char *best = NULL;

	const char *end = c + strlen(c);
	const char *lim;

	/* the heading is short: its words within its first 48 characters */
	if (end - c > 48 * 3)
		end = c + 48 * 3;
	for (int w = 0; w < 4 && p == NULL; w++)
		if ((p = dsc_find_in(c, end, words[w])) != NULL)
			p += strlen(words[w]);
	if (p == NULL)
		return c + strlen(c);
	/* the heading's last words, within a few characters */
	for (lim = p; *lim && lim - p < 8 * 3 + 6; lim++)
		;
	for (size_t t = 0; t < sizeof(tails) / sizeof(tails[0]); t++)
	{
		const char *hit = dsc_find_in(p, lim, tails[t]);

		if (hit != NULL && (best == NULL || hit < best))
			best = hit + strlen(tails[t]);
	}
	if (best != NULL)
		p = best;
	while (*p == ':' || *p == ',' || *p == '.' || dsc_starts_with(p, "。"))
		p += *p == ':' || *p == ',' || *p == '.' ? 1 : 3;
	return p;
}

/*
 * The text of section 五 or 六 after its heading, or NULL without one: only
 * as many lines as the characters kept need are read.
 */
static const char *
section_text(dsc_arena *arena, const struct dsc_narrative_source *s,
			 dsc_section sec)
{
	int			h = s->span.heading[sec];
	int			end = dsc_section_end(&s->span, sec);
	int			to;
	size_t		bytes = 0;
	char	   *joined;
	const char *start;

	if (h < 0 || h >= s->text.n_lines)
		return NULL;
	/* the heading, and lines enough for SECTION_MAX_CHARS after it */
	for (to = h; to < end && to < s->text.n_lines && bytes < 8 * SECTION_MAX_CHARS; to++)
		bytes += s->text.lines[to].len;
	joined = join_lines(arena, &s->text, h, to);
	start = after_heading(joined, sec);
	return cut_chars(arena, start, strlen(start), SECTION_MAX_CHARS);
}

/* The value of the year written at p ('2023年'), or 0. */
int
dsc_year_at(const char *start, const char *p)
{
	if (p > start && p[-1] >= '0' && p[-1] <= '9')
		return 0;
	for (int i = 0; i < 4; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	if (p[0] != '2' || p[1] != '0' || !dsc_starts_with(p + 4, "年"))
		return 0;
	return (p[2] - '0') * 10 + (p[3] - '0') + 2000;
}

/*
 * The words that can make a sentence kept, found by their last byte (rare
 * among the continuation bytes, so memchr skips most text): 办结, 答复, 费,
 * and a year other than the report's ('2022年' in the 2023 report, found by
 * its 2).
 */
static const char *const markers[] = {"办结", "答复", "费", "2"};

#define N_MARKERS 4
#define MARKER_YEAR 3

/*
 * Whether the marker m at hit makes its sentence [s, e) one to keep: a
 * claim that all were completed (全部, 均, 所有, 100% with 办结 or 答复), a
 * fee charged or not (收费, 费用, 处理费, 收取…费), another year with
 * requests, items, fees or the statistics period.
 */
static bool
keeps_sentence(const char *s, const char *e, const char *hit, int m)
{
	static const char *const claims[] = {"全部", "均", "100%", "所有"};
	static const char *const figures[] = {"申请", "主动公开", "费", "1月1日"};

	switch (m)
	{
		case MARKER_YEAR:
			for (int i = 0; i < 4; i++)
				if (dsc_find_in(hit, e, figures[i]))
					return true;
			return false;
		case 2:					/* 费 */
			return (hit - s >= 3 && memcmp(hit - 3, "收", 3) == 0) ||
				(hit - s >= 6 && memcmp(hit - 6, "处理", 6) == 0) ||
				dsc_starts_with(hit + 3, "用");
		default:				/* 办结, 答复 */
			for (int i = 0; i < 4; i++)
				if (dsc_find_in(s, e, claims[i]))
					return true;
			return false;
	}
}

/* Back or forth n characters from p, within [s, e]. */
static const char *
chars_back(const char *s, const char *p, int n)
{
	while (p > s && n > 0)
	{
		p--;
		if (((unsigned char) *p & 0xC0) != 0x80)
			n--;
	}
	return p;
}

/* Whether p ends a sentence: 。 ! ? */
static inline bool
is_sentence_end(const char *p)
{
	const unsigned char *u = (const unsigned char *) p;

	return u[0] == '!' || u[0] == '?' ||
		(u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x82);
}

/* The next place of marker m at or after p in [p, end), or end. */
static const char *
next_marker(const char *c, const char *p, const char *end, int m, int year)
{
	const char *w = markers[m];
	size_t		n = strlen(w);
	char		last = w[n - 1];

	while (p < end)
	{
		const char *hit = memchr(p, last, (size_t) (end - p));
		const char *at;

		if (hit == NULL)
			return end;
		p = hit + 1;
		at = hit - (n - 1);
		if (at < c || memcmp(at, w, n) != 0)
			continue;
		if (m != MARKER_YEAR)
			return at;
		/* '2022年', not the report's own year */
		{
			int			y = dsc_year_at(c, at);

			if (y != 0 && y != year)
				return at;
		}
	}
	return end;
}

/*
 * The kept sentences of a block of prose, appended to out.  Only the
 * sentences that hold a marker are read closely; the rest of the prose is
 * skipped by memchr.
 */
static void
read_statements(dsc_arena *arena, const char *c, int year, dsc_narrative *out)
{
	const char *end = c + strlen(c);
	const char *next[N_MARKERS];
	const char *done = c;		/* sentences before this were read */

	for (int m = 0; m < N_MARKERS; m++)
		next[m] = m == MARKER_YEAR && year == 0 ? end :
			next_marker(c, c, end, m, year);
	while (out->n_statements < DSC_NARRATIVE_MAX_STATEMENTS)
	{
		const char *hit = end;
		int			m = 0;
		const char *s;
		const char *e;

		for (int k = 0; k < N_MARKERS; k++)
			if (next[k] < hit)
				hit = next[k], m = k;
		if (hit == end)
			break;
		/* past this one ('2022年' is found by its 年) */
		next[m] = next_marker(c, hit + (m == MARKER_YEAR ? 7 : strlen(markers[m])),
							  end, m, year);
		/* its sentence, or as much of it as is near the marker */
		for (s = hit; s > done && hit - s < SENTENCE_BEFORE_BYTES &&
			 !(s[-1] == '!' || s[-1] == '?') &&
			 !(s - done >= 3 && is_sentence_end(s - 3)); s--)
			;
		while (((unsigned char) *s & 0xC0) == 0x80)
			s++;
		for (e = hit; *e && e - hit < SENTENCE_AFTER_BYTES && !is_sentence_end(e); e++)
			;
		while (*e && ((unsigned char) *e & 0xC0) == 0x80)
			e--;
		if (keeps_sentence(s, e, hit, m))
		{
			const char *from = chars_back(s, hit, STATEMENT_BEFORE_CHARS);

			/* not the sub-heading before it: '…(二)依申请公开2023年,…' */
			for (const char *p = from; p + 3 < hit; p++)
				if (*p == '(' && p[4] == ')' && (unsigned char) p[1] >= 0xE4)
					from = p + 5;
			out->statements[out->n_statements++] =
				cut_chars(arena, from, (size_t) (e - from), STATEMENT_MAX_CHARS);
			/* one statement per sentence */
			done = *e == '\0' ? e : e + (*e == '!' || *e == '?' ? 1 : 3);
			for (int k = 0; k < N_MARKERS; k++)
				if (next[k] < done)
					next[k] = next_marker(c, done, end, k, year);
		}
	}
}

/*
 * The first line of a table in [from, to): its column headers or its first
 * labels.  The prose before it is the section's.
 */
static int
table_start(const dsc_text *text, int from, int to)
{
	static const char *const marks[] = {
		"第二十条", "信息内容", "申请人情况", "本列数据", "勾稽关系", "钩稽关系",
		"本年新收"
	};

	for (int li = from; li < to && li < text->n_lines; li++)
		for (size_t m = 0; m < sizeof(marks) / sizeof(marks[0]); m++)
			if (strstr(text->lines[li].text, marks[m]) != NULL)
				return li;
	return to;
}

static void
read_narrative(dsc_arena *arena, const struct dsc_narrative_source *s,
			   int year, dsc_narrative *out)
{
	const dsc_span *span = &s->span;
	int			first_table = span->post_end;

	memset(out, 0, sizeof(*out));
	out->known = true;
	out->problems = section_text(arena, s, DSC_SEC_PROBLEMS);
	out->other_matters = section_text(arena, s, DSC_SEC_OTHER);
	/* 一 and what comes before it, up to the first table's section */
	for (int sec = DSC_SEC_PROACTIVE; sec <= DSC_SEC_REVIEW; sec++)
		if (span->heading[sec] >= 0 && span->heading[sec] < first_table)
			first_table = span->heading[sec];
	/* the title and preamble are the few lines before 一, not the page above */
	read_statements(arena,
					join_lines(arena, &s->text,
							   span->first - PREAMBLE_LINES > span->pre_start ?
							   span->first - PREAMBLE_LINES : span->pre_start,
							   first_table),
					year, out);
	/* 一 after the tables, in a report that puts its tables first */
	if (span->heading[DSC_SEC_OVERVIEW] > first_table)
		read_statements(arena,
						join_lines(arena, &s->text, span->heading[DSC_SEC_OVERVIEW],
								   dsc_section_end(span, DSC_SEC_OVERVIEW)),
						year, out);
	/* the prose of 二 and 三 before their tables */
	for (int sec = DSC_SEC_PROACTIVE; sec <= DSC_SEC_REQUESTS; sec++)
	{
		int			h = span->heading[sec];

		if (h >= 0)
			read_statements(arena,
							join_lines(arena, &s->text, h + 1,
									   table_start(&s->text, h + 1,
												   dsc_section_end(span, sec))),
							year, out);
	}
	/* 六 after its heading, to the report's end */
	if (span->heading[DSC_SEC_OTHER] >= 0)
		read_statements(arena,
						after_heading(join_lines(arena, &s->text,
												 span->heading[DSC_SEC_OTHER],
												 dsc_section_end(span, DSC_SEC_OTHER)),
									  DSC_SEC_OTHER),
						year, out);
}

void
dsc_report_narrative(dsc_arena *arena, const dsc_report *r, dsc_narrative *out)
{
	if (r->narrative.known || r->narrative_source == NULL)
	{
		*out = r->narrative;
		return;
	}
	read_narrative(arena, r->narrative_source, r->year, out);
}
