"""Diff: word-level redline inside aligned articles, with every change classified.

``diff(old, new) -> DiffResult`` aligns the articles (align.py), then inside
each aligned pair aligns the clause units (paragraphs and items) and diffs
the MeCab tokens of paired units. Each distinct token becomes one code point,
diff-match-patch diffs those strings (so a change always reads as whole
words), and the result maps back to character spans.

Every change is ``editorial`` (width, spaces, wrapping, punctuation, notation
variants, a doubled particle), ``reference`` (a 第N条 renumbered consistently
with the alignment) or ``substantive`` with categories (duration, amount,
negation, modality, party, item/paragraph added/deleted, wording).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from . import grammar
from .grammar import article_label
from .align import Alignment, ArticlePair, align, parts_of
from .links import Link, document_links, links_in
from .listdepth import list_depths
from .model import Article, Document, Finding, Normalized, Source
from .textsig import canonical, canonical_bigrams, dice, shared_bigrams, squash, squash_cached
from .tokens import tokenize

try:  # the C++ build of the same algorithm; measured side by side in bench/bench_diff.py
    import fast_diff_match_patch as _fast_dmp
except ImportError:  # pragma: no cover - optional accelerator
    _fast_dmp = None  # the pure-Python library is imported where it is used (10 ms of start-up otherwise)

if TYPE_CHECKING:
    from .references import Reference

# classify (the rules of what a change is) and references are imported by the functions that compare
# text: two versions that read the same are paired without them (a tenth of clausediff diff's start-up)

# ------------------------------------------------------------------ data


@dataclass
class Change:
    kind: str  # editorial, reference, substantive
    categories: list[str]
    paragraph: int | None
    old_text: str | None
    new_text: str | None
    old_span: tuple[int, int] | None  # normalized offsets in the old / new document
    new_span: tuple[int, int] | None
    item: str | None = None
    group: str | None = None  # id of the Group (a repeated substitution) this change belongs to

    def to_dict(self, old: Document, new: Document) -> dict:
        return {
            "group": self.group,
            "kind": self.kind,
            "categories": self.categories,
            "paragraph": self.paragraph,
            "item": self.item,
            "old_text": self.old_text,
            "new_text": self.new_text,
            "old_span": list(old.source_span(self.old_span)) if self.old_span else None,
            "new_span": list(new.source_span(self.new_span)) if self.new_span else None,
        }


@dataclass
class Unit:
    """One clause unit of an article: a paragraph's own text or an item's text, label stripped."""

    kind: str  # heading-rest, paragraph, item
    paragraph: int | None
    item: str | None
    text: str
    start: int  # normalized offset of text[0]
    # for units merged by _merge_units: (offset in text, normalized offset) where each merged unit starts
    joins: tuple[tuple[int, int], ...] = ()
    label: str = ""  # the label and its separator before text[0] (「2　」, 「一 」): shown when the unit is added or deleted

    @property
    def sig(self) -> str:
        return squash_cached(self.text)

    def pos(self, i: int, end: bool = False) -> int:
        """Normalized offset of text[i] (of the end of text[i - 1] when ``end``)."""
        k = i - 1 if end and i > 0 else i
        base, at = 0, self.start
        for off, start in self.joins:
            if off <= k:
                base, at = off, start
        return at + i - base

    def span(self, s: int, e: int) -> tuple[int, int]:
        return (self.pos(s), self.pos(e, end=e > s))


@dataclass
class DiffResult:
    old: Document
    new: Document
    alignment: Alignment
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    groups: list = field(default_factory=list)  # list[classify.Group]: repeated substitutions shown once
    # the two inputs have the same bytes, recognised by hash: parsed once, nothing compared or checked
    identical: bool = False

    @property
    def pairs(self) -> list[ArticlePair]:
        return self.alignment.pairs

    def changes(self):
        for p in self.pairs:
            for c in p.changes:
                yield p, c

    def whole_articles(self) -> list[ArticlePair]:
        """The articles of the main text inserted or removed whole: shown by their text, not as changes, and
        substantive by nature (a provision added or taken away)."""
        return [p for p in self.pairs if p.part == "main" and (p.old is None) != (p.new is None)]

    def summary(self) -> dict:
        status: dict[str, int] = {}
        kinds: dict[str, int] = {}
        cats: dict[str, int] = {}
        for p in self.pairs:
            status[p.status] = status.get(p.status, 0) + 1
            for c in p.changes:
                kinds[c.kind] = kinds.get(c.kind, 0) + 1
                if c.kind == "substantive":
                    for cat in c.categories:
                        cats[cat] = cats.get(cat, 0) + 1
        matched = sum(1 for p in self.pairs if p.part == "main" and p.old is not None and p.new is not None)
        return {
            "articles_old": len(self.old.articles),
            "articles_new": len(self.new.articles),
            "status": status,
            "kinds": kinds,
            "substantive_categories": cats,
            # the changes and the articles inserted or removed whole: what --fail-on substantive counts
            "substantive": kinds.get("substantive", 0) + len(self.whole_articles()),
            "matched": matched,
            "unmatched_old": sum(1 for p in self.pairs if p.part == "main" and p.new is None),
            "unmatched_new": sum(1 for p in self.pairs if p.part == "main" and p.old is None),
            "findings": len(self.findings),
            "cross_document": self.looks_cross_document(),
            "identical": self.identical,
        }

    def looks_cross_document(self) -> bool:
        """Two different agreements (e.g. two vendors) rather than two versions of one."""
        n = max(len(self.old.articles), len(self.new.articles), 1)
        matched = sum(1 for p in self.pairs if p.part == "main" and p.old is not None and p.new is not None
                      and p.similarity >= 0.6)
        return matched / n < 0.5


# What every report says of a pair recognised as identical by hash.
IDENTICAL_NOTE = "新旧は同一のファイルです（SHA-256 が一致）。変更はありません。"
IDENTICAL_NOTE_EN = "The two files are identical (same SHA-256): nothing changed."


# ------------------------------------------------------------------ units of an article


def article_units(doc: Document, art: Article) -> list[Unit]:
    if art.block:  # a block's paragraphs are its lines (parts.py), not necessarily contiguous
        return [Unit("paragraph", None, None, p.text, p.span[0]) for p in art.paragraphs]
    units: list[Unit] = []
    text = doc.norm.text
    pos = art.heading_span[1]
    line_start = pos
    para_of: dict[int, tuple] = {}
    for p in art.paragraphs:
        para_of[p.span[0]] = ("paragraph", p)
        for it in p.all_items():
            para_of[it.span[0]] = ("item", p, it)
    current_para: int | None = None
    for line in text[pos:art.span[1]].split("\n"):
        start = line_start
        line_start += len(line) + 1
        if not line.strip():
            continue
        owner = para_of.get(start)
        body_start = 0
        kind, item_label = "paragraph", None
        if owner is not None and owner[0] == "paragraph":
            p = owner[1]
            current_para = p.number
            if p.label:
                lab = grammar.match_paragraph_number(line)
                # a label on a line of its own (### 1項, then the text): the numbering, as 1. before a text is
                body_start = lab.end if lab else len(p.label) if line.startswith(p.label) else 0
        elif owner is not None:
            p, it = owner[1], owner[2]
            current_para = p.number
            kind, item_label = "item", it.label
            lab = grammar.match_item_label(line)
            body_start = lab.end if lab else 0
        else:
            kind = "continuation"
        units.append(Unit(kind, current_para, item_label, line[body_start:], start + body_start,
                          label=line[:body_start]))
    return units


# ------------------------------------------------------------------ token diff


def _encode(tokens_a: list[str], tokens_b: list[str]) -> tuple[str, str]:
    table: dict[str, str] = {}

    def enc(toks: list[str]) -> str:
        out = []
        for t in toks:
            c = table.get(t)
            if c is None:
                cp = 0xE000 + len(table)
                if cp >= 0xF900:
                    cp = 0xF0000 + len(table)
                c = table[t] = chr(cp)
            out.append(c)
        return "".join(out)

    return enc(tokens_a), enc(tokens_b)


def token_ops(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Opcodes over token lists: (op, a_start, a_end, b_start, b_end), op in equal/delete/insert.

    diff-match-patch runs with its time limit off: the default 1 s limit silently
    returns a delete-all/insert-all diff on long inputs. Units are small because
    articles and units are aligned first.
    """
    sa, sb = _encode(a, b)
    if _fast_dmp is not None:
        raw = _fast_dmp.diff(sa, sb, timelimit=0, checklines=False, cleanup="Semantic")
        ops = [({"=": "equal", "-": "delete", "+": "insert"}[op], n) for op, n in raw]
    else:
        import diff_match_patch as _dmp_module

        dmp = _dmp_module.diff_match_patch()
        dmp.Diff_Timeout = 0
        d = dmp.diff_main(sa, sb, False)
        dmp.diff_cleanupSemantic(d)
        ops = [({0: "equal", -1: "delete", 1: "insert"}[op], len(t)) for op, t in d]
    out = []
    i = j = 0
    for op, n in ops:
        if op == "equal":
            out.append(("equal", i, i + n, j, j + n))
            i += n
            j += n
        elif op == "delete":
            out.append(("delete", i, i + n, j, j))
            i += n
        else:
            out.append(("insert", i, i, j, j + n))
            j += n
    return out


