"""Markdown terms nobody had seen (pub104, tests/fixtures/pub104, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub104"


def test_code_spans_and_identifiers_are_read_as_written():
    """A 「*」 inside an inline code span is shown as written (four false markup-broken warnings), and 「shaders」
    inside the identifier builtin_shaders is no misspelling of the folder Shaders (a false name-variant)."""
    found = run_checks(read_document(HERE / "funwari.md"))
    assert [f for f in found if f.severity in ("error", "warning")] == []


def test_an_unpaired_star_outside_code_is_still_reported():
    text = "第1条（目的）\n`a/*_b` は**重要*です。\n"
    assert [f.rule for f in run_checks(doc_from_text(text, "terms.md")) if f.rule == "markup-broken"] == ["markup-broken"]
