"""The typo rule's detectors of a loanword misspelled in katakana (typos.py lists the rule's detectors).

A katakana word written once that one long-vowel mark, small tsu or small kana (or a kana struck twice) would make a
word of the dictionary MeCab reads far better (コミュニケション, パスワド), one that the document writes elsewhere
(ガデンズ beside ガーデンズ, サバー beside サーバー), or whose corrected part it writes (エイリアスメルアドレス beside
メールアドレス), or that general Japanese writes often where it all but never writes the word as written (サバー →
サーバー, コミニケーション: wordfreq's list); and large kana for small ones out of the document's own style (ネツトワーク).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import Context, LineMemo, notation_canon
from ..tokens import is_known_word, tagged_line
from .typos_base import _path_cost, general_frequency, reads_as_a_name

# ------------------------------------------------------------------ a loanword misspelled in katakana

# The slips of katakana typing: a long-vowel mark dropped inside a word (コミュニケション, パスワド), one too many,
# a small kana written large or the reverse (セキュリテイ), a dropped ッ (インターネト) or other small kana
# (コンピータ, キンペーン), or a long-vowel mark one kana out of place (サビース). A large kana for a small one that the dictionary lists as an old spelling (ネツトワーク) is
# judged by the document's own style (_old_style_findings). The ending's ー is not
# tried: サーバ / サーバー is a house style (JIS Z 8301), not a slip.
_KATA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]{3,}")
_SMALL_LARGE = dict(zip("ィイッツャヤュユョヨェエォオァアゥウ", "イィツッヤャユュヨョエェオォアァウゥ"))
# MeCab's path cost must fall by this much with the correction: the slips above gain 4,800–9,700 with a few
# characters of context; the corpus's own katakana (brand names, words cut by a line end) at most 4,000.
_KATA_GAIN = 4500
# ... where the correction is one word of the dictionary and the word as written reads as two or more pieces
_KATA_ONE_WORD_GAIN = 3000
_KATA_CHECKED = LineMemo()
_NO_WORD_START = set("ンッーァィゥェォャュョヮヵヶ")


_SMALL = "ァィゥェォャュョ"


def _katakana_edits(w: str):
    for i in range(1, len(w)):
        if w[i - 1] not in "ーッン" and w[i] != "ー":
            yield w[:i] + "ー" + w[i:]
            if w[i] != "ッ":
                yield w[:i] + "ッ" + w[i:]
    # a small kana dropped (コミュニケーシン, コンピータ): it follows a full kana, never ン, ッ, ー or another small one
    for i in range(1, len(w) + 1):
        if w[i - 1] not in "ーッン" and w[i - 1] not in _SMALL and (i == len(w) or w[i] not in _SMALL):
            for k in _SMALL:
                yield w[:i] + k + w[i:]
    for i in range(1, len(w)):
        if w[i] in _SMALL_LARGE:
            yield w[:i] + _SMALL_LARGE[w[i]] + w[i + 1:]
    for i in range(1, len(w) - 1):
        if w[i] == "ー":
            yield w[:i] + w[i + 1:]
    # a kana struck twice (ガーデンンズ for ガーデンズ)
    for i in range(1, len(w)):
        if w[i] == w[i - 1] and w[i] not in "ー":
            yield w[:i] + w[i + 1:]
    # a small kana typed a kana late (セキリュティ for セキュリティ): it belongs after the full kana before it
    for i in range(2, len(w)):
        if w[i] in _SMALL and w[i - 1] not in _SMALL + "ーッン" and w[i - 2] not in _SMALL + "ーッン":
            yield w[:i - 1] + w[i] + w[i - 1] + w[i + 1:]
    # a long-vowel mark typed a kana early or late (サビース for サービス, サーバ for サバー)
    for i in range(1, len(w)):
        if w[i] == "ー":
            if i >= 2 and w[i - 2] not in "ーッン" and w[i - 1] != "ー":
                yield w[:i - 1] + "ー" + w[i - 1] + w[i + 1:]
            if i + 1 < len(w) and w[i + 1] not in "ーッン" + _SMALL:
                yield w[:i] + w[i + 1] + "ー" + w[i + 2:]


def _reads_broken(w: str) -> bool:
    """Does MeCab fail to read ``w`` as words: an unknown word, or pieces of one or two kana (ダウン|ロド)?"""
    toks, known = tagged_line(w)
    return any(not k or t.end - t.start <= 2 for t, k in zip(toks, known))


def _reads_unheard_of(w: str) -> bool:
    """Does MeCab read ``w`` as words of its dictionary one of which general Japanese all but never writes (オプシン,
    a protein, in オプシンサービス)? Then the document's spelling one mark away may mend it as a broken word's."""
    toks, known = tagged_line(w)
    return any(k and _unheard_of(t.surface) for t, k in zip(toks, known))


# The share of general Japanese below which a katakana word of MeCab's dictionary is one nobody writes: the foot of
# wordfreq's list (1.0e-8: サバー) and absent words (オプシン). The loanwords of terms and agreements stand far above
# (サーバー 2e-5, オプション 1.5e-5, ロケーション 2.5e-6, インターホン 8.7e-7; オプショナル, at 2.3e-8, is the rarest
# of the corpus). The list was cut by another dictionary, which splits compounds: シャットダウン and デスクトップ are
# absent, and their halves (シャット, ダウン; デスク, トップ) each a word of three kana or more it writes.
_UNHEARD_OF = 1.5e-8
_HEARD_HALF = 1e-7


@lru_cache(maxsize=8192)
def _unheard_of(w: str) -> bool:
    if general_frequency(w) >= _UNHEARD_OF:
        return False
    return not any(general_frequency(w[:i]) >= _HEARD_HALF and general_frequency(w[i:]) >= _HEARD_HALF
                   for i in range(3, len(w) - 2))


# A spelling one mark from a katakana word general Japanese hardly writes (under one word in ten million) is its
# correction where general Japanese writes it this often (one word in a million: サーバー, オプション) and 300 times as
# often as the word as written (wordfreq lists common misspellings too: コミニケーション 4e-8 against
# コミュニケーション 2e-5). Only a word MeCab reads as one word of its dictionary, and a spelling the list holds whole:
# it lacks the compounds its own dictionary splits (サブライセンス, キャッシュレス, スマートフォン), which it can neither
# vouch for nor condemn. Where two spellings come near each other (サーバー and サーバ aside, one word), the one the
# document writes decides, or none is told. The corpus's names and coinages one mark from such a word are none
# (nothing told).
_RARE_SPELLING = 1e-7
_GENERAL_SPELLING = 1e-6
_SPELLING_RATIO = 300
_CLEAR_LEAD = 3
_BROKEN_MIN = 4  # (サービ, a word a line end cut, is three)


@lru_cache(maxsize=4096)
def _general_spellings(w: str) -> tuple[tuple[float, str], ...]:
    """(share, spelling) of each word general Japanese writes often one long-vowel mark, small tsu or small kana away
    from ``w``, which it all but never writes (サバー, スマートフン, コミニケーション), most written first."""
    toks, known = tagged_line(w)
    if (len(toks) != 1 or not known[0]) and not (len(w) >= _BROKEN_MIN and _reads_broken(w)):
        return ()  # a compound general Japanese's list lacks (サブライセンス, パスコード) says nothing of its spelling;
        # a word MeCab cannot read as words at all (キン|セル) is no word as written, and a spelling one mark from it
        # that the list holds whole may be its correction (キャンセル): the corpus's four-kana words hold one, a slip
    written = general_frequency(w)
    if written >= _RARE_SPELLING:
        return ()
    least = max(_GENERAL_SPELLING, written * _SPELLING_RATIO)
    return tuple(sorted(((share, c) for c in set(_katakana_edits(w)) if (share := general_frequency(c)) >= least),
                        reverse=True))


# A compound the list lacks (スマートフオン: MeCab reads スマート|フオン) is judged by one of its words alone only for a
# small kana written large, the one slip that leaves each word's sound (フオン, 1e-8 in general Japanese, beside フォン at
# 2.5e-5): a long-vowel mark or a small kana dropped or added makes another word of a part (ワイド, サブ), which a
# compound may hold on purpose. ウイ, ウエ, ウオ are the cabinet notice's usual writing (ソフトウエア): never judged.
_PART_MIN = 3


@lru_cache(maxsize=4096)
def _general_part_spelling(w: str) -> tuple[float, str, str, str] | None:
    """(share, corrected ``w``, its word as written, that word corrected) where ``w`` is a compound one of whose words
    general Japanese all but never writes and writes, with one large kana made small, often (フオン → フォン)."""
    toks, known = tagged_line(w)
    if len(toks) < 2:
        return None
    best = None
    for t, k in zip(toks, known):
        part = t.surface
        if not k or len(part) < _PART_MIN or (written := general_frequency(part)) >= _RARE_SPELLING:
            continue
        least = max(_GENERAL_SPELLING, written * _SPELLING_RATIO)
        for fixed in set(_katakana_edits(part)):
            if not _large_for_small(part, fixed) or _after_u_only(part, fixed) \
                    or (share := general_frequency(fixed)) < least:
                continue
            if best is None or share > best[0]:
                best = (share, w[:t.start] + fixed + w[t.end:], part, fixed)
    return best


def _general_spelling(w: str, text: str) -> tuple[float, str] | None:
    """(per million, spelling) of the correction of ``w`` general Japanese vouches for: the most written spelling,
    unless another (not merely the same with its last long-vowel mark, サーバ / サーバー) comes near it; then the one
    spelling of those ``text`` writes, or None."""
    found = _general_spellings(w)
    if not found:
        return None
    share, best = found[0]
    if any(c.rstrip("ー") != best.rstrip("ー") and other * _CLEAR_LEAD > share for other, c in found[1:]):
        written = [(other, c) for other, c in found if c in text]
        if len(written) != 1:
            return None
        share, best = written[0]
    return share * 1e6, best


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
    broken = _reads_broken(w)
    pieces = len(tagged_line(w)[0])
    if not broken and pieces < 2:
        return None
    base = _path_cost(left + w + right)
    best = None
    heads = set(_hiragana_heads(w)) if broken else set()
    for c in dict.fromkeys([*_katakana_edits(w), *heads]):
        # a word MeCab reads as words of three kana or more (コミュニケ|ション) is a slip only where the correction
        # makes one word of it (コミュニケーション): two real words side by side (クラウド|サーバー) stay as written
        if c in heads or (_reads_whole(c) if broken else is_known_word(c)):
            gain = base - _path_cost(left + c + right)
            # a broken word made one word of the dictionary (アンケ|ト → アンケート) needs less of MeCab than one made two
            least = _KATA_ONE_WORD_GAIN if broken and pieces >= 2 and is_known_word(c) else _KATA_GAIN
            if gain >= least and (best is None or gain > best[0]):
                best = (gain, c)
    return best


# a katakana word (a name above all: ガーデンズ) the document writes this often is its spelling. Twice is enough:
# the variant must also read broken to MeCab, and the names of terms are often written three or four times, one
# of which may be the slip (no finding added on the corpus by two instead of three)
_KATA_DOC = 2


def _document_katakana(w: str, words: Counter) -> tuple[int, str, str] | None:
    """(count, spelling, the word counted: the spelling or a part of it) of the katakana word the document writes
    _KATA_DOC times or more that ``w`` is one long-vowel mark, small tsu or small kana away from (ガデンズ beside
    ガーデンズ ×12), or whose corrected part it writes so (_written_part), unless the two are spellings of one word
    the notation list knows (インタフェース / インターフェース: a house style, which notation-variance reports)."""
    canon = notation_canon()
    best = None
    for c in _katakana_edits(w):
        n, written = words.get(c, 0), c
        if n < _KATA_DOC:
            n, written = _written_part(w, c, words)
        if n >= _KATA_DOC and (best is None or n > best[0]):
            best = (n, c, written)
    if best is None or (w in canon and canon.get(best[1]) == canon[w]):
        return None
    return best


# A katakana word one mark from a stretch of six kana the document writes twice or more is that stretch mistyped even
# where MeCab reads the word as words it knows (インタ|ネット|トラフィック, where the document writes ンターネット in
# インターネットトラフィック and インターネットサービス; メル|アドレス beside メールアドレス ×8): six kana one mark apart
# are one word's, not two words' (ハブ and ハーブ are short). The correction must make fewer words of it, each one the
# dictionary knows (インタ|ネット → インターネット): a mark added where two words meet (ユーザ|リポジトリ beside
# ユーザーリポジトリ, コンピュータ|ウイルス) is the house style of a word's last long vowel, and a stretch the document
# writes across two words (ボイスチャッ of ボイスチャット, against ボイスチャンネル) makes none. Counted over every
# six-kana stretch of the document's katakana runs, once per document.
_KATA_GRAM = 6


def _document_grams(ctx: Context, words: Counter) -> Counter:
    """The six-kana stretches of the document's katakana runs (``words``: each run and how often it is written),
    counted once per document."""
    def build() -> Counter:
        grams: Counter = Counter()
        for run, n in words.items():
            for g in _grams_of(run):
                grams[g] += n
        return grams
    return ctx.full.memo("typos.katakana_grams", build)


@lru_cache(maxsize=20_000)
def _grams_of(run: str) -> tuple[str, ...]:  # (the versions of a batch share almost every run)
    return tuple(run[i:i + _KATA_GRAM] for i in range(len(run) - _KATA_GRAM + 1))


def _long_word_written(w: str, grams: Counter, text: str, broken: bool = False) -> tuple[int, str, str] | None:
    """(count, spelling, the stretch counted) as _document_katakana gives, from stretches of six kana (the stretch
    then widened as far as the document writes it as often: インターネット, not インターネッ). A word MeCab reads
    ``broken`` (テクノロジズ) needs no reading of the correction's: that it is broken says the word is none."""
    best = None
    for c, part, j in _stretches_of_edits(w):
        if (n := grams.get(part, 0)) >= _KATA_DOC and (best is None or n > best[0]) \
                and (broken or _fewer_known_words(w, c)):
            best = (n, c, part, j)
    canon = notation_canon()
    if best is None or (w in canon and canon.get(best[1]) == canon[w]):
        return None
    n, c, part, j = best
    while j > 0 and text.count(c[j - 1:j] + part) >= n:
        j, part = j - 1, c[j - 1:j] + part
    while j + len(part) < len(c) and text.count(part + c[j + len(part)]) >= n:
        part += c[j + len(part)]
    return n, c, part


