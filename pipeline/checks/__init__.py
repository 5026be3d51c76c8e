"""Document checks: defects found in one document (``clausediff check FILE…``).

A rule is a function ``f(ctx) -> Iterable[Finding]`` registered with
``@rule(id, severity)``; ``ctx`` is the :class:`Context` of one document, which
memoizes what several rules need (each line's tokens, references, defined terms), so
a line is tagged once whatever rules run, and only the lines some rule looks at.

The knowledge the rules use (misspellings, notation variants, redundant
expressions) lives in ``pipeline/data/``; the code only says how to match it.

``run_checks(doc, rules=None)`` returns the findings sorted by position.
``findings_json`` / ``findings_markdown`` / ``findings_table`` render them.
"""

from __future__ import annotations

import bisect
import importlib
import json
import re
import unicodedata
import weakref
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from ..model import Article, Document, Finding, Item, Paragraph, SEVERITIES
from ..tokens import LONG_LINE, Token, line_tokens, paused_gc, tokenize

# A web address in the text (inline in a text file, or a Markdown link's target): not prose, so no rule
# reads its letters as words, brackets or names.
URL = re.compile(r"https?://[!-~]+")

SCHEMA = "clausediff.findings/1"
DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# Modules that define rules; imported on first use of the registry.
RULE_MODULES = ("duration", "periods", "refs", "survival", "numbering", "wording", "names", "brackets",
                "spaces", "terms", "notation", "duplication", "typos", "lists", "conventions", "refcontent")


# ------------------------------------------------------------------ registry


# What a rule's findings depend on. "unit": only the text of the article (or the line outside articles)
# they are in, so a revision can introduce them only in the units it changed, and a diff runs the rule on
# those units alone. "document": counts or structure of the whole document (majorities, definitions,
# citations, numbering), so a finding may appear in text the revision did not touch.
SCOPES = ("unit", "document")


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
            importlib.import_module(f"{__name__}.{name}")
        _LOADED = True


# id → Rule; filled by the imports at the end of this module.
RULES: dict[str, Rule] = _REGISTRY


def run_checks(doc: Document, rules: Iterable[str] | None = None) -> list[Finding]:
    """Every finding of the given rules (all rules by default), sorted by position."""
    _load_rules()
    if rules is None:
        selected = list(_REGISTRY.values())
    else:
        selected = []
        for r in rules:
            rid = r.id if isinstance(r, Rule) else r
            if rid not in _REGISTRY:
                raise ValueError(f"unknown rule {rid!r}; known: {', '.join(sorted(_REGISTRY))}")
            selected.append(_REGISTRY[rid])
    ctx = context(doc)
    with paused_gc():
        if rules is None:  # the diff asks again for the new version's findings: compute them once
            return list(ctx.memo("findings:all", lambda: _run(ctx, selected)))
        return _run(ctx, selected)


# Characters of context on each side of a finding that make it "the same finding" in another version:
# enough to tell two places apart, few enough that an edit elsewhere in a long paragraph (a whole
# clause is one line) does not make its old defects look new.
FINDING_CONTEXT = 8


def finding_key(ctx: "Context", f: Finding) -> tuple[str, str, str]:
    """What makes a finding the same finding in another version of the document: its rule, its excerpt
    and the text around it on its line (not its offset, which any earlier edit shifts, nor its
    message, which may quote document-wide counts). Compared in NFKC, so that a revision that only
    rewrites ２ as 2 next to an old defect does not make it new."""
    start, end = ctx.line_span(f.span[0])
    a = max(start, f.span[0] - FINDING_CONTEXT)
    b = min(end, max(f.span[1], f.span[0]) + FINDING_CONTEXT)
    return f.rule, unicodedata.normalize("NFKC", f.excerpt), unicodedata.normalize("NFKC", ctx.text[a:b])


