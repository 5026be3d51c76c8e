"""Published rules nobody had seen (pub54, tests/fixtures/pub54, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

RULES = Path(__file__).parent / "fixtures" / "pub54" / "winds.md"


def test_a_branch_article_that_lost_its_の():
    """「第五条二」 alone on its line after 第五条: told as the branch article 第五条の二 written without の, not as a
    second 第五条."""
    found = [(f.excerpt, f.suggestion) for f in run_checks(read_document(RULES), ["numbering-duplicate"])]
    assert found == [("第五条二", "第五条の二")]


def test_money_paid_is_納める():
    found = [(f.excerpt, f.suggestion) for f in run_checks(read_document(RULES), ["confusable-word"]) if f.excerpt == "収め"]
    assert found == [("収め", "納め")]
