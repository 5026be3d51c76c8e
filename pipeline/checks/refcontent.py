"""reference-content-mismatch: a citation whose target exists but is about something else.

「第68条第2項に規定する暴力団」 where 第68条 is 合意管轄裁判所 and 暴力団 is defined in 第73条;
「第48条第（10）号に関する訴訟」 where (10) is 特別の管理 and (11) is the lawsuit; 「第70条に基づく細則」
where 第71条 is titled 細則. The key term is the noun the citation qualifies (…に規定する X, …に定める X,
…に掲げる X, …に基づく X, …に関する X). It fits the target when the target's title or text holds it.

Precision first: reported only when the target holds the term nowhere and exactly one other provision
fits clearly — a sibling item or paragraph of the target holding the term, or else the one article whose
title names it (or the one paragraph that defines it). A generic noun (期間, 手続, 事項…) is evidence only
when that provision is the cited article's neighbour (「第14条に定める期間」 where 第15条 is 契約期間: the
citation was not renumbered when an article was removed). Otherwise nothing is said.

A citation left one off also hits an article that speaks of the term without being about it (「第39条に定める
理事長」 where 第39条 is 副理事長 and 第38条 is 理事長). There the article next door is suggested only when its
title names the term and the cited one's does not, the other neighbour fits less, and — when the cited
article speaks of the term at all — the neighbour is titled by the term itself while the cited paragraph
neither holds nor defines it (see _neighbour).

A bare 前条 cited for what the paragraph before says (「前条の査定基準は」 in 第6条第2項, 第6条第1項 setting the 査定基準
and 第5条 saying nothing of it) is reported with 前項 (see _previous_paragraph_meant).
"""

from __future__ import annotations

import bisect
import re
from itertools import chain
from functools import lru_cache

from ..grammar import WIDE_DIGITS, to_int
from ..tokens import is_verbal_noun, tokenize
from . import Context, article_label, compound_places, rule
from .chars import JOINING_CONJUNCTIONS
from ..model import Article
from .empty import empty_articles
from .refs import _reader_paragraphs, find_article, range_between, targets
from .refduty import violations_without_duty
from .refphrase import citations_against_their_phrase

# Qualifiers that say the cited provision itself names the term (…にいう X, …に規定する X, 第2条第1項第7号に定義される
# 「サービス」), unlike …による X or …に基づく X, where X is what is done under it (第2項による時間外労働: the overtime
# 第2項 permits).
_NAMING = r"に規定する|に規定された|に定める|に定められた|に掲げる|[にで]定義(?:する|される|された|した)|[にで]いう"
_QUALIFIER = re.compile(
    rf"(?:[)）])?(?:{_NAMING}|に規定の|(?:の規定)?に(?:基|もと)づく|に基づき定める|(?P<done>(?:の規定)?に(?:基|もと)づき)"
    r"|に関する|による"
    # the wording of terms of service: 第25条第3項に示す基準
    r"|に示す|に示される|に記載の|に記載する|に記載された)"
    r"(?=[\u3400-\u9fff々\u30a1-\u30ffー「])")
_QUOTED = re.compile(r"「([^「」\n]{2,20})」")
# nouns that name no content: any provision may be cited for them
_GENERIC = {"規定", "場合", "事項", "定め", "措置", "手続", "手続き", "期間", "方法", "内容", "者", "もの", "範囲",
            "要件", "基準", "義務", "責任", "権利", "行為", "ほか", "処分", "決議", "通知", "請求", "書面", "事由",
            "事務", "業務", "金額", "費用", "額", "日", "時", "期限", "対象", "条件", "承認", "届出", "申請", "実施"}


_KEY_WINDOW = 24
_BRACKET_ITEM = re.compile(r"第[（(]([0-9０-９]{1,3})[)）]号")


def _key_term(ctx: Context, end: int) -> str | None:
    text = ctx.text
    m = _QUALIFIER.match(text, end)
    if m is None:
        return None
    q = _QUOTED.match(text, m.end())
    if q is not None:  # 第5条に定める「本サービス利用期間」: a defined term, quoted whole
        return q.group(1)
    # the noun compound that follows, by tokens: 暴力団|の → 暴力団; 日|又は → 日. Only a short window after the
    # qualifier is tagged (the qualifier ends a word, and the key is at most 12 characters): a law cites
    # thousands of times from lines of hundreds of characters, and tagging those lines cost most of this rule.
    window = text[m.end():min(len(text), m.end() + _KEY_WINDOW)].split("\n", 1)[0]
    key = ""
    last = None
    for t in tokenize(window):
        if t.start != len(key) or t.pos not in ("名詞", "接尾辞", "接頭辞") or len(key) >= 12:
            break
        key += t.surface
        last = t
    # the head noun: 暴力団の構成員 → 暴力団 is taken whole; a trailing 等, or 内/中 (最低利用期間内: within
    # the period), is not part of it
    if last is not None and last.pos == "接尾辞" and last.surface in ("内", "中") and len(key) > 3:
        key = key[:-1]
    key = key.rstrip("等")
    if len(key) < 2:
        return None
    if m.group("done") and not _DONE_UNDER.match(window, len(key)):
        return None  # 「第5条に基づき、当社は」: what follows 基づき is the sentence's own, no act done under the article
    return key


# 「第５条の規定に基づき自己申告した教職員」: the act done under the cited provision, a verbal noun with する
_DONE_UNDER = re.compile(r"等?(?:し|する|した|して|され|させ)")


_OF_NOUN = re.compile(r"の([\u3400-\u9fff々\u30a1-\u30ffー]{1,8})")


def _titled_phrase(ctx: Context, end: int, key: str, part: str) -> str | None:
    """「第五条に定める卒業会員の代表」: the key and the noun its の takes (卒業会員の代表), when exactly one article of the
    part is titled so. The head noun alone (卒業会員) is what the article of the kinds of members holds too.

    A title says 本 or leaves it, as the citing text may (「第25条に定める本サービスの廃止」 for 第24条（サービスの廃止）,
    「規約の変更」 for （本規約の変更）), and gives a verb's noun its kana or not (当イベントの申込み for 第2条（当イベントの
    申し込み）): the phrase is returned as the title writes it."""
    m = _QUALIFIER.match(ctx.text, end)
    if m is None or not ctx.text.startswith(key, m.end()):
        return None
    of = _OF_NOUN.match(ctx.text, m.end() + len(key))
    if of is None:
        return None
    phrase = _without_okurigana(_undetermined((key + "の" + of.group(1)).rstrip("等")))
    titles = _part_titles(ctx, part)
    titled = [t for t, bare in titles if bare == phrase]
    if not titled and _SELF.fullmatch(key):
        # 「第3条に定める本会の目的」: the document's own 目的 is what its article （目的） is about
        noun = of.group(1).rstrip("等")
        titled = [t for t, _ in titles if t == noun]
    return titled[0] if len(titled) == 1 else None


