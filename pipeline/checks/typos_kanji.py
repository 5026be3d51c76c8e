"""The typo rule's kanji detectors (see typos.py for the rule and its account of every detector): 2. compounds
that are not words, 5. kanji slips inside a compound, and 7. the document's own staples of kanji (pairs, phrases,
a kanji with its kana).

What it shares with typos.py (the law model, MeCab's cost of a reading, common constants) is in typos_base.py.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain
from functools import lru_cache

from . import Context, LineMemo, compound_places, finditer, load_json, load_tsv
from .chars import NEGATING_PREFIXES, NUMERAL_KANJI
from ..model import Finding
from ..grammar import GRID_STREET
from .typos_base import (
    COMMON_WORD, _KANJI_CH, _PARTICLES, _SURE_GAIN, _is_word, _path_cost, _reading_gain, general_frequency, model,
    reads_as_a_name, same_kanji, standard_form, forms_of,
)
from ..tokens import is_known_word, tagged_line, tokenize
from .terms_self import LEGAL_FORMS, organization_nouns


# ------------------------------------------------------------------ 2. compounds that are not words

_RUN = re.compile(r"[\u4e00-\u9fff々]{2,}")
# (and the formal numerals of amounts of money and of deeds, 金弐千円, 金壱萬円, that serve as nothing else: not 参 or 拾
# of 参加 and 拾得, nor 陸 and 伍)
# what stands for a number before its counter in a form or an example: a blank left for it (「タオル◯名様」)
NUMBER_MARKS = frozenset("◯○●〇×＿")
_PREFIXES = set("第同各")
_MIN_WORD = 2  # law text uses the correction at least this often


@lru_cache(maxsize=None)
def _by_reading() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for ch, (readings, _rad, _strokes) in model()["kanji"].items():
        for r in readings:
            out.setdefault(r, []).append(ch)
    return {k: tuple(v) for k, v in out.items()}


def _shared_readings(a: str, b: str) -> set[str]:
    """The readings two kanji of the law model share (empty when either is unknown)."""
    kanji = model()["kanji"]
    return set(kanji[a][0]) & set(kanji[b][0]) if a in kanji and b in kanji else set()


def _similar(a: str, b: str) -> str | None:
    kanji = model()["kanji"]
    if a not in kanji or b not in kanji or same_kanji(a, b):
        return None
    _ra, rad_a, st_a = kanji[a]
    _rb, rad_b, st_b = kanji[b]
    shared = _shared_readings(a, b)
    if shared:
        return f"同じ音読み（{sorted(shared)[0]}）"
    if rad_a == rad_b and abs(st_a - st_b) <= 1:
        return "同じ部首で字形が近い"
    return None


def likeness(a: str, b: str) -> str:
    """How a finding says ``b`` is like ``a``: the reading they share, or their radical and shape (a correction another
    source vouches for may be only nearly alike: 字形が近い)."""
    return _similar(a, b) or "字形が近い"


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


def _compound_around(text: str, s: int, e: int) -> tuple[int, int]:
    """The run of kanji that text[s:e] is part of."""
    while s > 0 and _KANJI_CH.match(text[s - 1]):
        s -= 1
    while e < len(text) and _KANJI_CH.match(text[e]):
        e += 1
    return s, e


def _lone_noun(ctx: Context, pos: int) -> bool:
    """Is the kanji at ``pos`` a one-character noun of its own in the document's tokens (法|機), not part of
    a longer word, a suffix (的, 等, 中) or a prefix?"""
    t = ctx.token_at(pos)
    return t is not None and t.end - t.start == 1 and t.pos == "名詞"


def _unknown_pair(ctx: Context, pos: int) -> bool:
    """Does MeCab read the two kanji at ``pos`` as one unknown word (習要, 掲裁: its grouping of kanji it cannot
    read, at most two), not as a word of its dictionary?"""
    t = ctx.token_at(pos)
    return t is not None and t.start == pos and t.end == pos + 2 and not _is_word(t.surface)


def _unlawful_pairs(ctx: Context) -> tuple[list[tuple[str, int, str]], Counter]:
    """Pairs of adjacent kanji inside a compound that law text never writes together, with where they are
    and the kanji before them, and how often the document writes each. Found line by line, each line once
    for every document of the process (the versions of a document share their lines). A context scoped to a
    diff's changed units whose lines hold no such pair gets none, and the document's are not counted (law text
    holds none: a revision of a law is not read whole for them)."""
    if ctx.scope is not None and ctx.full is not ctx:
        def scope_has_any() -> bool:
            found = _LineCandidates(ctx.full)
            return any(found.of(line, pos)[0] for s, e in ctx._scan_windows()
                       for line, pos in _lines_from(ctx.text, s, e))
        if not ctx.memo("typo.scope_has_unlawful_pairs", scope_has_any):
            return [], Counter()
        return _unlawful_pairs(ctx.full)

    def build():
        text = ctx.text
        lines = text.split("\n")
        known = _LINE_PAIRS.data
        missing = [line for line in dict.fromkeys(lines) if line not in known and _RUN.search(line)]
        for line, found in zip(missing, _unlawful_in(missing)):
            _LINE_PAIRS.get(line, lambda found=found: found)
        candidates: list[tuple[str, int, str]] = []
        groups = []  # ((line, its candidates' offsets), index of its first candidate, of the one after its last)
        written_apart: list[str] = []
        of = _LineCandidates(ctx).of
        pos = 0
        for line in lines:
            found, apart = of(line, pos)
            written_apart.extend(apart)  # (still the document's pairs, counted as written)
            if found:
                # (keyed by the line and its candidates' places: which are left depends on the source's spaces too)
                groups.append(((line, tuple(c[1] for c in found)), len(candidates), len(candidates) + len(found)))
                candidates.extend((pair, pos + at, before) for pair, at, before in found)
            pos += len(line) + 1
        ctx.full._cache["typo.candidate_lines"] = groups
        return candidates, Counter(chain((c[0] for c in candidates), written_apart))
    return ctx.full.memo("typo.unlawful_pairs", build)


def _lines_from(text: str, start: int, end: int):
    """(line, its offset) of each line of text[start:end], which starts a line."""
    pos = start
    for line in text[start:end].split("\n"):
        yield line, pos
        pos += len(line) + 1


class _LineCandidates:
    """The candidates of _unlawful_pairs on one line of a document: (kept, the pairs set apart by spaces in the
    source). Its names, variant kanji and prefixes are matters of the line alone (its compounds and its tokens)."""

    def __init__(self, ctx: Context):
        self.ctx, doc = ctx, ctx.doc
        self.offsets = doc.norm.offsets
        self.spaced = doc.source.text if len(self.offsets) == len(ctx.text) + 1 else None
        self.signed = _signature_spans(doc)

    def of(self, line: str, pos: int) -> tuple[tuple, list[str]]:
        ctx = self.ctx
        if self.signed and any(a <= pos < b for a, b in self.signed):
            return (), []  # the parties' names and addresses under the execution clause: no law word corrects a name
        if not _RUN.search(line):
            return (), []
        found = _LINE_PAIRS.get(line, lambda: _unlawful_in([line])[0])
        if found:
            found = _LINE_KEPT.get(line, lambda: tuple(
                c for c in found if not _in_name(ctx, pos + c[1]) and not _variant_of_word(c[0])
                and not _prefix_after_words(ctx, pos + c[1]) and not _self_designation(line, c[1])
                and not _counted_portion(ctx, line, pos, c[1]) and not _form_blank(line, c[0], c[1])
                and not GRID_STREET.search(line, max(0, c[1] - 3), c[1] + 2)
                and not _in_document_number(line, c[1]) and not _in_a_series(line, c[1])))
        apart: list[str] = []
        if found and self.spaced is not None:
            gone = [c for c in found if _spaced_in_source(self.spaced, ctx.text, self.offsets, pos + c[1])]
            if gone:
                apart = [c[0] for c in gone]
                found = tuple(c for c in found if c not in gone)
        return found, apart


# two-kanji words joined by ・ (or 、) into a list
_SERIES = re.compile(r"[\u4e00-\u9fff]{2}(?:[・、][\u4e00-\u9fff]{2})+")


def _in_a_series(line: str, at: int) -> bool:
    """Is the pair at ``at`` a two-kanji word of a list joined by ・ whose other words share its kanji in the same place
    (「不達・誤達・遅達」, 「前払・後払」)? The writer coins the series by analogy, each word as well-formed as its
    neighbours, whatever the dictionary holds; a slip makes no such series."""
    for m in _SERIES.finditer(line, max(0, at - 12), min(len(line), at + 14)):
        if not m.start() <= at < m.end() or line[at - 1:at] not in ("", "・", "、") and at != m.start():
            continue
        words = re.split("[・、]", m.group(0))
        pair = line[at:at + 2]
        others = [w for w in words if w != pair]
        if pair in words and any(w[1] == pair[1] or w[0] == pair[0] for w in others):
            return True
    return False


def _spaced_in_source(source: str, text: str, offsets, pos: int) -> bool:
    """Does normalization join the pair of kanji at ``pos`` to a kanji it stands apart from in the source, with only
    spaces between them (代表取締役 告原 豊和: a title, a surname and a given name)? Either the pair itself straddles
    such a space (役|告), or it is a word of two kanji set apart by spaces from the kanji beside it (告原, 豊和). Japanese
    prose puts no space inside a compound: the writer made none there, and the pair is no slip inside one, whatever
    the dictionary knows of the names. (Checked on the candidates, after the line's own filters: a line of the
    normalized text may come from sources spaced differently.)"""
    def apart(i: int) -> bool:  # a space of the source between text[i - 1] and text[i]
        a, b = offsets[i - 1], offsets[i]
        return b - a > 1 and not source[a + 1:b].strip(" \u3000\t")

    if apart(pos + 1):
        return True
    before = pos > 0 and _KANJI_CH.match(text[pos - 1])
    after = pos + 2 < len(text) and _KANJI_CH.match(text[pos + 2])
    left = not before or apart(pos)
    right = not after or apart(pos + 2)
    if after and right and before and not left:
        # the pair closes a compound the source sets apart from what follows (「事業所名　協同組合」, a label and its
        # value): read alone, the compound may cut the pair (事業所|名), which the joined text hid (事業|所名)
        start = pos
        while start > 0 and _KANJI_CH.match(text[start - 1]) and not apart(start):
            start -= 1
        # (a word of two kanji or more, or a suffix closing one, ends at the pair's first kanji: 事業|所|名, not the
        # broken 会員|利|容)
        return any(t.end == pos + 1 - start and (t.end - t.start >= 2 or t.pos == "接尾辞")
                   for t in tokenize(text[start:pos + 2]))
    return left and right and (bool(before) or bool(after))


def _self_designation(line: str, at: int) -> bool:
    """Is the pair at ``at`` of ``line`` how a party names itself, 当 or its humble 弊 before a kind of organization
    (self_designations.tsv: 弊行 for a bank, 弊会, 弊協会) at the head of a compound? 弊 before any of them is as
    ordinary as 弊社, which the dictionary happens to hold; a slip makes no such pair."""
    if line[at] not in "当弊" or (at and _KANJI_CH.match(line[at - 1])):
        return False
    return any(line.startswith(n, at + 1) for n in organization_nouns())


def _signature_spans(doc) -> list[tuple[int, int]]:
    """The lines of the closing after its execution clause (「以上、本契約成立の証として…」): the date, the parties,
    their addresses, their representatives' names."""
    out, signing = [], False
    for b in doc.closing:
        if b.kind == "closing":
            signing = True
        elif signing and b.kind == "text":
            out.append(b.span)
    return out


