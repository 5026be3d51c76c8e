"""Tokens: MeCab (fugashi + unidic-lite) with surface, lemma, POS and offsets.

This is the one tokenizer of the pipeline; the diff, the checks and the vendor
comparison all call ``tokenize``.

Why it does not walk fugashi's ``Node`` objects:

- Reading node features costs more than tagging, and fugashi reads them lazily
  from MeCab's buffer (stale after the next parse). Here MeCab prints just the
  four fields we use, in one string per line (``-F`` with ``-O ""``, which
  unidic's dicrc would otherwise override), and Python splits it.
- A ``fugashi.Tagger`` keeps every surface string it has seen, so a worker's
  memory grew with every document of a batch; the string interface keeps none.

MeCab tags a line at a time, so a line's tokens depend on that line only.
They are kept in a bounded LRU cache: a new version of a document repeats
almost all of its predecessor's lines (and agreements share much boilerplate),
so a batch worker tags only what changed. The cache is exact: the same line
always gives the same tokens.
"""

from __future__ import annotations

import gc
import os
import re
from functools import lru_cache
from typing import Iterator, NamedTuple

# One record of five fields per token: surface, pos1, pos2, lemma, and "?" for unknown words ("" for
# known ones), so that one split of the whole output reads every record (no list per record).
# BOS/EOS print sentinels so that fugashi's strip() of the output cannot eat a
# leading or trailing full-width space token.
_FORMAT = r'-O "" -F%m\\t%f[0]\\t%f[1]\\t%f[7]\\t\\n -U%m\\t%f[0]\\t%f[1]\\t\\t?\\n -B> -E<'
LONG_LINE = 20000  # MeCab's lattice grows with the line; longer lines are cut at sentence ends
CACHE_TOKENS = 150_000  # about 30 MB per process: a few dozen documents' worth of distinct lines

_MECAB = None
_MECAB_PID = None
_CACHE: dict[str, tuple[tuple[Token, ...], tuple[bool, ...]]] = {}
_POS: dict[str, str] = {}  # the few part-of-speech names, shared by all cached tokens
_cached_tokens = 0


class Token(NamedTuple):
    """A MeCab token. A light tuple: large documents have 10⁵–10⁶ of them."""

    surface: str
    lemma: str  # falls back to the surface for unknown words (digits, Latin letters)
    pos: str  # pos1: 名詞, 助詞, 動詞, …
    pos2: str  # "*" when the dictionary has none
    start: int  # offsets into the text given to tokenize() (plus its offset argument)
    end: int


_new = tuple.__new__
_SURROGATE = re.compile("[\ud800-\udfff]")


def tagger():
    """This process's MeCab (a fugashi GenericTagger printing our record format)."""
    global _MECAB, _MECAB_PID
    if _MECAB is None or _MECAB_PID != os.getpid():
        import fugashi
        import unidic_lite

        d = unidic_lite.DICDIR
        _MECAB = fugashi.GenericTagger(f'-d "{d}" -r "{os.path.join(d, "dicrc")}" {_FORMAT}')
        _MECAB_PID = os.getpid()
        clear_caches()
    return _MECAB


def clear_caches() -> None:
    """Forget every cached line (results never depend on the cache)."""
    global _cached_tokens
    _CACHE.clear()
    _cached_tokens = 0


_FIFTH_FIELDS = frozenset(("", "?"))  # what every record's fifth field is when the records read right


def _fields(line: str) -> list[str]:
    """The records of ``line``, flat: five fields per token."""
    out = tagger().parse(line.replace("\x00", " "))  # MeCab reads C strings: a NUL would end the line
    flat = out[1:-1].replace("\n", "\t").split("\t")
    flat.pop()  # the empty field after the last record's end
    if len(flat) % 5 or not _FIFTH_FIELDS.issuperset(flat[4::5]):
        # a field held a tab (never seen: MeCab skips whitespace): read record by record
        flat = []
        for r in out[1:-1].split("\n"):
            if r:
                f = r.split("\t")
                n = len(f)
                flat += [f[0], f[1] if n > 1 else "*", f[2] if n > 2 else "", f[3] if n > 3 else "",
                         f[4] if n > 4 else ""]
    return flat


def _tag_line(line: str) -> tuple[tuple[Token, ...], tuple[bool, ...]]:
    """The tokens of one line (offsets relative to the line) and, for each, whether MeCab knows the word."""
    toks = []
    known = []
    pos = 0
    # MeCab takes UTF-8: a lone surrogate is tagged as U+FFFD, one character for one,
    # and the surface is read back from the line itself
    tagged = _SURROGATE.sub("\ufffd", line) if _SURROGATE.search(line) else line
    it = iter(_fields(tagged))
    for s, p1, p2, lemma, unknown in zip(it, it, it, it, it):
        if not s:
            continue
        if tagged.startswith(s, pos):
            st = pos
        else:  # MeCab skipped whitespace (or something unexpected): find the surface
            st = tagged.find(s, pos)
            if st < 0:
                st = pos
        if tagged is not line:
            s = line[st:st + len(s)]
        if not lemma or lemma == s:
            lemma = s  # one string object, not two equal ones
        elif "-" in lemma and "-" not in s:  # unidic glosses: サービス-service
            lemma = lemma.split("-", 1)[0] or s
        pos = st + len(s)
        p2 = p2 or "*"
        toks.append(_new(Token, (s, lemma, _POS.setdefault(p1, p1), _POS.setdefault(p2, p2), st, pos)))
        known.append(unknown != "?")
    return tuple(toks), tuple(known)