@lru_cache(maxsize=20_000)
def _stretches_of_edits(w: str) -> tuple[tuple[str, str, int], ...]:
    """(``w`` corrected, a stretch of six kana of it that holds the correction, where it starts) for each correction
    of one mark: a word's, whatever the document (the versions of a batch ask about the same words)."""
    if len(w) < _KATA_GRAM - 1:
        return ()
    out = []
    for c in _katakana_edits(w):
        if len(c) < _KATA_GRAM:
            continue
        p, edited_end = _edited(w, c)
        # (a stretch holds a kana before the correction too, where there is one: 「ースソフト」 of オープンソースソフトウェア
        # is no witness for モノワイヤレ|ー|スソフトウェア, whose レ it does not hold)
        last = max(0, p - 1)
        for j in range(max(0, edited_end - _KATA_GRAM), min(last, len(c) - _KATA_GRAM) + 1):
            part = c[j:j + _KATA_GRAM]
            if part not in w:
                out.append((c, part, j))
    return tuple(out)


def _edited(w: str, c: str) -> tuple[int, int]:
    """Where ``c`` (``w`` corrected) differs from ``w``: the characters c[a:b] the correction wrote (b == a: one taken
    out before c[a])."""
    p = 0
    while p < min(len(w), len(c)) and w[p] == c[p]:
        p += 1
    q = 0
    while q < min(len(w), len(c)) - p and w[-1 - q] == c[-1 - q]:
        q += 1
    return p, len(c) - q


