/*
 * text.c
 *	  Normalise a document into lines.
 *
 * Full-width ASCII (（一）, １２, ｜) is folded to ASCII, the box-drawing rules
 * of a table drawn in text (│ ┼ ║) to '|', the various Unicode spaces to ' ',
 * control characters to ' ', and invalid UTF-8 bytes to '?'.
 * The output is never longer than the input, so one buffer suffices.
 */
#include "dsc_internal.h"

#include <string.h>

/* Decode one well-formed UTF-8 sequence at s (n bytes left); 0 if invalid. */
static int
decode_utf8(const unsigned char *s, size_t n, uint32_t *cp)
{
	int			len = dsc_utf8_len(s[0]);

	if (len == 0 || (size_t) len > n)
		return 0;
	if (len == 1)
	{
		*cp = s[0];
		return 1;
	}
	*cp = s[0] & (0x7F >> len);
	for (int i = 1; i < len; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (s[i] & 0x3F);
	}
	/* overlong forms, surrogates, and beyond U+10FFFF */
	if ((len == 3 && *cp < 0x800) || (len == 4 && *cp < 0x10000) ||
		(*cp >= 0xD800 && *cp <= 0xDFFF) || *cp > 0x10FFFF)
		return 0;
	return len;
}

/*
 * Whether cp is a box-drawing character with a vertical stroke: │ ┃ ┆ ┇ ┊ ┋
 * ║, the corners and junctions ┌ ┬ ├ ┼ … (single and double lines).  The
 * horizontal ─ ━ stay: cells of them are dashes, a rule of no row.
 */
static bool
is_box_separator(uint32_t cp)
{
	return cp == 0x2502 || cp == 0x2503 || cp == 0x2506 || cp == 0x2507 ||
		cp == 0x250A || cp == 0x250B || (cp >= 0x250C && cp <= 0x254B) ||
		(cp >= 0x2551 && cp <= 0x256C);
}

/*
 * The replacement for code point cp: an ASCII byte, 0 to drop it, or -1 to
 * keep it as it is.
 */
static int
fold_code_point(uint32_t cp)
{
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return (int) (cp - 0xFEE0);
	/* a table drawn in box characters (w3m, lynx): its rules are cell separators */
	if (is_box_separator(cp))
		return '|';
	if (cp == 0x2550)			/* ═, a horizontal rule: a dash */
		return '-';
	switch (cp)
	{
		case 0x3000:			/* ideographic space */
		case 0x00A0:			/* no-break space */
		case 0x2002:
		case 0x2003:
		case 0x2009:
		case 0x200A:
			return ' ';
		case 0x200B:			/* zero-width space */
		case 0xFEFF:			/* byte-order mark */
			return 0;
		case 0x2028:
		case 0x2029:
			return '\n';
		default:
			return -1;
	}
}

/*
 * What normalise does with a byte: copy it (printable ASCII, tab, newline),
 * take a three-byte character whole (lead bytes E1-EC and EE: the CJK
 * block, and the punctuation of Chinese prose, 、。“”《》—, which
 * fold_code_point leaves alone but for the few of E2 80 and E3 80 that
 * three_byte_kept tells), fold a full-width form to ASCII (lead byte EF,
 * the commas and parentheses of Chinese text), or look closer (E0 and ED,
 * whose overlong and surrogate forms decode_utf8 rejects).
 */
enum
{
	BYTE_COPY,
	BYTE_NEWLINE,				/* copied and counted */
	BYTE_CJK_LEAD,
	BYTE_FULLWIDTH_LEAD,		/* EF: full-width forms, and others */
	BYTE_SLOW
};

static unsigned char byte_class[256];
static bool byte_class_ready;

static void
init_byte_class(void)
{
	for (int c = 0; c < 256; c++)
		byte_class[c] = c == '\n' ? BYTE_NEWLINE :
			(c >= 0x20 && c < 0x7F) || c == '\t' ? BYTE_COPY :
			((c >= 0xE1 && c <= 0xEC) || c == 0xEE) ? BYTE_CJK_LEAD :
			c == 0xEF ? BYTE_FULLWIDTH_LEAD : BYTE_SLOW;
	byte_class_ready = true;
}

/*
 * Whether the three-byte character at s (lead byte of class BYTE_CJK_LEAD,
 * continuation bytes checked) is copied as it is: every one but the spaces,
 * separators and zero-width space of E2 80, the box drawing of E2 94 and
 * E2 95, and the ideographic space E3 80 80, which fold_code_point changes.
 */
