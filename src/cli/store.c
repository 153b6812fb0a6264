/*
 * store.c
 *	  One file's transaction in `disclosure load`.
 *
 * BEGIN, disclosure_load(source, text, and the record of the original file:
 * its SHA-256, size, media type and how its text was taken), the stored document's note and the
 * number of its findings, COMMIT: the file and its reports are stored
 * whole or not at all. A transaction that fails with a serialization
 * failure (SQLSTATE 40001: for instance under default_transaction_isolation
 * = serializable or repeatable read, when another session stores the same
 * text at the same moment) or a deadlock (40P01: another session locking
 * the tables in another order) is rolled back and tried again, a bounded
 * number of times, after a pause that doubles each time and is jittered so
 * that two loaders that collided do not collide again; each retry is said
 * on stderr. disclosure_load is idempotent, so trying again is safe.
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "libpq-fe.h"

/* The failures worth another attempt. */
static bool
retryable(const char *sqlstate)
{
	return strcmp(sqlstate, "40001") == 0 || strcmp(sqlstate, "40P01") == 0;
}

/* template with every @extschema@ replaced by schema, as in the install script */
static char *
with_schema(const char *template, const char *schema)
{
	static const char marker[] = "@extschema@";
	size_t		len = strlen(template) + 1;
	char	   *sql;
	char	   *o;

	for (const char *t = strstr(template, marker); t; t = strstr(t + 1, marker))
		len += strlen(schema);
	sql = o = cli_xmalloc(len);
	for (const char *t = template; *t;)
	{
		if (strncmp(t, marker, sizeof(marker) - 1) == 0)
		{
			o = stpcpy(o, schema);
			t += sizeof(marker) - 1;
		}
		else
			*o++ = *t++;
	}
	*o = '\0';
	return sql;
}

void
cli_store_prepare(cli_store_sql *sql, const char *schema)
{
	sql->load = with_schema(
		"SELECT document_id, reports, already_loaded "
		"FROM @extschema@.disclosure_load($1, $2, $3, $4::pg_catalog.int8, $5, $6)",
		schema);
	/* a statement of its own: the inserts of the first are not visible in it */
	sql->document = with_schema(
		"SELECT d.note, (SELECT count(*) FROM @extschema@.disclosure_reports r, "
		"@extschema@.disclosure_check(r.report) f WHERE r.document_id = d.id) "
		"FROM @extschema@.disclosure_documents d WHERE d.id = $1", schema);
	/* a seed for the jitter that differs between loaders started together */
	srand((unsigned int) getpid() ^ (unsigned int) time(NULL));
}

void
cli_store_free(cli_store_sql *sql)
{
	free(sql->load);
	free(sql->document);
}

/* Why an attempt failed. */
typedef struct attempt_failure
{
	char		sqlstate[6];	/* "" when the server gave none */
	char	   *reason;
	size_t		reason_size;
} attempt_failure;

/*
 * A statement's result when it has the status wanted (and, for rows, exactly
 * one); otherwise NULL, with the server's complaint in f as one line.
 */
static PGresult *
run(PGconn *conn, const char *sql, int nparams, const char *const *params,
	ExecStatusType want, attempt_failure *f)
{
	PGresult   *res = PQexecParams(conn, sql, nparams, NULL, params, NULL, NULL, 0);
	const char *primary;
	const char *detail;
	const char *sqlstate;

	if (PQresultStatus(res) == want &&
		(want != PGRES_TUPLES_OK || PQntuples(res) == 1))
		return res;
	primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL);
	sqlstate = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	if (primary == NULL)
		primary = *PQresultErrorMessage(res) ? PQresultErrorMessage(res) :
			PQerrorMessage(conn);
	snprintf(f->reason, f->reason_size, "the server refused it: %s%s%s", primary,
			 detail ? " " : "", detail ? detail : "");
	/* one line: a deadlock's detail has a line per process, libpq ends in \n */
	for (char *c = f->reason; *c; c++)
		if ((unsigned char) *c < 0x20)
			*c = ' ';
	for (size_t n = strlen(f->reason); n > 0 && f->reason[n - 1] == ' ';)
		f->reason[--n] = '\0';
	snprintf(f->sqlstate, sizeof(f->sqlstate), "%s", sqlstate ? sqlstate : "");
	PQclear(res);
	return NULL;
}

