"""typo: misspellings found by statistics and by the characters themselves, not by a list of known strings.

Detectors, each stating its evidence and, where one follows, its correction:

1. **Look-alike characters.** A Kangxi radical (⽤ U+2F64), a CJK radical supplement character or a CJK
   compatibility ideograph in the source looks exactly like a kanji but is another character: text pasted
   from a PDF carries them, and search, diff and the reader's copy-paste then fail. Normalization folds
   them (so the other checks read the kanji), which is why this rule reads the source. Likewise a katakana
   among kanji or a kanji among katakana that looks the same (反社会的勢カ, エ事, 二ーズ) when swapping it
   makes a word MeCab knows and the text as written is none.
2. **Compounds that are not words.** Two kanji that MeCab cannot read as one word of its dictionary (法|機, or
   習要 taken whole as an unknown word) next to each other inside a compound, where changing one of them to a kanji with the same on reading, or with the same
   radical and nearly the same stroke count, gives a word that e-Gov law text uses (法機 → 法規). The model
   (pipeline/data/law_model.json.gz, built by ``python -m pipeline.cli.build_law_model``) holds the word counts
   and the Unihan readings and radicals. Kanji numerals, counters after them (二号中) and 第/同/各 prefixes are never compounds of this kind.
   A kanji MeCab reads as an affix (際|新, 代|象) counts as lone too, if the correction makes the clause read
   better by the margin of a kanji slip (5). Where law text has no such word (the model holds three laws:
   現実, 撮影, 改築 are not among their words), a word of MeCab's dictionary will do, with a far wider margin.
3. **Endings the document itself contradicts.** A clause ending whose last four kana law text never writes
   (されなし, のします), written once, where the document writes an ending one keystroke away at least three
   times (されない, のとします): the last kana changed (not a particle: ではない/できない are both Japanese;
   an inner change is as often another verb, かなうこと/ないこと) or an inner one dropped (ものします → ものとします).

4. **Kana slips inside a phrase.** A hiragana run with a 3-gram law text never writes (and the document
   writes once) where changing or putting back one kana makes 3-grams law text writes often, and MeCab's
   own model of Japanese (the cost of its best reading, from a cost-only tagger) finds the clause far more
   natural (にえいて → において, するけと → すること); or, for a dropped kana, the document itself writes
   the phrase with it at least five times (置くものし、 → 置くものとし、), or law text's drafting 4-grams vouch for
   it (できるものし → ものとし). A correction into law's staple phrases (について, により) needs a smaller margin.
5. **Kanji slips inside a compound.** A kanji that MeCab reads as a word of its own, whose pairs with both
   neighbours law text never writes and the document writes at most twice, and that becomes a word law text
   uses when changed to a kanji of the same on reading or radical (Unihan), with MeCab's cost falling by a
   wide margin (支払起限 → 支払期限, 弁更 → 変更). Numerals and their counters, and kanji that make a word
   with a neighbour as written (生|年月日), are left alone.
6. **A romaji letter left by the input method.** One lower-case consonant between a hiragana and Japanese
   text (賠償すr責任): the kana it stood for is not known, so no correction is offered.
7. **The document's own staples.** Where the law model cannot vouch, the document can: a pair of kanji, a
   kanji and its kana, or a katakana word it writes often (its staples: 組合員, 及び, ガーデンズ) beside a form
   written once that is one kanji of the same reading or shape, or one long-vowel mark, small tsu or small kana
   away (措合員, 九び, ガデンズ), even when the dictionary knows the rare form (措合, 成合); and, for kana slips
   in polite endings law text never writes (もほとします), the document's own frequent 3-grams. A word of the
   dictionary law text never writes, beside a pair the document writes only a few times, is a slip where the
   document writes that pair with the same neighbours (送信間数 among 送信件数 ×4, 同異を得 among 同意を得).

Recall and precision of 4 and 5 are measured by bench/bench_checks_planted.py (slips planted at random in
real documents; the findings on the documents as they are, read by hand).

Severity: look-alikes are errors (the text is wrong whatever it means); the statistical findings are
warnings. Everything the model does not know stays silent.
"""

from __future__ import annotations

import bisect
import gzip
import json
import re
import unicodedata
from collections import ChainMap, Counter
from functools import lru_cache

from . import DATA_DIR, Context, LineMemo, notation_canon, rule
from ..model import Finding
from ..tokens import is_known_word, tagged_line, tokenize
from .wording import compound_particle_findings

MODEL = DATA_DIR / "law_model.json.gz"


@lru_cache(maxsize=None)
def model() -> dict:
    with gzip.open(MODEL, "rt", encoding="utf-8") as fh:
        return json.load(fh)


# ------------------------------------------------------------------ 1. look-alike characters

_LOOKALIKE = re.compile("[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufad9]")


def _lookalike_findings(ctx: Context):
    src = ctx.doc.source.text
    offsets = ctx.doc.norm.offsets
    for m in _LOOKALIKE.finditer(src):
        ch = m.group(0)
        kanji = unicodedata.normalize("NFKC", ch)
        if kanji == ch or len(kanji) != 1:
            continue  # no kanji it stands for
        i = bisect.bisect_left(offsets, m.start())
        if i >= len(offsets) or offsets[i] != m.start():
            continue  # removed with page furniture
        name = unicodedata.name(ch, f"U+{ord(ch):04X}")
        yield ctx.finding(
            "typo", (i, i + 1),
            f"「{ch}」は漢字「{kanji}」と同じ形の別の文字（{name}、U+{ord(ch):04X}）です。"
            f"PDFからの貼り付けで混入しやすく、検索や照合で一致しません。",
            f"「{ch}」 is {name} (U+{ord(ch):04X}), a look-alike of the kanji 「{kanji}」 (typical of text pasted "
            f"from a PDF); search and comparison will not match it.",
            suggestion=kanji, severity="error",
            excerpt=src[max(0, m.start() - 6):m.end() + 6],
        )


# Katakana and kanji that look the same in most fonts: typed or OCR'd one for the other (反社会的勢カ, エ事, ロ座, 二ーズ).
_KANA_KANJI = {"カ": "力", "エ": "工", "ロ": "口", "ニ": "二", "ハ": "八", "タ": "夕", "ト": "卜", "ー": "一"}
_KANJI_KANA = {v: k for k, v in _KANA_KANJI.items()}
_KATA = re.compile(r"[\u30a1-\u30fa\u30fc]")
_KANJI_CH = re.compile(r"[\u4e00-\u9fff々]")
_IROHA = set("イロハニホヘト")
_IROHA_BEFORE = set("号イロハニホヘト")
_IROHA_AFTER = set("又及若並、，からま")
# ー and 一 are never swapped look-alikes (see below), so the scan skips them: the numeral 一 is everywhere in a law.
_KANA_SIDE = "".join(k for k in _KANA_KANJI if k != "ー")
_KANJI_SIDE = "".join(k for k in _KANJI_KANA if k != "一")
# a kanji of the pairs (二 is everywhere in a law) only next to a katakana: the regex, not Python, skips the rest
_SWAPPABLE = re.compile(
    f"[{_KANA_SIDE}]|[{_KANJI_SIDE}](?=[\u30a1-\u30fa\u30fc])|(?<=[\u30a1-\u30fa\u30fc])[{_KANJI_SIDE}]")


def _word_around(text: str, pos: int, char_class) -> tuple[int, int]:
    s = pos
    while s > 0 and char_class.match(text[s - 1]):
        s -= 1
    e = pos + 1
    while e < len(text) and char_class.match(text[e]):
        e += 1
    return s, e


