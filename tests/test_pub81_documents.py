"""Published terms nobody had seen (pub81, tests/fixtures/pub81, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub81"


def _found(name: str, rule: str) -> list:
    return run_checks(read_document(FIXTURES / name), [rule])


def test_a_paragraph_left_beside_its_revised_wording():
    """第4条: paragraph 2 「運営は、収集した情報を、利用者の同意を得ることなく、第三者に提供することはありません。」 and
    paragraph 3 the same with 「法令に基づく開示請求、教職員による指示等があった場合を除き、」 inserted: one is stale."""
    found = _found("keizai.md", "duplication")
    assert [f.excerpt[:12] for f in found] == ["運営は、収集した情報を、"], [f.message for f in found]
    assert "法令に基づく開示請求" in found[0].message


def test_a_sentence_said_again_with_a_condition_for_its_subject():
    """「運営者は、利用者に事前の通知なしに…抹消することができます。利用者が、本規約に違反した場合、利用者に事前の通知なしに
    …抹消することができます。」: the second sentence is the first with a condition in place of its subject."""
    found = _found("vandarism.txt", "duplication")
    assert [f.excerpt[:16] for f in found] == ["利用者が、本規約に違反した場合、"], [f.message for f in found]


def test_a_space_beside_a_conjunction_between_two_kanji_words():
    """「又は当社 若しくは第三者に不利益を与える行為」: a conjunction joins two words of the sentence; the space is no
    separator (a name's space, 森本 榮一, stands between two kanji words with no conjunction by it)."""
    assert any("当社 若しくは" in f.excerpt for f in _found("skyway.md", "stray-space"))


def test_ni_dropped_before_kakaru():
    """「本サービスまたは本サービス係るソフトウェア等」: 係る takes what it relates to with に (本サービスに係る, twenty times
    in the same terms)."""
    found = _found("skyway.md", "grammar-slip")
    assert [(f.excerpt, f.suggestion) for f in found] == [("本サービス係る", "本サービスに係る")]


def test_a_definitions_table_pasted_twice_in_two_forms():
    """The definitions of 用語の定義 as tab-separated rows, then again as a Markdown table (「| 1 | SkyWayサービス | WebRTCの
    機能を…」): the same rows in other dress."""
    found = [f for f in _found("skyway.md", "duplication") if "SkyWay" in f.excerpt]
    assert len(found) == 1 and found[0].excerpt.startswith("|1|SkyWayサービス|"), [f.excerpt for f in found]
