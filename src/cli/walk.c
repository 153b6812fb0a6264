/*
 * walk.c
 *	  The list of files a command works on.
 *
 * A file named on the command line is taken whatever its name, if it is a
 * regular file (or a link to one); anything else named there, a FIFO, a
 * device or a socket, is kept with an error and never opened. Folders are
 * walked recursively in byte order of the names, so that two runs over one
 * folder see the files in the same order; inside them only report-like names
 * are taken (.txt, .md, .htm, .html, .pdf, .docx, or no extension: what a
 * file is, is decided by its bytes, extract.c), and hidden entries
 * (names starting with a dot) are passed over. Symbolic links to files are
 * followed; links to folders are not, so a link cycle cannot loop. What a
 * folder holds that cannot be read as a file (a FIFO, a socket, a device, a
 * broken link, a link loop, a link to a folder) is skipped with a line on
 * stderr each and counted in files->skipped: it is not a failure, as a
 * special file named on the command line is.
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
	static const char *const extensions[] = {"txt", "md", "htm", "html", "pdf", "docx"};
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

/* An entry of a folder that is not read: said on stderr, and counted. */
static void
skip(cli_files *files, const char *path, const char *why)
{
	char	   *name = cli_escape_name(path);

	fprintf(stderr, "%s: skipped %s: %s\n", cli_progname, name, why);
	free(name);
	files->skipped++;
}

/* A symbolic link in a folder: taken if it leads to a regular file. */
static void
walk_link(const char *path, bool wanted, cli_files *files)
{
	struct stat st;
	char		why[128];

	if (stat(path, &st) != 0)
	{
		if (!wanted)
			return;
		if (errno == ENOENT || errno == ENOTDIR)
			skip(files, path, "a broken symbolic link (its target does not exist)");
		else if (errno == ELOOP)
			skip(files, path, "a symbolic link loop (too many levels of links)");
		else
			add_errno(files, path, "could not stat the link's target");
	}
	else if (S_ISDIR(st.st_mode))
		skip(files, path, "a symbolic link to a folder (not followed)");
	else if (!wanted)
		return;
	else if (S_ISREG(st.st_mode))
		add(files, path, NULL);
	else
	{
		snprintf(why, sizeof(why), "a symbolic link to %s, not a regular file",
				 cli_file_kind(st.st_mode));
		skip(files, path, why);
	}
}

/*
 * One entry of a folder. Folders are walked whatever their names; anything
 * else whose name is not a report's is passed over without a word; of the
 * rest, what is not a regular file (or a link to one) is skipped, and said.
 */
static void
walk_entry(const char *folder, const char *name, cli_files *files)
{
	size_t		len = strlen(folder) + strlen(name) + 2;
	char	   *path = cli_xmalloc(len);
	struct stat st;
	char		why[128];

	/* "dir/" given on the command line does not become "dir//name" */
	snprintf(path, len, "%s%s%s", folder,
			 folder[strlen(folder) - 1] == '/' ? "" : "/", name);
	if (lstat(path, &st) != 0)
		add_errno(files, path, "could not stat");
	else if (S_ISDIR(st.st_mode))
		walk_folder(path, files);
	else if (S_ISLNK(st.st_mode))
		walk_link(path, wanted_name(name), files);
	else if (!wanted_name(name))
	{
		/* not a report's name: passed over */
	}
	else if (S_ISREG(st.st_mode))
		add(files, path, NULL);
	else
	{
		snprintf(why, sizeof(why), "%s, not a regular file",
				 cli_file_kind(st.st_mode));
		skip(files, path, why);
	}
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