def _swapped_findings(ctx: Context):
    """A lone katakana among kanji (勢カ → 勢力) or a lone kanji among katakana (二ーズ → ニーズ), where the swap
    makes a word MeCab knows and the text as written is not one."""
    text = ctx.text
    for m in _SWAPPABLE.finditer(text):
        p, c = m.start(), m.group(0)
        left, right = text[p - 1:p], text[p + 1:p + 2]
        if c in _KANA_KANJI and c != "ー":
            if _KATA.match(left) or _KATA.match(right) or not (_KANJI_CH.match(left) or _KANJI_CH.match(right)):
                continue  # part of a katakana word, or not next to any kanji
            other, cls = _KANA_KANJI[c], _KANJI_CH
        elif c in _KANJI_KANA and c != "一":
            if _KANJI_CH.match(left) or _KANJI_CH.match(right) or not (_KATA.match(left) or _KATA.match(right)):
                continue  # part of a kanji compound, or not next to katakana
            if c in "二八" and re.match(r"[0-9０-９〇一二三四五六七八九十]", left + right):
                continue
            other, cls = _KANJI_KANA[c], _KATA
        else:
            continue
        if c in _IROHA and (left in _IROHA_BEFORE or right in _IROHA_AFTER):
            continue  # 「同号イ若しくはニ又は」: an item label (イロハニ), not a word
        def fixed(a: int, b: int, p=p, other=other) -> str:  # text[a:b] with the swap (no copy of the whole text)
            return text[a:p] + other + text[p + 1:b] if a <= p < b else text[a:b]

        if cls is _KANJI_CH:  # the kanji compound it belongs to: 勢|カ → 勢力, エ|事 → 工事
            pairs = [(p - 1, p + 1), (p, p + 2)]
            if c in _IROHA:
                if _KANJI_CH.match(left):
                    continue  # 「額ロ自己株式」: an item label glued to the item before
                pairs = [(p, p + 2)]
            spans = [(a, b) for a, b in pairs if a >= 0 and b <= len(text) and all(_KANJI_CH.match(x) for x in fixed(a, b))]
            found = next(((a, b) for a, b in spans if _is_word(fixed(a, b)) and not _is_word(text[a:b])), None)
            if found is None:
                continue
            s, e = found
        else:
            s, e = _word_around(text, p, cls)  # the neighbours decide, not the character itself
            if e - s < 2 or not _is_word(fixed(s, e)) or _is_word(text[s:e]):
                continue
        word = fixed(s, e)
        kind_ja = "カタカナ" if c in _KANA_KANJI else "漢字"
        yield ctx.finding(
            "typo", (p, p + 1),
            f"「{text[s:e]}」の「{c}」は形の似た{kind_ja}です。「{word}」（「{other}」）の誤りと思われます。",
            f"「{c}」 in 「{text[s:e]}」 is a look-alike {'katakana' if c in _KANA_KANJI else 'kanji'}; 「{word}」 was meant.",
            suggestion=word, severity="error", excerpt=text[max(0, s - 4):e + 4],
        )


# ------------------------------------------------------------------ 2. compounds that are not words

_RUN = re.compile(r"[\u4e00-\u9fff々]{2,}")
_RUN_CH = re.compile(r"[\u4e00-\u9fff々]")
_NUMERAL = set("〇一二三四五六七八九十百千万億兆")
_PREFIXES = set("第同各")
_MIN_WORD = 2  # law text uses the correction at least this often


@lru_cache(maxsize=65536)
def _is_word(s: str) -> bool:
    """Is ``s`` one word of MeCab's dictionary? Not merely one token: MeCab groups a run of two kanji it does not
    know into one unknown word (習要, 掲裁), which is what a slip makes."""
    return is_known_word(s)


@lru_cache(maxsize=None)
def _by_reading() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for ch, (readings, _rad, _strokes) in model()["kanji"].items():
        for r in readings:
            out.setdefault(r, []).append(ch)
    return {k: tuple(v) for k, v in out.items()}


def _similar(a: str, b: str) -> str | None:
    kanji = model()["kanji"]
    if a not in kanji or b not in kanji:
        return None
    ra, rad_a, st_a = kanji[a]
    rb, rad_b, st_b = kanji[b]
    shared = set(ra) & set(rb)
    if shared:
        return f"同じ音読み（{sorted(shared)[0]}）"
    if rad_a == rad_b and abs(st_a - st_b) <= 1:
        return "同じ部首で字形が近い"
    return None


@lru_cache(maxsize=None)
def _words_by_char() -> tuple[dict[str, list[tuple[str, int]]], dict[str, list[tuple[str, int]]]]:
    """Two-kanji law words by their first and by their second kanji."""
    first: dict[str, list[tuple[str, int]]] = {}
    second: dict[str, list[tuple[str, int]]] = {}
    for w, c in model()["words"].items():
        if len(w) == 2 and c >= _MIN_WORD:
            first.setdefault(w[0], []).append((w, c))
            second.setdefault(w[1], []).append((w, c))
    return first, second


def _lone_noun(ctx: Context, pos: int) -> bool:
    """Is the kanji at ``pos`` a one-character noun of its own in the document's tokens (法|機), not part of
    a longer word, a suffix (的, 等, 中) or a prefix?"""
    t = ctx.token_at(pos)
    return t is not None and t.end - t.start == 1 and t.pos == "名詞"


def _unknown_pair(ctx: Context, pos: int) -> bool:
    """Does MeCab read the two kanji at ``pos`` as one unknown word (習要, 掲裁: its grouping of kanji it cannot
    read, at most two), not as a word of its dictionary?"""
    t = ctx.token_at(pos)
    return t is not None and t.start == pos and t.end == pos + 2 and not is_known_word(t.surface)


def _unlawful_pairs(ctx: Context) -> tuple[list[tuple[str, int, str]], Counter]:
    """Pairs of adjacent kanji inside a compound that law text never writes together, with where they are
    and the kanji before them, and how often the document writes each. Law text writes most pairs of a
    document, so this list is short: the pairs of the distinct compounds are collected (no Python loop
    over the whole text) and only those law text lacks are looked for."""
    def build():
        law_pairs = model()["kanji_pairs"]
        text = ctx.text
        runs = _runs(ctx)  # the distinct compounds: far fewer characters than the text
        pairs = {r[i:i + 2] for r in runs for i in range(len(r) - 1)}
        unlawful = sorted(p for p in pairs if p not in law_pairs)
        candidates: list[tuple[str, int, str]] = []
        if unlawful:
            # the first kanji of a pair, followed by one of its seconds: branches that start with a literal let
            # the regex engine skip ahead by a character set, where a lookahead at every position did not
            seconds: dict[str, str] = {}
            for p in unlawful:
                seconds[p[0]] = seconds.get(p[0], "") + p[1]
            rx = re.compile("|".join(f"{a}(?=[{b}])" for a, b in seconds.items()))
            for m in rx.finditer(text):
                i = m.start()
                before = text[i - 1] if i and _RUN_CH.match(text[i - 1]) else ""
                candidates.append((text[i:i + 2], i, before))
        return candidates, Counter(c[0] for c in candidates)
    return ctx.memo("typo.unlawful_pairs", build)


# a pair of kanji the document writes this often is its own word: a pair written once that is it with one kanji
# changed to one of the same reading or shape (役款 among 約款 ×40, 成合 among 場合) is a slip of it
_DOC_WORD = 5


def _runs(ctx: Context) -> Counter:
    """How often the document writes each compound (run of two kanji or more)."""
    return ctx.memo("typo.runs", lambda: Counter(_RUN.findall(ctx.text)))


def _doc_pair_counts(ctx: Context) -> Counter:
    """How often the document writes each pair of adjacent kanji inside a compound."""
    def build():
        counts: Counter = Counter()
        for run, n in _runs(ctx).items():
            for i in range(len(run) - 1):
                counts[run[i:i + 2]] += n
        return counts
    return ctx.memo("typo.doc_pairs", build)


