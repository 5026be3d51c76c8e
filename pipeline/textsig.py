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

_WS = re.compile(r"\s+")
# table cell separators (| ｜, as ingest joins the cells of a row) are layout too
_PUNCT = re.compile(r"[、。，．,.・「」『』（）()\[\]【】〔〕:：;；!！?？\"'“”‘’\-‐－―—〜~～|｜]")


def squash(text: str) -> str:
    """NFKC, no whitespace: the scorer's and the reviewer's notion of 'same text'."""
    return _WS.sub("", unicodedata.normalize("NFKC", text))


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
