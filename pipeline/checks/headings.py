"""heading-duplicate: an article headed with the caption of the article before it.

「第16条（危機管理対応）」 then 「第17条（危機管理対応）」 whose text is about something else (a company's 規程): the
caption was copied with the article and not rewritten. Laws give several articles one caption by writing it once
over them, never twice; a document's own practice of marking deleted articles 「（削除）」 repeats on purpose.
"""

from __future__ import annotations

import re

from . import Context, article_label, rule

# captions that rightly recur: an article deleted, or one said to be as the one before
_RECURRING = re.compile(r"^(?:削除|同前|同上|欠番)$")


@rule("heading-duplicate", "warning", "見出しの重複", "article heading copied from the one before")
def heading_duplicate(ctx: Context):
    arts = list(ctx.doc.all_articles())
    for before, art in zip(arts, arts[1:]):
        title = art.title
        if not title or title != before.title or art.part != before.part or _RECURRING.match(title.strip("（）() ")):
            continue
        s, e = art.heading_span
        where = ctx.text.find(title, s, e)
        span = (where, where + len(title)) if where >= 0 else (s, e)
        if ctx.scope is not None and not any(a <= span[0] < b for a, b in ctx.scope):
            continue
        yield ctx.finding(
            "heading-duplicate", span,
            f"{article_label(art.number)}の見出し「{title}」は{article_label(before.number)}と同じです。見出しの写し忘れではありませんか。",
            f"{article_label(art.number)} has the heading of {article_label(before.number)}, 「{title}」: copied and not rewritten?",
            excerpt=title,
        )
