"""Ingest: turn a file of any supported format into a ``Source``.

``load(path)`` is the boundary of this stage. It decides the format from the
file's bytes first and its name second, so a PDF named ``.txt`` is still read
as a PDF and a text file named ``.pdf`` gets a clear error.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..errors import BadInput, InputNotFound, LimitExceeded
from ..model import Source
from . import latex, lawxml, text
from .base import DEFAULT_LIMITS, TEMPLATE_DIRECTIVE_LINE, Deadline, Deferred, Limits, InputFormat

__all__ = ["DEFAULT_LIMITS", "Deadline", "Deferred", "Limits", "InputFormat", "READERS", "INPUT_SUFFIXES", "expand_inputs",
           "load", "load_bytes", "read_input", "reader_for"]



def _sniff_pdf(data: bytes, suffix: str) -> bool:
    return data.startswith(b"%PDF-") or data[:1024].find(b"%PDF-") >= 0


def _sniff_docx(data: bytes, suffix: str) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    if suffix in (".docx", ".docm") or b"word/" in data[:4096]:
        return True
    raise BadInput("a ZIP archive that is not a Word .docx document")


# A page's template or fragment saved under its own name (a WordPress page-terms.php, a .vue component, a Blade
# view): no doctype, but markup from its first character and an element closed on most lines. Plain text and
# Markdown close an element now and then (<br>, a <div align="center">), never line after line.
_TAG_CLOSE = re.compile(rb"</(?:div|p|li|ul|ol|section|article|span|a|h[1-6]|dd|dt|dl|table|tr|td|template|main)\s*>"
                        rb"|<br\s*/?>", re.IGNORECASE)
_MARKUP_START = re.compile(rb"<(?:\?php|\?=|!--|[a-zA-Z][a-zA-Z0-9-]*[\s>/])")
_TEMPLATE_LINES = re.compile(rb"(?:" + TEMPLATE_DIRECTIVE_LINE.encode() + rb"|[ \t]*\r?\n)+")
# the script lines a page component (React, Next.js) opens with before the markup it returns: a directive, imports and
# exports, declarations, the function's head, its comments; the markup after them still decides (_TAG_CLOSE)
_SCRIPT_LINES = re.compile(rb"(?:[ \t]*(?:['\"]use (?:client|strict)['\"];?|import\b[^\n]*|export\b[^\n]*|"
                           rb"(?:const|let|var|function|type|interface)\b[^\n]*|return\s*\(|//[^\n]*|/\*.*?\*/|"
                           rb"\{/\*.*?\*/\}|[A-Za-z_$][\w$]*\s*:[^\n]*|[{}();,\]]+)?[ \t]*\r?\n)+")


# the names a page template's file goes by (PHP, Vue, Svelte, Astro, Blade's .php, ERB, Twig, Jinja/Nunjucks, JSP, ASP.NET
# Razor, Smarty, CakePHP, Handlebars, EJS, Liquid)
# a server page's code blocks before its markup (JSP and ASP directives, declarations, scriptlets), read this far at most
_SERVER_BLOCKS = re.compile(rb"(?:\s*<%.*?%>)+\s*", re.S)
_SERVER_BLOCKS_SPAN = 1 << 16
_TEMPLATE_SUFFIXES = frozenset((".php", ".vue", ".svelte", ".astro", ".erb", ".twig", ".jinja", ".j2", ".njk", ".jsp",
                                ".aspx", ".cshtml", ".tpl", ".ctp", ".hbs", ".ejs", ".liquid"))
# an Astro component's script, fenced by --- lines above its markup (imports, props): the markup after it decides
# comments a template opens with (Twig's, Jinja's {# … #}, Handlebars' {{!-- … --}}, Blade's {{-- … --}})
_TEMPLATE_COMMENT_LEAD = re.compile(rb"(?:\{#.*?#\}|\{\{!?--.*?--\}\}|\s+)+", re.S)
_COMPONENT_FENCE = re.compile(rb"---[ \t]*\r?\n.*?\n---[ \t]*\r?\n", re.DOTALL)


def _sniff_html(data: bytes, suffix: str) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if suffix in _TEMPLATE_SUFFIXES:
        lead = data[:_SERVER_BLOCKS_SPAN].lstrip(b"\xef\xbb\xbf \t\r\n")
        # 「<%@ page language="java" …%>」 and a declaration of Java before a JSP's (an ASP page's) markup: the server's
        # code blocks, however long, are passed over to the markup they come before; so are the comments a template
        # opens with (「{# This file is part of EC-CUBE … #}」 over a Twig template)
        if (head.startswith(b"<%") and (passed := _SERVER_BLOCKS.match(lead))) \
                or (passed := _TEMPLATE_COMMENT_LEAD.match(lead)):
            head = lead[passed.end():passed.end() + 2048]
    lead = _TEMPLATE_LINES.match(head)
    if lead:  # 「@extends('layouts.app')」⏎「@section('content')」 over a Blade view's markup
        head = head[lead.end():].lstrip(b" \t\r\n")
    fence = _COMPONENT_FENCE.match(head) if suffix == ".astro" else None
    if fence:
        head = head[fence.end():].lstrip(b" \t\r\n")
    code = _SCRIPT_LINES.match(head)
    if code:  # 「'use client';」⏎「import …」⏎「export default function TermsPage() {」⏎「return (」 over a component's markup
        head = head[code.end():].lstrip(b" \t\r\n")
    if head.lower().startswith((b"<!doctype html", b"<html")):
        return True
    if not _MARKUP_START.match(head):
        return False
    if suffix in _TEMPLATE_SUFFIXES:
        return True  # a page's template that opens with markup is the page (its styles and forms may fill many lines)
    sample = data[:16384]
    if suffix in _MARKDOWN_SUFFIXES and len(_MARKDOWN_HEADING.findall(sample)) >= 2:
        return False  # a Markdown page with blocks of HTML (a MyST manual's <style>, <div>s) under its 「# 同梱品」 headings
    return len(_TAG_CLOSE.findall(sample)) >= max(8, sample.count(b"\n") // 3)


# a page kept as program source (a React component, a module holding the terms in a string): read by its grammar
# (ingest.script), whatever its bytes look like (a component's markup would sniff as HTML, with its code as text)
_SCRIPT_SUFFIXES = frozenset((".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts"))
# (kept in step with ingest.strings.SUFFIXES, which this module does not import: its readers load when used)
_STRINGS_SUFFIXES = frozenset((".swift", ".kt", ".java", ".cs", ".dart", ".go", ".rs", ".py", ".rb",
                               ".c", ".cc", ".cpp", ".cxx", ".h", ".hh", ".hpp", ".m", ".mm"))
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
_TABLE_SUFFIXES = frozenset({".csv", ".tsv"})
_MARKDOWN_HEADING = re.compile(rb"(?m)^#{1,6}[ \t]+\S")


# The input formats, in the order their bytes are tried: a new format is one reader module and one
# entry here. The PDF, Word and HTML readers are imported when a file of their kind is read.
READERS: tuple[InputFormat, ...] = (
    InputFormat("pdf", frozenset({".pdf"}), Deferred("pipeline.ingest.pdf:read_pdf"), sniff=_sniff_pdf, binary=True,
                not_this="a PDF (no %PDF- header)"),
    InputFormat("docx", frozenset({".docx"}), Deferred("pipeline.ingest.docx:read_docx"), sniff=_sniff_docx,
                binary=True, not_this="a Word document (not a ZIP package)"),
    lawxml.READER,
    InputFormat("script", _SCRIPT_SUFFIXES, Deferred("pipeline.ingest.script:read_script"),
                sniff=lambda data, suffix: suffix in _SCRIPT_SUFFIXES),
    # (program source of other languages: the one string that holds the document, ingest.strings)
    InputFormat("strings", _STRINGS_SUFFIXES, Deferred("pipeline.ingest.strings:read_strings"),
                sniff=lambda data, suffix: suffix in _STRINGS_SUFFIXES),
    # (a table of provisions, one row each, its columns named: ingest.table)
    InputFormat("table", _TABLE_SUFFIXES, Deferred("pipeline.ingest.table:read_table"),
                sniff=lambda data, suffix: suffix in _TABLE_SUFFIXES),
    InputFormat("html", frozenset({".html", ".htm", ".xhtml"}), Deferred("pipeline.ingest.html:read_html"),
                sniff=_sniff_html),
    latex.READER,
    text.MARKDOWN_READER,
    text.READER,
)
FALLBACK = text.READER  # bytes no reader recognized and a name no reader claims: read as plain text

# what a folder is searched for; program source and tables only when named (a site's folder holds far more code than
# pages, and a corpus's folder its manifest.csv)
INPUT_SUFFIXES = frozenset(s for r in READERS for s in r.suffixes if s) - _SCRIPT_SUFFIXES - _STRINGS_SUFFIXES \
    - _TABLE_SUFFIXES


def expand_inputs(paths: list[str | Path]) -> list[Path]:
    """Files named, and every file of a supported format under each folder named (sorted)."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(sorted(q for q in path.rglob("*") if q.is_file() and q.suffix.lower() in INPUT_SUFFIXES))
        else:
            out.append(path)
    return out


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


