"""Published terms nobody had seen (pub57, tests/fixtures/pub57, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

PAGE = Path(__file__).parent / "fixtures" / "pub57" / "flyhigh.php"


def test_a_list_items_nested_block_goes_on_with_the_item():
    """<li>「宿泊施設」<div>旅館業法第2条に定める…</div></li>: the term and its definition are one item of 第1条's list, not
    an item and a new paragraph (which made each later item a gap of its own: two false numbering-gap warnings). The
    page's two unclosed 「 are still told."""
    doc = read_document(PAGE)
    first = doc.articles[0]
    items = first.paragraphs[0].items
    assert len(first.paragraphs) == 1 and len(items) >= 3
    assert all("\n" in it.text for it in items[:3])  # the term, then its definition
    found = run_checks(doc)
    assert not [f for f in found if f.rule.startswith("numbering")]
    assert [f.rule for f in found if f.severity != "info"] == ["bracket-unbalanced", "bracket-unbalanced"]
