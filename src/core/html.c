/*
 * html.c
 *	  Turn an HTML report into the text lines the text parser reads.
 *
 * Prose becomes lines at block boundaries.  A data table (one with no table
 * inside it) becomes one line per row, its cells joined by " | ": the row's
 * cells are laid on a grid that honours rowspan and colspan, so a label
 * merged down several rows (三、本年度办理结果, （三）不予公开) is repeated on
 * each row it spans, while an empty cell stays an empty cell.  A table that
 * holds other tables is page layout: it is read as ordinary blocks.
 *
 * The walk is iterative, so nesting depth costs no C stack.
 */
#include "dsc_html.h"
#include "dsc_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

/* Text labels merged down rows are repeated only when short. */
#define MAX_REPEATED_LABEL 96

typedef struct out_buf
{
	dsc_arena  *arena;
	char	   *data;
	size_t		len;
	size_t		cap;
	bool		pending_space;	/* collapse runs of white space to one */
} out_buf;

static void
reserve(out_buf *b, size_t extra)
{
	char	   *grown;

	if (b->len + extra + 1 <= b->cap)
		return;
	b->cap = (b->cap + extra + 1) * 2;
	grown = dsc_alloc(b->arena, b->cap);
	if (b->len)
		memcpy(grown, b->data, b->len);
	b->data = grown;
}

static void
put_bytes(out_buf *b, const char *s, size_t n)
{
	reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
}

static bool
at_line_start(const out_buf *b)
{
	return b->len == 0 || b->data[b->len - 1] == '\n';
}

static void
newline(out_buf *b)
{
	b->pending_space = false;
	if (!at_line_start(b))
		put_bytes(b, "\n", 1);
}

/*
 * Append text with HTML white-space collapsing (kept as is in <pre>).  In a
 * cell, '|' would split the cell, so it becomes '/'.
 */
static void
put_text(out_buf *b, const char *s, bool preformatted, bool in_cell)
{
	for (; *s; s++)
	{
		char		c = *s;

		if (preformatted && c == '\n')
		{
			put_bytes(b, "\n", 1);
			b->pending_space = false;
			continue;
		}
		if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f')
		{
			b->pending_space = true;
			continue;
		}
		if (b->pending_space && !at_line_start(b))
			put_bytes(b, " ", 1);
		b->pending_space = false;
		put_bytes(b, (c == '|' && in_cell) ? "/" : s, 1);
	}
}

/* ---- elements ---- */

static bool
is_element(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->name != NULL &&
		xmlStrcasecmp(n->name, (const xmlChar *) name) == 0;
}

static bool
name_in(xmlNodePtr n, const char *const *names)
{
	for (; *names; names++)
		if (is_element(n, *names))
			return true;
	return false;
}

static const char *const skipped_elements[] = {
	"script", "style", "noscript", "nav", "iframe", "select", "button",
	"svg", "template", "object", "textarea", NULL
};

static const char *const block_elements[] = {
	"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
	"table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption",
	"section", "article", "header", "footer", "main", "aside", "blockquote",
	"pre", "center", "title", "dt", "dd", "dl", "form", "hr", "address",
	"figure", "figcaption", "body", "html", NULL
};

/* Left out: scripts, styles, navigation, hidden elements, head but title. */
static bool
is_skipped(xmlNodePtr n)
{
	xmlChar    *style;
	bool		hidden = false;

	if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE ||
		n->type == XML_DTD_NODE)
		return true;
	if (n->type != XML_ELEMENT_NODE)
		return false;
	if (name_in(n, skipped_elements))
		return true;
	if (n->parent && is_element(n->parent, "head") && !is_element(n, "title"))
		return true;
	style = xmlGetProp(n, (const xmlChar *) "style");
	if (style != NULL)
	{
		char	   *compact = (char *) style;
		size_t		o = 0;

		for (size_t i = 0; compact[i]; i++)
			if (compact[i] != ' ')
				compact[o++] = compact[i];
		compact[o] = '\0';
		hidden = strstr(compact, "display:none") != NULL ||
			strstr(compact, "visibility:hidden") != NULL;
		xmlFree(style);
	}
	return hidden;
}

/* ---- the iterative walk ---- */

