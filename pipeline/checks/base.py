"""What every check is made of: the registry of rules (``@rule``), the per-document ``Context`` the rules
read (memoized tokens, units, places), per-line results shared across documents (``LineMemo``), the data
files and small text helpers. The package (``pipeline.checks``) re-exports these names; the rule modules
import them from there.
"""

from __future__ import annotations

import bisect
import importlib
import json
import re
import unicodedata
import weakref
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from ..grammar import article_label, lines_holding as grammar_lines_holding
from ..model import Article, Document, Finding, Item, Paragraph, SEVERITIES, per_document
from ..tokens import LONG_LINE, Token, is_known_word, line_tokens, shifted, tokenize
from .chars import KANJI, chinese_lines, is_hiragana, is_kanji, is_katakana  # noqa: F401 (what the rule modules import from here)
from .cut_text import TELLS_THE_CUT, cut_off_at, text_end  # noqa: F401

# A web address in the text (inline in a text file, or a Markdown link's target): not prose, so no rule
# reads its letters as words, brackets or names.
URL = re.compile(r"https?://[!-~]+")

SCHEMA = "clausediff.findings/1"
DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# Modules that define rules; imported on first use of the registry.
RULE_MODULES = ("duration", "periods", "refs", "survival", "numbering", "wording", "names", "brackets",
                "spaces", "terms", "notation", "duplication", "typos", "lists", "conventions", "refcontent",
                "shifted", "endings", "headings", "empty", "placeholders", "markup", "obsolete", "terms_undefined", "dates",
                "toc")


# ------------------------------------------------------------------ registry


# What a rule's findings depend on. "unit": only the text of the article (or the line outside articles)
# they are in, so a revision can introduce them only in the units it changed, and a diff runs the rule on
# those units alone. "document": counts or structure of the whole document (majorities, definitions,
# citations, numbering), so a finding may appear in text the revision did not touch. "words": a defect of
# the words it stands on (a misspelling), the whole document's usage weighing the evidence (how often it
# writes each spelling, the names it gives): a revision introduces one only in the units it wrote, since an
# untouched word is no new defect because the rest of the document now leans another way, so a diff runs the
# rule on those units alone, reading the evidence from the whole new version (``ctx.full``).
SCOPES = ("unit", "words", "document")


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str  # default severity; a finding may be milder (e.g. okurigana-only title mismatch → info)
    func: Callable[["Context"], Iterable[Finding]]
    title: str  # what the rule reports, in Japanese
    title_en: str
    scope: str = "document"
    # How a diff finds what a revision did to a document rule's findings without running it on the whole
    # document (see introduced_findings). At most one of the two; neither: the rule runs in full.
    # facts(ctx) -> hashable: everything outside a unit that the rule's findings in the unit depend on
    # (majorities, defined words, structure), cheap on a cold document. Equal in both versions → the
    # unchanged units have the same findings on both sides (wherever they stand, as long as each stands
    # as many times in both), and the rule runs on the changed units only, reading the facts from ``ctx.full``.
    facts: Callable[["Context"], object] | None = None
    # footprint(ctx, span) -> hashable: what one unit contributes to those facts (its words as the
    # tagger reads them, its sentences), asked of the changed units only. When the changed units of both
    # versions leave the same footprints at the same places among the unchanged ones (which come in the
    # same order), the facts are the same without being computed: the rule runs on the changed units.
    # Tried before the facts, which are computed when the footprints differ. A rule with facets gives
    # a footprint per facet (a dict): the facets whose footprints agree are found on the changed units,
    # the others on the whole documents (``ctx.skip`` tells the first run which to leave to the second).
    footprint: Callable[["Context", tuple[int, int]], object] | None = None
    # tally(source, normalized) -> Counter: counts of the document the facts are made of, made of
    # counts per line (given whole lines of the source and of the normalized text, or the whole texts).
    # A diff then takes the old version's counts from the new one's and the changed lines of both,
    # when the other lines are the same in both (in any order; blank lines aside: a tally counts nothing
    # in white space), instead of reading the old version. The rule reads them with document_tally.
    tally: Callable[[str, str], Counter] | None = None
    # facets(ctx, span) -> iterable of hashables: what the text of ``span`` takes part in (a notation
    # group it spells). The rule's findings fall into independent facets: one that no changed unit of
    # either version touches has the same findings in both, so the rule runs on the whole document for
    # the touched facets only (``ctx.only``). With facts or a footprint, the way taken when they differ.
    facets: Callable[["Context", tuple[int, int]], Iterable[object]] | None = None


_REGISTRY: dict[str, Rule] = {}
_LOADED = False


