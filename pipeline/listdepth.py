"""How deep in a list each line of a document stands: the nesting a Markdown or HTML list shows by indentation
or by <ol> inside <li>, which normalization (one line per block, leading spaces dropped) does not keep.

Web terms number their paragraphs with a list and the items of a paragraph with a list nested in it
(「2. 当社は、次の各号に…」 then 「   1. …」), or write a paragraph as text followed by a list of its items.
Both lists label with 1. 2. 3.: only the nesting tells a paragraph from an item.

``list_depths(norm, source)`` maps the normalized offset of each line that is a list item to its depth (1 for a
top-level list). HTML readers record their <li> lines in ``Source.list_items`` (the LaTeX reader its \\item
lines); Markdown list items are read
from the source lines themselves (a list marker after some indentation). A plain text file shows a nested list by
indentation only (「1.運営者は…」 then 「  1.虚偽の…」): see ``_indented_text_items``. Other formats have no lists.
"""

from __future__ import annotations

import re

from . import grammar
from .model import Normalized, Source

# a Markdown list item: a line break, indentation, then 1. / 1) / - / * / +, then a space (led by the literal
# line break, which the regex engine finds by a fast scan: three times faster than (?m)^ on a long text)
# (a full-width space indents as two columns: rules typed in a Japanese editor indent their lists with it, 「　　1.」
# beside 「    1.」 in one list)
_MD_ITEM = re.compile(r"\n([ \t\u3000]*)(?:[0-9]{1,3}[.)]|[-*+])[ \t]")


def list_depths(norm: Normalized, source: Source) -> dict[int, int]:
    if source.format in ("html", "latex"):
        by_source_line = dict(source.list_items)
    elif source.format == "markdown":
        by_source_line = _markdown_items(source.text)
    elif source.format == "text":
        return _indented_text_items(norm, source)
    else:
        return {}
    return _by_normalized_line(norm, source, by_source_line)


def _indented_text_items(norm: Normalized, source: Source) -> dict[int, int]:
    """Normalized line start → depth (2 or more) of the numbered lines of a text file that a list nested below a
    numbered line shows by indentation: 「1.運営者は…以下の事由がある場合…」 then 「  1.虚偽の事項を…」「  2.…」, then
    「2.運営者は…」 back at the margin. Only a list that starts at 1, indented deeper than the numbered line before
    it, is nested: a text file indents loosely (a paragraph 「 ２．」 one space in, the PDF it was copied from), and
    its paragraphs so indented go on 2, 3, … where a new list starts at 1. The lines at the outer level get no
    depth: they are read as before, by their numbers."""
    out: dict[int, int] = {}
    levels: list[int] = []  # indentation of the open numbered levels, outermost first
    text, src = norm.text, source.text
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        start, line_start = end + 1, start
        # (only a numbered line, or any line while a list is open, needs the structural test: most lines of a law
        # are neither)
        if not line[:1].isdigit():
            if levels and grammar.is_structural_start(line):
                levels = []  # an article's numbering is its own
            continue
        if grammar.is_structural_start(line):
            levels = []
            continue
        label = grammar.match_paragraph_number(line)
        width = _indentation(src, norm.offsets[line_start]) if label is not None and label.style == "dot" else None
        if width is not None:
            while levels and levels[-1] > width:
                levels.pop()
            if not levels or (levels[-1] < width and label.number == 1):
                levels.append(width)
            if len(levels) > 1:
                out[line_start] = len(levels)
    return out


def _indentation(src: str, at: int) -> int | None:
    """How far the source line holding offset ``at`` is indented before ``at`` (a full-width space counts two),
    or None when text precedes ``at`` on that line."""
    lead = src[src.rfind("\n", 0, at) + 1:at]
    if lead.strip(" \t\u3000"):
        return None
    return _width(lead)


def _width(lead: str) -> int:
    """The columns an indentation takes: a tab to 4, a full-width space two (Japanese editors indent with it)."""
    return len(lead.expandtabs(4)) + lead.count("\u3000")


