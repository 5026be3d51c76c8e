"""Documents nobody had seen, read in the pub166–pub168 round and checked whole (fixtures in tests/fixtures/pub16N, their
sources in the READMEs): what the readers marked that the tool missed, and what it said wrongly."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def _findings(path, rule=None):
    return [f for f in run_checks(read_document(FIXTURES / path)) if rule is None or f.rule == rule]


def test_a_second_set_of_rules_after_the_first_ones_closing_is_a_part_of_its_own():
    """「以上」⏎「最終更新日：…」⏎「さぽかっぷ利用規約」⏎(its preamble)⏎「第1条（定義）」: the page's second set of rules
    was read as the main text's articles 第1条〜第14条 a second time (14 numbering-duplicate errors, and its 分離性
    clause as the first set's pasted again)."""
    doc = read_document(FIXTURES / "pub166/sapocup.php")
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 16)]
    assert [[a.number for a in x.articles] for x in doc.annexes] == [[str(n) for n in range(1, 15)]]
    found = run_checks(doc)
    assert [f for f in found if f.rule == "numbering-duplicate"] == []
    assert not any(f.rule == "duplication" and f.excerpt.startswith("本規約の条項の一部が") for f in found)


def test_the_first_few_headings_in_the_other_width_are_the_ones_told():
    """「第１条」「第２条」 and then 第3条 to 第7条 half width: too few for a majority of four to one, but one switch
    after the first two; the two are the ones to correct."""
    found = [(f.excerpt, f.suggestion) for f in _findings("pub168/testingosaka-sanka-kiyaku.md", "convention-deviation")]
    assert found == [("第１条（参加申込）", "1")]


def test_a_two_kanji_heading_spaced_as_law_text_prints_it():
    """「第１１章&nbsp;&nbsp;附 則」: 附　則 and 目　次 are printed so; no stray space."""
    assert [f for f in _findings("pub167/jsca-teikan.php", "stray-space") if "附 則" in f.excerpt] == []


def test_a_verb_stem_before_monotosuru_has_lost_its_ru():
    """「時間外に行われた各依頼への対応は翌営業日に行われものとします」: no e-row kana stands before ものとする in the
    corpus's 3,000 uses but these."""
    found = [(f.excerpt, f.suggestion) for f in _findings("pub166/sapocup.php", "grammar-slip") if "もの" in f.excerpt]
    assert found == [("行われもの", "行われるもの")]


def test_a_heading_spaced_otherwise_is_told_the_majoritys_own_form():
    """「第4条（…）」 among five 「第1条 (…)」: the form quoted and suggested is the others' (「第4条 (」), not the odd
    heading's bracket with their space (「第4条 （」, which no heading writes)."""
    found = [(f.suggestion, f.message) for f in _findings("pub170/cocococo-riyoukiyaku.md", "convention-deviation")
             if "条番号と見出しの間" in f.message]
    assert [s for s, _ in found] == ["第4条 ("] and "「第4条 (」の形が5回" in found[0][1]


def test_a_markdown_link_whose_address_is_a_sentence():
    """「[要議論・検討中](社員は、…会費を納入しなければならない。)」: the page shows 要議論・検討中 and hides 第8条's text,
    which 第11条 cites (第8条の会費)."""
    found = _findings("pub171/seijibase-teikan.md", "markup-broken")
    assert len(found) == 1 and found[0].excerpt.startswith("[要議論・検討中](社員は、")


def test_a_table_of_contents_whose_first_entries_are_the_title_and_itself():
    """「## 目次」 over 「- [KinokoNetWork利用規約](#…)」「  - [目次](#目次)」「  - [第一条（前置き）](#…)」: the entries
    were read as ten empty articles and the real ones as a second part."""
    doc = read_document(FIXTURES / "pub174/kinoko-tos.md")
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 11)] and doc.annexes == []
    assert all(a.paragraphs for a in doc.articles)


def test_a_blank_shown_as_an_example_of_how_to_fill_it():
    """「引用元をはっきりとすることで、利用することができます。（引用例：<ページ名> <サイトURL>)」."""
    assert _findings("pub174/kinoko-tos.md", "template-placeholder") == []
