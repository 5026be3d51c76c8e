"""Word (.docx) ingest: the text a reader sees in Word, one paragraph per line.

python-docx opens the package; the body is then walked as XML because the
parts a reader sees but python-docx's ``paragraph.text`` does not render
matter here:

* automatic numbering (numPr): the label Word draws — 第１条, ２．, (3), ①, イ —
  is built from numbering.xml (lvlText, numFmt, start, lvlRestart) with one
  counter per list (numId) and level, so that it reaches the text like any
  typed label;
* tracked changes: the text is read as if every change were accepted
  (insertions kept, deletions dropped), and each change is recorded;
* tables (one line per row, cells joined by " | "), content controls, and
  hyperlinks;
* footnotes: the body keeps the reference mark's place only; the footnote
  text is recorded as removed (kind footnote) at that place.

Page headers, footers and comments live in other parts of the package and
are not part of the body, so they never reach the text.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import BadInput, ClausediffError, LimitExceeded
from ..grammar import TO_WIDE_DIGITS
from ..model import Removal, Source

if TYPE_CHECKING:
    from .base import Deadline, Limits

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _val(el, attr: str = "val") -> str | None:
    return None if el is None else el.get(_w(attr))


# ---------------------------------------------------------------- number formats

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿"
_PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULLSTOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン"
_HALF_KANA = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンヰヱ",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｲｴ",
))
_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
_KANJI_DIGITS = "〇一二三四五六七八九"
_LEGAL_DIGITS = "〇壱弐参四伍六七八九"


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter: a … z, aa … zz, aaa …
    return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * ((n - 1) // 26 + 1)


def _kanji_counting(n: int, digits: str = _KANJI_DIGITS, ten: str = "十", hundred: str = "百", thousand: str = "千") -> str:
    if n == 0:
        return digits[0]
    out = ""
    for unit, mark in ((1000, thousand), (100, hundred), (10, ten)):
        q, n = divmod(n, unit)
        if q:
            out += ("" if q == 1 else digits[q]) + mark
    if n:
        out += digits[n]
    return out


def _cycle(seq: str, n: int) -> str:
    return seq[(n - 1) % len(seq)] if n > 0 else ""


def format_number(n: int, fmt: str | None) -> str:
    """The label text Word shows for counter value ``n`` in number format ``fmt``."""
    fmt = fmt or "decimal"
    if fmt in ("decimal", "decimalHalfWidth"):
        return str(n)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(TO_WIDE_DIGITS)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 1 <= n <= len(_CIRCLED) else str(n)
    if fmt == "decimalEnclosedParen":
        return _PAREN[n - 1] if 1 <= n <= len(_PAREN) else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return _FULLSTOP[n - 1] if 1 <= n <= len(_FULLSTOP) else f"{n}."
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "aiueoFullWidth":
        return _cycle(_AIUEO, n)
    if fmt == "aiueo":
        return _HALF_KANA.get(_cycle(_AIUEO, n), "")
    if fmt == "irohaFullWidth":
        return _cycle(_IROHA, n)
    if fmt == "iroha":
        return _HALF_KANA.get(_cycle(_IROHA, n), "")
    if fmt in ("japaneseCounting", "chineseCounting", "chineseCountingThousand"):
        return _kanji_counting(n)
    if fmt == "japaneseLegal":
        return _kanji_counting(n, _LEGAL_DIGITS, "拾", "百", "阡")
    if fmt in ("japaneseDigitalTenThousand", "ideographDigital"):
        return "".join(_KANJI_DIGITS[int(d)] for d in str(n))
    if fmt == "ideographTraditional":
        return _cycle(_TRADITIONAL, n)
    if fmt == "ideographZodiac":
        return _cycle(_ZODIAC, n)
    if fmt == "none":
        return ""
    return str(n)


# Private-use bullets of the Symbol and Wingdings fonts, as a reader sees them.
_BULLETS = {"\uf0b7": "•", "\uf06c": "●", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✓", "\uf06e": "■", "o": "o"}


# ---------------------------------------------------------------- numbering


@dataclass
class Level:
    fmt: str = "decimal"
    text: str | None = None  # lvlText, e.g. 第%1条
    start: int = 1
    restart: int | None = None  # lvlRestart: None = after any higher level, 0 = never
    suffix: str = "tab"  # tab, space, nothing
    legal: bool = False  # isLgl: every level shown as decimal


@dataclass
class Numbering:
    """numbering.xml: list instances (numId) → their levels, plus live counters."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def from_part(cls, root) -> "Numbering":
        nb = cls()
        if root is None:
            return nb
        abstract: dict[str, dict[int, Level]] = {}
        links: dict[str, str] = {}
        for an in root.iter(_w("abstractNum")):
            aid = _val(an, "abstractNumId")
            abstract[aid] = {int(_val(lv, "ilvl") or 0): _read_level(lv) for lv in an.findall(_w("lvl"))}
            link = _val(an.find(_w("numStyleLink")))
            if link:
                links[aid] = link
            style_link = _val(an.find(_w("styleLink")))
            if style_link:
                links.setdefault("style:" + style_link, aid)
        for num in root.iter(_w("num")):
            nid = _val(num, "numId")
            aid = _val(num.find(_w("abstractNumId")))
            if aid in links and "style:" + links[aid] in links:
                aid = links["style:" + links[aid]]  # a list style: use the definition it links to
            levels = {k: Level(**vars(v)) for k, v in abstract.get(aid, {}).items()}
            for ov in num.findall(_w("lvlOverride")):
                ilvl = int(_val(ov, "ilvl") or 0)
                lv_el = ov.find(_w("lvl"))
                if lv_el is not None:
                    levels[ilvl] = _read_level(lv_el)
                so = _val(ov.find(_w("startOverride")))
                if so is not None:
                    levels.setdefault(ilvl, Level()).start = int(so)
            nb.levels[nid] = levels
        return nb

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counter of (num_id, ilvl) and return the label Word draws, with its suffix."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return None
        counters = self.counters.setdefault(num_id, {})
        lv = levels[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else lv.start
        for deeper, dl in levels.items():
            if deeper <= ilvl or deeper not in counters:
                continue
            # lvlRestart n: restart after a level numbered below n is used; 0: never
            if dl.restart is None or (dl.restart != 0 and ilvl < dl.restart):
                del counters[deeper]
        if lv.fmt == "bullet":
            text = _BULLETS.get(lv.text or "", lv.text or "•")
        else:
            text = lv.text if lv.text is not None else f"%{ilvl + 1}."

            def sub(m: re.Match) -> str:
                k = int(m.group(1)) - 1
                ref = levels.get(k)
                if ref is None:
                    return ""
                value = counters.get(k, ref.start)
                fmt = "decimal" if (lv.legal and k < ilvl) else ref.fmt
                return format_number(value, fmt)

            text = re.sub(r"%([1-9])", sub, text)
        if not text:
            return ""
        return text + {"tab": " ", "space": " ", "nothing": ""}.get(lv.suffix, " ")


def _read_level(lv) -> Level:
    out = Level()
    out.fmt = _val(lv.find(_w("numFmt"))) or "decimal"
    text = lv.find(_w("lvlText"))
    out.text = _val(text) if text is not None else None
    start = _val(lv.find(_w("start")))
    out.start = int(start) if start is not None else 0  # the schema's default; Word always writes it
    restart = _val(lv.find(_w("lvlRestart")))
    out.restart = int(restart) if restart is not None else None
    out.suffix = _val(lv.find(_w("suff"))) or "tab"
    out.legal = lv.find(_w("isLgl")) is not None and _val(lv.find(_w("isLgl"))) not in ("0", "false")
    return out


@dataclass
class Styles:
    """Paragraph styles that carry numbering (見出し 1 linked to a list), with basedOn."""

    num: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    based_on: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_part(cls, root) -> "Styles":
        st = cls()
        if root is None:
            return st
        for s in root.iter(_w("style")):
            sid = _val(s, "styleId")
            based = _val(s.find(_w("basedOn")))
            if based:
                st.based_on[sid] = based
            numpr = s.find(f"{_w('pPr')}/{_w('numPr')}")
            if numpr is not None:
                nid = _val(numpr.find(_w("numId")))
                ilvl = _val(numpr.find(_w("ilvl")))
                st.num[sid] = (nid, int(ilvl) if ilvl is not None else None)
        return st

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in self.num:
                return self.num[style_id]
            style_id = self.based_on.get(style_id)
        return None, None


# ---------------------------------------------------------------- body walk


@dataclass
class Change:
    kind: str  # inserted, deleted (tracked changes), footnote (its text; the body keeps only the mark)
    text: str
    start: int  # offset in the paragraph text

    def removal(self, at: int) -> Removal:
        if self.kind == "footnote":
            return Removal("footnote", self.text, at, at)
        end = at + (len(self.text) if self.kind == "inserted" else 0)
        return Removal("tracked-change", f"{self.kind}: {self.text}", at, end)

    @classmethod
    def of(cls, r: Removal, start: int) -> "Change":
        if r.kind == "footnote":
            return cls("footnote", r.text, start)
        kind, _, text = r.text.partition(": ")
        return cls(kind, text, start)


class Reader:
    def __init__(self, numbering: Numbering, styles: Styles, footnotes: dict[str, str] | None = None):
        self.numbering = numbering
        self.styles = styles
        self.footnotes = footnotes or {}
        self.lines: list[str] = []
        self.removed: list[Removal] = []
        self.tables: list[list[list[str]]] = []
        self.pos = 0
        self.inserted = self.deleted = 0
        self._join_next = False  # a paragraph mark deleted as a tracked change
        self.deadline = None  # the document's time budget (ingest.Deadline), looked at every 512 lines

    # -- output

    def emit(self, line: str, changes: list[Change] = ()) -> None:
        if self._join_next and self.lines:
            base = self.pos - 1  # the previous line's "\n" goes away
            self.lines[-1] += line
            self.pos -= 1
        else:
            base = self.pos
            self.lines.append(line)
            if self.deadline is not None and len(self.lines) % 512 == 0:
                self.deadline.check(f"reading the Word document at line {len(self.lines):,}")
        for ch in changes:
            self.removed.append(ch.removal(base + ch.start))
        self.pos += len(line) + 1
        self._join_next = False

    # -- block level

    def block(self, el) -> None:
        for child in el:
            tag = child.tag
            if tag == _w("p"):
                self.paragraph(child)
            elif tag == _w("tbl"):
                self.table(child)
            elif tag == _w("sdt"):
                content = child.find(_w("sdtContent"))
                if content is not None:
                    self.block(content)
            elif tag in (_w("customXml"), _w("ins"), _w("moveTo")):
                self.block(child)
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    self.block(choice)

    def paragraph(self, p) -> None:
        text, changes, boxes = self.inline(p)
        label = self.paragraph_label(p)
        if label:
            changes = [Change(c.kind, c.text, c.start + len(label)) for c in changes]
            text = label + text
        if text.strip() or changes or not self._join_next:
            self.emit(text, changes)
        ppr = p.find(_w("pPr"))
        mark = ppr.find(f"{_w('rPr')}/{_w('del')}") if ppr is not None else None
        if mark is not None:
            # the paragraph mark itself was deleted: accepted, this paragraph runs into the next
            self._join_next = True
            self.deleted += 1
        for box in boxes:  # text boxes, after the paragraph that anchors them
            self.block(box)

    def paragraph_label(self, p) -> str:
        ppr = p.find(_w("pPr"))
        if ppr is None:
            return ""
        numpr = ppr.find(_w("numPr"))
        style_id = _val(ppr.find(_w("pStyle")))
        nid, ilvl = self.styles.numbering(style_id)
        if numpr is not None:
            nid = _val(numpr.find(_w("numId"))) or nid  # numId 0 switches the style's numbering off
            lv = _val(numpr.find(_w("ilvl")))
            if lv is not None:
                ilvl = int(lv)
        if not nid or nid == "0":
            return ""
        return self.numbering.label(nid, ilvl or 0) or ""

    def inline(self, el) -> tuple[str, list[Change], list]:
        """Text of a paragraph with changes accepted; the tracked changes; text box contents."""
        out: list[str] = []
        changes: list[Change] = []
        boxes: list = []
        length = 0

        def walk(node, state: str | None) -> None:
            nonlocal length
            for child in node:
                tag = child.tag
                if tag == _w("pPr") or tag == _w("rPr"):
                    continue
                if tag in (_w("del"), _w("moveFrom")):
                    gone = "".join(t.text or "" for t in child.iter(_w("delText"), _w("t")))
                    if gone:
                        changes.append(Change("deleted", gone, length))
                        self.deleted += 1
                    continue
                if tag in (_w("ins"), _w("moveTo")):
                    before = length
                    walk(child, "ins")
                    added = "".join(out)[before:] if state != "ins" else ""
                    if added and state != "ins":
                        changes.append(Change("inserted", added, before))
                        self.inserted += 1
                    continue
                if tag == _w("r"):
                    rpr = child.find(_w("rPr"))
                    if rpr is not None and rpr.find(_w("vanish")) is not None and _val(rpr.find(_w("vanish"))) not in ("0", "false"):
                        continue  # hidden text
                    walk(child, state)
                    continue
                if tag == _w("t"):
                    s = child.text or ""
                    out.append(s)
                    length += len(s)
                elif tag in (_w("tab"), _w("ptab")):
                    out.append("\t")
                    length += 1
                elif tag in (_w("br"), _w("cr")):
                    if _val(child, "type") not in ("page", "column"):
                        out.append("\n")  # a manual line break (Shift+Enter) starts a new line on the page
                        length += 1
                elif tag == _w("noBreakHyphen"):
                    out.append("-")
                    length += 1
                elif tag == _w("sym"):
                    ch = _val(child, "char")
                    if ch:
                        s = _BULLETS.get(chr(0xF000 | int(ch, 16) if int(ch, 16) < 0x100 else int(ch, 16)), "")
                        out.append(s)
                        length += len(s)
                elif tag == _w("txbxContent"):
                    boxes.append(child)
                elif tag == _w("footnoteReference"):
                    note = self.footnotes.get(_val(child, "id") or "")
                    if note:
                        changes.append(Change("footnote", note, length))
                elif tag in (_w("instrText"), _w("delInstrText"), _w("endnoteReference"), _w("commentReference")):
                    continue
                elif tag == f"{{{MC}}}AlternateContent":
                    choice = child.find(f"{{{MC}}}Choice")
                    if choice is not None:
                        walk(choice, state)
                else:
                    # hyperlink, smartTag, fldSimple, sdt, drawing containers, …
                    walk(child, state)

        walk(el, None)
        # a w:p nested in a text box is walked as a block, not as inline text
        return "".join(out), changes, boxes

    def table(self, tbl) -> None:
        rows: list[list[str]] = []
        row_changes: list[list[list[Change]]] = []
        for tr in tbl.findall(_w("tr")):
            cells, cell_changes = [], []
            for tc in tr.findall(_w("tc")):
                sub = Reader(self.numbering, self.styles, self.footnotes)
                sub.block(tc)
                self.inserted += sub.inserted
                self.deleted += sub.deleted
                self.tables.extend(sub.tables)
                text, changes = _cell_text(sub)
                cells.append(text)
                cell_changes.append(changes)
            rows.append(cells)
            row_changes.append(cell_changes)
        if not rows:
            return
        self.tables.append(rows)
        for cells, changes in zip(rows, row_changes):
            moved, at = [], 0
            for text, cc in zip(cells, changes):
                moved += [Change(c.kind, c.text, at + c.start) for c in cc]
                at += len(text) + 3  # " | "
            self.emit(" | ".join(cells), moved)


def _cell_text(sub: Reader) -> tuple[str, list[Change]]:
    """A cell's lines joined by spaces, with its changes moved to offsets in that text."""
    parts, starts = [], []  # stripped lines; (offset in the sub text, offset in the cell text) of each
    offset = cell = 0
    for ln in sub.lines:
        stripped = ln.strip()
        if stripped:
            lead = len(ln) - len(ln.lstrip())
            starts.append((offset + lead, cell, len(stripped)))
            parts.append(stripped)
            cell += len(stripped) + 1
        offset += len(ln) + 1
    changes = []
    for r in sub.removed:
        where = 0
        for sub_at, cell_at, n in starts:
            if r.start >= sub_at:
                where = cell_at + min(r.start - sub_at, n)
        changes.append(Change.of(r, where))
    return " ".join(parts), changes


# ---------------------------------------------------------------- entry point


def _footnotes(data: bytes) -> dict[str, str]:
    """Footnote texts by id, from word/footnotes.xml (separators left out)."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        try:
            xml = zf.read("word/footnotes.xml")
        except KeyError:
            return {}
    root = etree.fromstring(xml)
    out = {}
    for fn in root.iter(_w("footnote")):
        if fn.get(_w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paras = ["".join(t.text or "" for t in p.iter(_w("t"))).strip() for p in fn.iter(_w("p"))]
        text = " ".join(p for p in paras if p)
        if text:
            out[fn.get(_w("id"))] = text
    return out


def read_docx(data: bytes, name: str, limits: "Limits", deadline: "Deadline | None" = None) -> Source:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise BadInput("reading .docx needs the python-docx package", name) from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            try:
                info = zf.getinfo("word/document.xml")
            except KeyError:
                raise BadInput("not a Word document: the package has no word/document.xml", name) from None
            if info.file_size > max(limits.max_bytes, 1) * 20:
                raise LimitExceeded(
                    f"word/document.xml unpacks to {info.file_size:,} bytes, over 20 x the input size limit "
                    f"(see --max-mb)", name
                )
            # python-docx reads every part into memory: a ZIP bomb in any part (an image, the
            # footnotes) counts, not only the document body
            unpacked = sum(i.file_size for i in zf.infolist())
            if unpacked > max(limits.max_bytes, 1) * 20:
                raise LimitExceeded(
                    f"the package unpacks to {unpacked:,} bytes, over 20 x the input size limit (see --max-mb)", name
                )
            if any(n.startswith("EncryptedPackage") for n in zf.namelist()):
                raise BadInput("encrypted Word document: save an unprotected copy first", name)
    except ClausediffError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, NotImplementedError) as e:
        # NotImplementedError: zipfile's word for a damaged version or compression field ("zip file version 8.4")
        raise BadInput(f"damaged .docx (not a readable ZIP package: {e})", name) from None
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        try:
            numbering_root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            numbering_root = None
        try:
            styles_root = document.styles.element
        except (NotImplementedError, KeyError, AttributeError):
            styles_root = None
        reader = Reader(Numbering.from_part(numbering_root), Styles.from_part(styles_root), _footnotes(data))
        reader.deadline = deadline
        reader.block(body)
    except ClausediffError:
        raise
    except PackageNotFoundError:
        raise BadInput("damaged .docx (python-docx cannot open the package)", name) from None
    except Exception as e:  # lxml syntax errors, missing parts, broken relationships
        raise BadInput(f"damaged .docx ({type(e).__name__}: {e})", name) from None

    notes = []
    if reader.inserted or reader.deleted:
        notes.append(
            f"tracked changes read as accepted: {reader.inserted} insertion(s), {reader.deleted} deletion(s)"
        )
    if reader.tables:
        notes.append(f"{len(reader.tables)} table(s) found")
    text = "\n".join(reader.lines)
    if text:
        text += "\n"
    return Source(
        path=name,
        sha256="",
        format="docx",
        encoding=None,
        text=text,
        removed=reader.removed,
        notes=notes,
        tables=reader.tables,
    )
