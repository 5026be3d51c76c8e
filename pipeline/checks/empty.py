"""article-empty: an article with a heading and no text (「第14条（反社会的勢力の排除）」 and then the next article).

A template's clause whose text was never filled in, or was cut when the page was edited. Only when it is rare: a
document in which many articles have nothing under their headings is a list of headings (a table of contents) or a
page whose article texts the copy lost (folded sections of a web page), and its reader knows. 「第10条　削除」 has
text. Chapters and parts are not articles, so a chapter title before its first article is not reported.
"""

from __future__ import annotations

import re

from . import Context, cut_off_at, rule
from .cut_text import furniture_removed
from .numbering import heading_slips

# at most this many empty articles, and at least this many articles with text around them
_MAX_EMPTY, _MIN_WITH_TEXT = 2, 5


def _empty(ctx: Context, art) -> bool:
    return not art.block and not ctx.text[art.heading_span[1]:art.span[1]].strip(" \u3000\n") \
        and not _closing_follows(ctx, art) and not _text_follows(ctx, art) and not _heads_the_next(ctx, art) \
        and not _furniture_under(ctx, art) and not _names_the_document(ctx, art) and not _heading_is_text(ctx, art)


# a heading line this long that ends a sentence inside it is a paragraph set in a heading's element (an <h2> holding a
# page's opening notice): its text is the content, not a title over missing text
_SENTENCE_HEADING = 30


def _heading_is_text(ctx: Context, art) -> bool:
    """Is the heading a paragraph of its own (「お客様に安心して…推奨しております。（…）また、…」 set in an <h2>)?"""
    heading = ctx.text[art.heading_span[0]:art.heading_span[1]].strip(_HEADING_MARKS)
    return len(heading) >= _SENTENCE_HEADING and "。" in heading


def _names_the_document(ctx: Context, art) -> bool:
    """Is the heading the document's title said again (「## GitHubのプライバシーについての声明」 between the summary and
    the sections, at their level)? It heads what follows, not a clause of its own."""
    title = (ctx.doc.title or "").strip(_HEADING_MARKS)
    return bool(title) and (art.title or ctx.text[slice(*art.heading_span)]).strip(_HEADING_MARKS) == title


def _furniture_under(ctx: Context, art) -> bool:
    """Was what stands under the heading removed as page furniture (「Copyright © 2012-2022 Mozilla Corporation」
    under 「## 著作権通知」)? The heading has its text; the comparison leaves it out."""
    norm = ctx.doc.norm
    later = [a.span[0] for a in ctx.doc.all_articles() if a.span[0] >= art.span[1]]
    end = norm.offsets[min(later)] if later else len(ctx.doc.source.text)
    return furniture_removed(norm, norm.offsets[art.heading_span[1] - 1], end)


_HEADING_MARKS = " \u3000\n・•-－*#■◆●"


def _heads_the_next(ctx: Context, art) -> bool:
    """Does the next heading name a part of what this one names (「・補償対象事故および保険金額」 over 「・補償対象事故」,
    both <h2> on a page that nests the second in the first's block)? The heading is over the sections that follow."""
    nxt = next((a for a in ctx.doc.all_articles() if a.span[0] >= art.span[1]), None)
    if nxt is None:
        return False
    mine = (art.title or ctx.text[slice(*art.heading_span)]).strip(_HEADING_MARKS)
    theirs = (nxt.title or ctx.text[slice(*nxt.heading_span)]).strip(_HEADING_MARKS)
    return len(theirs) >= 2 and theirs != mine and mine.startswith(theirs)


def _text_follows(ctx: Context, art) -> bool:
    """Is there text between ``art`` and the next article that no article holds (a table the structure keeps apart,
    「第5条minecraft_〇〇.jsonについて」 over a table of modules)? It is what the heading is over."""
    later = [a.span[0] for a in ctx.doc.all_articles() if a.span[0] >= art.span[1]]
    return bool(later) and bool(ctx.text[art.span[1]:min(later)].strip(" \u3000\n"))


def _closing_follows(ctx: Context, art) -> bool:
    """Does the document's closing start on the line after ``art``'s heading? Then the article's text is the
    closing's: 「## 10. 制定日・改定日」 over 「- 制定日: 2025年…」 lines, which the structure reads as the dates that
    close the document."""
    closing = ctx.doc.closing
    return bool(closing) and _DATES_HEADING.search(art.title or ctx.text[slice(*art.heading_span)]) is not None \
        and not ctx.text[art.span[1]:closing[0].span[0]].strip(" \u3000\n")


# a heading over the dates of the document (制定日・改定日, 改訂履歴, 施行日, or 附則, whose text is when the rules
# take effect: 「第20条（附則）」 over 「2024年2月13日 制定・施行」): what the closing holds. Under another heading
# (第15条（協議）) and then the dates, the article's own text is missing.
_DATES_HEADING = re.compile(r"制定|改定|改訂|改正|施行|更新|沿革|履歴|日付|附則|付則")


def empty_articles(ctx: Context) -> list:
    """The articles with a heading and no text, where they are rare enough to be slips (else none)."""
    full = ctx.full

    def build():
        chapters = heading_slips(full)  # (「## 第10条 福利厚生」 for 第10章: a chapter's heading, numbering's)
        arts = [a for a in full.doc.all_articles() if not a.block and a.heading_span[0] not in chapters]
        empty = [a for a in arts if _empty(full, a)]
        if not empty or len(empty) > _MAX_EMPTY or len(arts) - len(empty) < _MIN_WITH_TEXT:
            return []
        return empty
    return full.memo("empty.articles", build)


@rule("article-empty", "warning", "本文のない条", "article with a heading and no text")
def article_empty(ctx: Context):
    cut = cut_off_at(ctx)
    for art in empty_articles(ctx):
        if not ctx.in_scope(art.heading_span[0]):
            continue
        if cut is not None and art.heading_span[0] >= cut:
            continue  # the heading a text cut off in mid-sentence ends with: its text is past the cut
        heading = ctx.full.text[art.heading_span[0]:art.heading_span[1]].strip()
        yield ctx.finding(
            "article-empty", art.heading_span,
            f"「{heading}」には見出しだけがあり、本文がありません（条文の入れ忘れ、またはひな形の残りと思われます）。",
            f"「{heading}」 has a heading and no text (a clause left out, or a template's leftover).",
            excerpt=heading,
        )
