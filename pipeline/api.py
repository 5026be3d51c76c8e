"""Plain functions that chain the stages, for the CLI, the reports and the tests."""

from __future__ import annotations

import hashlib
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .ingest import DEFAULT_LIMITS, Deadline, Limits, load, load_bytes, read_input
from .model import Document, Source
from .tokens import paused_gc

if TYPE_CHECKING:
    from .diff import DiffResult
    from .model import Finding, Normalized
    from .document_cache import DocumentCache


# normalize and structure (and the grammar they compile) are imported when a text is parsed: a command
# whose documents all come from the cache (document_cache) starts without them.
def normalize(src: Source) -> "Normalized":
    from .normalize import normalize as normalize_source

    return normalize_source(src)


def parse(norm: "Normalized", src: Source) -> Document:
    from .structure import parse as parse_normalized

    return parse_normalized(norm, src)


def document_from_source(src: Source) -> Document:
    from .other_languages import without_other_languages

    src = without_other_languages(src)  # a translation printed after the Japanese: recorded, not read
    with paused_gc():
        return parse(normalize(src), src)


def read_document(path: str | Path, limits: Limits = DEFAULT_LIMITS, cache: "DocumentCache | None" = None) -> Document:
    """ingest → normalize → structure; with a ``cache`` (document_cache), a document whose bytes were read
    before is taken from it, neither ingested nor parsed again."""
    if cache is None:
        return document_from_source(load(path, limits))
    return _cached_document(_Input.read(path, limits), limits, cache)


@dataclass
class _Input:
    """An input file's bytes, read once: hashed to be looked up, ingested only when not found."""

    name: str
    data: bytes
    sha256: str

    @classmethod
    def read(cls, path: str | Path, limits: Limits) -> "_Input":
        data = read_input(path, limits)
        return cls(str(Path(path)), data, hashlib.sha256(data).hexdigest())

    def source(self, limits: Limits) -> Source:
        return load_bytes(self.data, self.name, limits)


def _from_cache(inp: _Input, limits: Limits, cache: "DocumentCache | None") -> Document | None:
    if cache is None:
        return None
    deadline = Deadline(limits.max_seconds, inp.name)
    doc = cache.get(inp.sha256, inp.name)
    if doc is not None:  # the time limit holds for a document taken from the cache too, timed like reading it
        deadline.check("after reading the file")
    return doc


def _cached_document(inp: _Input, limits: Limits, cache: "DocumentCache | None") -> Document:
    """The document of ``inp``: from ``cache`` when it holds it, else parsed (and kept there)."""
    doc = _from_cache(inp, limits, cache)
    if doc is None:
        doc = document_from_source(inp.source(limits))
        if cache is not None:
            cache.put(doc)
    return doc


def compare_files(old_path: str | Path, new_path: str | Path, limits: Limits = DEFAULT_LIMITS,
                  cache: "DocumentCache | None" = None) -> "DiffResult":
    """read_document both files and compare_versions them, doing no work twice for inputs that read the same.

    Two files with the same bytes are recognised by their hash: the text is read and parsed once
    (or taken from ``cache``), every unit is paired with itself, and nothing is tagged, diffed or
    checked (``DiffResult.identical``). Two files that differ only in what normalization removes (line
    endings, full-width digits, a BOM…) are normalized each, parsed once and compared unit by unit
    without tagging or checking. With a ``cache``, a version read before is not parsed again."""
    from .diff import parses_the_same, unchanged_result

    old_in, new_in = _Input.read(old_path, limits), _Input.read(new_path, limits)
    with paused_gc():
        old_doc = _cached_document(old_in, limits, cache)
        if old_in.sha256 == new_in.sha256:
            # the same bytes: read once, paired unit by unit, not compared (nor asked again whether they read the same)
            new_doc = replace(old_doc, source=replace(old_doc.source, path=new_in.name))
            result = unchanged_result(old_doc, new_doc)
            result.identical = True
            return result
        new_doc = _from_cache(new_in, limits, cache)
        if new_doc is None:
            new_src = new_in.source(limits)
            new_norm = normalize(new_src)
            if parses_the_same(old_doc.norm, new_norm, old_doc.source, new_src):
                new_doc = replace(old_doc, source=new_src, norm=new_norm)  # the same units, its own source map
            else:
                new_doc = parse(new_norm, new_src)
            if cache is not None:
                cache.put(new_doc)
    return compare_versions(old_doc, new_doc, cache)


def check_document(doc: Document, cache: "DocumentCache | None" = None) -> "list[Finding]":
    """checks.run_checks(doc); with a ``cache``, the findings of a document checked before are taken from it
    (and a document's are kept there)."""
    from .checks import run_checks

    with _kept_findings((doc,), cache):
        return run_checks(doc)


@contextmanager
def _kept_findings(docs, cache: "DocumentCache | None"):
    """Give each of ``docs`` the findings ``cache`` kept for it before the checks run, and keep there after them
    what was found on the whole of each, when that is more than it was given."""
    if cache is None:
        yield
        return
    from .checks import known_findings, learn_findings

    given = []
    for doc in docs:
        known = cache.get_findings(doc)
        learn_findings(doc, known)
        given.append(set(known))
    yield
    for doc, learned in zip(docs, given):
        known = known_findings(doc)
        if set(known) - learned:
            cache.put_findings(doc, known)


def compare_versions(old: Document, new: Document, cache: "DocumentCache | None" = None) -> "DiffResult":
    """diff(old, new) with the findings the revision introduced (checks.introduced_findings): what a
    reviewer of the revision is shown. Defects the old version already had are not the revision's. With a
    ``cache``, the findings of a pair diffed before are taken from it, else those computed on either whole
    version before; and those computed now are kept."""
    from .diff import dedupe_findings, diff, reads_the_same

    with paused_gc():
        result = diff(old, new)
        if reads_the_same(old, new):
            return result  # the revision changed nothing, so it introduced no finding: nothing is checked
        found = cache.get_introduced(old, new) if cache is not None else None
        if found is None:
            from .checks import introduced_findings  # the rules load only when something is to be checked
            with _kept_findings((old, new), cache):
                found = introduced_findings(old, new)
            if cache is not None:
                cache.put_introduced(old, new, found)
        result.findings.extend(found)
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
