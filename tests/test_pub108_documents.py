"""Markdown terms and an HTML page nobody had seen (pub108 and pub109: tests/fixtures/pub108, pub109, sources in
their READMEs), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def _warned(path):
    return [(f.rule, f.excerpt) for f in run_checks(read_document(path)) if f.severity in ("error", "warning")]


def test_clauses_numbered_three_levels_deep_are_no_duplicates():
    """「### 3.4 返金」 over 「3.4.1 …」「3.4.2 …」: read as the paragraph 「3.4.」 twice, eleven false numbering errors."""
    warned = _warned(FIXTURES / "pub108" / "shadowflip.md")
    assert not [w for w in warned if w[0].startswith("numbering")]


def test_a_language_switcher_a_licence_and_a_potential_form_are_read_as_meant():
    """「[简体中文](./terms)」 names a page in its language; 本ライセンス is the licence the terms grant; 行えます is
    行う made potential. Left: the 《…）》 bracket (real) and 本サービス where only 本アプリ is defined (real)."""
    warned = _warned(FIXTURES / "pub108" / "shadowflip.md")
    assert sorted(rule for rule, _ in warned) == ["bracket-unbalanced", "term-undefined"]
    assert [e for r, e in warned if r == "term-undefined"] == ["本サービス"]


def test_this_page_s_top_is_no_undefined_term():
    assert _warned(FIXTURES / "pub108" / "hearrelay.md") == []


def test_a_decimal_section_paragraph_is_still_read():
    art = doc_from_text("第2条 利用\n2.1 本規約は利用に適用する。\n2.2 当社は変更できる。\n", "terms.md").articles[0]
    assert [(p.number, p.label) for p in art.paragraphs] == [(1, "2.1"), (2, "2.2")]


def test_template_blanks_with_what_to_write_and_a_drafting_note():
    found = [f for f in run_checks(read_document(FIXTURES / "pub109" / "okl.html")) if f.rule == "template-placeholder"]
    said = " ".join(f.message for f in found)
    # five blanks (the two 【商品名・…】, the drafting note, the address, …): a template, told once; its own date apart
    assert "記入欄が5か所" in said and "【商品名・仕様】" in said and "「2026年【】月【】日」は日付の記入欄" in said
