#!/usr/bin/env python3
"""Turn the Reuters-21578 SGML files into chipgraph article JSON Lines.

Usage: python3 bench/reuters_to_jsonl.py [SRC_DIR] OUT.jsonl

SRC_DIR defaults to ../shared/corpora/reuters21578 next to the repository.
Each <REUTERS> story with a <BODY> becomes one line:
  {"id": "reuters-<NEWID>", "title": ..., "text": ..., "date": "YYYY-MM-DD"}
Stories without a body (title-only briefs, unprocessed items) are skipped.
Files are read as Latin-1 and processed in sorted name order, stories in file
order, keys in a fixed order, so the same input always gives the same bytes.
Standard library only.
"""

import glob
import html
import json
import os
import re
import sys

STORY = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
NEWID = re.compile(r'\bNEWID="(\d+)"')
DATE = re.compile(r"<DATE>\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})")
MONTHS = {m: i for i, m in enumerate(
    "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), start=1)}
# Control characters the wire service left in (start/end-of-text markers and
# the like), once entities are decoded; tabs and newlines are kept.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def field(tag, story):
    """The decoded text of the first <tag>...</tag> in a story, or None."""
    m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), story, re.S)
    if m is None:
        return None
    return CONTROL.sub("", html.unescape(m.group(1)))


def iso_date(story):
    """'26-FEB-1987 15:01:01.79' -> '1987-02-26'; None when it does not parse."""
    m = DATE.search(story)
    if m is None:
        return None
    month = MONTHS.get(m.group(2).upper())
    if month is None:
        return None
    return "%s-%02d-%02d" % (m.group(3), month, int(m.group(1)))


def records(path):
    with open(path, encoding="latin-1") as f:
        data = f.read()
    for attrs, story in STORY.findall(data):
        newid = NEWID.search(attrs)
        body = field("BODY", story)
        if newid is None or body is None or not body.strip():
            continue
        rec = {"id": "reuters-" + newid.group(1)}
        title = field("TITLE", story)
        if title and title.strip():
            rec["title"] = " ".join(title.split())
        rec["text"] = body.strip()
        date = iso_date(story)
        if date:
            rec["date"] = date
        yield rec


def main(argv):
    if len(argv) == 2:
        here = os.path.dirname(os.path.abspath(__file__))
        src = os.path.join(here, "..", "..", "shared", "corpora", "reuters21578")
        out = argv[1]
    elif len(argv) == 3:
        src, out = argv[1], argv[2]
    else:
        sys.stderr.write("usage: %s [SRC_DIR] OUT.jsonl\n" % argv[0])
        return 2
    files = sorted(glob.glob(os.path.join(src, "reut2-*.sgm")))
    if not files:
        sys.stderr.write("%s: no reut2-*.sgm files\n" % src)
        return 2
    count = 0
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for path in files:
            for rec in records(path):
                f.write(json.dumps(rec, ensure_ascii=False))
                f.write("\n")
                count += 1
    os.replace(tmp, out)
    sys.stderr.write("reuters_to_jsonl: %d articles from %d files -> %s\n"
                     % (count, len(files), out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
