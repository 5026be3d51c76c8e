"""stray-space: a half-width space inside Japanese text, as left by copying from a PDF.

Read from the original text (normalization removes these spaces). Reported:
「マンシ ョン」「決 議」 (a word split in two), 「認めるときは、 遅滞なく」「者 に」 (next to
punctuation or kana), 「共用部分 等」 (before a suffix or particle), and a space
inside an article number 「第１ ５条」 or after it alone in a citation 「総務省令第64 号」. Spaces next to digits and half-width
brackets are decided by the document's own convention: where it writes 第62条 and 記録(以下 without a space by a large majority,
the minority 「区分所有法第 62 条」「記録 (以下」「含む。) は」 is reported; where it spaces
them (「第 5 条」 throughout, as some word processors do) nothing is. A space between
、/。 and a closing bracket (「という。 ）」) is always reported. Not reported: spaces next to Latin letters
(「GMO サイン」「ID 等」), the
separator after a list label or heading number, spaces between two whole words
in a heading or table row (「電気室 対象物件」), letter-spaced lines (「が 定 め る」),
and the ideographic space U+3000, which is typed on purpose — except inside a date (「毎年　１月　１日に始まり当年　１２月
３１日」), where it pads a number to the width of another and is lost the moment the text is reflowed.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter

from ..grammar import RULES_KINDS, WIDE_DIGITS, counts_after_number
from ..normalize import FOLD
from ..tokens import is_known_word, tokenize
from . import (Context, LineMemo, document_tally, finditer, image_within, is_hiragana, is_kanji, is_katakana, rule,
               word_across)
from .chars import COUNTERS, JOINING_CONJUNCTIONS
from .placeholders import NUMBER_BLANK
from .source_breaks import blank_line_findings, joined_break_findings, joined_summary, wrapped_with_blank_lines
from .typos_kanji import CONJUNCTION_KANJI

_SPACES = " \u00a0"
_RUN = re.compile(r"(?<=\S)[ \u00a0]+(?=\S)")
_LABEL = re.compile(
    # (a heading may be decorated as web terms decorate them: ■第1条, 【第2章 …】, ＜第5章 その他の事項＞, or be a
    # Markdown heading: 「## 第2章 子の看護休暇」)
    r"^[\s\u3000]*(?:#{1,6}[ \t]+)?(?:[-・‐*+•]\s*)?(?:[■□◆◇●○◎▼▽▶▷►★☆][\s\u3000]*)?(?:\*\*)?(?:[<＜【［\[〔《〈(（][\s\u3000]*)?(?:第[ \u3000]?[^\s]{1,8}?[ \u3000]?[条章節款編目](?:の[0-9０-９一二三四五六七八九十]+)?"
    r"|[0-9０-９]{1,3}[．.、]?|[(（][^)）]{1,4}[)）]|[\u2460-\u2473\u2474-\u2487]"
    r"|[一二三四五六七八九十]{1,3}(?:の[一二三四五六七八九十]{1,3})*|[イロハニホヘトチリヌルヲアイウエオカキクケコ][．.]?|附\s*則|別\s*[紙表記]\s*[0-9０-９]*|[■◆●・※]+)$"
)
# a number split by a space: an article's (法律第7 7号) or an era year's (平成2 ７年, digits of two widths pasted)
_SPLIT_NUMBER = re.compile(r"第[0-9０-９]+[ \u00a0]+[0-9０-９]+[ \u00a0]*[条項号]"
                           r"|(?:令和|平成|昭和)[ \u00a0]*[0-9０-９]+[ \u00a0]+[0-9０-９]+[ \u00a0]*年")
# 「総務省令第64 号」「第10 条による」: a space after the number and none before it. A document that spaces its numbers does
# so on both sides (「第 5 条」, left alone); one side only is a slip, whatever the document's convention
_LOPSIDED_NUMBER = re.compile(r"第[0-9０-９]{1,3}(?P<space>[ \u00a0]+)(?=[条項号章節款])"
                              r"|第(?P<before>[ \u00a0]+)(?=[0-9０-９]{1,3}[条項号章節款])")  # (「第 4条」: before it only)
_TIGHT_NUMBER = re.compile(r"第[0-9０-９]{1,3}[条項号章節款]")


def _numbers_tight(ctx: Context) -> bool:
    """Does the document write its 第N条, 第N項… without a space four times as often as with one after the number?"""
    def build():
        text = ctx.doc.source.text  # (as written: normalization takes such spaces out)
        return len(_LOPSIDED_NUMBER.findall(text)) * 4 <= len(_TIGHT_NUMBER.findall(text))
    return ctx.full.memo("spaces.numbers_tight", build)


_JP_PUNCT = set("、。，．・：；！？")
# an honorific prefix opening a noun (ご同意, お問い合わせ, ご利用): the start of a noun phrase of its own
_HONORIFIC_NOUN = re.compile(r"[ごお][\u4e00-\u9fff\u30a1-\u30fa]")
_SENTENCE_END = re.compile("[。．]")
# a case particle after a space that follows a word in kanji or katakana: 「マーケティング受信 を」 (told as such, not as a
# word split)
_CASE_PARTICLES = frozenset("をがはにのとでへも")
_KANA = re.compile("[ぁ-ゖ]")
# a line that names a date and gives it (「最終変更日 2019年12月18日」「制定日　令和5年4月1日」): the space sets the value apart
_DATED_FIELD = re.compile(r"^[ \u3000#*>]*(?P<name>[\u4e00-\u9fff々ぁ-ゖ\u30a1-\u30ffー]{0,11}日)[ \u3000]+"
                          r"(?:令和|平成|昭和)?[0-9０-９元]{1,4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日[ \u3000*]*$")
# the abbreviated legal form that opens a body's name: （株）, （社）, （一社）, （公財）…
_LEGAL_FORM = re.compile(r"（(?:株|有|合|名|資|社|財|一社|一財|公社|公財|医|学|福|宗|特非|独)）")
# the conjunctions of legal writing, in both notations: they join two words of a sentence, so a space typed beside one
# (「当社 若しくは第三者」) is no separator between two words of a heading or a table row
_CONJUNCTIONS = JOINING_CONJUNCTIONS
_CONJUNCTION_AFTER = re.compile(f"(?:{_CONJUNCTIONS})(?![ \u3000])")
_CONJUNCTION_BEFORE = re.compile(f"(?:{_CONJUNCTIONS})$")
# what opens a sentence of its own, with its comma (なお、 ただし、): a space before one stands for a line break lost
_SENTENCE_OPENER = re.compile(r"(?:なお|ただし|但し|また|さらに|更に|この場合|もっとも)[、，]")
# the suffixes that address a person or a body by name (宛, 様, 殿, 御中), written apart from the name at will
_ADDRESSED = re.compile(r"(?:宛て?|様|殿|御中)(?![\u3400-\u9fff々])")
_KEY_VALUE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff々]{1,4}[:：](?![ \u3000]*$)")
_AMOUNT = re.compile(r"金[ \u3000]*[0-9０-９○〇●一二三四五六七八九十百千万億]")
# a row of a numbered table of terms (約款 define their words so: 「3 通話 おおむね3kHzの帯域の…」), up to the term;
# a particle after the space would make it a sentence's stray space (「2 本サービス の利用」)
_TERM_COLUMN = re.compile(r"^[ \u3000]*[0-9０-９]{1,3}[ \u3000]+[\u3400-\u9fff々\u30a0-\u30ffA-Za-z0-9・ー]{1,20}"
                          r"(?=[ \u3000]+(?![のをにがはでともへや]))")
# an entry of a list of definitions under any label: 「(4) トチポ トチツーカシステムを…ポイントをいいます。」, said so by its
# ending (an item of another list, 「(1) 法令 又は公序良俗に違反する行為」, keeps its stray space)
_DEFINED_ENTRY = re.compile(r"^[ \u3000]*(?:[(（][0-9０-９一二三四五六七八九十]{1,3}[)）]|[\u2460-\u2473]|[一二三四五六七八九十]{1,3}"
                            # (a term in hiragana too: 「(6) まちづくり 地域社会の…活動をいう。」)
                            r"|[0-9０-９]{1,3}[.．])[ \u3000]*[\u3400-\u9fff々\u30a0-\u30ff\u3041-\u3096A-Za-z0-9・ー]{1,20}"
                            r"(?=[ \u3000]+(?![のをにがはでともへや]))")
_MEANS = re.compile(r"(?:をいう|をいい|を指す|を指し|を意味する|を意味し)[^。]{0,3}。?[ \u3000]*$")


def _latin_or_digit(c: str) -> bool:
    c = unicodedata.normalize("NFKC", c)
    return c.isascii() and (c.isalnum() or c in "%&@#$/.-_+'\"")


def _closes_latin(line: str, s: int) -> bool:
    """Is the half-width ) just before the space at ``s`` the close of Latin text (「(ROIS)」, a link's 「(…html)」)?"""
    return s >= 2 and line[s - 1] == ")" and _latin_or_digit(line[s - 2])


def _latin_letter(c: str) -> bool:
    c = unicodedata.normalize("NFKC", c)
    return c.isascii() and c.isalpha()


def _split_latin_word(ctx: Context, line: str, s: int, e: int) -> str | None:
    """「I Pアドレス」「We bサイト」: the two fragments make a word the document uses elsewhere (IP, Web)."""
    i = s
    while i > 0 and _latin_letter(line[i - 1]):
        i -= 1
    j = e
    while j < len(line) and _latin_letter(line[j]):
        j += 1
    left = unicodedata.normalize("NFKC", line[i:s])
    right = unicodedata.normalize("NFKC", line[e:j])
    if not left or not right or min(len(left), len(right)) > 2:
        return None  # Trust Login: two words
    word = left + right
    words = _latin_words(ctx)
    if word in words and not (len(left) > 1 and left in words and len(right) > 1 and right in words):
        return word
    return None


def _latin_words(ctx: Context) -> frozenset[str]:
    """The Latin words of the whole document (of ``ctx.full`` when a diff checks only a part of it)."""
    full = ctx.full

    def build():
        tally = full._cache.get("tally:stray-space")
        if tally is None:
            return frozenset(_LATIN_WORD.findall(full.text))
        return frozenset(w for w, n in tally.items() if isinstance(w, str) and n > 0)
    return full.memo("spaces.latin_words", build)


def _japanese(c: str) -> bool:
    return is_kanji(c) or is_hiragana(c) or is_katakana(c) or c in _JP_PUNCT or c in "「」『』（）【】"


_SPACED_CHAR = re.compile(r"\S(?=[ \u00a0])")


_HEADING_MARK = re.compile(r"^[ \u3000]*#{1,6}[ \t]+")


# a heading of two kanji spaced as law text prints it (「附　則」, 「目　次」), after its chapter's label or alone
_SPACED_TWO_KANJI_HEADING = re.compile(r"\s*(?:第\s*[0-9０-９一二三四五六七八九十百]+\s*[章節款編]\s*)?"
                                       r"[\u4e00-\u9fff][ \u3000\u00a0]+[\u4e00-\u9fff]\s*")


def letter_spaced(line: str) -> bool:
    line = _HEADING_MARK.sub("", line)  # (「## 第 8 条（ 著作権）」: the mark's own space spaces no letter)
    if _SPACED_TWO_KANJI_HEADING.fullmatch(line):
        return True
    chars = len("".join(line.split()))  # the non-space characters (str.split and \\s agree on what a space is)
    if chars >= 4 and line.count(" ") + line.count("\u00a0") < 0.4 * chars:
        return False  # too few spaces to follow 40% of the characters: most lines, without a regex scan
    spaced = len(_SPACED_CHAR.findall(line))
    if chars < 4:
        # every character but a final one is followed by a space: 「秘 密」
        return chars >= 2 and spaced >= chars - (0 if line[-1:] in _SPACES or line[-1:].isspace() else 1)
    return spaced >= 0.4 * chars


# three characters or more, each alone between spaces: a label letter-spaced to fill its cell (「保 険 金 の 額」) in a
# line that holds other text too
# (after a label's bracket too, and up to a ditto mark or a bracket: 「(2)高 等 学 校〃1名」 is a table's cell)
_SPACED_RUN = re.compile(r"(?<![^ \u3000\u00a0)）])[^ \u3000\u00a0](?:[ \u3000\u00a0][^ \u3000\u00a0]){2,}"
                         r"(?![^ \u3000\u00a0〃(（0-9０-９])")


# a paragraph's or item's label opening its line, which a space sets apart from the text (「3項 甲は」「第2項 本規約」,
# a page's bulleted 「• 2  この規則」)
# (a note's mark too, 「※1 修理可能とは、…」: the note's label, set apart from its text as a paragraph's is)
_LABEL_OPENING_LINE = re.compile(r"^[ \u3000]*(?:[•・*\-][ \u3000]*)?(?:第?[0-9０-９一二三四五六七八九十]{1,3}[項号]|※?[0-9０-９]{1,3})$")
# the title after a person's name, which forms and pages set apart from the name they fill in (「山田 様」「ゲスト さん」)
_NAME_THEN_HONORIFIC = re.compile(r"(?:さん|様|殿|さま)(?![\u3041-\u3096\u4e00-\u9fff])")


def _in_spaced_run(line: str, s: int, e: int) -> bool:
    """Is the space at s…e inside a letter-spaced label (「そ の 他」 after its number 7), or the one before it (「…まで 業 務
    委 託 料」)?"""
    # (not digits: 「第 1 条」 is a number spaced apart, which the document's convention judges; a number that labels
    # the run, 「7 そ の 他」, is its row's)
    return e - s == 1 and any(m.start() <= e and s < m.end() and not any(c.isdigit() for c in _LEADING_NUMBER.sub("", m.group(0)))
                              and (m.start() < s or _SPACED_RUN.fullmatch(_LEADING_NUMBER.sub("", m.group(0))))
                              for m in finditer(_SPACED_RUN, line, max(0, s - 40), e + 40))


_LEADING_NUMBER = re.compile(r"^[0-9０-９]{1,2}[ \u3000\u00a0]")


def _joins_known_word(left: str, right: str) -> bool:
    """Is the token MeCab reads across the join of left+right a word of its dictionary (アプリ|ケーション), not its
    grouping of katakana it does not know (トチポ|トチツーカ)?"""
    return word_across(left, right)[0] is not None


def _kana_junction(left: str, right: str) -> bool:
    """Kana on one side of the space and Japanese on the other (しま す, 事前 に, 限 らない), or katakana on both (マンシ
    ョン). Between two kanji a space may be the writer's: a name's (小口 高), a form's letter spacing (履 歴 書), a
    blank left for a number (午前 時 分)."""
    if is_katakana(left) and is_katakana(right):
        return True
    return (is_hiragana(left) and (is_hiragana(right) or is_kanji(right) or is_katakana(right))) or (
        is_hiragana(right) and (is_kanji(left) or is_katakana(left)))


def _splits_word(left: str, right: str) -> bool:
    """Does joining left+right make one token across the join, or start a suffix/particle?"""
    joined = left + right
    cut = len(left)
    for t in tokenize(joined):
        if t.start < cut < t.end:
            return True
        if t.end == cut and t.pos == "接頭辞" and t.surface in _PREFIXES_OF_WORDS and not right[:1].isspace():
            return True  # 「第 三者」「本 サービス」: a prefix is written onto its word (MeCab reads 第|三|者, no word across)
        if t.start == cut:
            if t.pos not in ("接尾辞", "助詞", "助動詞"):
                return False
            # (「大学病院 がん遺伝子外来」: read alone, the right side opens on a noun longer than the particle joining
            # made of its first kana (がん, not が): two names set apart, no particle)
            first = next(iter(tokenize(right)), None)
            return not (t.pos == "助詞" and first is not None and first.pos == "名詞" and first.end > t.end - cut)
    return False


# prefixes written onto the word they qualify, never set apart from it in prose (names and numbers aside: 「第 5 条」
# is the digit convention's, decided by the document)
_PREFIXES_OF_WORDS = frozenset("第本当各諸全同両非未不無再")


_DIGIT = "0-9０-９"
_JP_CLASS = "\u3040-\u30ff\u3400-\u9fff々、。"
# junction kind → (pattern of the pair written together, pattern of the pair with a space between)
_JUNCTIONS = {
    "digit": (re.compile(f"[{_DIGIT}][{_JP_CLASS}]|[{_JP_CLASS}][{_DIGIT}]"),
              re.compile(f"[{_DIGIT}][ \u00a0]+[{_JP_CLASS}]|[{_JP_CLASS}][ \u00a0]+[{_DIGIT}]")),
    "paren": (re.compile(f"[{_JP_CLASS}]\\(|\\)[{_JP_CLASS}]"),
              re.compile(f"[{_JP_CLASS}][ \u00a0]+\\(|\\)[ \u00a0]+[{_JP_CLASS}]")),
    # a number and its percent sign (15%, 35 %): Japanese prose writes the sign onto the number as it does a counter
    "percent": (re.compile(f"[{_DIGIT}][%％]"), re.compile(f"[{_DIGIT}][ \u00a0]+[%％]")),
}
# the place of each junction's verdict in the verdicts a line is weighed by
_VERDICT_OF = {"digit": 0, "paren": 1, "percent": 4}
_JUNCTION_NAMES = {"digit": ("数字と和文", "digits next to Japanese"),
                   "paren": ("半角括弧と和文", "half-width brackets next to Japanese"),
                   "percent": ("数字と「%」", "a number and its percent sign")}
# A spelling is the document's convention when it outnumbers the other this many times (and occurs this often).
_MAJORITY, _MIN_TOGETHER, _MIN_TOGETHER_SHORT = 4, 10, 5


def _digit(c: str) -> bool:
    # a decimal digit of either width, not a circled one (①商号 ②目的: labels of an inline list, whose spaces
    # set its entries apart, though NFKC reads ① as 1)
    return c.isdecimal() and unicodedata.normalize("NFKC", c).isascii()


def _junction(left: str, right: str) -> str | None:
    """The kind of junction a space sits in when one side is Japanese: digit–kanji, Japanese–half-width bracket."""
    if (_digit(left) and _japanese(right)) or (_japanese(left) and _digit(right)):
        return "digit"
    if _digit(left) and right in "%％":
        return "percent"
    if (_japanese(left) and right == "(") or (left == ")" and _japanese(right)):
        return "paren"
    return None


def _writes_together(ctx: Context, kind: str) -> tuple[bool, int, int]:
    """Does the document write this junction without a space by a large majority? (verdict, together, spaced)"""
    counts = _document_counts(ctx)
    together, spaced = counts[(kind, True)], counts[(kind, False)]
    # (a short text too, where the one number spaced stands against every other: 「毎月20 日まで」 beside 第1条…第6条; a
    # space before a half-width bracket, 「事業者 (i)」, may set a label apart however rarely the text writes one)
    return (together >= _MIN_TOGETHER and together >= _MAJORITY * spaced
            or kind in ("digit", "percent") and spaced == 1 and together >= _MIN_TOGETHER_SHORT), together, spaced


def _spaces_parens(ctx: Context) -> bool:
    """Does the document set its half-width brackets apart from the Japanese around them more often than not (「規約
    (以下「本規約」) は」 throughout, the English habit)? Then a particle after one is spaced by that habit too."""
    _, together, spaced = _writes_together(ctx, "paren")
    return spaced > together


# a junction the document writes together this many times as often as spaced (and spaced this few times at most): a
# number spaced from its counter is a slip (翌月25 日 among 96 written 25日), no habit of the writer's. (A space before
# a number, 「前日 23:59」「一般社団法人 １００年の森」, may set a value or a name apart: a note only.)
_OVERWHELMING, _FEW = 10, 10


def _counted(line: str, s: int, e: int) -> bool:
    """Is the space at line[s:e] between a number and its counter (18 歳, 5 営業日), not after a code (〒810-0034 福岡市)?"""
    return _digit(line[s - 1]) and is_kanji(line[e]) and not _ends_code(line, s)


_KATAKANA_RUN_END = re.compile(r"[\u30a1-\u30fa\u30fc]+$")
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]+")


