"""Classification of one changed stretch of text: editorial, reference, or substantive with categories.

``classify(stretch)`` is called by the diff for every token hunk of a pair of clause units. The
rules are a registry (``RULES``), tried in order; the first that recognises the stretch decides.
The last one, ``_substantive``, names what kind of substantive change it is (duration, amount,
date, address, negation, modality, party, wording).

Knowledge lives in data files: ``data/diff_vocabulary.json`` (parties, modality markers, units of
periods and quantities), ``data/classification.json`` (eras, citation words, company designators,
party definitions, address markers, politeness forms, equivalent wordings, list labels) and
``data/confusables.tsv`` (misspellings whose correction is a typo fix, shared with the checks).

``group_repeated_substitutions(pairs)`` is the document-level pass that runs after every pair is
diffed: it sees both versions whole, so it can tell a name replaced throughout (one ``rename``
group), a misspelt term corrected to the form the document uses everywhere else, and a unit that
only moved inside its article.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Callable

from .grammar import NUM, to_int
from .textsig import canonical, squash
from .tokens import Token, tokenize

# ------------------------------------------------------------------ knowledge


def _data(name: str) -> str:
    return resources.files("pipeline.data").joinpath(name).read_text("utf-8")


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return json.loads(_data("diff_vocabulary.json"))


@lru_cache(maxsize=1)
def knowledge() -> dict:
    return json.loads(_data("classification.json"))


def _alternation(words, escape: bool = True) -> str:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w) if escape else w for w in words)


@lru_cache(maxsize=1)
def _party_regex() -> re.Pattern:
    return re.compile(_alternation(vocabulary()["parties"]))


@lru_cache(maxsize=1)
def _modality_regex() -> re.Pattern:
    return re.compile(_alternation(vocabulary()["modality"]))


@lru_cache(maxsize=1)
def _duration_word_regex() -> re.Pattern:
    return re.compile(_alternation(vocabulary()["duration_words"]))


_DIGITS = r"[0-9]+(?:[.,][0-9]+)*"
_KANJI_NUM = r"[〇一二三四五六七八九十百千万億]+"


@lru_cache(maxsize=1)
def _quantity_regex() -> re.Pattern:
    """A number followed by its unit: 30日, 1 ヶ月, 五年間, 10,000円, 20 GB. Kanji numerals count
    only before a unit, so 一切 and 一部 are not quantities."""
    v = vocabulary()
    dur = _alternation(v["duration_units"])
    amt = _alternation(v["amount_units"])
    # units repeat so that a slip such as 3ヶ月月 or 1年月間 reads as another unit, not as no change
    # a Latin unit ends a word: 4th Floor is no amount of "t"
    return re.compile(rf"(?P<n>{_DIGITS}|{_KANJI_NUM})[ \u3000]*(?:(?P<dur>(?:{dur})+)|(?P<amt>(?:{amt})+))(?![A-Za-z])")


@lru_cache(maxsize=1)
def _amount_word_regex() -> re.Pattern:
    return re.compile(_alternation(vocabulary()["amount_words"]))


@lru_cache(maxsize=1)
def _confusables() -> tuple[tuple[str, str], ...]:
    """(wrong, right) pairs from data/confusables.tsv: replacing the wrong form by the right one fixes a typo."""
    rows = []
    for line in _data("confusables.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) >= 2 and cols[0] and cols[1]:
            rows.append((cols[0], cols[1]))
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


# ------------------------------------------------------------------ the stretch


@dataclass
class Stretch:
    """One changed stretch: a hunk of the token diff of two paired clause units, with what the
    rules may consult around it (the whole units, the alignment's article numbers)."""

    old_unit: str
    new_unit: str
    old_tokens: list[Token]
    new_tokens: list[Token]
    a0: int  # token range of the hunk, old side
    a1: int
    b0: int  # new side
    b1: int
    oc0: int  # character range of the hunk in old_unit
    oc1: int
    nc0: int  # in new_unit
    nc1: int
    number_map: dict[str, str] = field(default_factory=dict)  # old article number → new
    new_article: str | None = None  # the (new) number of the article the units belong to: what 第2項 cites
    paragraph: int | None = None  # the units' paragraph number when both versions agree: what 前項 cites

    @property
    def old_text(self) -> str:
        return self.old_unit[self.oc0:self.oc1]

    @property
    def new_text(self) -> str:
        return self.new_unit[self.nc0:self.nc1]

    @property
    def old_hunk(self) -> list[Token]:
        return self.old_tokens[self.a0:self.a1]

    @property
    def new_hunk(self) -> list[Token]:
        return self.new_tokens[self.b0:self.b1]

    def old_ctx(self, n: int = 3) -> list[Token]:
        return self.old_tokens[max(0, self.a0 - n):self.a1 + n]

    def new_ctx(self, n: int = 3) -> list[Token]:
        return self.new_tokens[max(0, self.b0 - n):self.b1 + n]


Verdict = tuple[str, list[str]]
RULES: list[tuple[str, Callable[[Stretch], "Verdict | None"]]] = []


def rule(name: str):
    """Register a classification rule; rules run in registration order, the first verdict wins."""
    def deco(fn):
        RULES.append((name, fn))
        return fn
    return deco


def classify(stretch: Stretch) -> Verdict:
    """(kind, categories) of one changed stretch: kind is editorial, reference or substantive."""
    for _, fn in RULES:
        verdict = fn(stretch)
        if verdict is not None:
            return verdict
    raise AssertionError("the last rule always decides")  # pragma: no cover


def classify_text(old_text: str, new_text: str, old_unit: str | None = None, new_unit: str | None = None,
                  number_map: dict[str, str] | None = None, new_article: str | None = None,
                  paragraph: int | None = None) -> Verdict:
    """Classify the change of ``old_text`` into ``new_text`` found inside the given units (by default the
    texts alone). For callers and tests that have text rather than a token diff."""
    old_unit = old_text if old_unit is None else old_unit
    new_unit = new_text if new_unit is None else new_unit
    oc0 = old_unit.find(old_text) if old_text else _common_prefix(old_unit, new_unit)
    nc0 = new_unit.find(new_text) if new_text else _common_prefix(old_unit, new_unit)
    if oc0 < 0 or nc0 < 0:
        raise ValueError("text not found in its unit")
    ot, nt = tokenize(old_unit), tokenize(new_unit)
    oc1, nc1 = oc0 + len(old_text), nc0 + len(new_text)
    a0, a1 = token_range(ot, oc0, oc1)
    b0, b1 = token_range(nt, nc0, nc1)
    return classify(Stretch(old_unit, new_unit, ot, nt, a0, a1, b0, b1, oc0, oc1, nc0, nc1,
                            number_map or {}, new_article, paragraph))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


def _surface(tokens: list[Token]) -> str:
    return "".join(t.surface for t in tokens)


# ------------------------------------------------------------------ spans of things inside a unit

_PUNCT_CHARS = "、。，．,.・「」『』（）()[]［］【】〔〕{}｛｝:：;；!！?？\"'“”‘’-‐－―—〜~～/／ \u3000\n\t*＊#＃"
_PUNCT_ONLY = re.compile(r"^[\s、。，．,.・「」『』（）()\[\]［］【】〔〕:：;；!！?？\"'“”‘’\-‐－―—〜~～/／*＊]*$")
_SP = r"[ \u3000]*"


def _significant(text: str, start: int, end: int) -> list[int]:
    """Positions in text[start:end] that carry content (not space or punctuation)."""
    return [k for k in range(start, end) if text[k] not in _PUNCT_CHARS]


def _covered(positions: list[int], spans: list[tuple[int, int]]) -> bool:
    return all(any(s <= k < e for s, e in spans) for k in positions)


def _touching(spans, start: int, end: int):
    """Spans that overlap [start, end), or touch the point ``start`` when the range is empty."""
    if start == end:
        return [sp for sp in spans if sp[0] <= start <= sp[1]]
    return [sp for sp in spans if sp[0] < end and start < sp[1]]


# ------------------------------------------------------------------ citations


@dataclass(frozen=True)
class _Atom:
    level: int  # 0 law number, 1 article, 2 paragraph, 3 item
    value: str  # "12", "21_2", "前項", "昭和37年法律第69号" (as a key)
    relative: bool
    span: tuple[int, int]


@dataclass(frozen=True)
class Citation:
    """A run of citation atoms joined by conjunctions: 第12条第1項及び第2項, 前項第三号, 昭和37年法律第69号."""

    span: tuple[int, int]
    atoms: tuple[_Atom, ...]
    external: bool  # cites another law (区分所有法第46条, a law number)
    ranged: int  # how many から/ないし ranges it holds


@lru_cache(maxsize=1)
def _citation_regexes() -> tuple[re.Pattern, re.Pattern]:
    k = knowledge()
    eras = _alternation(k["eras"].keys() - {"_why"})
    kinds = _alternation(k["enactment_kinds"]["words"])
    rel = k["relative_citations"]
    law = rf"(?:{eras}){_SP}(?:元|{NUM}){_SP}年{_SP}[^\s、。()（）「」]{{0,10}}?(?:{kinds}){_SP}第{_SP}{NUM}{_SP}号"
    atom = (
        rf"(?P<law>{law})"
        # an article's caption belongs to the citation (第5条（個人情報の取扱い）); a list label, a definition or
        # a sentence in brackets does not
        rf"|(?P<art>第{_SP}{NUM}{_SP}条(?:{_SP}の{_SP}{NUM})*(?:{_SP}[（(](?!{NUM}[）)])[^（）()\n「」『』。、]{{1,30}}[）)])?)"
        rf"|(?P<rart>{_alternation(rel['article'])})"
        rf"|(?P<para>第{_SP}{NUM}{_SP}項)"
        rf"|(?P<rpara>{_alternation(rel['paragraph'])})"
        rf"|(?P<item>第{_SP}[（(]?{_SP}{NUM}{_SP}[）)]?{_SP}号(?:{_SP}の{_SP}{NUM})*)"
        rf"|(?P<pitem>[（(]{_SP}{NUM}{_SP}[）)]|[①-⑳⑴-⒇])"
        rf"|(?P<ritem>{_alternation(rel['item'])})"
    )
    gap = r"(?:[ \u3000]|及び|および|並びに|ならびに|又は|または|若しくは|もしくは|から|ないし|乃至|、|・|,|，)*"
    return re.compile(atom), re.compile(gap)


_EXTERNAL_BEFORE = re.compile(r"(?:法|令|規則|法律|条約|同法)[ \u3000]*$")
_NUMBER_IN = re.compile(NUM)


def _atom_value(kind: str, text: str) -> str:
    if kind in ("rart", "rpara", "ritem"):
        return text
    if kind == "art":
        text = re.sub(r"[（(].*$", "", text)  # the caption names the article; its number identifies it
    nums = [str(to_int(x)) for x in _NUMBER_IN.findall(text.replace("元", "1"))]
    if kind == "law":
        era = re.match(r"[^\s0-9〇零一二三四五六七八九十百千元壱弐参]+", text)
        return (era.group(0).strip() if era else "") + "-" + "-".join(nums)
    if kind == "pitem" and text[0] in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳":
        return str(ord(text[0]) - 0x2460 + 1)
    if kind == "pitem" and text[0] in "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇":
        return str(ord(text[0]) - 0x2474 + 1)
    return "_".join(nums)


_LEVEL = {"law": 0, "art": 1, "rart": 1, "para": 2, "rpara": 2, "item": 3, "pitem": 3, "ritem": 3}


@lru_cache(maxsize=4096)
def citations(text: str) -> tuple[Citation, ...]:
    """Every citation in ``text`` (cached: the same units are asked about for each hunk)."""
    atom_rx, gap_rx = _citation_regexes()
    atoms = []
    for m in atom_rx.finditer(text):
        kind = m.lastgroup
        atoms.append((kind, _Atom(_LEVEL[kind], _atom_value(kind, m.group(0)), kind.startswith("r"), m.span())))
    out: list[Citation] = []
    run: list = []

    def close():
        if not run:
            return
        kinds = [k for k, _ in run]
        if all(k == "pitem" for k in kinds):  # a bare (3) is a list label, not a citation
            run.clear()
            return
        s, e = run[0][1].span[0], run[-1][1].span[1]
        ranged = sum(1 for (_, a), (_, b) in zip(run, run[1:]) if re.search("から|ないし|乃至", text[a.span[1]:b.span[0]]))
        external = "law" in kinds or bool(_EXTERNAL_BEFORE.search(text[max(0, s - 6):s]))
        out.append(Citation((s, e), tuple(a for _, a in run), external, ranged))
        run.clear()

    for kind, a in atoms:
        if run and not gap_rx.fullmatch(text[run[-1][1].span[1]:a.span[0]]):
            close()
        run.append((kind, a))
    close()
    return tuple(out)


def _targets(cites: list[Citation], current: str | None, mapping: dict[str, str] | None,
             lo: int = 0, hi: int | None = None, paragraph: int | None = None) -> tuple[frozenset, frozenset, int]:
    """The provisions a list of citations points at, as (targets, law numbers, ranges).

    Only the targets written within or right next to ``lo``–``hi`` count (in 第14条、第15条及び第17条
    an edit of 14 says nothing about 17). A target is written by the atoms added since the previous
    one (第1項 of 第12条第1項及び第2項 by 第12条第1項, its 第2項 by 第2項 alone). ``mapping`` (old side only)
    carries an old article number to its new number, so that a citation renumbered consistently with
    the alignment points at the same target. With ``paragraph``, 前項/本項/次項 become paragraph numbers,
    so that 前項 and 第2項 written in the third paragraph cite the same one."""
    relative_para = {"前項": -1, "本項": 0, "次項": 1}
    targets, laws, ranged = set(), set(), 0
    for c in cites:
        ranged += c.ranged
        chain: list[_Atom | None] = [None, None, None, None]  # law, article, paragraph, item
        fresh: list[_Atom] = []  # atoms written since the last target

        def emit():
            law, art, para, item = chain
            s0, s1 = fresh[0].span[0], fresh[-1].span[1]
            fresh.clear()
            if s0 > (hi if hi is not None else s1) or s1 < lo:
                return
            if art is None and (para is not None or item is not None) and not c.external:
                art_v = current
            else:
                art_v = art.value if art is not None else None
                if art is not None and art.value == "本条":
                    art_v = current
                elif art is not None and not art.relative and not c.external and mapping is not None:
                    art_v = mapping.get(art.value, art.value)
            if law is not None and art is None and para is None and item is None:
                laws.add(law.value)
                return
            para_v = para.value if para else None
            if para is not None and para.relative and paragraph is not None and para.value in relative_para \
                    and (art is None or art.value == "本条"):
                para_v = str(paragraph + relative_para[para.value])
            targets.add((law.value if law else None, art_v, para_v, item.value if item else None))

        for a in c.atoms:
            if chain[a.level] is not None or any(chain[lv] is not None for lv in range(a.level + 1, 4)):
                emit()
                for lv in range(a.level, 4):
                    chain[lv] = None
            chain[a.level] = a
            fresh.append(a)
        emit()  # a citation has at least one atom
    return frozenset(targets), frozenset(laws), ranged


# ------------------------------------------------------------------ dates


@lru_cache(maxsize=1)
def _date_regex() -> re.Pattern:
    eras = _alternation(knowledge()["eras"].keys() - {"_why"})
    return re.compile(
        rf"(?:(?P<era>{eras}){_SP}(?P<ey>元|{NUM})|(?P<y>[0-9]{{4}}|[〇一二三四五六七八九]{{4}})){_SP}年{_SP}(?P<m>{NUM}){_SP}月"
        rf"(?:{_SP}(?P<d>{NUM}){_SP}日)?"
        rf"|(?P<y2>[0-9]{{4}})[-/.](?P<m2>[0-9]{{1,2}})[-/.](?P<d2>[0-9]{{1,2}})"
        # a day of the year without its year (4月1日から施行する) is a date, not a period of one day
        rf"|(?<![0-9])(?P<m4>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}}){_SP}月{_SP}(?P<d4>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}}){_SP}日"
        # a year alone (令和7年, 2025年度) names a point in time, not a period of 2025 years
        rf"|(?:(?P<era3>{eras}){_SP}(?P<ey3>元|{NUM})|(?P<y3>[0-9]{{4}})){_SP}年(?![ \u3000]*間)"
    )


def _dates(text: str) -> list[tuple[tuple[int, int], tuple]]:
    """(span, (year, month, day)) of every calendar date in ``text``; era years become Gregorian."""
    eras = knowledge()["eras"]
    cites = [c.span for c in citations(text)]
    out = []
    for m in _date_regex().finditer(text):
        if any(cs <= m.start() < ce for cs, ce in cites):
            continue  # 昭和37年 of a law number is part of the law's name
        if m.group("y2"):
            value = (int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
        elif m.group("m4"):
            value = (None, to_int(m.group("m4")), to_int(m.group("d4")))
        elif m.group("era3"):
            value = (eras[m.group("era3")] + (to_int(m.group("ey3")) or 1) - 1, None, None)
        elif m.group("y3"):
            value = (int(m.group("y3")), None, None)
        else:
            if m.group("era"):
                y = eras[m.group("era")] + (to_int(m.group("ey")) or 1) - 1
            else:
                y = to_int(m.group("y"))
            value = (y, to_int(m.group("m")), to_int(m.group("d")) if m.group("d") else None)
        out.append((m.span(), value))
    return out


# ------------------------------------------------------------------ addresses, parties


@lru_cache(maxsize=1)
def _address_regex() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in knowledge()["address_markers"]["patterns"]))


