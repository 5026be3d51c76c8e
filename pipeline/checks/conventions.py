"""convention-deviation: the document departs from its own convention (majority usage decides).

Real terms are written by many hands, so the rule is not a style guide: each document's own majority
is the convention and only the minority spellings are reported.

1. 第 before an article number: 「住宅宿泊事業法３条」 or 「第27条及び28条」 where the document writes 第N条 (前2条 and
   次条 are not article numbers).
2. How items are cited: 「前項(3)」 where the document cites items as 第三号 / 第3号 (or the other way round).
3. Bracket width: a pair opened full-width and closed half-width (「（以下「規約」という)」) where the
   document pairs its parentheses in one width. Read from the source, which keeps the widths. A warning,
   not a note: a pair of two widths is a slip, never a style (the majority only makes sure the
   document's parentheses are paired at all as the scan reads them).
4. Commas: 「，」 (or 「,」 after Japanese text) in a document that writes 「、」, or 「、」 in one that writes 「，」.
5. Half-width katakana-block characters (U+FF61–FF9F: 「｢秘密情報｣」「乙は､委託業務」「ﾃﾞｰﾀ」), pasted from JIS X 0201
   systems. No document writes Japanese prose so: a warning whatever the majority, one per run.
6. One word in two widths (normalization folds them, so only the source shows it): a Latin word (「緊Ｑ」 and 「緊Q」,
   「ＩＤ」 and 「ID」), and numbers before a counter (「４月１日」 in a document writing 「2023年04月01日」, 「１ヶ月12,000円」).
7. Parentheses of the other width (「伝票(第３号様式)を用いる。…場合は（第４号様式）を用いる。」), counted apart in
   headings (「第5条 (規約不同意)」 among 「第N条（…）」) and in the body, since some documents set their headings in one
   width and their text in the other. In the body, only beside a pair of the document's width on the same line.
   Parentheses around Latin text only (「(PDF)」) and item labels are no evidence.
8. The space between an article's number and its title: 「第3条  (」 or 「第14条(開催)」 where the other headings write
   「第N条 (」, 「第１４条 （」 where they write 「第N条（」. Compared among headings whose title starts alike (with a bracket,
   or with a word).
9. The space between an item's label and its text: 「（３） 破産」「（４） 本ソフトウェア」 where the document's other items
   of the same label form write 「（１）乙は」. Compared among labels of one form (brackets and digit width alike), where
   the item's own list mixes two spacings.
10. One item label of a list in the other width: 「4．会社が…」 after 「1. 」「2. 」「3. 」.
11. Paragraph numbers with another mark than the document's (「３．」「４．」 in an article whose 「２ 」 is like the
   document's other paragraph numbers), where the article itself mixes the two.
12. A name of Latin letters and a Japanese word split by a space (「NSCA ジャパン」) where the document writes it joined
   (「NSCAジャパン」), read from the source.
13. A definition's name unquoted (「（以下会社という）」) or set after a comma (「以下、「本サイト」」) where the document's
   other definitions write it the other way (definition_style.py).

A convention needs a clear majority: at least 4 times as many as the minority and at least 5 uses.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter

from ..grammar import GRID_STREET, ROMAN, WIDE_DIGITS
from ..tokens import tokenize
from . import Context, finditer_in_lines, rule
from .lists import _kanji_number
from .definition_style import definition_style_findings
from .sentence_style import style_mix_findings

_MAJORITY, _MIN_USES = 4, 5
# parentheses paired in one width that make a pair of two widths a slip when nothing else can have misled the scan
_MIN_PAIRS = 2

_WITH_DAI = re.compile(r"第[0-9０-９一二三四五六七八九十百]+条")
# a number and 条 with no 第 before it, after a name (住宅宿泊事業法３条), not 前2条 / 各条 / 1 08条
_WITHOUT_DAI = re.compile(r"(?<=[\u3400-\u9fff々])(?<![第前次各同本両全計])(?P<n>[0-9０-９]+)条(?![件例約理文])")

# a number and 条 listed after a 第N条 (第27条及び28条, 第3条、4条): the list's first member carries the 第 its others drop
_LISTED_WITHOUT_DAI = re.compile(
    r"第[0-9０-９]+条(?:の[0-9０-９]+)*(?:第[0-9０-９]+[項号])*"
    r"(?:及び|および|又は|または|並びに|ならびに|若しくは|もしくは|、|・|ないし|乃至|から|～|〜)(?P<n>[0-9０-９]+)条(?![件例約理文])")

_ITEM_KANJI_OR_DIGIT = re.compile(r"(?:[項条]|前項|同項)第[0-9０-９一二三四五六七八九十]+号")
_ITEM_PAREN = re.compile(r"(?:[項条])(?P<p>[(（][0-9０-９]{1,3}[)）])(?![(（])")


def _clear(majority: int, minority: int) -> bool:
    return majority >= _MIN_USES and majority >= _MAJORITY * minority


def _dai_findings(ctx: Context):
    text = ctx.text
    with_dai = len(_WITH_DAI.findall(text))
    spans = {m.span("n"): m for m in _WITHOUT_DAI.finditer(text)
             if not GRID_STREET.search(text, m.start() - 1, m.end() + 1)}  # (北8条西24丁目: an address)
    spans.update((m.span("n"), m) for m in _LISTED_WITHOUT_DAI.finditer(text))
    without = [spans[k] for k in sorted(spans)]
    if not without or not _clear(with_dai, len(without)):
        return
    for m in without:
        n = m.group("n")
        yield ctx.finding(
            "convention-deviation", (m.start("n"), m.end()),
            f"条番号の前に「第」がありません（「{text[max(0, m.start('n') - 6):m.end()]}」）。この文書は「第N条」と書いています"
            f"（{with_dai}回、「第」なし{len(without)}回）。",
            f"「{n}条」 lacks 第: the document writes 第N条 {with_dai} times and N条 {len(without)} times.",
            suggestion=f"第{n}条", excerpt=text[max(0, m.start("n") - 6):m.end()],
        )


# an item cited by its number with no 第 (「前項四号の評議員」, 「第2条1号」) where the document cites 項第N号 / 条第N号;
# not in a citation that drops every 第 (「施行規則１１条３項１号」: another law's citation, written so throughout)
_ITEM_WITHOUT_DAI = re.compile(r"(?<=[項条])(?P<n>[0-9０-９一二三四五六七八九十]{1,3})号")
_CHAIN_WITHOUT_DAI = re.compile(r"(?<!第)(?<![0-9０-９一二三四五六七八九十])[0-9０-９一二三四五六七八九十]+[条項]"
                                r"(?:第?[0-9０-９一二三四五六七八九十]+[条項])*\Z")


def _item_dai_findings(ctx: Context):
    text = ctx.text
    without = [m for m in _ITEM_WITHOUT_DAI.finditer(text)
               if not _CHAIN_WITHOUT_DAI.search(text, max(0, m.start() - 20), m.start())]
    if not without:
        return
    with_dai = len(_ITEM_KANJI_OR_DIGIT.findall(text))
    if not _clear(with_dai, len(without)):
        return
    for m in without:
        n = m.group("n")
        yield ctx.finding(
            "convention-deviation", m.span(),
            f"号の番号の前に「第」がありません（「{text[ctx.line_span(m.start())[0]:m.end()][-8:]}」）。この文書は号を"
            f"「第N号」と引用しています（{with_dai}回、「第」なし{len(without)}回）。",
            f"「{n}号」 lacks 第: the document cites items as 第N号 {with_dai} times and N号 {len(without)} times.",
            suggestion=f"第{n}号", excerpt=text[max(ctx.line_span(m.start())[0], m.start() - 4):m.end()],
        )


def _heading_dai_findings(ctx: Context):
    """Article headings written 「1条（適用）」: an article is 第1条, in its heading above all. Told once, at the first,
    with how many there are (the writer wrote them all so)."""
    bare = [a for a in ctx.doc.all_articles() if a.label and re.fullmatch(r"[0-9]{1,3}[ \u3000]*条", a.label)]
    if not bare:
        return
    a = bare[0]
    shown = ctx.text[a.heading_span[0]:a.heading_span[1]].split("\n", 1)[0]
    yield ctx.finding(
        "convention-deviation", a.heading_span,
        f"条の見出し「{shown}」の番号に「第」がありません（このように書かれた見出し{len(bare)}か所）。条は「第{a.label}」と"
        f"書きます。",
        f"The article heading 「{shown}」 lacks 第 ({len(bare)} heading(s) written so): 「第{a.label}」.",
        suggestion="第" + a.label, excerpt=shown, severity="warning")


def _item_citation_findings(ctx: Context):
    yield from _item_dai_findings(ctx)
    text = ctx.text
    numbered = list(_ITEM_KANJI_OR_DIGIT.finditer(text))
    paren = list(_ITEM_PAREN.finditer(text))
    if not numbered or not paren:
        return
    if _clear(len(numbered), len(paren)):
        minority, style, n_major, n_minor = paren, "第N号", len(numbered), len(paren)
        kanji = sum(1 for m in numbered if re.search("[一二三四五六七八九十]", m.group(0)))
        for m in minority:
            p = m.group("p")
            num = re.sub(r"[^0-9０-９]", "", p)
            if kanji * 2 > len(numbered):  # the document writes 第三号: cite in kanji too
                num = _kanji_number(int(num.translate(WIDE_DIGITS)))
            yield ctx.finding(
                "convention-deviation", m.span("p"),
                f"号の引用が「{p}」になっています。この文書は号を「第N号」と引用しています（{n_major}回、括弧書き{n_minor}回）。",
                f"Item cited as 「{p}」; the document cites items as {style} ({n_major} times, in brackets {n_minor}).",
                suggestion=f"第{num}号", excerpt=text[max(0, m.start() - 4):m.end()],
            )


_PAREN = re.compile(r"[（(）)\n]")


def _bracket_width_findings(ctx: Context):
    src = ctx.doc.source.text
    same: int = 0
    full = 0  # of the pairs of one width, those in full width
    mixed: list[tuple[int, int]] = []
    stack: list[tuple[int, str]] = []
    for m in _PAREN.finditer(src):
        c = m.group(0)
        if c == "\n":
            stack.clear()
        elif c in "（(":
            stack.append((m.start(), c))
        elif stack:
            i, o = stack.pop()
            if (o == "（") == (c == "）"):
                same += 1
                full += c == "）"
            elif src[i + 1:m.start()].strip():
                mixed.append((i, m.start()))
    if not mixed:
        return
    if not _clear(same, len(mixed)):
        # a pair with no bracket inside, on one line (第5条(保証の否認および免責事項）), cannot be a misread of the
        # scan: a document that pairs more of its parentheses in one width than not is enough, however short
        mixed = [(i, j) for i, j in mixed if not _PAREN.search(src, i + 1, j)]
        if not mixed or same < _MIN_PAIRS or same <= len(mixed):
            return
    for i, j in mixed:
        a, b = ctx.doc.norm.index_of(i), ctx.doc.norm.index_of(j)
        if a is None or b is None:
            continue
        pair = src[i] + "…" + src[j]
        yield ctx.finding(
            "convention-deviation", (a, b + 1),
            f"括弧が「{pair}」と全角・半角の組合せで閉じられています。この文書は括弧を同じ幅で対にしています（{same}組）。",
            f"A parenthesis opened and closed in different widths ({pair}); the document pairs them in one width {same} times.",
            # the width the document pairs most of its parentheses in, whichever the slip opened with
            suggestion="（…）" if 2 * full >= same else "(…)", excerpt=src[i:j + 1][:60],
            severity="warning",  # not a style choice: no document means a pair of two widths
        )


# 、 or a comma (， or , after Japanese text: 「当社は,ユーザーから」, not 1,000 or Apple, Inc.) between clauses
_TOUTEN = re.compile(r"、")
# each kind of comma written this often, with no clear majority: the document mixes two styles
_MIXED_COMMAS = 20
_JA_COMMA = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u9fff々」）])[，,]")


def _comma_findings(ctx: Context):
    """「，」 among 「、」 or the other way round: a sentence pasted from another document; or a half-width 「,」 among
    「，」: the width slipped. One finding per line."""
    src = ctx.doc.source.text
    touten, commas = _TOUTEN.findall(src), list(_JA_COMMA.finditer(src))
    if not commas:
        return
    full = [m.start() for m in commas if m.group(0) == "，"]
    half = [m.start() for m in commas if m.group(0) == ","]
    slips = []  # (the minority's places, what they should be, the majority as told, its count)
    if touten and _clear(len(touten), len(commas)):
        slips.append(([m.start() for m in commas], "、", "「、」", len(touten)))
    elif touten and _clear(len(commas), len(touten)):
        slips.append(([m.start() for m in _TOUTEN.finditer(src)], "，", "「，」", len(commas)))
    style_told = bool(slips)  # 「，」 against 「、」 decided
    # (not where 「,」 is the document's own comma: 「この規定は,社員…」 throughout, 「，」 never)
    if half and len(full) > len(half) and not (slips and slips[0][1] == "、") \
            and (_clear(len(full), len(half)) or (slips and slips[0][1] == "，")):
        # 「，」 throughout and 「,」 typed in a few places (「（以下,「本サービス」」「運営者は,ユーザーから,」): the width
        # slipped, whatever the share of 「、」 beside them
        slips.append((half, "，", "全角の「，」", len(full)))
    for minority, want, major, n_major in slips:
        yield from _comma_slips(ctx, src, minority, want, major, n_major)
    if not style_told and min(len(touten), len(full)) >= _MIXED_COMMAS:
        # 「，」 98 times and 「、」 67: no majority to hold the minority to, and a reader sees two styles: told once
        first = min(m.start() for m in commas if m.group(0) == "，") if len(full) < len(touten) else \
            src.find("、")
        a = ctx.doc.norm.index_of(first)
        if a is not None:
            yield ctx.finding(
                "convention-deviation", (a, a + 1),
                f"読点に「，」（{len(full)}回）と「、」（{len(touten)}回）が混在しています。どちらかに統一します。",
                f"The document mixes the commas 「，」 ({len(full)} times) and 「、」 ({len(touten)} times).",
                excerpt=ctx.text[max(0, a - 8):a + 8])


def _comma_slips(ctx: Context, src: str, minority: list[int], want: str, major: str, n_major: int):
    by_line: dict[int, list[int]] = {}
    for i in minority:
        a = ctx.doc.norm.index_of(i)
        if a is not None:
            by_line.setdefault(ctx.line_span(a)[0], []).append(a)
    for _line, spots in sorted(by_line.items()):
        a = spots[0]
        seen = src[ctx.doc.norm.offsets[a]]
        more = f"（この行に{len(spots)}か所）" if len(spots) > 1 else ""
        yield ctx.finding(
            "convention-deviation", (a, a + 1),
            f"読点が「{seen}」です{more}。この文書は読点に{major}を使っています（{n_major}回）。",
            f"A comma 「{seen}」 where the document writes {major} ({n_major} times).",
            suggestion=want, excerpt=ctx.text[max(0, a - 8):a + 8],
            # a half-width 「,」 in Japanese prose is a slip of width, as a bracket closed half-width is; 「，」 against
            # 「、」 is a house style, told as a note
            severity="warning" if seen == "," else None,
        )


# ------------------------------------------------------------------ widths, read from the source


def _norm_span(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """The normalized span of source[start:end] (None when normalization dropped its first character)."""
    a = ctx.doc.norm.index_of(start)
    if a is None:
        return None
    return a, max(a + 1, bisect_left(ctx.doc.norm.offsets, end, a))


_HALF_KANA = re.compile(r"[\uff61-\uff9f]+")


_FULL_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")
_HALF_KATAKANA = re.compile(r"[\uff66-\uff9d]")


def _halfwidth_kana_findings(ctx: Context):
    src = ctx.doc.source.text
    runs = [(m, _norm_span(ctx, m.start(), m.end())) for m in _HALF_KANA.finditer(src)]
    by_start = {span: m for m, span in runs if span is not None}
    half, full = len(_HALF_KATAKANA.findall(src)), len(_FULL_KATAKANA.findall(src))
    if by_start and half >= _HALF_STYLE and half > full:
        # a page that writes its katakana half-width throughout (a mobile site of the 2000s: 1,032 half-width, none
        # full): the document's style, told once, not a slip on each of its lines
        first = min(by_start)
        yield ctx.finding(
            "convention-deviation", first,
            f"この文書はカタカナを半角で書いています（半角{half}字、全角{full}字）。公用文・契約書では全角で書きます。",
            f"The document writes its katakana half-width throughout ({half} half-width, {full} full-width); "
            f"legal text writes them full-width.",
            excerpt=_source_excerpt(ctx, first), severity="info")
        return
    for line in _by_line(ctx, list(by_start)):
        m = by_start[line[0]]
        run, full = m.group(0), unicodedata.normalize("NFKC", m.group(0))
        more = _more(line)
        yield ctx.finding(
            "convention-deviation", line[0],
            f"半角カナ・半角記号「{run}」が使われています{more}。全角の「{full}」と書きます。",
            f"Half-width katakana-block characters 「{run}」{' (' + str(len(line)) + ' on this line)' if more else ''}; "
            f"the full-width 「{full}」 is meant.",
            suggestion=full, excerpt=_source_excerpt(ctx, line[0]),
            severity="warning",  # JIS X 0201 characters pasted into Japanese prose: a slip in any document
        )


_HALF_STYLE = 50  # half-width katakana, more than the full-width ones: the document's own style


def _source_excerpt(ctx: Context, span: tuple[int, int], around: int = 8) -> str:
    """The text around a normalized span as the source writes it (the normalized text has lost the widths)."""
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    a, b = offsets[span[0]], offsets[span[1] - 1] + 1
    line_start = src.rfind("\n", 0, a) + 1
    line_end = src.find("\n", b)
    return src[max(line_start, a - around):min(b + around, len(src) if line_end < 0 else line_end)].replace("\t", " ")


def _is_full(c: str) -> bool:
    return "\uff01" <= c <= "\uff5e"


def _lines_of(ctx: Context, matches) -> list[list[tuple[int, int]]]:
    """The normalized spans of source matches (those normalization kept), grouped by line."""
    return _by_line(ctx, [s for s in (_norm_span(ctx, m.start(), m.end()) for m in matches) if s is not None])


def _more(line: list) -> str:
    return f"（この行に{len(line)}か所）" if len(line) > 1 else ""


def _by_line(ctx: Context, spots: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Normalized spans grouped by the line they are on, in order (one finding per line)."""
    lines: dict[int, list[tuple[int, int]]] = {}
    for span in spots:
        lines.setdefault(ctx.line_span(span[0])[0], []).append(span)
    return [lines[k] for k in sorted(lines)]


