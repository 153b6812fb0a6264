/*
 * test_core.c
 *	  C-level tests of the parser core, without PostgreSQL.
 *
 *	  test_core SEED_DIR
 *
 * Prints one line per failed check and closes with 'N passed, N failed'.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dsc_html.h"
#include "dsc_internal.h"

static int	passed;
static int	failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) \
			passed++; \
		else \
		{ \
			failed++; \
			printf("FAIL %s:%d: ", __FILE__, __LINE__); \
			printf(__VA_ARGS__); \
			printf("\n"); \
		} \
	} while (0)

static char *
slurp(const char *dir, const char *name, size_t *len)
{
	char		path[1024];
	FILE	   *f;
	char	   *buf;
	long		n;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "rb");
	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	*len = fread(buf, 1, (size_t) n, f);
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

/* A fixture the test needs: a failed check when it cannot be read. */
static char *
fixture(const char *dir, const char *name, size_t *len)
{
	char	   *doc = slurp(dir, name, len);

	CHECK(doc != NULL, "cannot read %s/%s", dir, name);
	return doc;
}

/* A block allocator that counts what it hands out and takes back. */
static int	blocks_out;
static int	blocks_obtained;

static void *
counting_alloc(void *arg, size_t size)
{
	blocks_out++;
	blocks_obtained++;
	return malloc(size);
}

static void
counting_free(void *arg, void *ptr)
{
	blocks_out--;
	free(ptr);
}

/*
 * A reset arena hands its blocks out again, a large one for a request of
 * about its size only; a scratch arena borrows them from its lender and
 * gives them back; and free_all returns everything.
 */
static void
test_arena_reuse(void)
{
	dsc_arena	a;
	dsc_arena	scratch;
	int			obtained;

	dsc_arena_init(&a, counting_alloc, counting_free, NULL);
	for (int i = 0; i < 1000; i++)
		memset(dsc_alloc(&a, 1000), 'x', 1000);
	dsc_alloc(&a, 1 << 20);
	obtained = blocks_obtained;
	CHECK(obtained >= 17, "1 MB in 64 kB blocks and a large one: %d blocks", obtained);
	dsc_arena_reset(&a);
	CHECK(a.total == 0 && blocks_out == obtained,
		  "reset keeps the blocks: %d of %d out", blocks_out, obtained);
	for (int i = 0; i < 1000; i++)
		memset(dsc_alloc(&a, 1000), 'y', 1000);
	memset(dsc_alloc(&a, 900 * 1024), 'y', 900 * 1024);
	CHECK(blocks_obtained == obtained,
		  "the same allocations again take no new block (%d)",
		  blocks_obtained - obtained);
	dsc_arena_reset(&a);
	dsc_alloc(&a, 100 * 1024);
	CHECK(blocks_obtained == obtained + 1 && a.spare_large != NULL,
		  "a large block is not spent on a request of a tenth of it");
	dsc_arena_reset(&a);
	CHECK(blocks_out == obtained,
		  "the large block the last document did not use is freed: %d of %d out",
		  blocks_out, obtained + 1);
	dsc_arena_init_scratch(&scratch, &a);
	for (int i = 0; i < 1000; i++)
		memset(dsc_alloc(&scratch, 1000), 'z', 1000);
	CHECK(blocks_obtained == obtained + 1 && a.spare == NULL,
		  "a scratch arena borrows its lender's spare blocks");
	dsc_arena_free_all(&scratch);
	CHECK(a.spare != NULL && blocks_out == obtained,
		  "a freed scratch arena gives its blocks back");
	dsc_arena_free_all(&a);
	CHECK(blocks_out == 0, "free_all returns every block: %d out", blocks_out);
}

/* A word set finds each of its words wherever it is, and nothing else. */
static void
test_wordset(void)
{
	static const char *const words[] = {"本年新收", "新收", "总计", "ab", "(七)"};
	static dsc_wordset set = DSC_WORDSET(words);

	CHECK(dsc_wordset_scan(&set, "一、本年新收政府信息公开申请数量") == 0x3,
		  "both 本年新收 and 新收 found");
	CHECK(dsc_wordset_scan(&set, "(七)总计") == 0x14, "words at the start and the end");
	CHECK(dsc_wordset_scan(&set, "xxab") == 0x8, "a word under three bytes");
	CHECK(dsc_wordset_scan(&set, "总") == 0 && dsc_wordset_scan(&set, "") == 0,
		  "a word's start alone, and the empty string, hold none");
	CHECK(dsc_wordset_scan(&set, "本年新") == 0, "a cut-off word is not found");
}

static void
test_numbers(void)
{
	dsc_arena	a;
	dsc_number	n;
	int32_t		v;

	dsc_arena_init_malloc(&a);
	CHECK(dsc_parse_number(&a, "12", 2, &n) && dsc_number_to_int(&n, &v) && v == 12,
		  "12 is a count");
	CHECK(dsc_parse_number(&a, "1,234", 5, &n) && dsc_number_to_int(&n, &v) && v == 1234,
		  "1,234 is 1234");
	CHECK(dsc_parse_number(&a, "21次", strlen("21次"), &n) &&
		  dsc_number_to_int(&n, &v) && v == 21, "21次 is a count of 21");
	CHECK(dsc_parse_number(&a, "-3", 2, &n) && dsc_number_to_int(&n, &v) && v == -3,
		  "-3 keeps its sign");
	CHECK(dsc_parse_number(&a, "99999999999", 11, &n) && !dsc_number_to_int(&n, &v),
		  "an int overflow is not a count");
	CHECK(dsc_parse_number(&a, "2.0", 3, &n) && dsc_number_to_int(&n, &v) && v == 2,
		  "2.0 is the count 2");
	CHECK(dsc_parse_number(&a, "1.5", 3, &n) && !dsc_number_to_int(&n, &v),
		  "1.5 is not a count");
	CHECK(dsc_parse_number(&a, "7万元", strlen("7万元"), &n) && !dsc_number_to_int(&n, &v),
		  "an amount is not a count");
	CHECK(!dsc_parse_number(&a, "1.2.3", 5, &n), "1.2.3 is not a number");
	CHECK(!dsc_parse_number(&a, "", 0, &n), "empty is not a number");
	CHECK(!dsc_parse_number(&a, "一", strlen("一"), &n), "CJK numerals are text");
	dsc_arena_free_all(&a);
}

static void
check_amount(dsc_arena *a, const char *written, const char *yuan)
{
	char	   *got = dsc_amount_text_yuan(a, written, strlen(written));

	if (yuan == NULL)
		CHECK(got == NULL, "%s is not an amount, got %s", written, got);
	else
		CHECK(got != NULL && strcmp(got, yuan) == 0, "%s is %s yuan, got %s",
			  written, yuan, got ? got : "NULL");
}

static void
test_amounts(void)
{
	dsc_arena	a;

	dsc_arena_init_malloc(&a);
	check_amount(&a, "7.63182亿元", "763182000");
	check_amount(&a, "3749.71 万元", "37497100");
	check_amount(&a, "127014元", "127014");
	check_amount(&a, "177.1万元", "1771000");
	check_amount(&a, "0.00001万元", "0.1");
	check_amount(&a, "０.５亿元", "50000000");
	check_amount(&a, "100.50元", "100.5");
	check_amount(&a, "007元", "7");
	check_amount(&a, "21次", NULL);
	check_amount(&a, "元", NULL);
	check_amount(&a, "", NULL);
	dsc_arena_free_all(&a);
}

static void
test_dates(void)
{
	int			y,
				m,
				d;

	CHECK(dsc_parse_date("2024年1月18日", &y, &m, &d) && y == 2024 && m == 1 && d == 18,
		  "a Chinese date");
	CHECK(dsc_parse_date("2022-01-26", &y, &m, &d) && y == 2022 && m == 1 && d == 26,
		  "an ISO date");
	CHECK(dsc_parse_date("2024-02-29", &y, &m, &d), "a leap day");
	CHECK(!dsc_parse_date("2023-02-29", &y, &m, &d), "no leap day in 2023");
	CHECK(!dsc_parse_date("2023年13月1日", &y, &m, &d), "no month 13");
	CHECK(!dsc_parse_date("2023年1月18日发布", &y, &m, &d), "a date alone on its line");
	CHECK(dsc_parse_date("二〇二二年一月二十六日", &y, &m, &d) && y == 2022 && m == 1 && d == 26,
		  "a date in Chinese numerals");
	CHECK(dsc_parse_date("二○二四年十二月三十一日", &y, &m, &d) && y == 2024 && m == 12 && d == 31,
		  "a date in Chinese numerals, ○ for zero, 十二 and 三十一");
	CHECK(dsc_parse_date("二〇二三年十月十日", &y, &m, &d) && m == 10 && d == 10, "十月十日");
	CHECK(!dsc_parse_date("二〇二三年二月三十日", &y, &m, &d), "no 30 February in numerals");
	CHECK(!dsc_parse_date("二〇二三年", &y, &m, &d) && !dsc_parse_date("二〇二三年一月", &y, &m, &d),
		  "a year or a month is not a date");
}

