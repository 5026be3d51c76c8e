"""Dropped and wrong particles that no reading of Japanese allows, found on the tokens (part of grammar-slip):

- a finished predicate joined straight to a verb of thinking or judging, the quotative と dropped:
  「影響がある考えられる」 → 「あると考えられる」 (verbs in pipeline/data/quotative_verbs.tsv);
- いかなる with no も before a negative: 「いかなる損害について、…責任を負わない」 → 「についても」;
- a verbal noun with に, not its 連用形 し, in a pair joined by 又は: 「廃棄に、又は消去しなければ」 → 「廃棄し」;
- a finished predicate before と同様 with no の: 「乙が負うと同様の義務」 → 「負うのと同様の」;
- することができる with its が dropped or its で: 「達成することできない」, 「改訂することがきます」 → 「ことができ」;
  する written twice: 「目的とするして」 → 「目的として」;
- 除する with its divisor in the object's place: 「暦日数に7を除した」 → 「暦日数を7で除した」;
- に dropped before 係る, 関する, 基づく or 対する: 「本サービス係るソフトウェア」 → 「本サービスに係る」;
- を dropped between a noun headed by の and a verb that takes を: 「所定の手続き行う」 → 「手続きを行う」;
- い dropped from ている: 「行ってないペット」 → 「行っていない」 (a note in a casual text);
- を dropped after こと before a verbal noun (「該当しないこと確認し」), と typed before ものとする (「図るとものとする」);
- の dropped between a noun and ため: 「決済ために」 → 「決済のために」;
- a verbal noun asked for with ください alone: 「指定下さい」 → 「指定して下さい」 (or ご指定下さい);
- を before a verbal noun that is a noun again: 「DPIを使用による」 → 「DPIの使用による」;
- を before a verbal noun that takes に: 「利用規約を違反した」 → 「利用規約に違反した」 (intransitive_verbal_nouns.tsv);
- a parenthetical opening with a compound particle: 「記録等（において氏名…）」;
- a verb's euphonic or dictionary form before ます: 「加入しておいます」, 「送付することがあるます」.

Each pattern is grammar, true of any text, not a phrase of one document: e-Gov law text (the Companies Act, the
e-Gov texts in shared/corpus) holds none, and each finding states the correction.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import grammar
from ..tokens import Token, is_known_word, is_verbal_noun, shifted
from . import Context, load_tsv

# auxiliaries whose written form is their 終止形 (ない, た, だ, れる …): なかっ, なく, な (だ's 連体形) are not
_FINISHED_AUX = frozenset(("ない", "た", "だ", "れる", "られる", "せる", "させる", "う", "よう", "たい", "ます", "ぬ",
                           "ん", "らしい", "まい", "です"))


def finished(t: Token) -> bool:
    """Is ``t`` a predicate in its 終止形 (for verbs and adjectives also their 連体形, spelled the same)? A verb's
    or adjective's written form ends as its dictionary form then (ある/有る, 大きい); 連用形 and 仮定形 do not
    (あり, 考え, 大きく, あれ)."""
    if t.pos == "動詞":
        return t.surface[-1] == t.lemma[-1]
    if t.pos == "形容詞":
        return t.surface[-1] == "い" and t.lemma[-1] == "い"
    return t.pos == "助動詞" and t.surface in _FINISHED_AUX


def _pair(ctx: Context, pos: int) -> tuple[Token | None, Token | None, Token | None]:
    """The tokens ending at ``pos``, starting at it and the one after that, in document offsets; None where a
    token does not meet the next one (a space or a line break between)."""
    toks, i, base = ctx.tokens_from(pos)
    if i >= len(toks) or i == 0 or toks[i].start + base != pos or toks[i - 1].end != toks[i].start:
        return None, None, None
    a, b = toks[i - 1], toks[i]
    c = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].start == b.end else None
    return shifted(a, base), shifted(b, base), (shifted(c, base) if c is not None else None)


# ------------------------------------------------------------------ the quotative と dropped


@lru_cache(maxsize=None)
def _quotative() -> tuple[frozenset, frozenset, re.Pattern]:
    verbs, nouns = set(), set()
    for lemma, kind in load_tsv("quotative_verbs.tsv"):
        (verbs if kind == "verb" else nouns).add(lemma)
    stems = {v[:-1] for v in verbs} | nouns | {"みな"}  # みなす is written in kana too
    # only after the last kana of a finished predicate (ある, した, だ, ない): the cheap filter before the tokens.
    # いう in kana only with an ending of its own: a bare い after つ is …について, the one phrase the Companies Act
    # writes 1,200 times, and each would be tagged for nothing
    rx = re.compile("(?<=[うくぐすつぬぶむるいたんだ])(?:"
                    + "|".join(sorted(map(re.escape, stems), key=len, reverse=True)) + "|い(?=[うわいっえお]))")
    return frozenset(verbs), frozenset(nouns), rx


# a quoted clause states a fact (影響がある, 必要がない, 可能となる); a verb that acts on an object (定める, 提供する)
# before 想定された + noun is that noun's other modifier
_STATIVE = frozenset(("有る", "在る", "無い", "居る", "成る", "出来る", "違う", "異なる", "当たる"))
_ADNOMINAL_PASSIVE = re.compile(r"れ(?:た|る)[\u3400-\u9fff\u30a1-\u30ff]")


def _quotative_findings(ctx: Context):
    verbs, nouns, rx = _quotative()
    text = ctx.text
    for m in ctx.finditer(rx):
        a, b, c = _pair(ctx, m.start())
        if a is None or not finished(a):
            continue
        if b.pos == "動詞" and b.lemma in verbs:
            if b.surface[-1] != b.lemma[-1] and not (c is not None and (
                    (c.pos == "助動詞" and c.lemma not in ("だ", "です")) or c.surface in ("て", "た"))):
                continue  # 考え方, 思い出: the 連用形 as a noun, which a predicate may modify
        elif (b.pos == "名詞" and b.lemma in nouns) or b.surface == "みな":  # MeCab reads みなさ as 皆 + さ
            if c is None or c.lemma != "為る":
                continue  # 違反した判断を: a noun the predicate modifies
            if a.pos == "動詞" and a.lemma not in _STATIVE and _ADNOMINAL_PASSIVE.match(text, c.end):
                continue  # 弊社が定める想定された利用条件: two modifiers of one noun, the verb's object that noun
        else:
            continue
        end = c.end if b.pos == "名詞" or b.surface == "みな" else b.end
        span = (a.start, end)
        written = text[span[0]:span[1]]
        fixed = a.surface + "と" + text[b.start:end]
        yield ctx.finding(
            "grammar-slip", span,
            f"「{written}」は「と」が抜けています（「{fixed}」）。考える・認める・判断するなどの内容は「…と」で受けます"
            f"（影響があると考えられる）。",
            f"「{written}」 drops the quotative と: 「{fixed}」.",
            suggestion=fixed)


# ------------------------------------------------------------------ いかなる … も


_IKANARU = re.compile("いかなる|如何なる")
# what a noun phrase after いかなる may hold besides nouns: の, や, と, 又は (また + は), brackets, 、・, な (不利益な)
_PHRASE_POS = frozenset(("名詞", "接頭辞", "接尾辞", "代名詞", "形状詞", "補助記号", "記号"))
_PHRASE_PARTICLES = frozenset(("の", "や", "と", "及び", "並びに", "又は", "若しくは"))
# the verbs of compound particles (について, に対して, によって): their て-form takes the も
_COMPOUND = {"つい": "ついて", "つき": "ついて", "対し": "対して", "関し": "関して", "よっ": "よって", "より": "よって",
             "基づい": "基づいて", "基づき": "基づいて", "おい": "おいて", "とっ": "とって", "際し": "際して"}
_REPLACED = frozenset(("を", "が", "は"))  # いかなる責任を負わない → いかなる責任も
_MAX_PHRASE = 40
_NOMINAL_NEGATIVE = re.compile(r"(?:もの|こと|わけ)では(?:あり|な)")


def _ikanaru_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_IKANARU):
        toks, i, base = ctx.tokens_from(m.end())
        if i >= len(toks) or toks[i].start + base != m.end():
            continue
        depth, k = 0, i
        while k < len(toks):  # the noun phrase いかなる opens, up to its particle
            t = toks[k]
            if t.start - toks[i].start > _MAX_PHRASE:
                k = len(toks)
                break
            if t.surface in "（(":
                depth += 1
            elif t.surface in "）)":
                depth -= 1
            elif depth:
                pass
            elif t.pos == "接続詞" and k + 1 < len(toks) and toks[k + 1].surface == "は":
                k += 2  # 又は, read as 又 + は
                continue
            elif t.pos == "助詞" and t.surface not in _PHRASE_PARTICLES:
                break
            elif not (t.pos in _PHRASE_POS or t.surface in _PHRASE_PARTICLES or (t.pos == "助動詞" and t.surface == "な")):
                k = len(toks)
                break
            k += 1
        if k >= len(toks) or k == i or depth:
            continue
        p = toks[k]
        if p.surface in ("か", "の") or p.surface.endswith("も"):
            continue
        if p.surface == "に" and k + 1 < len(toks) and toks[k + 1].pos == "動詞" and toks[k + 1].surface not in _COMPOUND:
            continue  # いかなる事由による損害: the phrase is inside a clause that modifies a noun
        # the particle, and the verb and て of a compound particle after に (について, に対し, によって)
        end_k = k
        written_end = p.surface
        if p.surface == "に" and k + 1 < len(toks) and toks[k + 1].surface in _COMPOUND:
            end_k = k + 1
            if k + 2 < len(toks) and toks[k + 2].surface == "て":
                end_k = k + 2
            written_end = "に" + _COMPOUND[toks[k + 1].surface]
        nxt = toks[end_k + 1] if end_k + 1 < len(toks) else None
        if nxt is not None and nxt.surface in ("も", "でも", "ても", "は"):
            continue
        # the rest of the sentence: a negative ahead, and no question (…するかを問わず), concession (ても) or も
        # elsewhere (いかなる事由によるときも), which the phrase may be part of
        stop = text.find("。", p.start + base)
        line_end = ctx.line_span(p.start + base)[1]
        stop = line_end if stop < 0 else min(stop, line_end)
        rest = [t for t in toks[end_k + 1:] if t.start + base < stop]
        if any(t.surface in ("か", "ても", "でも", "とも", "であれ", "も")
               for t in rest):
            continue
        asks = next((j for j, t in enumerate(rest[:8]) if t.lemma == "問う"), None)
        if asks == 0 or (asks is not None and asks >= 2 and rest[asks - 1].surface == "を"
                         and rest[asks - 2].pos in ("動詞", "助動詞")):
            # いかなる形態を問わず, いかなる名義を以てするを問わず: 問わず says "whatever" of the phrase (or of the clause it
            # opens), and the negative after it (…提供してはならない) is the sentence's. 「いかなる損害について、理由を
            # 問わず…負わない」 asks of another noun: the phrase still needs its も
            continue
        if any(t.surface == "の" for t in toks[i:k]) and _NOMINAL_NEGATIVE.search(text, p.start + base, stop):
            # 「いかなる疾患の診断…を目的とするものではありません」: いかなる picks the noun of a の-phrase inside a clause
            # that describes a もの, and the negative denies the description, not the phrase
            continue
        if not any((t.pos == "助動詞" and t.lemma in ("ない", "ぬ", "ず") and not (j and rest[j - 1].lemma == "問う"))
                   or (t.pos == "形容詞" and t.lemma in ("無い", "ない"))
                   or (t.pos == "動詞" and t.lemma in ("兼ねる", "かねる")) for j, t in enumerate(rest)):
            continue
        span = (m.start(), toks[end_k].end + base)
        fixed = text[m.start():p.start + base] + ("も" if p.surface in _REPLACED else written_end + "も")
        written = text[span[0]:span[1]]
        yield ctx.finding(
            "grammar-slip", span,
            f"「{written}」には「も」が要ります（「{fixed}」）。否定と結ぶ「いかなる」は「いかなる…も」の形をとります"
            f"（いかなる損害についても責任を負わない）。",
            f"「{written}」 before a negative needs も: 「{fixed}」 (いかなる…も).",
            suggestion=fixed)


# ------------------------------------------------------------------ 廃棄に、又は消去し


# two verbal nouns joined by 又は, 及び…, the second with する: the first is a verb too, in its 連用形 (廃棄し、又は消去し)
_PAIRED_VERBS = re.compile(
    r"(?<=[\u4e00-\u9fff々])に[、，]?(?:又は|または|若しくは|もしくは|及び|および|並びに|ならびに|かつ|且つ|或いは|あるいは)"
    r"[\u4e00-\u9fff々]{1,8}(?=し|する|され|させ|せず)")


def _paired_verb_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_PAIRED_VERBS):
        k = m.start()  # the に
        noun, ni, _ = _pair(ctx, k)
        if noun is None or noun.pos != "名詞" or ni.pos != "助詞" or ni.surface != "に":
            continue
        right = ctx.token_at(m.end() - 1)
        do = ctx.token_at(m.end())
        if right is None or right.pos != "名詞" or right.end != m.end() or do is None or do.lemma != "為る":
            continue
        if not (is_verbal_noun(noun.surface) and is_verbal_noun(right.surface)):
            continue
        span = (noun.start, k + 1)
        fixed = noun.surface + "し"
        yield ctx.finding(
            "grammar-slip", span,
            f"「{text[noun.start:m.end() + 1]}」の「{noun.surface}に」は「{fixed}」の誤りと思われます。「又は」などで"
            f"つなぐ二つの動作は、前も動詞の連用形で受けます（廃棄し、又は消去する）。",
            f"「{noun.surface}に」 before 「{text[k + 1:m.end()]}し」: both acts are verbs, 「{fixed}」.",
            suggestion=fixed)


# ------------------------------------------------------------------ 負うと同様 → 負うのと同様


_LIKE = re.compile(r"(?<=[うくぐすつぬぶむるいた])と(?=同様|同じ|同一|同等|同程度)")


def _nominal_to_findings(ctx: Context):
    for m in ctx.finditer(_LIKE):
        a, to, _ = _pair(ctx, m.start())
        if a is None or to.surface != "と" or to.pos != "助詞" or a.pos not in ("動詞", "形容詞", "助動詞") \
                or not finished(a):
            continue
        span = (a.start, m.end())
        fixed = a.surface + "のと"
        yield ctx.finding(
            "grammar-slip", span,
            f"「{a.surface}と{ctx.text[m.end():m.end() + 2]}」は「の」が抜けています（「{fixed}」）。述語を比べる"
            f"ときは「の」で名詞にして受けます（乙が負うのと同様の義務）。",
            f"「{a.surface}と」 before a comparison needs の: 「{fixed}」.",
            suggestion=fixed)


# ------------------------------------------------------------------ することができる; するして


# こと + できる joins only through が (することができる), and こと + が + 来る (がきます) is できる with its で dropped;
# する before し/する is one する too many (目的とするして); a verb's dictionary form + ものができる is ことができる
# with もの for こと (異議申し立てを行うものができるものとします: nothing is made, something is possible)
_LIGHT = re.compile("(?<=こと)(?:でき|がき)|(?<=する)(?:し|する)|(?<=[うくぐすつぬぶむる])ものができ")


def _light_verb_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_LIGHT):
        a, b, c = _pair(ctx, m.start())
        if a is None:
            continue
        if m.group(0) == "ものができ":
            if not finished(a) or a.pos != "動詞":
                continue
            yield ctx.finding(
                "grammar-slip", (m.start(), m.start() + 2),
                f"「{a.surface}ものができ」は「ことができ」の誤りと思われます（…することができる）。",
                f"「{a.surface}ものができ」 is 「ことができ」 (…することができる).", suggestion="こと")
            continue
        if a.surface == "こと" and a.pos == "名詞":
            if b.lemma == "出来る" and b.pos == "動詞":
                span, fixed = (a.start, a.end), "ことが"
            elif b.surface == "が" and c is not None and c.lemma == "来る" and c.surface == "き":
                span, fixed = (a.start, c.end), "ことができ"
            else:
                continue
            written = text[span[0]:max(span[1], b.end)]
            yield ctx.finding(
                "grammar-slip", (span[0], max(span[1], b.end)),
                f"「{written}」は「ことができ」の誤りと思われます（…することができる）。",
                f"「{written}」 is 「ことができ」 (…することができる).",
                suggestion=fixed + (text[span[1]:b.end] if span[1] < b.end else ""))
        elif a.lemma == "為る" and a.surface == "する" and b.lemma == "為る" and b.pos == "動詞":
            yield ctx.finding(
                "grammar-slip", (a.start, b.end),
                f"「{text[a.start:b.end]}」は「する」が重なっています（「{b.surface}」）。",
                f"「{text[a.start:b.end]}」 says する twice: 「{b.surface}」.",
                suggestion=b.surface)


# ------------------------------------------------------------------ two objects of one verb: 本サービスを利用を停止


# Two を-objects with nothing between them but the noun of the second: one verb takes one object, so the first
# belongs to the verbal noun of the second (本サービスの利用を停止する, 本規約の変更を行う) and its を is an の.
# Only a verbal noun (サ変可能: 利用, 変更, 登録) can take that object; a plain noun (期間を定めて) is an object of
# its own verb further on, and を with a compound particle's verb (書面をもって, 電子メールを通じて) is no object. Nor
# is a consent obtained on the way (事項を許可を受けないでした, 甲を承認を得て変更: 航空法 writes it so): the verbal
# noun then has its own verb, the first object waits for the last.
_TWO_OBJECTS = re.compile(r"を(?=[\u4e00-\u9fff々\u30a1-\u30fa\u30fc][\u4e00-\u9fff々\u30a1-\u30fa\u30fcぁ-ゖ]{0,9}を(?!もっ|以|通じ|通し|介し|除|含|問わ|経|はじめ|始め|めぐ|巡|受け|得|要|求め))")
_NOUNISH = frozenset(("名詞", "接頭辞", "接尾辞"))
_MARKS_OF_NAMES = frozenset("®™©℠")


def _causer(toks, k: int) -> bool:
    """Is the を at ``k`` that of 「XをしてYさせる」, naming who is made to act, with a causative ahead in its clause?"""
    if k + 2 >= len(toks) or toks[k + 1].surface != "し" or toks[k + 2].surface != "て":
        return False
    for t in toks[k + 3:k + 12]:
        if t.surface in ("。", "、"):
            return False
        if t.pos == "助動詞" and t.lemma in ("せる", "させる"):
            return True
    return False


def _two_object_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_TWO_OBJECTS):
        toks, i, base = ctx.tokens_from(m.start())
        # (a brand's mark after its name is the name's: 「自走式エンジン®をメンテナンスをする」)
        p = i - 2 if i >= 2 and i < len(toks) and toks[i - 1].surface in _MARKS_OF_NAMES else i - 1
        if i == 0 or i >= len(toks) or toks[i].start + base != m.start() or toks[i].surface != "を" \
                or toks[i].pos != "助詞" or toks[p].pos not in _NOUNISH or toks[i - 1].end != toks[i].start:
            continue
        k = i + 1
        while k < len(toks) and toks[k].pos in _NOUNISH and toks[k].start == toks[k - 1].end:
            k += 1
        if k == i + 1 or k >= len(toks) or toks[k].surface != "を" or toks[k].pos != "助詞" \
                or toks[k].start != toks[k - 1].end:
            continue
        # the noun before the second を names an act: a verbal noun (利用, 提供), or any noun whose を goes to the light
        # verb する (入会を申し込みをした: the act is 申し込み)
        light = k + 1 < len(toks) and toks[k + 1].lemma == "為る" and toks[k + 1].start == toks[k].end
        if light and k + 2 < len(toks) and toks[k + 2].pos in _NOUNISH and toks[k + 1].surface == "する":
            light = False  # 反対する旨を当該行為をする株式会社に…通知: する opens a relative clause, the first を waits
        if not (light or is_verbal_noun(toks[k - 1].surface)):
            continue
        if _causer(toks, k):
            continue  # 「その職を副議長をして行わせる」: 副議長をして names who is made to act, no second object
        start, end = toks[p].start + base, toks[k].end + base
        written = text[start:end]
        fixed = text[start:m.start()] + "の" + text[m.end():end]
        yield ctx.finding(
            "grammar-slip", (start, end),
            f"「{written}」は「を」が二つの目的語に重なっています。一つの動詞がとる目的語は一つなので、前の「を」は後の"
            f"「{toks[k - 1].surface}」を修飾する「の」と思われます（「{fixed}」）。",
            f"「{written}」 gives one verb two を-objects: the first belongs to 「{toks[k - 1].surface}」 with の: 「{fixed}」.",
            suggestion=fixed)


# ------------------------------------------------------------------ predicates joined by 及び: 合理的ではない及び経済的ではない


# 及び and 並びに join nouns (甲及び乙) or, after a comma, clauses in their 連用形 (…し、及び…する); right after a
# finished predicate (ない, する, た) they join what no reading of Japanese joins. Predicates are joined with かつ
# (合理的ではなく、かつ、経済的ではない), or the nouns are joined first (合理的又は経済的ではない).
_PREDICATE_AND = re.compile(r"(?<=[いるたすうくぐつぬぶむだ])(?:及び|並びに|および|ならびに)")


def _predicate_and_findings(ctx: Context):
    for m in ctx.finditer(_PREDICATE_AND):
        a, b, _ = _pair(ctx, m.start())
        if a is None or b.surface != m.group(0) or not finished(a):
            continue
        span = (a.start, m.end())
        yield ctx.finding(
            "grammar-slip", span,
            f"「{ctx.text[span[0]:span[1]]}」の「{m.group(0)}」は述語の後に続いています。「及び」「並びに」は名詞をつなぐ語で、"
            f"述語を並べるときは連用形で受けて「かつ」でつなぎます（…ではなく、かつ、…／…し、かつ、…）。",
            f"「{m.group(0)}」 joins nouns; after a finished predicate, join the clauses with かつ.",
            suggestion="かつ")


# ------------------------------------------------------------------ の before a verbal noun made potential: 更新の終了できる


# 「…期間の自動更新の終了できる。」: a verbal noun made potential by できる takes its object with を (更新を終了できる);
# with の it is a noun again and できる has nothing to say of it (の終了ができる, の終了を申請できる). Only where the
# sentence ends there: inside a relative clause の marks the subject (会員の利用できるサービス), which is grammar.
_NO_POTENTIAL = re.compile(r"の(?=[\u4e00-\u9fff]{2}(?:でき|出来)(?:る|ます|ません|ない)(?:ものとします|ものとする)?。)")


def _verbal_noun_findings(ctx: Context, pattern: re.Pattern, say):
    """A verbal noun right after ``pattern``'s match (its two kanji), told as ``say(match, noun)`` gives (Japanese,
    English, suggestion)."""
    text = ctx.text
    for m in ctx.finditer(pattern):
        noun = text[m.end():m.end() + 2]
        if not is_verbal_noun(noun):
            continue
        ja, en, fix = say(m, noun)
        yield ctx.finding("grammar-slip", (m.start(), m.end() + 2), ja, en, suggestion=fix)


def _no_potential_findings(ctx: Context):
    return _verbal_noun_findings(ctx, _NO_POTENTIAL, lambda m, noun: (
        f"「の{noun}でき…」は「を{noun}でき…」の誤りと思われます。「{noun}できる」の目的語は「を」で示します（「の{noun}が"
        f"できる」とも書けます）。",
        f"「の{noun}でき…」: the object of 「{noun}できる」 takes を (or 「の{noun}ができる」).",
        f"を{noun}"))


# The mirror slip: を before a verbal noun that is the subject of できる (「マイページ上の情報を利用ができない」): を marks
# the object of a verb, and 利用が has made 利用 a noun; 「情報を利用できない」 or 「情報の利用ができない」 was meant.
_WO_POTENTIAL = re.compile(r"を(?=[\u4e00-\u9fff]{2}が(?:でき|出来)(?:る|ず|ない|ます|ません|なく))")


def _wo_potential_findings(ctx: Context):
    return _verbal_noun_findings(ctx, _WO_POTENTIAL, lambda m, noun: (
        f"「を{noun}ができ…」は助詞がねじれています。「を{noun}でき…」か「の{noun}ができ…」のどちらかです。",
        f"「を{noun}ができ…」 mixes two constructions: 「を{noun}でき…」 or 「の{noun}ができ…」.",
        f"の{noun}"))


# 「管理料を納入が必要です」: を then a verbal noun that is the subject of 必要 (が): 「管理料の納入が必要」 or 「管理料を納入
# することが必要」 was meant.
_WO_NEEDED = re.compile(r"を(?=[\u4e00-\u9fff]{2}が(?:必要|不要|可能|不可能|困難)(?:です|である|となり|とな|な|に|。))")


def _wo_needed_findings(ctx: Context):
    return _verbal_noun_findings(ctx, _WO_NEEDED, lambda m, noun: (
        f"「を{noun}が…」は助詞がねじれています。「の{noun}が…」か「を{noun}することが…」のどちらかです。",
        f"「を{noun}が…」 mixes two constructions: 「の{noun}が…」 or 「を{noun}することが…」.",
        f"の{noun}"))


# 「このDPIを使用による、損害等は」: を marks the object of a verb, but a verbal noun followed by による (に伴う) is a noun
# again; 「DPIの使用による」 or 「DPIを使用することによる」 was meant. Only where what による qualifies is the topic or the
# clause breaks there: a verb further on may take the を (株式を譲渡により取得する, 新担当を互選により選出する).
_WO_BY = re.compile(r"を(?=[\u4e00-\u9fff]{2}(?P<by>による|に伴う)(?:[、，,]|[^。、，,をにがで]{1,8}?(?:は|について|に関して)))")


def _wo_by_findings(ctx: Context):
    return _verbal_noun_findings(ctx, _WO_BY, lambda m, noun: (
        f"「を{noun}{m.group('by')}」は助詞がねじれています。「の{noun}{m.group('by')}」か「を{noun}すること{m.group('by')}」の"
        f"どちらかです。",
        f"「を{noun}{m.group('by')}」 mixes two constructions: 「の{noun}{m.group('by')}」 or 「を{noun}すること{m.group('by')}」.",
        f"の{noun}"))


# 「この利用規約を違反した」: a verbal noun that acts on its object through に (intransitive_verbal_nouns.tsv) used as a verb
# with を. Only before its する (し, した, して, の上): 「違反を是正する」 is another construction.
@lru_cache(maxsize=None)
def _wo_intransitive() -> tuple[re.Pattern, dict[str, str]]:
    takes = {noun: particle for noun, particle in load_tsv("intransitive_verbal_nouns.tsv")}
    nouns = "|".join(sorted(takes, key=len, reverse=True))
    return re.compile(rf"を(?P<noun>{nouns})(?=する|すれ|し[、てたまなょ]|の上)"), takes


def _wo_intransitive_findings(ctx: Context):
    pattern, takes = _wo_intransitive()
    for m in ctx.finditer(pattern):
        noun = m.group("noun")
        right = takes[noun]
        yield ctx.finding(
            "grammar-slip", (m.start(), m.end()),
            f"「を{noun}する」ではなく「{right}{noun}する」です。「{noun}する」は対象を「{right}」で受け、「を」はとりません。",
            f"「{noun}する」 takes its object with 「{right}」, not を (「{right}{noun}する」).",
            suggestion=f"{right}{noun}")


# ------------------------------------------------------------------ の before a verbal noun used as a verb: への変更する


# 「フリープランへの変更することができます」: への, との, からの, での make a noun phrase (への変更, との連携), which takes を or
# が before する (への変更をする); a verbal noun used as the verb itself takes the bare particle (へ変更する, と連携する).
_NO_VERB = re.compile(r"(?:へ|と|から|で)の(?=[\u4e00-\u9fff]{2}(?:する|し(?:て|た|ます|ません|ない|なければ)|すること|でき))")


def _no_verb_findings(ctx: Context):
    return _verbal_noun_findings(ctx, _NO_VERB, lambda m, noun: (
        f"「{m.group(0)}{noun}する」の形になっています。「{m.group(0)[:-1]}{noun}する」か「{m.group(0)}{noun}をする」と書きます。",
        f"「{m.group(0)}{noun}する」: either 「{m.group(0)[:-1]}{noun}する」 (the verb) or 「{m.group(0)}{noun}をする」 (the noun).",
        f"{m.group(0)[:-1]}{noun}"))


# ------------------------------------------------------------------ の between a predicate and its noun: 含まれるのもの


# 「本プログラムに含まれるのものは」「以下に当てはまるの場合は」: a finished predicate qualifies もの, 場合, とき, 際 or 者 directly
# (含まれるもの, 当てはまる場合); an の between them is typed twice over (含まれるもの / 含まれるの), as no reading of
# Japanese joins them so.
_NO_MONO = re.compile(r"(?<=[うくぐすつぬぶむるいた])の(?=もの|場合|とき|際(?![限立])|者)")


_NO_NOUNS = ("もの", "場合", "とき", "際", "者")


def _no_mono_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_NO_MONO):
        t = ctx.token_at(m.start() - 1)
        if t is None or t.pos not in ("動詞", "助動詞", "形容詞") or not finished(t):
            continue
        left = text[max(ctx.line_span(m.start())[0], m.start() - 4):m.start()]
        noun = next(w for w in _NO_NOUNS if text.startswith(w, m.end()))
        yield ctx.finding(
            "grammar-slip", (m.start() - 1, m.end() + len(noun)),
            f"「{left}の{noun}」の「の」は不要です（「{left}{noun}」）。",
            f"「{left}の{noun}」: a stray の between the predicate and {noun}.",
            suggestion=text[m.start() - 1] + noun)


# ------------------------------------------------------------------ 除する without its divisor: 暦日数に7を除した


# 除する (to divide) takes the number divided with を and the divisor with で: 「AをBで除する」 (law text: 「…の額を…の数で
# 除して得た額」, never otherwise). 「を除し」 is 除する (除く makes 除いて, 除いた), so 「Bを除し」 with no で before it in
# the sentence has put the divisor in the object's place: 「暦日数に7を除した」 mixes it with 「AにBを乗じた」.
_DIVIDED = re.compile(r"を除し(?=[たてう]|ま[すせ])")
_DIVIDED_PAIR = re.compile(r"(?P<a>[^\s、。（）()「」にをで]{1,12})に(?P<b>[^\s、。（）()「」にをで]{1,12})$")


def _divide_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_DIVIDED):
        start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        toks, i, base = ctx.tokens_from(start)
        if any(t.surface == "で" and t.pos == "助詞" and start <= t.start + base < m.start() for t in toks[i:]):
            continue  # 「12でその額を除した」: the divisor first
        pair = _DIVIDED_PAIR.search(text, start, m.start())
        fixed = f"{pair.group('a')}を{pair.group('b')}で除し" if pair else None
        span = (pair.start() if pair else m.start(), m.end())
        yield ctx.finding(
            "grammar-slip", span,
            f"「{text[span[0]:span[1]]}」: 「除する」は割られる数を「を」、割る数を「で」で受けます（AをBで除する）。"
            + (f"「{fixed}」と思われます。" if fixed else "割る数が「で」で示されていません。"),
            f"「{text[span[0]:span[1]]}」: 除する takes the dividend with を and the divisor with で (AをBで除する)"
            + (f": 「{fixed}」." if fixed else "; no divisor is given with で."),
            suggestion=fixed)


# ------------------------------------------------------------------ に dropped before 係る, 関する, 基づく, 対する


# These verbs take what they relate to with に and nothing else (「本サービスに係る」「本規約に基づき」「利用者に対し」): a noun
# written straight before one (「本サービス係るソフトウェア」「本規約関する事項」) has lost its に. (Compounds such as 敵対する,
# 相対する are one noun and する to MeCab, and 係る alone, 「係る事態」, follows no noun.)
# The same for において and における (「本規約おいて、次の用語は…」): MeCab reads the kana as 置く, but おいて then a
# comma, は or も, and おける, are the compound particle's (荷物おいて行く, を dropped before 置く, is not sought).
_NI_VERBS = re.compile(r"(?<=[\u4e00-\u9fff々\u30a1-\u30fa\u30fcら])(?:係[るり]|関[すし]|基づ[くきい]|対[すし]"
                       r"|おい(?=て[、，はも])|おけ(?=る)|つい(?=て)|よ[りるっれ]|類[すし]|従[いうっえわ]|応[じず]|際[しす]"
                       r"|反[しす])")
# (also ついて, よる, 類する, 従う, 応じる, 際する, 反する, which take に alone as well: 「洗面台等ついては」「次の定義よります」
# 「これら類する物」「本規約反する行為」; not 伴う or 含む, which take を too)
_NI_LEMMAS = frozenset(("掛かる", "係る", "関する", "基づく", "対する", "置く", "於く", "付く", "因る", "依る", "拠る",
                        "類する", "従う", "応ずる", "応じる", "際する", "反する"))


# nouns that modify a verb as adverbs: 「一切応じない」「随時対応する」. (Not UniDic's 副詞可能 read by a second tagger, as
# tokens.is_verbal_noun reads サ変可能: it takes in 場合, 今後 and 以前 too, before which に is dropped: 「場合応じて」.)
_ADVERBIAL_NOUNS = frozenset(("一切", "随時", "適宜", "常時", "一律", "順次", "都度", "即時", "全部", "一部", "直接",
                              "個別", "別途", "相互", "当然", "終始", "一斉", "事前", "事後", "同時", "優先"))


def _dropped_ni_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_NI_VERBS):
        t = ctx.token_at(m.start())
        if t is None or t.start != m.start() or t.pos != "動詞" or t.lemma not in _NI_LEMMAS:
            continue
        noun = ctx.token_at(m.start() - 1)
        if noun is None or noun.end != m.start() or noun.pos2 == "数詞" or not (
                noun.pos in ("名詞", "代名詞") or noun.pos == "接尾辞" and noun.pos2 == "名詞的"):
            continue  # (a noun, これら, or a noun's suffix: 洗面台等)
        if noun.surface in _ADVERBIAL_NOUNS:
            continue  # 「払い戻しには一切応じられません」: a noun used as an adverb, no object of the verb
        if len(noun.surface) == 1 and is_known_word(noun.surface + t.surface[0]):
            continue  # 利益|相|反する: 相反 is a word, 相反する its verb, which MeCab parts after the noun 利益
        start = noun.start
        if start and (prefix := ctx.token_at(start - 1)) is not None and prefix.end == start and (
                prefix.pos == "接頭辞" or noun.pos == "接尾辞" and prefix.pos in ("名詞", "代名詞")):
            start = prefix.start  # 本サービス, not サービス; これら, not ら
        left = text[max(start, m.start() - 8):m.start()]
        word = text[m.start():t.end + 1] if t.surface in ("おい", "おけ", "つい") else t.surface  # において, における, ついて
        yield ctx.finding(
            "grammar-slip", (m.start() - len(left), m.start() + len(word)),
            f"「{left}{word}」: 「{word}」は関係するものを「に」で受けます。「{left}に{word}」と思われます。",
            f"「{left}{word}」: 「{word}」 takes its object with に: 「{left}に{word}」.",
            suggestion=f"{left}に{word}")


# ------------------------------------------------------------------ を dropped between a noun and its verb


# verbs that take their object with を and are never joined to a noun without it: 「所定の手続き行う」, 「…の責任負う」
_WO_VERBS = re.compile(r"(?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fcぁ-ゖ])(?:行[うわいっえ]|支払[うわいっえ]|負[うわいっえ]|講[じず]"
                       r"|有[すし]|定め|受け|求め|怠[るらりっ]|設け|課[すさし]|と[るらりっれ]|取[るらりっれ])")
_WO_LEMMAS = frozenset(("行う", "支払う", "負う", "講ずる", "講じる", "有する", "定める", "受ける", "求める", "怠る",
                        "設ける", "課す", "課する", "取る"))
# nouns after の that modify the verb, not its object: 「以下の通り定める」「協議のうえ定める」「その都度行う」; and a time or
# a place in a noun's last kanji (「翌月末日支払う」「期間中行う」「協議の上定める」)
_NOT_OBJECTS = frozenset(("通り", "とおり", "うえ", "ため", "もと", "ほか", "他", "都度", "範囲内")) | _ADVERBIAL_NOUNS
_TIME_OR_PLACE_END = tuple("日月年時後前中内外間末上下際度頃限")


def _dropped_wo_findings(ctx: Context):
    """「所定の手続き行うものとし」「適宜な対応とる」: a noun a の or な makes the head of a phrase, joined straight to
    a verb that takes its object with を. The verb's object is the noun, so を fell out (「手続きを行う」); a noun standing as an adverb
    (「以下の通り定める」) or a time (「翌月末日支払う」) is left alone. e-Gov law text holds none."""
    for m in ctx.finditer(_WO_VERBS):
        v = ctx.token_at(m.start())
        if v is None or v.start != m.start() or v.pos != "動詞" or v.lemma not in _WO_LEMMAS:
            continue
        noun = ctx.token_at(m.start() - 1)
        if noun is None or noun.end != m.start() or noun.pos != "名詞" or noun.pos2 != "普通名詞" \
                or len(noun.surface) < 2 or noun.surface in _NOT_OBJECTS or noun.surface.endswith(_TIME_OR_PLACE_END):
            continue
        no = ctx.token_at(noun.start - 1)
        if no is None or no.end != noun.start or not (no.surface == "の" and no.pos == "助詞"
                                                       or no.surface == "な" and no.pos == "助動詞"):
            continue  # (の or な makes the noun a phrase's head: 「所定の手続き行う」「適宜な対応とる」)
        after = ctx.token_at(v.end)
        if v.surface[-1] != v.lemma[-1] and after is not None and after.start == v.end and after.pos in ("名詞", "接尾辞"):
            continue  # 「立替払い等」「受付」: the verb's stem in a compound noun, no verb
        written = ctx.text[noun.start:v.end]
        yield ctx.finding(
            "grammar-slip", (noun.start, v.end),
            f"「{written}」: 「{noun.surface}」と「{v.surface}」の間の「を」が抜けています（「{noun.surface}を{v.surface}」）。",
            f"「{written}」: を is missing between the object and its verb: 「{noun.surface}を{v.surface}」.",
            suggestion=f"{noun.surface}を{v.surface}")


# ------------------------------------------------------------------ を dropped after こと; と before ものとする


# 「…に該当しないこと確認し」: こと closes a clause that is the object of the verbal noun after it; を fell out
_KOTO_VERBAL = re.compile(r"(?<=[ぁ-ゖ])こと(?=[\u4e00-\u9fff]{2}(?:し|する|さ|すれ|でき))")
# 「円滑な運営を図るとものとする」: と typed before ものとする after a verb's dictionary form, which ends the clause
_TO_MONO = re.compile(r"(?<=[うくぐすつぬぶむる])とものと(?=する|し)")


def _koto_wo_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_KOTO_VERBAL):
        t = ctx.token_at(m.start())
        noun = ctx.token_at(m.end())
        if t is None or t.surface != "こと" or t.start != m.start() or noun is None or noun.start != m.end() \
                or not is_verbal_noun(noun.surface):
            continue
        yield ctx.finding(
            "grammar-slip", (m.start(), noun.end),
            f"「こと{noun.surface}」: 「こと」と「{noun.surface}」の間の「を」が抜けています（「ことを{noun.surface}」）。",
            f"「こと{noun.surface}」: を is missing: 「ことを{noun.surface}」.",
            suggestion=f"ことを{noun.surface}")
    for m in ctx.finditer(_TO_MONO):
        yield ctx.finding(
            "grammar-slip", (m.start(), m.end()),
            f"「{text[m.start() - 2:m.end() + 2]}」: 「ものとする」の前の「と」は不要です。",
            f"「{text[m.start() - 2:m.end() + 2]}」: a stray と before ものとする.",
            suggestion="ものと", excerpt=text[max(0, m.start() - 4):m.end() + 2])


# ------------------------------------------------------------------ の dropped before ため


_TAME = re.compile(r"(?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fc])(?:ため|為)(?=に|の|、|で|であ|です|。)")


def _tame_findings(ctx: Context):
    """「販売等の決済ためにIC Pay…」: a noun joined straight to ため, which takes a noun with の (決済のために) and a verb
    as it is (決済するために). e-Gov law text and the corpus hold none."""
    for m in ctx.finditer(_TAME):
        noun = ctx.token_at(m.start() - 1)
        t = ctx.token_at(m.start())
        if noun is None or t is None or t.start != m.start() or noun.end != m.start() or noun.pos != "名詞" \
                or noun.pos2 != "普通名詞" or len(noun.surface) < 2:
            continue
        yield ctx.finding(
            "grammar-slip", (noun.start, m.end()),
            f"「{noun.surface}{m.group(0)}」: 名詞に「ため」が続くときは「の」が要ります（「{noun.surface}の{m.group(0)}」）。",
            f"「{noun.surface}{m.group(0)}」: a noun takes の before ため: 「{noun.surface}の{m.group(0)}」.",
            suggestion=f"{noun.surface}の{m.group(0)}")


# ------------------------------------------------------------------ い dropped from ている (い抜き)


# the full form, counted to tell a slip from the register of a casual text: 「…している」「…していない」「…しています」
_FULL_TEIRU = re.compile(r"(?<=[っんいしきぎちにびみりえけせてねべめれ])[てで]い(?:る|ない|ます|ません|た)")


def _i_dropped_findings(ctx: Context):
    """「予防措置を行ってないペット」「保存されてますデータ」: ている with its い dropped (い抜き言葉; UniDic reads the
    contracted てる as an auxiliary of its own), which formal writing never shortens. A warning where the document
    writes it once or the full form at least twice as often (a slip in its own register), a note in a casual text
    that writes it throughout."""
    places = []
    for m in ctx.finditer(_TERU_HEAD):
        t = ctx.token_at(m.start())
        if t is None or t.start != m.start() or t.pos != "助動詞" or t.lemma != "てる":
            continue
        verb = ctx.token_at(t.start - 1)
        if verb is None or verb.end != t.start or not (verb.pos in ("動詞", "助動詞")
                                                       or verb.pos == "接尾辞" and verb.pos2 == "動詞的"):
            continue
        honorific = ctx.token_at(verb.start - 1)
        if honorific is not None and honorific.end == verb.start and honorific.pos == "接頭辞":
            continue  # 「お持ちでない」: an honorific noun and the copula, which MeCab may read so
        while verb.pos not in ("動詞", "形状詞") and (prev := ctx.token_at(verb.start - 1)) is not None \
                and prev.end == verb.start and prev.pos in ("動詞", "助動詞", "形状詞"):
            verb = prev  # 「保存さ|れ|てます」「嫌|がっ|てる」: from the word the auxiliaries follow
        # (て alone, then ない or ます: the auxiliary it lost い before)
        after = ctx.token_at(t.end) if len(t.surface) == 1 else None
        end = after.end if after is not None and after.start == t.end and after.pos == "助動詞" else t.end
        places.append((verb.start, t.start, end))
    if not places:
        return
    full = len(_FULL_TEIRU.findall(ctx.full.text))
    severity = "warning" if len(places) == 1 or full >= 2 * len(places) else "info"
    text = ctx.text
    for start, te, end in places:
        written = text[start:end]
        fixed = text[start:te + 1] + "い" + text[te + 1:end]
        yield ctx.finding(
            "grammar-slip", (start, end),
            f"「{written}」は「い」が抜けた話し言葉の形です（い抜き言葉）。「{fixed}」と書きます。",
            f"「{written}」 drops the い of ている, a spoken form: 「{fixed}」.",
            suggestion=fixed, severity=severity)


_TERU_HEAD = re.compile(r"(?<=[っんいしきぎちにびみりえけせてねべめれ\u4e00-\u9fff])[てで](?=る|ない|なかっ|ます|ません|た)")


# ------------------------------------------------------------------ a particle dropped after a definition in brackets


# 「…（以下「レンタル」という）提供する」: the term defined in brackets is the object or subject of what follows, so a
# particle must come between the bracket and a verb (「…という）を提供する」). A noun may follow (a law's
# 「（以下「甲」という。）当該…」), a verb never.
_NAMING_VERBS = frozenset(("称する", "呼ぶ", "名付ける", "名乗る", "号する"))
_AFTER_DEFINITION = re.compile(r"という。?[）)](?=[\u4e00-\u9fff\u3041-\u3096])")


def _particle_after_definition_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_AFTER_DEFINITION):
        toks, i, base = ctx.tokens_from(m.end())
        if i >= len(toks) or toks[i].start + base != m.end():
            continue
        t = toks[i]
        # (not する itself: 「…を損壊（以下「施設の損害等」という）しない」「利用（以下…という。）するにあたり」 set the
        # definition inside a verbal noun and its する; not 及び, the conjunction MeCab may read as 及ぶ)
        verb = t.pos == "動詞" and t.lemma not in ("為る", "及ぶ") or (
            t.pos == "名詞" and i + 1 < len(toks) and toks[i + 1].start == t.end
            and toks[i + 1].lemma == "為る" and toks[i + 1].pos == "動詞")
        if not verb:
            continue
        word = text[m.end():toks[i + 1].end + base] if t.pos == "名詞" else t.surface
        # (a verb of naming takes the name with と: 「…（以下「クラブ」という）と称する」)
        which = "「と」" if t.lemma in _NAMING_VERBS else "「を」「が」など"
        which_en = "と" if t.lemma in _NAMING_VERBS else "を, が…"
        yield ctx.finding(
            "grammar-slip", (m.start(), m.end() + len(word)),
            f"「{text[m.start():m.end()]}{word}」: 括弧書きで定義した語と動詞「{word}」の間に助詞（{which}）が抜けています。",
            f"「{text[m.start():m.end()]}{word}」: a particle ({which_en}) is missing between the term defined in brackets "
            f"and the verb 「{word}」.",
            excerpt=text[max(0, m.start() - 8):m.end() + len(word) + 2])


# ------------------------------------------------------------------ a verbal noun asked for with ください alone: 指定下さい


# ください asks for an act: after a verbal noun it needs して (指定してください) or the honorific ご/御 before it (ご指定ください).
# 「次の内容で指定下さい」「詳細は別紙を参照ください」 have neither: する dropped, or the prefix.
_KUDASAI = re.compile(r"(?<=[\u4e00-\u9fff])(?:下さい|ください)")


def _bare_kudasai_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_KUDASAI):
        noun = ctx.token_at(m.start() - 1)
        if noun is None or noun.end != m.start() or noun.pos != "名詞" or not is_verbal_noun(noun.surface):
            continue
        before = ctx.token_at(noun.start - 1) if noun.start else None
        if before is not None and before.end == noun.start and before.pos == "接頭辞" \
                or noun.start and text[noun.start - 1] in "おご御":
            continue  # ご指定ください, 御連絡下さい, お約束ください: the honorific asks for the act (however MeCab reads お)
        written = noun.surface + m.group(0)
        yield ctx.finding(
            "grammar-slip", (noun.start, m.end()),
            f"「{written}」: 漢語の動詞に「{m.group(0)}」を続けるときは「{noun.surface}して{m.group(0)}」か「ご{written}」です。",
            f"「{written}」: a verbal noun takes して before {m.group(0)} (「{noun.surface}して{m.group(0)}」) or the "
            f"honorific ご (「ご{written}」).",
            suggestion=f"{noun.surface}して{m.group(0)}")


# ------------------------------------------------------------------ a verb's euphonic form before ます: 加入しておいます


# 「傷害保険に加入しておいます」: a verb's euphonic form (置く → おい, 行く → 行っ, 読む → 読ん) goes on only with て, た, たり,
# だ; before ます a verb takes its 連用形 (おきます, 行きます, 読みます). The slip is a kana typed for another (おります,
# しています) or dropped. MeCab reads the euphonic form and then ます, which no conjugation joins.
# And its dictionary form before ます (「送付することがあるます」, 「求めるます」): ます takes the 連用形 (あります, 求めます).
# The last kana of the verb before ます: い っ ん of a euphonic form, う…る of a dictionary form.
_BEFORE_MASU = re.compile(r"(?<=[ぁ-ゖ\u4e00-\u9fff])[いっんうくぐすつぬぶむる](?=ま[すせし])")


def _verb_form_masu_findings(ctx: Context):
    """A verb's euphonic form (おい) or dictionary form (ある) right before ます."""
    text = ctx.text
    for m in ctx.finditer(_BEFORE_MASU):
        verb, after = ctx.token_at(m.start()), ctx.token_at(m.end())
        if verb is None or after is None or verb.pos != "動詞" or verb.end != m.end() or after.start != m.end() \
                or after.lemma != "ます":
            continue
        a, written = verb.start, text[verb.start:after.end]
        if m.group(0) in "うくぐすつぬぶむる":
            if verb.surface[-1] != verb.lemma[-1]:
                continue  # (a 連用形 ending so, 見る's 見: not the dictionary form)
            ja = f"「{written}」: 「ます」は動詞の連用形に続きます（あります、求めます）。「{verb.surface}」は終止形です。"
            en = f"「{written}」: ます follows a verb's continuative form (あります), not its dictionary form ({verb.surface})."
        else:
            if len(verb.lemma) < 2 or m.group(0) == "い" and verb.lemma[-1] not in "くぐ":
                continue  # 居る, 行う, 用いる: their い is the 連用形 (います, 行います, 用います)
            if m.group(0) == "い" and all("ぁ" <= c <= "ゖ" for c in verb.surface) and (
                    verb.start == 0 or text[verb.start - 1] not in "てで"):
                continue  # 「責任をおいません」: 負う's 連用形 in kana, read as 置く; after て (しておいます) only an auxiliary stands
            ja = (f"「{written}」: 動詞の音便形（{verb.surface}）に「ます」は続きません（「て」「た」の前だけの形です）。"
                  f"「{verb.lemma}」の連用形か、別の語（…ております、…ています）の打ち誤りと思われます。")
            en = (f"「{written}」: a verb's euphonic form ({verb.surface}) never takes ます; its continuative form, or "
                  f"another word (…ております), was meant.")
        yield ctx.finding("grammar-slip", (a, after.end), ja, en, excerpt=text[max(0, a - 6):after.end + 2])


