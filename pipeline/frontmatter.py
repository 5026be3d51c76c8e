"""YAML front matter at the top of a page (Jekyll, Hugo, pandoc): a 「---」 line, ``key: value`` lines (list entries,
comments, indented continuations), then 「---」 or 「...」. The site reads it; the page never shows it as it stands, and
its ``title:`` is the title the layout heads the page with. Read the same way for Markdown (normalize hides its lines,
structure takes its title) and for HTML pages that carry it (the HTML reader drops it)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"(?:---|\.\.\.)\s*$")
_ENTRY = re.compile(r"\s*(?:[A-Za-z_][\w-]*\s*:|-\s|#)|\s*$")
# (or the page header's, nested one level: 「header:」⏎「  title: ベルリン行動規範」)
_TITLE = re.compile(r"""(?: {2})?title[ \t]*:[ \t]*(["']?)(?P<t>.*?)\1[ \t]*$""")
# how many lines a front matter may hold before its closing fence: past that, a 「---」 is a rule over text
_MAX_LINES = 60


@dataclass(frozen=True)
class FrontMatter:
    start: int  # offset of its opening 「---」
    end: int  # offset just past its closing fence's line
    title: str | None


def front_matter(text: str) -> FrontMatter | None:
    """The front matter ``text`` opens with (after blank lines or a byte-order mark), or None."""
    start = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    if start and text[start - 1] not in "\n\ufeff":
        start = text.rfind("\n", 0, start) + 1  # (the opening fence's own indentation, if any, is the line's)
    nl = text.find("\n", start)
    if nl < 0 or text[start:nl].strip() != "---":
        return None
    pos, title = nl + 1, None
    for _ in range(_MAX_LINES):
        if pos >= len(text):
            return None
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end].rstrip("\r")
        if _FENCE.match(line):
            return FrontMatter(start, min(len(text), end + 1), title)
        if not _ENTRY.match(line) and not line.startswith((" ", "\t")):
            return None  # not YAML: a rule and text
        if title is None and (m := _TITLE.match(line)):
            title = m.group("t").strip() or None
        pos = end + 1
    return None
