/*
 * conn.c
 *	  Connecting to the database for `disclosure load`.
 *
 * The options and their precedence are psql's: -h, -p, -U and -d, where -d
 * may also be a conninfo string or URI whose fields the other options do
 * not override; what is not given comes from PGHOST, PGPORT, PGUSER,
 * PGDATABASE, PGPASSWORD, ~/.pgpass, PGSERVICE and the other PG* variables.
 */
#include "cli.h"

#include <stdlib.h>

#include "libpq-fe.h"

PGconn *
cli_connect(const cli_conn_options *o)
{
	/* dbname last: fields of an expanded conninfo override those before it */
	const char *const keywords[] = {
		"host", "port", "user", "dbname",
		"fallback_application_name", "client_encoding", NULL
	};
	/* the documents are sent as UTF-8, whatever the locale of this shell */
	const char *const values[] = {
		o->host, o->port, o->user, o->dbname, cli_progname, "UTF8", NULL
	};
	PGconn	   *conn = PQconnectdbParams(keywords, values, 1);

	if (conn == NULL)
	{
		cli_error("out of memory");
		return NULL;
	}
	if (PQstatus(conn) != CONNECTION_OK)
	{
		cli_error("%s", PQerrorMessage(conn));
		if (PQconnectionNeedsPassword(conn))
			fprintf(stderr, "Give the password in PGPASSWORD or ~/.pgpass.\n");
		PQfinish(conn);
		return NULL;
	}
	return conn;
}

/*
 * The schema holding the extension, quoted for use in SQL, so that the
 * functions are found whatever the search_path; NULL (and a message) when
 * the database does not have the extension.
 */
char *
cli_extension_schema(PGconn *conn)
{
	PGresult   *res = PQexec(conn,
							 "SELECT pg_catalog.quote_ident(n.nspname) "
							 "FROM pg_catalog.pg_extension e "
							 "JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace "
							 "WHERE e.extname = 'disclosure'");
	char	   *schema = NULL;

	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		cli_error("%s", PQerrorMessage(conn));
	else if (PQntuples(res) == 0)
	{
		cli_error("the extension \"disclosure\" is not installed in database \"%s\"",
				  PQdb(conn));
		fprintf(stderr, "Run CREATE EXTENSION disclosure; in that database first.\n");
	}
	else
		schema = cli_xstrdup(PQgetvalue(res, 0, 0));
	PQclear(res);
	return schema;
}
