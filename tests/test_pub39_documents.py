"""Published terms nobody had seen (pub39, tests/fixtures/pub39, source in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

PAGE = Path(__file__).parent / "fixtures" / "pub39" / "shimajiro-rules.ctp"


def test_a_list_of_links_to_the_articles_and_the_supplementary_provisions():
    """The page opens with links to 第1条 … 第16条 and 「付則」, no 目次 line: the 付則 link had opened the 附則, and all
    sixteen articles were read as its articles (every place 附則第N条)."""
    doc = read_document(PAGE)
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 17)]
    assert all(a.part == "main" for a in doc.articles)


def test_a_link_back_to_the_top_is_no_word_of_the_article():
    """「<a href="#top">ﾍﾟｰｼﾞ上へ</a>」 after each article had been a second paragraph of seven of them."""
    doc = read_document(PAGE)
    assert "ページ上へ" not in doc.norm.text
    assert any(r.kind == "navigation" and "上へ" in r.text for r in doc.norm.removed)


def test_a_page_that_writes_its_katakana_half_width_throughout_is_told_once():
    """Some 800 half-width katakana, none full-width: the page's own style (a mobile site of its time), one note, not 97
    warnings, one per line."""
    found = [f for f in run_checks(read_document(PAGE), ["convention-deviation"]) if "半角" in f.message]
    assert [(f.severity, "全角0字" in f.message) for f in found] == [("info", True)]
