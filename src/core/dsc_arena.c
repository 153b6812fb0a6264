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
	/* payload follows, aligned */
};

static void *
malloc_or_abort(size_t size)
{
	void	   *p = malloc(size);

	if (p == NULL)
	{
		fprintf(stderr, "disclosure: out of memory\n");
		abort();
	}
	return p;
}

void
dsc_arena_init(dsc_arena *arena, void *(*block_alloc) (size_t),
			   void (*block_free) (void *))
{
	memset(arena, 0, sizeof(*arena));
	arena->block_alloc = block_alloc;
	arena->block_free = block_free;
}

void
dsc_arena_init_malloc(dsc_arena *arena)
{
	dsc_arena_init(arena, malloc_or_abort, free);
}

void
dsc_arena_free_all(dsc_arena *arena)
{
	dsc_block  *b = arena->blocks;

	while (b != NULL)
	{
		dsc_block  *next = b->next;

		arena->block_free(b);
		b = next;
	}
	arena->blocks = NULL;
	arena->cursor = NULL;
	arena->remaining = 0;
	arena->total = 0;
}

void *
dsc_alloc(dsc_arena *arena, size_t size)
{
	size_t		header = (sizeof(dsc_block) + DSC_ALIGN - 1) & ~(size_t) (DSC_ALIGN - 1);
	void	   *result;

	size = (size + DSC_ALIGN - 1) & ~(size_t) (DSC_ALIGN - 1);
	if (size > arena->remaining)
	{
		/* large requests get a block of their own */
		size_t		payload = size > DSC_BLOCK_SIZE / 4 ? size : DSC_BLOCK_SIZE;
		dsc_block  *b = arena->block_alloc(header + payload);

		b->next = arena->blocks;
		arena->blocks = b;
		arena->total += header + payload;
		if (payload == size && arena->remaining > 0)
			return (char *) b + header; /* keep the current block's tail */
		arena->cursor = (char *) b + header;
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
 * where dsc_alloc would keep every old copy to the end.  The header keeps
 * the size, for arena->total once the arena takes the buffer over.
 */
typedef struct dsc_big_header
{
	dsc_block	block;			/* first: the arena frees it as a block */
	size_t		size;
} dsc_big_header;

#define DSC_BIG_HEADER ((sizeof(dsc_big_header) + 15) & ~(size_t) 15)

void *
dsc_big_alloc(dsc_arena *arena, size_t size)
{
	dsc_big_header *h = arena->block_alloc(DSC_BIG_HEADER + size);

	h->block.next = NULL;
	h->size = DSC_BIG_HEADER + size;
	return (char *) h + DSC_BIG_HEADER;
}

void
dsc_big_free(dsc_arena *arena, void *p)
{
	if (p != NULL)
		arena->block_free((char *) p - DSC_BIG_HEADER);
}

void
dsc_big_keep(dsc_arena *arena, void *p)
{
	dsc_big_header *h = (dsc_big_header *) ((char *) p - DSC_BIG_HEADER);

	h->block.next = arena->blocks;
	arena->blocks = &h->block;
	arena->total += h->size;
}
