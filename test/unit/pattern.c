/*
 * pattern.c — unit tests of lp_pattern, the linear-time matcher of the
 * chrome.tsv line patterns: syntax, whole-string semantics, errors, and the
 * same answers as glibc regexec (C locale, the engine it replaced) on random
 * strings made of the pieces chrome lines are made of.
 */
#include "lp_repair.h"
#include "tap.h"

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
match(const char *re, const char *s)
{
	const char *why;
	lp_pattern *p = lp_pattern_compile(re, strlen(re), &why);
	int			r;

	if (!p)
		return -1;
	r = lp_pattern_match(p, s, strlen(s));
	lp_pattern_free(p);
	return r;
}

static const char *
error_of(const char *re)
{
	const char *why = NULL;
	lp_pattern *p = lp_pattern_compile(re, strlen(re), &why);

	if (p)
	{
		lp_pattern_free(p);
		return NULL;
	}
	return why;
}

int
main(void)
{
	TAP_OK(match("abc", "abc") == 1 && match("abc", "abcd") == 0 && match("abc", "xabc") == 0,
		   "a pattern matches the whole string only");
	TAP_OK(match("a{2,3}", "aa") == 1 && match("a{2,3}", "aaa") == 1 && match("a{2,3}", "aaaa") == 0 &&
		   match("a{2,3}", "a") == 0, "{m,n}");
	TAP_OK(match("a{2}", "aa") == 1 && match("a{2,}", "aaaaa") == 1 && match("a{2,}", "a") == 0, "{m} and {m,}");
	TAP_OK(match("(ab|c)*", "") == 1 && match("(ab|c)*", "abcab") == 1 && match("(ab|c)*", "abb") == 0,
		   "groups, alternatives and *");
	TAP_OK(match("x+y?", "xxx") == 1 && match("x+y?", "xy") == 1 && match("x+y?", "y") == 0, "+ and ?");
	TAP_OK(match("[0-9]+(#|楼)", "12楼") == 1 && match("[0-9]+(#|楼)", "12层") == 0, "byte ranges and non-ASCII alternatives");
	TAP_OK(match("[^]]*", "a]") == 0 && match("[^]]*", "ab") == 1, "a ] first in a set is literal");
	TAP_OK(match("a.c", "abc") == 1 && match(".", "") == 0, ". is one byte");
	{
		const char	nul[] = {'a', '\0', 'c'};
		const char *why;
		lp_pattern *p = lp_pattern_compile("a.c", 3, &why);

		TAP_OK(p && lp_pattern_match(p, nul, 3) == 0, ". never matches NUL");
		lp_pattern_free(p);
	}
	TAP_OK(match("\\[x\\]", "[x]") == 1 && match("a\\.b", "axb") == 0, "escapes are literals");
	TAP_OK(match("(次)?", "次") == 1 && match("(次)?", "") == 1 && match("次?", "\xE6\xAC") == 1,
		   "quantifiers apply to a group or to one byte");
	TAP_OK(match("((a|)*)*b", "aaab") == 1 && match("(a*)*", "aaaa") == 1, "empty loops end");
	TAP_OK(error_of("(ab") && error_of("ab)") && error_of("[ab") && error_of("a{2") &&
		   error_of("a{3,2}") && error_of("*a") && error_of("a\\") && error_of("a{999}") &&
		   !error_of("a{2,5}"), "malformed patterns are refused with a reason");
	TAP_OK(error_of(".{200}.{200}.{200}.{200}.{200}.{200}.{200}.{200}.{200}.{200}.{200}") != NULL,
		   "a pattern longer than the program limit is refused");
	{
		/* a long string costs one step per byte (no backtracking) */
		size_t		n = 1 << 20;
		char	   *s = malloc(n + 1);

		memset(s, 'a', n);
		s[n] = '\0';
		TAP_OK(match("(a|aa)*(a|aa)*c", s) == 0 && match("(a|aa)*(a|aa)*", s) == 1,
			   "a megabyte against an ambiguous pattern");
		free(s);
	}

	/* the same answers as glibc regexec on the line patterns of chrome.tsv */
	{
		static const char *pieces[] = {"查看", "回复", "主题", "打印", "上一主题", "下一主题", " ", "　", "|",
			":", "：", "1", "23", "2024-1-5", "2024-01-05 12:30", "#", "楼", "楼主", "发表于", "积分",
			"帖子", "阅读", "万", "w", "+", "次", "在看", "分享", "点赞", "http://", "https://", "www.",
			"a.cn", "/x", "【", "】", "打印本页", "关闭", "原创", "点击", "上方", "“", "”", "蓝字", "关注",
			"微信扫一扫", "长按", "二维码", "知道了", "取消", "来都来了", "点", "个", "赞", "本帖最后由 ",
		"于 ", " 编辑", "xyz", "Rank", "。", "，", "经济", "增长5%", ".", "-"};
		size_t		len,
					pos = 0;
		const char *data = lp_data_file("chrome.tsv", &len);
		const char *f[3];
		size_t		fl[3];
		long		tests = 0,
					matches = 0,
					diffs = 0;
		unsigned int seed = 7;

		while (data && lp_tsv_next(data, len, &pos, f, fl, 3) >= 3)
		{
			char		src[2048];
			regex_t		re;
			const char *why;
			lp_pattern *p;
			int			t;

			if (!(fl[0] == 4 && memcmp(f[0], "line", 4) == 0))
				continue;
			snprintf(src, sizeof(src), "^(%.*s)$", (int) fl[2], f[2]);
			p = lp_pattern_compile(f[2], fl[2], &why);
			if (!p || regcomp(&re, src, REG_EXTENDED | REG_NOSUB) != 0)
			{
				printf("# cannot compile %s\n", src);
				diffs++;
				continue;
			}
			for (t = 0; t < 20000; t++)
			{
				char		s[600];
				size_t		sl = 0;
				int			k,
							a,
							b;

				seed = seed * 1103515245 + 12345;
				for (k = 1 + (seed >> 16) % 12; k > 0; k--)
				{
					const char *x;

					seed = seed * 1103515245 + 12345;
					x = pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
					if (sl + strlen(x) > 500)
						break;
					memcpy(s + sl, x, strlen(x));
					sl += strlen(x);
				}
				s[sl] = '\0';
				a = regexec(&re, s, 0, NULL, 0) == 0;
				b = lp_pattern_match(p, s, sl);
				tests++;
				matches += a;
				if (a != b && diffs++ < 5)
					printf("# %s on '%s': regexec %d, lp_pattern %d\n", src, s, a, b);
			}
			regfree(&re);
			lp_pattern_free(p);
		}
		TAP_OK(tests > 0 && matches > 100 && diffs == 0,
			   "chrome.tsv line patterns: %ld random lines (%ld chrome), %ld differences from regexec",
			   tests, matches, diffs);
	}
	return TAP_DONE();
}
