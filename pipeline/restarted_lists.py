"""Paragraphs rendered as a list that restarts at 1 after the article's unnumbered first paragraph.

A web page that marks up a 定款 or 約款 as HTML (each article one ``<p>``, then an ``<ol>`` of its other
paragraphs) shows 第2項 as 「1.」, 第3項 as 「2.」… The parser reads the labels as written, so the
paragraphs of such an article are numbered [None, 1, 2, …], and every 前項 or 第N条第M項 the document
writes then points one paragraph off. The document's own citations tell this rendering from an article
that really numbers its paragraphs from 1 under a lead-in: a 前項 inside the 「1.」 paragraph (nothing
comes before a first paragraph), or a citation of 第M項 one past the article's last label. With such
evidence anywhere, every article of that shape in the document is renumbered (a page renders all its
articles alike); the labels stay as written, so every report still shows 「1.」.
"""

from __future__ import annotations

import re

from .model import Article
from .references import find_references

# 前項, 前二項, 前各項 in the first paragraph cite a paragraph before it: the first one cannot
_EARLIER_PARAGRAPH = re.compile(r"前(?:各|[二三四五六七八九2-9])?項")


def _restarted(article: Article) -> bool:
    """[None, 1, 2, …, n]: an unnumbered first paragraph, then paragraphs labelled from 1, in order."""
    paras = article.paragraphs
    return (len(paras) >= 2 and paras[0].number is None
            and [p.number for p in paras[1:]] == list(range(1, len(paras))))


def _evidence(articles: list[Article], restarted: list[Article], text: str) -> bool:
    by_number = {a.number: a for a in restarted if a.part == "main"}
    for a in restarted:
        first_listed = a.paragraphs[1]
        # (its items quote their own lists: 「前項」 inside a quoted form is no citation, so its own text only)
        own = first_listed.text.split("\n", 1)[0]
        if _EARLIER_PARAGRAPH.search(own):
            return True
    for a in articles:
        body = text[a.span[0]:a.span[1]]
        for r in find_references(body):
            if r.external or r.paragraph is None:
                continue
            target = by_number.get(r.article) if r.article is not None else (a if a in restarted else None)
            if target is not None and r.paragraph == len(target.paragraphs):
                return True  # 第M項 one past the last label: the paragraph the list's last item renders
    return False


def renumber_restarted_lists(articles: list[Article], text: str) -> None:
    """Number the listed paragraphs of every restarted article from 2, when the document's citations read
    them so (see the module's docstring). In place: the parser's articles, before the Document is built."""
    restarted = [a for a in articles if _restarted(a)]
    if not restarted or not _evidence(articles, restarted, text):
        return
    for a in restarted:
        for p in a.paragraphs[1:]:
            p.number += 1
