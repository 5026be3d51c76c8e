"""Terms nobody had seen (pub87, tests/fixtures/pub87, source in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

TERMS = Path(__file__).parent / "fixtures" / "pub87" / "tesmf.php"


def test_paragraphs_numbered_as_headings():
    """<h4>1. 登録</h4>…<h4>2. 登録拒否</h4>: numbered headings under an article's heading, each over its text, are its
    paragraphs 1 and 2. Read as unnumbered sub-headings, every citation of a second paragraph (「第 3 条第 2 項及び本条
    第 2 項のユーザー資格」) was a false dangling reference."""
    doc = read_document(TERMS)
    art4 = next(a for a in doc.articles if a.number == "4")
    assert [p.number for p in art4.paragraphs][:2] == [1, 2]
    assert not run_checks(doc, ["reference-dangling"])
