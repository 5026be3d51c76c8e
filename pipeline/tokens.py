"""Tokens: MeCab (fugashi + unidic-lite) with surface, lemma, POS and offsets.

One tagger per process. fugashi reads features lazily from MeCab's buffer, so
every field is copied right after tagging: reading an earlier node's feature
after the tagger has parsed another text returns garbage.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

_TAGGER = None
_TAGGER_PID = None


@dataclass(frozen=True, slots=True)
class Token:
    surface: str
    lemma: str  # falls back to the surface for unknown words (digits, Latin letters)
    pos: str  # pos1: 名詞, 助詞, 動詞, …
    pos2: str
    start: int  # offsets into the text given to tokenize()
    end: int


def tagger():
    global _TAGGER, _TAGGER_PID
    if _TAGGER is None or _TAGGER_PID != os.getpid():
        import fugashi

        _TAGGER = fugashi.Tagger()
        _TAGGER_PID = os.getpid()
    return _TAGGER


def _clean_lemma(lemma: str | None, surface: str) -> str:
    if not lemma or lemma == "*":
        return surface
    # unidic lemmas may carry a gloss: サービス-service
    if "-" in lemma and not surface.count("-"):
        lemma = lemma.split("-", 1)[0] or surface
    return lemma


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of `text` with offsets (plus `offset`); whitespace is not a token."""
    if not text:
        return []
    out: list[Token] = []
    pos = 0
    t = tagger()
    for line_start, line in _chunks(text):
        for node in t(line):
            surface = node.surface
            if not surface:
                continue
            feat = node.feature
            lemma = _clean_lemma(getattr(feat, "lemma", None), surface)
            pos1 = getattr(feat, "pos1", None) or "*"
            pos2 = getattr(feat, "pos2", None) or "*"
            idx = line.find(surface, pos - line_start) if pos >= line_start else line.find(surface)
            if idx < 0:
                idx = pos - line_start
            start = line_start + idx
            end = start + len(surface)
            out.append(Token(surface, lemma, pos1, pos2, start + offset, end + offset))
            pos = end
    return out


def _chunks(text: str):
    """MeCab works line by line; very long lines are cut at sentence ends to bound memory."""
    start = 0
    for line in text.split("\n"):
        if len(line) <= 20000:
            yield start, line
        else:
            i = 0
            while i < len(line):
                j = min(len(line), i + 20000)
                cut = line.rfind("。", i, j)
                if cut <= i or j == len(line):
                    cut = j - 1
                yield start + i, line[i:cut + 1]
                i = cut + 1
        start += len(line) + 1


def surfaces(text: str) -> list[str]:
    """Surfaces only: the fast path for diffing (no feature is read)."""
    t = tagger()
    return [n.surface for line in text.split("\n") for n in t(line) if n.surface]
