/*
 * extract.c — the stages of the semantic layer, one behaviour a test: the
 * names of the enums, the data files the extractor reads, list marks,
 * measure rules, subjects, periods and what decided them, joined lines,
 * and facts of small documents written for the test (figures invented).
 */
#include "lp.h"
#include "lp_context.h"
#include "lp_fenbie.h"
#include "lp_label.h"
#include "lp_headline.h"
#include "lp_measure.h"
#include "lp_period.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

/* ---------- helpers ---------- */

static lp_facts
facts_of(const char *doc, const char *period)
{
	lp_facts	f = {0};
	lp_error	err;

	if (lp_extract_period(doc, strlen(doc), period, &f, &err) != LP_OK)
		printf("# extract failed: %s\n", err.msg);
	return f;
}

/* The first fact with this value (as printed) and, if not NULL, subject. */
static const lp_fact *
fact_with(const lp_facts *f, const char *value, const char *subject)
{
	size_t		i;

	for (i = 0; i < f->n; i++)
		if (strcmp(f->items[i].q.value, value) == 0 &&
			(subject == NULL || (f->items[i].subject && strcmp(f->items[i].subject, subject) == 0)))
			return &f->items[i];
	return NULL;
}

static void
measure_of(const char *before, const char *quantity, lp_measure_read *m)
{
	char		buf[256];
	lp_quantity q;
	lp_error	err;

	snprintf(buf, sizeof(buf), "%s%s", before, quantity);
	if (lp_quantity_parse(quantity, strlen(quantity), &q, &err) != LP_OK)
		printf("# cannot parse %s\n", quantity);
	q.start = strlen(before);
	lp_measure_before(buf, 0, strlen(before), 0, &q, m);
}

/* ---------- names and data ---------- */

static void
test_names(void)
{
	TAP_STREQ(lp_role_name(LP_ROLE_TARGETS), "targets", "role names: targets");
	TAP_STREQ(lp_status_name(LP_STATUS_ESTIMATE), "estimate", "status names: estimate");
	TAP_STREQ(lp_measure_name(LP_MEASURE_PLAN_COMPLETION), "plan_completion",
			  "measure names: plan_completion");
	TAP_OK(lp_measure_name(LP_MEASURE_NONE) == NULL, "LP_MEASURE_NONE has no name");
	TAP_STREQ(lp_period_basis_name(LP_PERIOD_INFERRED), "inferred", "period basis names: inferred");
	TAP_OK(lp_period_basis_name(LP_PERIOD_NONE) == NULL && lp_status_name((lp_status) 99) == NULL,
		   "no name for NONE or a value out of range");
	TAP_STREQ(lp_word_kind_name(LP_W_SUBJECT_PREFIX), "subject_prefix",
			  "word kinds are named as in words.tsv");
}

/* Every kind of words.tsv is named once, in order (word_kinds.sh sorts them). */
static void
test_word_kinds(void)
{
	int			k,
				ok = 1;

	for (k = 1; k < LP_W_NKINDS; k++)
		if (strcmp(lp_word_kind_name((lp_word_kind) (k - 1)), lp_word_kind_name((lp_word_kind) k)) >= 0)
			ok = 0;
	TAP_OK(ok && LP_W_NKINDS > 50, "%d word kinds, sorted and distinct", (int) LP_W_NKINDS);
	TAP_OK(lp_words_prefix(LP_W_RANK_ORDINAL, "第一", strlen("第一")) == 3 &&
		   lp_words_find(LP_W_SHARE_OF, "金融业增加值占地区", strlen("金融业增加值占地区"), NULL) == 18,
		   "one-word kinds are found like the others");
}

/* five_year_plans.tsv: "name<TAB>first year", the years of the plans' sequence. */
static void
test_plans_file(void)
{
	size_t		len,
				pos = 0;
	const char *data = lp_data_file("five_year_plans.tsv", &len);
	const char *f[3];
	size_t		fl[3];
	int			nf,
				rows = 0,
				bad = 0;

	while (data && (nf = lp_tsv_next(data, len, &pos, f, fl, 3)) >= 0)
	{
		int			year = atoi(f[1]);

		rows++;
		if (nf != 2 || fl[0] < 3 || (unsigned char) f[0][0] < 0xE0 || year < 1953 || year > 2100 ||
			(year - 1951) % 5 != 0)
		{
			printf("# five_year_plans.tsv: bad row %.*s\n", (int) fl[0], f[0]);
			bad++;
		}
	}
	TAP_OK(data && rows >= 9 && bad == 0, "five_year_plans.tsv: %d rows, each a name and a plan's first year", rows);
}

