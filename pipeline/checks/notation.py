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
from . import Context, LineMemo, is_hiragana, is_kanji, notation_groups, rule

_INFLECTING = {"動詞", "形容詞", "助動詞"}


@lru_cache(maxsize=None)
def _matcher():
    index: dict[str, int] = {}
    for gi, group in enumerate(notation_groups()):
        for v in group:
            index.setdefault(v, gi)
    rx = re.compile("|".join(re.escape(v) for v in sorted(index, key=len, reverse=True)))
    return rx, index


def occurrences(ctx: Context) -> list[tuple[int, str, str, int]]:
    """(group index, part of speech, variant, position) of every whole-word spelling of a variant."""
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
        # only a word the text spells two ways can vary: the other groups are not tagged at all (nor
        # those a diff does not ask about)
        varying = {gi for gi, vs in spellings.items() if len(vs) >= 2 and (ctx.only is None or gi in ctx.only)}
        out = []
        for start, line, found in lines:
            present = frozenset(gi for gi, _ in found if gi in varying)
            if present:
                for gi, pos_tag, v, rel in _LINES.get((line, present), lambda: _line_occurrences(line, present)):
                    out.append((gi, pos_tag, v, start + rel))
        return out
    return ctx.memo("notation.occurrences", build)


_SPELLINGS = LineMemo()


def _line_spellings(line: str) -> frozenset[tuple[int, str]]:
    """(group, spelling) of every variant written in the line, whole word or not."""
    rx, index = _matcher()
    return frozenset((index[m.group(0)], m.group(0)) for m in rx.finditer(line))


_LINES = LineMemo()


def _line_occurrences(line: str, groups: frozenset[int]) -> tuple[tuple[int, str, str, int], ...]:
    """The whole-word spellings of the ``groups`` in one line, offsets relative to it."""
    rx, index = _matcher()
    toks = line_tokens(line) if len(line) <= LONG_LINE else tuple(tokenize(line))
    starts = [t.start for t in toks]
    out = []
    for m in rx.finditer(line):
        v = m.group(0)
        if index[v] not in groups:
            continue
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
        if is_kanji(v[-1]) and end < len(line) and is_kanji(line[end]):
            continue  # 申込書, 手続開始: a compound, written without okurigana by convention
        out.append((index[v], _part_of_speech(toks, i, j), v, start))
    return tuple(out)


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
    start = ctx.line_span(span[0])[0]
    end = ctx.line_span(max(span[0], span[1] - 1))[1]
    for line in ctx.text[start:end].split("\n"):
        if line:
            for gi, _v in _SPELLINGS.get(line, lambda line=line: _line_spellings(line)):
                yield gi


@rule("notation-variance", "info", "表記ゆれ", "mixed notation of one word", facets=_groups_spelled)
def notation_variance(ctx: Context):
    groups = notation_groups()
    buckets: dict[tuple[int, str], dict[str, list[int]]] = {}
    for gi, pos, v, start in occurrences(ctx):
        buckets.setdefault((gi, pos), {}).setdefault(v, []).append(start)
    for (gi, pos), by_variant in buckets.items():
        if len(by_variant) < 2:
            continue
        group = groups[gi]
        ranked = sorted(by_variant.items(), key=lambda kv: (-len(kv[1]), group.index(kv[0])))
        major = ranked[0][0]
        minority = ranked[-1]
        where = minority[1][0]
        counts_ja = "、".join(f"「{v}」{len(ps)}回" for v, ps in ranked)
        counts_en = ", ".join(f"{v} ×{len(ps)}" for v, ps in ranked)
        yield ctx.finding(
            "notation-variance", (where, where + len(minority[0])),
            f"表記が混在しています: {counts_ja}。",
            f"Mixed notation of one word: {counts_en}.",
            suggestion=f"「{major}」に統一",
        )
