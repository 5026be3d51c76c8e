"""A compound of two kanji standing alone that is no word, one kanji from a staple of law text.

「皆様への通地を行います」, 「重大な過一に起因する」, 「随時本規約を後新する」: two kanji between kana or marks, which
neither law text nor MeCab's dictionary writes as a word, one kanji of the same reading or shape away from a word law
text uses often (通知, 過失, 更新). The pair detectors of typos_kanji.py look only at pairs law text never writes side by
side; these two kanji do stand side by side in law text, across two of its words (普|通地|方, 一|過|一), and a numeral
among them (過一) reads there as a number. Standing alone, the two kanji are one compound of their own, and a compound
that is no word is a slip. Measured over the corpus and fixtures (243 documents as they are): two kanji alone that are
no word and have such a twin are a word with its okurigana (手触り, 各向き), a number and its counter (二分の一, 六日),
a label and its suffix (第3号中), or two kanji law text itself writes side by side often (何人も): none of them a
compound of two kanji on its own; nor, in the texts of the tests, a prefix of quantity or an administrative unit
before a noun (取り決め全項, 県営). A pair MeCab reads as a noun and a verb with its okurigana (旨示されて: 旨 and
示す, を left out as legal prose does) is no compound either, though a verbal noun's slip before する reads so too
(型載します for 掲載します, left untold).
"""

from __future__ import annotations

import re

from . import Context, LineMemo, finditer
from .typos_base import ADMINISTRATIVE_UNITS, _is_word, _reading_gain, model
from .typos_kanji import (NUMBER_MARKS, NUMERAL_KANJI, _NUMBER_BEFORE, _kanji_list, _lines_from, _negated_root, likeness,
                          _similar_order, _words_by_char, _writers_word)

# two kanji with no kanji, 々 or counter kana (ヶ) on either side
_LONE_PAIR = re.compile(r"(?<![\u3400-\u9fff々〆ヶヵ])[\u4e00-\u9fff]{2}(?![\u3400-\u9fff々〆ヶヵ])")

# The correction is a word law text uses at least this often: a word a writer meant, not a rare word the slip happens
# to be near (掲載 ×13, 過失 ×30, 更新 ×36 in the law model, whose three laws write many everyday words seldom).
_LAW_STAPLE = 5
# two kanji law text writes side by side this often are a unit of its prose, word or no word (何人も, 23 times)
_LAW_UNIT = 5

# MeCab's path cost must fall by this much with the correction (8 characters before, 4 after): planted slips gain
# 2,991 (過一 → 過失) to 15,065 (後新 → 更新); a pair alone that is no word in the corpus, after a number, at most
# 5,072 (「◯名様」 → 名称), and those are told apart before (a counter, not a compound)
_LONE_PAIR_GAIN = 2000


# kanji that make a word of their own with any noun after them: a prefix of quantity (全項: all the paragraphs, 各班) and
# an administrative unit (県営: run by the prefecture, 市立, 都有)
_FORMS_WORDS = frozenset(_kanji_list("prefix_kanji.tsv")) | ADMINISTRATIVE_UNITS

# a writer's word written more often than this is chosen, not slipped into (twice, where the document never writes the
# correction: typos_kanji._writers_word)
_WRITTEN_ON_PURPOSE = 2


def _numbered(text: str, s: int, pair: str) -> bool:
    """Is the pair a number and its counter (二分, 六日), a word numbers follow and its number (約十か月), or a counter
    after its number (第3号中, 20名様, ◯名様)?"""
    before = text[s - 1:s]
    if before.isdigit() or before in NUMERAL_KANJI or before in NUMBER_MARKS:
        return True
    if pair[0] in NUMERAL_KANJI:
        return True  # (and what a numeral makes with any kanji after it: 二重, 二次, which UniDic reads as two words)
    return pair[1] in NUMERAL_KANJI and _NUMBER_BEFORE.match(pair[0]) is not None


