/*
 * check.c
 *	  Consistency checks within one report; see dsc_check.h.
 *
 * A blank cell is unknown: a rule that needs it is not applied, and the
 * blanks of a table are reported once, as one finding, rather than once per
 * rule they defeat.
 */
#include "dsc_check.h"
#include "dsc_internal.h"

#include <string.h>

static const char *const row_labels[DSC_NROWS] = {
	"一、本年新收政府信息公开申请数量",
	"二、上年结转政府信息公开申请数量",
	"（一）予以公开",
	"（二）部分公开",
	"（三）不予公开 1.属于国家秘密",
	"（三）不予公开 2.其他法律行政法规禁止公开",
	"（三）不予公开 3.危及“三安全一稳定”",
	"（三）不予公开 4.保护第三方合法权益",
	"（三）不予公开 5.属于三类内部事务信息",
	"（三）不予公开 6.属于四类过程性信息",
	"（三）不予公开 7.属于行政执法案卷",
	"（三）不予公开 8.属于行政查询事项",
	"（四）无法提供 1.本机关不掌握相关政府信息",
	"（四）无法提供 2.没有现成信息需要另行制作",
	"（四）无法提供 3.补正后申请内容仍不明确",
	"（五）不予处理 1.信访举报投诉类申请",
	"（五）不予处理 2.重复申请",
	"（五）不予处理 3.要求提供公开出版物",
	"（五）不予处理 4.无正当理由大量反复申请",
	"（五）不予处理 5.要求行政机关确认或重新出具已获取信息",
	"（六）其他处理 1.申请人无正当理由逾期不补正",
	"（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用",
	"（六）其他处理 3.其他",
	"（七）总计",
	"四、结转下年度继续办理"
};

static const char *const column_labels[DSC_NCOLS] = {
	"自然人", "法人或其他组织·商业企业", "法人或其他组织·科研机构",
	"法人或其他组织·社会公益组织", "法人或其他组织·法律服务机构",
	"法人或其他组织·其他", "总计"
};

static const char *const review_groups[3] = {"review", "suit_direct", "suit_after_review"};
static const char *const review_group_labels[3] = {
	"行政复议", "行政诉讼·未经复议直接起诉", "行政诉讼·复议后起诉"
};
static const char *const review_cols[DSC_REVIEW_NCOLS] = {
	"upheld", "corrected", "other", "pending", "total"
};
static const char *const review_col_labels[DSC_REVIEW_NCOLS] = {
	"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"
};

const char *
dsc_request_row_label(dsc_request_row row, dsc_template t)
{
	if (row == DSC_ROW_OTHER && t != DSC_TEMPLATE_2021)
		return "（六）其他处理";
	return row_labels[row];
}

const char *
dsc_column_label(int column)
{
	return column_labels[column];
}

static const dsc_number_pair no_numbers = {false, 0, false, 0};

/* Whether a row belongs to the report's template (or holds numbers anyway). */
static bool
row_present(const dsc_report *r, int row)
{
	if (r->template_kind == DSC_TEMPLATE_2021 ||
		(row != DSC_ROW_OTHER_NO_CORRECTION && row != DSC_ROW_OTHER_NO_FEE))
		return true;
	for (int c = 0; c < DSC_NCOLS; c++)
		if (r->requests[row][c].known)
			return true;
	return false;
}

static bool
is_outcome_row(int row)
{
	return row >= DSC_ROW_GRANTED && row < DSC_ROW_TOTAL;
}

static const char *
cell_location(dsc_arena *arena, const dsc_report *r, int row, int col)
{
	return dsc_printf(arena, "requests.%s.%s (%s / %s)",
					  dsc_request_row_names[row], dsc_column_names[col],
					  dsc_request_row_label((dsc_request_row) row, r->template_kind),
					  column_labels[col]);
}

static void
check_negative(dsc_arena *arena, const dsc_report *r, dsc_findings *out)
{
	for (int row = 0; row < DSC_NROWS; row++)
		for (int c = 0; c < DSC_NCOLS; c++)
			if (r->requests[row][c].known && r->requests[row][c].value < 0)
				dsc_add_finding(arena, out, "negative_count", DSC_SEVERITY_ERROR,
					cell_location(arena, r, row, c),
					(dsc_number_pair) {false, 0, true, r->requests[row][c].value},
					"Table three, %s, column %s: the count is %d; a count of requests cannot be negative.",
					dsc_request_row_label((dsc_request_row) row, r->template_kind),
					column_labels[c], r->requests[row][c].value);
}

