/*
 * table_requests.c
 *	  Table three: requests received and how they were answered.
 *
 * Rows are recognised first by words of their labels, because OCR breaks
 * labels ('一、才 本年新收 政 女府信息公开申请数量') and layouts spread a label
 * over several cells.  The last label cells name the row best ('(三)不予公开'
 * '1.属于国家秘密'), so they are tried first.  A row whose cells were joined
 * ('713000074') keeps every reading of its digits for solve.c, which weighs
 * them against the table's equations.  When the labels leave a cell unread or
 * an equation broken, the table is read again by the template's row order
 * (grid.c), and that reading is kept if every equation holds.
 */
#include "dsc_internal.h"

#include <string.h>

const char *const dsc_request_row_names[DSC_NROWS] = {
	"new_received", "carried_over", "granted", "partially_granted",
	"refused_state_secret", "refused_other_law", "refused_security",
	"refused_third_party", "refused_internal", "refused_process",
	"refused_enforcement_file", "refused_inquiry", "unavailable_not_held",
	"unavailable_needs_creation", "unavailable_unclear", "declined_complaint",
	"declined_repeat", "declined_publication", "declined_excessive",
	"declined_confirmation", "other_no_correction", "other_no_fee", "other",
	"total", "carried_forward"
};

const char *const dsc_column_names[DSC_NCOLS] = {
	"natural_person", "commercial", "research", "social_org",
	"legal_service", "other_org", "total"
};

typedef struct row_words
{
	dsc_request_row row;
	const char *words[4];
} row_words;

/* Tried in this order: specific words before general ones. */
static const row_words row_table[] = {
	{DSC_ROW_CARRIED_FORWARD, {"结转下年度", "转下年度", "继续办理"}},
	{DSC_ROW_CARRIED_OVER, {"上年结转", "年结转", "年度结转"}},
	{DSC_ROW_NEW_RECEIVED, {"本年新收", "新收"}},
	{DSC_ROW_PARTIALLY_GRANTED, {"部分公开", "部份公开"}},
	{DSC_ROW_GRANTED, {"予以公开"}},
	{DSC_ROW_REFUSED_STATE_SECRET, {"国家秘密"}},
	{DSC_ROW_REFUSED_OTHER_LAW, {"法律行政法规禁止", "其他法律", "禁止公开"}},
	{DSC_ROW_REFUSED_SECURITY, {"三安全", "一稳定", "危及"}},
	{DSC_ROW_REFUSED_THIRD_PARTY, {"第三方"}},
	{DSC_ROW_REFUSED_INTERNAL, {"内部事务"}},
	{DSC_ROW_REFUSED_PROCESS, {"过程性"}},
	{DSC_ROW_REFUSED_ENFORCEMENT_FILE, {"执法案卷"}},
	{DSC_ROW_REFUSED_INQUIRY, {"查询事项"}},
	{DSC_ROW_UNAVAILABLE_NOT_HELD, {"不掌握"}},
	{DSC_ROW_UNAVAILABLE_NEEDS_CREATION, {"另行制作", "没有现成"}},
	{DSC_ROW_UNAVAILABLE_UNCLEAR, {"仍不明确", "补正后"}},
	{DSC_ROW_DECLINED_COMPLAINT, {"信访", "举报投诉"}},
	{DSC_ROW_DECLINED_REPEAT, {"重复申请"}},
	{DSC_ROW_DECLINED_PUBLICATION, {"出版物"}},
	{DSC_ROW_DECLINED_EXCESSIVE, {"大量反复"}},
	{DSC_ROW_DECLINED_CONFIRMATION, {"重新出具", "确认或重新", "已获取信息"}},
	{DSC_ROW_OTHER_NO_CORRECTION, {"不补正"}},
	{DSC_ROW_OTHER_NO_FEE, {"缴纳费用", "收费通知"}},
	{DSC_ROW_OTHER, {"其他处理"}},
	{DSC_ROW_TOTAL, {"总计", "合计"}},
};

