"""Throughput of ``clausediff batch``: N generated document versions, three engines side by side.

    .venv/bin/python bench/bench_batch.py [--n 1000] [--seeds /work/shared/seeds]

Each seed agreement gets N/len(seeds) versions, each with small edits (a
number changed, a sentence added), so every version is diffed against the
previous version of the same document. Prints documents per second (total and
per worker process) and peak RSS (self and children, from getrusage) for:
local with 1 process, local with 2 processes, dask LocalCluster with 2 workers.
Each engine runs in a fresh subprocess so that its memory figures are its own.

First it prints the worker's time per document in this process, for a first
version (every cache empty: the cost of a document never seen) and for the
successive versions (the line caches of pipeline.tokens and pipeline.normalize
hit on the unchanged lines): the baseline the engine figures are read against.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = Path(os.environ.get("CLAUSEDIFF_SHARED", ROOT.parent / "shared")) / "seeds"

_NUM = re.compile(r"(?<=[^0-9０-９第])([0-9]{1,3})(?=[日円%％か年月時件名])")


def variant(text: str, i: int) -> str:
    """The i-th version of a seed: the numbers of a few clauses changed and a sentence added."""
    lines = text.split("\n")
    sent = [k for k, ln in enumerate(lines) if ln.rstrip().endswith("。")]
    if sent:
        k = sent[(i * 7) % len(sent)]
        lines[k] = lines[k].rstrip() + f"なお、本項の定めは改定第{i}号により追加された。"
    out = "\n".join(lines)
    hits = list(_NUM.finditer(out))
    if hits:
        m = hits[(i * 3) % len(hits)]
        out = out[: m.start()] + str(int(m.group(1)) + 1 + i % 5) + out[m.end():]
    return out + f"\n\n（管理番号 {i:05d}）\n"


def generate(folder: Path, n: int, seeds: list[Path]) -> list[Path]:
    """n files in folder: versions of each seed, named so that versions of one seed sort together."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    out = []
    for j in range(n):
        s = j % len(texts)
        i = j // len(texts)
        p = folder / f"s{s:02d}_v{i:05d}.txt"
        p.write_text(variant(texts[s], i), encoding="utf-8")
        out.append(p)
    return out


_CHILD = r"""
import json, resource, sys, time
sys.argv = ["clausediff"] + {argv!r}
from pipeline.cli import main
t = time.perf_counter()
rc = main(sys.argv[1:])
el = time.perf_counter() - t
s = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
c = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print("BENCH " + json.dumps({{"rc": rc, "seconds": el, "self_kb": s, "children_kb": c}}))
"""


def tree_rss_kb(root: int) -> int:
    """Sum of VmRSS of a process and all its descendants (from /proc)."""
    parent: dict[int, int] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/status") as f:
                st = f.read()
        except OSError:
            continue
        m = re.search(r"^PPid:\s+(\d+)", st, re.M)
        r = re.search(r"^VmRSS:\s+(\d+)", st, re.M)
        parent[int(d)] = int(m.group(1)) if m else 0
        rss[int(d)] = int(r.group(1)) if r else 0
    total, todo = 0, [root]
    seen = set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        total += rss.get(p, 0)
        todo.extend(c for c, pp in parent.items() if pp == p)
    return total


def run_engine(label: str, folder: Path, workdir: Path, engine: str, workers: int) -> dict:
    reg = workdir / f"{label}.sqlite"
    argv = ["batch", str(folder), "--engine", engine, "--workers", str(workers), "--registry-path", str(reg),
            "--reports", str(workdir / f"reports-{label}"), "--no-progress", "--chunk", "10"]
    code = _CHILD.format(argv=argv)
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    peak = [0]
    stop = threading.Event()

    def sample():
        while not stop.wait(0.2):
            peak[0] = max(peak[0], tree_rss_kb(proc.pid))

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, err = proc.communicate()
    stop.set()
    th.join()
    p = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    line = next((ln for ln in p.stdout.splitlines() if ln.startswith("BENCH ")), None)
    if line is None:
        raise SystemExit(f"{label} failed:\n{p.stdout[-2000:]}\n{p.stderr[-3000:]}")
    r = json.loads(line[6:])
    started = re.search(r"started in ([0-9.]+)s", p.stderr)
    r.update(label=label, workers=workers, tree_kb=peak[0], start=float(started.group(1)) if started else 0.0)
    import sqlite3

    con = sqlite3.connect(reg)
    r["versions"], r["diffs"] = (con.execute("SELECT COUNT(*) FROM versions").fetchone()[0],
                                 con.execute("SELECT COUNT(*) FROM diffs").fetchone()[0])
    con.close()
    return r


