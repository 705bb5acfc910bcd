#!/usr/bin/env python3
"""Run chipgraph on a Dask distributed cluster: map = extract a shard, reduce = merge graphs.

    bench/distributed/run.py INPUT... -o OUT [-o OUT...] [options] [-- MERGE-OPTIONS...]

INPUT is what `chipgraph build` takes: folders and files of .txt/.md
articles and .jsonl article dumps. The steps, each timed:

  cluster  start a LocalCluster (2 worker processes, 1 thread each, TCP on
           127.0.0.1), or connect to --scheduler ADDRESS
  split    cut the input into --shards folders in a work folder, keeping doc
           ids (shards.py); by default 4 shards per worker thread
  map      on the workers, `chipgraph build SHARD -o part.cgz` for each shard
  reduce   `chipgraph merge a.cgz b.cgz ... -o ab.cgz`, --fan-in parts at a
           time, in a tree down to one graph
  export   `chipgraph merge final.cgz -o OUT...` (plus MERGE-OPTIONS, such as
           filters or --yed) on a worker

Snapshots merge associatively and commutatively, so the outputs are byte for
byte those of `chipgraph build INPUT... -o OUT...` in one process, whatever
the shard count, fan-in or worker that ran each task. With --scheduler, the
inputs, the work folder, the outputs and the chipgraph binary must be at the
same paths on every worker (a shared file system).

A shard with bad records (chipgraph exit 1) still gives its good records and
is reported with the original file and line of each; a shard that fails
(exit 2) is reported with its files and chipgraph's messages and left out.
Exit status as chipgraph's: 0 all input read; 1 some input left out (the
outputs hold the rest); 2 nothing written or an error. The work folder is
removed at the end unless --keep-work or a shard failed.

Needs python3-distributed (Debian); run it with /usr/bin/python3 if another
python3 comes first on PATH (the script switches to it by itself).
"""

import argparse
import json
import logging
import os
import shutil
import sys
import tempfile
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
DEBIAN_PYTHON = "/usr/bin/python3"
MESSAGES_SHOWN = 20  # of each shard

try:
    import distributed
except ImportError:
    if os.path.exists(DEBIAN_PYTHON) and os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PYTHON):
        os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON, os.path.abspath(__file__)] + sys.argv[1:])
    sys.exit("run.py: dask.distributed is missing (Debian: apt-get install python3-distributed)")

import cloudpickle

sys.path.insert(0, HERE)
import shards as sharding  # noqa: E402
import tasks  # noqa: E402

# Workers need not find tasks.py on their path: its functions travel by value.
cloudpickle.register_pickle_by_value(tasks)


def parse_args(argv):
    extra = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+", metavar="INPUT")
    ap.add_argument("-o", dest="outputs", action="append", required=True, metavar="OUT",
                    help="an output, format by extension as for chipgraph (repeatable)")
    ap.add_argument("--scheduler", metavar="ADDRESS", help="use this scheduler (tcp://host:port) instead of a local cluster")
    ap.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster (default 2)")
    ap.add_argument("--shards", type=int, help="number of shards (default 4 per worker thread)")
    ap.add_argument("--fan-in", type=int, default=4, help="partial graphs per merge (default 4)")
    ap.add_argument("-j", "--threads", type=int, default=1, help="threads of each chipgraph process (default 1)")
    ap.add_argument("--chipgraph", default=os.path.join(HERE, "..", "..", "build", "cli", "chipgraph"),
                    help="the binary (default build/cli/chipgraph of this checkout)")
    ap.add_argument("--pack", help="a user pack, passed to every chipgraph step")
    ap.add_argument("--work-dir", help="where to make the run's work folder (default the system temp folder)")
    ap.add_argument("--keep-work", action="store_true", help="keep the work folder")
    ap.add_argument("--timings-json", metavar="FILE", help="also write the phase timings as JSON")
    ap.add_argument("-q", "--quiet", action="store_true", help="only problems, no timing table")
    # Test only: the map task of this shard kills its own worker on its first attempt.
    ap.add_argument("--test-kill-shard", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.fan_in < 2:
        ap.error("--fan-in must be 2 or more")
    if args.shards is not None and args.shards < 1:
        ap.error("--shards must be 1 or more")
    if "-" in args.outputs or "-" in args.inputs:
        ap.error("standard input and output are not supported: the steps run on the workers")
    args.chipgraph = shutil.which(args.chipgraph) or args.chipgraph
    for name in ("chipgraph", "pack"):
        if getattr(args, name):
            setattr(args, name, os.path.abspath(getattr(args, name)))
    args.outputs = [os.path.abspath(o) + ("/" if o.endswith("/") else "") for o in args.outputs]
    args.extra = extra
    return args


def start_cluster(args):
    if args.scheduler:
        return None, distributed.Client(args.scheduler)
    cluster = distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                       protocol="tcp", host="127.0.0.1", dashboard_address=None,
                                       silence_logs=logging.ERROR)
    return cluster, distributed.Client(cluster)


