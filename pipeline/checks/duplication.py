"""duplication: a phrase written twice in a row, and a self-contained sentence that occurs twice.

1. 「第12条第1項及び第2項及び第2項」「当該当該」: a run of words repeated back to back. Both copies must be
   whole words, start with a content word (not a particle or punctuation: 「の社債の社債権者」
   and 「暴力団、暴力団員」 are lists and compounds, not slips; a copy ending in の after a relational noun, 「親会社の
   親会社」, or in も or か, 「何度も何度も」, pairs a word with itself, but one ending in a case particle, 「当社が当社が」,
   or in など, と or や, 「責任と責任と負担」, never does: a list names each thing once). A second copy that runs
   on into a compound (「査定対象査定対象端末」) counts only when no other reading of the same repeat ends where a word
   ends (「第1項及び第2項及び第2項」 is 「及び第2項」 twice). A listed term glued to its definition (「一　株式の発行株式の
   発行の効力が…」), or copies the source separates (a definition list 「吸収分割　吸収分割をする…」 whose separator
   normalization dropped), are not reported; nor is a repeat the document writes the same way more than once
   (a brand name that doubles a word, 「ロハスロハス」): a slip is made once.
2. The same sentence twice in a row (at any depth: 「（…この限りではない。ただし、…この限りではない。）」 too),
   the same paragraph (20 characters or more) twice in one article and the same item twice in one list:
   nothing written that way is meant (no such repeat in the corpus: bylaws, terms, three laws). A sentence written
   again right after itself under another subject (「サービス提供者は、…保証しません。当社は、…保証しません。」) is told
   as a note: a duplicate when both subjects name one party, two parties bound alike otherwise.
3. A sentence of at least 24 characters that occurs twice in the document, when it stands on
   its own: it refers to nothing around it (no この/その/当該/前項/同項/ただし…; 以上 and 以下 after a number
   bound it, 13歳以上, and point at nothing). The corpus repeats self-contained sentences of 21 characters at most
   on purpose, one per section they close (「Mozillaアカウントが必要です。」, 「返金に要する振込手数料は当社が負担します。」). Sentences
   that lean on their context (「この場合において、閲覧につき…指定することができる。」)
   legitimately repeat in every article they close; a self-contained one pasted a second
   time (a notice sentence appended to an unrelated item) is a slip. Copies that follow nearly the same
   sentence are parallel provisions (one per facility or plan), not a paste.
4. A sentence (15 characters or more, leaning on its context or not) written more than once, appended in
   one place to a paragraph it has nothing to do with. A sentence that rightly recurs follows related
   text in each place (「…閲覧させなければならない。この場合において、閲覧につき…」); a pasted copy
   follows whatever sentence it was pasted after. Reported when (a) the sentence before the copy shares no
   particular word with the text before any other copy, and (b) the sentence shares a particular word with
   the paragraph of every other copy (or the title of an article it is the whole text of) and none with the
   paragraph it was appended to. Boilerplate that closes unrelated provisions (「ただし、次のいずれかに該当する場合は、
   この限りでない。」) has no word of its own, and the more copies, the more (a) and (b) ask. "Word" is a pair of adjacent kanji or
   katakana; particular, when the document writes it no more often than a tenth of the number of its
   paragraphs, items and lines: 当社, 場合, 区分所有 or 理事, all over a document, say nothing about which
   texts belong together. Whatever (a) and (b) say, a copy is out of place when it points back (かかる, 当該, この,
   上記, 前記) at a thing its article names before every other copy and nowhere before this one (「かかる変更は、…」
   after a renewal clause that speaks of no change): a pointer needs what it points at. Measured on the corpus
   (bylaws, terms, three laws): nothing reported. With a
   sentence of the corpus pasted after another (bench_checks_planted, seeds 16, 3 and 7), 0.82 of the
   copies are found on terms and bylaws (0.70 with parts 1 to 3 alone), 0.79 on laws (0.67), and part 4
   reports no original.
5. Two sentences in a row of one paragraph or item that open with ただし: a provision has one proviso, and no paragraph of
   the corpus (bylaws, terms, three laws, fifty public terms pages) has two; a second one leaves unclear what it
   qualifies, whether pasted from elsewhere (「…この限りでない。ただし、国土交通大臣の許可を受けた場合は、この限りでない。」)
   or added later (two exceptions to one return right, pub132): the message says what is wrong, not how it came.
6. An article whose whole text (40 characters or more) is another article's of the same chapter, word for word:
   one was pasted over the other. Laws repeat whole articles only across chapters (parallel regimes); a document of
   at most 60 articles has none, and is compared across its chapters too.
7. Four lines or more in a row (a lead sentence and its items, 150 characters or more) of an article written word
   for word in an earlier article of the same chapter: one article's text pasted into another.
8. Lines outside the articles (30 characters or more of Japanese, or a heading) written twice in a row: a closing
   block of contacts and dates (「お問い合わせ」「制定日：…」) pasted a second time under the first, the title typed twice.
   Inside articles, parts 2, 6 and 7 tell.
9. The same noun twice among nouns each followed by 、 (「複製、複写、複製、販売」「を複製、複製、または再利用」): a list
   names each thing once. (Not one noun on both sides of 及び or 又は: 「当社又は当社にライセンスを許諾した者」 joins a
   noun to a phrase that opens with it, as web terms write in dozens of places.)
10. A sentence of an article written again in it with a clause inserted (checks/near_duplicates.py).
11. A line of an article written again in it in other dress: a table pasted as tab-separated rows and as a Markdown table
   (checks/near_duplicates.py).
12. An item of a list that another item of the same list holds whole after a qualifier, a note (checks/near_duplicates.py).
"""

from __future__ import annotations

import bisect
import os
import re
from collections import Counter
from difflib import SequenceMatcher
from itertools import chain
from functools import lru_cache

from ..grammar import match_item_label
from ..tokens import LONG_LINE, is_known_word, line_tokens, tokenize
from . import Context, Footprint, LineMemo, comparison_table, load_tsv, rule
from .chars import JOINING_CONJUNCTIONS, is_kanji
from .near_duplicates import near_duplicate_findings, repeated_line_findings, subsumed_item_findings
from .conventions_labels import _md_heading_mark
from .terms import defines_terms
from .typos_base import DOUBLED_RU, model
from .typos_kanji import CONJUNCTION_KANJI, NUMERAL_KANJI, _kanji_list

# every start position (a lookahead), so that 「項及び第2」 does not hide 「及び第2項」
# A copy starts with a content word, and in legal text those are written in kanji, katakana or digits: a
# start in hiragana (a particle, an ending) is not tried, which halves the regex's work on a long law.
# (a ・ may join the words of a copy, 「改廃・制定改廃・制定」, but neither opens nor closes one)
_REPEAT = re.compile(r"(?=(?P<x>[^\s、。，．,.「」（）()／｜・:：ぁ-ゖ][^\s、。，．,.「」（）()／｜:：]{1,22}?"
                     r"[^\s、。，．,.「」（）()／｜・:：])(?P=x))")
# a word of two kanji written twice (「当該当該」): the copies must still be whole words (日日, 人人 are one word each)
_REPEAT_TWO_KANJI = re.compile(r"(?=(?P<x>[\u4e00-\u9fff]{2})(?P=x))")
# a word of two or three kana written twice: an adnominal doubled (「そのその対戦」), which _doubled_adnominal tells
_REPEAT_KANA = re.compile(r"(?=(?P<x>[ぁ-ゖ]{2,3})(?P=x))")
_WEAK_START = {"助詞", "助動詞", "補助記号", "接尾辞", "空白"}
_COMPOUND_POS = {"名詞", "接尾辞"}
# The particles after which a word may follow itself: pairing a word with itself for emphasis or alternatives
# (何度も何度も, AとかAとか), and の after a relational noun only (親会社の親会社: the parent's parent;
# data/relational_nouns.tsv). Not a case particle (「当社が当社が」「名義を名義を」 are never grammar), nor など, と or
# や: they list things, and a list names each once (「責任と責任と負担」, 「上限と上限とし」 are slips; 「甲と乙と」
# lists two).
_JOINING = {"とか", "やら", "も", "か", "の"}
# the case particles before も (をも, にも) that make the copy a phrase of its own, no word paired with itself
_CASE_BEFORE_MO = ("を", "が", "に", "で", "と", "へ", "から", "より")


@lru_cache(maxsize=None)
def _relational_nouns() -> frozenset[str]:
    return frozenset(row[0] for row in load_tsv("relational_nouns.tsv"))


def _contiguous_in_source(ctx: Context, a: int, b: int) -> bool:
    """No character was dropped by normalization between normalized positions a-1 and a… b: the source reads them together."""
    offs = ctx.doc.norm.offsets
    return all(offs[i] + 1 == offs[i + 1] for i in range(a - 1, b - 1) if 0 <= i < len(offs) - 1)


def _starts_unit(ctx: Context, pos: int) -> bool:
    """Is ``pos`` the first character of a paragraph's or item's text (after its label)?"""
    art, para, item = ctx.locate(pos)
    node = item or para
    if node is None:
        return ctx.line_span(pos)[0] == pos
    body = ctx.text[node.span[0]:pos]
    label = getattr(node, "label", None) or ""
    return body.replace(label, "", 1).strip(" \u3000") == ""


def _may_list_terms(ctx: Context, pos: int) -> bool:
    """Could the unit at ``pos`` be an entry of a list of terms (a line outside the articles, any unit of an
    article about definitions, or an item of a list laid out as terms and what each is given)? A paragraph of
    another article opens with a sentence, never with a term glued to its meaning (「総会の議事総会の議事について
    は」 is a slip), and so does an item of a list of cases (「（7）当社サービス当社サービスと同種又は類似サービスを…
    場合」)."""
    art, para, item = ctx.locate(pos)
    if art is None or defines_terms(ctx, art):
        return True
    return item is not None and para is not None and _lists_terms(ctx, para, item)


_GIVES_PER_ITEM = re.compile(r"掲げる.{0,40}?(?:定める|応じ)")


def _lists_terms(ctx: Context, para, item) -> bool:
    """Is ``item``'s list one of terms each followed by what it is given? Its lead says so (「次の各号に掲げる行為
    の無効は、当該各号に定める期間に」), or another item of it opens with its term glued to a text that opens with
    the term again (the Companies Act's conversion dropped every separator of 第八百二十八条's items: 「会社の設立会社の
    成立の日から」「自己株式の処分自己株式の処分の効力が」). A slip is made once; a layout shows on several items."""
    lead_end = para.items[0].span[0] if para.items else para.span[1]
    if _GIVES_PER_ITEM.search(ctx.text, para.span[0], lead_end):
        return True
    for other in para.items:
        if other is item:
            continue
        start = other.span[0] + len(other.label)
        body = ctx.text[start:other.span[1]].lstrip(" \u3000")
        line = body.split("\n", 1)[0]
        if len(line) >= 6 and any(rel == 0 for rel, *_ in _REPEATS.get(line, lambda line=line: _line_repeats(line))):
            return True
    return False


