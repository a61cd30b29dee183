/*
 * lp_source_year.c — the year in the name a report was loaded under
 * (reports.source), which places a text that states no year of its own and
 * came with no publication date: within-year releases and news that say only
 * 今年, 上半年 or 去年 are often kept as "sanmenxia-2021-h1.txt" or under their
 * address ("https://…/2021/0726/…").  The text's own years and dates always
 * come first; the name is the last resort (period basis "source").
 */
#include "lp.h"
#include "lp_pubdate.h"

#include <string.h>

#define NAME_YEAR_MIN 1978			/* reports of the genre: the reform era on */
#define NAME_YEAR_MAX 2099

static int
ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Letters of a hash or a word: "a2019f" (hex) and "v2021" are no years. */
static int
ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * A year standing alone in a file name at s[i]: four digits with no digit
 * on either side and no letter before ("_2021_", "-2021.", "2021年", "2021Q1");
 * a letter after may only be a part's (Q, H, M) or a hex-free word's, not a
 * hash's digit run ("23c5…").  "20210726" (a day) gives its year.  0 if none.
 */
static int
name_year_at(const char *s, size_t n, size_t i)
{
	int			y;
	size_t		run = i;

	if (i > 0 && (ascii_digit(s[i - 1]) || ascii_letter(s[i - 1])))
		return 0;
	while (run < n && ascii_digit(s[run]))
		run++;
	if (run - i == 8)
	{
		int			m = (s[i + 4] - '0') * 10 + (s[i + 5] - '0'),
					d = lp_digits_at(s, n, i + 6, 2);

		if (m < 1 || m > 12 || d < 1 || d > 31)
			return 0;
	}
	else if (run - i != 4)
		return 0;
	if (run < n && ascii_letter(s[run]) && strchr("QqHhMm", s[run]) == NULL)
		return 0;
	y = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
	return y >= NAME_YEAR_MIN && y <= NAME_YEAR_MAX ? y : 0;
}

/*
 * The one year a file name (the part after its last '/' or '\') names;
 * 0 when it names none, or two ("2021-2025", "2016和2017"): a span or a
 * comparison, not the text's year.
 */
static int
file_name_year(const char *s, size_t n)
{
	size_t		start = 0,
				i;
	int			year = 0,
				y;

	for (i = 0; i < n; i++)
		if (s[i] == '/' || s[i] == '\\')
			start = i + 1;
	for (i = start; i < n; i++)
	{
		if (!ascii_digit(s[i]) || (i > start && ascii_digit(s[i - 1])))
			continue;
		if ((y = name_year_at(s, n, i)) == 0)
			continue;
		if (year != 0 && y != year)
			return 0;
		year = y;
	}
	return year;
}

int
lp_source_year(const char *source, size_t len)
{
	int			month;

	if (source == NULL || len == 0 || memchr(source, '\n', len) != NULL)
		return 0;
	/* an address: the date of its path, as a saved page's first line is read */
	if ((len > 7 && memcmp(source, "http://", 7) == 0) ||
		(len > 8 && memcmp(source, "https://", 8) == 0))
		return lp_address_date(source, len, &month);
	return file_name_year(source, len);
}

lp_anchor
lp_anchor_of(int published_year, const char *source, size_t len)
{
	lp_anchor	a = {published_year, LP_PERIOD_PUBLISHED};

	if (published_year == 0)
	{
		a.year = lp_source_year(source, len);
		a.basis = LP_PERIOD_SOURCE;
	}
	return a;
}
