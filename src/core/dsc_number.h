/*
 * dsc_number.h
 *	  Numbers as they are written in report cells: digits (full-width ones
 *	  are folded to ASCII before this), an optional fraction, and an
 *	  optional unit such as 元, 万元, 亿元, 件 or 次.
 */
#ifndef DSC_NUMBER_H
#define DSC_NUMBER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dsc_arena.h"

typedef enum dsc_unit
{
	DSC_UNIT_NONE,
	DSC_UNIT_YUAN,				/* 元 */
	DSC_UNIT_WAN_YUAN,			/* 万元 or 万 */
	DSC_UNIT_YI_YUAN,			/* 亿元 or 亿 */
	DSC_UNIT_COUNT				/* 件, 条, 次, 个, 项, 份 */
} dsc_unit;

typedef struct dsc_number
{
	bool		negative;
	const char *int_digits;		/* without thousands separators */
	int			int_len;
	const char *frac_digits;
	int			frac_len;
	dsc_unit	unit;
} dsc_number;

/* Parse a whole trimmed string as a number; false if it is not one. */
extern bool dsc_parse_number(dsc_arena *arena, const char *s, size_t len,
							 dsc_number *out);

/* The number as a count: false when fractional, too large or a money unit. */
extern bool dsc_number_to_int(const dsc_number *num, int32_t *out);

/*
 * The number as an exact decimal string, scaled by 10^shift (4 for 万,
 * 8 for 亿); trailing fraction zeros are dropped.
 */
extern char *dsc_number_decimal(dsc_arena *arena, const dsc_number *num,
								int shift);

/* Yuan from an amount such as '7.63182亿元'; NULL when it is not one. */
extern char *dsc_amount_yuan(dsc_arena *arena, const char *s, size_t len);

#endif							/* DSC_NUMBER_H */