def _foreign_words_spaced(ctx: Context, line: str, s: int, e: int) -> bool:
    """Is the space at line[s:e] one between two katakana words of a foreign name (「Googleアナリティクス オプトアウト
    アドオン」)? MeCab joins any run of unknown katakana into one word, so a space there always seems to cut one; it
    does only where the two runs joined make a word: one of the dictionary (セキュ リティ, マンシ ョン) or one the
    document writes elsewhere."""
    left, right = _KATAKANA_RUN_END.search(line, 0, s), _KATAKANA_RUN.match(line, e)
    if left is None or right is None:
        return False
    joined = left.group(0) + right.group(0)
    head, tail = left.group(0), right.group(0)
    if len(head) > 1 and not is_known_word(head) and any(is_known_word(head + tail[:j]) for j in range(1, len(tail))):
        return False  # 「クレジ ットローン」: the space cuts クレジット, a word, whatever the run after it goes on to
        # (not after one kana: 「プレサン ス ロジェ」's ス and ロ make スロ, no word the writer split)
    # (read in the source: normalization takes the space out, and the normalized text holds every such join; not a join
    # the HTML reader made of a line break of the page's source, which browsers show as a space: 「…オプトアウト⏎アドオン」)
    if is_known_word(joined):
        return False
    src, breaks = ctx.doc.source.text, ctx.doc.source.joined_breaks
    i = src.find(joined)
    while i >= 0:
        # (a whole run of katakana: 「スロジェ」 inside 「プレサンスロジェ」 is no writing of 「ス ロジェ」 joined)
        whole = not is_katakana(src[i - 1:i]) and not is_katakana(src[i + len(joined):i + len(joined) + 1])
        if whole and not any(i < x < i + len(joined) for x in breaks):
            return False
        i = src.find(joined, i + 1)
    return True


# a run of one script on each side of the space: the words a name is made of (カタカナ, ひらがな, 漢字, Latin)
_SCRIPTS = ("\u30a1-\u30fa\u30fc", "\u3041-\u309f", "\u3400-\u9fff々", "A-Za-z0-9")
_WORD_RUN_END = [re.compile(f"[{c}]{{2,12}}$") for c in _SCRIPTS]
_WORD_RUN = [re.compile(f"[{c}]{{2,12}}") for c in _SCRIPTS]


def _dictionary_word(w: str) -> bool:
    """A word of the dictionary: a noun it knows, or one word of another kind (または, について)."""
    if is_known_word(w):
        return True
    toks = tokenize(w)
    return bool(toks) and all(t.pos in ("接続詞", "助詞", "副詞", "連体詞", "助動詞") for t in toks)


def _spelled_so(ctx: Context, line: str, s: int, e: int) -> bool:
    """Is the space at line[s:e] part of how the document spells a name (a word the dictionary lacks on one side),
    written so at least twice and at least as often as run together (「アイオス ストレージサービス」 in the title, the
    preamble and 第1条; 「よんでん まるっと」)?"""
    left = next((m for rx in _WORD_RUN_END if (m := rx.search(line, 0, s))), None)
    right = next((m for rx in _WORD_RUN if (m := rx.match(line, e))), None)
    if left is None or right is None:
        return False
    if _dictionary_word(left.group(0)) and _dictionary_word(right.group(0)):
        return False  # 「現金 または」: two words of the dictionary, no name's (a slip typed twice is still one)
    src = ctx.doc.source.text
    spaced = src.count(line[left.start():right.end()])
    return spaced >= 2 and spaced >= src.count(left.group(0) + right.group(0))


def _before_number(line: str, s: int) -> str:
    """The character before the run of digits that ends at line[s] ("" at the line's start)."""
    k = s - 1
    while k > 0 and _digit(line[k - 1]):
        k -= 1
    return line[k - 1] if k > 0 else ""


def _ends_code(line: str, s: int) -> bool:
    """Does the number before line[s] end a code (〒010-0874, 03-1234-5678, 10:00, 1.2), which a space rightly sets
    apart from the Japanese after it (〒010-0874 秋田県)?"""
    before = _before_number(line, s)
    return bool(before) and before in _CODE_MARKS


_CODE_MARKS = "-‐－ー〒:：.／/"


# a code of numbers and letters parted by slashes or hyphens that a space sets apart as a Latin word: 「指令 2009/24/EC」
# (an EU directive's number), 「規格 ISO/IEC 27001」's kind
_LETTERED_CODE = re.compile(r"[0-9]+(?:[/\-][0-9]+)*[/\-][A-Za-z]+(?![A-Za-z0-9])")


