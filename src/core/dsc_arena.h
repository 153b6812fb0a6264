/*
 * dsc_arena.h
 *	  A bump allocator for the parser core.
 *
 * Everything a parse produces lives in one arena and is released at once.
 * The block allocator is pluggable: the extension passes palloc, so that an
 * error or a query cancel thrown from inside a parse leaks nothing; the
 * command-line tool and the tests pass malloc.
 */
#ifndef DSC_ARENA_H
#define DSC_ARENA_H

#include <stdarg.h>
#include <stddef.h>

typedef struct dsc_block dsc_block;

typedef struct dsc_arena
{
	void	   *(*block_alloc) (size_t size);	/* must not return NULL */
	void		(*block_free) (void *ptr);
	dsc_block  *blocks;
	char	   *cursor;
	size_t		remaining;
	size_t		total;			/* bytes obtained from block_alloc */
} dsc_arena;

/* An arena on malloc/free that aborts when memory runs out. */
extern void dsc_arena_init_malloc(dsc_arena *arena);
extern void dsc_arena_init(dsc_arena *arena, void *(*block_alloc) (size_t),
						   void (*block_free) (void *));
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
