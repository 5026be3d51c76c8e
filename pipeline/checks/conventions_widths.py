"""convention-deviation, widths: one character, word or number written in two widths, read from the source (which
keeps the widths normalization folds): half-width katakana, Latin words and names, numbers before a counter, digits,
codes and citations mixing widths, and parentheses of the other width (conventions 5, 6, 7 and 12 of conventions.py).
Also the majority test every convention of the rule shares (``_clear``)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from bisect import bisect_left

from ..grammar import TO_WIDE_DIGITS, WIDE_DIGITS
from . import Context, finditer_in_lines
from .chars import COUNTERS
from .sentence_style import spoken_register

# A convention needs a clear majority: at least _MAJORITY times as many as the minority and at least _MIN_USES uses.
_MAJORITY, _MIN_USES = 4, 5


def _clear(majority: int, minority: int) -> bool:
    return majority >= _MIN_USES and majority >= _MAJORITY * minority


def _norm_span(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """The normalized span of source[start:end] (None when normalization dropped its first character)."""
    a = ctx.doc.norm.index_of(start)
    if a is None:
        return None
    return a, max(a + 1, bisect_left(ctx.doc.norm.offsets, end, a))


_HALF_KANA = re.compile(r"[\uff61-\uff9f]+")


_FULL_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")
_HALF_KATAKANA = re.compile(r"[\uff66-\uff9d]")
# the punctuation of the same block, and its full-width forms: 「賃金の構成は､次のとおりとする｡」 throughout a 規程
_FULL_PUNCTUATION = re.compile(r"[、。・「」]")
_HALF_PUNCTUATION = re.compile(r"[\uff61-\uff65]")


def _halfwidth_kana_findings(ctx: Context):
    src = ctx.doc.source.text
    runs = [(m, _norm_span(ctx, m.start(), m.end())) for m in _HALF_KANA.finditer(src)]
    by_start = {span: m for m, span in runs if span is not None}
    styles = (("カタカナ", "katakana", len(_HALF_KATAKANA.findall(src)), len(_FULL_KATAKANA.findall(src))),
              ("句読点・中点", "punctuation", len(_HALF_PUNCTUATION.findall(src)), len(_FULL_PUNCTUATION.findall(src))))
    for what, what_en, half, full in styles if by_start else ():
        if half >= _HALF_STYLE and half > full:
            # a page that writes its katakana half-width throughout (a mobile site of the 2000s: 1,032 half-width, none
            # full), a 規程 that writes ､ ｡ ･ throughout (209 of them, 2 full-width): the document's style, told once,
            # not a slip on each of its lines
            first = min(by_start)
            yield ctx.finding(
                "convention-deviation", first,
                f"この文書は{what}を半角で書いています（半角{half}字、全角{full}字）。公用文・契約書では全角で書きます。",
                f"The document writes its {what_en} half-width throughout ({half} half-width, {full} full-width); "
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
            # JIS X 0201 characters pasted into Japanese prose: a slip, but for net slang in a text that talks (「Q8. 怖い？
            # A. ｺﾜｸﾅｲﾖ」 among sentences ending …んだけど？): its voice, a note
            severity="info" if spoken_register(ctx) else "warning",
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
    src, norm = ctx.doc.source.text, ctx.doc.norm
    words: dict[str, list[re.Match]] = {}
    for m in finditer_in_lines(_LATIN, src, _ANY_LATIN):
        if norm.index_of(m.start()) is None:
            continue  # what the reader left out (a page's front matter, its markup): no words of the text
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
    yield from _latin_majority_findings(ctx, words)


# Latin words written half width this often, full-width ones no more than one in ten of them (two at least allowed), make
# half width the document's way with Latin letters: a word written only full width (ＩｏＴ among LASHIC, cookie, URL)
# departs from it as one written both ways does
_LATIN_HALF_MAJORITY = 5


def _latin_majority_findings(ctx: Context, words: dict[str, list[re.Match]]):
    """A Latin word written only in full width (「ＩＰアドレス」, 「ＩｏＴ機器」) in a document that writes its other Latin words
    half width: the document's way with Latin letters, not the word's, is what it departs from."""
    half = sum(1 for ms in words.values() for m in ms if not _is_full(m.group(0)[0]))
    only_full = {w: ms for w, ms in words.items() if all(_is_full(m.group(0)[0]) for m in ms)}
    # (a word a hard-wrapped text breaks at its line's end, 「Ｗｅ⏎ｂサイト」: one word, its two parts on one joined line)
    src = ctx.doc.source.text
    occurrences = sorted(((m, w) for w, ms in only_full.items() for m in ms), key=lambda x: x[0].start())
    joined: dict[str, list[re.Match]] = {}
    i = 0
    while i < len(occurrences):
        m, w = occurrences[i]
        gap = src[m.end():occurrences[i + 1][0].start()] if i + 1 < len(occurrences) else ""
        if gap and "\n" in gap and not gap.strip():
            nxt, w2 = occurrences[i + 1]
            joined.setdefault(w + w2, []).extend((m, nxt))
            i += 2
            continue
        joined.setdefault(w, []).append(m)
        i += 1
    only_full = joined
    n_full = sum(len(ms) for ms in only_full.values())
    if not only_full or half < _LATIN_HALF_MAJORITY or n_full > max(2, half // 10):
        return
    for word, ms in only_full.items():
        for line in _lines_of(ctx, ms):
            a, b = line[0]
            broken = len(ms) == 2 and not src[ms[0].end():ms[1].start()].strip()
            seen = ms[0].group(0) + ms[1].group(0) if broken else ms[0].group(0)
            yield ctx.finding(
                "convention-deviation", (a, b),
                f"「{seen}」が全角で書かれています{'' if broken else _more(line)}。この文書は英字を半角で書いています"
                f"（{half}回）。",
                f"「{seen}」 is written in full width; the document writes its Latin letters half width ({half} times).",
                suggestion=word, excerpt=_source_excerpt(ctx, (a, b)), severity="info",
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


# two Latin words parted by a full-width space (「Sick　Leave規程」)
_WIDE_SPACED_LATIN = re.compile(r"(?<![A-Za-z])(?P<a>[A-Za-z]+)\u3000+(?P<b>[A-Za-z]+)(?![A-Za-z])")


def _wide_spaced_latin_findings(ctx: Context):
    """Two Latin words parted by a full-width space where the document writes them with a half-width one (「Sick　Leave規
    程」 beside 「Sick Leave（病気休暇）」): the Japanese space typed inside an English name, which sets the words a
    kanji's width apart. A warning: the document's own spelling is the evidence."""
    src = ctx.doc.source.text
    if "\u3000" not in src:
        return
    for m in finditer_in_lines(_WIDE_SPACED_LATIN, src, _ANY_LATIN):
        plain = f"{m.group('a')} {m.group('b')}"
        n = len(re.findall(rf"(?<![A-Za-z]){re.escape(plain)}(?![A-Za-z])", src))
        if not n:
            continue
        span = _norm_span(ctx, m.start(), m.end())
        if span is None:
            continue
        yield ctx.finding(
            "convention-deviation", span,
            f"「{m.group(0)}」の語の間が全角の空白です。この文書は「{plain}」と半角の空白で書いています（{n}回）。",
            f"「{m.group(0)}」: the words are parted by a full-width space; the document writes 「{plain}」 with a "
            f"half-width one ({n} times).",
            suggestion=plain, excerpt=_source_excerpt(ctx, span), severity="warning",
        )


# a colon after Japanese text, as a label's (「制定日：2026年7月29日」, 「ここにあります：」), in either width; not a time's
# or an address's (13:00, https:)
_JA_COLON = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u9fff々）」』】])[:：]")


def _colon_width_findings(ctx: Context):
    """A colon after Japanese text in the other width than the document's others by a clear majority (「制定日: 2026年」
    among labels closed by 「：」): the half-width colon typed once in full-width text, or the reverse."""
    src = ctx.doc.source.text
    if ":" not in src or "：" not in src:
        return
    colons = list(finditer_in_lines(_JA_COLON, src, (":", "：")))
    full = [m for m in colons if m.group(0) == "："]
    half = [m for m in colons if m.group(0) == ":"]
    if _clear(len(full), len(half)):
        minority, major, n = half, "：", len(full)
    elif _clear(len(half), len(full)):
        minority, major, n = full, ":", len(half)
    else:
        return
    for m in minority:
        span = _norm_span(ctx, m.start(), m.end())
        if span is None:
            continue
        yield ctx.finding(
            "convention-deviation", span,
            f"「{m.group(0)}」: この文書は和文の後のコロンを「{major}」で書いています（{n}回）。",
            f"「{m.group(0)}」: the document writes a colon after Japanese text as 「{major}」 ({n} times).",
            suggestion=major, excerpt=_source_excerpt(ctx, span))


# a number before a counter (年 月 日 円 回 名 か月 %), not part of a code, a decimal, an amount grouped with commas or a
# label; 第N条 and the labels starting a line follow the numbering's own notation and are left out
_COUNTED = re.compile(r"(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ.,，．:/@_\-第])(?P<n>[0-9]+(?:\.[0-9]+)?|[０-９]+(?:．[０-９]+)?)"
                      r"(?=[年月日円回名人歳時分秒週件通台個枚部ヶヵカか％%倍株口社点字度泊冊頁割室階箇種万千億]|営業日|つ)")
_TO_FULL_MARKS, _TO_HALF_MARKS = str.maketrans(".:", "．："), str.maketrans("．：", ".:")


# one number written in digits of both widths (「１0日」「１4日」 in a table of leave days), or a decimal or a time whose
# point or colon is of the other width (「年14．6％」「13:00-18：30」): no writer means it
_MIXED_NUMBER = re.compile(r"[0-9０-９]*(?:[0-9][０-９]|[０-９][0-9])[0-9０-９]*"
                           r"|(?<![0-9０-９.．:：])(?:[0-9]+[．：][0-9]+|[０-９]+[.:][０-９]+"
                           # (the digits on either side of the point of two widths: 「年14．６％」)
                           r"|[0-9]+[.．][０-９]+|[０-９]+[.．][0-9]+)(?![0-9０-９.．:：])")


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
        before = src[src.rfind("\n", 0, m.start()) + 1:m.start()]
        if src[m.end():m.end() + 1] in (")", "）") and ("．" in written or "." in written) \
                and before.count("(") + before.count("（") <= before.count(")") + before.count("）"):
            continue  # 「注2．3)又4)に掲げる」: a note's number, then a row's label 3) that closes there, no decimal number
        at_label = not before.strip() or before.rstrip().endswith((">", "|", "。"))
        if at_label and "．" in written and src[m.end():m.end() + 1] in COUNTERS:
            continue  # 「1．18歳未満の方は…」: an item's label 1． and a count (18歳), no decimal number
        if ("．" in written or "." in written) and _is_full(written[0]) != _is_full(written[-1]) and at_label:
            continue  # 「<td>１．31日以上の派遣契約」, 「失効 | １．31日以上」, 「…明らかにすること。 ２．31日未満」: a line's,
            # a cell's or a run-in label, then a number
        if "：" in written or ":" in written:
            if plain_times is None:
                plain_times = len(_PLAIN_TIME.findall(src))
            if plain_times < 2:
                continue  # every time of the document written 「10：00」: its house style, not one slipped
        full = _is_full(written[0])
        want = written.translate(TO_WIDE_DIGITS if full else WIDE_DIGITS).translate(_TO_FULL_MARKS if full else _TO_HALF_MARKS)
        mixed_digits = len({_is_full(c) for c in written if c.isdigit()}) > 1
        what = ("数字" if mixed_digits else "数字と小数点" if ("．" in written or "." in written) else
                "数字とコロン" if ("：" in written or ":" in written) else "数字")
        yield ctx.finding(
            "convention-deviation", span,
            f"「{written}」は一つの数の中で全角と半角の{what}が混ざっています（「{want}」）。",
            f"「{written}」 mixes full- and half-width characters in one number (「{want}」).",
            # digits of two widths in one number are a slip; a point of the other width is a typographic habit of some
            # templates (「年14．6％」 in documents that write every other mark full width): noted, not warned
            suggestion=want, excerpt=src[m.start():m.end() + 2], severity="info" if what != "数字" else "warning")



# a date in digits (2020年７月１日, 令和元年7月２６日): its year, month and day, each a number of its own
_DATE = re.compile(r"(?:[0-9０-９]{4}|(?:令和|平成|昭和)(?:[0-9０-９]{1,2}|元))年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?")
# dates of two widths, at most this many, beside at least as many written in one width: slips (a document that writes
# every date 「平成14年５月」, seven times, has a house style of its own, however odd)
_MIXED_DATES = 2


def _mixed_date_findings(ctx: Context):
    """「(2020年７月１日設立)」 and 「2020年７月22日から施行する」 beside 「2022年2月」: one date written in digits of two
    widths (a month typed in the IME's full width after a year typed half width). No writer means it."""
    return _mixed_width_findings(
        ctx, _DATE, "日付「{written}」の中で全角と半角の数字が混ざっています（「{want}」）。この文書の他の日付は幅を揃えています。",
        "The date 「{written}」 mixes full- and half-width digits (「{want}」); the document's other dates keep one width.")


# an address's numbers (一丁目3番１号, 2丁目５番地), and numbers joined by hyphens (〒105-0021, 03-1234-5678, 虎ノ門１－３－1):
# one address, postal code or telephone number, each typed in one sitting
_JOINED_NUMBERS = re.compile(r"(?<![0-9０-９])[0-9０-９]{1,4}(?:(?:丁目|番地?|号)[0-9０-９]{1,4})+(?:号|番地?)?"
                             r"|(?<![0-9０-９.．,，])[0-9０-９]{1,5}(?:[-－‐ー―][0-9０-９]{1,5}){1,3}(?![0-9０-９])")


def _mixed_joined_number_findings(ctx: Context):
    """「東京都港区虎ノ門一丁目3番１号」, 「〒105-００21」: one address or number written in digits of two widths, where the
    document keeps its other ones in one width. No writer means it: a digit retyped in the other width."""
    return _mixed_width_findings(
        ctx, _JOINED_NUMBERS, "「{written}」の中で全角と半角の数字が混ざっています（「{want}」）。一つの番地・番号は幅を揃えます。",
        "「{written}」 mixes full- and half-width digits (「{want}」): one address or number keeps one width.")


def _mixed_width_findings(ctx: Context, pattern: re.Pattern, ja: str, en: str):
    """Each match of ``pattern`` (a date, an address) whose digits are of two widths, at most _MIXED_DATES of them and
    no more than those written in one width."""
    src = ctx.doc.source.text
    found = list(pattern.finditer(src))
    mixed = [m for m in found if len({"０" <= c <= "９" for c in m.group(0) if c.isdigit()}) > 1]
    if not mixed or len(mixed) > _MIXED_DATES or len(found) - len(mixed) < len(mixed):
        return
    # the width the document's other dates (addresses) are written in; a tie leaves each to its own digits' majority
    others_full = sum(1 for m in found if all("０" <= c <= "９" for c in m.group(0) if c.isdigit()))
    others_half = len(found) - len(mixed) - others_full
    for m in mixed:
        span = _norm_span(ctx, m.start(), m.end())
        if span is None:
            continue
        written = m.group(0)
        half = sum(1 for c in written if c.isascii() and c.isdigit())
        full = sum(1 for c in written if "０" <= c <= "９")
        wide = others_full > others_half if others_full != others_half else half < full
        want = written.translate(TO_WIDE_DIGITS if wide else WIDE_DIGITS)  # (「昭和22年３月31日」 among ２０２５年４月１日: wide)
        yield ctx.finding("convention-deviation", span, ja.format(written=written, want=want),
                          en.format(written=written, want=want), suggestion=want, excerpt=written, severity="warning")


# a letter and its number (B5, Ｂ４, A4 判, Q1): a paper size or a code, written in one width or the other
_CODE = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])([A-Za-zＡ-Ｚａ-ｚ])([0-9０-９]{1,2})(?![A-Za-zＡ-Ｚａ-ｚ0-9０-９])")


