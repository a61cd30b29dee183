/*
 * period.c — unit tests of the time model (lp_docyear.c, lp_period.c,
 * lp_meta.c): the year a document speaks from when it states none of its
 * own (a publication line, a five-year plan's stage, anniversaries, years
 * elapsed since a named year), 今年/去年 read against it, the lead of a
 * sentence over its semicolon clauses, comparison bases, and the periods of
 * the facts that follow.  Invented texts and figures.
 */
#include "lp.h"
#include "lp_period.h"
#include "lp_session_year.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static int
doc_year(const char *s, const char **basis)
{
	lp_period_basis b;
	int			y = lp_document_year(s, strlen(s), &b);

	*basis = y ? lp_period_basis_name(b) : "";
	return y;
}

#define DOC_YEAR(s, year, basis, what) do { \
	const char *b_; \
	int			y_ = doc_year(s, &b_); \
	TAP_OK(y_ == (year), "%s: year %d (got %d)", what, year, y_); \
	TAP_STREQ(b_, basis, "%s: basis", what); \
} while (0)

static void
test_document_year(void)
{
	DOC_YEAR("示范区建设三周年！\n时针拨回2020年6月1日，《关于建设示范区的意见》发布。\n今年上半年，全区增长6%。\n",
			 2023, "anniversary", "anniversary of a dated event sharing a word (示范)");
	DOC_YEAR("先行区两周年！\n时针拨回2020年6月1日，《关于支持本市建设高质量发展\n先行区的意见》发布。\n",
			 2022, "anniversary", "the dated sentence broken at a page width runs on to its shared word");
	DOC_YEAR("挂牌五周年之际\n2018年3月9日，新区正式挂牌成立。2015年-2017年，筹备三年。\n",
			 2023, "anniversary", "挂牌 names the event; a range and a flashback do not count");
	DOC_YEAR("今年是新中国成立七十周年。上半年，全市生产总值增长7%。\n",
			 2019, "anniversary", "an event of time_events.tsv");
	DOC_YEAR("建设十周年。全区实现生产总值100亿元。\n", 0, "",
			 "an anniversary of nothing dated places nothing");
	DOC_YEAR("自2017年启动试点，6年来累计服务10万人次。\n", 2023, "elapsed",
			 "N年来 from a start after 自");
	DOC_YEAR("近年来，全区发展迅速；多年来坚持改革。\n", 0, "", "近年来, 多年来 count nothing");
	DOC_YEAR("回顾过往，五年前的二〇一八年上半年，全省增长6%。\n", 2023, "elapsed",
			 "N年前的 a year in Chinese digits");
	DOC_YEAR("前三季度，全县生产总值增长8%，比2019年同期增长10%，两年平均增长4.9%。\n", 2021,
			 "elapsed", "two years averaged since a base 同期");
	DOC_YEAR("区统计局\n发布时间：2022-08-02 10:15\n今年以来，全区经济平稳。\n", 2022,
			 "publication", "a publication line in the head");
	DOC_YEAR("2015-2020年，全区累计投资500亿元。\n", 0, "", "a range of years is no date");
	DOC_YEAR("某县政府工作报告范文\n范文网 > 工作报告   发布时间：2021-06-02\n各位代表：\n"
			 "——2020年1月9日在某县第十七届人民代表大会第四次会议上\n", 2020, "delivery",
			 "a delivery line in the head beats a repost's publication date");
	DOC_YEAR("明报　2026年1月28日　星期三\n\n省长作政府工作报告。\n", 2026, "publication",
			 "a masthead's full date");
	DOC_YEAR("报告指出，今年是“十三五”规划收官之年。\n", 2020, "plan",
			 "今年 is the last year of the plan named before 收官之年");
	DOC_YEAR("今年是“十五五”开局之年。\n", 2026, "plan", "开局之年: the plan's first year");
	DOC_YEAR("“十三五”收官之年，全市增长6%。\n", 0, "", "a stage not said of 今年 is a past one");
	DOC_YEAR("上半年，全市生产总值较去年同期增长9.1%，为“十一五”良好开局奠定基础。\n", 2006, "plan",
			 "a part of the year's results toward the plan's good start: its first year, 去年同期 a base");
	DOC_YEAR("更新时间：2029-3-5 09:12\n今年1-2月。\n", 2029, "publication", "a date of one-digit month and day");
	DOC_YEAR("【发布时间：2029.03.05】\n今年1-2月。\n", 2029, "publication", "a year-first date with dots");
	DOC_YEAR("2029.3.5.1版\n今年1-2月。\n", 0, "", "a version number is no date");
	DOC_YEAR("2015-2020年\n今年1-2月。\n", 0, "", "a range of years is no date, one-digit dates read");
	DOC_YEAR("今年是“十四五”规划实施的第三年。\n", 2023, "plan", "a plan's ordinal year: its first year plus two");
	DOC_YEAR("今年全市第一产业增加值增长3%，第二产业增长5%。\n", 0, "", "第一产业 is no ordinal year");
	DOC_YEAR("今年是党的二十大胜利召开之年。\n", 2022, "plan", "the year a Party congress is held");
	DOC_YEAR("全年生产总值较去年增长9.1%，为“十一五”良好开局奠定基础。\n", 0, "",
			 "a whole year's results toward a good start name no year (this year's or the year before's)");
}

