/*
 * main.c
 *	  disclosure: load annual reports into PostgreSQL, or check them locally.
 *
 *	  disclosure load [connection options] PATH...
 *	  disclosure check [--json] PATH...
 *
 * This file only dispatches to a command and prints the general help.
 */
#include "cli.h"

#include <string.h>

static void
usage(void)
{
	printf("%s parses government information-disclosure annual reports\n"
		   "(政府信息公开工作年度报告) and loads them into PostgreSQL.\n\n",
		   cli_progname);
	printf("Usage:\n"
		   "  %s COMMAND [OPTION]... PATH...\n\n", cli_progname);
	printf("Commands:\n"
		   "  load    load report files and folders into a database that has the\n"
		   "          disclosure extension (calls disclosure_load for each file)\n"
		   "  check   parse report files here, without a database, and print each\n"
		   "          report's key figures and its findings\n\n");
	printf("Options:\n"
		   "  -V, --version   output version information, then exit\n"
		   "  -?, --help      show this help, then exit\n\n");
	printf("\"%s COMMAND --help\" describes a command's options.\n"
		   "Exit status: 0 when every file went well, 1 when some file failed\n"
		   "(the others are still done), 2 on bad usage or when the database\n"
		   "cannot be reached.\n", cli_progname);
}

static char load_name[] = "disclosure load";
static char check_name[] = "disclosure check";

int
main(int argc, char **argv)
{
	const char *command = argc > 1 ? argv[1] : NULL;

	if (command == NULL)
	{
		cli_error("no command given");
		cli_try_help(NULL);
		return CLI_EXIT_USAGE;
	}
	if (strcmp(command, "--help") == 0 || strcmp(command, "-?") == 0 ||
		strcmp(command, "help") == 0)
	{
		usage();
		return CLI_EXIT_OK;
	}
	if (strcmp(command, "--version") == 0 || strcmp(command, "-V") == 0)
	{
		printf("%s %s\n", cli_progname, CLI_VERSION);
		return CLI_EXIT_OK;
	}
	/*
	 * Each command parses its own options; getopt names the program after
	 * argv[0] in its complaints, so that becomes "disclosure load".
	 */
	if (strcmp(command, "load") == 0)
	{
		argv[1] = load_name;
		return cli_load_main(argc - 1, argv + 1);
	}
	if (strcmp(command, "check") == 0)
	{
		argv[1] = check_name;
		return cli_check_main(argc - 1, argv + 1);
	}
	cli_error("unknown command \"%s\"", command);
	cli_try_help(NULL);
	return CLI_EXIT_USAGE;
}
