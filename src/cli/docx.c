/*
 * docx.c
 *	  A Word document (DOCX) as an HTML page, for the core's HTML reader.
 *
 * A DOCX is a zip archive whose word/document.xml holds the text. The
 * archive is opened with libzip from the bytes in memory; the entry is
 * refused if the size its header declares, or the size it actually
 * inflates to, exceeds CLI_DOCX_MAX_XML (a zip bomb inflates a few kB to
 * gigabytes: reading stops at the limit). The XML is read by libxml2 with
 * no network access, no entity substitution and no DTD loading, after a
 * document that declares a DTD or entities is refused (Word never writes
 * one): no entity bomb can go off. Paragraphs become
 * <p>, tables <table><tr><td>, with w:gridSpan as colspan and w:vMerge
 * (a cell merged with the ones below it) as rowspan, so that the core reads
 * the tables as tables. Runs in the child process of extract.c.
 */
#define _GNU_SOURCE				/* memmem */

#include "extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#define W_MAIN "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define W_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define MAX_SPAN 1000			/* as the core's DSC_HTML_MAX_SPAN */
#define MAX_COLUMNS 4096		/* as the core's DSC_HTML_MAX_COLUMNS */

/* The HTML being written; failed once it would pass the limit on text. */
typedef struct html_out
{
	char	   *data;
	size_t		len;
	size_t		cap;
	bool		too_big;
	bool		too_deep;
} html_out;

static void
put_n(html_out *h, const char *s, size_t n)
{
	if (h->too_big || h->len + n + 1 > CLI_EXTRACT_MAX_TEXT)
	{
		h->too_big = true;
		return;
	}
	if (h->len + n + 1 > h->cap)
	{
		size_t		cap = h->cap ? h->cap : 64 * 1024;
		char	   *grown;

		while (h->len + n + 1 > cap)
			cap *= 2;
		grown = realloc(h->data, cap);
		if (grown == NULL)
		{
			h->too_big = true;
			return;
		}
		h->data = grown;
		h->cap = cap;
	}
	memcpy(h->data + h->len, s, n);
	h->len += n;
}

static void
put(html_out *h, const char *s)
{
	put_n(h, s, strlen(s));
}

static void
put_escaped(html_out *h, const char *s)
{
	for (const char *run = s;; s++)
	{
		const char *entity = *s == '&' ? "&amp;" : *s == '<' ? "&lt;" :
			*s == '>' ? "&gt;" : NULL;

		if (entity == NULL && *s != '\0')
			continue;
		put_n(h, run, (size_t) (s - run));
		if (*s == '\0')
			return;
		put(h, entity);
		run = s + 1;
	}
}

/* Whether node is the WordprocessingML element w:name. */
static bool
is_w(const xmlNode *node, const char *name)
{
	return node != NULL && node->type == XML_ELEMENT_NODE && node->ns != NULL &&
		(xmlStrcmp(node->ns->href, BAD_CAST W_MAIN) == 0 ||
		 xmlStrcmp(node->ns->href, BAD_CAST W_STRICT) == 0) &&
		xmlStrcmp(node->name, BAD_CAST name) == 0;
}

static const xmlNode *
w_child(const xmlNode *node, const char *name)
{
	for (const xmlNode *c = node ? node->children : NULL; c; c = c->next)
		if (is_w(c, name))
			return c;
	return NULL;
}

/* The w:val of an element, malloc'd by libxml2, or NULL. */
static xmlChar *
w_val(const xmlNode *node)
{
	xmlChar    *v = xmlGetNsProp(node, BAD_CAST "val", BAD_CAST W_MAIN);

	return v ? v : xmlGetNsProp(node, BAD_CAST "val", BAD_CAST W_STRICT);
}

static int
w_int(const xmlNode *node, int fallback, int max)
{
	xmlChar    *v = node ? w_val(node) : NULL;
	long		n = v ? strtol((const char *) v, NULL, 10) : fallback;

	xmlFree(v);
	return n < 1 ? 1 : n > max ? max : (int) n;
}

static void blocks(html_out *h, const xmlNode *parent, int depth, bool in_cell);

/* The text of a paragraph: its runs, wherever they sit (links, fields...). */
static void
runs(html_out *h, const xmlNode *node, int depth)
{
	if (depth > CLI_DOCX_MAX_DEPTH)
	{
		h->too_deep = true;
		return;
	}
	for (const xmlNode *c = node->children; c && !h->too_big; c = c->next)
	{
		if (is_w(c, "t"))
		{
			xmlChar    *text = xmlNodeGetContent(c);

			if (text)
				put_escaped(h, (const char *) text);
			xmlFree(text);
		}
		else if (is_w(c, "tab"))
			put(h, " ");
		else if (is_w(c, "br") || is_w(c, "cr"))
			put(h, "<br>");
		else if (is_w(c, "noBreakHyphen"))
			put(h, "-");
		else if (c->type == XML_ELEMENT_NODE && !is_w(c, "pPr") &&
				 !is_w(c, "rPr") && !is_w(c, "del"))
			runs(h, c, depth + 1);
	}
}