def _variant_of_word(pair: str) -> bool:
    """Is ``pair`` written with a variant form of a kanji (髙橋, 渡邊) where the standard form makes a pair law text
    writes or a word of the dictionary (高橋, 渡辺)? The same word, in the form a name is registered in."""
    std = standard_form(pair)
    return std != pair and (std in model()["kanji_pairs"] or _is_word(std))


@lru_cache(maxsize=None)
def _kanji_list(name: str) -> frozenset[str]:
    """The kanji of a data file's first column (suffix_kanji.tsv, prefix_kanji.tsv)."""
    return frozenset(row[0] for row in load_tsv(name))


def _suffix_after_words(ctx: Context, pos: int) -> bool:
    """Is the pair of kanji at ``pos`` a suffix after the words before it in its compound (自治体|別: the pair 体別
    crosses a word boundary)? Its second kanji is a productive suffix (suffix_kanji.tsv) that MeCab reads standing
    alone, and the kanji before it, two at least, are words of MeCab's dictionary ending with the first. A slip of
    the first kanji still breaks its pair with the kanji before it; a slip that makes a productive suffix after whole
    words (自治体制 written 自治体別) is well-formed Japanese, which no statistics can tell from the intent."""
    text = ctx.text
    if pos < 0 or text[pos + 1:pos + 2] not in _kanji_list("suffix_kanji.tsv") or not _KANJI_CH.match(text[pos]):
        return False
    return _alone_after_words(ctx, pos, pos + 1)


def _word_then_its_suffix(ctx: Context, pos: int) -> bool:
    """Does the pair's first kanji close a word of the dictionary with the kanji before it, and MeCab read the second
    as a suffix (下|請負|人: the subcontractor, 請負 and 人, however MeCab cut 下請|負)?"""
    return pos > 0 and _KANJI_CH.match(ctx.text[pos - 1]) is not None and _affix_pos(ctx, pos + 1) == "接尾辞" \
        and is_known_word(ctx.text[pos - 1:pos + 1])


def _suffix_ends_the_word_before(ctx: Context, pos: int) -> bool:
    """Is the pair's first kanji a productive suffix that closes the words before it (引渡|後|空駐車場: after the hand-over,
    an empty parking space), standing alone after two kanji or more that MeCab reads as words? The next kanji starts
    another word."""
    return ctx.text[pos:pos + 1] in _kanji_list("suffix_kanji.tsv") and _alone_after_words(ctx, pos, pos)


def _suffix_after_doc_word(ctx: Context, pos: int) -> bool:
    """A productive suffix after a word the document writes whole, _JUNCTION_WORD times or more (本会|側 where 本会 ends
    32 runs): the side of the body, no slip of 会則; or after one word of the dictionary (退会|届, the form of notice
    of leaving, however rarely the document writes 退会). Not after words the document never ends a run with that
    MeCab reads only as two (送信|間|数 is 送信件数 with 件 changed, however MeCab splits it)."""
    if not _suffix_after_words(ctx, pos):
        return False
    a, _ = _compound_around(ctx.text, pos, pos + 2)
    before = ctx.text[a:pos + 1]
    return _run_ends(ctx)[before] >= _JUNCTION_WORD or is_known_word(before)


def _alone_after_words(ctx: Context, pos: int, k: int) -> bool:
    """Does the kanji at ``k`` (of the pair at ``pos``) stand alone for MeCab, after two kanji or more of its
    compound that MeCab reads as words of its dictionary?"""
    a, _ = _compound_around(ctx.text, pos, pos + 2)
    t = ctx.token_at(k)
    if k - a < 2 or t is None or (t.start, t.end) != (k, k + 1):
        return False
    toks, known = tagged_line(ctx.text[a:k])
    return bool(toks) and all(known)


# a place name followed by these is an address: 愛知県名古屋市中区金山
_ADDRESS_UNITS = re.compile("[都道府県市区町村郡]")


# a word the document writes this often (the time at hand included) is one of its own words
_JUNCTION_WORD = 3


def _word_junction(ctx: Context, pos: int) -> bool:
    """See _junction; asked by up to four detectors for one pair, answered once per document."""
    known = ctx.full.memo("typo.word_junctions", dict)
    if pos not in known:
        known[pos] = _junction(ctx, pos) or _prefix_of_doc_word(ctx, pos)
    return known[pos]


def _prefix_of_doc_word(ctx: Context, pos: int) -> bool:
    """Is the pair of kanji at ``pos`` a prefix of quantity (prefix_kanji.tsv: 総, 全, 各), which MeCab reads as a
    token of its own, before a compound the document ends whole runs of kanji with _JUNCTION_WORD times or more, this
    one included (総|正会員 beside すべての正会員 and 1.正会員: all the full members)? The prefix is put before the
    document's own word; a slip into a prefix (前項 written 全項) leaves a word of one kanji after it."""
    text = ctx.text
    if text[pos] not in _kanji_list("prefix_kanji.tsv"):
        return False
    t = ctx.token_at(pos)
    if t is None or (t.start, t.end) != (pos, pos + 1):
        return False
    _, b = _compound_around(text, pos, pos + 2)
    ends = _run_ends(ctx)
    return any(ends[text[pos + 1:j]] >= _JUNCTION_WORD for j in range(pos + 3, b + 1))


def _junction(ctx: Context, pos: int) -> bool:
    """Is the pair of kanji at ``pos`` the junction of two words the document writes, one ending with its first kanji
    and the other starting with its second (本会|会員 in 本会会員: a word of the club and its members)? MeCab must
    start a word of two kanji or more at the second kanji. Each side is a word of two kanji or more that the document
    writes _JUNCTION_WORD times or more: a word of MeCab's dictionary written so, or a compound the document itself
    writes as a whole run of kanji, or at the end (the left side) or the start (the right side) of one, that often
    (自治会, which UniDic splits as 自治|会: 各自治会、「自治会」、単一自治会). A slip breaks one word; it rarely leaves two
    whole words the document uses on each side of it. Asked by each detector, not by _unlawful_pairs: its candidates
    must be the line's alone (their passes are kept per line), and this is a matter of the whole document."""
    start, end = ctx.line_span(pos)
    words = _JUNCTION_WORDS.get((ctx.text[start:end], pos - start), lambda: _junction_words(ctx, pos))
    if words is None:
        return False
    text = ctx.text
    counts = ctx.full.memo("typo.junction_counts", dict)

    def own(w: str) -> bool:
        n = counts.get(w)
        if n is None:
            n = counts[w] = text.count(w)
        return n >= _JUNCTION_WORD

    left, right = words
    return (any(own(w) for w, known in left if known) or any(_run_ends(ctx)[w] >= _JUNCTION_WORD for w, _ in left)) \
        and (any(own(w) for w, known in right if known) or any(_run_starts(ctx)[w] >= _JUNCTION_WORD for w, _ in right))


def run_counts(ctx: Context) -> Counter:
    """How often the document writes each whole run of kanji (two or more), once per document."""
    return ctx.full.memo("typo.runs", lambda: Counter(_RUN.findall(ctx.text)))


def _run_ends(ctx: Context) -> Counter:
    """How often the document ends a whole run of kanji with each string of two kanji or more (単一自治会, 各自治会
    and 自治会 each count for 自治会): counted over the distinct runs, and only for a document that asks."""
    def build():
        out: Counter = Counter()
        for r, n in run_counts(ctx).items():
            for i in range(len(r) - 1):
                out[r[i:]] += n
        return out
    return ctx.full.memo("typo.run_ends", build)


def _run_starts(ctx: Context) -> Counter:
    """How often the document starts a whole run of kanji with each string of two kanji or more."""
    def build():
        out: Counter = Counter()
        for r, n in run_counts(ctx).items():
            for j in range(2, len(r) + 1):
                out[r[:j]] += n
        return out
    return ctx.full.memo("typo.run_starts", build)


# (line, offset of a pair in it) → the words of the dictionary its compound ends with the pair's first kanji and
# starts with its second, or None where MeCab starts no word at the second kanji: a matter of the line alone
_JUNCTION_WORDS = LineMemo()


def _junction_words(ctx: Context, pos: int) -> tuple[tuple[tuple[str, bool], ...], tuple[tuple[str, bool], ...]] | None:
    """(the strings of two kanji or more of the pair's compound that end with its first kanji, those that start with
    its second), each with whether it is a word of MeCab's dictionary."""
    text = ctx.text
    t = ctx.token_at(pos + 1)
    if t is None or t.start != pos + 1 or t.end - t.start < 2:
        return None  # MeCab does not start a word of two kanji or more at the second kanji
    a, b = _compound_around(text, pos, pos + 2)
    return (tuple((w, _is_word(w)) for w in (text[i:pos + 1] for i in range(a, pos))),
            tuple((w, _is_word(w)) for w in (text[pos + 1:j] for j in range(pos + 3, b + 1))))


def _prefix_after_words(ctx: Context, pos: int) -> bool:
    """Is the pair of kanji at ``pos`` a prefix of quantity (prefix_kanji.tsv: 全, 各) and the noun it heads, after
    words MeCab reads as words of its dictionary in the same compound (会則|全|項: all the rules' paragraphs)? The
    prefix starts a noun phrase of its own there. At the head of a compound (全項の規定) the pair is still weighed:
    前項 written 全項 is a slip of one key of the same reading."""
    if ctx.text[pos] not in _kanji_list("prefix_kanji.tsv"):
        return False
    if _alone_after_words(ctx, pos, pos):
        return True
    # (or right after a noun written with its okurigana, 「取り決め|全項」: the kana end the word, the prefix heads the next;
    # MeCab reads a compound verb's continuative used as a noun as the verb where no particle follows: 「取り決め全項)」)
    before = ctx.token_at(pos - 1) if pos else None
    return before is not None and before.end == pos and "ぁ" <= before.surface[-1] <= "ゖ" \
        and (before.pos == "名詞" and len(before.surface) >= 2 or before.pos == "動詞" and len(before.surface) >= 3) \
        and is_known_word(before.surface)


_LEGAL_FORM = re.compile(LEGAL_FORMS)


# the brackets that give what precedes them a designation: （以下「当社」という。）, (以下、甲という)
_DESIGNATED_NEXT = re.compile(r"[ \u3000]*[（(]以下")


def _in_name(ctx: Context, pos: int) -> bool:
    """Is the pair of kanji at ``pos`` part of a name, which no law word corrects: a given name after a surname the
    dictionary knows (加藤|絵未, 橋本|泰邦), or a place in an address after a place name (名古屋|市中|区|金山)? A
    compound that only starts with a name (東京|地方|栽判所) is still checked, and so is a pair MeCab reads as a name
    of its own (a slip it cannot read often is one)."""
    text = ctx.text
    a, b = _compound_around(text, pos, pos + 2)
    if _LEGAL_FORM.search(text, a, pos):
        return True  # 学校法人|常翔|学園: what follows an organization's legal form is its name
    proper_before = False
    p = a
    while p < b:
        t = ctx.token_at(p)
        if t is None:
            p += 1
            continue
        if t.pos2 == "固有名詞" and t.end <= pos:
            if t.end == pos and t.end - t.start >= 2:
                return True  # right after a name the dictionary knows (加藤, 橋本): its other half
            if t.end < pos:
                proper_before = True
        p = max(t.end, p + 1)
    return proper_before and _ADDRESS_UNITS.search(text, a, pos + 2) is not None