/* Group numbers alone name a row when OCR left nothing else ('(六) 其'). */
static const row_words ordinal_table[] = {
	{DSC_ROW_GRANTED, {"(一)"}},
	{DSC_ROW_PARTIALLY_GRANTED, {"(二)"}},
	{DSC_ROW_OTHER, {"(六)"}},
	{DSC_ROW_TOTAL, {"(七)"}},
};

/* Words of the column headers: a row made of them is a header. */
static const char *const header_words[] = {
	"自然人", "商业企业", "科研机构", "申请人情况", "勾稽", "法人或其他组织"
};

static int
match_prefix(const char *label, const row_words *table, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (int w = 0; w < 4 && table[i].words[w]; w++)
			if (dsc_starts_with(label, table[i].words[w]))
				return (int) table[i].row;
	return -1;
}

/*
 * The first row of row_table, in its order, with a word in the label: one
 * pass over the label with all of the table's words (wordset.c), listed row
 * by row, so that the lowest word found belongs to the first row found.
 */
static int
match_row_words(const char *label)
{
	static dsc_keyed_words rows;
	uint64_t	found;

	if (rows.set.n == 0)
		for (size_t i = 0; i < sizeof(row_table) / sizeof(row_table[0]); i++)
			for (int w = 0; w < 4 && row_table[i].words[w]; w++)
				dsc_keyed_add(&rows, row_table[i].words[w], (int) row_table[i].row);
	found = dsc_wordset_scan(&rows.set, label);
	return found ? rows.keys[__builtin_ctzll(found)] : -1;
}

/* '3.其他' under (六) in the 2021 template. */
static bool
is_bare_other(const char *part)
{
	while (*part >= '0' && *part <= '9')
		part++;
	if (*part == '.')
		part++;
	return strcmp(part, "其他") == 0;
}

/*
 * Whether a label part holds numbers with label text after them, as when two
 * rows of a page whose cells were run together stay on one line ('无法提供
 * 不掌握4000004需另行制作'): it names more than one row, and which one its
 * numbers belong to is unknown.  A row's own ordinal ('2.') is one digit.
 */
static bool
holds_numbers(const char *part)
{
	int			digits = 0;

	for (const unsigned char *p = (const unsigned char *) part; *p; p++)
	{
		if (*p >= '0' && *p <= '9')
			digits++;
		else if (digits >= 2 && *p >= 0xE4)
			return true;
		else if (*p != '.' && *p != ',')
			digits = 0;
	}
	return false;
}

#define ROW_MERGED (-2)

/*
 * The label of a row that follows its group's ordinal in one label:
 * '2.申请人逾期未按…' in '(六)其2.申请人逾期未按…'; NULL when the label is
 * not so ('(六)其他处理', '(三)不予公开').
 */
static const char *
sub_row_label(const char *label)
{
	if (label[0] != '(' || (unsigned char) label[1] < 0xE4 || label[4] != ')')
		return NULL;
	for (const char *p = label + 5; *p; p++)
		if (*p >= '1' && *p <= '9' && (p[1] == '.' || dsc_starts_with(p + 1, "、")) &&
			(p == label + 5 || (unsigned char) p[-1] >= 0x80))
			return p;
	return NULL;
}

/* Whether a label starts with its own ordinal: '3.', '3、', '(七)', '四、'. */
static bool
starts_numbered(const char *part)
{
	static const char *const numerals[] = {
		"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"
	};
	const char *p = part;

	if (*p >= '0' && *p <= '9')
		return p[1] == '.' || dsc_starts_with(p + 1, "、");
	if (*p == '(')
		p++;
	for (size_t i = 0; i < sizeof(numerals) / sizeof(numerals[0]); i++)
		if (dsc_starts_with(p, numerals[i]))
			return p == part ? dsc_starts_with(p + 3, "、") : p[3] == ')';
	return false;
}

/*
 * The row of table three a labelled row is, -1 when none, or ROW_MERGED when
 * its label holds another row's numbers.
 */
