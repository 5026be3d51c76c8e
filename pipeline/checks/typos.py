"""typo: misspellings found by statistics and by the characters themselves, not by a list of known strings.

Three detectors, each stating its correction and its evidence:

1. **Look-alike characters.** A Kangxi radical (⽤ U+2F64), a CJK radical supplement character or a CJK
   compatibility ideograph in the source looks exactly like a kanji but is another character: text pasted
   from a PDF carries them, and search, diff and the reader's copy-paste then fail. Normalization folds
   them (so the other checks read the kanji), which is why this rule reads the source. Likewise a katakana
   among kanji or a kanji among katakana that looks the same (反社会的勢カ, エ事, 二ーズ) when swapping it
   makes a word MeCab knows and the text as written is none.
2. **Compounds that are not words.** Two kanji that MeCab cannot read as one word (法|機) next to each other
   inside a compound, where changing one of them to a kanji with the same on reading, or with the same
   radical and nearly the same stroke count, gives a word that e-Gov law text uses (法機 → 法規). The model
   (pipeline/data/law_model.json.gz, built by ``python -m pipeline.cli.build_law_model``) holds the word counts
   and the Unihan readings and radicals. Kanji numerals, counters after them (二号中) and 第/同/各 prefixes are never compounds of this kind.
3. **Endings the document itself contradicts.** A clause ending whose last four kana law text never writes
   (されなし, のします), written once, where the document writes an ending one keystroke away at least three
   times (されない, のとします): the last kana changed (not a particle: ではない/できない are both Japanese;
   an inner change is as often another verb, かなうこと/ないこと) or an inner one dropped (ものします → ものとします).

Severity: look-alikes are errors (the text is wrong whatever it means); the statistical findings are
warnings. Everything the model does not know stays silent.
"""

from __future__ import annotations

import bisect
import gzip
import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from . import DATA_DIR, Context, rule
from ..tokens import tokenize

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
_SWAPPABLE = re.compile("[" + "".join(_KANA_KANJI) + "".join(_KANJI_KANA) + "]")


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
        fixed = text[:p] + other + text[p + 1:]
        if cls is _KANJI_CH:  # the kanji compound it belongs to: 勢|カ → 勢力, エ|事 → 工事
            pairs = [(p - 1, p + 1), (p, p + 2)]
            if c in _IROHA:
                if _KANJI_CH.match(left):
                    continue  # 「額ロ自己株式」: an item label glued to the item before
                pairs = [(p, p + 2)]
            spans = [(a, b) for a, b in pairs if a >= 0 and b <= len(text) and all(_KANJI_CH.match(x) for x in fixed[a:b])]
            found = next(((a, b) for a, b in spans if _is_word(fixed[a:b]) and not _is_word(text[a:b])), None)
            if found is None:
                continue
            s, e = found
        else:
            s, e = _word_around(fixed, p, cls)
            if e - s < 2 or not _is_word(fixed[s:e]) or _is_word(text[s:e]):
                continue
        word = fixed[s:e]
        kind_ja = "カタカナ" if c in _KANA_KANJI else "漢字"
        yield ctx.finding(
            "typo", (p, p + 1),
            f"「{text[s:e]}」の「{c}」は形の似た{kind_ja}です。「{word}」（「{other}」）の誤りと思われます。",
            f"「{c}」 in 「{text[s:e]}」 is a look-alike {'katakana' if c in _KANA_KANJI else 'kanji'}; 「{word}」 was meant.",
            suggestion=word, severity="error", excerpt=text[max(0, s - 4):e + 4],
        )


# ------------------------------------------------------------------ 2. compounds that are not words

_RUN = re.compile(r"[\u4e00-\u9fff々]{2,}")
_NUMERAL = set("〇一二三四五六七八九十百千万億兆")
_PREFIXES = set("第同各")
_MIN_WORD = 2  # law text uses the correction at least this often


@lru_cache(maxsize=65536)
def _is_word(s: str) -> bool:
    toks = tokenize(s)
    return len(toks) == 1 and toks[0].surface == s


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