def _hunks(ops) -> list[tuple[int, int, int, int]]:
    """Consecutive delete/insert runs merged into hunks (a_start, a_end, b_start, b_end)."""
    hunks = []
    cur = None
    for op, a0, a1, b0, b1 in ops:
        if op == "equal":
            if cur is not None:
                hunks.append(tuple(cur))
                cur = None
            continue
        if cur is None:
            cur = [a0, a1, b0, b1]
        else:
            cur[1] = max(cur[1], a1)
            cur[3] = max(cur[3], b1)
    if cur is not None:
        hunks.append(tuple(cur))
    return hunks


# ------------------------------------------------------------------ the stage


def pair_units(old_units: list[Unit], new_units: list[Unit]) -> list[tuple[Unit | None, Unit | None]]:
    """Units matched in order: identical ones first, then the most similar within each gap."""
    sm = SequenceMatcher(None, [u.sig for u in old_units], [u.sig for u in new_units], autojunk=False)
    out: list[tuple[Unit | None, Unit | None]] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            out.extend(zip(old_units[i1:i2], new_units[j1:j2]))
            continue
        olds, news = old_units[i1:i2], new_units[j1:j2]
        if olds and news and canonical("".join(u.text for u in olds)) == canonical("".join(u.text for u in news)):
            # the same text cut into units differently (a wrap joined differently): not a change
            out.append((_merge_units(olds), _merge_units(news)))
            continue
        out.extend(_pair_by_similarity(olds, news))
    return out


