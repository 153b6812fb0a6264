/*
 * progress.c
 *	  What `disclosure load` shows while it runs, on stderr.
 *
 * On a terminal, one line redrawn in place: files done of total, files per
 * second, reports found and findings so far. Elsewhere (a log, a pipe, CI),
 * one plain line per file, since a carriage return would garble it.
 * Failures are written on lines of their own in both cases.
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <string.h>
#include <unistd.h>

/* redraw the terminal line at most this often, so output never slows a run */
#define REDRAW_SECONDS 0.1

void
cli_progress_start(cli_progress *p, int total)
{
	memset(p, 0, sizeof(*p));
	p->tty = isatty(fileno(stderr));
	p->total = total;
	p->started = cli_now();
}

double
cli_progress_rate(const cli_progress *p)
{
	double		elapsed = cli_now() - p->started;

	return elapsed > 0 ? p->done / elapsed : 0;
}

static void
clear_line(cli_progress *p)
{
	if (p->line_shown)
		fputs("\r\033[K", stderr);
	p->line_shown = false;
}

static void
draw(cli_progress *p, bool force)
{
	double		now = cli_now();

	if (!force && now - p->drawn < REDRAW_SECONDS)
		return;
	p->drawn = now;
	clear_line(p);
	fprintf(stderr, "%d/%d files, %.1f files/s, %ld reports, %ld findings",
			p->done, p->total, cli_progress_rate(p), p->reports, p->findings);
	if (p->failed)
		fprintf(stderr, ", %d failed", p->failed);
	fflush(stderr);
	p->line_shown = true;
}

/* One file done (name: its path escaped); outcome says what it gave. */
void
cli_progress_file(cli_progress *p, const char *name, const char *outcome)
{
	p->done++;
	if (p->tty)
		draw(p, p->done == p->total);
	else
		fprintf(stderr, "[%d/%d] %s: %s\n", p->done, p->total, name, outcome);
}

void
cli_progress_failure(cli_progress *p, const char *name, const char *reason)
{
	p->done++;
	p->failed++;
	clear_line(p);
	cli_error("%s: %s", name, reason);
	if (p->tty)
		draw(p, true);
}

void
cli_progress_retry(cli_progress *p, const char *name, const char *reason,
				   const char *sqlstate, double pause, int attempt, int of)
{
	clear_line(p);
	fprintf(stderr, "%s: warning: %s: %s (SQLSTATE %s); trying again in %.2f s (attempt %d of %d)\n",
			cli_progname, name, reason, sqlstate, pause, attempt, of);
	if (p->tty)
		draw(p, true);
}

void
cli_progress_end(cli_progress *p)
{
	/* the last file drew the final figures; keep them on screen */
	if (p->tty && p->line_shown)
		fputc('\n', stderr);
}
