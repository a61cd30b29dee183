/*
 * catalogue.c — unit tests of the indicator catalogue (lp_indicator.c) and
 * of the rows users add to it and to the regions (lp_indicator_set_user,
 * lp_regions_set_user): subject → code for the headline concepts of work
 * reports, plan reports and bulletins; the names that used to go to the
 * wrong code (家庭病床, 户籍人口, 绿化覆盖率, 学前学位, 城镇调查失业率);
 * the longer name winning; flows and stocks, parts and totals; shares
 * (A占B); words after a name; traditional and variant spellings after
 * lp_normalize; the data files themselves.  Invented subjects.
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_region.h"
#include "tap.h"

#include <string.h>
#include <time.h>

typedef struct subject_case
{
	const char *subject;
	const char *code;			/* NULL: no indicator */
} subject_case;

/* subject as the extractor hands it (simplified) → code */
static const subject_case cases[] = {
	/* output */
	{"地区生产总值", "gdp"}, {"全市生产总值", "gdp"}, {"GDP", "gdp"}, {"经济总量", "gdp"},
	{"经济", "gdp"}, {"数字经济", "digital_economy"}, {"海洋经济", NULL}, {"民营经济", "private_economy_va"},
	{"人均地区生产总值", "gdp_per_capita"}, {"人均GDP", "gdp_per_capita"},
	{"第一产业增加值", "primary_va"}, {"第二产业增加值", "secondary_va"}, {"服务业增加值", "services_va"},
	{"生产性服务业增加值", "producer_services_va"}, {"现代服务业增加值", "modern_services_va"},
	{"规上工业增加值", "industrial_va"}, {"规模以上工业增加值", "industrial_va"}, {"规模工业增加值", "industrial_va"},
	{"全部工业增加值", "industry_va"}, {"工业增加值", "industry_va"},
	{"制造业增加值", "manufacturing_va"}, {"先进制造业增加值", "advanced_manufacturing_va"},
	{"装备制造业增加值", "equipment_manufacturing_va"}, {"高技术制造业增加值", "high_tech_output"},
	{"战略性新兴产业增加值", "strategic_emerging_va"}, {"工业战略性新兴产业总产值", "strategic_emerging_output"},
	{"战略性新兴产业产值", "strategic_emerging_output"},
	{"数字经济核心产业增加值", "digital_economy_va"}, {"建筑业总产值", "construction_output"},
	{"建筑业增加值", "construction_va"}, {"规上服务业营收", "services_revenue"},
	{"规模以上服务业营业收入", "services_revenue"}, {"全员劳动生产率", "labor_productivity"},
	{"规上工业企业利润", "industrial_profit"},
	/* investment */
	{"固定资产投资", "fixed_asset_investment"}, {"工业投资", "industrial_investment"},
	{"工业技改投资", "tech_renovation_investment"}, {"制造业投资", "manufacturing_investment"},
	{"产业投资", "industry_investment"}, {"基础设施投资", "infrastructure_investment"},
	{"房地产开发投资", "real_estate_investment"}, {"民间投资", "private_investment"},
	{"实际使用外资", "foreign_investment"}, {"实际利用外资", "foreign_investment"},
	/* consumption, trade */
	{"社会消费品零售总额", "retail_sales"}, {"社零", "retail_sales"}, {"网上零售额", "online_retail"},
	{"实物商品网上零售额", "online_goods_retail"}, {"居民人均消费支出", "consumption_per_capita"},
	{"城镇居民人均消费支出", "urban_consumption_per_capita"}, {"农村居民人均消费支出", "rural_consumption_per_capita"},
	{"进出口总额", "trade_total"}, {"外贸进出口", "trade_total"}, {"进出口总值", "trade_total"},
	{"出口", "export_total"}, {"进口", "import_total"}, {"服务贸易进出口", "services_trade"},
	{"跨境电商进出口额", "cross_border_ecommerce"},
	/* fiscal, finance */
	{"一般公共预算收入", "budget_revenue"}, {"地方一般公共预算收入", "budget_revenue"},
	{"财政总收入", "jurisdiction_fiscal_revenue"}, {"全口径财政收入", "jurisdiction_fiscal_revenue"},
	{"一般公共预算总收入", "jurisdiction_fiscal_revenue"}, {"辖区一般公共预算收入", "jurisdiction_fiscal_revenue"},
	{"税收收入", "tax_revenue"}, {"税收亿元楼", NULL}, {"非税收入", "non_tax_revenue"},
	{"一般公共预算支出", "budget_expenditure"}, {"民生支出", "livelihood_spending"},
	{"政府性基金预算收入", "gov_fund_revenue"}, {"政府性基金支出", "gov_fund_expenditure"},
	{"本外币存款余额", "deposits"}, {"金融机构本外币贷款余额", "loans"}, {"新增贷款", "new_loans"},
	/* prices, income */
	{"居民消费价格", "cpi"}, {"CPI", "cpi"}, {"居民消费价格指数", "cpi"}, {"工业生产者出厂价格", "ppi"},
	{"居民人均可支配收入", "disposable_income"}, {"全体居民人均可支配收入", "disposable_income"},
	{"城乡居民人均可支配收入", "disposable_income"},
	{"城镇居民人均可支配收入", "urban_disposable_income"}, {"人均可支配收入", "disposable_income"},
	{"农村居民人均可支配收入", "rural_disposable_income"}, {"农民人均纯收入", "rural_disposable_income"},
	{"农村居民收入", "rural_disposable_income"}, {"城乡居民收入比", "urban_rural_income_ratio"},
	{"城镇非私营单位就业人员平均工资", "average_wage"}, {"私营单位就业人员平均工资", "private_average_wage"},
	/* employment */
	{"城镇新增就业", "new_jobs"}, {"城镇调查失业率", "surveyed_unemployment_rate"},
	{"调查失业率", "surveyed_unemployment_rate"}, {"城镇登记失业率", "unemployment_rate"},
	{"失业率", "unemployment_rate"}, {"城镇就业人员", "urban_employment"},
	/* population */
	{"常住人口", "population"}, {"年末常住人口", "population"}, {"户籍人口", "registered_population"},
	{"出生人口", "births"}, {"人口自然增长率", "population_natural_growth"},
	{"常住人口城镇化率", "urbanization_rate"}, {"户籍人口城镇化率", "registered_urbanization_rate"},
	/* agriculture */
	{"粮食产量", "grain_output"}, {"粮食总产量", "grain_output"}, {"粮食", "grain_output"},
	{"粮食播种面积", "grain_area"}, {"农林牧渔业总产值", "agricultural_output"},
	{"高标准农田", "high_standard_farmland"},
	/* energy and environment */
	{"万元GDP能耗", "energy_per_gdp"}, {"单位地区生产总值能耗", "energy_per_gdp"},
	{"单位生产总值二氧化碳排放量", "carbon_per_gdp"}, {"碳排放强度", "carbon_per_gdp"},
	{"万元GDP水耗", "water_per_gdp"}, {"万元GDP建设用地", "land_per_gdp"},
	{"PM2.5年均浓度", "pm25"}, {"细颗粒物年均浓度", "pm25"}, {"空气质量优良天数比例", "air_quality_days"},
	{"空气质量优良天数", "air_quality_days"}, {"森林覆盖率", "forest_coverage"},
	{"建成区绿化覆盖率", "green_coverage"}, {"区绿化覆盖率", "green_coverage"},
	{"主要污染物排放总量", "pollutant_emissions"}, {"化学需氧量排放量", "cod_emissions"},
	{"环保投入", "env_investment"}, {"非化石能源占能源消费总量比重", "non_fossil_energy_share"},
	/* innovation */
	{"研发投入强度", "rd_intensity"}, {"全社会研发经费投入强度", "rd_intensity"},
	{"研究与试验发展经费投入强度", "rd_intensity"}, {"全社会研发投入占GDP比重", "rd_intensity"},
	{"全社会研发经费支出相当于全市生产总值的比例", "rd_intensity"}, {"全社会研发经费投入", "rd_spending"},
	{"国家高新技术企业", "high_tech_firms"}, {"高新技术企业数", "high_tech_firms"},
	{"新认定国家高新技术企业", "new_high_tech_firms"}, {"每万人口发明专利拥有量", "patents_per_10k"},
	{"每万人口高价值发明专利拥有量", "high_value_patents_per_10k"}, {"技术合同成交额", "tech_contract_value"},
	{"国家级专精特新“小巨人”企业", "little_giants"},
	/* education, health, social */
	{"学位", "school_places"}, {"学前学位", "preschool_places"}, {"幼儿园学位", "preschool_places"},
	{"义务教育学位", "compulsory_school_places"}, {"公办学位", "public_school_places"},
	{"高等教育毛入学率", "higher_education_enrolment"}, {"人均预期寿命", "life_expectancy"},
	{"医疗床位", "hospital_beds"}, {"医疗卫生机构床位", "hospital_beds"}, {"病床", "hospital_beds"},
	{"家庭病床", "family_beds"}, {"每千人口床位数", "beds_per_1000"}, {"养老床位", "elderly_beds"},
	{"护理型床位", "elderly_nursing_beds"}, {"托位", "childcare_places"}, {"基本医疗保险参保率", "medical_insurance_coverage"},
	{"基本养老保险参保率", "pension_coverage"}, {"保障性租赁住房", "affordable_rental_housing"},
	{"保障性住房", "public_housing"}, {"商事主体", "market_entities"}, {"经营主体", "market_entities"},
	/* safety */
	{"生产安全事故死亡人数", "safety_deaths"}, {"道路交通事故死亡人数", "traffic_deaths"}, {"死亡人数", "safety_deaths"},
	{"亿元地区生产总值生产安全事故死亡率", "safety_deaths_per_gdp"},
	{"单位地区生产总值生产安全事故死亡率", "safety_deaths_per_gdp"},
	{"工矿商贸就业人员十万人生产安全事故死亡率", "workplace_deaths_per_100k"},
	{"食品抽检合格率", "food_safety_pass_rate"},
	/* words after a name, and shares */
	{"城镇调查失业率平均", "surveyed_unemployment_rate"}, {"城镇调查失业率均值", "surveyed_unemployment_rate"},
	{"居民人均可支配收入实际", "disposable_income"}, {"农村居民人均可支配收入首次", "rural_disposable_income"},
	{"地区生产总值迈上", "gdp"}, {"经济实际", "gdp"}, {"数字经济占地区生产总值", "digital_economy"},
	{"先进制造业增加值占规上工业增加值", "advanced_manufacturing_va"},
	{"工业战略性新兴产业总产值占规上工业总产值", "strategic_emerging_output"},
	{"重点产业产值占农林牧渔业总产值", NULL}, {"民生支出占一般公共预算支出", "livelihood_spending"},
	/* spaces, full-width and lower-case Latin */
	{"万元 GDP 能耗", "energy_per_gdp"}, {"万元ＧＤＰ能耗", "energy_per_gdp"}, {"gdp", "gdp"},
	{"R＆D经费投入强度", "rd_intensity"}, {"ＰＭ２.５年均浓度", "pm25"},
	/* nothing */
	{"企业", NULL}, {"项目", NULL}, {"", NULL},
};