# a Latin word in one width; not part of an address, a file name or a code (letters, digits, @ / : . _ - around it)
# What a line must hold for the patterns below to match on it (finditer_in_lines): a law written in kanji
# numerals holds no Latin letter and no half-width digit on any of its lines.
_ANY_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
_ANY_DIGIT = re.compile(r"[0-9０-９]")
_HALF_DIGIT_OR_MARK = re.compile(r"[0-9.:]")
_DIGIT_TOUTEN_DIGIT = re.compile(r"[0-9０-９]、[0-9０-９]")
_LATIN = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９.@/:_\-＠／．＿－])(?:[A-Za-z]+|[Ａ-Ｚａ-ｚ]+)"
                    r"(?![A-Za-zＡ-Ｚａ-ｚ0-9０-９@/:_\-＠／＿－])")


def _latin_width_findings(ctx: Context):
    """The same Latin word in both widths (「緊Ｑ」「緊Q」): the rarer width (at a tie, the later one) is reported.
    No majority needed: one word spelt two ways is a slip whichever way the document leans."""
    src = ctx.doc.source.text
    words: dict[str, list[re.Match]] = {}
    for m in finditer_in_lines(_LATIN, src, _ANY_LATIN):
        words.setdefault(unicodedata.normalize("NFKC", m.group(0)), []).append(m)
    for word, ms in words.items():
        full = [m for m in ms if _is_full(m.group(0)[0])]
        half = [m for m in ms if not _is_full(m.group(0)[0])]
        if not full or not half:
            continue
        if len(full) != len(half):
            minority, majority = (full, half) if len(full) < len(half) else (half, full)
        else:  # the first spelling sets the convention
            minority, majority = (half, full) if full[0].start() < half[0].start() else (full, half)
        want, seen = majority[0].group(0), minority[0].group(0)
        for line in _lines_of(ctx, minority):
            a, b = line[0]
            more = _more(line)
            yield ctx.finding(
                "convention-deviation", (a, b),
                f"「{seen}」が{'全角' if _is_full(seen[0]) else '半角'}で書かれています{more}。この文書は同じ語を「{want}」と"
                f"書いています（{len(majority)}回、「{seen}」{len(minority)}回）。",
                f"「{seen}」 is written in {'full' if _is_full(seen[0]) else 'half'} width; the document also writes the word "
                f"as 「{want}」 ({len(majority)} times, 「{seen}」 {len(minority)} times).",
                suggestion=want, excerpt=_source_excerpt(ctx, (a, b)),
            )


