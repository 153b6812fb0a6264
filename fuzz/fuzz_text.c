/*
 * fuzz_text.c
 *	  Fuzz target: a document as text (the path disclosure_parse_all takes
 *	  for anything that does not look like HTML), then the checks.  The
 *	  input is handed over unterminated, exactly sized, as the server does.
 */
#include "fuzz_common.h"
#include "dsc_html.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dsc_arena	arena;
	char	   *buf = fuzz_copy(data, size, NULL);
	dsc_document *doc;

	dsc_arena_init_malloc(&arena);
	doc = dsc_parse_document(&arena, buf, size, &fuzz_options);
	FUZZ_ASSERT(doc != NULL);
	/* the document must not be needed once parsed (the server frees it) */
	if (size)
		memset(buf, 'x', size);
	free(buf);
	fuzz_document(&arena, doc);
	fuzz_memory(&arena, size);
	dsc_arena_free_all(&arena);
	return 0;
}
