/*
 * meta.c — unit tests of report metadata inference (lp_meta.c): regions
 * among the 3000-odd of regions.tsv (duplicate names resolved by their
 * parent, district over city over province, the short-name rule, unknown
 * regions), titles with date lines under them, and the layout kept for
 * ingest's extract (lp_infer_meta_layout).  Invented titles and text.
 */
#include "lp.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static lp_meta
meta_of(const char *doc)
{
	lp_meta		m;

	lp_infer_meta(doc, strlen(doc), &m);
	return m;
}

#define REGION_IS(doc, name, code, what) do { \
	lp_meta		m_ = meta_of(doc); \
	TAP_STREQ(m_.region, name, "%s: region", what); \
	TAP_STREQ(m_.region_code, code, "%s: code", what); \
} while (0)

static void
test_regions(void)
{
	/* far from Guangdong */
	REGION_IS("浦东新区2019年国民经济和社会发展计划执行情况与2020年计划\n\n一、2019年计划执行情况\n全区地区生产总值增长7%。\n",
			  "浦东新区", "310115", "浦东新区 from the title");
	REGION_IS("佛山市顺德区2024年政府工作报告\n\n一、2023年工作回顾\n全区地区生产总值增长5%。\n",
			  "顺德区", "440606", "a district beats its city, both in the title");
	REGION_IS("广东省2023年国民经济和社会发展计划执行情况的报告\n\n全省地区生产总值增长5%，深圳市增长6%，广州市增长4%。\n",
			  "广东省", "440000", "a province named in the title beats cities named in the text");

	/* a roundup of many provinces, one named first: no one region's (h-fix55) */
	REGION_IS("某网北京2月15日电(记者 某某)随着山东省两会的召开,目前31省份2029年政府工作报告全部出炉。\n其中,西藏设定今年GDP目标为10%左右。\n",
			  "", "", "31省份 in the head: a roundup");
	REGION_IS("江西省统计局：2029年全省地区生产总值增长6%，增速居全国31省份第3位\n\n全省经济运行稳中有进。\n",
			  "江西省", "360000", "全国31省份 ranking one province: its own");

	/* duplicate names: the parent decides */
	REGION_IS("朝阳区2023年国民经济和社会发展计划执行情况的报告\n\n在北京市委市政府的坚强领导下，全区经济平稳运行。\n",
			  "朝阳区", "110105", "朝阳区 of 北京市 (parent in the text)");
	REGION_IS("朝阳区2023年国民经济和社会发展计划执行情况的报告\n\n在长春市委市政府的坚强领导下，全区经济平稳运行。\n",
			  "朝阳区", "220104", "朝阳区 of 长春市 (parent in the text)");
	REGION_IS("关于福州市鼓楼区2022年国民经济和社会发展计划执行情况的报告\n\n全区地区生产总值增长5%。\n",
			  "鼓楼区", "350102", "鼓楼区 of 福州市 (parent in the title)");
	REGION_IS("政府工作报告\n——2022年1月6日在徐州市鼓楼区第十七届人民代表大会第一次会议上\n\n全区地区生产总值增长5%。\n",
			  "鼓楼区", "320302", "鼓楼区 of 徐州市 (parent in the date line)");
	REGION_IS("鼓楼区2022年国民经济和社会发展计划执行情况的报告\n\n全区地区生产总值增长5%。\n",
			  "鼓楼区", "", "鼓楼区 without parent: the name, no code");

	/* district over city over province in the text alone */
	REGION_IS("2023年上半年经济运行情况\n\n深圳市经济运行平稳。深圳市南山区地区生产总值增长6%，深圳市投资增长。广东省消费回升。\n",
			  "南山区", "440305", "a district beats its city and province named in the text");

	/* short names */
	REGION_IS("罗湖：2023年经济运行稳中向好\n\n全区地区生产总值增长5%。\n",
			  "罗湖区", "440303", "a short name standing alone in the title counts");
	REGION_IS("2023年经济运行情况\n\n福田区地区生产总值增长6%。福田科技创新加快，福田片区建设提速。\n",
			  "福田区", "440304", "short names count with the full name in the text");
	REGION_IS("2023年经济运行情况\n\n南山区地区生产总值增长6%。\n",
			  "南山区", "", "南山区 (深圳市 and 鹤岗市) named alone keeps no code");
	REGION_IS("中华人民共和国2023年国民经济和社会发展统计公报\n\n全年国内生产总值增长5.2%。\n",
			  "", "", "共和 in 中华人民共和国 is not 共和县");
	REGION_IS("2023年工作总结\n\n沿中山路建设商业街，日照时数增加，白银价格上涨，高新区发展加快。\n",
			  "", "", "short names that are words do not count without their full name");
	REGION_IS("2023年工作总结\n\n推进中心城区和老城区更新，港口区域建设加快。\n",
			  "", "", "城区, 老城区, 港口区域: weak names and 区域 need their city");
	REGION_IS("阳泉市城区2023年政府工作报告\n\n全区地区生产总值增长5%。\n",
			  "城区", "140302", "a weak name with its city");

	/* whole names; a province's short name is the province's */
	REGION_IS("黑龙江：一季度经济运行稳中有进\n\n全省地区生产总值增长5%。\n",
			  "黑龙江省", "230000", "龙江 inside 黑龙江 is not 龙江县");
	REGION_IS("吉林：一季度经济增速领跑\n\n全省地区生产总值增长6%。\n",
			  "吉林省", "220000", "吉林 is the province, not 吉林市");
	REGION_IS("河南：上半年经济稳中向好\n\n全省地区生产总值增长5%。\n",
			  "河南省", "410000", "河南 is the province, not 河南蒙古族自治县");
	REGION_IS("吉林市2023年政府工作报告\n\n全市地区生产总值增长5%，吉林经济稳中有进。\n",
			  "吉林市", "220200", "吉林市 named in full is the city");
	REGION_IS("大理：去年经济稳中有进\n\n全州地区生产总值增长4%，大理白族自治州旅游恢复，大理花卉发展加快。\n",
			  "大理白族自治州", "532900", "大理 is the prefecture, not 大理市 named after it");
	REGION_IS("大理市2023年政府工作报告\n\n全市地区生产总值增长4%，大理旅游恢复。\n",
			  "大理市", "532901", "大理市 named in full is the county-level city");
	REGION_IS("乌鲁木齐：一季度经济开局良好\n\n全市地区生产总值增长5%，乌鲁木齐市消费回升。\n",
			  "乌鲁木齐市", "650100", "乌鲁木齐 is the city, not 乌鲁木齐县");
	REGION_IS("郑州信阳南阳增速居前\n\n河南省统计局发布各市经济数据，郑州、洛阳、南阳、信阳、新乡增速居前，全省地区生产总值增长5%，郑州增长6%。\n",
			  "河南省", "410000", "cities listed in the title: their province speaks");
	REGION_IS("2023年工作回顾\n\n云南经济持续向好，云南省地区生产总值增长5%，云南旅游、云南花卉、云南咖啡发展加快，弥勒市获评示范。\n",
			  "云南省", "530000", "a city named once in a province's text named five times");

	/* the country: no region */
	REGION_IS("新华社受权播发政府工作报告\n\n新华社北京3月5日电 国务院总理在全国人大会议上作政府工作报告，国内生产总值预期增长5%左右。报社地址：北京市某某大街1号。\n",
			  "", "", "a national wire naming 北京 in its dateline and footer");
	REGION_IS("一季度各省经济数据出炉 吉林增速领跑\n\n全国31个省份一季报陆续发布，广东、江苏、山东总量居前，吉林增长6.5%，河南增长5%。\n",
			  "", "", "a roundup of the provinces' results");
	REGION_IS("上半年经济运行情况\n\n河南省统计局发布，全省地区生产总值增长5%，高于全国，快于广东、江苏、山东。\n",
			  "河南省", "410000", "a province's text comparing itself with three others");
	REGION_IS("2023年经济运行情况\n\n在党中央、国务院的坚强领导下，甘肃省经济平稳运行，甘肃省地区生产总值增长6%，甘肃省投资增长8%。\n",
			  "甘肃省", "620000", "国务院 in a province's text is no national text");

	/* a development zone named after its city is not the city */
	REGION_IS("青岚高新区召开经济工作会议\n\n2023年，张家界高新区规模工业增加值增长9%，张家界高新区固定资产投资增长12%。\n",
			  "", "", "张家界高新区 is the zone's, not 张家界市's");
	REGION_IS("2023年经济运行情况\n\n张家界市地区生产总值增长5%，张家界高新区工业增长9%，张家界旅游恢复。\n",
			  "张家界市", "430800", "the city named in full beside its zone");

	/* the place of a wire's dateline is where it was filed */
	REGION_IS("新华社成都4月2日电 近日，某某州召开会议，四川省地区生产总值增长6%，四川经济回升。\n\n报道说，四川省投资增长8%。\n",
			  "四川省", "510000", "成都 in a dateline at the head is not the region");

	/* nothing known */
	REGION_IS("关于某市二〇一八年国民经济和社会发展计划执行情况的报告\n\n全市地区生产总值增长7%。\n",
			  "", "", "unknown region: empty");
}

