/*
 * document.c
 *	  Parse a whole document: find its reports, read each, drop copies.
 */
#include "dsc_internal.h"

#include <stdarg.h>
#include <string.h>

void
dsc_report_note(dsc_arena *arena, dsc_report *report, const char *fmt,...)
{
	va_list		ap;

	if (report->n_notes == report->notes_cap)
	{
		int			cap = report->notes_cap ? report->notes_cap * 2 : 8;
		const char **notes = dsc_alloc(arena, sizeof(char *) * (size_t) cap);

		if (report->n_notes)
			memcpy(notes, report->notes, sizeof(char *) * (size_t) report->n_notes);
		report->notes = notes;
		report->notes_cap = cap;
	}
	va_start(ap, fmt);
	report->notes[report->n_notes++] = dsc_vprintf(arena, fmt, ap);
	va_end(ap);
}

const char *
dsc_template_name(dsc_template t)
{
	switch (t)
	{
		case DSC_TEMPLATE_2019:
			return "2019";
		case DSC_TEMPLATE_2021:
			return "2021";
		case DSC_TEMPLATE_UNKNOWN:
			break;
	}
	return NULL;
}

/* Whether any table cell was read at all. */
static bool
has_numbers(const dsc_report *r)
{
	if (r->n_proactive > 0 || r->procurement_projects.known)
		return true;
	for (int i = 0; i < DSC_NROWS; i++)
		for (int c = 0; c < DSC_NCOLS; c++)
			if (r->requests[i][c].known)
				return true;
	for (int c = 0; c < DSC_REVIEW_NCOLS; c++)
		if (r->review[c].known || r->suit_direct[c].known ||
			r->suit_after_review[c].known)
			return true;
	return false;
}

/*
 * The number of 件 that follows a word in its sentence: '制发行政规范性文件9件'
 * gives 9 after 制发.  The sentence must speak of 规范性文件.
 */
static const char *
find_before(const char *s, const char *end, const char *word)
{
	size_t		n = strlen(word);

	for (; s + n <= end; s++)
		if (memcmp(s, word, n) == 0)
			return s;
	return NULL;
}

static bool
count_after(const char *sentence, const char *end, const char *word,
			int32_t *out)
{
	const char *p = find_before(sentence, end, word);
	int			chars = 0;

	if (p == NULL)
		return false;
	for (p += strlen(word); p < end && chars < 30; chars++)
	{
		if (*p >= '0' && *p <= '9')
		{
			const char *digits_start = p;
			int64_t		v = 0;
			int			digits = 0;

			while (p < end && *p >= '0' && *p <= '9' && digits < 9)
				v = v * 10 + (*p++ - '0'), digits++;
			/*
			 * The count of the documents themselves: '规范性文件34件',
			 * '文件共253件', not '规章2件' in '制发规章2件、规范性文件5件'.
			 */
			if (strncmp(p, "件", 3) == 0 &&
				(dsc_ends_with_n(sentence, (size_t) (digits_start - sentence), "文件") ||
				 dsc_ends_with_n(sentence, (size_t) (digits_start - sentence), "文件共")))
			{
				*out = (int32_t) v;
				return true;
			}
			continue;
		}
		p += dsc_utf8_len((unsigned char) *p) ? dsc_utf8_len((unsigned char) *p) : 1;
	}
	return false;
}

/*
 * What the prose says of the normative documents made, repealed, in force:
 * the sentences around each mention of 规范性文件.
 */
static void
read_stated_normative(const char *c, dsc_report *r)
{
	static const char *const made[] = {"制发", "制定", "印发", "出台"};
	const char *done = c;		/* sentences before this were read */

	for (const char *hit = strstr(c, "规范性文件"); hit != NULL;
		 hit = strstr(hit + 1, "规范性文件"))
	{
		const char *start = hit;
		const char *end;
		const char *semi;
		int32_t		v;

		if (hit < done)
			continue;
		/* the sentence: back to the last 。 or ；, at most 200 bytes */
		while (start > c && hit - start < 200 &&
			   !(start - c >= 3 && (memcmp(start - 3, "。", 3) == 0 ||
									memcmp(start - 3, "；", 3) == 0)))
			start--;
		end = strstr(hit, "。");
		if (end == NULL)
			end = hit + strlen(hit);
		semi = find_before(hit, end, "；");
		if (semi != NULL)
			end = semi;
		for (size_t i = 0; i < sizeof(made) / sizeof(made[0]); i++)
			if (!r->stated_normative[0].known && count_after(start, end, made[i], &v))
				r->stated_normative[0] = (dsc_int) {v, true};
		if (!r->stated_normative[1].known && count_after(start, end, "废止", &v))
			r->stated_normative[1] = (dsc_int) {v, true};
		if (!r->stated_normative[2].known && count_after(start, end, "现行有效", &v))
			r->stated_normative[2] = (dsc_int) {v, true};
		done = end;
	}
}

