"""Published terms nobody had seen (pub72, tests/fixtures/pub72, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

ONELOOK = Path(__file__).parent / "fixtures" / "pub72" / "onelook.blade.php"


def test_the_end_of_a_plan_before_the_contract_ends_needs_no_survival():
    """第19条: 「パーソナルプランの契約者は、当該パーソナルプランの解約後でなければ、本サービスの利用契約を解約できません」:
    what ends is the plan, and 契約者 (the party) names no contract; nothing outlives the contract there."""
    doc = read_document(ONELOOK)
    assert "当該パーソナルプランの解約後" in doc.norm.text
    found = run_checks(doc, ["survival-missing"])
    assert not [f for f in found if "第19条" in f.message or f.article == "19"], [(f.article, f.message) for f in found]


def test_what_is_agreed_to_takes_ni_and_a_period_expires():
    """onelook: 「お客様が本利用規約の変更を同意しない場合」 (同意 takes に); hoikuhiroba: 「当該著作権の存続機関の満了日まで」
    (a period, 期間, expires; an organ, 機関, does not)."""
    onelook = [(f.excerpt, f.suggestion) for f in run_checks(read_document(ONELOOK), ["confusable-word"])]
    assert ("を", "に") in onelook
    hoiku = run_checks(read_document(ONELOOK.parent / "hoikuhiroba.blade.php"), ["confusable-word"])
    assert [(f.excerpt, f.suggestion) for f in hoiku if f.excerpt == "機関"] == [("機関", "期間")]


def test_a_verbal_noun_used_as_the_verb_after_heno():
    """「パーソナルプランを解約することにより、フリープランへの変更することができます」: への makes 変更 a noun, which cannot
    take する bare: 「へ変更する」 or 「への変更をする」."""
    found = [f for f in run_checks(read_document(ONELOOK), ["grammar-slip"]) if f.excerpt == "への変更"]
    assert [f.suggestion for f in found] == ["へ変更"]


def test_the_synonym_of_a_defined_term_behind_a_determiner():
    """hoikuhiroba defines 「利用者」 and writes it 92 times; 「当該ユーザーに対して」 once: the same person, undefined under
    another name (当該 points at it, it does not make another word of it)."""
    found = run_checks(read_document(ONELOOK.parent / "hoikuhiroba.blade.php"), ["term-inconsistent"])
    assert [(f.excerpt, f.suggestion) for f in found if f.excerpt == "ユーザー"] == [("ユーザー", "利用者")]