def _fewer_known_words(w: str, c: str) -> bool:
    toks, _ = tagged_line(w)
    ctoks, cknown = tagged_line(c)
    return len(ctoks) < len(toks) and all(cknown)


def _written_part(w: str, c: str, words: Counter) -> tuple[int, str]:
    """How often the document writes, as a word of its own, the part of ``c`` (``w`` corrected) around the
    correction: オンラインサビス → オンラインサービス, whose サービス the document writes 35 times; エイリアスメルアドレス →
    メールアドレス ×5. The longest such part of three kana or more, which ``w`` does not hold as written."""
    a, b = _edited(w, c)
    for size in range(len(c) - 1, 2, -1):
        for j in range(max(0, b - size), min(a, len(c) - size) + 1):
            part = c[j:j + size]
            if j <= a and b <= j + size and (n := words.get(part, 0)) and part not in w:
                return n, part
    return 0, c


# A word of the dictionary written once (サバー, a sabre), one long-vowel mark, small tsu or small kana from a word the
# document writes _KATA_KNOWN times or more (サーバー ×6), is that word mistyped where MeCab reads the sentence
# better with it by _KATA_KNOWN_GAIN: a rare word that happens to lie one mark from the document's own is the slip's
# usual shape, and the gain keeps two words both meant (ハブ and ハーブ) apart; a word the document writes
# _KATA_HABIT times or more (オプション ×29 beside オプシン, an opsin) needs only that MeCab not read the rare one better.
_KATA_KNOWN = 3
_KATA_KNOWN_GAIN = 2000
_KATA_HABIT = 10


