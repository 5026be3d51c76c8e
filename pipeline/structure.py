"""Structure: normalized text → Document (preamble, chapters, articles, paragraphs, items, 附則, 別紙).

``parse(norm, source) -> Document``. The grammar of each numbering construct
lives in grammar.py; this module decides, line by line, which construct a line
opens, using the sequence it appears in to settle ambiguous markers. The rules
that read a line inside an article against the article built so far (paragraph
number or item label, loose labels, bullets) live in articlelines.py.
Numbering errors (a duplicated paragraph number, a gap) are kept as data so
the checks can report them.
"""

from __future__ import annotations

import bisect
import copy
import re
from dataclasses import replace
from functools import cached_property

from . import grammar
from .articlelines import (
    ANNOUNCES_LIST,
    ArticleBuilder,
    BULLET_MARK,
    DIGIT_ITEM_STYLES,
    ItemLevel,
    JAPANESE_START,
    LEADS_ITEMS,
    LineRef,
    SENTENCE_PUNCT,
    SUBHEADING_PARAGRAPH,
    TABLE_ROW,
    circled_paragraph,
    citing_paragraph,
    label_before_a_count,
    close_spans,
    continues_the_first_paragraph,
    digit_item,
    dot_item,
    extend_unit,
    is_table_row,
    loose_label,
    only_table,
    open_paragraph,
    paren_paragraph,
    resolve_style,
    without_bullet,
)
from .kouclauses import kou_clauses
from .listdepth import lazy_numbers, list_depths
from .restarted_lists import renumber_restarted_lists
from .frontmatter import front_matter
from .model import Annex, Article, Block, Chapter, Document, Item, Normalized, Paragraph, Source, Supplementary
from .tokens import paused_gc

_TOC_RANGE = re.compile(r"[（(]第[^）)]*[）)]$")
# a list's bullet with nothing after it (an empty <li> of a page: 「- (見出し)」⏎「-」⏎「- 第 1条 …」): no line of text
_LONE_BULLETS = frozenset("-•・‐－∙")
# what a line chapter_then_article_cut cuts opens with (第, or spaces before it)
_CHAPTER_OPENS = ("第", " ", "\u3000")  # (a tuple for str.startswith: no slice of the line's first character)
# what Markdown may set before a line's text besides its indentation: a list marker, emphasis, a quote's >
_MARKDOWN_MARKS = re.compile(r"^(?:[-*+]|[0-9]{1,3}[.)])[ \t]|[*_>]")
# 2.3 in a numbered-section document; not the first two levels of 3.4.1 (a clause of section 3.4, numbered on)
_SECTION_PARAGRAPH = re.compile(r"^([0-9]{1,3})\.([0-9]{1,3})(?![0-9])(?![.．][0-9])[.．]?[ \u3000]*")
_BLANK_LINE = re.compile(r"\n[ \t\u3000\r]*\n")
# how an entry of a list ends when it is whole: a sentence, or the noun a condition or an act closes on (「…ではない
# こと」「…に該当した場合」); 「…本API」 broken off mid-phrase is not
_ITEM_ENDS = ("。", "こと", "場合", "とき", "時", "行為", "もの", "者", "事項", "事由")
# the end of a sentence that says what a term means (「…をいう。」), and the length of a glossary's term alone on its line
_GIVES_ITS_MEANING = re.compile(r"を(?:いう|いい|指す|指し|意味する|いいます|指します|意味します)。$")
_TERM_ALONE = 20
# what an item's label starts with, glued to its text or not (「イ株式会社の設立に際して…」 of a converted law): the
# iroha a list reaches (not the later ア, サ, キ, which open words: アカウント, サービス)
_LABEL_LIKE_START = re.compile(f"[{grammar.IROHA[:23]}一二三四五六七八九十〇0-9０-９（(]")
# the signature block after a contract's last article: a party's label (（甲：発注側）, 甲：, 【乙】) or a rule, then
# the fields to fill in (社名：＿＿＿, 住所, 代表者名, 氏名)
PARTY_LABEL = re.compile(r"^[（(【\[]?[甲乙丙丁][）)】\]]?(?:[ \u3000]*[：:（(][^。]{0,20}[）)]?)?[ \u3000]*$")
SIGNATURE_FIELD = re.compile(r"^(?:[（(【]?[甲乙丙丁][）)】]?[ \u3000]*)?(?:社名|会社名|商号|名称|住所|所在地|本店所在地|代表者(?:名)?"
                             r"|代表取締役|氏名|署名|記名)[ \u3000]*[：:]")
# what an execution clause or a sentence dating the document opens with, when it holds no 証 (_closes_body)
_CLOSING_OPENS = ("以上", "この", "本")
# what PARTY_LABEL and grammar.RULE_LINE open with: asked of each line of an article, most are told by one comparison
_SIGNATURES_OPEN = frozenset("（(【[甲乙丙丁" + "-ー－―─━=＝_＿*＊")
# a line that is one bracketed note: （…） or (…), nothing outside the brackets
BRACKETED_NOTE = re.compile(r"[（(][^\n]{3,}[）)]")
# a telephone or fax number, a postal code: what a page's contact footer holds and an agreement's text does not
_CONTACT = re.compile(r"(?:TEL|FAX|Tel|Fax|電話|〒)[ .:：]*[0-9(（]|[0-9]{2,4}-[0-9]{2,4}-[0-9]{3,4}")


# what a sentence says when the lines after it list what it speaks of (「以下は…継続される。」「次の条項は…」「下記の…」);
# not the 以下 of a name it defines (「トーヨーカントリークラブ(以下クラブ)と称する。」「…(以下「甲」という。)」), which
# _BRACKETED takes out first
_ANNOUNCING = re.compile(r"以下(?=[はのに])|次の|次に|下記")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def _lone_label(t: str) -> bool:
    """Is ``t`` a paragraph's or an item's label and nothing else (「(3)」「3.」「②」), its text on the next line?"""
    lab = grammar.match_paragraph_number(t) or grammar.match_item_label(t)
    return lab is not None and not t[lab.end:].strip(" \u3000")


def supplementary_label(s: Supplementary, count: int) -> str:
    """附則 as the reader names it; when a law has several, each also carries its date."""
    return s.label if count == 1 or not s.date else f"{s.label}（{s.date}）"


# the name of a part: a few words alone on a line, no sentence, bracket or number (特定非営利活動法人NSCAジャパン,
# 会員倫理規程, 細目)
# (it may open with a Latin name: 「JJUG活動および事務局等に関する細則」, the body's acronym)
_PART_NAME = re.compile(r"(?:[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ&＆・ ]{0,15})?"
                        r"[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff々ー][^。、，,（）()「」0-9０-９]{0,29}")
_PART_NAME_LONGEST = 30  # (what _PART_NAME reads at most: a longer line, a sentence, is told by its length)
# sentences a set of rules may open with before its 第1条 (its purpose, how to read it)
_PART_PREAMBLE_LINES = 4
_WORD_CHAR = re.compile(r"\w")
# a page's first line that names no document: its date, or the word of its first section
_NO_TITLE = re.compile(r"(?:発効日|施行日|最終更新|更新日|制定日|改定日|改訂日|効力発生日|[0-9０-９]{4}年)"
                       r"|(?:はじめに|前文|概要|目次|序文|序)$")


def _first_article_below(lines: list, k: int, text_lines: int) -> bool:
    """Is 第1条 (or a caption over it) at line ``k``, or below at most ``text_lines`` lines of text that head nothing?"""
    for j in range(k, min(len(lines), k + text_lines + 1)):
        t = lines[j].text
        h = grammar.match_article_heading(t)
        if h is None and j + 1 < len(lines):
            h = grammar.captions_heading(t, lines[j + 1].text)
        if h is not None:
            return h.number == "1"
        if grammar.is_structural_start(t):
            return False
    return False


# a sentence whose subject is a Latin-letter name (「ID/パスワード等の管理はユーザーの責任とします。」「API キーは…」): it
# starts a paragraph as a Japanese word would
_LATIN_LED_SENTENCE = re.compile(r"[A-Za-z][A-Za-z0-9/・._ -]{0,20}[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff、].*。$")


# a line that is a bulleted list's entry (「• 第5条（目的）」 heads an article on a page that bullets its headings; one far
# out of the articles' sequence is an entry citing another text's article)
_BULLETED = re.compile(r"[•・●◦▪\-*+][ \u3000]*第")


def _next_number(number: str | None) -> str | None:
    """The number after an article's (10 → 11; 21_2 → 22): None for a number that is no integer."""
    head = (number or "").split("_")[0]
    return str(int(head) + 1) if head.isdigit() else None


def annex_label(x: Annex) -> str:
    """別紙1 as written; a part found only because its articles restart at 第1条 is 第2部, 第3部 …"""
    return x.label if not x.label.startswith("part") else f"第{x.label[4:]}部"


def enclosing_chapter(current: str | None, kind: str, label: str, title: str) -> str:
    """Article.chapter after a heading line: 「第1章 総則」 for a 編/章, 「第1章 総則 / 第1節 総則」 below it."""
    if kind in ("編", "章") or current is None:
        return f"{label} {title}".strip()
    return f"{current.split(' / ')[0]} / {f'{label} {title}'.strip()}".strip()


_CHECK_EVERY = 512  # lines between two looks at the clock


# how many of a 目次's first entries are looked for again in the body, where the body starts
_TOC_FIRST_ENTRIES = 3


# 「附則: 令和7年6月15日施行」, 「付則：2024年4月1日改定」: a label and its value, as a page's header lists the date a document
# takes effect; a 附則 heading stands alone on its line or opens its provision (「附則　この規約は…施行する。」)
_SUPPLEMENTARY_FIELD = re.compile(r"^[ \u3000]*[附付][ \u3000]*則[ \u3000]*[:：]")


_new = tuple.__new__  # a named tuple made from a tuple, without the call of its class's __new__
_UNREAD = object()  # (_Parser.line_headings: a line whose heading was not read)

# a Markdown file's line that opens an HTML table cell (「    <td>第9条</td>」)
_TABLE_CELL_LINE = re.compile(r"^[ \t]*<t[dh](?:[ \t][^>\n]*)?>", re.M)


