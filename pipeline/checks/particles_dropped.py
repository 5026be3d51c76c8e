"""Particles dropped where no reading of Japanese allows it, found on the tokens (part of grammar-slip):

- a finished predicate joined straight to a verb of thinking or judging, the quotative と dropped:
  「影響がある考えられる」 → 「あると考えられる」 (verbs in pipeline/data/quotative_verbs.tsv);
- いかなる with no も before a negative: 「いかなる損害について、…責任を負わない」 → 「についても」;
- することができる with its が dropped or its で: 「達成することできない」, 「改訂することがきます」 → 「ことができ」;
  する written twice: 「目的とするして」 → 「目的として」;
- に dropped before 係る, 関する, 基づく or 対する: 「本サービス係るソフトウェア」 → 「本サービスに係る」;
- を dropped between a noun headed by の and a verb that takes を: 「所定の手続き行う」 → 「手続きを行う」;
- を dropped after こと before a verbal noun (「該当しないこと確認し」) or 目的とする, と typed before ものとする (「図るとものとする」);
- の dropped between a noun and ため: 「決済ために」 → 「決済のために」;
- の dropped after すべて (全て, 一切) that a clause modifies, before a noun: 「適用されるすべてサービス」 → 「すべてのサービス」;
- い dropped from ている: 「行ってないペット」 → 「行っていない」 (a note in a casual text);
- a particle dropped between a term defined in brackets and a verb: 「（以下「レンタル」という）提供する」;
- a verbal noun asked for with ください alone: 「指定下さい」 → 「指定して下さい」 (or ご指定下さい);
- と dropped between a verb's volitional form and する: 「持ち込もうした場合」 → 「持ち込もうとした」;
- の dropped between a cited provision and 規定: 「前項規定で」 → 「前項の規定で」, where the document writes it with の.

Each pattern is grammar, true of any text, not a phrase of one document: e-Gov law text (the Companies Act, the
e-Gov texts in shared/corpus) holds none, and each finding states the correction.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..tokens import is_known_word, is_verbal_noun
from . import Context, is_hiragana, load_tsv
from .particles_base import finished, joined_tokens, particle_check, verbs_after_a_word
from .sentence_style import spoken_register
from .typos_base import conjugated

# ------------------------------------------------------------------ the quotative と dropped


@lru_cache(maxsize=None)
def _quotative() -> tuple[frozenset, frozenset, re.Pattern]:
    verbs, nouns = set(), set()
    for lemma, kind in load_tsv("quotative_verbs.tsv"):
        (verbs if kind == "verb" else nouns).add(lemma)
    stems = {v[:-1] for v in verbs} | nouns | {"みな"}  # みなす is written in kana too
    # いう in kana only with an ending of its own: a bare い after つ is …について, the one phrase the Companies Act
    # writes 1,200 times, and each would be tagged for nothing. (Literals first, no look-behind, which would cost the
    # regex engine its skip to them: the kana before is looked at in the loop.)
    rx = re.compile("|".join(sorted(map(re.escape, stems), key=len, reverse=True)) + "|い(?=[うわいっえお])")
    return frozenset(verbs), frozenset(nouns), rx


# the last kana of a finished predicate (ある, した, だ, ない): the cheap filter before the tokens
_PREDICATE_END = frozenset("うくぐすつぬぶむるいたんだ")


# a quoted clause states a fact (影響がある, 必要がない, 可能となる); a verb that acts on an object (定める, 提供する)
# before 想定された + noun is that noun's other modifier
_STATIVE = frozenset(("有る", "在る", "無い", "居る", "成る", "出来る", "違う", "異なる", "当たる"))
_ADNOMINAL_PASSIVE = re.compile(r"れ(?:た|る)[\u3400-\u9fff\u30a1-\u30ff]")


@particle_check
def _quotative_findings(ctx: Context):
    verbs, nouns, rx = _quotative()
    for m in ctx.finditer(rx):  # (one scan for the と dropped and the と typed as another kana)
        for f in (_quotative_dropped(ctx, m.start(), verbs, nouns), _quotative_typed(ctx, m.start(), verbs, nouns)):
            if f is not None:
                yield f


def _quotative_dropped(ctx: Context, at: int, verbs: frozenset, nouns: frozenset):
    """The finding where a finished predicate ends right before the verb of judging at ``at``, と dropped."""
    text = ctx.text
    if not at or text[at - 1] not in _PREDICATE_END:
        return None
    a, b, c = joined_tokens(ctx, at)
    if a is None or not finished(a):
        return None
    if b.pos == "動詞" and b.lemma in verbs:
        if b.surface[-1] != b.lemma[-1] and not (c is not None and (
                (c.pos == "助動詞" and c.lemma not in ("だ", "です")) or c.surface in ("て", "た"))):
            return None  # 考え方, 思い出: the 連用形 as a noun, which a predicate may modify
    elif (b.pos == "名詞" and b.lemma in nouns) or b.surface == "みな":  # MeCab reads みなさ as 皆 + さ
        if c is None or c.lemma != "為る":
            return None  # 違反した判断を: a noun the predicate modifies
        if a.pos == "動詞" and a.lemma not in _STATIVE and _ADNOMINAL_PASSIVE.match(text, c.end):
            return None  # 弊社が定める想定された利用条件: two modifiers of one noun, the verb's object that noun
    else:
        return None
    end = c.end if b.pos == "名詞" or b.surface == "みな" else b.end
    span = (a.start, end)
    written = text[span[0]:span[1]]
    fixed = a.surface + "と" + text[b.start:end]
    return ctx.finding(
        "grammar-slip", span,
        f"「{written}」は「と」が抜けています（「{fixed}」）。考える・認める・判断するなどの内容は「…と」で受けます"
        f"（影響があると考えられる）。",
        f"「{written}」 drops the quotative と: 「{fixed}」.",
        suggestion=fixed)


# 「提供が不相当であるそ判断した場合」, 「おそれがあるそ認められる」: a kana between a finished predicate and a verb of
# judging that MeCab reads as no particle (そ as an adverb, こ as a prefix) is the quotative と typed as another kana.
# A particle there is a reading of its own (「…あるを認める」, literary), unless no finished predicate takes it (て, で,
# ど); no text of the corpus writes any other kana.
_NOT_PARTICLE = frozenset(("副詞", "接頭辞", "名詞", "感動詞", "記号", "補助記号", "代名詞"))
# ... and the conjunctive particles that never follow a finished predicate (て and で take its 連用形, あって; ど its
# 已然形, あれど): 「必要があるて認める」, 「おそれがあるど認められる」 are と typed as them
_NOT_AFTER_FINISHED = frozenset("てでど")


def _quotative_typed(ctx: Context, at: int, verbs: frozenset, nouns: frozenset):
    """The finding where a kana MeCab reads as no particle stands between a finished predicate and the verb of judging
    at ``at``, the と typed as it."""
    text = ctx.text
    k_at = at - 1  # the kana typed for と
    if k_at < 1 or not is_hiragana(text[k_at]) or text[k_at - 1] not in _PREDICATE_END:
        return None
    a, k, b = joined_tokens(ctx, k_at)
    if a is None or b is None or not finished(a) or k.end != at or not (
            k.pos in _NOT_PARTICLE or k.pos2 == "接続助詞" and k.surface in _NOT_AFTER_FINISHED):
        return None
    if not ((b.pos == "動詞" and b.lemma in verbs) or (b.pos == "名詞" and b.lemma in nouns)):
        return None
    span = (a.start, b.end)
    written = text[span[0]:span[1]]
    fixed = a.surface + "と" + b.surface
    return ctx.finding(
        "grammar-slip", span,
        f"「{written}」の「{k.surface}」は、判断・認識の内容を受ける「と」の打ち誤りと思われます（「{fixed}」）。",
        f"「{written}」: 「{k.surface}」 stands where the quotative と belongs (「{fixed}」).",
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


def _noun_after_verb(toks, j: int) -> int | None:
    """The index of the noun the verb at ``j`` modifies, with its auxiliaries (生じ|た|損害: a clause before a noun);
    None where it ends the clause, or stands before the formal もの or こと of the sentence's end (支払わないものとします)."""
    while j < len(toks) and toks[j].pos in ("動詞", "助動詞"):
        j += 1
    if j < len(toks) and toks[j].pos == "名詞" and toks[j].surface not in ("もの", "こと", "物", "事"):
        return j
    return None