def _written_elsewhere(left: str, w: str, right: str, words: Counter) -> tuple[int, str] | None:
    """(MeCab's gain, spelling) of the katakana word the document writes _KATA_KNOWN times or more that ``w``, a
    word MeCab knows, is one edit away from, when the two are not spellings of one word (notation-variance's)."""
    canon = notation_canon()
    cands = [c for c in _katakana_edits(w) if words.get(c, 0) >= _KATA_KNOWN and c[:-1] != w and c != w + "ー"]
    if not cands:
        return None
    toks, _ = tagged_line(w)
    base = _path_cost(left + w + right)
    best = None
    for c in cands:
        if w in canon and canon.get(c) == canon[w]:
            continue
        ct, _ = tagged_line(c)
        if len(toks) == 1 and len(ct) == 1 and ct[0].lemma == toks[0].lemma:
            continue  # two spellings the dictionary gives of one word (インタホン, インターホン)
        gain = base - _path_cost(left + c + right)
        if (gain >= _KATA_KNOWN_GAIN or words[c] >= _KATA_HABIT and gain >= 0) and (best is None or gain > best[0]):
            best = (gain, c)
    return best


def _document_spelling(w: str, words: Counter) -> tuple[int, str, str] | None:
    """(count, spelling, spelling) where ``w``, a word the dictionary lists as a spelling of a loanword (セキリティ under
    セキュリティー), lacks a small kana the document writes in that same word _KATA_DOC times or more (セキュリティ):
    the dictionary lists common misspellings too, and the document's own spelling of the word decides. A long-vowel
    mark is not tried: セキュリティ / セキュリティー is a house style."""
    toks, known = tagged_line(w)
    if len(toks) != 1 or not known[0] or toks[0].lemma == w:
        return None
    best = None
    for i in range(1, len(w) + 1):
        for k in _SMALL:
            c = w[:i] + k + w[i:]
            n = words.get(c, 0)
            if n >= _KATA_DOC and (best is None or n > best[0]):
                ct, ck = tagged_line(c)
                if len(ct) == 1 and ck[0] and ct[0].lemma == toks[0].lemma:
                    best = (n, c, c)
    return best