/* One attempt: the whole transaction, rolled back if any of it fails. */
static bool
attempt(PGconn *conn, const cli_store_sql *sql, const char *source,
		const cli_text *text, cli_store_result *out, attempt_failure *f)
{
	char		bytes[32];
	const char *params[6] = {source, text->data, text->source_sha256, bytes,
	text->media_type, text->extractor};
	PGresult   *res;
	char		id[32];

	memset(out, 0, sizeof(*out));
	if ((res = run(conn, "BEGIN", 0, NULL, PGRES_COMMAND_OK, f)) == NULL)
		return false;
	PQclear(res);
	snprintf(bytes, sizeof(bytes), "%zu", text->source_bytes);
	if ((res = run(conn, sql->load, 6, params, PGRES_TUPLES_OK, f)) == NULL)
		goto rollback;
	out->document_id = atol(PQgetvalue(res, 0, 0));
	out->reports = atoi(PQgetvalue(res, 0, 1));
	out->already_loaded = strcmp(PQgetvalue(res, 0, 2), "t") == 0;
	PQclear(res);

	snprintf(id, sizeof(id), "%ld", out->document_id);
	params[0] = id;
	if ((res = run(conn, sql->document, 1, params, PGRES_TUPLES_OK, f)) == NULL)
		goto rollback;
	out->note = PQgetisnull(res, 0, 0) ? NULL : cli_xstrdup(PQgetvalue(res, 0, 0));
	out->findings = atol(PQgetvalue(res, 0, 1));
	PQclear(res);

	/* under serializable, the commit itself may be what fails */
	if ((res = run(conn, "COMMIT", 0, NULL, PGRES_COMMAND_OK, f)) == NULL)
		goto rollback;
	PQclear(res);
	return true;

rollback:
	free(out->note);
	out->note = NULL;
	if (PQstatus(conn) == CONNECTION_OK && PQtransactionStatus(conn) != PQTRANS_IDLE)
		PQclear(PQexec(conn, "ROLLBACK"));
	return false;
}

static void
pause_seconds(double seconds)
{
	struct timespec ts;

	ts.tv_sec = (time_t) seconds;
	ts.tv_nsec = (long) ((seconds - (double) ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) != 0)
		;						/* interrupted: sleep what is left */
}

bool
cli_store(PGconn *conn, const cli_store_sql *sql, const char *name,
		  const cli_text *text, cli_store_result *out, cli_progress *p,
		  char *reason, size_t reason_size)
{
	attempt_failure f = {"", reason, reason_size};
	double		backoff = CLI_STORE_FIRST_PAUSE;

	for (int n = 1;; n++)
	{
		double		pause;

		if (attempt(conn, sql, name, text, out, &f))
			return true;
		if (!retryable(f.sqlstate) || PQstatus(conn) != CONNECTION_OK)
			return false;
		if (n == CLI_STORE_ATTEMPTS)
		{
			size_t		len = strlen(reason);

			snprintf(reason + len, reason_size - len,
					 " (SQLSTATE %s; given up after %d attempts)",
					 f.sqlstate, CLI_STORE_ATTEMPTS);
			return false;
		}
		/* between half and one and a half times the backoff */
		pause = backoff * (0.5 + (double) rand() / ((double) RAND_MAX + 1));
		cli_progress_retry(p, name, reason, f.sqlstate, pause, n + 1,
						   CLI_STORE_ATTEMPTS);
		pause_seconds(pause);
		backoff *= 2;
	}
}
