"""PDF ingest with pdfplumber: one printed line per text line, page furniture out.

A PDF has no lines, paragraphs or columns, only glyphs at positions. This
module rebuilds what a reader sees, in stages:

1. glyphs   per page: pdfplumber chars (upright, on the page, duplicates of
            fake-bold overprinting dropped); tables found by their ruling lines.
2. rows     glyphs grouped by vertical overlap across the whole page width.
3. margins  across the document: rows at the very top or bottom of a page are
            cut into segments at wide gaps; a segment repeated on most pages
            (digits masked, same type size) is a running header or footer, and
            a segment shaped like a page number (``2 / 5``, ``- 3 -``,
            ``Page 3``, ``3ページ``) is a page number.
4. footnotes  a trailing block of smaller type, or URL-only lines, at the foot
            of a page.
5. columns  a vertical gutter that no row crosses splits runs of rows into a
            left and a right column, read left column first.
6. lines    each column's glyphs turned into text; the space rule follows the
            line's own letter spacing, so 均等割付 headings come out whole.
7. text     lines joined with "\\n"; an empty line where the gap between two
            lines is clearly larger than the normal line gap, and between pages
            unless the last line of a page runs on (full width, no full stop).

Everything taken out is recorded as a ``Removal`` at the position in the
returned text where it was taken out.
"""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
import time
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from ..errors import ClausediffError, LimitExceeded, PdfError
from ..model import Removal, Source

if TYPE_CHECKING:
    from .base import Deadline, Limits

# Margin zones, as fractions of the page height. A4 Word documents put the
# body inside 10%..90% and headers/footers outside.
HEADER_ZONE = 0.10
FOOTER_ZONE = 0.90
# A segment repeated in the margin on at least this share of pages is furniture.
REPEAT_SHARE = 0.5
# Type at most this fraction of the body size is "smaller" (footnotes).
SMALL_TYPE = 0.85

