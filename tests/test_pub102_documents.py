"""Service terms nobody had seen (pub102, tests/fixtures/pub102, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub102"


def test_an_end_tag_br_breaks_the_line_as_browsers_do():
    """「…承認しないことがあります。</br>（1）利用登録の申請に際して…</br>（2）未成年者…」: read as one line, the items
    ran into their lead; the page shows each on its own line."""
    text = ("<p>第1条（利用登録）</p><ol><li>当社は、以下の事由がある場合、登録を承認しないことがあります。</br>"
            "（1）虚偽の事項を届け出た場合</br>（2）未成年者である場合</br></li></ol>")
    art = doc_from_text(text, "terms.html").articles[0]
    assert [it.label for p in art.paragraphs for it in p.items] == ["（1）", "（2）"]
    art = next(a for a in read_document(HERE / "engol.ctp").articles if a.number == "2")
    assert sum(len(p.items) for p in art.paragraphs) == 5


def test_a_line_break_inside_a_word_is_reported():
    """「法定代理人，後見</br>人，保佐人」: the page shows 後見 and 人 on two lines."""
    found = [f for f in run_checks(read_document(HERE / "engol.ctp")) if f.rule == "markup-broken"]
    assert [(f.suggestion, f.severity) for f in found] == [("見人", "warning")]


def test_a_line_break_between_words_says_nothing():
    text = ("<p>第1条（適用）</p><p>本規約は、Version 5.0以降<br>当サイトは、すべての利用者に適用されます。<br>"
            "当社は、本サービスを<br>提供します。</p>")
    assert [f for f in run_checks(doc_from_text(text, "terms.html")) if f.rule == "markup-broken"] == []


def test_commas_of_two_styles_without_a_majority_are_told_once_and_a_half_width_one_still():
    found = [f for f in run_checks(read_document(HERE / "engol.ctp")) if f.rule == "convention-deviation"
             and "読点" in f.message]
    assert len(found) == 2
    assert "混在" in found[0].message and "98回" in found[0].message and "67回" in found[0].message
    assert found[1].suggestion == "，" and "名誉," in found[1].excerpt
