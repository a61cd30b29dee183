/*
 * normalize.c — unit tests of lp_normalize: every repair kind on sample text
 * written for these tests (damaged samples are made here with iconv), the
 * repair log, and the line-count invariant on arbitrary bytes.
 */
#include "lp.h"
#include "tap.h"

#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#define FFFD "\xEF\xBF\xBD"

static char *
norm(const char *s)
{
	static lp_buf out;
	lp_error	err;

	memset(&err, 0, sizeof(err));
	lp_buf_free(&out);
	lp_buf_init(&out);
	if (lp_normalize(s, strlen(s), &out, NULL, &err) != LP_OK)
	{
		printf("# error: %s\n", err.msg);
		return NULL;
	}
	return out.data ? out.data : "";
}

/* "kind|line|before|after" lines of the repair log */
static char *
log_of(const char *s)
{
	static lp_buf log;
	lp_buf		out;
	lp_repairs	reps = {0};
	lp_error	err;
	size_t		i;

	memset(&err, 0, sizeof(err));
	lp_buf_free(&log);
	lp_buf_init(&log);
	lp_buf_init(&out);
	if (lp_normalize(s, strlen(s), &out, &reps, &err) != LP_OK)
		return NULL;
	for (i = 0; i < reps.n; i++)
	{
		char		num[16];

		lp_buf_puts(&log, reps.items[i].kind);
		snprintf(num, sizeof(num), "|%d|", reps.items[i].line);
		lp_buf_puts(&log, num);
		lp_buf_puts(&log, reps.items[i].before);
		lp_buf_putc(&log, '|');
		lp_buf_puts(&log, reps.items[i].after);
		lp_buf_putc(&log, '\n');
	}
	lp_repairs_free(&reps);
	lp_buf_free(&out);
	return log.data ? log.data : "";
}

/* Convert with iconv; invalid input is skipped (like a careless converter). */
static char *
conv(const char *to, const char *from, const char *s, size_t n, size_t *outlen)
{
	iconv_t		cd = iconv_open(to, from);
	size_t		cap = n * 4 + 16,
				il = n,
				ol = cap;
	char	   *out = calloc(1, cap + 1),
			   *ip = (char *) s,
			   *op = out;

	while (il > 0)
	{
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t) -1)
		{
			ip++;				/* skip one undecodable byte */
			il--;
		}
	}
	iconv_close(cd);
	*outlen = op - out;
	*op = '\0';
	return out;
}

static int
count_nl(const char *s, size_t n)
{
	int			k = 0;
	size_t		i;

	for (i = 0; i < n; i++)
		k += s[i] == '\n';
	return k;
}