static void
test_cells(void)
{
	dsc_arena	a;
	dsc_cells	cells = {0};
	dsc_line	line;
	char		pipes[] = "规章 | 0 |  | 12 |";
	char		spaced[] = "行政事业性收费 0 0";
	char		padded[] = "0  |  1   |2";
	char		columns[] = "一、本年新收    1    0";

	dsc_arena_init_malloc(&a);
	line = (dsc_line) {.text = pipes, .len = (uint32_t) strlen(pipes), .source_line = 1};
	dsc_split_cells(&a, &line, &cells);
	CHECK(cells.n == 5 && cells.cells[0].kind == DSC_CELL_TEXT &&
		  cells.cells[1].kind == DSC_CELL_NUM && cells.cells[2].kind == DSC_CELL_BLANK &&
		  cells.cells[3].kind == DSC_CELL_NUM && cells.cells[4].kind == DSC_CELL_BLANK,
		  "pipe row: label, 0, blank, 12, padding (got %d cells)", cells.n);
	line = (dsc_line) {.text = spaced, .len = (uint32_t) strlen(spaced), .source_line = 1};
	dsc_split_cells(&a, &line, &cells);
	CHECK(cells.n == 3 && cells.cells[0].kind == DSC_CELL_TEXT &&
		  strcmp(cells.cells[0].text, "行政事业性收费") == 0 &&
		  cells.cells[2].kind == DSC_CELL_NUM, "numbers peeled off a label");
	line = (dsc_line) {.text = padded, .len = (uint32_t) strlen(padded), .source_line = 1};
	dsc_split_cells(&a, &line, &cells);
	CHECK(cells.n == 3, "spaces around '|' are padding, not cells (got %d)", cells.n);
	line = (dsc_line) {.text = columns, .len = (uint32_t) strlen(columns), .source_line = 1};
	dsc_split_cells(&a, &line, &cells);
	CHECK(cells.n == 3 && cells.separated, "space-aligned columns");
	/* what sites write for zero: each a dash cell, never text or a number */
	{
		static const char *const zeros[] = {
			"-", "---", "—", "——", "–", "―", "─", "/", "\\", "一一", "无", "〇"
		};
		static const char *const not_zeros[] = {"-3", "无效", "一", "〇〇年", "—a"};

		for (size_t i = 0; i < sizeof(zeros) / sizeof(zeros[0]); i++)
		{
			char		row[64];

			snprintf(row, sizeof(row), "规章 | %s | 1", zeros[i]);
			line = (dsc_line) {.text = row, .len = (uint32_t) strlen(row), .source_line = 1};
			dsc_split_cells(&a, &line, &cells);
			CHECK(cells.n == 3 && cells.cells[1].kind == DSC_CELL_DASH,
				  "'%s' in a cell stands for zero", zeros[i]);
		}
		for (size_t i = 0; i < sizeof(not_zeros) / sizeof(not_zeros[0]); i++)
		{
			char		row[64];

			snprintf(row, sizeof(row), "规章 | %s | 1", not_zeros[i]);
			line = (dsc_line) {.text = row, .len = (uint32_t) strlen(row), .source_line = 1};
			dsc_split_cells(&a, &line, &cells);
			CHECK(cells.n == 3 && cells.cells[1].kind != DSC_CELL_DASH,
				  "'%s' in a cell is not a dash", not_zeros[i]);
		}
	}
	dsc_arena_free_all(&a);
}

static dsc_document *
parse_seed(dsc_arena *a, const char *dir, const char *name)
{
	size_t		len;
	char	   *buf = slurp(dir, name, &len);
	dsc_document *doc;

	if (buf == NULL)
	{
		CHECK(0, "cannot read %s/%s", dir, name);
		return NULL;
	}
	doc = dsc_parse_document(a, buf, len, NULL);
	/* the document must not be needed after parsing */
	memset(buf, 'x', len);
	free(buf);
	return doc;
}

static void
test_seeds(const char *dir)
{
	dsc_arena	a;
	dsc_document *d;
	dsc_report *r;

	dsc_arena_init_malloc(&a);
	d = parse_seed(&a, dir, "000_4f3bfc39153d33d4.txt");
	if (d)
	{
		CHECK(d->n_reports == 1 && d->n_duplicates == 1, "000: one report, one copy dropped");
		r = d->reports[0];
		CHECK(r->agency && strcmp(r->agency, "上海市松江区机关事务管理局") == 0,
			  "000: agency with its place prefix");
		CHECK(r->year == 2021 && r->template_kind == DSC_TEMPLATE_2019,
			  "000: a 2021 report on the 2019 template");
		CHECK(r->published_year == 2022 && r->published_month == 1 &&
			  r->published_day == 26, "000: published");
		CHECK(r->procurement_amount_yuan &&
			  strcmp(r->procurement_amount_yuan, "763182000") == 0, "000: 7.63182亿元");
	}
	d = parse_seed(&a, dir, "001_6174489a5f7162cb.txt");
	if (d)
	{
		CHECK(d->n_reports == 5, "001: five reports, the guide is none");
		if (d->n_reports == 5)
		{
			r = d->reports[4];
			CHECK(r->year == 2019 && !r->requests[DSC_ROW_TOTAL][DSC_COL_TOTAL].known,
				  "001: the blank 2019 total stays unknown");
			CHECK(!r->requests[DSC_ROW_PARTIALLY_GRANTED][DSC_COL_NATURAL_PERSON].known,
				  "001: blank is not zero");
			CHECK(d->reports[3]->agency &&
				  strcmp(d->reports[3]->agency, "聊城市机关事务管理局") == 0,
				  "001: the 2020 report borrows its neighbour's agency");
			CHECK(d->reports[0]->stated_requests.known &&
				  d->reports[0]->stated_requests.value == 2,
				  "001: the 2023 prose states 2 requests");
		}
	}
	d = parse_seed(&a, dir, "002_1ca1bc342bc23096.txt");
	CHECK(d && d->n_reports == 0, "002: a work plan is not a report");
	d = parse_seed(&a, dir, "004_76d90fd474e57dbd.txt");
	if (d && d->n_reports == 1)
	{
		r = d->reports[0];
		for (int c = 0; c < DSC_NCOLS; c++)
			CHECK(r->requests[DSC_ROW_PARTIALLY_GRANTED][c].known &&
				  r->requests[DSC_ROW_PARTIALLY_GRANTED][c].value == 0,
				  "004: the six-cell row is all zeros (column %d)", c);
		CHECK(r->requests[DSC_ROW_NEW_RECEIVED][DSC_COL_TOTAL].value == 1,
			  "004: OCR-broken label 一、才 本年新收");
		CHECK(r->stated_proactive.known && r->stated_proactive.value == 31,
			  "004: 主动公 开政府信息31条");
		CHECK(r->review[DSC_REVIEW_UPHELD].known && r->review[DSC_REVIEW_UPHELD].value == 0,
			  "004: vertical headers are not data");
	}
	else
		CHECK(0, "004: one report");
	dsc_arena_free_all(&a);
}

/*
 * A small report: head, then 一、总体情况 and prose, the three tables (a
 * request read so that it counts as a report), then tail after section 六.
 */
static dsc_report *
parse_small(dsc_arena *a, const char *head, const char *prose, const char *tail)
{
	char	   *doc = dsc_printf(a,
								 "%s\n一、总体情况\n%s\n二、主动公开政府信息情况\n规章 0 0 0\n"
								 "三、收到和处理政府信息公开申请情况\n"
								 "一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5\n"
								 "二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2\n"
								 "四、政府信息公开行政复议、行政诉讼情况\n"
								 "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n"
								 "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n%s\n",
								 head, prose, tail);
	dsc_document *d = dsc_parse_document(a, doc, strlen(doc), NULL);

	return d->n_reports == 1 ? d->reports[0] : NULL;
}

static bool
agency_is(const dsc_report *r, const char *name)
{
	return r != NULL && r->agency != NULL && strcmp(r->agency, name) == 0;
}

static bool
published_is(const dsc_report *r, int y, int m, int d)
{
	return r != NULL && r->published_year == y && r->published_month == m &&
		r->published_day == d;
}

static void
test_identity(void)
{
	dsc_arena	a;
	dsc_report *r;

	dsc_arena_init_malloc(&a);
	r = parse_small(&a, "2024 年上海市科委政府信息公开工作年度报告", "全年工作。", "");
	CHECK(agency_is(r, "上海市科委") && r->year == 2024, "year before the agency in a title");
	r = parse_small(&a, "# 某县人民政府 2025 年 政府信息公开工作年度报告", "全年工作。", "");
	CHECK(agency_is(r, "某县人民政府") && r->year == 2025, "a markdown title with spaced year");
	r = parse_small(&a, "平潭综合实验区财政金融局2023年度政府信息公开工作年度报告", "全年工作。", "");
	CHECK(agency_is(r, "平潭综合实验区财政金融局") && r->year == 2023, "年度 after the year");
	r = parse_small(&a, "标题: 平潭综合实验区自然资源与生态环境局2021年度政府信息公开工作报告\n"
					"发布时间: 2022-01-11 15:50\n文号: \n发布机构: ",
					"全年工作。", "");
	CHECK(agency_is(r, "平潭综合实验区自然资源与生态环境局") && r->year == 2021,
		  "标题: header of a saved page, even …工作报告");
	CHECK(published_is(r, 2022, 1, 11), "发布时间 with a time of day");
	r = parse_small(&a, "当前位置: 首页政务公开政府信息公开某局政府信息公开年报 "
					"某市行政审批局2022年政府信息公开工作年度报告 来源: 时间: 2023-01-09 16:22 微信",
					"全年工作。", "");
	CHECK(agency_is(r, "某市行政审批局") && r->year == 2022,
		  "a title set apart by spaces in page text");
	CHECK(published_is(r, 2023, 1, 9), "时间: after a space in page text");
	r = parse_small(&a, "某市行政审批局2022年政府信息公开工作年度报告 (1).doc", "全年工作。", "");
	CHECK(r != NULL && r->agency == NULL, "an attachment's file name is no title");
	r = parse_small(&a, "", "根据《条例》编制本报告。",
					"2023年，无收取信息处理费情况。 平潭综合实验区财政金融局 2024年1月29日");
	CHECK(agency_is(r, "平潭综合实验区财政金融局"), "agency from a signature ending the prose");
	CHECK(published_is(r, 2024, 1, 29), "date from a signature ending the prose");
	r = parse_small(&a, "", "根据《条例》编制本报告。",
					"暂无。 某市交通局 2020年1月2日 (联系人:林某,联系方式:0591-23163407) 附件下载");
	CHECK(agency_is(r, "某市交通局") && published_is(r, 2020, 1, 2),
		  "a signature with debris after it");
	r = parse_small(&a, "某市行政审批局2020年政府信息公开工作年度报告", "全年工作。",
					"无某市行政审批局 2021年1月19日");
	CHECK(agency_is(r, "某市行政审批局") && published_is(r, 2021, 1, 19),
		  "a name run into prose does not extend the title's, its date counts");
	r = parse_small(&a, "", "根据《条例》编制本报告。", "我局将于2024年1月29日");
	CHECK(r != NULL && r->published_year == 0, "a date in prose is no signature");
	r = parse_small(&a, "", "根据《条例》编制本报告。", "我局将在 2024年1月29日前完成。");
	CHECK(r != NULL && r->published_year == 0, "a date inside a sentence is no signature");
	r = parse_small(&a, "某市交通局2024年政府信息公开工作年度报告\n日期: 2025年1月3日",
					"全年工作。", "");
	CHECK(published_is(r, 2025, 1, 3), "a 日期: line");
	r = parse_small(&a, "", "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。"
					"2022年以来，2022年的工作延续到2024年。", "");
	CHECK(r != NULL && r->year == 2023, "year from the statistics period");
	r = parse_small(&a, "", "本报告中有关情况的统计期限为2024年1月1日至12月31日。", "");
	CHECK(r != NULL && r->year == 2024, "year from a period whose end omits the year");
	dsc_arena_free_all(&a);
}

