"""Diff speed, each figure next to its baseline in the same run.

1. Two versions of the Companies Act (~1.3 MB each): end-to-end diff (ingest → normalize →
   parse → align → token diff → classify, checks off) vs fugashi tagging both whole texts with
   lemma and POS read. Target: under 2 s. Identical articles need no tokens at all.
2. Two different contracts (the GMO Sign terms of the two publishers): clausediff diff vs a
   whole-document character diff with plain diff-match-patch, time limit off. Target: < 0.5 s.
   The pure-Python character diff takes about a minute; pass --full to run it, otherwise the
   C++ build of the same algorithm (fast-diff-match-patch) stands in for it.
"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.api import read_document  # noqa: E402
from pipeline.diff import diff  # noqa: E402

ACT = ROOT.parent / "shared" / "corpus" / "external" / "companies-act"


def clock(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def tag_all(texts):
    import fugashi

    tagger = fugashi.Tagger()
    n = 0
    for text in texts:
        for line in text.split("\n"):
            for node in tagger(line):
                _ = (node.surface, node.feature.lemma, node.feature.pos1)
                n += 1
    return n


def main():
    full = "--full" in sys.argv
    files = sorted(ACT.glob("*.md"))
    if len(files) >= 2:
        a, b = files[0], files[1]
        t_diff, result = clock(lambda: diff(read_document(a), read_document(b)))
        texts = [a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")]
        t_tag, ntok = clock(lambda: tag_all(texts))
        s = result.summary()
        print(f"Companies Act {a.name[:8]} → {b.name[:8]}: {s['articles_old']} → {s['articles_new']} articles, "
              f"{s['substantive']} substantive changes")
        print(f"  {'clausediff diff (end to end)':44} {t_diff:7.2f} s   (target < 2 s)")
        print(f"  {'baseline: fugashi tags both texts':44} {t_tag:7.2f} s   ({ntok:,} tokens)")
        print(f"  ratio diff / tagging: {t_diff / t_tag:.2f}")
    else:
        print(f"skipped the Companies Act: {ACT} not found")

    old = ROOT / "raw" / "gmo-globalsign" / "gmo-sign-reseller-terms.txt"
    new = ROOT / "raw" / "saporis" / "gmo-sign-service-terms.txt"
    da, db = read_document(old), read_document(new)
    t_diff, result = clock(lambda: diff(da, db))
    print(f"\ntwo different contracts: {old.name} vs {new.name} "
          f"({len(da.norm.text):,} and {len(db.norm.text):,} characters)")
    print(f"  {'clausediff diff (parsed documents)':44} {t_diff:7.3f} s   (target < 0.5 s)")
    if full:
        import diff_match_patch

        dmp = diff_match_patch.diff_match_patch()
        dmp.Diff_Timeout = 0
        t_char, _ = clock(lambda: dmp.diff_main(da.norm.text, db.norm.text))
        label = "baseline: diff-match-patch, characters"
    else:
        import fast_diff_match_patch

        t_char, _ = clock(lambda: fast_diff_match_patch.diff(da.norm.text, db.norm.text, timelimit=0, checklines=False))
        label = "baseline: fast-diff-match-patch, characters"
    print(f"  {label:44} {t_char:7.3f} s")
    print(f"  ratio clausediff / baseline: {t_diff / t_char:.3f}" + ("" if full else "  (--full for the pure-Python baseline)"))


if __name__ == "__main__":
    main()
