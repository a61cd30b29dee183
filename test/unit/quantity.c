/*
 * quantity.c — table-driven tests of the quantity recognizer: numerals,
 * units, qualifiers, ranges, what is not a quantity, the whole-string
 * parser and formatter, lp_cn_number, exact decimals.
 *
 * Each scan case lists every mention lp_quantity_next finds in a sample
 * sentence written for this test, as "surface=base[~base_hi] base_unit
 * qualifier" joined by "; " ("_" for no unit, "" for no mention).
 */
#include "lp.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

typedef struct scan_case
{
	const char *text;
	const char *want;
} scan_case;

static const scan_case scan_cases[] = {
	{"建设5G基站300个", "300个=300 个 eq"},
	{"新建5G基站", ""},
	{"增长7.3个百分点", "7.3个百分点=7.3 个百分点 eq"},
	{"提高0.5个百分点", "0.5个百分点=0.5 个百分点 eq"},
	{"新增1-2万个", "1-2万个=10000~20000 个 range"},
	{"增长5%-6%", "5%-6%=5~6 % range"},
	{"预期增长6.0%左右", "6.0%左右=6.0 % approx"},
	{"三万五千人", "三万五千人=35000 人 eq"},
	{"约三万五人", "约三万五人=35000 人 approx"},
	{"两三个社区", "两三个=2~3 个 range"},
	{"一千零十七名", "一千零十七名=1017 名 eq"},
	{"100000万美元", "100000万美元=1000000000 美元 eq"},
	{"利率3.14159265%", "3.14159265%=3.14159265 % eq"},
	{"面积0.123456平方公里", "0.123456平方公里=0.123456 平方公里 eq"},
	{"完成2021年目标", ""},
	{"4月18日召开", ""},
	{"二〇二三年", ""},
	{"第十五届运动会", ""},
	{"十几万人参与", "十几万人=110000~190000 人 range"},
	{"超500多亿元", "超500多亿元=50000000000 元 gt"},
	{"数十亿元投资", "数十亿元=2000000000~9000000000 元 range"},
	{"上千家企业", "上千家=1000 家 approx"},
	{"百分之十三点五", "百分之十三点五=13.5 % eq"},
	{"增长8.1-8.6%", "8.1-8.6%=8.1~8.6 % range"},
	{"增长4.5%至5%", "4.5%至5%=4.5~5 % range"},
	{"建设10-15公里", "10-15公里=10~15 公里 range"},
	{"13万2千人", "13万2千人=132000 人 eq"},
	{"13万2人", "13万2人=132000 人 eq"},
	{"3万4000个", "3万4000个=34000 个 eq"},
	{"25万6千个", "25万6千个=256000 个 eq"},
	{"二千五百六十个", "二千五百六十个=2560 个 eq"},
	{"管理规模超100亿", "超100亿=10000000000 元 gt"},
	{"发放补贴超4000万", "超4000万=40000000 元 gt"},
	{"实现近18万商事主体覆盖", "近18万=180000 _ approx"},
	{"总额1,100万元", "1,100万元=11000000 元 eq"},
	{"总额1，100万元", "1，100万元=11000000 元 eq"},
	{"共1，2，3个", "3个=3 个 eq"},
	{"全年至少新增10个载体", "10个=10 个 ge"},
	{"覆盖率不低于95%", "不低于95%=95 % ge"},
	{"投资5000万元（含）以上", "5000万元（含）以上=50000000 元 ge"},
	{"新建住房5.5万套，", "5.5万套=55000 套 eq"},
	{"壹仟贰佰叁拾肆元", "壹仟贰佰叁拾肆元=1234 元 eq"},
	{"增长千分之三", "千分之三=3 ‰ eq"},
	{"出生率5‰", "5‰=5 ‰ eq"},
	{"地铁11号线", ""},
	{"营商环境改革4.0版", ""},
	{"京基100大厦", ""},
	{"构建1+5+10+N体系", ""},
	{"拨打“123889”", ""},
	{"依据《十四五规划（2021-2025年）》建设10个项目", "10个=10 个 eq"},
	{"PM2.5浓度为17.5微克/立方米", "17.5微克/立方米=17.5 微克/立方米 eq"},
	{"3C认证", ""},
	{"LH03-04-02-11地块", ""},
	{"DY03单元", ""},
	{"聚焦六个方面", "六个=6 个 eq"},
	{"一二期工程", ""},
	{"10:20开幕", ""},
	{"发表于2022-4-19 10:22", ""},
	{"电话0755-12345678", ""},
	{"市、区两级", ""},
	{"三级体系", ""},
	{"招聘1.5万名", "1.5万名=15000 名 eq"},
	{"复垦5亩", "5亩=5 亩 eq"},
	{"资产1.2万亿元", "1.2万亿元=1200000000000 元 eq"},
	{"奖励十万元", "十万元=100000 元 eq"},
	{"50多万元", "50多万元=500000 元 approx"},
	{"一万二千元", "一万二千元=12000 元 eq"},
	{"约20亿元", "约20亿元=2000000000 元 approx"},
	{"近3.9万户", "近3.9万户=39000 户 approx"},
	{"超过7000万元", "超过7000万元=70000000 元 gt"},
	{"不足5%", "不足5%=5 % lt"},
	{"低于18微克/立方米", "低于18微克/立方米=18 微克/立方米 lt"},
	{"控制在3.5%以内", "控制在3.5%以内=3.5 % le"},
	{"下降5.0%", "5.0%=5.0 % eq"},
	{"前三季度增长8%", "8%=8 % eq"},
	{"一季度", ""},
	{"近五年来", "近五年=5 年 approx"},
	{"完成投资10.5亿元，同比增长12.3%", "10.5亿元=1050000000 元 eq; 12.3%=12.3 % eq"},
	{"GDP达到2,571.67亿元", "2,571.67亿元=257167000000 元 eq"},
	{"占比52％", "52％=52 % eq"},
	{"历时3个多月", "3个多月=3 个月 approx"},
	{"30余万平方米", "30余万平方米=300000 平方米 approx"},
	{"新增就业岗位1.2万余个", "1.2万余个=12000 个 approx"},
	{"计划2023-2025年完成", ""},
	{"2023—2025年", ""},
	{"获得第1名", ""},
	{"排名全市第1", ""},
	{"居全市第一", ""},
	{"每千人拥有床位5.2张", "5.2张=5.2 张 eq"},
	{"每万人拥有5.7名", "5.7名=5.7 名 eq"},
	{"建成5A级景区", ""},
	{"三甲医院2家", "2家=2 家 eq"},
	{"打造10大重点片区", ""},
	{"实施十大工程", ""},
	{"全区共有社区115个、股份公司20家", "115个=115 个 eq; 20家=20 家 eq"},
	{"一是加强领导", ""},
	{"（一）加强管理", ""},
	{"1.加强管理", ""},
	{"一网通办", ""},
	{"两个确立", ""},
	{"实现零的突破", ""},
	{"近零碳排放区", ""},
	{"万元GDP能耗下降", ""},
	{"高新技术企业达到约800家", "约800家=800 家 approx"},
	{"年均增长6%以上", "6%以上=6 % ge"},
	{"培训50余名", "50余名=50 名 approx"},
	{"二十余个部门", "二十余个=20 个 approx"},
	{"几十个项目", "几十个=20~90 个 range"},
	{"约三成", "约三成=3 成 approx"},
	{"三千余人", "三千余人=3000 人 approx"},
	{"一千多万元", "一千多万元=10000000 元 approx"},
	{"二十五万平方米", "二十五万平方米=250000 平方米 eq"},
	{"十三五期间", ""},
	{"1.5公顷", "1.5公顷=1.5 公顷 eq"},
	{"0.85%", "0.85%=0.85 % eq"},
	{"12.5万元/平方米", "12.5万元/平方米=125000 元/平方米 eq"},
	{"每年3次", "3次=3 次 eq"},
	{"400余家企业", "400余家=400 家 approx"},
	{"全年共3.2万人次", "3.2万人次=32000 人次 eq"},
	{"1000米", "1000米=1000 米 eq"},
	{"5千米", "5千米=5 公里 eq"},
	{"3千瓦", "3千瓦=3 千瓦 eq"},
	{"装机2万千瓦时", "2万千瓦时=20000 千瓦时 eq"},
	{"处理能力10万吨/日", "10万吨/日=100000 吨/日 eq"},
	{"二十大", ""},
	{"三大枢纽", ""},
	{"十九届六中全会", ""},
	{"连续六年", "六年=6 年 eq"},
	{"连续两年", "两年=2 年 eq"},
	{"一年来", ""},
	{"新的一年", ""},
	{"过去一年", ""},
	{"九年一贯制学校", ""},
	{"三年行动计划", ""},
	{"“三首”经济", ""},
	{"获1金2银", "1金=1 _ eq; 2银=2 _ eq"},
	{"百件实事", "百件=100 件 eq"},
	{"二次供水", ""},
	{"第二批", ""},
	{"一批项目", ""},
	{"统一部署", ""},
	{"一体化", ""},
	{"40周年", ""},
	{"500强企业", ""},
	{"5号线", ""},
	{"17、24、25号线", ""},
	{"03-14地块", ""},
	{"09剧场", ""},
	{"圳治2021", ""},
	{"2.0平台", ""},
	{"清水河五路", ""},
	{"一主两区三带", ""},
	{"双区驱动", ""},
	{"两床合一", ""},
	{"三项工程", ""},
	{"六个一", ""},
	{"3个100%", ""},
	{"查看: 7146", ""},
	{"Rank: 9", ""},
	{"https://mp.weixin.qq.com/s/x1y2z3", ""},
	{"9:30", ""},
	{"2022年1月1日", ""},
	{"2021年度", ""},
	{"2025-2026年", ""},
	{"十四五", ""},
	{"七一讲话", ""},
	{"五四分段", ""},
	{"数百家", "数百家=200~900 家 range"},
	{"几百人", "几百人=200~900 人 range"},
	{"两千余平方米", "两千余平方米=2000 平方米 approx"},
	{"八个", "八个=8 个 eq"},
	{"五分钟", "五分钟=5 分钟 eq"},
	{"四千二百万元", "四千二百万元=42000000 元 eq"},
	{"三亿五千万元", "三亿五千万元=350000000 元 eq"},
	{"3亿5000万元", "3亿5000万元=350000000 元 eq"},
	{"1万多人", "1万多人=10000 人 approx"},
	{"9.5万平方米", "9.5万平方米=95000 平方米 eq"},
	{"总投资105.6亿元", "105.6亿元=10560000000 元 eq"},
	{"涉及居民1,234户", "1,234户=1234 户 eq"},
	{"3,456,789元", "3,456,789元=3456789 元 eq"},
	{"12，345，678元", "12，345，678元=12345678 元 eq"},
	{"1.2345万元", "1.2345万元=12345 元 eq"},
	{"0.0001%", "0.0001%=0.0001 % eq"},
	{"十五", ""},
	{"零点五个百分点", "零点五个百分点=0.5 个百分点 eq"},
	{"两个百分点", "两个百分点=2 个百分点 eq"},
	{"三点五%", "三点五%=3.5 % eq"},
	{"百分之五十", "百分之五十=50 % eq"},
	{"百分之百", "百分之百=100 % eq"},
	{"壹佰万元", "壹佰万元=1000000 元 eq"},
	{"叁仟万元", "叁仟万元=30000000 元 eq"},
	{"不超过20%", "不超过20%=20 % le"},
	{"逾百家", "逾百家=100 家 gt"},
	{"突破800亿元", "突破800亿元=80000000000 元 gt"},
	{"多于30个", "多于30个=30 个 gt"},
	{"少于10天", "少于10天=10 天 lt"},
	{"不到5%", "不到5%=5 % lt"},
	{"低于3%", "低于3%=3 % lt"},
	{"约合3亿美元", "约合3亿美元=300000000 美元 approx"},
	{"4.5万港元", "4.5万港元=45000 港元 eq"},
	{"大约100人", "大约100人=100 人 approx"},
	{"100人上下", "100人上下=100 人 approx"},
	{"10个左右", "10个左右=10 个 approx"},
	{"20个以内", "20个以内=20 个 le"},
	{"30个以下", "30个以下=30 个 le"},
	{"5家以上", "5家以上=5 家 ge"},
	{"6000平方米以上", "6000平方米以上=6000 平方米 ge"},
	{"10亿元以上", "10亿元以上=1000000000 元 ge"},
	{"不少于10场次", "不少于10场次=10 场次 ge"},
	{"至少3场", "至少3场=3 场 ge"},
	{"建成3个、在建2个", "3个=3 个 eq; 2个=2 个 eq"},
	{"占地8公顷", "8公顷=8 公顷 eq"},
	{"长约16.8公里", "约16.8公里=16.8 公里 approx"},
	{"用时24小时", "24小时=24 小时 eq"},
	{"工期29个月", "29个月=29 个月 eq"},
	{"最高补贴200万元", "200万元=2000000 元 eq"},
	{"约为2.5倍", "约为2.5倍=2.5 倍 approx"},
	{"9999999999999999999999999999999999999999999999元", ""},
	{"1.2.3", ""},
	{"v2.0版本", ""},
	{"近万人", "近万人=10000 人 approx"},
	{"上万人参与", "上万人=10000 人 approx"},
	{"超亿元", "超亿元=100000000 元 gt"},
	{"百亿元级产业集群", ""},
	{"10亿级企业", ""},
	{"保持两位数增长", ""},
	{"总投资 428.88 亿元", "428.88 亿元=42888000000 元 eq"},
	{"2021 年", ""},
	{"地区生产总值（亿元） 2571.67 8.0", "2571.67=257167000000 元 eq"},
	{"亿元\t2571.67\t8.0", "2571.67=257167000000 元 eq"},
	{"新增就业（人）：12345", "12345=12345 人 eq"},
	{"（1）10个", "10个=10 个 eq"},
	{"PM2.5浓度25μg/m³", "25μg/m³=25 微克/立方米 eq"},
	{"建设5km绿道", "5km=5 公里 eq"},
	{"光伏5MW", "5MW=5 兆瓦 eq"},
	{"增长 8.0 %", "8.0 %=8.0 % eq"},
	{"10万-20万元", "10万-20万元=100000~200000 元 range"},
	{"30%～40%", "30%～40%=30~40 % range"},
	{"1-6月", ""},
	{"1至9月份", ""},
	{"7×24小时", ""},
	{"三分之一", ""},
	{"十多万人", "十多万人=100000 人 approx"},
	{"二十多家", "二十多家=20 家 approx"},
	{"一百多个", "一百多个=100 个 approx"},
	{"百余家", "百余家=100 家 approx"},
	{"千余人", "千余人=1000 人 approx"},
	{"占比超过一半", ""},
	{"得分95.6分", "95.6分=95.6 分 eq"},
	{"十分重要", ""},
	{"三分之一", ""},
	{"三至五个", "三至五个=3~5 个 range"},
	{"5至10年", "5至10年=5~10 年 range"},
	{"2000余万元", "2000余万元=20000000 元 approx"},
	{"上亿元", "上亿元=100000000 元 approx"},
	{"八成以上", "八成以上=8 成 ge"},
	{"高于全市0.3个百分点", "0.3个百分点=0.3 个百分点 eq"},
	{"新建保障性住房（套）\t1200", "1200=1200 套 eq"},
	{"地区生产总值\t亿元\t2863.5\t6.2", "2863.5=286350000000 元 eq"},
	{"力争数字经济增加值占比达到15%-18%", "15%-18%=15~18 % range"},
	{"惠及群众数十万人次", "数十万人次=200000~900000 人次 range"},
	{"十三届三次全会", ""},
	{"三次产业结构为0.02:10.33:89.65", ""},
	{"亿元以上项目30个", "30个=30 个 eq"},
	{"召开三次会议", "三次=3 次 eq"},
	{"全区生产总值为三千零二十五亿元", "三千零二十五亿元=302500000000 元 eq"},
	{"居民人均可支配收入76,543元", "76,543元=76543 元 eq"},
	{"出生率为9.28‰", "9.28‰=9.28 ‰ eq"},
	{"完成5期培训、2期订单式培训", "5期=5 期 eq; 2期=2 期 eq"},
	{"连续3届", "3届=3 届 eq"},
	{"课例2000节", "2000节=2000 节 eq"},
	{"三期工程", ""},
	/* negative numbers and flattened-table forms */
	{"增长-1.5%", "-1.5%=-1.5 % eq"},
	{"同比－3.2％", "－3.2％=-3.2 % eq"},
	{"-3.2%", "-3.2%=-3.2 % eq"},
	{"−0.8个百分点", "−0.8个百分点=-0.8 个百分点 eq"},
	{"1-6月增长-2.1%", "-2.1%=-2.1 % eq"},
	{"下降1.5个百分点", "1.5个百分点=1.5 个百分点 eq"},
	{"增长5%-3%", "5%=5 % eq; 3%=3 % eq"},
	{"利润（亿元）\t-12.5\t3.1", "-12.5=-1250000000 元 eq"},
	{"１２３．４５亿元", "１２３．４５亿元=12345000000 元 eq"},
	{"12,345.6万元", "12,345.6万元=123456000 元 eq"},
	{"１２，３４５．６万元", "１２，３４５．６万元=123456000 元 eq"},
	{"编号A-3个", ""},
};