def _part_titles(ctx: Context, part: str) -> list[tuple[str, str]]:
    """(title, the title without 本 and okurigana) of each titled article of ``part``, once per document (a law cites
    its articles by phrase hundreds of times)."""
    return ctx.memo("refcontent.titles:" + part, lambda: [
        (t, _without_okurigana(_undetermined(t)))
        for t in (_title_core(a.title) for a in ctx.doc.all_articles() if a.part == part and a.title)])


# How a document names itself or its author: 本会, 当会, 本法人, 当社, 弊社, 本組合
_SELF = re.compile(r"[本当弊][\u3400-\u9fff]{1,3}")


def _without_okurigana(name: str) -> str:
    """``name`` without the kana a kanji takes as its ending, which writers give or leave (申し込み, 申込み, 申込):
    the same word either way. の between two nouns is kept: it is no ending."""
    return _OKURIGANA.sub("", name)


_OKURIGANA = re.compile(r"(?<=[\u4e00-\u9fff])(?!の)[ぁ-ゖ]+")


def _title_core(title: str) -> str:
    return title.strip(" \u3000").rstrip("等")


def _undetermined(name: str) -> str:
    """``name`` without the determiner 本 (本サービス → サービス), which a title or a citation writes or leaves."""
    return name[1:] if name.startswith("本") and len(name) > 2 else name


def _stem(key: str) -> str | None:
    """A two-kanji noun's first kanji followed by kana: the native verb of the same word (訴訟 → 訴え)."""
    if len(key) == 2 and all("\u4e00" <= c <= "\u9fff" for c in key):
        return re.escape(key[0]) + "[ぁ-ゖ]"
    return None


def _generic(key: str) -> bool:
    return key in _GENERIC or any(key.endswith(g) and len(key) - len(g) < 2 for g in _GENERIC)


def _names(title: str, key: str) -> bool:
    """Does the title name ``key`` as the head of a word (暴力団、不良入居者 and 契約期間 do; 暴力団員の排除 does not)? Asked
    of a provision's text too: one that writes 管理 only inside longer words (管理組合, 管理費) says nothing of the 管理
    it carries out (敷地及び共用部分等の管理, 管理を行う). 等 after it widens the word and still names it (（陳述書等の提出）)."""
    return next(compound_places(title, key, whole_start=False, before="等", katakana=False), None) is not None


def _text(ctx: Context, span: tuple[int, int]) -> str:
    return ctx.text[span[0]:span[1]]


def _holds(ctx: Context, span: tuple[int, int], key: str) -> bool:
    return key in _text(ctx, span).replace(" ", "")


def _holds_apart(ctx: Context, span: tuple[int, int], key: str) -> bool:
    """Does the provision say ``key`` as the act its compound names? 「…その一切の損害（…）を当社に賠償する責を負う」
    holds the 損害賠償金 a later paragraph cites it for: the compound's object, then を, then its verbal noun acted
    (賠償する, 賠償し), a few words apart (brackets aside). Nouns merely near each other (使用…細則) are no such phrase."""
    pattern = _act_phrase(key)
    return pattern is not None and pattern.search(_PARENTHETICAL.sub("", _text(ctx, span).replace(" ", ""))) is not None


_APART = 20  # the characters between the object and を, and between を and the verbal noun
_PARENTHETICAL = re.compile(r"[（(][^（）()]*[）)]")


@lru_cache(maxsize=1024)
def _act_phrase(key: str) -> re.Pattern | None:
    if re.search("[\u3041-\u3096]", key):
        return None
    words = [t.surface for t in tokenize(key) if t.pos == "名詞" and len(t.surface) >= 2]
    if len(words) != 2 or not is_verbal_noun(words[1]):
        return None
    obj, act = (re.escape(w) for w in words)
    return re.compile(f"{obj}[^。]{{0,{_APART}}}?を[^。]{{0,{_APART}}}?{act}(?:する|し|さ|す)")


@lru_cache(maxsize=1024)
def _definition_of(key: str) -> re.Pattern:
    k = re.escape(key)
    return re.compile(rf"「{k}」|{k}（[^）]{{0,80}}をいう|{k}\s")


def _defines(ctx: Context, span: tuple[int, int], key: str) -> bool:
    return bool(_definition_of(key).search(ctx.text, span[0], span[1]))


@lru_cache(maxsize=1024)
def _listed_before(cited: str) -> re.Pattern:
    """A citation of ``cited`` joined to the one that follows it (「第7条・」, 「第7条及び」)."""
    return re.compile(re.escape(cited) + r"(?:[・、，,]|及び|および|又は|または|並びに|ならびに)$")


@rule("reference-content-mismatch", "warning", "参照先の内容の不一致", "cited provision is about something else")
def reference_content_mismatch(ctx: Context):
    # one finding a citation, the surest first: the article that fits, where one does, says more than that the number is
    # its own; then a violation cited of a provision that imposes nothing; then a citation that breaks the document's
    # own set phrase (the same words around it cite another provision)
    told: list = []
    for found in (content_mismatches(ctx), _self_citations(ctx), violations_without_duty(ctx),
                  citations_against_their_phrase(ctx)):
        new = [f for f in found if not any(g.span[0] <= f.span[0] < g.span[1] for g in told)]
        yield from new
        told += new


_LISTED_WITH_OTHERS = re.compile(rf"(?:[、，・]|{JOINING_CONJUNCTIONS}|乃至|ないし|から|[～〜~－-])第")
_LISTED_AFTER_OTHERS = re.compile(rf"[条項号](?:[、，・]|{JOINING_CONJUNCTIONS})$")
_SUBDIVISION_AFTER = re.compile(r"[ \u3000]?[(（](?:[a-zA-Z]{1,2}|[ivxIVX]{1,4}|[0-9０-９]{1,2}|[ア-ン一二三四五六七八九十])[)）]")


