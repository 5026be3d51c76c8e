"""A party of a contract acting on itself: 「甲は、当該時間分の派遣料金を甲に対して請求することができない」. A contract's
letters name two sides; one that claims from, pays, notifies or hands over to itself is the other letter mistyped
(grammar-slip, through wording.grammar_slip)."""

from __future__ import annotations

import re

from . import Context

# the subject letter, then in the same sentence (no other letter, no other subject with が between) the same letter as the
# one acted on: に対し(て), or に with a verb of giving or claiming
_SELF_ACT = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<p>[甲乙丙丁])は、(?P<mid>[^。甲乙丙丁\n]{0,40}?)(?P<again>(?P=p))"
    r"(?:に対し(?:て)?(?:[^。\n]{0,12}?(?:請求|支払|通知|交付|返還|引き渡|引渡|提出|報告|賠償))|"
    r"に(?:支払|請求|通知|交付|返還|引き渡|引渡|提出|報告))")


def party_acting_on_itself_findings(ctx: Context):
    for m in ctx.finditer(_SELF_ACT):
        if "が" in m.group("mid"):
            continue  # 「甲は、業務委託契約が甲に…」: another subject between
        p = m.group("p")
        other = "乙" if p == "甲" else "甲" if p == "乙" else None
        at = m.start("again")
        yield ctx.finding(
            "grammar-slip", (at, at + 1),
            f"「{p}は、…{p}に」と、{p}が自らに対して行う文になっています。相手方の" + (f"「{other}」" if other else "当事者")
            + "の誤りと思われます。",
            f"「{p}」 acts on itself (「{p}は、…{p}に」): the other party was meant.",
            suggestion=other, excerpt=ctx.text[m.start():min(m.end(), m.start() + 40)])
