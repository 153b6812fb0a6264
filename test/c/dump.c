/* Debug aid: print what the core reads from each file given. */
#include <stdio.h>
#include <stdlib.h>

#include "dsc_report.h"

static char *
slurp(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	*len = fread(buf, 1, (size_t) n, f);
	fclose(f);
	return buf;
}

static void
print_int(dsc_int v)
{
	if (v.known)
		printf("%d", v.value);
	else
		printf("NULL");
}

int
main(int argc, char **argv)
{
	for (int a = 1; a < argc; a++)
	{
		size_t		len;
		char	   *buf = slurp(argv[a], &len);
		dsc_arena	arena;
		dsc_document *doc;

		if (!buf)
			continue;
		dsc_arena_init_malloc(&arena);
		doc = dsc_parse_document(&arena, buf, len, NULL);
		printf("== %s: %d reports, %d duplicates, %d empty\n", argv[a],
			   doc->n_reports, doc->n_duplicates, doc->n_empty);
		for (int i = 0; i < doc->n_reports; i++)
		{
			dsc_report *r = doc->reports[i];

			printf("-- agency=%s year=%d published=%04d-%02d-%02d template=%s stated_req=",
				   r->agency ? r->agency : "NULL", r->year, r->published_year,
				   r->published_month, r->published_day,
				   dsc_template_name(r->template_kind) ? dsc_template_name(r->template_kind) : "NULL");
			print_int(r->stated_requests);
			printf(" stated_pro=");
			print_int(r->stated_proactive);
			printf("\n   proactive:");
			for (int p = 0; p < r->n_proactive; p++)
				printf(" %s.%s=%s", r->proactive[p].item, r->proactive[p].measure,
					   r->proactive[p].value ? r->proactive[p].value : "NULL");
			printf("\n   procurement: ");
			print_int(r->procurement_projects);
			printf(" %s\n", r->procurement_amount_yuan ? r->procurement_amount_yuan : "NULL");
			for (int row = 0; row < DSC_NROWS; row++)
			{
				printf("   %-28s", dsc_request_row_names[row]);
				for (int c = 0; c < DSC_NCOLS; c++)
				{
					printf(" ");
					print_int(r->requests[row][c]);
				}
				printf("\n");
			}
			printf("   review:");
			for (int c = 0; c < 5; c++)
			{
				printf(" ");
				print_int(r->review[c]);
			}
			for (int c = 0; c < 5; c++)
			{
				printf(" ");
				print_int(r->suit_direct[c]);
			}
			for (int c = 0; c < 5; c++)
			{
				printf(" ");
				print_int(r->suit_after_review[c]);
			}
			printf("\n");
			for (int n = 0; n < r->n_notes; n++)
				printf("   note: %s\n", r->notes[n]);
		}
		dsc_arena_free_all(&arena);
		free(buf);
	}
	return 0;
}