# ------------------------------------------------------------------ a bracket opened on a particle: （において氏名…）


# 「大会の映像・写真・記事・記録等（において氏名…の個人情報）が」: a parenthetical qualifies the word before it and opens
# with a word of its own; a compound particle first has lost the noun it follows (「（記事等において氏名…」) or was moved
# inside the bracket with it.
_BRACKET_PARTICLE = re.compile(r"[（(](?=(?P<p>において|における|について|に関して|に関する|に対して|に対する|によって|により|として"
                               r"|をもって))")


def _on_a_particle(ctx: Context, rx: re.Pattern, at: str):
    """The matches of ``rx`` whose position ``at`` (「start」 or 「end」) MeCab reads as the start of a particle."""
    for m in ctx.finditer(rx):
        pos = m.start() if at == "start" else m.end()
        t = ctx.token_at(pos)
        if t is not None and t.start == pos and t.pos == "助詞":
            yield m


def _bracket_particle_findings(ctx: Context):
    text = ctx.text
    for m in _on_a_particle(ctx, _BRACKET_PARTICLE, "end"):
        yield ctx.finding(
            "grammar-slip", (m.start(), m.end() + len(m.group("p"))),
            f"括弧書きが助詞「{m.group('p')}」から始まっています（「{text[m.start():m.start() + 12]}」）。助詞が受ける語が抜けて"
            f"いるか、括弧の位置がずれています。",
            f"The parenthetical opens with the particle 「{m.group('p')}」: the word it follows is missing or the bracket "
            f"is misplaced.", excerpt=text[max(0, m.start() - 6):m.start() + 14])


