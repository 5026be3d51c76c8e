"""convention-deviation, labels: how the document sets its headings and list labels (conventions 8–11 of
conventions.py): the space between an article's number and its title, heading marks and levels, the width and
mark of item and paragraph labels, and the space after them."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ..grammar import ROMAN, TO_WIDE_DIGITS, WIDE_DIGITS
from . import Context
from .conventions_widths import _MAJORITY, _MIN_USES, _clear, _is_full, _norm_span
from .refs import targets


_HEADING_LABEL = re.compile(r"第[ \u3000]*[0-9０-９一二三四五六七八九十百千]+[ \u3000]*条(?:の[0-9０-９一二三四五六七八九十]+)*"
                            r"(?P<sep>[ \u3000\t\xa0]*)(?P<next>.)")
_TITLE_BRACKET = "(（[［【〔<＜"
# a range or list of deleted articles (第百二十一条及び第百二十二条　削除) is no heading with a title, nor a branch number
# written without its の (「第五条二」 alone on its line)
_NOT_A_TITLE = re.compile(r"及び|から|乃至|ないし|、|・|削除|[一二三四五六七八九十]+[ \u3000]*$")


def _heading_separator_findings(ctx: Context):
    """Headings whose number and title (or text) stand apart otherwise than the other headings of their part (the
    rules a page sets after another's 附則 keep their own habits)."""
    parts: dict[str, list] = {}
    for art, start, m, kind in _headings(ctx):
        parts.setdefault(art.part, []).append((art, start, m, kind))
    for heads in parts.values():
        yield from _separator_deviations(ctx, heads)


def _sep(m: re.Match) -> str:
    return m.group("sep").replace("\xa0", " ")  # (an HTML page's &nbsp; shows as the space it stands for)


def _headings(ctx: Context):
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    for art in ctx.doc.all_articles():
        if art.block or not art.label.startswith("第"):
            continue
        start, line = _number_line(src, offsets, art)  # (under a caption line, 「（目的）⏎第1条　この規程は…」)
        m = _HEADING_LABEL.match(line)
        if m is None or _NOT_A_TITLE.match(line, m.start("next")):
            continue
        yield art, start, m, "bracket" if m.group("next") in _TITLE_BRACKET else "word"


def _separator_deviations(ctx: Context, heads: list):
    for kind in ("bracket", "word"):
        seps = Counter(_sep(m) for _, _, m, k in heads if k == kind)
        if len(seps) < 2:
            continue
        (major, n_major), = seps.most_common(1)
        # what the majority's headings write after the space (「第1条 (」: a half-width bracket the odd heading may not
        # share, 「第4条（」): the form quoted and suggested is theirs, not the odd heading's with their space
        (after, _), = Counter(m.group("next") for _, _, m, k in heads if k == kind and _sep(m) == major).most_common(1)
        if len(seps) == 2 and not _odd_heading(n_major, min(seps.values())) and min(seps.values()) >= _TWO_HABITS:
            yield _two_heading_forms(ctx, heads, kind, seps)
            continue
        for art, start, m, k in heads:
            sep = _sep(m)
            if k != kind or sep == major or not _odd_heading(n_major, seps[sep]):
                continue
            span = _norm_span(ctx, start, start + m.end("next"))
            if span is None:
                continue
            label = m.group(0)[:m.start("sep")]
            nxt = after if kind == "bracket" else m.group("next")
            yield ctx.finding(
                "convention-deviation", (art.heading_span[0], art.heading_span[1]),
                f"見出し「{label}{sep}{m.group('next')}」の条番号と見出しの間（{_describe_space(sep)}）が、この文書の他の見出しと"
                f"違います（「{label}{major}{nxt}」の形が{n_major}回）。",
                f"The heading 「{label}{sep}{m.group('next')}」 separates its number from its title otherwise than the "
                f"document's other headings ({n_major} of them write 「{label}{major}{nxt}」).",
                suggestion=f"{label}{major}{nxt}", excerpt=_heading_excerpt(ctx, art, start, m),
                # a space the other headings do without, typed (a PDF's extractor spaces by where glyphs stand; a page's
                # &nbsp; beside a plain space is the page source's line break, which the browser shows as one space)
                severity="warning" if len(sep) > len(major) and ctx.doc.source.format != "pdf"
                and not ("\xa0" in m.group("sep") and " " in m.group("sep")) else None,
            )
    yield from _spaced_label_findings(ctx, heads)
    yield from _bare_title_findings(ctx, heads)


# headings written two ways, each this often, neither the other's odd one out: the document keeps two forms
_TWO_HABITS = 3


def _two_heading_forms(ctx: Context, heads: list, kind: str, seps: Counter):
    """One note, at the first heading of the rarer form: 「第1条 (」 nine times beside 「第8条（」 six (two drafters' headings
    in one page), which no majority settles; the reader chooses."""
    (major, n_major), (minor, n_minor) = seps.most_common(2)
    forms = {}
    for art, start, m, k in heads:
        if k == kind:
            forms.setdefault(_sep(m), (art, start, m))
    art, start, m = forms[minor]
    shown = {sep: f"{mm.group(0)[:mm.start('sep')]}{sep}{mm.group('next')}" for sep, (_, _, mm) in forms.items()}
    return ctx.finding(
        "convention-deviation", (art.heading_span[0], art.heading_span[1]),
        f"見出しの条番号と見出しの間が2通りに書かれています（「{shown[major]}」の形が{n_major}回、「{shown[minor]}」の形が"
        f"{n_minor}回）。どちらかに揃えます。",
        f"The headings separate their number from their title two ways (「{shown[major]}」 {n_major} times, "
        f"「{shown[minor]}」 {n_minor}); one way throughout.",
        excerpt=_heading_excerpt(ctx, art, start, m))


def _odd_heading(n_major: int, n_minor: int) -> bool:
    """Is a heading form written ``n_minor`` times the odd one out beside one written ``n_major`` times? Headings are a
    series typed alike: one heading unlike three or more others is as clear as a minority among many words."""
    return _clear(n_major, n_minor) or n_minor == 1 and n_major >= _ODD_HEADING_AMONG


_ODD_HEADING_AMONG = 3
_INNER_SPACE = re.compile(r"[ \u3000]")


def _spaced_label_findings(ctx: Context, heads: list):
    """「第 1 条（約款承認…）」 or 「第 1条」 where the document's other headings write 「第2条」: a space inside the
    number that the other labels do without (the first heading typed or pasted apart, mostly). Told where the
    unspaced labels are as many at least and the spaced one is alone, or a quarter as many."""
    spaced = [h for h in heads if _INNER_SPACE.search(h[2].group(0)[:h[2].start("sep")])]
    plain = len(heads) - len(spaced)
    if not spaced or not plain or not (len(spaced) == 1 or plain >= _MAJORITY * len(spaced)):
        return
    for art, start, m, _ in spaced:
        label = m.group(0)[:m.start("sep")]
        tight = _INNER_SPACE.sub("", label)
        yield ctx.finding(
            "convention-deviation", (art.heading_span[0], art.heading_span[1]),
            f"見出しの条番号「{label}」の中に空白があります。この文書の他の見出し（{plain}件）は「{tight}」のように詰めて書いています。",
            f"The heading's number 「{label}」 holds a space; the document's other {plain} heading(s) write it tight "
            f"(「{tight}」).",
            suggestion=tight, excerpt=_heading_excerpt(ctx, art, start, m),
            severity="warning" if ctx.doc.source.format != "pdf" else None)


_CLOSING = dict(zip(_TITLE_BRACKET, ")）］】〕>＞"))


def _bare_title_findings(ctx: Context, heads: list):
    """A title set bare where the document brackets its others (「第1条 規約の適用」 among 23 「第N条 (契約の成立)」):
    the headings were typed at two times, or one was pasted. Titled headings only: a law's 第一条　この法律は… is none."""
    titled = [h for h in heads if h[0].title]
    kinds = Counter(k for _, _, _, k in titled)
    if not kinds["word"] or not _clear(kinds["bracket"], kinds["word"]):
        return
    (opening, _), = Counter(m.group("next") for _, _, m, k in titled if k == "bracket").most_common(1)
    src = ctx.doc.source.text
    for art, start, m, k in titled:
        if k != "word":
            continue
        label = m.group(0)[:m.start("sep")]
        yield ctx.finding(
            "convention-deviation", (art.heading_span[0], art.heading_span[1]),
            f"見出し「{label}{m.group('sep')}{art.title}」の見出し語が括弧で囲まれていません。この文書の他の見出しは"
            f"「{label}{m.group('sep')}{opening}…{_CLOSING[opening]}」の形です（{kinds['bracket']}回）。",
            f"The heading 「{label}{m.group('sep')}{art.title}」 sets its title bare; the document's other "
            f"{kinds['bracket']} headings bracket it 「{opening}…{_CLOSING[opening]}」.",
            suggestion=f"{label}{m.group('sep')}{opening}{art.title}{_CLOSING[opening]}", excerpt=_line_excerpt(src, start))


_LABEL_ONLY = re.compile(r"[ \u3000]*第[ \u3000]*[0-9０-９一二三四五六七八九十百千]+[ \u3000]*条(?:の[0-9０-９一二三四五六七八九十]+)*")


def _number_line(src: str, offsets, art) -> tuple[int, str]:
    """(start, text) of the source line that holds an article's number: its heading's first line, or the line under
    a caption the heading opens with (（駐車の責任）⏎第17条…)."""
    start = offsets[art.heading_span[0]]
    stop = offsets[min(art.heading_span[1], len(offsets) - 1)]
    while True:
        end = src.find("\n", start)
        line = src[start:len(src) if end < 0 else end].rstrip("\r")
        if _LABEL_ONLY.match(line) is not None or end < 0 or end + 1 > stop:
            return start, line
        start = end + 1


def _glued_body_findings(ctx: Context):
    """「第17条宿泊客が当館の駐車場を…」 where the document sets its article numbers on a line of their own (第16条⏎1.
    宿泊客の手荷物が…): the article's text runs into its number, with no space or line break. Told where at least five
    articles stand alone or set apart by a space and such runs are at most a quarter as many."""
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    apart, glued = 0, []
    for art in ctx.doc.all_articles():
        if art.block or not art.label.startswith("第"):
            continue
        start, line = _number_line(src, offsets, art)
        m = _LABEL_ONLY.match(line)
        if m is None:
            continue
        rest = line[m.end():]
        if not rest.strip(" \u3000\t") or rest[0] in " \u3000\t":
            apart += 1
        elif rest[0] not in _TITLE_BRACKET and "\u3041" <= rest[0] <= "\u9fff" and "。" in rest:
            glued.append((art, start, m.end()))
    if apart < 5 or not glued or 4 * len(glued) > apart:
        return
    for art, start, cut in glued:
        label = src[start:start + cut].strip(" \u3000")
        body = src[start + cut:start + cut + 8]
        yield ctx.finding(
            "convention-deviation", (art.heading_span[0], art.heading_span[1]),
            f"「{label}{body}」: 条番号のすぐ後に本文が続いています。この文書の他の条（{apart}条）は番号を行に独立させるか空白で"
            f"区切っています。",
            f"「{label}{body}」: the article's text runs into its number; the document's other {apart} articles set the "
            f"number apart (its own line or a space).",
            suggestion=f"{label}　", excerpt=_line_excerpt(src, start), severity="warning")


# 附則 at a line's start (its characters may be letter-spaced: 附　則, 附    則), then what follows it on the line
_SUPPLEMENTARY_LINE = re.compile(r"(?m)^[ \u3000#*]*(?P<label>[附付][ \u3000]*則)(?P<rest>[^\n]*)$")


def _glued_supplementary_findings(ctx: Context):
    """「附則この規程は、令和７年５月１日から施行する。」 where the document's other 附則 stand on a line of their own (附則⏎
    この規程は、令和２年…): the heading ran into its provision (a line break lost in a conversion, or the text typed
    into the heading's place). A 附則 is a heading in every set of rules; its date in brackets may follow it."""
    src = ctx.doc.source.text
    if "則" not in src:
        return
    apart, glued = 0, []
    for m in _SUPPLEMENTARY_LINE.finditer(src):
        rest = m.group("rest")
        if not rest.strip(" \u3000") or rest.lstrip(" \u3000")[:1] in "（(":
            apart += 1
        elif rest[0] not in " \u3000\t" and "\u3041" <= rest[0] <= "\u9fff" and "。" in rest or rest.endswith("施行"):
            glued.append(m)
    if not glued or not apart:
        return
    for m in glued:
        span = _norm_span(ctx, m.start("label"), m.end("label") + 1)
        if span is None:
            continue
        yield ctx.finding(
            "convention-deviation", span,
            f"「{m.group('label')}{m.group('rest')[:10]}」: 附則の見出しのすぐ後に本文が続いています。この文書の他の附則（{apart}か所）は"
            f"見出しを行に独立させています。",
            f"「{m.group('label')}{m.group('rest')[:10]}」: the 附則's provision runs into its heading; the document's "
            f"other {apart} 附則 stand on a line of their own.",
            suggestion=f"{m.group('label')}⏎{m.group('rest')[:6]}", excerpt=_line_excerpt(src, m.start()),
            severity="warning")


_MD_HEADING_MARK = re.compile(r"[ \t]*(#{1,6})[ \t]*")


def _md_heading_mark(src: str, start: int) -> str | None:
    """The Markdown heading mark (「##」) before the source offset ``start`` on its line, if all that precedes it."""
    m = _MD_HEADING_MARK.fullmatch(src, src.rfind("\n", 0, start) + 1, start)
    return m.group(1) if m else None


def _heading_level_findings(ctx: Context):
    """Markdown: an article headed at another level than the others (「# 第4条」 among 「## 第1条」…), which renders as a
    heading of the document, not of one of its articles: at the title's level or above when the document has a title
    and other articles sit under it, otherwise where the others clearly agree."""
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    levels = []
    unmarked = []  # articles headed by a plain line among Markdown headings
    for art in ctx.doc.all_articles():
        if art.part != "main" or not art.label.startswith("第"):
            continue
        mark = _md_heading_mark(src, offsets[art.heading_span[0]])
        if mark is not None:
            levels.append((art, mark))
        else:
            unmarked.append(art)
    counts = Counter(mark for _, mark in levels)
    if counts and unmarked and ctx.doc.source.format == "markdown":
        yield from _unmarked_heading_findings(ctx, unmarked, *counts.most_common(1)[0])
    if len(counts) < 2:
        return
    (major, n_major), = counts.most_common(1)
    # the document's title (「# 利用規約」 above the first article) settles it: an article headed at the title's level
    # or above is no part of the document under it, whatever the count (「# 第4条」 … 「# 第10条」 after 「## 第1条」)
    first = min(offsets[a.heading_span[0]] for a, _ in levels)
    title = re.search(r"(?m)^[ \t]*(#{1,6})[ \t]+\S", src[:first])
    deeper = [mark for mark in counts if title and len(mark) > len(title.group(1))]
    if deeper and _clear(sum(n for mark, n in counts.items() if mark not in deeper), sum(counts[m] for m in deeper)):
        deeper = []  # 「## 第1条」 then 「# 第2条」…「# 第6条」 under 「# …規約」: the document heads its articles at the
        # title's level throughout; the one below it departs from that
    if title and deeper:
        major = max(deeper, key=counts.__getitem__)
        n_major = counts[major]
    for art, mark in levels:
        if mark == major:
            continue
        if title and deeper:
            if len(mark) > len(title.group(1)):
                continue
        elif not _clear(n_major, counts[mark]):
            continue
        yield _level_finding(ctx, art.heading_span, art.label, mark, major, n_major, "条")


def _paragraph_level_findings(ctx: Context):
    """Markdown: a paragraph headed at another level than the document's other paragraph headings (「## 一項」 among
    「### 一項」…「### 五項」 under 「## 第N条」, at the articles' level): the page's outline shows it as an article."""
    if ctx.doc.source.format != "markdown":
        return
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    marks = []
    for art in ctx.doc.all_articles():
        for para in art.paragraphs:
            if para.label and para.span[0] < len(offsets):
                mark = _md_heading_mark(src, offsets[para.span[0]])
                if mark is not None:
                    marks.append((art, para, mark))
    counts = Counter(mark for _, _, mark in marks)
    if len(counts) < 2:
        return
    (major, n_major), = counts.most_common(1)
    for art, para, mark in marks:
        if mark != major and _clear(n_major, counts[mark]):
            label = f"{art.display_label}の{para.label.strip()}"
            yield _level_finding(ctx, (para.span[0], para.span[0] + len(para.label.strip())), label, mark, major,
                                 n_major, "項")


def _unmarked_heading_findings(ctx: Context, unmarked: list, major: str, n_major: int):
    """Markdown: an article headed by a plain line (「第9条　介護休業の申出の撤回」) where the others clearly are
    headings (「### 第8条　…」): its Markdown mark lost, the page shows it as a line of the article before."""
    if not _clear(n_major, len(unmarked)):
        return
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    for art in unmarked:
        start = offsets[art.heading_span[0]]
        line_start, line_end = src.rfind("\n", 0, start) + 1, src.find("\n", start)
        if src[line_start:start].strip():
            continue  # a heading run into a line (the parser's reading), not a line of its own
        yield ctx.finding(
            "convention-deviation", art.heading_span,
            f"{art.label}の見出しに「{major}」がありません。他の条は「{major}」の見出しです（{n_major}回）。Markdownでは"
            f"見出しではなく前の条の本文の行として表示されます。",
            f"{art.label}'s heading lacks 「{major}」: the document's other articles are level-{len(major)} headings "
            f"({n_major} of them); the page shows it as a line of the article before.",
            suggestion=f"{major} {src[start:len(src) if line_end < 0 else line_end].strip()}",
            excerpt=_line_excerpt(src, start), severity="warning")  # the page shows no heading: a defect one sees


def _heading_number_width_findings(ctx: Context):
    """A chapter's or an article's number written in the other width than the document's other headings of its
    kind (「第1章」「第2章」 before 「第３章」…「第１１章」; the 2022 bylaws' 第10条–第19条 among 第１条…第９条 and
    第２０条 on): the headings were typed at two times, or pasted. By kind (章, 条), where the others clearly agree; a
    document that writes one digit full-width and two half-width (第１条 … 第10条, a house style) is held to that. Told
    once per kind, at the first heading of the other width, with how many there are."""
    heads = [(ch.kind, ch.span[0]) for ch in ctx.doc.chapters]
    heads += [("条", _article_number_at(ctx, a)) for a in ctx.doc.articles if a.label.startswith("第")]
    by_kind: dict[str, list] = {}
    kanji: dict[str, list] = {}  # headings numbered in kanji (第一条)
    for kind, start in heads:
        if (found := _heading_number(ctx, start)) is None:
            continue
        at, m = found
        if re.fullmatch(r"[0-9]+|[０-９]+", m.group(1)):
            by_kind.setdefault(kind, []).append((at, m, _is_full(m.group(1)[0]), len(m.group(1)) == 1))
        elif re.fullmatch(r"[一二三四五六七八九十百〇]+", m.group(1)):
            kanji.setdefault(kind, []).append((at, m))
    for kind, written in kanji.items():
        yield from _kanji_numeral_minority(ctx, kind, written, by_kind.get(kind, []))
    for kind, found in by_kind.items():
        one = [x for x in found if x[3]]
        more = [x for x in found if not x[3]]
        house = sum(x[2] for x in one) * 2 > len(one) and sum(not x[2] for x in more) * 2 > len(more) and one and more
        told = False
        for group in ([one, more] if house else [found]):
            for f in _width_minority(ctx, kind, group):
                told = True
                yield f
        if not told:
            # (a house style changes width at the first two-digit number; 第１条…第７条 then 第8条 changes it among the
            # one-digit ones, which the style does not explain)
            yield from _width_switch(ctx, kind, found, among_one_digit=bool(house))
    yield from _supplement_width_findings(ctx, by_kind.get("条", []))


def _supplement_width_findings(ctx: Context, main: list):
    """A 附則's article heading in the other width than the 附則's other headings and the main text's (「第1条　この規程は
    …施行する」 beside its 第２条, under 第１条…第５２条): a 附則 typed in one width throughout is its writer's way (a
    規約's 附則 第1条, 第2条 after main articles 第１条…), one that mixes them has the odd one wrong."""
    n_full = sum(1 for x in main if x[2])
    if _clear_heads(n_full, len(main) - n_full):
        major, full_major = "全角", True
    elif _clear_heads(len(main) - n_full, n_full):
        major, full_major = "半角", False
    else:
        return
    by_part: dict[str, list] = {}
    for a in ctx.doc.all_articles():
        if not a.part.startswith("supplementary") or not a.label.startswith("第") or a.block:
            continue
        found = _heading_number(ctx, _article_number_at(ctx, a))
        if found is not None and re.fullmatch(r"[0-9]+|[０-９]+", found[1].group(1)):
            by_part.setdefault(a.part, []).append((*found, _is_full(found[1].group(1)[0])))
    for heads in by_part.values():
        if len({full for _, _, full in heads}) < 2:
            continue
        odd = [(at, m) for at, m, full in heads if full != full_major]
        yield from _told_once(ctx, "条", odd, major, len(main), "幅", "has its number in the other width",
                              WIDE_DIGITS if major == "半角" else TO_WIDE_DIGITS)


def _article_number_at(ctx: Context, art) -> int:
    """Where an article's heading writes its label (a caption above the number, 「(公告)⏎⏎第4条」: the number's line)."""
    return max(art.heading_span[0], ctx.text.find(art.label, art.heading_span[0], art.heading_span[1]))


# an article heading's label in the source, the spaces around its number kept: 「第 13 条」, 「第14 条」, 「第15条」
_SPACED_LABEL = re.compile(r"第([ \u3000]*)[0-9０-９一二三四五六七八九十百]+([ \u3000]*)条")


def heading_number_spacing_findings(ctx: Context):
    """An article heading whose number is spaced otherwise than the document's others by a clear majority (「第14 条」
    among 33 headings 「第 N 条」): typed apart, the label's spaces lost on one side."""
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    found = []
    for art in ctx.doc.articles:
        if not art.label.startswith("第") or art.heading_span[0] >= len(offsets):
            continue
        at = offsets[art.heading_span[0]]
        m = _SPACED_LABEL.match(src, at, min(len(src), at + 16))
        if m is not None:
            found.append((art, m, (m.group(1), m.group(2))))
    counts = Counter(spaces for _, _, spaces in found)
    if len(counts) < 2:
        return
    (major, n_major), = counts.most_common(1)
    shown = "第" + major[0] + "N" + major[1] + "条"
    for art, m, spaces in found:
        if spaces == major or not _clear(n_major, counts[spaces]):
            continue
        span = _norm_span(ctx, m.start(), m.end())
        if span is None:
            continue
        number = m.group(0)[1 + len(m.group(1)):len(m.group(0)) - 1 - len(m.group(2))]
        yield ctx.finding(
            "convention-deviation", span,
            f"「{m.group(0)}」: この文書は条の見出しを「{shown}」と書いています（{n_major}回）。番号の前後の空白が違います。",
            f"「{m.group(0)}」: the document heads its articles 「{shown}」 ({n_major} times); the spaces around the number "
            f"differ.", suggestion=f"第{major[0]}{number}{major[1]}条", excerpt=src[m.start():m.end() + 6],
            # (a space on one side only, 「第14 条」, is a slip of typing; both sides otherwise, a habit of another page)
            severity="warning" if bool(spaces[0]) != bool(spaces[1]) else "info")


def _heading_number(ctx: Context, start: int):
    """(source offset, match of _HEADING_NUMBER) of the heading whose number stands at normalized ``start``, or None."""
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    if start >= len(offsets):
        return None
    at = offsets[start]
    m = _HEADING_NUMBER.match(src, at, min(len(src), at + 16))
    return (at, m) if m is not None else None


# Headings that change width once and keep to it (第1条…第8条, then 第９条…第１７条): typed at two times, each part
# consistent, neither the document's clear habit; the house style of one digit full width and more digits half
# width (第１条…第９条, 第10条…) is no such change. Each part this long at least:
_SWITCH_RUN = 2
# the first headings this few, in the other width than the many after them, are what was typed apart
_FEW_FIRST = 3


def _width_switch(ctx: Context, kind: str, found: list, among_one_digit: bool = False):
    widths = [x[2] for x in found]
    switches = [i for i in range(1, len(widths)) if widths[i] != widths[i - 1]]
    if len(switches) != 1 or min(switches[0], len(widths) - switches[0]) < _SWITCH_RUN:
        return
    i = switches[0]
    at, m, full, one_digit = found[i]
    if among_one_digit and not one_digit:
        return
    before, after = ("半角", "全角") if full else ("全角", "半角")
    # (the first headings a few, 第１条, 第２条, then 第3条…第7条: they are the ones to tell, with their correction)
    first_few = i <= _FEW_FIRST and i * 2 <= len(widths) - i and not among_one_digit
    if first_few:
        at, m, first_full, _ = found[0]
    a, b = ctx.doc.norm.index_of(m.start(1)), ctx.doc.norm.index_of(m.end(1) - 1)
    if a is None or b is None:
        return
    written = m.group(0).strip(" \u3000#*■【[（(")
    n_after = len(widths) - i
    if first_few:
        yield ctx.finding(
            "convention-deviation", (a, b + 1),
            f"{kind}の見出しの番号が最初の{i}か所（「{written}」から）だけ{before}で、以後の{n_after}か所は{after}です。",
            f"The first {i} {kind} headings (from 「{written}」) have {'full' if first_full else 'half'} width numbers, "
            f"the {n_after} after them the other width.",
            suggestion=m.group(1).translate(WIDE_DIGITS if first_full else TO_WIDE_DIGITS),
            excerpt=_line_excerpt(ctx.doc.source.text, at))
        return
    yield ctx.finding(
        "convention-deviation", (a, b + 1),
        f"{kind}の見出しの番号が「{written}」から{after}に変わっています（それまでの{i}か所は{before}、以後の"
        f"{n_after}か所は{after}）。",
        f"The {kind} headings switch from {'half' if full else 'full'} to {'full' if full else 'half'} width numbers at "
        f"「{written}」 ({i} before, {n_after} from there).",
        excerpt=_line_excerpt(ctx.doc.source.text, at))


def _notation_minority(kanji: list, digits: list) -> tuple[list, str, int] | None:
    """(the few of the other notation, the notation the document clearly writes, how often) of numbers written in
    kanji and in digits, or None where both are not written or neither clearly wins."""
    if not kanji or not digits:
        return None
    if _clear(len(digits), len(kanji)):
        return kanji, "算用数字", len(digits)
    if _clear(len(kanji), len(digits)):
        return digits, "漢数字", len(kanji)
    return None


def _kanji_numeral_minority(ctx: Context, kind: str, kanji: list, digits: list):
    """Headings of one kind numbered in kanji (第一条…第三条) and in digits (第4条 on): the few of the other notation,
    told once at the first, where the document clearly numbers the others one way."""
    split = _notation_minority(kanji, digits)
    if split is None:
        return
    minority, major, n_major = split
    yield from _told_once(ctx, kind, [(at, m) for at, m, *_ in minority], major, n_major, "書き方", "numbers itself",
                          None)


# a short document has few headings: one of another width among three or more of one is a slip still (「第1条」 over
# 「第２条」…「第５条」 of a five-article licence)
_FEW_HEADINGS = 3


def _clear_heads(majority: int, minority: int) -> bool:
    return _clear(majority, minority) or minority == 1 and majority >= _FEW_HEADINGS


def _width_minority(ctx: Context, kind: str, found: list):
    n_full = sum(1 for x in found if x[2])
    n_half = len(found) - n_full
    if _clear_heads(n_full, n_half):
        major, n_major, odd = "全角", n_full, False
    elif _clear_heads(n_half, n_full):
        major, n_major, odd = "半角", n_half, True
    else:
        return
    minority = [(at, m) for at, m, full, _ in found if full == odd]
    yield from _told_once(ctx, kind, minority, major, n_major, "幅", "has its number in the other width",
                          WIDE_DIGITS if major == "半角" else TO_WIDE_DIGITS)


def _told_once(ctx: Context, kind: str, minority: list, major: str, n_major: int, what: str, what_en: str, table):
    """One finding at the first heading of ``minority`` ((source offset, match) each), saying how many there are;
    with the heading rewritten by ``table`` as the suggestion where one is given."""
    if not minority:
        return
    at, m = minority[0]
    a, b = ctx.doc.norm.index_of(m.start(1)), ctx.doc.norm.index_of(m.end(1) - 1)
    if a is None or b is None:
        return
    written = m.group(0).strip(" \u3000#*■【[（(")
    more = f"ほか{len(minority) - 1}か所、" if len(minority) > 1 else ""
    yield ctx.finding(
        "convention-deviation", (a, b + 1),
        f"見出し「{written}」の番号の{what}が他の{kind}の見出しと違います（{more}他は{major}、{n_major}回）。",
        f"The heading 「{written}」 {what_en} otherwise than the document's other {kind} headings ({len(minority)} "
        f"so, {n_major} the other way).",
        suggestion=written.translate(table) if table else None, excerpt=_line_excerpt(ctx.doc.source.text, at))


# (a page may set its number apart: 「第 5 章」)
_HEADING_NUMBER = re.compile(r"[ \u3000#*■【\[（(]*第[ \u3000]?([0-9０-９]+|[一二三四五六七八九十百〇]+)[ \u3000]?[章節款条編]")


def _level_finding(ctx: Context, span: tuple[int, int], label: str, mark: str, major: str, n_major: int, kind: str):
    """A heading (of an article, a chapter…) at the Markdown level ``mark`` where the document's others of its kind are
    at ``major``."""
    src = ctx.doc.source.text
    return ctx.finding(
        "convention-deviation", span,
        f"{label}の見出しは「{mark}」で、他の{kind}の「{major}」（{n_major}回）と見出しの階層が違います。",
        f"{label} is a level-{len(mark)} heading; the document's other {kind} headings are level {len(major)} "
        f"({n_major} of them).",
        suggestion=major, excerpt=_line_excerpt(src, ctx.doc.norm.offsets[span[0]]))


def _chapter_level_findings(ctx: Context):
    """Markdown: a chapter headed at another level than the document's other chapters of its kind (「### 第八章」 among
    seven 「## 第N章」, at the level of the articles): the page shows it as one of the articles' headings. Where the
    others clearly agree (the same share as articles), and they are three at least."""
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    by_kind: dict[str, list] = {}
    for ch in ctx.doc.chapters:
        mark = _md_heading_mark(src, offsets[ch.span[0]]) if ch.span[0] < len(offsets) else None
        if mark is not None:
            by_kind.setdefault(ch.kind, []).append((ch, mark))
    for kind, levels in by_kind.items():
        counts = Counter(mark for _, mark in levels)
        if len(counts) < 2 or len(levels) < 3:
            continue
        (major, n_major), = counts.most_common(1)
        for ch, mark in levels:
            if mark == major or not _clear(n_major, counts[mark]):
                continue
            yield _level_finding(ctx, ch.span, ch.label, mark, major, n_major, kind)


_DIGIT_SHAPE = str.maketrans("0123456789０１２３４５６７８９", "DDDDDDDDDDＤＤＤＤＤＤＤＤＤＤ")
_ANY_DIGIT = str.maketrans("0123456789０１２３４５６７８９", "DDDDDDDDDDDDDDDDDDDD")


# formats whose pages show any run of white space as one space: only whether there is one is seen
_COLLAPSING = frozenset({"html", "markdown"})


def _labelled_lists(ctx: Context) -> list[list[tuple]]:
    """Each list of items of the document (a paragraph's, an item's), as (item, source start of its label, the label
    as written, the space after it in the source) for its items labelled with a number."""
    def build():
        src, offsets, text = ctx.doc.source.text, ctx.doc.norm.offsets, ctx.full.text
        collapsing = ctx.doc.source.format in _COLLAPSING
        lists = []
        for art in ctx.doc.all_articles():
            for para in art.paragraphs:
                lists.append(_spaced_labels(para.items, src, offsets, text, collapsing))
                for top in para.items:
                    lists.extend(_spaced_labels(parent.items, src, offsets, text, collapsing)
                                 for parent in top.walk() if parent.items)
        return [labels for labels in lists if labels]
    return ctx.full.memo("conventions.labelled_lists", build)


def _item_separator_findings(ctx: Context):
    """An item whose label is spaced from its text unlike its own list's other items and unlike the document's
    items of its label form: a list written one way throughout is a choice, not a slip. Likewise a paragraph's
    number among the article's other paragraph numbers (「１．  当社は…」 beside 「３．当社は…」)."""
    yield from _separator_findings(ctx, _labelled_lists(ctx), "号", "item")
    yield from _separator_findings(ctx, _labelled_paragraph_lists(ctx), "項", "paragraph")


def _labelled_paragraph_lists(ctx: Context) -> list[list[tuple]]:
    """The numbered paragraphs of each article, as _labelled_lists gives a list's items."""
    src, offsets, text = ctx.doc.source.text, ctx.doc.norm.offsets, ctx.full.text
    collapsing = ctx.doc.source.format in _COLLAPSING
    lists = [_spaced_labels([p for p in art.paragraphs if p.label], src, offsets, text, collapsing)
             for art in ctx.doc.all_articles()]
    return [labels for labels in lists if labels]


def _separator_findings(ctx: Context, lists: list[list[tuple]], unit: str, unit_en: str):
    src = ctx.doc.source.text
    # (a label's form is its brackets and marks: 「（1）」 and 「（１）」 are one form, their digits' width aside)
    by_form: dict[str, Counter] = {}  # label form → how often each spacing follows it
    settled: dict[str, Counter] = {}  # the same, in the lists that space all their labels of the form alike
    for labels in lists:
        here: dict[str, Counter] = {}
        for _, _, w, sep in labels:
            by_form.setdefault(w.translate(_ANY_DIGIT), Counter())[sep] += 1
            here.setdefault(w.translate(_ANY_DIGIT), Counter())[sep] += 1
        for form, seps in here.items():
            if len(seps) == 1:
                settled.setdefault(form, Counter()).update(seps)
    for labels in lists:
        if len({sep for _, _, _, sep in labels}) < 2:
            continue
        own: dict[str, Counter] = {}
        for _, _, w, sep in labels:
            own.setdefault(w.translate(_ANY_DIGIT), Counter())[sep] += 1
        for it, start, written, sep in labels:
            form = written.translate(_ANY_DIGIT)
            seps = by_form[form]
            (major, n_major), = seps.most_common(1)
            if sep == major or not _clear(n_major, seps[sep]):
                # the lists that space their labels alike decide where the mixed lists' slips tip the count (three
                # labels spaced in one list of four, two in another, beside eight of two lists written tight), when
                # this list writes their spacing too
                usual = settled.get(form)
                if not usual:
                    continue
                (major, n_major), = usual.most_common(1)
                if sep == major or not own[form][major] or not _clear(n_major, usual[sep]):
                    continue
            span = (it.span[0], min(it.span[1], it.span[0] + len(it.label) + 1))
            yield ctx.finding(
                "convention-deviation", span,
                f"{unit}の番号「{written}」と本文の間（{_describe_space(sep)}）が、同じ列挙の他の{unit}やこの文書の同じ形の{unit}と"
                f"違います（{_describe_space(major)}が{n_major}回）。",
                f"The {unit_en} label 「{written}」 is separated from its text otherwise than the other {unit_en}s of its "
                f"list and the document's {unit_en}s of its form ({n_major} of them: {_describe_space(major)}).",
                excerpt=_line_excerpt(src, start))


def _item_label_width_findings(ctx: Context):
    """One item of a list whose label is written in the other width (「4．会社が…」 after 「1. 」「2. 」「3. 」): the
    others agree on their form, this one alone differs, and only by width."""
    src = ctx.doc.source.text
    for labels in _labelled_lists(ctx):
        forms = Counter(w.translate(_DIGIT_SHAPE) for _, _, w, _ in labels)
        if len(forms) != 2:
            continue
        (major, n_major), (minor, n_minor) = forms.most_common(2)
        if n_major < 2 or n_minor != 1 or _nfkc(major) != _nfkc(minor):
            continue
        for it, start, written, _ in labels:
            if len({_is_full(c) for c in written if c in "()（）"}) > 1:
                continue  # 「(4）」: a bracket opened in one width and closed in the other is the bracket rule's slip
            if written.translate(_DIGIT_SHAPE) == minor:
                usual = next(w for _, _, w, _ in labels if w.translate(_DIGIT_SHAPE) == major)
                yield ctx.finding(
                    "convention-deviation", (it.span[0], min(it.span[1], it.span[0] + len(it.label))),
                    f"号の番号「{written}」の文字の幅が、同じ列挙の他の号（「{usual}」など{n_major}個）と違います。",
                    f"The item label 「{written}」 is written in another width than the other labels of its list "
                    f"(「{usual}」 and {n_major - 1} more).",
                    suggestion=written.translate(_WIDTH_OF[_is_full(usual[-1])]), excerpt=_line_excerpt(src, start))


# lists of the other width it takes to make the document's habit: a second list could be a quotation's own
_OTHER_LISTS = 2


def _list_width_findings(ctx: Context):
    """A whole list whose labels write their digits in the other width than every other list of their form (「（1）既に
    公知のもの」「（2）」…「（4）」 in one article, beside the other articles' lists written 「（１）」「（２）」): a list pasted
    from another text. Told once, at its first label."""
    src = ctx.doc.source.text
    lists = _labelled_lists(ctx)
    widths: dict[tuple[str, bool], list] = {}  # (form, digits full?) → the lists written so
    for labels in lists:
        forms = {w.translate(_ANY_DIGIT) for _, _, w, _ in labels}
        full = {all(_is_full(c) for c in w if c.isdigit()) for _, _, w, _ in labels}
        if len(forms) == 1 and len(full) == 1 and len(labels) >= 2:
            widths.setdefault((forms.pop(), full.pop()), []).append(labels)
    for (form, full), alone in widths.items():
        others = widths.get((form, not full), [])
        n_other = sum(len(labels) for labels in others)
        if len(alone) != 1 or len(others) < _OTHER_LISTS or n_other < max(_MIN_USES, 2 * len(alone[0])):
            continue
        labels = alone[0]
        it, start, written, _ = labels[0]
        usual = others[0][0][2]
        yield ctx.finding(
            "convention-deviation", (it.span[0], min(it.span[1], it.span[0] + len(it.label))),
            f"列挙の号の番号「{written}」〜「{labels[-1][2]}」の数字が{'全角' if full else '半角'}です。この文書の他の列挙は"
            f"「{usual}」のように{'半角' if full else '全角'}で書いています（{len(others)}つの列挙、{n_other}個）。",
            f"The labels 「{written}」 to 「{labels[-1][2]}」 write their digits in {'full' if full else 'half'} width; the "
            f"document's other lists write them like 「{usual}」 ({len(others)} lists, {n_other} labels).",
            suggestion=written.translate(str.maketrans("0123456789０１２３４５６７８９", "０１２３４５６７８９0123456789")),
            excerpt=_line_excerpt(src, start))


# a bracketed label of an enumeration, in the text or opening an item: (1) （２） (a) （ｂ） (ⅰ) (iv)
_BRACKETED_LABEL = re.compile(r"([（(])([0-9０-９]{1,2}|[a-zａ-ｚ]|[A-ZＡ-Ｚ]|[ⅰ-ⅻ]|[Ⅰ-Ⅻ]|[ivx]{2,4})([）)])")
_SMALL_ROMAN, _CAPITAL_ROMAN = "ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ", "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"


def _label_value(v: str) -> tuple[str, int] | None:
    """(kind, ordinal) of a label's inside: digits, a Latin letter of either case, a Roman numeral."""
    v = _nfkc(v) if v not in _SMALL_ROMAN + _CAPITAL_ROMAN else v
    if v.isdigit():
        return "digit", int(v)
    if v in _SMALL_ROMAN or v in _CAPITAL_ROMAN:
        return "roman", (_SMALL_ROMAN + _CAPITAL_ROMAN).index(v) % 12 + 1
    if len(v) > 1:
        return ("roman", ROMAN[v]) if v in ROMAN else None
    return ("lower" if v.islower() else "upper"), ord(v.lower()) - ord("a") + 1


def _label_runs(ctx: Context) -> list[list[re.Match]]:
    """The enumerations of bracketed labels in the source: labels of one kind numbered on (1, 2, 3; a, b), each
    written with both brackets in one width, within a line (「(a) …、（b） …、(c) …」) or opening consecutive lines
    (the items of a list, 「(ⅰ)本SDK…」⏎「（ⅱ）本SDKの…」)."""
    def build():
        src = ctx.doc.source.text
        runs: list[list[re.Match]] = []
        line_starts: list[re.Match] = []  # the run of labels opening consecutive lines
        for line_m in re.finditer(r"[^\n]+", src):
            a, b = line_m.span()
            inline = [m for m in _BRACKETED_LABEL.finditer(src, a, b) if _is_full(m.group(1)) == _is_full(m.group(3))]
            lead = src[a:inline[0].start()].strip(" \t\u3000*-・>#") if inline else None
            # (a line without a label at its start, an item's wrapped text, leaves the run of line labels open)
            if inline and not lead:
                line_starts = _grown(line_starts, inline[0], runs)
                # (and the first of the line's own enumeration when more follow: 「(1)…、（2）…、または(3)…」)
            run: list[re.Match] = []
            for m in inline:
                run = _grown(run, m, runs)
            if len(run) >= 2:
                runs.append(run)
        if len(line_starts) >= 2:
            runs.append(line_starts)
        return runs
    return ctx.memo("conventions.label_runs", build)


def _grown(run: list[re.Match], m: re.Match, runs: list[list[re.Match]]) -> list[re.Match]:
    """``run`` with ``m`` after it when ``m`` numbers on from it; else a new run of ``m``, the old one kept in ``runs``
    when it holds two labels or more."""
    if run and _follows(run[-1], m):
        run.append(m)
        return run
    if len(run) >= 2:
        runs.append(run)
    return [m]


def _follows(prev: re.Match, m: re.Match) -> bool:
    a, b = _label_value(prev.group(2)), _label_value(m.group(2))
    return a is not None and b is not None and a[0] == b[0] and b[1] == a[1] + 1


def _label_bracket_width_findings(ctx: Context):
    """A label of an enumeration in brackets of the other width than its neighbours: 「(a) …、（b） …、(c) …」,
    「(ⅰ)本SDK…」 over 「（ⅱ）本SDKの…」. In a run of three or more the run's majority decides; in a run of two, the
    document's bracketed labels do (a clear majority of one width)."""
    runs = _label_runs(ctx)
    if not runs:
        return
    widths = Counter(_is_full(m.group(1)) for run in runs for m in run)
    said = {f.span for f in _item_label_width_findings(ctx)}  # (a list's label in the other width, by its form)
    for run in runs:
        here = Counter(_is_full(m.group(1)) for m in run)
        if len(here) == 1:
            yield from _run_in_the_other_width(ctx, run, widths)
            continue
        if len(here) != 2:
            continue
        if len(run) >= 3:
            (usual, n_usual), (_, n_other) = here.most_common(2)
            if n_other != 1:
                continue
        else:
            usual = max(widths, key=widths.get)
            if widths[usual] < _MIN_USES or widths[usual] < _MAJORITY * widths[not usual]:
                continue
        for m in run:
            if _is_full(m.group(1)) == usual:
                continue
            a, b = ctx.doc.norm.index_of(m.start()), ctx.doc.norm.index_of(m.end() - 1)
            if a is None or b is None or (a, b + 1) in said:
                continue
            shown = m.group(0)
            fixed = ("（", "）") if usual else ("(", ")")
            ref = next(x.group(0) for x in run if _is_full(x.group(1)) == usual)
            yield ctx.finding(
                "convention-deviation", (a, b + 1),
                f"列挙の記号「{shown}」の括弧の幅が、同じ列挙の「{ref}」と違います。",
                f"The label 「{shown}」 is bracketed in another width than 「{ref}」 of the same enumeration.",
                suggestion=fixed[0] + m.group(2) + fixed[1], excerpt=ctx.doc.source.text[m.start():m.end() + 12],
                severity="warning")


def _run_in_the_other_width(ctx: Context, run: list, widths: Counter):
    """A whole enumeration bracketed in the width the document clearly does not use (「（1）」「（2）」 in 第16条, where
    the document's other 18 labels are 「(1)」…): told once, at its first label, as a note."""
    width = _is_full(run[0].group(1))
    if len(run) < 2 or widths[not width] < _MIN_USES or widths[not width] < _MAJORITY * widths[width]:
        return
    m = run[0]
    a, b = ctx.doc.norm.index_of(m.start()), ctx.doc.norm.index_of(m.end() - 1)
    if a is None or b is None:
        return
    shown = "」「".join(x.group(0) for x in run[:3]) + ("」…" if len(run) > 3 else "」")
    fixed = ("（", "）") if not width else ("(", ")")
    yield ctx.finding(
        "convention-deviation", (a, b + 1),
        f"列挙の記号「{shown}の括弧が{'全角' if width else '半角'}です。この文書の他の列挙は"
        f"{'半角' if width else '全角'}の括弧で書いています（{widths[not width]}個）。",
        f"The labels 「{shown} are bracketed in {'full' if width else 'half'} width; the document's other "
        f"enumerations use {'half' if width else 'full'}-width brackets ({widths[not width]} labels).",
        suggestion=fixed[0] + m.group(2) + fixed[1], excerpt=ctx.doc.source.text[m.start():m.end() + 12])


_PARAGRAPH_LABEL = re.compile(r"[0-9０-９]{1,3}(?:[.．、,，)）](?![0-9０-９])|(?=[ \u3000\t]))[ \u3000\t]*")


def _paragraph_labels(ctx: Context) -> list[tuple]:
    """(article, [(paragraph, match of its number in the source)]) for each article: its numbered paragraphs that hold
    text and open with a number as _PARAGRAPH_LABEL reads it. Once per document: two conventions read them."""
    def build():
        src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
        out = []
        for art in ctx.doc.all_articles():
            numbered = []
            for para in art.paragraphs:
                if para.number is None or para.span[1] <= para.span[0]:
                    continue
                m = _PARAGRAPH_LABEL.match(src, offsets[para.span[0]])
                if m is not None:
                    numbered.append((para, m))
            out.append((art, numbered))
        return out
    return ctx.memo("conventions.paragraph_labels", build)


def _paragraph_label_findings(ctx: Context):
    """Paragraph numbers written in another form than the document's (「３．役員の任期…」「４．」「５．」 in an article
    whose 「２ 」, like the document's other paragraph numbers, is a digit and a space), where the article itself mixes
    the two forms."""
    src = ctx.doc.source.text
    # (not the first paragraph: unnumbered in law style, or numbered by an HTML list (<ol>) for the page)
    per_article = [[(para, m, _paragraph_form(m.group(0))) for para, m in labels if para.number != 1]
                   for _, labels in _paragraph_labels(ctx)]
    forms = Counter(form for labels in per_article for _, _, form in labels)
    if len(forms) < 2:
        return
    (major, n_major), = forms.most_common(1)
    usual = next(m.group(0) for labels in per_article for _, m, form in labels if form == major)
    for labels in per_article:
        if len({form for _, _, form in labels}) < 2:
            continue
        for para, m, form in labels:
            if form == major or not _clear(n_major, forms[form]):
                continue
            yield ctx.finding(
                "convention-deviation", (para.span[0], min(para.span[1], para.span[0] + len(m.group(0).rstrip()))),
                f"項番号「{m.group(0).rstrip()}」の書き方が、同じ条の他の項やこの文書の項番号（「{usual.rstrip()}」の形が{n_major}回）と"
                f"違います。",
                f"The paragraph number 「{m.group(0).rstrip()}」 is written otherwise than the other paragraph numbers of its "
                f"article and of the document (「{usual.rstrip()}」: {n_major} of them).",
                excerpt=_line_excerpt(src, m.start()))


def _paragraph_width_findings(ctx: Context):
    """Paragraph numbers of one digit written in the other width than the document's numbers of their form
    (「  2　ショッピングにおいて…」 after 「１　当社は…」, where 47 paragraph numbers are 「Ｎ　」): an article or a part of one
    pasted from another text; or than the others of their article (「4．その他」 after 「１．」「２．」「３．」). A form is the
    mark after the digit (「２．」 and 「２　」 number different lists: a 附則's sections and the articles' paragraphs). Numbers of
    two digits are not counted (a house style writes １ to ９ in full width and 10 on in half). Told once per article, at
    its first such number, naming the others."""
    src = ctx.doc.source.text
    per_article = []
    widths: Counter = Counter()  # (part, form, full width?) → paragraph numbers
    for art, numbered in _paragraph_labels(ctx):
        labels = []
        for para, m in numbered:
            if len(m.group(0)) > 1 and m.group(0)[1].isdigit():
                continue
            # (the 附則's own sections, 「１．土地…」, are a list of their own beside the articles' 「2．」)
            key = (art.part.split("-")[0], _paragraph_form(m.group(0)), _is_full(m.group(0)[0]))
            labels.append((para, m, key))
            widths[key] += 1
        per_article.append(labels)
    for labels in per_article:
        here = Counter(key for _, _, key in labels)
        odd = []
        for para, m, (part, form, full) in labels:
            key, usual = (part, form, full), (part, form, not full)
            if _clear(widths[key], widths[usual]):
                continue  # the document's own width for numbers of this form
            # told: a width the document clearly does not use; in an article that mixes the two, one number against
            # two or more of the other width (unless the document writes more of its own), or numbers in the width
            # the document writes a third as often or less (「１.」 then 「2.」「3.」, where 33 numbers are full width)
            if (_clear(widths[usual], widths[key])
                    or here[key] == 1 and here[usual] >= 2 and widths[key] <= widths[usual]
                    or here[usual] and widths[usual] >= _MIXED_ARTICLE_MAJORITY * widths[key]):
                odd.append((para, m, usual))
        if not odd:
            continue
        para, m, (_, _, to_full) = odd[0]
        shown = "」「".join(mm.group(0).rstrip(" \u3000\t") for _, mm, _ in odd)
        n = widths[odd[0][2]]
        yield ctx.finding(
            "convention-deviation", (para.span[0], para.span[0] + 1),
            f"項番号「{shown}」が{'半角' if to_full else '全角'}で書かれています。この文書のこの形の項番号は"
            f"{'全角' if to_full else '半角'}です（{n}回）。",
            f"The paragraph number{'s' if len(odd) > 1 else ''} 「{shown}」 {'are' if len(odd) > 1 else 'is'} in "
            f"{'half' if to_full else 'full'} width; the document writes such paragraph numbers in "
            f"{'full' if to_full else 'half'} width ({n} of them).",
            suggestion=m.group(0)[0].translate(_WIDTH_OF[to_full]), excerpt=_line_excerpt(src, m.start()))


_MIXED_ARTICLE_MAJORITY = 3  # in an article that mixes widths, the document's width when it has this many times the other


def _paragraph_form(label: str) -> str:
    """A paragraph number's form: the mark after its digits (「３．」「２、」) or none (「２ 」). Not the digits' width
    (documents that write １ to ９ in full width often write 10 and up in half: the digit-width check reads that), nor
    the space after a mark, which follows the mark's width (「7. 」 beside 「1．」)."""
    return _nfkc(label.rstrip(" \u3000\t").lstrip("0123456789０１２３４５６７８９"))


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


_WIDTH_OF = {  # label characters put into the width of a list's other labels: True full, False half
    True: str.maketrans("0123456789.()", "０１２３４５６７８９．（）"),
    False: str.maketrans("０１２３４５６７８９．（）", "0123456789.()"),
}


def _spaced_labels(items, src: str, offsets, text: str, collapsing: bool) -> list:
    out = []
    for it in items:
        label = it.label
        if not label or not text.startswith(label, it.span[0]) or not any(c.isdigit() for c in label):
            continue
        start = offsets[it.span[0]]
        after = offsets[it.span[0] + len(label) - 1] + 1
        written = src[start:after]  # as the source writes it (normalization folds its widths)
        sep = re.match(r"[ \t\u3000]*", src[after:after + 8]).group(0)
        if after + len(sep) >= len(src) or src[after + len(sep)] == "\n":
            continue  # a label alone on its line
        # (a page shows a run of ASCII white space as one space, and an ideographic space as itself)
        out.append((it, start, written, re.sub(r"[ \t]+", " ", sep) if collapsing else sep))
    return out


def _describe_space(sep: str) -> str:
    if not sep:
        return "空白なし"
    kinds = "・".join(k for k, c in (("半角空白", " "), ("全角空白", "\u3000"), ("タブ", "\t")) if c in sep)
    return f"{kinds}{len(sep)}字"


def _heading_excerpt(ctx: Context, art, start: int, m: re.Match) -> str:
    """The heading as the source writes it from its number (its title, or the first words after the number of an
    untitled one), not the text a page runs on the same line."""
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    end = offsets[art.heading_span[1] - 1] + 1 if art.heading_span[1] > art.heading_span[0] else start
    return _line_excerpt(src, start)[:max(end - start, m.end("next") + 4)]


def _line_excerpt(src: str, start: int) -> str:
    end = src.find("\n", start)
    return src[start:len(src) if end < 0 else end][:40].rstrip("\r")  # (a CRLF file's line keeps no \r)

# an amount grouped by 「、」 (「1、000円」): 、 separates clauses, never digits, so the reader is left to guess whether
# this is one thousand or the numbers 1 and 000; only before a counter, as an enumeration of numbers (1、2、3) never
# puts three digits after each mark


# ------------------------------------------------------------------ numerals of citations

# the numbers of the document's own citations of its articles and paragraphs: 第１４条, 第１項 (no 号: law writes items in
# kanji beside articles in digits, 第１条第２項第三号, a style of its own)
_CITED_NUMBER = re.compile(r"第(?P<n>[0-9０-９]+|[一二三四五六七八九十百]+)(?P<unit>条|項)")
_KANJI_NUMERAL = re.compile(r"[一二三四五六七八九十百]")
_CITED_IN_KANJI = re.compile(r"第[一二三四五六七八九十百]+[条項]")
_CITED_IN_DIGITS = re.compile(r"第[0-9０-９]+[条項]")


def citation_numeral_findings(ctx: Context):
    """「第１４条第一項」 in a text that cites its paragraphs 第１項, 第２項 (13 times): the numeral of the other notation,
    among the document's own citations of one unit (条 or 項), where one notation clearly wins. Citations of another law
    (「民法第九十条」) follow that law's text and are not counted."""
    src = ctx.doc.source.text
    # (a law cites itself in one notation throughout: read first whether both are written at all, before its thousands
    # of citations are looked at one by one)
    if not (_CITED_IN_KANJI.search(src) and _CITED_IN_DIGITS.search(src)):
        return
    seen: dict[str, list[tuple[tuple[int, int], str]]] = {"条": [], "項": []}
    for t in targets(ctx):
        if t.ref.external:
            continue
        s, e = ctx.doc.norm.source_span(t.span)
        for m in _CITED_NUMBER.finditer(src, s, e):
            seen[m.group("unit")].append((m.span(), m.group(0)))
    for unit, cited in seen.items():
        split = _notation_minority([c for c in cited if _KANJI_NUMERAL.match(c[1], 1)],
                                   [c for c in cited if not _KANJI_NUMERAL.match(c[1], 1)])
        if split is None:
            continue
        minority, major, n_major = split
        for (a, b), written in minority:
            span = _norm_span(ctx, a, b)
            if span is None:
                continue
            yield ctx.finding(
                "convention-deviation", span,
                f"「{written}」: この文書は{unit}の番号を引用で{major}で書いています（{n_major}か所）。",
                f"「{written}」: the document cites its {'articles' if unit == '条' else 'paragraphs'} with "
                f"{'Arabic' if major == '算用数字' else 'kanji'} numerals ({n_major} times).",
                excerpt=src[max(0, a - 4):b + 4])
