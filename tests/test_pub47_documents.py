"""Published terms nobody had seen (pub47, tests/fixtures/pub47, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub47"


def test_a_label_alone_on_its_line_takes_the_text_below_it():
    """「<dt>（1）</dt><dd>本サービスは…</dd>」: the label and its text are one item, not an empty item and a new
    paragraph (which made every later item a gap in its own paragraph: eleven false numbering-gap warnings)."""
    doc = read_document(FIXTURES / "waninaru.ctp")
    conditions = doc.articles[2]  # 第3条: four conditions of use, (1)…(4)
    assert [p.number for p in conditions.paragraphs] == [None]
    items = conditions.paragraphs[0].items
    assert [i.label for i in items] == ["（1）", "（2）", "（3）", "（4）"]
    assert all(i.text for i in items)
    assert run_checks(doc, ["numbering-gap"]) == []


def test_this_associations_member_is_no_dropped_kanji():
    """当会員 (MeCab: 当会|員) beside 当該会員: a word across the place, no 当該 cut short."""
    found = [f for f in run_checks(read_document(FIXTURES / "waninaru.ctp"), ["typo"]) if "抜けた" in f.message]
    assert found == []


def test_the_contract_the_rules_govern_is_not_their_name():
    """「本規約は、…受講契約(以下、「本契約」という。)…に適用される」: 本契約 is defined as the contract, 本規約 is the
    document itself; none of its five 本規約 is a slip for 本契約 (the sentence reaches past the 。 of the brackets
    before the definition)."""
    found = [f for f in run_checks(read_document(FIXTURES / "zeroplus.php"), ["term-inconsistent"])
             if f.excerpt == "本規約"]
    assert found == []


def test_the_noun_a_definition_describes_is_defined_there():
    """「当サービスの開発・運営者（以下「管理者」といいます）」: 運営者 is what 管理者 is defined as, not an undefined
    name of the operator; the document's 本サービス and ユーザー for its defined 当サービス and 利用者 are still told."""
    found = run_checks(read_document(FIXTURES / "travelyst.txt"), ["term-undefined", "term-inconsistent"])
    assert "運営者" not in [f.excerpt for f in found if f.rule == "term-undefined"]
    told = {f.excerpt for f in found if f.rule == "term-inconsistent"}
    assert {"本サービス", "ユーザー"} <= told


def test_a_hiragana_inside_a_katakana_word():
    """「各種イべント及び関連事業」: べ typed for ベ (they look the same); the page's particles between katakana words
    (「メールへ」 kind) stay quiet, as the corpus shows."""
    found = [(f.excerpt, f.suggestion) for f in run_checks(read_document(FIXTURES / "zeroplus.php"), ["typo"])
             if "ひらがな" in f.message]
    assert found == [("会、各種イべント及び関連", "イベント")]


def test_a_name_alone_in_the_brackets_after_以下_is_defined():
    """「Waninaruグループ（以下、当グループ）が提供するサービス「Waninaru」（以下、本サービス）」: both are defined, without
    「」 or という. The page then writes 当サービス eight times, mostly where its operator stands (「当サービスは、本サービスの
    内容を自由に変更できる」): told, with both defined names and no guess between them."""
    doc = read_document(FIXTURES / "waninaru.ctp")
    from pipeline.checks.base import context
    from pipeline.checks.terms import definitions
    assert {"当グループ", "本サービス"} <= set(definitions(context(doc)))
    found = [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "当サービス"]
    assert len(found) == 8
    assert all(f.suggestion is None and "「本サービス」" in f.message and "「当グループ」" in f.message for f in found)


def test_the_formal_noun_of_ものとする_written_物():
    """「…従って判断される物とします」: the set phrase's もの after a passive clause is a formal noun, no tangible 物."""
    found = [(f.excerpt, f.suggestion) for f in run_checks(read_document(FIXTURES / "waninaru.ctp"), ["confusable-word"])
             if f.excerpt == "物"]
    assert found == [("物", "もの")]
