"""The tasks the workers run: map a shard to a partial graph, merge partial graphs, export.

Each task is a pure function of its arguments (paths in the work folder): it
runs the chipgraph binary, which writes its output to a temporary file and
renames it when complete, so a task that Dask runs twice (a retry, or a
recomputation after a worker died holding its result) writes the same bytes
to the same path and a reader never sees half a file. A task returns a small
dict describing what happened; chipgraph's failures are reported there, not
raised, so one bad shard does not stop the others.
"""

import os
import signal
import subprocess
import time


def _run(command):
    start = time.time()
    p = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stderr.decode("utf-8", "replace"), start, time.time()


def _pack_args(pack):
    return ["--pack", pack] if pack else []


def _die_once(command, marker):
    """Test-only fault: on the first attempt, start chipgraph, then kill this worker.

    The marker file, created exclusively, tells the retry that the fault has
    happened. The orphaned chipgraph may still finish and rename its output
    while the retry writes the same file: both write whole files atomically.
    """
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return
    os.write(fd, f"killed worker process {os.getpid()}\n".encode())
    os.close(fd)
    subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.2)
    os.kill(os.getpid(), signal.SIGKILL)


def map_shard(chipgraph, shard, part, pack=None, threads=1, kill_marker=None):
    """Extracts a shard folder and merges its edges into the partial graph `part` (.cgz).

    Exit 1 (some records skipped) still gives a part with the good records.
    """
    command = [chipgraph, "build", shard, "-q", "-j", str(threads), "-o", part] + _pack_args(pack)
    if kill_marker:
        _die_once(command, kill_marker)
    status, stderr, start, end = _run(command)
    ok = status in (0, 1) and os.path.exists(part)
    return {"shard": shard, "status": status, "stderr": stderr, "part": part if ok else None,
            "start": start, "end": end, "pid": os.getpid()}


def merge_parts(chipgraph, results, part, pack=None):
    """Merges the partial graphs of `results` (map or merge results) into `part`.

    A merge that fails is carried up the tree in "errors", so the client
    reports it even though the final graph lacks what it held.
    """
    parts = [r["part"] for r in results if r["part"]]
    errors = [e for r in results for e in r.get("errors", [])]
    start = time.time()
    if len(parts) <= 1:
        return {"part": parts[0] if parts else None, "errors": errors, "start": start, "end": time.time()}
    status, stderr, start, end = _run([chipgraph, "merge", *parts, "-q", "-o", part] + _pack_args(pack))
    if status != 0:
        errors.append({"part": part, "inputs": parts, "status": status, "stderr": stderr})
    return {"part": part if status == 0 else None, "errors": errors, "start": start, "end": end}


def export(chipgraph, result, outputs, pack=None, extra=()):
    """Writes the final graph `result["part"]` to every output (formats by extension)."""
    start = time.time()
    if not result["part"]:
        return {"status": 2, "stderr": "no partial graph to export\n", "start": start, "end": time.time()}
    command = [chipgraph, "merge", result["part"], "-q"]
    for out in outputs:
        command += ["-o", out]
    status, stderr, start, end = _run(command + _pack_args(pack) + list(extra))
    return {"status": status, "stderr": stderr, "start": start, "end": end}
