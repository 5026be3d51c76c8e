"""notation-variance: one word written two ways in one document (及び 12 / および 3).

The groups of spellings are in pipeline/data/notation_variants.json. A spelling
counts only where it is a whole word: it starts a token and ends one (or ends
inside a verb or adjective whose remaining characters are its inflection:
取扱|わない); a spelling ending in a kanji does not count inside a compound
(申込書, 手続開始). Spellings are compared only within one part of speech, so the
verb 及び (損害に及び) is not counted with the conjunction 及び.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..tokens import LONG_LINE, line_tokens, tokenize
from . import Context, Footprint, LineMemo, is_hiragana, is_kanji, is_katakana, load_json, notation_groups, rule
from .base import _within

_INFLECTING = {"動詞", "形容詞", "助動詞"}
_NUMBER_CHARS = frozenset("0123456789０１２３４５６７８９〇一二三四五六七八九十百千")


@lru_cache(maxsize=None)
def _matcher():
    index: dict[str, int] = {}
    for gi, group in enumerate(notation_groups()):
        for v in group:
            index.setdefault(v, gi)
    rx = re.compile("|".join(re.escape(v) for v in sorted(index, key=len, reverse=True)))
    return rx, index


@lru_cache(maxsize=None)
def _kanji_swaps() -> frozenset[int]:
    """The groups whose spellings differ by a kanji written for another (寄附/寄付, 附則/付則), not by okurigana:
    the compound drops no okurigana there, so a spelling inside a compound is the same choice."""
    return frozenset(gi for gi, group in enumerate(notation_groups())
                     if len({len(v) for v in group}) == 1 and all(is_kanji(c) for v in group for c in v))


def _index(ctx: Context) -> tuple[list[tuple[int, str, frozenset]], dict[int, set[str]]]:
    """The lines that spell a variant, as (offset, line, (group, spelling) pairs), and the spellings
    of each group in the whole document. A regex scan: no line is tagged."""
    ctx = ctx.full

    def build():
        lines = []
        spellings: dict[int, set[str]] = {}
        pos = 0
        for line in ctx.text.split("\n"):
            found = _SPELLINGS.get(line, lambda line=line: _line_spellings(line)) if line else ()
            if found:
                lines.append((pos, line, found))
                for gi, v in found:
                    spellings.setdefault(gi, set()).add(v)
            pos += len(line) + 1
        return lines, spellings
    return ctx.memo("notation.index", build)


def _varying(ctx: Context) -> set[int]:
    """The groups the document spells two ways: only their words can vary, the others are not tagged."""
    ctx = ctx.full
    return ctx.memo("notation.varying", lambda: {gi for gi, vs in _index(ctx)[1].items() if len(vs) >= 2})


def _occurrences_in(start: int, line: str, found, groups) -> list[tuple[int, str, str, int]]:
    """The whole-word spellings of ``groups`` in one line of the index, at document offsets."""
    present = frozenset(gi for gi, _ in found if gi in groups)
    if not present:
        return []
    return [(gi, pos_tag, v, start + rel)
            for gi, pos_tag, v, rel in _LINES.get((line, present), lambda: _line_occurrences(line, present))]


def occurrences(ctx: Context) -> list[tuple[int, str, str, int]]:
    """(group index, part of speech, variant, position) of every whole-word spelling of a variant."""
    def build():
        varying = _varying(ctx)
        if ctx.only is not None:  # a diff asks about some groups only
            varying = varying & ctx.only
        out = []
        for start, line, found in _index(ctx)[0]:
            out.extend(_occurrences_in(start, line, found, varying))
        return out
    return ctx.memo("notation.occurrences", build)


# a statute's name, spelled as enacted whatever the document's notation: 外国為替及び外国貿易法, 私的独占の禁止及び公正
# 取引の確保に関する法律 (its 及び is the law's, not the writer's choice); a method is no statute (書面又は電磁的方法), and
# 及び between two names of laws (労基法及び労災保険法) is the writer's
_STATUTE_NAME = re.compile(r"[\u4e00-\u9fff]{3,}(?<![法律項号条])(?:及び|並びに|又は|若しくは)[\u4e00-\u9fff]{3,}"
                           r"(?<![方手用寸製技作文説便療理兵戦航])法"
                           r"(?![\u4e00-\u9fff])"
                           r"|(?<=[\u4e00-\u9fff])(?<![法律])(?:及び|並びに|又は|若しくは)[^、。「」（）()\n及又並若]{1,30}?に関する法律")


_SPELLINGS = LineMemo()


def _line_spellings(line: str) -> frozenset[tuple[int, str]]:
    """(group, spelling) of every variant written in the line, whole word or not."""
    rx, index = _matcher()
    return frozenset((index[m.group(0)], m.group(0)) for m in rx.finditer(line))


_LINES = LineMemo()


def _line_occurrences(line: str, groups: frozenset[int]) -> tuple[tuple[int, str, str, int], ...]:
    """The whole-word spellings of the ``groups`` in one line, offsets relative to it."""
    rx, index = _matcher()
    # a spelling ending in a kanji inside a compound never counts (申込書, 手続開始, 為替, 申込フォーム): decided before
    # the line is tagged, so a line whose spellings all sit in compounds is not tagged at all
    # (a counter after a number is no compound's head: 6ヶ月以上, 3か月間 are the counter and a suffix)
    # (but a kanji written for another, 寄付金 among 寄附金, 付属書 among 附属書, is the same variance in a compound)
    swaps = _kanji_swaps()
    matches = [m for m in rx.finditer(line) if index[m.group(0)] in groups
               and not (is_kanji(m.group(0)[-1]) and m.end() < len(line)
                        and (is_kanji(line[m.end()]) or is_katakana(line[m.end()]) and line[m.end()] != "ー")
                        and not (m.start() > 0 and line[m.start() - 1] in _NUMBER_CHARS)
                        and index[m.group(0)] not in swaps)]
    if matches and _STATUTE_NAME.search(line):
        names = [n.span() for n in _STATUTE_NAME.finditer(line)]
        matches = [m for m in matches if not any(a <= m.start() < b for a, b in names)]
    if not matches:
        return ()
    toks = line_tokens(line) if len(line) <= LONG_LINE else tuple(tokenize(line))
    starts = [t.start for t in toks]
    out = []
    for m in matches:
        v = m.group(0)
        start, end = m.span()
        i = bisect.bisect_left(starts, start)
        if i >= len(toks) or toks[i].start != start:
            continue
        j = i  # the token holding the last character
        while j + 1 < len(toks) and toks[j].end < end:
            j += 1
        last = toks[j]
        if last.end < end:
            continue
        if last.end > end:
            rest = line[end:last.end]
            if not (last.pos in _INFLECTING and all(is_hiragana(c) for c in rest)):
                continue
        pos = _part_of_speech(toks, i, j)
        if index[v] in _conjunction_groups() and not (i > 0 and toks[i - 1].pos == "助詞"):
            pos = "接続詞"  # 「。従って、」 opening a clause: the conjunction; 「法令に従って」 the verb, each its own notation
        out.append((index[v], pos, v, start))
    return tuple(out)


@lru_cache(maxsize=None)
def _conjunction_groups() -> frozenset[int]:
    """The groups of a conjunction whose kanji spelling is also a verb's (notation_variants.json: conjunctions)."""
    firsts = set(load_json("notation_variants.json").get("conjunctions", ()))
    return frozenset(gi for gi, group in enumerate(notation_groups()) if group[0] in firsts)


