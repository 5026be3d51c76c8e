"""Published articles of incorporation nobody had seen (pub64, tests/fixtures/pub64, sources in its README)."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

TEIKAN = Path(__file__).parent / "fixtures" / "pub64" / "teikan.md"


def test_the_spaces_of_an_inline_list_of_circled_labels_are_separators():
    """「①商号 ②目的（事業内容） ③本店…」: each space ends an entry before the next circled label. NFKC reads ① as 1, but
    a circled number is a label, not a digit written beside a word (the document writes 125 digits tight, none spaced)."""
    doc = read_document(TEIKAN)
    assert "①商号 ②目的" in doc.source.text
    found = run_checks(doc, ["stray-space"])
    assert not [f for f in found if any(c in f.excerpt for c in "②③④⑤")], found
