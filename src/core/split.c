/*
 * split.c
 *	  Read run-together digits as cells; see dsc_split.h.
 *
 * Each token is cut into segments at every '-' (a sign starts a cell:
 * '1-10' is 1, -1, 0), and the search chooses where to cut the digits of
 * each segment.  Its work is bounded: a row of forty digits has billions of
 * readings, and a document may hold anything, so past a budget of steps the
 * search stops and says so.
 */
#include "dsc_split.h"

#include <string.h>

#define MAX_SEGMENTS 96
#define MAX_PART_DIGITS 12
#define SEARCH_BUDGET 200000

typedef struct segment
{
	const char *start;			/* the sign, or the first digit */
	const char *digits;
	int			n_digits;
	int			suffix_len;		/* fraction and unit after the digits */
	bool		suffix_integral;	/* the suffix leaves a whole count */
	bool		whole;			/* may not be divided ('1,234') */
} segment;

typedef struct search
{
	segment		segs[MAX_SEGMENTS];
	int			n_segs;
	int			digits_after[MAX_SEGMENTS + 1]; /* digits in segs[i..] */
	int			n_values;
	dsc_split_accept accept;
	void	   *arg;
	dsc_split_set *out;
	dsc_split_cand cur;
	long		budget;
} search;

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Whether what follows the digits leaves a whole count: nothing, a zero
 * fraction, or a counting unit (件, 条, 次, 个, 项).
 */
static bool
suffix_is_integral(const char *s, int len)
{
	int			i = 0;

	if (i < len && s[i] == '.')
		for (i++; i < len && is_digit(s[i]); i++)
			if (s[i] != '0')
				return false;
	while (i < len && s[i] == ' ')
		i++;
	if (i == len)
		return true;
	return strncmp(s + i, "件", 3) == 0 || strncmp(s + i, "条", 3) == 0 ||
		strncmp(s + i, "次", 3) == 0 || strncmp(s + i, "个", 3) == 0 ||
		strncmp(s + i, "项", 3) == 0;
}

/* Cut one token into segments; false when it is not digits as expected. */
static bool
add_token(search *s, const char *tok, int len)
{
	int			i = 0;

	if (len <= 0)
		return false;
	while (i < len)
	{
		segment    *seg;
		bool		comma = false;

		if (s->n_segs == MAX_SEGMENTS)
			return false;
		seg = &s->segs[s->n_segs++];
		memset(seg, 0, sizeof(*seg));
		seg->start = tok + i;
		if (tok[i] == '-' || tok[i] == '+')
			i++;
		seg->digits = tok + i;
		while (i < len && (is_digit(tok[i]) ||
						   (tok[i] == ',' && i > 0 && is_digit(tok[i - 1]))))
		{
			comma |= tok[i] == ',';
			i++;
		}
		seg->n_digits = (int) (tok + i - seg->digits);
		if (seg->n_digits == 0)
			return false;
		seg->whole = comma;
		if (i < len && tok[i] != '-' && tok[i] != '+')
		{
			/* a fraction or a unit ends the token */
			seg->suffix_len = len - i;
			seg->suffix_integral = suffix_is_integral(tok + i, len - i);
			if (tok[i] != '.' && (unsigned char) tok[i] < 0x80 && tok[i] != ' ')
				return false;
			i = len;
		}
		else
			seg->suffix_integral = true;
	}
	return true;
}

static int64_t
digits_value(const char *d, int n)
{
	int64_t		v = 0;

	for (int i = 0; i < n; i++)
		if (is_digit(d[i]))
			v = v * 10 + (d[i] - '0');
	return v;
}

static void
emit(search *s)
{
	dsc_split_set *out = s->out;

	if (s->accept != NULL && !s->accept(&s->cur, s->n_values, s->arg))
		return;
	if (out->n_cands == DSC_SPLIT_MAX_CANDS)
	{
		out->overflow = true;
		return;
	}
	out->cands[out->n_cands++] = s->cur;
}

