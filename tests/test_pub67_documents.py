"""Published terms nobody had seen (pub67, tests/fixtures/pub67, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

LOHAS = Path(__file__).parent / "fixtures" / "pub67" / "lohas.html"


def test_the_same_closing_sentence_of_each_facilitys_block_is_no_paste():
    """第25条: 【東京岩盤浴・スタジオ】月会員は…休会出来るものとします。 then 休会期間終了後は…自動復会となります。, and the
    same two paragraphs for 【ASAGAYA GRAND PILATES】: parallel provisions, one per facility, not a paragraph pasted twice."""
    doc = read_document(LOHAS)
    assert doc.norm.text.count("休会期間終了後は、休会前の会員プランでの自動復会となります。") == 2
    assert not [f for f in run_checks(doc, ["duplication"]) if "自動復会" in f.excerpt]


def test_a_citation_of_an_article_left_without_text():
    """The preamble's 「第2条に定める月会費会員」, where 第2条（月会員） is a heading and nothing under it: the citation is
    told as well as the empty article (a reader of the preamble meets the citation first)."""
    doc = read_document(LOHAS)
    found = run_checks(doc, ["reference-content-mismatch", "article-empty"])
    cited = [f for f in found if f.rule == "reference-content-mismatch" and "見出しだけ" in f.message]
    assert len(cited) == 1 and cited[0].excerpt == "第2条" and "月会費会員" in cited[0].message
    assert [f.article for f in found if f.rule == "article-empty"] == ["2"]
