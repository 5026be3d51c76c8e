"""bracket-unbalanced: （ ）「 」『 』【 】［ ］〔 〕 not closed, or closed by the wrong bracket.

Balance is checked within one clause unit (a paragraph's own text, one item, a
heading); text outside the articles (preamble, annexes, tables whose cells wrap
over several lines) is checked as one stream per region. Full- and half-width
parentheses are one family: （10GB) is balanced. An item label such as 1) or a)
at the start of a unit or after 、 is not a bracket, nor are such labels cited as a range (1)～7)).

Also a definition whose closing quote came after the defining verb: 「（以下「総会と称する」）」 for 「（以下「総会」と
称する。）」. Only that shape (以下 + a quote ending in と称する/という/といいます…): 「（以下、「利用規則」）」 without the
verb is a common style and balanced.
"""

from __future__ import annotations

import re

from .. import grammar
from . import URL, Context, cut_off_at, finditer, rule

PAIRS = {"（": "（", "(": "（", "）": "（", ")": "（",
         "「": "「", "」": "「", "『": "『", "』": "『",
         "【": "【", "】": "【", "［": "［", "[": "［", "］": "［", "]": "［",
         "〔": "〔", "〕": "〔", "〈": "〈", "〉": "〈", "《": "《", "》": "《",
         "｛": "｛", "{": "｛", "｝": "｛", "}": "｛", "“": "“", "”": "“"}
OPEN = set("（(「『【［[〔〈《｛{“")
CLOSE = set("）)」』】］]〕〉》｝}”")
CLOSE_OF = {"（": "）", "「": "」", "『": "』", "【": "】", "［": "］", "〔": "〕", "〈": "〉", "《": "》", "｛": "｝", "“": "”"}
# 1) a) ア) ① — list labels written with a closing parenthesis only; a katakana label typed as its kanji look-alike
# (イ) 口) ハ) 二): ロ as 口, ニ as 二) is a label still, whatever the typo rule says of its character
# (after a list's bullet too: 「- a) 個人から直接…」, 「•a)」; and a note's mark: 「※1)外部の者とは」)
# (not the number of a note mark in brackets, 「…ご確認ください。(※１)」, whose bracket closes)
_HALF_LABEL = re.compile(r"(?<![(（]※)(?:^|(?<=[\n、。，：•；※])|(?<=[,;][ \u3000])(?=[0-9])|(?<=[^\x00-\x7f][ \u3000])"
                         r"|(?<=[-・•][ \u3000]))"
                         # (a half-width , or ; before a label with its space, a numbered one: 「(x,y)」 and 「(x, y)」
                         # are pairs of coordinates)
                         # (a word of two or three small letters closing Latin text, 「(mandatory, one)」, is no label:
                         # a roman numeral is, 「ii)」)
                         # (and the roman numerals of their own code points, 「ⅰ）氏名」「Ⅱ）」)
                         r"(?!(?![ivx]{2,3}[)）])[a-z]{2,3}[)）])[0-9a-zA-Zア-ン一二三四五六七八九十口力工夕卜\u2160-\u217f]{1,3}[)）]"
                         # an article labelled so at a line's start: 「- 第1条)受講に関する費用」
                         r"|(?:^|(?<=\n)|(?<=[-・•][ \u3000])|(?<=[-•]))第[ \u3000]*[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]*条[)）]"
                         # such a label cited after its article, 「第４条１）と同等の手続き」, 「第七条一項ハ）によって」 (not
                         # 「（第3条1）。」, a pair)
                         r"|(?<=[条項号])(?:[0-9０-９]{1,2}|[ア-ン])[)）](?=と|及び|および|又は|または|の|に|を|から|まで|、|で|は|が)"
                         # and a letter's label cited after its paragraph and item (a revision table's 「5項 5 a）修正」)
                         r"|(?:(?<=[項号][0-9０-９][ \u3000])|(?<=[項号][ \u3000][0-9０-９][ \u3000]))[a-zA-Zａ-ｚ][)）]"
                         # an outline's label of digits and letters, each level one more (「- 1c3a)」, 「A1a1)」, 「2c+)」:
                         # a rule book's numbering, a regulation cited by it after 。)
                         r"|(?:^|(?<=\n)|(?<=[-・•][ \u3000])|(?<=[^\x00-\x7f][ \u3000]))"
                         r"(?:[0-9]{1,2}[a-z]|[A-Z][0-9]{1,2}[a-z]?)[0-9a-z]{0,3}\+{0,6}[)）]"
                         # a label of that form cited where a provision is (「注3．4)に掲げる運送機関」「2)の場合」): a
                         # bracket closing after a bare number and opening the citation's verb closes no bracket
                         r"|(?<![(（0-9０-９a-zA-Z])[0-9０-９]{1,2}[)）](?=に(?:掲げ|定め|記載|規定|該当|基づ|従)|の(?:規定|場合|とおり|いずれか))"
                         # a label cited as above or below: 「下記4)記載のほか」, 「上記1)の場合」
                         r"|(?<=上記|下記|前記|後記)[0-9０-９a-zA-Zア-ン]{1,2}[)）]"
                         # a two-level label, the list's number then its letter (「1.a)契約内容が…」「2．b）」)
                         r"|(?:^|(?<=\n)|(?<=[-・•][ \u3000])|(?<=[-・•]))[0-9０-９]{1,2}[.．][a-zA-Zア-ン0-9]{1,2}[)）]"
                         # a letter's label (spaced from its bracket or not) where a sentence or a markup's bracket
                         # ended before it (「…を添付してください。] a ) 代理権確認書類：」: a page's 「a )」「b )」)
                         r"|(?:^|(?<=\n)|(?<=[。、：\]])|(?<=[。、：\]][ \u3000]))[a-zA-Z][ \u3000]?[)）](?=[ \u3000]?[^\x00-\x7f])")
