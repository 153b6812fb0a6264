/*
 * encoding.c
 *	  Turn the bytes of a report file into UTF-8.
 *
 * Reports reach analysts in UTF-8, GBK or GB18030, some with a byte-order
 * mark. The files do not say which, so the bytes decide: UTF-8 is tried
 * first, because Chinese text in GBK is practically never valid UTF-8 while
 * the reverse is often true; then GB18030, which is a superset of GBK (and
 * of GB2312). A file that is neither fails with the offset of the first byte
 * that could not be read, rather than being loaded as garbage.
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <iconv.h>
#include <stdlib.h>
#include <string.h>

static const unsigned char utf8_bom[] = {0xEF, 0xBB, 0xBF};
/* U+FEFF written in GB18030 */
static const unsigned char gb18030_bom[] = {0x84, 0x31, 0x95, 0x33};

static bool
starts_with(const char *bytes, size_t len, const unsigned char *prefix,
			size_t n)
{
	return len >= n && memcmp(bytes, prefix, n) == 0;
}

/*
 * The length of the valid UTF-8 character at s (1 to 4), or 0 when the bytes
 * there are not one. Overlong forms, surrogates and code points above
 * U+10FFFF are invalid, as they are to PostgreSQL.
 */
size_t
cli_utf8_char(const unsigned char *s, size_t len)
{
	unsigned char c = s[0];
	size_t		n;
	unsigned char lo = 0x80,
				hi = 0xBF;		/* allowed range of the second byte */

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF)
	{
		n = 3;
		lo = c == 0xE0 ? 0xA0 : 0x80;	/* no overlong forms */
		hi = c == 0xED ? 0x9F : 0xBF;	/* no surrogates */
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		n = 4;
		lo = c == 0xF0 ? 0x90 : 0x80;
		hi = c == 0xF4 ? 0x8F : 0xBF;	/* nothing above U+10FFFF */
	}
	else
		return 0;
	if (n > len || s[1] < lo || s[1] > hi)
		return 0;
	for (size_t k = 2; k < n; k++)
		if (s[k] < 0x80 || s[k] > 0xBF)
			return 0;
	return n;
}

/* The length of the longest valid UTF-8 prefix: len when all of it is. */
static size_t
utf8_valid_prefix(const unsigned char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		size_t		n = cli_utf8_char(s + i, len - i);

		if (n == 0)
			return i;
		i += n;
	}
	return len;
}

static void
take_utf8(const char *bytes, size_t len, cli_text *out)
{
	out->data = cli_xmalloc(len + 1);
	memcpy(out->data, bytes, len);
	out->data[len] = '\0';
	out->len = len;
	out->encoding = "UTF-8";
}

/*
 * GB18030 -> UTF-8 with iconv. Returns false with *bad_offset set to the
 * first byte that is not GB18030 (or where the text is cut in the middle of
 * a character); (size_t) -1 when iconv has no GB18030 converter.
 */
static bool
take_gb18030(const char *bytes, size_t len, cli_text *out, size_t *bad_offset)
{
	iconv_t		cd = iconv_open("UTF-8", "GB18030");
	/* a GB18030 character never takes more than twice its bytes in UTF-8 */
	size_t		cap = len * 2 + 4;
	char	   *in = (char *) bytes;
	char	   *o;
	size_t		in_left = len;
	size_t		out_left = cap;
	bool		ok;

	*bad_offset = (size_t) -1;
	if (cd == (iconv_t) -1)
		return false;
	out->data = o = cli_xmalloc(cap + 1);
	ok = iconv(cd, &in, &in_left, &o, &out_left) != (size_t) -1 &&
		iconv(cd, NULL, NULL, &o, &out_left) != (size_t) -1;
	iconv_close(cd);
	if (!ok)
	{
		*bad_offset = (size_t) (in - bytes);
		free(out->data);
		out->data = NULL;
		return false;
	}
	*o = '\0';
	out->len = (size_t) (o - out->data);
	out->encoding = "GB18030";
	return true;
}

static unsigned int
byte_at(const char *bytes, size_t len, size_t offset)
{
	return offset < len ? (unsigned char) bytes[offset] : 0;
}

/* Neither UTF-8 nor GB18030: say where each went wrong. */
static bool
undecodable(const char *bytes, size_t len, size_t skipped, size_t utf8_bad,
			size_t gb_bad, char *reason, size_t reason_size)
{
	if (gb_bad == (size_t) -1)
		snprintf(reason, reason_size,
				 "not valid UTF-8 (byte 0x%02X at offset %zu), and this "
				 "system's iconv cannot convert from GB18030",
				 byte_at(bytes, len, utf8_bad), skipped + utf8_bad);
	else
		snprintf(reason, reason_size,
				 "neither UTF-8 (invalid byte 0x%02X at offset %zu) nor "
				 "GB18030/GBK (invalid byte 0x%02X at offset %zu)",
				 byte_at(bytes, len, utf8_bad), skipped + utf8_bad,
				 byte_at(bytes, len, gb_bad), skipped + gb_bad);
	return false;
}

/* The refusals that come before any decoding. */
static bool
refuse_early(const char *bytes, size_t len, char *reason, size_t reason_size)
{
	const char *nul;

	if (starts_with(bytes, len, (const unsigned char *) "\xFF\xFE", 2) ||
		starts_with(bytes, len, (const unsigned char *) "\xFE\xFF", 2))
	{
		snprintf(reason, reason_size,
				 "begins with a UTF-16 byte-order mark; only UTF-8, GBK and "
				 "GB18030 are read (convert it first: iconv -f UTF-16 -t UTF-8)");
		return true;
	}
	/* PostgreSQL text cannot hold NUL: a file with one is not a text file */
	nul = memchr(bytes, '\0', len);
	if (nul != NULL)
	{
		snprintf(reason, reason_size,
				 "contains a NUL byte (at offset %zu): not a text file",
				 (size_t) (nul - bytes));
		return true;
	}
	return false;
}

bool
cli_decode(const char *bytes, size_t len, cli_text *out, char *reason,
		   size_t reason_size)
{
	size_t		skipped = 0;
	size_t		utf8_bad;
	size_t		gb_bad;

	memset(out, 0, sizeof(*out));
	if (refuse_early(bytes, len, reason, reason_size))
		return false;
	if (starts_with(bytes, len, utf8_bom, sizeof(utf8_bom)))
		skipped = sizeof(utf8_bom);
	else if (starts_with(bytes, len, gb18030_bom, sizeof(gb18030_bom)))
		skipped = sizeof(gb18030_bom);
	out->had_bom = skipped > 0;
	bytes += skipped;
	len -= skipped;

	/* after a GB18030 mark the text is GB18030, whatever else it may pass for */
	utf8_bad = utf8_valid_prefix((const unsigned char *) bytes, len);
	if (utf8_bad == len && skipped != sizeof(gb18030_bom))
	{
		take_utf8(bytes, len, out);
		return true;
	}
	if (skipped != sizeof(utf8_bom) && take_gb18030(bytes, len, out, &gb_bad))
		return true;
	if (skipped == sizeof(utf8_bom))
	{
		snprintf(reason, reason_size,
				 "begins with a UTF-8 byte-order mark but is not valid UTF-8 "
				 "(byte 0x%02X at offset %zu)",
				 byte_at(bytes, len, utf8_bad), skipped + utf8_bad);
		return false;
	}
	return undecodable(bytes, len, skipped, utf8_bad, gb_bad, reason,
					   reason_size);
}