def _phrase_particle(toks, i: int, first: int) -> int | None:
    """The index of the particle that closes the noun phrase starting at token ``i`` (None: no such phrase)."""
    depth, k = 0, i
    while k < len(toks):
        t = toks[k]
        if t.start - toks[first].start > _MAX_PHRASE:
            return None
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
            return None
        k += 1
    return None if k >= len(toks) or k == i or depth else k


@particle_check
def _ikanaru_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_IKANARU):
        toks, i, base = ctx.tokens_from(m.end())
        if i >= len(toks) or toks[i].start + base != m.end():
            continue
        start = i
        while True:  # the noun phrase いかなる opens, up to its particle
            k = _phrase_particle(toks, start, i)
            if k is None:
                break
            p = toks[k]
            if p.surface in ("か", "の") or p.surface.endswith("も"):
                k = None
                break
            if p.surface == "に" and k + 1 < len(toks) and toks[k + 1].pos == "動詞" and toks[k + 1].surface not in _COMPOUND:
                # いかなる事由による損害: the phrase is inside a clause that modifies a noun, whose phrase takes the も
                head = _noun_after_verb(toks, k + 1)
                if head is None:
                    k = None
                    break
                start = head
                continue
            # the particle, and the verb and て of a compound particle after に (について, に対し, によって)
            end_k = k
            written_end = p.surface
            if p.surface == "に" and k + 1 < len(toks) and toks[k + 1].surface in _COMPOUND:
                end_k = k + 1
                if k + 2 < len(toks) and toks[k + 2].surface == "て":
                    end_k = k + 2
                written_end = "に" + _COMPOUND[toks[k + 1].surface]
            nxt = toks[end_k + 1] if end_k + 1 < len(toks) else None
            verb = end_k + 1 if nxt is not None and nxt.pos == "動詞" else \
                end_k + 2 if nxt is not None and nxt.pos == "名詞" and end_k + 2 < len(toks) \
                and toks[end_k + 2].lemma in ("為る", "する") else None  # (賠償|する: a verbal noun and its する)
            head = _noun_after_verb(toks, verb) if verb is not None and (end_k > k or p.surface in _REPLACED) else None
            if head is None:
                break
            # 「いかなる原因に基づき生じた損害について」, 「いかなるクレーム、訴訟及び損害を賠償する責任を一切負いません」: the
            # phrase is the object of a clause that modifies a noun; that noun's phrase (損害について, 責任を) takes the も
            start = head
        if k is None:
            continue
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


