"""duplication's detector of a name defined as itself: 「開発者（以下、「開発者」といいます。）」, 「利用者（以下「利用者」）に対し」.

A definition gives a long or a general phrase a short name; one whose phrase is the name alone defines nothing, and the
reader looks for the meaning it was meant to give (the phrase was cut, or the name pasted over it). Only where the
word before the bracket is the whole phrase: after the start of a line or a sentence, a bracket, a 、 after no noun, or
the topic's は. A phrase the name closes (「本サービスの利用者（以下「利用者」）」, 「登録した利用者（以下「利用者」）」,
「賛助会員（以下「会員」）」, 「販売代理店と販売契約（以下「販売契約」）」: the contract made with the agent) is a
definition, as written; so is a list the name ends (「コンサート、展覧会、イベント等（以下「イベント等」）」) and a party
given two names (「星命AI（以下「星命AI」または「当社」）」).
"""

from __future__ import annotations

import re

from . import Context

_SELF_DEFINED = re.compile(
    r"(?P<word>[\u3400-\u9fff々\u30a1-\u30ffーA-Za-zＡ-Ｚａ-ｚ]{2,20})[ \u3000]*[（(][ \u3000]*以下[、，,]?[ \u3000]*"
    r"[「『](?P<term>[^」』\n]{2,20})[」』]")
# what may stand before the phrase when it is the word alone: nothing, a mark, a 、 after no noun (after a noun it joins
# a list the name closes: 「コンサート、展覧会、イベント等（以下「イベント等」）」), or the topic's は
_PHRASE_START = re.compile(r"(?:^|[\n。「『（(）)\s]|(?<![\u3400-\u9fff々\u30a1-\u30ffーA-Za-z0-9])[、，]|(?<![ぁ-ゖ])は)$")
# the name and another after it (「星命AI」または「当社」): two names given one party, no definition of either
_ANOTHER_NAME = re.compile(r"(?:または|又は|もしくは|若しくは|及び|、|・)[「『]")


def self_definition_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_SELF_DEFINED):
        word, term = m.group("word"), m.group("term")
        if word != term or not _PHRASE_START.search(text, max(0, m.start() - 2), m.start()) \
                or _ANOTHER_NAME.match(text, m.end()):
            continue
        yield ctx.finding(
            "duplication", m.span("word"),
            f"「{word}」を「{term}」と定義しています。定義される語と定義する語句が同じで、何も定義していません"
            f"（定義する語句が抜けたか、略称の書き誤りと思われます）。",
            f"「{word}」 is defined as 「{term}」, the name itself: the definition gives it no meaning (the phrase it "
            f"names was lost, or the short name mistyped).",
            excerpt=text[m.start():m.end() + 1])
