/*
 * subjects.c — subjects, numbers and indicators of issue 14, one construction
 * a test: each sentence is written for the test (figures invented), read as
 * a small document, and the fact of one figure is checked (its indicator,
 * measure, value, unit and qualifier).  docs/genre.md lists the
 * constructions ("Subjects, numbers and indicators").
 */
#include "lp.h"
#include "lp_text.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

#define HEAD "二〇二五年工作回顾\n2025年，"

static lp_facts
facts_of(const char *body)
{
	lp_facts	f = {0};
	lp_error	err;
	char		doc[8192];

	lp_buf		clean;

	/* normalized first, as ingest() does: glosses, full-width forms */
	snprintf(doc, sizeof(doc), "%s%s\n", HEAD, body);
	lp_buf_init(&clean);
	if (lp_normalize(doc, strlen(doc), &clean, NULL, &err) != LP_OK ||
		lp_extract_period(clean.data ? clean.data : "", clean.len, NULL, &f, &err) != LP_OK)
		printf("# extract failed: %s\n", err.msg);
	lp_buf_free(&clean);
	return f;
}

/*
 * Is there a fact of value "value" (as printed, in the unit written) with
 * this indicator (NULL: none), measure and qualifier?  Prints the facts of
 * the sentence when not.
 */
static int
has(const lp_facts *f, const char *value, const char *indicator, lp_measure measure,
	lp_qualifier qualifier)
{
	size_t		i;

	for (i = 0; i < f->n; i++)
	{
		const lp_fact *x = &f->items[i];

		if (strcmp(x->q.value, value) == 0 && x->measure == measure &&
			x->q.qualifier == qualifier &&
			(indicator ? x->indicator && strcmp(x->indicator, indicator) == 0 : x->indicator == NULL))
			return 1;
	}
	for (i = 0; i < f->n; i++)
		printf("#   got %s %s %s (%s)\n", f->items[i].q.value,
			   f->items[i].indicator ? f->items[i].indicator : "-",
			   lp_measure_name(f->items[i].measure) ? lp_measure_name(f->items[i].measure) : "-",
			   f->items[i].subject ? f->items[i].subject : "");
	return 0;
}

typedef struct
{
	const char *sentence;
	const char *value;
	const char *indicator;
	lp_measure	measure;
	lp_qualifier qualifier;
	const char *what;
} case_t;

