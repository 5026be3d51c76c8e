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
14. A comma right after a conjunction between two nouns (「無料利用期間および，サブスクリプション料金」) where the document
   writes its conjunctions with no comma after them: a note (a comma there cuts the pair it joins; legal style sets
   none). Some writers do so throughout (a 給与規程 with 「死亡および、退職」 eleven times): their habit, not told; nor is
   「および、または」, the writer's "and/or".

A convention needs a clear majority: at least 4 times as many as the minority and at least 5 uses.
"""

from __future__ import annotations

import re
from collections import Counter

from ..grammar import GRID_STREET, WIDE_DIGITS, int_to_kanji
from ..tokens import tokenize
from . import Context, finditer, finditer_in_lines, rule
from .definition_style import definition_style_findings
from .sentence_style import style_mix_findings
from .conventions_labels import (citation_numeral_findings, _chapter_level_findings, _glued_body_findings, _glued_supplementary_findings,
                                _heading_level_findings, _paragraph_level_findings, heading_number_spacing_findings,
                                _heading_number_width_findings, _heading_separator_findings, _item_label_width_findings, _list_width_findings,
                                _item_separator_findings, _label_bracket_width_findings, _paragraph_label_findings,
                                _paragraph_width_findings)
from .conventions_widths import (_DIGIT_TOUTEN_DIGIT, _bracket_majority_findings, _by_line, _citation_width_findings,
                                _clear, _digit_width_findings,
                                _halfwidth_kana_findings, _is_full, _latin_width_findings, _mixed_citation_findings,
                                _mixed_code_findings, _mixed_date_findings, _mixed_grade_findings,
                                _mixed_joined_number_findings, _mixed_number_findings, _norm_span,
                                _spaced_name_findings, _wide_spaced_latin_findings, _colon_width_findings)

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


def _dai_findings(ctx: Context):
    text = ctx.text
    with_dai = len(_WITH_DAI.findall(text))
    spans = {m.span("n"): m for m in finditer(_WITHOUT_DAI, text)
             if not GRID_STREET.search(text, m.start() - 1, m.end() + 1)}  # (北8条西24丁目: an address)
    spans.update((m.span("n"), m) for m in _LISTED_WITHOUT_DAI.finditer(text))
    without = [spans[k] for k in sorted(spans)]
    if not without or not _clear(with_dai, len(without)):
        return
    for m in without:
        n = m.group("n")
        suggestion = f"第{n}条"
        if (cited := _ARTICLE_BEFORE.search(text, max(0, m.start("n") - 8), m.start("n"))) is not None:
            # 「第５８条１６条」: no article is cited after an article; its item or paragraph is, where it has that many
            suggestion = _lower_meant(ctx, cited.group(1), n)
        yield ctx.finding(
            "convention-deviation", (m.start("n"), m.end()),
            f"条番号の前に「第」がありません（「{text[max(0, m.start('n') - 6):m.end()]}」）。この文書は「第N条」と書いています"
            f"（{with_dai}回、「第」なし{len(without)}回）。",
            f"「{n}条」 lacks 第: the document writes 第N条 {with_dai} times and N条 {len(without)} times.",
            suggestion=suggestion, excerpt=text[max(0, m.start("n") - 6):m.end()],
        )


_ARTICLE_BEFORE = re.compile(r"第([0-9０-９]{1,3})条$")


def _lower_meant(ctx: Context, article: str, n: str) -> str | None:
    """第N号 or 第N項 of the article cited just before (第５８条 then 「１６条」): its items' or paragraphs' number N, where
    it has one of them only; None where it has neither."""
    number, k = article.translate(WIDE_DIGITS), int(n.translate(WIDE_DIGITS))
    art = next((a for a in ctx.doc.articles if a.number == number), None)
    if art is None:
        return None
    has_item = any(len(p.items) >= k for p in art.paragraphs)
    has_paragraph = len(art.paragraphs) >= k
    if has_item == has_paragraph:
        return None
    return f"第{n}{'号' if has_item else '項'}"


# an item cited by its number with no 第 (「前項四号の評議員」, 「第2条1号」) where the document cites 項第N号 / 条第N号;
# not in a citation that drops every 第 (「施行規則１１条３項１号」: another law's citation, written so throughout)
# (a paragraph too, after its article: 「第２条２項」 where the document cites 第N条第N項)
_ITEM_WITHOUT_DAI = re.compile(r"(?<=[項条])(?P<n>[0-9０-９一二三四五六七八九十]{1,3})号|(?<=条)(?P<p>[0-9０-９]{1,2})項")
# the document's citations of an item or a paragraph after its article or paragraph, with 第: how it writes them
_LOWER_WITH_DAI = re.compile(r"(?:[項条]|前項|同項)第[0-9０-９一二三四五六七八九十]+[号項]")
_CHAIN_WITHOUT_DAI = re.compile(r"(?<!第)(?<![0-9０-９一二三四五六七八九十])[0-9０-９一二三四五六七八九十]+[条項]"
                                r"(?:第?[0-9０-９一二三四五六七八九十]+[条項])*\Z")


def _item_dai_findings(ctx: Context):
    text = ctx.text
    without = [m for m in finditer(_ITEM_WITHOUT_DAI, text)
               if not _CHAIN_WITHOUT_DAI.search(text, max(0, m.start() - 20), m.start())]
    if not without:
        return
    with_dai = len(_LOWER_WITH_DAI.findall(text))
    if not _clear(with_dai, len(without)):
        return
    for m in without:
        n, unit = (m.group("n"), "号") if m.group("n") else (m.group("p"), "項")
        yield ctx.finding(
            "convention-deviation", m.span(),
            f"{unit}の番号の前に「第」がありません（「{text[ctx.line_span(m.start())[0]:m.end()][-8:]}」）。この文書は条・項に"
            f"続く番号を「第N項」「第N号」と引用しています（{with_dai}回、「第」なし{len(without)}回）。",
            f"「{n}{unit}」 lacks 第: the document cites what follows an article or paragraph as 第N項, 第N号 {with_dai} "
            f"times and without 第 {len(without)} times.",
            suggestion=f"第{n}{unit}", excerpt=text[max(ctx.line_span(m.start())[0], m.start() - 4):m.end()],
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
                num = int_to_kanji(int(num.translate(WIDE_DIGITS)))
            yield ctx.finding(
                "convention-deviation", m.span("p"),
                f"号の引用が「{p}」になっています。この文書は号を「第N号」と引用しています（{n_major}回、括弧書き{n_minor}回）。",
                f"Item cited as 「{p}」; the document cites items as {style} ({n_major} times, in brackets {n_minor}).",
                suggestion=f"第{num}号", excerpt=text[max(0, m.start() - 4):m.end()],
            )


# the brackets that come in two widths, each kind by its opening and closing marks, full width first: a pair
# opened in one width and closed in the other is a slip of any kind (「[協賛］」 as much as 「（月額1000円)」). (Not
# 「」: its half-width form ｢｣ belongs to half-width kana, another rule's, and 「」 pairs would be no evidence of a habit.)
_BRACKET_KINDS = (("（(", "）)"), ("［[", "］]"))
_OPENING = {c: k for k, (o, _) in enumerate(_BRACKET_KINDS) for c in o}
_CLOSING = {c: k for k, (_, e) in enumerate(_BRACKET_KINDS) for c in e}
_BRACKET = re.compile("[" + re.escape("".join(o + e for o, e in _BRACKET_KINDS)) + "\n]")


def _bracket_width_findings(ctx: Context):
    src = ctx.doc.source.text
    same: int = 0
    full = 0  # of the pairs of one width, those in full width
    mixed: list[tuple[int, int]] = []
    stacks: list[list[tuple[int, str]]] = [[] for _ in _BRACKET_KINDS]
    for m in _BRACKET.finditer(src):
        c = m.group(0)
        if c == "\n":
            for stack in stacks:
                stack.clear()
        elif c in _OPENING:
            stacks[_OPENING[c]].append((m.start(), c))
        elif stacks[_CLOSING[c]]:
            kind = _BRACKET_KINDS[_CLOSING[c]]
            i, o = stacks[_CLOSING[c]].pop()
            if (o == kind[0][0]) == (c == kind[1][0]):
                same += 1
                full += c == kind[1][0]
            elif src[i + 1:m.start()].strip():
                mixed.append((i, m.start()))
    if not mixed:
        return
    if not _clear(same, len(mixed)):
        # a pair with no bracket inside, on one line (第5条(保証の否認および免責事項）), cannot be a misread of the
        # scan: a document that pairs more of its brackets in one width than not is enough, however short
        mixed = [(i, j) for i, j in mixed if not _BRACKET.search(src, i + 1, j)]
        if not mixed or same < _MIN_PAIRS or same <= len(mixed):
            return
    for i, j in mixed:
        a, b = ctx.doc.norm.index_of(i), ctx.doc.norm.index_of(j)
        if a is None or b is None:
            continue
        pair = src[i] + "…" + src[j]
        opening, closing = _BRACKET_KINDS[_CLOSING[src[j]]]
        yield ctx.finding(
            "convention-deviation", (a, b + 1),
            f"括弧が「{pair}」と全角・半角の組合せで閉じられています。この文書は括弧を同じ幅で対にしています（{same}組）。",
            f"A bracket opened and closed in different widths ({pair}); the document pairs them in one width "
            f"{same} times.",
            # the width the document pairs most of its brackets in, whichever the slip opened with
            suggestion=(f"{opening[0]}…{closing[0]}" if 2 * full >= same else f"{opening[1]}…{closing[1]}"),
            excerpt=src[i:j + 1][:60],
            severity="warning",  # not a style choice: no document means a pair of two widths
        )


# 、 or a comma (， or , after Japanese text: 「当社は,ユーザーから」, not 1,000 or Apple, Inc.) between clauses
_TOUTEN = re.compile(r"、")
# each kind of comma written this often, with no clear majority: the document mixes two styles
_MIXED_COMMAS = 20
# (not one before an address: 「国土交通省「位置参照情報」を加工, https://…」 in a list of sources, the form citations of
# data take, which separates a work from where it is found, as 「出典：…, URL」 does)
_JA_COMMA = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u9fff々」）])[，,](?!\s*(?:https?://|www\.))")


# a Latin token glossed in brackets, then a comma and the next Latin token: 「M, e, r, Y（大文字）, T, U1」, a list of
# symbols whose commas are the list's, not Japanese 読点
_GLOSSED_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'+\-]*（[^（）\n]{1,12}）$")
_LATIN_NEXT = re.compile(r"[ \t]*[A-Za-z0-9]")


def _glossed_latin_list(src: str, at: int) -> bool:
    return src[at] == "," and _LATIN_NEXT.match(src, at + 1) is not None \
        and _GLOSSED_LATIN.search(src, max(0, at - 30), at) is not None


def _in_table_row(src: str, at: int) -> bool:
    """Is ``at`` on a row of a Markdown table (「| 2E1-01 | … | 計測自動制御学会RTミドルウェア賞, SUGAR SWEET ROBOTICS賞 |」)?
    A comma there parts a cell's entries (names, awards), as a list's does, no clause of prose."""
    return src[src.rfind("\n", 0, at) + 1:at].lstrip(" \t").startswith("|")


def _comma_findings(ctx: Context):
    """「，」 among 「、」 or the other way round: a sentence pasted from another document; or a half-width 「,」 among
    「，」: the width slipped. One finding per line."""
    src = ctx.doc.source.text
    touten, commas = _TOUTEN.findall(src), [m for m in finditer(_JA_COMMA, src)
                                            if not _in_table_row(src, m.start()) and not _glossed_latin_list(src, m.start())]
    if not commas:
        return
    full = [m.start() for m in commas if m.group(0) == "，"]
    half = [m.start() for m in commas if m.group(0) == ","]
    slips = []  # (the minority's places, what they should be, the majority as told, its count)
    if touten and _clear(len(touten), len(commas)):
        slips.append(([m.start() for m in commas], "、", "「、」", len(touten)))
    elif touten and _clear(len(commas), len(touten)):
        # the document's own comma: 「，」, or the half-width 「,」 most write with a space after (「委託者は, 受託者に」)
        if len(half) > len(full):
            spaced = sum(1 for m in commas if m.group(0) == "," and src.startswith(" ", m.end()))
            want = ", " if 2 * spaced > len(half) else ","
        else:
            want = "，"
        slips.append(([m.start() for m in _TOUTEN.finditer(src)], want, f"「{want.strip()}」", len(commas)))
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
        yield from _mixed_in_one_sentence(ctx, src, "，" if len(full) < len(touten) else "、",
                                          "、" if len(full) < len(touten) else "，", first)


def _mixed_in_one_sentence(ctx: Context, src: str, minor: str, major: str, told_at: int):
    """「当社は，本サービスに起因して…について、当社の故意又は重過失による場合を除き、…。ただし，…」: both commas in one
    sentence, where the document has no majority to hold either to: one sentence is written one way, whatever the
    document's; each mark of the rarer kind in such a sentence is told."""
    for m in _SENTENCE_SPAN.finditer(src):
        sentence = m.group(0)
        if major not in sentence or minor not in sentence:
            continue
        for k, c in enumerate(sentence):
            at = m.start() + k
            if c != minor or at == told_at or _in_table_row(src, at):
                continue
            a = ctx.doc.norm.index_of(at)
            if a is None:
                continue
            yield ctx.finding(
                "convention-deviation", (a, a + 1),
                f"一つの文の中で読点「{minor}」と「{major}」が混在しています。文の中では「{major}」に揃えます。",
                f"One sentence mixes the commas 「{minor}」 and 「{major}」: 「{major}」 within it.",
                suggestion=major, excerpt=ctx.text[max(0, a - 8):a + 8])


