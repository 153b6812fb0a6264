/*
 * dsc_number.c
 *	  Reading numbers and money amounts; see dsc_number.h.
 *
 * Amounts are kept as decimal strings so that '7.63182亿元' becomes exactly
 * 763182000: binary floating point would not round-trip such values.
 */
#include "dsc_number.h"

#include <string.h>

typedef struct unit_word
{
	const char *word;
	dsc_unit	unit;
} unit_word;

static const unit_word unit_words[] = {
	{"万元", DSC_UNIT_WAN_YUAN},
	{"亿元", DSC_UNIT_YI_YUAN},
	{"元", DSC_UNIT_YUAN},
	{"万", DSC_UNIT_WAN_YUAN},
	{"亿", DSC_UNIT_YI_YUAN},
	{"件", DSC_UNIT_COUNT},
	{"条", DSC_UNIT_COUNT},
	{"次", DSC_UNIT_COUNT},
	{"个", DSC_UNIT_COUNT},
	{"项", DSC_UNIT_COUNT},
	{"份", DSC_UNIT_COUNT},
};

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Match a unit word at s[0..len) exactly. */
static bool
parse_unit(const char *s, size_t len, dsc_unit *unit)
{
	for (size_t i = 0; i < sizeof(unit_words) / sizeof(unit_words[0]); i++)
	{
		size_t		wlen = strlen(unit_words[i].word);

		if (wlen == len && memcmp(s, unit_words[i].word, len) == 0)
		{
			*unit = unit_words[i].unit;
			return true;
		}
	}
	return false;
}

/* A ',' thousands separator: exactly three digits follow it. */
static bool
is_group_comma(const char *s, size_t len, size_t i)
{
	return s[i] == ',' && i + 3 < len &&
		is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
		(i + 4 >= len || !is_digit(s[i + 4]));
}

/*
 * Integer digits, allowing ',' thousands separators.  Returns the number of
 * bytes consumed; the digits are copied to buf.
 */
static size_t
scan_int_digits(const char *s, size_t len, char *buf, int *n_digits)
{
	size_t		i = 0;
	int			n = 0;

	while (i < len)
	{
		if (is_digit(s[i]))
			buf[n++] = s[i++];
		else if (n > 0 && is_group_comma(s, len, i))
			i++;
		else
			break;
	}
	*n_digits = n;
	return i;
}

bool
dsc_parse_number(dsc_arena *arena, const char *s, size_t len, dsc_number *out)
{
	size_t		i = 0;
	char	   *digits;
	int			n_int;

	memset(out, 0, sizeof(*out));
	if (len == 0 || len > 64)
		return false;
	if (s[0] == '-' || s[0] == '+')
	{
		out->negative = (s[0] == '-');
		i++;
	}
	if (i >= len || !is_digit(s[i]))
		return false;
	/* copy the digits only when separators must be dropped from them */
	if (memchr(s + i, ',', len - i) != NULL)
	{
		digits = dsc_alloc(arena, len + 1);
		i += scan_int_digits(s + i, len - i, digits, &n_int);
		out->int_digits = digits;
	}
	else
	{
		out->int_digits = s + i;
		for (n_int = 0; i < len && is_digit(s[i]); i++)
			n_int++;
	}
	out->int_len = n_int;
	if (i < len && s[i] == '.' && i + 1 < len && is_digit(s[i + 1]))
	{
		size_t		start = ++i;

		while (i < len && is_digit(s[i]))
			i++;
		out->frac_digits = s + start;
		out->frac_len = (int) (i - start);
	}
	while (i < len && s[i] == ' ')
		i++;
	if (i == len)
		return true;
	return parse_unit(s + i, len - i, &out->unit);
}

bool
dsc_number_to_int(const dsc_number *num, int32_t *out)
{
	int64_t		v = 0;
	int			i = 0;

	if (num->unit != DSC_UNIT_NONE && num->unit != DSC_UNIT_COUNT)
		return false;
	for (int f = 0; f < num->frac_len; f++)
		if (num->frac_digits[f] != '0')
			return false;
	while (i < num->int_len - 1 && num->int_digits[i] == '0')
		i++;
	if (num->int_len - i > 10)
		return false;
	for (; i < num->int_len; i++)
		v = v * 10 + (num->int_digits[i] - '0');
	if (num->negative)
		v = -v;
	if (v > INT32_MAX || v < -(int64_t) INT32_MAX)
		return false;
	*out = (int32_t) v;
	return true;
}

char *
dsc_number_decimal(dsc_arena *arena, const dsc_number *num, int shift)
{
	/* all digits, with the decimal point moved right by shift */
	int			n_all = num->int_len + num->frac_len;
	int			point = num->int_len + shift;
	char	   *all = dsc_alloc(arena, (size_t) n_all + 1);
	char	   *out = dsc_alloc(arena, (size_t) n_all + (size_t) shift + 4);
	int			o = 0;
	int			first = 0;
	int			last;

	memcpy(all, num->int_digits, (size_t) num->int_len);
	if (num->frac_len > 0)
		memcpy(all + num->int_len, num->frac_digits, (size_t) num->frac_len);
	/* drop trailing zeros of the fraction part */
	last = n_all;
	while (last > point && last > 0 && all[last - 1] == '0')
		last--;
	/* drop leading zeros of the integer part */
	while (first < point - 1 && first < last && all[first] == '0')
		first++;
	if (num->negative)
		out[o++] = '-';
	for (int i = first; i < point; i++)
		out[o++] = i < last ? all[i] : '0';
	if (last > point)
	{
		out[o++] = '.';
		for (int i = point; i < last; i++)
			out[o++] = all[i];
	}
	out[o] = '\0';
	if (strcmp(out, "-0") == 0)
		return dsc_strdup(arena, "0");
	return out;
}

char *
dsc_amount_yuan(dsc_arena *arena, const char *s, size_t len)
{
	dsc_number	num;

	while (len > 0 && (s[0] == ' ' || s[0] == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (!dsc_parse_number(arena, s, len, &num))
		return NULL;
	switch (num.unit)
	{
		case DSC_UNIT_NONE:
		case DSC_UNIT_YUAN:
			return dsc_number_decimal(arena, &num, 0);
		case DSC_UNIT_WAN_YUAN:
			return dsc_number_decimal(arena, &num, 4);
		case DSC_UNIT_YI_YUAN:
			return dsc_number_decimal(arena, &num, 8);
		case DSC_UNIT_COUNT:
			break;
	}
	return NULL;
}