/* The next node in document order after n's subtree, not leaving root. */
static xmlNodePtr
next_after(xmlNodePtr n, xmlNodePtr root, void (*leave) (xmlNodePtr, void *),
		   void *state)
{
	while (n != NULL && n != root)
	{
		if (n->next != NULL)
			return n->next;
		n = n->parent;
		if (n != NULL && n != root && leave != NULL)
			leave(n, state);
	}
	return NULL;
}

/*
 * Mark every table that holds another table, once for the whole document,
 * in the table's _private field (libxml2 leaves it to the application).
 */
static void
mark_layout_tables(xmlNodePtr root, const dsc_options *options)
{
	long		visited = 0;

	/*
	 * From the root's children: the walk below descends only into elements,
	 * so started at the document node it marked nothing, and a report laid
	 * out inside a layout table was read as one cell (sql/hostile.sql).
	 */
	for (xmlNodePtr n = root->children; n != NULL;)
	{
		if ((++visited & 0x3FF) == 0)
			dsc_check(options);
		if (is_element(n, "table"))
		{
			/* stop at a marked ancestor: its own ancestors are marked too */
			for (xmlNodePtr a = n->parent; a != NULL; a = a->parent)
				if (is_element(a, "table"))
				{
					if (a->_private != NULL)
						break;
					a->_private = (void *) 1;
				}
		}
		if (n->children != NULL && n->type == XML_ELEMENT_NODE)
			n = n->children;
		else
			n = next_after(n, root, NULL, NULL);
	}
}

static bool
is_data_table(xmlNodePtr n)
{
	return is_element(n, "table") && n->_private == NULL;
}

/* ---- cells ---- */

/* The text of a cell, collapsed to one line. */
static char *
cell_text(dsc_arena *arena, xmlNodePtr cell)
{
	out_buf		b = {arena, NULL, 0, 0, false};

	reserve(&b, 16);
	for (xmlNodePtr n = cell->children; n != NULL;)
	{
		if (is_skipped(n))
		{
			n = next_after(n, cell, NULL, NULL);
			continue;
		}
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
			put_text(&b, (const char *) n->content, false, true);
		else if (name_in(n, block_elements))
			b.pending_space = true;
		if (n->children != NULL && n->type == XML_ELEMENT_NODE)
			n = n->children;
		else
			n = next_after(n, cell, NULL, NULL);
	}
	b.data[b.len] = '\0';
	return b.data;
}

static int
span_attr(xmlNodePtr cell, const char *name)
{
	xmlChar    *v = xmlGetProp(cell, (const xmlChar *) name);
	long		span = 1;

	if (v != NULL)
	{
		span = strtol((const char *) v, NULL, 10);
		xmlFree(v);
	}
	if (span < 1)
		span = 1;
	return span > DSC_HTML_MAX_SPAN ? DSC_HTML_MAX_SPAN : (int) span;
}

static bool
is_number_text(const char *s)
{
	bool		digit = false;

	for (; *s; s++)
	{
		if (*s >= '0' && *s <= '9')
			digit = true;
		else if (*s != ' ' && *s != '.' && *s != ',' && *s != '-')
			return false;
	}
	return digit;
}

/* A cell merged down from an earlier row, per grid column. */
typedef struct carried_cell
{
	int			rows_left;
	const char *label;			/* repeated text, or NULL */
} carried_cell;

typedef struct table_grid
{
	carried_cell *columns;
	int			width;			/* columns in use */
} table_grid;

static void
put_cell(out_buf *b, const char *text, bool *first)
{
	if (!*first)
		put_bytes(b, " | ", 3);
	put_text(b, text, false, true);
	b->pending_space = false;
	*first = false;
}

/* Columns merged down from above at col: repeat their labels, skip them. */
static int
carry_down(out_buf *b, table_grid *g, int col, bool *first)
{
	while (col < g->width && g->columns[col].rows_left > 0)
	{
		if (g->columns[col].label != NULL)
			put_cell(b, g->columns[col].label, first);
		g->columns[col].rows_left--;
		col++;
	}
	return col;
}