_SENTENCE_SPAN = re.compile(r"[^。\n]+")


def _comma_slips(ctx: Context, src: str, minority: list[int], want: str, major: str, n_major: int):
    # (a half-width 「,」 in Japanese prose is a slip of width, as a bracket closed half-width is; 「，」 against 「、」 is a
    # house style, told as a note)
    return _marks_by_line(
        ctx, src, minority, ",", 8, want,
        lambda seen, more: (f"読点が「{seen}」です{more}。この文書は読点に{major}を使っています（{n_major}回）。",
                            f"A comma 「{seen}」 where the document writes {major} ({n_major} times)."))


def _marks_by_line(ctx: Context, src: str, places: list[int], half: str, after: int, want: str, messages):
    """One finding per line for the punctuation marks at ``places`` (source offsets) that depart from the document's
    own (``messages(seen, more)`` gives its two messages); a warning where the mark seen is the half-width ``half``."""
    spots = [(a, a + 1) for i in places if (a := ctx.doc.norm.index_of(i)) is not None]
    for line in _by_line(ctx, spots):
        a = line[0][0]
        seen = src[ctx.doc.norm.offsets[a]]
        ja, en = messages(seen, f"（この行に{len(line)}か所）" if len(line) > 1 else "")
        yield ctx.finding("convention-deviation", (a, a + 1), ja, en, suggestion=want,
                          excerpt=ctx.text[max(0, a - 8):a + after], severity="warning" if seen == half else None)