# a case particle cannot open a provision: 「2．の法人の会費は」 lost the この (or その) the particle follows
_OPENING_PARTICLES = frozenset(("の", "を", "が", "に", "は"))


def _particle_first_findings(ctx: Context):
    """A paragraph or an item whose text, after its label, opens with a case particle followed by a noun."""
    text = ctx.text
    for u in ctx.units:
        if u.kind in ("paragraph", "item"):
            start = u.text_start(text)
            if start == u.span[0]:
                continue  # (a paragraph without a label starts where the line starts: its first word is read as is)
        elif u.kind == "line":  # a numbered line the structure left outside the articles (a 附則's 「2．…」)
            numbered = grammar.match_paragraph_number(text[u.span[0]:u.span[1]])
            if numbered is None:
                continue
            start = u.span[0] + numbered.end
        else:
            continue
        while start < u.span[1] and text[start] in " \u3000":
            start += 1
        if start >= u.span[1] or text[start] not in _OPENING_PARTICLES:
            continue
        t, nxt = ctx.token_at(start), ctx.token_at(start + 1)
        if t is None or t.start != start or t.end != start + 1 or t.pos != "助詞" or nxt is None \
                or nxt.start != start + 1 or nxt.pos != "名詞":
            continue
        yield ctx.finding(
            "grammar-slip", (start, start + 1),
            f"「{text[start:start + 8]}」は助詞「{text[start]}」から始まっています。前の語（「この」「その」など）が抜けて"
            f"いると思われます。",
            f"The text opens with the particle 「{text[start]}」 (「{text[start:start + 8]}」): the word before it (この, "
            f"その…) seems lost.", excerpt=text[max(u.span[0], start - 3):start + 8])


