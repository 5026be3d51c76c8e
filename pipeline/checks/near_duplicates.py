"""duplication, part 10: a sentence of an article written again in the same article with a clause inserted.

「運営者は、利用者に事前の通知なしに本オンラインツールの利用を停止または抹消することができます。利用者が、本規約に違反した
場合、利用者に事前の通知なしに…抹消することができます。」, or paragraph 2 「運営は、収集した情報を、利用者の同意を得ることなく、
第三者に提供することはありません。」 and paragraph 3 the same with 「法令に基づく開示請求…があった場合を除き、」 inserted: a
revision wrote the new sentence and left the old one. Both cannot be meant: the longer one narrows or conditions what the
shorter one says without condition, so one of them is stale.

Only one clause inserted counts, and a clause that states a condition or an exception (場合, とき, 除き, 限り…):
every character of the shorter sentence stands in the longer one in order but for the few that open it (its subject,
which the new clause may replace). Parallel provisions differ by substitutions (甲 for 乙, 売主 for 買主, 第一項 for
第二項) or add a name (「本会の会計者と副代表者は…」 beside 「本会の代表者は…」) and are not reported; nor are the lead
sentences of lists (each governs its own), nor sentences shorter than _MIN_CHARS, whose shared part is boilerplate.
"""

from __future__ import annotations

import os
import re

from . import Context

_MIN_CHARS = 25  # the shorter sentence
_MAX_REPLACED = 6  # 「運営者は、」 replaced by 「利用者が、本規約に違反した場合、」
# what the inserted clause must say: a condition or an exception (「…があった場合を除き、」「…に違反した場合、」)
_CONDITION = re.compile(r"場合|とき|除き|除いて|限り|かかわらず|ほか")
# a list's lead sentence: each governs its own list, however alike
_LEAD = re.compile(r"次の|次に掲げる|以下の|以下に|下記の")
# a sentence that opens by adding to the one before (「また、…の要請が行われた場合、それに従い、…変更されます。」 after
# 「この規約は、…変更されます。」): a second case, said on purpose
_ADDS = re.compile(r"(?:また|なお|さらに|ただし|但し|同様に)[、，]"
                   # 「前項の規定にかかわらず、常務理事を置く場合にあっては、常務理事は…」: an exception that names the
                   # provision it departs from, so the two sentences are meant side by side (a rule and its exception)
                   r"|(?:前各?項|前条|同項|第[0-9０-９一二三四五六七八九十]+(?:条|項)(?:第[0-9０-９一二三四五六七八九十]+項)?)"
                   r"(?:の規定|の定め)?(?:に)?かかわらず")
_MAX_SENTENCES = 80  # per article: the pairs grow with the square; a longer article is a law's, and laws do not slip so


def _asked(ctx: Context, art) -> bool:
    """Is ``art`` among what the check is asked about (a diff asks about the articles it changed)?"""
    return ctx.scope is None or any(a < art.span[1] and art.span[0] < b for a, b in ctx.scope)


def _inserted(short: str, long: str) -> str | None:
    """The condition ``long`` adds to ``short``, when it is ``short`` with one clause inserted (or put in place of
    the few characters that open it: its subject), else None."""
    if len(long) <= len(short) or 2 * (len(long) - len(short)) > 3 * len(short):
        return None
    head = len(os.path.commonprefix([short, long]))
    tail = len(os.path.commonprefix([short[head:][::-1], long[head:][::-1]]))
    if head + tail == len(short):
        added = long[head:len(long) - tail]  # one clause inserted
    elif head == 0 and len(short) - tail <= _MAX_REPLACED:
        added = long[:len(long) - tail]  # the subject replaced by a clause and a subject
    else:
        return None
    return added if _CONDITION.search(added) else None


