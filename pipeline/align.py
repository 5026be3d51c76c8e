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
from difflib import SequenceMatcher
from functools import lru_cache

from .model import Article, Document, per_document
from .parts import Part, document_parts
from .textsig import bigrams, canonical, containment, dice, shared_bigrams

_REF_NUMBER = re.compile(r"第[0-9〇一二三四五六七八九十百千]+条(?:の[0-9一二三四五六七八九十]+)*")
MATCH_THRESHOLD = 0.38
SPLIT_CONTAINMENT = 0.72
KEPT_WHOLE = 0.97  # an article this much inside its counterpart lost nothing to a neighbour


@dataclass
class ArticlePair:
    old: Article | None
    new: Article | None
    status: str  # unchanged, renumbered, modified, moved, inserted, deleted, split, merged
    similarity: float
    changes: list = field(default_factory=list)  # list[diff.Change], filled by diff
    # the clause units of the two articles as diff paired them (diff.pair_units), kept for the reports' rows;
    # None where diff did not pair them (bodies that read the same)
    units: list | None = field(default=None, repr=False, compare=False)

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

    # per scope (a chapter numbered from 1): the old → new map and the old numbers, made on first use
    _scoped: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def numbers_near(self, art: Article | None) -> dict[str, str]:
        """Old → new article numbers as a citation written in the old article ``art`` reads them: the main text's
        ``number_map``, or, where each chapter numbers its articles from 1 (Document.numbering), the map of
        ``art``'s chapter (第2条 in 第三章 is 第三章's second article, whatever 第一章 did with its own)."""
        tables = self._scope_tables(art)
        return self.number_map if tables is None else tables[0]

    def numbers_of(self, art: Article | None) -> set[str]:
        """The old article numbers a citation in ``art`` can name: the main text's, or its chapter's."""
        tables = self._scope_tables(art)
        if tables is None:
            if "main" not in self._scoped:
                self._scoped["main"] = (None, {a.number for a in self.old.articles})
            return self._scoped["main"][1]
        return tables[1]

    def _scope_tables(self, art: Article | None) -> tuple[dict[str, str], set[str]] | None:
        if self.old.numbering != "chapter" or art is None or art.part != "main":
            return None
        scope = self.old.scope(art)
        if scope not in self._scoped:
            m: dict[str, str] = {}
            for p in self.pairs:
                if p.part == "main" and p.old is not None and p.new is not None and self.old.scope(p.old) == scope:
                    m.setdefault(p.old.number, p.new.number)
            self._scoped[scope] = (m, {a.number for a in self.old.articles if self.old.scope(a) == scope})
        return self._scoped[scope]

    def unmatched_share(self) -> float:
        n = max(len(self.old.articles), len(self.new.articles), 1)
        return sum(1 for p in self.pairs if p.status in ("inserted", "deleted")) / (2 * n)


def article_signature(art: Article) -> str:
    """Body text that ignores width, spaces, notation variants and the numbers inside 第N条 references;
    a heading line, which has no body, is known by its whole line (so identical headings pair at once)."""
    return _body_signature(art.body or (art.title if art.block else "") or "")


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
        bg = self[i] = shared_bigrams(self._sigs[i])
        return bg


def _is_deleted(art: Article) -> bool:
    """An article that only reads 削除 (kept so that the numbers after it do not move)."""
    return art.body.strip(" \u3000") == "削除"


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


_MEMO: dict[int, tuple] = {}


def document_memo(doc: Document) -> dict:
    """A dict that lives as long as ``doc``, for what is a function of one document (its parts, the
    reports' displays of its spans) and would otherwise be made again by every diff it is a side of: a
    version of a chain is the new side of one diff and the old side of the next. What is kept in it is
    shared, and read, never changed."""
    return per_document(_MEMO, doc, dict)


def parts_of(doc: Document) -> list[Part]:
    """``parts.document_parts(doc)``, made once per document."""
    memo = document_memo(doc)
    parts = memo.get("parts")
    if parts is None:
        parts = memo["parts"] = document_parts(doc)
    return parts


