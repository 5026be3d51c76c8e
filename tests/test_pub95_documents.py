"""Articles of association nobody had seen (pub95, tests/fixtures/pub95, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub95"


def test_a_top_level_list_from_2_after_the_first_paragraph_numbers_the_paragraphs():
    """「第７条　会員の入会については、特に条件を定めない。」⏎「2. 会員として…」⏎「3. 理事長は、前項のものの…」: read as
    items of the first paragraph, every such article was a numbering gap (「2.」 after no 1.) and every 第N条第2項 cited
    nothing: 26 false errors and warnings. The items stay items: tab-indented 「⇥1.」 under 第4条's lead, under
    第13条's first paragraph before its 「2.」, and under 第23条's paragraph 2."""
    doc = read_document(HERE / "code4fukui.md")
    arts = {a.number: a for a in doc.articles}
    assert [p.number for p in arts["7"].paragraphs] == [None, 2, 3]
    assert [len(p.items) for p in arts["13"].paragraphs] == [2, 0]
    assert [(p.number, len(p.items)) for p in arts["23"].paragraphs] == [(None, 0), (2, 3)]
    assert len(arts["4"].paragraphs) == 1 and len(arts["4"].paragraphs[0].items) == 3
    told = [f for f in run_checks(doc) if f.severity in ("error", "warning")
            and f.rule in ("numbering-gap", "numbering-duplicate", "reference-dangling")]
    assert [f.article for f in told] == ["37"]  # 第37条 indents its paragraph 「⇥2.」 under its items 「1.」…「5.」


def test_a_list_from_2_nested_under_a_numbered_paragraph_keeps_its_number():
    text = ("# 規約\n\n## 第1条（禁止事項）\n\n1. 会員は、次の行為をしてはならない。\n    1. 虚偽の申告\n"
            "2. 会員は、次の行為もしてはならない。\n    7. 暴力的な要求行為\n    8. 不当な要求行為\n")
    art = doc_from_text(text, "rules.md").articles[0]
    assert [it.label for it in art.paragraphs[1].items] == ["7.", "8."]
