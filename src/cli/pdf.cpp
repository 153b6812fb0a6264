/*
 * pdf.cpp
 *	  The text of a PDF file, through poppler's C++ interface (poppler-cpp).
 *
 * Each page is read in physical layout, as `pdftotext -layout` reads it:
 * the columns of a table stay in their places on each line, which is what
 * the text parser needs to split a row into cells. Pages follow each other,
 * each ended by a form feed, so that a table split across two pages reads
 * as one. Runs in the child process of extract.c (time and memory bounded
 * there); here only the page count and the size of the text are bounded.
 * Poppler's complaints about damaged files are not printed: the first one
 * is kept for the reason given when the file cannot be read.
 */
#include "extract.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <poppler-version.h>

static std::string first_complaint;

static void
keep_first(const std::string &message, void *)
{
	static const std::string prefix = "error: ";

	if (first_complaint.empty())
		first_complaint = message.compare(0, prefix.size(), prefix) == 0 ?
			message.substr(prefix.size()) : message;
}

bool
cli_pdf_looks(const char *bytes, size_t len)
{
	/* "%PDF-1.7": readers accept it anywhere in the first 1024 bytes */
	size_t		n = len < 1024 ? len : 1024;

	for (size_t i = 0; i + 6 <= n; i++)
		if (memcmp(bytes + i, "%PDF-", 5) == 0 && bytes[i + 5] >= '1' && bytes[i + 5] <= '9')
			return true;
	return false;
}

const char *
cli_pdf_extractor(void)
{
	static std::string name;

	if (name.empty())
		name = "poppler-cpp " + poppler::version_string() + " physical layout";
	return name.c_str();
}

static bool
refuse(char *reason, size_t reason_size, const std::string &why)
{
	snprintf(reason, reason_size, "%s", why.c_str());
	return false;
}

static std::string
damaged(void)
{
	return "a damaged PDF: poppler could not read it" +
		(first_complaint.empty() ? std::string() : " (" + first_complaint + ")");
}

/* Every page's text; false with a reason when the text would be too big. */
static bool
pages_text(poppler::document &doc, int pages, std::string &text,
		   char *reason, size_t reason_size)
{
	for (int i = 0; i < pages; i++)
	{
		std::unique_ptr<poppler::page> page(doc.create_page(i));

		if (page)
		{
			std::vector<char> utf8 =
				page->text(page->page_rect(), poppler::page::physical_layout).to_utf8();

			text.append(utf8.begin(), utf8.end());
			if (!text.empty() && text.back() != '\n' && text.back() != '\f')
				text += '\n';
		}
		text += '\f';
		if (text.size() > CLI_EXTRACT_MAX_TEXT)
			return refuse(reason, reason_size,
						  "a PDF whose text is more than " +
						  std::to_string(CLI_EXTRACT_MAX_TEXT >> 20) +
						  " MB (a PDF bomb?): not read");
	}
	return true;
}

static bool
blank(const std::string &text)
{
	for (unsigned char c : text)
		if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f')
			return false;
	return true;
}

static bool
read_pdf(const char *bytes, size_t len, cli_buf *out, char *reason,
		 size_t reason_size)
{
	std::unique_ptr<poppler::document> doc(
		poppler::document::load_from_raw_data(bytes, (int) len));
	std::string text;
	int			pages;

	if (!doc)
		return refuse(reason, reason_size, damaged());
	if (doc->is_locked())
		return refuse(reason, reason_size,
					  "an encrypted PDF that needs a password to be opened: "
					  "not read (decrypt it first, e.g. qpdf --decrypt)");
	pages = doc->pages();
	if (pages <= 0)
		return refuse(reason, reason_size, damaged() + ": it has no pages");
	if (pages > CLI_PDF_MAX_PAGES)
		return refuse(reason, reason_size,
					  "a PDF of " + std::to_string(pages) +
					  " pages, more than the " +
					  std::to_string(CLI_PDF_MAX_PAGES) +
					  " a report may have (a PDF bomb?): not read");
	if (!pages_text(*doc, pages, text, reason, reason_size))
		return false;
	if (blank(text) && !first_complaint.empty())
		return refuse(reason, reason_size,
					  "a damaged PDF: poppler read no text from it (" +
					  first_complaint + ")");
	if (blank(text))
		return refuse(reason, reason_size,
					  "no text layer (scanned image?): " +
					  (pages == 1 ? std::string("its page holds") :
					   "its " + std::to_string(pages) + " pages hold") +
					  " no text; run OCR on it first");
	out->data = static_cast<char *>(malloc(text.size() ? text.size() : 1));
	if (out->data == nullptr)
		throw std::bad_alloc();
	memcpy(out->data, text.data(), text.size());
	out->len = text.size();
	return true;
}

bool
cli_pdf_text(const char *bytes, size_t len, cli_buf *out, char *reason,
			 size_t reason_size)
{
	poppler::set_debug_error_function(keep_first, nullptr);
	out->data = nullptr;
	out->len = 0;
	try
	{
		return read_pdf(bytes, len, out, reason, reason_size);
	}
	catch (const std::bad_alloc &)
	{
		return refuse(reason, reason_size,
					  "a PDF that needs more memory than a file may take "
					  "(a PDF bomb?): not read");
	}
	catch (const std::exception &e)
	{
		return refuse(reason, reason_size,
					  std::string("a PDF poppler failed on: ") + e.what());
	}
}