def rule(id: str, severity: str, title: str = "", title_en: str = "", scope: str = "document",
         facts: Callable[["Context"], object] | None = None,
         footprint: Callable[["Context", tuple[int, int]], object] | None = None,
         facets: Callable[["Context", tuple[int, int]], Iterable[object]] | None = None,
         tally: Callable[[str, str], Counter] | None = None):
    """Register a check: ``@rule("confusable-word", "error", "誤字", "misspelling", scope="unit")``.
    ``scope`` says what its findings depend on (see SCOPES); "document" is always correct, "unit" lets a
    diff check only the changed units. A document rule may say how a diff can still look at less than
    the whole document: ``facts`` and/or ``footprint``, or ``facets`` (see Rule)."""
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r}")
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}; known: {', '.join(SCOPES)}")
    if tally is not None and facts is None:
        raise ValueError(f"rule {id!r}: a tally is what facts are made of: facts needed")
    if (facts is not None or footprint is not None or facets is not None) and scope != "document":
        raise ValueError(f"rule {id!r}: facts, footprints and facets are for document rules")

    def deco(func):
        if id in _REGISTRY and _REGISTRY[id].func is not func:
            raise ValueError(f"rule {id!r} registered twice")
        _REGISTRY[id] = Rule(id, severity, func, title, title_en, scope,
                             facts=facts, footprint=footprint, tally=tally, facets=facets)
        return func

    return deco


def _load_rules() -> None:
    global _LOADED
    if not _LOADED:
        for name in RULE_MODULES:
            importlib.import_module(f"{__package__}.{name}")
        _LOADED = True


def load_rules() -> None:
    """Import every rule module (some thousand patterns compiled): done before a process forks workers, so that each
    starts with them."""
    _load_rules()


# id → Rule; filled by the imports at the end of this module.
RULES: dict[str, Rule] = _REGISTRY


