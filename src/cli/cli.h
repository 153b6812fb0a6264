/*
 * cli.h
 *	  The command-line tool `disclosure`: shared declarations.
 *
 * The tool links the parser core (src/core) for `check`, and libpq for
 * `load`. Exit statuses are the same for every command.
 */
#ifndef DSC_CLI_H
#define DSC_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#define CLI_EXIT_OK		0		/* every file went well */
#define CLI_EXIT_FILES	1		/* some file failed; the others were done */
#define CLI_EXIT_USAGE	2		/* bad usage, or no connection to the server */

#define CLI_VERSION "1.0"

/* util.c */
extern const char *cli_progname;
extern void cli_error(const char *fmt,...)
			__attribute__((format(printf, 1, 2)));
extern void cli_try_help(const char *command);
/* malloc and friends that exit when memory runs out, as the core's arena does */
extern void *cli_xmalloc(size_t size);
extern void *cli_xrealloc(void *ptr, size_t size);
extern char *cli_xstrdup(const char *s);
extern double cli_now(void);	/* monotonic seconds */

/* walk.c: the files named on the command line, folders expanded */
typedef struct cli_file
{
	char	   *path;			/* as reached from the command line: to open */
	char	   *name;			/* path escaped (names.c): to print and store */
	char	   *error;			/* why the path could not be listed, or NULL */
} cli_file;

typedef struct cli_files
{
	cli_file   *items;
	int			n;
	int			cap;
	int			skipped;		/* entries of folders that are not files */
} cli_files;

/*
 * Files as named, and in folders (recursively, sorted by name) those whose
 * names end in .txt, .md, .htm, .html, .pdf, .docx or have no extension. A path that
 * cannot be listed, or one named that is not a regular file, is kept with
 * its error, in its place. In folders, FIFOs, sockets, devices, broken
 * links, link loops and links to folders are said on stderr and counted in
 * skipped, not kept.
 */
extern void cli_walk(char *const *args, int nargs, cli_files *files);
extern void cli_files_free(cli_files *files);

/*
 * names.c: a path in a form that is valid UTF-8 and safe on a terminal:
 * control characters, bidirectional overrides and bytes that are not UTF-8
 * as \xNN, a backslash as \\; malloc'd.
 */
extern char *cli_escape_name(const char *name);

/* encoding.c: bytes of a file in UTF-8, GBK or GB18030 -> UTF-8 */
typedef struct cli_text
{
	char	   *data;			/* UTF-8, NUL-terminated, malloc'd */
	size_t		len;
	const char *encoding;		/* what the bytes were: "UTF-8", "GB18030" */
	bool		had_bom;
	/* the original file (extract.c): stored with the document by `load` */
	const char *media_type;		/* "text/plain", "application/pdf", ... */
	char		extractor[160]; /* how the text was taken from it */
	char		source_sha256[65];	/* hex SHA-256 of the file's bytes */
	size_t		source_bytes;	/* its size */
} cli_text;

#define CLI_MEDIA_PDF "application/pdf"
#define CLI_MEDIA_DOCX \
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document"

/* The length of the valid UTF-8 character at s (1 to 4), or 0. */
extern size_t cli_utf8_char(const unsigned char *s, size_t len);

/* On failure returns false and writes a sentence saying why to reason. */
extern bool cli_decode(const char *bytes, size_t len, cli_text *out,
					   char *reason, size_t reason_size);

/*
 * extract.c: the text of a file's bytes, by what they are: a PDF (through
 * poppler) or a DOCX (as HTML), each read in a child process with bounded
 * time and memory (extract.h), else text or HTML decoded by cli_decode();
 * the media type, the way the text was taken and the bytes' SHA-256 and
 * size are set in out. False with a reason.
 */
extern bool cli_extract(const char *bytes, size_t len, cli_text *out,
						char *reason, size_t reason_size);

/* sha256.c */
extern void cli_sha256_hex(const void *data, size_t len, char hex[65]);

/*
 * input.c: read and decode one file ("-" is standard input). Only regular
 * files are read, and no more than CLI_MAX_FILE_BYTES of anything.
 */
#define CLI_MAX_FILE_BYTES ((size_t) 256 * 1024 * 1024)
extern bool cli_read_document(const char *path, cli_text *out,
							  char *reason, size_t reason_size);
/* "a FIFO (named pipe)", "a character device", ... for a stat() mode */
extern const char *cli_file_kind(mode_t mode);

/* progress.c: what `load` shows while it runs */
typedef struct cli_progress
{
	bool		tty;			/* one line redrawn in place, else a line a file */
	int			total;
	int			done;
	long		reports;
	long		findings;
	int			failed;
	double		started;		/* seconds, monotonic */
	double		drawn;			/* when the tty line was last drawn */
	bool		line_shown;
} cli_progress;

extern void cli_progress_start(cli_progress *p, int total);
/* name is a path as cli_escape_name() gives it */
extern void cli_progress_file(cli_progress *p, const char *name,
							  const char *outcome);
extern void cli_progress_failure(cli_progress *p, const char *name,
								 const char *reason);
/* a transaction of the file name is tried again, attempt of `of`, after pause s */
extern void cli_progress_retry(cli_progress *p, const char *name,
							   const char *reason, const char *sqlstate,
							   double pause, int attempt, int of);
extern void cli_progress_end(cli_progress *p);
extern double cli_progress_rate(const cli_progress *p);

/* conn.c: connecting as psql does (-d -h -p -U, then the PG* variables) */
typedef struct cli_conn_options
{
	const char *dbname;			/* a name, or a conninfo string or URI */
	const char *host;
	const char *port;
	const char *user;
} cli_conn_options;

struct pg_conn;
extern struct pg_conn *cli_connect(const cli_conn_options *o);
extern char *cli_extension_schema(struct pg_conn *conn);

/*
 * store.c: one file's transaction (disclosure_load, then the document's note
 * and findings), tried again on serialization failure (40001) and deadlock
 * (40P01) up to CLI_STORE_ATTEMPTS times in all, after pauses of about
 * CLI_STORE_FIRST_PAUSE seconds, doubled each time.
 */
#define CLI_STORE_ATTEMPTS 5
#define CLI_STORE_FIRST_PAUSE 0.1

typedef struct cli_store_sql	/* the statements, the extension's schema in */
{
	char	   *load;
	char	   *document;
} cli_store_sql;

typedef struct cli_store_result /* what the server said about one file */
{
	long		document_id;
	int			reports;
	bool		already_loaded;
	long		findings;
	char	   *note;			/* why the document holds no report; malloc'd */
} cli_store_result;

extern void cli_store_prepare(cli_store_sql *sql, const char *schema);
extern void cli_store_free(cli_store_sql *sql);
/* name (escaped) is stored as the source; false with a reason on failure */
extern bool cli_store(struct pg_conn *conn, const cli_store_sql *sql,
					  const char *name, const cli_text *text,
					  cli_store_result *out, cli_progress *p,
					  char *reason, size_t reason_size);

/* json.c: JSON output of reports and findings */
struct dsc_report;
struct dsc_findings;
extern void cli_json_string(FILE *out, const char *s);
/* The report as to_jsonb() shows the disclosure_report composite. */
extern void cli_json_report(FILE *out, const struct dsc_report *r);
/* The findings as to_jsonb() shows the rows of disclosure_check(). */
extern void cli_json_findings(FILE *out, const struct dsc_findings *f);

/* commands */
extern int	cli_check_main(int argc, char **argv);
extern int	cli_load_main(int argc, char **argv);

#endif							/* DSC_CLI_H */
