"""Published terms nobody had seen (pub59, tests/fixtures/pub59, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub59"


def test_an_article_the_table_of_contents_leaves_out():
    """A 「目次」 of 第1条…第9条 over ten articles: 第10条（準拠法・管轄裁判所） is told at its heading."""
    found = run_checks(read_document(FIXTURES / "hennessy.php"), ["toc-mismatch"])
    assert [(f.article, "目次にありません" in f.message) for f in found] == [("10", True)]


def test_a_program_used_written_as_its_specification():
    """「有害なプログラムを仕様またはそれを誘発する行為」: 使用, the homophone."""
    found = run_checks(read_document(FIXTURES / "smashmatch.txt"), ["confusable-word"])
    assert ("仕様", "使用") in [(f.excerpt, f.suggestion) for f in found]


MUSLE = Path(__file__).parent / "fixtures" / "pub59" / "musle.md"


def test_a_closing_block_written_twice_in_a_row():
    """「**お問い合わせ**」, its sentence and 「**制定日：2025年8月17日**」, then the same three lines again: the second copy
    is told, once; the first is the text's own."""
    doc = read_document(MUSLE)
    found = [f for f in run_checks(doc, ["duplication"]) if "もう一度" in f.message]
    assert len(found) == 1, found
    f = found[0]
    first = doc.norm.text.index("お問い合わせ")
    assert f.span[0] > first and "3行" in f.message and f.excerpt == "お問い合わせ"
    assert doc.norm.text[f.span[0]:f.span[1]].rstrip().endswith("2025年8月17日")


def test_paragraph_numbers_in_the_other_width_than_the_documents():
    """smashmatch numbers its paragraphs 「１　」 47 times; 第3条 goes on 「  2　」「  3　」, 第6条 writes 「   1     」 to 「3」 and
    第12条 「4     」「5⇥」: each article told once, at its first such number; the document's own 「１　」 never."""
    doc = read_document(FIXTURES / "smashmatch.txt")
    found = [f for f in run_checks(doc, ["convention-deviation"]) if f.message.startswith("項番号「") and "で書かれて" in f.message]
    where = {f.article: f for f in found}
    assert set(where) == {"3", "6", "12", "15"}, [(f.article, f.message) for f in found]
    assert "「2」「3」が半角" in where["3"].message and where["3"].suggestion == "２"
    assert "「1」「2」「3」" in where["6"].message and "「4」「5」" in where["12"].message
    assert all(f.severity == "info" for f in found)