# ------------------------------------------------------------------ することができる; するして


# こと + できる joins only through が (することができる), and こと + が + 来る (がきます) is できる with its で dropped;
# する before し/する is one する too many (目的とするして); a verb's dictionary form + ものができる is ことができる
# with もの for こと (異議申し立てを行うものができるものとします: nothing is made, something is possible), and a verb's
# dictionary form + ができる has lost its こと (通知をするができる): が marks a noun, and a verb is made one only by こと
_LIGHT = re.compile("(?<=こと)(?:でき|がき)|(?<=する)(?:し|する)|(?<=[うくぐすつぬぶむる])(?:もの)?ができ")


@particle_check
def _light_verb_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_LIGHT):
        a, b, c = joined_tokens(ctx, m.start())
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
        if m.group(0) == "ができ":
            if not finished(a) or a.pos != "動詞" or a.end != m.start():
                continue
            yield ctx.finding(
                "grammar-slip", (m.start(), m.start() + 1),
                f"「{a.surface}ができ」は「こと」が抜けています（…{a.surface}ことができる）。",
                f"「{a.surface}ができ」 has lost its こと (…{a.surface}ことができる).", suggestion="ことが")
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


# ------------------------------------------------------------------ に dropped before 係る, 関する, 基づく, 対する


# These verbs take what they relate to with に and nothing else (「本サービスに係る」「本規約に基づき」「利用者に対し」): a noun
# written straight before one (「本サービス係るソフトウェア」「本規約関する事項」, a noun with its okurigana too: 「取扱い関する」)
# has lost its に. (Compounds such as 敵対する,
# 相対する are one noun and する to MeCab, and 係る alone, 「係る事態」, follows no noun.)
# The same for において and における (「本規約おいて、次の用語は…」): MeCab reads the kana as 置く, but おいて then a
# comma, は or も, and おける, are the compound particle's (荷物おいて行く, を dropped before 置く, is not sought).
# (one look-behind, which Context.finditer searches past by the body: the kana a noun's okurigana ends on are let in,
# and the tokens then ask for a noun before the verb)
_NI_VERBS = re.compile(r"(?<=[\u4e00-\u9fff々\u30a1-\u30fa\u30fcらいきしみりちえけ])(?:係[るり]|関[すし]|基づ[くきい]|対[すし]"
                       r"|おい(?=て[、，はも])|おけ(?=る)|つい(?=て)|よ[りるっれ]|類[すし]|従[いうっえわ]|応[じず]|際[しす]"
                       r"|反[しす]|達[しす])")
