"""Normalize: fold widths, remove layout artifacts, join wrapped lines — with an offset map.

``normalize(source) -> Normalized``. The result holds one clause unit per line
(heading, paragraph, item, table row). Every character of it maps back to a
character of ``source.text``; what was taken out is listed in ``removed``.

Why not NFKC or neologdn: NFKC turns ① into 1 and ⑴ into (1) (item numbering
lost); neologdn deletes 〜 and the space after a law-style paragraph number
(「２　前項」 → 「2前項」). The folding here is a fixed table plus a few
compositions, and spaces are removed only where they are noise.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from typing import NamedTuple

from . import grammar
from .frontmatter import front_matter
from .model import Normalized, Removal, Source
from .tokens import paused_gc

# ------------------------------------------------------------------ character folding (length-preserving)


def _equivalents(name: str) -> dict[str, str]:
    """character → the kanji it stands for, from a table of pipeline/data/ (first two columns)."""
    from importlib import resources
    rows = resources.files("pipeline.data").joinpath(name).read_text("utf-8").splitlines()
    return {r.split("\t")[0]: r.split("\t")[1] for r in rows if r and not r.startswith("#")}


# ideographs outside the Japanese character sets written for a kanji (㐧 for 第): compared as the kanji, reported by typo
VARIANT_IDEOGRAPHS = _equivalents("variant_ideographs.tsv")


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord(r): k for r, k in _equivalents("radical_equivalents.tsv").items()}  # 部⻑ as 部長
    table.update({ord(v): k for v, k in VARIANT_IDEOGRAPHS.items()})
    table.update({ord(o): k for o, k in _equivalents("old_form_counters.tsv").items()})  # 第一條 as 第一条
    for cp in range(0xFF10, 0xFF1A):  # ０-９
        table[cp] = chr(cp - 0xFEE0)
    for cp in list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B)):  # Ａ-Ｚ ａ-ｚ
        table[cp] = chr(cp - 0xFEE0)
    for cp in list(range(0x2F00, 0x2FD6)) + list(range(0x2E80, 0x2EF4)):  # Kangxi radicals, CJK radicals supplement
        n = unicodedata.normalize("NFKC", chr(cp))
        if len(n) == 1 and n != chr(cp):
            table[cp] = n
    for cp in list(range(0xF900, 0xFB00)) + list(range(0x2F800, 0x2FA20)):  # CJK compatibility ideographs
        n = unicodedata.normalize("NFC", chr(cp))
        if len(n) == 1 and n != chr(cp):
            table[cp] = n
    # ➀➁➂ (DINGBAT CIRCLED SANS-SERIF DIGIT ONE…TEN, U+2780–2789): a font's look-alikes of ①②③, typed among them as a
    # list's labels (「①…➁…③」); compared as them (typo tells the character)
    for cp in range(0x2780, 0x278A):
        table[cp] = chr(0x2460 + cp - 0x2780)
    for cp in (0x00A0, 0x2002, 0x2003, 0x2009, 0x202F, 0x205F, 0x3000):  # odd spaces; U+3000 kept as a space
        table[cp] = " " if cp != 0x3000 else "\u3000"
    table[ord("\t")] = " "
    return table


FOLD = _build_fold_table()
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\x00-\x08\x0b-\x1f\x7f]")
_HALFWIDTH_KANA = re.compile(r"[\uff61-\uff9f]+")
_COMBINING_VOICED = re.compile(r".[\u3099\u309a]")
# (a run as one space and any more: sre scans for a pattern's first character only when it is no repeat; 「[ \u3000]+」
# was tried at every position of the line)
_SPACE_RUN = re.compile(r"[ \u3000][ \u3000]*")
# Prechecks (one C-level scan): most lines hold no character that folding changes, and no
# character that starts one of _fold's edits; such lines skip translate and the three scans.


def _char_class(cps: list[int]) -> str:
    """A regex character class of the code points, consecutive ones as ranges (sre scans those fast)."""
    runs: list[list[int]] = []
    for c in sorted(cps):  # one pass (the class of wide characters has 30,000 of them)
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    esc = re.escape
    return "[" + "".join(esc(chr(a)) if a == b else f"{esc(chr(a))}-{esc(chr(b))}" for a, b in runs) + "]"


_FOLDS = re.compile(_char_class([c for c, r in FOLD.items() if r != chr(c)]))
_FOLD_RUN = re.compile(_FOLDS.pattern + _FOLDS.pattern + "*")  # (one, then any more: see _SPACE_RUN)


def _fold_run(m: re.Match) -> str:
    return m.group().translate(FOLD)
_FOLD_EDIT_CHARS = re.compile(
    r"[\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\x00-\x08\x0b-\x1f\x7f"
    r"\uff61-\uff9f\u3099\u309a]"
)
# Either of the two above: most lines hold neither, and one scan tells
_FOLD_ANY = re.compile(_FOLDS.pattern[:-1] + _FOLD_EDIT_CHARS.pattern[1:-1] + "]")
_FOLD_ANY_RUN = re.compile(_FOLD_ANY.pattern + _FOLD_ANY.pattern + "*")  # (one, then any more: see _SPACE_RUN)
_OPEN = "（(「『【［[〔〈《{"
_CLOSE = "）)」』】］]〕〉》}"
_ENDS_WITH_REFERENCE = re.compile(r"第[0-9〇一二三四五六七八九十百千]+[条項号]$")
_TERMINATORS = "。．.:：)）」』】!！?？"
# marks that open a bulleted line (a list a hard-wrapped text writes without numbers); after a finished sentence such a
# line is never the sentence's wrapped rest (inside one, 「民事再生⏎・会社更生」, it may be)
_BULLETS = frozenset("・•●○◦▪■□◆◇※")
# what a heading's line may open with that no wrapped citation does: a list's marker (「- 第2条 …」; not a decoration
# such as ◆, which a page may set before any line)
_HEADING_BULLETS = frozenset("-－*・•")
_FORM_FIELD = re.compile(r"[＿_]{3,}[ \u3000]*(?:印|㊞)?$")


def _is_ascii_word(c: str) -> bool:
    return c.isascii() and not c.isspace() and (c.isalnum() or c in "-_./%&+@#$'\"")


def _latin_punctuation_space(text: str, at: int, after: str) -> bool:
    """A space of English prose after , ; : or ) and before ( between words (「contract, negligence」, 「website
    (https://…), and」): dropped, the words ran together and a URL took the bracket closing it. Letters on both
    sides: 「1) 10日以内」 and 「別表1 (1)」 stay as Japanese text is compared."""
    before = text[at - 1] if at > 0 else ""
    if before in ",;:)":
        prev = text[at - 2] if at > 1 else ""
        return prev.isascii() and (prev.isalnum() or prev in ")\"'") and after.isascii() and after.isalpha()
    return after == "(" and before.isascii() and before.isalpha()


class _CharWidths(dict):
    def __missing__(self, c: str) -> int:
        w = self[c] = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        return w


_CHAR_WIDTH = _CharWidths()


def display_width(s: str) -> int:
    if s.isascii():
        return len(s)
    # one C-level scan takes out the runs of wide characters of the blocks Japanese text is made of; only
    # the characters left (few, outside those blocks) are looked up one by one (about 45 ns each)
    rest = wide_run().sub("", s)
    wide = len(s) - len(rest)
    if rest.isascii():
        return 2 * wide + len(rest)
    return 2 * wide + sum(map(_CHAR_WIDTH.__getitem__, rest))


# CJK symbols and punctuation, kana, the unified ideographs (and extension A), the compatibility
# ideographs and the full-width forms. Their wide characters are read from unicodedata when first needed:
# scanning these 28,000 code points costs a few ms (the whole Basic Multilingual Plane cost 30 ms, and
# was built only once a process had measured 600,000 characters the slow way).
_JAPANESE_BLOCKS = ((0x3000, 0x3100), (0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00), (0xFF00, 0xFFF0))
_WIDE: list = []  # the pattern, once built


def wide_run() -> re.Pattern:
    """Runs of wide characters (East Asian Width W or F) of _JAPANESE_BLOCKS, built once."""
    if not _WIDE:
        _WIDE.append(re.compile(_char_class([c for lo, hi in _JAPANESE_BLOCKS for c in range(lo, hi)
                                             if unicodedata.east_asian_width(chr(c)) in "WF"]) + "+"))
    return _WIDE[0]


# ------------------------------------------------------------------ edits with offsets

# The offset map is made of runs of consecutive source offsets, one run per line (or a few, where an edit
# took characters out): each run is a slice of 0, 1, 2, … copied at C speed. Made from Python ints, the
# map of a law cost 25-45 ms (an int object per character, converted into the array, then freed).
_IOTA: list = [array("q")]


def _iota(n: int) -> array:
    """The int64 array 0, 1, …, n - 1 or longer, made from its bytes: the k-th byte of i is (i >> 8k) & 255,
    so each byte column is a short pattern repeated (C-speed) and put in place by one strided slice
    assignment. Kept for the process (a table like the compiled patterns, not a result of any document)."""
    if len(_IOTA[0]) >= n:
        return _IOTA[0]
    if n >= 1 << 32:  # beyond what four byte columns hold (ingest's limits keep inputs far below it)
        return array("q", range(n))
    n = min(max(n, 2 * len(_IOTA[0]), 1 << 16), (1 << 32) - 1)
    buf = bytearray(8 * n)
    for k in range(4):  # the upper four bytes of a value below 2**32 are zero
        if k == 0:
            col = bytes(range(256)) * (n // 256 + 1)
        else:
            run = 256 ** k
            col = b"".join(bytes((v & 255,)) * run for v in range(n // run + 1))
        buf[(k if sys.byteorder == "little" else 7 - k)::8] = col[:n]
    table = array("q")
    table.frombytes(buf)
    _IOTA[0] = table
    return table


# (a named tuple, made from a tuple in _normalize: a dataclass's generated __init__ was a Python call per line)
class _Line(NamedTuple):
    text: str
    base: int  # source offset of the raw line
    offs: tuple[tuple[int, int], ...] | None  # _LineForm.offs: source ranges relative to `base`; None: from `base` on
    end_offset: int  # source offset just after the line (where its newline is)
    heading_level: int | None = None  # Markdown/HTML heading
    blank_before: bool = False
    width: int = 0  # display width of the line as laid out in the source (before folding)
    list_item: bool = False  # a Markdown list item (「- 」, 「1. 」): a block of its own, never a wrapped line's rest


# Where the characters of a line's text come from: a tuple of (start, end) ranges of the source line
# whose characters, in order, are the text's (every edit deletes characters or puts one character in the
# place of one or more: the offsets only ever increase); None when the i-th character is the line's i-th.
# Ranges instead of one offset per character: a law's 440,000 characters would otherwise be copied into
# lists, sliced and compared line by line (a fifth of the time normalization took).
Ranges = tuple[tuple[int, int], ...]


def _compose(ranges: Ranges | None, kept: list[tuple[int, int]]) -> Ranges:
    """The source ranges of the positions ``kept`` (sorted ranges of a text whose source ranges are ``ranges``)."""
    out: list[tuple[int, int]] = []
    if ranges is None:  # (the text's own positions: the kept ranges themselves, adjacent ones joined)
        for p, q in kept:
            if p < q:
                if out and out[-1][1] == p:
                    out[-1] = (out[-1][0], q)
                else:
                    out.append((p, q))
        return tuple(out)
    k, base = 0, 0  # ranges[k] covers the text's positions base … base + its length
    for p, q in kept:
        while p < q:
            a, b = ranges[k]
            if p >= base + b - a:
                base += b - a
                k += 1
                continue
            take = min(q, base + b - a)
            if out and out[-1][1] == a + p - base:
                out[-1] = (out[-1][0], a + take - base)
            else:
                out.append((a + p - base, a + take - base))
            p = take
    return tuple(out)


def _apply_edits(text: str, ranges: Ranges | None, edits: list[tuple[int, int, str]]) -> tuple[str, Ranges | None]:
    """Replace text[s:e] by r for each (s, e, r), sorted and non-overlapping; r is at most one character,
    which stands in the place (and keeps the offset) of text[s]."""
    out: list[str] = []
    kept: list[tuple[int, int]] = []
    pos = 0
    for s, e, r in edits:
        if s == e and not r:
            continue
        out.append(text[pos:s])
        if r:
            out.append(r)
            s += 1
        if s > pos:
            kept.append((pos, s))
        pos = e
    if not kept and pos == 0:
        return text, ranges
    out.append(text[pos:])
    if pos < len(text):
        kept.append((pos, len(text)))
    return "".join(out), _compose(ranges, kept)


# ------------------------------------------------------------------ Markdown markup (what a reader sees)

_MD_IAL = re.compile(r"^\s*\{:.*\}\s*$")
_MD_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_MD_HEADING = re.compile(r"^(\s*)(?:([0-9]{1,3}\.)\s+)?(#{1,6})\s+")
_MD_BULLET = re.compile(r"^(\s*)([*+-])\s+")
# an attribute list closing a heading line (Kramdown: 「{: #service }」, 「{#id}」, 「{: .class}」)
_MD_HEADING_IAL = re.compile(r"[ \t]*\{:?[ \t]*[#.][^{}\n]*\}[ \t]*$")
# a line a Markdown reader starts a list item with, bulleted or numbered
_MD_LIST_ITEM = re.compile(r"^\s*(?:[*+-]|[0-9]{1,3}[.)])\s+\S")
# what such a line opens with: white space (what \s matches, str.isspace) or the marker (asked of every line of a page)
_MD_LIST_ITEM_OPENS = frozenset("*+-0123456789" + "".join(c for c in map(chr, range(0x3001)) if c.isspace()))
_MD_QUOTE = re.compile(r"^(\s*)(>\s?)+")
# A Markdown inline link [words](address "title") or image: the compared text keeps its words; its
# address is read by pipeline.links.
# Pages built by Jekyll write the address as a Liquid tag, spaces and all: [入会届]({{ "/docs/join.html" | relative_url }}).
# An address may hold parentheses in pairs, as CommonMark allows (「…-statement(07.22.20)(FR).pdf」).
# An address holding 、 or 。 is no address but a clause put in the link by mistake (「[要議論・検討中](社員は、…納入しなけ
# ればならない。)」, an unseen 定款 draft): no link then, the line is read as written.
MARKDOWN_LINK = re.compile(
    r"!?\[(?P<ltext>[^\]]*)\]\((?P<url>(?:\{\{[^}\n]{0,200}\}\}|\{%[^%\n]{0,200}%\}|\([^()\s、。]{0,200}\)|[^)\s、。])*)"
    r"(?:\s+\"[^\"]*\")?\)")
# (each construct opens with one of the characters of the lookahead, which only tells sre where none can start: with
# no first character common to the alternatives, it tried every one of them at every position of the line)
_MD_INLINE = re.compile(
    r"(?=[!\[<*_\\`&])(?:"
    + MARKDOWN_LINK.pattern
    # a footnote's mark (「第1条（商号）[^2]」) or the label opening its note (「[^15]:  これらの…」): a superscript
    # number or a link back on the page, no word of the text
    + r"|(?P<fn>\[\^[^\]\s]{1,20}\]:?[ \t]*)"
    # inline HTML such as <u> (or an <img> whose attributes carry a page builder's data: a thousand characters)
    + r"|<(?P<tag>/?[a-zA-Z][^<>]{0,2000})>"
    # emphasis marks (not a footnote's mark, 「…もの」(*1), shown as written; not __ between two kanji, kana or digits,
    # 「2026年__月__日」, which CommonMark never reads as emphasis: a blank to fill in, shown as written — while
    # 「__Mozilla VPN__は」 closes the bold its writer opened, as Kramdown renders it)
    r"|(?P<emph>\*\*|(?<![\u3040-\u30ff\u3400-\u9fff々0-9０-９])__|__(?![\u3040-\u30ff\u3400-\u9fff々0-9０-９])"
    r"|(?<![\w*])\*(?![0-9０-９]{1,2}[)）])(?=\S)|(?<=\S)\*(?![\w*]))"
    r"|\\(?P<esc>[\\`*_{}\[\]()#+\-.!|])"
    # an inline code span (`第五条` に定める): a reader sees its words, not the backticks
    r"|(?P<code>`)(?=[^`\n]+`)(?P<code_text>[^`\n]+)`"
    # an entity reference (CommonMark decodes it): 「&nbsp;寺﨑」 shows a space, 「A&amp;B」 an ampersand
    r"|(?P<ent>&(?:nbsp|amp|lt|gt|quot|#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,5});))"
)
_ENTITY_TEXT = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"'}

# a whole line that is an HTML heading element, in a Markdown page
_MD_HTML_HEADING = re.compile(r"^\s*<[hH]([1-6])(?:\s[^>]*)?>.*</[hH]\1>\s*$")
# Every construct of _MD_INLINE starts with one of these characters: a line without any has none.
_MD_INLINE_CHARS = re.compile(r"[\[<*_\\`&]")


def _holds_inline_char(line: str) -> bool:
    """_MD_INLINE_CHARS.search(line) is not None, for the common case of a line with none of them: seven C-level
    substring scans cost less than sre's test of each character against the class (asked of every Markdown line)."""
    return "*" in line or "[" in line or "<" in line or "_" in line or "\\" in line or "`" in line or "&" in line
# Every block construct (_MD_IAL, _MD_RULE, _MD_HEADING, _MD_QUOTE, _MD_BULLET) starts with one of these
# after its indentation: one match tells a line of text, which most lines are, from the five.
_MD_BLOCK_START = re.compile(r"\s*[{\-*_0-9#>+]")


def _entity_text(ent: str) -> str:
    if ent in _ENTITY_TEXT:
        return _ENTITY_TEXT[ent]
    code = int(ent[3:-1], 16) if ent[2:3] in "xX" else int(ent[2:-1])
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffd"


def _markdown_edits(line: str) -> tuple[list[tuple[int, int, str]], int | None, bool]:
    """Edits that turn a Markdown line into what a reader sees; (edits, heading level, drop line)."""
    edits: list[tuple[int, int, str]] = []
    block = _MD_BLOCK_START.match(line)
    if block is None and not _holds_inline_char(line):
        return edits, None, False  # plain text, most lines (no 「<」 either: the test for an HTML heading is not run)
    level = None
    anchor = None
    if "<h" in line or "<H" in line:
        # raw HTML a Markdown page holds (「<h2 class="…">4. 個人情報の訂正、削除</h2>」): the page shows a heading
        if hm := _MD_HTML_HEADING.match(line):
            level = int(hm.group(1))
    if block is not None:  # (else inline constructs only, read below)
        # each construct is tried on a line opening (after its indentation) with a character it starts with
        opener = block.group()[-1]
        if opener == "{" and _MD_IAL.match(line) or opener in "-*_" and _MD_RULE.match(line):
            return [], None, True
        if (opener == "#" or opener in "0123456789") and (m := _MD_HEADING.match(line)):
            level = len(m.group(3))
            edits.append((m.start(3), m.end(), ""))
            if "{" in line and (ial := _MD_HEADING_IAL.search(line, m.end())):
                # 「## 準拠法 {: #governinglaw }」: Kramdown's id of the heading, an anchor, no word of its title
                anchor = (ial.start(), ial.end(), "")
        else:
            m = _MD_QUOTE.match(line) if opener == ">" else None
            if m:
                edits.append((m.start(2), m.end(), ""))
            m = _MD_BULLET.match(line) if opener in "*+-" else None
            if m:
                edits.append((m.start(2), m.end(), ""))
    start = edits[-1][1] if edits else 0
    if anchor is not None:
        edits.append(anchor)
    if not _MD_INLINE_CHARS.search(line, start):
        edits.sort()
        return edits, level, False
    for im in _MD_INLINE.finditer(line, start, anchor[0] if anchor is not None else len(line)):
        # which construct matched, told by the last group it closed (one look, where each group was asked in turn):
        # a link's address, an escape, a code span's text, an entity; emphasis, a footnote's mark and a tag go whole
        last = im.lastgroup
        if last == "url":
            t0 = im.start("ltext")
            edits.append((im.start(), t0, ""))
            edits.append((im.end("ltext"), im.end(), ""))
        elif last == "esc":
            edits.append((im.start(), im.start() + 1, ""))
        elif last == "code_text":
            edits.append((im.start(), im.start() + 1, ""))
            edits.append((im.end() - 1, im.end(), ""))
        elif last == "ent":
            edits.append((im.start(), im.end(), _entity_text(im.group("ent"))))
        else:
            edits.append((im.start(), im.end(), ""))
    edits.sort()
    return edits, level, False


_COMMENT_OPEN, _COMMENT_CLOSE = "<!--", "-->"
_CODE_BLOCK_OPEN = re.compile(r"<(script|style)(?:\s[^>]*)?>", re.IGNORECASE)
_KRAMDOWN_TOC = re.compile(r"^\s*\{:\s*toc\s*\}\s*$")


_CODE_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})([^`]*)$")


def _markdown_code_blocks(raw_lines: list[tuple[int, int, str]]) -> tuple[set[int], set[int]]:
    """The starts of a Markdown page's code fence lines (「```markdown」, 「```」) and of the lines between them. A page
    shows what a fence holds as written (a code of conduct quoted as Markdown, 「# コントリビューター行動規範」): its text is
    compared and checked, but its # and ** are characters, no headings or emphasis of the page's own."""
    fences: set[int] = set()
    inside: set[int] = set()
    opened = None  # the fence's characters, while a block is open
    for s, _, raw in raw_lines:
        m = _CODE_FENCE.match(raw.rstrip("\r"))
        if opened is None:
            if m is not None and not (m.group(1)[0] == "`" and "`" in m.group(2)):
                opened = m.group(1)
                fences.add(s)
        elif m is not None and m.group(1)[0] == opened[0] and len(m.group(1)) >= len(opened) and not m.group(2).strip():
            opened = None
            fences.add(s)
        else:
            inside.add(s)
    if opened is not None:  # never closed: CommonMark runs the block to the end; a stray fence is safer read as text
        return set(), set()
    return fences, inside


# a setext heading's underline (CommonMark): = for a level-1 heading, - for a level-2 one, under a line of text
_SETEXT_UNDERLINE = re.compile(r" {0,3}(?:(=)=*|--+)[ \t]*")
# What an underline opens with, after the line break before it: a text without it (a law's) has none, and its lines are
# not looked at pairwise (no piece _source_lines cuts from a line is one: each holds a mark, a label or a word)
_SETEXT_CANDIDATE = re.compile(r"\n {0,3}[=-]")


def _setext_headings(raw_lines: list[tuple[int, int, str]], skip: set[int]) -> tuple[dict[int, int], frozenset[int]]:
    """Start of each line a setext underline makes a heading (「行動規範の違反への対応」⏎「==========」) → its level, and
    the starts of the underlines. Only a line of text right above the underline: not a blank, a list item, a heading, a
    table row or a quote (a 「---」 after a blank line is a rule, and the front matter's fences are hidden)."""
    out: dict[int, int] = {}
    under: set[int] = set()
    for (ps, _, above), (s, _, raw) in zip(raw_lines, raw_lines[1:]):
        if not raw or raw[0] not in " =-" or s in skip or ps in skip:
            continue
        m = _SETEXT_UNDERLINE.fullmatch(raw.rstrip("\r"))
        head = above.strip()
        if m is None or not head or head[0] in "#|>-*+=" or _MD_LIST_ITEM.match(above) \
                or _SETEXT_UNDERLINE.fullmatch(above.rstrip("\r")):
            continue
        out[ps] = 1 if m.group(1) else 2
        under.add(s)
    return out, frozenset(under)


def _markdown_hidden(raw_lines: list[tuple[int, int, str]], text: str) -> set[int]:
    """The starts of the lines a Markdown page never shows: its YAML front matter (---, key: value …, --- at the top
    of the file) and HTML comments that take whole lines (<!-- an old clause kept for later -->)."""
    hidden: set[int] = set()
    if (front := front_matter(text)) is not None:
        hidden.update(s for s, _, _ in raw_lines if front.start <= s < front.end)
    # Kramdown's table of contents: the list item that stands for it (「* TOC」, 「- 目次」) and the {:toc} under it
    # become the page's generated contents, never a line of its text (taken as the title, it named the 会則 「TOC」)
    for j in range(1, len(raw_lines)) if "{:" in text else ():
        if _KRAMDOWN_TOC.match(raw_lines[j][2]) and _MD_LIST_ITEM.match(raw_lines[j - 1][2]):
            hidden.update((raw_lines[j - 1][0], raw_lines[j][0]))
    # a <script> or <style> block put in the page (CommonMark's HTML block of kind 1): code the browser runs, no text
    # it shows (its first line was taken for the title of a contest's rules)
    code_end = None
    for s, _, raw in raw_lines if "<s" in text or "<S" in text else ():
        stripped = raw.strip()
        if code_end is None and (m := _CODE_BLOCK_OPEN.match(stripped)):
            code_end = f"</{m.group(1).lower()}>"
        if code_end is not None:
            hidden.add(s)
            if code_end in stripped.lower():
                code_end = None
    inside = False
    # (a comment opens on a line that starts with <!--: a text without one, a law's, has no line to read for it)
    for s, _, raw in raw_lines if _COMMENT_OPEN in text else ():
        stripped = raw.strip()
        if not inside and stripped.startswith(_COMMENT_OPEN):
            inside = True
        if inside:
            hidden.add(s)
            if stripped.endswith(_COMMENT_CLOSE) or (_COMMENT_CLOSE in stripped and stripped.index(_COMMENT_CLOSE) > 3):
                inside = stripped.rfind(_COMMENT_OPEN) > stripped.rfind(_COMMENT_CLOSE)
    return hidden


# ------------------------------------------------------------------ layout artifacts

_PAGE_NUMBER = re.compile(
    r"^[-－―—–‐ ]*(?:(?:page|p\.)\s*)?[0-9]{1,4}(?:\s*[/／]\s*[0-9]{1,4}|\s*ページ|\s*頁)?[-－―—–‐ ]*$",
    re.IGNORECASE,
)
_PAGE_OF = re.compile(r"^(?:page\s*)?[0-9]{1,4}\s*(?:[/／]|of)\s*[0-9]{1,4}$|^[-－―—–‐]\s*[0-9]{1,4}\s*[-－―—–‐]$|^(?:page|p\.)\s*[0-9]{1,4}$|^[0-9]{1,4}\s*(?:ページ|頁)$"
                      # the page marks a text extraction of a PDF writes between its pages: 「### ページ 5 ###」,
                      # 「=== Page 5 ===」, 「[ページ 5]」, 「ページ 5」
                      r"|^[#=*\-\[<|]*[ \t]*(?:page|p\.|ページ|頁)[ \t]*[0-9]{1,4}(?:[ \t]*[/／][ \t]*[0-9]{1,4})?[ \t]*[#=*\-\]>|]*$",
                      re.IGNORECASE)
_DOC_CODE = re.compile(r"^(?=[!-~]*[A-Za-z])(?=[!-~]*[0-9])[A-Za-z0-9][A-Za-z0-9._/]*(?:-[A-Za-z0-9._]+){2,}$")
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s*[0-9]{4})|all rights reserved\.?$", re.IGNORECASE)
# A URL alone on a line (a footnote); 「（https://…」 opening a bracket is wrapped clause text.
_URL_ONLY = re.compile(r"^(?:<https?://[!-~]+>|（https?://[!-~]+）|\(https?://[!-~]+\)|https?://[!-~]+)$")


# The characters other than ASCII that _PAGE_OF and _URL_ONLY can start with (_DOC_CODE starts with ASCII)
_ARTIFACT_STARTS = "－―—–‐（ペ頁"
# every character the three can hold: ASCII, white space and those others (ページ, 頁, the dashes, ／, the brackets of a
# URL); a line with any other (「2 会社は…」 opens with a digit) matches none of them
_ARTIFACT_ALPHABET = re.compile(r"[\x00-\x7f\s－―—–‐／ページ頁（）]*+")
# A line drawn with horizontal box-drawing strokes (━━━━ above and below 「第1条（目的）」): decoration, as a Markdown
# --- is. Kept, it was a line of text: an empty paragraph of the article under it, whose 1. 2. 3. became its items.
_BOX_RULE = re.compile(r"[─━┄┅┈┉╌╍═╴╶╸╺╼╾]{3,}(?:[ \u3000]*[─━┄┅┈┉╌╍═╴╶╸╺╼╾]+)*")


def _artifact_kind(stripped: str) -> str | None:
    if not stripped:
        return None
    # a Japanese line starts with none of the characters a page number, a code or a URL starts with:
    # its three matches are not run
    first = stripped[0]
    starts = (first.isascii() or first in _ARTIFACT_STARTS) and _ARTIFACT_ALPHABET.fullmatch(stripped) is not None
    if starts and _PAGE_OF.match(stripped):
        return "page-number"
    if starts and _DOC_CODE.match(stripped):
        return "document-code"
    # _COPYRIGHT matches at the start (c, ©, "(") or on "…reserved" or "…reserved." at the end: a line with
    # neither cannot match, and the case-insensitive search is not run on it
    if (first in "cC©(" or "ved" in stripped[-4:].lower()) and len(stripped) < 120 and _COPYRIGHT.search(stripped):
        return "copyright"
    if starts and _URL_ONLY.match(stripped):
        return "footnote-url"
    if "\u2500" <= first <= "\u257f" and _BOX_RULE.fullmatch(stripped):
        return "rule"
    return None


# ------------------------------------------------------------------ the stage


@dataclass
class _Options:
    markdown: bool = False
    headings: list[tuple[int, int]] = field(default_factory=list)


# A table's cell border left at the end of a line when a page whose text sits in one table cell is dumped as
# text (「第1条(名称) 本会は、…と称する。 |」, and a lone 「|」 above): not the document's text. Only where the
# page does it often, and never on a table row that opens with its own border (「| 項目 | 内容 |」).
_CELL_BORDER = re.compile(r"[ \t\u3000]*\|[ \t\u3000]*$")
_LEAST_CELL_BORDERS = 3


def _cell_borders(raw_lines: list[tuple[int, int, str]], text: str) -> dict[int, int]:
    """line start → where the border at its end starts, for the lines of a text dumped from one table cell."""
    out = {}
    for s, _, raw in raw_lines if "|" in text else ():  # (a text without a 「|」 has no border: one scan, no loop)
        if raw.endswith("|") and not raw.lstrip().startswith("|"):
            m = _CELL_BORDER.search(raw)
            if m is not None and "|" not in raw[:m.start()]:
                out[s] = m.start()
        elif raw.strip() == "|":
            out[s] = 0
    return out if sum(1 for c in out.values() if c > 0) >= _LEAST_CELL_BORDERS else {}


def _source_lines(text: str, markdown: bool) -> list[tuple[int, int, str]]:
    """(start, end, line) of each source line. A Markdown line is cut where a heading (or a glued paragraph)
    starts in the middle of it, so that each is read as its own line; nothing is inserted (the line
    break the join stage adds maps to the cut)."""
    out = []
    start = 0
    lines = text.split("\n")
    last_article = 0  # the number of the last article whose heading opens a line
    # (the lines that may hold an inline item or a captioned heading, kept apart: the line's own scan for either is
    # then a set lookup)
    inline_here = grammar.lines_holding(text, _INLINE_PRECHECKS)
    captioned_here = grammar.lines_holding(text, _CAPTIONED_PRECHECKS)
    cut_here = inline_here | captioned_here | grammar.lines_holding(text, _CUT_PRECHECKS)
    glued_here = grammar.lines_holding(text, _GLUED_PRECHECKS) if markdown else set()
    crlf = "\r" in text
    for k, line in enumerate(lines):
        next_start = start + len(line) + 1
        # a CRLF line end (text and Markdown files keep their CRs: offsets are the file's)
        if crlf and line.endswith("\r"):
            line = line[:-1]
        end = start + len(line)
        if line[:1] in _HEADING_OPENS and (head := _HEADING_NUMBER.match(line)) is not None:
            last_article = grammar.to_int(head.group(1).translate(grammar.WIDE_DIGITS)) or last_article
        if start not in cut_here and start not in glued_here:
            out.append((start, end, line))
            start = next_start
            continue
        cuts = _glued_cuts(line) if start in glued_here else ()
        if start in inline_here:
            inline = _inline_item_cuts(line)
            if inline:
                cuts = tuple(sorted(set(cuts) | set(inline)))
        if "。" in line and k + 1 < len(lines) and (first := _FIRST_ITEM_AFTER_SENTENCE.search(line)) is not None \
                and _SECOND_ITEM.match(lines[k + 1]):
            cuts = tuple(sorted(set(cuts) | {first.end()}))  # 「…を次のとおりとする。(1) 土曜日」⏎「(2) 日曜日」
        if "。" in line and len(line) >= _FLATTENED_LINE and _RUN_IN_PARAGRAPH.search(line):
            run_in = _run_in_paragraph_cuts(line)
            if run_in:
                cuts = tuple(sorted(set(cuts) | set(run_in)))
        if len(line) >= _FLATTENED_LINE and ("。第" in line or " 第" in line or "\u3000第" in line) and "条" in line:
            articles = _run_in_article_cuts(line)
            if articles:
                cuts = tuple(sorted(set(cuts) | set(articles)))
        if last_article and "条" in line and (trailing := _trailing_heading_cut(line, last_article + 1)) is not None:
            cuts = tuple(sorted(set(cuts) | {trailing}))
            last_article += 1
        if "。- " in line and _RUN_IN_BULLETS_OPEN.match(line):
            cuts = tuple(sorted(set(cuts) | {m.start() for m in _RUN_IN_BULLET.finditer(line)}))
        if start in captioned_here and "条" in line:
            captioned = _captioned_heading_cuts(line)
            if captioned:
                cuts = tuple(sorted(set(cuts) | set(captioned)))
        if cuts:
            cut = 0
            for k in cuts:
                out.append((start + cut, start + k, line[cut:k]))
                cut = k
            out.append((start + cut, end, line[cut:]))
        else:
            out.append((start, end, line))
        start = next_start
    return out


# A caption and the law-style heading it titles after the text of the article before, on one line: a page whose
# source puts 「（外国人労働者の遵守すべき事項の指導）」 and 「第７条　甲は、…」 on lines of their own without a <br>
# renders them after the last sentence (「…実施されるものとする （…の指導） 第７条　甲は、…」, the spaces kept or not). The
# caption starts a line of its own, cut at the space before it if any (the line break then stands for it). Only a caption followed by a heading
# that has none (grammar.match_captioned_heading) is cut: a citation 「（第5条）」 or 「（注）第5条の規定により」 is not.
_CAPTIONED_CUT = re.compile(rf"(?<=\S)[ \u3000]*(?={grammar.CAPTION}[ \u3000]*第)")


@lru_cache(maxsize=8192)
def _captioned_heading_cuts(line: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _CAPTIONED_CUT.finditer(line)
                 if grammar.match_captioned_heading(line[m.end():].translate(FOLD).strip(" \u3000")) is not None)


# A heading glued to the end of another heading line (e-Gov Markdown conversions):
# 「第三款　設立に関する事項の報告#### 第八十七条」, 「…株式交付## 第一章　組織変更」,
# 「第三款　電子提供措置*（電子提供措置をとる旨の定款の定め）*」 (a caption glued on),
# 「第一款　…の手続第一目　株式会社の手続」 (a lower heading glued on without a marker).
_GLUED_HEADING = re.compile(
    r"(?<=[^\s#*])(?:#{1,6}[ \u3000]+(?=第)"  # a Markdown heading marker
    r"|\*(?=[（(][^（）()]{1,60}[）)]\*[ \u3000]*$)"  # an emphasised caption closing the line
    r"|(?=第[〇一二三四五六七八九十百千0-9０-９]{1,6}(?:編|章|節|款|目)[ \u3000]))"  # a lower heading with no marker
)
_MD_HEADING_PREFIX = re.compile(r"^[ \u3000]*#{1,6}[ \u3000]+")
# The third alternative of _GLUED_HEADING on its own, led by its literal 第: sre finds a literal first
# character by a fast scan, where _GLUED_HEADING (led by a lookbehind) is tried at every position of
# every line that cites an article. A line without "#", "*" or this has no cut.
_GLUED_LOWER_HEADING = re.compile(r"第[〇一二三四五六七八九十百千0-9０-９]{1,6}(?:編|章|節|款|目)[ \u3000]")
# The same conversions join a run of subitems into one line (「イ…ロ…ハ…」) and glue the next
# paragraph number onto its end (「…生ずる損失２ 株式会社は、…」): the paragraph starts a line of its own.
_GLUED_SUBITEM_RUN = re.compile(r"^[ \u3000]*イ[^ \u3000].*ロ")
_GLUED_PARAGRAPH = re.compile(r"(?<=[^\s0-9０-９第条項号])(?=[２-９][ \u3000]\S)")


# Items written on one line, as a web page flattened by copying gives them (「…してはならないものとします。 ①法令…
# ②犯罪…」), and the next paragraph's number after them (「…と判断した場合 2.運営者は、…」): each starts a line of
# its own. Only labels after a space that go on in sequence from the one before are cut, so a citation
# (「次の(1)から(3)まで」) stays whole; the cut is made at the space, which the line break then stands for.
_ITEM_LABEL = r"(?P<l>[①-⑳]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．](?![0-9０-９]))"
_INLINE_LABEL = re.compile(r"[ \u3000]+" + _ITEM_LABEL)
_LEADING_LABEL = re.compile(r"[ \u3000]*" + _ITEM_LABEL)


def _label_kind(label: str) -> tuple[str, int]:
    if "\u2460" <= label <= "\u2473":
        return "circled", ord(label) - 0x2460 + 1
    digits = int(unicodedata.normalize("NFKC", label).strip("()."))
    return ("paren" if label[0] in "(（" else "dot"), digits


@lru_cache(maxsize=8192)
def _inline_item_cuts(line: str) -> tuple[int, ...]:
    """Where a line holding a run of items (or the next paragraph) is cut, offsets in the line."""
    last: dict[str, int] = {}
    lead = _LEADING_LABEL.match(line)
    if lead:
        kind, n = _label_kind(lead.group("l"))
        last[kind] = n
    cuts = []
    for m in _INLINE_LABEL.finditer(line):
        kind, n = _label_kind(m.group("l"))
        if n == 1 and kind != "dot" and kind not in last or last.get(kind) == n - 1:
            cuts.append(m.start())
            last[kind] = n
            if kind == "dot":
                last.pop("circled", None)  # a new paragraph: its items number from ① again
                last.pop("paren", None)
    # a lone label that opens no run (「…の場合 (1) を除く」) is no item: a run has two labels at least
    if len(cuts) == 1 and not lead:
        return ()
    return tuple(cuts)


# A page that flattens a 規程 onto one line keeps each paragraph's number after the sentence before it (「…通知しなければ
# ならない。2 前項の通告及び通知が…。3 …」): the paragraph starts a line of its own. Only numbers in sequence from 2,
# each followed by a space and a word (not a count: 「…とする。2 年以内に」 is no label), on a long line.
_RUN_IN_PARAGRAPH = re.compile(r"。[ \u3000]*[2-9２-９][ \u3000]")
_RUN_IN_LABEL = re.compile(r"。[ \u3000]*([2-9２-９]|[1１][0-9０-９])[ \u3000]+(?=[^\s0-9０-９])")
_FLATTENED_LINE = 100
_LEADING_NUMBER = re.compile(r"[ \u3000]*([1-9１-９]|[1１][0-9０-９])[ \u3000]+(?=[^\s0-9０-９])")


# A list's first item run on after the sentence that announces it, the second on the next line: the first starts a line
_FIRST_ITEM_AFTER_SENTENCE = re.compile(r"。[ \u3000]*(?=(?:[(（][1１][)）]|[①])[ \u3000]*\S)")
_SECOND_ITEM = re.compile(r"[ \u3000]*(?:[(（][2２][)）]|②)")
# the next article's heading in between: its paragraphs number from 2 again
_RUN_IN_HEADING = re.compile(r"。[ \u3000]*(?:[（(][^（）()]{1,20}[）)][ \u3000]*)?第[0-9０-９一二三四五六七八九十百]{1,4}条")


@lru_cache(maxsize=8192)
def _run_in_paragraph_cuts(line: str) -> tuple[int, ...]:
    lead = _LEADING_NUMBER.match(line)  # 「2 教育上…できる。 3 災害その他…」: the line opens with the paragraph before
    cuts, want, last = [], int(lead.group(1).translate(grammar.WIDE_DIGITS)) + 1 if lead else 2, 0
    for m in _RUN_IN_LABEL.finditer(line):
        if _RUN_IN_HEADING.search(line, last, m.start()):
            want = 2
        n = int(m.group(1).translate(grammar.WIDE_DIGITS))
        if n == want and not grammar.counts_after_number(line[m.end():]):
            cuts.append(m.start(1))
            want += 1
            last = m.start(1)
    return tuple(cuts)


# A page flattened onto one line keeps each article's heading where its text ends (「…目的とする。 第2条 名称 本組合は…」,
# 「…一般条項 第 1 条(本人会員等) (1)本人会員とは…」): after a sentence's end or a space, 第N条 set off by a space or
# opening its caption's bracket. Cut where the numbers go on in sequence, two headings at least, so that a sentence that
# opens with a citation (「。 第5条の規定は」, no space after it) or a lone 第N条 stays whole.
_RUN_IN_ARTICLE = re.compile(r"(?:(?<=。)|(?<=[ \u3000]))[ \u3000]*第[ \u3000]*([0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})"
                             r"[ \u3000]*条(?=[ \u3000]*[（(][^（）()]{1,30}[）)]|[ \u3000]+[^\s0-9０-９の])")


# The next article's heading run onto the end of the line before, after its last sentence, its title set apart by a
# space, unbracketed (「…誠実に遵守するものとします。第2条 本規約の範囲」⏎「本サービスは…」): cut where the article
# numbered next after the last heading that opened a line stands, a short title ending on no kana (a noun phrase, not a
# sentence going on to the next line; a bracketed title is the structure's to read, grammar.trailing_heading_cut)
_HEADING_OPENS = frozenset("第 \u3000#*■◆●【")
_HEADING_NUMBER = re.compile(r"[ \u3000#*■◆●【]*第[ \u3000]*([0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})[ \u3000]*条(?!の)")
_TRAILING_HEADING = re.compile(r"(?<=。)[ \u3000]*(第[ \u3000]*([0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})[ \u3000]*条"
                               r"[ \u3000]+[^\s。、，,（）()「」]{0,19}[^\s。、，,（）()「」\u3041-\u309f])[ \u3000]*$")


# A bulleted list run together on one line (a page component that joined its Markdown lines: 「- 甲は、…定めるものとする。
# - 前項に定める…」 in one <div>): a line that opens with a bullet and has another after a sentence's end. Each bullet
# after a 。 starts a line, as the author wrote it; a lone 「。- 」 in a line that opens with none stays.
_RUN_IN_BULLETS_OPEN = re.compile(r"[ \u3000]*- \S")
_RUN_IN_BULLET = re.compile(r"(?<=。)- (?=\S)")


# What a line needs for a cut of _source_lines other than _glued_cuts, found in the whole text (grammar.lines_holding),
# each pattern led by a literal: an item's label after either space (_INLINE_PRECHECKS: _inline_item_cuts), 第 after
# either closing bracket (_CAPTIONED_PRECHECKS: _captioned_heading_cuts), _FIRST_ITEM_AFTER_SENTENCE and
# _RUN_IN_PARAGRAPH (。), a trailing or run-in article heading (_ARTICLE_RUN_ON: 第N条 after a 。 or a space with a
# bracket or a space and a word after it, as _TRAILING_HEADING and _RUN_IN_ARTICLE read it; not a heading line's
# 「#### 第一条」), a run-in bullet (「。- 」). A line holding none of them has no cut.
_INLINE_LABEL_AFTER = r"(?:[②-⑳]|[(（][2-9２-９][)）]|[2-9２-９][.．])"
# (led by the literal 第, the character before it read by a lookbehind: sre scans for the literal)
_ARTICLE_RUN_ON = (r"第(?<=[。 \u3000]第)[ \u3000]*(?:[0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})[ \u3000]*条"
                   r"(?=[ \u3000]*[（(]|[ \u3000]+\S)")
_INLINE_PRECHECKS = tuple(re.compile(p) for p in (" " + _INLINE_LABEL_AFTER, "\u3000" + _INLINE_LABEL_AFTER))
_CAPTIONED_PRECHECKS = tuple(re.compile(p) for p in (r"）[ \u3000]*第", r"\)[ \u3000]*第"))
# (the three led by 。 in one pattern, whose common prefix sre scans for once: each scan of a law's text cost as much)
_CUT_PRECHECKS = tuple(re.compile(p) for p in (
    "|".join((_FIRST_ITEM_AFTER_SENTENCE.pattern, _RUN_IN_PARAGRAPH.pattern, "。- ")), _ARTICLE_RUN_ON))
# _glued_cuts has none to make in a line without what _GLUED_HEADING's first two alternatives start with (a # or a *
# after a character other than a space, # or *, the * before a bracket), イ (_GLUED_SUBITEM_RUN) or
# _GLUED_LOWER_HEADING: not in 「#### 第一条」 or 「*（趣旨）*」, the heading and caption lines of a converted law. Each
# pattern is led by its literal (the character before it tested by a lookbehind, which never reaches back over a line
# break): sre scans for a literal prefix, where a pattern led by a class or a repeat (「#+」) is tried at every position.
_GLUED_PRECHECKS = (re.compile(r"#(?<=[^\s#*]#)"), re.compile(r"\*(?<=[^\s#*]\*)[（(]"), "イ", _GLUED_LOWER_HEADING)


def _trailing_heading_cut(line: str, number: int) -> int | None:
    m = _TRAILING_HEADING.search(line) if "。" in line else None
    if m is None or grammar.to_int(m.group(2).translate(grammar.WIDE_DIGITS)) != number:
        return None
    return m.start(1)


@lru_cache(maxsize=8192)
def _run_in_article_cuts(line: str) -> tuple[int, ...]:
    found = [(m.start(), grammar.to_int(m.group(1).translate(grammar.WIDE_DIGITS))) for m in _RUN_IN_ARTICLE.finditer(line)]
    cuts: list[int] = []
    prev: tuple[int, int] | None = None  # (where, number) of the last heading of the sequence
    for at, n in found:
        if n is None:
            continue
        if prev is not None and n == prev[1] + 1:
            if not cuts or cuts[-1] != prev[0]:
                cuts.append(prev[0])
            cuts.append(at)
            prev = (at, n)
        elif not cuts:
            prev = (at, n)  # no sequence yet: one may start here (once started, a number out of it is a citation)
    return tuple(c for c in cuts if c > 0)


@lru_cache(maxsize=8192)
def _glued_cuts(line: str) -> tuple[int, ...]:
    """Where _source_lines cuts one line (offsets in the line). Cached: versions repeat lines."""
    cuts = []
    if _GLUED_SUBITEM_RUN.match(line):
        cuts += [m.start() for m in _GLUED_PARAGRAPH.finditer(line)]
    # a # or * after a character other than a space, # or * (where _GLUED_HEADING's lookbehind lets it match): not the
    # marks that open a heading's or a caption's line (「#### 第一条」, 「*（趣旨）*」's first)
    rest = line.lstrip(" \u3000#*")
    if "#" in rest or "*" in rest or _GLUED_LOWER_HEADING.search(line, 1):
        cuts += [m.start() for m in _GLUED_HEADING.finditer(line)]
    if not cuts:
        return ()
    out = []
    cut = 0
    for k in sorted(cuts):
        head = _MD_HEADING_PREFIX.sub("", line[cut:k]).translate(FOLD).strip(" \u3000")
        if _GLUED_SUBITEM_RUN.match(line[cut:k]) or grammar.match_chapter_heading(head) is not None \
                or grammar.match_supplementary(head) is not None:
            out.append(k)
            cut = k
    return tuple(out)


def _fold(text: str, offs: Ranges | None) -> tuple[str, Ranges | None]:
    """Fold look-alike characters; ``offs`` None (and None back) means each char is its own offset."""
    first = _FOLD_ANY_RUN.search(text)
    if first is None:
        return text, offs
    # (neither kind of character stands before the first of either, and folding makes none of the other kind)
    at = first.start()
    if _FOLD_ANY.search(text, first.end()) is None and _FOLD_EDIT_CHARS.search(first.group()) is None:
        # one run of characters that fold and nothing else (a law's 「２　…」, 「１０　…」): that run translated, the
        # line scanned once more (rather than three times) and no call per run
        return text[:at] + first.group().translate(FOLD) + text[first.end():], offs
    if _FOLDS.search(text, at):
        # FOLD maps one character to one: the offsets stand. Only the runs that fold are translated:
        # str.translate looks every character of a line up in the table (about 100 ns each)
        text = _FOLD_RUN.sub(_fold_run, text)
    if not _FOLD_EDIT_CHARS.search(text, at):
        return text, offs
    edits: list[tuple[int, int, str]] = []
    for m in _ZERO_WIDTH.finditer(text):
        edits.append((m.start(), m.end(), ""))
    # one edit per character (a kana with its voiced mark), so that each folded character keeps
    # the offset of the half-width character(s) it came from
    for m in _HALFWIDTH_KANA.finditer(text):
        i, end = m.start(), m.end()
        while i < end:
            j = i + 2 if i + 1 < end and text[i + 1] in "\uff9e\uff9f" else i + 1
            full = unicodedata.normalize("NFKC", text[i:j])
            if len(full) != 1:  # a mark that composes with nothing: each character alone
                j = i + 1
                full = unicodedata.normalize("NFKC", text[i])
            edits.append((i, j, full))
            i = j
    for m in _COMBINING_VOICED.finditer(text):
        composed = unicodedata.normalize("NFC", m.group())
        if len(composed) == 1:
            edits.append((m.start(), m.end(), composed))
    if edits:
        edits.sort()
        merged: list[tuple[int, int, str]] = []
        last_end = -1
        for e in edits:
            if e[0] >= last_end:
                merged.append(e)
                last_end = e[1]
        text, offs = _apply_edits(text, offs, merged)
    return text, offs


_ARTICLE_LABEL = re.compile(r"第[ \u3000]*[^条]*条(?:[ \u3000]*の[ \u3000]*[0-9〇一二三四五六七八九十百千]+)*")
_CHAPTER_LABEL = re.compile(r"第[ \u3000]*[^編章節款目]*[編章節款目](?:[ \u3000]*の[ \u3000]*[0-9〇一二三四五六七八九十百千]+)*")
_SECTION_LABEL = re.compile(r"[0-9]+(?:\.[0-9]+)*\.?")


_DIGITS = frozenset("0123456789０１２３４５６７８９")


_LABEL_CLOSES = tuple(".．)）】]")  # what ends a label that needs no space after it


# What an item's label may open with and no heading, paragraph number or section number does (each of those opens with
# 第, a digit, a bracket, a mark or a pictograph): 一 … 十 and the kana of イ, ア
_ITEM_ONLY_OPENS = frozenset("一二三四五六七八九十" + grammar.IROHA + grammar.AIU)


def _leading_label_end(line: str) -> tuple[int, bool] | None:
    """End of a numbering label at the start of `line`, and whether a space must separate it from the text."""
    first = line[:1]
    if first in _ITEM_ONLY_OPENS:  # (a law's 一　…, イ　…: the matchers that cannot match are not asked)
        lab = grammar.match_item_label(line)
        return None if lab is None else _label_end(line, lab)
    # (nor a caption's or a chapter's of a line opening with a digit, a law's 「２　…」: they open with a bracket, 第 or a
    # mark)
    digit = "0" <= first <= "9"
    h = grammar.match_article_heading(line) or (None if digit else grammar.match_captioned_heading(line))
    if h is not None:
        # after a mark or bracket that may come first (■第1条 目的), or the caption of 「（目的） 第1条　…」
        m = _ARTICLE_LABEL.search(line)
        return (m.end(), True) if m else None
    c = None if digit else grammar.match_chapter_heading(line)
    if c is not None:
        m = _CHAPTER_LABEL.search(line)  # after a mark or bracket that may come first (■第2章 利用契約)
        return (m.end(), True) if m else None
    lab = grammar.match_paragraph_number(line) or grammar.match_item_label(line)
    if lab is not None:
        return _label_end(line, lab)
    s = grammar.match_section_heading(line)
    if s is not None:
        m = _SECTION_LABEL.match(line)
        return (m.end(), True) if m else None
    return None


def _label_end(line: str, lab: grammar.Label) -> tuple[int, bool]:
    label_end = len(line[: lab.end].rstrip(" \u3000"))
    needs_space = not line.endswith(_LABEL_CLOSES, 0, label_end)
    # 「2. ６ヶ月以上…」: a number after the label's dot would read as one number with it (2.6)
    needs_space = needs_space or (line.endswith((".", "．"), 0, label_end)
                                  and line[label_end:].lstrip(" \u3000")[:1] in _DIGITS)
    return label_end, needs_space


def _collapse_spaces(text: str, offs: Ranges | None) -> tuple[str, Ranges | None]:
    """Remove spaces that are noise in Japanese text; keep those between Latin words and after labels.

    ``offs`` None (and None back) means each char is its own offset: most lines need no edit."""
    # Leading and trailing whitespace
    stripped = text.strip(" \u3000")
    if len(stripped) != len(text):
        lead = len(text) - len(text.lstrip(" \u3000"))
        if offs is not None:
            offs = _compose(offs, [(lead, lead + len(stripped))] if stripped else [])
        elif lead:  # (what _compose makes of the line's own offsets: one range, or none)
            offs = ((lead, lead + len(stripped)),) if stripped else ()
        text = stripped
    if " " not in text and "\u3000" not in text:
        return text, offs
    label = _leading_label_end(text)
    edits: list[tuple[int, int, str]] = []
    keep_sep_at = None
    if label is not None:
        end, needs_space = label
        m = _SPACE_RUN.match(text, end)
        # (no other run: str.find for either space, faster than a scan for the run)
        if m is not None and text.find(" ", m.end()) < 0 and text.find("\u3000", m.end()) < 0 \
                and text.find(" ", 0, end) < 0 and text.find("\u3000", 0, end) < 0:
            # the one run of spaces is the separator after the label (「２　前項の…」, most lines of a law)
            if not needs_space:
                return _apply_edits(text, offs, [(m.start(), m.end(), "")])
            if m.end() - m.start() == 1:
                return text, offs
            return _apply_edits(text, offs, [(m.start() + 1, m.end(), "")])
        # spaces inside the label (第 5 条) go; the separator after it stays when it is needed
        for m in _SPACE_RUN.finditer(text, 0, end):
            edits.append((m.start(), m.end(), ""))
        m = _SPACE_RUN.match(text, end)
        if m:
            keep_sep_at = m.start()
            if needs_space:
                edits.append((m.start() + 1, m.end(), ""))
            else:
                edits.append((m.start(), m.end(), ""))
    for m in _SPACE_RUN.finditer(text):
        if label is not None and m.start() < label[0]:
            continue
        if m.start() == keep_sep_at:
            continue
        before = text[m.start() - 1] if m.start() > 0 else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if _is_ascii_word(before) and _is_ascii_word(after) or _latin_punctuation_space(text, m.start(), after):
            if m.end() - m.start() > 1 or text[m.start()] != " ":
                edits.append((m.start(), m.end(), " "))
            continue
        edits.append((m.start(), m.end(), ""))
    edits.sort()
    return _apply_edits(text, offs, edits)


_NUMBER_AND_WIDE_SPACE = re.compile(r"[0-9０-９]{1,2}\u3000")


def _typical_width(lines: list[_Line]) -> tuple[float, bool]:
    """The width the layout wrapped at, and whether the document looks wrapped at all."""
    widths = sorted([ln.width for ln in lines if ln.text])
    long = widths[bisect_left(widths, 30):]  # (sorted once, the long ones and those near p90 found by bisection)
    if len(long) < 5:
        return float("inf"), False
    p90 = long[int(len(long) * 0.9) - 1] if len(long) >= 10 else long[-1]
    near = bisect_right(long, 1.04 * p90) - bisect_left(long, 0.88 * p90)
    wrapped = near >= 0.3 * len(long)
    return float(p90), wrapped


def _blocks_wrapped(lines: list[_Line], width: float) -> bool:
    full = [ln.text for ln in lines if ln.text and ln.width >= 0.88 * width]
    inside = sum(1 for t in full if t[-1] not in _TERMINATORS and not grammar.is_structural_start(t))
    return len(full) >= 5 and inside * 3 >= len(full) * 2


def _preformatted_lines(lines: list[_Line], blocks: list[tuple[int, int]]) -> list[bool]:
    """For each line, whether it lies in one of the preformatted ``blocks`` (sorted (start, end) source offsets)."""
    starts = [a for a, _ in blocks]
    out = []
    for ln in lines:
        k = bisect_right(starts, ln.base) - 1
        out.append(k >= 0 and ln.base < blocks[k][1])
    return out


def brackets_open(s: str) -> bool:
    """Does ``s`` open a bracket it does not close?"""
    depth = 0
    for c in s:
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE and depth:
            depth -= 1
    return depth > 0


def _closes_first(t: str) -> bool:
    """Does ``t`` close a bracket before it opens one?"""
    m = _BRACKET.search(t)  # (the first bracket found in C, not by a loop over the characters before it)
    return m is not None and m.group() in _CLOSE


_BRACKET = re.compile(f"[{re.escape(_OPEN + _CLOSE)}]")


def _is_heading_text(t: str) -> bool:
    h = grammar.match_article_heading(t)
    if h is not None and not h.rest:
        return True
    return bool(grammar.match_chapter_heading(t) or grammar.match_supplementary(t) or grammar.match_annex(t)
                or grammar.is_closing(t) or grammar.match_history(t))


@lru_cache(maxsize=32768)
def _breaks_wrapped(at: str, bt: str, a_full: bool, a_long: bool, after: int | None = None) -> bool:
    """Does a unit break between lines ``at`` and ``bt`` of a layout that wraps its lines (_breaks_unwrapped: one that
    does not)? ``a_full``, ``a_long``: ``at`` is as wide as the layout's full or long lines; ``after``: the number of
    the unit ``at`` belongs to, when it opened with 「N 」 (a numbered row of a table, a law-style paragraph). Cached on
    everything it reads: the same pair of lines recurs across versions."""
    if grammar.is_structural_start(bt) or grammar.match_history(bt):
        if grammar.match_article_heading(bt) is not None and at and at[-1] not in _TERMINATORS \
                and not _is_heading_text(at) and a_full and bt[0] not in _HEADING_BULLETS:
            # 「…第５条（…）第４項に規定する…」 wrapped before a reference is not a heading (a bulleted one is: 「…必要な事項を
            # 定める⏎- 第2条 納骨堂の…」, the sentence before left without its 。)
            h = grammar.match_article_heading(bt)
            if h is None or h.rest:
                return False
        return True
    if grammar.is_contents_line(bt):
        return True  # 「目次」 alone opens the table of contents, whatever the line before it (a table's row)
    if _is_heading_text(at):
        # 「第２３条（提⏎供の廃止）に…」: a citation wrapped inside its caption, whose next line closes the bracket, is
        # no heading with its 「）」 dropped
        return not (_closes_first(bt) and brackets_open(at))
    full = a_full
    ends_sentence = bool(at) and at[-1] in _TERMINATORS
    weak = grammar.match_paragraph_number(bt) or grammar.match_item_label(bt)
    if weak is not None:
        if _ENDS_WITH_REFERENCE.search(at) and bt[0] in "(（":
            return False  # 「…第2条第7号⏎(i)において」: a reference to a sub-item, wrapped
        if weak.strong or ends_sentence or not full:
            return True
        if _NUMBER_AND_WIDE_SPACE.match(bt):
            return True  # 「2　従業員が…」: a number set apart by an ideographic space is a label; no wrap starts so
        if after is not None and weak.style == "space" and weak.number == after + 1 and at[-1] != "第":
            return True  # 「1 電気通信設備 …設備⏎2 電気通信サービ」: the next row of a numbered table, not a wrap
        return False
    if bt[0] in _BULLETS and (ends_sentence or at[0] in _BULLETS):
        # 「…解除できるものとします。⏎・本契約の条項に…」: a bullet after a finished sentence opens a list, and one
        # after another bullet is the list's next entry (「・第６条⏎・第７条１．」)
        return True
    if grammar.RULE_LINE.fullmatch(bt) or grammar.RULE_LINE.fullmatch(at):
        return True  # 「---」: a thematic break stands alone, in a text file as in Markdown
    if _FORM_FIELD.search(at):
        return True  # 「社名：＿＿＿＿」: a blank to fill in ends its line, whatever its width
    if full:
        return False
    if a_long and brackets_open(at):  # the scan of brackets last: it reads every character
        return False
    # In a wrapped layout a short line ends its unit.
    return True


def _breaks_unwrapped(at: str, bt: str) -> bool:
    """Does a unit break between lines ``at`` and ``bt`` of a layout that does not wrap (each line a unit, but for the
    caption of a heading wrapped inside its brackets)? Its tests in the order that costs least: a line that closes no
    bracket (most) is settled by one scan, with none of the matchers run on every pair of lines."""
    # (a line of a law holds brackets, but most open theirs first: that test before the matchers on the line before;
    # its one scan stops at the line's first bracket, where a scan for a closing one ran on to it)
    # (_closes_first written out: a call less on every pair of lines)
    return not ((m := _BRACKET.search(bt)) is not None and m.group() in _CLOSE and _is_heading_text(at)
                and brackets_open(at)
                and not (grammar.is_structural_start(bt) or grammar.match_history(bt) or grammar.is_contents_line(bt)))


class _LineForm(NamedTuple):
    """What normalization makes of one source line, wherever it stands (offsets relative to the line)."""

    drop: bool  # Markdown markup only (a rule, an attribute list)
    level: int | None  # Markdown heading level
    stripped: str  # folded, without surrounding spaces: what artifact rules look at
    raw_stripped: str  # the source line without surrounding whitespace
    artifact: str | None  # page-number, document-code, copyright, footnote-url
    text: str  # folded, spaces collapsed
    offs: Ranges | None  # where the characters of `text` come from in the line (None: the i-th from the i-th)
    width: int  # display width of the line as laid out in the source


_new = tuple.__new__


@lru_cache(maxsize=8192)
def _line(raw: str, markdown: bool) -> _LineForm:
    # Cached: successive versions of a document, and documents of one vendor, repeat most lines.
    offs = None  # each char is its own offset until an edit says otherwise
    level = None
    src_raw = raw
    if markdown:
        edits, level, drop = _markdown_edits(raw)
        if drop:
            return _LineForm(True, None, "", src_raw.strip(), None, "", (), 0)
        if edits:
            raw, offs = _apply_edits(raw, None, edits)
    folded, foffs = _fold(raw, offs)
    stripped = folded.strip(" \u3000")
    if not stripped:
        return _LineForm(False, level, "", src_raw.strip(), None, "", (), 0)
    t, o = _collapse_spaces(folded, foffs)
    if o is not None and len(o) == 1 and o[0][0] == 0:
        o = None  # the i-th character is the line's i-th
    raw_stripped = src_raw.strip()
    # (made from a tuple: the named tuple's generated __new__ is a call more, once a line)
    return _new(_LineForm, (False, level, stripped, raw_stripped, _artifact_kind(stripped), t, o,
                            display_width(raw_stripped)))


def clear_caches() -> None:
    _line.cache_clear()
    _run_in_paragraph_cuts.cache_clear()
    _run_in_article_cuts.cache_clear()
    _breaks_wrapped.cache_clear()
    _glued_cuts.cache_clear()


_BARE_NUMBER = re.compile(r"[0-9]{1,4}")
# Text laid out on printed pages (a PDF, or plain text copied from one) can carry running headers and
# bare page numbers; the other formats cannot.
_PAGED = frozenset({"pdf", "text"})
# Readers that write each block (HTML), paragraph (Word) or sentence block (law XML) as one line: their line breaks
# are real.
_BLOCK_PER_LINE = frozenset({"html", "docx", "lawxml"})


def normalize(source: Source) -> Normalized:
    # The collector off: a law makes some 100,000 small objects here (line forms, ranges, offsets), none
    # in a cycle, and each burst of them made it rescan the live heap (a tenth of the time, cold)
    with paused_gc():
        return _normalize(source)


def _normalize(source: Source) -> Normalized:
    text = source.text
    markdown = source.format == "markdown"
    raw_lines = _source_lines(text, markdown)
    removed: list[Removal] = list(source.removed)
    reader_headings = dict(source.headings)

    # 1. per-line: markup, artifacts, folding, spaces
    lines: list[_Line] = []
    blank_pending = False
    if source.format in _PAGED:
        stripped_lines = [raw.strip() for _, _, raw in raw_lines]
        spread_repeats = _spread_repeats(stripped_lines)
        page_like = (t for t in stripped_lines if _PAGE_NUMBER.match(t or "x"))
        bare_numbers_are_pages = next(page_like, None) is not None and next(page_like, None) is not None
    else:  # a web page or a Word file has no printed pages: a line said three times is said three times
        spread_repeats, bare_numbers_are_pages = set(), False
    line_form = _line
    hidden = _markdown_hidden(raw_lines, text) if markdown else ()
    # (a law of a million characters has no fence: one scan of the text spares a match on each of its lines)
    fenced = markdown and ("```" in text or "~~~" in text)
    fences, in_code = _markdown_code_blocks(raw_lines) if fenced else ((), ())
    borders = _cell_borders(raw_lines, text)
    setext, underlines = _setext_headings(raw_lines, set(hidden) | set(fences) | set(in_code)) \
        if markdown and _SETEXT_CANDIDATE.search(text) else ({}, frozenset())
    for s, e, raw in raw_lines:
        if not raw:  # an empty line (almost half the lines of a Markdown law) reads as a blank
            blank_pending = True
            continue
        if s in borders:
            cut = borders[s]
            removed.append(Removal("markup", raw[cut:].strip(), s + cut, e))
            raw, e = raw[:cut], s + cut
            if not raw.strip():
                blank_pending = True
                continue
        if s in hidden or s in fences or s in underlines:
            removed.append(Removal("markup", raw.strip(), s, e))
            continue
        drop, level, stripped, raw_stripped, kind, t, offs, width = line_form(raw, markdown and s not in in_code)
        if drop:
            if raw_stripped:
                removed.append(Removal("markup", raw_stripped, s, e))
            continue
        if not stripped:
            blank_pending = True
            continue
        if kind == "footnote-url" and source.format not in _PAGED:
            kind = None  # a page's own line holding an address (a contact form under 「以下の連絡先まで」) is its text
        if kind is None and bare_numbers_are_pages and _BARE_NUMBER.fullmatch(stripped):
            kind = "page-number"
        if kind is None and spread_repeats and raw_stripped in spread_repeats and _is_running_header(stripped):
            kind = "running-header"
        if kind is not None:
            removed.append(Removal(kind, raw_stripped, s, e))
            continue
        if not t:
            blank_pending = True
            continue
        if level is None and reader_headings:
            level = reader_headings.get(s)
        if level is None and setext:
            level = setext.get(s)
        lines.append(_new(_Line, (t, s, offs, e, level, blank_pending, width,
                                  markdown and raw[0] in _MD_LIST_ITEM_OPENS and _MD_LIST_ITEM.match(raw) is not None)))
        blank_pending = False

    # 2. join wrapped lines
    width, wrapped = _typical_width(lines)
    pre_of = None  # the lines of preformatted blocks, in a page whose other lines are blocks: which, and their width
    if source.format in _BLOCK_PER_LINE:
        # the reader wrote one line per block or paragraph: no line of it is a wrap, unless the page sets each line of a
        # hard-wrapped text in a block of its own (<div>…はすべ</div><div>て当社に…</div>): most lines of the layout's
        # width then stop inside a sentence
        wrapped = wrapped and _blocks_wrapped(lines, width)
        if source.preformatted:
            pre_of = _preformatted_lines(lines, source.preformatted)
            width, pre_wrapped = _typical_width([ln for ln, inside in zip(lines, pre_of) if inside])
            if not pre_wrapped:
                pre_of = None
    out: list[str] = []
    iota = _iota(len(text) + 1)
    out_offs = array("q")
    headings: list[tuple[int, int]] = []
    prev = None
    unit_number = None  # the N of the unit being joined, when it opened with 「N 」
    # (read by _breaks_wrapped alone: a layout that wraps none of its lines does not look for it)
    units = wrapped or pre_of is not None
    full_at, long_at = 0.85 * width, 0.6 * width
    for i, ln in enumerate(lines):
        broke = True
        if prev is not None:
            # _should_break, inlined: it runs once per line
            if ln.heading_level is not None or prev.heading_level is not None or ln.list_item or (_breaks_wrapped(
                    prev.text, ln.text, prev.width >= full_at, prev.width >= long_at, unit_number)
                    if wrapped or (pre_of is not None and pre_of[i] and pre_of[i - 1])
                    else _breaks_unwrapped(prev.text, ln.text)) or (
                    # 「（目的）」 on its line before 第1条: the next article's caption, not the end of a wrapped
                    # sentence (the one place where the line after next decides)
                    ln.text[:1] in "（(【■◆●□◇▼▽▲△◎☆★" and i + 1 < len(lines)
                    and grammar.captions_heading(ln.text, lines[i + 1].text) is not None):
                out.append("\n")
                out_offs.append(prev.end_offset)
            else:
                broke = False
                if _joins_latin_words(prev.text, ln.text):
                    out.append(" ")
                    out_offs.append(prev.end_offset)
        if broke and units:
            label = grammar.match_paragraph_number(ln.text) if "0" <= ln.text[:1] <= "9" else None
            unit_number = label.number if label is not None and label.style == "space" else None
        if ln.heading_level is not None:
            headings.append((len(out_offs), ln.heading_level))  # one offset per character so far
        out.append(ln.text)
        b = ln.base
        if ln.offs is None:
            out_offs += iota[b:b + len(ln.text)]
        else:
            for x, y in ln.offs:
                out_offs += iota[b + x:b + y]
        prev = ln
    norm_text = "".join(out)
    out_offs.append(len(text))
    removed.sort(key=lambda r: r.start)
    return Normalized(norm_text, out_offs, removed, headings)


def _spread_repeats(stripped_lines: list[str]) -> set[str]:
    """Lines (stripped) repeated at least 3 times, never closer than a page apart: running headers and
    footers."""
    # counted in C first: only the few lines seen 3 times or more need their places
    repeated = {t for t, n in Counter(stripped_lines).items() if n >= 3 and len(t) >= 4}
    where: dict[str, list[int]] = {}
    for i, t in enumerate(stripped_lines):
        if t in repeated:
            where.setdefault(t, []).append(i)
    out = {t for t, idx in where.items() if _pages_apart(idx)}
    out.update(_numbered_repeats(stripped_lines))
    return out


def _pages_apart(idx: list[int]) -> bool:
    """Do the lines at ``idx`` come at least 3 times, never closer than a page apart (25 lines)?"""
    return len(idx) >= 3 and min(b - a for a, b in zip(idx, idx[1:])) >= 25


_NUMBER = re.compile(r"[0-9０-９]+")


def _numbered_repeats(stripped_lines: list[str]) -> set[str]:
    """A running header or footer with the page's number in it (「サービス利用約款　3」, 「Copyright 2024 … 3」): lines the
    same but for one number that grows from one to the next, at least 3 of them, never closer than a page apart."""
    groups: dict[str, list[int]] = {}
    for i, t in enumerate(stripped_lines):
        if len(t) >= 4 and any(c.isdigit() for c in t):
            groups.setdefault(_NUMBER.sub("#", t), []).append(i)
    out = set()
    for key, idx in groups.items():
        if not _pages_apart(idx) or key.replace("#", "").strip() == "":
            continue
        numbers = [[int(unicodedata.normalize("NFKC", n)) for n in _NUMBER.findall(stripped_lines[i])] for i in idx]
        varying = [k for k in range(len(numbers[0])) if len({row[k] for row in numbers}) > 1]
        if len(varying) == 1 and all(a[varying[0]] < b[varying[0]] for a, b in zip(numbers, numbers[1:])):
            out.update(stripped_lines[i] for i in idx)
    return out


def _joins_latin_words(a: str, b: str) -> bool:
    """A wrap between two Latin words needs a space back; a wrap inside Japanese text (which may
    fall inside 「ID」 or 「15」) does not."""
    if not (a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha()):
        return False
    ascii_share = sum(1 for c in a if c.isascii()) / len(a)
    return ascii_share >= 0.6


def _is_running_header(s: str) -> bool:
    if len(s) < 4 or "。" in s or "、" in s:
        return False
    if s[0] in "（(【[「" and s[-1] in "）)】]」":
        return False  # a caption such as （登録） repeats legitimately
    if grammar.is_structural_start(s) or grammar.is_weak_start(s) or grammar.match_history(s):
        return False
    return True


def line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer("\n", text):
        starts.append(m.end())
    return starts


def line_of(starts: list[int], pos: int) -> int:
    return bisect_right(starts, pos) - 1