static int
classify_row(dsc_arena *arena, const dsc_row *row)
{
	static dsc_wordset headers = DSC_WORDSET(header_words);

	if (row->n_numbers == 0 &&
		dsc_wordset_scan(&headers, dsc_row_label(arena, row)) != 0)
		return -1;
	/*
	 * The header's last column, 总计, with numbers after it: the first row's,
	 * whose label follows them (PDF text that prints labels after their
	 * numbers).  Not the （七）总计 row.
	 */
	if (row->n_parts > 1 && strcmp(row->parts[row->n_parts - 1], "总计") == 0 &&
		dsc_wordset_scan(&headers, dsc_row_suffix(arena, row, row->n_parts - 1)) != 0)
		return -1;
	if (row->n_parts > 0 && holds_numbers(row->parts[row->n_parts - 1]))
		return ROW_MERGED;
	if (row->n_parts > 0 && is_bare_other(row->parts[row->n_parts - 1]))
		return DSC_ROW_OTHER;
	for (int n = 1; n <= row->n_parts; n++)
	{
		const char *suffix = dsc_row_suffix(arena, row, n);
		const char *sub = sub_row_label(suffix);
		int			r;

		/*
		 * A group's label run into its first row's ('(六)其2.申请人逾期未按',
		 * the group's words wrapped beside the row in a PDF's columns): the
		 * row's own words name it, never the group's ordinal.
		 */
		if (sub != NULL)
			return match_row_words(sub);
		r = match_row_words(suffix);
		if (r < 0)
			r = match_prefix(suffix, ordinal_table,
							 sizeof(ordinal_table) / sizeof(ordinal_table[0]));
		if (r >= 0)
			return r;
		/*
		 * A label that starts with its own ordinal is whole: the parts
		 * before it are the labels of rows left blank ('2.申请人逾期未按…'
		 * above '3.其他(七)總計 1000001'), never words of this one.
		 */
		if (starts_numbered(row->parts[row->n_parts - n]))
			break;
	}
	return -1;
}

static void
set_cell(dsc_int *cell, int32_t v)
{
	cell->value = v;
	cell->known = true;
}

/* A cell read from a row, with where it came from. */
static void
put(dsc_arena *arena, dsc_report *report, dsc_request_row r, int c,
	int32_t v, dsc_how how, const dsc_row *row)
{
	set_cell(&report->requests[r][c], v);
	report->requests_src[r][c].how = how;
	report->requests_src[r][c].line = row->line;
	report->requests_src[r][c].text = dsc_row_source(arena, row);
}

/*
 * Cells that held something unreadable ('1.5', '99999999999'): unlike blank
 * cells they are never inferred, since the source says something else.
 */
typedef bool unreadable_cells[DSC_NROWS][DSC_NCOLS];

/*
 * A number cell as a count; notes what it could not read.  The cell is named
 * requests.ROW.COLUMN, or requests.ROW when col < 0 (its column is not known).
 */
static bool
cell_count(dsc_arena *arena, dsc_report *report, const dsc_cell *cell,
		   dsc_request_row r, int col, int32_t *out)
{
	const char *where;

	if (cell->kind == DSC_CELL_DASH)
	{
		*out = 0;
		return true;
	}
	if (cell->kind == DSC_CELL_NUM && dsc_number_to_int(&cell->num, out) &&
		*out >= 0)
		return true;
	where = col < 0 ? dsc_printf(arena, "requests.%s", dsc_request_row_names[r]) :
		dsc_printf(arena, "requests.%s.%s", dsc_request_row_names[r],
				   dsc_column_names[col]);
	if (cell->kind == DSC_CELL_NUM && dsc_number_to_int(&cell->num, out))
	{
		dsc_report_note(arena, report, "%s: negative count %d kept as written",
						where, *out);
		return true;
	}
	dsc_report_note(arena, report,
					"%s: \"%s\" is not a whole number within range; left blank",
					where, cell->text);
	return false;
}