static void
dfs(search *s, int si, int pos, int k)
{
	const segment *seg;
	int			max_len;

	if (--s->budget <= 0)
	{
		s->out->overflow = true;
		return;
	}
	if (si == s->n_segs)
	{
		if (k == s->n_values)
			emit(s);
		return;
	}
	seg = &s->segs[si];
	max_len = seg->whole ? seg->n_digits : seg->n_digits - pos;
	if (max_len > MAX_PART_DIGITS && !seg->whole)
		max_len = MAX_PART_DIGITS;
	for (int len = seg->whole ? seg->n_digits : 1; len <= max_len; len++)
	{
		bool		last = pos + len == seg->n_digits;
		int			later_min = (s->n_segs - si - 1) + (last ? 0 : 1);
		int			later_max = s->digits_after[si + 1] + (seg->n_digits - pos - len);
		dsc_split_cand *c = &s->cur;
		const char *from = pos == 0 ? seg->start : seg->digits + pos;
		const char *to = seg->digits + pos + len + (last ? seg->suffix_len : 0);

		/* only '0' itself starts with a zero */
		if (len > 1 && seg->digits[pos] == '0' && !seg->whole)
			break;
		/* enough cells left for the digits after it, and digits for the cells */
		if (k + 1 + later_min > s->n_values || k + 1 + later_max < s->n_values)
			continue;
		c->parts[k].text = from;
		c->parts[k].len = (int) (to - from);
		c->values[k] = digits_value(seg->digits + pos, len);
		if (pos == 0 && seg->start[0] == '-')
			c->values[k] = -c->values[k];
		c->integral[k] = !last || seg->suffix_integral;
		if (last)
			dfs(s, si + 1, 0, k + 1);
		else
			dfs(s, si, pos + len, k + 1);
		if (s->out->overflow && s->budget <= 0)
			return;
	}
}

bool
dsc_split_tokens(const char *const *tokens, const int *lens, int n_tokens,
				 int n_values, dsc_split_accept accept, void *arg,
				 dsc_split_set *out)
{
	static search s;			/* large; not reentrant, as nothing here is */
	search	   *sp = &s;

	memset(out, 0, sizeof(*out));
	out->n_values = n_values;
	if (n_values <= 0 || n_values > DSC_SPLIT_MAX_VALUES ||
		n_tokens <= 0 || n_tokens > DSC_SPLIT_MAX_TOKENS)
		return false;
	memset(sp, 0, sizeof(*sp));
	for (int t = 0; t < n_tokens; t++)
		if (!add_token(sp, tokens[t], lens[t]))
			return false;
	sp->digits_after[sp->n_segs] = 0;
	for (int i = sp->n_segs - 1; i >= 0; i--)
		sp->digits_after[i] = sp->digits_after[i + 1] +
			(sp->segs[i].whole ? 1 : sp->segs[i].n_digits);
	out->any_split = sp->n_segs < n_values;
	sp->n_values = n_values;
	sp->accept = accept;
	sp->arg = arg;
	sp->out = out;
	sp->budget = SEARCH_BUDGET;
	dfs(sp, 0, 0, 0);
	return true;
}

int
dsc_split_capacity(const char *const *tokens, const int *lens, int n_tokens)
{
	int			n = 0;

	for (int t = 0; t < n_tokens; t++)
		for (int i = 0; i < lens[t]; i++)
			if (is_digit(tokens[t][i]))
				n++;
	return n;
}

/*
 * Whether cell i reads the same in every kept reading (keep NULL: in every
 * reading) as in reading first, with nothing left unsearched.
 */
bool
dsc_split_agrees(const dsc_split_set *set, const bool *keep, int first, int i)
{
	const dsc_split_cand *f = &set->cands[first];

	if (set->overflow)
		return false;
	for (int k = first + 1; k < set->n_cands; k++)
		if ((keep == NULL || keep[k]) &&
			(set->cands[k].values[i] != f->values[i] ||
			 set->cands[k].integral[i] != f->integral[i]))
			return false;
	return true;
}

/* Keep the readings of the highest score, if any scored above zero. */
void
dsc_split_keep_best(dsc_split_set *set, const int *score)
{
	int			best = 0;
	int			kept = 0;

	for (int k = 0; k < set->n_cands; k++)
		if (score[k] > best)
			best = score[k];
	if (best == 0)
		return;
	for (int k = 0; k < set->n_cands; k++)
		if (score[k] == best)
			set->cands[kept++] = set->cands[k];
	set->n_cands = kept;
}
