"""Particles that are wrong or misplaced where they stand, and verb forms no conjugation joins, found on the
tokens (part of grammar-slip):

- a verbal noun with に, not its 連用形 し, in a pair joined by 又は: 「廃棄に、又は消去しなければ」 → 「廃棄し」;
- a finished predicate before と同様 with no の: 「乙が負うと同様の義務」 → 「負うのと同様の」;
- two objects of one verb: 「本サービスを利用を停止」; predicates joined by 及び (「合理的ではない及び経済的ではない」);
- の or を before a verbal noun used as a verb: 「更新の終了できる」, 「DPIを使用による」 → 「DPIの使用による」, 「への変更する」;
- を before a verbal noun that takes に: 「利用規約を違反した」 → 「利用規約に違反した」 (intransitive_verbal_nouns.tsv);
- の between a predicate and its noun: 「含まれるのもの」;
- 除する with its divisor in the object's place: 「暦日数に7を除した」 → 「暦日数を7で除した」;
- a verb's euphonic or dictionary form before ます: 「加入しておいます」, 「送付することがあるます」;
- a parenthetical opening with a compound particle: 「記録等（において氏名…）」; a provision opening with a case
  particle (「2．の法人の会費は」); を before a conjunction (「本サービスを及び付帯サービスを」);
- の for に before 掲げる after a place of the text (「次の左欄の掲げる」), の between a verbal noun and する (「主催のする」),
  を before 満たない;
- a verb form no ending joins: a 五段 verb's 連用形 before ない (「してはなりない」), うる after the particle て (「されて
  うる」), と for て between a 連用形 and いる (「定められといる」), a passive before てある (「提供されてある」), and すれ
  before anything but ば (「講じようとすれ措置」).

Each pattern is grammar, true of any text, not a phrase of one document: e-Gov law text (the Companies Act, the
e-Gov texts in shared/corpus) holds none, and each finding states the correction.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import grammar
from ..tokens import is_verbal_noun, tokenize
from . import Context, finditer, load_tsv
from .chars import JOINING_CONJUNCTIONS
from .particles_base import conjugation_form, finished, joined_tokens, particle_check
from .sentence_style import polite_document

# ------------------------------------------------------------------ 廃棄に、又は消去し


# two verbal nouns joined by 又は, 及び…, the second with する: the first is a verb too, in its 連用形 (廃棄し、又は消去し)
_PAIRED_VERBS = re.compile(
    r"(?<=[\u4e00-\u9fff々])に[、，]?(?:又は|または|若しくは|もしくは|及び|および|並びに|ならびに|かつ|且つ|或いは|あるいは)"
    r"[\u4e00-\u9fff々]{1,8}(?=し|する|され|させ|せず)")


@particle_check
def _paired_verb_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_PAIRED_VERBS):
        k = m.start()  # the に
        noun, ni, _ = joined_tokens(ctx, k)
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


@particle_check
def _nominal_to_findings(ctx: Context):
    for m in ctx.finditer(_LIKE):
        a, to, _ = joined_tokens(ctx, m.start())
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


_LIGHT_VERBS = frozenset(("行う", "為る", "致す", "為す", "実施"))
# nouns that make a clause a noun or a condition rather than name a thing it qualifies
_FORMAL_NOUNS = frozenset(("こと", "事", "もの", "物", "場合", "とき", "時", "ため", "為", "旨", "ところ", "上", "際", "限り"))


def _opens_relative_clause(toks, k: int) -> bool:
    """Does the を at ``k`` belong to a clause that ends in a content verb's attributive form right before a noun (…を
    構成するコントラクト, …を記載した書面)? Its verb is then inside a noun phrase, not the one the sentence's first を waits
    for."""
    j = k + 1
    if j < len(toks) and toks[j].lemma in _LIGHT_VERBS:
        return False  # 「規約を変更を行った場合」: the act's own light verb, the slip this check is for
    while j < len(toks) and toks[j].pos in _NOUNISH and toks[j].start == toks[j - 1].end:
        j += 1  # (a verbal noun before する: 構成|する)
    while j < len(toks) and toks[j].pos in ("動詞", "助動詞") and toks[j].start == toks[j - 1].end:
        j += 1
    if j == k + 1 or toks[j - 1].pos not in ("動詞", "助動詞") or toks[j - 1].surface[-1] not in "るたいだ":
        return False
    while j < len(toks) and not toks[j].surface.strip():
        j += 1  # (a space before a Latin word: 「構成する canonical コントラクト」)
    if j >= len(toks) or toks[j].pos not in _NOUNISH or toks[j].surface in _FORMAL_NOUNS:
        return False  # (「提供を中止すること」, 「…する場合」: the clause made a noun or a condition, its verb the first を's)
    # the sentence goes on to a verb of its own after the noun the clause qualifies, which the first を waits for
    return any(t.pos == "動詞" for t in toks[j + 1:next((i for i in range(j + 1, len(toks)) if toks[i].surface == "。"),
                                                       len(toks))])


def _closes_before_the_main_verb(toks, k: int) -> bool:
    """Does the を at ``k`` go to a content verb whose clause closes before the sentence's own (…を講じた上で, …を講じて、)?
    The first を then waits for that later verb: 「当社が本件個人情報を保護措置を講じた上で、…Polletに提供し」."""
    j = k + 1
    if j >= len(toks) or toks[j].pos != "動詞" or toks[j].lemma in _LIGHT_VERBS:
        return False  # (「規約を変更を行った上で」: the light verb's own object doubled, the slip this check is for)
    while j < len(toks) and toks[j].pos in ("動詞", "助動詞", "助詞") and toks[j].start == toks[j - 1].end \
            and toks[j].surface not in ("、", "上"):
        j += 1
    after = "".join(t.surface for t in toks[j:j + 2])
    return after in ("上で", "上、") or (toks[j - 1].surface in ("て", "で") and after[:1] == "、")


# the person a relative clause of the light verb names (申出をした者, 届出をする人): law's stock way to name who acted
_ACTORS = frozenset(("者", "人", "方"))


def _names_the_actor(toks, j: int) -> bool:
    """Is the light verb at ``j`` (する, した) the end of a relative clause on a person the sentence's own verb, further
    on, gives or tells something to (…をした者に対し、…通知する)?"""
    k = j + 1
    if k < len(toks) and toks[k].surface == "た" and toks[k].start == toks[k - 1].end:
        k += 1
    if k >= len(toks) or toks[k].surface not in _ACTORS or toks[k].start != toks[k - 1].end \
            or k + 1 >= len(toks) or toks[k + 1].surface not in ("に", "へ"):
        return False  # (the one the act is told or given to: 「入会を申し込みをした方をいう」 is the slip)
    end = next((i for i in range(k + 1, len(toks)) if toks[i].surface == "。"), len(toks))
    return any(t.pos == "動詞" for t in toks[k + 1:end])


@particle_check
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
        if light and _names_the_actor(toks, k + 1):
            continue  # 「その結果を申出をした者に対し、書面により通知する」: …をした者 names who acted (a relative clause); the
            # first を waits for 通知する
        if _causer(toks, k):
            continue  # 「その職を副議長をして行わせる」: 副議長をして names who is made to act, no second object
        if not light and _closes_before_the_main_verb(toks, k):
            continue  # 「本件個人情報を保護措置を講じた上で、…提供し」: the second を's clause closes first; the first waits
        if _opens_relative_clause(toks, k):
            continue  # 「これらを本サービスを構成する canonical コントラクトとして認識する」: the second を is the relative
            # clause's, which qualifies the noun after it; the first waits for 認識する
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


@particle_check
def _predicate_and_findings(ctx: Context):
    for m in ctx.finditer(_PREDICATE_AND):
        a, b, _ = joined_tokens(ctx, m.start())
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


@particle_check
def _no_potential_findings(ctx: Context):
    return _verbal_noun_findings(ctx, _NO_POTENTIAL, lambda m, noun: (
        f"「の{noun}でき…」は「を{noun}でき…」の誤りと思われます。「{noun}できる」の目的語は「を」で示します（「の{noun}が"
        f"できる」とも書けます）。",
        f"「の{noun}でき…」: the object of 「{noun}できる」 takes を (or 「の{noun}ができる」).",
        f"を{noun}"))


# The mirror slip: を before a verbal noun that is the subject of できる (「マイページ上の情報を利用ができない」): を marks
# the object of a verb, and 利用が has made 利用 a noun; 「情報を利用できない」 or 「情報の利用ができない」 was meant.
_WO_POTENTIAL = re.compile(r"を(?=[\u4e00-\u9fff]{2}が(?:でき|出来)(?:る|ず|ない|ます|ません|なく))")


@particle_check
def _wo_potential_findings(ctx: Context):
    return _verbal_noun_findings(ctx, _WO_POTENTIAL, lambda m, noun: (
        f"「を{noun}ができ…」は助詞がねじれています。「を{noun}でき…」か「の{noun}ができ…」のどちらかです。",
        f"「を{noun}ができ…」 mixes two constructions: 「を{noun}でき…」 or 「の{noun}ができ…」.",
        f"の{noun}"))


# 「電子公告による公告がすることができない」: an act named by a verbal noun is what one does (公告をする), never who does
# it; が before する makes it the doer. The doers a law names with が are persons and bodies (会社がする合併, 大臣がする
# 承認), no verbal nouns; only a sensation is had so (予感がする).
_GA_SURU = re.compile(r"が(?=する|すること|し[てなま])")
_SENSED = frozenset(("予感", "気配", "感覚", "動悸"))


@particle_check
def _ga_suru_findings(ctx: Context):
    for m in ctx.finditer(_GA_SURU):
        noun = ctx.token_at(m.start() - 1)
        if noun is None or noun.end != m.start() or noun.pos != "名詞" or len(noun.surface) < 2 \
                or noun.surface in _SENSED or not is_verbal_noun(noun.surface):
            continue
        yield ctx.finding(
            "grammar-slip", (m.start(), m.end()),
            f"「{noun.surface}がする」: 「{noun.surface}」は行為そのもので、「する」の主語になりません。「{noun.surface}をする」です。",
            f"「{noun.surface}がする」: the act 「{noun.surface}」 is what is done, not who does it: 「{noun.surface}をする」.",
            suggestion="を")


# 「管理料を納入が必要です」: を then a verbal noun that is the subject of 必要 (が): 「管理料の納入が必要」 or 「管理料を納入
# することが必要」 was meant.
_WO_NEEDED = re.compile(r"を(?=[\u4e00-\u9fff]{2}が(?:必要|不要|可能|不可能|困難)(?:です|である|となり|とな|な|に|。))")


@particle_check
def _wo_needed_findings(ctx: Context):
    return _verbal_noun_findings(ctx, _WO_NEEDED, lambda m, noun: (
        f"「を{noun}が…」は助詞がねじれています。「の{noun}が…」か「を{noun}することが…」のどちらかです。",
        f"「を{noun}が…」 mixes two constructions: 「の{noun}が…」 or 「を{noun}することが…」.",
        f"の{noun}"))


# 「このDPIを使用による、損害等は」: を marks the object of a verb, but a verbal noun followed by による (に伴う) is a noun
# again; 「DPIの使用による」 or 「DPIを使用することによる」 was meant. Only where what による qualifies is the topic or the
# clause breaks there: a verb further on may take the を (株式を譲渡により取得する, 新担当を互選により選出する).
_WO_BY = re.compile(r"を(?=[\u4e00-\u9fff]{2}(?P<by>による|に伴う)(?:[、，,]|[^。、，,をにがで]{1,8}?(?:は|について|に関して)))")


@particle_check
def _wo_by_findings(ctx: Context):
    return _verbal_noun_findings(ctx, _WO_BY, lambda m, noun: (
        f"「を{noun}{m.group('by')}」は助詞がねじれています。「の{noun}{m.group('by')}」か「を{noun}すること{m.group('by')}」の"
        f"どちらかです。",
        f"「を{noun}{m.group('by')}」 mixes two constructions: 「の{noun}{m.group('by')}」 or 「を{noun}すること{m.group('by')}」.",
        f"の{noun}"))


# 「「クライアント」とは、…求人募集をしようとする者といいます。」: a sentence that opens with the term and とは says what
# the term means with をいう (…者をいいます); とい(う|います) after a noun is the naming formula (…を「X」といいます) put
# into the defining one. The corpus's definitions of this form all write をいう but the one a reader marked.
_DEFINED_AS_TO = re.compile(r"(?:^|(?<=[\n。]))[ \u3000]*(?:[(（]?[0-9０-９]{1,2}[)）.．]|[①-⑳・])?[ \u3000]*"
                            r"[「『][^「」『』\n]{1,30}[」』]とは[、，]?[^。「」『』\n]{1,200}?"
                            r"[\u4e00-\u9fff\u30a1-\u30fa\u30fcのもと](?P<to>と)(?:いいます|いう)。")


@particle_check
def _defined_as_to_findings(ctx: Context):
    for m in ctx.finditer(_DEFINED_AS_TO):
        a = m.start("to")
        yield ctx.finding(
            "grammar-slip", (a, a + 1),
            "「「…」とは、…」で語の意味を定める文は「…をいいます」で結びます（「と」ではなく「を」）。",
            "A sentence that defines a term with 「…」とは ends in 「…をいいます」 (を, not と).",
            suggestion="を", excerpt=ctx.text[max(m.start(), a - 8):a + 6])


# 「登録情報が提供されることを同意しており」, 「本利用規約の変更を同意しない場合」: 同意する takes what is agreed to with
# に (規約に同意する). Left out of intransitive_verbal_nouns.tsv because drafting writes 「…する旨を同意した」 (the
# content agreed, a clause with 旨); any other を before 同意し is the particle of 承諾 carried over.
_WO_DOUI = re.compile(r"(?<!旨)を(?=同意(?:し|する|すれ|の上|のうえ|いただ|頂))")


@particle_check
def _wo_doui_findings(ctx: Context):
    for m in ctx.finditer(_WO_DOUI):
        yield ctx.finding(
            "grammar-slip", (m.start(), m.start() + 1),
            "「…を同意する」ではなく「…に同意する」です。同意する事柄は「に」で受けます（本規約に同意する）。",
            "同意する takes what is agreed to with に, not を (本規約に同意する).",
            suggestion="に", excerpt=ctx.text[max(0, m.start() - 6):m.start() + 5])


# 「この利用規約を違反した」: a verbal noun that acts on its object through に (intransitive_verbal_nouns.tsv) used as a verb
# with を. Only before its する (し, した, して, の上): 「違反を是正する」 is another construction.
@lru_cache(maxsize=None)
def _wo_intransitive() -> tuple[re.Pattern, dict[str, str]]:
    takes = {noun: particle for noun, particle in load_tsv("intransitive_verbal_nouns.tsv")}
    nouns = "|".join(sorted(takes, key=len, reverse=True))
    return re.compile(rf"を(?P<noun>{nouns})(?=する|すれ|し[、てたまなょ]|の上)"), takes


# 「その理由を該当する学生に直ちに伝え」: the verbal noun's する before a noun that a verb of giving or telling takes with
# に (伝える, 通知する, 交付する): the を is that verb's object, the noun phrase its recipient
_TO_A_RECIPIENT = re.compile(r"する(?!場合|とき|時|際|こと|もの|ところ)[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,8}(?:に|へ)(?:対し[て、]?)?[^。]{0,24}?"
                             r"(?:伝え|通知|送付|交付|提出|支払|返還|返却|引き渡|引渡|渡し|渡す|知らせ|報告|連絡|説明|提供|付与)")


_CLOSING_QUOTES = "」』”“\"'"


@particle_check
def _wo_intransitive_findings(ctx: Context):
    pattern, takes = _wo_intransitive()
    for m in ctx.finditer(pattern):
        noun = m.group("noun")
        if _TO_A_RECIPIENT.match(ctx.text, m.end()):
            continue
        if m.start() and ctx.text[m.start() - 1] in _CLOSING_QUOTES:
            continue  # 「“入会すること“を入会することが望ましいに変更する」: the を of what is quoted, 変更する's object
        right = takes[noun]
        yield ctx.finding(
            "grammar-slip", (m.start(), m.end()),
            f"「を{noun}する」ではなく「{right}{noun}する」です。「{noun}する」は対象を「{right}」で受け、「を」はとりません。",
            f"「{noun}する」 takes its object with 「{right}」, not を (「{right}{noun}する」).",
            suggestion=f"{right}{noun}")


# ------------------------------------------------------------------ の before a verbal noun used as a verb: への変更する


# 「フリープランへの変更することができます」: への, との, からの, での make a noun phrase (への変更, との連携), which takes を or
# が before する (への変更をする); a verbal noun used as the verb itself takes the bare particle (へ変更する, と連携する).
# (not まで's で: 「作成時点までの信頼できる情報」, どこまでの is no で)
# (「第三者への譲渡し、公衆送信し」: the verb's continuative before a comma, a list of acts, is the verb too)
_NO_VERB = re.compile(r"(?:へ|と|から|(?<!ま)で)の(?=[\u4e00-\u9fff]{2}(?:する|し(?:て|た|ます|ません|ない|なければ|[、，])|すること|でき))")


@particle_check
def _no_verb_findings(ctx: Context):
    return _verbal_noun_findings(ctx, _NO_VERB, lambda m, noun: (
        f"「{m.group(0)}{noun}する」の形になっています。「{m.group(0)[:-1]}{noun}する」か「{m.group(0)}{noun}をする」と書きます。",
        f"「{m.group(0)}{noun}する」: either 「{m.group(0)[:-1]}{noun}する」 (the verb) or 「{m.group(0)}{noun}をする」 (the noun).",
        f"{m.group(0)[:-1]}{noun}"))


# The same after a noun alone: 「次のとおりの処分する。」「類するものの保護し遵守して」: a verbal noun made a verb by する
# takes its object with を, not の. Only where the verb ends a sentence (する。) or goes on to the next clause (し、, して,
# し遵守): before a noun, a noun's の marks the subject of a relative clause (当社の指定する口座, 当社の提供する、「…」
# サービス), which is grammar; so is し得る (甲の承諾し得る範囲). Over the corpus and the readers' texts every place so
# read is a slip.
_NOUN_NO_VERB = re.compile(r"(?<=[\u3041-\u3096\u4e00-\u9fff々\u30a1-\u30fa\u30fc])の(?=(?P<noun>[\u4e00-\u9fff々]{2,4})"
                           r"(?:(?:する|します|した|しました)。|し(?:[、，,]|[\u4e00-\u9fff](?<!得))|して[、，,\u4e00-\u9fff]))")
# a verbal noun and し before a kanji this often in a document: a noun of its own (送出し機関, 送出し管理費), not a verb
_NOUN_IN_SHI = 3
# (次のとおり処分する: とおり qualifies the verb as it stands)
_MANNER_NOUNS = frozenset(("とおり", "通り"))


@particle_check
def _noun_no_verb_findings(ctx: Context):
    for m in ctx.finditer(_NOUN_NO_VERB):
        noun = m.group("noun")
        no, first = ctx.token_at(m.start()), ctx.token_at(m.end())
        before = ctx.token_at(m.start() - 1)
        if no is None or no.surface != "の" or no.pos != "助詞" or first is None or first.start != m.end() \
                or before is None or before.end != m.start() or before.pos not in ("名詞", "接尾辞"):
            continue
        if not is_verbal_noun(noun):
            continue  # 「…の都度し」: no verbal noun (and a run MeCab splits, 一部変更, is two words)
        if len(re.findall(rf"{re.escape(noun)}し[\u4e00-\u9fff々]", ctx.full.text)) >= _NOUN_IN_SHI:
            continue  # 「送出し機関」 54 times: a noun the verbal noun makes with its し (送り出し), heading compounds
        fix = noun if before.surface in _MANNER_NOUNS else "を" + noun
        yield ctx.finding(
            "grammar-slip", (m.start(), m.end() + len(noun) + 1),
            f"「{before.surface}の{noun}する」: 「{noun}する」は動詞なので「の」では受けません（「{before.surface}{fix}する」）。"
            f"「の」では「{noun}」が名詞になり、「する」とつながりません。",
            f"「{before.surface}の{noun}する」: the verb 「{noun}する」 is not joined with の (「{before.surface}{fix}する」).",
            suggestion=fix)


# 「当社は、外部送信の定期的に調査するとともに」: an object marked with の before an adverb (定期的に) and the verbal noun it
# qualifies, done (する, して, し、) and not closing a relative clause: の joins a noun to a noun, and what 調査する takes is
# を. Inside a relative clause の may mark the subject (「当社の合理的に判断する範囲」: the noun after it shows it), which
# is grammar and is left alone.
_NO_ADVERB_VERB = re.compile(r"の(?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fc]の)(?=[\u4e00-\u9fff]{1,4}的に[\u4e00-\u9fff]{2}"
                             r"(?:する(?![\u4e00-\u9fff\u30a1-\u30fa\u30fc]|こと|もの|とき|の|ところ)|し(?:て|ます|、|，)))")


@particle_check
def _no_adverb_verb_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_NO_ADVERB_VERB):
        adverb_end = text.index("的に", m.end()) + 2
        noun = text[adverb_end:adverb_end + 2]
        if not is_verbal_noun(noun):
            continue
        suffix = ctx.token_at(adverb_end - 2)
        if suffix is None or suffix.pos != "接尾辞":
            continue  # 「この法人の目的に賛同し」: 目的 a noun of its own, its に the case particle
        yield ctx.finding(
            "grammar-slip", (m.start(), m.end()),
            f"「の{text[m.end():adverb_end]}{noun}する」の「の」は「を」の誤りと思われます。「{noun}する」の目的語は「を」で示します"
            f"（「の」は名詞にかかる形です）。",
            f"「の{text[m.end():adverb_end]}{noun}する」: the object of 「{noun}する」 takes を, not の (which joins nouns).",
            suggestion="を", excerpt=text[max(0, m.start() - 6):adverb_end + 4])


# 「登録企業は、本サービスを利用において、…」: において, に際して, に当たって follow a noun (本サービスの利用において), and
# a verbal noun before them is a noun: its object takes の, not を (を waits for a verb: 「本サービスを利用する際に」).
# (the phrase closes its clause with a comma: 「安全管理対策を契約において義務付けます」 reads を with the verb after it, the
# phrase set in between)
_WO_BEFORE_CIRCUMSTANCE = re.compile(r"を(?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fc]を)(?=[\u4e00-\u9fff]{2}"
                                     r"(?:において|に際して|に際し|にあたって|に当たって|にあたり|に当たり)[、，,])")


@particle_check
def _wo_before_circumstance_findings(ctx: Context):
    return _verbal_noun_findings(ctx, _WO_BEFORE_CIRCUMSTANCE, lambda m, noun: (
        f"「を{noun}」の後に「{ctx.text[m.end() + 2:m.end() + 6]}」が続いています。名詞の「{noun}」の目的語は「の」で示します"
        f"（「の{noun}」）。",
        f"「を{noun}」 before 「{ctx.text[m.end() + 2:m.end() + 6]}」: the noun 「{noun}」 takes its object with の.",
        f"の{noun}"))


# ------------------------------------------------------------------ の between a predicate and its noun: 含まれるのもの


# 「本プログラムに含まれるのものは」「以下に当てはまるの場合は」「当社が定めるの形式及び方法」: a finished predicate
# qualifies the noun after it directly (含まれるもの, 当てはまる場合, 定める形式); an の between them is typed twice over
# (含まれるもの / 含まれるの), as no reading of Japanese joins them so today. The statutes of the 1950s still wrote it
# (公職選挙法: 「評論を掲載するの自由を妨げるものではない」), and rules modelled on them copy it: looked for in documents
# written in です・ます only, which no statute is (but before もの, 場合, とき, 際 and 者, a slip in any style). The の is its own
# token and the noun a common one (not a number: 「…するの1つ」 is not read; nor 外: 「規定するの外」). Measured over the
# corpus and the readers' texts: every such の in a polite document is a slip (決定するの唯一の責任, 定めるの形式).
_NO_NOUNS = ("もの", "場合", "とき", "際", "者")
_NO_NOUN = re.compile(r"の(?<=[うくぐすつぬぶむるいた]の)(?=[\u4e00-\u9fff々\u30a1-\u30fa\u30fcぁ-ゖ])")


@particle_check
def _no_noun_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_NO_NOUN):
        t = ctx.token_at(m.start() - 1)
        if t is None or t.end != m.start() or t.pos not in ("動詞", "助動詞", "形容詞") or not finished(t):
            continue
        no, noun = ctx.token_at(m.start()), ctx.token_at(m.end())
        if no is None or no.surface != "の" or noun is None or noun.start != m.end() or noun.pos != "名詞" \
                or noun.pos2 == "数詞" or noun.surface == "外":
            continue
        if noun.surface not in _NO_NOUNS and not polite_document(ctx):
            continue
        after = ctx.token_at(noun.end)
        if after is not None and after.start == noun.end and after.lemma == "為る":
            continue  # 「言ったの無視したら」: a verbal noun's する, the の-clause its object whose を was dropped
        left = text[max(ctx.line_span(m.start())[0], m.start() - 4):m.start()]
        yield ctx.finding(
            "grammar-slip", (m.start() - 1, noun.end),
            f"「{left}の{noun.surface}」の「の」は不要です（「{left}{noun.surface}」）。",
            f"「{left}の{noun.surface}」: a stray の between the predicate and {noun.surface}.",
            suggestion=text[m.start() - 1] + noun.surface)


# 「本サービスと通信を行い際にかかる通信料」: 際, 場合 and とき take a verb in its dictionary form (行う際, 行う場合) or a
# noun and の (通信の際); a verb's continuative form before them (行い) is a slip of the key. (Not 時: 「支払い時」
# 「お届け時」 are compounds of a verb's noun form and 時.)
_CONTINUATIVE_BEFORE = re.compile(r"際|場合|とき")
_CONTINUATIVE_END = frozenset("いきしちりみびぎにえけせてねめれげべ")


@particle_check
def _continuative_before_noun_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_CONTINUATIVE_BEFORE):
        if text[m.start() - 1:m.start()] not in _CONTINUATIVE_END:
            continue
        t = ctx.token_at(m.start() - 1)
        noun = ctx.token_at(m.start())
        if t is None or t.end != m.start() or t.pos != "動詞" or finished(t) or noun is None \
                or noun.start != m.start() or noun.surface != m.group(0):
            continue
        if t.lemma[-1] not in "うくすつぬぶむるぐ" or t.surface == t.lemma:
            continue
        base = t.surface[:-1] + t.lemma[-1] if t.surface[-1] != t.lemma[-1] else t.lemma
        yield ctx.finding(
            "grammar-slip", (t.start, m.end()),
            f"「{t.surface}{m.group(0)}」: 「{m.group(0)}」の前の動詞は終止形（「{base}{m.group(0)}」）で書きます。",
            f"「{t.surface}{m.group(0)}」: {m.group(0)} takes the verb's dictionary form, 「{base}{m.group(0)}」.",
            suggestion=base + m.group(0))


# ------------------------------------------------------------------ 除する without its divisor: 暦日数に7を除した


# 除する (to divide) takes the number divided with を and the divisor with で: 「AをBで除する」 (law text: 「…の額を…の数で
# 除して得た額」, never otherwise). 「を除し」 is 除する (除く makes 除いて, 除いた), so 「Bを除し」 with no で before it in
# the sentence has put the divisor in the object's place: 「暦日数に7を除した」 mixes it with 「AにBを乗じた」.
_DIVIDED = re.compile(r"を除し(?=[たてう]|ま[すせ])")
_DIVIDED_PAIR = re.compile(r"(?P<a>[^\s、。（）()「」にをで]{1,12})に(?P<b>[^\s、。（）()「」にをで]{1,12})$")


@particle_check
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


# ------------------------------------------------------------------ a verb's euphonic form before ます: 加入しておいます


# 「傷害保険に加入しておいます」: a verb's euphonic form (置く → おい, 行く → 行っ, 読む → 読ん) goes on only with て, た, たり,
# だ; before ます a verb takes its 連用形 (おきます, 行きます, 読みます). The slip is a kana typed for another (おります,
# しています) or dropped. MeCab reads the euphonic form and then ます, which no conjugation joins.
# And its dictionary form before ます (「送付することがあるます」, 「求めるます」): ます takes the 連用形 (あります, 求めます).
# The last kana of the verb before ます: い っ ん of a euphonic form, う…る of a dictionary form.
_BEFORE_MASU = re.compile(r"(?<=[ぁ-ゖ\u4e00-\u9fff])[いっんうくぐすつぬぶむる](?=ま[すせし])")


@particle_check
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


# ------------------------------------------------------------------ a verb's 連用形 before ない: なりない


# 「利用してはなりないものとします」: the negative ない takes a verb's 未然形 (ならない, 書かない, 行わない). A 五段 verb's
# 連用形 before it (なり, 書き) is its a-row kana typed as the i-row one beside it. A 一段 verb spells both forms alike
# (足りない, 借りない, できない), and MeCab reads those as 未然形; it reads the 連用形 only where no conjugation joins.
# No text of the corpus writes one (the one MeCab reads so, 「しなければなない」, is ら dropped: no i-row kana).
_I_ROW_BEFORE_NAI = re.compile(r"(?<=[ぁ-ゖ\u4e00-\u9fff])[いきぎしちにびみり](?=な[いかくけ])")
_A_ROW = str.maketrans("いきぎしちにびみり", "わかがさたなばまら")
_U_ROW = dict(zip("いきぎしちにびみり", "うくぐすつぬぶむる"))


@lru_cache(maxsize=1024)
def _noun_alone(surface: str) -> bool:
    """Is ``surface`` read alone as one noun (関わり, 限り, 断り: nouns made of a verb's 連用形)?"""
    toks = tokenize(surface)
    return len(toks) == 1 and toks[0].pos == "名詞"


@particle_check
def _continuative_before_nai_findings(ctx: Context):
    """A 五段 verb in its 連用形 right before the negative ない (なりない for ならない)."""
    text = ctx.text
    for m in ctx.finditer(_I_ROW_BEFORE_NAI):
        verb, nai, _ = joined_tokens(ctx, m.end())
        if verb is None or verb.pos != "動詞" or nai.lemma != "ない" or nai.pos != "助動詞" \
                or _U_ROW.get(m.group(0)) != verb.lemma[-1:]:
            continue  # (a 五段 verb's last kana and its lemma's are of one row, なり|成る; し|為る, でき|出来る are not)
        if not conjugation_form(ctx, verb, nai.end + 2).startswith("連用形"):
            continue
        if _noun_alone(verb.surface):
            continue  # 「追加的許可に関わりなく」, 限りなく, 滞りなく: the noun 関わり and the adjective 無い, no verb's ない
        written = text[verb.start:nai.end]
        stem = verb.surface[:-1] + verb.surface[-1].translate(_A_ROW)
        fixed = stem + text[nai.start:nai.end]
        yield ctx.finding(
            "grammar-slip", (verb.start, nai.end),
            f"「{written}」: 打ち消しの「ない」は動詞の未然形に続きます。「{verb.surface}」は連用形で、「{fixed}」の"
            f"「{stem[-1]}」を「{verb.surface[-1]}」と打ったものと思われます。",
            f"「{written}」: the negative ない follows a verb's irrealis form; 「{verb.surface}」 is its continuative, "
            f"「{fixed}」 with 「{stem[-1]}」 typed as 「{verb.surface[-1]}」.",
            suggestion=fixed, excerpt=text[max(0, verb.start - 6):nai.end + 4])


# 「必ずすることとされてうる不利益処分」: うる (得る, can) follows a verb's 連用形 (なしうる, 捨てうる); after the particle
# て it stands for いる with い typed as う (されている). No text of the corpus writes て or で before うる.
_TE_URU = re.compile(r"(?<=[ぁ-ゖ\u4e00-\u9fff])[てで](?=う[るれ])")


@particle_check
def _te_uru_findings(ctx: Context):
    """The particle て before うる (されてうる for されている)."""
    text = ctx.text
    for m in ctx.finditer(_TE_URU):
        _, te, uru = joined_tokens(ctx, m.start())
        if te is None or uru is None or te.pos != "助詞" or te.end != m.end() or uru.lemma != "得る":
            continue
        written = text[max(ctx.line_span(m.start())[0], m.start() - 3):uru.end]
        fixed = written[:-len(uru.surface)] + "い" + uru.surface[1:]
        mended = te.surface + "い" + uru.surface[1:]
        yield ctx.finding(
            "grammar-slip", (m.start(), uru.end),
            f"「{written}」: 「うる」（得る）は動詞の連用形に続き、「{te.surface}」の後には立ちません。「{fixed}」の「い」を"
            "「う」と打ったものと思われます。",
            f"「{written}」: うる (can) follows a verb's continuative, never the particle {te.surface}: 「{fixed}」 with い "
            "typed as う.", suggestion=mended, excerpt=text[max(0, m.start() - 6):uru.end + 4])


def _predicate_start(ctx: Context, tok, floor: int) -> int:
    """Where the predicate that ``tok`` (a verb or an auxiliary) ends starts: the verbs and auxiliaries joined before it
    (定め|られ, 提供|さ|れ: not られ alone), from ``floor`` on; shown whole in a finding."""
    head = tok
    while (prev := ctx.token_at(head.start - 1)) is not None and prev.end == head.start \
            and prev.pos in ("動詞", "助動詞") and prev.start >= floor:
        head = prev
    return head.start


# 「データ保護規則が定められといる可能性」: いる after a verb's 連用形 takes the particle て (定められている); と, which
# follows a finished form (定めるといい), is て typed as the kana beside it. No text of the corpus writes a 連用形, と
# and いる. (といた is read as とく, ておく's contraction, and is left alone.)
_TO_IRU = re.compile(r"(?<=[ぁ-ゖ])と(?=い[るまなれ])")


@particle_check
def _to_for_te_findings(ctx: Context):
    """と between a verb's 連用形 and いる (定められといる for 定められている)."""
    text = ctx.text
    for m in ctx.finditer(_TO_IRU):
        before, to, iru = joined_tokens(ctx, m.start())
        if before is None or iru is None or to.pos != "助詞" or iru.lemma != "居る" or before.pos not in ("動詞", "助動詞"):
            continue
        if not conjugation_form(ctx, before, iru.end + 2).startswith("連用形"):
            continue
        head = _predicate_start(ctx, before, max(ctx.line_span(m.start())[0], before.start - 8))
        written = text[head:iru.end]
        fixed = text[head:m.start()] + "て" + text[m.end():iru.end]
        yield ctx.finding(
            "grammar-slip", (m.start(), iru.end),
            f"「{written}」: 動詞の連用形に「いる」を続けるのは「て」です（「{fixed}」）。「て」を「と」と打ったものと思われます。",
            f"「{written}」: a verb's continuative takes いる through て: 「{fixed}」 (て typed as と).",
            suggestion="て" + text[m.end():iru.end], excerpt=text[max(0, before.start - 4):iru.end + 4])


# 「本サービスが提供されてある国」: てある says a state someone's act left (書いてある) and takes the active verb; a
# passive before it (されてある) is ている with い typed as あ (提供されている). No text of the corpus writes one.
_PASSIVE_TEARU = re.compile(r"(?<=[ぁ-ゖ])れて(?=あ[るりっれ])")


@particle_check
def _passive_tearu_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_PASSIVE_TEARU):
        re_, te, aru = joined_tokens(ctx, m.start() + 1)
        if re_ is None or aru is None or re_.start != m.start() or re_.pos != "助動詞" \
                or re_.lemma not in ("れる", "られる") or te.surface != "て" or te.pos != "助詞" or aru.lemma != "有る":
            continue
        head = _predicate_start(ctx, re_, max(0, re_.start - 8))
        written = text[head:aru.end]
        fixed = text[head:m.end()] + "い" + aru.surface[1:]
        yield ctx.finding(
            "grammar-slip", (m.end(), aru.end),
            f"「{written}」: 「てある」は他動詞の能動形に付き（書いてある）、受け身には付きません。「{fixed}」の「い」を"
            "「あ」と打ったものと思われます。",
            f"「{written}」: てある follows an active transitive verb (書いてある), never a passive: 「{fixed}」 with い "
            "typed as あ.", suggestion="い" + aru.surface[1:], excerpt=text[max(0, head - 4):aru.end + 4])


