/*
 * json.c
 *	  JSON output for `disclosure check --json`.
 *
 * A report is written with the keys, nesting and nulls that to_jsonb()
 * gives the disclosure_report composite built from it (report_tuple.c), and
 * a finding as to_jsonb() gives a row of disclosure_check(): the same text
 * is the same JSON whether it was checked here or in the database, which is
 * what test/cli/test_cli.sh compares.
 */
#include "cli.h"

#include <string.h>

#include "dsc_check.h"
#include "dsc_report.h"

/* The attributes of disclosure_review, in order. */
static const char *const review_names[DSC_REVIEW_NCOLS] = {
	"upheld", "corrected", "other", "pending", "total"
};

void
cli_json_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (const unsigned char *c = (const unsigned char *) s; *c; c++)
	{
		if (*c == '"' || *c == '\\')
			fprintf(out, "\\%c", *c);
		else if (*c == '\n')
			fputs("\\n", out);
		else if (*c == '\t')
			fputs("\\t", out);
		else if (*c == '\r')
			fputs("\\r", out);
		else if (*c < 0x20)
			fprintf(out, "\\u%04x", *c);
		else
			fputc(*c, out);		/* UTF-8 passes as it is */
	}
	fputc('"', out);
}

static void
json_nullable_string(FILE *out, const char *s)
{
	if (s)
		cli_json_string(out, s);
	else
		fputs("null", out);
}

static void
json_int(FILE *out, dsc_int v)
{
	if (v.known)
		fprintf(out, "%d", (int) v.value);
	else
		fputs("null", out);
}

/*
 * A decimal string from the core as a JSON number. JSON wants no '+', no
 * leading zeros and digits on both sides of a point, which numeric input
 * does not; a string that is not a decimal at all is written as null.
 */
static void
json_decimal(FILE *out, const char *s)
{
	static const char digits[] = "0123456789";
	bool		negative = false;
	size_t		int_len;
	size_t		frac_len = 0;
	const char *rest;

	if (s && (*s == '+' || *s == '-'))
		negative = *s++ == '-';
	int_len = s ? strspn(s, digits) : 0;
	rest = s ? s + int_len : NULL;
	if (rest && *rest == '.')
		frac_len = strspn(rest + 1, digits);
	if (s == NULL || int_len + frac_len == 0 ||
		(*rest != '\0' && (*rest != '.' || rest[1 + frac_len] != '\0')))
	{
		fputs("null", out);
		return;
	}
	while (int_len > 1 && *s == '0')
		s++, int_len--;
	fprintf(out, "%s%.*s", negative ? "-" : "", (int) (int_len ? int_len : 1),
			int_len ? s : "0");
	if (frac_len)
		fprintf(out, ".%.*s", (int) frac_len, rest + 1);
}

static void
json_review(FILE *out, bool present, const dsc_int *cells)
{
	if (!present)
	{
		fputs("null", out);
		return;
	}
	fputc('{', out);
	for (int i = 0; i < DSC_REVIEW_NCOLS; i++)
	{
		fprintf(out, "%s\"%s\": ", i ? ", " : "", review_names[i]);
		json_int(out, cells[i]);
	}
	fputc('}', out);
}

/* Table three: a row is null when every cell of it is blank. */
static void
json_requests(FILE *out, const dsc_report *r)
{
	if (!r->has_requests)
	{
		fputs("null", out);
		return;
	}
	fputc('{', out);
	for (int row = 0; row < DSC_NROWS; row++)
	{
		bool		any = false;

		fprintf(out, "%s\"%s\": ", row ? ", " : "", dsc_request_row_names[row]);
		for (int c = 0; c < DSC_NCOLS; c++)
			any |= r->requests[row][c].known;
		if (!any)
		{
			fputs("null", out);
			continue;
		}
		fputc('{', out);
		for (int c = 0; c < DSC_NCOLS; c++)
		{
			fprintf(out, "%s\"%s\": ", c ? ", " : "", dsc_column_names[c]);
			json_int(out, r->requests[row][c]);
		}
		fputc('}', out);
	}
	fputc('}', out);
}