# 「ex)JOHNSMITH」, 「例)」, 「注)」: "for example" and "note" written with a closing bracket alone (not the close of a
# bracket its line opened: 「(記入例)」)
_EXAMPLE_MARK = re.compile(r"(?<![A-Za-z])(?:ex|Ex|EX|e\.g\.|例|注)[)）]")
# 「以下の1)～7)に従って」: labels of that form cited as a range (each end of it)
_LABEL_RANGE = re.compile(
    r"(?<![(（0-9a-zA-Z])[0-9a-zA-Zア-ン一二三四五六七八九十]{1,3}[)）](?=[ \u3000]*(?:[～〜~]|から|ないし|乃至))"
    r"|(?<=[～〜~])[ \u3000]*[0-9a-zA-Zア-ン一二三四五六七八九十]{1,3}[)）]"
    r"|(?:(?<=から)|(?<=ないし)|(?<=乃至))[ \u3000]*[0-9a-zA-Zア-ン一二三四五六七八九十]{1,3}[)）](?=[ \u3000]*(?:まで|に|の|を))")
# 「1)または2)のクーリングオフ」: labels of that form cited side by side (a conjunction between two of them)
# (or run together with nothing between: 「以下a)b)c)の情報を」; 又 for 又は, 「3)又4)」, the typo rule's slip)
_LABEL_LIST = re.compile(
    r"(?<![(（0-9a-zA-Z])[0-9a-zA-Zア-ン]{1,2}[)）]"
    r"(?:(?:または|又は|又|及び|および|若しくは|もしくは|並びに|ならびに|、|・|と)?[0-9a-zA-Zア-ン]{1,2}[)）])+")
# 「すなわち1)研究の構想…に携わった者,2)論文の執筆…,3)公表に当り…」: labels 1) 2) 3) of a list run into one sentence
_INLINE_LABEL = re.compile(r"(?<![(（0-9０-９a-zA-Z])([0-9０-９]{1,2})[)）]")


# 「1.利用許諾 1) 当社は、…」: a paragraph's number and its caption, then the first label of its list (the caption's space
# dropped by normalization)
_CAPTION_THEN_LABEL = re.compile(r"(?m)^(?:[-・•][ \u3000]*)?[0-9０-９]{1,2}[.．][ \u3000]*[\u3040-\u30ff\u3400-\u9fff]{1,8}"
                                 r"[ \u3000]*(?P<label>[1１][)）])")


def _blank_inline_run(s: str) -> str:
    """``s`` with the labels of each run 1) 2) 3)… (numbered from 1, each the next, two at least) blanked out."""
    if ")" not in s and "）" not in s:
        return s
    # (not a note's number in its own brackets: 「病気(注1)によって」「治療費(注2)」)
    found = [(m.start(), m.end(), int(m.group(1).translate(grammar.WIDE_DIGITS))) for m in finditer(_INLINE_LABEL, s)
             if "(" not in s[max(0, m.start() - 3):m.start()] and "（" not in s[max(0, m.start() - 3):m.start()]]
    runs, run = [], []
    for a, b, n in found:
        if n == 1:
            if len(run) >= 2:
                runs.append(run)
            run = [(a, b)]
        elif run and n == len(run) + 1:
            run.append((a, b))
    if len(run) >= 2:
        runs.append(run)
    for run in runs:
        for a, b in run:
            s = s[:a] + " " * (b - a) + s[b:]
    return s


# 「取締役（」とあるのは「清算人（」と: quoted fragments of another provision (読替規定) may be unbalanced
_QUOTE = re.compile(r"「+[^「」\n]*」")


