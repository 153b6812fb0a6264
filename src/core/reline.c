/*
 * reline.c
 *	  Cut run-together page text into the template's lines.
 *
 * Text scraped from a web page often holds a whole report on one line, the
 * table cells joined: '…申请人情况自然人…其他一、本年新收政府信息公开申请数量
 * 713000074二、上年结转…'.  The rest of the parser reads lines, so such a line
 * is cut before every label of the national template (a row of table two or
 * three, a section heading) and after every section heading.  A label's own
 * ordinal goes with it: in '00000002.其他法律行政法规禁止公开' the '2.' starts
 * the next row, and the zeros end the previous one.
 *
 * Lines with cell separators ('|', tabs) are left alone: their cells already
 * say where a row ends.
 */
#include "dsc_internal.h"

#include <string.h>

typedef enum anchor_kind
{
	ANCHOR_ROW,					/* a table row label: cut before it */
	ANCHOR_HEADING,				/* a section heading: cut before and after */
	ANCHOR_NUMBERED,			/* a row label too common to cut unnumbered */
	ANCHOR_ITEM					/* a row of table two: cut after its numbers too */
} anchor_kind;

typedef struct anchor
{
	const char *word;
	anchor_kind kind;
} anchor;

/*
 * Longer words first where one contains another (行政规范性文件 before
 * 规范性文件), since the scan takes the first anchor that matches.
 */
static const anchor anchors[] = {
	/* section headings: only with an ordinal before them (see below) */
	{"总体情况", ANCHOR_HEADING},
	{"主动公开政府信息情况", ANCHOR_HEADING},
	{"主动公开政府信息的情况", ANCHOR_HEADING},
	{"收到和处理政府信息公开申请情况", ANCHOR_HEADING},
	{"收到和处理政府信息公开申请的情况", ANCHOR_HEADING},
	{"政府信息公开行政复议", ANCHOR_HEADING},
	{"政府信息公开行政法复议", ANCHOR_HEADING},
	{"因政府信息公开申请行政复议", ANCHOR_HEADING},
	{"行政复议、行政诉讼情况", ANCHOR_HEADING},
	{"存在的主要问题", ANCHOR_HEADING},
	{"存在的突出问题", ANCHOR_HEADING},
	{"其他需要报告的事项", ANCHOR_HEADING},
	{"其他需说明", ANCHOR_HEADING},
	{"其他需要说明", ANCHOR_HEADING},
	/* table two */
	{"第二十条第", ANCHOR_ROW},
	{"规章", ANCHOR_ITEM},
	{"行政规范性文件", ANCHOR_ITEM},
	{"规范性文件", ANCHOR_ITEM},
	{"行政许可", ANCHOR_ITEM},
	{"其他对外管理服务事项", ANCHOR_ITEM},
	{"行政处罚", ANCHOR_ITEM},
	{"行政强制", ANCHOR_ITEM},
	{"行政事业性收费", ANCHOR_ITEM},
	{"政府集中采购", ANCHOR_ITEM},
	/* table three */
	{"申请人情况", ANCHOR_ROW},
	{"本年新收", ANCHOR_ROW},
	{"上年结转", ANCHOR_ROW},
	{"上年度结转", ANCHOR_ROW},
	{"本年度办理结果", ANCHOR_ROW},
	{"予以公开", ANCHOR_ROW},
	{"部分公开", ANCHOR_ROW},
	{"部份公开", ANCHOR_ROW},
	{"不予公开", ANCHOR_ROW},
	{"属于国家秘密", ANCHOR_ROW},
	{"其他法律行政法规禁止公开", ANCHOR_ROW},
	{"法律和行政法规禁止公开", ANCHOR_ROW},
	{"法律行政法规禁止公开", ANCHOR_ROW},
	{"危及", ANCHOR_ROW},
	{"保护第三方", ANCHOR_ROW},
	{"属于三类内部事务", ANCHOR_ROW},
	{"属于四类过程性", ANCHOR_ROW},
	{"属于行政执法案卷", ANCHOR_ROW},
	{"属于行政查询事项", ANCHOR_ROW},
	{"无法提供", ANCHOR_ROW},
	{"本机关不掌握", ANCHOR_ROW},
	{"没有现成信息", ANCHOR_ROW},
	{"补正后申请内容", ANCHOR_ROW},
	{"不予处理", ANCHOR_ROW},
	{"信访举报投诉", ANCHOR_ROW},
	{"重复申请", ANCHOR_ROW},
	{"要求提供公开出版物", ANCHOR_ROW},
	{"无正当理由大量反复", ANCHOR_ROW},
	{"要求行政机关确认", ANCHOR_ROW},
	{"其他处理", ANCHOR_ROW},
	{"申请人无正当理由逾期不补正", ANCHOR_ROW},
	{"申请人逾期未按收费通知", ANCHOR_ROW},
	{"结转下年度", ANCHOR_ROW},
	/* table four: its header, so that the numbers after it stand apart */
	{"行政复议行政诉讼", ANCHOR_ROW},
	/* last: words that other anchors contain */
	{"其他", ANCHOR_NUMBERED},
	{"总计", ANCHOR_NUMBERED},
	{"合计", ANCHOR_NUMBERED},
};