def introduced_findings(old: Document, new: Document) -> list[Finding]:
    """The findings of ``new`` that ``old`` does not have: what the revision introduced.

    A finding of ``new`` also found in ``old`` with the same :func:`finding_key` is not introduced
    (counted as a multiset: a second copy of an old defect is new).

    Only what can differ is computed. Unit rules (their findings depend on one article or line) run
    on the units the revision changed, in both versions: an unchanged unit has the same findings on
    both sides. So do document rules whose changed units leave the same ``footprint`` in both versions
    (the unchanged units in the same order), or whose ``facts`` are the same in both (the old version's
    taken from the new one's ``tally`` where the lines allow); rules with ``facets`` run on both whole
    versions for the facets the changed units touch (or whose footprints differ). The other document
    rules run on the whole new version, and on the old one only for the rules of new findings whose
    surrounding text also occurs in ``old`` (a finding in text the revision wrote cannot be an old one).
    Findings already known (a batch checks every version it stores) are taken rather than computed again.
    """
    _load_rules()
    nctx, octx = context(new), context(old)
    new_scope, old_scope = changed_spans(new, old), changed_spans(old, new)
    with paused_gc():
        if "findings:all" in nctx._cache and "findings:all" in octx._cache:
            # both checked in full (a batch stores every version it checks): nothing to spare, take them
            plan = _plain_plan()
        elif max(_share(new, new_scope), _share(old, old_scope)) > _MOSTLY_CHANGED:
            # a revision that rewrote most of the document (re-indented, renumbered throughout): weighing
            # what the document rules could skip would cost more than it spares
            plan = _plain_plan()
        else:
            plan = _plan(octx, nctx, old_scope, new_scope)
        found = _planned_run(nctx, new_scope, plan, None)
    if not found:
        return found
    found.sort(key=lambda f: (f.span[0], f.span[1], f.rule))
    keys = [finding_key(nctx, f) for f in found]
    old_text = octx.memo("nfkc_text", lambda: unicodedata.normalize("NFKC", octx.text))
    rules_to_ask = {k[0] for k in keys if k[2] in old_text}
    if not rules_to_ask:
        return found
    with paused_gc():
        old_found = _planned_run(octx, old_scope, plan, rules_to_ask)
    before = Counter(finding_key(octx, f) for f in old_found)
    out = []
    for f, k in zip(found, keys):
        if before[k] > 0:
            before[k] -= 1
            continue
        out.append(f)
    return out


@dataclass
class _Plan:
    """How each rule is run on both versions of a diff."""

    scoped: list[Rule]  # on the changed units only: unit rules, and document rules whose facts did not change
    full: list[Rule]  # on the whole document
    faceted: list[tuple[Rule, frozenset]]  # on the whole document, for the facets the changed units touch
    # rule id → the facets a scoped rule leaves to its faceted run (their footprints differ)
    skip: dict[str, frozenset] = field(default_factory=dict)


# The share of a document's text in changed units above which a diff runs the document rules in full.
_MOSTLY_CHANGED = 0.5


def _share(doc: Document, scope: list[tuple[int, int]]) -> float:
    return sum(e - s for s, e in scope) / max(1, len(doc.norm.text))


def _plain_plan() -> _Plan:
    """Unit rules on the changed units, document rules on the whole documents."""
    return _Plan([r for r in _REGISTRY.values() if r.scope == "unit"],
                 [r for r in _REGISTRY.values() if r.scope != "unit"], [])