/* every mention of s in the compact form of scan_cases */
static void
describe(const char *s, char *out, size_t outsz)
{
	size_t		from = 0,
				used = 0;
	lp_quantity q;

	out[0] = '\0';
	while (lp_quantity_next(s, strlen(s), from, &q))
	{
		int			n = snprintf(out + used, outsz - used, "%s%.*s=%s%s%s %s %s",
								 used ? "; " : "", (int) (q.end - q.start), s + q.start,
								 q.base_value, q.base_value_hi[0] ? "~" : "",
								 q.base_value_hi, q.base_unit[0] ? q.base_unit : "_",
								 lp_qualifier_name(q.qualifier));

		if (n < 0 || (size_t) n >= outsz - used)
			break;
		used += n;
		if (q.end <= from)
			break;
		from = q.end;
	}
}

/* value and unit as written, for a few mentions */
typedef struct written_case
{
	const char *text;
	const char *value;
	const char *value_hi;
	const char *unit;
	const char *dimension;
} written_case;

static const written_case written_cases[] = {
	{"固定资产投资428.88亿元", "428.88", "", "亿元", "money"},
	{"新增4.4万个", "4.4", "", "万个", "count"},
	{"54.2万平方米", "54.2", "", "万平方米", "area"},
	{"近18万", "18", "", "万", ""},
	{"增长6.0%左右", "6.0", "", "%", "percent"},
	{"1-2万个", "1", "2", "万个", "count"},
	{"7.3个百分点", "7.3", "", "个百分点", "points"},
	{"三万五人", "35000", "", "人", "count"},
	{"十几万人", "11", "19", "万人", "count"},
	{"管理规模超100亿", "100", "", "亿元", "money"},
	{"4个月", "4", "", "个月", "duration"},
};