_PAGE_NUMBER = re.compile(
    r"""^(?:
        (?:page|p\.?)\s*\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?          # Page 3, p. 3, Page 3 of 5
      | [-‐‑‒–—―−ー~〜]?\s*\d{1,4}\s*[-‐‑‒–—―−ー~〜]?                  # 3, - 3 -, — 3 —
      | \d{1,4}\s*/\s*\d{1,4}                                          # 2 / 5
      | (?:第\s*)?\d{1,4}\s*(?:ページ|頁)(?:\s*/\s*\d{1,4}\s*(?:ページ|頁)?)?  # 3ページ, 第3頁
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_URL_ONLY = re.compile(r"^(?:https?://|www\.)[\x21-\x7e]+$")
_CID = re.compile(r"^\(cid:\d+\)$")
# A line ending with one of these ends a sentence or a heading: a page or column
# break after it is a paragraph break.
_TERMINATORS = set("。．.!?！？」』）)：:")

logging.getLogger("pdfminer").setLevel(logging.ERROR)


# ---------------------------------------------------------------- small objects


@dataclass(slots=True)
class Glyph:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def is_space(self) -> bool:
        # U+3000 is a printed blank in Japanese text (２．　前項): keep it as text.
        return self.text.isspace() and self.text != "\u3000"


@dataclass
class Line:
    """One printed line (or one table row, cells joined by " | ")."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    table: bool = False


@dataclass
class Row:
    """Glyphs sharing a baseline band across the page, or one table row."""

    glyphs: list[Glyph]
    x0: float
    x1: float
    top: float
    bottom: float
    table_line: Line | None = None

    @classmethod
    def of(cls, glyphs: list[Glyph]) -> "Row":
        return cls(
            glyphs,
            min(g.x0 for g in glyphs),
            max(g.x1 for g in glyphs),
            min(g.top for g in glyphs),
            max(g.bottom for g in glyphs),
        )

    @classmethod
    def of_table(cls, line: Line) -> "Row":
        return cls([], line.x0, line.x1, line.top, line.bottom, line)

    def intervals(self, bridge: float) -> list[tuple[float, float]]:
        """Occupied x ranges, bridging gaps narrower than ``bridge``."""
        if self.table_line is not None:
            return [(self.x0, self.x1)]
        out: list[list[float]] = []
        for g in sorted(self.glyphs, key=lambda g: g.x0):
            if g.is_space:
                continue
            if out and g.x0 - out[-1][1] < bridge:
                out[-1][1] = max(out[-1][1], g.x1)
            else:
                out.append([g.x0, g.x1])
        return [(a, b) for a, b in out]


@dataclass
class Table:
    top: float
    bottom: float
    x0: float
    x1: float
    rows: list[list[str]]
    row_boxes: list[tuple[float, float]]  # (top, bottom) of each row


@dataclass
class Page:
    number: int
    width: float
    height: float
    rows: list[Row]
    tables: list[Table]
    has_images: bool
    glyph_count: int
    undecodable: int = 0
    rotated: int = 0


@dataclass
class Segment:
    """A piece of a margin row, cut at wide gaps (left header | right page number)."""

    line: Line
    row: Row
    zone: str  # "top" or "bottom"
    kind: str = ""  # set once classified: page-number, running-header, running-footer

    @property
    def key(self) -> tuple[str, int]:
        text = _fold_width(self.line.text)
        return re.sub(r"\s+", "", re.sub(r"\d+", "#", text)), round(self.line.size)


@dataclass
class PageText:
    """A page's body as flows of lines, and what was taken out of it."""

    number: int
    flows: list[list[Line]]
    flow_rights: list[float]
    head: list[tuple[str, str]] = field(default_factory=list)  # (kind, text) removed above the body
    foot: list[tuple[str, str]] = field(default_factory=list)  # removed below the body
    two_column: bool = False


# ---------------------------------------------------------------- glyphs → lines


def group_rows(glyphs: Iterable[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped by vertical overlap, top to bottom, each row left to right."""
    rows: list[list[Glyph]] = []
    top = bottom = 0.0
    for g in sorted(glyphs, key=lambda g: (g.top, g.x0)):
        h = max(g.bottom - g.top, 0.1)
        if rows:
            overlap = min(bottom, g.bottom) - max(top, g.top)
            if overlap >= 0.5 * min(h, bottom - top):
                rows[-1].append(g)
                bottom = max(bottom, g.bottom)
                continue
        rows.append([g])
        top, bottom = g.top, g.bottom
    for r in rows:
        r.sort(key=lambda g: g.x0)
    return rows


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch[:1]) in ("W", "F")


def line_text(glyphs: list[Glyph]) -> str:
    """Text of one row of glyphs (sorted by x0).

    A space goes where the PDF has a space glyph, or where the gap is wider
    than the line's usual gap plus a quarter em (half an em between two CJK
    characters). Measuring from the line's usual gap is what keeps letter-spaced
    headings (第 １ 条, spacing of 4 pt or more) in one piece.
    """
    visible = [g for g in glyphs if not g.is_space]
    if not visible:
        return ""
    gaps = [max(0.0, b.x0 - a.x1) for a, b in zip(visible, visible[1:])]
    usual = statistics.median(gaps) if gaps else 0.0
    spaces_at = [g.xc for g in glyphs if g.is_space]
    out = [visible[0].text]
    si = 0
    for a, b in zip(visible, visible[1:]):
        explicit = False
        while si < len(spaces_at) and spaces_at[si] < b.xc:
            if spaces_at[si] > a.xc:
                explicit = True
            si += 1
        em = max(a.size, b.size)
        wide_a, wide_b = _is_wide(a.text[-1]), _is_wide(b.text[:1])
        # half an em between two CJK characters; Word's automatic spacing between
        # CJK and Latin text is a quarter em, so mixed pairs need more than that
        ratio = 0.45 if wide_a and wide_b else 0.4 if wide_a != wide_b else 0.25
        if explicit or b.x0 - a.x1 > usual + ratio * em:
            out.append(" ")
        out.append(b.text)
    return "".join(out)


def make_line(glyphs: list[Glyph]) -> Line:
    visible = [g for g in glyphs if not g.is_space] or glyphs
    return Line(
        text=line_text(glyphs),
        x0=min(g.x0 for g in visible),
        x1=max(g.x1 for g in visible),
        top=min(g.top for g in visible),
        bottom=max(g.bottom for g in visible),
        size=statistics.median(g.size for g in visible),
    )


def split_segments(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Cut a row at gaps wider than two ems (header text … page number)."""
    segs: list[list[Glyph]] = []
    last_x1 = None
    for g in glyphs:
        if g.is_space:
            continue
        if segs and g.x0 - last_x1 > 2 * g.size:
            segs.append([g])
        elif segs:
            segs[-1].append(g)
        else:
            segs.append([g])
        last_x1 = g.x1 if last_x1 is None else max(last_x1, g.x1)
    # put the space glyphs back where they belong, for the space rule
    for s in glyphs:
        if s.is_space:
            for seg in segs:
                if seg[0].x0 <= s.xc <= seg[-1].x1:
                    seg.append(s)
                    seg.sort(key=lambda g: g.x0)
                    break
    return segs


def _join_cell_lines(lines: list[str]) -> str:
    out = ""
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        if out and not (_is_wide(out[-1]) or _is_wide(ln[0])):
            out += " "
        out += ln
    return out


# ---------------------------------------------------------------- pass 1: read pages


class PdfiumText:
    """Characters of a page from pypdfium2, in pdfplumber's char layout; used as a fallback."""

    def __init__(self, data: bytes):
        self.data = data
        self.doc = None
        self.used: list[int] = []

    def chars(self, index: int, height: float) -> list[dict]:
        try:
            import pypdfium2 as pdfium
            import pypdfium2.raw as raw

            if self.doc is None:
                self.doc = pdfium.PdfDocument(self.data)
            textpage = self.doc[index].get_textpage()
            out = []
            for i in range(textpage.count_chars()):
                if raw.FPDFText_IsGenerated(textpage.raw, i):
                    continue  # spaces and line ends pdfium adds by itself
                text = textpage.get_text_range(i, 1)
                if not text or text in "\r\n":
                    continue
                size = float(raw.FPDFText_GetFontSize(textpage.raw, i)) or 10.0
                left, bottom, right, _ = textpage.get_charbox(i, loose=True)
                out.append({"text": text, "x0": left, "x1": right, "bottom": height - bottom,
                            "top": height - bottom - size, "size": size, "upright": True})
        except Exception:
            return []
        if out:
            self.used.append(index + 1)
        return out

    def close(self) -> None:
        if self.doc is not None:
            try:
                self.doc.close()
            except Exception:
                pass


def _read_page(page, number: int, pdfium: "PdfiumText") -> Page:
    width, height = float(page.width), float(page.height)
    seen: set[tuple] = set()
    glyphs: list[Glyph] = []
    undecodable = rotated = 0
    chars = page.chars
    if chars and sum(1 for c in chars if _CID.match(c.get("text") or "")) > len(chars) / 2:
        # pdfminer cannot map this page's fonts to Unicode (seen with CID fonts in
        # encrypted files, whose nested strings it leaves encrypted); pdfium can.
        chars = pdfium.chars(number - 1, height) or chars
    for c in chars:
        text = c.get("text") or ""
        if not text:
            continue
        if not c.get("upright", True):
            rotated += 1
            continue
        x0, x1, top, bottom = c["x0"], c["x1"], c["top"], c["bottom"]
        if x1 <= 0 or x0 >= width or bottom <= 0 or top >= height:
            continue  # outside the visible page
        if _CID.match(text):
            undecodable += 1
            continue
        # Fake bold prints the same glyph twice, a fraction of a point apart.
        key = (text, round(x0), round(top))
        if key in seen:
            continue
        seen.add(key)
        glyphs.append(Glyph(text, x0, x1, top, bottom, float(c.get("size") or (bottom - top))))

    tables = _find_tables(page, glyphs)
    if tables:

        def in_table(g: Glyph) -> bool:
            yc = (g.top + g.bottom) / 2
            return any(t.x0 <= g.xc <= t.x1 and t.top <= yc <= t.bottom for t in tables)

        body = [g for g in glyphs if not in_table(g)]
    else:
        body = glyphs
    rows = [Row.of(r) for r in group_rows(body)]
    rows = [r for r in rows if any(not g.is_space for g in r.glyphs)]
    return Page(
        number=number,
        width=width,
        height=height,
        rows=rows,
        tables=tables,
        has_images=bool(page.images),
        glyph_count=sum(1 for g in glyphs if not g.is_space),
        undecodable=undecodable,
        rotated=rotated,
    )


def _find_tables(page, glyphs: list[Glyph]) -> list[Table]:
    """Tables drawn with ruling lines; a single framed box is not a table."""
    objects = page.objects
    if len(objects.get("line", [])) + len(objects.get("rect", [])) < 4:
        return []  # the table finder is slow; no ruling, no table
    found = []
    for t in page.find_tables():
        x0, top, x1, bottom = t.bbox
        rows: list[list[str]] = []
        boxes: list[tuple[float, float]] = []
        for r in t.rows:
            cells = []
            for cell in r.cells:
                if cell is None:
                    cells.append("")
                    continue
                cx0, ctop, cx1, cbottom = cell
                inside = [
                    g for g in glyphs if cx0 <= g.xc < cx1 and ctop <= (g.top + g.bottom) / 2 < cbottom
                ]
                cells.append(_join_cell_lines([line_text(rg) for rg in group_rows(inside)]))
            rows.append(cells)
            boxes.append((r.bbox[1], r.bbox[3]))
        ncells = sum(len(r) for r in rows)
        if ncells < 2 or not any(any(c for c in r) for r in rows):
            continue
        found.append(Table(top, bottom, x0, x1, rows, boxes))
    return found


# ---------------------------------------------------------------- pass 2: margins


def _margin_segments(page: Page) -> list[Segment]:
    """Segments of the first two rows in the top zone and the last three in the bottom zone."""
    segs: list[Segment] = []
    rows = page.rows
    top = [r for r in rows[:2] if r.top < page.height * HEADER_ZONE]
    bottom = [r for r in rows[-3:] if r.bottom > page.height * FOOTER_ZONE and all(r is not t for t in top)]
    for zone, zone_rows in (("top", top), ("bottom", bottom)):
        for row in zone_rows:
            segs += [Segment(make_line(s), row, zone) for s in split_segments(row.glyphs)]
    return segs


def _fold_width(text: str) -> str:
    """Full-width ASCII (０-９, Ｐ, －, ／) to ASCII; nothing else (NFKC would turn ① into 1)."""
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text).replace("\u3000", " ")


def _is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(_fold_width(text).strip()))