/* A reading of a row whose six applicant columns sum to its total. */
static bool
row_adds_up(const dsc_split_cand *cand, int n, void *arg)
{
	int64_t		sum = 0;

	(void) arg;
	if (!dsc_cand_counts(cand, n))
		return false;
	for (int c = 0; c < DSC_COL_TOTAL; c++)
	{
		if (cand->values[c] < 0)
			return false;
		sum += cand->values[c];
	}
	return sum == cand->values[DSC_COL_TOTAL];
}

static bool
row_counts(const dsc_split_cand *cand, int n, void *arg)
{
	(void) arg;
	return dsc_cand_counts(cand, n);
}

/*
 * A row of fewer tokens than cells whose digits could fill them all: the
 * cells were joined ('713000074').  Its readings are kept for the solver,
 * which weighs them against the other rows.
 */
static bool
split_row(dsc_arena *scratch, const dsc_row *row, dsc_split_set **out,
		  bool *adds_up)
{
	dsc_tokens	tokens;
	dsc_split_set *set;

	dsc_row_tokens(row, 0, &tokens);
	if (tokens.too_many || tokens.n == 0 || tokens.n >= DSC_NCOLS ||
		dsc_split_capacity(tokens.text, tokens.len, tokens.n) < DSC_NCOLS)
		return false;
	set = dsc_alloc(scratch, sizeof(dsc_split_set));
	if (!dsc_split_tokens(tokens.text, tokens.len, tokens.n, DSC_NCOLS,
						  row_adds_up, NULL, set))
		return false;
	*adds_up = set->n_cands > 0;
	if (set->n_cands == 0 &&
		!dsc_split_tokens(tokens.text, tokens.len, tokens.n, DSC_NCOLS,
						  row_counts, NULL, set))
		return false;
	*out = set;
	return true;
}

/*
 * Rows whose label is followed by the numbers of other rows too: seen (one
 * was read by its first seven numbers), refused (such rows are left blank).
 * Likewise rows whose numbers stood on other lines than their label (PDF
 * text, one number per line), where a label wrapped or printed after its
 * numbers may name the wrong numbers: apart_seen, apart_refused, refused
 * when numbers come before the first row's label (labels printed after
 * their numbers) and the table's equations break or its rows come out of
 * order.  A table whose labels come first keeps its rows, so that a source's
 * own arithmetic error is reported, not hidden.
 */
typedef struct streams
{
	bool		seen;
	bool		refused;
	bool		apart_seen;
	bool		apart_refused;
	bool		disorder;		/* rows with numbers out of the template's order, or twice */
	bool		numbers_first;	/* numbers under no row's label came before the first row's */
} streams;

