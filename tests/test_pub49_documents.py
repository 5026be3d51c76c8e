"""Published terms nobody had seen (pub49, tests/fixtures/pub49, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub49"


def test_an_undefined_name_for_another_thing_is_told_once():
    """本契約, eleven times, undefined, beside the defined 本規約 (「本規約及び本契約」, 「本契約を解除する」): the contract
    the terms govern, which wants a definition; told once, not as eleven slips for 本規約."""
    found = [f for f in run_checks(read_document(FIXTURES / "liberte.php"), ["term-inconsistent"])
             if f.excerpt == "本契約"]
    assert len(found) == 1
    assert found[0].suggestion is None and "11回" in found[0].message


def test_a_name_and_a_word_set_apart_in_a_markdown_title():
    """「# すとろりあ 利用規約」: the app's name in kana and 利用規約, set apart in the title; no stray space."""
    found = run_checks(read_document(FIXTURES / "strollia.md"), ["stray-space"])
    assert [f.excerpt for f in found if "利用規約" in f.excerpt] == []
