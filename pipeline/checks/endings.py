"""sentence-unterminated: a paragraph whose sentence ends without 「。」 in a document that closes its sentences with one.

「理事長及び副理事長は、理事の互選とする」, 「その業務を総理する」 (three paragraphs of one NPO 定款, among hundreds
closed by 。): the period was lost in editing. Legal prose closes every sentence with 「。」, so a paragraph whose
text ends in a sentence-final predicate (…とする, …しなければならない, …できる, …します) and has none is a slip, when the
document closes at least nine in ten such paragraphs (and at least ten) with 「。」. Items are held to the same only
where the document closes its items' sentences that way: lists often end their items without 。, as a style.
Text that ends in a noun, a colon or a list lead is no sentence end and says nothing; nor does a note in brackets
closing a unit (「…行為（発言内容は含みません）」), a table row, or a Markdown heading written as a sentence.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import grammar
from . import Context, cut_off_at, rule, text_end
from .placeholders import under_examples_lead

# the end of a sentence's predicate, as legal prose ends one (plain or polite style)
_PREDICATE_END = re.compile(
    r"(?:する|しない|できる|できない|ならない|される|されない|られる|られない|ある|いる|なる|ない|おく|負う|従う|行う|"
    r"定める|掲げる|妨げない|ものとする|限りでない|ます|ません|です|でした|ました|置く|設ける|含む|及ぶ|生じる|による)$")
# what may follow the 。 at the end of a unit: a closing bracket or quote
_TRAILING = re.compile(r"[）)」』\]】]+$")
_CLEAR_SHARE, _MIN_UNITS, _FEW_UNITS = 0.9, 10, 5
# the period of Japanese prose, and the full stop of those who write 「，」 and 「．」 (a university's 会則)
_PERIODS = ("。", "．")


def _heading_line(ctx: Context, pos: int) -> bool:
    """Is the source line of ``pos`` a Markdown heading (「### 本サービスの使用による結果には、皆様が責任を負います」)?
    A heading that reads as a sentence is still a heading, and headings take no 。."""
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    at = offsets[pos]
    return src[src.rfind("\n", 0, at) + 1:at + 1].lstrip(" \u3000").startswith("#")


def _endings(ctx: Context, kind: str) -> tuple[list[tuple[int, int]], int]:
    """(span of each unit of ``kind`` that ends in a predicate without 。, how many end in one with 。)."""
    def build():
        text = ctx.text
        open_, closed = [], 0
        for u in ctx.full.units:
            if u.kind != kind:
                continue
            raw = text[u.span[0]:u.span[1]].rstrip()
            body = _TRAILING.sub("", raw)
            if body.endswith(_PERIODS):  # (「．」 for those who write 「，」「．」)
                closed += _PREDICATE_END.search(body[:-1]) is not None
            elif len(body) < len(raw) or "|" in raw[-40:]:
                continue  # 「…行為（発言内容は含みません）」: the predicate is a note's, the sentence ends in 行為; a table cell
            elif _PREDICATE_END.search(body) and "\n" not in body[-20:] and not _heading_line(ctx, u.span[0] + len(body) - 1) \
                    and not _ends_in_list_entry(body) and not _footnote_line(ctx, u.span[0] + len(body) - 1):
                open_.append((u.span[0], u.span[0] + len(body)))
        return open_, closed
    return ctx.full.memo(f"endings.{kind}", build)


_FOOTNOTE = re.compile(r"[ \t]*\[\^[^\]\n]{1,20}\]:")


def _footnote_line(ctx: Context, pos: int) -> bool:
    """Does ``pos`` stand on a Markdown footnote's definition (「[^7]: 例えば…と言ったりします」)? A translator's notes
    end without 。 by their own habit, which says nothing of the articles' sentences (pub147)."""
    if ctx.doc.source.format != "markdown":
        return False
    src, at = ctx.doc.source.text, ctx.doc.norm.offsets[pos]
    return bool(_FOOTNOTE.match(src, src.rfind("\n", 0, at) + 1))


# the label of an entry of a lettered or bulleted list, where the structure keeps it in its paragraph (「    b. 資金提供…」)
_LETTER_LABEL = re.compile(r"[ \u3000]*[a-zA-Zａ-ｚＡ-Ｚ][.．)）][ \u3000]?(?=\S)")


def _ends_in_list_entry(body: str) -> bool:
    """Does a unit end in an entry of a list it holds (its last line, not its first, starts with a list label)? The
    entries of such a list (「a. 反社会的勢力等…である」「b. …関与を行っている」) end without 「。」 as a list's may."""
    cut = body.rfind("\n")
    if cut < 0:
        return False
    last = body[cut + 1:]
    return bool(_LETTER_LABEL.match(last)) or grammar.match_item_label(last.lstrip(" \u3000")) is not None \
        or grammar.match_paragraph_number(last.lstrip(" \u3000")) is not None


# A unit that stops on a case particle (「…との何らかの交流もしくは関与を」) or inside a katakana word (「…本規約に従って，本サ」)
# before the next unit: its end was lost (a line dropped in pasting, a page cut). No sentence, lead or item ends so.
_CUT_PARTICLE = re.compile(r"[^\s、，,]([をが])$")
_KATAKANA_TAIL = re.compile(r"[\u30a1-\u30fa\u30fc]+$")
_KATAKANA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]{3,}")


