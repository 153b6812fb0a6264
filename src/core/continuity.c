/*
 * continuity.c
 *	  Checks between one body's consecutive years.
 *
 * Requests still open at the end of a year (结转下年度继续办理) are this
 * year's 上年结转; and on the 2021 template the documents in force
 * (现行有效件数) move only by those made and repealed.
 */
#include "dsc_check.h"
#include "dsc_internal.h"

#include <stdlib.h>
#include <string.h>

static void
check_carried(dsc_arena *arena, const dsc_report *prev, const dsc_report *next,
			  dsc_findings *out)
{
	int			unknown = 0;

	if (!prev->has_requests || !next->has_requests)
		return;
	for (int c = 0; c < DSC_NCOLS; c++)
	{
		dsc_int		was = prev->requests[DSC_ROW_CARRIED_FORWARD][c];
		dsc_int		is = next->requests[DSC_ROW_CARRIED_OVER][c];

		if (!was.known || !is.known)
		{
			unknown++;
			continue;
		}
		if (was.value != is.value)
			dsc_add_finding(arena, out, "continuity_carried", DSC_SEVERITY_ERROR,
				dsc_printf(arena, "requests.carried_over.%s (二、上年结转政府信息公开申请数量 / %s)",
						   dsc_column_names[c], dsc_column_label(c)),
				dsc_numbers(was.value, is.value),
				"Column %s: the %d report carried %d requests forward (四、结转下年度继续办理), but the %d report says %d were carried over (二、上年结转政府信息公开申请数量).",
				dsc_column_label(c), prev->year, was.value, next->year, is.value);
	}
	if (unknown > 0)
	{
		dsc_add_finding(arena, out, "continuity_unverifiable", DSC_SEVERITY_WARNING,
			"requests.carried_over (二、上年结转政府信息公开申请数量)",
			(dsc_number_pair) {false, 0, false, 0},
			"%d of the 7 columns of the %d report's 结转下年度继续办理 or the %d report's 上年结转 are blank, so what one year carried forward cannot all be compared with what the next carried over.",
			unknown, prev->year, next->year);
	}
}

/* A proactive value of a report, as a whole number. */
static bool
proactive_value(const dsc_report *r, const char *item, const char *measure,
				int64_t *out)
{
	for (int i = 0; i < r->n_proactive; i++)
	{
		const dsc_proactive_item *p = &r->proactive[i];
		char	   *end;

		if (strcmp(p->item, item) != 0 || strcmp(p->measure, measure) != 0 ||
			p->value == NULL)
			continue;
		*out = strtoll(p->value, &end, 10);
		return *end == '\0';
	}
	return false;
}

static void
check_in_force(dsc_arena *arena, const dsc_report *prev, const dsc_report *next,
			   dsc_findings *out)
{
	static const char *const items[] = {"regulations", "normative_documents"};
	static const char *const labels[] = {"规章", "规范性文件"};

	if (prev->template_kind != DSC_TEMPLATE_2021 ||
		next->template_kind != DSC_TEMPLATE_2021)
		return;
	for (int i = 0; i < 2; i++)
	{
		int64_t		before,
					made,
					repealed,
					now;

		if (!proactive_value(prev, items[i], "in_force", &before) ||
			!proactive_value(next, items[i], "made", &made) ||
			!proactive_value(next, items[i], "repealed", &repealed) ||
			!proactive_value(next, items[i], "in_force", &now))
			continue;
		if (before + made - repealed != now)
			dsc_add_finding(arena, out, "continuity_in_force", DSC_SEVERITY_ERROR,
				dsc_printf(arena, "proactive.%s.in_force (%s / 现行有效件数)",
						   items[i], labels[i]),
				dsc_numbers(before + made - repealed, now),
				"%s: the %d report counts %lld in force (现行有效件数); with %lld made (本年制发件数) and %lld repealed (本年废止件数) in %d that leaves %lld, but the %d report counts %lld in force.",
				labels[i], prev->year, (long long) before, (long long) made,
				(long long) repealed, next->year,
				(long long) (before + made - repealed), next->year,
				(long long) now);
	}
}

dsc_continuity_status
dsc_check_continuity(dsc_arena *arena, const dsc_report *prev,
					 const dsc_report *next, dsc_findings *out)
{
	if (prev->agency == NULL || next->agency == NULL || prev->year == 0 ||
		next->year == 0)
		return DSC_CONTINUITY_UNKNOWN_BODY;
	if (strcmp(prev->agency, next->agency) != 0)
		return DSC_CONTINUITY_OTHER_BODY;
	if (next->year != prev->year + 1)
		return DSC_CONTINUITY_NOT_CONSECUTIVE;
	check_carried(arena, prev, next, out);
	check_in_force(arena, prev, next, out);
	return DSC_CONTINUITY_OK;
}