# (also ついて, よる, 類する, 従う, 応じる, 際する, 反する, 達する, which take に alone as well: 「洗面台等ついては」「次の定義
# よります」「これら類する物」「本規約反する行為」「定員達してしまった」; not 伴う or 含む, which take を too)
_NI_LEMMAS = frozenset(("掛かる", "係る", "関する", "基づく", "対する", "置く", "於く", "付く", "因る", "依る", "拠る",
                        "類する", "従う", "応ずる", "応じる", "際する", "反する", "達する"))


# nouns that modify a verb as adverbs: 「一切応じない」「随時対応する」. (Not UniDic's 副詞可能 read by a second tagger, as
# tokens.is_verbal_noun reads サ変可能: it takes in 場合, 今後 and 以前 too, before which に is dropped: 「場合応じて」.)
_ADVERBIAL_NOUNS = frozenset(("一切", "随時", "適宜", "常時", "一律", "順次", "都度", "即時", "全部", "一部", "直接",
                              "個別", "別途", "相互", "当然", "終始", "一斉", "事前", "事後", "同時", "優先",
                              # 「問い合わせには原則応じません」: 原則 for 原則として (as a rule)
                              "原則",
                              # 「できる限り従う」「可能な限り対応する」: as far as (it can)
                              "限り"))