static lp_meta
meta_of(const char *doc)
{
	lp_meta		m;

	lp_infer_meta(doc, strlen(doc), &m);
	return m;
}

static void
test_meta(void)
{
	lp_meta		m;

	m = meta_of("先行示范三周年！新区交出半年成绩单\n\n"
				"时针拨回2019年8月18日，《关于支持新区建设先行示范区的意见》发布。\n"
				"今年上半年，新区实现地区生产总值500亿元，增长8.1%。\n");
	TAP_STREQ(m.period, "2022H1", "an anniversary beats a flashback year (and the title's 半年 is H1)");
	TAP_STREQ(lp_period_basis_name(m.period_basis), "anniversary", "basis anniversary");
	TAP_OK(m.doc_year == 2022, "the document speaks from 2022");

	m = meta_of("2018年6月1日，新区挂牌成立。四年过去，新区面貌一新。挂牌四周年之际，我们看看变化。\n\n"
				"今年上半年，新区实现地区生产总值200亿元。\n");
	TAP_STREQ(m.period, "2022", "a first line that is a sentence: its flashback year gives way");

	m = meta_of("某县第九届人民代表大会第三次会议开幕\n来源：县融媒体中心　发布时间：2023-01-16\n\n"
				"报告回顾了过去一年的工作。过去一年，全县实现地区生产总值300亿元，增长5%。\n"
				"报告提出，今年全县地区生产总值增长6%左右。\n");
	TAP_STREQ(m.period, "2022", "session news: the work report reviews the year before its session");
	TAP_STREQ(lp_period_basis_name(m.period_basis), "publication", "basis publication");
	TAP_OK(m.doc_year == 2023, "and speaks from the session's year");

	m = meta_of("某县统计局\n前三季度全县经济运行情况分析\n发布日期：10月26日\n\n"
				"三季度，全县实现地区生产总值132亿元，同比增长8%，比2019年同期增长12%，两年平均增长5.8%。\n");
	TAP_STREQ(m.period, "2021Q1-3", "two years averaged since 2019, and the head's 前三季度");
	TAP_STREQ(lp_period_basis_name(m.period_basis), "elapsed", "basis elapsed");

	m = meta_of("某报　2026年1月28日　星期三\n\n某省人大会议开幕，省长作政府工作报告。报告回顾，去年全省生产总值增长4%。\n");
	TAP_STREQ(m.period, "2025", "a masthead dates session news: the report reviews the year before");
	TAP_OK(m.doc_year == 2026, "and speaks from the masthead's year");

	m = meta_of("2024年某市政府工作报告\n\n一、2023年工作回顾\n全市增长5%。\n");
	TAP_STREQ(m.period, "2023", "a heading still decides");
	TAP_STREQ(lp_period_basis_name(m.period_basis), "heading", "basis heading");

	m = meta_of("某县经济运行简况\n\n今年以来，全县经济平稳。上半年，全县生产总值增长6%。\n");
	TAP_STREQ(m.period, "", "no year stated, none reasoned: no period");
	lp_meta_anchor(&m, 2024, LP_PERIOD_PUBLISHED);
	TAP_STREQ(m.period, "2024", "the caller's publication date anchors it");
	TAP_OK(m.doc_year == 2024, "doc_year from the anchor");
}

/* The period of the first fact whose value is value, "" if none; its basis in *basis. */
static const char *
period_of_value(const char *doc, int published, const char *value, const char **basis)
{
	static char buf[16];
	lp_facts	facts = {0};
	lp_error	err;
	size_t		i;

	buf[0] = '\0';
	*basis = "";
	if (lp_extract_anchored(doc, strlen(doc), NULL, lp_anchor_of(published, NULL, 0), &facts, &err) != LP_OK)
		return buf;
	for (i = 0; i < facts.n; i++)
		if (facts.items[i].has_quantity && strcmp(facts.items[i].q.value, value) == 0)
		{
			strcpy(buf, facts.items[i].period);
			*basis = lp_period_basis_name(facts.items[i].period_basis);
			if (*basis == NULL)
				*basis = "";
			break;
		}
	lp_facts_free(&facts);
	return buf;
}

