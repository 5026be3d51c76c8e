"""What the typo rule's detectors share (typos.py, typos_kanji.py): the law model, MeCab's dictionary and its cost of
a reading, and the constants both modules use."""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from . import DATA_DIR, Context, LineMemo, load_tsv
from .. import word_frequencies
from ..tokens import is_known_word, tokenize

MODEL = DATA_DIR / "law_model.json.gz"

DIGITS = frozenset("0123456789０１２３４５６７８９")
# kanji that name a place's unit after its name (大阪|府, 神奈川|県) and open words of their own (都市, 府民, 市民)
ADMINISTRATIVE_UNITS = frozenset("都道府県市区町村郡")


@lru_cache(maxsize=None)
def model() -> dict:
    with gzip.open(MODEL, "rt", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=65536)
def _is_word(s: str) -> bool:
    """Is ``s`` one word of MeCab's dictionary? Not merely one token: MeCab groups a run of two kanji it does not
    know into one unknown word (習要, 掲裁), which is what a slip makes. Words of legal Japanese the dictionary lacks
    (legal_words.tsv: 欠亡 of NPO法, 統理) are words too."""
    return is_known_word(s) or s in _legal_words()


@lru_cache(maxsize=1)
def _legal_words() -> frozenset[str]:
    return frozenset(row[0] for row in load_tsv("legal_words.tsv"))


# How often general Japanese writes a word (wordfreq's list for Japanese: Wikipedia, subtitles, news, books and
# the web, about 215,000 words): law text's five statutes do not write 慎重, 預金 or 脆弱, which any reader knows. A
# word's absence says little (the list was cut by MeCab with another dictionary: 一晩, 一例 are not in it), so it
# only vouches for a correction, never condemns what is written.
general_frequency = word_frequencies.frequency


# a word general Japanese writes this often (one word in 100,000: 慎重, 緊急, 合意, 成績) is one every writer knows
COMMON_WORD = 1e-5


_KANJI_CH = re.compile(r"[\u4e00-\u9fff々]")


@lru_cache(maxsize=1)
def _variant_table() -> dict[int, str]:
    """Each variant form of a kanji (pipeline/data/kanji_variants.tsv: 髙, 邊, 澤) → its standard form, for
    str.translate."""
    return {ord(row[0]): row[1] for row in load_tsv("kanji_variants.tsv")}


def standard_form(s: str) -> str:
    """``s`` with its variant kanji written in their standard form (髙橋 → 高橋): one word either way."""
    return s.translate(_variant_table())


@lru_cache(maxsize=1)
def _variant_groups() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for k, std in _variant_table().items():
        groups.setdefault(std, {std}).add(chr(k))
    return {c: frozenset(g) for g in groups.values() for c in g}


def forms_of(c: str) -> frozenset[str]:
    """``c`` and every kanji ``same_kanji`` as it (高 → 高, 髙): a set to take away from candidates at once."""
    return _variant_groups().get(c) or frozenset(c)