#define N_ANCHORS (sizeof(anchors) / sizeof(anchors[0]))

/* Words that end a heading: the text after them is the section's. */
static const char *const heading_ends[] = {"情况", "事项"};

/* Chinese numerals that number sections and groups. */
static const char *const numerals[] = {
	"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"
};

/* Whether s[0..3) is one of the numerals. */
static bool
is_numeral(const char *s)
{
	for (size_t i = 0; i < sizeof(numerals) / sizeof(numerals[0]); i++)
		if (memcmp(s, numerals[i], 3) == 0)
			return true;
	return false;
}

/*
 * The start of the ordinal that numbers a label at pos, or pos when there is
 * none: '2.', '2、', '(三)', '三、', '表三:'.  Only one digit is taken, so the
 * digits of the row before stay with it.
 */
static size_t
ordinal_start(const char *s, size_t start, size_t pos)
{
	size_t		p = pos;

	while (p > start && s[p - 1] == ' ')
		p--;
	/* 2. or 2、 */
	if (p >= start + 2 && s[p - 1] == '.' && s[p - 2] >= '0' && s[p - 2] <= '9')
		return p - 2;
	if (p >= start + 4 && memcmp(s + p - 3, "、", 3) == 0)
	{
		if (s[p - 4] >= '0' && s[p - 4] <= '9')
			return p - 4;
		if (p >= start + 6 && is_numeral(s + p - 6))
			return p - 6;
	}
	/* (三) */
	if (p >= start + 5 && s[p - 1] == ')' && is_numeral(s + p - 4) && s[p - 5] == '(')
		return p - 5;
	/* 表三: or 表三 */
	if (p >= start + 1 && s[p - 1] == ':')
		p--;
	if (p >= start + 6 && is_numeral(s + p - 3) && memcmp(s + p - 6, "表", 3) == 0)
		return p - 6;
	return pos;
}

/*
 * The ordinal of a heading whose words come a little after it:
 * '五、政府信息公开工作存在的主要问题', '五、当前存在的突出问题'.  Looks back up to
 * ten characters for 'X、'; returns pos when there is none.
 */
static size_t
heading_start(const char *s, size_t pos)
{
	size_t		p = ordinal_start(s, 0, pos);

	if (p != pos)
		return p;
	for (int back = 1; back <= 10 && pos >= (size_t) back * 3 + 3; back++)
	{
		size_t		q = pos - (size_t) back * 3;

		if (memcmp(s + q, "、", 3) == 0 && is_numeral(s + q - 3))
			return q - 3;
		/* only Chinese characters between the ordinal and the words */
		if ((unsigned char) s[q] < 0xE0)
			break;
	}
	return pos;
}