# a Latin name and the katakana or kanji word it goes on with, parted by spaces (「NSCA ジャパン」), or the reverse
_SPACED_NAME = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])(?P<a>[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９]+)(?P<sp>[ \u3000]+)"
                          r"(?P<b>[\u30a1-\u30faー]{2,}|[\u4e00-\u9fff々]{2,})"
                          r"|(?<![\u30a1-\u30faー])(?P<c>[\u30a1-\u30faー]{2,})(?P<sp2>[ \u3000]+)"
                          r"(?P<d>[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９]+)(?![A-Za-zＡ-Ｚａ-ｚ0-9０-９])")


def _spaced_name_findings(ctx: Context):
    """A name of Latin letters and a Japanese word written apart (「特定非営利活動法人NSCA ジャパン」) where the document
    writes it joined by a clear majority (「NSCAジャパン」 ×19): one name spelt two ways. Read from the source, since
    normalization drops the space; a note, as the other spellings of one word are."""
    src = ctx.doc.source.text
    spaced: dict[str, list[re.Match]] = {}
    for m in finditer_in_lines(_SPACED_NAME, src, _ANY_LATIN):
        joined = (m.group("a") + m.group("b")) if m.group("a") else (m.group("c") + m.group("d"))
        spaced.setdefault(joined, []).append(m)
    for joined, ms in spaced.items():
        n = len(re.findall(rf"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９\u30a1-\u30faー]){re.escape(joined)}", src))
        if not _clear(n, len(ms)):
            continue
        for m in ms:
            span = _norm_span(ctx, m.start(), m.end())
            if span is None:
                continue
            yield ctx.finding(
                "convention-deviation", span,
                f"「{m.group(0)}」が空白で分かれています。この文書は同じ名前を「{joined}」と続けて書いています"
                f"（{n}回、分けて{len(ms)}回）。",
                f"「{m.group(0)}」 is split by a space; the document writes the name 「{joined}」 ({n} times, split "
                f"{len(ms)}).",
                suggestion=joined, excerpt=_source_excerpt(ctx, span),
            )


# a number before a counter (年 月 日 円 回 名 か月 %), not part of a code, a decimal, an amount grouped with commas or a
# label; 第N条 and the labels starting a line follow the numbering's own notation and are left out
_COUNTED = re.compile(r"(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ.,，．:/@_\-第])(?P<n>[0-9]+(?:\.[0-9]+)?|[０-９]+(?:．[０-９]+)?)"
                      r"(?=[年月日円回名人歳時分秒週件通台個枚部ヶヵカか％%])")
_TO_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
_TO_FULL_MARKS, _TO_HALF_MARKS = str.maketrans(".:", "．："), str.maketrans("．：", ".:")


# one number written in digits of both widths (「１0日」「１4日」 in a table of leave days), or a decimal or a time whose
# point or colon is of the other width (「年14．6％」「13:00-18：30」): no writer means it
_MIXED_NUMBER = re.compile(r"[0-9０-９]*(?:[0-9][０-９]|[０-９][0-9])[0-9０-９]*"
                           r"|(?<![0-9０-９.．:：])(?:[0-9]+[．：][0-9]+|[０-９]+[.:][０-９]+)(?![0-9０-９.．:：])")


# a time written with the colon of its digits' width (13:00, １３：００): what a time's colon of the other width departs from
_PLAIN_TIME = re.compile(r"(?<![0-9０-９])(?:[0-9]{1,2}:[0-9]{2}|[０-９]{1,2}：[０-９]{2})(?![0-9０-９])")


def _mixed_number_findings(ctx: Context):
    src = ctx.doc.source.text
    plain_times = None  # counted at the first time with a colon of the other width
    for m in finditer_in_lines(_MIXED_NUMBER, src, _HALF_DIGIT_OR_MARK):
        span = _norm_span(ctx, m.start(), m.end())
        if span is None:
            continue
        written = m.group(0)
        if "：" in written or ":" in written:
            if plain_times is None:
                plain_times = len(_PLAIN_TIME.findall(src))
            if plain_times < 2:
                continue  # every time of the document written 「10：00」: its house style, not one slipped
        full = _is_full(written[0])
        want = written.translate(_TO_FULL if full else WIDE_DIGITS).translate(_TO_FULL_MARKS if full else _TO_HALF_MARKS)
        what = ("数字と小数点" if ("．" in written or "." in written) else
                "数字とコロン" if ("：" in written or ":" in written) else "数字")
        yield ctx.finding(
            "convention-deviation", span,
            f"「{written}」は一つの数の中で全角と半角の{what}が混ざっています（「{want}」）。",
            f"「{written}」 mixes full- and half-width characters in one number (「{want}」).",
            # digits of two widths in one number are a slip; a point of the other width is a typographic habit of some
            # templates (「年14．6％」 in documents that write every other mark full width): noted, not warned
            suggestion=want, excerpt=src[m.start():m.end() + 2], severity="info" if what != "数字" else "warning")


# a letter and its number (B5, Ｂ４, A4 判, Q1): a paper size or a code, written in one width or the other
_CODE = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])([A-Za-zＡ-Ｚａ-ｚ])([0-9０-９]{1,2})(?![A-Za-zＡ-Ｚａ-ｚ0-9０-９])")


def _mixed_code_findings(ctx: Context):
    """A letter and its number in two widths (「B５サイズ」) where the document writes its other codes in one width, the
    same for letter and number (「Ｂ４サイズ」「Ｂ５サイズ」): typed in another sitting. A document that writes every code
    in two widths (half-width letters, full-width digits) keeps a house style, and says nothing."""
    src = ctx.doc.source.text
    uniform, mixed = [], []  # codes written in one width (with that width: full or not), codes in two
    for m in finditer_in_lines(_CODE, src, _ANY_LATIN):
        widths = {_is_full(c) for c in m.group(0)}
        (uniform if len(widths) == 1 else mixed).append((m, _is_full(m.group(1))))
    if not mixed or not uniform or len({full for _, full in uniform}) != 1:
        return
    full, example = uniform[0][1], uniform[0][0].group(0)
    for m, _ in mixed:
        span = _norm_span(ctx, m.start(), m.end())
        if span is None:
            continue
        written = m.group(0)
        want = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in written) if full \
            else unicodedata.normalize("NFKC", written)
        yield ctx.finding(
            "convention-deviation", span,
            f"「{written}」は英字と数字の幅が違います。この文書は他の「{example}」などを{'全角' if full else '半角'}"
            f"で書いています（「{want}」）。",
            f"「{written}」 mixes a letter and a number of two widths; the document writes its other codes in "
            f"{'full' if full else 'half'} width (「{want}」).",
            suggestion=want, excerpt=src[m.start():m.end() + 3], severity="warning")


# one citation of article, paragraph and item (第４条第１項第5号): its numbers of one digit each a decision of one width
_CITATION_NUMBERS = re.compile(r"第([0-9０-９]{1,3})条(?:の[0-9０-９]{1,2})?(?:第([0-9０-９]{1,3})項)?(?:第([0-9０-９]{1,3})号)?")


def _mixed_citation_findings(ctx: Context):
    """One citation whose numbers of one digit are in both widths (「第４条第１項第5号」): typed in two sittings. Numbers of
    two digits or more are not weighed (a house style writes １ to ９ in full width and 10 on in half)."""
    src = ctx.doc.source.text
    for m in _CITATION_NUMBERS.finditer(src):
        singles = [g for g in m.groups() if g and len(g) == 1]
        if len(singles) < 2 or len({_is_full(g) for g in singles}) < 2:
            continue
        span = _norm_span(ctx, m.start(), m.end())
        if span is None:
            continue
        major = sum(_is_full(g) for g in singles) * 2 >= len(singles)  # (a tie: full width, as the first is mostly)
        chars = list(m.group(0))
        for k in range(1, 4):
            if m.group(k) and len(m.group(k)) == 1:
                chars[m.start(k) - m.start()] = m.group(k).translate(_TO_FULL if major else WIDE_DIGITS)
        want = "".join(chars)
        yield ctx.finding(
            "convention-deviation", span,
            f"「{m.group(0)}」は一つの参照の中で全角と半角の数字が混ざっています（「{want}」）。",
            f"「{m.group(0)}」 mixes full- and half-width digits in one citation (「{want}」).",
            suggestion=want, excerpt=src[max(0, m.start() - 2):m.end() + 2])


# a number of the document, any (an article's, an amount's, a label's): not part of a code or a Latin word
_ANY_NUMBER = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])(?:[0-9]+|[０-９]+)(?![A-Za-zＡ-Ｚａ-ｚ0-9０-９])")


# a few counted numbers of the other width at most are slips against the document's other numbers
_FEW_OTHER_WIDTH = 3


