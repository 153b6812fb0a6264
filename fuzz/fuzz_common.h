/*
 * fuzz_common.h
 *	  What every fuzz target does with a parsed document: run the checks the
 *	  server runs (disclosure_check on every report, disclosure_check_continuity
 *	  between consecutive ones), read every string the result points to (so a
 *	  dangling or unterminated one is caught by AddressSanitizer), and abort on
 *	  a value the SQL types could not hold.  Header-only, included once per
 *	  target.
 */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dsc_check.h"
#include "dsc_report.h"

#define FUZZ_ASSERT(cond) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, \
					__FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

/* The interrupt hook the server installs; here it only counts. */
static volatile unsigned long fuzz_interrupt_checks;

static void
fuzz_check_interrupts(void)
{
	fuzz_interrupt_checks++;
}

static const dsc_options fuzz_options = {fuzz_check_interrupts};

/* strlen() that makes the sanitizers read every byte; NULL allowed. */
static size_t
fuzz_touch(const char *s)
{
	return s == NULL ? 0 : strlen(s);
}

static void
fuzz_findings(const dsc_findings *f)
{
	FUZZ_ASSERT(f->n >= 0 && f->n <= f->cap);
	for (int i = 0; i < f->n; i++)
	{
		const dsc_finding *x = &f->items[i];

		FUZZ_ASSERT(x->rule != NULL && x->message != NULL);
		FUZZ_ASSERT(x->severity == DSC_SEVERITY_ERROR ||
					x->severity == DSC_SEVERITY_WARNING ||
					x->severity == DSC_SEVERITY_INFO);
		fuzz_touch(x->rule);
		fuzz_touch(x->location);
		fuzz_touch(x->message);
		fuzz_touch(dsc_severity_name(x->severity));
	}
}

static void
fuzz_report(const dsc_report *r)
{
	FUZZ_ASSERT(r != NULL);
	fuzz_touch(r->agency);
	FUZZ_ASSERT(r->template_kind == DSC_TEMPLATE_UNKNOWN ||
				r->template_kind == DSC_TEMPLATE_2019 ||
				r->template_kind == DSC_TEMPLATE_2021);
	fuzz_touch(dsc_template_name(r->template_kind));
	/* the glue builds an int year and a date from these */
	FUZZ_ASSERT(r->year == 0 || (r->year >= 1900 && r->year <= 9999));
	if (r->published_year != 0)
		FUZZ_ASSERT(r->published_month >= 1 && r->published_month <= 12 &&
					r->published_day >= 1 && r->published_day <= 31);
	FUZZ_ASSERT(r->n_proactive >= 0 && r->n_proactive <= DSC_MAX_PROACTIVE);
	for (int i = 0; i < r->n_proactive; i++)
	{
		FUZZ_ASSERT(r->proactive[i].item != NULL && r->proactive[i].measure != NULL);
		fuzz_touch(r->proactive[i].item);
		fuzz_touch(r->proactive[i].measure);
		fuzz_touch(r->proactive[i].value);
	}
	fuzz_touch(r->procurement_amount_yuan);
	FUZZ_ASSERT(r->n_notes >= 0 && r->n_notes <= r->notes_cap);
	for (int i = 0; i < r->n_notes; i++)
	{
		FUZZ_ASSERT(r->notes[i] != NULL);
		fuzz_touch(r->notes[i]);
	}
}

/* Check every report and each consecutive pair, as disclosure_findings does. */
static void
fuzz_document(dsc_arena *arena, const dsc_document *doc)
{
	if (doc == NULL)
		return;
	FUZZ_ASSERT(doc->n_reports >= 0 && doc->n_duplicates >= 0 && doc->n_empty >= 0);
	for (int i = 0; i < doc->n_reports; i++)
	{
		dsc_findings f = {0};

		fuzz_report(doc->reports[i]);
		dsc_check_report(arena, doc->reports[i], &f);
		fuzz_findings(&f);
		if (i > 0)
		{
			dsc_findings c = {0};
			dsc_continuity_status s;

			s = dsc_check_continuity(arena, doc->reports[i - 1], doc->reports[i], &c);
			FUZZ_ASSERT(s == DSC_CONTINUITY_OK || s == DSC_CONTINUITY_UNKNOWN_BODY ||
						s == DSC_CONTINUITY_OTHER_BODY ||
						s == DSC_CONTINUITY_NOT_CONSECUTIVE);
			fuzz_findings(&c);
			/* and the other way round: a later year first */
			c = (dsc_findings) {0};
			dsc_check_continuity(arena, doc->reports[i], doc->reports[i - 1], &c);
			fuzz_findings(&c);
		}
	}
}

/*
 * Memory the parse took from its arena, against the input's size: a small
 * input must not cost unbounded memory (a page of many empty tables once
 * cost 4,000 times its size).  With DSC_ARENA_EXACT every object counts its
 * own block header, so the bound is loose; FUZZ_PRINT_MEMORY=1 prints the
 * ratio, to calibrate it.
 */
#define FUZZ_MAX_AMPLIFICATION 200
#define FUZZ_MEMORY_SLACK (4 * 1024 * 1024)

static void
fuzz_memory(const dsc_arena *arena, size_t input_len)
{
	if (getenv("FUZZ_PRINT_MEMORY"))
		fprintf(stderr, "memory: input %zu arena %zu ratio %.1f\n", input_len,
				arena->total, input_len ? (double) arena->total / input_len : 0.0);
	FUZZ_ASSERT(arena->total <= FUZZ_MAX_AMPLIFICATION * input_len + FUZZ_MEMORY_SLACK);
}

/* An exact-size copy with no terminator, as the server hands text over. */
static char *
fuzz_copy(const uint8_t *data, size_t size, const char *prefix)
{
	size_t		pl = prefix ? strlen(prefix) : 0;
	char	   *buf = malloc(pl + size + (pl + size == 0));

	if (buf == NULL)
		abort();
	if (pl)
		memcpy(buf, prefix, pl);
	if (size)
		memcpy(buf + pl, data, size);
	return buf;
}

#endif							/* FUZZ_COMMON_H */
