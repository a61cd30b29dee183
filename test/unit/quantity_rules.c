/*
 * quantity_rules.c — one test per rule of lp_quantity_rules.c: a sentence
 * written for the test in which the rule, and no earlier one, rejects the
 * number, and a control sentence in which the same number is a quantity
 * (so the test fails when the rule stops firing, and when it fires too
 * often).  Every rule of the table must have a case here.
 */
#include "lp.h"
#include "lp_qty.h"
#include "tap.h"

#include <string.h>

typedef struct rule_case
{
	const char *rule;
	const char *text;			/* the rule rejects the number ... */
	const char *number;			/* ... starting at the first occurrence of this */
	const char *control;		/* the same number read as a quantity */
	const char *control_number;
} rule_case;

static const rule_case cases[] = {
	/* the number and the characters around it */
	{"code_before", "空气中PM2.5浓度下降", "2.5", "增长2.5%", "2.5"},
	{"code_after", "新建5G基站", "5", "新建5个基站", "5"},
	{"time_of_day", "上午10:30开会", "10", "开会10次", "10"},
	{"date", "2022-4-19发布", "2022", "发布2022项", "2022"},
	{"quoted_slogan", "推进“三首”工程", "三", "创作三首歌曲", "三"},
	{"digit_sequence", "二〇二三年工作", "二〇二三", "二千零二十三人", "二千零二十三"},
	{"lone_digit", "形成一批企业", "一", "形成一百批企业", "一百"},
	{"leading_zero", "代码03为准", "03", "代码3个", "3"},
	{"word_before", "第十五届运动会", "十五", "共十五名运动员", "十五"},
	{"base_year_share", "收入恢复到2029年的119%、120%", "120", "收入由2029年的19%提高到", "19"},
	{"phrase", "办好九年一贯制学校", "九", "办好九所学校", "九"},
	/* the word after the number */
	{"step_size", "总量再上一个百亿台阶", "百亿", "总量迈上第一个百亿台阶", "百亿"},
	{"word_after", "地铁11号线开通", "11", "地铁11条开通", "11"},
	{"cn_word_after", "建设三期工程", "三", "建设3期工程", "3"},
	/* a second number after a range separator */
	{"year_range", "2025-2026年行动", "2025", "增长5-6%", "5"},
	/* a bare magnitude, a size class */
	{"bare_magnitude", "万元GDP能耗下降", "万", "近万元GDP", "万"},
	{"size_class", "打造百亿元级产业", "百亿", "投资百亿元产业", "百亿"},
	{"duration", "未来5-10年建成", "5", "计划5-10年建成", "5"},
	/* the unit of a single number */
	{"no_unit", "名单共有3。", "3", "名单共有3人。", "3"},
	{"run_together", "增加值分别为31245128753466亿元", "31245128753466", "增加值分别为3124亿元", "3124"},
	{"year", "2021年以来", "2021", "运行2021天", "2021"},
	{"calibre", "500万元以上固定资产投资完成68亿元", "500", "投资完成500万元以上。", "500"},
	{"duration", "医改6年来", "6", "医改用时6年", "6"},
	{"cn_name", "实施三项工程", "三", "实施三项改革", "三"},
	{"policy_name", "出台罗湖十条", "十", "出台十条措施", "十"},
	{"numbered_phrase", "实现3个100%", "3", "实现3个项目", "3"},
};

#define N_CASES ((int) (sizeof(cases) / sizeof(cases[0])))

static const char *
rejection_of(const char *text, const char *number)
{
	const char *at = strstr(text, number);

	if (at == NULL)
		return "(number not in the text)";
	return lp_quantity_rejection(text, strlen(text), (size_t) (at - text));
}

static void
test_cases(void)
{
	int			i;

	for (i = 0; i < N_CASES; i++)
	{
		const rule_case *c = &cases[i];
		const char *got = rejection_of(c->text, c->number);

		TAP_STREQ(got, c->rule, "%s: rejects %s in %s", c->rule, c->number, c->text);
		got = rejection_of(c->control, c->control_number);
		TAP_STREQ(got, "", "%s: control, %s in %s is a quantity", c->rule,
				  c->control_number, c->control);
	}
}

/* every rule of the table has a case, and every case names a rule */
static void
test_coverage(void)
{
	const char *name;
	lp_qphase	phase;
	int			i,
				k,
				n_rules = 0;

	for (i = 0; lp_qrule_info(i, &name, &phase); i++)
	{
		int			found = 0;

		for (k = 0; k < N_CASES; k++)
			found |= strcmp(cases[k].rule, name) == 0;
		TAP_OK(found, "rule %s (phase %d) has a test", name, (int) phase);
		n_rules++;
	}
	TAP_OK(n_rules == N_CASES, "%d rules, %d cases", n_rules, N_CASES);
	TAP_OK(lp_quantity_rejection("没有数字", strlen("没有数字"), 0) == NULL,
		   "no number: no verdict");
}

int
main(void)
{
	test_cases();
	test_coverage();
	return TAP_DONE();
}