/*
 * The prose before the tables, as one compact string: the pieces that
 * reline.c cut from one line are joined again, so that a sentence cut at a
 * label ('本年度制发|规范性文件34件') reads whole.
 */
static char *
prose_before_tables(dsc_arena *arena, dsc_text *text, const dsc_span *span,
					const dsc_options *options)
{
	int			end = span->post_end;
	size_t		len = 0;
	char	   *out;

	for (int sec = DSC_SEC_PROACTIVE; sec <= DSC_SEC_REVIEW; sec++)
		if (span->heading[sec] >= 0 && span->heading[sec] < end)
			end = span->heading[sec];
	if (end > text->n_lines)
		end = text->n_lines;
	for (int li = span->pre_start; li < end; li++)
		len += text->lines[li].len;
	out = dsc_alloc(arena, len + 1);
	len = 0;
	for (int li = span->pre_start; li < end; li++)
	{
		const dsc_line *line = &text->lines[li];

		if ((li & 0xFFF) == 0)
			dsc_check(options);
		for (size_t i = 0; i < line->len; i++)
			if (line->text[i] != ' ' && line->text[i] != '\t')
				out[len++] = line->text[i];
	}
	out[len] = '\0';
	return out;
}

/*
 * What the prose before the tables states that can decide how joined
 * digits split: new requests per applicant column ('其中涉及自然人10件、
 * 商业企业1件') and the normative documents made, repealed and in force.
 */
static void
read_prose_evidence(dsc_arena *arena, dsc_text *text, const dsc_span *span,
					dsc_report *r, const dsc_options *options)
{
	static const char *const words[] = {
		"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构"
	};
	const char *c = prose_before_tables(arena, text, span, options);

	r->prose = c;
	read_stated_normative(c, r);
	for (int w = 0; w < 5; w++)
	{
		for (const char *p = strstr(c, words[w]); p != NULL && !r->stated_by_column[w].known;
			 p = strstr(p + 1, words[w]))
		{
			const char *q = p + strlen(words[w]);
			int64_t		v = 0;
			int			digits = 0;

			while (*q >= '0' && *q <= '9' && digits < 9)
				v = v * 10 + (*q++ - '0'), digits++;
			if (digits > 0 && strncmp(q, "件", 3) == 0)
				r->stated_by_column[w] = (dsc_int) {(int32_t) v, true};
		}
	}
}

/* Where the prose of a report is, for dsc_need_prose. */
struct dsc_prose_source
{
	dsc_arena  *arena;
	dsc_text   *text;
	const dsc_span *span;
	const dsc_options *options;
};

void
dsc_need_prose(dsc_report *report)
{
	struct dsc_prose_source *source = report->prose_source;

	if (source == NULL)
		return;
	report->prose_source = NULL;	/* once */
	read_prose_evidence(source->arena, source->text, source->span, report,
						source->options);
}