# a grade or a rank: a full-width letter and its sign (Ａ＋, Ｂ－), or the sign typed half-width after it (Ａ+)
_GRADE_FULL = re.compile(r"[Ａ-Ｚ][＋－]")
_GRADE_HALF_SIGN = re.compile(r"[Ａ-Ｚ][+\-](?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])")
_GRADES_WRITTEN = 3


def _mixed_grade_findings(ctx: Context):
    """「Ａ+、Ａ、Ａ－、Ｂ＋…Ａ＋～Ｄ」: a full-width letter's sign typed half-width where the document writes the signs of
    its full-width grades full-width (three at least, each more than the other width): the sign slipped."""
    src = ctx.doc.source.text
    if not any(c in src for c in "+-") or not _GRADE_HALF_SIGN.search(src):
        return
    full = len(_GRADE_FULL.findall(src))
    half = list(_GRADE_HALF_SIGN.finditer(src))
    if full < _GRADES_WRITTEN or full <= len(half):
        return
    for m in half:
        span = _norm_span(ctx, m.start(), m.end())
        if span is None:
            continue
        written = m.group(0)
        want = written[0] + ("＋" if written[1] == "+" else "－")
        yield ctx.finding(
            "convention-deviation", span,
            f"「{written}」の記号が半角です。この文書は全角の英字に続く記号を全角で書いています（{full}か所、「{want}」）。",
            f"「{written}」: the sign is half-width; the document writes the signs after its full-width letters "
            f"full-width ({full} times: 「{want}」).",
            suggestion=want, excerpt=src[m.start():m.end() + 3], severity="warning")


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
                chars[m.start(k) - m.start()] = m.group(k).translate(TO_WIDE_DIGITS if major else WIDE_DIGITS)
        want = "".join(chars)
        yield ctx.finding(
            "convention-deviation", span,
            f"「{m.group(0)}」は一つの参照の中で全角と半角の数字が混ざっています（「{want}」）。",
            f"「{m.group(0)}」 mixes full- and half-width digits in one citation (「{want}」).",
            suggestion=want, excerpt=src[max(0, m.start() - 2):m.end() + 2])


