"""Build test documents at test time: PDF (reportlab CID fonts), .docx (python-docx), .html.

Every builder lays out a list of *logical lines* (one heading, paragraph or
item per line) and returns what it drew besides them, so that a test can say
exactly what the reader must give back and what it must take out.

The logical lines come from the sample agreements in ``shared/seeds`` by
``logical_lines``: those files are dumps of PDFs (wrapped lines, blank lines,
page furniture), so wrapped lines are joined here with a rule of our own. It
does not matter whether that rule is perfect: a test compares the reader's
output with the very lines that were laid out.
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

SHARED = Path(os.environ.get("CLAUSEDIFF_SHARED", Path(__file__).resolve().parents[2] / "shared"))
SEEDS = SHARED / "seeds"
EXTERNAL = SHARED / "corpus" / "external"

MINCHO = "HeiseiMin-W3"
GOTHIC = "HeiseiKakuGo-W5"

# ---------------------------------------------------------------- logical lines from the seeds

_FURNITURE = [
    re.compile(r"^\d+\s*/\s*\d+$"),  # 2 / 5
    re.compile(r"^-\s*\d+\s*-$"),  # - 3 -
    re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9.]+){3,}$"),  # GSs-eKYC-S-TC-v.1.1-2410
    re.compile(r"^Copyright\s*©", re.IGNORECASE),
    re.compile(r"^https?://\S+$"),
]
_LABEL = re.compile(
    r"^(?:第\s*[0-9０-９一二三四五六七八九十百]+\s*[条章節款]"
    r"|附\s*則|別[紙表記]"
    r"|[0-9０-９]+\s*[．.]"
    r"|[（(]\s*[0-9０-９a-zA-Zivx]+\s*[)）]"
    r"|[①-⑳]"
    r"|[一二三四五六七八九十]+[\s　]"
    r"|[ア-ンｱ-ﾝ][.．、]"
    r"|[-・※]\s?)"
)
_HEADING = re.compile(r"^(?:第\s*[0-9０-９一二三四五六七八九十百]+\s*[条章節款]|附\s*則|別[紙表記])")


def display_width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def is_heading(line: str) -> bool:
    return bool(_HEADING.match(line)) and "。" not in line and display_width(line) <= 60


def logical_lines(text: str) -> list[str]:
    """Join a PDF dump's wrapped lines into one line per heading, paragraph or item."""
    raw = [ln.strip(" \t\u3000") for ln in text.splitlines()]
    raw = [ln for ln in raw if ln and not any(p.match(ln) for p in _FURNITURE)]
    widths = sorted(display_width(ln) for ln in raw)
    wrap = widths[int(0.9 * (len(widths) - 1))] if widths else 0
    out: list[str] = []
    prev_raw = ""  # the last physical line, to tell a wrapped line from a short one
    for ln in raw:
        if out:
            prev = out[-1]
            new = (
                _LABEL.match(ln)
                or is_heading(prev)
                or prev.endswith(("。", "：", ":"))
                or display_width(prev_raw) < 0.8 * wrap
            )
            if not new:
                sep = " " if prev[-1].isascii() and ln[0].isascii() and prev[-1].isalnum() and ln[0].isalnum() else ""
                out[-1] = prev + sep + ln
                prev_raw = ln
                continue
        out.append(ln)
        prev_raw = ln
    return out


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def seed_lines(path: Path) -> list[str]:
    return logical_lines(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- PDF

_fonts_registered = False


def _register_fonts() -> None:
    global _fonts_registered
    if _fonts_registered:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(MINCHO))
    pdfmetrics.registerFont(UnicodeCIDFont(GOTHIC))
    _fonts_registered = True


@dataclass
class PdfStyle:
    """How to lay out the text. All lengths in points; A4 is 595 x 842."""

    size: float = 10.5
    leading: float = 17.0
    margin_left: float = 60.0
    margin_right: float = 60.0
    margin_top: float = 90.0  # body starts below the top 10 % of the page
    margin_bottom: float = 95.0
    columns: int = 1
    gutter: float = 24.0
    heading_char_space: float = 0.0
    heading_font: str = MINCHO
    heading_gap: float = 8.0  # extra space before a heading
    title_size: float | None = None  # draw the first line as a centred, full-width title
    furniture: bool = False  # running header, page numbers, copyright line
    # page numbers drawn with the furniture: top right, bottom centre
    page_numbers: tuple[str, str] = ("{k} / {n}", "- {k} -")
    footnote_every: int = 0  # a small-type footnote with a URL at the foot of every n-th page
    table: list[list[str]] | None = None  # a ruled table after the text
    table_heading: str = "別表　料金表"
    table_note: str = "（注）料金はすべて税込みとします。"