def _every_number_width(src: str) -> tuple[str, int, int] | None:
    """(the width the document writes the numbers of its text in, how many so, how many the other way), counting every
    number but the labels that open a line (「1.」「(2)」「- 3」: they follow their list's numbering), where one width
    clearly wins."""
    n_full = n_half = 0
    for m in finditer_in_lines(_ANY_NUMBER, src, _ANY_DIGIT):
        line_start = src.rfind("\n", 0, m.start()) + 1
        if not src[line_start:m.start()].strip(" \u3000\t#-*+・•|(（"):
            continue
        if _is_full(m.group(0)[0]):
            n_full += 1
        else:
            n_half += 1
    return ("半角", n_half, n_full) if _clear(n_half, n_full) else ("全角", n_full, n_half) if _clear(n_full, n_half) \
        else None


def _digit_width_findings(ctx: Context):
    """Numbers before a counter in the other width (「１ヶ月」 among 「12,000円」「1回」). Lines vote, not numbers: a
    line of dates (「毎年４月１日に始まり，翌年３月３１日に終わる」) is one decision of its writer, and a document whose
    lines lean both ways (a revision half converted) has no convention to report against."""
    src = ctx.doc.source.text
    full, half = [], []
    full_lines, half_lines = set(), set()
    for m in finditer_in_lines(_COUNTED, src, _ANY_DIGIT):
        line_start = src.rfind("\n", 0, m.start()) + 1
        if not src[line_start:m.start()].strip(" \u3000\t"):
            continue  # a label starting its line
        if _is_full(m.group("n")[0]):
            full.append(m)
            full_lines.add(line_start)
        else:
            half.append(m)
            half_lines.add(line_start)
    n_minor = None  # (set where every number of the document voted)
    if _clear(len(half_lines), len(full_lines)):
        minority, n_major, major = full, len(half), "半角"
    elif _clear(len(full_lines), len(half_lines)):
        minority, n_major, major = half, len(full), "全角"
    elif (full or half) and (every := _every_number_width(src)) is not None \
            and len(full if every[0] == "半角" else half) <= _FEW_OTHER_WIDTH:
        # too few counted numbers to vote (「６ヶ月」「３０日間」 and 「1,000円」 in terms numbering 第1条…第17条): the
        # document's other numbers in its text (article numbers, amounts, not the labels opening lines) show the width it
        # writes them in; a few counted numbers of the other width are slips (many: a document typed both ways)
        major, n_major, n_minor = every
        minority = full if major == "半角" else half
    else:
        # no house style to hold the document to; but one line that writes both widths (「2日前～…２４時間前まで」) is
        # one sentence typed in two sittings, told where the document leans clearly the other way
        both = full_lines & half_lines
        line_of = lambda m: src.rfind("\n", 0, m.start()) + 1  # noqa: E731
        if both and len(half) >= 2 * len(full):
            minority, n_major, major = [m for m in full if line_of(m) in both], len(half), "半角"
        elif both and len(full) >= 2 * len(half):
            minority, n_major, major = [m for m in half if line_of(m) in both], len(full), "全角"
        else:
            return
    if n_minor is None:
        n_minor = len(full) if major == "半角" else len(half)
    for line in _lines_of(ctx, minority):
        a, b = line[0]
        seen = src[ctx.doc.norm.offsets[a]:ctx.doc.norm.offsets[b - 1] + 1]
        want = seen.translate(WIDE_DIGITS if major == "半角" else _TO_FULL)
        more = _more(line)
        after = ctx.doc.norm.offsets[b - 1] + 1
        unit = src[after:after + (2 if src[after + 1:after + 2] in ("月", "間", "の") else 1)]  # 年, ヶ月, 時間, 分の
        yield ctx.finding(
            "convention-deviation", (a, b),
            f"「{seen}{unit}」の数字の幅が文書の他の箇所と違います{more}。この文書は数量・日付の数字を{major}で書いています"
            f"（{n_major}回、{'全角' if major == '半角' else '半角'}{n_minor}回）。",
            f"The number 「{seen}」 is in the other width{' (' + str(len(line)) + ' on this line)' if more else ''}; the "
            f"document writes numbers before a counter in {'half' if major == '半角' else 'full'} width "
            f"({n_major} times, the other width {n_minor}).",
            suggestion=want, excerpt=_source_excerpt(ctx, (a, b)),
        )


# a parenthesis pair with no other parenthesis inside, on one line
_PAIR = re.compile(r"（[^（）()\n]*）|\([^（）()\n]*\)")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff々]")
# an item label (（1）, (a), (イ)): its width is the list's notation, not the text's
_PAIR_LABEL = re.compile(r"[(（][0-9０-９a-zA-Zａ-ｚＡ-Ｚ一二三四五六七八九十ア-ンｱ-ﾝ]{1,3}[)）]")
# a heading: the line starts with the article's number (decorated as Markdown and web pages do) and the pair follows it
_AFTER_ARTICLE = re.compile(r"[#■◆●【\s\u3000*]*第[ \u3000]?[0-9０-９一二三四五六七八九十百]+[ \u3000]?条"
                            r"(?:の[0-9０-９一二三四五六七八九十]+)*[ \u3000]*$")


def _bracket_majority_findings(ctx: Context):
    src = ctx.doc.source.text
    kinds: dict[str, tuple[list, list]] = {"heading": ([], []), "text": ([], [])}
    for m in _PAIR.finditer(src):
        pair = m.group(0)
        if not _JAPANESE.search(pair) or _PAIR_LABEL.fullmatch(pair):
            continue
        line_start = src.rfind("\n", 0, m.start()) + 1
        kind = "heading" if _AFTER_ARTICLE.match(src, line_start, m.start()) else "text"
        kinds[kind][0 if pair[0] == "（" else 1].append(m)
    for kind, (full, half) in kinds.items():
        if _clear(len(full), len(half)):
            minority, majority, n_major, want = half, full, len(full), "（…）"
        elif _clear(len(half), len(full)):
            minority, majority, n_major, want = full, half, len(half), "(…)"
        else:
            continue
        if kind == "text":
            # in the text, only a pair beside one of the other width on its line (「伝票(第３号様式)を用いる。…（第４号様式）」):
            # a document's odd pair on a line of its own may be a quotation or a name written so (a law's title and number)
            lines = {src.rfind("\n", 0, m.start()) for m in majority}
            minority = [m for m in minority if src.rfind("\n", 0, m.start()) in lines]
        where = "見出しの" if kind == "heading" else ""
        for line in _lines_of(ctx, minority):
            a, b = line[0]
            seen = ctx.text[a:b]
            more = _more(line)
            yield ctx.finding(
                "convention-deviation", (a, b),
                f"括弧「{src[ctx.doc.norm.offsets[a]]}…{src[ctx.doc.norm.offsets[b - 1]]}」の幅が文書の他の箇所と違います{more}。"
                f"この文書は{where}括弧を「{want}」で書いています（{n_major}組、他方の幅{len(minority)}組）。",
                f"Parentheses of the other width; the document writes its {'headings’ ' if kind == 'heading' else ''}"
                f"parentheses as {want} ({n_major} pairs, the other width {len(minority)}).",
                suggestion=want[0] + seen[1:-1] + want[-1], excerpt=_source_excerpt(ctx, (a, b), 4)[:60],
            )


_HEADING_LABEL = re.compile(r"第[ \u3000]*[0-9０-９一二三四五六七八九十百千]+[ \u3000]*条(?:の[0-9０-９一二三四五六七八九十]+)*"
                            r"(?P<sep>[ \u3000\t\xa0]*)(?P<next>.)")
_TITLE_BRACKET = "(（[［【〔<＜"
# a range or list of deleted articles (第百二十一条及び第百二十二条　削除) is no heading with a title, nor a branch number
# written without its の (「第五条二」 alone on its line)
_NOT_A_TITLE = re.compile(r"及び|から|乃至|ないし|、|・|削除|[一二三四五六七八九十]+[ \u3000]*$")


def _heading_separator_findings(ctx: Context):
    """Headings whose number and title (or text) stand apart otherwise than the other headings of their part (the
    rules a page sets after another's 附則 keep their own habits)."""
    parts: dict[str, list] = {}
    for art, start, m, kind in _headings(ctx):
        parts.setdefault(art.part, []).append((art, start, m, kind))
    for heads in parts.values():
        yield from _separator_deviations(ctx, heads)


def _sep(m: re.Match) -> str:
    return m.group("sep").replace("\xa0", " ")  # (an HTML page's &nbsp; shows as the space it stands for)


def _headings(ctx: Context):
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    for art in ctx.doc.all_articles():
        if art.block or not art.label.startswith("第"):
            continue
        start, line = _number_line(src, offsets, art)  # (under a caption line, 「（目的）⏎第1条　この規程は…」)
        m = _HEADING_LABEL.match(line)
        if m is None or _NOT_A_TITLE.match(line, m.start("next")):
            continue
        yield art, start, m, "bracket" if m.group("next") in _TITLE_BRACKET else "word"


def _separator_deviations(ctx: Context, heads: list):
    for kind in ("bracket", "word"):
        seps = Counter(_sep(m) for _, _, m, k in heads if k == kind)
        if len(seps) < 2:
            continue
        (major, n_major), = seps.most_common(1)
        # what the majority's headings write after the space (「第1条 (」: a half-width bracket the odd heading may not
        # share, 「第4条（」): the form quoted and suggested is theirs, not the odd heading's with their space
        (after, _), = Counter(m.group("next") for _, _, m, k in heads if k == kind and _sep(m) == major).most_common(1)
        for art, start, m, k in heads:
            sep = _sep(m)
            if k != kind or sep == major or not _odd_heading(n_major, seps[sep]):
                continue
            span = _norm_span(ctx, start, start + m.end("next"))
            if span is None:
                continue
            label = m.group(0)[:m.start("sep")]
            nxt = after if kind == "bracket" else m.group("next")
            yield ctx.finding(
                "convention-deviation", (art.heading_span[0], art.heading_span[1]),
                f"見出し「{label}{sep}{m.group('next')}」の条番号と見出しの間（{_describe_space(sep)}）が、この文書の他の見出しと"
                f"違います（「{label}{major}{nxt}」の形が{n_major}回）。",
                f"The heading 「{label}{sep}{m.group('next')}」 separates its number from its title otherwise than the "
                f"document's other headings ({n_major} of them write 「{label}{major}{nxt}」).",
                suggestion=f"{label}{major}{nxt}", excerpt=_heading_excerpt(ctx, art, start, m),
                # a space the other headings do without, typed (a PDF's extractor spaces by where glyphs stand)
                severity="warning" if len(sep) > len(major) and ctx.doc.source.format != "pdf" else None,
            )
    yield from _spaced_label_findings(ctx, heads)
    yield from _bare_title_findings(ctx, heads)


