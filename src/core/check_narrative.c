/*
 * check_narrative.c
 *	  The narrative checks: what the prose says against the tables and the
 *	  report's year (see dsc_check.h; the prose is read by narrative.c).
 *
 *	  problems_empty   section 五 is empty or says only 无
 *	  fees_stated      the prose says no fee was charged, against the tables
 *	  statement_year   the report's own figures stated for another year
 *	  all_completed    every request said to be completed, yet some are
 *	                   carried forward to next year
 *
 * Each rule fires only on words that say so plainly; a sentence that
 * compares with another year, plans, or speaks of something else (提案,
 * 复议) says nothing here.
 */
#include "dsc_check.h"
#include "dsc_internal.h"

#include <stdlib.h>
#include <string.h>

static const dsc_number_pair no_numbers = {false, 0, false, 0};

/* Whether p starts a clause break: , ; : 。 (folded to ASCII but 。). */
static bool
is_clause_break(const char *p)
{
	return *p == ',' || *p == ';' || *p == ':' || dsc_starts_with(p, "。");
}

/* The start of the clause that holds p. */
static const char *
clause_start(const char *s, const char *p)
{
	while (p > s && !is_clause_break(p - 1) &&
		   !(p - s >= 3 && dsc_starts_with(p - 3, "。")))
		p--;
	return p;
}

/* The end of the clause that holds p. */
static const char *
clause_end(const char *p)
{
	while (*p && !is_clause_break(p))
		p++;
	return p;
}

/* Whether any of the words occurs in [s, e). */
static bool
any_in(const char *s, const char *e, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (dsc_find_in(s, e, words[i]) != NULL)
			return true;
	return false;
}

#define ANY_IN(s, e, words) any_in((s), (e), (words), sizeof(words) / sizeof((words)[0]))

/* The first 40 characters of a statement, for a location. */
static const char *
excerpt(dsc_arena *arena, const char *s)
{
	size_t		n = 0;

	for (int chars = 0; s[n] && chars < 40; chars++)
	{
		int			l = dsc_utf8_len((unsigned char) s[n]);

		n += l ? (size_t) l : 1;
	}
	return dsc_printf(arena, "%.*s%s", (int) n, s, s[n] ? "…" : "");
}

/* ---- problems_empty ---- */

static void
check_problems(dsc_arena *arena, const dsc_narrative *n, dsc_findings *out)
{
	static const char *const nothing[] = {"", "无", "暂无", "没有", "无问题", "暂无问题"};
	const char *s = n->problems;
	size_t		len;

	if (s == NULL)
		return;
	len = strlen(s);
	/* without the punctuation around it */
	while (len > 0 && (s[len - 1] == '.' || s[len - 1] == ',' || s[len - 1] == ';'))
		len--;
	while (len >= 3 && dsc_ends_with_n(s, len, "。"))
		len -= 3;
	for (size_t i = 0; i < sizeof(nothing) / sizeof(nothing[0]); i++)
		if (strlen(nothing[i]) == len && strncmp(s, nothing[i], len) == 0)
		{
			dsc_add_finding(arena, out, "problems_empty", DSC_SEVERITY_WARNING,
				"narrative.problems (五、存在的主要问题及改进情况)", no_numbers,
				"Section 五 (存在的主要问题及改进情况) %s; the template requires the body to state the main problems of its disclosure work and how it will improve them.",
				len == 0 ? "is empty" : dsc_printf(arena, "says only “%.*s”", (int) len, s));
			return;
		}
}

/* ---- fees_stated ---- */

/* Table two's fees: the 2021 amount, or the 2019 count of fee items. */
static bool
table_fees(const dsc_report *r, double *value, const char **label)
{
	double		previous = 0,
				change = 0;
	bool		amount = false,
				items = false;

	for (int i = 0; i < r->n_proactive; i++)
	{
		const dsc_proactive_item *p = &r->proactive[i];

		if (strcmp(p->item, "fees") != 0 || p->value == NULL)
			continue;
		if (strcmp(p->measure, "amount_wan_yuan") == 0)
			*value = strtod(p->value, NULL), amount = true;
		else if (strcmp(p->measure, "previous_count") == 0)
			previous = strtod(p->value, NULL), items = true;
		else if (strcmp(p->measure, "change") == 0)
			change = strtod(p->value, NULL);
	}
	if (amount)
	{
		*label = "本年收费金额, 万元";
		return true;
	}
	if (items)
	{
		*value = previous + change;
		*label = "上一年项目数量 + 本年增/减";
		return true;
	}
	return false;
}