def _compound_findings(ctx: Context):
    text = ctx.text
    words = model()["words"]
    law_pairs = model()["kanji_pairs"]
    first, second = _words_by_char()
    # pairs law text never writes together, with where they are; law text writes most pairs of a document
    candidates: list[tuple[str, int, str]] = []
    for m in _RUN.finditer(text):
        run = m.group(0)
        for i in range(len(run) - 1):
            pair = run[i:i + 2]
            if pair not in law_pairs:
                candidates.append((pair, m.start() + i, run[i - 1] if i else ""))
    doc_pairs = Counter(c[0] for c in candidates)
    for pair, s, before in candidates:
        x, y = pair
        if pair in words or x in _NUMERAL or y in _NUMERAL or x in _PREFIXES or before in _NUMERAL:
            continue
        if doc_pairs[pair] > 2:
            continue  # the document's own word, written on purpose
        if _is_word(pair) or not (_lone_noun(ctx, s) and _lone_noun(ctx, s + 1)):
            continue  # the kanji belong to words MeCab knows (一時|的, 公務員|法): not a broken compound
        best = None
        for w, c in first.get(x, ()):  # keep x, change y
            how = _similar(y, w[1]) if w[1] != y else None
            if how and (best is None or c > best[0]):
                best = (c, w, how, y, w[1])
        for w, c in second.get(y, ()):  # change x, keep y
            how = _similar(x, w[0]) if w[0] != x else None
            if how and (best is None or c > best[0]):
                best = (c, w, how, x, w[0])
        if best is None:
            continue
        c, word, how, wrong, right = best
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


# ------------------------------------------------------------------ 3. endings the document contradicts

_ENDING = re.compile(r"(?<=[ぁ-ゖ])[。、）)」\n]")
_KANA4 = re.compile(r"[ぁ-ゖ]{4}")
_PARTICLES = set("はがをにともでへのや")
_MIN_CONVENTION = 3


def _one_slip(written: str, usual: str) -> bool:
    """``written`` is ``usual`` with its last kana changed (not a particle) or one inner character dropped."""
    if len(written) == len(usual):
        # the last kana changed: されなし for されない (an inner change is as often another verb: かなう/ない)
        return (written[:-1] == usual[:-1] and written[-1] != usual[-1]
                and written[-1] not in _PARTICLES and usual[-1] not in _PARTICLES)
    if len(written) + 1 == len(usual):
        return any(usual[:i] + usual[i + 1:] == written for i in range(1, len(usual) - 1))
    return False


def _ending_findings(ctx: Context):
    text = ctx.text
    kana4 = model()["kana4"]
    ends = [m.start() for m in _ENDING.finditer(text)]
    tails: Counter = Counter()
    for b in ends:
        for k in (4, 5, 6):
            tails[text[b - k:b]] += 1
    usual_tails = [(t, c) for t, c in tails.items() if c >= _MIN_CONVENTION and re.fullmatch(r".*[ぁ-ゖ]{3}", t)]
    for b in ends:
        last4 = text[b - 4:b]
        if not _KANA4.fullmatch(last4) or last4 in kana4 or tails[text[b - 5:b]] != 1:
            continue
        best = None
        for k in (4, 5, 6):
            written = text[b - k:b]
            for usual, c in usual_tails:
                if usual[0] == written[0] and _one_slip(written, usual) and (best is None or c > best[0]):
                    best = (c, usual, written)
        if best is None:
            continue
        c, usual, written = best
        start = b - len(written)
        tok = ctx.token_at(start)
        head = text[tok.start:start] if tok is not None and tok.start < start else ""
        yield ctx.finding(
            "typo", (start - len(head), b),
            f"「{written}」は法令文に現れない語尾で、この文書では1回だけです。この文書で{c}回使われている"
            f"「{usual}」の誤りと思われます。",
            f"「{written}」 is an ending e-Gov law text never writes and this document writes once; the document "
            f"writes 「{usual}」 {c} times.",
            suggestion=head + usual, severity="warning",
            excerpt=text[max(0, b - 12):b + 1],
        )


@rule("typo", "warning", "誤字（統計・文字種による検出）", "misspelling found by statistics")
def typo(ctx: Context):
    yield from _lookalike_findings(ctx)
    yield from _swapped_findings(ctx)
    yield from _compound_findings(ctx)
    yield from _ending_findings(ctx)