_COMPOUND_CH = re.compile(r"[\u3400-\u9fff々\u30a1-\u30ffー]")
_COMPOUND_RUN = re.compile(r"[\u3400-\u9fff々\u30a1-\u30ffー]+")
# a word of kanji before も written twice (「以後も以後も同様」) pairs nothing with itself: only words of number or
# time do so (何度も何度も, 何回も何回も), and a copy whose first is the tail of a longer compound contrasts the two
# (「いかなる賠償責任も責任も負いません」)
_KANJI_WORD = re.compile(r"[\u3400-\u9fff々]+")


def _two_compounds(text: str, s: int, mid: int, e: int) -> bool:
    """Do the copies s…mid and mid…e close one compound and open another that the document writes elsewhere too (a
    longer run ending with the first copy, one starting with the second)?"""
    def written_elsewhere(a: int, b: int) -> bool:
        return text.count(text[a:b]) >= 2

    if not all(_COMPOUND_CH.match(c) for c in text[s:mid]):
        return False  # 「当社が当社が」: a phrase with its particle, no word of a compound

    def compound_side(lo: int, hi: int) -> bool:
        return 0 <= lo and hi <= len(text) and all(_COMPOUND_CH.match(c) for c in text[lo:hi])

    if any(text[s - i:mid] + text[e:e + j] in text for i in range(1, 5) for j in range(1, 5)
           if compound_side(s - i, s) and compound_side(e, e + j)):
        return False  # 「保証対象対象部分」 where the text writes 保証対象部分: one compound with a word typed twice
    left = any(written_elsewhere(s - k, mid) for k in range(1, 5)
               if s - k >= 0 and all(_COMPOUND_CH.match(c) for c in text[s - k:s]))
    return left and any(written_elsewhere(mid, e + k) for k in range(1, 5)
                        if e + k <= len(text) and all(_COMPOUND_CH.match(c) for c in text[e:e + k]))


def _opens_a_longer_word(ctx: Context, mid: int, e: int) -> bool:
    """Is the second copy (mid…e) the head of a longer word: one the tagger reads whole (大学院 as one token), or the
    copy and a suffix that makes a name of its own (大学|院, 図書|館)? Not one of the suffixes that attach to any noun
    with one fixed sense (suffix_kanji.tsv: 等, 的, 別…): after them a repeat is still one (「会員会員等」)."""
    t = ctx.token_at(mid)
    if t is None or t.start != mid:
        return False
    if t.end > e:
        return t.pos == "名詞" and all(_COMPOUND_CH.match(c) for c in ctx.text[mid:t.end])
    nxt = ctx.token_at(e)
    return t.end == e and nxt is not None and nxt.start == e and nxt.pos == "接尾辞" \
        and len(nxt.surface) == 1 and is_kanji(nxt.surface) and nxt.surface not in _kanji_list("suffix_kanji.tsv")


def _phrase_findings(ctx: Context):
    """Repeats, unless the same paragraph has several: then they are a layout (a list of terms each
    followed by its definition with no separator, 「二 株式の発行株式の発行の効力が…」), not slips."""
    found = list(_phrase_candidates(ctx))
    per_paragraph: dict[tuple, int] = {}
    for f in found:
        per_paragraph[(f.article, f.paragraph)] = per_paragraph.get((f.article, f.paragraph), 0) + 1
    quoted = [(m.start(), m.end()) for phrase in _statutory_repeats() if phrase in ctx.text
              for m in re.finditer(re.escape(phrase), ctx.text)] if found else []
    for f in found:
        if f.article is None or per_paragraph[(f.article, f.paragraph)] == 1:
            mid, e = f.span
            if any(a <= 2 * mid - e and e <= b for a, b in quoted):
                continue  # 「その団体の構成団体の構成員」: a statute's words, quoted (data/statutory_repeats.tsv)
            if _opens_a_longer_word(ctx, mid, e):
                continue  # 「立命館大学大学院」: 大学 then 大学院, a word of its own that begins as the copy does
            if not _two_compounds(ctx.text, 2 * mid - e, mid, e):
                yield f  # (「附属図書館図書館資料」: 附属図書館 and 図書館資料, two words the document writes elsewhere)


@lru_cache(maxsize=None)
def _statutory_repeats() -> tuple[str, ...]:
    return tuple(row[0] for row in load_tsv("statutory_repeats.tsv"))


def _phrase_candidates(ctx: Context):
    text = ctx.text
    pos = 0
    for line in text.split("\n"):
        repeats = _REPEATS.get(line, lambda line=line: _line_repeats(line)) if len(line) >= 6 else ()
        done = 0
        for rel, x, meets in repeats:
            s = pos + rel
            if s < done:
                continue
            mid, e = s + len(x), s + 2 * len(x)
            if meets and not _written_with_one_copy(text, s, mid, e):
                continue  # 「東北大学大学院」: 東北大学 and 大学院, two compounds that meet, no word written twice
            if _starts_unit(ctx, s) and _may_list_terms(ctx, s) and not _ANAPHORA.fullmatch(x) \
                    and not _set_apart_after(ctx, e):
                # 「一 株式の発行株式の発行の効力が…」: a listed term followed by its definition; a word pointing back
                # (「- 当該当該1年に達した日」) is no term a list defines, and a term twice before the separator that
                # sets its meaning apart (「八　専用使用権専用使用権　敷地及び…」) is the term doubled
                continue
            if not _contiguous_in_source(ctx, s + 1, e):
                # a separator in the source (term and definition), dropped by normalization; or inside the phrase:
                # 「副幹事1名 会計1名 会計補佐」 lists posts set apart by spaces, no 「1名会計」 written twice
                continue
            if _written_as_a_name(text, x + x):
                continue  # 「ロハスロハス スタジオ」 five times: a name written so, since a slip does not recur verbatim
            if "・" in x and is_kanji(x[-1]) and e < len(text) and is_kanji(text[e]):
                continue  # 「差押・仮差押・仮処分」: items of a list sharing their words, the last copy running on into
                # its own word (仮処分), no phrase written twice
            done = e
            yield ctx.finding(
                "duplication", (mid, e),
                f"「{x}」が繰り返されています（「{text[s:e]}」）。",
                f"「{x}」 is written twice in a row: 「{text[s:e]}」.",
                suggestion=x, excerpt=text[s:e],
            )
        pos += len(line) + 1


# what sets an entry's term apart from its meaning: a space, a colon, or the line's end
_SEPARATOR = re.compile(r"[ \u3000\t:：]|$", re.M)


def _set_apart_after(ctx: Context, e: int) -> bool:
    """Does a separator follow ``e``, in the text or in the source (where normalization dropped the space between a
    term and its meaning)?"""
    return bool(_SEPARATOR.match(ctx.text, e)) or not _contiguous_in_source(ctx, e, e + 1)


def _written_as_a_name(text: str, doubled: str) -> bool:
    """Does the document write ``doubled`` as a name of its own: three times or more, or twice in the same words
    (「ロハスロハス スタジオ」)? A word typed twice by the same habit may recur (「適法な商品商品であるのか」, 「当該商品商品に
    係る」: 商品 doubled in two sentences), but not in the same surroundings."""
    places = [m.start() for m in re.finditer(re.escape(doubled), text)]
    if len(places) != 2:
        return len(places) > 2
    (a, b), n = places, len(doubled)
    return text[a - 1:a] == text[b - 1:b] or text[a + n:a + n + 1] == text[b + n:b + n + 1]


# A repeat never crosses a line break (the copies hold no white space) and the tests below read the
# line's tokens only: the versions of a document share almost every line, so each line is searched once.
# Where the document's structure and source decide (a listed term, a separator normalization dropped),
# the caller decides per document.
_REPEATS = LineMemo()


def _doubled_adnominal(toks, first, mid: int) -> bool:
    """「そのその対戦」: an adnominal (その, この) written twice, each copy a word of its own to MeCab (``first`` the first
    copy, ``mid`` where the second starts); no word of Japanese doubles one (いろいろ, それぞれ are single words, read so).
    MeCab may read the first as the hesitation その, a 感動詞: the second is the adnominal."""
    second = next((t for t in toks if t.start == mid), None)
    return first.end == mid and second is not None and second.pos == "連体詞" and first.pos in ("連体詞", "感動詞")


_KATAKANA_RUN = re.compile(r"[\u30a1-\u30faー]+")


def _doubled_loanword(toks, x: str, s: int, e: int) -> bool:
    """「ウェブサイトスキャンウェブサイトスキャン」: MeCab reads a run of katakana it does not know as one word, so the copies
    of a loanword typed twice are no words of their own to it. The run is the copy twice when the copy (three kana
    or more: ワクワク, ドキドキ double two) is read as words the dictionary knows."""
    if len(x) < 3 or not _KATAKANA_RUN.fullmatch(x):
        return False
    if not any(t.start == s and t.end == e for t in toks):
        return False
    return all(is_known_word(t.surface) for t in line_tokens(x))


def _misread_between(x: str, s: int, e: int, starts: set, ends: set) -> bool:
    """「製品内製品内で」: MeCab reads the junction of the copies as a word of its own (製品|内製|品|内), so the copies are
    no words of the line's reading; they are words where the run is whole at both ends and the copy (three characters
    or more of a compound: 大学大学院 doubles two) reads alone as words the dictionary knows."""
    return len(x) >= 3 and s in starts and e in ends and _COMPOUND_RUN.fullmatch(x) is not None \
        and all(is_known_word(t.surface) for t in line_tokens(x))