/*
 * Whether the statement denies 行政事业性收费, or any fee at all without
 * naming the requests ('本年度无收费', but not '未向申请人收取任何费用',
 * which speaks of the information-processing fee only).
 */
static bool
denies_fees(const char *s)
{
	static const char *const negations[] = {"无", "未", "没有", "不"};
	static const char *const bare[] = {"无收费", "未收费", "没有收费", "不收费", "未收取任何费用", "未收取费用"};
	static const char *const scoped[] = {"申请", "信息处理费", "信息公开", "处理费"};
	const char *e = s + strlen(s);
	const char *hit = dsc_find_in(s, e, "行政事业性收费");

	if (hit != NULL)
	{
		const char *c = clause_start(s, hit);

		/* '无行政事业性收费', '未收取行政事业性收费', not '…收费5万元' */
		return ANY_IN(c, hit, negations);
	}
	return ANY_IN(s, e, bare) && !ANY_IN(s, e, scoped);
}

/* The amount in 万元 the statement gives for 行政事业性收费, or -1. */
static double
stated_fee_amount(const char *s)
{
	const char *hit = dsc_find_in(s, s + strlen(s), "行政事业性收费");
	const char *end;

	if (hit == NULL)
		return -1;
	end = clause_end(hit);
	for (const char *p = hit; p < end; p++)
		if (*p >= '0' && *p <= '9')
		{
			char	   *after;
			double		v = strtod(p, &after);

			if (dsc_starts_with(after, "万元"))
				return v;
			if (dsc_starts_with(after, "元"))
				return v / 10000;
			return -1;
		}
	return -1;
}

/* '不收取信息处理费', '免收费用': the body says it charges nothing. */
static bool
refuses_fees(const char *s)
{
	static const char *const words[] = {"不收取", "免收", "不收费"};
	const char *e = s + strlen(s);

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
	{
		const char *hit = dsc_find_in(s, e, words[i]);

		if (hit != NULL && dsc_find_in(hit, clause_end(hit), "费") != NULL)
			return true;
	}
	return false;
}

static void
check_fees(dsc_arena *arena, const dsc_report *r, const dsc_narrative *n,
		   dsc_findings *out)
{
	double		fees = 0;
	const char *label = NULL;
	bool		known = table_fees(r, &fees, &label);
	const dsc_int *no_fee = &r->requests[DSC_ROW_OTHER_NO_FEE][DSC_COL_TOTAL];

	for (int i = 0; i < n->n_statements; i++)
	{
		const char *s = n->statements[i];
		double		stated;

		if (known && fees > 0 && denies_fees(s))
		{
			dsc_add_finding(arena, out, "fees_stated", DSC_SEVERITY_WARNING,
				dsc_printf(arena, "statement “%s” against proactive.fees (第二十条第（八）项 行政事业性收费)",
						   excerpt(arena, s)),
				no_numbers,
				"The text says no fee was charged (“%s”), but table two gives %g for 行政事业性收费 (%s).",
				s, fees, label);
			return;
		}
		if (known && fees == 0 && strcmp(label, "本年收费金额, 万元") == 0 &&
			(stated = stated_fee_amount(s)) > 0)
		{
			dsc_add_finding(arena, out, "fees_stated", DSC_SEVERITY_WARNING,
				dsc_printf(arena, "statement “%s” against proactive.fees.amount_wan_yuan (行政事业性收费·本年收费金额)",
						   excerpt(arena, s)),
				no_numbers,
				"The text gives %g 万元 of 行政事业性收费 (“%s”), but table two gives 0 for 本年收费金额.",
				stated, s);
			return;
		}
		if (r->has_requests && no_fee->known && no_fee->value > 0 && refuses_fees(s))
		{
			dsc_add_finding(arena, out, "fees_stated", DSC_SEVERITY_WARNING,
				dsc_printf(arena, "statement “%s” against requests.other_no_fee.total (（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用·总计)",
						   excerpt(arena, s)),
				dsc_numbers(0, no_fee->value),
				"The text says the body charges no fee (“%s”), but table three closes %d requests because the applicant did not pay the fee notified (（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用), so fee notices were sent.",
				s, no_fee->value);
			return;
		}
	}
}

