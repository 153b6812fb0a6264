/*
 * names.c
 *	  File names as the tool shows and stores them.
 *
 * A file name is bytes: it may hold control characters (an ESC that starts
 * a terminal escape sequence, a carriage return that hides what came before
 * it on the line), bidirectional overrides that reorder what is shown, or
 * bytes that are not UTF-8 at all (names made on a GBK system, or by a
 * program that wrote raw bytes). Printed as they are, such names can rewrite
 * the terminal of whoever reads the progress; sent to the server as they
 * are, a name that is not UTF-8 is refused as an invalid byte sequence, and
 * the file with it.
 *
 * So every name is shown, and stored in disclosure_documents.source, in one
 * escaped form that is valid UTF-8 and harmless to print: each such byte
 * becomes \xNN (lower-case hex), and a backslash becomes \\ so that the form
 * reads back unambiguously. Names without any of these are unchanged. The
 * file itself is always opened by its real name.
 */
#include "cli.h"

#include <stdint.h>
#include <string.h>

/* The code point of the valid UTF-8 character of n bytes at s. */
static uint32_t
code_point(const unsigned char *s, size_t n)
{
	static const unsigned char first_mask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
	uint32_t	cp = s[0] & first_mask[n];

	for (size_t k = 1; k < n; k++)
		cp = (cp << 6) | (s[k] & 0x3F);
	return cp;
}

/*
 * Characters that change how a terminal shows what follows: C0 and C1
 * controls, DEL, and the invisible marks and overrides of bidirectional
 * text (the "Trojan Source" characters).
 */
static bool
unsafe(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ||
		cp == 0x061C || cp == 0x200E || cp == 0x200F ||
		(cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

static char *
put_hex(char *o, const unsigned char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";

	for (size_t k = 0; k < n; k++)
	{
		*o++ = '\\';
		*o++ = 'x';
		*o++ = hex[s[k] >> 4];
		*o++ = hex[s[k] & 0x0F];
	}
	return o;
}

char *
cli_escape_name(const char *name)
{
	const unsigned char *s = (const unsigned char *) name;
	size_t		len = strlen(name);
	/* at worst every byte becomes four */
	char	   *shown = cli_xmalloc(len * 4 + 1);
	char	   *o = shown;

	for (size_t i = 0; i < len;)
	{
		size_t		n = cli_utf8_char(s + i, len - i);

		if (n == 0)
		{
			n = 1;				/* a byte that is not UTF-8 */
			o = put_hex(o, s + i, 1);
		}
		else if (unsafe(code_point(s + i, n)))
			o = put_hex(o, s + i, n);
		else if (s[i] == '\\')
		{
			*o++ = '\\';
			*o++ = '\\';
		}
		else
		{
			memcpy(o, s + i, n);
			o += n;
		}
		i += n;
	}
	*o = '\0';
	return shown;
}
