/*
 * util.c
 *	  Messages, memory and time for the command-line tool.
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char *cli_progname = "disclosure";

/*
 * "disclosure: error: message" on stderr, as PostgreSQL's own programs write.
 * A trailing newline (libpq ends its messages with one) is dropped.
 */
void
cli_error(const char *fmt,...)
{
	va_list		ap;
	char		buf[4096];
	size_t		len;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	len = strlen(buf);
	while (len > 0 && buf[len - 1] == '\n')
		buf[--len] = '\0';
	fprintf(stderr, "%s: error: %s\n", cli_progname, buf);
}

void
cli_try_help(const char *command)
{
	if (command)
		fprintf(stderr, "Try \"%s %s --help\" for more information.\n",
				cli_progname, command);
	else
		fprintf(stderr, "Try \"%s --help\" for more information.\n",
				cli_progname);
}

static void
out_of_memory(void)
{
	cli_error("out of memory");
	exit(CLI_EXIT_USAGE);
}

void *
cli_xmalloc(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
		out_of_memory();
	return p;
}

void *
cli_xrealloc(void *ptr, size_t size)
{
	void	   *p = realloc(ptr, size ? size : 1);

	if (p == NULL)
		out_of_memory();
	return p;
}

char *
cli_xstrdup(const char *s)
{
	size_t		n = strlen(s) + 1;

	return memcpy(cli_xmalloc(n), s, n);
}

double
cli_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}