def _line_repeats(line: str) -> tuple[tuple[int, str, bool], ...]:
    """(start in the line, copy, whether the copies may be two compounds that meet) of every repeat whose copies are
    whole words that could be a slip. A second copy that runs on into a compound (査定対象査定対象端末) counts unless
    another reading of the same repeat does not: 第1項及び第2項及び第2項 is 「及び第2項」 twice, not 「項及び第2」."""
    out = []
    runs_on = []
    meeting = []
    toks = None  # most lines have no repeat: they are not tagged here
    for m in chain(_REPEAT.finditer(line), _REPEAT_TWO_KANJI.finditer(line), _REPEAT_KANA.finditer(line)):
        x = m.group("x")
        kana_only = not re.search(r"[\u3400-\u9fff\u30a1-\u30ff]", x)
        if len(set(x)) == 1 or kana_only and m.re is not _REPEAT_KANA:
            # ーーー, kana-only repeats (いろいろ, それぞれ) are words, but for an adnominal doubled (_doubled_adnominal);
            # digits and marks alone are a number's parts (2021-09-09, 03-1212-3434), not a word written twice
            continue
        if "|" in x:
            continue  # 「6日|6日|」: two cells of a table row that hold the same value
        if toks is None:
            toks = line_tokens(line) if len(line) <= LONG_LINE else tuple(tokenize(line))
            starts = {t.start for t in toks}
            ends = {t.end for t in toks}
        s, mid, e = m.start(), m.start() + len(x), m.start() + 2 * len(x)
        if not ({s, mid} <= starts and {mid, e} <= ends) and not _doubled_loanword(toks, x, s, e) \
                and not _misread_between(x, s, e, starts, ends):
            continue  # the copies are not whole words
        first = next(t for t in toks if t.start == s)
        if first.pos in _WEAK_START or kana_only and not _doubled_adnominal(toks, first, mid):
            continue
        last_of_x = next((t for t in toks if t.end == mid), None)
        before_last = next((t for t in toks if last_of_x is not None and t.end == last_of_x.start and t.start >= s),
                           None)
        if last_of_x is not None and last_of_x.pos == "助詞" and last_of_x.surface in _JOINING and not (
                last_of_x.surface == "の" and x[:-1] not in _relational_nouns()) and not (
                last_of_x.surface == "も" and before_last is not None and before_last.surface in _CASE_BEFORE_MO) and not (
                last_of_x.surface == "も" and _KANJI_WORD.fullmatch(x[:-1]) and not _COMPOUND_CH.match(line[s - 1:s] or " ")
                and not x.startswith("何")):
            # (a copy that holds a case particle before its も, 「影響をも影響をも」, 「法律にも法律にも」, pairs no word with
            # itself: 何度も何度も does, AにもBにも lists two; とか is と|か)
            continue  # 「完全親会社の完全親会社」: the parent's parent, a real phrase; も and か pair a word with itself
            # (何度も何度も); など, と, や never do (「供与するなど供与するなど」, 「責任と責任と負担」)
        after = next((t for t in toks if t.start == e), None)
        last = next((t for t in toks if t.end == e), None)
        before = next((t for t in toks if t.end == s), None)
        if after is not None and after.pos == "接尾辞" and before is not None and before.pos == "名詞" \
                and _COMPOUND_RUN.fullmatch(x):
            meeting.append((s, x))
            continue  # 「東北大学大学院」: 東北大学 and 大学院, two compounds that meet, or one with a word typed twice: the
            # document tells (a copy with its verb's kana, 「担保提供する提供する等」, is no compound's part)
        if after is not None and last is not None and last.pos in _COMPOUND_POS and after.pos in _COMPOUND_POS:
            runs_on.append((s, x))
            continue
        if after is not None and after.surface == "の" and after.pos == "助詞" and (
                nxt := next((t for t in toks if t.start == after.end), None)) is not None and nxt.pos == "動詞":
            continue  # 「入学者及び本学在学者及び本学在学者の属する年次に…する者」: the second the subject of a clause that
            # qualifies another noun, a third group listed
        out.append((s, x))
    out += [(s, x) for s, x in runs_on if not any(s < t + 2 * len(y) and t < s + 2 * len(x) for t, y in out)]
    out = [(s, x, False) for s, x in out]
    out += [(s, x, True) for s, x in meeting if not any(s < t + 2 * len(y) and t < s + 2 * len(x) for t, y, _ in out)]
    return tuple(sorted(out))


def _written_with_one_copy(text: str, s: int, mid: int, e: int) -> bool:
    """Does the document write, elsewhere, the compound around the copies s…mid…e with one copy (サービス利用事業者
    beside 「サービス利用事業利用事業者」)? Then one compound has a word typed twice; two compounds that meet
    (東北大学大学院: 東北大学院 is written nowhere) stay."""
    a = s
    while a > 0 and _COMPOUND_CH.match(text[a - 1]):
        a -= 1
    b = e
    while b < len(text) and _COMPOUND_CH.match(text[b]):
        b += 1
    return text[a:mid] + text[e:b] in text


# Words that tie a sentence to its surroundings: such a sentence may rightly recur.
_ANAPHORA = re.compile(
    # 同日, 同月, 同年 point back at a date named before as 同条 at an article (同日より前に締結された契約は…)
    r"この|その(?!他)|これ|それ|当該|前項|前条|前各|次項|次条|次の|同項|同条|同号|同法|同日|同月|同年|本条|本項|前号|次号|各号|ただし|なお|"
    r"この場合|前記|上記|下記|前段|後段|同様|かかる|"
    # 以下, 以上 point at text (以下同じ, 以上の定め), but not after a number, which they bound (13歳以上, 3か月以下)
    r"(?<![0-9０-９〇一二三四五六七八九十百千万歳円名人件日月年時分秒%％倍回個台])以[下上]")
_MIN_SENTENCE = 24
_MIN_UNIT = 20  # a paragraph or item this long, repeated verbatim in its article
_MIN_REPEAT = 8  # a sentence this long written twice in a row
_MIN_PAIR = 15  # a sentence this long written more than once, one copy out of place (part 4)
# the sentences before two copies this alike (difflib's ratio), or ending in the same half (and this many
# characters at least), make them parallel provisions (part 3)
_PARALLEL, _PARALLEL_TAIL = 0.7, 12
# A word written more often than this share of the number of the document's paragraphs, items and lines
# is the document's vocabulary, not a subject that ties two texts together (part 4).
_COMMON_SHARE = 0.1


_MARKS = re.compile(r"[（(「『）)」』。]")


def _top_level_sentences(text: str, start: int, end: int) -> tuple[list[tuple[int, str]], bool]:
    """(start, sentence) for each sentence of text[start:end] outside brackets, and whether a sentence
    ends inside brackets too."""
    depth, sent_start, nested = 0, start, False
    out = []
    for m in _MARKS.finditer(text, start, end):
        c = m.group(0)
        if c in "（(「『":
            depth += 1
        elif c == "。":
            if depth == 0:
                # a sentence starts on its own line: the lines above it that end no sentence (a heading, a form's
                # lines in a code block, 「誓約書」⏎「所長　殿」) are none of its words
                sent_start = max(sent_start, text.rfind("\n", sent_start, m.start()) + 1)
                out.append((sent_start, text[sent_start:m.end()]))
                sent_start = m.end()
            else:
                nested = True
        elif depth:
            depth -= 1
    return out, nested


def _sentence_events(ctx: Context):
    """One pass over the units of the document: ("unit", pos, body, first pos) for a paragraph or item
    written twice in one article, ("line", pos, body) for an entry outside articles repeating the one before, ("row", pos, sentence) for a sentence written twice in a row, and
    ("sentence", pos, sentence, appended) for every self-contained sentence, in order. Once per document."""
    return ctx.memo("duplication.events", lambda: _events(ctx.text, ctx.units))


# a field of a record, its name and its value and no sentence (「プライバシーポリシー: https://policies.google.com/privacy」 under
# each of two Google services, pub148): sibling records share values, which no one pastes by mistake
_FIELD = re.compile(r"[^：:。\n]{1,20}[：:][ \u3000]*[^。\n]+")


# the label an entry outside articles opens with (1., 2・, (3), ④, a bullet)
_LINE_LABEL = re.compile(r"(?:[0-9０-９]{1,3}[.．・)）]|[(（][0-9０-９]{1,3}[)）]|[\u2460-\u2473]|[・•\-])[ \u3000]*")


def _events(text: str, units) -> list[tuple]:
    events = []
    bodies: dict[tuple, int] = {}  # (article, list, unit text) → where it first occurs
    line_before: tuple[str, int] | None = None  # the text after its label of the line before, outside articles
    lists: dict[int, int] = {}  # paragraph → how many times its items were numbered from 1 again
    for u in units:
        if u.kind not in ("paragraph", "item", "line", "continuation"):
            continue
        node = u.item or u.paragraph
        label = (getattr(node, "label", None) or "") if node is not None else ""
        body_start = u.text_start(text)
        body = text[body_start:u.span[1]].strip(" \u3000\n")
        if u.kind == "line" and u.article is None:
            # 「3・本会は…請求しません。」⏎「4・本会は…請求しません。」 in a text without articles: the entry pasted again
            # under the next label
            lab = _LINE_LABEL.match(body)
            rest = body[lab.end():] if lab else body
            if line_before is not None and rest == line_before[0] and len(rest) >= _MIN_UNIT and lab is not None:
                events.append(("line", body_start + text[body_start:u.span[1]].find(body) + lab.end(), rest))
                line_before = (rest, line_before[1])
                continue
            line_before = (rest, body_start) if lab is not None else None
        if u.kind == "item" and getattr(u.item, "number", None) == 1:
            # a list numbered from ① again under the same paragraph (the lists of two cells of a table, 「修理可能」の
            # 場合 and 「修理不能」の場合, read as one): the items after it are another list's
            lists[id(u.paragraph)] = lists.get(id(u.paragraph), -1) + 1
        if u.article is not None and len(body) >= _MIN_UNIT and u.kind != "continuation":
            # items repeat across the lists of one article on purpose (第3項第三号 and 第4項第二号 alike): one list only
            key = (id(u.article), (id(u.paragraph), lists.get(id(u.paragraph))) if u.kind == "item" else None, body)
            if key in bodies:  # the same paragraph twice in one article, or the same item twice in one list
                # (not after nearly the same text: a plan's or a facility's block of the article, 【東京…】 then
                # 【ASAGAYA…】, each closed by the same sentence)
                if not _parallel(text, body_start, bodies[key]) and not _FIELD.fullmatch(body):
                    events.append(("unit", body_start + text[body_start:u.span[1]].find(body), body, bodies[key]))
                continue
            bodies[key] = body_start
        start, end = u.span
        found, sents = _UNIT_SENTENCES.get((text[start:end], label, body_start - start),
                                           lambda: _sentence_events_of(text[start:end], label, body_start - start))
        events.extend((e[0], e[1] + start, *e[2:]) for e in found)
        events.append(("unit-sentences", u.span, tuple((pos + start, sent) for pos, sent in sents)))
    return events


# The sentence events of a unit (its text, its label, where its body starts in it) at offsets in the unit: the
# versions a diff or a batch reads share almost every unit, and read each once
_UNIT_SENTENCES = LineMemo(50_000)


def _sentence_events_of(text: str, label: str,
                        body_start: int) -> tuple[tuple[tuple, ...], tuple[tuple[int, str], ...]]:
    """("row", pos, sentence), ("row-subject", pos, sentence, the one before) and ("sentence", pos, sentence,
    appended) of one unit's text, in order, and (pos, sentence) of each of its sentences."""
    events = []
    previous = None
    sents = []
    rows = set()
    top, nested = _top_level_sentences(text, 0, len(text))
    for idx, (pos, sent) in enumerate(top):
        if idx == 0 and label and sent.startswith(label):
            sent, pos = sent[len(label):], pos + len(label)
        lead = len(sent) - len(sent.lstrip(" \u3000\n"))
        sent, pos = sent.strip(" \u3000\n"), pos + lead
        sents.append((pos, sent))
        if previous == sent and len(sent) >= _MIN_REPEAT:
            events.append(("row", pos, sent))
            rows.add(pos)
            continue
        if previous is not None and (rest := _after_subject(sent)) and rest == _after_subject(previous) \
                and len(rest) >= _MIN_SENTENCE:
            # 「サービス提供者は、…保証するものではありません。当社は、…保証するものではありません。」: the sentence
            # pasted again under the party's other name
            events.append(("row-subject", pos, sent, previous))
            rows.add(pos)
            continue
        previous = sent
        if len(sent) >= _MIN_SENTENCE and not _ANAPHORA.search(sent):
            events.append(("sentence", pos, sent, idx > 0))
    if nested:  # sentences inside brackets (rare)
        for m in _NESTED_ROW.finditer(text, body_start):
            pos = m.start(2)
            if pos not in rows:  # top-level repeats are found above
                events.append(("row", pos, m.group(2)))
    if "、" in text:
        for m in _CLAUSE_ROW.finditer(text, body_start):
            events.append(("clause-row", m.end() + len(m.group("sp")), m.group("x")))  # (the second copy: a third too)
    return tuple(events), tuple(sents)


