"""Ingest: turn a file of any supported format into a ``Source``.

``load(path)`` is the boundary of this stage. It decides the format from the
file's bytes first and its name second, so a PDF named ``.txt`` is still read
as a PDF and a text file named ``.pdf`` gets a clear error.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import BadInput, InputNotFound, LimitExceeded
from ..model import Source

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}


@dataclass
class Limits:
    """Guards for unattended batch runs; every one is configurable from the CLI."""

    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 500
    max_seconds: float = 120.0


DEFAULT_LIMITS = Limits()


class Deadline:
    """The time budget of one document (``Limits.max_seconds``), checked between stages and in long loops.

    ``load_bytes`` starts one and hands it on with the ``Source``; the PDF reader
    checks it between pages, the structure parser when it starts (so the time of
    normalization counts) and every few hundred lines. A driver that also runs
    the checks (``clausediff run``, ``check``) starts its own and checks it after
    them. Over the budget: ``LimitExceeded`` (exit code 6) naming the stage.
    """

    __slots__ = ("seconds", "name", "expires")

    def __init__(self, seconds: float, name: str | None = None):
        self.seconds = seconds
        self.name = name
        self.expires = time.monotonic() + seconds

    def expired(self) -> bool:
        return time.monotonic() > self.expires

    def check(self, where: str) -> None:
        """Raise LimitExceeded if the budget is spent; ``where`` says how far the work got."""
        if time.monotonic() > self.expires:
            raise LimitExceeded(
                f"processing took over the time limit of {self.seconds:g} s per document "
                f"(stopped {where}; see --max-seconds)",
                self.name,
            )


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(src: Source) -> None:
    """Lone surrogates (a PDF's broken ToUnicode map, …) cannot be written as UTF-8 nor tagged by
    MeCab: each becomes U+FFFD, which keeps every offset."""
    n = 0
    if _SURROGATE.search(src.text):
        src.text, n = _SURROGATE.subn("\ufffd", src.text)
    for r in src.removed:
        r.text = _SURROGATE.sub("\ufffd", r.text)
    src.tables = [[[_SURROGATE.sub("\ufffd", c) for c in row] for row in t] for t in src.tables]
    if n:
        src.notes.append(f"{n} unpaired surrogate code point(s) replaced by U+FFFD")


def sniff_format(data: bytes, suffix: str) -> str:
    suffix = suffix.lower()
    if data.startswith(b"%PDF-") or data[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if suffix in (".docx", ".docm") or b"word/" in data[:4096]:
            return "docx"
        raise BadInput("a ZIP archive that is not a Word .docx document")
    if suffix == ".pdf":
        raise BadInput("named .pdf but is not a PDF (no %PDF- header)")
    if suffix in (".docx",):
        raise BadInput("named .docx but is not a Word document (not a ZIP package)")
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def load(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Source:
    p = Path(path)
    if not p.exists():
        raise InputNotFound("no such file", str(p))
    if p.is_dir():
        raise BadInput("is a folder, not a document", str(p))
    try:
        size = p.stat().st_size
        if size > limits.max_bytes:
            raise LimitExceeded(
                f"file is {size:,} bytes, over the input size limit of {limits.max_bytes:,} bytes (see --max-mb)", str(p)
            )
        data = p.read_bytes()
    except PermissionError:
        raise InputNotFound("permission denied", str(p)) from None
    except IsADirectoryError:
        raise BadInput("is a folder, not a document", str(p)) from None
    return load_bytes(data, str(p), limits)


def load_bytes(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> Source:
    """Read one document from its bytes. The returned Source carries the document's time budget
    (``Source.deadline``) to the structure parser, which spends it."""
    deadline = Deadline(limits.max_seconds, name)
    if len(data) > limits.max_bytes:
        raise LimitExceeded(
            f"input is {len(data):,} bytes, over the input size limit of {limits.max_bytes:,} bytes (see --max-mb)", name
        )
    if not data.strip():
        raise BadInput("file is empty" if not data else "file holds only whitespace", name)
    sha = hashlib.sha256(data).hexdigest()
    try:
        fmt = sniff_format(data, Path(name).suffix)
    except BadInput as e:
        raise BadInput(e.message, name) from None
    if fmt == "pdf":
        from .pdf import read_pdf

        src = read_pdf(data, name, limits, deadline)
    elif fmt == "docx":
        from .docx import read_docx

        src = read_docx(data, name, limits, deadline)
    elif fmt == "html":
        from .html import read_html

        src = read_html(data, name, limits, deadline)
    else:
        from .text import read_text

        src = read_text(data, name, markdown=(fmt == "markdown"))
    src.sha256 = sha
    if not src.text.replace("\ufeff", "").strip():
        raise BadInput("file holds only whitespace" if fmt in ("text", "markdown") else "no text found in the document",
                       name)
    _no_surrogates(src)
    deadline.check("after reading the file")
    src.deadline = deadline
    return src
