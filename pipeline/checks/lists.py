"""item-list: an enumeration broken by a full stop, and an item that lost its label.

1. 「機械式駐車場・エレベータ。電気室・受水槽」「11階以上の住戸の壁。天井のクロスは…」: a 。 between
   two nouns in the middle of a clause. The stretch before it (back to the last 、 or 。) has no
   predicate — no verb, adjective or auxiliary — and the text after it goes on with a noun, so the 。
   cuts one list or one noun phrase in two (、 or ・ was meant). A sentence that really ends in a noun
   (体言止め, 「…をいう。以下同じ。」) has a predicate before it or ends its paragraph or item.
2. 「十三　広報…」「14管理組合の消滅時…」「十五　その他…」: a line inside an item list that starts with
   the next item's number in another notation and without the list's separator. The parser cannot take
   it as an item, so the numbering checks see nothing; this rule reports it with the label the list uses.
3. 「1. 1.当社は…」「2. 2.本規約は…」: a label written twice, as when a page's numbered list (<ol>, a Markdown list)
   numbers text that carries its own number. Readers see the number twice.
4. 「…しなければならない。 4 会社は、…」: the next paragraph's number run into the paragraph before, its line break lost.
5. 「本会の会員を次の三種とする。」 over a list of four: the count the lead gives and the items it announces disagree
   (an item added or dropped and the lead not rewritten). Only a lead that counts its list (次の三種, 以下の2点, 下記の
   五つ) and the items the parser reads under it, two at least, numbered from 1 without a gap.
6. 「…停止することができるものとします。」 over 「1 保守点検を行う場合」「2 その他…困難と判断した場合」「3 当社は，…一切の
   責任を負わないものとします。」: the last item is a sentence of its own (a topic with は, a finished predicate) under
   a list of cases or acts, as when a page's list (<ol>) swallowed the paragraph after it. Read as an item it is one
   more ground of the lead. Only where two items before it at least each end in the list's kind of noun (場合, とき,
   こと, 行為…) and none of them is a sentence.
"""

from __future__ import annotations

import re

from . import Context, finditer, rule, runs_to_the_cut
from ..grammar import TO_WIDE_DIGITS, int_to_kanji, to_int
from .run_in import KANJI_ITEM_NUMERAL, PARAGRAPH_RUN_IN

_PREDICATE = {"動詞", "形容詞", "助動詞"}
# nouns that say whether something is allowed or required, and end a sentence as its predicate (「…に限り可。」,
# 「事前申告は必須。」): guidelines and notices write them so; no item of a list ends on one
_PREDICATE_NOUNS = frozenset(("可", "不可", "禁止", "必須", "必要", "不要", "可能", "不可能", "無料", "有料", "自由",
                              "OK", "NG", "厳禁", "任意"))
_PERIOD = re.compile(r"(?<=[^\s。、])。(?=[^\s」）)。、])")
_MIDDLE_DOT = re.compile(r"(?<![\n\u3000 ])・")