_SUBJECT = re.compile(r"[^、。，「」（）()]{1,20}?(?:は|が)[、，]")


def _after_subject(sent: str) -> str:
    """What a sentence says after its subject (「当社は、」), or nothing when it opens with none."""
    m = _SUBJECT.match(sent)
    return sent[m.end():] if m else ""


# A sentence written twice back to back inside brackets: the first copy starts where a sentence may
# start (after 。 or an opening bracket, matched rather than looked behind at: a leading class is fast).
_NESTED_ROW = re.compile(r"[。（(「『]([^。\n（）()「」『』]{%d,}?。)[ \u3000]*(\1)" % _MIN_REPEAT)
# A clause written twice back to back, each copy closed by its 、 (「(iv) 他の者の権利を保護するために、(iv) 他の者の権利を
# 保護するために、」: one item of a list pasted again, its label too): no list names a thing twice in a row, no sentence
# says one clause twice. A copy runs from a 、 or an opening bracket to the next 、 (the copies are found whole: the
# class stops at the first 、), _MIN_CLAUSE_ROW characters at least.
_MIN_CLAUSE_ROW = 12
_CLAUSE_ROW = re.compile(r"(?<=[、（「『])(?P<x>[^。、\n（「『」』]{%d,}、)(?=(?P<sp>[ \u3000]*)(?P=x))" % _MIN_CLAUSE_ROW)


# ------------------------------------------------------------------ part 4: a copy out of place

# The words a paragraph is about: each pair of adjacent kanji or katakana, so that the parts of compounds
# meet (契約期間 and 利用契約 share 契約) without a tagger. A word is a substring, so how often the
# document writes it is counted in its text, and only for the words asked about.
_WORD_RUN = re.compile(r"[\u3400-\u9fff々\u30a1-\u30faー]{2,}")
# the kanji words of _ANAPHORA point at whatever text stands near: they say nothing about a subject
_STRUCTURAL = frozenset({"当該", "前項", "前条", "前各", "次項", "次条", "同項", "同条", "同号", "同法", "同日", "同月",
                         "同年", "本条", "本項",
                         "前号", "次号", "各号", "前記", "上記", "下記", "以下", "以上", "前段", "後段", "同様"})


def _words(s: str) -> frozenset[str]:
    out = set()
    for m in _WORD_RUN.finditer(s.translate(_NUMBERING)):
        w = m.group(0)
        out.update([a + b for a, b in zip(w, w[1:]) if a != b])
    return frozenset(out - _STRUCTURAL)


# Citations (第三項, 第十四条) name places, not subjects: their pieces (条第, 三項) tie no texts together, so
# their characters end a word.
_NUMBERING = str.maketrans(dict.fromkeys("第〇一二三四五六七八九十百千", " "))


class _Vocabulary:
    """Which words the document writes often: more times than a tenth of its paragraphs, items and lines
    (counted in the whole text, in C, when asked)."""

    def __init__(self, text: str, units: int):
        self.text = text
        self.limit = _COMMON_SHARE * units
        self.known: dict[str, bool] = {}

    def particular(self, word: str) -> bool:
        hit = self.known.get(word)
        if hit is None:
            hit = self.known[word] = self.text.count(word) <= self.limit
        return hit


def _pairs(ctx: Context) -> tuple:
    """(position, sentence, position of the other copy, which of the two copies it is, what the other copy
    shares with its paragraph) for each copy out of place (part 4 of the module's account). Once per document."""
    def build():
        events = _sentence_events(ctx)
        units = [e for e in events if e[0] == "unit-sentences"]
        where: dict[str, list[tuple[int, int]]] = {}
        for ui, (_, _, sents) in enumerate(units):
            for si, (_, sent) in enumerate(sents):
                if len(sent) >= _MIN_PAIR:
                    where.setdefault(sent, []).append((ui, si))
        vocab = None
        out = []

        def rest(ui: int, si: int) -> str:  # the other sentences of the unit
            sents = units[ui][2]
            if len(sents) == 1:
                # an article of this one sentence (「第24条（説明会の開催）」): its title is what it is about
                art = ctx.article_at(sents[0][0])
                return (art.title or "") if art is not None and len(art.paragraphs) == 1 \
                    and not art.paragraphs[0].items else ""
            return "".join(t for j, (_, t) in enumerate(sents) if j != si)

        def before(ui: int, si: int) -> str:  # the text a copy follows: its sentence before, or its unit
            return units[ui][2][si - 1][1] if si else rest(ui, si)

        for sent, occ in where.items():
            if len(occ) < 2 or all(si == 0 for _, si in occ):
                continue
            if len(sent) >= _MIN_SENTENCE and not _ANAPHORA.search(sent):
                continue  # a self-contained sentence: part 3 reports its appended copies
            if any(si and units[ui][2][si - 1][1] == sent for ui, si in occ):
                continue  # written twice in a row: reported as such
            vocab = vocab or _Vocabulary(ctx.text, len(units))
            particular = vocab.particular
            words = _words(sent)
            paragraphs = [_words(rest(ui, si)) for ui, si in occ]
            contexts: dict[int, frozenset[str]] = {}

            def context(j: int) -> frozenset[str]:
                if j not in contexts:
                    contexts[j] = _words(before(*occ[j]))
                return contexts[j]

            def related(a: frozenset[str], b: frozenset[str]) -> bool:
                return any(particular(w) for w in a & b)

            # the cheap tests first: whether a word is particular (a count in the whole text) is asked last
            for k, (ui, si) in enumerate(occ):
                if si == 0:
                    continue  # a unit's first sentence stands where it was written
                others = [j for j in range(len(occ)) if j != k]
                pointer = _pointer_unanchored(ctx, sent, units[ui][2][si][0],
                                              [units[occ[j][0]][2][occ[j][1]][0] for j in others])
                if pointer is not None:
                    qi, qs = occ[others[0]]
                    out.append((units[ui][2][si][0], sent, units[qi][2][qs][0], k, pointer))
                    continue
                # words of the sentence in the paragraph of every other copy and not in this one's
                if not all((words & paragraphs[j]) - paragraphs[k] for j in others):
                    continue
                if not all(any(particular(w) for w in (words & paragraphs[j]) - paragraphs[k]) for j in others):
                    continue
                if related(words, paragraphs[k]):
                    continue  # its subject is here too
                if any(related(context(k), context(j)) for j in others):
                    continue  # it follows text related to what another copy follows: a provision that recurs
                j = others[0]
                shared = sorted(w for w in words & paragraphs[j] if particular(w))
                qi, qs = occ[j]
                out.append((units[ui][2][si][0], sent, units[qi][2][qs][0], k, _evidence(sent, shared, rest(qi, qs))))
        out.sort()
        return tuple(out)
    return ctx.memo("duplication.pairs", build)


# A pointer back at a thing named before it (かかる変更, 当該条件, 上記の期間, この形状, その組合員): the noun after it.
# (up to the conjunctions of legal writing and the suffix 等, which join nouns rather than make one: 当該株式会社及び…;
# not その他, which names the rest of a list)
_POINTER = re.compile(r"(?:かかる|当該|この|その(?!他)|上記の?|前記の?)"
                      r"(?P<n>(?:(?![及又並若等])[\u4e00-\u9fff々\u30a1-\u30faー]){2,})")
# what a pointer names without anything named before it: the document or a provision of it (この規約, 当該条項), a
# case or a limit (この場合, この限り)
_NAMED_WITHOUT_ANTECEDENT = ("場合", "限り", "規約", "約款", "規則", "規程", "規定", "契約", "条項", "条", "項", "号", "法律")


def _pointer_unanchored(ctx: Context, sent: str, pos: int, others: list[int]) -> tuple[str, str] | None:
    """(the pointer, what it names) where a sentence written at ``pos`` and at each of ``others`` points back at a
    thing (「かかる変更は、変更月の初日より効力を生じる」) that its article names before every other copy and nowhere
    before this one: the copy was pasted away from what it speaks of."""
    for m in _POINTER.finditer(sent):
        noun = m.group("n")
        if noun.endswith(_NAMED_WITHOUT_ANTECEDENT):
            continue
        keys = {noun, noun[-2:]}
        if any(key in _text_before(ctx, pos) for key in keys):
            continue
        if all(any(key in _text_before(ctx, p) for key in keys) for p in others):
            return m.group(0), noun
    return None


def _text_before(ctx: Context, pos: int) -> str:
    """The text of ``pos``'s article before it, its title included (its line's, outside articles)."""
    art = ctx.article_at(pos)
    return ctx.text[art.span[0] if art is not None else ctx.line_span(pos)[0]:pos]


def _evidence(sent: str, words: list[str], other: str) -> str:
    """The longest stretch of ``sent`` around one of ``words`` that ``other`` also holds (利用期間, not 用期)."""
    best = ""
    for w in [w for w in words if all(_WORD_CHAR.match(c) for c in w)] or words:
        a = sent.find(w)
        b = a + len(w)
        while a > 0 and _WORD_CHAR.match(sent[a - 1]) and sent[a - 1:b] in other:
            a -= 1
        while b < len(sent) and _WORD_CHAR.match(sent[b]) and sent[a:b + 1] in other:
            b += 1
        if b - a > len(best):
            best = sent[a:b]
    return best


# a kanji or katakana that may continue a word: not the conjunctions of legal writing (及び, 又は, 並びに,
# 若しくは), その他 and the suffix 等, which join words rather than make one
_WORD_CHAR = re.compile(r"(?![及又並若他等])[\u3400-\u9fff々\u30a1-\u30faー]")


def _footprint(ctx: Context, span: tuple[int, int]) -> Footprint:
    """The sentences of each unit of ``span`` (an article or a line, whose repeated paragraphs are its own
    affair), in order, and then how often its text writes each word: equal in both versions at the same
    places, they leave every sentence of the document in the same sequence, as many paragraphs, and every
    word as often (the facts)."""
    full = ctx.full
    units = full.units
    starts = full.memo("duplication.unit_starts", lambda: [u.span[0] for u in units])
    i, j = bisect.bisect_left(starts, span[0]), bisect.bisect_left(starts, span[1])
    sentences = tuple(tuple(t for _, t in e[2]) for e in _events(full.text, units[i:j]) if e[0] == "unit-sentences")
    # (and the levels of the page's headings it holds: copies under sibling headings are parallel, not pasted)
    heads = tuple(lv for off, lv in full.doc.norm.headings if span[0] <= off < span[1])
    text = full.text[span[0]:span[1]]
    return Footprint((sentences, heads), lambda: _word_counts(text))