typedef struct parse_case
{
	const char *text;
	const char *base;
	const char *base_hi;
	const char *base_unit;
	const char *qual;
	const char *formatted;
} parse_case;

static const parse_case parse_cases[] = {
	{"428.88亿元", "42888000000", "", "元", "eq", "428.88亿元"},
	{"约20亿元", "2000000000", "", "元", "approx", "约20亿元"},
	{"1-2个", "1", "2", "个", "range", "1-2个"},
	{"6.0%左右", "6.0", "", "%", "approx", "约6.0%"},
	{"不少于10场次", "10", "", "场次", "ge", "10场次以上"},
	{"超过7000万元", "70000000", "", "元", "gt", "超过7000万元"},
	{"3.5%以内", "3.5", "", "%", "le", "3.5%以内"},
	{"不足5%", "5", "", "%", "lt", "不足5%"},
	{" 4.4万个 ", "44000", "", "个", "eq", "4.4万个"},
	{"5%-6%", "5", "6", "%", "range", "5-6%"},
	{"1-2万个", "10000", "20000", "个", "range", "1-2万个"},
	{"100000万美元", "1000000000", "", "美元", "eq", "100000万美元"},
	{"20", "20", "", "", "eq", "20"},
	{"三万五", "35000", "", "", "eq", "35000"},
	{"18万", "180000", "", "", "eq", "18万"},
	{"12.123456789平方公里", "12.123456789", "", "平方公里", "eq", "12.123456789平方公里"},
	{"2021年", "2021", "", "年", "eq", "2021年"},
	{"-5.0%", "-5.0", "", "%", "eq", "-5.0%"},
	{"−18.8%", "-18.8", "", "%", "eq", "-18.8%"},
	{"-5--3%", "-5", "-3", "%", "range", "-5--3%"},
	{"十几万人", "110000", "190000", "人", "range", "11-19万人"},
	{"近万人", "10000", "", "人", "approx", "约1万人"},
	{"0.5万个", "5000", "", "个", "eq", "0.5万个"},
};