def find_furniture(pages: list[Page]) -> dict[int, list[Segment]]:
    """Margin segments to remove, per page number, with kind set on each."""
    per_page = {p.number: _margin_segments(p) for p in pages}
    counts: dict[tuple, set[int]] = {}
    for number, segs in per_page.items():
        for s in segs:
            counts.setdefault((s.zone, s.key), set()).add(number)
    needed = max(2, math.ceil(len(pages) * REPEAT_SHARE))
    removed: dict[int, list[Segment]] = {}
    for number, segs in per_page.items():
        out = []
        for s in segs:
            if _is_page_number(s.line.text):
                s.kind = "page-number"
            elif len(pages) >= 2 and len(counts[(s.zone, s.key)]) >= needed:
                s.kind = "running-header" if s.zone == "top" else "running-footer"
            else:
                continue
            out.append(s)
        removed[number] = out
    return removed


def _strip_segments(row: Row, segs: list[Segment]) -> Row | None:
    """The row without the removed segments' glyphs, or None if nothing is left."""
    gone = {id(g) for s in segs for g in s.row.glyphs if s.line.x0 - 0.01 <= g.xc <= s.line.x1 + 0.01}
    rest = [g for g in row.glyphs if id(g) not in gone]
    if not any(not g.is_space for g in rest):
        return None
    return Row.of(rest)