DOC_CODE = "CDX-TEST-TC-v.1.2-2501"
COPYRIGHT = "Copyright © 2025 Example Co., Ltd. All Rights Reserved."
FOOTNOTE = ["※1 料金表の最新版は当社ウェブサイトに掲載しています。", "https://www.example.co.jp/terms/fees.html"]
FEE_TABLE = [
    ["区分", "月額料金（税込）", "備考"],
    ["ライトプラン", "1,100円", "1ユーザーまで"],
    ["スタンダードプラン", "5,500円", "10ユーザーまで。超過分は1ユーザーにつき550円を加算します。"],
    ["エンタープライズプラン", "個別見積り", "導入支援を含みます。"],
]


@dataclass
class PdfBuild:
    path: Path
    lines: list[str]  # the logical lines laid out, in reading order (what the reader must return)
    pages: int
    printed: list[str] = field(default_factory=list)  # the printed lines, in reading order
    printed_pages: list[list[str]] = field(default_factory=list)  # the same, page by page
    furniture: list[tuple[int, str]] = field(default_factory=list)  # (page, text) drawn in the margins
    footnotes: list[tuple[int, str]] = field(default_factory=list)  # (page, text) drawn as footnotes
    headings_spaced: list[str] = field(default_factory=list)

    def expected_text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class _Placed:
    text: str
    x: float
    size: float
    font: str
    char_space: float
    gap_before: float


