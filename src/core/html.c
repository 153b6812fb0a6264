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
 * The page is read as a stream.  libxml2's own tree builder (xmlSAX2*)
 * still receives every element, so that it decides what it would decide
 * with the whole tree (which white space to drop, how deep a page may
 * nest), but every finished node is freed as soon as it is no longer its
 * parent's last child: the tree never holds more than the open elements
 * and their last children.  (The whole tree of a 50 MB page took 0.7 to
 * 1.5 GB outside PostgreSQL's memory accounting, and freeing one of 200 MB
 * took 3.7 s during which nothing could be cancelled.)
 *
 * Whether a table is a data table is known only at its end.  Until then it
 * is written both ways: as rows into the page's text, and as blocks into a
 * side buffer; when a table starts inside it, the rows are replaced by the
 * blocks, and it is read on as layout.  Only the innermost open table can
 * be undecided (the ones around it hold it), so there is one side buffer.
 */
#include "dsc_html.h"
#include "dsc_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

/* Text labels merged down rows are repeated only when short. */
#define MAX_REPEATED_LABEL 96

typedef struct out_buf
{
	dsc_arena  *arena;
	char	   *data;			/* dsc_big_alloc'd */
	size_t		len;
	size_t		cap;
	bool		pending_space;	/* collapse runs of white space to one */
	bool		interrupted;	/* a copy below was stopped for a cancel */
} out_buf;

/* Bytes copied between two polls for a cancel. */
#define COPY_PIECE (4 << 20)

/*
 * Copy n bytes in pieces, polling dsc_html_interrupted between them: a copy
 * of 200 MB took more than a second on a busy machine.  Stopped, it returns
 * how far it got and marks b interrupted (its text no longer matters).
 */
static size_t
copy_in_pieces(out_buf *b, char *to, const char *from, size_t n)
{
	for (size_t done = 0; done < n; done += COPY_PIECE)
	{
		if (done > 0 && dsc_html_interrupted != NULL && dsc_html_interrupted())
		{
			b->interrupted = true;
			return done;
		}
		memcpy(to + done, from + done, n - done < COPY_PIECE ? n - done : COPY_PIECE);
	}
	return n;
}