# ---------------------------------------------------------------- pass 2: footnotes


def split_footnotes(rows: list[Row], page: Page, body_size: float) -> tuple[list[Row], list[Line]]:
    """Detach a trailing block of smaller type and URL-only lines at the foot of the page."""
    notes: list[Line] = []
    rows = list(rows)
    changed = True
    while changed and len(rows) > 1:
        changed = False
        last = rows[-1]
        if last.table_line is not None:
            break
        line = make_line(last.glyphs)
        small = max(g.size for g in last.glyphs if not g.is_space) <= SMALL_TYPE * body_size
        url = bool(_URL_ONLY.match(line.text.strip())) and last.top > page.height * 0.75
        # small type counts only below the middle of the page and below some body text
        if (small and last.top > page.height * 0.5 and any(_row_size(r) > SMALL_TYPE * body_size for r in rows[:-1])) or url:
            notes.insert(0, line)
            rows.pop()
            changed = True
    return rows, notes


def _row_size(row: Row) -> float:
    if row.table_line is not None:
        return row.table_line.size
    return max((g.size for g in row.glyphs if not g.is_space), default=0.0)


# ---------------------------------------------------------------- pass 2: columns


def find_gutter(rows: list[Row], size: float) -> tuple[float, float] | None:
    """A vertical strip in the middle of the text that rows do not cross, or None.

    Two columns need: text on both sides of the strip (at least three rows on
    the left, and a fifth of all rows on the right), and enough lines on the
    left that reach up to the strip and on the right that start right after it.
    The last condition keeps a label … value layout (支払い方法：　口座振込み)
    and short last lines of paragraphs in one column.
    """
    if len(rows) < 6:
        return None
    left = min(r.x0 for r in rows)
    right = max(r.x1 for r in rows)
    width = right - left
    if width < 16 * size:
        return None
    bridge = max(8.0, 0.9 * size)
    ivs = [r.intervals(bridge) for r in rows]
    n = int(right) + 3
    diff = [0] * (n + 1)
    for row_ivs in ivs:
        for a, b in row_ivs:
            diff[max(0, int(a))] += 1
            diff[min(n, int(b) + 1)] -= 1
    cover = []
    acc = 0
    for d in diff:
        acc += d
        cover.append(acc)
    # columns of a page split it near the middle; a label column is narrower
    lo, hi = int(left + 0.35 * width), int(left + 0.65 * width)
    least = min(cover[lo : hi + 1])
    # the widest run of least-covered positions
    best = None
    x = lo
    while x <= hi:
        if cover[x] == least:
            start = x
            while x <= hi and cover[x] == least:
                x += 1
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
        else:
            x += 1
    if best is None:
        return None
    g0, g1 = float(best[0]), float(best[1])
    gx = (g0 + g1) / 2
    left_ends, right_starts = [], []
    for row_ivs in ivs:
        if any(a < gx < b for a, b in row_ivs):
            continue  # a full-width row (title, table) above or below the columns
        lhs = [b for a, b in row_ivs if b <= gx]
        rhs = [a for a, b in row_ivs if a >= gx]
        if lhs:
            left_ends.append(max(lhs))
        if rhs:
            right_starts.append(min(rhs))
    if len(left_ends) < 3 or len(right_starts) < max(3, 0.2 * len(rows)):
        return None
    # Lines must touch the strip from both sides: wrapped lines of a left column
    # run up to it, and a right column starts right after it. Short lines alone
    # (last lines of paragraphs, labels of a label … value list) do not.
    touching_left = sum(1 for x in left_ends if x >= g0 - 2 * size)
    touching_right = sum(1 for x in right_starts if x <= g1 + 3 * size)
    if touching_left < max(2, 0.1 * len(left_ends)) or touching_right < 0.25 * len(right_starts):
        return None
    return (g0, g1)