# a sentence's full stop after Japanese text: 「。」, or 「．」 (the style of some drafting), or the half-width 「.」 typed (not
# after a bracket, which may close Latin text: 「(see the box below).」)
_KUTEN = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u9fff々」])(?P<mark>[。．.])"
                    r"(?=[ \u3000]*(?:\n|$|[」）)]|[\u3040-\u30ff\u3400-\u9fff「（]))", re.M)
# a list's label or an article's number before it (「ア.」「一.」「第3条.」 opening a line), no sentence's end
_LABEL_BEFORE = re.compile(r"[ \u3000#＃*•・\-]*(?:[(（]?[\u30a2-\u30f3一二三四五六七八九十]{1,3}[)）]?"
                           r"|第?[ \u3000]*[0-9０-９一二三四五六七八九十百]+[ \u3000]*[条項号章節款編])$")


def _inside_brackets(src: str, pos: int) -> bool:
    """Is ``pos`` inside parentheses or quotes its line opened and has not closed? A stop there that words follow
    (「車両通学(自転車.二輪.四輪)」, a file name 「取引日_取引先名.拡張子」) separates parts, no sentence's end; one before the
    closing bracket (「（以下「敷金」という．）」) ends one."""
    line = src[src.rfind("\n", 0, pos) + 1:pos]
    return (max(line.rfind("("), line.rfind("（")) > max(line.rfind(")"), line.rfind("）"))
            or line.rfind("「") > line.rfind("」"))


