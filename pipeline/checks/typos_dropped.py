"""The typo rule's detector of a kanji dropped from a compound the document writes whole (typos.py lists the
rule's detectors): 留資格 among 在留資格, 長間労働 among 長時間労働, 労働準監督署 among 労働基準監督署.

A run of kanji written once that is a run the document writes at least twice with one kanji taken out, where
the kanji taken out belongs to a word of the dictionary together with a kanji next to it (在留|資格, 長|時間|労働,
基準): dropping it breaks that word. A kanji that makes no word with its neighbour is a prefix or a suffix of
its own, and the shorter run is a word too (再|委託先 → 委託先, 子|会社 → 会社, 勤務|時 → 勤務時間): not a slip.
The first kanji or one inside the run; at its end only where the kanji left last is no word of the dictionary
(年次有給休 among 年次有給休暇: 休 alone is none): a compound shortened at its end is mostly a word of its own
(利用時 beside 利用時間, 税理士法 beside 税理士法人), which the document may well write once.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from . import Context
from ..grammar import RULES_KINDS
from ..tokens import is_known_word, tokenize
from .typos_base import ADMINISTRATIVE_UNITS, DIGITS, _KANJI_CH, model
from .typos_kanji import NUMERAL_KANJI, PairCounts, _kanji_list, _run_ends, _run_starts, run_counts
from .terms_variants import BETWEEN_IKA_AND_NAME

_RUN = re.compile(r"[\u4e00-\u9fff々]{3,}")
# (「（以下、総称して「本契約」といいます）」: what may stand between 以下 and the name)
_SHORT_NAME_OPENS = re.compile(rf"以下{BETWEEN_IKA_AND_NAME}[「『]?$")
# the full form must be the document's own: written at least this often
_WRITTEN_WHOLE = 2
# a word of the document vouching alone, one kanji after the gap (個人|情|報): written at least this often
_WRITTEN_AS_A_WORD = 10
_SIDE = 2


def _breaks_a_word(whole: str, at: int) -> bool:
    """Does MeCab read the kanji at ``at`` of ``whole`` inside a word of two kanji or more?"""
    for t in tokenize(whole):
        if t.start <= at < t.end:
            return t.end - t.start >= 2 and all(_KANJI_CH.match(c) for c in t.surface)
    return False


def _opens_with_a_word(toks) -> bool:
    """Does MeCab read the run (its tokens ``toks``) opening with a word of its dictionary of two kanji or more
    (定期|的), not with a kanji standing alone (留|資格, whose 在 was dropped)?"""
    # (a proper noun of two kanji may be a word's remains read as a surname, 長間; one of three or more is a name
    # whole, 軽井沢店 beside a building's 旧軽井沢…: a place named as it is)
    return bool(toks) and toks[0].start == 0 and toks[0].end >= 2 \
        and (toks[0].pos2 != "固有名詞" or toks[0].end >= 3) and all(_KANJI_CH.match(c) for c in toks[0].surface)



def _opens_an_address(toks) -> bool:
    """Does the run (its tokens ``toks``) open with a place's name and its administrative unit (大阪|府|東大阪|市,
    神奈川|県)? An address names a place as it is: 大阪府 beside a document's many 東大阪 is no 東大阪 with 東 dropped."""
    return len(toks) >= 2 and toks[0].start == 0 and toks[0].pos2 == "固有名詞" \
        and toks[1].surface in ADMINISTRATIVE_UNITS and toks[1].start == toks[0].end


def _stands_alone(toks, at: int) -> bool:
    """Does MeCab read the kanji at ``at`` of the run (its tokens ``toks``) as a word of one kanji (個人|報|取扱), no
    part of a longer one?"""
    return any(t.start == at and t.end == at + 1 for t in toks)


def _read_across(toks, at: int) -> bool:
    """Does MeCab read the run (its tokens ``toks``) with a word across the place a kanji would go (当会|員: 当会員 is
    this association's member, no 当該会員 cut short)? A proper noun there vouches for nothing (長間労働 read 長間, a
    surname)."""
    return any(t.start < at < t.end and t.pos2 != "固有名詞" for t in toks)


# two words that meet where a kanji would go (学部|学科) are read as the longer compound cut short only where the document
# writes that compound this often
_WRITTEN_OVER_TWO_WORDS = 5


def _two_words_meet(run: str, at: int) -> bool:
    """Do two words of two kanji that MeCab knows meet at ``at`` of ``run`` (学部|学科: faculties and departments)? Two
    whole words side by side are a compound of their own, whatever longer one the document also writes (学部医学科)."""
    return at >= 2 and is_known_word(run[at - 2:at]) and is_known_word(run[at:at + 2])


