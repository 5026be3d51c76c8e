"""The one document model that flows through every stage.

The text is stored once (``Normalized.text``); every unit holds a span
``(start, end)`` into it, and ``Normalized.offsets`` maps any normalized
position back to the source text that ingest produced, so that a change or a
finding can always point at what the reader sees in the original.
"""

from __future__ import annotations

import weakref
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Callable, Iterator, TypeVar

Span = tuple[int, int]


@dataclass
class Removal:
    """A layout artifact taken out of the text, never silently."""

    kind: str  # page-number, running-header, document-code, copyright, footnote-url, markup, tracked-change, ...
    text: str
    start: int  # offsets in Source.text
    end: int
    page: int | None = None

    def to_dict(self) -> dict:
        d = {"kind": self.kind, "text": self.text, "span": [self.start, self.end]}
        if self.page is not None:
            d["page"] = self.page
        return d


@dataclass
class Source:
    """What ingest read: the text every span finally points into."""

    path: str
    sha256: str
    format: str  # text, markdown, pdf, docx, html
    encoding: str | None
    text: str
    removed: list[Removal] = field(default_factory=list)
    pages: int | None = None
    notes: list[str] = field(default_factory=list)
    # Rows of tables found by the extractor (PDF table finder, HTML/Word tables),
    # each row a list of cell strings; they are attached to annexes by the parser.
    tables: list[list[list[str]]] = field(default_factory=list)
    # Links whose address the text does not show (HTML anchors): (start, end) of the anchor's words
    # in ``text``, and the address. Markdown links are read from ``text`` itself (pipeline.links).
    links: list[tuple[int, int, str]] = field(default_factory=list)
    # Lines the reader knows are headings (HTML <h1>…<h6>): (offset of the line in ``text``, level).
    # Markdown headings are read from ``text`` itself by normalize.
    headings: list[tuple[int, int]] = field(default_factory=list)
    # Lines that are items of a list the reader knows (HTML <li>): (offset of the line in ``text``, nesting
    # depth from 1). Markdown lists are read from ``text`` itself (pipeline.listdepth).
    list_items: list[tuple[int, int]] = field(default_factory=list)
    # Lines that a line break inside a block starts (HTML <br>): offsets in ``text``. Every other line of an HTML
    # page starts a block (<p>, <div>, <li>…), as a blank line starts one in Markdown.
    line_breaks: list[int] = field(default_factory=list)
    # Blocks the page's author laid out line by line, as in a text file (HTML <pre>, a read-only <textarea> holding
    # the terms): (start, end) offsets in ``text``. Their lines may be hard-wrapped, and normalize joins them as it
    # joins a text file's; every other line of an HTML page is a block or a <br>'s line.
    preformatted: list[tuple[int, int]] = field(default_factory=list)
    # The words of inline elements that set a phrase apart (HTML <s>, <strong>, <code>, <span>…, not links):
    # (start, end) in ``text``. A page may set them, as its links, apart from the sentence with spaces.
    inline_spans: list[tuple[int, int]] = field(default_factory=list)
    # Where the HTML source broke a line between two wide characters that the reader joined, as CSS's segment-break
    # rule says (「本サ⏎イト」 read 本サイト): offsets in ``text`` of the character after the break. Chrome and Safari
    # show a space there, which a check may tell where it splits a word.
    joined_breaks: list[int] = field(default_factory=list)
    # The spaces an HTML reader put between the lines of a table cell (「宿泊者が<br>払うべき総額」 read 「宿泊者が 払うべき
    # 総額」 on the row's line): offsets in ``text``. Every other space of a row is one its writer typed.
    cell_breaks: list[int] = field(default_factory=list)
    # Where an image with no words of its own (alt="") stands in a line of text (「右上の <img> をクリック」): offsets in
    # ``text``. The reader sees the picture there, and the spaces beside it set it apart.
    images: list[int] = field(default_factory=list)
    # Sections a program numbers by their place as it shows them (the items of an app's data, headed by their
    # captions: ``[{ title: '趣旨', content: … }, …]``): a citation 第N条 is the Nth, though the text shows no number.
    numbered_by_place: bool = False
    # The document's time budget (ingest.Deadline), set by load_bytes and spent by the
    # structure parser, which then clears it: a Source parsed again later is not timed.
    deadline: object | None = field(default=None, repr=False, compare=False)

    def summary(self) -> dict:
        d = {"path": self.path, "sha256": self.sha256, "format": self.format, "encoding": self.encoding}
        if self.pages is not None:
            d["pages"] = self.pages
        return d