/* 第一项加第二项之和，等于第三项加第四项之和, per column. */
static void
check_balance(dsc_arena *arena, const dsc_report *r, dsc_findings *out)
{
	const dsc_int (*q)[DSC_NCOLS] = r->requests;

	for (int c = 0; c < DSC_NCOLS; c++)
	{
		int64_t		in,
					done;

		if (!q[DSC_ROW_NEW_RECEIVED][c].known || !q[DSC_ROW_CARRIED_OVER][c].known ||
			!q[DSC_ROW_TOTAL][c].known || !q[DSC_ROW_CARRIED_FORWARD][c].known)
			continue;
		in = (int64_t) q[DSC_ROW_NEW_RECEIVED][c].value + q[DSC_ROW_CARRIED_OVER][c].value;
		done = (int64_t) q[DSC_ROW_TOTAL][c].value + q[DSC_ROW_CARRIED_FORWARD][c].value;
		if (in != done)
			dsc_add_finding(arena, out, "balance", DSC_SEVERITY_ERROR,
				dsc_printf(arena, "requests balance, column %s (%s)",
						   dsc_column_names[c], column_labels[c]),
				dsc_numbers(in, done),
				"Table three, column %s: new requests (%d) plus those carried over from last year (%d) make %lld, but the requests handled (（七）总计, %d) plus those carried forward (%d) make %lld; the template requires the two to be equal.",
				column_labels[c], q[DSC_ROW_NEW_RECEIVED][c].value,
				q[DSC_ROW_CARRIED_OVER][c].value, (long long) in,
				q[DSC_ROW_TOTAL][c].value, q[DSC_ROW_CARRIED_FORWARD][c].value,
				(long long) done);
	}
}

/* （七）总计 = the sum of the outcome rows, per column. */
static void
check_total_row(dsc_arena *arena, const dsc_report *r, dsc_findings *out)
{
	for (int c = 0; c < DSC_NCOLS; c++)
	{
		int64_t		sum = 0;
		bool		complete = r->requests[DSC_ROW_TOTAL][c].known;

		for (int row = 0; row < DSC_NROWS && complete; row++)
		{
			if (!is_outcome_row(row) || !row_present(r, row))
				continue;
			if (!r->requests[row][c].known)
				complete = false;
			else
				sum += r->requests[row][c].value;
		}
		if (complete && sum != r->requests[DSC_ROW_TOTAL][c].value)
			dsc_add_finding(arena, out, "total_row", DSC_SEVERITY_ERROR,
				cell_location(arena, r, DSC_ROW_TOTAL, c),
				dsc_numbers(sum, r->requests[DSC_ROW_TOTAL][c].value),
				"Table three, column %s: the outcomes (（一） to （六）) add up to %lld, but the （七）总计 row says %d.",
				column_labels[c], (long long) sum, r->requests[DSC_ROW_TOTAL][c].value);
	}
}

/* 总计 column = the sum of the six applicant columns, per row. */
static void
check_total_column(dsc_arena *arena, const dsc_report *r, dsc_findings *out)
{
	for (int row = 0; row < DSC_NROWS; row++)
	{
		int64_t		sum = 0;
		bool		complete = row_present(r, row);

		for (int c = 0; c < DSC_NCOLS && complete; c++)
			complete = r->requests[row][c].known;
		if (!complete)
			continue;
		for (int c = 0; c < DSC_COL_TOTAL; c++)
			sum += r->requests[row][c].value;
		if (sum != r->requests[row][DSC_COL_TOTAL].value)
			dsc_add_finding(arena, out, "total_column", DSC_SEVERITY_ERROR,
				cell_location(arena, r, row, DSC_COL_TOTAL),
				dsc_numbers(sum, r->requests[row][DSC_COL_TOTAL].value),
				"Table three, row %s: the six applicant columns add up to %lld, but the 总计 column says %d.",
				dsc_request_row_label((dsc_request_row) row, r->template_kind),
				(long long) sum, r->requests[row][DSC_COL_TOTAL].value);
	}
}

static void
check_requests_blanks(dsc_arena *arena, const dsc_report *r, dsc_findings *out)
{
	int			cells = 0;
	int			blank = 0;
	bool		total_row_blank = true;

	for (int row = 0; row < DSC_NROWS; row++)
	{
		if (!row_present(r, row))
			continue;
		for (int c = 0; c < DSC_NCOLS; c++)
		{
			cells++;
			if (!r->requests[row][c].known)
				blank++;
			else if (row == DSC_ROW_TOTAL)
				total_row_blank = false;
		}
	}
	if (blank > 0)
		dsc_add_finding(arena, out, "incomplete_table", DSC_SEVERITY_WARNING,
			"requests (三、收到和处理政府信息公开申请情况)",
			dsc_numbers(cells, cells - blank),
			"Table three is incomplete: %d of its %d cells are blank or unreadable%s, so the checks that need them (the balance, the row and column totals) cannot be verified.",
			blank, cells, total_row_blank ? ", including the whole （七）总计 row" : "");
}

static const dsc_int *
review_group(const dsc_report *r, int g)
{
	return g == 0 ? r->review : g == 1 ? r->suit_direct : r->suit_after_review;
}

