"""The unit rules on the issue-17 tracking set, each version checked after the one before it: with the
findings of units met in an earlier version taken from there (checks.run_unit_rules), and without (every
unit rule on the whole version), alternating in one process so that both see the same load.

    .venv/bin/python bench/bench_unit_findings.py [--rounds N]

CPU time per version; the results of both are the same (tests/test_unit_findings_cache.py).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_issue17 import tracking_set  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()

    from pipeline.api import clear_caches, read_document
    from pipeline.checks import base, introduced

    with tempfile.TemporaryDirectory(prefix="clausediff-bench-units-") as tmp:
        n = tracking_set(Path(tmp))
        docs = [read_document(p) for p in sorted(Path(tmp).iterdir())]
    unit = [r for r in base._REGISTRY.values() if r.scope == "unit"]
    for _ in range(a.rounds):
        for name, run in (("units of earlier versions taken", introduced.run_unit_rules), ("every unit checked", base._run)):
            clear_caches()
            spent = 0.0
            for doc in docs:
                ctx = base.context(doc)
                introduced._unit_texts(doc)  # the batch's diffs build it anyway (changed_spans)
                c = time.process_time()
                run(ctx, unit)
                spent += time.process_time() - c
            print(f"  {name:34} {spent / n * 1000:6.2f} ms per version (CPU), {len(unit)} unit rules, {n} versions",
                  flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
