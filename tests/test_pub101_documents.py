"""Markdown rules nobody had seen (pub101, tests/fixtures/pub101, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub101"


def test_koukoku_listed_with_publicity_and_a_dropped_to_are_reported():
    found = run_checks(read_document(HERE / "noripro.md"))
    assert [(f.excerpt, f.suggestion) for f in found if f.rule == "confusable-word" and f.suggestion == "広告"] == [
        ("公告", "広告")]
    assert [f.suggestion for f in found if f.rule == "typo" and "ものします" in f.excerpt] == ["ものとし"]


def test_koukoku_as_a_public_notice_says_nothing():
    text = "第1条（公告）\n当会社の公告は、官報に掲載してする。\n第2条（広告）\n会員は、広告宣伝を行わないものとします。\n"
    assert [f for f in run_checks(doc_from_text(text)) if f.rule == "confusable-word"] == []


def test_monoshimasu_told_once_where_the_document_writes_mono_to_shimasu_often():
    text = ("第1条（目的）\n甲は乙に通知するものとします。\n第2条（期間）\n乙は甲に報告するものとします。\n"
            "第3条（費用）\n甲は費用を負担するものとします。\n第4条（通知）\n乙は甲に書面で通知するものします。\n")
    assert len([f for f in run_checks(doc_from_text(text)) if f.rule == "typo"]) == 1


def test_a_stand_in_inside_a_quoted_example_is_no_template_blank():
    found = run_checks(read_document(HERE / "acxm_rule.md"))
    assert not [f for f in found if f.rule == "template-placeholder" and "◯◯" in f.excerpt]
    text = "第1条（名称）\n本会は、「◯◯の会」と称する。\n"
    assert [f.rule for f in run_checks(doc_from_text(text)) if f.rule == "template-placeholder"] == ["template-placeholder"]
