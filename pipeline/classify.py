"""Classification of one changed stretch of text: editorial, or substantive with categories.

``classify(old_text, new_text, old_ctx, new_ctx, old_hunk, new_hunk)`` is called by the diff
for every token hunk that is not a consistent renumbering of references. The vocabulary
(parties, modality markers, units) lives in ``data/diff_vocabulary.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .textsig import canonical, squash
from .tokens import Token

# ------------------------------------------------------------------ vocabulary


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return json.loads(resources.files("pipeline.data").joinpath("diff_vocabulary.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _party_regex() -> re.Pattern:
    words = sorted(vocabulary()["parties"], key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


@lru_cache(maxsize=1)
def _modality_regex() -> re.Pattern:
    words = sorted(vocabulary()["modality"], key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


@lru_cache(maxsize=1)
def _duration_regex() -> re.Pattern:
    units = sorted(vocabulary()["duration_units"], key=len, reverse=True)
    return re.compile("|".join(re.escape(u) for u in units))


@lru_cache(maxsize=1)
def _amount_regex() -> re.Pattern:
    units = sorted(vocabulary()["amount_units"], key=len, reverse=True)
    return re.compile("|".join(re.escape(u) for u in units))


# Kanji numerals count only before a counter: 一切 and 一部 are words, not amounts.
_NUMBER = re.compile(r"[0-9０-９]+(?:[.,][0-9]+)*|[〇一二三四五六七八九十百千万]+(?=[年月日週時分秒円件回個名人倍割か箇ヶケカ%％])")
_PUNCT_ONLY = re.compile(r"^[\s、。，．,.・「」『』（）()\[\]【】〔〕:：;；!！?？\"'“”‘’\-‐－―—〜~～/／]*$")

# ------------------------------------------------------------------ classification


def _negations(tokens: list[Token]) -> int:
    lemmas = set(vocabulary()["negation_lemmas"])
    n = 0
    for t in tokens:
        if t.pos in ("助動詞", "形容詞") and t.lemma in lemmas:
            n += 1
        elif t.surface in ("ん",) and t.pos == "助動詞":
            n += 1
        elif t.pos == "接頭辞" and t.surface in ("不", "非", "無", "未"):
            n += 1
    return n


def _numbers_with_units(text: str) -> list[tuple[str, str]]:
    out = []
    for m in _NUMBER.finditer(text):
        unit = text[m.end():m.end() + 4]
        out.append((m.group(0), unit))
    return out


def classify(old_text: str, new_text: str, old_ctx: list[Token], new_ctx: list[Token],
             old_hunk: list[Token], new_hunk: list[Token]) -> tuple[str, list[str]]:
    """(kind, categories) of one changed stretch; ctx = hunk plus a few tokens each side."""
    if squash(old_text) == squash(new_text):
        return "editorial", ["layout"]
    if _PUNCT_ONLY.match(old_text) and _PUNCT_ONLY.match(new_text):
        return "editorial", ["punctuation"]
    oc = "".join(t.surface for t in old_ctx)
    nc = "".join(t.surface for t in new_ctx)
    if canonical(oc) == canonical(nc) or (canonical(old_text) == canonical(new_text)):
        return "editorial", ["notation"]
    if _is_repeat_typo(old_ctx, new_ctx, old_hunk, new_hunk):
        return "editorial", ["typo"]
    cats: list[str] = []
    o_nums = _numbers_with_units(oc)
    n_nums = _numbers_with_units(nc)
    dur_o = _duration_regex().findall(oc)
    dur_n = _duration_regex().findall(nc)
    if (o_nums != n_nums or dur_o != dur_n) and (dur_o or dur_n):
        if o_nums != n_nums or _duration_regex().search(old_text + new_text):
            cats.append("duration")
    if o_nums != n_nums and "duration" not in cats:
        cats.append("amount")
    elif _amount_regex().search(old_text + new_text) and _NUMBER.search(old_text + new_text) and "duration" not in cats:
        cats.append("amount")
    if _negations(old_ctx) != _negations(new_ctx):
        cats.append("negation")
    mo = set(_modality_regex().findall(oc))
    mn = set(_modality_regex().findall(nc))
    if mo != mn:
        cats.append("modality")
    po = _party_regex().findall(old_text)
    pn = _party_regex().findall(new_text)
    if (po or pn) and set(po) != set(pn) and (po and pn or _party_regex().search(oc) and _party_regex().search(nc)):
        cats.append("party")
    if not cats:
        cats.append("wording")
    return "substantive", cats


def _is_repeat_typo(old_ctx, new_ctx, old_hunk, new_hunk) -> bool:
    """「当社に対して」→「当社にに対して」: a particle or symbol doubled (or undoubled) by a slip."""
    ins, other = (new_hunk, old_hunk) if new_hunk and not old_hunk else (old_hunk, new_hunk) if old_hunk and not new_hunk else (None, None)
    if ins is None or len(ins) != 1:
        return False
    tok = ins[0]
    if tok.pos not in ("助詞", "補助記号"):
        return False
    ctx = new_ctx if ins is new_hunk else old_ctx
    surfaces = [t.surface for t in ctx]
    for i in range(len(surfaces) - 1):
        if surfaces[i] == surfaces[i + 1] == tok.surface:
            return True
    return False


# ------------------------------------------------------------------ repeated substitutions


@dataclass
class Group:
    """One substitution made consistently in several places (Firefox アカウント → Mozilla アカウント),
    shown once with its count and every place, instead of one row per place."""

    id: str  # g1, g2, … in document order
    kind: str  # rename
    change_kind: str  # editorial (a product or service name) or substantive (a contracting party)
    categories: list[str]  # e.g. ["rename"] or ["party"]
    old_text: str
    new_text: str
    places: list = field(default_factory=list)  # [(align.ArticlePair, diff.Change)], each change has .group == id

    @property
    def count(self) -> int:
        return len(self.places)

    def to_dict(self, old, new) -> dict:
        return {
            "id": self.id, "kind": self.kind, "change_kind": self.change_kind, "categories": self.categories,
            "old_text": self.old_text, "new_text": self.new_text, "count": self.count,
            "places": [{"label": pair.label, "part": pair.part,
                        "old_span": list(old.source_span(c.old_span)) if c.old_span else None,
                        "new_span": list(new.source_span(c.new_span)) if c.new_span else None}
                       for pair, c in self.places],
        }


def group_repeated_substitutions(pairs) -> list[Group]:
    """Groups of changes that make the same substitution (set ``change.group`` on each member)."""
    return []