# 「講じようとすれ措置」, 「お知らせすれことで」: すれ, する's 仮定形, stands only before ば (or the literary ど, ども);
# before a noun it is する with る typed as the れ beside it. No text of the corpus writes one (すれ違い, すれすれ are
# words of their own to MeCab).
_SURE = re.compile(r"すれ(?![ばど])")


@particle_check
def _hypothetical_without_ba_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_SURE):
        t = ctx.token_at(m.start())
        if t is None or t.start != m.start() or t.end != m.end() or t.pos != "動詞" or t.lemma != "為る":
            continue
        written = text[max(ctx.line_span(m.start())[0], m.start() - 4):m.end() + 2]
        yield ctx.finding(
            "grammar-slip", m.span(),
            f"「{written}」: 「すれ」は「すれば」の形でしか使われません。「する」の「る」を「れ」と打ったものと思われます。",
            f"「{written}」: すれ stands only before ば (すれば); する with る typed as れ.",
            suggestion="する", excerpt=text[max(0, m.start() - 6):m.end() + 4])


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


def _one_character_slips(ctx: Context, pattern: re.Pattern, anchor: str, ja: str, en: str):
    """A grammar-slip at the character each match of ``pattern`` starts with, where the particle it holds is one
    (_on_a_particle); ``ja`` and ``en`` are formatted with the characters around it (``around``, as the excerpt shows
    them) and the one after it (``after``)."""
    text = ctx.text
    for m in _on_a_particle(ctx, pattern, anchor):
        s = m.start()
        around = text[max(0, s - 6):s + 4]
        yield ctx.finding("grammar-slip", (s, s + 1), ja.format(around=around, after=text[s + 1]),
                          en.format(around=around, after=text[s + 1]), excerpt=around)