def _fuller(ctx: Context, run: str, at: int, head: bool) -> tuple[str, int] | None:
    """The kanji most often written at ``at`` of ``run`` (0: before it; ``head``: as the first kanji of a run) in
    the document, and how often."""
    # Looked up among the document's distinct runs of kanji, one per line, not in its text: every place the run
    # with one kanji more is written lies inside one whole run, and a run counts as often as the document writes
    # it. One line per run lets a plain pattern stand for the kanji (「.」: no line break) and a run's start for
    # the head (在留資格; 運輸審議会 is no 輸審議会), with no class of kanji for re to compile at every lookup.
    lines, starts, weights = ctx.full.memo("typo.run_lines", lambda: _run_lines(run_counts(ctx)))
    pattern = re.compile(("(?m)^" if head else "") + re.escape(run[:at]) + "(.)" + re.escape(run[at:]))
    counts: Counter = Counter()
    for m in pattern.finditer(lines):
        counts[m.group(1)] += weights[bisect.bisect_right(starts, m.start()) - 1]
    if not counts:
        return None
    return counts.most_common(1)[0]


def _run_lines(runs: Counter) -> tuple[str, list[int], list[int]]:
    """The distinct runs one per line (in the order the document first writes them), where each line starts, and
    how often the document writes each."""
    starts, pos = [], 0
    for r in runs:
        starts.append(pos)
        pos += len(r) + 1
    return "\n".join(runs), starts, list(runs.values())


_OWN_NAME = re.compile(rf"本件?(?:契約|特約|{RULES_KINDS})")


def _opens_a_unit(ctx: Context, s: int) -> bool:
    """Does the line at ``s`` open a unit, after a finished sentence or right under its article's heading (「6. 運営委員会」
    ⏎「営委員会は総会からの付議を受け、…」)? No wrapped line runs on there."""
    if ctx.text[s - 2:s - 1] in ("。", "．"):
        return True
    art = ctx.article_at(s)
    return art is not None and art.heading_span[1] in (s - 1, s)


# a compound cut at its end must be written whole this often (the cut is told by its last kanji alone)
_WRITTEN_WHOLE_CUT_AT_END = 3


@lru_cache(maxsize=8192)
def _last_kanji_unread(run: str) -> bool:
    """Does MeCab read the last kanji of ``run`` alone, as no word (a symbol)? (Asked again of the same runs by every
    version of a document.)"""
    toks = tokenize(run)
    return bool(toks) and toks[-1].start == len(run) - 1 and toks[-1].pos == "記号"


def _cut_at_its_end(ctx: Context, run: str) -> tuple[str, int, str, str] | None:
    """(the whole compound, how often the document writes it, the kanji dropped, the window vouching) where ``run``
    is a compound the document writes with one kanji more at its end, and its last kanji, left alone, is no word
    of MeCab's dictionary (年次有給休を among 年次有給休暇 ×12: 休 read as a symbol, the word 休暇 cut): a kanji that is a
    word or a suffix ends a compound of its own (利用時 beside 利用時間, 見積額 beside 見積金額)."""
    if not _last_kanji_unread(run):
        return None
    lo = len(run) - _SIDE
    found = _fuller(ctx, run[lo:], _SIDE, False)
    if found is None or found[1] < _WRITTEN_WHOLE_CUT_AT_END or found[0] in NUMERAL_KANJI:
        return None
    window = run[lo:] + found[0]
    if not _breaks_a_word(window, _SIDE):
        return None
    return run + found[0], found[1], found[0], window


# a kanji and its okurigana, right before a run (届け|出義務, 申し|込書)
_OKURIGANA_BEFORE = re.compile(r"[\u4e00-\u9fff々][ぁ-ゖ]$")