/* ---- statement_year ---- */

typedef enum figure_kind
{
	FIGURE_NONE,
	FIGURE_REQUESTS,			/* 收到申请N件, 未收到申请 */
	FIGURE_ITEMS,				/* 主动公开政府信息N条 */
	FIGURE_FEES,				/* 未收取信息处理费 */
	FIGURE_PERIOD				/* 统计期限 2022年1月1日至… */
} figure_kind;

/* The count N written at p as 'N件' or 'N条' (unit), or -1. */
static long
count_with_unit(const char *p, const char *unit)
{
	char	   *after;
	long		v;

	if (*p < '0' || *p > '9')
		return -1;
	v = strtol(p, &after, 10);
	return dsc_starts_with(after, unit) ? v : -1;
}

/*
 * The figure a clause states right after a year: the requests received
 * ('共收到政府信息公开申请16件', '未收到…申请'), the items published, or the
 * fees; *count is the number, -1 when none is written.
 */
static figure_kind
figure_after(const char *p, const char *end, long *count)
{
	static const char *const verbs[] = {"收到", "受理", "新收", "接收", "接到"};
	static const char *const none[] = {"未收到", "没有收到", "未接到", "未受理", "无"};
	static const char *const not_requests[] = {"复议", "诉讼", "结转"};
	static const char *const charged[] = {"收取", "收费"};
	const char *req = dsc_find_in(p, end, "申请");

	*count = -1;
	if (req != NULL && !dsc_starts_with(req + 6, "人") &&
		!ANY_IN(p, clause_end(req), not_requests))
	{
		const char *ce = clause_end(req);

		/* '未收到政府信息公开申请': none, when no count follows */
		if (ANY_IN(p, req, none) && dsc_find_in(req, ce, "件") == NULL)
		{
			*count = 0;
			return FIGURE_REQUESTS;
		}
		/* the verb before 申请, then a count after it within the clause */
		if (ANY_IN(p, req, verbs))
			for (const char *q = req; q < ce; q++)
				if ((*count = count_with_unit(q, "件")) >= 0)
					return FIGURE_REQUESTS;
		*count = -1;
	}
	if ((req = dsc_find_in(p, end, "主动公开")) != NULL)
	{
		const char *ce = clause_end(req);

		for (const char *q = req; q < ce; q++)
			if ((*count = count_with_unit(q, "条")) >= 0)
				return FIGURE_ITEMS;
		*count = -1;
	}
	if (dsc_find_in(p, end, "信息处理费") != NULL && ANY_IN(p, end, charged))
		return FIGURE_FEES;
	return FIGURE_NONE;
}

/*
 * Whether the year at p opens the statistics period
 * ('统计期限自2022年1月1日起至2022年12月31日止').
 */
static bool
period_at(const char *s, const char *p)
{
	static const char *const words[] = {"统计", "期限", "数据"};
	const char *e = s + strlen(s);
	const char *end = dsc_find_in(p, e, "12月31日");

	return dsc_starts_with(p + 7, "1月1日") && end != NULL &&
		dsc_char_count(p, (size_t) (end - p)) <= 24 && ANY_IN(s, e, words);
}

