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


def test_paragraphs_labelled_1_in_brackets_from_the_article_s_first_line():
    """「第４９条」⏎「(1)この法人の事業報告…次の書類を作成し…」⏎「①事業報告」…「⑦…」⏎「(2)前項の承認を受けた書類のうち、
    第１号、第３号、第４号、第６号及び第７号の書類…」: (1) opens the article, so it numbers paragraphs, and ① … are the
    items 前項第４号 cites. Read as items, three citations were said to find no item past 第3号."""
    doc = read_document(HERE / "kikuho.md")
    art = next(a for a in doc.articles if a.number == "49")
    assert [(p.number, len(p.items)) for p in art.paragraphs] == [(1, 7), (2, 0), (3, 5)]
    told = [f for f in run_checks(doc) if f.severity in ("error", "warning")]
    assert told == [], [(f.rule, f.excerpt) for f in told]


def test_a_list_after_a_lead_keeps_its_1_in_brackets_as_an_item():
    art = doc_from_text("第1条（禁止事項）\n会員は、次の行為をしてはならない。\n(1)虚偽の申告\n(2)他人へのなりすまし\n").articles[0]
    assert [p.number for p in art.paragraphs] == [None] and [it.label for it in art.paragraphs[0].items] == ["(1)", "(2)"]


def test_a_citation_is_no_misplaced_one_for_what_its_own_item_says():
    """「③第１号による成果の一般公開を目的とした場の設置」: the 成果 is ③'s own word; ③ is no item 第1号 was meant for."""
    found = run_checks(read_document(HERE / "kikuho.md"), ["reference-content-mismatch"])
    assert [f for f in found if "成果" in f.message] == []


def test_a_dictionary_compound_beside_the_document_s_phrase_is_no_slip():
    """「補欠として選任された理事又は監事の任期は、前任者の任期の満了する時までとする」 beside 「任期は、選任後２年…」
    twice: 前任者 is a word of its own, and the document writes 選任者 nowhere."""
    found = run_checks(read_document(HERE / "kikuho.md"), ["typo"])
    assert [f for f in found if f.suggestion == "選任"] == []