def _plan(octx: "Context", nctx: "Context", old_scope, new_scope) -> _Plan:
    plan = _Plan([], [], [])
    kept = None  # computed on first need: most rules of a diff need it, a diff without them does not

    def same_order() -> bool:
        nonlocal kept
        if kept is None:
            kept = (_kept_units(octx, old_scope), _kept_units(nctx, new_scope))
        return [k for _, k in kept[0]] == [k for _, k in kept[1]]

    def same_units() -> bool:  # the same unchanged units, as many times, wherever they stand
        same_order()
        return Counter(k for _, k in kept[0]) == Counter(k for _, k in kept[1])

    for r in _REGISTRY.values():
        if r.scope == "unit":
            plan.scoped.append(r)
        elif r.footprint is not None and same_order() and (
                differ := _differing(octx, nctx, old_scope, new_scope, kept, r)) is not True:
            plan.scoped.append(r)
            if differ:  # these facets are computed on the whole documents; the others on the changed units
                plan.skip[r.id] = differ
                plan.faceted.append((r, differ))
        elif r.facts is not None and same_units() and _same_facts(octx, nctx, old_scope, new_scope, r):
            plan.scoped.append(r)
        elif r.facets is not None and same_order():
            touched = frozenset(x for c, scope in ((octx, old_scope), (nctx, new_scope))
                                for span in scope for x in r.facets(c, span))
            if touched:  # no facet touched: the rule finds the same in both versions
                plan.faceted.append((r, touched))
        else:
            plan.full.append(r)  # no way to know less, or units moved or repeated: what comes first may have changed
    return plan


def _differing(octx, nctx, old_scope, new_scope, kept, r: Rule):
    """Do the footprints of the changed units differ? False: they agree. For a rule with facets, whose
    footprint is a dict facet → footprint, the facets whose footprints differ (empty: none); True: they
    differ (for a rule with facets, when all its facets would be left to the faceted run anyway)."""
    old_fp = _footprints(octx, old_scope, kept[0], r.footprint)
    new_fp = _footprints(nctx, new_scope, kept[1], r.footprint)
    if r.facets is None:
        return not _same_sequence(old_fp, new_fp)
    facets = {x for _, d in old_fp for x in d} | {x for _, d in new_fp for x in d}
    differ = frozenset(x for x in facets if not _same_sequence([(p, d[x]) for p, d in old_fp if d.get(x)],
                                                              [(p, d[x]) for p, d in new_fp if d.get(x)]))
    return True if differ and differ == facets else differ


def _same_sequence(a: list[tuple[int, object]], b: list[tuple[int, object]]) -> bool:
    # places and cheap parts first: a Footprint's dear part is computed only where all the rest agrees
    return ([p for p, _ in a] == [p for p, _ in b]
            and all(getattr(x, "cheap", x) == getattr(y, "cheap", y) for (_, x), (_, y) in zip(a, b))
            and a == b)


def _same_facts(octx, nctx, old_scope, new_scope, r: Rule) -> bool:
    if r.tally is not None:
        _derive_tally(octx, nctx, old_scope, new_scope, r)
    return r.facts(octx) == r.facts(nctx)


def _planned_run(ctx: "Context", scope: list[tuple[int, int]], plan: _Plan, only_rules: set[str] | None) -> list[Finding]:
    """The findings of one version under ``plan`` (of the rules of ``only_rules``; all by default),
    taken from its full check when it was checked in full before."""
    def wanted(rules):
        return [r for r in rules if only_rules is None or r.id in only_rules]

    scoped, full = wanted(plan.scoped), wanted(plan.full)
    known = ctx._cache.get("findings:all")
    if known is not None:
        # a rule that leaves facets to its faceted run is run on the scope: its known findings hold them too
        scoped_ids, full_ids = {r.id for r in scoped if r.id not in plan.skip}, {r.id for r in full}
        out = [f for f in known if f.rule in full_ids or (f.rule in scoped_ids and _within(scope, f.span[0]))]
        out += _scoped_run(ctx.doc, scope, [r for r in scoped if r.id in plan.skip], plan.skip)
    else:
        out = _run(ctx, full) + _scoped_run(ctx.doc, scope, scoped, plan.skip)
    for r, touched in plan.faceted:
        if only_rules is None or r.id in only_rules:
            out += _run(Context(ctx.doc, only=touched), [r])
    return out


def _kept_units(ctx: "Context", scope: list[tuple[int, int]]) -> list[tuple[int, tuple[str, str]]]:
    """(start, normalized and source text) of the units outside ``scope`` (the unchanged ones), in order."""
    text, doc = ctx.text, ctx.doc
    return [(u.span[0], (text[u.span[0]:u.span[1]], _source_of(doc, u.span))) for u in _diff_units(ctx)
            if not _within(scope, u.span[0])]


