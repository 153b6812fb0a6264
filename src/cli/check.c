/*
 * check.c
 *	  disclosure check [--json] PATH...
 *
 * Parses each file here (text or HTML, or the text of a PDF or DOCX), with the parser core the extension
 * runs, and prints each report's key figures and the findings of
 * dsc_check_report(): the rules, severities, locations and messages are the
 * strings disclosure_check() returns in SQL, because they come from the same
 * code.
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "dsc_check.h"
#include "dsc_html.h"
#include "dsc_report.h"

#define OPT_HELP 256

/* One parsed file: what the printers need. */
typedef struct checked_file
{
	const char *name;			/* the path, escaped */
	const cli_text *text;
	const dsc_document *doc;
	const dsc_findings *findings;	/* one list per report */
} checked_file;

static void
usage(void)
{
	printf("%s check: parse report files here, without a database, and print\n"
		   "each report's key figures and its findings.\n\n", cli_progname);
	printf("Usage:\n"
		   "  %s check [OPTION]... PATH...\n\n", cli_progname);
	printf("Each PATH is a file (\"-\" reads standard input), or a folder searched\n"
		   "recursively as by \"%s load\". Files may be in UTF-8, GBK or GB18030,\n"
		   "with or without a byte-order mark; only regular files are read (see\n"
		   "\"%s load --help\"). The findings are those disclosure_check()\n"
		   "gives in SQL, in the same words.\n\n", cli_progname, cli_progname);
	printf("Options:\n"
		   "  --json       print a JSON array: per file its path, encoding and\n"
		   "               reports, each report as to_jsonb(disclosure_report) shows\n"
		   "               it and its findings as to_jsonb of disclosure_check rows\n"
		   "  -?, --help   show this help, then exit\n\n");
	printf("A PDF is read through poppler in physical layout (as pdftotext -layout\n"
		   "reads it), a DOCX as an HTML page; what a file is, is told by its bytes\n"
		   "(see \"%s load --help\").\n\n", cli_progname);
	printf("Exit status: 0 when every file could be read, 1 when some could not,\n"
		   "2 on bad usage. Findings do not change it.\n");
}

/* Options; the index of the first path, or -1 to exit with *status. */
static int
parse_options(int argc, char **argv, bool *json, int *status)
{
	static const struct option long_options[] = {
		{"json", no_argument, NULL, 'j'},
		{"help", no_argument, NULL, OPT_HELP},
		{NULL, 0, NULL, 0}
	};
	int			c;

	*json = false;
	*status = CLI_EXIT_OK;
	if (argc > 1 && strcmp(argv[1], "-?") == 0)
	{
		usage();
		return -1;
	}
	while ((c = getopt_long(argc, argv, "", long_options, NULL)) != -1)
	{
		if (c == 'j')
			*json = true;
		else
		{
			if (c == OPT_HELP)
				usage();
			else
			{
				cli_try_help("check");
				*status = CLI_EXIT_USAGE;
			}
			return -1;
		}
	}
	if (optind >= argc)
	{
		cli_error("no files or folders given");
		cli_try_help("check");
		*status = CLI_EXIT_USAGE;
		return -1;
	}
	return optind;
}

/* Why a document holds no report, in disclosure_load's words. */
static const char *
no_report_reason(const checked_file *f)
{
	return dsc_no_report_reason(f->doc, f->text->len);
}

/* A count cell as text: blank cells say so, never 0. */
static const char *
cell(dsc_int v, char *buf, size_t size)
{
	if (!v.known)
		return "blank";
	snprintf(buf, size, "%d", (int) v.value);
	return buf;
}

