"""Numbering of chapters, articles, paragraphs and items: duplicates, gaps, order.

Each part is numbered on its own (本則, each 附則, each 別紙). Branch numbers
(第19条の2, 三の二) are insertions, never gaps. An unnumbered first paragraph is
第1項, unless the numbered paragraphs start at 1 (then it is an introductory
sentence). The structure parser keeps a duplicated or skipped number as data;
these rules report it.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from . import Context, article_label, comparison_table, partial_text, rule
from ..grammar import WIDE_DIGITS, int_to_kanji, to_int
from ..model import Article, Item, Paragraph
from .base import article_place
from .page_documents import document_span
from .run_in import item_after_run_in, items_run_in, paragraphs_run_in


def _key(number: str) -> tuple[int, ...] | None:
    try:
        return tuple(int(x) for x in number.split("_"))
    except ValueError:
        return None


_DELETED = re.compile(r"^第(?P<a>[0-9〇一二三四五六七八九十百千]+)条(?:から|及び|、)第(?P<b>[0-9〇一二三四五六七八九十百千]+)条(?:まで)?[ \u3000\n]*削除", re.M)


def _deleted_ranges(text: str) -> list[tuple[int, int]]:
    """第百三十八条から第百四十二条まで　削除 — numbers that were deleted, not skipped."""

    out = []
    for m in _DELETED.finditer(text):
        a, b = to_int(m.group("a")), to_int(m.group("b"))
        if a is not None and b is not None:
            out.append((a, b))
    return out


def _headings_in_text(text: str, missing: range) -> bool:
    """Does every missing article's heading stand at the end of a line inside ``text``? Then the articles are
    there and only their headings were glued to the line before (「第三款　…の報告#### 第八十七条」), which
    the parser cannot see; a reference to an article never ends a line."""
    for n in missing:
        if not re.search(rf"第(?:{n}|{int_to_kanji(n)})条[ \u3000]*(?:\n|$)", text):
            return False
    return True


def _excerpt_part(ctx: Context, part: str) -> bool:
    """A 附則 marked 抄 (an excerpt) leaves out articles on purpose; so does a document whose title says it is one."""
    if not part.startswith("supplementary"):
        if part != "main":
            return False
        return partial_text(ctx)
    i = int(part.split("-")[1]) - 1
    sup = ctx.doc.supplementary[i] if i < len(ctx.doc.supplementary) else None
    if sup is None:
        return False
    first_line = ctx.text[sup.span[0]:sup.span[1]].split("\n", 1)[0]
    return "抄" in first_line or "抄" in (sup.label or "")


def _longest_increasing(keys: list[tuple[int, ...]]) -> set[int]:
    """The places of a longest strictly increasing run of ``keys`` (not necessarily adjacent): the numbers that are in
    order. Of equal keys the earliest is kept (1, 2, 3, 3, 4 keeps the first 3), so a number written twice is told
    at its second place. Found from the end as a longest decreasing run, in n log n."""
    rank = {k: r for r, k in enumerate(sorted(set(keys)))}  # (第2条の2 is (2, 2): after 2, before 3)
    tails: list[int] = []  # negated ranks, increasing
    at: list[int] = []  # the place of each tail
    parent: dict[int, int | None] = {}
    for i in range(len(keys) - 1, -1, -1):
        neg = -rank[keys[i]]
        j = bisect.bisect_left(tails, neg)
        parent[i] = at[j - 1] if j else None
        if j == len(tails):
            tails.append(neg)
            at.append(i)
        else:
            tails[j], at[j] = neg, i
    out: set[int] = set()
    i = at[-1] if at else None
    while i is not None:
        out.add(i)
        i = parent[i]
    return out


# A series of its own numbered from a hundred and one (「第65条 …」 then 「第101条 この規約改正は、2024年4月1日に
# 遡り施行する。」: an amendment's provision set apart from the rules'): a slip skips a number or two, it does not land
# on x01 past ten missing ones.
_SERIES_JUMP = 10


def _new_series(expected: int, got: int) -> bool:
    return got % 100 == 1 and got - expected >= _SERIES_JUMP


def _article_findings(ctx: Context):
    parts: dict[tuple[str, str], list[Article]] = {}
    for a in ctx.doc.all_articles():
        parts.setdefault(ctx.doc.scope(a), []).append(a)  # a part, or a chapter of it numbered from 1
    for (part, _chapter), arts in parts.items():
        if ctx.doc.style != "article" and part == "main":
            continue  # section-style documents are numbered by the parser itself
        if part == "main" and comparison_table(ctx) or not part.startswith("supplementary") and partial_text(ctx):
            continue  # a table of an amendment: the amended articles, each shown before and after, out of any sequence;
            # a page of the amended articles only, 「改正・新設された条文のみを改正番号順に抜粋」, in the amendments' order
        excerpt_part = _excerpt_part(ctx, part)
        slips = heading_slips(ctx)
        for a in arts:
            if a.heading_span[0] in slips:
                yield _heading_slip_finding(ctx, a.heading_span, a.label, slips[a.heading_span[0]])
        numbered = [(a, k) for a in arts if (k := _key(a.number)) is not None and a.heading_span[0] not in slips]
        # The articles in order are a longest increasing run of their numbers; each other one is out of place (第45条
        # between 第36条 and 第38条), told once, and the ones around it are in order (36, 45, 38, 39…: only 45 is wrong)
        in_order = _longest_increasing([k for _a, k in numbered])
        ordered_keys = {k for i, (_a, k) in enumerate(numbered) if i in in_order}
        prev: tuple[int, ...] | None = None
        prev_art: Article | None = None
        misplaced = 0  # articles out of place since the last one in order
        for i, (a, k) in enumerate(numbered):
            span = a.heading_span
            if i not in in_order:
                misplaced += 1
                nxt = next((numbered[j][1] for j in range(i + 1, len(numbered)) if j in in_order), None)
                slot = None
                if len(k) == 1 and nxt is not None and len(nxt) == 1 and (prev is None or len(prev) == 1):
                    lo = prev[0] if prev is not None else 0
                    if nxt[0] - lo == 2:
                        slot = lo + 1  # the one number missing between its neighbours: what it should have been
                hint = f"（第{slot}条の誤りと思われます）" if slot else ""
                hint_en = f" (article {slot}?)" if slot else ""
                branch = _BRANCH_WITHOUT_NO.match(ctx.text, span[0])
                if branch is not None and k in ordered_keys and prev == k:
                    # 「第五条二」 alone on its line after 第五条: the branch article 第五条の二 with its の lost
                    written, fixed = branch.group(1) + branch.group(2), f"{branch.group(1)}の{branch.group(2)}"
                    yield ctx.finding(
                        "numbering-duplicate", (branch.start(1), branch.end(2)),
                        f"「{written}」は{a.label}と同じ番号に読めます。枝番号の「{fixed}」の「の」が抜けていると思われます。",
                        f"「{written}」 reads as a second {a.label}: the branch article 「{fixed}」 lost its の.",
                        excerpt=written, suggestion=fixed)
                    continue
                if k in ordered_keys:
                    twin = next((b for b, kk in numbered if kk == k and b is not a), None)
                    if twin is not None and any(_no_sentence(x) for x in (a, twin)):
                        continue  # 「第1条 この規程は - 全国社会福祉協議会」: a page's title, no article, beside the real one
                    if _CITED_AFTER_TITLE.match(ctx.text, span[1]):
                        continue  # 「(1)第3条（コンテンツに関する禁止事項）各号に定める行為」 opening a line: a citation of
                        # 第3条 by its title, read as a heading, not a second 第3条
                    yield ctx.finding(
                        "numbering-duplicate", span,
                        f"{a.label}が重複しています（同じ番号の条が2つあります）{hint}。",
                        f"Article number {a.number} is used twice{hint_en}.",
                        excerpt=ctx.text[span[0]:span[1]], suggestion=f"第{slot}条" if slot else None,
                    )
                else:
                    where = (f"{prev_art.label}の後" if prev_art is not None else "冒頭") + \
                        (f"、第{'の'.join(map(str, nxt))}条の前" if nxt is not None else "")
                    yield ctx.finding(
                        "numbering-order", span,
                        f"{a.label}が{where}に置かれています（条の順序が逆です）{hint}。",
                        f"Article {a.number} is out of place{hint_en}.",
                        excerpt=ctx.text[span[0]:span[1]], suggestion=f"第{slot}条" if slot else None,
                    )
                continue
            if prev is None and k == (0,):
                # 「第0条（法令の遵守等）」 then 第1条: articles are numbered from 第1条 (a programmer's count from zero)
                yield ctx.finding(
                    "numbering-order", span,
                    f"{a.label}: 条の番号は第1条から始まります（以下の条を一つずつ繰り下げます）。",
                    f"Article {a.number}: articles are numbered from 1 (the ones after it one higher each).",
                    excerpt=ctx.text[span[0]:span[1]], suggestion="第1条", severity="warning")
                prev, prev_art, misplaced = k, a, 0
                continue
            expected_main = 1 if prev is None else prev[0] + 1
            deleted = _deleted_ranges(ctx.text[prev_art.span[0]:a.span[0]]) if prev_art is not None else []
            covered = any(x <= expected_main and k[0] - 1 <= y for x, y in deleted)
            if not covered and prev_art is not None and len(k) == 1:
                covered = _headings_in_text(ctx.text[prev_art.span[0]:a.span[0]], range(expected_main, k[0]))
            if misplaced and len(k) == 1 and k[0] - expected_main <= misplaced:
                covered = True  # the missing numbers are the misplaced articles', told already
            if len(k) == 1 and _new_series(expected_main, k[0]):
                covered = True
            if len(k) == 1 and prev_art is not None and k[0] > expected_main and {
                    f"第{n}条" for n in range(expected_main, k[0])} <= {
                    meant for at, meant in heading_slips(ctx).items() if prev_art.span[0] < at < a.span[0]}:
                covered = True  # 「#### 第13章」 where 第13条 stands: told at that heading
            if prev is None and _opens_at_a_later_chapter(ctx, a):
                covered = True  # a page that holds chapters 3 on (第3章 役員 ⏎ 第13条): the articles before are elsewhere
            if prev is None and len(k) == 1 and k[0] - expected_main >= 2:
                covered = True  # a text that opens at 第百四十八条: an extract of longer rules, not 147 articles lost
            if len(k) == 1 and k[0] == expected_main + 1 and prev_art is not None and not covered \
                    and _missed_heading(ctx.text, prev_art.span[0], a.span[0], expected_main):
                covered = True  # 「第 6 条自由とする。」 opening its line: the heading is there, its sentence read into another
            if len(k) == 1 and k[0] == expected_main + 1 and (prev_art is not None or part == "main") \
                    and not covered and not excerpt_part and (bare := _bare_heading(
                        ctx.text, prev_art.span[0] if prev_art is not None else 0, a.span[0],
                        expected_main)) is not None:
                # 「4条 納骨堂永代使用権の承継は、…」 between 第3条 and 第5条: the heading, its 第 dropped; also the first
                # article's, above 第2条 (「(名称)⏎１条⏎当法人は、…」)
                yield ctx.finding(
                    "numbering-gap", bare,
                    f"「{ctx.text[bare[0]:bare[1]]}」に「第」がありません（第{expected_main}条の見出しと思われます）。",
                    f"「{ctx.text[bare[0]:bare[1]]}」 lacks its 第: the heading of article {expected_main}.",
                    excerpt=ctx.text[bare[0]:bare[1]], suggestion=f"第{expected_main}条")
                covered = True
            if len(k) == 1 and k[0] > expected_main and (prev is not None or part == "main") \
                    and not covered and not excerpt_part:
                missing = (f"第{expected_main}条" if k[0] == expected_main + 1
                           else f"第{expected_main}条〜第{k[0] - 1}条")
                yield ctx.finding(
                    "numbering-gap", span,
                    f"{a.label}の前に{missing}がありません（条番号の欠番）。",
                    f"Article numbering skips from {prev[0] if prev else 0} to {k[0]}: {missing} is missing.",
                    excerpt=ctx.text[span[0]:span[1]],
                )
            elif len(k) > 1 and prev is not None and k[0] != prev[0]:
                # 第19条の2 must follow 第19条 (or 第19条の1…)
                yield ctx.finding(
                    "numbering-order", span,
                    f"{a.label}が{prev_art.label}の後に置かれています（枝番号の条は第{k[0]}条の後に置きます）。",
                    f"Article {a.number} does not follow article {k[0]}.",
                    excerpt=ctx.text[span[0]:span[1]],
                )
            prev, prev_art, misplaced = k, a, 0


# 「1.総則」 alone on a line, the first chapter's title after a list's number
_FIRST_CHAPTER_BARE = re.compile(r"(?m)^[ \u3000]*[1１][.．、][ \u3000]*(?P<title>[^\s。、0-9０-９]{2,12})[ \u3000]*$")


def _no_sentence(a: Article) -> bool:
    """Is ``a`` a short line read as an article, with no sentence in it (a page's title, a menu entry)?"""
    return len(a.text) < 80 and "。" not in a.text


def _missed_heading(text: str, start: int, end: int, number: int) -> bool:
    """Does 「第N条」 open a line between ``start`` and ``end``, a heading the structure did not take (its text glued to
    it as no heading's is: 「第 6 条自由とする。」), rather than a number left out?"""
    return re.search(rf"(?m)^[ \u3000]*第[ \u3000]*(?:{number}|{int_to_kanji(number)})[ \u3000]*条(?![のに第項号])",
                     text[start:end]) is not None


def _bare_heading(text: str, start: int, end: int, number: int) -> tuple[int, int] | None:
    """The span of 「N条」 opening a line between ``start`` and ``end`` (the article due there, its 第 dropped), or None."""
    m = re.search(rf"(?m)^[ \u3000]*({number}|{int_to_kanji(number)})条(?![0-9０-９のにをがはで項号、。])", text[start:end])
    return (start + m.start(1), start + m.end()) if m else None


@lru_cache(maxsize=8)
def _head_line(kind: str) -> re.Pattern:
    """A line that opens with a heading of ``kind`` (章, 節…) and its number."""
    return re.compile(rf"^[ \u3000]*第[ \u3000]*([0-9０-９]+|[一二三四五六七八九十]+)[ \u3000]*{kind}", re.M)


_CHAPTER_LINE = _head_line("章")


def _opens_at_a_later_chapter(ctx: Context, first: Article) -> bool:
    """Does the text open at a chapter after the first (its first chapter heading, above its first article, is
    第3章), so that the articles before its first one are in a part the text does not hold?"""
    m = _CHAPTER_LINE.search(ctx.text, 0, first.span[0] + 1)
    return m is not None and m.group(1) not in ("1", "１", "一")


def _paragraph_sequence(art: Article) -> list[tuple[int, Paragraph]]:
    # (a paragraph the parser numbered by its place, a block after a list, is no number the writer wrote: beside
    # labelled ones, 「2.1」 under section 2, it is no part of their sequence)
    labelled = any(p.label for p in art.paragraphs)
    numbered = [p for p in art.paragraphs if p.number is not None and (p.label or not labelled)]
    out = []
    for i, p in enumerate(art.paragraphs):
        if p.number is not None and (p.label or not labelled):
            out.append((p.number, p))
        elif i == 0 and numbered and min(q.number for q in numbered) != 1:
            out.append((1, p))
    return out


def _label_span(ctx: Context, unit_span: tuple[int, int], label: str | None) -> tuple[int, int]:
    line_end = ctx.text.find("\n", unit_span[0])
    line_end = unit_span[1] if line_end < 0 else min(line_end, unit_span[1])
    if label and ctx.text.startswith(label, unit_span[0]):
        return unit_span[0], unit_span[0] + len(label)
    return unit_span[0], min(line_end, unit_span[0] + 20)


def _sequence_fault(n: int, prev: int, seen: set[int]) -> str | None:
    """What is wrong with number ``n`` after the highest number ``prev`` and the numbers ``seen``."""
    if n in seen:
        return "duplicate"
    if n < prev:
        return "order"
    if n > prev + 1:
        return "gap"
    return None


# A line that is nothing but a paragraph's label (「2項」「第2項（変更）」「**2項**」 in Markdown, <p><strong>2項</strong>
# or <h3>2項</h3> in HTML): the source heads a sub-section with it, whatever mark-up it used.
# Normalization may glue such a line to the sentence before it (「…負います。2項」): after a 。 at a line's end it
# is the same label, as no sentence ends that way.
_LABEL_LINE = re.compile(r"(?:^|(?<=。))[ \u3000*#]*第?[0-9０-９一二三四五六七八九十]{1,3}項(?:[（(][^）)\n]{0,30}[）)])?[ \u3000*]*$", re.M)


# In the source: a short line that is no sentence and no list item (no 「- 」 bullet), followed by a list that starts at 1 —
# a sub-section's title (an HTML <h3>, a bold line) whatever the format kept of its mark-up. Normalization
# may join it to the sentence before (「…締め切ります。従量料金」), so it is read from the source.
_TITLE_THEN_LIST = re.compile(
    r"^[ \u3000]*(?![-*+][ \t])(?P<t>[^\s0-9０-９(（①一二三四五六七八九十.．。、][^\n。．]{0,29}?)[ \u3000]*\n"
    r"(?:[ \u3000]*\n)?"  # (a blank line between: 「**主な提供データ**」 over its Markdown list, pub148)
    r"(?=[ \u3000]*(?:1[.．)）]|１[.．)）]|[(（][1１][)）]|①|一[ \u3000]))", re.M)


def _titles_before_lists(ctx: Context) -> list[int]:
    """Normalized offsets of the source's list titles (see _TITLE_THEN_LIST)."""
    offsets = ctx.doc.norm.offsets
    out = []
    for m in _TITLE_THEN_LIST.finditer(ctx.doc.source.text):
        if re.search(r"第[0-9０-９一二三四五六七八九十百]+条", m.group("t")):
            continue  # an article's own heading: its first paragraph list is not a restart
        i = bisect.bisect_left(offsets, m.start("t"))
        if i < len(ctx.text):
            out.append(i)
    return out


def _subheadings(ctx: Context, art: Article) -> list[int]:
    """Offsets of Markdown/HTML headings inside the article's body (「### 2項（管理）」 under 「## 第2条」), and of
    lines that are only a paragraph label, however marked up."""
    offsets = ctx.memo("numbering.heading_offsets", lambda: sorted(
        {o for o, _level in ctx.doc.norm.headings} | {m.start() for m in _LABEL_LINE.finditer(ctx.text)}
        | set(_titles_before_lists(ctx))))
    body_start = art.heading_span[1] if art.heading_span else art.span[0]
    return offsets[bisect.bisect_left(offsets, body_start):bisect.bisect_left(offsets, art.span[1])]


def _label_line_at(ctx: Context, pos: int) -> str | None:
    """The line at ``pos`` if it is nothing but a paragraph label (2項), else None."""
    line = ctx.text[pos:ctx.line_span(pos)[1]]
    return line.strip() if _LABEL_LINE.fullmatch(line) else None


def _named(ctx: Context, art: Article) -> str:
    """An article as its page names it (第5条, a section's 「5.」), with its chapter where each chapter numbers its own."""
    chapter = art.part_label if ctx.doc.numbering == "chapter" and art.part == "main" else ""
    return chapter + article_place(art)


def _paragraph_findings(ctx: Context):
    for art in ctx.doc.all_articles():
        seq = _paragraph_sequence(art)
        prev = 0
        seen: set[int] = set()
        numbers = {n for n, _ in seq}
        subheads = _subheadings(ctx, art)
        prev_start = art.span[0]
        for n, p in seq:
            # (a label line that is this paragraph's own label, 「2項⏎当社は…」, numbers it: no new list)
            if any(prev_start < o <= p.span[0] for o in subheads) and p.label != _label_line_at(ctx, p.span[0]):
                # a sub-heading starts a new list: 「### 2項」 followed by 1. 2. 3. again is not a duplicate.
                # The parser may have joined the list's first lines to the paragraph before the heading,
                # so the first number seen after it is taken as it comes (no gap).
                prev, seen = n - 1, set()
            before_start, prev_start = prev_start, p.span[0]
            span = _label_span(ctx, p.span, p.label)
            excerpt = ctx.text[p.span[0]:min(p.span[1], p.span[0] + 30)]
            fault = _sequence_fault(n, prev, seen)
            if fault == "gap" and paragraphs_run_in(ctx.text, before_start, p.span[0], range(prev + 1, n)):
                fault = None  # 「…提出することができる。 2 博士課程…」: the missing paragraphs stand mid-line
            if fault == "gap" and not prev and _heading_opens_the_list(art, n, p.label):
                fault = None  # 「1.賞品の仕様…について」 read as a section's heading, 「2.」「3.」 its paragraphs: one list (a
                # page's <ol>), whose first item the heading is
            if fault == "duplicate" and _SUB_LABEL_AFTER.match(ctx.text, span[1]):
                fault = None  # 「5.2.(1) 当該第三者の氏名…」「5.2.(2) …」: a dotted label with its items' numbers after it
                # (5.2.(1), 5.2.(2)), the items of 5.2., not 5.2. written twice
            if fault == "duplicate":
                yield ctx.finding(
                    "numbering-duplicate", span,
                    f"{_named(ctx, art)}の項番号「{p.label or n}」が重複しています。",
                    f"Paragraph number {n} of article {art.number} is used twice.",
                    excerpt=excerpt,
                    # renumbering the second one is the fix only when the next number is free
                    suggestion=f"{n + 1}" if n == prev and n + 1 not in numbers else None,
                )
            elif fault == "order":
                yield ctx.finding(
                    "numbering-order", span,
                    f"{_named(ctx, art)}の第{n}項が第{prev}項の後にあります（項番号の順序）。",
                    f"Paragraph {n} of article {art.number} comes after paragraph {prev}.",
                    excerpt=excerpt,
                )
            elif fault == "gap":
                missing = f"第{prev + 1}項" if n == prev + 2 else f"第{prev + 1}項〜第{n - 1}項"
                # (the first numbered paragraph after an unnumbered first one: 「第1項がありません」 says it, not 「0から」)
                jump = f"が{prev}から{n}に飛んでいます" if prev else f"が第{n}項から始まっています"
                yield ctx.finding(
                    "numbering-gap", span,
                    f"{_named(ctx, art)}の項番号{jump}（{missing}がありません）。",
                    f"Paragraph numbering of article {art.number} skips from {prev} to {n}." if prev else
                    f"Paragraph numbering of article {art.number} starts at {n}.",
                    excerpt=excerpt,
                )
            seen.add(n)
            prev = max(prev, n)


_NEW_LIST = re.compile(r"次に掲げる|次の各号")


def _heading_opens_the_list(art: Article, n: int, label: str | None) -> bool:
    """Is a section's own number, written in the form of its paragraphs' labels, the one before the first of them
    (section 「1.」 over paragraphs 「2.」「3.」)?"""
    return art.number == str(n - 1) and bool(art.label) and bool(label) and not art.label.startswith("第") \
        and art.label.strip()[-1:] == label.strip()[-1:]


# a sentence under an item's line that announces another list (「また、下記いずれかの項目に当てはまる場合も入会をお断り
# いたします。」 after (1)〜(3), then (1)〜(4) again): the parser keeps it with the item above; the next list starts over
_LEAD_BELOW = re.compile(r"下記|以下の|次の|(?:次|以下)に(?:掲げる|該当|定める|示す)")


def _lead_below(text: str, item: Item) -> bool:
    first_line_end = text.find("\n", item.span[0], item.span[1])
    return first_line_end >= 0 and _LEAD_BELOW.search(text, first_line_end, item.span[1]) is not None


def _item_lists(items: list[Item], parent: Item | None = None):
    """Each list of sibling items (per style), recursively, with the item it is under (None for a paragraph's)."""
    yield parent, items
    for it in items:
        if it.items:
            yield from _item_lists(it.items, it)


def _opened_above(art, para, it: Item) -> bool:
    """Does the list of ``para`` go on from a list of the article's unnumbered lead, past numbered paragraphs (「(1)当社
    サービスの内容」 in the lead, then paragraphs 「1.」〜「7.」, then 「(2)…注意事項」)? Its labels are the article's upper
    level, whose entries hold the numbered paragraphs: not a list of the last paragraph that lost its first items.
    (Items 1–6 of paragraph 1 and 7–11 of paragraph 2 are two lists of numbered paragraphs, one numbered on: a gap.)"""
    k = next(i for i, p in enumerate(art.paragraphs) if p is para)
    for j in range(k - 1, -1, -1):
        before = art.paragraphs[j]
        if before.number is None and any(x.style == it.style and x.number == it.number - 1 for x in before.items):
            return any(p.number is not None for p in art.paragraphs[j + 1:k])
    return False


def _continues_the_list_before(art, para, it: Item) -> bool:
    """Does the list of ``para`` number on from the list that closes the paragraph before it (「【完成後の修正】」 over
    items 1 and 2, then 「【ラフ案段階の修正】」 over <ol start="3">: one numbering run under two captions)? Only under a
    caption: a lead sentence of its own (「甲及び乙は、…次の各号のいずれか…保証するものとします。」 over 7. to 11.) opens
    a list of its own, which numbered on from the one before has lost its first numbers."""
    k = next(i for i, p in enumerate(art.paragraphs) if p is para)
    if k == 0 or not art.paragraphs[k - 1].items:
        return False
    lead = para.text.strip(" \u3000\n")
    if len(lead) > 30 or lead.endswith(("。", "：", ":")) or "、" in lead:
        return False
    last = art.paragraphs[k - 1].items[-1]
    return last.style == it.style and last.number == it.number - 1


def _runs_on_across_captions(para, it: Item) -> bool:
    """Does the list ``it`` opens number on from the list under the caption before (「- 利用者に関する個人情報」 over 1.
    to 13., then 「- 事業者の役員及び従業員に関する個人情報」 over 14.: one numbering run under three captions, as the
    page renders it)? The item of its style written last before it is its number less one."""
    before = [x for x in para.all_items() if x.style == it.style and x.span[0] < it.span[0]]
    return bool(before) and before[-1].number is not None and before[-1].number == it.number - 1


# what opens a list of items (次の各号, 次のとおり, 以下に掲げる): a paragraph that says none of these lists nothing
_OPENS_A_LIST = re.compile(r"次の(?:とおり|通り|各号|事項|もの|いずれ)|次に(?:掲げ|定め)|以下の(?:とおり|通り|各号|事項|もの)"
                           r"|以下に(?:掲げ|定め)|下記の(?:とおり|通り|事項)|各号|[：:]$")


def _second_paragraph(ctx: Context, para, it: Item) -> bool:
    """Is the first "item" (2) after a paragraph of whole sentences that opens no list the article's second paragraph,
    numbered as a form numbers its paragraphs after an unnumbered first one (「第1条 甲は、…賃貸する。⏎(2)前項の
    面積は壁芯計算による。」), not an item whose (1) is missing? It is a sentence of its own too: an item names a thing
    or a goal (「…の確立を図ること。」, 「…についての資料」)."""
    if it.number != 2 or para.items[0] is not it:
        return False
    lead = ctx.text[para.span[0]:it.span[0]].strip(" \u3000\n")
    own = ctx.text[it.span[0]:it.span[1]].strip(" \u3000\n")
    return lead.endswith("。") and not _OPENS_A_LIST.search(lead) and own.endswith("。") \
        and not own.endswith(("こと。", "事。"))


_ROMAN_ONE = re.compile(r"^[(（]?[iｉ][)）.．]?$")


def _read_across_columns(numbers: list[int | None]) -> bool:
    """Are ``numbers`` two runs interleaved, the second going on from the first (1, 4, 2, 5, 3, 6): a list set in two
    columns whose text was read across the rows?"""
    if len(numbers) < 4 or None in numbers:
        return False
    left, right = numbers[0::2], numbers[1::2]
    return all(b == a + 1 for a, b in zip(left, left[1:])) and all(b == a + 1 for a, b in zip(right, right[1:])) \
        and right[0] == left[-1] + 1 and len(left) - len(right) in (0, 1) and left[0] == 1


def _item_findings(ctx: Context):
    for art in ctx.doc.all_articles():
        subheads = _subheadings(ctx, art)  # 「### 例外」 between two lists: each is numbered on its own
        for para in art.paragraphs:
            if not para.items:
                continue
            for parent, siblings in _item_lists(para.items):
                by_style: dict[str, list[Item]] = {}
                for it in siblings:
                    by_style.setdefault(it.style, []).append(it)
                for style, items in by_style.items():
                    if _read_across_columns([it.number for it in items]):
                        continue  # 「(イ)会長 (ニ)会計監査⏎(ロ)副会長 (ホ)理事…」: a two-column table read row by row
                    prev = 0
                    seen: set[int] = set()
                    last: Item | None = None
                    for it in items:
                        n = it.number
                        if n is None:
                            continue
                        if "の" in it.label:
                            continue  # 三の二: a branch, inserted after 三
                        if last is not None and n <= prev and (
                                _NEW_LIST.search(ctx.text, last.span[0] + 1, last.span[1])
                                # the item it is under gave way to the next one mid-line (「ア …留学生 (3) 本学の
                                # 大学院学生に含む者⏎ア 大学院の…」): a list of the next item starts
                                or parent is not None and parent.number is not None and item_after_run_in(
                                    ctx.text, last.span[0], it.span[0], parent.style, parent.number)
                                or _lead_below(ctx.text, last)
                                or any(last.span[0] < o <= it.span[0] for o in subheads)
                                # a sentence of the paragraph between them (an unnumbered paragraph of a web
                                # page after its list, 「当社又は申込者の…次の各号の…」) opens the next list
                                or ctx.text[last.span[1]:it.span[0]].strip(" \u3000\n")):
                            # the item before holds the sentence that opens a new list (「2 株式会社は、…次に掲げる
                            # 費用等を…」 whose paragraph number the source glued to the item): numbering starts again
                            prev, seen = n - 1, set()  # its first item may be glued too: no gap
                        before, last = last, it
                        span = _label_span(ctx, it.span, it.label)
                        excerpt = ctx.text[it.span[0]:min(it.span[1], it.span[0] + 30)]
                        where = article_label(art.number) + (f"第{para.number}項" if para.number else "")
                        fault = _sequence_fault(n, prev, seen)
                        if fault == "gap" and prev == 0 and (_opened_above(art, para, it)
                                                             or _continues_the_list_before(art, para, it)
                                                             or _runs_on_across_captions(para, it)
                                                             or _second_paragraph(ctx, para, it)):
                            fault = None
                        if fault == "gap" and prev == 0 and _ROMAN_ONE.match(it.label):
                            fault = None  # 「i)また、…」 then ii), iii): roman one, not the ninth letter
                        if fault == "gap" and items_run_in(ctx.text, before.span[0] if before else para.span[0],
                                                           it.span[0], it.style, range(prev + 1, n)):
                            fault = None  # 「(1)日曜日… (2)12月28日から…」 before (3): the missing items stand mid-line
                        if fault == "gap" and _opened_otherwise(ctx.text, before.span[0] if before else para.span[0],
                                                                it.span[0], range(prev + 1, n)):
                            fault = None  # 「十三…⏎14管理組合…⏎十五」: the item is there, its label in another form (item-list)
                        if fault is not None:
                            ja, en = {
                                "duplicate": (f"{where}の号「{it.label}」が重複しています。",
                                              f"Item {it.label} of {where} is used twice."),
                                "order": (f"{where}の号「{it.label}」が順序どおりに並んでいません。",
                                          f"Item {it.label} of {where} is out of order."),
                                "gap": (f"{where}の号番号が「{it.label}」の前で飛んでいます（{n - prev - 1}号分の欠番）。",
                                        f"Item numbering of {where} skips before {it.label}."),
                            }[fault]
                            yield ctx.finding(f"numbering-{fault}", span, ja, en, excerpt=excerpt)
                            if fault == "duplicate" and n == 1:
                                prev, seen = 0, set()  # the list starts over: one finding, not one per item
                        seen.add(n)
                        prev = max(prev, n)


def _opened_otherwise(text: str, start: int, end: int, numbers: range) -> bool:
    """Does a line between ``start`` and ``end`` open with each of ``numbers`` in another form than the list's (「14管理組合
    の…」 between 十三 and 十五)? The item is there, its label mistyped: the item-list rule tells it."""
    heads = {m.group(1).translate(WIDE_DIGITS) for m in re.finditer(r"\n[ \u3000]*([0-9０-９]{1,3})(?![0-9０-９.．)）])",
                                                                    text[start:end])}
    heads |= {str(to_int(m.group(1))) for m in re.finditer(r"\n[ \u3000]*([一二三四五六七八九十]{1,4})(?![一二三四五六七八九十])",
                                                         text[start:end])}
    return bool(numbers) and all(str(n) in heads for n in numbers)


# what follows a citation of an article by its title, never a heading's text: 「第3条（禁止事項）各号に定める行為」
_CITED_AFTER_TITLE = re.compile(r"[ \u3000]*(?:各号|第[0-9０-９一二三四五六七八九十]+[項号]|に(?:定め|規定|掲げ|基づ|より|よる)|の(?:規定|定め))")

# an item's number right after a paragraph's label, no space between: the label 「5.2.(1)」 of an item of 5.2.
_SUB_LABEL_AFTER = re.compile(r"[(（][0-9０-９]{1,2}[)）]")

_LEVELS = ("編", "章", "節", "款", "目")


def heading_slips(ctx: Context) -> dict[int, str]:
    """Headings of one kind typed as the other, told by where the page sets them: start of the heading → the label meant.
    「#### 第13章」 between 「#### 第12条」 and 「#### 第15条」, the chapters set as 「## 第N章」: 第13条; 「## 第10条 福利厚生」 after
    「## 第9章」, the articles set as 「#### 第N条」: 第10章. The heading stands at the level of the other kind's headings,
    which its own kind does not share, and carries the number that kind has reached."""
    def build():
        levels = dict(ctx.doc.norm.headings)
        chapters = [c for c in ctx.doc.chapters if c.kind == "章" and c.span[0] in levels and _key(c.number)]
        arts = [a for a in ctx.doc.all_articles() if a.heading_span[0] in levels and len(_key(a.number) or ()) == 1]
        if len(chapters) < 2 or len(arts) < 3:
            return {}
        level = {"条": Counter(levels[a.heading_span[0]] for a in arts).most_common(1)[0][0],
                 "章": Counter(levels[c.span[0]] for c in chapters).most_common(1)[0][0]}
        heads = sorted([(c.span[0], "章", _key(c.number)[0]) for c in chapters]
                       + [(a.heading_span[0], "条", _key(a.number)[0]) for a in arts])
        # a chapter that holds no article before the next chapter (「# 第7章（参加者資格の中断・取り消し）」 and its
        # paragraphs after 「# 第6条」, up to 「# 第12章」, the 条 of the first six typed as 章 from there on)
        # (the articles before it in no chapter: a text divided into chapters heads its first article with one)
        empty = {start for i, (start, kind, _) in enumerate(heads)
                 if kind == "章" and heads[0][1] == "条" and (i + 1 == len(heads) or heads[i + 1][1] == "章")}
        if level["条"] == level["章"] and not empty:
            return {}
        out: dict[int, str] = {}
        reached: dict[str, int | None] = {"条": None, "章": None}
        document = 0
        for start, kind, number in heads:
            if document != (document := document_span(ctx, start)[0]):
                reached = {"条": None, "章": None}  # (a second document on the page numbers its own from 1)
            other = "章" if kind == "条" else "条"
            set_apart = levels[start] == level[other] != level[kind] or kind == "章" and start in empty
            if set_apart and reached[other] is not None and number == reached[other] + 1:
                out[start] = f"第{number}{other}"
                reached[other] = number
            else:
                reached[kind] = number
        return out
    return ctx.full.memo("numbering.heading_slips", build)


def _heading_slip_finding(ctx: Context, span: tuple[int, int], label: str, meant: str):
    """The finding of a heading typed as the other kind (heading_slips): a chapter's number where an article's stands is
    an article missing (numbering-gap); an article's where a chapter's stands, a number out of its series."""
    kind = meant[-1]
    article = kind == "条"
    return ctx.finding(
        "numbering-gap" if article else "numbering-order", span,
        f"{label}は{kind}の見出しと同じ階層にあり、前の{kind}に続く番号です。「{meant}」の誤りと思われます"
        + (f"（{meant}がありません）。" if article else "。"),
        f"{label} stands at the level of the {'article' if article else 'chapter'} headings and carries the next "
        f"{'article' if article else 'chapter'}'s number: {meant} was meant" + (" (the articles lack it)." if article else "."),
        excerpt=ctx.text[span[0]:span[1]], suggestion=meant)


def _chapter_findings(ctx: Context):
    """第3章 followed by 第5章: a chapter, section (節) … numbered out of its sequence. Each level is numbered
    within the one above it (第2章第1節 after 第1章第3節), so a heading of a higher level starts its levels below
    again; a branch number (第2章の2) is an insertion."""
    if ctx.doc.style != "article":
        return
    prev: dict[str, tuple[tuple[int, ...], object]] = {}
    seen: dict[str, set[tuple[int, ...]]] = {}
    chapters = sorted(ctx.doc.chapters, key=lambda c: c.span[0])
    # a table of contents the structure read as headings (「第1章\n総則\n第2章…」 on a first page, a PDF's text): a
    # heading with no article under it (none before the next heading of its level or above) that stands again later,
    # numbered alike
    starts = sorted(a.span[0] for a in ctx.doc.all_articles())
    listed, table_end = set(), None
    for i, c in enumerate(chapters):
        if c.kind not in _LEVELS:
            continue
        level = _LEVELS.index(c.kind)
        upto = next((d.span[0] for d in chapters[i + 1:] if d.kind in _LEVELS and _LEVELS.index(d.kind) <= level
                     and _key(d.number) is not None), float("inf"))  # (a caption read as a heading numbers nothing)
        if bisect.bisect_right(starts, c.span[0]) == bisect.bisect_left(starts, upto):
            twin = next((d for d in chapters[i + 1:] if (d.kind, d.number) == (c.kind, c.number)), None)
            if twin is not None:
                listed.add(i)
                table_end = twin.span[0] if table_end is None else min(table_end, twin.span[0])
    # and every heading before the first one listed again: the rest of the table (a document cut short lists
    # chapters it does not hold; a PDF's text may set the first article above its chapter's heading)
    if table_end is not None:
        listed.update(i for i, c in enumerate(chapters) if c.span[0] < table_end and c.kind in _LEVELS)
    slips = heading_slips(ctx)
    document = 0
    for i, c in enumerate(chapters):
        if c.kind not in _LEVELS or i in listed:
            continue
        if document != (document := document_span(ctx, c.span[0])[0]):
            prev.clear()  # a second document on the page (a privacy policy under the terms) numbers its own chapters
            seen.clear()
        if c.span[0] in slips:
            yield _heading_slip_finding(ctx, c.span, c.label, slips[c.span[0]])
            continue
        for lower in _LEVELS[_LEVELS.index(c.kind) + 1:]:
            prev.pop(lower, None)
            seen.pop(lower, None)
        k = _key(c.number)
        if k is None:
            continue
        before = prev.get(c.kind)
        span = c.span
        excerpt = ctx.text[span[0]:span[1]]
        if before is None and c.kind == "章" and len(k) == 1 and k[0] > 1 and not seen and not listed \
                and _articles_from_the_first_above(ctx, c):
            # 第1条, 第2条, then 第2章: the text is whole from its first article, and the chapter those stand in is
            # unheaded (a text opening at 第3章 with 第13条 is an extract: _opens_at_a_later_chapter's)
            missing = "第1章" if k[0] == 2 else f"第1章〜第{k[0] - 1}章"
            bare = _FIRST_CHAPTER_BARE.search(ctx.text, 0, c.span[0]) if k[0] == 2 else None
            if bare is not None:
                # 「1.総則」 over 第1条 where 第2章 follows: the first chapter's heading written as a list's number
                yield ctx.finding(
                    "numbering-gap", bare.span(),
                    f"「{bare.group(0)}」は第1章の見出しと思われます（{c.label}が続きます）。「第1章 {bare.group('title')}」と"
                    f"書きます。",
                    f"「{bare.group(0)}」 heads chapter 1 ({c.label} follows): 「第1章 {bare.group('title')}」.",
                    excerpt=bare.group(0), suggestion=f"第1章 {bare.group('title')}")
                continue
            yield ctx.finding(
                "numbering-gap", span,
                f"{c.label}の前に{missing}がありません（その前の条が章に入っていません）。",
                f"Chapter numbering starts at {k[0]}: {missing} is missing before the articles above it.",
                excerpt=excerpt)
        if k in seen.get(c.kind, set()):
            yield ctx.finding(
                "numbering-duplicate", span,
                f"{c.label}が重複しています（同じ番号の{c.kind}が2つあります）。",
                f"{c.kind} number {c.number} is used twice.", excerpt=excerpt)
        elif before is not None and k < before[0]:
            yield ctx.finding(
                "numbering-order", span,
                f"{c.label}が{before[1].label}の後に置かれています（{c.kind}の順序が逆です）。",
                f"{c.kind} {c.number} comes after {c.kind} {before[1].number}: out of order.", excerpt=excerpt)
        elif before is not None and len(k) == 1 and k[0] > before[0][0] + 1 \
                and not _glued_heads_between(ctx, before[1].span[1], c.span[0], c.kind, before[0][0] + 1, k[0] - 1):
            first, last = before[0][0] + 1, k[0] - 1
            missing = f"第{first}{c.kind}" if first == last else f"第{first}{c.kind}〜第{last}{c.kind}"
            yield ctx.finding(
                "numbering-gap", span,
                f"{c.label}の前に{missing}がありません（{c.kind}の番号の欠番）。",
                f"{c.kind} numbering skips from {before[0][0]} to {k[0]}: {missing} is missing.", excerpt=excerpt)
        seen.setdefault(c.kind, set()).add(k)
        if before is None or k > before[0]:
            prev[c.kind] = (k, c)


def _glued_heads_between(ctx: Context, start: int, end: int, kind: str, first: int, last: int) -> bool:
    """Are the headings 第{first}… to 第{last}{kind} all written at line starts between ``start`` and ``end``, their
    titles glued on (「第２章技能実習の実施」: the structure reads no heading there, the convention rule tells the glue)?"""
    text = ctx.text[start:end]
    found = {to_int(m.group(1).translate(WIDE_DIGITS)) for m in _head_line(kind).finditer(text)}
    return all(n in found for n in range(first, last + 1))


def _articles_from_the_first_above(ctx: Context, chapter) -> bool:
    """Do articles of the main text stand above ``chapter``, the first of them 第1条, in a text that is no extract?"""
    above = [a for a in ctx.doc.articles if a.part == "main" and a.span[0] < chapter.span[0]]
    return bool(above) and above[0].number == "1" and not _excerpt_part(ctx, "main")


def _all(ctx: Context):
    def build():
        return (list(_chapter_findings(ctx)) + list(_article_findings(ctx)) + list(_paragraph_findings(ctx))
                + list(_item_findings(ctx)) + list(_retold_findings(ctx)) + list(_headings_without_jou(ctx)))
    return ctx.memo("numbering", build)


def _bare_title(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "").strip(" #*\u3000")


def _retold_findings(ctx: Context):
    """The document's own title heading a later part whose articles start again from the first one's number
    (「# 利用規約 … 第1条 第2条 … # 利用規約 … 第1条」): the text written twice, a draft left above the final one or
    a copy pasted again. Read as an annex, its articles are numbered apart, so no other numbering finding tells it.
    A part under another title (プライバシーポリシー after 利用規約, 別紙 of its own) is not the document again."""
    doc = ctx.doc
    title = _bare_title(doc.title)
    if not title or not doc.articles:
        return
    first = doc.articles[0].number
    for annex in doc.annexes:
        if annex.articles and annex.articles[0].number == first and title in (_bare_title(annex.label), _bare_title(annex.title)):
            n = sum(1 for a in annex.articles if any(b.number == a.number for b in doc.articles))
            start = annex.span[0]
            end = ctx.text.find("\n", start)
            yield ctx.finding(
                "numbering-duplicate", (start, end if end > 0 else annex.span[1]),
                f"表題「{title}」がもう一度現れ、その下で条番号が{article_label(first)}から振り直されています（{n}条の番号が"
                f"重複）。下書きや旧版の文面が残っていないか、同じ文面が二度貼られていないか確認してください。",
                f"The title 「{title}」 appears again and the articles under it start again at {article_label(first)} "
                f"({n} numbers repeated): a draft or an older text left in, or the text pasted twice.",
                severity="warning")


# A heading line 「第2準拠法、管轄裁判所」 (or 「### 第11準拠法」) where the document heads its articles 第N条: the number is
# the next article's and 条 was dropped, so the parser takes no article there and its text joins the article before.
# The counters that follow a 第N in prose (第2回, 第3者, 第1期, 第2位…) are not headings' and are left out.
_NUMBER_WITHOUT_JOU = re.compile(r"^[ \u3000#*■◆●【]*第([0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})"
                                 r"(?![0-9０-９〇一二三四五六七八九十百千条章節款編項号回期者次位種類級弾部版巻話日年月週号線代世目番席名社人点])"
                                 r"(?=[\u4e00-\u9fff\u30a1-\u30fa（(【])[^。\n]{1,30}$", re.M)


def _headings_without_jou(ctx: Context):
    doc, text = ctx.doc, ctx.text
    arts = doc.articles
    if not arts or not all(a.label and a.label.rstrip().endswith("条") for a in arts[:2]):
        return
    have = {a.number for a in arts}
    starts = [a.heading_span[0] for a in arts]
    for m in _NUMBER_WITHOUT_JOU.finditer(text):
        n = to_int(m.group(1))
        k = bisect.bisect_left(starts, m.start())  # the articles headed before the line
        if n is None or str(n) in have or k == 0 or _key(arts[k - 1].number) != (n - 1,):
            continue
        if not ctx.in_scope(m.start()):
            continue
        label = m.group(0).strip(" \u3000#*■◆●【")
        yield ctx.finding(
            "numbering-gap", (m.start(1) - 1, m.end(1)),
            f"見出し「{label}」は第{n}条の見出しと思われますが、「条」が抜けているため条として読まれません（前の{article_label(arts[k - 1].number)}に"
            f"含まれてしまいます）。",
            f"The heading 「{label}」 looks like article {n}'s with 条 dropped: it is not read as an article, and its text "
            f"joins the one before.",
            suggestion=f"第{m.group(1)}条", excerpt=label)


# a heading 「第五条二」: the article's number and a kanji numeral glued to it, nothing else on the line
_BRANCH_WITHOUT_NO = re.compile(r"(?:[（(][^）)\n]*[）)]\n)?(第[0-9一二三四五六七八九十百]+条)([一二三四五六七八九十]{1,3}|[0-9]{1,2})[ \u3000]*(?=\n|$)")


@rule("numbering-duplicate", "error", "番号の重複", "duplicated number")
def numbering_duplicate(ctx: Context):
    return [f for f in _all(ctx) if f.rule == "numbering-duplicate"]


# a document that says its numbers skip on purpose: numbers kept when provisions were deleted (「条項の一部が削除
# された場合に改めて番号を振り直していないため、条項番号に抜けがある場合があります」), or a companion text that lists only
# some of another's numbered provisions
_GAPS_DECLARED = re.compile(r"(?:番号|条項番号|条番号)(?:に|が|の)?(?:抜け|欠番|飛び)|欠番(?:と|が|に|とし|があ)"
                            r"|番号を(?:改めて)?振り直して(?:い)?(?:ない|おりません|いません)|番号は連続(?:しない|していない)")


@rule("numbering-gap", "warning", "番号の欠番", "skipped number")
def numbering_gap(ctx: Context):
    if _GAPS_DECLARED.search(ctx.full.text):
        return []
    return [f for f in _all(ctx) if f.rule == "numbering-gap"]


@rule("numbering-order", "error", "番号の順序", "number out of order")
def numbering_order(ctx: Context):
    return [f for f in _all(ctx) if f.rule == "numbering-order"]