def document_tally(ctx: "Context", rule_id: str) -> Counter:
    """The ``tally`` of a rule over the whole document of ``ctx`` (derived from the other version's
    when a diff could)."""
    full = ctx.full
    return full.memo(f"tally:{rule_id}", lambda: _REGISTRY[rule_id].tally(full.doc.source.text, full.text))


def _derive_tally(octx: "Context", nctx: "Context", old_scope, new_scope, r: Rule) -> None:
    """Give the old version its counts from the new version's: minus those of the new version's changed
    lines, plus those of the old version's, when every other line is in both (as many times)."""
    key = f"tally:{r.id}"
    if key in octx._cache:
        return
    old_part, new_part = _changed_lines(octx, old_scope), _changed_lines(nctx, new_scope)
    if old_part is None or new_part is None or old_part[2] != new_part[2]:
        return  # the old version is counted in full when a rule asks
    counts = Counter(document_tally(nctx, r.id))
    counts.subtract(r.tally(*new_part[:2]))
    counts.update(r.tally(*old_part[:2]))
    octx._cache[key] = +counts


def _changed_lines(ctx: "Context", scope) -> tuple[str, str, object] | None:
    """(source lines, normalized lines) that the changed units touch, whole, and a fingerprint of all
    the other lines of both texts (which lines, how many times: not where)."""
    full = ctx.full

    def build():
        doc = full.doc
        src = doc.source.text
        src_starts = full.memo("source_line_starts", lambda: [0] + [m.end() for m in re.finditer("\n", src)])
        norm_starts = full.line_starts

        def touched(starts, spans):
            out = []  # (first line, last line + 1), merged
            for a, b in spans:
                i = bisect.bisect_right(starts, a) - 1
                j = bisect.bisect_right(starts, max(a, b - 1))
                if out and i <= out[-1][1]:
                    out[-1] = (out[-1][0], max(out[-1][1], j))
                else:
                    out.append((i, j))
            return out

        def split(text, starts, ranges):
            lines = text.split("\n")
            inside, outside, pos = [], [], 0
            for i, j in ranges:
                outside.extend(lines[pos:i])
                inside.extend(lines[i:j])
                pos = j
            outside.extend(lines[pos:])
            return "\n".join(inside), Counter(line for line in outside if not line.isspace() and line)

        src_ranges = touched(src_starts, sorted(doc.norm.source_span(sp) for sp in scope))
        src_in, src_out = split(src, src_starts, src_ranges)
        norm_in, norm_out = split(full.text, norm_starts, touched(norm_starts, scope))
        return src_in, norm_in, (src_out, norm_out)
    known = full.memo("changed_lines", dict)  # per scope: a document is diffed against one or two others
    key = tuple(scope)
    if key not in known:
        known[key] = build()
    return known[key]


class Footprint:
    """A footprint in two parts: a cheap one, and a dear one (a function) computed only when the cheap
    parts of the two versions are equal (words found by a regex, then how the tagger reads them)."""

    __slots__ = ("cheap", "_dear", "_value")

    def __init__(self, cheap, dear: Callable[[], object]):
        self.cheap, self._dear, self._value = cheap, dear, _MISSING

    @property
    def dear(self):
        if self._value is _MISSING:
            self._value = self._dear()
        return self._value

    def __bool__(self) -> bool:
        return bool(self.cheap)

    def __eq__(self, other) -> bool:
        return isinstance(other, Footprint) and self.cheap == other.cheap and self.dear == other.dear

    __hash__ = None


def _footprints(ctx: "Context", scope, kept, footprint) -> list[tuple[int, object]]:
    """The footprints of the changed units, each with its place: how many unchanged units precede it."""
    starts = [s for s, _ in kept]
    out = []
    for span in scope:
        fp = footprint(ctx, span)
        if fp:  # a unit that contributes nothing is no different from one that is not there
            out.append((bisect.bisect_left(starts, span[0]), fp))
    return out


