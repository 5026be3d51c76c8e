"""Articles and club rules nobody had seen (pub99, tests/fixtures/pub99, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub99"


def test_spaces_of_both_widths_after_a_label_once_are_reported():
    found = [f for f in run_checks(read_document(HERE / "dogofm_teikan.md")) if f.rule == "stray-space"
             and "両" not in f.message and "全角と半角の空白" in f.message]
    assert [f.article for f in found] == ["1"]


def test_spaces_of_both_widths_on_every_article_are_the_document_s_way():
    text = "".join(f"第{n}条 \u3000この組合は、第{n}号の事業を行う。\n" for n in range(1, 6))
    assert [f for f in run_checks(doc_from_text(text)) if "全角と半角の空白" in f.message] == []


def test_oyobi_with_its_first_kanji_dropped_is_reported():
    found = [f for f in run_checks(read_document(HERE / "dogofm_teikan.md")) if f.rule == "typo"]
    assert [(f.suggestion, f.excerpt) for f in found] == [("及び", "（入会金び会費）")]


def test_a_bi_that_ends_a_word_says_nothing():
    text = "第1条（運営）\n荷物の運び込みは、学び舎の規則及び喜び事の慣習による。\n"
    assert [f for f in run_checks(doc_from_text(text)) if f.rule == "typo"] == []


def test_two_kana_typed_in_each_other_s_place_are_put_back():
    """「活動によって得れらた利益」: られ typed as れら; the correction is 得られた, not れらの."""
    found = [f for f in run_checks(read_document(HERE / "jsa_apt.md")) if f.rule == "typo"]
    assert [f.suggestion for f in found] == ["られた"] and "入れ替え" in found[0].message
