"""What session 59's blind readers (V, W, X) found untold or told in a way a reader cannot use, on their texts
(pub506, pub507): each test fails on the code of the session's start."""

from __future__ import annotations

from pathlib import Path

from conftest import findings_added

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"
CABA = FIXTURES / "pub507" / "caba_agreement_index.php"
LEAPING = FIXTURES / "pub507" / "leapingfx_register.blade.php"
MASTER = FIXTURES / "pub507" / "service_master.html"
DAYONE = FIXTURES / "pub506" / "dayone_membership_agreement.js"
WRAITH = FIXTURES / "pub506" / "wraith_terms.ts"
MSBJ = FIXTURES / "pub506" / "msbj_legacy_content.ts"


def _told(doc, rule: str):
    return [(f.excerpt, f.suggestion, f.severity) for f in run_checks(doc, [rule])]


# ------------------------------------------------------------------ what a report quotes, as the source writes it

def test_an_excerpt_is_quoted_as_the_source_writes_it():
    """The contract writes its numbers full-width (「第８条」, 「第１７条の規定にもとづく損害賠償」): the report quotes it
    so, where a reader searching for the normalized 「第8条」 finds nothing, and the suggested 第18条 is written
    「第１８条」, as the document writes its numbers."""
    doc = read_document(CABA)
    shown = {f.rule: f.to_dict(doc) for f in run_checks(doc, ["numbering-gap", "reference-content-mismatch"])}
    assert shown["numbering-gap"]["excerpt"].startswith("第８条")
    assert shown["reference-content-mismatch"]["excerpt"] == "第１７条の規定にもとづく損害賠償"
    assert shown["reference-content-mismatch"]["suggestion"] == "第１８条"
    source = doc.source.text
    assert all(d["excerpt"] in source for d in shown.values())


def test_an_excerpt_already_written_as_the_source_is_kept():
    """A rule that quotes the source itself (the heading's separator 「第８条 (」) keeps its excerpt and suggestion."""
    doc = read_document(CABA)
    told = [f.to_dict(doc) for f in run_checks(doc, ["convention-deviation"]) if "条番号と見出しの間" in f.message]
    assert [(d["excerpt"][:5], d["suggestion"]) for d in told] == [("第８条 (", "第８条（")]


# ------------------------------------------------------------------ conventions

def test_a_half_width_definition_parenthesis_in_a_full_width_text_is_a_warning():
    """「その他これらに準ずる者(以下「反社会的勢力」という。)であること」 among 43 full-width pairs: the definition's own
    parenthesis, the document's drafting, told although no full-width pair shares its line."""
    told = [t for t in _told(read_document(MASTER), "convention-deviation") if "反社会的勢力" in (t[1] or "")]
    assert told == [("準ずる者(以下「反社会的勢力」という。)であるこ", "（以下「反社会的勢力」という。）", "warning")]


def test_a_half_width_parenthesis_of_the_texts_own_drafting_is_told():
    """「会員の定める利用料金 (0円の場合あり)を支払います」, 「ユーザー会員情報(メールアドレス、会員パスワードなど)を」 in
    terms of 21 full-width pairs: a condition and an example list are the document's own words, no quotation."""
    told = {t[1] for t in _told(read_document(DAYONE), "convention-deviation")}
    assert {"（0円の場合あり）", "（メールアドレス、会員パスワードなど）"} <= told


def test_a_list_whose_digits_are_in_the_other_width_is_told():
    """第13条's 「（1）既に公知のもの」…「（4）」 beside three lists written 「（１）」…: one note at its first label; and the
    spaces after 「（2）」「（3）」「（4）」, where the document's lists that space alike write none (the same space in
    第11条 was told before)."""
    told = [(e[:4], s) for e, s, _ in _told(read_document(LEAPING), "convention-deviation")]
    assert ("（1）既", "（１）") in told
    assert {("（2） ", None), ("（3） ", None), ("（4） ", None), ("（３） ", None), ("（４） ", None)} <= set(told)


# ------------------------------------------------------------------ particles

def test_to_before_a_compound_particle_is_ni():
    """「当社公式コミュニティグループの運営目的と照らして不適当と判断した行為」: 照らして takes に."""
    added = findings_added(DAYONE, "運営目的と照らして", "運営目的と照らして", "confusable-word")
    assert added == []  # (the text as published: told already)
    told = [(e, s) for e, s, _ in _told(read_document(DAYONE), "confusable-word")]
    assert ("と照らして", "に照らして") in told


def test_a_compound_verb_after_to_is_no_slip():
    """「AとBを照らし合わせて」: 照らし合わせる takes と."""
    assert findings_added(DAYONE, "運営目的と照らして不適当", "運営目的と照らし合わせて不適当", "confusable-word") \
        == []


# ------------------------------------------------------------------ notation

def test_no_clear_habit_suggests_the_standard_spelling():
    """「但し」 ×4 beside 「ただし」 ×2, 「予め」 ×2 beside 「あらかじめ」 (Dayone): no habit of the document's own, so the
    note suggests 公用文's ただし, あらかじめ rather than the count's winner."""
    told = {s for _, s, _ in _told(read_document(DAYONE), "notation-variance")}
    assert "「ただし」に統一" in told and "「但し」に統一" not in told


# ------------------------------------------------------------------ foreign names and glosses

def test_glossed_foreign_terms_are_not_misspelt_words():
    """A Buddhist association's site (msbj): 「サダナ（成就法）」, 「発掘者（テルトン）」 (terms glossed in kanji) are written
    as heard; and 「身につけており」 is 付ける. (Its transliterated names joined by 中点, 「ケン・コン・チョリン」, are still
    told: lists of common words are joined so too.)"""
    told = {e for e, _, _ in _told(read_document(MSBJ), "typo")}
    assert not [e for e in told if any(w in e for w in ("サダナ", "テルトン", "身につけ"))]