def _word_counts(s: str) -> Counter:
    """How often ``s`` writes each word of :func:`_words` (what ``_Vocabulary`` counts in the whole text)."""
    counts: Counter = Counter()
    for m in _WORD_RUN.finditer(s.translate(_NUMBERING)):
        w = m.group(0)
        counts.update([a + b for a, b in zip(w, w[1:]) if a != b])
    return counts


def _facts(ctx: Context):
    """What a sentence finding depends on outside its unit: for each self-contained sentence the
    document writes more than once, whether each of its occurrences, in order, is appended to a unit
    (not a unit's first sentence); and each copy out of place, with what tells. The other findings are
    about one paragraph or one article."""
    def build():
        flags: dict[str, list[bool]] = {}
        for e in _sentence_events(ctx.full):
            if e[0] == "sentence":
                flags.setdefault(e[2], []).append(e[3])
        return (tuple(sorted((sent, tuple(f)) for sent, f in flags.items() if len(f) >= 2)),
                tuple(sorted((p[1], p[3], p[4]) for p in _pairs(ctx.full))),
                # a block told where it is written the second time: which copy that is depends on the other
                tuple(block for _, _, block, _ in _repeated_blocks(ctx)))
    return ctx.full.memo("duplication.facts", build)


def _sentence_before(text: str, pos: int) -> str:
    """The sentence before ``pos``, on its line or, for a copy that opens a line (after its label: every paragraph of a
    Markdown list is 「1.」), on the line before."""
    end = pos
    line_start = text.rfind("\n", 0, end) + 1
    if _LINE_LABEL.fullmatch(text, line_start, end):
        end = line_start
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    line_start = text.rfind("\n", 0, end) + 1
    return text[max(line_start, text.rfind("。", 0, max(0, end - 1)) + 1):end]


def _parallel(text: str, pos: int, other: str | int) -> bool:
    """Do the two copies follow nearly the same sentence? Parallel provisions (「【東京岩盤浴】会員は、入会月より…
    出来ます。」 and 「【ASAGAYA GRAND PILATES】会員は、入会月より…出来ます。」, each then 「休会希望月の前月10日までに…」)
    repeat a sentence after the same words; a pasted copy follows whatever sentence it was pasted after."""
    a, b = _sentence_before(text, pos), _sentence_before(text, other)
    if not (a and b):
        return False
    # (the scope each opens with differs: 【東京岩盤浴・…】 and 【ASAGAYA …】; what they then say is the same)
    tail = len(os.path.commonprefix([a[::-1], b[::-1]]))
    return tail >= max(_PARALLEL_TAIL, min(len(a), len(b)) // 2) or \
        SequenceMatcher(None, a, b, autojunk=False).ratio() >= _PARALLEL


def _caption_above(text: str, pos: int) -> tuple[str, int] | None:
    """The style and number of the labelled caption nearest above the line of ``pos`` within three lines (「（1）重要決議」
    over 「1.重要決議は、…」): a short line opening with an item's label and ending no sentence."""
    end = text.rfind("\n", 0, pos)
    for _ in range(3):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        label = match_item_label(line)
        if label is not None and label.number is not None and len(line) <= 30 and "。" not in line:
            return label.style, label.number
        end = start - 1
    return None


def _under_sibling_captions(ctx: Context, pos: int, other: int) -> bool:
    """Do the two copies stand under sibling captions of one article (「（1）重要決議」 and 「（2）通常決議」, each closing its
    provision with 「詳細…は別紙…を参照する。」)? Parallel subsections say the same thing each for its own subject."""
    a, b = _caption_above(ctx.text, pos), _caption_above(ctx.text, other)
    return a is not None and b is not None and a[0] == b[0] and a[1] != b[1] \
        and ctx.article_at(pos) is not None and ctx.article_at(pos) is ctx.article_at(other)


def _in_two_instruments(ctx: Context, pos: int, other: int) -> bool:
    """Do the two copies stand in two documents of one page, each numbering its own articles from 第1条 (an app's three
    sets of terms in one file, キャリオク利用規約 and イーキャリアFA利用規約 sharing their clause on ID misuse)? Terms of
    one company share sentences on purpose; a paste between two articles of one document is what is told."""
    a, b = ctx.article_at(pos), ctx.article_at(other)
    if a is None or b is None or a.part == b.part or "supplementary" in a.part or "supplementary" in b.part:
        return False  # (a 附則 numbers its articles from 第1条 too, the main text's own provisions)
    def first_numbers() -> dict[str, str]:
        firsts: dict[str, str] = {}
        for art in ctx.doc.all_articles():
            firsts.setdefault(art.part, art.number)
        return firsts
    firsts = ctx.memo("duplication.first_numbers", first_numbers)
    return firsts.get(a.part) == "1" and firsts.get(b.part) == "1"


def _under_other_headings(ctx: Context, pos: int, other: int, siblings: bool = False) -> bool:
    """Does a heading of the page (Markdown or HTML) stand between the two copies at a higher level than the heading right
    above the later one (「### 一時BAN」 … 「#### 処罰実施・取消可能者」 and its sentence, then 「### 永久BAN」 … the same
    caption and sentence)? Each subsection says it of its own subject, as the page lays them out side by side. With
    ``siblings``, one at the same level will do, inside one article (「##### Jail」 and its 「追加時に…jaoポイントが
    引かれます。」, then 「##### ChatJail」 and the same, both under 「#### Banの種類」): not across articles, where a
    sentence of 「## 10.」 pasted into 「## 2.」 is a slip."""
    heads = ctx.doc.norm.headings
    if not heads:
        return False
    if siblings and (ctx.article_at(pos) is None or ctx.article_at(pos) is not ctx.article_at(other)):
        return False
    a, b = sorted((pos, other))
    above = [lv for off, lv in heads if off <= b]
    if not above:
        return False
    level = above[-1]
    return any(a < off <= b and (lv <= level if siblings else lv < level) for off, lv in heads)


def _one_apart(a: str, b: str) -> bool:
    """Are two titles the same but for one character left out of one (「難度のレベルを判断する…」, 「難度レベルを判断する…」)?"""
    short, long_ = sorted((a, b), key=len)
    return short == long_ or len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1:] == short
                                                                  for i in range(len(long_)))


def _in_namesake_articles(ctx: Context, pos: int, other: int) -> bool:
    """Do the two copies stand in articles of one title (「構成に要求されるもの」), each under its own heading of a higher
    level (「リング（輪）の技術」, 「クラブ（棍）の技術」)? A rule book lays out one scheme for each of its subjects, the
    same provision in each; a sentence pasted into another article stands under another title."""
    a, b = ctx.article_at(pos), ctx.article_at(other)
    if a is None or b is None or a is b or not a.title or not b.title or not _one_apart(a.title, b.title):
        return False
    heads = ctx.doc.norm.headings
    level = next((lv for off, lv in heads if off == a.span[0] or off == b.span[0]), None)
    lo, hi = sorted((a.span[0], b.span[0]))
    return level is not None and any(lo < off < hi and lv < level for off, lv in heads)


def _under_sibling_subheadings(ctx: Context, pos: int, other: int) -> bool:
    """Does each copy stand in a subsection of its article, under a heading of the page at one level, or under the same
    heading (「### L2.2 Package SPDX Identifier」 and 「### L3.1 License Identifier」, each saying 「…一意になるように決めて
    ください。」; the field's description again under 「#### L2.2 Package SPDX Identifier」 of a worked example)? A manual's
    descriptions of parallel fields repeat one instruction for each field; a sentence of one article pasted into another
    stands under the articles' own headings, not under subsections of each."""
    heads = ctx.doc.norm.headings
    if not heads:
        return False
    starts = [off for off, _ in heads]
    text = ctx.text

    def subheading(p: int) -> tuple[int, str] | None:
        i = bisect.bisect_right(starts, p) - 1
        art = ctx.article_at(p)
        if i < 0 or art is None or heads[i][0] <= art.span[0]:
            return None  # no heading, or the article's own: no subsection
        off = heads[i][0]
        return heads[i][1], text[off:text.find("\n", off) % (len(text) + 1)].strip()

    a, b = subheading(pos), subheading(other)
    return a is not None and b is not None and (a[0] == b[0] or a[1] == b[1])


_DEFINITION_OPENS = re.compile(r"^[^「」]{0,8}「(?P<t>[^「」]{1,30})」とは")


def _closes_sibling_definitions(ctx: Context, pos: int, other: int) -> bool:
    """Does each copy close an entry of one list of definitions, each defining another term (「2.「ライフ」とは、…ポイント
    のことを指します。会員が…消費されます。」, 「3.「チケット」とは、…ポイントのことをいいます。会員が…消費されます。」)?
    Two kinds of one thing said alike, not a sentence pasted twice."""
    text = ctx.text
    a, b = _DEFINITION_OPENS.match(_sentence_before(text, pos)), _DEFINITION_OPENS.match(_sentence_before(text, other))
    return a is not None and b is not None and a.group("t") != b.group("t") \
        and ctx.article_at(pos) is ctx.article_at(other)


# a blank left to fill in (●, ○○, ＿＿): a text with this many is a form's fields
_BLANK_MARK = re.compile(r"[●○〇◯×]+|＿{2,}|_{3,}")
_FORM_BLANKS = 3


