"""Document checks: defects found in one document (``clausediff check FILE…``).

A rule is a function ``f(ctx) -> Iterable[Finding]`` registered with
``@rule(id, severity)``; ``ctx`` is the :class:`Context` of one document, which
memoizes what several rules need (each line's tokens, references, defined terms), so
a line is tagged once whatever rules run, and only the lines some rule looks at.

The knowledge the rules use (misspellings, notation variants, redundant
expressions) lives in ``pipeline/data/``; the code only says how to match it.

``run_checks(doc, rules=None)`` returns the findings sorted by position.
``findings_json`` / ``findings_markdown`` / ``findings_table`` render them.

The package: ``base.py`` holds what every rule is made of (the registry, the per-document ``Context``,
``LineMemo``, the data files), ``introduced.py`` what a diff's revision introduced (``introduced_findings``,
planned so that only what can differ is checked), one module per rule; this module runs and renders.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from ..model import SEVERITIES, Document, Finding
from ..tokens import paused_gc
# The rules' building blocks: what the rule modules and the callers import from this package.
from .base import (DATA_DIR, RULE_MODULES, RULES, SCHEMA, SCOPES, URL, Context, LineMemo, Rule, Unit,  # noqa: F401
                   _load_rules, _run, _REGISTRY, load_rules, article_label, one_finding_per_correction, clear_caches, compound_places, context,
                   comparison_table, east_asian_width, finditer, finditer_in_lines, image_within, in_compound, partial_text, said_to_be_an_extract, is_hiragana, is_kanji, is_katakana, known_findings, learn_findings, load_json,
                   load_tsv, notation_canon, notation_groups, paragraph_number, rule, spaced_in_source, title_lines,
                   whole_document_findings,
                   word_across)
# Where a text stops in mid-sentence.
from .cut_text import TELLS_THE_CUT, cut_off_at, runs_to_the_cut, text_end  # noqa: F401
# What a revision introduced.
from .introduced import (FINDING_CONTEXT, Footprint, _derive_tally, changed_spans, document_tally,  # noqa: F401
                         finding_key, introduced_findings, run_unit_rules)


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
            return one_finding_per_correction(ctx.text, list(ctx.memo("findings:all", lambda: _run_all(ctx, selected))))
        return one_finding_per_correction(ctx.text, _run(ctx, selected))


def _run_all(ctx: Context, selected: list[Rule]) -> list[Finding]:
    """``_run(ctx, selected)``, the unit rules' findings in units met in an earlier document taken from
    there (run_unit_rules)."""
    unit = [r for r in selected if r.scope == "unit"]
    out = whole_document_findings(ctx, [r for r in selected if r.scope != "unit"]) + run_unit_rules(ctx, unit)
    out.sort(key=lambda f: (f.span[0], f.span[1], f.rule))
    return out


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
    if f.article is None and not prefix and any(b.span[0] <= f.span[0] < b.span[1] for b in doc.closing):
        return "末尾"  # the lines after the last article (a closing greeting, the contact, the dates)
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
