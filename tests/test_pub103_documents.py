"""Rules nobody had seen (pub103, tests/fixtures/pub103, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub103"


def test_higi_that_arises_is_gigi():
    found = [f for f in run_checks(read_document(HERE / "kaikan.txt")) if f.rule == "confusable-word"]
    assert [(f.excerpt, f.suggestion) for f in found] == [("被疑", "疑義")]
    text = "第1条（手続）\n被疑者の取調べは、被疑事実について行う。\n"
    assert [f for f in run_checks(doc_from_text(text)) if f.rule == "confusable-word"] == []


def test_a_time_whose_colon_is_of_the_other_width_is_noted():
    found = [f for f in run_checks(read_document(HERE / "kaikan.txt")) if f.rule == "convention-deviation"
             and "コロン" in f.message]
    assert [(f.suggestion, f.severity) for f in found] == [("18:30", "info")]


def test_times_all_written_with_a_full_width_colon_are_the_document_s_style():
    text = "第1条（利用時間）\n利用時間は10：00から13：00まで、及び13：30から16：00までとする。\n"
    assert [f for f in run_checks(doc_from_text(text)) if "コロン" in f.message] == []