# a polite noun of a request and its を (ご相談を, ご協力を, お願いを): the request said without its verb, which a bullet or a
# notice's line may leave out
_POLITE_REQUEST = re.compile(r"[ごお御][\u4e00-\u9fff]{1,4}を$")


# what opens a unit of its own rather than the rest of a sentence: a label, a bullet, a heading
_OPENS_A_UNIT = re.compile(r"[ \u3000]*(?:[(（]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．、]|[①-⑳]|[・•\-■●◆□◇※*#【]|第)")


def _cut_units(ctx: Context):
    text = ctx.text
    words = ctx.full.memo("endings.katakana_words", lambda: Counter(_KATAKANA_WORD.findall(text)))
    # (a paragraph, an item or a line of the preamble; not the lines of an annex or of what follows the articles, a
    # table's cells among them, wrapped where their width ends)
    first = min((a.span[0] for a in ctx.doc.articles), default=0)
    units = [u for u in ctx.full.units if u.kind in ("paragraph", "item") or (u.kind == "line" and u.span[0] < first)]
    soft = set(ctx.doc.source.line_breaks)  # lines a <br> starts: the block goes on («…商品券」を<br>お買い上げの…»)
    offsets = ctx.doc.norm.offsets
    for u, nxt in zip(units, units[1:]):
        if soft and offsets[nxt.span[0]] in soft:
            continue
        if u.kind == "line" and nxt.kind == "line" and not _OPENS_A_UNIT.match(text, nxt.span[0]):
            continue  # 「この利用規約（…）は、花とカフェ（…）が」⏎「このウェブサイト上で提供する…」: a preamble wrapped by hand
        body = text[u.span[0]:u.span[1]].rstrip()
        if not body or "|" in body[-40:]:
            continue
        end = u.span[0] + len(body)
        why = None
        if _POLITE_REQUEST.search(body):
            continue  # 「…に基づき脱退・休止のご相談を」: a request with its ください left unsaid (ご協力を, ご理解を), as a bullet may
        if m := _CUT_PARTICLE.search(body):
            t = ctx.token_at(end - 1)
            if t is not None and t.pos == "助詞" and t.start == end - 1:
                why = f"助詞「{m.group(1)}」"
        elif (k := _KATAKANA_TAIL.search(body)) and (frag := k.group(0)) not in words:
            whole = [w for w, n in words.items() if w.startswith(frag) and len(w) > len(frag) and n >= 3]
            if whole:
                why = f"語の途中（「{frag}」、この文書は「{max(whole, key=words.get)}」と書いています）"
        if why is None:
            continue
        if ctx.scope is not None and not any(a <= end - 1 < b for a, b in ctx.scope):
            continue
        tail = text[max(u.span[0], end - 12):end]
        yield ctx.finding(
            "sentence-unterminated", (end - 1, end),
            f"文が{why}で途切れたまま次の項目に移っています（「…{tail}」）。続きの文が欠けていませんか。",
            f"The text stops mid-sentence (「…{tail}」) before the next unit: its rest is missing.",
            excerpt=tail)


def _own_line(unit: str) -> str:
    lines = [ln.strip() for ln in unit.split("\n") if len(ln.strip()) > 4]
    # (a numbered caption over the text, 「4.2.1. スポンサード開発者の費用」, is the unit's title, not its sentence)
    while len(lines) > 1 and _OUTLINE_CAPTION.match(lines[0]) and not _PREDICATE_END.search(_TRAILING.sub("", lines[0])):
        lines.pop(0)
    return lines[0] if lines else unit.strip()


