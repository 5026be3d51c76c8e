"""The Word 新旧対照表 that goes into a 稟議書 or a 総会議案書.

``diff_docx(result, include_unchanged=False) -> bytes``: A4 landscape; the title and both
versions' dates at the top; one table 新（改正後） | 旧（改正前） | 備考 | 確認 | コメント whose
header row repeats on every page; one row per changed unit (article, 附則 article, annex
unit, 前文 …), unchanged units omitted (and counted) unless ``include_unchanged``; the
changed words underlined with a real run underline on both sides, exactly the changes of
the diff; 削除 / 新設 and 「第N条を第M条とする」 in 備考; page numbers in the footer.

Each side shows the source text as the reader knows it (``taisho.source_display``), cut
into the clause units the diff paired, one paragraph per unit.
"""

from __future__ import annotations

import io
import re

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from .html import is_changed_row, remarks
from .taisho import group_places, pair_rows, renumber_phrase
from .ooxml import stable

HEADER = ("新（改正後）", "旧（改正前）", "備考", "確認", "コメント")
# Widths in mm on A4 landscape with 15 mm margins (267 mm of text width).
WIDTHS_MM = (100, 100, 35, 14, 18)
REVIEW_DEFAULT = "未確認"
FONT_MINCHO = "游明朝"
FONT_GOTHIC = "游ゴシック"

# Characters XML 1.0 cannot hold (a document may carry them; Word would refuse the file).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# A date as a cover page writes it (2026年5月10日, 令和7年4月1日): shown when the parser found
# no effective date or version, because the cover date is how reviewers tell versions apart.
_DATE = re.compile(r"(?:[0-9]{4}|(?:令和|平成|昭和)(?:[0-9]{1,2}|元))年[0-9]{1,2}月[0-9]{1,2}日")


def _x(s) -> str:
    return _XML_ILLEGAL.sub("", "" if s is None else str(s))


def shown_in_table(pair) -> bool:
    """A changed unit, or one only renumbered (the renumbering is itself an amendment)."""
    return is_changed_row(pair) or renumber_phrase(pair) is not None


def _set_east_asian_font(style_or_run, name: str) -> None:
    rpr = style_or_run.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def _field(paragraph, instr: str) -> None:
    """A Word field (PAGE, NUMPAGES) computed by Word when the page is laid out."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _cant_split_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _write_side(cell, cells_per_row: list, placeholder: str | None) -> None:
    """One paragraph per clause unit; changed segments as underlined runs. A unit only the other
    side has leaves an empty paragraph here, so the units that follow stay in the same order on
    both sides (the blank facing the other side's underlined unit, as printed 対照表 do)."""
    first = True
    if placeholder is not None:
        cell.paragraphs[0].add_run(placeholder)
        return
    for cell_ in cells_per_row:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if cell_ is None:
            continue
        for seg in cell_.segments():
            if not seg.text:
                continue  # a point where the other side has words: nothing to underline here
            lines = _x(seg.text).split("\n")
            for k, line in enumerate(lines):
                run = para.add_run(line)
                if k + 1 < len(lines):
                    run.add_break()
                if seg.change is not None:
                    run.underline = True


def _remarks_lines(pair, groups_by_id) -> list[str]:
    out = []
    words = remarks(pair)
    phrase = renumber_phrase(pair)
    if phrase:
        out.append(phrase)
        words = [w for w in words if w not in ("繰上げ", "繰下げ", "番号変更", "変更なし")]
    out.extend(words)
    seen = set()
    for c in pair.changes:
        g = groups_by_id.get(getattr(c, "group", None))
        if g is not None and g.id not in seen:
            seen.add(g.id)
            out.append(f"一括置換「{g.old_text}」→「{g.new_text}」（全{g.count}箇所）")
    return out


def diff_docx(result, include_unchanged: bool = False) -> bytes:
    """The Word 新旧対照表 of a diff, as the bytes of a .docx file."""
    doc = new_docx()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(15))
    section.top_margin, section.bottom_margin = Mm(15), Mm(15)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(9.5)
    _set_east_asian_font(normal, FONT_MINCHO)

    title = result.new.title or result.old.title or "新旧対照表"
    head = doc.add_paragraph()
    run = head.add_run(_x(f"{title}　新旧対照表"))
    run.bold = True
    run.font.size = Pt(14)
    _set_east_asian_font(run, FONT_GOTHIC)
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for side, d in (("新（改正後）", result.new), ("旧（改正前）", result.old)):
        doc.add_paragraph(_x(f"{side}: {_version_line(d)}"))

    shown = [p for p in result.pairs if include_unchanged or shown_in_table(p)]
    omitted = len(result.pairs) - len(shown)
    groups_by_id = {g.id: g for g in result.groups}
    for g in result.groups:
        doc.add_paragraph(_x(f"一括置換: 「{g.old_text}」→「{g.new_text}」 {g.count}箇所（"
                             + "、".join(group_places(g)) + "）"))
    if omitted:
        doc.add_paragraph(f"変更のない{omitted}件（条・附則・別紙等）は省略しています。")
    if not shown:
        doc.add_paragraph("変更はありません。")

    table = doc.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for col, w in zip(table.columns, WIDTHS_MM):
        col.width = Mm(w)  # the grid (w:gridCol) is what Word and LibreOffice lay out by; cells repeat it
    hdr = table.rows[0]
    _repeat_header(hdr)
    _cant_split_header(hdr)
    for cell, text, w in zip(hdr.cells, HEADER, WIDTHS_MM):
        cell.width = Mm(w)
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = True
        _set_east_asian_font(r, FONT_GOTHIC)
        _shade(cell, "E7E6E6")
    for pair in shown:
        rows = pair_rows(result, pair)
        cells = table.add_row().cells
        for cell, w in zip(cells, WIDTHS_MM):
            cell.width = Mm(w)
        _write_side(cells[0], [r.new for r in rows], "（削除）" if pair.new is None else None)
        _write_side(cells[1], [r.old for r in rows], "（新設）" if pair.old is None else None)
        rem = cells[2].paragraphs[0]
        lab = rem.add_run(_x(pair.label))
        lab.bold = True
        for line in _remarks_lines(pair, groups_by_id):
            cells[2].add_paragraph(_x(line))
        cells[3].paragraphs[0].add_run(REVIEW_DEFAULT)

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("- ")
    _field(footer, "PAGE")
    footer.add_run(" / ")
    _field(footer, "NUMPAGES")
    footer.add_run(" -")
    buf = io.BytesIO()
    doc.save(buf)
    return stable(buf.getvalue())


def _version_line(doc) -> str:
    md = doc.metadata or {}
    bits = []
    if md.get("effective_date"):
        bits.append(f"施行日 {md['effective_date']}")
    if md.get("version"):
        bits.append(f"版 {md['version']}")
    history = md.get("history") or []
    if not md.get("effective_date") and history and history[-1].get("date"):
        bits.append(f"{history[-1].get('kind') or '改定'} {history[-1]['date']}")
    if not bits and doc.preamble is not None:
        m = _DATE.search(doc.preamble.text)
        if m:
            bits.append(f"表紙の日付 {m.group(0)}")
    if not bits:
        bits.append("日付の記載なし")
    name = str(doc.source.path).replace("\\", "/").rsplit("/", 1)[-1]
    return "　".join(bits) + f"（{name}）"