/* ---------- stages ---------- */

static void
test_list_marks(void)
{
	TAP_OK(lp_list_mark_at("——地区生产总值", 0, strlen("——地区生产总值")) == LP_MARK_DASH,
		   "—— marks a dash item");
	TAP_OK(lp_list_mark_at("•提升", 0, strlen("•提升")) == LP_MARK_BULLET, "• marks a bullet item");
	TAP_OK(lp_list_mark_at("·提升", 0, strlen("·提升")) == LP_MARK_DOT, "· marks an item too");
	TAP_OK(lp_list_mark_at("地区生产总值", 0, strlen("地区生产总值")) == LP_MARK_NONE,
		   "a line of text has no mark");
}

static void
test_measures(void)
{
	lp_measure_read m;

	measure_of("地区生产总值增长", "6.5%", &m);
	TAP_OK(m.measure == LP_MEASURE_GROWTH && !m.negative &&
		   m.words_at == strlen("地区生产总值"), "增长 before a percentage: growth, its words left out");
	measure_of("社会消费品零售总额下降", "2.5%", &m);
	TAP_OK(m.measure == LP_MEASURE_GROWTH && m.negative, "下降: a negative growth");
	measure_of("城镇化率提高", "1.2个百分点", &m);
	TAP_OK(m.measure == LP_MEASURE_CHANGE, "points after 提高: a change");
	measure_of("工业投资完成年度计划的", "102%", &m);
	TAP_OK(m.measure == LP_MEASURE_PLAN_COMPLETION, "完成年度计划的: plan completion");
	measure_of("工业投资完成年度计划的", "12亿元", &m);
	TAP_OK(m.measure == LP_MEASURE_LEVEL, "plan completion words before an amount: a level");
	measure_of("金融业增加值占比", "12.5%", &m);
	TAP_OK(m.measure == LP_MEASURE_SHARE, "a share word in the clause: a share");
	measure_of("地区生产总值同比增长", "6%", &m);
	TAP_OK(m.words_at == strlen("地区生产总值"), "同比 before 增长 is left out of the subject too");
	measure_of("一般公共预算收入完成1603.8亿元，占预算的", "56.6%", &m);
	TAP_OK(m.measure == LP_MEASURE_PLAN_COMPLETION, "占预算的: plan completion, not a share");
	measure_of("固定资产投资完成68.7亿元，完成全年目标任务的", "47.8%", &m);
	TAP_OK(m.measure == LP_MEASURE_PLAN_COMPLETION, "完成全年目标任务的: plan completion");
}

static void
test_subjects(void)
{
	const char *s = "全年新增学位";
	size_t		a = 0,
				b = strlen(s);
	char		subject[LP_MAX_SUBJECT + 1];
	lp_fenbie	fb;

	lp_subject_clean(s, &a, &b);
	lp_subject_copy(subject, s, a, b);
	TAP_STREQ(subject, "学位", "time words and verbs are cleaned off a subject");
	s = "港澳人员发放补贴";
	a = 0;
	b = strlen(s);
	lp_subject_before(s, &a, &b);
	lp_subject_copy(subject, s, a, b);
	TAP_STREQ(subject, "补贴", "the subject starts after the last verb");
	s = "剔除留抵退税因素后同口径";
	a = 0;
	b = strlen(s);
	lp_subject_before(s, &a, &b);
	TAP_OK(a == b, "a condition names no subject");
	lp_copy_str(subject, sizeof(subject), "金融业增加值占地区生产总值比重");
	lp_subject_share_part(subject);
	TAP_STREQ(subject, "金融业增加值", "a share's subject is the part before 占");
	s = "城镇、农村居民人均可支配收入";
	lp_fenbie_read(&fb, s, 0, strlen(s));
	TAP_OK(fb.n == 2 && strcmp(fb.items[0], "城镇居民人均可支配收入") == 0,
		   "a 分别 list item shares the head of the last item");
}

