"""Time to compare the five sample agreements: `.venv/bin/python bench/bench_compare.py [N]`."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.api import read_document  # noqa: E402
from pipeline.compare import compare  # noqa: E402
from pipeline.reports.compare import comparison_dict, comparison_html  # noqa: E402

SEEDS = Path(os.environ.get("CLAUSEDIFF_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "seeds"


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    files = sorted(SEEDS.glob("*.txt"))
    t0 = time.perf_counter()
    docs = [read_document(p) for p in files]
    t_read = time.perf_counter() - t0
    times = []
    for _ in range(n):
        t = time.perf_counter()
        c = compare(docs)
        comparison_dict(c)
        comparison_html(c)
        times.append(time.perf_counter() - t)
    print(f"documents: {len(docs)}, articles: {sum(len(d.articles) for d in docs)}")
    print(f"read+parse: {t_read:.2f}s")
    print(f"compare+render: best {min(times):.2f}s, mean {sum(times) / len(times):.2f}s over {n} runs")
    print(f"pairs: {len(c.pairs)}, topics used: {len(c.used_topics())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