static inline bool
three_byte_kept(const unsigned char *s)
{
	/* E2 94 and E2 95: box drawing, which fold_code_point mostly folds */
	if (s[0] == 0xE2 && (s[1] == 0x94 || s[1] == 0x95))
		return false;
	if (s[1] != 0x80 || (s[0] != 0xE2 && s[0] != 0xE3))
		return true;
	if (s[0] == 0xE3)
		return s[2] != 0x80;
	switch (s[2])
	{
		case 0x82:				/* U+2002, U+2003, U+2009-200B */
		case 0x83:
		case 0x89:
		case 0x8A:
		case 0x8B:
		case 0xA8:				/* U+2028, U+2029 */
		case 0xA9:
			return false;
		default:
			return true;
	}
}

/*
 * One character that needs a closer look: ASCII controls, invalid bytes, and
 * the code points fold_code_point changes.  Returns the input bytes used.
 */
static size_t
normalise_slow(const unsigned char *s, size_t len, char *out, size_t *o)
{
	unsigned char c = s[0];
	uint32_t	cp;
	int			n;
	int			folded;

	if (c < 0x80)
	{
		if (c == '\r')
			out[(*o)++] = (len > 1 && s[1] == '\n') ? ' ' : '\n';
		else
			out[(*o)++] = ' ';	/* other controls and DEL */
		return 1;
	}
	n = decode_utf8(s, len, &cp);
	if (n == 0)
	{
		out[(*o)++] = '?';
		return 1;
	}
	folded = fold_code_point(cp);
	if (folded > 0)
		out[(*o)++] = (char) folded;
	else if (folded < 0)
	{
		memcpy(out + *o, s, (size_t) n);
		*o += (size_t) n;
	}
	return (size_t) n;
}

/* Bytes normalised between two interrupt checks: a few ms of work. */
#define NORMALISE_CHUNK (4 << 20)

/*
 * Whether the eight bytes w are printable ASCII (0x20-0x7E): no high bit,
 * no byte below 0x20, no DEL.
 */
static inline bool
all_printable_ascii(uint64_t w)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	const uint64_t highs = UINT64_C(0x8080808080808080);

	return ((w | ((w - ones * 0x20) & ~w) | (w + ones)) & highs) == 0;
}

/*
 * Whether the six bytes at s are two characters of U+4000-U+9FFF (lead
 * bytes E4-E9), the bulk of Chinese text, which normalise keeps.
 */
static inline bool
two_common_cjk(const unsigned char *s)
{
	return (unsigned char) (s[0] - 0xE4) < 6 && (unsigned char) (s[3] - 0xE4) < 6 &&
		((s[1] ^ 0x80) | (s[2] ^ 0x80) | (s[4] ^ 0x80) | (s[5] ^ 0x80)) < 0x40;
}

/*
 * The end of the run from i on that normalise copies as it is: printable
 * ASCII, tabs, newlines (counted in *nl) and the three-byte characters
 * three_byte_kept keeps.  A run may end past stop by a character.
 */
static inline size_t
kept_run_end(const unsigned char *s, size_t i, size_t stop, size_t len,
			 size_t *nl)
{
	while (i < stop)
	{
		unsigned char k;

		/* eight ASCII bytes, or two Chinese characters, at a time */
		if (i + 8 <= len)
		{
			uint64_t	w;

			memcpy(&w, s + i, 8);
			if (all_printable_ascii(w))
			{
				i += 8;
				continue;
			}
			if (two_common_cjk(s + i))
			{
				i += 6;
				continue;
			}
		}
		k = byte_class[s[i]];
		if (k == BYTE_COPY)
			i++;
		else if (k == BYTE_NEWLINE)
			i++, (*nl)++;
		else if (k == BYTE_CJK_LEAD && i + 2 < len &&
				 ((s[i + 1] ^ 0x80) | (s[i + 2] ^ 0x80)) < 0x40 &&
				 three_byte_kept(s + i))
			i += 3;
		else
			break;
	}
	return i;
}

/*
 * Normalise in[0..len) into out (at least len bytes); returns out's length.
 * The hot path copies runs of ASCII and of the common CJK block (lead bytes
 * E1-EC and EE, which fold_code_point never changes) at once, without
 * decoding them.  Interrupts are checked every NORMALISE_CHUNK bytes (a
 * 200 MB document takes about a second here).
 */
static size_t
normalise(const char *in, size_t len, char *out, const dsc_options *options,
		  size_t *newlines)
{
	const unsigned char *s = (const unsigned char *) in;
	size_t		i = 0;
	size_t		o = 0;
	size_t		nl = 0;

	if (!byte_class_ready)
		init_byte_class();
	while (i < len)
	{
		size_t		stop = len - i > NORMALISE_CHUNK ? i + NORMALISE_CHUNK : len;

		dsc_check(options);
		/* a character may end past stop: the bounds below are len's */
		while (i < stop)
		{
			size_t		j = kept_run_end(s, i, stop, len, &nl);

			if (j > i)
			{
				memcpy(out + o, s + i, j - i);
				o += j - i;
				i = j;
				continue;
			}
			/* EF BC 81-BF and EF BD 80-9E: U+FF01-FF5E, folded to ASCII */
			if (s[i] == 0xEF && i + 2 < len)
			{
				if (s[i + 1] == 0xBC && s[i + 2] >= 0x81 && s[i + 2] <= 0xBF)
				{
					out[o++] = (char) (s[i + 2] - 0x60);
					i += 3;
					continue;
				}
				if (s[i + 1] == 0xBD && s[i + 2] >= 0x80 && s[i + 2] <= 0x9E)
				{
					out[o++] = (char) (s[i + 2] - 0x20);
					i += 3;
					continue;
				}
			}
			{
				size_t		before = o;

				i += normalise_slow(s + i, len - i, out, &o);
				if (o > before && out[o - 1] == '\n')
					nl++;		/* from CR or U+2028/2029 */
			}
		}
	}
	*newlines = nl;
	return o;
}