# a case particle right before a conjunction that joins two nouns (「本サービスを及び付帯サービスを停止」): the particle
# belongs after the second noun only; no reading of Japanese has を及び or を又は (及ぶ takes に: 範囲に及び is right)
_PARTICLE_BEFORE_CONJUNCTION = re.compile(
    r"(?<=[\u4e00-\u9fff々\u30a1-\u30fa\u30fc」）)])を(?=及び|および|又は|または|並びに|ならびに|若しくは|もしくは)")


def _particle_before_conjunction_findings(ctx: Context):
    text = ctx.text
    for m in _on_a_particle(ctx, _PARTICLE_BEFORE_CONJUNCTION, "start"):
        s = m.start()
        yield ctx.finding(
            "grammar-slip", (s, s + 1),
            f"「{text[max(0, s - 6):s + 4]}」の「を」は接続詞の前にあります。並べる語の後に一度だけ置きます"
            f"（「…及び…を」）。",
            f"「を」 before a conjunction (「{text[max(0, s - 6):s + 4]}」): the particle follows the last noun joined.",
            excerpt=text[max(0, s - 6):s + 4])


# ------------------------------------------------------------------ の for に before 掲げる after a place of the text


# What a column, an item, an article or a table of the text lists is 「…に掲げる」 (law text: 「次の表の上欄に掲げる」,
# never の there); の before 掲げる marks its subject (当社の掲げる方針), and a place of the text is no subject: 「次の左欄の
# 掲げる漁具」 → 「左欄に掲げる」. (Not 定める: 「第一項の定めるところにより」 is law's own wording, the provision its subject.)
_PLACE_NO = re.compile(r"(?:[左右上下中]欄|欄|(?:前各|各|次|前|同|第[0-9０-９一二三四五六七八九十百]{1,4})(?:号|項|条)|本条|本項|"
                       r"別表(?:第?[0-9０-９一二三四五六七八九十]{1,3})?|別紙(?:第?[0-9０-９]{1,3})?|[上下]記)"
                       r"(?P<no>の)(?=掲げ[るたら])")


