"""A published 就業規則 nobody had seen (pub30, tests/fixtures/pub30, source in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

RULES = Path(__file__).parent / "fixtures" / "pub30" / "routeflags_shugyo.md"


def test_an_article_heading_one_space_in_under_a_list_ends_the_list():
    """「 第４条（試用期間）」 under 第３条's 「1. 1.」 list: the next article, its own 「1.」 lines numbered from 1 (they had
    gone on as 3, 4, 5 and a gap 0 → 3 was warned of)."""
    doc = read_document(RULES)
    art4 = next(a for a in doc.articles if a.number == "4")
    assert [p.number for p in art4.paragraphs] == [1, 2, 3]
    assert not [f for f in run_checks(doc, ["numbering-gap"]) if f.article == "4"]


def test_slips_of_the_template_and_of_the_typing():
    fs = run_checks(read_document(RULES), ["typo", "convention-deviation", "stray-space", "template-placeholder"])
    told = [(f.rule, f.excerpt, f.suggestion) for f in fs]
    # a dash for the long-vowel mark, twice
    assert [t for t in told if t[0] == "typo" and t[2] == "ー"] == [("typo", "パ－トタイマ", "ー")] * 2
    # one number in two widths
    assert {t[2] for t in told if t[0] == "convention-deviation" and "１" in t[1] and "日" in t[1]} >= {"１０", "１４"}
    # ideographic spaces inside a sentence, after hiragana
    inside = [f for f in fs if f.rule == "stray-space" and "文の途中に全角空白" in f.message]
    assert {f.excerpt for f in inside} >= {"各社員の有す　る年次有給休", "し、もしくは　他人に損害を"}
    # the template's blanks, numbers and a name left to fill in: five, told once
    blank = [f for f in fs if f.rule == "template-placeholder" and "記入欄が" in f.message]
    assert len(blank) == 1 and "5か所" in blank[0].message


def test_words_a_context_decides():
    """「損害を現状に回復させ」 (原状回復, the former state), 「次ぎの行為」 (次の), and in a 出張旅費規程 「旅費の清算」 and
    「出張旅費清算書」 (expenses are 精算ed; 清算 winds up a company)."""
    fs = run_checks(read_document(RULES), ["confusable-word", "legal-style"])
    told = {(f.excerpt, f.suggestion) for f in fs}
    assert {("現状", "原状"), ("次ぎ", "次")} <= told
    travel = run_checks(read_document(RULES.parent / "denkiyagi_ryohi.md"), ["confusable-word"])
    assert [f.suggestion for f in travel if f.excerpt == "清算"] == ["精算", "精算"]


def test_a_heading_under_a_chapter_named_without_a_number_is_a_section():
    """「### 外部設計書作成（支援）業務」 between 第18条 and 第19条, under 「## 第3章」: a 節 of the chapter, which the articles
    below it are in; not the last line of 第18条 (nor, after the chapter's heading, text outside every article)."""
    doc = read_document(RULES.parent / "routeflags_itaku_chapter3.md")
    assert [(c.kind, c.title) for c in doc.chapters] == [
        ("章", "本件業務の実施"), ("節", "要件定義作成支援業務"), ("節", "外部設計書作成（支援）業務")]
    art18 = next(a for a in doc.articles if a.number == "18")
    assert "外部設計書作成" not in art18.text
    art19 = next(a for a in doc.articles if a.number == "19")
    assert art19.chapter == "第3章 本件業務の実施 / 外部設計書作成（支援）業務"
    assert not doc.closing