/* traditional or variant text → normalised → code */
static const subject_case traditional[] = {
	{"地區生產總值", "gdp"}, {"國內生產總值", "gdp"}, {"城鎮調查失業率", "surveyed_unemployment_rate"},
	{"城鎮登記失業率", "unemployment_rate"}, {"戶籍人口", "registered_population"},
	{"常住人口城鎮化率", "urbanization_rate"}, {"綠化覆蓋率", "green_coverage"},
	{"醫療衛生機構床位", "hospital_beds"}, {"家庭病床", "family_beds"},
	{"社會消費品零售總額", "retail_sales"}, {"進出口總額", "trade_total"},
	{"一般公共預算收入", "budget_revenue"}, {"萬元GDP能耗", "energy_per_gdp"},
	{"研發投入強度", "rd_intensity"}, {"糧食總產量", "grain_output"},
	{"居民人均可支配收入", "disposable_income"}, {"城鎮居民人均可支配收入", "urban_disposable_income"},
	{"規上工業增加值", "industrial_va"}, {"每萬人口發明專利擁有量", "patents_per_10k"},
	{"人均預期壽命", "life_expectancy"}, {"學前學位", "preschool_places"},
	{"國家高新技術企業", "high_tech_firms"}, {"Ｒ＆Ｄ經費投入強度", "rd_intensity"},
	{"技術合同成交額", "tech_contract_value"}, {"節能減排", "energy_saving"},
};