def _char_width(ch: str, font: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(ch, font, size)


def _wrap(text: str, width: float, font: str, size: float, char_space: float = 0.0) -> list[str]:
    """Break a line into pieces that fit ``width``, character by character (no hyphenation).

    Closing punctuation may hang past the edge and an opening bracket never
    ends a line, as Japanese typesetting rules (禁則) require.
    """
    pieces, cur, w = [], "", 0.0
    for ch in text:
        cw = _char_width(ch, font, size) + char_space
        if cur and w + cw > width and ch not in "、。，．）」』)":
            carry = ""
            while cur and cur[-1] in "（「『(" and len(cur) > 1:
                carry = cur[-1] + carry
                cur = cur[:-1]
            pieces.append(cur)
            cur = carry
            w = sum(_char_width(c, font, size) + char_space for c in carry)
        cur += ch
        w += cw
    if cur:
        pieces.append(cur)
    return pieces


def _label_indent(text: str, font: str, size: float) -> float:
    m = re.match(r"^(?:[（(][0-9０-９]+[)）]|[①-⑳]|[0-9０-９]+[．.])", text)
    return sum(_char_width(c, font, size) for c in m.group()) if m and not is_heading(text) else 0.0


def build_pdf(lines: list[str], path: Path, style: PdfStyle) -> PdfBuild:
    """Lay out ``lines`` on A4 pages according to ``style`` and save the PDF."""
    _register_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page_w, page_h = A4
    col_w = (page_w - style.margin_left - style.margin_right - (style.columns - 1) * style.gutter) / style.columns
    body_top = page_h - style.margin_top
    body_bottom = style.margin_bottom
    footnote_room = 3 * style.leading if style.footnote_every else 0.0

    # 1. break every logical line into printed lines
    placed: list[_Placed] = []
    laid_out = list(lines)
    title = None
    body_lines = lines
    if style.title_size:
        title, body_lines = lines[0], lines[1:]
    for text in body_lines:
        head = is_heading(text)
        font = style.heading_font if head else MINCHO
        cs = style.heading_char_space if head else 0.0
        indent = _label_indent(text, font, style.size)
        for i, piece in enumerate(_wrap(text, col_w - indent, font, style.size, cs)):
            placed.append(_Placed(piece, indent if i else 0.0, style.size, font, cs, style.heading_gap if head and i == 0 else 0.0))

    # 2. place them in columns and pages
    title_room = style.title_size * 2.2 if style.title_size else 0.0

    def column_top(page_index: int) -> float:
        return body_top - (title_room if page_index == 0 else 0.0)

    def bottom_limit(page_index: int) -> float:
        room = footnote_room if style.footnote_every and (page_index + 1) % style.footnote_every == 0 else 0.0
        return body_bottom + room

    pages: list[list[tuple[_Placed, float, float]]] = [[]]  # (line, x, baseline y)
    col = 0
    y = column_top(0)
    for pl in placed:
        if y < column_top(len(pages) - 1):
            y -= pl.gap_before  # no extra space at the top of a column
        if y - style.size < bottom_limit(len(pages) - 1):
            col += 1
            if col >= style.columns:
                pages.append([])
                col = 0
            y = column_top(len(pages) - 1)
        x = style.margin_left + col * (col_w + style.gutter) + pl.x
        pages[-1].append((pl, x, y - style.size))
        y -= style.leading

    # 3. the table, after the text
    table_rows = style.table
    table_pos = None
    if table_rows:
        need = style.leading * 3 + 2 * style.leading * len(table_rows)
        if y - need < body_bottom:
            pages.append([])
            y = body_top
        y -= style.heading_gap
        pages[-1].append((_Placed(style.table_heading, 0, style.size, style.heading_font, 0, 0), style.margin_left, y - style.size))
        y -= style.leading * 1.5
        table_pos = (len(pages) - 1, y)
        laid_out.append(style.table_heading)
        laid_out += [" | ".join(r) for r in table_rows]

    n_pages = len(pages)
    build = PdfBuild(path=path, lines=laid_out, pages=n_pages)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("clausediff test document")
    for pi, page in enumerate(pages):
        k = pi + 1
        first_printed = len(build.printed)
        if pi == 0 and title:
            c.setFont(style.heading_font, style.title_size)
            tw = sum(_char_width(ch, style.heading_font, style.title_size) for ch in title)
            c.drawString((page_w - tw) / 2, body_top - style.title_size, title)
            build.printed.append(title)
        for pl, x, yy in page:
            c.setFont(pl.font, pl.size)
            c.drawString(x, yy, pl.text, charSpace=pl.char_space)
            build.printed.append(pl.text)
            if pl.char_space:
                build.headings_spaced.append(pl.text)
        if table_pos and table_pos[0] == pi:
            y_end = _draw_table(c, table_rows, style.margin_left, table_pos[1], page_w - style.margin_left - style.margin_right)
            c.setFont(MINCHO, style.size)
            c.drawString(style.margin_left, y_end - style.leading - style.size * 0.2, style.table_note)
            build.printed += [" | ".join(r) for r in table_rows] + [style.table_note]
        if style.furniture:
            c.setFont(GOTHIC, 8)
            c.drawString(style.margin_left, page_h - 40, DOC_CODE)
            num = style.page_numbers[0].format(k=k, n=n_pages)
            c.drawRightString(page_w - style.margin_right, page_h - 40, num)
            dash = style.page_numbers[1].format(k=k, n=n_pages)
            c.drawCentredString(page_w / 2, 30, dash)
            c.setFont(MINCHO, 7)
            c.drawString(style.margin_left, 48, COPYRIGHT)
            build.furniture += [(k, DOC_CODE), (k, num), (k, COPYRIGHT), (k, dash)]
        if style.footnote_every and k % style.footnote_every == 0:
            c.setFont(MINCHO, 8)
            fy = body_bottom + footnote_room - 14
            c.setLineWidth(0.5)
            c.line(style.margin_left, fy + 12, style.margin_left + 120, fy + 12)
            for note in FOOTNOTE:
                c.drawString(style.margin_left, fy, note)
                build.footnotes.append((k, note))
                fy -= 11
        build.printed_pages.append(build.printed[first_printed:])
        c.showPage()
    if table_rows:
        build.lines.append(style.table_note)
    c.save()
    return build


def _draw_table(c, rows: list[list[str]], x0: float, y_top: float, width: float) -> float:
    """A ruled table (grid lines); cell text wraps inside its cell. Returns the y of its bottom edge."""
    size, leading, pad = 9.0, 12.0, 4.0
    ncol = len(rows[0])
    widths = [width * f for f in ([0.3, 0.25, 0.45] if ncol == 3 else [1 / ncol] * ncol)]
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    wrapped = [[_wrap(cell, w - 2 * pad, MINCHO, size) for cell, w in zip(r, widths)] for r in rows]
    heights = [max(len(cell) for cell in r) * leading + 2 * pad for r in wrapped]
    ys = [y_top]
    for h in heights:
        ys.append(ys[-1] - h)
    c.setLineWidth(0.7)
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for ri, r in enumerate(wrapped):
        for ci, cell in enumerate(r):
            font = GOTHIC if ri == 0 else MINCHO
            c.setFont(font, size)
            yy = ys[ri] - pad - size
            for piece in cell:
                c.drawString(xs[ci] + pad, yy, piece)
                yy -= leading
    return ys[-1]


def build_image_only_pdf(path: Path, pages: int = 3, text_pages: tuple[int, ...] = ()) -> None:
    """Pages carrying only a picture (like a scan); pages listed in text_pages also get a text line."""
    _register_fonts()
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (400, 300), 255)
    d = ImageDraw.Draw(img)
    for i in range(0, 300, 12):
        d.line((20, i, 380, i), fill=0, width=3)  # looks like lines of print
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for k in range(1, pages + 1):
        buf.seek(0)
        c.drawImage(ImageReader(buf), 60, 300, width=470, height=350)
        c.rect(50, 290, 490, 370)
        if k in text_pages:
            c.setFont(MINCHO, 10.5)
            c.drawString(60, 700, f"第{k}条（テキストのある頁）本文はここにあります。")
        c.showPage()
    c.save()