/*
 * Where a heading ends: right after its words when they end in 情况 or 事项,
 * else after the next 情况 or 事项 close by.
 */
static size_t
heading_end(const char *s, size_t len, size_t word)
{
	size_t		limit = word + 3 * 24;

	for (size_t i = 0; i < sizeof(heading_ends) / sizeof(heading_ends[0]); i++)
		if (word >= 6 && memcmp(s + word - 6, heading_ends[i], 6) == 0)
			return word;

	if (limit > len)
		limit = len;
	for (size_t p = word; p + 6 <= limit; p++)
		for (size_t i = 0; i < sizeof(heading_ends) / sizeof(heading_ends[0]); i++)
			if (memcmp(s + p, heading_ends[i], 6) == 0)
				return p + 6;
	return word;
}

/*
 * Whether a label the anchors may not know starts at p, glued to the numbers
 * of the row before: an ordinal ('8二、上年度结转…', '3 (二)部份公开…',
 * '00000005.属于内部事务信息') or a total row ('0000000总计', '0合计') right
 * after a digit.  Labels that vary
 * from site to site are cut so by their shape, not their words.
 */
static bool
glued_label_at(const char *s, size_t len, size_t p)
{
	size_t		q = p;

	while (q > 0 && s[q - 1] == ' ')
		q--;
	if (q == 0 || s[q - 1] < '0' || s[q - 1] > '9')
		return false;
	/* '00000005.属于内部…': the last digit numbers the next row (1 to 9) */
	if (s[p] >= '1' && s[p] <= '9')
		return q == p && p + 5 <= len &&
			(s[p + 1] == '.' || memcmp(s + p + 1, "、", 3) == 0) &&
			(unsigned char) s[p + (s[p + 1] == '.' ? 2 : 4)] >= 0xE4;
	if (s[p] == '(')
		return p + 5 <= len && is_numeral(s + p + 1) && s[p + 4] == ')';
	if (p + 6 > len)
		return false;
	return (is_numeral(s + p) && memcmp(s + p + 3, "、", 3) == 0) ||
		memcmp(s + p, "总计", 6) == 0 || memcmp(s + p, "合计", 6) == 0;
}

/*
 * The end of the numbers that follow a table-two label: digits, signs,
 * points, spaces, and a money unit after them; from itself when none.  A
 * digit with 、 after it is the ordinal of what follows ('…采购17 8810055
 * 3、收到…'), not a number.
 */
static size_t
numbers_end(const char *s, size_t len, size_t from)
{
	static const char *const units[] = {"万元", "亿元", "元"};
	size_t		p = from;
	bool		digits = false;

	while (p < len && ((s[p] >= '0' && s[p] <= '9') || s[p] == '.' ||
					   s[p] == ',' || s[p] == '-' || s[p] == ' '))
	{
		if (s[p] >= '0' && s[p] <= '9')
		{
			if (p > from && s[p - 1] == ' ' && p + 4 <= len &&
				memcmp(s + p + 1, "、", 3) == 0)
				break;
			digits = true;
		}
		p++;
	}
	if (!digits)
		return from;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (p + strlen(units[i]) <= len &&
			memcmp(s + p, units[i], strlen(units[i])) == 0)
			return p + strlen(units[i]);
	while (p > from && s[p - 1] == ' ')
		p--;
	return p;
}

/*
 * The first character of each anchor, as its three UTF-8 bytes, and a
 * bitmap of them: most characters of a page start no anchor, and one lookup
 * passes them by.  (The first byte alone would not: every CJK character
 * starts with one of six.)
 */
static bool anchors_ready;
static uint32_t anchor_first[N_ANCHORS];
static size_t anchor_len[N_ANCHORS];
static uint64_t first_char_bits[64];
/* the anchors of each slot, chained in table order: -1 ends a chain */
static int	slot_head[4096];
static int	anchor_next[N_ANCHORS];

