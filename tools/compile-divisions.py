#!/usr/bin/env python3
"""Compiles the division-code resource of chengxin-core (R-ID-3).

Input: a directory with provinces.csv (code PP, name), cities.csv (code PPCC, name, provinceCode) and
areas.csv (code PPCCDD, name, cityCode, provinceCode), from the modood/Administrative-divisions-of-China dataset
(National Bureau of Statistics, 2023 statistical division codes).
Output: core/src/main/resources/org/chengxin/core/divisions.txt, one "CODE NAME" per line, sorted by code:
provinces as PP0000, prefectures as PPCC00, county-level codes as they are. A prefecture-level city without
counties (441900 东莞市) appears in both cities.csv and areas.csv under the same code: it is written once, and
the script fails if the two names differ.

Usage, from the project root:
  python3 tools/compile-divisions.py ../shared/data/admin-divisions
"""
import csv
import os
import sys

OUT = os.path.join("core", "src", "main", "resources", "org", "chengxin", "core", "divisions.txt")

HEADER = """\
# GB/T 2260 division codes known to Chengxin, compiled from the National Bureau of Statistics
# 2023 statistical division codes (cut-off 2023-06-30). One code per line: CODE NAME.
# Province PP0000, prefecture PPCC00, county-level PPCCDD (a prefecture-level city without counties,
# e.g. 441900 东莞市, is listed once). Extension files on the classpath at
# META-INF/chengxin/divisions.txt (same format) add codes, e.g. retired ones.
"""


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: compile-divisions.py ADMIN_DIVISIONS_DIR")
    source = argv[1]
    codes = {}
    for name, suffix in (("provinces.csv", "0000"), ("cities.csv", "00"), ("areas.csv", "")):
        with open(os.path.join(source, name), encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                code = row["code"] + suffix
                if len(code) != 6 or not code.isdigit():
                    sys.exit("%s: '%s' does not make a 6-digit code" % (name, row["code"]))
                if codes.get(code, row["name"]) != row["name"]:
                    sys.exit("%s: %s is both %s and %s" % (name, code, codes[code], row["name"]))
                codes[code] = row["name"]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        f.write("".join("%s %s\n" % (code, codes[code]) for code in sorted(codes)))
    print("wrote %s: %d codes" % (OUT, len(codes)))


if __name__ == "__main__":
    main(sys.argv)
