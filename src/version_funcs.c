/*
 * version_funcs.c
 *	  disclosure_parser_version(): the version of the parser core, which
 *	  every stored report records (DSC_PARSER_VERSION in dsc_report.h).
 */
#include "disclosure.h"

#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(disclosure_parser_version);

Datum
disclosure_parser_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(DSC_PARSER_VERSION));
}