def _crosses(row: Row, gx: float, bridge: float) -> bool:
    return any(a < gx < b for a, b in row.intervals(bridge))


def layout_flows(
    rows: list[Row], gutter: tuple[float, float] | None, size: float
) -> list[tuple[list[Line], float | None]]:
    """Rows → flows of lines in reading order: full-width runs, then left and right columns.

    Each flow comes with the right edge of its column (None: the page's text edge).
    """
    if gutter is None:
        return [([_row_line(r) for r in rows], None)] if rows else []
    gx = (gutter[0] + gutter[1]) / 2
    bridge = max(8.0, 0.9 * size)
    flows: list[tuple[list[Line], float | None]] = []
    full: list[Row] = []
    band: list[Row] = []

    def flush_full():
        if full:
            flows.append(([_row_line(r) for r in full], None))
            full.clear()

    def flush_band():
        if not band:
            return
        sides: list[tuple[list[Line], float | None]] = []
        for keep, edge in ((lambda x: x < gx, gutter[0]), (lambda x: x >= gx, None)):
            glyphs = [g for r in band for g in r.glyphs if keep(g.xc)]
            lines = [make_line(r) for r in group_rows(glyphs) if any(not g.is_space for g in r)]
            lines += [r.table_line for r in band if r.table_line is not None and keep((r.x0 + r.x1) / 2)]
            lines.sort(key=lambda ln: ln.top)
            if lines:
                sides.append((lines, edge))
        flows.extend(sides)
        band.clear()

    for r in rows:
        if _crosses(r, gx, bridge):
            flush_band()
            full.append(r)
        else:
            flush_full()
            band.append(r)
    flush_band()
    flush_full()
    return flows


