/*
 * parse_context.c
 *	  Running the parser core inside a backend.
 *
 * The core allocates from an arena whose blocks come from palloc in a
 * memory context, and calls CHECK_FOR_INTERRUPTS() through a hook.  A query
 * cancel or an error thrown mid-parse therefore leaks nothing: the memory
 * goes with the context.
 */
#include "disclosure.h"

#include "access/detoast.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/guc.h"
#include "utils/memutils.h"
#include "utils/xml.h"

#include "dsc_html.h"

/*
 * disclosure.max_document_bytes: the largest document parsed.  A parse takes
 * several times its document's size in backend memory (bench/RESULTS.md),
 * so the limit bounds what one statement can take.  Superusers set it (a
 * role may be given a larger one with ALTER ROLE ... SET).
 */
static int	max_document_bytes = 64 * 1024 * 1024;

void		_PG_init(void);

void
_PG_init(void)
{
	DefineCustomIntVariable("disclosure.max_document_bytes",
							"Largest document the disclosure parser reads.",
							"Longer documents are refused before they are parsed. "
							"A parse takes several times the document's size in memory.",
							&max_document_bytes,
							64 * 1024 * 1024,
							0,
							INT_MAX,
							PGC_SUSET,
							GUC_UNIT_BYTE,
							NULL, NULL, NULL);
	MarkGUCPrefixReserved("disclosure");
}

/*
 * Refuse a document over disclosure.max_document_bytes, before it is
 * detoasted: its size is read from the TOAST pointer.
 */
void
dsc_pg_check_size(Datum doc)
{
	Size		size = toast_raw_datum_size(doc) - VARHDRSZ;

	if (size > (Size) max_document_bytes)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("document exceeds disclosure.max_document_bytes"),
				 errdetail("The document is %zu bytes long; disclosure.max_document_bytes is %d bytes.",
						   (size_t) size, max_document_bytes),
				 errhint("A superuser may raise the limit, for a session (SET disclosure.max_document_bytes = '256MB') or for a role (ALTER ROLE ... SET); parsing takes several times the document's size in memory.")));
}

static void *
palloc_block(void *context, size_t size)
{
	return MemoryContextAllocHuge((MemoryContext) context, size);
}

static void
pfree_block(void *context, void *ptr)
{
	pfree(ptr);
}

static void
check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

/*
 * Polled while libxml2 reads a page, which cannot be left by longjmp: a
 * cancel or a statement_timeout pending stops the read, and html_text then
 * throws it.  (A 200 MB page used to run on for seconds past the timeout.)
 */
static bool
html_interrupted(void)
{
	return QueryCancelPending || ProcDiePending;
}

/* An arena whose blocks are palloc'd in the current memory context. */
void
dsc_pg_arena_init(dsc_arena *arena)
{
	dsc_arena_init(arena, palloc_block, pfree_block, CurrentMemoryContext);
}

/*
 * The state of a call site, made at its first call in fn_mcxt, which lives
 * as long as the query.  A function called once a row (a parse per stored
 * document) thereby reuses one arena's blocks and one values context's
 * keeper block, instead of obtaining and returning memory per document:
 * that churn, page faults and TLB flushes as glibc gives memory back to the
 * system, cost as much as the parse itself.  What is kept is about the
 * largest document's parse, until the query ends.
 */
DscCallState *
dsc_call_state(FunctionCallInfo fcinfo)
{
	DscCallState *state = (DscCallState *) fcinfo->flinfo->fn_extra;
	MemoryContext mcxt = fcinfo->flinfo->fn_mcxt;

	if (state != NULL)
		return state;
	state = MemoryContextAllocZero(mcxt, sizeof(DscCallState));
	dsc_arena_init(&state->arena, palloc_block, pfree_block, mcxt);
	state->values_cxt = AllocSetContextCreate(mcxt, "disclosure values",
											  0, 256 * 1024,
											  ALLOCSET_DEFAULT_MAXSIZE);
	fcinfo->flinfo->fn_extra = state;
	return state;
}

const dsc_options *
dsc_pg_options(void)
{
	static const dsc_options options = {check_interrupts};

	return &options;
}

/*
 * The core reads UTF-8.  A SQL_ASCII database may hold anything, so the core
 * checks every byte there; other encodings would be misread, so say so.
 */
static void
require_utf8_database(void)
{
	int			encoding = GetDatabaseEncoding();

	if (encoding != PG_UTF8 && encoding != PG_SQL_ASCII)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("disclosure needs a UTF8 database"),
				 errdetail("This database's encoding is %s; the reports are read as UTF-8.",
						   GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'.")));
}

/*
 * The text of an HTML page, read by libxml2 the way xml.c uses it: its
 * errors are collected by pg_xml_init's handler, and its parser context
 * (with what is left of its tree) is freed on every path, including an
 * error thrown by palloc inside one of the reader's callbacks, or a cancel
 * thrown once the read has stopped for it.
 */
static char *
html_text(text *doc, dsc_arena *arena, size_t *len)
{
	PgXmlErrorContext *xmlerrcxt;
	dsc_html_reader *volatile reader = NULL;
	const char *problem = NULL;
	char	   *volatile result = NULL;

	/* legacy strictness: a damaged page is recovered, not refused */
	xmlerrcxt = pg_xml_init(PG_XML_STRICTNESS_LEGACY);
	dsc_html_interrupted = html_interrupted;
	PG_TRY();
	{
		reader = dsc_html_reader_new(arena, VARDATA_ANY(doc),
									 VARSIZE_ANY_EXHDR(doc), &problem);
		if (reader != NULL)
			result = dsc_html_reader_text(reader, len, &problem);
		/* a read stopped for a cancel: throw the cancel, not our error */
		if (result == NULL)
			CHECK_FOR_INTERRUPTS();
		if (pg_xml_error_occurred(xmlerrcxt))
			xml_ereport(xmlerrcxt, ERROR, ERRCODE_INVALID_TEXT_REPRESENTATION,
						"could not read HTML document");
		if (result == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("could not read HTML document"),
					 errdetail_internal("%s", problem),
					 errhint("Pass the page's text instead, or a repaired page.")));
	}
	PG_CATCH();
	{
		dsc_html_reader_free(reader);
		pg_xml_done(xmlerrcxt, true);
		PG_RE_THROW();
	}
	PG_END_TRY();
	dsc_html_reader_free(reader);
	pg_xml_done(xmlerrcxt, false);
	return result;
}

/*
 * Parse a document in the call site's arena, which the previous call's
 * document leaves (whatever ended that call, an error caught in a
 * subtransaction included).  The result lives until the next call.
 */
dsc_document *
dsc_pg_parse(FunctionCallInfo fcinfo, text *doc)
{
	dsc_arena  *arena = &dsc_call_state(fcinfo)->arena;
	const char *data = VARDATA_ANY(doc);
	size_t		len = VARSIZE_ANY_EXHDR(doc);

	require_utf8_database();
	dsc_arena_reset(arena);
	if (dsc_looks_like_html(data, len))
		data = html_text(doc, arena, &len);
	return dsc_parse_document(arena, data, len, dsc_pg_options());
}