/* How a cell takes part in a vertical merge. */
typedef enum vmerge
{
	VMERGE_NONE, VMERGE_RESTART, VMERGE_CONTINUE
} vmerge;

static vmerge
cell_vmerge(const xmlNode *tc)
{
	const xmlNode *m = w_child(w_child(tc, "tcPr"), "vMerge");
	xmlChar    *v;
	vmerge		r;

	if (m == NULL)
		return VMERGE_NONE;
	v = w_val(m);
	r = v && xmlStrcmp(v, BAD_CAST "restart") == 0 ? VMERGE_RESTART : VMERGE_CONTINUE;
	xmlFree(v);
	return r;
}

/*
 * The rowspan of each cell of a table, in document order: 0 for a cell that
 * continues a merge from above (not written), else 1 plus the cells merged
 * into it from below. *n receives the number of cells.
 */
static int *
rowspans(const xmlNode *tbl, int *n)
{
	int			count = 0;
	int		   *span;
	int			owner[MAX_COLUMNS + MAX_SPAN];
	int			i = 0;

	for (const xmlNode *tr = tbl->children; tr; tr = tr->next)
		for (const xmlNode *tc = is_w(tr, "tr") ? tr->children : NULL; tc; tc = tc->next)
			count += is_w(tc, "tc");
	span = calloc((size_t) count + 1, sizeof(int));
	if (span == NULL)
		return NULL;
	for (int c = 0; c < MAX_COLUMNS + MAX_SPAN; c++)
		owner[c] = -1;
	for (const xmlNode *tr = tbl->children; tr; tr = tr->next)
	{
		const xmlNode *before;
		int			col;

		if (!is_w(tr, "tr"))
			continue;
		before = w_child(w_child(tr, "trPr"), "gridBefore");
		col = before ? w_int(before, 1, MAX_SPAN) : 0;
		for (const xmlNode *tc = tr->children; tc; tc = tc->next)
		{
			int			width;
			vmerge		m;

			if (!is_w(tc, "tc"))
				continue;
			width = w_int(w_child(w_child(tc, "tcPr"), "gridSpan"), 1, MAX_SPAN);
			m = cell_vmerge(tc);
			if (col >= MAX_COLUMNS)
				span[i] = 1;
			else if (m == VMERGE_CONTINUE && owner[col] >= 0)
				span[owner[col]]++;
			else
			{
				span[i] = 1;
				for (int c = col; c < col + width; c++)
					owner[c] = m == VMERGE_NONE ? -1 : i;
			}
			i++;
			col += width;
		}
	}
	*n = count;
	return span;
}

static void
table(html_out *h, const xmlNode *tbl, int depth)
{
	int			n;
	int		   *span = rowspans(tbl, &n);
	int			i = 0;
	char		attr[64];

	if (span == NULL)
	{
		h->too_big = true;
		return;
	}
	put(h, "<table>\n");
	for (const xmlNode *tr = tbl->children; tr && !h->too_big; tr = tr->next)
	{
		if (!is_w(tr, "tr"))
			continue;
		put(h, "<tr>");
		for (const xmlNode *tc = tr->children; tc; tc = tc->next)
		{
			int			width;

			if (!is_w(tc, "tc"))
				continue;
			width = w_int(w_child(w_child(tc, "tcPr"), "gridSpan"), 1, MAX_SPAN);
			if (span[i] > 0)
			{
				snprintf(attr, sizeof(attr), "<td colspan=\"%d\" rowspan=\"%d\">",
						 width, span[i]);
				put(h, attr);
				blocks(h, tc, depth + 1, true);
				put(h, "</td>");
			}
			i++;
		}
		put(h, "</tr>\n");
	}
	put(h, "</table>\n");
	free(span);
}

/* Paragraphs and tables, in order; in a cell, paragraphs joined by <br>. */
static void
blocks(html_out *h, const xmlNode *parent, int depth, bool in_cell)
{
	bool		first = true;

	if (depth > CLI_DOCX_MAX_DEPTH)
	{
		h->too_deep = true;
		return;
	}
	for (const xmlNode *c = parent->children; c && !h->too_big && !h->too_deep; c = c->next)
	{
		if (is_w(c, "p"))
		{
			put(h, in_cell ? (first ? "" : "<br>") : "<p>");
			runs(h, c, depth + 1);
			put(h, in_cell ? "" : "</p>\n");
			first = false;
		}
		else if (is_w(c, "tbl"))
			table(h, c, depth + 1);
		else if (is_w(c, "sdt") || is_w(c, "sdtContent") || is_w(c, "customXml"))
			blocks(h, c, depth + 1, in_cell);
	}
}

static bool
fail(char *reason, size_t reason_size, const char *why)
{
	snprintf(reason, reason_size, "%s", why);
	return false;
}

