"""Link targets: where a Markdown link or an HTML anchor points.

Normalization keeps a link's words and drops its address (``[利用規約](https://…)`` reads 利用規約), so
the compared text never holds the address. A revision that moves a link to a new page under the
same words would then go unseen. This module gives each document's links as (anchor span in the
normalized text, address), read from the source (Markdown) or from what the reader recorded
(``Source.links``, HTML), so the diff can compare the addresses of the links it pairs.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .model import Document

# The inline link of CommonMark, as normalize reads it: [text](address "title"); an image ![…](…) too.
MARKDOWN_LINK = re.compile(r"!?\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]*)(?:\s+\"[^\"]*\")?\)")


@dataclass(frozen=True)
class Link:
    span: tuple[int, int]  # the anchor's words, normalized offsets
    url: str


def document_links(doc: Document) -> list[Link]:
    """Every link of ``doc`` whose words survive normalization, in text order."""
    src = doc.source
    if src.format == "markdown":
        found = [(m.start("text"), m.end("text"), m.group("url")) for m in MARKDOWN_LINK.finditer(src.text)]
    else:
        found = list(src.links)
    offsets = doc.norm.offsets
    out = []
    for start, end, url in found:
        a = bisect.bisect_left(offsets, start, 0, len(doc.norm.text))
        b = bisect.bisect_left(offsets, end, 0, len(doc.norm.text))
        if b > a and url:
            out.append(Link((a, b), url))
    return out


def links_in(links: list[Link], span: tuple[int, int]) -> list[Link]:
    """The links whose anchors start inside ``span``."""
    starts = [lk.span[0] for lk in links]
    return links[bisect.bisect_left(starts, span[0]):bisect.bisect_left(starts, span[1])]