static void
test_titles(void)
{
	lp_meta		m;

	m = meta_of("政府工作报告\n"
				"——2024年1月9日在南山区第七届人民代表大会第五次会议上\n"
				"区长 张三\n"
				"\n"
				"各位代表：\n"
				"一、2023年工作回顾\n"
				"全区地区生产总值增长6%。\n");
	TAP_STREQ(m.title, "政府工作报告", "a title without a year before a date line is the title");
	TAP_STREQ(m.region, "南山区", "region from the date line");
	TAP_STREQ(m.period, "2023", "period from the review heading, not the date line");
	TAP_STREQ(m.kind, "work_report", "a work report");

	m = meta_of("2019年某县政府工作报告\n"
				"——在某县第十八届人民代表大会第四次会议上\n"
				"\n"
				"一、过去一年政府工作成效显著\n"
				"2019年，是我县极具挑战的一年。预计到年末，全县地区生产总值增长3%。\n");
	TAP_STREQ(m.period, "2019", "a report titled with the year its review opens with reviews that year");
	m = meta_of("2024年某县政府工作报告\n"
				"\n"
				"一、过去一年政府工作回顾\n"
				"2023年，是全面贯彻党的二十大精神的开局之年。全县地区生产总值增长5%。\n");
	TAP_STREQ(m.period, "2023", "a report titled with its session's year reviews the year before");

	m = meta_of("政府工作报告\n"
				"天河区人民政府区长\n"
				"\n"
				"一、2020年工作回顾\n"
				"全区地区生产总值增长3%。\n");
	TAP_STREQ(m.title, "政府工作报告", "a speaker line is no title");
	TAP_STREQ(m.region, "天河区", "region from the speaker line");

	m = meta_of("深圳政府在线\n"
				"关于深圳市罗湖区2021年国民经济和社会发展计划执行情况与2022年\n"
				"计划（草案）的报告\n"
				"——2022年1月5日在罗湖区第七届人民代表大会第一次会议上\n"
				"\n"
				"一、2021年计划执行情况\n");
	TAP_STREQ(m.title, "关于深圳市罗湖区2021年国民经济和社会发展计划执行情况与2022年计划（草案）的报告",
			  "a site name before a broken 关于 title is skipped");
	TAP_STREQ(m.region_code, "440303", "region from the title");

	m = meta_of("首页 > 政务公开 > 规划计划\n"
				"坪山区2022年国民经济和社会发展计划执行情况\n"
				"\n"
				"一、2022年计划执行情况\n");
	TAP_STREQ(m.title, "坪山区2022年国民经济和社会发展计划执行情况", "a breadcrumb is no title");

	/* a PDF cut at 26 characters: the dateline is read whole (it gave 2022 cut) */
	m = meta_of("文/某某晚报记者 王小明\n"
				"今天(1月24日)上午,江城市第十六届人民代表大会\n"
				"第一次会议在江城国际会议中心开幕,江城市代市长代表\n"
				"江城市人民政府,向大会作《政府工作报告》。\n"
				"报告回顾了过去五年工作“成绩单”,提出今后五年的目\n"
				"标任务,部署2022年工作安排。\n"
				"报告指出,过去五年,江城坚持稳中求进工作总基调,实\n"
				"现“十三五”胜利收官、“十四五”良好开局,经济社会\n"
				"发展取得新进步。\n"
				"其中,2021年江城GDP(地区生产总值)1.46\n"
				"万亿元,同比增长7.3%,5年年均增长5.8%。固\n"
				"定资产投资超4200亿元,增长9.4%,年均增长8\n"
				"%。\n");
	TAP_STREQ(m.period, "2021", "a wrapped page's dateline is read with its lines joined");

	/* the year a report speaks from when its review heading names the year reviewed */
	m = meta_of("2026年青禾市政府工作报告\n"
				"\n"
				"一、2025年工作回顾\n"
				"全市地区生产总值增长5%。\n");
	TAP_STREQ(m.period, "2025", "the review heading names the year reviewed");
	TAP_OK(m.doc_year == 2026, "a work report titled with the next year speaks from it");
	m = meta_of("关于青禾市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
				"\n"
				"一、2025年计划执行情况\n"
				"全市地区生产总值增长5%。\n");
	TAP_OK(m.doc_year == 2026, "a plan report speaks from the year of its draft");
	m = meta_of("政府工作报告\n"
				"——2026年2月3日在青禾市第十届人民代表大会第五次会议上\n"
				"\n"
				"一、2025年工作回顾\n"
				"全市地区生产总值增长5%。\n");
	TAP_OK(m.doc_year == 2026, "a report delivered early in the next year speaks from it");
	m = meta_of("青禾市经济运行情况\n"
				"\n"
				"一、2025年工作回顾\n"
				"全市地区生产总值增长5%。\n");
	TAP_OK(m.doc_year == 0, "nothing says which year a bare review speaks from");

	/* a text naming no year of its own: none is made up from a base or a goal */
	m = meta_of("全市地区生产总值增长5.6%，固定资产投资比2020年增长35%。\n");
	TAP_STREQ(m.period, "", "a base year (比2020年) is no period of the text");
	m = meta_of("市长表示，到2030年，全市地区生产总值将突破3000亿元。\n"
				"今年以来，全市地区生产总值增长5.6%。\n");
	TAP_STREQ(m.period, "", "a goal's year (到2030年…将) is no period of the text");
	m = meta_of("谈到2019年，区长表示，全区主要预期目标是：地区生产总值增长8.5%。\n");
	TAP_STREQ(m.period, "2019", "谈到 a year names it");
}

