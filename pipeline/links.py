"""Link targets: where a Markdown link or an HTML anchor points.

Normalization keeps a link's words and drops its address (``[利用規約](https://…)`` reads 利用規約), so
the compared text never holds the address. A revision that moves a link to a new page under the
same words would then go unseen. This module gives each document's links as (anchor span in the
normalized text, address), read from the source (Markdown) or from what the reader recorded
(``Source.links``, HTML), so the diff can compare the addresses of the links it pairs.
"""

from __future__ import annotations

import bisect
import weakref
from dataclasses import dataclass

from .model import Document
from .normalize import MARKDOWN_LINK


@dataclass(frozen=True)
class Link:
    span: tuple[int, int]  # the anchor's words, normalized offsets
    url: str


# Normalized text → its links: a diff asks for them to decide whether two versions read the same, then
# again for each pair (held weakly: an entry goes with its text).
_BY_NORM: dict[int, tuple[weakref.ref, tuple[Link, ...]]] = {}


def document_links(doc: Document) -> tuple[Link, ...]:
    """Every link of ``doc`` whose words survive normalization, in text order."""
    key = id(doc.norm)
    hit = _BY_NORM.get(key)
    if hit is not None and hit[0]() is doc.norm:
        return hit[1]
    links = _read_links(doc)
    _BY_NORM[key] = (weakref.ref(doc.norm, lambda _r, k=key, cache=_BY_NORM: cache.pop(k, None)), links)
    return links


def _read_links(doc: Document) -> tuple[Link, ...]:
    src = doc.source
    if src.format == "markdown":
        found = [(m.start("ltext"), m.end("ltext"), m.group("url")) for m in MARKDOWN_LINK.finditer(src.text)]
    else:
        found = list(src.links)
    offsets = doc.norm.offsets
    out = []
    for start, end, url in found:
        a = bisect.bisect_left(offsets, start, 0, len(doc.norm.text))
        b = bisect.bisect_left(offsets, end, 0, len(doc.norm.text))
        if b > a and url:
            out.append(Link((a, b), url))
    return tuple(out)


def links_in(links: tuple[Link, ...], span: tuple[int, int]) -> tuple[Link, ...]:
    """The links whose anchors start inside ``span``."""
    def start(lk: Link) -> int:
        return lk.span[0]

    return links[bisect.bisect_left(links, span[0], key=start):bisect.bisect_left(links, span[1], key=start)]