# the number of a citation inside the text (第６項, 別表１, 様式第４号): not a heading's label opening its line
_CITED = re.compile(r"(?:第|別表|別紙|別記)(?P<n>[0-9]{1,3}|[０-９]{1,3})(?![0-9０-９.．,，])")


def _citation_width_findings(ctx: Context):
    """A citation whose number is in the other width than the document's other citations (「第6項の協議の結果」 among
    第１項, 第２条… written full width a hundred times; 「別表1のとおり」 beside 別表１): typed in another sitting, or
    pasted. Only where one width clearly wins; a number in a citation that mixes both is _mixed_citation_findings'."""
    src = ctx.doc.source.text
    full, half = [], []
    for m in finditer_in_lines(_CITED, src, _ANY_DIGIT):
        line_start = src.rfind("\n", 0, m.start()) + 1
        if not src[line_start:m.start()].strip(" \u3000\t#-*+・•|"):
            continue  # a heading's or a label's number, opening its line: the headings' widths are told elsewhere
        if src.count("`", line_start, m.start()) % 2:
            continue  # 「`第１条（目的）`」: quoted as written, in a Markdown code span
        (full if _is_full(m.group("n")[0]) else half).append(m)
    cited = True  # the majority is the citations' own (else the document's numbers')
    if _clear(len(full), len(half)):
        minority, n_major, major = half, len(full), "全角"
    elif _clear(len(half), len(full)):
        minority, n_major, major = full, len(half), "半角"
    elif (full or half) and (every := _document_number_width(ctx)) is not None \
            and len(half if every[0] == "半角" else full) >= len(full if every[0] == "半角" else half):
        # too few citations to vote (「学則第21条」, the one citation of rules whose articles are headed 第１条…): the
        # document's other numbers show the width it writes them in
        major, n_major, _ = every
        minority, cited = full if major == "半角" else half, False
    else:
        return
    if len(minority) > max(_FEW_OTHER_WIDTH, n_major // _SLIPS_PER_CITATIONS):
        return  # (a document cited both ways in whole passages, a revision typed in another sitting: no slip of one)
    for m in minority:
        if (whole := _CITATION_NUMBERS.match(src, m.start())) and len({_is_full(g[0]) for g in whole.groups() if g}) > 1:
            continue  # (one citation of both widths: told as that)
        span = _norm_span(ctx, m.start("n"), m.end("n"))
        if span is None:
            continue
        written = m.group(0)
        want = written.translate(TO_WIDE_DIGITS if major == "全角" else WIDE_DIGITS)
        width = "full" if major == "全角" else "half"
        yield ctx.finding(
            "convention-deviation", span,
            f"「{written}」の数字が{'半角' if major == '全角' else '全角'}です。この文書は"
            + (f"条項・別表の番号を{major}で引用しています" if cited else f"本文の数字を{major}で書いています")
            + f"（{n_major}か所）。",
            f"「{written}」: the document "
            + (f"cites its articles, paragraphs and tables with {width}-width digits" if cited
               else f"writes the numbers of its text in {width} width") + f" ({n_major} times).",
            suggestion=want, excerpt=src[max(0, m.start() - 2):m.end() + 3])


# a number of the document, any (an article's, an amount's, a label's): not part of a code or a Latin word
_ANY_NUMBER = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])(?:[0-9]+|[０-９]+)(?![A-Za-zＡ-Ｚａ-ｚ0-9０-９])")


