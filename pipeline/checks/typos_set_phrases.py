"""The typo rule's detectors of fixed forms with one kanji typed as a like one (typos.py lists the rule's detectors):

1. A set phrase of agreements and laws: 「天災地辺その他の不可抗力」, 「束やかに通知する」, 「一債の責任を負わない」. The
   phrases are few, fixed and copied from statutes and standard clauses (data/legal_set_phrases.tsv); the kanji that
   replaced one of theirs sounds or looks like it (the law model's Unihan readings and radicals), and no variant so
   made is a word.
2. The suffix 的 typed as 適, which the input method offers for the same てき: 「付随適、派生的」, 「一時適に保管」,
   「技術適手段」. 適 ends no compound of two kanji or more (最適, 快適, 不適 are words of one kanji and 適); where MeCab
   reads it alone after a noun, it is 的.
3. The document's form of address with one kanji typed as a like one: 「お容様」, 「お各様」 in terms that write お客様
   eighty times. Law text never addresses anyone so, and MeCab knows 各様 (each in its way) as a word: only the
   document knows its address.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import Context, load_tsv, notation_canon
from .typos_base import _KANJI_CH, general_frequency
from .typos_kanji import _compound_around, _kanji_list, similar_kanji
from ..tokens import is_known_word

# the document writes the variant this often: its own word or name (a firm's name, a term it coins), no slip
_WRITTEN_ON_PURPOSE = 2
# a variant general Japanese writes once in a million words or more is a word of its own (一斉 beside 一切); a phrase
# of several words is never in the list whole, so only a short phrase's variant can be one
_GENERAL_WORD = 1e-6


@lru_cache(maxsize=1)
def _phrases() -> tuple[re.Pattern, dict[str, list[str]], re.Pattern, dict[str, list[str]]]:
    """Where to look, by patterns that open on a literal (the regex engine skips to it; a class of kanji first would
    be tried at every character). A phrase whose first kanji changed keeps the rest whole: a pattern of those rests,
    each → its phrases. One whose later kanji changed keeps its first character: a pattern of each phrase with a
    kanji in place of each of its later kanji, each first character → its phrases. (No look-ahead: it would cost the
    engine its skip to the first characters; two phrases overlapping one place are no case of the list.)"""
    rests: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}
    later: dict[str, list[str]] = {}  # first character → the patterns of what follows it
    for phrase in sorted(_listed()):
        if _KANJI_CH.match(phrase[0]):
            rests.setdefault(phrase[1:], []).append(phrase)
        for i in range(1, len(phrase)):
            if _KANJI_CH.match(phrase[i]):
                # (only the kanji of like reading or shape, which _changed_kanji asks for: 一[切-like] is a few dozen
                # places of a law, 一 and any kanji thousands)
                like = "".join(sorted(c for c in similar_kanji(phrase[i]) if _KANJI_CH.match(c)))
                if like:
                    later.setdefault(phrase[0], []).append(
                        re.escape(phrase[1:i]) + "[" + like + "]" + re.escape(phrase[i + 1:]))
                by_first.setdefault(phrase[0], []).append(phrase)
    first = "|".join(re.escape(x) for x in sorted(rests, key=len, reverse=True))
    # (grouped by first character: where the engine stops on one, it tries that character's patterns only)
    later_rx = "|".join(re.escape(c) + "(?:" + "|".join(v) + ")" for c, v in sorted(later.items()))
    return re.compile(first), rests, re.compile(later_rx), {k: sorted(set(v)) for k, v in by_first.items()}


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    return frozenset(row[0] for row in load_tsv("legal_set_phrases.tsv"))


def _changed_kanji(written: str, phrase: str) -> int | None:
    """Where ``written`` is ``phrase`` with one kanji typed as one of like reading or shape, that kanji's index."""
    diff = [i for i in range(len(phrase)) if written[i] != phrase[i]]
    if len(diff) != 1:
        return None
    i = diff[0]
    if not (_KANJI_CH.match(phrase[i]) and _KANJI_CH.match(written[i])) or written[i] not in similar_kanji(phrase[i]):
        return None
    return i


def _notation_of(written: str, phrase: str, i: int) -> bool:
    """Does the changed kanji at ``i`` make, with its neighbours, a spelling the notation list gives the phrase's word
    (附随 beside 付随)?"""
    canon = notation_canon()
    for lo in range(max(0, i - 3), i + 1):
        for hi in range(i + 1, min(len(phrase), lo + 4) + 1):
            w, p = written[lo:hi], phrase[lo:hi]
            if w in canon and canon[w] == canon.get(p):
                return True
    return False


def _places(ctx: Context):
    """(start, phrase) of every place a phrase may stand with one kanji changed."""
    rest_rx, rests, later_rx, by_first = _phrases()
    text = ctx.text
    for m in ctx.finditer(rest_rx):
        before = text[m.start() - 1:m.start()]
        for phrase in rests[m.group(0)]:
            if before != phrase[0]:  # (the phrase itself: most places, 株式会社 thousands of times in a law)
                yield m.start() - 1, phrase
    for m in ctx.finditer(later_rx):
        for phrase in by_first[text[m.start()]]:
            yield m.start(), phrase


def _adverb_before_no(ctx: Context, at: int, run: str) -> bool:
    """Is the word of the dictionary ``run`` (around ``at``) one that MeCab reads as an adverb, with の after it (「一際の
    責任」: 一際, ひときわ)? An adverb takes no の: the word is the phrase's noun mistyped (一切の)."""
    t = ctx.token_at(at)
    return t is not None and t.surface == run and t.pos == "副詞" and ctx.text.startswith("の", t.end)