# line → ((pair, offset in the line, kanji before it), …): what _unlawful_in finds in it
_LINE_PAIRS = LineMemo()
# line → those of its pairs that are not part of a name, a variant kanji or a prefix after words
_LINE_KEPT = LineMemo()


def _unlawful_in(lines: list[str]) -> list[tuple[tuple[str, int, str], ...]]:
    """The pairs law text never writes in each of ``lines``. Law text writes most pairs of a document, so
    this list is short: the pairs of the distinct compounds are collected (no Python loop over the whole
    text) and only those law text lacks are looked for, in all the lines at once."""
    law_pairs = model()["kanji_pairs"]
    text = "\n".join(lines)
    pairs = {r[i:i + 2] for r in set(_RUN.findall(text)) for i in range(len(r) - 1)}
    unlawful = sorted(p for p in pairs if p not in law_pairs)
    out: list[list[tuple[str, int, str]]] = [[] for _ in lines]
    if unlawful:
        # the first kanji of a pair, followed by one of its seconds: branches that start with a literal let
        # the regex engine skip ahead by a character set, where a lookahead at every position did not
        seconds: dict[str, str] = {}
        for p in unlawful:
            seconds[p[0]] = seconds.get(p[0], "") + p[1]
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", text))
        k = 0
        rx = re.compile("|".join(f"{a}(?=[{b}])" for a, b in seconds.items()))
        for m in rx.finditer(text):
            i = m.start()
            while k + 1 < len(starts) and starts[k + 1] <= i:
                k += 1
            before = text[i - 1] if i and _KANJI_CH.match(text[i - 1]) else ""
            out[k].append((text[i:i + 2], i - starts[k], before))
    return [tuple(found) for found in out]


# a pair of kanji the document writes this often is its own word: a pair written once that is it with one kanji
# changed to one of the same reading or shape (役款 among 約款 ×40, 成合 among 場合) is a slip of it
_DOC_WORD = 5
# ... or this often where MeCab reads a kanji of the pair as no word at all (a symbol: 併 of 「弊社」 typed 「併社」, beside
# 弊社 ×4) and the correction reads better by _SURE_GAIN
_DOC_WORD_UNREAD = 3


def _doc_pair_counts(ctx: Context) -> Counter:
    """How often the document writes each pair of adjacent kanji inside a compound: the pairs of each line (kept
    for every document of the process), counted in C."""
    def build():
        get = _LINE_KANJI_PAIRS.get
        return Counter(chain.from_iterable(get(line, lambda line=line: _kanji_pairs_of(line))
                                           for line in ctx.text.split("\n") if line))
    return ctx.full.memo("typo.doc_pairs", build)


_LINE_KANJI_PAIRS = LineMemo()


class PairCounts:
    """``_doc_pair_counts`` asked pair by pair: for a context scoped to a diff's changed units, which asks of a few
    pairs, each is counted in the whole text as it is asked (every place two kanji stand side by side lies inside a
    run of kanji, overlapping places included), unless the document was counted whole."""

    def __init__(self, ctx: Context):
        self.full = ctx.full
        self.whole = self.full._cache.get("typo.doc_pairs") if ctx.scope is not None else _doc_pair_counts(ctx)
        self.asked = self.full.memo("typo.pairs_asked", dict)

    def __getitem__(self, pair: str) -> int:
        if self.whole is not None:
            return self.whole[pair]
        n = self.asked.get(pair)
        if n is None:
            text = self.full.text  # (two places of a pair of one kanji twice may overlap: 人人人 holds 人人 twice)
            n = self.asked[pair] = text.count(pair) if pair[0] != pair[1] else \
                len(re.findall(f"(?={re.escape(pair)})", text))
        return n


def _kanji_pairs_of(line: str) -> tuple[str, ...]:
    return tuple(run[i:i + 2] for run in _RUN.findall(line) for i in range(len(run) - 1))


def _pairs_by_kanji(counts: Counter, minimum: int) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The pairs ``counts`` has at least ``minimum`` times, by their first and by their second kanji: the
    document's own words, few, so each candidate looks at the handful that share a kanji with it."""
    by_first: dict[str, list[str]] = {}
    by_second: dict[str, list[str]] = {}
    for q, n in counts.items():
        if n >= minimum:
            by_first.setdefault(q[0], []).append(q)
            by_second.setdefault(q[1], []).append(q)
    return by_first, by_second


def _twins(pair: str, by_first: dict, by_second: dict) -> list[tuple[str, str, str]]:
    """(twin, kanji of ``pair`` changed, kanji it becomes) of each indexed pair one kanji of the same reading or
    shape away from ``pair``: the first kanji changed, then the second."""
    out = [(q, pair[0], q[0]) for q in by_second.get(pair[1], ()) if q[0] in _similar_order(pair[0])]
    out += [(q, pair[1], q[1]) for q in by_first.get(pair[0], ()) if q[1] in _similar_order(pair[1])]
    return out


def _verb_opens_at(ctx: Context, pos: int) -> bool:
    """Does a verb written with its okurigana (含む, 定める) start at ``pos``?"""
    t = ctx.token_at(pos)
    return t is not None and t.start == pos and t.pos == "動詞" and t.end > pos + 1


def _noun_and_suffix(ctx: Context, pos: int) -> bool:
    """Does the tagger read the pair at ``pos`` as a one-kanji noun and a suffix (区|民, 町|民, 駐車|場), a word formation
    any noun makes with it?"""
    a, b = ctx.token_at(pos), ctx.token_at(pos + 1)
    return a is not None and b is not None and a.start == pos and a.end == pos + 1 and a.pos == "名詞" \
        and b.start == pos + 1 and b.pos == "接尾辞"


def _suffix_after_a_word(ctx: Context, pos: int) -> bool:
    """Does the tagger read the kanji at ``pos`` as a suffix of one kanji closing the noun of two kanji or more before
    it, and the kanji after it as a suffix too (弁護|士|料: 弁護士, then its fee)? The suffix belongs to the word before,
    with which it makes a word of its own."""
    a, b, c = ctx.token_at(pos - 1), ctx.token_at(pos), ctx.token_at(pos + 1)
    return a is not None and b is not None and c is not None and a.end == pos and a.end - a.start >= 2 \
        and a.pos == "名詞" and b.start == pos and b.end == pos + 1 and b.pos == "接尾辞" \
        and c.start == pos + 1 and c.pos == "接尾辞"


def _suffix_of_the_word_before(ctx: Context, pos: int) -> bool:
    """Is the pair's first kanji, at ``pos``, the suffix of the word before it (病|児, 弁護|士|料)? Changing it changes
    that word, not the pair."""
    return pos > 0 and (_noun_and_suffix(ctx, pos - 1) or _suffix_after_a_word(ctx, pos))


_NEGATING_PREFIXES = frozenset("不未非無")


def _prefix_before_a_word(ctx: Context, pos: int) -> bool:
    """Is the kanji at ``pos`` a prefix of one kanji (純, 非, 再, 超) that MeCab reads so, before a dictionary word of two
    or three kanji starting right after it (純|過半数, which MeCab itself splits 過|半数)?"""
    t = ctx.token_at(pos)
    if t is None or t.start != pos or t.end != pos + 1 or t.pos != "接頭辞":
        return False
    text = ctx.text
    return any(is_known_word(text[pos + 1:pos + 1 + n]) for n in (3, 2) if len(text[pos + 1:pos + 1 + n]) == n
               and all("\u4e00" <= c <= "\u9fff" for c in text[pos + 1:pos + 1 + n]))


def _between_two_words(ctx: Context, pos: int) -> bool:
    """Does the tagger end a word of the dictionary with the pair's first kanji and start another of two kanji or more
    with its second (専修大学|奨学生)? The first of two kanji or more, or a noun of one standing alone after の
    (「従業員の内|常時使用する者」: 内, うち)."""
    a, b = ctx.token_at(pos), ctx.token_at(pos + 1)
    if a is None or b is None or a.end != pos + 1 or b.start != pos + 1 or b.end - b.start < 2 \
            or not is_known_word(b.surface):
        return False
    if a.start == pos:
        return a.pos == "名詞" and ctx.text[pos - 1:pos] == "の"
    return is_known_word(a.surface)


# a pair general Japanese writes this often as a word of its own (試用 9.5e-7, 私用, 誤用): meant, whatever staple of
# the document it is one kanji from; the slips into words are into words it never writes (措合, 当意, 役款: 0)
_GENERAL_WORD_OF_ITS_OWN = 5e-7