def _full_stop_findings(ctx: Context):
    """「（以下「敷金」という．）」 or 「…禁止します.」 in a document that ends its sentences with 「。」 (or 「。」 among
    「．」): a sentence pasted from another document, or the half-width stop typed. One finding per line."""
    src = ctx.doc.source.text
    if "．" not in src and "." not in src:
        return
    # (a half-width 「.」 after katakana abbreviates a name, 「ローランド ディー. ジー.株式会社」: few sentences end in katakana)
    marks = [m for m in finditer(_KUTEN, src)
             if not _LABEL_BEFORE.match(src, src.rfind("\n", 0, m.start()) + 1, m.start())
             and not (m.group("mark") == "." and "\u30a1" <= src[m.start() - 1] <= "\u30ff")
             and not (_inside_brackets(src, m.start()) and src[m.end():m.end() + 1] not in ")）」 \u3000")]
    kinds = Counter(m.group("mark") for m in marks)
    major, n_major = kinds.most_common(1)[0] if kinds else ("", 0)
    if major == "." or not _clear(n_major, sum(n for k, n in kinds.items() if k != major)):
        return
    # (the half-width stop in Japanese prose is a slip of width, as the half-width comma is)
    yield from _marks_by_line(
        ctx, src, [m.start() for m in marks if m.group("mark") != major], ".", 4, major,
        lambda seen, more: (f"文末が「{seen}」です{more}。この文書は句点に「{major}」を使っています（{n_major}回）。",
                            f"A sentence ends with 「{seen}」 where the document writes 「{major}」 ({n_major} times)."))