static void
test_period_rules(void)
{
	lp_period_decision pd;
	const char *s = "“十三五”期间，地区生产总值年均";

	lp_period_decide(&pd, "2023", LP_PERIOD_HEADING);
	lp_period_average(s, 0, strlen(s), NULL, NULL, &pd);
	TAP_OK(strcmp(pd.period, "2016-2020") == 0 && pd.basis == LP_PERIOD_SENTENCE,
		   "an average rate of a five-year plan named in its sentence spans the plan");
	s = "地区生产总值年均";
	lp_period_decide(&pd, "2023", LP_PERIOD_HEADING);
	lp_period_average(s, 0, strlen(s), "一、“十四五”规划实施情况", NULL, &pd);
	TAP_OK(strcmp(pd.period, "2021-2025") == 0 && pd.basis == LP_PERIOD_HEADING,
		   "... or in its section heading");
	lp_period_decide(&pd, "2023", LP_PERIOD_HEADING);
	lp_period_average(s, 0, strlen(s), NULL, "某区第十二个五年规划纲要", &pd);
	TAP_OK(strcmp(pd.period, "2011-2015") == 0 && pd.basis == LP_PERIOD_TITLE, "... or in the title");
	lp_period_decide(&pd, "", LP_PERIOD_META);
	TAP_OK(pd.basis == LP_PERIOD_NONE, "no period, no basis");
	TAP_OK(lp_year_suffix("地区生产总值从2015年", strlen("地区生产总值从2015年")) == 7,
		   "a year at the end of a phrase is found");
}

/* ---------- documents ---------- */

static const char *report =
"2023年某区国民经济和社会发展计划执行情况\n"
"\n"
"一、2023年计划执行情况\n"
"全区地区生产总值增长6.0%。2022年地区生产总值增长5.1%。\n"
"“十三五”期间，地区生产总值年均增长6.9%。\n"
"金融业增加值占地区生产总值比重为12.5%。\n"
"城镇、农村居民人均可支配收入分别增长5.2%、7.1%。\n"
"社会消费品零售总额下降2.5%。\n"
"规上工业增加值增长4.1%(目标6.0%左右)。\n"
"全区经济总量稳居全市第一。\n"
"二、2024年主要预期目标\n"
"地区生产总值增长6%左右。\n"
"三、主要预期目标\n"
"一般公共预算收入增长5%。\n";

static void
test_report(void)
{
	lp_facts	f = facts_of(report, NULL);
	const lp_fact *x;

	x = fact_with(&f, "6.0", "地区生产总值");
	TAP_OK(x && x->measure == LP_MEASURE_GROWTH && strcmp(x->period, "2023") == 0 &&
		   x->period_basis == LP_PERIOD_HEADING && x->status == LP_STATUS_ACTUAL,
		   "a review section's growth: the heading's period, actual");
	x = fact_with(&f, "5.1", NULL);
	TAP_OK(x && strcmp(x->period, "2022") == 0 && x->period_basis == LP_PERIOD_SENTENCE,
		   "a year named in the sentence is the period, decided by the sentence");
	x = fact_with(&f, "6.9", NULL);
	TAP_OK(x && strcmp(x->period, "2016-2020") == 0, "年均 under 十三五 spans 2016-2020");
	x = fact_with(&f, "12.5", NULL);
	TAP_OK(x && x->measure == LP_MEASURE_SHARE && x->subject && strcmp(x->subject, "金融业增加值") == 0,
		   "a share of 金融业增加值");
	x = fact_with(&f, "7.1", NULL);
	TAP_OK(x && x->subject && strcmp(x->subject, "农村居民人均可支配收入") == 0 &&
		   x->measure == LP_MEASURE_GROWTH, "分别: the second value, the second subject, the same measure");
	x = fact_with(&f, "-2.5", NULL);
	TAP_OK(x && x->measure == LP_MEASURE_GROWTH, "下降2.5%% is a growth of -2.5");
	x = fact_with(&f, "6.0", "规上工业增加值");
	TAP_OK(x && x->status == LP_STATUS_TARGET && x->measure == LP_MEASURE_GROWTH,
		   "(目标6.0%%左右) beside an actual: a target of the same subject and measure");
	x = fact_with(&f, "1", NULL);
	TAP_OK(x && x->measure == LP_MEASURE_RANK && x->subject && strcmp(x->subject, "经济总量") == 0,
		   "稳居全市第一: a rank");
	x = fact_with(&f, "6", "地区生产总值");
	TAP_OK(x && x->status == LP_STATUS_TARGET && strcmp(x->period, "2024") == 0 &&
		   x->period_basis == LP_PERIOD_HEADING, "a targets section naming 2024");
	x = fact_with(&f, "5", NULL);
	TAP_OK(x && x->status == LP_STATUS_TARGET && strcmp(x->period, "2024") == 0 &&
		   x->period_basis == LP_PERIOD_INFERRED,
		   "targets under a heading naming no year: the year after the review, inferred");
	lp_facts_free(&f);
	f = facts_of(report, "2023H1");
	x = fact_with(&f, "6.0", "地区生产总值");
	TAP_OK(x && strcmp(x->period, "2023") == 0, "the period given does not override a heading's");
	x = fact_with(&f, "5", NULL);
	TAP_OK(x && strcmp(x->period, "2023") == 0 && x->period_basis == LP_PERIOD_GIVEN,
		   "targets of a half-year report given its period are for its year");
	lp_facts_free(&f);
}