# a smiley in English text (「…cryptographic related :-).」, an OpenSSL licence appended to terms): no bracket
_EMOTICON = re.compile(r"[:;]-[()](?![A-Za-z0-9])")  # (its nose: 「(例:)」 closes a bracket)


def _blank_url(m: re.Match) -> str:
    """Spaces for a URL, but for the closing bracket and quote it swallowed: 「(http://www.openssl.org/)"」 closes its
    bracket after the address (a ")" the address itself does not open is the sentence's, as autolinkers read it)."""
    url = m.group(0)
    kept = url.rstrip(")\"'.,;")
    while kept != url and kept.count("(") > kept.count(")") and url[len(kept)] == ")":
        kept += ")"  # (http://example.com/a_(b)): the address's own pair
    return " " * len(kept) + url[len(kept):]


def _masked(s: str) -> str:
    """The text with list labels, URLs and (in 読替規定) quoted fragments blanked out (same length)."""
    s = URL.sub(_blank_url, s)
    if ":" in s or ";" in s:
        s = _EMOTICON.sub(lambda m: " " * len(m.group(0)), s)
    if "とあるのは" in s or "と読み替え" in s:
        s = _QUOTE.sub(lambda m: " " * len(m.group(0)), s)
    s = _LABEL_RANGE.sub(lambda m: " " * len(m.group(0)), s)
    s = _LABEL_LIST.sub(lambda m: " " * len(m.group(0)), s)
    s = _blank_inline_run(s)
    s = _CAPTION_THEN_LABEL.sub(lambda m: m.group(0)[:m.start("label") - m.start()] + " " * len(m.group("label")), s)
    s = _EXAMPLE_MARK.sub(lambda m: m.group(0) if _opened_on_its_line(s, m.start()) else " " * len(m.group(0)), s)
    return _HALF_LABEL.sub(lambda m: " " * len(m.group(0)), s)


def _opened_on_its_line(s: str, pos: int) -> bool:
    """Does the line of ``pos`` open a round bracket before it that it has not closed?"""
    line = s[s.rfind("\n", 0, pos) + 1:pos]
    return line.count("(") + line.count("（") > line.count(")") + line.count("）")


_BRACKET_CHARS = re.compile("[" + re.escape("".join(PAIRS)) + "]")


def unbalanced(s: str) -> list[tuple[int, str, str]]:
    """Problems in ``s``: (position, kind, bracket) with kind unclosed / unopened / mismatched."""
    problems = _scan(s)
    if problems:
        problems = _scan(_masked(s))  # list labels 1) a), URLs and quoted fragments are not brackets
    return problems


def _scan(s: str) -> list[tuple[int, str, str]]:
    stack: list[tuple[int, str]] = []
    out: list[tuple[int, str, str]] = []
    for m in _BRACKET_CHARS.finditer(s):
        i, c = m.start(), m.group(0)
        if c in OPEN:
            stack.append((i, c))
        else:
            fam = PAIRS[c]
            if stack and PAIRS[stack[-1][1]] == fam:
                stack.pop()
                continue
            deeper = next((k for k in range(len(stack) - 1, -1, -1) if PAIRS[stack[k][1]] == fam), None)
            if deeper is not None:
                # the brackets opened after the matching one were never closed: report the innermost
                pos, b = stack[-1]
                out.append((i, "mismatched", c + b))
                del stack[deeper:]
            elif stack:
                pos, b = stack.pop()  # ［…〕: closed by a bracket of another kind
                out.append((i, "mismatched", c + b))
            else:
                out.append((i, "unopened", c))
    for pos, b in stack:
        out.append((pos, "unclosed", b))
    out.sort()
    return out


def _units(ctx: Context):
    """Clause units inside articles; outside them, one stream per region (preamble, each annex, …)."""
    streams: dict[str, list[tuple[int, int]]] = {}
    for u in ctx.units:
        if u.kind != "line":
            yield u.span, u.kind
            continue
        region = ctx.region_of(u.span[0])
        streams.setdefault(region, []).append(u.span)
    for region, spans in streams.items():
        # consecutive lines of one region form one stream
        start, end = spans[0]
        for s, e in spans[1:]:
            if s == end + 1:
                end = e
            else:
                yield (start, end), "line"
                start, end = s, e
        yield (start, end), "line"


_MSG = {
    "unclosed": ("「{b}」が閉じられていません。", "「{b}」 is opened but never closed."),
    "unopened": ("閉じ括弧「{b}」に対応する開き括弧がありません。", "Closing 「{b}」 has no opening bracket."),
    "mismatched": ("「{o}」が閉じられないまま「{c}」で閉じられています。", "「{o}」 is closed by 「{c}」."),
}


