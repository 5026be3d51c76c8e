"""Terms nobody had seen (pub92, tests/fixtures/pub92, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

SHOP = Path(__file__).parent / "fixtures" / "pub92" / "emuoil.html"


def test_the_dakuten_lost_from_dekiru():
    """「製品の状態が把握てきない転売」: MeCab reads てき as 的 in kana, then ない, a verb's ending no 的 takes."""
    found = [f for f in run_checks(read_document(SHOP), ["typo"]) if "濁点" in f.message]
    assert [(f.suggestion, f.severity) for f in found] == [("把握でき", "warning")]


def test_the_shop_s_sections_are_read():
    assert [a.number for a in read_document(SHOP).articles] == [str(n) for n in range(1, 9)]
