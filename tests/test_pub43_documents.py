"""Published rules nobody had seen (pub43, tests/fixtures/pub43, source in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

PAGE = Path(__file__).parent / "fixtures" / "pub43" / "copernicus-kiyaku.html"


def test_the_items_of_an_article_that_has_none():
    """「会長は第2条各号に掲げる事項について…」: 第2条 (目的) is one sentence, no item; the items meant are another
    article's. Statutes' items (「法第20条各号」) and the document's own articles with items are left alone (the corpus has
    both, and nothing is told there)."""
    found = [f for f in run_checks(read_document(PAGE), ["reference-dangling"]) if "各号" in f.excerpt]
    assert [(f.article, f.excerpt, f.severity) for f in found] == [("18", "第2条各号", "warning")]