def _odd_heading(n_major: int, n_minor: int) -> bool:
    """Is a heading form written ``n_minor`` times the odd one out beside one written ``n_major`` times? Headings are a
    series typed alike: one heading unlike three or more others is as clear as a minority among many words."""
    return _clear(n_major, n_minor) or n_minor == 1 and n_major >= _ODD_HEADING_AMONG


_ODD_HEADING_AMONG = 3
_INNER_SPACE = re.compile(r"[ \u3000]")


def _spaced_label_findings(ctx: Context, heads: list):
    """「第 1 条（約款承認…）」 or 「第 1条」 where the document's other headings write 「第2条」: a space inside the
    number that the other labels do without (the first heading typed or pasted apart, mostly). Told where the
    unspaced labels are as many at least and the spaced one is alone, or a quarter as many."""
    spaced = [h for h in heads if _INNER_SPACE.search(h[2].group(0)[:h[2].start("sep")])]
    plain = len(heads) - len(spaced)
    if not spaced or not plain or not (len(spaced) == 1 or plain >= _MAJORITY * len(spaced)):
        return
    for art, start, m, _ in spaced:
        label = m.group(0)[:m.start("sep")]
        tight = _INNER_SPACE.sub("", label)
        yield ctx.finding(
            "convention-deviation", (art.heading_span[0], art.heading_span[1]),
            f"見出しの条番号「{label}」の中に空白があります。この文書の他の見出し（{plain}件）は「{tight}」のように詰めて書いています。",
            f"The heading's number 「{label}」 holds a space; the document's other {plain} heading(s) write it tight "
            f"(「{tight}」).",
            suggestion=tight, excerpt=_heading_excerpt(ctx, art, start, m),
            severity="warning" if ctx.doc.source.format != "pdf" else None)


_CLOSING = dict(zip(_TITLE_BRACKET, ")）］】〕>＞"))


def _bare_title_findings(ctx: Context, heads: list):
    """A title set bare where the document brackets its others (「第1条 規約の適用」 among 23 「第N条 (契約の成立)」):
    the headings were typed at two times, or one was pasted. Titled headings only: a law's 第一条　この法律は… is none."""
    titled = [h for h in heads if h[0].title]
    kinds = Counter(k for _, _, _, k in titled)
    if not kinds["word"] or not _clear(kinds["bracket"], kinds["word"]):
        return
    (opening, _), = Counter(m.group("next") for _, _, m, k in titled if k == "bracket").most_common(1)
    src = ctx.doc.source.text
    for art, start, m, k in titled:
        if k != "word":
            continue
        label = m.group(0)[:m.start("sep")]
        yield ctx.finding(
            "convention-deviation", (art.heading_span[0], art.heading_span[1]),
            f"見出し「{label}{m.group('sep')}{art.title}」の見出し語が括弧で囲まれていません。この文書の他の見出しは"
            f"「{label}{m.group('sep')}{opening}…{_CLOSING[opening]}」の形です（{kinds['bracket']}回）。",
            f"The heading 「{label}{m.group('sep')}{art.title}」 sets its title bare; the document's other "
            f"{kinds['bracket']} headings bracket it 「{opening}…{_CLOSING[opening]}」.",
            suggestion=f"{label}{m.group('sep')}{opening}{art.title}{_CLOSING[opening]}", excerpt=_line_excerpt(src, start))


_LABEL_ONLY = re.compile(r"[ \u3000]*第[ \u3000]*[0-9０-９一二三四五六七八九十百千]+[ \u3000]*条(?:の[0-9０-９一二三四五六七八九十]+)*")


def _number_line(src: str, offsets, art) -> tuple[int, str]:
    """(start, text) of the source line that holds an article's number: its heading's first line, or the line under
    a caption the heading opens with (（駐車の責任）⏎第17条…)."""
    start = offsets[art.heading_span[0]]
    stop = offsets[min(art.heading_span[1], len(offsets) - 1)]
    while True:
        end = src.find("\n", start)
        line = src[start:len(src) if end < 0 else end].rstrip("\r")
        if _LABEL_ONLY.match(line) is not None or end < 0 or end + 1 > stop:
            return start, line
        start = end + 1


def _glued_body_findings(ctx: Context):
    """「第17条宿泊客が当館の駐車場を…」 where the document sets its article numbers on a line of their own (第16条⏎1.
    宿泊客の手荷物が…): the article's text runs into its number, with no space or line break. Told where at least five
    articles stand alone or set apart by a space and such runs are at most a quarter as many."""
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    apart, glued = 0, []
    for art in ctx.doc.all_articles():
        if art.block or not art.label.startswith("第"):
            continue
        start, line = _number_line(src, offsets, art)
        m = _LABEL_ONLY.match(line)
        if m is None:
            continue
        rest = line[m.end():]
        if not rest.strip(" \u3000\t") or rest[0] in " \u3000\t":
            apart += 1
        elif rest[0] not in _TITLE_BRACKET and "\u3041" <= rest[0] <= "\u9fff" and "。" in rest:
            glued.append((art, start, m.end()))
    if apart < 5 or not glued or 4 * len(glued) > apart:
        return
    for art, start, cut in glued:
        label = src[start:start + cut].strip(" \u3000")
        body = src[start + cut:start + cut + 8]
        yield ctx.finding(
            "convention-deviation", (art.heading_span[0], art.heading_span[1]),
            f"「{label}{body}」: 条番号のすぐ後に本文が続いています。この文書の他の条（{apart}条）は番号を行に独立させるか空白で"
            f"区切っています。",
            f"「{label}{body}」: the article's text runs into its number; the document's other {apart} articles set the "
            f"number apart (its own line or a space).",
            suggestion=f"{label}　", excerpt=_line_excerpt(src, start), severity="warning")


_MD_HEADING_MARK = re.compile(r"[ \t]*(#{1,6})[ \t]*")


def _md_heading_mark(src: str, start: int) -> str | None:
    """The Markdown heading mark (「##」) before the source offset ``start`` on its line, if all that precedes it."""
    m = _MD_HEADING_MARK.fullmatch(src, src.rfind("\n", 0, start) + 1, start)
    return m.group(1) if m else None


def _heading_level_findings(ctx: Context):
    """Markdown: an article headed at another level than the others (「# 第4条」 among 「## 第1条」…), which renders as a
    heading of the document, not of one of its articles: at the title's level or above when the document has a title
    and other articles sit under it, otherwise where the others clearly agree."""
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    levels = []
    for art in ctx.doc.all_articles():
        if art.part != "main" or not art.label.startswith("第"):
            continue
        mark = _md_heading_mark(src, offsets[art.heading_span[0]])
        if mark is not None:
            levels.append((art, mark))
    counts = Counter(mark for _, mark in levels)
    if len(counts) < 2:
        return
    (major, n_major), = counts.most_common(1)
    # the document's title (「# 利用規約」 above the first article) settles it: an article headed at the title's level
    # or above is no part of the document under it, whatever the count (「# 第4条」 … 「# 第10条」 after 「## 第1条」)
    first = min(offsets[a.heading_span[0]] for a, _ in levels)
    title = re.search(r"(?m)^[ \t]*(#{1,6})[ \t]+\S", src[:first])
    deeper = [mark for mark in counts if title and len(mark) > len(title.group(1))]
    if title and deeper:
        major = max(deeper, key=counts.__getitem__)
        n_major = counts[major]
    for art, mark in levels:
        if mark == major:
            continue
        if title and deeper:
            if len(mark) > len(title.group(1)):
                continue
        elif not _clear(n_major, counts[mark]):
            continue
        yield _level_finding(ctx, art.heading_span, art.label, mark, major, n_major, "条")


def _heading_number_width_findings(ctx: Context):
    """A chapter's or an article's number written in the other width than the document's other headings of its
    kind (「第1章」「第2章」 before 「第３章」…「第１１章」; the 2022 bylaws' 第10条–第19条 among 第１条…第９条 and
    第２０条 on): the headings were typed at two times, or pasted. By kind (章, 条), where the others clearly agree; a
    document that writes one digit full-width and two half-width (第１条 … 第10条, a house style) is held to that. Told
    once per kind, at the first heading of the other width, with how many there are."""
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    heads = [(ch.kind, ch.span[0]) for ch in ctx.doc.chapters]
    # (a caption above the number, 「(公告)⏎⏎第4条」: the number is where the heading writes the article's label)
    heads += [("条", max(a.heading_span[0], ctx.text.find(a.label, a.heading_span[0], a.heading_span[1])))
              for a in ctx.doc.articles if a.label.startswith("第")]
    by_kind: dict[str, list] = {}
    kanji: dict[str, list] = {}  # headings numbered in kanji (第一条)
    for kind, start in heads:
        if start >= len(offsets):
            continue
        at = offsets[start]
        m = _HEADING_NUMBER.match(src, at, min(len(src), at + 16))
        if m is not None and re.fullmatch(r"[0-9]+|[０-９]+", m.group(1)):
            by_kind.setdefault(kind, []).append((at, m, _is_full(m.group(1)[0]), len(m.group(1)) == 1))
        elif m is not None and re.fullmatch(r"[一二三四五六七八九十百〇]+", m.group(1)):
            kanji.setdefault(kind, []).append((at, m))
    for kind, written in kanji.items():
        yield from _kanji_numeral_minority(ctx, kind, written, by_kind.get(kind, []))
    for kind, found in by_kind.items():
        one = [x for x in found if x[3]]
        more = [x for x in found if not x[3]]
        house = sum(x[2] for x in one) * 2 > len(one) and sum(not x[2] for x in more) * 2 > len(more) and one and more
        told = False
        for group in ([one, more] if house else [found]):
            for f in _width_minority(ctx, kind, group):
                told = True
                yield f
        if not told:
            # (a house style changes width at the first two-digit number; 第１条…第７条 then 第8条 changes it among the
            # one-digit ones, which the style does not explain)
            yield from _width_switch(ctx, kind, found, among_one_digit=bool(house))