@dataclass
class Normalized:
    """Normalized text plus the map from each of its characters back to Source.text."""

    text: str
    offsets: array  # len(text) + 1 entries; offsets[i] is the source index of text[i]
    removed: list[Removal] = field(default_factory=list)
    # (normalized offset of a line start, level) for lines that were Markdown/HTML headings
    headings: list[tuple[int, int]] = field(default_factory=list)

    def index_of(self, source_pos: int) -> int | None:
        """The index in ``text`` of the source character at ``source_pos``; None if normalization removed it."""
        i = bisect_left(self.offsets, source_pos)
        return i if i < len(self.text) and self.offsets[i] == source_pos else None

    def source_span(self, span: Span) -> Span:
        start, end = span
        n = len(self.text)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        if end > start:
            return (self.offsets[start], self.offsets[end - 1] + 1)
        return (self.offsets[start], self.offsets[start])


@dataclass
class Item:
    label: str  # as written: (1), ①, 一, イ, (a), (ii)
    number: int | None  # position in its sequence: ① → 1, イ → 1, (ii) → 2
    style: str  # paren-digit, circled, kanji, iroha, aiu, roman, latin, ...; list-N: 1. 2. of a list nested N deep
    text: str
    span: Span
    items: list["Item"] = field(default_factory=list)

    def walk(self) -> Iterator["Item"]:
        yield self
        for it in self.items:
            yield from it.walk()


@dataclass
class Paragraph:
    number: int | None  # None for an unnumbered (first) paragraph
    label: str | None
    text: str  # the paragraph's own text and its items, as one string
    span: Span
    items: list[Item] = field(default_factory=list)

    def all_items(self) -> Iterator[Item]:
        for it in self.items:
            yield from it.walk()


@dataclass
class Article:
    number: str  # ASCII: "21_2" for 第二十一条の二; "3" for a top-level section 3.
    label: str  # the heading number as written: 第２１条の２, 3.
    title: str | None
    chapter: str | None  # label of the enclosing chapter (and section), if any
    text: str  # normalized, the whole article including its heading
    span: Span
    heading_span: Span
    paragraphs: list[Paragraph] = field(default_factory=list)
    part: str = "main"  # main, annex-N, supplementary-N, and for text blocks front, heading, closing
    part_label: str = ""  # what the reader calls the part: "" for the main text, 附則, 別紙1
    block: bool = False  # a block of lines outside the articles (parts.py): its paragraphs are its lines

    @property
    def display_label(self) -> str:
        """The label every output shows: 第12条, 附則第2条, 別紙1第3条, 前文."""
        return f"{self.part_label}{self.label}"

    @property
    def numbered(self) -> bool:
        """Does its heading show a number (第12条, 3.)? A section headed by its title alone (## 免責事項) is numbered by
        its place only, which no reader sees: a section inserted before it renumbers nothing."""
        return self.label != (self.title or "")

    def locate(self, pos: int) -> tuple["Paragraph | None", "Item | None"]:
        """The paragraph and innermost item of this article holding normalized position ``pos``."""
        for para in self.paragraphs:
            if para.span[0] <= pos < para.span[1]:
                found = None
                for it in para.all_items():
                    if it.span[0] <= pos < it.span[1]:
                        found = it
                return para, found
        return None, None

    @property
    def body(self) -> str:
        """The article's text after the heading line."""
        return self.text[self.heading_span[1] - self.span[0]:].lstrip("\n")


@dataclass
class Chapter:
    number: str
    label: str  # 第１章, 第一節
    title: str
    kind: str  # 編, 章, 節, 款, 目
    span: Span


@dataclass
class Block:
    """A run of text outside the articles: preamble, closing, revision history."""

    kind: str
    text: str
    span: Span


@dataclass
class Annex:
    label: str  # 別紙1, 別表, 別記
    title: str | None
    text: str
    span: Span
    articles: list[Article] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Supplementary:
    label: str  # 附則
    date: str | None
    text: str
    span: Span
    articles: list[Article] = field(default_factory=list)


