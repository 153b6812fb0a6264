/*
 * fuzz_amount.c
 *	  Fuzz target: one cell, as a number (dsc_parse_number, dsc_number_to_int,
 *	  dsc_number_decimal), as an amount (dsc_amount_text_yuan, the function
 *	  behind disclosure_amount_yuan) and as a date (dsc_parse_date).
 */
#include "fuzz_common.h"
#include "dsc_internal.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A decimal string as the glue passes it to numeric_in. */
static void
check_decimal(const char *s)
{
	size_t		i = 0;
	bool		digits = false;

	if (s == NULL)
		return;
	if (s[i] == '-')
		i++;
	for (; s[i] >= '0' && s[i] <= '9'; i++)
		digits = true;
	if (s[i] == '.')
		for (i++; s[i] >= '0' && s[i] <= '9'; i++)
			digits = true;
	FUZZ_ASSERT(digits && s[i] == '\0');
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dsc_arena	arena;
	char	   *buf = fuzz_copy(data, size, NULL);
	char	   *z;
	dsc_number	n;
	int32_t		v;
	int			y,
				m,
				d;

	dsc_arena_init_malloc(&arena);
	check_decimal(dsc_amount_text_yuan(&arena, buf, size));
	if (dsc_parse_number(&arena, buf, size, &n))
	{
		FUZZ_ASSERT(n.int_len >= 0 && n.frac_len >= 0);
		(void) dsc_number_to_int(&n, &v);
		check_decimal(dsc_number_decimal(&arena, &n, 0));
		check_decimal(dsc_number_decimal(&arena, &n, 4));
		check_decimal(dsc_number_decimal(&arena, &n, 8));
	}
	/* dates are read from NUL-terminated compact lines */
	z = dsc_strndup(&arena, buf, size);
	if (dsc_parse_date(z, &y, &m, &d))
		FUZZ_ASSERT(m >= 1 && m <= 12 && d >= 1 && d <= 31);
	free(buf);
	dsc_arena_free_all(&arena);
	return 0;
}
