"""Plain functions that chain the stages, for the CLI, the reports and the tests."""

from __future__ import annotations

from pathlib import Path

from .ingest import DEFAULT_LIMITS, Limits, load
from .model import Document, Source
from .normalize import normalize
from .structure import parse


def document_from_source(src: Source) -> Document:
    return parse(normalize(src), src)


def read_document(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Document:
    """ingest → normalize → structure."""
    return document_from_source(load(path, limits))


def clear_caches() -> None:
    """Forget what the stages remember between documents (each source line's normalized form and
    tokens, article signatures). Results never depend on these caches; benchmarks clear them to
    time a document never seen before."""
    from . import align, grammar, normalize, references, tokens

    tokens._clear_cache()
    normalize._line.cache_clear()
    normalize._break_between.cache_clear()
    align._body_signature.cache_clear()
    align._title_signature.cache_clear()
    references._references.cache_clear()
    grammar.clear_caches()
