/*
 * dsc_html.h
 *	  HTML reports: the page as text lines the text parser reads, with every
 *	  table row as one '|'-separated line.  Uses libxml2, no PostgreSQL.
 */
#ifndef DSC_HTML_H
#define DSC_HTML_H

#include <libxml/HTMLparser.h>

#include "dsc_report.h"

/* Limits that keep hostile pages within bounded memory. */
#define DSC_HTML_MAX_SPAN 1000		/* largest rowspan or colspan honoured */
#define DSC_HTML_MAX_COLUMNS 4096	/* widest table grid */

/* Whether a document is HTML rather than plain text (a cheap sniff). */
extern bool dsc_looks_like_html(const char *text, size_t len);

/* Options for htmlReadMemory: recover from damage, never touch the network. */
#define DSC_HTML_PARSE_OPTIONS \
	(HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | \
	 HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT)

/*
 * Reading a page: new, then text (once), then free, which may also be
 * called after a longjmp out of text (an error thrown by the arena's
 * allocator), as the server's error handling does.  The reader's libxml2
 * context is malloc'd; everything else is in the arena.
 */
typedef struct dsc_html_reader dsc_html_reader;

/* NULL, with the reason in *problem, for a page libxml2 cannot take. */
extern dsc_html_reader *dsc_html_reader_new(dsc_arena *arena, const char *html,
											size_t len, const char **problem);

/*
 * The text of the page: prose as lines, each table row as a line of cells
 * joined by " | ", script, style and navigation left out.  The result lives
 * in the arena; *len receives its length.  NULL, with the reason in
 * *problem (a sentence), when it cannot be read whole (nested deeper than
 * libxml2 reads, out of memory, or interrupted).
 */
extern char *dsc_html_reader_text(dsc_html_reader *r, size_t *len,
								  const char **problem);

extern void dsc_html_reader_free(dsc_html_reader *r);

/*
 * Polled while libxml2 reads a page (every few kB, and every 1,024
 * elements or runs of text), where a longjmp out of a check_interrupts hook
 * would leave libxml2 in the middle of its work: true stops the read, and
 * dsc_html_reader_text returns NULL with the problem
 * "Reading the page was interrupted."  The server sets it (a cancel or a
 * statement_timeout is pending); NULL, the default, never stops.
 */
extern bool (*dsc_html_interrupted) (void);

/* Read and convert a page in one call, for callers outside the server. */
extern char *dsc_html_to_text(dsc_arena *arena, const char *html, size_t len,
							  size_t *out_len, const char **problem,
							  const dsc_options *options);

/*
 * Parse a document that may be text or HTML (parse_any.c); NULL, with the
 * reason in *problem, for an HTML page that cannot be read.
 */
extern dsc_document *dsc_parse_any(dsc_arena *arena, const char *input,
								   size_t len, const char **problem,
								   const dsc_options *options);

#endif							/* DSC_HTML_H */