def _self_citations(ctx: Context):
    """An article that cites itself by its number alone (「第３条　事業⏎第3条に定める本会の目的を…」, 「第2条 …第2条に定める
    必要書類を添付の上」): law and terms alike call their own article 本条 or この条, and cite its paragraphs as 前項, 第2項;
    a bare 第N条 inside 第N条 is a number slipped, the article meant being another (the purpose of 第2条, the documents
    listed in 第3条). Not in a 附則 (an amending act's 第一条 is the act's own), nor where two articles bear the number."""
    numbers = [a.number for a in ctx.doc.articles]
    for t in targets(ctx):
        src = t.source_article
        if src is None or t.relative or t.article != src.number or t.part != "main" or src.part != "main" \
                or t.paragraph is not None or t.item is not None or t.ref.article is None or t.range_from is not None:
            continue
        if numbers.count(src.number) != 1 or ctx.text[t.span[1]:t.span[1] + 1] in "第0123456789０１２３４５６７８９":
            continue  # (第6条1項: its own paragraph, cited in full)
        if ctx.text[t.span[0] - 1:t.span[0]] in ("本", "同") or ctx.text[max(0, t.span[0] - 2):t.span[0]] == "この":
            continue  # 「本第6条(b)は」: the article named as itself, its number said with 本
        if _LISTED_WITH_OTHERS.match(ctx.text, t.span[1]) or _LISTED_AFTER_OTHERS.search(ctx.text, 0, t.span[0]):
            continue  # 「第1条、第5条、第6条、第7条及び第8条は、…終了後も存続します」 in 第6条: a list of articles, itself among them
            # (or a range from it: 「…同条第5項、第１７条乃至第２１条の規定は、その効力が存続する」 in 第17条)
        cited = ctx.text[t.span[0]:t.span[1]]
        if _SUBDIVISION_AFTER.match(ctx.text, t.span[1]) or _SUBDIVISION_AFTER.search(cited[cited.find("条") + 1:]):
            continue  # 「第3条(a)」「第6条(b)」 inside 第3条, 第6条 (the Creative Commons legal code): a lettered or numbered
            # subdivision of its own article, cited in full
        para = src.locate(t.span[0])[0]
        if para is not None and para.label and "." in para.label.strip(".．"):
            continue  # (「2.1 AI 機能が…」: a subsection citing its section, 「第2条のとおり」, the whole it stands in)
        yield ctx.finding(
            "reference-content-mismatch", t.span,
            f"{article_label(src.number)}の中で「{ctx.text[t.span[0]:t.span[1]]}」と自らの条を番号で引いています。この条自身を"
            f"指すなら「本条」、別の条を指すなら番号の誤りです。",
            f"{article_label(src.number)} cites itself by its number: 「本条」 if it means itself, otherwise the number slipped.")


_NAMING_QUALIFIER = re.compile(rf"[)）]?(?:{_NAMING})")
# A term this long is particular enough that one paragraph holding it tells which was meant; a shorter one
# (裁判, 未納 cut from 未納の管理費等) recurs in paragraphs that are not about it.
_MIN_PARAGRAPH_KEY = 4


def _names_by_citation(text: str, end: int, key: str) -> bool:
    """Does the citation ending at ``end`` say the cited paragraph names ``key``, a term particular enough
    that a sibling paragraph holding it is the one meant?"""
    return len(key) >= _MIN_PARAGRAPH_KEY and not _generic(key) and _NAMING_QUALIFIER.match(text, end) is not None


def _member_holds(ctx: Context, t, article: str, para: int | None, key: str) -> bool:
    art = find_article(ctx, article, t.part, near=t.source_article)
    if art is None:
        return False
    p = _reader_paragraphs(art).get(para) if para is not None else None
    return bool(art.title and key in art.title) or _holds(ctx, (p or art).span, key)


def content_mismatches(ctx: Context) -> list:
    """The rule's findings, once per context: reference-shifted reads them as evidence of a renumbering."""
    return ctx.memo("refcontent.findings", lambda: list(_content_mismatches(ctx)))


