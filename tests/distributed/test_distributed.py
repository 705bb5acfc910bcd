"""bench/distributed/run.py on a real Dask cluster equals one `chipgraph build`, byte for byte.

    python3 tests/distributed/test_distributed.py CHIPGRAPH SOURCE_DIR WORK_DIR

Checks, on examples/corpus and on a generated 4 MB corpus, for several shard
counts and fan-ins, that the GraphML and the .cgz snapshot written through
the cluster are the bytes a single process writes; that a worker killed in
the middle of a map task is replaced and its task retried with the same
result; and that shards with bad input are reported by path (original file
and line) while the rest still makes the graph. Exits 77 (ctest: skipped)
when dask.distributed cannot be imported.
"""

import json
import logging
import os
import shutil
import subprocess
import sys
import time

try:
    import distributed
except ImportError:
    print("dask.distributed is not installed (python3-distributed): skipped")
    sys.exit(77)

CHIPGRAPH, SOURCE, WORK = (os.path.abspath(a) for a in sys.argv[1:4])
RUN = os.path.join(SOURCE, "bench", "distributed", "run.py")
failures = []


def check(what, ok, detail=""):
    print(f"{'ok  ' if ok else 'FAIL'} {what}" + (f"\n     {detail}" if detail and not ok else ""), flush=True)
    if not ok:
        failures.append(what)


def same_bytes(a, b):
    with open(a, "rb") as fa, open(b, "rb") as fb:
        return fa.read() == fb.read()


def reference(name, inputs):
    """One process: the outputs every distributed run must equal, and its exit status."""
    out = os.path.join(WORK, f"ref-{name}")
    p = subprocess.run([CHIPGRAPH, "build", *inputs, "-q", "-o", out + ".graphml", "-o", out + ".cgz"],
                       stderr=subprocess.PIPE, text=True)
    assert p.returncode in (0, 1), p.stderr
    return out, p.returncode


def distributed_run(name, inputs, *flags):
    out = os.path.join(WORK, f"dist-{name}")
    timings = out + ".timings.json"
    start = time.perf_counter()
    p = subprocess.run([sys.executable, RUN, *inputs, "-o", out + ".graphml", "-o", out + ".cgz",
                        "--chipgraph", CHIPGRAPH, "--work-dir", WORK, "--timings-json", timings, *flags],
                       stderr=subprocess.PIPE, text=True)
    print(f"     {name}: {time.perf_counter() - start:.1f} s, exit {p.returncode}", flush=True)
    report = json.load(open(timings)) if os.path.exists(timings) else {}
    return out, p, report


def identical(name, ref, out):
    for ext in (".graphml", ".cgz"):
        check(f"{name}: {ext} equals one process", os.path.exists(out + ext) and same_bytes(ref + ext, out + ext))


def write_fault_corpus(gen):
    """examples/corpus, plus JSONL with one bad line, plus a large file of nothing but bad lines."""
    folder = os.path.join(WORK, "faulty")
    shutil.copytree(os.path.join(SOURCE, "examples", "corpus"), os.path.join(folder, "corpus"))
    with open(gen) as f:
        good = [next(f) for _ in range(40)]
    with open(os.path.join(folder, "mixed.jsonl"), "w") as f:
        f.writelines(good[:20] + ['{"id": "broken", "text": \n'] + good[20:])
    with open(os.path.join(folder, "zz-garbage.jsonl"), "w") as f:
        for i in range(6000):
            f.write(f"this line {i} is not JSON at all, nor is any line of this file\n")
    return folder


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    gen = os.path.join(WORK, "gen.jsonl")
    subprocess.run([os.path.join(SOURCE, "bench", "gen-corpus"), "--size", "4MB", "--seed", "8", "-o", gen],
                   check=True, stderr=subprocess.DEVNULL)
    corpus = os.path.join(SOURCE, "examples", "corpus")
    ref_corpus, _ = reference("corpus", [corpus])
    ref_gen, _ = reference("gen", [gen])

    # A run that starts its own LocalCluster, as a user would.
    out, p, _ = distributed_run("corpus-own-cluster", [corpus], "--shards", "4", "--fan-in", "2")
    check("own LocalCluster: exit 0", p.returncode == 0, p.stderr)
    check("own LocalCluster: timing table printed",
          all(f"\n{phase} " in p.stderr for phase in ("split", "map", "reduce", "export")), p.stderr)
    identical("corpus, own cluster, 4 shards, fan-in 2", ref_corpus, out)

    # The rest share one cluster, reached by its address.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        at = ["--scheduler", cluster.scheduler_address]
        for shards, fan_in in ((1, 2), (3, 2), (18, 4), (7, 3)):
            name = f"corpus-{shards}-shards-fan-in-{fan_in}"
            out, p, _ = distributed_run(name, [corpus], *at, "--shards", str(shards), "--fan-in", str(fan_in))
            check(f"{name}: exit 0", p.returncode == 0, p.stderr)
            identical(name, ref_corpus, out)
        for shards, fan_in in ((2, 2), (5, 2), (8, 4), (13, 3)):
            name = f"gen-{shards}-shards-fan-in-{fan_in}"
            out, p, _ = distributed_run(name, [gen], *at, "--shards", str(shards), "--fan-in", str(fan_in))
            check(f"{name}: exit 0", p.returncode == 0, p.stderr)
            identical(name, ref_gen, out)

        # A worker process dies (SIGKILL) in the middle of a map task, on that task's first attempt.
        out, p, report = distributed_run("gen-worker-killed", [gen], *at, "--shards", "8", "--fan-in", "2",
                                         "--test-kill-shard", "3", "--keep-work")
        check("worker killed: exit 0", p.returncode == 0, p.stderr)
        identical("worker killed mid-run, task retried", ref_gen, out)
        markers = [os.path.join(r, f) for r, _d, fs in os.walk(WORK) for f in fs if f == "killed-0003"]
        check("worker killed: the first attempt did kill its worker", len(markers) == 1)
        if markers and report:
            killed = int(open(markers[0]).read().split()[-1])
            retried = report["shards"][3]["pid"]
            check("worker killed: the task was retried in another worker process", killed != retried,
                  f"killed {killed}, result from {retried}")
        with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
            client.wait_for_workers(2, timeout=60)
            check("worker killed: the cluster has two workers again", len(client.nthreads()) == 2)

        # Bad input: one shard skips a record, whole shards hold nothing usable.
        faulty = write_fault_corpus(gen)
        ref_faulty, ref_status = reference("faulty", [faulty])
        out, p, report = distributed_run("faulty", [faulty], *at, "--shards", "6", "--fan-in", "2")
        print("     " + p.stderr.replace("\n", "\n     "))
        check("bad input: exit 1 like one process", p.returncode == 1 and ref_status == 1, p.stderr)
        identical("bad input: the good records", ref_faulty, out)
        statuses = [s["status"] for s in report.get("shards", [])]
        check("bad input: some shards exit 1 and some exit 2", 1 in statuses and 2 in statuses, str(statuses))
        mixed = os.path.join(faulty, "mixed.jsonl")
        check("bad input: the bad record is named by its original file and line", f"{mixed}:21:" in p.stderr)
        garbage = os.path.join(faulty, "zz-garbage.jsonl")
        failed = [s["path"] for s in report.get("shards", []) if s["status"] == 2]
        check("bad input: each failed shard is reported with its path, its files and chipgraph's message",
              failed and all(f"shard {f} failed (chipgraph exit 2)" in p.stderr for f in failed)
              and garbage in p.stderr and "no article could be read" in p.stderr)

    print(f"{len(failures)} failed" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