static dsc_report *
read_report(dsc_arena *arena, dsc_text *text, const dsc_span *span,
			const dsc_options *options)
{
	dsc_report *r = dsc_alloc0(arena, sizeof(dsc_report));
	dsc_arena	scratch;
	struct dsc_prose_source source;
	int			h;

	/* rows and cells live only while their table is read */
	dsc_arena_init_scratch(&scratch, arena);
	/* read when a table reader needs it; its copy lives in scratch */
	source.arena = &scratch;
	source.text = text;
	source.span = span;
	source.options = options;
	r->prose_source = &source;
	if ((h = span->heading[DSC_SEC_PROACTIVE]) >= 0)
		dsc_read_proactive(arena, &scratch, text, h + 1,
						   dsc_section_end(span, DSC_SEC_PROACTIVE), r, options);
	if ((h = span->heading[DSC_SEC_REQUESTS]) >= 0)
		dsc_read_requests(arena, &scratch, text, h + 1,
						  dsc_section_end(span, DSC_SEC_REQUESTS), r, options);
	else
		dsc_report_note(arena, r, "table three (requests) was not found");
	if ((h = span->heading[DSC_SEC_REVIEW]) >= 0)
		dsc_read_review(arena, &scratch, text, h + 1,
						dsc_section_end(span, DSC_SEC_REVIEW), r, options);
	else
		dsc_report_note(arena, r, "table four (review and litigation) was not found");
	dsc_arena_free_all(&scratch);
	r->prose = NULL;
	r->prose_source = NULL;
	dsc_read_meta(arena, text, span, r, options);
	dsc_keep_narrative_source(arena, text, span, r);
	if (r->template_kind == DSC_TEMPLATE_UNKNOWN && r->year > 0)
	{
		r->template_kind = r->year >= 2021 ? DSC_TEMPLATE_2021 : DSC_TEMPLATE_2019;
		dsc_report_note(arena, r,
						"the template was inferred from the year: the tables do not show it");
	}
	return r;
}

static bool
str_eq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

static bool
int_eq(dsc_int a, dsc_int b)
{
	return a.known == b.known && (!a.known || a.value == b.value);
}

/*
 * FNV-1a over everything same_report compares, so that reports with equal
 * hashes are almost always copies: a hash over the table cells alone put
 * every report of a document whose tables agree (and whose agencies or
 * prose do not) in one chain, and the copy check turned quadratic.
 */
#define MIX(h, v) ((h) = ((h) ^ (uint64_t) (uint32_t) (v)) * 1099511628211ULL)

static uint64_t
mix_str(uint64_t h, const char *s)
{
	if (s == NULL)
		return MIX(h, 0xFFFFFFFFu);
	for (; *s; s++)
		MIX(h, (unsigned char) *s);
	return MIX(h, 0);
}

static uint64_t
mix_ints(uint64_t h, const dsc_int *v, int n)
{
	for (int i = 0; i < n; i++)
		MIX(h, v[i].known ? v[i].value : -1);
	return h;
}

static uint64_t
report_hash(const dsc_report *r)
{
	uint64_t	h = 1469598103934665603ULL;

	h = mix_str(h, r->agency);
	MIX(h, r->year);
	MIX(h, r->template_kind);
	MIX(h, r->n_proactive);
	for (int i = 0; i < r->n_proactive; i++)
	{
		h = mix_str(h, r->proactive[i].measure);
		h = mix_str(h, r->proactive[i].value);
	}
	MIX(h, r->has_procurement);
	h = mix_ints(h, &r->procurement_projects, 1);
	h = mix_str(h, r->procurement_amount_yuan);
	h = mix_ints(h, &r->stated_requests, 1);
	h = mix_ints(h, &r->stated_proactive, 1);
	for (int i = 0; i < DSC_NROWS; i++)
		h = mix_ints(h, r->requests[i], DSC_NCOLS);
	h = mix_ints(h, r->review, DSC_REVIEW_NCOLS);
	h = mix_ints(h, r->suit_direct, DSC_REVIEW_NCOLS);
	h = mix_ints(h, r->suit_after_review, DSC_REVIEW_NCOLS);
	return h;
}

#undef MIX

/* Same content: a copy of a report, whatever debris surrounds it. */
static bool
same_report(const dsc_report *a, const dsc_report *b)
{
	if (!str_eq(a->agency, b->agency) || a->year != b->year ||
		a->template_kind != b->template_kind ||
		a->n_proactive != b->n_proactive ||
		a->has_procurement != b->has_procurement ||
		!int_eq(a->procurement_projects, b->procurement_projects) ||
		!str_eq(a->procurement_amount_yuan, b->procurement_amount_yuan) ||
		!int_eq(a->stated_requests, b->stated_requests) ||
		!int_eq(a->stated_proactive, b->stated_proactive))
		return false;
	for (int i = 0; i < a->n_proactive; i++)
		if (!str_eq(a->proactive[i].measure, b->proactive[i].measure) ||
			!str_eq(a->proactive[i].value, b->proactive[i].value))
			return false;
	for (int i = 0; i < DSC_NROWS; i++)
		for (int c = 0; c < DSC_NCOLS; c++)
			if (!int_eq(a->requests[i][c], b->requests[i][c]))
				return false;
	for (int c = 0; c < DSC_REVIEW_NCOLS; c++)
		if (!int_eq(a->review[c], b->review[c]) ||
			!int_eq(a->suit_direct[c], b->suit_direct[c]) ||
			!int_eq(a->suit_after_review[c], b->suit_after_review[c]))
			return false;
	return true;
}

