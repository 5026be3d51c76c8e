"""article-empty: an article with a heading and no text (「第14条（反社会的勢力の排除）」 and then the next article).

A template's clause whose text was never filled in, or was cut when the page was edited. Only when it is rare: a
document in which many articles have nothing under their headings is a list of headings (a table of contents) or a
page whose article texts the copy lost (folded sections of a web page), and its reader knows. 「第10条　削除」 has
text. Chapters and parts are not articles, so a chapter title before its first article is not reported.
"""

from __future__ import annotations

from . import Context, rule

# at most this many empty articles, and at least this many articles with text around them
_MAX_EMPTY, _MIN_WITH_TEXT = 2, 5


def _empty(ctx: Context, art) -> bool:
    return not art.block and not ctx.text[art.heading_span[1]:art.span[1]].strip(" \u3000\n")


def empty_articles(ctx: Context) -> list:
    """The articles with a heading and no text, where they are rare enough to be slips (else none)."""
    full = ctx.full

    def build():
        arts = [a for a in full.doc.all_articles() if not a.block]
        empty = [a for a in arts if _empty(full, a)]
        if not empty or len(empty) > _MAX_EMPTY or len(arts) - len(empty) < _MIN_WITH_TEXT:
            return []
        return empty
    return full.memo("empty.articles", build)


@rule("article-empty", "warning", "本文のない条", "article with a heading and no text")
def article_empty(ctx: Context):
    for art in empty_articles(ctx):
        if not ctx.in_scope(art.heading_span[0]):
            continue
        heading = ctx.full.text[art.heading_span[0]:art.heading_span[1]].strip()
        yield ctx.finding(
            "article-empty", art.heading_span,
            f"「{heading}」には見出しだけがあり、本文がありません（条文の入れ忘れ、またはひな形の残りと思われます）。",
            f"「{heading}」 has a heading and no text (a clause left out, or a template's leftover).",
            excerpt=heading,
        )