def _diff_units(ctx: "Context") -> list:
    """The units :func:`changed_spans` compares: articles, and the lines outside them that hold text."""
    def build():
        text = ctx.text
        out = list(ctx.doc.all_articles())
        out += [u for u in ctx.units if u.kind == "line" and text[u.span[0]:u.span[1]].strip()]
        out.sort(key=lambda u: u.span)
        return out
    return ctx.memo("diff_units", build)


def changed_spans(doc: Document, other: Document) -> list[tuple[int, int]]:
    """The units of ``doc`` whose text ``other`` does not have: each article (of the main text, a 附則 or
    a 別紙) not found word for word among ``other``'s articles, and each line outside articles not found
    among ``other``'s lines. Sorted, not overlapping. Word for word in the source too: a few rules read
    what normalization drops (a stray space), so a unit that normalizes the same is not unchanged."""
    text, other_text = doc.norm.text, other.norm.text
    other_articles = {other_text[a.span[0]:a.span[1]] for a in other.all_articles()}
    other_lines = set(other_text.split("\n"))
    other_sources = {_source_of(other, a.span) for a in other.all_articles()}
    other_sources.update(other.source.text.split("\n"))
    # a normalized line joins source lines where a PDF wrapped one
    other_sources.update(_source_of(other, u.span, True) for u in context(other).units if u.kind == "line")
    spans = [a.span for a in doc.all_articles()
             if text[a.span[0]:a.span[1]] not in other_articles or _source_of(doc, a.span) not in other_sources]
    for u in context(doc).units:  # the lines outside articles, as the rules read them
        if u.kind == "line" and text[u.span[0]:u.span[1]].strip() and (
                text[u.span[0]:u.span[1]] not in other_lines or _source_of(doc, u.span, True) not in other_sources):
            spans.append(u.span)
    spans.sort()
    return spans


def _source_of(doc: Document, span: tuple[int, int], whole_lines: bool = False) -> str:
    """The source text of a normalized span (of the source lines it is in, with ``whole_lines``)."""
    src = doc.source.text
    s, e = doc.norm.source_span(span)
    if whole_lines:
        s = src.rfind("\n", 0, s) + 1
        e = src.find("\n", e)
        e = len(src) if e < 0 else e
    return src[s:e]