static uint32_t
char_code(const char *s)
{
	return ((uint32_t) (unsigned char) s[0] << 16) |
		((uint32_t) (unsigned char) s[1] << 8) | (unsigned char) s[2];
}

static unsigned
char_slot(uint32_t code)
{
	return (code ^ (code >> 12)) & 4095;
}

static void
init_anchors(void)
{
	for (int i = 0; i < 4096; i++)
		slot_head[i] = -1;
	/* backwards, so that each chain keeps the table's order */
	for (int i = (int) N_ANCHORS - 1; i >= 0; i--)
	{
		unsigned	slot;

		anchor_first[i] = char_code(anchors[i].word);
		anchor_len[i] = strlen(anchors[i].word);
		slot = char_slot(anchor_first[i]);
		first_char_bits[slot / 64] |= (uint64_t) 1 << (slot % 64);
		anchor_next[i] = slot_head[slot];
		slot_head[slot] = i;
	}
	anchors_ready = true;
}

/*
 * Lines worth cutting: long, with digits, not a row of separated cells (a
 * '|' or a tab every few characters; a stray one in prose does not count),
 * and either holding a table's words or starting with a numbered heading
 * that prose may follow on the same line.  Plain prose, most of a document,
 * is passed over at the cost of a few string searches.
 */
static bool
wants_reline(const dsc_line *line)
{
	static const char *const table_words[] = {
		"本年新收", "第二十条", "结果维持", "申请人情况"
	};
	size_t		separators = 0;
	bool		wanted = false;
	const char *p = line->text;

	if (line->len < 60 || strpbrk(line->text, "0123456789") == NULL)
		return false;
	while (*p == ' ' || *p == '#' || *p == '*')
		p++;
	wanted = (unsigned char) *p >= 0xE0 && is_numeral(p) &&
		memcmp(p + 3, "、", 3) == 0;
	for (size_t i = 0; i < sizeof(table_words) / sizeof(table_words[0]) && !wanted; i++)
		wanted = strstr(line->text, table_words[i]) != NULL;
	if (!wanted)
		return false;
	/* '|', tabs and the gaps of space-aligned columns */
	for (size_t i = 0; i < line->len; i++)
		if (line->text[i] == '|' || line->text[i] == '\t' ||
			(line->text[i] == ' ' && i + 1 < line->len && line->text[i + 1] == ' ' &&
			 (i == 0 || line->text[i - 1] != ' ')))
			separators++;
	return separators * 64 < line->len;
}

typedef struct cut_list
{
	size_t	   *at;
	int			n;
	int			cap;
} cut_list;

/* Add a cut of the line whose cuts start at cuts->at[base]. */
static void
add_cut(dsc_arena *arena, cut_list *cuts, int base, size_t at)
{
	if (cuts->n > base && cuts->at[cuts->n - 1] >= at)
		return;					/* cuts only move forward */
	if (cuts->n == cuts->cap)
	{
		int			cap = cuts->cap ? cuts->cap * 2 : 32;
		size_t	   *grown = dsc_alloc(arena, sizeof(size_t) * (size_t) cap);

		if (cuts->n)
			memcpy(grown, cuts->at, sizeof(size_t) * (size_t) cuts->n);
		cuts->at = grown;
		cuts->cap = cap;
	}
	cuts->at[cuts->n++] = at;
}

