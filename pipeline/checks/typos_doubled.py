"""The typo rule's detector of a kanji typed twice (typos.py lists the rule's detectors): 賃賃借 for 賃貸借, 契契約 for
契約, その他他の for その他の, 各号号 for 各号.

Law text almost never writes one kanji twice in a row: of its 4,961 kanji pairs, ten are doubled kanji, numerals
and words meeting at a boundary (会社|社債, 権利|利益). A doubled kanji is a slip where MeCab reads one of the two as
a word of one kanji standing alone beside a word that holds the other (賃|賃借, 契|契約, 各号|号), not where each
belongs to a longer word (会社|社員, 上記|記載), nor where the first is the noun a determiner governs
(その|他|他人: その他 and 他人); nor a place's unit before a word opening with it (東京|都|都市,
大阪|府|府民), nor a counter after a number (1|日|日曜), nor a label's 条 or 項 (同|条|条文).

The document itself must vouch for the correction, at least twice: it writes the compound with the kanji once
(賃借 of 賃借人, 契約), or with another kanji in the second place (賃貸借), or the words around it with the kanji
once (「の他の」 of その他の); or law text, where it never doubles the kanji and writes each of its pairs in the compound
with the kanji once often (「以下同同様」: 同様 67 times in the model).
"""

from __future__ import annotations

import re
from collections import Counter

from . import Context, spaced_in_source
from ..tokens import is_known_word
from .typos_base import ADMINISTRATIVE_UNITS, DIGITS, model
from .typos_kanji import NUMERAL_KANJI, _after_determiner, _compound_around

_DOUBLED = re.compile(r"([\u4e00-\u9fff])\1")
# labels' counters: 同条|条文, 第2項|項目 meet at a word boundary as a matter of course
_LABEL_COUNTERS = frozenset("条項号章節款編")
# the correction must be the document's own, written at least this often
_WRITTEN = 2


def _alone(ctx: Context, pos: int) -> bool:
    """Is the kanji at ``pos`` a word of one kanji of its own to MeCab (賃|賃借), not a suffix or prefix?"""
    t = ctx.token_at(pos)
    return t is not None and t.start == pos and t.end == pos + 1 and t.pos not in ("接尾辞", "接頭辞")


def _unknown_pair(ctx: Context, pos: int) -> bool:
    """Does MeCab read the doubled kanji at ``pos`` as one word it does not know (送送|受信): no word of two alike, so
    the key struck twice?"""
    t = ctx.token_at(pos)
    return t is not None and t.start == pos and t.end == pos + 2 and not is_known_word(t.surface)


def _corrections(text: str, s: int, k: str, run: tuple[int, int], line: tuple[int, int]) -> dict[str, tuple[str, int]]:
    """The corrections the document vouches for: what replaces the pair → (the text it makes, how often the
    document writes that). The kanji once (the compound ``run`` without one of them, or, where the pair is the whole
    compound, with the characters next to it), or another kanji in the second place, between the same kanji of
    the compound."""
    a, b = run
    out: dict[str, tuple[str, int]] = {}
    if b - a > 2:
        once = text[a:s] + k + text[s + 2:b]
    else:
        lo, hi = max(line[0], s - 1), min(line[1], s + 3)
        # (a character on each side: a lone kanji alone vouches for nothing)
        once = text[lo:s] + k + text[s + 2:hi] if s - lo and hi - s - 2 else None
    if once:
        out[k] = (once, text.count(once))
    if s + 2 < b:  # another kanji in the second place, between the first and the one after (賃[貸]借)
        left, right = text[max(a, s - 1):s + 1], text[s + 2:min(b, s + 4)]
        found = Counter(m.group(1) for m in re.finditer(rf"{re.escape(left)}([\u4e00-\u9fff]){re.escape(right)}", text))
        for c, n in found.items():
            if c != k:
                out[k + c] = (text[a:s + 1] + c + text[s + 2:b], n)
    return out


_TIME_COUNTERS = frozenset("年月日時分秒週")
# how often law text writes each kanji pair of the compound a doubled kanji makes once (同様: 67), for it alone to vouch
_LAW_PAIR = 20