def _sentence_findings(ctx: Context):
    """A self-contained sentence appended to a unit (not its first sentence) that occurs elsewhere too."""
    where_first: dict[str, int] = {}
    appended: list[tuple[str, int]] = []
    for e in _sentence_events(ctx):
        if e[0] == "unit":
            _, pos, body, first = e
            if _under_other_headings(ctx, pos, first) or len(_BLANK_MARK.findall(body)) >= _FORM_BLANKS:
                continue  # (「名称● 住所● 出資の目的及びその価額金銭金●円」 for each of two partners: a form's fields,
                # repeated for each one who fills them in)
            yield ctx.finding(
                "duplication", (pos, pos + len(body)),
                f"{_where(ctx, first)}と同じ文言が繰り返されています。貼り付けの誤りではありませんか。",
                f"The same text as {_where(ctx, first)} is repeated in the same article: pasted twice?",
                excerpt=body,
            )
        elif e[0] == "line":
            _, pos, body = e
            yield ctx.finding(
                "duplication", (pos, pos + len(body)),
                "前の項目と同じ文言が、番号だけ変えて繰り返されています。貼り付けの誤りではありませんか。",
                "The entry before is repeated word for word under the next label: pasted twice?",
                excerpt=body,
            )
        elif e[0] == "row":
            _, pos, sent = e
            yield ctx.finding(
                "duplication", (pos, pos + len(sent)),
                "同じ文が続けて2回書かれています。", "The same sentence is written twice in a row.",
                excerpt=sent,
            )
        elif e[0] == "clause-row":
            _, pos, clause = e
            yield ctx.finding(
                "duplication", (pos, pos + len(clause)),
                f"同じ語句（「{clause}」）が続けて2回書かれています。",
                f"The same clause (「{clause}」) is written twice in a row.",
                excerpt=clause, suggestion="",
            )
        elif e[0] == "row-subject":
            _, pos, sent, previous = e
            subject = previous[:len(previous) - len(_after_subject(previous))].rstrip("、，")
            yield ctx.finding(
                "duplication", (pos, pos + len(sent)),
                f"前の文と主語（「{subject}」）だけが違う同じ文が続けて書かれています。同じ当事者の別名なら一方は重複です"
                "（別の当事者なら両者を主語にした一文にまとめられます）。",
                f"The sentence repeats the one before it with only its subject (「{subject}」) changed: a duplicate if both "
                "name the same party (one sentence with both as subject if not).",
                # two parties may be bound alike in two sentences (会員は、…解約できる。当社は、…解約できる。): which it is,
                # only the reader who knows who the subjects are can tell
                excerpt=sent, severity="info",
            )
        elif e[0] == "sentence":
            _, pos, sent, is_appended = e
            where_first.setdefault(sent, pos)
            if is_appended:
                appended.append((sent, pos))
    copies = []
    for sent, pos in appended:
        first = where_first[sent]
        if first == pos:
            # the first copy too is told, naming the second: which of the two was pasted out of place only the reader
            # can tell, and each finding must stand on the copy it may be
            other = [p for s, p in appended if s == sent and p != pos]
            if not other:
                continue
            first = other[0]
        copies.append((sent, pos, first))
    for sent, pos, first in copies:
        if _in_namesake_articles(ctx, pos, first):
            # the same provision in each subject's scheme; a copy elsewhere (in another article of its own scheme) is
            # still one written twice
            first = next((m.start() for m in re.finditer(re.escape(sent), ctx.text)
                          if m.start() != pos and ctx.article_at(m.start()) is not ctx.article_at(pos)
                          and not _in_namesake_articles(ctx, pos, m.start())), None)
            if first is None:
                continue
        if _in_two_instruments(ctx, pos, first) or _parallel(ctx.text, pos, first) \
                or _under_sibling_captions(ctx, pos, first) \
                or _closes_sibling_definitions(ctx, pos, first) \
                or _under_other_headings(ctx, pos, first, siblings=True) \
                or _opening_and_closing(ctx, pos, first, len(sent)) \
                or any(_under_sibling_subheadings(ctx, pos, p) for s, p in appended if s == sent and p != pos):
            continue  # (a sentence a manual repeats under each field's subsection: parallel to one copy, of a series)
        yield ctx.finding(
            "duplication", (pos, pos + len(sent)),
            f"同じ文が{_where(ctx, first)}にもあります。貼り付けの誤りではありませんか。",
            f"The same sentence also occurs at {_where(ctx, first)}: pasted twice?",
            excerpt=sent,
        )
    for pos, sent, other, _, evidence in _pairs(ctx):
        if _under_other_headings(ctx, pos, other, siblings=True) or _in_two_instruments(ctx, pos, other):
            continue
        where = _where(ctx, other)
        if isinstance(evidence, tuple):  # a pointer at what only the other copy's article names before it
            pointer, noun = evidence
            yield ctx.finding(
                "duplication", (pos, pos + len(sent)),
                f"同じ文が{where}にもあります。この文の「{pointer}」が指す「{noun}」は、そちらでは前に書かれていますが、"
                "ここではこの条のどこにも先に出てきません。貼り付けの誤りではありませんか。",
                f"The same sentence stands at {where}, where 「{noun}」, which its 「{pointer}」 points back at, is named "
                "before it; here nothing before it in the article names it: pasted twice?",
                excerpt=sent,
            )
            continue
        yield ctx.finding(
            "duplication", (pos, pos + len(sent)),
            f"同じ文が{where}にもあります。そちらでは段落の他の文（またはその条の見出し）も「{evidence}」に触れていますが、"
            "ここでは段落にこの文と共通する語がなく、前の文も別の事柄です。貼り付けの誤りではありませんか。",
            f"The same sentence stands at {where}, whose paragraph (or its article's title) also speaks of "
            f"「{evidence}」; here nothing in the paragraph shares its words, and the sentence before it is about "
            "something else: pasted twice?",
            excerpt=sent,
        )


# Part 6: an article whose whole text is another article's of the same chapter, word for word (a web 利用規約 of pub20:
# 第4条（本サービスの提供の停止等） and 第7条（サービス内容の変更等） both read 「当サービス提供者は、ユーザーに通知することなく、
# …一切の責任を負いません。」). One article was pasted over the other's text. Laws repeat whole articles only across
# chapters, for parallel regimes (the Companies Act's 第四百三十四条 and 第六百十六条, for 株式会社 and 持分会社).
_MIN_ARTICLE = 40
# a document of at most this many articles is compared across its chapters too (第5条 and 第11条 of a DAO's 総会規程,
# pub137); laws with parallel regimes run to hundreds
_FEW_ARTICLES = 60


def _identical_article_findings(ctx: Context):
    text = ctx.text
    first: dict[tuple[str | None, str, str], object] = {}
    # (a set of rules of a few dozen articles has no parallel regimes: its chapters are no bar to a paste)
    across = len(ctx.doc.articles) <= _FEW_ARTICLES
    # (chapter, part) → a line's text → (article, its lines, where the line stands) of the articles read so far
    earlier: dict[tuple, dict[str, list[tuple[object, list[str], int]]]] = {}
    for a in ctx.doc.all_articles():
        raw = text[a.heading_span[1]:a.span[1]]
        body = raw.strip()
        if len(body) < _MIN_ARTICLE:
            continue
        where = (None if across else a.chapter, a.part)
        lines = [re.sub(r"\s", "", ln) for ln in body.split("\n") if ln.strip()]
        key = (*where, "".join(lines))
        other = first.setdefault(key, a)
        start = a.heading_span[1] + len(raw) - len(raw.lstrip())
        if other is not a:
            yield ctx.finding(
                "duplication", (start, start + len(body)),
                f"{a.label}の本文は{other.label}の本文と一字一句同じです。貼り付けの誤りではありませんか。",
                f"The text of {a.label} is word for word that of {other.label}: pasted over?",
                excerpt=body[:40])
        elif len(lines) >= 2 and (other := next((b for b, ls, i in earlier.get(where, {}).get(lines[0], ())
                                                 if len(ls) > len(lines) and ls[i:i + len(lines)] == lines), None)) is not None:
            # 「2.ご予約・キャンセルについて」 whose two lines are the first two of 「1.施術について」 word for word: the whole
            # text of an article is a run of an earlier one's lines, pasted under a new heading and not rewritten
            yield ctx.finding(
                "duplication", (start, start + len(body)),
                f"{_named(a)}の本文は、{_named(other)}の本文の一部と一字一句同じです。見出しだけ変えて貼り付けたままではありませんか。",
                f"The whole text of {a.label} is word for word part of {other.label}'s: pasted under a new heading?",
                excerpt=body[:40])
        by_line = earlier.setdefault(where, {})
        for i, ln in enumerate(lines):
            by_line.setdefault(ln, []).append((a, lines, i))


def _named(a) -> str:
    return f"{a.label}（{a.title}）" if a.title else a.label


# Part 7: at least this many lines in a row (a lead sentence and its items), this long together
_BLOCK_LINES, _BLOCK_CHARS = 4, 150
# the run opens with a lead sentence of its own (「当社は、以下のいずれかの事由に…できるものとします。」): a law's
# parallel articles repeat their lists of items (「一　第一項の書面の閲覧の請求」), never a lead with them
_BLOCK_LEAD = 40


def _title_fit(title: str | None, block: str) -> int:
    """How many of the title's pairs of kanji or katakana the block writes (提供の停止 in a block 「…の提供を停止…」)."""
    words = {a + b for a, b in zip(title or "", (title or "")[1:]) if _WORD_CHAR.match(a) and _WORD_CHAR.match(b)}
    return sum(1 for w in words if w in block)


_WORD_CHAR = re.compile(r"[\u3400-\u9fff々\u30a1-\u30fa\u30fc]")


# how much of the shorter of two titles their common head and tail make, at least, for them to be parallel
_PARALLEL_TITLES = 0.6


def _parallel_titles(a: str | None, b: str | None) -> bool:
    """Do two articles' titles differ in one word only (「育児・介護のための時間外労働の制限」, 「育児・介護のための深夜業の
    制限」)? Parallel articles, one for each case, say the same procedure each for its own (a model's 第15条 and
    第16条 end on the same paragraphs of when the restriction ends)."""
    if not a or not b or a == b:
        return False
    head = len(os.path.commonprefix([a, b]))
    tail = len(os.path.commonprefix([a[head:][::-1], b[head:][::-1]]))
    return head + tail >= _PARALLEL_TITLES * min(len(a), len(b))


# a line that opens with an item's label: a run starting there is a list's tail, which parallel lists share (the
# purposes a card's issuer and its partner each use the data for, 「（4）各種キャンペーン等の当選…のため。」 in both)
# (a paragraph's 「1．」 opens a lead sentence: 「1．当社は、以下のいずれかの事由に…」)
_ITEM_LINE = re.compile(r"[（(](?:[0-9０-９]{1,2}|[a-zA-Zａ-ｚ]|[一二三四五六七八九十]{1,3})[)）]|[・•\-]|[\u2460-\u2473]")


def _in_a_parallel_run(places: list[int], at: int) -> bool:
    """Is ``at`` one of three places or more in a row among ``places`` (sorted)?"""
    if at not in places:
        return False
    k = places.index(at)
    lo = hi = k
    while lo > 0 and places[lo - 1] == places[lo] - 1:
        lo -= 1
    while hi + 1 < len(places) and places[hi + 1] == places[hi] + 1:
        hi += 1
    return hi - lo + 1 >= 3