static const case_t cases[] = {
	/* subjects */
	{"地区生产总值全年实现2150亿元左右，增长5.1%。", "2150", "gdp", LP_MEASURE_LEVEL, LP_Q_APPROX,
	"a time word between subject and verb (全年实现)"},
	{"规模以上工业增加值上半年增长6.3%。", "6.3", "industrial_va", LP_MEASURE_GROWTH, LP_Q_EQ,
	"上半年 between subject and verb"},
	{"社会消费品零售总额1-6月同比增长4.4%。", "4.4", "retail_sales", LP_MEASURE_GROWTH, LP_Q_EQ,
	"a month range and 同比 between subject and verb"},
	{"全省居民人均可支配收入达35210元、增长5.6%。", "5.6", "disposable_income", LP_MEASURE_GROWTH, LP_Q_EQ,
	"a growth after a level: the figure with its unit is no subject"},
	{"坚持稳中求进、以进促稳，坚持稳中求进、以进促稳，坚持稳中求进、以进促稳，坚持稳中求进、以进促稳，"
		"坚持稳中求进、以进促稳，坚持稳中求进、以进促稳，坚持稳中求进、以进促稳，坚持稳中求进、以进促稳，"
		"坚持稳中求进、以进促稳，坚持稳中求进、以进促稳，坚持稳中求进、以进促稳，坚持稳中求进、以进促稳，"
		"地方一般公共预算收入达350.6亿元、增长1.7%，居民人均可支配收入达3954元、增长5%。",
		"1.7", "budget_revenue", LP_MEASURE_GROWTH, LP_Q_EQ,
	"a sentence longer than the look-back: the growth keeps the subject of the level before"},
	{"全省地区生产总值达到4.21万亿元、稳居全国前十、增长4.6%。", "4.6", "gdp", LP_MEASURE_GROWTH, LP_Q_EQ,
	"a predicate between two figures (稳居全国前十) names no subject"},
	{"固定资产投资增长3.2%，其中工业投资增长12.5%。", "12.5", "industrial_investment", LP_MEASURE_GROWTH,
	LP_Q_EQ, "a 其中 sub-item"},
	{"万元GDP建设用地、水耗、电耗分别下降4.1%、3.2%、2.5%。", "-3.2", "water_per_gdp", LP_MEASURE_GROWTH,
	LP_Q_EQ, "an elliptical 分别 list shares the first item's lead (万元GDP + 水耗)"},
	{"万元GDP建设用地、水耗、电耗分别下降4.1%、3.2%、2.5%。", "-2.5", "power_per_gdp", LP_MEASURE_GROWTH,
	LP_Q_EQ, "... and the third item too"},
	{"出口和进口分别增长4%和6%。", "6", "import_total", LP_MEASURE_GROWTH, LP_Q_EQ,
	"a 分别 list joined by 和: the second value, the second item, the list's measure"},
	{"出口和进口分别增长4%和6%。", "4", "export_total", LP_MEASURE_GROWTH, LP_Q_EQ,
	"... the first value, the first item"},
	{"城乡居民人均可支配收入分别增长6%、7.5%左右。", "6", "urban_disposable_income", LP_MEASURE_GROWTH,
	LP_Q_APPROX, "左右 on the last figure of a bare list is each figure's"},
	{"城镇居民人均可支配收入6120元，农民人均纯收入2305元，扣除价格因素，分别增长6.1%和5.3%。", "5.3",
	"rural_disposable_income", LP_MEASURE_GROWTH, LP_Q_EQ,
	"a 分别 with no list before it distributes over the last subjects"},
	{"城乡居民人均可支配收入分别达到6.36万元和3.12万元，分别增长4.5%和6.2%。", "4.5",
	"urban_disposable_income", LP_MEASURE_GROWTH, LP_Q_EQ, "a second 分别 over the same subjects"},
	{"万元 GDP 能耗下降 3.5 ％。", "-3.5", "energy_per_gdp", LP_MEASURE_GROWTH, LP_Q_EQ,
	"spaces inside a term and around a number, full-width ％"},
	{"高新技术产业增加值385亿元占全市21.3%增长6.8%。", "21.3", "high_tech_output", LP_MEASURE_SHARE,
	LP_Q_EQ, "figures without punctuation: the share is of the subject before"},
	{"高新技术产业增加值385亿元占全市21.3%增长6.8%。", "6.8", "high_tech_output", LP_MEASURE_GROWTH,
	LP_Q_EQ, "... and so is the growth after it"},
	{"新兴产业等重点行业税收增长15%。", "15", NULL, LP_MEASURE_GROWTH, LP_Q_EQ,
	"X等Y names a part of Y, not the tax total"},
	{"原油等大宗商品进口增长5.8%。", "5.8", NULL, LP_MEASURE_GROWTH, LP_Q_EQ,
	"X等Y: not the import total"},
	{"高等教育毛入学率达到62%。", "62", "higher_education_enrolment", LP_MEASURE_LEVEL, LP_Q_EQ,
	"等 inside a word (高等) lists nothing"},
	{"经济增长5%。", "5", "gdp", LP_MEASURE_GROWTH, LP_Q_EQ, "经济增长 is the growth of gdp"},
	{"地区生产总值迈上3000亿元新台阶。", "3000", "gdp", LP_MEASURE_LEVEL, LP_Q_GE,
	"迈上…新台阶 ends no name, and qualifies the figure ge"},
	{"城乡居民收入比缩小至2.05∶1。", "2.05", "urban_rural_income_ratio", LP_MEASURE_LEVEL, LP_Q_EQ,
	"a ratio to one, and 缩小至 before it"},
	{"社会消费品零售总额近一万九千亿元。", "19000", "retail_sales", LP_MEASURE_LEVEL, LP_Q_APPROX,
	"a numeral whose 亿 multiplies all before it keeps 亿 as its magnitude"},
	{"第一、二、三产业增加值分别增长5%、6.5%、5.2%。", "5", "primary_va", LP_MEASURE_GROWTH, LP_Q_EQ,
	"compressed heads of a 分别 list (第一、二、三产业增加值)"},
	{"全区第一产业实现增加值2193万元，增长4.8%。", "2193", "primary_va", LP_MEASURE_LEVEL, LP_Q_EQ,
	"the verb splits the indicator's words (第一产业实现增加值)"},
	{"规模以上工业企业上半年实现增加值11.45亿元。", "11.45", "industrial_va", LP_MEASURE_LEVEL,
	LP_Q_EQ, "the verb and a time word split the indicator's words"},
	{"城镇居民可支配收入达到7042元。", "7042", "urban_disposable_income", LP_MEASURE_LEVEL, LP_Q_EQ,
	"城镇居民可支配收入 without 人均"},
	{"金融机构本外币存贷款余额分别达到1.96万亿元和1.38万亿元。", "1.38", "loans", LP_MEASURE_LEVEL,
	LP_Q_EQ, "存贷款 names deposits and loans"},
	{"城镇调查失业率平均为4.6%。", "4.6", "surveyed_unemployment_rate", LP_MEASURE_LEVEL, LP_Q_EQ,
	"平均 between subject and verb"},
	{"一般公共预算收入增长3.9%，总量首次突破1600亿元。", "1600", "budget_revenue", LP_MEASURE_LEVEL,
	LP_Q_GT, "总量首次 is the level of the subject named before"},
	{"全县实现地区生产总值286.5亿元，比增9.1%。", "9.1", "gdp", LP_MEASURE_GROWTH, LP_Q_EQ,
	"比增 is a growth word"},
	{"全省地区生产总值迈上5万亿台阶，达到5.1万亿元。", "5.1", "gdp", LP_MEASURE_LEVEL, LP_Q_EQ,
	"万亿台阶 is no count of 台"},
	{"一般公共预算收入增长2.3%、支出首次超过7000亿元。", "7000", "budget_expenditure", LP_MEASURE_LEVEL,
	LP_Q_GT, "a short subject shares the lead of the subject before (一般公共预算 + 支出)"},
	{"工业战略性新兴产业总产值增长6.5%、占规模以上工业总产值比重提高到45%。", "45",
	"strategic_emerging_output", LP_MEASURE_SHARE, LP_Q_EQ,
	"the level a share reaches (占…比重提高到) is a share of the subject before"},
	{"城镇登记失业率、城镇调查失业率控制在4.2%以内、5.8%以内。", "5.8", "surveyed_unemployment_rate",
	LP_MEASURE_LEVEL, LP_Q_LE, "a list without 分别, one value an item in the same unit"},
	{"地区生产总值增长6%左右，城镇登记失业率、城镇调查失业率分别控制在3.9%以内、5.4%以内。", "3.9",
		"unemployment_rate", LP_MEASURE_LEVEL, LP_Q_LE,
	"a 分别 list's first value takes no measure from the figure before the list"},
	{"固定资产投资增长3%，其中非房地产开发投资增长21.2%。", "21.2", NULL, LP_MEASURE_GROWTH, LP_Q_EQ,
	"非Y is a part, not Y"},
	{"全市新增提供就业岗位6.6万个。", "6.6", "jobs_created", LP_MEASURE_LEVEL, LP_Q_EQ,
	"a verb before a name is no part of it"},
	{"全县地区生产总值24.6亿元，较上年增长12.5%。", "12.5", "gdp", LP_MEASURE_GROWTH, LP_Q_EQ,
	"较上年 names nothing: the growth is the sentence subject's"},
	{"农民人均纯收入达到2186元，较上年增加218元，增长11.1%。", "218", "rural_disposable_income",
	LP_MEASURE_CHANGE, LP_Q_EQ, "an increase in an amount is a change, not a growth"},
	/* numbers */
	{"外贸进出口总额三千一百多亿元，增长百分之十一点二。", "3100", "trade_total", LP_MEASURE_LEVEL,
	LP_Q_APPROX, "a Chinese numeral with 多"},
	{"外贸进出口总额三千一百多亿元，增长百分之十一点二。", "11.2", "trade_total", LP_MEASURE_GROWTH,
	LP_Q_EQ, "百分之十一点二"},
	{"地区(qū)生产(chǎn)总值完成一千(qiān)零八十亿元，增长(zhǎng)9%。", "1080", "gdp", LP_MEASURE_LEVEL, LP_Q_EQ,
	"a pinyin gloss inside a numeral"},
	{"进出口总额增长9%,;实际使用外资增长5%。", "5", "foreign_investment", LP_MEASURE_GROWTH, LP_Q_EQ,
	"doubled punctuation"},
	{"粮食产量达到135.2亿斤。", "135.2", "grain_output", LP_MEASURE_LEVEL, LP_Q_EQ, "grain in 亿斤"},
	{"人均预期寿命达到80.5岁。", "80.5", "life_expectancy", LP_MEASURE_LEVEL, LP_Q_EQ,
	"life expectancy in 岁"},
	{"单位地区生产总值生产安全事故死亡率0.5人/百亿元。", "0.5", "safety_deaths_per_gdp",
	LP_MEASURE_LEVEL, LP_Q_EQ, "deaths per 百亿元 of GDP: one unit"},
	/* indicators */
	{"R&D经费支出占GDP比重3.3%。", "3.3", "rd_intensity", LP_MEASURE_LEVEL, LP_Q_EQ,
	"a share whose name is a ratio's (rd_intensity) is its level"},
	{"全社会研发投入占比6%以上。", "6", "rd_intensity", LP_MEASURE_LEVEL, LP_Q_GE,
	"研发投入占比 is rd_intensity"},
	{"非化石能源占能源消费总量比重达到22%。", "22", "non_fossil_energy_share", LP_MEASURE_SHARE, LP_Q_EQ,
	"a ratio named with 占…比重 keeps the measure share"},
	{"先进制造业增加值占规上工业增加值比重达到62%。", "62", "advanced_manufacturing_va",
	LP_MEASURE_SHARE, LP_Q_EQ, "占…比重: the share of the part"},
	{"辖区公共财政收入310亿元。", "310", "jurisdiction_fiscal_revenue", LP_MEASURE_LEVEL, LP_Q_EQ,
	"辖区 belongs to the name"},
	{"地方财政收入221亿元，增长12.1%。", "221", "budget_revenue", LP_MEASURE_LEVEL, LP_Q_EQ,
	"the old name of budget revenue"},
	{"城镇调查失业率5.1%。", "5.1", "surveyed_unemployment_rate", LP_MEASURE_LEVEL, LP_Q_EQ,
	"the surveyed rate"},
	{"城镇登记失业率2.5%。", "2.5", "unemployment_rate", LP_MEASURE_LEVEL, LP_Q_EQ,
	"the registered rate is another"},
	{"地区生产总值年均增长5.5%左右、迈上11000亿元台阶。", "11000", "gdp", LP_MEASURE_LEVEL, LP_Q_GE,
	"迈上…台阶 after a figure is a predicate of its subject"},
	{"固定资产投资完成41.6亿元，增长31.2%，突破40亿元大关。", "40", "fixed_asset_investment",
	LP_MEASURE_LEVEL, LP_Q_GT, "突破…大关 opening the next clause is a bound of the last subject"},
	{"其中一二三产业增加值分别增长4.8%、17.3%、11.2%。", "11.2", "services_va", LP_MEASURE_GROWTH,
	LP_Q_EQ, "一二三产业 names three sectors"},
	{"城镇居民人均可支配收入和农民人均纯收入分别达到11860元和5240元，增长9.6%和10.8%。", "9.6",
	"urban_disposable_income", LP_MEASURE_GROWTH, LP_Q_EQ,
	"a 分别 list used up starts over for as many values again"},
	{"城镇、农村居民人均可支配收入分别增长4.6%、6.1%（年度目标分别为5%、6.5%）。", "6.5",
	"rural_disposable_income", LP_MEASURE_GROWTH, LP_Q_EQ,
	"targets in brackets over the list just named"},
	{"财政收入1.86亿元，增长25.8%，高于年初人代会13%的目标。", "13", "jurisdiction_fiscal_revenue",
	LP_MEASURE_GROWTH, LP_Q_EQ, "a figure followed by 的目标 is the target of the subject and measure"},
	{"一般公共预算收入增长5%，确保实现地区生产总值增长7%的目标。", "7", "gdp", LP_MEASURE_GROWTH, LP_Q_EQ,
	"…的目标 after a figure with its own subject keeps that subject"},
	{"国内生产总值增长9%、力争10%。", "10", "gdp", LP_MEASURE_GROWTH, LP_Q_EQ,
	"力争 before a second figure keeps subject and measure"},
	{"全县完成生产总值98652万元，比上年增长13.2℅。", "13.2", "gdp", LP_MEASURE_GROWTH, LP_Q_EQ,
	"℅ typed for % after a figure"},
	{"细颗粒物（PM_2.5）年平均浓度不高于20微克/立方米。", "20", "pm25", LP_MEASURE_LEVEL, LP_Q_LE,
	"PM_2.5 and 年平均浓度"},
	{"其中，第一产业完成增加值18.33亿元，同比增长2.2%。", "18.33", "primary_va", LP_MEASURE_LEVEL,
	LP_Q_EQ, "a sector's value added split by its verb (第一产业完成增加值)"},
};

