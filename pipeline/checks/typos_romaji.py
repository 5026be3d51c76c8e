"""A kana typed one romaji key off: the slips a Japanese input method makes.

Japanese is typed in romaji: こ is k-o, and a key missed, added or struck for its neighbour gives そ (s-o), お (o),
け (k-e) or ご (g-o); も (m-o) gives ほ (h-o), で (d-e) ぜ (z-e). The kana-slip detector of typos.py corrects a run
into 3-grams law text writes often; law text is three laws here, and writes many phrases of everyday prose seldom
(することも never, であること 87 times). For a run it cannot correct that way, the kana one key away are the likely
slips, few enough for MeCab to weigh each: it must read the clause far better (typos_base._SURE_GAIN), or better by
the margin of a correction into law's staples where the correction restores a 4-gram law text writes often (すること,
あるとき), and law text or the document must write every 3-gram the correction makes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from functools import lru_cache

from . import LineMemo
from .typos_base import _STAPLE_GAIN, _SURE_GAIN, _path_cost, model

# the keys each kana is typed with (the input method's own spelling: し si, ち ti, つ tu, ふ hu, ん nn)
_ROMAJI = dict(zip(
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
    "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ",
    "a i u e o ka ki ku ke ko sa si su se so ta ti tu te to na ni nu ne no ha hi hu he ho ma mi mu me mo ya yu yo "
    "ra ri ru re ro wa wo nn ga gi gu ge go za zi zu ze zo da di du de do ba bi bu be bo pa pi pu pe po".split()))


_NAME_CH = re.compile(r"[\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ]")
_WORD_AFTER = re.compile(r"[\u4e00-\u9fff々（(「『）)」』]")


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


def romaji_slip_fix(left: str, run: str, right: str, lo: int, hi: int, law: Container[str],
                    in_doc: Container[str], rejected: Callable[[str, int], bool]) -> tuple[int, str] | None:
    """(MeCab's gain, corrected run) of the best correction of one kana of run[lo:hi+1] into a kana one key away, every
    3-gram holding it written by ``law`` text or ``in_doc``, MeCab reading the clause better by _SURE_GAIN at least
    (_STAPLE_GAIN where it restores a drafting phrase), not ``rejected`` (a word for a word, one particle for another,
    a demonstrative for another); None when there is none."""
    last = len(run) - 1
    if _NAME_CH.match(right[:1]):
        last = len(run) - 3  # 「すべておもロード製作委員会」: kana that run on into a katakana or Latin word may be a name's
    elif _WORD_AFTER.match(right[:1]):
        last = len(run) - 2  # (the kana before a kanji or a bracket: the honorific ご of ご質問, 方 written かた before （以下)
    lawful, others, needed = _CANDIDATES.get((run, lo, hi, last), lambda: _candidates(run, lo, hi, last, law))
    written = set(filter(in_doc.__contains__, needed))
    candidates = list(lawful)
    if written:
        candidates += [(new, p) for new, p, unlawful in others if written.issuperset(unlawful)]
    if not candidates:
        return None
    # MeCab's verdicts depend on the clause and the candidates only: the versions of a document share them
    return _ROMAJI_FIXES.get((left, run, right, tuple(candidates)),
                             lambda: _best_of(left, run, right, candidates, rejected))


def _candidates(run: str, lo: int, hi: int, last: int, law: Container[str]) -> tuple[tuple, tuple, tuple]:
    """The kana one key away: (corrected run, place) of those whose 3-grams holding the change law text all writes;
    (corrected run, place, the 3-grams law text never writes) of the others; and those 3-grams, each once."""
    out = []
    # (not the run's first kana: after a kanji it may end the word before, 改定|た|します is いたします with い dropped, and a
    # particle after a noun is grammar either way, 行為|や|どのような)
    for p in range(max(lo, 1), min(hi, last) + 1):
        for k in one_key_neighbours(run[p]):
            new = run[:p] + k + run[p + 1:]
            grams = [new[i:i + 3] for i in range(max(0, p - 2), min(p, len(new) - 3) + 1)]
            if grams:
                out.append((new, p, tuple(g for g in grams if g not in law)))
    return (tuple((new, p) for new, p, unlawful in out if not unlawful),
            tuple(c for c in out if c[2]), tuple({g for c in out for g in c[2]}))


# the candidates of a run depend on the run, where its slip may lie and the law model: listed once for every version
_CANDIDATES = LineMemo()
_ROMAJI_FIXES = LineMemo()


def _best_of(left: str, run: str, right: str, candidates: list[tuple[str, int]],
             rejected: Callable[[str, int], bool]) -> tuple[int, str] | None:
    before = _path_cost(left + run + right)
    best = None
    for new, p in candidates:
        gain = before - _path_cost(left + new + right)
        if gain >= (_SURE_GAIN if not _restores_a_drafting_phrase(new, p) else _STAPLE_GAIN) \
                and (best is None or gain > best[0]) and not rejected(new, p):
            best = (gain, new)
    return best


# A 4-gram law text writes this often is one of its drafting phrases (すること, あるとき): a correction that restores
# one needs the margin MeCab gives a correction into law's staples (_STAPLE_GAIN), not the sure one. MeCab reads
# 「するこてなく」 (こて, a trowel) only 2,373 worse than することなく, 「おそれがかるとき」 (刈る) 3,927.
_DRAFTING_PHRASE4 = 50


def _restores_a_drafting_phrase(new: str, p: int) -> bool:
    kana4 = model()["kana4"]
    return any(kana4.get(new[i:i + 4], 0) >= _DRAFTING_PHRASE4 for i in range(max(0, p - 3), min(p, len(new) - 4) + 1))