static const char *const parse_bad[] = {
	"", "abc", "亿元", "12个abc", "约", "1-", "20亿元元", "十亿元x", "5-3个", "--5",
};

typedef struct num_case
{
	const char *text;
	const char *want;			/* NULL: LP_ESYNTAX */
} num_case;

static const num_case num_cases[] = {
	{"三万五", "35000"}, {"一千零十七", "1017"}, {"二千五百六十", "2560"},
	{"13万2", "132000"}, {"3万4000", "34000"}, {"25万6千", "256000"},
	{"4.4万", "44000"}, {"1,100万", "11000000"}, {"1，100", "1100"},
	{"百分之十三点五", "13.5"}, {"十三点五", "13.5"}, {"两", "2"}, {"幺", "1"},
	{"壹仟贰佰叁拾肆", "1234"}, {"十", "10"}, {"一百零五", "105"},
	{"一百二", "120"}, {"1.2万亿", "1200000000000"}, {"0.000001", "0.000001"},
	{"二十万零三百", "200300"}, {"三亿五千万", "350000000"}, {"零", "0"},
	{"十几", NULL}, {"abc", NULL}, {"12个", NULL}, {"", NULL}, {"二〇二三", NULL},
	{"99999999999999999999999999999999999999999999", NULL},
};

typedef struct dec_case
{
	char		op;				/* '*', '/', '<' (compare) */
	const char *a;
	const char *b;
	const char *want;			/* result, or "ERANGE"; for '<' "-1" "0" "1" */
} dec_case;