def _set_apart_number(line: str, s: int, e: int) -> bool:
    """Is the number by the space at line[s:e] one that a space rightly sets apart: a code's (〒010-0874 秋田県), a Latin
    word's (「A4 用紙」, spaced as the document spaces its Latin words, not as it spaces numbers), or a floor or a room
    after a building's name (「IT2ビル 8階」)?"""
    if _FLOOR.match(line, e) or _LETTERED_CODE.match(line, e):
        return True
    before = _before_number(line, s) if _digit(line[s - 1]) else ""
    return bool(before) and (before in _CODE_MARKS or _latin_letter(before))


def _overwhelming(ctx: Context, kind: str) -> bool:
    _, together, spaced = _writes_together(ctx, kind)
    return spaced <= _FEW and together >= _OVERWHELMING * spaced


# A run of two Latin letters or more: matched greedily from its first letter, a run is never entered in
# its middle, so no look-around is needed (and the scan is twice as fast).
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _tally(source: str, normalized: str) -> Counter:
    """The junctions written together and spaced (in the source, where the spaces are) and the Latin
    words (of the normalized text). No junction and no word spans a line break: counts per line add up.
    A diff's: one scan of each text, faster on a cold document than line by line."""
    counts: Counter = Counter()
    for kind, (together_rx, spaced_rx) in _JUNCTIONS.items():
        counts[(kind, True)] = len(together_rx.findall(source))
        counts[(kind, False)] = len(spaced_rx.findall(source))
    counts.update(_LATIN_WORD.findall(normalized))
    counts[("mixed",)] = len(_MIXED_RUN.findall(source))
    return counts


def _junctions(source: str) -> Counter:
    """The junctions alone, as a check of one document counts them: per line, remembered, as the
    versions a batch stores share their lines."""
    together = {kind: 0 for kind in _JUNCTIONS}
    spaced = dict(together)
    mixed = 0
    for line in source.split("\n"):
        if line:
            *junctions, (_, runs, _) = _COUNTS.get(line, lambda line=line: _line_counts(line))
            for kind, t, sp in junctions:
                together[kind] += t
                spaced[kind] += sp
            mixed += runs
    counts: Counter = Counter()
    for kind in _JUNCTIONS:
        counts[(kind, True)], counts[(kind, False)] = together[kind], spaced[kind]
    counts[("mixed",)] = mixed  # as the diff's tally counts them
    return counts


_COUNTS = LineMemo()


def _line_counts(line: str) -> tuple[tuple[str, int, int], ...]:
    """Each junction's (kind, written together, spaced) on the line, then ("mixed", mixed-width space runs, 0)."""
    return tuple((kind, len(t_rx.findall(line)), len(s_rx.findall(line))) for kind, (t_rx, s_rx) in _JUNCTIONS.items()) \
        + (("mixed", len(_MIXED_RUN.findall(line)), 0),)


def _document_counts(ctx: Context) -> Counter:
    """The junctions and mixed runs of the whole document: a diff's tally when there is one (it may be derived from
    the other version); else counted line by line (a check of one document reads the Latin words only if a space
    between letters asks)."""
    full = ctx.full
    return full._cache.get("tally:stray-space") or full.memo("spaces.junctions", lambda: _junctions(full.doc.source.text))


def _verdicts(ctx: Context) -> tuple[bool, bool, bool, bool, bool]:
    """The document's five conventions a line's spaces are weighed by (see _candidates; _VERDICT_OF places the
    junctions' among them)."""
    return (_writes_together(ctx, "digit")[0], _writes_together(ctx, "paren")[0], _captions_spaced(ctx),
            _spaces_parens(ctx), _writes_together(ctx, "percent")[0])


def _facts(ctx: Context):
    """What a line's stray spaces depend on besides the line: the document's conventions and its
    Latin words. The counts quoted in messages are not facts: a message is only read where a finding is new."""
    document_tally(ctx, "stray-space")  # a diff's facts come from the tally (the old version's may be derived)
    return (*_verdicts(ctx), _latin_words(ctx),
            joined_summary(ctx), _mixed_runs_rare(ctx), wrapped_with_blank_lines(ctx),
            # (the document's habits a line's space is weighed against: 第N条 tight, a space after 。, parentheticals
            # set apart, links set apart)
            _numbers_tight(ctx), _spaces_after_stops(ctx), _sets_parentheticals_apart(ctx), bool(_sides_set_apart(ctx)),
            # (the line where that habit is told)
            _stops_spaced(ctx)[3])


# a date (毎年１月１日, 2023年4月1日, 12月31日); reported when an ideographic space stands inside it
_DATE = re.compile(r"(?:(?:[0-9０-９]{2,4}|[毎当翌前同本初])年[ \u3000]*)?(?<![0-9０-９])[0-9０-９]{1,2}[ \u3000]*月"
                   r"(?:[ \u3000]*[0-9０-９]{1,2}[ \u3000]*日)?")


_PADDED_DIGIT = re.compile(r"\u3000[0-9０-９一二三四五六七八九](?:月|日)")
# what may stand before a date on a line of its own: its era, and the label of a document's history (「制定　平成２３年　６月
# ７日」, 「改定　平成２５年１０月　１日」: a column of dates lined up)
_DATE_LEAD = re.compile(r"(?:(?:制定|改定|改訂|改正|施行|実施|発効|最終改訂|最終改定|最終更新|作成|更新)日?[ \u3000:：]*)?"
                        r"(?:令和|平成|昭和)?")
_TAG = re.compile(r"<[^<>\n]*>")


def _date_space_findings(ctx: Context, line: str, base: int):
    norm = ctx.doc.norm
    for m in _DATE.finditer(line):
        date = m.group(0).rstrip(" \u3000")
        if "\u3000" not in date:
            continue
        if m.start() == len(line) - len(line.lstrip(" \u3000")) and "年" not in date and "日" not in date:
            continue  # 「２　月給は、次の…」: a paragraph's number opening its line, then 月給 (no month of a date)
        alone = _DATE_LEAD.fullmatch(line[:m.start()].strip(" \u3000\t")) is not None \
            and not _TAG.sub("", line[m.end():]).strip(" \u3000\t")
        if alone and all(_PADDED_DIGIT.match(date, k) for k, c in enumerate(date) if c == "\u3000"):
            continue  # 「平成２６年　２月　４日」 alone on its line: a one-digit month and day padded to the width of two, as
            # a signature block lines dates up; the space stands where a second digit would (inside a sentence,
            # 「毎年１月　１日から」, it is a space typed)
        a = norm.index_of(base + m.start())
        b = norm.index_of(base + m.start() + len(date) - 1)
        if a is None or b is None:
            continue
        tight = date.replace("\u3000", "").replace(" ", "")
        yield ctx.finding(
            "stray-space", (a, b + 1),
            f"日付の中に全角空白があります（「{date}」）。",
            f"Ideographic spaces inside a date: 「{date}」.",
            suggestion=tight, excerpt=line[max(0, m.start() - 4):m.start() + len(date) + 4],
        )


# Ideographic spaces inside a sentence, where nothing can be aligned or set off: after a 読点 (「…とは、　ブラウザに…」:
# a 読点 is the pause, no text adds a space to it; a space after a sentence's 。 is some writers' style, and a line's
# indent is no such space), and between a word and the case particle it takes (「プライバシーポリシー　に従い」)
# ; and after hiragana inside a sentence's line (「各社員の有す　る」「もしくは　他人に」「知った　とき」: a Word line's wrap
# left in), where no form or table sets a field apart
# ; and after a parenthetical inside a sentence, before the words that go on with it (「利用（複製、送信…を含みます。）　
# してはなりません」): a caption's bracket (「第1条（目的）　この規約は」) or a label's (「(5)　その他」) opens its line, and a
# field's value after its name (「門限（ロビー階正面玄関）　なし」) is no verb or particle going on with a sentence
_IN_SENTENCE = re.compile(r"(?<=[^\s\u3000])(?P<w>、)\u3000+(?=[^\s\u3000])"
                          r"|(?<=[\u30a1-\u30ffー\u4e00-\u9fff])\u3000+(?=[にをがでのは][^\s\u3000])"
                          r"|(?<=[ぁ-ゖ])(?P<k>\u3000+)(?=[ぁ-ゖ\u4e00-\u9fff\u30a1-\u30fa])"
                          r"|(?<=[）)])(?P<b>\u3000+)(?=[ぁ-ゖ])"
                          r"|(?<=[\u4e00-\u9fff])(?P<i>\u3000)(?=[ぁ-ゖ])")
_OPENS_ITS_LINE = re.compile(r"^[ \u3000#*>\-・]*(?:第[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９一二三四五六七八九十]+)?)?"
                             r"[ \u3000]*$")
_GOES_ON = frozenset(("動詞", "助詞", "助動詞"))


def _after_a_parenthetical(ctx: Context, line: str, m: re.Match) -> bool:
    """Does the space after the bracket at ``m`` stand inside a sentence: a parenthetical opened after the sentence's
    words, and the sentence going on after it with a verb or a particle?"""
    close = m.start() - 1
    opening = "（" if line[close] == "）" else "("
    start = line.rfind(opening, 0, close)
    if start < 0 or _OPENS_ITS_LINE.match(line, 0, start):
        return False
    toks = tokenize(line[m.end():m.end() + 12])
    return bool(toks) and toks[0].pos in _GOES_ON


def _space_at(ctx: Context, line: str, base: int, m: re.Match, ja: str, en: str, severity: str | None = None):
    """The finding of the spaces ``m`` matched in ``line`` (at ``base`` in the source), marking the character before
    them, which normalization keeps (the spaces it drops); None where that character was dropped too."""
    a = ctx.doc.norm.index_of(base + m.start() - 1)
    if a is None:
        return None
    extra = {"severity": severity} if severity else {}
    return ctx.finding("stray-space", (a, a + 1), ja, en, suggestion=line[m.start() - 1],
                       excerpt=line[max(0, m.start() - 6):m.end() + 6], **extra)


# an entry of a list of terms up to the space after its term: its label, then a word or two (「（２）改ざん」, 「3. 捏造」)
_LABELLED_TERM = re.compile(r"[ \u3000]*(?:[(（][0-9０-９一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,3}[.．]|[①-⑳]"
                            r"|[一二三四五六七八九十]{1,3}|[ア-ン])[ \u3000]*[^ \u3000、。，,]{1,15}")
# (not a space before a particle, which ties what follows to the word: 「(2) 当社及び当社　のグループ企業」)
_PARTICLE_STARTS = _CASE_PARTICLES | {"や"}
_NOUN_AND_PARTICLE = re.compile(r"[\u30a1-\u30ffー\u4e00-\u9fff][はがをにでともへや]$")


def _inflection_after(line: str, at: int) -> bool:
    """Does a sentence go on at ``at`` with the inflection of the word before the space (「遅滞　なく事由を付して」:
    遅滞なく, an adjective's ending), not with a field's value closing its line (「期間　なし」)?"""
    if "。" not in line:
        return False
    toks = tokenize(line[at:at + 12])
    return len(toks) >= 2 and toks[0].pos in ("形容詞", "助動詞") and toks[0].end < len(line) - at


def _in_sentence_space_findings(ctx: Context, line: str, base: int):
    norm = ctx.doc.norm
    for m in finditer(_IN_SENTENCE, line):
        if m.group("k") and ("。" not in line or _NOUN_AND_PARTICLE.search(line, 0, m.start())):
            continue  # (a space after a noun's particle, 「全角の空白は　意図的に」, is a pause some writers set on purpose)
        if m.group("b") and not _after_a_parenthetical(ctx, line, m):
            continue
        if m.group("i") and not _inflection_after(line, m.end()):
            continue
        if _framed_word(line, m.start(), m.end()):
            continue  # 「不具合は　サポート　を活用して」: a name framed by the same spaces, on purpose
        if _LABELLED_TERM.fullmatch(line, 0, m.start()) and line[m.end():m.end() + 1] not in _PARTICLE_STARTS:
            continue  # 「（２）改ざん　研究資料…を変更する…」: an entry's term, then what it means, as every entry lays it out
        # (the finding marks the character before the spaces, which normalization keeps)
        a = norm.index_of(base + m.start() - (0 if m.group("w") else 1))
        if a is None:
            continue
        if m.group("w"):
            ja, en, fix = ("読点「、」の後に全角空白があります。文中の読点の後に空白は入れません。",
                           "An ideographic space after a 読点 inside a sentence.", "、")
        elif m.group("b"):
            ja, en, fix = ("括弧書きの後、文の続きの前に全角空白があります。括弧書きは文の中にあるので詰めて書きます。",
                           "An ideographic space after a parenthetical, before the rest of its sentence.",
                           line[m.start() - 1])
        elif m.group("k") or m.group("i"):
            ja, en, fix = ("文の途中に全角空白があります（語の途中か語と語の間）。詰めて書きます。",
                           "An ideographic space inside a sentence, within or between words.", line[m.start() - 1])
        else:
            ja, en, fix = ("語と助詞の間に全角空白があります。助詞は語に続けて書きます。",
                           "An ideographic space between a word and its particle.", line[m.start() - 1])
        yield ctx.finding(
            "stray-space", (a, a + 1), ja, en, suggestion=fix, excerpt=line[max(0, m.start() - 6):m.end() + 6],
        )