# Headings that change width once and keep to it (第1条…第8条, then 第９条…第１７条): typed at two times, each part
# consistent, neither the document's clear habit; the house style of one digit full width and more digits half
# width (第１条…第９条, 第10条…) is no such change. Each part this long at least:
_SWITCH_RUN = 2
# the first headings this few, in the other width than the many after them, are what was typed apart
_FEW_FIRST = 3


def _width_switch(ctx: Context, kind: str, found: list, among_one_digit: bool = False):
    widths = [x[2] for x in found]
    switches = [i for i in range(1, len(widths)) if widths[i] != widths[i - 1]]
    if len(switches) != 1 or min(switches[0], len(widths) - switches[0]) < _SWITCH_RUN:
        return
    i = switches[0]
    at, m, full, one_digit = found[i]
    if among_one_digit and not one_digit:
        return
    before, after = ("半角", "全角") if full else ("全角", "半角")
    # (the first headings a few, 第１条, 第２条, then 第3条…第7条: they are the ones to tell, with their correction)
    first_few = i <= _FEW_FIRST and i * 2 <= len(widths) - i and not among_one_digit
    if first_few:
        at, m, first_full, _ = found[0]
    a, b = ctx.doc.norm.index_of(m.start(1)), ctx.doc.norm.index_of(m.end(1) - 1)
    if a is None or b is None:
        return
    written = m.group(0).strip(" \u3000#*■【[（(")
    n_after = len(widths) - i
    if first_few:
        yield ctx.finding(
            "convention-deviation", (a, b + 1),
            f"{kind}の見出しの番号が最初の{i}か所（「{written}」から）だけ{before}で、以後の{n_after}か所は{after}です。",
            f"The first {i} {kind} headings (from 「{written}」) have {'full' if first_full else 'half'} width numbers, "
            f"the {n_after} after them the other width.",
            suggestion=m.group(1).translate(WIDE_DIGITS if first_full else _TO_FULL),
            excerpt=_line_excerpt(ctx.doc.source.text, at))
        return
    yield ctx.finding(
        "convention-deviation", (a, b + 1),
        f"{kind}の見出しの番号が「{written}」から{after}に変わっています（それまでの{i}か所は{before}、以後の"
        f"{n_after}か所は{after}）。",
        f"The {kind} headings switch from {'half' if full else 'full'} to {'full' if full else 'half'} width numbers at "
        f"「{written}」 ({i} before, {n_after} from there).",
        excerpt=_line_excerpt(ctx.doc.source.text, at))


def _kanji_numeral_minority(ctx: Context, kind: str, kanji: list, digits: list):
    """Headings of one kind numbered in kanji (第一条…第三条) and in digits (第4条 on): the few of the other notation,
    told once at the first, where the document clearly numbers the others one way."""
    if not kanji or not digits:
        return
    if _clear(len(digits), len(kanji)):
        minority, major, n_major = kanji, "算用数字", len(digits)
    elif _clear(len(kanji), len(digits)):
        minority, major, n_major = digits, "漢数字", len(kanji)
    else:
        return
    yield from _told_once(ctx, kind, [(at, m) for at, m, *_ in minority], major, n_major, "書き方", "numbers itself",
                          None)


def _width_minority(ctx: Context, kind: str, found: list):
    n_full = sum(1 for x in found if x[2])
    n_half = len(found) - n_full
    if _clear(n_full, n_half):
        major, n_major, odd = "全角", n_full, False
    elif _clear(n_half, n_full):
        major, n_major, odd = "半角", n_half, True
    else:
        return
    minority = [(at, m) for at, m, full, _ in found if full == odd]
    yield from _told_once(ctx, kind, minority, major, n_major, "幅", "has its number in the other width",
                          WIDE_DIGITS if major == "半角" else _TO_FULL)


def _told_once(ctx: Context, kind: str, minority: list, major: str, n_major: int, what: str, what_en: str, table):
    """One finding at the first heading of ``minority`` ((source offset, match) each), saying how many there are;
    with the heading rewritten by ``table`` as the suggestion where one is given."""
    if not minority:
        return
    at, m = minority[0]
    a, b = ctx.doc.norm.index_of(m.start(1)), ctx.doc.norm.index_of(m.end(1) - 1)
    if a is None or b is None:
        return
    written = m.group(0).strip(" \u3000#*■【[（(")
    more = f"ほか{len(minority) - 1}か所、" if len(minority) > 1 else ""
    yield ctx.finding(
        "convention-deviation", (a, b + 1),
        f"見出し「{written}」の番号の{what}が他の{kind}の見出しと違います（{more}他は{major}、{n_major}回）。",
        f"The heading 「{written}」 {what_en} otherwise than the document's other {kind} headings ({len(minority)} "
        f"so, {n_major} the other way).",
        suggestion=written.translate(table) if table else None, excerpt=_line_excerpt(ctx.doc.source.text, at))


_HEADING_NUMBER = re.compile(r"[ \u3000#*■【\[（(]*第([0-9０-９]+|[一二三四五六七八九十百〇]+)[章節款条編]")


def _level_finding(ctx: Context, span: tuple[int, int], label: str, mark: str, major: str, n_major: int, kind: str):
    """A heading (of an article, a chapter…) at the Markdown level ``mark`` where the document's others of its kind are
    at ``major``."""
    src = ctx.doc.source.text
    return ctx.finding(
        "convention-deviation", span,
        f"{label}の見出しは「{mark}」で、他の{kind}の「{major}」（{n_major}回）と見出しの階層が違います。",
        f"{label} is a level-{len(mark)} heading; the document's other {kind} headings are level {len(major)} "
        f"({n_major} of them).",
        suggestion=major, excerpt=_line_excerpt(src, ctx.doc.norm.offsets[span[0]]))


def _chapter_level_findings(ctx: Context):
    """Markdown: a chapter headed at another level than the document's other chapters of its kind (「### 第八章」 among
    seven 「## 第N章」, at the level of the articles): the page shows it as one of the articles' headings. Where the
    others clearly agree (the same share as articles), and they are three at least."""
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    by_kind: dict[str, list] = {}
    for ch in ctx.doc.chapters:
        mark = _md_heading_mark(src, offsets[ch.span[0]]) if ch.span[0] < len(offsets) else None
        if mark is not None:
            by_kind.setdefault(ch.kind, []).append((ch, mark))
    for kind, levels in by_kind.items():
        counts = Counter(mark for _, mark in levels)
        if len(counts) < 2 or len(levels) < 3:
            continue
        (major, n_major), = counts.most_common(1)
        for ch, mark in levels:
            if mark == major or not _clear(n_major, counts[mark]):
                continue
            yield _level_finding(ctx, ch.span, ch.label, mark, major, n_major, kind)


_DIGIT_SHAPE = str.maketrans("0123456789０１２３４５６７８９", "DDDDDDDDDDＤＤＤＤＤＤＤＤＤＤ")


# formats whose pages show any run of white space as one space: only whether there is one is seen
_COLLAPSING = frozenset({"html", "markdown"})


def _labelled_lists(ctx: Context) -> list[list[tuple]]:
    """Each list of items of the document (a paragraph's, an item's), as (item, source start of its label, the label
    as written, the space after it in the source) for its items labelled with a number."""
    def build():
        src, offsets, text = ctx.doc.source.text, ctx.doc.norm.offsets, ctx.full.text
        collapsing = ctx.doc.source.format in _COLLAPSING
        lists = []
        for art in ctx.doc.all_articles():
            for para in art.paragraphs:
                lists.append(_spaced_labels(para.items, src, offsets, text, collapsing))
                for top in para.items:
                    lists.extend(_spaced_labels(parent.items, src, offsets, text, collapsing)
                                 for parent in top.walk() if parent.items)
        return [labels for labels in lists if labels]
    return ctx.full.memo("conventions.labelled_lists", build)


def _item_separator_findings(ctx: Context):
    """An item whose label is spaced from its text unlike its own list's other items and unlike the document's
    items of its label form: a list written one way throughout is a choice, not a slip. Likewise a paragraph's
    number among the article's other paragraph numbers (「１．  当社は…」 beside 「３．当社は…」)."""
    yield from _separator_findings(ctx, _labelled_lists(ctx), "号", "item")
    yield from _separator_findings(ctx, _labelled_paragraph_lists(ctx), "項", "paragraph")


def _labelled_paragraph_lists(ctx: Context) -> list[list[tuple]]:
    """The numbered paragraphs of each article, as _labelled_lists gives a list's items."""
    src, offsets, text = ctx.doc.source.text, ctx.doc.norm.offsets, ctx.full.text
    collapsing = ctx.doc.source.format in _COLLAPSING
    lists = [_spaced_labels([p for p in art.paragraphs if p.label], src, offsets, text, collapsing)
             for art in ctx.doc.all_articles()]
    return [labels for labels in lists if labels]


def _separator_findings(ctx: Context, lists: list[list[tuple]], unit: str, unit_en: str):
    src = ctx.doc.source.text
    by_form: dict[str, Counter] = {}  # label form → how often each spacing follows it
    for labels in lists:
        for _, _, w, sep in labels:
            by_form.setdefault(w.translate(_DIGIT_SHAPE), Counter())[sep] += 1
    for labels in lists:
        if len({sep for _, _, _, sep in labels}) < 2:
            continue
        for it, start, written, sep in labels:
            seps = by_form[written.translate(_DIGIT_SHAPE)]
            (major, n_major), = seps.most_common(1)
            if sep == major or not _clear(n_major, seps[sep]):
                continue
            span = (it.span[0], min(it.span[1], it.span[0] + len(it.label) + 1))
            yield ctx.finding(
                "convention-deviation", span,
                f"{unit}の番号「{written}」と本文の間（{_describe_space(sep)}）が、同じ列挙の他の{unit}やこの文書の同じ形の{unit}と"
                f"違います（{_describe_space(major)}が{n_major}回）。",
                f"The {unit_en} label 「{written}」 is separated from its text otherwise than the other {unit_en}s of its "
                f"list and the document's {unit_en}s of its form ({n_major} of them: {_describe_space(major)}).",
                excerpt=_line_excerpt(src, start))