def _period_findings(ctx: Context):
    text = ctx.text
    for u in ctx.units:
        if u.kind not in ("paragraph", "item"):
            continue
        s0, e0 = u.span
        node = u.item or u.paragraph
        label = getattr(node, "label", None) or ""
        if label and text.startswith(label, s0):
            s0 += len(label)
        for m in finditer(_PERIOD, text, s0, e0):
            p = m.start()
            if text.find("\n", p, e0) == p + 1 or p + 1 >= e0:
                continue
            left_start = max(text.rfind("、", s0, p), text.rfind("。", s0, p), text.rfind("\n", s0, p)) + 1
            left_start = max(left_start, s0)
            # the tests on the text alone first: most 。 inside a unit end one sentence before the next, and
            # tagging their lines would cost more than all the rest of this rule
            right_end = min(x for x in (text.find("、", p + 1, e0), text.find("。", p + 1, e0), e0) if x >= 0)
            # (a line's bullet 「・冷蔵庫は…」 separates no nouns)
            listy = _MIDDLE_DOT.search(text, left_start, p) is not None and _MIDDLE_DOT.search(text, p + 1, right_end) is not None
            phrase = text[left_start:p].lstrip(" \u3000")
            if not listy and not (len(phrase) <= 12 and left_start > s0 and text[left_start - 1] == "、"):
                continue
            toks, i, base = ctx.tokens_from(left_start)
            left = [t for t in toks if left_start <= t.start + base < p]
            if not left or any(t.pos in _PREDICATE for t in left):
                continue
            if any(t.pos == "助詞" and t.surface in ("を", "は", "が") for t in left):
                continue  # 「冷蔵庫はメンバー用冷蔵庫を利用。ゲスト用…」: a clause ending in a noun (体言止め), not a list
            if not listy:
                # 「当社が本サービスを提供及び維持する際の、お客様との契約の履行。当社が…」: a noun phrase that began before
                # the comma (…する際の、) and ends its sentence (体言止め), not a list cut by a full stop (pub148); a
                # clause closed before the comma (設置され、また、11階以上の住戸の壁。天井の…) leaves the slip to be told
                if text[left_start - 2:left_start] == "の、":
                    sentence_start = max(text.rfind("。", s0, left_start), s0 - 1) + 1
                    if any(t.pos in _PREDICATE for t in toks if sentence_start <= t.start + base < left_start):
                        continue
            if left[-1].pos != "名詞" or left[-1].end + base != p:
                continue
            if left[-1].surface in _PREDICATE_NOUNS:
                continue  # 「「印刷物」に限り可。アクリル/布…は不可」: a noun that says what is allowed or required ends a
                # sentence as a verb would (a guideline's 可, 不可, 必須)
            before = text[s0:p]
            if (before.count("（") + before.count("(") > before.count("）") + before.count(")")
                    or before.count("「") > before.count("」")):
                continue  # inside a parenthesis or quotation: （…当該株式会社。次条において同じ。）
            after = ctx.token_at(p + 1)
            if after is None or after.pos != "名詞":
                continue
            yield ctx.finding(
                "item-list", (p, p + 1),
                f"「{text[max(left_start, p - 8):p + 6]}」の「。」が列挙の途中で文を切っています（「、」または「・」の誤りと思われます）。",
                f"A full stop cuts a list or noun phrase in two: 「{text[max(left_start, p - 8):p + 6]}」 (、 or ・ was meant).",
                suggestion=text[max(left_start, p - 8):p] + ("・" if listy else "、") + text[p + 1:p + 6],
                excerpt=text[max(left_start, p - 8):p + 6],
            )


_NUMERAL_START = re.compile(r"^(?P<n>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})(?P<rest>[^\s\u3000.．、)）0-9０-９号条項])")
_KANJI_NUM = re.compile(r"^[一二三四五六七八九十]+$")


def _label_findings(ctx: Context):
    text = ctx.text
    for art in ctx.doc.all_articles():
        for para in art.paragraphs:
            for it in para.all_items():
                if it.number is None or not it.label:
                    continue
                body = text[it.span[0]:it.span[1]]
                first_nl = body.find("\n")
                if first_nl < 0:
                    continue
                pos = it.span[0] + first_nl + 1
                for line in body[first_nl + 1:].split("\n"):
                    m = _NUMERAL_START.match(line)
                    if m and to_int(m.group("n")) == it.number + 1:
                        n = m.group("n")
                        kanji_list = bool(_KANJI_NUM.match(it.label))
                        if kanji_list != bool(_KANJI_NUM.match(n)):
                            want = _label_like(it.label, it.number + 1)
                            yield ctx.finding(
                                "item-list", (pos, pos + len(n)),
                                f"号「{it.label}」の次の行が「{n}」で始まっています。号の番号の表記（「{want}」と区切り）が崩れているため、"
                                f"箇条として読めません。",
                                f"The line after item {it.label} starts with 「{n}」: the item label lost its notation "
                                f"(「{want}」 and a separator), so it is not read as an item.",
                                suggestion=want, excerpt=line[:30],
                            )
                        break
                    pos += len(line) + 1


