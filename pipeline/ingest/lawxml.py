"""e-Gov law XML (法令標準XML, the schema of e-Gov's 法令API and its bulk downloads) read as the law's text.

The text is laid out as a law is printed and as the text reader expects it: the title and the law's number, the
table of contents, chapter titles, each article's caption on its own line, 「第一条　」 before the first paragraph,
「２　」 before the others, items 「一　」 and sub-items 「イ　」 a line each, each 附則 under its own 「附　則」 line,
table rows a line each (cells joined by ｜, the sentences of a cell by ／), appendix tables at the end. Readings
of ruby (<Rt>) are dropped: they are pronunciation, not text of the law. An element this layout does not know is
read as lines of its text, so nothing the XML holds is left out.

The parser reads this text as it reads any plain-text law: the XML's own structure is the oracle its tests compare
with (tests/test_lawxml.py), not a second parser.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import BadInput
from ..model import Source
from .base import InputFormat

if TYPE_CHECKING:  # the parser is imported when a law XML is read, not by every command that loads the readers
    import xml.etree.ElementTree as ET

WIDE_SPACE = "\u3000"

# Elements whose text runs inside a sentence: their text and tails stay on the line.
_INLINE = frozenset({"Ruby", "Sup", "Sub", "Line", "QuoteStruct", "ArithFormula"})
# A title and the range or article its element relates to, written on one line: 「第一章　総則（第一条―第四条）」.
_TITLE_TAGS = frozenset({"PartTitle", "ChapterTitle", "SectionTitle", "SubsectionTitle", "DivisionTitle",
                         "AppdxTableTitle", "AppdxNoteTitle", "AppdxStyleTitle", "AppdxFormatTitle", "AppdxFigTitle",
                         "ArithFormulaNum", "SupplProvisionAppdxTableTitle", "SupplProvisionAppdxStyleTitle",
                         "SupplProvisionAppdxTitle", "TableStructTitle", "StyleStructTitle", "FigStructTitle",
                         "NoteStructTitle", "FormatStructTitle", "RemarksLabel", "TOCLabel", "TOCPreambleLabel",
                         "TOCAppdxTableLabel", "SupplProvisionLabel"})
_RELATED = frozenset({"RelatedArticleNum", "ArticleRange"})
# Divisions of the main provision (編, 章, 節, 款, 目): each title after a blank line, as laws are printed.
_DIVISIONS = ("Part", "Chapter", "Section", "Subsection", "Division")
_TOC_DIVISIONS = frozenset("TOC" + d for d in _DIVISIONS) | {"TOCArticle", "TOCSupplProvision", "TOCAppdxTableLabel",
                                                              "TOCPreambleLabel"}
# Item-like levels: a title, a sentence, and the levels under them.
_ITEM_LEVELS = {"Item": "Item"} | {f"Subitem{n}": f"Subitem{n}" for n in range(1, 11)}
_LIST_LEVELS = {"List": "List", "Sublist1": "Sublist1", "Sublist2": "Sublist2", "Sublist3": "Sublist3"}


def _inline_text(el: ET.Element) -> str:
    """The text of a sentence-level element, its ruby readings left out."""
    parts = [el.text or ""]
    for child in el:
        if child.tag != "Rt":
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _line(el: ET.Element) -> str:
    return _inline_text(el).strip()


class _Renderer:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, text: str) -> None:
        self.lines.append(text)

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    # -- the law --------------------------------------------------------------------------------------------------
    def law(self, root: ET.Element) -> None:
        law_num = root.find("LawNum")
        body = root.find("LawBody")
        if body is None:
            raise BadInput("an e-Gov law XML without its <LawBody>")
        title = body.find("LawTitle")
        if title is not None:
            self.add(_line(title))
        if law_num is not None and _line(law_num):
            self.add(f"（{_line(law_num)}）")
        for child in body:
            if child.tag == "LawTitle":
                continue
            self.blank()
            self.block(child, 0)

    def block(self, el: ET.Element, depth: int) -> None:
        """One element of the law's body, and everything under it."""
        handler = getattr(self, f"_{el.tag}", None)
        if handler is not None:
            handler(el, depth)
        elif el.tag in _TOC_DIVISIONS:
            self._toc_entry(el, depth)
        elif el.tag in _DIVISIONS:
            self._division(el, depth)
        elif el.tag in _ITEM_LEVELS:
            self._item(el, depth)
        elif el.tag in _LIST_LEVELS:
            self._list(el, depth)
        else:
            self._generic(el, depth)

    def _generic(self, el: ET.Element, depth: int) -> None:
        """An element this layout has no rule for: its titles on a line each, its sentences on a line, its other
        elements in turn."""
        own = (el.text or "").strip()
        if own:
            self.add(own)
        sentences: list[str] = []
        for child in el:
            if child.tag in ("Sentence", "Column") or child.tag in _INLINE:
                sentences.append(_sentence_block(child) if child.tag == "Column" else _line(child))
                continue
            if sentences:
                self.add(WIDE_SPACE.join(s for s in sentences if s))
                sentences = []
            if child.tag in _TITLE_TAGS:
                self._titled_line(el, child)
            elif child.tag in _RELATED:
                continue  # written beside its title
            elif len(child) == 0:
                text = _line(child)
                if text:
                    self.add(text)
            else:
                self.block(child, depth)
        if sentences:
            self.add(WIDE_SPACE.join(s for s in sentences if s))

    def _titled_line(self, parent: ET.Element, title: ET.Element) -> None:
        related = "".join(_line(c) for c in parent if c.tag in _RELATED)
        text = _line(title) + related
        if text:
            self.add(text)

    # -- table of contents ----------------------------------------------------------------------------------------
    def _TOC(self, el: ET.Element, depth: int) -> None:
        for child in el:
            if child.tag == "TOCLabel":
                self.add(_line(child))
            else:
                self.block(child, 1)
        self.blank()

    def _toc_entry(self, el: ET.Element, depth: int) -> None:
        titles = [c for c in el if c.tag in _TITLE_TAGS or c.tag in ("ArticleTitle", "ArticleCaption")]
        related = "".join(_line(c) for c in el if c.tag in _RELATED)
        own = "".join(_line(c) for c in titles) if titles else _line(el) if len(el) == 0 else ""
        if own or related:
            self.add(WIDE_SPACE * depth + own + related)
        for child in el:
            if child.tag in _TOC_DIVISIONS:
                self._toc_entry(child, depth + 1)

    # -- main provision and its divisions -------------------------------------------------------------------------
    def _MainProvision(self, el: ET.Element, depth: int) -> None:
        for child in el:
            self.block(child, depth)

    def _division(self, el: ET.Element, depth: int) -> None:
        self.lines.append("")  # every division's title after a blank line, the first one too
        for child in el:
            if child.tag in _TITLE_TAGS:
                self._titled_line(el, child)
            else:
                self.block(child, depth)

    def _Article(self, el: ET.Element, depth: int) -> None:
        caption = el.find("ArticleCaption")
        if caption is not None and _line(caption):
            self.add(_line(caption))
        title = el.find("ArticleTitle")
        lead = _line(title) if title is not None else ""
        for child in el:
            if child.tag in ("ArticleCaption", "ArticleTitle"):
                continue
            if child.tag == "Paragraph":
                self._paragraph(child, depth, lead)
                lead = ""
            else:
                self.block(child, depth)
        if lead:  # an article with no paragraph: its title alone
            self.add(lead)

    def _Paragraph(self, el: ET.Element, depth: int) -> None:
        self._paragraph(el, depth, "")

    def _paragraph(self, el: ET.Element, depth: int, lead: str) -> None:
        caption = el.find("ParagraphCaption")
        if caption is not None and _line(caption):
            self.add(_line(caption))
        num = el.find("ParagraphNum")
        label = lead or (_line(num) if num is not None else "")
        for child in el:
            if child.tag in ("ParagraphCaption", "ParagraphNum"):
                continue
            if child.tag == "ParagraphSentence":
                text = _sentence_block(child)
                self.add(f"{label}{WIDE_SPACE}{text}" if label else text)
                label = ""
            else:
                self.block(child, depth)
        if label:
            self.add(label)

    def _item(self, el: ET.Element, depth: int) -> None:
        title = el.find(f"{el.tag}Title")
        label = _line(title) if title is not None else ""
        sentence = el.find(f"{el.tag}Sentence")
        text = _sentence_block(sentence) if sentence is not None else ""
        self.add(WIDE_SPACE.join(p for p in (label, text) if p))
        for child in el:
            if child.tag not in (f"{el.tag}Title", f"{el.tag}Sentence"):
                self.block(child, depth)

    def _list(self, el: ET.Element, depth: int) -> None:
        level = 1 if el.tag == "List" else int(el.tag[-1]) + 1
        sentence = el.find(f"{el.tag}Sentence")
        if sentence is not None:
            self.add(WIDE_SPACE * level + _sentence_block(sentence))
        for child in el:
            if child.tag != f"{el.tag}Sentence":
                self.block(child, depth)

    # -- tables ---------------------------------------------------------------------------------------------------
    def _TableStruct(self, el: ET.Element, depth: int) -> None:
        for child in el:
            if child.tag == "Table":
                for row in child:
                    if row.tag in ("TableRow", "TableHeaderRow"):
                        self.add("｜".join(_cell(c) for c in row))
            else:
                self.block(child, depth)

    # -- supplementary provisions and appendices ------------------------------------------------------------------
    def _SupplProvision(self, el: ET.Element, depth: int) -> None:
        self.blank()
        label = el.find("SupplProvisionLabel")
        head = _line(label) if label is not None else "附　則"
        if el.get("AmendLawNum"):
            head += f"{WIDE_SPACE}（{el.get('AmendLawNum')}）"
        if el.get("Extract") == "true":
            head += f"{WIDE_SPACE}抄"
        self.add(head)
        for child in el:
            if child.tag != "SupplProvisionLabel":
                self.block(child, depth)

    def _appendix(self, el: ET.Element, depth: int) -> None:
        self.blank()
        self._generic(el, depth)

    _AppdxTable = _AppdxNote = _AppdxStyle = _AppdxFormat = _AppdxFig = _Appdx = _appendix
    _SupplProvisionAppdxTable = _SupplProvisionAppdxStyle = _SupplProvisionAppdx = _appendix


