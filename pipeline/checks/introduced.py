"""What a revision introduced: the findings of a diff's new version that its old version does not have,
computed doing only what can differ (``introduced_findings``).

Unit rules run on the units the revision changed, in both versions. A document rule may say how a diff
can look at less than the whole document: a footprint of each changed unit, facts built from a tally of
per-line counts, or facets; each diff plans every rule one of these ways, or runs it in full, the same
way on both versions. ``tests/test_introduced_findings.py`` holds the result equal to checking both
whole versions.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable

from ..model import Document, Finding
from ..tokens import paused_gc
from .base import (_MISSING, _REGISTRY, Context, LineMemo, Rule, _load_rules, _run, _within, context,
                   FAILED_RULE, one_finding_per_correction, paragraph_number, whole_document_findings)

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
    both sides. So do words rules (a misspelling: a defect of the words it stands on, the document
    weighing the evidence), since a revision introduces one only in what it wrote. So do document rules
    whose changed units leave the same ``footprint`` in both versions
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
    found = one_finding_per_correction(nctx.text, found)
    keys = [finding_key(nctx, f) for f in found]
    if "findings:all" in octx._cache:
        rules_to_ask = {k[0] for k in keys}  # known: taken, not computed
    else:
        old_text = octx.memo("nfkc_text", lambda: unicodedata.normalize("NFKC", octx.text))
        rules_to_ask = {k[0] for k in keys if k[2] in old_text}
    if not rules_to_ask:
        return found
    with paused_gc():
        old_found = _planned_run(octx, old_scope, plan, rules_to_ask)
    before = Counter(finding_key(octx, f) for f in old_found)
    out = []
    for f, k in zip(found, keys):
        if before[k] > 0 and f.rule != FAILED_RULE:  # a rule that failed is told on every diff
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


# The scopes of the rules a diff runs on the changed units alone, whatever else changed (see base.SCOPES).
_ON_CHANGED_UNITS = ("unit", "words")

# The share of a document's text in changed units above which a diff runs the document rules in full.
_MOSTLY_CHANGED = 0.5


def _share(doc: Document, scope: list[tuple[int, int]]) -> float:
    return sum(e - s for s, e in scope) / max(1, len(doc.norm.text))


def _plain_plan() -> _Plan:
    """Unit rules on the changed units, document rules on the whole documents."""
    return _Plan([r for r in _REGISTRY.values() if r.scope in _ON_CHANGED_UNITS],
                 [r for r in _REGISTRY.values() if r.scope not in _ON_CHANGED_UNITS], [])


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
        if r.scope in _ON_CHANGED_UNITS:
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
        out = whole_document_findings(ctx, full) + _scoped_run(ctx.doc, scope, scoped, plan.skip)
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
    mine, theirs = _unit_texts(doc), _unit_texts(other)
    other_articles, other_lines, other_sources = theirs.article_set, theirs.line_set, theirs.source_set
    spans = [span for span, norm, src in mine.articles if norm not in other_articles or src not in other_sources]
    # the lines outside articles, as the rules read them
    spans += [span for span, norm, src in mine.lines if norm not in other_lines or src not in other_sources]
    spans.sort()
    return spans


@dataclass
class _UnitTexts:
    """What :func:`changed_spans` reads of one document, on either side of a diff: (span, normalized text,
    source text) of each article and of each line outside articles that holds text, and the sets the
    other side looks its units up in."""

    articles: list[tuple[tuple[int, int], str, str]]
    lines: list[tuple[tuple[int, int], str, str]]
    article_set: set[str]
    line_set: set[str]
    source_set: set[str]


def _unit_texts(doc: Document) -> _UnitTexts:
    # Memoized with the document: a batch diffs each version twice (against the one before and the one
    # after), and every diff reads both sides, so each document's units were sliced out four times.
    def build():
        text, src_text = doc.norm.text, doc.source.text
        articles = [(a.span, text[a.span[0]:a.span[1]], _source_of(doc, a.span)) for a in doc.all_articles()]
        line_units = [u for u in context(doc).units if u.kind == "line"]
        # a normalized line joins source lines where a PDF wrapped one
        line_sources = [_source_of(doc, u.span, True) for u in line_units]
        lines = [(u.span, text[u.span[0]:u.span[1]], s) for u, s in zip(line_units, line_sources)
                 if text[u.span[0]:u.span[1]].strip()]
        sources = {s for _, _, s in articles}
        sources.update(src_text.split("\n"))
        sources.update(line_sources)
        return _UnitTexts(articles, lines, {t for _, t, _ in articles}, set(text.split("\n")), sources)
    return context(doc).memo("unit_texts", build)


def _source_of(doc: Document, span: tuple[int, int], whole_lines: bool = False) -> str:
    """The source text of a normalized span (of the source lines it is in, with ``whole_lines``)."""
    src = doc.source.text
    s, e = doc.norm.source_span(span)
    if whole_lines:
        s = src.rfind("\n", 0, s) + 1
        e = src.find("\n", e)
        e = len(src) if e < 0 else e
    return src[s:e]


def _scoped_run(doc: Document, scope: list[tuple[int, int]], rules: list[Rule],
                skip: dict[str, frozenset] | None = None) -> list[Finding]:
    """The findings of unit rules (and of words rules, and of document rules whose facts are unchanged) in
    the units of ``scope``. The rules read a copy of the text in which everything outside the scope is blank
    (same length, same lines), so they scan and tag only the scope and every offset stays the document's;
    document facts they read from ``ctx.full``. A words rule reads the whole text, which its evidence is
    counted over, and looks for candidates in the scope (``Context.finditer``)."""
    if not scope or not rules:
        return []
    out = []
    for whole_text in (False, True):  # a words rule reads the whole text, scanning the scope for its candidates
        selected = [r for r in rules if (r.scope == "words") == whole_text]
        if selected:
            ctx = Context(doc, scope=scope, whole_text=whole_text)
            ctx.skip = skip or {}
            out += [f for f in _run(ctx, selected) if ctx.in_scope(f.span[0])]
    out.sort(key=lambda f: (f.span[0], f.span[1], f.rule))
    return out


# ------------------------------------------------------------------ unit rules across versions

# Findings of the unit rules in one unit (an article, or a line outside articles), by the rules asked and
# the unit's normalized and source text: offsets relative to the unit's start. Versions a batch checks one
# after another share almost every unit, and a unit rule finds the same in the same unit wherever it
# stands (what ``scope="unit"`` declares, and what introduced_findings already relies on). Bounded, first
# in first out, cleared with the other per-line results (checks.clear_caches). Keyed by a digest of the two
# texts, not by the texts: the cache must not keep the articles of every version it has seen alive.
_UNIT_FINDINGS = LineMemo(50_000)


def _unit_key(ids: tuple[str, ...], norm: str, src: str) -> tuple:
    return ids, len(norm), hashlib.blake2b(f"{norm}\0{src}".encode(), digest_size=16).digest()


def run_unit_rules(ctx: "Context", rules: list[Rule]) -> list[Finding]:
    """``_run(ctx, rules)`` for unit rules on a whole document, taking the findings of each unit already
    checked in an earlier document with the same text (and source) from ``_UNIT_FINDINGS``, shifted to
    where the unit stands now and placed again (article, paragraph, item, label), and running the rules
    only on the other units. A document none of whose units is known is checked in full, as before, and
    teaches the cache its units. ``tests/test_unit_findings_cache.py`` holds the result equal to a fresh run."""
    if not rules or ctx.scope is not None or ctx.only is not None:
        return _run(ctx, rules)
    ids = tuple(r.id for r in rules)
    texts = _unit_texts(ctx.doc)
    units = sorted(texts.articles + texts.lines)
    data = _UNIT_FINDINGS.data
    keys = [_unit_key(ids, norm, src) for _, norm, src in units]
    known = [data.get(k) for k in keys]
    missing = [u[0] for u, hit in zip(units, known) if hit is None]
    if len(missing) == len(units):
        found = _run(ctx, rules)  # nothing known: the plain full run, whose findings then fill the cache
        _learn(units, keys, found)
        return found
    fresh = _scoped_run(ctx.doc, missing, rules) if missing else []
    _learn([u for u, hit in zip(units, known) if hit is None], [k for k, hit in zip(keys, known) if hit is None], fresh)
    out = list(fresh)
    for (span, _, _), hit in zip(units, known):
        if hit:
            out.extend(_placed(ctx, f, span[0]) for f in hit)
    out.sort(key=lambda f: (f.span[0], f.span[1], f.rule))
    return out


def _learn(units, keys, found: list[Finding]) -> None:
    """Remember the findings of each of ``units`` (sorted spans, not overlapping), relative to its start.
    A finding outside every unit would be lost for the next document: then nothing is remembered; nor is
    anything when a rule failed (the next document runs it again, and tells its failure)."""
    if any(f.rule == FAILED_RULE for f in found):
        return
    starts = [u[0][0] for u in units]
    per_unit: list[list[Finding]] = [[] for _ in units]
    for f in found:
        i = bisect.bisect_right(starts, f.span[0]) - 1
        if i < 0 or not (units[i][0][0] <= f.span[0] < units[i][0][1]) or f.span[1] > units[i][0][1]:
            return
        per_unit[i].append(f)
    for (span, _, _), key, fs in zip(units, keys, per_unit):
        _UNIT_FINDINGS.get(key, lambda fs=fs, s=span[0]: tuple(replace(f, span=(f.span[0] - s, f.span[1] - s)) for f in fs))


def _placed(ctx: "Context", f: Finding, start: int) -> Finding:
    """A remembered finding (offsets relative to its unit) where its unit starts now, placed as
    ``Context.finding`` places a new one."""
    span = (f.span[0] + start, f.span[1] + start)
    art, para, item = ctx.locate(span[0])
    return replace(f, span=span, article=art.number if art is not None else None,
                   paragraph=paragraph_number(art, para), item=item.label if item is not None else None,
                   label=ctx.place_label(span[0]))