def _place_no_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_PLACE_NO):
        s = m.start("no")
        place = text[m.start():s]
        verb = text[m.end():m.end() + 2]
        yield ctx.finding(
            "grammar-slip", (m.start(), m.end() + 2),
            f"「{place}の{verb}」の「の」は「に」の誤りと思われます（「{place}に{verb}」）。",
            f"「{place}の{verb}」: what a place of the text holds is 「{place}に{verb}」.",
            suggestion=f"{place}に{verb}")


# ------------------------------------------------------------------ の between a verbal noun and する: 主催のする


# 「…が主催のする撮影会」: a verbal noun takes する straight (主催する); の before する marks a subject (当社のする業務), and a
# verbal noun is no subject of する. Kanji nouns of two characters or more that UniDic says take する (サ変可能).
_NO_SURU = re.compile(r"(?<=[\u4e00-\u9fff])の(?=す[るれ]|し[てたま])")


def _no_suru_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_NO_SURU):
        t = ctx.token_at(m.start() - 1)
        if t is None or t.end != m.start() or t.pos != "名詞" or len(t.surface) < 2 or not is_verbal_noun(t.surface):
            continue
        after = ctx.token_at(m.end())
        if after is None or after.start != m.end() or after.lemma != "為る":
            continue
        yield ctx.finding(
            "grammar-slip", (t.start, after.end),
            f"「{t.surface}の{after.surface}」の「の」は不要です（「{t.surface}{after.surface}」）。",
            f"「{t.surface}の{after.surface}」: a stray の between the verbal noun and する.",
            suggestion=t.surface + after.surface)