# 「個人情報は、統計資料の作成。に利用します」: a full stop inside a sentence, before the case particle that ties the noun to
# its verb. No sentence of Japanese opens on に, を, が or へ (read by MeCab as the particle: 「。がんばる」 opens a verb);
# the 。 was typed in place of nothing.
_STOP_BEFORE_PARTICLE = re.compile(r"(?<=[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々])。"
                                   r"(?=[にをがへ][\u3041-\u3096\u4e00-\u9fff々\u30a1-\u30fa])")


@particle_check
def _stop_before_particle_findings(ctx: Context):
    return _one_character_slips(
        ctx, _STOP_BEFORE_PARTICLE, "end",
        "「{around}」の「。」は文の途中にあります。助詞「{after}」で始まる文はないので、「。」は不要と思われます。",
        "A full stop inside a sentence, before the particle 「{after}」: no sentence opens on it.")


@particle_check
def _bracket_particle_findings(ctx: Context):
    text = ctx.text
    for m in _on_a_particle(ctx, _BRACKET_PARTICLE, "end"):
        yield ctx.finding(
            "grammar-slip", (m.start(), m.end() + len(m.group("p"))),
            f"括弧書きが助詞「{m.group('p')}」から始まっています（「{text[m.start():m.start() + 12]}」）。助詞が受ける語が抜けて"
            f"いるか、括弧の位置がずれています。",
            f"The parenthetical opens with the particle 「{m.group('p')}」: the word it follows is missing or the bracket "
            f"is misplaced.", excerpt=text[max(0, m.start() - 6):m.start() + 14])


