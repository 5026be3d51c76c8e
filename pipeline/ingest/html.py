"""HTML ingest: the main content's text as a browser lays it out, one block per line.

Uses the standard library's ``html.parser`` to build a small element tree (it
closes the elements HTML lets authors leave open: <p>, <li>, <dt>, <dd>, <tr>,
<td>), then renders it:

* the main content is <main>, else the only <article>, else an element with
  role="main", else <body>, else the whole document (fragments);
* nav, header, footer, aside, script, style, noscript, template, form controls
  (button, select) and hidden elements are dropped (navigation and scripts are recorded);
* block elements start a new line; <br> breaks a line; <h1>..<h6> and <dt> are
  lines of their own, so <dt>第1条 利用契約の成立</dt><dd>…</dd> gives a
  heading line and then body lines;
* <ol> items get the label a reader sees ("1. ", or per type/start/value and an
  inline list-style-type), <ul> items a bullet;
* a table becomes one line per row, cells joined by " | ", and is listed in
  ``Source.tables``; but a row whose one cell holds lines beside empty spacer
  cells (a page laid out in a table) gives that cell's lines, as blocks;
* white space collapses as in CSS; a line break in the source between two
  CJK characters disappears (it would otherwise put a space into Japanese
  text, which browsers do not show).

The charset comes from a BOM, then <meta charset> or http-equiv, then
detection (UTF-8, Shift_JIS, EUC-JP).
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from ..errors import BadInput
from ..grammar import (WIDE_DIGITS, counts_after_number, int_to_kanji, is_structural_start, kanji_to_int,
                       label_before_a_count,
                       match_article_heading, match_item_label, match_section_heading)
from ..model import Removal, Source
from .text import decode
from ..frontmatter import front_matter
from .base import TEMPLATE_DIRECTIVE_LINE, kana_composed

if TYPE_CHECKING:
    from .base import Deadline, Limits

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
DROP_NAV = {"nav", "header", "footer", "aside"}
DROP_CODE = {"script", "style", "noscript", "template"}
# A form's controls are dropped, not the form: terms are often shown inside the consent form that accepts them
# (「規約に同意して申し込む」), and in a read-only <textarea>, whose text a reader scrolls through (kept as in <pre>)
DROP_OTHER = {"head", "title", "button", "select", "option", "iframe", "object", "svg", "math",
              "canvas", "audio", "video", "map"}
# media a page embeds in its text (a video under a section's heading): no text, recorded where it stood, so that a
# heading over one is not read as a heading over nothing
EMBEDDED_MEDIA = {"iframe", "video", "audio", "object", "embed"}
_HEADING_LEVEL = {f"h{n}": n for n in range(1, 7)}

BLOCK = {
    "address", "article", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "html", "legend",
    "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
    "tr", "ul", "caption", "form",
}
# Elements closed implicitly when another one starts (a subset of the HTML rules).
_CLOSES = {
    "p": {"p"},
    "li": {"li", "p"},
    "dt": {"dt", "dd", "p"},
    "dd": {"dt", "dd", "p"},
    "tr": {"tr", "td", "th", "p"},
    "td": {"td", "th", "p"},
    "th": {"td", "th", "p"},
    "thead": {"tbody", "tfoot", "thead", "tr", "td", "th"},
    "tbody": {"tbody", "tfoot", "thead", "tr", "td", "th"},
    "tfoot": {"tbody", "tfoot", "thead", "tr", "td", "th"},
    "option": {"option"},
}
_BLOCK_CLOSES_P = BLOCK - {"li", "dd", "dt", "td", "th", "tr", "tbody", "thead", "tfoot", "body", "html"}
# Inline elements that mark a phrase within a sentence (struck out, stressed, code, a styled span): a page that sets
# its links apart with spaces sets these so too (「通常 <s>5,000円</s> ですが」), one layout, no stray space.
_SET_APART = frozenset({"s", "strike", "del", "ins", "u", "b", "strong", "em", "i", "mark", "code", "kbd", "span",
                        "font"})
# Elements whose headings are their own, outside the page's outline (HTML's sectioning roots, but <td>, which old
# pages lay whole terms out in, and <body>)
_QUOTING = frozenset({"blockquote", "details", "fieldset", "figure"})
# What a <head> holds: any other element (or text) starts the page's body, whether </head> was written or not
_HEAD_CONTENT = frozenset({"head", "html", "meta", "title", "link", "style", "script", "base", "noscript", "template"})
# Implicit closing stops at these: a <p> inside a <li> does not close the <li>.
_SCOPE = {"ul", "ol", "dl", "table", "div", "section", "article", "main", "body", "html", "blockquote", "td", "th"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list["Node | str"] = field(default_factory=list)
    parent: "Node | None" = None
    closed: bool = False  # its own end tag was read (not closed by its parent's, nor left open at the end)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)


# Elements nested deeper than this are read as if their tags were not there (their text is
# kept): the tree is walked recursively, and no real page nests anywhere near this deep.
MAX_DEPTH = 120


# A component of a page written for a framework (Vue, JSX: <DocParagraph>, <DocListItem>; a custom element:
# <terms-item>) is drawn as its own template says, which is not in the file; a browser's default for an unknown
# element, inline, glues the items of a list into one line (「…向上させる活動会員の技術及び…」). One that the source
# writes on lines of its own, nothing before its start tag on its line and nothing after its end tag, is read as a
# block; one inside a line of text (<DocLink>第84条</DocLink>に定める) stays inline.
_COMPONENT_NAME = re.compile(r"<([A-Za-z][\w.:-]*)")


def _component(raw_start_tag: str | None) -> bool:
    m = _COMPONENT_NAME.match(raw_start_tag or "")
    name = m.group(1) if m else ""
    return "-" in name or (any(c.isupper() for c in name[1:]) and any(c.islower() for c in name))


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]
        self.flattened: list[str] = []  # open tags past MAX_DEPTH, innermost last
        self._flat_count: dict[str, int] = {}
        self.too_deep = 0
        self._line_open = True  # nothing but white space read since the last line break
        self._component_closed: Node | None = None  # a component whose end tag was the last thing read
        self.block_components: list[Node] = []  # components written on lines of their own: blocks

    def _tag_read(self) -> None:
        if self._component_closed is not None:  # a tag right after a component's end tag: its line has no text
            self.block_components.append(self._component_closed)
            self._component_closed = None
        self._line_open = False

    def _close_implied(self, tag: str) -> None:
        closes = _CLOSES.get(tag, set())
        if tag in _BLOCK_CLOSES_P:
            closes = closes | {"p"}
        if not closes:
            return
        for i in range(len(self.stack) - 1, 0, -1):
            t = self.stack[i].tag
            if t in closes:
                del self.stack[i:]
                return
            if t in _SCOPE:
                return

    def _leave_head(self) -> None:
        """Close a <head> left open: what the page shows (a <div>, a heading, text) ends it, as a browser reads it."""
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == "head":
                del self.stack[i:]
                return

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag not in _HEAD_CONTENT:
            self._leave_head()
        self._close_implied(tag)
        on_own_line = self._line_open
        self._tag_read()
        if len(self.stack) > MAX_DEPTH and tag not in VOID:
            self.flattened.append(tag)
            self._flat_count[tag] = self._flat_count.get(tag, 0) + 1
            self.too_deep += 1
            if tag in BLOCK:  # the tag is gone, the line break it makes stays
                self.stack[-1].children.append(Node("br", {}, parent=self.stack[-1]))
            return
        node = Node(tag, {k.lower(): (v or "") for k, v in attrs}, parent=self.stack[-1])
        if on_own_line and tag not in BLOCK and _component(self.get_starttag_text()):
            node.attrs["\0component"] = ""  # (a name no attribute has) its end tag decides
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        tag = tag.lower()
        self._close_implied(tag)
        node = Node(tag, {k.lower(): (v or "") for k, v in attrs}, parent=self.stack[-1])
        self.stack[-1].children.append(node)

    def handle_endtag(self, tag):
        tag = tag.lower()
        self._tag_read()
        if tag == "br":  # </br>, which browsers read as <br> (HTML parsing spec: an end tag br is a start tag br)
            self.handle_starttag("br", [])
            return
        if self.flattened:  # inside elements past MAX_DEPTH: close the innermost one of this tag, if any
            if tag in BLOCK:
                self.stack[-1].children.append(Node("br", {}, parent=self.stack[-1]))
            if self._flat_count.get(tag):
                while True:
                    t = self.flattened.pop()
                    self._flat_count[t] -= 1
                    if t == tag:
                        break
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                self.stack[i].closed = True
                if "\0component" in self.stack[i].attrs:
                    self._component_closed = self.stack[i]
                del self.stack[i:]
                return
        if tag == "p":  # </p> without <p> makes an empty paragraph: a line break
            self.stack[-1].children.append(Node("br", {}, parent=self.stack[-1]))

    def handle_data(self, data):
        if data:
            head, nl, _ = data.partition("\n")
            if self._component_closed is not None and (nl or not data.strip()):
                if not head.strip():
                    self.block_components.append(self._component_closed)
                if head.strip() or nl:
                    self._component_closed = None
            elif data.strip():
                self._component_closed = None
            if nl:
                self._line_open = not data.rpartition("\n")[2].strip()
            elif data.strip():
                self._line_open = False
            if data.strip() and self.stack[-1].tag == "head":
                self._leave_head()
            self.stack[-1].children.append(data)


# ---------------------------------------------------------------- list labels


def _alpha(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                       (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += sym
            n -= value
    return out


_AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン"
_HIRAGANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"


def list_label(n: int, kind: str) -> str:
    """Marker text for item ``n`` of an ordered list of type/list-style-type ``kind``."""
    if kind in ("a", "lower-alpha", "lower-latin"):
        return _alpha(n) + ". "
    if kind in ("A", "upper-alpha", "upper-latin"):
        return _alpha(n).upper() + ". "
    if kind in ("i", "lower-roman"):
        return _roman(n) + ". "
    if kind in ("I", "upper-roman"):
        return _roman(n).upper() + ". "
    if kind in ("cjk-ideographic", "japanese-informal", "japanese-formal"):
        return int_to_kanji(max(n, 0)) + "、"
    if kind == "cjk-decimal":
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n)) + "、"
    if kind == "katakana":
        return (_AIUEO[(n - 1) % len(_AIUEO)] if n > 0 else "") + "、"
    if kind == "katakana-iroha":
        return (_IROHA[(n - 1) % len(_IROHA)] if n > 0 else "") + "、"
    if kind == "hiragana":
        return (_HIRAGANA[(n - 1) % len(_HIRAGANA)] if n > 0 else "") + "、"
    if kind == "decimal-leading-zero":
        return f"{n:02d}. "
    if kind in ("none",):
        return ""
    return f"{n}. "


def _first_char(node: "Node | str") -> str:
    """The first character of what ``node`` holds that is no white space ("" if none), read no further."""
    if isinstance(node, str):
        return node.lstrip(" \t\n\r\f")[:1]
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, str):
            c = n.lstrip(" \t\n\r\f")[:1]
            if c:
                return c
        else:
            stack.extend(reversed(n.children))
    return ""


def _style(node: Node) -> dict[str, str]:
    out = {}
    for decl in node.attrs.get("style", "").split(";"):
        if ":" in decl:
            k, v = decl.split(":", 1)
            out[k.strip().lower()] = v.strip().lower()
    return out


def _hidden(node: Node) -> bool:
    a = node.attrs
    st = _style(node)
    hidden = "hidden" in a or a.get("aria-hidden", "").lower() == "true" or st.get("display") == "none" \
        or st.get("visibility") == "hidden"
    return hidden and not _holds_the_articles(node)


# A dialog the page opens when the reader clicks 「利用規約」 (<div class="modal fade" aria-hidden="true" role="dialog">)
# is hidden until then, but the terms it holds are the page's: a dialog with articles in it is read.
_DIALOG = re.compile(r"(?:^|[-_\s])(?:modal|dialog|popup)(?=$|[-_\s])", re.IGNORECASE)


def _holds_the_articles(node: Node) -> bool:
    """Is a hidden element the terms themselves: a dialog with articles in it, or an element holding the page's articles,
    none of them outside it (<div style="display:none"> around a union's 70 articles, which a script shows), or the
    page's prose (_holds_the_prose)? Skipped, such a page was read as empty."""
    text = node.text()
    own = len(_ARTICLE_NUMBER.findall(text))
    if own < 2:
        # (most hidden elements are icons and menus: the page's text is read only for one that holds sentences)
        return text.count("。") >= _MIN_HIDDEN_SENTENCES and _holds_the_prose(text, _root(node).text())
    a = node.attrs
    if a.get("role") == "dialog" or _DIALOG.search(a.get("class", "")):
        return True
    return len(_ARTICLE_NUMBER.findall(_root(node).text())) - own < 2


def _root(node: Node) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


# A hidden element holding this many sentences, and the page outside it a small share of that, is the page's text
# though its sections are numbered 1.1, 3.2 (no 第N条): a terms page whose whole body sits in a popup wrapper marked
# aria-hidden="true" (pub114's linerese) was read as empty.
_MIN_HIDDEN_SENTENCES, _OUTSIDE_SHARE = 2, 0.25


def _holds_the_prose(own: str, page: str) -> bool:
    n = own.count("。")
    return n >= _MIN_HIDDEN_SENTENCES and page.count("。") - n <= _OUTSIDE_SHARE * n


# What a drafter writes before a paragraph or an item: 「2 」「２　」 (a paragraph's number and a space), 「（1）」
# 「(1)」「⑴」「①」
_OWN_LABEL = re.compile(r"[0-9０-９]{1,3}[ \u3000]+(?=[^\s0-9０-９])|[0-9０-９]{1,3}[.．][ \u3000]*(?=[^\s0-9０-９.．])"
                        r"|[（(][0-9０-９]{1,3}[)）]|[\u2474-\u2487\u2460-\u2473]")



# An item that opens an article (<ul><li>第1条（適用）本規約は…</li>, or its <ol> twin): the page lays the articles out
# as a list, and the bullet or number the browser adds before them is decoration, not a label of the document.
# An item that cites an article first (「第11条（禁止事項）に違反するおそれがある場合」, 「第22条（反社会的勢力の排除）第1項に
# 定める」) is an item: the title in brackets is followed by a particle or the rest of the citation, where a heading's
# title ends its line or starts the text.
_ARTICLE_ITEM = re.compile(r"第[0-9０-９一二三四五六七八九十百千]{1,6}条(?:の[0-9０-９一二三四五六七八九十]{1,3})?"
                           r"(?:[ \t\u3000]|[（(][^（）()\n]{1,30}[)）](?![にのをがはでと又及並若第、，,]))")


def _captioned_article(item: Node) -> bool:
    """Is the <li> an article whose caption is its first block (<li><div>適用範囲</div><div>第１条 …</div>, a hotel's
    宿泊約款): a short line without a sentence in it, then 第N条?"""
    blocks = [c for c in item.children if isinstance(c, Node) or c.strip()]
    if len(blocks) < 2 or not isinstance(blocks[0], Node) or blocks[0].tag not in BLOCK:
        return False
    caption = blocks[0].text().strip()
    if not caption or len(caption) > 30 or "。" in caption:
        return False
    rest = "".join(c if isinstance(c, str) else c.text() for c in blocks[1:]).lstrip()
    return bool(_ARTICLE_ITEM.match(rest))


def _holds_articles(item: Node) -> bool:
    """Does the <li> hold a list whose items are articles?"""
    stack = [c for c in item.children if isinstance(c, Node)]
    while stack:
        node = stack.pop()
        if node.tag == "li" and (_ARTICLE_ITEM.match(node.text().lstrip()) or _captioned_article(node)):
            return True
        stack.extend(c for c in node.children if isinstance(c, Node))
    return False


def _list_type(node: Node) -> str:
    st = _style(node)
    lst = st.get("list-style-type") or (st.get("list-style", "").split() or [""])[0]
    if lst:
        return lst
    return node.attrs.get("type", "1")


# ---------------------------------------------------------------- rendering


_WS = re.compile(r"[ \t\n\r\f]+")
# The label of an article, a chapter or a section alone at a line's start (「第37条」「第１章」「第二条の二」): a reader
# sees it set apart from what follows, by a source line break (「第37条⏎  本協会の…」) or by the element that holds it
# (<h3><span>第1条</span>運営管理会社</h3> shows a gap). Joined (「第37条本協会の…」「第1条運営管理会社」) it reads as a
# citation, and the article is lost. A particle after it does make it a citation (第5条⏎の規定): that stays joined.
_DIVISION_LABEL = re.compile(r"第[ \u3000]*[0-9０-９〇一二三四五六七八九十百千]{1,6}[ \u3000]*[条章節款編]"
                             r"(?:の[0-9０-９〇一二三四五六七八九十]{1,4})*")
# the particles a clause goes on with: a line ending on one (or on a comma) is no sentence's end
_PARTICLES = "のにをがはでともへや"
_GOES_ON = tuple(_PARTICLES + "、，,。")
# A numbered paragraph the source sets on a line of its own inside one element, after a finished sentence or a line
# that ends no clause (「…とする。⏎1、総会は…」, 「…含む。）⏎2、役員会…」, 「(6) 監査役2名⏎1、会長…」): pages that write
# their rules so show each on its line (white-space: pre-line in their style sheet, which the reader does not see);
# run together, paragraph 2 became part of an item of paragraph 1
_MID_SENTENCE = frozenset(_PARTICLES + "、，,")  # (a line ending so goes on: no paragraph after it)
# what goes on a sentence and never opens one: a case particle, the て of a verb, the か of an alternative
_GOES_ON_HERE = re.compile(r"[をにのへ](?![\u3041-\u3096])|て|[かがとや][、，]")
# (a number cited before a particle, 「10.の連絡先まで」, opens no paragraph)
_LAID_OUT = re.compile(r"[ \t\r\f]*(?:[0-9０-９]{1,2}(?:[－\-‐][0-9０-９]{1,2})?[、.．]|[(（][0-9０-９]{1,2}[)）]|[①-⑳])[ \u3000]*"
                       rf"[^\s0-9０-９{_PARTICLES}]")
# what goes on after a label that a sentence cites (第7条第一号, 第34条各号, 第5条及び第6条): no heading's gap (unlike a
# title, 第16条</span>第三者への委託)
_CITATION_GOES_ON = re.compile(r"[ \t\n\r\f]*(?:第[0-9０-９一二三四五六七八九十百]+[項号]|各[項号]|及び|並びに|又は|若しくは|乃至)")


# the most lines one heading element gives (<h2>第十一条<br>窓口</h2>, a title with its subtitle and date)
_HEADING_LINES = 4


def _written_line_by_line(block: str) -> bool:
    """Is a block's text an agreement typed line by line into one element (a <div> holding 「第1条　コンテンツについて」,
    its sentences and its 「1.…」 entries each on a source line of their own, no <br>)? Two article headings at least
    that open source lines tell it: such a block keeps its source lines as lines, however a browser runs them
    together, or its headings after an entry without 「。」 read as citations in the run (「…すること第2条口コミについて」).
    (Elsewhere only a break after 「。」 before a unit's start is kept: _SOURCE_BREAK.)"""
    if block.count("\n") < 3:
        return False
    heads = 0
    for line in block.split("\n")[1:]:
        line = line.strip(" \t\r\f")
        if line.startswith("第") and match_article_heading(line) is not None:
            heads += 1
            if heads >= 2:
                return True
    return False


_ANNOUNCES_LIST = re.compile(r"(?:次|以下|下記)(?:の|に掲げる)(?:各号|いずれか|とおり|事由|行為|事項|場合)")


def _typed_lines(s: str) -> list[str]:
    """The source lines of ``s``, an article's bare number alone on its line (「第37条⏎  本協会の…」) run on with its
    first sentence, as a browser shows it (「第37条 本協会の…」)."""
    out: list[str] = []
    for line in s.split("\n"):
        # (any white space around it, &nbsp; too: 「第１条&nbsp;⏎  本協会は、…」)
        if out and _DIVISION_LABEL.fullmatch(out[-1].strip()) and line.strip():
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return out


def _sentences_typed(block: str) -> str | None:
    return "sentences" if "\n" in block and _sentence_per_line(block) else None


def _typed(block: str) -> str | None:
    """How a block's text was typed into one element, when its source lines are its lines: "sentences" (each line a
    paragraph of its own, _sentence_per_line) or "lines" (articles opening lines, _written_line_by_line, whose lines
    may wrap inside a sentence and go on in their block)."""
    if "\n" not in block:
        return None
    if _sentence_per_line(block):
        return "sentences"
    return "lines" if _written_line_by_line(block) else None


def _sentence_per_line(block: str) -> bool:
    """Does every source line of a block end its sentence, or stand whole (「…完了するものとします。⏎当社は，…承認しない
    ことがあります。⏎（1）虚偽の事項を届け出た場合⏎（2）…」)? The writer typed each paragraph on a line of its own (a
    template whose <ol> was stripped). A line wrapped inside a sentence (「…「ENEOS Charge⏎Plus利用規約」…」, 「(1)「本サービス」
    とは、…の⏎名称で提供する…」) tells a text wrapped at a width, whose lines go on."""
    lines = [ln.strip(" \t\r\f\u3000") for ln in block.split("\n")]
    lines = [ln for ln in lines if ln]
    if sum(ln.endswith("。") for ln in lines) < 2 or len(lines) < 3:
        return False
    opens = [_opens_unit(ln) for ln in lines]
    listing = False
    for k, ln in enumerate(lines):
        # (the entries of a list a line announces, 「…行ってはなりません：⏎不正な目的での利用⏎…」, short and unended)
        listing = listing and len(ln) <= _ENTRY_CHARS and "。" not in ln
        whole = (ln.endswith(("。", ":", "：")) or listing
                 # a labelled line without 。 (an item, a heading) is whole when a unit opens after it
                 or opens[k] and (k + 1 == len(lines) or opens[k + 1])
                 # a title or a field (「[BOT名] 利用規約」, 「有効期間: [日付]」): short, no clause in it, no bracket left open
                 or len(ln) <= _ENTRY_CHARS and not _CLAUSE_MARKS.search(ln) and _balanced(ln))
        if not whole:
            return False
        listing = listing or ln.endswith((":", "："))
    return True


def _opens_unit(line: str) -> bool:
    folded = unicodedata.normalize("NFKC", line)
    return bool(_NUMBERED_LINE.match(line)) or match_item_label(folded) is not None \
        or match_article_heading(folded) is not None


def _balanced(line: str) -> bool:
    return all(line.count(a) == line.count(b) for a, b in ("「」", "（）", "()", "『』", "[]"))


_ENTRY_CHARS = 40
_CLAUSE_MARKS = re.compile(r"[、，,。]")
# a line opened by its number: 「2.1 利用者は、…」, 「３．利用者は…」
_NUMBERED_LINE = re.compile(r"[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})*[.．]?[ \u3000]|[0-9０-９]{1,3}[.．](?![0-9０-９])")


def _is_wide(ch: str) -> bool:
    return bool(ch) and unicodedata.east_asian_width(ch) in ("W", "F")


_LISTS = frozenset({"ol", "ul", "menu", "dir"})
# an item that writes its own bullet (<li>・ニックネーム</li>, its list's marker hidden by CSS): no second one before it
_OWN_BULLETS = frozenset("・•●○■□◆◇▪▫◎")


def _stray_items_listed(node: Node) -> list:
    """The children of ``node`` with each run of <li> written outside a list (<div><p>…</p><li>「本サービス」とは…</li>
    <li>…</li></div>) put in a <ul> of their own: a browser draws such items as a list's, a bullet before each,
    and a page that cites them (第４条第１号) counts them as one."""
    out: list = []
    run: list = []
    for c in node.children:
        if isinstance(c, Node) and c.tag == "li" or run and isinstance(c, str) and not c.strip():
            run.append(c)
            continue
        if run:
            out.append(Node("ul", {}, run, parent=node))
            run = []
        out.append(c)
    if run:
        out.append(Node("ul", {}, run, parent=node))
    return out


_ITEM_LIKE = frozenset({"a", "span", "p", "div", "label", "b", "strong", "em"})


def _elements_as_items(node: Node) -> list[Node]:
    """A list written without <li>s, its items elements of their own (<ul class="sub-list"><a>a）「ArmS 9-1 機密保持
    規程」</a><a>b）…</a></ul>, set on lines of their own by the page's style): each element an item, as the page
    shows it and its labels say, where the list holds nothing else."""
    elements = [c for c in node.children if isinstance(c, Node)]
    if len(elements) < 2 or any(c.tag not in _ITEM_LIKE for c in elements) or \
            any(isinstance(c, str) and c.strip() for c in node.children):
        return []
    for c in elements:
        c.tag = "li"
    return elements


# joins the lines of a table cell on its row's line until the line is written (Renderer.newline), where it becomes the
# space a browser shows and its place is kept (Source.cell_breaks); a private-use character no page writes
_CELL_BREAK = "\ue000"


class Renderer:
    def __init__(self):
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.removed: list[Removal] = []
        self.tables: list[list[list[str]]] = []
        self.links: list[tuple[int, int, str]] = []  # (start, end) of each anchor's words in the final text, and its href
        self.quoted_under: int | None = None  # inside a quotation: the level of the heading it stands under
        # (start, end) of the words of each other inline element (_SET_APART)
        self.inline_spans: list[tuple[int, int]] = []
        self.headings: list[tuple[int, int]] = []  # (offset in the final text, level) of each <h1>…<h6> line
        self.list_items: list[tuple[int, int]] = []  # (offset in the final text, nesting depth) of each <li> line
        # offsets of the lines a single <br> (or a <pre>'s line break) starts: the line before goes on in the same
        # block, where a <p> after a <p> (or a blank line: <br><br>) starts a block a reader sees apart
        self.line_breaks: set[int] = set()
        self.last_alt: tuple[str, int] | None = None  # the alt text last written, and where the text then ended
        # offsets in the final text where a source line break between two wide characters vanished (CSS's
        # segment-break rule, which Chrome and Safari do not follow: they show a space there)
        self.joined_breaks: list[int] = []
        self.cell_breaks: list[int] = []  # offsets in the final text of the spaces joining a table cell's lines
        self.in_cell = False  # rendering a table cell, whose lines its row joins: the joins of its own tables are kept
        self.images: list[int] = []  # offsets in the final text of the images without words inside a line
        self.heading_from: int | None = None  # inside a heading: the index of its first line in ``lines``
        self._br_in_block = False  # has the block being read broken a line with <br>?
        self.list_depth = 0
        self.pos = 0  # offset of the start of the current line in the final text
        self.pre = 0
        self.typed: str | None = None  # inside a block typed a sentence a line (_sentences_typed of its text and <br>s)
        self.marker: str | None = None  # the list marker just written, alone on its line so far
        self.preformatted: list[tuple[int, int]] = []  # (start, end) in the final text of each <pre>/<textarea>
        self.articled = False  # does the page number articles (第N条)? Then a <dl> is no list of sections
        self.dl_sections = 0  # inside a <dl> whose <dt>s head sections
        self.deepest_heading = 0  # the deepest <h1>…<h6> level so far: a <dt> heading goes one below it
        self.deadline = None  # the document's time budget (ingest.Deadline), looked at every 512 lines

    # -- line assembly

    def text(self, s: str) -> None:
        if self.pre:
            parts = s.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self.newline(force=True, soft=True)
                self.cur.append(part)
            return
        if not s:
            return
        if "\n" in s and "。" in s:
            typed = _typed(s) or self.typed
            parts = _typed_lines(s) if typed else _source_breaks(s)
            # after a sentence that announces a list (「以下の各号のいずれかの事由に該当する場合は、…」), until a labelled
            # entry shows the list keeps its labels
            listed = False
            for i, part in enumerate(parts):
                labelled = listed and _opens_unit(part.strip(" \t\r\f\u3000"))
                listed = listed and not labelled
                if not i:
                    pass
                elif typed != "sentences" or listed:
                    self.newline(soft=True)  # (its entries, their labels lost with the <li>s, go on in its block)
                elif part.strip() and "".join(self.cur).strip() and not _GOES_ON_HERE.match(part.lstrip(" \t\r\f\u3000")):
                    self.newline()  # a sentence the writer typed on a line of its own starts a block, as a <p> would
                    # (not the rest of one a link or a tag cut, 「…<a>こちらをご確認頂く</a>⏎か、他のメアドを…」)
                listed = (listed or bool(_ANNOUNCES_LIST.search(part))) and not labelled
                if part:
                    self.cur.append(part)
            return
        self.cur.append(s)

    def newline(self, force: bool = False, soft: bool = False) -> None:
        if self.marker is not None and self.cur == [self.marker] and not force:
            return  # <li><p>…: the block opening the item goes on the marker's line, as a browser shows it
        self.marker = None
        joined: list[int] = []
        # (only in a block that breaks no line with <br>: a page that does shows a bare line break as a space, and
        # 「…等）⏎13.当社は…」 without its <br> runs on, on the page too)
        laid_out: list[int] | None = [] if not soft and not self._br_in_block else None
        self._br_in_block = soft
        line = self._collapse("".join(self.cur), joined, laid_out) if not self.pre else "".join(self.cur)
        self.cur = []
        if _CELL_BREAK in line and not self.in_cell:  # a row: where a cell's lines were joined, a space never typed
            self.cell_breaks.extend(self.pos + m.start() for m in re.finditer(_CELL_BREAK, line))
            line = line.replace(_CELL_BREAK, " ")
        if line or force:
            self.joined_breaks.extend(self.pos + j for j in joined)
            # (a paragraph the source sets on a line of its own after a finished sentence is a line: see _LAID_OUT)
            for part in (line[a + 1:b] for a, b in zip([-1] + laid_out, laid_out + [len(line)])) if laid_out \
                    else (line,):
                self.lines.append(part)
                self.pos += len(part) + 1
            if self.deadline is not None and len(self.lines) % 512 == 0:
                self.deadline.check(f"reading the HTML at line {len(self.lines):,}")
        if soft and line:
            self.line_breaks.add(self.pos)
        else:  # a block's end, or a break after an empty line (<br><br>): the next line starts a block
            self.line_breaks.discard(self.pos)

    @staticmethod
    def _collapse(s: str, joined: list[int] | None = None, laid_out: list[int] | None = None) -> str:
        """``s`` with its runs of white space collapsed as a browser does; where a source line break between two
        wide characters vanished, its offset in the result is added to ``joined``; where a source line break after a
        line that goes on no clause opens a numbered paragraph (_LAID_OUT), the offset of the space it became to
        ``laid_out``."""
        out: list[str] = []
        size = last = 0
        for m in _WS.finditer(s):
            if laid_out is not None and "\n" in m.group() and m.start() > 0 and s[m.start() - 1] not in _MID_SENTENCE \
                    and _LAID_OUT.match(s, m.end()):
                out.append(s[last:m.start()])
                size += m.start() - last
                laid_out.append(size)
                out.append(" ")
                size += 1
                last = m.end()
                continue
            a = s[m.start() - 1] if m.start() > 0 else ""
            b = s[m.end()] if m.end() < len(s) else ""
            # CSS segment-break rule: a source line break between CJK characters vanishes
            if "\n" in m.group() and _is_wide(a) and _is_wide(b):
                if b not in _GOES_ON and _DIVISION_LABEL.fullmatch(s[:m.start()].strip()):
                    sep = " "  # but not the one after a label that starts the line
                else:
                    sep = ""
            else:
                sep = " "
            out.append(s[last:m.start()])
            size += m.start() - last
            if not sep and joined is not None:
                joined.append(size)
            out.append(sep)
            size += len(sep)
            last = m.end()
        out.append(s[last:])
        line = "".join(out)
        lead = len(line) - len(line.lstrip(" "))
        if joined:
            joined[:] = [j - lead for j in joined]
        if laid_out:
            end = len(line.rstrip(" ")) - lead
            laid_out[:] = [j - lead for j in laid_out if 0 < j - lead < end]
        return line.strip(" ")

    def offset(self) -> int:
        """Where text removed now would have been, in the final text."""
        return self.pos + len(self._collapse("".join(self.cur)))

    # -- tree walk

    def _render_block_with(self, node: Node, state: str, value) -> None:
        """Render ``node`` as a block with the renderer's ``state`` set to ``value`` inside it (a quotation's heading
        level, a definition list read as sections), restored after it."""
        outer = getattr(self, state)
        setattr(self, state, value)
        try:
            self.render(node)
        finally:
            setattr(self, state, outer)
        self.newline()

    def render(self, node: Node) -> None:
        children = node.children
        if node.tag not in _LISTS and any(isinstance(c, Node) and c.tag == "li" for c in children):
            children = _stray_items_listed(node)
        # a block typed a sentence a line, its pieces between <br>s each too short to tell (「…です。<br>⏎…とします。⏎
        # …ません。<br>」): told by the whole block's text
        typed = None if self.pre or self.typed else _sentences_typed(
            "".join(c if isinstance(c, str) else "\n" for c in children if isinstance(c, str) or c.tag == "br"))
        if typed:
            self.typed = typed
        try:
            self._render_children(children)
        finally:
            if typed:
                self.typed = None

    def _render_children(self, children: list) -> None:
        for k, child in enumerate(children):
            if isinstance(child, str):
                if not self.pre and _line_per_element(children, k):
                    self.newline()
                    continue
                self.text(child)
            else:
                self.element(child)
                if not self.pre and child.tag not in BLOCK and k + 1 < len(children):
                    self._set_off_label(children[k + 1])

    def _wraps_a_title(self, br: Node) -> bool:
        """Does ``br`` wrap one title of a section heading where the page wanted it (「<h3>永代供養墓として<br>「永代」に
        供養・管理</h3>」, 「<h3>Guardant360<br>(ガーダント360)</h3>」)? Not a label and its caption (「第十一条<br>窓口」), a
        title and its date or version, a heading that holds sentences, nor a page's title (<h1>, <h2>, whose lines
        the title is read from): those are lines of their own. Read as two lines, the first headed nothing."""
        if len(self.lines) > self.heading_from:
            return False  # (the heading has broken a line already)
        before = self._collapse("".join(self.cur)).strip()
        parent = br.parent
        after = ""
        if parent is not None:
            k = next((i for i, c in enumerate(parent.children) if c is br), None)
            if k is not None:
                after = "".join(c if isinstance(c, str) else c.text() for c in parent.children[k + 1:])
        after = " ".join(after.split())
        if not before or not after or len(before) > 40 or "。" in before + after or _heading_level_of(br) < 3:
            return False  # (a page's title, <h1> and <h2>, is read whole from its lines as it was)
        return not (is_structural_start(before) or match_section_heading(before, True) is not None
                    or is_structural_start(after) or _DATE_OR_VERSION.search(after))

    def _set_off_label(self, after: "Node | str") -> None:
        """An inline element that holds a line's label alone (<span>第1条</span>運営管理会社): a gap after it."""
        if len(self.cur) > 6 or not _DIVISION_LABEL.fullmatch(self._collapse("".join(self.cur))):
            return  # (a label is a few pieces of text: a long line is never joined again here)
        nxt = _first_char(after)
        if nxt and not nxt.startswith(_GOES_ON) and _is_wide(nxt) and not (
                isinstance(after, str) and _CITATION_GOES_ON.match(after)):
            self.cur.append(" ")

    def element(self, node: Node) -> None:
        tag = node.tag
        if _furniture(node) and not _unclosed_around_content(node):
            text = _plain(node)
            if text:
                self.removed.append(Removal("navigation", text, self.offset(), self.offset()))
            return
        if tag in DROP_CODE:
            text = node.text().strip()
            if text:
                self.removed.append(Removal("script", text[:200], self.offset(), self.offset()))
            return
        if tag in EMBEDDED_MEDIA and not _hidden(node):
            what = node.attrs.get("title") or node.attrs.get("src") or node.attrs.get("data") or tag
            self.removed.append(Removal("embedded-media", f"<{tag}> {what}"[:200], self.offset(), self.offset()))
            return
        if tag in DROP_OTHER or _hidden(node):
            return
        if _DEVICE_COPY in node.attrs:
            self.removed.append(Removal("device-copy", node.text().strip()[:200], self.offset(), self.offset()))
            return
        if tag == "br":
            if self.heading_from is not None and not self.pre and self._wraps_a_title(node):
                self.cur.append("\n")  # white space: gone between two CJK characters, a space between words
                return
            self.newline(soft=True)
            return
        if tag == "table":
            self.table(node)
            return
        if tag in ("ol", "ul", "menu", "dir"):
            self.newline()
            self.list(node)
            self.newline()
            return
        if tag in ("pre", "textarea"):
            self.newline()
            start = self.pos
            self.pre += 1
            self.render(node)
            self.newline()
            self.pre -= 1
            if self.pre == 0 and self.pos > start:
                self.preformatted.append((start, self.pos))
            return
        if tag == "img":
            alt = node.attrs.get("alt", "").strip()
            if alt and self.heading_from is not None and (len(self.lines) > self.heading_from or "".join(self.cur).strip()):
                return  # 「<h3>第２１条（準拠法…）<img alt="expand-icon"></h3>」: an icon after a heading's words adorns it
            # (an image shown in two variants, one per screen size, <img alt="最上部へ" class="pc"><img alt="最上部へ"
            # class="sp">: one image to the reader, its alt written once)
            if alt and (alt, self.pos) != self.last_alt:
                self.text(alt)
                self.last_alt = (alt, self.pos)
            elif not alt and "".join(self.cur).strip():
                self.images.append(self.offset())  # a picture in the line (a button the text tells to click)
            return
        block = tag in BLOCK
        if block:
            self.newline()
        if tag in _QUOTING and self.headings:
            # Headings inside a quotation are its own (HTML's sectioning roots): never above or beside the heading
            # the quotation stands under (「<h3>申し込み手順</h3><blockquote><h3>STEP.1</h3>…」: the steps of that heading)
            self._render_block_with(node, "quoted_under", max(self.quoted_under or 0, self.headings[-1][1]))
            return
        if tag == "dt" and self.dl_sections:
            tag = "dt-heading"
        elif tag == "dl" and not self.articled and _titled_sections(node):
            self._render_block_with(node, "dl_sections", self.dl_sections + 1)
            return
        if tag in _HEADING_LEVEL or tag == "dt-heading":
            level = _HEADING_LEVEL.get(tag) or min(6, self.deepest_heading + 1)
            if self.quoted_under is not None and level <= self.quoted_under:
                level = min(6, self.quoted_under + 1)
            lines_before = len(self.lines)
            outer_heading = self.heading_from
            self.heading_from = lines_before
            try:
                self.render(node)
                self.newline()
            finally:
                self.heading_from = outer_heading
            written = self.lines[lines_before:]
            # (a whole page set in one <h3>, its articles, sentences and </br>s: the size of its type; its sentences
            # are no headings)
            prose = len(written) > _HEADING_LINES and sum(ln.endswith("。") for ln in written) > 1
            if written:  # the heading gave a line of its own, or several (<h2>第十一条<br>窓口</h2>)
                at, own = self.pos, []
                for line in reversed(written):
                    at -= len(line) + 1
                    if not (prose and line.endswith("。")):
                        own.append((at, level))
                self.headings.extend(reversed(own))
                if tag != "dt-heading":
                    self.deepest_heading = max(self.deepest_heading, level)
            return
        href = node.attrs.get("href", "").strip() if tag == "a" else ""
        start = self.offset() if href or tag in _SET_APART else 0
        self.render(node)
        if href and not href.startswith("#"):  # a link to a place on the same page is navigation, not a target
            end = self.offset()
            if end > start:
                self.links.append((start, end, href))
        elif tag in _SET_APART and self.offset() > start:
            self.inline_spans.append((start, self.offset()))
        if block:
            self.newline()

    def list(self, node: Node) -> None:
        ordered = node.tag == "ol"
        kind = _list_type(node) if ordered else "disc"
        try:
            n = int(node.attrs.get("start", "1"))
        except ValueError:
            n = 1
        reverse = "reversed" in node.attrs
        items = [c for c in node.children if isinstance(c, Node) and c.tag == "li"]
        if not items:
            items = _elements_as_items(node)
        if reverse and "start" not in node.attrs:
            n = len(items)
        self.list_depth += 1
        try:
            self._list_items(node, items, ordered, kind, n, reverse)
        finally:
            self.list_depth -= 1

    def _list_items(self, node: Node, items: list[Node], ordered: bool, kind: str, n: int, reverse: bool) -> None:
        # <ol><li>理事長は…</li><li>2 監事は…</li><li>（1） 理事の…</li> (or 「1.本サービスの利用料は…」, whose page hides the
        # markers by CSS): items that carry the drafter's own labels, the
        # number the browser adds before them (「2. 2 監事は」「3. （1） 理事の」) only the list's place, not what the
        # text cites (第１条第２項第２号). Two items so labelled make the list one that numbers itself, or one whose
        # number is the list's own (「2. 2 前項の社員は」).
        texts = [c.text().lstrip() for c in items]  # (each item's text once: a nested list's is in its parent's)
        own = [_OWN_LABEL.match(t) for t in texts]
        for k in range(1, len(own)):
            if own[k] is None and own[k - 1] is not None:
                # 「4.1年間以上…の利用がない場合」 between 3. and 5.: the label 4. and a text opening with a count
                digits = re.sub(r"\D", "", own[k - 1].group(0).translate(WIDE_DIGITS))
                if digits and label_before_a_count(texts[k], int(digits) + 1) is not None:
                    own[k] = re.match(r"[0-9０-９]{1,3}[.．]", texts[k])
        # <ul><li>第1条　この約款は…</li><li>2　当ホテルが…</li></ul>: an article laid out as the list's first item, its
        # paragraphs the next ones, each with its number: labels of the drafter's, however few
        after_article = any(_ARTICLE_ITEM.match(t) for t in texts) and any(own)
        own_labels = False
        if after_article:
            own_labels = True
        elif not ordered:
            # <ul><li><p>（1）申込書に虚偽の…</p></li>: items that write their own labels get no bullet before them (a
            # page that sets its numbered lists in <ul> and hides the bullets by CSS)
            own_labels = sum(1 for m in own if m) >= 2
        else:
            own_labels = sum(1 for m in own if m) >= 2 or any(
                m is not None and m.group(0).strip().rstrip(".．").translate(WIDE_DIGITS) == str(n + k)
                for k, m in enumerate(own))
        k = -1  # the place of the <li> among the list's items
        for child in node.children:
            if isinstance(child, str):
                if child.strip():
                    self.text(child)
                continue
            if child.tag != "li":
                self.element(child)
                continue
            k += 1
            if _hidden(child) or not texts[k].strip():
                continue  # (an empty <li><p></p></li> shows a bare bullet at most: no item of the list)
            if "value" in child.attrs:
                try:
                    n = int(child.attrs["value"])
                except ValueError:
                    pass
            self.newline()
            if _ARTICLE_ITEM.match(texts[k]) or _captioned_article(child) or _holds_articles(child):
                # an article laid out as a list item, or a set of rules whose articles are the items of a list within
                # it (<li>利用規約 …<ul><li>第1条…): no marker, no item of a list
                self.render(child)
                self.newline()
                n = n - 1 if reverse else n + 1
                continue
            # in a list that numbers itself, an item without a label of its own is no entry of the numbering: the
            # lead sentence before the first label, or a note after a labelled item (「入会金および会費は別に定める」)
            if not own_labels or own[k]:
                self.list_items.append((self.pos, self.list_depth))
            item_kind = _list_type(child) if "type" in child.attrs or "style" in child.attrs else kind
            if ordered:
                if not own_labels:
                    self.cur.append(list_label(n, item_kind))
                    self.marker = self.cur[-1]
            elif item_kind not in ("none",) and not (own_labels and own[k]) and texts[k][:1] not in _OWN_BULLETS:
                self.cur.append("• ")
                self.marker = self.cur[-1]
            first, start = len(self.lines), self.pos
            self.render(child)
            self.marker = None
            self.newline()
            self._item_goes_on(first, start)
            n = n - 1 if reverse else n + 1

    def _item_goes_on(self, first: int, start: int) -> None:
        """The lines a list item's nested blocks start (<li>「宿泊施設」<div>旅館業法第2条に定める…</div></li>) go on
        with the item, as a <br>'s would: the item is one entry of its list, its definition in a block of its own.
        A nested list's lines are its own items."""
        items = {p for p, _ in self.list_items}
        pos = start
        for j in range(first, len(self.lines)):
            if j > first and pos not in items:
                self.line_breaks.add(pos)
            pos += len(self.lines[j]) + 1

    def _foster(self, node: Node) -> list[Node]:
        """Render what a table holds outside its cells (text, a <div>) the way browsers do: before the
        table ("foster parenting"). Returns the rows: its <tr>s, and cells written without a <tr>."""
        rows: list[Node] = []
        stray_cells: Node | None = None
        for c in node.children:
            if isinstance(c, str):
                if c.strip():
                    self.text(c)
            elif c.tag in ("tbody", "thead", "tfoot"):
                rows.extend(self._foster(c))
            elif c.tag == "tr":
                rows.append(c)
                for d in c.children:
                    if isinstance(d, str):
                        if d.strip():
                            self.text(d)
                    elif d.tag not in ("td", "th"):
                        self.element(d)
            elif c.tag in ("td", "th"):  # <table><td>…: an implied row
                if stray_cells is None:
                    stray_cells = Node("tr", {}, parent=node)
                    rows.append(stray_cells)
                stray_cells.children.append(c)
            elif c.tag not in ("caption", "colgroup", "col"):
                self.element(c)
        return rows

    def table(self, node: Node) -> None:
        self.newline()
        rows: list[list[str] | Node] = []  # a row's cells, or the one cell of a row that lays a page out
        for tr in self._foster(node):
            if _hidden(tr):
                continue
            cells, tds = [], []
            for td in tr.children:
                if isinstance(td, Node) and td.tag in ("td", "th") and not _hidden(td):
                    sub = Renderer()
                    sub.in_cell = True
                    sub.render(td)
                    sub.newline()
                    cells.append(_CELL_BREAK.join(ln for ln in sub.lines if ln))
                    tds.append(td)
            filled = [k for k, c in enumerate(cells) if c.replace(_CELL_BREAK, "").strip()]
            if len(filled) == 1 and _CELL_BREAK in cells[filled[0]] \
                    and max(len(ln.strip()) for ln in cells[filled[0]].split(_CELL_BREAK)) > 2:
                # a row whose one cell holds lines (a page laid out in a table: headings, paragraphs and <br>s in
                # a cell beside empty spacer cells): no other cell shares its row, so its lines are the page's
                # lines, as a browser shows them, not one row's text joined. (Not a heading set upright a character a
                # line, 「遵<br>守<br>事<br>項」: one word.)
                rows.append(tds[filled[0]])
            elif cells:
                rows.append(cells)
        self.newline()
        caption = next((c for c in node.children if isinstance(c, Node) and c.tag == "caption"), None)
        if caption is not None:
            self.text(caption.text())
            self.newline()
        data = [cells for cells in rows if isinstance(cells, list)]
        if data:
            self.tables.append([[c.replace(_CELL_BREAK, " ") for c in cells] for cells in data])
        for cells in rows:
            if isinstance(cells, Node):
                self.render(cells)
            else:
                self.cur.append(" | ".join(cells))
            self.newline()


# ---------------------------------------------------------------- charset and entry point

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_ALIASES = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "windows-31j": "cp932",
            "ms932": "cp932", "euc-jp": "euc_jp", "x-euc-jp": "euc_jp", "iso-2022-jp": "iso2022_jp"}