def _doc_word_findings(ctx: Context, skip: list[tuple[int, int]]):
    """A pair of kanji law text never writes, written once, that is a pair the document itself writes at least
    _DOC_WORD times with one kanji changed to one of the same on reading or radical: 本役款 in a document of
    本約款, 送信間数 in one of 件数."""
    text = ctx.text
    candidates, doc_pairs = _unlawful_pairs(ctx)
    counts = None
    said = -1  # where the last finding ends: 理子長 is one slip, not 理子 and 子長 both
    for pair, s, before in candidates:
        if doc_pairs[pair] > 1 or s < said or any(a < s + 2 and s < b for a, b in skip):
            continue
        if pair[0] in _NUMERAL or pair[1] in _NUMERAL or before in _NUMERAL or _CONJUNCTIONS.intersection(pair):
            continue
        # 移行, 不通: a word of its own, which the document may well write once; unless the document's own word
        # is one of its staples (措合員 among 組合員 ×300, 当意 among 同意 ×40): the dictionary holds rare words
        # (措合, 当意) that law text never writes, and a slip into one of them is still a slip
        word_itself = _is_word(pair)
        if counts is None:
            counts = _doc_pair_counts(ctx)
            # the document's own words, by the kanji they keep of a slip: few, so each candidate looks at the
            # handful that share a kanji with it, not at every kanji like its own
            by_first: dict[str, list[str]] = {}
            by_second: dict[str, list[str]] = {}
            for q, n in counts.items():
                if n >= _DOC_WORD:
                    by_first.setdefault(q[0], []).append(q)
                    by_second.setdefault(q[1], []).append(q)
        best = None
        for q in by_second.get(pair[1], ()):  # the first kanji changed
            if q[0] in _similar_order(pair[0]) and (best is None or (counts[q], q) > best[:2]):
                best = (counts[q], q, pair[0], q[0])
        for q in by_first.get(pair[0], ()):  # the second kanji changed
            if q[1] in _similar_order(pair[1]) and (best is None or (counts[q], q) > best[:2]):
                best = (counts[q], q, pair[1], q[1])
        if best is None or (word_itself and (best[0] < _DOC_STAPLE or not _is_word(best[1]))):
            continue  # (本役 → 本約: a staple pair of 本約款 but no word; the slip is 役款 → 約款)
        n, word, wrong, right = best
        if _reading_gain(ctx, s, s + 2, word) < _DOC_WORD_GAIN:
            continue  # the change does not make the clause read better: two words, not a slip
        said = s + 2
        yield _staple_finding(ctx, (s, s + 2), pair, "字の組合せ", wrong, right, word, n, suggestion=word,
                              excerpt_end=s + 6)


# A pair law text never writes, written once (a word of the dictionary: 当意, 間数, 同異; or none: 一債), one kanji
# of the same reading or shape away from a pair the document writes at least _DOC_NEAR times, and written where
# the document writes that pair with the same two characters before or after it (送信間数 among 送信件数 ×4,
# 同異を得 among 同意を得, 一債の責 among 一切の責): the document's own phrase vouches for the slip where the pair
# alone is too rare a staple (_DOC_STAPLE), and for a numeral's pair, which the other detectors leave alone
# (counters: 二号, 三倍). MeCab must read the clause better by _DOC_CONTEXT_GAIN: on the corpus only 付属 among
# 附属施設 (a house style) and 電機 among 電気通信 (a real slip) have such a phrase beside them, gaining 0 and
# 1,000; planted slips 2,700-6,800.
_DOC_NEAR = 3
_DOC_CONTEXT_GAIN = 2500
_HIRAGANA_CH = re.compile("[ぁ-ゖ]")
# up to this many pairs to weigh, the document's pairs that share a kanji with each are counted by two scans of
# the text, not by counting every pair of every compound (law text has a handful; terms have hundreds)
_FEW_PAIRS = 8


def _doc_context_findings(ctx: Context, skip: list[tuple[int, int]]):
    text = ctx.text
    candidates, doc_pairs = _unlawful_pairs(ctx)
    rest = []
    for pair, s, before in candidates:
        if doc_pairs[pair] > 1 or any(a < s + 2 and s < b for a, b in skip):
            continue
        if before in _NUMERAL or pair[1] in _NUMERAL or _CONJUNCTIONS.intersection(pair):
            continue
        if pair[0] in _NUMERAL and not _HIRAGANA_CH.match(text[s - 1:s]):
            continue  # 五公告: an item's number glued to its text (e-Gov), or a number counted (第三者)
        rest.append((pair, s))
    if not rest:
        return
    counts: Counter | None = None
    by_first: dict[str, list[str]] = {}
    by_second: dict[str, list[str]] = {}
    if len(rest) > _FEW_PAIRS:  # the document's pairs by the kanji a slip keeps
        counts = _doc_pair_counts(ctx)
        for q, n in counts.items():
            if n >= _DOC_NEAR:
                by_first.setdefault(q[0], []).append(q)
                by_second.setdefault(q[1], []).append(q)
    for pair, s in rest:
        if len(rest) <= _FEW_PAIRS:  # law text has a few (五公開会社: item numbers glued): two scans each
            x, y = re.escape(pair[0]), re.escape(pair[1])
            counts = Counter(pair[0] + m.group(1) for m in re.finditer(f"{x}(?=([\u4e00-\u9fff々]))", text))
            counts.update(text[i - 1] + pair[1] for i in (m.start() for m in re.finditer(y, text))
                          if i and _RUN_CH.match(text[i - 1]))
            counts[pair[0] + pair[1]] //= 2  # (the pair itself, found by both scans)
            by_first = {pair[0]: [q for q, n in counts.items() if n >= _DOC_NEAR and q[0] == pair[0]]}
            by_second = {pair[1]: [q for q, n in counts.items() if n >= _DOC_NEAR and q[1] == pair[1]]}
        line_start, line_end = ctx.line_span(s)
        left = text[max(line_start, s - 2):s]
        right = text[s + 2:min(line_end, s + 4)]
        best = None
        twins = [(q, pair[0], q[0]) for q in by_second.get(pair[1], ()) if q[0] in _similar_order(pair[0])]
        twins += [(q, pair[1], q[1]) for q in by_first.get(pair[0], ()) if q[1] in _similar_order(pair[1])]
        for q, wrong, right_k in twins:
            if not _is_word(q) or (gain := _reading_gain(ctx, s, s + 2, q)) < _DOC_CONTEXT_GAIN:
                continue  # (MeCab first: it costs less than a count over a long text)
            beside = max(text.count(left + q) if len(left) == 2 else 0,
                         text.count(q + right) if len(right) == 2 else 0)
            if beside and (best is None or (beside, counts[q]) > best[:2]):
                best = (beside, counts[q], q, wrong, right_k, gain)
        if best is None:
            continue
        beside, n, word, wrong, right_k, gain = best
        phrase = left + word if text.count(left + word) == beside and len(left) == 2 else word + right
        how = _similar(wrong, right_k) or "字形が近い"
        skip.append((s, s + 2))
        yield ctx.finding(
            "typo", (s, s + 2),
            f"「{pair}」はこの文書でここだけの字の組合せで、法令文にも現れません。「{wrong}」を{how}「{right_k}」にした"
            f"「{word}」はこの文書で{n}回使われ、同じ並びの「{phrase}」も{beside}回書かれています。",
            f"「{pair}」 is written only here and never in e-Gov law text; with 「{right_k}」 (similar reading or "
            f"shape) for 「{wrong}」 it is 「{word}」, which the document writes {n} times, {beside} of them as "
            f"「{phrase}」 (MeCab path cost {gain} lower).",
            suggestion=word, severity="warning", excerpt=text[max(line_start, s - 4):s + 6],
        )


def _staple_finding(ctx: Context, span: tuple[int, int], written: str, what: str, wrong: str, right: str,
                    staple: str, n: int, suggestion: str, excerpt_end: int, gain: int | None = None) -> Finding:
    """「written」 is written only here (a ``what``: 字の組合せ, 書き方); with ``right`` for ``wrong`` it is the
    document's staple, written n times."""
    s = span[0]
    how = _similar(wrong, right) or "字形が近い"
    cost = f" (MeCab path cost {gain} lower)" if gain is not None else ""
    return ctx.finding(
        "typo", span,
        f"「{written}」はこの文書でここだけの{what}です。「{wrong}」を{how}「{right}」にした「{staple}」は"
        f"この文書で{n}回使われています。",
        f"「{written}」 is written only here; with 「{right}」 (similar reading or shape) for 「{wrong}」 it is "
        f"「{staple}」, which the document writes {n} times{cost}.",
        suggestion=suggestion, severity="warning", excerpt=ctx.text[max(ctx.line_span(s)[0], s - 4):excerpt_end],
    )


_DOC_WORD_GAIN = 1000
# a pair the document writes this often is a staple of it: one written once beside it with one kanji of the same
# reading or shape changed is a slip even if the dictionary knows it
_DOC_STAPLE = 20
_CONJUNCTIONS = set("又及並若且")  # 敷地又は: a conjunction glued to the noun before it, no compound


# MeCab's path cost must fall by this much when the correction is a word of MeCab's dictionary that law text does
# not vouch for (the law model holds three laws: 現実, 改築, 撮影 are not among their words): planted slips gain
# 8,300–10,900 (理実 → 現実, 回築 → 改築, 撤影 → 撮影); the corpus's own pairs that pass the same gates at most
# 7,100 (全棟 read as 全通: any common kanji for a rare one gains that much).
_MECAB_FIX_GAIN = 8000
# the kanji of a pair that is not a word: a one-character noun, or an affix MeCab falls back on for a kanji it
# cannot join to its neighbour (際|新, 暴力団|因, 代|象); the affixes need the reading gain of a kanji slip
_LONE_POS = {"名詞", "接尾辞", "接頭辞"}


