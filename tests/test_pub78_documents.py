"""Published terms nobody had seen (pub78, tests/fixtures/pub78, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

PAGE = Path(__file__).parent / "fixtures" / "pub78" / "maruno.html"


def test_article_headings_marked_with_a_pictograph():
    """「❤️ 第1条（理念・目的）」「👛 第2条（受講料）」…: a pictograph marks each heading, as ■ does elsewhere; the twelve
    articles are read, and their headings are not taken for citations of one another."""
    doc = read_document(PAGE)
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 13)]
    assert doc.articles[0].title == "理念・目的"
    assert not run_checks(doc, ["reference-title-mismatch", "reference-dangling"])
