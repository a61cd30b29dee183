/*
 * align.c — unit tests of lp_align_span: a span of the clean line maps to
 * the text of the body line it came from, across every kind of repair that
 * keeps or removes characters (text written for these tests).
 */
#include "lp.h"
#include "lp_align.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

/* byte offset of character k of s */
static size_t
byte_at(const char *s, long k)
{
	size_t		i = 0;

	while (k > 0 && s[i])
	{
		i++;
		while (((unsigned char) s[i] & 0xC0) == 0x80)
			i++;
		k--;
	}
	return i;
}

static long
chars_of(const char *s, size_t n)
{
	return (long) lp_utf8_chars(s, n);
}

/*
 * Normalize body, find needle in the clean line, map it back: the body text
 * of the mapped span must be want.
 */
static void
check(const char *what, const char *body, const char *needle, const char *want, int want_exact)
{
	lp_buf		out;
	lp_error	err;
	const char *hit;
	long		cs,
				ce,
				bs,
				be;
	int			exact;
	char		got[512];
	size_t		b0,
				b1;

	memset(&err, 0, sizeof(err));
	lp_buf_init(&out);
	if (lp_normalize(body, strlen(body), &out, NULL, &err) != LP_OK || !out.data ||
		!(hit = strstr(out.data, needle)))
	{
		TAP_OK(0, "%s: '%s' in the clean line '%s'", what, needle, out.data ? out.data : "");
		lp_buf_free(&out);
		return;
	}
	cs = chars_of(out.data, (size_t) (hit - out.data));
	ce = cs + chars_of(needle, strlen(needle));
	if (lp_align_span(body, strlen(body), out.data, out.len, cs, ce, &bs, &be, &exact, &err) != LP_OK)
	{
		TAP_OK(0, "%s: %s", what, err.msg);
		lp_buf_free(&out);
		return;
	}
	b0 = byte_at(body, bs);
	b1 = byte_at(body, be);
	snprintf(got, sizeof(got), "%.*s", (int) (b1 - b0), body + b0);
	TAP_STREQ(got, want, "%s: clean '%s' is body '%s'", what, needle, want);
	TAP_OK(exact == want_exact, "%s: exact is %d", what, want_exact);
	lp_buf_free(&out);
}

int
main(void)
{
	lp_error	err;
	long		bs,
				be;
	int			exact,
				rc;

	check("unchanged", "地区生产总值增长5%，固定资产投资增长8%。", "8%", "8%", 1);
	check("traditional", "地區生產總值增長5.2%，社會消費品零售總額增長7%。",
		  "社会消费品零售总额增长7%", "社會消費品零售總額增長7%", 1);
	check("chrome and gloss (issue 16 reproduction 4)",
		  "地区[bookmark: p1](jīng)生产总值增长5%，固定资产投资增长8%。", "生产总值增长5%",
		  "生产总值增长5%", 1);
	check("after removed chrome", "地区[bookmark: p1](jīng)生产总值增长5%，固定资产投资增长8%。",
		  "8%", "8%", 1);
	check("full width", "全年实现增长５．６％左右", "5.6%", "５．６％", 1);
	check("markup inside the span", "<p>工业增加值<b>增长</b>6.1%</p>", "增长6.1%",
		  "增长</b>6.1%", 1);
	check("zero-width characters", "税收\xE2\x80\x8B收入增长3.5%", "税收收入", "税收\xE2\x80\x8B收入", 1);
	check("pinyin glosses", "地(dì)区(qū)生(shēng)产(chǎn)总值增长5%", "区生产总值",
		  "区(qū)生(shēng)产(chǎn)总值", 1);
	check("zero digit", "全年新增二〇二三个项目，投资3亿元", "3亿元", "3亿元", 1);

	/* spans outside the line fail; an empty span has a place */
	memset(&err, 0, sizeof(err));
	rc = lp_align_span("增长5%", strlen("增长5%"), "增长5%", strlen("增长5%"), 2, 9, &bs, &be, &exact, &err);
	TAP_OK(rc == LP_EARG, "a span past the end of the line is LP_EARG (%s)", err.msg);
	rc = lp_align_span("增長5%", strlen("增長5%"), "增长5%", strlen("增长5%"), 4, 4, &bs, &be, &exact, &err);
	TAP_OK(rc == LP_OK && bs == 4 && be == 4, "an empty span at the end maps to the end (%ld-%ld)", bs, be);

	/* lines with nothing in common: the span stays inside the body line */
	rc = lp_align_span("abcdefghijklmnopqrstuvwxyz", 26, "一二三四五", 15, 1, 3, &bs, &be, &exact, &err);
	TAP_OK(rc == LP_OK && bs >= 0 && be <= 26 && bs <= be && !exact,
		   "unrelated lines map in proportion, not exactly (%ld-%ld)", bs, be);
	/* many spans of a line in one walk, in any order */
	{
		const char *body = "地區[bookmark: p1](jīng)生產總值增長5%，固定資產投資增長8%。";
		const char *clean = "地区生产总值增长5%，固定资产投资增长8%。";
		lp_align	sp[3] = {{19, 21, 0, 0, 0}, {0, 2, 0, 0, 0}, {8, 10, 0, 0, 0}};

		rc = lp_align_spans(body, strlen(body), clean, strlen(clean), sp, 3, &err);
		TAP_OK(rc == LP_OK && sp[0].bs == 39 && sp[0].be == 41 && sp[1].bs == 0 && sp[1].be == 2 &&
			   sp[2].bs == 28 && sp[2].be == 30 && sp[0].exact && sp[1].exact && sp[2].exact,
			   "three spans in one walk (%ld-%ld %ld-%ld %ld-%ld)",
			   sp[0].bs, sp[0].be, sp[1].bs, sp[1].be, sp[2].bs, sp[2].be);
	}
	return TAP_DONE();
}