def per_document(seeds: list[Path], versions: int = 20) -> tuple[float, float]:
    """Worker time per document in this process (ms): a first version with every cache empty,
    and the successive versions of the same documents (what a batch of new publications sees)."""
    sys.path.insert(0, str(ROOT))
    from pipeline.api import clear_caches
    from pipeline.jobs.worker import process_chunk, warm as set_up_worker
    from pipeline.ingest import Limits

    set_up_worker()  # as a worker process is set up
    cold = warm = 0.0
    n_warm = 0
    for p in seeds:
        text = p.read_text(encoding="utf-8")
        clear_caches()
        items = [(f"v{i}.txt", variant(text, i).encode(), None) for i in range(versions + 1)]
        t = time.perf_counter()
        process_chunk(items[:1], Limits())
        cold += time.perf_counter() - t
        t = time.perf_counter()
        process_chunk(items[1:], Limits(), lead=items[0])
        warm += time.perf_counter() - t
        n_warm += versions
    return cold / len(seeds) * 1000, warm / n_warm * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="document versions (default 1000)")
    ap.add_argument("--seeds", default=str(DEFAULT_SEEDS))
    ap.add_argument("--engines", default="local1,local2,dask2", help="comma-separated: local1, local2, dask2")
    a = ap.parse_args()
    seeds = sorted(Path(a.seeds).glob("*.txt"))
    if not seeds:
        raise SystemExit(f"no seeds in {a.seeds}")
    with tempfile.TemporaryDirectory(prefix="clausediff-bench-") as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        generate(tmp / "docs", a.n, seeds)
        print(f"generated {a.n} versions of {len(seeds)} documents in {time.perf_counter() - t:.1f}s", flush=True)
        cold_ms, warm_ms = per_document(seeds)
        print(f"worker time per document, one process: first version (caches empty) {cold_ms:.1f} ms "
              f"= {1000 / cold_ms:.0f} docs/s; successive versions {warm_ms:.1f} ms = {1000 / warm_ms:.0f} docs/s",
              flush=True)
        specs = {"local1": ("local", 1), "local2": ("local", 2), "dask2": ("dask", 2)}
        rows = []
        for name in a.engines.split(","):
            engine, workers = specs[name]
            r = run_engine(name, tmp / "docs", tmp, engine, workers)
            rows.append(r)
            print(f"  {name}: {a.n / r['seconds']:.1f} docs/s", flush=True)
        print()
        print(f"{'engine':<8} {'workers':>7} {'seconds':>8} {'start s':>7} {'docs/s':>8} {'docs/s/core':>11} "
              f"{'after start':>11} {'peak self MB':>12} {'peak child MB':>13} {'peak total MB':>13} {'versions':>8} {'diffs':>6}")
        for r in rows:
            dps = a.n / r["seconds"]
            steady = a.n / max(1e-9, r["seconds"] - r["start"]) / r["workers"]
            print(f"{r['label']:<8} {r['workers']:>7} {r['seconds']:>8.1f} {r['start']:>7.1f} {dps:>8.1f} "
                  f"{dps / r['workers']:>11.1f} {steady:>11.1f} "
                  f"{r['self_kb'] / 1024:>12.0f} {r['children_kb'] / 1024:>13.0f} {r['tree_kb'] / 1024:>13.0f} {r['versions']:>8} {r['diffs']:>6}")
        print("(docs/s/core: documents per second of the whole command per worker process; after start: the\n"
              " same without the time to start the process pool or the Dask cluster, 'start s')")
        print("(self/child: getrusage ru_maxrss of the batch process and of its waited-for children (the largest one);\n"
              " total: peak of the summed RSS of the batch process tree, sampled every 200 ms;\n"
              " times include parse, checks, diffs, registry writes, reports and feed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
