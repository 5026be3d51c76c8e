"""Published terms nobody had seen (pub77, tests/fixtures/pub77, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub77"


def test_the_markdown_title_typed_twice_in_a_row():
    """「# Le’memo 利用規約」, a blank line, 「# Le’memo 利用規約」 again: one line, but a heading, typed twice."""
    found = [f for f in run_checks(read_document(HERE / "lememo.md"), ["duplication"]) if "もう一度" in f.message]
    assert len(found) == 1 and "利用規約" in found[0].excerpt and "1行" in found[0].message


def test_the_supporters_of_a_ward_written_wrong():
    """「法定代理人、後見人、補佐人または保持人の同意等を得ずに」: 民法's supporters are 保佐人 and 補助人."""
    found = {(f.excerpt, f.suggestion) for f in run_checks(read_document(HERE / "mergecat.md"), ["confusable-word"])}
    assert {("補佐人", "保佐人"), ("保持人", "補助人")} <= found
