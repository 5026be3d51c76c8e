"""stray-space's part for breaks inside a word: a line break of an HTML page's source (「本サ⏎イト」), and a blank line
of any typed text (「…受けることができ⏎⏎ます。」).

The HTML reader joins the two lines, as CSS's segment-break rule says and Firefox shows (ingest.html records where:
``Source.joined_breaks``), but Chrome and Safari show a space there (「本サ イト」): a reader of the published page sees
a word split. The finding is stray-space's, told by its rule (spaces.py).
"""

from __future__ import annotations

import re

from . import Context, is_kanji, is_katakana
from .. import grammar
from ..tokens import tokenize


# A line break of an HTML page's source inside a word (「本サ⏎イト」): the reader joins the two lines, as CSS's
# segment-break rule says and Firefox does, but Chrome and Safari show a space there (「本サ イト」). Told place by
# place; on a page hand-wrapped throughout, once, at the first place, with how many there are.
_MANY_JOINED = 5


def _joined_in_words(ctx: Context) -> list[int]:
    """Normalized offsets of the characters after a source line break the HTML reader joined inside a word (MeCab
    reads one word across it)."""
    full = ctx.full

    def build():
        doc = full.doc
        out = []
        for x in doc.source.joined_breaks:
            a = doc.norm.index_of(x)
            if not a:
                continue  # (removed as page furniture)
            t = full.token_at(a)
            if t is None or t.start >= a:
                continue
            # between two kanji, MeCab may read a word across two compounds set on two lines (請求書⏎見積書 as 書見):
            # there a word of three characters or more vouches for the split, and kana on either side always does
            if is_kanji(full.text[a - 1]) and is_kanji(full.text[a]) and t.end - t.start < 3:
                continue
            out.append(a)
        return out
    return full.memo("spaces.joined_in_words", build)


def joined_summary(ctx: Context):
    """On a page with many joined breaks inside words, the one finding's place, as its text reads: which unit
    holds it is what a diff must know."""
    places = _joined_in_words(ctx)
    if len(places) <= _MANY_JOINED:
        return None
    text = ctx.full.text
    return text[max(0, places[0] - 8):places[0] + 8]


def joined_break_findings(ctx: Context):
    places = _joined_in_words(ctx)
    text = ctx.full.text
    many = len(places) > _MANY_JOINED
    for a in places[:1] if many else places:
        if not ctx.in_scope(a):
            continue
        t = ctx.full.token_at(a)
        line_start, line_end = ctx.full.line_span(a)
        # the word broken, two characters on each side at least
        left, right = text[max(line_start, min(t.start, a - 2)):a], text[a:min(line_end, max(t.end, a + 2))]
        if left == right:
            continue  # 「プライバシーポリシー⏎プライバシーポリシー」: a word written twice, each copy whole, none broken
        shown = f"{left} {right}"
        if many:
            msg = (f"HTMLのソースで語の途中に改行が{len(places)}か所あります（最初は「{left}」と「{right}」の間）。Chrome・"
                   f"Safariなどはこの改行を空白として表示し、「{shown}」のように見えます。")
            msg_en = (f"The HTML source breaks a line inside a word {len(places)} times (first 「{left}|{right}」): Chrome "
                      f"and Safari show each break as a space (「{shown}」).")
        else:
            msg = (f"HTMLのソースで語の途中（「{left}」と「{right}」の間）に改行があります。Chrome・Safariなどはこの改行を"
                   f"空白として表示し、「{shown}」のように見えます。")
            msg_en = f"The HTML source breaks a line inside 「{left}{right}」: Chrome and Safari show it as a space (「{shown}」)."
        yield ctx.finding("stray-space", (a - 1, a + 1), msg, msg_en, suggestion=left + right,
                          excerpt=text[max(line_start, a - 6):min(line_end, a + 6)])


# a blank line between two letters of Japanese (the line before ends with no mark that ends a sentence, a phrase or a
# heading's bracket): 「…オンライン診療等を受けることができ⏎⏎ます。」, 「（平⏎⏎成３年法律第７７号）」, a string of an
# app's terms shown as it is written, which splits the sentence into two paragraphs
_BLANK_IN_TEXT = re.compile(r"(?<=[\u3041-\u309f\u30a1-\u30ff\u3400-\u9fff々ー])\n(?:[ \u3000]*\n)+[ \u3000]*"
                            r"(?=[\u3041-\u309f\u30a1-\u30ff\u3400-\u9fff々ー])")
