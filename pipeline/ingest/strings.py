"""A document kept as a string of program source in another language than JavaScript: a licence in a Swift string (an
app's acknowledgements), terms in a C# constant (an installer's dialog), a Kotlin or Java text block, a Python or Ruby
heredoc of a bot's rules.

Such a file holds its text in string literals among code. The literals are read by the lexical rules these languages
share (double quotes with backslash escapes, triple quotes for text blocks, C#'s @"…" verbatim strings, Go's, Rust's
and C++'s raw strings), literals joined by + (in C and C++, written one after the other) read as the one string they
make; the string that holds a page's worth of
Japanese, and half the file's at least, is the document (read as text or Markdown, as ingest.script reads a module's
string of terms). A file whose Japanese is a document spread over many strings, most of it in sentences (an app's
page of terms, one widget per heading and paragraph), is read as those strings in order; one whose Japanese is many
short strings (a user interface's labels) is refused: read as text, its code would be taken for clauses.
"""

from __future__ import annotations

import re
import textwrap

from ..errors import BadInput
from ..model import Source
from . import text as _text
from .script import _japanese, holds_the_document, string_document

# the literals each language writes (one alternation; the first that matches at a place wins)
_TRIPLE = r'"""(?P<triple>.*?)"""'  # Swift, Kotlin, Python, Java text blocks, C# 11 raw strings
_TRIPLE_SINGLE = r"'''(?P<triple2>.*?)'''"  # Python, Dart
_VERBATIM = r'@"(?P<verbatim>(?:[^"]|"")*)"'  # C#
_RAW_RUST = r'r(?P<hashes>#*)"(?P<raw>.*?)"(?P=hashes)'  # Rust
_BACKTICK = r"`(?P<backtick>[^`]*)`"  # Go
_DOUBLE = r'"(?P<double>(?:[^"\\\n]|\\.)*)"'
_SINGLE = r"'(?P<single>(?:[^'\\\n]|\\.)*)'"  # Python, Ruby
# C++'s raw string, 「R"HTML(<h1>利用規約</h1>…)HTML"」 (with its encoding prefix, u8R"…"), its delimiter its own
_RAW_CPP = r'(?<![A-Za-z0-9_])(?:u8|u|U|L)?R"(?P<cppdelim>[^()\\\s"]{0,16})\((?P<cppraw>.*?)\)(?P=cppdelim)"'
_C_FAMILY = (_RAW_CPP, _DOUBLE)
# C, C++ and Objective-C, which also join two literals written one after the other into one string (「"…"⏎"…"」)
_C_SUFFIXES = (".c", ".cc", ".cpp", ".cxx", ".h", ".hh", ".hpp", ".m", ".mm")
_LITERALS = {
    ".swift": (_TRIPLE, _DOUBLE), ".kt": (_TRIPLE, _DOUBLE), ".java": (_TRIPLE, _DOUBLE),
    ".cs": (_TRIPLE, _VERBATIM, _DOUBLE), ".dart": (_TRIPLE, _TRIPLE_SINGLE, _DOUBLE, _SINGLE), ".go": (_BACKTICK, _DOUBLE),
    ".rs": (_RAW_RUST, _DOUBLE), ".py": (_TRIPLE, _TRIPLE_SINGLE, _DOUBLE, _SINGLE),
    ".rb": (_DOUBLE, _SINGLE),
    **{suffix: _C_FAMILY for suffix in _C_SUFFIXES},
}
_ADJACENT = re.compile(r"\s*")
SUFFIXES = frozenset(_LITERALS)

# a line comment, which may hold quotes of its own (// "TODO"): skipped, as the code is
_LINE_COMMENT = {".py": "#", ".rb": "#"}
_ESCAPE = re.compile(r"\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))", re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "", "0": "", '"': '"', "'": "'", "\\": "\\", "\n": ""}
# what joins two literals into one string: + and the spaces, line breaks and continuation marks around it
_PLUS = re.compile(r"\s*\+\s*")


def _unescape(s: str) -> str:
    def one(m: re.Match) -> str:
        code = m.group(1) or m.group(2) or m.group(3)
        if code:
            return chr(int(code, 16))
        return _SIMPLE.get(m.group(4), m.group(4))
    return _ESCAPE.sub(one, s)