/* Every code of HEADLINE_SPEC.md's table, recognised in a sentence. */
static const case_t spec_codes[] = {
	{"财政总收入520亿元。", "520", "jurisdiction_fiscal_revenue", LP_MEASURE_LEVEL, LP_Q_EQ, ""},
	{"人口自然增长率2.1‰。", "2.1", "population_natural_growth", LP_MEASURE_LEVEL, LP_Q_EQ, ""},
	{"粮食产量达到65.3万吨。", "65.3", "grain_output", LP_MEASURE_LEVEL, LP_Q_EQ, ""},
	{"农林牧渔业总产值320亿元。", "320", "agricultural_output", LP_MEASURE_LEVEL, LP_Q_EQ, ""},
	{"技术合同成交额150亿元。", "150", "tech_contract_value", LP_MEASURE_LEVEL, LP_Q_EQ, ""},
	{"全员劳动生产率达到18.5万元/人。", "18.5", "labor_productivity", LP_MEASURE_LEVEL, LP_Q_EQ, ""},
	{"主要污染物排放总量下降2%。", "-2", "pollutant_emissions", LP_MEASURE_GROWTH, LP_Q_EQ, ""},
	{"环保投入占生产总值比重3.1%。", "3.1", "env_investment", LP_MEASURE_SHARE, LP_Q_EQ, ""},
	{"空气质量优良天数比例达到90.5%。", "90.5", "air_quality_days", LP_MEASURE_LEVEL, LP_Q_EQ, ""},
	{"每万人口高价值发明专利拥有量达到25件。", "25", "high_value_patents_per_10k", LP_MEASURE_LEVEL,
	LP_Q_EQ, ""},
	{"先进制造业增加值增长9%。", "9", "advanced_manufacturing_va", LP_MEASURE_GROWTH, LP_Q_EQ, ""},
	{"城镇调查失业率5.3%。", "5.3", "surveyed_unemployment_rate", LP_MEASURE_LEVEL, LP_Q_EQ, ""},
	{"人均预期寿命达到79岁。", "79", "life_expectancy", LP_MEASURE_LEVEL, LP_Q_EQ, ""},
	{"工业战略性新兴产业总产值增长9%。", "9", "strategic_emerging_output", LP_MEASURE_GROWTH, LP_Q_EQ, ""},
	{"规上服务业营业收入增长8%。", "8", "services_revenue", LP_MEASURE_GROWTH, LP_Q_EQ, ""},
	{"产业投资增长10%。", "10", "industry_investment", LP_MEASURE_GROWTH, LP_Q_EQ, ""},
	{"单位地区生产总值生产安全事故死亡率0.3人/百亿元。", "0.3", "safety_deaths_per_gdp",
	LP_MEASURE_LEVEL, LP_Q_EQ, ""},
	{"研发投入强度达到3.2%。", "3.2", "rd_intensity", LP_MEASURE_LEVEL, LP_Q_EQ, ""},
	{"实际利用外资12亿美元。", "12", "foreign_investment", LP_MEASURE_LEVEL, LP_Q_EQ, ""},
};

