/*
 * lp_period_event.c — a year that dates the day of a meeting ("在2030年9月26日
 * 会议部署实施一揽子政策基础上，…，全年经济总量迈上150万亿元新台阶"): the
 * year, month and day date the event, and a figure later in the sentence is
 * not of that year.  A day that dates a figure ("2030年12月31日，全市存款余额")
 * names no event and keeps its year.  The day may stand in a clause of its
 * own, the event in the next ("2031年1月20日，市统计局发布数据，…").
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/* The words of an event may follow the day within this many bytes of its clause. */
#define EVENT_WITHIN 36

/* The end of one or two ASCII digits at s[p] then the hanzi unit u, or 0. */
static size_t
digits_then(const char *s, size_t b, size_t p, const char *u)
{
	size_t		d = p;

	while (p < b && p - d < 2 && s[p] >= '0' && s[p] <= '9')
		p++;
	return p > d && lp_at(s, b, p, u) ? p + 3 : 0;
}

/* The end of the event's words from p: the clause's end or a figure, EVENT_WITHIN at most. */
static size_t
event_clause_end(const char *s, size_t p, size_t b)
{
	size_t		end;

	for (end = p; end < b && end < p + EVENT_WITHIN; end++)
	{
		int			cl;

		if (((unsigned char) s[end] & 0xC0) == 0x80)
			continue;
		if (lp_is_clause_end(lp_utf8_next(s + end, b - end, &cl)) || (s[end] >= '0' && s[end] <= '9'))
			break;
	}
	return end;
}

int
lp_event_day_year(const char *s, size_t q, size_t b)
{
	size_t		p = q + 4,
				end;
	long		at;
	size_t		wl;

	if (!lp_at(s, b, p, "年") || (p = digits_then(s, b, p + 3, "月")) == 0 ||
		(p = digits_then(s, b, p, "日")) == 0)
		return 0;
	end = event_clause_end(s, p, b);
	/* the day a clause of its own: the event's words in the next
	 * ("2031年1月20日，市统计局发布数据，…") */
	if (end == p && end < b && (s[end] == ',' || lp_at(s, b, end, "，")))
	{
		p = end + (s[end] == ',' ? 1 : 3);
		end = event_clause_end(s, p, b);
	}
	at = lp_words_find(LP_W_DAY_EVENT, s + p, end - p, &wl);
	return at >= 0;
}

/* The bytes the year may stand from the subject's start after a dateline and its byline. */
#define DATELINE_YEAR_WITHIN 256

/* Does s[a, p) end with a wire dateline ("北京3月3日电"), a byline in brackets after it or not? */
static int
ends_with_dateline(const char *s, size_t a, size_t p)
{
	size_t		wl;

	while (p > a && s[p - 1] == ' ')
		p--;
	if (p > a && (s[p - 1] == ')' || (p - a >= 3 && lp_same(s + p - 3, "）", 3))))
	{
		size_t		q = lp_prev_char(s, p);

		while (q > a && p - q <= 60 && !(s[q] == '(' || lp_same(s + q, "（", 3)))
			q = lp_prev_char(s, q);
		if (!(s[q] == '(' || lp_same(s + q, "（", 3)) || p - q > 60)
			return 0;
		p = q;
	}
	wl = lp_words_suffix(LP_W_WIRE_DATELINE, s + a, p - a);
	return wl > 0 && p - wl - a >= 4 && lp_same(s + p - wl - 3, "日", 3) &&
		s[p - wl - 4] >= '0' && s[p - wl - 4] <= '9';
}

/* The years after a dateline, from the first 年 at first (none in [a + 10, first)). */
static size_t
year_after_dateline(const char *s, size_t a, size_t b, const char *first)
{
	size_t		i,
				end = b < a + DATELINE_YEAR_WITHIN ? b : a + DATELINE_YEAR_WITHIN;
	const char *p;

	/* the years at a + 9 on, by their 年 (a + 13 on): most subjects have none */
	if (end < a + 16)
		return 0;
	p = first >= s + a + 13 ? first : lp_find3(s + a + 13, end - a - 13, "年");
	for (; p != NULL && p + 3 <= s + end; p = lp_find3(p + 3, (size_t) (s + end - p - 3), "年"))
	{
		i = (size_t) (p - s) - 4;
		if ((s[i] == '1' || s[i] == '2') && s[i + 1] >= '0' && s[i + 1] <= '9' &&
			s[i + 2] >= '0' && s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9' &&
			!(s[i - 1] >= '0' && s[i - 1] <= '9') && ends_with_dateline(s, a, i))
			return i - a;
	}
	return 0;
}

/* The speaker's year lies within SPEECH_YEAR_BYTES of a (lp_clause.c, SPEECH_YEAR_WITHIN). */
#define SPEECH_YEAR_BYTES 48

size_t
lp_year_after_lead(const char *s, size_t a, size_t b)
{
	size_t		end = b < a + DATELINE_YEAR_WITHIN ? b : a + DATELINE_YEAR_WITHIN,
				n;
	const char *first;

	/*
	 * Both look for a year by its 年 from a + 10 on: one search for the
	 * first (most subjects have none), the speaker's only when it stands
	 * within that one's reach, the dateline's on from it.
	 */
	if (end < a + 13 || (first = lp_find3(s + a + 10, end - a - 10, "年")) == NULL)
		return 0;
	if (first + 3 <= s + a + SPEECH_YEAR_BYTES && (n = lp_year_after_speech(s, a, b)) > 0)
		return n;
	return year_after_dateline(s, a, b, first);
}
