/*
 * wordset.c
 *	  Which words of a fixed list occur in a string, in one pass over it.
 *
 * Rows and items are recognised by words of their labels, tens of words per
 * label; a strstr per word per label was a fifth of a parse.  A word set
 * indexes its words by their first three bytes, so that one pass over a
 * label finds every word in it.  It pays on short strings tested against
 * many words; on long prose a few strstr calls stay cheaper.
 */
#include "dsc_internal.h"

#include <string.h>

static unsigned
key_of(const unsigned char *s)
{
	return ((unsigned) s[0] * 961u + (unsigned) s[1] * 31u + (unsigned) s[2]) &
		(DSC_WORDSET_BUCKETS - 1);
}

/* Index the words on first use; the word list never changes. */
static void
build(dsc_wordset *set)
{
	memset(set->head, -1, sizeof(set->head));
	set->short_words = 0;
	for (int i = set->n - 1; i >= 0; i--)
	{
		size_t		len = strlen(set->words[i]);

		set->len[i] = (uint8_t) len;
		if (len < 3)
		{
			set->short_words |= UINT64_C(1) << i;
			continue;
		}
		/* pushed in reverse: each chain runs in list order */
		set->next[i] = set->head[key_of((const unsigned char *) set->words[i])];
		set->head[key_of((const unsigned char *) set->words[i])] = (int8_t) i;
	}
	set->ready = true;
}

uint64_t
dsc_wordset_scan(dsc_wordset *set, const char *s)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		len = strlen(s);
	uint64_t	found = 0;

	if (!set->ready)
		build(set);
	for (size_t i = 0; i + 3 <= len; i++)
	{
		/* a word starts on a character, never inside one */
		if ((p[i] & 0xC0) == 0x80)
			continue;
		for (int w = set->head[key_of(p + i)]; w >= 0; w = set->next[w])
			if (set->len[w] <= len - i && memcmp(p + i, set->words[w], set->len[w]) == 0)
				found |= UINT64_C(1) << w;
	}
	for (uint64_t rest = set->short_words; rest != 0; rest &= rest - 1)
	{
		int			w = __builtin_ctzll(rest);

		if (strstr(s, set->words[w]) != NULL)
			found |= UINT64_C(1) << w;
	}
	return found;
}

/*
 * Add a word to a keyed set.  The lists are static tables of the readers,
 * far below DSC_WORDSET_MAX words; the tests of their rows fail if one ever
 * were cut off here.
 */
void
dsc_keyed_add(dsc_keyed_words *kw, const char *word, int key)
{
	if (kw->set.n >= DSC_WORDSET_MAX)
		return;
	kw->set.words = kw->words;
	kw->keys[kw->set.n] = (int8_t) key;
	kw->words[kw->set.n++] = word;
}
