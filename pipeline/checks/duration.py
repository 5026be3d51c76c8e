"""duration-malformed: a number followed by colliding time units (1年月間, 6ヶ月月, 3日日), or by the mark of a counter
and a kanji no counter is (１ヶ合分 for １ヶ月分).

A duration is a number and one unit, optionally followed by 間: 1年(間), 6か月(間),
2週(間), 30日(間), 24時間, 5営業日. When another unit follows a complete one
(1年 + 月間, 6ヶ月 + 月, 3日 + 日) the reader cannot tell which was meant. A unit
character that starts a compound (月額, 月末, 日割, 日曜, 年度, 年率 …) is not a
second unit.
"""

from __future__ import annotations

import re

from . import Context, is_kanji, rule

NUM = r"(?:[0-9]+(?:[.,][0-9]+)?|[〇一二三四五六七八九十百千]+)"
_MONTH = r"[かカヵヶケ箇ヵ]月"
_UNIT = rf"(?:営業日|時間|{_MONTH}|[かカヵヶケ箇]年|年|月|週|日|間)"
DURATION = re.compile(rf"(?P<num>{NUM})[ \u3000]?(?P<units>{_UNIT}+)")
_UNIT_SPLIT = re.compile(rf"営業日|時間|{_MONTH}|[かカヵヶケ箇]年|年|月|週|日|間")
_BASE_UNITS = {"年", "月", "週", "日", "時間", "営業日"}
# characters that make a unit character the start of a compound word rather than a second unit
_COMPOUND_NEXT = {
    "月": set("額末初次内中例払割謝賦"),
    "日": set("割曜付時程数額中当次本常々"),
    "年": set("額度次率末始金俸齢号報中"),  # (年中: all year round, 24時間年中無休)
    "週": set("末次"),
    "間": set("隔接際柄"),
}


def _base(u: str) -> str:
    if u.endswith("月") and len(u) == 2:
        return "月"
    if u.endswith("年") and len(u) == 2:
        return "年"
    return u


def valid_units(units: list[str]) -> int:
    """How many leading units form one well-formed duration (0 if none)."""
    if not units:
        return 0
    first = _base(units[0])
    if first not in _BASE_UNITS:
        return 0
    if len(units) >= 2 and units[1] == "間" and first not in ("時間",):
        return 2
    return 1


def _display_unit(u: str) -> str:
    return "か月" if u == "月" else u


def _blank_between(ctx: Context, start: int, end: int) -> bool:
    """Does the source hold white space between the unit characters of text[start:end]?"""
    offsets, src = ctx.doc.norm.offsets, ctx.doc.source.text
    return any(src[offsets[i] + 1:offsets[i + 1]].strip(" \u3000\t") == "" and offsets[i + 1] - offsets[i] > 1
               for i in range(start, end - 1))


_ERA = re.compile(r"(?:令和|平成|昭和|大正|明治|西暦)$")