# Large kana for small ones (ネツトワーク, バージョンアツプ) is the old style of law text (フアイル, ソフトウエア in
# laws drafted before 1988) and of some writers: a style, not a slip, where the document keeps to it. In a document
# that writes its loanwords with small kana (_MODERN_MIN words or more) and this spelling only here, it is a slip.
_LARGE_SMALL = dict(zip("ツヤユヨアイウエオ", "ッャュョァィゥェォ"))
_MODERN = re.compile(r"[\u30a1-\u30fa\u30fc][ッャュョァィゥェォ]")
_MODERN_MIN = 10
# the document writes a word with small kana this often: its spelling of that word (ソフトウェア)
_OWN_SPELLING = 2
_COMPANY = re.compile(r"株式会社|有限会社|合同会社|（株）|\(株\)|㈱")
# a spelling in large kana where the document writes small ones this many times as often is out of its style
_MODERN_RATIO = 10


def _large_for_small(surface: str, lemma: str) -> bool:
    return (len(surface) == len(lemma) and surface != lemma
            and all(a == b or _LARGE_SMALL.get(a) == b for a, b in zip(surface, lemma)))


def _after_u_only(surface: str, modern: str) -> bool:
    """Are the large kana of ``surface`` (against ``modern``) all vowels after ウ (ウイ, ウエ, ウオ for ウィ, ウェ, ウォ)?
    The cabinet notice on loanwords (外来語の表記, 1991) gives those as the usual writing beside the small ones
    (ウイスキー, ウエディング), unlike ツ, ヤ, ユ, ヨ or ア after other kana (バツクアツプ, フアイル)."""
    diff = [i for i, (a, b) in enumerate(zip(surface, modern)) if a != b]
    return len(surface) == len(modern) and bool(diff) and all(
        i > 0 and surface[i - 1] == "ウ" and surface[i] in "イエオ" for i in diff)


