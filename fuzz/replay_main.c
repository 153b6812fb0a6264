/*
 * replay_main.c
 *	  A main() for the fuzz targets without libFuzzer: runs
 *	  LLVMFuzzerTestOneInput once on every file named (directories are
 *	  walked one level deep), so the saved corpus can be replayed with any
 *	  compiler, under valgrind, or without sanitizers.  Prints
 *	  'replay: N inputs' and exits 0 when none crashed (a crash aborts).
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int			LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static long n_inputs;

static int
run_file(const char *path)
{
	FILE	   *f = fopen(path, "rb");
	uint8_t    *buf;
	long		n;
	size_t		got;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0)
	{
		perror(path);
		if (f)
			fclose(f);
		return 1;
	}
	rewind(f);
	/* exactly sized, so a read past the end is caught */
	buf = malloc(n > 0 ? (size_t) n : 1);
	got = fread(buf, 1, (size_t) n, f);
	fclose(f);
	LLVMFuzzerTestOneInput(buf, got);
	free(buf);
	n_inputs++;
	return 0;
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

static int
run_path(const char *path)
{
	struct stat st;
	DIR		   *d;
	struct dirent *de;
	char	  **names = NULL;
	size_t		n = 0,
				cap = 0;
	int			rc = 0;

	if (stat(path, &st) != 0)
	{
		perror(path);
		return 1;
	}
	if (!S_ISDIR(st.st_mode))
		return run_file(path);
	if ((d = opendir(path)) == NULL)
	{
		perror(path);
		return 1;
	}
	while ((de = readdir(d)) != NULL)
	{
		char		full[4096];

		if (de->d_name[0] == '.')
			continue;
		snprintf(full, sizeof(full), "%s/%s", path, de->d_name);
		if (n == cap)
		{
			cap = cap ? cap * 2 : 64;
			names = realloc(names, cap * sizeof(*names));
		}
		names[n++] = strdup(full);
	}
	closedir(d);
	qsort(names, n, sizeof(*names), cmp_names);
	for (size_t i = 0; i < n; i++)
	{
		if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode))
			rc |= run_file(names[i]);
		free(names[i]);
	}
	free(names);
	return rc;
}

int
main(int argc, char **argv)
{
	int			rc = 0;

	if (LLVMFuzzerInitialize)
		LLVMFuzzerInitialize(&argc, &argv);
	for (int i = 1; i < argc; i++)
		rc |= run_path(argv[i]);
	printf("replay: %ld inputs\n", n_inputs);
	return rc;
}