/* Whether the year at p is a comparison, a span or a title, not a time. */
static bool
year_is_aside(const char *s, const char *p)
{
	static const char *const before[] = {
		"比", "较", "与", "同", "上", "去", "截至", "截止", "自", "从", "至", "到",
		"于", "前", "在", "和", "及", "、"
	};
	static const char *const after[] = {
		"以来", "起", "底", "末", "初", "前", "后", "上半年", "下半年", "第",
		"之", "内", "将", "计划", "相比", "同期", "的"
	};
	const char *c = clause_start(s, p);
	const char *near = p;
	const char *y = p + 4 + 3;	/* after '2022年' */
	int			open = 0;

	/* inside 《…》: a title ('《2022年政务公开工作要点》') */
	for (const char *q = s; q < p; q++)
		if (dsc_starts_with(q, "《"))
			open++;
		else if (dsc_starts_with(q, "》") && open > 0)
			open--;
	if (open > 0)
		return true;
	for (int k = 0; k < 2 && near > c; k++)
		do
			near--;
		while (near > c && ((unsigned char) *near & 0xC0) == 0x80);
	if (ANY_IN(near, p, before))
		return true;
	if (dsc_starts_with(y, "度"))
		y += 3;
	if (*y >= '0' && *y <= '9')
		return true;			/* a date */
	for (size_t i = 0; i < sizeof(after) / sizeof(after[0]); i++)
		if (dsc_starts_with(y, after[i]))
			return true;
	return false;
}

/* Whether the count is one of the report's own figures for its kind. */
static bool
own_figure(const dsc_report *r, figure_kind kind, long count)
{
	const dsc_int *fresh = &r->requests[DSC_ROW_NEW_RECEIVED][DSC_COL_TOTAL];
	const dsc_int *carried = &r->requests[DSC_ROW_CARRIED_OVER][DSC_COL_TOTAL];

	switch (kind)
	{
		case FIGURE_REQUESTS:
			if (r->has_requests && fresh->known &&
				(count == fresh->value ||
				 (count > 0 && carried->known && count == fresh->value + carried->value)))
				return true;
			return count > 0 && r->stated_requests.known &&
				count == r->stated_requests.value;
		case FIGURE_ITEMS:
			return r->stated_proactive.known && count == r->stated_proactive.value;
		case FIGURE_FEES:
		case FIGURE_PERIOD:
			return true;
		case FIGURE_NONE:
			break;
	}
	return false;
}

static const char *
figure_name(figure_kind kind)
{
	switch (kind)
	{
		case FIGURE_REQUESTS:
			return "the requests received";
		case FIGURE_ITEMS:
			return "the items published";
		case FIGURE_FEES:
			return "the information-processing fees";
		case FIGURE_PERIOD:
			return "the statistics period";
		case FIGURE_NONE:
			break;
	}
	return "a figure";
}

/* Whether the statement names the year anywhere. */
static bool
names_year(const char *s, int year)
{
	for (const char *p = s; *p; p++)
		if (*p == '2' && dsc_year_at(s, p) == year)
			return true;
	return false;
}

static void
check_year(dsc_arena *arena, const dsc_report *r, const dsc_narrative *n,
		   dsc_findings *out)
{
	if (r->year == 0)
		return;
	for (int i = 0; i < n->n_statements; i++)
	{
		const char *s = n->statements[i];

		if (names_year(s, r->year))
			continue;
		for (const char *p = s; *p; p++)
		{
			int			y = *p == '2' ? dsc_year_at(s, p) : 0;
			const char *end;
			const char *next;
			figure_kind kind;
			long		count;

			if (y == 0)
				continue;
			if (period_at(s, p))
				kind = FIGURE_PERIOD, count = -1;
			else if (year_is_aside(s, p))
				continue;
			else
				kind = FIGURE_NONE;
			/* the figure follows the year, before another year or the sentence's end */
			for (end = next = p + 7; *end && !dsc_starts_with(end, "。"); end++)
				if (*end == '2' && dsc_year_at(s, end) != 0)
					break;
			if (kind == FIGURE_NONE)
				kind = figure_after(next, end, &count);
			if (kind == FIGURE_NONE || !own_figure(r, kind, count))
				continue;
			dsc_add_finding(arena, out, "statement_year", DSC_SEVERITY_WARNING,
				dsc_printf(arena, "statement “%s”", excerpt(arena, p)),
				dsc_numbers(r->year, y),
				"The report is for %d, but its text states %s%s for %d: “%s”. A statement of the report's own figures should name its own year; this one reads as if left from another year's report.",
				r->year, figure_name(kind),
				count >= 0 ? dsc_printf(arena, " (%ld, as this report counts them)", count) : "",
				y, s);
			break;
		}
	}
}

