"""Published rules nobody had seen (pub60, tests/fixtures/pub60, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

RULES = Path(__file__).parent / "fixtures" / "pub60" / "tompedia.md"


def test_two_compounds_that_meet_are_no_word_written_twice():
    """「東北大学大学院」: 東北大学 and 大学院, no 大学 typed twice; the page's 懲罰動機 is still told."""
    doc = read_document(RULES)
    assert [f for f in run_checks(doc, ["duplication"]) if "大学大学" in f.excerpt] == []
    assert "動機" in [f.excerpt for f in run_checks(doc, ["confusable-word"])]
