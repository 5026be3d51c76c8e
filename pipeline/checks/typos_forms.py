"""The typo rule's detectors of a verb form the tagger reads broken (typos.py lists the rule's detectors).

1. The い lost where a verb's い meets いただく or いたす: 「お支払いただきます」 for お支払いいただきます,
   「お使いただけます」, 「お願いたします」, 「お伺いたします」. The humble forms お／ご + a verb's continuative +
   いただく／いたす put two い side by side when the continuative ends in い (支払い, 使い, 願い, 伺い: the verbs in
   う), and a writer types one. MeCab then reads the verb without its い before いただく／いたす (支払 read as 支払い,
   使 as 使う) or, keeping the い, reads たし after it as 「たい」 before ます, which no Japanese writes. The
   continuative is found by the tagger, not by a list: any verb in う is caught, and a continuative that does not
   end in い (お送りいただく, ご確認いただく, お届けいたします) never matches.
2. The dakuten lost from できる after a verbal noun: 「状態が把握てきない」 for 把握できない, 「利用てきます」. MeCab reads
   the kana てき as the suffix 的 written in kana, then a verb's ending (ない, ます, た, ず, る) that no 的 takes: 的 goes
   on with な or に (「法的な」), and a verb's て before 来る (出てきた) follows a verb, not a noun.
3. 幣 (an offering) for the humble prefix 弊 before a noun that names an organization (self_designations.tsv):
   「幣社」「幣団体」 for 弊社, 弊団体. The two kanji look alike and share the reading へい; 幣 before such a noun
   makes no word but the ranks of shrines (官幣社, 国幣社), which are left out.
4. 及 dropped from 及び between two nouns: 「（入会金び会費）」 for 入会金及び会費. A び standing alone between a noun and
   a kanji is no word (MeCab reads it as a broken adverb); び that ends a word (学び舎, 運び込む, 喜び) is read within it.
   And 及 left alone before another conjunction: 「役員の選任及又は解任」.
5. The と of ものとします dropped after a verb: 「通知するものします」 for 通知するものとします. A finished verb then もの then
   します is no Japanese (the literary verb ものする takes its object with を: 「一文をものする」), so the one-kana slip is
   told even where the document writes ものとします too seldom for the typo rule's count of its endings.
6. The katakana ヘ for the particle へ between two words (「昼間勤務ヘ転換させる」), not an iroha label cited (号ヘ), or
   after a katakana word the document writes without it (「結果をレフィーヘ報告」 beside レフィー).
7. A lone lower-case Latin letter glued to the end of a Japanese clause: 「…送信する行為z」 (a key struck as the input
   method was switched off). A name or a plan's letter follows katakana or stands capitalised (プランA, コースB); after
   kanji or hiragana at a clause's end, a single small letter is no word.
8. できる with the たい of wishing (「復元できたいことによって」): できない with な typed as た; a potential takes no たい.
9. A conjunction's kanji typed as one of like reading or shape between two words (「閲覧旧び提供」 for 及び, 平びに).
10. この after a verb before a particle or a conjunction (「お送りするこのもあります」): こと with と typed as の; ごと
    after a verb before も, は, が, を or で (「お送りするごともあります」): こと with こ voiced.
11. いる of a thing the document writes with ある (「いずれかの事由がいるときは」): ある with あ typed as い.
12. An Arabic digit before the kanji numeral 十 (「5十以内」), and an era with one kanji of like reading or shape before a
    year (「平場14年」 for 平成).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Context, is_hiragana
from .particles_base import finished, joined_tokens
from .terms_self import organization_nouns
from .typos_base import DOUBLED_RU, _path_cost, kana3, model, variable_letters
from .typos_kanji import similar_kanji
from ..tokens import is_known_word

# お／ご, a word of kanji, then いただ… or いたし… (the い already missing from the verb) or たします (the い of
# いたします missing after the verb's own)
_HUMBLE = re.compile(r"[おご]([\u4e00-\u9fff々]{1,4}い?)(?=いただ|いたし|いたす|いたせ|たしま|致し|致す|致せ|頂)")
_RECEIVE_OR_DO = {"頂く", "致す"}


def humble_i_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_HUMBLE):
        s = m.start(1)
        toks, i, base = ctx.tokens_from(s)
        if i + 1 >= len(toks) or toks[i].start + base != s:
            continue
        verb, after = toks[i], toks[i + 1]
        if after.start != verb.end:
            continue
        stem = verb.surface
        if after.lemma in _RECEIVE_OR_DO and (after.surface.startswith("い") or (
                after.surface.startswith(("致", "頂")) and len(stem) == 1)):
            # (before 致す or 頂く in kanji, a stem of one kanji only: お願致します; 支払, 取扱 and 申込 are nouns the
            # official style writes without their い, お支払頂く is that style)
            # 支払 read as 支払い, 使 as 使う: the verb wrote without the い its continuative ends in
            if not (verb.lemma == stem + "い" or (verb.pos == "動詞" and verb.lemma == stem + "う")):
                continue
            fixed = stem + "い" + after.surface
        elif after.lemma == "たい" and after.surface == "たし" and i + 2 < len(toks) and toks[i + 2].surface.startswith("ま") \
                and toks[i + 2].start == after.end:
            # 伺い + たし + ます: たし is not たい's form before ます; いたします lost its い
            if not (verb.pos == "動詞" and stem.endswith("い") and verb.lemma == stem[:-1] + "う"):
                continue
            fixed = stem + "い" + after.surface
        else:
            continue
        a, b = verb.start + base, after.end + base
        written = text[a:b]
        yield ctx.finding(
            "typo", (a, b),
            f"「{written}」は「{fixed}」の「い」が一つ落ちたものと思われます（「お{stem.rstrip('い')}い」に"
            f"「{'いただく' if after.lemma == '頂く' else 'いたす'}」が続く形です）。",
            f"「{written}」: one い of 「{fixed}」 seems dropped (the verb's continuative ends in い, and "
            f"{'いただく' if after.lemma == '頂く' else 'いたす'} begins with one).",
            suggestion=fixed, severity="warning", excerpt=text[max(0, a - 1):b + 4],
        )


# a noun of two kanji or more, then てき and the ending of a verb (できない, できます, できた, できず, できる, できれば)
_TEKI = re.compile(r"(?<=[\u4e00-\u9fff々]{2})てき(?=ない|ます|ませ|た|ず|る|れ)")
_VERB_ENDING = {"ない", "無い", "ます", "た", "ず", "る", "り"}


def dropped_dakuten_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_TEKI):
        s = m.start()
        toks, i, base = ctx.tokens_from(s)
        if i == 0 or i + 1 >= len(toks):
            continue
        noun, teki, after = toks[i - 1], toks[i], toks[i + 1]
        if teki.start + base != s or teki.lemma != "的" or noun.pos != "名詞" or noun.end != teki.start \
                or after.start != teki.end or after.lemma not in _VERB_ENDING:
            continue
        a, b = noun.start + base, teki.end + base
        fixed = noun.surface + "でき"
        yield ctx.finding(
            "typo", (a, b),
            f"「{text[a:b]}{after.surface}」は「{fixed}{after.surface}」の濁点が落ちたものと思われます（「てき」のあとに"
            f"動詞の語尾が続いています）。",
            f"「{text[a:b]}{after.surface}」: the dakuten of 「{fixed}{after.surface}」 seems dropped (a verb's ending "
            f"follows てき).",
            suggestion=fixed, severity="warning", excerpt=text[max(0, a - 4):b + 4],
        )


# か after the nominalizer こと makes a question (することか否か, ことかどうか), which a word never follows:
# 「本サービスを利用することか明らかに予想されるとき」 lost the dakuten of its subject's が. No document of the corpus (774 texts)
# writes ことか before a kanji other than 否. A question word before it in the clause makes an embedded question
# (何をすることか分かる), which stays.
_KOTO_KA = re.compile(r"(?<=こと)か(?=[\u4e00-\u9fff々])(?!否)")
_QUESTION_WORD = re.compile(r"何|誰|いずれ|どの|どう|どこ|どれ|いつ|なぜ|いか")


def koto_ka_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_KOTO_KA):
        s = m.start()
        clause = max(text.rfind(c, 0, s) for c in "。、，．「（(\n")
        if _QUESTION_WORD.search(text, clause + 1, s):
            continue
        yield ctx.finding(
            "typo", (s, s + 1),
            "「ことか」の「か」は「が」の濁点が落ちたものと思われます（「こと」に続く「か」は「否か」「どうか」と問いを作る"
            "ときのもので、語が続くときは主語を示す「が」です）。",
            "「ことか」: か after こと makes a question (ことか否か, ことかどうか) and no word follows it; the subject's "
            "が seems to have lost its dakuten.",
            suggestion="が", severity="warning", excerpt=text[max(0, s - 6):s + 5])


# できる is a potential verb, and a potential takes no たい of wishing: 「復元できたいことによって」, 「行うことができたい。」 are
# できない with its な typed as た (one key off). None of some 330 texts (the samples, the corpus, the readers'
# fixtures) writes できたい, できたく or できたかった; MeCab reads the slip as でき (出来る) and the auxiliary たい.
_DEKI_TAI = re.compile(r"でき(?P<tai>たい|たく|たかっ)")


def potential_wish_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_DEKI_TAI):
        verb, aux = ctx.token_at(m.start()), ctx.token_at(m.start("tai"))
        if verb is None or verb.lemma != "出来る" or verb.end != m.start("tai") or aux is None or aux.lemma != "たい":
            continue
        fixed = "できな" + m.group("tai")[1:]
        yield ctx.finding(
            "typo", m.span(),
            f"「{m.group(0)}」は可能動詞「できる」に願望の「たい」を付けた形で、日本語になりません。「{fixed}」の「な」が"
            "「た」になったものと思われます。",
            f"「{m.group(0)}」 puts the wish of たい on the potential できる, which takes none: 「{fixed}」 with な typed as "
            "た.", suggestion=fixed, severity="warning", excerpt=text[max(0, m.start() - 6):m.end() + 4])


# なき, the written attributive of ない, follows a noun (定めなき限り, 理由なき遅刻, 留保なき限り: every なき of some 330
# texts); a verb's negative is ない in every form (できない場合, 行わない場合). A verb or an auxiliary in its 未然形 right
# before なき (「確認を行うことができなき場合」) is ない with its い typed as き. A verb in its finished form (止むなき, やむなき:
# MeCab reads the idiom whole) is the idiom's.
_NAKI = re.compile(r"(?<=[ぁ-ゖ])なき")


def verb_naki_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_NAKI):
        s = m.start()
        before, naki, _ = joined_tokens(ctx, s)
        if before is None or naki.surface != "なき" or naki.pos != "形容詞" or before.pos not in ("動詞", "助動詞") \
                or finished(before):
            continue
        written = text[before.start:m.end()]
        fixed = written[:-1] + "い"
        yield ctx.finding(
            "typo", (before.start, m.end()),
            f"「{written}」は動詞の否定に文語の「なき」を付けた形で、日本語になりません（「なき」は名詞に付きます: 定めなき"
            f"限り）。「{fixed}」の「い」が「き」になったものと思われます。",
            f"「{written}」 puts なき, which follows a noun (定めなき限り), on a verb's negative: 「{fixed}」 with い typed "
            "as き.", suggestion=fixed, severity="warning", excerpt=text[max(0, before.start - 6):m.end() + 4])


# この is a determiner: a noun follows it (この規約, 当社が提供するこのサービス). Before a particle or a conjunction, after a
# verb, it is こと with と typed as の: 「お送りするこのもあります」, 「無償貸与するこのおよび一切の権利」. MeCab reads
# kana nouns after it as nouns (このはがき), so only a particle or a conjunction it reads there is told; no text of
# the corpus writes one.
# (この, then a particle's kana or a conjunction's first character: the tokens are read only there)
_KONO = re.compile(r"この(?=[はがをもやでおま及又並若])")
_AFTER_KONO = frozenset(("は", "が", "を", "も", "や", "で"))


def koto_as_kono_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_KONO):
        s = m.start()
        if not s or not is_hiragana(text[s - 1]):
            continue
        toks, i, base = ctx.tokens_from(s)
        if i == 0 or i + 1 >= len(toks) or toks[i].start + base != s or toks[i].surface != "この":
            continue
        before, after = toks[i - 1], toks[i + 1]
        if before.end != toks[i].start or after.start != toks[i].end or before.pos not in ("動詞", "助動詞"):
            continue
        if not ((after.pos == "助詞" and after.surface in _AFTER_KONO) or after.pos == "接続詞"):
            continue
        yield ctx.finding(
            "typo", (s, s + 2),
            f"「{text[max(0, s - 4):s + 2 + len(after.surface)]}」の「この」は名詞の前に置く語で、助詞・接続詞の前には"
            "立ちません。「こと」の「と」が「の」になったものと思われます。",
            f"「この」 is a determiner and takes a noun; before 「{after.surface}」 after a verb it is 「こと」 with と typed as "
            "の.", suggestion="こと", severity="warning", excerpt=text[max(0, s - 6):s + 6])


# ごと (毎, every) after a verb takes に (更新するごとに: each time it renews) or の; before も, は, が, を, で or a comma
# it is こと with こ voiced (「お送りするごともあります」, 「マスクを作成するごとで」, 「本サービスを選択するごと、ならびに」).
# No text of the corpus writes a verb and ごと before one of those.
_GOTO = re.compile(r"(?<=[ぁ-ゖ])ごと(?=[もはがをで、，])")


def koto_as_goto_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_GOTO):
        s = m.start()
        before, goto, _ = joined_tokens(ctx, s)
        if before is None or goto.end != s + 2 or before.pos not in ("動詞", "助動詞") or not finished(before):
            continue
        yield ctx.finding(
            "typo", (s, s + 2),
            f"「{text[before.start:s + 3]}」: 動詞に続く「ごと」（毎）は「に」「の」を伴います（更新するごとに）。"
            f"「{text[s + 2]}」の前では「こと」の「こ」が濁ったものと思われます。",
            f"「{text[before.start:s + 3]}」: ごと (every) after a verb takes に or の (更新するごとに); before "
            f"「{text[s + 2]}」 it is 「こと」 with こ voiced.",
            suggestion="こと", severity="warning", excerpt=text[max(0, s - 6):s + 6])


# いる says a living thing is there (利用者がいる); a thing, an event or a reason is there with ある (事由がある, 事故が
# あるとき). 「いずれかの事由がいるときは」 is ある with あ typed as the い beside it. Which nouns are things the
# document itself says, writing the noun with ある elsewhere (事由がある, 事由のある) and never with いる; a person
# (…者, …人, …員) may be said to be there either way (配偶者がある者) and is left alone.
_GA_IRU = re.compile(r"(?<=[\u4e00-\u9fff々\u30a1-\u30faー])がい(?=る|れば|ます)")
_NOUN_BEFORE = re.compile(r"[\u4e00-\u9fff々\u30a1-\u30faー]{1,8}$")
_PERSON_ENDS = frozenset("者人員")


def aru_as_iru_findings(ctx: Context):
    text, full = ctx.text, ctx.full.text
    for m in ctx.finditer(_GA_IRU):
        s = m.start()
        noun = _NOUN_BEFORE.search(text, max(0, s - 8), s)
        if noun is None or noun.group(0)[-1] in _PERSON_ENDS:
            continue
        n = noun.group(0)
        # the noun the document writes with ある: the longest tail of the run it does (いずれかの事由, 当該事故)
        tail = next((n[i:] for i in range(len(n) - 1) if n[i:] + "があ" in full or n[i:] + "のあ" in full), None)
        if tail is None or full.count(tail + "がい") > 1:
            continue
        said = full.count(tail + "があ") + full.count(tail + "のあ")
        iru = ctx.token_at(s + 1)
        if iru is None or iru.start != s + 1 or iru.lemma != "居る":
            continue
        written = text[noun.start():m.end() + 1]
        yield ctx.finding(
            "typo", (s + 1, s + 2),
            f"「{written}」: 「いる」は人や生き物がいることに使う語で、この文書は「{tail}」を「ある」で書いています"
            f"（「{tail}があ…」「{tail}のあ…」{said}回）。「ある」の「あ」が「い」になったものと思われます。",
            f"「{written}」: いる says a living thing is there; the document writes 「{tail}」 with ある ({said} times): "
            "ある with あ typed as い.",
            suggestion="あ", severity="warning", excerpt=text[max(0, noun.start() - 2):m.end() + 4])


# An Arabic digit and the kanji numeral 十 make no number (「5十以内」): numbers are written in one script, and 十
# never stands after a digit (百, 千 may: 3百万円, 5千円). No text of the corpus writes one; which number or which
# counter was meant only the writer knows, so none is suggested.
_DIGIT_TEN = re.compile(r"[0-9０-９]+十")


def digit_then_ten_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_DIGIT_TEN):
        s, written = m.start(), m.group(0)
        yield ctx.finding(
            "typo", (s, m.end()),
            f"「{written}」: 算用数字の後に漢数字の「十」が続いており、数として読めません（「5日」「50」などの誤り）。",
            f"「{written}」: an Arabic digit followed by the kanji numeral 十 reads as no number (5日 or 50 meant?).",
            severity="warning", excerpt=text[max(0, s - 6):m.end() + 4])


# The eras of modern Japan, which a year before 年 is counted in (平成14年法律第78号). A pair of kanji before a year that
# is an era with one kanji typed as one of like reading or shape (平場14年 for 平成14年) is that era mistyped; the
# corpus writes no other pair of an era's kanji before a year (高校3年, 勤続10年, 入社5年 share none).
_ERAS = ("明治", "大正", "昭和", "平成", "令和")
# (a pair that shares a kanji with an era: opened on the era's kanji, which the engine skips to, or followed by one)
_ERA_FIRST, _ERA_SECOND = "".join(e[0] for e in _ERAS), "".join(e[1] for e in _ERAS)
_BEFORE_YEAR = re.compile(rf"(?<![\u4e00-\u9fff々])(?P<era>[{_ERA_FIRST}][\u4e00-\u9fff]|[\u4e00-\u9fff][{_ERA_SECOND}])"
                          r"(?=(?:[0-9０-９]{1,2}|元|[一二三四五六七八九十]{1,3})年)")


# an era's name split by the year's digits (「平17成年」 for 平成17年): its second kanji typed after the number
_ERA_SPLIT = re.compile(rf"(?<![\u4e00-\u9fff々])(?P<first>[{_ERA_FIRST}])(?P<year>[0-9０-９]{{1,2}}|元)(?P<second>[{_ERA_SECOND}])年")


def era_slip_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_ERA_SPLIT):
        era = m.group("first") + m.group("second")
        if era not in _ERAS:
            continue
        fixed = f"{era}{m.group('year')}年"
        yield ctx.finding(
            "typo", m.span(),
            f"「{m.group(0)}」は元号「{era}」の2字の間に年の数字が入っています（「{fixed}」）。",
            f"「{m.group(0)}」 has the year's number inside the era's name 「{era}」: 「{fixed}」.",
            suggestion=fixed, severity="warning", excerpt=text[max(0, m.start() - 4):m.end() + 4])
    for m in ctx.finditer(_BEFORE_YEAR):
        written = m.group("era")
        if written in _ERAS:
            continue
        meant = [(era, i) for era in _ERAS for i in (0, 1)
                 if written[1 - i] == era[1 - i] and written[i] in similar_kanji(era[i])]
        if len(meant) != 1:
            continue
        era, i = meant[0]
        yield ctx.finding(
            "typo", (m.start() + i, m.start() + i + 1),
            f"「{written}」は年の前に置く元号「{era}」の「{era[i]}」が音や形の近い「{written[i]}」になったものと思われます。",
            f"「{written}」 before a year is the era 「{era}」 with 「{era[i]}」 typed as 「{written[i]}」.",
            suggestion=era[i], severity="warning", excerpt=text[max(0, m.start() - 4):m.end() + 6])


# The nouns a list of cases or duties closes each item on (…があるとき, …すること): in a list whose items end on one of
# them three times or more, an item ending one kana off it (「…相当の理由があるとか」 among items on とき) is the
# slip; no list of the corpus has such an item. Verbs are left alone: items end on する, める, よる as they say.
_ITEM_CLOSERS = ("とき", "こと")
_ITEM_CLOSER_MIN = 3


def item_closer_findings(ctx: Context):
    text = ctx.text
    for art in ctx.doc.all_articles():
        for para in art.paragraphs:
            if len(para.items) < _ITEM_CLOSER_MIN + 1:
                continue
            ends = []
            for it in para.items:
                body = text[it.span[0]:it.span[1]].rstrip(" \u3000\n。．")
                ends.append((body[-2:], it.span[0] + len(body) - 2))
            for closer in _ITEM_CLOSERS:
                n = sum(e == closer for e, _ in ends)
                if n < _ITEM_CLOSER_MIN:
                    continue
                for e, at in ends:
                    if e != closer and sum(a != b for a, b in zip(e, closer)) == 1 and all(map(is_hiragana, e)) \
                            and ctx.in_scope(at):
                        yield ctx.finding(
                            "typo", (at, at + 2),
                            f"この列挙の各号は「{closer}」で終わっていますが（{n}号）、この号だけ1字違いの「{e}」で終わって"
                            "います。",
                            f"The items of this list end on 「{closer}」 ({n} of them); this one ends on 「{e}」, one "
                            "kana off.",
                            suggestion=closer, severity="warning", excerpt=text[max(0, at - 8):at + 2])


# katakana that differ only by their dakuten or handakuten (ト/ド, プ/ブ/フ, ハ/バ/パ)
_VOICED = {c: row.replace(c, "") for row in ("カガ", "キギ", "クグ", "ケゲ", "コゴ", "サザ", "シジ", "スズ", "セゼ", "ソゾ", "タダ",
                                          "チヂ", "ツヅ", "テデ", "トド", "ハバパ", "ヒビピ", "フブプ", "ヘベペ", "ホボポ")
           for c in row}
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]{3,}")


def voicing_slip_findings(ctx: Context):
    """A katakana word written once with one dakuten or handakuten wrong, which the document writes set right at
    least twice (「クレジッドカード」 beside クレジットカード): a word the dictionary lacks as written, not a letter
    spelled out (エイチ・ティー・ディー) nor a word of its own (カート beside カード, リンク beside リング)."""
    text = ctx.text
    runs: dict[str, list[tuple[int, int]]] = {}
    for m in _KATAKANA_RUN.finditer(text):  # (the whole text: the corrected form may be anywhere)
        runs.setdefault(m.group(0), []).append(m.span())
    for m in ctx.finditer(_KATAKANA_RUN):
        run, (s, e) = m.group(0), m.span()
        if len(runs[run]) > 1 or "・" in text[max(0, s - 1):s] + text[e:e + 1] or is_known_word(run):
            continue
        fixed = next((f for i, c in enumerate(run) for v in _VOICED.get(c, "")
                      if len(runs.get(f := run[:i] + v + run[i + 1:], ())) >= 2), None)
        if fixed is None:
            continue
        yield ctx.finding(
            "typo", (s, e),
            f"「{run}」は「{fixed}」の濁点・半濁点の誤りと思われます（この文書は他の箇所で「{fixed}」と{len(runs[fixed])}回"
            f"書いています）。",
            f"「{run}」 seems to be 「{fixed}」 with a dakuten or handakuten wrong (the document writes 「{fixed}」 "
            f"{len(runs[fixed])} times).",
            suggestion=fixed, severity="warning", excerpt=text[max(0, s - 4):e + 4])


# 幣 before an organization noun, not in a shrine's rank (官幣社, 国幣社, 県幣社, 郷幣社, 府幣社, 藩幣社)
_HEI = re.compile(r"(?<![官国県郷府藩])幣(?=[\u4e00-\u9fff々\u30a1-\u30ffー])")


def humble_hei_findings(ctx: Context):
    text = ctx.text
    nouns = organization_nouns()
    for m in ctx.finditer(_HEI):
        noun = next((n for n in sorted(nouns, key=len, reverse=True) if text.startswith(n, m.end())), None)
        if noun is None:
            continue
        a, b = m.start(), m.end() + len(noun)
        yield ctx.finding(
            "typo", (a, b),
            f"「幣{noun}」は「弊{noun}」の誤字と思われます（自分の側をへりくだって言う「弊」。「幣」は神への供え物の意）。",
            f"「幣{noun}」 is 「弊{noun}」: the humble prefix is 弊; 幣 means an offering.",
            suggestion=f"弊{noun}", severity="error", excerpt=text[max(0, a - 4):b + 4],
        )


# (not after 及: 及び is the conjunction itself, a thousand times in a law, each of which would be tagged to be ruled out)
_LONE_BI = re.compile(r"(?<=[\u4e00-\u9fff々])(?<!及)び(?=[\u4e00-\u9fff々])")
# the same beside a katakana or Latin word (「ユーザーIDびパスワード」), a noun after it too
# (opening on the literal び, which the regex engine looks for fast, not on a look-behind tried at every character)
_LONE_BI_BESIDE_WORDS = re.compile(r"び(?:(?<=[\u30a1-\u30faーA-Za-z0-9Ａ-Ｚａ-ｚ]び)(?=[\u4e00-\u9fff々\u30a1-\u30faA-Za-zＡ-Ｚａ-ｚ])"
                                   r"|(?<=[\u4e00-\u9fff々]び)(?<!及び)(?=[\u30a1-\u30faA-Za-zＡ-Ｚａ-ｚ]))")
# よび between two nouns (「利用制限よび登録抹消」, 「ユーザーIDよびパスワード」): および with its お dropped; the verb 呼ぶ
# written in kana takes a particle before it (会員をよび出す), never a bare noun
_LONE_YOBI = re.compile(r"(?<=[\u4e00-\u9fff々\u30a1-\u30ffーA-Za-z0-9０-９Ａ-Ｚａ-ｚ])よび(?=[\u4e00-\u9fff々\u30a1-\u30ffA-Za-zＡ-Ｚａ-ｚ])")


def _after_a_noun(ctx: Context, rx: re.Pattern, noun_after: bool):
    """Where ``rx`` matches a word of its own to the tagger, right after a noun (and before one, with ``noun_after``):
    the remnant of a conjunction (び of 及び, よび of および) between two nouns, not part of a word (学び, よび出し)."""
    for m in ctx.finditer(rx):
        s, e = m.span()
        toks, i, base = ctx.tokens_from(s)
        if i == 0 or i >= len(toks) or toks[i].start + base != s or toks[i].end + base != e:
            continue
        before = toks[i - 1]
        if before.end != toks[i].start or before.pos not in ("名詞", "接尾辞"):
            continue
        if noun_after and (i + 1 >= len(toks) or toks[i + 1].start != toks[i].end
                           or toks[i + 1].pos not in ("名詞", "接頭辞")):
            continue
        yield s, e


# (the remnant, whether a noun must follow it, the conjunction, the part dropped)
_REMNANTS = ((_LONE_BI, False, "び", "及び", "及"), (_LONE_BI_BESIDE_WORDS, True, "び", "及び", "及"),
             (_LONE_YOBI, True, "よび", "および", "お"))


def dropped_conjunction_findings(ctx: Context):
    text = ctx.text
    for rx, noun_after, remnant, word, lost in _REMNANTS:
        for s, e in _after_a_noun(ctx, rx, noun_after):
            yield ctx.finding(
                "typo", (s, e),
                f"「{text[max(0, s - 3):s]}{remnant}{text[e:e + 2]}」の「{remnant}」は「{word}」の「{lost}」が落ちたものと思われます。",
                f"「{remnant}」 between two nouns: 「{word}」 with {lost} dropped.",
                suggestion=word, severity="warning", excerpt=text[max(0, s - 5):e + 3],
            )


# The conjunctions of legal prose, in both spellings (及び/および, 又は/または, …).
_CONJUNCTION_SPELLINGS = {"及び": "および", "又は": "または", "並びに": "ならびに", "若しくは": "もしくは"}
_CONJUNCTIONS = "|".join(list(_CONJUNCTION_SPELLINGS) + list(_CONJUNCTION_SPELLINGS.values()))
_CONJUNCTION_AFTER = re.compile(rf"{_CONJUNCTIONS}|[、，]")

# A conjunction's kanji left alone, its kana lost (one pattern and one reading of it per kanji):
# - 及 before another conjunction (「役員の選任及又は解任」): 及び lost its び, or was left when 又は replaced it; 及
#   ends no word before 又は, 並びに or a comma (追及, 言及, 普及 end in 及 but are nouns: read by the tagger). Alone
#   between two nouns too (「管理する情報及データベースから引き出された情報」): modern prose writes 及び in full; only the
#   laws of before the war wrote 及 alone, and 及 heading a word (及第) is the tagger's word, not a lone 及.
# - 又 between two words (「秩序を乱し又善良な風俗を害する」, 「（以下「サービス」又「本サービス」）」): 又は with its は
#   lost. 又 alone opens a sentence (「又、」) or a word (又貸し), which the tagger reads as such.
_LONE_CONJUNCTION_KANJI = (
    ("及", "及び", "び", None, "名詞", re.compile(
        rf"(?<=[\u4e00-\u9fff々\u30a1-\u30fa\u30fc])及(?={_CONJUNCTIONS}|[、，\u4e00-\u9fff\u30a1-\u30fa])")),
    ("又", "又は", "は", "接続詞", "語", re.compile(
        r"(?<=[\u3041-\u3096\u4e00-\u9fff々\u30a1-\u30fa\u30fc」』）)])又(?=[\u4e00-\u9fff\u30a1-\u30fa「『]"
        # (or before a label it joins to the one before: 「注2．3)又4)に掲げる変更」)
        r"|[0-9０-９]{1,2}[)）])")),
)


# a text that writes the conjunction's kanji alone this often writes so by habit (prewar style), not by slip
_OLD_STYLE = 3


def lone_conjunction_kanji_findings(ctx: Context):
    text = ctx.text
    for kanji, full, lost, pos, joined, pattern in _LONE_CONJUNCTION_KANJI:
        found = list(ctx.finditer(pattern))
        if not found or ctx.full.memo(f"typos.old_style:{kanji}",
                                      lambda pattern=pattern: len(pattern.findall(ctx.full.text)) >= _OLD_STYLE):
            continue  # 「慶弔及災害の見舞及救援事業」 throughout: an old-style text that writes the kanji alone, not a slip
        for m in found:
            s = m.start()
            t = ctx.token_at(s)
            if t is not None and (t.start < s or t.end > s + 1) or pos is not None and (t is None or t.pos != pos):
                continue  # 追及, 及第, 又貸し: the kanji within a word the tagger reads whole
            after = text[s + 1:s + 3]
            if _CONJUNCTION_AFTER.match(text, s + 1):  # 及又は: left when the other conjunction replaced it, perhaps
                ja = (f"「{text[max(0, s - 3):s + 4]}」の「{kanji}」が一字だけ残っています。「{full}」の「{lost}」が落ちたか、"
                      f"「{after}」に書き換えたときの消し残しと思われます。")
                en = (f"A lone 「{kanji}」 before 「{after}」: {full} with its {lost} lost, or left behind when 「{after}」 "
                      f"replaced it.")
                fix = None
            else:  # between two words: nothing replaced it
                ja = (f"「{text[max(0, s - 3):s + 4]}」の「{kanji}」が一字だけで{joined}をつないでいます。「{full}」の「{lost}」"
                      f"が落ちたと思われます。")
                en = f"A lone 「{kanji}」 joins two words before 「{after}」: {full} with its {lost} lost."
                fix = full
            # after a verb's form (「権利を持たず又義務を負わない」), 又 may be the adverb また (and also), as older prose
            # writes it; only the sense tells it from 又は (「届出をせず又は虚偽の届出をした」): a note
            before = ctx.token_at(s - 1) if s else None
            severity = "info" if kanji == "又" and before is not None and before.pos in ("動詞", "助動詞") else "warning"
            yield ctx.finding("typo", (s, s + 1), ja, en, suggestion=fix, severity=severity,
                              excerpt=text[max(0, s - 5):s + 4])


# A conjunction of legal prose with its kanji typed as one of the same reading or shape (similar_kanji: the law model's
# Unihan readings and radicals), between two words: 「閲覧旧び提供」 (旧 and 及 are both キュウ; MeCab reads 旧び as the
# verb 旧びる), 「甲平びに乙」. No text of the corpus (some 330) writes any of them: a kanji like 及 before び,
# like 並 before びに or like 若 before しくは makes no word between two nouns. 又は too, but a kanji like 又 (有, 由, 友)
# before は ends a word as often (所有は, 理由は, 事由は): only where it makes no word with the kanji before it
# (「敷地売却有は取壊し」: 却有 is none) is it 又 mistyped.
_CONJUNCTIONS_WITH_KANA = ("及び", "並びに", "若しくは")
# (the kana each is written with, found first: a class of every like kanji before them would be tried at every
# character of the text)
_CONJUNCTION_KANA = re.compile("|".join(sorted({c[1:] for c in _CONJUNCTIONS_WITH_KANA}, key=len, reverse=True)))
_WORD_BEFORE = re.compile(r"[\u4e00-\u9fff々\u30a1-\u30fa\u30fcA-Za-z0-9０-９Ａ-Ｚａ-ｚ」』）)]")
_WORD_AFTER = re.compile(r"[\u4e00-\u9fff々\u30a1-\u30faA-Za-zＡ-Ｚａ-ｚ「『（(]")


def conjunction_kanji_slip_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_CONJUNCTION_KANA):
        s = m.start() - 1
        if s < 1 or not _WORD_BEFORE.match(text, s - 1):
            continue
        for conj in _CONJUNCTIONS_WITH_KANA:
            e = s + len(conj)
            if text.startswith(conj[1:], m.start()) and text[s] in similar_kanji(conj[0]) and _WORD_AFTER.match(text, e):
                yield _conjunction_slip(ctx, s, conj)
    for m in ctx.finditer(_mata_wa_typed()):
        s = m.start()
        if s < 1 or not _WORD_BEFORE.match(text, s - 1) or _ends_a_word(text[s - 1:s + 1]):
            continue
        yield _conjunction_slip(ctx, s, "又は")


def _conjunction_slip(ctx: Context, s: int, conj: str):
    """The finding of ``conj`` written at ``s`` with its kanji typed as a like one."""
    text = ctx.text
    e = s + len(conj)
    written = text[s:e]
    return ctx.finding(
        "typo", (s, s + 1),
        f"「{text[max(0, s - 3):e + 2]}」の「{written}」は、接続詞「{conj}」の「{conj[0]}」が音や形の近い"
        f"「{written[0]}」になったものと思われます。",
        f"「{written}」 between two words is the conjunction 「{conj}」 with 「{conj[0]}」 typed as "
        f"「{written[0]}」 (same reading or shape).", suggestion=conj[0], severity="warning",
        excerpt=text[max(0, s - 5):e + 3])


@lru_cache(maxsize=1)
def _mata_wa_typed() -> re.Pattern:
    like = "".join(sorted(similar_kanji("又")))
    return re.compile(f"[{re.escape(like)}]は(?=[\u4e00-\u9fff\u30a1-\u30fa「『（(])")


def _ends_a_word(pair: str) -> bool:
    """Do the two kanji make a word (所有, 理由), to MeCab or to law text?"""
    return is_known_word(pair) or pair in model()["kanji_pairs"]


# a verb's 終止形 (its last kana), もの, then し (or its humble 致し) and the polite ending or a clause's comma
# (「…責任を負うものし、」)
_MONO_SHIMASU = re.compile(r"(?<=[うくぐすつぬぶむるた])もの(?:し|致し|いたし)(?=ます|ません|まし|[、，])"
                           # law's forms, after an adjective or the copula's な too: 「おそれがないものして」 (ものとして),
                           # 「具体的なものしなければならない」 (ものとしなければ): no clause goes on from ものし so
                           r"|(?<=[うくぐすつぬぶむるたいな])ものし(?=て|なければ)")
# a verb's 終止形, then とし and a comma or the polite ending, where 〜ものとし was meant (「…に限るとし、」)
_MONO_DROPPED = re.compile(r"(?<=[うくぐすつぬぶむる])とし(?=[、，]|ます|ません)")
# verbs after which と states what is assumed (「…であるとし、」「…しているとし」), no もの left out
_ASSUMED_AFTER = frozenset(("ある", "いる", "居る", "有る"))


def _after_a_verb(ctx: Context, at: int, adjective: bool = False) -> bool:
    """Does a verb or an auxiliary in its 終止形 end at ``at`` (or, with ``adjective``, an adjective: ない), not the
    volitional う (「…しようとし」)?"""
    verb = ctx.token_at(at - 1)
    kinds = ("動詞", "助動詞", "形容詞") if adjective else ("動詞", "助動詞")
    return verb is not None and verb.end == at and verb.pos in kinds and verb.lemma not in _ASSUMED_AFTER \
        and not _VOLITIONAL.search(verb.surface)


# a verb's volitional form, one token to MeCab (しよう, 行こう, 言おう) or its auxiliary alone (う, よう): 「…を解決
# しようとします」 says what is attempted
_VOLITIONAL = re.compile(r"(?:^|[おこごそぞとどのほぼぽもよろ])う$")


def dropped_to_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_MONO_SHIMASU):
        if not _after_a_verb(ctx, m.start(), adjective=text.startswith(("て", "なければ"), m.end())):
            continue
        a, b = m.start(), m.end()
        yield ctx.finding(
            "typo", (a, b),
            f"「{text[max(0, a - 4):b + 2]}」は「ものとし」の「と」が落ちたものと思われます（…するものとします）。",
            f"「{text[max(0, a - 4):b + 2]}」: the と of 「ものとします」 seems dropped.",
            suggestion="ものと" + m.group(0)[2:], severity="warning", excerpt=text[max(0, a - 6):b + 3],
        )
    for m in ctx.finditer(_MONO_DROPPED):
        if not _after_a_verb(ctx, m.start()):
            continue
        a, b = m.start(), m.end()
        shown = text[max(0, a - 4):b + (2 if text.startswith("ま", b) else 1)]
        yield ctx.finding(
            "typo", (a, b),
            f"「{shown}」は「ものとし」の「もの」が落ちたものと思われます（…に限るものとし、…するものとします）。",
            f"「{shown}」: the もの of 「ものとし」 seems dropped.",
            suggestion="ものとし", severity="warning", excerpt=text[max(0, a - 6):b + 3],
        )


_STRAY_LETTER = re.compile(r"(?<=[\u3041-\u3096\u4e00-\u9fff])[a-z](?=[。、，．」）)]|[ \u3000]*$)", re.M)
# a letter that labels an entry, closed by its bracket and followed by the next letter's label: 「a)b)c)」, 「a）、b）」
_LETTER_LABEL_RUN = re.compile(r"([a-z])[)）](?:[、・]|及び|および|又は|または)?[b-z][)）]")


def stray_letter_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_STRAY_LETTER):
        a = m.start()
        if _LETTER_LABEL_RUN.match(text, a):
            continue  # 「以下a)b)c)の情報」: the labels of a list named together, a) the first of them
        if m.group(0) in variable_letters(ctx):
            continue  # 「[f]またはz」: a symbol the document writes again and again, no stray key
        yield ctx.finding(
            "typo", (a, a + 1),
            f"「{text[max(0, a - 6):a + 1]}」の末尾の「{m.group(0)}」は余分な1字と思われます（入力の切り替え時の打ち誤り）。",
            f"The letter 「{m.group(0)}」 glued to the end of the clause seems a stray keystroke.",
            suggestion="", severity="warning", excerpt=text[max(0, a - 8):a + 3],
        )



# The katakana ヘ (U+30D8) for the particle へ (U+3078): the two are drawn alike and an input method in katakana mode
# gives the one for the other (「昼間勤務ヘ転換させる」). Alone between two words of kanji or hiragana, ヘ is no katakana
# word; it stands so only as an iroha label, in a list or cited after its item (「第一号ヘに掲げる」, 「ホ、ヘ及びト」).
# a document that labels items in iroha order up to ホ at least (a line opened by ホ, 号ホ cited, or ニ and ホ run into
# the text as a law's text copied without its line breaks writes them): its ヘ may be the next label wherever it stands
_IROHA_HO = re.compile(r"(?m)^[ \u3000]*[(（]?ホ[)）]?[ \u3000]|[号項目]ホ(?![\u30a1-\u30ffー])"
                       r"|(?<![\u30a1-\u30ff])ニ(?![\u30a1-\u30ffー])[^\n]{1,600}?(?<![\u30a1-\u30ff])ホ(?!ー)")
_KATAKANA_HE = re.compile(r"(?<=[\u3041-\u3096\u4e00-\u9fff々])(?<![号項条])ヘ(?=[\u3041-\u3096\u4e00-\u9fff々])")
# ヘ closing a katakana word before kanji or hiragana (「結果をレフィーヘ報告」): the particle, where the document writes the
# word without it elsewhere (レフィー ×12), as a name is written each time
_HE_AFTER_KATAKANA = re.compile(r"(?<![\u30a1-\u30faー])([\u30a1-\u30faー]{2,})ヘ(?=[\u3041-\u3096\u4e00-\u9fff々])")
_WORD_WITHOUT_HE = 2


def katakana_he_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_KATAKANA_HE):
        a = m.start()
        if re.search(r"[ホト]", text[max(0, a - 3):a + 4]) or ctx.full.memo(
                "typos.iroha_labels", lambda: _IROHA_HO.search(ctx.full.text) is not None):
            continue  # (「ホ、ヘ及びト」: the labels of an iroha list named together; 「…の算定方法ヘ株主が…」, 「…についてのヘに
            # 規定する事項」: the list's sixth item, run on or cited, in a law copied without its line breaks)
        yield _katakana_he(ctx, a)
    for m in ctx.finditer(_HE_AFTER_KATAKANA):
        word = m.group(1)
        whole = re.compile(rf"(?<![\u30a1-\u30faー]){re.escape(word)}(?![\u30a1-\u30faー])")
        if len(whole.findall(ctx.full.text)) >= _WORD_WITHOUT_HE:
            yield _katakana_he(ctx, m.end(1))


def _katakana_he(ctx: Context, a: int):
    text = ctx.text
    return ctx.finding(
        "typo", (a, a + 1),
        f"「{text[max(0, a - 4):a + 3]}」の「ヘ」はカタカナです。助詞なら平仮名の「へ」です（形が同じで入力時に混入します）。",
        f"「ヘ」 in 「{text[max(0, a - 4):a + 3]}」 is the katakana letter; the particle is the hiragana 「へ」.",
        suggestion="へ", severity="warning", excerpt=text[max(0, a - 6):a + 4],
    )

# One kana typed three times (「ものをいいいます」): no word of the language holds a kana thrice in a row, while a key
# struck once too often makes exactly that; a name repeating a syllable pair (「ここここ」, four) is no slip.
_TRIPLED_KANA = re.compile(r"([\u3041-\u3096])\1{2,}")


# how much better (MeCab's path cost) the clause must read with one of the three taken out: 「ものをいいいます」 6,500,
# 「ことととする」 5,600; 「こととともに」, two words meeting, 1,100
_TRIPLED_GAIN = 3000


def tripled_kana_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_TRIPLED_KANA):
        s, e = m.span()
        if e - s != 3:
            continue
        lo, hi = ctx.line_span(s)
        around = text[max(lo, s - 6):min(hi, e + 6)]
        at = s - max(lo, s - 6)
        if _path_cost(around) - _path_cost(around[:at] + around[at + 1:]) < _TRIPLED_GAIN:
            continue  # 「図ることとともに」: こと, then とともに; the three join two words, and one fewer reads no better
        yield ctx.finding(
            "typo", (s, e),
            f"「{text[max(0, s - 3):e + 3]}」で「{m.group(1)}」が3字続いています。1字多いと思われます。",
            f"「{m.group(1)}」 typed three times in a row in 「{text[max(0, s - 3):e + 3]}」: one too many.",
            suggestion=m.group(1) * 2, severity="warning", excerpt=text[max(0, s - 4):e + 4],
        )


# One kana typed twice inside a phrase (「かかわわらず」, 「してはならなない」, 「負いまません」, 「することができきます」):
# law text never writes the kana around the pair, the document writes them nowhere else, and the clause reads far
# better with one of the two taken out. Words that double a kana (ささいな, すすめる, ととのえる, ここに, いいえ) read
# worse so, and the pairs law writes (かかわらず, ものの, といい) are never looked at. A particle written twice
# (「中断ににより」) is the doubled-particle rule's; the hypothetical form of a verb in れる doubles its れ (受理されれば,
# 受け入れれば); a run with a small vowel kana (「わぁはは」) is an interjection or a name's, not prose. A verb's closing る
# typed twice (「関するる」) is the duplication rule's, told there with the verb.
_DOUBLED_KANA = re.compile(r"([\u3041-\u3096])\1(?!\1)")
_KANA = re.compile(r"[\u3041-\u3096]+")
_HYPOTHETICAL = re.compile(r"れれば")
_NAME_BEFORE = re.compile(r"[\u30a1-\u30fa\u30fcA-Za-z]")
_SMALL_VOWEL = re.compile(r"[ぁぃぅぇぉ]")
# how much better (MeCab's path cost) the clause must read with one of the two taken out: 「かかわわらず」 20,000,
# 「負いまません」 12,000, 「でききます」 10,500, 「ものとししますが」 5,900; two words meeting, 「少なくとももう一組」 3,200
_DOUBLED_GAIN = 4000


def _grams_around(text: str, s: int, lo: int, hi: int) -> list[str]:
    """The kana 3- and 4-grams of ``text`` that hold both kana of the pair at ``s``."""
    out = []
    for n in (3, 4):
        for i in range(max(lo, s + 2 - n), min(s, hi - n) + 1):
            g = text[i:i + n]
            if _KANA.fullmatch(g):
                out.append(g)
    return out


def doubled_kana_findings(ctx: Context):
    text = ctx.text
    law3, law4 = model()["kana3"], model()["kana4"]
    for m in ctx.finditer(_DOUBLED_KANA):
        s = m.start()
        if text[s - 1:s] == text[s]:
            continue  # the second and third of a kana typed three times: tripled_kana_findings tells it
        lo, hi = ctx.line_span(s)
        if _HYPOTHETICAL.match(text, s) or _SMALL_VOWEL.search(text, max(lo, s - 3), s + 5) or \
                DOUBLED_RU.match(text, s):
            continue
        if s > lo and _NAME_BEFORE.match(text, s - 1):
            continue  # 「ねこカフェららべる」: a pair opening the kana right after a katakana word is a name's (ららべる,
            # ここあ), as no particle after a noun doubles but に, which doubled-particle tells
        grams = _grams_around(text, s, lo, hi)
        if any(g in law3 or g in law4 or text.count(g) > 1 for g in grams):
            continue  # a run law text writes, or one the document writes more than once: a word, not a slip
        first = ctx.token_at(s)
        if first is not None and first.pos == "助詞" and first.end == s + 1:
            continue  # a particle, then the same one: doubled-particle's
        around = text[max(lo, s - 6):min(hi, s + 8)]
        at = s - max(lo, s - 6)
        if _path_cost(around) - _path_cost(around[:at] + around[at + 1:]) < _DOUBLED_GAIN:
            continue
        k, quoted = text[s], text[max(lo, s - 3):min(hi, s + 5)]
        yield ctx.finding(
            "typo", (s, s + 2),
            f"「{quoted}」で「{k}」が2字続いています。1字多いと思われます（法令文にない仮名の並びで、1字除くと自然な文に"
            f"なります）。",
            f"「{k}」 typed twice in 「{quoted}」: one too many (a kana run law text never writes, "
            f"and the clause reads far better with one taken out).",
            suggestion=k, severity="warning", excerpt=text[max(lo, s - 4):min(hi, s + 6)],
        )


# The katakana long-vowel mark between two digits (「2ー1.情報の外部送信」): a hyphen or dash typed on the kana
# keyboard; ー lengthens a kana and follows no digit in any word.
_CHOON_BETWEEN_DIGITS = re.compile(r"(?<=[0-9０-９])ー(?=[0-9０-９])")


def choon_between_digits_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_CHOON_BETWEEN_DIGITS):
        s = m.start()
        yield ctx.finding(
            "typo", (s, s + 1),
            f"「{text[max(0, s - 3):s + 4]}」の「ー」は長音符です。数字をつなぐのはハイフン（-）か「の」です。",
            f"「{text[max(0, s - 3):s + 4]}」: ー is the katakana long-vowel mark; a hyphen joins numbers.",
            suggestion="-", severity="warning", excerpt=text[max(0, s - 4):s + 5],
        )



# A katakana word that ends in the small ッ (「パンフレッ・webト等」): ッ doubles the consonant of the kana after it, so no
# loanword ends in it; the word lost its last kana, or the kana was typed elsewhere. Words of four kana or more only:
# an interjection or a sound (ハッ, ガッ) is short, and terms write neither.
_KATAKANA_CUT_AT_SOKUON = re.compile(r"(?<![\u30a1-\u30fa\u30fc])[\u30a1-\u30fa\u30fc]{3,}ッ(?![\u30a1-\u30fa\u30fc])")


def katakana_cut_at_sokuon_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_KATAKANA_CUT_AT_SOKUON):
        word = m.group(0)
        yield ctx.finding(
            "typo", m.span(),
            f"「{word}」は「ッ」で終わっています。「ッ」は次の仮名を促音にする字で、語末には来ません。仮名が抜けたか、"
            f"別の位置に入力されています（「{text[m.start():m.end() + 6]}」）。",
            f"「{word}」 ends in the small ッ, which doubles the kana after it and ends no word: a kana was dropped or "
            f"typed elsewhere.",
            severity="warning", excerpt=text[m.start():m.end() + 6])


# A conjunction written twice in its two spellings, or twice alike (「本利用規約及びおよびこれと一体をなす…」): the old
# spelling left beside the new one when the text was rewritten.
_DOUBLED_CONJUNCTION = re.compile(rf"({_CONJUNCTIONS})({_CONJUNCTIONS})")


def doubled_conjunction_findings(ctx: Context):
    text = ctx.text
    same = {**_CONJUNCTION_SPELLINGS, **{v: k for k, v in _CONJUNCTION_SPELLINGS.items()}}
    for m in ctx.finditer(_DOUBLED_CONJUNCTION):
        a, b = m.group(1), m.group(2)
        if not (a == b or same.get(a) == b):
            continue  # 及び又は: and/or, written so on purpose
        s, e = m.span()
        yield ctx.finding(
            "typo", (s, e),
            f"接続詞が重なっています（「{text[max(0, s - 4):e + 4]}」）。「{a}」と「{b}」のどちらか一方にします。",
            f"A conjunction written twice (「{text[max(0, s - 4):e + 4]}」): keep one of 「{a}」 and 「{b}」.",
            suggestion=a, severity="warning", excerpt=text[max(0, s - 5):e + 4])


# さ入れ: a godan verb's causative is its 未然形 (a-row) and せる (取り扱わせる, 知らせる, 待たせる); させる belongs to the
# other verbs (見させる, 来させる). 「取扱わさせていただきます」 puts a さ into the godan form. Told where MeCab reads the
# verb in its a-row form right before the auxiliary させ (not する's さ after a particle: 「するかさせないか」).
_SA_IRE = re.compile(r"(?<=[わかがたなばまら])させ")


def sa_ire_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_SA_IRE):
        at = m.start()
        verb, aux = ctx.token_at(at - 1), ctx.token_at(at)
        if verb is None or aux is None or verb.end != at or aux.start != at or verb.pos != "動詞" or aux.pos != "助動詞":
            continue
        if verb.lemma[-1:] not in "うくぐすつぬぶむる" or verb.end - verb.start < 2:
            continue
        word = text[verb.start:m.end()]
        yield ctx.finding(
            "typo", (at, at + 1),
            f"「{word}」は「さ」が余分です（「{word[:-2]}せ」）。五段活用の動詞の使役は「〜せる」です（取り扱わせる）。",
            f"「{word}」 has a さ too many: a godan verb's causative is …せる (「{word[:-2]}せ」).",
            suggestion="", severity="warning", excerpt=text[max(0, verb.start - 2):m.end() + 4],
        )


# わ between a noun or pronoun and a word of the same sentence (「これわ当社の責任とする」, 「資することわ目的とする」): MeCab can
# read it only as the sentence-final particle of speech, which no clause of terms or rules goes on after. It is the
# topic particle は written as it is pronounced, or the を beside わ in the kana table: the one law text's kana 3-grams
# write there (ことはできない, ことを目的), else the one MeCab reads better.
_WA = re.compile(r"(?<=[\u3041-\u3096\u4e00-\u9fff々\u30a1-\u30ff])わ(?=[\u3041-\u3096\u4e00-\u9fff々\u30a1-\u30ff])")


def pronounced_wa_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_WA):
        a = m.start()
        t, before, after = ctx.token_at(a), ctx.token_at(a - 1), ctx.token_at(a + 1)
        if t is None or t.start != a or t.end != a + 1 or t.pos != "助詞" or t.pos2 != "終助詞":
            continue  # (わ inside a word: ことわざ, ときわ台)
        if before is None or before.end != a or before.pos not in ("名詞", "代名詞"):
            continue
        if after is None or after.start != a + 1 or after.pos not in ("名詞", "代名詞", "接頭辞", "副詞", "動詞", "形容詞"):
            continue
        line_start, line_end = ctx.line_span(a)
        left, right = text[max(line_start, a - 12):a], text[a + 1:min(line_end, a + 12)]
        # law text's kana 3-grams around it first (ことはできない, not ことをできない), then MeCab
        k3 = kana3()
        around = text[max(line_start, a - 2):a], text[a + 1:min(line_end, a + 3)]

        def law_count(p: str) -> int:
            s = around[0] + p + around[1]
            i = len(around[0])
            return min((k3.get(s[j:j + 3], 0) for j in range(max(0, i - 2), min(i, len(s) - 3) + 1)
                        if re.fullmatch("[ぁ-ゖ]{3}", s[j:j + 3])), default=0)
        fix = min(("は", "を"), key=lambda p: (-law_count(p), _path_cost(left + p + right)))
        shown = text[max(line_start, a - 4):min(line_end, a + 4)]
        yield ctx.finding(
            "typo", (a, a + 1),
            f"「{shown}」の「わ」は文中に立つ助詞ではありません。助詞「{fix}」の誤りと思われます"
            + ("（発音どおりの表記）。" if fix == "は" else "。"),
            f"「わ」 in 「{shown}」 is no particle inside a sentence; the particle {fix} seems meant"
            + (" (written as it is pronounced)." if fix == "は" else "."),
            suggestion=fix, severity="warning", excerpt=text[max(line_start, a - 6):min(line_end, a + 5)])