MOVE_SIMILARITY = 0.8  # a unit deleted in one place and added in another this alike was moved


def _find_moves(paired: list[tuple[Unit | None, Unit | None]]) -> list[tuple[Unit | None, Unit | None, bool]]:
    """A paragraph or item deleted in one place of an article and added in another (理事会の議長 moved
    from 第2項 to 第3項, items reordered) is one move, shown in its new place: editorial when its text
    reads the same, with its word-level edits otherwise."""
    gone = [k for k, (o, n) in enumerate(paired) if n is None and o is not None]
    came = [k for k, (o, n) in enumerate(paired) if o is None and n is not None]
    if not gone or not came:
        return [(o, n, False) for o, n in paired]
    sig = {k: canonical(paired[k][0].text if paired[k][1] is None else paired[k][1].text) for k in gone + came}
    moved_to: dict[int, int] = {}  # index of the added unit → index of the deleted one
    for k in gone:
        same = next((j for j in came if j not in moved_to and sig[j] == sig[k] and sig[k]), None)
        if same is not None:
            moved_to[same] = k
    for k in gone:
        if k in moved_to.values() or len(sig[k]) < 10:
            continue
        bk = shared_bigrams(sig[k])
        scored = [(dice(bk, shared_bigrams(sig[j])), j) for j in came if j not in moved_to and len(sig[j]) >= 10]
        best = max(scored, default=(0.0, None))
        if best[0] >= MOVE_SIMILARITY:
            moved_to[best[1]] = k
    out: list[tuple[Unit | None, Unit | None, bool]] = []
    for k, (o, n) in enumerate(paired):
        if k in moved_to:
            out.append((paired[moved_to[k]][0], n, True))
        elif k not in moved_to.values():
            out.append((o, n, False))
    return out