# 「対象物件に居住される方は、（以下「居住者」といいます。）は本サービスを…」: a definition's bracket follows the noun it
# names, and the particle comes after the bracket; a particle on both sides marks the noun twice (方は…）は), the first
# left from before the definition was put in.
_PARTICLE_BEFORE_DEFINITION = re.compile(r"[はがをに](?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fcA-Za-z」][はがをに])[、，]?[ \u3000]?"
                                         r"(?=[（(]以下[^（）()\n]{0,40}[）)][はがをにの])")


@particle_check
def _particle_before_definition_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_PARTICLE_BEFORE_DEFINITION):
        close = text.find("）", m.end()) if text[m.end()] == "（" else text.find(")", m.end())
        after = text[close + 1]
        yield ctx.finding(
            "grammar-slip", (m.start(), m.start() + 1),
            f"定義の括弧の前に「{m.group(0)[0]}」があり、括弧の後にも「{after}」があります。括弧は語の直後に置き、助詞は"
            f"括弧の後に書きます（「{text[max(0, m.start() - 3):m.start()]}（以下…）{after}」）。",
            f"A particle both before the definition's bracket (「{m.group(0)[0]}」) and after it (「{after}」): the "
            f"bracket follows the noun, the particle the bracket.",
            suggestion="", excerpt=text[max(0, m.start() - 4):min(close + 2, m.start() + 30)])