def _old_style(w: str) -> str | None:
    """``w`` in small kana where it writes large ones for them: by the dictionary, which lists the old spellings
    of loanwords under the modern one (ネツト under ネット, フアイル under ファイル), or, for a word it lacks
    (バージョンアツプ), one kana made small that makes words it knows. Names keep their registered spelling
    (キヤノン, シヤチハタ: proper nouns)."""
    toks, known = tagged_line(w)
    out, changed = [], False
    for t, k in zip(toks, known):
        if k and t.pos2 == "固有名詞":
            return None
        if k and _large_for_small(t.surface, t.lemma):
            out.append(t.lemma)
            changed = True
        else:
            out.append(t.surface)
    if changed:
        return "".join(out)
    if not _reads_broken(w):
        return None
    for i in range(1, len(w)):
        if w[i] in _LARGE_SMALL and w[i - 1] not in _NO_WORD_START:
            c = w[:i] + _LARGE_SMALL[w[i]] + w[i + 1:]
            if _reads_whole(c) and not reads_as_a_name(c):
                # (a loanword in old kana is a common noun: テイム, "tame", made small is ティム, a man's name)
                return c
    return None


def _old_style_findings(ctx: Context, words: Counter, out: list) -> bool:
    """Loanwords written once in large kana (タブレツト) where the document writes its loanwords with small ones,
    appended to ``out``; False where large kana are the document's own style. A document with too few loanwords
    to say (True) is left to the dictionary alone."""
    text = ctx.text
    modern = ctx.full.memo("typos.modern_kana", lambda: len(_MODERN.findall(ctx.full.text)))
    if modern < _MODERN_MIN:
        return True
    if not any(ch in w for w in words for ch in "ツヤユヨアイウエオ"):
        return True
    old = {w: c for w in words if (c := _KATA_CHECKED.get(("old", w), lambda w=w: _old_style(w)))}
    if not old:
        return True
    if sum(words[w] for w in old) * _MODERN_RATIO > modern:
        return False  # the document's own style (or a law it quotes at length)
    for m in ctx.finditer(_KATA_WORD):
        w = m.group(0)
        if w not in old or words[w] > 1:
            continue
        s, e = m.span()
        line_start, line_end = ctx.line_span(s)
        before = tagged_line(text[max(line_start, s - 4):s])[0]
        if (before and before[-1].pos2 == "固有名詞") or _COMPANY.search(text[max(line_start, s - 6):e + 6]):
            continue  # 富士フイルム, 株式会社シヤチハタ: a company's name keeps its registered spelling
        new = old[w]
        own = ctx.full.text.count(new) if _after_u_only(w, new) else 0
        if _after_u_only(w, new) and own < _OWN_SPELLING:
            continue  # ソフトウエア, ウイルス: ウイ・ウエ・ウオ are written so by 外来語の表記 (1991) too, no old style;
            # but not beside the document's own ソフトウェア (「本ソフトウェア等」 twice): one word, written its way
        out.append(ctx.finding(
            "typo", (s, e),
            f"「{w}」は小書きにすべき仮名を大きく書いています。この文書は片仮名語を小書き文字で書いています"
            f"（{modern}箇所" + (f"、「{new}」を{own}回" if own else "") + "）。",
            f"「{w}」 writes large kana for small ones; this document writes its loanwords with small kana "
            f"({modern} places" + (f", 「{new}」 {own} times" if own else "") + ").",
            suggestion=new, severity="warning", excerpt=text[max(line_start, s - 4):e + 4]))
    return True


# suffixes of English that make katakana compounds of any word (permission-less, server-side): the dictionary
# lists a few such compounds (キャッシュレス), not all
_KATAKANA_SUFFIXES = ("レス", "サイド", "ライク", "フリー")



def _suffixed_compound(w: str) -> bool:
    """Is ``w`` a known word and one of _KATAKANA_SUFFIXES, alone or before another known word (パーミッションレス,
    ヘッドレスブラウザ: headless browser, a -less compound with its noun)? Only where MeCab reads the suffix as a word
    of its own: the レス of アドレス is none (メルアドレス is メル|アドレス, メールアドレス mistyped, though メルアド is
    a word)."""
    starts = None
    for x in _KATAKANA_SUFFIXES:
        i = w.find(x, 3)
        while i >= 0:
            rest = w[i + len(x):]
            if is_known_word(w[:i]) and (not rest or len(rest) >= 3 and is_known_word(rest)):
                if starts is None:
                    starts = {t.start for t in tagged_line(w)[0]}
                if i in starts:
                    return True
            i = w.find(x, i + 1)
    return False


