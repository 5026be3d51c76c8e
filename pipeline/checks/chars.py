"""What kind of character a character is: the scripts Japanese text mixes (kanji, hiragana, katakana)."""

from __future__ import annotations

import re

# kanji, the repeat mark 々, the 〆 abbreviation and the small ヵ ヶ counters, which stand for kanji (一ヶ月 = 一箇月)
KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]")


def is_kanji(c: str) -> bool:
    return bool(c) and bool(KANJI.match(c))


def is_hiragana(c: str) -> bool:
    return bool(c) and "\u3041" <= c <= "\u309f"


def is_katakana(c: str) -> bool:
    return bool(c) and ("\u30a1" <= c <= "\u30ff" or c == "ー")
