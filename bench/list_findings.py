"""List the findings of every check on real documents, grouped by rule, to read them as a proofreader would.

    .venv/bin/python bench/list_findings.py [FILE…] [--rule RULE] [--severity error,warning]

Default files: the kiyaku bylaws, KDDI, the Mozilla terms and the newest Companies Act in
../shared/corpus/external, and the Mozilla versions in raw/. Prints one line per finding (place, excerpt,
message, suggestion) and a count per rule and document.
"""

from __future__ import annotations

import argparse
import glob
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.api import read_document  # noqa: E402
from pipeline.errors import ClausediffError  # noqa: E402
from pipeline.checks import location_label, run_checks  # noqa: E402

EXT = ROOT.parent / "shared" / "corpus" / "external"


def default_files() -> list[str]:
    files = sorted(glob.glob(str(EXT / "kiyaku" / "kiyaku_*[0-9].txt")))
    files += [str(EXT / "pdf" / "kddi_used-device-buyback-terms.html")]
    files += sorted(glob.glob(str(EXT / "tos" / "mozilla" / "*.md"))) + sorted(glob.glob(str(ROOT / "raw/mozilla/accounts-*.md")))
    files += sorted(glob.glob(str(EXT / "companies-act" / "*.md")))[-1:]
    return [f for f in files if Path(f).exists()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--rule", action="append", help="only this rule (repeatable)")
    ap.add_argument("--severity", default="error,warning,info")
    args = ap.parse_args()
    severities = set(args.severity.split(","))
    totals: Counter = Counter()
    for path in args.files or default_files():
        try:
            doc = read_document(path)
        except ClausediffError as e:  # a page that holds no text is named, and the others are still listed
            print(f"== {Path(path).name}: not read: {e}")
            continue
        fs = [f for f in run_checks(doc, args.rule) if f.severity in severities]
        print(f"== {Path(path).name}: {len(fs)} findings")
        for f in sorted(fs, key=lambda f: (f.rule, f.span)):
            print(f"  {f.severity:7} {f.rule:27} {location_label(doc, f):22} 「{f.excerpt}」 {f.message}"
                  + (f" → {f.suggestion}" if f.suggestion else ""))
        by_rule = Counter(f.rule for f in fs)
        print("  per rule: " + ", ".join(f"{r} {n}" for r, n in sorted(by_rule.items())))
        totals.update(by_rule)
    print("total per rule: " + ", ".join(f"{r} {n}" for r, n in sorted(totals.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