/* Whether any line of text[from, to) names needle. */
static bool
span_mentions(dsc_arena *arena, dsc_text *text, int from, int to,
			  const char *needle, const dsc_options *options)
{
	for (int li = from; li < to; li++)
	{
		if ((li & 0xFFF) == 0)
			dsc_check(options);
		if (strstr(dsc_line_compact(arena, &text->lines[li]), needle))
			return true;
	}
	return false;
}

/* Is p, a place in an agency's name, where a level such as 市 starts? */
static bool
at_level(const char *p)
{
	static const char *const levels[] = {"省", "市", "区", "县", "州", "镇", "乡", "旗"};

	for (size_t l = 0; l < sizeof(levels) / sizeof(levels[0]); l++)
		if (dsc_starts_with(p, levels[l]))
			return dsc_char_count(p, strlen(p)) >= 4;
	return false;
}

/*
 * The longest part of name, from a level character on (市机关事务管理局),
 * that the span mentions, or NULL.  Each such part holds the shortest one,
 * so when the shortest is not mentioned none is, and one search of the
 * span settles it.
 */
static const char *
mentioned_part(dsc_arena *arena, dsc_text *text, const dsc_span *span,
			   const char *name, const dsc_options *options)
{
	const char *shortest = NULL;

	for (const char *p = name; *p; p++)
		if (at_level(p))
			shortest = p;
	if (shortest == NULL ||
		!span_mentions(arena, text, span->pre_start, span->post_end,
					   shortest, options))
		return NULL;
	for (const char *p = name; p < shortest; p++)
		if (at_level(p) &&
			span_mentions(arena, text, span->pre_start, span->post_end, p,
						  options))
			return p;
	return shortest;
}

/*
 * For one report: distinct agency names tried, nearest first, and named
 * neighbours looked at (several years of one body share a name).
 */
#define MAX_NEIGHBOUR_NAMES 16
#define MAX_NEIGHBOURS 64

/*
 * A report that names its body only as '市机关事务管理局' takes the full name
 * of a neighbour in the same document that ends with those words: the
 * nearest reports that name an agency (the earlier one first at equal
 * distance), up to MAX_NEIGHBOUR_NAMES distinct names among the
 * MAX_NEIGHBOURS nearest.
 *
 * (It used to walk every other report for every report without an agency
 * and search the text for each: quadratic, and never interruptible: a
 * 31 MB document of short reports kept a backend busy 47 s.  Now each
 * report looks at a bounded number of names, reached through the nearest
 * named report on each side, and searches its own span once per name.)
 */
static void
borrow_agency(dsc_arena *arena, dsc_document *doc, dsc_text *text,
			  const dsc_span *spans, const int *span_of,
			  const dsc_options *options)
{
	int			n = doc->n_reports;
	int		   *prev_named = dsc_alloc(arena, sizeof(int) * (size_t) (n + 1));
	int		   *next_named = dsc_alloc(arena, sizeof(int) * (size_t) (n + 1));

	/* the nearest report with an agency before and after each one */
	for (int i = 0, last = -1; i < n; i++)
	{
		prev_named[i] = last;
		if (doc->reports[i]->agency != NULL)
			last = i;
	}
	for (int i = n - 1, last = -1; i >= 0; i--)
	{
		next_named[i] = last;
		if (doc->reports[i]->agency != NULL)
			last = i;
	}
	for (int i = 0; i < n; i++)
	{
		dsc_report *r = doc->reports[i];
		const dsc_span *span = &spans[span_of[i]];
		const char *tried[MAX_NEIGHBOUR_NAMES];
		int			n_tried = 0;
		int			left = prev_named[i];
		int			right = next_named[i];
		int			looked = 0;

		dsc_check(options);
		if (r->agency != NULL)
			continue;
		while (r->agency == NULL && n_tried < MAX_NEIGHBOUR_NAMES &&
			   looked++ < MAX_NEIGHBOURS && (left >= 0 || right >= 0))
		{
			int			j;
			const char *name;
			const char *part;
			bool		seen = false;

			if (right < 0 || (left >= 0 && i - left <= right - i))
				j = left, left = prev_named[left];
			else
				j = right, right = next_named[right];
			name = doc->reports[j]->agency;
			for (int k = 0; k < n_tried && !seen; k++)
				seen = strcmp(tried[k], name) == 0;
			if (seen)
				continue;
			tried[n_tried++] = name;
			if ((part = mentioned_part(arena, text, span, name, options)) != NULL)
			{
				r->agency = name;
				dsc_report_note(arena, r,
								"agency taken from a neighbouring report in the same document: the text names only \"%s\"",
								part);
			}
		}
		if (r->agency == NULL)
			dsc_report_note(arena, r, "the agency was not found");
	}
}