# 満たない is 満たす's negative written as 満つ's: it takes に (「最少催行人数に満たない」), 満たさない takes を. を before
# 満たない mixes the two.
_WO_MITANAI = re.compile(r"を(?=満たない|満たなかっ|満たず)")


def _wo_mitanai_findings(ctx: Context):
    for m in ctx.finditer(_WO_MITANAI):
        yield ctx.finding(
            "grammar-slip", (m.start(), m.end() + 3),
            "「を満たない」は助詞がねじれています。「に満たない」か「を満たさない」のどちらかです。",
            "「を満たない」 mixes two constructions: 「に満たない」 or 「を満たさない」.",
            suggestion="に満たない")


def particle_findings(ctx: Context):
    yield from _particle_first_findings(ctx)
    yield from _wo_mitanai_findings(ctx)
    yield from _place_no_findings(ctx)
    yield from _no_suru_findings(ctx)
    yield from _particle_before_conjunction_findings(ctx)
    yield from _quotative_findings(ctx)
    yield from _ikanaru_findings(ctx)
    yield from _paired_verb_findings(ctx)
    yield from _nominal_to_findings(ctx)
    yield from _light_verb_findings(ctx)
    yield from _two_object_findings(ctx)
    yield from _predicate_and_findings(ctx)
    yield from _no_potential_findings(ctx)
    yield from _wo_potential_findings(ctx)
    yield from _wo_by_findings(ctx)
    yield from _wo_needed_findings(ctx)
    yield from _wo_intransitive_findings(ctx)
    yield from _no_verb_findings(ctx)
    yield from _no_mono_findings(ctx)
    yield from _divide_findings(ctx)
    yield from _dropped_ni_findings(ctx)
    yield from _dropped_wo_findings(ctx)
    yield from _i_dropped_findings(ctx)
    yield from _koto_wo_findings(ctx)
    yield from _tame_findings(ctx)
    yield from _particle_after_definition_findings(ctx)
    yield from _bare_kudasai_findings(ctx)
    yield from _bracket_particle_findings(ctx)
    yield from _verb_form_masu_findings(ctx)
