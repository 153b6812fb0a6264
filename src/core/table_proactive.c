/*
 * table_proactive.c
 *	  Table two: proactive disclosure, and procurement in the 2019 template.
 *
 * The measures of each item differ between the templates, so the template
 * is decided here first, from the column headers.
 */
#include "dsc_internal.h"

#include <string.h>

typedef enum item_kind
{
	ITEM_REGULATIONS,
	ITEM_NORMATIVE,
	ITEM_LICENSING,
	ITEM_OTHER_SERVICES,
	ITEM_PENALTY,
	ITEM_COERCION,
	ITEM_FEES,
	ITEM_PROCUREMENT,
	N_ITEMS
} item_kind;

typedef struct item_def
{
	const char *name;
	const char *words[3];
	const char *measures_2019[3];
	const char *measures_2021[3];
} item_def;

static const item_def items[N_ITEMS] = {
	{"regulations", {"规章"},
	{"new_made", "new_published", "total_published"},
	{"made", "repealed", "in_force"}},
	{"normative_documents", {"规范性文件", "规范性文"},
	{"new_made", "new_published", "total_published"},
	{"made", "repealed", "in_force"}},
	{"licensing", {"行政许可"},
	{"previous_count", "change", "decisions"}, {"decisions"}},
	{"other_services", {"对外管理服务", "对外管理"},
	{"previous_count", "change", "decisions"}, {"decisions"}},
	{"penalty", {"行政处罚"},
	{"previous_count", "change", "decisions"}, {"decisions"}},
	{"coercion", {"行政强制"},
	{"previous_count", "change", "decisions"}, {"decisions"}},
	{"fees", {"事业性收费", "行政收费", "事业性收"},
	{"previous_count", "change"}, {"amount_wan_yuan"}},
	{"procurement", {"集中采购", "政府采购"}, {0}, {0}},
};

static const char *const words_2021[] = {
	"本年制发", "本年废止", "现行有效", "本年收费金额", "本年处理决定"
};
static const char *const words_2019[] = {
	"新制作", "新公开", "对外公开总数", "上一年项目", "本年增", "采购项目"
};
static dsc_wordset set_2021 = DSC_WORDSET(words_2021);
static dsc_wordset set_2019 = DSC_WORDSET(words_2019);

/*
 * Which item a label names; -1 for headers and anything else.  PDF text
 * wraps long labels ('行政规范性文' / '件'), so each item has a word that its
 * first line still holds.
 */
static int
classify_item(const char *label)
{
	static dsc_keyed_words words;
	uint64_t	found;

	if (words.set.n == 0)
		for (int i = 0; i < N_ITEMS; i++)
			for (int w = 0; w < 3 && items[i].words[w]; w++)
				dsc_keyed_add(&words, items[i].words[w], i);
	found = dsc_wordset_scan(&words.set, label);
	/* the last item found: 规范性文件 before 规章 ('规章和规范性文件' is
	 * not a table row anyway) */
	return found ? words.keys[63 - __builtin_clzll(found)] : -1;
}

static int
count_words(const char *label, dsc_wordset *words)
{
	return __builtin_popcountll(dsc_wordset_scan(words, label));
}

static void
add_item(dsc_arena *arena, dsc_report *report, const char *item,
		 const char *measure, const char *value, dsc_how how,
		 const dsc_row *row)
{
	dsc_proactive_item *p;
	dsc_source *src;

	if (report->n_proactive >= DSC_MAX_PROACTIVE)
		return;
	src = &report->proactive_src[report->n_proactive];
	p = &report->proactive[report->n_proactive++];
	p->item = item;
	p->measure = measure;
	p->value = value;
	if (value != NULL)
	{
		src->how = how;
		src->line = row->line;
		src->text = dsc_row_source(arena, row);
	}
}

/* The equations a reading of one item's joined digits must satisfy. */
typedef struct item_rule
{
	item_kind	kind;
	bool		is_2021;
} item_rule;

