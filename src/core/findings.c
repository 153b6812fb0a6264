/*
 * findings.c
 *	  Building the list of findings shared by the checks.
 */
#include "dsc_check.h"
#include "dsc_internal.h"

#include <stdarg.h>
#include <string.h>

const char *
dsc_severity_name(dsc_severity s)
{
	switch (s)
	{
		case DSC_SEVERITY_ERROR:
			return "error";
		case DSC_SEVERITY_WARNING:
			return "warning";
		case DSC_SEVERITY_INFO:
			break;
	}
	return "info";
}

dsc_number_pair
dsc_numbers(int64_t expected, int64_t actual)
{
	dsc_number_pair p = {true, expected, true, actual};

	return p;
}

void
dsc_add_finding(dsc_arena *arena, dsc_findings *out, const char *rule,
				dsc_severity severity, const char *location,
				dsc_number_pair nums, const char *fmt,...)
{
	va_list		ap;
	dsc_finding *f;

	if (out->n == out->cap)
	{
		int			cap = out->cap ? out->cap * 2 : 16;
		dsc_finding *items = dsc_alloc(arena, sizeof(dsc_finding) * (size_t) cap);

		if (out->n)
			memcpy(items, out->items, sizeof(dsc_finding) * (size_t) out->n);
		out->items = items;
		out->cap = cap;
	}
	f = &out->items[out->n++];
	f->rule = rule;
	f->severity = severity;
	f->location = location;
	f->has_expected = nums.has_expected;
	f->expected = nums.expected;
	f->has_actual = nums.has_actual;
	f->actual = nums.actual;
	va_start(ap, fmt);
	f->message = dsc_vprintf(arena, fmt, ap);
	va_end(ap);
}
