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
    found = run_checks(doc, ["reference-title-mismatch", "reference-dangling"])
    assert not [f for f in found if "条" in f.excerpt], [f.excerpt for f in found]  # (a section's name: told below)


def test_a_section_cited_above_by_a_name_the_page_never_writes():
    """「（※キャンセルの取扱いは上記「通常授業（都度払い）」と同様です。）」: the section above is 「予約制（都度払い）」; 上記
    says the name is this page's, and the page writes it nowhere else. The closest heading is suggested."""
    found = [f for f in run_checks(read_document(PAGE), ["reference-dangling"]) if "都度払い" in f.excerpt]
    assert [(f.excerpt, f.suggestion, f.severity) for f in found] == [("通常授業（都度払い）", "予約制（都度払い）", "warning")]