# a case particle cannot open a provision: 「2．の法人の会費は」 lost the この (or その) the particle follows
_OPENING_PARTICLES = frozenset(("の", "を", "が", "に", "は"))


@particle_check
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
    rf"(?<=[\u4e00-\u9fff々\u30a1-\u30fa\u30fc」）)])を(?={JOINING_CONJUNCTIONS})")


@particle_check
def _particle_before_conjunction_findings(ctx: Context):
    return _one_character_slips(
        ctx, _PARTICLE_BEFORE_CONJUNCTION, "start",
        "「{around}」の「を」は接続詞の前にあります。並べる語の後に一度だけ置きます（「…及び…を」）。",
        "「を」 before a conjunction (「{around}」): the particle follows the last noun joined.")


# A conjunction that joins words or clauses inside one sentence (若しくは, 及び, 並びに) cannot open the next: 「相続人の
# いない者。若しくは、…」「危険物等の物品を留置しないこと。及びドア、トランク類は…」 ended the sentence where a 、 was
# meant. (Not 又は/または: a sentence may open on them in plain prose, 「…となります。または合格画面が…」; nor any of them
# after a polite predicate, 「…確認することができます。もしくは、「/co near」で…確認できます。」, 「…伝えてください。もしくは
# 静かに…」, where plain prose lets a
# sentence open on an alternative to the one before.)
_JOINER_AFTER_KUTEN = re.compile(r"(?<!ます)(?<!です)(?<!せん)(?<!した)(?<!さい)。"
                                 r"(?=(?:若しくは|もしくは|及び|および|並びに|ならびに)(?![ぁ-ゖ]))")


