"""reference-shifted: citations left one article off when the articles were renumbered (条ズレ).

An article was deleted (or inserted) and the articles after it renumbered, but the citations were not:
each citation of a later article now points at the one after (or before) the article meant. The titled
citations say so themselves: 「第15条（責任と損害額の制限）」 where 第15条 is now 補償および免責 and
第14条 is 責任と損害額の制限 (reference-title-mismatch reports each). A citation without a title says
nothing of itself, but it was left as stale as the titled ones beside it: 「第17条に基づき…」,
「第25条第3項」.

The document's own evidence decides: at least two titled citations of different articles (or citations
whose content fits the article next door, reference-content-mismatch) that are off by the same one
article, from 第B条 on, and no titled citation of an article from 第B条 on that is right. Then every
untitled citation of 第B条 or later is reported with the article one off as the suggestion. A document
that updated some of its citations and not others shows a right titled citation among the stale ones,
and nothing is said.

Where the article removed lies before 第B条 is not known: only after the last titled citation that is
right. An untitled citation there is reported when its own sentence says so: its words name the article
next door (title and text, the words few articles share weighing most) clearly more than the article cited
(「代表理事は理事の互選で選定（第25条）」 where 第24条 is 代表理事 and 第25条 理事の職務及び権限).
"""

from __future__ import annotations

import math
import re
from collections import Counter

from . import Context, article_label, rule
from .refcontent import content_mismatches
from .refs import _articles_by_part, _same_title, heading_like, reference_dangling, targets, titled_span

# distinct articles cited one off by the same amount, the least that shows a renumbering
_MIN_EVIDENCE = 2
# the article a citation (or a suggestion) starts with: 第21条第1項 → 21; not a branch number (第21条の2)
_SUGGESTED_ARTICLE = re.compile(r"^第([0-9]+)条(?![の0-9])")


def _number(number: str | None) -> int | None:
    return int(number) if number is not None and number.isdigit() else None


def _observations(ctx: Context) -> list[tuple[int, int, str]]:
    """(cited article, how far off the article meant is, what shows it) of the main part's citations that tell:
    0 for a titled citation of the article so titled, ±1 for one titled as the article next door, and ±1 for a
    citation whose content fits the article next door."""
    arts = {a.number: a for a in _articles_by_part(ctx).get("main", [])}
    out = []
    for t in targets(ctx):
        r = t.ref
        n = _number(t.article)
        if n is None or t.relative or r.article is None or not heading_like(r.title):
            continue
        cited = arts.get(t.article)
        if cited is not None and cited.title and _same_title(cited.title, r.title):
            out.append((n, 0, ""))
            continue
        for d in (-1, 1):
            other = arts.get(str(n + d))
            if other is not None and other.title and _same_title(other.title, r.title):
                s, e = titled_span(t)
                out.append((n, d, ctx.text[s:e]))
                break
    for f in content_mismatches(ctx):
        m = _SUGGESTED_ARTICLE.match(f.suggestion or "")
        cited = _SUGGESTED_ARTICLE.match(f.excerpt)
        if m and cited and abs(int(m.group(1)) - int(cited.group(1))) == 1:
            out.append((int(cited.group(1)), int(m.group(1)) - int(cited.group(1)), f.excerpt[:f.span[1] - f.span[0]]))
    return out


def _renumbering(ctx: Context) -> tuple[int, int, list[str]] | None:
    """(first article cited off, by how much, the citations that show it), or None."""
    obs = _observations(ctx)
    for d in (-1, 1):
        off = {n: shown for n, dd, shown in obs if dd == d}
        if len(off) < _MIN_EVIDENCE:
            continue
        first = min(off)
        if any(n >= first and dd != d for n, dd, _ in obs):
            return None  # a right citation (or one off the other way) among them: no single renumbering
        return first, d, [off[n] for n in sorted(off)]
    return None