# An ideographic space inside a word of a sentence (「個人情　報の適正管理」): the two sides, joined, make one word to MeCab
# (情報), so the space cut a word where a line was wrapped or a key slipped. Between two words (「個人情報　保護方針」, a
# name 「山田　太郎」) the joined text breaks where the space stood, and nothing is said. (Two spaces or more cut a
# katakana word too: 「調製するファ　　イルに」, a Word line justified by padding.)
_SPLIT_WORD = re.compile(r"(?<=[\u4e00-\u9fff々\u30a1-\u30ffー])\u3000+(?=[\u4e00-\u9fff々\u30a1-\u30ffー])")


def _split_word_findings(ctx: Context, line: str, base: int):
    if not _SENTENCE_END.search(line) and not _PROSE_ITEM.search(line):
        return
    for m in finditer(_SPLIT_WORD, line):
        if m.end() - m.start() > 1 and not (is_katakana(line[m.start() - 1]) and is_katakana(line[m.end()])):
            continue  # 「金　　　　円（税別）」: spaces left for an amount, a template's blank (between kanji)
        left = line[:m.start()].rsplit(" ", 1)[-1].rsplit("\u3000", 1)[-1]
        right = line[m.end():].split(" ", 1)[0].split("\u3000", 1)[0]
        if len(left) < 2 or len(right) < 2:
            continue  # a label and its text (「一　定期運送」「ロ　イに規定する」), a form's blanks (「令和　年　月　日」)
        if _PART_LABEL.fullmatch(left):
            continue  # 「## 第4章　子の看護、育児及び…」: a chapter's label and its title (no word 章子)
        word, _ = word_across(line[max(0, m.start() - 6):m.start()], line[m.end():m.end() + 6])
        if word is None:
            continue
        f = _space_at(ctx, line, base, m, f"語「{word.surface}」の途中に全角空白があります。詰めて書きます。",
                      f"An ideographic space inside the word 「{word.surface}」.")
        if f is not None:
            yield f


# A word between two particles, framed by ideographic spaces on both sides (「は　サポート　を」): the writer sets a name
# apart as quotes would; a slip does not type the same space twice around one word. (Half-width spaces around a word
# are the habit of setting Latin words and numbers apart, which the document's own counts judge.)
_FRAMED_WORD = re.compile(r"(?<=[ぁ-ゖ])(?P<sp>\u3000+)[\u30a1-\u30ff\u4e00-\u9fff々A-Za-z0-9ー・]{1,20}(?P=sp)(?=[ぁ-ゖ])")


def _framed_word(line: str, s: int, e: int) -> bool:
    return any((s, e) in (m.span("sp"), (m.end() - (e - s), m.end())) for m in finditer(_FRAMED_WORD, line))


# the label of a part, an article or a paragraph, set apart from its title or text by the space after it
_PART_LABEL = re.compile(r"第[0-9０-９一二三四五六七八九十百千]+[編章節款条項号](?:の[0-9０-９一二三四五六七八九十]+)?")


# an item of a list written as prose, without its 。 (「(9) …不正、違法、虚　偽もしくはそれらに準ずる行為」): words and
# commas, no column of a table
_PROSE_ITEM = re.compile(r"[ぁ-ゖ\u4e00-\u9fff]、[^\n]{10,}")


# A run of spaces of both widths inside a line of prose (「第１条　 この法人は」, 「以下　 同じ」): the writer set one
# separator and a key added the other; no layout of running text mixes them.
_MIXED_RUN = re.compile(r"(?<=\S)(?:\u3000+ +| +\u3000+)[ \u3000]*(?=\S)")


# more mixed runs than this in a document are its way of setting a label apart (「第1条 　この組合は」 on every article)
_MIXED_FEW = 2


def _mixed_runs_rare(ctx: Context) -> bool:
    return _document_counts(ctx)[("mixed",)] <= _MIXED_FEW


def _mixed_run_findings(ctx: Context, line: str, base: int):
    if not _mixed_runs_rare(ctx):
        return
    prose = _SENTENCE_END.search(line) is not None
    for m in finditer(_MIXED_RUN, line):
        if not prose and not _LABEL.match(line[:m.start()]):
            continue  # (a line of a list or a table: its spaces may be its layout; after a label, 「(7)　 会費の額」, not)
        f = _space_at(ctx, line, base, m, "全角と半角の空白が続けて入っています。区切りは一つの空白にします。",
                      "Spaces of both widths in a row: one separator was meant.")
        if f is not None:
            yield f


# A zero-width space (or word joiner, or a BOM past the file's start) inside the text: invisible on the page, it
# splits a word for search and copy (「こちらと\u200b利用規約を」), a leftover of pasting from another editor. Normalization
# drops it, so only the source shows it. (A zero-width joiner is left alone: emoji sequences need it.)
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")


def _invisible_findings(ctx: Context, line: str, base: int):
    for m in _INVISIBLE.finditer(line):
        if base + m.start() == 0 or m.start() == 0:
            continue  # a BOM, or a mark opening its line, marks nothing before it
        name = {"\u200b": "ゼロ幅スペース", "\u2060": "ワードジョイナー", "\ufeff": "BOM（ゼロ幅なしスペース）"}[m.group(0)]
        f = _space_at(ctx, line, base, m, f"文中に不可視の文字（{name}、U+{ord(m.group(0)):04X}）があります。削除します。",
                      f"An invisible character (U+{ord(m.group(0)):04X}) inside the text.")
        if f is not None:
            yield f


# A tab after the kana that ends a word inside a sentence (「権利と義務の⇥根拠となるものである．」): a tab sets a label,
# a term or a cell apart (「第10条⇥宿泊客は」「APIキー⇥本サービスを…」「門限⇥⇥なし」), never a particle from its noun
_TAB_IN_SENTENCE = re.compile(r"(?<=[ぁ-ゖ])\t+(?=[ぁ-ゖ\u4e00-\u9fff々\u30a1-\u30ff])")


def _tab_findings(ctx: Context, line: str, base: int):
    if not _SENTENCE_END.search(line):
        return
    for m in finditer(_TAB_IN_SENTENCE, line):
        excerpt = line[max(0, m.start() - 6):m.end() + 6]
        f = _space_at(ctx, line, base, m, f"文の途中にタブ文字があります（「{excerpt}」）。詰めて書きます。",
                      f"A tab inside a sentence: 「{excerpt}」.", severity="warning")
        if f is not None:
            yield f


# a field's name and its colon: what spaces after a number set apart on the same line (「…10,000   年会費:¥2,000」)
_NEXT_FIELD = re.compile(r"[^\s:：、。]{1,10}[:：]")
# two spaces at least where a form leaves the number of days, months or years to fill in (template-placeholder's blank)
_NUMBER_BLANK = re.compile(NUMBER_BLANK)


# a run of this many spaces between two particles (は … に) is a form's blank left for a word, as a template leaves it
_BLANK_FIELD = 4