def _content_mismatches(ctx: Context):
    text = ctx.text
    told = []
    for f in chain(_previous_paragraph_meant(ctx), _earlier_paragraph_meant(ctx)):
        told.append(f.span)
        yield f
    for f in chain(_another_articles_title(ctx), _another_sections_title(ctx)):
        if not any(a < f.span[1] and f.span[0] < b for a, b in told):
            yield f
    for t in targets(ctx):
        if t.article is None or t.ref.external or t.relative and t.ref.paragraph is None and t.ref.item is None:
            continue  # (a bare 前条 is read by what the paragraph before says; 前条第3号 names its item as 第7条第3号 does)
        end = t.span[1]
        bracket = _BRACKET_ITEM.match(text, end)  # 第48条第（10）号: the reference parser stops at 第48条
        if bracket is not None:
            end = bracket.end()
        key = _key_term(ctx, end)
        if key is None:
            continue
        key = _titled_phrase(ctx, end, key, t.part) or key
        if any(_member_holds(ctx, t, a, p, key) for a, p in (*t.listed_with, *range_between(ctx, t))):
            continue  # 第2条及び第3条に規定する遅延損害金: the list names the article that holds it
        art = find_article(ctx, t.article, t.part, near=t.source_article)
        if art is None:
            continue
        if t.paragraph is None and t.item is None and bracket is None and art in empty_articles(ctx):
            # 「第2条に定める月会費会員」 where 第2条（月会員） has a heading and nothing under it: what is cited is missing
            cited = text[t.span[0]:_QUALIFIER.match(text, end).end()] + key
            where = article_label(art.number) + (f"（{art.title}）" if art.title else "")
            yield ctx.finding(
                "reference-content-mismatch", t.span,
                f"「{cited}」とありますが、{where}には見出しだけで本文がありません。参照先の定めが欠けています。",
                f"「{cited}」: {where} has a heading and no text, so what is cited is missing.")
            continue
        paras = _reader_paragraphs(art)
        para = paras.get(t.paragraph) if t.paragraph is not None else None
        if t.paragraph is not None and para is None:
            continue  # dangling: another rule
        item = None
        t_item = t.item
        if t_item is None and bracket is not None:  # an item number written in brackets
            t_item = int(bracket.group(1).translate(WIDE_DIGITS))
        if t_item is not None:
            pool = [para] if para is not None else list(art.paragraphs)
            item = next((it for p in pool for it in p.items if it.number == t_item and "の" not in it.label), None)
            if item is None:
                continue
        target_span = item.span if item is not None else para.span if para is not None else art.span
        suggestion = handed_on = None
        held = (art.title and key in art.title) or _holds(ctx, target_span, key)
        if not held and not _QUOTED.match(text, _QUALIFIER.match(text, end).end()) \
                and _holds_apart(ctx, target_span, key):
            continue  # 「本条第1項に定める損害賠償金」 over 「…損害を当社に賠償する責を負う」: the cited provision says it in a
            # phrase (a term quoted as defined, 「第1条第2項に定義される「利用契約」」, must stand there as written)
        if held:
            if item is not None:
                continue
            suggestion = _neighbour(ctx, t, art, key, end)
            if suggestion is None:
                handed_on = suggestion = _handed_on(ctx, t, target_span, key, end)
            if suggestion is None:
                continue
        if item is not None:
            # a sibling item holding the term: 第48条(11) for the lawsuit
            pool = [para] if para is not None else list(art.paragraphs)
            # (not the item the citation stands in: 「③第１号による成果の一般公開」 speaks of the 成果 it cites)
            others = [it for p in pool for it in p.items if it is not item and it.number is not None
                      and not it.span[0] <= t.span[0] < it.span[1]]
            sibs = [it for it in others if _holds(ctx, it.span, key)]
            stem = _stem(key)
            if not sibs and stem and not re.search(stem, _text(ctx, item.span)):
                # the same word in its verb form: 訴訟 cited, 「訴えの提起」 in the sibling (訴 + kana)
                sibs = [it for it in others if re.search(stem, _text(ctx, it.span))]
            if len(sibs) == 1:
                sib = sibs[0]
                suggestion = article_label(art.number) + (f"第{t.paragraph}項" if t.paragraph else "") + _item_cite(t, sib)
        elif para is not None and suggestion is None:
            if _holds(ctx, art.span, key):
                # the article speaks of it elsewhere: a paragraph slip when one other paragraph alone holds a
                # particular term (「第8条第5項にいうサーバー側データ」 where only 第4項 lists it), unless the article
                # next door is clearly the one about it
                suggestion = _neighbour(ctx, t, art, key, end)
                if suggestion is None and _names_by_citation(text, end, key):
                    holding = [n for n, p in paras.items() if p is not para and _holds(ctx, p.span, key)
                               and not p.span[0] <= t.span[0] < p.span[1]]
                    if len(holding) == 1:
                        suggestion = article_label(art.number) + f"第{holding[0]}項"
                if suggestion is None:
                    continue
        titled_exactly = None
        if suggestion is None and item is None:
            same_part = [a for a in ctx.doc.all_articles() if a.part == art.part and a is not art]
            titled = [a for a in same_part if a.title and a.title.strip() in (key, key + "等")]  # titled exactly 細則 first
            titled_exactly = titled[0] if len(titled) == 1 else None
            if len(titled) != 1:
                titled = [a for a in same_part if a.title and _names(a.title, key)]
            if len(titled) == 1:
                cand = titled[0]
                suggestion = article_label(cand.number)
                if t.paragraph is not None:
                    cparas = _reader_paragraphs(cand)
                    defining = [n for n, p in cparas.items() if _defines(ctx, p.span, key)]
                    n = t.paragraph if t.paragraph in cparas and _holds(ctx, cparas[t.paragraph].span, key) else (
                        defining[0] if len(defining) == 1 else None)
                    if n is None:
                        continue
                    suggestion += f"第{n}項"
            elif not titled and t.paragraph is None and len(captioned := [
                    (a, n) for a in same_part for n, p in _reader_paragraphs(a).items()
                    if _paragraph_caption(text, p.span) in (key, key + "等")]) == 1:
                # 「第十二条に基づく臨時総会」 where 第十三条 captions its third paragraph （臨時総会）: the one provision
                # titled by the term is a paragraph
                a, n = captioned[0]
                suggestion = article_label(a.number) + f"第{n}項"
            elif not titled and t.paragraph is not None:
                defining = [(a, n, p) for a in same_part for n, p in _reader_paragraphs(a).items() if _defines(ctx, p.span, key)]
                if len(defining) == 1:
                    a, n, p = defining[0]
                    if p.span[0] <= t.span[0] < p.span[1]:
                        # 「「利用契約」とは、第１条第２項に定義される「利用契約」を意味します」: the only definition is
                        # the citing sentence, which hands it to a provision that gives none
                        cited = text[t.span[0]:end]
                        yield ctx.finding(
                            "reference-content-mismatch", (t.span[0], end),
                            f"「{cited}」は「{key}」について定めていません（{article_label(art.number)}）。この文書で"
                            f"「{key}」を定めるのはこの定義だけで、定義が参照先に委ねたまま空になっています。",
                            f"「{cited}」 is cited for 「{key}」 but says nothing about it; this definition, the only one, "
                            f"defers to it and so defines nothing.",
                            excerpt=text[t.span[0]:end + 12])
                        continue
                    suggestion = article_label(a.number) + f"第{n}項"
        if suggestion is None and item is None:
            suggestion = _neighbour(ctx, t, art, key, end)
            if suggestion is None and not _title_fit(art.title, key) and not _holds(ctx, art.span, key):
                # the key says nothing of the cited article or its neighbours: the phrase it opens may be what is
                # cited, its head (「第11条に定める各区分所有者の共用部分の共有持分割合」 where 第10条 is 共有持分)
                head = _phrase_head(text, _QUALIFIER.match(text, end).end() + len(key))
                if head is not None and (suggestion := _neighbour(ctx, t, art, head, end)) is not None:
                    key = head
        if suggestion is None:
            continue
        if _generic(key) and not _next_door(art.number, suggestion):
            continue  # a generic noun (期間, 手続) is evidence only for the article next door: an off-by-one citation
        if _listed_before(suggestion).search(text, max(0, t.span[0] - 30), t.span[0]):
            continue  # 「第7条・第8条に規定された検閲行為」: the provision that fits is cited with it, the pair named together
        key_end = _QUALIFIER.match(text, end).end() + len(key)
        if _title_in_clause(text, art, key_end):
            continue  # 「第8条に定める要件を満たす奨学金」 with 第8条（支援対象奨学金）: the clause names what the article is about
        if _generic(key) and _title_before(text, art, t.span[0]):
            continue  # 「商品アイテムを当社に返却する場合は、第10条に定める方法で」 with 第10条（商品アイテムの配送、保管および
            # 返送）: a generic noun (方法) of what the sentence speaks of, which the cited article is about
        if _respectively(text, t.span[0], key_end):
            continue  # 「次号及び第3号に規定する駐車場及び駐輪場」: two citations for two nouns, each in its order
        if suggestion in _citing_provision(ctx, t.span[0]) and not (
                titled_exactly is not None and suggestion == article_label(titled_exactly.number)):
            # the provision that fits is the one citing: it speaks of the term because it cites it for it. Not an
            # article its title gives to the term (第5条（自己申告等） citing 「第7条の規定に基づき自己申告した」, 第7条
            # being 雑則): what the article is about is not borrowed from the provision it cites
            continue
        start = t.span[0]
        if t.relative and text.startswith(t.relative, start - len(t.relative)):
            start -= len(t.relative)  # 「前条第3号」 told whole: 第3号 alone does not say which article
        cited = text[start:end]
        where = article_label(art.number) + (f"（{art.title}）" if art.title else "")
        number = re.match(r"第(\d+)条(?!の)", suggestion)
        shown = _shown_key(ctx, key, key_end, find_article(ctx, number.group(1), art.part, near=art) if number else None)
        if handed_on is not None:
            cited_here = article_label(art.number) + f"第{t.paragraph}項"
            ja = (f"「{cited}」は「{shown}」を定めていません。{cited_here}自身が「{shown}」を{suggestion}の定めるものとして"
                  f"使っています。定めているのは{suggestion}です。")
            en = (f"「{cited}」 is cited as defining 「{shown}」, but {cited_here} itself uses it as defined by "
                  f"{suggestion}, which does.")
        else:
            ja = f"「{cited}」は「{shown}」について定めていません（{where}）。「{shown}」を定めているのは{suggestion}です。"
            en = f"「{cited}」 is cited for 「{shown}」 but says nothing about it ({where}); {suggestion} does."
        yield ctx.finding("reference-content-mismatch", (start, end), ja, en, suggestion=suggestion,
                          excerpt=text[start:end + 12])


