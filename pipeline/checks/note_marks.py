"""Numbered note marks with no note (part of reference-dangling).

「サービス規則※1)に従い」, 「保険金額（※1）」: a mark sends the reader to note 1, which the document must hold somewhere
as ※1 opening its text (at a line's start, or after the sentence before it when a PDF's lines were joined:
「…となります。（※2）「画像添付オプション」…」). A document whose notes carry no numbers (「※ただし…」 under a table
whose prices carry ※1 and ※2) leaves the reader to guess which note is meant: told too. A warning, not an error: a
page may keep its notes in an image or a tooltip, which the reader should then be told of.
"""

from __future__ import annotations

import re

from . import Context, cut_off_at

# ※1, ※ 1, （※１）, (※2): a numbered mark or the label of its note
_NUMBERED = re.compile(r"[（(]?※[ \u3000]?([0-9０-９]{1,2})[)）]?")
# what may stand before a note's label on its line: indentation, a list's bullet, an opening bracket
_NOTE_LEAD = re.compile(r"[ \u3000\-・•*]*$")
# the end of the sentence a note follows where lines were joined (「…となります。（※2）…」)
_SENTENCE_BEFORE = re.compile(r"[。．][ \u3000]*$")
_TO_HALF = str.maketrans("０１２３４５６７８９", "0123456789")


def note_mark_dangling(ctx: Context):
    text = ctx.full.text
    if "※" not in text:
        return
    marks: dict[str, re.Match] = {}
    notes: set[str] = set()
    for m in _NUMBERED.finditer(text):
        n = m.group(1).translate(_TO_HALF)
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if _NOTE_LEAD.fullmatch(before) or _SENTENCE_BEFORE.search(before):
            notes.add(n)
        else:
            marks.setdefault(n, m)
    if cut_off_at(ctx) is not None:
        return  # (a text that stops in mid-sentence: its notes may be past the cut)
    for n, m in sorted(marks.items(), key=lambda kv: kv[1].start()):
        if n in notes or not ctx.in_scope(m.start()):
            continue
        yield ctx.finding(
            "reference-dangling", m.span(),
            f"注記の記号「※{n}」に対応する注記（「※{n}」で始まる記載）が文書内にありません。",
            f"The note mark 「※{n}」 has no note: nothing in the document opens with 「※{n}」.",
            severity="warning", excerpt=text[max(0, m.start() - 8):m.end() + 4].replace("\n", " "))
