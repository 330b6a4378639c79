#!/usr/bin/env python3
"""Write tests/data/NormalizationTest.txt: the Unicode conformance data
without its comments, for tests/normalize_conformance.rs.

Usage: python3 scripts/gen_normalization_test.py /usr/share/unicode/NormalizationTest.txt.bz2

Debian's `unicode-data` package ships the file (bzip2-compressed). The
five columns are kept as in the source (c1;c2;c3;c4;c5 in hex);
`@PartN` lines are kept so the test can report which part failed.
"""
import bz2
import re
import sys

src = sys.argv[1]
opener = bz2.open if src.endswith(".bz2") else open
with opener(src, "rt", encoding="utf-8") as f:
    lines = f.read().splitlines()
version = "unknown"
for line in lines[:5]:
    m = re.match(r"# NormalizationTest-(\d+\.\d+\.\d+)\.txt", line)
    if m:
        version = m.group(1)
out = sys.stdout
out.write("# NormalizationTest-%s.txt (Unicode, Inc.; Unicode-3.0 licence), comments removed\n" % version)
out.write("# by scripts/gen_normalization_test.py. Columns: source;NFC;NFD;NFKC;NFKD\n")
for line in lines:
    body = line.split("#", 1)[0].strip()
    if not body:
        continue
    if body.startswith("@"):
        out.write(body + "\n")
        continue
    cols = [c.strip() for c in body.split(";")[:5]]
    out.write(";".join(cols) + "\n")
