/*
 * parse_context.c
 *	  Running the parser core inside a backend.
 *
 * The core allocates from an arena whose blocks come from palloc in the
 * current memory context, and calls CHECK_FOR_INTERRUPTS() through a hook.
 * A query cancel or an error thrown mid-parse therefore leaks nothing: the
 * memory goes with the context.
 */
#include "disclosure.h"

#include "miscadmin.h"
#include "utils/memutils.h"

static void *
palloc_block(size_t size)
{
	return MemoryContextAllocHuge(CurrentMemoryContext, size);
}

static void
pfree_block(void *ptr)
{
	pfree(ptr);
}

static void
check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void
dsc_pg_arena_init(dsc_arena *arena)
{
	dsc_arena_init(arena, palloc_block, pfree_block);
}

const dsc_options *
dsc_pg_options(void)
{
	static const dsc_options options = {check_interrupts};

	return &options;
}

dsc_document *
dsc_pg_parse(text *doc, dsc_arena *arena)
{
	dsc_pg_arena_init(arena);
	return dsc_parse_document(arena, VARDATA_ANY(doc), VARSIZE_ANY_EXHDR(doc),
							  dsc_pg_options());
}