def _item_label_width_findings(ctx: Context):
    """One item of a list whose label is written in the other width (「4．会社が…」 after 「1. 」「2. 」「3. 」): the
    others agree on their form, this one alone differs, and only by width."""
    src = ctx.doc.source.text
    for labels in _labelled_lists(ctx):
        forms = Counter(w.translate(_DIGIT_SHAPE) for _, _, w, _ in labels)
        if len(forms) != 2:
            continue
        (major, n_major), (minor, n_minor) = forms.most_common(2)
        if n_major < 2 or n_minor != 1 or _nfkc(major) != _nfkc(minor):
            continue
        for it, start, written, _ in labels:
            if len({_is_full(c) for c in written if c in "()（）"}) > 1:
                continue  # 「(4）」: a bracket opened in one width and closed in the other is the bracket rule's slip
            if written.translate(_DIGIT_SHAPE) == minor:
                usual = next(w for _, _, w, _ in labels if w.translate(_DIGIT_SHAPE) == major)
                yield ctx.finding(
                    "convention-deviation", (it.span[0], min(it.span[1], it.span[0] + len(it.label))),
                    f"号の番号「{written}」の文字の幅が、同じ列挙の他の号（「{usual}」など{n_major}個）と違います。",
                    f"The item label 「{written}」 is written in another width than the other labels of its list "
                    f"(「{usual}」 and {n_major - 1} more).",
                    suggestion=written.translate(_WIDTH_OF[_is_full(usual[-1])]), excerpt=_line_excerpt(src, start))


# a bracketed label of an enumeration, in the text or opening an item: (1) （２） (a) （ｂ） (ⅰ) (iv)
_BRACKETED_LABEL = re.compile(r"([（(])([0-9０-９]{1,2}|[a-zａ-ｚ]|[A-ZＡ-Ｚ]|[ⅰ-ⅻ]|[Ⅰ-Ⅻ]|[ivx]{2,4})([）)])")
_SMALL_ROMAN, _CAPITAL_ROMAN = "ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ", "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"


def _label_value(v: str) -> tuple[str, int] | None:
    """(kind, ordinal) of a label's inside: digits, a Latin letter of either case, a Roman numeral."""
    v = _nfkc(v) if v not in _SMALL_ROMAN + _CAPITAL_ROMAN else v
    if v.isdigit():
        return "digit", int(v)
    if v in _SMALL_ROMAN or v in _CAPITAL_ROMAN:
        return "roman", (_SMALL_ROMAN + _CAPITAL_ROMAN).index(v) % 12 + 1
    if len(v) > 1:
        return ("roman", ROMAN[v]) if v in ROMAN else None
    return ("lower" if v.islower() else "upper"), ord(v.lower()) - ord("a") + 1


def _label_runs(ctx: Context) -> list[list[re.Match]]:
    """The enumerations of bracketed labels in the source: labels of one kind numbered on (1, 2, 3; a, b), each
    written with both brackets in one width, within a line (「(a) …、（b） …、(c) …」) or opening consecutive lines
    (the items of a list, 「(ⅰ)本SDK…」⏎「（ⅱ）本SDKの…」)."""
    def build():
        src = ctx.doc.source.text
        runs: list[list[re.Match]] = []
        line_starts: list[re.Match] = []  # the run of labels opening consecutive lines
        for line_m in re.finditer(r"[^\n]+", src):
            a, b = line_m.span()
            inline = [m for m in _BRACKETED_LABEL.finditer(src, a, b) if _is_full(m.group(1)) == _is_full(m.group(3))]
            lead = src[a:inline[0].start()].strip(" \t\u3000*-・>#") if inline else None
            # (a line without a label at its start, an item's wrapped text, leaves the run of line labels open)
            if inline and not lead:
                line_starts = _grown(line_starts, inline[0], runs)
                # (and the first of the line's own enumeration when more follow: 「(1)…、（2）…、または(3)…」)
            run: list[re.Match] = []
            for m in inline:
                run = _grown(run, m, runs)
            if len(run) >= 2:
                runs.append(run)
        if len(line_starts) >= 2:
            runs.append(line_starts)
        return runs
    return ctx.memo("conventions.label_runs", build)


def _grown(run: list[re.Match], m: re.Match, runs: list[list[re.Match]]) -> list[re.Match]:
    """``run`` with ``m`` after it when ``m`` numbers on from it; else a new run of ``m``, the old one kept in ``runs``
    when it holds two labels or more."""
    if run and _follows(run[-1], m):
        run.append(m)
        return run
    if len(run) >= 2:
        runs.append(run)
    return [m]


def _follows(prev: re.Match, m: re.Match) -> bool:
    a, b = _label_value(prev.group(2)), _label_value(m.group(2))
    return a is not None and b is not None and a[0] == b[0] and b[1] == a[1] + 1


def _label_bracket_width_findings(ctx: Context):
    """A label of an enumeration in brackets of the other width than its neighbours: 「(a) …、（b） …、(c) …」,
    「(ⅰ)本SDK…」 over 「（ⅱ）本SDKの…」. In a run of three or more the run's majority decides; in a run of two, the
    document's bracketed labels do (a clear majority of one width)."""
    runs = _label_runs(ctx)
    if not runs:
        return
    widths = Counter(_is_full(m.group(1)) for run in runs for m in run)
    said = {f.span for f in _item_label_width_findings(ctx)}  # (a list's label in the other width, by its form)
    for run in runs:
        here = Counter(_is_full(m.group(1)) for m in run)
        if len(here) != 2:
            continue
        if len(run) >= 3:
            (usual, n_usual), (_, n_other) = here.most_common(2)
            if n_other != 1:
                continue
        else:
            usual = max(widths, key=widths.get)
            if widths[usual] < _MIN_USES or widths[usual] < _MAJORITY * widths[not usual]:
                continue
        for m in run:
            if _is_full(m.group(1)) == usual:
                continue
            a, b = ctx.doc.norm.index_of(m.start()), ctx.doc.norm.index_of(m.end() - 1)
            if a is None or b is None or (a, b + 1) in said:
                continue
            shown = m.group(0)
            fixed = ("（", "）") if usual else ("(", ")")
            ref = next(x.group(0) for x in run if _is_full(x.group(1)) == usual)
            yield ctx.finding(
                "convention-deviation", (a, b + 1),
                f"列挙の記号「{shown}」の括弧の幅が、同じ列挙の「{ref}」と違います。",
                f"The label 「{shown}」 is bracketed in another width than 「{ref}」 of the same enumeration.",
                suggestion=fixed[0] + m.group(2) + fixed[1], excerpt=ctx.doc.source.text[m.start():m.end() + 12],
                severity="warning")


_PARAGRAPH_LABEL = re.compile(r"[0-9０-９]{1,3}(?:[.．、,，)）](?![0-9０-９])|(?=[ \u3000\t]))[ \u3000\t]*")


def _paragraph_labels(ctx: Context) -> list[tuple]:
    """(article, [(paragraph, match of its number in the source)]) for each article: its numbered paragraphs that hold
    text and open with a number as _PARAGRAPH_LABEL reads it. Once per document: two conventions read them."""
    def build():
        src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
        out = []
        for art in ctx.doc.all_articles():
            numbered = []
            for para in art.paragraphs:
                if para.number is None or para.span[1] <= para.span[0]:
                    continue
                m = _PARAGRAPH_LABEL.match(src, offsets[para.span[0]])
                if m is not None:
                    numbered.append((para, m))
            out.append((art, numbered))
        return out
    return ctx.memo("conventions.paragraph_labels", build)


def _paragraph_label_findings(ctx: Context):
    """Paragraph numbers written in another form than the document's (「３．役員の任期…」「４．」「５．」 in an article
    whose 「２ 」, like the document's other paragraph numbers, is a digit and a space), where the article itself mixes
    the two forms."""
    src = ctx.doc.source.text
    # (not the first paragraph: unnumbered in law style, or numbered by an HTML list (<ol>) for the page)
    per_article = [[(para, m, _paragraph_form(m.group(0))) for para, m in labels if para.number != 1]
                   for _, labels in _paragraph_labels(ctx)]
    forms = Counter(form for labels in per_article for _, _, form in labels)
    if len(forms) < 2:
        return
    (major, n_major), = forms.most_common(1)
    usual = next(m.group(0) for labels in per_article for _, m, form in labels if form == major)
    for labels in per_article:
        if len({form for _, _, form in labels}) < 2:
            continue
        for para, m, form in labels:
            if form == major or not _clear(n_major, forms[form]):
                continue
            yield ctx.finding(
                "convention-deviation", (para.span[0], min(para.span[1], para.span[0] + len(m.group(0).rstrip()))),
                f"項番号「{m.group(0).rstrip()}」の書き方が、同じ条の他の項やこの文書の項番号（「{usual.rstrip()}」の形が{n_major}回）と"
                f"違います。",
                f"The paragraph number 「{m.group(0).rstrip()}」 is written otherwise than the other paragraph numbers of its "
                f"article and of the document (「{usual.rstrip()}」: {n_major} of them).",
                excerpt=_line_excerpt(src, m.start()))


