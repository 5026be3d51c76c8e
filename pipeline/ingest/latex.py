"""LaTeX source (.tex): the text its typeset page shows.

A 管理規約 kept in LaTeX heads its articles with sectioning commands (``\\subsubsection*{第１条（目的）}``), writes
its paragraphs through macros of its own (``\\kou{２}{…}``) and its lists as ``enumerate``; read as plain text, its
commands were taken for text and its structure was lost (four articles read of seventy-two, twenty-two false
warnings). What a reader of the printed page sees is read instead: the body between ``\\begin{document}`` and
``\\end{document}``, without comments, layout commands or the table of contents' entries; sectioning titles on
lines of their own; the author's simple macros (``\\newcommand{\\kou}[2]{…#1…#2}``) expanded; list items
numbered as LaTeX numbers them; any other command read as its arguments' text. A macro whose text TeX computes
(``\\ifcase``) cannot be expanded here: its arguments stand for it (``\\toKansuji{1}`` reads 1).

Typst, whose numbers and captions its code computes throughout, is refused (pipeline.ingest); LaTeX states its
text, and this reader takes only what it states.
"""

from __future__ import annotations

import re

from ..model import Removal, Source
from .base import InputFormat, kana_composed
from .text import decode

_BODY = re.compile(r"\\begin\s*\{document\}(.*?)(?:\\end\s*\{document\}|\Z)", re.S)
_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
_NEWCOMMAND = re.compile(r"\\(?:re)?newcommand\*?\s*\{?\\([A-Za-z]+)\}?\s*(?:\[(\d)\])?\s*(?:\[[^\]]*\])?\s*\{"
                         r"|\\def\s*\\([A-Za-z]+)((?:#\d)*)\s*\{")
# the arguments of the silent commands that take more than one (the others take one at most)
_ARITY = {"addcontentsline": 3, "setlength": 2, "addtolength": 2, "setcounter": 2, "addtocounter": 2,
          "renewcommand": 2, "newcommand": 2, "ModifyHeading": 2, "href": 2}
_COUNTER_SET = re.compile(r"\s*=\s*(-?\d+)")
_IFCASE = re.compile(r"\\ifcase\s*(?:(\d+)|\\([A-Za-z]+))(.*?)\\fi\b", re.S)
_SECTIONING = frozenset(("part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph",
                         "title", "caption", "author", "date"))
# commands that print nothing of the text (layout, counters, references to the table of contents), by the number
# of arguments they take: declarations take none, the rest one unless _ARITY says more
_DECLARATIONS = frozenset((
    "tableofcontents", "maketitle", "noindent", "indent", "par", "centering", "raggedright", "raggedleft", "vfill",
    "hfill", "smallskip", "medskip", "bigskip", "normalfont", "bfseries", "itshape", "mdseries", "rmfamily",
    "sffamily", "ttfamily", "small", "footnotesize", "scriptsize", "tiny", "large", "Large", "LARGE", "huge", "Huge",
    "normalsize", "selectfont", "hangindent", "hangafter", "leftskip", "rightskip", "parindent", "baselineskip",
    "parskip", "newpage", "clearpage", "cleardoublepage", "pagebreak", "linebreak", "nolinebreak", "nopagebreak",
    "thepage", "relax", "protect", "ifcase", "or", "else", "fi", "newcount", "phantomsection", "kill", "centerline"))
_SILENT = _DECLARATIONS | frozenset((
    "addcontentsline", "label", "index", "vspace", "setlength", "addtolength", "setcounter", "addtocounter",
    "pagestyle", "thispagestyle", "pagenumbering", "includegraphics", "setlist", "ModifyHeading", "usepackage",
    "documentclass", "hypersetup", "def", "bibliographystyle", "bibliography", "url", "newcommand", "renewcommand",
    "setmainjfont", "setmainfont", "geometry"))
