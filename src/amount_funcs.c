/*
 * amount_funcs.c
 *	  disclosure_amount_yuan(text): an amount as written, in yuan.
 */
#include "disclosure.h"

#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(disclosure_amount_yuan);

Datum
disclosure_amount_yuan(PG_FUNCTION_ARGS)
{
	text	   *amount = PG_GETARG_TEXT_PP(0);
	dsc_arena	arena;
	char	   *yuan;
	Datum		result;

	dsc_pg_arena_init(&arena);
	yuan = dsc_amount_text_yuan(&arena, VARDATA_ANY(amount),
								VARSIZE_ANY_EXHDR(amount));
	if (yuan == NULL)
	{
		dsc_arena_free_all(&arena);
		PG_RETURN_NULL();
	}
	result = DirectFunctionCall3(numeric_in, CStringGetDatum(yuan),
								 ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
	dsc_arena_free_all(&arena);
	PG_RETURN_DATUM(result);
}
