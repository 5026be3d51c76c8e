"""Comparable forms of clause text, shared by alignment, diff and comparison.

A signature ignores what a reviewer does not count as a change: width, spaces,
line wrapping, and (optionally) notation variants such as 及び/および.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources
from operator import add

# table cell separators (| ｜, as ingest joins the cells of a row) are layout too
_PUNCT = re.compile(r"[、。，．,.・「」『』（）()\[\]【】〔〕:：;；!！?？\"'“”‘’\-‐－―—〜~～|｜]")


def squash(text: str) -> str:
    """NFKC, no whitespace: the scorer's and the reviewer's notion of 'same text'."""
    # str.split() cuts at exactly the characters a regex \s matches (str.isspace), in a faster scan
    return "".join(nfkc(text).split())


# Blocks whose characters Japanese documents commonly hold in a compatibility form: Latin-1 (no-break
# space), general punctuation (…), letterlike and number forms, enclosed alphanumerics (①), Kangxi
# radicals, U+3000, enclosed CJK and CJK compatibility (㈱, ㌔), compatibility ideographs, and the
# full-width and half-width forms (（）０-９Ａ-Ｚｱ).
_COMPAT_BLOCKS = ((0x00A0, 0x0100), (0x2000, 0x2190), (0x2460, 0x2500), (0x2F00, 0x2FE0), (0x3000, 0x3001),
                  (0x3200, 0x3400), (0xF900, 0xFB00), (0xFF00, 0xFFF0))
_COMPAT: list = []  # [table, pattern of its characters], built on first use


def _compat() -> tuple[dict[str, str], re.Pattern]:
    if not _COMPAT:
        table = {}
        for lo, hi in _COMPAT_BLOCKS:
            for cp in range(lo, hi):
                n = unicodedata.normalize("NFKC", chr(cp))
                if n != chr(cp):
                    table[chr(cp)] = n
        _COMPAT.extend((table, re.compile("[" + "".join(re.escape(c) for c in sorted(table)) + "]")))
    return _COMPAT[0], _COMPAT[1]


def nfkc(text: str) -> str:
    """unicodedata.normalize("NFKC", text), fast on Japanese text.

    NFKC is slow on a text with even one character it changes (0.13 s for a law, whose （）and U+3000
    are all it changes): each such character is first replaced by its own NFKC form, which gives the
    text the same compatibility decomposition, hence the same NFKC; the library's quick check then
    finds most texts already normalized. A character outside the table (or a combining mark) leaves
    the rest of the work to the library, as before."""
    table, rx = _compat()
    return unicodedata.normalize("NFKC", rx.sub(lambda m: table[m.group()], text))


@lru_cache(maxsize=1)
def notation_map() -> dict[str, str]:
    """Variant → canonical form, from pipeline/data/notation_variants.json."""
    try:
        data = json.loads(resources.files("pipeline.data").joinpath("notation_variants.json").read_text("utf-8"))
    except (FileNotFoundError, ModuleNotFoundError, json.JSONDecodeError):
        return {}
    out: dict[str, str] = {}
    for group in data.get("groups", []):
        words = [w for w in group if isinstance(w, str) and w]
        if len(words) < 2:
            continue
        canon = words[0]
        for w in words[1:]:
            out[unicodedata.normalize("NFKC", w)] = unicodedata.normalize("NFKC", canon)
    return out


@lru_cache(maxsize=1)
def _notation_regex() -> re.Pattern | None:
    m = notation_map()
    if not m:
        return None
    keys = sorted(m, key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys))


def canonical(text: str, drop_punct: bool = True) -> str:
    """squash + notation variants folded + (optionally) punctuation dropped."""
    s = squash(text)
    rx = _notation_regex()
    if rx is not None:
        m = notation_map()
        s = rx.sub(lambda mm: m[mm.group(0)], s)
    if drop_punct:
        s = _PUNCT.sub("", s)
    return s


def bigrams(s: str) -> Counter:
    # map(add, s, s[1:]) makes each s[i] + s[i + 1] in C: alignment scores every unmatched pair of articles
    return Counter(map(add, s, s[1:])) if len(s) > 1 else Counter([s]) if s else Counter()


# Cached forms for the diff: successive versions of a document compare the same clause texts again (the
# old side of a diff was the new side of the one before, and the reports pair the units once more).
# The Counters are shared between callers: read them, never change them. Only the changed articles and
# units of the last diffs need to be remembered, and a Counter of a long article weighs tens of kB:
# the bigram caches stay small, so that a worker's memory stays flat over thousands of documents.


@lru_cache(maxsize=4096)
def squash_cached(text: str) -> str:
    return squash(text)


@lru_cache(maxsize=512)
def shared_bigrams(s: str) -> Counter:
    return bigrams(s)


@lru_cache(maxsize=512)
def canonical_bigrams(text: str) -> Counter:
    return bigrams(canonical(text))


def clear_caches() -> None:
    for f in (squash_cached, shared_bigrams, canonical_bigrams):
        f.cache_clear()


def common(a: Counter, b: Counter) -> int:
    """Size of the multiset intersection, ``sum((a & b).values())`` without building the Counter (the
    shared keys by a set operation, the minimum counts summed by C-level iteration)."""
    if len(a) > len(b):
        a, b = b, a
    keys = a.keys() & b.keys()
    return sum(map(min, map(a.__getitem__, keys), map(b.__getitem__, keys)))


def dice(a: Counter, b: Counter) -> float:
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return 2.0 * common(a, b) / (sum(a.values()) + sum(b.values()))


def containment(part: Counter, whole: Counter) -> float:
    """How much of `part` occurs in `whole`."""
    if not part:
        return 0.0
    return common(part, whole) / sum(part.values())