static void
test_table(void)
{
	lp_facts	f = facts_of("某区经济运行情况\n\n指标 | 单位 | 2023年 | 增长(%)\n"
							 "地区生产总值 | 亿元 | 1234.5 | 6.0\n", NULL);
	const lp_fact *x = fact_with(&f, "1234.5", NULL);

	TAP_OK(x && x->period_basis == LP_PERIOD_COLUMN && strcmp(x->period, "2023") == 0 &&
		   strcmp(x->q.unit, "亿元") == 0 && x->line == 4,
		   "a table cell: the column's period, the unit column's unit");
	x = fact_with(&f, "6.0", NULL);
	TAP_OK(x && x->measure == LP_MEASURE_GROWTH && strcmp(x->q.unit, "%") == 0,
		   "a growth column's cell is a growth in %%");
	lp_facts_free(&f);
	/* a monthly release's web table, one cell a line, a bar line between cells */
	f = facts_of("2024年1-4月全县主要经济指标\n\n指　　标\n|\n计量单位\n|\n1-4月\n|\n上年同期=100\n|\n"
				 "地区生产总值\n|\n亿元\n|\n88.4\n|\n104.6\n|\n其中：税收收入\n|\n亿元\n|\n6.25\n|\n"
				 "98.3\n|\n居民消费价格指数\n|\n%\n|\n—\n|\n100\n|\n注：数据为初步统计。\n", NULL);
	x = fact_with(&f, "4.6", "地区生产总值");
	TAP_OK(x && x->measure == LP_MEASURE_GROWTH && strcmp(x->period, "2024M01-04") == 0,
		   "an index column (上年同期=100): 104.6 is a growth of 4.6, the column's months");
	x = fact_with(&f, "-1.7", "税收收入");
	TAP_OK(x && x->measure == LP_MEASURE_GROWTH, "98.3 is a decline: -1.7; 其中：税收收入 is a row");
	x = fact_with(&f, "0", "居民消费价格指数");
	TAP_OK(x && x->measure == LP_MEASURE_GROWTH, "an index of 100 is no change");
	x = fact_with(&f, "88.4", NULL);
	TAP_OK(x && x->measure == LP_MEASURE_LEVEL && strcmp(x->q.unit, "亿元") == 0,
		   "the months' column beside it holds the level");
	lp_facts_free(&f);
}

/* A roundup of two cities' sessions: one city's target list states none of the other's */
static void
test_roundup(void)
{
	lp_facts	f = facts_of("两地人代会相继开幕\n发布时间：2021-01-20\n\n"
							 "甲州市八届人大六次会议昨日开幕。报告建议今年全市地区生产总值增长7%左右。\n"
							 "乙山市九届人大二次会议同日开幕。乙山今年的主要预期目标是：地区生产总值增长6.5%左右，"
							 "一般公共预算收入增长3%。\n", NULL);
	const lp_fact *x = fact_with(&f, "7", NULL);

	TAP_OK(x && x->status == LP_STATUS_TARGET && x->headline == LP_HEADLINE_YES,
		   "roundup: 报告建议 marks a target, and the other city's list does not hide it");
	x = fact_with(&f, "6.5", NULL);
	TAP_OK(x && x->headline == LP_HEADLINE_YES && x->summary, "the other city's list is its summary");
	lp_facts_free(&f);
	f = facts_of("某市十届人大五次会议开幕\n\n市十届人大五次会议今天开幕。今年的主要预期目标是：地区生产总值增长6%左右。\n"
				 "要力争固定资产投资增长10%。\n", NULL);
	x = fact_with(&f, "10", NULL);
	TAP_OK(x && x->headline != LP_HEADLINE_YES,
		   "one session named twice (某市十届, 市十届) is one report: its list covers its tasks");
	lp_facts_free(&f);
}

