"""Published terms nobody had seen (pub41, tests/fixtures/pub41, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub41"
FOOCH = FIXTURES / "fooch-terms.blade.php"


def test_an_ending_is_no_slip_of_a_longer_tail_that_only_extends_it():
    """「…負担とします。」 and 「…裁判所とします。」 had been told as slips of 「ととします」, the tail of the document's
    「こととします」: the kana before the written ending (担, 所) makes no such phrase."""
    found = run_checks(read_document(FOOCH), ["typo"])
    assert not [f for f in found if f.suggestion and f.suggestion.endswith("ととします")]


def test_a_suffix_closing_one_noun_and_a_prefix_opening_the_next():
    """「…と判断する場合等本規約のいずれかの条項に…」: 等 closes 場合, 本 opens 本規約; no compound 等本 (謄本 had been
    suggested)."""
    assert not [f for f in run_checks(read_document(FOOCH), ["typo"]) if "等本" in f.excerpt]


def test_the_customer_word_heading_a_documents_name():
    """「お客様情報の取扱規定（以下「プライバシーポリシー」…）」 names another document; its お客様 is no leftover form of the
    defined 会員."""
    assert not [f for f in run_checks(read_document(FOOCH), ["term-inconsistent"]) if f.excerpt == "お客様"]


def test_a_paragraph_that_opens_with_latin_letters():
    """「ID/パスワード、APIキー、OAuthトークン等の管理は…」 set apart by a blank line, like the article's other paragraphs,
    had been joined to the paragraph before."""
    doc = read_document(FIXTURES / "kizuna-terms.md")
    art = next(a for a in doc.articles if any(p.text.startswith("ID/パスワード") for p in a.paragraphs))
    assert [p.number for p in art.paragraphs][-1] >= 3


def test_an_entry_of_a_list_of_entries_needs_no_period():
    """第2条 lists the service's courses, 「…教材の配布」「…まで行います」「…質問対応」: entries of a list that closes none
    with 「。」, though the terms close eighteen sentences so; the one entry ending in a verb is no sentence left open."""
    doc = read_document(FIXTURES / "aisodate-kiyaku.html")
    assert not run_checks(doc, ["sentence-unterminated"])


def test_notes_to_the_drafter_after_a_sentence():
    """「…支払条件は注文書/料金表に定めます。// 金額・請求サイクル・支払方法を記載」 and five more such notes, with the
    template's 「（東京地方裁判所を想定）」: a template published as it was (told once, with the count)."""
    found = run_checks(read_document(FIXTURES / "kizuna-terms.md"), ["template-placeholder"])
    assert len(found) == 1 and "7か所" in found[0].message and "//" in found[0].message