_SEGMENT_END = re.compile(r"[。\n「」（）()]")


def _address_segments(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` (between sentence ends and brackets) that hold a postal address."""
    out = []
    for m in _address_regex().finditer(text):
        s = m.start()
        while s > 0 and not _SEGMENT_END.match(text[s - 1]):
            s -= 1
        e = m.end()
        while e < len(text) and not _SEGMENT_END.match(text[e]):
            e += 1
        if not out or s >= out[-1][1]:
            out.append((s, e))
    return out


@lru_cache(maxsize=1)
def _designator_regex() -> re.Pattern:
    return re.compile(_alternation(knowledge()["company_designators"]["words"]))


@lru_cache(maxsize=1)
def _party_definition_regex() -> re.Pattern:
    return re.compile(knowledge()["party_definition"]["pattern"])


def _defines_party(unit: str, end: int) -> bool:
    """Does a party definition (（以下「当社」という。）) follow position ``end`` in the same sentence?"""
    for m in _party_definition_regex().finditer(unit, end):
        if "。" in unit[end:m.start()] or m.start() - end > 40:
            return False
        term = m.group(1)
        return bool(_party_regex().fullmatch(term))
    return False


_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")


def is_proper_name(text: str) -> bool:
    """A product or service name: written with Latin letters (Firefox, Pocket, GMO) or a proper noun to
    MeCab (グーグル). Common words are not names, however consistently they are replaced."""
    return bool(_LATIN.search(text)) or any(t.pos2 == "固有名詞" for t in tokenize(text))


def names_party(text: str) -> bool:
    """Is ``text`` the name of a legal person (株式会社…, … Inc.) or a party word (当社, 甲)?"""
    return bool(_designator_regex().search(text) or _party_regex().fullmatch(squash(text)))


# ------------------------------------------------------------------ lemma forms


@lru_cache(maxsize=1)
def _copula_lemmas() -> tuple[frozenset, frozenset]:
    cop = knowledge()["copulas"]
    return (frozenset(t.lemma for w in cop["copula"] for t in tokenize(w)),
            frozenset(t.lemma for w in cop["after_copula"] for t in tokenize(w)))


@lru_cache(maxsize=1)
def _lemma_tables() -> tuple[frozenset, frozenset, frozenset, tuple]:
    k = knowledge()
    pol = k["politeness"]
    prefixes = frozenset(t.lemma for w in pol["prefixes"] for t in tokenize(w)) | frozenset(pol["prefixes"])
    aux = frozenset(t.lemma for w in pol["auxiliaries"] for t in tokenize(w))
    light = frozenset(t.lemma for w in k["light_verbs"]["words"] for t in tokenize(w))
    groups = []
    for group in k["equivalents"]["groups"]:
        forms = [tuple(t.lemma for t in tokenize(w)) for w in group]
        groups.append((forms[0], sorted(forms, key=len, reverse=True)))
    return prefixes, aux, light, tuple(groups)


@lru_cache(maxsize=1)
def _groups_by_first() -> dict[str, tuple] | None:
    """The equivalence groups of _lemma_tables that can match at a lemma, by that lemma: each group (in
    order) with its forms that start with it (in order). A form can only match where its first lemma
    stands, so _plain tries a few groups at each lemma instead of every form of every group. None when a
    form is empty (it would match anywhere): _plain then tries every group."""
    out: dict[str, list] = {}
    for canon, forms in _lemma_tables()[3]:
        if not all(forms):
            return None
        for first in dict.fromkeys(f[0] for f in forms):
            out.setdefault(first, []).append((canon, [f for f in forms if f[0] == first]))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _negation_lemmas() -> frozenset:
    return frozenset(vocabulary()["negation_lemmas"])


def _plain(tokens: list[Token]) -> tuple[tuple[str, ...], bool]:
    """Lemmas without honorific prefixes, polite auxiliaries and light verbs, equivalent wordings
    folded to one form; and whether any politeness form was dropped."""
    prefixes, aux, light, groups = _lemma_tables()
    copula, after_copula = _copula_lemmas()
    lemmas: list[str] = []
    polite = False
    prev_copula = False
    for t in tokens:
        if t.pos in ("補助記号", "空白"):
            continue
        was_copula, prev_copula = prev_copula, False
        if t.pos == "助動詞" and t.lemma in copula:
            polite = prev_copula = True
            continue
        if was_copula and t.lemma in after_copula and t.pos2 == "非自立可能":
            prev_copula = True
            continue
        if t.pos == "接頭辞" and (t.lemma in prefixes or t.surface in prefixes):
            polite = True
            continue
        if t.lemma in aux and (t.pos == "助動詞" or t.pos2 == "非自立可能"):
            polite = True
            if t.pos == "動詞":
                # 問い合わせてください, 停止させていただきます: the て (and the humble せる) belong to the form
                if lemmas and lemmas[-1] == "て":
                    lemmas.pop()
                    if lemmas and lemmas[-1] in ("せる", "させる"):
                        lemmas.pop()
            continue
        if t.lemma in light and t.pos == "動詞":
            continue
        if t.pos == "助動詞" and t.lemma in _negation_lemmas():
            lemmas.append("ない")  # ならない and なりません (ます + ず) negate alike
            continue
        lemmas.append(t.lemma)
    out: list[str] = []
    by_first = _groups_by_first()
    i = 0
    while i < len(lemmas):
        for canon, forms in (groups if by_first is None else by_first.get(lemmas[i], ())):
            hit = next((f for f in forms if tuple(lemmas[i:i + len(f)]) == f), None)
            if hit:
                out.extend(canon)
                i += len(hit)
                break
        else:
            out.append(lemmas[i])
            i += 1
    return tuple(out), polite


# ------------------------------------------------------------------ the rules, in order


@rule("layout")
def _layout(s: Stretch) -> Verdict | None:
    if squash(s.old_text) == squash(s.new_text):
        return "editorial", ["layout"]
    return None


@rule("punctuation")
def _punctuation(s: Stretch) -> Verdict | None:
    if _PUNCT_ONLY.match(s.old_text) and _PUNCT_ONLY.match(s.new_text):
        return "editorial", ["punctuation"]
    return None


@rule("citation")
def _citation(s: Stretch) -> Verdict | None:
    """Law numbers and 第N条/項/号 citations: the same provisions (after the alignment's renumbering)
    → reference; different ones → substantive reference-target."""
    oc = citations(s.old_unit)
    nc = citations(s.new_unit)
    to = _touching([c.span for c in oc], s.oc0, s.oc1)
    tn = _touching([c.span for c in nc], s.nc0, s.nc1)
    if not to and not tn:
        return None
    # what the citations leave of the stretch must be the same on both sides (三項中 → 3項中: 中 stays)
    rest_old = "".join(s.old_unit[k] for k in _significant(s.old_unit, s.oc0, s.oc1) if not _covered([k], to))
    rest_new = "".join(s.new_unit[k] for k in _significant(s.new_unit, s.nc0, s.nc1) if not _covered([k], tn))
    if rest_old != rest_new:
        return None
    # A 第N項 without its article cites the unit's own article; both sides resolve it to the new number,
    # and the old side's article numbers go through the alignment's renumbering.
    t_old, l_old, r_old = _targets([c for c in oc if c.span in to], s.new_article, s.number_map, s.oc0, s.oc1,
                                   s.paragraph)
    t_new, l_new, r_new = _targets([c for c in nc if c.span in tn], s.new_article, None, s.nc0, s.nc1, s.paragraph)
    if t_old == t_new and r_old == r_new and (l_old == l_new or not l_old or not l_new):
        if l_old != l_new:
            return "reference", ["law-number"]
        raw_old = {a.value for c in oc if c.span in to for a in c.atoms if a.level == 1 and not a.relative}
        raw_new = {a.value for c in nc if c.span in tn for a in c.atoms if a.level == 1 and not a.relative}
        if raw_old != raw_new and any(s.number_map.get(x, x) != x for x in raw_old):
            return "reference", ["renumbered-reference"]
        return "reference", ["citation-notation"]
    return "substantive", ["reference-target"]


@lru_cache(maxsize=1)
def _label_regex() -> re.Pattern:
    return re.compile(knowledge()["item_label"]["pattern"])


@rule("numbering")
def _numbering(s: Stretch) -> Verdict | None:
    """A list label on its own at the start of a unit or line (14 → 十四, a label restored)."""
    label = _label_regex()
    for unit, c0, c1 in ((s.old_unit, s.oc0, s.oc1), (s.new_unit, s.nc0, s.nc1)):
        text = unit[c0:c1]
        if not text.strip():
            continue
        if not label.match(text) or not (c0 == 0 or unit[c0 - 1] in "\n。"):
            return None
        if _quantity_regex().match(unit, c0):  # 14日 is a period, not a label
            return None
    return "editorial", ["numbering"]


_URL = re.compile(r"(?:https?://|www\.)[^\s)）\]」』<>]+")


@rule("url")
def _url(s: Stretch) -> Verdict | None:
    """A link target that changed while the words around it stayed: the reader follows the same link text."""
    uo = [m.span() for m in _URL.finditer(s.old_unit)]
    un = [m.span() for m in _URL.finditer(s.new_unit)]
    if not uo or not un:
        return None
    so = _significant(s.old_unit, s.oc0, s.oc1)
    sn = _significant(s.new_unit, s.nc0, s.nc1)
    if (so or sn) and _covered(so, uo) and _covered(sn, un):
        return "editorial", ["link"]
    return None


@rule("date-notation")
def _date_notation(s: Stretch) -> Verdict | None:
    """The same calendar date written another way (令和7年 / 2025年)."""
    do, dn = _dates(s.old_unit), _dates(s.new_unit)
    to = _touching([sp for sp, _ in do], s.oc0, s.oc1)
    tn = _touching([sp for sp, _ in dn], s.nc0, s.nc1)
    if not to or not tn:
        return None
    if not _covered(_significant(s.old_unit, s.oc0, s.oc1), to) or not _covered(_significant(s.new_unit, s.nc0, s.nc1), tn):
        return None
    if [v for sp, v in do if sp in to] == [v for sp, v in dn if sp in tn]:
        return "editorial", ["notation"]
    return None


@rule("notation")
def _notation(s: Stretch) -> Verdict | None:
    """Notation variants (及び/および, 漏洩/漏えい) from data/notation_variants.json, and width."""
    oc, nc = _surface(s.old_ctx()), _surface(s.new_ctx())
    if canonical(oc) == canonical(nc) or canonical(s.old_text) == canonical(s.new_text):
        return "editorial", ["notation"]
    # one number in another script: 1年間 → 一年間, 15 → 十五
    o, n = s.old_text.strip(), s.new_text.strip()
    if _NUMERAL.fullmatch(o) and _NUMERAL.fullmatch(n) and to_int(o) is not None and to_int(o) == to_int(n):
        return "editorial", ["notation"]
    # every number of a date or quantity in another script: 四月一日から翌年の三月三十一日 → 4月1日から翌年の3月31日
    vo, vn = _counted_values(oc), _counted_values(nc)
    if (vo != oc or vn != nc) and canonical(vo) == canonical(vn):
        return "editorial", ["notation"]
    return None


_NUMBER = r"(?:[0-9]{1,9}|[〇一二三四五六七八九十百千]{1,9})"
_NUMERAL = re.compile(_NUMBER)
# a number that counts something (before a counter: 四月, 31日, 3か月) or numbers a provision (第三条): its value is
# the same in kanji and in digits; a kanji numeral inside a word (一切, 十分, 同一) is no number and is left as written
_COUNTED = re.compile(rf"(?<=第){_NUMBER}|{_NUMBER}(?=[年月日時分秒条項号円人名回件個歳週倍割%％か箇ヶヵカ])")


def _counted_values(text: str) -> str:
    return _COUNTED.sub(lambda m: str(v) if (v := to_int(m.group())) is not None else m.group(), text)


@rule("typo")
def _typo(s: Stretch) -> Verdict | None:
    """A slip corrected or made: a doubled particle (当社にに), a misspelling of data/confusables.tsv replaced by
    its correct form (揚げる→掲げる) with nothing else changed, or a conversion slip corrected (本条の施工→本条の施行)."""
    if _is_repeat_typo(s) or _is_conversion_fix(s):
        return "editorial", ["typo"]
    oc, nc = _surface(s.old_ctx(4)), _surface(s.new_ctx(4))
    for a, b in ((oc, nc), (nc, oc)):
        fixed = a
        for wrong, right in _confusables():
            if wrong in fixed:
                fixed = fixed.replace(wrong, right)
        if fixed != a and canonical(fixed) == canonical(b):
            return "editorial", ["typo"]
    return None


# A word law text writes this often is a word of legal Japanese: the correction a conversion slip is made into.
_LAW_WORD = 20
_ALL_KANJI = re.compile(r"[\u4e00-\u9fff々]{2,4}")


@lru_cache(maxsize=1)
def _law_model() -> dict:
    """data/law_model.json.gz: the words of e-Gov law text and the readings of kanji (Unihan), as the checks read them."""
    with resources.files("pipeline.data").joinpath("law_model.json.gz").open("rb") as fh:
        return json.loads(gzip.decompress(fh.read()))


def _is_conversion_fix(s: Stretch) -> bool:
    """One word replaced by a word of the same reading one kanji away (本条の施工 → 本条の施行, 意義の申出 →
    異議の申出): what an input method writes by mistake. A fix only when law text never writes the old word and
    writes the new one often; two words of legal Japanese (保証/保障, 解除/解約) mean two things, and the change
    stays substantive."""
    if len(s.old_hunk) != 1 or len(s.new_hunk) != 1:
        return False
    old, new = s.old_hunk[0].surface, s.new_hunk[0].surface
    if len(old) != len(new) or not _ALL_KANJI.fullmatch(old) or not _ALL_KANJI.fullmatch(new):
        return False
    diff = [(a, b) for a, b in zip(old, new) if a != b]
    if len(diff) != 1:
        return False
    model = _law_model()
    words, kanji = model["words"], model["kanji"]
    a, b = diff[0]
    if a not in kanji or b not in kanji or not set(kanji[a][0]) & set(kanji[b][0]):
        return False  # not the same on reading: no slip of an input method
    return words.get(old, 0) == 0 and words.get(new, 0) >= _LAW_WORD


def _is_repeat_typo(s: Stretch) -> bool:
    """「当社に対して」→「当社にに対して」: a particle or symbol doubled (or undoubled) by a slip."""
    old_hunk, new_hunk = s.old_hunk, s.new_hunk
    if new_hunk and not old_hunk:
        ins, ctx = new_hunk, s.new_ctx()
    elif old_hunk and not new_hunk:
        ins, ctx = old_hunk, s.old_ctx()
    else:
        return False
    if len(ins) != 1 or ins[0].pos not in ("助詞", "補助記号"):
        return False
    surfaces = [t.surface for t in ctx]
    return any(surfaces[i] == surfaces[i + 1] == ins[0].surface for i in range(len(surfaces) - 1))


@rule("wording-equivalent")
def _wording_equivalent(s: Stretch) -> Verdict | None:
    """Politeness and honorific forms (お送り頂いたり→送信したり), okurigana and kana/kanji spellings of
    the same lemma, and equivalent wordings of data/classification.json."""
    if not s.old_hunk and not s.new_hunk:
        return None
    ho, pol_o = _plain(s.old_hunk)
    hn, pol_n = _plain(s.new_hunk)
    if not (ho or hn) and not (pol_o or pol_n):
        return None
    # compared with two tokens of context: an equivalent may span the hunk's edge (場合は → 場合には)
    if _plain(s.old_ctx(2))[0] != _plain(s.new_ctx(2))[0]:
        return None
    if pol_o or pol_n:
        return "editorial", ["politeness"]
    if [t.lemma for t in s.old_hunk] == [t.lemma for t in s.new_hunk]:
        return "editorial", ["notation"]
    return "editorial", ["equivalent-wording"]


@rule("substantive")
def _substantive(s: Stretch) -> Verdict:
    cats: list[str] = []
    old_ctx, new_ctx = s.old_ctx(), s.new_ctx()
    o0, o1 = (old_ctx[0].start, old_ctx[-1].end) if old_ctx else (s.oc0, s.oc1)
    n0, n1 = (new_ctx[0].start, new_ctx[-1].end) if new_ctx else (s.nc0, s.nc1)
    # what the stretch touches: citations, dates and addresses are not quantities
    masks_o, masks_n = [], []
    cites_o = _touching([c.span for c in citations(s.old_unit)], s.oc0, s.oc1)
    cites_n = _touching([c.span for c in citations(s.new_unit)], s.nc0, s.nc1)
    if cites_o and cites_n:
        t_old = _targets([c for c in citations(s.old_unit) if c.span in cites_o], None, s.number_map, s.oc0, s.oc1)
        t_new = _targets([c for c in citations(s.new_unit) if c.span in cites_n], None, None, s.nc0, s.nc1)
        if t_old != t_new:
            cats.append("reference-target")
    masks_o += [c.span for c in citations(s.old_unit)]
    masks_n += [c.span for c in citations(s.new_unit)]
    do, dn = _dates(s.old_unit), _dates(s.new_unit)
    dto = [v for sp, v in do if sp in _touching([x for x, _ in do], s.oc0, s.oc1)]
    dtn = [v for sp, v in dn if sp in _touching([x for x, _ in dn], s.nc0, s.nc1)]
    if dto != dtn:
        cats.append("date")
    masks_o += [sp for sp, _ in do]
    masks_n += [sp for sp, _ in dn]
    ao, an = _address_segments(s.old_unit), _address_segments(s.new_unit)
    if _touching(ao, s.oc0, s.oc1) or _touching(an, s.nc0, s.nc1):
        cats.append("address")
    masks_o += ao
    masks_n += an
    oc = _masked(s.old_unit, o0, o1, masks_o)
    nc = _masked(s.new_unit, n0, n1, masks_n)
    qo, qn = _quantities(oc), _quantities(nc)
    if qo != qn:
        kinds = {k for k, _ in (qo - qn) + (qn - qo)}
        cats += [k for k in ("duration", "amount") if k in kinds]
    elif _duration_word_regex().findall(oc) != _duration_word_regex().findall(nc):
        cats.append("duration")
    if "amount" not in cats and _amount_word_regex().search(s.old_text + s.new_text) and \
            re.findall(_DIGITS, s.old_text) != re.findall(_DIGITS, s.new_text):
        cats.append("amount")  # 料金 / 上限 with a number whose unit is elsewhere
    if _negations(old_ctx) != _negations(new_ctx):
        cats.append("negation")
    if set(_modality_regex().findall(_surface(old_ctx))) != set(_modality_regex().findall(_surface(new_ctx))):
        cats.append("modality")
    if _party_change(s):
        cats.append("party")
    if not cats:
        cats.append("wording")
    return "substantive", cats


def _masked(text: str, start: int, end: int, masks: list[tuple[int, int]]) -> str:
    chars = list(text[start:end])
    for s, e in masks:
        for k in range(max(s, start), min(e, end)):
            chars[k - start] = " "
    return "".join(chars)


def _quantities(text: str) -> Counter:
    out: Counter = Counter()
    for m in _quantity_regex().finditer(text):
        n = m.group("n")
        value = to_int(n) if not re.search(r"[.,]", n) else n.replace(",", "")
        out[("duration" if m.group("dur") else "amount", (value, unicodedata.normalize("NFKC", m.group("dur") or m.group("amt"))))] += 1
    return out


def _negations(tokens: list[Token]) -> int:
    lemmas = set(vocabulary()["negation_lemmas"])
    n = 0
    for t in tokens:
        if t.pos in ("助動詞", "形容詞") and t.lemma in lemmas:
            n += 1
        elif t.surface == "ん" and t.pos == "助動詞":
            n += 1
        elif t.pos == "接頭辞" and t.surface in ("不", "非", "無", "未"):
            n += 1
    return n


def _party_change(s: Stretch) -> bool:
    """Who a party is changed: a party word replaced (当社→利用者), a legal person's name changed, or
    the name right before a party definition (株式会社A（以下「当社」という。）) changed."""
    ot, nt = s.old_text, s.new_text
    po, pn = _party_regex().findall(ot), _party_regex().findall(nt)
    octx, nctx = _surface(s.old_ctx()), _surface(s.new_ctx())
    if (po or pn) and set(po) != set(pn) and (po and pn or _party_regex().search(octx) and _party_regex().search(nctx)):
        return True
    if ot.strip() and nt.strip() and len(ot) <= 40 and len(nt) <= 40 and "。" not in ot + nt:
        if _designator_regex().search(ot) or _designator_regex().search(nt):
            return True
        if _defines_party(s.new_unit, s.nc1) or _defines_party(s.old_unit, s.oc1):
            return True
    if (ot.strip() or nt.strip()) and len(ot) <= 20 and len(nt) <= 20:
        # an edit inside a company's name (LINE株式会社 → LINEヤフー株式会社)
        for unit, c0, c1 in ((s.old_unit, s.oc0, s.oc1), (s.new_unit, s.nc0, s.nc1)):
            name = _word_tail(unit[max(0, c0 - 20):c0]) + unit[c0:c1] + _word_head(unit[c1:c1 + 20])
            if _designator_regex().search(name):
                return True
    return False


# ------------------------------------------------------------------ widening a stretch for display


def widen(old_tokens: list[Token], new_tokens: list[Token], a0: int, a1: int, b0: int, b1: int,
          floor_a: int, floor_b: int) -> tuple[int, int, int, int]:
    """A hunk of one character on each side (款→節, 二→一) reads as nothing on its own: take in the
    neighbouring word (この款→この節, 二親等→一親等). The neighbour is unchanged text present on both
    sides; ``floor_a``/``floor_b`` are where the previous hunk ended, so stretches never overlap."""
    ot, nt = "".join(t.surface for t in old_tokens[a0:a1]), "".join(t.surface for t in new_tokens[b0:b1])
    if len(ot.strip()) > 1 or len(nt.strip()) > 1 or not (ot.strip() and nt.strip()):
        return a0, a1, b0, b1
    right = old_tokens[a1] if a1 < len(old_tokens) and b1 < len(new_tokens) else None
    left = old_tokens[a0 - 1] if a0 - 1 >= floor_a and b0 - 1 >= floor_b and a0 > 0 and b0 > 0 else None
    if right is not None and right.pos in ("名詞", "接尾辞") and right.surface.strip():
        return a0, a1 + 1, b0, b1 + 1
    if left is not None and left.pos not in ("補助記号", "空白") and left.surface.strip():
        return a0 - 1, a1, b0 - 1, b1
    if right is not None and right.pos not in ("補助記号", "空白") and right.surface.strip():
        return a0, a1 + 1, b0, b1 + 1
    return a0, a1, b0, b1


def widen_to_citations(old_unit: str, new_unit: str, oc0: int, oc1: int, nc0: int, nc1: int,
                       lo_old: int, lo_new: int, hi_old: int, hi_new: int) -> tuple[int, int, int, int]:
    """A stretch that touches a citation shows the whole citation (第68条第2項 → 第19条の2第1項, not
    68条第2 → 19条の2第1). Both sides grow by the same unchanged text, never past ``lo_*`` (where the
    previous stretch ended) or ``hi_*`` (where the next one starts)."""
    to = _touching([c.span for c in citations(old_unit)], oc0, oc1)
    tn = _touching([c.span for c in citations(new_unit)], nc0, nc1)
    if not to and not tn:
        return oc0, oc1, nc0, nc1
    left = max([oc0 - s for s, _ in to] + [nc0 - s for s, _ in tn] + [0])
    right = max([e - oc1 for _, e in to] + [e - nc1 for _, e in tn] + [0])
    left = min(left, oc0 - lo_old, nc0 - lo_new)
    right = min(right, hi_old - oc1, hi_new - nc1)
    while left > 0 and old_unit[oc0 - left:oc0] != new_unit[nc0 - left:nc0]:
        left -= 1
    while right > 0 and old_unit[oc1:oc1 + right] != new_unit[nc1:nc1 + right]:
        right -= 1
    return oc0 - left, oc1 + right, nc0 - left, nc1 + right


def token_range(tokens: list[Token], c0: int, c1: int) -> tuple[int, int]:
    """Indices of the tokens that make up characters [c0, c1)."""
    i = next((k for k, t in enumerate(tokens) if t.end > c0), len(tokens))
    if c1 <= c0:
        return i, i
    j = next((k for k, t in enumerate(tokens) if t.start >= c1), len(tokens))
    return i, j


# ------------------------------------------------------------------ the document-level pass


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
    places: list = field(default_factory=list, repr=False)  # [(align.ArticlePair, diff.Change)], each change has .group == id

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


class _Side:
    """One version as the document-level pass sees it: every article's text, and text around a span."""

    def __init__(self, articles):
        seen, arts = set(), []
        for a in articles:
            if a is not None and id(a) not in seen:
                seen.add(id(a))
                arts.append(a)
        self.articles = arts
        self._flat: str | None = None

    @property
    def flat(self) -> str:
        """The whole text squashed; built on first use (most diffs have no candidate that needs it)."""
        if self._flat is None:
            self._flat = squash("\n".join(a.text for a in self.articles))
        return self._flat

    def around(self, span: tuple[int, int], before: int, after: int) -> tuple[str, str, str]:
        """(text before, the span's text, text after) inside the article holding ``span``."""
        for a in self.articles:
            if a.span[0] <= span[0] and span[1] <= a.span[1]:
                s, e = span[0] - a.span[0], span[1] - a.span[0]
                return a.text[max(0, s - before):s], a.text[s:e], a.text[e:e + after]
        return "", "", ""

    def count(self, text: str) -> int:
        t = squash(text)
        return self.flat.count(t) if t else 0


def group_repeated_substitutions(pairs) -> list[Group]:
    """The document-level pass: misspelt terms corrected to the form the document uses, and names
    replaced throughout (returned as groups; ``change.group`` set on members). Units moved inside an
    article are found where the units are paired (diff._find_moves)."""
    old = _Side(p.old for p in pairs)
    new = _Side(p.new for p in pairs)
    _term_corrections(pairs, old, new)
    return _rename_groups(pairs, old, new)


_WORD_CHAR = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー々〆A-Za-z0-9]")


def _term_corrections(pairs, old: _Side, new: _Side) -> None:
    """当該区分者 → 当該区分所有者: characters added inside a word whose new form the old version already
    uses elsewhere and whose old form occurs nowhere else and is gone from the new version — a misspelt
    term completed, not a new term."""
    for p in pairs:
        for c in p.changes:
            if c.kind != "substantive" or c.categories != ["wording"] or c.old_span is None or c.new_span is None:
                continue
            ot, nt = c.old_text or "", c.new_text or ""
            if len(ot) > 4 or len(nt) > 4 or re.search(r"[0-9〇一二三四五六七八九十]", ot + nt):
                continue
            if len(nt) <= len(ot):
                continue  # dropping characters is no completion: 再委託先 → 委託先 names another party
            if not all(_WORD_CHAR.match(ch) for ch in ot + nt):
                continue
            bo, _, ao = old.around(c.old_span, 2, 2)
            bn, _, an = new.around(c.new_span, 2, 2)
            left = _word_tail(bo)
            right = _word_head(ao)
            if not left and not right:
                continue
            w_old, w_new = left + ot + right, left + nt + right
            if old.count(w_new) >= 2 and old.count(w_old) <= 1 and new.count(w_old) == 0:
                c.kind, c.categories = "editorial", ["typo"]


def _word_tail(text: str) -> str:
    out = ""
    for ch in reversed(text):
        if not _WORD_CHAR.match(ch):
            break
        out = ch + out
    return out


def _word_head(text: str) -> str:
    out = ""
    for ch in text:
        if not _WORD_CHAR.match(ch):
            break
        out += ch
    return out


def _rename_groups(pairs, old: _Side, new: _Side) -> list[Group]:
    """The same name substituted in two or more places, none of the old name left in the new version:
    one group. A product or service name is editorial; the name of a contracting party is substantive."""
    candidates: dict[tuple[str, str], list] = {}
    for p in pairs:
        for c in p.changes:
            if not (c.old_text or c.new_text) or c.old_span is None or c.new_span is None:
                continue
            # a cited article's caption renamed with the rest (第28条（サービス利用事業者の…）) is a place too
            if not (c.kind == "substantive" and set(c.categories) <= {"wording", "party"}) and \
                    c.categories != ["citation-notation"]:
                continue
            ot, nt = c.old_text or "", c.new_text or ""
            if len(ot) > 40 or len(nt) > 40 or re.search(r"[。、]", ot + nt):
                continue
            candidates.setdefault((squash(ot), squash(nt)), []).append((p, c))
    groups: list[Group] = []
    for (ot, nt), places in candidates.items():
        if len(places) < 2:
            continue
        lefts = [_word_tail(old.around(c.old_span, 12, 0)[0]) for _, c in places]
        rights = [_word_head(old.around(c.old_span, 0, 12)[2]) for _, c in places]
        left, right = _common_suffix(lefts), _common_prefix_all(rights)
        if not (ot and nt) and not (left or right):
            continue  # a word added or dropped on its own is no name's change
        name_old, name_new = left + ot + right, left + nt + right
        if new.count(name_old) > 0:
            continue  # the old name is still used: not a rename throughout
        party = names_party(ot) or names_party(nt) or names_party(name_old) or names_party(name_new) or any(
            _defines_party("".join(old.around(c.old_span, 0, 60)[1:]), len(c.old_text or "")) for _, c in places)
        if not party and not all(is_proper_name(x) for x in (ot, nt) if x):
            continue  # 解除 → 解約 throughout is a change of concept, not a new name for the same thing
        gid = f"g{len(groups) + 1}"
        kind, cats = ("substantive", ["party"]) if party else ("editorial", ["rename"])
        # a name built on the renamed one and gone with it (Firefox クラウドサービス → Mozilla アカウントサービス):
        # another substitution, made once, that belongs to the same rebranding; named alike, not a place of the group
        variants = [c for p in pairs for c in p.changes
                   if c.kind == "substantive" and c.categories == ["wording"] and c.group is None
                   and c.old_text and c.new_text and all(c is not x for _, x in places)
                   and ot and nt and ot in squash(c.old_text) and nt in squash(c.new_text)
                   and _NAME_ONLY.fullmatch(c.old_text) and _NAME_ONLY.fullmatch(c.new_text)
                   and new.count(c.old_text + _word_head(old.around(c.old_span, 0, 12)[2])) == 0]
        # a heading retitled by the same substitution (2. Firefox アカウント → 2. Mozilla アカウント) is a place too
        places += [(p, c) for p in pairs for c in p.changes
                   if "title" in c.categories and c.group is None and c.old_text and c.new_text
                   and ot and ot in squash(c.old_text) and squash(c.old_text).replace(ot, nt) == squash(c.new_text)]
        places.sort(key=lambda pc: pc[1].old_span or (0, 0))
        for _, c in places:
            c.kind, c.group = kind, gid
            if "title" not in c.categories:  # a heading's change keeps saying it is the heading
                c.categories = list(cats)
        for c in variants:
            c.kind, c.categories = kind, list(cats)
        first = next(c for _, c in places if "title" not in c.categories)
        groups.append(Group(gid, "rename", kind, list(cats), first.old_text or "", first.new_text or "", list(places)))
    return groups


# product and service names are written in Latin letters and katakana; legal wording is not
_NAME_ONLY = re.compile(r"[A-Za-z0-9\u30a0-\u30ff\uff66-\uff9f ・.&+\-]+")


def _common_suffix(texts: list[str]) -> str:
    if not texts:
        return ""
    out = texts[0]
    for t in texts[1:]:
        n = 0
        while n < len(out) and n < len(t) and out[-1 - n] == t[-1 - n]:
            n += 1
        out = out[len(out) - n:] if n else ""
    return out


def _common_prefix_all(texts: list[str]) -> str:
    if not texts:
        return ""
    out = texts[0]
    for t in texts[1:]:
        out = out[:_common_prefix(out, t)]
    return out