@particle_check
def _dropped_ni_findings(ctx: Context):
    text = ctx.text
    for noun, t in verbs_after_a_word(ctx, _NI_VERBS, _NI_LEMMAS):
        if noun.pos2 == "数詞" or not (noun.pos in ("名詞", "代名詞") or noun.pos == "接尾辞" and noun.pos2 == "名詞的"):
            continue  # (a noun, これら, or a noun's suffix: 洗面台等)
        if noun.surface in _ADVERBIAL_NOUNS:
            continue  # 「払い戻しには一切応じられません」: a noun used as an adverb, no object of the verb
        if len(noun.surface) == 1 and is_known_word(noun.surface + t.surface[0]):
            continue  # 利益|相|反する: 相反 is a word, 相反する its verb, which MeCab parts after the noun 利益
        start = noun.start
        if start and (prefix := ctx.token_at(start - 1)) is not None and prefix.end == start and (
                prefix.pos == "接頭辞" or noun.pos == "接尾辞" and prefix.pos in ("名詞", "代名詞")):
            start = prefix.start  # 本サービス, not サービス; これら, not ら
        left = text[max(start, t.start - 8):t.start]
        word = text[t.start:t.end + 1] if t.surface in ("おい", "おけ", "つい") else t.surface  # において, における, ついて
        yield ctx.finding(
            "grammar-slip", (t.start - len(left), t.start + len(word)),
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


@particle_check
def _dropped_wo_findings(ctx: Context):
    """「所定の手続き行うものとし」「適宜な対応とる」: a noun a の or な makes the head of a phrase, joined straight to
    a verb that takes its object with を. The verb's object is the noun, so を fell out (「手続きを行う」); a noun standing as an adverb
    (「以下の通り定める」) or a time (「翌月末日支払う」) is left alone. e-Gov law text holds none."""
    for noun, v in verbs_after_a_word(ctx, _WO_VERBS, _WO_LEMMAS):
        if noun.pos != "名詞" or noun.pos2 != "普通名詞" or len(noun.surface) < 2 or noun.surface in _NOT_OBJECTS \
                or noun.surface.endswith(_TIME_OR_PLACE_END):
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
# 「…を達成すること目的とする」: the purpose formula is ことを目的とする; a noun joins こと only through a particle
_KOTO_PURPOSE = re.compile(r"(?<=[ぁ-ゖ])こと(?=(?:目的|趣旨)と(?:する|し))")
# 「円滑な運営を図るとものとする」: と typed before ものとする after a verb's dictionary form, which ends the clause
_TO_MONO = re.compile(r"(?<=[うくぐすつぬぶむる])とものと(?=する|し)")


@particle_check
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
    for m in ctx.finditer(_KOTO_PURPOSE):
        t = ctx.token_at(m.start())
        if t is None or t.surface != "こと" or t.start != m.start():
            continue
        noun = text[m.end():m.end() + 2]
        yield ctx.finding(
            "grammar-slip", (m.start(), m.end() + 2),
            f"「こと{noun}とする」: 「を」が抜けています（「ことを{noun}とする」）。",
            f"「こと{noun}とする」: を is missing: 「ことを{noun}とする」.",
            suggestion=f"ことを{noun}")
    for m in ctx.finditer(_TO_MONO):
        yield ctx.finding(
            "grammar-slip", (m.start(), m.end()),
            f"「{text[m.start() - 2:m.end() + 2]}」: 「ものとする」の前の「と」は不要です。",
            f"「{text[m.start() - 2:m.end() + 2]}」: a stray と before ものとする.",
            suggestion="ものと", excerpt=text[max(0, m.start() - 4):m.end() + 2])


# ------------------------------------------------------------------ の dropped before ため


_TAME = re.compile(r"(?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fc])(?:ため|為)(?=に|の|、|で|であ|です|。)")


@particle_check
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


# ------------------------------------------------------------------ の dropped after すべて before a noun


# すべて, 全て and 一切 are nouns: after a clause that modifies them (適用される|すべて) or after の they are the head of
# the phrase, and a noun after them takes の (「適用されるすべてのサービス」); only as an adverb, after a particle or at
# a clause's start, do they stand before a noun (「権利はすべて当社に帰属する」)
_ALL_THEN_NOUN = re.compile(r"(?:すべて|全て|総て|一切)(?=[\u4e00-\u9fff\u30a1-\u30fa])")
_NOUN_KINDS = frozenset(("普通名詞", "固有名詞"))


@particle_check
def _all_then_noun_findings(ctx: Context):
    """「本規約が適用されるすべてサービスをいい」, 「当社が作成したすべてコンテンツ」: すべて after a clause (or after の), then
    a noun without の. e-Gov law text and the corpus write の there (すべての, 一切の) every time."""
    for m in ctx.finditer(_ALL_THEN_NOUN):
        toks, i, base = ctx.tokens_from(m.start())
        if i == 0 or i + 1 >= len(toks) or toks[i].start + base != m.start() or toks[i].end + base != m.end():
            continue
        before, noun = toks[i - 1], toks[i + 1]
        if before.end != toks[i].start or not (finished(before) or (before.pos == "助詞" and before.surface == "の")):
            continue
        if before.pos == "形容詞":
            continue  # (a verb's or an auxiliary's form: 「よいすべて」 is no clause of a legal text)
        if noun.pos != "名詞" or noun.pos2 not in _NOUN_KINDS or noun.start != toks[i].end:
            continue
        after = toks[i + 2] if i + 2 < len(toks) else None
        if after is not None and after.pos == "動詞" and after.lemma in ("為る", "する", "出来る"):
            continue  # 「作成したすべて削除する」: a verbal noun after すべて is its verb, を left out, not の
        word = m.group(0)
        yield ctx.finding(
            "grammar-slip", (m.start(), noun.end + base),
            f"「{word}{noun.surface}」: 連体修飾を受ける「{word}」が名詞に続くときは「の」が要ります"
            f"（「{word}の{noun.surface}」）。",
            f"「{word}{noun.surface}」: 「{word}」 modified by the clause before it takes の before a noun: "
            f"「{word}の{noun.surface}」.",
            suggestion=f"{word}の{noun.surface}", severity="warning",
            excerpt=ctx.text[max(0, before.start + base - 6):noun.end + base + 2])


# ------------------------------------------------------------------ い dropped from ている (い抜き)


# the full form, counted to tell a slip from the register of a casual text: 「…している」「…していない」「…しています」
_FULL_TEIRU = re.compile(r"(?<=[っんいしきぎちにびみりえけせてねべめれ])[てで]い(?:る|ない|ます|ません|た)")


@particle_check
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
    severity = "warning" if (len(places) == 1 or full >= 2 * len(places)) and not spoken_register(ctx) else "info"
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


@particle_check
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


@particle_check
def _bare_kudasai_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_KUDASAI):
        noun = ctx.token_at(m.start() - 1)
        if noun is None or noun.end != m.start() or noun.pos != "名詞" or not is_verbal_noun(noun.surface):
            continue
        before = ctx.token_at(noun.start - 1) if noun.start else None
        if before is not None and before.end == noun.start and before.pos == "接頭辞" \
                or noun.start and text[noun.start - 1] in "おご御" \
                or text[max(0, noun.start - 2):noun.start] in ("ご\n", "お\n", "御\n"):
            continue  # ご指定ください, 御連絡下さい, お約束ください: the honorific asks for the act (however MeCab reads お;
            # 「予めご<br>了承ください」: a line break the page puts between them)
        written = noun.surface + m.group(0)
        yield ctx.finding(
            "grammar-slip", (noun.start, m.end()),
            f"「{written}」: 漢語の動詞に「{m.group(0)}」を続けるときは「{noun.surface}して{m.group(0)}」か「ご{written}」です。",
            f"「{written}」: a verbal noun takes して before {m.group(0)} (「{noun.surface}して{m.group(0)}」) or the "
            f"honorific ご (「ご{written}」).",
            suggestion=f"{noun.surface}して{m.group(0)}")