_OUTLINE_CAPTION = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)+[.．]?[ \u3000]+\S")


def _unpunctuated_siblings(ctx: Context, kind: str, pos: int) -> bool:
    """Do the other units of ``kind`` in the article holding ``pos`` (two at least) all end without 「。」?"""
    text = ctx.text
    units = ctx.full.units
    here = next((u for u in units if u.kind == kind and u.span[0] == pos), None)
    if here is None or here.article is None:
        return False
    # (each sibling's own line: a sentence after the list, run into its last entry, is not the entry's end; a label
    # alone on its line, 「2項」, is not the line)
    ends = [_TRAILING.sub("", _own_line(text[u.span[0]:u.span[1]])) for u in units
            if u.kind == kind and u.article is here.article and u is not here]
    return len(ends) >= 2 and not any(x.endswith(_PERIODS) for x in ends)


_BULLET_LINE = re.compile(r"[ \u3000]*[-*+・•][ \u3000]")


def _bulleted(ctx: Context, pos: int) -> bool:
    """Does the source line of ``pos`` open with a bullet (「- 」「・」)?"""
    src, at = ctx.doc.source.text, ctx.doc.norm.offsets[pos]
    return _BULLET_LINE.match(src, src.rfind("\n", 0, at) + 1) is not None


def _bullets_unpunctuated(ctx: Context) -> bool:
    """Does the document end its bullets' sentences without 「。」 (two at least, as many as it ends with one, or more)?
    Bullets are a list's entries, which a document may leave open as its style, whatever its paragraphs do."""
    def count():
        src = ctx.doc.source.text
        ends = [_TRAILING.sub("", m.group(1).rstrip(" \u3000*")) for m in
                re.finditer(r"(?m)^[ \u3000]*[-*+・•][ \u3000](.*)$", src)]
        open_ = sum(1 for e in ends if _PREDICATE_END.search(e))
        return open_ >= 2 and open_ >= sum(1 for e in ends if e.endswith(_PERIODS))
    return ctx.full.memo("endings.bullets_unpunctuated", count)


# the line after a <br> opens a sentence of its own when it starts with its subject (「ユーザーが利用料金の…」); a formal
# noun (「…を行う<br>場合は、」) goes on with the sentence the break cut
_SUBJECT_START = re.compile(r"(?!(?:場合|とき|時|こと|事|もの|者|ため|際|旨|限り|範囲|日|上)[はがも])"
                            r"[\u3400-\u9fff々\u30a1-\u30ffーA-Za-z]{1,12}[はが][、，,]?")


def _broken_line_ends(ctx: Context):
    """(start, end) of each line a <br> closes after a sentence-final predicate with no 「。」, inside a paragraph or
    item, when the next line opens a sentence of its own: 「…支払うものとします<br>ユーザーが利用料金の支払を遅滞した場合
    には…」. The unit's end is read by _endings; these are the sentences inside it."""
    if not ctx.doc.source.line_breaks:
        return
    breaks = ctx.full.memo("endings.line_breaks", lambda: frozenset(ctx.doc.source.line_breaks))
    text, offsets = ctx.text, ctx.doc.norm.offsets
    for u in ctx.units:
        if u.kind not in ("paragraph", "item") or "\n" not in text[u.span[0]:u.span[1]]:
            continue
        start = u.span[0]
        while (nl := text.find("\n", start, u.span[1])) >= 0:
            line = text[start:nl].rstrip(" \u3000")
            nxt = nl + 1
            if offsets[nxt] in breaks and _PREDICATE_END.search(line) and _SUBJECT_START.match(text, nxt) \
                    and not _heading_line(ctx, start + len(line) - 1):
                yield start, start + len(line)
            start = nxt


# the last sentence of a unit, after a closed one: long enough to be a sentence of its own (not 「以上」)
_LAST_SENTENCE = 10
# a document leaves at most this many units open, and closes this many for each one left open: no habit of its own
_FEW_OPEN, _CLOSED_PER_OPEN = 2, 4


def _unit_ends(ctx: Context) -> tuple[int, int]:
    """(paragraphs and lines outside articles that end in a predicate without 「。」, those that end with one)."""
    text, open_, closed = ctx.text, 0, 0
    for u in ctx.units:
        if u.kind in ("paragraph", "line"):
            raw = text[u.span[0]:u.span[1]].rstrip()
            if raw.endswith(_PERIODS):
                closed += 1
            elif not _TRAILING.search(raw) and _PREDICATE_END.search(raw):
                open_ += 1
    return open_, closed


