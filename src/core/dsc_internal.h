/*
 * dsc_internal.h
 *	  Declarations shared by the stages of the parser core.
 *
 * The stages: text.c normalises the document into lines; cells.c splits a
 * line into classified cells; rows.c joins cells into labelled table rows;
 * segment.c finds the sections of each report; table_*.c read the tables;
 * meta.c reads agency, year, dates and stated numbers; document.c runs it
 * all and drops duplicates.
 */
#ifndef DSC_INTERNAL_H
#define DSC_INTERNAL_H

#include "dsc_check.h"
#include "dsc_number.h"
#include "dsc_report.h"
#include "dsc_split.h"

/* ---- text.c ---- */

typedef struct dsc_line
{
	const char *text;			/* normalised, NUL-terminated */
	const char *compact;		/* the same without white space; lazily set */
	/* 32-bit lengths keep a line at 32 bytes: documents are far below 4 GB */
	uint32_t	len;
	uint32_t	compact_len;
	int			source_line;	/* 1-based line of the document it came from */
} dsc_line;

typedef struct dsc_text
{
	dsc_line   *lines;
	int			n_lines;
} dsc_text;

extern void dsc_text_split(dsc_arena *arena, const char *input, size_t len,
						   dsc_text *out, const dsc_options *options);
extern void dsc_reline(dsc_arena *arena, dsc_text *text,
					   const dsc_options *options);
extern char *dsc_normalise(dsc_arena *arena, const char *s, size_t len,
						   size_t *out_len);
extern const char *dsc_line_compact(dsc_arena *arena, dsc_line *line);
extern char *dsc_compact(dsc_arena *arena, const char *s, size_t len);
extern const char *dsc_skip_debris(const char *compact);
extern bool dsc_ends_with(const char *s, const char *suffix);
extern bool dsc_ends_with_n(const char *s, size_t n, const char *suffix);
extern size_t dsc_char_count(const char *s, size_t len);

/* Inline: called for nearly every character of some lines. */
static inline bool
dsc_starts_with(const char *s, const char *prefix)
{
	while (*prefix && *s == *prefix)
		s++, prefix++;
	return *prefix == '\0';
}

/* Whether any of the eight bytes of w is b (the classic zero-byte test). */
static inline bool
dsc_has_byte(uint64_t w, unsigned char b)
{
	uint64_t	x = w ^ (UINT64_C(0x0101010101010101) * b);

	return ((x - UINT64_C(0x0101010101010101)) & ~x & UINT64_C(0x8080808080808080)) != 0;
}

/* The length of the UTF-8 sequence a lead byte opens; 0 if it opens none. */
static inline int
dsc_utf8_len(unsigned char lead)
{
	if (lead < 0x80)
		return 1;
	if (lead >= 0xC2 && lead <= 0xDF)
		return 2;
	if (lead >= 0xE0 && lead <= 0xEF)
		return 3;
	if (lead >= 0xF0 && lead <= 0xF4)
		return 4;
	return 0;
}

/* ---- wordset.c ---- */

#define DSC_WORDSET_MAX 64
#define DSC_WORDSET_BUCKETS 256

/*
 * A fixed list of at most 64 words, indexed on first use: declare it static
 * with DSC_WORDSET(array) (or fill a dsc_keyed_words below).
 * dsc_wordset_scan returns a mask with bit i set when words[i] occurs in s.
 */
typedef struct dsc_wordset
{
	const char *const *words;
	int			n;
	bool		ready;
	uint64_t	short_words;	/* under 3 bytes: searched with strstr */
	uint8_t		len[DSC_WORDSET_MAX];
	int8_t		next[DSC_WORDSET_MAX];
	int8_t		head[DSC_WORDSET_BUCKETS];
} dsc_wordset;

#define DSC_NWORDS(array) (sizeof(array) / sizeof((array)[0]))
/* (the array type fails to compile for a list over DSC_WORDSET_MAX) */
#define DSC_WORDSET_OF(words, n) {(words), (n), false, 0, {0}, {0}, {0}}
#define DSC_WORDSET(array) \
	DSC_WORDSET_OF((array), (int) (DSC_NWORDS(array) + \
		0 * sizeof(char[DSC_NWORDS(array) <= DSC_WORDSET_MAX ? 1 : -1])))