static void
print_key_figures(const dsc_report *r)
{
	char		b[5][16];

	printf("\n  %s %d\n", r->agency ? r->agency : "(agency unknown)", r->year);
	printf("    template %s, published ",
		   dsc_template_name(r->template_kind) ? dsc_template_name(r->template_kind) : "unknown");
	if (r->published_year)
		printf("%04d-%02d-%02d\n", r->published_year, r->published_month,
			   r->published_day);
	else
		printf("unknown\n");
	if (r->has_requests)
		printf("    requests (总计 column): new %s, carried over %s, granted %s, all outcomes %s, carried forward %s\n",
			   cell(r->requests[DSC_ROW_NEW_RECEIVED][DSC_COL_TOTAL], b[0], 16),
			   cell(r->requests[DSC_ROW_CARRIED_OVER][DSC_COL_TOTAL], b[1], 16),
			   cell(r->requests[DSC_ROW_GRANTED][DSC_COL_TOTAL], b[2], 16),
			   cell(r->requests[DSC_ROW_TOTAL][DSC_COL_TOTAL], b[3], 16),
			   cell(r->requests[DSC_ROW_CARRIED_FORWARD][DSC_COL_TOTAL], b[4], 16));
	else
		printf("    requests: no table three\n");
	if (r->has_review)
		printf("    review and litigation (总计): review %s, sued directly %s, sued after review %s\n",
			   cell(r->review[DSC_REVIEW_TOTAL], b[0], 16),
			   cell(r->suit_direct[DSC_REVIEW_TOTAL], b[1], 16),
			   cell(r->suit_after_review[DSC_REVIEW_TOTAL], b[2], 16));
	if (r->has_procurement)
		printf("    procurement: %s projects, %s yuan\n",
			   cell(r->procurement_projects, b[0], 16),
			   r->procurement_amount_yuan ? r->procurement_amount_yuan : "blank");
	if (r->stated_requests.known || r->stated_proactive.known)
		printf("    stated in the prose: requests %s, items disclosed %s\n",
			   r->stated_requests.known ? cell(r->stated_requests, b[0], 16) : "not stated",
			   r->stated_proactive.known ? cell(r->stated_proactive, b[1], 16) : "not stated");
}

static void
print_notes(const dsc_report *r)
{
	if (r->n_notes == 0)
		return;
	printf("    notes (%d):\n", r->n_notes);
	for (int i = 0; i < r->n_notes; i++)
		printf("      - %s\n", r->notes[i]);
}

static void
print_findings(const dsc_findings *f)
{
	if (f->n == 0)
	{
		printf("    findings: none\n");
		return;
	}
	printf("    findings (%d):\n", f->n);
	for (int i = 0; i < f->n; i++)
	{
		const dsc_finding *x = &f->items[i];

		printf("      %s %s at %s", dsc_severity_name(x->severity), x->rule,
			   x->location);
		if (x->has_expected)
			printf(": expected %lld", (long long) x->expected);
		if (x->has_actual)
			printf("%s actual %lld", x->has_expected ? "," : ":",
				   (long long) x->actual);
		printf("\n        %s\n", x->message);
	}
}

/* Whether the text was taken out of a PDF or DOCX rather than decoded. */
static bool
extracted(const cli_text *t)
{
	return strcmp(t->media_type, "text/plain") != 0 &&
		strcmp(t->media_type, "text/html") != 0;
}

static void
print_text(const checked_file *f)
{
	const dsc_document *doc = f->doc;

	if (extracted(f->text))
		printf("== %s (%s, %s): ", f->name, f->text->media_type,
			   f->text->extractor);
	else
		printf("== %s (%s%s): ", f->name, f->text->encoding,
			   f->text->had_bom ? " with byte-order mark" : "");
	if (doc->n_reports == 0)
		printf("no report");
	else
		printf("%d report%s", doc->n_reports, doc->n_reports == 1 ? "" : "s");
	if (doc->n_duplicates)
		printf(" (%d verbatim cop%s dropped)", doc->n_duplicates,
			   doc->n_duplicates == 1 ? "y" : "ies");
	printf("\n");
	if (doc->n_reports == 0)
		printf("  %s\n", no_report_reason(f));
	for (int i = 0; i < doc->n_reports; i++)
	{
		print_key_figures(doc->reports[i]);
		print_notes(doc->reports[i]);
		print_findings(&f->findings[i]);
	}
	printf("\n");
}

