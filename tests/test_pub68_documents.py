"""Published terms nobody had seen (pub68, tests/fixtures/pub68, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

APUSH = Path(__file__).parent / "fixtures" / "pub68" / "apush.html"


def test_the_conjunction_shitagatte_and_the_verb_shitagau_are_two_words():
    """「したがって、精算の算定対象は…」 (the conjunction, in kana as 公用文 writes it) and 「適用法令に従って精算します」 (the
    verb 従う, in kanji): no notation of one word written two ways."""
    doc = read_document(APUSH)
    text = doc.norm.text
    assert "したがって、" in text and "に従って" in text
    assert not [f for f in run_checks(doc, ["notation-variance"]) if "したがって" in f.message]


def test_the_conjunction_in_kanji_beside_the_conjunction_in_kana_is_a_variance():
    """Each usage is compared with its own kind: 「従って、」 once among two 「したがって、」 is told, the verb 「に従って」
    beside them counting for neither."""
    doc = doc_from_text("第1条（目的）\n従って、本規約は有効です。したがって、利用者は同意します。したがって、当社は通知します。"
                        "法令に従って行う。\n", "conj.txt")
    (f,) = [f for f in run_checks(doc, ["notation-variance"]) if "したがって" in f.message]
    assert f.excerpt == "従って" and "「したがって」2回、「従って」1回" in f.message


def test_a_name_set_apart_from_the_suffix_that_addresses_it():
    """「通知先：A-PUSH株式会社　代表取締役 佐野 公章 宛／english@…」: 宛 after a name, spaced as on an envelope."""
    found = run_checks(read_document(APUSH), ["stray-space"])
    assert not [f for f in found if "宛" in f.excerpt]


def test_a_space_typed_before_a_full_width_bracket():
    """「所定の申込書に記載された金額を本サービス利用料 （以下「利用料」という）」: a full-width bracket carries its own space."""
    found = run_checks(read_document(Path(__file__).parent / "fixtures" / "pub68" / "matching.html"), ["stray-space"])
    (f,) = [f for f in found if "括弧の前" in f.message]
    assert f.excerpt == "ス利用料 （以下「" and f.suggestion == "ス利用料（以下「" and f.severity == "info"