static bool
has_note(const dsc_report *r, const char *words)
{
	for (int i = 0; r != NULL && i < r->n_notes; i++)
		if (strstr(r->notes[i], words))
			return true;
	return false;
}

/* The requests and items one line of prose states, in the small report. */
static void
check_prose(dsc_arena *a, const char *prose, int requests, int items)
{
	dsc_report *r = parse_small(a, "某市交通局2023年政府信息公开工作年度报告", prose, "");

	CHECK(r != NULL && (requests < 0 ? !r->stated_requests.known :
						(r->stated_requests.known && r->stated_requests.value == requests)),
		  "%s: requests %d, read %d", prose, requests,
		  r && r->stated_requests.known ? r->stated_requests.value : -1);
	CHECK(r != NULL && (items < 0 ? !r->stated_proactive.known :
						(r->stated_proactive.known && r->stated_proactive.value == items)),
		  "%s: items %d, read %d", prose, items,
		  r && r->stated_proactive.known ? r->stated_proactive.value : -1);
}

static void
test_prose(void)
{
	dsc_arena	a;
	dsc_report *r;

	dsc_arena_init_malloc(&a);
	check_prose(&a, "2022年共收到政府信息公开申请16件，主要涉及征地拆迁。", 16, -1);
	check_prose(&a, "全年收到政府信息公开申请19件，均在法定期限内办结。", 19, -1);
	check_prose(&a, "本年度新收政府信息公开申请5件。", 5, -1);
	check_prose(&a, "共受理公开申请34件，均在法定期限内予以办理。", 34, -1);
	check_prose(&a, "2024年共收到依申请公开8件，均已按期答复办结。", 8, -1);
	check_prose(&a, "我局收到群众通过邮寄、网络提交的各类政府信息公开申请共计8件，申请事项涉及政策法规信息1件。",
				8, -1);
	check_prose(&a, "收到公民、法人和其他组织政府信息公开申请7件，按照《条例》要求，及时规范答复7件。",
				7, -1);
	check_prose(&a, "2023年我局未收到政府信息公开申请件。", 0, -1);
	check_prose(&a, "2023年我局未收到依申请公开事宜。", 0, -1);
	check_prose(&a, "未收到因政府信息公开提出的行政复议申请。", -1, -1);
	check_prose(&a, "依法办结政府信息公开申请58件，答复60件。", -1, -1);
	check_prose(&a, "收到申请后15个工作日内答复。", -1, -1);
	check_prose(&a, "受理群众投诉咨询877件，办理率100%。", -1, -1);
	check_prose(&a, "2023年受理的政府信息公开申请于2024年办结。", -1, -1);
	check_prose(&a, "办理依申请公开18件。", 18, -1);
	check_prose(&a, "办理依申请公开18件，收到政府信息公开申请16件。", 16, -1);
	check_prose(&a, "区政府办受理政府\n信息公开申请 17 件，均已在法定期限内予以答复。", 17, -1);
	check_prose(&a, "2023年主动公开政府信息107条，有效落实工作要点。", -1, 107);
	check_prose(&a, "全年政府信息主动公开128条，其中政策及规范性文件类1条。", -1, 128);
	check_prose(&a, "其中主动公开信息数169，依申请公开信息数317条。", -1, 169);
	check_prose(&a, "在政府网站平台主动发布各类政府信息 2428 条，公开政府常务会议 7 期。", -1, 2428);
	check_prose(&a, "在主动公开的107条政府信息中，全文电子化的107条。", -1, 107);
	check_prose(&a, "2024年累计主动公开政府信息37条，其中规范性文件1条。", -1, 37);
	check_prose(&a, "历年累计主动公开政府信息2979条。", -1, -1);
	check_prose(&a, "2021年底累计主动公开政府信息48条。", -1, -1);
	check_prose(&a, "其他应主动公开的政府信息7条。", -1, -1);
	check_prose(&a, "门户网站主动公开各类信息614条。", -1, -1);
	check_prose(&a, "全年公开政府信息78条，官方微信全年公开政务信息502条。", -1, -1);
	check_prose(&a, "主动公开规范性文件5件。", -1, -1);
	check_prose(&a, "主动公开政府信息情况2019年度工作。", -1, -1);
	r = parse_small(&a, "某市交通局2023年政府信息公开工作年度报告",
					"门户网站累计主动公开政府信息7700余条。", "");
	CHECK(r && r->stated_proactive.known && r->stated_proactive.value == 7700 &&
		  has_note(r, "7700余条"), "N余条: N, with a note that it is approximate");
	/* the small report has 5 new and 2 carried over */
	r = parse_small(&a, "某市交通局2023年政府信息公开工作年度报告",
					"全年共收到政府信息公开申请7件。", "");
	CHECK(r && r->stated_requests.known && r->stated_requests.value == 7 &&
		  has_note(r, "carried over"), "new + carried over stated as received: kept, with a note");
	dsc_arena_free_all(&a);
}

/* xorshift: the same mutations on every run */
static uint32_t rng_state = 2463534242u;

static uint32_t
rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 17;
	rng_state ^= rng_state << 5;
	return rng_state;
}

static void
mutate(char *buf, size_t *len, size_t cap)
{
	static const char *const inserts[] = {"|", "\t", "\n", "  ", "0", "99999999999",
		"-", "—", "\xff", "\xe4\xb8", "三、收到和处理政府信息公开申请情况\n",
	"四、政府信息公开行政复议、行政诉讼情况\n", "(七)总计"};
	int			edits = 1 + (int) (rng() % 8);

	for (int e = 0; e < edits && *len > 0; e++)
	{
		size_t		pos = rng() % *len;
		const char *ins;
		size_t		n;

		switch (rng() % 3)
		{
			case 0:				/* flip a byte */
				buf[pos] = (char) rng();
				break;
			case 1:				/* delete a run */
				n = 1 + rng() % 16;
				if (pos + n > *len)
					n = *len - pos;
				memmove(buf + pos, buf + pos + n, *len - pos - n);
				*len -= n;
				break;
			default:			/* insert a token */
				ins = inserts[rng() % (sizeof(inserts) / sizeof(inserts[0]))];
				n = strlen(ins);
				if (*len + n > cap)
					break;
				memmove(buf + pos + n, buf + pos, *len - pos);
				memcpy(buf + pos, ins, n);
				*len += n;
				break;
		}
	}
}

/* Mutated and truncated seeds must parse without a crash or a bad value. */
static void
test_mutations(const char *dir, int rounds)
{
	DIR		   *dh = opendir(dir);
	struct dirent *de;
	int			parsed = 0;
	int			bad = 0;

	if (dh == NULL)
	{
		CHECK(0, "cannot open %s", dir);
		return;
	}
	while ((de = readdir(dh)) != NULL)
	{
		size_t		len;
		char	   *seed;

		if (de->d_name[0] == '.' || (seed = slurp(dir, de->d_name, &len)) == NULL)
			continue;
		for (int round = 0; round < rounds; round++)
		{
			size_t		cap = len + 4096;
			char	   *buf = malloc(cap);
			size_t		n = len;
			dsc_arena	a;
			dsc_document *doc;

			memcpy(buf, seed, len);
			if (round % 10 == 9)
				n = rng() % (len + 1);	/* a truncated document */
			else
				mutate(buf, &n, cap);
			dsc_arena_init_malloc(&a);
			doc = dsc_parse_document(&a, buf, n, NULL);
			for (int i = 0; i < doc->n_reports; i++)
			{
				dsc_report *r = doc->reports[i];

				if (r->n_proactive > DSC_MAX_PROACTIVE ||
					(r->year != 0 && (r->year < 2000 || r->year > 2100)) ||
					(r->template_kind != DSC_TEMPLATE_2019 &&
					 r->template_kind != DSC_TEMPLATE_2021 &&
					 r->template_kind != DSC_TEMPLATE_UNKNOWN))
					bad++;
			}
			parsed++;
			dsc_arena_free_all(&a);
			free(buf);
		}
		free(seed);
	}
	closedir(dh);
	CHECK(parsed > 0 && bad == 0, "%d mutated documents parsed, %d with impossible values",
		  parsed, bad);
}

static void
test_degenerate(void)
{
	static const char *const inputs[] = {"", "\n", "\n\n\n", "|||||", "\t\t\t",
		"二、主动公开政府信息情况", "\xff\xfe\xfd", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"};
	dsc_arena	a;

	for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++)
	{
		dsc_document *d;

		dsc_arena_init_malloc(&a);
		d = dsc_parse_document(&a, inputs[i], strlen(inputs[i]), NULL);
		CHECK(d != NULL && d->n_reports == 0, "degenerate input %zu gives no report", i);
		dsc_arena_free_all(&a);
	}
}

