/*
 * input.c
 *	  Read one report file whole and decode it to UTF-8.
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* The whole stream; false with errno set on a read error. */
static bool
read_all(FILE *f, char **bytes, size_t *len)
{
	size_t		cap = 64 * 1024;
	size_t		n = 0;
	char	   *buf = cli_xmalloc(cap);

	for (;;)
	{
		size_t		got;

		if (n == cap)
			buf = cli_xrealloc(buf, cap *= 2);
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f))
	{
		int			saved = errno;

		free(buf);
		errno = saved;
		return false;
	}
	*bytes = buf;
	*len = n;
	return true;
}

bool
cli_read_document(const char *path, cli_text *out, char *reason,
				  size_t reason_size)
{
	bool		from_stdin = strcmp(path, "-") == 0;
	FILE	   *f = from_stdin ? stdin : fopen(path, "rb");
	char	   *bytes;
	size_t		len;
	bool		ok;

	memset(out, 0, sizeof(*out));
	if (f == NULL)
	{
		snprintf(reason, reason_size, "could not open: %s", strerror(errno));
		return false;
	}
	ok = read_all(f, &bytes, &len);
	if (!ok)
		snprintf(reason, reason_size, "could not read: %s", strerror(errno));
	if (!from_stdin)
		fclose(f);
	if (!ok)
		return false;
	ok = cli_decode(bytes, len, out, reason, reason_size);
	free(bytes);
	return ok;
}
