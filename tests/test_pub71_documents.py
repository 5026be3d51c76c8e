"""Published terms nobody had seen (pub71, tests/fixtures/pub71, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

WALKCITY = Path(__file__).parent / "fixtures" / "pub71" / "walkcity.md"


def test_a_noun_before_the_suffix_to_is_no_kanji_slip():
    """「ユーザー名・街名等」: 街名 and the suffix 等 (…等, as 利用者等, 氏名等): the pair 名等 says nothing of 名, so it is
    no slip of 同 (同等), and no warning is given."""
    found = [f for f in run_checks(read_document(WALKCITY), ["typo"]) if "街名" in f.excerpt]
    assert not [f for f in found if f.severity in ("error", "warning")], found
