"""How a line inside an article is read: the state of the article being built (its paragraphs, the open item
lists), and the rules that tell a paragraph's number from an item's label by the sequence they stand in (1. as a
paragraph or as the 号 a lead sentence announces, 「１　」 under a 定款's first paragraph, a loose 「2、」, a bullet).

Split out of structure.py, which walks the document's lines and regions (articles, 附則, 別紙, closing) and calls
these rules for each line inside an article; they read only the builder and the line, never the whole document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from . import grammar
from .model import Item, Paragraph

TABLE_ROW = re.compile(r" \| ")


class LineRef(NamedTuple):
    text: str
    start: int
    end: int


@dataclass
class ItemLevel:
    style: str
    item: Item
    last_number: int | None


@dataclass
class ArticleBuilder:
    heading: grammar.ArticleHeading | None
    number: str
    label: str
    title: str | None
    chapter: str | None
    start: int
    heading_end: int
    part: str
    end: int = 0
    paragraphs: list[Paragraph] = field(default_factory=list)
    stack: list[ItemLevel] = field(default_factory=list)
    last_line_text: str = ""
    last_unit: object = None  # the Paragraph or Item the last line extended
    # paragraphs before this index belong to an earlier sub-heading (「### 1項」): numbering restarts after it
    numbering_from: int = 0
    # how deep in a Markdown/HTML list the line that opened the last paragraph stands (0: not a list item)
    para_list_depth: int = 0
    # the level of the heading that named the last paragraph's 項 (「### 二項（定時総会）」), under which a heading
    # that is a bare item label (「#### （一）」) is an item, and that item, which holds the text under it
    kou_heading_level: int | None = None
    heading_item: Item | None = None
    # the list level of the last bare line read as an item (a Markdown list written without marks, after a lead
    # sentence): the next such line is its next item while it is on top of the stack
    bare_list: ItemLevel | None = None

    def last_para_number(self) -> int | None:
        current = self.paragraphs[self.numbering_from:]
        for p in reversed(current):
            if p.number is not None:
                return p.number
        return 1 if current else 0

    def open_subheading(self, line: "LineRef", text: str, level: int) -> None:
        """A Markdown/HTML heading inside the article (「### 2項（変更）」「### 二項」): a paragraph of its own,
        numbered when the heading names its 項 (so that 第2条第2項 finds it), after which the lists under it number
        from 1 again."""
        m = SUBHEADING_PARAGRAPH.match(text)
        number = grammar.kanji_to_int(m.group(1).translate(grammar.WIDE_DIGITS)) if m else None
        label = m.group(0) if m else None
        if m is None and (dot := grammar.match_paragraph_number(text)) is not None and dot.style == "dot" \
                and text[dot.end:].strip(" \u3000"):
            # <h4>2. 登録拒否</h4> with its text under it: the article's second paragraph, titled (第4条第2項 cites it)
            number, label = dot.number, text[:dot.end].strip(" \u3000")
        self.kou_heading_level = level if m else None
        p = Paragraph(number, label, text, (line.start, line.end))
        self.paragraphs.append(p)
        self.numbering_from = len(self.paragraphs)
        self.para_list_depth = 0
        self.stack = []
        self.last_unit = p
        self.last_line_text = text


BULLET_MARK = re.compile(r"[•・\-*+][ \u3000]*")
# a sentence that announces what its next lines list (「設立時理事は、次のとおりである。」⏎「設立時理事　○○○○」)
ANNOUNCES_LIST = re.compile(r"(?:次|以下|下記)の?(?:とおり|通り|各号|事項)")
# a line that starts with words (or a bracket that opens them: 【店舗名】, 「本サービス」), no number or mark
JAPANESE_START = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff【「『]")
# 「2項（管理）」「第2項」「二項（定時総会）」 as a sub-heading: the heading of the article's second paragraph (a club's
# 会則 numbers its 項 in kanji as its 第二条; 「三項目」 is a third item, no 項)
SUBHEADING_PARAGRAPH = re.compile(r"^第?([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})項(?!目)")
SENTENCE_PUNCT = re.compile(r"[。、，,]")


def citing_paragraph(text: str, art: ArticleBuilder) -> grammar.Label | None:
    """The label of 「3．2．は、…」 where the article's next paragraph is 3 and 2 is one before it: a paragraph
    citing an earlier one. Elsewhere 3.2. is a decimal number (section 3.2, a version) and no label."""
    if not ("0" <= text[:1] <= "9"):
        return None  # (match_paragraph_citing's own first test, before the cache: asked of every line of an article)
    found = grammar.match_paragraph_citing(text)
    if found is None:
        return None
    label, cited = found
    expected = (art.last_para_number() or 0) + 1
    return label if label.number == expected and cited < expected else None


def circled_paragraph(text: str, art: ArticleBuilder) -> grammar.Label | None:
    """The label ② of 「② この組合は、法人とする。」 after an article's first, unnumbered paragraph (③ after ②…): rules
    printed as the 六法 prints laws number their paragraphs from ② so. A ② after an item ① is that list's."""
    label = grammar.match_item_label(text)
    if label is None or label.style != "circled" or label.number < 2 or not art.paragraphs:
        return None
    if (art.last_para_number() or 0) != label.number - 1:
        return None
    if any(it.style == "circled" for p in art.paragraphs for it in p.all_items()):
        return None
    return grammar.Label(label.label, label.number, "circled", label.end, True)


def label_before_a_count(text: str, art: ArticleBuilder) -> grammar.Label | None:
    """The label 4. of 「4.1年間以上…」 where the article's next paragraph is 4; elsewhere 4.1 is a decimal number."""
    if not ("0" <= text[:1] <= "9" or "０" <= text[:1] <= "９"):
        return None  # (grammar.label_before_a_count's own test, before the paragraphs are counted for every line)
    label = grammar.label_before_a_count(text, (art.last_para_number() or 0) + 1)
    if label is None and art.paragraphs and (items := art.paragraphs[-1].items) \
            and items[-1].style == "digit-dot" and items[-1].number is not None:
        # (「３．６０単位以上…修得しているが」 after the items １． and ２． of the article's list: its item 3)
        label = grammar.label_before_a_count(text, items[-1].number + 1)
    return label


def without_bullet(line: LineRef) -> LineRef:
    """A list item whose text carries a label of its own (<li>1．利用者は…</li>, <li>(1)第三者の…</li> in a <ul>):
    the line after the list's bullet, so that the label numbers it as the reader reads it. A bullet before a mere
    number (「• 10 営業日」) or before text keeps it."""
    marker = BULLET_MARK.match(line.text)
    if marker is None or grammar.match_item_label(line.text) is not None:
        return line  # (「- (1)」 is read with its bullet already)
    rest = line.text[marker.end():]
    para = grammar.match_paragraph_number(rest)
    if (para is None or para.style == "space") and grammar.match_item_label(rest) is None:
        return line
    return LineRef(rest, line.start + marker.end(), line.end)


def digit_item(label: grammar.Label, art: ArticleBuilder) -> bool:
    """Does 「1　…」 open (after the article's one unnumbered paragraph, a finished lead sentence) or 「2　…」 go on
    with a run of items numbered by bare digits?"""
    for level in art.stack:
        if level.style == "digit-space":
            return level.last_number is not None and label.number == level.last_number + 1
    return label.number == 1 and len(art.paragraphs) == 1 and art.paragraphs[0].number is None \
        and not art.paragraphs[0].items and art.last_line_text.endswith(("。", "：", ":"))


# 「２英文名は…」「２、事務局の職員は…」「１、本人の同意があるとき。」: a number set before a line's text without the
# space of a label (glued to it, or followed by 、) is a label only where the sequence shows it: the article's next
# 項 after a finished sentence (or after the last of a run of such labels: 「３、」 after 「２、」), or a run of 号
# from 1 after the sentence that leads them.
_LOOSE_NUMBER = re.compile(r"^(?P<num>[0-9]{1,2})(?:(?P<touten>、)(?![0-9])|(?=[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff「『]))")
def loose_label(text: str, art: ArticleBuilder, doc_text: str) -> grammar.Label | None:
    """The label of such a line, its style "para" (the article's next 項) or "digit-touten" (a 号), or None.
    ``doc_text``: the normalized text the article's spans point into."""
    m = _LOOSE_NUMBER.match(text)
    if m is None:
        return None
    touten = bool(m.group("touten"))
    if not touten and grammar.counts_after_number(text[m.end():]):
        return None
    last = art.paragraphs[-1] if art.paragraphs else None
    # after a finished sentence, or after the items of a list (whose last one may end without 。)
    finished = art.last_line_text.endswith(("。", "：", ":", "。）", "。)", "。」")) or bool(art.stack) \
        or last is not None and not last.items and last.label is not None and (
            last.label.endswith("、") if touten else
            last.label.isdigit() and doc_text[last.span[0] + len(last.label):][:1] not in (" ", "\u3000", ""))
    if not finished and last is not None:
        return None
    n, end = int(m.group("num")), m.end()
    label = text[:end]
    if touten and any(level.style == "digit-touten" and level.last_number is not None and n == level.last_number + 1
                      for level in art.stack):
        return grammar.Label(label, n, "digit-touten", end, True)
    if n >= 2 and n == (art.last_para_number() or 0) + 1 or n == 1 and last is None and touten:
        return grammar.Label(label, n, "para", end, True)
    if n == 1 and touten and not art.stack and last is not None and not last.items:
        return grammar.Label(label, n, "digit-touten", end, True)
    return None


DIGIT_ITEM_STYLES = {"digit-dot": "dot", "digit-space": "space"}  # 号 styles read from a 項's labels, and those
# what a lead sentence says when the lines after it are its 号 (「次に掲げる事業を行う。」「次の各号のいずれかに該当する」)
# (「次に揚げる」 misspelt, 「以下の行為」, 「下記のいずれか」: the demonstrative is what points at them)
# (「つぎのとおりとする」 in kana; 「各号のいずれかに該当する」: the items named by the word for them, 前各号 aside)
LEADS_ITEMS = re.compile(r"(?:次|つぎ|以下|下記)(?:に|の)|(?<!前)各号")


def dot_item(label: grammar.Label, art: ArticleBuilder) -> bool:
    """Does 「１．」 open, or 「２．」 go on with, a run of 号 under the article's one unnumbered paragraph, a finished
    lead sentence that announces them (「本会は、…次に掲げる事業を行う。」⏎「１．国際理解教育…」⏎「２．前各号に掲げる
    もののほか…」), or under a paragraph numbered with the same 「1.」 whose lead announces them? Paragraph 1 never
    follows a first paragraph: there the run is its items, as 「前各号」 says."""
    for level in art.stack:
        if level.style == "digit-dot":
            return level.last_number is not None and label.number == level.last_number + 1
    if label.number == 1 and art.paragraphs and (items := art.paragraphs[-1].items) \
            and items[-1].style not in ("digit-dot", "dot") and items[-1].style.startswith(("paren", "kanji", "circled")) \
            and not (art.paragraphs[-1].label or "").rstrip().endswith((".", "．")):
        # 「２　…次の事項を含む計画書を作成し…」⏎「（１）…」⏎「（２）学業を改善するための計画」⏎「１．可能な限り…」: a run
        # from 1. under an item, in an article whose paragraphs are not numbered so, is that item's list
        return True
    # (a lead whose sentence ends with its predicate and no 。, 「…利用することができないものとします」, is finished too)
    if label.number != 1 or not art.paragraphs or art.paragraphs[-1].items \
            or not art.last_line_text.endswith(("。", "：", ":", "ます", "する", "ない")) \
            or LEADS_ITEMS.search(art.last_line_text) is None:
        return False
    last = art.paragraphs[-1]
    # under the unnumbered first paragraph, or under a paragraph numbered 「1.」 the same way (「1.当施設は、次に掲げる
    # 場合においては…。」⏎「1.宿泊客が…」⏎…⏎「2.当施設が前項の…」): numbering restarting at 1 after a lead is its list
    # (or under a paragraph numbered ②, ③ as the 六法 prints laws: its 1. 2. are its items)
    return (len(art.paragraphs) == 1 and last.number is None) or (
        last.number is not None and ((last.label or "").rstrip().endswith((".", "．"))
                                     or (last.label or "")[:1] in grammar.CIRCLED))


def continues_the_first_paragraph(label: grammar.Label, depth: int, art: ArticleBuilder) -> bool:
    """Does a page's list at its top level, starting at 2 right after the article's one unnumbered paragraph
    (「第７条　会員の入会については、特に条件を定めない。」⏎「2. 会員として入会しようとするものは…」⏎「3. …」), number
    the paragraphs after the first? A list of that paragraph's items would start at 1 (and one nested deeper, 「7.」
    under a paragraph 「2.」, keeps its number as its items'). Items of the first paragraph in a list nested deeper
    (「第13条　この団体に次の役員を置く。」⏎「⇥1. 理事」⏎「⇥2. 監事」⏎「2. 理事のうち…」) are closed by it."""
    if depth != 1 or label.number != 2 or len(art.paragraphs) != 1 or art.paragraphs[0].number is not None:
        return False
    return not art.paragraphs[0].items or all(_list_depth(level.style) > depth for level in art.stack)


def _list_depth(style: str) -> int:
    """The nesting depth of a list level read from the page (style 「list-2」), 0 for one read otherwise."""
    return int(style[5:]) if style.startswith("list-") and style[5:].isdigit() else 0


def paren_paragraph(label: grammar.Label, art: ArticleBuilder) -> bool:
    """Does 「(1)」 open the article's text, nothing before it, or 「(2)」「(3)」 go on after such a (1)? Some 定款 number
    their paragraphs so (「第４９条」⏎「(1)この法人の事業報告…次の書類を作成し…」⏎「①事業報告」…⏎「(2)前項の承認を受けた
    書類のうち、第１号、第３号…」): a list of items follows a lead sentence, and none opens an article."""
    if label.style != "paren-number":
        return False
    if not art.paragraphs:
        return label.number == 1
    first = art.paragraphs[0].label
    opened = first is not None and (lab := grammar.match_item_label(first)) is not None and lab.style == "paren-number"
    return opened and label.number == (art.last_para_number() or 0) + 1


def only_table(p: Paragraph) -> bool:
    """Is ``p`` a table and nothing else (a fee table at an article's head)? It leads no list: the numbered list
    after it is the article's paragraphs, set as a reader sees 第1条's (「1.」「2.」 in both)."""
    return bool(p.text) and not p.items and all("|" in x or "｜" in x for x in p.text.split("\n"))


def open_paragraph(art, p: Paragraph, line_text: str) -> None:
    """``p`` starts a new paragraph of ``art``: no list is open under it yet."""
    art.paragraphs.append(p)
    art.para_list_depth = 0
    art.stack = []
    art.last_unit = p
    art.last_line_text = line_text


def is_table_row(text: str) -> bool:
    """Table rows (cells joined by ｜ or " | ") are text even when a cell starts like an item label."""
    return "｜" in text or " | " in text  # (TABLE_ROW, found as the string it is)


def extend_unit(unit, line: LineRef, text: str) -> None:
    unit.text = f"{unit.text}\n{text}" if unit.text else text
    unit.span = (unit.span[0], line.end)


def close_spans(art: ArticleBuilder) -> None:
    """Parents' spans cover their children."""
    def fix(it: Item) -> int:
        end = it.span[1]
        for ch in it.items:
            end = max(end, fix(ch))
        it.span = (it.span[0], end)
        return end

    for p in art.paragraphs:
        end = p.span[1]
        for it in p.items:
            end = max(end, fix(it))
        p.span = (p.span[0], end)


def resolve_style(label: grammar.Label, stack: list[ItemLevel]) -> tuple[str, int | None] | None:
    """Pick the reading of an ambiguous label that continues an open sequence."""
    styles = label.style.split("|")
    if len(styles) == 1:
        return styles[0], label.number
    for level in reversed(stack):
        if level.style in styles:
            n = grammar.sequence_number(level.style, label.label)
            if n is not None and level.last_number is not None and n == level.last_number + 1:
                return level.style, n
    for s in styles:
        n = grammar.sequence_number(s, label.label)
        if n == 1:
            return s, 1
    for level in reversed(stack):
        if level.style in styles:
            return level.style, grammar.sequence_number(level.style, label.label)
    s = styles[0]
    return s, grammar.sequence_number(s, label.label)