int
main(void)
{
	size_t		n,
				m;
	char	   *gbk,
			   *bad,
			   *src;


	/* width */
	TAP_STREQ(norm("增长１２．５％，其中ＧＤＰ占比３：１"), "增长12.5%，其中GDP占比3:1",
			  "width: full-width digits, letters, ％ and ．：between digits fold");
	TAP_STREQ(norm("收入１，２３４万元。说明：（一）"), "收入1,234万元。说明：（一）",
			  "width: ，between digits folds, Chinese punctuation elsewhere stays");
	TAP_STREQ(log_of("增长１２．５％"), "width|1|１２．５％|12.5%\n", "width: repair logged");
	TAP_STREQ(norm("增长12.6c/o,分别增长4.8c/o、3℅;见c/o栏,5c/old"),
			  "增长12.6%,分别增长4.8%、3%;见c/o栏,5c/old",
			  "width: ℅ and its NFKC fold c/o after a digit fold to per cent, c/o elsewhere stays");
	TAP_STREQ(log_of("增长12.6c/o"), "width|1|c/o|%\n", "width: c/o repair logged");
	TAP_STREQ(norm("同比增长7。3%，工业增加值215。46亿元，出口2。08亿美元；排名第3。2029年起，共12。5月份"),
			  "同比增长7.3%，工业增加值215.46亿元，出口2.08亿美元；排名第3。2029年起，共12。5月份",
			  "width: 。 between digits before per cent or a unit is a decimal point; before a year or month stays");

	/* html */
	TAP_STREQ(norm("<p class=\"t\">地区生产总值</p>增长&nbsp;5&#37;<br>&amp;&lt;&#x4E00;</strong>"),
			  "地区生产总值增长5%&<一", "html: tags removed, entities decoded (the space before 5 goes too: spacing)");
	TAP_STREQ(norm("a < b 且 c&d"), "a < b 且 c&d", "html: lone < and & stay");

	/* zero width */
	TAP_STREQ(norm("增\xE2\x80\x8B长\xEF\xBB\xBF" "5\xC2\xAD%\xE2\x81\xA0"), "增长5%",
			  "zero_width: ZWSP, BOM, soft hyphen and word joiner removed");
	TAP_STREQ(log_of("增\xE2\x80\x8B\xE2\x80\x8C长"), "zero_width|1|\xE2\x80\x8B\xE2\x80\x8C|\n",
			  "zero_width: one repair per run");
	TAP_STREQ(norm("\xF0\x9F\x8C\x88" "2029年目标\xF0\x9F\x8E\xAF，1\xEF\xB8\x8F\xE2\x83\xA3 增长5%"), "2029年目标，1\xE2\x83\xA3 增长5%",
			  "zero_width: emoji and their variation selector removed (decoration); a keycap stays");

	/* pinyin glosses */
	TAP_STREQ(norm("經(jīng)濟(jì)增長（zēng）"), "经济增长", "pinyin_gloss: tone-marked glosses after hanzi removed");
	TAP_STREQ(norm("生产总值(GDP)、(一)、(北向)、(2025-2026年)、资金(de)"), "生产总值(GDP)、(一)、(北向)、(2025-2026年)、资金",
			  "pinyin_gloss: abbreviations, numbering, notes and years kept; toneless listed syllable removed");
	TAP_STREQ(norm("见 ABC(jīng) 与 模式(mode)"), "见 ABC(jīng) 与 模式(mode)",
			  "pinyin_gloss: not after a hanzi or without tone mark: kept");
	TAP_STREQ(log_of("經(jīng)"), "pinyin_gloss|1|(jīng)|\nt2s|1|經|经\n", "pinyin_gloss and t2s logged in order");

	/* zero digits */
	TAP_STREQ(norm("二○二三年完成1○0项，○ 一是"), "二〇二三年完成100项，○ 一是",
			  "zero_digit: circles inside numerals become zero, a bullet stays");
	TAP_STREQ(norm("二〇二三年"), "二〇二三年", "zero_digit: 〇 in a Chinese year is already right");

	/* lost */
	TAP_STREQ(norm("收入锟斤拷锟斤拷亿元"), "收入" FFFD FFFD "亿元", "lost: 锟斤拷 becomes U+FFFD");
	TAP_STREQ(log_of("收入锟斤拷亿元"), "lost|1|锟斤拷|" FFFD "\n", "lost: logged");
	TAP_STREQ(norm("截至年底" FFFD), "截至年底" FFFD, "a line cut mid-character keeps its U+FFFD");

	/* t2s */
	TAP_STREQ(norm("經濟發展穩中向好，新增企業"), "经济发展稳中向好，新增企业", "t2s: traditional to simplified, 新增 kept");
	TAP_STREQ(norm("制定計畫"), "制定计划", "t2s: context-dependent phrase converted by OpenCC");
	TAP_STREQ(norm("经济发展稳中向好"), "经济发展稳中向好", "t2s: simplified text unchanged");
	TAP_STREQ(norm("規模以上工業増加值増長5.4%，産値"), "规模以上工业增加值增长5.4%，产值",
			  "t2s: variant forms OpenCC leaves (増 値) folded from norm_variants.tsv");
	TAP_STREQ(norm("制定計畫，増長"), "制定计划，增长", "t2s: variant folded on a line OpenCC converts");
	TAP_STREQ(norm("茎 芸"), "茎 芸", "t2s: simplified characters are not variants");
	TAP_STREQ(norm("〝十一五〞期末"), "“十一五”期末", "t2s: double prime quotes of copies folded to “ ”");

	/* utf8_as_gbk: UTF-8 bytes read as GBK */
	src = "经济总量";
	bad = conv("GBK", "UTF-8", src, strlen(src), &n);	/* placeholder, replaced below */
	free(bad);
	{
		iconv_t		cd = iconv_open("UTF-8", "GBK");
		char		in[64],
					outb[64],
				   *ip = in,
				   *op = outb,
					line[256];
		size_t		il = strlen(src),
					ol = sizeof(outb);

		memcpy(in, src, il);
		TAP_OK(iconv(cd, &ip, &il, &op, &ol) != (size_t) -1, "utf8_as_gbk: sample made with iconv");
		*op = '\0';
		iconv_close(cd);
		TAP_STREQ(norm(outb), src, "utf8_as_gbk: whole run repaired (%s)", outb);
		snprintf(line, sizeof(line), "全年%s增长5%%", outb);
		TAP_STREQ(norm(line), "全年经济总量增长5%", "utf8_as_gbk: stretch inside a line repaired");
	}

	/*
	 * utf8_as_gbk of a whole line with bytes lost (lp_repair_u8line.c):
	 * UTF-8 read as GB18030 with undecodable bytes replaced (U+FFFD) or
	 * dropped; the runs between ASCII joined again, the lost characters
	 * told by the dictionaries' pairs (增长, 总值), the 、 between figures,
	 * 年月日 after digits and the 0x80 GB18030 cannot decode
	 */
	{
		const char *want = "全年地区生产总值增长6.5%，城镇、农村居民人均可支配收入分别达到41200元、18600元，增长5.2%、7.1%。";
		const char *repl = "\xE9\x8D\x8F\xE3\x84\xA5\xE5\x8B\xBE\xE9\x8D\xA6\xE6\x9D\xBF\xE5\xB0\xAF\xE9\x90\xA2\xE7\x86\xB6\xE9\xAA\x87\xE9\x8E\xAC\xE8\xAF\xB2\xEF\xBF\xBD\xE7\x85\x8E\xEE\x96\x83\xE9\x97\x80\xEF\xBF\xBD" "6.5%\xE9\x94\x9B\xE5\xB1\xBD\xE7\x85\x84\xE9\x97\x80\xE5\x9B\xA5\xEF\xBF\xBD\xE4\xBD\xB8\xE5\x95\x98\xE9\x8F\x89\xE6\x88\x9D\xE7\x9C\xB3\xE5\xA7\x98\xE6\x88\x9C\xE6\xB1\x89\xE9\x8D\xA7\xE5\x9B\xA7\xE5\xBD\xB2\xE9\x8F\x80\xEE\x88\x9E\xE5\x8E\xA4\xE9\x8F\x80\xE8\xB7\xBA\xE5\x8F\x86\xE9\x8D\x92\xE5\x97\x97\xE5\x9F\x86\xE6\x9D\x88\xE6\x83\xA7\xE5\x9F\x8C" "41200\xE9\x8D\x8F\xE5\x86\xA6\xEF\xBF\xBD\xEF\xBF\xBD" "18600\xE9\x8D\x8F\xE5\x86\xBF\xE7\xB4\x9D\xE6\xBE\xA7\xE7\x82\xBA\xE6\x9A\xB1" "5.2%\xE9\x8A\x86\xEF\xBF\xBD" "7.1%\xE9\x8A\x86\xEF\xBF\xBD";
		const char *lg;
		const char *drop = "\xE9\x8D\x8F\xE3\x84\xA5\xE5\x8B\xBE\xE9\x8D\xA6\xE6\x9D\xBF\xE5\xB0\xAF\xE9\x90\xA2\xE7\x86\xB6\xE9\xAA\x87\xE9\x8E\xAC\xE8\xAF\xB2\xE7\x85\x8E\xEE\x96\x83\xE9\x97\x80" "6.5%\xE9\x94\x9B\xE5\xB1\xBD\xE7\x85\x84\xE9\x97\x80\xE5\x9B\xA5\xE4\xBD\xB8\xE5\x95\x98\xE9\x8F\x89\xE6\x88\x9D\xE7\x9C\xB3\xE5\xA7\x98\xE6\x88\x9C\xE6\xB1\x89\xE9\x8D\xA7\xE5\x9B\xA7\xE5\xBD\xB2\xE9\x8F\x80\xEE\x88\x9E\xE5\x8E\xA4\xE9\x8F\x80\xE8\xB7\xBA\xE5\x8F\x86\xE9\x8D\x92\xE5\x97\x97\xE5\x9F\x86\xE6\x9D\x88\xE6\x83\xA7\xE5\x9F\x8C" "41200\xE9\x8D\x8F\xE5\x86\xA6" "18600\xE9\x8D\x8F\xE5\x86\xBF\xE7\xB4\x9D\xE6\xBE\xA7\xE7\x82\xBA\xE6\x9A\xB1" "5.2%\xE9\x8A\x86" "7.1%\xE9\x8A\x86";

		TAP_STREQ(norm(repl), want, "utf8_as_gbk line: lost bytes marked U+FFFD");
		TAP_STREQ(norm(drop), want, "utf8_as_gbk line: lost bytes dropped");
		TAP_STREQ(norm("2019\xE9\xAA\x9E\xEF\xBF\xBD" "12\xE9\x8F\x88\xEF\xBF\xBD" "31\xE9\x8F\x83\xEF\xBF\xBD"),
				  "2019年12月31日", "utf8_as_gbk line: a date, every character cut before a digit");
		TAP_STREQ(norm("\xE9\x97\x8B\xE6\x84\xAF\xE2\x96\x93\xE9\x8D\x8F\xE3\x84\xA5\xE5\x8B\xBE\xE9\x8D\xA6\xE6\x9D\xBF\xE5\xB4\x81\xE9\x90\xA2\xE7\x86\xBA\xE6\x95\x98\xE7\xBB\xBA\xE8\x97\x89\xEF\xBF\xBD\xE7\x85\x8E\xEE\x96\x83\xE9\x97\x80\xEF\xBF\xBD" "6%\xE5\xAE\xB8\xEF\xB9\x80\xE5\xBD\xB8"),
				  "预计全年地区生产总值增长6%左右", "utf8_as_gbk line: traditional text");
		TAP_STREQ(norm("\xE6\xB6\x93\xEF\xBF\xBD\xE9\x8A\x86\xEF\xBF\xBD" "2023\xE9\xAA\x9E\xE6\x9D\x91\xE4\xBC\x90\xE6\xB5\xA3\xE6\xBB\x83\xE6\xB4\x96\xE6\xA4\xA4\xEF\xBF\xBD"),
				  "一、2023年工作回顾", "utf8_as_gbk line: a heading's number and its 、 before a year");
		TAP_STREQ(norm("\xE9\x8D\xA9\xE5\xBA\x9D\xE5\x9F\x82\xE7\x81\x9E\xE5\x91\xAE\xE7\x9A\xAF\xE9\x8F\x80\xE8\xB7\xBA\xE5\x8F\x86\xE9\x8D\x92\xE5\x97\x97\xE5\x9F\x86\xE6\xBE\xA7\xE7\x82\xBA\xE6\x9A\xB1" "5.5%\xE9\x8D\x9C\xEF\xBF\xBD" "7%\xE9\x94\x9B\xE5\xB1\xB8\xEF\xBF\xBD\xE6\xBB\x83\xE5\xB4\x84\xE9\x8D\xA5\xE6\xB6\x97\xE7\xB0\xB2\xE9\x88\xA5\xEF\xBF\xBD,\xE9\x88\xA5\xE6\x96\xBA\xEF\xBF\xBD\xEF\xBF\xBD" "2024\xE9\xAA\x9E\xEF\xBF\xBD"),
				  "城乡居民收入分别增长5.5%和7%，“十四五”,——2024年",
				  "utf8_as_gbk line: 和 between figures, a closing quote, a dash after a dash");
		TAP_STREQ(norm("\xE7\x80\xB9\xE5\xB1\xBE\xE5\x9E\x9A\xE9\xAA\x9E\xE7\xA3\x8B\xEE\x85\xB8\xE9\x8D\x92\xEF\xBF\xBD" "710\xE6\xB5\x9C\xE5\x9E\xAE\xE5\x8E\x93\xE9\x90\xA8\xEF\xBF\xBD" "89.4%\xE9\x8A\x86\xE5\x82\x9A\xE5\x8F\xBE\xE6\xB6\x93\xEF\xBF\xBD,\xE7\xBB\x97\xEE\x83\xBF\xE7\xAB\xB4\xE6\xB5\x9C\xD1\x82\xE7\xAC\x9F\xE6\xBE\xA7\xE7\x82\xB2\xE5\xA7\x9E\xE9\x8D\x8A\xEF\xBF\xBD" "18\xE6\xB5\x9C\xE5\x9E\xAE\xE5\x8E\x93"),
				  "完成年计划710亿元的89.4%。其中,第一产业增加值18亿元",
				  "utf8_as_gbk line: 的 between figures, the pair the dictionaries hold most (其中)");
		lg = log_of(repl);
		TAP_OK(lg && strncmp(lg, "utf8_as_gbk|1|", 14) == 0, "utf8_as_gbk line: the repair is logged");
		TAP_STREQ(norm("涓涓细流汇成江河，浜水之滨有鍦锛銆"), "涓涓细流汇成江河，浜水之滨有鍦锛銆",
				  "utf8_as_gbk line: GBK text with those characters is left alone");
		lg = log_of("规划期内鐨革铁矿2处，储量5亿吨，鍦锛銆");
		TAP_OK(lg && !strstr(lg, "utf8_as_gbk"),
			   "utf8_as_gbk line: rare hanzi before digits are no lost bytes");
	}

	/* spacing: a date written day first with a PDF's space inside */
	TAP_STREQ(norm("长沙县统计局 26.07 .2016  13:37"), "长沙县统计局 26.07.2016  13:37",
			  "spacing: day-first date \"26.07 .2016\" mended");
	TAP_STREQ(norm("发布：3 / 8 /2021"), "发布：3/8/2021", "spacing: day-first date with slashes mended");
	TAP_STREQ(norm("全年实现总值 812 亿元,增长  ５．６％ ;一般公共预"), "全年实现总值812亿元,增长5.6% ;一般公共预",
			  "spacing: two spaces around a figure in a clause go (no table row)");
	TAP_STREQ(norm("地区生产总值  亿元  812  860"), "地区生产总值  亿元  812  860",
			  "spacing: a table row's runs of spaces stay");

	/* gbk_as_latin1: GBK bytes read as Latin-1 */
	src = "经济运行";
	gbk = conv("GBK", "UTF-8", src, strlen(src), &n);
	bad = conv("UTF-8", "ISO-8859-1", gbk, n, &m);
	TAP_STREQ(norm(bad), src, "gbk_as_latin1: repaired");
	{
		char		line[256];

		snprintf(line, sizeof(line), "增长%s发展", bad);
		TAP_STREQ(norm(line), "增长经济运行发展", "gbk_as_latin1: repaired inside a line");
	}
	free(gbk);
	free(bad);
	/* traditional hanzi: GBK's extension leads read as C1 controls; 年 alone after a year */
	src = "2016年1-6月全市經濟運行簡況";
	gbk = conv("GBK", "UTF-8", src, strlen(src), &n);
	bad = conv("UTF-8", "ISO-8859-1", gbk, n, &m);
	TAP_STREQ(norm(bad), "2016年1-6月全市经济运行简况",
			  "gbk_as_latin1: a line of traditional hanzi (C1 controls in it) is Latin-1 mojibake through");
	free(gbk);
	free(bad);

	/* gbk_shift: GBK text, one byte lost, the rest decoded one byte off */
	src = "（二）加快建设现代化产业体系,推动高质量发展";
	gbk = conv("GBK", "UTF-8", src, strlen(src), &n);
	{
		char		shifted[512];

		/* the byte before the heading was lost: decoding starts mid-character */
		shifted[0] = (char) 0xA1;
		memcpy(shifted + 1, gbk, n);
		bad = conv("UTF-8", "GBK", shifted, n + 1, &m);
	}
	{
		char		line[512];
		char	   *got;

		snprintf(line, sizeof(line), "?%s", bad);
		got = norm(line);
		TAP_OK(got && strstr(got, "（二）加快建设现代化产业体") != NULL,
			   "gbk_shift: heading and text restored (%s -> %s)", line, got ? got : "");
		TAP_OK(got && strstr(got, "推动高质量发展") != NULL, "gbk_shift: text after the run untouched");
		TAP_OK(got && strchr(got, '?') == NULL, "gbk_shift: no ? left");
		TAP_OK(strncmp(log_of(line), "gbk_shift|1|?", 13) == 0, "gbk_shift: logged");
	}
	free(gbk);
	free(bad);
	/* a '?' that is a question mark in clean text stays */
	TAP_STREQ(norm("罗湖又该向哪?答案是发展"), "罗湖又该向哪?答案是发展", "gbk_shift: real question mark kept");

	/* box-drawing tables are not mojibake */
	{
		const char *table = "┌──────┬──────┐\n│指标　│增长　│\n├──────┼──────┤\n│地区生产总值│5%│\n└──────┴──────┘";

		TAP_STREQ(norm(table), table, "gbk_shift: a box-drawing table is left alone");
	}

	/* chrome */
	TAP_STREQ(norm("标题\n查看: 1234|回复: 5\n打印 上一主题 下一主题\n正文增长5%\n回顶部"),
			  "标题\n\n\n正文增长5%\n", "chrome: forum lines become empty, lines kept");
	TAP_STREQ(norm("发表于 2021-3-5 09:12:33 | 只看该作者 | 倒序浏览\n本帖最后由 某网友 于 2021-3-5 09:20 编辑"),
			  "\n", "chrome: post header and edit note dropped");
	TAP_STREQ(norm("阅读原文\n点击上方蓝字关注我们\n长按识别二维码\n分享 点赞 在看\nhttps://example.org/a?b=1"),
			  "\n\n\n\n", "chrome: WeChat footer and bare URL dropped");
	TAP_STREQ(norm("南澳发布 2023-01-05 08:00 发表于广东\n点击上方“南澳发布”关注我们\n楼主\n1#\n阅读 10万+\n阅读：1234次\n全年接待游客560万人次"),
			  "\n\n\n\n\n\n全年接待游客560万人次", "chrome: WeChat header, follow prompt, floor and read count dropped");
	TAP_STREQ(norm("[bookmark: _GoBack]一、总体情况"), "一、总体情况", "chrome: bookmark tag removed inline");
	TAP_STREQ(norm("分享经济增长5%\n在看守所建设方面投入2亿元"), "分享经济增长5%\n在看守所建设方面投入2亿元",
			  "chrome: lines stating quantities kept");
	TAP_STREQ(log_of("a\n回顶部"), "chrome|2|回顶部|\n", "chrome: logged with its line");
	TAP_STREQ(norm("[book[bookmark: x]mark: y]一、总体情况"), "一、总体情况",
			  "chrome: a cut that a cut brings together is cut too");
	TAP_STREQ(norm("[bookmark: [bookmark: 目录"), "[bookmark: [bookmark: 目录",
			  "chrome: an opening without its close stays");
	TAP_STREQ(norm("&#91;bookmark: p1&#93;总体情况"), "总体情况", "chrome: a cut written with entities");
	TAP_STREQ(log_of("一[bookmark: _x]二"), "chrome|1|[bookmark: _x]|\n", "chrome: inline cut logged");
	TAP_STREQ(norm("[align=center][b]20[/b][b]2[/b][b]9[/b][b]年[/b]统计公报[/align]"), "2029年统计公报",
			  "bbcode: forum tags around a title dropped");
	TAP_STREQ(norm("[1]增长6%[color=rgb(51, 51, 51)]。[/color][青禾]:[bold]"), "[1]增长6%。[青禾]:[bold]",
			  "bbcode: a footnote, a speaker and an unknown name stay");
	TAP_STREQ(norm("[/size=3]增长[b"), "[/size=3]增长[b", "bbcode: a closing tag with a value, an open tag cut, stay");

	/* spaces of PDF text around numbers */
	TAP_STREQ(norm("2023 年，全市地区生产总值达到 11542.6 亿元，增长 5.4%；强度达到 3 .1%，控制在 5% 以内"),
			  "2023年，全市地区生产总值达到11542.6亿元，增长5.4%；强度达到3.1%，控制在5%以内",
			  "spacing: the spaces PDF text puts around numbers go");
	TAP_STREQ(norm("地区生产总值  亿元  1720  1638.5"), "地区生产总值  亿元  1720  1638.5",
			  "spacing: a table row's cells stay apart");
	TAP_STREQ(norm("日期: 2022 年 01 月24日   作者:   来源:某县融媒体中心"),
			  "日期: 2022年01月24日   作者:   来源:某县融媒体中心",
			  "spacing: a date's spaces go in a line of fields too");
	TAP_STREQ(norm("发布时间：2018- 11 - 16 "), "发布时间：2018-11-16 ", "spacing: a dashed date's spaces go");
	TAP_STREQ(norm(" 2023 -06- 27  15:58 阅读人数: 1 "), " 2023-06-27  15:58 阅读人数: 1 ",
			  "spacing: a dashed date in a line of fields");
	TAP_STREQ(norm("date  2026 - 03 -02 "), "date  2026-03-02 ", "spacing: a date in an ASCII line");
	TAP_STREQ(norm("GDP 5 % in 2025 - 26"), "GDP 5 % in 2025 - 26", "spacing: an ASCII line keeps all but dates");
	TAP_STREQ(norm("2016年 1 - 6 月全市经济运行简况"), "2016年1-6月全市经济运行简况",
			  "spacing: a span of months");
	TAP_STREQ(norm("指标  1 - 6 月  1720  1638.5"), "指标  1-6月  1720  1638.5",
			  "spacing: a span of months in a table row");
	TAP_STREQ(norm("指标  2021 - 2022  1720  1638.5"), "指标  2021 - 2022  1720  1638.5",
			  "spacing: a span of years in a table row is no date");
	TAP_STREQ(norm("目标是,报告显 示,地区生产总值增长5%左右,财政收入增长3%左右。"),
			  "目标是,报告显示,地区生产总值增长5%左右,财政收入增长3%左右。",
			  "spacing: a word's space goes in a sentence with commas");
	TAP_STREQ(norm("指标 单位 2016年完成 2017年计划"), "指标 单位2016年完成2017年计划",
			  "spacing: a single-spaced table header keeps its hanzi apart");
	TAP_STREQ(norm("生产总值 亿元 1,226.4 2,430。"), "生产总值 亿元1,226.4 2,430。",
			  "spacing: thousands separators are no commas of prose");
	TAP_STREQ(norm("分别达到18687元、5634元,增长 7.8% 、 9.2% 。主要"), "分别达到18687元、5634元,增长7.8%、9.2%。主要",
			  "spacing: figures against full-width punctuation");
	TAP_STREQ(norm("今年,浙江将“生产总值增长5%- 5.5%”列为主要预期目标,力争研发投入强度达到3.35%,确保投入增长。"),
			  "今年,浙江将“生产总值增长5%-5.5%”列为主要预期目标,力争研发投入强度达到3.35%,确保投入增长。",
			  "spacing: a span of figures in prose");
	TAP_STREQ(norm("据介绍,全省实现生产总值6835.  27亿元,增长8.9%;投资增长21.1%,消费增长12.6%。"),
			  "据介绍,全省实现生产总值6835.27亿元,增长8.9%;投资增长21.1%,消费增长12.6%。",
			  "spacing: a decimal point two spaces from its decimals");
	TAP_STREQ(norm("工业增加值 12.3 -4.5"), "工业增加值12.3 -4.5", "spacing: a row's two figures stay apart");
	TAP_STREQ(norm("PM2.5 and GDP 5 %"), "PM2.5 and GDP 5 %", "spacing: an ASCII line is left alone");
	TAP_STREQ(log_of("增长 5%"), "spacing|1|增长 5%|增长5%\n", "spacing: logged");

	/* portal chrome, link lists and CSV exports (issue 14 class 8, issue 17) */
	TAP_STREQ(norm("当前位置：首页 > 政务公开 > 规划计划\n【字号：大 中 小】 【打印】 【关闭窗口】\n全区地区生产总值增长5%"),
			  "\n\n全区地区生产总值增长5%", "chrome: breadcrumb, font size and print bar dropped");
	TAP_STREQ(norm("下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n分享到：微信 微博 QQ空间"),
			  "\n\n\n\n\n\n\n\n\n", "chrome: a provincial portal's tool bar, one word a line, and a share bar dropped");
	TAP_STREQ(norm("县长作政府工作报告。本报记者 王某 摄\n全县粮食产量增长2%。"),
			  "\n全县粮食产量增长2%。", "chrome: a photo caption dropped");
	TAP_STREQ(norm("全年增长5%。\n往期精彩回顾\n上半年全县地区生产总值增长6.1%\n\n前三季度投资增长12.3%\n全年经济运行总体平稳，增长5.2%。"),
			  "全年增长5%。\n\n\n\n\n全年经济运行总体平稳，增长5.2%。",
			  "chrome: a link list and its headlines dropped up to the first sentence");
	TAP_STREQ(norm("相关阅读：\n全县规上工业增加值增长8.8%\n"), "\n\n", "chrome: 相关阅读 starts a link list");
	TAP_STREQ(norm("id,site,title,content\n7,某区政府,\"报告\",\"一、2022年执行情况\n全区坚持\"\"港产城\"\"融合，增长3.6%。\"\n"),
			  "\n一、2022年执行情况\n全区坚持\"港产城\"融合，增长3.6%。\n",
			  "csv: the header and the other fields dropped, the text field unquoted, lines kept");
	TAP_STREQ(norm("province,year,full_text,url\n某省,2026,\"正文\",http://x\n"), "\n正文\n",
			  "csv: the fields after the text dropped");
	TAP_STREQ(norm("\n正文\n"), "\n正文\n", "csv: the unwrapped text normalizes to itself");
	TAP_STREQ(norm("a,b\n1,2\n"), "a,b\n1,2\n", "csv: a header without a text column is text");
	TAP_STREQ(log_of("id,content\n1,x"), "csv|1|id,content|\n", "csv: the unwrapping logged");

	/* markup: one pass reaches what repeated passes would */
	TAP_STREQ(norm("&amp;lt;b&amp;gt;总体&amp;amp;amp;情况"), "总体&情况", "html: entities of entities decoded whole");
	TAP_STREQ(norm("<<b>p>增长5%</p>"), "增长5%", "html: a tag that a removed tag brings together");
	TAP_STREQ(norm("a&#8203;b"), "ab", "html: an entity of a zero-width character decodes to nothing");
	TAP_STREQ(norm("地区[bookmark: p1](jīng)生产总值"), "地区生产总值", "pinyin: gloss beside removed chrome");
	TAP_STREQ(norm("地区(dì)(qū)生产总值"), "地区生产总值", "pinyin: glosses one after the other");
	TAP_STREQ(norm("錕斤拷增长"), FFFD "增长", "lost: 锟斤拷 made by t2s is repaired in the next round");
	TAP_STREQ(norm("研發(f\nā)投入"), "研发\n投入", "cut gloss: a gloss cut by a line break is removed whole");
	TAP_STREQ(norm("研發(tóu\nrù)強度"), "研发\n强度", "cut gloss: cut between its syllables");
	TAP_STREQ(norm("研發（\nfā）投入"), "研发\n投入", "cut gloss: cut after a full-width bracket");
	TAP_STREQ(norm("研發\n(fā)投入"), "研发\n投入", "cut gloss: a gloss opening the next line");
	TAP_STREQ(norm("研發(f\n\n\u3000\u3000ā)投入"), "研发\n\n\u3000\u3000投入",
			  "cut gloss: over a blank line, before an indent");
	TAP_STREQ(norm("研發(f\n\n\n\nā)投入"), "研发(f\n\n\n\nā)投入", "cut gloss: not over three blank lines");
	TAP_STREQ(norm("研发(\n2024年)投入"), "研发(\n2024年)投入", "cut gloss: a year's note is no gloss");
	TAP_STREQ(norm("总值\n(GDP)增长"), "总值\n(GDP)增长", "cut gloss: an abbreviation is no gloss");
	TAP_STREQ(norm("¾­¼ÃÔö³\n¤3.6%"), "经济增长\n3.6%", "cut latin1 pair: GBK read as Latin-1 cut inside a pair");
	TAP_STREQ(norm("¾­¼ÃÔö\n³¤3.6%"), "经济增\n³¤3.6%", "cut latin1 pair: a cut between pairs stays");
	TAP_STREQ(norm("ÉÏ°ëÄêÔöé\nL5.1%"), "上半年增长\n5.1%", "cut latin1 pair: an ASCII trail (GBK's extension)");
	TAP_STREQ(norm("café\nLa suite"), "café\nLa suite", "cut latin1 pair: no pairs before, no cut");
	TAP_STREQ(norm("prix 3 ¤\n¤ 4"), "prix 3 ¤\n¤ 4", "cut latin1 pair: a lone sign is no lead");
	TAP_STREQ(norm("été à\n¤ 4"), "été à\n¤ 4", "cut latin1 pair: French is no GBK");
	TAP_STREQ(log_of("¾­¼ÃÔö³\n¤"), "cut_latin1_pair|2|¤|\ngbk_as_latin1|1|¾­¼ÃÔö³¤|经济增长\n",
			  "cut latin1 pair: the move logged on the line it left");
	TAP_STREQ(log_of("研發(f\nā)"), "cut_gloss|2|ā)|\npinyin_gloss|1|(fā)|\nt2s|1|發|发\n",
			  "cut gloss: the move logged on the line it left");

	/* the invariant: as many lines out as in, whatever the bytes */
	{
		int			ok = 1,
					idem = 1,
					t;
		unsigned int seed = 12345;

		for (t = 0; t < 3000 && ok; t++)
		{
			char		buf[300];
			size_t		len = 1 + (seed % 299),
						k;
			lp_buf		out;
			lp_error	err;
			static const char *pieces[] = {"\n", "?", "。", "ㄒ", "(", "jīng)", "锟斤拷", "<b>", "&#", "○", "１", "經", "\xA1", "\xE2\x80\x8B", "查看: 1|回复: 2", "[bookmark:", "]", "&amp;", ";", ">", "區", "（", "ｂ", "錕"};

			for (k = 0; k < len;)
			{
				seed = seed * 1103515245 + 12345;
				if ((seed >> 16) % 3 == 0)
				{
					const char *p = pieces[(seed >> 8) % (sizeof(pieces) / sizeof(pieces[0]))];
					size_t		pl = strlen(p);

					if (k + pl > len)
						break;
					memcpy(buf + k, p, pl);
					k += pl;
				}
				else
					buf[k++] = (char) (seed >> 16);
			}
			len = k;
			lp_buf_init(&out);
			memset(&err, 0, sizeof(err));
			if (lp_normalize(buf, len, &out, NULL, &err) != LP_OK ||
				count_nl(buf, len) != count_nl(out.data ? out.data : "", out.len))
				ok = 0;
			else
			{
				lp_buf		again;

				lp_buf_init(&again);
				if (lp_normalize(out.data ? out.data : "", out.len, &again, NULL, &err) != LP_OK ||
					again.len != out.len || (out.len && memcmp(again.data, out.data, out.len) != 0))
				{
					printf("# not idempotent on '%.*s'\n", (int) len, buf);
					idem = 0;
				}
				lp_buf_free(&again);
			}
			lp_buf_free(&out);
		}
		TAP_OK(ok, "invariant: line count kept on 3000 random byte strings");
		TAP_OK(idem, "invariant: normalize(normalize(x)) = normalize(x) on the same strings");
	}

	return TAP_DONE();
}
