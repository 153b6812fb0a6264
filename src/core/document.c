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
			int64_t		v = 0;
			int			digits = 0;

			while (p < end && *p >= '0' && *p <= '9' && digits < 9)
				v = v * 10 + (*p++ - '0'), digits++;
			if (strncmp(p, "件", 3) != 0)
				return false;
			*out = (int32_t) v;
			return true;
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
prose_before_tables(dsc_arena *arena, dsc_text *text, const dsc_span *span)
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
					dsc_report *r)
{
	static const char *const words[] = {
		"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构"
	};
	const char *c = prose_before_tables(arena, text, span);

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

static dsc_report *
read_report(dsc_arena *arena, dsc_text *text, const dsc_span *span,
			const dsc_options *options)
{
	dsc_report *r = dsc_alloc0(arena, sizeof(dsc_report));
	dsc_arena	scratch;
	int			h;

	/* rows and cells live only while their table is read */
	dsc_arena_init(&scratch, arena->block_alloc, arena->block_free);
	read_prose_evidence(arena, text, span, r);
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
	dsc_read_meta(arena, text, span, r);
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

/* FNV-1a over the table cells: reports that differ almost always differ here. */
static uint64_t
report_hash(const dsc_report *r)
{
	uint64_t	h = 1469598103934665603ULL;

#define MIX(v) (h = (h ^ (uint64_t) (uint32_t) (v)) * 1099511628211ULL)
	MIX(r->year);
	MIX(r->template_kind);
	for (int i = 0; i < DSC_NROWS; i++)
		for (int c = 0; c < DSC_NCOLS; c++)
			MIX(r->requests[i][c].known ? r->requests[i][c].value : -1);
	for (int c = 0; c < DSC_REVIEW_NCOLS; c++)
		MIX(r->review[c].known ? r->review[c].value : -1);
	MIX(r->procurement_projects.known ? r->procurement_projects.value : -1);
#undef MIX
	return h;
}

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

/*
 * A report that names its body only as '市机关事务管理局' takes the full name
 * of a neighbour in the same document that ends with those words.
 */
static void
borrow_agency(dsc_arena *arena, dsc_document *doc, dsc_text *text,
			  const dsc_span *spans, const int *span_of)
{
	static const char *const levels[] = {"省", "市", "区", "县", "州", "镇", "乡", "旗"};

	for (int i = 0; i < doc->n_reports; i++)
	{
		dsc_report *r = doc->reports[i];
		const dsc_span *span = &spans[span_of[i]];

		if (r->agency != NULL)
			continue;
		for (int dist = 1; dist < doc->n_reports && r->agency == NULL; dist++)
			for (int side = -1; side <= 1 && r->agency == NULL; side += 2)
			{
				int			j = i + side * dist;
				const char *name;

				if (j < 0 || j >= doc->n_reports || doc->reports[j]->agency == NULL)
					continue;
				name = doc->reports[j]->agency;
				/* the name from a level character on: 市机关事务管理局 */
				for (const char *p = name; *p && r->agency == NULL; p++)
					for (size_t l = 0; l < sizeof(levels) / sizeof(levels[0]); l++)
						if (dsc_starts_with(p, levels[l]) &&
							dsc_char_count(p, strlen(p)) >= 4 &&
							dsc_text_mentions(arena, text, span->pre_start,
											  span->post_end, p))
						{
							r->agency = name;
							dsc_report_note(arena, r,
											"agency taken from a neighbouring report in the same document: the text names only \"%s\"",
											p);
							break;
						}
			}
		if (r->agency == NULL)
			dsc_report_note(arena, r, "the agency was not found");
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

	dsc_text_split(arena, input, len, &text, options);
	n_spans = dsc_find_spans(arena, &text, &spans, options);
	doc->reports = dsc_alloc(arena, sizeof(dsc_report *) * (size_t) (n_spans + 1));
	span_of = dsc_alloc(arena, sizeof(int) * (size_t) (n_spans + 1));
	hashes = dsc_alloc(arena, sizeof(uint64_t) * (size_t) (n_spans + 1));
	for (int s = 0; s < n_spans; s++)
	{
		dsc_report *r = read_report(arena, &text, &spans[s], options);
		bool		copy = false;

		dsc_check(options);
		if (!has_numbers(r))
		{
			doc->n_empty++;
			continue;
		}
		hashes[doc->n_reports] = report_hash(r);
		/* compare whole contents only where the hashes agree */
		for (int k = 0; k < doc->n_reports && !copy; k++)
			if (hashes[k] == hashes[doc->n_reports] && same_report(doc->reports[k], r))
			{
				dsc_report *kept = doc->reports[k];

				copy = true;
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
		if (!copy)
		{
			span_of[doc->n_reports] = s;
			doc->reports[doc->n_reports++] = r;
		}
	}
	borrow_agency(arena, doc, &text, spans, span_of);
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
