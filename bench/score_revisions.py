"""Score the diff on the sample version pairs (../shared/revisions) per case and overall.

Figures: alignment F1, move recall, renumber recall, substantive-change recall (right article;
right category in brackets), editorial noise (substantive changes reported on articles whose gold
differences are editorial, reference-only or none, as a share of those articles), planted-finding
recall. Targets (issue 3): F1 ≥ 0.98, moves ≥ 0.95, renumbering 1.0, substantive ≥ 0.95, noise ≤ 2 %.
It runs in-process (no CLI start-up) and times each case next to its parse time.
"""

import json
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.api import read_document  # noqa: E402
from pipeline.api import compare_versions as diff  # noqa: E402
from pipeline.serialize import diff_dict  # noqa: E402

CASES = ROOT.parent / "shared" / "revisions"
ALIASES = {"reference-stale": {"reference-stale", "reference-title-mismatch", "reference-dangling"},
           "reference-title-mismatch": {"reference-title-mismatch", "reference-stale"}}


def squash(s):
    return "" if s is None else "".join(unicodedata.normalize("NFKC", str(s)).split())


def overlaps(a, b):
    a, b = squash(a), squash(b)
    return bool(a and b and (a in b or b in a))


def score(out: dict, gold: dict) -> dict:
    got = {(e["old"], e["new"]) for e in out["alignment"]}
    want = {(e["old"], e["new"]) for e in gold["alignment"]}
    status = {(e["old"], e["new"]): e["status"] for e in out["alignment"]}
    by_new: dict = {}
    for e in out["alignment"]:
        by_new.setdefault(e["new"], []).extend(e["changes"])
    s = {"tp": len(got & want), "got": len(got), "want": len(want),
         "moved": len(gold["moved"]), "moved_hit": sum(status.get((m["old"], m["new"])) == "moved" for m in gold["moved"]),
         "ren": len(gold["renumbered"]), "ren_hit": sum((m["old"], m["new"]) in got for m in gold["renumbered"]),
         "sub": 0, "sub_hit": 0, "sub_cat": 0, "quiet": 0, "noise": 0, "plant": 0, "plant_hit": 0}
    for c in (c for c in gold["changes"] if c["substantive"]):
        s["sub"] += 1
        hits = [x for x in by_new.get(c["new_article"], []) if x["kind"] == "substantive" and (
            overlaps(c["new_fragment"], x["new_text"]) or overlaps(c["old_fragment"], x["old_text"])
            or (not c["new_fragment"] and not c["old_fragment"]))]
        if hits:
            s["sub_hit"] += 1
            s["sub_cat"] += any(c["category"] in x["categories"] for x in hits)
    quiet = set(gold["unchanged_articles"]) | set(gold["editorial_articles"]) | set(gold["reference_renumbered_articles"])
    s["quiet"] = len(quiet)
    s["noise"] = sum(any(x["kind"] == "substantive" for x in by_new.get(a, [])) for a in quiet)
    for p in gold.get("planted_findings", []):
        s["plant"] += 1
        ok = ALIASES.get(p["rule"], {p["rule"]})
        s["plant_hit"] += any(f["rule"] in ok and f["article"] in (p["article"], None) for f in out["findings"])
    return s


def figures(s):
    p = s["tp"] / max(s["got"], 1)
    r = s["tp"] / max(s["want"], 1)
    return (f"F1 {2 * p * r / max(p + r, 1e-9):.3f} | moved {s['moved_hit'] / max(s['moved'], 1):.2f} | "
            f"renumbered {s['ren_hit'] / max(s['ren'], 1):.2f} | substantive {s['sub_hit'] / max(s['sub'], 1):.2f} "
            f"(category {s['sub_cat'] / max(s['sub'], 1):.2f}) | noise {s['noise'] / max(s['quiet'], 1):.3f} | "
            f"planted {s['plant_hit'] / max(s['plant'], 1):.2f}")


def main():
    if not CASES.exists():
        print(f"skipped: {CASES} not found")
        return
    total: dict = {}
    for case in sorted(p for p in CASES.iterdir() if (p / "gold.json").exists()):
        gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
        t0 = time.perf_counter()
        old, new = read_document(case / "old.txt"), read_document(case / "new.txt")
        t1 = time.perf_counter()
        out = diff_dict(diff(old, new))
        t2 = time.perf_counter()
        s = score(out, gold)
        for k, v in s.items():
            total[k] = total.get(k, 0) + v
        print(f"{case.name:34} {figures(s)}  [parse {1000 * (t1 - t0):.0f} ms, diff+checks {1000 * (t2 - t1):.0f} ms]")
    print(f"{'overall':34} {figures(total)}")


if __name__ == "__main__":
    main()
