/*
 * extract.c
 *	  What a file is, by its bytes, and its text: PDF through poppler
 *	  (pdf.cpp), DOCX as an HTML page (docx.c), anything else as text or
 *	  HTML in UTF-8, GBK or GB18030 (encoding.c).
 *
 * A PDF or DOCX is read in a child process, with an address-space limit of
 * CLI_EXTRACT_MAX_MEMORY and CLI_EXTRACT_SECONDS of time (or the whole
 * seconds in DISCLOSURE_EXTRACT_SECONDS): a hostile file (a PDF bomb, a zip
 * bomb, a damaged file that makes the library crash) costs that much at
 * most and ends in a reason, and the run goes on with the next file. The
 * child sends back one byte, 'T' for text or 'E' for a reason, then the
 * text or the reason; no more than CLI_EXTRACT_MAX_TEXT bytes are taken.
 */
#define _GNU_SOURCE				/* pipe2 */

#include "cli.h"
#include "extract.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dsc_html.h"

static int
limit_seconds(void)
{
	const char *s = getenv("DISCLOSURE_EXTRACT_SECONDS");
	long		n = s ? strtol(s, NULL, 10) : 0;

	return n >= 1 && n <= 3600 ? (int) n : CLI_EXTRACT_SECONDS;
}

static void
write_all(int fd, const char *data, size_t len)
{
	while (len > 0)
	{
		ssize_t		n = write(fd, data, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		data += n;
		len -= (size_t) n;
	}
}

/* The child: limits, the extractor, its answer down the pipe. */
static void
child(int fd, cli_extract_fn fn, const char *bytes, size_t len, int seconds)
{
	struct rlimit mem = {CLI_EXTRACT_MAX_MEMORY, CLI_EXTRACT_MAX_MEMORY};
	struct rlimit cpu = {(rlim_t) seconds, (rlim_t) seconds + 1};
	struct rlimit core = {0, 0};
	cli_buf		out = {0};
	char		reason[1024] = "";

	(void) setrlimit(RLIMIT_AS, &mem);
	(void) setrlimit(RLIMIT_CPU, &cpu);
	(void) setrlimit(RLIMIT_CORE, &core);
	if (fn(bytes, len, &out, reason, sizeof(reason)))
	{
		write_all(fd, "T", 1);
		write_all(fd, out.data, out.len);
	}
	else
	{
		write_all(fd, "E", 1);
		write_all(fd, reason, strlen(reason));
	}
	_exit(0);
}

/*
 * What the child sent, read until it closes the pipe, the deadline passes
 * or the text passes the limit; *timed_out and *too_big say which stopped it.
 */
static void
collect(int fd, double deadline, cli_buf *got, bool *timed_out, bool *too_big)
{
	size_t		cap = 64 * 1024;

	got->data = cli_xmalloc(cap);
	got->len = 0;
	for (;;)
	{
		struct pollfd p = {.fd = fd, .events = POLLIN};
		double		left = deadline - cli_now();
		int			ready = left > 0 ? poll(&p, 1, (int) (left * 1000) + 1) : 0;
		ssize_t		n;

		if (ready == 0 && cli_now() >= deadline)
		{
			*timed_out = true;
			return;
		}
		if (ready <= 0)
			continue;			/* not yet, or a signal came */
		if (got->len == cap)
			got->data = cli_xrealloc(got->data, cap *= 2);
		n = read(fd, got->data + got->len, cap - got->len);
		if (n < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (n <= 0)
			return;
		got->len += (size_t) n;
		if (got->len > CLI_EXTRACT_MAX_TEXT + 1)
		{
			*too_big = true;
			return;
		}
	}
}

/* Why the child gave no answer, from how it ended. */
static void
explain_end(int status, const char *kind, int seconds, char *reason,
			size_t reason_size)
{
	if (WIFSIGNALED(status) &&
		(WTERMSIG(status) == SIGXCPU || WTERMSIG(status) == SIGKILL))
		snprintf(reason, reason_size,
				 "a %s that took more than %d s to read (a %s bomb?): stopped",
				 kind, seconds, kind);
	else if (WIFSIGNALED(status))
		snprintf(reason, reason_size,
				 "a %s the reader failed on (%s; a damaged file, or one that "
				 "needs more than %d MB of memory): not read",
				 kind, strsignal(WTERMSIG(status)),
				 (int) (CLI_EXTRACT_MAX_MEMORY >> 20));
	else
		snprintf(reason, reason_size,
				 "a %s the reader failed on (it ended with status %d): not read",
				 kind, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

/* fn run on bytes in a child process; false with a reason. */
static bool
run_bounded(cli_extract_fn fn, const char *kind, const char *bytes, size_t len,
			cli_buf *text, char *reason, size_t reason_size)
{
	int			seconds = limit_seconds();
	int			fds[2];
	pid_t		pid;
	cli_buf		got = {0};
	bool		timed_out = false;
	bool		too_big = false;
	int			status = 0;

	if (pipe2(fds, O_CLOEXEC) != 0 || (pid = fork()) < 0)
	{
		snprintf(reason, reason_size, "could not start the %s reader: %s",
				 kind, strerror(errno));
		return false;
	}
	if (pid == 0)
	{
		close(fds[0]);
		child(fds[1], fn, bytes, len, seconds);
	}
	close(fds[1]);
	collect(fds[0], cli_now() + seconds, &got, &timed_out, &too_big);
	close(fds[0]);
	if (timed_out || too_big)
		kill(pid, SIGKILL);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (timed_out)
		snprintf(reason, reason_size,
				 "a %s that took more than %d s to read (a %s bomb?): stopped",
				 kind, seconds, kind);
	else if (too_big)
		snprintf(reason, reason_size,
				 "a %s whose text is more than %d MB (a %s bomb?): not read",
				 kind, (int) (CLI_EXTRACT_MAX_TEXT >> 20), kind);
	else if (got.len > 0 && got.data[0] == 'T')
	{
		text->len = got.len - 1;
		text->data = got.data;
		memmove(text->data, text->data + 1, text->len);
		return true;
	}
	else if (got.len > 0 && got.data[0] == 'E')
		snprintf(reason, reason_size, "%.*s", (int) (got.len - 1), got.data + 1);
	else
		explain_end(status, kind, seconds, reason, reason_size);
	free(got.data);
	return false;
}

/* Text that came out of an extractor, checked and copied as encoding.c does. */
static bool
take_extracted(cli_buf *text, cli_text *out, char *reason, size_t reason_size)
{
	char		why[512];
	bool		ok = cli_decode(text->data, text->len, out, why, sizeof(why));

	free(text->data);
	if (!ok)
		snprintf(reason, reason_size, "its text could not be taken: %s", why);
	return ok;
}

bool
cli_extract(const char *bytes, size_t len, cli_text *out, char *reason,
			size_t reason_size)
{
	cli_buf		text = {0};
	const char *media_type;
	const char *extractor;

	memset(out, 0, sizeof(*out));
	if (cli_pdf_looks(bytes, len) || cli_docx_looks(bytes, len))
	{
		bool		pdf = cli_pdf_looks(bytes, len);

		media_type = pdf ? CLI_MEDIA_PDF : CLI_MEDIA_DOCX;
		extractor = pdf ? cli_pdf_extractor() : cli_docx_extractor();
		if (!run_bounded(pdf ? cli_pdf_text : cli_docx_html, pdf ? "PDF" : "DOCX",
						 bytes, len, &text, reason, reason_size) ||
			!take_extracted(&text, out, reason, reason_size))
			return false;
		snprintf(out->extractor, sizeof(out->extractor), "%s", extractor);
	}
	else
	{
		if (!cli_decode(bytes, len, out, reason, reason_size))
			return false;
		media_type = dsc_looks_like_html(out->data, out->len) ? "text/html" : "text/plain";
		if (strcmp(out->encoding, "UTF-8") == 0)
			snprintf(out->extractor, sizeof(out->extractor), "as is (UTF-8%s)",
					 out->had_bom ? ", byte-order mark removed" : "");
		else
			snprintf(out->extractor, sizeof(out->extractor),
					 "as is (%s converted to UTF-8%s)", out->encoding,
					 out->had_bom ? ", byte-order mark removed" : "");
	}
	out->media_type = media_type;
	out->source_bytes = len;
	cli_sha256_hex(bytes, len, out->source_sha256);
	return true;
}
