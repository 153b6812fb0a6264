/*
 * load.c
 *	  disclosure load [connection options] PATH...
 *
 * Each file is read, decoded to UTF-8 and passed to disclosure_load(), which
 * stores it and its reports, in one transaction of its own (store.c), so a
 * file that fails leaves nothing behind and does not stop the run, and a
 * text already stored (by sha256) adds nothing.
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "libpq-fe.h"

/* What one run did, for the summary. */
typedef struct load_totals
{
	int			files;
	int			loaded;
	int			already_loaded;
	int			failed;
	int			skipped;		/* entries of folders that are not files */
	long		reports;
	long		new_reports;
	int			no_report;
	long		findings;
} load_totals;

static void
usage(void)
{
	printf("%s load: load report files into a database with the disclosure extension.\n\n",
		   cli_progname);
	printf("Usage:\n"
		   "  %s load [OPTION]... PATH...\n\n", cli_progname);
	printf("Each PATH is a file, or a folder searched recursively for files named\n"
		   "*.txt, *.md, *.htm, *.html, *.pdf, *.docx or with no extension. What a\n"
		   "file is, is told by its bytes: a PDF's text is read through poppler in\n"
		   "physical layout (as pdftotext -layout reads it), a DOCX is read as an\n"
		   "HTML page; a scanned PDF with no text layer, an encrypted PDF, a damaged\n"
		   "file, or one that would take more than %d s, %d MB of memory, %d pages\n"
		   "or %d MB of text (DISCLOSURE_EXTRACT_SECONDS sets the seconds) fails,\n"
		   "with the reason. Other files may be in UTF-8, GBK or GB18030, with or\n"
		   "without a byte-order mark. Each text is stored in UTF-8 with\n"
		   "disclosure_load(PATH, TEXT, ...) with the SHA-256, size and media type\n"
		   "of the file and how its text was taken (not the file itself), PATH with\n"
		   "control characters and bytes that are not UTF-8 written \\xNN. A text\n"
		   "stored before adds nothing, so running again over the same folder is\n"
		   "safe. Only regular files of up to %d MB are read: a FIFO, device or\n"
		   "socket named fails; in a folder it is skipped, as are broken links and\n"
		   "link loops.\n\n",
		   CLI_EXTRACT_SECONDS, (int) (CLI_EXTRACT_MAX_MEMORY >> 20),
		   CLI_PDF_MAX_PAGES, (int) (CLI_EXTRACT_MAX_TEXT >> 20),
		   (int) (CLI_MAX_FILE_BYTES >> 20));
	printf("Connection options (as psql's; what is not given comes from PGHOST,\n"
		   "PGPORT, PGUSER, PGDATABASE, PGPASSWORD, ~/.pgpass and the like):\n"
		   "  -d, --dbname=DBNAME      database name, or a conninfo string or URI\n"
		   "  -h, --host=HOSTNAME      database server host or socket directory\n"
		   "  -p, --port=PORT          database server port\n"
		   "  -U, --username=USERNAME  database user name\n\n");
	printf("Other options:\n"
		   "  -?, --help               show this help, then exit\n\n");
	printf("Progress goes to stderr: one line updated in place on a terminal, a line\n"
		   "per file otherwise. A file that fails is reported with its path and the\n"
		   "reason, and the run goes on. A file's transaction that fails with a\n"
		   "serialization failure or a deadlock is tried again, up to %d times in\n"
		   "all, with a warning each time. The summary at the end (on stdout) counts\n"
		   "files, reports, documents with no report, findings, failures and what\n"
		   "was skipped.\n\n", CLI_STORE_ATTEMPTS);
	printf("Exit status: 0 when every file was loaded, 1 when some file failed,\n"
		   "2 on bad usage or when the database cannot be used.\n");
}

#define OPT_HELP 256

/* Options into o; the index of the first path, or -1 to exit with *status. */
static int
parse_options(int argc, char **argv, cli_conn_options *o, int *status)
{
	static const struct option long_options[] = {
		{"dbname", required_argument, NULL, 'd'},
		{"host", required_argument, NULL, 'h'},
		{"port", required_argument, NULL, 'p'},
		{"username", required_argument, NULL, 'U'},
		{"help", no_argument, NULL, OPT_HELP},
		{NULL, 0, NULL, 0}
	};
	int			c;

	memset(o, 0, sizeof(*o));
	*status = CLI_EXIT_OK;
	if (argc > 1 && strcmp(argv[1], "-?") == 0)
	{
		usage();
		return -1;
	}
	while ((c = getopt_long(argc, argv, "d:h:p:U:", long_options, NULL)) != -1)
	{
		switch (c)
		{
			case 'd':
				o->dbname = optarg;
				break;
			case 'h':
				o->host = optarg;
				break;
			case 'p':
				o->port = optarg;
				break;
			case 'U':
				o->user = optarg;
				break;
			case OPT_HELP:
				usage();
				return -1;
			default:
				/* getopt has said what was wrong */
				cli_try_help("load");
				*status = CLI_EXIT_USAGE;
				return -1;
		}
	}
	if (optind >= argc)
	{
		cli_error("no files or folders given");
		cli_try_help("load");
		*status = CLI_EXIT_USAGE;
		return -1;
	}
	return optind;
}