static void
place_cell(dsc_arena *arena, out_buf *b, table_grid *g, xmlNodePtr cell,
		   int *col, bool *first)
{
	char	   *text = cell_text(arena, cell);
	int			colspan = span_attr(cell, "colspan");
	int			rowspan = span_attr(cell, "rowspan");
	bool		repeat = rowspan > 1 && text[0] != '\0' &&
		strlen(text) <= MAX_REPEATED_LABEL && !is_number_text(text);

	put_cell(b, text, first);
	for (int k = 0; k < colspan && *col < DSC_HTML_MAX_COLUMNS; k++, (*col)++)
	{
		if (*col >= g->width)
			g->width = *col + 1;
		g->columns[*col].rows_left = rowspan - 1;
		g->columns[*col].label = (k == 0 && repeat) ? text : NULL;
	}
}

/* The rows of a data table, each with its cells, nested tables excluded. */
static void
emit_row(dsc_arena *arena, out_buf *b, table_grid *g, xmlNodePtr tr)
{
	int			col = 0;
	bool		first = true;

	newline(b);
	for (xmlNodePtr c = tr->children; c != NULL; c = c->next)
	{
		if (!is_element(c, "td") && !is_element(c, "th"))
			continue;
		col = carry_down(b, g, col, &first);
		place_cell(arena, b, g, c, &col, &first);
	}
	carry_down(b, g, col, &first);
	newline(b);
}

/*
 * The grid g is the page's one grid, allocated at its first data table and
 * cleared as far as the previous table used it.  (A fresh 64 kB grid per
 * table made a page of many empty tables cost some 4,000 times its size:
 * 64 GB for 1,000,000 '<table></table>'; fuzz/regressions/html/.)
 */
static void
emit_data_table(dsc_arena *arena, out_buf *b, table_grid *g, xmlNodePtr table,
				const dsc_options *options)
{
	long		rows = 0;

	if (g->columns == NULL)
		g->columns = dsc_alloc0(arena, sizeof(carried_cell) * DSC_HTML_MAX_COLUMNS);
	else
		memset(g->columns, 0, sizeof(carried_cell) * (size_t) g->width);
	g->width = 0;
	newline(b);
	/* rows may sit in thead/tbody/tfoot, or be stray children of odd markup */
	for (xmlNodePtr n = table->children; n != NULL;)
	{
		if (is_element(n, "tr"))
		{
			if ((++rows & 0xFF) == 0)
				dsc_check(options);
			emit_row(arena, b, g, n);
			n = next_after(n, table, NULL, NULL);
		}
		else if (n->children != NULL && n->type == XML_ELEMENT_NODE &&
				 !is_element(n, "td") && !is_element(n, "th"))
			n = n->children;
		else
			n = next_after(n, table, NULL, NULL);
	}
	newline(b);
}

/* ---- the page ---- */

typedef struct page_state
{
	out_buf    *b;
	int			pre_depth;
} page_state;

static void
leave_element(xmlNodePtr n, void *state)
{
	page_state *ps = state;

	if (is_element(n, "pre"))
		ps->pre_depth--;
	if (name_in(n, block_elements))
		newline(ps->b);
}

char *
dsc_html_doc_text(dsc_arena *arena, htmlDocPtr doc, size_t *len,
				  const dsc_options *options)
{
	out_buf		b = {arena, NULL, 0, 0, false};
	page_state	ps = {&b, 0};
	table_grid	grid = {NULL, 0};
	xmlNodePtr	root = (xmlNodePtr) doc;
	long		visited = 0;

	reserve(&b, 4096);
	mark_layout_tables(root, options);
	for (xmlNodePtr n = root->children; n != NULL;)
	{
		if ((++visited & 0x3FF) == 0)
			dsc_check(options);
		if (is_skipped(n))
			n = next_after(n, root, leave_element, &ps);
		else if (is_data_table(n))
		{
			emit_data_table(arena, &b, &grid, n, options);
			n = next_after(n, root, leave_element, &ps);
		}
		else
		{
			if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
				put_text(&b, (const char *) n->content, ps.pre_depth > 0, false);
			else if (name_in(n, block_elements))
				newline(&b);
			if (is_element(n, "pre"))
				ps.pre_depth++;
			if (n->children != NULL && n->type == XML_ELEMENT_NODE)
				n = n->children;
			else
			{
				if (n->type == XML_ELEMENT_NODE)
					leave_element(n, &ps);
				n = next_after(n, root, leave_element, &ps);
			}
		}
	}
	b.data[b.len] = '\0';
	*len = b.len;
	return b.data;
}