def decode_html(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Return (text, charset, notes)."""
    notes: list[str] = []
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        text, enc = decode(data, name)
        return text, enc, notes
    m = _META_CHARSET.search(data[:8192])
    if m:
        declared = m.group(1).decode("ascii", "replace").lower()
        enc = _ALIASES.get(declared, declared)
        try:
            codecs.lookup(enc)
        except LookupError:
            notes.append(f"unknown charset {declared!r} declared; detected instead")
        else:
            try:
                return data.decode(enc), declared, notes
            except UnicodeDecodeError as e:
                notes.append(f"declared charset {declared} does not match the bytes (offset {e.start}); detected instead")
    text, enc = decode(data, name)
    return text, enc, notes


# The classes that show an element on phones only, or on computers only (「<div class="sp_disp">」 and
# 「<div class="pc_disp">」, sp-only / pc-only, mobile / desktop): a page that writes its content once for each shows
# a reader one copy.
_PHONE_CLASS = re.compile(r"(?:^|[-_])(?:sp|smp|mobile|smartphone)(?:$|[-_])", re.IGNORECASE)
_COMPUTER_CLASS = re.compile(r"(?:^|[-_])(?:pc|desktop)(?:$|[-_])", re.IGNORECASE)
_DEVICE_COPY = "data-clausediff-device-copy"
# a copy is the content when its text is this long at least (a menu's two renderings are furniture, left alone)
_LEAST_COPY = 200


def _device_copies(root: Node) -> list[Node]:
    """The phone copies of a page's content that also stands in a computer's copy, word for word (the copies marked
    for the renderer to leave out, as a removal): read twice, every article of the page was its own duplicate."""
    phone, computer = [], {}
    for n in root.iter():
        tokens = n.attrs.get("class", "").split()
        if any(_PHONE_CLASS.search(t) for t in tokens):
            phone.append(n)
        elif any(_COMPUTER_CLASS.search(t) for t in tokens):
            text = "".join(n.text().split())
            if len(text) >= _LEAST_COPY:
                computer.setdefault(text, n)
    out = []
    for n in phone:
        other = computer.get("".join(n.text().split()))
        if other is not None and not _inside(n, other) and not _inside(other, n):
            n.attrs[_DEVICE_COPY] = ""
            out.append(n)
    return out


def _inside(node: Node, outer: Node) -> bool:
    while node is not None:
        if node is outer:
            return True
        node = node.parent
    return False


def _heading_level_of(br: Node) -> int:
    """The level of the heading element a <br> stands in (<h3>: 3), 0 outside one (a <dt> heading: 6)."""
    node = br.parent
    while node is not None:
        if node.tag in _HEADING_LEVEL:
            return _HEADING_LEVEL[node.tag]
        if node.tag == "dt":
            return 6
        node = node.parent
    return 0


# a date or a version after a title's line break (「利用規約<br>2024年4月1日改定」, 「<br>Ver.2.1」): a line of its own
_DATE_OR_VERSION = re.compile(r"(?:19|20)[0-9]{2}|令和|平成|昭和|[Vv]er\.?\s*[0-9]|版|改定|改訂|制定|施行|更新")


def _sentences_outside(root: Node, main: Node) -> bool:
    """Does the page write sentences outside ``main`` that are no furniture (「<p class="intro">この受講規約（以下「本規約」）
    は…定めるものです。</p>」 above the <article> of the clauses, a 附則 box below it)? They are the document's too: the
    page is read whole (its furniture still dropped), not its <article> alone."""
    def walk(node: Node):
        for child in node.children:
            if child is main:
                continue
            if isinstance(child, Node):
                if _furniture(child) or child.tag in DROP_CODE or child.tag in ("head", "title") or _hidden(child):
                    continue
                yield from walk(child)
            elif child.strip():
                yield child
    return bool(_OUTSIDE_SENTENCE.search("".join(walk(root))))


# a sentence of Japanese: words and its closing 。 (a caption, a link or a date has none)
_OUTSIDE_SENTENCE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff][^。]{8,}。")


def main_content(root: Node) -> tuple[Node, str]:
    nodes = list(root.iter())
    for n in nodes:
        if n.tag == "main" and not _hidden(n):
            # (not a layout's empty <main>, 「@yield('content')」, when the articles stand outside it)
            if len(_ARTICLE_NUMBER.findall(n.text())) >= 2 or len(_ARTICLE_NUMBER.findall(root.text())) < 2:
                return n, "<main>"
    articles = [n for n in nodes if n.tag == "article" and not _hidden(n)]
    if len(articles) == 1 and not _sentences_outside(root, articles[0]):
        return articles[0], "<article>"
    for n in nodes:
        if n.attrs.get("role") == "main":
            return n, 'role="main"'
    for n in nodes:
        if n.tag == "body":
            return n, "<body>"
    return root, "the whole document"


# The trail of links over a page (「Home > 利用規約」) is navigation whatever element holds it: sites name it by the
# class or id the web's style guides use (breadcrumb, topicpath, パンくず's romaji pankuzu) or by its aria-label.
_BREADCRUMB = re.compile(r"bread-?crumb|topic-?path|pankuzu|パンくず", re.IGNORECASE)


# A block of links that the page names navigation by its class or id (「nav」, 「gnav」, BEM's 「page__nav-list」,
# 「menu」) is navigation too, when links are all it holds: a menu's 「FAQ 宿泊約款 利用規約 PRIVACY POLICY」 is no
# title of the terms below it.
_NAV_NAME = re.compile(r"(?:^|[-_\s])(?:g?navi?|navbar|menu|site-?links)(?=$|[-_\s])", re.IGNORECASE)


def _links_only(node: Node) -> bool:
    """Is all the text of ``node`` inside its links (and is there some)?"""
    linked = False
    for c in node.children:
        if isinstance(c, str):
            if c.strip():
                return False
        elif c.tag == "a":
            linked = linked or bool(c.text().strip())
        elif not _links_only(c):
            return False
        else:
            linked = True
    return linked


def _furniture(node: Node) -> bool:
    """Is ``node`` page furniture: site navigation, the page's banner or footer, a breadcrumb trail?"""
    a = node.attrs
    names = " ".join((a.get("class", ""), a.get("id", ""), a.get("aria-label", "")))
    if node.tag == "header" and _introduces(node):
        return False
    return node.tag in DROP_NAV or a.get("role") in ("navigation", "banner", "contentinfo") \
        or bool(_BREADCRUMB.search(names)) or (bool(_NAV_NAME.search(names)) and _links_only(node)) \
        or _back_to_top(node)


# a page's <header> that holds its preamble (「株式会社ケイジェット (以下「当店」という) は、この利用規約 (以下「本規約」
# という) の定めるところにより…」 under the title): sentences, or a definition, which no site banner holds
_DEFINES_A_NAME = re.compile(r"以下[、，]?[「『]")


def _introduces(node: Node) -> bool:
    text = node.text()
    return text.count("。") >= 2 or _DEFINES_A_NAME.search(text) is not None


# 「<a href="#top">ページ上へ</a>」 after each article: a link back to the page's head, no word of the terms
_BACK_TO_TOP = re.compile(r"^[▲△↑^]?\s*(?:この)?(?:ページ|頁)?(?:の)?(?:上|先頭|トップ|TOP|Top|top)(?:へ|に)?(?:戻る)?\s*[▲△↑]?$")


def _back_to_top(node: Node) -> bool:
    link = node
    while link.tag != "a":  # (the link alone in its wrappers: <div><span><a href="#top">ﾍﾟｰｼﾞ上へ</a></span></div>)
        kids = [c for c in link.children if isinstance(c, Node) or c.strip()]
        if len(kids) != 1 or not isinstance(kids[0], Node):
            return False
        link = kids[0]
    return link.attrs.get("href", "").startswith("#") and bool(
        _BACK_TO_TOP.match(unicodedata.normalize("NFKC", link.text()).strip()))


# A <header>, <footer> or <aside> left open (「<header>⏎<header class="header">…</header>」, the outer one never closed)
# runs to its parent's end and takes in the page's content, which a browser shows all the same: one that holds the
# articles or the sentences of the terms is no page furniture. Its own furniture (the inner <header>, a <nav>) is
# still dropped.
_CONTENT_SENTENCES = 5


def _unclosed_around_content(node: Node) -> bool:
    if node.closed or node.tag == "nav":
        return False
    text = node.text()
    return len(_ARTICLE_NUMBER.findall(text)) >= 2 or text.count("。") >= _CONTENT_SENTENCES


# 「<p><span>第4条（売買契約）</span>⏎<span>本サービスにおいては，…成立するものとします。</span>⏎<span>当社は，…</span></p>」:
# a page that sets each line of its terms in an inline element of its own, one to a source line, shows them as lines
# (its style sheet makes them blocks). A source line break between two inline elements is a line break when the one
# before holds a finished sentence or an article's heading alone: text running on across elements never ends so.
def _ends_line(text: str) -> bool:
    if text.endswith("。"):
        return True
    h = match_article_heading(unicodedata.normalize("NFKC", text))  # (the grammar reads width-folded lines)
    return h is not None and not h.rest


def _line_per_element(children: list, k: int) -> bool:
    gap = children[k]
    if "\n" not in gap or gap.strip() or k == 0 or k + 1 >= len(children):
        return False
    before, after = children[k - 1], children[k + 1]
    if not (isinstance(before, Node) and isinstance(after, Node)) or before.tag in BLOCK or after.tag in BLOCK \
            or before.tag in VOID or after.tag in VOID:
        return False
    return _ends_line(before.text().strip())


def _plain(node: Node) -> str:
    """The text of a dropped element on one line, its blocks separated by spaces; the furniture inside it (a <nav>
    in a <header>) is part of what is dropped, after its other text."""
    sub = Renderer()
    sub.render(node)
    sub.newline()
    return " ".join([ln for ln in sub.lines if ln] + [r.text for r in sub.removed if r.kind == "navigation"])


def _outside(top: Node, main: Node, end: int) -> list[Removal]:
    """Site navigation and scripts around the main content, recorded at its start or end."""
    out: list[Removal] = []
    seen_main = False

    def walk(node: Node) -> None:
        nonlocal seen_main
        for child in node.children:
            if not isinstance(child, Node):
                continue
            if child is main:
                seen_main = True
                continue
            at = end if seen_main else 0
            if _furniture(child) and not _unclosed_around_content(child):
                text = _plain(child)
                if text:
                    out.append(Removal("navigation", text, at, at))
            elif child.tag in DROP_CODE:
                text = child.text().strip()
                if text:
                    out.append(Removal("script", text[:200], at, at))
            else:
                walk(child)

    walk(top)
    return out


# A line break in the page's source after a finished sentence, before a paragraph's number (「…とする。⏎    2 前項の…」),
# an article's caption alone on its line (「…ものとする。⏎⏎（労働者の処遇）<br>第9条」) or an article's heading: a
# browser runs them on, but the writer broke the line there to start the next unit, and a reader sees the number,
# caption or heading start it. (Only after 。: a line wrapped inside a sentence goes on.)
_SOURCE_BREAK = re.compile(
    r"(?<=。)[ \t\u3000]*\r?\n\s*(?=[0-9０-９]{1,2}[ \u3000]"
    r"|(?P<glued>[0-9０-９]{1,2})[\u3041-\u30ff\u4e00-\u9fff]"  # (a number glued to its text: not one that counts)
    r"|[（(][^）)\n。、]{1,20}[）)][ \t]*(?:\r?\n|$)"
    r"|第[ \u3000]?[0-9０-９一二三四五六七八九十百]+[ \u3000]?条)")


def _source_breaks(s: str) -> list[str]:
    """``s`` cut where _SOURCE_BREAK finds the next unit starting."""
    parts, at = [], 0
    for m in _SOURCE_BREAK.finditer(s):
        glued = m.group("glued")
        if glued and counts_after_number(s[m.end() + len(glued):].translate(WIDE_DIGITS)):
            continue  # 「…とする。⏎2年以内に…」: a sentence opening with a count
        parts.append(s[at:m.start()])
        at = m.end()
    return parts + [s[at:]]


# Server-side code in a page's template (<?php … ?>, <?= … ?>; an unclosed block runs to the end of the file, as
# PHP reads it): never page text. html.parser would read it as a processing instruction ending at the first ">",
# which PHP's => and -> hold, and leak the rest of the code into the text.
_SERVER_CODE = re.compile(r"<\?(?:php\b|=)[\s\S]*?(?:\?>|\Z)", re.IGNORECASE)
# a template's comments, which the page never shows: Handlebars' {{!-- … --}} and {{! … }}, Blade's {{-- … --}}, Jinja's,
# Twig's and Nunjucks' {# … #}
_TEMPLATE_COMMENT = re.compile(r"\{\{!--[\s\S]*?--\}\}|\{\{--[\s\S]*?--\}\}|\{\{![^{}]*\}\}|\{#[\s\S]*?#\}")
# a template's output of a string it holds, through its filters (Twig's 「{{ '…本文…'|raw|nl2br }}」, Jinja's
# 「{{ "…" }}」): the page shows the string
_TEMPLATE_STRING = re.compile(r"\{\{-?[ \t\r\n]*(['\"])(?P<s>(?:(?!\1)[\s\S])*)\1[ \t\r\n]*(?:\|[ \t]*\w+(?:\([^()]*\))?[ \t]*)*-?\}\}")
# a JSP's or an ASP page's server code (<%@ page … %>, <%! … %>, <% … %>, <%= … %>, <%-- … --%>)
_JSP_CODE = re.compile(r"<%[\s\S]*?%>")

# What the code prints is page text all the same: a contract built by a PHP page writes its clauses as
# `echo "第１条 目的";` and `echo "<li>乙は、…</li>";`, often inside functions that a later block calls
# (`preamble($order);`). The string literals an echo or print statement prints itself are read where the
# statement runs: a function's where a block calls it, once. Not the arguments of a function an echo calls
# (echo $this->Html->link('…', '/terms') prints a link built from them, esc_url('…') a URL), nor what a function
# returns: what the code computes is not known here (a variable printed stands as its name, as it does inside a
# "…$name…" string). Read only where the blocks print Japanese text.
_PHP_TOKEN = re.compile(
    r"""(?P<comment>//[^\n]*|\#[^\n]*|/\*[\s\S]*?(?:\*/|\Z))"""
    r"""|"(?P<dq>(?:[^"\\]|\\[\s\S])*)"|'(?P<sq>(?:[^'\\]|\\[\s\S])*)'"""
    r"""|<<<[ \t]*(?P<q>["']?)(?P<tag>[A-Za-z_]\w*)(?P=q)\r?\n(?P<doc>[\s\S]*?)\r?\n[ \t]*(?P=tag)\b"""
    r"""|\bfunction\s+&?(?P<fn>[A-Za-z_]\w*)|(?P<word>\b(?:echo|print)\b)"""
    r"""|(?P<var>\$[A-Za-z_]\w*)(?!\w|\s*(?:->|::|\[|\())"""
    r"""|(?<![$>:\w\\])(?P<call>[A-Za-z_]\w*)(?=\s*\()"""
    r"""|(?P<brace>\{)|(?P<unbrace>\})|(?P<open>[(\[])|(?P<close>[)\]])|(?P<end>;|\?>)""",
    re.IGNORECASE)
_DQ_ESCAPE = re.compile(r'\\([nrt"\\$]|u\{[0-9A-Fa-f]{1,6}\})')
_DQ_ESCAPED = {"n": "\n", "r": "", "t": "\t", '"': '"', "\\": "\\", "$": "$"}
_JAPANESE_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff々]")
_PHP_CALL_DEPTH = 8


