"""toc-mismatch: an entry of the table of contents whose title differs from the heading it lists.

「10. 管轄地と準拠地」 in the list of sections at the top of an app's terms, over 「10.管轄地と準拠法」 in the body (pub47):
one of the two was edited and the other not. A table of contents is the lines before the first article that name the
articles (or numbered sections) in order, with or without a 目次 line and page numbers. Told only where the entries
otherwise match their headings (two in three at least, three entries at least), and only where the two titles are
close (one was edited): a list whose entries are worded otherwise throughout is a summary of its own, not a copy.
The heading is offered as the correction; the reader decides which of the two is right. An article of the body the
table of contents leaves out (第1条…第9条 listed over ten articles) is told at its heading. An entry whose title is
another article's heading (「第69条（合意管轄裁判所）」 in the 目次 of bylaws whose body heads 第68条 so, 2025) kept the
numbers of before a renumbering, and is told with the article it names now. The 附則's entries, numbered from 第1条
again, are left alone. A law-style 目次 lists the chapters (「第五章　事務局（第十七条―第十九条）」): an entry whose
title is the chapter's heading shortened or edited (「第五章　代表委員会事務局」 in the body) is told the same way, and so
is a range of articles the part does not hold (「第二章　申請に対する処分（第五条―第十二条）」 over a 第二章 of 第五条 to
第十一条), where every other range of the 目次 (three at least) agrees with the body.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .. import grammar
from . import Context, article_label, rule
from .refs import title_difference

# how alike the two titles are, at least, to be one title edited (管轄地と準拠地 / 管轄地と準拠法: 0.86)
_CLOSE = 0.6
_MIN_ENTRIES, _MATCHING_SHARE = 3, 2 / 3
_BRACKETS = str.maketrans("", "", "（）() \u3000「」【】")


def _alike(entry: str, heading: str) -> bool:
    """Does a table of contents entry give its heading's title: the same, shortened (「退会」 for 「利用者の退会」), or in
    other notation (手続き, 取り扱い)? A list whose entries do, two in three, copies the headings."""
    a, b = entry.translate(_BRACKETS), heading.translate(_BRACKETS)
    return a == b or a in b or b in a or title_difference(entry, heading) == "notation"


def _qualifier_left_out(entry: str, heading: str) -> bool:
    """Is the entry the heading without the words that qualify it (「退会」 of 「利用者の退会」, 「取引」 of 「LASHICにおける
    取引」)? Not one that lost its end (「必要箇所への立入り」 of 「…立入り等」: one of the two edited)."""
    return heading.endswith(entry) and heading[:-len(entry)].endswith(("の", "における", "に関する", "による"))


def _entry(line: str, sections: bool) -> tuple[str, str] | None:
    """(number, title) of a table-of-contents line naming an article (第10条 目的) or a numbered section (10. 目的)."""
    core = grammar.without_toc_page(line.strip(" \u3000"))
    h = grammar.match_article_heading(core)
    if h is not None:
        title = h.title or h.rest
        return (h.number, title.strip(" \u3000")) if title else None
    if sections:
        s = grammar.match_section_heading(core)
        if s is not None and s[1] and s[2] == 1:
            return s[0], s[1].strip(" \u3000")
    return None


@rule("toc-mismatch", "warning", "目次と見出しの不一致", "table of contents entry differs from its heading")
def toc_mismatch(ctx: Context):
    yield from _part_findings(ctx)
    yield from _range_findings(ctx)
    yield from _article_findings(ctx)


def _article_findings(ctx: Context):
    doc = ctx.doc
    articles = [a for a in doc.articles if a.title]
    if len(articles) < _MIN_ENTRIES:
        return
    by_number = {a.number: a for a in articles}
    first = min(a.span[0] for a in doc.articles)
    text = ctx.text
    sections = doc.style == "section"
    entries = []  # (start, end, number, title)
    pos = 0
    for line in text[:first].split("\n"):
        if grammar.match_supplementary(line.strip(" \u3000")):
            break  # the 附則's own 第1条…: not the body's
        e = _entry(line, sections)
        if e is not None and e[0] in by_number:
            entries.append((pos, pos + len(line), *e))
        pos += len(line) + 1
    if len(entries) < _MIN_ENTRIES:
        return
    same = [x for x in entries if _alike(x[3], by_number[x[2]].title)]
    if len(same) < _MATCHING_SHARE * len(entries):
        return
    listed = {number for _, _, number, _ in entries}
    for art in doc.articles:
        if art.number in listed or not art.label.startswith("第") or (
                ctx.scope is not None and not any(x <= art.heading_span[0] < y for x, y in ctx.scope)):
            continue
        # 「目次」 listing 第1条…第9条 over a body of ten: an article added, and the table of contents not
        yield ctx.finding(
            "toc-mismatch", art.heading_span,
            f"{_where(art, sections)}（{art.title or ''}）は目次にありません。目次の直し漏れと思われます。",
            f"{_where(art, sections)} is missing from the table of contents.",
            excerpt=text[art.heading_span[0]:art.heading_span[1]].strip())
    by_title: dict[str, list] = {}
    for art in articles:
        by_title.setdefault(art.title.translate(_BRACKETS), []).append(art)
    for s, e, number, title in entries:
        art = by_number[number]
        heading = art.title
        a, b = title.translate(_BRACKETS), heading.translate(_BRACKETS)
        if a == b:
            continue
        moved = by_title.get(a, [])
        if len(moved) == 1 and moved[0].number != number:
            # 「第69条（合意管轄裁判所）」 in the 目次 where the body heads 第68条 so: the articles were renumbered and
            # the table of contents kept the old numbers
            yield from _told(ctx, s, e, title, f"は本文では{_where(moved[0], sections)}の見出しです（{_where(art, sections)}は「{heading}」）。番号の直し漏れです",
                             f"is the heading of {_where(moved[0], sections)} in the body ({_where(art, sections)} is 「{heading}」): renumbered in the body only",
                             _where(moved[0], sections))
            continue
        if SequenceMatcher(None, a, b, autojunk=False).ratio() < _CLOSE or _qualifier_left_out(a, b):
            continue  # (「退会」 for 「利用者の退会」: the entry shortened, as a table of contents may)
        where = _where(art, sections)
        # (「お問合せ先」 over 「お問い合わせ先」: the same title in other okurigana or notation misleads no one: a note)
        yield from _told(ctx, s, e, title, f"は本文の見出しと違います（{where}は「{heading}」）。どちらかが直し漏れです",
                         f"differs from the heading of {where}, 「{heading}」: one of them was edited and not the other",
                         heading, severity="info" if title_difference(title, heading) == "notation" else None)


# a 目次 line naming a part of the body: 「第五章　事務局（第十七条―第十九条）」
_PART_ENTRY = re.compile(r"[ \u3000]*第([0-9０-９〇一二三四五六七八九十百]+)([編章節款])[ \u3000]*([^（(\n]{1,40}?)"
                         r"[ \u3000]*(?:[（(][^（）()\n]*[)）])?[ \u3000]*$")


def _part_findings(ctx: Context):
    """「第五章　事務局」 in the 目次 over 「第五章　代表委員会事務局」 in the body: a chapter (or 節, 編, 款) renamed in one
    place only. Told where the other entries agree with their headings (two in three, three entries at least)."""
    doc, text = ctx.doc, ctx.text
    if not doc.chapters or not doc.articles:
        return
    first = min(a.span[0] for a in doc.articles)
    heads = {(c.kind, grammar.to_int(c.number)): c for c in doc.chapters if c.title}
    entries = []
    pos = 0
    for line in text[:first].split("\n"):
        m = _PART_ENTRY.fullmatch(line)
        if m is not None and (key := (m.group(2), grammar.to_int(m.group(1)))) in heads \
                and heads[key].span[0] > pos:
            entries.append((pos + m.start(3), pos + m.end(3), m.group(3), heads[key]))
        pos += len(line) + 1
    if len(entries) < _MIN_ENTRIES:
        return
    same = [x for x in entries if x[2].translate(_BRACKETS) == x[3].title.translate(_BRACKETS)]
    if len(same) < _MATCHING_SHARE * len(entries):
        return
    for s, e, title, head in entries:
        a, b = title.translate(_BRACKETS), head.title.translate(_BRACKETS)
        if a == b or not (a in b or b in a or SequenceMatcher(None, a, b, autojunk=False).ratio() >= _CLOSE):
            continue
        label = head.label.strip(" \u3000")
        yield from _told(ctx, s, e, title, f"は本文の見出しと違います（{label}は「{head.title}」）。どちらかが直し漏れです",
                         f"differs from the heading of {label}, 「{head.title}」: one of them was edited and not the other",
                         head.title)


_LEVELS = "編章節款目"


def _range_findings(ctx: Context):
    """「第二章　申請に対する処分（第五条―第十二条）」 in the 目次 over a 第二章 whose articles run from 第五条 to 第十一条: the
    range kept the numbers of before an article was added or removed, or was mistyped. Each part's articles are read
    from the body (the chapter and section each article stands in); told where every other range of the 目次 agrees
    with the body (and three ranges at least), so that a body read with its parts wrong says nothing."""
    doc, text = ctx.doc, ctx.text
    if not doc.chapters or not doc.articles:
        return
    first = min(a.span[0] for a in doc.articles)
    held: dict[tuple[str, ...], list] = {}  # a part's path (kind and number of each level) → its articles, in order
    for art in doc.articles:
        if art.part == "main" and art.chapter:
            heads = [grammar.match_chapter_heading(p) for p in art.chapter.split(" / ")]
            path = tuple(h.kind + h.number for h in heads if h is not None)
            for k in range(1, len(path) + 1):
                held.setdefault(path[:k], []).append(art)
    entries = []
    path: list[tuple[int, str]] = []  # (level, kind and number) of the entries above, outermost first
    pos = 0
    for line in text[:first].split("\n"):
        entry = grammar.ranged_contents_entry(line) or _unranged_part(line)
        if entry is not None:
            head = entry.chapter if isinstance(entry, grammar.ContentsRange) else entry
            level = _LEVELS.index(head.kind)
            while path and path[-1][0] >= level:
                path.pop()
            path.append((level, head.kind + head.number))
            arts = held.get(tuple(k for _, k in path))
            if isinstance(entry, grammar.ContentsRange) and arts:
                s, e = entry.span
                entries.append((pos + s, pos + e, line[s:e], (entry.first, entry.last), arts, head.label, entry.two))
        pos += len(line) + 1
    if len(entries) < _MIN_ENTRIES:
        return
    wrong = [e for e in entries if e[3] != (e[4][0].number, e[4][-1].number)]
    if not wrong or len(wrong) > 1:
        return  # every range agrees, or several do not: the body's parts are not read as the 目次 lists them
    s, e, written, _, arts, part, sep = wrong[0]
    labels = [a.label.strip(" \u3000") or article_label(a.number) for a in (arts[0], arts[-1])]
    # (two articles in the separator the 目次 writes: 「（第一条・第二条）」 in laws; more, with a dash)
    body = labels[0] if len(arts) == 1 else f"{labels[0]}{sep if len(arts) == 2 else '―'}{labels[1]}"
    if ctx.scope is not None and not any(x <= s < y for x, y in ctx.scope):
        return
    yield ctx.finding(
        "toc-mismatch", (s, e),
        f"目次の「{part}」の範囲「{written}」が本文と合いません。本文の{part}は{body}です。",
        f"The table of contents gives {part} the articles 「{written}」; in the body it holds {body}.",
        suggestion=f"（{body}）", excerpt=written)


def _unranged_part(line: str):
    """The chapter a 目次 line names with no range of its own (「第三章　不利益処分」 over its sections' ranges)."""
    return grammar.match_chapter_heading(line.strip(" \u3000")) if "第" in line else None


def _where(art, sections: bool) -> str:
    return art.label.strip(" \u3000") if sections and art.label else article_label(art.number)


def _told(ctx: Context, s: int, e: int, title: str, ja: str, en: str, suggestion: str, severity: str | None = None):
    text = ctx.text
    at = text.find(title, s, e)
    span = (at, at + len(title)) if at >= 0 else (s, e)
    if ctx.scope is not None and not any(x <= span[0] < y for x, y in ctx.scope):
        return
    entry = text[s:e].strip(" \u3000")
    yield ctx.finding("toc-mismatch", span, f"目次の「{entry}」{ja}。",
                      f"The table of contents entry 「{entry}」 {en}.", suggestion=suggestion, excerpt=entry,
                      severity=severity)
