"""The typo rule's detector of a kana slipped at the end of a clause, before its 、 or 。: 「原告又は被告となったときま、
遅滞なく」, 「準じた手続を実施したときま、同条第一項の規定に」.

The kana-run detectors weigh 3-grams and 4-grams law text never writes; ときま is one it does write (ときまで), so a
slip that makes it is no odd run. But a run of kana ends before 、 on few pairs of kana in law text (きは、 1,519 times,
ては、, には、, だし、: the law model's ``kana_tails``), and never on きま、. A run the document writes once, ending so
where law text never does, whose last kana changed gives an ending law text writes often (ときは、), with MeCab reading
the clause far better, has that kana slipped. Terms end their clauses politely (ますが、, ください。), which law text
never does; such endings, written more than once or mended by no common ending, stay untold.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Context
from .typos_base import _SURE_GAIN, _path_cost, model

# a run of hiragana, its last kana, and the mark after it
_TAIL = re.compile(r"(?<![ぁ-ゖ])([ぁ-ゖ]{2,})([、。])")
# law text ends a run this often on the corrected pair (ときは、 1,519; ても、 81; とき、 53)
_COMMON_TAIL = 50
_HIRAGANA = [chr(c) for c in range(ord("ぁ"), ord("ゖ") + 1)]
_HIRAGANA_CH = re.compile("[ぁ-ゖ]")
# what a word written in kana is (のち, しみ), as MeCab reads the run's last kana into it
_WORDS = frozenset({"名詞", "動詞", "形容詞"})


@lru_cache(maxsize=4096)
def _common_ending(before: str, last: str, mark: str) -> tuple[int, str] | None:
    """(law text's count, the kana put in) of the most common ending law text writes with ``last`` changed, where it
    writes it _COMMON_TAIL times or more."""
    tails = model()["kana_tails"]
    best = None
    for c in _HIRAGANA:
        if c != last and (n := tails.get(before + c + mark, 0)) >= _COMMON_TAIL and (best is None or n > best[0]):
            best = (n, c)
    return best


# the compound particles that qualify a noun through ての (にあたっての, についての, としての): before 、 they still qualify
# the noun after it
_ADNOMINAL_TE_NO = re.compile(r"(?:あたっ|当たっ|つい|関し|対し|とし|際し|向け)ての$")


def clause_tail_findings(ctx: Context, skip: list[tuple[int, int]]):
    tails = model()["kana_tails"]
    text, full = ctx.text, ctx.full.text
    for m in ctx.finditer(_TAIL):
        run, mark = m.group(1), m.group(2)
        if tails.get(run[-2:] + mark):
            continue
        best = _common_ending(run[-2], run[-1], mark)
        if best is None:
            continue
        s, e = m.start(1), m.end(1)
        if any(a < e and s < b for a, b in skip) or full.count(run[-3:] + mark) > 1:
            continue  # (written twice: the document's own ending, a polite one law text never writes)
        line_start, line_end = ctx.line_span(s)
        if s == line_start and s >= 2 and _HIRAGANA_CH.match(text[s - 2]):
            continue  # 「…よくお読みい⏎ただき、」: a word a PDF's line broke, its head on the line before
        last = ctx.token_at(e - 1)
        if last is not None and last.end == e and last.end - last.start >= 2 and last.pos in _WORDS:
            continue  # 「…になったのち、」, 「汚れ、しみ、腐敗」: a word in kana ends the run, no ending of a clause
        if mark == "、" and _ADNOMINAL_TE_NO.search(text, max(0, e - 6), e):
            continue  # 「乙に委託するにあたっての、甲乙間の権利義務」: a phrase qualifying the noun after the comma
        n, kana = best
        fixed = run[:-1] + kana
        left, right = text[max(line_start, s - 8):s], text[e:min(line_end, e + 6)]
        gain = _path_cost(left + run + right) - _path_cost(left + fixed + right)
        if gain < _SURE_GAIN:
            continue
        yield ctx.finding(
            "typo", (e - 1, e),
            f"「{run}{mark}」は法令文で句読点の前に来ない仮名の並びで、この文書でもここだけです。最後の1字違いの"
            f"「{fixed}{mark}」なら法令文によくある節の終わり（「{fixed[-2:]}{mark}」{n}回）で、形態素解析上も自然な文になります。",
            f"「{run}{mark}」 ends a clause as law text never does, and only here in the document; with its last kana "
            f"changed, 「{fixed}{mark}」 ends one as law text often does (「{fixed[-2:]}{mark}」 {n} times), and MeCab reads "
            f"the clause far better (cost {gain} lower).",
            suggestion=fixed[-1], severity="warning", excerpt=text[max(line_start, s - 4):e + 4])