def submit_tree(client, args, shards, work, token):
    """Submits every map, the merge tree and the export; returns their futures."""
    parts = os.path.join(work, "parts")
    os.makedirs(parts, exist_ok=True)
    maps = []
    for s in shards:
        marker = os.path.join(work, f"killed-{s.index:04d}") if s.index == args.test_kill_shard else None
        maps.append(client.submit(tasks.map_shard, args.chipgraph, s.path, os.path.join(parts, f"s{s.index:04d}.cgz"),
                                  args.pack, args.threads, marker, key=f"map-{s.index:04d}-{token}", retries=2))
    level, merges, depth = maps, [], 0
    while len(level) > 1:
        depth += 1
        nxt = []
        for i in range(0, len(level), args.fan_in):
            out = os.path.join(parts, f"m{depth}-{i // args.fan_in:04d}.cgz")
            nxt.append(client.submit(tasks.merge_parts, args.chipgraph, level[i:i + args.fan_in], out, args.pack,
                                     key=f"merge-{depth}-{i // args.fan_in:04d}-{token}", retries=2))
        merges += nxt
        level = nxt
    root = level[0] if merges else client.submit(tasks.merge_parts, args.chipgraph, maps, None, args.pack,
                                                 key=f"merge-0-{token}")
    if not merges:
        merges = [root]
    final = client.submit(tasks.export, args.chipgraph, root, args.outputs, args.pack, args.extra,
                          key=f"export-{token}", retries=2)
    return maps, merges, root, final


def report_shards(shards, results, notes):
    """Prints each shard's problems, in the original files' terms; returns (partial, failed)."""
    partial = failed = 0
    for note in notes:
        print(f"run.py: skipped: {note}", file=sys.stderr)
        partial += 1
    for s, r in zip(shards, results):
        msg = s.translate(r["stderr"]).rstrip("\n")
        if r["status"] == 0:
            continue
        if r["part"]:
            partial += 1
            print(f"run.py: shard {s.path}: some input skipped (chipgraph exit {r['status']}), "
                  f"its good records are in the graph:", file=sys.stderr)
        else:
            failed += 1
            print(f"run.py: shard {s.path} failed (chipgraph exit {r['status']}), left out of the graph; "
                  f"it holds {', '.join(s.sources()[:5])}{' ...' if len(s.sources()) > 5 else ''}:", file=sys.stderr)
        lines = msg.splitlines()
        if len(lines) > MESSAGES_SHOWN:  # the first ones, and chipgraph's last word
            lines = lines[:MESSAGES_SHOWN - 1] + [f"... {len(lines) - MESSAGES_SHOWN} more ..."] + lines[-1:]
        for line in lines:
            print(f"  {line}", file=sys.stderr)
    return partial, failed


