"""Command line of the law-model builder (pipeline.checks.lawmodel): the model the ``typo`` rule reads.

    .venv/bin/python -m pipeline.cli.build_law_model [--shared ../shared] [--unihan /usr/share/unicode] [-o FILE]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..checks import lawmodel


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=lawmodel.__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=lawmodel.ROOT.parent / "shared")
    ap.add_argument("--unihan", type=Path, default=Path("/usr/share/unicode"))
    ap.add_argument("-o", "--output", type=Path, default=lawmodel.OUT)
    args = ap.parse_args(argv)
    model = lawmodel.build(args.shared, args.unihan)
    size = lawmodel.write(model, args.output)
    print(f"{args.output}: {len(model['kanji_pairs'])} kanji pairs, {len(model['kana4'])} kana 4-grams, "
          f"{len(model['words'])} words, {len(model['kanji'])} kanji; {size:,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