_GLOSS = re.compile(r"[（(][\u4e00-\u9fff々]{1,12}[）)]")


# the end of an address's numbers (2-4-1, 三丁目5番地, 1番3号), where a building's name follows
_ADDRESS_BEFORE = re.compile(r"(?:[0-9０-９]+(?:[-－‐ー][0-9０-９]+)+|(?:丁目|番地?|号))[ \u3000]*$")


# the -ing ending as katakana writes it after the word's last sound (チーム → チーミング, ブロック → ブロッキング,
# プラン → プランニング, シェア → シェアリング, マッチ → マッチング), and the endings the word has on its own
_GERUND_ENDINGS = (("ミング", ("ム",)), ("キング", ("ク",)), ("ニング", ("ン", "")), ("リング", ("ル", "ー", "")),
                   ("ディング", ("ド",)), ("ティング", ("ト",)), ("ピング", ("プ",)), ("ビング", ("ブ",)),
                   ("ング", ("",)))
# the word the gerund is made of is one general Japanese writes at least this often (チーム 1.5e-4, ストリーム 1.1e-5)
_GERUND_BASE = 2e-6


def _gerund_of_a_word(w: str) -> bool:
    for ending, tails in _GERUND_ENDINGS:
        if w.endswith(ending) and len(w) > len(ending) + 1:
            stem = w[:-len(ending)]
            if any(general_frequency(stem + tail) >= _GERUND_BASE for tail in tails):
                return True
    return False


def _glossed(text: str, e: int) -> bool:
    """Is the katakana word ending at ``e`` a foreign term its kanji gloss follows (サダナ（成就法）)? (Not one in brackets
    after a Japanese word, 携帯電話（フィーチャーフォン）: that is the loanword for it, whose slips are told; nor a word of
    a name joined by 中点: lists of common words are joined so too, キャンセル・返金.)"""
    return _GLOSS.match(text, e) is not None


