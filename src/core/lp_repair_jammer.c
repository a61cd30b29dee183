/*
 * lp_repair_jammer.c — the random characters a forum hides between the lines
 * of a post to spoil copies (Discuz!'s "jammer": a run of pairs of ASCII
 * letters, digits and marks, "0 s5 T6 T, z7 [2 R- z, s3 [5 ?"), which a
 * copy of the page keeps at the ends and starts of lines and as lines of
 * their own.  Glued to a heading ("/ E* k) x* n8 Q; a》》》2017年工作总体要求8 \4
 * x- D: N) T9 g/ n' w7 A9 o) h") they hide what it says: the year of the
 * targets under it.
 *
 * A run is cut when it is made of at least MIN_TOKENS tokens of one or two
 * printable ASCII bytes, one space between each, standing between the
 * line's ends or characters outside ASCII; when most of its tokens are two
 * bytes long and hold a letter or a digit; and when at least three hold a
 * letter and two a mark.  A table's cells ("| 1 | 2 | 3 |"), a list of
 * letters ("A B C D E F") or of numbers have no such mix.  One pass reaches
 * the fixed point: what a cut brings together is not ASCII on both sides.
 */
#include "lp_repair.h"

#include <string.h>

#define MIN_TOKENS 6

static int
is_graph(unsigned char c)
{
	return c > ' ' && c < 0x7F;
}

static int
is_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_alnum(unsigned char c)
{
	return is_letter(c) || (c >= '0' && c <= '9');
}

/*
 * The end of the run of short tokens that starts at a (the line's start or
 * a byte after a character outside ASCII), or a when none starts there.
 * *jam says whether the run has the mix of a jammer.
 */
static size_t
token_run(const unsigned char *u, size_t n, size_t a, int *jam)
{
	size_t		i = a,
				end = a;
	int			tokens = 0,
				pairs = 0,
				letters = 0,
				marks = 0,
				alnums = 0;

	for (;;)
	{
		size_t		t = i;
		int			letter = 0,
					mark = 0,
					alnum = 0;

		while (i < n && is_graph(u[i]) && i - t < 3)
		{
			letter |= is_letter(u[i]);
			alnum |= is_alnum(u[i]);
			mark |= !is_alnum(u[i]);
			i++;
		}
		/* a token of one or two bytes, then a space, a byte outside ASCII
		 * or the line's end */
		if (i == t || i - t > 2 || (i < n && u[i] != ' ' && u[i] < 0x80))
			break;
		tokens++;
		pairs += i - t == 2 && alnum;
		letters += letter;
		marks += mark;
		alnums += alnum;
		end = i;
		if (i + 1 < n && u[i] == ' ' && is_graph(u[i + 1]))
			i++;
		else
			break;
	}
	*jam = tokens >= MIN_TOKENS && 2 * pairs >= tokens && 3 * alnums >= 2 * tokens &&
		letters >= 3 && marks >= 2;
	return end;
}

int
lp_fix_jammer(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps)
{
	const unsigned char *u = (const unsigned char *) in;
	size_t		i = 0,
				copied = 0;
	unsigned int iter = 0;
	int			any = 0,
				spaces = 0;
	const char *sp = in;

	/* a run has a space between each of its MIN_TOKENS tokens: most lines
	 * with a space have fewer than that in all */
	while (spaces < MIN_TOKENS - 1 && (sp = memchr(sp, ' ', (size_t) (in + n - sp))) != NULL)
	{
		spaces++;
		sp++;
	}
	if (spaces < MIN_TOKENS - 1)
		return 0;
	while (i < n)
	{
		int			jam = 0;
		size_t		end;

		LP_LOOP_CHECK(iter);
		/* a run starts at the line's start or after a character outside
		 * ASCII (a space before it is the copy's) */
		if (!(i == 0 || u[i - 1] >= 0x80 || (u[i - 1] == ' ' && (i == 1 || u[i - 2] >= 0x80))) ||
			!is_graph(u[i]))
		{
			i++;
			continue;
		}
		end = token_run(u, n, i, &jam);
		if (!jam)
		{
			i = end > i ? end : i + 1;
			continue;
		}
		if (!any)
			lp_buf_reserve(out, n);
		any = 1;
		lp_buf_append(out, in + copied, i - copied);
		/* the space after the run goes with it */
		if (end < n && u[end] == ' ')
			end++;
		lp_repair_add(reps, "jammer", line, in + i, end - i, "", 0);
		copied = i = end;
	}
	if (!any)
		return 0;
	lp_buf_append(out, in + copied, n - copied);
	return 1;
}
