"""Published terms nobody had seen (pub51, pub55; tests/fixtures/pub55, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

PAGE = Path(__file__).parent / "fixtures" / "pub55" / "musha.php"


def test_two_objects_of_one_verb_with_a_brands_mark_between():
    """「自走式エンジン®をメンテナンスをする」: the mark after the name is the name's; one を is an の. 「入会を申し込みを」
    is told as before."""
    found = [(f.excerpt, f.suggestion) for f in run_checks(read_document(PAGE), ["grammar-slip"])]
    assert ("エンジン®をメンテナンスを", "エンジン®のメンテナンスを") in found
    assert any(x.startswith("入会を申し込みを") for x, _ in found)


def test_a_paragraph_number_spaced_unlike_the_documents_others():
    """「１．  当社は、メンテナンス等のために…」 and 「２．  本サービスを…」 beside 「３．当社は…」 and 37 paragraph numbers
    with no space after them: the two are told (a page shows the space)."""
    doc = read_document(Path(__file__).parent / "fixtures" / "pub55" / "mono.php")
    found = [f for f in run_checks(doc, ["convention-deviation"]) if "本文の間" in f.message]
    assert [(f.article, f.paragraph) for f in found] == [("8", 1), ("8", 2)]


JSF = Path(__file__).parent / "fixtures" / "pub55" / "jsf.md"


def test_tousha_left_from_other_terms_where_the_operator_is_defined_otherwise():
    """The event defines its operator: 「JapanScratchersFes運営」とは…メンバーを指します (and writes 運営 for it); 第5条, pasted
    from a service's terms, says 当社 nine times, never defined. A role defined for the operator tells who speaks,
    however rarely the whole name is then written."""
    doc = read_document(JSF)
    found = [f for f in run_checks(doc, ["term-undefined"]) if f.excerpt == "当社"]
    assert len(found) == doc.norm.text.count("当社") == 9
    assert all(f.suggestion == "JapanScratchersFes運営" and f.severity == "warning" for f in found)
