/*
 * decode.c — unit tests of the decoding module: every encoding, BOMs,
 * auto-detection on paragraphs and on short lines (GBK and Big5), exact
 * error offsets, exact replacement counts, and random bytes.
 *
 * The sample text is written for this test (not taken from any report);
 * it is encoded with iconv at run time.
 */
#include "lp.h"
#include "tap.h"

#include <iconv.h>
#include <stdlib.h>
#include <string.h>

/* short lines in the genre, 8 to 30 characters, simplified */
static const char *const short_lines[] = {
	"地区生产总值增长百分之六点五",
	"固定资产投资完成三百二十亿元",
	"社会消费品零售总额稳步回升",
	"全年新增就业岗位一万二千个",
	"城镇居民人均可支配收入增长",
	"一般公共预算收入完成年度目标",
	"规模以上工业增加值增长百分之八",
	"进出口总额保持平稳较快增长",
	"新开工建设保障性住房两千套",
	"全区常住人口达到一百一十万人",
	"深入推进营商环境改革试点工作",
	"加快建设现代化国际化创新型城区",
	"完成旧城改造项目十二个",
	"新增学位四千八百个，新建学校三所",
	"空气质量优良天数比例保持全市前列",
	"全面落实河长制，水环境持续改善",
	"金融业增加值占比进一步提高",
	"扎实推进民生实事，群众满意度提升",
	"全年引进高层次人才五百余名",
	"重点项目完成投资一百五十亿元",
	"辖区企业研发投入强度稳步提高",
	"社区健康服务中心实现全覆盖",
	"年度计划执行情况总体良好",
	"预计全年财政收入增长百分之五左右",
	"文化旅游产业加快转型升级",
	"安全生产形势保持总体稳定",
	"推动商贸流通业高质量发展",
	"着力解决停车难和交通拥堵问题",
	"实施城市更新单元规划十个",
	"养老服务床位新增三百张",
	"建成口袋公园二十个，绿道十五公里",
	"政务服务事项网上办理率达到百分之九十",
	"科技型中小企业数量持续增长",
	"统筹推进疫情防控和经济社会发展",
	"加强基层治理体系和治理能力建设",
	"外贸进出口结构不断优化",
	"消费市场逐步恢复活力",
	"土地整备任务超额完成",
	"居民消费价格指数上涨百分之二",
	"完善就业创业扶持政策体系",
};

static const char *const paragraph =
	"今年以来，全区上下坚持稳中求进工作总基调，统筹推进经济社会发展各项工作。\n"
	"一、上半年计划执行情况\n"
	"（一）经济运行总体平稳。地区生产总值完成一千二百亿元，同比增长6.5%；"
	"规模以上工业增加值增长8.2%；固定资产投资完成320亿元，增长12.1%；"
	"社会消费品零售总额完成560亿元，增长9.0%。\n"
	"（二）民生事业持续改善。新增学位四千八百个，新建社区健康服务中心三家，"
	"城镇登记失业率控制在3%以内，居民人均可支配收入增长7.8%。\n"
	"二、下半年工作安排\n"
	"加快推进重大项目建设，确保全年目标任务圆满完成。\n";

/* iconv the UTF-8 string s into encoding enc */
static char *
encode(const char *s, const char *enc, size_t *outlen)
{
	iconv_t		cd = iconv_open(enc, "UTF-8");
	size_t		cap = strlen(s) * 4 + 16,
				il = strlen(s),
				ol = cap;
	char	   *out = malloc(cap),
			   *ip = (char *) s,
			   *op = out;

	if (cd == (iconv_t) -1)
	{
		*outlen = 0;
		return out;
	}
	iconv(cd, &ip, &il, &op, &ol);
	iconv(cd, NULL, NULL, &op, &ol);
	iconv_close(cd);
	*outlen = op - out;
	return out;
}

