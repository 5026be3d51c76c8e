"""A citation of an article the document has deleted (「第36条　削除」): 「前二条に基づく懲戒処分」 in 第37条 counts 第35条
and the deleted 第36条, 「第36条の規定により」 names it. An amendment that deletes an article leaves its number (so that
the ones after keep theirs); the citations of it were to be amended with it, and one left behind points at nothing,
or, when its provision moved into another article, at the wrong place.
"""

from __future__ import annotations

import re

from . import Context, article_label
from ..grammar import to_int

# 「削除」, 「（削除）」, 「削除。」 as an article's whole text
_DELETED_TEXT = re.compile(r"^[ \u3000]*[（(]?削除[）)]?。?[ \u3000]*$")
# a relative citation of the articles before or after the citing one (前条, 前二条, 前三条, 次条)
_RELATIVE = re.compile(r"(?<![第同])(前|次)([二三四五六七八九]?)条(?![例件文])")
# an end of a range (「第百三十八条―第百六十三条」, 「第36条から第40条まで」): a range may well span deleted numbers
_RANGE_AFTER = re.compile(r"[ \u3000]*(?:から|―|－|-|〜|～|乃至|ないし|まで)")
_RANGE_BEFORE = re.compile(r"(?:から|―|－|-|〜|～|乃至|ないし)[ \u3000]*$")
# the text of a 附則 or an amendment that deletes or renumbers the article: 「第36条を削除する」, 「第36条を削る」
_DELETING = re.compile(r"[をは][ \u3000]*(?:削除|削る|削り)")


def _deleted(art) -> bool:
    text = "".join(p.text for p in art.paragraphs)
    return bool(_DELETED_TEXT.match(text)) or (art.title or "").strip("（）() \u3000") == "削除" and not text.strip()


def deleted_cited(ctx: Context, cited: list[tuple[tuple[int, int], str, str]]):
    """Findings for the citations of deleted articles: ``cited`` holds (span, article number, part) of the
    document's explicit citations; relative ones (前二条) are read here."""
    # (only the main text: an amendment's 附則 speaks of the articles it deletes)
    seq = [a for a in ctx.doc.all_articles() if not a.block and a.part == "main"]
    gone = {a.number for a in seq if _deleted(a)}
    if not gone:
        return
    text = ctx.text
    for span, number, part in cited:
        if part == "main" and number in gone and not _DELETING.match(text, span[1]) \
                and not _RANGE_AFTER.match(text, span[1]) and not _RANGE_BEFORE.search(text, max(0, span[0] - 4), span[0]):
            yield _finding(ctx, span, text[span[0]:span[1]], [number])
    for k, art in enumerate(seq):
        if art.number in gone:
            continue
        body_start = art.heading_span[1] if art.heading_span else art.span[0]
        for m in _RELATIVE.finditer(text, body_start, art.span[1]):
            if not ctx.in_scope(m.start()):
                continue
            n = to_int(m.group(2)) if m.group(2) else 1
            covered = seq[max(0, k - n):k] if m.group(1) == "前" else seq[k + 1:k + 1 + n]
            dead = [a.number for a in covered if a.number in gone]
            if dead and len(covered) == n:
                yield _finding(ctx, m.span(), m.group(0), dead, [a.number for a in covered])


def _finding(ctx: Context, span, cited: str, dead: list[str], covered: list[str] | None = None):
    named = "・".join(article_label(n) for n in dead)
    over = f"（{'・'.join(article_label(n) for n in covered)}）" if covered else ""
    return ctx.finding(
        "reference-dangling", span,
        f"「{cited}」{over}のうち{named}は削除されています。削除された条を指す参照の直し漏れと思われます。",
        f"「{cited}」 cites {named}, which the document has deleted: a citation not amended with it?",
        severity="warning")