def _merge_units(units: list[Unit]) -> Unit:
    u = units[0]
    joins, off = [], 0
    for x in units:
        joins.append((off, x.start))
        off += len(x.text)
    return Unit(u.kind, u.paragraph, u.item, "".join(x.text for x in units), u.start, tuple(joins), u.label)


def _pair_by_similarity(olds: list[Unit], news: list[Unit]) -> list[tuple[Unit | None, Unit | None]]:
    """Monotone pairing that maximises total similarity (units above 0.4 only)."""
    n, m = len(olds), len(news)
    if not n or not m:
        return [(o, None) for o in olds] + [(None, u) for u in news]
    bo = [canonical_bigrams(u.text) for u in olds]
    bn = [canonical_bigrams(u.text) for u in news]
    sim = [[dice(bo[i], bn[j]) for j in range(m)] for i in range(n)]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = sim[i][j] + best[i + 1][j + 1] if sim[i][j] >= 0.4 else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    out: list[tuple[Unit | None, Unit | None]] = []
    i = j = 0
    while i < n and j < m:
        if sim[i][j] >= 0.4 and best[i][j] == sim[i][j] + best[i + 1][j + 1]:
            out.append((olds[i], news[j]))
            i += 1
            j += 1
        elif best[i][j] == best[i + 1][j]:
            out.append((olds[i], None))
            i += 1
        else:
            out.append((None, news[j]))
            j += 1
    out.extend((olds[k], None) for k in range(i, n))
    out.extend((None, news[k]) for k in range(j, m))
    return out


def parses_the_same(old_norm: Normalized, new_norm: Normalized, old_src: Source, new_src: Source) -> bool:
    """Everything the structure parser reads is the same (the normalized text, its Markdown or HTML
    headings, how deep in a list each line stands, the tables), so the two parse to the same units: only
    their maps to the sources differ."""
    return old_norm.text == new_norm.text and old_norm.headings == new_norm.headings \
        and old_src.tables == new_src.tables \
        and list_depths(old_norm, old_src) == list_depths(new_norm, new_src)


def reads_the_same(old: Document, new: Document) -> bool:
    """The two versions parse to the same units, with links to the same places."""
    return parses_the_same(old.norm, new.norm, old.source, new.source) and document_links(old) == document_links(new)


def unchanged_result(old: Document, new: Document) -> DiffResult:
    """Two versions that read the same (same bytes, or the same text after normalization): every unit
    paired with itself, nothing tokenized or compared. The same text parses to the same units.
    diff() gives this when reads_the_same(old, new); api.compare_files, which knows two files have the
    same bytes, asks for it directly."""
    pairs = []
    parts = parts_of(old)
    # one parse shared by both sides (api.compare_files: the same bytes, or the same text) has one set
    # of parts: made once
    shared = new.articles is old.articles and new.chapters is old.chapters and new.norm.text == old.norm.text
    for po, pn in zip(parts, parts if shared else parts_of(new)):
        pairs.extend(ArticlePair(a, b, "unchanged", 1.0) for a, b in zip(po.articles, pn.articles))
    pairs.sort(key=lambda p: p.new.span[0])
    return DiffResult(old, new, Alignment(old, new, pairs, {a.number: a.number for a in old.articles}))