/* HTML pages read like their seed text; hostile ones are refused plainly. */
static void
test_html(const char *seeds)
{
	static const char *const pairs[][2] = {
		{"000_4f3bfc39153d33d4.txt", "000_damaged.html"},
		{"001_6174489a5f7162cb.txt", "001.html"},
		{"004_76d90fd474e57dbd.txt", "004_damaged.html"},
	};
	char		html_dir[1024];
	dsc_arena	a;

	snprintf(html_dir, sizeof(html_dir), "%s/../html", seeds);
	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
	{
		size_t		len;
		char	   *page = slurp(html_dir, pairs[i][1], &len);
		dsc_document *text_doc;
		dsc_document *html_doc;
		const char *problem;

		if (page == NULL)
		{
			CHECK(0, "cannot read %s", pairs[i][1]);
			continue;
		}
		dsc_arena_init_malloc(&a);
		text_doc = parse_seed(&a, seeds, pairs[i][0]);
		html_doc = dsc_parse_any(&a, page, len, &problem, NULL);
		CHECK(html_doc != NULL && text_doc != NULL &&
			  html_doc->n_reports == text_doc->n_reports &&
			  html_doc->n_reports > 0 &&
			  html_doc->reports[0]->year == text_doc->reports[0]->year &&
			  html_doc->reports[0]->requests[DSC_ROW_TOTAL][DSC_COL_TOTAL].value ==
			  text_doc->reports[0]->requests[DSC_ROW_TOTAL][DSC_COL_TOTAL].value,
			  "%s reads like %s", pairs[i][1], pairs[i][0]);
		dsc_arena_free_all(&a);
		free(page);
	}
	{
		size_t		n = 10000;
		char	   *deep = malloc(n * 5 + 1);
		const char *problem;

		for (size_t i = 0; i < n; i++)
			memcpy(deep + i * 5, "<div>", 5);
		deep[n * 5] = '\0';
		dsc_arena_init_malloc(&a);
		CHECK(dsc_parse_any(&a, deep, n * 5, &problem, NULL) == NULL && problem != NULL,
			  "a page nested 10,000 deep is refused with a reason");
		dsc_arena_free_all(&a);
		free(deep);
	}
}

/* The requests row r of report d as seven numbers, -1 for a blank. */
static bool
row_is(const dsc_report *r, dsc_request_row row, const int *want)
{
	for (int c = 0; c < DSC_NCOLS; c++)
		if (want[c] < 0 ? r->requests[row][c].known :
			!r->requests[row][c].known || r->requests[row][c].value != want[c])
			return false;
	return true;
}

static bool
adds_up(const dsc_split_cand *cand, int n, void *arg)
{
	int64_t		sum = 0;

	for (int i = 0; i < n - 1; i++)
		sum += cand->values[i];
	return sum == cand->values[n - 1];
}

/* Joined digits: every reading, the equations' choice, the bounds. */
static void
test_split(void)
{
	const char *run[] = {"713000074"};
	const char *signed_run[] = {"1-10"};
	const char *zeros[] = {"050"};
	const char *two[] = {"11011"};
	char		long_run[61];
	const char *huge[] = {long_run};
	int			len[1];
	dsc_split_set set;

	len[0] = 9;
	CHECK(dsc_split_tokens(run, len, 1, 7, adds_up, NULL, &set) &&
		  set.n_cands == 1 && set.cands[0].values[0] == 71 &&
		  set.cands[0].values[1] == 3 && set.cands[0].values[6] == 74,
		  "713000074 is 71 3 0 0 0 0 74, the one reading that adds up (%d)", set.n_cands);
	len[0] = 4;
	CHECK(dsc_split_tokens(signed_run, len, 1, 3, NULL, NULL, &set) &&
		  set.n_cands == 1 && set.cands[0].values[0] == 1 &&
		  set.cands[0].values[1] == -1 && set.cands[0].values[2] == 0,
		  "1-10 is 1, -1, 0: a sign starts a cell");
	len[0] = 3;
	CHECK(dsc_split_tokens(zeros, len, 1, 2, NULL, NULL, &set) && set.n_cands == 1 &&
		  set.cands[0].values[0] == 0 && set.cands[0].values[1] == 50,
		  "050 in two cells is 0 50: no cell but 0 starts with a zero");
	len[0] = 5;
	CHECK(dsc_split_tokens(two, len, 1, 3, NULL, NULL, &set) && set.n_cands == 4,
		  "11011 in three cells reads 1 10 11, 1 101 1, 11 0 11 or 110 1 1 (%d)", set.n_cands);
	memset(long_run, '1', 60);
	long_run[60] = '\0';
	len[0] = 60;
	CHECK(dsc_split_tokens(huge, len, 1, 15, NULL, NULL, &set) && set.overflow,
		  "sixty digits in fifteen cells: the search stops and says so");
}

/* Page text with every cell joined, read whole (test/data/real). */
static void
test_joined_page(void)
{
	dsc_arena	a;
	dsc_document *d;
	const dsc_report *r;
	static const int new_received[] = {69, 0, 0, 0, 0, 0, 69};
	static const int not_held[] = {37, 0, 0, 0, 0, 0, 37};

	dsc_arena_init_malloc(&a);
	d = parse_seed(&a, "test/data/real", "pingtan_ziranziyuan_shengtaihuanjingju_2024.txt");
	if (d == NULL || d->n_reports != 1)
	{
		CHECK(0, "one report in the joined page");
		dsc_arena_free_all(&a);
		return;
	}
	r = d->reports[0];
	CHECK(row_is(r, DSC_ROW_NEW_RECEIVED, new_received) &&
		  row_is(r, DSC_ROW_UNAVAILABLE_NOT_HELD, not_held),
		  "690000069 and 370000037 split by the equations");
	CHECK(r->requests_src[DSC_ROW_NEW_RECEIVED][DSC_COL_TOTAL].how == DSC_HOW_SPLIT &&
		  r->requests_src[DSC_ROW_NEW_RECEIVED][DSC_COL_TOTAL].line == 10 &&
		  strstr(r->requests_src[DSC_ROW_NEW_RECEIVED][DSC_COL_TOTAL].text, "690000069"),
		  "the split cell names its line and text");
	CHECK(r->review[0].value == 1 && r->review[3].value == 1 && r->review[4].value == 2 &&
		  r->suit_direct[4].known && r->suit_direct[4].value == 0,
		  "table four '10 0 1 200 0 0 0 0 0 0 00' is 1 0 0 1 2 and zeros");
	CHECK(r->template_kind == DSC_TEMPLATE_2021 && r->year == 2024,
		  "template and year of the joined page");
	dsc_arena_free_all(&a);
}

/*
 * The tables first, 一、总体情况 after table four: the counts its prose
 * states belong to the report (layouts/tablesfirst_*: the label's values).
 * A report of tables alone, then a report in the usual order: the second
 * one's 一 starts it, and its counts are not the first one's.
 */
static void
test_tables_first(void)
{
	dsc_arena	a;
	dsc_document *d;
	size_t		len[2];
	char	   *tables_first = slurp("test/data/layouts",
									 "tablesfirst_wenzhou_2020_liaocheng_2020.txt", &len[0]);
	char	   *usual = slurp("test/data/layouts", "pdfcols_liaocheng_2022.txt", &len[1]);
	char	   *both;
	const char *prose;

	if (tables_first == NULL || usual == NULL)
	{
		CHECK(0, "cannot read the tables-first fixtures");
		free(tables_first);
		free(usual);
		return;
	}
	dsc_arena_init_malloc(&a);
	d = dsc_parse_document(&a, tables_first, len[0], NULL);
	CHECK(d->n_reports == 2 &&
		  d->reports[0]->stated_requests.known && d->reports[0]->stated_requests.value == 241 &&
		  d->reports[0]->stated_proactive.value == 1293 &&
		  d->reports[1]->stated_requests.known && d->reports[1]->stated_requests.value == 177 &&
		  d->reports[1]->stated_proactive.value == 6503 &&
		  d->reports[0]->review[4].value == 7 && d->reports[1]->review[4].value == 5,
		  "tables first: two reports, the counts of each one's 一 after its tables");

	/* the usual report with its 一 cut out, then the usual report */
	prose = strstr(usual, "  一、总体情况");
	both = malloc(len[1] * 2 + 1);
	if (prose != NULL && both != NULL)
	{
		const char *two = strstr(prose, "     二、");
		size_t		o = (size_t) (prose - usual);

		memcpy(both, usual, o);
		memcpy(both + o, two, len[1] - (size_t) (two - usual));
		o += len[1] - (size_t) (two - usual);
		memcpy(both + o, usual, len[1]);
		o += len[1];
		dsc_arena_reset(&a);
		d = dsc_parse_document(&a, both, o, NULL);
		CHECK(d->n_reports == 2 && !d->reports[0]->stated_requests.known &&
			  d->reports[1]->stated_requests.known &&
			  d->reports[1]->stated_requests.value == 337,
			  "tables alone, then a report that starts with 一: two reports, the counts the second's");
	}
	else
		CHECK(0, "the usual fixture has its 一");
	free(both);
	free(tables_first);
	free(usual);
	dsc_arena_free_all(&a);
}

/* Labels apart from numbers: table three by the template's order. */
static void
test_by_order(void)
{
	dsc_arena	a;
	dsc_document *d;
	char		doc[8192];
	int			o = 0;
	static const int first[] = {3, 1, 0, 0, 0, 0, 4};

	/* a 2019 table: 23 rows of seven numbers, one number a line, no labels */
	o += snprintf(doc + o, sizeof(doc) - o,
				  "某局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n规章 0 0 0\n"
				  "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n");
	for (int row = 0; row < 23; row++)
	{
		/* new 3+1, granted 3+1 (outcome), total 4: the rest zero */
		bool		filled = row == 0 || row == 2 || row == 21;

		for (int c = 0; c < 7; c++)
			o += snprintf(doc + o, sizeof(doc) - o, "%d\n",
						  filled ? first[c] : 0);
	}
	o += snprintf(doc + o, sizeof(doc) - o,
				  "四、政府信息公开行政复议、行政诉讼情况\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n"
				  "五、存在的主要问题及改进情况\n无。\n");
	dsc_arena_init_malloc(&a);
	d = dsc_parse_document(&a, doc, (size_t) o, NULL);
	CHECK(d->n_reports == 1 && row_is(d->reports[0], DSC_ROW_NEW_RECEIVED, first) &&
		  row_is(d->reports[0], DSC_ROW_GRANTED, first) &&
		  row_is(d->reports[0], DSC_ROW_TOTAL, first) &&
		  d->reports[0]->requests_src[DSC_ROW_TOTAL][0].how == DSC_HOW_POSITION,
		  "one number a line, no labels: the rows by the template's order");
	/*
	 * The last number gone (a blank cell): it is a cell of 结转下年度, where
	 * every place gives the same table; the rest is read, those cells NULL.
	 */
	doc[strstr(doc, "四、") - doc - 2] = ' ';
	d = dsc_parse_document(&a, doc, (size_t) o, NULL);
	CHECK(d->n_reports == 1 && row_is(d->reports[0], DSC_ROW_TOTAL, first) &&
		  !d->reports[0]->requests[DSC_ROW_CARRIED_FORWARD][0].known &&
		  !d->reports[0]->requests[DSC_ROW_CARRIED_FORWARD][DSC_COL_TOTAL].known &&
		  has_note(d->reports[0], "has no number"),
		  "with a number missing the table is read by order, the cells it may be NULL");
	/* two numbers gone: more than one cell, nothing is read by order */
	doc[strstr(doc, "四、") - doc - 4] = ' ';
	d = dsc_parse_document(&a, doc, (size_t) o, NULL);
	CHECK(d->n_reports == 1 && !d->reports[0]->requests[DSC_ROW_TOTAL][0].known,
		  "with two numbers missing the rows are not read by order");
	dsc_arena_free_all(&a);
}

