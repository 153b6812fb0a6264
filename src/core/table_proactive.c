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
	{"normative_documents", {"规范性文件"},
	{"new_made", "new_published", "total_published"},
	{"made", "repealed", "in_force"}},
	{"licensing", {"行政许可"},
	{"previous_count", "change", "decisions"}, {"decisions"}},
	{"other_services", {"对外管理服务"},
	{"previous_count", "change", "decisions"}, {"decisions"}},
	{"penalty", {"行政处罚"},
	{"previous_count", "change", "decisions"}, {"decisions"}},
	{"coercion", {"行政强制"},
	{"previous_count", "change", "decisions"}, {"decisions"}},
	{"fees", {"事业性收费", "行政收费"},
	{"previous_count", "change"}, {"amount_wan_yuan"}},
	{"procurement", {"集中采购", "政府采购"}, {0}, {0}},
};

static const char *const words_2021[] = {
	"本年制发", "本年废止", "现行有效", "本年收费金额", "本年处理决定"
};
static const char *const words_2019[] = {
	"新制作", "新公开", "对外公开总数", "上一年项目", "本年增", "采购项目"
};

/* Which item a label names; -1 for headers and anything else. */
static int
classify_item(const char *label)
{
	/* 规范性文件 before 规章: '规章和规范性文件' is not a table row anyway */
	for (int i = N_ITEMS - 1; i >= 0; i--)
		for (int w = 0; w < 3 && items[i].words[w]; w++)
			if (strstr(label, items[i].words[w]))
				return i;
	return -1;
}

static int
count_words(const char *label, const char *const *words, size_t n)
{
	int			hits = 0;

	for (size_t i = 0; i < n; i++)
		if (strstr(label, words[i]))
			hits++;
	return hits;
}

static void
add_item(dsc_report *report, const char *item, const char *measure,
		 const char *value)
{
	dsc_proactive_item *p;

	if (report->n_proactive >= DSC_MAX_PROACTIVE)
		return;
	p = &report->proactive[report->n_proactive++];
	p->item = item;
	p->measure = measure;
	p->value = value;
}

/* A cell's value as an exact decimal; NULL with a note when unreadable. */
static const char *
cell_decimal(dsc_arena *arena, dsc_report *report, const dsc_cell *cell,
			 const char *item, const char *measure)
{
	if (cell->kind == DSC_CELL_DASH)
		return "0";
	if (cell->num.unit == DSC_UNIT_YUAN || cell->num.unit == DSC_UNIT_YI_YUAN)
	{
		dsc_report_note(arena, report,
						"proactive.%s.%s: \"%s\" has an unexpected unit; left blank",
						item, measure, cell->text);
		return NULL;
	}
	return dsc_number_decimal(arena, &cell->num, 0);
}

static void
read_procurement(dsc_arena *arena, dsc_report *report, const dsc_row *row,
				 bool header_in_wan)
{
	const dsc_cell *nums[2] = {NULL, NULL};
	int			n = 0;

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

static void
read_item(dsc_arena *arena, dsc_report *report, item_kind kind,
		  const dsc_row *row)
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
	/* as many cells as measures, blanks between: each keeps its place */
	positional = dsc_row_value_span(row, n_measures, &first) == n_measures;
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
		add_item(report, def->name, measures[m], value);
	}
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

	dsc_collect_rows(scratch, text, from, to, &rows, options);
	for (int i = 0; i < rows.n; i++)
	{
		const char *label = dsc_row_label(scratch, &rows.rows[i]);

		if ((i & 0xFFF) == 0)
			dsc_check(options);
		votes_2019 += count_words(label, words_2019,
								  sizeof(words_2019) / sizeof(words_2019[0]));
		votes_2021 += count_words(label, words_2021,
								  sizeof(words_2021) / sizeof(words_2021[0]));
		if (strstr(label, "采购总金额") && strstr(label, "万元"))
			header_in_wan = true;
	}
	if (votes_2021 > votes_2019)
		report->template_kind = DSC_TEMPLATE_2021;
	else if (votes_2019 > 0)
		report->template_kind = DSC_TEMPLATE_2019;

	for (int i = 0; i < rows.n; i++)
	{
		const dsc_row *row = &rows.rows[i];
		int			kind = classify_item(dsc_row_suffix(scratch, row, 1));

		if ((i & 0xFFF) == 0)
			dsc_check(options);
		if (kind < 0 || row->n_values == 0 || seen[kind])
			continue;
		seen[kind] = true;
		if (kind == ITEM_PROCUREMENT)
			read_procurement(arena, report, row, header_in_wan);
		else
			read_item(arena, report, (item_kind) kind, row);
	}
}