def _dq_unescaped(e: re.Match) -> str:
    c = e.group(1)
    if c.startswith("u{"):
        n = int(c[2:-1], 16)
        return chr(n) if n <= 0x10FFFF and not 0xD800 <= n <= 0xDFFF else ""
    return _DQ_ESCAPED[c]


def _php_pieces(code: str, functions: dict[str, list], pages: list[str]) -> list:
    """What a block of PHP prints as it runs, as pieces: text, or ("call", name) of a function it calls; the
    bodies of the functions it defines go to ``functions``, the heredocs that hold a page (_page_template) to
    ``pages``."""
    top: list = []
    cur, stack = top, []  # stack: (the enclosing pieces, the brace depth a function's body opened at)
    pending, braces, printing, depth = None, 0, False, 0
    for m in _PHP_TOKEN.finditer(code):
        g = m.lastgroup
        if g == "comment":
            continue
        if m.group("doc") is not None and _page_template(m.group("doc")):
            pages.append(m.group("doc"))
        if g == "fn":
            pending = m.group("fn").lower()
        elif g == "brace":
            braces += 1
            if pending is not None:
                stack.append((cur, braces))
                cur = functions.setdefault(pending, [])
                pending = None
        elif g == "unbrace":
            if stack and stack[-1][1] == braces:
                cur = stack.pop()[0]
            braces = max(0, braces - 1)
        elif g == "word":
            printing, depth = True, 0
        elif g == "open":
            depth += 1
        elif g == "close":
            depth = max(0, depth - 1)
        elif g == "end":
            printing = False
        elif g == "call":
            if not printing:
                cur.append(("call", m.group("call").lower()))
        elif printing and depth == 0:
            if m.group("dq") is not None:
                cur.append(_DQ_ESCAPE.sub(_dq_unescaped, m.group("dq")))
            elif m.group("sq") is not None:
                cur.append(m.group("sq").replace("\\'", "'").replace("\\\\", "\\"))
            elif m.group("doc") is not None:
                cur.append(m.group("doc"))
            elif g == "var":  # (its value is not known here: its name stands for it, as in a "…$name…" string)
                cur.append(m.group("var"))
    return top