/* doc with the first from replaced by to; NULL when from is not in it */
static char *
replaced(const char *doc, const char *from, const char *to)
{
	const char *hit = doc ? strstr(doc, from) : NULL;
	size_t		n;
	char	   *out;

	if (hit == NULL)
		return NULL;
	n = strlen(doc) - strlen(from) + strlen(to);
	out = malloc(n + 1);
	memcpy(out, doc, (size_t) (hit - doc));
	strcpy(out + (hit - doc), to);
	strcat(out, hit + strlen(from));
	return out;
}

/* doc with the text between the ends of from and the start of to replaced */
static char *
spliced(const char *doc, const char *from, const char *to, const char *with)
{
	const char *a = strstr(doc, from);
	const char *b = a ? strstr(a, to) : NULL;
	char	   *out;

	if (b == NULL)
		return NULL;
	a += strlen(from);
	out = malloc(strlen(doc) + strlen(with) + 1);
	memcpy(out, doc, (size_t) (a - doc));
	strcpy(out + (a - doc), with);
	strcat(out, b);
	return out;
}

static const char *const narrative_rules[] = {
	"problems_empty", "fees_stated", "statement_year", "all_completed"
};

/*
 * The findings of the narrative rules in a one-report document: how many
 * of the rule given (or of all four, rule NULL); the first one's location
 * and message are kept.
 */
static int
narrative_findings(const char *doc, const char *rule, char *where, size_t size)
{
	dsc_arena	a;
	dsc_document *d;
	dsc_findings f = {0};
	int			n = 0;

	if (doc == NULL)
		return -1;
	dsc_arena_init_malloc(&a);
	d = dsc_parse_document(&a, doc, strlen(doc), NULL);
	if (d->n_reports != 1)
	{
		dsc_arena_free_all(&a);
		return -2;
	}
	dsc_check_report(&a, d->reports[0], &f);
	for (int i = 0; i < f.n; i++)
		for (int k = 0; k < 4; k++)
			if (strcmp(f.items[i].rule, narrative_rules[k]) == 0 &&
				(rule == NULL || strcmp(rule, narrative_rules[k]) == 0))
			{
				if (n++ == 0 && where)
					snprintf(where, size, "%s | %s", f.items[i].location,
							 f.items[i].message);
			}
	dsc_arena_free_all(&a);
	return n;
}

/* One doctored copy: its base, the change, and what it must find. */
typedef struct doctored_case
{
	int			base;			/* 0 管委会办公室 2022, 1 财政金融局 2023, 2 seed
								 * 003, 3 layouts/markdown_liaocheng_2023 */
	const char *from;			/* replaced by to; with splice_end, the text
								 * between from and splice_end is */
	const char *splice_end;
	const char *to;
	const char *rule;
	int			count;
	const char *mentions;		/* in the first finding's location or message */
} doctored_case;

static const doctored_case doctored_cases[] = {
	{0, "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "无。",
	"problems_empty", 1, "says only"},
	{0, "五、存在的主要问题及改进情况", "六、其他需要报告的事项", " ",
	"problems_empty", 1, "is empty"},
	{1, "2023年，无收取信息处理费情况", NULL, "2023年，本局无行政事业性收费",
	"fees_stated", 1, "5949.09"},
	{0, "2022年度本机关未收取信息处理费", NULL, "2022年度本机关收取行政事业性收费12.5万元",
	"fees_stated", 1, "12.5"},
	{0, "2022年共收到政府信息公开申请16件", NULL, "2021年共收到政府信息公开申请16件",
	"statement_year", 1, "2021"},
	/* its table three closes 1 request for a fee notice unpaid */
	{3, "2023年度本机关未收取信息处理费", NULL, "本机关依申请提供政府信息，不收取费用",
	"fees_stated", 1, "fee notices"},
	/* a comparison with another year is no such statement */
	{0, "2022年共收到政府信息公开申请16件", NULL,
		"2022年共收到政府信息公开申请16件，比2021年收到申请16件持平",
	"statement_year", 0, NULL},
	/* nor a plan for the next */
	{0, "2022年共收到政府信息公开申请16件", NULL,
		"2022年共收到政府信息公开申请16件，2023年将力争受理申请16件",
	"statement_year", 0, NULL},
};

/*
 * Each narrative rule fires on a doctored copy of a real report or a seed,
 * and the originals say nothing.  pingtan 财政金融局 2023 charges 5949.09
 * 万元 of 行政事业性收费 and no 信息处理费: no contradiction either.
 */
static void
test_narrative(const char *seeds)
{
	char		dir[1024];
	char		where[2048];
	size_t		len;
	char	   *base[4];
	char	   *doc;

	snprintf(dir, sizeof(dir), "%s/../real", seeds);
	base[0] = slurp(dir, "pingtan_guanweihui_bangongshi_2022.txt", &len);
	base[1] = slurp(dir, "pingtan_caizhengjinrongju_2023.txt", &len);
	base[2] = slurp(seeds, "003_5c245e0f5975cf67.txt", &len);
	snprintf(dir, sizeof(dir), "%s/../layouts", seeds);
	base[3] = slurp(dir, "markdown_liaocheng_2023.txt", &len);
	if (base[0] == NULL || base[1] == NULL || base[2] == NULL || base[3] == NULL)
	{
		CHECK(0, "cannot read the narrative fixtures");
		return;
	}
	for (int b = 0; b < 3; b++)
		CHECK(narrative_findings(base[b], NULL, where, sizeof(where)) == 0,
			  "narrative base %d as printed: no narrative finding (%s)", b, where);
	/* 未收取 (none collected) is no contradiction with a fee notice unpaid */
	CHECK(narrative_findings(base[3], "fees_stated", where, sizeof(where)) == 0,
		  "markdown_liaocheng_2023 as printed: no fees_stated (%s)", where);
	for (size_t i = 0; i < sizeof(doctored_cases) / sizeof(doctored_cases[0]); i++)
	{
		const doctored_case *c = &doctored_cases[i];
		int			n;

		doc = c->splice_end ? spliced(base[c->base], c->from, c->splice_end, c->to) :
			replaced(base[c->base], c->from, c->to);
		where[0] = '\0';
		n = narrative_findings(doc, c->rule, where, sizeof(where));
		CHECK(n == c->count && (c->mentions == NULL || strstr(where, c->mentions) != NULL),
			  "%s -> %s: %d %s, %d expected (%s)", c->from, c->to, n, c->rule,
			  c->count, where);
		free(doc);
	}

	/* all completed, yet 1 request carried forward */
	{
		char	   *d1 = replaced(base[2], "我处未收到政府信息公开申请",
								  "我处共收到政府信息公开申请1件，已全部办结");
		char	   *d2 = replaced(d1, "一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
								  "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |");
		char	   *d3 = replaced(d2, "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
								  "四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |");
		CHECK(narrative_findings(d3, "all_completed", where, sizeof(where)) == 1 &&
			  strstr(where, "carries 1 forward") != NULL,
			  "all completed, 1 carried forward: all_completed (%s)", where);
		free(d1);
		free(d2);
		free(d3);
	}
	for (int b = 0; b < 4; b++)
		free(base[b]);
}

/* doc with head before it and tail after it, parsed in a (reset first). */
static dsc_document *
parse_between(dsc_arena *a, const char *head, const char *doc, const char *tail)
{
	size_t		n = strlen(head) + strlen(doc) + strlen(tail);
	char	   *with = malloc(n + 1);
	dsc_document *d;

	strcpy(with, head);
	strcat(with, doc);
	strcat(with, tail);
	dsc_arena_reset(a);
	/* the parse keeps nothing of its input: the copy goes at once */
	d = dsc_parse_document(a, with, n, NULL);
	free(with);
	return d;
}

/*
 * A page's dated links after the signature ('上一篇：…的通知 2022-06-10') are
 * not its date; a signature dated in Chinese numerals is.
 */
static void
test_signature_date(void)
{
	static const char *const tails[] = {
		"\n上一篇：关于开展节能宣传周活动的通知 2022-06-10\n",
		"\n相关链接：\n松江区机关事务管理局2020年政府信息公开工作年度报告 2021-01-25\n",
	};
	size_t		len;
	char	   *doc = fixture("test/data/layouts", "renumbered_songjiang_2021.txt", &len);
	dsc_arena	a;

	if (doc == NULL)
		return;
	dsc_arena_init_malloc(&a);
	for (size_t i = 0; i < sizeof(tails) / sizeof(tails[0]); i++)
	{
		dsc_document *d = parse_between(&a, "", doc, tails[i]);

		CHECK(d->n_reports == 1 && d->reports[0]->published_year == 2022 &&
			  d->reports[0]->published_month == 1 && d->reports[0]->published_day == 26,
			  "a dated link after the signature (%zu) is not the report's date", i);
	}
	{
		char	   *cn = replaced(doc, "2022年1月26日", "二〇二二年一月二十六日");
		dsc_document *d;

		dsc_arena_reset(&a);
		d = dsc_parse_document(&a, cn, strlen(cn), NULL);
		CHECK(d->n_reports == 1 && d->reports[0]->published_year == 2022 &&
			  d->reports[0]->published_day == 26, "a signature dated 二〇二二年一月二十六日");
		free(cn);
	}
	free(doc);
	dsc_arena_free_all(&a);
}

/*
 * Page chrome before the article: a sidebar's link to another report, a
 * breadcrumb naming another year, a list of the site's reports.  The title
 * nearest the report names it; a title after the chrome (a page whose
 * breadcrumb follows its <title>) gives way to the statistics period.
 */