def _doc_word_findings(ctx: Context, skip: list[tuple[int, int]]):
    """A pair of kanji law text never writes, written once, that is a pair the document itself writes at least
    _DOC_WORD times with one kanji changed to one of the same on reading or radical: 本役款 in a document of
    本約款, 送信間数 in one of 件数."""
    text = ctx.text
    candidates, doc_pairs = _unlawful_pairs(ctx)
    counts = few_by_kanji = None
    said = -1  # where the last finding ends: 理子長 is one slip, not 理子 and 子長 both
    for pair, s, before in candidates:
        if doc_pairs[pair] > 1 or s < said or any(a < s + 2 and s < b for a, b in skip):
            continue
        if pair[0] in NUMERAL_KANJI or pair[1] in NUMERAL_KANJI or before in NUMERAL_KANJI or CONJUNCTION_KANJI.intersection(pair):
            continue
        if _word_junction(ctx, s) or _suffix_after_doc_word(ctx, s) or _suffix_ends_the_word_before(ctx, s) \
                or _word_then_its_suffix(ctx, s):
            continue  # 本会|会員: two of the document's words, no pair of one; 本会|側: a suffix after its word
        if _noun_and_suffix(ctx, s):
            continue  # 区|民 beside 公民 ×8: a noun and a productive suffix (区民, 市民, 駐車場) make a word of their own
        if _prefix_before_a_word(ctx, s + 1) and ctx.token_at(s) is not None and ctx.token_at(s).end == s + 1:
            continue  # 職務|不|適合 beside 職務上 ×6: a word ends, a prefix opens the next (不適合), no pair of one
        if _between_two_words(ctx, s):
            continue  # 大学|奨学生 beside 学生 ×14, の|内|常時: a slip leaves a kanji alone or an unknown word, not two words
        if _after_determiner(ctx, s):
            continue  # 「卒業その他学生の在籍」: その|他, the noun a determiner governs, then a word: no pair of one
        if _verb_opens_at(ctx, s + 1):
            continue  # 駐車場|含む: a noun and a verb written with its okurigana (its を left out), no compound
        # 移行, 不通: a word of its own, which the document may well write once; unless the document's own word
        # is one of its staples (措合員 among 組合員 ×300, 当意 among 同意 ×40): the dictionary holds rare words
        # (措合, 当意) that law text never writes, and a slip into one of them is still a slip
        word_itself = _is_word(pair)
        if word_itself and general_frequency(pair) >= _GENERAL_WORD_OF_ITS_OWN:
            continue  # 「評価及び試用する目的」 beside 使用 ×27: 試用 (trial use) is a word every writer may mean
        if counts is None:
            counts = _doc_pair_counts(ctx)
            by_kanji = _pairs_by_kanji(counts, _DOC_WORD)
        best = None
        for q, wrong, right in _twins(pair, *by_kanji):
            if best is None or (counts[q], q) > best[:2]:
                best = (counts[q], q, wrong, right)
        if best is None and not word_itself and _unread_kanji(ctx, s):
            if few_by_kanji is None:
                few_by_kanji = _pairs_by_kanji(counts, _DOC_WORD_UNREAD)
            for q, wrong, right in _twins(pair, *few_by_kanji):
                if (best is None or (counts[q], q) > best[:2]) and _reading_gain(ctx, s, s + 2, q) >= _SURE_GAIN:
                    best = (counts[q], q, wrong, right)
        if best is None or (word_itself and (best[0] < _DOC_STAPLE or not _is_word(best[1]))):
            continue  # (本役 → 本約: a staple pair of 本約款 but no word; the slip is 役款 → 約款)
        if word_itself and not _shared_readings(best[2], best[3]):
            continue  # 併用 beside 使用 ×21: a word of its own one kanji of like shape away (亻, 8 strokes), no slip of
            # it; a slip into a word is one of the same reading, as the input method makes (措合 for 組合, 当意 for 同意)
        n, word, wrong, right = best
        if word_itself and not _staple_in_compound(text, s, word):
            continue
        if _reading_gain(ctx, s, s + 2, word) < _DOC_WORD_GAIN:
            continue  # the change does not make the clause read better: two words, not a slip
        said = s + 2
        extra = _extra_kanji(ctx, s, word)
        if extra is not None:
            cs, ce, shorter, kanji, m = extra
            yield ctx.finding(
                "typo", (cs, ce),
                f"「{pair}」はこの文書でここだけの字の組合せです。「{kanji}」を除いた「{shorter}」はこの文書で{m}回"
                f"使われ、形態素解析上も「{right}」への書き換えより自然な文になります。",
                f"「{pair}」 is written only here; without 「{kanji}」 it is 「{shorter}」, which the document writes {m} "
                f"times, and MeCab reads the clause better without it than with 「{right}」 for 「{wrong}」.",
                suggestion=shorter, severity="warning",
                excerpt=text[max(ctx.line_span(cs)[0], cs - 4):ce + 4])
            continue
        if _breaks_neighbour(text, s, pair, word, counts):
            continue
        yield _staple_finding(ctx, (s, s + 2), pair, "字の組合せ", wrong, right, word, n, suggestion=word,
                              excerpt_end=s + 6)


def _unread_kanji(ctx: Context, s: int) -> bool:
    """Does MeCab read a kanji of the pair at ``s`` as a symbol, no word of its dictionary?"""
    return any(t is not None and t.pos == "記号" for t in (ctx.token_at(s), ctx.token_at(s + 1)))


def _staple_in_compound(text: str, s: int, word: str) -> bool:
    """Where the pair at ``s`` is a word of its own inside a longer compound, does the document write ``word`` in
    that compound too (措合員 → 組合員, written 300 times)? 既定予算 is the budget already adopted, a compound of its own:
    that the document writes 規定 twenty times says nothing of it, when it never writes 規定予."""
    cs, ce = _compound_around(text, s, s + 2)
    if cs == s and ce == s + 2:
        return True  # the pair is the whole compound: the staple alone vouches for it
    return (cs < s and text[s - 1] + word in text) or (ce > s + 2 and word + text[s + 2] in text)


def _breaks_neighbour(text: str, s: int, pair: str, word: str, counts: Counter) -> bool:
    """Would correcting the pair at ``s`` to ``word`` make a pair with the kanji on the changed side that neither law
    text nor the document writes (労使間 read as 労 and 使間 → 時間 leaves 労時)? A slip broke one compound, and its
    correction mends it whole: 本役款 → 本約款 keeps 本約, which the document writes with every 本約款."""
    if word[0] != pair[0]:
        if s == 0 or not _KANJI_CH.match(text[s - 1]):
            return False
        made = text[s - 1] + word[0]
    else:
        if s + 2 >= len(text) or not _KANJI_CH.match(text[s + 2]):
            return False
        made = word[1] + text[s + 2]
    if made in model()["kanji_pairs"] or counts[made]:
        return False
    # a suffix ends the word it closes, and a prefix opens one (お客政指定 → お客|様|指定: the honorific 様, then a noun):
    # the kanji beyond them make no pair with them. (The tagger's word boundaries in the mended text say nothing by
    # themselves: it splits 労|時間 as readily, at the very pair no one writes.)
    lo = max(0, s - 3)
    mended = text[lo:s] + word + text[s + 2:s + 6]
    edge, pos = (s - lo - 1, "接頭辞") if word[0] != pair[0] else (s - lo + 1, "接尾辞")
    return not any(t.start <= edge < t.end and t.pos == pos for t in tokenize(mended))


def _extra_kanji(ctx: Context, s: int, word: str) -> tuple[int, int, str, str, int] | None:
    """(start, end, the compound without it, the kanji, times the document writes that) where the pair at ``s``
    ends or starts its compound and the kanji there is one too many: 秘密情報法に among 秘密情報 ×21 is 秘密情報 with
    法 typed after it, not 秘密情方法. The document writes the compound without the kanji _DOC_WORD times at least, and
    MeCab reads the clause better without it than with the pair changed to ``word``."""
    text = ctx.text
    cs, ce = _compound_around(text, s, s + 2)
    if ce - cs < 4:
        return None  # a compound of two or three kanji: too short to say which is its own
    changed = text[cs:s] + word + text[s + 2:ce]
    best = None
    for at in ([ce - 1] if s + 2 == ce else []) + ([cs] if s == cs else []):
        shorter = text[cs:at] + text[at + 1:ce]
        m = text.count(shorter)
        if m < _DOC_WORD:
            continue
        gain = _reading_gain(ctx, cs, ce, shorter)
        if gain > _reading_gain(ctx, cs, ce, changed) + _DOC_WORD_GAIN and (best is None or gain > best[0]):
            best = (gain, shorter, text[at], m)
    if best is None:
        return None
    return cs, ce, best[1], best[2], best[3]


# A pair law text never writes, written once (a word of the dictionary: 当意, 間数, 同異; or none: 一債), one kanji
# of the same reading or shape away from a pair the document writes at least _DOC_NEAR times, and written where
# the document writes that pair with the same two characters before or after it (送信間数 among 送信件数 ×4,
# 同異を得 among 同意を得, 一債の責 among 一切の責): the document's own phrase vouches for the slip where the pair
# alone is too rare a staple (_DOC_STAPLE), and for a numeral's pair, which the other detectors leave alone
# (counters: 二号, 三倍). MeCab must read the clause better by _DOC_CONTEXT_GAIN: on the corpus only 付属 among
# 附属施設 (a house style) and 電機 among 電気通信 (a real slip) have such a phrase beside them, gaining 0 and
# 1,000; planted slips 2,700-6,800.
_DOC_NEAR = 3
# kanji that stand before a number as its prefix or the end of an era's name or a unit (第九, 令和九年, 同九号, 約九割)
_NUMBER_BEFORE = re.compile("[第同各約計全満毎年月日時条項号章節款目和成正治元前後者等]")
_DOC_CONTEXT_GAIN = 2500
_HIRAGANA_CH = re.compile("[ぁ-ゖ]")
# up to this many pairs to weigh, the document's pairs that share a kanji with each are counted by two scans of
# the text, not by counting every pair of every compound (law text has a handful; terms have hundreds)
_FEW_PAIRS = 8


_GRAMMAR_CONTEXT = frozenset("はがをにともでへのや、。，．・")


def _phrase_count(text: str, context: str, phrase: str, word_itself: bool, before: bool, sure: bool = False) -> int:
    """How often the document writes ``phrase`` (a pair and two characters beside it, ``context``); for a pair that
    is a word of the dictionary, a context of particles and punctuation counts from twice only, and kana before it
    not at all: any noun stands after および (「抽選および賞品の発送」 beside 「…および商品」 twice: a prize, no misspelt
    商品, pub148), where the kana after it select a word (当意した beside 同意した: a verbal noun)."""
    if len(context) != 2:
        return 0
    if word_itself and before and all(c in _GRAMMAR_CONTEXT or "ぁ" <= c <= "ゖ" for c in context):
        return 0
    n = text.count(phrase)
    # (and for a word of the dictionary, a phrase written once vouches for nothing: 「幹事の残任期間中」 beside
    # 「幹事の選任」 once, pub460; 残任 is a word of rules on officers; unless MeCab is ``sure`` of the correction:
    # 「管理組合…を後成する」 beside 「構成する」 once, the clause reads better by 5,750)
    return 0 if word_itself and n < 2 and not sure else n


CONJUNCTION_KANJI = frozenset("又及並若且")  # 敷地又は: a conjunction glued to the noun before it, no compound
# the case particles a noun takes and no conjunction (of those kanji) is written with: は (又は), に (並びに), も are its own
_CASE_AFTER_PAIR = frozenset("がをでの")

_WHOLE_WRITTEN = 2
# kanji that follow a compound without making it another (消防法第8条, 消防法等, 消防法及び)
_AFTER_COMPOUND = "第等" + "".join(sorted(CONJUNCTION_KANJI))


def _whole_written(text: str, s: int, q: str) -> tuple[str, int] | None:
    """The whole compound around the pair at ``s`` with ``q`` in its place, and how often the document writes it as
    a compound of its own, when at least _WHOLE_WRITTEN times (消防法 ×2 beside 建築基準法および消防邦の規定): a pair
    that is no word alone (防法) is then the document's own, as a staple pair is, and the compound is its phrase."""
    a, b = _compound_around(text, s, s + 2)
    if b - a < 3 or any(x == y for x, y in zip(text[a:b], text[a + 1:b])):
        return None  # (the pair alone: the document's count of it said so already; a kanji typed twice, 賃賃借 beside
        # 賃貸借, is told as such, the pair's correction by the document's pairs)
    whole = text[a:s] + q + text[s + 2:b]
    n = sum(1 for _ in compound_places(text, whole, katakana=False, before=_AFTER_COMPOUND))
    return (whole, n) if n >= _WHOLE_WRITTEN else None


