#!/usr/bin/env python3
"""classify_misses.py SCORE FACTS [ROWS] — a construction code (docs/genre-workreports.md) for every
missed gold row, by the facts extracted with the same value (first rule that matches wins; a few
rows of the pending documents are assigned by hand in OVR).  SCORE is the output of
SCORE_SHOW=1000 score_headline.py, FACTS the output of build/lp_dump (all facts) on the same
documents; prints counts per construction, and one line per row into ROWS when given."""
import os, sys, collections
missed = [l.split(" ",1)[1].strip().split(" ") for l in open(sys.argv[1]) if l.startswith("missed:")]
facts = [l.rstrip("\n").split("\t") for l in open(sys.argv[2], encoding="utf-8", errors="replace")]
def num(s):
    try: return float(s)
    except: return None
FYP_END = {"2030","2015","2010","2020","2025","2005"}
def cands(g):
    doc, period, status, ind, meas = g[:5]
    out = []
    for f in facts:
        if f[0] != doc: continue
        if meas == "qualitative":
            if f[9] == "qualitative" and (f[8] == ind): out.append(f)
            continue
        v = num(f[10]); gv = num(g[5].split("..")[0])
        if v is not None and gv is not None and abs(abs(v)-abs(gv)) < 1e-9: out.append(f)
    return out
# subject fragments that name the construction when the indicator is empty
SUBJ = [("（上接", "W2 newspaper jump line inside a sentence"), ("[1]", "W5 footnote marker after the subject"),
        ("同 比", "W6 spaces inside words (hard wraps)"), ("零售 总额", "W6 spaces inside words (hard wraps)"), ("万亿元", "W3 PDF wrap between value and unit"),
        ("全年", "S2 time word between subject and verb"), ("均值", "S2 average marker in the subject (均值/平均/平均值)"),
        ("平均", "S2 average marker in the subject (均值/平均/平均值)"), ("年均浓度", "S2 average marker in the subject (均值/平均/平均值)"),
        ("总量迈上", "S4 elliptic subject (总量/增加值 for the head named earlier)"), ("台阶", "S4 elliptic subject (总量/增加值 for the head named earlier)"), ("迈上", "S4 elliptic subject (总量/增加值 for the head named earlier)"),
        ("较上年", "S5 comparison phrase as subject (较上年/比上年 after a level)"), ("按", "S2 planning verb 按…安排 inside the subject"),
        ("实际", "S2 real-terms marker 实际增长"), ("预计", "S2 estimate marker inside the subject"),
        ("总量", "I4 variant or old indicator name"), ("增速", "B2 table row named '…增速' / sub-row '增速'"), ("下降", "B2 table row named '…下降'"),
        ("、", "S3 one value shared by heads joined with 、/和 (均/分别)"), ("和一般", "S3 one value shared by heads joined with 、/和 (均/分别)"),
        ("一二三产", "S3 compressed heads 一二三产/第一、二、三产业 with 分别"), ("二产业", "S3 compressed heads 一二三产/第一、二、三产业 with 分别"), ("三产业", "S3 compressed heads 一二三产/第一、二、三产业 with 分别"),
        ("年度目标", "L2 bracketed annual target beside a result"), ("高于年初", "L5 restated prior-year target beside a result"),
        ("强度", "I4 variant or old indicator name")]
MISSING = {"surveyed_unemployment_rate": "I1 surveyed unemployment read as registered (no code)",
           "jurisdiction_fiscal_revenue": "I2 total fiscal revenue (财政总收入/全部/总收入) has no code",
           "grain_output": "I3 headline code missing (grain, ‰ growth, life, productivity, patents, ratio, non-fossil)",
           "population_natural_growth": "I3 headline code missing (grain, ‰ growth, life, productivity, patents, ratio, non-fossil)",
           "life_expectancy": "I3 headline code missing (grain, ‰ growth, life, productivity, patents, ratio, non-fossil)",
           "labor_productivity": "I3 headline code missing (grain, ‰ growth, life, productivity, patents, ratio, non-fossil)",
           "high_value_patents_per_10k": "I3 headline code missing (grain, ‰ growth, life, productivity, patents, ratio, non-fossil)",
           "urban_rural_income_ratio": "I3 headline code missing (grain, ‰ growth, life, productivity, patents, ratio, non-fossil)",
           "non_fossil_energy_share": "I3 headline code missing (grain, ‰ growth, life, productivity, patents, ratio, non-fossil)",
           "private_investment": "L1 qualitative target item missed"}
