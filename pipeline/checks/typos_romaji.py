"""A kana typed one romaji key off: the slips a Japanese input method makes.

Japanese is typed in romaji: こ is k-o, and a key missed, added or struck for its neighbour gives そ (s-o), お (o),
け (k-e) or ご (g-o); も (m-o) gives ほ (h-o), で (d-e) ぜ (z-e). The kana-slip detector of typos.py corrects a run
into 3-grams law text writes often; law text is three laws here, and writes many phrases of everyday prose seldom
(することも never, であること 87 times). For a run it cannot correct that way, the kana one key away are the likely
slips, few enough for MeCab to weigh each: it must read the clause far better (typos_base._SURE_GAIN), and law text
or the document must write every 3-gram the correction makes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .typos_base import _SURE_GAIN, _path_cost

# the keys each kana is typed with (the input method's own spelling: し si, ち ti, つ tu, ふ hu, ん nn)
_ROMAJI = dict(zip(
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
    "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ",
    "a i u e o ka ki ku ke ko sa si su se so ta ti tu te to na ni nu ne no ha hi hu he ho ma mi mu me mo ya yu yo "
    "ra ri ru re ro wa wo nn ga gi gu ge go za zi zu ze zo da di du de do ba bi bu be bo pa pi pu pe po".split()))


_NAME_CH = re.compile(r"[\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ]")


def _one_key_apart(x: str, y: str) -> bool:
    """Are two romaji spellings one key struck, dropped or added apart (ko/so, ko/o, mo/ho)?"""
    if x == y or abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(a != b for a, b in zip(x, y)) == 1
    short, long = sorted((x, y), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


@lru_cache(maxsize=None)
def one_key_neighbours(kana: str) -> tuple[str, ...]:
    """The kana one romaji key away from ``kana``, in kana order."""
    mine = _ROMAJI.get(kana)
    if mine is None:
        return ()
    return tuple(k for k, r in _ROMAJI.items() if _one_key_apart(mine, r))


def romaji_slip_fix(left: str, run: str, right: str, lo: int, hi: int, seen: Callable[[str], bool],
                    rejected: Callable[[str, int], bool]) -> tuple[int, str] | None:
    """(MeCab's gain, corrected run) of the best correction of one kana of run[lo:hi+1] into a kana one key away, every
    3-gram holding it ``seen`` (in law text or the document), MeCab reading the clause better by _SURE_GAIN at least,
    not ``rejected`` (a word for a word, one particle for another); None when there is none."""
    before = None
    best = None
    last = len(run) - 1
    if _NAME_CH.match(right[:1]):
        last = len(run) - 3  # 「すべておもロード製作委員会」: kana that run on into a katakana or Latin word may be a name's
    # (not the run's first kana: after a kanji it may end the word before, 改定|た|します is いたします with い dropped, and a
    # particle after a noun is grammar either way, 行為|や|どのような)
    for p in range(max(lo, 1), min(hi, last) + 1):
        for k in one_key_neighbours(run[p]):
            new = run[:p] + k + run[p + 1:]
            grams = [new[i:i + 3] for i in range(max(0, p - 2), min(p, len(new) - 3) + 1)]
            if not grams or not all(seen(g) for g in grams):
                continue
            if before is None:
                before = _path_cost(left + run + right)
            gain = before - _path_cost(left + new + right)
            if gain >= _SURE_GAIN and (best is None or gain > best[0]) and not rejected(new, p):
                best = (gain, new)
    return best
