"""The 新旧対照表 as data: what each side shows, row by row, and which words are changed.

Shared by the HTML, Word and Markdown reports, so every output shows the same rows and
the same underlined words.

Compare normalized, display source. The diff works on the normalized text (widths folded,
wrapped lines joined); a reviewer must read the text as the original shows it: the
full-width space of 「区分所有権　建物の…」, 「(1)　」, "St, 4th". ``source_display``
rebuilds the displayed text from ``doc.source.text`` through the normalized→source
offset map, and keeps a map back so a change's normalized span lands on the same words.

Rows: a changed article becomes several rows, one per clause unit (heading, paragraph,
item) as ``diff.article_units`` cuts them, paired between 新 and 旧 the way the diff
paired them, so a long article does not drift apart between the columns.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import compress, repeat
from operator import ne, sub
from dataclasses import dataclass
from functools import partial

from ..align import document_memo
from ..diff import pair_units, article_units

_HSPACE = " \u3000\t"
# Characters that extend the one before them (a voiced-sound mark of half-width kana, a
# combining accent): they belong to that character's display, not to the gap after it.
_EXTENDING = "\uff9e\uff9f\u3099\u309a"


def _extends(ch: str) -> bool:
    return ch in _EXTENDING or unicodedata.category(ch) in ("Mn", "Me", "Mc")


@dataclass
class Display:
    """The source text of a normalized span as the reader sees it, with a position map."""

    text: str
    span: tuple[int, int]  # normalized span shown
    starts: list[int]  # starts[k]: display offset of normalized char span[0] + k
    ends: list[int]  # ends[k]: display offset just after that char's own text (gap excluded)

    def map(self, start: int, end: int) -> tuple[int, int]:
        """Display range of the normalized range [start, end) (clipped to this span)."""
        s0, e0 = self.span
        start, end = max(start, s0), min(end, e0)
        if not self.starts:
            return (0, 0)
        if end <= start:
            k = start - s0
            pos = self.starts[k] if k < len(self.starts) else len(self.text)
            return (pos, pos)
        return (self.starts[start - s0], self.ends[end - 1 - s0])


# What a report shows of a document is a function of that document: the displays of its spans are made
# once per Document (align.document_memo) and shared by every report and every diff that shows them (the
# Markdown, HTML and Word reports of a diff show the same rows).


def source_display(doc, span: tuple[int, int], bulk: bool = True) -> Display:
    """``doc.source.text`` behind the normalized ``span``, as displayed (made once per document and
    span: callers read the Display, never change it). See ``_source_display``."""
    if not bulk:
        return _source_display(doc, span, bulk)
    memo = document_memo(doc)
    key = ("display", tuple(span))
    d = memo.get(key)
    if d is None:
        d = memo[key] = _source_display(doc, span)
    return d


def display_text(doc, span: tuple[int, int]) -> str:
    """``source_display(doc, span).text``, remembering only the text: an unchanged article is shown as
    text alone, and a position map for each would hold eight bytes or more per character of the document."""
    memo = document_memo(doc)
    d = memo.get(("display", tuple(span)))
    if d is not None:
        return d.text
    key = ("text", tuple(span))
    t = memo.get(key)
    if t is None:
        t = memo[key] = _source_display(doc, span).text
    return t


def _source_display(doc, span: tuple[int, int], bulk: bool = True) -> Display:
    """``doc.source.text`` behind the normalized ``span``, as displayed.

    Each normalized character shows the source character it came from (original width,
    brackets and all). Between two characters, what normalization dropped is kept when it
    is spacing on the same line (「区分所有権　建物」, "St, 4th"); markup next to spacing
    (a Markdown link's ``](url)``) leaves one space; a line break normalization joined and
    the indentation after a line break are not shown, except full-width spaces, which are
    Japanese typographic indentation.

    Most of a text maps one to one onto the source (a width fold changes characters, not places):
    each such run is shown as its source slice at once (``bulk``), and the character-by-character
    walk is left to the characters next to what normalization dropped or inserted. ``bulk=False``
    walks every character (the reference the fast path is tested against).
    """
    s, e = span
    norm, src, off = doc.norm.text, doc.source.text, doc.norm.offsets
    n_src = len(src)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    length = 0
    prev_o = -1

    def step(i: int) -> None:
        nonlocal length, prev_o
        ch = norm[i]
        o = off[i]
        nxt = off[i + 1] if i + 1 < len(off) else n_src
        if i + 1 >= e:  # the last character: its own text only
            nxt = min(max(nxt, o + 1), n_src)
        starts.append(length)
        own = ""
        own_end = o
        if o != prev_o and o < n_src:
            sc = src[o]
            if ch == "\n" or (ch.isspace() != sc.isspace()):
                own = ch  # normalization's own line break, or a character it stands in for
            else:
                own = sc
            own_end = o + 1
            while own_end < nxt and own_end < n_src and _extends(src[own_end]):
                own += src[own_end]
                own_end += 1
        elif o == prev_o and ch == "\n" and (not out or not out[-1].endswith("\n")):
            own = "\n"
        prev_o = max(prev_o, o)
        out.append(own)
        length += len(own)
        ends.append(length)
        if i + 1 < e and nxt > own_end:
            gap = _gap(src[own_end:nxt], after_newline=(ch == "\n"))
            if gap:
                out.append(gap)
                length += len(gap)
            prev_o = max(prev_o, nxt - 1)

    last = e - 1  # the last character is always walked: its own text only, whatever follows it
    # runs of characters each taken from the source character right after the previous one's: the
    # run starts are where the offset map jumps (found by C-level iteration, no per-character Python)
    jumps = list(compress(range(s + 1, last), map(ne, map(sub, off[s + 1:last], off[s:last - 1]), repeat(1))))
    if not bulk:
        jumps = range(s + 1, last)
    i = s
    for j in [*jumps, last]:
        # characters i … j-2 each come from the source character right after the previous one's,
        # with nothing dropped between them; j-1 may be followed by a gap and is walked
        m = j - 1 - i
        o = off[i]
        if m >= _BULK_MIN and o > prev_o and o + m <= n_src and _same_spacing(norm[i:i + m], src[o:o + m]):
            # what the walk shows is the source slice itself (no gap, no extending mark, no space turned
            # into another)
            out.append(src[o:o + m])
            starts.extend(range(length, length + m))
            length += m
            ends.extend(range(length - m + 1, length + 1))
            prev_o = o + m - 1
            i += m
        for x in range(i, j):
            step(x)
        i = j
    if e > s:
        step(last)
    return Display("".join(out), (s, e), starts, ends)


_BULK_MIN = 4  # below this the walk costs no more than slicing
_SPACE = re.compile(r"\s")  # the characters str.isspace accepts (checked over all of Unicode in the tests)


def _same_spacing(norm_piece: str, src_piece: str) -> bool:
    """True when, place by place, the source character is whitespace exactly where the normalized one
    is, and is a line break where the normalized one is (the walk then shows each source character)."""
    if norm_piece == src_piece:
        return True
    return ([m.start() for m in _SPACE.finditer(norm_piece)] == [m.start() for m in _SPACE.finditer(src_piece)]
            and all(src_piece[k] == "\n" for k in _positions(norm_piece, "\n")))


def _positions(text: str, ch: str):
    k = text.find(ch)
    while k >= 0:
        yield k
        k = text.find(ch, k + 1)


def _gap(gap: str, after_newline: bool) -> str:
    """What of the source between two displayed characters the reader sees."""
    if after_newline:
        tail = gap.rsplit("\n", 1)[-1]
        return tail[: len(tail) - len(tail.lstrip("\u3000"))]
    if "\n" in gap or "\r" in gap:
        return ""
    kept = [c for c in gap if c in _HSPACE]
    if len(kept) == len(gap):
        return gap
    return kept[0] if kept else ""


# ------------------------------------------------------------------ rows


@dataclass
class Segment:
    """A piece of one cell: plain text (change None), changed text, or a point (text "")
    where words were added on the other side."""

    text: str
    change: object | None = None

    @property
    def is_point(self) -> bool:
        return self.change is not None and not self.text


@dataclass
class Cell:
    """One side of one row: the displayed text, the changed ranges in it and the points where
    the other side has words this side lacks (display offsets)."""

    text: str
    display: Display  # maps normalized offsets of this row into ``text``
    marks: list[tuple[int, int, object]]  # (start, end, Change), in order, not overlapping
    points: list[tuple[int, object]]  # (position, Change)

    def segments(self) -> list[Segment]:
        out: list[Segment] = []
        cur = 0
        events = sorted([(s, 0, e, c) for s, e, c in self.marks] + [(p, -1, p, c) for p, c in self.points],
                        key=lambda x: (x[0], x[1]))
        for s, _, e, c in events:
            if s > cur:
                out.append(Segment(self.text[cur:s]))
                cur = s
            if e > s:
                out.append(Segment(self.text[s:e], c))
                cur = e
            elif s >= cur:
                out.append(Segment("", c))
        if cur < len(self.text):
            out.append(Segment(self.text[cur:]))
        return out

    def span_of(self, start: int, end: int) -> tuple[int, int]:
        """Display range of a normalized range (a finding's span) inside this cell."""
        return self.display.map(start, end)


class Row:
    """One row of a pair: the 新 and 旧 cells (None: nothing on that side in this row) and the normalized
    spans they show.

    A cell is made when it is first read: the Markdown report reads only the cells that mark a change
    (``cells_marking``), the HTML and Word reports read them all."""

    __slots__ = ("new_span", "old_span", "_new", "_old")

    def __init__(self, new, old, new_span: tuple[int, int] | None = None, old_span: tuple[int, int] | None = None):
        self._new, self._old = new, old  # a Cell, None, or what makes the Cell
        self.new_span, self.old_span = new_span, old_span

    @property
    def new(self) -> Cell | None:
        if callable(self._new):
            self._new = self._new()
        return self._new

    @property
    def old(self) -> Cell | None:
        if callable(self._old):
            self._old = self._old()
        return self._old

    def cell(self, side: str) -> Cell | None:
        return self.new if side == "new" else self.old


def change_span(doc, change, side: str) -> tuple[int, int] | None:
    """The normalized span a change marks on one side, narrowed to its text when the span
    holds more (a heading change spans the heading line; its text is the title), and to a
    point when the change has no text on this side."""
    span = change.new_span if side == "new" else change.old_span
    if span is None:
        return None
    text = change.new_text if side == "new" else change.old_text
    s, e = span
    if not text:  # nothing on this side (a title added to a heading that had none): a point
        return (s, s)
    if e - s > len(text):
        piece = doc.norm.text[s:e]
        k = piece.find(text)
        if k >= 0 and piece.find(text, k + 1) < 0:
            return (s + k, s + k + len(text))
    return span


def _cell(doc, display: Display, art, changes, side: str, span: tuple[int, int]) -> Cell:
    """The row [span) of one article side: its display text and the changes that fall in it."""
    a, b = span
    ds, de = display.map(a, b)
    k0, k1 = a - art.span[0], b - art.span[0]
    piece = Display(display.text[ds:de], (a, b),
                    [x - ds for x in display.starts[k0:k1]], [x - ds for x in display.ends[k0:k1]])
    text = piece.text.rstrip("\n\r ")  # the line break before the next row is not shown
    marks: list[tuple[int, int, object]] = []
    points: list[tuple[int, object]] = []
    for c in changes:
        cs = change_span(doc, c, side)
        if cs is None:
            continue
        s, e = cs
        if e > s:
            if e <= a or s >= b:
                continue
            ms, me = piece.map(s, e)
            me = min(me, len(text))
            if me > ms:
                marks.append((ms, me, c))
        elif a <= s < b or (s == b == art.span[1]):
            points.append((min(piece.map(s, s)[0], len(text)), c))
    marks.sort(key=lambda m: (m[0], -m[1]))
    kept: list[tuple[int, int, object]] = []
    for ms, me, c in marks:  # overlapping changes: the later one marks only what is left
        if kept and ms < kept[-1][1]:
            ms = kept[-1][1]
            if me <= ms:
                continue
        kept.append((ms, me, c))
    return Cell(text, piece, kept, sorted(points, key=lambda p: p[0]))


def _line_start(text: str, pos: int, floor: int) -> int:
    return max(floor, text.rfind("\n", 0, pos) + 1)


def _cuts(doc, art, units) -> list[int]:
    """Start of every row on one side: the article start, then each unit's line start."""
    text = doc.norm.text
    cuts = [art.span[0]]
    for u in units:
        cuts.append(max(cuts[-1], _line_start(text, u.start, art.span[0])))
    return cuts


def pair_rows(result, pair) -> list[Row]:
    """The rows of one aligned pair: one row for an unchanged, inserted or deleted article;
    a heading row and one row per clause unit for a changed article, 新 and 旧 units paired
    as the diff paired them."""
    old_doc, new_doc = result.old, result.new
    a, b = pair.old, pair.new
    if a is None or b is None or not pair.changes:
        new = _cell(new_doc, source_display(new_doc, b.span), b, pair.changes, "new", b.span) if b else None
        old = _cell(old_doc, source_display(old_doc, a.span), a, pair.changes, "old", a.span) if a else None
        return [Row(new, old, b.span if b else None, a.span if a else None)]
    paired = pair.units
    if paired is None:  # bodies that read the same, shown for a change of title or link
        paired = pair_units(article_units(old_doc, a), article_units(new_doc, b))
    old_cuts = _cuts(old_doc, a, [o for o, _ in paired if o is not None]) + [a.span[1]]
    new_cuts = _cuts(new_doc, b, [n for _, n in paired if n is not None]) + [b.span[1]]
    # row 0 of each side is the heading (empty when the body starts on the heading line)
    rows_old: list[tuple[int, int] | None] = [(old_cuts[0], old_cuts[1])]
    rows_new: list[tuple[int, int] | None] = [(new_cuts[0], new_cuts[1])]
    oi = ni = 1
    for o, n in paired:
        rows_old.append((old_cuts[oi], old_cuts[oi + 1]) if o is not None else None)
        rows_new.append((new_cuts[ni], new_cuts[ni + 1]) if n is not None else None)
        oi += o is not None
        ni += n is not None
    new_disp = source_display(new_doc, b.span)
    old_disp = source_display(old_doc, a.span)
    rows: list[Row] = []
    for rn, ro in zip(rows_new, rows_old):
        rn = rn if rn is not None and rn[1] > rn[0] else None
        ro = ro if ro is not None and ro[1] > ro[0] else None
        if rn is None and ro is None:
            continue
        rows.append(Row(partial(_cell, new_doc, new_disp, b, pair.changes, "new", rn) if rn else None,
                        partial(_cell, old_doc, old_disp, a, pair.changes, "old", ro) if ro else None, rn, ro))
    return rows


def cells_marking(doc, art, rows: list[Row], change, side: str):
    """The cells of one side of a pair's rows that may mark ``change`` (a range or a point), in order:
    those whose row holds the change's span as ``_cell`` places it. The other cells are not made."""
    cs = change_span(doc, change, side)
    if cs is None:
        return
    s, e = cs
    for r in rows:
        span = r.new_span if side == "new" else r.old_span
        if span is None:
            continue
        a, b = span
        if (e <= a or s >= b) if e > s else not (a <= s < b or s == b == art.span[1]):
            continue
        yield r.cell(side)


def changed_texts(rows: list[Row], side: str) -> list[str]:
    """The changed (underlined) pieces of one side, in order: what a reviewer sees marked."""
    out = []
    for r in rows:
        cell = r.new if side == "new" else r.old
        if cell is not None:
            out.extend(cell.text[s:e] for s, e, _ in cell.marks)
    return out


# ------------------------------------------------------------------ labels and groups


def renumber_phrase(pair) -> str | None:
    """「第13条を第14条とする」 for a unit whose number changed between the versions."""
    if pair.old is None or pair.new is None or pair.old.display_label == pair.new.display_label:
        return None
    return f"{pair.old.display_label}を{pair.new.display_label}とする"


_KANJI_ITEM = re.compile(r"[一二三四五六七八九十百]+")


def item_label(label: str | None) -> str:
    """An item as a citation names it: 一 → 第一号 (law style); (1), ①, イ stay as written."""
    if not label:
        return ""
    return f"第{label}号" if _KANJI_ITEM.fullmatch(label) else label


def change_label(pair, change) -> str:
    """The full place of a change: 附則第2条第4項(7), 別紙1第3条, 第12条第2項, 第2条第一号."""
    where = pair.label
    if change.paragraph:
        where += f"第{change.paragraph}項"
    return where + item_label(change.item)


def finding_label(f, doc=None) -> str:
    """``Finding.label`` when the checks filled it; else the article (with its part) holding the
    finding, then its paragraph and item; （条外） outside the articles."""
    if getattr(f, "label", None):
        return f.label
    art = None
    if doc is not None:
        art, _, _ = doc.locate(f.span[0])
    if art is not None:
        where = art.display_label
    elif f.article and f.article[0].isdigit():  # an article's number (12, 21_2), not a part's id
        from ..grammar import article_label

        where = article_label(f.article)
    else:
        return "（条外）"
    if f.paragraph:
        where += f"第{f.paragraph}項"
    return where + item_label(f.item)


def ungrouped_changes(result):
    """(pair, change) for every change not shown through a group."""
    for p, c in result.changes():
        if not getattr(c, "group", None):
            yield p, c


def group_places(group) -> list[str]:
    """The distinct places of a group, in order (several changes in one clause name it once)."""
    seen: list[str] = []
    for pair, c in group.places:
        lab = change_label(pair, c)
        if lab not in seen:
            seen.append(lab)
    return seen