def _sentence_block(el: ET.Element) -> str:
    """A paragraph's or an item's sentences: one run of text, the cells of a definition item (Column) joined by a
    wide space as printed (「一　法令　法律、…」)."""
    columns = [c for c in el if c.tag == "Column"]
    if columns:
        return WIDE_SPACE.join(_sentence_block(c) for c in columns)
    return "".join(_line(c) for c in el if c.tag == "Sentence") or _line(el)


def _cell(column: ET.Element) -> str:
    """A table cell: its sentences and items joined by ／, an item as 「一　…」."""
    parts: list[str] = []
    for child in column:
        if child.tag == "Sentence":
            parts.append(_line(child))
        elif child.tag in _ITEM_LEVELS or child.tag in _LIST_LEVELS or child.tag == "Paragraph":
            sub = _Renderer()
            sub.block(child, 0)
            parts.extend(line.strip(WIDE_SPACE) if child.tag in _LIST_LEVELS else line for line in sub.lines if line)
        else:
            text = _line(child)
            if text:
                parts.append(text)
    if not parts and (column.text or "").strip():
        parts.append(column.text.strip())
    return "／".join(parts)


# The law itself, or the answer of e-Gov's 法令API that carries it (<DataRoot>…<LawFullText><Law>).
_LAW_ROOTS = (b"Law", b"DataRoot")
_XML_DECLARATION = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]*\?>\s*(?:<!--.*?-->\s*)*<(\w+)", re.DOTALL)