/* One element of the --json array; first says whether a comma goes before. */
static void
print_json(const checked_file *f, bool first)
{
	const dsc_document *doc = f->doc;

	fputs(first ? "\n  {\"file\": " : ",\n  {\"file\": ", stdout);
	cli_json_string(stdout, f->name);
	printf(", \"encoding\": \"%s\", \"byte_order_mark\": %s, "
		   "\"duplicates_dropped\": %d, ",
		   f->text->encoding, f->text->had_bom ? "true" : "false",
		   doc->n_duplicates);
	printf("\"media_type\": \"%s\", \"extractor\": ", f->text->media_type);
	cli_json_string(stdout, f->text->extractor);
	printf(", \"source_sha256\": \"%s\", \"source_bytes\": %zu, \"no_report\": ",
		   f->text->source_sha256, f->text->source_bytes);
	if (doc->n_reports == 0)
		cli_json_string(stdout, no_report_reason(f));
	else
		fputs("null", stdout);
	fputs(", \"reports\": [", stdout);
	for (int i = 0; i < doc->n_reports; i++)
	{
		fputs(i ? ",\n    {\"report\": " : "\n    {\"report\": ", stdout);
		cli_json_report(stdout, doc->reports[i]);
		fputs(",\n     \"findings\": ", stdout);
		cli_json_findings(stdout, &f->findings[i]);
		fputc('}', stdout);
	}
	fputs(doc->n_reports ? "\n  ]}" : "]}", stdout);
}

static void
print_json_failure(const char *name, const char *reason, bool first)
{
	fputs(first ? "\n  {\"file\": " : ",\n  {\"file\": ", stdout);
	cli_json_string(stdout, name);
	fputs(", \"error\": ", stdout);
	cli_json_string(stdout, reason);
	fputc('}', stdout);
}

static bool
fail(const char *name, const char *reason, bool json, bool first)
{
	cli_error("%s: %s", name, reason);
	if (json)
		print_json_failure(name, reason, first);
	return false;
}

/* Read, parse, check and print one file; false when it cannot be read. */
static bool
check_file(const cli_file *file, bool json, bool first)
{
	char		reason[1024];
	const char *problem;
	cli_text	text;
	dsc_arena	arena;
	dsc_document *doc;
	dsc_findings *findings;

	if (file->error)
		return fail(file->name, file->error, json, first);
	if (!cli_read_document(file->path, &text, reason, sizeof(reason)))
		return fail(file->name, reason, json, first);
	dsc_arena_init_malloc(&arena);
	/* text or HTML, sniffed as disclosure_parse_all() does */
	doc = dsc_parse_any(&arena, text.data, text.len, &problem, NULL);
	if (doc == NULL)
	{
		snprintf(reason, sizeof(reason), "could not read the HTML page: %s",
				 problem ? problem : "libxml2 built no document");
		dsc_arena_free_all(&arena);
		free(text.data);
		return fail(file->name, reason, json, first);
	}
	findings = dsc_alloc0(&arena, sizeof(dsc_findings) * (size_t) (doc->n_reports + 1));
	for (int i = 0; i < doc->n_reports; i++)
		dsc_check_report(&arena, doc->reports[i], &findings[i]);
	if (json)
		print_json(&(checked_file) {file->name, &text, doc, findings}, first);
	else
		print_text(&(checked_file) {file->name, &text, doc, findings});
	dsc_arena_free_all(&arena);
	free(text.data);
	return true;
}

int
cli_check_main(int argc, char **argv)
{
	bool		json;
	int			status;
	int			first = parse_options(argc, argv, &json, &status);
	cli_files	files;
	int			failed = 0;

	if (first < 0)
		return status;
	cli_walk(argv + first, argc - first, &files);
	if (json)
		fputc('[', stdout);
	for (int i = 0; i < files.n; i++)
		if (!check_file(&files.items[i], json, i == 0))
			failed++;
	if (json)
		fputs(files.n ? "\n]\n" : "]\n", stdout);
	if (files.n == 0)
		fprintf(stderr, "%s: no report files found in the paths given\n",
				cli_progname);
	if (files.skipped)
		fprintf(stderr, "%s: skipped %d entr%s of folders that %s not regular files\n",
				cli_progname, files.skipped, files.skipped == 1 ? "y" : "ies",
				files.skipped == 1 ? "is" : "are");
	cli_files_free(&files);
	return failed ? CLI_EXIT_FILES : CLI_EXIT_OK;
}
