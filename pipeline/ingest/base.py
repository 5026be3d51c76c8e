"""What every reader shares: the limits of one document, its time budget, and the declaration a
reader makes of itself (``InputFormat``).

A module of its own so that the readers (pdf, docx, html, text) and the stage's entry point
(``pipeline.ingest``) both import it and never each other: a reader that imported the entry point
back made a cycle.
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass
from importlib import import_module
from typing import Callable

from ..errors import LimitExceeded
from ..model import Source

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Guards for unattended batch runs; every one is configurable from the CLI, whose defaults
    are read from here (one place for the numbers)."""

    max_bytes: int = 50 * MB
    max_pages: int = 500
    max_seconds: float = 120.0

    @classmethod
    def of(cls, max_mb: float | None = None, max_pages: int | None = None,
           max_seconds: float | None = None) -> "Limits":
        """Limits from the units people type (MB, pages, seconds); None keeps the default."""
        d = cls()
        return cls(max_bytes=d.max_bytes if max_mb is None else int(max_mb * MB),
                   max_pages=d.max_pages if max_pages is None else max_pages,
                   max_seconds=d.max_seconds if max_seconds is None else max_seconds)

    @property
    def max_mb(self) -> float:
        return self.max_bytes / MB


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


class Deferred:
    """A reader function named ``"pipeline.ingest.module:function"``, imported when first called.

    Reading a Markdown file should not pay for the PDF, Word and HTML readers (about 100 ms of
    imports, a third of the start-up of ``clausediff diff``): the table of formats names each
    reader, and its module is imported when a file of its kind is read."""

    __slots__ = ("target", "_fn")

    def __init__(self, target: str):
        self.target = target
        self._fn: Callable[..., Source] | None = None

    def __call__(self, *args, **kwargs) -> Source:
        if self._fn is None:
            module, _, function = self.target.partition(":")
            self._fn = getattr(import_module(module), function)
        return self._fn(*args, **kwargs)

    def __repr__(self) -> str:
        return f"Deferred({self.target!r})"


@dataclass(frozen=True)
class InputFormat:
    """One input format, as the table of ``pipeline.ingest`` declares it (one entry per format).

    ``read(data, name, limits, deadline) -> Source`` (a ``Deferred`` for the readers whose module
    is heavy to import). ``sniff(data, suffix)`` says whether the
    bytes are this format whatever the file is called (a PDF named ``.txt``); it may raise
    ``BadInput`` for bytes that can only be a broken case of it. ``suffixes`` claim the files
    whose bytes no reader recognized; a ``binary`` format recognized by its bytes only refuses a
    file that has its suffix but not its bytes, saying ``not_this`` ("named .pdf but is not …").
    """

    format: str
    suffixes: frozenset[str]
    read: Callable[..., Source]
    sniff: Callable[[bytes, str], bool] | None = None
    binary: bool = False
    not_this: str = ""


# A line of a page template's own language, never shown: a Blade directive (@extends('layouts.app'),
# @section('content'), @endsection), a Twig/Jinja block tag ({% block body %}), a Blade comment. A whole line only:
# 「@jiiiimy00」 in a sentence is an account name, and @ starts no directive inside text.
TEMPLATE_DIRECTIVE_LINE = (
    # (a Blade @php … @endphp block, its PHP lines with it: 「@php」⏎「$title = 'お問い合わせ';」⏎「@endphp」)
    r"(?:[ \t]*@php[ \t]*\r?\n(?:(?![ \t]*@endphp\b)[^\n]*\n){0,40}?[ \t]*@endphp[ \t]*\r?(?:\n|$)|"
    r"[ \t]*(?:@(?:extends|section|endsection|show|stop|yield|parent|append|overwrite|include\w*|push|endpush|prepend|"
    r"endprepend|stack|csrf|once|endonce|verbatim|endverbatim|error|enderror|can|endcan|cannot|endcannot|switch|case|"
    r"break|default|endswitch|continue|lang|json|env|endenv|production|endproduction|"
    r"method|component|endcomponent|slot|endslot|php|endphp|if|elseif|else|endif|unless|endunless|isset|endisset|"
    r"auth|endauth|guest|endguest|foreach|endforeach|forelse|endforelse|empty|endempty|for|endfor|while|endwhile|"
    # (and a JSP's or ASP's directive line: 「<%@ page language="java" contentType="text/html; charset=utf-8"%>」)
    # (a condition continued on the lines after it, each opening with && or ||: 「@if(!empty($a)」⏎「&& !empty($b))」)
    r"props|livewire\w*|vite)\b(?:\([^\n]*\))?(?:[ \t]*\r?\n[ \t]*(?:&&|\|\|)[^\n]*\))*|\{%-?[^\n]*?-?%\}|\{\{--[^\n]*?--\}\}|<%[@!-]?[^\n]*?%>)"
    r"[ \t]*\r?(?:\n|$))"
)



# A kana followed by a combining voiced or semi-voiced sound mark (び stored as ひ + U+3099, as macOS and some editors
# save text): one character to every reader, composed at reading so that each check sees び (a check reading the
# source, stray-space among them, took the mark for no Japanese at all). Only these pairs: NFC would also fold the CJK
# compatibility ideographs a page may hold, which the typo rule must see as written.
_DECOMPOSED_KANA = re.compile("[\u3041-\u30ff][\u3099\u309a]")


def compose_kana(text: str) -> tuple[str, int]:
    """``text`` with each kana and combining sound mark written as one character, and how many were composed."""
    if "\u3099" not in text and "\u309a" not in text:
        return text, 0
    n = 0

    def one(m: re.Match) -> str:
        nonlocal n
        composed = unicodedata.normalize("NFC", m.group(0))
        n += len(composed) == 1
        return composed
    return _DECOMPOSED_KANA.sub(one, text), n


def kana_composed(text: str, notes: list[str]) -> str:
    """``compose_kana(text)``, saying in ``notes`` how many were composed (a reader's note on its source)."""
    text, composed = compose_kana(text)
    if composed:
        notes.append(f"decomposed kana composed: {composed} (stored as kana + combining sound mark)")
    return text
