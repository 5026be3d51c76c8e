"""Published rules nobody had seen (pub50, tests/fixtures/pub50, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks
from pipeline.ingest.base import compose_kana

FIXTURES = Path(__file__).parent / "fixtures" / "pub50"


def test_decomposed_kana_are_read_as_one_character():
    """A 定款 stored in NFD (び as ひ + U+3099): the text is read with each kana composed, and said so, so that the
    checks reading the source see 「及び 第3号」 as Japanese beside a stray space (the mark had hidden it)."""
    doc = read_document(FIXTURES / "coderdojo_teikan.md")
    assert "\u3099" not in doc.source.text and "\u309a" not in doc.source.text
    assert any(n.startswith("decomposed kana composed: 96") for n in doc.source.notes)
    assert any("及び 第3号" in f.excerpt for f in run_checks(doc, ["stray-space"]))


def test_only_kana_and_their_sound_marks_are_composed():
    """The CJK compatibility ideographs a page may hold stay as written (the typo rule reports them); a mark that
    makes no character with the kana before it (と + the semi-voiced mark), or follows no kana, stays too."""
    assert compose_kana("ひ\u3099と\u309a\uf929\u3099") == ("びと\u309a\uf929\u3099", 1)