def dropped_kanji_findings(ctx: Context, skip: list[tuple[int, int]]):
    text = ctx.text
    runs = run_counts(ctx)  # (a whole run of three kanji or more is one of these, counted as often)
    pairs, law_pairs = None, model()["kanji_pairs"]
    for m in ctx.finditer(_RUN):  # (a run's place decides nothing of another's: the scope's alone are looked at)
        run = m.group(0)
        s, e = m.span()
        if runs[run] != 1 or any(a < e and s < b for a, b in skip) or NUMERAL_KANJI.intersection(run):
            continue
        if e < len(text) and text[e] == "\n" or s > 0 and text[s - 1] == "\n" and not _opens_a_unit(ctx, s):
            continue  # a line of a wrapped source may break a compound (対面契|約): its pieces are no slip
        if s > 0 and text[s - 1] in DIGITS:
            continue  # a counter after a number (第4項各号): the number, not a kanji, stands before it
        if _SHORT_NAME_OPENS.search(text, max(0, s - 8), s) or _OWN_NAME.fullmatch(run):
            continue  # 基本契約（以下「本契約」という）: the short name a definition gives, shorter by design; 本契約
            # itself, the name a contract calls itself by, beside a 基本契約 it speaks of
        if pairs is None:
            pairs = PairCounts(ctx)
        places = []
        # its first two kanji start no other run, but are written elsewhere: inside the whole run, with its head
        if pairs[run[:2]] > _WRITTEN_WHOLE and _run_starts(ctx)[run[:2]] == 1:
            places.append(0)
        # two kanji written together only here, never in law text: where a kanji between them may have been
        # (two kanji at least after it: a kanji left last is mostly a suffix of its own, 見積額 beside 見積金額)
        places += [i for i in range(1, len(run) - 1) if pairs[run[i - 1:i + 1]] == 1 and run[i - 1:i + 1] not in law_pairs]
        best = None
        toks = tokenize(run) if places else ()  # (the run's tokens, read once for every place tried)
        for at in places:
            if _read_across(toks, at):
                continue
            if at == 0 and (_opens_with_a_word(toks) or _opens_an_address(toks)):
                continue  # 定期的 beside 指定期日: the run opens with a word of its own (定期), no word cut at its head
            if at == 1 and (run[0] in _kanji_list("prefix_kanji.tsv") or run[0] == "当"):
                continue  # 各|手続き beside 各種手続き: a prefix of quantity before a word is a word formation of its own;
                # so is the demonstrative 当 (当社, 当館, 当旅行契約 "this travel contract"), never told from 当該 cut short
            # what the document must write with the kanji: two kanji on each side of it (所定時間外労働手当 is
            # written once; 定時間外労 elsewhere too), enough to be the same compound
            lo, hi = max(0, at - _SIDE), min(len(run), at + _SIDE)
            found = _fuller(ctx, run[lo:hi], at - lo, at == 0)
            if (found is None or found[1] < _WRITTEN_WHOLE) and at >= _SIDE and hi - at == _SIDE \
                    and _stands_alone(toks, at):
                # (the compound written whole only with other kanji after it: 個人報取扱事業者 beside 32 個人情報, the
                # document's word, and one kanji after the gap enough to tell it: 個人|情|報; not where that kanji
                # opens a word of its own, 利用|約款 beside 利用契約)
                hi -= 1
                found = _fuller(ctx, run[lo:hi], at - lo, False)
                if found is not None and found[1] < _WRITTEN_AS_A_WORD:
                    found = None
            if found is None or found[1] < _WRITTEN_WHOLE or found[0] in NUMERAL_KANJI:
                continue
            if found[1] < _WRITTEN_OVER_TWO_WORDS and _two_words_meet(run, at):
                continue  # 学部|学科 beside 医学部医学科 twice: two words of their own; not 大学|職員 beside 教職員 ×68
            window = run[lo:at] + found[0] + run[at:hi]
            if _breaks_a_word(window, at - lo) and (best is None or found[1] > best[1]):
                best = (run[:at] + found[0] + run[at:], found[1], found[0], window)
        if best is None and pairs[run[-2:]] - _run_ends(ctx)[run[-2:]] >= _WRITTEN_WHOLE_CUT_AT_END:
            best = _cut_at_its_end(ctx, run)  # (its last two kanji go on inside longer runs: 給休|暇)
        if best is None:
            continue
        whole, n, kanji, window = best
        if whole == kanji + run and text[s - 2:s - 1] == kanji and _OKURIGANA_BEFORE.search(text, max(0, s - 2), s):
            continue  # 「届け出義務」 beside 届出義務: the kanji stands before the run with its okurigana, nothing dropped
        yield ctx.finding(
            "typo", (s, e),
            f"「{run}」はこの文書でここだけの表記です。「{kanji}」が抜けた形（「{whole}」）と思われます。「{window}」は"
            f"この文書で{n}回使われています。",
            f"「{run}」 is written only here; it reads as 「{whole}」 with 「{kanji}」 dropped (the document writes "
            f"「{window}」 {n} times).",
            suggestion=whole, severity="warning", excerpt=text[max(ctx.line_span(s)[0], s - 4):e + 4])