def timing_table(t, counts):
    rows = [("cluster", t["cluster"], None, None), ("split", t["split"], counts["shards"], None),
            ("map", t["map"], counts["map"], t["map_tasks"]), ("reduce", t["reduce"], counts["reduce"], t["reduce_tasks"]),
            ("export", t["export"], 1, t["export_tasks"]), ("total", t["total"], None, None)]
    lines = [f"{'phase':<8} {'wall s':>8} {'tasks':>6} {'task s':>8}"]
    for name, wall, n, busy in rows:
        lines.append(f"{name:<8} {wall:8.2f} {'' if n is None else n:>6} {'' if busy is None else f'{busy:.2f}':>8}")
    return "\n".join(lines)


def busy(results):
    return sum(r["end"] - r["start"] for r in results)


def main(argv):
    args = parse_args(argv)
    t = {}
    t0 = time.perf_counter()
    cluster, client = start_cluster(args)
    try:
        threads = sum(client.nthreads().values())
        t["cluster"] = time.perf_counter() - t0
        count = args.shards or 4 * max(1, threads)
        work = tempfile.mkdtemp(prefix="chipgraph-dask-", dir=args.work_dir)
        mark = time.perf_counter()
        try:
            shards, notes = sharding.split(args.inputs, count, os.path.join(work, "shards"))
        except (FileNotFoundError, OSError) as e:
            print(f"run.py: {e}", file=sys.stderr)
            return 2
        t["split"] = time.perf_counter() - mark
        if not shards:
            print("run.py: no article files in the input; nothing written", file=sys.stderr)
            return 2
        token = uuid.uuid4().hex[:12]
        mark = time.perf_counter()
        maps, merges, root, final = submit_tree(client, args, shards, work, token)
        try:
            distributed.wait(maps)
            t["map"], mark = time.perf_counter() - mark, time.perf_counter()
            distributed.wait(root)
            t["reduce"], mark = time.perf_counter() - mark, time.perf_counter()
            done = final.result()
            t["export"] = time.perf_counter() - mark
            map_results = client.gather(maps)
            merge_results = client.gather(merges)
        except Exception as e:  # a task Dask gave up on (a worker died too often) or lost its scheduler
            print(f"run.py: the cluster failed the run ({type(e).__name__}: {e}); work folder kept: {work}",
                  file=sys.stderr)
            return 2
        t["map_tasks"], t["reduce_tasks"], t["export_tasks"] = busy(map_results), busy(merge_results), busy([done])
        t["total"] = time.perf_counter() - t0
        partial, failed = report_shards(shards, map_results, notes)
        for e in root.result()["errors"]:
            failed += 1
            print(f"run.py: merge into {e['part']} failed (chipgraph exit {e['status']}): {e['stderr'].strip()}",
                  file=sys.stderr)
        status = 0 if not (partial or failed) else 1
        if done["status"] != 0:
            print(f"run.py: export failed (chipgraph exit {done['status']}): {done['stderr'].strip()}", file=sys.stderr)
            status = 2
        if not args.quiet:
            print(f"run.py: {len(shards)} shards on {threads} worker threads, fan-in {args.fan_in}, "
                  f"{len(args.outputs)} outputs", file=sys.stderr)
            print(timing_table(t, {"shards": len(shards), "map": len(maps), "reduce": len(merges)}), file=sys.stderr)
        if args.timings_json:
            with open(args.timings_json, "w") as f:
                json.dump({"workers": len(client.nthreads()), "threads": threads, "fan_in": args.fan_in,
                           "seconds": t, "status": status,
                           "shards": [{"path": s.path, "status": r["status"], "pid": r["pid"],
                                       "seconds": r["end"] - r["start"]} for s, r in zip(shards, map_results)]},
                          f, indent=1)
        if failed:
            print(f"run.py: work folder kept for a rerun of the failed shards: {work}", file=sys.stderr)
        elif not args.keep_work:
            shutil.rmtree(work, ignore_errors=True)
        return status
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