_ITEM_LABEL_NEXT = re.compile(r"[ \u3000、，,]*[（(](?:[a-zA-Zａ-ｚＡ-Ｚ]|[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[)）]")


@particle_check
def _joiner_after_kuten_findings(ctx: Context):
    text = ctx.text
    for m in finditer(_JOINER_AFTER_KUTEN, text):
        s = m.start()
        joiner = re.match(r"若しくは|もしくは|及び|および|並びに|ならびに", text[s + 1:]).group(0)
        if _ITEM_LABEL_NEXT.match(text, s + 1 + len(joiner)):
            continue  # 「(d) …に従うこと。および、(e) …」: items run on in one paragraph, each closed by its 。, the last
            # joined by および: the list's layout, not a sentence opened by および
        yield ctx.finding(
            "grammar-slip", (s, s + 1),
            f"「{text[max(0, s - 6):s + 1 + len(joiner)]}」: 句点の後に「{joiner}」が来ています。「{joiner}」は文の中で語句を"
            f"つなぐ語で文を始めないため、この「。」は「、」の誤りと思われます。",
            f"「{joiner}」 after 「。」 (「{text[max(0, s - 6):s + 1 + len(joiner)]}」): it joins words within a sentence "
            f"and opens none, so the 。 seems meant as 、.",
            suggestion="、", excerpt=text[max(0, s - 6):s + 1 + len(joiner) + 4])