static const dec_case dec_cases[] = {
	{'*', "428.88", "100000000", "42888000000"},
	{'*', "4.4", "10000", "44000"},
	{'*', "0.5", "0.5", "0.25"},
	{'*', "-3", "7", "-21"},
	{'*', "8.0", "1", "8"},
	{'*', "123456789012345678901234567890", "1000000000", "123456789012345678901234567890000000000"},
	{'*', "99999999999999999999999999999999999999999", "1", "ERANGE"},
	{'*', "1.2.3", "1", "ESYNTAX"},
	{'/', "2000", "3", "666.6666666667"},
	{'/', "1", "8", "0.125"},
	{'/', "-1", "3", "-0.3333333333"},
	{'/', "10", "0", "ERANGE"},
	{'/', "42888000000", "100000000", "428.88"},
	{'<', "8.0", "8", "0"},
	{'<', "-5", "3", "-1"},
	{'<', "0.05", "0.5", "-1"},
	{'<', "100", "99.999", "1"},
	{'<', "-0", "0", "0"},
	{'<', "12.30", "12.3", "0"},
	{'<', "-2", "-10", "1"},
};

static const char *
code_name(int rc)
{
	return rc == LP_ERANGE ? "ERANGE" : rc == LP_ESYNTAX ? "ESYNTAX" : "?";
}