#define PERIOD_OF(doc, pub, value, want, wbasis, what) do { \
	const char *b_; \
	const char *p_ = period_of_value(doc, pub, value, &b_); \
	TAP_STREQ(p_, want, "%s: period", what); \
	if ((wbasis)[0]) TAP_STREQ(b_, wbasis, "%s: basis", what); \
} while (0)

static void
test_facts(void)
{
	const char *h1 = "示范区建设三周年！\n\n时针拨回2020年6月1日，《关于建设示范区的意见》发布。\n\n"
		"今年上半年，全区交出成绩单：地区生产总值达321.5亿元，增长7.1%；社会消费品零售总额为98.7亿元，增长12.3%。\n";
	const char *session = "某县第九届人民代表大会第三次会议开幕\n来源：县融媒体中心　发布时间：2023-01-16\n\n"
		"报告指出，过去一年，全县地区生产总值达到412.6亿元，增长5.4%。\n"
		"报告提出，今年全县经济社会发展主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长4.5%。\n";
	const char *yearless = "某县经济运行简况\n\n今年上半年，全县地区生产总值达到88.8亿元，增长4.4%。去年同期增长3.3%。\n";
	const char *halfyear = "关于某区2023年上半年国民经济和社会发展计划执行情况的报告\n\n一、上半年计划执行情况\n"
		"——地区生产总值完成312.4亿元，增长5.8%（年度目标6.5%左右）；\n\n二、下半年工作安排\n下半年，确保全年固定资产投资增长9%。\n";
	const char *stated = "2021年某县经济运行简况\n\n上半年，全县地区生产总值达到77.7亿元，增长5.5%。\n";
	const char *quarters = "2023年上半年某市经济运行情况\n\n上半年，全市地区生产总值增长5%，其中，一季度增长4.1%，"
		"二季度增长5.9%，增速比一季度加快0.6个百分点。一季度和二季度工业增加值分别增长3.8%和6.2%。\n";
	const char *aftertarget = "2023年上半年某市经济运行情况\n\n上半年，全市地区生产总值增长5%，"
		"下半年若要完成全年地区生产总值增长6%左右的预期目标，仍需发力。\n";
	const char *halftitle = "某区半年经济交出亮眼答卷\n发布时间：2023-07-28\n\n"
		"全区地区生产总值达到77.7亿元，增长5.5%。\n";

	PERIOD_OF(h1, 0, "321.5", "2023H1", "relative", "今年上半年 in a yearless WeChat article");
	PERIOD_OF(h1, 0, "98.7", "2023H1", "", "a figure after the semicolon keeps the sentence's time");
	PERIOD_OF(session, 0, "412.6", "2022", "", "past year's result in session news");
	PERIOD_OF(session, 0, "6", "2023", "", "a target in session news is for the session's year");
	PERIOD_OF(session, 0, "4.5", "2023", "", "so is one after a semicolon");
	PERIOD_OF(yearless, 0, "88.8", "YH1", "relative", "no year, no anchor: 今年上半年 of the text's year Y");
	PERIOD_OF(halfyear, 0, "6.5", "2023", "", "an annual target beside a half-year result is for the year");
	PERIOD_OF(halfyear, 0, "5.8", "2023H1", "", "the result beside it is for the half");
	PERIOD_OF(halfyear, 0, "9", "2023", "", "确保全年 in a half-year report: the year");
	PERIOD_OF(yearless, 2024, "88.8", "2024H1", "relative", "published anchors 今年上半年");
	PERIOD_OF(yearless, 2024, "3.3", "2024H1", "", "去年同期 is a comparison base: not 2023, the half the head names");
	PERIOD_OF(stated, 2024, "77.7", "2021H1", "", "published never overrides a year the text states");
	PERIOD_OF(quarters, 0, "4.1", "2023Q1", "sentence", "其中，一季度增长 in a half-year sentence");
	PERIOD_OF(quarters, 0, "5.9", "2023Q2", "sentence", "二季度增长 after it");
	PERIOD_OF(quarters, 0, "0.6", "2023H1", "", "比一季度加快: a comparison base is no period");
	PERIOD_OF(quarters, 0, "3.8", "2023Q1", "sentence", "the first item of a 分别 list names its quarter");
	PERIOD_OF(quarters, 0, "6.2", "2023Q2", "sentence", "the second item names its own");
	PERIOD_OF(halftitle, 0, "77.7", "2023H1", "", "a title's 半年 is the first half");
	PERIOD_OF(aftertarget, 0, "6", "2023", "", "a target named after its value (的预期目标) is for the year");
}