_DIMENSIONED = frozenset(("hangindent", "hangafter", "leftskip", "rightskip", "parindent", "baselineskip", "parskip"))
_SPACES = frozenset(("hspace", "quad", "qquad", "enspace", "enskip", "hskip", "space"))
_DIMENSION = re.compile(r"[ \t]*=?[ \t]*-?[\d.]+[ \t]*(?:em|ex|pt|zw|zh|mm|cm|in|bp|sp|truept)?")
_MACRO_DEPTH = 8
_CONTROL = re.compile(r"\\([A-Za-z]+)\*?|\\(.)", re.S)  # a control word (\kou, \item*) or symbol (\\, \%)
_SPACES_AFTER_WORD = re.compile(r"[ \t]*(?:\n[ \t]*(?!\n))?")
_WIDE = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff々\uff01-\uff60]")
# an \item's line, and its list's depth, marked in the rendered text until the lines are laid out (private-use
# characters no page writes)
_ITEM_MARK, _DEPTH_BASE = "\ue001", 0xE010
# LaTeX's own labels of enumerate's four levels, as \setlist[enumerate,N]{label=…} or [label=…] may change them
_DEFAULT_LABELS = {1: "\\arabic*.", 2: "(\\alph*)", 3: "\\roman*.", 4: "\\Alph*."}
_SETLIST = re.compile(r"\\setlist\s*\[\s*enumerate\s*,\s*(\d)\s*\]\s*\{")
_LABEL_OPTION = re.compile(r"(?:^|,)\s*label\s*=\s*(\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|[^,]*)")
_ROMAN = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]


def _label_of(option_text: str) -> str | None:
    m = _LABEL_OPTION.search(option_text)
    if m is None:
        return None
    label = m.group(1).strip()
    return label[1:-1] if label.startswith("{") and label.endswith("}") else label


def _counted(label: str, n: int) -> str:
    """A list label with its counter put in (「(\\arabic*)」 and 3: 「(3)」)."""
    letter = chr(ord("a") + n - 1) if 1 <= n <= 26 else str(n)
    roman = _ROMAN[n] if n < len(_ROMAN) else str(n)
    return (label.replace("\\arabic*", str(n)).replace("\\alph*", letter).replace("\\Alph*", letter.upper())
            .replace("\\roman*", roman).replace("\\Roman*", roman.upper()))


def _group(s: str, i: int, open_: str = "{", close: str = "}") -> tuple[str, int] | None:
    """The text of the balanced group opening at s[i] and the offset after it; None if s[i] does not open one."""
    if i >= len(s) or s[i] != open_:
        return None
    depth, j = 0, i
    while j < len(s):
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if c == open_:
            depth += 1
        elif c == close:
            depth -= 1
            if depth == 0:
                return s[i + 1:j], j + 1
        j += 1
    return s[i + 1:], len(s)


def _macros(preamble: str) -> dict[str, tuple[int, str]]:
    """The author's own commands with their arguments' count and body (\\newcommand{\\kou}[2]{…})."""
    out = {}
    for m in _NEWCOMMAND.finditer(preamble):
        body = _group(preamble, m.end() - 1)
        if body is None:
            continue
        if m.group(1):
            out[m.group(1)] = (int(m.group(2) or 0), body[0])
        else:  # \def\toKansuji#1{…}
            out[m.group(3)] = (m.group(4).count("#"), body[0])
    return out