static void
test_title_nearest(void)
{
	static const char *const heads[] = {
		"某市财政局2020年政府信息公开工作年度报告\n",
		"当前位置：首页 > 政府信息公开 > 政府信息公开年报 > 2020年度\n",
		"相关报告\n松江区教育局2019年政府信息公开工作年度报告\n"
		"上海市松江区财政局2022年政府信息公开工作年度报告\n",
	};
	size_t		len;
	char	   *doc = fixture("test/data/layouts", "renumbered_songjiang_2021.txt", &len);
	dsc_arena	a;

	if (doc == NULL)
		return;
	dsc_arena_init_malloc(&a);
	for (size_t i = 0; i < sizeof(heads) / sizeof(heads[0]); i++)
	{
		dsc_document *d = parse_between(&a, heads[i], doc, "");

		CHECK(d->n_reports == 1 && d->reports[0]->year == 2021 &&
			  d->reports[0]->agency != NULL &&
			  strcmp(d->reports[0]->agency, "上海市松江区机关事务管理局") == 0,
			  "page chrome before the title (%zu) names neither year nor agency", i);
	}
	{
		/* the breadcrumb after the title: the period says which year */
		char	   *after = replaced(doc, "\n\n本报告根据",
									 "\n当前位置：首页 > 政府信息公开年报 > 2020年度\n\n本报告根据");
		dsc_document *d;

		dsc_arena_reset(&a);
		d = dsc_parse_document(&a, after, strlen(after), NULL);
		CHECK(d->n_reports == 1 && d->reports[0]->year == 2021,
			  "a breadcrumb of another year after the title (got %d)",
			  d->n_reports ? d->reports[0]->year : -1);
		free(after);
	}
	free(doc);
	dsc_arena_free_all(&a);
}

/* The value of a proactive item's measure, "" when absent, NULL when blank. */
static const char *
proactive_value(const dsc_report *r, const char *item, const char *measure)
{
	for (int i = 0; i < r->n_proactive; i++)
		if (strcmp(r->proactive[i].item, item) == 0 &&
			strcmp(r->proactive[i].measure, measure) == 0)
			return r->proactive[i].value;
	return "";
}

/*
 * Table two's rows with more numbers than cells: a number written with
 * spaces between its thousands in one cell ('3 656', as '3&nbsp;656' on a
 * page) is read whole; a stray number of its own cell leaves the row blank,
 * never its first numbers kept and the rest dropped.
 */
static void
test_crowded_item(void)
{
	static const struct
	{
		const char *from;
		const char *to;
		const char *item;
		const char *values[3];	/* NULL: blank */
	}			cases[] = {
		{"行政许可\t1\t12\t3656", "行政许可\t1\t12\t3 656", "licensing", {"1", "12", "3656"}},
		{"行政处罚\t46\t-3\t3699", "行政处罚\t46\t-3\t3 699", "penalty", {"46", "-3", "3699"}},
		{"行政许可\t1\t12\t3656", "行政许可\t1\t12\t3656\t7", "licensing", {NULL, NULL, NULL}},
		{"行政许可\t1\t12\t3656", "行政许可\t1\t12\t3\t656", "licensing", {NULL, NULL, NULL}},
	};
	static const char *const measures[] = {"previous_count", "change", "decisions"};
	size_t		len;
	char	   *doc = fixture("test/data/layouts", "renumbered_songjiang_2021.txt", &len);
	dsc_arena	a;

	if (doc == NULL)
		return;
	dsc_arena_init_malloc(&a);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		char	   *v = replaced(doc, cases[i].from, cases[i].to);
		dsc_document *d;

		dsc_arena_reset(&a);
		d = dsc_parse_document(&a, v, strlen(v), NULL);
		CHECK(d->n_reports == 1, "crowded item %zu: one report", i);
		for (int m = 0; m < 3 && d->n_reports == 1; m++)
		{
			const char *got = proactive_value(d->reports[0], cases[i].item, measures[m]);
			bool		ok = cases[i].values[m] == NULL ? got == NULL :
				(got != NULL && strcmp(got, cases[i].values[m]) == 0);

			CHECK(ok, "crowded item %zu: %s.%s is %s", i, cases[i].item,
				  measures[m], got ? got : "NULL");
		}
		free(v);
	}
	free(doc);
	dsc_arena_free_all(&a);
}

/*
 * A row left blank in the source (2.申请人逾期未按收费通知要求缴纳费用…) above a
 * label the reader does not know ('3.其他（七）總計', traditional characters,
 * on a one-line page): the unknown label starts with its own ordinal, so its
 * numbers are never given to the blank row above by that row's words.
 */
static void
test_numbered_label_whole(void)
{
	size_t		len;
	char	   *doc = fixture("test/data/real", "pingtan_shichangjianduguanliju_2023.txt", &len);
	char	   *v;
	dsc_arena	a;
	dsc_document *d;

	if (doc == NULL)
		return;
	v = replaced(doc, "（七）总计", "（七）總計");
	dsc_arena_init_malloc(&a);
	d = dsc_parse_document(&a, v, strlen(v), NULL);
	CHECK(d->n_reports == 1, "numbered label: one report");
	for (int c = 0; c < DSC_NCOLS && d->n_reports == 1; c++)
		CHECK(!d->reports[0]->requests[DSC_ROW_OTHER_NO_FEE][c].known,
			  "the blank row other_no_fee takes no numbers (column %d: %d)", c,
			  d->reports[0]->requests[DSC_ROW_OTHER_NO_FEE][c].value);
	free(v);
	free(doc);
	dsc_arena_free_all(&a);
}

/* Whether every cell of table three that a knows has b's value. */
static bool
requests_agree(const dsc_report *a, const dsc_report *b, int *known)
{
	*known = 0;
	for (int r = 0; r < DSC_NROWS; r++)
		for (int c = 0; c < DSC_NCOLS; c++)
			if (a->requests[r][c].known)
			{
				(*known)++;
				if (!b->requests[r][c].known ||
					a->requests[r][c].value != b->requests[r][c].value)
					return false;
			}
	return true;
}

static char *replaced_all(const char *s, char c, const char *with);

/*
 * PDF text with table three's numbers apart from their labels.  A bare page
 * number among the numbers is told from the cells by the equations; with a
 * cell lost instead, rows whose labels follow their numbers are not read by
 * those labels when the equations break; a row of one number a line with a
 * number lost is never read as joined digits ('15' as 1 and 5).  The
 * documents as rendered are read whole (bench/score.py checks their values).
 */
static void
test_pdf_rows(void)
{
	size_t		len;
	char	   *after = slurp("test/data/layouts", "oneperline_after_liaocheng_2022.txt", &len);
	char	   *lines = slurp("test/data/layouts", "renumbered_songjiang_2021.txt", &len);
	dsc_arena	a,
				b;
	dsc_document *whole,
			   *d;
	char	   *v;
	int			known = 0;

	if (after == NULL || lines == NULL)
	{
		CHECK(0, "cannot read the layouts");
		return;
	}
	dsc_arena_init_malloc(&a);
	dsc_arena_init_malloc(&b);
	whole = dsc_parse_document(&a, after, strlen(after), NULL);
	CHECK(whole->n_reports == 1 && dsc_requests_consistent(whole->reports[0]) &&
		  has_note(whole->reports[0], "page number"),
		  "a bare page number inside table three is left out by the equations");
	/* the page number gone and one cell lost: no row is read by the wrong label */
	{
		char	   *no_page = replaced(after, "\n\n7\n\n", "\n");

		v = no_page ? replaced(no_page, "\n208\n", "\n") : NULL;
		free(no_page);
	}
	if (v == NULL)
	{
		CHECK(0, "the page number or the cell to take out is not in the layout");
		return;
	}
	d = dsc_parse_document(&b, v, strlen(v), NULL);
	CHECK(d->n_reports == 1 && whole->n_reports == 1 &&
		  dsc_requests_consistent(whole->reports[0]) &&
		  requests_agree(d->reports[0], whole->reports[0], &known) && known < 175,
		  "labels after their numbers, a cell lost: every cell read is right (%d known)", known);
	free(v);
	/*
	 * A row of one number a line whose blank cell left no line: 8 5 0 1 1 _ 15
	 * is six numbers, never 8 5 0 1 1 1 5.
	 */
	dsc_arena_reset(&b);
	v = replaced(lines, "三、本年度办理结果\t（五）不予处理\t2.重复申请\t1\t0\t4\t1\t0\t0\t6",
				 "2.重复申请\n8\n5\n0\n1\n1\n15");
	if (v == NULL)
	{
		CHECK(0, "the row 2.重复申请 is not in the layout");
		return;
	}
	d = dsc_parse_document(&b, v, strlen(v), NULL);
	CHECK(d->n_reports == 1 &&
		  !d->reports[0]->requests[DSC_ROW_DECLINED_REPEAT][DSC_COL_OTHER_ORG].known &&
		  (!d->reports[0]->requests[DSC_ROW_DECLINED_REPEAT][DSC_COL_TOTAL].known ||
		   d->reports[0]->requests[DSC_ROW_DECLINED_REPEAT][DSC_COL_TOTAL].value == 15),
		  "one number a line, a blank cell without its line: 15 is not split");
	free(v);
	/*
	 * One cell a line, labels before their numbers, and an error of the
	 * source's own (2.重复申请 总计 6 printed 7): the rows are read as
	 * printed, so that the checks report the error, not left NULL.
	 */
	{
		char	   *one = replaced_all(lines, '\t', "\n");
		char	   *typo = replaced(one, "2.重复申请\n1\n0\n4\n1\n0\n0\n6",
									"2.重复申请\n1\n0\n4\n1\n0\n0\n7");

		dsc_arena_reset(&b);
		d = typo ? dsc_parse_document(&b, typo, strlen(typo), NULL) : NULL;
		CHECK(d != NULL && d->n_reports == 1 &&
			  d->reports[0]->requests[DSC_ROW_DECLINED_REPEAT][DSC_COL_TOTAL].known &&
			  d->reports[0]->requests[DSC_ROW_DECLINED_REPEAT][DSC_COL_TOTAL].value == 7 &&
			  dsc_requests_broken(d->reports[0]) > 0,
			  "one cell a line, labels first, a source's typo: read as printed");
		free(one);
		free(typo);
	}
	free(after);
	free(lines);
	dsc_arena_free_all(&a);
	dsc_arena_free_all(&b);
}