# ------------------------------------------------------------------ と dropped between a verb's volitional form and する


# 「持ち込もうとした場合」, 「登録しようとする者」: a verb's volitional form takes する through と (an attempt), never
# straight (「持ち込もうした」), nor through another kana typed for と (「アクセスしようのした際」: の, ど, て, で). A
# candidate is a kana run う before し/す, or before one of those kana and し/す; MeCab must read a verb in 意志推量形
# ending there and する after it (こうした, そうした are an adverb and する, which the reading tells apart).
_VOLITIONAL_SURU = re.compile(r"(?<=[\u3041-\u3096\u4e00-\u9fff])[おこごそとのほぼぽもよろ]う(?P<k>[のどてで]?)"
                              r"(?=し[たてまなよ]|する|すれ|すべ)")


@particle_check
def _volitional_to_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_VOLITIONAL_SURU):
        start = max(ctx.line_span(m.start())[0], m.start() - 12)
        chunk = text[start:m.end() + 4]
        at, then = m.start("k") - start, m.end() - start
        toks = conjugated(chunk)
        verb = next((t for t in toks if t[1] == at), None)
        after = next((t for t in toks if t[0] == then), None)
        if verb is None or after is None or verb[2] != "動詞" or verb[4] != "意志推量形" or after[2] != "動詞":
            continue
        typed = m.group("k")
        if typed and not any(t[0] == at and t[1] == then and t[2] == "助詞" for t in toks):
            continue
        written = chunk[verb[0]:after[1]]
        fixed = chunk[verb[0]:at] + "と" + chunk[then:after[1]]
        slip, slip_en = (f"「と」を「{typed}」と打ったものと思われます。", f" (と typed as {typed})") if typed else ("", "")
        yield ctx.finding(
            "grammar-slip", (start + verb[0], start + after[1]),
            f"「{written}」: 動詞の意志形は「と」を介して「する」に続きます（「{fixed}」）。" + slip,
            f"「{written}」: a verb's volitional form takes する through と: 「{fixed}」{slip_en}.",
            suggestion=fixed)


# ------------------------------------------------------------------ もの + a verbal noun done: its を dropped


# 「所定フォームを印刷・署名したものスキャンしたもの」: a thing made by a clause (署名したもの), then a verbal noun done
# (スキャンした) with nothing between: もの is its object, and the を that marks it is gone. No reading of Japanese joins a
# noun to the verb after it bare (a compound, 物流, is written in kanji and is no もの).
_MONO_THEN_ACT = re.compile(r"もの(?<=[たるい]もの)(?=(?P<act>[\u30a1-\u30fa\u30fc]{2,}|[\u4e00-\u9fff]{2})(?:した|する|して|し[、，]|します))")


@particle_check
def _mono_object_findings(ctx: Context):
    for m in ctx.finditer(_MONO_THEN_ACT):
        act = m.group("act")
        if not is_verbal_noun(act):
            continue
        yield ctx.finding(
            "grammar-slip", m.span(),
            f"「もの{act}し…」は「もの」の後の「を」が抜けていると思われます（「ものを{act}する」）。",
            f"「もの{act}し…」 has lost the を after もの (「ものを{act}する」).", suggestion="ものを")


# ------------------------------------------------------------------ a form's name glued to an adverb of time