/* word/document.xml, whole, or false with a reason. */
static bool
read_entry(const char *bytes, size_t len, cli_buf *xml, char *reason,
		   size_t reason_size)
{
	zip_error_t error;
	zip_source_t *src;
	zip_t	   *zip;
	zip_int64_t index;
	zip_stat_t	st;
	zip_file_t *f;
	zip_int64_t got = 0;

	zip_error_init(&error);
	src = zip_source_buffer_create(bytes, len, 0, &error);
	zip = src ? zip_open_from_source(src, ZIP_RDONLY, &error) : NULL;
	if (zip == NULL)
	{
		snprintf(reason, reason_size, "a damaged DOCX: not a zip archive libzip can open (%s)",
				 zip_error_strerror(&error));
		if (src)
			zip_source_free(src);
		zip_error_fini(&error);
		return false;
	}
	zip_error_fini(&error);
	index = zip_name_locate(zip, "word/document.xml", 0);
	if (index < 0 || zip_stat_index(zip, (zip_uint64_t) index, 0, &st) != 0 ||
		!(st.valid & ZIP_STAT_SIZE))
	{
		zip_discard(zip);
		return fail(reason, reason_size,
					"a zip archive without a readable word/document.xml: not a DOCX");
	}
	if (st.size > CLI_DOCX_MAX_XML)
	{
		snprintf(reason, reason_size,
				 "a DOCX whose word/document.xml would inflate to %llu bytes, more "
				 "than the %d MB allowed (a zip bomb?): not read",
				 (unsigned long long) st.size, (int) (CLI_DOCX_MAX_XML >> 20));
		zip_discard(zip);
		return false;
	}
	f = zip_fopen_index(zip, (zip_uint64_t) index, 0);
	xml->data = malloc(CLI_DOCX_MAX_XML + 1);
	if (f && xml->data)
		got = zip_fread(f, xml->data, CLI_DOCX_MAX_XML + 1);
	if (f)
		zip_fclose(f);
	zip_discard(zip);
	if (f == NULL || xml->data == NULL || got < 0 || (zip_uint64_t) got > CLI_DOCX_MAX_XML)
	{
		free(xml->data);
		xml->data = NULL;
		if (got > 0)
			snprintf(reason, reason_size,
					 "a DOCX whose word/document.xml inflates to more than the %d MB "
					 "allowed (a zip bomb?): not read", (int) (CLI_DOCX_MAX_XML >> 20));
		else
			snprintf(reason, reason_size,
					 "a damaged DOCX: word/document.xml could not be inflated");
		return false;
	}
	xml->len = (size_t) got;
	return true;
}

bool
cli_docx_looks(const char *bytes, size_t len)
{
	static const char name[] = "word/document.xml";

	return len > 4 && memcmp(bytes, "PK\x03\x04", 4) == 0 &&
		memmem(bytes, len, name, sizeof(name) - 1) != NULL;
}

const char *
cli_docx_extractor(void)
{
	static char name[64];

	if (name[0] == '\0')
		snprintf(name, sizeof(name), "docx libzip %s libxml2 %s",
				 zip_libzip_version(), LIBXML_DOTTED_VERSION);
	return name;
}

bool
cli_docx_html(const char *bytes, size_t len, cli_buf *out, char *reason,
			  size_t reason_size)
{
	cli_buf		xml = {0};
	xmlDoc	   *doc;
	const xmlNode *body;
	html_out	h = {0};

	if (!read_entry(bytes, len, &xml, reason, reason_size))
		return false;
	/* entities are declared in a DTD: none, none to expand or to fetch */
	if (memmem(xml.data, xml.len, "<!DOCTYPE", 9) || memmem(xml.data, xml.len, "<!ENTITY", 8))
	{
		free(xml.data);
		return fail(reason, reason_size,
					"a DOCX whose word/document.xml declares a DTD or entities "
					"(Word writes none; an entity bomb?): not read");
	}
	/* no XML_PARSE_NOENT, no XML_PARSE_DTDLOAD, no XML_PARSE_HUGE */
	doc = xmlReadMemory(xml.data, (int) xml.len, "word/document.xml", NULL,
						XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	free(xml.data);
	if (doc == NULL)
	{
		const xmlError *e = xmlGetLastError();

		snprintf(reason, reason_size,
				 "a damaged DOCX: word/document.xml is not well-formed XML, or "
				 "nested too deep (libxml2: %s)",
				 e && e->message ? e->message : "no document");
		/* libxml2's messages end in a newline */
		reason[strcspn(reason, "\n")] = '\0';
		if (strlen(reason) + 2 < reason_size)
			strcat(reason, ")");
		return false;
	}
	body = w_child(xmlDocGetRootElement(doc), "body");
	if (body == NULL)
	{
		xmlFreeDoc(doc);
		return fail(reason, reason_size,
					"a DOCX whose word/document.xml has no w:body: not read");
	}
	put(&h, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n");
	blocks(&h, body, 0, false);
	put(&h, "</body></html>\n");
	xmlFreeDoc(doc);
	if (h.too_big || h.too_deep)
	{
		free(h.data);
		return fail(reason, reason_size, h.too_deep ?
					"a DOCX nested deeper than 256 levels: not read" :
					"a DOCX whose text is more than 64 MB: not read");
	}
	out->data = h.data;
	out->len = h.len;
	return true;
}