static void
test_subjects(void)
{
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		TAP_STREQ(lp_indicator_by_suffix(cases[i].subject, strlen(cases[i].subject)), cases[i].code,
				  "subject %s", cases[i].subject[0] ? cases[i].subject : "(empty)");
}

static void
test_traditional(void)
{
	size_t		i;

	for (i = 0; i < sizeof(traditional) / sizeof(traditional[0]); i++)
	{
		lp_buf		out;
		lp_error	err;

		lp_buf_init(&out);
		if (lp_normalize(traditional[i].subject, strlen(traditional[i].subject), &out, NULL, &err) != LP_OK)
		{
			TAP_OK(0, "normalise %s", traditional[i].subject);
			continue;
		}
		TAP_STREQ(lp_indicator_by_suffix(out.data, out.len), traditional[i].code,
				  "normalised %s (%.*s)", traditional[i].subject, (int) out.len, out.data);
		lp_buf_free(&out);
	}
}

/* lp_indicator_suffix's length: from the start of the name to the end */
static void
test_lengths(void)
{
	size_t		n = 0;
	const char *s = "全区城镇调查失业率平均";

	TAP_STREQ(lp_indicator_suffix(s, strlen(s), &n), "surveyed_unemployment_rate", "suffix with a tail word");
	TAP_OK(n == strlen("城镇调查失业率平均"), "the name and the word after it: %zu bytes", n);
	s = "全社会研发投入占GDP比重";
	TAP_OK(lp_indicator_suffix(s, strlen(s), &n) && n == strlen(s), "a ratio spanning 占 counts whole (%zu)", n);
	s = "万元 GDP 能耗";
	TAP_OK(lp_indicator_suffix(s, strlen(s), &n) && n == strlen(s), "a name with spaces: bytes of the text (%zu)", n);
	s = "先进制造业增加值占规上工业增加值";
	TAP_OK(lp_indicator_suffix(s, strlen(s), &n) && n == strlen(s), "a share: from its part (%zu)", n);
}