@dataclass
class Document:
    source: Source
    norm: Normalized
    title: str | None
    metadata: dict
    preamble: Block | None
    chapters: list[Chapter]
    articles: list[Article]
    supplementary: list[Supplementary]
    annexes: list[Annex]
    closing: list[Block]
    style: str  # "article" (第N条) or "section" (1. はじめに)
    # "chapter" when every chapter numbers its articles from 第1条 (a club's 会則: 第一章 第一条…, 第二章 第一条…):
    # an article is then known by its chapter and number, its part_label naming the chapter (第二章第一条)
    numbering: str = "document"
    # the lines of the table of contents (目次), each (start, end): its entries name articles as headings and
    # citations do, and are neither
    contents: list[Span] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.norm.text

    def source_span(self, span: Span) -> Span:
        return self.norm.source_span(span)

    def all_articles(self) -> Iterator[Article]:
        yield from self.articles
        for s in self.supplementary:
            yield from s.articles
        for a in self.annexes:
            yield from a.articles

    def scope(self, art: Article) -> tuple[str, str]:
        """The sequence ``art``'s number belongs to: its part, and its chapter where each chapter numbers its
        articles from 1. Duplicates and gaps are judged within one scope, and a citation resolves in the citing
        article's scope first."""
        if self.numbering == "chapter" and art.part == "main":
            return art.part, art.part_label
        return art.part, ""

    def article(self, number: str, part: str = "main") -> Article | None:
        for a in self.all_articles():
            if a.number == number and a.part == part:
                return a
        return None

    def locate(self, pos: int) -> tuple[Article | None, Paragraph | None, Item | None]:
        """The article, paragraph and innermost item holding normalized position ``pos``."""
        for art in self.all_articles():
            if art.span[0] <= pos < art.span[1]:
                return (art, *art.locate(pos))
        return None, None, None


SEVERITIES = ("error", "warning", "info")


@dataclass
class Finding:
    """A defect found in a document (checks) or between versions (reference-stale)."""

    rule: str
    severity: str  # error, warning, info
    message: str  # Japanese
    message_en: str
    excerpt: str
    span: Span  # normalized offsets in the document the finding is about
    article: str | None = None
    paragraph: int | None = None
    item: str | None = None
    suggestion: str | None = None
    label: str | None = None  # full display label of the place: 附則第2条第4項(7), 別紙1第3条

    def to_dict(self, doc: "Document | None" = None) -> dict:
        excerpt, suggestion = self.as_written(doc)
        return {
            "rule": self.rule,
            "severity": self.severity,
            "article": self.article,
            "paragraph": self.paragraph,
            "item": self.item,
            "label": self.label,
            "excerpt": excerpt,
            "message": self.message,
            "message_en": self.message_en,
            "suggestion": suggestion,
            "span": list(doc.source_span(self.span)) if doc is not None else list(self.span),
        }

    def as_written(self, doc: "Document | None") -> tuple[str, str | None]:
        """(excerpt, suggestion) as the document writes them: a rule reads the normalized text (「第8条」 for the
        source's 「第８条」), a reader searches the source for what the report quotes. The excerpt's place in the
        normalized text, at the finding's span or beside it, is shown as its source has it; a number the suggestion
        writes takes the source's full width where the excerpt's numbers are all full-width. Where the source holds
        more than the excerpt there (a line break, page furniture taken out), the excerpt stays as it is."""
        ex, sug = self.excerpt, self.suggestion
        if doc is None or not ex:
            return ex, sug
        text = doc.norm.text
        s, e = self.span
        k = text.find(ex, max(0, s - len(ex)), min(len(text), e + len(ex)))
        if k < 0:
            return ex, sug
        a, b = doc.norm.source_span((k, k + len(ex)))
        written = doc.source.text[a:b]
        if written == ex or "\n" in written or len(written) > len(ex) + 8 or \
                any(a <= r.start < b for r in doc.norm.removed):
            return ex, sug
        digits = [c for c in written if c.isdigit()]
        if sug and digits and all("０" <= c <= "９" for c in digits):
            sug = sug.translate(_WIDE_DIGIT)
        return written, sug


_WIDE_DIGIT = str.maketrans("0123456789", "０１２３４５６７８９")
_T = TypeVar("_T")


def per_document(cache: dict, doc: object, make: Callable[[], _T]) -> _T:
    """``make()``, kept in ``cache`` for as long as ``doc`` lives: what is a function of one document (its check
    context, its parts, the reports' displays of its spans) is made once, whichever stage asks. Keyed by id,
    holding the document weakly: an entry goes with its document, so memory stays flat."""
    key = id(doc)
    hit = cache.get(key)
    if hit is not None and hit[0]() is doc:
        return hit[1]
    value = make()
    cache[key] = (weakref.ref(doc, lambda _r, k=key, c=cache: c.pop(k, None)), value)
    return value
