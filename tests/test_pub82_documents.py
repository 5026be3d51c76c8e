"""Company rules and a privacy policy nobody had seen (pub82, tests/fixtures/pub82, sources in its README), read and
checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub82"


def test_semeni_dropped_from_the_set_phrase_of_fault():
    """「会社の帰すべき事由により、休業した場合」: 帰す takes what a cause is attributed to with に; after の, 責めに is
    missing (会社の責めに帰すべき事由)."""
    found = run_checks(read_document(FIXTURES / "kyuyo.md"), ["confusable-word"])
    assert [(f.excerpt, f.suggestion) for f in found if "帰す" in f.excerpt] == [("帰すべき", "責めに帰すべき")]


def test_a_long_vowel_mark_one_kana_out_of_place():
    """「サポートポータルサビースなど」: サービス with its ー typed a kana early; the document writes サービス throughout."""
    found = run_checks(read_document(FIXTURES / "moneytree.md"), ["typo"])
    assert any("サビース" in f.excerpt and f.suggestion == "サポートポータルサービス" for f in found), \
        [(f.excerpt, f.suggestion) for f in found]


def test_a_number_spaced_from_its_counter_where_the_document_writes_them_together():
    """「給与の支払日は翌月25 日とする」「時間割額の計算は第10 条による」: the document writes a number and its counter together
    96 times and 第N条 tight throughout; these spaces are slips, warnings. (Spaces before a number, or a document that
    spaces them all, stay notes.)"""
    found = {f.excerpt: f.severity for f in run_checks(read_document(FIXTURES / "kyuyo.md"), ["stray-space"])}
    assert found.get("翌月25 日とする") == "warning" and found.get("は第10 条による") == "warning", found