static void
test_periods(void)
{
	char		buf[16];
	const char *s = "上半年，全市实现生产总值100亿元，比2019年同期增长9%";

	lp_period_of(s, strlen(s), 2021, buf, sizeof(buf));
	TAP_STREQ(buf, "2021H1", "a year followed by 同期 is a comparison base");
	s = "1―6月";
	lp_period_of(s, strlen(s), 2008, buf, sizeof(buf));
	TAP_STREQ(buf, "2008H1", "― (U+2015) is a range dash");
	s = "南通市 2024 年国民经济和社会发展计划";
	TAP_OK(lp_find_year(s, strlen(s), NULL) == 2024, "a PDF's spaced year: 2024 年");
	s = "第 12024 年";
	TAP_OK(lp_find_year(s, strlen(s), NULL) == 0, "five digits and a space are no year");
	s = "1-11月";
	lp_period_of(s, strlen(s), 2023, buf, sizeof(buf));
	TAP_STREQ(buf, "2023M01-11", "months 1-11: 2023M01-11");
	s = "前三季度";
	lp_period_of(s, strlen(s), 2023, buf, sizeof(buf));
	TAP_STREQ(buf, "2023Q1-3", "前三季度: 2023Q1-3");
	s = "1—9月";
	lp_period_of(s, strlen(s), 2023, buf, sizeof(buf));
	TAP_STREQ(buf, "2023Q1-3", "1—9月: 2023Q1-3");
	s = "11月当月";
	lp_period_of(s, strlen(s), 2023, buf, sizeof(buf));
	TAP_STREQ(buf, "2023M11", "11月当月: 2023M11");
	s = "今年前5个月，全市";
	lp_period_of(s, strlen(s), 2023, buf, sizeof(buf));
	TAP_STREQ(buf, "2023M01-05", "前5个月: the months from January");
	s = "首五個月";
	lp_period_of(s, strlen(s), 2023, buf, sizeof(buf));
	TAP_STREQ(buf, "2023M01-05", "首五個月 (Hong Kong news): 2023M01-05");
	s = "前十一个月";
	lp_period_of(s, strlen(s), 2023, buf, sizeof(buf));
	TAP_STREQ(buf, "2023M01-11", "前十一个月: 2023M01-11");
	s = "项目提前3个月完工";
	lp_period_of(s, strlen(s), 2023, buf, sizeof(buf));
	TAP_STREQ(buf, "2023", "提前3个月 is ahead of time, no period");
	s = "今年以来，比去年同期增长";
	TAP_OK(lp_relative_year(s, 0, strlen(s), 2022) == 2022, "今年, not the comparison base 去年同期");
	s = "过去一年，全县";
	TAP_OK(lp_relative_year(s, 0, strlen(s), 2022) == 2021, "过去一年 is the year before");
	TAP_OK(lp_relative_year(s, 0, strlen(s), 0) == 0, "no document year, nothing relative");
	TAP_STREQ(lp_period_basis_name(LP_PERIOD_ANNIVERSARY), "anniversary", "basis names: anniversary");
	TAP_STREQ(lp_period_basis_name(LP_PERIOD_PUBLISHED), "published", "basis names: published");
}

/* The year of a source name: one standing alone, an address's date path; none of a hash or a span. */
static void
test_source_names(void)
{
	static const struct
	{
		const char *name;
		int			year;
	}			cases[] = {
		{"sanmenxia-2021-h1.txt", 2021},
		{"r01_shanghai_2026_workreport.txt", 2026},
		{"/data/2019/qinghai-2022-q1.txt", 2022},	/* the file's name, not its folder's */
		{"2021年上半年全县经济运行.txt", 2021},
		{"report_2023Q1-3.txt", 2023},
		{"news_20210726.txt", 2021},
		{"http://tjj.example.gov.cn/202511/t20251103_15134696.html", 2025},
		{"https://www.example.cn/2024/0726/c123.html", 2024},
		{"https://www.example.cn/content_5590496.htm", 0},
		{"000_23c556b345c28ec9.txt", 0},		/* a hash's digits */
		{"a2019f.txt", 0},
		{"plan-2021-2025.txt", 0},				/* a span: two years */
		{"doc-1850-notes.txt", 0},
		{"report.txt", 0},
		{"", 0},
	};
	size_t		i;
	lp_anchor	a;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		TAP_OK(lp_source_year(cases[i].name, strlen(cases[i].name)) == cases[i].year,
			   "source year of \"%s\": %d", cases[i].name, cases[i].year);
	TAP_OK(lp_source_year("2021\nx", 6) == 0, "a name of two lines is no file name");
	a = lp_anchor_of(2024, "x-2021.txt", 10);
	TAP_OK(a.year == 2024 && a.basis == LP_PERIOD_PUBLISHED, "a publication date comes before the name");
	a = lp_anchor_of(0, "x-2021.txt", 10);
	TAP_OK(a.year == 2021 && a.basis == LP_PERIOD_SOURCE, "else the name's year, basis source");
	TAP_STREQ(lp_period_basis_name(LP_PERIOD_SOURCE), "source", "basis names: source");
}