def _title_unit(doc: Document, art: Article) -> Unit | None:
    """The article's (or heading's) title as a unit, at its place in the heading."""
    if not art.title:
        return None
    at = doc.norm.text.find(art.title, art.span[0], max(art.heading_span[1], art.span[0] + len(art.title)))
    if at < 0:
        return None
    return Unit("title", None, None, art.title, at)


def _unit_change(u: Unit, doc_side: str) -> Change:
    added = doc_side == "new"
    kind = u.kind if u.kind in ("item", "title") else "paragraph"
    cat = f"{kind}-{'added' if added else 'deleted'}"
    # a whole unit added or deleted is shown as the reader sees it, with its label (「2　専門的知識を…」)
    text = u.label + u.text
    span = (u.start - len(u.label), u.start + len(u.text))
    severity = "editorial" if kind == "title" else "substantive"  # a 見出し added or dropped: see diff_pair
    return Change(severity, [cat], u.paragraph, None if added else text, text if added else None,
                  None if added else span, span if added else None, u.item)


def diff_units(old_u: Unit, new_u: Unit, number_map: dict[str, str],
               findings: list[Finding], new_article: Article) -> list[Change]:
    """The classified changes between two paired clause units.

    A citation the new version edited is a change (reference when it still points at the same
    provision, substantive reference-target when not), never a stale reference: ``findings`` is
    left to the check of carried-over citations (_stale_references).
    """
    if old_u.text == new_u.text:
        return []
    from .classify import Stretch, classify, token_range, widen, widen_to_citations

    ot = tokenize(old_u.text)
    nt = tokenize(new_u.text)
    ops = token_ops([t.surface for t in ot], [t.surface for t in nt])
    changes: list[Change] = []
    hunks = _hunks(ops)
    floor_a = floor_b = 0  # where the previous stretch ended: tokens, then characters
    lo_old = lo_new = 0
    for k, (a0, a1, b0, b1) in enumerate(hunks):
        a0, a1, b0, b1 = widen(ot, nt, a0, a1, b0, b1, floor_a, floor_b)
        oc0 = ot[a0].start if a0 < len(ot) else len(old_u.text)
        oc1 = ot[a1 - 1].end if a1 > a0 else oc0
        nc0 = nt[b0].start if b0 < len(nt) else len(new_u.text)
        nc1 = nt[b1 - 1].end if b1 > b0 else nc0
        if k + 1 < len(hunks):
            na0, nb0 = hunks[k + 1][0], hunks[k + 1][2]
            hi_old = ot[na0].start if na0 < len(ot) else len(old_u.text)
            hi_new = nt[nb0].start if nb0 < len(nt) else len(new_u.text)
            if na0 > 0 and nb0 > 0:  # the next stretch may take in one word to its left (widen)
                hi_old, hi_new = ot[na0 - 1].start, nt[nb0 - 1].start
        else:
            hi_old, hi_new = len(old_u.text), len(new_u.text)
        if not old_u.text[oc0:oc1].strip() and not new_u.text[nc0:nc1].strip():
            floor_a, floor_b, lo_old, lo_new = a1, b1, oc1, nc1
            continue
        kind, cats = classify(Stretch(old_u.text, new_u.text, ot, nt, a0, a1, b0, b1, oc0, oc1, nc0, nc1,
                                      number_map, new_article.number,
                                      new_u.paragraph if new_u.paragraph == old_u.paragraph else None))
        if "reference-target" in cats:
            # a citation that now points elsewhere is shown whole (第68条第2項 → 第19条の2第1項)
            oc0, oc1, nc0, nc1 = widen_to_citations(old_u.text, new_u.text, oc0, oc1, nc0, nc1,
                                                    lo_old, lo_new, max(hi_old, oc1), max(hi_new, nc1))
            a1, b1 = token_range(ot, oc0, oc1)[1], token_range(nt, nc0, nc1)[1]
        floor_a, floor_b, lo_old, lo_new = a1, b1, oc1, nc1
        old_text = old_u.text[oc0:oc1]
        new_text = new_u.text[nc0:nc1]
        changes.append(Change(
            kind, cats, new_u.paragraph if new_u.paragraph is not None else old_u.paragraph,
            old_text or None, new_text or None,
            old_u.span(oc0, oc1), new_u.span(nc0, nc1),
            new_u.item or old_u.item,
        ))
    return changes