static bool
item_adds_up(const dsc_split_cand *cand, int n, void *arg)
{
	const item_rule *rule = arg;
	const int64_t *v = cand->values;

	if (rule->kind == ITEM_FEES && rule->is_2021)
		return true;
	if (!dsc_cand_counts(cand, n))
		return false;
	switch (rule->kind)
	{
		case ITEM_REGULATIONS:
		case ITEM_NORMATIVE:
			if (v[0] < 0 || v[1] < 0 || v[2] < 0)
				return false;
			/* 2021: last year's in force (≥ 0) = in force − made + repealed;
			 * 2019: this year's published are among all published */
			return rule->is_2021 ? v[2] - v[0] + v[1] >= 0 : v[1] <= v[2];
		case ITEM_FEES:
			return v[0] >= 0 && v[0] + v[1] >= 0;
		default:
			/* 2019: last year's items plus the change stay ≥ 0 */
			return rule->is_2021 ? v[0] >= 0 :
				v[0] >= 0 && v[0] + v[1] >= 0 && v[2] >= 0;
	}
}

/*
 * Keep the readings that agree most with what the prose states of the
 * normative documents (本年度制发规范性文件34件), when it states anything
 * they agree with.
 */
static void
prefer_stated(dsc_report *report, dsc_split_set *set)
{
	int			score[DSC_SPLIT_MAX_CANDS];

	if (set->n_cands < 2)
		return;
	dsc_need_prose(report);
	for (int k = 0; k < set->n_cands; k++)
	{
		score[k] = 0;
		for (int m = 0; m < 3; m++)
			if (report->stated_normative[m].known &&
				set->cands[k].values[m] == report->stated_normative[m].value)
				score[k]++;
	}
	if (!set->overflow)
		dsc_split_keep_best(set, score);
}

/*
 * An item whose cells were joined ('行政规范性文件008', '行政许可1-10').
 * Sets the measures on which every reading agrees; the others stay blank with
 * a note naming the readings.  False when the digits cannot fill the cells.
 */
static bool
read_joined_item(dsc_arena *arena, dsc_arena *scratch, dsc_report *report,
				 item_kind kind, const dsc_row *row,
				 const char *const *measures, int n_measures)
{
	dsc_tokens	tokens;
	dsc_split_set *set;
	item_rule	rule = {kind, report->template_kind == DSC_TEMPLATE_2021};
	int			in_doubt = 0;

	dsc_row_tokens(row, 0, &tokens);
	if (tokens.too_many || tokens.n == 0 || tokens.n >= n_measures ||
		dsc_split_capacity(tokens.text, tokens.len, tokens.n) < n_measures)
		return false;
	set = dsc_alloc(scratch, sizeof(dsc_split_set));
	if (!dsc_split_tokens(tokens.text, tokens.len, tokens.n, n_measures,
						  item_adds_up, &rule, set))
		return false;
	/* no reading satisfies the template: the source is wrong, read as printed */
	if (set->n_cands == 0 &&
		(!dsc_split_tokens(tokens.text, tokens.len, tokens.n, n_measures,
						   NULL, NULL, set) || set->n_cands == 0))
		return false;
	if (kind == ITEM_NORMATIVE && rule.is_2021)
		prefer_stated(report, set);
	for (int m = 0; m < n_measures; m++)
	{
		const dsc_split_part *part = &set->cands[0].parts[m];
		const char *value = NULL;
		dsc_number	num;

		if (!dsc_split_agrees(set, NULL, 0, m))
			in_doubt++;
		else if (dsc_parse_number(scratch, part->text, (size_t) part->len, &num))
			value = dsc_number_decimal(arena, &num, 0);
		add_item(arena, report, items[kind].name, measures[m], value,
				 set->any_split ? DSC_HOW_SPLIT : DSC_HOW_LABEL, row);
	}
	if (in_doubt > 0)
		dsc_report_note(arena, report,
						"proactive.%s: the joined digits read as %s; %d cell%s in doubt left blank",
						items[kind].name, dsc_cand_text(arena, set, 4),
						in_doubt, in_doubt > 1 ? "s" : "");
	return true;
}