def _php_printed(blocks: list[str]) -> list[str]:
    """The text each block of PHP prints (see _PHP_TOKEN): none at all when none of it is Japanese."""
    functions: dict[str, list] = {}
    pages: list[list[str]] = [[] for _ in blocks]
    pieces = [_php_pieces(code, functions, held) for code, held in zip(blocks, pages)]

    def text(ps: list, calls: tuple) -> str:
        out = []
        for p in ps:
            if isinstance(p, str):
                out.append(p)
            elif p[1] in functions and p[1] not in calls and len(calls) < _PHP_CALL_DEPTH:
                out.append(text(functions[p[1]], calls + (p[1],)))
        return "".join(out)

    printed = [text(ps, ()) for ps in pieces]
    if not any(_JAPANESE_TEXT.search(p) for p in printed):
        printed = [""] * len(blocks)
    every = "".join(printed)
    return [p + "".join("\n" + page for page in held if page not in every) for p, held in zip(printed, pages)]


# A theme or plugin that keeps a page in its code, as a template its admin screen edits (`return <<<'HTML'` ⏎
# `<h2>第１条（適用）</h2>` ⏎ `<p>本規約は…</p>` ⏎ `HTML;`), prints it from elsewhere: a heredoc that holds block
# markup and Japanese prose of some length is read as the page it is, where the code holds it, unless it is printed.
_PAGE_MARKUP = re.compile(r"<(?:p|h[1-6]|li|dd|div|section|article|table|td)\b", re.IGNORECASE)
_PAGE_TEMPLATE_JAPANESE = 200  # characters: labels and messages a heredoc of code holds are shorter