def _one_compound(ctx: Context, s: int) -> bool:
    """Does MeCab read the two kanji at ``s`` within themselves (one unknown word, or two pieces), not as the start of
    a word that goes on in kana (手触|り, 値上|げ)?"""
    a, b = ctx.token_at(s), ctx.token_at(s + 1)
    return a is not None and b is not None and a.start >= s and b.end <= s + 2


def _twin(pair: str) -> tuple[int, str, str, str] | None:
    """(law count, word, kanji changed, kanji it becomes) of the law staple one kanji of like reading or shape away from
    ``pair``: the most used; ties, the first found."""
    first, second = _words_by_char()
    order0, order1 = _similar_order(pair[0]), _similar_order(pair[1])
    best = None
    for w, c in first.get(pair[0], ()):  # keep the first kanji, change the second
        if c >= _LAW_STAPLE and w[1] in order1 and not _negated_root(pair[0], pair[1], w[1]):
            if best is None or c > best[0]:
                best = (c, w, pair[1], w[1])
    for w, c in second.get(pair[1], ()):  # change the first, keep the second
        if c >= _LAW_STAPLE and w[0] in order0 and (best is None or c > best[0]):
            best = (c, w, pair[0], w[0])
    return best


def _line_candidates(line: str) -> tuple[tuple[int, str, tuple[int, str, str, str]], ...]:
    """(offset, pair, its twin) of each pair alone on ``line`` that is no word, no number's and has a law staple one kanji
    away: a matter of the line (the versions of a document share their lines)."""
    words, pairs = model()["words"], model()["kanji_pairs"]
    out = []
    for m in finditer(_LONE_PAIR, line):
        pair, s = m.group(0), m.start()
        if pair in words or _is_word(pair) or _numbered(line, s, pair) or pairs.get(pair, 0) >= _LAW_UNIT \
                or pair[0] in _FORMS_WORDS:
            continue
        twin = _twin(pair)
        if twin is not None:
            out.append((s, pair, twin))
    return tuple(out)


_LINE_CANDIDATES = LineMemo()


def _candidates(ctx: Context):
    """(place, pair, twin) of the candidates in the text a rule scans (a diff's changed units, or the whole text)."""
    text = ctx.text
    for start, end in (ctx._scan_windows() if ctx.scope is not None else [(0, len(text))]):
        for line, pos in _lines_from(text, start, end):
            if _LONE_PAIR.search(line):
                for at, pair, twin in _LINE_CANDIDATES.get(line, lambda line=line: _line_candidates(line)):
                    yield pos + at, pair, twin


def lone_pair_findings(ctx: Context, skip: list[tuple[int, int]]):
    """Two kanji alone that no dictionary knows, written at most twice, one kanji from a staple of law text that MeCab
    reads the clause far better with."""
    text, full = ctx.text, ctx.full.text
    for s, pair, twin in _candidates(ctx):
        n, word, wrong, right = twin
        if any(a < s + 2 and s < b for a, b in skip):
            continue
        if not _one_compound(ctx, s):
            continue
        written = full.count(pair)
        if written > _WRITTEN_ON_PURPOSE or _writers_word(written, word, full):
            continue  # the writer's own word, which nothing of the document corrects
        gain = _reading_gain(ctx, s, s + 2, word)
        if gain < _LONE_PAIR_GAIN:
            continue
        how = likeness(wrong, right)
        in_doc = full.count(word)
        yield ctx.finding(
            "typo", (s, s + 2),
            f"「{pair}」は語として成り立ちません。「{wrong}」を{how}「{right}」にした「{word}」（法令文で{n}回使用"
            + (f"、この文書でも{in_doc}回" if in_doc else "") + "）の誤りと思われます。",
            f"「{pair}」 is not a word; 「{word}」 (「{right}」 for 「{wrong}」, similar reading or shape; used {n} times in "
            f"e-Gov law text" + (f" and {in_doc} times in this document" if in_doc else "")
            + f"; MeCab reads the clause better with it, cost {gain} lower) was probably meant.",
            suggestion=word, severity="warning", excerpt=text[max(0, s - 4):s + 6],
        )
