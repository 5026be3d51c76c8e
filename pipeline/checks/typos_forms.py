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
"""

from __future__ import annotations

import re

from . import Context

# お／ご, a word of kanji, then いただ… or いたし… (the い already missing from the verb) or たします (the い of
# いたします missing after the verb's own)
_HUMBLE = re.compile(r"[おご]([\u4e00-\u9fff々]{1,4}い?)(?=いただ|いたし|いたす|いたせ|たしま)")
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
        if after.lemma in _RECEIVE_OR_DO and after.surface.startswith("い"):
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