# a few counted numbers of the other width at most are slips against the document's other numbers
_FEW_OTHER_WIDTH = 3
# a document that cites its provisions hundreds of times in one width may slip more than a few times: one citation in
# this many of the other width at most is still a slip (8 in 269 of a 個人情報保護規程), not a second convention
_SLIPS_PER_CITATIONS = 25


# a document that writes its numbers one way dozens of times may slip on more than a few counted ones: one in ten
_SLIPS_PER_NUMBERS = 10


def _document_number_width(ctx: Context) -> tuple[str, int, int] | None:
    """_every_number_width of the document's source, counted once (two conventions ask)."""
    return ctx.full.memo("conventions.number_width", lambda: _every_number_width(ctx.full.doc.source.text))


def _every_number_width(src: str) -> tuple[str, int, int] | None:
    """(the width the document writes the numbers of its text in, how many so, how many the other way), counting every
    number but the labels that open a line (「1.」「(2)」「- 3」: they follow their list's numbering), where one width
    clearly wins."""
    n_full = n_half = 0
    for m in finditer_in_lines(_ANY_NUMBER, src, _ANY_DIGIT):
        line_start = src.rfind("\n", 0, m.start()) + 1
        if not src[line_start:m.start()].strip(" \u3000\t#-*+・•|(（"):
            continue
        if (tag := src.rfind("<", line_start, m.start())) >= 0 and src.find(">", tag, m.start()) < 0:
            continue  # 「<div markdown="1">」: a number of the markup, not of the text
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
    elif (full or half) and (every := _document_number_width(ctx)) is not None \
            and len(full if every[0] == "半角" else half) <= max(_FEW_OTHER_WIDTH, every[1] // _SLIPS_PER_NUMBERS):
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
        want = seen.translate(WIDE_DIGITS if major == "半角" else TO_WIDE_DIGITS)
        more = _more(line)
        after = ctx.doc.norm.offsets[b - 1] + 1
        unit = "営業日" if src.startswith("営業日", after) \
            else src[after:after + (2 if src[after + 1:after + 2] in ("月", "間", "の", "円") else 1)]  # 年, ヶ月, 時間, 分の, 万円
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


# a line that holds a bracketed caption alone (Markdown's heading marks and spaces aside), then the article it heads:
# blank lines and kramdown's attribute lines (「{: .jou-hyoudai}」) may stand between
_CAPTION_LINE = re.compile(r"[#\s\u3000]*[(（][^()（）\n]{1,30}[)）][ \u3000]*")
_ARTICLE_BELOW = re.compile(r"\n(?:[ \u3000]*(?:\{:[^}\n]*\})?[ \u3000]*\n)*[#\s\u3000]*第[ \u3000]?[0-9０-９一二三四五六七八九十百]+"
                            r"[ \u3000]?条")


def _caption_over_article(src: str, line_start: int, pair_end: int) -> bool:
    """Is the pair ending at ``pair_end`` a caption on its own line over its article, as laws set it
    (「（安全管理義務）⏎第１５条　…」)?"""
    line_end = src.find("\n", pair_end)
    return line_end >= 0 and _CAPTION_LINE.fullmatch(src, line_start, line_end) is not None \
        and _ARTICLE_BELOW.match(src, line_end) is not None
_DEFINING_PAIR = re.compile(r"[(（]以下[、，]?[「『]")
# a parenthesis the document's own drafting writes, no quotation or name: a definition, an example list (「(メール
# アドレス、会員パスワードなど)」), a condition (「(0円の場合あり)」), what a term includes (「(子会社を含む)」)
_OWN_DRAFTING = re.compile(r"[(（](?:以下[、，]?[「『]|[^()（）]*(?:など|等|を含む|を含みます|の場合[^()（）]*|をいう|をいいます"
                           r"|を問わない|を問いません|を問わず|を除く|を除きます)[。．]?[)）]$)")
# a bracket the document writes this often in the same words is a set formula of its own width (a table's 「(税込)」)
_SET_FORMULA = 3


def _bracket_majority_findings(ctx: Context):
    src = ctx.doc.source.text
    kinds: dict[str, tuple[list, list]] = {"heading": ([], []), "text": ([], [])}
    for m in _PAIR.finditer(src):
        pair = m.group(0)
        if not _JAPANESE.search(pair) or _PAIR_LABEL.fullmatch(pair):
            continue
        line_start = src.rfind("\n", 0, m.start()) + 1
        width = 0 if pair[0] == "（" else 1
        if _caption_over_article(src, line_start, m.end()):
            # a caption on its own line is a heading, and the text's habit too (a law-style page writes its brackets
            # alike above and in its articles); alone on its line, it is never told among the text's
            kinds["heading"][width].append(m)
            kinds["text"][width].append(m)
            continue
        kinds["heading" if _AFTER_ARTICLE.match(src, line_start, m.start()) else "text"][width].append(m)
    for kind, (full, half) in kinds.items():
        # (the habit is counted in the brackets' distinct texts: a price table's 「円(税込)」 ×68 is one cell said again,
        # no habit of the page's prose, whose 「（時間帯問わず）」 was told to be half-width)
        n_full, n_half = len({m.group(0)[1:-1] for m in full}), len({m.group(0)[1:-1] for m in half})
        if _clear(n_full, n_half):
            minority, majority, n_major, want = half, full, len(full), "（…）"
        elif _clear(n_half, n_full):
            minority, majority, n_major, want = full, half, len(half), "(…)"
        else:
            continue
        said = Counter(m.group(0) for m in minority)
        # (「円(税込)」 in every row: a formula of its own)
        minority = [m for m in minority if said[m.group(0)] < _SET_FORMULA]
        if kind == "text":
            # in the text, only a pair beside one of the other width on its line (「伝票(第３号様式)を用いる。…（第４号様式）」):
            # a document's odd pair on a line of its own may be a quotation or a name written so (a law's title and number)
            # a parenthesis of the document's own drafting (a definition, 「(以下「反社会的勢力」という。)」; an example
            # list, a condition) is neither, in a text of full-width brackets (where half-width is the habit, a
            # full-width one is the standard's width)
            lines = {src.rfind("\n", 0, m.start()) for m in majority}
            minority = [m for m in minority if src.rfind("\n", 0, m.start()) in lines
                        or want == "（…）" and _OWN_DRAFTING.match(m.group(0))]
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
                # a definition's own parenthesis in the other width is a slip of the drafting, no quotation's
                severity="warning" if kind == "text" and want == "（…）" and _DEFINING_PAIR.match(seen)
                and len(minority) <= 2 else "info",
            )