def _tagged(line: str) -> tuple[tuple[Token, ...], tuple[bool, ...]]:
    global _cached_tokens
    hit = _CACHE.pop(line, None)
    if hit is None:
        hit = _tag_line(line)
        _cached_tokens += len(hit[0]) + 1
        while _cached_tokens > CACHE_TOKENS and _CACHE:
            _cached_tokens -= len(_CACHE.pop(next(iter(_CACHE)))[0]) + 1
    _CACHE[line] = hit  # re-inserted: the dict's order is the LRU order
    return hit


def shifted(t: Token, by: int) -> Token:
    """``t`` with its offsets moved by ``by`` (``t._replace`` builds a dict of fields: rules ask this 10⁵ times a document)."""
    return _new(Token, (t[0], t[1], t[2], t[3], t[4] + by, t[5] + by))


def line_tokens(line: str) -> tuple[Token, ...]:
    """The tokens of one line (no line break, at most LONG_LINE characters), offsets relative to it.

    Shared, not copied: the fast path for callers that add the line's offset themselves.
    """
    return _tagged(line)[0]


class paused_gc:
    """``with paused_gc():`` runs a block with the cyclic garbage collector off (nested blocks are fine).

    The stages build hundreds of thousands of small acyclic objects (tokens, records, spans) that
    reference counting frees; with the collector on, each burst of allocations makes it rescan the
    large live heap of the documents (a quarter of the time of a check run on the Companies Act).
    Cycles made inside the block are collected after it, when the collector is back on. A class,
    not a generator: rules tokenize many short texts, and each block costs a few hundred ns."""

    __slots__ = ("was_enabled",)

    def __enter__(self) -> None:
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc) -> None:
        if self.was_enabled:
            gc.enable()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text`` with offsets (plus ``offset``); whitespace is not a token."""
    out: list[Token] = []
    app = out.append
    # The collector's scans of hundreds of thousands of fresh tuples cost more than building them.
    with paused_gc():
        for base, chunk in _chunks(text):
            b = base + offset
            for s, lemma, p1, p2, st, en in _tagged(chunk)[0]:
                app(_new(Token, (s, lemma, p1, p2, st + b, en + b)))
    return out


def tagged_line(line: str) -> tuple[tuple[Token, ...], tuple[bool, ...]]:
    """The tokens of one line (offsets relative to it) and, for each, whether MeCab's dictionary knows the word."""
    return _tagged(line)


def is_known_word(s: str) -> bool:
    """Is ``s`` exactly one word of MeCab's dictionary (not an unknown word, not a compound)?"""
    if not s or "\n" in s or len(s) > LONG_LINE:
        return False
    toks, known = _tagged(s)
    return len(toks) == 1 and toks[0].surface == s and known[0]


_FULL_TAGGER: list = []  # (tagger, pid): a MeCab printing UniDic's whole record, asked of a few words a document


def _full_tagger():
    """The tagger of UniDic's whole record, made once per process (a forked worker makes its own)."""
    if not _FULL_TAGGER or _FULL_TAGGER[0][1] != os.getpid():
        import fugashi

        _FULL_TAGGER[:] = [(fugashi.Tagger(), os.getpid())]
    return _FULL_TAGGER[0][0]


@lru_cache(maxsize=4096)
def is_verbal_noun(word: str) -> bool:
    """Is ``word`` one noun that takes する (廃棄, 消去; not 本人, 書面)? UniDic's third part of speech
    (サ変可能) says so; the pipeline's own records do not carry it."""
    nodes = _full_tagger()(word)
    return len(nodes) == 1 and nodes[0].surface == word and nodes[0].feature.pos3 == "サ変可能"


@lru_cache(maxsize=4096)
def verbs_read_as_written(line: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the verbs in MeCab's reading of ``line`` whose kana read as their dictionary form does: the
    same first sound (not 切る read from ぎる, a voiced variant inside a compound) and no euphonic form of the old
    or western language (会う read from おう, its ウ音便). Such a verb is whole as written."""
    out, at = [], 0
    for node in _full_tagger()(line):
        start = line.find(node.surface, at)
        if start < 0:
            continue
        at = start + len(node.surface)
        f = node.feature
        if f.pos1 == "動詞" and f.kana and f.lForm and f.kana[0] == f.lForm[0] and "ウ音便" not in (f.cForm or ""):
            out.append((start, at))
    return tuple(out)


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) for each non-empty line; lines over LONG_LINE are cut after a 。 where possible."""
    start = 0
    for line in text.split("\n"):
        if len(line) <= LONG_LINE:
            if line:
                yield start, line
        else:
            i = 0
            while i < len(line):
                j = min(len(line), i + LONG_LINE)
                cut = line.rfind("。", i, j) if j < len(line) else j - 1
                if cut <= i:
                    cut = j - 1
                yield start + i, line[i:cut + 1]
                i = cut + 1
        start += len(line) + 1