# 「育児目的休暇申出書事前に申し出る」: a form (…書, …届) written straight before an adverb of when (事前に, 速やかに,
# 直ちに, 遅滞なく, あらかじめ): a noun never qualifies an adverb, so the particle that tied the form to the verb (により,
# で, を) is gone. (A compound such as 申出書提出 ends in a verbal noun, not in the form.)
_FORM_THEN_ADVERB = re.compile(r"[書届票](?<=[\u4e00-\u9fff]{3})(?=事前に|速やかに|直ちに|遅滞なく|あらかじめ)")


@particle_check
def _form_before_adverb_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_FORM_THEN_ADVERB):
        start = m.start()
        while start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        form = text[start:m.end()]
        yield ctx.finding(
            "grammar-slip", (start, m.end()),
            f"「{form}」と後の副詞の間の助詞が抜けていると思われます（「{form}により」「{form}で」など）。",
            f"A particle is missing after 「{form}」 before the adverb (「{form}により」, 「{form}で」).",
            excerpt=text[start:m.end() + 4])


# ------------------------------------------------------------------ a verb before に対する, its こと dropped


# 「「観察研究」として登録するに対するご協力のお願い」: に対する and に関する take a noun (登録に対する, 登録することに対する); a
# verb's dictionary form right before them has lost the こと (or の) that makes it one.
_VERB_BEFORE_TAISURU = re.compile(r"に(?<=[うくすつぬむるぐぶ]に)(?:対する|関する|対し|関し)")


@particle_check
def _verb_before_taisuru_findings(ctx: Context):
    for m in ctx.finditer(_VERB_BEFORE_TAISURU):
        verb = ctx.token_at(m.start() - 1)
        if verb is None or verb.end != m.start() or verb.pos != "動詞" or not finished(verb):
            continue
        yield ctx.finding(
            "grammar-slip", (m.start(), m.start() + 1),
            f"「{verb.surface}{m.group(0)}」は「こと」が抜けていると思われます（「{verb.surface}こと{m.group(0)}」）。"
            f"「{m.group(0)[1:]}」は名詞を受けます。",
            f"「{verb.surface}{m.group(0)}」 has lost its こと: 「{m.group(0)[1:]}」 takes a noun.",
            suggestion="ことに", excerpt=ctx.text[max(0, verb.start - 4):m.end() + 2])


# ------------------------------------------------------------------ a citation joined straight to 規定


# 「前項規定で解決できない」, 「第5条規定の手続」: a provision cited is 「前項の規定」, its の never dropped in legal Japanese
_CITED_THEN_KITEI = re.compile(r"(?:前|次|本|同)(?:条|項|号)(?=規定)|第[0-9０-９一二三四五六七八九十百]+(?:条|項|号)(?=規定)")
_CITED_OF_KITEI = re.compile(r"(?:前|次|本|同|第[0-9０-９一二三四五六七八九十百]+)(?:条|項|号)の規定")
# the citations with の a document writes at least this many times as often as without, for one without to be a slip
# (a 規程 that writes 「第N条規定の」 throughout has a style, however terse)
_WITH_NO_MAJORITY = 3


@particle_check
def _cited_then_kitei_findings(ctx: Context):
    """「本規約は日本法に準拠するものとし、前項規定で解決できない一切の紛争については」: the cited paragraph's 規定 is 「前項の
    規定」, by the document's own usage (「前項の規定に関わらず」 elsewhere) and by legal drafting; a note-like slip of one
    character, told where the document writes the citation with の clearly more often."""
    found = list(ctx.finditer(_CITED_THEN_KITEI))
    if not found:
        return
    # (counted over the whole document, as a diff asks about the changed units alone)
    with_no = len(_CITED_OF_KITEI.findall(ctx.full.text))
    without = len(found) if ctx.scope is None else len(_CITED_THEN_KITEI.findall(ctx.full.text))
    if with_no < _WITH_NO_MAJORITY * without:
        return
    for m in found:
        yield ctx.finding(
            "grammar-slip", m.span(),
            f"「{m.group(0)}規定」: 条項を引いてその規定をいうときは「{m.group(0)}の規定」です（この文書はほかで「の規定」と"
            f"{with_no}回書いています）。",
            f"「{m.group(0)}規定」: a cited provision's 規定 takes の (「{m.group(0)}の規定」), as the document writes it "
            f"{with_no} times.",
            suggestion=f"{m.group(0)}の", excerpt=ctx.text[m.start():m.end() + 4])
