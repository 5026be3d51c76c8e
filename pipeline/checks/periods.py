"""period-conflict: the same period stated differently in two places.

Only periods that demonstrably concern the same thing are compared:
- the contract term (契約期間・有効期間は…N年とする; in a table, N か月（自動更新）),
  the minimum term (最低利用期間), the renewal term (更に1年間…自動更新);
- the notice deadline for ending the contract (not renewing, cancelling), keyed by
  what it counts back from: 有効期間の末日の1か月前 and 契約期間の末日の2か月前 are
  both "before the end of the term".
Different acts may legitimately have different periods (the notice of a meeting
and the date of a briefing both count back from 会議を開く日), so deadlines of
other acts are not compared. Values are compared after normalization
(1ヶ月 = 1か月 = 一か月, 1年 = 12か月, 2週間 = 14日).

When the document names different parties for one deadline (当社は3か月前まで
に、利用者は1か月前までに), only statements about the same party are compared.
Statements in the body must agree with each other; a statement outside the
articles (an annex, a table, a note) must agree with the body. Annex rows never
conflict with each other (they may describe different plans).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import Context, article_label, paragraph_number, rule
from .duration import valid_units, _UNIT_SPLIT
from ..grammar import to_int

_NUM = r"(?P<num>[0-9]+|[〇一二三四五六七八九十百]+)"
_UNIT = r"(?P<unit>(?:[かカヵヶケ箇]月|年|週|日|営業日|時間)(?:月)?)"
_DUR = rf"{_NUM}[ \u3000]?{_UNIT}(?P<kan>間)?"

DEADLINE = re.compile(rf"の{_DUR}前(?:迄|まで)")
TERM = re.compile(
    rf"(?P<subject>(?:最低利用|契約|有効|利用)期間)"
    rf"(?:は|：|:|を)[^。\n]{{0,30}}?{_DUR}(?:とする|とし|とします|です|】|）|\)|$)", re.M
)
_OWNER = re.compile(r"([^、。\n「」（）]{1,20})の$")
_BOUND = re.compile(r"最大|最長|最短|上限|通算|合計|累計|延べ")
AUTO_RENEW = re.compile(rf"{_DUR}[ \u3000]?[（(]自動更新[）)]")
RENEWALS = (re.compile(rf"(?:更に|さらに){_DUR}[^。\n]{{0,15}}?更新"),
            re.compile(rf"{_DUR}同一(?:条件|内容)(?:にて|で)(?:自動)?更新"))
_END_ACT = re.compile(r"更新を拒絶|更新しない|更新を希望しない|解約|終了の意思|契約を終了|終了させ|解除の申|退会|更新拒絶")
_CONTRACT_OWNER = re.compile(r"契約|約款|規約|本サービス|サービス|^$")


_PARTY = re.compile(
    r"(当社|弊社|甲|乙|丙|サービス利用事業者|サービス利用者|本サービス利用者|利用者|お客様|お客さま|契約者|会員|ユーザー?"
    r"|申込者|加入者|委託者|受託者|貸主|借主|売主|買主|区分所有者|組合員|理事長)(?:は|が|から|より)"
)


def actors(sentence: str) -> frozenset[str]:
    """Who acts in a sentence: a party followed by は/が/から/より (当社は…, 利用者から…); いずれ means both."""
    if re.search(r"いずれ(?:から|の当事者|か一方|も)|両当事者|各当事者", sentence):
        return frozenset()
    return frozenset(m.group(1) for m in _PARTY.finditer(sentence))


@dataclass
class Statement:
    key: tuple[str, ...]
    value: tuple  # canonical value
    shown: str  # as written: 1か月前, 1年月間
    span: tuple[int, int]
    in_body: bool
    actors: frozenset = frozenset()  # for notice deadlines: who gives the notice, when the text says


def _value(num: str, unit: str) -> tuple:
    n = to_int(num)
    units = _UNIT_SPLIT.findall(unit)
    if n is None or valid_units(units) != len(units):
        return ("malformed", num + unit)
    u = units[0]
    if u.endswith("月"):
        return (n, "month")
    if u == "年":
        return (n * 12, "month")
    if u == "週":
        return (n * 7, "day")
    if u == "日":
        return (n, "day")
    return (n, u)


def _anchor_key(anchor: str) -> str | None:
    a = re.split(r"[はがをにでと、（「]", anchor)[-1]
    a = a.strip(" \u3000")
    a = re.sub(r"^[ぁ-ゖ]+", "", a)  # …方法によりオプションサービスの… → オプションサービスの…
    a = re.sub(r"^(?:本|当該)", "", a)
    if not a:
        return None
    if "期間" in a and re.search(r"末日|満了|終了日|終期", a):
        return "term-end"
    return a


def statements(ctx: Context) -> list[Statement]:
    def build():
        out: list[Statement] = []
        text = ctx.text
        previous_end = None  # where the deadline before ends
        for m in DEADLINE.finditer(text):
            lo = max(0, m.start() - 30)
            stop = max(text.rfind(c, lo, m.start()) for c in "、。\n")
            anchor = text[max(lo, stop + 1):m.start()]
            if not anchor:
                continue
            sent_end = text.find("。", m.end())
            sent_start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            sentence = text[sent_start:sent_end if sent_end >= 0 else len(text)]
            if not _END_ACT.search(sentence):
                continue
            key = _anchor_key(anchor)
            if key is None:
                continue
            shown = text[m.start("num"):m.end()].replace("迄", "").replace("まで", "")
            # (the party of its own clause, where the sentence sets two: 「お客様が…３営業日前までに解約を申し出ないか、
            # 当社が…１週間前までに解約を通知しない限り」 gives each party its deadline)
            clause = text[max(sent_start, previous_end if previous_end is not None else 0):m.start()]
            who = actors(clause) or actors(sentence)
            previous_end = m.end()
            out.append(Statement(("deadline", key), _value(m.group("num"), m.group("unit")), shown,
                                 (m.start("num"), m.end()), ctx.article_at(m.start()) is not None, who))
        for m in TERM.finditer(text):
            subject = m.group("subject")
            sentence_start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            if _BOUND.search(text, m.end("subject"), m.start("num")) or "場合" in text[sentence_start:m.start()]:
                continue  # 契約期間は最大5年間, …に該当する場合、契約期間は…: a cap or a case of its own, not the term
            o = _OWNER.search(text, max(0, m.start() - 21), m.start())
            owner = o.group(1) if o else ""
            if not o and m.start() > 0 and not re.match(r"[、。\s（「]", text[m.start() - 1]):
                owner = text[max(0, m.start() - 10):m.start()]  # 本サービス利用期間: part of a longer noun
            if "最低利用" in subject:
                key = ("term", "minimum")
            elif "利用期間" in subject and "有効" not in subject and "契約" not in subject:
                continue  # 本サービス利用期間 and the like: too many kinds to compare
            else:
                if not _CONTRACT_OWNER.search(owner.strip()):
                    continue  # 証明書の有効期間: not the contract
                key = ("term", "contract")
            shown = text[m.start("num"):m.end("kan") if m.group("kan") else m.end("unit")]
            out.append(Statement(key, _value(m.group("num"), m.group("unit")), shown,
                                 (m.start("num"), m.end("unit") + (1 if m.group("kan") else 0)),
                                 ctx.article_at(m.start()) is not None))
        for m in AUTO_RENEW.finditer(text):
            shown = text[m.start("num"):m.end("unit")]
            out.append(Statement(("term", "contract"), _value(m.group("num"), m.group("unit")), shown,
                                 (m.start("num"), m.end("unit")), ctx.article_at(m.start()) is not None))
        seen = set()
        for rx in RENEWALS:
            for m in rx.finditer(text):
                n0, u0 = m.start("num"), m.end("unit")
                if n0 in seen:
                    continue
                seen.add(n0)
                out.append(Statement(("term", "renewal"), _value(m.group("num"), m.group("unit")),
                                     text[n0:u0] + ("間" if m.group("kan") else ""), (n0, u0),
                                     ctx.article_at(m.start()) is not None))
        out.sort(key=lambda s: s.span)
        return out
    return ctx.memo("periods.statements", build)


_KEY_JA = {
    ("term", "contract"): "契約期間",
    ("term", "minimum"): "最低利用期間",
    ("term", "renewal"): "更新後の期間",
}


def _key_label(key: tuple[str, ...]) -> tuple[str, str]:
    if key in _KEY_JA:
        ja = _KEY_JA[key]
        return ja, {"契約期間": "contract term", "最低利用期間": "minimum term", "更新後の期間": "renewal term"}[ja]
    if key == ("deadline", "term-end"):
        return "契約期間満了前の終了・更新拒絶の通知期限", "notice deadline before the end of the term"
    return f"「{key[1]}」を基準とする終了の通知期限", f"notice deadline counted from 「{key[1]}」"


@rule("period-conflict", "warning", "期間の不一致", "the same period stated differently")
def period_conflict(ctx: Context):
    groups: dict[tuple[str, ...], list[Statement]] = {}
    for s in statements(ctx):
        groups.setdefault(s.key, []).append(s)
    for key, sts in groups.items():
        named = {a for st in sts for a in st.actors}
        if len(named) > 1:
            # the document gives each party its own period (当社は3か月前、利用者は1か月前):
            # compare only statements about the same party
            by_party: dict[str, list[Statement]] = {}
            for st in sts:
                for a in st.actors:
                    by_party.setdefault(a, []).append(st)
            for party_sts in by_party.values():
                yield from _conflicts(ctx, key, party_sts)
        else:
            yield from _conflicts(ctx, key, sts)
    yield from _range_findings(ctx)


# 「前年4月1日から当年9月末日までの6か月」: a range of whole months that states its own length. The months it spans
# are counted (前年 -1, 当年/同年 0, 翌年 +1; a bare month after the start's is the same year, before it the next);
# a count that differs, or an end before the start, is a slip of one of the two (a 賃金規程's bonus periods, pub26).
_YEAR = {"前年": -1, "昨年": -1, "当年": 0, "本年": 0, "同年": 0, "翌年": 1, "次年": 1}
_RANGE = re.compile(r"(?P<y1>前年|昨年|当年|本年|翌年)?(?P<m1>[0-9]{1,2})月1日から(?P<y2>前年|昨年|当年|本年|同年|翌年|次年)?"
                    r"(?P<m2>[0-9]{1,2})月(?:末日|末|3[01]日|2[89]日)まで(?:の)?(?:期間)?[（(]?(?P<n>[0-9]{1,2})"
                    r"(?:か|ヶ|ヵ|カ|ケ|箇|ヵ)月")


def _range_findings(ctx: Context):
    for m in ctx.finditer(_RANGE):
        m1, m2, n = int(m.group("m1")), int(m.group("m2")), int(m.group("n"))
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            continue
        y1 = _YEAR.get(m.group("y1") or "当年", 0)
        if m.group("y2") is None or m.group("y2") == "同年":
            y2 = y1 + (0 if m2 >= m1 or m.group("y2") == "同年" else 1)
        else:
            y2 = _YEAR[m.group("y2")]
        months = (y2 * 12 + m2) - (y1 * 12 + m1) + 1
        if months == n:
            continue
        written = m.group(0)
        said = f"{months}か月" if months > 0 else "終わりが始まりより前"
        yield ctx.finding(
            "period-conflict", m.span(),
            f"「{written}」の期間は{said}で、書かれている「{n}か月」と合いません。年（前年・当年・翌年）か月を確かめてください。",
            f"「{written}」 spans {months} month(s), not the {n} it states: check the years (前年/当年/翌年) or months.",
            excerpt=written)


def _conflicts(ctx: Context, key: tuple[str, ...], sts: list[Statement]):
    body = [s for s in sts if s.in_body]
    if not body:
        return
    reference = body[0]
    label_ja, label_en = _key_label(key)
    for s in sts:
        if s is reference:
            continue
        if not s.in_body and any(s.value == b.value for b in body):
            continue
        if s.value == reference.value:
            continue
        where_ref = _where(ctx, reference)
        where_s = _where(ctx, s)
        yield ctx.finding(
            "period-conflict", s.span,
            f"{label_ja}が一致しません: {where_ref}では「{reference.shown}」、{where_s}では「{s.shown}」です。",
            f"The {label_en} is stated differently: 「{reference.shown}」 in {where_ref}, 「{s.shown}」 in {where_s}.",
            excerpt=ctx.text[s.span[0]:s.span[1]],
        )
        return  # one finding per period: the reader fixes them together


def _where(ctx: Context, s: Statement) -> str:
    art, para, _ = ctx.locate(s.span[0])
    if art is None:
        region = ctx.region_of(s.span[0])
        if region.startswith("annex"):
            i = int(region.split("-")[1]) - 1
            return ctx.doc.annexes[i].label if i < len(ctx.doc.annexes) else "別紙"
        return "本文外"
    p = paragraph_number(art, para)
    return article_label(art.number) + (f"第{p}項" if p else "")