def _page_template(doc: str) -> bool:
    """Does a heredoc hold a page of Japanese text in markup?"""
    return _PAGE_MARKUP.search(doc) is not None and len(_JAPANESE_TEXT.findall(doc)) >= _PAGE_TEMPLATE_JAPANESE
_TEMPLATE_DIRECTIVES = re.compile(r"(?m)^" + TEMPLATE_DIRECTIVE_LINE)


# A page that numbers no articles may head its sections as the terms of a <dl>: <dt>適用</dt><dd>本規約は…。</dd>
# <dt>会費</dt><dd>…</dd>. Its <dt>s are the sections' titles when every one is short and no sentence, most <dd>s hold
# sentences, and the list defines nothing (a glossary's <dd> says what its term 「いう」 or 指す: a definitions article's
# list, whose terms are no sections).
_ARTICLE_NUMBER = re.compile(r"第[ \u3000]?[0-9０-９一二三四五六七八九十百]+[ \u3000]?条")
_DEFINES = re.compile(r"(?:をいう|をいい|をいいます|を指す|を指し|を指します|を意味する|を意味します|のこと)[。．]?\s*$")


def _titled_sections(node: Node) -> bool:
    dts = [c for c in node.children if isinstance(c, Node) and c.tag == "dt"]
    dds = [c.text().strip() for c in node.children if isinstance(c, Node) and c.tag == "dd"]
    if len(dts) < 2 or len(dds) < len(dts):
        return False
    titles = [d.text().strip() for d in dts]
    if any(not t or len(t) > 30 or "。" in t or t[:1] in "「『\"" for t in titles):
        return False
    return (sum(1 for d in dds if "。" in d) * 2 >= len(dds)
            and not any(_DEFINES.search(d) for d in dds))


