"""Published terms nobody had seen (pub58, tests/fixtures/pub58, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import findings_added

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def test_by_notice_written_with_the_kanji_of_holding():
    """「事前の告知を持って本サービスの内容を変更」: by prior notice, the compound particle をもって."""
    found = run_checks(read_document(FIXTURES / "pub58" / "miskiyaku.md"), ["confusable-word"])
    assert [(f.excerpt, f.suggestion) for f in found if f.excerpt == "持って"] == [("持って", "もって")]


def test_a_fraction_written_with_に():
    """「3分に2以上の会員が出席し」 (a club's 会則 of pub58): a fraction reads 3分の2. Planted into a real 規約 that
    writes 「三分の二以上の出席」, which stays quiet as written."""
    obkai = FIXTURES / "pub52" / "obkai.md"
    assert [f for f in run_checks(read_document(obkai), ["confusable-word"]) if f.excerpt == "に"] == []
    added = findings_added(obkai, "三分の二以上の出席", "三分に二以上の出席", "confusable-word")
    assert [(f.excerpt, f.suggestion) for f in added] == [("に", "の")]


def test_heading_numbers_in_kanji_among_digits():
    """「第一条」「第二条」「第三条」, then 第4条 to 第17条: the first three told once, at 第一条."""
    found = [f for f in run_checks(read_document(FIXTURES / "pub58" / "miskiyaku.md"), ["convention-deviation"])
             if "書き方が他" in f.message]
    assert [(f.article, "ほか2か所" in f.message) for f in found] == [("1", True)]
