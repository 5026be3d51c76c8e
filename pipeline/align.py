"""Align: match old articles to new articles by content and title, not by number.

``align(old, new) -> Alignment``. A new article inserted in the middle
renumbers everything after it; matching by content lets the reviewer see
"renumbered, text unchanged" instead of twenty modified articles. Handles
insertions, deletions, moves (the articles off the longest in-order chain),
renumbering, splits, merges, retitles and heavy edits.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .model import Article, Document
from .textsig import bigrams, canonical, containment, dice

_REF_NUMBER = re.compile(r"第[0-9〇一二三四五六七八九十百千]+条(?:の[0-9一二三四五六七八九十]+)*")
MATCH_THRESHOLD = 0.38
SPLIT_CONTAINMENT = 0.72


@dataclass
class ArticlePair:
    old: Article | None
    new: Article | None
    status: str  # unchanged, renumbered, modified, moved, inserted, deleted, split, merged
    similarity: float
    changes: list = field(default_factory=list)  # list[diff.Change], filled by diff

    @property
    def part(self) -> str:
        """main, front, heading, supplementary-N, annex-N or closing."""
        return (self.new or self.old).part

    @property
    def label(self) -> str:
        """Display label (新 side when there is one): 第12条, 附則第2条, 別紙1第3条, 前文."""
        return (self.new or self.old).display_label

    @property
    def old_number(self) -> str | None:
        return self.old.number if self.old else None

    @property
    def new_number(self) -> str | None:
        return self.new.number if self.new else None


@dataclass
class Alignment:
    old: Document
    new: Document
    pairs: list[ArticlePair]
    number_map: dict[str, str]  # old article number → new article number

    def unmatched_share(self) -> float:
        n = max(len(self.old.articles), len(self.new.articles), 1)
        return sum(1 for p in self.pairs if p.status in ("inserted", "deleted")) / (2 * n)


def article_signature(art: Article) -> str:
    """Body text that ignores width, spaces, notation variants and the numbers inside 第N条 references."""
    return _body_signature(art.body)


@lru_cache(maxsize=8192)
def _body_signature(body: str) -> str:
    # cached: successive versions of a document (and the old side of every diff) repeat most bodies
    return canonical(_REF_NUMBER.sub("第#条", body))


class _LazyBigrams(dict):
    """index → bigrams of that signature, computed on first use."""

    def __init__(self, sigs: list[str], known: dict[int, Counter]):
        super().__init__(known)
        self._sigs = sigs

    def __missing__(self, i: int) -> Counter:
        bg = self[i] = bigrams(self._sigs[i])
        return bg


def _title(art: Article) -> str:
    return _title_signature(art.title or "")


@lru_cache(maxsize=8192)
def _title_signature(title: str) -> str:
    return canonical(title)


def clear_caches() -> None:
    _body_signature.cache_clear()
    _title_signature.cache_clear()


def _longest_increasing(seq: list[int]) -> set[int]:
    """Indices (into seq) of one longest strictly increasing subsequence."""
    tails: list[int] = []
    tails_idx: list[int] = []
    prev = [-1] * len(seq)
    for i, v in enumerate(seq):
        k = bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
            tails_idx.append(i)
        else:
            tails[k] = v
            tails_idx[k] = i
        prev[i] = tails_idx[k - 1] if k > 0 else -1
    out = set()
    i = tails_idx[-1] if tails_idx else -1
    while i >= 0:
        out.add(i)
        i = prev[i]
    return out


def align(old: Document, new: Document) -> Alignment:
    A, B = old.articles, new.articles
    sig_a = [article_signature(a) for a in A]
    sig_b = [article_signature(b) for b in B]
    match: dict[int, int] = {}
    score: dict[int, float] = {}

    # 1. identical bodies, paired in order
    where_b: dict[str, list[int]] = {}
    for j, s in enumerate(sig_b):
        where_b.setdefault(s, []).append(j)
    where_a: dict[str, list[int]] = {}
    for i, s in enumerate(sig_a):
        where_a.setdefault(s, []).append(i)
    for s, ia in where_a.items():
        jb = where_b.get(s, [])
        if len(ia) == len(jb) and s:
            for i, j in zip(ia, jb):
                match[i] = j
                score[i] = 1.0 if _title(A[i]) == _title(B[j]) else 0.95
        elif jb and s:
            # same body several times (e.g. 削除): prefer the same title, then order
            free = list(jb)
            for i in ia:
                cand = [j for j in free if _title(B[j]) == _title(A[i])] or free
                if not cand:
                    break
                j = cand[0]
                free.remove(j)
                match[i] = j
                score[i] = 0.9

    # 2. similar bodies and titles among the rest
    un_a = [i for i in range(len(A)) if i not in match]
    matched_b = set(match.values())
    un_b = [j for j in range(len(B)) if j not in matched_b]
    bg_a = {i: bigrams(sig_a[i]) for i in un_a}
    bg_b = {j: bigrams(sig_b[j]) for j in un_b}
    cands: list[tuple[float, int, int]] = []
    if un_a and un_b:
        windowed = len(un_a) * len(un_b) > 40000
        for i in un_a:
            lo, hi = _window(i, match, len(B)) if windowed else (0, len(B))
            for j in un_b:
                if not (lo <= j < hi):
                    continue
                s = _pair_score(A[i], B[j], bg_a[i], bg_b[j])
                if s >= MATCH_THRESHOLD:
                    cands.append((s, i, j))
    cands.sort(key=lambda t: (-t[0], abs(t[1] - t[2])))
    used_b: set[int] = set()
    for s, i, j in cands:
        if i in match or j in used_b:
            continue
        match[i] = j
        score[i] = s
        used_b.add(j)

    # 3. splits and merges: an unmatched article whose text sits inside a neighbour's counterpart
    inv = {j: i for i, j in match.items()}
    split_of: dict[int, int] = {}  # new j → old i
    merge_of: dict[int, int] = {}  # old i → new j
    all_bg_a = _LazyBigrams(sig_a, bg_a)
    all_bg_b = _LazyBigrams(sig_b, bg_b)
    for j in range(len(B)):
        if j in inv:
            continue
        for nb in (j - 1, j + 1):
            i = inv.get(nb)
            if i is None:
                continue
            if containment(all_bg_b[j], all_bg_a[i]) >= SPLIT_CONTAINMENT and \
                    containment(all_bg_b[nb], all_bg_a[i]) >= SPLIT_CONTAINMENT:
                split_of[j] = i
                break
    for i in range(len(A)):
        if i in match:
            continue
        for na in (i - 1, i + 1):
            j = match.get(na)
            if j is None:
                continue
            if containment(all_bg_a[i], all_bg_b[j]) >= SPLIT_CONTAINMENT and \
                    containment(all_bg_a[na], all_bg_b[j]) >= SPLIT_CONTAINMENT:
                merge_of[i] = j
                break

    # 4. moves: 1:1 pairs off the longest in-order chain
    one_to_one = sorted(match.items())
    chain = _longest_increasing([j for _, j in one_to_one])
    moved = {one_to_one[k][0] for k in range(len(one_to_one)) if k not in chain}

    split_sources = set(split_of.values())
    merge_targets = set(merge_of.values())
    pairs: list[ArticlePair] = []
    number_map: dict[str, str] = {}
    for i, j in one_to_one:
        a, b = A[i], B[j]
        number_map[a.number] = b.number
        if i in split_sources:
            status = "split"
        elif j in merge_targets:
            status = "merged"
        elif i in moved:
            status = "moved"
        elif a.number != b.number:
            status = "renumbered"
        else:
            status = "unchanged"
        pairs.append(ArticlePair(a, b, status, round(score.get(i, 0.0), 3)))
    for j, i in split_of.items():
        pairs.append(ArticlePair(A[i], B[j], "split", round(containment(all_bg_b[j], all_bg_a[i]), 3)))
    for i, j in merge_of.items():
        pairs.append(ArticlePair(A[i], B[j], "merged", round(containment(all_bg_a[i], all_bg_b[j]), 3)))
        number_map.setdefault(A[i].number, B[j].number)
    for i in range(len(A)):
        if i not in match and i not in merge_of:
            pairs.append(ArticlePair(A[i], None, "deleted", 0.0))
    for j in range(len(B)):
        if j not in inv and j not in split_of:
            pairs.append(ArticlePair(None, B[j], "inserted", 0.0))
    pairs.sort(key=_pair_order(A, B))
    return Alignment(old, new, pairs, number_map)


def _pair_order(A: list[Article], B: list[Article]):
    pos_a = {id(a): i for i, a in enumerate(A)}
    pos_b = {id(b): j for j, b in enumerate(B)}

    def key(p: ArticlePair):
        if p.new is not None:
            return (pos_b[id(p.new)], 0 if p.old is not None else 1, pos_a.get(id(p.old), -1))
        # a deleted article sits about where it stood in the old document
        return (min(len(B), pos_a[id(p.old)]) - 0.5, 2, pos_a[id(p.old)])

    return key


def _window(i: int, match: dict[int, int], nb: int) -> tuple[int, int]:
    """The new-article range between the anchors around old article i (with slack for moves)."""
    lo, hi = 0, nb
    for k in range(i - 1, -1, -1):
        if k in match:
            lo = match[k]
            break
    for k in range(i + 1, i + 10**6):
        if k in match:
            hi = match[k] + 1
            break
        if k > i + 10000:
            break
    return max(0, lo - 3), min(nb, hi + 3)


def _pair_score(a: Article, b: Article, bga: Counter, bgb: Counter) -> float:
    body = dice(bga, bgb)
    ta, tb = _title(a), _title(b)
    if ta and tb:
        title = 1.0 if ta == tb else dice(bigrams(ta), bigrams(tb))
    else:
        title = body
    if not bga and not bgb:
        return title
    # a short body is weak evidence; titles count for more there
    w = 0.25 if min(sum(bga.values()), sum(bgb.values())) > 40 else 0.45
    s = (1 - w) * body + w * title
    if a.number == b.number:
        s += 0.05
    return s
