"""Rules nobody had seen (pub107, tests/fixtures/pub107, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub107"


def test_a_label_set_apart_from_its_value_and_entries_of_a_list_are_read_as_written():
    """「事業所名　協同組合」: the source's space ends the compound (事業所|名), which the joined text hid (a false typo
    事業|所名 → 署名); 「…に関すること」 and 「国及び…」 are two entries, not a word cut by a line break (a false
    markup-broken). Its two warnings are real: 「この規定は、外国人の技能実習の…」 opening a 規程 that ends 「本規程に基づき
    業務を運営します」 (この規程), and 「必要な措置が講じます」 (を)."""
    found = [f for f in run_checks(read_document(HERE / "styleassoc.html")) if f.severity in ("error", "warning")]
    assert [(f.rule, f.suggestion) for f in found] == [("term-inconsistent", "この規程"), ("confusable-word", "を")]


def test_a_pair_closing_a_compound_spaced_from_the_next_is_still_a_slip_when_the_compound_reads_it():
    text = "第1条（目的）\n本規約は、会員利容　方法を定める。本規約は、会員の利用方法を定める。\n"
    assert [f.excerpt.count("利容") for f in run_checks(doc_from_text(text)) if f.rule == "typo"] == [1]


def test_a_small_kana_typed_a_kana_late():
    found = [f for f in run_checks(read_document(HERE / "ponder.md")) if f.rule == "typo"]
    assert [(f.excerpt.strip(), f.suggestion) for f in found if "セキリュティ" in f.excerpt][0][1] == "セキュリティ"


def test_a_measure_taken_in_the_passive_says_nothing():
    text = "第1条（措置）\n必要な措置が講じられる。対策が講じられた。\n"
    assert [f for f in run_checks(doc_from_text(text)) if f.rule == "confusable-word"] == []


def test_kitei_for_the_whole_set_of_rules_in_its_purpose_or_enacting_sentence():
    """「この規定は、…必要な事項について、規程として定めるものです」 and 「この規定は、令和4年12月3日から実施する」 in a
    document titled …規程: the whole set of rules (規程), not a provision (規定)."""
    text = ("# 監理団体の業務の運営に関する規程\n\n## 第１　目的\n\nこの規定は、本事業所において監理事業を行うに当たって必要な事項に"
            "ついて定めるものです。\n\n## 第２　施行\n\nこの規定は、2022年12月3日から実施する。\n")
    found = [f for f in run_checks(doc_from_text(text, "kitei.md")) if f.suggestion == "この規程"]
    assert len(found) == 2 and all(f.severity == "warning" for f in found)
    text = ("# 経費精算規程\n\n## 第１条（適用）\n\n本規程は、出張旅費に適用する。\n\n## 第２条（例外）\n\n"
            "前条の規定にかかわらず、この規定は、役員には適用しない。\n")
    assert [f for f in run_checks(doc_from_text(text, "kitei.md")) if f.suggestion == "この規程"] == []