def _lone_kanji(ctx: Context, pos: int) -> bool:
    t = ctx.token_at(pos)
    return t is not None and t.end - t.start == 1 and t.pos in _LONE_POS


def _dictionary_fix(ctx: Context, s: int, pair: str) -> tuple[int, str, str, str] | None:
    """(gain, word, wrong, right) of the change of one kanji of ``pair`` (at ``s``) to one of the same reading or
    shape that makes a word of MeCab's dictionary and makes the clause read best to MeCab, or None."""
    best = None
    for i in (0, 1):
        for k in sorted(_similar_kanji(pair[i])):
            word = pair[:i] + k + pair[i + 1:]
            if _is_word(word):
                gain = _reading_gain(ctx, s, s + 2, word)
                if best is None or gain > best[0]:
                    best = (gain, word, pair[i], k)
    return best


def _compound_findings(ctx: Context, skip: list[tuple[int, int]] | None = None, affixes: bool = False):
    """The pairs that are no word, read as two one-kanji nouns or one unknown word; with ``affixes``, those read with
    an affix instead, away from the places in ``skip`` (where the kanji-slip detector has spoken: 支払|起|限 is its
    case, with the whole compound as the correction)."""
    text = ctx.text
    words = model()["words"]
    first, second = _words_by_char()
    # the first pass leaves the pairs it does not take to the affix pass
    left_over: list[tuple[str, int]] = ctx.memo("typo.affix_pairs", list)
    if not affixes:
        left_over.clear()  # (a context the rule runs on again)
    if affixes:
        candidates = [(pair, s, "") for pair, s in left_over]
    else:
        candidates, doc_pairs = _unlawful_pairs(ctx)
    doc_counts = None
    for pair, s, before in candidates:
        x, y = pair
        if not affixes:
            if pair in words or x in _NUMERAL or y in _NUMERAL or before in _NUMERAL or x == "第":
                continue  # 第 is always the number's
            if doc_pairs[pair] > 2:
                continue  # the document's own word, written on purpose
            if _is_word(pair):
                continue
            # 同, 各 before a one-kanji noun (同法, 各号) are no compound of this kind, unless the reading gain of
            # the affix pass vouches for a correction (各|輸 → 各種)
            if x in _PREFIXES or not (_lone_noun(ctx, s) and _lone_noun(ctx, s + 1) or _unknown_pair(ctx, s)):
                left_over.append((pair, s))
                continue
        # the kanji belong to words MeCab knows (一時|的, 公務員|法): not a broken compound
        elif not (_lone_kanji(ctx, s) and _lone_kanji(ctx, s + 1)):
            continue
        if skip and any(a < s + 2 and s < b for a, b in skip):
            continue  # (skip grows with this pass's own findings: 暴力|団|因 is one slip)
        plain = not affixes
        fixes = [(c, w, how, y, w[1]) for w, c in first.get(x, ())  # keep x, change y
                 if w[1] != y and (how := _similar(y, w[1]))]
        fixes += [(c, w, how, x, w[0]) for w, c in second.get(y, ())  # change x, keep y
                  if w[0] != x and (how := _similar(x, w[0]))]
        if fixes:
            if len(fixes) > 1 and doc_counts is None:
                doc_counts = _doc_pair_counts(ctx)
            # the law word the document itself writes often first (利容 in a document of 利用 ×100 is 利用, though
            # law text writes 利害 more), then the law word law text writes most; ties: the first found
            c, word, how, wrong, right = max(fixes, key=lambda f: (len(fixes) > 1 and doc_counts[f[1]] >= _DOC_WORD, f[0]))
            if plain or _reading_gain(ctx, s, s + 2, word) >= _KANJI_GAIN:
                if skip is not None:
                    skip.append((s, s + 2))
                yield ctx.finding(
                    "typo", (s, s + 2),
                    f"「{pair}」は語として成り立ちません。「{wrong}」を{how}「{right}」にした「{word}」"
                    f"（法令文で{c}回使用）の誤りと思われます。",
                    f"「{pair}」 is not a word; 「{word}」 (used {c} times in e-Gov law text; 「{right}」 has "
                    f"{'the same on reading as' if '音読み' in how else 'the radical and nearly the shape of'} 「{wrong}」) "
                    f"was probably meant.",
                    suggestion=word, severity="warning",
                    excerpt=text[max(0, s - 4):s + 6],
                )
                continue
        # law text does not vouch for a correction: MeCab's dictionary and its model of Japanese must, by a wide margin
        found = _dictionary_fix(ctx, s, pair)
        if found is None or found[0] < _SURE_GAIN:
            continue
        gain, word, wrong, right = found
        a, b = s, s + 2
        while a > 0 and _RUN_CH.match(text[a - 1]):
            a -= 1
        while b < len(text) and _RUN_CH.match(text[b]):
            b += 1
        # ... or by the margin of a sure kana slip where the document writes the corrected compound elsewhere
        # (暴力団因 beside 暴力団員)
        whole = text[a:s] + word + text[s + 2:b]
        if gain < _MECAB_FIX_GAIN and not (b - a > 2 and whole in text):
            continue
        how = _similar(wrong, right) or "字形が近い"
        written = b - a > 2 and whole in text
        if skip is not None:
            skip.append((s, s + 2))
        yield ctx.finding(
            "typo", (s, s + 2),
            f"「{pair}」は語として成り立ちません。「{wrong}」を{how}「{right}」にした「{word}」なら辞書にある語で、"
            f"形態素解析上も文がずっと自然に読めます" + (f"（この文書は他の箇所で「{whole}」と書いています）。" if written else "。"),
            f"「{pair}」 is not a word; 「{word}」 (「{right}」 for 「{wrong}」, similar reading or shape) is a word of "
            f"MeCab's dictionary and makes the clause read far better to MeCab (path cost {gain} lower)"
            + (f"; the document writes 「{whole}」 elsewhere." if written else "."),
            suggestion=word, severity="warning",
            excerpt=text[max(0, s - 4):s + 6],
        )


def _similar_kanji(c: str) -> set[str]:
    """Kanji a writer slips into for ``c``: the same on reading (a conversion slip), or the same radical with
    nearly the same strokes (a look-alike), as the Unihan tables of the law model say."""
    kanji = model()["kanji"]
    if c not in kanji:
        return set()
    readings, rad, strokes = kanji[c]
    out = {x for r in readings for x in _by_reading().get(r, ())}
    out |= {x for x, st in _by_radical().get(rad, ()) if abs(st - strokes) <= 1}
    out.discard(c)
    return out


@lru_cache(maxsize=None)
def _by_radical() -> dict[int, tuple[tuple[str, int], ...]]:
    out: dict[int, list[tuple[str, int]]] = {}
    for ch, (_readings, rad, strokes) in model()["kanji"].items():
        out.setdefault(rad, []).append((ch, strokes))
    return {k: tuple(v) for k, v in out.items()}


# MeCab's path cost must fall by this much when the kanji is corrected (with 8 characters before and 4
# after): planted slips gain 3,000 and more; a right compound that law text happens not to use (重過失,
# 双方向性) gains at most 3,400 with its best "correction".
_KANJI_GAIN = 3500
# When MeCab does not read the kanji alone (it is taken into a verb, a suffix or a longer token), planted
# slips still gain 9,000–19,000 (選住 → 選任, 提併 → 提供, 防衛耐臣 → 大臣); the right compounds measured gain
# at most 6,300 (生年月日 as 成年月日, before the word test below removed it).
_KANJI_GAIN_UNSPLIT = 8000
_AFFIX = {"接尾辞", "接頭辞", "助詞", "接続詞"}


# The versions of a document repeat its compounds: the best correction of a kanji depends only on the
# compound and the kanji's place in it (and on the law model, fixed for the process), so it is worked out once.
_KANJI_FIXES = LineMemo()