/*
 * Reports kept so far, by hash, for the copy check: open addressing, a
 * slot holds the index of a kept report plus one (0: empty).
 */
typedef struct kept_index
{
	int		   *slots;
	uint64_t	mask;
} kept_index;

/* The kept report r is a copy of, or -1; if none, r's slot is taken. */
static int
find_or_add(kept_index *ix, dsc_document *doc, const uint64_t *hashes,
			dsc_report *r, uint64_t h)
{
	for (uint64_t s = h & ix->mask;; s = (s + 1) & ix->mask)
	{
		int			k = ix->slots[s] - 1;

		if (k < 0)
		{
			ix->slots[s] = doc->n_reports + 1;
			return -1;
		}
		if (hashes[k] == h && same_report(doc->reports[k], r))
			return k;
	}
}

dsc_document *
dsc_parse_document(dsc_arena *arena, const char *input, size_t len,
				   const dsc_options *options)
{
	dsc_document *doc = dsc_alloc0(arena, sizeof(dsc_document));
	dsc_text	text;
	dsc_span   *spans;
	int			n_spans;
	int		   *span_of;
	uint64_t   *hashes;
	kept_index	ix;
	size_t		n_slots = 16;

	dsc_text_split(arena, input, len, &text, options);
	n_spans = dsc_find_spans(arena, &text, &spans, options);
	doc->reports = dsc_alloc(arena, sizeof(dsc_report *) * (size_t) (n_spans + 1));
	span_of = dsc_alloc(arena, sizeof(int) * (size_t) (n_spans + 1));
	hashes = dsc_alloc(arena, sizeof(uint64_t) * (size_t) (n_spans + 1));
	/* at most half full */
	while (n_slots < 2 * (size_t) n_spans)
		n_slots *= 2;
	ix.slots = dsc_alloc0(arena, sizeof(int) * n_slots);
	ix.mask = n_slots - 1;
	for (int s = 0; s < n_spans; s++)
	{
		dsc_report *r = read_report(arena, &text, &spans[s], options);
		int			k;

		dsc_check(options);
		if (!has_numbers(r))
		{
			doc->n_empty++;
			continue;
		}
		hashes[doc->n_reports] = report_hash(r);
		if ((k = find_or_add(&ix, doc, hashes, r, hashes[doc->n_reports])) >= 0)
		{
			dsc_report *kept = doc->reports[k];

			doc->n_duplicates++;
			if (kept->published_year == 0 && r->published_year != 0)
			{
				kept->published_year = r->published_year;
				kept->published_month = r->published_month;
				kept->published_day = r->published_day;
			}
			dsc_report_note(arena, kept,
							"a second copy of this report in the document was skipped");
		}
		else
		{
			span_of[doc->n_reports] = s;
			doc->reports[doc->n_reports++] = r;
		}
	}
	borrow_agency(arena, doc, &text, spans, span_of, options);
	return doc;
}

const char *
dsc_no_report_reason(const dsc_document *doc, size_t input_len)
{
	if (input_len == 0)
		return "The document is empty.";
	if (doc->n_empty > 0)
		return "Section headings of an annual report were found, but none of its tables held a readable number.";
	return "None of the section headings of the national template "
		"(二、主动公开政府信息情况, 三、收到和处理政府信息公开申请情况, "
		"四、政府信息公开行政复议、行政诉讼情况) was found.";
}

char *
dsc_amount_text_yuan(dsc_arena *arena, const char *s, size_t len)
{
	size_t		n;
	char	   *norm = dsc_normalise(arena, s, len, &n);

	return dsc_amount_yuan(arena, norm, n);
}
