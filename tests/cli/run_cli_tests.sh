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
  2>build.err
check "build exits 0 on the example corpus" test $? -eq 0
check "build prints a one-line summary" grep -Eq '^chipgraph build: [0-9]+ articles, [0-9]+ sentences, [0-9]+ mentions -> [0-9]+ nodes, [0-9]+ edges in' build.err
for f in graph.graphml graph.dot graph.svg graph.png edges.jsonl; do check "build wrote $f" test -s "out/$f"; done
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
"$CG" merge hostile.jsonl -q -o out/hostile.graphml -o out/hostile.dot -o out/hostile.svg
check "hostile names merge and render" test $? -eq 0
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

# --- the official validator, when ../shared is beside the project
VALIDATE="$SRC/../shared/tools/validate-graph"
if [ -x "$VALIDATE" ]; then
  "$VALIDATE" -q out/graph.graphml out/graph.dot out/hostile.graphml out/hostile.dot > validate.out 2>&1
  rc=$?
  cat validate.out
  check "validate-graph passes the example and hostile GraphML and DOT" test $rc -eq 0
else
  echo "skip - validate-graph not found at $VALIDATE"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