def _law_word_once(text: str, s: int, k: str, run: tuple[int, int]) -> str | None:
    """The compound of ``run`` with the kanji once, where law text never doubles it and writes every pair of the kanji
    once with its neighbours often (「以下同同様」: 同同 never, 同様 67 times): a word no document need write twice to
    vouch for. None otherwise."""
    kp = model()["kanji_pairs"]
    a, b = run
    if kp.get(k + k) or b - a < 3 or k in _TIME_COUNTERS:
        return None  # (「3ヶ月月以上」: a period's unit twice, duration-malformed's finding with its reading)
    pairs = ([text[s - 1] + k] if s > a else []) + ([k + text[s + 2]] if s + 2 < b else [])
    if not pairs or any(kp.get(p, 0) < _LAW_PAIR for p in pairs):
        return None
    return text[a:s] + k + text[s + 2:b]


def _parallel_compound(text: str, s: int, k: str, run: tuple[int, int]) -> int:
    """How often the text writes the whole compound with another kanji in place of the first copy (裏表紙 beside 表表紙):
    the first copy then a prefix the writer puts before that word, not a key struck twice (建物賃賃貸借 has no
    建物X賃貸借)."""
    a, b = run
    twin = re.compile(rf"(?<![\u4e00-\u9fff々])" + re.escape(text[a:s]) + rf"(?!{re.escape(k)})[\u4e00-\u9fff]"
                      + re.escape(text[s + 1:b]) + r"(?![\u4e00-\u9fff々])")
    return sum(1 for _ in twin.finditer(text))


def doubled_kanji_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_DOUBLED):
        s, k = m.start(), m.group(1)
        if k in NUMERAL_KANJI or k in _LABEL_COUNTERS or (s and text[s - 1] in DIGITS) or text[s + 2:s + 3] == k:
            continue
        first_alone, second_alone = _alone(ctx, s), _alone(ctx, s + 1)
        if not (first_alone or second_alone or _unknown_pair(ctx, s)):
            continue  # each kanji belongs to a word of its own (会社|社員): two words meeting
        if first_alone and not second_alone and k in ADMINISTRATIVE_UNITS:
            continue  # 東京都|都市: a place's unit, then a word opening with it
        if first_alone and not second_alone and _after_determiner(ctx, s):
            continue  # 「その他他人の権利」: その他, then 他人 (a noun after その stands as a word of its own)
        if text.count(text[max(0, s - 1):s + 3]) > 1:
            continue  # written so, with the same characters around it, more than once: the writer's word
        if spaced_in_source(ctx, s):
            continue  # 「…OB会 会則」: the source sets the two apart (a name, then what it is), which normalization joined
        line, (a, b) = ctx.line_span(s), _compound_around(text, s, s + 2)
        fixes = _corrections(text, s, k, (a, b), line)
        # (a kanji in the second place wins a tie: the text counts its own slip as the kanji once, 賃賃借 as 賃借)
        fix, (whole, n) = max(fixes.items(), key=lambda x: (x[1][1], len(x[0]))) if fixes else (k, ("", 0))
        twins = _parallel_compound(text, s, k, (a, b))
        if twins and not (len(fix) == 2 and n > twins):
            # 「表表紙テキストなし、裏表紙テキストなし」: 表 + 表紙 as 裏 + 表紙, a word of its own; not where the document
            # writes the compound with another kanji in the second place more often (賃貸借 ×4 beside one 貸賃借: the
            # twin is another slip)
            continue
        written = text[a:b] if b - a > 2 else text[max(line[0], s - 1):min(line[1], s + 3)]
        if n >= _WRITTEN:
            ja = f"この文書はほかで「{whole}」と{n}回書いています"
            en = f"the document writes 「{whole}」 {n} times elsewhere"
        elif (law := _law_word_once(text, s, k, (a, b))) is not None:
            fix, whole = k, law
            ja = f"一字にした「{law}」は法令文によく使われる語です"
            en = f"with one 「{k}」, 「{law}」 is a word law text writes often"
        else:
            continue
        yield ctx.finding(
            "typo", (s, s + 2),
            f"「{k}」が二度続いています（「{written}」）。{ja}。",
            f"「{k}」 is typed twice (「{written}」); {en}.",
            suggestion=fix, severity="warning", excerpt=text[max(line[0], s - 4):min(line[1], s + 6)])
