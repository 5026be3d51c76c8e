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


def test_a_paragraph_broken_inside_a_word_in_markdown():
    """A 会則 that writes each paragraph on one line, but for 「出席者の議決⏎権と…」 and 「周知手段を用い⏎て公開」: Markdown
    shows each break as a space. Two phrases set on two lines (「…の場合⏎その必要な範囲で」) and a heading's line over
    its text are no such break (the corpus has both, and nothing is told there)."""
    found = [f for f in run_checks(read_document(FIXTURES / "vll_kaisoku.md"), ["convention-deviation"])
             if "段落の途中" in f.message]
    assert [(f.excerpt, f.suggestion, f.severity) for f in found] == [
        ("出席者の議決⏎権と出席", "決権", "warning"), ("知手段を用い⏎て公開し", "いて", "warning")]


def test_a_citation_of_the_wrong_article_for_what_a_paragraph_caption_names():
    """「第十二条に基づく臨時総会」「第十一条に基づく定時総会」: 第十二条 and 第十一条 speak of neither; 第十三条's paragraphs
    captioned （臨時総会） and （定時総会） do, the one provision each term titles."""
    found = [(f.excerpt[:8], f.suggestion) for f in
             run_checks(read_document(FIXTURES / "selelab_kaisoku.md"), ["reference-content-mismatch"])]
    assert ("第十二条に基づく", "第13条第3項") in found and ("第十一条に基づく", "第13条第2項") in found