def _within(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


# A rule that raises on a document (a bug met on text nobody foresaw) must not take the other rules'
# findings with it, nor the batch's run: its findings are replaced by one ``rule-failed`` finding that
# names it (its excerpt is the rule's id), which every report shows and the command line turns into exit
# code 8 (errors.RAISE_RULE_ERRORS: raise instead, for --debug and the tests).
FAILED_RULE = "rule-failed"


def _rule_findings(ctx: "Context", r: Rule) -> list[Finding]:
    try:
        return list(r.func(ctx))
    except Exception as e:
        from .. import errors
        if errors.RAISE_RULE_ERRORS or isinstance(e, errors.ClausediffError):  # a limit stops the document, as documented
            raise
        at = ctx.scope[0][0] if ctx.scope else 0  # inside a scoped run's scope, so that it is kept
        why = f"{type(e).__name__}: {e}"[:200]
        return [ctx.finding(
            FAILED_RULE, (at, at),
            f"検査規則「{r.id}」がこの文書の検査中に内部エラーで止まりました（{why}）。この規則の指摘は含まれていません"
            "（他の規則の指摘は有効です）。不具合として報告してください。",
            f"The check {r.id!r} stopped with an internal error on this document ({why}); its findings are "
            "missing (the other checks' findings stand). Please report it as a bug.",
            excerpt=r.id)]


@rule(FAILED_RULE, "error", "検査規則の内部エラー（その規則の指摘は欠けています）", "a check that failed on this document")
def _failed_rules(ctx: "Context"):
    return ()  # the findings are made where a rule fails (_rule_findings); registered to be documented and kept


def _run(ctx: "Context", selected: list[Rule]) -> list[Finding]:
    out: list[Finding] = []
    seen = set()
    # a text cut off in mid-sentence (cut_off_at) cuts its last word too: 「…拒絶するとと」 is とともに cut, no とと
    cut_end = text_end(ctx) if cut_off_at(ctx) is not None else None
    # a passage in Chinese (a translation printed beside the terms) is no Japanese to check
    chinese = ctx.full.memo("base.chinese_lines", lambda: chinese_lines(ctx.full.text))
    for r in selected:
        for f in _rule_findings(ctx, r):
            if f.rule != r.id and f.rule != FAILED_RULE:
                continue  # a rule family computes several ids at once; keep only the one asked for
            if cut_end is not None and f.span[1] >= cut_end and f.rule not in (FAILED_RULE, TELLS_THE_CUT):
                continue
            if chinese and f.rule != FAILED_RULE and any(a <= f.span[0] and f.span[1] <= b + 1 for a, b in chinese):
                continue
            key = (f.rule, f.span, f.message)
            if key in seen:
                continue
            seen.add(key)
            out.append(f)
    out.sort(key=lambda f: (f.span[0], f.span[1], f.rule))
    return out


# A document's findings computed on the whole of it: every rule's ("findings:all", run_checks) or one rule's
# ("rule_findings:ID", a diff's document rules). They depend on the document alone, so they can be kept with
# it (known_findings) and given back to it in another process (learn_findings): see document_cache.
_ALL_KEY, _RULE_KEY = "findings:all", "rule_findings:"


def whole_document_findings(ctx: "Context", rules: list[Rule]) -> list[Finding]:
    """``_run`` of ``rules`` on the whole document of ``ctx``, each rule's findings computed once a
    document (and taken from its known ones)."""
    full = ctx.full
    every = full._cache.get(_ALL_KEY)
    out: list[Finding] = []
    for r in rules:
        if every is not None:
            out += [f for f in every if f.rule == r.id]
        else:
            out += full.memo(_RULE_KEY + r.id, lambda r=r: _run(full, [r]))
    out.sort(key=lambda f: (f.span[0], f.span[1], f.rule))
    return out


def known_findings(doc: Document) -> dict[str, list[Finding]]:
    """The findings computed so far on the whole of ``doc``: rule id → findings, or ``{"*": all}`` when
    every rule ran."""
    cache = context(doc)._cache
    if _ALL_KEY in cache:
        return {"*": cache[_ALL_KEY]}
    return {k[len(_RULE_KEY):]: v for k, v in cache.items() if k.startswith(_RULE_KEY)}


def learn_findings(doc: Document, known: dict[str, list[Finding]]) -> None:
    """Give ``doc`` findings computed on it before (``known_findings`` of the same document, the same code):
    the rules are not run again."""
    cache = context(doc)._cache
    for rid, found in known.items():
        cache.setdefault(_ALL_KEY if rid == "*" else _RULE_KEY + rid, found)


def one_finding_per_correction(text: str, found: list[Finding]) -> list[Finding]:
    """``found`` (sorted by position) without a finding whose correction another rule already makes at the same
    place: where two overlapping findings, each applied, give the same text (name-variant パートアイム → パートタイム
    and term-inconsistent パートアイム労働者 → パートタイム労働者), a reviewer is shown one slip once, by the finding
    that points at it most narrowly."""
    drop: set[int] = set()
    for i, f in enumerate(found):
        if f.suggestion is None:
            continue
        for j in range(i + 1, len(found)):
            g = found[j]
            if g.span[0] >= f.span[1]:
                break
            if g.rule == f.rule or g.suggestion is None:
                continue
            a, b = min(f.span[0], g.span[0]), max(f.span[1], g.span[1])
            if (text[a:f.span[0]] + f.suggestion + text[f.span[1]:b]
                    == text[a:g.span[0]] + g.suggestion + text[g.span[1]:b]):
                drop.add(i if f.span[1] - f.span[0] > g.span[1] - g.span[0] else j)
    return [f for k, f in enumerate(found) if k not in drop] if drop else found


# ------------------------------------------------------------------ per-document context


_CONTEXTS: dict[int, tuple] = {}


def context(doc: Document) -> "Context":
    """The memoized Context of ``doc`` (tokens, references… computed once per document), kept as long as the
    document lives."""
    return per_document(_CONTEXTS, doc, lambda: Context(doc))


def _blank(text: str) -> str:
    return "\n".join(" " * len(line) for line in text.split("\n"))


def _blank_outside(text: str, scope: list[tuple[int, int]]) -> str:
    """``text`` with every character outside ``scope`` but line breaks turned into a space."""
    out, pos = [], 0
    for s, e in scope:
        if s > pos:
            out.append(_blank(text[pos:s]))
        out.append(text[max(s, pos):e])
        pos = max(pos, e)
    out.append(_blank(text[pos:]))
    return "".join(out)


@dataclass
class Unit:
    """A clause unit: a paragraph's own text (without its items), an item's own text, or a line outside articles."""

    span: tuple[int, int]
    kind: str  # paragraph, item, heading, line, continuation (see Context._uncovered_text)
    article: Article | None
    paragraph: Paragraph | None
    item: Item | None

    def text_start(self, text: str) -> int:
        """Where the unit's own words start in ``text``: after its paragraph's or item's label, when it opens with it."""
        node = self.item or self.paragraph
        label = (getattr(node, "label", None) or "") if node is not None else ""
        return self.span[0] + (len(label) if label and text.startswith(label, self.span[0]) else 0)


class Context:
    def __init__(self, doc: Document, scope: list[tuple[int, int]] | None = None, only: frozenset | None = None,
                 whole_text: bool = False):
        self._doc = weakref.ref(doc)  # the context cache must not keep documents alive
        # A scoped context's text is blank outside its scope (same length, same lines), so that a unit rule
        # sees nothing else; with ``whole_text`` (a words rule: it weighs its evidence over the whole
        # document) it is the document's, and only ``finditer`` keeps to the scope.
        self.text = doc.norm.text if scope is None or whole_text else _blank_outside(doc.norm.text, scope)
        # the spans a unit rule looks at (a diff's changed units); None: the whole document
        self.scope = scope
        # the context of the whole document, where a rule run on a scope (or on some facets) reads and
        # keeps the document's facts
        self.full = self if scope is None and only is None else context(doc)
        # the facets a rule with facets is asked about (a diff's touched ones); None: all
        self.only = only
        # rule id → the facets a rule run on a scope leaves to a run on the whole document
        self.skip: dict[str, frozenset] = {}
        self._cache: dict[str, object] = {}
        self._line_tokens: dict[int, tuple[tuple[Token, ...], list[int], int]] = {}
        self._line_starts: list[int] | None = None
        arts = sorted(doc.all_articles(), key=lambda a: a.span[0])
        self._art_starts = [a.span[0] for a in arts]
        self._arts = arts

    @property
    def doc(self) -> Document:
        doc = self._doc()
        if doc is None:
            raise RuntimeError("the document of this check context no longer exists")
        return doc

    def in_scope(self, pos: int) -> bool:
        return self.scope is None or _within(self.scope, pos)

    # ---------------------------------------------------------- memo

    def memo(self, key: str, fn: Callable[[], object]):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    def line_tokens(self, pos: int) -> tuple[tuple[Token, ...], list[int], int]:
        """The tokens of the line holding ``pos``, their starts, and the line's offset.

        Token offsets are relative to the line (add the offset): the tokens are the tokenizer's
        cached ones, not copies. MeCab tags line by line, so they are exactly the document's
        tokens on that line, and a rule that looks at a few places tokenizes nothing else.
        """
        start, end = self.line_span(pos)
        by_line = self._line_tokens
        hit = by_line.get(start)
        if hit is None:
            line = self.text[start:end]
            if len(line) <= LONG_LINE:
                toks, base = line_tokens(line), start
            else:
                toks, base = tuple(tokenize(line, start)), 0
            hit = by_line[start] = (toks, [t.start for t in toks], base)
        return hit

    def token_at(self, pos: int) -> Token | None:
        """The token covering normalized position ``pos`` (None on whitespace), with document offsets."""
        toks, starts, base = self.line_tokens(pos)
        i = bisect.bisect_right(starts, pos - base) - 1
        if i >= 0 and toks[i].start <= pos - base < toks[i].end:
            t = toks[i]
            return shifted(t, base)
        return None

    def tokens_from(self, pos: int) -> tuple[tuple[Token, ...], int, int]:
        """``line_tokens`` of the line holding ``pos`` with the index of the first token starting at or after it:
        (tokens, index, offset to add to their starts and ends)."""
        toks, starts, base = self.line_tokens(pos)
        return toks, bisect.bisect_left(starts, pos - base), base

    @property
    def line_starts(self) -> list[int]:
        starts = self._line_starts
        if starts is None:  # an attribute, not a memo entry: rules ask for lines 10⁵ times per document
            starts = [0]
            starts.extend(m.end() for m in re.finditer("\n", self.text))
            self._line_starts = starts
        return starts

    def line_span(self, pos: int) -> tuple[int, int]:
        starts = self._line_starts or self.line_starts
        i = bisect.bisect_right(starts, pos) - 1
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(self.text)
        return starts[i], end

    # ---------------------------------------------------------- structure

    def article_at(self, pos: int) -> Article | None:
        i = bisect.bisect_right(self._art_starts, pos) - 1
        while i >= 0:
            a = self._arts[i]
            if a.span[0] <= pos < a.span[1]:
                return a
            if a.span[1] <= pos:
                return None
            i -= 1
        return None

    def locate(self, pos: int) -> tuple[Article | None, Paragraph | None, Item | None]:
        art = self.article_at(pos)
        if art is None:
            return None, None, None
        return (art, *art.locate(pos))

    @property
    def units(self) -> list[Unit]:
        """The clause units, in order; a scoped context's are those of its scope (the others are blank)."""
        if self.scope is None:
            return self.memo("units", self._build_units)
        return self.memo("units", lambda: [u for u in self.full.units if _within(self.scope, u.span[0])])

    def finditer(self, pattern: re.Pattern) -> Iterable[re.Match]:
        """``pattern.finditer`` over the text, or over a scoped context's scope only: a diff that changed one
        article of a law does not scan a megabyte of blank for it. Each span of the scope is scanned with
        the line break after it (the end of its last line), the text outside being blank."""
        if self.scope is None:
            return finditer(pattern, self.text)
        return self._scoped_finditer(pattern)

    def _scoped_finditer(self, pattern: re.Pattern) -> Iterable[re.Match]:
        text, n = self.text, len(self.text)
        for s, e in self._scan_windows():
            yield from finditer(pattern, text, s, min(n, e))

    @property
    def scanned_text(self) -> str:
        """The text ``finditer`` scans, joined: to ask cheaply whether a word occurs where a rule looks."""
        if self.scope is None:
            return self.text
        return self.memo("scanned_text", lambda: "\n".join(self.text[s:e] for s, e in self._scan_windows()))

    def _scan_windows(self) -> list[tuple[int, int]]:
        def build():
            out: list[tuple[int, int]] = []
            for s, e in self.scope:
                e += 1  # the line break that ends the unit
                if out and s <= out[-1][1]:
                    out[-1] = (out[-1][0], max(out[-1][1], e))
                else:
                    out.append((s, e))
            return out
        return self.memo("scan_windows", build)

    def _build_units(self) -> list[Unit]:
        units: list[Unit] = []
        covered: list[tuple[int, int]] = []
        for art in self._arts:
            covered.append(art.span)
            first_of_article = len(units)
            units.append(Unit(art.heading_span, "heading", art, None, None))
            for para in art.paragraphs:
                first_child = para.items[0].span[0] if para.items else para.span[1]
                units.append(Unit((para.span[0], max(para.span[0], first_child)), "paragraph", art, para, None))

                def walk(items, para=para):
                    for it in items:
                        end = it.items[0].span[0] if it.items else it.span[1]
                        units.append(Unit((it.span[0], max(it.span[0], end)), "item", art, para, it))
                        walk(it.items)

                walk(para.items)
            units += self._uncovered_text(art, units[first_of_article:])
        covered.sort()
        # lines outside articles
        ci = 0
        for start in self.line_starts:
            end = self.text.find("\n", start)
            end = len(self.text) if end < 0 else end
            while ci < len(covered) and covered[ci][1] <= start:
                ci += 1
            if ci < len(covered) and covered[ci][0] <= start < covered[ci][1]:
                continue
            if end > start:
                units.append(Unit((start, end), "line", None, None, None))
        units.sort(key=lambda u: u.span)
        return units

    def _uncovered_text(self, art: Article, own_units: list[Unit]) -> list[Unit]:
        """The text of ``art`` that none of its units holds, one "continuation" unit per stretch: a paragraph's text
        after its items (「…次の行為。\n- …\n」 then a closing sentence), an item's after its sub-items, lines the
        structure could not place. Its paragraph's or item's own text too, but neither its start nor a line of its
        own (a stretch may be wrapped text): the rules that read sentences read it; those that read a paragraph's
        or an item's ending or body whole do not."""
        own = sorted(u.span for u in own_units)
        text, out = self.text, []
        pos, end = art.span
        for a, b in own + [(end, end)]:
            if pos < a and (stretch := text[pos:a]).strip():
                start = pos + len(stretch) - len(stretch.lstrip())
                para, item = art.locate(start)
                out.append(Unit((start, pos + len(stretch.rstrip())), "continuation", art, para, item))
            pos = max(pos, b)
        return out

    def before_articles(self, pos: int) -> bool:
        """Does ``pos`` stand before the document's first article (its title, contents, preamble)?"""
        return not self._art_starts or pos < self._art_starts[0]

    def region_of(self, pos: int) -> str:
        """main / supplementary-N / annex-N / preamble / closing: where ``pos`` lies."""
        art = self.article_at(pos)
        if art is not None:
            return art.part
        for i, s in enumerate(self.doc.supplementary, 1):
            if s.span[0] <= pos < s.span[1]:
                return f"supplementary-{i}"
        for i, a in enumerate(self.doc.annexes, 1):
            if a.span[0] <= pos < a.span[1]:
                return f"annex-{i}"
        if self.doc.preamble is not None and self.doc.preamble.span[0] <= pos < self.doc.preamble.span[1]:
            return "preamble"
        return "other"

    # ---------------------------------------------------------- findings

    def finding(self, rule_id: str, span: tuple[int, int], message: str, message_en: str,
                suggestion: str | None = None, excerpt: str | None = None,
                severity: str | None = None) -> Finding:
        art, para, item = self.locate(span[0])
        if excerpt is None:
            excerpt = self.text[span[0]:span[1]]
        excerpt = excerpt.replace("\n", " ").strip(" \u3000")
        if len(excerpt) > 80:
            excerpt = excerpt[:79] + "…"
        sev = severity or _REGISTRY[rule_id].severity
        return Finding(
            rule=rule_id, severity=sev, message=message, message_en=message_en, excerpt=excerpt,
            span=(span[0], span[1]), article=art.number if art is not None else None,
            paragraph=paragraph_number(art, para), item=item.label if item is not None else None,
            suggestion=suggestion, label=self.place_label(span[0]),
        )

    def place_label(self, pos: int) -> str:
        """Where ``pos`` is, as a reader says it, every level included: 附則第2条第4項(13)①, 別紙1第3条, 前文."""
        art, para, item = self.locate(pos)
        region = self.region_of(pos)
        prefix = ""
        if region.startswith("supplementary"):
            prefix = "附則"
        elif region.startswith("annex"):
            idx = int(region.split("-")[1]) - 1
            prefix = self.doc.annexes[idx].label if idx < len(self.doc.annexes) else "別紙"
        elif region == "preamble":
            return "前文"
        if art is None:
            return prefix or "—"
        if not art.part.startswith(("main", "annex", "supplementary")):
            return art.display_label  # a text block the parser makes an article (front, heading, closing): its own label
        if art.part_label and not prefix:
            prefix = art.part_label
        out = prefix + article_place(art)
        p = paragraph_number(art, para)
        if p is not None:
            out += f"第{p}項"
        if para is not None and item is not None:
            out += "".join(_item_label(it.label, it.number) for it in _item_chain(para.items, pos))
        return out


def article_place(art: Article) -> str:
    """An article as its page names it: 第12条 (any 第N条 heading, normalized), a clause headed 第4項 as 第4項, a section
    by its own label (「5.」) or, headed by its title alone, by the title in brackets (「免責事項」). A section is never
    called 第5条, which its page does not write."""
    if art.label.startswith("第") and art.label.endswith("項"):
        return art.label
    if art.label.startswith("第") or art.number is None:
        return article_label(art.number)
    return art.label if art.numbered else f"「{art.title}」"


def paragraph_number(art: Article | None, para: Paragraph | None) -> int | None:
    """第N項 as a reader counts it: an unnumbered first paragraph is 1 when the article has others."""
    if art is None or para is None:
        return None
    if para.number is not None:
        return para.number
    if len(art.paragraphs) == 1:
        return None
    numbered = [p.number for p in art.paragraphs if p.number is not None]
    if numbered and min(numbered) == 1:
        return None  # an introductory sentence before 1., 2., …
    return 1


def _item_chain(items: list[Item], pos: int) -> list[Item]:
    """The items holding ``pos``, outermost first."""
    for it in items:
        if it.span[0] <= pos < it.span[1]:
            return [it] + _item_chain(it.items, pos)
    return []


_KANJI_ITEM = re.compile(r"[一二三四五六七八九十]+(?:の[一二三四五六七八九十]+)*")


_DIGIT_LABEL = re.compile(r"[0-9０-９]+")


def _item_label(label: str, number: int | None = None) -> str:
    if _KANJI_ITEM.fullmatch(label):
        return f"第{label}号"
    # a Markdown list numbers its items however the source writes them (every one 「1.」): the reader sees the number
    digits = _DIGIT_LABEL.fullmatch(label.strip("().．)（）、 "))
    if digits and number is not None and int(unicodedata.normalize("NFKC", digits.group())) != number:
        return label.replace(digits.group(), str(number), 1)
    return label




# ------------------------------------------------------------------ results per line, across documents


class LineMemo:
    """A rule's result for one line, kept for every document of this process.

    The versions a batch checks one after another, and the two a diff checks, share almost every
    line: a rule whose per-line work depends only on the line's text (and on a key the caller adds,
    such as which groups of words the document makes worth looking at) computes it once for all of
    them, and only the document-wide decision is made again per document. Bounded: the lines met
    first are forgotten first (a line still in use is simply computed again)."""

    _all: list["LineMemo"] = []

    def __init__(self, size: int = 200_000):
        self.size = size
        self.data: dict = {}
        LineMemo._all.append(self)

    def get(self, key, compute: Callable[[], object]):
        data = self.data
        hit = data.get(key, _MISSING)
        if hit is _MISSING:
            hit = data[key] = compute()
            if len(data) > self.size:  # first in, first out: a hit costs one look-up, not a reordering
                del data[next(iter(data))]
        return hit


_MISSING = object()


def clear_caches() -> None:
    """Forget every rule's per-line results (benchmarks time documents never seen before)."""
    for memo in LineMemo._all:
        memo.data.clear()


# ------------------------------------------------------------------ data files


@lru_cache(maxsize=None)
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of pipeline/data/<name> (tab-separated, '#' comments and blank lines skipped)."""
    rows = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(c.strip() for c in line.split("\t")))
    return tuple(rows)


@lru_cache(maxsize=None)
def load_json(name: str):
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def notation_groups() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(g) for g in load_json("notation_variants.json")["groups"])


@lru_cache(maxsize=None)
def notation_canon() -> dict[str, str]:
    """Each variant → the first spelling of its group (to compare texts modulo notation)."""
    out = {}
    for g in notation_groups():
        for v in g:
            out.setdefault(v, g[0])
    return out


# ------------------------------------------------------------------ small text helpers

# a line this short above the first article may be the document's name (a page's chrome often comes first)
_TITLE_LINE = 40


def title_lines(ctx: "Context") -> list[str]:
    """The title as read, then each line of its own above the first article short enough to be a name: where a
    page's chrome is read as the title (「PRIVACY POLICY」, 「ページの先頭です」), the document's own name
    (「個人情報に関する保護管理規程」, 「普通預金規定（抜粋）」) is among the lines after it."""
    arts = ctx.doc.articles
    lead = ctx.text[:arts[0].span[0]] if arts else ""
    return [ctx.doc.title or ""] + [line for line in lead.split("\n") if len(line) <= _TITLE_LINE]


# a page that sets a text's old and new wording side by side (新旧対照表, 改定内容一覧; 改正前 / 改正後 headings): it
# shows the amended provisions only, each twice, on purpose
_COMPARISON_TITLE = re.compile(r"新旧対照|(?:改定|改正|変更|改訂)(?:内容|箇所|点)(?:一覧|のお知らせ)?$|(?:改定|改正|変更|改訂)(?:内容|箇所)一覧")
# a notice of amendments: 「① 2023年12月4日【利用規約】改定」 over the amended articles, quoted as they now read
_AMENDMENT_NOTICE = re.compile(r"(?m)^[^\n]{0,30}[【「『][^】」』\n]{1,20}(?:規約|約款|規程|規定|規則)[】」』][ \u3000]*"
                               r"(?:の)?(?:改定|改正|変更|改訂)(?:のお知らせ)?[ \u3000]*$")
_BEFORE_AFTER = re.compile(r"(?m)^[ \u3000【\[［(（]*(?:改正|改定|改訂|変更)(前|後)[ \u3000】\]］)）]*$")
# 「第1条 …（旧）⏎⇒改定:⏎第1条 …（新）」: an arrow line that leads from an article's old wording to its new one
_REVISED_BELOW = re.compile(r"(?m)^[ \u3000]*[⇒→↓▼][ \u3000]*(?:改正|改定|改訂|変更)後?[ \u3000]*[:：]?[ \u3000]*$")


def comparison_table(ctx: "Context") -> bool:
    """Is the document a table of an amendment, old and new wording side by side, rather than a text of its own?"""
    def read() -> bool:
        if any(_COMPARISON_TITLE.search(t) for t in title_lines(ctx)):
            return True
        return {m.group(1) for m in _BEFORE_AFTER.finditer(ctx.text)} == {"前", "後"} \
            or _AMENDMENT_NOTICE.search(ctx.text) is not None or _REVISED_BELOW.search(ctx.text) is not None
    return ctx.full.memo("base.comparison_table", read)


def partial_text(ctx: "Context") -> bool:
    """Does the document show part of a text only, so that what stands outside the part (the articles before it,
    the article a citation names, the preamble naming the parties) is elsewhere, not missing? A table of an
    amendment, a text titled as an extract (（抜粋）, （抄）), or one article quoted alone (a clause database's page:
    「第2条 本契約において秘密情報とは…」 and nothing else)."""
    def read() -> bool:
        if comparison_table(ctx) or said_to_be_an_extract(ctx):
            return True
        main = [a for a in ctx.doc.articles if a.part == "main"]
        return len(main) == 1 and main[0].number not in ("1", "") and main[0].numbered
    return ctx.full.memo("base.partial_text", read)


def image_within(ctx: "Context", a: int, b: int) -> bool:
    """Does an image with no words of its own stand in or at the ends of ``a``–``b`` (source offsets)? The picture
    stands where its words would (an address drawn as an image, an icon a sentence points at)."""
    images = ctx.doc.source.images
    i = bisect.bisect_left(images, a)
    return i < len(images) and images[i] <= b


def said_to_be_an_extract(ctx: "Context") -> bool:
    """Does the document say it is an extract: its title (（抜粋）, （抄）, …条文一覧) or a sentence above its articles
    (「※ 本資料は改正・新設された条文のみを改正番号順に抜粋したものです。」)?"""
    def read() -> bool:
        if any(_EXTRACT_TITLE.search(t) for t in title_lines(ctx)):
            return True
        first = min((a.span[0] for a in ctx.doc.all_articles()), default=0)
        return _EXTRACT_SAID.search(ctx.full.text, 0, first) is not None \
            or _REST_ELSEWHERE.search(ctx.full.text) is not None
    return ctx.full.memo("base.said_to_be_an_extract", read)


_EXTRACT_TITLE = re.compile(r"[（(][ \u3000]*(?:抜粋|抄|抄録)[ \u3000]*[）)]|抜粋$|条文(?:一覧|抜粋)$")
# a page that says it shows some articles only (the amended ones, an extract)
_EXTRACT_SAID = re.compile(r"条文のみ|(?:を|から)抜粋(?:した|して|しています|しました)|抜粋したもの")
# a page that says where its later articles are, wherever it says so (「第9条以降の条文は別途定めるところによります。」)
_REST_ELSEWHERE = re.compile(r"第[0-9０-９一二三四五六七八九十百]+条以降(?:の条文|の規定|の条項)?は、?別(?:途|に|紙|ページ)")


def in_compound(c: str, katakana: bool = True) -> bool:
    """Can ``c`` be part of a compound: a kanji of the CJK block or 々, and with ``katakana`` a katakana."""
    return "\u3400" <= c <= "\u9fff" or c == "々" or (katakana and "\u30a1" <= c <= "\u30ff")


def compound_places(text: str, key: str, *, whole_start: bool = True, before: str = "", katakana: bool = True):
    """(start, end) of each place where ``key`` ends a compound (no compound character follows, or one of
    ``before``: a suffix or a conjunction written in kanji) and, with ``whole_start``, starts one; in order,
    not overlapping, as ``re.finditer`` would find them. A regex with look-arounds on the CJK block says the
    same, but such a class costs milliseconds to compile, and a long law asks about thousands of keys."""
    n, i = len(key), text.find(key)
    while i >= 0:
        e = i + n
        after = text[e:e + 1]
        if (not whole_start or i == 0 or not in_compound(text[i - 1], katakana)) and (
                not after or not in_compound(after, katakana) or after in before):
            yield i, e
            i = text.find(key, e)
        else:
            i = text.find(key, i + 1)


def lines_holding(text: str, needles: "Iterable[str] | re.Pattern") -> list[tuple[int, int]]:
    """(start, end + 1) of each line of ``text`` that holds one of ``needles`` (strings, or a pattern's
    match), in order: the line with its line break, so that a pattern run on it sees the break after it as
    it would in the whole text."""
    # (a pattern opening on a class: the engine skips to it, in C)
    starts = grammar_lines_holding(text, (needles,) if isinstance(needles, re.Pattern) else needles)
    out = []
    for s in sorted(starts):
        e = text.find("\n", s)
        out.append((s, len(text) if e < 0 else e + 1))
    return out


def finditer(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterable[re.Match]:
    """``pattern.finditer(text, pos, endpos)``, the same matches, found faster where the pattern opens on look-behinds
    (「(?<=[ぁ-ゖ])こと…」): the regex engine skips to where a pattern's first literal or class can match, but
    it tries a look-behind first at every character. Where the pattern without them (its body) opens on characters
    Japanese prose writes seldom, the body is searched instead, and the whole pattern tried where it matches:
    wherever the pattern matches, its body does (a top-level alternative the look-behinds do not open matches in
    both). Other patterns get the engine's own iterator."""
    end = len(text) if endpos is None else endpos
    source = pattern.pattern
    body = _body_after_lookbehinds(pattern) if isinstance(source, str) and source.startswith(_LOOKBEHINDS) else None
    if body is None:
        return pattern.finditer(text, pos, end)
    return _finditer_by_body(pattern, body, text, pos, end)


def _finditer_by_body(pattern: re.Pattern, body: re.Pattern, text: str, pos: int, end: int) -> Iterable[re.Match]:
    search, match = body.search, pattern.match
    while True:
        b = search(text, pos, end)
        if b is None:
            return
        at = b.start()
        m = match(text, at, end)
        if m is not None:
            yield m
            pos = m.end() if m.end() > at else at + 1
        else:
            pos = at + 1


_LOOKBEHINDS = ("(?<=", "(?<!")


# (bounded: rules compile patterns of a document's own words, and a batch reads thousands of documents)
@lru_cache(maxsize=2048)
def _body_after_lookbehinds(pattern: re.Pattern) -> re.Pattern | None:
    """The pattern without the look-behinds it opens on, where it has some and its body can match no empty string (an
    empty match moves finditer on by its own rules); else None."""
    source = pattern.pattern
    if not isinstance(source, str):
        return None
    at = 0
    while source.startswith(_LOOKBEHINDS, at):
        at = _group_end(source, at)
        if at < 0:
            return None
    if not at:
        return None
    try:
        parsed = re._parser.parse(source[at:], pattern.flags & ~re.UNICODE)
        if parsed.getwidth()[0] == 0 or not _opens_on_rare_characters(parsed.data):
            return None
        return re.compile(source[at:], pattern.flags)
    except (re.error, TypeError, ValueError):
        return None


def _opens_on_rare_characters(items) -> bool:
    """Does a parsed pattern open on a literal, or a class of characters Japanese prose writes seldom (Latin letters,
    digits, brackets), or a group, repeat or alternation each of whose branches does? A body that opens on a class of
    kanji or kana gains nothing from the search: the engine stops at most characters of a Japanese text anyway, and
    the look-behind it dropped was the cheap test that turned most of them away (「(?<![一-龥])[一-龥]{1,6}…」)."""
    if not items:
        return False
    op, av = items[0]
    c = re._constants
    if op is c.LITERAL:
        return True
    if op is c.IN:
        return all(o is not c.NEGATE and not (o is c.RANGE and av2[1] - av2[0] >= _BROAD_RANGE
                                              and av2[1] >= 0x3040 and av2[0] <= 0x9FFF) and o is not c.CATEGORY
                   for o, av2 in av)
    if op is c.SUBPATTERN:
        return _opens_on_rare_characters(av[-1].data)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return av[0] >= 1 and _opens_on_rare_characters(av[2].data)
    if op is c.BRANCH:
        return all(_opens_on_rare_characters(branch.data) for branch in av[1])
    return False


# a range of this many characters inside the kana and kanji blocks is what Japanese text is made of
_BROAD_RANGE = 64


def _group_end(source: str, at: int) -> int:
    """Where the group that opens at ``at`` of a pattern's source ends (past its closing parenthesis), or -1."""
    depth, k, in_class = 0, at, False
    while k < len(source):
        c = source[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if source.startswith("^", k + 1):
                k += 1
            if source.startswith("]", k + 1):  # (a class whose first member is ])
                k += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    return -1


def finditer_in_lines(rx: re.Pattern, text: str, needles: "Iterable[str] | re.Pattern"):
    """``rx.finditer(text)`` for a pattern whose every match holds one of ``needles`` (or a match of that
    pattern) and lies on one line, and which looks at most one character past its line (the break) and has
    no ``$`` outside multi-line mode: run only on the lines that hold a needle. A pattern opening on a look-
    behind, a class or an alternation is tried at every character of the text; a law of a million
    characters holds what it needs on a few lines, or on none."""
    for s, e in lines_holding(text, needles):
        yield from rx.finditer(text, s, e)


def east_asian_width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def spaced_in_source(ctx: "Context", pos: int) -> bool:
    """Do spaces, and nothing else, stand in the source between the characters at ``pos`` and ``pos + 1`` of the
    normalized text (「…OB会 会則」, 「第　条」): the writer set them apart, and normalization joined them?"""
    a, b = ctx.doc.norm.source_span((pos, pos + 2))
    return b - a > 2 and not ctx.doc.source.text[a + 1:b - 1].strip(" \u3000\t")


def word_across(before: str, after: str) -> tuple[Token | None, list[Token]]:
    """The word of the dictionary that ``before`` and ``after`` make where they are joined, the token MeCab reads
    across the junction (a space or a line break between them cut it: 「個人情　報」, 「後見<br>人」; not its grouping of
    characters it does not know), else None; and the joined text's tokens, for what else a caller asks of the
    junction."""
    toks = tokenize(before + after)
    cut = len(before)
    word = next((t for t in toks if t.start < cut < t.end), None)
    return (word if word is not None and is_known_word(word.surface) else None), toks