def _kanji_fix(run: str, i: int) -> tuple[int, str, str] | None:
    """(law count, kanji, word) of the best correction of run[i], or None."""
    words = model()["words"]
    order = _similar_order(run[i])
    left = run[i - 1] if i > 0 else ""
    right = run[i + 1] if i + 1 < len(run) else ""
    first, second = _words_by_char()
    # every (law count, kanji, pair) a change can make, found from the law words next to the kanji's
    # neighbours; most used first, MeCab is asked whether a pair is a word only until one is, which is the
    # best correction (ties: the first similar kanji, as listed)
    found = []
    if left:
        found += [(-n, order[w[1]], w[1], w) for w, n in first.get(left, ()) if w[1] in order]
    if right:
        found += [(-n, order[w[0]], w[0], w) for w, n in second.get(right, ()) if w[0] in order]
    found.sort(key=lambda f: (f[0], f[1]))
    for neg, _xi, x, a in found:
        if _is_word(a):
            new = [p for p in (left + x, x + right) if len(p) == 2]
            return -neg, x, next(b for b in new if words.get(b, 0) == -neg)
    return None


@lru_cache(maxsize=4096)
def _similar_order(c: str) -> dict[str, int]:
    """The kanji like ``c`` (same reading or shape), each with its rank among them: code point order, so
    that two corrections used equally often in law text are chosen the same way in every run."""
    return {x: k for k, x in enumerate(sorted(_similar_kanji(c)))}


def _kanji_slip_findings(ctx: Context, skip: list[tuple[int, int]]):
    """A kanji that MeCab reads as a word of its own inside a compound, whose pairs with both neighbours law
    text never writes (支払|起|限, 弁|更), and that becomes a word law text uses when changed to a kanji of the
    same reading or shape (期限, 変更), making the clause read better to MeCab by a wide margin."""
    text = ctx.text
    candidates, doc_pairs = _unlawful_pairs(ctx)
    rare = {pos for pair, pos, _ in candidates if doc_pairs[pair] <= 2}  # where a rare unlawful pair starts
    done = -1
    for p in sorted({q for pos in rare for q in (pos, pos + 1)}):
        # the kanji at p: every pair it makes with a kanji neighbour is rare and unlawful
        left, right = _KANJI_CH.match(text[p - 1:p] or " "), _KANJI_CH.match(text[p + 1:p + 2] or " ")
        if (left and p - 1 not in rare) or (right and p not in rare) or p <= done:
            continue
        c = text[p]
        if c in _NUMERAL or text[p - 1:p] in _NUMERAL or text[p + 1:p + 2] in _NUMERAL:
            continue  # a numeral and its counter (二重, 三倍) are no compound of this kind
        s, e = p, p + 1
        while s > 0 and _RUN_CH.match(text[s - 1]):
            s -= 1
        while e < len(text) and _RUN_CH.match(text[e]):
            e += 1
        run, i = text[s:e], p - s
        if any(a < e and s < b for a, b in skip):
            continue
        t = ctx.token_at(p)
        if t is None:
            continue
        # a kanji MeCab reads as a word of its own is the clear case; one it reads inside a longer token or as
        # an affix (提|併す, 防衛|耐|臣: the slip itself misleads the tagger) needs a wider margin below
        alone = t.end - t.start == 1 and t.pos not in _AFFIX
        if any(_is_word(a) for a in (text[p - 1:p + 1], text[p:p + 2]) if _RUN.fullmatch(a)):
            continue  # 生年|月日 read as 生|年月日: the kanji makes a word with its neighbour as written
        best = _KANJI_FIXES.get((run, i), lambda run=run, i=i: _kanji_fix(run, i))
        if best is None:
            continue
        n, x, word = best
        fixed = run[:i] + x + run[i + 1:]
        gain = _reading_gain(ctx, s, e, fixed)
        if gain < (_KANJI_GAIN if alone else _KANJI_GAIN_UNSPLIT):
            continue
        line_start = ctx.line_span(s)[0]
        how = _similar(c, x) or "字形が近い"
        done = e
        yield ctx.finding(
            "typo", (p, p + 1),
            f"「{run}」の「{c}」は前後の字と法令文で結び付かない字です。{how}の「{x}」にすると法令文で{n}回使われている"
            f"「{word}」になり、文も自然に読めます。",
            f"「{c}」 in 「{run}」 forms no pair law text writes with its neighbours; 「{x}」 (similar reading or shape) "
            f"makes 「{word}」, used {n} times in e-Gov law text, and a clause MeCab reads far better (cost {gain} lower).",
            suggestion=fixed, severity="warning", excerpt=text[max(line_start, s - 4):e + 4],
        )


# ------------------------------------------------------------------ 3. endings the document contradicts

_ENDING = re.compile(r"(?<=[ぁ-ゖ])[。、）)」\n]")
_KANA4 = re.compile(r"[ぁ-ゖ]{4}")
_PARTICLES = set("はがをにともでへのや")
_MIN_CONVENTION = 3
# An ending written this many times at most can still be a slip, if the document writes the usual ending
# _SLIP_RATIO times as often for each (a drafter who drops と in ものとします may do it twice in 60).
_MAX_SLIPS = 3
_SLIP_RATIO = 10


def _one_slip(written: str, usual: str) -> bool:
    """``written`` is ``usual`` with its last kana changed (not a particle) or one inner character dropped."""
    if len(written) == len(usual):
        # the last kana changed: されなし for されない (an inner change is as often another verb: かなう/ない)
        return (written[:-1] == usual[:-1] and written[-1] != usual[-1]
                and written[-1] not in _PARTICLES and usual[-1] not in _PARTICLES)
    if len(written) + 1 == len(usual):
        return any(usual[:i] + usual[i + 1:] == written for i in range(1, len(usual) - 1))
    return False


def _times(n: int) -> str:
    return "1回だけ" if n == 1 else f"{n}回だけ"


def _times_en(n: int) -> str:
    return "once" if n == 1 else f"{n} times only"


def _ending_findings(ctx: Context):
    text = ctx.text
    kana4 = model()["kana4"]
    ends = [m.start() for m in _ENDING.finditer(text)]
    # endings whose last four kana law text never writes: few, so the document's tails are counted only then
    odd = [b for b in ends if text[b - 4:b] not in kana4 and _KANA4.fullmatch(text[b - 4:b])]
    if not odd:
        return
    tails: Counter = Counter()
    for b in ends:
        for k in (4, 5, 6):
            tails[text[b - k:b]] += 1
    usual_tails = [(t, c) for t, c in tails.items() if c >= _MIN_CONVENTION and re.fullmatch(r".*[ぁ-ゖ]{3}", t)]
    for b in odd:
        if tails[text[b - 5:b]] > _MAX_SLIPS:
            continue
        best = None
        for k in (4, 5, 6):
            written = text[b - k:b]
            for usual, c in usual_tails:
                if usual[0] == written[0] and _one_slip(written, usual) and (best is None or c > best[0]):
                    best = (c, usual, written)
        if best is None or 1 < tails[text[b - 5:b]] and tails[text[b - 5:b]] * _SLIP_RATIO > best[0]:
            continue  # written twice, the usual ending must be far more usual (ものします ×2 beside ものとします ×62)
        c, usual, written = best
        n = tails[text[b - 5:b]]
        start = b - len(written)
        tok = ctx.token_at(start)
        head = text[tok.start:start] if tok is not None and tok.start < start else ""
        yield ctx.finding(
            "typo", (start - len(head), b),
            f"「{written}」は法令文に現れない語尾で、この文書では{_times(n)}です。この文書で{c}回使われている"
            f"「{usual}」の誤りと思われます。",
            f"「{written}」 is an ending e-Gov law text never writes and this document writes {_times_en(n)}; the "
            f"document writes 「{usual}」 {c} times.",
            suggestion=head + usual, severity="warning",
            excerpt=text[max(0, b - 12):b + 1],
        )


# ------------------------------------------------------------------ 4. kana slips inside a phrase

_KANA_RUN = re.compile(r"[ぁ-ゖ]{3,}")
# a kana 4-gram law text writes this often (in the model's count) is a drafting phrase (ものとし 80, るものと 176)
_LAW_PHRASE4 = 50
_HIRAGANA = [chr(c) for c in range(0x3041, 0x3094)]
_MIN_FIX = 30  # every kana 3-gram the correction makes occurs at least this often in law text
# MeCab's path cost (its own model of Japanese: word costs and connection costs) must fall when the kana is
# corrected. Measured with 12 characters of context: slips gain 3,200–12,500 (にえいて, するけと, あれとき,
# としは, かかわりず, についでは); right but rare spellings up to 4,300 (をえて, はかかる, 申込のあった,
# 一にでも, 届出をしていないが). So a gain above _SURE_GAIN is enough, and one above _MIN_GAIN needs a second
# witness: the corrected run written elsewhere in the document, or its kana common in law text.
_SURE_GAIN, _MIN_GAIN = 5000, 3000
_COMMON_FIX = 500
# ... or, when the kana changed is inside a word (すること written するそと, かかわらず written かかわりず), its
# 3-grams at least _INSIDE_WORD_FIX times: one particle for another (申込のあった / があった, 皆様はかかる /
# にかかる) is grammar both ways, and only a clear MeCab verdict reports it.
_INSIDE_WORD_FIX = 200