_RENYO_ENDINGS = set("いきしちにひみりぎじびぴえけせてねへめれげぜでべぺ")


def _part_of_speech(toks, i: int, j: int) -> str:
    """The token's part of speech, with MeCab's noun reading of a verb's 連用形 corrected:
    「箇所に立ち入り、調査を行う」 is the verb 立ち入る (written with okurigana by the official rules),
    not the noun 立入り, so the two are not one word spelled two ways. Conversely a 連用形 followed by
    a conjunction or a case particle (「立入り又は保存行為」「立入りを」) is the noun."""
    pos = toks[i].pos
    if j + 1 >= len(toks):
        return pos
    after = toks[j + 1]
    if pos == "名詞" and i > 0:
        before = toks[i - 1]
        if before.pos == "助詞" and before.surface in ("に", "を") and after.surface in ("、", "て"):
            return "動詞"
    if (pos == "動詞" and i > 0 and toks[i - 1].surface == "の" and toks[i - 1].pos == "助詞"
            and toks[j].surface[-1:] in _RENYO_ENDINGS):
        return "名詞"  # 「者の立入り、工事」: a 連用形 after の is the noun (「ことの出来る」 stays a verb)
    if pos == "動詞" and toks[j].end == after.start and (
            after.pos == "接続詞" or (after.pos == "助詞" and after.surface in ("の", "を", "が", "は", "も"))):
        return "名詞"
    return pos


def _groups_spelled(ctx: Context, span: tuple[int, int]):
    """The groups whose spellings the lines of ``span`` write: a group's findings depend only on where
    the document spells it (and how each of those lines is tagged, hence whole lines)."""
    for _start, _line, found in _lines_of(ctx, span):
        for gi, _v in found:
            yield gi


def _lines_of(ctx: Context, span: tuple[int, int]):
    """(offset, line, spellings) of the lines that ``span`` touches and that spell a variant: whole
    lines, as a line is tagged as a whole. Read from the text (no index of the whole document)."""
    full = ctx.full
    start = full.line_span(span[0])[0]
    end = full.line_span(max(span[0], span[1] - 1))[1]
    pos = start
    for line in full.text[start:end].split("\n"):
        found = _SPELLINGS.get(line, lambda line=line: _line_spellings(line)) if line else ()
        if found:
            yield pos, line, found
        pos += len(line) + 1