_TOUTEN_GROUPED = re.compile(r"(?<![0-9０-９、，,])(?P<n>[1-9１-９][0-9０-９]{0,2}(?:、[0-9０-９]{3})+)(?![0-9０-９、])"
                             r"(?=[万億円人名件個日時分秒株枚部台回通字％%]|か月|ヶ月|平方)")
_GROUP_MARK = re.compile(r"[0-9０-９][，,][0-9０-９]{3}(?![0-9０-９])")


# a period where the document groups digits with commas (「1.000円」 in a fee table of 「3,000円」): read as a decimal
# point, the amount is one yen. Only before what is counted whole (円 but not 万円, 人, 件): 「1.500万円」 is a decimal.
_PERIOD_GROUPED = re.compile(r"(?<![0-9０-９.．,，])(?P<n>[1-9１-９][0-9０-９]{0,2}(?:[.．][0-9０-９]{3})+)(?![0-9０-９.．])"
                             r"(?=[円人名件個株枚部台回通字])")


def _period_in_number_findings(ctx: Context, src: str, marks: list[str]):
    for m in finditer_in_lines(_PERIOD_GROUPED, src, (".", "．")):
        span = _norm_span(ctx, m.start(), m.end())
        if span is None:
            continue
        written = m.group("n")
        mark = max(set(marks), key=marks.count)
        want = written.replace(".", mark).replace("．", mark)
        yield ctx.finding(
            "convention-deviation", span,
            f"「{written}」は桁の区切りがピリオドです。この文書は桁を「{mark}」で区切っています（{len(marks)}か所）。"
            f"ピリオドは小数点と読まれます（「{want}」）。",
            f"「{written}」 groups its digits with a period, which reads as a decimal point; the document groups them "
            f"with 「{mark}」 ({len(marks)} times): 「{want}」.",
            suggestion=want, excerpt=src[m.start():m.end() + 2], severity="warning")


