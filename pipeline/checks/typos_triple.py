"""A compound of three kanji standing alone, a word and one kanji MeCab can only read alone, one kanji from a word
general Japanese writes as a whole.

「機器に不具告が発生した場合」, 「設計困、仕様書」, 「当社が払適切と判断する」: three kanji between kana or marks. The
pair detectors of typos_kanji.py weigh the pair the slip makes (具告, 計困, 払適) only where both kanji stand alone;
here one of them belongs to a word of the dictionary (不具, 設計, 適切) and the slipped kanji is left a noun of one
character or a symbol MeCab cannot read: no word and no affix of one. General Japanese writes the
corrected compound as one word (不具合, 設計図, 不適切: wordfreq counts them whole), the compound as written never, and
MeCab reads the clause far better with the correction. An affix (利用|者, 申込|書, 本|規約) is a word formation of its
own, whatever word it forms, and stays quiet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Context, LineMemo, finditer
from .. import word_frequencies
from .typos_base import COMMON_WORD, _reading_gain, general_frequency
from .typos_kanji import NUMERAL_KANJI, _lines_from, likeness, similar_kanji

# three kanji with no kanji, 々 or counter kana on either side
_LONE_TRIPLE = re.compile(r"(?<![\u3400-\u9fff々〆ヶヵ])[\u4e00-\u9fff]{3}(?![\u3400-\u9fff々〆ヶヵ])")

# general Japanese writes the correction at least once in a million words (不適切 6.0e-6, 不具合 1.1e-5): a word
# every writer knows, not a rare one the slip happens to be near
_GENERAL_WHOLE = 1e-6

# MeCab's path cost must fall by this much with the correction (8 characters before, 4 after): a slip left alone
# as a noun or symbol reads badly (不具告 → 不具合 4,973, 設計困 → 設計図 8,676)
_TRIPLE_GAIN = 3000

# what MeCab makes of a kanji it can read only alone: a noun of one character (告), a symbol (困); not an adverb, which
# goes on in kana (双方|共|に: 共に)
_ALONE = frozenset({"名詞", "記号"})
# (three kanji each read alone may hold an affix: 不|旧|合, 不 read as a prefix)
_ALONE_OR_AFFIX = _ALONE | {"接頭辞", "接尾辞"}


def _slipped_kanji(ctx: Context, s: int) -> tuple[int, ...]:
    """Where the three kanji at ``s`` are one word of two kanji and one kanji read alone (不具|告, 払|適切), the offset
    of the lone one; where MeCab reads each alone (不|旧|合), any of them."""
    a, b, c = ctx.token_at(s), ctx.token_at(s + 1), ctx.token_at(s + 2)
    if a is None or b is None or c is None:
        return ()
    if a.start == s and a.end == s + 2 and c.start == s + 2 and c.end == s + 3 and c.pos in _ALONE:
        return (2,)
    if a.start == s and a.end == s + 1 and a.pos in _ALONE and b.start == s + 1 and b.end == s + 3:
        return (0,)
    if all(t.end - t.start == 1 for t in (a, b, c)) and all(t.pos in _ALONE_OR_AFFIX for t in (a, b, c)):
        return (0, 1, 2)
    return ()


_THREE_KANJI = re.compile(r"[\u4e00-\u9fff]{3}")


@lru_cache(maxsize=1)
def _words_of_three() -> dict[str, list[tuple[float, str, int]]]:
    """The words of three kanji general Japanese writes _GENERAL_WHOLE or more, by each of their shapes with one kanji
    left out (不?合 → 不具合): a compound is looked up three times, not tried with every kanji of like reading."""
    out: dict[str, list[tuple[float, str, int]]] = {}
    for w, share in word_frequencies.words_at_least(_GENERAL_WHOLE):
        if _THREE_KANJI.fullmatch(w):
            for i in range(3):
                out.setdefault(w[:i] + "?" + w[i + 1:], []).append((share, w, i))
    return out



def _fixes(w: str) -> tuple[tuple[float, str, str, int], ...]:
    """(share in general Japanese, corrected compound, the kanji put in, its place) of each compound one kanji of like
    reading or shape from ``w`` that general Japanese writes _GENERAL_WHOLE or more, most written first."""
    words = _words_of_three()
    out = [(share, fixed, fixed[i], i) for i in range(3) for share, fixed, _ in words.get(w[:i] + "?" + w[i + 1:], ())
           if fixed[i] in similar_kanji(w[i])]
    return tuple(sorted(out, reverse=True))


def _line_candidates(line: str) -> tuple[tuple[int, str, tuple], ...]:
    """(offset, compound, its fixes) of the three kanji alone on ``line`` that general Japanese never writes, that hold
    no numeral (二分の一, 十三条: numbers have their own rules) nor a kanji typed twice, and that one kanji changed makes
    a word general Japanese writes (most runs of a law make none: asked first, before MeCab or a count of the text)."""
    out = []
    for m in finditer(_LONE_TRIPLE, line):
        w = m.group(0)
        if general_frequency(w) or NUMERAL_KANJI.intersection(w) or w[0] == w[1] or w[1] == w[2]:
            continue  # (賃賃借: a kanji typed twice, the doubled-kanji detector's)
        fixes = _fixes(w)
        if fixes:
            out.append((m.start(), w, fixes))
    return tuple(out)


_LINE_CANDIDATES = LineMemo()


def triple_slip_findings(ctx: Context, skip: list[tuple[int, int]]):
    text, full = ctx.text, ctx.full.text
    for start, end in (ctx._scan_windows() if ctx.scope is not None else [(0, len(text))]):
        for line, pos in _lines_from(text, start, end):
            for at, compound, fixes in _LINE_CANDIDATES.get(line, lambda line=line: _line_candidates(line)):
                s = pos + at
                if any(a < s + 3 and s < b for a, b in skip):
                    continue
                places = _slipped_kanji(ctx, s)
                if len(places) == 1 and general_frequency(compound[places[0]]) >= COMMON_WORD:
                    continue  # 「双方共に保持する」, 「その旨会社に」: a kanji every writer writes alone (共, 旨) is a word
                    # beside a word (not where no kanji of the three makes one: 不|旧|合)
                best = next((f for f in fixes if f[3] in places), None)
                if best is None or full.count(compound) > 1:
                    continue  # (written twice: the writer's own compound)
                share, fixed, right, i = best
                gain = _reading_gain(ctx, s, s + 3, fixed)
                if gain < _TRIPLE_GAIN:
                    continue
                wrong = compound[i]
                how = likeness(wrong, right)
                yield ctx.finding(
                    "typo", (s, s + 3),
                    f"「{compound}」は語として成り立ちません。「{wrong}」を{how}「{right}」にした「{fixed}」（一般の日本語で"
                    f"100万語に{share * 1e6:.0f}回使われる語）の誤りと思われます。",
                    f"「{compound}」 is not a word; 「{fixed}」 (「{right}」 for 「{wrong}」, similar reading or shape; "
                    f"general Japanese writes it {share * 1e6:.0f} times in a million words, and MeCab reads the clause "
                    f"better with it, cost {gain} lower) was probably meant.",
                    suggestion=fixed, severity="warning", excerpt=text[max(0, s - 4):s + 7],
                )