def _footprint(ctx: Context, span: tuple[int, int]) -> dict[int, Footprint]:
    """Per group spelled in the lines of ``span``: its whole-word spellings there, in order, with their
    part of speech, the unit's share of every count the rule compares for the group. Tags the changed
    lines only, and only for a group whose spellings a regex finds there (the cheap part) are the same
    in both versions."""
    lines = list(_lines_of(ctx, span))
    out: dict[int, Footprint] = {}
    for gi in sorted({gi for _, _, found in lines for gi, _ in found}):
        mine = [(start, line, found) for start, line, found in lines if any(g == gi for g, _ in found)]
        out[gi] = Footprint(
            tuple(tuple(sorted(v for g, v in found if g == gi)) for _, _, found in mine),
            lambda mine=mine, gi=gi: tuple((pos_tag, v) for start, line, found in mine
                                           for _, pos_tag, v, _ in _occurrences_in(start, line, found, (gi,))))
    return out


@rule("notation-variance", "info", "表記ゆれ", "mixed notation of one word",
      footprint=_footprint, facets=_groups_spelled)
def notation_variance(ctx: Context):
    if ctx.scope is None:
        yield from _findings(ctx, occurrences(ctx))
        return
    # A diff whose changed units leave the same footprints in both versions: every group has the same
    # words in the same order and the same counts, so the findings outside the changed units are the same in both
    # versions, and those inside are found by counting the buckets the changed units write (whole documents, for
    # those groups only) and keeping what falls in the changed units.
    full = ctx.full
    lines, _ = _index(full)
    # the groups whose footprints differ are counted in full by the faceted run of the same diff
    varying = _varying(full) - ctx.skip.get("notation-variance", frozenset())
    touched: set[tuple[int, str]] = set()  # buckets (group, part of speech) to count
    for span in ctx.scope:
        for start, line, found in _lines_of(full, span):
            for gi, pos_tag, v, at in _occurrences_in(start, line, found, varying):
                if span[0] <= at < span[1]:
                    touched.add((gi, pos_tag))
    if not touched:
        return
    groups = {gi for gi, _ in touched}
    occ = [o for start, line, found in lines if any(gi in groups for gi, _ in found)
           for o in _occurrences_in(start, line, found, groups)]
    yield from (f for f in _findings(full, occ, touched) if _within(ctx.scope, f.span[0]))


# A spelling written at least this many times as often as the others together, which are at most this many, is the
# document's own: each of the others is told where it stands
_CLEAR_MAJORITY, _FEW_SLIPS = 3, 5


def _findings(ctx: Context, occurrences, buckets_wanted=None):
    groups = notation_groups()
    buckets: dict[tuple[int, str], dict[str, list[int]]] = {}
    for gi, pos, v, start in occurrences:
        buckets.setdefault((gi, pos), {}).setdefault(v, []).append(start)
    for (gi, pos), by_variant in buckets.items():
        if len(by_variant) < 2 or (buckets_wanted is not None and (gi, pos) not in buckets_wanted):
            continue
        group = groups[gi]
        ranked = sorted(by_variant.items(), key=lambda kv: (-len(kv[1]), group.index(kv[0])))
        major = ranked[0][0]
        counts_ja = "、".join(f"「{v}」{len(ps)}回" for v, ps in ranked)
        counts_en = ", ".join(f"{v} ×{len(ps)}" for v, ps in ranked)
        minor = [(v, p) for v, ps in ranked[1:] for p in ps]
        clear = len(ranked[0][1]) >= _CLEAR_MAJORITY * len(minor)  # (または ×84 beside 又は ×15: its habit)
        if clear and len(minor) <= _FEW_SLIPS:
            # a few slips from the document's clear spelling (「下さい」 ×4 among ください ×20): each is a place to mend
            places = sorted(minor, key=lambda vp: vp[1])
            want, why_ja, why_en = major, "", ""
        else:
            # two spellings the document keeps both of: one note, at the first of the rarer one to mend; with no clear habit
            # of its own, the spelling to keep is the standard one (the group's first: 公用文's ただし, あらかじめ,
            # 手続), not whichever a count of 4 to 2 happens to favour
            # (a conjunction whose kanji is a verb's, 「従って、」, is written in kana as a conjunction: したがって)
            standard = group[1] if pos == "接続詞" and gi in _conjunction_groups() else group[0]
            want = standard if standard in by_variant and not clear else major
            other = [(v, ps) for v, ps in ranked if v != want][-1]
            places = [(other[0], other[1][0])]
            why_ja = f"（標準の表記は「{want}」）" if want != major else ""
            why_en = f" (the standard spelling is {want})" if want != major else ""
        for v, where in places:
            yield ctx.finding(
                "notation-variance", (where, where + len(v)),
                f"表記が混在しています: {counts_ja}。{why_ja}",
                f"Mixed notation of one word: {counts_en}.{why_en}",
                suggestion=f"「{want}」に統一",
            )