def _label_like(label: str, n: int) -> str:
    """The label of number ``n`` written like ``label`` (十三 → 十四, (3) → (4))."""
    if _KANJI_NUM.match(label):
        return int_to_kanji(n) + "\u3000"
    return re.sub(r"[0-9０-９]+", str(n), label, count=1)


# the number again at the start of the text, as a label (「1.」「1．」「(1)」「1)」), not the start of a figure (「1.5倍」)
def _label_again(n: int) -> re.Pattern:
    d = f"(?:{n}|{chr(0xFF10 + n) if n < 10 else str(n).translate(TO_WIDE_DIGITS)})"
    return re.compile(rf"[ \u3000]*(?:{d}[.．)）]|[(（]{d}[)）])(?![0-9０-９])")


_PUNCTUATED = re.compile(r"^(?:[0-9０-９]{1,3}[.．)）]|[(（][0-9０-９]{1,3}[)）])$")


# doubled this many times or more, the numbers are the page's list markup written out beside the typed ones (「1. 1.」
# 「1. (1)」 on every item of an HTML list read as text): one note for the document, not a warning at every item
_SYSTEMATIC = 3


def _doubled_label_findings(ctx: Context):
    found = list(_doubled_labels(ctx))
    if len(found) < _SYSTEMATIC:
        yield from (ctx.finding("item-list", span, ja, en, suggestion=label, excerpt=excerpt)
                    for span, ja, en, label, excerpt in found)
        return
    span, ja, en, label, excerpt = found[0]
    yield ctx.finding(
        "item-list", span, ja + f"この文書では同じ形が他に{len(found) - 1}か所あり、リストの自動番号と手書きの番号が"
        f"重なっている可能性があります。",
        en + f" The same happens {len(found) - 1} more times: a list's automatic numbers beside typed ones.",
        suggestion=label, excerpt=excerpt, severity="info")


def _doubled_labels(ctx: Context):
    text = ctx.text
    for art in ctx.doc.all_articles():
        for node in [*art.paragraphs, *(it for p in art.paragraphs for it in p.all_items())]:
            label, n = node.label, node.number
            if not label or n is None or not _PUNCTUATED.match(label.strip()) or not ctx.in_scope(node.span[0]):
                continue
            start = node.span[0]
            if not text.startswith(label, start):
                continue
            m = _label_again(n).match(text, start + len(label), node.span[1])
            if not m:
                continue
            again = m.group(0).strip(" \u3000")
            yield ((start, m.end()), f"番号「{label.strip()}」の後にもう一度「{again}」があり、番号が二重になっています。",
                   f"The label 「{label.strip()}」 is followed by 「{again}」 again: the number is written twice.",
                   label.strip(), text[start:m.end() + 8])


# 4: 「…しなければならない。 4 会社は、…」: the next paragraph's number after a finished sentence, set apart by a space
# in the source, inside the paragraph before: its line break was lost, and the paragraph it opens is read, cited and
# numbered as part of the one before.


def _run_in_paragraph_findings(ctx: Context):
    text, src, offs = ctx.text, ctx.doc.source.text, ctx.doc.norm.offsets
    for u in ctx.units:
        if u.kind != "paragraph" or u.paragraph is None:
            continue
        nxt = (u.paragraph.number or 1) + 1
        for m in PARAGRAPH_RUN_IN.finditer(text, u.span[0], u.span[1]):
            if to_int(m.group("n")) != nxt:
                continue
            after = offs[m.end("n") - 1] + 1  # the source character after the number's last digit
            if after >= len(src) or src[after] not in " \u3000\t":
                continue  # 「…とする。2名以上の…」: a count starting the sentence
            yield ctx.finding(
                "item-list", (m.start("n"), m.end("n")),
                f"「{m.group('n')}」は次の項（第{nxt}項）の番号と思われますが、前の文に続けて書かれています。改行が"
                f"失われ、第{nxt}項が前の項の一部として読まれます。",
                f"「{m.group('n')}」 looks like the number of paragraph {nxt}, run into the sentence before it: its line "
                f"break was lost, and the paragraph reads as part of the one before.",
                excerpt=text[max(u.span[0], m.start() - 10):m.end() + 6])


