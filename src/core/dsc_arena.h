/*
 * dsc_arena.h
 *	  A bump allocator for the parser core.
 *
 * Everything a parse produces lives in one arena and is released at once.
 * The block allocator is pluggable: the extension passes palloc in a memory
 * context (its argument), so that an error or a query cancel thrown from
 * inside a parse leaks nothing; the command-line tool and the tests pass
 * malloc.
 *
 * An arena that parses one document after another is reset between them
 * (dsc_arena_reset): its blocks are kept and handed out again (a large one
 * for a request up to its size, and at least half of it; the large blocks
 * kept are the last document's), so that a run of documents touches the same memory instead of
 * obtaining and returning it each time (page faults and TLB flushes cost
 * more than the parse on a virtual machine).  A scratch arena, for what
 * lives only while one part of a parse runs, borrows spare blocks from the
 * arena it was made from and gives them back when it is freed.
 */
#ifndef DSC_ARENA_H
#define DSC_ARENA_H

#include <stdarg.h>
#include <stddef.h>

typedef struct dsc_block dsc_block;

typedef void *(*dsc_block_alloc_fn) (void *arg, size_t size);	/* never NULL */
typedef void (*dsc_block_free_fn) (void *arg, void *ptr);

typedef struct dsc_arena
{
	dsc_block_alloc_fn block_alloc;
	dsc_block_free_fn block_free;
	void	   *block_arg;		/* passed to both */
	struct dsc_arena *lender;	/* a scratch arena's: whose spare blocks */
	dsc_block  *blocks;			/* in use, newest first */
	dsc_block  *spare;			/* standard blocks kept by dsc_arena_reset */
	dsc_block  *spare_large;	/* and the large ones (a document's text) */
	char	   *cursor;
	size_t		remaining;
	size_t		total;			/* bytes of the blocks in use */
} dsc_arena;

/* An arena on malloc/free that aborts when memory runs out. */
extern void dsc_arena_init_malloc(dsc_arena *arena);
extern void dsc_arena_init(dsc_arena *arena, dsc_block_alloc_fn block_alloc,
						   dsc_block_free_fn block_free, void *block_arg);
extern void dsc_arena_init_scratch(dsc_arena *scratch, dsc_arena *lender);
extern void dsc_arena_reset(dsc_arena *arena);
extern void dsc_arena_free_all(dsc_arena *arena);

extern void *dsc_alloc(dsc_arena *arena, size_t size);
extern void *dsc_alloc0(dsc_arena *arena, size_t size);
extern char *dsc_strndup(dsc_arena *arena, const char *s, size_t len);
extern char *dsc_strdup(dsc_arena *arena, const char *s);
extern char *dsc_printf(dsc_arena *arena, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));
extern char *dsc_vprintf(dsc_arena *arena, const char *fmt, va_list ap)
			__attribute__((format(printf, 2, 0)));

/*
 * A buffer outside the arena's blocks, for one that grows by copying:
 * dsc_big_free frees an old copy at once; dsc_big_keep hands the last one
 * to the arena, which frees it with everything else.
 */
extern void *dsc_big_alloc(dsc_arena *arena, size_t size);
extern void dsc_big_free(dsc_arena *arena, void *p);
extern void dsc_big_keep(dsc_arena *arena, void *p);

#endif							/* DSC_ARENA_H */
