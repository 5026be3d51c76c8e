"""convention-deviation: the document departs from its own convention (majority usage decides).

Real terms are written by many hands, so the rule is not a style guide: each document's own majority
is the convention and only the minority spellings are reported.

1. 第 before an article number: 「住宅宿泊事業法３条」 or 「第27条及び28条」 where the document writes 第N条 (前2条 and
   次条 are not article numbers).
2. How items are cited: 「前項(3)」 where the document cites items as 第三号 / 第3号 (or the other way round).
3. Bracket width: a pair opened full-width and closed half-width (「（以下「規約」という)」) where the
   document pairs its parentheses in one width. Read from the source, which keeps the widths. A warning,
   not a note: a pair of two widths is a slip, never a style (the majority only makes sure the
   document's parentheses are paired at all as the scan reads them).
4. Commas: 「，」 (or 「,」 after Japanese text) in a document that writes 「、」, or 「、」 in one that writes 「，」.

A convention needs a clear majority: at least 4 times as many as the minority and at least 5 uses.
"""

from __future__ import annotations

import re

from . import Context, rule

_MAJORITY, _MIN_USES = 4, 5

_WITH_DAI = re.compile(r"第[0-9０-９一二三四五六七八九十百]+条")
# a number and 条 with no 第 before it, after a name (住宅宿泊事業法３条), not 前2条 / 各条 / 1 08条
_WITHOUT_DAI = re.compile(r"(?<=[\u3400-\u9fff々])(?<![第前次各同本両])(?P<n>[0-9０-９]+)条(?![件例約理文])")

# a number and 条 listed after a 第N条 (第27条及び28条, 第3条、4条): the list's first member carries the 第 its others drop
_LISTED_WITHOUT_DAI = re.compile(
    r"第[0-9０-９]+条(?:の[0-9０-９]+)*(?:第[0-9０-９]+[項号])*"
    r"(?:及び|および|又は|または|並びに|ならびに|若しくは|もしくは|、|・|ないし|乃至|から|～|〜)(?P<n>[0-9０-９]+)条(?![件例約理文])")

_ITEM_KANJI_OR_DIGIT = re.compile(r"(?:[項条]|前項|同項)第[0-9０-９一二三四五六七八九十]+号")
_ITEM_PAREN = re.compile(r"(?:[項条])(?P<p>[(（][0-9０-９]{1,3}[)）])(?![(（])")


def _clear(majority: int, minority: int) -> bool:
    return majority >= _MIN_USES and majority >= _MAJORITY * minority


def _dai_findings(ctx: Context):
    text = ctx.text
    with_dai = len(_WITH_DAI.findall(text))
    spans = {m.span("n"): m for m in _WITHOUT_DAI.finditer(text)}
    spans.update((m.span("n"), m) for m in _LISTED_WITHOUT_DAI.finditer(text))
    without = [spans[k] for k in sorted(spans)]
    if not without or not _clear(with_dai, len(without)):
        return
    for m in without:
        n = m.group("n")
        yield ctx.finding(
            "convention-deviation", (m.start("n"), m.end()),
            f"条番号の前に「第」がありません（「{text[max(0, m.start('n') - 6):m.end()]}」）。この文書は「第N条」と書いています"
            f"（{with_dai}回、「第」なし{len(without)}回）。",
            f"「{n}条」 lacks 第: the document writes 第N条 {with_dai} times and N条 {len(without)} times.",
            suggestion=f"第{n}条", excerpt=text[max(0, m.start("n") - 6):m.end()],
        )


def _item_citation_findings(ctx: Context):
    text = ctx.text
    numbered = list(_ITEM_KANJI_OR_DIGIT.finditer(text))
    paren = list(_ITEM_PAREN.finditer(text))
    if not numbered or not paren:
        return
    if _clear(len(numbered), len(paren)):
        minority, style, n_major, n_minor = paren, "第N号", len(numbered), len(paren)
        kanji = sum(1 for m in numbered if re.search("[一二三四五六七八九十]", m.group(0)))
        for m in minority:
            p = m.group("p")
            num = re.sub(r"[^0-9０-９]", "", p)
            if kanji * 2 > len(numbered):  # the document writes 第三号: cite in kanji too
                from .lists import _kanji_number
                num = _kanji_number(int(num.translate(str.maketrans("０１２３４５６７８９", "0123456789"))))
            yield ctx.finding(
                "convention-deviation", m.span("p"),
                f"号の引用が「{p}」になっています。この文書は号を「第N号」と引用しています（{n_major}回、括弧書き{n_minor}回）。",
                f"Item cited as 「{p}」; the document cites items as {style} ({n_major} times, in brackets {n_minor}).",
                suggestion=f"第{num}号", excerpt=text[max(0, m.start() - 4):m.end()],
            )


