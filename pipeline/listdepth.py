"""How deep in a list each line of a document stands: the nesting a Markdown or HTML list shows by indentation
or by <ol> inside <li>, which normalization (one line per block, leading spaces dropped) does not keep.

Web terms number their paragraphs with a list and the items of a paragraph with a list nested in it
(「2. 当社は、次の各号に…」 then 「   1. …」), or write a paragraph as text followed by a list of its items.
Both lists label with 1. 2. 3.: only the nesting tells a paragraph from an item.

``list_depths(norm, source)`` maps the normalized offset of each line that is a list item to its depth (1 for a
top-level list). HTML readers record their <li> lines in ``Source.list_items``; Markdown list items are read
from the source lines themselves (a list marker after some indentation); other formats have no lists.
"""

from __future__ import annotations

import re

from .model import Normalized, Source

# a Markdown list item: a line break, indentation, then 1. / 1) / - / * / +, then a space (led by the literal
# line break, which the regex engine finds by a fast scan: three times faster than (?m)^ on a long text)
_MD_ITEM = re.compile(r"\n([ \t]*)(?:[0-9]{1,3}[.)]|[-*+])[ \t]")


def list_depths(norm: Normalized, source: Source) -> dict[int, int]:
    if source.format == "html":
        by_source_line = dict(source.list_items)
    elif source.format == "markdown":
        by_source_line = _markdown_items(source.text)
    else:
        return {}
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
    found = [(m.start(), len(m.group(1).expandtabs(4))) for m in _MD_ITEM.finditer("\n" + text)]
    if not found:
        return {}
    rank = {w: i + 1 for i, w in enumerate(sorted({w for _, w in found}))}
    return {start: rank[w] for start, w in found}