_BADGE = re.compile(r"[0-9０-９]{1,3}[.．]?")
_HEADING_TITLE = 30  # characters of a title after 第N条


def _numeral(s: str) -> int | None:
    s = s.translate(WIDE_DIGITS)
    return int(s) if s.isdigit() else kanji_to_int(s)
_ARTICLE_AFTER_BADGE = re.compile(r"\s*第[ \u3000]?([0-9０-９一二三四五六七八九十百]+)[ \u3000]?条")


def _number_badges_dropped(root: Node) -> list[str]:
    """A heading that opens with its number set in a badge of its own (<h3><span class="badge">1</span>第1条(名称)
    </h3>): the badge is the page's decoration of the article number that follows, read as 「1 第1条(名称)」 a
    paragraph numbered 1 whose text cites 第1条, and no article was found. Left out where it holds a number alone and
    the heading goes on with 第…条."""
    dropped: list[str] = []
    for node in list(root.iter()):
        if node.tag not in _HEADING_LEVEL and node.tag not in ("p", "div", "dt", "li"):
            continue
        kids = [c for c in node.children if not (isinstance(c, str) and not c.strip())]
        if len(kids) < 2 or not isinstance(kids[0], Node) or kids[0].tag not in _SET_APART:
            continue
        if not _BADGE.fullmatch(kids[0].text().strip()):
            continue
        rest = "".join(c if isinstance(c, str) else c.text() for c in kids[1:]).strip()
        m = _ARTICLE_AFTER_BADGE.match(rest)
        # (a heading: the article's number, its own, then a title at most; 「<b>1</b> 第1条の規定にかかわらず、…」 is a
        # paragraph numbered 1 that cites 第1条)
        if m is None or len(rest) - m.end() > _HEADING_TITLE or any(c in rest for c in "、。") \
                or _numeral(m.group(1)) != _numeral(kids[0].text().strip().rstrip(".．")):
            continue
        node.children.remove(kids[0])
        dropped.append(kids[0].text().strip())
    return dropped