/* the same lines in traditional characters, for Big5 */
static const char *const short_lines_trad[] = {
	"地區生產總值增長百分之六點五",
	"固定資產投資完成三百二十億元",
	"社會消費品零售總額穩步回升",
	"全年新增就業崗位一萬二千個",
	"城鎮居民人均可支配收入增長",
	"一般公共預算收入完成年度目標",
	"規模以上工業增加值增長百分之八",
	"進出口總額保持平穩較快增長",
	"新開工建設保障性住房兩千套",
	"全區常住人口達到一百一十萬人",
	"深入推進營商環境改革試點工作",
	"加快建設現代化國際化創新型城區",
	"完成舊城改造項目十二個",
	"新增學位四千八百個，新建學校三所",
	"空氣質量優良天數比例保持全市前列",
	"全面落實河長制，水環境持續改善",
	"金融業增加值佔比進一步提高",
	"紮實推進民生實事，群眾滿意度提升",
	"全年引進高層次人才五百餘名",
	"重點項目完成投資一百五十億元",
	"轄區企業研發投入強度穩步提高",
	"社區健康服務中心實現全覆蓋",
	"年度計劃執行情況總體良好",
	"預計全年財政收入增長百分之五左右",
	"文化旅遊產業加快轉型升級",
	"安全生產形勢保持總體穩定",
	"推動商貿流通業高質量發展",
	"著力解決停車難和交通擁堵問題",
	"實施城市更新單元規劃十個",
	"養老服務床位新增三百張",
	"建成口袋公園二十個，綠道十五公里",
	"政務服務事項網上辦理率達到百分之九十",
	"科技型中小企業數量持續增長",
	"統籌推進疫情防控和經濟社會發展",
	"加強基層治理體系和治理能力建設",
	"外貿進出口結構不斷優化",
	"消費市場逐步恢復活力",
	"土地整備任務超額完成",
	"居民消費價格指數上漲百分之二",
	"完善就業創業扶持政策體系",
};

#define NLINES ((int) (sizeof(short_lines) / sizeof(short_lines[0])))

/* decode bytes with encoding name; returns malloc'd text or NULL */
static char *
dec(const void *raw, size_t len, const char *enc, int replace,
	const char **used, size_t *nrep, lp_error *err)
{
	lp_buf		out;
	const char *u = NULL;
	size_t		n = 0;
	lp_error	e;

	lp_buf_init(&out);
	memset(&e, 0, sizeof(e));
	if (lp_decode(raw, len, enc, replace, &out, &u, &n, &e) != LP_OK)
	{
		if (err)
			*err = e;
		lp_buf_free(&out);
		return NULL;
	}
	if (used)
		*used = u;
	if (nrep)
		*nrep = n;
	if (err)
		*err = e;
	return out.data;
}

static void
check_roundtrip(const char *text, const char *enc, const char *want_used,
				const char *what)
{
	size_t		len;
	char	   *raw = encode(text, enc, &len);
	const char *used = NULL;
	char	   *got = dec(raw, len, "auto", 0, &used, NULL, NULL);

	TAP_STREQ(got, text, "auto decodes %s: %s", enc, what);
	TAP_STREQ(used, want_used, "auto names %s: %s", want_used, what);
	free(got);
	free(raw);
}

static int
short_lines_right(const char *const *lines, const char *enc, const char *want)
{
	int			right = 0,
				i;

	for (i = 0; i < NLINES; i++)
	{
		size_t		len;
		char	   *raw = encode(lines[i], enc, &len);
		const char *used = NULL;
		char	   *got = dec(raw, len, "auto", 0, &used, NULL, NULL);

		if (got && strcmp(got, lines[i]) == 0 && used && strcmp(used, want) == 0)
			right++;
		else
			printf("# %s short line %d wrong: got %s as %s\n", enc, i,
				   got ? got : "(error)", used ? used : "-");
		free(got);
		free(raw);
	}
	return right;
}

/* lp_decode_ex's replacements, recorded as "offset+len@line" items */
typedef struct replaced_log
{
	char		text[512];
	size_t		n;
} replaced_log;