@rule("stray-space", "info", "不要な空白", "stray space", facts=_facts, tally=_tally)
def stray_space(ctx: Context):
    src = ctx.doc.source.text
    offsets = ctx.doc.norm.offsets
    norm = ctx.doc.norm
    verdicts = _verdicts(ctx)
    # A PDF's text is the extractor's reading of where glyphs stand, spaces included: a space inside its word may be
    # the layout's, a note. A text, Markdown, Word or HTML file holds the spaces its writer typed (an HTML line
    # break between Japanese characters is no space: ingest.html), so a space inside a word there is a slip.
    typed = ctx.doc.source.format != "pdf"
    # an HTML or Word table's row is one line, a cell's lines (「宿泊者が<br>払うべき総額」) joined by a space the
    # writer never typed
    rows = {" | ".join(cells) for table in ctx.doc.source.tables for cells in table} \
        if ctx.doc.source.format in ("html", "docx") else set()
    markdown = ctx.doc.source.format == "markdown"
    if ctx.doc.source.joined_breaks:
        yield from joined_break_findings(ctx)
    yield from blank_line_findings(ctx)
    scope = ctx.scope
    pos = 0
    for line in src.split("\n"):
        base = pos
        pos += len(line) + 1
        if " " not in line and "\u00a0" not in line and "\u3000" not in line and "\t" not in line \
                and not _INVISIBLE.search(line):
            continue
        if scope is not None and not _touches(scope, offsets, base, pos - 1):
            continue  # a diff asks about the changed units only: the other lines are not looked at
        if "\u3000" in line and ("月" in line):
            yield from _date_space_findings(ctx, line, base)
        if "\u3000" in line:
            yield from _in_sentence_space_findings(ctx, line, base)
            if typed:
                yield from _split_word_findings(ctx, line, base)
                if " " in line:
                    yield from _mixed_run_findings(ctx, line, base)
        if "\t" in line:
            yield from _tab_findings(ctx, line, base)
        if _INVISIBLE.search(line):
            yield from _invisible_findings(ctx, line, base)
        if " " not in line and "\u00a0" not in line or _OFFICER_LINE.match(line):
            continue
        # a table's row: its cells set apart by the layout, a cell's words perhaps laid out too (「店長　谷口太郎」); only a
        # space the writer typed after a sentence's mark (「代引き、 銀行振込」, 「無料です。 銀行への」) is told there, on a
        # page whose reader kept where it joined a cell's lines (Source.cell_breaks: HTML)
        row = line in rows or markdown and _PIPE_ROW.match(line) is not None
        if row and _KANJI_GAP.search(line):
            yield from _line_findings(ctx, line, list(_cut_in_cell_findings(ctx, line, base)))
        if row and (ctx.doc.source.format != "html" or not _AFTER_MARK.search(line)):
            continue
        found = []  # (s, e, a, b, convention, message, message_en) of this line's stray spaces
        for s, e, convention, number_split, latin in _LINES.get((line, verdicts), lambda: _candidates(line, verdicts)):
            if row and (line[s - 1] not in "、。" or line[e] == "|" or _cell_break_in(ctx, base + s, base + e)):
                continue
            if convention == "in-word" and not typed:
                convention = None  # (a PDF's: the layout's space, perhaps, a note)
            if convention == "in-word" and _foreign_words_spaced(ctx, line, s, e):
                continue
            habit_told = False
            if line[s - 1] in "。．" and _spaces_after_stops(ctx):
                # 「…保持します。 お客様は…」 throughout (a translation's habit): the document's own way, told once, at
                # its first space, not at each
                if base + s != _stops_spaced(ctx)[2]:
                    continue
                habit_told = True
            if convention in ("in-word", None) and _spelled_so(ctx, line, s, e):
                continue
            if convention in ("in-word", None) and _in_spaced_run(line, s, e):
                continue  # 「保 険 金 の 額」: a label letter-spaced to fill its cell
            if line[s - 1:s] == ")" and line[e:e + 1] not in "、。，．" and (
                    _set_apart_parenthetical(line, s - 1) or _sets_parentheticals_apart(ctx)):
                continue  # 「情報 (クッキー ID や設定など) を収集し」: a parenthetical set apart on both sides, one habit
            if _NAME_THEN_HONORIFIC.match(line, e):
                continue  # 「ようこそ ゲスト さん。」: a name's field, then the title a page puts after it
            if (base + s in (links := _sides_set_apart(ctx)) or base + e in links) and not line[s:e].strip(" "):
                continue  # 「こちらの投稿フォーム から投稿」 on a page that sets every link apart so: its layout
            if image_within(ctx, base + s, base + e):
                continue  # 「右上の <img alt=""> をクリック」: the picture stands in the space the reader dropped it from
            if _LABEL_OPENING_LINE.match(line[:s]):
                continue  # 「3項 甲は、必要と…」: the paragraph's label, set apart from its text
            if s and line[s - 1] in "！？!?" and e - s == 1:
                continue  # 「新生活応援！ 春のプレゼントキャンペーン」: a space after ！ or ？ is how Japanese type sets them
            if line.startswith("削除", e) and _DELETED_PROVISION.search(line, 0, s):
                continue  # 「第甲条から第丙条まで 削除」: the formula of a provision deleted, its number and 削除 set apart
            if convention in ("bracket", "inner-paren") and not typed:
                continue  # (a PDF's extractor sets a space before a bracket where the glyphs stand apart)
            if _NUMBER_BLANK.match(line, s):
                continue  # 「採用した日から  か月間を試用期間とする」: a form's blank for the number (template-placeholder's)
            if e - s >= _BLANK_FIELD and not line[s:e].strip() and s and e < len(line) \
                    and "ぁ" <= line[s - 1] <= "ゖ" and "ぁ" <= line[e] <= "ゖ":
                continue  # 「所属長は        に事実関係を報告し」: a word left blank between two particles, to be filled in
            if convention == "digit" and e - s >= 2 and _NEXT_FIELD.match(line, e):
                continue  # 「入会金:¥10,000   年会費:¥2,000」: spaces setting two fields of a line apart
            if convention == "digit" and e - s >= _ALIGNED and not line[s:e].strip(" ") and len(line) <= _SHORT_ROW:
                continue  # 「入会金     0円」 over 「年会費     0円」: a short row, its amount set in a column
            if (fv := _FIELD_AND_VALUE.fullmatch(line)) and fv.end("field") == s and fv.start("value") == e:
                continue  # 「1. 始業時刻 １０時００分」: a field, then its value, in a list that lays out a table
            if _field_of_a_listed_table(src, line, base, s, e):
                continue  # 「1. その他…会社が必要と認めたとき 会社が必要と認めた日数」 under 「1. 本人が結婚するとき（結婚
                # 休暇） ５日以内」: the same table's row, its value in words
            if convention == "digit" and _ADDRESS_TAIL.search(line, 0, s):
                continue  # 「…大字田部747番4 菊川総合支所第3庁舎に置く」: an address's lot number, then the building's name
            if _LEADER_BEFORE.search(line, 0, s) or _LEADER_AFTER.match(line, e):
                continue  # 「職務出張 ・・・ 会社命令による…出張」: a term, a leader of dots and its meaning, spaced apart
            if convention == "digit" and _LATIN_NAME_NUMBER.search(line, 0, s):
                continue  # 「Visual C++ 2010 ランタイムライブラリ」: a version in a Latin name, spaced as its words are
            if not number_split and _fields(line) and line[s - 1] not in "年月" and (
                    convention in ("digit", "paren", "bracket")
                    or convention is None and (line[s - 1] in "：:" or line[e] in "：:")):
                continue  # 「振込先：…本店営業部 普通 0167183」「問合せ先 ： 03-…」: a label's fields, set apart by the
                # layout; no sentence a convention of prose is asked of (a date's parts padded, 「2019年  5月  13日」, are
                # still told: the padding is lost when the text is reflowed)
            word_split = None
            if latin:  # a space between two Latin letters: a stray one only inside a word the document uses
                word_split = _split_latin_word(ctx, line, s, e)
                if word_split is None:
                    continue
            a = norm.index_of(base + s - 1)
            b = norm.index_of(base + e)
            if a is None or b is None:
                continue  # the line was removed as page furniture
            lo = max(0, s - 4)
            excerpt = line[lo:e + 4].strip()
            if habit_told:
                count = _stops_spaced(ctx)[1]
                msg = (f"この文書は文と文の間、「。」の後に空白を入れて書いています（{count}箇所、初出「{excerpt}」）。"
                       "和文の「。」の後には空白を入れません。")
                msg_en = (f"The document sets its sentences apart with a space after 「。」 ({count} times; first at "
                          f"「{excerpt}」): Japanese text sets none.")
            elif convention in _JUNCTIONS:
                _, together, spaced = _writes_together(ctx, convention)
                what, what_en = _JUNCTION_NAMES[convention]
                msg = (f"この文書は{what}の間に空白を入れない書き方が多数です（空白なし{together}箇所、"
                       f"あり{spaced}箇所）。「{excerpt}」の空白は不要と思われます。")
                msg_en = (f"The document writes {what_en} without a space {together} times and with one {spaced} times: "
                          f"「{excerpt}」.")
            elif convention == "digit-group":
                msg = f"数字の桁区切り「,」の後に空白があります（「{excerpt}」）。"
                msg_en = f"A space after a number's thousands separator: 「{excerpt}」."
            elif convention == "run":
                msg = f"文中に空白が{e - s}字続いています（「{excerpt}」）。"
                msg_en = f"{e - s} spaces in a row inside a sentence: 「{excerpt}」."
            elif convention == "before-punct":
                msg = f"句読点の前に不要な空白があります（「{excerpt}」）。"
                msg_en = f"A stray space before a punctuation mark: 「{excerpt}」."
            elif convention == "punct":
                msg = f"句読点と閉じ括弧の間に不要な空白があります（「{excerpt}」）。"
                msg_en = f"Stray space between punctuation and a closing bracket: 「{excerpt}」."
            elif convention == "inner-paren":
                msg = f"括弧の内側の片方にだけ空白があります（「{excerpt}」）。詰めて書きます。"
                msg_en = f"A space inside a parenthesis, on one side only: 「{excerpt}」."
            elif convention == "bracket":
                msg = f"全角の括弧の前に不要な空白があります（「{excerpt}」）。"
                msg_en = f"A stray space before a full-width bracket: 「{excerpt}」."
            elif convention == "lopsided":
                side, side_en = ("前", "before") if line[s - 1:s] == "第" else ("後", "after")
                msg = f"番号（第N条・第N号）の数字の{side}にだけ空白があります（「{excerpt}」）。"
                msg_en = f"A space {side_en} an article number and none on its other side: 「{excerpt}」."
            elif number_split:
                what = "年" if "年" in line[e:e + 4] and not re.search("[条項号]", line[e:e + 4]) else "条番号"
                msg = f"{what}の数字の間に空白があります（「{excerpt}」）。"
                msg_en = f"A space splits {'a year' if what == '年' else 'an article number'}: 「{excerpt}」."
            elif word_split is not None:
                msg = f"英字の語「{word_split}」の途中に空白があります（「{excerpt}」）。"
                msg_en = f"A space splits the word 「{word_split}」: 「{excerpt}」."
            elif convention == "in-word" and line[e:e + 1] in _CASE_PARTICLES and not _KANA.match(line[s - 1:s]):
                msg = f"語と助詞の間に空白があります（「{excerpt}」）。"
                msg_en = f"A space typed between a word and its particle: 「{excerpt}」."
            elif convention == "in-word":
                msg = f"語の途中に空白があります（「{excerpt}」）。"
                msg_en = f"A space typed inside a word or before its particle: 「{excerpt}」."
            else:
                msg = f"日本語の文中に不要な空白があります（「{excerpt}」）。"
                msg_en = f"Stray space inside Japanese text: 「{excerpt}」 (typical of text copied from a PDF)."
            found.append((s, e, a, b, convention, msg, msg_en))
        yield from _line_findings(ctx, line, found)


# what a line of prose holds: the marks of its sentences and clauses
_FIELDS_NOT_PROSE = re.compile(r"[。、，．]")


def _fields(line: str) -> bool:
    """Is ``line`` fields, not prose: no mark of a sentence or a clause, and a label's colon (「振込先：…本店営業部 普通
    0167183」, 「問合せ先 ： 03-5295-0205」)? (An item of law text has no 。 either, but holds no colon; nor does a list's
    entry, 「・キッチンコンロ 1 台」, whose space is a slip.)"""
    return _FIELDS_NOT_PROSE.search(line) is None and ("：" in line or ":" in line)


# a Latin word alone at a line's start (a page's badge or label: 「<span class="todo">TODO</span> お問い合わせ…」)
_LATIN_BADGE = re.compile(r"[ \u3000]*[A-Za-z]+[ \u00a0\u3000]*")
# a leader of dots (・・・, ･･･, …) between a term and what it stands for: the spaces around it set the three apart
_LEADER_BEFORE = re.compile(r"[・･…‥]{2,}$")
_LEADER_AFTER = re.compile(r"[・･…‥]{2,}")
# a number after a Latin word and its space (「Visual C++ 2010」, 「Windows 11」): part of the Latin name
_LATIN_NAME_NUMBER = re.compile(r"[A-Za-z][A-Za-z+#]* [0-9][0-9.]*$")


def _touches(scope: list[tuple[int, int]], offsets, start: int, end: int) -> bool:
    """Does the source line start…end hold a normalized character of ``scope``? (normalization keeps
    the order of what it keeps, so the line's normalized characters are a run of the text)"""
    a = bisect.bisect_left(offsets, start)
    b = bisect.bisect_left(offsets, end + 1)
    i = bisect.bisect_right(scope, (b, b)) - 1
    return i >= 0 and scope[i][1] > a and scope[i][0] < b


_LINES = LineMemo()
_AS_KANJI = {cp: k for cp, k in FOLD.items() if len(k) == 1 and is_kanji(k)}


# three half-width spaces or more before a number on a short line: the layout of a list in columns, not a space typed
_ALIGNED, _SHORT_ROW = 3, 40
# a list's entry of a field and its value, one space between (「1. 始業時刻 １０時００分」, 「- 子女が結婚するとき（結婚休暇）
# ５日以内」, 「・1年未満の人 なし」): a table written as a list, the space its column
# a list entry's label and the spaces after it (「1. 」, 「・」, 「(2)」)
_LIST_ENTRY = re.compile(r"[ \u3000]*(?:[-*+・●•]|[0-9０-９]{1,3}[.．)）]|[(（][0-9０-９]{1,3}[)）])[ \u3000]*")
_FIELD_AND_VALUE = re.compile(_LIST_ENTRY.pattern +
                              r"(?P<field>[^ \u3000。]{1,29}[^ \u3000。0-9０-９])[ \u3000]+"
                              # (a field ends in no digit: 「…円滑化法第1 08条第1項の場合の…」 is a number split)
                              r"(?P<value>[0-9０-９][^。 \u3000]{0,20}|なし|無し|あり|有り)[ \u3000]*")
_NEIGHBOUR_ROWS = 3
_NEIGHBOUR_REACH = 1200  # characters read on either side for them


def _field_of_a_listed_table(src: str, line: str, base: int, s: int, e: int) -> bool:
    """Is the space at line[s:e] the one space of a list's entry (after its label) whose neighbouring entries, within
    three lines, are a field and its value set apart by a space (_FIELD_AND_VALUE)? A table written as a list gives
    some rows a value in words (「会社が必要と認めた日数」, 「その指示による回数」): the same column."""
    entry = _LIST_ENTRY.match(line)
    field = line[entry.end():s] if entry is not None else ""
    if not field or " " in field or "\u3000" in field or "。" in field or " " in line[e:] or "\u3000" in line[e:]:
        return False  # (a field is a phrase: 「…決定する。（町内にある企業は年間 1,500円）」 is a sentence, its space typed)
    before = src[max(0, base - _NEIGHBOUR_REACH):max(0, base - 1)].split("\n")[-_NEIGHBOUR_ROWS:]
    after_at = base + len(line) + 1
    after = src[after_at:after_at + _NEIGHBOUR_REACH].split("\n")[:_NEIGHBOUR_ROWS]
    return any(_FIELD_AND_VALUE.fullmatch(row) for row in before + after)


# the end of an address's lot number (747番4, 2丁目10番1, 3番地5-2): a building's or a facility's name follows after a space
_ADDRESS_TAIL = re.compile(r"[0-9０-９]+(?:番地?|丁目)[0-9０-９]+(?:[-－‐][0-9０-９]+)*$")

