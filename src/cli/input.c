/*
 * input.c
 *	  Read one report file whole and take its text (extract.c): a PDF or
 *	  DOCX through its reader, anything else decoded to UTF-8.
 *
 * Only regular files are read (and standard input, for "-"): a FIFO would
 * block the run until some writer came, and /dev/zero or /dev/urandom would
 * never end. The walk (walk.c) refuses such paths by stat() before anything
 * opens them; here the file is opened with O_NONBLOCK, so that opening a
 * FIFO put in the place of a file since then cannot block either, and
 * checked again with fstat() on what was opened. No more than
 * CLI_MAX_FILE_BYTES are read from anything, standard input included.
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Wait until fd can be read (standard input may have been left non-blocking). */
static void
wait_readable(int fd)
{
	struct pollfd p = {.fd = fd, .events = POLLIN};

	(void) poll(&p, 1, -1);
}

/*
 * At most CLI_MAX_FILE_BYTES + 1 bytes of fd, so that *len shows whether
 * there was more; false with errno set on a read error. expected sizes the
 * first buffer.
 */
static bool
read_capped(int fd, size_t expected, char **bytes, size_t *len)
{
	size_t		limit = CLI_MAX_FILE_BYTES + 1;
	size_t		cap = expected < 64 * 1024 ? 64 * 1024 : expected + 1;
	size_t		n = 0;
	char	   *buf;

	if (cap > limit)
		cap = limit;
	buf = cli_xmalloc(cap);
	while (n < limit)
	{
		ssize_t		got;

		if (n == cap)
			buf = cli_xrealloc(buf, cap = cap * 2 < limit ? cap * 2 : limit);
		got = read(fd, buf + n, cap - n);
		if (got > 0)
			n += (size_t) got;
		else if (got == 0)
			break;
		else if (errno == EAGAIN || errno == EWOULDBLOCK)
			wait_readable(fd);
		else if (errno != EINTR)
		{
			int			saved = errno;

			free(buf);
			errno = saved;
			return false;
		}
	}
	*bytes = buf;
	*len = n;
	return true;
}

const char *
cli_file_kind(mode_t mode)
{
	if (S_ISFIFO(mode))
		return "a FIFO (named pipe)";
	if (S_ISCHR(mode))
		return "a character device";
	if (S_ISBLK(mode))
		return "a block device";
	if (S_ISSOCK(mode))
		return "a socket";
	if (S_ISDIR(mode))
		return "a folder";
	if (S_ISREG(mode))
		return "a regular file";
	return "not a regular file";
}

/* A file (not "-") opened for reading; -1 with a reason if it may not be. */
static int
open_regular(const char *path, size_t *size, char *reason, size_t reason_size)
{
	int			fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	struct stat st;

	if (fd < 0)
	{
		snprintf(reason, reason_size, "could not open: %s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) != 0)
		snprintf(reason, reason_size, "could not stat: %s", strerror(errno));
	else if (!S_ISREG(st.st_mode))
		snprintf(reason, reason_size, "%s, not a regular file: not read",
				 cli_file_kind(st.st_mode));
	else if ((unsigned long long) st.st_size > CLI_MAX_FILE_BYTES)
		snprintf(reason, reason_size,
				 "%lld bytes, more than the %d MB a file may have: not read",
				 (long long) st.st_size, (int) (CLI_MAX_FILE_BYTES >> 20));
	else
	{
		/* a regular file: reads that wait for the disk are what we want */
		(void) fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
		*size = (size_t) st.st_size;
		return fd;
	}
	close(fd);
	return -1;
}

bool
cli_read_document(const char *path, cli_text *out, char *reason,
				  size_t reason_size)
{
	bool		from_stdin = strcmp(path, "-") == 0;
	size_t		size = 0;
	int			fd;
	char	   *bytes;
	size_t		len;
	bool		ok;

	memset(out, 0, sizeof(*out));
	fd = from_stdin ? STDIN_FILENO : open_regular(path, &size, reason, reason_size);
	if (fd < 0)
		return false;
	ok = read_capped(fd, size, &bytes, &len);
	if (!ok)
		snprintf(reason, reason_size, "could not read: %s", strerror(errno));
	if (!from_stdin)
		close(fd);
	if (!ok)
		return false;
	if (len > CLI_MAX_FILE_BYTES)
	{
		snprintf(reason, reason_size,
				 "more than the %d MB a file may have: not read",
				 (int) (CLI_MAX_FILE_BYTES >> 20));
		free(bytes);
		return false;
	}
	ok = cli_extract(bytes, len, out, reason, reason_size);
	free(bytes);
	return ok;
}
