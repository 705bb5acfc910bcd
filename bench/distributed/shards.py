"""Split chipgraph input into shard folders whose doc ids are those of one run.

chipgraph names a text article by its path relative to the folder given (or by
its file name when the file itself is given) and a JSONL article by its `id`.
A shard is a folder, so each text article is placed in it, as a symbolic link
to the original, at the path that gives it the same id; JSONL lines are copied
as they are into the shard's `lines.jsonl` (text ids end in .txt or .md, so
they never collide with it). The walk follows chipgraph's: folders
recursively, files ending .txt, .md or .jsonl, in sorted order.

Shards are contiguous runs of the input cut at equal byte counts, so they come
out about the same size. Each shard remembers where its lines came from so a
message about `SHARD/lines.jsonl:LINE` can be told as `ORIGINAL.jsonl:LINE`.
"""

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

TEXT_EXTS = (".txt", ".md")
JSONL_EXT = ".jsonl"
LINES_NAME = "lines.jsonl"


@dataclass
class Segment:
    """Lines `first`.. of `source` are lines `shard_first`.. of the shard's lines.jsonl."""
    source: str
    first: int
    shard_first: int
    count: int = 0


@dataclass
class Shard:
    index: int
    path: str
    texts: dict = field(default_factory=dict)  # link path inside the shard -> original path
    segments: list = field(default_factory=list)
    lines: int = 0
    bytes: int = 0
    _out: object = None

    def add_text(self, doc_id, source):
        link = os.path.join(self.path, doc_id)
        os.makedirs(os.path.dirname(link), exist_ok=True)
        os.symlink(source, link)
        self.texts[link] = source

    def add_line(self, source, number, line):
        if self._out is None:
            self._out = open(os.path.join(self.path, LINES_NAME), "wb")
        if not line.endswith(b"\n"):
            line += b"\n"
        self._out.write(line)
        self.lines += 1
        last = self.segments[-1] if self.segments else None
        if last is None or last.source != source or last.first + last.count != number:
            last = Segment(source, number, self.lines)
            self.segments.append(last)
        last.count += 1

    def close(self):
        if self._out is not None:
            self._out.close()
            self._out = None

    def sources(self):
        """The original files this shard holds articles of, in order."""
        seen = list(self.texts.values())
        for s in self.segments:
            if s.source not in seen:
                seen.append(s.source)
        return seen

    def translate(self, message):
        """Rewrites shard paths in a chipgraph message into the original file and line."""
        lines_path = re.escape(os.path.join(self.path, LINES_NAME))

        def line_of(m):
            n = int(m.group(1))
            for s in self.segments:
                if s.shard_first <= n < s.shard_first + s.count:
                    return f"{s.source}:{s.first + n - s.shard_first}"
            return m.group(0)

        message = re.sub(lines_path + r":(\d+)", line_of, message)
        for link, source in self.texts.items():
            message = message.replace(link, source)
        return message


def _sort_key(path):
    return Path(path).parts


def walk(inputs):
    """Yields (kind, original path, text doc id) in the order chipgraph reads them."""
    for given in inputs:
        if os.path.isdir(given):
            found = []
            for root, _dirs, files in os.walk(given):
                for name in files:
                    p = os.path.join(root, name)
                    if name.lower().endswith(TEXT_EXTS + (JSONL_EXT,)) and os.path.isfile(p):
                        found.append(p)
            for p in sorted(found, key=_sort_key):
                doc_id = Path(os.path.relpath(p, given)).as_posix()
                yield ("jsonl" if p.lower().endswith(JSONL_EXT) else "text"), os.path.abspath(p), doc_id
        elif os.path.isfile(given):
            kind = "jsonl" if given.lower().endswith(JSONL_EXT) else "text"
            yield kind, os.path.abspath(given), os.path.basename(given)
        else:
            raise FileNotFoundError(f"{given}: no such file or folder")


def split(inputs, count, root):
    """Writes at most `count` shard folders under `root`; returns (shards, notes).

    Notes are messages about input left out the way one run would leave it
    out: a second text article with an id already taken.
    """
    files = list(walk(inputs))
    total = sum(os.path.getsize(p) for _k, p, _i in files) or 1
    shards, notes, taken = {}, [], set()
    done = 0

    def shard_at(offset):
        i = min(count - 1, offset * count // total)
        if i not in shards:
            path = os.path.join(root, f"s{i:04d}")
            os.makedirs(path)
            shards[i] = Shard(i, path)
        return shards[i]

    for kind, path, doc_id in files:
        if kind == "text":
            size = os.path.getsize(path)
            if doc_id in taken:
                notes.append(f"{path}: duplicate article id \"{doc_id}\" (the first one read is kept)")
            else:
                taken.add(doc_id)
                shard_at(done).add_text(doc_id, path)
            done += size
            continue
        with open(path, "rb") as f:
            for number, line in enumerate(f, 1):
                if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                shard_at(done).add_line(path, number, line)
                done += len(line)
    for s in shards.values():
        s.close()
    return [shards[i] for i in sorted(shards)], notes