def near_duplicate_findings(ctx: Context, events):
    """``events``: duplication's sentence events of the whole document (one "unit-sentences" per unit)."""
    by_article: dict[int, list[tuple[int, str]]] = {}
    articles = {}
    for e in events:
        if e[0] != "unit-sentences":
            continue
        art = ctx.article_at(e[1][0])
        if art is None or not _asked(ctx, art):
            continue
        articles[id(art)] = art
        by_article.setdefault(id(art), []).extend((p, s) for p, s in e[2]
                                                 if len(s) >= _MIN_CHARS and not _LEAD.search(s))
    for key, sents in by_article.items():
        if len(sents) < 2 or len(sents) > _MAX_SENTENCES:
            continue
        for i, (p, a) in enumerate(sents):
            for q, b in sents[i + 1:]:
                if a == b:
                    continue  # the same sentence twice: part 2's
                short, long, at = (a, b, q) if len(a) < len(b) else (b, a, p)
                added = None if _ADDS.match(long) else _inserted(short, long)
                if added is None:
                    continue
                other = p if at == q else q
                where = "前" if other < at else "後"
                yield ctx.finding(
                    "duplication", (at, at + len(long)),
                    f"この文は、同じ条の{where}にある文「{short[:30]}{'…' if len(short) > 30 else ''}」に"
                    f"「{added[:20]}{'…' if len(added) > 20 else ''}」を加えただけのものです。改訂前後の文が両方残っていませんか。",
                    f"This sentence is another sentence of the same article with 「{added[:20]}」 inserted: the old and "
                    f"the new wording both left in?",
                    excerpt=long[:30])


# what sets a table's cells apart, in any of its forms (a tab-separated paste, a Markdown table, spaces)
_CELL_SEPARATORS = re.compile(r"[\s|｜]+")
_RULE_ROW = re.compile(r"^[\s|｜:：\-ー－]*$")
_MIN_LINE = 40


def repeated_line_findings(ctx: Context):
    """duplication, part 11: a line of an article written again in the same article, in other dress: a definitions table
    pasted as tab-separated rows and again as a Markdown table (「1	SkyWayサービス	WebRTCの機能を…」 then 「| 1 | SkyWay
    サービス | WebRTCの機能を… |」). Lines compared without their cell separators and spaces, 40 characters or more: no
    article states the same long line twice on purpose (part 2 tells a paragraph repeated as written)."""
    text = ctx.text
    for art in ctx.doc.all_articles():
        if not _asked(ctx, art):
            continue
        seen: dict[str, str] = {}
        pos = art.span[0]
        for line in text[art.span[0]:art.span[1]].split("\n"):
            start, pos = pos, pos + len(line) + 1
            if _RULE_ROW.match(line):
                continue
            key = _CELL_SEPARATORS.sub("", line)
            if len(key) < _MIN_LINE:
                continue
            earlier = seen.get(key)
            # (in other dress only, one of the two a table's row: a line repeated as written, an item of two lists of
            # one article, is part 2's and often meant)
            if earlier is not None and earlier != line.strip() and ("|" in line or "|" in earlier or "\t" in line
                                                                    or "\t" in earlier):
                shown = line.strip()
                yield ctx.finding(
                    "duplication", (start, start + len(line)),
                    f"この行は、同じ条の前の行と同じ内容です（「{key[:30]}…」）。表や一覧が二度貼り付けられていませんか。",
                    f"This line says what a line above it in the same article says (「{key[:30]}…」): a table or "
                    f"list pasted twice?",
                    excerpt=shown[:40])
            seen.setdefault(key, line.strip())


_MIN_ITEM = 15  # the shorter item: a shorter one (「法令違反」) is a phrase many items share


def subsumed_item_findings(ctx: Context):
    """duplication, part 12: an item of a list that another item of the same list holds whole, after a qualifier
    (「（3）反社会的勢力に対して直接または間接に利益を供与する行為」 and 「（11）本サービスに関連して、反社会的勢力に…供与する
    行為」): two templates merged, the shorter item left behind; the longer one forbids a part of what it forbids. A
    note: which one to keep, or whether both are meant, only the drafter knows. Not an item the longer one opens with
    (「法令に違反する行為」 and 「法令に違反する行為を助長する行為」: another act)."""
    for art in ctx.doc.all_articles():
        if not _asked(ctx, art):
            continue
        for para in art.paragraphs:
            bodies = [(i, i.text.strip().rstrip("。．")) for i in para.items]
            for i, short in bodies:
                if len(short) < _MIN_ITEM:
                    continue
                # (after a qualifier; a sentence of its own at the longer one's end is a copy pasted, part 4's)
                longer = next((j for j, long_ in bodies if j is not i and len(long_) > len(short)
                               and long_.endswith(short) and long_[-len(short) - 1] not in "。．"), None)
                if longer is None:
                    continue
                yield ctx.finding(
                    "duplication", i.span,
                    f"この号の文言は{ctx.place_label(longer.span[0])}にそのまま含まれています（「{short[:30]}」）。一方が他方を"
                    f"含む重複ではありませんか。",
                    f"This item's words stand whole in {ctx.place_label(longer.span[0])} (「{short[:30]}」): one subsumes "
                    f"the other.",
                    excerpt=short[:40], severity="info")