static void
check_review(dsc_arena *arena, const dsc_report *r, dsc_findings *out)
{
	int			blank = 0;

	for (int g = 0; g < 3; g++)
	{
		const dsc_int *v = review_group(r, g);
		bool		complete = true;
		int64_t		sum = 0;

		for (int c = 0; c < DSC_REVIEW_NCOLS; c++)
		{
			if (!v[c].known)
			{
				blank++;
				complete = false;
				continue;
			}
			if (v[c].value < 0)
				dsc_add_finding(arena, out, "negative_count", DSC_SEVERITY_ERROR,
					dsc_printf(arena, "%s.%s (%s / %s)", review_groups[g],
							   review_cols[c], review_group_labels[g],
							   review_col_labels[c]),
					(dsc_number_pair) {false, 0, true, v[c].value},
					"Table four, %s, %s: the count is %d; a count of cases cannot be negative.",
					review_group_labels[g], review_col_labels[c], v[c].value);
			if (c < DSC_REVIEW_TOTAL)
				sum += v[c].value;
		}
		if (complete && sum != v[DSC_REVIEW_TOTAL].value)
			dsc_add_finding(arena, out, "review_total", DSC_SEVERITY_ERROR,
				dsc_printf(arena, "%s.total (%s / 总计)", review_groups[g],
						   review_group_labels[g]),
				dsc_numbers(sum, v[DSC_REVIEW_TOTAL].value),
				"Table four, %s: upheld, corrected, other and pending cases add up to %lld, but 总计 says %d.",
				review_group_labels[g], (long long) sum, v[DSC_REVIEW_TOTAL].value);
	}
	if (blank > 0)
		dsc_add_finding(arena, out, "incomplete_table", DSC_SEVERITY_WARNING,
			"review and litigation (四、政府信息公开行政复议、行政诉讼情况)",
			dsc_numbers(3 * DSC_REVIEW_NCOLS, 3 * DSC_REVIEW_NCOLS - blank),
			"Table four is incomplete: %d of its 15 cells are blank or unreadable, so its totals cannot all be verified.",
			blank);
}

/* What the prose states against table three. */
static void
check_stated(dsc_arena *arena, const dsc_report *r, dsc_findings *out)
{
	const dsc_int *fresh = &r->requests[DSC_ROW_NEW_RECEIVED][DSC_COL_TOTAL];
	const dsc_int *carried = &r->requests[DSC_ROW_CARRIED_OVER][DSC_COL_TOTAL];

	if (!r->stated_requests.known || !r->has_requests || !fresh->known)
		return;
	if (r->stated_requests.value == fresh->value)
		return;
	/* some bodies count last year's open requests in with the new */
	if (carried->known && carried->value > 0 &&
		r->stated_requests.value == fresh->value + carried->value)
		return;
	dsc_add_finding(arena, out, "stated_requests", DSC_SEVERITY_WARNING,
		"stated_requests against requests.new_received.total (一、总体情况 / 一、本年新收政府信息公开申请数量·总计)",
		dsc_numbers(fresh->value, r->stated_requests.value),
		"The report's text says %d requests were received, but table three counts %d new requests (一、本年新收政府信息公开申请数量, 总计).",
		r->stated_requests.value, fresh->value);
}

static void
check_template(dsc_arena *arena, const dsc_report *r, dsc_findings *out)
{
	if (r->year == 0 || r->template_kind == DSC_TEMPLATE_UNKNOWN)
		return;
	if (r->year >= 2021 && r->template_kind == DSC_TEMPLATE_2019)
		dsc_add_finding(arena, out, "template_year", DSC_SEVERITY_WARNING, "template",
			dsc_numbers(2021, 2019),
			"The report for %d uses the superseded 2019 template; reports for 2021 and later must use the 2021 template (with 本年制发件数, 本年废止件数, 现行有效件数 and three （六）其他处理 rows).",
			r->year);
	else if (r->year <= 2020 && r->template_kind == DSC_TEMPLATE_2021)
		dsc_add_finding(arena, out, "template_year", DSC_SEVERITY_WARNING, "template",
			dsc_numbers(2019, 2021),
			"The report for %d uses the 2021 template, which was issued only for reports from 2021 on.",
			r->year);
}

void
dsc_check_report(dsc_arena *arena, const dsc_report *r, dsc_findings *out)
{
	if (r->agency == NULL || r->year == 0)
		dsc_add_finding(arena, out, "identity", DSC_SEVERITY_INFO, "agency, year", no_numbers,
			"The %s of this report could not be read, so it cannot be compared with the body's other years.",
			r->agency == NULL && r->year == 0 ? "agency and year" :
			r->agency == NULL ? "agency" : "year");
	check_template(arena, r, out);
	if (!r->has_requests)
		dsc_add_finding(arena, out, "no_table_three", DSC_SEVERITY_WARNING,
			"requests (三、收到和处理政府信息公开申请情况)", no_numbers,
			"The report has no table three (收到和处理政府信息公开申请情况), so its requests cannot be checked.");
	else
	{
		check_negative(arena, r, out);
		check_balance(arena, r, out);
		check_total_row(arena, r, out);
		check_total_column(arena, r, out);
		check_requests_blanks(arena, r, out);
		check_stated(arena, r, out);
	}
	if (!r->has_review)
		dsc_add_finding(arena, out, "no_table_four", DSC_SEVERITY_WARNING,
			"review and litigation (四、政府信息公开行政复议、行政诉讼情况)", no_numbers,
			"The report has no table four (政府信息公开行政复议、行政诉讼情况), so its review and litigation counts cannot be checked.");
	else
		check_review(arena, r, out);
	dsc_check_narrative(arena, r, out);
}