# a line of a list of officers, a title then a name letter-spaced to line up with the others (「会長　小 野 仁 志」,
# 「理事　千 葉　純」): the spaces are the list's layout
# (the title and the name may be cells of one row, written together: 「副会長佐々木芳 久」)
# (a list's label before the title, 「(4)代表者 福岡 ふさえ」; a given name in hiragana after the surname)
# (「同」 for the title of the line above, the spaces typed as &nbsp; in Markdown, and the officer's kind in brackets
# after the name: 「同&nbsp;&nbsp;河本 敏志(メンター)」)
_OFFICER_LINE = re.compile(r"[ \u3000]*(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．]|[・●■])?[ \u3000]*"
                           r"(?:[\u4e00-\u9fff]{0,5}(?:長|事|員|問|計|記|者|役)|同)(?:[ \u3000]|&nbsp;)*"
                           r"[\u4e00-\u9fff々\uf900-\ufaffァ-ヺー]{1,5}(?:[ \u3000][\u4e00-\u9fff々\uf900-\ufaffァ-ヺー]{1,5}){0,3}"
                           r"[ \u3000](?:[\u4e00-\u9fff々\uf900-\ufaffァ-ヺー]{1,5}|[ぁ-ゖ]{2,5})[ \u3000]*"
                           r"(?:[(（][^()（）\n]{1,12}[)）][ \u3000]*)?$")


# a floor or a room after a building's name (「IT2ビル 8階」, 「○○ハイツ 203号室」): the address sets it apart
_FLOOR = re.compile(r"[0-9０-９]{1,3}(?:階|[FＦ](?![A-Za-zＡ-Ｚａ-ｚ])|号室)")


# what a title names after a product's or a body's name: the kind of document
_DOCUMENT_KIND = re.compile(rf"(?:利用|会員|サービス|ご利用)?(?:{RULES_KINDS})|プライバシー[・ ]?ポリシー|個人情報保護方針|"
                            r"利用条件|特定商取引法に基づく表記|ガイドライン")


_WIDE_PARENS = str.maketrans("()", "（）")


# what a one kanji after a space may be other than a compound's last: a counter after a form's blank for its number
# (「就業規則第 条に基づき」「入居後 年とする」), a conjunction (「この規程 又は就業規則」)
_NOT_A_SUFFIX = frozenset("条項号章節款年月日時分円名人回歳階番或") | CONJUNCTION_KANJI
# the humble or polite verbs a noun makes a verb of, written in kanji (発行致します, ご確認頂く, お送り下さい)
_HUMBLE_VERB = re.compile(r"(?:致|頂|下さ)[しすきけいく]")


def _kanji_word_across(line: str, s: int, right: str) -> bool:
    """Do the kanji before the space at ``s`` and the one after it make a word of the dictionary (決|議), or a noun
    and its suffix (理事|会)?"""
    if any(is_known_word(line[s - k:s] + right) for k in (1, 2, 3) if s >= k and is_kanji(line[s - k])):
        return True
    toks = tokenize(line[max(0, s - 3):s] + right)
    if len(toks) < 2 or toks[-1].surface != right or toks[-2].pos != "名詞" or toks[-2].pos2 == "固有名詞":
        return False  # (佐藤|進: a surname, the given name after it)
    return toks[-1].pos == "接尾辞" or toks[-1].pos == "名詞" and toks[-1].pos2 == "普通名詞"


_AFTER_MARK = re.compile(r"[、。][ \u00a0]+[^\s|]")


# a Markdown table's row (「| 学部・学科等 | 入学定員 | 編入学定員 ２年次 |」): its cells' spaces are the table's, a
# header of two levels flattened into one cell
_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
# one space between two kanji: in a table's cell, what may cut a compound (保 険金請求書)
_KANJI_GAP = re.compile(r"[\u4e00-\u9fff々] [\u4e00-\u9fff々]")
# a cell this long holds words, not a label letter-spaced to fill its width (「氏 名」「住 所」)
_CELL_OF_WORDS = 6
# the compound a space cuts in a cell must be written whole this often elsewhere
_CELL_COMPOUND_WRITTEN = 2


def _compound_split_in_cell(ctx: Context, line: str, s: int, e: int) -> bool:
    """Does the one space at ``s``–``e`` of a table's row cut a compound of kanji the document writes whole elsewhere,
    in a cell of words (「事故状況説明書兼保 険金請求書」 among 保険金 ×40)? A short cell's spaces are its layout."""
    if e - s != 1 or not _KANJI_GAP.match(line, s - 1):
        return False
    cell_start = line.rfind(" | ", 0, s) + 1
    cell_end = line.find(" | ", e)
    cell = line[cell_start:cell_end if cell_end >= 0 else len(line)].strip(" |")
    if len(cell.replace(" ", "")) < _CELL_OF_WORDS or _in_spaced_run(line, s, e):
        return False
    left = re.search(r"[\u4e00-\u9fff々]{1,2}$", line[:s]).group(0)
    right = re.match(r"[\u4e00-\u9fff々]{1,2}", line[e:]).group(0)
    # (three kanji across the space, one side's two: 保険金 of 兼保|険金; written whole, not at the places it is cut so:
    # a row repeated down a table cuts the same words in each copy)
    src = ctx.doc.source.text
    if not any(len(a + b) == 3 and ctx.text.count(a + b) - src.count(f"{a} {b}") >= _CELL_COMPOUND_WRITTEN
               for a, b in ((left[-1:], right), (left, right[:1]))):
        return False
    # and the space falls inside a word (保|険金: 保険金), not between two (年度|入学定員, a header's two levels)
    return any(t.start < len(left) < t.end for t in tokenize(left + right))


def _set_apart_parenthetical(line: str, close: int) -> bool:
    """Is the half-width 「(」 that the 「)」 at ``close`` closes set apart by a space before it (「情報 (…) を」)?"""
    depth = 0
    for k in range(close, -1, -1):
        depth += {")": 1, "(": -1}.get(line[k], 0)
        if depth == 0:
            return k > 0 and line[k - 1] == " "
    return False


def _cut_in_cell_findings(ctx: Context, line: str, base: int):
    """(s, e, a, b, convention, message, message_en) of each space of a table's row that cuts a compound in a cell."""
    norm = ctx.doc.norm
    for m in _KANJI_GAP.finditer(line):
        s, e = m.start() + 1, m.start() + 2
        if not _compound_split_in_cell(ctx, line, s, e) or _cell_break_in(ctx, base + s, base + e):
            continue
        a, b = norm.index_of(base + s - 1), norm.index_of(base + e)
        if a is None or b is None:
            continue
        excerpt = line[max(0, s - 4):e + 4].strip()
        yield (s, e, a, b, "in-word", f"語の途中に空白があります（「{excerpt}」）。",
               f"A space typed inside a word: 「{excerpt}」.")


def _cell_break_in(ctx: Context, a: int, b: int) -> bool:
    """Does a space the reader put between a table cell's lines stand in ``a``–``b`` (source offsets)?"""
    breaks = ctx.doc.source.cell_breaks
    i = bisect.bisect_left(breaks, a)
    return i < len(breaks) and breaks[i] < b


# what a deleted provision's line names before its 削除: 第十条, 第三項, 第五号, 第十条から第十二条まで
_DELETED_PROVISION = re.compile(r"(?:[条項号]|[条項号]まで)$")


_ITEM_OPENING = re.compile(r"[ \u3000]*(?:[(（][0-9０-９一二三四五六七八九十]{1,3}[)）]|[\u2460-\u2473]"
                           r"|[一二三四五六七八九十]{1,3}[ \u3000]|[0-9０-９]{1,3}[.．][ \u3000]?)")
# the words of a compound noun: kanji and katakana (「インターネット 接続サービス」, 「接続 サービス利用者」)
_COMPOUND_RUN_BEFORE = re.compile(r"[\u4e00-\u9fff々\u30a1-\u30fa\u30fc]+$")
_COMPOUND_RUN = re.compile(r"[\u4e00-\u9fff々\u30a1-\u30fa\u30fc]+")


def _compound_cut(line: str, s: int, e: int) -> bool:
    """Is the space at s…e (one, between kanji, or a kanji and a katakana word) a cut inside a compound noun of a
    sentence, two common nouns written as one (「以下のとおり個人情報 保護方針を定め」, 「全従業員に個人 情報保護の」,
    「必要な施設 管理事務」, 「この場合には、インターネット 接続サービスの」)? The words before
    it follow a particle or a comma, so the space is no separator after a line's first words: a heading run into its
    text (「2. 本規約の改訂 本利用規約は…」), a term and its meaning (「1. けん責 始末書を提出させ」) or a name set apart
    (「設立時社員 安川 要平」, a proper noun on either side) stay quiet."""
    left = _COMPOUND_RUN_BEFORE.search(line, 0, s).group(0)
    right = _COMPOUND_RUN.match(line, e).group(0)
    start = s - len(left)
    if start == 0 or not ("ぁ" <= line[start - 1] <= "ゖ" or line[start - 1] == "、"):
        return False
    head = line[:start]
    if "、" not in head and "。" not in head and len(head) <= 20:
        return False  # (「2. 本規約の改訂 本利用規約は」: a short title before the space, no clause yet)
    if (label := _ITEM_OPENING.match(line)) is not None and " " not in line[label.end():s]:
        return False  # (「一　管理事務室、…その他…必要な施設 管理事務（…）を受託し…た者」: the first space of an item
        # sets its two columns apart, the place and who may use it, as 「二　電気室 対象物件に…」 does)
    if head.count("「") > head.count("」"):
        return False  # (「「第甲条及び第乙条 削除」と記載し」: quoted, as the other text wrote it)
    lt, rt = tokenize(left), tokenize(right)
    return bool(lt and rt) and lt[-1].pos == "名詞" and lt[-1].pos2 == "普通名詞" \
        and rt[0].pos in ("名詞", "接尾辞") and rt[0].pos2 != "固有名詞" and rt[0].pos2 != "数詞"


def _table_row(line: str) -> bool:
    """Is ``line`` a table's row flattened into text: several cells set apart by spaces, few sentence marks?"""
    return len(_CELL_GAP.findall(line.strip(" \u3000"))) >= 4 and line.count("。") <= 1


_CELL_GAP = re.compile(r"[ \u3000]+")


def _one_sided_in_bracket(line: str, s: int, e: int) -> bool:
    """Is the space at s…e just inside a full-width parenthesis, before a word or after one, and the other side of the
    parenthesis tight (「（ 著作権）」, 「（有料部分を含む ）」)? A full-width bracket carries its own space; spaces on
    both sides (「（ 著作権 ）」, 「（　　　）」 a blank to fill in) are a layout, not a slip."""
    left, right = line[s - 1], line[e]
    for opener, closer in _PAIRS_SPACED_ONE_SIDE:
        if opener != "（" and (left == opener or right == closer) and len(_ASCII_LETTERS.findall(line)) > len(line) // 2:
            return False  # a line of English that quotes Japanese, spaces and all, to say how it is written
        if left == opener and right not in " \u3000" + opener + closer:
            close = line.find(closer, e)
            return close > e and opener not in line[e:close] and line[close - 1] not in " \u3000"
        if right == closer and left not in " \u3000" + opener + closer:
            opening = line.rfind(opener, 0, s)
            return 0 <= opening < s - 1 and closer not in line[opening:s] and line[opening + 1] not in " \u3000"
    return False


# full-width brackets and quotes, which carry their own space: one spaced inside on one side only is a slip
# (「「 コミュニティガイドライン」」: a quote opened with a space its close does not have)
_PAIRS_SPACED_ONE_SIDE = (("（", "）"), ("「", "」"), ("『", "』"))
_ASCII_LETTERS = re.compile(r"[A-Za-z]")


# a form's date whose month and day are blanks to fill in (令和  年  月  日, 20  年  月  日)
_BLANK_DATE = re.compile(r"[0-9０-９]*[ \u3000]*年[ \u3000]{2,}月[ \u3000]{2,}日"
                         # (one space each, the era or year left blank too: 「契約期間は、 年 月 日から」)
                         r"|[ \u3000]*(?:令和|平成|昭和|西暦)?[ \u3000]+年[ \u3000]+月[ \u3000]+日"
                         # (and the space the form leaves after the blank day: 「令和 年 月 日 から」)
                         r"(?:[ \u3000]+(?=から|まで|より|付))?")