def _doc_context_findings(ctx: Context, skip: list[tuple[int, int]]):
    text = ctx.text
    candidates, doc_pairs = _unlawful_pairs(ctx)
    rest = []
    for pair, s, before in candidates:
        if doc_pairs[pair] > 1 or any(a < s + 2 and s < b for a, b in skip):
            continue
        if before in NUMERAL_KANJI or CONJUNCTION_KANJI.intersection(pair):
            continue
        if pair[0] in NUMERAL_KANJI and not _HIRAGANA_CH.match(text[s - 1:s]):
            continue  # 五公告: an item's number glued to its text (e-Gov), or a number counted (第三者)
        if pair[1] in NUMERAL_KANJI and (pair[0] in NUMERAL_KANJI or _NUMBER_BEFORE.search(pair[0])
                                         or _KANJI_CH.match(text[s + 2:s + 3])):
            continue  # 第九, 成九年, 九十九: a number and what counts or names it; 請九 (請求 ×70) is the phrase's slip
        if _word_junction(ctx, s) or _suffix_after_doc_word(ctx, s) or _suffix_ends_the_word_before(ctx, s) \
                or _word_then_its_suffix(ctx, s):
            continue  # 本会|会員: two of the document's words, no pair of one; 本会|側: a suffix after its word
        rest.append((pair, s))
    if not rest:
        return
    counts: Counter | None = None
    by_kanji: tuple[dict, dict] = ({}, {})
    if len(rest) > _FEW_PAIRS:  # the document's pairs by the kanji a slip keeps
        counts = _doc_pair_counts(ctx)
        by_kanji = _pairs_by_kanji(counts, _WHOLE_WRITTEN)
    for pair, s in rest:
        if len(rest) <= _FEW_PAIRS:  # law text has a few (五公開会社: item numbers glued): two scans each
            x, y = re.escape(pair[0]), re.escape(pair[1])
            counts = Counter(pair[0] + m.group(1) for m in re.finditer(f"{x}(?=([\u4e00-\u9fff々]))", text))
            counts.update(text[i - 1] + pair[1] for i in (m.start() for m in re.finditer(y, text))
                          if i and _KANJI_CH.match(text[i - 1]))
            counts[pair[0] + pair[1]] //= 2  # (the pair itself, found by both scans)
            by_kanji = _pairs_by_kanji(counts, _WHOLE_WRITTEN)
        line_start, line_end = ctx.line_span(s)
        left = text[max(line_start, s - 2):s]
        right = text[s + 2:min(line_end, s + 4)]
        best = None
        # beside a word of the dictionary (前任者), a context of a particle and a comma written once is grammar, not
        # the document's phrase (は、前任者 beside は、選任 once); written twice it is the phrase (同意を得 ×2 for 同異を得),
        # and a context with a word in it (英国、売国 beside 英国、米国) is one written once
        word_itself = _is_word(pair)
        for q, wrong, right_k in _twins(pair, *by_kanji):
            # (a pair written twice, which is no word nor staple, only as part of the whole compound written twice)
            own = counts[q] >= _DOC_NEAR and (_is_word(q) or counts[q] >= _DOC_STAPLE)
            whole = None if own else _whole_written(text, s, q)
            if not (own or whole) \
                    or (gain := _reading_gain(ctx, s, s + 2, q)) < _DOC_CONTEXT_GAIN:
                continue  # (MeCab first: it costs less than a count over a long text). A pair that is no word alone
                # is the document's own when it is one of its staples: 客様 of お客様 ×78 (お害様に対し)
            sure = gain >= _SURE_GAIN
            beside = max(_phrase_count(text, left, left + q, word_itself, True, sure),
                         _phrase_count(text, right, q + right, word_itself, False, sure))
            if whole and whole[1] > beside:
                beside = whole[1]  # (the compound is the phrase: 消防法 ×2, whatever stands beside it)
            else:
                whole = None
            if beside and (best is None or (beside, counts[q]) > best[:2]):
                best = (beside, counts[q], q, wrong, right_k, gain, whole)
        if best is None:
            continue
        beside, n, word, wrong, right_k, gain, whole = best
        if whole is not None:
            a, b = _compound_around(text, s, s + 2)
            skip.append((a, b))
            yield ctx.finding(
                "typo", (a, b),
                f"「{text[a:b]}」はこの文書でここだけの字の組合せで、「{pair}」は法令文にも現れません。「{wrong}」を"
                f"{likeness(wrong, right_k)}「{right_k}」にした「{whole[0]}」をこの文書は{beside}回書いています。",
                f"「{text[a:b]}」 is written only here, and 「{pair}」 never in e-Gov law text; with 「{right_k}」 (similar "
                f"reading or shape) for 「{wrong}」 it is 「{whole[0]}」, which the document writes {beside} times (MeCab "
                f"path cost {gain} lower).",
                suggestion=whole[0], severity="warning", excerpt=text[max(line_start, a - 4):b + 4],
            )
            continue
        if word_itself and not _KANJI_CH.search(left) and right[:1] and _KANJI_CH.match(right[0]) \
                and word + right[0] not in text:
            # 「任期は、前任者の任期」 beside 「任期は、選任後」 twice: after a particle and a comma, the phrase is the
            # grammar's, and 前任者 goes on as a compound the document's 選任 never does (選任者 nowhere)
            continue
        phrase = left + word if text.count(left + word) == beside and len(left) == 2 else word + right
        how = likeness(wrong, right_k)
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


# 本サービス当の among 本サービス等 ×94: a kanji standing alone after a katakana word (a suffix: 等, 料, 内), written
# so once, one kanji of the same reading or shape away from the suffix the document writes after that word
# _DOC_WORD times or more (standing alone too), with MeCab reading the clause better by _DOC_CONTEXT_GAIN (データ当たり
# reads well and stays quiet). The pair detectors read pairs of kanji and never see it. None on the corpus but the
# real slip of a public page.
_AFTER_KATAKANA = re.compile(r"([\u30a1-\u30fa\u30fc]{2,})([\u4e00-\u9fff])(?![\u4e00-\u9fff々])")


def _katakana_suffix_findings(ctx: Context, skip: list[tuple[int, int]]):
    found = list(ctx.finditer(_AFTER_KATAKANA))
    if not found:
        return
    written = ctx.full.memo("typos.after_katakana",
                            lambda: Counter(m.group(0) for m in _AFTER_KATAKANA.finditer(ctx.full.text)))
    for m in found:
        word, k = m.group(1), m.group(2)
        s = m.start(2)
        if written[m.group(0)] > 1 or k in NUMERAL_KANJI or any(a <= s < b for a, b in skip):
            continue
        best = None
        for other in _similar_order(k):
            n = written[word + other]  # the suffix the same way: standing alone after the word
            if n >= _DOC_WORD and (best is None or n > best[0]):
                best = (n, other)
        if best is None:
            continue
        n, other = best
        gain = _reading_gain(ctx, s, s + 1, other)
        if gain < _DOC_CONTEXT_GAIN:
            continue
        yield _staple_finding(ctx, (s, s + 1), word + k, "書き方", k, other, word + other, n, suggestion=other,
                              excerpt_end=s + 4, gain=gain)


def _staple_finding(ctx: Context, span: tuple[int, int], written: str, what: str, wrong: str, right: str,
                    staple: str, n: int, suggestion: str, excerpt_end: int, gain: int | None = None) -> Finding:
    """「written」 is written only here (a ``what``: 字の組合せ, 書き方); with ``right`` for ``wrong`` it is the
    document's staple, written n times."""
    s = span[0]
    how = likeness(wrong, right)
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


# MeCab's path cost must fall by this much when the correction is a word of MeCab's dictionary that law text does
# not vouch for (the law model holds three laws: 現実, 改築, 撮影 are not among their words): planted slips gain
# 8,300–10,900 (理実 → 現実, 回築 → 改築, 撤影 → 撮影); the corpus's own pairs that pass the same gates at most
# 7,100 (全棟 read as 全通: any common kanji for a rare one gains that much).
_MECAB_FIX_GAIN = 8000
# the kanji of a pair that is not a word: a one-character noun, or an affix MeCab falls back on for a kanji it
# cannot join to its neighbour (際|新, 暴力団|因, 代|象), or a symbol, its reading of a kanji it cannot read at all
# (緊|吸連絡, 慎|懲); the affixes and symbols need the reading gain of a kanji slip
_LONE_POS = {"名詞", "接尾辞", "接頭辞", "記号"}


def _affix_pos(ctx: Context, pos: int) -> str | None:
    t = ctx.token_at(pos)
    return t.pos if t is not None and t.start == pos and t.end == pos + 1 else None


def _lone_kanji(ctx: Context, pos: int) -> bool:
    t = ctx.token_at(pos)
    return t is not None and t.end - t.start == 1 and t.pos in _LONE_POS


def _dictionary_fix(ctx: Context, s: int, pair: str, written: int) -> tuple[int, str, str, str] | None:
    """(gain, word, wrong, right) of the change of one kanji of ``pair`` (at ``s``, ``written`` times in the document)
    to one of the same reading or shape that makes a word of MeCab's dictionary and makes the clause read best to
    MeCab, or None; a word the document itself writes is preferred where it reads nearly as well (成積 in rules that
    write 成績 throughout: not 成稿 or 上積, which MeCab rates a little higher there)."""
    text = ctx.text
    line_start, line_end = ctx.line_span(s)
    # _reading_gain's context: the answer depends on these characters alone, which every version repeats
    left, right = text[max(line_start, s - 8):s], text[s + 2:min(line_end, s + 6)]
    fixes = _DICTIONARY_FIXES.get((left, pair, right), lambda: _dictionary_fixes(left, pair, right))
    if not fixes:
        return None
    best = fixes[0]
    if written > 1:
        return best  # (票種 twice beside 票数: the writer's word, which a correction of the document's must not outvote)
    near = [f for f in fixes if f[0] >= _DOCUMENT_WORD_SHARE * best[0]]
    if len(near) < 2:
        return best
    counts = _doc_pair_counts(ctx)  # (the document's pairs, counted once: a law's text is not scanned per candidate)
    mine = next((f for f in near if counts[f[1]] >= _DOC_WORD), None)
    if mine is not None:
        return mine
    # ... and then the word general Japanese writes most (落電 → 落雷, not 蓄電; 北偽 → 北側, not 北偏; 黙字 → 黙示, not
    # 熟字): the first of the best reading where none is written
    return max(near, key=lambda f: general_frequency(f[1]))


_DICTIONARY_FIXES = LineMemo()
# the share of the best correction's gain a word the document writes must reach to be preferred
_DOCUMENT_WORD_SHARE = 0.7


def _dictionary_fixes(left: str, pair: str, right: str) -> tuple[tuple[int, str, str, str], ...]:
    """Every change of one kanji of ``pair`` that makes a word of the dictionary, by how much better the clause reads
    (best first)."""
    written = _path_cost(left + pair + right)
    out = []
    for i in (0, 1):
        for k in sorted(similar_kanji(pair[i])):
            word = pair[:i] + k + pair[i + 1:]
            if _is_word(word):
                out.append((written - _path_cost(left + word + right), word, pair[i], k))
    out.sort(key=lambda f: -f[0])  # (stable: ties keep the order they were tried in)
    return tuple(out)


def _pair_passes(ctx: Context) -> list[str | None]:
    """_pair_pass of each candidate of _unlawful_pairs, apart from the document's count of its pair: a matter of
    its line alone, so worked out once per line for every document of the process; for a context scoped to a
    diff's changed units, only for the candidates in its scope (the others are None: no finding is made there)."""
    def build():
        candidates, _ = _unlawful_pairs(ctx)
        out: list[str | None] = []
        if not candidates:
            return out
        for line, lo, hi in ctx.full._cache["typo.candidate_lines"]:
            if ctx.scope is not None and not ctx.in_scope(candidates[lo][1]):
                out.extend([None] * (hi - lo))
                continue
            out.extend(_LINE_PASSES.get(line, lambda lo=lo, hi=hi: tuple(
                _pair_pass(ctx, pair, s, before) for pair, s, before in candidates[lo:hi])))
        return out
    return ctx.memo("typo.pair_passes", build)