/* A cell's value as an exact decimal; NULL with a note when unreadable. */
static const char *
cell_decimal(dsc_arena *arena, dsc_report *report, const dsc_cell *cell,
			 const char *item, const char *measure)
{
	if (cell->kind == DSC_CELL_DASH)
		return "0";
	if (cell->kind != DSC_CELL_NUM)
	{
		dsc_report_note(arena, report,
						"proactive.%s.%s: \"%s\" is not a number; left blank",
						item, measure, cell->text);
		return NULL;
	}
	if (cell->num.unit == DSC_UNIT_YUAN || cell->num.unit == DSC_UNIT_YI_YUAN)
	{
		dsc_report_note(arena, report,
						"proactive.%s.%s: \"%s\" has an unexpected unit; left blank",
						item, measure, cell->text);
		return NULL;
	}
	return dsc_number_decimal(arena, &cell->num, 0);
}

static bool
procurement_reading(const dsc_split_cand *cand, int n, void *arg)
{
	(void) arg;
	(void) n;
	return cand->integral[0] && cand->values[0] >= 0 && cand->values[1] >= 0;
}

/* Whether text occurs in the prose followed by one of the words. */
static bool
stated_with(const char *prose, const char *text, int len,
			const char *const *words, int n_words)
{
	if (prose == NULL || len <= 0)
		return false;
	for (const char *p = strstr(prose, "采购"); p != NULL; p = strstr(p + 1, "采购"))
		for (const char *q = p; q < p + 120 && *q; q++)
			if (strncmp(q, text, (size_t) len) == 0 &&
				(q == prose || q[-1] < '0' || q[-1] > '9'))
				for (int w = 0; w < n_words; w++)
					if (strncmp(q + len, words[w], strlen(words[w])) == 0)
						return true;
	return false;
}

/*
 * Keep the readings of a joined procurement row whose count and amount the
 * prose states near 采购 ('采购信息197批次涉及金额3601627.4元'), when it states
 * either.
 */
static void
prefer_stated_procurement(const char *prose, dsc_split_set *set)
{
	static const char *const counts[] = {"个", "项", "批次", "次", "件"};
	static const char *const amounts[] = {"元", "万元", "亿元"};
	int			score[DSC_SPLIT_MAX_CANDS];

	for (int k = 0; k < set->n_cands; k++)
	{
		const dsc_split_part *p = set->cands[k].parts;
		int			amount_len = p[1].len;

		/* the amount as printed, without a unit glued to it */
		while (amount_len > 0 && (unsigned char) p[1].text[amount_len - 1] >= 0x80)
			amount_len--;
		score[k] = stated_with(prose, p[0].text, p[0].len, counts, 5) +
			stated_with(prose, p[1].text, amount_len, amounts, 3);
	}
	dsc_split_keep_best(set, score);
}

/*
 * '政府集中采购178810055': the count of projects and the amount joined.  Read
 * only when one reading is possible; otherwise both stay blank with a note.
 */
static bool
read_joined_procurement(dsc_arena *arena, dsc_arena *scratch,
						dsc_report *report, const dsc_row *row,
						bool header_in_wan)
{
	dsc_tokens	tokens;
	dsc_split_set *set;
	dsc_number	num;

	dsc_row_tokens(row, 0, &tokens);
	if (tokens.n != 1 || dsc_split_capacity(tokens.text, tokens.len, 1) < 2)
		return false;
	set = dsc_alloc(scratch, sizeof(dsc_split_set));
	if (!dsc_split_tokens(tokens.text, tokens.len, 1, 2, procurement_reading,
						  NULL, set) || set->n_cands == 0)
		return false;
	report->has_procurement = true;
	if (set->n_cands > 1 && !set->overflow)
	{
		dsc_need_prose(report);
		prefer_stated_procurement(report->prose, set);
	}
	if (set->n_cands > 1 || set->overflow)
	{
		dsc_report_note(arena, report,
						"procurement: the joined digits \"%s\" read as %s; left blank",
						tokens.text[0], dsc_cand_text(arena, set, 4));
		return true;
	}
	report->procurement_projects = (dsc_int) {(int32_t) set->cands[0].values[0], true};
	if (dsc_parse_number(scratch, set->cands[0].parts[1].text,
						 (size_t) set->cands[0].parts[1].len, &num))
	{
		int			shift = num.unit == DSC_UNIT_WAN_YUAN ? 4 :
			num.unit == DSC_UNIT_YI_YUAN ? 8 :
			(num.unit == DSC_UNIT_NONE && header_in_wan) ? 4 : 0;

		report->procurement_amount_yuan = dsc_number_decimal(arena, &num, shift);
	}
	for (int i = 0; i < 2; i++)
	{
		report->procurement_src[i].how = DSC_HOW_SPLIT;
		report->procurement_src[i].line = row->line;
		report->procurement_src[i].text = dsc_row_source(arena, row);
	}
	return true;
}