def _row_line(row: Row) -> Line:
    return row.table_line if row.table_line is not None else make_line(row.glyphs)


# ---------------------------------------------------------------- pass 3: text


def _runs_on(line: Line, right: float) -> bool:
    """Does the text continue after this line (full width, no full stop)?"""
    text = line.text.rstrip()
    return bool(text) and not line.table and text[-1] not in _TERMINATORS and line.x1 >= right - 2 * line.size


def _usual_gap(pages: list[PageText]) -> float:
    gaps = []
    for p in pages:
        for flow in p.flows:
            for a, b in zip(flow, flow[1:]):
                if not a.table and not b.table and b.top > a.top:
                    gaps.append(b.top - a.bottom)
    return statistics.median(gaps) if gaps else 0.0


def render(pages: list[PageText]) -> tuple[str, list[Removal]]:
    usual = _usual_gap(pages)
    parts: list[str] = []
    removed: list[Removal] = []
    pos = 0
    last_line: Line | None = None
    last_right = 0.0

    def emit(s: str):
        nonlocal pos
        parts.append(s)
        pos += len(s)

    def separate(next_line: Line):
        """Separator before the first line of a new flow or page."""
        if last_line is None:
            return
        emit("\n" if _runs_on(last_line, last_right) and not next_line.table else "\n\n")

    for p in pages:
        page_start = pos
        page_removed_head = list(p.head)
        first = True
        for flow, right in zip(p.flows, p.flow_rights):
            for i, line in enumerate(flow):
                if i == 0:
                    separate(line)
                    if first:
                        page_start = pos
                        first = False
                else:
                    prev = flow[i - 1]
                    gap = line.top - prev.bottom
                    wide = gap > usual + 0.6 * max(line.size, prev.size)
                    table_edge = prev.table != line.table
                    emit("\n\n" if (wide and not (prev.table and line.table)) or table_edge else "\n")
                emit(line.text)
                last_line = line
            last_right = right
        for kind, text in page_removed_head:
            removed.append(Removal(kind, text, page_start, page_start, p.number))
        for kind, text in p.foot:
            removed.append(Removal(kind, text, pos, pos, p.number))
    if parts:
        emit("\n")
    return "".join(parts), removed


# ---------------------------------------------------------------- entry point


def _page_list(numbers: list[int]) -> str:
    """1, 2, 3, 5 → "1–3, 5"."""
    out = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        out.append(f"{numbers[i]}–{numbers[j]}" if j > i else str(numbers[i]))
        i = j + 1
    return ", ".join(out)


