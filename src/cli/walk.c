/*
 * walk.c
 *	  The list of files a command works on.
 *
 * A file named on the command line is taken whatever its name, if it is a
 * regular file (or a link to one); anything else named there, a FIFO, a
 * device or a socket, is kept with an error and never opened. Folders are
 * walked recursively in byte order of the names, so that two runs over one
 * folder see the files in the same order; inside them only report-like names
 * are taken (.txt, .md, .htm, .html, or no extension), and hidden entries
 * (names starting with a dot) are passed over. Symbolic links to files are
 * followed; links to folders are not, so a link cycle cannot loop.
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static void
add(cli_files *files, const char *path, const char *error)
{
	cli_file   *f;

	if (files->n == files->cap)
	{
		files->cap = files->cap ? files->cap * 2 : 64;
		files->items = cli_xrealloc(files->items,
									sizeof(cli_file) * (size_t) files->cap);
	}
	f = &files->items[files->n++];
	f->path = cli_xstrdup(path);
	f->name = cli_escape_name(path);
	f->error = error ? cli_xstrdup(error) : NULL;
}

static void
add_errno(cli_files *files, const char *path, const char *what)
{
	char		reason[512];

	snprintf(reason, sizeof(reason), "%s: %s", what, strerror(errno));
	add(files, path, reason);
}

static bool
wanted_name(const char *name)
{
	static const char *const extensions[] = {"txt", "md", "htm", "html"};
	const char *dot = strrchr(name, '.');

	if (dot == NULL)
		return true;
	for (size_t i = 0; i < sizeof(extensions) / sizeof(extensions[0]); i++)
		if (strcasecmp(dot + 1, extensions[i]) == 0)
			return true;
	return false;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* The visible entry names of a folder, sorted; NULL with errno on failure. */
static char **
list_folder(const char *path, int *n)
{
	DIR		   *dir = opendir(path);
	struct dirent *e;
	char	  **names = NULL;
	int			cap = 0;

	*n = 0;
	if (dir == NULL)
		return NULL;
	while ((e = readdir(dir)) != NULL)
	{
		if (e->d_name[0] == '.')
			continue;
		if (*n == cap)
		{
			cap = cap ? cap * 2 : 32;
			names = cli_xrealloc(names, sizeof(char *) * (size_t) cap);
		}
		names[(*n)++] = cli_xstrdup(e->d_name);
	}
	closedir(dir);
	if (names)
		qsort(names, (size_t) *n, sizeof(char *), by_name);
	return names ? names : cli_xmalloc(sizeof(char *));
}

static void walk_folder(const char *path, cli_files *files);

static void
walk_entry(const char *folder, const char *name, cli_files *files)
{
	size_t		len = strlen(folder) + strlen(name) + 2;
	char	   *path = cli_xmalloc(len);
	struct stat st;

	/* "dir/" given on the command line does not become "dir//name" */
	snprintf(path, len, "%s%s%s", folder,
			 folder[strlen(folder) - 1] == '/' ? "" : "/", name);
	if (lstat(path, &st) != 0)
		add_errno(files, path, "could not stat");
	else if (S_ISDIR(st.st_mode))
		walk_folder(path, files);
	else if (wanted_name(name) &&
			 (S_ISREG(st.st_mode) ||
			  (S_ISLNK(st.st_mode) && stat(path, &st) == 0 && S_ISREG(st.st_mode))))
		add(files, path, NULL);
	free(path);
}

static void
walk_folder(const char *path, cli_files *files)
{
	int			n;
	char	  **names = list_folder(path, &n);

	if (names == NULL)
	{
		add_errno(files, path, "could not open folder");
		return;
	}
	for (int i = 0; i < n; i++)
	{
		walk_entry(path, names[i], files);
		free(names[i]);
	}
	free(names);
}

void
cli_walk(char *const *args, int nargs, cli_files *files)
{
	memset(files, 0, sizeof(*files));
	for (int i = 0; i < nargs; i++)
	{
		struct stat st;

		if (strcmp(args[i], "-") == 0)
			add(files, args[i], NULL);
		else if (stat(args[i], &st) != 0)
			add_errno(files, args[i], "could not stat");
		else if (S_ISDIR(st.st_mode))
			walk_folder(args[i], files);
		else if (S_ISREG(st.st_mode))
			add(files, args[i], NULL);
		else
		{
			/* never opened: a FIFO would block, a device never end */
			char		reason[128];

			snprintf(reason, sizeof(reason), "%s, not a regular file: not read",
					 cli_file_kind(st.st_mode));
			add(files, args[i], reason);
		}
	}
}

void
cli_files_free(cli_files *files)
{
	for (int i = 0; i < files->n; i++)
	{
		free(files->items[i].path);
		free(files->items[i].name);
		free(files->items[i].error);
	}
	free(files->items);
	memset(files, 0, sizeof(*files));
}