/* A fact as a line of its fields: two extractions compared whole. */
static void
fact_line(const lp_fact *f, char *buf, size_t n)
{
	snprintf(buf, n, "%d %d %d %s %d %s %s %d %s %s %s %d %d %s %s", f->line, f->span_start,
			 f->span_end, f->period, (int) f->status, f->subject ? f->subject : "",
			 f->indicator ? f->indicator : "", (int) f->measure,
			 f->has_quantity ? f->q.value : "", f->has_quantity ? f->q.unit : "",
			 f->has_quantity ? f->q.base_value : "", (int) f->headline, (int) f->like_for_like,
			 f->section ? f->section : "", f->evidence ? f->evidence : "");
}

/* ingest's extract by the layout the metadata kept: the same metadata and facts */
static void
laid_out_same(const char *doc, const char *what)
{
	size_t		len = strlen(doc),
				i;
	lp_meta		m1,
				m2;
	lp_facts	a = {0},
				b = {0};
	lp_error	err;
	struct lp_layout *l;
	int			same;

	lp_infer_meta(doc, len, &m1);
	l = lp_infer_meta_layout(doc, len, &m2);
	TAP_OK(l != NULL, "%s: a text of the metadata's head keeps its layout", what);
	TAP_OK(memcmp(&m1, &m2, sizeof(m1)) == 0, "%s: the same metadata", what);
	lp_extract_inferred(doc, len, &m1, m1.period[0] ? m1.period : NULL, LP_NO_ANCHOR, &a, &err);
	lp_extract_laid_out(doc, len, &m2, l, m2.period[0] ? m2.period : NULL, LP_NO_ANCHOR, &b, &err);
	same = a.n == b.n && a.n > 0;
	for (i = 0; same && i < a.n; i++)
	{
		char		fa[2048],
					fb[2048];

		fact_line(&a.items[i], fa, sizeof(fa));
		fact_line(&b.items[i], fb, sizeof(fb));
		same = strcmp(fa, fb) == 0;
	}
	TAP_OK(same, "%s: the same %zu facts read by the kept layout", what, a.n);
	lp_layout_release(l);
	lp_facts_free(&a);
	lp_facts_free(&b);
}