# ------------------------------------------------------------------ の for に before 掲げる after a place of the text


# What a column, an item, an article or a table of the text lists is 「…に掲げる」 (law text: 「次の表の上欄に掲げる」,
# never の there); の before 掲げる marks its subject (当社の掲げる方針), and a place of the text is no subject: 「次の左欄の
# 掲げる漁具」 → 「左欄に掲げる」. (Not 定める: 「第一項の定めるところにより」 is law's own wording, the provision its subject.)
_PLACE_NO = re.compile(r"(?:[左右上下中]欄|欄|(?:前各|各|次|前|同|第[0-9０-９一二三四五六七八九十百]{1,4})(?:号|項|条)|本条|本項|"
                       r"別表(?:第?[0-9０-９一二三四五六七八九十]{1,3})?|別紙(?:第?[0-9０-９]{1,3})?|[上下]記)"
                       r"(?P<no>の)(?=掲げ[るたら])")


@particle_check
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


@particle_check
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


@particle_check
def _wo_mitanai_findings(ctx: Context):
    for m in ctx.finditer(_WO_MITANAI):
        yield ctx.finding(
            "grammar-slip", (m.start(), m.end() + 3),
            "「を満たない」は助詞がねじれています。「に満たない」か「を満たさない」のどちらかです。",
            "「を満たない」 mixes two constructions: 「に満たない」 or 「を満たさない」.",
            suggestion="に満たない")


