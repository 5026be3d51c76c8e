"""Rules nobody had seen (pub93, tests/fixtures/pub93, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub93"


def test_a_page_heading_with_its_title_run_on_after_the_number():
    """「### 第 9 条ソフトウェアの導入・利用」: set as a heading, 第 9 条 opens the article, no citation of it; read as the
    article before's text, it was an error (「第9条」 cites nothing) and a warning (第9条 missing)."""
    doc = read_document(HERE / "denx.md")
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 36)]
    assert doc.articles[8].title == "ソフトウェアの導入・利用"
    assert not [f for f in run_checks(doc) if f.rule in ("reference-dangling", "numbering-gap")]


def test_a_page_heading_with_its_first_sentence_run_on_after_the_number():
    """「### 第4条本連合は、前条の目的を達成するために次の事業を行う。」: the article, its sentence its text, and the
    number run into the text told as a departure from the other sixteen."""
    doc = read_document(HERE / "koganei.md")
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 18)]
    art = next(a for a in doc.articles if a.number == "4")
    assert art.title is None and art.body.startswith("本連合は、前条の目的を達成するために")
    found = run_checks(doc)
    assert not [f for f in found if f.rule in ("reference-dangling", "numbering-gap")]
    assert [f.excerpt[:8] for f in found if f.rule == "convention-deviation" and "条番号のすぐ後" in f.message] \
        == ["第4条本連合は、"]


def test_a_line_of_a_text_file_opening_with_a_citation_is_no_heading():
    """Not set as a heading, 「第2条各号に…」 or 「第2条本文の…」 opening a line is the citation it reads as."""
    doc = doc_from_text("第1条（目的）\n本規約は、利用条件を定める。\n第2条（定義）\n用語の意味は次のとおり。\n"
                        "第3条（適用）\n本規約の適用については、\n第2条本文の定めによる。\n")
    assert [a.number for a in doc.articles] == ["1", "2", "3"]
