"""Time to parse a ~1 MB document (the Companies Act), stage by stage, next to a baseline.

Baseline: reading and decoding the file and splitting it into lines, which every
parser must do. Target (issue 2): parse well under one second.
"""

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.api import clear_caches  # noqa: E402
from pipeline.ingest import load  # noqa: E402
from pipeline.normalize import normalize  # noqa: E402
from pipeline.structure import parse  # noqa: E402

ACT = ROOT.parent / "shared" / "corpus" / "external" / "companies-act"


def timed(fn, repeat=5):
    """Median time of fn(), each run with the stages' caches cleared (a document never seen before)."""
    times = []
    out = None
    for _ in range(repeat):
        clear_caches()
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def main():
    files = sorted(ACT.glob("*.md"))
    if not files:
        print(f"skipped: {ACT} not found")
        return
    path = files[0]
    size = path.stat().st_size
    base, _ = timed(lambda: path.read_bytes().decode("utf-8").splitlines())
    t_load, src = timed(lambda: load(path))
    t_norm, norm = timed(lambda: normalize(src))
    t_parse, doc = timed(lambda: parse(norm, src))
    total = t_load + t_norm + t_parse
    print(f"document: {path.name} ({size / 1e6:.2f} MB, {len(doc.articles)} articles)")
    print(f"{'baseline: read + decode + split lines':42} {base * 1000:8.1f} ms")
    print(f"{'ingest (load)':42} {t_load * 1000:8.1f} ms")
    print(f"{'normalize':42} {t_norm * 1000:8.1f} ms")
    print(f"{'structure (parse)':42} {t_parse * 1000:8.1f} ms")
    print(f"{'total':42} {total * 1000:8.1f} ms   ({total / base:.0f}x baseline; target < 1000 ms)")


if __name__ == "__main__":
    main()
