/*
 * lp_repair_bbcode.c — forum markup (BBCode) inside a line: "[b]", "[/b]",
 * "[size=3]", "[color=rgb(51, 51, 51)]", "[align=center]".
 *
 * Pages copied from a forum keep the markup of the post, which cuts the
 * words of a title ("[b]20[/b][b]2[/b][b]2[/b][b]年[/b]": the year is no
 * longer a year) and puts tag text before each paragraph's subject.  A tag
 * is a known name (words.tsv bbcode_tag), so a footnote "[1]" or a speaker
 * "[主持人]" stays.  lp_repair_markup.c drops a tag when the output ends with
 * its ']' (the look back stops at the first '[' or ']': linear in the line).
 */
#include "lp_repair.h"
#include "lp_words.h"

#include <string.h>

#define BBCODE_NAME_MAX 12		/* bytes of a tag's name */
#define BBCODE_TAG_MAX 128		/* bytes of a tag, "[" and "]" included */

static int
is_name_byte(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * s[0] is '[': the length of "[name" or "[/name" when name is a tag's name
 * followed by ']' (or by '=' in an opening tag), else 0.
 */
static size_t
tag_head(const char *s, size_t n)
{
	size_t		i = 1,
				name;
	int			closing = 0;

	if (i < n && s[i] == '/')
	{
		closing = 1;
		i++;
	}
	name = i;
	while (i < n && i - name < BBCODE_NAME_MAX && is_name_byte(s[i]))
		i++;
	if (i == name || i >= n || !(s[i] == ']' || (s[i] == '=' && !closing)))
		return 0;
	if (lp_words_prefix(LP_W_BBCODE_TAG, s + name, i - name) != i - name)
		return 0;
	return i;
}

int
lp_bbcode_in(const char *in, size_t n)
{
	const char *end = in + n,
			   *p;

	for (p = memchr(in, '[', n); p != NULL; p = memchr(p + 1, '[', (size_t) (end - p - 1)))
		if (tag_head(p, (size_t) (end - p)) > 0)
			return 1;
	return 0;
}

size_t
lp_bbcode_tag_start(const char *o, size_t start, size_t end)
{
	size_t		i,
				head;

	if (end - start < 3 || o[end - 1] != ']')
		return (size_t) -1;
	for (i = end - 1; i > start && end - (i - 1) <= BBCODE_TAG_MAX; i--)
	{
		char		c = o[i - 1];

		if (c == ']')
			return (size_t) -1;
		if (c == '[')
			break;
	}
	if (i == start || o[i - 1] != '[' || end - (i - 1) > BBCODE_TAG_MAX)
		return (size_t) -1;
	head = tag_head(o + i - 1, end - (i - 1));
	/* "[b]", "[/b]": the name ends the tag; "[size=3]": a value follows */
	if (head == 0 || (o[i - 1 + head] == ']' && i - 1 + head != end - 1))
		return (size_t) -1;
	return i - 1;
}