@rule("reference-shifted", "warning", "条ズレ（繰り下げ・繰り上げの漏れ）", "citation left one off by a renumbering")
def reference_shifted(ctx: Context):
    found = _renumbering(ctx)
    if found is None:
        return
    first, d, shown = found
    arts = {a.number for a in _articles_by_part(ctx).get("main", [])}
    dangling = [f.span for f in reference_dangling(ctx)]
    evidence = "、".join(f"「{s}」" for s in shown[:3]) + ("など" if len(shown) > 3 else "")
    right = max((n for n, dd, _ in _observations(ctx) if dd == 0 and n < first), default=0)
    fit = _content_fit(ctx)
    for t in targets(ctx):
        r = t.ref
        n = _number(t.article)
        if n is None or n <= right or t.relative or r.article is None or heading_like(r.title):
            continue  # (a titled citation tells for itself: reference-title-mismatch)
        if str(n + d) not in arts or any(a < t.span[1] and t.span[0] < b for a, b in dangling):
            continue
        below = n < first
        if below and not fit.neighbour_fits(t, str(n), str(n + d)):
            continue  # before the first citation shown off, the renumbering may not have reached it
        meant = article_label(str(n + d)) + (f"第{t.paragraph}項" if t.paragraph else "") + (
            f"第{t.item}号" if t.item else "")
        cited = ctx.text[t.span[0]:t.span[1]]
        title = fit.arts[str(n + d)].title if below else None
        yield ctx.finding(
            "reference-shifted", t.span,
            f"この文書の{article_label(str(first))}以降への参照は1条{'前' if d < 0 else '後'}にずれています（{evidence}）。"
            + (f"この文の語句は{meant}（{title}）の内容に合います。" if below and title else "")
            + f"「{cited}」も{meant}の誤りではありませんか。",
            f"This document's citations of article {first} on are one article off ({evidence}, renumbered and not "
            f"updated)" + (f"; this sentence's words fit {meant} ({title})" if below and title else "")
            + f": 「{cited}」 probably means {meant}.",
            suggestion=meant,
        )


# the words of a sentence and of an article: runs of kanji or katakana (代表理事, 互選, 会費, サービス)
_WORD = re.compile(r"[\u3400-\u9fff々\u30a1-\u30ffー]{2,}")
# the citing sentence must weigh the neighbour this much, and this many times the article cited
_FIT_MIN, _FIT_RATIO = 2.0, 2.0


class _ContentFit:
    """How well the words of a citing sentence fit an article: each word the article's title holds counts three
    times, its text once, weighted by how few of the document's articles hold it (理事 in every article of a
    定款 says nothing; 互選 in one says much)."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.arts = {a.number: a for a in _articles_by_part(ctx).get("main", [])}
        self._words = {n: (set(_WORD.findall(a.title or "")), set(_WORD.findall(a.text))) for n, a in self.arts.items()}
        held = Counter(w for title, text in self._words.values() for w in title | text)
        total = max(1, len(self.arts))
        self._weight = {w: math.log(total / k) for w, k in held.items()}

    def _sentence(self, t) -> set[str]:
        text = self.ctx.text
        s, e = self.ctx.line_span(t.span[0])
        left = max(text.rfind("。", s, t.span[0]) + 1, s)
        right = text.find("。", t.span[1], e)
        return set(_WORD.findall(text[left:t.span[0]] + " " + text[t.span[1]:e if right < 0 else right]))

    def score(self, words: set[str], number: str) -> float:
        title, text = self._words.get(number, (set(), set()))
        return sum(self._weight.get(w, 0.0) * (3 if w in title else 1) for w in words if w in title or w in text)

    def neighbour_fits(self, t, cited: str, neighbour: str) -> bool:
        src = t.source_article  # (the words of the citing article's own title say nothing of the one cited)
        words = self._sentence(t) - (set(_WORD.findall(src.title or "")) if src is not None else set())
        there, next_door = self.score(words, cited), self.score(words, neighbour)
        return next_door >= _FIT_MIN and next_door >= _FIT_RATIO * there


def _content_fit(ctx: Context) -> _ContentFit:
    return ctx.memo("shifted.fit", lambda: _ContentFit(ctx))
