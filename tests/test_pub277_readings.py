"""What the pub277–pub282 readings found on published terms (hotels, courses and schools, outsourcing and NDAs,
software licences, matching and community services, food delivery and reservations), read as text and kept outside
the repository. Each construct is tested here in text of the same shape written for the test."""

from conftest import doc_from_text, said_in_text

_said = said_in_text


# ------------------------------------------------------------------ Markdown saved as .txt

_NDA = ("# 秘密保持契約書\n\nABC株式会社（以下「甲」という）及びXYZ株式会社（以下「乙」という）は、次のとおり契約を締結する。\n\n"
        "第1条（定義）\n\n1. 「秘密情報」とは、甲が乙に開示した情報をいう。\n1. 前項の情報のうち、次のいずれかに該当するものは除く。\n"
        "  1. 開示を受けた際に公知の情報\n  1. 開示を受けた後、乙の責めによらず公知となった情報\n"
        "  1. 開示を受ける前に乙が知り得ていた情報\n\n第2条（義務）\n\n1. 乙は、秘密情報を秘密として保持する。\n"
        "1. 乙は、秘密情報を本契約の目的以外に使用しない。\n1. 乙は、甲の承諾なく秘密情報を複製しない。\n")


def test_a_text_file_with_a_title_heading_and_lists_markdown_numbers_is_markdown():
    """One ATX heading (the title) and lists whose items all read 「1.」: Markdown numbers them 1, 2, 3 on the page. Read
    as plain text, each 「1.」 was a number used twice (fifteen false errors on two such agreements)."""
    doc = doc_from_text(_NDA, "nda.txt")
    assert doc.source.format == "markdown"
    assert _said(_NDA, "numbering-duplicate") == []
    # a plain text numbered by hand keeps its slips: one heading, no list of 「1.」 lines
    slipped = "# 規約\n第1条（目的）\n1. 本規約は利用条件を定める。\n2. 会員は本規約に従う。\n2. 当社は本規約を変更できる。\n"
    assert doc_from_text(slipped, "rules.txt").source.format == "text"


# ------------------------------------------------------------------ a text cut off in a word it writes elsewhere

def test_a_text_that_stops_inside_a_katakana_word_it_writes_whole_is_cut():
    """「…部分を問わず本ソフトウェ」 in terms of 本ソフトウェア: the excerpt stops in mid-word; the cut word is no
    misspelling and 第9条 is past the cut. A text ending on a whole word (本ソフトウェア) is finished."""
    head = ("第1条（定義）\n本規約において「本ソフトウェア」とは、当社が提供するプログラムをいいます。\n"
            "第2条（許諾）\n当社は、利用者に対し、第9条の条件で本ソフトウェアの使用を許諾します。\n"
            "第3条（禁止）\n利用者は、全体、部分を問わず本ソフトウェ")
    assert _said(head, "term-inconsistent") == []
    assert _said(head, "reference-dangling") == []
    assert len(_said(head, "sentence-unterminated", ("info",))) == 1