def _sniff_law_xml(data: bytes, suffix: str) -> bool:
    """An XML document whose root is an e-Gov <Law>. Other XML named .xml gets a clear error instead of being read
    as text with its tags."""
    head = data[:4096]
    m = _XML_DECLARATION.match(head) or re.match(rb"\A(?:\xef\xbb\xbf)?\s*<(\w+)", head)
    if m is None:
        return False
    if m.group(1) in _LAW_ROOTS:
        return True
    if suffix == ".xml" and _XML_DECLARATION.match(head) and m.group(1).lower() != b"html":
        raise BadInput(f"an XML document whose root is <{m.group(1).decode(errors='replace')}>: only e-Gov law XML "
                       "(root <Law>) is read; save other XML as text or HTML")
    return False


def read_law_xml(data: bytes, name: str, limits=None, deadline=None) -> Source:
    import xml.etree.ElementTree as ET

    # No DTD or entity of a law XML is needed; refusing them keeps an entity expansion out of the parser.
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:65536]:
        raise BadInput("an XML document with a DOCTYPE or entities, which e-Gov law XML never has", name)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise BadInput(f"not well-formed XML ({e})", name) from None
    law = root if root.tag == "Law" else root.find(".//Law")
    if law is None:
        raise BadInput(f"an XML document whose root is <{root.tag}> and that holds no e-Gov <Law>", name)
    renderer = _Renderer()
    renderer.law(law)
    while renderer.lines and renderer.lines[-1] == "":
        renderer.lines.pop()
    text = "\n".join(renderer.lines) + "\n"
    notes = []
    rubies = sum(1 for _ in law.iter("Rt"))
    if rubies:
        notes.append(f"{rubies} ruby reading(s) (<Rt>) left out of the text")
    return Source(path=name, sha256="", format="lawxml", encoding="utf-8", text=text, notes=notes)


READER = InputFormat("lawxml", frozenset({".xml"}), read_law_xml, sniff=_sniff_law_xml)
