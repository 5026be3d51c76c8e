"""reference-content-mismatch, the part that reads what a violation cites: 「第三十六条第一項の規定に違反して」 where
第三十六条第一項 imposes nothing.

Only a duty, a prohibition or a requirement can be violated, and legal Japanese says each with a closed set of words
(data/duty_markers.tsv: ならない, 禁止, 義務, ものとする…). A citation 「…に違反」 whose provision holds none of them
names nothing that can be broken: a number slipped or left behind by a renumbering. Every such citation of the corpus
(233, in statutes, bylaws and terms) points at a provision that holds one. Where exactly one neighbour of the cited
provision (the article before or after it, or the paragraph of the same number there; the paragraph before or after it) holds
one, it is suggested.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Context, article_label, load_tsv
from .refs import _reader_paragraphs, find_article, targets

# the citation is what is violated: …の規定に違反, …に違反, …への違反
_VIOLATED = re.compile(r"(?:の規定)?(?:に|へ(?:の)?)違反")


@lru_cache(maxsize=1)
def _duty() -> re.Pattern:
    return re.compile("|".join(re.escape(row[0]) for row in load_tsv("duty_markers.tsv")))


def _provision(article, paragraph: int | None):
    """(label, span) of the article, or of its paragraph ``paragraph``; None where it is not there."""
    if paragraph is None:
        return article_label(article.number), article.span
    p = _reader_paragraphs(article).get(paragraph)
    return (f"{article_label(article.number)}第{paragraph}項", p.span) if p is not None else None


def _imposes(ctx: Context, article, span: tuple[int, int]) -> bool:
    return bool(_duty().search(ctx.text, *span) or (article.title and _duty().search(article.title)))


def violations_without_duty(ctx: Context):
    text = ctx.text
    for t in targets(ctx):
        if t.article is None or t.range_from is not None or t.ref.external or not _VIOLATED.match(text, t.span[1]):
            continue
        art = find_article(ctx, t.article, t.part, near=t.source_article)
        cited = _provision(art, t.paragraph) if art is not None else None
        if cited is None or _imposes(ctx, art, cited[1]):
            continue
        label, _ = cited
        siblings = [a for a in ctx.doc.all_articles() if a.part == art.part]
        i = next((k for k, a in enumerate(siblings) if a is art), None)
        near = [(siblings[k], t.paragraph) for k in (i - 1, i + 1) if i is not None and 0 <= k < len(siblings)]
        if t.paragraph is not None:
            near += [(art, p) for p in (t.paragraph - 1, t.paragraph + 1) if p >= 1]
        meant = [other[0] for a, p in near if (other := _provision(a, p)) is not None and _imposes(ctx, a, other[1])]
        written = text[t.span[0]:t.span[1]]
        hint = f"隣の{meant[0]}は義務や禁止を定めています。番号の誤りではありませんか。" if len(meant) == 1 else \
            "番号の誤りではありませんか。"
        hint_en = f" {meant[0]} next to it does: a number slipped?" if len(meant) == 1 else " A number slipped?"
        yield ctx.finding(
            "reference-content-mismatch", t.span,
            f"「{written}」に違反するとしていますが、{label}は義務も禁止も定めていません（「ならない」「禁止」「義務」"
            f"「ものとする」などの文言がなく、違反しようのない定めです）。{hint}",
            f"「{written}」 is cited as violated, but {label} imposes no duty or prohibition (no ならない, 禁止, 義務, "
            f"ものとする…): nothing in it can be violated.{hint_en}",
            suggestion=meant[0] if len(meant) == 1 else None)
