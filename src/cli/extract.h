/*
 * extract.h
 *	  Text out of PDF and DOCX files (pdf.cpp, docx.c), run by extract.c in a
 *	  child process with bounded time and memory. C linkage, so that the
 *	  C++ of pdf.cpp can be called from the C of the rest of the tool.
 */
#ifndef DSC_CLI_EXTRACT_H
#define DSC_CLI_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C"
{
#endif

/* Limits on what one file may make the tool do. */
#define CLI_PDF_MAX_PAGES 1000	/* a report has a few dozen at most */
#define CLI_EXTRACT_MAX_TEXT ((size_t) 64 * 1024 * 1024)	/* text or HTML out */
#define CLI_EXTRACT_MAX_MEMORY ((size_t) 2048 * 1024 * 1024)	/* address space */
#define CLI_EXTRACT_SECONDS 30	/* per file; DISCLOSURE_EXTRACT_SECONDS */
#define CLI_DOCX_MAX_XML ((size_t) 64 * 1024 * 1024)	/* word/document.xml */
#define CLI_DOCX_MAX_DEPTH 256	/* nesting of its elements */

/* Text made by an extractor: malloc'd bytes, not NUL-terminated. */
typedef struct cli_buf
{
	char	   *data;
	size_t		len;
} cli_buf;

/* An extractor: false with a reason (a sentence fragment, no path). */
typedef bool (*cli_extract_fn) (const char *bytes, size_t len, cli_buf *out,
								char *reason, size_t reason_size);

/* pdf.cpp: every page's text in physical layout, each page ended by "\f". */
extern bool cli_pdf_looks(const char *bytes, size_t len);
extern bool cli_pdf_text(const char *bytes, size_t len, cli_buf *out,
						 char *reason, size_t reason_size);
/* "poppler-cpp 22.12.0 physical layout" */
extern const char *cli_pdf_extractor(void);

/* docx.c: a zip holding word/document.xml, as an HTML page */
extern bool cli_docx_looks(const char *bytes, size_t len);
extern bool cli_docx_html(const char *bytes, size_t len, cli_buf *out,
						  char *reason, size_t reason_size);
extern const char *cli_docx_extractor(void);

#ifdef __cplusplus
}
#endif

#endif							/* DSC_CLI_EXTRACT_H */