def classify(g):
    doc, period, status, ind, meas = g[:5]
    cs = cands(g)
    key = (doc, period, status, ind, meas)
    OVR = {
      ("huzhou-2026-planexec.txt","2025","target"): "L2 bracketed annual target beside a result",
      ("xiangtan-2011-copysite.txt","2010","actual","gdp","growth"): "S5 list of levels, then one 分别 list of growths",
      ("xiangtan-2011-copysite.txt","2010","actual","fixed_asset_investment","growth"): "S5 list of levels, then one 分别 list of growths",
      ("xiangtan-2011-copysite.txt","2010","actual","budget_revenue","growth"): "S5 list of levels, then one 分别 list of growths",
      ("shanxi-2011-firstyear.txt","2010","actual","gdp","growth"): "S2 estimate marker inside the subject",
      ("shanxi-2011-firstyear.txt","2011","target","urban_disposable_income","growth"): "S3 one value shared by heads joined with 、/和 (均/分别)",
      ("shanxi-2011-firstyear.txt","2011","target","rural_disposable_income","growth"): "S3 one value shared by heads joined with 、/和 (均/分别)",
      ("fujian-2001-firstyear.gbk.txt","2001","target","urban_disposable_income","growth"): "S2 real-terms marker 实际增长",
      ("fujian-2001-firstyear.gbk.txt","2000","actual","gdp","growth"): "T4 five-year average takes the year's headline slot (first fact per key)",
      ("national-2006-govcn.txt","2005","actual","urban_disposable_income","growth"): "S1 compound head 'X和Y' / '城镇和农村' + 分别: first value goes to the second head",
      ("national-2006-govcn.txt","2005","actual","rural_disposable_income","growth"): "S1 compound head 'X和Y' / '城镇和农村' + 分别: first value goes to the second head",
      ("gansu-2026-csv.txt","2026","target","primary_va","growth"): "S3 compressed heads 一二三产/第一、二、三产业 with 分别",
      ("xiangtan-2011-copysite.txt","2010","actual","rural_disposable_income","level"): "S1 compound head 'X和Y' / '城镇和农村' + 分别: first value goes to the second head",
      ("haitang-2021-wechat.txt","2020","actual","rural_disposable_income","level"): "S1 compound head 'X和Y' / '城镇和农村' + 分别: first value goes to the second head",
      ("haitang-2021-wechat.txt","2020","actual","budget_revenue","level"): "S2 size word in the subject (一般公共预算收入总量)",
      ("haitang-2021-wechat.txt","2020","actual","budget_revenue","growth"): "S2 size word in the subject (一般公共预算收入总量)",
      ("guangxi-2021-fyp.txt","2025","target","rd_intensity","level"): "T2 five-year goal gets the current year or is missed",
      ("shanxi-2011-firstyear.txt","2011","target","budget_revenue","growth"): "I5 wrong alias (other indicator named)",
    }
    for k, v in OVR.items():
        if key[:len(k)] == k: return v
    if doc.startswith("mianyang"): return "B1 table flattened to text (TSV, sub-rows, plan/actual/target columns)"
    if doc.startswith("fujian-2022"):
        return "P1 year only in the page dateline / '去年' (news)"
    if doc.startswith("lianjiang"): return "P2 template copy: headings say 20XX, year only in the delivery line"
    if doc.startswith("shushan") and period == "2020": 
        return "W1 'BNC' copy: whole report on one line, headings not found (period 2021 for 2020 results)"
    if meas == "qualitative":
        if ind in ("disposable_income","urban_disposable_income","rural_disposable_income") and period in FYP_END: return "T2 five-year goal gets the current year or is missed"
        return "L1 qualitative target item missed"
    if not cs:
        if ind == "life_expectancy": return "N2 unit 岁 not read (提高到78岁)"
        if ind == "urban_rural_income_ratio": return "N3 ratio without unit (收入倍差1.58)"
        if doc.startswith("shushan"): return "W6 spaces inside words (hard wraps)"
        if doc.startswith("suzhou-2026"): return "W3 PDF wrap between value and unit"
        return "?? no fact"
    # prefer a candidate with the same period and status
    same = [f for f in cs if f[5] == period and (f[6] == status or (f[6]=="estimate" and status=="actual"))]
    if period in FYP_END | {"2011","2026"} and status == "target" and not same:
        return "T2 five-year goal gets the current year or is missed"
    if doc.startswith("jixi") and period in ("2006",) : 
        if any("高于年初" in f[7] for f in cs): return "L5 restated prior-year target beside a result"
        return "T3 term review (过去四年) gives the report's year to last year's figures"
    if doc.startswith("jixi") and period == "2011": return "T2 five-year goal gets the current year or is missed"
    if doc.startswith("longfeng") and period == "2026": return "T2 five-year goal gets the current year or is missed"
    f = (same or cs)[0]
    subj = f[7]
    for frag, code in SUBJ:
        if frag in subj and not f[8]: return code
    if f[8] == "unemployment_rate" and ind == "surveyed_unemployment_rate": return MISSING[ind]
    if ind in MISSING and f[8] != ind: return MISSING[ind]
    if f[8] and f[8] != ind and ind in ("urban_disposable_income","rural_disposable_income"):
        return "S1 compound head 'X和Y' / '城镇和农村' + 分别: first value goes to the second head"
    if f[8] == ind and f[9] != meas and ind in ("urban_disposable_income","rural_disposable_income"):
        return "S1 compound head 'X和Y' / '城镇和农村' + 分别: first value goes to the second head"
    if f[8] == ind and f[9] != meas and meas == "growth":
        if "力争" in f[20] or ind == "gdp": return "N1 second figure of one quantity (、力争7%) read as a level"
        return "N4 growth written as 涨幅/增速 read as a level"
    if f[8] in ("loans",) and ind in ("deposits","loans"): return "S3 one value shared by heads joined with 、/和 (均/分别)"
    if f[8] == ind and f[9] == meas and f[17] == "f": return "T1 summary facts not marked headline (another block claimed the year)"
    if not f[8]:
        if f[9] == "share" and ind == "rd_intensity": return "I4 variant or old indicator name"
        if ind == "grain_output" and f[12] != g[6]: return "N5 unit 亿斤 read as 亿/亿元"
        return "I4 variant or old indicator name"
    if f[8] != ind: return "I5 wrong alias (other indicator named)"
    return "?? " + " ".join(f[5:14])
cnt = collections.Counter(); bydoc = collections.defaultdict(collections.Counter)
rows = []
for g in missed:
    c = classify(g); cnt[c] += 1; bydoc[c][g[0]] += 1; rows.append((c, g))
for c, n in sorted(cnt.items(), key=lambda x: -x[1]):
    print(f"{n:4d}  {c}   docs={len(bydoc[c])}")
with open(sys.argv[3] if len(sys.argv) > 3 else os.devnull, "w") as out:
    for c, g in sorted(rows): out.write(c + "\t" + " ".join(g) + "\n")