def _outside_html_into_body(root: Node) -> None:
    """What a file writes after </html> (a template's dialog appended at its end) or before <html> (the page a
    template's code holds ahead of the page that shows it) a browser shows at the end or the start of the <body>:
    moved there, so that it is read as the page's."""
    tops = root.children
    k = next((i for i, c in enumerate(tops) if isinstance(c, Node) and c.tag == "html"), None)
    if k is None:
        return
    body = next((c for c in tops[k].children if isinstance(c, Node) and c.tag == "body"), None)
    if body is None:
        return
    before, after = tops[:k], tops[k + 1:]
    shown = [part if any(isinstance(c, Node) or c.strip() for c in part) else [] for part in (before, after)]
    if not shown[0] and not shown[1]:
        return
    del tops[k + 1:]
    del tops[:k]
    for c in shown[0] + shown[1]:
        if isinstance(c, Node):
            c.parent = body
    body.children[:0] = shown[0]
    body.children.extend(shown[1])


def read_html(data: bytes, name: str, limits: "Limits", deadline: "Deadline | None" = None) -> Source:
    text, charset, notes = decode_html(data, name)
    return html_source(text, charset, notes, name, deadline)


def html_source(text: str, charset: str, notes: list[str], name: str, deadline: "Deadline | None" = None) -> Source:
    """The Source of a page's markup, decoded (``charset`` as the file was read; ``notes`` so far, added to)."""
    text = kana_composed(text, notes)
    if "\x00" in text:
        raise BadInput("binary data in an HTML file", name)
    code = [m.group(0) for m in _SERVER_CODE.finditer(text)] if "<?" in text else []
    if code:
        printed = _php_printed(code)  # each block's printed text ("" for most: the block is dropped)
        it = iter(printed)
        text = _SERVER_CODE.sub(lambda m: next(it), text)
        n_printing = sum(1 for p in printed if p)
        notes.append(f"{len(code)} block(s) of server-side code (<?php … ?>) dropped"
                     + (f"; the text that {n_printing} of them print (echo \"…\") or hold as a page (<<<HTML) read"
                        if n_printing else ""))
    comments = _TEMPLATE_COMMENT.findall(text) if ("{{" in text or "{#" in text) else []
    if comments:  # a template's comments (Handlebars' {{!-- … --}}, Blade's {{-- … --}}, Jinja's {# … #}): never shown
        text = _TEMPLATE_COMMENT.sub("", text)
        notes.append(f"{len(comments)} comment(s) of the template ({{{{!-- … --}}}}, {{# … #}}) dropped")
    shown = _TEMPLATE_STRING.findall(text) if "{{" in text else []
    if shown:
        text = _TEMPLATE_STRING.sub(lambda m: m.group("s").replace("\\'", "'").replace('\\"', '"'), text)
        notes.append(f"{len(shown)} string(s) the template outputs ({{{{ '…'|filter }}}}) read as the page shows them")
    jsp = _JSP_CODE.findall(text) if "<%" in text else []
    if jsp:  # a JSP's (an ASP page's) directives, declarations and scriptlets: the server's code, never page text
        text = _JSP_CODE.sub("", text)
        notes.append(f"{len(jsp)} block(s) of server-side code (<% … %>) dropped")
    if text.startswith("---") and (front := front_matter(text)) is not None:
        # Jekyll's front matter over a page's HTML (「---」⏎「layout: winter_page」⏎「title: 論文・発表募集のご案内」⏎「---」):
        # the site's settings, never shown as they stand; its title is the page's, as the layout heads the page with it
        heading = f"<h1>{html.escape(front.title)}</h1>\n" if front.title else ""
        text = heading + text[front.end:]
        notes.append("the page's front matter (---, key: value …, ---) dropped"
                     + ("; its title read as the page's heading" if front.title else ""))
    directives = _TEMPLATE_DIRECTIVES.findall(text) if ("@" in text or "{%" in text or "{{--" in text) else []
    if directives:
        text = _TEMPLATE_DIRECTIVES.sub("\n", text)
        notes.append(f"{len(directives)} line(s) of the template's own language (@section, {{% block %}}) dropped")
    builder = TreeBuilder()
    try:
        builder.feed(text)
        builder.close()
    except Exception as e:  # html.parser is lenient; this is a safety net
        raise BadInput(f"unreadable HTML ({type(e).__name__}: {e})", name) from None
    _outside_html_into_body(builder.root)
    badges = _number_badges_dropped(builder.root)
    if badges:
        notes.append(f"{len(badges)} number badge(s) before an article's heading left out (「<span>1</span>第1条(名称)」)")
    if builder._component_closed is not None:  # the file ends after it
        builder.block_components.append(builder._component_closed)
    for node in builder.block_components:
        node.tag = "div"
    if builder.block_components:
        notes.append(f"{len(builder.block_components)} component element(s) written on lines of their own read as blocks")
    for top in builder.root.children:
        if isinstance(top, Node) and top.tag == "template":
            # a single-file component's markup (a .vue page saved as HTML): its <template> is the file's top
            # element, the page a browser shows, not the inert <template> a page's <body> keeps for its scripts
            top.tag = "div"
            notes.append("a component's top-level <template> read as the page")
    copies = _device_copies(builder.root)
    if copies:
        notes.append(f"{len(copies)} phone copy(ies) of the page's content left out (the page shows the other copy "
                     f"on a computer)")
    root, which = main_content(builder.root)
    if deadline is not None:
        deadline.check("after parsing the HTML")
    renderer = Renderer()
    renderer.deadline = deadline
    renderer.articled = _ARTICLE_NUMBER.search(root.text()) is not None
    renderer.render(root)
    renderer.newline()
    out = "\n".join(renderer.lines)
    if root is not builder.root:
        renderer.removed = _outside(builder.root, root, len(out)) + renderer.removed
    renderer.removed = [Removal("script", c.strip()[:200], 0, 0) for c in code if c.strip()] \
        + [Removal("markup", b, 0, 0) for b in badges] + renderer.removed
    renderer.removed.sort(key=lambda r: r.start)
    if out:
        out += "\n"
    if which not in ("<body>", "the whole document"):
        notes.append(f"main content read from {which}")
    if builder.too_deep:
        notes.append(f"{builder.too_deep} element(s) nested deeper than {MAX_DEPTH} levels read as plain text")
    if renderer.tables:
        notes.append(f"{len(renderer.tables)} table(s) found")
    return Source(
        path=name,
        sha256="",
        format="html",
        encoding=charset,
        text=out,
        removed=renderer.removed,
        notes=notes,
        tables=renderer.tables,
        links=renderer.links,
        inline_spans=renderer.inline_spans,
        headings=renderer.headings,
        list_items=renderer.list_items,
        line_breaks=sorted(renderer.line_breaks),
        preformatted=renderer.preformatted,
        joined_breaks=renderer.joined_breaks,
        cell_breaks=renderer.cell_breaks,
        images=renderer.images,
    )