_LINE_PASSES = LineMemo()


def _pair_pass(ctx: Context, pair: str, s: int, before: str) -> str | None:
    """Which pass of _compound_findings weighs the pair at ``s`` (unless the document writes it more than twice):
    "plain" (two one-kanji nouns, or one unknown word), "verb" (a one-kanji noun and a verb), "affix" (each kanji
    read alone but with an affix, or after 同/各), or None (no candidate)."""
    x, y = pair
    if x in _party_kanji() or y in _party_kanji():
        return None  # 乙と甲間: a party's name beside a word
    if pair in model()["words"] or x in NUMERAL_KANJI or y in NUMERAL_KANJI or before in NUMERAL_KANJI or x == "第" \
            or _numbered_form(ctx, s) or ctx.text[s - 1:s] in NUMBER_MARKS:
        return None  # 第 is always the number's; a counter after the blank left for a number (◯名様) no compound
    if y in CONJUNCTION_KANJI and ctx.text[s + 2:s + 3] in _CASE_AFTER_PAIR and _lone_noun(ctx, s):
        return "plain"  # 「その請及があった日」: a conjunction's kanji before a case particle joins nothing (請求 mistyped)
    if _is_word(pair):
        if _name_done(ctx, s):
            return "plain"  # 「ネットワークを結由させる」: a name (結由) is nobody's act; the pair is a verbal noun mistyped
        return None  # a word of the dictionary
    if _between_affixes(ctx, s + 1) or _between_affixes(ctx, s):
        return None  # 廃|食|油: the noun of a word formation, its prefix and suffix around it
    if _SOON_AFTER.match(ctx.text, s + 1) and _affix_pos(ctx, s) == "接尾辞":
        return None  # 「起業後間もない」「設立後間もなく」: 間もない (soon after) follows a time, 後 its suffix
    if _noun_then_verb(ctx, s):
        # 旨|示されて: a noun, then a verb with its okurigana (legal prose leaves out を: その旨通知する), weighed only
        # where a law word reads far better (操|失する → 喪失 by 13,000, 体|成した → 作成 by 10,000; 旨示 → 指示 7,000)
        return "verb"
    if _suffix_after_words(ctx, s):
        return None  # 自治体|別: a word and its suffix, which law's words cannot tell from a slip (the document's can)
    # 同, 各 before a one-kanji noun (同法, 各号) are no compound of this kind, unless the reading gain of the affix
    # pass vouches for a correction (各|輸 → 各種)
    if x in _PREFIXES or not (_lone_noun(ctx, s) and _lone_noun(ctx, s + 1) or _unknown_pair(ctx, s)):
        if not (_lone_kanji(ctx, s) and _lone_kanji(ctx, s + 1)):
            return None  # the kanji belong to words MeCab knows (一時|的, 公務員|法): not a broken compound
        if _affix_pos(ctx, s) == "接尾辞" and _affix_pos(ctx, s + 1) == "接頭辞" and _WORD_CH.match(ctx.text, s + 2):
            return None  # 場合等|本規約: a suffix closing one noun, a prefix opening the next (not 謄本); a "prefix"
            # before a particle opens nothing (使用|状|退|や, 状態 mistyped)
        return "affix"
    if _affix_pos(ctx, s) == "接尾辞" and _word_before_particle(ctx, s + 1):
        return "affix"  # a suffix closing a noun, then a one-kanji word its particle follows: no compound unless the reading gains
    return "plain"


_WORD_CH = re.compile(r"[\u4e00-\u9fff々\u30a1-\u30fa\u30fcA-Za-zＡ-Ｚａ-ｚ0-9０-９]")


# 間もない, 間もなく: 間 (a while) and its particle, the idiom that follows a point in time (…後間もなく)
_SOON_AFTER = re.compile("間もな[いくかけ]")


def _word_before_particle(ctx: Context, pos: int) -> bool:
    """Is the kanji at ``pos`` a word of its own that a particle follows (間|も, 上|の)?"""
    t = ctx.token_at(pos)
    if t is None or t.start != pos or t.end != pos + 1:
        return False
    after = ctx.token_at(pos + 1)
    return after is not None and after.start == pos + 1 and after.pos == "助詞"


_NUMBER_CH = re.compile(r"[0-9０-９〇一二三四五六七八九十百千]")


def _counted_portion(ctx: Context, line: str, pos: int, at: int) -> bool:
    """Is the pair at ``at`` of ``line`` (which starts at ``pos``) a number's counter, read as a word of its own, and
    the kanji after it: what follows a counter (30分分, 2回分, 16時頃, 2回目: law text writes only some of them), or
    the next word (毎年1回定期健康診断, its 期 dropped: 回定 is no compound to correct)? A matter of the line."""
    # (not a label's 条, 項, 号: 「第13条業の規定」 is 条項 mistyped, the label a word of a compound)
    if not (at and _NUMBER_CH.match(line[at - 1])) or line[at] in "条項号章節款編":
        return False
    t = ctx.token_at(pos + at)
    if t is None or t.start != pos + at or t.end != pos + at + 1:
        return False
    # (unless the kanji after the counter is one of like reading or shape off the one law text writes after it, a
    # pair of the counted span: 「2週関以内」 is 週間, written 144 times in law text)
    pairs = model()["kanji_pairs"]
    counter, after = line[at], line[at + 1:at + 2]
    return not after or pairs.get(counter + after) or not any(
        pairs.get(counter + k, 0) >= _COUNTED_SPAN for k in similar_kanji(after))


# law text writes a counter and the kanji of the span it counts this often at least (週間 144, 箇月 104, 年間 48)
_COUNTED_SPAN = 40


# what a prefix of quantity counts the parts of, named before it with の: 「同条の全項」, 「本規約の各条」
_WHOLE_OF = re.compile(r"[条章節款約程則書]の$")


def _compounds_holding(text: str, pair: str) -> set[str]:
    """The distinct runs of kanji of ``text`` that hold ``pair``."""
    return {m.group(0) for m in re.finditer(rf"[\u3400-\u9fff々]*{pair}[\u3400-\u9fff々]*", text)}


# 何 standing for the number a model form leaves to fill in (何番地, 第何号, 何年何月何日)
_FORM_BLANK = re.compile(r"何(?:番地|番|号|年|月|日|条|丁目|円|名|人|回|歳|時|分|階|戸|筆)")


# a notice's or an act's number after its date, 「平成20年12月26日総行応第39号」: the kanji before 第 are the issuer's code
# (総行応: 総務省行政局…), no words
_DOCUMENT_NUMBER = re.compile(r"(?<=[日年）)])(?P<code>[\u4e00-\u9fff]{1,8})第[0-9０-９]+号")


def _in_document_number(line: str, at: int) -> bool:
    return "第" in line and any(m.start("code") <= at < m.end("code") for m in finditer(_DOCUMENT_NUMBER, line))


def _form_blank(line: str, pair: str, at: int) -> bool:
    """Is the pair at ``at`` of ``line`` a word and a model form's blank after it (「雑種地何番地から何番地」)?"""
    return "何" in pair and _FORM_BLANK.match(line, at + pair.index("何")) is not None


def _writers_word(times: int, correction: str, text: str) -> bool:
    """Is what the document writes ``times`` times, never once as ``correction``, a word of the writer's (明告 twice and
    明光 never; 別日 twice and 初日 never)? A slip repeated is rarer than a word its writer uses again, and nothing of
    the document vouches for the correction."""
    return times >= 2 and correction not in text


def _after_determiner(ctx: Context, pos: int) -> bool:
    """Is the kanji at ``pos`` the noun a determiner (その, この) governs (その|他, その|旨)?"""
    before = ctx.token_at(pos - 1) if pos else None
    return before is not None and before.end == pos and before.pos == "連体詞"


# the kana a verb's continuative ends in, which nouns made of two verbs drop in legal writing (願い出 → 願出, 届け出 →
# 届出, 申し込み → 申込)
_CONTINUATIVE_KANA = "いきぎしじちにびみりえけげせぜてでねべめれ"


@lru_cache(maxsize=4096)
def _okurigana_left_out(pair: str) -> bool:
    """Is the pair a word of the dictionary with the kana of its first verb left out (願出 for 願い出)?"""
    return any(is_known_word(pair[0] + k + pair[1]) for k in _CONTINUATIVE_KANA)