/* Spread a row's numbers over the seven columns; see the file comment. */
static void
fill_row(dsc_arena *arena, dsc_report *report, dsc_request_row r,
		 const dsc_row *row, unreadable_cells unreadable,
		 const dsc_row **lost, streams *streams)
{
	const dsc_cell *nums[DSC_NCOLS + 1];
	int			n = 0;
	const char *name = dsc_request_row_names[r];
	int			first;

	/* seven cells from the first number to the last: blanks keep their place */
	if (dsc_row_value_span(row, DSC_NCOLS, &first) == DSC_NCOLS)
	{
		for (int c = 0; c < DSC_NCOLS; c++)
		{
			const dsc_cell *cell = &row->values[first + c];
			int32_t		v;

			if (cell->kind == DSC_CELL_BLANK)
				continue;
			if (cell_count(arena, report, cell, r, c, &v))
				put(arena, report, r, c, v, DSC_HOW_LABEL, row);
			else
				unreadable[r][c] = true;
		}
		return;
	}
	/* otherwise the blanks are padding or squashed: read the numbers alone */
	for (int i = 0; i < row->n_values && n <= DSC_NCOLS; i++)
		if (row->values[i].kind != DSC_CELL_BLANK)
			nums[n++] = &row->values[i];
	if (n > DSC_NCOLS)
	{
		/*
		 * Numbers of other rows follow (a stray '710' from the label column,
		 * PDF text read column by column): the first seven are this row's
		 * only if they add up as a row does.  When a whole row's worth or
		 * more follows, the row is in a stream of a block's numbers (its
		 * labels all printed first), where seven that add up may be another
		 * row's: read so only while the table's equations may yet tell
		 * (streams below).
		 */
		int32_t		v[DSC_NCOLS];
		int64_t		sum = 0;
		bool		adds_up = true;
		int			all = 0;

		for (int c = 0; c < DSC_NCOLS && adds_up; c++)
		{
			adds_up = nums[c]->kind == DSC_CELL_DASH ||
				(nums[c]->kind == DSC_CELL_NUM &&
				 dsc_number_to_int(&nums[c]->num, &v[c]) && v[c] >= 0);
			if (nums[c]->kind == DSC_CELL_DASH)
				v[c] = 0;
			if (adds_up && c < DSC_COL_TOTAL)
				sum += v[c];
		}
		if (!adds_up || sum != v[DSC_COL_TOTAL])
		{
			dsc_report_note(arena, report,
							"requests.%s: more than 7 numbers follow the label, and the first 7 do not add up; left NULL",
							name);
			return;
		}
		for (int i = 0; i < row->n_values; i++)
			all += row->values[i].kind != DSC_CELL_BLANK;
		if (all >= 2 * DSC_NCOLS && streams->refused)
		{
			dsc_report_note(arena, report,
							"requests.%s: %d numbers follow the label, other rows' too, and the table's equations do not say which are its own; left NULL",
							name, all);
			return;
		}
		streams->seen |= all >= 2 * DSC_NCOLS;
		dsc_report_note(arena, report,
						"requests.%s: more than 7 numbers on the row; read the first 7, which add up",
						name);
		n = DSC_NCOLS;
	}
	if (n == DSC_NCOLS || n == 0)
	{
		for (int c = 0; c < n; c++)
		{
			int32_t		v;

			if (cell_count(arena, report, nums[c], r, c, &v))
				put(arena, report, r, c, v, DSC_HOW_LABEL, row);
			else
				unreadable[r][c] = true;
		}
		return;
	}
	/* joined digits too few for the cells: which cell was lost is unknown */
	{
		dsc_tokens	tokens;

		dsc_row_tokens(row, 0, &tokens);
		if (tokens.n > 0 &&
			dsc_split_capacity(tokens.text, tokens.len, tokens.n) > tokens.n)
		{
			lost[r] = row;
			return;
		}
	}
	/* a short row: when the last number is the sum of the others, it is the total */
	{
		int32_t		vals[DSC_NCOLS];
		bool		ok[DSC_NCOLS];
		int64_t		sum = 0;
		bool		last_is_total;

		for (int c = 0; c < n; c++)
		{
			ok[c] = cell_count(arena, report, nums[c], r, -1, &vals[c]);
			if (c < n - 1 && ok[c])
				sum += vals[c];
		}
		/* (two numbers, the same twice, say nothing: '1 1' may be 自然人 and 商业企业) */
		last_is_total = n >= 3 && ok[n - 1] && sum == vals[n - 1];
		/*
		 * Numbers that do not add up to a total could stand in any of the
		 * columns (or be a page number among one-cell lines): unread.
		 */
		if (!last_is_total)
		{
			for (int c = 0; c < DSC_NCOLS; c++)
				unreadable[r][c] = true;
			dsc_report_note(arena, report,
							"requests.%s: only %d of 7 cells, which do not add up to a total; their columns are unknown, left blank",
							name, n);
			return;
		}
		/*
		 * The last is the total; which columns the others stand in is not
		 * known (cells merged or left out, in a page or a PDF's text): a
		 * row whose total is 0 is all zeros (infer_zero_rows), any other
		 * keeps only its total.
		 */
		put(arena, report, r, DSC_COL_TOTAL, vals[n - 1], DSC_HOW_POSITION, row);
		dsc_report_note(arena, report,
						"requests.%s: only %d of 7 cells, the last their total; the columns of the others are unknown, left blank",
						name, n);
	}
}

