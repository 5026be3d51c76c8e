"""Honorifics mixed up (part of grammar-slip): the humble form ご…する/できる put on the customer's own act, and the
respectful 「…になる」 without its ご.

- 「本サービスをご利用できません」「ご利用する場合」「ご利用して頂きます」: ご + a verbal noun of the customer's act
  (pipeline/data/customer_acts.tsv) + する or できる is the humble form, which lowers the one who acts; the customer's
  act takes the respectful forms: ご利用になれません / ご利用いただけません, ご利用になる, ご利用頂きます.
- 「本サービスを利用になる場合」: を, a verbal noun, then になる is the respectful ご…になる with its ご lost (nothing else
  joins を + noun + になる): ご利用になる.
- 「退会届けをご提出して下さい」: the request ご…ください with the humble ご…する mixed in: ご提出下さい.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..tokens import is_verbal_noun
from . import Context, load_tsv

# what follows the verbal noun in the humble form, and the respectful form a reader writes instead
_HUMBLE_ENDINGS = (
    ("していただ", "いただ"), ("して頂", "頂"), ("して下さ", "下さ"), ("してくださ", "くださ"),
    ("できません", "いただけません"), ("できない", "いただけない"), ("できます", "いただけます"),
    ("できる", "いただける"), ("できず", "いただけず"), ("でき", "いただけ"),
    ("したい", "になりたい"), ("します", "になります"), ("しません", "になりません"), ("する", "になる"),
)


@lru_cache(maxsize=None)
def _customer_acts() -> frozenset[str]:
    return frozenset(row[0] for row in load_tsv("customer_acts.tsv"))


@lru_cache(maxsize=None)
def _humble() -> re.Pattern:
    acts = sorted(_customer_acts(), key=len, reverse=True)
    endings = "|".join(re.escape(e) for e, _ in _HUMBLE_ENDINGS)
    return re.compile(rf"[ご御](?P<act>{'|'.join(acts)})(?P<end>{endings})")


def _humble_act_findings(ctx: Context):
    text = ctx.text
    respectful = dict(_HUMBLE_ENDINGS)
    for m in ctx.finditer(_humble()):
        act = ctx.token_at(m.start("act"))
        if act is None or act.start != m.start("act") or act.end != m.end("act"):
            continue  # (ご利用料金: the verbal noun is part of a longer word)
        written = m.group(0)
        fixed = written[0] + m.group("act") + respectful[m.group("end")]
        yield ctx.finding(
            "grammar-slip", m.span(),
            f"「{written}」は謙譲の形（ご…する・ご…できる）をお客様の行為に使っています。「{fixed}」などの尊敬の形にします"
            f"（ご利用できません → ご利用いただけません／ご利用になれません、ご利用する → ご利用になる）。",
            f"「{written}」 puts the humble form (ご…する/できる) on the customer's own act: 「{fixed}」.",
            suggestion=fixed, excerpt=text[max(0, m.start() - 6):m.end() + 2])


# を, a verbal noun of two kanji or more, then なる in any form: the respectful ご…になる lost its ご
_RESPECT_WITHOUT_GO = re.compile(r"(?<=を)(?P<noun>[\u4e00-\u9fff]{2,4})(?=にな[らりるれっ])")


def _respect_without_go_findings(ctx: Context):
    for m in ctx.finditer(_RESPECT_WITHOUT_GO):
        noun = m.group("noun")
        t = ctx.token_at(m.start())
        if t is None or t.start != m.start() or t.end != m.end() or not is_verbal_noun(noun):
            continue
        yield ctx.finding(
            "grammar-slip", (m.start() - 1, m.end() + 2),
            f"「を{noun}にな…」は尊敬の「ご{noun}になる」の「ご」が抜けています（「をご{noun}にな…」）。",
            f"「を{noun}にな…」: the respectful ご{noun}になる lost its ご.",
            suggestion=f"をご{noun}にな")


# ご + a verbal noun + して + ください or いただく: the request ご…ください (ご…いただく) with the humble ご…する mixed in
# (「ご提出して下さい」, 「修理をご依頼してください」, 「ご確認して頂きます」): ご提出ください, or 提出してください
_GO_SHITE_KUDASAI = re.compile(r"[ご御](?P<vn>[\u4e00-\u9fff]{2})して(?P<end>ください|下さい|いただ|頂)")


def _humble_on_other_acts(ctx: Context, pattern: re.Pattern):
    """The matches of ``pattern`` whose verbal noun (group vn) is a word of its own and no customer's act (those are
    told by _humble_act_findings, with its own fix)."""
    acts = _customer_acts()
    for m in ctx.finditer(pattern):
        vn = m.group("vn")
        t = ctx.token_at(m.start("vn"))
        if vn not in acts and is_verbal_noun(vn) and t is not None and (t.start, t.end) == m.span("vn"):
            yield m, vn


def _go_shite_kudasai_findings(ctx: Context):
    for m, vn in _humble_on_other_acts(ctx, _GO_SHITE_KUDASAI):
        fixed = f"{m.group(0)[0]}{vn}{m.group('end')}"
        yield ctx.finding(
            "grammar-slip", m.span(),
            f"「{m.group(0)}」は「ご…ください」「ご…いただく」に謙譲の「ご…する」が混ざっています。「{fixed}」か"
            f"「{vn}して{m.group('end')}」です。",
            f"「{m.group(0)}」 mixes ご…ください (ご…いただく) with the humble ご…する: 「{fixed}」 or 「{vn}して{m.group('end')}」.",
            suggestion=fixed)


# ご + a verbal noun + することを + a word of urging (推奨, お勧め, お願い): what a writer urges is the reader's act,
# which the humble ご…する lowers (「ご来院前にご確認することを推奨しております」): ご確認いただくことを, or 確認されることを
_URGED_HUMBLE = re.compile(r"[ご御](?P<vn>[\u4e00-\u9fff]{2})することを(?=推奨|お勧め|お奨め|おすすめ|お願い|求め|要請)")


def _urged_humble_findings(ctx: Context):
    for m, vn in _humble_on_other_acts(ctx, _URGED_HUMBLE):
        fixed = f"{m.group(0)[0]}{vn}いただくことを"
        yield ctx.finding(
            "grammar-slip", m.span(),
            f"「{m.group(0)}」は謙譲の「ご…する」を、勧めている相手（読み手）の行為に使っています。「{fixed}」か"
            f"「{vn}されることを」です。",
            f"「{m.group(0)}」 puts the humble ご…する on the act the writer urges the reader to do: 「{fixed}」 or "
            f"「{vn}されることを」.",
            suggestion=fixed)


def honorific_findings(ctx: Context):
    yield from _humble_act_findings(ctx)
    yield from _urged_humble_findings(ctx)
    yield from _respect_without_go_findings(ctx)
    yield from _go_shite_kudasai_findings(ctx)