def _open_after_closed(ctx: Context, told: set[tuple[int, int]]):
    """(start, end) of each paragraph or line outside articles whose last sentence ends in a predicate without 「。」
    after a sentence of its own closed with one (「…管理を行っております。…最適なサポートをご提供いたします」): the
    unit itself shows how its writer closes sentences, however few units the document has to vote."""
    text = ctx.text
    open_, closed = ctx.full.memo("endings.unit_ends", lambda: _unit_ends(ctx.full))
    if open_ > _FEW_OPEN or open_ > 1 and closed < _CLOSED_PER_OPEN * open_:
        return  # (a writer who leaves the last sentence of many paragraphs open has that habit: the vote's to tell)
    for u in ctx.units:
        if u.kind not in ("paragraph", "line"):
            continue
        raw = text[u.span[0]:u.span[1]].rstrip()
        if raw.endswith(_PERIODS) or _TRAILING.search(raw) or "|" in raw[-40:]:
            continue
        cut = raw.rfind("。")
        last = raw[cut + 1:]
        if cut < 0 or len(last.strip(" \u3000")) < _LAST_SENTENCE or "\n" in last or not _PREDICATE_END.search(last):
            continue
        end = u.span[0] + len(raw)
        if (u.span[0], end) in told or _heading_line(ctx, end - 1) or _bulleted(ctx, u.span[0] + cut + 1) \
                or _footnote_line(ctx, end - 1):
            continue
        yield u.span[0], end


# an item's text that ends as its siblings' sentences do, before their 。: a predicate, or the こと of a duty listed
_ITEM_SENTENCE_END = re.compile(rf"(?:{_PREDICATE_END.pattern[:-1]}|こと)$")
# at least this many sibling items, every one closed with 。
_CLOSED_SIBLINGS = 2


def _open_among_closed_items(ctx: Context, told: set[tuple[int, int]]):
    """(start, end) of each item whose sentence ends without 「。」 where every other item of its list (two at least)
    closes its sentence with one (「一 …指導すること。」「二 …勧告をすること。」「三 …これを実施すること」): the list
    shows how its writer closes them, whatever the document's other lists do."""
    text = ctx.text
    by_para: dict[int, list] = {}
    for u in ctx.full.units:
        if u.kind == "item" and u.paragraph is not None:
            by_para.setdefault(id(u.paragraph), []).append(u)
    for items in by_para.values():
        if len(items) <= _CLOSED_SIBLINGS:
            continue
        lines = [_own_line(text[u.span[0]:u.span[1]]).rstrip() for u in items]
        ends = [_TRAILING.sub("", line) for line in lines]
        open_ = [k for k, e in enumerate(ends) if not e.endswith(_PERIODS)]
        if len(open_) != 1 or not _ITEM_SENTENCE_END.search(ends[open_[0]]) or _TRAILING.search(lines[open_[0]]):
            continue  # (「…協議の上決定した日とする）」: a note in brackets closing the item, as _endings leaves it)
        u = items[open_[0]]
        if not ctx.in_scope(u.span[0]):
            continue
        line = _own_line(text[u.span[0]:u.span[1]]).rstrip()
        end = text.find(line, u.span[0]) + len(line)
        if (u.span[0], end) in told or _bulleted(ctx, u.span[0]) or _heading_line(ctx, end - 1):
            continue
        yield u.span[0], end


# the text's last sentence without its 。: a slip, or where a copy of the page stops (the two look alike): a note, saying so
_LAST_JA = "文書の最後の文です（写しがここで切れている場合も含みます）。"
_LAST_EN = " It is the text's last (a copy of a page may stop there)."