def set_phrase_slip_findings(ctx: Context):
    text = ctx.text
    listed = _listed()
    seen = set()
    for a, phrase in _places(ctx):
        b = a + len(phrase)
        written = text[a:b]
        if written in listed or a < 0 or (a, b) in seen or len(written) != len(phrase):
            continue  # (mostly the phrase itself)
        i = _changed_kanji(written, phrase)
        if i is None:
            continue
        if _notation_of(written, phrase, i):
            continue  # 附随的 for 付随的: the same word in another notation (notation-variance weighs the mix)
        run = text[slice(*_compound_around(text, a + i, a + i + 1))]
        if (len(run) > 1 and is_known_word(run) and not _adverb_before_no(ctx, a + i, run)) \
                or ("第" in run and "第" not in phrase):
            continue  # 一説の (a view), 第一節の (an ordinal), not 一切の: the kanji make a word with their neighbours
        if i == len(phrase) - 1 and (w := ctx.token_at(a + i)) is not None and w.start == a + i and w.end > b \
                and is_known_word(w.surface):
            continue  # 「知的財産関連業務」: 知的財産 and 関連, two words meeting, no 知的財産権 with its last kanji slipped
        if general_frequency(written) >= _GENERAL_WORD and not _adverb_before_no(ctx, a + i, written):
            continue  # 「未承諾一斉送信」: 一斉 (all at once, 9.5 in a million words), a word of its own, no slip of 一切
        t = ctx.token_at(a + i)
        if t is not None and t.end > a + i + 1 and t.pos in ("動詞", "形容詞") and not _KANJI_CH.match(text[t.end - 1]):
            continue  # 防げない (防ぐ), not 妨げない: the kanji and its kana are a verb of their own
        if ctx.full.text.count(written) > _WRITTEN_ON_PURPOSE:
            continue  # (counted last: a scan of the whole text)
        seen.add((a, b))
        yield ctx.finding(
            "typo", (a + i, a + i + 1),
            f"「{written}」は、法令・契約の定型句「{phrase}」の「{phrase[i]}」が音や形の近い「{written[i]}」になったものと"
            "思われます。",
            f"「{written}」 is the set phrase 「{phrase}」 of laws and agreements with 「{phrase[i]}」 typed as "
            f"「{written[i]}」 (same reading or shape).",
            suggestion=phrase[i], severity="warning", excerpt=text[max(0, a - 4):b + 2])


_TEKI = re.compile("適")


def teki_as_homophone_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_TEKI):
        s = m.start()
        t = ctx.token_at(s)
        if t is None or t.start != s or t.end != s + 1 or t.pos != "名詞":
            continue  # 適用, 最適, 不適切: 適 inside a word MeCab knows
        a = _compound_around(text, s, s)[0]
        run = text[a:s]
        if not run or len(run) == 1 and not is_known_word(run + "的"):
            continue  # 技適 (an abbreviation), a kanji alone before it: 法的 is a word, 技的 none
        yield ctx.finding(
            "typo", (s, s + 1),
            f"「{text[a:s + 2]}」の「適」は、接尾辞「的」の変換の誤りと思われます（同じ読み「てき」。「{run}的」）。",
            f"「{run}適」: 適 after a noun is the suffix 的 mistyped (both read てき): 「{run}的」.",
            suggestion="的", severity="warning", excerpt=text[max(0, a - 4):s + 4])


# お客様, 皆様, 会員様: a form of address the document writes this often is its own
_ADDRESS = re.compile(r"[おご]?[\u4e00-\u9fff]{1,3}様")
_ADDRESS_STAPLE = 10


def address_slip_findings(ctx: Context):
    text = ctx.text
    forms = ctx.full.memo("typos.address_forms", lambda: Counter(_ADDRESS.findall(ctx.full.text)))
    staples = [f for f, n in forms.items() if n >= _ADDRESS_STAPLE]
    if not staples:
        return
    suffixes = _kanji_list("suffix_kanji.tsv")
    for staple in staples:
        for i, c in enumerate(staple):
            if not _KANJI_CH.match(c):
                continue
            like = "".join(sorted(k for k in similar_kanji(c) if not (i == len(staple) - 1 and k in suffixes)))
            if not like:
                continue  # (お客用: 用 makes a word of its own as a suffix, "for the customer")
            rx = re.compile(re.escape(staple[:i]) + f"[{re.escape(like)}]" + re.escape(staple[i + 1:]))
            for m in ctx.finditer(rx):
                written = m.group(0)
                a, b = m.span()
                if forms.get(written, 0) > 1 or (a and _KANJI_CH.match(text[a - 1]) and staple[0] not in "おご") \
                        or _KANJI_CH.match(text[b:b + 1]) or is_known_word(written):
                    continue  # (a form written twice is the document's; inside a longer compound it is another word)
                yield ctx.finding(
                    "typo", (a + i, a + i + 1),
                    f"「{written}」は、この文書で{forms[staple]}回使われている呼び方「{staple}」の「{c}」が音や形の近い"
                    f"「{written[i]}」になったものと思われます。",
                    f"「{written}」 is the document's form of address 「{staple}」 (written {forms[staple]} times) with "
                    f"「{c}」 typed as 「{written[i]}」 (same reading or shape).",
                    suggestion=c, severity="warning", excerpt=text[max(0, a - 4):b + 4])