static void
note_replaced(void *arg, size_t offset, size_t len, int line)
{
	replaced_log *log = arg;
	size_t		used = strlen(log->text);

	snprintf(log->text + used, sizeof(log->text) - used, "%s%zu+%zu@%d",
			 used ? " " : "", offset, len, line);
	log->n++;
}

/* the replacements a replacing decode of raw makes, and their count */
static void
check_replaced(const void *raw, size_t len, const char *enc, const char *want,
			   const char *what)
{
	replaced_log log = {{0}, 0};
	lp_buf		out;
	const char *used = NULL;
	size_t		n = 0;
	lp_error	e;

	lp_buf_init(&out);
	TAP_OK(lp_decode_ex(raw, len, enc, 1, &out, &used, &n, note_replaced, &log, &e) == LP_OK,
		   "replacing decode succeeds: %s", what);
	TAP_STREQ(log.text, want, "replacements told with offset, length and line: %s", what);
	TAP_OK(log.n == n, "one call per U+FFFD counted: %s (%zu, %zu)", what, log.n, n);
	lp_buf_free(&out);
}

int
main(void)
{
	char	   *trad_paragraph;
	size_t		len;
	int			i,
				right;

	/* traditional paragraph: join the traditional short lines */
	{
		size_t		total = 0;

		for (i = 0; i < NLINES; i++)
			total += strlen(short_lines_trad[i]) + 4;
		trad_paragraph = malloc(total + 1);
		trad_paragraph[0] = '\0';
		for (i = 0; i < NLINES; i++)
		{
			strcat(trad_paragraph, short_lines_trad[i]);
			strcat(trad_paragraph, i % 3 == 2 ? "。\n" : "，");
		}
	}

	/* full paragraphs in each encoding */
	check_roundtrip(paragraph, "UTF-8", "UTF-8", "paragraph");
	check_roundtrip(paragraph, "GBK", "GBK", "paragraph");
	check_roundtrip(paragraph, "GB18030", "GBK", "paragraph valid as GBK");
	check_roundtrip(paragraph, "UTF-16LE", "UTF-16LE", "paragraph without BOM");
	check_roundtrip(paragraph, "UTF-16BE", "UTF-16BE", "paragraph without BOM");
	check_roundtrip(trad_paragraph, "BIG5", "BIG5", "traditional paragraph");
	check_roundtrip(trad_paragraph, "UTF-16LE", "UTF-16LE", "traditional without BOM");
	check_roundtrip(trad_paragraph, "GB18030", "GBK", "traditional in GBK");

	/* GB18030-only characters: a four-byte sequence makes it GB18030 */
	{
		const char *t = "新建𠀀项目三个，投资二十亿元，全年目标完成。";

		check_roundtrip(t, "GB18030", "GB18030", "four-byte sequence");
	}

	/* GBK that happens to be valid UTF-8 (D4 AA is 元), pinyin glosses in GBK */
	check_roundtrip("元GDP", "GBK", "GBK", "two-byte UTF-8 look-alike");
	check_roundtrip("總產(chǎn)值增長(zhǎng)", "GBK", "GBK", "pinyin glosses");
	check_roundtrip("Café 3×4", "UTF-8", "UTF-8", "Latin-1 letters in UTF-8");

	/* short lines: every one must come back right */
	right = short_lines_right(short_lines, "GBK", "GBK");
	TAP_OK(right == NLINES, "GBK short lines: %d of %d right", right, NLINES);
	right = short_lines_right(short_lines_trad, "BIG5", "BIG5");
	TAP_OK(right == NLINES, "BIG5 short lines: %d of %d right", right, NLINES);
	right = short_lines_right(short_lines_trad, "GBK", "GBK");
	TAP_OK(right == NLINES, "traditional GBK short lines: %d of %d right", right, NLINES);
	right = short_lines_right(short_lines, "UTF-8", "UTF-8");
	TAP_OK(right == NLINES, "UTF-8 short lines: %d of %d right", right, NLINES);
	right = short_lines_right(short_lines, "UTF-16LE", "UTF-16LE");
	TAP_OK(right == NLINES, "UTF-16LE short lines without BOM: %d of %d right", right, NLINES);
	right = short_lines_right(short_lines_trad, "UTF-16BE", "UTF-16BE");
	TAP_OK(right == NLINES, "UTF-16BE traditional short lines without BOM: %d of %d right", right, NLINES);
	right = short_lines_right(short_lines, "GB18030", "GBK");
	TAP_OK(right == NLINES, "GB18030 short lines named GBK: %d of %d right", right, NLINES);

	/* BOMs are dropped and decide the encoding */
	{
		static const char *const boms[][3] = {
			{"\xEF\xBB\xBF", "UTF-8", "UTF-8"},
			{"\xFF\xFE", "UTF-16LE", "UTF-16LE"},
			{"\xFE\xFF", "UTF-16BE", "UTF-16BE"},
		};

		for (i = 0; i < 3; i++)
		{
			size_t		blen = strlen(boms[i][0]);
			char	   *body = encode(short_lines[3], boms[i][1], &len);
			char	   *raw = malloc(len + blen);
			const char *used = NULL;
			char	   *got;

			memcpy(raw, boms[i][0], blen);
			memcpy(raw + blen, body, len);
			got = dec(raw, len + blen, "auto", 0, &used, NULL, NULL);
			TAP_STREQ(got, short_lines[3], "BOM of %s dropped", boms[i][1]);
			TAP_STREQ(used, boms[i][2], "BOM names %s", boms[i][2]);
			free(got);
			got = dec(raw, len + blen, boms[i][1], 0, NULL, NULL, NULL);
			TAP_STREQ(got, short_lines[3], "BOM dropped with explicit %s", boms[i][1]);
			free(got);
			free(raw);
			free(body);
		}
	}

	/* aliases and unknown names */
	{
		static const char *const names[] = {"utf8", "UTF-8", "gbk", "CP936", "gb2312",
		"GB18030", "big5", "Big5-HKSCS", "big5hkscs", "utf-16le", "UTF16BE"};
		lp_error	e;

		for (i = 0; i < (int) (sizeof(names) / sizeof(names[0])); i++)
		{
			char	   *got = dec("abc", 3, names[i], 0, NULL, NULL, NULL);

			/* UTF-16 reads "abc" as a bad sequence: only check acceptance */
			if (strncasecmp(names[i], "utf-16", 6) == 0 || strncasecmp(names[i], "utf16", 5) == 0)
			{
				dec("abc", 3, names[i], 0, NULL, NULL, &e);
				TAP_OK(e.code == LP_EENCODING, "alias %s accepted", names[i]);
			}
			else
				TAP_STREQ(got, "abc", "alias %s accepted", names[i]);
			free(got);
		}
		TAP_OK(dec("abc", 3, "latin1", 0, NULL, NULL, &e) == NULL && e.code == LP_EARG &&
			   strstr(e.msg, "gb18030") != NULL,
			   "unknown encoding is LP_EARG listing names: %s", e.msg);
	}

	/* strict errors: exact offset and line */
	{
		char	   *good = encode("第一行\n第二行有错", "GBK", &len);
		char		raw[64];
		lp_error	e;
		char	   *got;

		memcpy(raw, good, len);
		raw[len] = (char) 0xA3;
		raw[len + 1] = ' ';
		memcpy(raw + len + 2, good, 4);
		got = dec(raw, len + 6, "gbk", 0, NULL, NULL, &e);
		TAP_OK(got == NULL && e.code == LP_EENCODING && e.offset == len && e.line == 2,
			   "GBK error offset %zu line %d", e.offset, e.line);
		TAP_OK(strstr(e.msg, "\"GBK\"") && strstr(e.msg, "0xa3 0x20"), "GBK error message: %s", e.msg);
		free(got);

		got = dec("ab\ncd\xC3(", 7, "utf8", 0, NULL, NULL, &e);
		TAP_OK(got == NULL && e.offset == 5 && e.line == 2 && strstr(e.msg, "0xc3 0x28"), "UTF-8 error offset %zu line %d: %s",
			   e.offset, e.line, e.msg);
		got = dec("ab\0cd", 5, "utf8", 0, NULL, NULL, &e);
		TAP_OK(got == NULL && e.offset == 2, "NUL is refused at offset %zu", e.offset);
		got = dec("\xFF\xFE" "a\0\n\0\x00\xD8" "b\0", 10, "auto", 0, NULL, NULL, &e);
		TAP_OK(got == NULL && e.offset == 6 && e.line == 2, "UTF-16 lone surrogate at offset %zu line %d: %s",
			   e.offset, e.line, e.msg);
		got = dec("a\0b", 3, "utf-16le", 0, NULL, NULL, &e);
		TAP_OK(got == NULL && e.offset == 2, "UTF-16 odd last byte at offset %zu", e.offset);

		/* an error far from the start: the offset is still exact */
		{
			size_t		plen;
			char	   *p = encode(paragraph, "GBK", &plen);
			size_t		total = plen * 300 + 2;
			char	   *big = malloc(total);
			size_t		k;

			for (k = 0; k < 300; k++)
				memcpy(big + k * plen, p, plen);
			big[total - 2] = (char) 0x81;
			big[total - 1] = '\n';
			got = dec(big, total, "auto", 0, NULL, NULL, &e);
			TAP_OK(got == NULL && e.offset == total - 2 && e.line == 300 * 6 + 1,
				   "error at the end of %zu bytes: offset %zu line %d", total, e.offset, e.line);
			got = dec(big, total, "auto", 1, NULL, &k, &e);
			TAP_OK(got != NULL && k == 1, "replace past the sample: %zu replaced", k);
			free(got);
			free(big);
			free(p);
		}
		free(good);
	}

	/* the sample said GBK, a GB18030-only character comes later: GB18030 */
	{
		size_t		plen,
					tlen;
		char	   *p = encode(paragraph, "GBK", &plen);
		char	   *tail = encode("新建𠀀项目。\n", "GB18030", &tlen);
		size_t		total = plen * 200 + tlen;
		char	   *big = malloc(total + 100000);
		const char *used = NULL;
		char	   *got;
		size_t		k;

		for (k = 0; k < 200; k++)
			memcpy(big + k * plen, p, plen);
		memcpy(big + plen * 200, tail, tlen);
		got = dec(big, total, "auto", 0, &used, NULL, NULL);
		TAP_OK(got != NULL && strstr(got, "𠀀项目") != NULL, "GB18030 past the sample decoded");
		TAP_STREQ(used, "GB18030", "GB18030 past the sample named");
		free(got);

		/* plain ASCII for 100 kB, then GBK: detection runs again there */
		memset(big, 'x', 100000);
		for (k = 0; k < 100000; k += 80)
			big[k] = '\n';
		memcpy(big + 100000, p, plen);
		got = dec(big, 100000 + plen, "auto", 0, &used, NULL, NULL);
		TAP_OK(got != NULL && strcmp(got + 100000, paragraph) == 0, "GBK after 100 kB of ASCII decoded");
		TAP_STREQ(used, "GBK", "GBK after 100 kB of ASCII named");
		free(got);
		free(big);
		free(tail);
		free(p);
	}

	/* replace: exact count, one U+FFFD per bad sequence */
	{
		size_t		n;
		const char *used;
		char	   *got = dec("ab\xFF" "c\xC3(\xE4\xB8", 8, "utf8", 1, &used, &n, NULL);

		TAP_STREQ(got, "ab\xEF\xBF\xBD" "c\xEF\xBF\xBD(\xEF\xBF\xBD", "UTF-8 replace text");
		TAP_OK(n == 3, "UTF-8 replace count %zu", n);
		free(got);
		got = dec("\xD6\xD0\xFF\xB9\xFA\x81 \xA3", 8, "gbk", 1, &used, &n, NULL);
		TAP_STREQ(got, "中\xEF\xBF\xBD国\xEF\xBF\xBD \xEF\xBF\xBD", "GBK replace text");
		TAP_OK(n == 3, "GBK replace count %zu", n);
		free(got);
		got = dec("\xA4\xA4\xFF\xB0\xEA", 5, "big5", 1, &used, &n, NULL);
		TAP_OK(got != NULL && n == 1, "BIG5 replace count %zu: %s", n, got ? got : "");
		free(got);
	}

	/* random bytes never crash; replace always succeeds */
	{
		unsigned	seed = 12345;
		int			ok = 1;

		for (i = 0; i < 2000; i++)
		{
			unsigned char buf[300];
			size_t		n = (size_t) (i % 300),
						k,
						nrep;
			char	   *got;
			lp_enc_guess g[8];

			for (k = 0; k < n; k++)
			{
				seed = seed * 1103515245u + 12345u;
				buf[k] = (unsigned char) (seed >> 16);
				if (i % 4 == 0 && k % 2)
					buf[k] = 0;
			}
			lp_detect_encoding(buf, n, g, 8);
			got = dec(buf, n, "auto", 0, NULL, NULL, NULL);
			free(got);
			got = dec(buf, n, "auto", 1, NULL, &nrep, NULL);
			if (got == NULL)
				ok = 0;
			free(got);
			got = dec(buf, n, i % 2 ? "big5-hkscs" : "gb18030", 1, NULL, &nrep, NULL);
			if (got == NULL)
				ok = 0;
			free(got);
		}
		TAP_OK(ok, "2000 random inputs decoded with replace, no crash");
	}

	/* detection list */
	{
		lp_enc_guess g[8];
		char	   *raw = encode(paragraph, "GBK", &len);
		int			n = lp_detect_encoding((const uint8_t *) raw, len, g, 8);

		TAP_OK(n >= 2 && strcmp(g[0].encoding, "GBK") == 0 && g[0].confidence > 0.5 &&
			   g[1].confidence <= g[0].confidence,
			   "detect GBK first (%s %.3f)", n ? g[0].encoding : "-", n ? g[0].confidence : 0);
		free(raw);
		n = lp_detect_encoding((const uint8_t *) "", 0, g, 8);
		TAP_OK(n == 1 && strcmp(g[0].encoding, "UTF-8") == 0, "empty input is UTF-8");
	}
	free(trad_paragraph);
	/* an even run of junk bytes is not BOM-less UTF-16 */
	{
		static const uint8_t junk[] = {'a', 'b', 'c', 0x80, 0xff, 0x80, 0xff, '\n'};
		lp_buf		out;
		const char *used = NULL;
		lp_error	err;
		int			rc;

		lp_buf_init(&out);
		rc = lp_decode(junk, sizeof(junk), "auto", 0, &out, &used, NULL, &err);
		TAP_OK(rc == LP_EENCODING, "junk bytes without zero bytes fail strict auto decoding (got %s)",
			   rc == LP_OK ? used : "error");
		lp_buf_free(&out);
	}
	/* lp_decode_ex: where each replacement came from (offset, length, line) */
	check_replaced("a\xff\nb\xc3(\n\nc\xe2\x82", 11, "utf8", "1+1@1 4+1@2 9+2@4",
				   "UTF-8 bad byte, broken pair, truncated end");
	{
		size_t		glen;
		char	   *gbk = encode("第一行\n第二行", "GBK", &glen);
		char	   *damaged = malloc(glen + 2);

		memcpy(damaged, gbk, 7);	/* 第一行\n: 6 bytes and the newline */
		damaged[7] = '\xff';
		memcpy(damaged + 8, gbk + 7, glen - 7);
		damaged[glen + 1] = '\x81';
		check_replaced(damaged, glen + 2, "auto", "7+1@2 14+1@2",
					   "GBK stray byte at a line start, lead byte at the end");
		free(damaged);
		free(gbk);
	}
	check_replaced("\xef\xbb\xbf" "ab" "\x00" "c", 6, "utf8", "5+1@1", "NUL after a BOM: offsets in raw");
	check_replaced("plain", 5, "utf8", "", "nothing to replace");

	return TAP_DONE();
}