@rule("sentence-unterminated", "warning", "文末の句点の欠落", "sentence without its closing 。")
def sentence_unterminated(ctx: Context):
    yield from _cut_units(ctx)
    yield from _cut_off_text(ctx)
    told: set[tuple[int, int]] = set()
    text = ctx.text
    _, closed = _endings(ctx, "paragraph")
    if closed >= _MIN_UNITS:
        for s, e in _broken_line_ends(ctx):
            tail = text[max(s, e - 12):e]
            period = _period(ctx)
            yield ctx.finding(
                "sentence-unterminated", (e - 1, e),
                f"文が「{period}」で終わらないまま改行されています（「…{tail}」）。この文書は項の文を{closed}回「{period}」で"
                "終えています。",
                f"The sentence ends at a line break without 「{period}」 (「…{tail}」); the document closes {closed} such "
                "sentences with one.",
                suggestion=text[e - 1] + period, excerpt=tail,
            )
    for kind, name in (("paragraph", "項"), ("item", "号")):
        open_, closed = _endings(ctx, kind)
        # (a short text, a page's opening: one sentence left open among five closed or more is as plain a slip)
        if not open_ or (closed < _FEW_UNITS if len(open_) == 1 else
                         closed < _MIN_UNITS or closed < _CLEAR_SHARE * (closed + len(open_))):
            continue
        for s, e in open_:
            if ctx.scope is not None and not any(a <= s < b for a, b in ctx.scope):
                continue
            if _unpunctuated_siblings(ctx, kind, s):
                continue  # 「教材の配布」「…まで行います」「質問対応」: entries of a list that closes none with 。
            if under_examples_lead(ctx.full.text, s):
                continue  # 「- ○○界隈は頭の悪い奴しかいない」 under 「一例として次のような文が…」: a post quoted as an example
            if _bulleted(ctx, s) and _bullets_unpunctuated(ctx):
                continue  # 「- **対戦相手** … 名前が見えます」: a bullet, where the document closes its bullets without 。
            told.add((s, e))
            tail = text[max(s, e - 12):e]
            period = _period(ctx)
            last = e >= text_end(ctx)
            yield ctx.finding(
                "sentence-unterminated", (e - 1, e),
                f"文が「{period}」で終わっていません（「…{tail}」）。この文書は{name}の文を{closed}回「{period}」で終えています。"
                + (_LAST_JA if last else ""),
                f"The sentence ends without 「{period}」 (「…{tail}」); the document closes {closed} such sentences with one."
                + (_LAST_EN if last else ""),
                suggestion=text[e - 1] + period, excerpt=tail, severity="info" if last else None,
            )
    if cut_off_at(ctx) is not None:
        return  # (a copy that stops in mid-sentence: its last sentence is told as cut off)
    # (what the unit or its list shows of how its writer closes sentences, however few the document has to vote)
    for spans, what, where, what_en, where_en in (
            (_open_after_closed(ctx, told), "文", "同じ段落の前の文は", "The sentence",
             "where the sentence before it in the same paragraph has one"),
            (_open_among_closed_items(ctx, told), "号の文", "同じ列挙のほかの号はすべて", "The item's sentence",
             "where every other item of its list has one")):
        for s, e in spans:
            tail = text[max(s, e - 12):e]
            last = e >= text_end(ctx)
            yield ctx.finding(
                "sentence-unterminated", (e - 1, e),
                f"{what}が「。」で終わっていません（「…{tail}」）。{where}「。」で終わっています。" + (_LAST_JA if last else ""),
                f"{what_en} ends without 「。」 (「…{tail}」), {where_en}." + (_LAST_EN if last else ""),
                suggestion=text[e - 1] + "。", excerpt=tail, severity="info" if last else None)


def _cut_off_text(ctx: Context):
    """A text that stops in mid-sentence (cut_off_at), told once where it stops: a page saved or pasted in part, or
    a published text missing its end. What it cites past that point is not looked for (reference-dangling)."""
    if cut_off_at(ctx) is None:
        return
    text = ctx.full.text
    end = len(text.rstrip(" \u3000\t\n"))
    if not ctx.in_scope(end - 1):
        return
    tail = text[max(text.rfind("\n", 0, end) + 1, end - 16):end]
    yield ctx.finding(
        "sentence-unterminated", (end - 1, end),
        f"文書が文の途中で終わっています（「…{tail}」）。一部だけが保存・貼り付けされたか、末尾が欠けています。"
        "この先にある条への参照は確認していません。",
        f"The text stops in mid-sentence (「…{tail}」): saved or pasted in part, or missing its end. Citations of "
        "articles past this point were not checked.",
        excerpt=tail, severity="info")


def _period(ctx: Context) -> str:
    """The full stop the document closes its sentences with: 「．」 where more of its lines end so than with 「。」
    (a line's end, not a label's: 「１．」「第５条２．」)."""
    text = ctx.full.text + "\n"
    return "．" if text.count("．\n") > text.count("。\n") else "。"
