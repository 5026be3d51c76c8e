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
    tokens and grammar matches, article signatures, references). Results never depend on these caches; benchmarks clear them to
    time a document never seen before."""
    from . import align, grammar, normalize, references, tokens

    for stage in (tokens, normalize, grammar, align, references):
        stage.clear_caches()
