"""Circled numbers lost to a conversion from Shift_JIS: 「@甲が提示する…」「A乙は、…」「B甲は、…」 for ①②③.

Shift_JIS (CP932) writes ① … ⑳ as two bytes, 0x87 then 0x40 … 0x53. A conversion that drops the lead byte it cannot
map leaves the second, read as ASCII: ① becomes 「@」, ② 「A」, ③ 「B」 and so on. A list whose labels read @, A, B, …
in order at the start of lines, each before Japanese text (a space between at most), is that list: no writer labels
a list with @. (A lost byte shown as U+FFFD, 「�@」, is the
typo rule's lost-character case.) One warning where the list starts, with the labels' meaning; a note at each label.
"""

from __future__ import annotations

import re

from . import Context

# a label at a line's start: @ or a capital A–S (the trail bytes of ①–⑳), before Japanese text
_LABEL = re.compile(r"(?m)^[ \u3000]*(?P<label>[@A-S])(?=[ \u3000]?[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff「（])")


def _circled(label: str) -> str:
    return chr(0x2460 + ord(label) - 0x40)


def lost_lead_byte_findings(ctx: Context):
    text = ctx.full.text
    if "@" not in text:
        return  # (most texts: the lines are not scanned)
    labels = list(_LABEL.finditer(text))
    if not any(m.group("label") == "@" for m in labels):
        return
    # the run of labels in order (@, A, B…) each list starts afresh with @; two at least in a run, or it is no list
    runs: list[list[re.Match]] = []
    for m in labels:
        c = m.group("label")
        if c == "@":
            runs.append([m])
        elif runs and ord(c) == ord(runs[-1][-1].group("label")) + 1:
            runs[-1].append(m)
    runs = [r for r in runs if len(r) >= 2]
    if not runs:
        return
    total = sum(len(r) for r in runs)
    first = True
    for run in runs:
        for m in run:
            s = m.start("label")
            if not ctx.in_scope(s):
                continue
            c = m.group("label")
            line_end = text.find("\n", s)
            excerpt = text[s:min(s + 12, line_end if line_end >= 0 else len(text))]
            if first:
                message = (f"行頭の「{c}」は丸数字「{_circled(c)}」が文字化けしたものと思われます（Shift_JISの丸数字の1バイト目が"
                           f"変換で失われ、2バイト目が「@」「A」「B」…として残る形です）。この文書に{total}か所あります"
                           f"（@→①、A→②、B→③…）。")
                message_en = (f"「{c}」 at the line's start is the circled number 「{_circled(c)}」 garbled: Shift_JIS "
                              f"writes ①② as two bytes, and a conversion that dropped the first left the second, read as "
                              f"「@」「A」「B」…. The text has {total} such labels (@ → ①, A → ②, B → ③ …).")
                severity = "warning"
            else:
                message = f"行頭の「{c}」は丸数字「{_circled(c)}」の文字化けと思われます（最初の箇所を参照）。"
                message_en = f"「{c}」 at the line's start is the circled number 「{_circled(c)}」 garbled (see the first)."
                severity = "info"
            first = False
            yield ctx.finding("typo", (s, s + 1), message, message_en, suggestion=_circled(c), severity=severity,
                              excerpt=excerpt)