def _open(data: bytes, name: str):
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    if b"%%EOF" not in data[-2048:]:
        raise PdfError("truncated or damaged PDF: the file does not end with %%EOF (was it cut short?)", name)
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password="")
    except PdfminerException as e:
        cause = e.args[0] if e.args else e
        kind = type(cause).__name__
        if kind == "PDFPasswordIncorrect":
            raise PdfError("encrypted PDF: it needs a password to open; save an unprotected copy first", name) from None
        if kind == "PDFEncryptionError":
            raise PdfError(f"encrypted PDF with an unsupported protection scheme ({cause})", name) from None
        raise PdfError(f"corrupt PDF: {cause or kind}", name) from None
    except Exception as e:  # pdfminer raises assorted errors on damaged files
        raise PdfError(f"corrupt PDF: {type(e).__name__}: {e}", name) from None
    return pdf


def read_pdf(data: bytes, name: str, limits: "Limits", deadline: "Deadline | None" = None) -> Source:
    """``deadline``: the document's time budget when the caller started one (load_bytes does), else
    ``limits.max_seconds`` from now."""
    expires = deadline.expires if deadline is not None else time.monotonic() + limits.max_seconds
    notes: list[str] = []
    pdf = _open(data, name)
    try:
        try:
            encrypted = pdf.doc.encryption is not None
            page_objs = pdf.pages
        except Exception as e:
            raise PdfError(f"corrupt PDF: cannot read the page tree ({type(e).__name__}: {e})", name) from None
        total = len(page_objs)
        if total == 0:
            raise PdfError("corrupt PDF: no pages found", name)
        if total > limits.max_pages:
            raise LimitExceeded(f"PDF has {total} pages, over the page limit of {limits.max_pages} (see --max-pages)", name)
        if encrypted:
            notes.append("encrypted PDF opened with the empty user password")
        pages: list[Page] = []
        pdfium = PdfiumText(data)
        for i, page in enumerate(page_objs, start=1):
            if time.monotonic() > expires:
                seconds = deadline.seconds if deadline is not None else limits.max_seconds
                raise LimitExceeded(
                    f"reading the PDF took over the time limit of {seconds:g} s "
                    f"(stopped at page {i} of {total}; see --max-seconds)",
                    name,
                )
            try:
                pages.append(_read_page(page, i, pdfium))
            except ClausediffError:
                raise
            except Exception as e:
                raise PdfError(f"corrupt PDF: cannot read page {i} ({type(e).__name__}: {e})", name) from None
            finally:
                try:
                    page.close()
                except Exception:
                    pass
    finally:
        try:
            pdf.close()
        except Exception:
            pass
        if "pdfium" in locals():
            pdfium.close()

    empty = [p.number for p in pages if p.glyph_count == 0]
    if len(empty) == len(pages):
        undecodable = any(p.undecodable for p in pages)
        if undecodable:
            raise PdfError(
                f"no extractable text on pages {_page_list(empty)}: the fonts have no Unicode mapping; run OCR first",
                name,
            )
        raise PdfError(
            f"no extractable text on pages {_page_list(empty)}: the PDF has no text layer; run OCR first", name
        )
    image_only = [n for n in empty if pages[n - 1].has_images or pages[n - 1].undecodable]
    if image_only:
        notes.append(f"no text layer on pages {_page_list(image_only)} (image only): their text is missing; run OCR for them")
    blank = [n for n in empty if n not in image_only]
    if blank:
        notes.append(f"blank pages: {_page_list(blank)}")
    if pdfium.used:
        notes.append(f"text of pages {_page_list(pdfium.used)} read with pdfium: pdfminer could not decode their fonts")
    cid = [p.number for p in pages if p.undecodable and p.glyph_count]
    if cid:
        notes.append(f"glyphs without a Unicode mapping were dropped on pages {_page_list(cid)}")
    rotated = [p.number for p in pages if p.rotated]
    if rotated:
        notes.append(f"rotated or vertical text skipped on pages {_page_list(rotated)}")

    texts, tables = _compose(pages)
    two_col = [t.number for t in texts if t.two_column]
    if two_col:
        notes.append(f"two-column layout read left column first on pages {_page_list(two_col)}")
    if tables:
        notes.append(f"{len(tables)} table(s) found")
    text, removed = render(texts)
    return Source(
        path=name,
        sha256="",
        format="pdf",
        encoding=None,
        text=text,
        removed=removed,
        pages=len(pages),
        notes=notes,
        tables=tables,
    )