class _Renderer:
    def __init__(self, macros: dict[str, tuple[int, str]], labels: dict[int, str]):
        self.macros = macros
        self.labels = labels  # enumerate's label by level
        self.lists: list[list] = []  # [kind, count, label] of each open list, innermost last
        self.counters: dict[str, int] = {}  # \tempvls=3: what an \ifcase of the macros selects by

    def _ifcase(self, s: str, i: int, out: list[str], depth: int) -> int:
        r"""\ifcase N \or A \or B … \else X \fi: the alternative N selects (not nested)."""
        m = _IFCASE.match(s, i)
        if m is None:
            return i + len("\\ifcase")
        n = int(m.group(1)) if m.group(1) else self.counters.get(m.group(2), -1)
        cases, _, otherwise = m.group(3).partition("\\else")
        alternatives = re.split(r"\\or\b", cases)
        out.append(self.render(alternatives[n] if 0 <= n < len(alternatives) else otherwise, depth + 1).strip(" \t\n"))
        return _SPACES_AFTER_WORD.match(s, m.end()).end()  # (\fi is a control word: the spaces after it are its)

    def render(self, s: str, depth: int = 0) -> str:
        out: list[str] = []
        i = 0
        while i < len(s):
            c = s[i]
            if c == "\\":
                i = self._command(s, i, out, depth)
            elif c == "{":
                inner, i = _group(s, i)
                out.append(self.render(inner, depth))
            elif c == "}":
                i += 1
            elif c == "\n":
                i = self._line_end(s, i, out)
            elif c == "~":
                out.append(" ")
                i += 1
            elif c == "&":
                out.append("　")
                i += 1
            elif c == "$":
                i += 1
            else:
                out.append(c)
                i += 1
        return "".join(out)

    @staticmethod
    def _line_end(s: str, i: int, out: list[str]) -> int:
        """A line end of the source, as TeX reads it: a blank line ends a paragraph; one line end is a space, or
        nothing between two Japanese characters (a Japanese paragraph wraps anywhere)."""
        j = i + 1
        while j < len(s) and s[j] in " \t":
            j += 1
        if j < len(s) and s[j] == "\n":
            out.append("\n\n")
            while j < len(s) and s[j] in " \t\n":
                j += 1
            return j
        before = next((ch for piece in reversed(out) for ch in reversed(piece) if ch not in " \t"), "")
        if not (_WIDE.match(before) and j < len(s) and _WIDE.match(s[j])):
            out.append(" ")
        return j

    def _command(self, s: str, i: int, out: list[str], depth: int) -> int:
        m = _CONTROL.match(s, i)  # (at i: the source is not sliced, every command would copy the rest of it)
        if m is None:
            return i + 1
        if m.group(2) is not None:  # \\ breaks the line; \% \& \{ print their character; \, a thin space
            ch = m.group(2)
            out.append("\n" if ch == "\\" else ch if ch in "%&{}#$_" else " " if ch in ", ;:!" else "")
            j = m.end()
            if ch == "\\" and j < len(s) and s[j] == "[":
                j = _group(s, j, "[", "]")[1]  # \\[2mm]: the break's extra space
            return j
        name, j = m.group(1), m.end()
        if name == "ifcase":
            return self._ifcase(s, i, out, depth)
        if not (j < len(s) and s[j] in "[{"):
            # a control word eats the spaces after it, and one line end (「\\fi⏎}」 adds no space)
            j = _SPACES_AFTER_WORD.match(s, j).end()
        if name in _DIMENSIONED:
            d = _DIMENSION.match(s, j)
            return d.end() if d else j  # \hangindent=1em
        if name not in self.macros and (value := _COUNTER_SET.match(s, j)) is not None:
            self.counters[name] = int(value.group(1))  # \tempvls=3
            return value.end()
        if name in self.macros:
            arity = self.macros[name][0]
        elif name in _ARITY:
            arity = _ARITY[name]
        else:
            arity = 0 if name in _DECLARATIONS else 1
        options, args = [], []
        while True:
            k = j
            while k < len(s) and (s[k] in " \t" or s[k] == "\n" and "\n" not in s[j:k]):
                k += 1  # (spaces and one line break, as TeX reads between a command and its arguments)
            if k < len(s) and s[k] == "[" and (not args or name == "begin"):
                opt = _group(s, k, "[", "]")
                options.append(opt[0])
                j = opt[1]
                continue
            if k < len(s) and s[k] == "{" and len(args) < arity:
                grp = _group(s, k)
                args.append(grp[0])
                j = grp[1]
                continue
            break
        if name == "begin" and args and args[0] in ("tabular", "tabularx", "array", "longtable"):
            k = j
            while k < len(s) and s[k] in " \t":
                k += 1
            if k < len(s) and s[k] == "{":
                j = _group(s, k)[1]  # the columns' specification
        if name in self.macros and depth < _MACRO_DEPTH:
            n, body = self.macros[name]
            for k, a in enumerate(args[:n], 1):
                body = body.replace(f"#{k}", a)
            out.append(self.render(body, depth + 1))
        elif name in _SECTIONING:
            out.append("\n" + (self.render(args[0], depth) if args else "") + "\n")
        elif name == "begin":
            env = args[0] if args else ""
            if env in ("enumerate", "itemize", "description"):
                level = sum(1 for x in self.lists if x[0] == "enumerate") + 1
                given = _label_of(options[0]) if options else None
                self.lists.append([env, 0, given or self.labels.get(level, "\\arabic*.")])
            out.append("\n")
        elif name == "end":
            env = args[0] if args else ""
            if env in ("enumerate", "itemize", "description") and self.lists:
                self.lists.pop()
            out.append("\n")
        elif name == "item":
            label = ""
            if options:
                label = self.render(options[0], depth)
            elif self.lists and self.lists[-1][0] == "enumerate":
                self.lists[-1][1] += 1
                label = self.render(_counted(self.lists[-1][2], self.lists[-1][1]), depth)
            out.append("\n" + _ITEM_MARK + chr(_DEPTH_BASE + len(self.lists)) + label)
            if args:  # (a braced group right after \item is its text)
                out.append(self.render(args[0], depth))
        elif name in _SPACES:
            out.append(" ")
        elif name in _SILENT:
            if name in ("par", "newpage", "clearpage"):
                out.append("\n")
        else:
            out.append("　".join(self.render(a, depth) for a in args))
        return j


