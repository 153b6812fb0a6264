/*
 * core_bench.c
 *	  The parser core alone, without PostgreSQL: throughput and memory.
 *
 *	  core_bench [-n ITERATIONS] [-t MIN_SECONDS] INPUT...
 *		Read every document into memory, then parse them all, ITERATIONS
 *		times (default 5; more until MIN_SECONDS have passed, default 0),
 *		in one malloc arena reset between documents, as the extension
 *		keeps one for a query's calls.  Prints one line of key=value pairs:
 *		documents, bytes, reports found per pass, the median pass time, and
 *		from it MB/s (10^6 bytes) and reports/s on one core (one thread).
 *
 *	  core_bench -m FILE
 *		Parse one document once and report its memory: the bytes the arena
 *		obtained (arena->total), and the process's peak resident set size
 *		(getrusage ru_maxrss) before and after the parse, all against the
 *		size of the input.
 *
 *	  core_bench -g FILE
 *		Parse one document once, text or HTML (dsc_parse_any), with an
 *		interrupt hook that notes the time of each call, and print the
 *		longest time between two checks for interrupts (the start and the
 *		end of the parse count as checks): the longest a cancel would wait
 *		in a server backend, on this machine, for the core's part.
 *
 *	  An INPUT is a directory (each *.txt file in it is one document), a
 *	  file ending in .copy (PostgreSQL COPY text format: one document per
 *	  line, as bench/gen_corpus.py writes it), or any other file (one
 *	  document).
 *
 *	  Build: make -C bench (see bench/Makefile).
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "dsc_html.h"
#include "dsc_report.h"

typedef struct doc
{
	char	   *text;
	size_t		len;
} doc;

static doc *docs;
static int	n_docs;
static int	cap_docs;

static void
die(const char *what, const char *path)
{
	fprintf(stderr, "core_bench: %s %s: %s\n", what, path, strerror(errno));
	exit(2);
}

static void
add_doc(char *text, size_t len)
{
	if (n_docs == cap_docs)
	{
		cap_docs = cap_docs ? cap_docs * 2 : 64;
		docs = realloc(docs, sizeof(doc) * (size_t) cap_docs);
		if (!docs)
			die("out of memory", "");
	}
	docs[n_docs].text = text;
	docs[n_docs].len = len;
	n_docs++;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	struct stat st;
	char	   *buf;

	if (!f || fstat(fileno(f), &st) != 0)
		die("cannot read", path);
	buf = malloc((size_t) st.st_size + 1);
	if (!buf)
		die("out of memory reading", path);
	*len = fread(buf, 1, (size_t) st.st_size, f);
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

/* Undo COPY text escaping in place; returns the new length. */
static size_t
copy_unescape(char *s, size_t len)
{
	size_t		o = 0;

	for (size_t i = 0; i < len; i++)
	{
		if (s[i] != '\\' || i + 1 == len)
		{
			s[o++] = s[i];
			continue;
		}
		switch (s[++i])
		{
			case 'n':
				s[o++] = '\n';
				break;
			case 't':
				s[o++] = '\t';
				break;
			case 'r':
				s[o++] = '\r';
				break;
			case 'b':
				s[o++] = '\b';
				break;
			case 'f':
				s[o++] = '\f';
				break;
			case 'v':
				s[o++] = '\v';
				break;
			default:
				s[o++] = s[i];	/* \\ and any other escaped character */
				break;
		}
	}
	s[o] = '\0';
	return o;
}

