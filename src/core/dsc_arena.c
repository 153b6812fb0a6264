/*
 * dsc_arena.c
 *	  Bump allocator; see dsc_arena.h.
 */
#include "dsc_arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * The fuzz builds (fuzz/Makefile) define DSC_ARENA_EXACT: every object then
 * gets a block of its own of exactly the size asked for (at 8 bytes past the
 * block's start), so AddressSanitizer sees an overrun of any one object,
 * which a shared 64 kB block would hide.
 */
#ifdef DSC_ARENA_EXACT
#define DSC_BLOCK_SIZE 0
#define DSC_ALIGN 1
#else
#define DSC_BLOCK_SIZE (64 * 1024)
#define DSC_ALIGN 16
#endif

struct dsc_block
{
	dsc_block  *next;
	size_t		size;			/* with this header */
	/* payload follows, aligned */
};

#define DSC_HEADER ((sizeof(dsc_block) + DSC_ALIGN - 1) & ~(size_t) (DSC_ALIGN - 1))
#define DSC_STANDARD_BLOCK (DSC_HEADER + DSC_BLOCK_SIZE)

static void *
malloc_or_abort(void *arg, size_t size)
{
	void	   *p = malloc(size);

	(void) arg;
	if (p == NULL)
	{
		fprintf(stderr, "disclosure: out of memory\n");
		abort();
	}
	return p;
}

static void
free_block(void *arg, void *ptr)
{
	(void) arg;
	free(ptr);
}

void
dsc_arena_init(dsc_arena *arena, dsc_block_alloc_fn block_alloc,
			   dsc_block_free_fn block_free, void *block_arg)
{
	memset(arena, 0, sizeof(*arena));
	arena->block_alloc = block_alloc;
	arena->block_free = block_free;
	arena->block_arg = block_arg;
}

void
dsc_arena_init_malloc(dsc_arena *arena)
{
	dsc_arena_init(arena, malloc_or_abort, free_block, NULL);
}

/* The arena whose spare lists an arena takes from and gives back to. */
static inline dsc_arena *
keeper_of(dsc_arena *arena)
{
	return arena->lender ? arena->lender : arena;
}

void
dsc_arena_init_scratch(dsc_arena *scratch, dsc_arena *lender)
{
	dsc_arena_init(scratch, lender->block_alloc, lender->block_free,
				   lender->block_arg);
	scratch->lender = keeper_of(lender);
}

/* Where a block given up goes: a spare list, or back to its allocator. */
static void
give_up_blocks(dsc_arena *arena, dsc_block *b, dsc_arena *keeper)
{
	while (b != NULL)
	{
		dsc_block  *next = b->next;

		if (keeper == NULL || DSC_BLOCK_SIZE == 0)
			arena->block_free(arena->block_arg, b);
		else if (b->size == DSC_STANDARD_BLOCK)
		{
			b->next = keeper->spare;
			keeper->spare = b;
		}
		else
		{
			b->next = keeper->spare_large;
			keeper->spare_large = b;
		}
		b = next;
	}
}

void
dsc_arena_reset(dsc_arena *arena)
{
	dsc_arena  *keeper = keeper_of(arena);

	/*
	 * Large spare blocks that this parse did not take are freed: what is
	 * kept is the last document's, not one block per size ever seen (a
	 * query over documents of growing sizes would keep them all).
	 */
	if (arena->lender == NULL)
	{
		give_up_blocks(arena, keeper->spare_large, NULL);
		keeper->spare_large = NULL;
	}
	give_up_blocks(arena, arena->blocks, keeper);
	arena->blocks = NULL;
	arena->cursor = NULL;
	arena->remaining = 0;
	arena->total = 0;
}

/* A scratch arena's blocks go back to its lender; any other's are freed. */
void
dsc_arena_free_all(dsc_arena *arena)
{
	dsc_arena_reset(arena);
	if (arena->lender == NULL)
	{
		give_up_blocks(arena, arena->spare, NULL);
		give_up_blocks(arena, arena->spare_large, NULL);
		arena->spare = NULL;
		arena->spare_large = NULL;
	}
}

/*
 * A spare block for size bytes: a standard one, or the smallest large one
 * that holds size and wastes at most half of itself.  Unlinked; NULL if none.
 */
static dsc_block *
take_spare(dsc_arena *keeper, size_t size)
{
	dsc_block **best = NULL;

	if (size == DSC_STANDARD_BLOCK)
		best = keeper->spare ? &keeper->spare : NULL;
	else
		for (dsc_block **b = &keeper->spare_large; *b != NULL; b = &(*b)->next)
			if ((*b)->size >= size && (*b)->size / 2 <= size &&
				(best == NULL || (*b)->size < (*best)->size))
				best = b;
	if (best == NULL)
		return NULL;
	{
		dsc_block  *found = *best;

		*best = found->next;
		return found;
	}
}

static dsc_block *
new_block(dsc_arena *arena, size_t size)
{
	dsc_block  *b = take_spare(keeper_of(arena), size);

	if (b == NULL)
	{
		b = arena->block_alloc(arena->block_arg, size);
		b->size = size;
	}
	b->next = arena->blocks;
	arena->blocks = b;
	arena->total += b->size;
	return b;
}

void *
dsc_alloc(dsc_arena *arena, size_t size)
{
	void	   *result;

	size = (size + DSC_ALIGN - 1) & ~(size_t) (DSC_ALIGN - 1);
	if (size > arena->remaining)
	{
		/* large requests get a block of their own */
		size_t		payload = size > DSC_BLOCK_SIZE / 4 ? size : DSC_BLOCK_SIZE;
		dsc_block  *b = new_block(arena, DSC_HEADER + payload);

		if (payload == size && arena->remaining > 0)
			return (char *) b + DSC_HEADER; /* keep the current block's tail */
		arena->cursor = (char *) b + DSC_HEADER;
		arena->remaining = payload;
	}
	result = arena->cursor;
	arena->cursor += size;
	arena->remaining -= size;
	return result;
}

void *
dsc_alloc0(dsc_arena *arena, size_t size)
{
	void	   *p = dsc_alloc(arena, size);

	memset(p, 0, size);
	return p;
}

char *
dsc_strndup(dsc_arena *arena, const char *s, size_t len)
{
	char	   *p = dsc_alloc(arena, len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
dsc_strdup(dsc_arena *arena, const char *s)
{
	return dsc_strndup(arena, s, strlen(s));
}

char *
dsc_vprintf(dsc_arena *arena, const char *fmt, va_list ap)
{
	va_list		again;
	char		buf[256];
	int			n;
	char	   *p;

	va_copy(again, ap);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	if (n < 0)
		p = dsc_strdup(arena, "");
	else if ((size_t) n < sizeof(buf))
		p = dsc_strndup(arena, buf, (size_t) n);
	else
	{
		p = dsc_alloc(arena, (size_t) n + 1);
		vsnprintf(p, (size_t) n + 1, fmt, again);
	}
	va_end(again);
	return p;
}

char *
dsc_printf(dsc_arena *arena, const char *fmt,...)
{
	va_list		ap;
	char	   *p;

	va_start(ap, fmt);
	p = dsc_vprintf(arena, fmt, ap);
	va_end(ap);
	return p;
}

/*
 * Big buffers that grow by copying (the text of an HTML page): each copy is
 * a block of its own, freed as soon as the next one holds its contents,
 * where dsc_alloc would keep every old copy to the end.  The block header
 * keeps the size, for arena->total once the arena takes the buffer over.
 */
void *
dsc_big_alloc(dsc_arena *arena, size_t size)
{
	dsc_block  *b = arena->block_alloc(arena->block_arg, DSC_HEADER + size);

	b->next = NULL;
	b->size = DSC_HEADER + size;
	return (char *) b + DSC_HEADER;
}

void
dsc_big_free(dsc_arena *arena, void *p)
{
	if (p != NULL)
		arena->block_free(arena->block_arg, (char *) p - DSC_HEADER);
}

void
dsc_big_keep(dsc_arena *arena, void *p)
{
	dsc_block  *b = (dsc_block *) ((char *) p - DSC_HEADER);

	b->next = arena->blocks;
	arena->blocks = b;
	arena->total += b->size;
}