int
main(void)
{
	size_t		i;
	char		got[2048];

	for (i = 0; i < sizeof(scan_cases) / sizeof(scan_cases[0]); i++)
	{
		describe(scan_cases[i].text, got, sizeof(got));
		TAP_STREQ(got, scan_cases[i].want, "scan %s", scan_cases[i].text);
	}

	for (i = 0; i < sizeof(written_cases) / sizeof(written_cases[0]); i++)
	{
		const written_case *c = &written_cases[i];
		lp_quantity q;
		int			found = lp_quantity_next(c->text, strlen(c->text), 0, &q);

		TAP_OK(found && strcmp(q.value, c->value) == 0 &&
			   strcmp(q.value_hi, c->value_hi) == 0 &&
			   strcmp(q.unit, c->unit) == 0 && strcmp(q.dimension, c->dimension) == 0,
			   "as written %s: %s %s %s %s", c->text, c->value, c->value_hi, c->unit,
			   c->dimension);
		if (found && (strcmp(q.value, c->value) || strcmp(q.unit, c->unit)))
			printf("#   got %s %s %s %s\n", q.value, q.value_hi, q.unit, q.dimension);
	}

	for (i = 0; i < sizeof(parse_cases) / sizeof(parse_cases[0]); i++)
	{
		const parse_case *c = &parse_cases[i];
		lp_quantity q,
					again;
		lp_error	err;
		char		text[160];
		int			rc = lp_quantity_parse(c->text, strlen(c->text), &q, &err);

		TAP_OK(rc == LP_OK && strcmp(q.base_value, c->base) == 0 &&
			   strcmp(q.base_value_hi, c->base_hi) == 0 &&
			   strcmp(q.base_unit, c->base_unit) == 0 &&
			   strcmp(lp_qualifier_name(q.qualifier), c->qual) == 0,
			   "parse '%s'", c->text);
		if (rc != LP_OK)
		{
			printf("#   %s\n", err.msg);
			continue;
		}
		lp_quantity_format(&q, text, sizeof(text));
		TAP_STREQ(text, c->formatted, "format '%s'", c->text);
		rc = lp_quantity_parse(text, strlen(text), &again, &err);
		TAP_OK(rc == LP_OK && lp_dec_cmp(again.base_value, q.base_value) == 0 &&
			   strcmp(again.base_value_hi, q.base_value_hi) == 0 &&
			   strcmp(again.base_unit, q.base_unit) == 0 &&
			   again.qualifier == q.qualifier,
			   "'%s' reads back to the same quantity", text);
	}

	for (i = 0; i < sizeof(parse_bad) / sizeof(parse_bad[0]); i++)
	{
		lp_quantity q;
		lp_error	err;
		int			rc;

		memset(&err, 0, sizeof(err));
		rc = lp_quantity_parse(parse_bad[i], strlen(parse_bad[i]), &q, &err);
		TAP_OK(rc == LP_ESYNTAX && strstr(err.msg, "byte offset") != NULL,
			   "parse rejects '%s' (%s)", parse_bad[i], err.msg);
	}

	for (i = 0; i < sizeof(num_cases) / sizeof(num_cases[0]); i++)
	{
		char		out[LP_NUM_MAX];
		lp_error	err;
		int			rc = lp_cn_number(num_cases[i].text, strlen(num_cases[i].text),
									  out, sizeof(out), &err);

		if (num_cases[i].want)
			TAP_STREQ(rc == LP_OK ? out : err.msg, num_cases[i].want,
					  "cn_number %s", num_cases[i].text);
		else
			TAP_OK(rc == LP_ESYNTAX || rc == LP_ERANGE,
				   "cn_number rejects %s", num_cases[i].text);
	}

	for (i = 0; i < sizeof(dec_cases) / sizeof(dec_cases[0]); i++)
	{
		const dec_case *c = &dec_cases[i];
		char		out[LP_NUM_MAX];
		int			rc;

		if (c->op == '<')
		{
			snprintf(out, sizeof(out), "%d", lp_dec_cmp(c->a, c->b));
			TAP_STREQ(out, c->want, "cmp %s %s", c->a, c->b);
			continue;
		}
		rc = c->op == '*' ? lp_dec_mul(c->a, c->b, out, sizeof(out)) :
			lp_dec_div(c->a, c->b, 10, out, sizeof(out));
		TAP_STREQ(rc == LP_OK ? out : code_name(rc), c->want, "%s %c %s", c->a, c->op, c->b);
	}

	/* units and qualifier names */
	{
		const lp_unit *u = lp_unit_lookup("万平方米", strlen("万平方米"));
		lp_qualifier q;

		TAP_OK(u && strcmp(u->base, "平方米") == 0 && strcmp(u->factor, "10000") == 0 &&
			   strcmp(u->dimension, "area") == 0, "unit 万平方米 folds to 平方米 x 10000");
		u = lp_unit_lookup("亿元", strlen("亿元"));
		TAP_OK(u && strcmp(u->factor, "100000000") == 0, "unit 亿元");
		u = lp_unit_lookup("个百分点", strlen("个百分点"));
		TAP_OK(u && strcmp(u->base, "个百分点") == 0, "unit 个百分点 is not %%");
		TAP_OK(lp_unit_lookup("G", 1) == NULL, "G is no unit");
		TAP_OK(lp_qualifier_from_name("ge", &q) == LP_OK && q == LP_Q_GE &&
			   strcmp(lp_qualifier_name(LP_Q_RANGE), "range") == 0 &&
			   lp_qualifier_from_name("about", &q) != LP_OK, "qualifier names");
	}

	/* a long run of digits and junk bytes must not crash */
	{
		static char junk[20000];
		lp_quantity q;
		size_t		from = 0,
					n = 0;

		for (i = 0; i < sizeof(junk) - 1; i++)
			junk[i] = (char) ("9\xe4\xb8\x87\xe4\xba\xbf.-,%\xef\xbc\x8c\xe5\xa4\x9a"[i % 17]);
		while (lp_quantity_next(junk, sizeof(junk) - 1, from, &q) && n < 100000)
		{
			from = q.end > from ? q.end : from + 1;
			n++;
		}
		TAP_OK(1, "junk input scanned without crashing (%zu mentions)", n);
	}
	return TAP_DONE();
}