def align(old: Document, new: Document) -> Alignment:
    """Every unit of both documents paired (parts.py): the main articles by content, then the
    front matter, the headings, each 附則 and 別紙 (paired by their heading, then in order) and the
    closing, all in one list in the new document's order. ``number_map`` is the main text's."""
    old_parts = {p.key: p for p in parts_of(old)}
    new_parts = {p.key: p for p in parts_of(new)}
    main_pairs, number_map = align_articles(old.articles, new.articles)
    chunks: list[list[ArticlePair]] = [main_pairs]
    for key in ("front", "heading", "closing"):
        a, b = old_parts.get(key), new_parts.get(key)
        chunks.append(align_articles(a.articles if a else [], b.articles if b else [])[0])
    for prefix in ("supplementary-", "annex-"):
        olds = [p for k, p in old_parts.items() if k.startswith(prefix)]
        news = [p for k, p in new_parts.items() if k.startswith(prefix)]
        for a, b in _pair_parts(olds, news):
            chunks.append(align_articles(a.articles if a else [], b.articles if b else [])[0])
    return Alignment(old, new, _document_order(chunks), number_map)


def _pair_parts(olds: list[Part], news: list[Part]) -> list[tuple[Part | None, Part | None]]:
    """附則 and 別紙 of two versions paired by their heading (a law's 附則 by its amending act), the
    rest in order."""
    sm = SequenceMatcher(None, [p.match_key for p in olds], [p.match_key for p in news], autojunk=False)
    out: list[tuple[Part | None, Part | None]] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        a, b = olds[i1:i2], news[j1:j2]
        k = len(a) if tag == "equal" else min(len(a), len(b))
        out.extend(zip(a[:k], b[:k]))
        out.extend((x, None) for x in a[k:])
        out.extend((None, y) for y in b[k:])
    return out


def _document_order(chunks: list[list[ArticlePair]]) -> list[ArticlePair]:
    """All pairs in the order of the new document; a pair with no new side stays after the pair
    before it in its own part."""
    keyed = []
    seq = 0
    for chunk in chunks:
        last = -1
        for p in chunk:
            if p.new is not None:
                last = p.new.span[0]
            keyed.append((last, seq, p))
            seq += 1
    keyed.sort(key=lambda t: (t[0], t[1]))
    return [p for _, _, p in keyed]


def align_articles(A: list[Article], B: list[Article]) -> tuple[list[ArticlePair], dict[str, str]]:
    """Old articles paired with new ones by content and title (see the module docstring)."""
    sig_a = [article_signature(a) for a in A]
    sig_b = [article_signature(b) for b in B]
    match: dict[int, int] = {}
    score: dict[int, float] = {}

    # 0. an article the new version keeps only as 「削除」 (or inside 「第N条から第M条まで　削除」) is paired
    #    with the old article of that number: the reader sees the old text beside 削除, never a merge
    old_at = {a.number: i for i, a in enumerate(A)}
    deleted_in_place: set[int] = set()
    for j, b in enumerate(B):
        i = old_at.get(b.number)
        if i is not None and _is_deleted(b) and i not in match:
            match[i] = j
            score[i] = 1.0 if _is_deleted(A[i]) else 0.0
            if not _is_deleted(A[i]):
                deleted_in_place.add(i)

    # 1. identical bodies, paired in order
    where_b: dict[str, list[int]] = {}
    for j, s in enumerate(sig_b):
        where_b.setdefault(s, []).append(j)
    where_a: dict[str, list[int]] = {}
    for i, s in enumerate(sig_a):
        where_a.setdefault(s, []).append(i)
    taken_b = set(match.values())
    for s, ia in where_a.items():
        ia = [i for i in ia if i not in match]
        jb = [j for j in where_b.get(s, []) if j not in taken_b]
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
    bg_a = {i: shared_bigrams(sig_a[i]) for i in un_a}
    bg_b = {j: shared_bigrams(sig_b[j]) for j in un_b}
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
            # an old article still whole in its counterpart was not split, however similar the
            # article inserted beside it (会社法 第844条 and the new 第844条の2)
            if containment(all_bg_b[j], all_bg_a[i]) >= SPLIT_CONTAINMENT and \
                    containment(all_bg_b[nb], all_bg_a[i]) >= SPLIT_CONTAINMENT and \
                    containment(all_bg_a[i], all_bg_b[nb]) < KEPT_WHOLE:
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
                    containment(all_bg_a[na], all_bg_b[j]) >= SPLIT_CONTAINMENT and \
                    containment(all_bg_b[j], all_bg_a[na]) < KEPT_WHOLE:
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
        if i in deleted_in_place:
            status = "deleted"
        elif i in split_sources:
            status = "split"
        elif j in merge_targets:
            status = "merged"
        elif i in moved:
            status = "moved"
        elif a.number != b.number and (a.numbered or b.numbered):
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
    return pairs, number_map


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