def _copied_block_findings(ctx: Context):
    """Part 7: a paragraph's lead and its items, four lines or more in a row, written word for word in an earlier
    article of the same chapter whose text is otherwise its own (第11条（禁止事項） opening with 第12条（本サービスの提供の
    停止等）'s lead and six items, its own list after them): one article's text pasted into another. The articles of a
    law repeat such runs only across chapters (parallel regimes), as part 6 says of whole articles."""
    text = ctx.text
    seen: dict[tuple, tuple[object, int]] = {}  # (chapter, part, a line's text) → (article, line index) first written
    bodies = []
    for a in ctx.doc.all_articles():
        start = a.heading_span[1]
        lines, pos = [], start
        for ln in text[start:a.span[1]].split("\n"):
            if ln.strip():
                lines.append((pos, ln.strip()))
            pos += len(ln) + 1
        bodies.append((a, lines))
    whole = Counter((a.chapter, a.part, tuple(t for _, t in lines)) for a, lines in bodies)
    # the articles (by their place) each line stands in: a block three articles in a row repeat is the procedure
    # parallel articles share (時間外勤務の制限, 所定外勤務の制限 and 深夜業の制限, each ending on when the restriction
    # ends), not a paste; the same block in an article apart from them is still one
    articles_with: dict[tuple, list[int]] = {}
    for k, (a, lines) in enumerate(bodies):
        for key in {(a.chapter, a.part, t) for _, t in lines}:
            articles_with.setdefault(key, []).append(k)
    place = {id(a): k for k, (a, _) in enumerate(bodies)}
    for a, lines in bodies:
        if whole[(a.chapter, a.part, tuple(t for _, t in lines))] > 1:
            continue  # the whole article twice: part 6's
        k = 0
        while k < len(lines):
            first = seen.get((a.chapter, a.part, lines[k][1]))
            if first is None or first[0] is a:
                k += 1
                continue
            other, j = first
            other_lines = next(ls for b, ls in bodies if b is other)
            n = 0
            while (k + n < len(lines) and j + n < len(other_lines)
                   and lines[k + n][1] == other_lines[j + n][1]):
                n += 1
            lead = lines[k][1]
            if n >= _BLOCK_LINES and sum(len(t) for _, t in lines[k:k + n]) >= _BLOCK_CHARS \
                    and len(lead) >= _BLOCK_LEAD and lead.endswith("。") and not _parallel_titles(a.title, other.title) \
                    and not _ITEM_LINE.match(lead) \
                    and not all(_in_a_parallel_run(articles_with[(a.chapter, a.part, lead)], place[id(x)])
                                for x in (a, other)):
                block = "".join(t for _, t in lines[k:k + n])
                # told where it does not belong: in the article whose title the block's words fit less
                here, there, at = (a, other, lines[k:k + n])
                if _title_fit(other.title, block) < _title_fit(a.title, block):
                    here, there, at = other, a, other_lines[j:j + n]
                s, e = at[0][0], at[-1][0] + len(at[-1][1])
                yield ctx.finding(
                    "duplication", (s, e),
                    f"{here.label}の{n}行（「{lead[:20]}…」から）は{there.label}の本文と一字一句同じです。他の条の"
                    f"文を貼り付けたものではありませんか。",
                    f"{n} lines of {here.label} (from 「{lead[:20]}…」) are word for word {there.label}'s: pasted from "
                    f"another article?",
                    excerpt=lead[:40])
                k += n
                continue
            k += 1
        for i, (_, t) in enumerate(lines):
            seen.setdefault((a.chapter, a.part, t), (a, i))


def _ends_its_line(text: str, end: int) -> bool:
    nl = text.find("\n", end)
    return text[end:nl if nl >= 0 else len(text)].strip(" \u3000") == ""


def _opening_and_closing(ctx: Context, a: int, b: int, n: int) -> bool:
    """Is one copy (``n`` characters at ``a`` and at ``b``) before the first article and the other after the last,
    one of them closing its paragraph (「…ご検討している方々のご参考になれば幸いです」 closing the page's introduction and
    its last words)? A page that says at its end what it said at its start echoes itself on purpose; a sentence
    pasted into the middle of the introduction (a severability clause between two sentences of a summary) closes
    nothing."""
    if not any(_ends_its_line(ctx.text, p + n) for p in (a, b)):
        return False
    arts = list(ctx.doc.all_articles())
    if not arts:
        return False
    first = min(x.span[0] for x in arts)
    # (the last words: after the last article, or in the last paragraph of it, where a page's closing sentence falls)
    last = min(max(x.span[1] for x in arts), max((u.span[0] for u in ctx.units if u.kind == "paragraph"), default=0))
    lo, hi = min(a, b), max(a, b)
    return lo < first and hi >= last


def _where(ctx: Context, pos: int) -> str:
    from . import location_label
    probe = ctx.finding("duplication", (pos, pos + 1), "", "")
    return location_label(ctx.doc, probe)


# A full stop or comma typed twice (送られてきます。。), or one right after the other (「また、。ノミ・ダニ」): no
# Japanese writing puts two of them together; the ellipsis and the dash (……, ――) are other characters. The first is
# kept: the second is the slip (「また、ノミ」, 「…とする。次に」).
_DOUBLED_MARK = re.compile(r"([。、，．])[。、，．]+")


def _doubled_mark_findings(ctx: Context):
    text = ctx.text
    for m in _DOUBLED_MARK.finditer(text):
        mark, marks = m.group(1), m.group(0)
        if len(set(marks)) == 1 and len(marks) >= 3:
            continue  # 「習い事は土日だけ．．．」: an ellipsis typed with stops, on purpose (two are a slip, three a pause)
        if len(set(marks)) == 1:
            ja, en = f"「{mark}」が{len(marks)}つ続いています。", f"「{mark}」 typed {len(marks)} times in a row."
        else:
            ja, en = f"句読点「{marks}」が続いています。", f"Punctuation marks 「{marks}」 in a row."
        yield ctx.finding(
            "duplication", m.span(), ja, en,
            suggestion=mark, excerpt=text[max(ctx.line_span(m.start())[0], m.start() - 8):m.end()],
        )


# one kanji typed twice at the end of a compound (「搬入時期期」): no word of the dictionary, of law text or of the document
# (closing the compound: before other kanji the second copy opens a word of its own, 同窓会|会則, 契約|約款, 駐車|車両)
_DOUBLED_KANJI = re.compile(r"(?<=[\u4e00-\u9fff])([\u4e00-\u9fff])\1(?![\u4e00-\u9fff々])")


def _doubled_kanji_findings(ctx: Context):
    text = ctx.text
    law_pairs = None
    for m in ctx.finditer(_DOUBLED_KANJI):
        x, pair = m.group(1), m.group(0)
        if x in NUMERAL_KANJI or x in CONJUNCTION_KANJI or is_known_word(pair) or text.count(pair) > 1:
            continue  # (日日, 人人: words; 十十: a number; 普及及び: the conjunction after a word ending in its kanji)
        if law_pairs is None:
            law_pairs = model()["kanji_pairs"]
        if pair in law_pairs:
            continue
        yield ctx.finding(
            "duplication", (m.start() + 1, m.end()),
            f"「{x}」が2回続いています（「{text[max(0, m.start() - 3):m.end()]}」）。",
            f"「{x}」 typed twice in a row: 「{text[max(0, m.start() - 3):m.end()]}」.",
            suggestion=x, excerpt=text[max(ctx.line_span(m.start())[0], m.start() - 4):m.end() + 3])


def _doubled_ru_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(DOUBLED_RU):
        t = ctx.token_at(m.start())
        if t is not None and t.pos == "副詞":
            continue
        s = m.start() - 1
        yield ctx.finding(
            "duplication", (s, m.end()),
            f"「る」が2回続いています（「{text[max(0, s - 3):m.end()]}」）。",
            f"「る」 typed twice in a row: 「{text[max(0, s - 3):m.end()]}」.",
            suggestion=text[s:m.end() - 1], excerpt=text[max(ctx.line_span(s)[0], s - 6):m.end() + 3])





# a company's legal form written both before and after its name (「株式会社三井住友カード株式会社」): a name bears its
# form on one side only (前株 or 後株); the writer added the other. A name of kanji, katakana and Latin letters only: a
# law's generic 「株式会社がその…株式会社」 has kana between, and two characters at least (「合同会社ロ合名会社」: a list label).
_FORM = r"(?:株式会社|有限会社|合同会社|合名会社|合資会社)"
# (not two companies listed with ・, 「佐川急便株式会社・ヤマト運輸株式会社」: the first's form, then the second's name)
_FORM_TWICE = re.compile(rf"{_FORM}(?![・&＆])(?:[\u4e00-\u9fff々\u30a1-\u30fcA-Za-zＡ-Ｚａ-ｚ0-9０-９・&＆]{{2,25}}){_FORM}")


def _form_twice_findings(ctx: Context):
    for m in ctx.finditer(_FORM_TWICE):
        yield ctx.finding(
            "duplication", m.span(),
            f"「{m.group(0)}」: 会社の種類が名前の前後に重複しています。登記上の商号のとおり、前後どちらか一方にします。",
            f"「{m.group(0)}」: the company's legal form stands both before and after its name; its registered name has it "
            f"on one side only.",
            excerpt=m.group(0))


_PROVISO = re.compile(r"[ \u3000]*(?:ただし|但し)")


def _second_proviso_findings(ctx: Context):
    """Part 5: the second sentence of a paragraph or item that opens with ただし (not a copy of another sentence of
    it: that is part 2's)."""
    for e in _sentence_events(ctx):
        if e[0] != "unit-sentences":
            continue
        sents = e[2]  # (position, sentence) of the unit, stripped, its label taken off
        opens = [bool(_PROVISO.match(sent)) for _, sent in sents]
        # a proviso right after a proviso: a provision's own sentences between two provisos (「…帰属するものとします。
        # 但し、…。当該使用権は、…。但し、…。」) make each the proviso of its own sentence
        second = next((k for k in range(1, len(sents)) if opens[k] and opens[k - 1]), None)
        if second is None:
            continue
        pos, shown = sents[second]
        if sum(1 for _, other in sents if other == shown) > 1:
            continue
        yield ctx.finding(
            "duplication", (pos, pos + len(shown)),
            "この項にはただし書が2つあります（ただし書は一つの規定に一つ）。二つ目がどの文の例外かが読み取れません。"
            "一つにまとめるか、別の文・項に分けてください。",
            "A second proviso (ただし…) in one paragraph: a provision has one, and which sentence this one qualifies "
            "is unclear; merge them or set the second apart.",
            excerpt=shown,
        )


# Part 9: nouns each followed by 、 (「複製、複写、複製、販売」): runs of kanji or katakana of two characters or more. The
# noun after the last 、 is left out: it may begin a phrase (暴力団、暴力団員、暴力団員でなくなった時から…; ライセンス、販売、
# 販売のための申込み), and so may a noun followed by の (第百四十八条、第百四十八条の二)
_ENUMERATION = re.compile(r"(?<![\u4e00-\u9fff々\u30a1-\u30ffー])(?:[\u4e00-\u9fff々\u30a1-\u30ffー]{2,}、){2,}")


# the last noun of an enumeration, where what follows closes the list (等, その他, について…, が生じ): not the head of a
# clause the last noun opens (暴力団員でなくなった時から, 販売のための)
_KANJI_PAIR_DOT = re.compile(r"[\u4e00-\u9fff々]{2,}(?:・[\u4e00-\u9fff々]{2,})+")
_LAST_ITEM = re.compile(r"[\u4e00-\u9fff々\u30a1-\u30ffー]{2,}(?=等|など|その他|に(?:おき|つき|つい|関し|関す)|が(?:生じ|発生|あっ))")