def _touten_in_number_findings(ctx: Context):
    src = ctx.doc.source.text
    marks = [m.group(0)[1] for m in finditer_in_lines(_GROUP_MARK, src, (",", "，"))]
    if marks:
        yield from _period_in_number_findings(ctx, src, marks)
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
    spots = [m.start() for u in units for m in finditer(_SOFT_WRAP, text, u.span[0], u.span[1])
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


# a conjunction joining two nouns (after a kanji, katakana or a closing bracket), and the comma some writers set after it
_NOUN_CONJUNCTION = re.compile(r"(?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fc々）」])(?:及び|および|並びに|ならびに|又は|または|若しくは|もしくは)"
                               r"(?P<comma>[、，,])?")
# 「利用者および、または公衆」: and/or, two conjunctions set apart on purpose
_AND_OR_SECOND = re.compile(r"[ \u3000]*(?:及び|および|又は|または)")


def _comma_after_conjunction_findings(ctx: Context):
    src = ctx.doc.source.text
    found = list(_NOUN_CONJUNCTION.finditer(src))
    commas = [m for m in found if m.group("comma") and not _AND_OR_SECOND.match(src, m.end())]
    if not commas or not _clear(len(found) - len(commas), len(commas)):
        return
    for m in commas:
        span = _norm_span(ctx, m.start(), m.end())
        if span is None:
            continue
        word = m.group(0)[:-1]
        yield ctx.finding(
            "convention-deviation", span,
            f"「{m.group(0)}」: 接続詞の直後に読点があります。この文書はほかでは「{word}」などの後に読点を打っていません"
            f"（{len(found) - len(commas)}回）。",
            f"「{m.group(0)}」: a comma right after the conjunction, which the document writes without one elsewhere "
            f"({len(found) - len(commas)} times).",
            suggestion=word, excerpt=src[max(0, m.start() - 6):m.end() + 6])


@rule("convention-deviation", "info", "文書内の表記慣行からの逸脱", "departs from the document's own convention")
def convention_deviation(ctx: Context):
    for found in (_dai_findings, _heading_dai_findings, _item_citation_findings, _bracket_width_findings, _comma_findings,
                  _full_stop_findings, _comma_after_conjunction_findings,
                  _halfwidth_kana_findings, _latin_width_findings, _spaced_name_findings, _wide_spaced_latin_findings,
                  _colon_width_findings, _digit_width_findings, _mixed_number_findings, _mixed_date_findings,
                  _mixed_joined_number_findings, _mixed_code_findings,
                  _mixed_grade_findings, _mixed_citation_findings,
                  _citation_width_findings,
                  _touten_in_number_findings,
                  _bracket_majority_findings,
                  _heading_separator_findings, _glued_body_findings, _glued_supplementary_findings,
                  _heading_level_findings, _paragraph_level_findings, heading_number_spacing_findings,
                  _item_separator_findings,
                  _item_label_width_findings, _list_width_findings, _label_bracket_width_findings, _paragraph_label_findings,
                  _paragraph_width_findings, style_mix_findings, _soft_wrap_findings, _chapter_level_findings,
                  _heading_number_width_findings, definition_style_findings, citation_numeral_findings):
        yield from found(ctx)
