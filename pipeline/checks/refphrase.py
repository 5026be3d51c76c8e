"""reference-content-mismatch, the part that reads a document's own set phrases of citation: 「…に相当する収納金は、
第26条に定める費用に充当する。」 in bylaws that write the same clause five times more, each time with 第27条.

A document that repeats a clause word for word (the costs of each claim credited to the same fund, the same
provision cited for each kind of notice) cites the same provision in each copy: the words on both sides of the citation
say what is cited. One copy among three or more that cites the provision next to theirs (the article before or after,
or the paragraph before or after in the same article) is a number slipped or left behind by a renumbering. Words on
both sides must be the same, and long enough to be a clause of the document's own rather than grammar (の規定により
follows any citation); a citation written twice with another number is no convention, and neither copy is told.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from . import Context
from .refs import targets

# characters on each side of a citation that make the clause it stands in; at least _LEAST of them on each side
_SIDE = 10
_LEAST = 8
# the copies that set the document's citation in the clause (the odd one out is a single copy beside them)
_MIN_COPIES = 3


def _neighbours(a: tuple, b: tuple) -> bool:
    """Are two cited provisions (article number, paragraph, item) next to each other: the article before or after (no
    paragraph or item cited), or the paragraph before or after in the same article?"""
    (aa, ap, ai), (ba, bp, bi) = a, b
    if ai is not None or bi is not None:
        return False
    if ap is None and bp is None:
        return aa.isdigit() and ba.isdigit() and abs(int(aa) - int(ba)) == 1
    return aa == ba and ap is not None and bp is not None and abs(ap - bp) == 1


def _side(text: str, start: int, end: int) -> str | None:
    side = text[start:end]
    return side if len(side) >= _LEAST and "\n" not in side else None


def citations_against_their_phrase(ctx: Context):
    text = ctx.text
    copies: dict[tuple[str, str], list] = defaultdict(list)
    for t in targets(ctx):
        if t.article is None or t.relative or t.ref.external or t.range_from is not None or t.listed_with \
                or t.part != "main":
            continue
        s, e = t.span
        left = _side(text, max(0, s - _SIDE), s)
        right = _side(text, e, min(len(text), e + _SIDE))
        if left is None or right is None:
            continue
        copies[(left, right)].append(t)
    for group in copies.values():
        if len(group) < _MIN_COPIES + 1:
            continue
        cited = Counter((t.article, t.paragraph, t.item) for t in group)
        (usual, n), = cited.most_common(1)
        if n < _MIN_COPIES:
            continue
        model = next(t for t in group if (t.article, t.paragraph, t.item) == usual)
        usual_text = text[model.span[0]:model.span[1]]
        for t in group:
            key = (t.article, t.paragraph, t.item)
            if cited[key] != 1 or not _neighbours(key, usual):
                continue
            written = text[t.span[0]:t.span[1]]
            yield ctx.finding(
                "reference-content-mismatch", t.span,
                f"同じ文言の箇所がこの文書に{n}回あり、いずれも「{usual_text}」を引いていますが、ここだけ隣の"
                f"「{written}」を引いています。番号の誤りではありませんか。",
                f"The document writes the same words around a citation {n} more times, each citing 「{usual_text}」; "
                f"only here they cite 「{written}」, the provision next to it: a number slipped?",
                suggestion=usual_text)
