"""A union's rules nobody had seen (pub90, tests/fixtures/pub90, source in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

RULES = Path(__file__).parent / "fixtures" / "pub90" / "zenkokuzei.html"


def test_the_terms_a_script_shows_are_read():
    """Every article stands in a <div style="display:none"> the page's script opens, and none outside it: hidden so,
    they are the document (skipped, the page was read as empty and checked for nothing)."""
    doc = read_document(RULES)
    assert doc.title == "全国税労働組合規約"
    assert len(doc.articles) >= 60


def test_paragraphs_numbered_from_a_circled_two():
    """「第4条 この組合は、…。」⏎「② 組合員としての資格は、…」⏎「③ 組合員としての資格は、次に掲げる場合に喪失する。」⏎
    「1.第1項ただし書きによる…」: ② and ③ number the article's paragraphs as the 六法 prints laws, and 1. 2. 3. are the
    items of ③. Read as items, every ② was a gap after a missing ①."""
    doc = read_document(RULES)
    art4 = next(a for a in doc.articles if a.number == "4")
    assert [p.number for p in art4.paragraphs] == [None, 2, 3]
    assert [it.number for it in art4.paragraphs[2].items] == [1, 2, 3]
    gaps = [f for f in run_checks(doc, ["numbering-gap"]) if "②" in f.excerpt or "③" in f.excerpt]
    assert gaps == [], [f.excerpt for f in gaps]


def test_a_numbered_table_and_the_continuative_of_iu_are_no_typos():
    """「第3号表1及び第4号表2に掲げる」: a table numbered 第3号表, its 号 after the number; 「全国税労働組合（略称：全国税）といい、
    本部を…」: という's continuative before a comma."""
    found = [f.excerpt for f in run_checks(read_document(RULES), ["typo"])]
    assert not [e for e in found if "号表" in e or "といい" in e], found


def test_the_rows_of_a_table_inside_an_item_list_are_no_paragraphs():
    """第52条: 「組合員は、次により組合費を納入しなければならない。」, items 1. to 6., and between 3. and 4. the fee table
    (「表1」, then 「6 |5,760円|4,030円」 … 「1 |1,260円|880円」), then paragraphs ② to ⑤. A row's grade read as a law-style
    paragraph number (「2 |2,160円|…」) cut the items in two: a false gap, a false duplicate 5., three 前号 said to cite
    nothing and a 第1号 said to be missing, all errors."""
    doc = read_document(RULES)
    art = next(a for a in doc.articles if a.number == "52")
    assert [p.number for p in art.paragraphs] == [None, 2, 3, 4, 5]
    assert [it.label for it in art.paragraphs[0].items] == ["1.", "2.", "3.", "4.", "5.", "6."]
    told = [f for f in run_checks(doc) if f.article == "52" and f.severity in ("error", "warning")]
    assert [(f.rule, f.excerpt) for f in told] == [("confusable-word", "規程")]  # 「第1号又は第3号の規程を適用し」


def test_an_amendment_numbered_from_a_hundred_and_one_is_no_gap():
    """「第12章 附則」: 第64条, 第65条, then 「第101条 この規約改正は、2024年4月1日に遡り施行する。」, a series of its own."""
    gaps = [f.excerpt for f in run_checks(read_document(RULES), ["numbering-gap"]) if f.article == "101"]
    assert gaps == []


def test_a_gap_of_a_few_articles_is_still_told():
    from conftest import doc_from_text

    text = "".join(f"第{n}条（規定{n}）\n本規約の規定{n}を定める。\n" for n in [*range(1, 8), 11, 12])
    gaps = [f.excerpt for f in run_checks(doc_from_text(text), ["numbering-gap"])]
    assert gaps == ["第11条（規定11）"]