/* The date a report was published, as yyyymmdd, or 0. */
static int
published_of(const dsc_report *r)
{
	return r->published_year * 10000 + r->published_month * 100 + r->published_day;
}

/*
 * A page around the report: its 发布时间 under the title, or in the bar after
 * the report; a list of the site's other reports, each with its date, above
 * the title; another body's signed notice or related links after the
 * signature; a title whose year is in Chinese numerals, or no title at all.
 */
static void
test_page_dates(void)
{
	static const struct
	{
		const char *head;
		const char *tail;
		int			published;
	}			cases[] = {
		{"", "\n\n上海市人民政府办公室\n2023年3月1日\n", 20220126},
		{"", "\n相关文章\n松江区教育局2020年政府信息公开工作年度报告\n2021-01-25\n", 20220126},
		{"政府信息公开年报\n上海市松江区机关事务管理局2020年政府信息公开工作年度报告 发布时间：2021-01-20\n"
			"上海市松江区机关事务管理局2019年政府信息公开工作年度报告 发布时间：2020-01-20\n",
		"", 20220126},
		{"", "\n\n发布时间：2022-01-28 10:23:51 来源：松江区机关事务管理局 浏览次数：12\n"
			"上一篇：松江区机关事务管理局2020年政府信息公开工作年度报告 发布时间：2021-01-20\n", 20220128},
	};
	size_t		len;
	char	   *doc = fixture("test/data/layouts", "renumbered_songjiang_2021.txt", &len);
	dsc_arena	a;

	if (doc == NULL)
		return;
	dsc_arena_init_malloc(&a);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		dsc_document *d = parse_between(&a, cases[i].head, doc, cases[i].tail);

		CHECK(d->n_reports == 1 && published_of(d->reports[0]) == cases[i].published &&
			  d->reports[0]->year == 2021,
			  "page dates %zu: published %d, year %d", i,
			  d->n_reports ? published_of(d->reports[0]) : -1,
			  d->n_reports ? d->reports[0]->year : -1);
	}
	{
		/* the title's year in Chinese numerals, a list of dated titles above */
		char	   *cn = replaced(doc, "上海市松江区机关事务管理局2021年政府信息公开工作年度报告",
								  "相关报告\n上海市松江区机关事务管理局2019年政府信息公开工作年度报告 2020-01-20\n"
								  "上海市松江区机关事务管理局二〇二一年政府信息公开工作年度报告");
		/* no title at all, the list only: the statistics period's year */
		char	   *none = replaced(doc, "上海市松江区机关事务管理局2021年政府信息公开工作年度报告",
									"上海市松江区机关事务管理局2020年政府信息公开工作年度报告 2021-01-20\n"
									"上海市松江区机关事务管理局2019年政府信息公开工作年度报告 2020-01-20\n");
		dsc_document *d;

		dsc_arena_reset(&a);
		d = cn ? dsc_parse_document(&a, cn, strlen(cn), NULL) : NULL;
		CHECK(d != NULL && d->n_reports == 1 && d->reports[0]->year == 2021,
			  "a title whose year is 二〇二一年 below a dated list (got %d)",
			  d && d->n_reports ? d->reports[0]->year : -1);
		dsc_arena_reset(&a);
		d = none ? dsc_parse_document(&a, none, strlen(none), NULL) : NULL;
		CHECK(d != NULL && d->n_reports == 1 && d->reports[0]->year == 2021,
			  "no title, a dated list of other years above (got %d)",
			  d && d->n_reports ? d->reports[0]->year : -1);
		free(cn);
		free(none);
	}
	free(doc);
	dsc_arena_free_all(&a);
}

/*
 * A group's ordinal run into its first row's label, as PDF columns wrap the
 * group's words beside the row ('（六）其 2.申请人逾期未按'): the row's own
 * words name it, never the group's （六） (the single 2019-style row).
 */
static void
test_group_label_run_in(void)
{
	size_t		len;
	char	   *doc = fixture("test/data/layouts", "renumbered_liaocheng_2023_seed.txt", &len);
	char	   *v;
	dsc_arena	a;
	dsc_document *d;

	if (doc == NULL)
		return;
	v = replaced(doc, "| 三、本年度办理结果 | （六）其他处理 | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
				 "| （六）其 2.申请人逾期未按 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |");
	if (v == NULL)
	{
		CHECK(0, "the row （六）2. is not in the layout");
		free(doc);
		return;
	}
	dsc_arena_init_malloc(&a);
	d = dsc_parse_document(&a, v, strlen(v), NULL);
	CHECK(d->n_reports == 1 && d->reports[0]->requests[DSC_ROW_OTHER][0].known &&
		  d->reports[0]->requests[DSC_ROW_OTHER][0].value == 0 &&
		  d->reports[0]->requests[DSC_ROW_OTHER][DSC_COL_TOTAL].value == 0 &&
		  (!d->reports[0]->requests[DSC_ROW_OTHER_NO_FEE][0].known ||
		   d->reports[0]->requests[DSC_ROW_OTHER_NO_FEE][0].value == 1),
		  "（六）其 2.申请人逾期未按…: the numbers are not （六）3.其他's");
	free(v);
	free(doc);
	dsc_arena_free_all(&a);
}

/*
 * Table two with each item's numbers printed before its label, as PDF text
 * gives it: '1\t1\t345' then '规章'.  Every item takes the numbers above it;
 * with one item's numbers missing, the rows are read as they stand.
 */
static void
test_numbers_first(void)
{
	static const char *const rows[][2] = {
		{"规章\t1\t1\t345", "1\t1\t345\n规章"},
		{"规范性文件\t21\t21\t83", "21\t21\t83\n规范性文件"},
		{"行政许可\t1\t12\t3656", "1\t12\t3656\n行政许可"},
		{"其他对外管理服务事项\t78\t4\t4493", "78\t4\t4493\n其他对外管理服务事项"},
		{"行政处罚\t46\t-3\t3699", "46\t-3\t3699\n行政处罚"},
		{"行政强制\t16\t10\t166", "16\t10\t166\n行政强制"},
		{"行政事业性收费\t2\t5", "2\t5\n行政事业性收费"},
		{"政府集中采购\t150\t7.63182亿元", "150\t7.63182亿元\n政府集中采购"},
	};
	size_t		len;
	char	   *doc = fixture("test/data/layouts", "renumbered_songjiang_2021.txt", &len);
	char	   *v = doc;
	dsc_arena	a;
	dsc_document *d;
	const dsc_report *r;

	if (doc == NULL)
		return;
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]) && v != NULL; i++)
	{
		char	   *next = replaced(v, rows[i][0], rows[i][1]);

		if (v != doc)
			free(v);
		v = next;
	}
	if (v == NULL)
	{
		CHECK(0, "table two's rows are not in the layout");
		free(doc);
		return;
	}
	dsc_arena_init_malloc(&a);
	d = dsc_parse_document(&a, v, strlen(v), NULL);
	r = d->n_reports == 1 ? d->reports[0] : NULL;
	CHECK(r != NULL && strcmp(proactive_value(r, "regulations", "total_published") ?: "", "345") == 0 &&
		  strcmp(proactive_value(r, "penalty", "change") ?: "", "-3") == 0 &&
		  strcmp(proactive_value(r, "fees", "change") ?: "", "5") == 0 &&
		  r->has_procurement && r->procurement_projects.value == 150,
		  "table two with each item's numbers before its label is read whole");
	/* a label broken over two lines: the layout is not borne out, no item shifts */
	{
		char	   *broken = replaced(v, "2\t5\n行政事业性收费", "2\t5\n行政事\n业性收费");

		dsc_arena_reset(&a);
		d = broken ? dsc_parse_document(&a, broken, strlen(broken), NULL) : NULL;
		r = d != NULL && d->n_reports == 1 ? d->reports[0] : NULL;
		CHECK(r != NULL &&
			  strcmp(proactive_value(r, "regulations", "total_published") ?: "", "83") != 0 &&
			  strcmp(proactive_value(r, "penalty", "decisions") ?: "", "166") != 0,
			  "a broken label in that layout: no item takes the next one's");
		free(broken);
	}
	/* 规章's numbers gone: the layout is no longer certain, no item shifts */
	{
		char	   *gone = replaced(v, "1\t1\t345\n规章", "规章");

		dsc_arena_reset(&a);
		d = gone ? dsc_parse_document(&a, gone, strlen(gone), NULL) : NULL;
		r = d != NULL && d->n_reports == 1 ? d->reports[0] : NULL;
		CHECK(r != NULL &&
			  strcmp(proactive_value(r, "regulations", "total_published") ?: "", "83") != 0 &&
			  strcmp(proactive_value(r, "licensing", "decisions") ?: "", "4493") != 0 &&
			  strcmp(proactive_value(r, "penalty", "decisions") ?: "", "166") != 0,
			  "one item's numbers missing: no item takes the next one's");
		free(gone);
	}
	free(v);
	free(doc);
	dsc_arena_free_all(&a);
}

/* s with every byte c replaced by the string with (a fresh copy). */
static char *
replaced_all(const char *s, char c, const char *with)
{
	size_t		n = 0;
	char	   *out;
	char	   *o;

	for (const char *p = s; *p; p++)
		n += *p == c ? strlen(with) : 1;
	o = out = malloc(n + 1);
	for (const char *p = s; *p; p++)
		if (*p == c)
			o += strlen(strcpy(o, with));
		else
			*o++ = *p;
	*o = '\0';
	return out;
}

/*
 * A table drawn in box characters, as w3m and lynx print a page: its rules
 * (│, and ┼ ├ ┤ in the rule lines) separate cells as '|' does.
 */