static void
reserve(out_buf *b, size_t extra)
{
	char	   *grown;

	if (b->len + extra + 1 <= b->cap)
		return;
	b->cap = (b->cap + extra + 1) * 2;
	grown = dsc_big_alloc(b->arena, b->cap);
	if (b->len)
		b->len = copy_in_pieces(b, grown, b->data, b->len);
	dsc_big_free(b->arena, b->data);
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
put_text(out_buf *b, const char *s, size_t len, bool preformatted, bool in_cell)
{
	reserve(b, 2 * len);
	for (const char *end = s + len; s < end; s++)
	{
		char		c = *s;

		if (preformatted && c == '\n')
		{
			b->data[b->len++] = '\n';
			b->pending_space = false;
			continue;
		}
		if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f')
		{
			b->pending_space = true;
			continue;
		}
		if (b->pending_space && !at_line_start(b))
			b->data[b->len++] = ' ';
		b->pending_space = false;
		b->data[b->len++] = (c == '|' && in_cell) ? '/' : c;
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

/* ---- cells ---- */

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

/*
 * The page's one grid, allocated at its first data table and cleared as far
 * as the previous table used it.  (A fresh 64 kB grid per table made a page
 * of many empty tables cost some 4,000 times its size: 64 GB for 1,000,000
 * '<table></table>'; fuzz/regressions/html/.)
 */
typedef struct table_grid
{
	carried_cell *columns;
	int			width;			/* columns in use */
} table_grid;

static void
put_cell(out_buf *b, const char *text, size_t len, bool *first)
{
	if (!*first)
		put_bytes(b, " | ", 3);
	put_text(b, text, len, false, true);
	b->pending_space = false;
	*first = false;
}

/* ---- the walk ---- */

/* What an open element is to the table being read as data. */
typedef enum data_kind
{
	D_SEARCH,					/* the table, or an element rows may be in */
	D_ROW,						/* a tr */
	D_CELL,						/* a td or th of a row */
	D_IN_CELL,					/* an element inside a cell */
	D_IGNORED					/* anything else, and what is skipped in a cell */
} data_kind;

/* Page text written as blocks: where, and the state of the writing. */
typedef struct page_out
{
	out_buf    *b;
	int			pre_depth;		/* open <pre> elements */
	int			skip_depth;		/* > 0: inside a skipped element */
} page_out;

/* Most elements open at once: libxml2 stops past 256. */
#define MAX_DEPTH 300

typedef struct dsc_html_reader
{
	dsc_arena  *arena;
	htmlParserCtxtPtr ctxt;
	const char *html;
	size_t		len;
	bool		stopped;		/* libxml2 halted: nothing more is written */
	bool		interrupted;
	long		events;

	out_buf		text;			/* the page's text */
	page_out	page;

	/* the table being read, not yet known to be a data table, or NULL */
	xmlNodePtr	table;
	size_t		table_start;	/* text.len where its rows begin */
	out_buf		side;			/* the same table as blocks */
	page_out	side_page;
	table_grid	grid;
	int			depth;			/* open elements */
	data_kind	kind[MAX_DEPTH];	/* per open element inside the table */
	int			col;			/* the row being written: next grid column */
	bool		first;			/* no cell written in it yet */
	out_buf		cell;			/* the cell being read */
	int			colspan;
	int			rowspan;
	size_t		repeat_budget;	/* bytes of repeated labels still allowed */
} dsc_html_reader;

static void
page_start(page_out *p, xmlNodePtr n)
{
	if (p->skip_depth > 0)
		p->skip_depth++;
	else if (is_skipped(n))
		p->skip_depth = 1;
	else
	{
		if (name_in(n, block_elements))
			newline(p->b);
		if (is_element(n, "pre"))
			p->pre_depth++;
	}
}

static void
page_end(page_out *p, xmlNodePtr n)
{
	if (p->skip_depth > 0)
		p->skip_depth--;
	else
	{
		if (is_element(n, "pre"))
			p->pre_depth--;
		if (name_in(n, block_elements))
			newline(p->b);
	}
}

static void
page_text(page_out *p, const char *s, size_t len)
{
	if (p->skip_depth == 0)
		put_text(p->b, s, len, p->pre_depth > 0, false);
}

/* A table starts where the page is read as blocks: read it as data. */
static void
table_begin(dsc_html_reader *r, xmlNodePtr table)
{
	newline(&r->text);
	r->table = table;
	r->table_start = r->text.len;
	r->side.len = 0;
	r->side.pending_space = false;
	r->side_page.b = &r->side;
	r->side_page.pre_depth = r->page.pre_depth;
	r->side_page.skip_depth = 0;
	if (r->grid.columns == NULL)
		r->grid.columns = dsc_alloc0(r->arena, sizeof(carried_cell) * DSC_HTML_MAX_COLUMNS);
	else
		memset(r->grid.columns, 0, sizeof(carried_cell) * (size_t) r->grid.width);
	r->grid.width = 0;
	r->kind[r->depth] = D_SEARCH;
}

/* A table inside the table: it was layout; its text is the side buffer's. */
static void
table_is_layout(dsc_html_reader *r)
{
	r->text.len = r->table_start;
	reserve(&r->text, r->side.len);
	r->text.len += copy_in_pieces(&r->text, r->text.data + r->text.len,
								  r->side.data, r->side.len);
	r->text.pending_space = r->side.pending_space;
	r->page.pre_depth = r->side_page.pre_depth;
	r->page.skip_depth = r->side_page.skip_depth;
	r->table = NULL;
}

/* Columns merged down from above at col: repeat their labels, skip them. */
static void
carry_down(dsc_html_reader *r)
{
	table_grid *g = &r->grid;

	while (r->col < g->width && g->columns[r->col].rows_left > 0)
	{
		const char *label = g->columns[r->col].label;

		if (label != NULL)
			put_cell(&r->text, label, strlen(label), &r->first);
		g->columns[r->col].rows_left--;
		r->col++;
	}
}

/*
 * A cell has ended: write it and lay it on the grid.  Repeated labels may
 * add at most the page's own size to its text (1,000 short labels each
 * spanning 1,000 rows would otherwise write 100 MB from 100 kB).
 */
static void
place_cell(dsc_html_reader *r)
{
	table_grid *g = &r->grid;
	const char *text = r->cell.data;
	size_t		len = r->cell.len;
	const char *label = NULL;

	r->cell.data[len] = '\0';
	if (r->rowspan > 1 && len > 0 && len <= MAX_REPEATED_LABEL &&
		!is_number_text(text) &&
		(size_t) (r->rowspan - 1) * (len + 3) <= r->repeat_budget)
	{
		r->repeat_budget -= (size_t) (r->rowspan - 1) * (len + 3);
		label = dsc_strndup(r->arena, text, len);
	}
	carry_down(r);
	put_cell(&r->text, text, len, &r->first);
	for (int k = 0; k < r->colspan && r->col < DSC_HTML_MAX_COLUMNS; k++, r->col++)
	{
		if (r->col >= g->width)
			g->width = r->col + 1;
		g->columns[r->col].rows_left = r->rowspan - 1;
		g->columns[r->col].label = k == 0 ? label : NULL;
	}
}

static void
data_start(dsc_html_reader *r, xmlNodePtr n)
{
	data_kind	parent = r->kind[r->depth - 1];
	data_kind	k = D_IGNORED;

	switch (parent)
	{
		case D_SEARCH:
			if (is_element(n, "tr"))
			{
				k = D_ROW;
				newline(&r->text);
				r->col = 0;
				r->first = true;
			}
			else if (!is_element(n, "td") && !is_element(n, "th"))
				k = D_SEARCH;
			break;
		case D_ROW:
			if (is_element(n, "td") || is_element(n, "th"))
			{
				k = D_CELL;
				r->cell.len = 0;
				r->cell.pending_space = false;
				r->colspan = span_attr(n, "colspan");
				r->rowspan = span_attr(n, "rowspan");
			}
			break;
		case D_CELL:
		case D_IN_CELL:
			if (!is_skipped(n))
			{
				k = D_IN_CELL;
				if (name_in(n, block_elements))
					r->cell.pending_space = true;
			}
			break;
		case D_IGNORED:
			break;
	}
	r->kind[r->depth] = k;
}

static void
data_end(dsc_html_reader *r)
{
	switch (r->kind[r->depth])
	{
		case D_CELL:
			place_cell(r);
			break;
		case D_ROW:
			carry_down(r);
			newline(&r->text);
			break;
		default:
			break;
	}
}

/* ---- libxml2's callbacks ---- */

/*
 * Free the finished siblings before n: the tree keeps only the open
 * elements and their last children, all libxml2 looks at.
 */
static void
prune_before(xmlNodePtr n)
{
	while (n != NULL && n->prev != NULL)
	{
		xmlNodePtr	old = n->prev;

		xmlUnlinkNode(old);
		xmlFreeNode(old);
	}
}

/*
 * Every so often, whether to stop for a cancel: the hook may not longjmp
 * out of libxml2, so the read is halted and the caller throws it.
 */
static bool
keep_going(dsc_html_reader *r)
{
	if (r->stopped)
		return false;
	if (r->text.interrupted || r->side.interrupted || r->cell.interrupted)
	{
		r->interrupted = true;
		r->stopped = true;
		xmlStopParser(r->ctxt);
		return false;
	}
	if (r->ctxt->disableSAX)
	{
		r->stopped = true;
		return false;
	}
	if ((++r->events & 0x3FF) == 0 && dsc_html_interrupted != NULL &&
		dsc_html_interrupted())
	{
		r->interrupted = true;
		r->stopped = true;
		xmlStopParser(r->ctxt);
		return false;
	}
	return true;
}

static void
on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	htmlParserCtxtPtr ctxt = ctx;
	dsc_html_reader *r = ctxt->_private;
	xmlNodePtr	n;

	xmlSAX2StartElement(ctx, name, atts);
	if (!keep_going(r))
		return;
	n = ctxt->node;
	if (n == NULL || r->depth + 1 >= MAX_DEPTH)
	{
		r->stopped = true;		/* not reached: libxml2 stops at 256 */
		return;
	}
	prune_before(n);
	r->depth++;
	if (r->table != NULL && is_element(n, "table"))
		table_is_layout(r);
	if (r->table != NULL)
	{
		data_start(r, n);
		page_start(&r->side_page, n);
	}
	else if (r->page.skip_depth == 0 && is_element(n, "table") && !is_skipped(n))
		table_begin(r, n);
	else
		page_start(&r->page, n);
}

static void
on_end(void *ctx, const xmlChar *name)
{
	htmlParserCtxtPtr ctxt = ctx;
	dsc_html_reader *r = ctxt->_private;
	xmlNodePtr	n = ctxt->node;

	if (!r->stopped && n != NULL && r->depth > 0)
	{
		if (r->table == n)
		{
			newline(&r->text);
			r->table = NULL;
		}
		else if (r->table != NULL)
		{
			data_end(r);
			page_end(&r->side_page, n);
		}
		else
			page_end(&r->page, n);
		r->depth--;
	}
	xmlSAX2EndElement(ctx, name);
}

static void
on_text(void *ctx, const xmlChar *ch, int len)
{
	htmlParserCtxtPtr ctxt = ctx;
	dsc_html_reader *r = ctxt->_private;
	xmlNodePtr	parent = ctxt->node;
	xmlNodePtr	last;

	/* what xmlSAX2Characters would do, but keeping an empty text node */
	if (parent == NULL || !keep_going(r))
		return;
	last = parent->last;
	if (last == NULL || last->type != XML_TEXT_NODE)
	{
		last = xmlNewDocText(ctxt->myDoc, (const xmlChar *) "");
		if (last == NULL || xmlAddChild(parent, last) == NULL)
		{
			xmlFreeNode(last);
			r->stopped = true;
			xmlStopParser(ctxt);
			return;
		}
	}
	prune_before(last);
	if (r->table != NULL)
	{
		data_kind	k = r->kind[r->depth];

		if (k == D_CELL || k == D_IN_CELL)
			put_text(&r->cell, (const char *) ch, (size_t) len, false, true);
		page_text(&r->side_page, (const char *) ch, (size_t) len);
	}
	else
		page_text(&r->page, (const char *) ch, (size_t) len);
}

/* Script and style: as xmlSAX2CDataBlock, without the text. */
static void
on_cdata(void *ctx, const xmlChar *value, int len)
{
	htmlParserCtxtPtr ctxt = ctx;
	xmlNodePtr	parent = ctxt->node;
	xmlNodePtr	node;

	(void) value;
	(void) len;
	if (parent == NULL ||
		(parent->last != NULL && parent->last->type == XML_CDATA_SECTION_NODE))
		return;
	node = xmlNewCDataBlock(ctxt->myDoc, NULL, 0);
	if (node != NULL && xmlAddChild(parent, node) == NULL)
		xmlFreeNode(node);
	else
		prune_before(node);
}

static void
on_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	htmlParserCtxtPtr ctxt = ctx;

	xmlSAX2ProcessingInstruction(ctx, target, data);
	if (ctxt->node != NULL)
		prune_before(ctxt->node->last);
}

/* Comments are left out of the tree: libxml2 passes over them anyway. */
static void
on_comment(void *ctx, const xmlChar *value)
{
	(void) ctx;
	(void) value;
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
	dsc_html_reader *r;
	size_t		pos;
} page_reader;

static int
read_page(void *context, char *buffer, int len)
{
	page_reader *p = context;
	size_t		n = p->r->len - p->pos;

	if (dsc_html_interrupted != NULL && dsc_html_interrupted())
	{
		p->r->interrupted = true;
		return -1;
	}
	if (len < 0)
		return -1;
	if (n > (size_t) len)
		n = (size_t) len;
	memcpy(buffer, p->r->html + p->pos, n);
	p->pos += n;
	return (int) n;
}

static int
close_page(void *context)
{
	(void) context;
	return 0;
}

static void
buf_init(out_buf *b, dsc_arena *arena, size_t cap)
{
	memset(b, 0, sizeof(*b));
	b->arena = arena;
	b->data = dsc_big_alloc(arena, cap);
	b->cap = cap;
}

dsc_html_reader *
dsc_html_reader_new(dsc_arena *arena, const char *html, size_t len,
					const char **problem)
{
	dsc_html_reader *r;

	*problem = NULL;
	if (len > (size_t) INT32_MAX)
	{
		*problem = "The page is larger than 2 GB, more than libxml2 reads.";
		return NULL;
	}
	r = dsc_alloc0(arena, sizeof(dsc_html_reader));
	r->arena = arena;
	r->html = html;
	r->len = len;
	/* repeated labels may add as much text again as the page holds */
	r->repeat_budget = len + 65536;
	/* the text is seldom longer than the page: one copy, never grown */
	buf_init(&r->text, arena, len + 65536);
	buf_init(&r->side, arena, 4096);
	buf_init(&r->cell, arena, 4096);
	r->page.b = &r->text;
	r->ctxt = htmlNewParserCtxt();
	if (r->ctxt == NULL)
	{
		dsc_html_reader_free(r);
		*problem = "libxml2 ran out of memory reading the page.";
		return NULL;
	}
	return r;
}

char *
dsc_html_reader_text(dsc_html_reader *r, size_t *out_len, const char **problem)
{
	htmlParserCtxtPtr ctxt = r->ctxt;
	page_reader reader = {r, 0};
	htmlDocPtr	doc;
	const char *message;
	char	   *text;

	*problem = NULL;
	xmlSAX2InitHtmlDefaultSAXHandler(ctxt->sax);
	ctxt->sax->startElement = on_start;
	ctxt->sax->endElement = on_end;
	ctxt->sax->characters = on_text;
	ctxt->sax->cdataBlock = on_cdata;
	ctxt->sax->processingInstruction = on_pi;
	ctxt->sax->comment = on_comment;
	ctxt->_private = r;
	doc = htmlCtxtReadIO(ctxt, read_page, close_page, &reader, NULL, "UTF-8",
						 DSC_HTML_PARSE_OPTIONS);
	message = ctxt->lastError.message;
	if (r->interrupted || r->text.interrupted || r->side.interrupted ||
		r->cell.interrupted)
		*problem = "Reading the page was interrupted.";
	/* libxml2 stops at its depth limit, having read part of the page */
	else if (ctxt->lastError.code == XML_ERR_INTERNAL_ERROR && message != NULL &&
			 strstr(message, "depth") != NULL)
		*problem = "The page nests elements more than 256 deep, the most libxml2 reads; the rest of it would be lost.";
	else if (ctxt->lastError.code == XML_ERR_NO_MEMORY)
		*problem = "libxml2 ran out of memory reading the page.";
	else if (doc == NULL)
		*problem = "libxml2 could not build a document from the page.";
	if (doc != NULL)
		xmlFreeDoc(doc);
	if (*problem != NULL)
		return NULL;
	text = r->text.data;
	text[r->text.len] = '\0';
	*out_len = r->text.len;
	/* the arena frees it with the rest */
	dsc_big_keep(r->arena, text);
	r->text.data = NULL;
	return text;
}

void
dsc_html_reader_free(dsc_html_reader *r)
{
	if (r == NULL)
		return;
	if (r->ctxt != NULL)
	{
		/* after a longjmp out of a callback, the tree is the context's */
		if (r->ctxt->myDoc != NULL)
		{
			xmlFreeDoc(r->ctxt->myDoc);
			r->ctxt->myDoc = NULL;
		}
		htmlFreeParserCtxt(r->ctxt);
		r->ctxt = NULL;
	}
	dsc_big_free(r->arena, r->text.data);
	dsc_big_free(r->arena, r->side.data);
	dsc_big_free(r->arena, r->cell.data);
	r->text.data = r->side.data = r->cell.data = NULL;
}

char *
dsc_html_to_text(dsc_arena *arena, const char *html, size_t len,
				 size_t *out_len, const char **problem,
				 const dsc_options *options)
{
	dsc_html_reader *r = dsc_html_reader_new(arena, html, len, problem);
	char	   *text;

	(void) options;
	if (r == NULL)
		return NULL;
	text = dsc_html_reader_text(r, out_len, problem);
	dsc_html_reader_free(r);
	return text;
}