/* prefixes: items of a summary list with no number */
static void
test_prefixes(void)
{
	static const subject_case pre[] = {
		{"居民人均可支配收入增长与经济增长同步", "disposable_income"},
		{"城镇调查失业率控制在5.5%左右", "surveyed_unemployment_rate"},
		{"单位地区生产总值二氧化碳排放完成国家下达目标", "carbon_per_gdp"},
		{"单位生产总值二氧化碳排放量进一步下降", "carbon_per_gdp"},
		{"主要污染物重点工程减排量完成国家下达目标", "pollutant_emissions"},
		{"节能减排完成市下达任务", "energy_saving"},
		{"新认定高新技术企业100家", "new_high_tech_firms"},
		{"新增国家高新技术企业100家", "new_high_tech_firms"},
		{"经济保持平稳", NULL},	/* =经济: a whole subject only */
		{"完成任务", NULL},
	};
	size_t		i,
				n;

	for (i = 0; i < sizeof(pre) / sizeof(pre[0]); i++)
		TAP_STREQ(lp_indicator_by_prefix(pre[i].subject, strlen(pre[i].subject), &n), pre[i].code,
				  "prefix %s", pre[i].subject);
	lp_indicator_by_prefix("ＧＤＰ增长5%", strlen("ＧＤＰ增长5%"), &n);
	TAP_OK(n == strlen("ＧＤＰ"), "prefix length in bytes of the text, not of the match form (%zu)", n);
}