def _handed_on(ctx: Context, t, target_span: tuple[int, int], key: str, end: int) -> str | None:
    """The provision the cited one hands ``key`` on to, where the citation names the key as defined there (に定める,
    に規定する) and the cited paragraph itself writes it as defined by one other provision: 「第47条第1項に定める議決権
    総数」 where 第47条第1項 writes 「前条第1項に定める議決権総数」 (the vote of 第46条第1項, which the citation was
    shifted off). The cited provision's own citation says where the key is defined."""
    if t.paragraph is None or _generic(key) or not _NAMING_QUALIFIER.match(ctx.text, end):
        return None  # (「第一項に規定する場合」 where 第一項 writes 「前条第一項に規定する場合」: a case chained on, no slip)
    text = ctx.text
    found = set()
    for u in _targets_within(ctx, target_span):
        if u.article is None or u.ref.external or u.paragraph is None:
            continue
        named = _NAMING_QUALIFIER.match(text, u.span[1])
        if named is not None and text.startswith(key, named.end()):
            found.add((u.article, u.paragraph))
    if len(found) != 1:
        return None
    article, paragraph = found.pop()
    if (article, paragraph) == (t.article, t.paragraph):
        return None
    return article_label(article) + f"第{paragraph}項"


def _targets_within(ctx: Context, span: tuple[int, int]) -> list:
    """The document's references that stand inside ``span``."""
    found = targets(ctx)
    starts = ctx.memo("refcontent.target_starts", lambda: [u.span[0] for u in found])
    return found[bisect.bisect_left(starts, span[0]):bisect.bisect_left(starts, span[1])]


_TITLE_WORD = re.compile(r"[\u3400-\u9fff々\u30a1-\u30ffー]{2,}")
# what follows the key in its clause: up to its 、 or 。 (「…要件を満たす奨学金を対象とする」)
_CLAUSE_AFTER_KEY = 30


def _title_in_clause(text: str, art: Article, key_end: int) -> bool:
    """Does the rest of the citing clause, after its key, name the cited article's subject (a word of its title, or its
    tail of three characters or more: 支援対象奨学金 → 奨学金)? The key is then what the article requires of it."""
    if not art.title:
        return False
    clause = re.split(r"[、。\n]", text[key_end:key_end + _CLAUSE_AFTER_KEY], maxsplit=1)[0]
    for word in _TITLE_WORD.findall(_title_core(art.title)):
        # (a tail of three characters at least, or the whole word: 期間 alone is in too many clauses)
        tails = {word[i:] for i in range(len(word) - 2)} | {word}
        if any(t in clause for t in tails):
            return True
    return False


def _title_before(text: str, art: Article, start: int) -> bool:
    """Does the citing sentence, before the citation, name the cited article's subject (a word of its title of three
    characters or more, whole: 商品アイテム of 商品アイテムの配送、保管および返送)?"""
    if not art.title:
        return False
    sentence = text[max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1:start]
    return any(len(word) >= 3 and word in sentence for word in _TITLE_WORD.findall(_title_core(art.title)))


_JOINED_CITATION_BEFORE = re.compile(r"(?:[条項号]|[)）])(?:及び|および|並びに|ならびに|又は|または|、|・)$")
_JOINED_NOUN_AFTER = re.compile(r"(?:及び|および|並びに|ならびに|又は|または|、|・)[\u3400-\u9fff\u30a1-\u30ff]")


def _respectively(text: str, start: int, key_end: int) -> bool:
    """Is the citation at ``start`` the second of two joined ones, and its key the first of two joined nouns (「次号及び
    第3号に規定する駐車場及び駐輪場」): each citation names one of the nouns, in their order?"""
    return _JOINED_CITATION_BEFORE.search(text, max(0, start - 6), start) is not None \
        and _JOINED_NOUN_AFTER.match(text, key_end) is not None


def _citing_provision(ctx: Context, pos: int) -> tuple[str, ...]:
    """How a suggestion would name the article and the paragraph that hold ``pos`` (第9条, 第9条第2項)."""
    art = ctx.article_at(pos)
    if art is None:
        return ()
    own = article_label(art.number)
    paras = [own + f"第{n}項" for n, p in _reader_paragraphs(art).items() if p.span[0] <= pos < p.span[1]]
    return (own, *paras)


# a paragraph's caption on its first line, after its label (「三項（臨時総会）」, 「２（解約手続）」)
_PARAGRAPH_CAPTION = re.compile(r"[^\n（(]{0,8}[（(]([^（()）\n]{2,20})[)）][ \u3000]*\n")


def _paragraph_caption(text: str, span: tuple[int, int]) -> str | None:
    m = _PARAGRAPH_CAPTION.match(text, span[0], span[1])
    return m.group(1).strip(" \u3000") if m else None


_OF_KEY = re.compile(r"の([\u3400-\u9fff々\u30a1-\u30ffー]{2,8})")
_BARE_PREVIOUS_ARTICLE = re.compile(r"前条(?![ \u3000]*第)")


# 「第3条の目的を阻害する」「前条の目的達成のために」: の and a noun that is the whole title of one article of the part
_OF_RUN = re.compile(r"の([\u3400-\u9fff々\u30a1-\u30ffー]{2,12})")