void
dsc_text_split(dsc_arena *arena, const char *input, size_t len,
			   dsc_text *out, const dsc_options *options)
{
	char	   *buf = dsc_alloc(arena, len + 1);
	size_t		newlines;
	size_t		n = normalise(input, len, buf, options, &newlines);
	int			n_lines = (int) newlines + 1;
	char	   *p;
	char	   *end = buf + n;

	*end = '\0';
	dsc_check(options);
	/* not zeroed: the loop below sets every field (a 200 MB document of
	 * short lines spent 0.4 s between checks clearing this array) */
	out->lines = dsc_alloc(arena, sizeof(dsc_line) * (size_t) n_lines);
	out->n_lines = 0;
	/* (normalise counted every newline it wrote: the bound is for safety) */
	for (p = buf; p <= end && out->n_lines < n_lines; p++)
	{
		char	   *nl = memchr(p, '\n', (size_t) (end - p));
		dsc_line   *line = &out->lines[out->n_lines++];

		if (nl == NULL)
			nl = end;
		*nl = '\0';
		line->text = p;
		line->len = (size_t) (nl - p);
		line->compact = NULL;
		line->compact_len = 0;
		p = nl;
		if ((out->n_lines & 0xFFF) == 0)
			dsc_check(options);
	}
	dsc_reline(arena, out, options);
}

char *
dsc_compact(dsc_arena *arena, const char *s, size_t len)
{
	char	   *out = dsc_alloc(arena, len + 1);
	size_t		o = 0;
	size_t		i = 0;

	/* eight bytes at a time while they hold no blank (CJK text mostly) */
	while (i + 8 <= len)
	{
		uint64_t	w;

		memcpy(&w, s + i, 8);
		if (!dsc_has_byte(w, ' ') && !dsc_has_byte(w, '\t'))
		{
			memcpy(out + o, &w, 8);
			o += 8;
			i += 8;
			continue;
		}
		for (size_t end = i + 8; i < end; i++)
			if (s[i] != ' ' && s[i] != '\t')
				out[o++] = s[i];
	}
	for (; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t')
			out[o++] = s[i];
	out[o] = '\0';
	return out;
}

const char *
dsc_line_compact(dsc_arena *arena, dsc_line *line)
{
	if (line->compact == NULL)
	{
		/* most lines of Chinese prose hold no space: share their text */
		if (memchr(line->text, ' ', line->len) == NULL &&
			memchr(line->text, '\t', line->len) == NULL)
		{
			line->compact = line->text;
			line->compact_len = line->len;
		}
		else
		{
			line->compact = dsc_compact(arena, line->text, line->len);
			line->compact_len = strlen(line->compact);
		}
	}
	return line->compact;
}

bool
dsc_ends_with_n(const char *s, size_t n, const char *suffix)
{
	size_t		m = strlen(suffix);

	return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

bool
dsc_ends_with(const char *s, const char *suffix)
{
	size_t		n = strlen(s);
	size_t		m = strlen(suffix);

	return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

/*
 * Skip web-page debris that precedes text on the same line, as in
 * '大 中 小聊城市机关事务管理局' (the font-size switcher) or '字号:'.
 */
const char *
dsc_skip_debris(const char *compact)
{
	static const char *const debris[] = {"字号:", "大中小", "#", "*", ">"};
	bool		skipped;

	do
	{
		skipped = false;
		for (size_t i = 0; i < sizeof(debris) / sizeof(debris[0]); i++)
			if (dsc_starts_with(compact, debris[i]))
			{
				compact += strlen(debris[i]);
				skipped = true;
			}
	} while (skipped);
	return compact;
}

size_t
dsc_char_count(const char *s, size_t len)
{
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

char *
dsc_normalise(dsc_arena *arena, const char *s, size_t len, size_t *out_len)
{
	char	   *buf = dsc_alloc(arena, len + 1);
	size_t		newlines;
	size_t		n = normalise(s, len, buf, NULL, &newlines);

	buf[n] = '\0';
	if (out_len)
		*out_len = n;
	return buf;
}
