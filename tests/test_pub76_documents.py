"""Published terms nobody had seen (pub76, tests/fixtures/pub76, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

YAKKAN = Path(__file__).parent / "fixtures" / "pub76" / "pokekaru.html"


def test_one_citation_with_its_numbers_in_two_widths():
    """「第４条第１項第5号」: article and paragraph in full width, the item in half, in one citation."""
    found = [f for f in run_checks(read_document(YAKKAN), ["convention-deviation"]) if "一つの参照" in f.message]
    assert [(f.suggestion, f.severity) for f in found] == [("第４条第１項第５号", "info")]


def test_a_space_before_an_abbreviated_legal_form():
    """「観光庁長官登録旅行業第811号 （社）全国旅行業協会正会員」: （社） opens the association's name, set apart."""
    assert not [f for f in run_checks(read_document(YAKKAN), ["stray-space"]) if "（社）" in f.excerpt]