def _particle_for_particle(left: str, run: str, new: str, a: int, b: int) -> bool:
    """Is the kana changed at run[a:b] a particle of its own, and its replacement one too?"""
    if a == b:
        return False  # a kana put back, not changed
    def particle(s: str) -> bool:
        pos = len(left) + a
        t = next((t for t in tokenize(left + s) if t.start <= pos < t.end), None)
        return t is not None and t.end - t.start == 1 and t.pos == "助詞"
    return particle(run) and particle(new)


# A dropped kana (ものし for ものとし) often makes MeCab no unhappier (もの|し|ます reads fine), so the
# document's own usage decides: the kana around the gap, with the dropped one back, written this often.
_DOC_CONVENTION = 5
@lru_cache(maxsize=None)
def _kana3() -> dict[str, int]:
    k3 = model().get("kana3")
    if k3 is not None:
        return k3
    out: Counter = Counter()  # a model built before kana3 was added: the 3-grams inside its 4-grams
    for g, c in model()["kana4"].items():
        out[g[:3]] += c
        out[g[1:]] += c
    return dict(out)


_COST_TAGGER: list = [None, None]


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


@lru_cache(maxsize=None)
def _common_kana3() -> tuple[dict, dict, dict]:
    """The kana that can complete a 3-gram law text writes at least _MIN_FIX times, given its other two:
    (by the first two, by the outer two, by the last two)."""
    first: dict[str, set[str]] = {}
    outer: dict[str, set[str]] = {}
    last: dict[str, set[str]] = {}
    for g, n in _kana3().items():
        if n >= _MIN_FIX and len(g) == 3:
            first.setdefault(g[:2], set()).add(g[2])
            outer.setdefault(g[0] + g[2], set()).add(g[1])
            last.setdefault(g[1:], set()).add(g[0])
    return first, outer, last


def _kana_edits(run: str, lo: int, hi: int, index: tuple[dict, dict, dict] | None = None):
    """One kana changed at lo…hi, or one inserted there. Only kana that make a common 3-gram with the kana
    written before or after them are tried: any other edit leaves a rare 3-gram through the slip. ``index``:
    the 3-grams taken as common (law text's, by default), as _common_kana3 gives them."""
    first, outer, last = index or _common_kana3()

    def allowed(before: str, after: str):
        sets = []
        if len(before) == 2:
            sets.append(first.get(before, ()))
        if before and after:
            sets.append(outer.get(before[-1] + after[0], ()))
        if len(after) == 2:
            sets.append(last.get(after, ()))
        if not sets:
            return _HIRAGANA
        ok = set(sets[0]).intersection(*sets[1:])
        return [k for k in _HIRAGANA if k in ok]

    for p in range(lo, hi + 1):
        for k in allowed(run[max(0, p - 2):p], run[p + 1:p + 3]):
            if k != run[p]:
                yield run[:p] + k + run[p + 1:], p, p + 1
    for p in range(max(lo, 1), hi + 2):
        for k in allowed(run[max(0, p - 2):p], run[p:p + 2]):
            yield run[:p] + k + run[p:], p, p


# The candidate corrections of a kana run depend on the run, the span where the slip lies and the law
# model only; the versions of a document repeat their odd runs, so they are listed once.
_KANA_FIXES = LineMemo()


def _kana_fixes(run: str, lo: int, hi: int, k3, index: tuple[dict, dict, dict] | None = None
                ) -> tuple[tuple[int, str, int, int], ...]:
    """(score, corrected run, a, b) of every edit whose 3-grams ``k3`` counts at least _MIN_FIX times (law
    text's counts; with ``index``, those and the document's own, as _known_kana3 gives them)."""
    edits = []
    for new, a, b in _kana_edits(run, lo, hi, index):
        grams = [new[i:i + 3] for i in range(max(0, a - 2), min(b, len(new) - 3) + 1)]
        if not grams:
            continue
        score = min(k3.get(g, 0) for g in grams)
        if score < _MIN_FIX:
            continue
        edits.append((score, new, a, b))
    return tuple(edits)


_TRUSTED_POS = {"接続詞", "連体詞", "動詞", "形容詞", "助動詞"}


def _inside_known_words(left: str, run: str, right: str, unseen: list[int]) -> bool:
    """Does every 3-gram law text never writes lie inside one word of three kana or more that MeCab's dictionary
    knows as a conjunction, adnominal or inflecting word (あるいは, いわゆる, うかがう)? The law model knows law text
    only; terms are written in everyday Japanese too, and such a word is no slip. A slip breaks words
    (に|え|い|て, の|おい|て) or makes one MeCab does not know (なしもの). Hiragana nouns and adverbs are not
    trusted: the dictionary holds so many (onomatopoeia above all) that a slip makes one as easily as it makes
    nothing (ことを written ことり, the adverb of a clink)."""
    toks, known = tagged_line(left + run + right)
    base = len(left)
    return all(any(k and t.pos in _TRUSTED_POS and t.start <= base + i and base + i + 3 <= t.end and t.end - t.start >= 3
                   for t, k in zip(toks, known)) for i in unseen)


# A correction into law text's staple phrases (について, において, により, ことが: each 3-gram 1,400 times or more
# in the model) needs less of MeCab: a slip beside them (にづいて, のおいては) gains 1,600–2,400; on the corpus,
# the right text that a correction gains 1,000–3,000 on corrects into rarer 3-grams (1,170 and fewer).
_STAPLE_FIX = 1400
_STAPLE_GAIN = 1500


def _known_kana3(in_doc: Counter) -> tuple[ChainMap, tuple[dict, dict, dict]]:
    """Law text's common kana 3-grams with those the document writes _DOC_CONVENTION times or more added: their
    counts (a document's frequent 3-gram counts as common) and their index, as _kana_fixes takes them."""
    mine = {g: _MIN_FIX for g, n in in_doc.items() if n >= _DOC_CONVENTION}
    first, outer, last = (dict((k, set(v)) for k, v in d.items()) for d in _common_kana3())
    for g in mine:
        first.setdefault(g[:2], set()).add(g[2])
        outer.setdefault(g[0] + g[2], set()).add(g[1])
        last.setdefault(g[1:], set()).add(g[0])
    return ChainMap(mine, _kana3()), (first, outer, last)


def _polite_fix(run: str, lo: int, hi: int, known: tuple[ChainMap, tuple[dict, dict, dict]], left: str,
                right: str) -> tuple[int, str] | None:
    """(gain, corrected run) of the best one-kana change or insertion at lo…hi whose 3-grams are each common in
    law text or written _DOC_CONVENTION times in the document, when MeCab reads it better by _SURE_GAIN at
    least; else None."""
    fixes = _kana_fixes(run, lo, hi, *known)
    if not fixes:
        return None
    before = _path_cost(left + run + right)
    gain, new = max((before - _path_cost(left + new + right), new) for _, new, _, _ in fixes)
    return (gain, new) if gain >= _SURE_GAIN else None


def _slip_cluster(unseen: list[int]) -> list[int] | None:
    """The one run of two or more consecutive indices among ``unseen`` (sorted), the others standing alone;
    else None."""
    clusters: list[list[int]] = []
    for i in unseen:
        if clusters and i == clusters[-1][-1] + 1:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    wide = [c for c in clusters if len(c) >= 2]
    return wide[0] if len(wide) == 1 else None