extern uint64_t dsc_wordset_scan(dsc_wordset *set, const char *s);

/*
 * A word set whose words each name a key (a table row, an item), filled
 * word by word in order before its first scan; keys[i] is words[i]'s.
 */
typedef struct dsc_keyed_words
{
	dsc_wordset set;
	const char *words[DSC_WORDSET_MAX];
	int8_t		keys[DSC_WORDSET_MAX];
} dsc_keyed_words;

extern void dsc_keyed_add(dsc_keyed_words *kw, const char *word, int key);

/* ---- cells.c ---- */

typedef enum dsc_cell_kind
{
	DSC_CELL_BLANK,
	DSC_CELL_DASH,				/* —, -, / : zero or not applicable */
	DSC_CELL_NUM,
	DSC_CELL_RUN,				/* digits that are no one number: '1-10' */
	DSC_CELL_TEXT
} dsc_cell_kind;

typedef struct dsc_cell
{
	dsc_cell_kind kind;
	const char *text;			/* trimmed, NUL-terminated (arena copy) */
	dsc_number	num;			/* when kind == DSC_CELL_NUM */
	bool		joinable;		/* no separator set it apart: may be joined cells */
} dsc_cell;

typedef struct dsc_cells
{
	dsc_cell   *cells;
	int			n;
	int			cap;
	bool		separated;		/* the line had cell separators */
} dsc_cells;

extern void dsc_split_cells(dsc_arena *arena, const dsc_line *line,
							dsc_cells *out);

/* ---- rows.c ---- */

#define DSC_MAX_LABEL_PARTS 12

typedef struct dsc_row
{
	const char *parts[DSC_MAX_LABEL_PARTS]; /* compact label cells */
	int			n_parts;
	dsc_cell   *values;			/* NUM, DASH and BLANK cells after the label */
	int			n_values;
	int			n_numbers;		/* NUM and DASH among them */
	int			line;			/* document line of its last label part, 1-based */
	const char *source;			/* the text of that line */
	const char *evidence;		/* dsc_row_source's answer, once computed */
	bool		values_elsewhere;	/* a value from a line not source's */
	bool		one_value_a_line;	/* values from several lines, one each */
} dsc_row;

typedef struct dsc_rows
{
	dsc_row    *rows;
	int			n;
	int			n_stray;		/* numbers outside any labelled row */
	bool		keep_unlabelled;	/* those numbers kept as rows of no part */
} dsc_rows;

extern void dsc_collect_rows(dsc_arena *arena, dsc_text *text, int from,
							 int to, dsc_rows *out, bool keep_unlabelled,
							 const dsc_options *options);
extern int	dsc_row_value_span(const dsc_row *row, int expected, int *first);
extern bool dsc_row_has_number(const dsc_row *row);
extern const char *dsc_row_label(dsc_arena *arena, const dsc_row *row);
extern const char *dsc_row_suffix(dsc_arena *arena, const dsc_row *row,
								  int n_last);
extern const char *dsc_row_source(dsc_arena *arena, const dsc_row *row);

/* ---- tokens.c: a row's value cells as tokens for dsc_split_tokens ---- */

typedef struct dsc_tokens
{
	const char *text[DSC_SPLIT_MAX_TOKENS];
	int			len[DSC_SPLIT_MAX_TOKENS];
	int			n;
	bool		too_many;		/* more value cells than tokens kept */
} dsc_tokens;

extern void dsc_row_tokens(const dsc_row *row, int first, dsc_tokens *out);
extern bool dsc_cand_counts(const dsc_split_cand *cand, int n);
extern const char *dsc_cand_text(dsc_arena *arena, const dsc_split_set *set,
								 int max);

/* ---- segment.c ---- */

