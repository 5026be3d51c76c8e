"""Documents nobody had seen, read in the pub163–pub165 round and checked whole (fixtures in tests/fixtures/pub16N, their
sources in the READMEs): what the readers marked that the tool missed, and what it said wrongly."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def _findings(path, rule=None):
    return [f for f in run_checks(read_document(FIXTURES / path)) if rule is None or f.rule == rule]


def test_a_rate_per_week_after_hours_a_day_is_no_malformed_duration():
    """「1日8時間週5日勤務」: 8時間, then 週5日; 週 opens a quantity of its own (a number follows it)."""
    assert _findings("pub164/shinonome-shugyo.md", "duration-malformed") == []


def test_a_clock_time_about_and_a_counter_before_the_next_word_are_no_compounds():
    """「１６時頃まで」 was read as 時期 mistyped; 「毎年1回定健康診断」 as 改定 (its slip is 期 dropped)."""
    assert not any(f.suggestion in ("時期", "改定") for f in _findings("pub163/panipani.txt", "typo")
                   + _findings("pub164/shinonome-shugyo.md", "typo"))
    # a label's 条 is still read with the kanji after it: 「第13条業の規定」 (条項)
    assert any(f.suggestion == "条項" for f in _findings("pub36/tokutei-mou.blade.php", "typo"))


def test_a_second_set_of_rules_after_the_first_ones_supplementary_provision_has_its_own_name():
    """「附則　本約款は、2026年10月1日より施行します。」 (the space between the kanji gone in normalization) is the
    宿泊約款's 附則; the 「利用規約」 after it calls itself 本利用規約, and its 本規則 is a slip of 本規約, not of 本約款."""
    doc = read_document(FIXTURES / "pub163/panipani.txt")
    assert len(doc.supplementary) == 2
    found = [(f.excerpt, f.suggestion) for f in run_checks(doc) if f.rule == "term-inconsistent"]
    assert ("本利用規約", "本約款") not in found
    assert [s for e, s in found if e == "本規則"] == ["本規約", "本規約"]


def test_a_blade_view_opening_with_parent_is_read_as_html():
    """@extends, @section and @parent over the page: the file was read as plain text, its tags in every article."""
    doc = read_document(FIXTURES / "pub165/gcc-privacy.blade.php")
    assert doc.source.format == "html" and "</div>" not in doc.norm.text and "@parent" not in doc.norm.text


def test_a_designation_naming_a_part_by_its_kind_needs_no_definition():
    """「本オンライン・プライバシーポリシーは、当サイトにおいてのみ適用されます」: the page's second part, named by its
    kind across a middle dot (cut at ・ it was 「本オンライン」, undefined)."""
    assert not any("本オンライン" in f.excerpt for f in _findings("pub165/gcc-privacy.blade.php", "term-undefined"))


def test_a_sentence_saying_what_something_is_speaks_in_general_words():
    """「プライバシーポリシーとは、…開発者と利用者の間での約束です」 in a page that writes ユーザー eight times and
    defines nothing: 利用者 there is anyone's user, not a variant of the page's word."""
    assert _findings("pub165/yamada-privacy.md", "term-inconsistent") == []


def test_a_footnote_mark_with_an_asterisk_is_shown_as_written():
    """「…数えるようなもの」(*1)で」 and its note 「(*1): …」: no emphasis mark, neither stripped nor unpaired."""
    doc = read_document(FIXTURES / "pub165/yamada-privacy.md")
    assert "数えるようなもの」(*1)で" in doc.norm.text
    assert _findings("pub165/yamada-privacy.md", "markup-broken") == []


def test_exceeded_quantities_efforts_requests_and_dates_with_a_piece_wrong():
    found = [(f.excerpt, f.suggestion) for f in _findings("pub164/shinonome-shugyo.md", "confusable-word")]
    assert found.count(("越", "超")) == 5
    assert ("勤め", "努め") in found and ("31", "31日") in found
    asked = [(f.excerpt, f.suggestion) for f in _findings("pub165/gcc-privacy.blade.php", "confusable-word")]
    assert asked.count(("願い", "お願い")) == 2


def test_a_numbered_section_cited_by_title_under_another_number():
    """上記「2.個人情報の利用目的」 where 1. is headed so (and 2. 個人情報の共同利用): seven citations of the policy's
    second part point one section too far, as after a section was taken out."""
    found = [(f.excerpt, f.suggestion) for f in _findings("pub165/gcc-privacy.blade.php", "reference-title-mismatch")]
    assert sorted(found) == sorted([
        ("「2.個人情報の利用目的」", "1.個人情報の利用目的"), ("「4.第三者提供」", "3.第三者提供"),
        ("「2.個人情報の利用目的」", "1.個人情報の利用目的"), ("「3.個人情報の共同利用」", "2.個人情報の共同利用"),
        ("「4.第三者提供」", "3.第三者提供"), ("「5.個人情報の管理について」", "4.個人情報の管理について"),
        ("「5.個人情報の管理について」", "4.個人情報の管理について")])


def test_a_kanji_dropped_from_the_documents_word_inside_a_longer_compound():
    """「個人報取扱事業者」 in a policy that writes 個人情報 32 times (and 個人情報取扱事業者 nowhere whole)."""
    found = [f.suggestion for f in _findings("pub165/gcc-privacy.blade.php", "typo") if "個人報" in f.excerpt]
    assert found == ["個人情報取扱事業者"]


def test_an_item_writing_its_own_bullet_gets_no_second_one():
    """<li>・ニックネーム</li> (its list's marker hidden by the page's style): read 「•・ニックネーム」 before."""
    text = read_document(FIXTURES / "pub165/kigusuri-privacy.php").source.text
    assert "\n・ニックネーム\n・メールアドレス\n" in text and "•・" not in text
