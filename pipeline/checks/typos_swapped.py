"""Two kanji typed in the wrong order: 「6月を経過した日に貸賃借は終了する」 in a lease that writes 賃貸借 throughout.

A pair of kanji law text never writes side by side (typos_kanji's candidates: 貸賃), written once, whose two kanji in
the other order make the compound the document itself writes again and again (賃貸借 ×4) is that compound with two
keys struck in the wrong order. The evidence is the document's own: the compound with the pair swapped, written at
least _WRITTEN times, where the pair as written is written once; and general Japanese's: the swapped pair is a word,
the pair as written none that general Japanese writes (子女 beside 女子 and 費消 beside 消費 are words of their own), and
the clause reads better with the swap. Two kanji a writer may mean in either order (会社 and 社会, 議会 and 会議) are both
pairs law text writes, never candidates; a name's kanji are left out with the candidates.
"""

from __future__ import annotations

from . import Context
from .typos_base import _is_word, _reading_gain, general_frequency
from .typos_kanji import NUMERAL_KANJI, _compound_around, _unlawful_pairs

# the compound with the two kanji swapped is written at least this often: the writer's word, not a chance likeness
_WRITTEN = 3
# and MeCab reads the clause better by this much with the swap (its path cost falls: 貸賃借は → 賃貸借は by 5,366,
# 約規 → 規約 by 10,080; 費消 → 消費, a word for a word, by 15)
_GAIN = 2000


def swapped_kanji_findings(ctx: Context, skip: list[tuple[int, int]]):
    text = ctx.text
    candidates, doc_pairs = _unlawful_pairs(ctx)
    for pair, s, _before in candidates:
        if pair[0] == pair[1] or doc_pairs[pair] > 1 or any(a < s + 2 and s < b for a, b in skip):
            continue
        if NUMERAL_KANJI.intersection(pair):
            continue
        swapped = pair[1] + pair[0]
        if not _is_word(swapped):
            continue  # 各条 is no slip of 条各, two kanji that meet in 第2条各号 but make no word
        if general_frequency(pair) > 0:
            continue  # 子女 beside 女子, 費消 beside 消費: a word of general Japanese, meant as written
        a, b = _compound_around(text, s, s + 2)
        # the compound the pair is typed in: with the kanji on each side of it in its run, on one side, or none (賃貸借
        # of 貸賃借契約終了, written eight times where 賃貸借契約終了 is written once)
        spans = [(max(a, s - 1), min(b, s + 3)), (s, min(b, s + 3)), (max(a, s - 1), s + 2), (s, s + 2)]
        for x, y in dict.fromkeys(spans):
            if y - x > 2 or (x, y) == (a, b):
                meant = text[x:s] + swapped + text[s + 2:y]
                n = text.count(meant)
                if n >= _WRITTEN:
                    break
        else:
            continue
        written = text[x:y]
        if text.count(written) > 1:
            continue
        if _reading_gain(ctx, s, s + 2, swapped) < _GAIN:
            continue  # 「使用、費消、破損」 beside 消費 ×5: a word of its own (to spend up), read as well as the swap
        line_start, line_end = ctx.line_span(s)
        yield ctx.finding(
            "typo", (s, s + 2),
            f"「{written}」はこの文書でここだけの書き方です。「{pair}」の2字を入れ替えた「{meant}」はこの文書で{n}回"
            f"使われています。",
            f"「{written}」 is written only here; with 「{pair}」 in the other order it is 「{meant}」, which the document "
            f"writes {n} times.",
            suggestion=swapped, severity="warning",
            excerpt=text[max(line_start, a - 4):min(line_end, b + 4)])