def reader_for(data: bytes, suffix: str) -> InputFormat:
    """The reader of these bytes: the bytes decide first (a PDF named .txt is a PDF), the name second."""
    suffix = suffix.lower()
    binary = [r for r in READERS if r.binary]
    for r in binary:  # formats with a signature: the bytes alone decide
        if r.sniff is not None and r.sniff(data, suffix):
            return r
    for r in binary:  # a name that promises a signature the bytes lack
        if suffix in r.suffixes:
            raise BadInput(f"named {suffix} but is not {r.not_this}")
    textual = [r for r in READERS if not r.binary]
    for r in textual:
        if r.sniff is not None and r.sniff(data, suffix):
            return r
    for r in textual:
        if suffix in r.suffixes:
            return r
    if suffix in _TYPESETTING_SUFFIXES:
        # a typesetting program's source: its article numbers and captions may be made by its code (Typst's
        # 「第#context n.display()条」), and read as text its markup is taken for brackets and clauses
        raise BadInput(f"a {suffix} file is typesetting source, not a document: compile it to PDF and check the PDF")
    if suffix in _PROGRAM_SUFFIXES:
        # a page written in another program language (a Flutter page in Dart): its terms are strings among code, and
        # read as text its imports, props and class names would be taken for clauses (five false warnings on one such
        # React file, before ingest.script read them)
        raise BadInput(f"a {suffix} file is program source, not a document: open the page in a browser and save it "
                       f"as HTML (or as text), then check that")
    return FALLBACK


# typesetting source whose text its code computes (Typst); LaTeX, which states its text, has a reader (ingest.latex)
_TYPESETTING_SUFFIXES = frozenset((".typ",))
# program source that may carry a page's text among its code
_PROGRAM_SUFFIXES = frozenset((".py", ".rb", ".java", ".kt", ".swift",
                               ".dart", ".go", ".rs", ".cs")) - _STRINGS_SUFFIXES


def load(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Source:
    return load_bytes(read_input(path, limits), str(Path(path)), limits)


def read_input(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of an input file, with the errors a missing, unreadable or oversized one gives."""
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
    return data


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
        reader = reader_for(data, Path(name).suffix)
    except BadInput as e:
        raise BadInput(e.message, name) from None
    fmt = reader.format
    src = reader.read(data, name, limits, deadline)
    src.sha256 = sha
    if not src.text.replace("\ufeff", "").strip():
        raise BadInput("file holds only whitespace" if fmt in ("text", "markdown") else "no text found in the document",
                       name)
    _no_surrogates(src)
    deadline.check("after reading the file")
    src.deadline = deadline
    return src