static const char *wrapped =
"某区经济运行情况\n"
"\n"
"今年以来，全区上下坚持稳中求进工作总基调，完整准确全面贯彻新发展理\n"
"念，加快构建新发展格局，着力推动高质量发展，全区经济运行总体平稳，\n"
"发展质量稳步提升，民生保障有力有效，社会大局和谐稳定，地区生产总值增\n"
"长6.5%，规模以上工业增加值增长7.2%，固定资产投资增长8.1%，社会消费\n"
"品零售总额增长5.3%，一般公共预算收入增长4.6%，城镇居民人均可支配收\n"
"入增长5.0%，农村居民人均可支配收入增长6.8%，经济运行稳中有进。\n";

static void
test_wrap(void)
{
	lp_facts	f = facts_of(wrapped, NULL);
	const lp_fact *x = fact_with(&f, "6.5", NULL);

	TAP_OK(x && x->subject && strcmp(x->subject, "地区生产总值") == 0 && x->measure == LP_MEASURE_GROWTH,
		   "a line broken at the page width (增|长6.5%%) is read joined");
	TAP_OK(x && x->line == 6 && x->span_start == 1 && x->span_end == 5,
		   "its fact points into the line the number stands on");
	x = fact_with(&f, "5.3", NULL);
	TAP_OK(x && x->subject && strcmp(x->subject, "社会消费品零售总额") == 0 && x->line == 7,
		   "a subject broken over two lines is whole");
	lp_facts_free(&f);
}

static const char *cards =
"图说｜前三季度全县经济\n"
"\n"
"全县\n"
"地区生产总值\n"
"286.4亿元\n"
"同比增长5.2%\n"
"\n"
"同比增长7.7%\n"
"\n"
"一般公共预算收入\n"
"18.6亿元 同比增长3.1%\n";

/* The label of an infographic's card is the subject of the figures below it (lp_label.c). */
static void
test_labels(void)
{
	lp_facts	f = facts_of(cards, "2023Q1-3");
	const lp_fact *x = fact_with(&f, "286.4", NULL);

	TAP_OK(x && x->indicator && strcmp(x->indicator, "gdp") == 0,
		   "a figure on its own line takes the label above it");
	x = fact_with(&f, "5.2", NULL);
	TAP_OK(x && x->indicator && strcmp(x->indicator, "gdp") == 0 && x->measure == LP_MEASURE_GROWTH,
		   "so does the growth on the next line");
	x = fact_with(&f, "7.7", NULL);
	TAP_OK(x && x->indicator == NULL, "a blank line ends the card");
	x = fact_with(&f, "3.1", NULL);
	TAP_OK(x && x->indicator && strcmp(x->indicator, "budget_revenue") == 0,
		   "a level and growth on one line after a space: the label's, not 同比增长");
	lp_facts_free(&f);
	TAP_OK(lp_label_line("地区生产总值", 0, strlen("地区生产总值"), NULL, 0) &&
		   !lp_label_line("地区生产总值增长5%", 0, strlen("地区生产总值增长5%"), NULL, 0) &&
		   !lp_label_line("收入结构持续优化", 0, strlen("收入结构持续优化"), NULL, 0) &&
		   !lp_label_line("一、地区生产总值", 0, strlen("一、地区生产总值"), NULL, 0),
		   "a label: words only, naming an indicator");
}

static const char *paged =
"2025年全县国民经济和社会发展计划执行情况\n"
"一、2025年计划执行情况\n"
"全年全县地区生产总值达到286.4亿元，增长5.2%；一般公共预算收入\n"
"\n"
"— 1 —\n"
"\n"
"18.6亿元，增长3.1%。\n"
"－2－\n"
"第 3 页 共 12 页\n"
"未来5-10年，全县将建成一批重大项目。医改6年来，全县新增床位1200张。\n";