def _kana_slip_findings(ctx: Context, skip: list[tuple[int, int]]):
    text = ctx.text
    k3 = _kana3()
    kana4 = model()["kana4"]
    # runs with a 3-gram law text never writes: few, so where they are and the document's own counts are
    # taken only if there are any
    odd_runs = {r for r in set(_KANA_RUN.findall(text)) if any(r[i:i + 3] not in k3 for i in range(len(r) - 2))}
    if not odd_runs:
        return
    runs = [(m.start(), m.group(0)) for m in _KANA_RUN.finditer(text)]
    odd = [(s, run) for s, run in runs if run in odd_runs]
    in_doc: Counter = Counter(r[i:i + 3] for _, r in runs for i in range(len(r) - 2))
    doc4: Counter = Counter(r[i:i + 4] for _, r in runs for i in range(len(r) - 3))
    doc_known = None  # made when a run needs the document's own 3-grams
    for s, run in odd:
        unseen = [i for i in range(len(run) - 2) if run[i:i + 3] not in k3 and in_doc[run[i:i + 3]] <= 1]
        if not unseen:
            continue
        lo, hi = max(unseen), min(unseen) + 2  # one slip lies in every 3-gram law text never writes
        if lo > hi:
            # terms speak politely (できません, ください), which law text never does: a lone 3-gram of that kind
            # away from the slip is no second slip. The slip is where 3-grams law text never writes cluster (a
            # kana slipped inside a run breaks two or three in a row); there must be exactly one such cluster.
            unseen = _slip_cluster(unseen)
            if unseen is None:
                continue
            lo, hi = max(unseen), min(unseen) + 2
        if any(a < s + len(run) and s < b for a, b in skip):
            continue
        line_start, line_end = ctx.line_span(s)
        left = text[max(line_start, s - 12):s]
        right = text[s + len(run):min(line_end, s + len(run) + 8)]
        if _inside_known_words(left, run, right, unseen):
            continue
        edits = _KANA_FIXES.get((run, lo, hi), lambda run=run, lo=lo, hi=hi: _kana_fixes(run, lo, hi, k3))
        dropped = law_dropped = None
        for score, new, a, b in edits:
            if a == b and len(run) >= 4:  # a kana put back: is that how the document writes it everywhere else?
                around = [new[i:i + 3] for i in range(max(0, a - 2), min(a, len(new) - 3) + 1)]
                gap = [run[i:i + 4] for i in range(max(0, a - 3), min(a - 1, len(run) - 4) + 1)]
                if not (gap and all(g not in kana4 and doc4[g] <= 1 for g in gap)):
                    continue
                if around and min(in_doc[g] for g in around) >= _DOC_CONVENTION:
                    n = min(in_doc[g] for g in around)
                    if dropped is None or n > dropped[0]:
                        dropped = (n, new)
                    continue
                # a document that rarely writes the phrase: law text's own 4-grams around the kana put back
                # (できるものし → ものとし, あるものして → ものとして: the drafting phrases of every law)
                around4 = [new[i:i + 4] for i in range(max(0, a - 3), min(a, len(new) - 4) + 1)]
                if around4 and min(kana4.get(g, 0) for g in around4) >= _LAW_PHRASE4 and (
                        law_dropped is None or score > law_dropped[0]):
                    law_dropped = (score, new)
        polite = None
        if not edits:
            # terms write politely (できます, ものとします), which law text never does: the document's own frequent
            # 3-grams vouch for a correction, and MeCab must read it far better
            if doc_known is None:
                doc_known = _known_kana3(in_doc)
            polite = _polite_fix(run, lo, hi, doc_known, left, right)
            if polite is None:
                continue
        if polite is not None:
            gain, new = polite
            ja = "この文書でよく使われる並びで、形態素解析上も自然な文になります"
            en = f"made of 3-grams the document writes often, and natural Japanese to MeCab (path cost {gain} lower)"
        elif dropped is not None:
            n, new = dropped
            ja = f"この文書では{n}回以上そう書いています"
            en = f"the document writes it that way at least {n} times"
        elif law_dropped is not None:
            _, new = law_dropped
            ja = "法令文の定型の言い回しになります"
            en = "a set phrase of law text (every 4-gram common in e-Gov law text)"
        else:
            edits = sorted(edits, reverse=True)
            before = _path_cost(left + run + right)
            gain, new, score, a, b = max((before - _path_cost(left + new + right), new, score, a, b)
                                         for score, new, a, b in edits[:40])
            if gain < (_MIN_GAIN if score < _STAPLE_FIX else _STAPLE_GAIN):
                continue
            if gain < _SURE_GAIN and score < _COMMON_FIX and (
                    score < _INSIDE_WORD_FIX or _particle_for_particle(left, run, new, a, b)):
                continue
            ja = f"法令文によくある並び（{score}回以上）で、形態素解析上も自然な文になります"
            en = f"common in law text (each 3-gram at least {score} times) and natural Japanese to MeCab (path cost {gain} lower)"
        line_start = ctx.line_span(s)[0]
        yield ctx.finding(
            "typo", (s, s + len(run)),
            f"「{run}」は法令文に現れない仮名の並びで、この文書でもここだけです。1字違いの「{new}」なら{ja}。",
            f"「{run}」 is a kana sequence e-Gov law text never writes and this document writes only here; one kana "
            f"away, 「{new}」 is {en}.",
            suggestion=new, severity="warning", excerpt=text[max(line_start, s - 6):s + len(run) + 4],
        )


# ------------------------------------------------------------------ a loanword misspelled in katakana

# The slips of katakana typing: a long-vowel mark dropped inside a word (コミュニケション, パスワド), one too many,
# a small kana written large or the reverse (セキュリテイ), a dropped ッ (インターネト). The ending's ー is not
# tried: サーバ / サーバー is a house style (JIS Z 8301), not a slip.
_KATA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]{3,}")
_SMALL_LARGE = dict(zip("ィイッツャヤュユョヨェエォオァアゥウ", "イィツッヤャユュヨョエェオォアァウゥ"))
# MeCab's path cost must fall by this much with the correction: the slips above gain 4,800–9,700 with a few
# characters of context; the corpus's own katakana (brand names, words cut by a line end) at most 4,000.
_KATA_GAIN = 4500
_KATA_CHECKED = LineMemo()
_NO_WORD_START = set("ンッーァィゥェォャュョヮヵヶ")


def _katakana_edits(w: str):
    for i in range(1, len(w)):
        if w[i - 1] not in "ーッン" and w[i] != "ー":
            yield w[:i] + "ー" + w[i:]
            if w[i] != "ッ":
                yield w[:i] + "ッ" + w[i:]
    for i in range(1, len(w)):
        if w[i] in _SMALL_LARGE:
            yield w[:i] + _SMALL_LARGE[w[i]] + w[i + 1:]
    for i in range(1, len(w) - 1):
        if w[i] == "ー":
            yield w[:i] + w[i + 1:]


def _reads_broken(w: str) -> bool:
    """Does MeCab fail to read ``w`` as words: an unknown word, or pieces of one or two kana (ダウン|ロド)?"""
    toks, known = tagged_line(w)
    return any(not k or t.end - t.start <= 2 for t, k in zip(toks, known))


def _reads_whole(w: str) -> bool:
    toks, known = tagged_line(w)
    return all(known) and all(t.end - t.start >= 3 for t in toks)


def _hiragana_heads(w: str):
    """``w`` with its first kana typed in katakana by mistake put back in hiragana: ようにスルサービス was
    ようにするサービス, the input method's katakana carried over the verb before the loanword."""
    for i in range(1, min(3, len(w) - 3) + 1):
        head = w[:i]
        if "ー" not in head and _reads_whole(w[i:]):
            yield "".join(chr(ord(ch) - 0x60) for ch in head) + w[i:]


def _katakana_fix(left: str, w: str, right: str) -> tuple[int, str] | None:
    if not _reads_broken(w):
        return None
    base = _path_cost(left + w + right)
    best = None
    heads = set(_hiragana_heads(w))
    for c in dict.fromkeys([*_katakana_edits(w), *heads]):
        if c in heads or _reads_whole(c):
            gain = base - _path_cost(left + c + right)
            if gain >= _KATA_GAIN and (best is None or gain > best[0]):
                best = (gain, c)
    return best


# a katakana word (a name above all: ガーデンズ) the document writes this often is its spelling
_KATA_DOC = 3


def _document_katakana(w: str, words: Counter) -> tuple[int, str] | None:
    """(count, spelling) of the katakana word the document writes _KATA_DOC times or more that ``w`` is one
    long-vowel mark, small tsu or small kana away from (ガデンズ beside ガーデンズ ×12), unless the two are
    spellings of one word the notation list knows (インタフェース / インターフェース: a house style, which
    notation-variance reports)."""
    canon = notation_canon()
    best = None
    for c in _katakana_edits(w):
        n = words.get(c, 0)
        if n >= _KATA_DOC and (best is None or n > best[0]):
            best = (n, c)
    if best is None or (w in canon and canon.get(best[1]) == canon[w]):
        return None
    return best