# a caption letter-spaced in its brackets (「(事 務 所)」「(名 称)」), or 附 則: the layout of 規約 headings
_SPACED_CAPTION = re.compile(r"[（(〔【][^\s（）()〔〕【】](?:[ \u3000]+[^\s（）()〔〕【】])+[）)〕】]|附[ \u3000]+則")
# 「…をいう。 2 停学は、」: a paragraph's number after the sentence before it, on one line (a page flattened)
_PARAGRAPH_RUN_IN = re.compile(r"[。．][ \u3000]*[0-9０-９]{1,2}$")
_PARAGRAPH_NUMBER_NEXT = re.compile(r"[0-9０-９]{1,2}[ \u3000]+(?=[^\s0-9０-９])")
# an item's label after the space: (2), （3）, ②
_ITEM_AHEAD = re.compile(r"[(（]([0-9０-９]{1,2})[)）]|([\u2460-\u2473])")


def _previous_label_before(line: str, s: int, label: re.Match) -> bool:
    """Does the label before ``label``'s in its list ((1) before (2), ① before ②) stand earlier in the line (for (1),
    does (2) stand later)?"""
    if label.group(1) is not None:
        n = int(label.group(1).translate(WIDE_DIGITS))
        if n == 1:  # the first of a list whose second follows on the line: 「…年度当り  (1)大学…  (2)高等学校」
            return re.search(r"[(（][2２][)）]", line[label.end():]) is not None
        return f"({n - 1})" in line[:s] or f"（{n - 1}）" in line[:s] or \
            f"({chr(0xFF10 + n - 1)})" in line[:s] or f"（{chr(0xFF10 + n - 1)}）" in line[:s]
    if label.group(2) == "\u2460":
        return "\u2461" in line[label.end():]
    return chr(ord(label.group(2)) - 1) in line[:s]


# 「…とする。第15条 学部長等は、」: a heading's label mid-line (a page that runs its lines together), the space after it
# the label's separator; not before a particle (「第15条 の規定」 is a citation spaced)
_LABEL_MID_LINE = re.compile(r"(?:^|(?<=[。）)\]］]))[ \u3000]*第[0-9０-９一二三四五六七八九十百]{1,4}条(?:の[0-9０-９一二三四五六七八九十]+)?$")


_SECTION_LABEL = re.compile(r"[ \u3000]*第[0-9０-９一二三四五六七八九十百]{1,4}")


# particles that never open a word: after a closing bracket they belong to what the bracket closes
_BOUND_PARTICLES = frozenset("はがをにのとでへも")
# a label in brackets just before (「(2) はがきで」): a separator, not a word's end
_CLOSED_LABEL = re.compile(r"(?:^|[ \u3000、。]|[（(])[（(]?[0-9０-９a-zA-Zａ-ｚア-ン一二三四五六七八九十]{1,3}[)）]$")


# A line that lists names set apart by spaces, most of them ending in the same word (うなぎ漁業 うぐい漁業 ふな漁業): the
# spaces after that word part the names. At least this many of them, and most of the line's spaces.
_LISTED_NAMES = 3


def _list_word(line: str, runs: list[re.Match]) -> str | None:
    """The word (two characters) that ends most names of a list the line sets apart with spaces, or None."""
    if len(runs) < _LISTED_NAMES:
        return None
    ends = Counter(line[m.start() - 2:m.start()] for m in runs if m.start() >= 2)
    word, n = ends.most_common(1)[0] if ends else ("", 0)
    # (a word's characters: 「ます。 ご入金は…します。 請求書…」 ends sentences, not names)
    return word if n >= _LISTED_NAMES and 2 * n > len(runs) and all(_japanese(c) and c not in _JP_PUNCT for c in word) \
        else None


# Spaces in a row between two Japanese characters that no slip of the keyboard makes: a form's blank to fill in, or
# the gap between two columns of a table laid out in text.
_BLANK_RUN = 3


# An article's caption in brackets, tight (「(目的)」) or letter-spaced (「(目 的)」): which the document does most often is
# its layout, and a caption spaced among tight ones is a slip (「(総 会)」 beside 「(名称)」「(目的)」).
_CAPTION_LINE = re.compile(r"(?m)^[ \u3000]*(?:第[0-9０-９一二三四五六七八九十百]+条[ \u3000]*)?[（(](?P<c>[^（）()\n]{2,12})[）)]")


# sides of links and inline elements a page must set apart with spaces, and their share, for that to be its layout
_SPACED_LINKS, _SPACED_SHARE = 3, 2 / 3


def _sides_set_apart(ctx: Context) -> frozenset[int]:
    """The source offsets where the words of a link or of another inline element (<s>, <strong>…) begin or end, on a
    page that sets them apart from the text around them with spaces (「次の3点を <a>こちらの投稿フォーム</a> から投稿して
    ください」, 「通常 <s>5,000円</s> ですが」, each so): its layout, no stray space. Empty on a page that writes them
    into the sentence."""
    def build():
        source = ctx.full.doc.source
        src = source.text
        spaced = tight = 0
        sides = set()
        for a, b in [(a, b) for a, b, _ in source.links] + list(source.inline_spans):
            while a < b and src[a] == " ":
                a += 1  # (an anchor's words as the reader gives them may take the space before them)
            while b > a and src[b - 1] == " ":
                b -= 1
            for at, ch in ((a, src[a - 1:a]), (b, src[b:b + 1])):
                if ch in ("", "\n"):
                    continue  # (a line's start or end: nothing beside it)
                sides.add(at)
                if ch == " ":
                    spaced += 1
                elif not ch.isspace():
                    tight += 1
        spaced_so = spaced >= _SPACED_LINKS and spaced >= _SPACED_SHARE * (spaced + tight)
        return frozenset(sides) if spaced_so else frozenset()
    return ctx.full.memo("spaces.sides_set_apart", build)


# three digits after a thousands separator, the number's next group (not a list's next number, 「1, 2, 3」)
_DIGIT_GROUP_AFTER = re.compile(r"[0-9０-９]{3}(?![0-9０-９])")
_STOP_SPACED = re.compile(r"[。．][ \u00a0]+(?=\S)")
_STOP_TIGHT = re.compile(r"[。．](?=[^\s」）)\]』】])")
# sentences set apart by a space this often make it the document's habit
_SPACED_STOPS = 5


# a parenthetical in half-width brackets set apart by a space on both sides (「情報 (クッキー ID や設定など) を収集」)
_PARENTHETICAL_SET_APART = re.compile(f"[{_JP_CLASS}] \\([^()\n]{{1,80}}\\) [{_JP_CLASS}]")
_SET_APART_OFTEN = 3


def _sets_parentheticals_apart(ctx: Context) -> bool:
    """Does the document set its parentheticals apart with a space on both sides (three times at least: a translation
    from English, its writer's habit)? A space after the closing bracket of one whose opening bracket has none is that
    habit half kept: the missing space, not the space written, departs from it."""
    return ctx.full.memo("spaces.parentheticals_apart", lambda: len(_PARENTHETICAL_SET_APART.findall(
        ctx.full.doc.source.text)) >= _SET_APART_OFTEN)


def _spaces_after_stops(ctx: Context) -> bool:
    """Does the document set its sentences apart with a space after 。 (five times at least, twice as often as it
    writes the next sentence tight on the same line): its writer's habit, as a translation's from the English it was
    written from? Each such space is then no slip of its own; stray_space tells the habit once, at its first space."""
    return _stops_spaced(ctx)[0]


def _stops_spaced(ctx: Context) -> tuple[bool, int, int | None, str]:
    """(the habit, how many spaces after 。, the first one's offset in the source and its line)."""
    def build():
        src = ctx.full.doc.source.text
        spaced = list(_STOP_SPACED.finditer(src))
        habit = len(spaced) >= _SPACED_STOPS and len(spaced) >= 2 * len(_STOP_TIGHT.findall(src))
        if not habit:
            return False, len(spaced), None, ""
        at = spaced[0].start() + 1
        end = src.find("\n", at)
        return True, len(spaced), at, src[src.rfind("\n", 0, at) + 1:end if end >= 0 else len(src)]
    return ctx.full.memo("spaces.stops_spaced", build)


def _captions_spaced(ctx: Context) -> bool:
    """Does the document letter-space its captions at least as often as it writes them tight?"""
    def build():
        spaced = tight = 0
        for m in _CAPTION_LINE.finditer(ctx.full.doc.source.text):  # (as written: normalization closes them up)
            c = m.group("c")
            if re.fullmatch(r"\S(?:[ \u3000]+\S)+", c):
                spaced += 1
            elif not re.search(r"[ \u3000]", c):
                tight += 1
        return spaced >= tight
    return ctx.full.memo("spaces.captions_spaced", build)


