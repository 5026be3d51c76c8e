"""Cross-references: to an article, paragraph or item that does not exist; with a title that is not the target's.

``reference-dangling`` (error): 第20条 in a 17-article document, 第5条第6項 when 第5条 has five
paragraphs, 第2条第1項第17号 when the list ends at 第16号, 前条 in the first article.
``reference-title-mismatch`` (warning): 第14条（免責次項） when 第14条 is headed 免責事項; info when the
titles differ only in okurigana or notation (支払い方法 / 支払方法, 及び / および); a numbered section cited in quotes by
its number and title (上記「2.個人情報の利用目的」) when the section so titled is another.

References to other laws and documents (法第17条, 施行規則第29条, 「…に関する法律」第9条,
原約款第3条) are recognised by pipeline.references and never checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..grammar import TO_WIDE_DIGITS, WIDE_DIGITS, ends_with_article_range, match_item_label
from ..tokens import tokenize
from . import Context, article_label, cut_off_at, notation_canon, partial_text, rule
from .base import article_place
from ..model import Article, Item, Paragraph
from ..references import Reference, find_references
from .annex_refs import annex_dangling
from .named_refs import named_dangling
from .note_marks import note_mark_dangling
from .citation_form import malformed_citations
from .run_in import glued_items_run_in, run_in_items
from .cut_text import stops_without_its_kuten
from .deleted_refs import deleted_cited
from .unnumbered_refs import sections_unnumbered, unnumbered_cited

_CONJ = {"及び", "および", "並びに", "ならびに", "又は", "または", "若しくは", "もしくは", "ないし", "乃至", "から",
         "～", "〜", "~", "、", "・", "，", ",", "と", "や", "及び第", "若しくは第"}
# the words between two references that make them the ends of a range (第5条乃至第12条, 第1項から第3項まで,
# 第2条～第4条): what lies between the ends is cited too, not only the two named
_RANGE = {"ないし", "乃至", "から", "～", "〜", "~"}
_SPLIT_NUMBER = re.compile(r"(?<=第)([0-9]+)([ \u3000]+)([0-9]+)(?=[ \u3000]*[条項号])")
_RELATIVE_BEFORE = re.compile(r"(前条|次条|同条|本条|前項|次項|同項|本項)$")
# anything before a 同条 that names an article it may point back at (第N条 of this text or a law, 前条, 次条, 本条)
_NAMES_AN_ARTICLE = re.compile(r"第[0-9０-９〇一二三四五六七八九十百千]+条|前条|次条|本条|同条")
_ARTICLE_BEFORE = re.compile(r"条[ \u3000]*(?:[（(][^（）()\n]{1,40}[）)])?[ \u3000]*$")


_ITEM_LABEL_PREFIX = re.compile(r"^[ \u3000]*[-・‐]?[ \u3000]*[（(][0-9a-zA-Z一二三四五六七八九十ア-ン]{1,4}[）)][ \u3000]*$")


def _after_item_label(text: str, pos: int) -> bool:
    """Is the text before ``pos`` on its line only an item label such as （13） or -(5)?"""
    line_start = text.rfind("\n", 0, pos) + 1
    return bool(_ITEM_LABEL_PREFIX.match(text[line_start:pos]))


def heal_split_numbers(text: str) -> str:
    """第1 5条 → 第15 条: a space inside an article number (PDF copy), moved out so it parses; same length."""
    return _SPLIT_NUMBER.sub(lambda m: m.group(1) + m.group(3) + m.group(2), text)


@dataclass
class Target:
    ref: Reference
    span: tuple[int, int]  # in the normalized document text
    article: str | None  # resolved article number
    paragraph: int | None
    item: int | None
    part: str  # the part the reference was written in
    source_article: Article | None
    relative: str | None  # 前条, 次項, … when the reference is relative
    # other readings of a bare 第N項/第N号 (the article named earlier in the same sentence)
    alternatives: list[tuple[str, int | None]] = field(default_factory=list)
    # the other end (article, paragraph, item) when this reference closes a range (第5条乃至第12条)
    range_from: tuple[str | None, int | None, int | None] | None = None
    # the (article, paragraph) of the references before it in the same list, and of the ranges among them
    # (第2条及び第3条に規定する…, 第2条乃至第4条及び第6条に定める…)
    listed_with: tuple[tuple[str, int | None], ...] = ()


_NOT_A_TITLE = re.compile(r"[。]|を除|を含|において|準用|読み替|以下|ただし|但し|第[0-9一二三四五六七八九十]+[項号]|^[0-9一二三四五六七八九十]+$|^[a-zA-Z]$")


def heading_like(title: str | None) -> bool:
    """Is the （…） after 第N条 an article title, not a parenthetical (第6項を除く。) or an item number (3)?"""
    if not title:
        return False
    t = title.strip(" \u3000")
    return 0 < len(t) <= 30 and not _NOT_A_TITLE.search(t)


def _in_quotes(text: str, pos: int) -> bool:
    """Is ``pos`` inside 「…」 on its line?"""
    line_start = text.rfind("\n", 0, pos) + 1
    seg = text[line_start:pos]
    return seg.count("「") > seg.count("」")


def _same_sentence(text: str, start: int, end: int) -> bool:
    """No sentence end (。 outside brackets) between start and end."""
    depth = 0
    for c in text[start:end]:
        if c in "（(「『【":
            depth += 1
        elif c in "）)」』】" and depth:
            depth -= 1
        elif c == "。" and depth == 0:
            return False
    return True


def _reader_paragraphs(art: Article) -> dict[int, Paragraph]:
    """第N項 as a reader numbers them: numbered paragraphs, and an unnumbered first one as 1 (unless it is an intro)."""
    out: dict[int, Paragraph] = {}
    numbered = [p for p in art.paragraphs if p.number is not None]
    for i, p in enumerate(art.paragraphs):
        if p.number is not None:
            out.setdefault(p.number, p)
        elif i == 0 and not (numbered and min(q.number for q in numbered) == 1):
            out.setdefault(1, p)
    return out


def _sole_paragraph_text(art: Article) -> str | None:
    """The text of an article's one unnumbered paragraph before its items (None: the article has numbered
    paragraphs, or several): where a reader may count paragraphs the parser does not."""
    if len(art.paragraphs) != 1 or art.paragraphs[0].number is not None:
        return None
    only, base = art.paragraphs[0], art.span[0]
    end = only.items[0].span[0] if only.items else only.span[1]
    return art.text[max(only.span[0], art.heading_span[1]) - base:end - base]


def _list_entries(art: Article) -> list[Item] | None:
    """The entries of an article that is nothing but a list, 「（1）当社は…⏎（2）第20条の定めにかかわらず…」 with no
    sentence before it. A reader may count them as its paragraphs (第2項), as the parser, which keeps （1） for
    items, cannot: a citation of such a paragraph is read both ways."""
    own = _sole_paragraph_text(art)
    if own is None or len(art.paragraphs[0].items) < 2 or own.strip(" \u3000\n"):
        return None
    return art.paragraphs[0].items


def _unnumbered_lines(art: Article) -> int:
    """How many lines the text of an article with one unnumbered paragraph has, its items apart: terms published as
    web pages write each paragraph as a <p> without a number, and cite the second as 第N条第2項. (Wrapped lines of a
    PDF are joined by normalization: a line here is a line of the text.) 0 for any other article."""
    if _sole_paragraph_text(art) is None:
        return 0
    # its own lines, before its items and after them (「前項の規定により…」 in the <p> after the list)
    return sum(1 for line in art.paragraphs[0].text.split("\n") if line.strip(" \u3000"))


def _no_text(art: Article) -> bool:
    """Is ``art`` a heading alone, its text not in the document (a page that folds each article away)?"""
    return not art.text[art.heading_span[1] - art.span[0]:].strip(" \u3000\n")


_BULLET_LINE = re.compile(r"^[ \u3000]*[•・●◦■□◆◇▪\-*][ \u3000]*(\S)", re.M)


def _bullet_lines(art: Article, labelled: bool = True) -> int:
    """How many lines of ``art`` open with a bullet: a list whose entries a document may cite as 号 or 項 by their place
    (without ``labelled``, not those whose bullet stands before an item's label, 「- (1)」)."""
    return sum(1 for m in _BULLET_LINE.finditer(art.text) if labelled or match_item_label(art.text[m.start(1):]) is None)


def _current_paragraph(art: Article, pos: int) -> int | None:
    paras = _reader_paragraphs(art)
    for n, p in paras.items():
        if p.span[0] <= pos < p.span[1]:
            return n
    return None


def _articles_by_part(ctx: Context) -> dict[str, list[Article]]:
    def build():
        out: dict[str, list[Article]] = {}
        for a in ctx.doc.all_articles():
            out.setdefault(a.part, []).append(a)
        return out
    return ctx.memo("refs.articles_by_part", build)


def _article_index(ctx: Context) -> dict[tuple[str, str], Article]:
    """(part, number) → the first article of that part with that number: a look-up, not a scan of 10³ articles
    for each of the 10³ references of a law."""
    def build():
        out: dict[tuple[str, str], Article] = {}
        for p, arts in _articles_by_part(ctx).items():
            for a in arts:
                out.setdefault((p, a.number), a)
        return out
    return ctx.memo("refs.article_index", build)


def _scoped_index(ctx: Context) -> dict[tuple[tuple[str, str], str], Article]:
    """(scope, number) → the article, for documents whose chapters each number their articles from 1."""
    def build():
        out: dict[tuple[tuple[str, str], str], Article] = {}
        for a in ctx.doc.all_articles():
            out.setdefault((ctx.doc.scope(a), a.number), a)
        return out
    return ctx.memo("refs.scoped_index", build)


def find_article(ctx: Context, number: str, part: str, title: str | None = None,
                 near: Article | None = None) -> Article | None:
    """The article a reference written in ``part`` points at: same part first for annexes, main otherwise. Where
    each chapter numbers its articles from 1, 第2条 written in an article (``near``) of 第三章 is 第三章's first."""
    index = _article_index(ctx)
    if near is not None and ctx.doc.numbering == "chapter" and near.part == part:
        own = _scoped_index(ctx).get((ctx.doc.scope(near), number))
        if own is not None and (title is None or own.title is None or _same_title(own.title, title)):
            return own
    order = [part, "main"] if part.startswith("annex") else ["main", part]
    found = []
    for p in dict.fromkeys(order):
        a = index.get((p, number))
        if a is not None:
            found.append(a)
    if not found:
        return None
    if title is not None:
        for a in found:
            if a.title is not None and _same_title(a.title, title):
                return a
    return found[0]


def targets(ctx: Context) -> list[Target]:
    """Every internal reference of the document, resolved to (article, paragraph, item)."""
    return ctx.memo("refs.targets", lambda: _resolve_all(ctx))


def _regions(ctx: Context):
    """(start, end, article or None) of the text to scan: each article body, and the text outside articles."""
    doc = ctx.doc
    arts = sorted(doc.all_articles(), key=lambda a: a.span[0])
    cuts = sorted({p for blk in list(doc.supplementary) + list(doc.annexes) + ([doc.preamble] if doc.preamble else [])
                   for p in blk.span})

    def gap(a: int, b: int):
        points = [a] + [c for c in cuts if a < c < b] + [b]
        for x, y in zip(points, points[1:]):
            if y > x:
                yield x, y, None

    pos = 0
    for a in arts:
        if a.span[0] > pos:
            yield from gap(pos, a.span[0])
        yield a.heading_span[1], a.span[1], a
        pos = max(pos, a.span[1])
    if pos < len(ctx.text):
        yield from gap(pos, len(ctx.text))


_GAP_QUALIFIER = re.compile(r"^(?:前段|後段|本文|ただし書き?|但し?書き?|各号|各項|中)")
_PARENS = re.compile(r"[（(][^（）()]*[）)]")
# a bare 第N号 followed by a noun is a name (第四号施行日, 第一号相当確認), not a reference
_NAME_AFTER = re.compile(r"[\u3400-\u9fff](?<![中前後各本但及又並若乃所同])")


def _gap_continues(gap: str) -> bool:
    """Does the text between two references continue one list (、 及び 又は … possibly after a parenthetical)?"""
    g = _gap_word(gap)
    return g in _CONJ or g == ""


def _gap_word(gap: str) -> str:
    """The text between two references without parentheticals and qualifiers (第1条（定義）前段及び → 及び)."""
    g = gap
    while True:
        g2 = _PARENS.sub("", g)
        if g2 == g:
            break
        g = g2
    g = _GAP_QUALIFIER.sub("", g.strip(" \u3000")).strip(" \u3000")
    if g.startswith("まで") and g[2:].strip(" \u3000") in _CONJ:
        return g[2:].strip(" \u3000")  # 「第2号から第4号まで又は第12号」: a range closed, the list going on
    return g


_DEPTH_CHARS = re.compile(r"[（()）\n]")


class _Depth:
    """Bracket depth (（ ）) at increasing positions of one text, computed incrementally."""

    def __init__(self, text: str):
        self.text = text
        self.pos = 0
        self.depth = 0
        self.opened_at: list[int] = []

    def at(self, pos: int) -> int:
        for m in _DEPTH_CHARS.finditer(self.text, self.pos, max(self.pos, pos)):  # only the characters that matter
            i, c = m.start(), m.group(0)
            if c in "（(":
                self.depth += 1
                self.opened_at.append(i)
            elif c in "）)" and self.depth:
                self.depth -= 1
                self.opened_at.pop()
            elif c == "\n":
                self.depth = 0
                self.opened_at.clear()
        self.pos = max(self.pos, pos)
        return self.depth


# Regions resolved before, by _region_key: the key holds all that the resolution of a region reads, so
# regions of two documents with the same key resolve alike, and a version resolves only the regions an
# earlier one did not have (the other version of a diff, the next version of a batch). Cleared when it
# holds many more regions than a document has, so memory stays flat over a long batch.
_REGION_CACHE: dict[tuple, tuple[int, list[Target]]] = {}  # key → (start, targets)
_CACHE_REGIONS_PER_DOCUMENT = 4


def _region_key(ctx: Context, start: int, end: int, art: Article | None, neighbours: dict[int, tuple]) -> tuple:
    """Everything the resolution of a region reads: its text; for an article its number, its heading, its
    paragraphs' spans (本項, 前項) and labels (a 第N項 label cites nothing), and its neighbours' numbers in its
    part (前条, 次条; none: the first or the last); for text outside articles, the part it lies in."""
    if art is None:
        return ("gap", ctx.region_of(start), ctx.text[start:end])
    base = art.span[0]
    return ("article", art.part, art.number, neighbours[id(art)], ctx.text[base:end], start - base,
            tuple((p.number, p.label, p.span[0] - base, p.span[1] - base) for p in art.paragraphs))


def _neighbours(ctx: Context) -> dict[int, tuple]:
    out = {}
    for arts in _articles_by_part(ctx).values():
        numbers = [None] + [a.number for a in arts] + [None]
        for i, a in enumerate(arts):
            out[id(a)] = (numbers[i], numbers[i + 2])
    return out


def _resolve_all(ctx: Context, reuse: bool = True) -> list[Target]:
    if not reuse or ctx.full is not ctx:  # a scoped context's text is blank outside its scope: not the document's
        out = [t for start, end, art in _regions(ctx) for t in _resolve_region(ctx, start, end, art)]
        out.sort(key=lambda t: t.span)
        return out
    regions = list(_regions(ctx))
    if len(_REGION_CACHE) > _CACHE_REGIONS_PER_DOCUMENT * len(regions):
        _REGION_CACHE.clear()
    neighbours = _neighbours(ctx)
    out: list[Target] = []
    for start, end, art in regions:
        key = _region_key(ctx, start, end, art, neighbours)
        hit = _REGION_CACHE.get(key)
        if hit is None:
            found = _resolve_region(ctx, start, end, art)
            out.extend(found)
            # kept without the citing article: the cache holds no part of a document, which may go away
            _REGION_CACHE[key] = (start, [_moved(t, 0, None) for t in found])
            continue
        shift = start - hit[0]  # the same region elsewhere: its targets moved with it, into this document's article
        out.extend(_moved(t, shift, art) for t in hit[1])
    out.sort(key=lambda t: t.span)
    return out


def _moved(t: Target, shift: int, art: Article | None) -> Target:
    return Target(t.ref, (t.span[0] + shift, t.span[1] + shift), t.article, t.paragraph, t.item, t.part, art,
                  t.relative, t.alternatives, t.range_from, t.listed_with)


def _resolve_region(ctx: Context, start: int, end: int, art: Article | None) -> list[Target]:
    out: list[Target] = []
    body = heal_split_numbers(ctx.text[start:end])
    part = art.part if art is not None else ctx.region_of(start)
    if part in ("preamble", "other"):
        part = "main"
    depth = _Depth(body)
    # the previous reference at each bracket depth: ("ext", end) after an external one
    prev_at: dict[int, tuple[Target | None, int]] = {}
    # the last reference that named an article (第N条, 前条, 本条): what 同条 and 同項 point back to
    last_explicit: tuple[str | None, int | None, bool, int] | None = None  # (article, paragraph, external, end)
    labels = _paragraph_labels(art)
    for r in find_references(body):
        span = (start + r.span[0], start + r.span[0] + len(r.text))
        if span[0] in labels and r.article is None and r.item is None:
            continue  # 「第1項　本約款は…」: the paragraph's own label, which cites nothing
        d = depth.at(r.span[0])
        for k in [k for k in prev_at if k > d]:
            del prev_at[k]
        prev_entry = prev_at.get(d)
        opened_just_before = d > 0 and depth.opened_at and body[depth.opened_at[-1] + 1:r.span[0]].strip(" \u3000") == ""
        if prev_entry is None and opened_just_before:
            prev_entry = prev_at.get(d - 1)  # 次条第二項（第一号に係る部分に限る。）
            # (the bracket must open on that citation: 「第13条に規定する…遊漁者 (第1項の承認を…)」 cites this article's)
            if prev_entry is not None and body[prev_entry[1]:depth.opened_at[-1]].strip(" \u3000") != "":
                prev_entry = None
            continues = prev_entry is not None
        else:
            continues = prev_entry is not None and _gap_continues(body[prev_entry[1]:r.span[0]])
        prev, prev_external = (prev_entry[0], prev_entry[0] is None) if prev_entry else (None, False)
        external = r.external
        if external and _after_item_label(body, r.span[0]):
            external = False  # （13）第11条…: the ） of an item label is not the end of a law's name
        if not external and r.article is None and continues and prev_external:
            external = True  # 行政事件訴訟法第十八条後段及び第二十一条第二項: still the other law
        if r.article is not None and external:
            last_explicit = (None, None, True, r.span[1])
        if external:
            prev_at[d] = (None, r.span[1])
            continue
        if _in_quotes(body, r.span[0]):
            prev_at.pop(d, None)
            continue  # 「同条第三項後段」とあるのは…: quoted text of another provision
        t = _resolve_one(ctx, r, body, span, art, part, prev if continues else None, last_explicit)
        if t is None:
            prev_at.pop(d, None)
            continue
        if continues and prev is not None and prev_entry is not None:
            if prev.article is not None:
                t.listed_with = (*prev.listed_with, *range_between(ctx, prev), (prev.article, prev.paragraph))
            if _gap_word(body[prev_entry[1]:r.span[0]]) in _RANGE:
                t.range_from = (prev.article, prev.paragraph, prev.item)
        out.append(t)
        if t.article is None:
            prev_at.pop(d, None)
            continue
        prev_at[d] = (t, r.span[1])
        self_word = r.text.startswith("本条")
        if r.article is not None or self_word or t.relative in ("前条", "次条", "本条"):
            last_explicit = (t.article, t.paragraph, False, r.span[1])
    if art is not None:
        out.extend(_bare_relatives(ctx, body, start, art))
    return out


def range_between(ctx: Context, t: Target) -> list[tuple[str, int | None]]:
    """What a range cites between its two ends: the articles of 第5条乃至第12条 (第6条…第11条, in the order of the
    document, so 第7条の2 is among them), the paragraphs of 第2条第1項から第4項まで."""
    if t.range_from is None or t.article is None:
        return []
    a0, p0, i0 = t.range_from
    if a0 is None or i0 is not None or t.item is not None:
        return []
    if a0 == t.article and p0 is not None and t.paragraph is not None:
        return [(a0, p) for p in range(p0 + 1, t.paragraph)]
    if p0 is not None or t.paragraph is not None:
        return []
    seq = [a.number for a in _articles_by_part(ctx).get(t.part, [])]
    if a0 not in seq or t.article not in seq:
        return []
    i, j = seq.index(a0), seq.index(t.article)
    return [(n, None) for n in seq[i + 1:j]]


def _paragraph_labels(art: Article | None) -> set[int]:
    """Where the paragraphs of ``art`` that a 第N項 labels start (「第 1 項　Uniant は…」, 「### 第1項」)."""
    if art is None:
        return set()
    return {p.span[0] for p in art.paragraphs if p.label and p.label.startswith("第")}


# A sentence's end, then a space or a list's bullet, then the next sentence: paragraphs a page ran together
# when it became text (「…申し込むものとする。 甲は、前項に従い…」, 「…必要があります。-当社は…」). Japanese prose puts
# nothing between its sentences; a 前項 after such a break points at the paragraph before it, lost, not at nothing.
_LOST_BREAK = re.compile(r"[。．](?:[ \u3000]+|[ \u3000]*[-・•][ \u3000]*)(?=[^\s。．])")

# a paragraph's number run into the line before, set off by spaces, its sentence left without 。 (「…承認を受けなければ
# ならない 2. 前項の規定による申請は」)
_RUN_IN_NUMBER = re.compile(r"(?<=[^\s。．])[ \u3000]+[2-9２-９][.．](?![0-9０-９])")


def _lost_break(ctx: Context, start: int, end: int) -> bool:
    """Does the text of ``start``–``end`` run sentences together across a lost paragraph break (_LOST_BREAK), in
    the normalized text or in the source (normalization takes the space after 。 out)?"""
    text = ctx.text
    if _LOST_BREAK.search(text, start, end):
        return True
    offsets, source = ctx.doc.norm.offsets, ctx.doc.source.text
    if _RUN_IN_NUMBER.search(source, *ctx.doc.norm.source_span((start, end))):
        return True
    # (up to the citation itself: 「…午前10時とします。 前項の規定にかかわらず」, the 。 right before it)
    i = text.find("。", start, end)
    while i >= 0:
        if source[offsets[i] + 1:offsets[i + 1]].strip(" \u3000") == "" != source[offsets[i] + 1:offsets[i + 1]]:
            return True
        i = text.find("。", i + 1, end)
    return False


# (not one that names its target after it: 「前項「4.業務委託先」に記載のとおり」, the section before by its title)
# 「前項に掲げるもの以外のもの」: what the items before do not name, all of them
_ALL_BUT = re.compile(r"(?:に(?:掲げる|定める|規定する|記載の)(?:もの|者|事項|場合)?)?以外")
_BARE_RELATIVE = re.compile(r"(前条|次条|前項|次項)(?![ \u3000]*第|各|[「『])")


def _leading_number(number: str | None) -> int | None:
    m = re.match(r"[0-9]+", number or "")
    return int(m.group(0)) if m else None


def _before_the_first(seq: list[Article], cited: str | None) -> bool:
    """Is the article ``cited`` numbered below the first article the text holds (which is not 第1条)?"""
    first, n = (_leading_number(seq[0].number) if seq else None), _leading_number(cited)
    return first is not None and n is not None and 1 < first and n < first


# a text whose first article is this far in (第6条) is an extract: the articles past its last are elsewhere too (a parse
# that missed 第1条 leaves a text opening at 第2条, which may still be whole)
_OPENS_FAR_IN = 3


def _stops_mid_way(ctx: Context) -> bool:
    """Does the text stop in mid-sentence (cut_off_at), or on a clause without its 。 where its sentences have one: a
    copy of a page that goes on past its end?"""
    return cut_off_at(ctx) is not None or stops_without_its_kuten(ctx)


def _past_the_cut(ctx: Context, seq: list[Article], cited: str | None) -> bool:
    """Is the article ``cited`` numbered past the last article of a text that stops in mid-sentence (cut_off_at), or
    of one that opens far into its articles (「全条文」 from 第6条 on): a page saved in part, the rest of it elsewhere?"""
    last, n = (_leading_number(seq[-1].number) if seq else None), _leading_number(cited)
    if last is None or n is None or n <= last:
        return False
    first = _leading_number(seq[0].number)
    return _stops_mid_way(ctx) or first is not None and first >= _OPENS_FAR_IN


def _in_a_later_item(text: str, para, pos: int) -> bool:
    """Is ``pos`` inside an item of ``para`` after its first (an item before it to be 前号), in a paragraph whose own
    sentence announces its items (「次に掲げる用語の意義は、当該各号に定めるところによる。」)? Items with no such lead
    may be paragraphs numbered (1), (2) (「(2)前項の規定にかかわらず」), which 前項 rightly cites."""
    items = list(para.items)
    if len(items) < 2 or not _ANNOUNCES_ITEMS.search(text, para.span[0], items[0].span[0]):
        return False
    # (in the item itself, not in an item of its own: 「⑤その他…⏎2.…前項に違反した場合」 read under ⑤ is a paragraph)
    return any(it.span[0] <= pos < it.span[1] and not any(sub.span[0] <= pos < sub.span[1] for sub in it.items)
               for it in items[1:])


_ANNOUNCES_ITEMS = re.compile(r"各号|次の|次に|以下の|下記の|とおり")


def _bare_relatives(ctx: Context, body: str, start: int, art: Article) -> list[Target]:
    """前条 in the first article, 次条 in the last, 前項 on the first line of a first paragraph, 次項 in the last of
    paragraphs numbered 1, 2… (where they are numbered the parser has not merged two): nothing to point at."""
    out = []
    seq = _articles_by_part(ctx).get(art.part, [])
    first, last = seq and seq[0] is art, seq and seq[-1] is art
    for m in _BARE_RELATIVE.finditer(body):
        if _in_quotes(body, m.start()):
            continue
        rel = m.group(1)
        span = (start + m.start(), start + m.end())
        fake = Reference(rel, (m.start(), m.end()), None, None, None, None, None, False, None)
        if (rel == "前条" and first) or (rel == "次条" and last):
            out.append(Target(fake, span, None, None, None, art.part, art, rel))
        elif rel == "前項":
            paras = _reader_paragraphs(art)
            p1 = paras.get(1)
            # (an article of one paragraph has no 前項 either: 「前項の適用に同意できない場合」 meant 前条)
            if p1 is not None and p1.span[0] <= span[0] < p1.span[1] and (
                    "\n" not in ctx.text[p1.span[0]:span[0]] and not _lost_break(ctx, p1.span[0], span[0])
                    or _in_a_later_item(ctx.text, p1, span[0])):
                # (also in an item of the first paragraph of an article of one, 「(4)本人等とは、前項の個人情報を…」:
                # the items are that paragraph's, and the one before is 前号)
                out.append(Target(fake, span, None, None, None, art.part, art, rel))
        elif rel == "次項":
            paras = art.paragraphs
            if len(paras) >= 2 and [p.number for p in paras] == list(range(1, len(paras) + 1)) \
                    and paras[-1].span[0] <= span[0] < paras[-1].span[1]:
                out.append(Target(fake, span, None, None, None, art.part, art, rel))
    return out


def _resolve_one(ctx: Context, r: Reference, body: str, span: tuple[int, int], art: Article | None, part: str,
                 prev: Target | None, last_explicit) -> Target | None:
    parts = _articles_by_part(ctx)
    before = body[max(0, r.span[0] - 12):r.span[0]]
    rel = _RELATIVE_BEFORE.search(before)
    relative = rel.group(1) if rel else None
    self_word = r.text[:2] if r.text.startswith(("本条", "同条")) else None
    if self_word:
        relative = None
    a_num, para, item = r.article, r.paragraph, r.item
    alternatives: list[tuple[str, int | None]] = []
    if a_num is not None:
        return Target(r, span, a_num, para, item, part, art, None, alternatives)
    if self_word == "同条" or relative in ("同条", "同項"):
        if last_explicit is None and (self_word == "同条" or relative == "同条") and art is not None \
                and not _NAMES_AN_ARTICLE.search(body, 0, r.span[0]):
            # 「同条3項に伴い」 with no article named before it in the article: 同条 points back at nothing
            return Target(r, span, None, para, item, part, art, "同条")
        if last_explicit is None or last_explicit[2]:
            return None  # 同条 after an external reference: the other law's article
        a_num = last_explicit[0]
        if relative == "同項" or (para is None and item is not None):
            para = last_explicit[1]
    elif relative is None and prev is not None and self_word != "本条":  # 第2条、本条第1項: this article's, listed
        a_num = prev.article
        if para is None and item is not None:
            para = prev.paragraph
        alternatives = [(a, para if r.paragraph is not None or item is None else p) for a, p in prev.alternatives]
    elif self_word == "本条" or relative in ("本条", "本項"):
        if art is None:
            return None
        a_num = art.number
        if relative == "本項" and para is None:
            para = _current_paragraph(art, span[0])
    elif relative in ("前条", "次条"):
        if art is None:
            return None
        seq = parts.get(art.part, [])
        i = next((k for k, x in enumerate(seq) if x is art), None)
        j = None if i is None else (i - 1 if relative == "前条" else i + 1)
        if j is None or not (0 <= j < len(seq)):
            return Target(r, span, None, para, item, part, art, relative)
        a_num = seq[j].number
    elif relative in ("前項", "次項"):
        if art is None:
            return None
        a_num = art.number
        cur = _current_paragraph(art, span[0])
        if cur is not None:
            para = cur - 1 if relative == "前項" else cur + 1
    elif _ARTICLE_BEFORE.search(body[:r.span[0]]):
        return None  # 第1 5条（…）第2項 — an article reference we could not read precedes: do not guess
    else:
        if art is None:
            return None  # a bare 第2項 outside any article: nothing to resolve against
        if _NAME_AFTER.match(body, r.span[1]):
            return None
        if last_explicit is not None and _same_sentence(body, last_explicit[3], r.span[0]):
            if last_explicit[2]:
                return None  # 法第2条第二号に定める暴力団、第三号に定める…: the other law's items
            alternatives.append((last_explicit[0], para if para is not None else last_explicit[1]))
        a_num = art.number
        if para is None and item is not None:
            para = _current_paragraph(art, span[0])
            here = _reader_paragraphs(art).get(para) if para is not None else None
            if here is not None and not here.items:
                # 「第１項の休暇は、第１号…の場合は有給とする」 in a paragraph without items: the items are another
                # paragraph's (the one the sentence names); any item of the article answers
                para = None
    return Target(r, span, a_num, para, item, part, art, relative, alternatives)


def _check(ctx: Context, article: str, para: int | None, item: int | None, part: str,
           title: str | None, near: Article | None = None,
           by_label: bool = False) -> tuple[str, str, str, str | None] | None:
    """None if (article, para, item) exists; else (kind, japanese detail, english detail, suggestion). ``by_label``: the
    citation names the item by its bracketed label (第6項(5)), as the details then do."""
    target = find_article(ctx, article, part, title, near)
    if target is None and near is None and any(a.number == article for a in ctx.doc.all_articles()):
        return None  # (a note after the parts, 「…第16条の当番」, citing the article of a part that has one: 補則第16条)
    if target is None:
        return ("article", "", "", None)
    if para is None and item is None:
        return None
    paras = _reader_paragraphs(target)
    para_obj = None
    if para is not None:
        para_obj = paras.get(para)
        if para_obj is None:
            entries = _list_entries(target)
            if entries is not None and para <= len(entries):
                return None  # the entries of a list read as paragraphs
            lead = _sole_paragraph_text(target)
            if lead is not None and "号" not in lead and para <= len(target.paragraphs[0].items):
                # 「…を下記のとおり定義します。⏎1.「本サービス」とは、本条第2項に定める「会員」…⏎2.「会員」とは…」: a
                # lead sentence and a numbered list whose entries the document calls 項 (not where the lead calls them
                # 号: 「次の各号に定めるとおり」 makes a 第2項 citing the second a wrong label)
                return None
            lines = _unnumbered_lines(target)
            if para <= lines:
                return None  # the lines of an article whose paragraphs carry no number (a web page's <p>s)
            if lead is not None and para <= _bullet_lines(target, labelled=False):
                return None  # 「- ちょコム送金とは…⏎- (1)…⏎- 利用者とは…」: paragraphs as bullets, their items bulleted too
            if ctx.doc.style == "section" and any(para <= len(p.items) for p in target.paragraphs):
                return None  # 「特に承認が必要な場合(第5項)」 under 「## 使用の制限」 and its list of five: a page of
                # sections, no 第N条, whose writer calls the list's entries 項
            numbers = [p.number for p in target.paragraphs if p.number is not None]
            if len(set(numbers)) < len(numbers) and para <= len(target.paragraphs):
                return None  # a number written twice (1. 2. 1.): the third paragraph is there; the duplicate is reported
            most = max(max(paras) if paras else 1, lines)
            if _no_text(target):
                return None  # 「第5条(預金の解約)」 alone, its text not on the page (article-empty tells it): nothing to count
            return ("paragraph", f"{article_label(target.number)}に第{para}項はありません（第{most}項まで）。",
                    f"article {target.number} has no paragraph {para} (it has {most}).", None)
    if item is None:
        return None
    candidates = [para_obj] if para_obj is not None else [p for p in target.paragraphs if p.items]
    numbers = {it.number for p in candidates for it in p.items if it.number is not None and "の" not in it.label}
    if item in numbers:
        return None
    styles = {s for p in candidates for it in p.items for s in it.style.split("|")}
    if any(s & styles and n == item for s, n in run_in_items(ctx.text, target.span[0], target.span[1])):
        return None  # 「…掲げる者とする。(1)本学職員…(2)本学学生…⏎(3)一般の利用者」: items (1) and (2) stand mid-line
    if glued_items_run_in(ctx.text, *(para_obj or target).span, item):
        return None  # 「…あります。一通信契約を…とき。二旅行者が…」: a page's items run into its lead, labels glued on
    if _no_text(target):
        return None
    where_ja = article_place(target) + (f"第{para}項" if para else "")
    if not numbers:
        if any(p.items for p in target.paragraphs) and para is None:
            return None
        if para is None and item <= len(target.paragraphs) and _entries_called_items(ctx, target):
            return None  # 第2条（定義） 「1.「本サービス」とは…」…「13.…」 cited as 第2条第7号: its entries, which the
            # document calls 号 (「本号に定める「採用」」) as law text numbers a definitions article's
        if para is None and _bullet_lines(target) >= item:
            return None  # 「•「ユーザー」とは…」: the third of the bullets the parser keeps as lines, no labels to number them
        return ("item", f"{where_ja}には号がありません。", f"{where_ja} has no numbered items.", None)
    if by_label:
        # items labelled (1), (2) as the page writes them (「6.に(5)はありません（(4)まで）」), not 第N号
        return ("item", f"{where_ja}に({item})はありません（({max(numbers)})まで）。",
                f"{where_ja} has no item ({item}) (the list ends at ({max(numbers)})).", None)
    return ("item", f"{where_ja}に第{item}号はありません（第{max(numbers)}号まで）。",
            f"{where_ja} has no item {item} (the list ends at {max(numbers)}).", None)


_DEFINITION_ENTRY = re.compile(r"[ \u3000]*[「『][^」』\n]{1,30}[」』][ \u3000]*(?:とは|:|：)")


def _entries_called_items(ctx: Context, art: Article) -> bool:
    """Are the numbered paragraphs of ``art`` entries of a list its writer calls 号: definitions (「「X」とは…」, half of
    them at least), or entries that say 本号 or 前号 of themselves?"""
    paras = art.paragraphs
    if len(paras) < 2:
        return False
    defining = sum(1 for p in paras if _DEFINITION_ENTRY.match(p.text))
    return 2 * defining >= len(paras) or any(w in p.text for p in paras for w in ("本号", "前号", "次号"))


# a citation reported as another text wrote it, not made by this one: 「議案書では改正#8を第44条第10項新設と記載したが、
# …本条第7項に統合」 (an editorial note on a proposal that was never made so)
_REPORTED_AS_WRITTEN = re.compile(r"[^、。\n]{0,12}?(?:と記載し|と表記し|と誤記し|としていた|と書いていた)")


@rule("reference-dangling", "error", "存在しない条項への参照", "reference to a provision that does not exist")
def reference_dangling(ctx: Context):
    malformed = list(malformed_citations(ctx))
    # (a citation no numbering allows is told as such, not by what one of its numbers would point at here; nor is any
    # citation resolved in a document of sections that holds one, 附則 alone after articles a template engine numbers)
    unnumbered = ctx.doc.style == "section" and len(_articles_by_part(ctx).get("main", [])) <= 1
    found = [] if unnumbered else [
        f for f in _dangling(ctx) if not any(m.span[0] < f.span[1] and f.span[0] < m.span[1] for m in malformed)
        and not _REPORTED_AS_WRITTEN.match(ctx.text, f.span[1])]
    internal = sum(1 for t in targets(ctx) if t.article is not None)
    if len(found) > max(10, 0.03 * internal):
        # So many misses mean the structure was not read (glued headings, lists without line breaks),
        # not that the document is wrong: one finding says so instead of a flood of false errors.
        first = found[0]
        yield ctx.finding(
            "reference-dangling", first.span,
            f"条項への参照{internal}件のうち{len(found)}件の参照先が見つかりません。文書の構造（条・項・号の区切り）を"
            f"正しく読み取れていない可能性が高いため、個別の指摘は省略します。最初の例: {first.excerpt}",
            f"{len(found)} of {internal} internal references point at provisions that were not found: the document's "
            f"structure was probably not read correctly, so they are not listed one by one. First: {first.excerpt}",
            severity="info",  # a limit of reading the document, not a defect of it: no error or warning
        )
        return
    yield from found
    yield from malformed
    yield from deleted_cited(ctx, [(t.span, t.article, t.part) for t in targets(ctx)
                                   if t.article is not None and t.paragraph is None and t.item is None
                                   and t.range_from is None and not _in_contents_range(ctx, t.span)])
    yield from annex_dangling(ctx)
    yield from named_dangling(ctx)
    yield from note_mark_dangling(ctx)
    yield from _itemless_findings(ctx)
    yield from _provisoless_findings(ctx)
    yield from _next_item_from_a_lead(ctx)
    yield from _each_of_one_findings(ctx)


_EACH_BEFORE = re.compile(r"前各項")


def _each_of_one_findings(ctx: Context):
    """「前各項」 in an article's second paragraph: one paragraph stands before it, which 前項 names (「2. 会員は、前各項、
    その他本サービスの利用に関連して」). Not in a 附則, whose paragraphs an amendment may have renumbered."""
    for m in ctx.finditer(_EACH_BEFORE):
        art, para, _ = ctx.locate(m.start())
        if art is None or para is None or art.part != "main" or len(art.paragraphs) < 2 or para is not art.paragraphs[1]:
            continue
        if _in_quotes(ctx.text, m.start()):
            continue  # 「…の規定を準用する。この場合において、同条中「前各項」とあるのは…」: another article's words, quoted
        yield ctx.finding(
            "reference-dangling", m.span(),
            f"「前各項」とありますが、{art.label}でこの項の前にある項は第1項だけです。「前項」と書きます。",
            f"「前各項」 (each paragraph before), but only paragraph 1 of {art.label} precedes this one: 「前項」.",
            suggestion="前項", severity="warning")


# 「前項ただし書に定める場合」「第3条但書」: the proviso of a provision, which must hold one (a sentence opening ただし or 但し)
_PROVISO_NAME = r"(?:の)?(?:ただし書き?|但し?書き?)"
_PROVISO_CITED = re.compile(_PROVISO_NAME)
_RELATIVE_PROVISO = re.compile(rf"(前項|前条)(?={_PROVISO_NAME})")
_PROVISO = re.compile(r"(?:^|[。\n]|[ \u3000])[ \u3000]*(?:ただし|但し)")


def _provisoless_findings(ctx: Context):
    """A proviso cited (前項ただし書) of a paragraph or article that has none: the provision was rewritten without it
    and the citation was not, or it cites the wrong paragraph. Not in a 附則, whose citations name the provisions an
    amendment rewrites (「第十六条第一項ただし書…の改正規定」), as they stood before it."""
    text = ctx.text
    cited: list[tuple[int, object, object]] = []  # (start, article, paragraph or None)
    for t in targets(ctx):
        if t.article is None or t.ref.external or t.item is not None or not _PROVISO_CITED.match(text, t.span[1]):
            continue
        art = find_article(ctx, t.article, t.part, near=t.source_article)
        if art is not None:
            para = _reader_paragraphs(art).get(t.paragraph) if t.paragraph is not None else None
            if t.paragraph is None or para is not None:
                cited.append((t.span[0], art, para))
    for m in ctx.finditer(_RELATIVE_PROVISO):
        here = ctx.article_at(m.start())
        if here is None:
            continue
        if m.group(1) == "前項":
            paras = [p for p in here.paragraphs if p.span[1] > p.span[0]]
            i = next((k for k, p in enumerate(paras) if p.span[0] <= m.start() < p.span[1]), None)
            if i:
                cited.append((m.start(), here, paras[i - 1]))
        else:
            seq = _articles_by_part(ctx).get(here.part, [])
            i = next((k for k, a in enumerate(seq) if a is here), None)
            if i:
                cited.append((m.start(), seq[i - 1], None))
    for start, art, para in sorted(cited, key=lambda c: c[0]):
        if art.part.startswith("supplementary") or (ctx.article_at(start) or art).part.startswith("supplementary"):
            continue
        if _in_quotes(text, start):
            continue  # 「第二項中「前項ただし書」とあるのは…」: words of another provision, read as they stand there
        span = para.span if para is not None else (art.heading_span[1], art.span[1])
        if span[1] <= span[0] or _PROVISO.search(text, span[0], span[1]):
            continue
        end = _PROVISO_CITED.search(text, start).end()
        where = article_label(art.number) + (f"第{para.number}項" if para is not None and para.number else "")
        yield ctx.finding(
            "reference-dangling", (start, end),
            f"「{text[start:end]}」とありますが、{where}にはただし書（「ただし、…」で始まる文）がありません。",
            f"「{text[start:end]}」 cites a proviso, but {where} has none (no sentence opening ただし).",
            severity="warning")


# 「第2条各号に定める行為」「第1項各号」: the items of an article or paragraph that has none. Told where the document has
# items elsewhere (its lists are read) and the target names no list of its own (次の各号, 次に掲げる…) nor has a line
# opening with a label (a list the structure might have missed). The references are the resolved ones: a statute's
# items (「法第20条各号」) are not this document's.
_LIST_LEAD = re.compile(r"次の|次に掲げる|以下の|下記の|左の|各号|いずれか|とおり")
_LABEL_LINE = re.compile(r"\n[ \u3000]*(?:[（(][0-9一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[ \u3000]|[①-⑳]|[イロハニホ][ \u3000．.]"
                         r"|[0-9]+[.．)）])")


def _itemless_findings(ctx: Context):
    doc, text = ctx.doc, ctx.text
    if not any(p.items for a in doc.all_articles() for p in a.paragraphs):
        return
    cited = [(t.span[0], t.span[1] + 2, find_article(ctx, t.article, t.part, near=t.source_article), t.paragraph, None)
             for t in targets(ctx) if t.article is not None and t.item is None and text.startswith("各号", t.span[1])]
    # 「前条各号」 and 「前項各号」 name no number, so they are no resolved references: the article before the citing one
    # in its part, the paragraph before the citing one in its article
    arts = list(doc.all_articles())
    for m in re.finditer("前条各号", text):
        art, _para, _item = ctx.locate(m.start())
        k = next((i for i, a in enumerate(arts) if a is art), 0)
        if k and arts[k - 1].part == art.part:
            cited.append((m.start(), m.end(), arts[k - 1], None, None))
    for m in re.finditer("前項各号", text):
        art, para, item = ctx.locate(m.start())
        k = next((i for i, p in enumerate(art.paragraphs) if p is para), 0) if art is not None and item is None else 0
        if k:
            before = art.paragraphs[k - 1]
            cited.append((m.start(), m.end(), art, before.number or k, before))
    for s, e, target, number, given in cited:
        if target is None:
            continue  # a missing article is told by the other checks
        paras = [given] if given is not None else [
            p for p in target.paragraphs if number is None or (p.number or 1) == number]
        if not paras or any(p.items for p in paras):
            continue
        body = "\n".join(p.text for p in paras)
        if _LIST_LEAD.search(body) or _LABEL_LINE.search("\n" + body):
            continue
        cited_text = text[s:e]
        where = target.display_label + (f"第{number}項" if number else "")
        yield ctx.finding(
            "reference-dangling", (s, e),
            f"「{cited_text}」: {where}には号がありません。号のある別の条・項を指すつもりではありませんか。",
            f"「{cited_text}」: {where} has no numbered items; another article or paragraph with items was meant?",
            severity="warning")


_LINE_LEAD = re.compile(r"[\s#*>\-•・【\[]*")


def _heading_line(ctx: Context, where: tuple[int, int], r) -> bool:
    """Does the reference open its line (after markup) and its title close it?"""
    start, end = ctx.line_span(where[0])
    lead = ctx.text[start:where[0]]
    if _LINE_LEAD.fullmatch(lead) is None:
        return False
    rest = ctx.text[where[1]:end]
    tail = rest.split(r.title, 1)[1] if r.title and r.title in rest else rest
    return not tail.strip(" \u3000)）】]*#")


def _in_contents_range(ctx: Context, span: tuple[int, int]) -> bool:
    """Is ``span`` on a line of the table of contents (Document.contents: 「第 13 条 反社会的勢力の排除について第 14 条
    SIM カードの貸与」, entries run together), or on a line before the first article that ends with a range of
    articles, as a table of contents' entry does?"""
    if any(a <= span[0] < b for a, b in ctx.doc.contents):
        return True
    if not ctx.before_articles(span[0]):
        return False
    a, b = ctx.line_span(span[0])
    return ends_with_article_range(ctx.text[a:b])


def _unparsed_headings(ctx: Context) -> set[tuple[str, str]]:
    """(part, article) of every article heading alone on its line that the structure did not take."""
    return {(t.part, t.article) for t in targets(ctx) if t.article is not None and heading_like(t.ref.title)
            and _heading_line(ctx, t.span, t.ref)}


_ITEM_RELATIVE = re.compile(r"前各?号")
# the article speaks of a list of its own (次の各号, 以下の各号, 次に掲げる): its items may be read as paragraphs
_OWN_LIST = re.compile(r"(?:次|以下|下記|左)(?:の|に掲げる|に定める)(?:各号|事由|いずれか|行為|事項|場合)|各号")
_NEXT_PARAGRAPHS = re.compile(r"次の各項")


def _lead(p: Paragraph) -> tuple[int, int]:
    """The span of a paragraph's own text before its first item (all of it when it has none)."""
    return p.span[0], min((it.span[0] for it in p.items), default=p.span[1])


def _no_items_finding(ctx: Context, span: tuple[int, int], where: str, none_ja: str, meant: str | None,
                      hint: str, hint_en: str):
    cited = ctx.text[span[0]:span[1]]
    return ctx.finding(
        "reference-dangling", span,
        f"「{cited}」は参照先がありません（{where}{none_ja}）。" + (hint.format(meant) if meant else ""),
        f"「{cited}」 has no target: {where} has no numbered items." + (hint_en.format(meant) if meant else ""),
        suggestion=meant,
    )


def _items_cited_without_items(ctx: Context):
    """前号 / 前各号 where there is no 号 to point at: in an article that has none and names no list of its own
    (「前号により開講しない場合」: 前項 meant), or in a paragraph's own text before any item of its own, the items
    being the paragraph before's (「2. 前各号の場合」: 前項各号 meant; law text writes 前項各号 there, no such 前各号
    in three laws)."""
    for art in ctx.doc.all_articles():
        if art.part.startswith("supplementary"):
            continue
        if any(p.items for p in art.paragraphs):
            yield from _in_paragraphs_without_items(ctx, art)
        else:
            yield from _in_an_article_without_items(ctx, art)


def _in_an_article_without_items(ctx: Context, art: Article):
    body_start = art.heading_span[1] if art.heading_span else art.span[0]
    body = ctx.text[body_start:art.span[1]]
    if not _ITEM_RELATIVE.search(body) or _OWN_LIST.search(body.replace("前各号", "").replace("前号", "")):
        return
    paras = sorted(_reader_paragraphs(art).items())
    for m in _ITEM_RELATIVE.finditer(body):
        if _in_quotes(body, m.start()):
            continue
        pos = body_start + m.start()
        n = next((k for k, p in paras if p.span[0] <= pos < p.span[1]), None)
        if n == 1 and _unnumbered_lines(art) > 1:
            # a web page's <p>s without numbers: the reader counts them (as 第2項 citations do)
            n = sum(1 for ln in ctx.text[art.paragraphs[0].span[0]:pos].split("\n") if ln.strip(" \u3000"))
        before = [p for k, p in paras if k < (n or 0)]
        if len(before) >= 2 and not any(_is_sentence(p.text) for p in before):
            continue  # 「1. 当社の知的財産権を侵害する行為 … 7. 第三者に前各号の行為をさせる行為」: entries, no sentences
            # (a list with no lead sentence, its entries numbered as paragraphs): the writer's 号 are these
        meant = None
        if n is not None and n >= 2:
            meant = "前項" if m.group(0) == "前号" or n == 2 else "前各項"
        yield _no_items_finding(ctx, (pos, pos + len(m.group(0))), art.label, "に号はありません", meant,
                                "「{}」の誤りと思われます。", " 「{}」 was probably meant.")


def _is_sentence(text: str) -> bool:
    return text.rstrip(" \u3000\n）)」").endswith(("。", "．"))


def _in_paragraphs_without_items(ctx: Context, art: Article):
    for k, p in enumerate(art.paragraphs):
        lo, hi = _lead(p)
        for m in _ITEM_RELATIVE.finditer(ctx.text, lo, hi):
            if _in_quotes(ctx.text[lo:hi], m.start() - lo):
                continue
            meant = "前項各号" if m.group(0) == "前各号" and k > 0 and art.paragraphs[k - 1].items else None
            yield _no_items_finding(ctx, m.span(), _paragraph_place(art, p), "には号がありません", meant,
                                    "前項の号を指すなら「{}」です。", " For the items of the paragraph before, 「{}」.")


def _next_item_from_a_lead(ctx: Context):
    """「…次号の条件をいずれも満たした上で、…」 in the lead of a paragraph whose two items follow: 次号 is the item after
    the citing one, and a lead is no item; the list it announces is 次の各号."""
    for art in ctx.doc.all_articles():
        for p in art.paragraphs:
            if len(p.items) < 2:
                continue
            lo, hi = _lead(p)
            for m in re.finditer("次号", ctx.text[lo:hi]):
                if _in_quotes(ctx.text[lo:hi], m.start()):
                    continue
                span = (lo + m.start(), lo + m.end())
                yield ctx.finding(
                    "reference-dangling", span,
                    f"「次号」は号の中から次の号を指す語ですが、ここは{_paragraph_place(art, p)}の柱書きで、後に号が"
                    f"{len(p.items)}つ続きます。「次の各号」の誤りと思われます。",
                    f"「次号」 (the item after this one) stands in the lead of {_paragraph_place(art, p)}, which "
                    f"{len(p.items)} items follow: 「次の各号」 was meant.",
                    suggestion="次の各号", severity="warning")


def _paragraph_place(art: Article, p: Paragraph) -> str:
    return article_label(art.number) + (f"第{p.number}項" if p.number else "")


def _paragraphs_named_for_items(ctx: Context):
    """「会員が次の各項のいずれかに該当する場合」 followed by the paragraph's own (1) (2): 次の各号 was meant. Law text
    names the paragraphs that follow 次の各項 only where no list follows (none of three laws has one before items)."""
    for art in ctx.doc.all_articles():
        for p in art.paragraphs:
            if not p.items:
                continue
            lo, hi = _lead(p)
            for m in _NEXT_PARAGRAPHS.finditer(ctx.text, lo, hi):
                if "。" in ctx.text[m.end():hi].rstrip("\n 　").rstrip("。"):
                    continue  # another sentence comes between: the items are not what 次の各項 names
                where = _paragraph_place(art, p)
                yield ctx.finding(
                    "reference-dangling", m.span(),
                    f"「次の各項」の後に続くのは{where}の号です。「次の各号」の誤りと思われます。",
                    f"「次の各項」 is followed by the numbered items of {where}: 「次の各号」 was meant.",
                    suggestion="次の各号",
                )


_NEXT_ITEMS = re.compile(r"(?:次の|以下の)各号")
_ANNOUNCES_A_LIST = re.compile(_NEXT_ITEMS.pattern + "|次に掲げる")


def _announces_what_follows(text: str, lo: int, hi: int, m: re.Match) -> bool:
    """Does the phrase ``m`` of the paragraph ``lo``–``hi`` (次の各号) stand in its last sentence, outside quotes? Another
    sentence after it, or a quotation of another provision, announces nothing that follows the paragraph."""
    return "。" not in text[m.end():hi].rstrip("\n 　").rstrip("。") and not _in_quotes(text[lo:hi], m.start() - lo)


# 「以下の(1)～(8)の行為」, 「上記の（１）～（８）」: a range of the article's own item labels, named by a pointer at them
_ITEM_RANGE = re.compile(r"(?:以下|次|上記|前記|下記)の?[ \u3000]*(?P<range>[（(](?P<a>[0-9０-９]{1,2})[）)][ \u3000]*"
                         r"(?:～|〜|から|乃至|ないし)[ \u3000]*[（(](?P<b>[0-9０-９]{1,2})[）)])")


def _item_range_findings(ctx: Context):
    """「以下の(1)～(8)の行為を行ってはならない」 over an article whose list runs (１) to (７): the range names an item the
    article does not have (an item dropped, the sentence not mended). Only where the article's items are numbered 1 to
    k once each, in one list."""
    for m in ctx.finditer(_ITEM_RANGE):
        art = ctx.article_at(m.start())
        if art is None:
            continue
        numbers = [it.number for p in art.paragraphs for it in p.items]
        k = len(numbers)
        a, b = int(m.group("a").translate(WIDE_DIGITS)), int(m.group("b").translate(WIDE_DIGITS))
        if a != 1 or not k or numbers != list(range(1, k + 1)) or b <= k:
            continue
        written = m.group("b")
        fixed = str(k).translate(TO_WIDE_DIGITS) if written.translate(WIDE_DIGITS) != written else str(k)
        span = (m.start("b"), m.end("b"))
        yield ctx.finding(
            "reference-dangling", span,
            f"「{m.group('range')}」: {article_place(art)}の号は({k})までです（({b})はありません）。",
            f"「{m.group('range')}」: the items of {article_place(art)} end at ({k}); there is no ({b}).",
            suggestion=fixed, excerpt=ctx.text[m.start():m.end()])



def _announced_list_missing(ctx: Context):
    """「第6条（返品）次の各号に該当する場合、当社は…売買契約を解除できるものとします。」 and nothing after it in the
    article: the list its last sentence announces is not there (pub439's, whose items stand under the next article's
    sentence, the two articles' sentences swapped). Only where the phrase is in the article's last paragraph, in its
    last sentence, outside quotes (「同項中「次に掲げる事項」とあるのは」 quotes another provision), with no items; and only in
    a document that lists items elsewhere (a contents list giving each article's first sentence, or a page flattened
    onto one line, has none read as items anywhere)."""
    text = ctx.text
    if not any(p.items for a in ctx.doc.all_articles() for p in a.paragraphs):
        return
    # (the last article of a text that stops in mid-sentence, or on a clause without its 。: its list is past the cut)
    cut = _stops_mid_way(ctx)
    last = ctx.doc.articles[-1] if ctx.doc.articles else None
    for art in ctx.doc.all_articles():
        if not art.paragraphs or art.paragraphs[-1].items or text[art.paragraphs[-1].span[1]:art.span[1]].strip():
            continue
        if cut and art is last:
            continue
        lo, hi = art.paragraphs[-1].span
        for m in _ANNOUNCES_A_LIST.finditer(text, lo, hi):
            if not _announces_what_follows(text, lo, hi, m):
                continue
            yield ctx.finding(
                "reference-dangling", m.span(),
                f"「{m.group(0)}」と列挙を予告していますが、{article_label(art.number)}には続く号がありません。号が欠けているか、"
                f"別の条の文と入れ違っていると思われます。",
                f"「{m.group(0)}」 announces a list, and {article_label(art.number)} has none after it: the items are "
                f"missing, or the sentence belongs to another article.")
            break
# the label of an entry of a list (1. (1) ① ・), not of a paragraph as law numbers it (２, 2, 二項)
_LIST_ENTRY_LABEL = re.compile(r"[0-9０-９]+[.．)）]|[（(][0-9０-９]+[)）]|[\u2460-\u2473]|[・\-*]")


def _items_named_for_paragraphs(ctx: Context):
    """「総会は次の各号に定める方法で運営されなければならない。」 closing a paragraph with no items, the article's next
    paragraphs (「一項」「二項」…) listing what it announces: 次の各項 was meant. Only where the phrase is in the
    paragraph's last sentence, outside quotes, and two paragraphs or more follow."""
    text = ctx.text
    for art in ctx.doc.all_articles():
        for k, p in enumerate(art.paragraphs):
            if p.items or len(art.paragraphs) - k - 1 < 2:
                continue
            if p.label is None and any(_LIST_ENTRY_LABEL.match(q.label or "") for q in art.paragraphs[k + 1:]):
                # 「以下の各号の条件を満たしている方」 unlabelled, then 「1.」「2.」: the entries of its list, which the writer
                # may call 号 (a 「1.」 paragraph announcing them, before 「2.」, is their sibling: 次の各項 was meant)
                continue
            lo, hi = p.span
            for m in _NEXT_ITEMS.finditer(text, lo, hi):
                if not _announces_what_follows(text, lo, hi, m):
                    continue
                yield ctx.finding(
                    "reference-dangling", m.span(),
                    f"「{m.group(0)}」の後に号はなく、{article_label(art.number)}の次の項が続いています。「次の各項」の誤りと"
                    f"思われます。",
                    f"「{m.group(0)}」 is followed by no items but by the next paragraphs of {article_label(art.number)}: "
                    f"「次の各項」 was meant.",
                    suggestion="次の各項",
                )


def _dangling(ctx: Context):
    yield from _item_range_findings(ctx)
    yield from _paragraphs_named_for_items(ctx)
    yield from _items_named_for_paragraphs(ctx)
    yield from _announced_list_missing(ctx)
    yield from _items_cited_without_items(ctx)
    parts = _articles_by_part(ctx)
    unparsed = None  # computed at the first citation of a missing article
    by_number: list[tuple[tuple[int, int], str]] = []
    for t in targets(ctx):
        r = t.ref
        where = t.span
        if t.article is None and t.relative == "前項":
            _art, para, item = ctx.locate(where[0])
            if item is not None and para is not None and para.items and item is not para.items[0]:
                # 「(二)…前項後段による…」 in a one-paragraph article whose items the document calls 項: the item before;
                # 「六　前項に掲げるもの以外のもの」 closing a list: all the items before
                every = _ALL_BUT.match(ctx.text, where[1]) is not None
                meant = "前各号" if every else "前号"
                yield ctx.finding(
                    "reference-dangling", where,
                    f"「前項」は号の中にあり、この条のこの項の前に項はありません。"
                    f"{'前の各号' if every else '前の号'}を指すなら「{meant}」です。",
                    f"「前項」 stands in an item of the article's first paragraph, with no paragraph before: 「{meant}」 if "
                    f"{'the items before are' if every else 'the item before is'} meant.",
                    suggestion=meant, severity="info")
                continue
            if para is not None and _lost_break(ctx, para.span[0], where[0]):
                continue  # 「…受けなければならない 2. 前項の規定による申請は」: the paragraph before is there, run in
            yield ctx.finding(
                "reference-dangling", where,
                "「前項」は参照先がありません（この条の最初の項です）。",
                "「前項」 has no target: this is the first paragraph of the article.",
            )
            continue
        if t.article is None and t.relative == "次項":
            last = len(t.source_article.paragraphs)
            yield ctx.finding(
                "reference-dangling", where,
                f"「次項」は参照先がありません（この条の最後の項、第{last}項です）。",
                f"「次項」 has no target: this is the last paragraph ({last}) of the article.",
            )
            continue
        if t.article is None and t.relative == "同条":
            yield ctx.finding(
                "reference-dangling", (where[0] - 2, where[1]) if not ctx.text.startswith("同条", where[0]) else where,
                "「同条」は参照先がありません（この条の中で、その前に条が示されていません）。",
                "「同条」 has no target: no article is named before it in this article.",
            )
            continue
        if t.article is None and t.relative in ("前条", "次条"):
            first = t.relative == "前条"
            if first and t.source_article is not None and t.part == "main" \
                    and (_leading_number(t.source_article.number) or 1) > 1:
                continue  # 前条 in a text that opens at 第8条 (a page's excerpt begun mid-way): 第7条 is before it
            if not first and cut_off_at(ctx) is not None:
                continue  # 次条 in the last article of a text that stops in mid-sentence: past the cut
            # 「本規約の規定が前条の個別規定の規定と矛盾する場合」 in 第1条第3項, 個別規定 defined in its 第2項: a paragraph
            # there on that side is what the writer meant (条 and 項 confused)
            here = _current_paragraph(t.source_article, where[0]) if t.source_article is not None else None
            n_paras = len(t.source_article.paragraphs) if t.source_article is not None else 0
            meant = ("前項" if first else "次項") if here is not None and (here > 1 if first else here < n_paras) else None
            yield ctx.finding(
                "reference-dangling", where if t.ref.article is None and t.ref.text == t.relative else (where[0] - 2, where[1]),
                f"「{t.relative}」は参照先がありません（{t.source_article.label if t.source_article else 'この条'}は"
                f"{'最初' if first else '最後'}の条です）。" + (f"{'前' if first else '次'}の項を指すなら「{meant}」です。" if meant else ""),
                f"「{t.relative}」 has no target: this is the {'first' if first else 'last'} article."
                + (f" 「{meant}」 if the {'paragraph before' if first else 'next paragraph'} is meant." if meant else ""),
                suggestion=meant,
            )
            continue
        if t.article is None:
            continue
        if t.part.startswith("supplementary"):
            continue  # 附則 of laws cite the amending act and its own items; not checked
        title = r.title if heading_like(r.title) else None
        if title and _heading_line(ctx, where, r):
            continue  # 「第1条 (用語の定義)」 alone on its line is a heading the parser did not take, not a citation
        if r.article is not None and not t.relative and t.part == "main" and sections_unnumbered(ctx):
            by_number.append((where, r.text))  # 第9条 where no section shows a number: told apart
            continue
        by_label = r.item is not None and r.text.endswith((")", "）"))
        problem = _check(ctx, t.article, t.paragraph, t.item, t.part, title, t.source_article, by_label)
        if problem is None:
            continue
        if any(_check(ctx, a, p, t.item, t.part, None, t.source_article) is None for a, p in t.alternatives):
            continue
        if problem[0] == "paragraph" and r.article is None and not t.relative and ctx.doc.style == "section" \
                and t.paragraph is not None and find_article(ctx, str(t.paragraph), t.part) is not None:
            # numbered sections the document calls 項 (「第12項に定める禁止事項」, section 12): not this one's; an item
            # cited in one (「第6項(5)の期日」) is that section's
            if t.item is None or (problem := _check(ctx, str(t.paragraph), None, t.item, t.part, None,
                                                    by_label=by_label)) is None:
                continue
        kind, detail_ja, detail_en, _ = problem
        if kind in ("paragraph", "item") and t.part == "main" and _stops_mid_way(ctx) \
                and parts.get("main") and parts["main"][-1].number == t.article:
            continue  # a paragraph or item of the article a text stops in the middle of (or on a clause without its 。,
            # as a page's excerpt stops): past the cut
        shown = r.text if not t.relative else f"{t.relative}{r.text}"
        span = (where[0] - (2 if t.relative else 0), where[1])
        if t.relative == "次項" and kind == "paragraph":
            continue  # 次項 past the last paragraph: too often a parse artefact to report (see _bare_relatives)
        if t.relative == "前項" and kind == "paragraph" and t.paragraph == 0:
            para = t.source_article.locate(where[0])[0] if t.source_article is not None else None
            if para is not None and _lost_break(ctx, para.span[0], where[0]):
                continue
            yield ctx.finding(
                "reference-dangling", (where[0] - 2, where[0]),
                "「前項」は参照先がありません（この条の最初の項です）。",
                "「前項」 has no target: this is the first paragraph of the article.",
            )
            continue
        if kind == "article":
            if t.part.startswith("supplementary"):
                continue  # 附則 of an amending act cite that act's articles, not this document's
            if partial_text(ctx) or t.part == "main" and (_before_the_first(parts.get("main", []), t.article)
                                                          or _past_the_cut(ctx, parts.get("main", []), t.article)):
                # a part of a text (an extract, an amendment's table, one article quoted), a page that opens at
                # 第6条 citing 第4条, or one that stops in mid-sentence at 第8条 citing 第40条: the rest is elsewhere,
                # not missing
                continue
            if unparsed is None:
                unparsed = _unparsed_headings(ctx)
            if (t.part, t.article) in unparsed:
                continue  # the text heads an article so (「第1条(定義)」 on its line): the parser missed it, not the citation
            if _in_contents_range(ctx, where):
                continue  # 「第2章 教区総会及び常置委員会 第3条〜第36条」: a table of contents' range (toc-mismatch reads it)
            seq = parts.get("main", [])
            if not seq or len(seq) == 1 and ctx.doc.style == "section":
                continue  # no article read at all (a page flattened onto one line): its own headings look like citations;
                # nor any numbering of sections (one 附則 after articles a template engine numbers as the page is built)
            last = article_label(seq[-1].number)  # 第5条, also where the headings are 「5.」
            sug = None
            if title:
                for a in ctx.doc.all_articles():
                    if a.title and _same_title(a.title, title):
                        sug = f"{article_label(a.number)}（{a.title}）"
                        break
            extra_ja = f"本則は{last}までです。"
            extra_en = f" The main part ends at article {seq[-1].number}."
            if sug:
                extra_ja += f"見出し「{title}」の条は{sug}です。"
                extra_en += f" The article headed 「{title}」 is {sug}."
            if not sug and _far_past_the_end(t.article, seq[-1].number):
                # 「第119条第1項：複製権…の侵害」 in twelve articles of terms, under an entry on 著作権法: no slip of a
                # number comes so far; another text's article, its name said in the lines before or not at all
                yield ctx.finding(
                    "reference-dangling", span,
                    f"「{shown}」: 本則は{last}までで、この番号の条はありません。法令など他の文書の条を指すなら、その名を付けて"
                    f"引きます（「○○法{shown}」のように）。",
                    f"「{shown}」: the main part ends at article {seq[-1].number}; if another text's article is meant (a "
                    f"statute's), name it.", severity="info")
                continue
            yield ctx.finding(
                "reference-dangling", span,
                f"「{shown}」は存在しない条を参照しています。{extra_ja}",
                f"Reference 「{shown}」 points at article {t.article}, which does not exist.{extra_en}",
                suggestion=sug,
            )
            continue
        yield ctx.finding(
            "reference-dangling", span,
            f"「{shown}」: {detail_ja}",
            f"Reference 「{shown}」: {detail_en}",
        )
    yield from unnumbered_cited(ctx, by_number)


# a cited article this many times the last one's number (and this many past it) is no slip of a digit (第119条 in
# twelve articles; 第40条 in three may be a slip or a cut, and is told as missing)
_FAR_FACTOR, _FAR_PAST = 5, 60


def _far_past_the_end(cited: str, last: str) -> bool:
    c, l = _leading_number(cited), _leading_number(last)
    return c is not None and l is not None and c > max(_FAR_FACTOR * l, l + _FAR_PAST)


# ------------------------------------------------------------------ titles


def _norm_title(s: str) -> str:
    s = re.sub(r"[ \u3000]", "", s)
    return s.replace("，", "、").replace(",", "、").replace("・", "・")


def _same_title(a: str, b: str) -> bool:
    return _norm_title(a) == _norm_title(b)


def _canon_notation(s: str) -> str:
    canon = notation_canon()
    for v in sorted(canon, key=len, reverse=True):
        if v in s and canon[v] != v:
            s = s.replace(v, canon[v])
    return s


def _lemmas(s: str) -> list[str]:
    return [t.lemma for t in tokenize(s)]


_OKURIGANA = re.compile(r"(?<=[\u3400-\u9fff々])([ぁ-ゖ]{1,2})(?=[\u3400-\u9fff々]|$)")
_PARTICLES = set("のをにがはとへでもや")


def _strip_okurigana(s: str) -> str:
    """支払い方法 → 支払方法, 取り扱い → 取扱: kana between (or after) kanji, particles kept."""
    return _OKURIGANA.sub(lambda m: m.group(1) if m.group(1) in _PARTICLES else "", s)


_TITLE_PARTS = re.compile(r"・|、|及び|および|並びに|ならびに|等")


def title_difference(written: str, actual: str) -> str | None:
    """None if equal; "notation" if they differ only in okurigana or notation; "part" if the written title is the
    first of the parts the actual one joins (知的財産権 for 知的財産権・著作権・引用: the article meant, its title
    shortened); "wording" otherwise."""
    a, b = _norm_title(written), _norm_title(actual)
    if a == b:
        return None
    parts = [x for x in _TITLE_PARTS.split(b) if x]
    if len(parts) > 1 and a == parts[0]:
        return "part"
    if _canon_notation(a) == _canon_notation(b):
        return "notation"
    if _strip_okurigana(_canon_notation(a)) == _strip_okurigana(_canon_notation(b)):
        return "notation"
    if _lemmas(_canon_notation(a)) == _lemmas(_canon_notation(b)):
        return "notation"
    return "wording"


def titled_span(t: Target) -> tuple[int, int]:
    """Where a citation and the title it gives (第5条（知的財産権）) stand in the document."""
    r = t.ref
    return t.span[0], (t.span[0] + r.title_span[1] + 1 - r.span[0] if r.title_span else t.span[1])


# a numbered section cited by its number and title in quotes, as pages that number their sections 1., 2. cite them:
# 上記「2.個人情報の利用目的」
_QUOTED_SECTION = re.compile(r"「(?P<n>[0-9０-９]{1,2})[.．][ \u3000]*(?P<t>[^「」\n。]{2,30})」")


def _quoted_section_findings(ctx: Context):
    """「2.個人情報の利用目的」 where the section so titled is 1 (and 2 is titled otherwise): the number cited is off,
    as after a section was added or taken out. Only where one section bears the title, and none numbered so does."""
    by_title: dict[str, list[Article]] = {}
    for a in ctx.doc.all_articles():
        if a.title:
            by_title.setdefault(_norm_title(a.title), []).append(a)
    if not by_title:
        return
    for m in ctx.finditer(_QUOTED_SECTION):
        n = m.group("n").translate(WIDE_DIGITS)
        bearers = by_title.get(_norm_title(m.group("t")), [])
        numbers = {a.number for a in bearers}
        if len(numbers) != 1 or n in numbers:
            continue
        right = next(iter(numbers))
        if not right.isdigit():
            continue
        title = bearers[0].title
        yield ctx.finding(
            "reference-title-mismatch", m.span(),
            f"参照「{m.group(0)[1:-1]}」の番号が違います。「{title}」は「{right}.」の見出しです（「{n}.」の見出しは別です）。",
            f"Reference 「{m.group(0)[1:-1]}」: the section headed 「{title}」 is number {right}, not {n}.",
            suggestion=f"{right}.{title}")


@rule("reference-title-mismatch", "warning", "参照条の見出しの不一致", "reference title does not match the article")
def reference_title_mismatch(ctx: Context):
    yield from _quoted_section_findings(ctx)
    for t in targets(ctx):
        r = t.ref
        if not heading_like(r.title) or t.article is None:
            continue
        target = find_article(ctx, t.article, t.part, r.title, t.source_article)
        if target is None or not target.title:
            continue
        diff = title_difference(r.title, target.title)
        if diff is None:
            continue
        label = article_label(target.number)
        start, end = titled_span(t)
        excerpt = ctx.text[start:end]
        if diff == "notation":
            yield ctx.finding(
                "reference-title-mismatch", (start, end),
                f"参照「{excerpt}」の見出しは{label}の見出し「{target.title}」と送り仮名・表記が異なります。",
                f"Reference 「{excerpt}」 spells the title of article {target.number} differently "
                f"(「{target.title}」): okurigana or notation only.",
                suggestion=f"{label}（{target.title}）", severity="info",
            )
            continue
        if diff == "part":
            yield ctx.finding(
                "reference-title-mismatch", (start, end),
                f"参照「{excerpt}」の見出しは{label}の見出し「{target.title}」を略したものです。",
                f"Reference 「{excerpt}」 shortens the title of article {target.number} (「{target.title}」).",
                suggestion=f"{label}（{target.title}）", severity="info",
            )
            continue
        other = None
        for a in _articles_by_part(ctx).get(target.part, []):
            if a is not target and a.title and _same_title(a.title, r.title):
                other = a
                break
        if other is None and t.listed_with and not re.search(r"[（(]", ctx.text[max(0, t.span[0] - 40):t.span[0]]):
            # 「第1条、第2条、第3条(機密保持に関する条項)」: the bracket after the bare list names the listed articles
            # together (a list whose citations carry their own titles, 第24条（提供の廃止）、第25条（…）, is checked)
            continue
        extra_ja = f"「{r.title}」は{article_label(other.number)}の見出しです。" if other else ""
        extra_en = f" 「{r.title}」 is the title of article {other.number}." if other else ""
        yield ctx.finding(
            "reference-title-mismatch", (start, end),
            f"参照「{excerpt}」の見出しが{label}の見出し「{target.title}」と一致しません。{extra_ja}",
            f"Reference 「{excerpt}」: article {target.number} is headed 「{target.title}」, not 「{r.title}」.{extra_en}",
            suggestion=f"{label}（{target.title}）" + (f" / {article_label(other.number)}（{other.title}）" if other else ""),
        )