static void
test_laid_out(void)
{
	size_t		n = 70 * 1024,
				i;
	char	   *big = malloc(n + 1);
	lp_meta		m;

	laid_out_same("关于某某区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
				  "\n"
				  "一、2023年计划执行情况\n"
				  "（一）经济运行稳中向好\n"
				  "全区地区生产总值增长6.1%，规模以上工业增加值增长5.2%，\n"
				  "社会消费品零售总额增长7.3%。\n"
				  "二、2024年主要预期目标\n"
				  "地区生产总值增长5.5%左右，一般公共预算收入增长4%。\n",
				  "a plan report with sections");
	laid_out_same("某某县2023年政府工作报告（摘要）\n"
				  "过去一年，全县地区生产总值完成312.4亿元，增长5.8%；城镇居民人均可支配\n"
				  "收入增长6.2%，农村居民人均可支配收入增长7.9%。\n"
				  "— 1 —\n"
				  "今年主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%。\n",
				  "lines broken at a page width, a page number");
	/* past the head the metadata is read from: no layout of the whole text kept */
	for (i = 0; i < n; i++)
		big[i] = (i % 64 == 63) ? '\n' : 'x';
	big[n] = '\0';
	TAP_OK(lp_infer_meta_layout(big, n, &m) == NULL, "a text past the metadata's head keeps no layout");
	free(big);
}

int
main(void)
{
	test_regions();
	test_titles();
	test_laid_out();
	return TAP_DONE();
}