def _katakana_findings(ctx: Context):
    text = ctx.text
    words = Counter(_KATA_WORD.findall(text))
    for m in _KATA_WORD.finditer(text):
        w = m.group(0)
        if words[w] > 1:
            continue  # a spelling the document repeats is its own (a name, a house style), not a slip
        if w[0] in _NO_WORD_START:
            continue  # ダウ|ンロード: the rest of a word cut by a line end the text kept, not a word
        s, e = m.span()
        line_start, line_end = ctx.line_span(s)
        left, right = text[max(line_start, s - 4):s], text[e:min(line_end, e + 4)]
        fix = _KATA_CHECKED.get((left, w, right), lambda: _katakana_fix(left, w, right))
        if fix is not None:
            gain, new = fix
            ja = (f"「{w}」は辞書にない片仮名語です。「{new}」（長音・促音・小書き文字の1字の訂正、または片仮名になった"
                  f"仮名を平仮名に戻したもの）なら辞書の語になり、形態素解析上も自然な文になります。")
            en = (f"「{w}」 is no word of the dictionary; 「{new}」 (one long-vowel mark, small tsu or small kana corrected, "
                  f"or kana typed in katakana put back in hiragana) is, and reads as natural Japanese to MeCab (path cost "
                  f"{gain} lower).")
        else:
            # a spelling the dictionary knows (セキュリテイ, a listed form of セキュリティー) is no slip, even beside
            # the document's usual one
            usual = _document_katakana(w, words) if _reads_broken(w) else None
            if usual is None:
                continue
            n, new = usual
            ja = (f"「{w}」はこの文書でここだけの表記です。長音・促音・小書き文字が1字違う「{new}」はこの文書で{n}回"
                  f"使われています。")
            en = (f"「{w}」 is written only here; 「{new}」 (one long-vowel mark, small tsu or small kana apart) is "
                  f"written {n} times.")
        yield ctx.finding("typo", (s, e), ja, en, suggestion=new, severity="warning",
                          excerpt=text[max(line_start, s - 4):e + 4])


# ------------------------------------------------------------------ a word of one kanji and its kana, slipped

# A word of one kanji and its okurigana (及び, 定め, 若し), or a compound's last kanji and the kana after it, keyed by
# the kanji and its first kana. Not a particle after the kanji (為に, 者の): that is mostly a compound's tail and its
# particle, and leaving those out spares most of a long law's matches.
_KANJI_KANA_WORD = re.compile("[\u4e00-\u9fff][" + "".join(
    chr(c) for c in range(ord("ぁ"), ord("ゖ") + 1) if chr(c) not in _PARTICLES) + "]")


def _starts_words(ctx: Context, form: str) -> bool:
    """Does the document write ``form`` as the start of a word (及び, 定め), not as a compound's tail and its
    particle (行為に: 為に)? Asked of its first three places."""
    text, pos, seen = ctx.text, -1, 0
    while seen < 3 and (pos := text.find(form, pos + 1)) >= 0:
        t = ctx.token_at(pos)
        if t is None or t.start != pos or t.end < pos + 2:
            return False
        seen += 1
    return seen > 0


def _kanji_kana_findings(ctx: Context, skip: list[tuple[int, int]]):
    """A kanji with its kana written once, where the document writes the same kana after a kanji of the same
    reading or shape a staple number of times: 九び among 及び ×400 (九/及: kyuu), 弱しくは among 若しくは
    (jaku). MeCab must read the clause far better with the kanji changed."""
    text = ctx.text
    forms = Counter(_KANJI_KANA_WORD.findall(text))
    # a form written _DOC_NEAR times is a staple too when MeCab's verdict is as wide as for a correction it alone
    # vouches for (提起平びに among 並び ×14 gains 11,000; the corpus's once-written forms beside such a form, 乗じ
    # among 生じ, at most 850)
    staples = [f for f, n in forms.items() if n >= _DOC_NEAR]
    if not staples:
        return
    once: dict[str, list[str]] = {}  # the forms written once, by their kana
    for f, n in forms.items():
        if n == 1:
            once.setdefault(f[1:], []).append(f)
    best_of: dict[str, tuple[int, str]] = {}  # a form written once → (count, kanji) of its staple
    word_starts: dict[str, bool] = {}
    for staple in staples:
        for form in once.get(staple[1:], ()):
            if staple[0] not in _similar_order(form[0]) or (forms[staple], staple[0]) <= best_of.get(form, (0, "")):
                continue
            if forms[staple] < _DOC_STAPLE:
                best_of[form] = (forms[staple], staple[0])  # whether it starts words is asked after MeCab (below)
                continue
            if staple not in word_starts:
                word_starts[staple] = _starts_words(ctx, staple)
            if word_starts[staple]:
                best_of[form] = (forms[staple], staple[0])
    if not best_of:
        return
    # where each form is (written once): one scan for all of them, not a search of the text for each
    first_at: dict[str, int] = {}
    for m in re.finditer("|".join(map(re.escape, best_of)), text):
        first_at.setdefault(m.group(0), m.start())
    for form in sorted(best_of, key=lambda f: first_at.get(f, -1)):  # in the document's order
        count, right = best_of[form]
        s = first_at.get(form, -1)
        if s < 0:
            continue
        if any(a < s + 1 and s < b for a, b in skip):
            continue
        fixed = right + form[1:]
        gain = _reading_gain(ctx, s, s + len(form), fixed)
        if gain < (_KANJI_GAIN if count >= _DOC_STAPLE else _MECAB_FIX_GAIN):
            continue
        if count < _DOC_STAPLE and not _starts_words(ctx, fixed):
            continue
        yield _staple_finding(ctx, (s, s + 1), form, "書き方", form[0], right, fixed, count, suggestion=right,
                              excerpt_end=s + len(form) + 4, gain=gain)


# ------------------------------------------------------------------ a romaji letter left by the input method

# A consonant typed for a kana and left unconverted (賠償すr責任, 解除でk場合): one lower-case Latin letter between
# a hiragana and Japanese text. None in 25 documents of the corpus (4 MB, the Companies Act included), where
# Latin letters come in words (eKYC, Web) or as upper-case marks (Aプラン, X線).
_ROMAJI_LEFT = re.compile(r"(?<=[ぁ-ゖ])[bcdfghjklmnpqrstvwxyz](?=[ぁ-ゖ\u4e00-\u9fff々])")


def _romaji_findings(ctx: Context):
    text = ctx.text
    for m in _ROMAJI_LEFT.finditer(text):
        s = m.start()
        yield ctx.finding(
            "typo", (s, s + 1),
            f"仮名の間に英字「{m.group(0)}」が残っています（かな漢字変換の打ち残しと思われます）。",
            f"A Latin letter 「{m.group(0)}」 between kana: a consonant left unconverted by the input method.",
            severity="warning",
            excerpt=text[max(0, s - 4):s + 5],
        )


@rule("typo", "warning", "誤字（統計・文字種による検出）", "misspelling found by statistics")
def typo(ctx: Context):
    yield from _lookalike_findings(ctx)
    yield from _swapped_findings(ctx)
    compounds = list(_compound_findings(ctx))
    yield from compounds
    slips = list(_kanji_slip_findings(ctx, [f.span for f in compounds]))
    yield from slips
    affixed = list(_compound_findings(ctx, [f.span for f in compounds + slips], affixes=True))
    yield from affixed
    compounds += affixed
    words = list(_doc_word_findings(ctx, [f.span for f in compounds + slips]))
    words += _doc_context_findings(ctx, [f.span for f in compounds + slips + words])
    yield from words
    yield from _kanji_kana_findings(ctx, [f.span for f in compounds + slips + words])
    endings = list(_ending_findings(ctx))
    yield from endings
    # a compound particle written with の (場所のおいては) is the confusable-word rule's, with its reason: one
    # slip, one finding
    kana_slips = list(_kana_slip_findings(ctx, [f.span for f in endings]))
    if kana_slips:  # few documents have any: the particles are looked for only then
        particles = [f.span for f in compound_particle_findings(ctx)]
        kana_slips = [f for f in kana_slips if not any(a < f.span[1] and f.span[0] < b for a, b in particles)]
    yield from kana_slips
    yield from _romaji_findings(ctx)
    yield from _katakana_findings(ctx)