/*
 * A blank cell is unknown, except where arithmetic forces it: in a row whose
 * total is 0, every count is 0 (counts are never negative).
 */
static void
infer_zero_rows(dsc_arena *arena, dsc_report *report,
				unreadable_cells unreadable)
{
	for (int r = 0; r < DSC_NROWS; r++)
	{
		dsc_int    *cells = report->requests[r];
		int			filled = 0;

		if (!cells[DSC_COL_TOTAL].known || cells[DSC_COL_TOTAL].value != 0)
			continue;
		for (int c = 0; c < DSC_COL_TOTAL; c++)
			if (!cells[c].known && !unreadable[r][c])
			{
				set_cell(&cells[c], 0);
				report->requests_src[r][c] = report->requests_src[r][DSC_COL_TOTAL];
				report->requests_src[r][c].how = DSC_HOW_INFERRED;
				filled++;
			}
		if (filled > 0)
			dsc_report_note(arena, report,
							"requests.%s: %d blank cell%s inferred as 0 because the row total is 0",
							dsc_request_row_names[r], filled, filled > 1 ? "s" : "");
	}
}

static void
note_blanks(dsc_arena *arena, dsc_report *report, const bool *seen)
{
	int			blank = 0;
	int			rows_missing = 0;
	bool		is_2021 = report->template_kind == DSC_TEMPLATE_2021;

	for (int r = 0; r < DSC_NROWS; r++)
	{
		bool		optional = !is_2021 && (r == DSC_ROW_OTHER_NO_CORRECTION ||
											r == DSC_ROW_OTHER_NO_FEE);

		if (optional)
			continue;
		if (!seen[r])
		{
			rows_missing++;
			dsc_report_note(arena, report, "requests.%s: row not found",
							dsc_request_row_names[r]);
			continue;
		}
		for (int c = 0; c < DSC_NCOLS; c++)
			if (!report->requests[r][c].known)
				blank++;
	}
	if (blank > 0)
		dsc_report_note(arena, report,
						"table three has %d blank or unreadable cell%s, left NULL",
						blank, blank > 1 ? "s" : "");
}