def _compound_findings(ctx: Context, skip: list[tuple[int, int]] | None = None, affixes: bool = False):
    """The pairs that are no word, read as two one-kanji nouns or one unknown word; with ``affixes``, those read with
    an affix instead, away from the places in ``skip`` (where the kanji-slip detector has spoken: 支払|起|限 is its
    case, with the whole compound as the correction)."""
    text = ctx.text
    candidates, doc_pairs = _unlawful_pairs(ctx)
    if not candidates:
        return
    first, second = _words_by_char()  # (the dictionary's words by their kanji: loaded where a pair asks)
    wanted = ("affix", "verb") if affixes else ("plain",)
    doc_counts = None
    for (pair, s, before), how in zip(candidates, _pair_passes(ctx)):
        if how not in wanted:
            continue
        times = doc_pairs[pair] if pair[1] not in CONJUNCTION_KANJI else \
            sum(text.count(pair + p) for p in _CASE_AFTER_PAIR)  # (申請|及び is no 請及)
        if times > 2:
            continue  # (more than twice: the document's own word, written on purpose)
        x, y = pair
        if skip and any(a < s + 2 and s < b for a, b in skip):
            continue  # (skip grows with this pass's own findings: 暴力|団|因 is one slip)
        if _okurigana_left_out(pair):
            continue  # 「各種の願出・届出等」: 願い出 with its okurigana left out, as 申込, 届出, 取扱 are written
        if _word_junction(ctx, s) or _suffix_after_doc_word(ctx, s) or _suffix_ends_the_word_before(ctx, s) \
                or _word_then_its_suffix(ctx, s):
            continue  # 本会|会員: two of the document's words, no pair of one (a matter of the document, not the line);
            # 執行部|令: a suffix after the document's word
        if _after_determiner(ctx, s) and pair[1] not in CONJUNCTION_KANJI:
            continue  # 「(5)その他賃貸借契約の各条項」: その|他, the noun a determiner governs, then a word: no pair of one
            # (その請及が: the kanji after it before a case particle is no word, 及 joining nothing)
        if _prefix_before_a_word(ctx, s):
            continue  # 「(純過半数)」: 純|過半数, a prefix of one kanji before a word of the dictionary, no pair of one
        if x in _kanji_list("prefix_kanji.tsv") and _WHOLE_OF.search(text, max(0, s - 3), s):
            continue  # 「同条の全項を通じて」: all the paragraphs of what is named before の, no 前項 of it
        if times == 2 and len(_compounds_holding(text, pair)) == 2:
            continue  # 「同朋会員志金及び懇志金」: the pair in two compounds of the writer's, a word of the field (志金)
        # a one-kanji noun and a productive suffix (班|数: the number of groups) is a word formation, well-formed
        # whatever the noun: the law word one kanji away (半数) needs the reading gain of the affix pass
        plain = not affixes and y not in _kanji_list("suffix_kanji.tsv")
        verb = how == "verb"  # (how is the pass here; the fixes below rebind it to the kind of likeness)
        prefixed_verb = verb and x not in _VERB_PREFIXES and _affix_pos(ctx, s) == "接頭辞"
        least = _KANJI_GAIN_UNSPLIT if verb and not prefixed_verb else _KANJI_GAIN
        fixes = [(c, w, how, y, w[1]) for w, c in first.get(x, ())  # keep x, change y
                 if w[1] != y and (how := _similar(y, w[1])) and not _negated_root(x, y, w[1])
                 # (駐車場|名 is no 駐車|場合; but MeCab takes a kanji for a suffix where the slip leaves it no word to
                 # belong to, 特定|目|適 for 特定目的, 使用|状|退 for 使用状態: the correction reads far better then)
                 and (not _ends_a_noun_as_suffix(ctx, s, w[1]) or _reading_gain(ctx, s, s + 2, w) >= _KANJI_GAIN_UNSPLIT)]
        fixes += [(c, w, how, x, w[0]) for w, c in second.get(y, ())  # change x, keep y
                  if w[0] != x and (how := _similar(x, w[0]))
                  and not _suffix_of_the_word_before(ctx, s)]  # (病|児|期 is no 病|時期; 弁護|士|料 no 弁護|資料)
        if fixes:
            if len(fixes) > 1 and doc_counts is None:
                doc_counts = _doc_pair_counts(ctx)
            # the law word the document itself writes often first (利容 in a document of 利用 ×100 is 利用, though
            # law text writes 利害 more), then the law word law text writes most; ties: the first found
            c, word, how, wrong, right = max(fixes, key=lambda f: (len(fixes) > 1 and doc_counts[f[1]] >= _DOC_WORD, f[0]))
            if _writers_word(times, word, text):
                continue  # 「当日に別日への変更」 twice, 初日 never: a word of the writer's (別日, another day), not a slip
            if plain or _reading_gain(ctx, s, s + 2, word) >= least:
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
        if verb:
            continue  # (a noun and a verb: law text alone may vouch)
        # law text does not vouch for a correction: MeCab's dictionary and its model of Japanese must, by a wide margin
        found = _dictionary_fix(ctx, s, pair, times)
        if found is None or found[0] < _SURE_GAIN:
            continue
        gain, word, wrong, right = found
        if wrong == y and _negated_root(x, y, right):
            continue
        if wrong == x and x in _NEGATING_PREFIXES and right not in _NEGATING_PREFIXES:
            continue  # 「不達となった」: a negating prefix makes words at will (不達, 未着, 非開示); taking it away for a
            # kanji of like shape (上達) turns the sense, no slip's correction (one negation for another, 無可抗力, is)
        if wrong == x and _suffix_of_the_word_before(ctx, s):
            continue  # (病|児|期 is no 病|時期, 弁護|士|料 no 弁護|資料: the suffix belongs to the noun before)
        a, b = _compound_around(text, s, s + 2)
        # ... or by the margin of a sure kana slip where the document writes the corrected compound elsewhere
        # (暴力団因 beside 暴力団員)
        whole = text[a:s] + word + text[s + 2:b]
        # (a pair that is the whole compound: the corrected word written elsewhere as a compound of its own, 約割 beside
        # 役割, is the same witness)
        written = (b - a > 2 and whole in text) or (
            b - a == 2 and next(compound_places(text, word, katakana=False), None) is not None)
        if gain < _MECAB_FIX_GAIN and not written:
            continue
        if _writers_word(times, word, text):
            continue  # 明告 twice, 明光 never: a word of the writer's, which nothing of the document corrects
        if _DESIGNATED_NEXT.match(text, b) and not reads_as_a_name(word):
            continue  # 「藤月観光協会（以下，「当社」といいます。）」: the name of a body the document designates, which a
            # word of the dictionary (同月) does not correct; a name may (渡偏一郎 → 渡辺)
        if not written and y in _kanji_list("suffix_kanji.tsv"):
            continue  # a noun and a productive suffix (温|活, 会員|制, 恋|活) is a word formation; MeCab knowing 温泉 or
            # 性活 is no slip of it
        # a word every writer knows (慎懲 → 慎重, 理実 → 現実) vouches as the document's own writing does; a rarer
        # one (園部, 五条, 吸盤) may be what a name or a word of the field (遠部, 後条, 宮盤) only looks like
        share = general_frequency(word)
        per_million = share * 1e6
        sure = written or share >= COMMON_WORD
        if not sure and "記号" in (_affix_pos(ctx, s), _affix_pos(ctx, s + 1)):
            continue  # a kanji MeCab cannot read at all (採|番, 霊|務省): its dictionary's word is no witness alone
        how = likeness(wrong, right)
        if skip is not None:
            skip.append((s, s + 2))
        yield ctx.finding(
            "typo", (s, s + 2),
            f"「{pair}」は語として成り立ちません。「{wrong}」を{how}「{right}」にした「{word}」なら辞書にある語で、"
            f"形態素解析上も文がずっと自然に読めます" + (f"（この文書は他の箇所で「{whole}」と書いています）。" if written else
                                              f"（「{word}」は一般の日本語で100万語に{per_million:.0f}回使われる語です）。"
                                              if sure else "。"),
            f"「{pair}」 is not a word; 「{word}」 (「{right}」 for 「{wrong}」, similar reading or shape) is a word of "
            f"MeCab's dictionary and makes the clause read far better to MeCab (path cost {gain} lower)"
            + (f"; the document writes 「{whole}」 elsewhere." if written else
               f"; general Japanese writes 「{word}」 {per_million:.0f} times in a million words." if sure else "."),
            # MeCab's dictionary alone is a note, not a warning: the words unidic-lite lacks are many more than its
            # slips (統理, 欠亡 of NPO法, 可分性, 養継, coined 温活), and law text, general usage or the document must
            # vouch for the fix
            suggestion=word, severity="warning" if sure else "info",
            excerpt=text[max(0, s - 4):s + 6],
        )


@lru_cache(maxsize=4096)
def similar_kanji(c: str) -> frozenset[str]:
    """Kanji a writer slips into for ``c``: the same on reading (a conversion slip), or the same radical with
    nearly the same strokes (a look-alike), as the Unihan tables of the law model say."""
    kanji = model()["kanji"]
    if c not in kanji:
        return frozenset()
    readings, rad, strokes = kanji[c]
    out = {x for r in readings for x in _by_reading().get(r, ())}
    out |= {x for x, st in _by_radical().get(rad, ()) if abs(st - strokes) <= 1}
    # a variant form of ``c`` (髙 for 高) sounds the same but is the same character: a choice, never a slip
    return frozenset(out - forms_of(c))


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
# The one-kanji prefixes Japanese puts before a verb: the honorific 御 (御決めいただき) and 相 (相反する, 相異なる).
# MeCab reading any other kanji as a prefix before a verb (計|約し for 契約し) reads what is no grammar: the plain
# margin is the pass's then.
_VERB_PREFIXES = frozenset("御相")
_AFFIX = {"接尾辞", "接頭辞", "助詞", "接続詞"}


# Negating prefixes make words of any one-kanji root of a verb (不泊, 不着, 未着, 未払, 非課): a productive formation
# that law text's pairs do not list. After one of them only a slip of the same reading is told (不宙 written for 不注, both ちゅう), never
# a look-alike of another shape: a writer types by reading, and a hotel's 不泊 (a guest who does not stay) is no 不法.
def _negated_root(prefix: str, written: str, fix: str) -> bool:
    """Is ``written`` after ``prefix`` the root of a negated word (不泊), for which ``fix`` is only a look-alike?"""
    return prefix in NEGATING_PREFIXES and not _homophone(written, fix)


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
    return {x: k for k, x in enumerate(sorted(similar_kanji(c)))}


@lru_cache(maxsize=1)
def _party_kanji() -> frozenset[str]:
    """The parties an agreement names by one kanji (甲, 乙, 丙, 丁; diff_vocabulary.json): a name beside a word
    (乙と甲間の権利) is no kanji slipped into a compound."""
    return frozenset(w for w in load_json("diff_vocabulary.json")["parties"] if len(w) == 1)


def _numbered_form(ctx: Context, pos: int) -> bool:
    """Is the kanji at ``pos`` the 号 of a numbered table or form (第3号表, 2号様式, 第一号書式), after its number?"""
    return ctx.text[pos] == "号" and pos > 0 and (ctx.text[pos - 1].isdigit() or ctx.text[pos - 1] in NUMERAL_KANJI)


def _name_done(ctx: Context, pos: int) -> bool:
    """Is the pair at ``pos`` a word MeCab knows only as a proper noun (a person's or a place's name: 結由), written as
    an act with する after it (結由させる)? A name is done by no one: the pair is a verbal noun (経由) mistyped."""
    t = ctx.token_at(pos)
    if t is None or t.start != pos or t.end != pos + 2 or t.pos2 != "固有名詞":
        return False
    after = ctx.token_at(pos + 2)
    return after is not None and after.start == pos + 2 and after.pos == "動詞" and after.lemma == "為る"


def _noun_then_verb(ctx: Context, pos: int) -> bool:
    """Is the kanji at ``pos`` a noun of one kanji that a verb written with its okurigana follows (旨|示さ|れて)? The two
    make no compound: legal prose leaves the を between them out (その旨通知する, その旨示す). A prefix MeCab reads there
    (計|約し for 契約し) prefixes no verb: the same pass weighs it."""
    noun = ctx.token_at(pos)
    return noun is not None and noun.start == pos and noun.end == pos + 1 and noun.pos in ("名詞", "接頭辞") \
        and _verb_opens_at(ctx, pos + 1)


def _breaks_a_word(ctx: Context, pos: int, word: str) -> bool:
    """Would ``word``, the law word the kanji at ``pos`` is corrected into with one of its neighbours, take half of a
    word of two kanji or more that the tagger reads beside it (重過失: 重 + 過失, not 超過 + 失)?"""
    text = ctx.text
    if text[pos + 1:pos + len(word)] == word[1:]:  # the word reaches right: is the kanji after pos a word's start?
        t = ctx.token_at(pos + 1)
        if t is not None and t.start == pos + 1 and t.end > pos + len(word) and t.pos == "名詞":
            return True
        # 病|児|期 → 時期: the kanji is itself the suffix that makes a noun of the one before (病児, 園児, 区民), a word
        # formation open to any noun, not a kanji free to pair with the one after
        return _noun_and_suffix(ctx, pos - 1) if pos > 0 else False
    if text[pos - len(word) + 1:pos] == word[:-1]:  # the word reaches left
        t = ctx.token_at(pos - 1)
        if t is not None and t.end == pos and t.start < pos - len(word) + 1 and t.pos == "名詞":
            return True
        # 駐車|場|名 → 場合: the kanji before is the suffix that ends a noun (駐車場), not a word free to pair
        return _ends_a_noun_as_suffix(ctx, pos - 1, word[-1])
    return False


def _between_affixes(ctx: Context, pos: int) -> bool:
    """Does the tagger read the kanji at ``pos`` as a noun with a prefix glued before it and a suffix after it?"""
    t, a, b = ctx.token_at(pos), ctx.token_at(pos - 1) if pos else None, ctx.token_at(pos + 1)
    return t is not None and a is not None and b is not None and (t.start, t.end) == (pos, pos + 1) \
        and t.pos == "名詞" and a.end == pos and a.pos == "接頭辞" and b.start == pos + 1 and b.pos == "接尾辞"


