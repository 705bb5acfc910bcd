"""Inputs whose bad records fall on either side of extract's batch boundaries
(512 records, or 2 MiB of unparsed input a thread) and of its 256 KiB read
blocks, with the messages chipgraph must print for them, in input order.

    batch_edges.py DIR    writes DIR/a.jsonl, DIR/texts/, DIR/b.jsonl,
                          DIR/expected.err (the messages, one a line) and
                          DIR/expected.counts ("articles skipped duplicates replaced")
The inputs are read as: a.jsonl DIR/missing texts b.jsonl, in that order.
DIR/strict.jsonl is for --strict: DIR/strict.err is what it must print, and
DIR/strict.ids the ids before its first bad record, the only ones it may output.
"""
import json
import os
import sys

out = sys.argv[1]
os.makedirs(os.path.join(out, "texts"), exist_ok=True)
messages = []
counts = {"articles": 0, "skipped": 0, "duplicates": 0, "replaced": 0}
seen = set()


def good(f, name, number, doc, text, date=None, bad_byte=False):
    """A good record; repeats of an id, invalid UTF-8 and bad dates are reported."""
    rec = {"id": doc, "text": ("Bad @@ byte. " if bad_byte else "") + text}
    if date is not None:
        rec["date"] = date
    f.write(json.dumps(rec).encode().replace(b"@@", b"\xff") + b"\n")
    where = f"{name}:{number}"
    if date is not None and date != "2025-03-04":
        messages.append(f'warning: {where}: date "{date}" is not YYYY-MM-DD; the article is kept undated')
    if doc in seen:
        messages.append(f'skipped: {where}: duplicate article id "{doc}" (the first one read is kept)')
        counts["skipped"] += 1
        counts["duplicates"] += 1
        return
    seen.add(doc)
    if bad_byte:
        messages.append(f"warning: {where}: 1 bytes of invalid UTF-8 replaced")
        counts["replaced"] += 1
    counts["articles"] += 1


def bad(f, name, number, raw, message):
    f.write(raw + b"\n")
    messages.append(f"skipped: {name}:{number}{message}")
    counts["skipped"] += 1


EDGE = "Nvidia sold H20 chips to ByteDance in March. TSMC makes the chips for Nvidia."
QUIET = "Nothing here names anything relevant."
# Records (not lines: blank lines are no records) at which a bad one is put:
# each side of the 512-record boundaries, the first record and the last.
BAD_AT = {0, 510, 511, 512, 513, 1023, 1024, 1535, 1536, 2047, 2599}
# 700 KB records: each crosses read blocks, and four in a row fill a batch's
# bytes at -j 1 but not at -j 2, so the two cut their batches at other records.
LONG = set(range(700, 704)) | set(range(1530, 1534))
KINDS = [
    (b"not json", ":2: Invalid value."),
    (b'{"id":"x","text":42}', ': "text" must be a string'),
    (b'{"id":"y"}', ': missing "text"'),
    (b"[1,2]", ":1: expected a JSON object"),
    (b'{"id":"","text":"empty id"}', ': empty "id"'),
]


def write_jsonl(name, records, prefix, repeat_of=()):
    path = os.path.join(out, name)
    with open(path, "wb") as f:
        f.write(b"\xef\xbb\xbf")  # a byte order mark, which the first line loses
        number = 0
        for r in range(records):
            number += 1
            if r % 97 == 50:  # blank lines: counted as lines, not as records
                f.write(b"  \n")
                number += 1
            if r in BAD_AT:
                raw, message = KINDS[r % len(KINDS)]
                bad(f, path, number, raw, message)
            elif r in repeat_of:
                good(f, path, number, repeat_of[r], QUIET)
            elif r % 301 == 7:
                good(f, path, number, f"{prefix}{r}", EDGE, date="soon")
            elif r % 401 == 9:
                good(f, path, number, f"{prefix}{r}", EDGE, bad_byte=True)
            elif r in LONG:
                good(f, path, number, f"{prefix}{r}", (QUIET + " ") * 18000 + EDGE, date="2025-03-04")
            else:
                good(f, path, number, f"{prefix}{r}", EDGE if r % 5 == 0 else QUIET, date="2025-03-04")
    return path


# a.jsonl: repeats within a batch (a5 at 20), across batches (a5 at 600, a2 at
# 1500) and of an id whose first record was bad ("x" at 1600 is new).
write_jsonl("a.jsonl", 2600, "a", repeat_of={20: "a5", 600: "a5", 1500: "a2", 1600: "x"})
missing = os.path.join(out, "missing")
messages.append(f"error: {missing}: no such file or folder")
texts = os.path.join(out, "texts")
with open(os.path.join(texts, "bin.txt"), "wb") as f:
    f.write(b"T\n\x00\x01binary")
messages.append(f"skipped: {texts}/bin.txt: holds NUL bytes, looks binary")
counts["skipped"] += 1
with open(os.path.join(texts, "dated.txt"), "w") as f:
    f.write("date: soon\nA title\n\n" + EDGE + "\n")
messages.append(f'warning: {texts}/dated.txt: date "soon" is not YYYY-MM-DD; the article is kept undated')
seen.add("dated.txt")
counts["articles"] += 1
with open(os.path.join(texts, "dup.txt"), "w") as f:
    f.write("id: a3\nA title\n\n" + EDGE + "\n")
messages.append(f'skipped: {texts}/dup.txt: duplicate article id "a3" (the first one read is kept)')
counts["skipped"] += 1
counts["duplicates"] += 1
with open(os.path.join(texts, "empty.txt"), "w") as f:
    pass
messages.append(f"skipped: {texts}/empty.txt: empty article")
counts["skipped"] += 1
# b.jsonl: repeats of a.jsonl's ids and of a text file's.
write_jsonl("b.jsonl", 1100, "b", repeat_of={3: "a8", 515: "dated.txt", 1099: "a2598"})

with open(os.path.join(out, "expected.err"), "w") as f:
    f.write("".join(m + "\n" for m in messages))
with open(os.path.join(out, "expected.counts"), "w") as f:
    f.write("{articles} {skipped} {duplicates} {replaced}\n".format(**counts))

# strict.jsonl: 4000 records with edges, the first bad one a repeat at record
# 3100; date warnings before it and after, and more bad records after it.
strict = os.path.join(out, "strict.jsonl")
with open(strict, "w") as f, open(os.path.join(out, "strict.err"), "w") as err:
    for r in range(4000):
        doc = "s5" if r in (3100, 3500) else f"s{r}"
        date = "soon" if r % 301 == 7 else "2025-03-04"
        f.write(json.dumps({"id": doc, "text": EDGE, "date": date}) + "\n" if r != 3200 else "not json\n")
        if r < 3100 and date == "soon":
            err.write(f'warning: {strict}:{r + 1}: date "soon" is not YYYY-MM-DD; the article is kept undated\n')
    err.write(f'chipgraph: {strict}:3101: duplicate article id "s5" (the first one read is kept)\n')
with open(os.path.join(out, "strict.ids"), "w") as f:
    f.write("".join(f"s{r}\n" for r in range(3100)))