# a kanji item label followed, in the source, by the space labels take (「一　貸借対照表」), standing mid-line (not in a
# table's cell after its separator, 「…航空機／二　特定の方法」)
_KANJI_LABEL = re.compile(rf"(?<=[^\s／｜|/]){KANJI_ITEM_NUMERAL}(?=[^\s])")
# labels 一, 二, 三 at least in one line: a list whose line breaks were lost
_GLUED_LABELS = 3


def _glued_item_findings(ctx: Context):
    """「…次に掲げる財務諸表を作成し、…しなければならない。一　貸借対照表二　損益計算書三　純資産変動計算書…」: the items
    of a list written into one line, each label still followed by its space. Read as one paragraph, the items are lost
    to the structure (a 第42条第2号 citation finds nothing). Told once, at the second label."""
    text, src, offs = ctx.text, ctx.doc.source.text, ctx.doc.norm.offsets
    for u in ctx.units:
        if u.kind != "paragraph":
            continue
        line_labels: dict[int, list] = {}
        for m in _KANJI_LABEL.finditer(text, u.span[0], u.span[1]):
            after = offs[m.end() - 1] + 1
            if after >= len(src) or src[after] not in " \u3000":
                continue
            line_labels.setdefault(text.rfind("\n", 0, m.start()), []).append(m)
        for labels in line_labels.values():
            numbers = [to_int(m.group(0)) for m in labels]
            run = next((k for k in range(len(numbers)) if numbers[k:k + _GLUED_LABELS] == list(range(1, _GLUED_LABELS + 1))),
                       None)
            if run is None:
                continue
            n = 1
            while run + n < len(numbers) and numbers[run + n] == n + 1:
                n += 1
            second = labels[run + 1]
            yield ctx.finding(
                "item-list", second.span(),
                f"号「一」から「{labels[run + n - 1].group(0)}」までが改行なしに1行に続けて書かれています（{n}号）。各号を"
                f"行に分けないと、号として読まれず、号の引用も当たりません。",
                f"Items 一 to {labels[run + n - 1].group(0)} ({n}) are written into one line: their line breaks were "
                f"lost, and they read as one paragraph, not as items.",
                excerpt=text[max(u.span[0], second.start() - 10):second.end() + 8])


_COUNTED_LEAD = re.compile(r"(?:次|以下|下記)の(?P<n>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"
                           r"(?:つ|種類?|点|項目|件|名|区分|通り|とおり|段階|類型|事項|要件)")


# the ordinals prose counts things out with (1つ目は, 二つ目は, 第一に)
_ORDINALS = re.compile(r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|ひと|ふた|みっ|よっ)つ目|第[一二三四五六七八九十]{1,3}に")


def _names_and_meanings(text: str, items) -> bool:
    """Do the entries alternate a short name (a word, no punctuation) and a longer line that says what it is: a list
    of terms and their meanings, flattened into one run of bullets?"""
    names = [text[it.span[0]:it.span[1]].strip() for it in items[0::2]]
    meanings = [text[it.span[0]:it.span[1]].strip() for it in items[1::2]]
    return all(len(a) <= 12 and not re.search(r"[、。，．]", a) and len(b) > len(a) for a, b in zip(names, meanings))


