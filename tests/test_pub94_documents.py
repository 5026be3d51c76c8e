"""Terms nobody had seen (pub94, tests/fixtures/pub94, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

TERMS = Path(__file__).parent / "fixtures" / "pub94" / "hojo.php"


def test_a_guarantee_beside_damages_is_compensation():
    """「当社は賠償又は保証する責任を一切負わないものとします」: 賠償又は補償."""
    found = [f for f in run_checks(read_document(TERMS), ["confusable-word"]) if f.excerpt == "保証"]
    assert [f.suggestion for f in found] == ["補償"]
    assert run_checks(doc_from_text("第1条（保証）\n連帯保証人は、会員の債務を保証する。\n"), ["confusable-word"]) == []


def test_wo_before_a_verbal_noun_that_is_the_subject_of_dekiru():
    """「マイページ上の情報を利用ができないこと」: を利用できない, or の利用ができない."""
    found = [f for f in run_checks(read_document(TERMS), ["grammar-slip"]) if "ねじれ" in f.message]
    assert [(f.excerpt, f.suggestion) for f in found] == [("を利用", "の利用")]
    right = doc_from_text("第1条（利用）\n会員は情報を利用できる。会員は情報の利用ができる。\n")
    assert [f for f in run_checks(right, ["grammar-slip"]) if "ねじれ" in f.message] == []