_SIDE = 8  # characters of each side MeCab reads the junction with
_HEADING_MARKS = ("#", "＃")


# what never opens a paragraph: an auxiliary, a particle or a suffix (「ます。」 after 「…ができ」)
_NEVER_FIRST = ("助動詞", "助詞", "接尾辞")


def _word_across(left: str, right: str) -> tuple[int, int] | None:
    """(start, end) in left + right of what MeCab reads across the junction as one: a word (kana on either side, or
    between two kanji a word of three characters or more, or of two inside a bracket the line before left open: 「（平⏎
    成３年」; a heading's compound before a clause's, 対策⏎当社, is two words, and so are two katakana words, a heading's
    プライバシーポリシー before グリーン株式会社), or a verb's form and the auxiliary that ends it (でき⏎ます), which no
    paragraph opens with."""
    tokens = tokenize(left + right)
    for i, t in enumerate(tokens):
        if t.start < len(left) < t.end:
            kanji_both = is_kanji(left[-1]) and is_kanji(right[0])
            katakana_both = is_katakana(left[-1]) and is_katakana(right[0])
            bracketed = left.count("（") + left.count("(") > left.count("）") + left.count(")")
            if bracketed or not (katakana_both or kanji_both and t.end - t.start < 3):
                return t.start, t.end
            return None
        if t.start == len(left):
            before = tokens[i - 1] if i else None
            if t.pos in _NEVER_FIRST and before is not None and before.pos in ("動詞", "形容詞", "助動詞"):
                return before.start, t.end
            return None
    return None


def _blank_lines_in_words(ctx: Context) -> list[tuple[int, int, str, str, tuple[int, int]]]:
    """(normalized start, end, left, right, word's place in left + right) of each blank line inside a word of the
    source."""
    doc = ctx.doc
    src = doc.source.text
    out = []
    for m in _BLANK_IN_TEXT.finditer(src):
        a, b = doc.norm.index_of(m.start() - 1), doc.norm.index_of(m.end())
        if a is None or b is None or b <= a:
            continue
        line_start = src.rfind("\n", 0, m.start()) + 1
        if src.startswith(_HEADING_MARKS, line_start):
            continue  # 「### 第一章　総則」⏎⏎「第一条…」: a heading ends where its line does
        left = src[max(line_start, m.start() - _SIDE):m.start()]
        right = src[m.end():min(m.end() + _SIDE, len(src))].split("\n", 1)[0]
        if grammar.is_structural_start(right) or grammar.match_item_label(right) is not None:
            continue  # 「一　吸収合併…」⏎⏎「二　…」: the next item, its label first
        word = _word_across(left, right)
        if word is not None:
            out.append((a, b, left, right, word))
    return out


# more blank lines inside words than this: the text is wrapped at a width with a blank line after every line (a PDF's
# text saved as such, 「…優先して適用されるものとしま⏎⏎す。」 throughout), no paragraph broken by mistake
_WRAPPED = 3


def _blank_lines(ctx: Context) -> list[tuple[int, int, str, str, tuple[int, int]]]:
    doc = ctx.doc
    if doc.source.format == "pdf" or "\n\n" not in doc.source.text and "\n \n" not in doc.source.text:
        return []
    return ctx.full.memo("spaces.blank_lines_in_words", lambda: _blank_lines_in_words(ctx.full))


def wrapped_with_blank_lines(ctx: Context) -> bool:
    """Does the text wrap its lines with a blank line after each (more blank lines inside words than _WRAPPED)? A fact
    of the whole document, which a diff compares before it looks at the changed lines alone."""
    return len(_blank_lines(ctx)) > _WRAPPED


def blank_line_findings(ctx: Context):
    """A blank line inside a word of a typed text (not a PDF's, whose page breaks the reader leaves as they fall), found
    in the source: the normalized text keeps one line break of it."""
    found = _blank_lines(ctx)
    if len(found) > _WRAPPED:
        return
    for a, b, left, right, word in found:
        if not (ctx.in_scope(a) or ctx.in_scope(b)):
            continue
        head, tail = left[word[0]:], right[:word[1] - len(left)]
        yield ctx.finding(
            "stray-space", (a, b + 1),
            f"語の途中（「{head}」と「{tail}」の間）に空行があり、一つの文が二つの段落に分かれています。"
            f"「{head}{tail}」とつなげるべきです。",
            f"A blank line inside 「{head}{tail}」 splits one sentence into two paragraphs: join them.",
            suggestion=head + tail, severity="warning", excerpt=f"{left}⏎⏎{right}")