def _count_findings(ctx: Context):
    text = ctx.text
    for art in ctx.doc.all_articles():
        for p in art.paragraphs:
            items = p.items
            if len(items) < 2 or [it.number for it in items] != list(range(1, len(items) + 1)):
                continue
            lead_end = items[0].span[0]
            m = None
            for m in _COUNTED_LEAD.finditer(text, p.span[0], lead_end):
                pass  # the last count before the list is the one that announces it
            if m is None:
                continue
            n = to_int(m.group("n"))
            # the list the lead announces ends at a sentence of the paragraph's own between two of its entries (「以下の
            # 2つのケースです。」⏎「- …」「- …」⏎「また、…以下のステップを踏んで…」⏎「- …」: a second list)
            ends = next((k for k in range(len(items) - 1)
                         if "。" in text[items[k].span[1]:items[k + 1].span[0]]), None)
            if ends is not None:
                items = items[:ends + 1]
            if n is None or n == len(items) or n < 2:
                continue
            if n > len(items) and runs_to_the_cut(ctx, items[-1].span[1]):
                continue  # the list runs to where a text stops in mid-sentence: its other entries are past the cut
            if len(_ORDINALS.findall(text, m.end(), lead_end)) >= n:
                continue  # 「以下の2つの理由で…。1つ目は、…。2つ目は、…。」: the reasons counted out in the sentences that
                # follow, before a list of something else
            if len(items) == 2 * n and _names_and_meanings(text, items):
                continue  # 「次の5種類」 over ten bullets: each kind's name, then a line saying what it is
            yield ctx.finding(
                "item-list", (m.start("n"), m.end("n")),
                f"「{m.group(0)}」とありますが、続く列挙は{len(items)}項目です（{items[0].label}〜{items[-1].label}）。"
                f"数か列挙のどちらかが直し漏れです。",
                f"「{m.group(0)}」 announces {n}, and the list below has {len(items)} entries: one of the two was "
                f"not updated.",
                excerpt=text[max(p.span[0], m.start() - 8):m.end() + 4])


# what the items of a list of grounds or acts end in (…を行う場合, …する行為, …のとき, 期限の利益を失うこと)
_GROUND_END = re.compile(r"(?:場合|とき|時|こと|行為|事由|もの|者|事項|事実)[。．.]?$")
# a sentence of its own: a topic marked with は and a comma, and a finished predicate closing it
_TOPIC_START = re.compile(r"^[^、，,。「」（）()]{1,15}(?:は|も)[、，,]")
_FINISHED_SENTENCE = re.compile(r"(?:ものとします|ものとする|ません|ます|する|しない|ない|できる|とする|です)[。．]$")


def _sentence_item_findings(ctx: Context):
    for art in ctx.doc.all_articles():
        for p in art.paragraphs:
            items = p.items
            if len(items) < 3:
                continue
            bodies = [it.text.strip() for it in items]
            last, before = bodies[-1], bodies[:-1]
            if not (_TOPIC_START.match(last) and _FINISHED_SENTENCE.search(last)):
                continue
            if not all(_GROUND_END.search(b) and not _TOPIC_START.match(b) for b in before):
                continue
            it = items[-1]
            yield ctx.finding(
                "item-list", it.span,
                f"{it.label}は独立した文（「{last[:12]}…」）で、「{before[-1][-8:]}」で終わる他の号と形が違います。列挙の"
                f"後に続く段落が号に含まれていませんか（このままでは{it.label}も列挙の一つとして読まれます）。",
                f"{it.label} is a sentence of its own, unlike the other entries (ending 「{before[-1][-8:]}」): the "
                f"paragraph after the list seems to have been taken into it, and reads as one more entry.",
                excerpt=last[:24])


@rule("item-list", "warning", "箇条・列挙の乱れ", "broken enumeration or item label", scope="unit")
def item_list(ctx: Context):
    yield from _period_findings(ctx)
    yield from _label_findings(ctx)
    yield from _doubled_label_findings(ctx)
    yield from _run_in_paragraph_findings(ctx)
    yield from _glued_item_findings(ctx)
    yield from _count_findings(ctx)
    yield from _sentence_item_findings(ctx)