static void
test_box_drawn(void)
{
	size_t		len;
	char	   *doc = fixture("test/data/layouts", "renumbered_liaocheng_2023_seed.txt", &len);
	char	   *box;
	dsc_arena	a,
				b;
	dsc_document *piped,
			   *drawn;
	int			known = 0;

	if (doc == NULL)
		return;
	box = replaced_all(doc, '|', "│");
	dsc_arena_init_malloc(&a);
	dsc_arena_init_malloc(&b);
	piped = dsc_parse_document(&a, doc, len, NULL);
	drawn = dsc_parse_document(&b, box, strlen(box), NULL);
	CHECK(piped->n_reports == 1 && drawn->n_reports == 1 &&
		  dsc_requests_consistent(drawn->reports[0]) &&
		  requests_agree(drawn->reports[0], piped->reports[0], &known) &&
		  drawn->reports[0]->has_review &&
		  drawn->reports[0]->review[DSC_REVIEW_TOTAL].known,
		  "a table drawn with │ reads as with | (%d cells)", known);
	/*
	 * The text a browser gives of Word's table cells: each cell on its own
	 * line between lines of a tab ('a\n\n\t\n\nb'); a cell left blank.
	 */
	{
		char	   *tabbed = slurp("test/data/layouts", "renumbered_songjiang_2021.txt", &len);
		char	   *cells = tabbed ? replaced_all(tabbed, '\t', "\n\n\t\n\n") : NULL;
		char	   *blank = cells ? replaced(cells, "2.重复申请\n\n\t\n\n1\n\n\t\n\n0\n",
											 "2.重复申请\n\n\t\n\n1\n\n\t\n\n\n") : NULL;
		dsc_document *whole;

		dsc_arena_reset(&a);
		dsc_arena_reset(&b);
		whole = tabbed ? dsc_parse_document(&a, tabbed, len, NULL) : NULL;
		drawn = blank ? dsc_parse_document(&b, blank, strlen(blank), NULL) : NULL;
		CHECK(whole != NULL && drawn != NULL && drawn->n_reports == 1 &&
			  requests_agree(drawn->reports[0], whole->reports[0], &known) &&
			  known > 150 &&
			  strcmp(proactive_value(drawn->reports[0], "penalty", "decisions") ?: "", "3699") == 0,
			  "cells between lines of a tab, one blank: read as the table (%d cells)", known);
		free(tabbed);
		free(cells);
		free(blank);
	}
	free(box);
	free(doc);
	dsc_arena_free_all(&a);
	dsc_arena_free_all(&b);
}

/*
 * A page whose cells run together, with labels other sites write: the rows
 * are cut by their shape (an ordinal or 合计 right after the numbers before
 * it) and read as on the original page; labels too short to know leave
 * cells blank, never another row's numbers.
 */
typedef struct label_variant
{
	const char *from;
	const char *to;
	bool		complete;		/* every cell as on the original */
} label_variant;

static void
test_oneline_labels(void)
{
	static const label_variant variants[] = {
		{"二、上年结转", "二、上年度结转", true},
		{"（二）部分公开", "（二）部份公开", true},
		{"5.属于三类内部事务信息", "5.属于内部事务信息", true},
		{"6.属于四类过程性信息", "6.属于过程性信息", true},
		{"（七）总计", "（七）合计", true},
		{"1.本机关不掌握相关政府信息", "不掌握", false},
		{"1.属于国家秘密", "国家秘密", false},
	};
	size_t		len;
	char	   *doc = fixture("test/data/real", "pingtan_guanweihui_bangongshi_2022.txt", &len);
	dsc_arena	a;
	dsc_arena	b;
	dsc_document *orig;

	if (doc == NULL)
		return;
	dsc_arena_init_malloc(&a);
	dsc_arena_init_malloc(&b);
	orig = dsc_parse_document(&a, doc, len, NULL);
	for (size_t i = 0; i < sizeof(variants) / sizeof(variants[0]); i++)
	{
		char	   *v = replaced(doc, variants[i].from, variants[i].to);
		dsc_document *d;
		int			wrong = 0;
		int			blank = 0;

		if (v == NULL)
		{
			CHECK(0, "the page holds '%s'", variants[i].from);
			continue;
		}
		dsc_arena_reset(&b);
		d = dsc_parse_document(&b, v, strlen(v), NULL);
		for (int r = 0; r < DSC_NROWS && d->n_reports == 1; r++)
			for (int c = 0; c < DSC_NCOLS; c++)
			{
				const dsc_int *want = &orig->reports[0]->requests[r][c];
				const dsc_int *got = &d->reports[0]->requests[r][c];

				if (got->known && (!want->known || got->value != want->value))
					wrong++;
				else if (want->known && !got->known)
					blank++;
			}
		CHECK(d->n_reports == 1 && wrong == 0 && (!variants[i].complete || blank == 0),
			  "one-line page, '%s' for '%s': %d cells wrong, %d blank",
			  variants[i].to, variants[i].from, wrong, blank);
		free(v);
	}
	free(doc);
	dsc_arena_free_all(&a);
	dsc_arena_free_all(&b);
}

/*
 * A bare page number among one-cell lines ('3' after the label 1.属于国家秘密)
 * is a number no column is known for: the row stays blank, not 3 in its
 * first column.
 */
static void
test_bare_page_number(void)
{
	size_t		len;
	char	   *doc = fixture("test/data/layouts", "oneperline_huaian_2024.txt", &len);
	char	   *v;
	dsc_arena	a;
	dsc_document *d;
	const dsc_int *cell;

	if (doc == NULL)
		return;
	v = replaced(doc, "1.属于国家秘密\n", "1.属于国家秘密\n3\n");
	if (v == NULL)
	{
		CHECK(0, "oneperline_huaian_2024.txt holds 1.属于国家秘密");
		free(doc);
		return;
	}
	dsc_arena_init_malloc(&a);
	d = dsc_parse_document(&a, v, strlen(v), NULL);
	cell = &d->reports[0]->requests[DSC_ROW_REFUSED_STATE_SECRET][0];
	CHECK(d->n_reports == 1 && (!cell->known || cell->value == 0),
		  "a bare page number is not a count (got %d, known %d)", cell->value, cell->known);
	free(v);
	free(doc);
	dsc_arena_free_all(&a);
}

/*
 * Two reports in one file whose section headings are numbered (二) or not
 * at all: two reports, each with its own table four, as with 二、.
 */
static void
test_headings_unusual(void)
{
	static const char *const numerals = "一二三四五六";
	size_t		len[2];
	char	   *docs[2] = {
		slurp("test/data/layouts", "markdown_liaocheng_2020.txt", &len[0]),
		slurp("test/data/layouts", "markdown_liaocheng_2023.txt", &len[1])
	};
	dsc_arena	a;

	if (docs[0] == NULL || docs[1] == NULL)
	{
		CHECK(0, "cannot read the markdown fixtures");
		free(docs[0]);
		free(docs[1]);
		return;
	}
	dsc_arena_init_malloc(&a);
	for (int style = 0; style < 2; style++)
	{
		char	   *both = malloc(len[0] + len[1] + 2);
		dsc_document *d;

		sprintf(both, "%s\n%s", docs[0], docs[1]);
		for (int i = 0; i < 6; i++)
		{
			char		from[16];
			char		to[16];
			char	   *next;

			snprintf(from, sizeof(from), "## %.3s、", numerals + 3 * i);
			snprintf(to, sizeof(to), style == 0 ? "## （%.3s）" : "## ", numerals + 3 * i);
			/* both reports' headings */
			for (int k = 0; k < 2; k++)
			{
				if ((next = replaced(both, from, to)) != NULL)
				{
					free(both);
					both = next;
				}
			}
		}
		dsc_arena_reset(&a);
		d = dsc_parse_document(&a, both, strlen(both), NULL);
		CHECK(d->n_reports == 2 && d->reports[0]->year == 2020 && d->reports[1]->year == 2023 &&
			  d->reports[0]->has_review && d->reports[1]->has_review &&
			  d->reports[0]->review[4].value != d->reports[1]->review[4].value,
			  "two reports, headings %s: two reports, each its own table four (got %d)",
			  style == 0 ? "（二）" : "unnumbered", d->n_reports);
		free(both);
	}
	free(docs[0]);
	free(docs[1]);
	dsc_arena_free_all(&a);
}

/*
 * A row with cells left out (merged in a page, lost in a PDF's text): when
 * its last number is the sum of the others it is the total, and the other
 * numbers' columns are unknown: only the total is read.
 */
static void
test_short_row(void)
{
	size_t		len;
	char	   *doc = fixture("test/data/seeds", "003_5c245e0f5975cf67.txt", &len);
	char	   *v;
	dsc_arena	a;
	dsc_document *d;

	if (doc == NULL)
		return;
	v = replaced(doc, "不计其他情形) | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "不计其他情形) | 5 | 1 | 6 |");
	if (v == NULL)
	{
		CHECK(0, "seed 003 holds its 部分公开 row");
		free(doc);
		return;
	}
	dsc_arena_init_malloc(&a);
	d = dsc_parse_document(&a, v, strlen(v), NULL);
	CHECK(d->n_reports == 1 &&
		  d->reports[0]->requests[DSC_ROW_PARTIALLY_GRANTED][DSC_COL_TOTAL].known &&
		  d->reports[0]->requests[DSC_ROW_PARTIALLY_GRANTED][DSC_COL_TOTAL].value == 6 &&
		  !d->reports[0]->requests[DSC_ROW_PARTIALLY_GRANTED][0].known &&
		  !d->reports[0]->requests[DSC_ROW_PARTIALLY_GRANTED][1].known,
		  "a short row '5 1 6': the total 6, the columns of 5 and 1 unknown");
	free(v);
	free(doc);
	dsc_arena_free_all(&a);
}

int
main(int argc, char **argv)
{
	const char *seeds = argc > 1 ? argv[1] : "test/data/seeds";
	int			rounds = argc > 2 ? atoi(argv[2]) : 300;

	test_arena_reuse();
	test_wordset();
	test_numbers();
	test_amounts();
	test_dates();
	test_cells();
	test_split();
	test_joined_page();
	test_by_order();
	test_tables_first();
	test_signature_date();
	test_title_nearest();
	test_crowded_item();
	test_numbered_label_whole();
	test_pdf_rows();
	test_page_dates();
	test_group_label_run_in();
	test_numbers_first();
	test_box_drawn();
	test_oneline_labels();
	test_bare_page_number();
	test_headings_unusual();
	test_short_row();
	test_seeds(seeds);
	test_identity();
	test_prose();
	test_html(seeds);
	test_degenerate();
	test_narrative(seeds);
	test_mutations(seeds, rounds);
	printf("%d passed, %d failed\n", passed, failed);
	return failed == 0 ? 0 : 1;
}