/* Aliases that named the wrong concept. */
static const case_t not_codes[] = {
	{"家庭病床达到320张。", "320", "hospital_beds", LP_MEASURE_LEVEL, LP_Q_EQ, "家庭病床 are no hospital beds"},
	{"户籍人口达到150万人。", "150", "population", LP_MEASURE_LEVEL, LP_Q_EQ,
	"户籍人口 is no resident population"},
	{"建成区绿化覆盖率达到43%。", "43", "forest_coverage", LP_MEASURE_LEVEL, LP_Q_EQ,
	"绿化覆盖率 is no forest coverage"},
};

static int
has_code(const lp_facts *f, const char *value, const char *indicator)
{
	size_t		i;

	for (i = 0; i < f->n; i++)
		if (strcmp(f->items[i].q.value, value) == 0 && f->items[i].indicator &&
			strcmp(f->items[i].indicator, indicator) == 0)
			return 1;
	return 0;
}

/* The number of a list item, and what is not one. */
static void
test_item_numbers(void)
{
	static const struct
	{
		const char *s;
		size_t		want;
	}			cases[] = {
		{"1.地区生产总值", 2}, {"12、居民收入", 5}, {"3）粮食产量", 4}, {"（4）就业", 7},
		{"(5)GDP", 3}, {"⑥单位能耗", 3}, {"7．外贸", 4},
		{"2.5万亿元", 0}, {"2025年", 0}, {"（1、", 0}, {"地区生产总值", 0}, {"1.", 2}
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		size_t		got = lp_item_number_len(cases[i].s, 0, strlen(cases[i].s));

		TAP_OK(got == cases[i].want, "item number of \"%s\": %zu bytes (got %zu)",
			   cases[i].s, cases[i].want, got);
	}
}

int
main(void)
{
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		lp_facts	f = facts_of(cases[i].sentence);

		TAP_OK(has(&f, cases[i].value, cases[i].indicator, cases[i].measure, cases[i].qualifier),
			   "%s: %s", cases[i].what, cases[i].sentence);
		lp_facts_free(&f);
	}
	for (i = 0; i < sizeof(spec_codes) / sizeof(spec_codes[0]); i++)
	{
		lp_facts	f = facts_of(spec_codes[i].sentence);

		TAP_OK(has(&f, spec_codes[i].value, spec_codes[i].indicator, spec_codes[i].measure,
				   spec_codes[i].qualifier),
			   "HEADLINE_SPEC code %s: %s", spec_codes[i].indicator, spec_codes[i].sentence);
		lp_facts_free(&f);
	}
	for (i = 0; i < sizeof(not_codes) / sizeof(not_codes[0]); i++)
	{
		lp_facts	f = facts_of(not_codes[i].sentence);

		TAP_OK(f.n > 0 && !has_code(&f, not_codes[i].value, not_codes[i].indicator), "%s",
			   not_codes[i].what);
		lp_facts_free(&f);
	}
	test_item_numbers();
	return TAP_DONE();
}