static const char *plan_table =
"二、2025年主要目标\n"
"附表\n"
"指标名称            单位      2024年        2024年预计完成          2025年计划\n"
"                              计划          总量        增长        总量          增长\n"
"                                                        (±%)                      (±%)\n"
"地区生产总值        亿元      —             628.6       5.2         655-660       5左右\n"
"  增速              %         6             5.2         —           5.5           —\n"
"居民消费价格涨幅    %         3             0.4         —           2左右         —\n"
"单位GDP能耗下降     %         3             3.2         —           完成市下达任务  —\n";

/* Issue 14 class 6: a plan table flattened to text */
static void
test_plan_table(void)
{
	lp_facts	f = facts_of(plan_table, NULL);
	const lp_fact *x;

	x = fact_with(&f, "5.2", "地区生产总值");
	TAP_OK(x && x->measure == LP_MEASURE_GROWTH && strcmp(x->period, "2024") == 0 &&
		   x->status == LP_STATUS_ACTUAL,
		   "a column split by the header's second line (2024年预计完成 / 增长) is the growth of 2024");
	x = fact_with(&f, "655", NULL);
	TAP_OK(x && x->q.qualifier == LP_Q_RANGE && strcmp(x->period, "2025") == 0 &&
		   x->status == LP_STATUS_TARGET, "a range in the plan column is a 2025 target");
	x = fact_with(&f, "5.5", NULL);
	TAP_OK(x && x->subject && strcmp(x->subject, "地区生产总值") == 0 && x->measure == LP_MEASURE_GROWTH,
		   "a bare 增速 row is the growth of the row above it");
	x = fact_with(&f, "0.4", NULL);
	TAP_OK(x && x->measure == LP_MEASURE_GROWTH, "a 涨幅 row gives growth rates");
	x = fact_with(&f, "-3.2", NULL);
	TAP_OK(x && x->measure == LP_MEASURE_GROWTH, "a 下降 row gives negative growth rates");
	TAP_OK(fact_with(&f, "3.2", NULL) == NULL, "and no positive one");
	{
		size_t		i;
		int			qual = 0;

		for (i = 0; i < f.n; i++)
			qual += f.items[i].measure == LP_MEASURE_QUALITATIVE &&
				f.items[i].status == LP_STATUS_TARGET && f.items[i].subject &&
				strcmp(f.items[i].subject, "单位GDP能耗") == 0;
		TAP_OK(qual == 1, "a plan cell in words (完成市下达任务) is a qualitative target");
	}
	lp_facts_free(&f);
}

/* Issue 17: page numbers and durations give no facts */
static void
test_noise(void)
{
	lp_facts	f = facts_of(paged, NULL);
	const lp_fact *x = fact_with(&f, "18.6", NULL);
	size_t		i;
	int			on_pages = 0,
				years = 0;

	TAP_OK(x && x->subject && strcmp(x->subject, "一般公共预算收入") == 0 && x->line == 7,
		   "a paragraph broken by a page number (— 1 —) is read joined");
	for (i = 0; i < f.n; i++)
	{
		if (f.items[i].line == 5 || f.items[i].line == 8 || f.items[i].line == 9)
			on_pages++;
		if (strcmp(f.items[i].q.unit, "年") == 0)
			years++;
	}
	TAP_OK(on_pages == 0, "official page numbers (— 1 —, －2－, 第 3 页 共 12 页) give no fact");
	TAP_OK(years == 0, "durations (未来5-10年, 6年来) are no quantities");
	TAP_OK(fact_with(&f, "1200", NULL) != NULL, "a count after a duration is kept");
	lp_facts_free(&f);
}

static void
test_meta_basis(void)
{
	lp_meta		m;
	const char *d;

	d = "2024年政府工作报告\n\n一、2023年工作回顾\n全区地区生产总值增长6%。\n";
	lp_infer_meta(d, strlen(d), &m);
	TAP_OK(strcmp(m.period, "2023") == 0 && m.period_basis == LP_PERIOD_HEADING,
		   "a report's period from its review heading");
	d = "2024年政府工作报告\n\n一、过去一年工作回顾\n全区地区生产总值增长6%。\n";
	lp_infer_meta(d, strlen(d), &m);
	TAP_OK(strcmp(m.period, "2023") == 0 && m.period_basis == LP_PERIOD_INFERRED,
		   "a work report titled 2024 reviews 2023: inferred");
	d = "政府工作报告\n——2024年1月16日在某区第一届人民代表大会第四次会议上\n\n"
		"一、过去一年工作回顾\n全区地区生产总值增长6%。\n";
	lp_infer_meta(d, strlen(d), &m);
	TAP_OK(strcmp(m.period, "2023") == 0 && m.period_basis == LP_PERIOD_DELIVERY,
		   "a report delivered in January 2024 reviews 2023: the delivery line");
}

