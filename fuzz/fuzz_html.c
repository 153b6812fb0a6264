/*
 * fuzz_html.c
 *	  Fuzz target: a document as an HTML page, through dsc_parse_any (libxml2,
 *	  the grid of rowspan/colspan, then the text parser), then the checks.
 *	  An input that would not be sniffed as HTML gets '<html>' in front, so
 *	  every input takes the HTML path.
 */
#include "fuzz_common.h"
#include "dsc_html.h"

#include <libxml/parser.h>

int			LLVMFuzzerInitialize(int *argc, char ***argv);
int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	xmlInitParser();
	return 0;
}

/* The server's hook, stopping the read of a page at its second chunk. */
static int	reads_before_stop;

static bool
stop_reading(void)
{
	return --reads_before_stop < 0;
}

/*
 * A read stopped midway (a cancel in the server) gives no text, a reason,
 * and leaks nothing of libxml2's half-built tree.  (libxml2 may end a page
 * before its second chunk, at a NUL byte for one, and then never asks for
 * more: nothing was stopped.)
 */
static void
interrupted_read(const char *buf, size_t len)
{
	dsc_arena	arena;
	const char *problem = NULL;
	size_t		text_len;
	char	   *text;

	reads_before_stop = 1;
	dsc_html_interrupted = stop_reading;
	dsc_arena_init_malloc(&arena);
	text = dsc_html_to_text(&arena, buf, len, &text_len, &problem, NULL);
	dsc_html_interrupted = NULL;
	if (reads_before_stop < 0)
		FUZZ_ASSERT(text == NULL && problem != NULL);
	dsc_arena_free_all(&arena);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dsc_arena	arena;
	const char *prefix = dsc_looks_like_html((const char *) data, size) ? NULL : "<html>";
	size_t		len = size + (prefix ? strlen(prefix) : 0);
	char	   *buf = fuzz_copy(data, size, prefix);
	const char *problem = NULL;
	dsc_document *doc;

	FUZZ_ASSERT(dsc_looks_like_html(buf, len));
	dsc_arena_init_malloc(&arena);
	doc = dsc_parse_any(&arena, buf, len, &problem, &fuzz_options);
	/* either a document or a reason, never neither */
	FUZZ_ASSERT((doc == NULL) != (problem == NULL));
	if (problem)
		fuzz_touch(problem);
	/* libxml2 reads 4 kB at a time: a long page is read in several */
	if (len > 16384 && data[0] % 4 == 0)
		interrupted_read(buf, len);
	if (len)
		memset(buf, 'x', len);
	free(buf);
	fuzz_document(&arena, doc);
	fuzz_memory(&arena, size);
	dsc_arena_free_all(&arena);
	return 0;
}
