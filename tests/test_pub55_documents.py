"""Published terms nobody had seen (pub51, pub55; tests/fixtures/pub55, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

PAGE = Path(__file__).parent / "fixtures" / "pub55" / "musha.php"


def test_two_objects_of_one_verb_with_a_brands_mark_between():
    """「自走式エンジン®をメンテナンスをする」: the mark after the name is the name's; one を is an の. 「入会を申し込みを」
    is told as before."""
    found = [(f.excerpt, f.suggestion) for f in run_checks(read_document(PAGE), ["grammar-slip"])]
    assert ("エンジン®をメンテナンスを", "エンジン®のメンテナンスを") in found
    assert any(x.startswith("入会を申し込みを") for x, _ in found)
