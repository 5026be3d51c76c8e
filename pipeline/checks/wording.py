"""Wording: doubled particles (にに), redundant expressions (迄まで), misspelled legal words (減失), compound
particles written with の or without their に (違いの応じて, 規約基づき), 規程 for 規定 where a provision is meant,
words the context decides (譲渡若しくは継承 → 承継, 懲罰動機 → 動議), grammar slips (さ入れ言葉 行わさせない,
ら抜き言葉 受けれない, 有すこと, ならないです, and the dropped particles of particles.py: ある考えられる, いかなる損害に
ついて…負わない) and the style of 法令用語 (この限りではない → この限りでない).

The word lists are in pipeline/data/ (confusables.tsv, context_confusables.tsv, redundant_expressions.tsv,
compound_particles.tsv, legal_style.tsv, lexical_causatives.tsv, sahen_verbs.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..tokens import tokenize
from . import Context, is_kanji, load_tsv, rule
from .honorifics import honorific_findings
from .particles import particle_findings
from .party_self import party_acting_on_itself_findings
from .sentence_style import spoken_register

# ------------------------------------------------------------------ doubled particle

# Candidates: the same kana run written twice (にに, をを, からから). Tokens decide.
_DOUBLED_KANA = re.compile(r"([ぁ-ゖ]{1,3})\1")
_WINDOW = 12


# A compound particle is a case particle already (において = で, に対して = に): another case particle right after it is
# one too many (「時間・場所においてに限り」 for 場所に限り, or において with the に a second thought).
_COMPOUND_THEN_CASE = re.compile(
    r"(?:において|について|に対して|に関して|によって|として|に基づいて|に従って|を除いて|をもって)(?P<p>[にがを])")
# a numbered section named by its number and title (11.インフォマティブデータ…): a title that ends in について is cited
# with the case particle after it, the title being a noun
_CITED_TITLE = re.compile(r"(?:^|[\s、。「『（(])[0-9０-９]+(?:[.．][0-9０-９]+)*[.．][ \u3000]?[^\s、。]{1,40}$")


# what a reader is sent to read or look at: the thing before を is a page's or a section's title
_READ_THIS = re.compile(r"(?:お読み|お読|読ん|読み|ご覧|ご参照|参照|ご確認|ご一読)")


# A parenthetical goes right after the noun it qualifies, and the particle after it: the same case particle on both
# sides (「一切の義務を（損害賠償義務を含みますが、…）を免れる」) is the particle written twice.
_AROUND_PARENTHETICAL = re.compile(r"(?P<p>[をが])[（(][^（）()\n]{1,80}[）)](?P=p)"
                                   # は and の too around a definition, after the noun it defines (「…規約は（以下「規約」）
                                   # は」「…施設の（以下「本クラブ」という）の利用」; not この, その: a determiner)
                                   r"|(?<=[\u4e00-\u9fff\u30a1-\u30ff」』])(?P<q>[はの])[（(]以下[^（）()\n]{1,80}[）)](?P=q)")


# を and が close their noun phrase: no particle follows them directly but a second を or が (doubled, above), and
# the tagger reading both as particles is a word typed into the wrong place or a particle left from an edit
# (「…であることをて明示のうえ」, 「損害賠償の請求がなどが起こった」: など lists nouns, never a case phrase). を+も (をも) and
# を+ば are particles of their own and are not sought.
_CASE_THEN_PARTICLE = re.compile(r"[をが](?=[にでては]|など)|をが|がを")


def _case_then_particle_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_CASE_THEN_PARTICLE):
        toks, i, base = ctx.tokens_from(m.start())
        if i + 1 >= len(toks):
            continue
        a, b = toks[i], toks[i + 1]
        if a.start + base != m.start() or a.surface not in "をが" or b.start != a.end:
            continue
        if a.pos != "助詞" or b.pos != "助詞" or b.surface == a.surface:
            continue
        s, e = a.start + base, b.end + base
        yield ctx.finding(
            "doubled-particle", (s, e),
            f"格助詞「{a.surface}」の直後に助詞「{b.surface}」が続いています（「{text[max(0, s - 6):e + 4]}」）。"
            f"どちらかが余分か、語が抜けています。",
            f"The case particle 「{a.surface}」 is followed directly by 「{b.surface}」: one is one too many, or a word "
            f"is missing between them.",
            excerpt=text[max(0, s - 6):e + 4],
        )


# に then にて (「修理のためににて対応」) and により then に (「盗難等の理由によりに返却」): two case particles of one function
# stacked, one of them left from an edit (not よりにくい, a verb's 寄りにくい)
_STACKED_NI = re.compile(r"(?<=[\u3400-\u9fff々\u30a1-\u30ffーめ])(?:に(?=にて)|により(?=に(?!く)))")


def _stacked_ni_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_STACKED_NI):
        toks, i, base = ctx.tokens_from(m.start())
        # に|にて, or に|より|に (MeCab reads the より of により as the verb 因る)
        run = toks[i:i + (2 if m.group(0) == "に" else 3)]
        if len(run) < 2 or run[0].start + base != m.start() or any(x.end != y.start for x, y in zip(run, run[1:])) \
                or run[0].pos != "助詞" or run[-1].pos != "助詞" or run[-1].surface not in ("にて", "に"):
            continue
        s, e = run[0].start + base, run[-1].end + base
        first, second = text[s:e - len(run[-1].surface)], run[-1].surface
        yield ctx.finding(
            "doubled-particle", (s, e),
            f"助詞「{first}」と「{second}」が重なっています（「{text[max(0, s - 6):e + 4]}」）。どちらか一方にします。",
            f"The particles 「{first}」 and 「{second}」 are stacked: one of them is one too many.",
            suggestion=first)


# the same particle after a noun and again after the comma that follows it (「運営者は、はお客様に対し」): the second opens no
# word (a noun in kanji, katakana or Latin letters follows it), so it is the first typed again
_PARTICLE_AGAIN = re.compile(r"(?<=[\u4e00-\u9fff々\u30a1-\u30fa\u30fcA-Za-z0-9])(?P<p>[はがを])[、，](?P=p)"
                             r"(?=[\u4e00-\u9fff々\u30a1-\u30faA-Za-z]|[おご][\u4e00-\u9fff])")  # (お客様)


@rule("doubled-particle", "warning", "助詞の重複", "doubled particle", scope="unit")
def doubled_particle(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_PARTICLE_AGAIN):
        p = m.group("p")
        yield ctx.finding(
            "doubled-particle", (m.end() - 1, m.end()),
            f"読点の前後に助詞「{p}」が重なっています（「{text[max(0, m.start() - 4):m.end() + 4]}」）。後の「{p}」は不要です。",
            f"The particle 「{p}」 stands on both sides of the comma: the second is one too many.",
            suggestion="", excerpt=text[max(0, m.start() - 4):m.end() + 4])
    yield from _case_then_particle_findings(ctx)
    yield from _stacked_ni_findings(ctx)
    for m in ctx.finditer(_AROUND_PARENTHETICAL):
        p = m.group("p") or m.group("q")
        yield ctx.finding(
            "doubled-particle", m.span(),
            f"括弧書きの前後に助詞「{p}」が重なっています。括弧書きは名詞の直後に置き、「{p}」は括弧の後の一つにします。",
            f"The particle 「{p}」 on both sides of the parenthetical: it belongs after the bracket only.",
            excerpt=text[max(0, m.start() - 6):m.start() + 8] + "…" + text[m.end() - 3:m.end() + 4],
        )
    for m in ctx.finditer(_COMPOUND_THEN_CASE):
        if _CITED_TITLE.search(text[max(ctx.line_span(m.start())[0], m.start() - 40):m.start()]):
            continue  # 「詳しくは、11.インフォマティブデータについてをご参照ください」: a section's title, cited whole
        if m.group("p") == "を" and _READ_THIS.match(text, m.end()):
            continue  # 「個人情報取り扱いについてをお読みください」: a page's title (its link lost in the text), to be read
        yield ctx.finding(
            "doubled-particle", m.span(),
            f"複合助詞のあとに格助詞「{m.group('p')}」が重なっています（「{m.group(0)}」）。どちらか一方にします。",
            f"A case particle 「{m.group('p')}」 right after the compound particle in 「{m.group(0)}」: one of them is "
            f"one too many.",
        )
    for m in ctx.finditer(_DOUBLED_KANA):
        # a window around the pair is tagged, not its whole line: most candidates are words (かかわらず, ことと,
        # ものの), and a law's lines run to hundreds of characters
        line_start, line_end = ctx.line_span(m.start())
        base = max(line_start, m.start() - _WINDOW)
        tokens = tokenize(text[base:min(line_end, m.end() + _WINDOW)])
        i = next((k for k, t in enumerate(tokens) if t.start + base >= m.start()), len(tokens))
        if i >= len(tokens) - 1:
            continue
        a, b = tokens[i], tokens[i + 1]  # offsets relative to the line (+ base)
        if a.start + base != m.start() or a.end != b.start or b.end + base != m.end():
            continue
        if a.surface != b.surface or a.pos != "助詞" or b.pos != "助詞":
            continue
        if a.surface == "など":
            continue  # 「などなど、」: "and so on and so forth", a set phrase
        # the word the first particle attaches to, for the excerpt: 真正性にに
        j = i - 1
        start = a.start
        while j >= 0 and tokens[j].end == start and tokens[j].pos in ("名詞", "接尾辞", "代名詞") and a.start - tokens[j].start <= 8:
            start = tokens[j].start
            j -= 1
        nxt = tokens[i + 2] if i + 2 < len(tokens) and tokens[i + 2].start == b.end else None
        end = nxt.end if nxt is not None and nxt.pos in ("動詞", "名詞") else b.end
        start, end = start + base, end + base
        fixed = text[start:a.end + base] + text[b.end + base:end]
        yield ctx.finding(
            "doubled-particle", (start, end),
            f"助詞「{a.surface}」が重複しています（「{text[start:end]}」）。",
            f"Doubled particle 「{a.surface}{b.surface}」 in 「{text[start:end]}」.",
            suggestion=fixed,
        )


# ------------------------------------------------------------------ redundant expressions


@lru_cache(maxsize=None)
def _redundant_patterns():
    out = []
    for row in load_tsv("redundant_expressions.tsv"):
        pattern, suggestion = row[0], row[1]
        severity = row[2] if len(row) > 2 and row[2] else "info"
        note = row[3] if len(row) > 3 else ""
        rx = ""
        for c in pattern:
            if c == "〜":
                rx += r"(?P<w>[^\s、。，,「」『』（）()ぁ-ゖ]{1,8}?)"
            elif c == "＃":
                rx += r"(?P<w>[0-9０-９〇一二三四五六七八九十百千万億.,，]+[^\s、。，,「」（）()]{0,4}?)"
            else:
                rx += re.escape(c)
        if is_kanji(pattern[0]) and ("〜" in pattern or "＃" in pattern):
            rx = r"(?<![\u3400-\u9fff々])" + rx
        out.append((pattern, re.compile(rx), suggestion, severity, note))
    return out


_FIXED_PIECES = re.compile("[〜＃]")


@rule("redundant-expression", "info", "重言（冗長な表現）", "redundant expression", scope="unit")
def redundant_expression(ctx: Context):
    text = ctx.scanned_text
    for pattern, rx, suggestion, severity, note in _redundant_patterns():
        # every fixed piece of the pattern must occur somewhere before the regex is worth running
        if not all(piece in text for piece in _FIXED_PIECES.split(pattern) if piece):
            continue
        for m in ctx.finditer(rx):
            w = m.groupdict().get("w") or ""
            sug = suggestion.replace("{1}", w)
            yield ctx.finding(
                "redundant-expression", m.span(),
                f"「{m.group(0)}」は重言です。{note}",
                f"Redundant expression 「{m.group(0)}」; 「{sug}」 says the same.",
                suggestion=sug, severity=severity,
            )


# ------------------------------------------------------------------ confusable words


@lru_cache(maxsize=None)
def _confusables():
    entries = {}
    for row in load_tsv("confusables.tsv"):
        wrong, right = row[0], row[1]
        note = row[2] if len(row) > 2 else ""
        exceptions = tuple(x for x in (row[3].split(",") if len(row) > 3 and row[3] else []) if x)
        entries[wrong] = (right, note, exceptions)
    alternation = "|".join(re.escape(w) for w in sorted(entries, key=len, reverse=True))
    return entries, re.compile(alternation)


def listed_confusables(ctx: Context) -> list[re.Match]:
    """Where the text writes a word of confusables.tsv, found once per context: confusable-word reports them, and
    typo leaves them to it."""
    return ctx.memo("wording.confusables", lambda: list(ctx.finditer(_confusables()[1])))


def _inside_exception(text: str, start: int, end: int, exceptions: tuple[str, ...]) -> bool:
    for ex in exceptions:
        lo = max(0, start - len(ex))
        i = text.find(ex, lo, end + len(ex))
        while i >= 0 and i <= start:
            if i + len(ex) >= end:
                return True
            i = text.find(ex, i + 1, end + len(ex))
    return False


# ------------------------------------------------------------------ compound particles (に関して, において)


@lru_cache(maxsize=None)
def _compound_particles() -> tuple[dict[tuple[str, str], tuple[str, bool]], re.Pattern]:
    """(lemma, connective surface) → (compound particle, bare noun allowed), and a pattern finding the surfaces."""
    table = {}
    for row in load_tsv("compound_particles.tsv"):
        lemma, forms, phrase = row[0], row[1].split(","), row[2]
        bare_ok = len(row) > 3 and row[3] == "yes"
        for f in forms:
            table[(lemma, f)] = (phrase, bare_ok)
    surfaces = sorted({f for _, f in table}, key=len, reverse=True)
    # after に (the right way, and nearly every occurrence) there is nothing to tag
    return table, re.compile("(?<![に\n])(?:" + "|".join(map(re.escape, surfaces)) + ")")


_KANJI_HEAD = re.compile(r"[\u4e00-\u9fff]")  # (おいて, ついて in kana: と before them is another と, 「1日とおいて」)
_CONTINUING = {"居る", "有る", "御座る", "おる", "いる", "ある"}  # 当社の置いている: a relative clause, grammatical


def compound_particle_findings(ctx: Context):
    table, rx = _compound_particles()
    text = ctx.text
    for m in ctx.finditer(rx):
        start = m.start()
        toks, i, base = ctx.tokens_from(start)
        if i >= len(toks) or toks[i].start + base != start or i == 0:
            continue
        verb, before = toks[i], toks[i - 1]
        hit = table.get((verb.lemma, verb.surface))
        if hit is None or verb.pos != "動詞" or before.end + base != start:
            continue
        phrase, bare_ok = hit
        rest = toks[i + 1:i + 3]
        if any(t.lemma in _CONTINUING for t in rest):
            continue
        if rest and (rest[0].pos == "助動詞" or (rest[0].pos == "接尾辞" and rest[0].pos2 == "動詞的")) \
                and rest[0].start + base == m.end():
            continue  # 「解除に一切応じないものとします」, 「返金には一切応じかねます」: the verb itself, negated, polite or
            # with a verbal suffix (かねる), is the predicate, no particle
        end = m.end()
        written = verb.surface
        if rest and rest[0].surface == "て" and rest[0].start + base == end:
            end, written = end + 1, written + "て"  # the whole particle: 「の応じて」, not 「の応じ」
        if before.surface == "の" and before.pos == "助詞":
            span = (start - 1, end)
            fixed = "に" + written
            ja, en = "「の」ではなく「に」", "に, not の,"
        elif before.surface == "と" and before.pos == "助詞" and not bare_ok and _KANJI_HEAD.match(written) \
                and not (rest and rest[0].pos == "動詞" and rest[0].start + base == m.end()):
            # 「運営目的と照らして」: these verbs take に alone (a compound verb, 「AとBを照らし合わせて」, takes と)
            span = (start - 1, end)
            fixed = "に" + written
            ja, en = "「と」ではなく「に」", "に, not と,"
        elif before.pos == "名詞" and not bare_ok and before.pos2 != "数詞":
            span = (before.start + base, end)
            fixed = before.surface + "に" + written
            ja, en = "「に」が抜けています。", "the に is missing:"
        else:
            continue
        yield ctx.finding(
            "confusable-word", span,
            f"「{text[span[0]:span[1]]}」は複合助詞「{phrase}」の誤りと思われます（{ja}）。",
            f"「{text[span[0]:span[1]]}」 is probably the compound particle 「{phrase}」 ({en} before the verb).",
            suggestion=fixed,
        )


# 通り after a noun is voiced: 従前どおり, 予定どおり, 契約どおり; とおり follows の or a verb (次のとおり, 定めるとおり)
_UNVOICED_TOORI = re.compile(r"(?<=[\u4e00-\u9fff々])とおり")


# the words that point at what follows or precedes (以下, 下記, 次, 上記, 前記, 左記, 別記): they take の before とおり
_POINTING = ("以下", "下記", "上記", "前記", "後記", "左記", "別記", "次", "右")


def _unvoiced_toori_findings(ctx: Context):
    for m in ctx.finditer(_UNVOICED_TOORI):
        word = ctx.text[max(0, m.start() - 2):m.start()]
        pointer = next((w for w in _POINTING if ctx.text.endswith(w, 0, m.start())), None)
        if pointer is not None:
            # 「定義は以下とおりです」: の dropped (以下のとおり); 以下どおり is no Japanese
            yield ctx.finding(
                "confusable-word", (m.start() - len(pointer), m.end()),
                f"「{pointer}とおり」は「{pointer}のとおり」の「の」が抜けています。",
                f"「{pointer}とおり」 drops the の of 「{pointer}のとおり」.",
                suggestion=f"{pointer}のとおり", severity="warning")
            continue
        yield ctx.finding(
            "confusable-word", m.span(),
            f"「{word}とおり」の「とおり」は、名詞に続くときは「どおり」です（従前どおり、予定どおり）。",
            f"「とおり」 after a noun is written 「どおり」 (従前どおり).",
            suggestion="どおり", severity="warning",
        )


# 規程 is a set of rules (経費精算規程); a provision is 規定. Where a citation or a law owns it (第4条の規程, 前項の規程,
# 番号法の規程) or it is used as a verb (に規程する), only the provision can be meant: 規程 takes no する, and an
# article or a law holds no set of rules.
KITEI_FOR_PROVISION = re.compile(
    # (a range of them too: 「第３条から第８条までの規程」)
    # (and an article cited with its caption: 「第43条（役員の任期）の規程は」)
    r"(?:第[0-9０-９一二三四五六七八九十百千]+(?:条|項|号)(?:の[0-9０-９一二三四五六七八九十]+)?(?:[（(][^（）()\n。]{1,20}[）)])?"
    r"(?:まで)?|前条|本条|同条|次条|前項|本項|同項|次項"
    r"|前号|本号|各号|前各条|前各項|前各号|前[0-9０-９一二三四五六七八九十]{1,2}(?:条|項|号)"
    # (an article cited without its 第: 「第26条及び27条の規程によらず」)
    r"|(?<![0-9０-９.．])[0-9０-９]{1,3}(?:条|項|号)"
    # a law's provisions (番号法の規程その他, 民法の規程により): a law is no set of rules of the document's kind
    # (方法, 用法 and the like end in 法 and are no laws)
    r"|(?<![方手用寸作文製療技工論違合不便寄])法|法律|法令|法規|政令|省令|府令|条例"
    # the document itself, or another of its kind: an agreement holds provisions (本規約の規定または趣旨; its own title
    # may be a 規程, but 「本規程の規程」 is no phrase either); so does any agreement or set of rules by its name
    # (「就業規則の規程に関わらず」): a set of rules holds provisions, not rules of another kind
    r"|(?:本|この|当該|同)(?:規約|約款|契約|契約書|定款|規則|規程|会則|細則)|規約|約款|契約|契約書|定款|規則|会則|細則)"
    # (each of them: 「刑罰法規の各規程」)
    r"の(?:各)?(?P<w>規程)(?![集類])"
    r"|(?P<v>規程)(?=する|され|した|しな|しており)")


# how far back a 規程 the text names (「市長の定める規程を公表しようとするときは」) lets 「前項の規程」 mean that 規程
_NAMED_KITEI_WINDOW = 300


# a 規程 the text speaks of as a thing made (「市長の定める規程を公表しようとするときは」), not the document itself (この規程)
_KITEI_MADE = re.compile(r"(?:定め(?:る|た)|制定する|制定した|作成する|作成した)規程")


def _kitei_named_before(ctx: Context, at: int) -> bool:
    """Does the text speak of a 規程 made by someone (「市長の定める規程」) shortly before ``at``? Then 「前項の規程」 is that
    規程, the one the paragraph before speaks of."""
    return _KITEI_MADE.search(ctx.text, max(0, at - _NAMED_KITEI_WINDOW), at) is not None


def _kitei_findings(ctx: Context):
    for m in ctx.finditer(KITEI_FOR_PROVISION):
        span = m.span("w") if m.group("w") else m.span("v")
        if m.group("w") and _kitei_named_before(ctx, m.start()):
            continue  # 「市長の定める規程を公表…」, then 「前項の規程に準用する」: the 規程 the paragraph before names
        yield ctx.finding(
            "confusable-word", span,
            f"「{ctx.text[max(0, span[0] - 6):span[1]].rpartition(chr(10))[2]}」の「規程」は「規定」（条項の定め）と思われます。"
            f"「規程」は規則の集まり（経費精算規程）を指し、条項が持つものでも「規程する」と動詞になるものでもありません。",
            f"「規程」 (a set of rules) where a provision, 「規定」, is meant.",
            suggestion="規定", severity="warning")


# 召集 is said of the Diet alone (憲法第7条「国会を召集すること」; formerly of the army); every other meeting, a 総会, a
# 理事会, a union's 大会 or a society's 会議, is 招集される (会社法第296条, 一般社団法人法第36条). An article that speaks of
# such a meeting and nowhere of the Diet means 招集 by each 召集 it writes, its caption too (「（召集）」, 「臨時総会は役員会
# において必要と認めた時に召集する」, where the words next to it do not say what is convened). Only the article is read: a
# diff checks the articles it changed.
_CONVOKED = re.compile(r"召集")
_MEETING = re.compile(r"総会|理事会|委員会|役員会|評議員会|幹事会|代議員会|総代会|大会|例会|会議|集会")
_DIET = re.compile(r"国会|議院|臨時会|特別会|常会|(?<!代)議員|詔書|自衛|防衛|軍")


def _convened_findings(ctx: Context, told: set):
    text = ctx.text
    for m in ctx.finditer(_CONVOKED):
        if m.span() in told:
            continue
        art = ctx.article_at(m.start())
        lo, hi = art.span if art is not None else ctx.line_span(m.start())
        if not _MEETING.search(text, lo, hi) or _DIET.search(text, lo, hi):
            continue
        around = text[max(lo, m.start() - 6):min(hi, m.end() + 4)].replace("\n", " ")
        yield ctx.finding(
            "confusable-word", m.span(),
            f"「{around}」の「召集」は「招集」の誤りと思われます。総会・理事会・会議を集めるのは「招集」。「召集」は国会（と旧軍）に限って"
            f"使う語です。",
            f"「召集」 in 「{around}」 is probably 「招集」: a general meeting or a board is 招集される; 召集 is said of the Diet only.",
            suggestion="招集", severity="warning")


# ------------------------------------------------------------------ words decided by their context


_LITERAL_HEAD = re.compile(r"[^\\\[\](){}?*+|.^$]+")


@dataclass(frozen=True)
class ContextRow:
    """One row of a before/wrong/after/right/severity/note table (context_table)."""

    literal: str  # what a match must hold (the wrong form's fixed head), or "" when it has none
    pattern: re.Pattern  # before, then the wrong form as group ``w``, then after as a look-ahead
    # the wrong form and what follows, and before anchored at its end: a row with a literal is tried only where the
    # literal occurs, its before read back from there (at most ``reach`` characters), instead of scanning the whole
    # text with a pattern that opens on an alternation (the table's rows cost most of their rule so on a law)
    at_wrong: re.Pattern | None
    before: re.Pattern | None
    reach: int
    right: str  # may name the wrong form's groups (\g<v>)
    severity: str
    note: str


# a before this wide at most is read back from the literal; a wider one (an open-ended repeat) scans the text
_MAX_REACH = 200


@lru_cache(maxsize=None)
def context_table(name: str) -> tuple[ContextRow, ...]:
    out = []
    for row in load_tsv(name):
        before, wrong, after, right = row[0], row[1], row[2], row[3]
        severity = row[4] if len(row) > 4 and row[4] else "warning"
        note = row[5] if len(row) > 5 else ""
        rest = f"(?P<w>{wrong})" + (f"(?={after})" if after else "")
        rx = (f"(?:{before})" if before else "") + rest
        head = _LITERAL_HEAD.match(wrong)
        literal = head.group(0) if head else ""
        if literal and wrong[len(literal):len(literal) + 1] in ("?", "*", "{"):
            literal = literal[:-1]  # 号の? needs no の: the optional character is no part of what must occur
        reach = _width(before) if before else 0
        windowed = bool(literal) and reach <= _MAX_REACH
        out.append(ContextRow(literal, re.compile(rx, re.M), re.compile(rest, re.M) if windowed else None,
                              re.compile(f"(?:{before})\\Z", re.M) if windowed and before else None, reach,
                              right, severity, note))
    return tuple(out)


def _width(pattern: str) -> int:
    """The most characters ``pattern`` can match."""
    return re._parser.parse(pattern).getwidth()[1]


def _context_matches(ctx: Context, row: ContextRow):
    """The matches of ``row`` in the text ``ctx`` scans (its group ``w`` is the wrong form)."""
    if row.at_wrong is None:
        yield from ctx.finditer(row.pattern)
        return
    text = ctx.text
    for hit in ctx.finditer(_literal_pattern(row.literal)):
        m = row.at_wrong.match(text, hit.start())
        if m is not None and (row.before is None or row.before.search(text, max(0, hit.start() - row.reach),
                                                                     hit.start())):
            yield m


@lru_cache(maxsize=None)
def _literal_pattern(literal: str) -> re.Pattern:
    return re.compile(re.escape(literal))


def context_findings(ctx: Context, rule_id: str, table: str):
    text = ctx.scanned_text
    seen = set()  # two contexts may decide the same word (懲罰動機を発議): one finding
    for row in context_table(table):
        if row.literal and row.literal not in text:
            continue
        for m in _context_matches(ctx, row):
            span = m.span("w")
            if span in seen:
                continue
            seen.add(span)
            wrong = m.group("w")
            fixed = m.expand(row.right) if "\\g<" in row.right else row.right
            lo, hi = ctx.line_span(span[0])  # (the words around it on its line: a unit's finding quotes its unit only)
            around = ctx.text[max(lo, span[0] - 4):min(hi, span[1] + 4)]
            if row.severity == "info":
                ja = f"「{wrong}」→「{fixed}」（「{around}」）。{row.note}"
                en = f"Legal style writes 「{fixed}」 for 「{wrong}」 (「{around}」)."
            else:
                ja = f"「{around}」の「{wrong}」は「{fixed}」の誤りと思われます。{row.note}"
                en = f"「{wrong}」 in 「{around}」 is probably 「{fixed}」 (the words around it decide)."
            yield ctx.finding(rule_id, span, ja, en, suggestion=fixed, severity=row.severity)


@rule("legal-style", "info", "法令用語の書き方", "legal drafting style", scope="unit")
def legal_style(ctx: Context):
    yield from context_findings(ctx, "legal-style", "legal_style.tsv")


# ------------------------------------------------------------------ grammar slips

_ROW_U = dict(zip("かがさたなばまらわ", "くぐすつぬぶむるう"))  # a 五段 verb's 未然形 ending → its 終止形 ending
# さ入れ言葉: a 五段 verb's 未然形 takes せる (行わせる); させる belongs to the other verbs. MeCab reads 行わさせ
# either as 行わ + させ or as 行わさ (a spoken 行わす) + せ: both are looked at.
_SA_IRE = re.compile(r"(?<=[\u4e00-\u9fff々ぁ-ゖ])[かがさたなばまらわ]させ")
# a plain negative with the polite です glued on: the polite negative is ません (なりません, できません)
_NAI_DESU = re.compile(r"(?:ない|ません)です")
_POLITE = {"ならない": "なりません", "できない": "できません", "いけない": "いけません"}


@lru_cache(maxsize=None)
def _lexical_causatives() -> tuple[str, ...]:
    return tuple(row[0] for row in load_tsv("lexical_causatives.tsv"))


@lru_cache(maxsize=None)
def _sahen_five_step() -> re.Pattern:
    stems = "".join(row[0][:-2] for row in load_tsv("sahen_verbs.tsv"))
    # (before a kana noun of this list, or before any kanji the tagger reads as a noun's start: 「立場に関す責任」)
    return re.compile(rf"(?<![\u4e00-\u9fff々])[{stems}]す(?=こと|もの|とき|ため|よう|[\u4e00-\u9fff])")


def _sa_ire_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_SA_IRE):
        k = m.start()  # the 未然形's last kana
        tok = ctx.token_at(k)
        if tok is None or tok.pos != "動詞":
            continue
        nxt = ctx.token_at(tok.end)
        if nxt is None or nxt.start != tok.end:
            continue
        row = _ROW_U[text[k]]
        if tok.end == k + 1 and tok.lemma == tok.surface[:-1] + row and nxt.surface.startswith("させ"):
            pass  # 使わ (使う) + させ
        elif tok.end == k + 2 and tok.surface.endswith("さ") and tok.lemma == tok.surface[:-1] + "す" \
                and nxt.surface.startswith("せ"):
            pass  # 行わさ (a spoken 行わす) + せ
        else:
            continue
        stem = text[tok.start:k + 1]
        if any((stem + "す").endswith(v) for v in _lexical_causatives()):
            continue  # 動かさせる, 減らさせる: the causative of a verb of its own
        span = (tok.start, m.end())
        fixed = stem + "せ"
        yield ctx.finding(
            "grammar-slip", span,
            f"「{text[span[0]:span[1]]}」はさ入れ言葉です。五段動詞の使役は「{fixed}る」の形です（行わせる、使わせる）。",
            f"「{text[span[0]:span[1]]}」 inserts a superfluous さ: the causative of a godan verb is 「{fixed}る」.",
            suggestion=fixed)


def _nai_desu_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_NAI_DESU):
        neg, desu = ctx.token_at(m.end() - 3), ctx.token_at(m.end() - 2)  # ない's い, or ません's ん; です
        if neg is None or neg.pos != "助動詞":
            continue  # 少ないです, 問題ないです: an adjective takes です
        if desu is None or desu.surface != "です" or desu.start != m.end() - 2:
            continue  # しないですむ: the て-form ないで and 済む
        start, fixed = m.start(), "ません"
        if m.group(0) == "ないです":
            verb = ctx.token_at(start - 1)
            if verb is not None and verb.pos == "動詞":
                start = verb.start
            written = text[start:m.start() + 2]
            fixed = next((written[:-len(plain)] + polite for plain, polite in _POLITE.items()
                          if written.endswith(plain)), None)
        span = (start, m.end())
        yield ctx.finding(
            "grammar-slip", span,
            f"「{text[span[0]:span[1]]}」は否定の普通体に「です」を付けた形です。丁寧な否定は「ません」で結びます"
            f"（ならないです → なりません）。",
            f"「{text[span[0]:span[1]]}」 glues です onto a plain negative; the polite negative ends in ません.",
            suggestion=fixed, severity="info" if spoken_register(ctx) else None)  # (an FAQ's answers talk so)


# 「推薦することはありせん」, 「利用できせん」: ません with its ま dropped. The せ MeCab reads after a verb is the causative's
# only after the verb's 未然形 (行か|せ, an a-row kana); after a 連用形 (あり, でき, 負い) no Japanese writes せん.
_DROPPED_MA = re.compile(r"(?<=[\u3041-\u3093\u4e00-\u9fff])せん(?![たせ])")
_MIZEN_KANA = frozenset("あかさたなはまやらわがざだばぱ")


def _dropped_ma_findings(ctx: Context):
    for m in ctx.finditer(_DROPPED_MA):
        verb, se = ctx.token_at(m.start() - 1), ctx.token_at(m.start())
        if verb is None or verb.pos != "動詞" or verb.end != m.start() or verb.surface[-1] in _MIZEN_KANA:
            continue
        if se is None or se.pos != "助動詞" or se.start != m.start():
            continue
        yield ctx.finding(
            "grammar-slip", (verb.start, m.end()),
            f"「{verb.surface}せん」は「{verb.surface}ません」の「ま」が抜けた形と思われます。",
            f"「{verb.surface}せん」: the ま of 「{verb.surface}ません」 seems dropped.",
            suggestion=f"{verb.surface}ません")


# 「「委嘱免除」の手続きを事前に行うとする。」: the set sentence end of a duty, ものとする, with its もの dropped. とする
# after a verb's plain form closes no sentence of a contract (after a volitional form, 行おうとする, it is an attempt)
_MONO_DROPPED = re.compile(r"(?<=[\u3041-\u3093])と(?:する|します)(?=。)")
_VOLITIONAL_END = re.compile(r"(?:[おこそとのほもよろごぞどぼぽ]う|よう)$")
# the document writes ものとする (ものとします…) this often: its way of closing a duty, which the slip breaks
_MONO_WRITTEN = 3


def _mono_dropped_findings(ctx: Context):
    if ctx.full.text.count("ものと") < _MONO_WRITTEN:
        return  # a text that never closes a duty with ものとする (「…収めるとする。」 throughout) writes so by habit
    for m in ctx.finditer(_MONO_DROPPED):
        verb = ctx.token_at(m.start() - 1)
        if verb is None or verb.pos != "動詞" or verb.end != m.start() or _VOLITIONAL_END.search(verb.surface) \
                or verb.surface[-1] not in "うくすつぬふむゆるぐずづぶぷ":
            continue
        yield ctx.finding(
            "grammar-slip", m.span(),
            f"「{verb.surface}{m.group(0)}」は「{verb.surface}もの{m.group(0)}」の「もの」が抜けた形と思われます。",
            f"「{verb.surface}{m.group(0)}」: the もの of 「{verb.surface}もの{m.group(0)}」 seems dropped.",
            suggestion="もの" + m.group(0), excerpt=ctx.text[max(0, verb.start - 6):m.end() + 1])


# 「本サービスを利用しないください」: a request not to act is ないでください; ない before ください has lost its で
_NAI_KUDASAI = re.compile(r"ない(?=くださ|下さ)")


def _nai_kudasai_findings(ctx: Context):
    for m in ctx.finditer(_NAI_KUDASAI):
        t = ctx.token_at(m.start())
        if t is None or t.pos != "助動詞" or t.start != m.start():
            continue  # (少ないください is no Japanese either, but 少ない is an adjective: not this slip)
        yield ctx.finding(
            "grammar-slip", m.span(),
            "「ないください」は「ないでください」の「で」が抜けた形です。",
            "「ないください」 has lost the で of 「ないでください」.",
            suggestion="ないで", excerpt=ctx.text[max(0, m.start() - 6):m.end() + 6])


# 「…に関する条例（平成１３年秋田県条例第６４号。）第２条」: the number of a law in brackets is a name, no sentence; 。
# closes a bracket only where it holds one (「（以下「条例」という。）」)
_LAW_NUMBER_STOP = re.compile(r"[（(](?:明治|大正|昭和|平成|令和)[0-9０-９元一二三四五六七八九十百]+年[^（）()\n。]{0,16}?"
                              r"第[0-9０-９一二三四五六七八九十百千]+号(。)[）)]")


def _law_number_stop_findings(ctx: Context):
    for m in ctx.finditer(_LAW_NUMBER_STOP):
        yield ctx.finding(
            "grammar-slip", m.span(1),
            "法令番号だけの括弧（「（平成13年条例第64号）」）に句点「。」は付けません。句点は「（以下「…」という。）」の"
            "ように文を含む括弧の末尾に付けます。",
            "A bracket holding only a law's number takes no 。; 。 closes a bracket that holds a sentence "
            "(「（以下「…」という。）」).",
            suggestion="", excerpt=m.group(0))


# 「…の神を奉斎し。公衆礼拝の施設を備え…」: a verb's continuative (し) closed by 。 with the sentence going on after it: the
# 読点 typed as a 句点. (Not 無し, 但し, 若し: words that end so; not at a line's end, where a heading or a list may stop.)
_CONTINUATIVE_STOP = re.compile(r"(?<=[\u4e00-\u9fff])(?<![無但若尚如])し。(?=[\u4e00-\u9fff])")


def _continuative_stop_findings(ctx: Context):
    for m in ctx.finditer(_CONTINUATIVE_STOP):
        t = ctx.token_at(m.start())
        if t is not None and t.pos == "名詞" and t.end == m.start() + 1:
            continue  # 「23.8 見出し。見出しは便宜のためのみであり」: a noun that ends in し (見出し), a caption closed by 。
        at = m.start() + 1
        yield ctx.finding(
            "grammar-slip", (at, at + 1),
            "連用形「…し」で文が切れています（「し。」）。文が続くので、句点「。」は読点「、」の誤りと思われます。",
            "A verb's continuative form (…し) is closed by 。 while the sentence goes on: 、 was meant.",
            suggestion="、", excerpt=ctx.text[max(0, m.start() - 6):m.end() + 6])


def _sahen_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_sahen_five_step()):
        verb = text[m.start()]
        if "\u4e00" <= text[m.end():m.end() + 1] <= "\u9fff" and text[m.end()] not in "事者時旨":
            noun = ctx.token_at(m.end())
            if noun is None or noun.start != m.end() or noun.pos != "名詞":
                continue  # a noun the verb qualifies (関す|責任, 有す|権利), not a kanji of what MeCab reads otherwise
        yield ctx.finding(
            "grammar-slip", m.span(),
            f"「{verb}す」はサ変動詞「{verb}する」の五段活用の形です。名詞に続く形は「{verb}する」"
            f"（{verb}すること）。",
            f"「{verb}す」 before a noun: the attributive form of the suru-verb is 「{verb}する」.",
            suggestion=verb + "する")


# ら抜き言葉: the potential of a 一段 or カ変 verb is 未然形 + られる (受けられる, 見られる, 来られる); 受けれる, 見れる,
# 来れる drop the ら. A 一段 verb's 未然形 ends in an i- or e-row kana (受け, 信じ), or is one of the one-kanji stems
# (見, 着, 寝, 出, 似, 来); a 五段 verb's ends in the a-row (書か + れる is its passive, right). れば is the 仮定形.
_I_E_ROW = "いきぎしじちぢにひびぴみりえけげせぜてでねへべぺめ"
_ONE_KANJI_ICHIDAN = "見着寝出似来"
_RA_NUKI = re.compile(rf"(?<=[{_I_E_ROW}{_ONE_KANJI_ICHIDAN}])れ(?![ばら])")  # 定めれられ: a stray れ, not ら抜き


def _ra_nuki_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_RA_NUKI):
        k = m.start()  # the れ
        tok = ctx.token_at(k - 1)
        if tok is None or tok.pos != "動詞" or not tok.lemma.endswith("る"):
            continue
        stem = text[tok.start:k]
        if not (stem[-1] in _I_E_ROW or stem in _ONE_KANJI_ICHIDAN) or tok.lemma == "為る":
            continue
        if tok.end > k:  # one token: 受けれる, 受けれ(ない)
            if tok.lemma != stem + "る" or tok.surface not in (stem + "れ", stem + "れる"):
                continue
            nxt = ctx.token_at(tok.end)
            if nxt is not None and nxt.start == tok.end and nxt.surface in ("ば", "ど", "ども"):
                continue  # 受ければ: the 仮定形
            end = tok.end
        else:  # two tokens: 信じ (信ずる) + れる (助動詞)
            if tok.end != k:
                continue
            nxt = ctx.token_at(k)
            if nxt is None or nxt.start != k or nxt.pos != "助動詞" or nxt.lemma != "れる":
                continue
            end = nxt.end
        span = (tok.start, end)
        written = text[span[0]:span[1]]
        fixed = stem + "ら" + text[k:end]
        yield ctx.finding(
            "grammar-slip", span,
            f"「{written}」はら抜き言葉です。一段動詞・カ変動詞の可能・受身は「{fixed}」の形です（受けられる、見られる）。",
            f"「{written}」 drops the ら of the potential: 「{fixed}」.",
            suggestion=fixed)


# 「…ものとする」 follows a verb's or an adjective's attributive form (届け出るものとする, 提出するものとする, 必要なものと
# する). A kanji right before it has lost the verb's ending (「これを届出ものとする」); so has a verb's 連用形 in the e-row
# (「翌営業日に行われものとします」: its る). The 371 documents of the corpus, the fixtures and the samples write
# ものとする about 3,000 times, a kanji before it once and an e-row stem never but as slips (「出品を行ものとし」).
_ENDING_DROPPED_BEFORE_MONO = re.compile(
    r"(?<![\u4e00-\u9fff々])(?P<word>[\u4e00-\u9fff々]{1,6})(?P<stem>[ぁ-ゖ]?[えけげせぜてでねべぺめれ])?"
    r"(?=もの(?:とする|とします|とし[、,，]))")


def _ending_dropped_before_mono_findings(ctx: Context):
    for m in ctx.finditer(_ENDING_DROPPED_BEFORE_MONO):
        word = m.group(0)
        if m.group("stem"):
            yield ctx.finding(
                "grammar-slip", (m.start(), m.end() + 2),
                f"「{word}ものとする」は、動詞の語尾「る」が抜けています（「{word}るものとする」）。",
                f"「{word}ものとする」: the verb's る is missing (「{word}るものとする」).",
                suggestion=f"{word}るもの")
        else:
            yield ctx.finding(
                "grammar-slip", (m.start(), m.end() + 2),
                f"「{word}ものとする」は、「{word}」のあとの動詞の語尾が欠けています"
                f"（行ものとする → 行うものとする、届出ものとする → 届け出るものとする、提出ものとする → 提出するものとする）。",
                f"「{word}ものとする」: the verb's ending after 「{word}」 is missing (行うものとする, 提出するものとする).")


# 「書類のみに基づいてのみ仲裁を行う」: one limit said twice around the verb that carries it (書類のみに基づいて, or 書類に
# 基づいてのみ): an edit that moved the のみ and left the first. Within one short clause only.
_LIMIT_TWICE = re.compile(r"のみ(?:に|を|で|が|から)?[^、。のみ\n]{1,10}?[てで]のみ")


def _limit_twice_findings(ctx: Context):
    for m in ctx.finditer(_LIMIT_TWICE):
        yield ctx.finding(
            "grammar-slip", m.span(),
            f"「{m.group(0)}」: 限定の「のみ」が一つの句に二度あります。どちらか一方で足ります。",
            f"「{m.group(0)}」: the limiting のみ is written twice in one phrase; one of them is enough.")


@rule("grammar-slip", "warning", "文法の誤り", "grammar slip", scope="unit")
def grammar_slip(ctx: Context):
    yield from _ending_dropped_before_mono_findings(ctx)
    yield from _limit_twice_findings(ctx)
    yield from _sa_ire_findings(ctx)
    yield from _ra_nuki_findings(ctx)
    yield from _nai_desu_findings(ctx)
    yield from _dropped_ma_findings(ctx)
    yield from _nai_kudasai_findings(ctx)
    yield from _law_number_stop_findings(ctx)
    yield from _mono_dropped_findings(ctx)
    yield from _sahen_findings(ctx)
    yield from _continuative_stop_findings(ctx)
    yield from particle_findings(ctx)
    yield from honorific_findings(ctx)
    yield from party_acting_on_itself_findings(ctx)


# the document's own terms said to be concluded between the parties, as a contract is: 「本規約は、当社と…との間で締結
# されるものです」, 「本規約を締結し」 (「…に基づき締結される契約」 is the contract made under them, not the terms)
_TERMS_MADE = re.compile(r"(?:本|この)[^\s「」。、]{0,8}?(?:規約|約款)(?:[（(][^（）()\n]{0,40}[）)])?(?:を締結|は[、，]?(?:[^。\n（(]|[（(][^（）()]{0,80}[）)]){0,200}?との間で?締結され)")


@rule("confusable-word", "error", "誤字・誤用", "misspelled or misused word", scope="unit")
def confusable_word(ctx: Context):
    yield from compound_particle_findings(ctx)
    told = set()
    for f in context_findings(ctx, "confusable-word", "context_confusables.tsv"):
        if f.suggestion == "契約" and _TERMS_MADE.search(ctx.text):
            continue  # a document that makes its 規約 the contract (「本規約は、当社と…との間で締結されるものです」)
            # terminates it as one: 「本規約を解除する」 is its own usage, if loose
        told.add(f.span)
        yield f
    yield from _convened_findings(ctx, told)
    yield from _unvoiced_toori_findings(ctx)
    yield from _kitei_findings(ctx)
    entries, _rx = _confusables()
    text = ctx.text
    for m in listed_confusables(ctx):
        right, note, exceptions = entries[m.group(0)]
        if exceptions and _inside_exception(text, m.start(), m.end(), exceptions):
            continue
        yield ctx.finding(
            "confusable-word", m.span(),
            f"「{m.group(0)}」は「{right}」の誤りと思われます。{note}",
            f"「{m.group(0)}」 is probably a misspelling of 「{right}」.",
            suggestion=right,
        )