def _titled_articles(ctx: Context, part: str) -> dict[str, list[Article]]:
    """The titled articles of ``part`` by their title's core, once per document."""
    def build():
        out: dict[str, list[Article]] = {}
        for a in ctx.doc.all_articles():
            if a.part == part and a.title:
                out.setdefault(_title_core(a.title), []).append(a)
        return out
    return ctx.memo("refcontent.titled:" + part, build)


def _article_before(ctx: Context, here: Article) -> Article | None:
    """The article before ``here`` in its part (what a bare 前条 names)."""
    def build():
        before: dict[int, Article] = {}
        last: dict[str, Article] = {}
        for a in ctx.doc.all_articles():
            if a.part in last:
                before[id(a)] = last[a.part]
            last[a.part] = a
        return before
    return ctx.memo("refcontent.article_before", build).get(id(here))


def _another_articles_title(ctx: Context):
    """「第3条の目的を阻害する活動」 where 第3条 is （場所） and 第2条 （目的）: a whole article cited for what another
    article is titled by, and is about (also by 前条: 「前条の目的達成のために」 in the article after （場所）). Only a
    title that names one article of the part, none the cited article's title names or its text defines (「目的」,
    目的とは, を目的とする), and no word any provision may be cited for (規定, 手続)."""
    text = ctx.text
    cited = []  # (span of the citation, the article cited, the article it stands in, relative)
    for t in targets(ctx):
        if t.article is None or t.ref.external or t.paragraph is not None or t.item is not None \
                or t.range_from is not None or t.listed_with or not _OF_RUN.match(text, t.span[1]):
            continue
        art = find_article(ctx, t.article, t.part, near=t.source_article)
        if art is not None:
            cited.append((t.span, art, t.source_article, bool(t.relative)))
    for m in ctx.finditer(_BARE_PREVIOUS_ARTICLE):
        here = ctx.article_at(m.start())
        before = _article_before(ctx, here) if here is not None else None
        if before is not None:
            cited.append((m.span(), before, here, True))

    for span, art, source, relative in cited:
        m = _OF_RUN.match(text, span[1])
        if m is None:
            continue
        run, cores = m.group(1), _titled_articles(ctx, art.part)
        titled = [(run[:k], cores[run[:k]]) for k in range(2, len(run) + 1) if run[:k] in cores]
        if len(titled) != 1 or len(titled[0][1]) != 1:
            continue
        key, (meant,) = titled[0]
        rest = m.group(1)[len(key):]
        if _generic(key) or rest and not is_verbal_noun(rest):
            continue  # (「前条の目的達成」: the purpose and what is done for it; 「第5条の目的物」 is another word)
        if is_verbal_noun(key) or len(key) > 2 and is_verbal_noun(key[-2:]):
            continue  # 「第百三十条の二の許可」「第三十二条の航空身体検査証明」: an act done under the article cited (the
            # permission it requires), which a law cites so whatever article is titled by it
        if art is meant or meant is source or (art.title and key in art.title):
            continue
        body = _text(ctx, art.span)
        if f"「{key}」" in body or f"{key}とは" in body or f"{key}とする" in body:
            continue
        where = article_label(art.number) + (f"（{art.title}）" if art.title else "")
        right = article_label(meant.number)
        shown = text[span[0]:m.start(1) + len(key)]
        yield ctx.finding(
            "reference-content-mismatch", span,
            f"「{shown}」とありますが、{where}は{key}について定めていません。{key}を定めているのは{right}（{meant.title}）です。",
            f"「{shown}」: {where} is not about {key}; {right} ({meant.title}) is.",
            suggestion=None if relative else right, excerpt=shown)


def _another_sections_title(ctx: Context):
    """「（下記６．の個人番号および特定個人情報を除きます。）」 in a policy of numbered sections whose 6. is （センシティブ
    情報の取扱い） and 7. （個人番号及び特定個人情報の取扱い）: a section cited by its number for what one other section,
    and only that one, is titled by, while the cited one neither is titled by it nor writes it."""
    if ctx.doc.style != "section":
        return
    text = ctx.text
    sections = {a.number: a for a in ctx.doc.articles if a.part == "main"}
    for m in ctx.finditer(_SECTION_CITED):
        art = sections.get(str(to_int(m.group(1))))
        of = _OF_RUN.match(text, m.end())
        if art is None or of is None:
            continue
        key = "".join(t.surface for t in _leading_nouns(of.group(1)))
        if len(key) < 2 or _generic(key):
            continue
        titled = [a for a in sections.values() if a.title and key in a.title]
        if len(titled) != 1 or titled[0] is art or (art.title and key in art.title) or key in _text(ctx, art.span):
            continue
        meant = titled[0]
        shown = text[m.start():of.start(1) + len(key)]
        yield ctx.finding(
            "reference-content-mismatch", m.span(),
            f"「{shown}」とありますが、{art.label}（{art.title}）は{key}について定めていません。{key}を定めているのは"
            f"{meant.label}（{meant.title}）です。",
            f"「{shown}」: {art.label} ({art.title}) is not about {key}; {meant.label} ({meant.title}) is.",
            suggestion=m.group(0)[:2] + meant.label, excerpt=shown)


def _leading_nouns(run: str):
    """The nouns a run of kanji and katakana opens with (個人番号及 → 個人, 番号)."""
    for t in tokenize(run):
        if t.pos not in ("名詞", "接頭辞"):
            return
        yield t


# a numbered section cited where it stands, above or below: 「下記６．」, 「上記6.」
_SECTION_CITED = re.compile(r"(?:下記|上記|前記|後記)[ \u3000]*([0-9０-９]{1,2})[.．]")


def _relative_citations(ctx: Context, pattern: re.Pattern, says_nothing):
    """(match, its article, the noun it qualifies, the article's paragraphs as a reader numbers them, the number of the
    one it stands in) of each citation ``pattern`` finds in an article whose noun is not one ``says_nothing`` of."""
    text = ctx.text
    for m in ctx.finditer(pattern):
        here = ctx.article_at(m.start())
        if here is None:
            continue
        key = _key_term(ctx, m.end())
        if key is None:
            of = _OF_KEY.match(text, m.end())
            key = _whole_noun(of.group(1)) if of else None
        if not key or says_nothing(key):
            continue
        paras = _reader_paragraphs(here)
        n = next((k for k, p in paras.items() if p.span[0] <= m.start() < p.span[1]), None)
        yield m, here, key, paras, n


