"""Numbering grammar of Japanese agreements and laws: one rule per construct.

Every rule works on one normalized line (full-width digits already folded to
ASCII, circled and parenthesised numbers kept). The tests for each rule are in
tests/test_grammar.py, next to the list of styles they cover.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable

KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                "元": 1, "壱": 1, "弐": 2, "参": 3}
_KANJI_DIGIT_CHARS = "".join(KANJI_DIGITS)
KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
# Bounded: no agreement or law numbers its articles past six digits, and an unbounded run of
# digits (a 100,000-character line of them) would reach int()'s 4,300-digit limit.
# (参 as a numeral, not the first kanji of a word: 「第3条の参加者」「第1条の参照」 cite 第3条 and 第1条)
NUM = r"(?:[0-9]{1,6}|(?!参[加照考画与入列議事集])[〇零一二三四五六七八九十百千元壱弐参]{1,12})"
_MAX_DIGITS = 18
# full-width digits to ASCII, for text read before normalization folds them (str.translate)
WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# and back: ASCII digits to full width, to write a number in the width its text uses
TO_WIDE_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_SP = r"[ \u3000]*"


_KANJI_DIGITS = "〇一二三四五六七八九"


def int_to_kanji(n: int) -> str:
    """1087 → 千八十七, 15 → 十五 (law-style numerals, no 〇 inside: 百五)."""
    if n == 0:
        return _KANJI_DIGITS[0]
    out = ""
    for value, unit in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, value)
        if q:
            out += ("" if q == 1 else _KANJI_DIGITS[q]) + unit
    return out + (_KANJI_DIGITS[n] if n else "")


# Cached: a document writes the same few numerals (一, 二, 三 of its items, the article numbers its citations repeat)
# thousands of times, and the loop over their characters cost more than a look-up
@lru_cache(maxsize=4096)
def kanji_to_int(s: str) -> int | None:
    """二十一 → 21, 百二十 → 120, 二〇二五 → 2025, 元 → 1."""
    if not s or len(s) > _MAX_DIGITS:
        return None
    if s.isdigit() and s.isascii():
        return int(s)
    if not s.strip(_KANJI_DIGIT_CHARS):  # positional: 二〇二五 (every character a digit: one C-level strip)
        v = 0
        for c in s:
            v = v * 10 + KANJI_DIGITS[c]
        return v
    total, digit = 0, None
    for c in s:
        if c in KANJI_DIGITS:
            digit = KANJI_DIGITS[c]
        elif c in KANJI_UNITS:
            total += (1 if digit is None else digit) * KANJI_UNITS[c]
            digit = None
        else:
            return None
    return total + (digit or 0)


def to_int(s: str) -> int | None:
    s = s.strip()
    if s.isascii() and s.isdigit():
        return int(s) if len(s) <= _MAX_DIGITS else None
    return kanji_to_int(s)


def number_key(main: str, branches: list[str]) -> str:
    """第二十一条の二 → "21_2"."""
    if not branches:  # (most numbers: no list and generator made for the one part)
        n = to_int(main)
        return "" if n is None else str(n)
    parts = [to_int(main)] + [to_int(b) for b in branches]
    return "_".join(str(p) for p in parts if p is not None)


def article_label(number: str | None) -> str:
    """"21_2" → 第21条の2 (the inverse of number_key); None → —."""
    if number is None:
        return "—"
    head, *rest = number.split("_")
    return f"第{head}条" + "".join(f"の{r}" for r in rest)


# ---------------------------------------------------------------- article headings

_ARTICLE = re.compile(
    rf"^第{_SP}(?P<num>{NUM}){_SP}条(?P<branch>(?:{_SP}の{_SP}{NUM})*)"
)
_BRANCH = re.compile(rf"の{_SP}({NUM})")
# 「1条（適用）」「2条 (申し込み・契約の成立)」: a heading whose 第 the writer left out, told from a citation (「3条の規定」,
# 「1条（定義）に定める」) by the caption in brackets that ends its line
_ARTICLE_WITHOUT_DAI = re.compile(rf"^(?P<label>(?P<num>[0-9]{{1,3}}){_SP}条){_SP}[（(](?P<title>[^（）()。、]{{1,30}})[）)]{_SP}$")
_ARTICLE_RANGE = re.compile(
    rf"^第{_SP}(?P<num>{NUM}){_SP}条(?P<branch>(?:{_SP}の{_SP}{NUM})*){_SP}(?:及び|から){_SP}"
    rf"第{_SP}(?P<num2>{NUM}){_SP}条(?P<branch2>(?:{_SP}の{_SP}{NUM})*)(?:{_SP}まで)?"
)
# one level of brackets inside the title: 第8条（会員（利用者）の義務、禁止行為）
_TITLE_PAREN = re.compile(r"^[ \u3000]*[（(](?P<title>(?:[^（）()]|[（(][^（）()]{1,20}[）)]){1,60})[）)][ \u3000]*$")
# brackets that terms put around a heading's number or the whole heading (【第1条】目的, ＜第1条＞ 目的, (第1条) 目的)
_LABEL_CLOSE = {"【": "】", "＜": "＞", "<": ">", "〔": "〕", "［": "］", "[": "]", "《": "》", "〈": "〉", "（": "）", "(": ")"}
# a title in other brackets: 第1条【目的】, 第1条［目的］, 第1条〔目的〕, 第1条＜目的＞, 第1条《目的》
_TITLE_BRACKETS = tuple(o + c for o, c in _LABEL_CLOSE.items() if o not in "（(") + ("≪≫",)
_TITLE_BRACKET = re.compile(r"^[ \u3000]*(?:" + "|".join(
    f"{re.escape(o)}(?P<title{i}>[^{re.escape(o + c)}]{{1,60}}){re.escape(c)}" for i, (o, c) in enumerate(_TITLE_BRACKETS))
    + r")[ \u3000]*$")


def _bracketed(text: str) -> str | None:
    """The title of ``text`` that is one in other brackets than （）, without them."""
    m = _TITLE_BRACKET.match(text)
    return None if m is None else next(g for g in m.groups() if g is not None).strip()
_SENTENCE_PUNCT = re.compile(r"[。、，,]")


# The matchers' results are slotted, and hashable and compared as frozen ones are (unsafe_hash), but not frozen: a frozen
# dataclass's __init__ sets each field through object.__setattr__, which made one cost 3.7 times a plain slotted one,
# and a law's lines make thousands of them (Label, ArticleHeading and ChapterHeading: 2 % of a cold normalize and parse).
# They are read only: the matchers' caches hand the same object to every caller, so a changed one is a copy
# (dataclasses.replace), never an assignment.
_RESULT = dict(slots=True, unsafe_hash=True)


@dataclass(**_RESULT)
class ArticleHeading:
    number: str  # "21_2"
    label: str  # 第二十一条の二 as written
    title: str | None
    rest: str  # text on the same line after the heading (law style first paragraph)
    rest_offset: int  # where `rest` starts in the line


# What terms put around an article's heading: a mark before it (■第1条（目的）), brackets around its number
# (【第1条】目的, ＜第1条＞ 目的, (第1条) 目的) or around the whole heading (【第1条（目的）】), a separator before the title
# (第1条．目的, 第1条：目的, 第1条 ‐ 目的) and corner brackets around the title (第1条「目的」).
_MARK = "■□◆◇●○◎▼▽▶▷►★☆#＃"  # (a Markdown heading mark an HTML or text page shows: 「## 第1条」)
_SEPARATOR = "．.：:‐－-―—"
_TITLE_QUOTE = re.compile(r"^[ \u3000]*[「『](?P<title>[^「」『』]{1,60})[」』][ \u3000]*$")
# two quoted words joined (第1条「名称」及び「所在地」), or a quoted word and what is said of it (第1条「利用者」の定義;
# not a citation going on, 「名称」の規定により): the title is the words without their brackets (名称及び所在地)
_TITLE_QUOTES = re.compile(r"^[ \u3000]*[「『][^「」『』]{1,30}[」』]"
                           r"(?:(?:及び|並びに|および|ならびに|と|・|、)[「『][^「」『』]{1,30}[」』]"
                           r"|の(?!規定|定め|とおり|通り)[^\s、。「」『』（）()]{1,8}|について|に関して)[ \u3000]*$")


def _pictograph(c: str) -> bool:
    """A pictograph set before a web page's heading as its mark (❤️ 第1条, 👛 第2条): a symbol of Unicode's So category.
    (Asked of each line's first character: the kanji and kana most lines open with are told by a comparison.)"""
    return bool(c) and ("\u2100" <= c < "\u3000" or c >= "\U0001F000") and unicodedata.category(c) == "So"


def _marks_end(line: str) -> int:
    """Where the marks before a heading end: _MARK's, pictographs with their variation selectors and joiners, spaces."""
    i = 0
    while i < len(line) and (line[i] in _MARK or line[i] in " \u3000\ufe0f\ufe0e\u200d" or _pictograph(line[i])):
        i += 1
    return i


# what a caption holds between its parentheses (（目的）, （外国人労働者の要件）), and the caption
CAPTION_TEXT = r"[^（）()]{1,40}"
CAPTION = rf"[（(]{CAPTION_TEXT}[）)]"
_TITLE_UNCLOSED = re.compile(r"^[ \u3000]*[（(](?P<title>[^（）()。、，,「」]{1,30})$")
_TITLE_THEN_TEXT = re.compile(rf"^[ \u3000]*[（(](?P<title>{CAPTION_TEXT})[）)][ \u3000]*(?P<rest>\S.*)$")
_LIST_WORDS = ("及び", "又は", "から", "まで", "並びに", "ないし", "乃至", "および", "または", "若しくは", "もしくは")


# titles written in kana that open with a particle's character: 「第1条 はじめに」 heads an article, 「第1条は」 cites one
_KANA_TITLES = frozenset(("はじめに", "おわりに", "まえがき", "あとがき", "はしがき", "ねらい"))


# 「第14条（受取人の変更）(1)または(2)の規定により…」: after a title, the paragraphs of the article it names, cited
# (「(1)または(2)」「(2)の規定」「（１）及び（２）」): the line goes on with the citation, as 「第5条（…）第4項に」 does. The first
# paragraph's own label on the heading's line (「第5条（目的）(1)本規約は…」) is followed by its sentence, no list word.
_CITED_PARAGRAPH = re.compile(r"^[(（][0-9]{1,3}[)）](?:[、のにをがはでとや]|" + "|".join(
    ("及び", "又は", "から", "まで", "並びに", "ないし", "乃至", "および", "または", "若しくは", "もしくは", "ならびに")) + ")")


# after a heading's title, a citation of another article opens its first sentence (「第7条(検閲)第5条・第6条に規定された
# …」): an article's number does not go on from a title the way a paragraph's does (第5条（…）第4項に規定する)
_CITES_AN_ARTICLE = re.compile(rf"第{_SP}{NUM}{_SP}条")


def _continues_citation(rest: str, titled: bool = False) -> bool:
    """Does the text after 第N条 go on with the citation it starts (第２条及び第３条, 【第3条の2】の規定は…) rather than
    start a title or a sentence? After a title too (``titled``): 第１７条（責任の制限）、第１８条…, 第5条（…）第4項に
    規定する… (a law's sentence may start with 第 after a space: 第十条　第八条の規定は、…)."""
    if not rest:
        return False  # (the line ends there: a text cut after 「第5条（目的）」 or a bare 「第5条」)
    if rest.startswith(_LIST_WORDS) or (rest[0] in "、のにをがはでとも" and rest not in _KANA_TITLES):
        return True
    # a digit after the title is a citation's (第5条（…）2項に…) unless it is the first paragraph's label (…）1．本約款は)
    # or a count its first sentence opens with (「第7条(退会) 2年間継続して…」: a number of years, not of a 項 or 号)
    return titled and (rest[0] in "，,。）)へや" or rest[0] == "第" and not _CITES_AN_ARTICLE.match(rest)
                       # (a digit, not ①: 「第2条(用語の定義) ① この約款で…」 opens its first paragraph)
                       or rest[0].isdecimal() and match_paragraph_number(rest) is None
                       and not _opens_with_a_count(rest)
                       or rest[0] in "(（" and _CITED_PARAGRAPH.match(rest) is not None)


# After the space that sets a heading's number apart, a word of kana that only opens with a particle's kana (「第1条
# もりもりマンション団地敷地内での…」, 「第1条 のぞみ保育園は…」, 「第1条 はなみずき会は…」) is the first sentence's
# subject, not a citation going on (「第5条 の規定により」, 「第5条 にかかわらず」, 「第5条 をもって」, 「第5条 とする」):
# a particle, then kana no particle phrase goes on with.
_NAME_AFTER_SPACE = re.compile(r"[のにをがはでとも](?=[ぁ-ゖ])(?!と[おうす]|う[ちえ]|ほか|た[めび]|いず|もの|こと|とき|かか|よ[りるっれ]|お[いけ]|つ[いき]"
                               r"|て|も[っと]|い[うい]|し|す|あ|な[おいくけ]|ま|み|そ|こ|ぞ[れ])")


def _opens_with_a_count(rest: str) -> bool:
    """Does ``rest`` open with a number and what it counts (2年間, 3か月), no provision's (2項, 1号)?"""
    after = rest.lstrip("0123456789０１２３４５６７８９")
    return counts_after_number(after) and after[:1] not in _PROVISION_COUNTERS


_PROVISION_COUNTERS = frozenset("条項号章節款編")


# a list's bullet before a heading, as a page's <li> shows it in text (「- 第 2条 甲が…」「• 第1条（目的）」「・第3条」)
_LIST_BULLETS = "-•・‐－∙"


def _undecorated(line: str, label: re.Pattern) -> str | None:
    """The heading ``line`` (its number matched by ``label``: an article's, a chapter's) without its decoration,
    starting with 第 (None: no decorated heading). Only the start changes, and a closing bracket: what follows
    the heading keeps its place at the end of the line."""
    if line[:1] in _LIST_BULLETS and label is _ARTICLE:
        # (an article's heading only: a bulleted 「- 第3章 サービス」 is a page's list of its chapters, a 目次)
        rest = line[1:].lstrip(" \u3000")
        if rest[:1] == "第":
            return rest
        core = _undecorated(rest, label) if rest[:1] and rest[:1] not in _LIST_BULLETS else None
        return core
    first = line[:1]
    # (the range test of _pictograph first, inline: most lines open with a kanji or kana, outside it)
    marked = first in _MARK or (("\u2100" <= first < "\u3000" or first >= "\U0001F000") and _pictograph(first))
    if not marked and line[:1] not in _LABEL_CLOSE and line[:2] != "**":
        return None  # what a decorated heading starts with: most lines are told by one comparison
    if line[:2] == "**":  # **第1条（目的）**: Markdown's bold kept in a text file
        core = line[2:-2].strip(" \u3000") if line.rstrip(" \u3000").endswith("**") and len(line) > 4 else None
        return core if core and core.startswith("第") else None
    core = line[_marks_end(line):] if marked else line
    close = _LABEL_CLOSE.get(core[:1])
    if close is not None:
        core = core[1:].lstrip(" \u3000")
        m = label.match(core)
        if m is None:
            return None
        after = core[m.end():]
        if after.startswith(close):  # 【第1条】目的
            core = core[:m.end()] + " " + after[1:]
        elif after.endswith(close) and close not in after[:-1]:  # 【第1条（目的）】
            core = core[:-1]
        else:
            return None
    return core if core.startswith("第") and core != line else None


# What _undecorated finds a decoration after: a list's bullet, a mark, a bracket, 「**」, or a pictograph (_pictograph's
# range). Its callers test a line's first character against these before calling it: most lines open with a kanji or
# kana, and the call cost more than the test.
_DECORATION_OPENS = frozenset(_LIST_BULLETS + _MARK + "".join(_LABEL_CLOSE) + "*")


def _may_open_a_decoration(first: str) -> bool:
    return first in _DECORATION_OPENS or "\u2100" <= first < "\u3000" or first >= "\U0001F000"


# A sentence right after 第N条 with nothing between: it opens with no word a citation goes on with (中, 各号, 前段, 本文,
# 及び, 第2項, 等, 以下, 所定, 規定…) and says its subject (「当社の経営する…運送契約は、」, 「この規約は、」)
# (本 opens 本規約, a subject; only 本文 goes on as a citation: 「第3条本文の規定」; nor does a paragraph or item
# number glued on, 「第二条一項に定める…」: the citation goes on to its 項)
_GLUED_SENTENCE = re.compile(r"(?![中各前後但及又並若乃第等所以上関該準記定規ただ]|本文|本項|本条|本号|[一二三四五六七八九十]+[項号])[\u4e00-\u9fff\u3041-\u3096]"
                             r"[^\n]{0,120}?[はがも][、，]")


# what goes on after a citation that opens a glued first sentence: a particle and the sentence up to its topic
# (「…第2条に定める区域に住所を有する個人は、」)
_GLUED_CITING_SENTENCE = re.compile(r"(?:に|の|で|を)[^\n。]{0,80}?[はがも][、，]")


# 「…利用規程(以下「利用規程」という。)⏎第2条 第3号に基づき、…」: a citation wrapped after its 第N条, its 号 or 項 on; an
# article's first sentence does not open on an item or paragraph with no article (its own are not cited before they
# are written)
_ITEM_OF_THE_CITATION = re.compile(rf"^第{_SP}(?:{NUM}){_SP}[号項](?:に|の|及び|並びに|又は|から|まで|ないし|各号|、)")


# 「第3条 -2」: a branch number after a hyphen (not a title after a dash: 「第1条 ‐ 目的」 has no digit)
_HYPHEN_BRANCH = re.compile(r"[ \u3000]*[-－‐](?P<n>[0-9０-９]{1,2})(?![0-9０-９])")


# a caption listing nouns, 「ID、パスワード、及びセキュリティ」, 「他団体との連合、加入、脱退」: no kana but the conjunctions and
# の (との, への) between them (a sentence's commas part clauses with particles, 「甲は、乙に対し、」)
_NOUN_LIST = re.compile(r"(?:[^\u3041-\u3096、。]+|及び|および|並びに|ならびに|又は|または|との|への|の|、)+")


def lists_nouns(text: str) -> bool:
    """Is ``text`` a caption listing nouns (「中央執行委員会の任務、責任、権限」), its commas no sentence's?"""
    return "。" not in text and _NOUN_LIST.fullmatch(text) is not None


@lru_cache(maxsize=16384)


def match_article_heading(line: str) -> ArticleHeading | None:
    """第１条（目的） / 第1条 目的 / 第 5 条（…） / 第十五条 / 第二十一条の二　本文… (law style), and the same
    decorated: ■第1条（目的）, 【第1条】目的, 第1条．目的, 第1条「目的」.

    A line that begins with a cross-reference (第21条の規定にかかわらず、/
    第１７条（責任の制限）、第１８条…) is body text, not a heading.
    """
    if "条" not in line:
        return None  # (every heading below holds its 条: a line without one, a law's sentence or caption, is not read)
    if not line.startswith("第"):  # what every heading starts with, undecorated
        first = line[:1]
        if "0" <= first <= "9":  # (no decoration opens with a digit)
            bare = _ARTICLE_WITHOUT_DAI.match(line)
            if bare:  # 1条（適用）: the 第 left out, the caption in brackets alone after it (a citation runs on)
                return ArticleHeading(bare.group("num"), bare.group("label"), bare.group("title").strip(), "", len(line))
            return None
        if not _may_open_a_decoration(first):
            return None
        core = _undecorated(line, _ARTICLE)
        if core is None:
            return None
        h = match_article_heading(core)
        if h is None:
            return None
        # the rest of a law-style heading is the end of the line: its offset is the line's
        return ArticleHeading(h.number, h.label, h.title, h.rest, len(line) - len(h.rest) if h.rest else len(line))
    # (a range is joined by 及び or から: a line without either is not matched for one)
    m = (("及び" in line or "から" in line) and _ARTICLE_RANGE.match(line)) or _ARTICLE.match(line)
    if not m:
        return None
    label = m.group(0).strip()
    number = number_key(m.group("num"), _BRANCH.findall(m.group("branch")))
    if m.re is _ARTICLE_RANGE:
        # 第百二十一条及び第百二十二条　削除 / 第百三十八条から第百四十二条まで　削除 (e-Gov Num "121:122")
        number += ":" + number_key(m.group("num2"), _BRANCH.findall(m.group("branch2")))
        rest = line[m.end():].strip(" \u3000")
        if rest and not rest.startswith("削除"):
            return None  # 第十条及び第十一条の規定により… is a reference
    after = line[m.end():]
    branch = _HYPHEN_BRANCH.match(after)
    if branch and m.re is not _ARTICLE_RANGE:
        # 「第 3 条 -2(採用時の提出書類)」: the branch article 第3条の2 written with a hyphen
        as_no = line[:m.end()] + "の" + branch.group(1) + after[branch.end():]
        h = match_article_heading(as_no)
        if h is not None:
            shift = len(line) - len(as_no)
            return ArticleHeading(h.number, label + "-" + branch.group(1), h.title, h.rest, h.rest_offset + shift)
    if after.strip(" \u3000") == "削除":
        return ArticleHeading(number, label, None, after.strip(" \u3000"), len(line) - len(after.strip(" \u3000")))
    if not after.strip() or len(after.strip(" \u3000")) == 1 and after.strip(" \u3000") in _SEPARATOR:
        # (「第６条：」 alone, its paragraphs in a list on the lines below: the separator with nothing after it)
        return ArticleHeading(number, label, None, "", len(line))
    t = _TITLE_PAREN.match(after) or _TITLE_QUOTE.match(after)
    if t:
        return ArticleHeading(number, label, t.group("title").strip(), "", len(line))
    if _TITLE_QUOTES.match(after):
        return ArticleHeading(number, label, re.sub("[「」『』]", "", after.strip(" \u3000")), "", len(line))
    bracketed = _bracketed(after)
    if bracketed:
        return ArticleHeading(number, label, bracketed, "", len(line))
    t = _TITLE_UNCLOSED.match(after)
    if t:  # 第12条（利用規約の変更: a caption whose ） was dropped (bracket-unbalanced tells it) still heads the article
        return ArticleHeading(number, label, t.group("title").strip(" \u3000"), "", len(line))
    t = _TITLE_THEN_TEXT.match(after)
    if t and not _continues_citation(t.group("rest"), titled=True):
        # 第1条（目的）本規約は、…: heading and first paragraph on one line (<p><strong>第1条（目的）</strong>本規約は…)
        rest = t.group("rest")
        return ArticleHeading(number, label, t.group("title").strip(), rest, len(line) - len(rest))
    if after[0] in ")）":
        # 「第1条)受講に関する費用」: the label closed by a half bracket, as a list's 1) is, its title after it; the end of
        # a bracketed citation wrapped onto the line (「(前条及び⏎第3条)に定める…」) goes on as a sentence does
        t = after[1:].strip(" \u3000")
        if t and len(t) <= 40 and "。" not in t and t[0] not in "(（)）" and not _continues_citation(t):
            return ArticleHeading(number, label, t, "", len(line))
        return None
    if after[0] in _SEPARATOR and after[1:].strip(" \u3000"):
        after = " " + after[1:]  # 第1条．目的, 第1条：目的, 第1条 ‐ 目的
    elif after[0] in " \u3000" and after.lstrip(" \u3000")[:1] in _SEPARATOR:
        after = " " + after.lstrip(" \u3000")[1:]
    if after[0].isascii() and after[0].isalpha() and len(after) <= 60 and "。" not in after:
        # 第5条minecraft_〇〇.jsonについて: a caption that opens with a Latin word, glued to the number (no citation
        # goes on with a Latin letter)
        return ArticleHeading(number, label, after.strip(" \u3000"), "", len(line))
    if after[0] not in " \u3000":
        if _GLUED_SENTENCE.match(after) and not _continues_citation(after):
            # 「第1条当社の経営する…に関する運送契約は、」: a law-style heading a PDF's text glued to its first sentence
            return ArticleHeading(number, label, None, after, len(line) - len(after))
        if (cited := _CITES_AN_ARTICLE.match(after)) is not None and _GLUED_CITING_SENTENCE.match(after, cited.end()):
            # 「第 6 条第2条に定める区域に住所を有する個人は、」: no citation names an article after an article (第6条第2条),
            # so the second opens the first sentence, glued to the heading as a page's copy sets it
            return ArticleHeading(number, label, None, after, len(line) - len(after))
        return None  # 第21条の規定… / 第１７条（責任の制限）、…
    rest = after.strip(" \u3000")
    if _continues_citation(rest) and not _NAME_AFTER_SPACE.match(rest) or _ITEM_OF_THE_CITATION.match(rest):
        return None
    if rest in _KANA_TITLES or len(rest) <= 40 and not rest.endswith(("。", "に", "を", "の", "は", "が", "、")) \
            and (rest.count("、") <= 1 or _NOUN_LIST.fullmatch(rest)) and "。" not in rest:
        return ArticleHeading(number, label, rest, "", len(line))
    # Law style: 第一条　この法律は、… — heading and first paragraph on one line.
    return ArticleHeading(number, label, None, rest, len(line) - len(rest))


def lines_holding(text: str, needles: "Iterable[str | re.Pattern]") -> set[int]:
    """The starts of the lines of ``text`` in which one of ``needles`` (strings, or patterns none of which matches
    across a line break) is found. One scan of the whole text per needle, where a test of each line cost a call per
    line and needle (a law has 12,000 lines, few of which hold what is looked for); led by a literal, a pattern is
    found by sre's fast scan. After a hit the scan goes on from the next line: one hit a line is enough."""
    found: set[int] = set()
    rfind, find = text.rfind, text.find
    for needle in needles:
        if isinstance(needle, re.Pattern):
            m = needle.search(text)
            while m is not None:
                found.add(rfind("\n", 0, m.start()) + 1)
                e = find("\n", m.end())
                m = None if e < 0 else needle.search(text, e)
        else:
            i = find(needle)
            while i >= 0:
                found.add(rfind("\n", 0, i) + 1)
                e = find("\n", i + len(needle))
                i = -1 if e < 0 else find(needle, e)
    return found


# 「…同意を要します。 第一章 総則 ◆第1 条 (所在地) 住所は…です。 ◆第2 条 (運営・管理) …」: a page flattened onto one
# line, each heading a mark's and after a sentence's end. A mark stands before no citation, and a citation stands
# inside a sentence (no 。 before it): a marked 第N条 that heads what follows it, after a 。 (or after a chapter's
# heading that follows one, or after another such heading), starts a line of its own; so does that chapter's heading.
_INLINE_MARKS = "◆◇■□●○★☆▼▽"
INLINE_MARKS = _INLINE_MARKS
# one C-level scan for any of the marks (a generator testing each mark in turn cost more than the rest of the function)
_ANY_INLINE_MARK = re.compile(f"[{_INLINE_MARKS}]")
_INLINE_HEADING = re.compile(rf"[{_INLINE_MARKS}][ \u3000]*(?=第{_SP}{NUM}{_SP}条)")
_CHAPTER_BEFORE = re.compile(rf"(?<=。)[ \u3000]*(?P<c>第{_SP}(?P<num>{NUM}){_SP}(?P<kind>編|章|節|款|目)[ \u3000]*"
                             rf"(?P<title>[^。、，,（）()「」『』 \u3000]{{1,20}})?)[ \u3000]*$")


@lru_cache(maxsize=8192)
def inline_heading_cuts(line: str) -> tuple[tuple[int, ChapterHeading | None], ...]:
    """Where a line holding such headings is cut (offsets in the line), each with the chapter heading that starts
    there (None: an article's heading starts there). Empty for any other line."""
    if "第" not in line or not _ANY_INLINE_MARK.search(line):
        return ()
    marks = [m.start() for m in _INLINE_HEADING.finditer(line) if m.start() > 0]
    if not marks:
        return ()
    cuts: list[tuple[int, ChapterHeading | None]] = []
    last = 0  # where the segment before the next mark starts
    for k, at in enumerate(marks):
        end = marks[k + 1] if k + 1 < len(marks) else len(line)
        if match_article_heading(line[at:end].strip(" \u3000")) is None:
            continue
        before = line[last:at].rstrip(" \u3000")
        chapter = _CHAPTER_BEFORE.search(before)
        if chapter is not None:
            c = chapter.group("c").strip(" \u3000")
            label = c[:len(c) - len(chapter.group("title") or "")].strip(" \u3000")
            cuts.append((last + chapter.start("c"), ChapterHeading(
                number_key(chapter.group("num"), []), chapter.group("kind"), label, chapter.group("title") or "")))
        elif not before.endswith("。") and not ((last == 0 or cuts[-1] == (last, None))
                                                and (h := match_article_heading(before)) is not None and not h.rest):
            continue  # (「◆第1条（目的）◆第2条…」: after a heading that holds no text)
        cuts.append((at, None))
        last = at
    return tuple(cuts)


# 「…効力を生じます。第2条(規約の変更)」⏎「1.当社は…」 and 「…締結する。 第1条 ( 定義 ) 本契約において、… 第2条 ( 使用権の
# 許諾 ) …」: a bare 第N条 with its title in brackets right after a sentence's 。 (normalization takes out the space a page
# may set between them). A citation that opens a sentence goes on after its number (「。第6条に定める…」) or after the
# title it names (「。第3条(定義)に定める…」, which match_article_heading reads as no heading).
# (after a bracketed sentence too: 「(…を甲、請負者を乙と定める。)第1条(目的)」)
_AFTER_SENTENCE = re.compile(rf"(?:(?<=。)|(?<=。[）)]))[ \u3000]*(?=第{_SP}{NUM}{_SP}条{_SP}[（(])")


# What _AFTER_SENTENCE needs in a line, led by a literal: a line without it has no titled heading after a sentence
AFTER_SENTENCE_PRECHECK = re.compile(r"。[）)]?[ \u3000]*第")
# What _INLINE_HEADING needs: a line without it has no inline_heading_cuts (a text without any mark has none at all)
INLINE_HEADING_PRECHECK = re.compile(rf"[{_INLINE_MARKS}][ \u3000]*第")


@lru_cache(maxsize=8192)
def titled_headings_after_sentences(line: str) -> tuple[tuple[int, ArticleHeading], ...]:
    """Each titled 第N条 heading standing right after a 。 in ``line``: (its offset, the heading read from there up
    to the next such one). Empty for a line with none."""
    if "。" not in line or "条" not in line:
        return ()
    starts = [m.end() for m in _AFTER_SENTENCE.finditer(line)]
    out = []
    for k, at in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(line)
        h = match_article_heading(line[at:end].rstrip(" \u3000"))
        if h is not None and h.title is not None and "_" not in h.number and ":" not in h.number:
            out.append((at, h))
    return tuple(out)


def _next_after_own_heading(line: str, expected: str | None) -> str | None:
    """The article number due next in ``line``: after the line's own heading where it opens with one (「第3条(会費)会費は
    月額とします。第4条(退会)」: 4), else ``expected``."""
    own = match_article_heading(line) if line[:1] == "第" else None
    return str(int(own.number) + 1) if own is not None and own.number.isdigit() else expected


def trailing_heading_cut(line: str, expected: str | None) -> int | None:
    """Where the next article's heading starts that the line ends with, after its last sentence's 。 (「…効力を生じ
    ます。第2条(規約の変更)」): a titled 第N条, nothing after its title, N the article number ``expected`` next. A
    citation never ends a line so. None: the line ends otherwise."""
    found = titled_headings_after_sentences(line)
    if not found or (expected := _next_after_own_heading(line, expected)) is None:
        return None
    at, h = found[-1]
    return at if not h.rest and h.number == expected else None


# 「第2章 貸渡契約 第2条(予 約)」: a chapter's heading and the heading of its first article on one line (a page's layout
# flattened): the chapter's title short, no sentence, then the article due next with its bracketed title
_CHAPTER_THEN_ARTICLE = re.compile(rf"[ \u3000]*第{_SP}{NUM}{_SP}[編章節款][ \u3000]*[^。、，,（）()「」\s]{{1,20}}[ \u3000]*"
                                   rf"(?=第{_SP}{NUM}{_SP}条{_SP}[（(])")


def chapter_then_article_cut(line: str, expected: str | None) -> int | None:
    """Where the article's heading starts on a line that opens with its chapter's heading (「第2章 貸渡契約 第2条(予
    約)」), the article numbered ``expected`` next. None: no such line."""
    if expected is None or line[:1] != "第" and line.lstrip(" \u3000")[:1] != "第":
        return None
    m = _CHAPTER_THEN_ARTICLE.match(line)
    if m is None or match_chapter_heading(line[:m.end()].rstrip(" \u3000")) is None:
        return None
    h = match_article_heading(line[m.end():])
    return m.end() if h is not None and h.title is not None and h.number == expected else None


# 「…利用規約及び、個人情報規約第1章 総則」: a document's first chapter heading run onto the end of its title line (no
# article read yet; the document goes on with its 第2章): the chapter's title short, the line's end
_FIRST_CHAPTER_AT_END = re.compile(r"(?<=[^\s第])第[ \u3000]*[1１一][ \u3000]*章[ \u3000]*"
                                   r"[^。、，,（）()「」【】［］\[\]〔〕＜＞<>《》〈〉\s]{1,15}[ \u3000]*$")
# what decorates a heading's line (「【第1章 総則】」, 「■第1章 総則」): no title before the chapter
_DECORATION = " \u3000【［[〔＜<《〈(（■◆●□◇#*-・"


def first_chapter_at_end_cut(line: str) -> int | None:
    """Where the first chapter's heading starts that a title line ends with; None: the line ends otherwise."""
    m = _FIRST_CHAPTER_AT_END.search(line) if "章" in line else None
    if m is None or len(line[:m.start()].strip(_DECORATION)) < 2:
        return None
    return m.start() if match_chapter_heading(line[m.start():]) is not None else None


# 「…優先するものとします。第2条(貸渡条件) 借受人は、…」: a heading glued mid-line after a sentence's 。 with its
# article's first sentence after it, the title in brackets right after 条 (no space between)
_DIRECT_TITLE = re.compile(rf"第{_SP}{NUM}{_SP}条[（(]")


def run_on_heading_cut(line: str, expected: str | None) -> int | None:
    """Where the next article's heading starts that a line holds mid-line with its article's text after it (「…
    優先するものとします。第2条(貸渡条件) 借受人は、…」): a 第N条 right after a 。, its bracketed title directly after
    条, N the article number ``expected`` next (or the next after the line's own heading), text going on after the
    title that no citation's is (「。第2条(貸渡条件)に定める…」 reads as no heading). None: no such heading."""
    found = titled_headings_after_sentences(line)
    if not found or (expected := _next_after_own_heading(line, expected)) is None:
        return None
    for at, h in found:
        if h.number == expected and h.rest and _DIRECT_TITLE.match(line, at):
            return at
    return None


def titled_run_cuts(line: str, expected: str | None) -> tuple[int, ...]:
    """Where a contract flattened onto one line is cut (「…締結する。第1条(定義)本契約において…。第2条(使用権の許諾)
    …」): the titled 第N条 headings after a 。 whose numbers run on from ``expected`` (or from 1) in order, two at
    least with a titled heading that opens the line (from whose number the run then goes on); a 第N条 out of that
    run (a citation after a 。) is no cut. Empty for any other line."""
    found = titled_headings_after_sentences(line)
    own = match_article_heading(line) if line[:1] == "第" else None
    if own is not None and (own.title is None or "_" in own.number or ":" in own.number):
        own = None
    if own is not None:
        expected = str(int(own.number) + 1)
    if len(found) + (own is not None) < 2:
        return ()
    best: tuple[int, ...] = ()
    for first in ((expected,) if own is not None else dict.fromkeys((expected, "1"))):
        if first is None:
            continue
        cuts, want = [], int(first)
        for at, h in found:
            if h.number == str(want):
                cuts.append(at)
                want += 1
        if len(cuts) > len(best):
            best = tuple(cuts)
    return best if len(best) + (own is not None) >= 2 else ()


def article_range_numbers(number: str, label: str) -> list[str]:
    """The articles a range heading stands for: "930:932" of 第九百三十条から第九百三十二条まで → 930, 931, 932;
    "121:122" of 第百二十一条及び第百二十二条 → 121, 122; "325_2:325_7" → 325_2 … 325_7. Each of them is an
    article of its own (deleted, 削除), so the alignment and the numbering checks see every number."""
    first, last = number.split(":", 1)
    if "から" not in label:
        return [first, last]
    a, b = first.split("_"), last.split("_")
    if len(a) == len(b) and a[:-1] == b[:-1] and int(a[-1]) < int(b[-1]) and int(b[-1]) - int(a[-1]) <= 500:
        return ["_".join(a[:-1] + [str(k)]) for k in range(int(a[-1]), int(b[-1]) + 1)]
    return [first, last]


# ---------------------------------------------------------------- chapters and sections

_CHAPTER = re.compile(rf"^第{_SP}(?P<num>{NUM}){_SP}(?P<kind>編|章|節|款|目)(?P<branch>(?:{_SP}の{_SP}{NUM})*)(?P<rest>.*)$")
_CHAPTER_LABEL = re.compile(rf"^第{_SP}{NUM}{_SP}(?:編|章|節|款|目)(?:{_SP}の{_SP}{NUM})*")


@dataclass(**_RESULT)
class ChapterHeading:
    number: str
    kind: str
    label: str
    title: str


# the decoration around the line that opens a table of contents (【目　次】, ＜目次＞, ■目次)
_CONTENTS_DECORATION = re.compile(r"^[【［\[〔＜<《〈(（■◆●]|[】］\]〕＞>》〉)）]$")


def is_contents_line(line: str) -> bool:
    """Is ``line`` the 目次 that opens a table of contents, its spaces and decoration aside?"""
    return "目" in line and _CONTENTS_DECORATION.sub("", line.replace(" ", "").replace("\u3000", "")) == "目次"


# a street of a grid city's address (「札幌市中央区北8条西24丁目」): 条 after a compass point or before one, no article
GRID_STREET = re.compile(r"[東西南北][0-9０-９]+条|[0-9０-９]+条[東西南北]")


# a chapter's title typed against its number, alone on the line: a noun of kanji and katakana (結婚祝金), not a word that
# cites the chapter (第2章中, 第2章各条, 第2章以外, 第2章第3条)
# (its words joined by の or a conjunction too: 「第三章契約の変更及び解除」, a travel 約款 pasted from a PDF)
_GLUED_CHAPTER_TITLE = re.compile(r"(?![第中各及又並以参等全])[\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{2,20}"
                                  r"(?:(?:の|及び|並びに|又は|若しくは|と|・)[\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{1,20}){0,4}")


def match_chapter_heading(line: str) -> ChapterHeading | None:
    first = line[:1]
    if first != "第" and (not _may_open_a_decoration(first) or "第" not in line):
        return None  # (tested before the cache: see _CACHED; a decorated heading holds its 第 too)
    return _chapter_heading(line)


@lru_cache(maxsize=16384)
def _chapter_heading(line: str) -> ChapterHeading | None:
    if not line.startswith("第"):
        core = _undecorated(line, _CHAPTER_LABEL)  # 【第2章】利用契約, ■第2章 利用契約, 【第2章 利用契約】
        return None if core is None else match_chapter_heading(core)
    m = _CHAPTER.match(line)
    if not m:
        return None
    rest = m.group("rest")
    if rest[:1] in _SEPARATOR and rest[1:].strip(" \u3000"):
        rest = " " + rest[1:]  # 第2章．利用契約, 第2章：利用契約
    if rest and rest[0] not in " \u3000（(":
        if not _GLUED_CHAPTER_TITLE.fullmatch(rest):
            return None  # 第２章に定める…
        rest = " " + rest  # 「第2章結婚祝金」: a title typed against its number, the whole line a noun
    title = rest.strip(" \u3000")
    # 「第一款　委員の選定、執行役の選任等」: a title may list with 、 (or ，, the comma of a text that writes it: 「第７章
    # 定款の変更，解散及び清算」) but is never a sentence. A bracket inside it may hold a law's 。 (「第２章　役員（監事を除く。）
    # の職務の執行が…体制の整備に関する事項」, a 業務方法書's), and such a title, a noun to its end, may run long.
    bare = _BRACKETED.sub("", title)
    if _SENTENCE_PUNCT.search(bare.replace("、", "").replace("，", "")) or title.endswith(("、", "，")) \
            or len(title) > (_LONG_TITLE if _ENDS_A_NOUN.search(bare) and not _LABEL_INSIDE.search(bare) else _TITLE):
        return None
    number = number_key(m.group("num"), _BRANCH.findall(m.group("branch")))
    label = line[: m.start("rest")].strip()
    return ChapterHeading(number, m.group("kind"), label, _unbracketed(title))


_TITLE, _LONG_TITLE = 40, 100
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
# a title that ends on a noun of kanji (…に関する事項, …の体制): no sentence, however long
_ENDS_A_NOUN = re.compile(r"[\u4e00-\u9fff]{2}$")
# (but not a contents line that runs every chapter together: 「第1章総則第2章会員および構成…第6章会計および附則」)
_LABEL_INSIDE = re.compile(rf"第{_SP}{NUM}{_SP}[編章節款目条]")


def _unbracketed(title: str) -> str:
    """A chapter's title without the brackets around it (「（総則）」 → 総則); a bracket the title holds keeps both its
    halves (「総則(第1条-第3条)」)."""
    t = title.strip("（）()")
    if t.count("(") + t.count("（") > t.count(")") + t.count("）") and title.endswith((")", "）")):
        t += title[-1]
    return t


# 「第1章 総則(第1条-第3条)」「第2節 参考相談(第8条)」: a chapter's or a section's entry in a table of contents, the
# articles it holds in brackets at its end. The body's heading of that chapter never names its articles so.
_ARTICLE_NO = rf"第{_SP}{NUM}{_SP}条(?:{_SP}の{_SP}{NUM})*"
# (in brackets, or unbracketed when it is a range of two: 「第1章 総 則 第1条〜第2条」, its space taken out by normalization)
_ARTICLES_HELD = re.compile(rf"[（(][ \u3000]*{_ARTICLE_NO}(?:{_SP}(?:[-‐－―—ー~～〜・、]|から){_SP}{_ARTICLE_NO}(?:{_SP}まで)?)?"
                            rf"[ \u3000]*[）)][ \u3000]*$"
                            rf"|(?<=[^\s第0-9０-９])[ \u3000]*{_ARTICLE_NO}{_SP}(?:[-‐－―—~～〜]|から){_SP}{_ARTICLE_NO}(?:{_SP}まで)?[ \u3000]*$")


def ends_with_article_range(line: str) -> bool:
    """Does ``line`` end with the range of articles a table of contents gives a chapter (「…(第57条-第61条)」)?"""
    return "条" in line and _ARTICLES_HELD.search(line) is not None


def is_ranged_contents_entry(line: str) -> bool:
    """Is ``line`` a chapter's (編, 章, 節, 款, 目) heading that ends with the range of its articles in brackets, as a
    table of contents lists it?"""
    return ranged_contents_entry(line) is not None


_ARTICLE_LABEL = re.compile(_ARTICLE_NO)


@dataclass(frozen=True, slots=True)
class ContentsRange:
    chapter: ChapterHeading
    span: tuple[int, int]  # the range in the line, brackets included
    first: str  # article numbers as Article.number writes them ("36_2")
    last: str
    two: str  # the separator the line writes between two articles (「（第一条・第二条）」), else ―


def ranged_contents_entry(line: str) -> ContentsRange | None:
    """The chapter a table-of-contents line names and the range of articles it gives it: 「第二章　申請に対する処分
    （第五条―第十一条）」 → 第二章, 5, 11."""
    if "条" not in line:
        return None
    m = _ARTICLES_HELD.search(line)
    if m is None:
        return None
    chapter = match_chapter_heading(line[:m.start()].strip(" \u3000"))
    if chapter is None:
        return None
    labels = [match_article_heading(x.group(0)) for x in _ARTICLE_LABEL.finditer(m.group(0))]
    if not labels or None in labels:
        return None
    two = "・" if "・" in m.group(0) else "―"
    return ContentsRange(chapter, m.span(), labels[0].number, labels[-1].number, two)


# ---------------------------------------------------------------- paragraphs

# (「2・本会は…」: the dot of a list typed as the middle dot, in a text whose paragraphs are all numbered so)
_PARA_DOT = re.compile(r"^(?P<num>[0-9]{1,3})[ \u3000]*(?:[．.]|・(?=[^\s0-9・]))(?![0-9])[ \u3000]*")
_PARA_SPACE = re.compile(r"^(?P<num>[0-9]{1,3})[ \u3000]+(?=[^\s|｜])")  # (2 |2,160円|…: a table row, not a paragraph)


@dataclass(**_RESULT)
class Label:
    label: str  # as written
    number: int | None
    style: str
    end: int  # where the text after the label (and its separator) starts
    strong: bool = True  # False for markers that are easily confused with text (2 前項, イ …)


# A line that is nothing but a paragraph's or an item's label, the text on the lines below (「2項⏎当社は、…」,
# 「1号⏎本規約に違反する…」): how some web terms set explicit 項 and 号 labels; or 「1項.　本規約は…」「2項．管理者は…」,
# the same label set before the text with the dot of a list's 1. (web templates that name each paragraph 項 and
# number the items under it 1. 2. 3.; some set a space between the number and 項: 「1 項.　本規約は…」)
_PARA_KOU = re.compile(r"^第?(?P<num>[0-9]{1,3})[ \u3000]?項(?:[ \u3000]*$|[．.][ \u3000]*(?=\S))")
# 「第 1 項　Uniant はユーザーに対し…」: the label 第N項 before the paragraph's text, a space between (a software
# licence's page). Without the space, or followed by what goes on with a citation (第2項の規定により, 第2項 及び第3項,
# 第2項 各号に…: a sentence wrapped after 第2項), it is text. A paragraph may open with a citation of its own
# (第 3 項　第1項の規定にかかわらず、…).
_PARA_KOU_SPACE = re.compile(r"^第[ \u3000]*(?P<num>[0-9]{1,3})[ \u3000]*項[ \u3000]+(?=\S)")
_CITATION_GOES_ON = ("各号", "前段", "後段", "ただし書", "本文")
_ITEM_GOU = re.compile(r"^第?(?P<num>[0-9]{1,3})号[ \u3000]*$")


def match_paragraph_number(line: str) -> Label | None:
    """１．/ 1. / 1．/ ２　(law style: digit and a space) / 2項 alone on its line."""
    if line[:1] != "第" and not ("0" <= line[:1] <= "9"):
        return None  # each of the labels opens with a digit or 第 (tested before the cache: see _CACHED)
    return _paragraph_number(line)


@lru_cache(maxsize=16384)
def _paragraph_number(line: str) -> Label | None:
    # (_PARA_KOU's 項 stands within the first six characters: 第, three digits, a space)
    m = _PARA_KOU.match(line) if line.find("項", 0, 6) >= 0 else None
    if m:
        return Label(line[:m.end()].strip(), int(m.group("num")), "kou", m.end(), True)
    m = _PARA_KOU_SPACE.match(line) if line[:1] == "第" else None
    if m and not _continues_citation(line[m.end():]) and not line[m.end():].startswith(_CITATION_GOES_ON):
        return Label(re.sub(r"[ \u3000]", "", line[:m.end()]), int(m.group("num")), "kou", m.end(), True)
    if not ("0" <= line[:1] <= "9"):
        return None
    m = _PARA_DOT.match(line)
    if m:
        return Label(line[: m.end()].strip(), int(m.group("num")), "dot", m.end(), True)
    m = _PARA_SPACE.match(line)
    if m:
        return Label(m.group("num"), int(m.group("num")), "space", m.end(), False)
    return None


# 「4.1年間以上本サービスの利用がない場合」 between 3. and 5.: the label 4. and a text opening with a count (1年間); read
# alone, 4.1 is a decimal number, so only the number the sequence expects next is taken for a label
# (or the label of a list numbered twice, 「2.2)本会員は…」 between 1. and 3.: the paragraph's 2. and its list's 2))
_LABEL_BEFORE_A_COUNT = re.compile(r"^(?P<num>[0-9]{1,3})[．.](?=[0-9]{1,4}(?:年|か月|ヶ月|カ月|箇月|月|週|日|時間|分|回|件|名|人|"
                                   r"歳|円|万|千|億|%|％|単位|点|個|台|部|冊|株|口|社|校|科目)|[0-9]{1,2}[)）])")


_COUNT_LABEL_SPAN = 12


def label_before_a_count(line: str, expected: int) -> Label | None:
    """The label ``expected``. of 「4.1年間以上…」 (digits of either width), or None."""
    if not ("0" <= line[:1] <= "9" or "０" <= line[:1] <= "９"):
        return None  # asked of every line of an article: most open with no digit
    # The pattern reads at most 10 characters (3 digits, the dot, 4 digits, a 2-character counter): only those
    # are folded, not the whole line (str.translate looks each character up, and a law's lines are long)
    m = _LABEL_BEFORE_A_COUNT.match(line[:_COUNT_LABEL_SPAN].translate(WIDE_DIGITS))
    if m is None or int(m.group("num")) != expected:
        return None
    if not _KANA_AFTER.search(line, m.end()):
        return None  # 「2.5年」「6.5年以上」 on lines of their own: a table's cells (years of service), decimals, no text
    return Label(line[:m.end()], expected, "dot", m.end(), True)


_KANA_AFTER = re.compile(r"[ぁ-ゖ]")


# A number glued to what it counts starts a sentence, whatever its place (「2年以内に」「3日前までに」「2名以上」「10万円」
# 「3か月」); a counter's character that starts a word (「２社員は」「２通知は」「２個人情報の」「２月会員は」) does not.
_COUNTER = frozenset("年月日週時分秒名人円回条項号章節款編歳才倍割個件通社者")
_AFTER_COUNTER = frozenset("0123456789以未間目後前のにをはがでまよごも、。，超程毎内半ヶか")
_QUANTITY = ("か月", "ヶ月", "ケ月", "カ月", "ヵ月", "か所", "箇所", "ヶ所", "ヵ所", "か国", "ヶ国", "つ", "万", "千", "百", "億",
             "営業日", "箇")


# 「2年次、3年次及び4年次の在学生」: a year of study (not 年次有給休暇, a word a glued paragraph number may open)
_YEAR_OF_STUDY = re.compile(r"年次(?![\u4e00-\u9fff])")


def counts_after_number(rest: str) -> bool:
    """Does ``rest``, the text right after a number, open with what the number counts (年以内, 名以上, か月)?"""
    if rest.startswith(_QUANTITY) or _YEAR_OF_STUDY.match(rest):
        return True
    return rest[:1] in _COUNTER and (len(rest) == 1 or rest[1] in _AFTER_COUNTER)


# 「３．２．は、本契約に優先する」: paragraph 3 whose sentence opens by citing paragraph 2 by its bare label, as some
# agreements cite their paragraphs (「２．」, not 「第２項」). The dot of the label is then followed by a digit, as in a
# decimal 3.2, so only a citation that a particle or a word of a list goes on from is matched here; whether the line
# is a paragraph the structure decides from the sequence (3 is the next paragraph, 2 an earlier one).
_PARA_CITING = re.compile(r"^(?P<num>[0-9]{1,3})[．.](?P<cited>[0-9]{1,3})[．.](?=[、，,はがをにでのともへや]|より|から|まで|"
                          r"及び|および|並びに|ならびに|又は|または|若しくは|もしくは)")


@lru_cache(maxsize=16384)
def match_paragraph_citing(line: str) -> tuple[Label, int] | None:
    """The label of 「3．2．は、…」 (a paragraph whose text starts with a citation of another paragraph) and the
    number it cites, 2; None for any other line."""
    if not ("0" <= line[:1] <= "9"):
        return None
    m = _PARA_CITING.match(line)
    if m is None:
        return None
    end = m.start("cited")
    return Label(line[:end], int(m.group("num")), "dot", end, True), int(m.group("cited"))


# ---------------------------------------------------------------- items

CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ①..⑳
CIRCLED.update({chr(0x3251 + i): 21 + i for i in range(15)})  # ㉑..㉟
CIRCLED.update({chr(0x32B1 + i): 36 + i for i in range(15)})  # ㊱..㊿
PAREN_NUMBER = {chr(0x2474 + i): i + 1 for i in range(20)}  # ⑴..⒇
PAREN_LATIN = {chr(0x249C + i): i + 1 for i in range(26)}  # ⒜..⒵
IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
AIU = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
         "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16, "xvii": 17, "xviii": 18, "xix": 19, "xx": 20}

# (with a branch after it, 「(2)の2」, an item inserted after (2))
_ITEM_PAREN = re.compile(r"^[(（][ \u3000]*(?P<v>[0-9]{1,3}|[a-zA-Z]{1,5}|[ア-ン]|[一二三四五六七八九十]{1,3})[ \u3000]*[)）]"
                         r"(?:の[0-9０-９一二三四五六七八九十]{1,2}(?=[ \u3000]*[^\s0-9０-９、。]))?[ \u3000]*")
_ITEM_HALF_PAREN = re.compile(r"^(?P<v>[0-9]{1,3}|[a-z])[)）][ \u3000]*")
# (not a label cited at a line's start: 「②敬神会員⏎①以外の崇敬者。」 speaks of item ①; but 「⑩以上の各行為のうち…」
# opens an item that speaks of all those above it)
_ITEM_CHAR = re.compile(r"^(?P<v>[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf\u2474-\u2487\u249c-\u24b5])"
                        r"(?!以外|以上(?!の各)|以下|及び|又は|若しくは|ないし|から|まで)[ \u3000]*")
# 一　…, and 一．… / 一.… as web templates write the kanji label with a list's dot
_ITEM_KANJI = re.compile(r"^(?P<v>[一二三四五六七八九十]{1,3})(?P<branch>(?:の[一二三四五六七八九十]{1,3})*)(?:[ \u3000]+|[．.][ \u3000]*)(?=\S)")
# イ　, イ. and イ） (a half bracket after the kana: 「- イ）会長一名」 in a club's 会則)
_ITEM_KANA = re.compile(rf"^(?P<v>[{IROHA}{AIU}])(?:[ \u3000]+|[．.)）][ \u3000]*)(?=\S)")
# (and a kanji numeral set apart by a space, as a page's <li> shows a law-style item: 「- 二 前号に関わらず、…」)
# (• and ∙ too: a page's <li> in the text a browser copies, 「• (1)宿泊者名」)
_BULLET = re.compile(r"^[-・‐－•∙][ \u3000]*(?=[(（\u2460-\u2473\u2474-\u2487]|[一二三四五六七八九十]{1,3}[ \u3000])")
_ITEM_KANA_PAREN = re.compile(r"^[(（](?P<v>[ア-ン])[)）]")
# The first characters of the patterns above (bullet, circled and parenthesised characters, brackets,
# digits and Latin letters, kanji numbers, kana): a line starting with another is no item label. (A set looked up with
# the line's first character: a match of the class cost a regex call on every line the cache had not seen.)
_ITEM_STARTS = frozenset("-・‐－•∙(（0123456789abcdefghijklmnopqrstuvwxyz" + "一二三四五六七八九十" + IROHA + AIU
                         + "".join(chr(c) for lo, hi in ((0x2460, 0x2487), (0x249C, 0x24B5), (0x3251, 0x325F),
                                                           (0x32B1, 0x32BF)) for c in range(lo, hi + 1)))
# the first characters of _BULLET, _ITEM_KANJI and _ITEM_KANA (_ITEM_CHAR's are all in U+2460…U+32BF)
_BULLET_OPENS = frozenset("-・‐－•∙")
_KANJI_LABEL_DIGITS = frozenset("一二三四五六七八九十")
_KANA_LABELS = frozenset(IROHA + AIU)


@lru_cache(maxsize=16384)
def match_item_label(line: str) -> Label | None:
    """(1) （1） ⑴ ① 一 イ ア (i) (a) 1), 3号 alone on its line — the style tells which sequence the label belongs to.

    Ambiguous labels carry both readings in `style` ("roman|latin", "iroha|aiu");
    the parser decides from the sequence they appear in. A list bullet before
    the label (「- (1)」, 「・(a)」) belongs to the label.
    """
    first = line[:1]
    m = _ITEM_GOU.match(line) if first == "第" or "0" <= first <= "9" else None
    if m:
        return Label(line.strip(), int(m.group("num")), "gou", len(line))
    if first not in _ITEM_STARTS:
        return None
    # Each pattern below is tried only on a line opening with a character it can start with (one comparison, where
    # each match cost a call): most labels are of one style, found after the others failed on their first character.
    b = _BULLET.match(line) if first in _BULLET_OPENS else None
    if b:
        inner = match_item_label(line[b.end():])
        if inner is None:
            return None
        return replace(inner, end=inner.end + b.end())
    m = _ITEM_CHAR.match(line) if "\u2460" <= first <= "\u32bf" else None
    if m:
        c = m.group("v")
        if c in CIRCLED:
            return Label(c, CIRCLED[c], "circled", m.end())
        if c in PAREN_NUMBER:
            return Label(c, PAREN_NUMBER[c], "paren-number", m.end())
        return Label(c, PAREN_LATIN[c], "paren-latin", m.end())
    m = _ITEM_PAREN.match(line) if first in "(（" else None
    if m:
        v = m.group("v")
        label = line[: m.end()].strip()
        if v.isdigit():
            return Label(label, int(v), "paren-number", m.end())
        if v[0] in "一二三四五六七八九十":
            return Label(label, kanji_to_int(v), "paren-kanji", m.end())
        if "ア" <= v <= "ン":
            if v in IROHA and v in AIU:
                return Label(label, AIU.index(v) + 1, "paren-aiu|paren-iroha", m.end())
            return Label(label, (AIU.index(v) + 1) if v in AIU else IROHA.index(v) + 1,
                         "paren-aiu" if v in AIU else "paren-iroha", m.end())
        low = v.lower()
        if low in ROMAN and len(low) == 1 and low in "ivx":
            return Label(label, ROMAN[low], "roman|latin", m.end())
        if low in ROMAN:
            return Label(label, ROMAN[low], "roman", m.end())
        if len(low) == 1:
            return Label(label, ord(low) - ord("a") + 1, "latin", m.end())
        return None
    m = _ITEM_HALF_PAREN.match(line) if "0" <= first <= "9" or "a" <= first <= "z" else None
    if m:
        v = m.group("v")
        return Label(line[: m.end()].strip(), int(v) if v.isdigit() else ord(v) - 96,
                     "half-paren-number" if v.isdigit() else "half-paren-latin", m.end())
    m = _ITEM_KANJI.match(line) if first in _KANJI_LABEL_DIGITS else None
    if m:
        return Label(m.group("v") + m.group("branch"), kanji_to_int(m.group("v")), "kanji", m.end(), False)
    m = _ITEM_KANA.match(line) if first in _KANA_LABELS else None
    if m:
        v = m.group("v")
        if v in IROHA and v in AIU:
            return Label(v, AIU.index(v) + 1, "aiu|iroha", m.end(), False)
        return Label(v, (IROHA.index(v) + 1) if v in IROHA else AIU.index(v) + 1,
                     "iroha" if v in IROHA else "aiu", m.end(), False)
    return None


def sequence_number(style: str, label: str) -> int | None:
    """The number of `label` read in one definite style (for ambiguous labels)."""
    v = label.strip("()（）. ．")
    if style in ("roman",):
        return ROMAN.get(v.lower())
    if style in ("latin",):
        return ord(v.lower()) - 96 if len(v) == 1 else None
    if style in ("iroha", "paren-iroha"):
        return IROHA.index(v) + 1 if v in IROHA else None
    if style in ("aiu", "paren-aiu"):
        return AIU.index(v) + 1 if v in AIU else None
    return None


# ---------------------------------------------------------------- section style (1. はじめに)

# (1)… is an item; 「1 |12」 is a table's row, its cells set apart by the bar
# (a sub-section numbered with a hyphen, 「### 1-2 禁止行為」, is one level down, as 1.2 is)
_SECTION = re.compile(r"^(?P<num>[0-9]{1,3})(?P<sub>(?:[.\-][0-9]{1,3})*)[ \u3000]*[.．]?[ \u3000]*(?P<title>[^\s)）|｜].*)$")


# a counter after a number, as a count reads it: alone, or with what a count goes on with (年間, 月末, 日以内)
_COUNTER_ALONE = re.compile(r"(?:年|月|日|条|項|号)(?:[^\u3400-\u9fff々]|[間以度分末前後内中頃毎半来]|$)")


@lru_cache(maxsize=16384)
def match_section_heading(line: str, set_as_heading: bool = False) -> tuple[str, str, int] | None:
    """1. はじめに / 2 Mozilla アカウント / 1.1 定義 → (number, title, depth). A title that lists with 、 is a
    sentence's start in text, but a title where the page sets the line as its heading (``set_as_heading``:
    <h2>4. 本サービスの運営、本サービスの内容の適正保持、補償</h2>)."""
    if not ("0" <= line[:1] <= "9"):
        return None
    m = _SECTION.match(line)
    if not m:
        return None
    title = m.group("title").strip()
    if len(title) > 40 or title.endswith("。") or ("。" in title if set_as_heading else _SENTENCE_PUNCT.search(title)):
        return None
    if not any(c.isalnum() for c in title):
        return None  # 「3.」 alone (a list's marker on a line of its own): no title
    # (a count, 「3営業日以内に」, unless a dot sets the number apart as a label: 「3.営業日及び営業時間」; after the dot
    # a counter alone is still a count, 「3.年以内」, but not the first kanji of a word: 「3. 年齢・利用環境」「4. 条件」)
    dotted = re.match(r"[0-9]{1,3}(?:\.[0-9]{1,3})*[ \u3000]*[.．]", line) is not None
    if re.match(r"^[0-9]", title) or (not dotted or _COUNTER_ALONE.match(title)) and \
            re.match(r"^(年|月|日|か月|ヶ月|ケ月|条|項|号|%|％|円|時間|営業日)", title):
        return None
    if re.match(r"^(?:限|回|番|度|人|日|年|週|枚|個|件|期|行|段)目", title):
        return None  # 「1限目 9:00~9:45」「2回目」: an ordinal count (a timetable's row), no section
    sub = m.group("sub")
    depth = 1 + sub.count(".") + sub.count("-")
    # 「4.(利用手続等)」: the title in its brackets, as 第4条（利用手続等） writes it; a citation 「第4条(利用手続等)」
    # names it without them
    enclosed = _TITLE_PAREN.match(title)
    if enclosed is not None:
        title = enclosed.group("title").strip()
    else:
        title = _bracketed(title) or title
    return (m.group("num") + sub.replace(".", "_").replace("-", "_"), title, depth)


# ---------------------------------------------------------------- clauses headed 第N項 (第1項　著作権について)

_KOU_HEADING = re.compile(rf"^第{_SP}(?P<num>{NUM}){_SP}項(?P<rest>.*)$")


@lru_cache(maxsize=16384)
def match_kou_heading(line: str) -> tuple[str, str] | None:
    """「第1項　著作権について」「第2項（禁止事項）」 → (number, title): a clause headed 第N項 and titled, as some shops'
    terms number the clauses others number 第N条. None for a line without a title (「第2項」 alone labels a paragraph)
    and for a sentence citing a paragraph (第2項の規定にかかわらず、…)."""
    if not line.startswith("第"):
        return None
    m = _KOU_HEADING.match(line)
    if m is None:
        return None
    rest = m.group("rest").strip(" \u3000")
    if rest[:1] in _SEPARATOR:
        rest = rest[1:].strip(" \u3000")
    enclosed = _TITLE_PAREN.match(rest)
    title = enclosed.group("title").strip() if enclosed else (_bracketed(rest) or rest)
    if not title or len(title) > 40 or _SENTENCE_PUNCT.search(title) or _continues_citation(rest) \
            or title.endswith(("に", "を", "の", "は", "が")):
        return None
    n = to_int(m.group("num"))
    return None if n is None else (str(n), title)


# ---------------------------------------------------------------- sections headed 第N (第1 趣旨)

# 「第1 趣旨」「第２　定義」: a 要綱's or 要領's section, 第N and its heading with no 条 (nor 章, 節, 項 …); normalization
# may take out the space between them (「第1趣旨」)
_DAI_SECTION = re.compile(rf"^第{_SP}(?P<num>{NUM}){_SP}(?P<title>[^ \u3000].*)$")
_NOT_DAI_TITLE = "編章節款目条項号者回次期部類種級位版日月年週段表図0123456789(（)）"


@lru_cache(maxsize=16384)
def match_dai_section_heading(line: str) -> tuple[str, str] | None:
    """「第1 趣旨」「第3 個人情報窓口」 → (number, title): a section of a 要綱 or 要領 numbered 第N with no 条, its short
    heading alone on the line, no 。 in it. None for 第1章, 第2条, 第3項 …, and for a line that goes on as a sentence
    (「第2 の規定により、…」)."""
    if not line.startswith("第"):
        return None
    m = _DAI_SECTION.match(line.rstrip(" \u3000"))
    if m is None:
        return None
    title = m.group("title")
    if len(title) > 30 or _SENTENCE_PUNCT.search(title) or title[:1] in _NOT_DAI_TITLE \
            or title.endswith(("に", "を", "の", "は", "が", "で", "と", "も")) or _continues_citation(title):
        return None
    n = to_int(m.group("num"))
    return None if n is None else (str(n), title)


# ---------------------------------------------------------------- captions

# (a list's bullet may stand before it: 「- (利用条件等の承諾)」 over 「- 第 1条 乙は…」, a page's <li>s in text)
_CAPTION = re.compile(rf"^(?:[{_LIST_BULLETS}][ \u3000]*)?{CAPTION}$")


# a thematic break drawn in characters (---, ＿＿＿, ━━━): a line of its own in a text file as in Markdown
RULE_LINE = re.compile(r"[-ー－―─━=＝_＿*＊]{3,}")

# 「■適用範囲」「【目的】」 alone on a line before 第1条: the caption set off by a mark or lenticular brackets, as web
# pages and Word templates write it (a hotel's 宿泊約款: <dt>■適用範囲</dt><dd>第１条　…)
_MARKED_CAPTION = re.compile(r"^(?:[【〈＜《〔](?P<b>[^【】〈〉＜＞《》〔〕。]{1,30})[】〉＞》〕]"
                             r"|[■◆●□◇▼▽▲△◎☆★][ \u3000]*(?P<m>[^。■◆●（）()]{1,30}))$")


# what either caption pattern opens with (a bullet, a bracket, a mark)
_CAPTION_STARTS = frozenset(_LIST_BULLETS + "（(【〈＜《〔■◆●□◇▼▽▲△◎☆★")


# a Markdown heading's marks glued to a caption (「#（敷金）」): CommonMark shows the line as text, marks and all, but the
# writer set the caption apart as a heading
_GLUED_MARKS = re.compile(r"^#{1,6}(?=[（(【〈＜《〔■◆●□◇▼▽▲△◎☆★])")


def is_caption(line: str) -> bool:
    """「（目的）」 (or 「■目的」, 「【目的】」, 「〈目的〉」) alone on a line: the caption of the article whose heading
    (第一条) is on the next line."""
    first = line[:1]
    if first == "#":
        line = _GLUED_MARKS.sub("", line, 1)
        first = line[:1]
    if first not in _CAPTION_STARTS:
        return False  # asked of most lines of a law, which open with a word
    if not (_CAPTION.match(line) or _MARKED_CAPTION.match(line)):
        return False
    # (「【第1章 総則】」 over 「●第1条」: a chapter's heading in the marks of a caption is the chapter's, no article's title)
    return "第" not in line or match_chapter_heading(line) is None


def caption_title(line: str) -> str:
    """The words of a caption line: 「（目的）」, 「■目的」 and 「【目的】」 are all 目的."""
    if line[:1] == "#":
        line = _GLUED_MARKS.sub("", line, 1)
    m = _MARKED_CAPTION.match(line)
    if m:
        return (m.group("b") or m.group("m")).strip(" \u3000")
    return line.lstrip(_LIST_BULLETS + " \u3000").strip("（）() \u3000")


# 「適用範囲」 alone on a line over 第１条, 「宿泊契約の申込み」 over 第２条: a caption without brackets or mark, as a
# page sets it in a block of its own (<div class="…-ttl">). Alone, such a line could be the last line of the article
# before; the structure takes it for a caption only where the document writes one over most of its articles.
_BARE_CAPTION = re.compile(r"^[\u3041-\u30ff\u3400-\u9fff々〆ー・、]{2,25}$")
_PREDICATE_END = re.compile(r"(?:ます|です|する|した|ない|である|とおり|こと|もの)$")


def is_bare_caption(line: str) -> bool:
    """Could ``line`` be an article's caption written without brackets (「契約の解除」, 「個人情報の取扱い」)? Words
    naming a topic: no sentence, no label, no predicate at its end."""
    t = line.strip(" \u3000")
    return bool(_BARE_CAPTION.match(t)) and not _PREDICATE_END.search(t) and not is_structural_start(t)


# 「（外国人労働者の要件） 第５条　労働者となる者は…」: a caption and the heading it titles on one line, as a page renders
# them when no <br> separates the caption from the next source line (the caption of a law-style heading: 第N条
# without a title of its own). A caption is never followed by a citation that starts a sentence: 「（注）第5条の規定
# は…」 is no heading, as match_article_heading tells.
_JAPANESE = re.compile(r"[\u3041-\u30ff\u3400-\u9fff「『]")
_LEADING_CAPTION = re.compile(rf"^[（(](?P<c>{CAPTION_TEXT})[）)][ \u3000]*(?=第)")


# the number of an act in brackets after its name (昭和39年規程第12号, 平成8年条例第4号): no caption
_ACT_NUMBER = re.compile(r"[0-9０-９〇一二三四五六七八九十百元]+年[^（）()]{0,12}第[0-9０-９〇一二三四五六七八九十百千]+号")


def match_captioned_heading(line: str) -> ArticleHeading | None:
    """The heading of 「（目的）第1条　本契約は、…」, titled by its caption; None for any other line."""
    if line[:1] not in "（(" or "第" not in line:
        return None  # (tested before the cache: see _CACHED; a caption alone, 「（目的）」, holds no 第)
    return _captioned_heading(line)


@lru_cache(maxsize=16384)
def _captioned_heading(line: str) -> ArticleHeading | None:
    m = _LEADING_CAPTION.match(line)
    if m is None:
        return None
    h = match_article_heading(line[m.end():])
    if h is None or h.title is not None or not _JAPANESE.search(m.group("c")) \
            or (h.rest and not _JAPANESE.match(h.rest)):
        return None  # a caption names the article in words, and its first sentence is one: 「(error) 第20条 → …」 is prose
    if _ACT_NUMBER.search(m.group("c")):
        return None  # 「規程(昭和39年規程第12号)第4条⏎第2項の規定に基づき」: an act's number, then its article cited
    return ArticleHeading(h.number, h.label, m.group("c").strip(), h.rest, h.rest_offset + m.end())


def captions_heading(line: str, next_line: str) -> ArticleHeading | None:
    """The heading on ``next_line`` of an article without a title of its own that ``line`` is the caption of,
    or None."""
    if not is_caption(line):
        return None
    h = match_article_heading(next_line)
    if h is None:
        return match_glued_heading(next_line)
    if h.title is None:
        return h
    # 「（役員）⏎第２条　本会に次の役員を置く」: under a caption, the text after 第N条 and a space is the first sentence,
    # as in a law, even one that lacks its 。 (the grammar reads a short one as a title); a title in brackets or after
    # a separator (第2条（役員）, 第2条．役員) is one
    core = next_line.rstrip(" \u3000")
    if not core.endswith(h.title) or core[-len(h.title) - 1:-len(h.title)] not in (" ", "\u3000"):
        return None
    return ArticleHeading(h.number, h.label, None, h.title, len(core) - len(h.title))


# 「第17条宿泊客が…」: the number run into the first sentence (a Word file's text box dropped the space). Read as a
# heading only under a caption (「(駐車の責任)」): a citation starting a sentence goes on with の, 第, 各号, 本文 …
_GLUED_NUMBER = re.compile(rf"^第{_SP}(?P<num>{NUM}){_SP}条(?=[\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa])")
_ARTICLE_CITATION_GOES_ON = _CITATION_GOES_ON + ("第", "ただし", "但し", "中", "所定", "規定", "各項", "又は", "及び", "若しくは",
                                                 "並びに", "から", "まで", "ないし", "乃至")


def match_glued_heading(line: str) -> ArticleHeading | None:
    """第N条 with its first words run on without a space (「第17条宿泊客が…」, 「第 2 条ソフトウェアの導入・利用」), the
    words as the heading's rest; None where they go on with a citation (第2条の規定, 第2条各号). A heading only where
    something else says so: a caption above it, or a page's heading (Markdown ###, HTML <h3>), which no citation is."""
    m = _GLUED_NUMBER.match(line)
    if m is None:
        return None
    rest = line[m.end():]
    if rest.startswith(_ARTICLE_CITATION_GOES_ON) or _continues_citation(rest):
        return None
    return ArticleHeading(number_key(m.group("num"), []), m.group(0), None, rest, m.end())


def captions_below(lines, i: int) -> bool:
    """Is the line after the bare heading ``lines[i]`` (第1条 alone) its caption, set below it (第1条⏎（目的）), as
    PDFs of terms place them? Not when a heading follows the caption: then it is the caption above that one
    (an article without text, then （目的）⏎第2条, as laws are written)."""
    if i + 2 >= len(lines) or not is_caption(lines[i + 1].text):
        return False
    after = lines[i + 2].text
    return match_article_heading(after) is None and captions_heading(lines[i + 1].text, after) is None


# ---------------------------------------------------------------- other blocks

# 附則, also written 付則, and decorated as headings are (【附則】, ■付則)
_SUPPLEMENTARY = re.compile(rf"^(?:[{re.escape(_MARK)}][ \u3000]*)?(?P<open>[{re.escape(''.join(_LABEL_CLOSE))}][ \u3000]*)?"
                           rf"[附付][ \u3000]*則(?(open)[ \u3000]*[{re.escape(''.join(_LABEL_CLOSE.values()))}])(?P<rest>.*)$")
_SUPPLEMENTARY_FIRST = frozenset("附付" + _MARK + "".join(_LABEL_CLOSE))
# (「（別表）」 in round brackets too, as a page heads its price table under the 附則; 「（別表1のとおり）」「（別紙参照）」
# go on as a sentence and are no heading)
# (a note mark before it too, 「※別表２（第４条関連）」, as a page sets its table apart under the 附則)
_ANNEX = re.compile(rf"^[{re.escape(_MARK)}※【\[（(]?[ \u3000]*(?P<label>別[ \u3000]*(?:紙|表|記|添)[ \u3000]*(?:第?[ \u3000]*[0-9一二三四五六七八九十]*[ \u3000]*号?)?)[】\]）)]?(?P<rest>.*)$")
_CLOSING = re.compile(r"^[\[［(（]?[ \u3000]*(以[ \u3000]*上|以下余白)[ \u3000]*[\]］)）]?$")
_HISTORY = re.compile(
    r"(制定|改定|改訂|改正|実施|施行|適用開始|適用|発効日|発効|最終更新|更新日|作成日|初版)"
)
_DATE = re.compile(
    r"(?:(?P<y>(?:19|20)[0-9]{2})|(?P<era>令和|平成|昭和)[ \u3000]*(?P<ey>元|[0-9]{1,2}))[ \u3000]*年[ \u3000]*(?P<m>[0-9]{1,2})[ \u3000]*月(?:[ \u3000]*(?P<d>[0-9]{1,2})[ \u3000]*日)?"
    r"|(?P<iy>(?:19|20)[0-9]{2})[-/.](?P<im>[0-9]{1,2})[-/.](?P<id>[0-9]{1,2})"
)
_VERSION = re.compile(r"(?:Ver\.?|Version|バージョン|版)[ \u3000]*([0-9][0-9.]*)", re.IGNORECASE)
# what a set of rules is called (会員規約, 個人情報保護規程, 就業規則, 施行細則): the last word of its name
RULES_KINDS = "規約|規程|規則|会則|学則|内規|細則|約款|要項|要綱|要領|基準|定款"
RULES_NAME = re.compile(rf"(?:{RULES_KINDS})$")

# each era: its first day and its last (None: the era goes on)
ERAS = {
    "明治": (datetime.date(1868, 1, 25), datetime.date(1912, 7, 29)),
    "大正": (datetime.date(1912, 7, 30), datetime.date(1926, 12, 24)),
    "昭和": (datetime.date(1926, 12, 25), datetime.date(1989, 1, 7)),
    "平成": (datetime.date(1989, 1, 8), datetime.date(2019, 4, 30)),
    "令和": (datetime.date(2019, 5, 1), None),
}
ERA_BASE = {era: first.year - 1 for era, (first, _last) in ERAS.items()}  # 令和N年 is the year ERA_BASE["令和"] + N
_DIGIT = re.compile("[0-9]")


# A line of a 目次 ends with its page: after dot leaders (第1条　目的…………1, 第2章 利用契約・・・3; NFKC makes … dots),
# or after the closing bracket of its title (第1条（目的） 3).
_TOC_PAGE = re.compile(r"[ \u3000]*(?:(?:[.．・･·‥⋯]{2,}|…+)[ \u3000]*[0-9]{1,4}|(?<=[）)])[ \u3000]+[0-9]{1,4})[ \u3000]*$")


def without_toc_page(line: str) -> str:
    """A 目次 line without the page number it ends with (「第1条　目的…………1」 → 「第1条　目的」)."""
    if not "0" <= line.rstrip(" \u3000")[-1:] <= "9":
        return line  # (no page number: _TOC_PAGE, which no first character leads, was tried at each position)
    return _TOC_PAGE.sub("", line)


def toc_entry(line: str, sections: bool = False) -> tuple[tuple[str, str], bool] | None:
    """What a line of a 目次 heads, as (kind, number): ("条", "1") for 第1条, ("章", "2") for 第2章, and with
    ``sections`` (a document of numbered sections) ("節", "3") for 「3. 禁止事項」; and whether it carries a page
    number. None: the line heads nothing."""
    core = without_toc_page(line)
    h = match_article_heading(core)
    if h is not None and not h.rest:
        return ("条", h.number), core != line
    c = match_chapter_heading(core)
    if c is not None:
        return (c.kind, c.number), core != line
    if sections:
        s = match_section_heading(core.strip(" \u3000"))
        if s is not None and s[2] == 1:
            return ("節", s[0]), core != line
    return None


# the sentence a 附則 is, on its heading's line (「（附則）この規約は掲載時から実施します。」, 「附則　この規約は、令和5年4月1日
# から施行する。」): the document's own, taking effect
_ENACTING = re.compile(r"(?:この|本)[^。\n]{0,60}?(?:施行|実施|適用|効力|発効)")


def supplementary_heading(line: str) -> str:
    """The heading of the 附則 ``line`` opens, without a sentence that follows it on the line (「（附則）」 of 「（附則）この
    規約は…実施します。」): what names the 附則 from one version to the next."""
    m = _SUPPLEMENTARY.match(line)
    if m is None or not _ENACTING.match(m.group("rest").strip(" \u3000")):
        return line
    return line[:m.start("rest")].rstrip(" \u3000")


@lru_cache(maxsize=16384)
def match_supplementary(line: str) -> tuple[str, str | None] | None:
    if line[:1] not in _SUPPLEMENTARY_FIRST:
        return None
    m = _SUPPLEMENTARY.match(line)
    if not m:
        return None
    rest = m.group("rest").strip(" \u3000")
    # (the space after 附則 may be gone: normalization takes out a space between two kanji, 「附則　本約款は…施行します。」)
    if rest and not rest.startswith(("（", "(", "【", "[", "抄")) and _SENTENCE_PUNCT.search(rest) \
            and not _ENACTING.match(rest):
        return None
    if rest[:1] in ("の", "に", "を", "は", "が", "で", "と", "及", "又"):
        return None  # 附則の規定により…: a citation of the 附則
    d = find_date(rest)
    return ("附則", d)


@lru_cache(maxsize=16384)
def match_annex(line: str) -> tuple[str, str | None] | None:
    if "別" not in line:
        return None
    m = _ANNEX.match(line)
    if not m:
        return None
    rest = m.group("rest").strip(" \u3000：:")
    if rest.startswith(("に", "の", "を", "は", "が", "で", "と", "記載", "参照", "のとおり")):
        return None
    if len(rest) > 50 or "。" in rest:
        return None
    label = re.sub(r"[ \u3000]", "", m.group("label"))
    return (label, rest.strip("（）()「」") or None)


@lru_cache(maxsize=16384)
def is_closing(line: str) -> bool:
    return "以" in line and bool(_CLOSING.match(line.strip()))


# The execution clause that ends a contract or a 定款 after its last article: the parties make and sign this
# instrument (「以上、本契約成立の証として本書2通を作成し、甲乙記名押印の上、各1通を保有する。」「本契約の締結を証する
# ため、…」; a 定款's 「以上、…設立のため、この定款を作成し、設立時社員が次に記名押印する。」). It says what was done with
# the paper, binds no one, and is followed by the date and the signatures: it opens the document's closing.
_ATTESTS = re.compile(r"証(?:として|するため|する為)")
_INSTRUMENT = re.compile(r"本書|契約書|覚書|合意書|証書|定款|電磁的記録|[0-9一二三四五]通")
_SIGNS = re.compile(r"作成し.*(?:署名|記名|押印|捺印)")


@lru_cache(maxsize=16384)
def is_execution_clause(line: str) -> bool:
    s = line.strip()
    if "証" not in s and not s.startswith("以上"):
        return False
    return bool(_ATTESTS.search(s) and _INSTRUMENT.search(s)) or (s.startswith("以上") and bool(_SIGNS.search(s)))


# A sentence after the last article that dates the document itself: when it was made or amended and from when it
# applies (「本規程は、2019年3月6日に定められ、…より適用される。」「この規約は、2024年4月1日から施行する。」). Like
# 「2024年4月1日　制定」 it is the document's history, which a 附則 heading would hold, not a provision of the
# article it follows.
_SELF = re.compile(r"^(?:この|本)[^、。は]{0,12}?(?:規程|規約|規則|細則|会則|定款|契約|約款|基準|要綱|要領|方針|"
                   r"ポリシー|規定|覚書|会規|内規)(?:は|が)?[、，,]?")
_ENACTS = re.compile(r"(施行|制定|定められ|改訂|改正|改定|適用|発効|効力を(?:生|有))")


@lru_cache(maxsize=16384)
def match_enactment(line: str) -> tuple[str, str | None] | None:
    """(kind, date) of a sentence saying when this document was made or takes effect; None for any other line."""
    s = line.strip()
    if len(s) > 120 or s.count("。") > 1 or not _DIGIT.search(s):
        return None
    if _SELF.match(s) is None:
        return None
    date = find_date(s)
    kind = _ENACTS.search(s)
    if date is None or kind is None or kind.start() < s.find("年"):
        return None  # the date comes before what happened on it
    return (kind.group(1), date)


def find_date(text: str) -> str | None:
    """The first date in `text` as ISO (YYYY-MM-DD or YYYY-MM)."""
    m = _DATE.search(text)
    if not m:
        return None
    if m.group("iy"):
        return f"{int(m.group('iy')):04d}-{int(m.group('im')):02d}-{int(m.group('id')):02d}"
    if m.group("y"):
        y = int(m.group("y"))
    else:
        ey = 1 if m.group("ey") == "元" else int(m.group("ey"))
        y = ERA_BASE[m.group("era")] + ey
    mo = int(m.group("m"))
    if m.group("d"):
        return f"{y:04d}-{mo:02d}-{int(m.group('d')):02d}"
    return f"{y:04d}-{mo:02d}"


def match_history(line: str) -> tuple[str, str | None] | None:
    """2024 年 12 月 1 日 制定 / 附則（２０２３年６月１５日実施） / 発効日:2021年10月11日 (Ver.1.5.3)."""
    if "。" in line:
        return None  # a sentence (tested before the cache: see _CACHED)
    return _history(line)


@lru_cache(maxsize=16384)
def _history(line: str) -> tuple[str, str | None] | None:
    s = line.strip()
    if len(s) > 60 or "。" in s or not _DIGIT.search(s):
        return None  # every date and version has a digit
    date = find_date(s)
    kind = _HISTORY.search(s)
    if date and kind:
        return (kind.group(1), date)
    v = _VERSION.search(s)
    if v and (date or len(s) < 30):
        return ("版", date)
    return None


def find_version(text: str) -> str | None:
    m = _VERSION.search(text)
    return m.group(1).rstrip(".") if m else None


# 「- 1 監督官署との連絡を密にする」「- 荷物の受取日時及び引渡日」: a page's bullet line (a <li> in text) that ends no
# sentence, with or without a bare number before its text
# (normalization may take out the space after the number: 「- 1監督官署…」; a number that counts something is text:
# 「- 1年間の保証」)
_BULLETED_ENTRY = re.compile(r"^[-•・‐－∙][ \u3000]*(?:(?P<num>[0-9]{1,2})(?![0-9.．,，、:：)）]|[ \u3000]*(?:年|月|日|か月|ヶ月"
                             r"|ケ月|条|項|号|%|％|円|時|分|回|人|名|件|個|歳|才|週|営業日|kg|km|cm|m))[ \u3000]*)?(?=\S)")

_CITED_UNIT = re.compile(rf"第{_SP}{NUM}{_SP}[条章節項号編款]")


def match_bulleted_entry(line: str) -> Label | None:
    """The bullet (and the number 1, 2 … it may write) of a bulleted line that is an entry of a list, not a
    sentence: no 。 in its text (but in brackets), and no label, heading or cited 第N条 of its own (「- (1)」「- 第2条」
    are read by those). ``number``: the number written, None where only the bullet stands; ``end``: where the
    entry's text starts. None for any other line."""
    m = _BULLETED_ENTRY.match(line)
    if m is None:
        return None
    text = line[m.end():].rstrip(" \u3000")
    if not text or "。" in re.sub(r"[（(][^（）()]*[）)]", "", text) or text.endswith(("：", ":", "、")) or len(text) > 120 \
            or match_item_label(text) is not None or match_paragraph_number(text) is not None \
            or is_structural_start(text) or _CITED_UNIT.match(text) or not any(c.isalnum() for c in text):
        return None
    num = m.group("num")
    return Label(line[:m.end()].strip(" \u3000"), int(num) if num else None, "bulleted-entry", m.end(), True)


@lru_cache(maxsize=16384)
def is_structural_start(line: str) -> bool:
    """A line that must start a new unit whatever the line before it looks like."""
    # (each matcher's own first test before its cache: see _CACHED; those of match_chapter_heading and
    # match_captioned_heading made here, on the line's first character taken once, rather than in a call each)
    # An annex's heading and a closing line open with 別 and 以, after a mark, a bracket or spaces (_ANNEX, and _CLOSING
    # read on the stripped line): a law's lines that hold them in a sentence (特別, 以下) are not matched for either.
    first = line[:1]
    return bool(
        match_article_heading(line)
        # (a chapter's heading holds its 第, a 附則's its 附 or 付, whatever decoration opens the line: a caption
        # 「（趣旨）」 is asked for neither)
        or ((first == "第" or "第" in line and _may_open_a_decoration(first)) and _chapter_heading(line))
        or (first in _SUPPLEMENTARY_FIRST and ("附" in line or "付" in line) and match_supplementary(line))
        or ("別" in line and (first == "別" or first in _ANNEX_FIRST) and match_annex(line))
        or ("以" in line and (first == "以" or first in _CLOSING_FIRST or first.isspace()) and is_closing(line))
        or (first in "（(" and "第" in line and _captioned_heading(line))
    )


_ANNEX_FIRST = frozenset(_MARK + "※【[（( \u3000")
_CLOSING_FIRST = frozenset("[［(（")


def is_weak_start(line: str) -> bool:
    """A line whose first characters may be a paragraph or item number."""
    p = match_paragraph_number(line)
    if p is not None:
        return True
    it = match_item_label(line)
    return it is not None


# Line matchers are pure functions of the line: normalization, the structure parser and the checks ask
# about the same lines, and successive versions of a document repeat almost all of them.
# A matcher asked of almost every line (a chapter's heading, a paragraph's number, a caption, a
# history line) tests what the line opens with (or a character that rules it out) before its cache: most lines fail
# the test, and a call through the cache that keeps a None for each cost more than the test. Its cached part is
# _chapter_heading, _paragraph_number, _captioned_heading, _history.
_CACHED = (match_article_heading, _captioned_heading, _chapter_heading, _paragraph_number,
           match_paragraph_citing, match_item_label,
           match_section_heading, match_kou_heading, match_supplementary, match_annex, is_closing, _history,
           is_structural_start, is_execution_clause, match_enactment, inline_heading_cuts, kanji_to_int)


def clear_caches() -> None:
    for f in _CACHED:
        f.cache_clear()
