"""Parts: the whole document as units to compare, so that no line escapes the diff.

``document_parts(doc) -> list[Part]``. Articles (of the main text, of each 附則, of each 別紙) are
compared as articles. Every other line becomes part of a *block*, an Article-shaped unit with
``block=True`` whose paragraphs are its lines:

- ``front``: title, version, dates, 前文, 目次, 改定履歴 — everything before the first heading or
  article;
- ``heading``: each 編/章/節/款/目 title line, one block per heading, numbered by its path
  (第二編第四章第一節), so that a retitled or renumbered chapter is aligned like an article;
- ``supplementary-N`` / ``annex-N``: the 附則 or 別紙 line itself and its text outside its
  articles (table rows included);
- ``closing``: 以上, revision history, and any text the parser could not place.

Each line of the normalized text belongs to exactly one unit (a line inside an article's span to
that article; the others by the region they stand in), which is what makes the whole-document
invariant testable: change any character and some compared unit holds it.

A block rather than a new model type: the alignment and the word diff already know how to compare
articles, and a block is compared the same way (its lines as paragraphs). Rejected: diffing the
text outside articles as one string, which loses the 前文/附則/別紙 distinction a reviewer needs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from . import grammar
from .model import Article, Document, Paragraph
from .structure import annex_label, enclosing_chapter, supplementary_label

# rank of each heading kind, outermost first; a heading closes every open heading of its rank or lower
_HEADING_RANK = {"編": 0, "章": 1, "節": 2, "款": 3, "目": 4}


@dataclass
class Part:
    key: str  # front, heading, main, supplementary-N, annex-N, closing
    label: str  # what the reader calls it: 前文, 附則, 別紙1
    articles: list[Article] = field(default_factory=list)  # articles, then the part's block if any
    match_key: str = ""  # pairs this part with the other version's (附則 by date, 別紙 by label)


def _block(doc: Document, key: str, number: str, label: str, lines: list[tuple[int, int]],
           part_label: str = "", title: str | None = None, heading: tuple[int, int] | None = None) -> Article:
    """A block: its heading line (a chapter's line, the document's title) then its other lines, which
    need not be contiguous; ``text`` is the heading and the lines joined, so ``body`` is the lines."""
    text = doc.norm.text
    paragraphs = [Paragraph(None, None, text[s:e], (s, e)) for s, e in lines]
    start = heading[0] if heading else lines[0][0]
    end = lines[-1][1] if lines else heading[1]
    pieces = ([text[heading[0]:heading[1]]] if heading else []) + [text[s:e] for s, e in lines]
    return Article(number=number, label=label, title=title, chapter=None, text="\n".join(pieces),
                   span=(start, end), heading_span=heading or (start, start), paragraphs=paragraphs,
                   part=key, part_label=part_label, block=True)


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        if raw.strip(" \u3000\t"):
            out.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    return out


def _heading_blocks(doc: Document) -> list[Article]:
    """One block per chapter heading, numbered and labelled by its path (第二編第四章第一節)."""
    out: list[Article] = []
    stack: list[tuple[int, str, str]] = []  # (rank, number, label)
    chapter = None
    for c in doc.chapters:
        chapter = enclosing_chapter(chapter, c.kind, c.label, c.title)
        rank = _HEADING_RANK.get(c.kind, 1)
        while stack and stack[-1][0] >= rank:
            stack.pop()
        stack.append((rank, f"{c.kind}{c.number}", c.label))
        number = "/".join(n for _, n, _ in stack)
        label = "".join(lb for _, _, lb in stack)
        # the whole line is the heading's title: its number (第三款 → 第四款) is compared too
        line = doc.norm.text[c.span[0]:c.span[1]].strip(" \u3000")
        block = _block(doc, "heading", number, label, [], title=line or None, heading=c.span)
        block.chapter = chapter  # the heading belongs to the chapter it opens, like the articles under it
        out.append(block)
    return out


def document_parts(doc: Document) -> list[Part]:
    """Every unit of ``doc`` by part, in document order of the parts (see the module docstring)."""
    text = doc.norm.text
    lines = _lines(text)
    line_starts = [s for s, _ in lines]
    owned = bytearray(len(lines))  # 1 where the line starts inside an article or is a heading
    for a0, a1 in {a.span for a in doc.all_articles()} | {c.span for c in doc.chapters}:
        lo, hi = bisect_left(line_starts, a0), bisect_left(line_starts, max(a1, a0 + 1))
        owned[lo:hi] = b"\x01" * (hi - lo)
    closing_lines = {b.span[0] for b in doc.closing}

    # regions: where each 附則 / 別紙 starts (its heading line, or its first article)
    regions: list[tuple[int, str, str]] = []
    for k, s in enumerate(doc.supplementary):
        first = min([s.span[0]] + [a.span[0] for a in s.articles])
        regions.append((first, f"supplementary-{k + 1}", supplementary_label(s, len(doc.supplementary))))
    for k, x in enumerate(doc.annexes):
        named = not x.label.startswith("part")  # 別紙1 has its own line; a part found by 第1条 again has none
        firsts = [a.span[0] for a in x.articles] + ([x.span[0]] if named else [])
        regions.append((min(firsts) if firsts else x.span[0], f"annex-{k + 1}", annex_label(x)))
    regions.sort()
    region_starts = [r[0] for r in regions]
    body_start = min([a.span[0] for a in doc.articles] + [c.span[0] for c in doc.chapters] + region_starts
                     + [len(text)])

    loose: dict[str, list[tuple[int, int]]] = {}
    for (s, e), own in zip(lines, owned):
        if own:
            continue
        if s < body_start:
            key = "front"
        elif s in closing_lines:
            key = "closing"  # 以上 and revision history, wherever they stand
        else:
            k = bisect_right(region_starts, s) - 1
            key = regions[k][1] if k >= 0 else "closing"
        loose.setdefault(key, []).append((s, e))

    parts: list[Part] = []
    if "front" in loose:
        front = loose["front"]
        first = text[front[0][0]:front[0][1]].strip(" \u3000")
        if doc.title and first == doc.title:
            # the document's title is its heading: renaming it is shown word by word, as a 見出し is
            block = _block(doc, "front", "front", "前文", front[1:], title=first, heading=front[0])
        else:
            block = _block(doc, "front", "front", "前文", front)
        parts.append(Part("front", "前文", [block]))
    headings = _heading_blocks(doc)
    if headings:
        parts.append(Part("heading", "見出し", headings))
    parts.append(Part("main", "", list(doc.articles)))
    labels = {key: label for _, key, label in regions}

    def region_part(key: str, articles: list[Article], match_key: str) -> Part:
        arts = list(articles)
        if key in loose:  # the 附則 / 別紙 line itself and its text outside its articles
            arts.append(_block(doc, key, key, "", loose[key], part_label=labels[key]))
        return Part(key, labels[key], arts, match_key=match_key)

    for k, s in enumerate(doc.supplementary):
        line_end = text.find("\n", s.span[0])
        heading = grammar.supplementary_heading(text[s.span[0]:line_end if line_end >= 0 else len(text)])
        parts.append(region_part(f"supplementary-{k + 1}", s.articles, "".join(heading.split())))
    for k, x in enumerate(doc.annexes):
        parts.append(region_part(f"annex-{k + 1}", x.articles, labels[f"annex-{k + 1}"]))
    if "closing" in loose:
        parts.append(Part("closing", "末尾", [_block(doc, "closing", "closing", "末尾", loose["closing"])]))
    return parts