/* Two facts alike in what a row of facts stores. */
static int
same_fact(const lp_fact *a, const lp_fact *b)
{
#define SAME_STR(x, y) (((x) == NULL && (y) == NULL) || ((x) && (y) && strcmp((x), (y)) == 0))
	return a->line == b->line && a->span_start == b->span_start && a->span_end == b->span_end &&
		strcmp(a->period, b->period) == 0 && a->status == b->status &&
		a->measure == b->measure && a->period_basis == b->period_basis &&
		a->headline == b->headline && a->has_quantity == b->has_quantity &&
		SAME_STR(a->subject, b->subject) && SAME_STR(a->indicator, b->indicator) &&
		SAME_STR(a->section, b->section) && SAME_STR(a->evidence, b->evidence) &&
		strcmp(a->q.value, b->q.value) == 0 && strcmp(a->q.value_hi, b->q.value_hi) == 0 &&
		strcmp(a->q.unit, b->q.unit) == 0 && a->q.qualifier == b->q.qualifier;
#undef SAME_STR
}

/*
 * ingest infers a report's metadata (report_meta) before it stores its
 * facts; lp_extract_inferred takes that inference instead of making it
 * again, and must extract the same facts as lp_extract_anchored.
 */
static void
test_extract_inferred(void)
{
	const char *docs[] = {report, wrapped, cards, paged, plan_table};
	const char *periods[] = {NULL, "2021"};
	size_t		d,
				p,
				i;

	for (d = 0; d < sizeof(docs) / sizeof(docs[0]); d++)
		for (p = 0; p < 2; p++)
		{
			lp_meta		m;
			lp_facts	a = {0},
						b = {0};
			lp_error	err;
			int			same;

			lp_infer_meta(docs[d], strlen(docs[d]), &m);
			same = lp_extract_anchored(docs[d], strlen(docs[d]), periods[p], lp_anchor_of(2024, NULL, 0), &a, &err) == LP_OK &&
				lp_extract_inferred(docs[d], strlen(docs[d]), &m, periods[p], lp_anchor_of(2024, NULL, 0), &b, &err) == LP_OK &&
				a.n == b.n && a.n > 0;
			for (i = 0; same && i < a.n; i++)
				same = same_fact(&a.items[i], &b.items[i]);
			TAP_OK(same, "document %zu, period %s: the metadata ingest inferred gives the same %zu facts",
				   d, periods[p] ? periods[p] : "inferred", a.n);
			lp_facts_free(&a);
			lp_facts_free(&b);
		}
}

/*
 * A fact is the bulk of the memory of a large document (issue 18): no
 * padding, its enums in a byte each.
 */
static void
test_fact_size(void)
{
	lp_fact		f;

	TAP_OK(sizeof(void *) != 8 || sizeof(lp_fact) <= 144, "lp_fact is %zu bytes (at most 144)",
		   sizeof(lp_fact));
	f.status = LP_STATUS_ESTIMATE;
	f.measure = LP_MEASURE_QUALITATIVE;
	f.period_basis = LP_PERIOD_SESSION;
	TAP_OK(f.status == LP_STATUS_ESTIMATE && f.measure == LP_MEASURE_QUALITATIVE &&
		   f.period_basis == LP_PERIOD_SESSION, "a fact's status, measure and period basis fit their byte");
}

int
main(void)
{
	test_names();
	test_word_kinds();
	test_plans_file();
	test_list_marks();
	test_measures();
	test_subjects();
	test_period_rules();
	test_report();
	test_table();
	test_roundup();
	test_wrap();
	test_labels();
	test_noise();
	test_plan_table();
	test_meta_basis();
	test_extract_inferred();
	test_fact_size();
	return TAP_DONE();
}