static void
read_procurement(dsc_arena *arena, dsc_arena *scratch, dsc_report *report,
				 const dsc_row *row, bool header_in_wan)
{
	const dsc_cell *nums[2] = {NULL, NULL};
	int			n = 0;

	if (read_joined_procurement(arena, scratch, report, row, header_in_wan))
		return;
	for (int i = 0; i < 2; i++)
	{
		report->procurement_src[i].how = DSC_HOW_LABEL;
		report->procurement_src[i].line = row->line;
		report->procurement_src[i].text = dsc_row_source(arena, row);
	}

	for (int i = 0; i < row->n_values && n < 2; i++)
		if (row->values[i].kind != DSC_CELL_BLANK)
			nums[n++] = &row->values[i];
	report->has_procurement = true;
	if (nums[0] != NULL)
	{
		int32_t		v;

		if (nums[0]->kind == DSC_CELL_DASH)
			report->procurement_projects = (dsc_int) {0, true};
		else if (dsc_number_to_int(&nums[0]->num, &v))
			report->procurement_projects = (dsc_int) {v, true};
		else
			dsc_report_note(arena, report,
							"procurement.projects: \"%s\" is not a count; left blank",
							nums[0]->text);
	}
	if (nums[1] != NULL)
	{
		const dsc_number *num = &nums[1]->num;
		int			shift = 0;

		if (nums[1]->kind == DSC_CELL_DASH)
			report->procurement_amount_yuan = "0";
		else if (num->unit == DSC_UNIT_COUNT)
			dsc_report_note(arena, report,
							"procurement.amount_yuan: \"%s\" is not an amount; left blank",
							nums[1]->text);
		else
		{
			if (num->unit == DSC_UNIT_WAN_YUAN)
				shift = 4;
			else if (num->unit == DSC_UNIT_YI_YUAN)
				shift = 8;
			else if (num->unit == DSC_UNIT_NONE && header_in_wan)
				shift = 4;
			report->procurement_amount_yuan = dsc_number_decimal(arena, num, shift);
			if (num->unit == DSC_UNIT_NONE && !header_in_wan &&
				strcmp(report->procurement_amount_yuan, "0") != 0)
				dsc_report_note(arena, report,
								"procurement.amount_yuan: \"%s\" has no unit; read as yuan",
								nums[1]->text);
		}
	}
	if (n < 2)
		dsc_report_note(arena, report,
						"procurement: %d of 2 cells are filled", n);
}

/* A plain whole number of at most max digits, and at least min. */
static bool
is_digit_group(const dsc_cell *cell, int min, int max)
{
	return cell->kind == DSC_CELL_NUM && cell->num.unit == DSC_UNIT_NONE &&
		cell->num.frac_len == 0 && !cell->num.negative &&
		cell->num.int_len >= min && cell->num.int_len <= max &&
		strchr(cell->text, ',') == NULL;
}

/*
 * The ways the cells v[0..n) make 'groups' numbers, each one cell or a
 * number written with spaces between its thousands ('14 703', '1 054 000':
 * one to three digits, then groups of exactly three, in one cell: a
 * separate cell is a value of its own).  Counts them up to 2;
 * the first is left in lens[] (cells per number).
 */
