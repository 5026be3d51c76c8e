"""Labels written mid-line: the items and paragraphs of a page whose lines were run together (a PDF's text
flattened to one line, 「…次の各号に掲げる者とする。 (1)本学職員… (2)本学学生… (3)一般の利用者」). The structure reads
a label only where a line starts, so such items stand inside their neighbour's text; the numbering and
reference rules ask here before calling a number missing.
"""

from __future__ import annotations

import re

from .. import grammar
from ..grammar import to_int

# where a run-in label may stand: a bracketed or circled number anywhere (normalization drops the space a flattened
# page kept before it: 「…準ずる者(2)本学学生…」) but right after 条, 項 or 号 (「第6項(4)の期日」 cites an item), a
# kanji or kana label after a space or a sentence's end
_ITEM_PLACE = re.compile(r"(?<![条項号])(?=[(（\u2460-\u2487])|(?<=[ \u3000。])[ \u3000]*(?=[一二三四五六七八九十ア-ン])"
                         r"|(?<=[。\]])(?=[a-zA-Z][)）])")  # (「…を添付してください。]a)代理権確認書類」: a letter's label)
# 「…しなければならない。 4 会社は、…」: the next paragraph's number after a finished sentence (normalization takes out
# the space the source set after it)
PARAGRAPH_RUN_IN = re.compile(r"。[ \u3000]*(?P<n>[0-9０-９]{1,2})(?=[ \u3000]*[\u3041-\u30ff\u4e00-\u9fff「（(])")
_LOOK = 24  # characters a label and the start of its text take


def _styles(style: str) -> frozenset[str]:
    return frozenset(style.split("|"))  # an ambiguous label (イ: iroha or aiu) carries both readings


def run_in_items(text: str, start: int, end: int) -> list[tuple[frozenset[str], int]]:
    """(styles, number) of each item label written mid-line in ``text[start:end]``, in order."""
    out = []
    for m in _ITEM_PLACE.finditer(text, start, end):
        label = grammar.match_item_label(text[m.end():min(end, m.end() + _LOOK)].split("\n", 1)[0])
        if label is not None and label.number is not None:
            out.append((_styles(label.style), label.number))
    return out


# 「…応じないことがあります。一通信契約を…とき。二旅行者が…とき。三…」: a page that ran its kanji-numbered items into
# the sentence before, the label glued to the item's first word. One such 「。一」 could open a sentence (一部の…), so
# only the whole run 一, 二, … up to the number cited, in order, each after a sentence's end, is taken as the list
# the numeral of a kanji item label, 一 to 十九
KANJI_ITEM_NUMERAL = r"(?:十[一二三四五六七八九]?|[一二三四五六七八九])"
_GLUED_KANJI_LABEL = re.compile(rf"(?<=[。：:])(?P<n>{KANJI_ITEM_NUMERAL})(?=[\u3041-\u30ff\u4e00-\u9fff「（(])")


def glued_items_run_in(text: str, start: int, end: int, number: int) -> bool:
    """Are items 一 to ``number`` (and 二) all written glued after a sentence's end in ``text[start:end]``, in order?"""
    found = [to_int(m.group("n")) for m in _GLUED_KANJI_LABEL.finditer(text, start, end)]
    return number >= 1 and _in_order(list(range(1, max(number, 2) + 1)), found)  # (a list has two items at least)


def run_in_paragraphs(text: str, start: int, end: int) -> list[int]:
    """The numbers of the paragraph labels written after a sentence's end, mid-line, in ``text[start:end]``."""
    return [to_int(m.group("n")) for m in PARAGRAPH_RUN_IN.finditer(text, start, end)]


def _in_order(wanted: list[int], found: list[int]) -> bool:
    it = iter(found)
    return all(any(n == w for n in it) for w in wanted)


def items_run_in(text: str, start: int, end: int, style: str, numbers: range) -> bool:
    """Are the items ``numbers`` of ``style`` all written mid-line in ``text[start:end]``, in order?"""
    styles = _styles(style)
    found = [n for s, n in run_in_items(text, start, end) if s & styles]
    return bool(numbers) and _in_order(list(numbers), found)


def item_after_run_in(text: str, start: int, end: int, style: str, number: int) -> bool:
    """Is an item of ``style`` numbered after ``number`` written mid-line in ``text[start:end]`` (the next item of a
    list whose sub-items follow: 「ア …留学生 (3) 本学の大学院学生に含む者⏎ア 大学院の…」)?"""
    styles = _styles(style)
    return any(s & styles and n > number for s, n in run_in_items(text, start, end))


def paragraphs_run_in(text: str, start: int, end: int, numbers: range) -> bool:
    """Are the paragraphs ``numbers`` all written mid-line in ``text[start:end]``, in order?"""
    return bool(numbers) and _in_order(list(numbers), run_in_paragraphs(text, start, end))