static void
json_proactive(FILE *out, const dsc_report *r)
{
	if (r->n_proactive == 0)
	{
		fputs("null", out);
		return;
	}
	fputc('[', out);
	for (int i = 0; i < r->n_proactive; i++)
	{
		const dsc_proactive_item *p = &r->proactive[i];

		fprintf(out, "%s{\"item\": ", i ? ", " : "");
		cli_json_string(out, p->item);
		fputs(", \"measure\": ", out);
		cli_json_string(out, p->measure);
		fputs(", \"value\": ", out);
		json_decimal(out, p->value);
		fputc('}', out);
	}
	fputc(']', out);
}

static void
json_procurement(FILE *out, const dsc_report *r)
{
	if (!r->has_procurement)
	{
		fputs("null", out);
		return;
	}
	fputs("{\"projects\": ", out);
	json_int(out, r->procurement_projects);
	fputs(", \"amount_yuan\": ", out);
	json_decimal(out, r->procurement_amount_yuan);
	fputc('}', out);
}

static void
json_notes(FILE *out, const dsc_report *r)
{
	fputc('[', out);
	for (int i = 0; i < r->n_notes; i++)
	{
		if (i)
			fputs(", ", out);
		cli_json_string(out, r->notes[i]);
	}
	fputc(']', out);
}

/* The narrative as to_jsonb shows disclosure_narrative; null when unknown. */
static void
json_narrative(FILE *out, const dsc_report *r)
{
	dsc_arena	arena;
	dsc_narrative n;

	dsc_arena_init_malloc(&arena);
	dsc_report_narrative(&arena, r, &n);
	if (!n.known)
		fputs("null", out);
	else
	{
		fputs("{\"problems\": ", out);
		json_nullable_string(out, n.problems);
		fputs(", \"other_matters\": ", out);
		json_nullable_string(out, n.other_matters);
		fputs(", \"statements\": [", out);
		for (int i = 0; i < n.n_statements; i++)
		{
			if (i)
				fputs(", ", out);
			cli_json_string(out, n.statements[i]);
		}
		fputs("]}", out);
	}
	dsc_arena_free_all(&arena);
}

void
cli_json_report(FILE *out, const dsc_report *r)
{
	fputs("{\"agency\": ", out);
	json_nullable_string(out, r->agency);
	fputs(", \"year\": ", out);
	json_int(out, (dsc_int) {r->year, r->year != 0});
	fputs(", \"published\": ", out);
	if (r->published_year)
		fprintf(out, "\"%04d-%02d-%02d\"", r->published_year,
				r->published_month, r->published_day);
	else
		fputs("null", out);
	fputs(", \"template\": ", out);
	json_nullable_string(out, dsc_template_name(r->template_kind));
	fputs(", \"proactive\": ", out);
	json_proactive(out, r);
	fputs(", \"procurement\": ", out);
	json_procurement(out, r);
	fputs(", \"requests\": ", out);
	json_requests(out, r);
	fputs(", \"review\": ", out);
	json_review(out, r->has_review, r->review);
	fputs(", \"suit_direct\": ", out);
	json_review(out, r->has_review, r->suit_direct);
	fputs(", \"suit_after_review\": ", out);
	json_review(out, r->has_review, r->suit_after_review);
	fputs(", \"stated_requests\": ", out);
	json_int(out, r->stated_requests);
	fputs(", \"stated_proactive\": ", out);
	json_int(out, r->stated_proactive);
	fputs(", \"notes\": ", out);
	json_notes(out, r);
	fputs(", \"narrative\": ", out);
	json_narrative(out, r);
	fputc('}', out);
}

static void
json_number_or_null(FILE *out, bool has, int64_t v)
{
	if (has)
		fprintf(out, "%lld", (long long) v);
	else
		fputs("null", out);
}

void
cli_json_findings(FILE *out, const dsc_findings *f)
{
	fputc('[', out);
	for (int i = 0; i < f->n; i++)
	{
		const dsc_finding *x = &f->items[i];

		fputs(i ? ",\n      {\"rule\": " : "\n      {\"rule\": ", out);
		cli_json_string(out, x->rule);
		fputs(", \"severity\": ", out);
		cli_json_string(out, dsc_severity_name(x->severity));
		fputs(", \"location\": ", out);
		cli_json_string(out, x->location);
		fputs(", \"expected\": ", out);
		json_number_or_null(out, x->has_expected, x->expected);
		fputs(", \"actual\": ", out);
		json_number_or_null(out, x->has_actual, x->actual);
		fputs(", \"message\": ", out);
		cli_json_string(out, x->message);
		fputc('}', out);
	}
	fputs(f->n ? "\n    ]" : "]", out);
}