static int
thousands_readings(const dsc_cell *const *v, int n, int groups, int *lens)
{
	int			found = 0;

	if (groups == 0)
		return n == 0 ? 1 : 0;
	for (int len = 1; len <= n - groups + 1 && found < 2; len++)
	{
		int			sub[3];
		int			k;

		if (len > 1 && !is_digit_group(v[0], 1, 3))
			break;
		if (len > 1 && v[0]->num.int_digits[0] == '0')
			break;
		/* a group of three digits, from the cell before's own text */
		if (len > 1 && (!is_digit_group(v[len - 1], 3, 3) || !v[len - 1]->joinable))
			break;
		k = thousands_readings(v + len, n - len, groups - 1, sub);
		if (k > 0 && found == 0)
		{
			lens[0] = len;
			memcpy(lens + 1, sub, sizeof(int) * (size_t) (groups - 1));
		}
		found += k;
	}
	return found > 2 ? 2 : found;
}

/*
 * A row with more numbers than its item has cells: '行政许可 | 14 703'.
 * When the numbers read one way only as the item's cells with spaces
 * between thousands, those are its values, with a note; otherwise every cell
 * is blank with a note.  Never the first numbers and the rest dropped.
 */
static bool
read_crowded_item(dsc_arena *arena, dsc_report *report, item_kind kind,
				  const dsc_row *row, const char *const *measures,
				  int n_measures)
{
	const dsc_cell *v[8];
	int			n = 0;
	int			lens[3];
	int			at = 0;

	for (int i = 0; i < row->n_values; i++)
		if (row->values[i].kind != DSC_CELL_BLANK)
		{
			if (n == 8)
				return false;
			v[n++] = &row->values[i];
		}
	if (n <= n_measures)
		return false;
	if (thousands_readings(v, n, n_measures, lens) != 1)
	{
		dsc_report_note(arena, report,
						"proactive.%s: %d numbers for %d cell%s; left blank",
						items[kind].name, n, n_measures, n_measures > 1 ? "s" : "");
		for (int m = 0; m < n_measures; m++)
			add_item(arena, report, items[kind].name, measures[m], NULL,
					 DSC_HOW_NONE, row);
		return true;
	}
	for (int m = 0; m < n_measures; m++)
	{
		size_t		len = 0;
		char	   *digits;

		if (lens[m] == 1)
		{
			add_item(arena, report, items[kind].name, measures[m],
					 cell_decimal(arena, report, v[at], items[kind].name, measures[m]),
					 DSC_HOW_LABEL, row);
			at++;
			continue;
		}
		for (int k = 0; k < lens[m]; k++)
			len += (size_t) v[at + k]->num.int_len;
		digits = dsc_alloc(arena, len + 1);
		len = 0;
		for (int k = 0; k < lens[m]; k++)
		{
			memcpy(digits + len, v[at + k]->num.int_digits, (size_t) v[at + k]->num.int_len);
			len += (size_t) v[at + k]->num.int_len;
		}
		digits[len] = '\0';
		dsc_report_note(arena, report,
						"proactive.%s.%s: %d numbers read as %s, with spaces between its thousands",
						items[kind].name, measures[m], lens[m], digits);
		add_item(arena, report, items[kind].name, measures[m], digits,
				 DSC_HOW_LABEL, row);
		at += lens[m];
	}
	return true;
}

static void
read_item(dsc_arena *arena, dsc_arena *scratch, dsc_report *report,
		  item_kind kind, const dsc_row *row)
{
	const item_def *def = &items[kind];
	const char *const *measures = report->template_kind == DSC_TEMPLATE_2021 ?
		def->measures_2021 : def->measures_2019;
	int			n_measures = 0;
	int			v;

	int			first;
	bool		positional;

	while (n_measures < 3 && measures[n_measures])
		n_measures++;
	if (read_joined_item(arena, scratch, report, kind, row, measures, n_measures))
		return;
	/* as many cells as measures, blanks between: each keeps its place */
	positional = dsc_row_value_span(row, n_measures, &first) == n_measures;
	if (!positional &&
		read_crowded_item(arena, report, kind, row, measures, n_measures))
		return;
	v = first;
	for (int m = 0; m < n_measures; m++)
	{
		const char *value = NULL;

		while (!positional && v < row->n_values &&
			   row->values[v].kind == DSC_CELL_BLANK)
			v++;
		if (v < row->n_values && row->values[v].kind == DSC_CELL_BLANK)
		{
			v++;
			dsc_report_note(arena, report, "proactive.%s.%s: blank cell",
							def->name, measures[m]);
		}
		else if (v < row->n_values)
			value = cell_decimal(arena, report, &row->values[v++], def->name,
								 measures[m]);
		else
			dsc_report_note(arena, report, "proactive.%s.%s: blank cell",
							def->name, measures[m]);
		add_item(arena, report, def->name, measures[m], value,
				 DSC_HOW_LABEL, row);
	}
}

