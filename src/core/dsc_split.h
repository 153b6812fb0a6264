/*
 * dsc_split.h
 *	  Digit runs: reading a row's tokens as a given number of cells.
 *
 * Page text scraped from HTML joins a row's cells: '713000074' is the seven
 * cells 71 3 0 0 0 0 74.  dsc_split_tokens lists every way to read a row's
 * tokens as exactly n cells (no cell but '0' starts with a zero, a '-' starts
 * a cell), keeps those the caller's equations accept, and says whether the
 * answer is unique.  Tokens already separated stay apart: only the digits
 * inside one token are divided.
 */
#ifndef DSC_SPLIT_H
#define DSC_SPLIT_H

#include <stdbool.h>
#include <stdint.h>

#define DSC_SPLIT_MAX_VALUES 16
#define DSC_SPLIT_MAX_CANDS 32
#define DSC_SPLIT_MAX_TOKENS 64

/* One way to read the tokens: the text of each cell. */
typedef struct dsc_split_part
{
	const char *text;			/* points into a token; not NUL-terminated */
	int			len;
} dsc_split_part;

typedef struct dsc_split_cand
{
	dsc_split_part parts[DSC_SPLIT_MAX_VALUES];
	int64_t		values[DSC_SPLIT_MAX_VALUES];	/* integer parts; see valid */
	bool		integral[DSC_SPLIT_MAX_VALUES]; /* the part is a whole number */
} dsc_split_cand;

typedef struct dsc_split_set
{
	int			n_values;
	int			n_cands;		/* candidates kept, at most DSC_SPLIT_MAX_CANDS */
	bool		overflow;		/* more candidates, or the search gave up */
	bool		any_split;		/* some token was divided */
	dsc_split_cand cands[DSC_SPLIT_MAX_CANDS];
} dsc_split_set;

/* The caller's equations on one candidate: true to keep it. */
typedef bool (*dsc_split_accept) (const dsc_split_cand *cand, int n_values,
								  void *arg);

/*
 * Every reading of tokens[0..n_tokens) as n_values cells that accept (may be
 * NULL) keeps.  Each token is digits with an optional leading '-', an
 * optional fraction and unit on the last cell (82059.2090万元).  Returns false
 * when a token cannot be read at all or n_values is out of range.
 */
extern bool dsc_split_tokens(const char *const *tokens, const int *lens,
							 int n_tokens, int n_values,
							 dsc_split_accept accept, void *arg,
							 dsc_split_set *out);

/*
 * Whether cell i reads the same in every kept reading (keep NULL: in every
 * reading) as in reading first, with nothing left unsearched.
 */
extern bool dsc_split_agrees(const dsc_split_set *set, const bool *keep,
							 int first, int i);

/*
 * Keep only the readings with the highest score[k] (what the prose states
 * of them, say), when one scored above zero.
 */
extern void dsc_split_keep_best(dsc_split_set *set, const int *score);

/* The total digits of the tokens: an upper bound on the cells they hold. */
extern int	dsc_split_capacity(const char *const *tokens, const int *lens,
							   int n_tokens);

#endif							/* DSC_SPLIT_H */