@rule("duration-malformed", "error", "期間の誤記（単位の重複）", "malformed duration (colliding units)", scope="unit")
def duration_malformed(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(DURATION):
        num = m.group("num")
        if not num[0].isdigit() and m.start() > 0 and is_kanji(text[m.start() - 1]):
            continue  # 統一年月日: a kanji numeral inside a word is not a number
        units_str = m.group("units")
        units = _UNIT_SPLIT.findall(units_str)
        n = valid_units(units)
        if n == 0 or n >= len(units):
            continue
        # the first extra unit, and what follows it, decide whether it is a compound (1年月額, 3日日曜)
        extra = units[n]
        extra_start = m.start("units") + sum(len(u) for u in units[:n])
        after = text[extra_start + len(extra):extra_start + len(extra) + 1]
        if len(units) == n + 1 and after and after in _COMPOUND_NEXT.get(extra[-1], ()):
            continue
        # 2024年4月: a date; 1日8時間週5日, 年2回: a rate per week or year opens after a duration; either way a
        # number follows the extra unit, which starts a quantity of its own
        # (not a unit written twice, 「令和3年年8月」: no date or rate writes one unit after itself)
        if re.match(r"[0-9〇一二三四五六七八九十]", text[m.end():m.end() + 1] or " ") and extra in ("月", "日", "週", "年") \
                and extra != units[n - 1]:
            continue
        if units[n - 1] == "年" and extra != "年" and _ERA.search(text, max(0, m.start() - 2), m.start()):
            continue  # 「平成8年日南町条例第4号」: a year of an era, and a word (a place) after it; 令和3年年 is still one
        if _blank_between(ctx, m.start("units"), m.end()):
            continue  # 「2025年　　月　　日」: a date left blank to be filled in (normalization took the blanks out)
        found = m.group(0)
        tail_kan = units[-1] == "間"
        bases = []
        for u in units:
            b = _base(u)
            if b in _BASE_UNITS and b not in [x for x, _ in bases]:
                bases.append((b, u))
        cands = []
        for b, written in bases:
            shown = written if b != "月" or len(written) == 2 else "か月"
            cand = f"{num}{shown}{'間' if tail_kan and b not in ('時間',) else ''}"
            if cand not in cands:
                cands.append(cand)
        if len(cands) == 1:
            suggestion = cands[0]
            sug_ja = f"「{cands[0]}」の誤りと思われます。"
            sug_en = f"{cands[0]} was probably meant."
        else:
            suggestion = " / ".join(cands)
            sug_ja = "「" + "」又は「".join(cands) + "」の誤りと思われます。"
            sug_en = " or ".join(cands) + " was probably meant."
        yield ctx.finding(
            "duration-malformed", m.span(),
            f"期間「{found}」は単位が重複しており、期間が特定できません。{sug_ja}",
            f"Malformed duration 「{found}」: two time units collide, so the period is undefined. {sug_en}",
            suggestion=suggestion,
        )
    yield from _counter_mistyped(ctx)


# The mark ヶ (箇, 個) stands between a number and a counter of a closed few: months, years, places, countries,
# articles, villages, towns, temples, days (三ヶ日). Another kanji after it, of the reading or shape of one of them
# (１ヶ合分: 合 reads ガッ as 月 reads ガツ), is that counter mistyped; no text of the corpus writes one.
_MARKED_COUNTERS = "月年所国条村町寺日"
# (opened on the mark, which prose writes seldom: the number is read back from it)
_MARKED = re.compile(r"(?<=[0-9０-９〇一二三四五六七八九十百千])[ヶケヵ箇](?P<k>[\u4e00-\u9fff])")
_NUMBER_BEFORE = re.compile(rf"{NUM}$")


def _counter_mistyped(ctx: Context):
    from .typos_kanji import _similar  # (the law model's readings and radicals load where a candidate asks)

    text = ctx.text
    for m in ctx.finditer(_MARKED):
        k = m.group("k")
        num = _NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if k in _MARKED_COUNTERS or num is None or (not num.group(0)[0].isdigit() and num.start()
                                                    and is_kanji(text[num.start() - 1])):
            continue
        meant = [(c, how) for c in _MARKED_COUNTERS if (how := _similar(k, c))]
        if len(meant) != 1:
            continue
        c, how = meant[0]
        written = text[num.start():m.end()]
        fixed = written[:-1] + c
        yield ctx.finding(
            "duration-malformed", (m.start("k"), m.end()),
            f"「{written}」: 「{written[-2]}」の後に置く助数詞は月・年・所・国などに限られ、「{k}」はそのどれでもありません。"
            f"{how}の「{c}」にした「{fixed}」の誤りと思われます。",
            f"「{written}」: the counter mark {written[-2]} takes a counter (月, 年, 所, 国…), and 「{k}」 is none; "
            f"「{fixed}」 (「{c}」, of like reading or shape) was probably meant.",
            suggestion=fixed, excerpt=text[max(0, num.start() - 4):m.end() + 4])