class _Parser:
    def __init__(self, norm: Normalized, source: Source, deadline=None):
        self.deadline = deadline
        self.norm = norm
        self.source = source
        self.text = norm.text
        # line start → the chapter heading a line cut from a flattened page starts with (「第一章総則」, its title
        # glued on), read as one where the cut was made: after a 。 and before a marked 第N条
        self.inline_chapters: dict[int, grammar.ChapterHeading] = {}
        # (each line's law-style or captioned heading, as _lines read it: _article_heading's own reading, not asked
        # again of every line; _UNREAD for the pieces of a line cut in two)
        self.line_headings: list = []
        self.lines = self._lines()
        self.chapters: list[Chapter] = []
        self.articles: list[Article] = []
        self.supplementary: list[Supplementary] = []
        self.annexes: list[Annex] = []
        self.closing: list[Block] = []
        # the lines of the chapters whose sections are numbered from 1 in each (_runs_by_chapter): chapters, not text
        self.chapters_of_sections: dict[int, grammar.ChapterHeading] = {}
        self.history: list[dict] = []
        self.preamble_lines: list[LineRef] = []
        self.chapter_label: str | None = None
        self.region = "main"
        self.current: ArticleBuilder | None = None
        self.region_text_start: int | None = None
        self.heading_levels = dict(norm.headings)
        self.top_heading_level = min(self.heading_levels.values(), default=0)  # the page's title level
        self.table_cells = self._table_cell_lines()
        self.last_heading_start = -1
        self.list_depths = list_depths(norm, source)
        self.lazy_numbers = lazy_numbers(norm, source) if self.list_depths else {}
        # a web page's <p>s and a Word file's paragraphs are blocks: one is never the wrap of the item before it
        # (「(２) 支払を怠った場合」 then 「前項の規定により…」 is the next paragraph, as its 前項 says)
        self.blocks_per_line = source.format in ("html", "docx")
        self.after_blank: frozenset[int] = frozenset()  # set in run() for a document of articles in Markdown
        self.blank_before: frozenset[int] = frozenset()  # the same for any Markdown document
        self._following: dict[int, LineRef] | None = None  # line start → the next line, made when first asked
        self._footer: int | None = None  # the first line of the page's contact footer (-1: none), found when asked
        self._soft: frozenset[int] | None = None  # the source's <br> line starts, as a set when first asked
        self._chapter_level_memo: tuple[int, bool, int | None] = (0, False, None)  # see _chapter_level
        self.contents: list[tuple[int, int]] = []  # the table of contents' lines (Document.contents)

    def _under_an_item_lead(self, para: grammar.Label, line: LineRef, art: ArticleBuilder) -> bool:
        """Does 「1.」 open a list under the item just read, in the same block of the page (a <br>'s line, no new
        block): 「⑷予め次の事項を告知あるいは公表し、…」<br>「1.利用目的に…」<br>「2.…」? Its entries are that item's, not
        the article's paragraphs numbered again from 1."""
        if para.number != 1 or not self.blocks_per_line or line.start in self.after_blank or not art.paragraphs:
            return False
        last = art.last_unit
        return isinstance(last, Item) and LEADS_ITEMS.search(self.text[last.span[0]:last.span[1]]) is not None

    def _title_below(self, i: int, titled: bool = False) -> bool:
        """Is line ``i + 1`` the second line of the heading of line ``i``, its title: <h2>第十一条<br> お問い合わせ窓口</h2>
        (the same heading element, a <br> between them), or a heading under a number that is none (a label's <span>), a
        short name and no sentence? Read as a heading of its own, it ended the article it titles. A number that has its
        title (「第4条（参加の取消・辞退）」 over <h4>1. 参加の取消</h4>) takes only the rest of its own element."""
        if i + 1 >= len(self.lines):
            return False
        nxt = self.lines[i + 1]
        t = nxt.text.strip(" \u3000")
        if not t or len(t) > 30 or SENTENCE_PUNCT.search(t) and not grammar.lists_nouns(t) \
                or grammar.is_structural_start(t):
            return False  # (a caption listing nouns, 「中央執行委員会の任務、責任、権限」, is a title)
        if not titled and self.heading_levels.get(self.lines[i].start) is None and nxt.start in self.heading_levels:
            # 「<span class="section-label">第 16 条</span>」⏎「## 準拠法」: the number set as a label, its title as the
            # heading under it; read apart, the heading after the last article ended it, its text left outside
            return True
        return self._same_heading(self.lines[i], nxt)

    def _same_heading(self, line: LineRef, nxt: LineRef) -> bool:
        """Are two lines one HTML heading element broken by a <br> (the same level, the second a <br>'s line)?"""
        level = self.heading_levels.get(line.start)
        if level is None or self.heading_levels.get(nxt.start) != level or self.source.format != "html":
            return False
        return self._after_br(nxt.start)

    def _block_starts(self, numbered: list[tuple[int, tuple]]) -> list[tuple[int, tuple]]:
        """On a web page, the numbered lines that open a block of their own, where they number from 1 at least twice:
        a list typed line after line with <br> (「1. 患者さんに提供する医療サービス<br>2. 医療保険事務<br>…」 under 「1.
        院内での利用」) is a section's text, however long its run, and a section's heading is no <br>'s next line."""
        if self.source.format != "html" or not self.source.line_breaks:
            return numbered

        def soft(i: int) -> bool:  # line i is a <br>'s next line
            return i < len(self.lines) and self._after_br(self.lines[i].start)

        by_line = dict(numbered)
        # (the first entry of such a list opens its block, and the next entry is the <br>'s: 「1. …<br>2. …」)
        blocks = [(i, s) for i, s in numbered
                  if not soft(i) and not (soft(i + 1) and i + 1 in by_line and int(by_line[i + 1][0]) == int(s[0]) + 1)]
        firsts = [i for i, s in blocks if int(s[0]) == 1]
        return blocks if firsts and len(blocks) >= 2 and len(blocks) < len(numbered) else numbered

    def _after_br(self, pos: int) -> bool:
        """Does the source line of normalized ``pos`` start after a <br> (a soft break inside a block)?"""
        src = self.source.text
        return src.rfind("\n", 0, self.norm.offsets[pos]) + 1 in self._soft_breaks()

    def _soft_breaks(self) -> frozenset[int]:
        if self._soft is None:
            self._soft = frozenset(self.source.line_breaks)
        return self._soft

    def _after_blank_lines(self) -> frozenset[int]:
        """Starts of the lines a blank line separates from the line before in the source (Markdown's paragraph
        break), or that start a block of their own on a web page (<p> after <p>, not a <br>'s next line)."""
        offs, src, out = self.norm.offsets, self.source.text, set()
        if self.source.format == "html":
            for ln in self.lines[1:]:
                if not self._after_br(ln.start):
                    out.add(ln.start)
            return frozenset(out)
        # (the gap between two lines searched in place, bounded by pos and endpos, rather than sliced out first)
        for a, b in zip(self.lines, self.lines[1:]):
            if a.end > a.start and _BLANK_LINE.search(src, offs[a.end - 1] + 1, offs[b.start]):
                out.add(b.start)
        return frozenset(out)

    def _lines(self) -> list[LineRef]:
        out = []
        pos = 0
        expected: str | None = "1"  # the number the next article heading takes, after the last one read
        raws = self.text.split("\n")
        # the lines where an inline heading or a titled heading after a sentence may stand (most lines of a law have
        # neither): titled_run_cuts, trailing_heading_cut and run_on_heading_cut find nothing in any other line
        marked = grammar.lines_holding(self.text, (grammar.INLINE_HEADING_PRECHECK,)) \
            if any(mark in self.text for mark in grammar.INLINE_MARKS) else ()
        after_sentence = grammar.lines_holding(self.text, (grammar.AFTER_SENTENCE_PRECHECK,))
        article_heading, captioned_heading = grammar.match_article_heading, grammar.match_captioned_heading
        for r, raw in enumerate(raws):
            end = pos + len(raw)
            if raw and not raw.isspace() and raw.strip(" \u3000") not in _LONE_BULLETS:
                cuts = grammar.inline_heading_cuts(raw) if pos in marked else ()
                titles = pos in after_sentence
                if not cuts and titles and (titled := grammar.titled_run_cuts(raw, expected)):
                    cuts = tuple((at, None) for at in titled)
                if not cuts and titles and (at := grammar.trailing_heading_cut(raw, expected)) is not None \
                        and not self._heading_follows(raws, r):
                    # 「…効力を生じます。第2条(規約の変更)」⏎「1.当社は…」: the next article's heading run onto the end of
                    # the line before, after its last sentence (a copy of the heading the next line writes again,
                    # 「…定義します。第2条(…)」⏎⏎「第2条(…)」, heads nothing)
                    cuts = ((at, None),)
                if not cuts and raw.startswith(_CHAPTER_OPENS) \
                        and (at := grammar.chapter_then_article_cut(raw, expected)) is not None:
                    cuts = ((at, None),)  # 「第2章 貸渡契約 第2条(予 約)」: the chapter's heading, then its first article's
                if not cuts and expected == "1" and (at := grammar.first_chapter_at_end_cut(raw)) is not None \
                        and self._second_chapter_follows(raws, r):
                    # 「…利用規約及び、個人情報規約第1章 総則」: the title line, then the first chapter's heading
                    cuts = ((at, None),)
                if not cuts and titles and (at := grammar.run_on_heading_cut(raw, expected)) is not None \
                        and not self._heading_follows(raws, r, grammar.match_article_heading(raw[at:]).number):
                    # 「…優先するものとします。第2条(貸渡条件) 借受人は、…」: the next article's heading and its first
                    # sentence run on after the last sentence of the article before (not a copy of a heading the
                    # next line writes again)
                    cuts = ((at, None),)
                if not cuts:
                    # (a line of its own, most lines: made without the generated __new__'s call, and its heading read
                    # without the loop over the segments below)
                    out.append(_new(LineRef, (raw, pos, end)))
                    # (a captioned heading opens with its caption's bracket: the other lines are not asked)
                    h = article_heading(raw) or (captioned_heading(raw) if raw.startswith(("（", "(")) else None)
                    self.line_headings.append(h)
                    if h is not None and ":" not in h.number:
                        expected = _next_number(h.number)
                else:
                    # a page flattened onto one line (「…。◆第1条（所在地）…。◆第2条…」, 「…締結する。第1条(定義)…。
                    # 第2条(…)…」): each heading starts a line
                    edges = [0] + [at for at, _ in cuts] + [len(raw)]
                    for a, b in zip(edges, edges[1:]):
                        seg = raw[a:b].rstrip(" \u3000")
                        if seg.strip(" \u3000"):
                            out.append(LineRef(seg, pos + a, pos + a + len(seg)))
                            self.line_headings.append(_UNREAD)
                    self.inline_chapters.update({pos + at: c for at, c in cuts if c is not None})
                    for ln in out[-(len(cuts) + 1):]:
                        h = article_heading(ln.text) or captioned_heading(ln.text)
                        if h is not None and ":" not in h.number:
                            expected = _next_number(h.number)
            pos = end + 1
        return out

    @staticmethod
    def _second_chapter_follows(raws: list[str], r: int) -> bool:
        """Does a line after raw line ``r`` head the second chapter (第2章, 第二章)?"""
        for nxt in raws[r + 1:]:
            h = grammar.match_chapter_heading(nxt.strip(" \u3000")) if "章" in nxt else None
            if h is not None and h.kind == "章":
                return h.number == "2"
        return False

    @staticmethod
    def _heading_follows(raws: list[str], r: int, number: str | None = None) -> bool:
        """Is the next line of text after raw line ``r`` an article's heading (numbered ``number``, if given)?"""
        for nxt in raws[r + 1:r + 40]:
            t = nxt.strip(" \u3000")
            if t and t not in _LONE_BULLETS:
                h = grammar.match_article_heading(t) or grammar.match_captioned_heading(t)
                return h is not None and (number is None or h.number == number)
        return False

    # ------------------------------------------------------------ style detection

    def _article_heading(self, line: LineRef, read=_UNREAD) -> grammar.ArticleHeading | None:
        """The article heading ``line`` holds: law style, captioned, or glued on a page's heading. ``read``: the first
        two, read before (``line_headings``)."""
        if line.start in self.table_cells:
            return None  # 「<td>第9条</td>」: a table's column of related articles cites them, it heads none
        t = line.text
        h = (grammar.match_article_heading(t) or grammar.match_captioned_heading(t)) if read is _UNREAD else read
        if h is not None and _BULLETED.match(t) and not self._in_sequence(h.number):
            return None  # 「• 第120条の2：技術的保護手段の回避…」 under 第5条: a list's entry citing a law's article
        if h is not None or not t.startswith("第") and line.start not in self.heading_levels:
            return h  # (_glued_heading's own first test, made before its call: asked of every line of the document)
        return self._glued_heading(line)

    def _last_number(self) -> str | None:
        """The number of the article read last (the one open, else the last closed), None before the first."""
        return self.current.number if self.current is not None else self.articles[-1].number if self.articles else None

    def _in_sequence(self, number: str) -> bool:
        """Does an article numbered ``number`` continue the articles read so far (the same number's branch, the next
        one), or open them?"""
        last = self._last_number()
        if last is None:
            return True
        head, last_head = number.split("_")[0], last.split("_")[0]
        return head == last_head or head == _next_number(last)

    def _table_cell_lines(self) -> frozenset[int]:
        """The starts of the lines that are cells of an HTML table written into a Markdown file, one <td> per source
        line (an HTML page's table rows are read as rows, their cells joined by 「 | 」)."""
        src = self.source.text
        if self.source.format != "markdown" or "<t" not in src:
            return frozenset()
        offsets, text, out = self.norm.offsets, self.text, set()
        for m in _TABLE_CELL_LINE.finditer(src):
            i = bisect.bisect_left(offsets, m.end())
            line_end = src.find("\n", m.end())
            if i < len(text) and (line_end < 0 or offsets[i] < line_end):
                out.add(text.rfind("\n", 0, i) + 1)
        return frozenset(out)

    def _glued_heading(self, line: LineRef) -> grammar.ArticleHeading | None:
        """On a page's heading (Markdown ###, HTML <h3>), which no citation is, 第N条 with its words run on
        (「### 第 2 条ソフトウェアの導入・利用」); or, on any line, the article that comes next in the numbering
        (「第4条本会の会員とは、…」⏎「第5条本会員は区域内に…」 in a 会則 that runs every number into its sentence): a
        citation opening a line does not carry the number the articles have reached."""
        if line.start in self.heading_levels:
            return grammar.match_glued_heading(line.text)
        if not line.text.startswith("第"):
            return None
        h = grammar.match_glued_heading(line.text)
        last = self._last_number()
        expected = _next_number(last) if last is not None else "1"  # (after a chapter's heading too: 第2章 then 第5条)
        return h if h is not None and h.number == expected and self.region == "main" else None

    def detect_style(self) -> str:
        count = 0
        marked = False
        first = None
        for i, ln in enumerate(self.lines):
            h = self._article_heading(ln)
            if h is not None:
                count += 1
                first = i if first is None else first
                marked = marked or ln.start in self.heading_levels
                if count >= 2:
                    return "article"
        if count != 1:
            return "section"
        # one article (an excerpt, a short notice) is an article still, unless numbered sections make the document;
        # set as a Markdown/HTML heading (「# 第1条（登録の抹消）」), 第N条 heads the page whatever its lists look like;
        # and sections that all come after it are its own lines (「第1条 (定義)⏎…次の各号のとおり…⏎1. 「当社」…」 in a
        # copy that stops inside it)
        sections = self.section_headings() if not marked else {}
        return "article" if marked or not sections or min(sections) > first else "section"

    def section_headings(self, toc: set[int] = frozenset()) -> dict[int, tuple[str, str | None, str]]:
        """Line index → (number, title, label) for the top-level sections of a document without 第N条 (the
        lines of its table of contents, ``toc``, head nothing)."""
        found: dict[int, tuple[str, str | None, str]] = {}
        kou = kou_clauses(self.lines, self.heading_levels, toc)  # 「第1項　著作権について」…, where nothing is 第N条
        if kou:
            return kou
        dai = self._dai_sections(toc)  # 「第1 趣旨」「第2 定義」…, a 要綱's sections, where nothing is 第N条
        if dai:
            return dai
        numbered = []
        for i, ln in enumerate(self.lines):
            if i in toc:
                continue
            s = grammar.match_section_heading(ln.text, ln.start in self.heading_levels)
            if s and s[2] == 1:
                numbered.append((i, s))
        numbered = self._headings_over_lists(numbered)
        numbered = self._block_starts(numbered)
        # keep the longest run 1, 2, 3, … of numbered headings
        run: list[tuple[int, tuple]] = []
        best: list[tuple[int, tuple]] = []
        for i, s in numbered:
            n = int(s[0])
            if n == 1:
                run = [(i, s)]
            elif run and n == int(run[-1][1][0]) + 1:
                run.append((i, s))
            else:
                continue
            if len(run) > len(best):
                best = list(run)
        by_chapter, chapters = self._runs_by_chapter(numbered, toc)
        if len(by_chapter) > len(best):
            best = by_chapter
        listing = self._short_numbered_lines(toc)
        if len(listing) > len(best):
            best = listing
        if len(best) >= 2 and not self._list_under_one_heading([i for i, _ in best]):
            for i, s in best:
                found[i] = (s[0], s[1], self._section_label(i, s))
            if best is by_chapter:
                self.chapters_of_sections = chapters
                return found
            if best is not listing:
                found.update(self._sections_run_on(best[-1][0], int(best[-1][1][0]), toc))
            return found
        # Unnumbered headings (Markdown ## …): the highest level below the title whose headings hold text, numbered
        # in order. A level most of whose headings have nothing under them but lower headings only groups the
        # articles, as a chapter does: 「## 当事者」「## 締結内容」 over 「### 目的」「### 機密情報」… (each with its
        # clauses). 「## Mozilla VPN」 with its own lines before 「### …の提供に必要な許可」 heads an article.
        levels = sorted({lv for off, lv in self.norm.headings})
        body_levels = [lv for lv in levels if lv > 1] or levels
        if not body_levels:
            return self._titled_list(toc)
        heads = {lv: 0 for lv in body_levels}
        holding = {lv: 0 for lv in body_levels}
        for i, ln in enumerate(self.lines):
            lv = self.heading_levels.get(ln.start)
            if lv in heads:
                heads[lv] += 1
                if i + 1 < len(self.lines) and self.lines[i + 1].start not in self.heading_levels:
                    holding[lv] += 1
        top = next((lv for lv in body_levels if 2 * holding[lv] > heads[lv]), body_levels[0])
        n = 0
        for i, ln in enumerate(self.lines):
            if self.heading_levels.get(ln.start) == top and not grammar.match_history(ln.text):
                # (「## 初版：2018年8月2日」: the document's date set as a heading, no section of its text)
                n += 1
                found[i] = (str(n), ln.text.strip(), ln.text.strip())
        return found

    def _runs_by_chapter(self, numbered: list[tuple[int, tuple]], toc: set[int]
                         ) -> tuple[list[tuple[int, tuple]], dict[int, grammar.ChapterHeading]]:
        """The numbered headings of a document whose chapters (「## 第2章　入社前健康診断」) each number their sections from
        1 (「### 1.対象者」…「### 8.…」, then again under 第3章), and its chapter headings by line: every heading of two
        chapters or more, each chapter's a run 1, 2, 3, … of its own; else nothing."""
        if not numbered:
            return [], {}
        chapters = {}
        for i, ln in enumerate(self.lines):
            if i not in toc and ln.text[:1] == "第" and (c := grammar.match_chapter_heading(ln.text)) is not None \
                    and c.kind == "章":
                chapters[i] = c
        if len(chapters) < 2:
            return [], {}
        starts = sorted(chapters)
        runs: dict[int, list[tuple[int, tuple]]] = {}
        for i, s in numbered:
            k = bisect.bisect_right(starts, i) - 1
            if k < 0:
                return [], {}  # a numbered heading before the first chapter: no scheme of chapters
            runs.setdefault(starts[k], []).append((i, s))
        if len(runs) < 2 or any([int(s[0]) for _, s in run] != list(range(1, len(run) + 1)) for run in runs.values()):
            return [], {}
        return [x for k in sorted(runs) for x in runs[k]], chapters

    def _sections_run_on(self, last: int, number: int, toc: set[int]) -> dict[int, tuple[str, str | None, str]]:
        """The sections after the run of headings that ends at line ``last`` (section ``number``) whose lines are a step
        written out rather than a title: 「1.認定試験の実施」「2.合否通知の発送」, then 「3.規約を1部返信し、月会費の手続き…が
        完了したら認定を通知します(後日認定証等発送)」. The next number in the same dotted form, with no numbered line
        between it and the section before (a list under that section would number from 1), continues the sections: read
        as the section's paragraph 3, it left a paragraph 2 missing. Its whole line is its title."""
        out: dict[int, tuple[str, str | None, str]] = {}
        k = last + 1
        while k < len(self.lines):
            if k in toc or self.lines[k].start in self.heading_levels:
                break
            t = self.lines[k].text
            p = grammar.match_paragraph_number(t)
            if p is not None:
                if p.style != "dot" or p.number != number + 1 or self.list_depths.get(self.lines[k].start, 1) > 1 \
                        or grammar.match_section_heading(t, True) is not None:
                    break
                number += 1
                out[k] = (str(number), t[p.end:].strip(), p.label)
            elif grammar.is_structural_start(t):
                break
            k += 1
        return out

    def _lists_cited_articles(self, i: int) -> bool:
        """Is line ``i``, a bulleted 第N条 that holds no text (「・第6条」「- 第8条（秘密保持）」), an entry of a list: of the
        articles a sentence above announces (「以下は…継続される。」⏎「・第６条」, bare numbers), or of a run of three such
        bullets or more, one under the other with no text between (a page's list of links to its articles)?"""
        def entry(k: int) -> bool:
            t = self.lines[k].text
            h = grammar.match_article_heading(t) if t[:1] in _LONE_BULLETS else None
            return h is not None and not h.rest

        if not entry(i):
            return False
        a, b = i, i
        while a > 0 and entry(a - 1):
            a -= 1
        while b + 1 < len(self.lines) and entry(b + 1):
            b += 1
        if b - a >= 2:
            return True
        # (a bare 第N条 only: a titled one under a sentence that says 「以下のとおり…を定めます。」 heads its article)
        if any(grammar.match_article_heading(self.lines[k].text).title is not None for k in range(a, b + 1)):
            return False
        if a == b and self.current is not None and i + 1 < len(self.lines) \
                and grammar.match_article_heading(self.lines[i].text).number == _next_number(self.current.number) \
                and self.lines[i + 1].text[:1] in _LONE_BULLETS and not grammar.is_structural_start(self.lines[i + 1].text):
            # 「- 第2条」⏎「- 本クラブは…」: the next article's number alone, its text on the next bulleted line, heads it
            return False
        lead = self.lines[a - 1].text.rstrip(" \u3000") if a > 0 else ""
        return lead.endswith(("。", "：", ":")) and _ANNOUNCING.search(_BRACKETED.sub("", lead)) is not None

    def _dai_sections(self, toc: set[int]) -> dict[int, tuple[str, str | None, str]]:
        """Line index → (number, title, label) of the 「第1 趣旨」「第2 定義」 lines of a 要綱 or 要領 that writes no 第N条
        heading: two at least, numbered 1, 2, 3 … in order (the lines of its table of contents, ``toc``, head
        nothing). Empty otherwise."""
        numbered = []
        for i, ln in enumerate(self.lines):
            if grammar.match_article_heading(ln.text) is not None or grammar.match_captioned_heading(ln.text):
                return {}
            s = grammar.match_dai_section_heading(ln.text) if i not in toc else None
            if s is not None:
                numbered.append((i, s))
        if len(numbered) < 2 or [int(s[0]) for _i, s in numbered] != list(range(1, len(numbered) + 1)):
            return {}
        return {i: (s[0], s[1], self.lines[i].text[:len(self.lines[i].text) - len(s[1])].rstrip(" \u3000"))
                for i, s in numbered}

    def _short_numbered_lines(self, toc: set[int]) -> list[tuple[int, tuple]]:
        """The sections of a document whose numbered lines are all short headings with no 。, each alone on its line,
        numbered 1..n once (「1.取扱店の範囲」 … 「9.届出事項の変更、通帳の再発行等」 … 「16.通知等」): there a title that lists
        with 、 heads its section as one a page sets as its heading does. Nothing is read so where another line opens
        with a number (a list 1. 2. under a section, which numbers again), where a title ends as a sentence broken off
        does (「1.会員は、本サービスを」), or where most titles list with 、 (numbered sentences, not headings)."""
        found: list[tuple[int, tuple]] = []
        strict = 0
        for i, ln in enumerate(self.lines):
            t = ln.text
            if i in toc or not ("0" <= t[:1] <= "9"):
                continue
            s = grammar.match_section_heading(t, True)
            if s is None or s[2] != 1 or self.list_depths.get(ln.start, 1) > 1:
                if grammar.match_paragraph_number(t) is not None:
                    return []  # a numbered line that heads nothing: the numbers are a list's
                continue
            if s[1].endswith(("、", "，", ",", "に", "を", "は", "が", "の", "で", "と", "て", "も")):
                return []
            found.append((i, s))
            strict += grammar.match_section_heading(t) is not None
        if len(found) < 3 or [s[0] for _, s in found] != [str(n) for n in range(1, len(found) + 1)] \
                or 2 * strict < len(found):
            return []
        return found

    def _list_under_one_heading(self, run: list[int]) -> bool:
        """Is a run of numbered lines (line indices, none of them a heading) a list inside one section of a page
        whose sections are its headings? 「## III. サービス」 over 「1. サービスの利用」「2. トークンの譲渡と受け取り」…,
        among thirteen other 「## IV. ユーザーの権利と義務」… headings with text of their own: the headings are the
        sections, the list is the text of one. A page that is one heading over its numbered provisions (「## 利用規約」
        then 「1. 総則」…, 「## お問い合わせ」 after) keeps its list: three other headings at least must hold text."""
        if not self.heading_levels or any(self.lines[i].start in self.heading_levels for i in run):
            return False
        above = next((k for k in range(run[0] - 1, -1, -1) if self.lines[k].start in self.heading_levels), None)
        if above is None:
            return False
        level = self.heading_levels[self.lines[above].start]
        if level <= self.top_heading_level and sum(1 for lv in self.heading_levels.values() if lv == level) < 2:
            return False  # the page's title is over everything
        if any(self.heading_levels.get(self.lines[k].start, level + 1) <= level for k in range(run[0], run[-1])):
            return False
        holding = 0
        for k, ln in enumerate(self.lines[:-1]):
            if k != above and self.heading_levels.get(ln.start) == level \
                    and self.lines[k + 1].start not in self.heading_levels:
                holding += 1
        return holding >= 3

    def _section_label(self, i: int, s: tuple[str, str, int]) -> str:
        """The label is what precedes the title and the bracket it may stand in: 「4.(利用手続等)」 → 4."""
        return self.lines[i].text.split(s[1])[0].rstrip(" \u3000（(【[").strip() or s[0]

    def _appended_documents(self, heads: list[int], toc: set[int]
                            ) -> dict[int, tuple[str, dict[int, tuple[str, str | None, str]]]]:
        """Documents set after the last section or article (line indices ``heads``) under a heading of their own
        (「## プライバシーポリシー」 after 「## 6. 出典元の明記」 or 「#### 第14条」, a page that is 「利用規約・プライバ
        シーポリシー」): heading line → (its title, its sections). Such a heading stands at the level of the sections
        or above, names no number, and heads sections of its own numbered from 1 (「### 1.適用範囲」「### 2.…」), two
        at least; a heading over no such run (「## お問い合わせ」) is the page's next block, as before. Only where the
        page sets its sections as headings: their levels are what tells the outline."""
        levels = {self.heading_levels.get(self.lines[i].start) for i in heads}
        if not heads or None in levels:
            return {}
        top = min(levels)
        out: dict[int, tuple[str, dict[int, tuple[str, str | None, str]]]] = {}
        i, n = max(heads) + 1, len(self.lines)
        while i < n:
            ln = self.lines[i]
            level = self.heading_levels.get(ln.start)
            if level is None or level > top or i in toc or grammar.match_section_heading(ln.text, True) is not None \
                    or grammar.is_structural_start(ln.text):
                i += 1
                continue
            run: dict[int, tuple[str, str | None, str]] = {}
            k = i + 1
            while k < n:
                sub = self.lines[k]
                sub_level = self.heading_levels.get(sub.start)
                if sub_level is not None and sub_level <= level:
                    break
                s = grammar.match_section_heading(sub.text, True) if sub_level is not None and k not in toc else None
                if s is not None and s[2] == 1 and s[0] == str(len(run) + 1):
                    run[k] = (s[0], s[1], self._section_label(k, s))
                k += 1
            if len(run) >= 2:
                out[i] = (ln.text.strip(), run)
            i = k
        return out

    def _second_titled_documents(self, heads: list[int], toc: set[int], sections: dict
                                 ) -> dict[int, tuple[str, dict[int, tuple[str, str | None, str]]]]:
        """A page of two sets of rules, each under a title of its own above its sections (「# Jiji利用規約」 with its
        「## 免責事項」…, then 「# スマホアプリ利用規約」 with its own 「## 免責事項」…): the second title, between the
        sections, at a level above theirs and naming a set of rules, opens a part whose sections are numbered anew.
        Read as one document, each clause the two share was a copy pasted by mistake."""
        levels = {self.heading_levels.get(self.lines[i].start) for i in heads}
        if len(heads) < 4 or None in levels:
            return {}
        top = min(levels)
        out: dict[int, tuple[str, dict[int, tuple[str, str | None, str]]]] = {}
        for i in range(heads[0] + 1, heads[-1]):
            ln = self.lines[i]
            level = self.heading_levels.get(ln.start)
            t = ln.text.strip(" \u3000")
            if level is None or level >= top or i in toc or len(t) > 40 \
                    or not (grammar.RULES_NAME.search(t) or t.endswith("ポリシー")):
                continue
            # its sections run to the next heading of its level or above (the next title, or the end)
            stop = next((j for j in range(i + 1, len(self.lines))
                         if self.heading_levels.get(self.lines[j].start, top + 1) <= level), len(self.lines))
            run: dict[int, tuple[str, str | None, str]] = {}
            for k in heads:
                if i < k < stop:
                    _, title, label = sections[k]
                    run[k] = (str(len(run) + 1), title, label)
            if len(run) >= 2:
                out[i] = (t, run)
        return out

    def _titled_list(self, toc: set[int]) -> dict[int, tuple[str, str | None, str]]:
        """A page that is its title and one numbered list of provisions (「利用規約」, then 「1. 当サイトを利用する
        ユーザーは…。」 to 「11. …」): the title heads them as one clause, the list its paragraphs, as where the title is
        set as a heading (「# 利用規約」). Nothing else is read so: text before the list, a list of a few lines, a
        list of what is no provision (sentences ending in 。)."""
        numbered = [(i, grammar.match_paragraph_number(ln.text)) for i, ln in enumerate(self.lines) if i not in toc]
        numbered = [(i, p) for i, p in numbered if p is not None and p.style == "dot"
                    and self.list_depths.get(self.lines[i].start, 1) <= 1]
        if len(numbered) < 3 or numbered[0][0] != 1 or [p.number for _, p in numbered] != list(range(1, len(numbered) + 1)):
            return {}
        title = self.lines[0].text.strip()
        if len(title) > 40 or SENTENCE_PUNCT.search(title) or grammar.match_paragraph_number(title) is not None \
                or grammar.is_structural_start(title):  # 第2条（…）: an article of its own
            return {}
        if 2 * sum(1 for i, _ in numbered if self.lines[i].text.rstrip().endswith("。")) <= len(numbered):
            return {}
        return {0: ("1", title, title)}

    def _headings_over_lists(self, numbered: list[tuple[int, tuple]]) -> list[tuple[int, tuple]]:
        """Where the page sets numbered sections as its headings (<h2>1. 使用許諾</h2>, <h2>2. …</h2>), the items of
        its lists (<ol><li>1. 電子メール</li>…) are no sections, however the run of their numbers goes on."""
        headed = [int(s[0]) for i, s in numbered if self.lines[i].start in self.heading_levels]
        if headed[:2] != [1, 2]:
            return numbered
        # headings numbered 1, 2, 3… throughout: a numbered line that is no heading is an item, in a list or in
        # paragraphs of their own (<h5>3. 禁止事項</h5> over <p>1. …</p><p>2. …</p>)
        all_headed = len(headed) >= 3 and headed == list(range(1, len(headed) + 1))
        return [(i, s) for i, s in numbered if self.lines[i].start in self.heading_levels
                or not all_headed and self.lines[i].start not in self.list_depths]

    # ------------------------------------------------------------ articles

    def start_article(self, number: str, label: str, title: str | None, line: LineRef,
                      heading: grammar.ArticleHeading | None) -> None:
        self.finish_article()
        part = self.region_part()
        self.current = ArticleBuilder(heading, number, label, title, self.chapter_label if part == "main" else None,
                                       line.start, line.end, part, line.end)
        if heading is not None and heading.rest:
            start = line.start + heading.rest_offset
            p = Paragraph(None, None, heading.rest, (start, line.end))
            self.current.paragraphs.append(p)
            self.current.last_unit = p
            self.current.last_line_text = heading.rest
            self.current.heading_end = start

    def region_part(self) -> str:
        if self.region == "supplementary":
            return f"supplementary-{len(self.supplementary)}"
        if self.region == "annex":
            return f"annex-{len(self.annexes)}"
        return "main"

    def part_label(self, part: str) -> str:
        if part.startswith("supplementary"):
            return supplementary_label(self.supplementary[-1], len(self.supplementary))
        if part.startswith("annex"):
            return annex_label(self.annexes[-1])
        return ""

    def finish_article(self) -> None:
        art = self.current
        if art is None:
            return
        close_spans(art)
        end = max([art.heading_end] + [p.span[1] for p in art.paragraphs])
        article = Article(
            number=art.number, label=art.label, title=art.title, chapter=art.chapter,
            text=self.text[art.start:end], span=(art.start, end), heading_span=(art.start, art.heading_end),
            paragraphs=art.paragraphs, part=art.part, part_label=self.part_label(art.part),
        )
        if ":" in art.number:
            # 第九百三十条から第九百三十二条まで　削除: one article per number, all pointing at the one line
            numbers = grammar.article_range_numbers(art.number, art.label)
            articles = [replace(article, number=n, paragraphs=copy.deepcopy(article.paragraphs)) for n in numbers]
        else:
            articles = [article]
        if art.part == "main":
            self.articles.extend(articles)
        elif art.part.startswith("supplementary"):
            self.supplementary[-1].articles.extend(articles)
        else:
            self.annexes[-1].articles.extend(articles)
        self.current = None

    @cached_property
    def line_starts(self) -> list[int]:
        """Where each line starts, to find the one after a line (asked of few documents: built when asked)."""
        return [ln.start for ln in self.lines]

    def _items_of_another_kind_below(self, line: LineRef, label: grammar.Label) -> bool:
        """Is the next line of text an item labelled otherwise than ``label`` (「(1)…次の書類を作成し…」⏎「①事業報告」)?
        Then the (1) opening the article is a paragraph over its items; (1) (2) (3) alone are a list of items."""
        k = bisect.bisect_left(self.line_starts, line.start) + 1
        while k < len(self.lines) and not self.lines[k].text.strip():
            k += 1
        if k >= len(self.lines):
            return False
        below = grammar.match_item_label(self.lines[k].text.strip(" \u3000"))
        return below is not None and below.style != label.style and below.number == 1

    def add_body_line(self, line: LineRef) -> None:
        art = self.current
        assert art is not None
        t = line.text
        level = self.heading_levels.get(line.start)
        if level is not None:
            if self._heading_ends_article(art, line, level):
                # 「# 変更履歴」 after the last article, 「## 補則」 beside 「## 第八章」: text outside the articles
                self.finish_article()
                self.add_outside_line(line)
                return
            if not self._add_heading_item(art, line, level):
                art.open_subheading(line, t, level)  # never the continuation of the item before it
            return
        depth = self.list_depths.get(line.start) if self.list_depths else None
        if depth is not None:
            line = without_bullet(line)
            t = line.text
        elif (bulleted := t[:1] in _LONE_BULLETS) and (entry := grammar.match_bulleted_entry(t)) is not None \
                and self._add_bulleted_entry(entry, line, art):
            # 「本会は、次の事業を行う。」⏎「- 1 監督官署との連絡…」⏎「- 2 …」⏎「- 5 前各号の事業に付帯する事業」: bullet lines
            # that end no sentence, after a sentence, are its 号 (numbered as written, or by their place)
            # (``bulleted``: the line's first character looked up once for the three readings of a bullet line)
            return
        elif bulleted and self._bulleted_entries_open(art) and t.endswith("。") and "。" not in t[:-1] \
                and self._bullet_line_next(line) and (entry := grammar.match_bulleted_entry(t[:-1])) is not None \
                and self._add_bulleted_entry(entry, line, art):
            # 「・他者になりすまして本サービスを利用する行為。」 among entries without 。, the list going on after it: an
            # entry that closes with 。 (a list whose later entries do), not a sentence after the list
            return
        elif bulleted and (marker := BULLET_MARK.match(t)) is not None:
            if self._bulleted_entries_open(art):
                # a bulleted sentence after those entries ends their list: the text of the paragraph again
                art.stack = []
                art.last_unit = art.paragraphs[-1]
            # 「- 2 本駐車場の…」 in a text whose every line is a page's bullet (「- 第 1条 乙は…」): the article's next
            # paragraph, numbered after the bullet as the sequence expects
            rest = t[marker.end():]
            # (a law's 「2　」, not a list's 「2.」: 「-1.…」「-2.…」 under a sentence are its bulleted items)
            lab = grammar.match_paragraph_number(rest) or loose_label(rest, art, self.text)
            if lab is not None and lab.style in ("space", "para") and lab.number is not None and lab.number >= 2 \
                    and lab.number == (art.last_para_number() or 0) + 1:
                line = LineRef(rest, line.start + marker.end(), line.end)
                t = rest
        first = t[:1]
        # (its dot stands after one to three digits: a line with none there is not matched)
        decimal = _SECTION_PARAGRAPH.match(t) if depth is None and "0" <= first <= "9" and t.find(".", 1, 4) > 0 \
            else None
        if decimal is not None and decimal.group(1) == art.number.split("_")[0] \
                and int(decimal.group(2)) == (max((p.number or 0 for p in art.paragraphs), default=0) + 1):
            # 「1.1 本契約において…」「1.2 …」 under 第1条: its paragraphs numbered with the article's number, as a
            # document of numbered sections numbers them (2.3); the sequence tells them from a decimal in the text
            open_paragraph(art, Paragraph(int(decimal.group(2)), decimal.group(0).strip(), t[decimal.end():],
                                           (line.start, line.end)), t)
            return
        # (the first three find a label only on a line opening with 第 or a digit: asked of those alone, most lines of an
        # article opening with a word or an item's label)
        para = (grammar.match_paragraph_number(t) or citing_paragraph(t, art) or label_before_a_count(t, art)
                if first == "第" or "0" <= first <= "9" or "０" <= first <= "９" else None) or circled_paragraph(t, art)
        if para is not None and line.start in self.lazy_numbers:
            para = replace(para, number=self.lazy_numbers[line.start])  # 1. 1. 1. on the page: 1, 2, 3
        if para is not None and para.style == "space" and depth is None and digit_item(para, art):
            # 「第１条　当会社は，次の事業を営むことを目的とする。⏎１　情報システムの…⏎２　…⏎３　前各号に附帯する…」
            # (a 定款): a run numbered from 1 after the article's first paragraph is no paragraph (that would be
            # paragraph 2) but its items, as 「前各号」 says
            if self._add_item(replace(para, style="digit-space", strong=True), line, art):
                art.last_line_text = t
                return
        if para is not None and para.style == "dot" and depth is None and (
                dot_item(para, art) or self._under_an_item_lead(para, line, art)):
            if self._add_item(replace(para, style="digit-dot", strong=True), line, art):
                art.last_line_text = t
                return
        if para is not None and para.style == "dot" and depth is not None and art.paragraphs \
                and depth > art.para_list_depth and not (depth == 1 and only_table(art.paragraphs[-1])) \
                and not continues_the_first_paragraph(para, depth, art):
            # 「1.」 in a list nested below its paragraph (Markdown indentation, <ol> in <li> or after <p>): an
            # item of that paragraph, whatever its label looks like. A new list starts at 1; inside one, any
            # number is its next item (a repeated 1. is then reported as a duplicate, not read as a paragraph).
            # A nested list starting at another number (「7. 暴力的な要求行為」 under the second paragraph) is rendered
            # from that number: its items are the paragraph's, numbered as written, and the check reports the start.
            style = f"list-{depth}"
            if self._add_item(replace(para, style=style, strong=True), line, art):
                art.last_line_text = t
                return
        if para is not None and para.style == "dot" and depth is None and art.paragraphs \
                and (art.paragraphs[-1].label or "").endswith(("項.", "項．")):
            # 「1.　保守の場合」 under 「1項.　管理者は…」: where the paragraphs are named 項, a list's 1. 2. is their items
            style = "list-1"
            inside = any(level.style == style for level in art.stack)
            if self._add_item(replace(para, style=style, strong=inside), line, art):
                art.last_line_text = t
                return
        if para is None and depth is not None and depth == art.para_list_depth and art.paragraphs \
                and art.paragraphs[-1].label is not None and self._add_bullet_item(t, depth, line, art):
            # 「- 経路の記録」 right after 「2. 本アプリは以下の機能を提供します。」 (a bullet list after a numbered one, not
            # indented under it; a list line without a number is a bullet): the bullets a numbered paragraph
            # announces are its items
            return
        # 「1. 運営者は…」 after those bullets: a new numbered list, rendered 1. again; the next paragraph, its number a
        # duplicate the check reports
        restart = para is not None and para.style == "dot" and para.number == 1 and depth is not None \
            and depth == art.para_list_depth and bool(art.stack) and art.stack[0].style.startswith("bullet") \
            and art.paragraphs[-1].label is not None
        if depth is not None and para is None and art.paragraphs and depth > art.para_list_depth \
                and self._add_bullet_item(t, depth, line, art):
            return
        if para is not None and (restart or self._accept_paragraph(para, art)):
            p = Paragraph(para.number, para.label, t[para.end:].strip(), (line.start, line.end))
            art.paragraphs.append(p)
            art.para_list_depth = depth or 0
            art.stack = []
            art.last_unit = p
            art.last_line_text = t
            return
        item_label = None if is_table_row(t) else grammar.match_item_label(t)
        if item_label is not None and paren_paragraph(item_label, art) \
                and (art.paragraphs or self._items_of_another_kind_below(line, item_label)):
            open_paragraph(art, Paragraph(item_label.number, item_label.label, t[item_label.end:].strip(),
                                          (line.start, line.end)), t)
            return
        if item_label is not None and self._add_item(item_label, line, art):
            art.last_line_text = t
            return
        # (loose_label reads a number that opens the line: not asked of the others)
        loose = loose_label(t, art, self.text) if para is None and depth is None and "0" <= first <= "9" \
            and not is_table_row(t) else None
        if loose is not None and loose.style == "para":
            open_paragraph(art, Paragraph(loose.number, loose.label, t[loose.end:].strip(), (line.start, line.end)), t)
            return
        if loose is not None and self._add_item(loose, line, art):
            art.last_line_text = t
            return
        # plain text: continues the item whose line did not end a sentence, else the paragraph
        own = t
        if depth is not None:  # a bullet's mark is not the paragraph's text
            marker = BULLET_MARK.match(t)
            own = t[marker.end():] if marker else t
        if isinstance(art.last_unit, Item) and not art.last_unit.text.strip() and not art.last_unit.items \
                and art.last_line_text.strip(" \u3000") == art.last_unit.label:
            # 「<dt>（1）</dt><dd>本サービスは…</dd>」: a label alone on its line and its text on the next are one item
            extend_unit(art.last_unit, line, own)
            art.last_line_text = t
            return
        if not art.paragraphs:
            p = Paragraph(None, None, own, (line.start, line.end))
            art.paragraphs.append(p)
            art.para_list_depth = depth or 0
            art.last_unit = p
        elif depth is not None and depth == art.para_list_depth:
            # the next bullet of the list the paragraphs are written in (<ul><li> under the heading): the next
            # paragraph, numbered by its place as a reader counts (「前項」 in it points at the bullet before)
            p = Paragraph((art.last_para_number() or 0) + 1, None, own, (line.start, line.end))
            art.paragraphs.append(p)
            art.stack = []
            art.last_unit = p
        elif depth is None and self._next_bulleted_sentence(t, art):
            # 「- 甲は、…定めるものとする。」⏎「- 前項に定める…」 (typed bullets, a page's or a text's, no list the reader
            # knows): sentences each behind a bullet, none announcing the next, are the article's paragraphs one by one,
            # numbered by their place as a reader counts (「前項」 points at the bullet before)
            p = Paragraph((art.last_para_number() or 0) + 1, None, own, (line.start, line.end))
            art.paragraphs.append(p)
            art.stack = []
            art.last_unit = p
        elif line.start in self.after_blank and depth is None and self._bare_item(own, line, art) \
                and self._add_bullet_item(own, 1, line, art):
            # 「当社は、以下のいずれかの事由があると判断した場合、…承認しないことがあります。」⏎⏎「虚偽の情報を届け出た
            # 場合」⏎⏎「その他、…判断した場合」: lines set apart after a lead sentence that announces them, none a
            # sentence, are its 号 written without marks (a list whose bullets the page never had), numbered by their
            # place as a reader counts; the sentence after them is the next 項
            art.bare_list = art.stack[-1]
            return
        elif depth is None and (k := self._indented_under_list(line, art)) is not None:
            # 「2. 次の場合、…」⏎⏎「   **共通** — 端末の電源オフ…」: a block indented under a Markdown list item, after a
            # blank line, is that item's next paragraph (CommonMark), not the article's; a list nested deeper has
            # ended, the item's own goes on after it
            art.stack = art.stack[:k + 1]
            art.last_unit = art.stack[k].item
            extend_unit(art.last_unit, line, t)
        elif (line.start in self.after_blank or self._markdown_list_ended(line, art)) and depth is None \
                and art.paragraphs and (JAPANESE_START.match(own) or _LATIN_LED_SENTENCE.match(own)) \
                and (all(level.style.startswith(("list-", "bullet-")) for level in art.stack)
                     or self._closes_a_list(own, art)) \
                and (own.endswith("。") or art.last_line_text.endswith("。") and not self._announces(art.last_line_text)
                     # 「1. …」「1. …」⏎⏎「**主な提供データ**」: a caption set apart after a Markdown list (CommonMark: the
                     # list has ended) captions the next block, no continuation of the last item (pub148)
                     or self._markdown_list_ended(line, art) and len(own) <= 30 and not any(c in own for c in "。、，")) \
                and (self.source.format != "html" or art.last_line_text.endswith("。") or bool(art.stack)
                     or art.para_list_depth > 0) \
                and not art.numbering_from and all(p.label is None for p in art.paragraphs):
            # 「乙は期間までに成果物を甲に納品する。⏎⏎甲は前項に定める成果物の検査を行う。」: in Markdown a blank line ends
            # a paragraph (in a text file a page break may fall inside a sentence: not there); where the article
            # numbers none of its paragraphs, a sentence after it (or a line after a sentence that lists nothing, its
            # 。 forgotten) is its next 項 (as 「前項」 there says), numbered by its place; after a Markdown list, the
            # list has ended. A web page's <p> is such a block, but one a page may spend on each line of a text
            # (「1．SLA」 then 「当社が提供する…」): there a block after one that ends no sentence, nor a list, goes on
            # with it
            p = Paragraph((art.last_para_number() or 0) + 1, None, own, (line.start, line.end))
            art.paragraphs.append(p)
            art.stack = []
            art.last_unit = p
        elif art.heading_item is not None and art.last_unit is art.heading_item:
            extend_unit(art.last_unit, line, t)  # the text under 「#### （一）」 is that item's, sentence after sentence
        elif isinstance(art.last_unit, Item) and art.last_line_text and art.last_line_text[-1] not in "。" and (not (
                self.blocks_per_line and depth is None and not art.last_unit.style.startswith(("list-", "bullet-")))
                or depth is None and self._next_item_follows(line, art.last_unit)) \
                and not (depth is None and own.endswith("。") and self._markdown_list_ended(line, art)):
            # (「- …変更してください」⏎⏎「また、…以下のステップを踏んで…望ましいです。」: a sentence set apart after a
            # Markdown list, at the margin, is past the list (CommonMark), whatever the last item ends in)
            extend_unit(art.last_unit, line, t)
        elif isinstance(art.last_unit, Item) and depth is None and self.source.format == "markdown" \
                and art.last_unit.style.startswith(("list-", "bullet-")) and line.start not in self.blank_before:
            # 「\t7. …行うため。」⏎「\tこの場合、当社は…」: in Markdown a line right under a list item, with no blank line
            # between, goes on with that item's paragraph (a lazy continuation line), sentence or not
            extend_unit(art.last_unit, line, t)
        elif isinstance(art.last_unit, Item) and depth is None and self.source.format == "html" \
                and self.list_depths and art.last_unit.span[0] in self.list_depths and self._after_br(line.start):
            # 「<li>(2)…成立いたします。<br>但し、…ご連絡ください。</li>」: a line after a <br> inside a list item is that
            # item's next sentence (its proviso), not the lead of the paragraph above the list
            extend_unit(art.last_unit, line, t)
        elif isinstance(art.last_unit, Item) and depth is None and BRACKETED_NOTE.fullmatch(t) \
                and self._next_item_follows(line, art.last_unit):
            # 「(7) 他人の個人情報を収集する行為。」⏎「(他人の個人情報を盗むリンク…などが例にあげられます)」⏎「(8) …」: a
            # bracketed note between two items of a list explains the item before it, not the lead sentence
            extend_unit(art.last_unit, line, t)
        else:
            extend_unit(art.paragraphs[-1], line, t)
            art.last_unit = art.paragraphs[-1]
            art.stack = [] if not art.paragraphs[-1].items else art.stack
        art.last_line_text = t

    def _next_bulleted_sentence(self, t: str, art: ArticleBuilder) -> bool:
        """Is ``t`` a sentence typed behind a bullet (「- 」) after another such bullet that ended its sentence and
        announced no list, in an article whose paragraphs bear no number and hold no items?"""
        if t[:1] != "-" or art.last_line_text[:1] != "-" or not art.paragraphs or art.stack or art.numbering_from:
            return False
        marker = BULLET_MARK.match(t)
        return bool(marker and JAPANESE_START.match(t, marker.end()) and art.last_line_text.endswith("。")
                    and not self._announces(art.last_line_text)
                    and all(p.label is None and not p.items for p in art.paragraphs))

    def _indented_under_list(self, line: LineRef, art: ArticleBuilder) -> int | None:
        """Is ``line`` a block of a Markdown document set apart by a blank line and indented (two columns or more)
        under the items of an open Markdown list? The level of the open list whose item it belongs to: the deepest
        whose item's marker stands left of it (「2.」 at the margin, its bullets two in: text three in is item 2's)."""
        if not self._markdown_list_ended(line, art):
            return None
        indent = self._source_indent(line.start)
        if indent is None or indent < 2:
            return None
        for k in range(len(art.stack) - 1, -1, -1):
            below = self._source_indent(art.stack[k].item.span[0])
            if below is not None and below < indent:
                return k
        return None

    def _source_indent(self, pos: int) -> int | None:
        """The columns of indentation of the source line the normalized offset ``pos`` stands on, when only spaces
        and Markdown's marks (a list marker, 「**」) stand before it there."""
        src = self.source.text
        at = self.norm.offsets[pos]
        head = src[src.rfind("\n", 0, at) + 1:at]
        indent = len(head) - len(head.lstrip(" \t\u3000"))
        return indent if not _MARKDOWN_MARKS.sub("", head[indent:]).strip(" \t\u3000*_>") else None

    def _markdown_list_ended(self, line: LineRef, art: ArticleBuilder) -> bool:
        """Is ``line`` set apart by a blank line after the items of a Markdown list: 「- …（再許諾）」⏎⏎「使い方の面でも、
        次のことは認めません。」⏎⏎「- 法律を破るため…」? Unless indented under an item (_indented_under_list), the list has
        ended (CommonMark: no lazy continuation across a blank line); the sentence opens the next paragraph, which owns
        the list after it, in a document of sections too (no 第N条: blank lines mark no 項 there in general)."""
        return bool(self.source.format == "markdown" and line.start in self.blank_before and art.stack
                    and isinstance(art.last_unit, Item)
                    and all(level.style.startswith(("list-", "bullet-")) for level in art.stack))

    def _closes_a_list(self, own: str, art: ArticleBuilder) -> bool:
        """Is ``own``, a block set apart after a list of labelled items ((1), (2), 一, イ), a sentence of its own that
        no label opens: 「(1) …。⏎(2) …。⏎⏎当社は、…負わないものとします。」, 「…場合⏎⏎なお、当法人は…」? The next 項, in
        the order written, not text joined to the lead sentence before the items."""
        if not (art.stack and isinstance(art.last_unit, Item) and own.endswith("。")) \
                or grammar.match_item_label(own) is not None or _LABEL_LIKE_START.match(own):
            return False
        if _GIVES_ITS_MEANING.search(own) and art.last_unit.text.strip() == art.last_line_text[
                len(art.last_unit.label or ""):].strip() and len(art.last_unit.text.strip()) <= _TERM_ALONE:
            return False  # 「（９）利用者」⏎⏎「教職員等及び学生等で、…利用するものをいう。」: a glossary's term on its line, its
            # meaning set apart below it (a term may end in 者 as an item does)
        # the last item ended: its sentence is finished, or it was an entry of a list the block stands outside of
        # (<ul><li>(3)その他…場合</li></ul><p>なお、…</p>); a line that goes on with an unfinished item is its text
        return art.last_line_text.endswith(_ITEM_ENDS) or self.list_depths.get(art.last_unit.span[0]) is not None

    def _bare_item(self, own: str, line: LineRef, art: ArticleBuilder) -> bool:
        """Is ``own``, a line set apart (a blank line before it in Markdown, a block of its own on a web page), the
        next of the unmarked 号 its article's last paragraph announces? Only where the article numbers none of its
        paragraphs, and never a sentence (「。」 ends the list) or a table's row. A list has two entries at least: one
        line after 「主たる事務所を以下に置く。」 (the address) or 「次のとおりである。」 (設立時理事　○○) completes the
        sentence, and 「記」 opens what follows."""
        if not self._bare_line(own) or not art.paragraphs or art.numbering_from \
                or any(p.label is not None for p in art.paragraphs):
            return False
        if art.stack:
            return art.stack[-1] is art.bare_list and art.last_unit is art.stack[-1].item
        lead = art.paragraphs[-1]
        if not (art.last_unit is lead and not lead.items and art.last_line_text.endswith(("。", "：", ":"))
                and LEADS_ITEMS.search(art.last_line_text) is not None):
            return False
        if self._following is None:
            self._following = {a.start: b for a, b in zip(self.lines, self.lines[1:])}
        nxt = self._following.get(line.start)
        return nxt is not None and nxt.start in self.after_blank and nxt.start not in self.heading_levels \
            and self._bare_line(nxt.text) and not grammar.is_structural_start(nxt.text)

    def _page_block_after_terms(self, line: LineRef) -> bool:
        """Is ``line`` a block of the page after the last article (a blank line or a block of its own sets it apart)
        that ends no sentence, after an article whose last sentence is finished and points at nothing after it? A
        paragraph of the article would be a sentence; lines the sentence announces, or a list, an item or a numbered
        paragraph, are the article's."""
        art = self.current
        t = line.text
        if line.start not in self.after_blank or line.start <= self.last_heading_start or art is None \
                or not art.paragraphs or line.start in self.heading_levels or line.start in self.list_depths:
            return False
        last = art.last_line_text
        return last.endswith("。") and not self._announces(last) and not t.rstrip().endswith("。") \
            and not grammar.is_weak_start(t) and grammar.match_item_label(t) is None

    @staticmethod
    def _announces(text: str) -> bool:
        """Does a sentence point at the lines after it (「次のとおりである。」「主たる事務所を以下に置く。」「下記に定める
        支払条件により…」「下記情報を用いて…」: 下記 points nowhere else)? They then complete it, whether they end a
        sentence or not (「記」 and the particulars under it): no 項 of their own."""
        return ANNOUNCES_LIST.search(text) is not None or LEADS_ITEMS.search(text) is not None or "下記" in text

    @staticmethod
    def _bare_line(text: str) -> bool:
        """Could ``text`` be an item written without a mark: words that start like an item (no label, no
        bracketed note), end no sentence and are no table row, and more than a word (「記」)?"""
        return len(text) > 2 and not text.endswith("。") and JAPANESE_START.match(text) is not None \
            and "|" not in text and not is_table_row(text) and grammar.match_item_label(text) is None

    def _next_item_follows(self, line: LineRef, item: Item) -> bool:
        """Is the line after ``line`` the next item of ``item``'s list? A line between two items of one list, after
        an item that did not end its sentence, goes on with it: 「（２）…相当の期間を定めて催告しても」⏎「その支払いに応じず、
        …退会と決議したとき」⏎「（３）…」, a 号 wrapped on a page of <br>s or in <pre> (where a line is no block of
        its own), and never the lead sentence's text."""
        if self._following is None:
            self._following = {a.start: b for a, b in zip(self.lines, self.lines[1:])}
        nxt = self._following.get(line.start)
        for _ in range(8):  # the wrapped item may take some lines more (a <pre>'s fixed width)
            if nxt is None or item.number is None:
                return False
            label = grammar.match_item_label(nxt.text)
            if label is None and item.style in DIGIT_ITEM_STYLES:  # 号 labelled 「８．」「８　」, as a 項 would be
                label = grammar.match_paragraph_number(nxt.text)
                label = label if label is not None and DIGIT_ITEM_STYLES[item.style] == label.style else None
                if label is not None:
                    label = replace(label, style=item.style)
            if label is not None:
                return label.number == item.number + 1 and item.style in label.style.split("|")
            if grammar.is_weak_start(nxt.text) or grammar.is_structural_start(nxt.text) or nxt.text.endswith("。"):
                return False
            nxt = self._following.get(nxt.start)
        return False

    def _heading_ends_article(self, art: ArticleBuilder, line: LineRef, level: int) -> bool:
        """Does a Markdown/HTML heading inside an article end it? A heading naming a 項 (「### 2項」) is the
        article's own. Another one at the level of the article's heading or above (「# 変更履歴」 after 「# 第26条」,
        「## 補則」 after 「### 第一条」) is its sibling or its parent's, never part of it, as in any outline. Where the
        articles are no headings (第20条 in a <div>, then <h3>契約同意署名</h3>), a heading after the last article
        is the page's next block: a heading between articles stays the sub-heading it was read as."""
        if SUBHEADING_PARAGRAPH.match(line.text):
            return False
        own = self.heading_levels.get(art.start)
        if own is None and art.heading_end > art.start:
            own = self.heading_levels.get(self.text.rfind("\n", 0, art.heading_end - 1) + 1)
        if own is not None:
            return level <= own
        return line.start > self.last_heading_start

    def _add_heading_item(self, art: ArticleBuilder, line: LineRef, level: int) -> bool:
        """A heading that is a bare item label (「#### （一）」), below the heading naming the paragraph's 項 (「### 二項」):
        an item of that paragraph, its text the lines under it. Elsewhere a heading is a paragraph of its own."""
        if art.kou_heading_level is None or level <= art.kou_heading_level:
            return False
        label = grammar.match_item_label(line.text)
        if label is None or line.text[label.end:].strip(" \u3000"):
            return False
        if not self._add_item(replace(label, strong=True), line, art):
            return False
        art.heading_item = art.last_unit
        art.last_line_text = line.text
        return True

    def _bullet_line_next(self, line: LineRef) -> bool:
        """Does a bulleted line follow ``line``?"""
        k = bisect.bisect_left(self.line_starts, line.start) + 1
        return k < len(self.lines) and self.lines[k].text[:1] in _LONE_BULLETS

    @staticmethod
    def _bulleted_entries_open(art: ArticleBuilder) -> bool:
        """Is the last unit of ``art`` an entry of a list of bulleted entries (_add_bulleted_entry)?"""
        return len(art.stack) == 1 and art.stack[0].style in ("bullet-number", "bullet-place") \
            and art.last_unit is art.stack[0].item

    def _add_bulleted_entry(self, entry: grammar.Label, line: LineRef, art: ArticleBuilder) -> bool:
        """A bulleted line that ends no sentence (grammar.match_bulleted_entry): the next 号 of the list it goes on,
        or the first of one where the article's last paragraph ends with a finished sentence (。, or ： that leads
        it) and holds no item yet. A number it writes must be the next (1 to open the list); without one the entry
        is numbered by its place (labelled •N, as a reader counts when the text cites 第三号)."""
        style = "bullet-place" if entry.number is None else "bullet-number"
        if self._bulleted_entries_open(art):
            if art.stack[0].style != style:
                return False
            number = (art.stack[0].last_number or 0) + 1
        elif not art.stack and art.paragraphs and art.last_unit is art.paragraphs[-1] \
                and not art.paragraphs[-1].items and art.last_line_text.rstrip(" \u3000").endswith(("。", "：", ":")) \
                and grammar.match_item_label(BULLET_MARK.sub("", art.last_line_text, count=1)) is None:
            # (not under a bulleted line that is itself a labelled entry, 「• (3) …とは、…をいう。」: a line of its
            # text wrapped there)
            number = 1
        else:
            return False
        if entry.number is not None and entry.number != number:
            return False
        label = grammar.Label(str(number) if entry.number is not None else f"•{number}", number, style, entry.end, True)
        if not self._add_item(label, line, art):
            return False
        art.last_line_text = line.text
        return True

    def _add_bullet_item(self, t: str, depth: int, line: LineRef, art: ArticleBuilder) -> bool:
        """A bullet (「- 」「• 」, or a marker normalization removed) of a list nested below its paragraph: an
        item numbered by its place in the list, as a reader counts when the text cites 第7号. A line with a
        label of its own (「- (1)」) is left to the label."""
        if grammar.match_item_label(t) is not None:
            return False
        style = f"bullet-{depth}"
        level = next((lv for lv in reversed(art.stack) if lv.style == style), None)
        number = (level.last_number or 0) + 1 if level is not None else 1
        marker = BULLET_MARK.match(t)
        # labelled with its place (「•2」): the bullet alone would not tell a reader, or a change's location, which
        label = grammar.Label(f"•{number}", number, style, marker.end() if marker else 0, True)
        if not self._add_item(label, line, art):
            return False
        art.last_line_text = t
        return True

    def _accept_paragraph(self, label: grammar.Label, art: ArticleBuilder) -> bool:
        last = art.last_para_number() or 0
        n = label.number or 0
        if art.stack and label.style == "space":
            # 「一　…」 items own the space style inside a list; a digit+space line is a paragraph only in sequence, and
            # not as the second of a list set so under an item of paragraphs labelled 「１．」 (「⑭ 但し、会社は下記の事由
            # による解雇は行わない。」 then 「１ 無期契約の…」「２ 有期契約の…」: the 1 ran on as the item's text, the 2
            # would be paragraph 2 beside the real 「２．前項によって…」)
            before = grammar.match_paragraph_number(art.last_line_text) if art.last_line_text else None
            if before is not None and before.style == "space" and before.number == n - 1 and n > last:
                return False
            return n == last + 1
        if label.strong:
            return n in (last, last + 1, last + 2, last + 3) or (n == 1 and not art.paragraphs)
        if n == last + 2 and art.last_line_text.endswith("。"):
            return True  # one number skipped (２ missing) after a finished sentence: a numbering error to report
        return n == last + 1 or (n == last and n > 1)

    def _add_item(self, label: grammar.Label, line: LineRef, art: ArticleBuilder) -> bool:
        resolved = resolve_style(label, art.stack)
        if resolved is None:
            return False
        style, number = resolved
        depth = None
        for i in range(len(art.stack) - 1, -1, -1):
            if art.stack[i].style == style:
                depth = i
                break
        if not label.strong:
            if depth is not None:
                last = art.stack[depth].last_number
                if number is None or last is None or number not in (last + 1, last) \
                        and not (number == last + 2 and self._set_like(line, label, art.stack[depth].item)):
                    return False
            elif number != 1:
                return False
        item = Item(label.label, number, style, line.text[label.end:].strip(), (line.start, line.end))
        if depth is not None:
            del art.stack[depth:]
        if not art.stack:
            if not art.paragraphs:
                art.paragraphs.append(Paragraph(None, None, "", (line.start, line.start)))
            art.paragraphs[-1].items.append(item)
            p = art.paragraphs[-1]
            p.span = (p.span[0], line.end)
        else:
            art.stack[-1].item.items.append(item)
        art.stack.append(ItemLevel(style, item, number))
        art.last_unit = item
        return True

    def _set_like(self, line: LineRef, label: grammar.Label, item: Item) -> bool:
        """Is ``line`` set as the item before (its label then a space, and that space alike): 「五　学校側との…」 after
        「三　予算その他の…」, the fourth item lost? A kanji numeral opening a line is an item's label only so; 「五年以内に」
        runs on."""
        sep = line.text[label.end - 1:label.end] if label.end else ""
        if sep not in (" ", "\u3000"):
            sep = line.text[label.end:label.end + 1]
        before = self.text[item.span[0]:line.start]
        at = before.find(item.label)
        if sep not in (" ", "\u3000") or at < 0 or before[at + len(item.label):at + len(item.label) + 1] != sep:
            return False
        # (the label between written into the text, 「…法務省令で定めるもの五公開会社…」 as a law's text copied without its
        # line breaks runs it on: no item lost, the line's list is the text's)
        return grammar.int_to_kanji(item.number + 1) not in before[at + len(item.label):] if item.number else False

    # ------------------------------------------------------------ regions outside articles

    def add_outside_line(self, line: LineRef) -> None:
        """A line in the current region that is not inside an article."""
        if self.region == "annex" and self.annexes:
            a = self.annexes[-1]
            a.text = f"{a.text}\n{line.text}" if a.text else line.text
            a.span = (a.span[0], line.end)
            if TABLE_ROW.search(line.text):
                a.rows.append([c.strip() for c in line.text.split(" | ")])
        elif self.region == "supplementary" and self.supplementary:
            s = self.supplementary[-1]
            s.text = f"{s.text}\n{line.text}" if s.text else line.text
            s.span = (s.span[0], line.end)
        elif not self.articles and self.current is None and self.region != "closing":
            self.preamble_lines.append(line)
        else:
            self.closing.append(Block("text", line.text, (line.start, line.end)))

    def run(self) -> Document:
        style = self.detect_style()
        markdown = self.source.format == "markdown"
        if markdown or (style == "article" and self.source.format == "html"):
            blanks = self._after_blank_lines()
            self.after_blank = blanks if style == "article" else frozenset()
            self.blank_before = blanks if markdown else frozenset()
        elif style == "article" and self.source.format == "text":
            blanks = self._after_blank_lines()
            # a text file that sets its paragraphs apart by blank lines, not one whose every line has one after it
            # (a PDF's text, a file saved with double line ends): there a blank line is no paragraph break
            if len(blanks) * 2 <= len(self.lines):
                self.after_blank = blanks
        toc = self._table_of_contents(style == "section")
        self.contents = [(self.lines[i].start, self.lines[i].end) for i in sorted(toc)]
        sections = self.section_headings(toc) if style == "section" else {}
        lines = self.lines
        skip_caption: set[int] = set()
        deadline = self.deadline
        heads = [k for k, ln in enumerate(lines) if (k in sections if style == "section" else
                                                     self._article_heading(ln, self.line_headings[k]) is not None)]
        # 「## プライバシーポリシー」 after the terms' last section or article, with its own 「### 1.適用範囲」…: a part
        # of its own, its sections compared and checked as sections, not left as loose closing text
        appended = self._appended_documents(heads, toc)
        if style == "section":
            appended.update(self._second_titled_documents(heads, toc, sections))
        appended_sections = {k: v for _, run in appended.values() for k, v in run.items()}
        if style == "section":
            sections.update(appended_sections)
        # where the last article (or section) heading of the main text stands: a page's heading after it is no
        # sub-heading, a date set apart after it the document's (and an appended document's, which ends it)
        self.last_heading_start = max((lines[k].start for k in heads), default=-1)
        bare_captions = self._bare_captions(heads) if style != "section" else frozenset()
        for i, line in enumerate(lines):
            if deadline is not None and i % _CHECK_EVERY == 0 and i:
                deadline.check(f"in structure parsing at line {i:,} of {len(lines):,}")
            if i in skip_caption:
                continue
            t = line.text
            if i in toc:
                self.add_outside_line(line)
                continue
            if i in appended:
                self.finish_article()
                self.region = "annex"
                self.annexes.append(Annex(appended[i][0], None, "", (line.start, line.end)))
                continue
            if style != "section" and i in appended_sections:
                number, title, label = appended_sections[i]
                self.start_article(number, label, title, line, None)
                continue
            if style == "section":
                if i in sections:
                    number, title, label = sections[i]
                    self.start_article(number, label, title, line, None)
                elif i in self.chapters_of_sections:
                    c = self.chapters_of_sections[i]
                    self.finish_article()
                    self.chapters.append(Chapter(c.number, c.label, c.title, c.kind, (line.start, line.end)))
                    self.chapter_label = enclosing_chapter(self.chapter_label, c.kind, c.label, c.title)
                elif self.chapters_of_sections and line.start > self.last_heading_start \
                        and grammar.match_supplementary(t) is not None and grammar.supplementary_heading(t) == t:
                    # 「## 附則」 after the last chapter's sections: the 附則, as after articles
                    self.finish_article()
                    self.region = "supplementary"
                    self.supplementary.append(Supplementary("附則", grammar.match_supplementary(t)[1], "",
                                                            (line.start, line.end)))
                elif self._closes_body(i):
                    continue
                elif self.current is not None and line.start > self.last_heading_start and grammar.is_closing(t):
                    self.finish_article()  # 「以上」 under the last section ends the document, as after an article
                    self.closing.append(Block("closing", t, (line.start, line.end)))
                elif self.current is not None:
                    hist = grammar.match_history(t)
                    dates = hist is not None and (i + 1 in sections or self._looks_like_history_block(i))
                    if dates:
                        self.history.append({"kind": hist[0], "date": hist[1], "text": t})
                    if dates and line.start > self.last_heading_start:
                        # 「2023年04月01日制定」 under the last section: the document's date, as after a last article
                        self.finish_article()
                        self.closing.append(Block("history", t, (line.start, line.end)))
                    else:
                        # (「2024年9月18日 制定」 closing a section a contact section follows: recorded, left where it
                        # stands)
                        self._section_body_line(line)
                else:
                    self._outside_or_meta(line)
                continue
            if line.start in self.heading_levels and self._titles_next_article(i):
                # <h3>名称</h3><dl><dt>第1条</dt><dd>…: the page's heading over a bare 第N条 is its title, as a
                # caption （名称） above it would be
                self._start_under_its_title(line, i + 1, grammar.caption_title(t.strip(" \u3000")))
                skip_caption.add(i + 1)
                continue
            if line.start in self.heading_levels and self._heads_a_section(i):  # (a page's heading lines only)
                # 「### 外部設計書作成（支援）業務」 between 第18条 and 第19条 under 「## 第3章」: a section of the chapter
                # named without a number, not the last line of the article before it
                self.finish_article()
                title = t.strip(" \u3000")
                self.chapters.append(Chapter(title, "", title, "節", (line.start, line.end)))
                self.chapter_label = enclosing_chapter(self.chapter_label, "節", "", title)
                continue
            if i in bare_captions:
                self._start_under_its_title(line, i + 1, t.strip(" \u3000"))
                skip_caption.add(i + 1)
                continue
            if line.start in self.inline_chapters and self.region == "main":
                # 「第一章総則」 cut from a flattened page between a sentence's 。 and 「◆第1条」: a chapter's heading
                c = self.inline_chapters[line.start]
                self.finish_article()
                self.chapters.append(Chapter(c.number, c.label, c.title, c.kind, (line.start, line.end)))
                self.chapter_label = enclosing_chapter(self.chapter_label, c.kind, c.label, c.title)
                continue
            # (_glued_heading finds a heading only on a page's heading or a line opening with 第: not asked of the others)
            if not grammar.is_structural_start(t) and (not t.startswith("第") and line.start not in self.heading_levels
                                                       or self._glued_heading(line) is None):
                # no heading, 附則, 別紙 or closing line (most lines of a law): only a caption above the
                # next line's heading, or a history line, can be other than body text
                if not (i + 1 < len(lines) and grammar.is_caption(t)):
                    hist = grammar.match_history(t)
                    if hist is None:
                        if self._closes_body(i):
                            continue
                        if self.current is not None and i == self._contact_footer():
                            self.finish_article()  # 「一般社団法人…事務局」⏎「東京都…」⏎「TEL.03-…」: the page's footer
                            self.region = "closing"
                            self.closing.append(Block("text", t, (line.start, line.end)))
                        elif self.current is not None and line.start > self.last_heading_start \
                                and self._page_block_after_terms(line):
                            # 「利用規約に同意する」 (a form's label), 「ホームに戻る」, 「株式会社…」 after the last article's
                            # finished sentence: the page's next block, no paragraph of the article
                            self.finish_article()
                            self.region = "closing"
                            self.closing.append(Block("text", t, (line.start, line.end)))
                        elif self.current is not None and self._opens_renumbered_part(i):
                            # 「利用規約」⏎「この利用規約（以下「本規約」…）は…」⏎第1条 after the 宿泊約款's 第3条: the next
                            # set of rules on the page, named by its title, not the last article's text
                            self.finish_article()
                            self.region = "annex"
                            self.annexes.append(Annex(t.strip(" \u3000"), None, "", (line.start, line.end)))
                        elif self.current is not None:
                            self.add_body_line(line)
                        elif (name := self._names_next_part(i)) is not None:
                            # 「細目」 after the 附則's text, then （会費）⏎第１条: the rules the 会則 delegates to, a
                            # part of their own, not the 附則's articles
                            self.region = "annex"
                            self.annexes.append(Annex(name, None, "", (line.start, line.end)))
                        else:
                            self.add_outside_line(line)
                        continue
            h = self._article_heading(line, self.line_headings[i])
            if h is not None and not h.rest and self._lists_cited_articles(i):
                # 「以下の条項は本契約終了後も存続する。」⏎「・第6条」⏎「・第8条（秘密保持）」: bullets under a sentence that
                # announces them are the articles it cites, not headings
                if self.current is not None:
                    self.add_body_line(line)
                else:
                    self.add_outside_line(line)
                continue
            if h is not None and h.rest and self.current is not None and i > 0 and _lone_label(lines[i - 1].text):
                # 「(3)」⏎「第14条（…）の規定により…」: the line under a paragraph's label alone on its line is that
                # paragraph's text, whatever it opens with (a heading that holds no text, 「第4条（目的）」, is none)
                self.add_body_line(line)
                continue
            if h is not None and h.title is None and h.rest and self.heading_levels.get(line.start) is not None \
                    and "。" not in h.rest and len(h.rest) <= 60:
                # 「### 第13条　通知不要の変更、中断、中止および廃止等」: what a Markdown/HTML heading says after 第N条
                # is its title, 、 or not (a law's first sentence, which the grammar reads in 第N条　…、…, is never
                # set as a heading)
                h = replace(h, title=h.rest, rest="", rest_offset=len(t))
            if h is not None:
                title = h.title
                if title is None and not h.rest and i > 0 and grammar.is_caption(lines[i - 1].text) \
                        and lines[i - 1] in self.preamble_lines:
                    title = grammar.caption_title(lines[i - 1].text)
                below = title is None and not h.rest and grammar.captions_below(lines, i)
                if below:
                    title = grammar.caption_title(lines[i + 1].text)
                elif not h.rest and self._title_below(i, titled=title is not None):
                    # <h2>第十一条<br>お問い合わせ窓口</h2>, <h2>第十条 プライバシー<br>ポリシーの変更</h2>: the heading's
                    # second line is its title, or the rest of it
                    below = True
                    title = (title or "") + lines[i + 1].text.strip(" \u3000")
                self._back_from_a_table_caption(h.number, None)
                self._maybe_new_part(h, i)
                self.start_article(h.number, h.label, title, line, h)
                if below:  # 第1条⏎（目的）: the caption is the heading's second line
                    self.current.heading_end = lines[i + 1].end
                    skip_caption.add(i + 1)
                continue
            nh = grammar.captions_heading(t, lines[i + 1].text) if i + 1 < len(lines) and not _lone_label(t) else None
            if nh is not None:
                # caption above a law-style heading: （目的）⏎第一条　…
                self._maybe_new_part(nh, i + 1)
                self.start_article(nh.number, nh.label, grammar.caption_title(t), lines[i + 1], nh)
                self.current.start = line.start
                skip_caption.add(i + 1)
                continue
            c = grammar.match_chapter_heading(t)
            if c is not None and self._supplementary_chapter(i, c):
                # 「## 第8章 附則」 over 「1. 本法人の最初の事業年度は…」: the 附則, set as the last chapter
                self.finish_article()
                self.region = "supplementary"
                self.supplementary.append(Supplementary("附則", None, "", (line.start, line.end)))
                continue
            if c is not None:
                self.finish_article()
                self._back_from_a_table_caption(None, c)
                if self.region == "main":
                    self.chapters.append(Chapter(c.number, c.label, c.title, c.kind, (line.start, line.end)))
                    self.chapter_label = enclosing_chapter(self.chapter_label, c.kind, c.label, c.title)
                else:
                    self.add_outside_line(line)
                continue
            sup = grammar.match_supplementary(t)
            if sup is not None and not self.articles and self.current is None and _SUPPLEMENTARY_FIELD.match(t):
                sup = None  # 「附則: 令和7年6月15日施行」 over the articles: the header's field of the date it takes effect
            if sup is not None:
                self.finish_article()
                self.region = "supplementary"
                heading = grammar.supplementary_heading(t)
                # (「（附則）この規約は掲載時から実施します。」: the sentence on the heading's line is the 附則's text)
                said = t[len(heading):].strip(" \u3000") if heading != t else ""
                self.supplementary.append(Supplementary("附則", sup[1], said, (line.start, line.end)))
                continue
            ax = grammar.match_annex(t)
            if ax is not None and (self.articles or self.current is not None):
                self.finish_article()
                self.region = "annex"
                self.annexes.append(Annex(ax[0], ax[1], "", (line.start, line.end)))
                continue
            if grammar.is_closing(t):
                self.finish_article()
                self.closing.append(Block("closing", t, (line.start, line.end)))
                continue
            hist = grammar.match_history(t)
            if hist is not None and (self.current is None or self._looks_like_history_block(i)
                                     or line.start > self.last_heading_start and line.start in self.after_blank):
                # (「制定日：2026年9月16日」 set apart under the last article, then the page's links: the document's
                # date, after which nothing is an article's)
                self.finish_article()
                self.history.append({"kind": hist[0], "date": hist[1], "text": t})
                self.closing.append(Block("history", t, (line.start, line.end)))
                continue
            if self.current is not None:
                self.add_body_line(line)
            else:
                self.add_outside_line(line)
        self.finish_article()
        self._attach_tables()
        return self.document(style)

    def _table_of_contents(self, sections: bool = False) -> set[int]:
        """Line indices of a 目次 block: its entries look like headings but are not. ``sections``: the document is
        numbered in sections (1. 一般事項), which its entries then name."""
        for i, ln in enumerate(self.lines[:400]):
            # the substring test first: a line without 目次 cannot read 目次 once its spaces are taken out, and
            # this runs on 400 lines of every document
            if "目次" not in ln.text or not grammar.is_contents_line(ln.text):
                continue
            if i + 1 >= len(self.lines):
                return set()
            first = _TOC_RANGE.sub("", self.lines[i + 1].text).strip()
            # (the first entries may name what the body does not head again: the page's own title and 目次 itself,
            # 「- [KinokoNetWork利用規約](#…)」⏎「  - [目次](#目次)」⏎「  - [第一条（前置き）](#…)」)
            for j in range(i + 1, min(i + 1 + _TOC_FIRST_ENTRIES, len(self.lines))):
                entry_text = _TOC_RANGE.sub("", self.lines[j].text).strip()
                for k in range(j + 1, len(self.lines)):
                    if self.lines[k].text.strip() == entry_text:
                        return set(range(i, k))
                if grammar.toc_entry(entry_text) is not None:
                    break  # an entry of a heading the body writes otherwise (第1章（総則） for 第1章　総則): found below
            # the body's heading may be written otherwise than its entry (第1条　目的…………1 for 第1条（目的）): the
            # first heading of the same kind and number without a page number is where the body starts
            entry = grammar.toc_entry(first)
            if entry is not None:
                for k in range(i + 2, len(self.lines)):
                    e = grammar.toc_entry(self.lines[k].text.strip())
                    if e is not None and e[0] == entry[0] and not e[1]:
                        return set(range(i, k))
            block = {i}
            for k in range(i + 1, len(self.lines)):
                t = self.lines[k].text
                e = grammar.toc_entry(t.strip())
                if grammar.match_chapter_heading(t) or grammar.match_supplementary(t) or (e is not None and e[1]):
                    block.add(k)  # (a heading with its page is an entry whatever comes after)
                else:
                    break
            last = max(block)
            if last > i and self._opens_an_article(last + 1) and grammar.match_chapter_heading(self.lines[last].text):
                block.discard(last)  # 「目 次⏎第1章 総則⏎(趣旨)⏎第1条 …」: the page dropped the entries; the body starts
            if len(block) == 1:
                block |= self._repeated_headings(i + 1, sections, 1)
            return block
        ranged = self._ranged_contents()
        if ranged:
            return ranged
        for i in range(min(len(self.lines), 400)):
            run = self._repeated_headings(i, sections, 3)
            if run:
                return run
        return set()

    def _opens_an_article(self, k: int) -> bool:
        """Does line ``k`` head an article, alone or under its caption (「(趣旨)⏎第1条 …」)?"""
        lines = self.lines
        if k >= len(lines):
            return False
        if grammar.match_article_heading(lines[k].text):
            return True
        return k + 1 < len(lines) and grammar.is_caption(lines[k].text) \
            and grammar.match_article_heading(lines[k + 1].text) is not None

    def _ranged_contents(self) -> set[int]:
        """Line indices of a table of contents without a 目次 line whose entries are chapters and sections, each
        with the range of its articles (「第1章 総則(第1条-第3条)」 … 「第5章 雑則(第27条)」), before the first article:
        two such entries at least, and the lines between them and a 附則 after them entries too."""
        entries: list[int] = []
        for k, ln in enumerate(self.lines[:400]):
            t = ln.text.strip(" \u3000")
            if grammar.match_article_heading(t) is not None:
                break  # (the first article: the body)
            if grammar.is_ranged_contents_entry(t):
                entries.append(k)
            elif k + 1 < len(self.lines) and grammar.match_chapter_heading(t) is not None \
                    and grammar.ends_with_article_range(self.lines[k + 1].text) \
                    and grammar.match_article_heading(self.lines[k + 1].text.strip(" \u3000")) is None:
                entries += [k, k + 1]  # 「第10章」⏎「決算(第57条-第61条)」: an entry broken after its chapter's number
        if len(entries) < 2:
            return set()
        first, last = entries[0], entries[-1]
        if any(grammar.toc_entry(self.lines[k].text.strip(" \u3000")) is None and k not in entries
               for k in range(first, last + 1)):
            return set()
        while last + 1 < len(self.lines) and grammar.ends_with_article_range(self.lines[last + 1].text) \
                and grammar.match_article_heading(self.lines[last + 1].text.strip(" \u3000")) is None:
            last += 1  # 「補 則 第60条〜第62条」: a part named without a chapter's number, its range after it
        while last + 1 < len(self.lines) and grammar.match_supplementary(self.lines[last + 1].text) is not None \
                and grammar.match_article_heading(self.lines[last + 1].text) is None \
                and any(grammar.match_article_heading(ln.text) for ln in self.lines[last + 2:last + 40]):
            last += 1  # 「附則」 closing the list, the body's articles below it
        return set(range(first, last + 1))

    def _repeated_headings(self, i: int, sections: bool, least: int) -> set[int]:
        """Line indices of a table of contents without a 目次 line (or whose entries the body words otherwise):
        ``least`` headings or more from line ``i`` on, one after the other with no text between, numbered 1, 2,
        3, …, whose numbers the body then heads again, in the same order, each with text under it. A run of
        headings the body does not repeat (a chapter, then its first article) is no table of contents."""
        lines = self.lines

        def key(k: int):
            e = grammar.toc_entry(lines[k].text.strip(), sections)
            return None if e is None else e[0]

        if i > 0 and key(i - 1) is not None:
            return set()
        run: list[tuple[str, str]] = []
        last: dict[str, int] = {}  # kind → its last number: chapters and articles each go on 1, 2, 3
        j = i
        while j < len(lines) and len(run) < 400:
            k = key(j)
            if k is None or not k[1].isdigit() or int(k[1]) != last.get(k[0], 0) + 1:
                break
            last[k[0]] = int(k[1])
            run.append(k)
            j += 1
        if len(run) < least:
            return set()
        n = 0
        for m in range(j, len(lines) - 1):
            # the body heads them again in order; an article or a section with its text under it
            if n < len(run) and key(m) == run[n] and (run[n][0] not in ("条", "節") or key(m + 1) is None):
                n += 1
        if n != len(run):
            return set()
        if j < len(lines) and grammar.match_supplementary(lines[j].text) and any(
                grammar.match_supplementary(ln.text) for ln in lines[j + 1:]):
            j += 1  # 「付則」 closing the list of links to the articles, its body's 付則 below: an entry too
        return set(range(i, j))

    def _start_under_its_title(self, line: LineRef, at: int, title: str) -> None:
        """Open the article whose bare heading (第1条) is on ``heading``, titled by ``line`` above it (a page's heading,
        a caption without brackets), which the article starts with."""
        heading = self.lines[at]
        nh = grammar.match_article_heading(heading.text)
        self._back_from_a_table_caption(nh.number, None)
        self._maybe_new_part(nh, at)
        self.start_article(nh.number, nh.label, title, heading, nh)
        self.current.start = line.start

    def _chapter_level(self) -> int | None:
        """The deepest heading level of the 章 read so far; None when there is none, or one of them is not a page's
        heading. Kept up to date with the chapters read since it was last asked: asked of every heading line of a page,
        it went through all the chapters each time (a law's 1,000 article headings × 300 chapters), and the list of
        their levels was searched for None and its maximum again for each line."""
        seen, missing, deepest = self._chapter_level_memo  # (chapters are only ever appended, heading_levels fixed)
        for c in self.chapters[seen:]:
            if c.kind == "章":
                level = self.heading_levels.get(c.span[0])
                if level is None:
                    missing = True
                elif deepest is None or level > deepest:
                    deepest = level
        self._chapter_level_memo = (len(self.chapters), missing, deepest)
        return None if missing else deepest

    def _heads_a_section(self, i: int) -> bool:
        """Is line ``i`` a page's heading set deeper than the document's 章 headings, a name without a number (no
        sentence), right over an article's heading: a 節 written by its name only?"""
        line = self.lines[i]
        level = self.heading_levels.get(line.start)
        if level is None or self.region != "main" or not self.chapters or i + 1 >= len(self.lines):
            return False
        chapter_level = self._chapter_level()
        if chapter_level is None or level <= chapter_level:
            return False
        t = line.text.strip(" \u3000")
        if len(t) > 40 or SENTENCE_PUNCT.search(t) or grammar.is_structural_start(t) or grammar.is_caption(t):
            return False
        nxt = self.lines[i + 1].text
        return grammar.match_article_heading(nxt) is not None or grammar.match_captioned_heading(nxt) is not None \
            or (i + 2 < len(self.lines) and grammar.captions_heading(nxt, self.lines[i + 2].text) is not None)

    def _bare_captions(self, heads: list[int]) -> frozenset[int]:
        """The lines that caption the article heading below them without brackets (「適用範囲」⏎「第１条 当ホテルが…」),
        where the document writes such a caption over most of its untitled articles: at least two of them, and
        with the captions in brackets at least 0.6 of the untitled headings (a chapter's name over some articles
        is no caption). Not the document's first line or top heading (its name, over 第1条)."""
        lines = self.lines
        untitled, bracketed, bare = 0, 0, []
        for k in heads:
            h = grammar.match_article_heading(lines[k].text)
            if h is None or h.title is not None:
                continue
            untitled += 1
            if k >= 1 and grammar.is_caption(lines[k - 1].text):
                bracketed += 1
            elif k >= 2 and grammar.is_bare_caption(lines[k - 1].text) \
                    and self.heading_levels.get(lines[k - 1].start) != self.top_heading_level:
                bare.append(k - 1)
        if len(bare) < 2 or len(bare) + bracketed < 0.6 * untitled:
            return frozenset()
        return frozenset(bare)

    def _titles_next_article(self, i: int) -> bool:
        """Is the Markdown/HTML heading on line ``i`` the title of the bare 第N条 on the next line (a 定款 page's
        <h3>名称</h3> then <dt>第1条</dt>)? Not the page's top heading (「# 利用規約」 over 第1条 names the document),
        not a heading over a heading (「## 総則」 over 「### 第1条」 is its chapter), not a chapter, a 附則 or a 項."""
        if i + 1 >= len(self.lines):
            return False
        t, nxt = self.lines[i].text, self.lines[i + 1]
        if nxt.start in self.heading_levels or self.heading_levels[self.lines[i].start] <= self.top_heading_level:
            return False
        if len(t) > 40 or "。" in t or grammar.is_structural_start(t) or SUBHEADING_PARAGRAPH.match(t):
            return False
        h = grammar.match_article_heading(nxt.text)
        return h is not None and h.title is None and not h.rest

    def _supplementary_chapter(self, i: int, c: grammar.ChapterHeading) -> bool:
        """Is the chapter heading on line ``i`` the 附則 (「第8章　附則」), its provisions written without article
        headings? A chapter so named whose articles go on with the body's numbering (第６章　附則⏎（法令の準拠）⏎
        第４１条 …, as 定款 are often written) is a chapter of the body like any other."""
        if c.kind != "章" or c.title.replace(" ", "").replace("\u3000", "") not in ("附則", "付則") or not self.articles:
            return False
        for ln in self.lines[i + 1:i + 3]:
            if grammar.is_caption(ln.text):
                continue
            return grammar.match_article_heading(ln.text) is None and grammar.match_captioned_heading(ln.text) is None
        return True

    def _looks_like_history_block(self, i: int) -> bool:
        """A date line inside an article is history only when no body text follows before the next unit."""
        for ln in self.lines[i + 1:]:
            t = ln.text
            if grammar.is_structural_start(t) or grammar.match_history(t) or grammar.match_enactment(t) \
                    or grammar.is_execution_clause(t):
                return True
            return False
        return True

    def _closes_body(self, i: int) -> bool:
        """Does line ``i`` end the articles: the execution clause (「以上、本契約成立の証として…」), which opens the
        closing (the date and the signatures after it), or a sentence dating the document (「本規程は、…に定められ、
        …適用される。」), its history? Either only after the text of the last article (the first text under a heading,
        「第72条（規約原本等）⏎この規約を証するため、…」, is that article's), or outside the articles after them or
        after a 附則; a line with a paragraph's or an item's label is the article's."""
        line = self.lines[i]
        t = line.text
        if t[:1] in _SIGNATURES_OPEN and self._opens_signatures(i):  # (its first test, made before the call)
            self.finish_article()
            self.region = "closing"
            self.closing.append(Block("closing", t, (line.start, line.end)))
            return True
        if "証" not in t and not t.startswith(_CLOSING_OPENS):
            return False  # what every execution clause and dating sentence starts with or holds
        art = self.current
        if art is not None:
            if line.start < self.last_heading_start or not art.paragraphs or grammar.is_weak_start(t) \
                    or line.start in self.heading_levels:
                return False
        elif self.region == "annex" or (self.region != "supplementary" and not self.articles):
            return False
        if grammar.is_execution_clause(t):
            self.finish_article()
            self.region = "closing"
            self.closing.append(Block("closing", t, (line.start, line.end)))
            return True
        # (in a 附則, 「この規程は、…から施行する。」 is the 附則's own text)
        enacted = grammar.match_enactment(t) if self.region != "supplementary" else None
        if enacted is not None and self._looks_like_history_block(i):
            self.finish_article()
            self.history.append({"kind": enacted[0], "date": enacted[1], "text": t})
            self.closing.append(Block("history", t, (line.start, line.end)))
            return True
        return False

    def _opens_signatures(self, i: int) -> bool:
        """Does line ``i`` open the signature block after the last article: a party's label (「（甲：発注側）」), or a rule
        (---) before one, with the fields to fill in under it (「社名：＿＿＿」「代表者名：＿＿＿　印」)? The block binds
        no one; read as the last article's text, its blanks and 印 were checked as clauses. Only after the text of an
        article, and only where no article follows."""
        t = self.lines[i].text
        if t[:1] not in _SIGNATURES_OPEN or not (PARTY_LABEL.match(t) or grammar.RULE_LINE.fullmatch(t)) \
                or self.current is None \
                or not self.current.paragraphs or self.lines[i].start in self.heading_levels:
            return False
        after = [ln.text for ln in self.lines[i + 1:i + 4]]
        if not any(SIGNATURE_FIELD.match(a) for a in after):
            return False
        return not any(grammar.match_article_heading(ln.text) for ln in self.lines[i + 1:])

    def _back_from_a_table_caption(self, number: str | None, chapter) -> None:
        """「別表1　週所定労働日数が5日の者」 over a table inside an article (a company's 就業規則) opened an annex, and
        the rest of the rules were read as its articles. An annex that holds no article of its own ends where the
        main body's numbering goes on: the next article, or the next chapter of the kind the body uses."""
        if self.region != "annex" or not self.annexes or self.annexes[-1].articles or not self.articles:
            return
        if number is not None:
            last = self.articles[-1].number.split("_")[0]
            goes_on = last.isdigit() and number == str(int(last) + 1)
        else:
            last_chapter = next((c for c in reversed(self.chapters) if c.kind == chapter.kind), None)
            goes_on = last_chapter is not None and str(chapter.number).isdigit() and str(last_chapter.number).isdigit() \
                and int(chapter.number) == int(last_chapter.number) + 1
        if goes_on:
            self.region = "main"

    def _contact_footer(self) -> int:
        """Where the contact block that ends a page starts (the organisation, its address, 「TEL.03-…」), after the
        last article's last sentence: lines to the end of the text, none a sentence (。) or labelled, one of them a
        telephone or fax number or a postal code. -1: no such block. A sentence that announces what follows
        (「会費は次による。」) keeps the lines after it."""
        if self._footer is None:
            self._footer = -1
            lines = self.lines
            k = len(lines)
            while k > 0 and lines[k - 1].start > self.last_heading_start and not lines[k - 1].text.endswith("。") \
                    and not grammar.is_weak_start(lines[k - 1].text) and not grammar.is_structural_start(lines[k - 1].text):
                k -= 1
            if 0 < k < len(lines) and lines[k - 1].start >= self.last_heading_start and lines[k - 1].text.endswith("。") \
                    and not LEADS_ITEMS.search(lines[k - 1].text) and len(lines) - k <= 8 \
                    and any(_CONTACT.search(ln.text) for ln in lines[k:]):
                self._footer = k
        return self._footer

    def _names_next_part(self, i: int) -> str | None:
        """The name of the part line ``i`` opens after the text of a 附則 or a 別表 (「細目」「施行細則」, or
        「特定非営利活動法人…⏎会員倫理規程」 over its own preamble), its articles numbered from 第1条 again; None when it
        opens none. A word alone on its line (no sentence, no bracket, no number) right over 第1条 or over a caption
        and 第1条; or the name of a set of rules (…規約, …規程), on this line or the next, with 第1条 a few lines of
        text below. A 附則's own articles follow its heading, or its text, with no such line."""
        lines = self.lines
        t = lines[i].text.strip(" \u3000")
        sup = self.supplementary[-1] if self.supplementary else None
        # (its text, or its dates alone: 「附則」⏎「昭和46年3月31日施行」⏎「平成22年5月28日全部改正」, read as the history)
        after_supplementary = self.region == "supplementary" and sup is not None and not sup.articles and (
            sup.text or any(b.kind == "history" and b.span[0] >= sup.span[0] for b in self.closing[-4:]))
        annex = self.annexes[-1] if self.annexes else None
        after_table = self.region == "annex" and annex is not None and not annex.articles and (annex.text or annex.rows)
        if not (after_supplementary or after_table) or not _PART_NAME.fullmatch(t) or grammar.match_history(t):
            return None
        if after_supplementary and len(t) <= 12 and _first_article_below(lines, i + 1, 0):
            return t
        names = [n for n in (t, lines[i + 1].text.strip(" \u3000") if i + 1 < len(lines) else "")
                 if _PART_NAME.fullmatch(n) and grammar.RULES_NAME.search(n)]
        if not names:
            return None
        if names[0] == t and after_table and self.heading_levels.get(lines[i].start) is not None:
            # 「<h1>利用規則</h1>」 after the 宿泊約款's last 別表: the page's next document under a heading of its own,
            # its rules numbered １．２．, not 第N条; no table goes on under a heading naming a set of rules
            return t
        below = i + 1 + (names[0] != t)
        return names[0] if _first_article_below(lines, below, _PART_PREAMBLE_LINES) else None

    def _opens_renumbered_part(self, i: int) -> bool:
        """Is line ``i``, inside an article numbered above 1, the name of a set of rules (…規約, …約款) whose own
        第1条 follows a few lines of its preamble below? The articles restart, so they are no continuation of the
        article the name would otherwise close."""
        t = self.lines[i].text.strip(" \u3000")
        return self.current.number not in (None, "1") \
            and len(t) <= _PART_NAME_LONGEST and bool(_PART_NAME.fullmatch(t)) \
            and (grammar.RULES_NAME.search(t) is not None or t.endswith("ポリシー")) \
            and _first_article_below(self.lines, i + 1, _PART_PREAMBLE_LINES)

    def _maybe_new_part(self, h: grammar.ArticleHeading, at: int) -> None:
        """Articles restarting at 第1条 after the main body without a 別紙 line: a new part. Not a 第1条 whose next
        article goes on with the body's numbering (第10条, 第1条, 第11条: a stray copy of 第1条 pasted into the body,
        whose numbering and duplicate checks have something to say, not a second set of rules)."""
        if self.region == "main" and h.number == "1" and self.current is not None \
                and self._next_article_number(at) == _next_number(self.current.number):
            return
        if self.region == "main" and h.number == "1" and self.articles and any(a.number != "1" for a in self.articles) \
                and self.current is not None and not self.current.paragraphs == []:
            self.finish_article()
            self.region = "annex"
            self.annexes.append(Annex(f"part{len(self.annexes) + 2}", None, "", (self.lines[0].start, self.lines[0].start)))
        elif self.region == "annex" and self.annexes and h.number == "1" and self.annexes[-1].articles:
            self.finish_article()
            self.annexes.append(Annex(f"part{len(self.annexes) + 2}", None, "", (0, 0)))
        elif h.number == "1" and self.region in ("main", "closing") and self.current is None and self.closing \
                and any(a.number != "1" for a in self.articles):
            # 「以上」⏎「最終更新日：…」⏎「さぽかっぷ利用規約」⏎(its preamble)⏎「第1条（定義）」: a page's second set of rules
            # after the first one's closing, its articles numbered anew, is a part of its own, not the main text's
            # articles numbered twice
            self.finish_article()
            self.region = "annex"
            start = self.lines[at].start
            self.annexes.append(Annex(f"part{len(self.annexes) + 2}", None, "", (start, start)))

    def _next_article_number(self, at: int) -> str | None:
        """The number of the first article heading after line ``at`` (within the next 200 lines)."""
        for ln in self.lines[at + 1:at + 200]:
            h = grammar.match_article_heading(ln.text)
            if h is not None:
                return h.number
        return None

    def _section_body_line(self, line: LineRef) -> None:
        t = line.text
        m = _SECTION_PARAGRAPH.match(t)
        art = self.current
        if m and m.group(1) == art.number.split("_")[0]:
            p = Paragraph(int(m.group(2)), m.group(0).strip(), t[m.end():], (line.start, line.end))
            art.paragraphs.append(p)
            art.stack = []
            art.last_unit = p
            art.last_line_text = t
            return
        self.add_body_line(line)  # a sub-heading inside the section opens its own paragraph there

    def _outside_or_meta(self, line: LineRef) -> None:
        hist = grammar.match_history(line.text)
        if hist is not None:
            self.history.append({"kind": hist[0], "date": hist[1], "text": line.text})
        self.add_outside_line(line)

    def _attach_tables(self) -> None:
        if not self.source.tables:
            return
        for table in self.source.tables:
            target = None
            first = " | ".join(table[0]) if table else ""
            for a in self.annexes:
                if first and first.replace(" ", "") in a.text.replace(" ", ""):
                    target = a
            if target is not None and not target.rows:
                target.rows = [list(r) for r in table]

    @staticmethod
    def _names_a_document(line: str) -> bool:
        """Can the page's first line be its title: short, no sentence, no label of a part, an article or an item
        (「第1章　総則」, 「#. 名称」, 「1. 目的」)?"""
        return (len(line) <= 80 and not line.endswith("。") and not line.startswith("#")
                and grammar.match_chapter_heading(line) is None and grammar.match_article_heading(line) is None
                and grammar.match_item_label(line) is None)

    def _front_matter_title(self) -> str | None:
        front = front_matter(self.source.text) if self.source.format == "markdown" else None
        given = front.title if front is not None else None
        return given if given and len(given) <= 80 else None

    def document(self, style: str) -> Document:
        preamble = None
        title = None
        pre = self.preamble_lines
        if pre:
            first = pre[0].text.strip()
            # the page's own heading, the highest of those before the body (「# YOMOGI Server 利用規約」 under two
            # 「### These terms of services are Japanese only.」 notices), else the first line
            levels = [(self.heading_levels[ln.start], k) for k, ln in enumerate(pre) if ln.start in self.heading_levels]
            if levels:
                k = min(levels)[1]
                first = pre[k].text.strip()
                while k + 1 < len(pre) and self._same_heading(pre[k], pre[k + 1]):
                    k += 1  # <h1>月会費<br>会員規約</h1>: one heading, broken in two lines
                    first += pre[k].text.strip()
            if len(first) <= 80 and not first.endswith("。"):
                title = first
            preamble = Block("preamble", "\n".join(ln.text for ln in pre), (pre[0].start, pre[-1].end))
        if title is None and self.lines and not (self.articles and self.articles[0].span[0] <= self.lines[0].start):
            # (not the caption that starts the first article: 「（目的）」 above 第1条 titles that article)
            first = self.lines[0].text.strip()
            if len(first) <= 80 and not first.endswith("。") and grammar.match_article_heading(first) is None:
                title = first
        if title is not None and not _WORD_CHAR.search(title):
            title = None  # 「|||||」: a row of empty cells a page lays itself out with
        if (given := self._front_matter_title()) and (title is None or not self._names_a_document(title)
                                                      or _NO_TITLE.match(title)):
            title = given  # 「title: 利益相反マネジメント規程」 above a page that opens on its first part or a sentence
            # (or on its date, 「発効日：2020年12月20日」, or a section's word, 「はじめに」)
        metadata = self._metadata(title)
        renumber_restarted_lists(self.articles, self.text)
        return Document(
            source=self.source, norm=self.norm, title=title, metadata=metadata, preamble=preamble,
            chapters=self.chapters, articles=self.articles, supplementary=self.supplementary,
            annexes=self.annexes, closing=self.closing, style=style, numbering=self._chapter_numbering(),
            contents=self.contents,
        )

    def _chapter_numbering(self) -> str:
        """"chapter" when the articles of every chapter are numbered from 1 (第一章 第一条…第四条, 第二章 第一条…, as
        clubs' and associations' 会則 are written), each article then labelled with its chapter (第二章第一条); else
        "document". Two chapters or more must each start at 第1条 and go on 2, 3, …: one restart among chapters
        that continue the numbering is a duplicate to report, not a scheme."""
        tops = [c for c in self.chapters if c.kind == self.chapters[0].kind] if self.chapters else []
        if len(tops) < 2 or not self.articles:
            return "document"
        groups: list[tuple[Chapter | None, list[Article]]] = []
        k = -1
        for a in self.articles:
            while k + 1 < len(tops) and tops[k + 1].span[0] < a.span[0]:
                k += 1
            chapter = tops[k] if k >= 0 else None
            if not groups or groups[-1][0] is not chapter:
                groups.append((chapter, []))
            groups[-1][1].append(a)
        if len(groups) < 2 or groups[0][0] is None:
            return "document"
        for _c, arts in groups:
            numbers = [a.number for a in arts]
            if numbers[0] != "1" or (len(numbers) > 1 and numbers[1] not in ("1_2", "2")):
                return "document"
        for c, arts in groups:
            for a in arts:
                a.part_label = c.label
        return "chapter"

    def _metadata(self, title: str | None) -> dict:
        head = "\n".join(ln.text for ln in self.preamble_lines[:8])
        history = list(self.history)
        for ln in self.preamble_lines[:8]:
            h = grammar.match_history(ln.text)
            if h is not None and not any(x["text"] == ln.text for x in history):
                history.append({"kind": h[0], "date": h[1], "text": ln.text})
        for s in self.supplementary:
            if s.date:
                history.append({"kind": "附則", "date": s.date, "text": self.text[s.span[0]:s.span[1]].split("\n")[0]})
        dates = [h["date"] for h in history if h.get("date")]
        version = grammar.find_version(head) or next(
            (grammar.find_version(h["text"]) for h in history if grammar.find_version(h["text"])), None)
        return {
            "version": version,
            "effective_date": max(dates) if dates else None,
            "history": history,
        }


def parse(norm: Normalized, source: Source) -> Document:
    """The structure of a normalized document.

    When ``source`` carries a time budget (``Source.deadline``, set by ingest), the
    budget covers ingest, normalization and this parse; it is checked on entry and
    every few hundred lines, then cleared so that parsing the same Source again
    later is not timed.
    """
    deadline = getattr(source, "deadline", None)
    if deadline is not None:
        source.deadline = None
        deadline.check("after normalization, before structure parsing")
    with paused_gc():  # thousands of acyclic units and spans: see normalize()
        return _Parser(norm, source, deadline).run()