/* Table three row by row, each row found by its label. */
static void
read_by_labels(dsc_arena *arena, dsc_arena *scratch, dsc_text *text,
			   int from, int to, dsc_report *report, streams *streams,
			   const dsc_options *options)
{
	dsc_rows	rows;
	bool		seen[DSC_NROWS] = {false};
	unreadable_cells unreadable = {{false}};
	bool		has_2021_rows = false;
	dsc_request_split splits[DSC_NROWS];
	bool		any_split = false;
	const dsc_row *lost[DSC_NROWS] = {NULL};
	int			last_row = -1;

	memset(splits, 0, sizeof(splits));
	dsc_collect_rows(scratch, text, from, to, &rows, true, options);
	report->has_requests = true;
	for (int i = 0; i < rows.n; i++)
	{
		int			r = classify_row(scratch, &rows.rows[i]);

		if ((i & 0xFFF) == 0)
			dsc_check(options);
		/*
		 * （七）总计 is never the first row with numbers: 总计 there is the
		 * header's last column, with the first row's numbers after it.
		 */
		if (last_row < 0 && dsc_row_has_number(&rows.rows[i]) &&
			(r == DSC_ROW_TOTAL || rows.rows[i].n_parts == 0 ||
			 strcmp(rows.rows[i].parts[rows.rows[i].n_parts - 1], "总计") == 0))
		{
			streams->numbers_first = true;
			r = -1;
		}
		if (r == ROW_MERGED)
			dsc_report_note(arena, report,
							"table three: the label at line %d holds the numbers of another row (\"%s\"); its cells are left to the other rows and the equations",
							rows.rows[i].line, dsc_row_label(scratch, &rows.rows[i]));
		if (r < 0)
			continue;
		if (rows.rows[i].n_numbers > 0)
		{
			streams->disorder |= seen[r] || r < last_row;
			if (r > last_row)
				last_row = r;
		}
		if (seen[r])
		{
			dsc_report_note(arena, report,
							"requests.%s: a second row at line %d was ignored",
							dsc_request_row_names[r], rows.rows[i].line);
			continue;
		}
		seen[r] = true;
		if (r == DSC_ROW_OTHER_NO_CORRECTION || r == DSC_ROW_OTHER_NO_FEE)
			has_2021_rows = true;
		if (rows.rows[i].values_elsewhere && rows.rows[i].n_numbers > 0)
		{
			if (streams->apart_refused)
			{
				dsc_report_note(arena, report,
								"requests.%s: its numbers stood apart from its label (line %d), and the rows so read break the table's equations or its order; left NULL",
								dsc_request_row_names[r], rows.rows[i].line);
				continue;
			}
			streams->apart_seen = true;
		}
		if (split_row(scratch, &rows.rows[i], &splits[r].set, &splits[r].adds_up))
		{
			splits[r].row = &rows.rows[i];
			any_split = true;
		}
		else
			fill_row(arena, report, (dsc_request_row) r, &rows.rows[i], unreadable,
					 lost, streams);
	}
	if (rows.n_stray > 0)
		dsc_report_note(arena, report,
						"table three: %d stray number%s outside the rows ignored",
						rows.n_stray, rows.n_stray > 1 ? "s" : "");
	if (report->template_kind == DSC_TEMPLATE_UNKNOWN && has_2021_rows)
		report->template_kind = DSC_TEMPLATE_2021;
	if (any_split)
		dsc_solve_requests(arena, report, splits, seen);
	dsc_infer_lost_rows(arena, report, lost, seen);
	infer_zero_rows(arena, report, unreadable);
	note_blanks(arena, report, seen);
}

/*
 * Table three: by its labels; but when they leave a cell unread or an
 * equation broken while the table's numbers, laid on the template's grid in
 * order, satisfy every equation (grid.c), by that order.
 */
void
dsc_read_requests(dsc_arena *arena, dsc_arena *scratch, dsc_text *text,
				  int from, int to,
				  dsc_report *report, const dsc_options *options)
{
	dsc_report *by_order;
	int			notes_before = report->n_notes;
	streams		streams = {0};

	read_by_labels(arena, scratch, text, from, to, report, &streams, options);
	if (dsc_requests_consistent(report))
		return;
	by_order = dsc_alloc0(scratch, sizeof(dsc_report));
	if (!dsc_read_requests_by_order(arena, scratch, text, from, to, by_order,
									options))
	{
		/*
		 * Rows read from streams the equations do not confirm, and rows
		 * whose numbers stood apart from their labels when the table's
		 * equations break: read again without them.
		 */
		streams.refused = streams.seen;
		streams.apart_refused = streams.apart_seen && streams.numbers_first &&
			(streams.disorder || dsc_requests_broken(report) > 0);
		if (streams.refused || streams.apart_refused)
		{
			report->n_notes = notes_before;
			memset(report->requests, 0, sizeof(report->requests));
			memset(report->requests_src, 0, sizeof(report->requests_src));
			read_by_labels(arena, scratch, text, from, to, report, &streams, options);
		}
		return;
	}
	report->n_notes = notes_before;
	memcpy(report->requests, by_order->requests, sizeof(report->requests));
	memcpy(report->requests_src, by_order->requests_src,
		   sizeof(report->requests_src));
	if (by_order->template_kind != DSC_TEMPLATE_UNKNOWN)
		report->template_kind = by_order->template_kind;
	dsc_report_note(arena, report,
					"table three was read by the template's row order: its labels do not name every row, and its numbers in that order satisfy every equation of the table");
	for (int i = 0; i < by_order->n_notes; i++)
		dsc_report_note(arena, report, "%s", by_order->notes[i]);
}
