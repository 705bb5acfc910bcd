#!/usr/bin/env bash
# Command-line tests: formats, exit codes, determinism, shard merging, bad input,
# and (when ../shared is beside the project) validate-graph on real outputs.
#   run_cli_tests.sh CHIPGRAPH SOURCE_DIR WORK_DIR
set -u
CG=$1
SRC=$2
WORK=$3
rm -rf "$WORK" && mkdir -p "$WORK"
cd "$WORK"
CORPUS="$SRC/examples/corpus"
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   - $1"; }
bad() { failed=$((failed + 1)); echo "FAIL - $1"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
status_of() { "$@" >/dev/null 2>&1; echo $?; }

# --- help and version
check "--version prints the version" bash -c "'$CG' --version | grep -q '^chipgraph [0-9]'"
for c in build extract merge; do
  check "$c --help documents exit statuses" bash -c "'$CG' $c --help | grep -q 'Exit status'"
done

# --- build writes every format from one run
mkdir -p out
"$CG" build "$CORPUS" -o out/graph.graphml -o out/graph.dot -o out/graph.svg -o out/graph.png -o out/edges.jsonl \
  -o out/graph.gexf -o out/graph.json -o out/graph.csv 2>build.err
check "build exits 0 on the example corpus" test $? -eq 0
check "build prints a one-line summary" grep -Eq '^chipgraph build: [0-9]+ articles, [0-9]+ sentences, [0-9]+ mentions -> [0-9]+ nodes, [0-9]+ edges in' build.err
for f in graph.graphml graph.dot graph.svg graph.png edges.jsonl graph.gexf graph.json graph.nodes.csv graph.edges.csv; do
  check "build wrote $f" test -s "out/$f"
done
check "the PNG is a PNG" bash -c "head -c 8 out/graph.png | od -An -c | grep -q 'P   N   G'"
check "the SVG is an SVG" grep -q '</svg>' out/graph.svg
check "no temporary files are left" bash -c "! ls -a out | grep -q tmp"
check "-q silences the summary" bash -c "'$CG' build '$CORPUS' -o out/q.dot -q 2>&1 | wc -c | grep -qx 0"

# --- determinism: threads and input order do not change a byte
"$CG" build "$CORPUS" -j 1 -q -o out/j1.graphml -o out/j1.dot
"$CG" build "$CORPUS" -j 2 -q -o out/j2.graphml -o out/j2.dot
check "-j 1 and -j 2 give byte-identical GraphML" cmp -s out/j1.graphml out/j2.graphml
check "-j 1 and -j 2 give byte-identical DOT" cmp -s out/j1.dot out/j2.dot
check "the graph equals the first build's" cmp -s out/j1.graphml out/graph.graphml
ls "$CORPUS"/*.txt | sort -r > reversed.list
mapfile -t REV < reversed.list
"$CG" build "${REV[@]}" -q -o out/rev.graphml
check "files given in reverse order give the same graph" cmp -s out/rev.graphml out/graph.graphml

# --- extract: JSONL in, one contract record per line out, doc = the article id
python3 - "$CORPUS" > articles.jsonl <<'PY'
import json, os, sys
root = sys.argv[1]
for name in sorted(os.listdir(root)):
    if not name.endswith(".txt"):
        continue
    lines = open(os.path.join(root, name), encoding="utf-8").read().split("\n")
    head = {}
    while lines and ":" in lines[0] and lines[0].split(":", 1)[0] in ("date", "url", "source"):
        k, v = lines.pop(0).split(":", 1)
        head[k] = v.strip()
    title = lines.pop(0)
    rec = {"id": "wire-" + name[:2], "title": title, "text": "\n".join(lines).strip("\n")}
    rec.update(head)
    print(json.dumps(rec))
PY
"$CG" extract - < articles.jsonl > extracted.jsonl 2>extract.err
check "extract from stdin exits 0" test $? -eq 0
check "extract writes records" test -s extracted.jsonl
python3 - extracted.jsonl > fields.out 2>&1 <<'PY'
import json, sys
need = ["doc", "subject", "subject_type", "relation", "object", "object_type", "status", "confidence", "date", "evidence"]
n = 0
for line in open(sys.argv[1]):
    d = json.loads(line)
    for k in need:
        assert k in d, (k, d)
    assert d["doc"].startswith("wire-"), d["doc"]
    assert d["status"] in ("asserted", "planned", "attempted", "negated")
    assert 0 <= d["confidence"] <= 1
    ev = d["evidence"]
    assert ev["text"] and ev["end"] > ev["start"], ev
    n += 1
print(n)
PY
check "every extracted record carries the contract's fields and doc = JSONL id" test $? -eq 0

# --- merge: shards of one corpus merge into the graph of one run
"$CG" extract "$CORPUS"/0*.txt -q -o shard1.jsonl
"$CG" extract "$CORPUS"/1*.txt -q -o shard2.jsonl
"$CG" merge shard2.jsonl shard1.jsonl -q -o out/merged.graphml -o out/merged.dot
check "merge exits 0" test $? -eq 0
check "merged shards equal the one-run GraphML" cmp -s out/merged.graphml out/graph.graphml
check "merged shards equal the one-run DOT" cmp -s out/merged.dot out/graph.dot

# --- evidence past --evidence-memory goes to an unlinked temporary file: the same bytes, nothing left behind
mkdir -p spill-tmp
TMPDIR="$WORK/spill-tmp" "$CG" merge shard2.jsonl shard1.jsonl -q --evidence-memory 0 -o out/spilled.graphml \
  -o out/spilled.jsonl -o out/spilled.cgz
check "merge with every evidence record in a temporary file exits 0" test $? -eq 0
check "merge with the evidence in a temporary file equals the one-run GraphML" cmp -s out/spilled.graphml out/graph.graphml
check "the spilled JSONL edges equal the one-run ones" cmp -s out/spilled.jsonl out/edges.jsonl
TMPDIR="$WORK/spill-tmp" "$CG" build "$CORPUS" -q --evidence-memory 0 -o out/spilled-build.graphml
check "build with the evidence in a temporary file equals the one-run GraphML" cmp -s out/spilled-build.graphml out/graph.graphml
check "the evidence's temporary file is gone" bash -c "test -z \"\$(ls -A '$WORK/spill-tmp')\""
TMPDIR="$WORK/no-such-folder" "$CG" merge shard2.jsonl shard1.jsonl -q --evidence-memory 0 -o out/unspilled.graphml
check "with no usable temporary folder the evidence stays in memory: exit 0, the same graph" \
  cmp -s out/unspilled.graphml out/graph.graphml

# --- snapshots: a daily update onto an earlier graph equals a full rebuild, in any grouping
"$CG" build "$CORPUS" -q -o snap-full.cgz
"$CG" build "$CORPUS"/0*.txt -q -o snap-old.cgz
"$CG" merge snap-old.cgz shard2.jsonl -q -o snap-new.cgz -o out/snap-new.graphml
check "merge OLD.cgz NEW.jsonl equals the rebuild (GraphML)" cmp -s out/snap-new.graphml out/graph.graphml
check "merge OLD.cgz NEW.jsonl equals the rebuild (snapshot bytes)" cmp -s snap-new.cgz snap-full.cgz
"$CG" build "$CORPUS"/1[0-4]*.txt -q -o snap-b.cgz
"$CG" build "$CORPUS"/1[5-9]*.txt -q -o snap-c.cgz
"$CG" merge snap-c.cgz snap-b.cgz -q -o snap-cb.cgz
"$CG" merge snap-cb.cgz snap-old.cgz -q -o snap-tree.cgz
check "((c + b) + a) of snapshots equals one run" cmp -s snap-tree.cgz snap-full.cgz
"$CG" build "$CORPUS"/1*.txt -q -o - --to cgz | "$CG" merge snap-old.cgz - -q -o - --to cgz > snap-piped.cgz
check "snapshots pass through standard input and output unchanged (map/reduce steps in a pipe)" cmp -s snap-piped.cgz snap-full.cgz
check "-o - without --to: exit 2" test "$(status_of "$CG" merge shard1.jsonl -q -o -)" -eq 2
"$CG" merge out/graph.graphml -q -o out/from-graphml.graphml
check "GraphML written by chipgraph reads back as the same graph" cmp -s out/from-graphml.graphml out/graph.graphml
head -c 3000 snap-full.cgz > snap-cut.cgz
check "a snapshot cut short: exit 2, named, nothing written" \
  bash -c '"$0" merge snap-cut.cgz -q -o out/cut.graphml 2>cut.err; test $? -eq 2 && grep -q "snap-cut.cgz: snapshot is cut short" cut.err && test ! -e out/cut.graphml' "$CG"

# --- bad input: reported with file:line, good records kept, exit 1
{ head -n 3 articles.jsonl; echo '{"id": "broken", "text": '; echo 'not json'; echo '{"id": "no-text"}'; tail -n +4 articles.jsonl; } > mixed.jsonl
"$CG" extract mixed.jsonl -o mixed.out 2>mixed.err
check "some bad records: exit status 1" test $? -eq 1
check "bad JSON is reported as file:line:column" grep -q 'mixed.jsonl:4:[0-9]*: ' mixed.err
check "a missing field is reported as file:line" grep -q 'mixed.jsonl:6: missing "text"' mixed.err
check "the good records are all kept" test "$(wc -l < mixed.out)" -eq "$(wc -l < extracted.jsonl)"
check "a path that does not exist: exit 2" test "$(status_of "$CG" build /nonexistent/corpus -o out/x.graphml)" -eq 2
check "an unknown output format: exit 2" test "$(status_of "$CG" build "$CORPUS" -o out/x.xlsx)" -eq 2
check "a missing output folder: exit 2" test "$(status_of "$CG" build "$CORPUS" -o no/such/dir/x.graphml)" -eq 2
check "nothing is written for a missing folder" test ! -e no
echo '{"doc":"d","subject":"A","subject_type":"company","relation":"supplies","object":"B","object_type":"company"}' > one.jsonl
echo '{"doc":"d","subject":"A","subject_type":"company","relation":"likes","object":"B","object_type":"company"}' >> one.jsonl
"$CG" merge one.jsonl -o out/one.graphml 2>one.err
check "merge skips a record with an unknown relation: exit 1" test $? -eq 1
check "merge names the bad line" grep -q 'one.jsonl:2: unknown relation "likes"' one.err
# merge reads 8 MB chunks of whole lines: records across chunk ends, CRLF, blank
# lines, a 9 MB line and a bad line far in must read as they do one by one
python3 - <<'PY'
import json
rels = ["supplies", "competes-with", "buys"]
with open("big.jsonl", "w", newline="") as out:
    for i in range(60000):
        r = {"doc": f"d{i % 977}", "subject": f"Firm {i % 53}", "subject_type": "company", "relation": rels[i % 3],
             "object": f"Firm {(i * 7 + 1) % 53}", "object_type": "company", "date": f"2025-0{1 + i % 9}-1{i % 10}",
             "evidence": {"text": "word " * (20 + i % 40), "start": 0, "end": 10, "part": "body"}}
        if r["subject"] == r["object"]:
            r["object"] = "Firm X"
        out.write(json.dumps(r) + ("\r\n" if i % 5 == 0 else "\n"))
        if i % 1000 == 0:
            out.write("\n   \n")
        if i == 30000:
            out.write(json.dumps(dict(r, evidence={"text": "long " * 1800000, "start": 0, "end": 5, "part": "body"})) + "\n")
        if i == 45000:
            out.write('{"doc": "bad", "subject": \n')
PY
"$CG" merge big.jsonl -o out/big.graphml 2>big.err
check "merge over 8 MB chunks: one bad record, exit 1" test $? -eq 1
check "merge over 8 MB chunks names the bad line" grep -q "big.jsonl:$(grep -n '^{"doc": "bad"' big.jsonl | cut -d: -f1):" big.err
head -n 20000 big.jsonl > big1.jsonl && tail -n +20001 big.jsonl > big2.jsonl
"$CG" merge big1.jsonl big2.jsonl -q -j 1 -o out/big-split.graphml 2>/dev/null
check "merge over 8 MB chunks equals the same records in two files on one thread" cmp -s out/big.graphml out/big-split.graphml
check "merge over 8 MB chunks keeps every record" grep -q "chipgraph merge: 60002 records, 1 skipped" big.err

# --- a user pack extends the built-in one without recompiling; a broken one stops before any work
mkdir -p pack-good pack-bad
echo '{"id":"quantix","name":"Quantix Silicon","type":"company","aliases":["Quantix"]}' > pack-good/entities.jsonl
echo 'Quantix Silicon supplies SMIC.' > pack-article.txt
printf 'Quantix wins deal\n\nQuantix supplied SMIC with wafers last year.\n' > pack-article.txt
"$CG" extract pack-article.txt --pack pack-good -q > pack.out
check "a user pack's entity is found" grep -q '"subject":"Quantix Silicon"' pack.out
printf '{"id":"x","name":"X","type":"spaceship"}\n{"id":"y","name":"Nvidia","type":"company"}\n' > pack-bad/entities.jsonl
"$CG" build "$CORPUS" --pack pack-bad -o out/never.graphml 2>pack.err
check "a broken pack: exit 2" test $? -eq 2
check "a broken pack lists every problem with file:line" bash -c "grep -q 'pack-bad/entities.jsonl:1: \[unknown-type\]' pack.err && grep -q 'pack-bad/entities.jsonl:2: \[alias-conflict\]' pack.err"
check "a broken pack writes nothing" test ! -e out/never.graphml

# --- hostile names survive every format
python3 - > hostile.jsonl <<'PY'
import json
names = ['Say "hi" Corp', 'back\\slash Labs', 'trailing\\', '<tag> & amp', 'line\nbreak', 'bell\x07 Co',
         '\u534e\u4e3a \u6607\u817e', 'node', 'graph', 'edge', 'strict', '\\N label', '{brace} [x];', '-- -> arrow']
for i in range(len(names) - 1):
    print(json.dumps({"doc": "d%d" % i, "subject": names[i], "subject_type": "company", "relation": "supplies",
                      "object": names[i + 1], "object_type": "company", "status": "asserted", "confidence": 0.5,
                      "date": "2025-01-0%d" % (1 + i % 9), "evidence": {"text": names[i] + ' </data> "\\', "start": 0, "end": 9}}))
PY
"$CG" merge hostile.jsonl -q -o out/hostile.graphml -o out/hostile.dot -o out/hostile.svg -o out/hostile.gexf \
  -o out/hostile.json -o out/hostile.csv && "$CG" merge hostile.jsonl -q --yed -o out/hostile.yed.graphml
check "hostile names merge and render in every format" test $? -eq 0
if command -v dot >/dev/null; then
  check "Graphviz renders the hostile DOT without a warning" bash -c "dot -Tsvg out/hostile.dot -o /dev/null 2>&1 | wc -c | grep -qx 0"
  check "Graphviz renders the example DOT without a warning" bash -c "dot -Tsvg out/graph.dot -o /dev/null 2>&1 | wc -c | grep -qx 0"
fi
python3 -c "import networkx" 2>/dev/null && check "NetworkX reads the hostile GraphML with every name" python3 - <<'PY'
import networkx as nx
g = nx.read_graphml("out/hostile.graphml")
labels = sorted(d["label"] for _, d in g.nodes(data=True))
assert 'trailing\\' in labels and 'Say "hi" Corp' in labels and 'line break' in labels, labels
assert g.number_of_edges() == 13
PY

# --- the README's Quick start command, as written there, writes every format
QUICK=$(grep -m1 '^scripts/setup && mkdir -p out && build/cli/chipgraph build examples/corpus' "$SRC/README.md")
check "the README has the Quick start build command" test -n "$QUICK"
mkdir -p quick/out
QUICK_ARGS=${QUICK#*build/cli/chipgraph build examples/corpus }
(cd quick && eval "'$CG' build '$CORPUS' $QUICK_ARGS" 2>/dev/null)
check "the Quick start command exits 0" test $? -eq 0
for f in graph.graphml graph.gexf graph.json graph.nodes.csv graph.edges.csv graph.dot graph.svg; do
  check "the Quick start command writes out/$f" test -s "quick/out/$f"
done

# --- GEXF, JSON and CSV: written whole, the same for any -j, input order or sharding
"$CG" build "$CORPUS" -q -j 1 -o out/j1.gexf -o out/j1.json -o out/j1.csv -o out/tables/
check "build writes GEXF, JSON and a CSV pair" bash -c "test -s out/j1.gexf && test -s out/j1.json && test -s out/j1.nodes.csv && test -s out/j1.edges.csv"
check "-o DIR/ writes DIR/nodes.csv and DIR/edges.csv" bash -c "cmp -s out/tables/nodes.csv out/j1.nodes.csv && cmp -s out/tables/edges.csv out/j1.edges.csv"
check "no temporary files are left by the CSV pair" bash -c "! ls -a out out/tables | grep -q tmp"
"$CG" build "$CORPUS" -q -j 2 -o out/j2.gexf -o out/j2.json -o out/j2.csv
for f in gexf json nodes.csv edges.csv; do
  check "-j 1 and -j 2 give byte-identical $f" cmp -s out/j1.$f out/j2.$f
done
"$CG" merge shard2.jsonl shard1.jsonl -q -o out/merged.gexf -o out/merged.json -o out/merged.csv
for f in gexf json nodes.csv edges.csv; do
  check "merged shards equal the one-run $f" cmp -s out/merged.$f out/j1.$f
done
check "a CSV folder whose parent is missing: exit 2" test "$(status_of "$CG" build "$CORPUS" -o no/such/tables/)" -eq 2

# --- CSV: Python's csv module reads both files; every field equals the GraphML's and the JSON's
check "CSV round trip on the example corpus" python3 "$SRC/tests/cli/csv_roundtrip.py" out/graph.nodes.csv \
  out/graph.edges.csv out/graph.graphml out/graph.json
check "CSV round trip on hostile names" python3 "$SRC/tests/cli/csv_roundtrip.py" out/hostile.nodes.csv \
  out/hostile.edges.csv out/hostile.graphml out/hostile.json

# --- JSON: graphology from npm loads it (validate-graph's cached node_modules; nothing is downloaded here)
NODE_MODULES=""
for c in "${VALIDATE_GRAPH_NODE_MODULES:-}" "$SRC/../shared/tools/node_modules" "${XDG_CACHE_HOME:-$HOME/.cache}/validate-graph/node_modules"; do
  if [ -n "$c" ] && [ -f "$c/graphology/package.json" ]; then NODE_MODULES=$c; break; fi
done
if command -v node >/dev/null && [ -n "$NODE_MODULES" ]; then
  for f in graph hostile; do
    check "graphology loads out/$f.json (Graph.from, import; d3 and cytoscape views)" \
      env NODE_PATH="$NODE_MODULES" node "$SRC/tests/cli/load_json.js" "out/$f.json"
  done
else
  echo "skip - graphology not found (node, or validate-graph's npm cache); the JSON load test did not run"
fi

# --- filters: on the fixed mentions of tests/data/fixture, answers computed by hand
FIX="$SRC/tests/data/fixture/mentions.jsonl"
edges_of() { python3 -c 'import json,sys; print(";".join("%s %s %s x%d" % (d["subject"], d["relation"], d["object"], d["weight"]) for d in map(json.loads, open(sys.argv[1]))))' "$1"; }
"$CG" merge "$FIX" --since 2025-03 --until 2025-06 -o out/f1.jsonl 2>f1.err
check "--since/--until keep the evidence in range and recompute edges" test "$(edges_of out/f1.jsonl)" = \
  "Alibaba trains-on H20 x1;Chinese government pressures Alibaba x1;Huawei develops Ascend 910C x1;Nvidia supplies Alibaba x2"
check "filters report what they kept" grep -q '^chipgraph: filters kept 6 of 7 nodes, 4 of 7 edges$' f1.err
check "the summary counts the filtered graph" grep -q -- '-> 6 nodes, 4 edges in' f1.err
"$CG" merge "$FIX" -q --since 2025-03 --status asserted --types company,chip --top 3 -o out/f2.jsonl
check "--since, --status, --types and --top compose" test "$(edges_of out/f2.jsonl)" = "Huawei develops Ascend 910C x1"
"$CG" merge "$FIX" -q --focus NVIDIA --relations supplies,competes-with --relations develops --min-weight 1 -o out/f3.jsonl
check "--focus, --relations (comma list and repeated) and --min-weight compose" test "$(edges_of out/f3.jsonl)" = \
  "Huawei competes-with Nvidia x1;Nvidia develops H20 x1;Nvidia supplies Alibaba x3"
"$CG" merge "$FIX" -q --focus alibaba --depth 2 --drop-discovered --min-confidence 0.85 -o out/f4.jsonl
check "--focus --depth 2, --drop-discovered and --min-confidence compose" test "$(edges_of out/f4.jsonl)" = \
  "Alibaba trains-on H20 x1;Chinese government pressures Alibaba x1;Huawei competes-with Nvidia x1;Nvidia develops H20 x1;Nvidia supplies Alibaba x2"
"$CG" build "$CORPUS" -q -j 1 --types company,chip --min-weight 2 --status asserted -o out/fa.graphml -o out/fa.gexf -o out/fa.json -o out/fa.csv -o out/fa.dot
"$CG" build "$CORPUS" -q -j 2 --status asserted --min-weight 2 --types chip,company -o out/fb.graphml -o out/fb.gexf -o out/fb.json -o out/fb.csv -o out/fb.dot
for f in graphml gexf json nodes.csv edges.csv dot; do
  check "filtered $f is byte-identical across -j and option order" cmp -s out/fa.$f out/fb.$f
done
check "filtered CSV round-trips against the filtered GraphML and JSON" python3 "$SRC/tests/cli/csv_roundtrip.py" \
  out/fa.nodes.csv out/fa.edges.csv out/fa.graphml out/fa.json
for bad in "--relations likes" "--types spaceship" "--status rumoured" "--since 2025-13" "--min-confidence 2" \
           "--depth 2" "--focus Intel"; do
  # shellcheck disable=SC2086
  check "a bad filter ($bad): exit 2, nothing written" bash -c "'$CG' merge '$FIX' $bad -o out/bad.graphml 2>/dev/null; test \$? -eq 2 && test ! -e out/bad.graphml"
done

# --- progress: a line on a terminal, nothing when stderr is a file or with -q
"$CG" extract "$SRC/examples/corpus" -o out/progress.jsonl 2> progress.err
check "no progress line when stderr is not a terminal" bash -c "! grep -q 'MB/s' progress.err && grep -q '^chipgraph extract: ' progress.err"
if command -v script >/dev/null; then
  script -qc "'$CG' extract '$SRC/examples/corpus' -o out/progress.jsonl" /dev/null > progress.tty 2>&1
  check "a progress line with speed and estimate on a terminal" grep -q 'articles, .* MB/s, .* s, 100% done' progress.tty
  script -qc "'$CG' extract -q '$SRC/examples/corpus' -o out/progress.jsonl" /dev/null > progress.quiet 2>&1
  check "-q silences the progress line" bash -c "! grep -q 'MB/s' progress.quiet"
fi

# --- line ends, byte order mark, folder loops, file-size limits, signals
printf '\xef\xbb\xbfdate: 2025-01-02\r\nNvidia deal\r\nNvidia sold H20 chips to ByteDance.\r\n' > ends-bom.txt
printf 'date: 2025-01-02\rTSMC news\rTSMC makes chips for Nvidia.\r' > ends-mac.txt
"$CG" extract -q ends-bom.txt ends-mac.txt > ends.jsonl
check "BOM, CRLF and old Mac line ends read as one article each, dated" bash -c \
  "grep -q '\"doc\":\"ends-bom.txt\".*\"date\":\"2025-01-02\"' ends.jsonl && grep -q '\"doc\":\"ends-mac.txt\".*\"date\":\"2025-01-02\"' ends.jsonl"
rm -rf loopdir && mkdir loopdir && ln -s ../loopdir loopdir/self && printf 'T\nNvidia sold H20 chips to ByteDance.\n' > loopdir/a.txt
timeout 20 "$CG" extract -q loopdir > loop.jsonl
check "a symbolic-link loop in a folder is walked once, without hanging" bash -c "test \$(grep -c . loop.jsonl) -ge 1"
rm -f out/limited.graphml*
( ulimit -f 4; "$CG" build -q "$SRC/examples/corpus" -o out/limited.graphml 2> limited.err ); rc=$?
check "past a file-size limit: exit 2, a message, no partial file and no temporary" bash -c \
  "test $rc -eq 2 && test -s limited.err && ! ls out | grep -q '^limited.graphml'"
python3 -c "
import json, random
random.seed(7)
with open('big.jsonl', 'w') as f:
    for i in range(40000):
        f.write(json.dumps({'id': 'b%d' % i, 'text': 'Nvidia sold %d H20 chips to ByteDance in March. TSMC makes the chips for Nvidia. ' % i * 4}) + '\n')
"
rm -f out/sig.graphml*; "$CG" build -q -j1 big.jsonl -o out/sig.graphml & pid=$!
sleep 0.5; kill -TERM $pid; wait $pid; rc=$?
check "SIGTERM mid-run leaves no partial graph and no temporary" bash -c \
  "test $rc -ne 0 && ! ls out | grep -q '^sig.graphml'"

rm -f out/int.graphml*; "$CG" build -q -j1 big.jsonl -o out/int.graphml & pid=$!
sleep 0.5; kill -INT $pid; wait $pid; rc=$?
check "SIGINT mid-run leaves no partial graph and no temporary" bash -c \
  "test $rc -ne 0 && ! ls out | grep -q '^int.graphml'"

# --- binary and empty files, a non-string date, a truncated last line: each named and skipped, the rest kept
rm -rf mixdir && mkdir mixdir && printf 'T\nNvidia sold H20 chips to ByteDance.\n' > mixdir/a.txt
head -c 2000 "$CG" > mixdir/binary.txt && : > mixdir/empty.txt
printf '%s\n%s\n%s' '{"id":"m1","text":"TSMC makes chips for Apple."}' '{"id":"m2","text":"TSMC makes chips for Apple.","date":20250101}' \
  '{"id":"m3","text":"Samsung sup' > mixdir/m.jsonl
"$CG" extract mixdir > mixdir.out 2> mixdir.err; rc=$?
check "binary and empty files, a non-string date, a truncated last line: each reported, the rest kept, exit 1" bash -c \
  "test $rc -eq 1 && grep -q 'binary.txt: holds NUL bytes, looks binary' mixdir.err && grep -q 'empty.txt: empty article' mixdir.err \
   && grep -q 'm.jsonl:2: \"date\" must be a string' mixdir.err && grep -q 'm.jsonl:3:[0-9]*: Missing a closing quotation mark in string.' mixdir.err \
   && grep -q '\"doc\":\"a.txt\"' mixdir.out && grep -q '\"doc\":\"m1\"' mixdir.out"

# --- bad records on either side of extract's batch boundaries and read blocks: the same messages in input
# order, the same counts and the same output at any -j (tests/cli/batch_edges.py writes what to expect)
rm -rf edges && python3 "$SRC/tests/cli/batch_edges.py" edges
read -r e_articles e_skipped e_dups e_replaced < edges/expected.counts
for j in 1 2 3; do
  "$CG" extract -j $j edges/a.jsonl edges/missing edges/texts edges/b.jsonl > edges/j$j.out 2> edges/j$j.err
  echo $? > edges/j$j.rc
done
check "bad records across batch boundaries: every message, in input order, at -j 1, 2 and 3" bash -c \
  "for j in 1 2 3; do grep -v '^chipgraph extract: ' edges/j\$j.err | cmp -s - edges/expected.err || exit 1; done"
check "bad records across batch boundaries: the same summary counts and exit 1 at -j 1, 2 and 3" bash -c \
  "for j in 1 2 3; do test \$(cat edges/j\$j.rc) -eq 1 && grep -q '^chipgraph extract: $e_articles articles, $e_skipped skipped ($e_dups duplicate ids), $e_replaced bad UTF-8 bytes replaced, some inputs unreadable, ' edges/j\$j.err || exit 1; done"
check "bad records across batch boundaries: byte-identical output at -j 1, 2 and 3" bash -c \
  "cmp -s edges/j1.out edges/j2.out && cmp -s edges/j1.out edges/j3.out && test \$(grep -c . edges/j1.out) -gt 1000"
"$CG" extract --strict -j 2 edges/strict.jsonl > edges/strict.out 2> edges/strict.got; rc=$?
check "--strict -j 2: stops at the first bad record (exit 2), with the messages before it and none after" bash -c \
  "test $rc -eq 2 && cmp -s edges/strict.got edges/strict.err"
check "--strict -j 2: no record from the bad one or after it is output" python3 -c "
import json
ids = set(open('edges/strict.ids').read().split())
assert all(json.loads(l)['doc'] in ids for l in open('edges/strict.out'))"

# --- unreadable inputs: named, the readable rest kept (as root, run as nobody, whom permissions bind)
rm -rf unread && mkdir -p unread/sub && printf 'T\nNvidia sold H20 chips to ByteDance.\n' > unread/a.txt
cp unread/a.txt unread/sub/c.txt && printf 'T\nTSMC makes chips for Apple.\n' > unread/b.txt && chmod 000 unread/b.txt unread/sub
as_user=()
[ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
if [ "$(id -u)" -eq 0 ] && [ ${#as_user[@]} -eq 0 ]; then
  echo "SKIP - unreadable files and folders (root, and no setpriv to drop privileges)"
else
  "${as_user[@]}" "$CG" extract unread > unread.out 2> unread.err; rc=$?
  check "an unreadable file and folder inside a folder: each named, the rest read, exit 1" bash -c \
    "test $rc -eq 1 && grep -q 'unread/b.txt: cannot open: Permission denied' unread.err && grep -q 'unread/sub: cannot read folder: Permission denied' unread.err && grep -q ByteDance unread.out"
  "${as_user[@]}" "$CG" extract unread/sub > /dev/null 2> unread-sub.err; rc=$?
  check "an unreadable folder named on the command line: a message, exit 2" bash -c \
    "test $rc -eq 2 && grep -q 'unread/sub: cannot read folder: Permission denied' unread-sub.err"
fi
chmod 755 unread/sub && chmod 644 unread/b.txt

# --- HTML entities: decoded before extraction, so the evidence holds the characters
printf '%s\n' '{"id":"ent","text":"AT&amp;T said Nvidia&#x2019;s chips&nbsp;&amp; boards: &quot;TSMC makes chips for Nvidia.&quot;"}' > entities.jsonl
"$CG" extract -q entities.jsonl > entities.out
python3 - entities.out > entities.check 2>&1 <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
assert recs, "no edge"
ev = recs[0]["evidence"]
text = 'AT&T said Nvidia\u2019s chips\u00a0& boards: "TSMC makes chips for Nvidia."'
assert ev["text"] == text, ev
assert text.encode()[ev["start"]:ev["end"]] == text.encode(), ev
PY
check "HTML entities: an edge whose evidence has the decoded characters, offsets into the decoded text" test $? -eq 0

# --- a 100 MB article on one line, between normal ones (made here; nothing that large is committed)
python3 - <<'PY'
import json
# base64 of 75 MB of zero bytes: the blank image a scraper leaves in a data: URI
junk = "A" * 100_000_000
with open("huge.jsonl", "w") as f:
    f.write(json.dumps({"id": "huge", "text": "Nvidia sold H20 chips to ByteDance in March. <img src=\"data:image/png;base64,"
                        + junk + "\"> Samsung supplies memory to Apple."}) + "\n")
    f.write(json.dumps({"id": "after", "text": "TSMC makes chips for Nvidia."}) + "\n")
with open("huge.txt", "w") as f:
    f.write("A huge page\n\nNvidia sold H20 chips to ByteDance in March. " + "lorem ipsum " * 10 + junk
            + ". Samsung supplies memory to Apple.\n")
PY
rss_of() { sed -n 's/^.*Maximum resident set size (kbytes): //p' "$1"; }
for f in huge.jsonl huge.txt; do
  if [ -x /usr/bin/time ]; then
    timeout 60 /usr/bin/time -v "$CG" extract -q "$f" -o "$f.out" 2> "$f.err"; rc=$?
  else
    timeout 60 "$CG" extract -q "$f" -o "$f.out" 2> "$f.err"; rc=$?
  fi
  check "$f: a 100 MB line is read, exit 0" test $rc -eq 0
  check "$f: the sentences before and after the 100 MB run give their edges" bash -c \
    "grep -q '\"subject\":\"Nvidia\".*\"object\":\"ByteDance\"' $f.out && grep -q '\"subject\":\"Samsung\".*\"object\":\"Apple\"' $f.out"
  if [ -x /usr/bin/time ]; then
    check "$f: memory stays under 1 GB (4 times the line or less)" test "$(rss_of "$f.err")" -lt 1000000
  fi
done
check "huge.jsonl: the article after the 100 MB line is kept" grep -q '"doc":"after","subject":"TSMC"' huge.jsonl.out
rm -f huge.jsonl huge.txt huge.jsonl.out huge.txt.out

# --- outputs: a missing or read-only folder and a full disk give a message, exit 2, and leave nothing
"$CG" build -q "$CORPUS" -o gone/x.graphml 2> gone.err; rc=$?
check "a missing output folder: exit 2, the message names it, nothing written" bash -c \
  "test $rc -eq 2 && grep -q 'gone/x.graphml: output folder gone does not exist' gone.err && test ! -e gone"
# A read-only folder: permissions when not root; as root (who ignores them) a read-only tmpfs.
rm -rf ro && mkdir ro
if [ "$(id -u)" -ne 0 ]; then chmod 555 ro; ro_ready=yes
elif mount -t tmpfs -o ro,size=64k tmpfs ro 2>/dev/null; then ro_ready=mounted
else ro_ready=no; fi
if [ $ro_ready = no ]; then
  echo "SKIP - a read-only output folder (root, and mount is not permitted)"
else
  "$CG" build -q "$CORPUS" -o ro/x.graphml 2> ro.err; rc=$?
  check "a read-only output folder: exit 2, a message, no file and no temporary" bash -c \
    "test $rc -eq 2 && grep -q 'ro/x.graphml: cannot create a file in ro: ' ro.err && test -z \"\$(ls -A ro)\""
  if [ $ro_ready = mounted ]; then umount ro; else chmod 755 ro; fi
fi
# A full disk: a 64 KiB tmpfs, when mounting is permitted (the file-size limit above covers EFBIG).
rm -rf full && mkdir full
if mount -t tmpfs -o size=64k tmpfs full 2>/dev/null; then
  "$CG" build -q "$CORPUS" -o full/g.graphml -o full/g.svg 2> full.err; rc=$?
  check "a full disk: exit 2, 'No space left on device', no partial file and no temporary" bash -c \
    "test $rc -eq 2 && grep -q 'full/g.graphml: write failed: No space left on device' full.err && test -z \"\$(ls -A full)\""
  umount full
else
  echo "SKIP - a full disk (mounting a small tmpfs is not permitted here)"
fi

# --- eval: gold edges against extract output
"$CG" extract -q "$SRC/examples/corpus" -o out/pred.jsonl
"$CG" eval "$SRC/examples/expected-edges.jsonl" out/pred.jsonl > eval.out
check "eval scores the example corpus" test $? -eq 0
check "eval prints a micro row and the confidence table" bash -c "grep -q '^micro' eval.out && grep -q 'confidence >=' eval.out"
"$CG" eval --json "$SRC/examples/expected-edges.jsonl" out/pred.jsonl > eval.json
check "eval --json gives precision and recall at or above 0.9" python3 -c "
import json; d = json.load(open('eval.json')); m = d['micro']
assert m['precision'] >= 0.9 and m['recall'] >= 0.9, m
assert set(d['relations']) >= {'trains-on', 'infers-on', 'pressures'}"
"$CG" eval -v "$SRC/examples/expected-edges.jsonl" out/pred.jsonl | grep -q '^missed (' 
check "eval --verbose lists missed and spurious edges" test $? -eq 0
{ head -3 "$SRC/examples/expected-edges.jsonl"; echo '{"doc": "x", "subject": 3}'; echo 'not json'; } > badgold.jsonl
"$CG" eval badgold.jsonl out/pred.jsonl > /dev/null 2> eval.err
check "eval skips bad gold lines with file:line and exit 1" bash -c "test $? -eq 1 && grep -q 'badgold.jsonl:4: ' eval.err && grep -Eq 'badgold.jsonl:5:[0-9]+: Invalid value' eval.err"

# --- query: questions to a snapshot or to chipgraph GraphML
"$CG" query snap-full.cgz exposure DeepSeek --json -q > q-exposure.json
check "query exposure: DeepSeek's compute goes through the H20 to Nvidia and its suppliers, H20 a single point" python3 -c "
import json; d = json.load(open('q-exposure.json'))
up = {(s['parent'], s['edge']['relation'], s['node']['name']) for s in d['upstream']}
assert ('DeepSeek', 'Nvidia H20', 'trains-on') in {(p, n, r) for p, r, n in up}, up
assert ('Nvidia H20', 'develops', 'Nvidia') in up, up
assert any(p == 'Nvidia' and r == 'supplies' for p, r, n in up), up
spof = {s['node']['name']: s['cuts_off'] for s in d['single_points_of_failure']}
assert 'Nvidia' in spof.get('Nvidia H20', []), spof
assert all(s['edge']['evidence']['text'] for s in d['upstream'])
assert any(c['relation'] == 'pressures' and c['object'] == 'DeepSeek' for c in d['constraints'])"
"$CG" query snap-full.cgz neighbors deepseek -q > q-n1.txt
"$CG" query out/graph.graphml neighbors DEEPSEEK -q > q-n2.txt
check "query neighbors: any case, and GraphML answers as the snapshot does" bash -c "cmp -s q-n1.txt q-n2.txt && grep -q 'trains-on  *Nvidia H20' q-n1.txt"
"$CG" query snap-full.cgz neighbors Deepsek -q > /dev/null 2> q-typo.err
check "query: an unknown name exits 2 and suggests the nearest" bash -c "test $? -eq 2 && grep -q 'did you mean: DeepSeek' q-typo.err"
"$CG" query snap-full.cgz path DeepSeek TSMC --json -q > q-path.json
check "query path: a chain of hops from DeepSeek to TSMC, each with a sentence" python3 -c "
import json; d = json.load(open('q-path.json')); hops = d['hops']
assert hops and all(h['evidence']['text'] and h['evidence']['doc'] for h in hops), d
names = ['DeepSeek']
for h in hops:
    nxt = h['object'] if h['subject'] == names[-1] else h['subject']
    assert names[-1] in (h['subject'], h['object']); names.append(nxt)
assert names[-1] == 'TSMC', names"
"$CG" query snap-full.cgz rank --by degree --type chip --top 3 --json -q > q-rank.json
check "query rank --by degree: the chips with the most edges, counted independently from the GraphML" python3 -c "
import json, networkx as nx
g = nx.read_graphml('out/graph.graphml')
deg = sorted((-(g.in_degree(n) + g.out_degree(n)), g.nodes[n]['label']) for n in g if g.nodes[n]['type'] == 'chip')
got = [(-r['degree'], r['node']['name']) for r in json.load(open('q-rank.json'))]
assert [d for d, _ in got] == [d for d, _ in deg[:3]], (got, deg[:3])"
"$CG" query snap-full.cgz rank --by pagerank --top 5 -q > /dev/null && "$CG" query snap-full.cgz rank --by betweenness --top 5 -q > /dev/null
check "query rank: pagerank and betweenness answer" test $? -eq 0
"$CG" build "$CORPUS"/0*.txt -q -o out/old.graphml
"$CG" query out/old.graphml diff snap-full.cgz --json -q > q-diff.json
check "query diff: added and removed nodes and edges equal those NetworkX finds between the two GraphML files" python3 -c "
import json, networkx as nx
def facts(path):
    g = nx.read_graphml(path)
    return {g.nodes[n]['label'] for n in g}, {(g.nodes[u]['label'], d['relation'], g.nodes[v]['label']) for u, v, d in g.edges(data=True)}
on, oe = facts('out/old.graphml'); nn, ne = facts('out/graph.graphml')
d = json.load(open('q-diff.json'))
assert set(d['nodes_added']) == nn - on and set(d['nodes_removed']) == on - nn
assert {e['edge'] for e in d['edges_added']} == {f'{s} -{r}-> {o}' for s, r, o in ne - oe}
assert len(d['edges_removed']) == len(oe - ne) and d['edges_changed']"
"$CG" query snap-full.cgz timeline Nvidia --json -q > q-time.json
check "query timeline: Nvidia's edges in order of first date" python3 -c "
import json; e = json.load(open('q-time.json'))['edges']; dates = [x['first_seen'] for x in e if x['first_seen']]
assert len(e) > 5 and dates == sorted(dates)"
"$CG" query snap-full.cgz stats -q > q-stats.txt
check "query stats: totals, types, relations, components and cited sentences" bash -c \
  "grep -q '^[0-9]* nodes, [0-9]* edges' q-stats.txt && grep -q '^trains-on' q-stats.txt && grep -q 'most cited sentences' q-stats.txt"
"$CG" query snap-full.cgz exposure DeepSeek -q -o out/q-sub.graphml -o out/q-sub.dot > /dev/null
check "query -o: the answer written as a subgraph" python3 -c "
import networkx as nx; g = nx.read_graphml('out/q-sub.graphml')
labels = {g.nodes[n]['label'] for n in g}
assert {'DeepSeek', 'Nvidia H20', 'Nvidia'} <= labels and g.number_of_edges() > 10"

# --- the official validator, when ../shared is beside the project
VALIDATE="$SRC/../shared/tools/validate-graph"
if [ -x "$VALIDATE" ]; then
  "$VALIDATE" -q out/graph.graphml out/graph.gexf out/graph.dot out/hostile.graphml out/hostile.gexf out/hostile.dot \
    out/fa.graphml out/fa.gexf out/fa.dot out/q-sub.graphml out/q-sub.dot > validate.out 2>&1
  rc=$?
  cat validate.out
  check "validate-graph passes the example, hostile and filtered GraphML, GEXF and DOT" test $rc -eq 0
  # yFiles graphics are outside the plain GraphML 1.1 XSD (yEd extends it in its own
  # schema): every reader must pass, and the XSD may reject only the yFiles parts.
  "$CG" build "$CORPUS" -q --yed -o out/yed.graphml
  "$VALIDATE" out/yed.graphml out/hostile.yed.graphml > validate-yed.out 2>&1
  cat validate-yed.out | grep -E '^(PASS|FAIL)'
  check "validate-graph: --yed GraphML passes every reader and lint" \
    bash -c "test \$(grep -c 'failed=\[xsd:graphml-1.1\] ran=\[xsd:graphml-1.1,lint,networkx,igraph,graph-tool,graphology-graphml\]' validate-yed.out) -eq 2"
  check "validate-graph: the XSD rejects only yFiles elements and the yfiles.type attribute" \
    bash -c "! grep 'Schemas validity error' validate-yed.out | grep -v -e '{http://www.yworks.com/xml/graphml}' -e \"attribute 'yfiles.type'\" | grep -q ."
else
  echo "skip - validate-graph not found at $VALIDATE"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
