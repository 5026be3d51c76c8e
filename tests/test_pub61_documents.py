"""Published terms nobody had seen (pub61, tests/fixtures/pub61, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

TERMS = Path(__file__).parent / "fixtures" / "pub61" / "govkiyaku.md"


def test_the_space_after_a_label_behind_a_markdown_bullet():
    """「* イ コンテンツを編集・加工等して…」: a Markdown bullet, the label イ and its space, as ア, ウ and エ have; no word
    split (イコン) there."""
    found = run_checks(read_document(TERMS), ["stray-space"])
    assert not [f for f in found if "イ コンテン" in f.excerpt]
