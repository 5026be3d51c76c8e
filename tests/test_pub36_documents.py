"""Published agreements nobody had seen (pub36, tests/fixtures/pub36, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import findings_added

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub36"
MOU = FIXTURES / "tokutei-mou.blade.php"
RULES = FIXTURES / "restaurant-rule.blade.php"


def test_a_source_line_break_after_a_sentence_starts_the_next_unit():
    """The template breaks its source lines where a browser runs them on: before 「２講習又は…」 and 「2 紹介手数料…」
    (paragraph 2) and before 「（労働者の処遇）」 (the next article's caption). They had been read into the sentence
    before: 第10条 had no 第2項 (a false error on 「前項」), 第9条 no caption."""
    doc = read_document(MOU)
    arts = {a.number: a for a in doc.articles}
    assert arts["9"].title == "労働者の処遇" and "労働者の処遇" not in arts["8"].text
    for n in ("6", "10", "15"):
        assert [p.number for p in arts[n].paragraphs][:2] == [None, 2], n
    assert not [f for f in run_checks(doc, ["reference-dangling"]) if f.article == "10"]


def test_a_caption_of_one_partys_duties_over_the_others():
    """「第4条（甲の義務）」 over 「乙は、…業務を行うものとする。」."""
    found = run_checks(read_document(MOU), ["heading-mismatch"])
    assert [(f.article, f.excerpt) for f in found] == [("4", "甲の義務")]


def test_a_caption_that_names_the_party_its_article_binds():
    assert findings_added(MOU, "（甲の義務）", "（乙の義務）", "heading-mismatch") == []


def test_a_text_hard_wrapped_into_one_block_per_line_is_joined():
    """Every visual line is a <div>: 「…知的財産権はすべ」⏎「て当社に帰属…」 is one sentence (its cut word had been read
    as a kana slip 「はすべ」 → 「はすべき」, a correction that would corrupt it)."""
    doc = read_document(RULES)
    assert "はすべて" in doc.norm.text
    assert not [f for f in run_checks(doc, ["typo"]) if "すべ" in f.excerpt]


def test_another_services_name_where_the_operator_stands():
    """「Nomalogは，ユーザーID…」「Nomalogの定める方法」 where the terms write 「本サイトは，ユーザーに…」「本サイトの定める
    方法」 (36 times): a name left from the terms they were copied from."""
    found = [f for f in run_checks(read_document(RULES), ["term-undefined"]) if f.excerpt == "Nomalog"]
    assert len(found) == 5 and {f.suggestion for f in found} == {"本サイト"}


def test_a_unit_that_stops_mid_sentence_before_the_next():
    """「…本規約に従って，本サ」 before 第1条 and 「…との何らかの交流もしくは関与を」 before item （5）: each stops inside a
    word or on a case particle, its rest lost."""
    found = run_checks(read_document(RULES), ["sentence-unterminated"])
    assert sorted(f.excerpt for f in found) == ["は，本規約に従って，本サ", "らかの交流もしくは関与を"]


def test_table_cells_wrapped_at_their_width_are_not_cut():
    """A service's 別紙 table in a text file wraps its cells mid-word (「…一元管理ができるサ」⏎「ービス」): lines of an
    annex's table, no sentence cut off."""
    raw = Path(__file__).parents[1] / "raw" / "saporis" / "gmo-sign-service-terms.txt"
    doc = read_document(raw)
    assert "一元管理ができるサ" in doc.source.text
    assert not [f for f in run_checks(doc, ["sentence-unterminated"]) if "途切れ" in f.message]


def test_work_that_comes_to_an_end_is_no_course_completed():
    """「当該労働が修了するまで」: 修了 completes a course (the same page's 「技能実習2号を良好に修了」 is one, and stays
    quiet); work, a term or a contract comes to an end: 終了."""
    found = [(f.excerpt, f.suggestion) for f in run_checks(read_document(MOU), ["confusable-word"]) if f.excerpt == "修了"]
    assert found == [("修了", "終了")]
