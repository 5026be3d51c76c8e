"""The document's sentence style, 敬体 (…します。…です。) or 常体 (…する。…である。), and the few sentences that depart
from it (part of convention-deviation).

A set of terms is written in one style throughout: web terms and 約款 mostly in です・ます, contracts, 定款 and laws in
である. A sentence or two of the other style among dozens of the document's own is a clause pasted from another text
or left from a draft (a 業務委託契約書 whose 第1条 alone ends 「…を目的として締結する。」 among 52 sentences ending
「…ものとします。」). Sentences inside brackets (「（合併による場合を除く。）」) keep the plain style in any document,
as legal prose writes them, and say nothing; only sentences of the articles are weighed (a preamble or a closing may
address the reader otherwise). A note, told where the document's own majority is clear.
"""

from __future__ import annotations

import re

from . import Context

_POLITE = re.compile(r"(?:ます|ません|です|でした|ました|ください|でしょう|ましょう)$")
# a plain predicate: a verb's or an auxiliary's 終止形 (する, 負う, られる, た), ない, である, だ; a noun before 。
# (「お支払い。」, a heading left in the text) is no predicate and says nothing
_PLAIN = re.compile(r"(?:[るうくぐすつぬぶむた]|ない|である|だ)$")
_MARKS = re.compile(r"[（(「『）)」』。]")
_MIN_SENTENCES = 20
_MAX_MINORITY = 3


def _sentence_ends(ctx: Context) -> list[tuple[int, bool]]:
    """(offset of the 。, polite?) of each sentence of the articles outside brackets that ends in a predicate."""
    text = ctx.text
    out = []
    for art in ctx.doc.all_articles():
        start, end = art.heading_span[1], art.span[1]
        depth = 0
        for m in _MARKS.finditer(text, start, end):  # (the brackets and 。 alone: a law's articles run to a megabyte)
            c, i = m.group(0), m.start()
            if c in "（(「『":
                depth += 1
            elif c in "）)」』":
                depth = max(0, depth - 1)
            elif depth == 0:
                before = text[max(start, i - 6):i]
                if _POLITE.search(before):
                    out.append((i, True))
                elif _PLAIN.search(before) and not before.endswith(("ます", "です")):
                    out.append((i, False))
    return out


def style_mix_findings(ctx: Context):
    ends = ctx.full.memo("sentence_style.ends", lambda: _sentence_ends(ctx.full))
    if len(ends) < _MIN_SENTENCES:
        return
    polite = sum(1 for _, p in ends if p)
    plain = len(ends) - polite
    minority_polite = polite < plain
    few, many = (polite, plain) if minority_polite else (plain, polite)
    if few == 0 or few > _MAX_MINORITY:
        return
    style, other = ("です・ます", "である") if not minority_polite else ("である", "です・ます")
    text = ctx.text
    for at, is_polite in ends:
        if is_polite != minority_polite or not ctx.in_scope(at):
            continue
        line_start = ctx.line_span(at)[0]
        yield ctx.finding(
            "convention-deviation", (max(line_start, at - 12), at + 1),
            f"この文書は本文を「{style}」調で書いています（{many}文）。この文だけ「{other}」調です（{few}文）。文体を"
            f"そろえます。",
            f"The document writes its articles in the {style} style ({many} sentences); this sentence is in the "
            f"{other} style ({few} in all).",
            severity="info", excerpt=text[max(line_start, at - 20):at + 1])


# a sentence that ends as talk does (「…持ってないんだけど？」「気楽に行こうぜ。」「…だよね」「…許してね。」): a text written in the spoken
# register, whose い抜き and net slang in half-width kana (ｺﾜｸﾅｲﾖ) are its voice
_SPOKEN_ENDING = re.compile(r"(?:だよ|だね|だぜ|じゃん|よね|んだけど|んだよ|こうぜ|てね|でね|からね)(?=[。！!？?]|\s|$)",
                            re.MULTILINE)


def polite_document(ctx: Context) -> bool:
    """Does the document end more of its sentences in です・ます than in the plain style (asked of the whole document)?"""
    def count() -> bool:
        ends = _sentence_ends(ctx.full)
        return 2 * sum(1 for _, p in ends if p) > len(ends)
    return ctx.full.memo("style.polite", count)


# a question asked in the asker's words (「やめなければいけないですか？」「全員同じ決まりごとですか？」): a page of questions
# and answers, whose answers talk back in the same register
_QUESTION = re.compile(r"(?:ですか|ますか|ませんか|のか|かな)[？?]")
_QUESTIONS_OF_A_TALK = 2


def spoken_register(ctx: Context) -> bool:
    """Does the document end a sentence as talk does, anywhere (one is enough: terms and rules never do), or ask two
    questions in the asker's words?"""
    def talks() -> bool:
        text = ctx.full.text
        return _SPOKEN_ENDING.search(text) is not None or len(_QUESTION.findall(text)) >= _QUESTIONS_OF_A_TALK
    return ctx.full.memo("style.spoken", talks)

