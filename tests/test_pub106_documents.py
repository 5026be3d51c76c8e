"""HTML and PHP terms nobody had seen (pub106, tests/fixtures/pub106, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub106"


def test_a_heading_that_lost_its_jou_and_a_dictionary_form_before_masu():
    found = run_checks(read_document(HERE / "koujicom.php"))
    heads = [f for f in found if f.rule == "numbering-gap"]
    assert [(f.suggestion, f.severity) for f in heads] == [("第11条", "warning")]
    assert len([f for f in found if f.rule == "grammar-slip" and "あるます" in f.excerpt]) == 2


def test_counters_after_dai_in_prose_are_no_headings():
    text = "第1条（目的）\n本規約は目的を定める。\n第2回定例会\n第3者に開示しない。\n第2条（期間）\n期間は1年とする。\n"
    assert [f for f in run_checks(doc_from_text(text)) if f.rule == "numbering-gap"] == []


def test_a_stray_letter_at_a_clause_s_end():
    found = [f for f in run_checks(read_document(HERE / "app404.html")) if f.rule == "typo" and "行為z" in f.excerpt]
    assert len(found) == 1 and found[0].severity == "warning"
    text = "第1条（プラン）\n料金はプランAとコースBによる。サイズはMとします。単位はkgとする。\n"
    assert [f for f in run_checks(doc_from_text(text)) if f.rule == "typo"] == []