def read_latex(data: bytes, name: str, limits=None, deadline=None) -> Source:
    raw, encoding = decode(data, name)
    notes: list[str] = []
    raw = kana_composed(raw, notes)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    body_match = _BODY.search(raw)
    preamble = raw[:body_match.start()] if body_match else ""
    body = body_match.group(1) if body_match else raw
    preamble_code = _COMMENT.sub("", preamble)
    macros = _macros(preamble_code)
    labels = dict(_DEFAULT_LABELS)
    for m in _SETLIST.finditer(preamble_code):
        if (given := _label_of(_group(preamble_code, m.end() - 1)[0])) is not None:
            labels[int(m.group(1))] = given
    text = _Renderer(macros, labels).render(_COMMENT.sub("", body))
    lines = [ln.strip(" \t") for ln in text.split("\n")]
    out: list[str] = []
    for ln in lines:  # blank lines between paragraphs kept as one
        if ln or (out and out[-1]):
            out.append(ln)
    while out and not out[0]:
        out.pop(0)
    list_items, pos = [], 0
    for k, ln in enumerate(out):
        if ln.startswith(_ITEM_MARK):
            list_items.append((pos, ord(ln[1]) - _DEPTH_BASE))  # (the line of an \item: a list's entry, at its depth)
            out[k] = ln = ln[2:].lstrip(" \t")
        pos += len(ln) + 1
    text = "\n".join(out).rstrip("\n") + "\n"
    notes.append("read as LaTeX: the typeset text (commands, comments and the preamble left out"
                 + (f"; {len(macros)} macro(s) of the document expanded" if macros else "") + ")")
    removed = [Removal("markup", preamble.strip()[:200], 0, 0)] if preamble.strip() else []
    return Source(path=name, sha256="", format="latex", encoding=encoding, text=text, removed=removed, notes=notes,
                  list_items=list_items)


READER = InputFormat("latex", frozenset({".tex", ".latex", ".ltx"}), read_latex)
