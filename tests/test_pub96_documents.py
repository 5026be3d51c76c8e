"""Service terms nobody had seen (pub96, tests/fixtures/pub96, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub96"


def _told(doc, rule):
    return [f for f in run_checks(doc) if f.rule == rule]


def test_a_disclaimer_sentence_taken_into_a_list_of_grounds_is_reported():
    """第6条 and 第7条 list 「…場合」 grounds in an <ol> whose last <li> is 「当社は，…一切の責任を負わないものとします。」:
    the paragraph after the list, read as one more ground."""
    doc = read_document(HERE / "jleague.html")
    told = _told(doc, "item-list")
    assert sorted((f.article, f.severity) for f in told) == [("6", "warning"), ("7", "warning")]
    assert all(f.excerpt.startswith("当社は，") for f in told)


def test_a_list_of_grounds_that_ends_in_a_ground_says_nothing():
    text = ("第1条（停止）\n当社は，次のいずれかに該当する場合，本サービスを停止できるものとします。\n"
            "(1) 保守点検を行う場合\n(2) 火災又は停電により提供できなくなった場合\n"
            "(3) 当社が，本サービスの提供が困難と判断した場合\n")
    assert _told(doc_from_text(text), "item-list") == []


def test_a_list_of_sentences_says_nothing():
    """Items that are sentences each (a list of obligations) are a list of sentences, not grounds with one stray."""
    text = ("第1条（義務）\n会員は，次の事項を守るものとします。\n(1) 会員は，パスワードを管理するものとします。\n"
            "(2) 会員は，登録事項を最新に保つものとします。\n(3) 会員は，本規約を遵守するものとします。\n")
    assert _told(doc_from_text(text), "item-list") == []


def test_a_full_width_point_between_half_width_digits_is_reported():
    """「年14．6％の割合による遅延損害金」: the point of a decimal typed in the other width."""
    told = [f for f in _told(read_document(HERE / "chatreal.html"), "convention-deviation") if f.suggestion == "14.6"]
    assert len(told) == 1 and told[0].severity == "info" and "14．6" in told[0].excerpt


def test_decimals_of_one_width_and_dates_say_nothing():
    text = ("第1条（遅延損害金）\n年14.6％の割合による遅延損害金を支払うものとします。\n"
            "第2条（利率）\n年３．０％の割合によるものとします。\n")
    assert [f for f in run_checks(doc_from_text(text)) if "小数点" in f.message] == []