def same_kanji(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one character, the one a variant form of the other (髙 and 高)? Then neither is a slip
    for the other, though they sound alike."""
    return standard_form(a) == standard_form(b)


_PARTICLES = set("はがをにともでへのや")


# MeCab's path cost (its own model of Japanese: word costs and connection costs) must fall when the kana is
# corrected. Measured with 12 characters of context: slips gain 3,200–12,500 (にえいて, するけと, あれとき,
# としは, かかわりず, についでは); right but rare spellings up to 4,300 (をえて, はかかる, 申込のあった,
# 一にでも, 届出をしていないが). So a gain above _SURE_GAIN is enough, and one above _MIN_GAIN needs a second
# witness: the corrected run written elsewhere in the document, or its kana common in law text.
_SURE_GAIN, _MIN_GAIN = 5000, 3000
# A correction into law text's staple phrases (について, において, により, ことが: each 3-gram 1,400 times or more
# in the model) needs less of MeCab: a slip beside them (にづいて, のおいては) gains 1,600–2,400; on the corpus,
# the right text that a correction gains 1,000–3,000 on corrects into rarer 3-grams (1,170 and fewer).
_STAPLE_FIX = 1400
_STAPLE_GAIN = 1500


_COST_TAGGER: list = [None, None]
_FORM_TAGGER: list = [None, None]


_PATH_COSTS = LineMemo()


def _reading_gain(ctx: Context, s: int, e: int, fixed: str) -> int:
    """How much better MeCab reads the clause with text[s:e] written ``fixed``: the fall of its path cost,
    with 8 characters of the line before and 4 after as context."""
    text = ctx.text
    line_start, line_end = ctx.line_span(s)
    left, right = text[max(line_start, s - 8):s], text[e:min(line_end, e + 4)]
    return _path_cost(left + text[s:e] + right) - _path_cost(left + fixed + right)


def _path_cost(s: str) -> int:
    """MeCab's cost of its best reading of ``s`` (lower: more like Japanese). The same pieces of clauses come
    back in every version of a document, and the cost depends on the string alone."""
    return _PATH_COSTS.get(s, lambda: _tagger_cost(s))


def _tagger_cost(s: str) -> int:
    """A tagger of its own, printing only the cost, so the tokens' tagger and its caches are left alone."""
    import os

    if _COST_TAGGER[0] is None or _COST_TAGGER[1] != os.getpid():
        import fugashi
        import unidic_lite

        d = unidic_lite.DICDIR
        _COST_TAGGER[0] = fugashi.GenericTagger(
            f'-d "{d}" -r "{os.path.join(d, "dicrc")}" ' + r'-O "" -F "" -U "" -B "" -E%pc\\n')
        _COST_TAGGER[1] = os.getpid()
    return int(_COST_TAGGER[0].parse(s).strip() or 0)


@lru_cache(maxsize=65536)
def conjugated(s: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """MeCab's best reading of ``s`` as (start, end, part of speech, its subdivision, conjugation form: 終止形-一般,
    連用形-一般, "" for words that do not inflect): the tokens' tagger reads no conjugation form."""
    import os

    if _FORM_TAGGER[0] is None or _FORM_TAGGER[1] != os.getpid():
        import fugashi
        import unidic_lite

        d = unidic_lite.DICDIR
        _FORM_TAGGER[0] = fugashi.GenericTagger(
            f'-d "{d}" -r "{os.path.join(d, "dicrc")}" ' + r'-O "" -F%m\\t%f[0]\\t%f[1]\\t%f[5]\\n -U%m\\t?\\t\\t\\n -B> -E<')
        _FORM_TAGGER[1] = os.getpid()
    out, at = [], 0
    # the sentinels of the start and the end (-B, -E) keep fugashi's strip() from eating a space the text begins with
    for line in _FORM_TAGGER[0].parse(s)[1:-1].split("\n"):
        fields = line.split("\t")
        if len(fields) < 4 or not fields[0]:
            continue
        start = s.find(fields[0], at)
        if start < 0:
            break
        at = start + len(fields[0])
        form = fields[3] if fields[3] != "*" else ""
        out.append((start, at, fields[1], fields[2], form))
    return tuple(out)


# a lone letter the document writes this often is a variable or a symbol of its own (「.4秒はx秒」, 「スの数をnとし」, a
# move 「[f]またはz」), no consonant left by the input method nor a key struck as it was switched off (a slip is not
# repeated)
_VARIABLE_USES = 2
_LONE_LETTER = re.compile(r"(?<![A-Za-z0-9])[a-z](?![A-Za-z0-9])")


def variable_letters(ctx) -> frozenset[str]:
    """The lower-case letters the whole document writes alone _VARIABLE_USES times or more."""
    def count() -> frozenset[str]:
        n = Counter(_LONE_LETTER.findall(ctx.full.text))
        return frozenset(ch for ch, k in n.items() if k >= _VARIABLE_USES)
    return ctx.full.memo("typos.variable_letters", count)


# a verb's or auxiliary's closing る typed twice (「サービスに関するる情報」「利用されるる場合」): after the kana a verb's
# stem ends on, before what follows a verb; no word ends so. (Not 縷々 written るる, 「るる説明した」: an adverb)
DOUBLED_RU = re.compile(r"(?<=[すれけめべえせねいきじぎびみりちつ])るる(?![ぁ-ゖ])")


def reads_as_a_name(s: str | None) -> bool:
    """Does MeCab read ``s`` as a proper noun (a surname, a given name) throughout?"""
    toks = tokenize(s) if s else []
    return bool(toks) and all(t.pos2 == "固有名詞" for t in toks)


@lru_cache(maxsize=None)
def kana3() -> dict[str, int]:
    """Law text's kana 3-grams and their counts (the model's; for a model built before they were kept, the 3-grams
    inside its 4-grams)."""
    k3 = model().get("kana3")
    if k3 is not None:
        return k3
    out: Counter = Counter()
    for g, c in model()["kana4"].items():
        out[g[:3]] += c
        out[g[1:]] += c
    return dict(out)


def _dakuten_pair(x: str, y: str) -> bool:
    """か and が, て and で: the same kana with or without its voicing mark, a slip of the eye or of the input
    method, whatever the grammar of either."""
    return unicodedata.normalize("NFD", x)[0] == unicodedata.normalize("NFD", y)[0]