/* The plain progress line's account of one stored file. */
static void
describe(const cli_store_result *r, const cli_text *text, char *buf, size_t size)
{
	char		enc[64] = "";

	if (strcmp(text->media_type, CLI_MEDIA_PDF) == 0)
		snprintf(enc, sizeof(enc), " [PDF]");
	else if (strcmp(text->media_type, CLI_MEDIA_DOCX) == 0)
		snprintf(enc, sizeof(enc), " [DOCX]");
	else if (strcmp(text->encoding, "UTF-8") != 0 || text->had_bom)
		snprintf(enc, sizeof(enc), " [%s%s]", text->encoding,
				 text->had_bom ? " with byte-order mark" : "");
	if (r->reports == 0)
		snprintf(buf, size, "%sno report (%s)%s",
				 r->already_loaded ? "already loaded, " : "",
				 r->note ? r->note : "no annual report found", enc);
	else
		snprintf(buf, size, "%s%d report%s, %ld finding%s%s",
				 r->already_loaded ? "already loaded, " : "",
				 r->reports, r->reports == 1 ? "" : "s",
				 r->findings, r->findings == 1 ? "" : "s", enc);
}

static void
count(load_totals *t, cli_progress *p, const cli_store_result *r)
{
	if (r->already_loaded)
		t->already_loaded++;
	else
	{
		t->loaded++;
		t->new_reports += r->reports;
	}
	t->reports += r->reports;
	t->findings += r->findings;
	if (r->reports == 0)
		t->no_report++;
	p->reports = t->reports;
	p->findings = t->findings;
}

/* One file, start to end; false only when the connection is gone. */
static bool
load_file(PGconn *conn, const cli_store_sql *sql, const cli_file *file,
		  load_totals *t, cli_progress *p)
{
	char		reason[1024];
	char		outcome[1200];
	cli_text	text;
	cli_store_result r = {0};

	if (file->error)
		snprintf(reason, sizeof(reason), "%s", file->error);
	else if (cli_read_document(file->path, &text, reason, sizeof(reason)))
	{
		bool		ok = cli_store(conn, sql, file->name, &text, &r, p,
								   reason, sizeof(reason));

		if (ok)
		{
			count(t, p, &r);
			describe(&r, &text, outcome, sizeof(outcome));
			cli_progress_file(p, file->name, outcome);
		}
		free(text.data);
		free(r.note);
		if (ok)
			return true;
		if (PQstatus(conn) == CONNECTION_BAD)
			return false;
	}
	t->failed++;
	cli_progress_failure(p, file->name, reason);
	return true;
}

static void
print_summary(const load_totals *t, double rate)
{
	printf("files: %d (loaded %d, already loaded %d, failed %d; %.1f files/s)\n",
		   t->files, t->loaded, t->already_loaded, t->failed, rate);
	printf("reports: %ld (%ld new)\n", t->reports, t->new_reports);
	printf("documents with no report: %d\n", t->no_report);
	printf("findings: %ld\n", t->findings);
	printf("failures: %d\n", t->failed);
	printf("skipped: %d\n", t->skipped);
}

/* Every file in turn; false when the connection was lost on the way. */
static bool
load_all(PGconn *conn, const cli_store_sql *sql, const cli_files *files,
		 load_totals *t, double *rate)
{
	cli_progress p;

	cli_progress_start(&p, files->n);
	for (int i = 0; i < files->n; i++)
	{
		if (!load_file(conn, sql, &files->items[i], t, &p))
		{
			cli_progress_end(&p);
			cli_error("connection to the server lost while loading %s: %s",
					  files->items[i].name, PQerrorMessage(conn));
			fprintf(stderr, "%d of %d files were done; running again loads the rest.\n",
					i, files->n);
			return false;
		}
	}
	cli_progress_end(&p);
	*rate = cli_progress_rate(&p);
	return true;
}

int
cli_load_main(int argc, char **argv)
{
	cli_conn_options o;
	int			status;
	int			first = parse_options(argc, argv, &o, &status);
	PGconn	   *conn;
	char	   *schema;
	cli_files	files;
	cli_store_sql sql;
	load_totals t = {0};
	double		rate = 0;
	bool		whole;

	if (first < 0)
		return status;
	conn = cli_connect(&o);
	if (conn == NULL)
		return CLI_EXIT_USAGE;
	schema = cli_extension_schema(conn);
	if (schema == NULL)
	{
		PQfinish(conn);
		return CLI_EXIT_USAGE;
	}
	cli_store_prepare(&sql, schema);
	cli_walk(argv + first, argc - first, &files);
	t.files = files.n;
	t.skipped = files.skipped;
	if (files.n == 0)
		fprintf(stderr, "%s: no report files found in the paths given\n",
				cli_progname);
	whole = load_all(conn, &sql, &files, &t, &rate);
	if (whole)
		print_summary(&t, rate);
	PQfinish(conn);
	cli_files_free(&files);
	cli_store_free(&sql);
	free(schema);
	if (!whole)
		return CLI_EXIT_USAGE;
	return t.failed ? CLI_EXIT_FILES : CLI_EXIT_OK;
}