def build_encrypted_pdf(path: Path, user_password: str) -> None:
    _register_fonts()
    from reportlab.lib import pdfencrypt
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    enc = pdfencrypt.StandardEncryption(user_password, ownerPassword="owner-secret", canPrint=1, strength=128)
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=enc, invariant=1)
    c.setFont(MINCHO, 10.5)
    c.drawString(60, 760, "第１条（目的）")
    c.drawString(60, 740, "本約款は、暗号化されたＰＤＦの読み取りを確かめるためのものです。")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- Word (.docx)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _el(tag: str, **attrs):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    e = OxmlElement(f"w:{tag}")
    for k, v in attrs.items():
        e.set(qn(f"w:{k}"), str(v))
    return e


def add_abstract_num(doc, levels: list[dict], abstract_id: int, num_id: int) -> None:
    """Add a list definition: levels are dicts with fmt, text, start (and optional suff, restart)."""
    numbering = doc.part.numbering_part.element
    absn = _el("abstractNum", abstractNumId=abstract_id)
    absn.append(_el("multiLevelType", val="multilevel"))
    for i, lv in enumerate(levels):
        lvl = _el("lvl", ilvl=i)
        lvl.append(_el("start", val=lv.get("start", 1)))
        lvl.append(_el("numFmt", val=lv["fmt"]))
        if "restart" in lv:
            lvl.append(_el("lvlRestart", val=lv["restart"]))
        if "suff" in lv:
            lvl.append(_el("suff", val=lv["suff"]))
        lvl.append(_el("lvlText", val=lv["text"]))
        lvl.append(_el("lvlJc", val="left"))
        absn.append(lvl)
    # abstractNum elements must come before num elements
    first_num = numbering.find(_w("num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = _el("num", numId=num_id)
    num.append(_el("abstractNumId", val=abstract_id))
    numbering.append(num)


def set_numbering(paragraph, num_id: int, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = _el("numPr")
    numpr.append(_el("ilvl", val=ilvl))
    numpr.append(_el("numId", val=num_id))
    ppr.insert(0, numpr)


_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_LEVEL_PATTERNS = [
    re.compile(r"^第(?P<n>[0-9]+|[０-９]+)条"),
    re.compile(r"^(?P<n>[0-9]+|[０-９]+)(?P<p>[．.])"),
    re.compile(r"^(?P<o>[(（])(?P<n>[0-9]+|[０-９]+)(?P<c>[)）])"),
]


@dataclass
class DocxBuild:
    path: Path
    lines: list[str]  # the lines a reader sees (labels of automatic numbering included)
    numbered: int = 0  # paragraphs whose label is produced by Word numbering


def _label_levels(lines: list[str]) -> list[dict] | None:
    """Word list levels that reproduce the document's own labels (digit width, punctuation)."""
    found: list[re.Match | None] = []
    for rx in _LEVEL_PATTERNS:
        found.append(next((m for m in map(rx.match, lines) if m), None))
    if found[0] is None:
        return None
    levels = []
    for i, m in enumerate(found):
        n = m.group("n") if m else "1"
        fmt = "decimal" if n.isascii() else "decimalFullWidth"
        if i == 0:
            text = "第%1条"
        elif i == 1:
            text = "%2" + (m.group("p") if m else "．")
        else:
            text = (m.group("o") + "%3" + m.group("c")) if m else "(%3)"
        levels.append({"fmt": fmt, "text": text, "suff": "nothing"})
    return levels


def _render_label(level: dict, value: int) -> str:
    digits = str(value) if level["fmt"] == "decimal" else str(value).translate(_FW)
    return re.sub(r"%[1-3]", digits, level["text"])


def build_docx(lines: list[str], path: Path, *, auto_number: bool = True, table: list[list[str]] | None = None) -> DocxBuild:
    """One Word paragraph per logical line.

    With ``auto_number``, labels that follow Word's own counting — 第N条, under
    it N． (or N.), under that (N) — are taken out of the text and produced by a
    numbering definition (numPr), the way Word users number clauses; the digit
    width and punctuation follow the document's first labels. The reader must
    render them back exactly.
    """
    import docx

    doc = docx.Document()
    NUM = 40
    levels = _label_levels(lines) if auto_number else None
    if levels:
        add_abstract_num(doc, levels, abstract_id=90, num_id=NUM)
    counters = [0, 0, 0]
    build = DocxBuild(path=path, lines=[])
    for text in lines:
        level = None
        if levels:
            for lv, rx in enumerate(_LEVEL_PATTERNS):
                m = rx.match(text)
                if not m:
                    continue
                n = int(unicodedata.normalize("NFKC", m.group("n")))
                label = _render_label(levels[lv], counters[lv] + 1)
                higher_ok = lv == 0 or counters[lv - 1] > 0
                if text.startswith(label) and n == counters[lv] + 1 and higher_ok and (lv != 0 or is_heading(text)):
                    level = lv
                break
        if level is None:
            doc.add_paragraph(text)
            build.lines.append(text)
            continue
        counters[level] += 1
        for deeper in range(level + 1, 3):
            counters[deeper] = 0
        label = _render_label(levels[level], counters[level])
        p = doc.add_paragraph(text[len(label):])
        set_numbering(p, NUM, level)
        build.numbered += 1
        build.lines.append(text)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for ci, cell in enumerate(row):
                t.cell(r, ci).text = cell
        build.lines += [" | ".join(r) for r in table]
    doc.save(str(path))
    return build


def _add_footnotes_part(doc, notes: dict[int, str]) -> None:
    """python-docx cannot write footnotes: add word/footnotes.xml and its relationship by hand."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:t>{_esc(t)}</w:t></w:r></w:p></w:footnote>' for i, t in notes.items()
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f"{body}</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)


def _tracked(kind: str, text: str, change_id: int):
    """<w:ins> or <w:del> holding one run with ``text``."""
    el = _el(kind, id=change_id, author="Reviewer", date="2025-01-10T09:00:00Z")
    r = _el("r")
    t = _el("t" if kind == "ins" else "delText")
    t.text = text
    r.append(t)
    el.append(r)
    return el


def build_docx_tracked(path: Path) -> dict:
    """A short agreement with tracked changes (also in a table cell), a footnote and a manual line break."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("第１条（目的）")
    p = doc.add_paragraph()
    p.add_run("本約款は、当社が提供する")
    p._p.append(_tracked("ins", "クラウド", 1))
    p.add_run("サービスの利用条件を定める")
    p._p.append(_tracked("del", "ものであり、すべての利用者に適用される", 2))
    p.add_run("。")
    ref = _el("r")
    ref.append(_el("footnoteReference", id=1))
    p._p.append(ref)
    _add_footnotes_part(doc, {1: "利用条件の詳細は別表に定める。"})
    doc.add_paragraph("第２条（定義）")
    p = doc.add_paragraph("本約款において使用する用語の意義は、")
    p.add_run().add_break()
    p.add_run("次のとおりとする。")
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "区分", "月額"
    t.cell(1, 0).text = "ライト"
    cell_p = t.cell(1, 1).paragraphs[0]
    cell_p.add_run("1,")
    cell_p._p.append(_tracked("del", "000", 3))
    cell_p._p.append(_tracked("ins", "100", 4))
    cell_p.add_run("円")
    doc.save(str(path))
    return {
        "text": [
            "第１条（目的）",
            "本約款は、当社が提供するクラウドサービスの利用条件を定める。",
            "第２条（定義）",
            "本約款において使用する用語の意義は、",
            "次のとおりとする。",
            "区分 | 月額",
            "ライト | 1,100円",
        ],
        # (kind, text of the record, the text it spans in Source.text, the text right after it)
        "removed": [
            ("tracked-change", "inserted: クラウド", "クラウド", "クラウドサービス"),
            ("tracked-change", "deleted: ものであり、すべての利用者に適用される", "", "。"),
            ("footnote", "利用条件の詳細は別表に定める。", "", "\n第２条"),
            ("tracked-change", "deleted: 000", "", "100円"),
            ("tracked-change", "inserted: 100", "100", "100円"),
        ],
        "table": [["区分", "月額"], ["ライト", "1,100円"]],
    }


# Word number formats and the labels a reader sees for counters 1, 2, 3, and 11
NUMBER_FORMATS = {
    "decimal": (["1", "2", "3"], "11"),
    "decimalFullWidth": (["１", "２", "３"], "１１"),
    "decimalEnclosedCircle": (["①", "②", "③"], "⑪"),
    "decimalEnclosedParen": (["⑴", "⑵", "⑶"], "⑾"),
    "aiueoFullWidth": (["ア", "イ", "ウ"], "サ"),
    "irohaFullWidth": (["イ", "ロ", "ハ"], "ル"),
    "iroha": (["ｲ", "ﾛ", "ﾊ"], "ﾙ"),
    "aiueo": (["ｱ", "ｲ", "ｳ"], "ｻ"),
    "japaneseCounting": (["一", "二", "三"], "十一"),
    "lowerLetter": (["a", "b", "c"], "k"),
    "upperRoman": (["I", "II", "III"], "XI"),
    "lowerRoman": (["i", "ii", "iii"], "xi"),
    "ideographTraditional": (["甲", "乙", "丙"], None),
}


def build_docx_formats(path: Path) -> list[str]:
    """One list per Word number format, each with three items; returns the lines a reader sees.

    Also a two-level list where the second level restarts under each first-level
    item, and a list whose counting continues across an unnumbered paragraph.
    """
    import docx

    doc = docx.Document()
    expected = []
    for i, (fmt, (labels, _)) in enumerate(NUMBER_FORMATS.items()):
        aid, nid = 100 + i, 200 + i
        add_abstract_num(doc, [{"fmt": fmt, "text": "%1.", "suff": "space"}], aid, nid)
        doc.add_paragraph(f"形式 {fmt}")
        expected.append(f"形式 {fmt}")
        for lab in labels:
            p = doc.add_paragraph(f"項目{lab}")
            set_numbering(p, nid, 0)
            expected.append(f"{lab}. 項目{lab}")
    # two levels: 第%1条 / %2.  — the second level restarts under each article
    add_abstract_num(
        doc,
        [{"fmt": "decimal", "text": "第%1条", "suff": "space"}, {"fmt": "decimal", "text": "%1-%2.", "suff": "space"}],
        300,
        400,
    )
    for art in (1, 2):
        p = doc.add_paragraph("見出し")
        set_numbering(p, 400, 0)
        expected.append(f"第{art}条 見出し")
        for para in (1, 2):
            p = doc.add_paragraph("本文")
            set_numbering(p, 400, 1)
            expected.append(f"{art}-{para}. 本文")
        doc.add_paragraph("（番号のない段落）")
        expected.append("（番号のない段落）")
    # start at 5
    add_abstract_num(doc, [{"fmt": "decimal", "text": "(%1)", "start": 5, "suff": "nothing"}], 301, 401)
    for n in (5, 6):
        p = doc.add_paragraph("続き")
        set_numbering(p, 401, 0)
        expected.append(f"({n})続き")
    doc.save(str(path))
    return expected


# ---------------------------------------------------------------- HTML


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class HtmlBuild:
    path: Path
    lines: list[str]
    dropped: list[str]  # text in nav/header/footer/script that must not appear


def build_html(lines: list[str], path: Path, *, variant: str = "p", charset: str = "utf-8") -> HtmlBuild:
    """A web page around the agreement: site header, navigation, footer and scripts to drop.

    variant "p": headings as <h2>, one <p> per line; "dl": like many Japanese
    terms pages, <dt>第1条 …</dt><dd>…</dd>. The body text is wrapped onto
    several source lines to check whitespace handling.
    """
    dropped = ["サイト共通ヘッダー", "サイトマップ", "サイトフッター", "var tracking = 1;"]
    body: list[str] = []
    if variant == "dl":
        body.append(f"<h1>{_esc(lines[0])}</h1>")
        open_dl = False
        for text in lines[1:]:
            if is_heading(text):
                if not open_dl:
                    body.append("<dl>")
                    open_dl = True
                body.append(f"<dt>{_esc(text)}</dt>")
            elif open_dl:
                body.append(f"<dd>{_html_wrap(text)}</dd>")
            else:
                body.append(f"<p>{_html_wrap(text)}</p>")
        if open_dl:
            body.append("</dl>")
    else:
        body.append(f"<h1>{_esc(lines[0])}</h1>")
        for text in lines[1:]:
            if is_heading(text):
                body.append(f"<h2>{_esc(text)}</h2>")
            else:
                body.append(f"<p>{_html_wrap(text)}</p>")
    page = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="{charset}">
<title>{_esc(lines[0])}</title>
<style>body {{ font-family: serif; }} .x::before {{ content: "装飾"; }}</style>
<script>var tracking = 1;</script>
</head>
<body>
<header><div class="logo">サイト共通ヘッダー</div> <a href="/login">ログイン</a></header>
<nav><ul><li><a href="/">ホーム</a></li><li><a href="/fees">料金</a></li><li><a href="/map">サイトマップ</a></li></ul></nav>
<main>
{chr(10).join(body)}
</main>
<aside>関連リンク：よくある質問</aside>
<footer><p>&copy; 2025 Example サイトフッター</p></footer>
<noscript>JavaScriptを有効にしてください</noscript>
</body>
</html>
"""
    # Sites that declare Shift_JIS really use Microsoft's superset (①, ㈱ …)
    codec = {"shift_jis": "cp932", "euc-jp": "euc_jp"}.get(charset.lower(), charset)
    path.write_bytes(page.encode(codec, errors="strict"))
    dropped += ["関連リンク", "JavaScriptを有効に"]
    assert not any(d in "\n".join(lines) for d in dropped), "pick page chrome that the agreement does not contain"
    return HtmlBuild(path=path, lines=list(lines), dropped=dropped)


def _html_wrap(text: str, every: int = 40) -> str:
    """Escape and break the source line every ``every`` characters, between CJK characters only."""
    out, n = [], 0
    for i, ch in enumerate(text):
        out.append(_esc(ch))
        n += 1
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if n >= every and nxt and display_width(ch) == 2 and display_width(nxt) == 2:
            out.append("\n  ")
            n = 0
    return "".join(out)


# ---------------------------------------------------------------- comparing


def squeeze(text: str) -> str:
    """Text with all white space deleted: PDF line breaks and spacing fall anywhere."""
    return re.sub(r"\s+", "", text)


def fidelity(expected: str, got: str) -> tuple[int, int]:
    """(characters of ``expected`` found in order in ``got``, len(expected)), white space ignored."""
    from fast_diff_match_patch import diff

    a, b = squeeze(expected), squeeze(got)
    if a == b:
        return len(a), len(a)
    same = sum(len(t) for op, t in diff(a, b, timelimit=0, cleanup="Semantic", counts_only=False) if op == "=")
    return same, len(a)


def shape(doc) -> list[tuple]:
    """The parsed structure to compare: per article its part, number, title, paragraph numbers, item labels."""
    return [
        (a.part, a.number, a.title, [(p.number, [it.label for it in p.all_items()]) for p in a.paragraphs])
        for a in doc.all_articles()
    ]


def assert_same_document(source_text: str, src, tmp_path, label: str, record_property) -> None:
    """The document read from `src` (a PDF/Word/HTML Source) has the structure and the normalized
    text of `source_text` read as a plain text file; the fidelity figure is reported."""
    from pipeline.api import document_from_source, read_document

    txt = tmp_path / "source.txt"
    txt.write_text(source_text.rstrip("\n") + "\n", encoding="utf-8")
    expected = read_document(txt)
    got = document_from_source(src)
    same, total = fidelity(expected.norm.text, got.norm.text)
    record_property("normalized_fidelity", f"{same}/{total}")
    print(f"\n{label}: {len(expected.articles)} articles, normalized text {same}/{total}")
    assert len(expected.articles) >= 10
    assert shape(got) == shape(expected)
    assert squeeze(got.norm.text) == squeeze(expected.norm.text)
