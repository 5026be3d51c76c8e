"""How a document introduces the names it defines, as a convention (part of convention-deviation): 「（以下「会社」と
いう。）」 written as 「（以下会社という）」 with the name unquoted, or 「（以下、「本サイト」という。）」 with a comma, where
the document's other definitions write it the other way by a clear majority. A defined name in 「」 is what the reader
searches for; a definition written unlike the others reads as another kind of phrase. (Law text writes 以下「X」
という without a comma and closes 「という。）」; terms write either, so only the document's own majority decides.)"""

from __future__ import annotations

import re

from . import Context

# 「（以下「甲」という。）」, 「(以下、「本サービス」といいます)」, 「（以下会社という）」, 「（以下「本規約等」と総称する。）」
_INTRO = re.compile(r"[（(]以下(?P<comma>[、,，]?)[ \u3000]*(?:(?P<open>[「『])(?P<quoted>[^「」『』（）()、。\n]{1,30})[」』]"
                    r"|(?P<bare>[^「」『』（）()、。\n\s]{1,20}?))[ \u3000]*と(?:いう|いい|総称|称)")
# the end of a definition's bracket: 「という。）」 with the 。 law text writes there, or 「という）」
_CLOSE = re.compile(r"[（(]以下[^（）()\n]{1,40}?と(?:いう|いいます|総称する|総称します|称する|称します)(?P<stop>[。．]?)[）)]")
_MAJORITY, _MIN_USES = 4, 5


def _clear(majority: int, minority: int) -> bool:
    return minority > 0 and majority >= _MIN_USES and majority >= _MAJORITY * minority


def definition_style_findings(ctx: Context):
    intros = list(_INTRO.finditer(ctx.text))
    if len(intros) < _MIN_USES:
        return
    quoted = [m for m in intros if m.group("open")]
    bare = [m for m in intros if m.group("bare")]
    if _clear(len(quoted), len(bare)):
        for m in bare:
            name = m.group("bare")
            yield ctx.finding(
                "convention-deviation", m.span("bare"),
                f"定義する名前「{name}」がかぎ括弧で囲まれていません。この文書の他の定義は「以下「…」という」と書いています"
                f"（{len(quoted)}回、括弧なし{len(bare)}回）。",
                f"The defined name 「{name}」 is not quoted: the document's other definitions write 以下「…」という "
                f"({len(quoted)} times, unquoted {len(bare)}).",
                suggestion=f"「{name}」", excerpt=ctx.text[m.start():m.end()])
    with_comma = [m for m in intros if m.group("comma")]
    without = [m for m in intros if not m.group("comma")]
    for major, minor, ja, en in ((without, with_comma, "「以下」の後に読点を打たずに", "without a comma after 以下"),
                                 (with_comma, without, "「以下、」と読点を打って", "with a comma after 以下")):
        if not _clear(len(major), len(minor)):
            continue
        usual = major[0].group("comma") or ""
        for m in minor:
            yield ctx.finding(
                "convention-deviation", (m.start() + 1, m.start("comma") + len(m.group("comma") or "")),
                f"この文書の他の定義は{ja}書いています（{len(major)}回、この書き方{len(minor)}回）。",
                f"The document's other definitions write them {en} ({len(major)} times, this way {len(minor)}).",
                suggestion="以下" + usual, excerpt=ctx.text[m.start():m.end()])
    closes = list(_CLOSE.finditer(ctx.text))
    stopped = [m for m in closes if m.group("stop")]
    open_ = [m for m in closes if not m.group("stop")]
    for major, minor, ja, en, fix in ((stopped, open_, "「という。）」と句点を打って", "with 。 before the bracket closes", "。"),
                                      (open_, stopped, "「という）」と句点を打たずに", "without 。 before the bracket closes", "")):
        if not _clear(len(major), len(minor)):
            continue
        for m in minor:
            at = m.end() - 1 - len(m.group("stop"))
            yield ctx.finding(
                "convention-deviation", (at - 1, m.end()),
                f"この文書の他の定義は{ja}書いています（{len(major)}回、この書き方{len(minor)}回）。",
                f"The document's other definitions close {en} ({len(major)} times, this way {len(minor)}).",
                suggestion=ctx.text[at - 1] + fix + ctx.text[m.end() - 1], excerpt=ctx.text[m.start():m.end()])