typedef enum dsc_section
{
	DSC_SEC_OVERVIEW,			/* 一、总体情况 */
	DSC_SEC_PROACTIVE,			/* 二、主动公开政府信息情况 */
	DSC_SEC_REQUESTS,			/* 三、收到和处理政府信息公开申请情况 */
	DSC_SEC_REVIEW,				/* 四、…行政复议、行政诉讼情况 */
	DSC_SEC_PROBLEMS,			/* 五、存在的主要问题… */
	DSC_SEC_OTHER,				/* 六、其他需要报告的事项 */
	DSC_NSECTIONS
} dsc_section;

typedef struct dsc_span
{
	int			heading[DSC_NSECTIONS]; /* line index, -1 when absent */
	int			first;			/* first heading line */
	int			last;			/* last heading line */
	int			pre_start;		/* where the lines before it start */
	int			post_end;		/* where the lines after it end */
} dsc_span;

extern int	dsc_find_spans(dsc_arena *arena, dsc_text *text, dsc_span **out,
						   const dsc_options *options);
extern int	dsc_section_end(const dsc_span *span, dsc_section section);
extern bool dsc_is_title_line(dsc_arena *arena, dsc_line *line);
extern int	dsc_prev_nonblank(const dsc_text *text, int li, int from);
extern bool dsc_is_date_line(dsc_arena *arena, dsc_line *line);

/* ---- table_*.c ---- */

/*
 * The table readers keep what the report holds (values, notes) in arena and
 * their working rows and cells in scratch, which the caller frees after each
 * report: on a document of many reports that is most of the memory.
 */
extern void dsc_read_requests(dsc_arena *arena, dsc_arena *scratch,
							  dsc_text *text, int from, int to,
							  dsc_report *report, const dsc_options *options);
/* A row of table three whose cells were joined: its readings (solve.c). */
typedef struct dsc_request_split
{
	const dsc_row *row;			/* NULL when the row was read as it stood */
	dsc_split_set *set;
	bool		adds_up;		/* its readings satisfy the row's own sum */
} dsc_request_split;

extern void dsc_solve_requests(dsc_arena *arena, dsc_report *report,
							   dsc_request_split *splits, const bool *seen);
/*
 * The prose evidence (stated_by_column, stated_normative, prose) is read
 * only when joined digits need it: most documents never do (document.c).
 */
extern void dsc_need_prose(dsc_report *report);

extern void dsc_infer_lost_rows(dsc_arena *arena, dsc_report *report,
								const dsc_row *const *lost, const bool *seen);
extern bool dsc_read_requests_by_order(dsc_arena *arena, dsc_arena *scratch,
									   dsc_text *text, int from, int to,
									   dsc_report *report,
									   const dsc_options *options);
extern bool dsc_requests_consistent(const dsc_report *report);
extern int	dsc_requests_broken(const dsc_report *report);
extern void dsc_read_proactive(dsc_arena *arena, dsc_arena *scratch,
							   dsc_text *text, int from, int to,
							   dsc_report *report, const dsc_options *options);
extern void dsc_read_review(dsc_arena *arena, dsc_arena *scratch,
							dsc_text *text, int from, int to,
							dsc_report *report, const dsc_options *options);

/* ---- meta.c ---- */

extern void dsc_read_meta(dsc_arena *arena, dsc_text *text,
						  const dsc_span *span, dsc_report *report,
						  const dsc_options *options);
extern bool dsc_parse_date(const char *compact, int *y, int *m, int *d);
extern int	dsc_date_prefix(const char *s, int *y, int *m, int *d);
extern int	dsc_cn_year_at(const char *q);

/* ---- narrative.c, check_narrative.c ---- */

/* Keep where a report's lines are, for dsc_report_narrative: no reading. */
extern void dsc_keep_narrative_source(dsc_arena *arena, const dsc_text *text,
									  const dsc_span *span, dsc_report *r);
extern const char *dsc_find_in(const char *s, const char *e, const char *word);
extern int	dsc_year_at(const char *start, const char *p);
extern void dsc_check_narrative(dsc_arena *arena, const dsc_report *r,
								dsc_findings *out);

/* ---- helpers ---- */

static inline void
dsc_check(const dsc_options *options)
{
	if (options != NULL && options->check_interrupts != NULL)
		options->check_interrupts();
}

#endif							/* DSC_INTERNAL_H */