/* flows and stocks: the clause before the subject (lp_indicator_mention) */
static void
test_flows(void)
{
	static const struct
	{
		const char *clause;		/* text before the subject */
		const char *subject;
		const char *code;
	}			m[] = {
		{"全年", "国家高新技术企业", "high_tech_firms"},
		{"全年新认定", "国家高新技术企业", "new_high_tech_firms"},
		{"新增", "国家高新技术企业", "new_high_tech_firms"},
		{"净增", "高新技术企业", "new_high_tech_firms"},
		{"", "国家高新技术企业总数", "high_tech_firms"},
		{"新增", "上市公司", "new_listed_companies"},
		{"新登记", "市场主体", "new_market_entities"},
		{"新增", "养老床位", "new_elderly_beds"},
		{"新增", "学位", "school_places"},	/* no stock: a flow already */
		{"新增", "学前学位", "preschool_places"},
		{"新增", "贷款", NULL},
		{"新增", "城镇就业人员", "new_jobs"},
		{"改造", "国家高新技术企业", "high_tech_firms"},
	};
	size_t		i;

	for (i = 0; i < sizeof(m) / sizeof(m[0]); i++)
	{
		char		buf[256];
		size_t		a = strlen(m[i].clause),
					n = 0;
		const char *code;

		snprintf(buf, sizeof(buf), "%s%s", m[i].clause, m[i].subject);
		code = lp_indicator_mention(buf, 0, a, strlen(buf), &n);
		TAP_STREQ(code, m[i].code, "mention %s|%s", m[i].clause, m[i].subject);
	}
}

/* the user rows: an alias of theirs wins, a shipped code is replaced, n = 0 undoes */
static void
test_user_rows(void)
{
	static const char *const home[] = {"家庭病床", "家庭医生签约床位"};
	static const char *const beds[] = {"床位数"};
	static const char *const wild[] = {"=指标甲", "乙*比例"};
	lp_indicator_def defs[] = {
		{"my_home_beds", "家庭病床服务", home, 2, NULL},
		{"hospital_beds", "医院床位", beds, 1, NULL},	/* replaces the shipped row */
		{"my_index", "我的指数", wild, 2, NULL},
		{"my_new_index", "新增我的指数", NULL, 0, "my_index"},
	};
	size_t		rows,
				names;

	TAP_STREQ(lp_indicator_by_suffix("家庭病床", strlen("家庭病床")), "family_beds", "shipped: 家庭病床");
	TAP_OK(lp_indicator_set_user(defs, 4) == 0, "set four user rows");
	TAP_STREQ(lp_indicator_by_suffix("家庭病床", strlen("家庭病床")), "my_home_beds", "a user alias wins over the shipped name");
	TAP_STREQ(lp_indicator_by_suffix("建立家庭病床", strlen("建立家庭病床")), "my_home_beds",
			  "... and over the longer shipped names built on it");
	TAP_STREQ(lp_indicator_by_suffix("养老床位数", strlen("养老床位数")), "elderly_beds", "the longer shipped name still wins");
	TAP_STREQ(lp_indicator_by_suffix("床位数", strlen("床位数")), "hospital_beds", "a user row with a shipped code: its alias");
	TAP_STREQ(lp_indicator_by_suffix("医疗床位", strlen("医疗床位")), NULL, "... and the shipped aliases of that code are gone");
	TAP_STREQ(lp_indicator_by_suffix("指标甲", strlen("指标甲")), "my_index", "a user's =name: whole subject");
	TAP_STREQ(lp_indicator_by_suffix("新指标甲", strlen("新指标甲")), NULL, "a user's =name: not a suffix");
	TAP_STREQ(lp_indicator_by_suffix("乙方的比例", strlen("乙方的比例")), "my_index", "a user's 甲*乙 name");
	TAP_STREQ(lp_indicator_mention("新增我的指数", 0, 6, strlen("新增我的指数"), NULL), "my_new_index",
			  "a user's flow of a user's stock");
	TAP_STREQ(lp_indicator_by_suffix("地区生产总值", strlen("地区生产总值")), "gdp", "shipped rows stay");
	rows = lp_indicator_count(&names);
	TAP_OK(rows > 200 && names > 1000, "the catalogue holds %zu indicators with %zu names", rows, names);
	TAP_OK(lp_indicator_set_user(NULL, 0) == 0, "drop the user rows");
	TAP_STREQ(lp_indicator_by_suffix("家庭病床", strlen("家庭病床")), "family_beds", "without them: shipped again");
	TAP_STREQ(lp_indicator_by_suffix("建立家庭病床", strlen("建立家庭病床")), "family_beds", "... the longer name too");
	TAP_STREQ(lp_indicator_by_suffix("医疗床位", strlen("医疗床位")), "hospital_beds", "the shipped hospital_beds is back");
}