def _within(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _scoped_run(doc: Document, scope: list[tuple[int, int]], rules: list[Rule],
                skip: dict[str, frozenset] | None = None) -> list[Finding]:
    """The findings of unit rules (and of document rules whose facts are unchanged) in the units of
    ``scope``. The rules read a copy of the text in which everything outside the scope is blank (same
    length, same lines), so they scan and tag only the scope and every offset stays the document's;
    document facts they read from ``ctx.full``."""
    if not scope or not rules:
        return []
    ctx = Context(doc, scope=scope)
    ctx.skip = skip or {}
    return [f for f in _run(ctx, rules) if ctx.in_scope(f.span[0])]


def _run(ctx: "Context", selected: list[Rule]) -> list[Finding]:
    out: list[Finding] = []
    seen = set()
    for r in selected:
        for f in r.func(ctx):
            if f.rule != r.id:
                continue  # a rule family computes several ids at once; keep only the one asked for
            key = (f.rule, f.span, f.message)
            if key in seen:
                continue
            seen.add(key)
            out.append(f)
    out.sort(key=lambda f: (f.span[0], f.span[1], f.rule))
    return out


# ------------------------------------------------------------------ per-document context


_CONTEXTS: dict[int, tuple[weakref.ref, "Context"]] = {}


def context(doc: Document) -> "Context":
    """The memoized Context of ``doc`` (tokens, references… computed once per document).

    The cache holds the document weakly: when the document is garbage, its entry goes too.
    """
    key = id(doc)
    hit = _CONTEXTS.get(key)
    if hit is not None and hit[0]() is doc:
        return hit[1]
    ctx = Context(doc)
    _CONTEXTS[key] = (weakref.ref(doc, lambda _r, k=key, cache=_CONTEXTS: cache.pop(k, None)), ctx)
    return ctx


_BLANKABLE = re.compile(r"[^\n]+")


def _blank_outside(text: str, scope: list[tuple[int, int]]) -> str:
    """``text`` with every character outside ``scope`` but line breaks turned into a space."""
    out, pos = [], 0
    for s, e in scope:
        if s > pos:
            out.append(_BLANKABLE.sub(lambda m: " " * len(m.group(0)), text[pos:s]))
        out.append(text[max(s, pos):e])
        pos = max(pos, e)
    out.append(_BLANKABLE.sub(lambda m: " " * len(m.group(0)), text[pos:]))
    return "".join(out)


@dataclass
class Unit:
    """A clause unit: a paragraph's own text (without its items), an item's own text, or a line outside articles."""

    span: tuple[int, int]
    kind: str  # paragraph, item, heading, line
    article: Article | None
    paragraph: Paragraph | None
    item: Item | None


class Context:
    def __init__(self, doc: Document, scope: list[tuple[int, int]] | None = None, only: frozenset | None = None):
        self._doc = weakref.ref(doc)  # the context cache must not keep documents alive
        self.text = doc.norm.text if scope is None else _blank_outside(doc.norm.text, scope)
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
            return t._replace(start=t.start + base, end=t.end + base)
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
        return self.memo("units", self._build_units)

    def _build_units(self) -> list[Unit]:
        units: list[Unit] = []
        covered: list[tuple[int, int]] = []
        for art in self._arts:
            covered.append(art.span)
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
        out = prefix + article_label(art.number)
        p = paragraph_number(art, para)
        if p is not None:
            out += f"第{p}項"
        if para is not None and item is not None:
            out += "".join(_item_label(it.label) for it in _item_chain(para.items, pos))
        return out


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


def _item_label(label: str) -> str:
    return f"第{label}号" if _KANJI_ITEM.fullmatch(label) else label


def article_label(number: str) -> str:
    """"21_2" → 第21条の2."""
    parts = number.split("_")
    return f"第{parts[0]}条" + "".join(f"の{p}" for p in parts[1:])


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

KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]")


def is_kanji(c: str) -> bool:
    return bool(c) and bool(KANJI.match(c))


def is_hiragana(c: str) -> bool:
    return bool(c) and "\u3041" <= c <= "\u309f"


def is_katakana(c: str) -> bool:
    return bool(c) and ("\u30a1" <= c <= "\u30ff" or c == "ー")


def east_asian_width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# ------------------------------------------------------------------ rendering


def location_label(doc: Document, f: Finding) -> str:
    """第8条第1項(3) / 附則第2条 / 別紙 / 前文 — where a finding is, as a reader would say it."""
    if f.label:
        return f.label
    ctx = context(doc)
    region = ctx.region_of(f.span[0])
    prefix = ""
    if region.startswith("supplementary"):
        prefix = "附則"
    elif region.startswith("annex"):
        idx = int(region.split("-")[1]) - 1
        prefix = doc.annexes[idx].label if idx < len(doc.annexes) else "別紙"
    elif region == "preamble":
        return "前文"
    if f.article is None:
        return prefix or "—"
    s = prefix + article_label(f.article)
    if f.paragraph is not None:
        s += f"第{f.paragraph}項"
    if f.item is not None:
        s += f"第{f.item}号" if re.fullmatch(r"[一二三四五六七八九十]+(?:の[一二三四五六七八九十]+)*", f.item) else f.item
    return s


def _doc_summary(doc: Document) -> dict:
    d = doc.source.summary()
    d["title"] = doc.title
    d["articles"] = len(doc.articles)
    return d


