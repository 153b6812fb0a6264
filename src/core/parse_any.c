/*
 * parse_any.c
 *	  Parse a document whether it is text or HTML, for callers outside the
 *	  server (the command-line tool, tests, fuzzers).  The server reads HTML
 *	  under its own libxml2 error handling instead (src/parse_context.c).
 */
#include "dsc_html.h"

dsc_document *
dsc_parse_any(dsc_arena *arena, const char *input, size_t len,
			  const char **problem, const dsc_options *options)
{
	*problem = NULL;
	if (dsc_looks_like_html(input, len))
	{
		size_t		text_len;
		char	   *text = dsc_html_to_text(arena, input, len, &text_len,
											problem, options);

		if (text == NULL)
			return NULL;
		return dsc_parse_document(arena, text, text_len, options);
	}
	return dsc_parse_document(arena, input, len, options);
}
