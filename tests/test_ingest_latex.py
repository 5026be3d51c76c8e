"""The LaTeX reader (pipeline.ingest.latex), one construct a test, on a condominium's 管理規約 kept in LaTeX (pub503:
its 2026 edition for LuaLaTeX, its 2022 edition for upLaTeX). Read as plain text, the commands were taken for text and
four articles were read of seventy-two."""

import re
from collections import Counter
from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks
from pipeline.ingest.latex import read_latex

FIXTURES = Path(__file__).parent / "fixtures" / "pub503"
K2026 = FIXTURES / "sophia_kiyaku_2026.tex"
K2022 = FIXTURES / "sophia_kiyaku_2022_uplatex.tex"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff々]")


def _doc(path: Path):
    return read_document(path)


def test_the_articles_are_read_from_their_sectioning_commands():
    """`\\subsubsection*{第１条（目的）}` heads an article; `\\subsection*{第1章 総則}` a chapter."""
    doc = _doc(K2026)
    arts = [a for a in doc.articles if a.part == "main"]
    assert doc.source.format == "latex"
    assert len(arts) >= 70 and arts[0].number == "1" and arts[0].title == "目的"
    assert [c.label for c in doc.chapters][:2] == ["第1章", "第2章"]


def test_the_preamble_comments_and_layout_commands_are_no_text():
    """What the page does not print: the preamble (recorded as a removal), comments, the table of contents' entries,
    layout commands and their dimensions."""
    src = read_latex(K2026.read_bytes(), K2026.name)
    assert "\\" not in src.text and "usepackage" not in src.text and "Norio.Goto" not in src.text
    assert not re.search(r"\b\d*\.?\d+(?:em|pt|zw)\b", src.text)
    assert src.removed and src.removed[0].kind == "markup" and "MIT License" in src.removed[0].text
    assert src.text.count("第1章 総則") == 1  # (its \addcontentsline copy is no text)


def test_the_authors_macros_are_expanded():
    """`\\kou{２}{区分所有者は、同居する者に…}` (\\newcommand{\\kou}[2]{…#1\\hspace{1em}#2}) is paragraph 2 of 第3条."""
    art = next(a for a in _doc(K2026).articles if a.number == "3")
    assert [p.number for p in art.paragraphs] == [None, 2]
    assert art.paragraphs[1].label == "2" and art.paragraphs[1].text.startswith("区分所有者は、同居する者")


def test_an_ifcase_macro_selects_its_alternative():
    """`\\toKansuji{3}` (\\def with \\ifcase\\tempvls \\or 一 \\or 二 …) labels the third item 三."""
    art = next(a for a in _doc(K2026).articles if a.number == "2")
    labels = [it.label for p in art.paragraphs for it in p.items]
    assert labels[:3] == ["一", "二", "三"]


def test_enumerate_labels_follow_setlist_or_latexs_own():
    """`\\setlist[enumerate,1]{label=(\\arabic*)}` numbers the 2026 lists (1) (2); the 2022 edition, which sets none,
    LaTeX's own 1. and, nested, (a); each \\item line is a list entry at its depth, not a paragraph."""
    text26 = read_latex(K2026.read_bytes(), K2026.name).text
    assert re.search(r"(?m)^\(1\)共用の竪排水管", text26.replace(" ", ""))
    src22 = read_latex(K2022.read_bytes(), K2022.name)
    assert re.search(r"(?m)^\(a\) ?各住戸より発報される情報", src22.text)
    assert src22.list_items and {d for _, d in src22.list_items} >= {1, 2}
    doc = _doc(K2022)
    assert not [f for f in run_checks(doc, ["numbering-duplicate"]) if "1." in f.excerpt[:3]]


def test_no_japanese_text_of_the_body_is_lost():
    """Every Japanese character the body writes outside comments and the table of contents' entries is in the text
    (the macros add their own: 一, 二 … of \\toKansuji)."""
    for path in (K2026, K2022):
        raw = path.read_text(encoding="utf-8")
        body = raw[raw.index("\\begin{document}"):]
        body = re.sub(r"(?<!\\)%[^\n]*", "", body)
        body = re.sub(r"\\addcontentsline\{[^}]*\}\{[^}]*\}\{[^}]*\}", "", body)
        text = read_latex(path.read_bytes(), path.name).text
        wanted, got = Counter(JAPANESE.findall(body)), Counter(JAPANESE.findall(text))
        assert not wanted - got, (path.name, (wanted - got).most_common(5))


def test_the_bylaws_known_slips_are_told_in_their_latex_edition():
    """The slips the corpus's text edition of these bylaws is known for (../shared kiyaku) are told in the LaTeX one:
    共用部 and 区分者 for the defined 共用部分 and 区分所有者, 意義の申し出, 及び第2項及び第2項, 法機, ガーデンンズ."""
    found = {(f.rule, f.excerpt) for f in run_checks(_doc(K2022))}
    for expected in (("term-inconsistent", "共用部"), ("term-inconsistent", "区分者"),
                     ("confusable-word", "意義の申"), ("duplication", "及び第2項及び第2項"),
                     ("confusable-word", "法機"), ("name-variant", "ガーデンンズ")):
        assert expected in found, expected


def test_a_plain_text_named_tex_reads_as_its_text():
    """A .tex file that is its text (no commands at all) reads as written."""
    doc = doc_from_text("第1条（目的）\nこの規約は、管理組合の運営について定める。\n", "plain.tex")
    assert doc.source.format == "latex" and [a.number for a in doc.articles] == ["1"]