def findings_json(doc_findings: list[tuple[Document, list[Finding]]]) -> dict:
    documents = []
    findings = []
    for i, (doc, fs) in enumerate(doc_findings):
        summary = _doc_summary(doc)
        counts = {s: 0 for s in SEVERITIES}
        for f in fs:
            counts[f.severity] = counts.get(f.severity, 0) + 1
        summary["index"] = i
        summary["findings"] = counts
        documents.append(summary)
        for f in fs:
            d = f.to_dict(doc)
            d["location"] = location_label(doc, f)
            d["document"] = doc.source.path
            findings.append(d)
    return {"schema": SCHEMA, "documents": documents, "findings": findings}


def _md_cell(s: str | None) -> str:
    if not s:
        return ""
    return s.replace("|", "\\|").replace("\n", " ")


def findings_markdown(doc_findings: list[tuple[Document, list[Finding]]]) -> str:
    out = ["# 文書チェック結果 / Document checks", ""]
    for doc, fs in doc_findings:
        out.append(f"## {doc.title or Path(doc.source.path).name}")
        out.append("")
        out.append(f"`{doc.source.path}` — " + ", ".join(
            f"{s} {sum(1 for f in fs if f.severity == s)}" for s in SEVERITIES))
        out.append("")
        if not fs:
            out.append("指摘事項はありません。 / No findings.")
            out.append("")
            continue
        out.append("| 重大度 | ルール | 位置 | 抜粋 | 指摘 | 修正案 |")
        out.append("| --- | --- | --- | --- | --- | --- |")
        for f in fs:
            out.append(f"| {f.severity} | `{f.rule}` | {_md_cell(location_label(doc, f))} | {_md_cell(f.excerpt)} "
                       f"| {_md_cell(f.message)}<br>*{_md_cell(f.message_en)}* | {_md_cell(f.suggestion)} |")
        out.append("")
    return "\n".join(out) + "\n"


def _clip(s: str, width: int) -> str:
    s = (s or "").replace("\n", " ")
    if east_asian_width(s) <= width:
        return s + " " * (width - east_asian_width(s))
    out = ""
    for c in s:
        if east_asian_width(out + c) > width - 1:
            break
        out += c
    out += "…"
    return out + " " * (width - east_asian_width(out))


def _wrap(s: str, width: int) -> list[str]:
    """Cut ``s`` into lines of at most ``width`` display columns."""
    lines, cur = [], ""
    for c in s.replace("\n", " "):
        if east_asian_width(cur + c) > width:
            lines.append(cur)
            cur = ""
        cur += c
    if cur or not lines:
        lines.append(cur)
    return lines


def findings_table(doc_findings: list[tuple[Document, list[Finding]]], width: int | None = None) -> str:
    """A plain-text table for the terminal (East Asian wide characters counted as two columns).

    Messages are wrapped, never cut: the reader needs the whole of them. ``width``
    defaults to the terminal's (150 columns when not writing to a terminal).
    """
    if width is None:
        import shutil

        width = max(100, shutil.get_terminal_size((150, 24)).columns)
    lines = []
    cols = [("severity", 8), ("rule", 24), ("location", 18), ("excerpt", 28)]
    indent = sum(w + 1 for _, w in cols)
    rest = max(30, width - indent)
    for doc, fs in doc_findings:
        counts = ", ".join(f"{s} {sum(1 for f in fs if f.severity == s)}" for s in SEVERITIES)
        lines.append(f"{doc.source.path}: {len(fs)} findings ({counts})")
        if not fs:
            lines.append("")
            continue
        lines.append(" ".join(_clip(n, w) for n, w in cols) + " message")
        lines.append(" ".join("-" * w for _, w in cols) + " " + "-" * min(rest, 40))
        for f in fs:
            msg = f.message + (f"  → {f.suggestion}" if f.suggestion else "")
            wrapped = _wrap(msg, rest)
            lines.append(" ".join([_clip(f.severity, 8), _clip(f.rule, 24), _clip(location_label(doc, f), 18),
                                   _clip(f.excerpt, 28)]) + " " + wrapped[0])
            lines.extend(" " * indent + w for w in wrapped[1:])
        lines.append("")
    return "\n".join(lines)


# The rule modules register themselves with @rule; they import the names above.
_load_rules()
