"""The unit rules' findings of a unit met in an earlier document are taken from there (issue 17: a batch
checks versions that share most units), shifted to where the unit stands now: the findings must be exactly
those of a fresh check, on real versions of real documents."""

from __future__ import annotations

from pathlib import Path

from conftest import EXTERNAL, ROOT, needs_shared

from pipeline.api import clear_caches, document_from_source, read_document
from pipeline.checks import introduced, run_checks
from pipeline.ingest import load_bytes

MOZILLA = sorted((ROOT / "raw" / "mozilla").glob("accounts-tos-*.md"))
KIYAKU = sorted((EXTERNAL / "kiyaku").glob("kiyaku_20??.txt"))
EKYC = ROOT / "raw" / "saporis" / "ekyc-terms.txt"


def _fresh(doc_of) -> list:
    clear_caches()  # nothing remembered: every rule runs on the whole document
    return run_checks(doc_of())


def _chain_equals_fresh(makers, monkeypatch) -> tuple[int, int]:
    """Check each version after the ones before it; each result equal to the version's fresh check.
    Returns how many units and how many findings were taken from an earlier version."""
    expected = [_fresh(m) for m in makers]
    placed, known = [], []
    real_placed, real_scoped = introduced._placed, introduced._scoped_run
    monkeypatch.setattr(introduced, "_placed", lambda *a: placed.append(a) or real_placed(*a))

    def scoped(doc, scope, rules, skip=None):
        units = introduced._unit_texts(doc)
        known.append(len(units.articles) + len(units.lines) - len(scope))
        return real_scoped(doc, scope, rules, skip)

    monkeypatch.setattr(introduced, "_scoped_run", scoped)
    clear_caches()
    for make, want in zip(makers, expected):
        got = run_checks(make())
        assert got == want
    return sum(known), len(placed)


def test_mozilla_versions_checked_in_a_row_equal_fresh_checks(monkeypatch):
    units, _ = _chain_equals_fresh([lambda p=p: read_document(p) for p in MOZILLA], monkeypatch)
    assert units > 20  # the unchanged clauses were not checked again


@needs_shared(EXTERNAL / "kiyaku")
def test_kiyaku_versions_checked_in_a_row_equal_fresh_checks(monkeypatch):
    assert len(KIYAKU) >= 3
    # a revision that renumbered its articles: fewer units recur than in the other chains
    units, _ = _chain_equals_fresh([lambda p=p: read_document(p) for p in KIYAKU], monkeypatch)
    assert units > 50


def test_findings_of_units_that_moved_are_placed_where_the_units_stand_now(monkeypatch):
    """The same terms with a preamble line before them, and with an article moved to the end: every unit
    stands elsewhere, and the articles around the moved one have other neighbours."""
    text = EKYC.read_text(encoding="utf-8")
    start = text.index("第２条")
    end = text.index("第３条")
    moved = text[:start] + text[end:].rstrip("\n") + "\n" + text[start:end]
    versions = [text, "本約款は、当社の電子本人確認サービスの利用条件を定めるものです。\n" + text, moved]
    makers = [lambda t=t: document_from_source(load_bytes(t.encode("utf-8"), str(EKYC))) for t in versions]
    before = _fresh(makers[0])
    assert any(f.rule == "bracket-unbalanced" or f.rule == "confusable-word" or f.rule == "item-list"
               or f.rule == "doubled-particle" or f.rule == "redundant-expression" or f.rule == "duration-malformed"
               for f in before), before  # some unit rule finds something in these terms
    units, taken = _chain_equals_fresh(makers, monkeypatch)
    assert units > 20 and taken > 0