bool
dsc_looks_like_html(const char *text, size_t len)
{
	static const char *const tags[] = {
		"<html", "<body", "<table", "<tr", "<td", "<p>", "<p ", "<div", "<br",
		"<span", "<!doctype", "<meta", "<head"
	};
	size_t		n = len < 65536 ? len : 65536;
	const char *p = text;

	/* memchr finds the few '<' of a text document fast */
	while ((p = memchr(p, '<', n - (size_t) (p - text))) != NULL)
	{
		size_t		i = (size_t) (p - text);

		p++;
		for (size_t t = 0; t < sizeof(tags) / sizeof(tags[0]); t++)
		{
			size_t		tl = strlen(tags[t]);

			if (i + tl <= len && strncasecmp(text + i, tags[t], tl) == 0)
				return true;
		}
	}
	return false;
}

bool		(*dsc_html_interrupted) (void) = NULL;

/*
 * libxml2 reads the page through this callback, a few kB at a time, so that
 * a long read can be stopped: a 200 MB page took 3.5 s in libxml2 with no
 * way to cancel it (sql/hostile.sql).  Returning -1 ends the read.
 */
typedef struct page_reader
{
	const char *data;
	size_t		len;
	size_t		pos;
	bool		interrupted;
} page_reader;

static int
read_page(void *context, char *buffer, int len)
{
	page_reader *r = context;
	size_t		n = r->len - r->pos;

	if (dsc_html_interrupted != NULL && dsc_html_interrupted())
	{
		r->interrupted = true;
		return -1;
	}
	if (len < 0)
		return -1;
	if (n > (size_t) len)
		n = (size_t) len;
	memcpy(buffer, r->data + r->pos, n);
	r->pos += n;
	return (int) n;
}

static int
close_page(void *context)
{
	(void) context;
	return 0;
}

htmlDocPtr
dsc_html_read(const char *html, size_t len, const char **problem)
{
	htmlParserCtxtPtr ctxt;
	htmlDocPtr	doc;
	const char *message;
	page_reader reader = {html, len, 0, false};

	*problem = NULL;
	if (len > (size_t) INT32_MAX)
	{
		*problem = "The page is larger than 2 GB, more than libxml2 reads.";
		return NULL;
	}
	ctxt = htmlNewParserCtxt();
	if (ctxt == NULL)
	{
		*problem = "libxml2 ran out of memory reading the page.";
		return NULL;
	}
	doc = htmlCtxtReadIO(ctxt, read_page, close_page, &reader, NULL, "UTF-8",
						 DSC_HTML_PARSE_OPTIONS);
	message = ctxt->lastError.message;
	if (reader.interrupted)
		*problem = "Reading the page was interrupted.";
	/* libxml2 stops at its depth limit and returns what it read so far */
	else if (ctxt->lastError.code == XML_ERR_INTERNAL_ERROR && message != NULL &&
		strstr(message, "depth") != NULL)
		*problem = "The page nests elements more than 256 deep, the most libxml2 reads; the rest of it would be lost.";
	else if (ctxt->lastError.code == XML_ERR_NO_MEMORY)
		*problem = "libxml2 ran out of memory reading the page.";
	else if (doc == NULL)
		*problem = "libxml2 could not build a document from the page.";
	htmlFreeParserCtxt(ctxt);
	if (*problem != NULL && doc != NULL)
	{
		xmlFreeDoc(doc);
		doc = NULL;
	}
	return doc;
}

char *
dsc_html_to_text(dsc_arena *arena, const char *html, size_t len,
				 size_t *out_len, const char **problem,
				 const dsc_options *options)
{
	htmlDocPtr	doc = dsc_html_read(html, len, problem);
	char	   *text;

	if (doc == NULL)
		return NULL;
	text = dsc_html_doc_text(arena, doc, out_len, options);
	xmlFreeDoc(doc);
	return text;
}
