"""Plain functions that chain the stages, for the CLI, the reports and the tests."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .ingest import DEFAULT_LIMITS, Limits, load
from .model import Document, Source
from .normalize import normalize
from .structure import parse
from .tokens import paused_gc

if TYPE_CHECKING:
    from .diff import DiffResult


def document_from_source(src: Source) -> Document:
    with paused_gc():
        return parse(normalize(src), src)


def read_document(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Document:
    """ingest → normalize → structure."""
    return document_from_source(load(path, limits))


def compare_files(old_path: str | Path, new_path: str | Path, limits: Limits = DEFAULT_LIMITS) -> "DiffResult":
    """read_document both files and compare_versions them, doing no work twice for inputs that read the same.

    Two files with the same bytes are recognised by their hash: the text is read and parsed once,
    every unit is paired with itself, and nothing is tagged, diffed or checked
    (``DiffResult.identical``). Two files that differ only in what normalization removes (line
    endings, full-width digits, a BOM…) are normalized each, parsed once and compared unit by unit
    without tagging or checking."""
    from dataclasses import replace

    from .diff import parses_the_same, unchanged_result

    old_src = load(old_path, limits)
    new_src = load(new_path, limits)
    with paused_gc():
        if old_src.sha256 == new_src.sha256:
            old_doc = document_from_source(old_src)
            # the same bytes: paired unit by unit, not compared (nor asked again whether they read the same)
            result = unchanged_result(old_doc, replace(old_doc, source=new_src))
            result.identical = True
            return result
        old_norm, new_norm = normalize(old_src), normalize(new_src)
        old_doc = parse(old_norm, old_src)
        if parses_the_same(old_norm, new_norm, old_src, new_src):
            new_doc = replace(old_doc, source=new_src, norm=new_norm)  # the same units, its own source map
        else:
            new_doc = parse(new_norm, new_src)
    return compare_versions(old_doc, new_doc)


def compare_versions(old: Document, new: Document) -> "DiffResult":
    """diff(old, new) with the findings the revision introduced (checks.introduced_findings): what a
    reviewer of the revision is shown. Defects the old version already had are not the revision's."""
    from .diff import dedupe_findings, diff, reads_the_same

    with paused_gc():
        result = diff(old, new)
        if reads_the_same(old, new):
            return result  # the revision changed nothing, so it introduced no finding: nothing is checked
        from .checks import introduced_findings  # the rules load only when something is to be checked
        result.findings.extend(introduced_findings(old, new))
        result.findings.sort(key=lambda f: f.span)
        dedupe_findings(result)
        return result


def clear_caches() -> None:
    """Forget what the stages remember between documents (each source line's normalized form and
    tokens and grammar matches, article signatures, references). Results never depend on these caches; benchmarks clear them to
    time a document never seen before."""
    from . import align, checks, grammar, normalize, references, textsig, tokens

    for stage in (tokens, normalize, grammar, align, references, textsig, checks):
        stage.clear_caches()