/* The period a source name gives a fact of a yearless text, and its basis. */
static const char *
sourced_period(const char *doc, const char *source, const char *value, const char **basis)
{
	static char buf[16];
	lp_facts	facts = {0};
	lp_error	err;
	size_t		i;

	buf[0] = '\0';
	*basis = "";
	if (lp_extract_anchored(doc, strlen(doc), NULL, lp_anchor_of(0, source, strlen(source)), &facts,
							&err) != LP_OK)
		return buf;
	for (i = 0; i < facts.n; i++)
		if (facts.items[i].has_quantity && strcmp(facts.items[i].q.value, value) == 0)
		{
			strcpy(buf, facts.items[i].period);
			*basis = lp_period_basis_name(facts.items[i].period_basis);
			break;
		}
	lp_facts_free(&facts);
	return buf;
}

static void
test_sourced(void)
{
	const char *release = "上半年全县经济稳中向好\n\n初步核算，上半年全县地区生产总值88.8亿元，增长4.4%。\n"
		"一、农业\n全县农林牧渔业总产值12.3亿元，增长3.1%。\n";
	const char *months = "全市经济延续恢复态势。\n工业生产平稳。1-7月，全市规模以上工业增加值增长6.1%。\n"
		"外贸进出口总额456.7亿元，增长8.8%。\n";
	const char *stated = "2021年某县经济运行简况\n\n上半年，全县地区生产总值达到77.7亿元，增长5.5%。\n";
	const char *aimed = "全省经济运行稳中向好。\n经初步核算，前三季度全省生产总值1234.5亿元，同比增长6.1%，"
		"处于6%—6.5%年度预期目标区间之内。\n规模以上工业增加值增长7.2%。\n";
	const char *basis;

	TAP_STREQ(sourced_period(release, "xian-2031-h1.txt", "88.8", &basis), "2031H1",
			  "a yearless half-year release named for 2031: 2031H1");
	TAP_STREQ(sourced_period(release, "xian-2031-h1.txt", "12.3", &basis), "2031H1",
			  "a later section's figure naming no time: the head's half of the name's year");
	TAP_STREQ(sourced_period(months, "city-2031.txt", "456.7", &basis), "2031M01-07",
			  "a lead line naming no time: the part the first figure names");
	TAP_STREQ(sourced_period(release, "xian.txt", "88.8", &basis), "YH1", "no year in the name: YH1 as before");
	TAP_STREQ(sourced_period(aimed, "sheng-2031.txt", "7.2", &basis), "2031Q1-3",
			  "the first figure's part, though its sentence names the year's target after it");
	TAP_STREQ(sourced_period(stated, "xian-2031-h1.txt", "77.7", &basis), "2021H1",
			  "a year the text states wins over the name's");
}

/* A session's year, and whether it is a national one (those open in March). */
static void
test_sessions(void)
{
	const char *nat = "十四届全国人大二次会议在北京开幕",
			   *prov = "福建省第十三届人民代表大会第六次会议在福州开幕";

	TAP_OK(lp_session_year(nat, strlen(nat)) == 2024, "national session: 2024");
	TAP_OK(lp_national_session_year(nat, strlen(nat)) == 2024, "and it is national");
	TAP_OK(lp_session_year(prov, strlen(prov)) == 2022, "a province's session dated by congresses.tsv: 2022");
	TAP_OK(lp_national_session_year(prov, strlen(prov)) == 0, "not national: its month is not March");
	TAP_OK(lp_head_month(prov, strlen(prov), 2022) == 0, "so it gives the head no month");
	TAP_OK(lp_head_month(nat, strlen(nat), 2024) == 3, "a national session's head is of March");
}

int
main(void)
{
	test_source_names();
	test_sourced();
	test_document_year();
	test_meta();
	test_facts();
	test_periods();
	test_sessions();
	return TAP_DONE();
}