def _candidates(line: str, verdicts: tuple[bool, bool, bool, bool, bool]) -> tuple[tuple[int, int, str | None, bool, bool], ...]:
    """The spaces of one line that may be stray, decided from the line alone and the document's five
    conventions (``verdicts``: does it write digits, and half-width brackets, next to Japanese without a
    space? does it letter-space its captions? does it set half-width brackets apart by habit? does it write a
    number and its percent sign together?): (start, end,
    convention, splits an article number, lies between two Latin letters)."""
    # a look-alike of a kanji pasted from a PDF (⽤ the Kangxi radical, 利⽤ 条件) stands for the kanji: the spaces
    # beside it are judged as beside the kanji (one character for one: the offsets stay the line's)
    line = line.translate(_AS_KANJI)
    runs = list(finditer(_RUN, line))
    if not runs or letter_spaced(line):
        return ()
    split_numbers = [m.span() for m in _SPLIT_NUMBER.finditer(line)]
    # not a heading's own number (「第2 条 当社は」 starting its line): law-style headings copied from a PDF keep the
    # printed letter spacing there (test_a_law_style_heading_with_a_spaced_number_has_no_stray_space)
    lopsided = {m.span("space") if m.group("space") else m.span("before") for m in _LOPSIDED_NUMBER.finditer(line)
                if line[:m.start()].strip(" \u3000")}
    blanks = [m.span() for m in _BLANK_DATE.finditer(line)] + [
        m.span() for m in _SPACED_CAPTION.finditer(line) if verdicts[2] or m.group(0).startswith("附")]
    listed = _list_word(line, runs)
    out = []
    for m in runs:
        s, e = m.span()
        if any(a <= s and e <= b for a, b in blanks):
            continue  # 「202 年  月  日から」: a form's date, its blanks left to fill in
        if listed is not None and line.endswith(listed, 0, s):
            continue  # 「うなぎ漁業 うぐい漁業 もくずがに漁業 ふな漁業」: the names of a list, set apart
        if line[e] not in _BOUND_PARTICLES and line[e] not in "及又並若" and _LABEL_MID_LINE.search(line, 0, s):
            continue  # 「…。第15条 学部長等は」: a heading's label run into the line, its separator
        if (label := _ITEM_AHEAD.match(line, e)) is not None and _previous_label_before(line, s, label):
            continue  # 「…が困難なこと  (2)学業成績…」: items of a list run into one line, set apart before each label
        if (line[e:e + 2] == "さん" or line[e] in "様殿") and (s == 0 or line[s - 1] in "・、，（(「"):
            continue  # 「…といいます)・ さん(以下「代理人」…」: the blank where a name is written before さん
        if line[e] not in COUNTERS and _PARAGRAPH_RUN_IN.search(line, 0, s) or (
                line[s - 1] in "。．" and (label := _PARAGRAPH_NUMBER_NEXT.match(line, e))
                and not counts_after_number(line[label.end():])):
            continue  # 「…をいう。2 停学は、」: the next paragraph's number run into the line, before and after it
        left, right = line[s - 1], line[e]
        if right not in "条章節款編項号" and not right.isdigit() and _SECTION_LABEL.fullmatch(line[:s]):
            continue  # 「第1 趣旨」: a 要綱's section, numbered 第N without 条, and its heading
        number_split = any(a < s and e < b for a, b in split_numbers)
        convention = None
        if (s, e) in lopsided and not number_split:
            out.append((s, e, "lopsided", False, False))
            continue
        if e - s >= 2 and ((is_hiragana(left) and not _japanese(right)) or (is_hiragana(right) and not _japanese(left))) \
                and not _LABEL.match(line[:s]) and _SENTENCE_END.search(line) \
                and not (e - s <= 2 and _LATIN_BADGE.fullmatch(line, 0, s)):
            # 「鍵の使用者が  BOX を」「BOX        の鍵を」: a run of spaces between a sentence's kana and a Latin word sets
            # nothing apart (between Japanese words, the in-word reading below says more); but two spaces after a Latin
            # word opening the line set a badge apart (「TODO&nbsp; お問い合わせ…」)
            out.append((s, e, "run", False, False))
            continue
        if not number_split and left in "、。" and right in "）)」』】":
            convention = "punct"  # 「という。 ）」: nothing is ever meant to stand there
        elif e - s == 1 and (left == "）" or left == ")" and not verdicts[3] and not _closes_latin(line, s))\
                and right in _BOUND_PARTICLES \
                and _japanese(line[e + 1:e + 2]) and not _CLOSED_LABEL.search(line, 0, s) and not _LABEL.match(line[:s]):
            # 「（以下「乙」という。） は、」: a particle is bound to the word its bracket closes, and a full-width bracket
            # carries its own space; after a half-width one too, unless the document sets its half-width brackets
            # apart by habit (「規約 (以下「本規約」) は」 throughout) or the bracket closes Latin text (「(ROIS) の規程」, a
            # link's 「(…index.html) へ」), spaced from the Japanese as a Latin word is
            convention = "in-word"
        elif not number_split:
            kind = _junction(left, right)
            if kind == "paren" and left == ")" and _closes_latin(line, s):
                kind = None  # 「(…WIPO OIS) の規程」, a link's 「(…index.html) へ」: a bracket that closes Latin text is
                # spaced from the Japanese after it as the Latin word is, by the same habit
            if kind == "digit" and e - s >= 2 and right in COUNTERS and _counted(line, s, e) \
                    and not _LABEL.match(line[:s]) and _SENTENCE_END.search(line):
                # 「教授のうちから 1    名を」: a run of spaces between a number and what it counts, inside a sentence,
                # is no separator anyone sets, whatever the document's habit with one space
                out.append((s, e, "run", False, False))
                continue
            if kind is not None and not _LABEL.match(line[:s]) and verdicts[_VERDICT_OF[kind]] and not (
                    (field := _DATED_FIELD.match(line)) is not None and field.end("name") == s) \
                    and not (kind == "digit" and _set_apart_number(line, s, e)):
                convention = kind
        if convention is None and not number_split and _latin_letter(left) and _latin_letter(right):
            out.append((s, e, None, False, True))
            continue
        if not number_split and convention is None:
            if e - s >= _BLANK_RUN and is_hiragana(left) and (is_kanji(right) or is_katakana(right)) \
                    and "、" in line[:s] and _SENTENCE_END.search(line, e) and sum(m.end() - m.start() >= 2 for m in runs) == 1:
                # 「…又は当社を通じ若しくは単独で当社サイトに送信する   コンテンツ(文章…」: the one gap of a line of
                # prose, its clause running on before and after it, between a word's kana end and the next word; a
                # form's blank stands before a particle (「依頼者          を」), a table's gap on a line of columns
                out.append((s, e, "run", False, False))
                continue
            if e - s >= _BLANK_RUN and _japanese(left) and _japanese(right) and left not in "。、" \
                    and right not in "、。" and not (is_hiragana(left) and is_hiragana(right)) \
                    and not (is_kanji(left) and is_kanji(right)):
                # 「依頼者          を甲とし」: a form's blank for a name, or a gap between a table's columns (inside a
                # word's kana or kanji, 「求め   られる」「関   連する」, it is a word split all the same)
                continue
            if left in "。、" and _latin_letter(right) and not line.startswith(("http", "www."), e):
                out.append((s, e, None, False, False))
                continue  # 「…ください。 TokenPocketは」, 「X、 Discord」: a full-width 。 or 、 carries its own space, as
                # before 当社 (no web address set apart)
            if right in "。、" and e - s <= 2 and left not in "。、" and _SENTENCE_END.search(line) \
                    and not _table_row(line):
                out.append((s, e, "before-punct", False, False))
                continue  # 「(以下 成人スイミング) 。」: nothing is ever set apart before a 句点 or 読点
            if left in ",，" and s >= 2 and line[s - 2].isdigit() and _DIGIT_GROUP_AFTER.match(line, e):
                out.append((s, e, "digit-group", False, False))
                continue  # 「年額90, 000円」: the thousands separator takes no space; read apart, 90 and 000
            if _latin_letter(left) and right == "（" and line.startswith("以下", e + 1) and e - s == 1:
                out.append((s, e, "bracket", False, False))
                continue  # 「株式会社EMURGO （以下「当社」…）」: a full-width bracket carries its own space, after a Latin
                # name as after a kanji
            if _latin_or_digit(left) or _latin_or_digit(right):
                continue
            if left == "(" and e - s == 1 and (is_kanji(right) or is_hiragana(right) or is_katakana(right)) \
                    and _one_sided_in_bracket(line.translate(_WIDE_PARENS), s, e):
                out.append((s, e, "inner-paren", False, False))
                continue  # 「お客さま( 以下「甲」という。)」: inside a half-width one, after it opens
            if right == ")" and e - s == 1 and (is_kanji(left) or is_hiragana(left) or is_katakana(left)) \
                    and _one_sided_in_bracket(line.translate(_WIDE_PARENS), s, e):
                out.append((s, e, "inner-paren", False, False))
                continue  # 「(手配旅行契約の部・旅行相談契約の部 )によります」: inside a half-width one, the same
            if not (_japanese(left) and _japanese(right)):
                continue
            if _LABEL.match(line[:s]):
                continue  # the separator after 第１条, １．, (1), ①, 附則 …
            if (right == "（" and (is_kanji(left) or is_hiragana(left) or is_katakana(left))
                    or right == "「" and e - s == 1 and (is_kanji(left) or is_katakana(left)) and _SENTENCE_END.search(line, e)) \
                    and not _LEGAL_FORM.match(line, e):  # (「第811号 （社）全国旅行業協会」: a name, set apart)
                out.append((s, e, "bracket", False, False))
                continue  # 「利用料 （以下…」, 「アプリケーションソフト 「キーチェッカー」」 in a sentence: a full-width bracket
                # carries its own space; a typed one before it is stray
            if _one_sided_in_bracket(line, s, e):
                out.append((s, e, "inner-paren", False, False))
                continue  # 「第 8 条（ 著作権）」, 「「 コミュニティガイドライン」」: inside a full-width bracket on one side only
            if left in "（「『【" or right in "）」』】":
                continue
            if left in "一二三四五六七八九十":
                continue  # …の訴え二 次に掲げる: an item label run into the line before, not a stray space
            if _SENTENCE_OPENER.match(line, e) and left not in "。、．，":
                continue  # 「…が含まれるもの なお、死者に関する情報が…」: a line break lost before the next sentence
            if _ADDRESSED.match(line, e) and (is_kanji(left) or is_katakana(left)):
                continue  # 「代表取締役 佐野 公章 宛」: a name and the suffix addressing it, set apart as on an envelope
            if _KEY_VALUE.match(line, e):
                continue  # 「（えらぶ翻訳 よみ:えらぶほんやく）」: a note's key and its value, set apart from the name before
            if left == "金" and right == "円":
                continue  # 「報酬額は金 円とする」: a form's blank for the amount
            if _AMOUNT.match(line, e):
                continue  # 委託料 金100,000円, 着手金 …限り 金○○円: an amount set apart as a value, as cover sheets do
            row = _TERM_COLUMN.match(line)
            if row is None and _MEANS.search(line):
                row = _DEFINED_ENTRY.match(line)
                if row is not None and _joins_known_word(line[:s], line[e:e + 12]):
                    row = None  # 「(8) アプリ ケーション…を意味する」: a word split in two, not a term and its meaning
            if row is not None and row.end() == s:
                continue  # 「4 電話網 主として…」「(4) トチポ トチツーカ…をいいます」: a term and its meaning, side by side
            if is_kanji(left) and e - s == 1 and _SENTENCE_END.search(line) and (
                    is_kanji(right) and right not in _NOT_A_SUFFIX and line[e + 1:e + 2]
                    and line[e + 1] in _BOUND_PARTICLES and _kanji_word_across(line, s, right)
                    or _HUMBLE_VERB.match(line, e)):
                # 「書面を常任理事 会に提出し」: one kanji and its particle, the last of a word of the kanji before it
                # (理事会; not 「佐藤 進は」, a given name after the surname);
                # 「ご予約表を発行 致します」: a noun and the verb that makes it one (発行致します)
                out.append((s, e, "in-word", False, False))
                continue
            # a space inside a word or before its particle, kana on one side at least (しま す, 事前 に, マンシ ョン)
            junction = _kana_junction(left, right)
            beside_kana = left in _JP_PUNCT or right in _JP_PUNCT or is_hiragana(left) or is_hiragana(right)
            splits = (junction or not beside_kana) and _splits_word(line[max(0, s - 8):s], line[e:e + 8])
            in_word = junction and splits
            if not (beside_kana or splits) and ("、" in line or "。" in line) and (
                    _CONJUNCTION_AFTER.match(line, e) or _CONJUNCTION_BEFORE.search(line, 0, s)):
                out.append((s, e, None, False, False))
                continue  # 「又は当社 若しくは第三者に」: a conjunction joins two words of a sentence; no separator stands by it
            if not (beside_kana or splits) and e - s == 1 and (is_kanji(left) or is_katakana(left) and is_kanji(right)) \
                    and (is_kanji(right) or is_katakana(right)) \
                    and _SENTENCE_END.search(line) and not _table_row(line) and _compound_cut(line, s, e):
                out.append((s, e, None, False, False))  # a note: between two kanji a space may still be the writer's
                continue
            if not (beside_kana or splits):
                continue  # two whole words: a separator in a heading or table row
            if not splits and line.lstrip(" \u3000").startswith("#") and not is_hiragana(right) and right not in _JP_PUNCT:
                continue  # 「# すとろりあ 利用規約」: a name in kana and a word after it, set apart in a Markdown heading
            if line.lstrip(" \u3000").startswith("#") and _DOCUMENT_KIND.match(line, e):
                continue  # 「# ひと息ナンプレ プライバシーポリシー」: the name, then what kind of document it is
            if not splits and right in "ごお" and not is_hiragana(left) and left not in _JP_PUNCT \
                    and not _SENTENCE_END.search(line) and _HONORIFIC_NOUN.match(line, e):
                continue  # 「業務委託契約書 ご同意フォーム」 (a page's title): a noun phrase opened by its honorific
            if in_word:
                convention = "in-word"
        out.append((s, e, convention, number_split, False))
    return tuple(out)


def _line_findings(ctx: Context, line: str, found: list):
    """One finding per stray space, except that the two spaces around one number (「第 62 条」「平成 14 年」)
    are one slip, reported once with the number written tight (第62条)."""
    i = 0
    while i < len(found):
        s, e, a, b, convention, msg, msg_en = found[i]
        fix = line[max(0, s - 4):s] + line[e:e + 4]
        end_e, end_b = e, b
        if convention == "digit" and i + 1 < len(found):
            s2, e2, _a2, b2, conv2, _m2, _e2 = found[i + 1]
            between = line[e:s2]
            if conv2 == "digit" and between and all(unicodedata.normalize("NFKC", c).isdigit() for c in between):
                fix = line[max(0, s - 4):s] + between + line[e2:e2 + 4]
                end_e, end_b = e2, b2
                excerpt_now = line[max(0, s - 4):e2 + 4].strip()
                msg = msg.replace(f"「{line[max(0, s - 4):e + 4].strip()}」", f"「{excerpt_now}」")
                msg_en = msg_en.replace(f"「{line[max(0, s - 4):e + 4].strip()}」", f"「{excerpt_now}」")
                i += 1
        yield ctx.finding(
            # a space inside a word, or on one side of an article's number only (第10 条) where the document writes its
            # numbers tight: a slip, so a warning (a document that spaces them all was converted so: one note each)
            "stray-space", (a, end_b + 1), msg, msg_en,
            severity="warning" if convention in ("in-word", "run") or (convention == "lopsided" and _numbers_tight(ctx))
            or (convention == "digit" and _counted(line, s, e) and _overwhelming(ctx, convention))
            or (convention == "percent" and _overwhelming(ctx, convention))
            else "info",
            suggestion=fix.strip(" \u3000"),  # as the excerpt is shown
            excerpt=line[max(0, s - 4):end_e + 4],
        )
        i += 1