_PAREN = re.compile(r"[（(）)\n]")


def _bracket_width_findings(ctx: Context):
    src = ctx.doc.source.text
    same: int = 0
    mixed: list[tuple[int, int]] = []
    stack: list[tuple[int, str]] = []
    for m in _PAREN.finditer(src):
        c = m.group(0)
        if c == "\n":
            stack.clear()
        elif c in "（(":
            stack.append((m.start(), c))
        elif stack:
            i, o = stack.pop()
            if (o == "（") == (c == "）"):
                same += 1
            elif src[i + 1:m.start()].strip():
                mixed.append((i, m.start()))
    if not mixed:
        return
    if not _clear(same, len(mixed)):
        # a pair with no bracket inside, on one line (第5条(保証の否認および免責事項）), cannot be a misread of the
        # scan: a document that pairs most of its parentheses in one width is enough
        mixed = [(i, j) for i, j in mixed if not _PAREN.search(src, i + 1, j)]
        if not mixed or same < _MIN_USES or same <= len(mixed):
            return
    for i, j in mixed:
        a, b = ctx.doc.norm.index_of(i), ctx.doc.norm.index_of(j)
        if a is None or b is None:
            continue
        pair = src[i] + "…" + src[j]
        yield ctx.finding(
            "convention-deviation", (a, b + 1),
            f"括弧が「{pair}」と全角・半角の組合せで閉じられています。この文書は括弧を同じ幅で対にしています（{same}組）。",
            f"A parenthesis opened and closed in different widths ({pair}); the document pairs them in one width {same} times.",
            suggestion="（…）" if src[i] == "（" else "(…)", excerpt=src[i:j + 1][:60],
            severity="warning",  # not a style choice: no document means a pair of two widths
        )


# 、 or a comma (， or , after Japanese text: 「当社は,ユーザーから」, not 1,000 or Apple, Inc.) between clauses
_TOUTEN = re.compile(r"、")
_JA_COMMA = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u9fff々」）])[，,]")


def _comma_findings(ctx: Context):
    """「，」 among 「、」 or the other way round: a sentence pasted from another document. One finding per line."""
    src = ctx.doc.source.text
    touten, commas = _TOUTEN.findall(src), list(_JA_COMMA.finditer(src))
    if not commas or not touten:
        return
    if _clear(len(touten), len(commas)):
        minority, want, major, n_major = [m.start() for m in commas], "、", "「、」", len(touten)
    elif _clear(len(commas), len(touten)):
        minority, want, major, n_major = [m.start() for m in _TOUTEN.finditer(src)], "，", "「，」", len(commas)
    else:
        return
    by_line: dict[int, list[int]] = {}
    for i in minority:
        a = ctx.doc.norm.index_of(i)
        if a is not None:
            by_line.setdefault(ctx.line_span(a)[0], []).append(a)
    for _line, spots in sorted(by_line.items()):
        a = spots[0]
        seen = src[ctx.doc.norm.offsets[a]]
        more = f"（この行に{len(spots)}か所）" if len(spots) > 1 else ""
        yield ctx.finding(
            "convention-deviation", (a, a + 1),
            f"読点が「{seen}」です{more}。この文書は読点に{major}を使っています（{n_major}回）。",
            f"A comma 「{seen}」 where the document writes {major} ({n_major} times).",
            suggestion=want, excerpt=ctx.text[max(0, a - 8):a + 8],
        )


@rule("convention-deviation", "info", "文書内の表記慣行からの逸脱", "departs from the document's own convention")
def convention_deviation(ctx: Context):
    yield from _dai_findings(ctx)
    yield from _item_citation_findings(ctx)
    yield from _bracket_width_findings(ctx)
    yield from _comma_findings(ctx)