def lazy_numbers(norm: Normalized, source: Source) -> dict[int, int]:
    """Normalized line start → the number a reader sees on each item of a Markdown list numbered lazily.

    Markdown renders an ordered list from its first number on, whatever the others say, and writers use it:
    「1. 慰霊祭の開催」「1. 刊行物の出版」「1. 公益に資する活動の支援」 read 1, 2, 3 on the page. Only a list whose
    items carry its first number, three or more and all but one at most (1. 1. 1. 4. 1.: a number typed among them),
    is taken so, or both items of a list of two (1. 1.: the page shows 1. 2. either way); a list numbered by hand
    (1. 2. 2. 4.) keeps its numbers, and its slips are reported."""
    if source.format != "markdown":
        return {}
    return _by_normalized_line(norm, source, _lazy_items(source.text))


# a line's indentation, and its number when it is a Markdown ordered list item (1. or 1))
_MD_LINE = re.compile(r"([ \t\u3000]*)(?:([0-9]{1,3})[.)][ \t])?")


def _lazy_items(text: str) -> dict[int, int]:
    lists: list[tuple[int, list[tuple[int, int]]]] = []  # open lists, outermost first: (indentation, items)
    closed: list[list[tuple[int, int]]] = []

    def close(deeper_than: int) -> None:
        while lists and lists[-1][0] >= deeper_than:
            closed.append(lists.pop()[1])

    pos = 0
    in_item = False  # the line before was an item's, with no blank line since: a line of text goes on with it
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            in_item = False
            continue  # a blank line ends no list
        m = _MD_LINE.match(line)
        width = _width(m.group(1))
        if m.group(2) is None and grammar.is_structural_start(
                line.strip(" \t\u3000").translate(grammar.WIDE_DIGITS)):
            # 「 第４条（試用期間）」 under an item, one space in: the next article, whatever Markdown would make of
            # it; every list before it ends (its 「1.」 lines number the next article's paragraphs from 1)
            in_item = False
            close(0)
            continue
        if m.group(2) is None and in_item and line.lstrip()[:1] not in "-*+#>|":
            continue  # the item's text wrapped (Markdown's lazy continuation): no new block
        in_item = m.group(2) is not None
        if m.group(2) is not None:
            close(width + 1)  # a list nested deeper than this item ends with it
            if lists and lists[-1][0] == width:
                lists[-1][1].append((start, int(m.group(2))))
            else:
                lists.append((width, [(start, int(m.group(2)))]))
        else:
            # a bullet, a heading or text ends the ordered lists at its indentation and deeper (text indented
            # under an item is that item's)
            close(width)
    close(0)
    # (1. 1. of two items too: the page shows 1. 2., whether the writer numbered lazily or slipped, so a reader
    # sees nothing to correct; 「1. 以下の申請フォームを…」「1. 以下のリンクにアクセス…」, pub472)
    lazy = [items for items in closed if _lazy(items, 3) or len(items) == 2 and _lazy(items, 2)]
    return {start: items[0][1] + i for items in lazy for i, (start, _) in enumerate(items)}


def _lazy(items: list[tuple[int, int]], least: int) -> bool:
    first = items[0][1]
    same = sum(1 for _, n in items if n == first)
    return same >= least and len(items) - same <= 1


def _by_normalized_line(norm: Normalized, source: Source, by_source_line: dict[int, int]) -> dict[int, int]:
    if not by_source_line:
        return {}
    out: dict[int, int] = {}
    text, offsets, src = norm.text, norm.offsets, source.text
    start = 0
    while start < len(text):
        o = offsets[start]
        depth = by_source_line.get(src.rfind("\n", 0, o) + 1)
        if depth is not None:
            out[start] = depth
        nl = text.find("\n", start)
        if nl < 0:
            break
        start = nl + 1
    return out


def _markdown_items(text: str) -> dict[int, int]:
    """Source line start → depth of each Markdown list item. The indentations a document uses are ranked: the
    least indented lists are depth 1, the next indentation depth 2 (whatever number of spaces each writer uses)."""
    # scanned with a line break before the text: a match at m.start() is the line starting at m.start() of text
    found = [(m.start(), _width(m.group(1))) for m in _MD_ITEM.finditer("\n" + text)]
    if not found:
        return {}
    rank = {w: i + 1 for i, w in enumerate(sorted({w for _, w in found}))}
    return {start: rank[w] for start, w in found}