def _previous_paragraph_meant(ctx: Context):
    """「前条の査定基準は」 in the second paragraph of an article whose first sets the 査定基準, while the article before
    says nothing of it: 前項 was meant (KDDI's terms; 「前条の指導による改善」 of a 会則, pub20). The key is the noun the
    citation qualifies (…に定める X, …に基づく X, …の X); a generic one (規定, 場合) says nothing."""
    text = ctx.text
    for m, here, key, paras, n in _relative_citations(ctx, _BARE_PREVIOUS_ARTICLE, _generic):
        previous = paras.get(n - 1) if n is not None else None
        seq = [a for a in ctx.doc.all_articles() if a.part == here.part]
        i = next((k for k, a in enumerate(seq) if a is here), 0)
        if previous is None or i == 0:
            continue
        cited = seq[i - 1]
        # the first paragraph is about it when it holds the word, or lists what the article is titled by
        # (第12条（禁止行為）: 1 lists the acts, 2 says 「前項の禁止行為を行い」)
        titled = n == 2 and bool(here.title) and key in here.title
        if not (titled or _holds(ctx, previous.span, key)) or _holds(ctx, cited.span, key) \
                or (cited.title and key in cited.title):
            continue
        said = text[previous.span[0]:previous.span[1]].replace(text[m.start():m.end()] + "の" + key, "")
        if key not in said and not titled:
            # the paragraph before holds the word only in the same citation (「前条の賃金計算期間」 in both): the same
            # slip twice, which says nothing of what that paragraph sets, so no 前項 to suggest
            yield ctx.finding(
                "reference-content-mismatch", m.span(),
                f"「前条」（{article_label(cited.number)}）は「{key}」について定めていません。",
                f"「前条」 ({article_label(cited.number)}) says nothing about 「{key}」.",
                excerpt=text[m.start():m.end() + 12])
            continue
        yield ctx.finding(
            "reference-content-mismatch", m.span(),
            f"「前条」（{article_label(cited.number)}）は「{key}」について定めていません。「{key}」を定めているのは"
            f"この条の前項（第{n - 1}項）です。「前項」の誤りではありませんか。",
            f"「前条」 ({article_label(cited.number)}) says nothing about 「{key}」; the paragraph before (第{n - 1}項) "
            f"does: 「前項」 was meant.",
            suggestion="前項", excerpt=text[m.start():m.end() + 12],
        )


_PREVIOUS_PARAGRAPH = re.compile(r"前項(?![ \u3000]*第)")


def _earlier_paragraph_meant(ctx: Context):
    """「前項の休日における割増された賃金」 in 第34条第4項, whose 前項 (代休の取得) says nothing of 休日 while 第2項
    (「その休日における実労働時間」) does: the paragraph meant is the nearest earlier one that holds the noun, counted as
    第N項 (a paragraph added between, the citation not mended). A 前項 that says the noun in any words, its own 「前項
    の X」 too, is left alone: law chains its citations so (「前項の電磁的記録」 in 第5項 and again in 第6項). The key is the
    noun the citation qualifies (…の X, …に定める X), of two characters at least; a word naming a provision or a step of
    any (規定, 場合, 通知…) says nothing."""
    text = ctx.text
    for m, here, key, paras, n in _relative_citations(ctx, _PREVIOUS_PARAGRAPH, _GENERIC.__contains__):
        if n is None or n < 3 or (previous := paras.get(n - 1)) is None:
            continue

        def says(k: int) -> bool:
            p = paras.get(k)
            return p is not None and key in _text(ctx, p.span).replace(" ", "")

        if says(n - 1) or _holds_apart(ctx, previous.span, key):
            continue
        meant = next((k for k in range(n - 2, 0, -1) if says(k)), None)
        if meant is None:
            continue
        yield ctx.finding(
            "reference-content-mismatch", m.span(),
            f"「前項」（第{n - 1}項）は「{key}」について定めていません。「{key}」を定めているのは第{meant}項です。"
            f"「第{meant}項」の誤りではありませんか。",
            f"「前項」 (paragraph {n - 1}) says nothing about 「{key}」; paragraph {meant} does: 「第{meant}項」 was meant?",
            suggestion=f"第{meant}項", excerpt=text[m.start():m.end() + 12],
        )


def _phrase_head(text: str, at: int) -> str | None:
    """The last noun of the chain of の and nouns that starts at ``at`` (の共用部分の共有持分割合 → 共有持分割合)."""
    head = None
    while (m := _NO_NOUN.match(text, at)) is not None and (noun := _whole_noun(m.group(1))) is not None:
        head, at = noun, m.start(1) + len(noun)
    return head


def _whole_noun(run: str) -> str | None:
    """The first noun compound of ``run`` by tokens (指導による → 指導), or None."""
    key = ""
    for tok in tokenize(run):
        if tok.start != len(key) or tok.pos not in ("名詞", "接尾辞", "接頭辞"):
            break
        key += tok.surface
    return key if len(key) >= 2 else None


def _title_fit(title: str | None, key: str) -> int:
    """How plainly an article's title names ``key``: 3 when it is the title (理事長, 管理費等), 2 when it is a word of
    it (理事長の勧告及び指示等 for 勧告, 陳述書等の提出 for 陳述書) or the title is the key's head (議決権 for
    議決権総数), else 0. A key inside a longer word is not named: 副理事長 does not name 理事長."""
    if not title:
        return 0
    t = title.strip(" \u3000")
    if t in (key, key + "等"):
        return 3
    # a word ends before kana, a bracket, or a conjunction written in kanji (勧告及び指示, 陳述書等の提出)
    if next(compound_places(t, key, before="及並又若等", katakana=False), None) is not None or (
            len(t) >= 2 and key.startswith(t) and len(key) > len(t)):
        return 2
    # a key of two nouns or more whose every noun is a word of the title (使用細則 for 「基本使用規則および各細則」)
    parts = _nouns_of(key)
    if len(parts) >= 2 and set(parts) <= set(_nouns_of(t, whole=False)):
        return 2
    return 0


@lru_cache(maxsize=4096)
def _nouns_of(run: str, whole: bool = True) -> tuple[str, ...]:
    """The nouns of two characters or more ``run`` is made of (使用|細則), or none where something else is in it (with
    ``whole``: a key is nouns only); without ``whole``, the nouns among its words (a title's)."""
    nouns = []
    for tok in tokenize(run):
        if tok.pos == "名詞" and len(tok.surface) >= 2:
            nouns.append(tok.surface)
        elif whole:
            return ()
    return tuple(nouns)


@lru_cache(maxsize=1024)
def _naming(key: str) -> re.Pattern:
    return re.compile(rf"「{re.escape(key)}」(?:と(?:する|いう|いい|します)|とは)")