def _ends_a_noun_as_suffix(ctx: Context, pos: int, corrected: str) -> bool:
    """Is the kanji at ``pos`` a suffix the tagger reads as ending the noun before it (駐車|場, 区|民)? It belongs to
    that word: a correction pairing it with the kanji after it (駐車場名 → 場合) would take it from its word; unless
    the document writes the noun with the ``corrected`` kanji after it elsewhere (暴力団因 beside 暴力団員)."""
    t = ctx.token_at(pos)
    if t is None or t.start != pos or t.end != pos + 1 or t.pos != "接尾辞" or pos == 0:
        return False
    head = ctx.token_at(pos - 1)
    return head is not None and head.end == pos and head.pos == "名詞" \
        and ctx.text[head.start:pos + 1] + corrected not in ctx.text


def _kanji_slip_findings(ctx: Context, skip: list[tuple[int, int]]):
    """A kanji that MeCab reads as a word of its own inside a compound, whose pairs with both neighbours law
    text never writes (支払|起|限, 弁|更), and that becomes a word law text uses when changed to a kanji of the
    same reading or shape (期限, 変更), making the clause read better to MeCab by a wide margin."""
    text = ctx.text
    candidates, doc_pairs = _unlawful_pairs(ctx)
    rare_by_line: dict[int, list[int]] = {}  # line start → where a rare unlawful pair starts, in the line
    for pair, pos, _ in candidates:
        if doc_pairs[pair] <= 2:
            start = ctx.line_span(pos)[0]
            rare_by_line.setdefault(start, []).append(pos - start)
    done = -1
    for start, offsets in rare_by_line.items():
        end = ctx.line_span(start)[1]
        # which kanji of the line are slips depends on the line and on which of its pairs are rare alone
        key = (text[start:end], tuple(offsets))
        for p, s, e, x, n, word, gain in _LINE_KANJI_SLIPS.get(key, lambda: _line_kanji_slips(ctx, start, offsets)):
            p, s, e = p + start, s + start, e + start
            if p <= done or any(a < e and s < b for a, b in skip):
                continue
            if _noun_then_verb(ctx, p) or _numbered_form(ctx, p):
                continue  # 旨|示されて: a noun and a verb with its okurigana, not a compound; 第3号表: a numbered table
            if _breaks_a_word(ctx, p, word):
                continue  # 重|過失 → 超過|失: a kanji before a word MeCab reads (重過失), corrected into half of that word
            if _between_affixes(ctx, p):
                continue  # 廃|食|油: a prefix and a suffix around it, the noun of a word formation (waste cooking oil)
            if _prefix_before_a_word(ctx, p):
                continue  # 純|過半数: a prefix of one kanji before a word of the dictionary (strict majority), no pair
            c, run = text[p], text[s:e]
            fixed = run[:p - s] + x + run[p - s + 1:]
            if _writers_word(text.count(run), word, text):
                continue  # 「当日に別日への変更」 twice, 初日 never: a word of the writer's (別日, another day), not a slip
            how = likeness(c, x)
            done = e
            yield ctx.finding(
                "typo", (p, p + 1),
                f"「{run}」の「{c}」は前後の字と法令文で結び付かない字です。{how}の「{x}」にすると法令文で{n}回使われている"
                f"「{word}」になり、文も自然に読めます。",
                f"「{c}」 in 「{run}」 forms no pair law text writes with its neighbours; 「{x}」 (similar reading or shape) "
                f"makes 「{word}」, used {n} times in e-Gov law text, and a clause MeCab reads far better (cost {gain} lower).",
                suggestion=fixed, severity="warning", excerpt=text[max(start, s - 4):e + 4],
            )


_LINE_KANJI_SLIPS = LineMemo()


def _line_kanji_slips(ctx: Context, start: int, offsets: list[int]) -> tuple[tuple[int, int, int, str, int, str, int], ...]:
    """(kanji, compound start, compound end: offsets in the line; the kanji it should be, the law count and the
    word it makes, MeCab's gain) of each slip of the line that starts at ``start``, whose rare unlawful pairs start
    at ``offsets``; before the places other detectors have spoken are left out."""
    text = ctx.text
    rare = {start + o for o in offsets}
    out = []
    for p in sorted({q for pos in rare for q in (pos, pos + 1)}):
        # the kanji at p: every pair it makes with a kanji neighbour is rare and unlawful
        left, right = _KANJI_CH.match(text[p - 1:p] or " "), _KANJI_CH.match(text[p + 1:p + 2] or " ")
        if (left and p - 1 not in rare) or (right and p not in rare):
            continue
        c = text[p]
        if c in CONJUNCTION_KANJI or text[p + 1:p + 2] in CONJUNCTION_KANJI:
            continue  # 発送地|又は: a conjunction glued to the noun before it is no kanji of its compound (二又)
        if c in NUMERAL_KANJI or text[p - 1:p] in NUMERAL_KANJI or text[p + 1:p + 2] in NUMERAL_KANJI \
                or (p and text[p - 1] in NUMBER_MARKS):
            continue  # a numeral and its counter (二重, 三倍, 「タオル◯名様」) are no compound of this kind
        if c in _party_kanji():
            continue
        if _suffix_after_words(ctx, p - 1):
            continue  # 自治体|別: a suffix after words
        if right and _suffix_after_words(ctx, p):
            continue  # 街名|等: its pair with the suffix after it says nothing; one rare pair is no slip
        if _HIRAGANA_CH.match(text[p + 1:p + 2]) and _KANJI_CH.match(text[p - 1:p]) and _alone_after_words(ctx, p - 1, p):
            # 双方|共に, 当事者|全て: the last kanji of the run goes on in kana, and MeCab reads it as a token of its own
            # after whole words of its dictionary: a word written with okurigana after the compound, not its last kanji
            continue
        s, e = _compound_around(text, p, p + 1)
        run, i = text[s:e], p - s
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
        if i == 1 and len(run) == 2 and _negated_root(run[0], c, x):
            continue
        gain = _reading_gain(ctx, s, e, run[:i] + x + run[i + 1:])
        if gain < (_KANJI_GAIN if alone else _KANJI_GAIN_UNSPLIT):
            continue
        out.append((p - start, s - start, e - start, x, n, word, gain))
    return tuple(out)


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
    scanned = ctx.scanned_text if ctx.scope is not None else None  # a diff's changed units: the forms written there
    for f, n in forms.items():
        if n == 1 and (scanned is None or f in scanned):
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
        if s < 0 or not ctx.in_scope(s):
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


# ------------------------------------------------------------------ a compound of the document, one word misconverted

# 「公共交通期間」 once, where the document writes 公共交通機関: a compound of the document's own, with one or two
# kanji in it converted to others of the same reading (期間 for 機関). The four kanji or more that stay the same make
# it the same compound; a shorter context (当該交付 / 当該給付, 付属施設 / 附属施設) is two words or two notations, and
# citations (同条第二号 / 同条第二項) are left to the reference rules. The document must write the other compound more
# often: once each (公共交通期間, 公共交通機関) says nothing of which is meant, and MeCab cannot tell (it reads 期間, the
# commoner word, more cheaply in either place).
_LONG_RUN = re.compile(r"[\u4e00-\u9fff々]{3,}")
_NOT_IN_COMPOUND = frozenset("〇一二三四五六七八九十百千万億条項号章節款目編第")
_SAME_CONTEXT = 4
# A shorter compound (出展者 once, where the document writes 出店者 84 times) is the same word only where the other is
# one of the document's staples and the two differ in one kanji: two words of one reading written side by side
# (使用期間 once beside 試用期間 ×7 in 就業規則, 利用期限 beside 利用期間 ×6) are each written a few times, not dozens.
_SHORT_TWIN_STAPLE = 20


def _homophone(a: str, b: str) -> bool:
    return bool(_shared_readings(a, b))


def _spelled_out_in_brackets(text: str, at: int, word: str) -> bool:
    """Does ``at`` stand in the brackets that open right after ``word`` (a definition's list of what the word covers)?"""
    opening = max(text.rfind("（", max(0, at - 40), at), text.rfind("(", max(0, at - 40), at))
    return opening > 0 and text.endswith(word, 0, opening) and not re.search(r"[)）\n]", text[opening:at])


def _doc_compound_homophone_findings(ctx: Context, skip: list[tuple[int, int]]):
    text = ctx.text
    runs = Counter(_LONG_RUN.findall(text))
    rare = [r for r, n in runs.items() if n <= 2 and not _NOT_IN_COMPOUND.intersection(r)
            and (len(r) > _SAME_CONTEXT or n == 1)]
    if ctx.scope is not None:  # a diff's changed units: only the rare runs they write can be told there
        scanned = ctx.scanned_text
        rare = [r for r in rare if r in scanned]
    if not rare:
        return
    # every run of the document by its shape with one or two adjacent kanji left out: runs that share one differ there
    shapes: dict[tuple[str, int, str], list[str]] = {}
    for r, n in runs.items():
        if n < 2 or _NOT_IN_COMPOUND.intersection(r):
            continue  # (a twin is written more often than the rare run: twice at least)
        for w in (1, 2):
            for i in range(len(r) - w + 1):
                if len(r) - w >= _SAME_CONTEXT or w == 1 and n >= _SHORT_TWIN_STAPLE:
                    shapes.setdefault((r[:i], w, r[i + w:]), []).append(r)
    for r in rare:
        best = None
        for w in (1, 2):
            for i in range(len(r) - w + 1):
                for q in shapes.get((r[:i], w, r[i + w:]), ()):
                    if q == r or runs[q] <= runs[r] or any(x == y or not _homophone(x, y)
                                                          for x, y in zip(r[i:i + w], q[i:i + w])):
                        continue
                    if len(r) - w < _SAME_CONTEXT and (w > 1 or runs[q] < _SHORT_TWIN_STAPLE or runs[r] > 1):
                        continue
                    if best is None or runs[q] > runs[best[0]]:
                        best = (q, i, w)
        if best is None:
            continue
        q, i, w = best
        for m in re.finditer(re.escape(r), text):
            s, e = m.span()
            if (s and _RUN.match(text[s - 1])) or _RUN.match(text[e:e + 1] or " ") or any(a < e and s < b for a, b in skip):
                continue  # part of a longer run, or told already
            if _spelled_out_in_brackets(text, s, q):
                continue  # 「電磁的方式（電子的方式、磁気的方式その他…）」: what the other word is made of, listed after it
            wrong, right = r[i:i + w], q[i:i + w]
            yield ctx.finding(
                "typo", (s + i, s + i + w),
                f"「{r}」はこの文書で{'ここだけ' if runs[r] == 1 else f'{runs[r]}回だけ'}の語です。"
                f"「{wrong}」を同じ読みの「{right}」にした「{q}」をこの文書は"
                f"{runs[q]}回使っています（変換の誤り）。",
                f"「{r}」 is written {runs[r]} time(s) only; with 「{right}」 (the same reading) for 「{wrong}」 it is 「{q}」, which the "
                f"document writes {runs[q]} times.",
                suggestion=right, severity="warning", excerpt=text[max(ctx.line_span(s)[0], s - 4):e + 4])