def katakana_findings(ctx: Context):
    text = ctx.text
    if ctx.scope is not None and 1 not in Counter(_KATA_WORD.findall(ctx.scanned_text)).values():
        return  # every finding is of a word the document writes once: none here is written once
    words = ctx.full.memo("typos.katakana_words", lambda: Counter(_KATA_WORD.findall(ctx.full.text)))
    old: list = []
    large_kana_style = not _old_style_findings(ctx, words, old)
    yield from old
    done = {f.span for f in old}
    for m in ctx.finditer(_KATA_WORD):
        w = m.group(0)
        if words[w] > 1 or m.span() in done:
            continue  # a spelling the document repeats is its own (a name, a house style), not a slip
        if w[0] in _NO_WORD_START:
            continue  # ダウ|ンロード: the rest of a word cut by a line end the text kept, not a word
        if words[w[:-1] if w.endswith("ー") else w + "ー"]:
            continue  # メンテナー beside メンテナ: the long vowel written both ways, a notation (no misspelling to correct)
        s, e = m.span()
        line_start, line_end = ctx.line_span(s)
        if _ADDRESS_BEFORE.search(text, max(line_start, s - 12), s):
            continue  # 「東京都港区東新橋2-4-1 サンマリーノ汐留2F」: a building's name in an address, spelt as registered
        if _gerund_of_a_word(w):
            continue  # チーミング (チーム), ストリーミング: an English word's -ing form, made at will from a word everyone
            # writes; one mark from another word (チャーミング) by chance
        if _suffixed_compound(w):
            continue  # パーミッションレス, キャッシュレス: a word and the suffix -less, a compound the dictionary need not list
        left, right = text[max(line_start, s - 4):s], text[e:min(line_end, e + 4)]
        fix = _KATA_CHECKED.get((left, w, right), lambda: _katakana_fix(left, w, right))
        if fix is not None and general_frequency(w) >= _RARE_SPELLING and general_frequency(fix[1]) <= general_frequency(w):
            continue  # 「パルクール中の射撃」: a word general Japanese writes (parkour), which MeCab's dictionary lacks; the
            # dictionary's reading one mark away (パール|クール) is written less, or never
        if _glossed(text, e) and not (fix is not None and words[fix[1]]) \
                and _general_spelling(w, ctx.full.text) is None and _general_part_spelling(w) is None:
            continue  # 「サダナ（成就法）」: a foreign term written as heard and glossed, which no
            # dictionary spells; unless the document or general Japanese writes a word one mark off it (キンセル
            # （申込取消）, 携帯電話（フィーチャーフオン）)
        if _COMPANY.search(text[max(line_start, s - 6):e + 6]) and not (fix is not None and words[fix[1]]) \
                and _document_katakana(w, words) is None \
                and _long_word_written(w, _document_grams(ctx, words), ctx.full.text, _reads_broken(w)) is None:
            continue  # 「ニューエラジャパン合同会社」: a company's name keeps its registered spelling, unless the
            # document writes the corrected one elsewhere (ホールデングス beside ホールディングス, グロバルサイン beside
            # グローバルサイン: that is its spelling)
        known_word = None
        if fix is None and not _reads_broken(w):
            known_word = _written_elsewhere(left, w, right, words)
        if fix is not None and large_kana_style and _large_for_small(w, fix[1]):
            continue  # バツクアツプ in a document that writes its loanwords so (an old law): its style, not a slip
        if fix is not None:
            gain, new = fix
            ja = (f"「{w}」は辞書にない片仮名語です。「{new}」（長音・促音・小書き文字の1字の訂正、または片仮名になった"
                  f"仮名を平仮名に戻したもの）なら辞書の語になり、形態素解析上も自然な文になります。")
            en = (f"「{w}」 is no word of the dictionary; 「{new}」 (one long-vowel mark, small tsu or small kana corrected, "
                  f"or kana typed in katakana put back in hiragana) is, and reads as natural Japanese to MeCab (path cost "
                  f"{gain} lower).")
        elif known_word is not None:
            gain, new = known_word
            if gain >= _KATA_KNOWN_GAIN:
                better, better_en = "、ここもそう書くと形態素解析上はるかに自然な文になります", \
                    f", and reads far more naturally here to MeCab (path cost {gain} lower)"
            else:
                better, better_en = "", ""
            ja = (f"「{w}」はこの文書でここだけの表記です。長音・促音・小書き文字が1字違う「{new}」はこの文書で"
                  f"{words[new]}回使われています{better}。")
            en = (f"「{w}」 is written only here; 「{new}」 (one long-vowel mark, small tsu or small kana apart) is "
                  f"written {words[new]} times{better_en}.")
        else:
            # a spelling the dictionary knows (セキュリテイ, a listed form of セキュリティー) is no slip, even beside
            # the document's usual one
            broken = _reads_broken(w) or _reads_unheard_of(w)
            usual = _document_katakana(w, words) if broken else _document_spelling(w, words)
            if usual is None:
                usual = _long_word_written(w, _document_grams(ctx, words), ctx.full.text, broken)
            if usual is None:
                common = _general_spelling(w, ctx.full.text)
                part = None
                if common is None and (part := _general_part_spelling(w)) is not None:
                    common = (part[0] * 1e6, part[1])
                if common is None or large_kana_style and _large_for_small(w, common[1]):
                    continue  # (インターネツト in a document that writes its loanwords so: its style, as above)
                per_million, new = common
                if part is not None:
                    ja = (f"「{w}」の「{part[2]}」は一般の日本語にほとんど現れない表記です。小書きにした「{part[3]}」は"
                          f"一般の日本語で100万語に{per_million:.1f}回使われます。")
                    en = (f"「{part[2]}」 in 「{w}」 is all but unknown to general Japanese; 「{part[3]}」 (a small kana "
                          f"written large) is written {per_million:.1f} times in a million words.")
                else:
                    ja = (f"「{w}」は一般の日本語にほとんど現れない表記です。長音・促音・小書き文字が1字違う「{new}」は"
                          f"一般の日本語で100万語に{per_million:.1f}回使われます。")
                    en = (f"「{w}」 is all but unknown to general Japanese; 「{new}」 (one long-vowel mark, small tsu or "
                          f"small kana apart) is written {per_million:.1f} times in a million words.")
            else:
                n, new, written = usual
                whose = "" if written == new else f"（その「{written}」の部分）"
                whose_en = "" if written == new else f" (its part 「{written}」)"
                ja = (f"「{w}」はこの文書でここだけの表記です。長音・促音・小書き文字が1字違う「{new}」{whose}はこの文書で"
                      f"{n}回使われています。")
                en = (f"「{w}」 is written only here; 「{new}」{whose_en} (one long-vowel mark, small tsu or small kana "
                      f"apart) is written {n} times.")
        yield ctx.finding("typo", (s, e), ja, en, suggestion=new, severity="warning",
                          excerpt=text[max(line_start, s - 4):e + 4])