/* The cut points of one line, in order, appended to cuts. */
static void
find_cuts(dsc_arena *arena, const dsc_line *line, cut_list *cuts,
		  const dsc_options *options)
{
	const char *s = line->text;
	size_t		len = line->len;
	int			base = cuts->n;

	for (size_t p = 0; p + 3 <= len; p++)
	{
		uint32_t	code;
		unsigned	slot;

		if ((p & 0xFFFF) == 0)
			dsc_check(options);
		if ((s[p] == '(' || (unsigned char) s[p] >= 0xE4 || (s[p] >= '1' && s[p] <= '9')) &&
			glued_label_at(s, len, p))
			add_cut(arena, cuts, base, p);
		/* every anchor starts with a three-byte character */
		if ((unsigned char) s[p] < 0xE0)
			continue;
		code = char_code(s + p);
		slot = char_slot(code);
		if (!(first_char_bits[slot / 64] & ((uint64_t) 1 << (slot % 64))))
		{
			p += 2;
			continue;
		}
		for (int a = slot_head[slot]; a >= 0; a = anchor_next[a])
		{
			size_t		wlen = anchor_len[a];
			size_t		start;

			if (anchor_first[a] != code || p + wlen > len ||
				memcmp(s + p, anchors[a].word, wlen) != 0)
				continue;
			start = anchors[a].kind == ANCHOR_HEADING ?
				heading_start(s, p) : ordinal_start(s, 0, p);
			if (anchors[a].kind == ANCHOR_HEADING)
			{
				size_t		end;

				/* prose names the sections too; a heading is numbered */
				if (start == p)
					break;
				end = heading_end(s, len, p + wlen);
				if (start > 0)
					add_cut(arena, cuts, base, start);
				if (end < len)
					add_cut(arena, cuts, base, end);
				p = end - 1;
			}
			else
			{
				if (anchors[a].kind == ANCHOR_NUMBERED && start == p)
					continue;
				if (start > 0)
					add_cut(arena, cuts, base, start);
				if (anchors[a].kind == ANCHOR_ITEM)
				{
					size_t		end = numbers_end(s, len, p + wlen);

					/* '行政事业性收费5949.09(二)主动公开…': prose follows */
					if (end > p + wlen && end < len)
						add_cut(arena, cuts, base, end);
					p = (end > p + wlen ? end : p + wlen) - 1;
				}
				else
					p += wlen - 1;
			}
			break;
		}
	}
}

/*
 * Two passes, so that the new lines are one allocation of the exact size:
 * on a document of a million lines, growing the array would leave copies of
 * it in the arena.
 */
void
dsc_reline(dsc_arena *arena, dsc_text *text, const dsc_options *options)
{
	cut_list	cuts = {0};		/* every cut, line after line */
	int		   *first_cut;		/* per line: where its cuts start in cuts */
	dsc_line   *lines;
	int			n = 0;

	if (!anchors_ready)
		init_anchors();
	first_cut = dsc_alloc(arena, sizeof(int) * (size_t) (text->n_lines + 1));
	for (int li = 0; li < text->n_lines; li++)
	{
		dsc_line   *line = &text->lines[li];

		if ((li & 0xFFF) == 0)
			dsc_check(options);
		line->source_line = li + 1;
		first_cut[li] = cuts.n;
		if (wants_reline(line))
			find_cuts(arena, line, &cuts, options);
	}
	first_cut[text->n_lines] = cuts.n;
	if (cuts.n == 0)
		return;
	lines = dsc_alloc(arena, sizeof(dsc_line) * (size_t) (text->n_lines + cuts.n));
	for (int li = 0; li < text->n_lines; li++)
	{
		dsc_line   *line = &text->lines[li];
		int			from_cut = first_cut[li];
		int			to_cut = first_cut[li + 1];

		if ((li & 0xFFF) == 0)
			dsc_check(options);
		if (from_cut == to_cut)
		{
			lines[n++] = *line;
			continue;
		}
		for (int k = from_cut; k <= to_cut; k++)
		{
			size_t		from = k == from_cut ? 0 : cuts.at[k - 1];
			size_t		to = k == to_cut ? line->len : cuts.at[k];
			dsc_line   *piece = &lines[n++];

			memset(piece, 0, sizeof(*piece));
			piece->text = dsc_strndup(arena, line->text + from, to - from);
			piece->len = to - from;
			piece->source_line = li + 1;
		}
	}
	text->lines = lines;
	text->n_lines = n;
}
