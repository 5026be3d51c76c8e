"""Citations no numbering allows (part of reference-dangling): 「同条第2条第6号」, 「前項第2条」.

同条, 前条, 本条 and 次条 name an article already: a 第N条 after one names a second article in the same breath, where
only a 項 or 号 of that article can follow (同条第6号, 前条第2項). 前項, 同項, 本項 and 次項 name a paragraph, of which only
a 号 can follow (前項第2号). Such a citation is a slip of the number's unit or a word left from an edit (「同条第2条
第6号」 of a hotel's 約款, for the 暴対法's 同条第6号), and resolving its 第N条 as an article of this document would say
why it fails wrongly: it is told as it is, and no other reading of it is.

本 and 当 name the provision they stand in (本条, 当条): a number after them (「本12条に定める」) crosses two ways of
citing, the article itself or 第12条, and the reader cannot tell which was meant. (前 and 次 take a count: 前2条 is the
two articles before, and is not this.)
"""

from __future__ import annotations

import re

from . import Context, finditer
from ..grammar import to_int

_NUMBER = r"[0-9０-９一二三四五六七八九十百]+"
_ARTICLE_THEN_ARTICLE = re.compile(rf"(?P<rel>[前同本次]条)(?P<cite>第{_NUMBER}条)(?P<rest>(?:第{_NUMBER}[項号])*)")
_PARAGRAPH_THEN_UNIT = re.compile(rf"(?P<rel>[前同本次]項)(?P<cite>第(?P<n>{_NUMBER})(?P<unit>条|項))")
# 「第４２の２による」: a branch article (第42条の2) with its 条 dropped; not a table's or form's number (別表第2の1,
# 様式第3の2), nor a number that goes on with its unit (第2の2項)
_BRANCH_WITHOUT_UNIT = re.compile(rf"(?<![表紙記式])第(?P<n>[0-9０-９]{{1,3}})の(?P<b>[0-9０-９]{{1,2}})(?![0-9０-９条項号章節款編回期日年月])")
# 「第２３条、第２４条、第２９条から第」 and the paragraph's end: a list of citations broken off at its last 第, the
# number and what the sentence goes on to say lost, or split off into a paragraph of their own
_CITATION_BROKEN_OFF = re.compile(rf"第{_NUMBER}[条項号](?:から|及び|および|並びに|ならびに|又は|または|若しくは|もしくは|、)第"
                                  r"[ \u3000]*(?=\n|$)")
_NUMBER_GOES_ON = re.compile(rf"\n[ \u3000]*{_NUMBER}[条項号]")
# 本12条: not after a kanji (資本, 日本: the 本 of a word)
_THIS_NUMBERED = re.compile(rf"(?<![\u3400-\u9fff々])(?P<rel>[本当])(?P<n>{_NUMBER})(?P<unit>[条項号])")


def _wrapped(ctx: Context, end: int) -> bool:
    """Is the line break at normalized offset ``end`` one line break of the source (a wrap), not a paragraph's end (a
    blank line, or a line of markup between: 「第２９条から第」⏎「{: .kou}」⏎⏎「３６条の規定に準じ」)?"""
    offsets, src = ctx.doc.norm.offsets, ctx.doc.source.text
    if end + 1 >= len(offsets):
        return False
    return src.count("\n", offsets[end - 1], offsets[end + 1]) <= 1


def _in_a_first_paragraph(ctx: Context, pos: int) -> bool:
    art, para, _item = ctx.locate(pos)
    return art is not None and para is not None and bool(art.paragraphs) and para is art.paragraphs[0]


def malformed_citations(ctx: Context):
    text = ctx.text
    for m in _ARTICLE_THEN_ARTICLE.finditer(text):
        rel, cite, rest = m.group("rel"), m.group("cite"), m.group("rest")
        fixed = rel + rest if rest else None
        yield ctx.finding(
            "reference-dangling", m.span(),
            f"「{m.group(0)}」は「{rel}」のあとに条番号「{cite}」が続いています。「{rel}」が条を示しているので、続くのは項か号"
            f"だけです" + (f"（「{fixed}」）。" if fixed else "。"),
            f"「{m.group(0)}」 names an article after 「{rel}」, which names one already: only a paragraph or an item can "
            f"follow it" + (f" (「{fixed}」)." if fixed else "."),
            suggestion=fixed,
        )
    for m in _PARAGRAPH_THEN_UNIT.finditer(text):
        rel, cite = m.group("rel"), m.group("cite")
        fixed = f"{rel}第{m.group('n')}号"
        if rel == "前項" and cite.endswith("項") and _in_a_first_paragraph(ctx, m.start()):
            # 「前項第1項」 in an article's first paragraph, which has no 前項: the article before's paragraph (前条第1項)
            fixed = f"前条{cite}"
            yield ctx.finding(
                "reference-dangling", m.span(),
                f"「{m.group(0)}」は項を示す「前項」のあとに「{cite}」が続いています。ここは条の最初の項で前項がないため、"
                f"「{fixed}」の誤りと思われます。",
                f"「{m.group(0)}」: 「前項」 names a paragraph and 「{cite}」 another; in an article's first paragraph, with "
                f"no paragraph before it, 「{fixed}」 was meant.",
                suggestion=fixed,
            )
            continue
        yield ctx.finding(
            "reference-dangling", m.span(),
            f"「{m.group(0)}」は項を示す「{rel}」のあとに「{cite}」が続いています。項に続くのは号だけです（「{fixed}」）。",
            f"「{m.group(0)}」: after 「{rel}」, which names a paragraph, only an item can follow (「{fixed}」).",
            suggestion=fixed,
        )
    if "の" in ctx.scanned_text:
        branches = {a.number for a in ctx.doc.all_articles() if "_" in a.number}
        for m in finditer(_BRANCH_WITHOUT_UNIT, text) if branches else ():
            n, b = m.group("n"), m.group("b")
            if f"{to_int(n)}_{to_int(b)}" not in branches:
                continue  # (only where the document has that article: then nothing else can be meant)
            fixed = f"第{n}条の{b}"
            yield ctx.finding(
                "reference-dangling", m.span(),
                f"「{m.group(0)}」は条番号の「条」が抜けています（「{fixed}」）。",
                f"「{m.group(0)}」 lacks the 条 of the article's number: 「{fixed}」.",
                suggestion=fixed,
            )
    for m in ctx.finditer(_CITATION_BROKEN_OFF):
        if _NUMBER_GOES_ON.match(text, m.end()) and _wrapped(ctx, m.end()):
            continue  # 「第1条から第⏎3条まで」: a line wrapped inside the citation, which goes on (not a paragraph broken there)
        yield ctx.finding(
            "reference-dangling", m.span(),
            f"「{m.group(0).rstrip()}」で引用が途切れています。最後の「第」のあとの番号と文の続きが、抜けているか次の段落に"
            f"分かれています。",
            f"「{m.group(0).rstrip()}」: the citation breaks off after its last 第; the number and the rest of the "
            f"sentence are missing or split off into the next paragraph.")
    for m in finditer(_THIS_NUMBERED, text):
        rel, n, unit = m.group("rel"), m.group("n"), m.group("unit")
        yield ctx.finding(
            "reference-dangling", m.span(),
            f"「{m.group(0)}」は「{rel}{unit}」（この{unit}）と「第{n}{unit}」が混ざった書き方で、どちらを指すのか読み取れません。",
            f"「{m.group(0)}」 mixes 「{rel}{unit}」 (this {unit}) and 「第{n}{unit}」: which one is meant cannot be told.",
            suggestion=f"第{n}{unit}",
        )