/* ---- all_completed ---- */

/* Where the statement says every request was completed, or NULL. */
static const char *
completion_claim(const char *s)
{
	static const char *const all[] = {"全部", "均", "所有", "一律"};
	static const char *const done[] = {"办结", "答复", "办理完毕", "处理完毕"};
	static const char *const rates[] = {"办结率", "答复率", "办复率"};
	static const char *const goals[] = {
		"力求", "力争", "确保", "争取", "努力", "目标", "要求", "将", "持续", "进一步"
	};
	const char *e = s + strlen(s);

	for (const char *p = s; p < e; p++)
	{
		const char *hit = NULL;

		for (size_t i = 0; i < sizeof(all) / sizeof(all[0]) && hit == NULL; i++)
			if (dsc_starts_with(p, all[i]))
			{
				/* 办结 or 答复 within 20 characters of the same clause */
				const char *ce = clause_end(p);
				const char *lim = p;

				for (int chars = 0; chars < 20 && lim < ce; chars++)
					lim += dsc_utf8_len((unsigned char) *lim) ? dsc_utf8_len((unsigned char) *lim) : 1;
				if (ANY_IN(p, lim, done))
					hit = p;
			}
		for (size_t i = 0; i < sizeof(rates) / sizeof(rates[0]) && hit == NULL; i++)
			if (dsc_starts_with(p, rates[i]))
			{
				const char *q = p + strlen(rates[i]);

				while (dsc_starts_with(q, "达到") || dsc_starts_with(q, "达") ||
					   dsc_starts_with(q, "为"))
					q += dsc_starts_with(q, "达到") ? 6 : 3;
				if (dsc_starts_with(q, "100%"))
					hit = p;
			}
		if (hit != NULL)
			return ANY_IN(clause_start(s, hit), hit, goals) ? NULL : hit;
	}
	return NULL;
}

static void
check_completed(dsc_arena *arena, const dsc_report *r, const dsc_narrative *n,
				dsc_findings *out)
{
	static const char *const elsewhere[] = {
		"提案", "建议", "信访", "投诉", "复议", "诉讼", "热线", "留言", "结转"
	};
	const dsc_int *forward = &r->requests[DSC_ROW_CARRIED_FORWARD][DSC_COL_TOTAL];

	if (!r->has_requests || !forward->known || forward->value <= 0)
		return;
	for (int i = 0; i < n->n_statements; i++)
	{
		const char *s = n->statements[i];
		const char *e = s + strlen(s);
		const char *claim;
		bool		other_year = false;

		if (dsc_find_in(s, e, "申请") == NULL || ANY_IN(s, e, elsewhere))
			continue;
		for (const char *p = s; *p && !other_year; p++)
			other_year = *p == '2' && dsc_year_at(s, p) != 0 &&
				dsc_year_at(s, p) != r->year;
		if (other_year || (claim = completion_claim(s)) == NULL)
			continue;
		dsc_add_finding(arena, out, "all_completed", DSC_SEVERITY_WARNING,
			dsc_printf(arena, "statement “%s” against requests.carried_forward.total (四、结转下年度继续办理·总计)",
					   excerpt(arena, claim)),
			dsc_numbers(0, forward->value),
			"The text says every request was completed or answered (“%s”), but table three carries %d forward to next year (四、结转下年度继续办理, 总计): not completed when the year ended.",
			s, forward->value);
		return;
	}
}

void
dsc_check_narrative(dsc_arena *arena, const dsc_report *r, dsc_findings *out)
{
	dsc_narrative n;

	dsc_report_narrative(arena, r, &n);
	if (!n.known)
		return;
	check_problems(arena, &n, out);
	check_fees(arena, r, &n, out);
	check_year(arena, r, &n, out);
	check_completed(arena, r, &n, out);
}