def _listed_twice_findings(ctx: Context):
    """Part 9: the same noun twice in one enumeration of nouns joined by 、 (「…を複製、複製、または再利用」「複製、複写、
    複製、販売」): a list names each thing once. The nouns of the run only, whole (暴力団、暴力団員 are two)."""
    text = ctx.text
    for m in ctx.finditer(_ENUMERATION):
        items = m.group(0).split("、")[:-1]
        if (last := _LAST_ITEM.match(text, m.end())) is not None:
            items.append(last.group(0))  # 「盗難・紛失、毀損、紛失におきましては」: the last noun, closed by what the list is
        seen: set[str] = set()
        pos = m.start()
        before = ctx.token_at(m.start() - 1) if m.start() else None
        if before is not None and before.pos in ("動詞", "助動詞", "形容詞"):
            # 「曖昧性を解消させる文脈、語彙、文脈に関して…問題文」: the first noun heads the clause before it, a thing of its
            # own, not the bare noun a later item repeats
            pos += len(items[0]) + 1
            items_seen = items[1:]
        else:
            items_seen = items
        for item in items_seen:
            # (「ガイドライン等、特約、ガイドライン」: 等 closes a noun of the list, it names no other thing)
            noun = item[:-1] if item.endswith("等") and len(item) > 2 else item
            if _KANJI_PAIR_DOT.fullmatch(noun):
                seen.update(noun.split("・"))  # 「盗難・紛失、毀損、紛失」: two nouns of the list joined by ・
                pos += len(item) + 1
                continue
            if noun in seen:
                yield ctx.finding(
                    "duplication", (pos, pos + len(item)),
                    f"列挙の中で「{noun}」が2回挙げられています（「{'、'.join(items)}」）。",
                    f"「{noun}」 is listed twice in one enumeration: 「{'、'.join(items)}」.",
                    excerpt=text[max(ctx.line_span(m.start())[0], m.start() - 4):m.end() + 4])
                break
            seen.add(noun)
            pos += len(item) + 1


# A citation whose number and counter are written again without 第 (「第五十五条五十五条第四項」): no citation names one
# number twice; a paragraph or item after an article is written without its 第 (第三十条三項), never the article's own
# number again. No text of the corpus writes one.
_CITATION_TWICE = re.compile(r"第(?P<n>[0-9０-９〇一二三四五六七八九十百千]+[条項号])(?P=n)")

# a polite ending typed twice (「お問い合わせくださいください」): a request or a courtesy is said once; no text of the
# corpus doubles one (ますます, more and more, is an adverb of its own and no ending here)
_DOUBLED_POLITE = re.compile(r"(?P<n>ください|下さい|いたします|致します|いただきます|頂きます|ございます)(?P=n)")


def _written_twice_findings(ctx: Context):
    """A citation's number and counter written again (_CITATION_TWICE), a polite ending typed twice (_DOUBLED_POLITE):
    the second copy, to be taken out."""
    text = ctx.text
    for m in (m for rx in (_CITATION_TWICE, _DOUBLED_POLITE) for m in ctx.finditer(rx)):
        n = m.group("n")
        yield ctx.finding(
            "duplication", (m.end("n"), m.end()),
            f"「{n}」が繰り返されています（「{m.group(0)}」）。", f"「{n}」 is written twice: 「{m.group(0)}」.",
            suggestion="", excerpt=text[max(ctx.line_span(m.start())[0], m.start() - 4):m.end() + 4])


# the same noun (or noun phrase of two nouns joined by の) named twice side by side, joined by ・ or 、 (「録画・録画・撮影記
# 録」, 「旅行サービスの内容、旅行サービスの内容について」): two items of a list are never one thing. The second copy closes
# an item (the list goes on or ends there, also with その他 as in 「旅行日程、旅行サービスの内容、旅行サービスの内容その他の
# 契約内容」): one that opens a phrase names another thing (「定款、定款の定め」, 「暴力団員、
# 暴力団員でなくなった時から」, 「不正アクセス、不正アクセスを試みる行為」). Katakana of two letters may be a name's
# syllables (エヌ・ティ・ティ). The first copy opens a compound, or follows a determiner that names no other thing
# (「当該製品・製品・サービス」; 準決勝・決勝 names two rounds).
_TWICE_BODY = (r"(?P<x>[\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{2,}(?:の[\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{2,})?)[・、](?P=x)"
               rf"(?=[・、。]|等|など|その他|について|に関|{JOINING_CONJUNCTIONS}|や)")
_NEIGHBOUR_TWICE = re.compile(r"(?<![\u4e00-\u9fff々\u30a1-\u30fa\u30fc])" + _TWICE_BODY)
# (after a determiner: opened on the determiner, a literal the regex engine skips to)
_NEIGHBOUR_TWICE_AFTER = re.compile(r"(?:当該|上記|前記)" + _TWICE_BODY)


# a noun and its case particle written again after the comma that closes them (「会員が、会員が当社役職員…」): one clause
# has one subject, one object; a noun marked for the same case twice in a row is the phrase typed twice (the corpus of
# bylaws, laws and terms has none)
# (found from the particle and its comma, then back over the noun: a pattern opening on the noun's class is tried at
# every character of a law)
_CASE_THEN_COMMA = re.compile(r"[がはをに][、，]")
_COMPOUND_CHAR = re.compile(r"[\u4e00-\u9fff々\u30a1-\u30fa\u30fc]")
_LONGEST_SUBJECT = 12


def _neighbour_twice_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_CASE_THEN_COMMA):
        start = m.start()
        while start > 0 and m.start() - start < _LONGEST_SUBJECT and _COMPOUND_CHAR.match(text, start - 1):
            start -= 1
        if start == m.start() or (start > 0 and _COMPOUND_CHAR.match(text, start - 1)):
            continue  # (no noun before the particle, or one longer than a subject is)
        x = text[start:m.start() + 1]
        if not text.startswith(x, m.end()):
            continue
        written = text[start:m.end() + len(x)]
        yield ctx.finding(
            "duplication", (m.end(), m.end() + len(x)),
            f"「{x}」が続けて2回書かれています（「{written}」）。",
            f"「{x}」 is written twice in a row: 「{written}」.",
            suggestion="", excerpt=written)
    for m in chain(ctx.finditer(_NEIGHBOUR_TWICE), ctx.finditer(_NEIGHBOUR_TWICE_AFTER)):
        x = m.group("x")
        if len(x) < 3 and not re.search(r"[\u4e00-\u9fff々]", x):
            continue
        start = m.start("x")
        yield ctx.finding(
            "duplication", (m.end("x") + 1, m.end()),
            f"「{x}」が続けて2回挙げられています（「{text[start:m.end()]}」）。",
            f"「{x}」 is named twice side by side: 「{text[start:m.end()]}」.",
            excerpt=text[max(ctx.line_span(start)[0], start - 4):m.end() + 4])


_REPEATED_BLOCK_CHARS = 30
_JAPANESE = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")


def _heading_line(doc, pos: int) -> bool:
    """Is the normalized line at ``pos`` a Markdown heading (「#」) in the source? (A web page's title in its <h1> and
    again over its content, <h1>定款</h1>…<h2>定款</h2>, is the page's layout, not a line typed twice.)"""
    return doc.source.format == "markdown" and _md_heading_mark(doc.source.text, doc.norm.source_span((pos, pos + 1))[0]) is not None


def _repeated_blocks(ctx: Context) -> list[tuple[int, int, str, int]]:
    """Part 8: (start, end, text, lines) of each second copy of lines outside the articles written twice in a row (blank
    lines between them aside), the longest run at each place."""
    full = ctx.full

    def build():
        text, doc = full.text, full.doc
        lines, pos = [], 0  # (start, stripped text) of the lines that hold text
        for ln in text.split("\n"):
            if ln.strip():
                lines.append((pos, ln.strip()))
            pos += len(ln) + 1
        ids = [t for _, t in lines]
        following: dict[str, int] = {}
        nxt = [0] * len(ids)
        for i in range(len(ids) - 1, -1, -1):
            nxt[i] = following.get(ids[i], -1)
            following[ids[i]] = i
        out, i = [], 0
        while i < len(ids):
            k = nxt[i] - i
            if nxt[i] > 0 and i + 2 * k <= len(ids) and ids[i:i + k] == ids[i + k:i + 2 * k]:
                copy = lines[i + k:i + 2 * k]
                block = "".join(t for _, t in copy)
                heading = k == 1 and _heading_line(doc, copy[0][0])  # 「# Le’memo 利用規約」 twice: the title typed again
                if (heading or len(_JAPANESE.findall(block)) >= _REPEATED_BLOCK_CHARS) \
                        and not any(full.article_at(p) is not None for p, _ in copy):
                    out.append((copy[0][0], copy[-1][0] + len(copy[-1][1]), block, k))
                    i += 2 * k
                    continue
            i += 1
        return out
    return full.memo("duplication.repeated_blocks", build)


def _repeated_block_findings(ctx: Context):
    for s, e, block, n in _repeated_blocks(ctx):
        first = ctx.full.text[s:ctx.full.line_span(s)[1]].strip()
        yield ctx.finding(
            "duplication", (s, e),
            f"「{first}」から始まる{n}行が、直前の{n}行とまったく同じ内容でもう一度書かれています。貼り付けの重複と思われます。",
            f"The {n} lines starting 「{first}」 are written again right after themselves, word for word: pasted twice.",
            excerpt=first)


@rule("duplication", "warning", "重複した語句・文", "repeated phrase or sentence", facts=_facts,
      footprint=_footprint)
def duplication(ctx: Context):
    yield from _phrase_findings(ctx)
    if comparison_table(ctx):
        # 新旧対照表: each amended provision stands twice, before and after, on purpose; slips within a line still count
        yield from _doubled_mark_findings(ctx)
        return
    # on a diff's changed units, the sentences of the whole document (a finding outside them is dropped)
    yield from _sentence_findings(ctx.full)
    yield from _identical_article_findings(ctx.full)
    yield from _copied_block_findings(ctx.full)
    yield from _repeated_block_findings(ctx)
    yield from _listed_twice_findings(ctx)  # a matter of its sentence alone
    yield from _written_twice_findings(ctx)  # a matter of its line alone
    yield from _neighbour_twice_findings(ctx)  # a matter of its line alone
    yield from _doubled_mark_findings(ctx)  # a mark typed twice is a matter of its line alone
    yield from _doubled_kanji_findings(ctx)  # a kanji typed twice, likewise
    yield from _doubled_ru_findings(ctx)
    yield from _form_twice_findings(ctx)  # a matter of its line alone
    yield from _second_proviso_findings(ctx)  # a matter of its paragraph alone
    yield from near_duplicate_findings(ctx, _sentence_events(ctx.full))  # a matter of its article alone
    yield from repeated_line_findings(ctx)  # a matter of its article alone
    yield from subsumed_item_findings(ctx)  # a matter of its article alone