static int
measure_count(const dsc_report *report, item_kind kind)
{
	const char *const *m = report->template_kind == DSC_TEMPLATE_2021 ?
		items[kind].measures_2021 : items[kind].measures_2019;
	int			n = 0;

	while (n < 3 && m[n])
		n++;
	return n;
}

/*
 * Labels printed one above the other before all their numbers (PDF text,
 * one cell per line): '规章' '规范性文件' then '2 2 95 19 19 133'.  When the
 * row's labels name several items and its numbers are exactly as many as
 * their cells, each item takes its share in order.
 */
static bool
read_stacked_items(dsc_arena *arena, dsc_arena *scratch, dsc_report *report,
				   const dsc_row *row, bool *seen)
{
	int			kinds[DSC_MAX_LABEL_PARTS];
	int			n_kinds = 0;
	int			cells = 0;
	int			numbers = 0;
	int			v = 0;

	/* two labels at least, and numbers for two items */
	if (row->n_parts < 2 || row->n_numbers < 2)
		return false;
	for (int p = 0; p < row->n_parts; p++)
	{
		int			kind = classify_item(row->parts[p]);

		if (kind < 0)
			continue;
		if (kind == ITEM_PROCUREMENT || (n_kinds > 0 && kinds[n_kinds - 1] == kind))
			return false;
		kinds[n_kinds++] = kind;
		cells += measure_count(report, (item_kind) kind);
	}
	for (int i = 0; i < row->n_values; i++)
	{
		if (row->values[i].kind == DSC_CELL_BLANK)
			continue;
		if (row->values[i].kind == DSC_CELL_RUN)
			return false;
		numbers++;
	}
	if (n_kinds < 2 || numbers != cells)
		return false;
	for (int k = 0; k < n_kinds; k++)
	{
		dsc_row		share = *row;
		int			n = measure_count(report, (item_kind) kinds[k]);

		share.values = dsc_alloc(scratch, sizeof(dsc_cell) * (size_t) n);
		share.n_values = 0;
		while (share.n_values < n && v < row->n_values)
		{
			if (row->values[v].kind != DSC_CELL_BLANK)
				share.values[share.n_values++] = row->values[v];
			v++;
		}
		share.n_numbers = share.n_values;
		if (seen[kinds[k]])
			continue;
		seen[kinds[k]] = true;
		read_item(arena, scratch, report, (item_kind) kinds[k], &share);
	}
	return true;
}

/* The number cells of a row. */
static int
number_cells(const dsc_row *row)
{
	int			n = 0;

	for (int i = 0; i < row->n_values; i++)
		n += row->values[i].kind == DSC_CELL_NUM || row->values[i].kind == DSC_CELL_DASH;
	return n;
}

/*
 * Table two printed with each item's numbers before its label (PDF text):
 * numbers come before the first item's name, and the last item has none
 * after it.  Each item then takes the numbers before its label, when every
 * item's are exactly as many as its cells; otherwise false and the rows are
 * read as they stand.  A row's own numbers (after its label) wait for the
 * next item's label.
 */