def _stale_references(pair: ArticlePair, old: Document, new: Document, number_map: dict[str, str],
                      old_numbers: set[str], findings: list[Finding]) -> None:
    """References left pointing at an article's old number although that article moved (条ズレ)."""
    from .references import find_references

    a, b = pair.old, pair.new
    old_refs = [r for r in find_references(a.body) if not r.external and r.article]
    new_refs = [r for r in find_references(b.body) if not r.external and r.article]
    body_offset = b.span[1] - len(b.body)
    for o, n in _carried_references(old_refs, new_refs, number_map):
        x = n.article
        target = number_map.get(x)
        where = (body_offset + n.span[0], body_offset + n.span[1])
        if target is not None and target != x:
            findings.append(Finding(
                "reference-stale", "error",
                f"参照「{n.text}」が更新されていません。旧{article_label(x)}は新版では{article_label(target)}です（条ズレ）。",
                f"Stale reference {n.text}: old article {x} is article {target} in the new version.",
                n.text, where, b.number, *_para_item(new, where[0]), article_label(target),
            ))
        elif target is None and x in old_numbers:
            findings.append(Finding(
                "reference-stale", "error",
                f"参照「{n.text}」の参照先（旧{article_label(x)}）は新版で削除されています。",
                f"Reference {n.text} points at old article {x}, which the new version deleted.",
                n.text, where, b.number, *_para_item(new, where[0]), None,
            ))