def _body_size(pages: list[Page]) -> float:
    sizes: dict[float, int] = {}
    for p in pages:
        for r in p.rows:
            for g in r.glyphs:
                if not g.is_space:
                    k = round(g.size, 1)
                    sizes[k] = sizes.get(k, 0) + 1
    return max(sizes, key=sizes.get) if sizes else 10.0


def _text_right(pages: list[Page]) -> float:
    """The right edge of full lines: the 90th percentile of row ends in the document."""
    ends = sorted(r.x1 for p in pages for r in p.rows)
    return ends[int(0.9 * (len(ends) - 1))] if ends else 0.0


def _compose(pages: list[Page]) -> tuple[list[PageText], list[list[list[str]]]]:
    furniture = find_furniture(pages)
    body_size = _body_size(pages)
    text_right = _text_right(pages)
    tables: list[list[list[str]]] = []
    bodies: list[tuple[Page, list[Row], list[Line]]] = []
    for p in pages:
        segs = furniture.get(p.number, [])
        rows: list[Row] = []
        for r in p.rows:
            mine = [s for s in segs if s.row is r]
            if mine:
                r = _strip_segments(r, mine)
                if r is None:
                    continue
            rows.append(r)
        rows, notes = split_footnotes(rows, p, body_size)
        for t in p.tables:
            tables.append(t.rows)
            for cells, (top, bottom) in zip(t.rows, t.row_boxes):
                line = Line(" | ".join(c.replace("\n", " ") for c in cells), t.x0, t.x1, top, bottom, body_size, True)
                rows.append(Row.of_table(line))
        rows.sort(key=lambda r: r.top)
        bodies.append((p, rows, notes))

    gutters = [find_gutter(rows, body_size) for _, rows, _ in bodies]
    found = [g for g in gutters if g is not None]
    if found:
        # A page of short lines (a price list) in a two-column document shows no
        # clear gutter by itself; the document's own gutter settles it.
        usual = (statistics.median(g[0] for g in found), statistics.median(g[1] for g in found))
        gutters = [g if g is not None else _fits_gutter(rows, usual, body_size) for g, (_, rows, _) in zip(gutters, bodies)]

    out: list[PageText] = []
    for (p, rows, notes), gutter in zip(bodies, gutters):
        segs = furniture.get(p.number, [])
        laid = layout_flows(rows, gutter, body_size)
        flows = [f for f, _ in laid]
        rights = [edge if edge is not None else text_right for _, edge in laid]
        pt = PageText(p.number, flows, rights, two_column=gutter is not None)
        pt.head = [(s.kind, s.line.text) for s in segs if s.zone == "top"]
        pt.foot = [(s.kind, s.line.text) for s in segs if s.zone == "bottom"] + [("footnote", n.text) for n in notes]
        out.append(pt)
    return out, tables


def _fits_gutter(rows: list[Row], gutter: tuple[float, float], size: float) -> tuple[float, float] | None:
    """The document's gutter, if this page has text on both sides of it and few rows across it."""
    gx = (gutter[0] + gutter[1]) / 2
    bridge = max(8.0, 0.9 * size)
    crossing = sum(1 for r in rows if _crosses(r, gx, bridge))
    right = sum(1 for r in rows if not _crosses(r, gx, bridge) and r.x1 > gx)
    left = sum(1 for r in rows if not _crosses(r, gx, bridge) and r.x0 < gx)
    if right and left and crossing <= 0.5 * len(rows):
        return gutter
    return None