static bool
read_numbers_first(dsc_arena *arena, dsc_arena *scratch, dsc_report *report,
				   const dsc_rows *rows, bool *seen, bool header_in_wan)
{
	const dsc_row *pending = NULL;	/* numbers not yet an item's */
	const dsc_row *take[N_ITEMS] = {NULL};
	const char *names[N_ITEMS] = {NULL};
	int			items_seen = 0;

	for (int i = 0; i < rows->n; i++)
	{
		const dsc_row *row = &rows->rows[i];
		int			kind = row->n_parts > 0 ? classify_item(row->parts[0]) : -1;

		for (int p = 1; kind < 0 && p < row->n_parts; p++)
			if (classify_item(row->parts[p]) >= 0)
				return false;	/* a name after other words: not this layout */
		if (kind >= 0)
		{
			if (pending == NULL || take[kind] != NULL ||
				number_cells(pending) != (kind == ITEM_PROCUREMENT ? 2 :
										  measure_count(report, (item_kind) kind)))
				return false;
			take[kind] = pending;
			names[kind] = row->parts[0];
			pending = NULL;
			items_seen++;
		}
		if (row->n_numbers > 0)
		{
			if (pending != NULL)
				return false;	/* two runs of numbers for one label */
			pending = row;
		}
	}
	if (items_seen == 0 || pending != NULL)
		return false;
	for (int kind = 0; kind < N_ITEMS; kind++)
	{
		dsc_row		item;

		if (take[kind] == NULL || seen[kind])
			continue;
		seen[kind] = true;
		item = *take[kind];
		item.parts[0] = names[kind];
		item.n_parts = 1;
		if (kind == ITEM_PROCUREMENT)
			read_procurement(arena, scratch, report, &item, header_in_wan);
		else
			read_item(arena, scratch, report, (item_kind) kind, &item);
	}
	dsc_report_note(arena, report,
					"table two prints each item's numbers before its label: each item was read with the numbers above it");
	return true;
}

void
dsc_read_proactive(dsc_arena *arena, dsc_arena *scratch, dsc_text *text,
				   int from, int to,
				   dsc_report *report, const dsc_options *options)
{
	dsc_rows	rows;
	bool		seen[N_ITEMS] = {false};
	int			votes_2019 = 0;
	int			votes_2021 = 0;
	bool		header_in_wan = false;
	bool		unlabelled = false; /* numbers before any item's name */

	dsc_collect_rows(scratch, text, from, to, &rows, true, options);
	for (int i = 0; i < rows.n; i++)
	{
		const char *label = dsc_row_label(scratch, &rows.rows[i]);

		if ((i & 0xFFF) == 0)
			dsc_check(options);
		votes_2019 += count_words(label, &set_2019);
		votes_2021 += count_words(label, &set_2021);
		if (strstr(label, "采购总金额") && strstr(label, "万元"))
			header_in_wan = true;
	}
	if (votes_2021 > votes_2019)
		report->template_kind = DSC_TEMPLATE_2021;
	else if (votes_2019 > 0)
		report->template_kind = DSC_TEMPLATE_2019;

	if (read_numbers_first(arena, scratch, report, &rows, seen, header_in_wan))
		return;
	/*
	 * Numbers under no label, or before the first item's name: maybe each
	 * item's printed before its label, which the numbers do not bear out.
	 * An item whose numbers stood on other lines than its label may then
	 * have another's.
	 */
	for (int i = 0, first = 1; i < rows.n; i++)
	{
		const dsc_row *row = &rows.rows[i];

		if (!dsc_row_has_number(row))
			continue;
		unlabelled |= row->n_parts == 0;
		if (first)
		{
			bool		named = false;

			for (int p = 0; p < row->n_parts; p++)
				named |= classify_item(row->parts[p]) >= 0;
			unlabelled |= !named;
			first = 0;
		}
	}
	for (int i = 0; i < rows.n; i++)
	{
		const dsc_row *row = &rows.rows[i];
		int			kind = classify_item(dsc_row_suffix(scratch, row, 1));

		if ((i & 0xFFF) == 0)
			dsc_check(options);
		if (read_stacked_items(arena, scratch, report, row, seen))
			continue;
		if (kind < 0 || row->n_values == 0 || seen[kind])
			continue;
		seen[kind] = true;
		if (unlabelled && row->values_elsewhere)
		{
			dsc_report_note(arena, report,
							"proactive.%s: its numbers stood on other lines than its label, and table two has numbers under no item's name; left blank",
							items[kind].name);
			continue;
		}
		if (kind == ITEM_PROCUREMENT)
			read_procurement(arena, scratch, report, row, header_in_wan);
		else
			read_item(arena, scratch, report, (item_kind) kind, row);
	}
}
