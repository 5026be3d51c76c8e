"""Documents nobody had seen, read in the pub142–pub145 round and checked whole (fixtures in tests/fixtures/pub14N, their
sources in the READMEs): what the readers marked that the tool missed, and what it said wrongly."""

from pathlib import Path

from conftest import SAMPLES

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def _findings(path, rule=None):
    return [f for f in run_checks(read_document(FIXTURES / path)) if rule is None or f.rule == rule]


def test_a_count_of_minutes_and_its_portion_is_no_typo():
    """「30分分のレッスン料」: 30 minutes' worth; the pair 分分 crosses a counter and 分, no compound slip of 部分."""
    assert [f for f in _findings("pub144/choifoot.php", "typo") if "分分" in f.excerpt] == []


def test_a_conjunction_in_kana_that_law_text_writes_in_kanji_is_no_kana_slip():
    """「銀行振込またはクレジットカード決済」: MeCab reads 振込ま|た|は, and the law model knows only 又は; または is
    its kana spelling (notation_variants.json), not 「までは」."""
    assert [f for f in _findings("pub144/choifoot.php", "typo") if "または" in f.excerpt] == []


def test_oyobi_with_its_o_dropped_between_two_nouns_of_a_caption():
    found = [f for f in _findings("pub144/philiale.php", "typo") if "よび" in f.excerpt]
    assert [f.suggestion for f in found] == ["および"]


def test_legal_action_is_a_measure_and_arises_from_takes_ni():
    found = {(f.excerpt, f.suggestion) for f in _findings("pub144/choifoot.php", "confusable-word")}
    assert ("法的処置", "法的措置") in found and ("が", "に") in found


def test_a_number_in_the_other_width_on_a_line_of_both_widths():
    """「予約日2日前～レッスン開始時間２４時間前まで」: no house style over the whole page (too few lines), but one line
    typed in two widths, in a page that writes eight counted numbers half width."""
    found = [f for f in _findings("pub144/choifoot.php", "convention-deviation") if "２４" in f.excerpt]
    assert [f.suggestion for f in found] == ["24"]


def test_a_caption_promising_a_court_clause_over_the_governing_law_alone():
    """「第10条（準拠法・裁判管轄）」 over 「１.本規約の解釈にあたっては、日本法を準拠法とします。」: the court clause
    is missing (the pub134 and pub24 readers' documents have the same)."""
    found = _findings("pub144/philiale.php", "heading-mismatch")
    assert [f.excerpt for f in found] == ["準拠法・裁判管轄"]
    assert _findings("pub134/rth.php", "heading-mismatch") and _findings("pub24/musiclike_terms_12_13.md", "heading-mismatch")


def test_a_caption_whose_article_holds_its_provision_is_quiet():
    """The samples and the readers' documents caption 準拠法 and 管轄 over articles that name the law and the court."""
    for path in SAMPLES.values():
        assert [f for f in run_checks(read_document(path)) if f.rule == "heading-mismatch"] == [], path
    assert [f for f in _findings("pub134/rth.php", "heading-mismatch") if "準拠法・裁判管轄" not in f.excerpt] == []


def test_an_address_opening_with_its_prefecture_is_no_word_cut_at_its_head():
    """「（大阪府東大阪市御厨南2丁目3−4）」 among four 東大阪: 大阪|府 is a place and its unit, no 東大阪 with 東 dropped."""
    assert [f for f in _findings("pub142/higasui.html", "typo") if "大阪府" in f.excerpt] == []


def test_a_space_inside_a_full_width_parenthesis_on_one_side():
    """「## 第 8 条（ 著作権）」: the heading's spaced number 第 8 条 is the document's style; the space after （ is a slip
    (the Markdown mark's own space no longer makes the line look letter-spaced)."""
    found = _findings("pub143/lgtmcat.md", "stray-space")
    assert [f.suggestion for f in found] == ["8 条（著作権）"]


def test_such_written_with_the_kanji_of_to_hang():
    found = [f for f in _findings("pub143/lgtmcat.md", "confusable-word") if f.excerpt == "掛かる"]
    assert [f.suggestion for f in found] == ["かかる"]


def test_a_table_of_contents_on_the_first_page_is_no_second_set_of_chapters():
    """「第1章\\n総則\\n第2章\\n採用および異動…」 listed on page 1, then 「第1章 総則」 over 第1条: no chapter is duplicated."""
    found = _findings("pub145/hasebe_shugyo.txt")
    assert [f for f in found if f.rule.startswith("numbering") and "章" in f.excerpt[:4]] == []
    # the first page lists chapters 1–11 and the reader kept pages 1–9 only (up to 第3章): the chapters listed and
    # not held are the table's too, and the PDF's text sets 第1条(目的) above 「第1章 総則」


def test_a_procedure_is_gone_through_and_the_start_of_work_pairs_with_its_end():
    found = {(f.excerpt, f.suggestion) for f in _findings("pub145/hasebe_shugyo.txt", "confusable-word")}
    assert ("得", "経") in found and ("就業", "終業") in found