static lp_meta
meta_of(const char *doc)
{
	lp_meta		m;

	lp_infer_meta(doc, strlen(doc), &m);
	return m;
}

static void
test_user_regions(void)
{
	static const char *doc = "前海合作区2023年国民经济和社会发展计划执行情况的报告\n\n一、2023年计划执行情况\n全区地区生产总值增长5%。\n";
	static const char *doc2 = "南山区2023年经济运行情况\n\n深圳市南山区地区生产总值增长6%。\n";
	lp_region_def defs[] = {
		{"前海合作区", "440399", "前海", "new_area", "440300"},
	};
	lp_meta		m = meta_of(doc);

	TAP_STREQ(m.region, "", "前海合作区 is no shipped region");
	TAP_OK(lp_regions_set_user(defs, 1) == 0, "add a user region");
	m = meta_of(doc);
	TAP_STREQ(m.region, "前海合作区", "the user region from the title");
	TAP_STREQ(m.region_code, "440399", "its code");
	m = meta_of(doc2);
	TAP_STREQ(m.region_code, "440305", "shipped regions still found");
	TAP_OK(lp_regions_set_user(NULL, 0) == 0, "drop the user regions");
	m = meta_of(doc);
	TAP_STREQ(m.region, "", "without it: no region again");
}

static void
test_data(void)
{
	char		msg[256] = "";

	TAP_OK(lp_indicator_check_data(msg, sizeof(msg)) == 0, "indicators.tsv and indicator_words.tsv are sound%s%s",
		   msg[0] ? ": " : "", msg);
	TAP_OK(lp_indicator_count(NULL) >= 150, "at least 150 indicators (%zu)", lp_indicator_count(NULL));
}

/*
 * lp_indicator_may_open: never "no" where a name spanning the text starts
 * (the industry and sector candidates of lp_subject_clause.c ask it first).
 */
static void
test_may_open(void)
{
	static const char *const names[] = {"地区生产总值", "金融业增加值", "第一产业增加值",
	"规模以上工业增加值", "新认定国家高新技术企业", "城镇调查失业率", "社会消费品零售总额"};
	size_t		i,
				n;
	int			all = 1;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
	{
		size_t		len = strlen(names[i]);

		all &= lp_indicator_suffix(names[i], len, &n) != NULL && n == len &&
			lp_indicator_may_open(names[i], len);
	}
	TAP_OK(all, "a name spanning the text: maybe one opens there");
	TAP_OK(!lp_indicator_may_open("嗯嗯地区生产总值", strlen("嗯嗯地区生产总值")) &&
		   lp_indicator_suffix("嗯嗯地区生产总值", strlen("嗯嗯地区生产总值"), &n) != NULL &&
		   n < strlen("嗯嗯地区生产总值"), "嗯 opens no name: no (and 地区生产总值 ends the text, not from its start)");
	TAP_OK(lp_indicator_may_open("GDP", 3) && lp_indicator_may_open("　地区", strlen("　地区")),
		   "Latin letters and a space that folds: maybe");
}

/* per mention: a lookup costs a binary search and a few compares */
static void
test_speed(void)
{
	static const char *const subj[] = {"地区生产总值", "城镇居民人均可支配收入", "规上工业增加值",
	"新建社区公园", "城镇调查失业率平均", "全社会研发投入占GDP比重", "企业", "重点项目"};
	clock_t		t0 = clock();
	long		i,
				hits = 0;
	const long	rounds = 200000;
	double		ns;

	for (i = 0; i < rounds; i++)
	{
		const char *s = subj[i % 8];

		hits += lp_indicator_by_suffix(s, strlen(s)) != NULL;
	}
	ns = (double) (clock() - t0) / CLOCKS_PER_SEC * 1e9 / rounds;
	printf("# %.0f ns per lookup (%ld hits)\n", ns, hits);
	TAP_OK(ns < 20000, "a lookup takes %.0f ns (bound 20 µs, for a loaded machine)", ns);
}

int
main(void)
{
	test_data();
	test_subjects();
	test_traditional();
	test_lengths();
	test_prefixes();
	test_flows();
	test_user_rows();
	test_user_regions();
	test_may_open();
	test_speed();
	return TAP_DONE();
}