def _carried_references(old_refs: list[Reference], new_refs: list[Reference], number_map: dict[str, str]):
    """Pairs (old ref, new ref) where the new text kept the old reference's number unchanged.

    The reference lists are aligned in order on what each new reference should read
    (the old number mapped through the alignment) so that updated references pair with
    their originals and only references carried over verbatim remain.
    """
    expected = [number_map.get(r.article, r.article) for r in old_refs]
    actual = [r.article for r in new_refs]
    sm = SequenceMatcher(None, expected, actual, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == j2 - j1:
            for o, n in zip(old_refs[i1:i2], new_refs[j1:j2]):
                if o.article == n.article:
                    yield o, n


def _para_item(doc: Document, pos: int) -> tuple[int | None, str | None]:
    _, p, it = doc.locate(pos)
    return (p.number if p else None, it.label if it else None)


def diff_pair(pair: ArticlePair, result: DiffResult) -> None:
    old, new = result.old, result.new
    a, b = pair.old, pair.new
    number_map = result.alignment.numbers_near(a)
    if a is None or b is None:
        if pair.part != "main":
            # outside the main text an inserted or deleted unit is shown by its text: a 附則 article,
            # a 別紙 row or a 前文 line has no article number of its own for the reader to look up
            side, doc, art = ("new", new, b) if a is None else ("old", old, a)
            units = article_units(doc, art)
            title = _title_unit(doc, art)
            pair.changes = [_unit_change(u, side) for u in ([title] if title else []) + units]
        return
    if pair.status == "deleted":
        # kept as 「削除」 in the new version: the whole old article is the change
        pair.changes = [Change("substantive", ["article-deleted"], None, a.body, b.body,
                               (a.heading_span[1], a.span[1]), (b.heading_span[1], b.span[1]))]
        return
    changes: list[Change] = []
    if (a.title or "") != (b.title or ""):
        ta, tb = _title_unit(old, a), _title_unit(new, b)
        if ta is not None and tb is not None:
            # a 見出し is text like any other: および→及び is notation, 共用部分→専有部分 is not
            for c in diff_units(ta, tb, number_map, result.findings, b):
                # A 見出し (article caption, chapter title) names the provision and has no operative
                # force of its own: its edits are shown word by word, and are editorial.
                kind = c.kind if c.kind == "reference" else "editorial"  # a citation in it stays a reference
                c.kind, c.categories = kind, ["title"] + [x for x in c.categories if x != "title"]
                changes.append(c)
        else:
            changes.append(Change("editorial", ["title"], None, a.title, b.title,
                                  ta.span(0, len(ta.text)) if ta else a.heading_span,
                                  tb.span(0, len(tb.text)) if tb else b.heading_span))
    if a.body != b.body and squash(a.body) != squash(b.body):
        pair.units = pair_units(article_units(old, a), article_units(new, b))
        for ou, nu, moved in _find_moves(pair.units):
            if moved:
                changes.append(Change("editorial", ["moved"], nu.paragraph, ou.label + ou.text, nu.label + nu.text,
                                      (ou.start - len(ou.label), ou.pos(len(ou.text), end=True)),
                                      (nu.start - len(nu.label), nu.pos(len(nu.text), end=True)), nu.item))
                if ou.text != nu.text:
                    changes.extend(diff_units(ou, nu, number_map, result.findings, b))
            elif ou is None or nu is None:
                u = nu if ou is None else ou
                if u.text.strip():  # a label on a line of its own (### 九項) is shown with the text below it
                    changes.append(_unit_change(u, "new" if ou is None else "old"))
            else:
                changes.extend(diff_units(ou, nu, number_map, result.findings, b))
    pair.changes = changes
    if pair.status in ("unchanged", "renumbered") and any(c.kind != "reference" for c in changes):
        pair.status = "modified"
    elif pair.status == "unchanged" and changes:
        pair.status = "modified"


def diff(old: Document, new: Document) -> DiffResult:
    """The changes between two versions, and the findings only a revision can cause (条ズレ).

    Pure: neither document nor the (cached) alignment is changed; the pairs of the result are
    copies. Checks of the new version as a document are composed by the caller
    (``api.compare_versions``), so a diff never reruns them behind the caller's back.
    """
    if reads_the_same(old, new):
        return unchanged_result(old, new)
    alignment = align(old, new)
    result = DiffResult(old, new, alignment)
    old_numbers = {a.number for a in old.articles}
    # A reference can only be left stale if some old article now has another number or is gone.
    renumbered = any(alignment.number_map.get(x) != x for x in old_numbers) or old.numbering == "chapter"
    old_links, new_links = document_links(old), document_links(new)
    for pair in alignment.pairs:
        diff_pair(pair, result)
        if pair.old is not None and pair.new is not None and (old_links or new_links):
            moved_links = link_changes(pair, old, new, old_links, new_links)
            if moved_links:
                pair.changes.extend(moved_links)
                if pair.status in ("unchanged", "renumbered"):
                    pair.status = "modified"
        # a 附則 records the text as it was amended then: its citations keep the numbers of their day
        if renumbered and pair.old is not None and pair.new is not None and not pair.part.startswith("supplementary"):
            _stale_references(pair, old, new, alignment.numbers_near(pair.old), alignment.numbers_of(pair.old),
                              result.findings)
    _merged_additions(alignment.pairs)
    from .classify import group_repeated_substitutions

    result.groups = group_repeated_substitutions(alignment.pairs)
    result.findings.sort(key=lambda f: f.span)
    dedupe_findings(result)
    return result


_ADDED = ("paragraph-added", "item-added")


def _merged_additions(pairs: list[ArticlePair]) -> None:
    """A new article made of several old ones (統合: 第19条〜第21条 → 第十七条 一項〜三項) is paired with each of them:
    a unit another old article brought is no addition to this one's, and a unit none of them brought is added once."""
    by_new: dict[int, list[ArticlePair]] = {}
    for p in pairs:
        if p.old is not None and p.new is not None:
            by_new.setdefault(id(p.new), []).append(p)
    for group in by_new.values():
        if len(group) < 2:
            continue
        added = Counter(c.new_span for p in group for c in p.changes if c.categories and c.categories[0] in _ADDED)
        shown: set = set()
        for p in group:
            kept = []
            for c in p.changes:
                if c.categories and c.categories[0] in _ADDED:
                    if added[c.new_span] < len(group) or c.new_span in shown:
                        continue
                    shown.add(c.new_span)
                kept.append(c)
            p.changes = kept


def link_changes(pair: ArticlePair, old: Document, new: Document, old_links: list[Link],
                 new_links: list[Link]) -> list[Change]:
    """The links of a pair of units whose address changed, or that were put on or taken off words both
    versions have: editorial ``link`` changes, pointing at the anchor's words. (A link whose words
    changed too is paired by position, so its new address is shown beside the word diff.)"""
    a, b = pair.old, pair.new
    ol, nl = links_in(old_links, a.span), links_in(new_links, b.span)
    if [lk.url for lk in ol] == [lk.url for lk in nl]:
        return []

    def words(doc: Document, lk: Link) -> str:
        return doc.norm.text[lk.span[0]:lk.span[1]]

    def located(lk: Link) -> tuple[int | None, str | None]:
        para, item = b.locate(lk.span[0])
        return (para.number if para is not None else None), (item.label if item is not None else None)

    out: list[Change] = []
    matcher = SequenceMatcher(None, [squash(words(old, lk)) for lk in ol], [squash(words(new, lk)) for lk in nl],
                              autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for lo, ln in zip(ol[i1:i2], nl[j1:j2]):
                if lo.url != ln.url:
                    paragraph, item = located(ln)
                    out.append(Change("editorial", ["link"], paragraph, f"{words(old, lo)} <{lo.url}>",
                                      f"{words(new, ln)} <{ln.url}>", lo.span, ln.span, item))
            continue
        # a link put on words the old version has unlinked (or taken off words the new version keeps)
        for ln in nl[j1:j2]:
            w = words(new, ln)
            if w and w in a.text:
                at = old.norm.text.find(w, a.span[0], a.span[1])
                paragraph, item = located(ln)
                out.append(Change("editorial", ["link"], paragraph, w, f"{w} <{ln.url}>",
                                  (at, at + len(w)) if at >= 0 else None, ln.span, item))
        for lo in ol[i1:i2]:
            w = words(old, lo)
            if w and w in b.text:
                at = new.norm.text.find(w, b.span[0], b.span[1])
                para, it = b.locate(at) if at >= 0 else (None, None)
                out.append(Change("editorial", ["link"], para.number if para is not None else None,
                                  f"{w} <{lo.url}>", w, lo.span, (at, at + len(w)) if at >= 0 else None,
                                  it.label if it is not None else None))
    return out


# A finding of the key's rule where the value's rule has spoken is the same defect seen with less: the diff knows
# which article a stale citation meant (reference-stale), the new version alone only guesses it (reference-shifted).
_SAID_BETTER_BY = {"reference-shifted": "reference-stale"}


def dedupe_findings(result: DiffResult) -> None:
    seen = set()
    out = []
    for f in result.findings:
        key = (f.rule, f.span)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    said = {(f.rule, f.span) for f in out}
    result.findings = [f for f in out if (_SAID_BETTER_BY.get(f.rule), f.span) not in said]

