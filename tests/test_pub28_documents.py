"""A published 宿泊約款 nobody had seen (pub28, tests/fixtures/pub28, source in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

YAKKAN = Path(__file__).parent / "fixtures" / "pub28" / "kaikan_shukuhaku.html"


def _found(rule):
    return run_checks(read_document(YAKKAN), [rule])


def test_an_article_number_run_into_its_text_under_a_caption_heads_its_article():
    """「(駐車の責任)」⏎「第17条宿泊客が当館の駐車場を…」: the Word file dropped the space after the number. Under its
    caption the line heads 第17条 (and 第18条 likewise), no longer the text of 第16条第3項."""
    doc = read_document(YAKKAN)
    assert [a.number for a in doc.articles][-3:] == ["16", "17", "18"]
    assert [a.title for a in doc.articles][-2:] == ["駐車の責任", "宿泊客の責任"]
    assert "駐車場" not in doc.articles[-3].text


def test_a_citation_no_numbering_allows():
    """「前項第2条の宿泊日」 (a 項 holds 号, not 条: 前項第2号) and 「同条第2条第6号」 (同条 names the article already: 同条第6号)
    are told as such, and 第2条 is not looked up as an article of the 約款 (which would explain the slip wrongly)."""
    fs = _found("reference-dangling")
    told = {f.excerpt: f.suggestion for f in fs}
    assert told.get("前項第2条") == "前項第2号"
    assert told.get("同条第2条第6号") == "同条第6号"
    assert not [f for f in fs if "第4号まで" in f.message]


def test_an_hour_past_twelve_after_gogo():
    """「午後１５時」 and 「午後22時」: 午後 counts the hours of a half day."""
    fs = _found("date-invalid")
    assert sorted((f.excerpt, f.suggestion) for f in fs if "午後" in f.excerpt) == [("午後15時", "15時"), ("午後22時", "22時")]


def test_a_space_inside_an_era_year():
    """「平成2 ７年７月１日」: a year's digits of two widths, a space between."""
    fs = [f for f in _found("stray-space") if "平成2" in f.excerpt]
    assert fs and "年の数字の間に空白" in fs[0].message


def test_a_katakana_inside_a_hiragana_word():
    """「変更することがあリます」: リ for り inside the word; the iroha labels the 約款 cites (「次のイからハに該当」) are
    nouns before a particle and stay quiet."""
    fs = [f for f in _found("typo") if "はカタカナです" in f.message]
    assert [(f.suggestion, f.article) for f in fs] == [("り", "11")]


def test_kanji_lookalikes_labelling_an_iroha_list():
    """「イ)朝食」「口)昼食」「ハ)夕食」「二)ティータイム」: the kanji 口 and 二 stand where the list's katakana ロ and ニ belong
    (the ロ of 「ロ)キャッシャーサービス」 above is typed right)."""
    found = [(f.excerpt[:2], f.suggestion) for f in run_checks(read_document(YAKKAN), ["typo"]) if f.severity == "error"]
    assert ("口)", "ロ") in found and ("二)", "ニ") in found, found


def test_an_article_text_run_into_its_number():
    """「第17条宿泊客が当館の駐車場を…」「第18条宿泊客の故意又は…」 where the other sixteen articles set 第N条 on a line of its
    own: the text runs into the number."""
    found = [f.excerpt[:4] for f in run_checks(read_document(YAKKAN), ["convention-deviation"]) if f.severity == "warning"]
    assert "第17条" in found and "第18条" in found, found