def _outside(ctx: Context, a: Article, skip: tuple[int, int]) -> str:
    """The article's text without the citing line (which says nothing about the target)."""
    s, e = a.span
    if skip[0] < e and skip[1] > s:
        return ctx.text[s:max(s, skip[0])] + ctx.text[min(e, skip[1]):e]
    return ctx.text[s:e]


def _fit(ctx: Context, a: Article, key: str, skip: tuple[int, int], head: bool = False) -> int:
    """Title fit; 3 when the article defines ``key`` (…を「本サービス利用期間」とする); else 1 when its text
    holds it (outside the citing line; with ``head``, as the head of a word: see _names), else 0."""
    f = _title_fit(a.title, key)
    if f:
        return f
    body = _outside(ctx, a, skip)
    if _naming(key).search(body):
        return 3
    body = body.replace(" ", "")
    return 1 if (_names(body, key) if head else key in body) else 0


_NO_NOUN = re.compile(r"の([\u3400-\u9fff々\u30a1-\u30ffー]{2,8})")


def _noun_after(text: str, at: int) -> tuple[re.Match | None, str | None]:
    """The match of の and a compound at ``at`` (after a key: 通常|の管理), and the compound's first noun."""
    m = _NO_NOUN.match(text, at)
    tail = tokenize(m.group(1)) if m is not None else ()
    return m, (tail[0].surface if tail and tail[0].pos == "名詞" else None)


def _shown_key(ctx: Context, key: str, key_end: int, suggested: Article | None) -> str:
    """The key as a finding names it: with the noun it qualifies (通常 → 通常の管理) where the suggested article's title
    does not name the key and its text holds the phrase, which is then what fits."""
    _m, noun = _noun_after(ctx.text, key_end)
    if not noun or suggested is None or key in (suggested.title or ""):
        return key
    phrase = key + "の" + noun
    return phrase if phrase in _text(ctx, suggested.span) else key


def _neighbour(ctx: Context, t, art: Article, key: str, end: int) -> str | None:
    """The article next door when it is clearly the one about ``key`` and the cited one is not: a citation left
    one off when an article was removed or inserted (「第39条に定める理事長」 where 第38条 is 理事長, 第39条 副理事長).

    The neighbour's title must name the key; the cited article must not name it and, unless the neighbour is
    titled by the key itself, must not speak of it at all; the other neighbour must fit less. A key followed
    by の and a noun the cited article speaks of (「理事会の招集」 citing 招集) cites rightly: nothing is said."""
    if t.item is not None or not art.number.isdigit():
        return None
    text = ctx.text
    line = (text.rfind("\n", 0, t.span[0]) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1)
    held = cited = _fit(ctx, art, key, line)
    if cited >= 2 or (cited and _generic(key)):
        return None
    if cited:
        # the cited paragraph itself speaks of it, or the article defines it (「電子公告調査」 in 第942条第1項
        # while 第941条 is titled 電子公告調査): the citation is the more precise one
        para = _reader_paragraphs(art).get(t.paragraph) if t.paragraph is not None else None
        if (para is not None and _names(_text(ctx, para.span).replace(" ", ""), key)) \
                or f"「{key}」" in _text(ctx, art.span):
            return None
        # (an article that writes the key only inside longer words, 管理組合 for 管理, does not speak of it: a title
        # next door that names it fits without a definition)
        cited = _fit(ctx, art, key, line, head=True)
    n = int(art.number)
    fits = []
    for m in (n - 1, n + 1):
        a = find_article(ctx, str(m), art.part, near=art)
        if a is None or ctx.doc.scope(a) != ctx.doc.scope(art):
            fits.append((0, None))
            continue
        f = _fit(ctx, a, key, line)
        if f == 1 and t.paragraph is not None and not held and not _generic(key):
            # 第6条第2項 cited for what 第5条第2項 says, and 第6条 says nothing of it: the same paragraph next door
            p = _reader_paragraphs(a).get(t.paragraph)
            f = 2 if p is not None and _holds(ctx, p.span, key) else 1
        fits.append((f, a))
    (f1, a1), (f2, a2) = fits
    best, cand = (f1, a1) if f1 > f2 else (f2, a2) if f2 > f1 else (0, None)
    at = text.find(key, end, end + _KEY_WINDOW)
    at = at + len(key) + (text.startswith(key + "等", at) if at >= 0 else 0)
    m, noun = _noun_after(text, at) if at >= 0 else (None, None)
    if best < 2 and not held and t.paragraph is None and noun and len(noun) >= 2:
        # 「第26条に定める通常の管理に要する経費」 where 第27条 says 「…通常の管理に要する経費に充当する」 and 第26条 writes
        # no 通常 at all: the phrase the key opens (key の noun) written in one neighbour alone is that neighbour's
        phrase = key + "の" + noun
        holders = [a for _f, a in fits if a is not None and phrase in _outside(ctx, a, line)]
        if len(holders) == 1:
            best, cand = 2, holders[0]
            m = None  # (what the cited article says of 管理 alone is not 通常の管理: the phrase decided)
    if cand is None or best < 2 or (cited == 1 and best < 3):
        return None
    if m is not None:
        # a cited paragraph must itself speak of Y: 第43条（招集手続）第4項 is about the 会議の目的, and
        # 「第43条第4項に定める臨時総会の招集」 is 第42条第4項 (…いつでも臨時総会を招集することができる)
        cited_para = _reader_paragraphs(art).get(t.paragraph) if t.paragraph is not None else None
        if noun and len(noun) >= 2 and not _generic(noun) and (  # (管理の実施: any provision speaks of 実施)
                _holds(ctx, cited_para.span, noun) if cited_para is not None
                else _title_fit(art.title, noun) or _names(_outside(ctx, art, line).replace(" ", ""), noun)):
            return None  # (an article that writes 管理 only in 管理組合 speaks of no 通常の管理)
    suggestion = article_label(cand.number)
    if t.paragraph is not None:
        if t.paragraph not in _reader_paragraphs(cand):
            return None
        suggestion += f"第{t.paragraph}項"
    return suggestion


def _next_door(cited: str, suggestion: str) -> bool:
    """Is the suggested article the cited one's neighbour (第15条 for 第14条, as after an article was removed)?"""
    m = re.match(r"第(\d+)条", suggestion)
    try:
        return m is not None and "_" not in cited and abs(int(m.group(1)) - int(cited)) == 1
    except ValueError:
        return False


def _item_cite(t, item) -> str:
    label = item.label or str(item.number)
    if re.fullmatch(r"[一二三四五六七八九十]+", label):
        return f"第{label}号"
    return label if label.startswith(("(", "（")) else f"第{item.number}号"