def _literals(source: str, suffix: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of each string literal of the file, in order (comments passed over: their quotes are none)."""
    comment = r"|(?P<comment>//[^\n]*|/\*.*?\*/" + (f"|{re.escape(_LINE_COMMENT[suffix])}[^\n]*" if suffix in _LINE_COMMENT
                                                    else "") + ")"
    rx = re.compile("|".join(_LITERALS[suffix]) + comment, re.S)
    out = []
    for m in rx.finditer(source):
        found = m.groupdict()
        if found["comment"] is not None:
            continue
        if found.get("triple") is not None or found.get("triple2") is not None:
            value = _unescape(textwrap.dedent(found.get("triple") or found.get("triple2") or "").strip("\n"))
        elif found.get("verbatim") is not None:
            value = found["verbatim"].replace('""', '"')
        elif found.get("raw") is not None or found.get("backtick") is not None or found.get("cppraw") is not None:
            value = next(found[k] for k in ("raw", "backtick", "cppraw") if found.get(k) is not None)
        else:
            value = _unescape(found.get("double") if found.get("double") is not None else found.get("single") or "")
        out.append((m.start(), m.end(), value))
    return out


# a statement that appends a literal to a variable: 「_text += "…";」 line after line builds one string
# (a line break the program adds by name between them: 「_text += "…" + Environment.NewLine;」)
_APPEND_BETWEEN = re.compile(r"(?P<tail>(?:\s*\+\s*[\w.]+(?:\(\))?)*)\s*;?\s*(?P<var>[\w.]+)\s*\+=\s*")
_NEWLINE_NAME = re.compile(r"(?i)newline|lineseparator|\beol\b|linesep")
_ASSIGNED = re.compile(r"(?P<var>[\w.]+)\s*\+?=\s*$")


def _joined(source: str, literals: list[tuple[int, int, str]], adjacent: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, value) of each string the file writes, literals joined by + read as one (or, where ``adjacent``,
    written one after the other), and so are the literals a run of statements appends to one variable (「_text =
    "…";⏎_text += "…";」)."""
    out: list[tuple[int, int, str]] = []
    last_end = last_var = None
    for start, end, value in literals:
        assigned = _ASSIGNED.search(source, max(0, start - 80), start)
        var = assigned.group("var") if assigned else None
        appended = _APPEND_BETWEEN.fullmatch(source, last_end, start) if last_end is not None else None
        if out and (_PLUS.fullmatch(source, last_end, start) or adjacent and _ADJACENT.fullmatch(source, last_end, start)
                    or appended is not None and appended.group("var") == last_var):
            line_break = "\n" if appended is not None and _NEWLINE_NAME.search(appended.group("tail")) else ""
            out[-1] = (out[-1][0], end, out[-1][2] + line_break + value)
        else:
            out.append((start, end, value))
            last_var = var
        last_end = end
    return out


# A page of a mobile app whose terms are one widget per heading and paragraph: no string holds them, the strings in
# order do. Its Japanese is a document's worth, most of it in sentences (strings holding a 。), in many strings; a user
# interface's labels (「保存」「キャンセル」) are few words each and hold no sentences.
_SPREAD_JAPANESE = 1000
_SPREAD_SENTENCES = 8  # strings holding a sentence, at least
_SPREAD_SHARE = 0.7  # of the file's Japanese, in strings that hold a sentence
_PART_JAPANESE = 2  # a string with fewer Japanese characters is no part of the text (a separator, a unit)


# a string that opens a heading or a list's entry starts a paragraph, whatever bracket the one before left open (a
# bracket never closed, 「通信機器固有ID（通信機器本体等に関する情報（…）および…」, would run the rest into one line)
_ENTRY_LABEL = r"[0-9０-９]{1,2}[.．)）]|[(（][0-9０-９]{1,2}[)）]|[・•]|[\u2460-\u2473]"
_OPENS_AN_ENTRY = re.compile(rf"第[0-9０-９一二三四五六七八九十百]+条|{_ENTRY_LABEL}")


def _paragraphs_of(parts: list[str]) -> str:
    """The strings as the page shows them: each a paragraph of its own, but for one a sentence runs on into (a bracket
    it opened, 「2.1 当社の提供する「ボーダレスワーキング」 + its link + 「（以下「本サービス」…）の提供のため」: the
    spans of one Text)."""
    out = parts[0] if parts else ""
    for p in parts[1:]:
        line = out[out.rfind("\n") + 1:]
        # (a bracket closed in the other width, 「（弁護士費用を含みます。)」, is closed: the two widths are one family)
        open_ = line.count("「") > line.count("」") or line.count("（") + line.count("(") > line.count("）") + line.count(")")
        out += ("" if (open_ and not _OPENS_AN_ENTRY.match(p)) or p[:1] in "（、。」）" else "\n\n") + p
    return out


# a list's label kept in a field of its own beside the text it numbers: 「TermOfServiceString(type: .TextIndent, content:
# "キャリオクとは…", indent: "1.")」
_LABEL_STRING = re.compile(rf"{_ENTRY_LABEL}|[一二三四五六七八九十]{{1,3}}")
_NEXT_FIELD = re.compile(r"\s*,\s*\w+\s*:\s*")


def _labelled_parts(source: str, strings: list[tuple[int, int, str]]) -> list[str]:
    """The strings that hold the text, each with the label a field beside it gives it (the next field of the same object:
    only a comma and the field's name between), as the page shows the label before the text."""
    parts: list[str] = []
    last_end = None
    for start, end, value in strings:
        label = value.strip()
        if last_end is not None and _LABEL_STRING.fullmatch(label) and _NEXT_FIELD.fullmatch(source, last_end, start):
            parts[-1] = f"{label} {parts[-1]}" if label in "・•" else f"{label}{parts[-1]}"
            last_end = None
        elif _japanese(value) >= _PART_JAPANESE:
            parts.append(value.strip())
            last_end = end
        else:
            last_end = None
    return parts


def _spread_document(strings: list[tuple[int, int, str]], total: int) -> bool:
    sentences = [v for _, _, v in strings if "。" in v]
    return total >= _SPREAD_JAPANESE and len(sentences) >= _SPREAD_SENTENCES \
        and sum(_japanese(v) for v in sentences) >= _SPREAD_SHARE * total


# the name a string is given, right before it: a map's key (「Label.termContent1: """」, 「"termTitle1": "…"」) or a
# constant's (「static const termTitle1 = '…'」)
_KEY_BEFORE = re.compile(r"(?P<key>[A-Za-z_]\w*?)(?P<n>[0-9]{1,3})[\"']?\s*[:=]\s*$")
# the first word of a key (term of termTitle and termContent, policy of policyTitle): the series a document is kept in
# are named for it, each for one of its parts
_STEM = re.compile(r"[A-Za-z][a-z]*_?")
_SERIES_LEAST = 3  # numbers a series of keys runs to, at least (termTitle1, termTitle2, termTitle3)


def _numbered_series(source: str, strings: list[tuple[int, int, str]]) -> list[str]:
    """The parts of a document an app keeps under numbered keys among its other labels (termTitle1 … termTitle18, then
    termContent1 … termContent18, in a map of 600 labels): the series whose keys run over the same numbers are read
    together, number by number (each title, then its content), each group of series where the file first writes it."""
    series: dict[str, dict[int, str]] = {}
    for start, _, value in strings:
        m = _KEY_BEFORE.search(source, max(0, start - 80), start)
        if m is not None and _japanese(value) >= _PART_JAPANESE:
            series.setdefault(m.group("key"), {}).setdefault(int(m.group("n")), value.strip())
    groups: dict[tuple[frozenset, str], list[str]] = {}
    for key, values in series.items():  # (in the order the file first writes each series)
        if len(values) >= _SERIES_LEAST:
            groups.setdefault((frozenset(values), _STEM.match(key).group(0)), []).append(key)
    parts: list[str] = []
    for (numbers, _), keys in groups.items():
        texts = [series[k][n] for n in sorted(numbers) for k in keys]
        total = sum(_japanese(t) for t in texts)
        # (a short text under headings of its own, an app's privacy policy of 800 characters beside its terms, is a
        # document too: one series of titles, without a sentence, and one of the text they head)
        titled = any(all("。" not in v for v in series[k].values()) for k in keys) \
            and any(all("。" in v for v in series[k].values()) for k in keys)
        if total >= (_SPREAD_JAPANESE // 2 if titled else _SPREAD_JAPANESE) \
                and sum(_japanese(t) for t in texts if "。" in t) >= _SPREAD_SHARE * total:
            parts += texts
    return parts


def read_strings(data: bytes, name: str, limits=None, deadline=None) -> Source:
    suffix = name[name.rfind("."):].lower() if "." in name else ""
    source, encoding = _text.decode(data, name)
    strings = _joined(source, _literals(source, suffix), adjacent=suffix in _C_SUFFIXES)
    total = sum(_japanese(v) for _, _, v in strings)
    start, _, value = max(strings, key=lambda sv: _japanese(sv[2]), default=(0, 0, ""))
    if strings and not holds_the_document(value, total) and _spread_document(strings, total):
        # 「'第1条（適用）'」, 「'1. 本規約は、…'」, … one Text widget each: the document written out in the file's order
        parts = _labelled_parts(source, strings)
        src = string_document(_paragraphs_of(parts), name, encoding, suffix, 1, source[:200].strip())
        src.notes[-1] = (f"program source ({suffix}): the document is spread over {len(parts)} of its strings, read "
                         "in the file's order as its paragraphs; the code around them left out")
        return src
    series = _numbered_series(source, strings) if strings and not holds_the_document(value, total) else []
    if _spread_document([(0, 0, p) for p in series], sum(_japanese(p) for p in series)):
        # 「Label.termTitle1: "第１条（目的）"」 … 「Label.termContent1: """…"""」 among an app's labels: the numbered
        # series, number by number
        src = string_document(_paragraphs_of(series), name, encoding, suffix, 1, source[:200].strip())
        src.notes[-1] = (f"program source ({suffix}): the document is kept under numbered keys, {len(series)} of its "
                         "strings, read number by number as its paragraphs; the other strings and the code left out")
        return src
    if not strings or not holds_the_document(value, total):
        raise BadInput(f"a {suffix} file is program source, not a document (no string of it holds the text): open "
                       f"the page in a browser and save it as HTML (or as text), then check that")
    line = source.count("\n", 0, start) + 1
    return string_document(value, name, encoding, suffix, line, source[:start].strip()[:200])
