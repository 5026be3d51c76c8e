"""Clauses headed 第N項: 「第1項　著作権について」「第2項　禁止事項」…, as some shops' terms number the clauses that
others number 第N条 (a <dt><b> per clause, its text and lists in the <dd>).

In a document with 第N条, 第N項 names a paragraph of an article; so it does under sections numbered 1. 2. (each
restarting at 第1項) or under headings that outline the page otherwise. Only where none of these is found, and the
headings go on 1, 2, 3, … once through the document, is each such heading an article of its own, labelled 第N項
as the page shows it.
"""

from __future__ import annotations

from typing import Sequence

from . import grammar


def kou_clauses(lines: Sequence, heading_levels: dict[int, int], toc: set[int]) -> dict[int, tuple[str, str, str]]:
    """Line index → (number, title, label) of the 第N項 headings of ``lines`` (each with .text and .start) that head
    the document's clauses; empty when they do not. ``heading_levels``: line start → Markdown/HTML heading level;
    ``toc``: the line indices of a table of contents, which head nothing."""
    numbered = []
    for i, ln in enumerate(lines):
        if grammar.match_article_heading(ln.text) is not None or grammar.match_captioned_heading(ln.text):
            return {}
        k = grammar.match_kou_heading(ln.text) if i not in toc else None
        if k is not None:
            numbered.append((i, k))
    if len(numbered) < 2 or [int(k[0]) for _i, k in numbered] != list(range(1, len(numbered) + 1)):
        return {}
    if _outlined_otherwise(lines, heading_levels, [i for i, _k in numbered]):
        return {}
    return {i: (k[0], k[1], lines[i].text[:lines[i].text.index("項") + 1]) for i, k in numbered}


def _outlined_otherwise(lines: Sequence, heading_levels: dict[int, int], own: list[int]) -> bool:
    """Do other Markdown/HTML headings outline the document around the lines ``own``: one among them at their level
    or above (any level, where they are no headings), or two of one level before them (「## 目的」 with its text, then
    「## 変更」 over 第1項, 第2項)? A page's title above them outlines nothing."""
    levels = [heading_levels.get(lines[i].start) for i in own]
    deepest = 99 if None in levels else max(levels)
    mine = set(own)
    between = [heading_levels.get(lines[i].start, 100) for i in range(own[0], own[-1]) if i not in mine]
    before = [heading_levels[ln.start] for ln in lines[:own[0]] if ln.start in heading_levels]
    return min(between, default=100) <= deepest or len(before) > len(set(before))
