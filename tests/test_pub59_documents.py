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