# ------------------------------------------------------------------ の straight before a case particle


# 「ただちに派遣先責任者のへ連絡する」「最高のを価格を表す」: の joins a noun to the noun after it, and a case particle after
# it (へ, を, が, に) before a word in kanji leaves nothing for it to join: the noun between them was dropped, or the の
# typed. (After a verb's form の makes a noun, 「行うのが」: not after a noun; a hiragana word after it, 「のには」, is
# another construction.)
_NO_THEN_CASE = re.compile(r"の(?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fc]の)(?P<p>[へをがに])(?=[\u4e00-\u9fff\u30a1-\u30fa])")


@particle_check
def _no_then_case_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_NO_THEN_CASE):
        noun = ctx.token_at(m.start() - 1)
        if noun is None or noun.end != m.start() or noun.pos not in ("名詞", "接尾辞"):
            continue
        yield ctx.finding(
            "grammar-slip", m.span(),
            f"「{text[noun.start:m.end()]}」は「の」の直後に助詞「{m.group('p')}」が続いています。「の」の後の語が抜けたか、"
            f"「の」が余分と思われます。",
            f"「{text[noun.start:m.end()]}」: の is followed by the particle 「{m.group('p')}」, with no noun between: a word "
            f"is missing, or the の is one too many.",
            excerpt=text[max(0, noun.start - 4):m.end() + 4])
