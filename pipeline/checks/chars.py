"""What kind of character a character is: the scripts Japanese text mixes (kanji, hiragana, katakana)."""

from __future__ import annotations

import re
from functools import lru_cache

# kanji, the repeat mark 々, the 〆 abbreviation and the small ヵ ヶ counters, which stand for kanji (一ヶ月 = 一箇月)
KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]")


# kanji that negate the word they head (不可能, 非公開, 無効, 未成年): a productive word formation, put in a compound they
# make its opposite
NEGATING_PREFIXES = frozenset("不非無未")
# the kanji that write numbers (and their formal forms, 壱弐…), which count or label what follows them
NUMERAL_KANJI = frozenset("〇一二三四五六七八九十百千万億兆壱弐肆漆捌玖佰阡萬")
# what a number counts, written right after it (1名, 9月, 2年, 3回, 5万円, 二分の一, 第四項)
COUNTERS = frozenset("年月日週時分秒名人円回条項号章節款編歳才倍割個件通社部枚台点万千億ヶか箇")
# the conjunctions of legal drafting that join words or clauses, in kanji and in kana (a regex alternation)
JOINING_CONJUNCTIONS = "若しくは|もしくは|又は|または|及び|および|並びに|ならびに"


def is_kanji(c: str) -> bool:
    return bool(c) and bool(KANJI.match(c))


def is_hiragana(c: str) -> bool:
    return bool(c) and "\u3041" <= c <= "\u309f"


def is_katakana(c: str) -> bool:
    return bool(c) and ("\u30a1" <= c <= "\u30ff" or c == "ー")


@lru_cache(maxsize=None)
def foreign_kanji(ch: str) -> bool:
    """Is ``ch`` a Han character no Japanese character set holds: neither JIS X 0213 (euc_jis_2004) nor the
    vendor extensions of Windows (cp932: 髙, 﨑 of family names)? Japanese text does not write it; a simplified
    Chinese form pasted or converted into it (用语 for 用語, 含义 for 含意) does."""
    try:
        ch.encode("euc_jis_2004")
        return False
    except UnicodeEncodeError:
        pass
    try:
        ch.encode("cp932")
        return False
    except UnicodeEncodeError:
        return True


# a line in Chinese: Han characters of no Japanese set, three kinds or more, and no hiragana (a name in katakana may
# stand in it: 「使用ブルーゲート(以下称为“本公司”)提供的…」)
_FOREIGN_KINDS = 3
_HIRAGANA = re.compile(r"[\u3041-\u3096]")


def chinese_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of ``text`` written in Chinese (a translation printed beside the Japanese: 「本服务…为…
    时」), which no check of Japanese reads."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if len(line) >= 8 and not _HIRAGANA.search(line) \
                and len({c for c in line if "\u3400" <= c <= "\u9fff" and foreign_kanji(c)}) >= _FOREIGN_KINDS:
            out.append((pos, end))
        pos = end + 1
    return out