def _paragraph_width_findings(ctx: Context):
    """Paragraph numbers of one digit written in the other width than the document's numbers of their form
    (「  2　ショッピングにおいて…」 after 「１　当社は…」, where 47 paragraph numbers are 「Ｎ　」): an article or a part of one
    pasted from another text; or than the others of their article (「4．その他」 after 「１．」「２．」「３．」). A form is the
    mark after the digit (「２．」 and 「２　」 number different lists: a 附則's sections and the articles' paragraphs). Numbers of
    two digits are not counted (a house style writes １ to ９ in full width and 10 on in half). Told once per article, at
    its first such number, naming the others."""
    src = ctx.doc.source.text
    per_article = []
    widths: Counter = Counter()  # (part, form, full width?) → paragraph numbers
    for art, numbered in _paragraph_labels(ctx):
        labels = []
        for para, m in numbered:
            if len(m.group(0)) > 1 and m.group(0)[1].isdigit():
                continue
            # (the 附則's own sections, 「１．土地…」, are a list of their own beside the articles' 「2．」)
            key = (art.part.split("-")[0], _paragraph_form(m.group(0)), _is_full(m.group(0)[0]))
            labels.append((para, m, key))
            widths[key] += 1
        per_article.append(labels)
    for labels in per_article:
        here = Counter(key for _, _, key in labels)
        odd = []
        for para, m, (part, form, full) in labels:
            key, usual = (part, form, full), (part, form, not full)
            if _clear(widths[key], widths[usual]):
                continue  # the document's own width for numbers of this form
            if _clear(widths[usual], widths[key]) or (here[key] == 1 and here[usual] >= 2):
                odd.append((para, m, usual))
        if not odd:
            continue
        para, m, (_, _, to_full) = odd[0]
        shown = "」「".join(mm.group(0).rstrip(" \u3000\t") for _, mm, _ in odd)
        n = widths[odd[0][2]]
        yield ctx.finding(
            "convention-deviation", (para.span[0], para.span[0] + 1),
            f"項番号「{shown}」が{'半角' if to_full else '全角'}で書かれています。この文書のこの形の項番号は"
            f"{'全角' if to_full else '半角'}です（{n}回）。",
            f"The paragraph number{'s' if len(odd) > 1 else ''} 「{shown}」 {'are' if len(odd) > 1 else 'is'} in "
            f"{'half' if to_full else 'full'} width; the document writes such paragraph numbers in "
            f"{'full' if to_full else 'half'} width ({n} of them).",
            suggestion=m.group(0)[0].translate(_WIDTH_OF[to_full]), excerpt=_line_excerpt(src, m.start()))


def _paragraph_form(label: str) -> str:
    """A paragraph number's form: the mark after its digits (「３．」「２、」) or none (「２ 」). Not the digits' width
    (documents that write １ to ９ in full width often write 10 and up in half: the digit-width check reads that), nor
    the space after a mark, which follows the mark's width (「7. 」 beside 「1．」)."""
    return _nfkc(label.rstrip(" \u3000\t").lstrip("0123456789０１２３４５６７８９"))


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


_WIDTH_OF = {  # label characters put into the width of a list's other labels: True full, False half
    True: str.maketrans("0123456789.()", "０１２３４５６７８９．（）"),
    False: str.maketrans("０１２３４５６７８９．（）", "0123456789.()"),
}


def _spaced_labels(items, src: str, offsets, text: str, collapsing: bool) -> list:
    out = []
    for it in items:
        label = it.label
        if not label or not text.startswith(label, it.span[0]) or not any(c.isdigit() for c in label):
            continue
        start = offsets[it.span[0]]
        after = offsets[it.span[0] + len(label) - 1] + 1
        written = src[start:after]  # as the source writes it (normalization folds its widths)
        sep = re.match(r"[ \t\u3000]*", src[after:after + 8]).group(0)
        if after + len(sep) >= len(src) or src[after + len(sep)] == "\n":
            continue  # a label alone on its line
        out.append((it, start, written, " " if collapsing and sep else sep))
    return out


def _describe_space(sep: str) -> str:
    if not sep:
        return "空白なし"
    kinds = "・".join(k for k, c in (("半角空白", " "), ("全角空白", "\u3000"), ("タブ", "\t")) if c in sep)
    return f"{kinds}{len(sep)}字"


def _heading_excerpt(ctx: Context, art, start: int, m: re.Match) -> str:
    """The heading as the source writes it from its number (its title, or the first words after the number of an
    untitled one), not the text a page runs on the same line."""
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    end = offsets[art.heading_span[1] - 1] + 1 if art.heading_span[1] > art.heading_span[0] else start
    return _line_excerpt(src, start)[:max(end - start, m.end("next") + 4)]


def _line_excerpt(src: str, start: int) -> str:
    end = src.find("\n", start)
    return src[start:len(src) if end < 0 else end][:40]

# an amount grouped by 「、」 (「1、000円」): 、 separates clauses, never digits, so the reader is left to guess whether
# this is one thousand or the numbers 1 and 000; only before a counter, as an enumeration of numbers (1、2、3) never
# puts three digits after each mark
_TOUTEN_GROUPED = re.compile(r"(?<![0-9０-９、，,])(?P<n>[1-9１-９][0-9０-９]{0,2}(?:、[0-9０-９]{3})+)(?![0-9０-９、])"
                             r"(?=[万億円人名件個日時分秒株枚部台回通字％%]|か月|ヶ月|平方)")
_GROUP_MARK = re.compile(r"[0-9０-９][，,][0-9０-９]{3}(?![0-9０-９])")


def _touten_in_number_findings(ctx: Context):
    src = ctx.doc.source.text
    marks = [m.group(0)[1] for m in finditer_in_lines(_GROUP_MARK, src, (",", "，"))]
    for m in finditer_in_lines(_TOUTEN_GROUPED, src, _DIGIT_TOUTEN_DIGIT):
        span = _norm_span(ctx, m.start(), m.end())
        if span is None:
            continue
        written = m.group("n")
        mark = max(set(marks), key=marks.count) if marks else ("，" if _is_full(written[0]) else ",")
        want = written.replace("、", mark)
        yield ctx.finding(
            "convention-deviation", span,
            f"「{written}」は桁の区切りが読点「、」です。数の区切りには「{mark}」を使います（「{want}」）。",
            f"「{written}」 groups its digits with the comma of clauses 「、」 (「{want}」).",
            suggestion=want, excerpt=src[m.start():m.end() + 2], severity="warning")


# A line broken inside a paragraph of a Markdown page (「出席者の議決⏎権と」, 「周知手段を用い⏎て公開」): Markdown joins
# the two lines with a space, so the page shows 「議決 権」. Told where the document otherwise writes each paragraph on
# one line: a few such breaks among many paragraphs. Hard-wrapped Markdown, which breaks its long paragraphs
# throughout, is left alone, and so is a break the source marks as meant (two spaces or a backslash before it).
_SOFT_WRAP = re.compile(r"(?<=[\u3041-\u30ff\u4e00-\u9fff々])\n(?=[\u3041-\u30ff\u4e00-\u9fff々])")
_FEW_WRAPS, _UNITS_PER_WRAP, _WRAPPED_LINE = 3, 10, 16


def _cuts_a_word(text: str, p: int) -> bool:
    """Does the line break at ``p`` cut a word (議決|権: MeCab reads 議決権, or 権 as a suffix) or part a word from the
    particle or auxiliary it takes (用い|て)?"""
    left, right = text[max(0, p - 6):p], text[p + 1:p + 7]
    k = len(left)
    for t in tokenize(left + right):
        if t.start < k < t.end:
            return True
        if t.start == k:
            return t.pos in ("助詞", "助動詞", "接尾辞")
    return False


def _soft_wrap_findings(ctx: Context):
    if ctx.doc.source.format != "markdown":
        return
    text, src, offsets = ctx.text, ctx.doc.source.text, ctx.doc.norm.offsets
    units = [u for u in ctx.full.units if u.kind in ("paragraph", "item")]
    # (a line of its own before the text, 「第2項」 or a caption, is no paragraph broken: the broken line is a long one)
    spots = [m.start() for u in units for m in _SOFT_WRAP.finditer(text, u.span[0], u.span[1])
             if m.start() - ctx.line_span(m.start())[0] >= _WRAPPED_LINE]
    if not spots or len(spots) > _FEW_WRAPS or len(units) < _UNITS_PER_WRAP * len(spots):
        return
    for p in spots:
        at = offsets[p]
        if src[max(0, at - 2):at].endswith(("  ", "\\")) or src[at - 1:at] == "\r" and src[max(0, at - 3):at - 1] == "  ":
            continue
        if src[src.rfind("\n", 0, at) + 1:at].lstrip(" \u3000").startswith("#"):
            continue  # a heading's line, its text below it
        if not _cuts_a_word(text, p):
            continue  # 「…の場合⏎その必要な範囲で」: two phrases set out on two lines, no word cut
        before, after = text[max(ctx.line_span(p)[0], p - 6):p], text[p + 1:p + 5]
        yield ctx.finding(
            "convention-deviation", (p - 1, p + 2),
            f"段落の途中で改行されています（「{before}⏎{after}」）。Markdownでは改行が空白として表示されます"
            f"（「{before} {after}」）。この文書はほかでは段落を1行で書いています。",
            f"A line break inside a paragraph (「{before}⏎{after}」): Markdown shows it as a space; the document "
            f"otherwise writes each paragraph on one line.",
            suggestion=text[p - 1] + text[p + 1], excerpt=f"{before}⏎{after}", severity="warning")


@rule("convention-deviation", "info", "文書内の表記慣行からの逸脱", "departs from the document's own convention")
def convention_deviation(ctx: Context):
    for found in (_dai_findings, _heading_dai_findings, _item_citation_findings, _bracket_width_findings, _comma_findings,
                  _halfwidth_kana_findings, _latin_width_findings, _spaced_name_findings, _digit_width_findings,
                  _mixed_number_findings, _mixed_code_findings, _mixed_citation_findings, _touten_in_number_findings,
                  _bracket_majority_findings,
                  _heading_separator_findings, _glued_body_findings, _heading_level_findings, _item_separator_findings,
                  _item_label_width_findings, _label_bracket_width_findings, _paragraph_label_findings,
                  _paragraph_width_findings, style_mix_findings, _soft_wrap_findings, _chapter_level_findings,
                  _heading_number_width_findings, definition_style_findings):
        yield from found(ctx)