# 以下「総会と称する」: the verb that defines the term caught inside its quote
_VERB_IN_QUOTE = re.compile(r"(?:以下|以後)[、，,]?(?:単に|総称して|併せて|あわせて)?「(?P<term>[^「」\n]{1,30}?)"
                            r"(?P<verb>と(?:称する|称します|称し|いう|いい|いいます|呼ぶ|呼びます|略す|略称する|総称する))」")


def _verb_in_quote_findings(ctx: Context):
    text = ctx.text
    for m in _VERB_IN_QUOTE.finditer(text):
        term, verb = m.group("term"), m.group("verb")
        yield ctx.finding(
            "bracket-unbalanced", (m.start("term") - 1, m.end()),
            f"定義語の閉じかぎ括弧の位置が誤っています（「{term}{verb}」）。定義語だけを括弧に入れ、「{term}」{verb}と書きます。",
            f"The defined term's closing quote is misplaced: 「{term}{verb}」 should read 「{term}」{verb}.",
            suggestion=f"「{term}」{verb}", excerpt=text[max(0, m.start() - 4):m.end() + 4],
        )


# A document rule: a bracket one line opens and the next closes is read together (the lines outside articles form one
# stream per region, and a paragraph's unclosed bracket may close in the next unit), and a bracket the unfinished
# sentence of a text cut off opened is no error; what a unit shows depends on its neighbours and on where the text ends.
@rule("bracket-unbalanced", "warning", "括弧の対応の誤り", "unbalanced brackets")
def bracket_unbalanced(ctx: Context):
    yield from _verb_in_quote_findings(ctx)
    text = ctx.text
    units = [(start, end, kind, unbalanced(text[start:end]) if _BRACKET_CHARS.search(text, start, end) else [])
             for (start, end), kind in _units(ctx)]
    joined = set()  # units whose bracket the next or the previous unit closes or opens
    # (the headings the page marks up as such, # or <h2>: a line of text the structure reads as an article's heading,
    # 「２　就業場所」⏎「（〒…」⏎「TEL…）」 on a page of plain blocks, shows its bracket closed on the next line)
    marked = {off for off, _ in ctx.doc.norm.headings}
    for k in range(len(units) - 1):
        (a, _, kind, mine), (_, d, _, theirs) = units[k], units[k + 1]
        if mine and theirs and (kind != "heading" or a not in marked) and all(p[1] == "unclosed" for p in mine) \
                and theirs[0][1] == "unopened" and not unbalanced(text[a:d]):
            # (not a heading whose bracket the body closes: 「第4条（サービスの提供・変更・停止」⏎「）」 shows broken)
            # 「(3)反社会的勢力(「…に関する法律」に定義する。⏎暴力団…をいう)の組員」: a line break after 。 made the rest of
            # the parenthetical a unit of its own; read together, the bracket is closed
            joined.update((k, k + 1))
    cut = cut_off_at(ctx)
    # a page kept as its template's code (`…${e(contract.special_terms)}…`, a JavaScript template literal): its curly
    # braces open and close expressions that run across the page's blocks, none of them the text's own brackets
    code_braces = "${" in text
    for k, (start, end, _, problems) in enumerate(units):
        if code_braces:
            problems = [p for p in problems if not set(p[2]) & set("{}")]
        if not problems or k in joined:
            continue
        pos, kind, b = problems[0]
        a = start + pos
        if kind == "unclosed" and cut is not None and a >= cut:
            continue  # 「第3条 (入会」: a bracket the unfinished sentence of a text cut off there opened
        lo = max(start, a - 12)
        hi = min(end, a + 12)
        if kind == "mismatched":
            c, o = b[0], b[1]
            ja, en = _MSG[kind][0].format(o=o, c=c), _MSG[kind][1].format(o=o, c=c)
            sugg = f"「{o}」を「{CLOSE_OF.get(PAIRS[o], '')}」で閉じる"
        else:
            ja, en = _MSG[kind][0].format(b=b), _MSG[kind][1].format(b=b)
            sugg = None
        more = len(problems) - 1
        if more:
            ja += f"（この単位で他に{more}か所）"
            en += f" ({more} more in this unit)"
        # an opened bracket runs over the rest of its line, where its close was due (「…子が1歳に達した日（第3条第2項…。
        # …子が2歳に達した日。」): the span holds both places, the excerpt shows the opening. (Not on the text's last
        # line: a span to the text's end is what a text cut off in mid-sentence leaves, and is not told.)
        line_end = min(end, ctx.line_span(a)[1])
        span = (lo, max(hi, line_end)) if kind == "unclosed" and line_end < len(text.rstrip()) else (lo, hi)
        yield ctx.finding("bracket-unbalanced", span, ja, en, suggestion=sugg, excerpt=text[lo:hi])