static void
read_copy_file(const char *path)
{
	size_t		len;
	char	   *buf = slurp(path, &len);
	char	   *p = buf;
	char	   *end = buf + len;

	while (p < end)
	{
		char	   *nl = memchr(p, '\n', (size_t) (end - p));
		size_t		n = nl ? (size_t) (nl - p) : (size_t) (end - p);
		char	   *text = malloc(n + 1);

		if (!text)
			die("out of memory reading", path);
		memcpy(text, p, n);
		add_doc(text, copy_unescape(text, n));
		p += n + 1;
	}
	free(buf);
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

static void
read_input(const char *path)
{
	struct stat st;
	size_t		plen = strlen(path);

	if (stat(path, &st) != 0)
		die("cannot stat", path);
	if (S_ISDIR(st.st_mode))
	{
		DIR		   *d = opendir(path);
		struct dirent *e;
		char	  **names = NULL;
		int			n = 0,
					cap = 0;

		if (!d)
			die("cannot open", path);
		while ((e = readdir(d)) != NULL)
		{
			size_t		l = strlen(e->d_name);

			if (l < 4 || strcmp(e->d_name + l - 4, ".txt") != 0)
				continue;
			if (n == cap)
			{
				cap = cap ? cap * 2 : 64;
				names = realloc(names, sizeof(char *) * (size_t) cap);
			}
			names[n] = malloc(plen + l + 2);
			sprintf(names[n], "%s/%s", path, e->d_name);
			n++;
		}
		closedir(d);
		qsort(names, (size_t) n, sizeof(char *), by_name);
		for (int i = 0; i < n; i++)
		{
			size_t		len;
			char	   *text = slurp(names[i], &len);

			add_doc(text, len);
			free(names[i]);
		}
		free(names);
	}
	else if (plen > 5 && strcmp(path + plen - 5, ".copy") == 0)
		read_copy_file(path);
	else
	{
		size_t		len;
		char	   *text = slurp(path, &len);

		add_doc(text, len);
	}
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

static long
maxrss_kb(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;		/* kilobytes on Linux */
}

static int
by_value(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return (x > y) - (x < y);
}

/*
 * One pass over every document; returns the reports found.  One arena, reset
 * between documents, as the extension keeps one for a query's calls.
 */
static long
parse_all(void)
{
	long		reports = 0;
	dsc_arena	arena;

	dsc_arena_init_malloc(&arena);
	for (int i = 0; i < n_docs; i++)
	{
		dsc_document *d;

		dsc_arena_reset(&arena);
		d = dsc_parse_document(&arena, docs[i].text, docs[i].len, NULL);
		reports += d->n_reports;
	}
	dsc_arena_free_all(&arena);
	return reports;
}

static int
throughput(int iterations, double min_seconds)
{
	size_t		bytes = 0;
	double	   *times = NULL;
	int			n = 0,
				cap = 0;
	double		spent = 0;
	long		reports = -1;

	for (int i = 0; i < n_docs; i++)
		bytes += docs[i].len;

	while (n < iterations || spent < min_seconds)
	{
		double		t0 = now();
		long		r = parse_all();
		double		t = now() - t0;

		if (reports >= 0 && r != reports)
		{
			fprintf(stderr, "core_bench: pass %d found %ld reports, pass 1 %ld\n",
					n + 1, r, reports);
			return 1;
		}
		reports = r;
		if (n == cap)
		{
			cap = cap ? cap * 2 : 16;
			times = realloc(times, sizeof(double) * (size_t) cap);
		}
		times[n++] = t;
		spent += t;
	}
	qsort(times, (size_t) n, sizeof(double), by_value);
	{
		double		median = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;

		printf("docs=%d bytes=%zu reports=%ld iterations=%d median_s=%.6f "
			   "min_s=%.6f mb_per_s=%.2f reports_per_s=%.1f us_per_report=%.2f\n",
			   n_docs, bytes, reports, n, median, times[0],
			   (double) bytes / 1e6 / median,
			   reports > 0 ? (double) reports / median : 0.0,
			   reports > 0 ? median * 1e6 / (double) reports : 0.0);
	}
	free(times);
	return 0;
}

static int
memory(void)
{
	dsc_arena	arena;
	dsc_document *d;
	long		before,
				after;
	double		t0,
				t;

	if (n_docs != 1)
	{
		fprintf(stderr, "core_bench: -m takes one document, got %d\n", n_docs);
		return 2;
	}
	before = maxrss_kb();
	dsc_arena_init_malloc(&arena);
	t0 = now();
	d = dsc_parse_document(&arena, docs[0].text, docs[0].len, NULL);
	t = now() - t0;
	after = maxrss_kb();
	printf("input_bytes=%zu reports=%d seconds=%.3f arena_bytes=%zu arena_ratio=%.2f "
		   "maxrss_before_kb=%ld maxrss_after_kb=%ld rss_growth_ratio=%.2f "
		   "maxrss_ratio=%.2f\n",
		   docs[0].len, d->n_reports, t, arena.total,
		   (double) arena.total / (double) docs[0].len, before, after,
		   (double) (after - before) * 1024.0 / (double) docs[0].len,
		   (double) after * 1024.0 / (double) docs[0].len);
	dsc_arena_free_all(&arena);
	return 0;
}

/* -g: the longest gap between interrupt checks */
static double gap_last;
static double gap_max;
static long gap_checks;
static void *gap_from;			/* where the longest gap began and ended */
static void *gap_to;
static void *gap_prev;

static void
note_check_at(void *where)
{
	double		t = now();

	if (t - gap_last > gap_max)
	{
		gap_max = t - gap_last;
		gap_from = gap_prev;
		gap_to = where;
	}
	gap_last = t;
	gap_prev = where;
	gap_checks++;
}

static void
note_check(void)
{
	note_check_at(__builtin_return_address(0));
}

static bool
note_poll(void)
{
	note_check_at(__builtin_return_address(0));
	return false;
}

static int
gaps(void)
{
	dsc_arena	arena;
	dsc_document *d;
	const char *problem;
	dsc_options options = {note_check};
	double		t0;

	if (n_docs != 1)
	{
		fprintf(stderr, "core_bench: -g takes one document, got %d\n", n_docs);
		return 2;
	}
	dsc_html_interrupted = note_poll;
	dsc_arena_init_malloc(&arena);
	t0 = gap_last = now();
	d = dsc_parse_any(&arena, docs[0].text, docs[0].len, &problem, &options);
	note_check();
	printf("input_bytes=%zu reports=%d seconds=%.3f checks=%ld max_gap_ms=%.1f%s%s\n",
		   docs[0].len, d ? d->n_reports : 0, now() - t0, gap_checks,
		   gap_max * 1000.0, problem ? " problem=" : "", problem ? problem : "");
	/* for addr2line -f -e bench/core_bench */
	fprintf(stderr, "longest gap: from %p to %p\n", gap_from, gap_to);
	dsc_arena_free_all(&arena);
	return 0;
}

static void
usage(void)
{
	fprintf(stderr,
			"usage: core_bench [-n ITERATIONS] [-t MIN_SECONDS] INPUT...\n"
			"       core_bench -m FILE\n"
			"       core_bench -g FILE\n"
			"INPUT: a directory of .txt documents, a .copy file (COPY text, one\n"
			"document per line), or a file holding one document\n");
	exit(2);
}

int
main(int argc, char **argv)
{
	int			iterations = 5;
	double		min_seconds = 0;
	int			mem = 0;
	int			a = 1;

	for (; a < argc && argv[a][0] == '-'; a++)
	{
		if (strcmp(argv[a], "-n") == 0 && a + 1 < argc)
			iterations = atoi(argv[++a]);
		else if (strcmp(argv[a], "-t") == 0 && a + 1 < argc)
			min_seconds = atof(argv[++a]);
		else if (strcmp(argv[a], "-m") == 0)
			mem = 1;
		else if (strcmp(argv[a], "-g") == 0)
			mem = 2;
		else
			usage();
	}
	if (a == argc || iterations < 1)
		usage();
	for (; a < argc; a++)
		read_input(argv[a]);
	if (n_docs == 0)
	{
		fprintf(stderr, "core_bench: no documents\n");
		return 2;
	}
	if (mem == 2)
		return gaps();
	return mem ? memory() : throughput(iterations, min_seconds);
}
