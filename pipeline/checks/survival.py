"""Survival clause (存続条項): missing, or leaving out an article that applies after termination.

An article "applies after termination by its own words" when it says so about the
contract: 本約款の終了後, 契約終了後, 利用契約が解除された後も, 終了した日の翌月末日までに;
or when it imposes at the end of the contract what outlives it (not a fee the end makes due): 本約款の終了時…秘密情報を返却または廃棄,
利用契約を解約した場合は…貸出機器類を返還; or when it is a confidentiality article (秘密保持) that sets no end
of its own in a contract.
A survival clause is an article headed 存続条項/残存条項, or a paragraph saying that
listed provisions remain in force after termination (終了した場合でも第N条…はなお有効とする).
A paragraph that itself says it survives (終了後も有効に存続する) needs no listing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import Context, Unit, article_label, cut_off_at, rule
from .base import article_place
from .page_documents import document_span
from ..model import Article
from .refs import _reader_paragraphs, range_between, targets
from .terms_self import organization_nouns

_CONTRACT = r"(?:契約|約款|規約|規程|本サービス|サービス|利用期間|有効期間|契約期間)"
_END = r"(?:終了|解除|解約|失効|満了|消滅)"
_AFTER_END = re.compile(
    rf"{_END}(?:し|され|する)?た?(?:後|以後|以降)"
    rf"|{_END}(?:し|され)?た?(?:の)?日の(?:翌日|翌月|属する月)"
    rf"|効力が失われた後"
)
# (not 契約者 or サービス提供者: the party, whose name says nothing of what ends: 「プランの契約者は、当該プランの解約後」)
_CONTRACT_RX = re.compile(_CONTRACT + r"(?![者側])")
# 最低利用期間終了後, 初回契約期間満了後: a period within the contract ends, and the contract goes on
_SUB_PERIOD = re.compile(r"(?:最低|初回|無料|試用|お試し|トライアル)$")
# …終了後は、…自動更新されます: nothing ends; 本契約の終了後、新たな賃貸借契約を締結することができる, 期間満了の日の
# 翌日を始期とする再契約: what comes after the end is a contract of its own, not this one's duty outliving it
# (also 「終了しなかった場合には、更に終了日の翌日から1年間継続し、以後も同様とする」: the term runs on, renewed;
# 「契約期間満了後も引き続き…利用の承諾を受けようとするときは」: how to go on using it, a renewal asked for)
_RENEWED = re.compile(r"更新され|自動更新|更新する|更新します|新たな[^。]{0,20}?契約|再契約|引き続き|引続き"
                      r"|(?:翌日|翌月|^)から[^。]{0,12}?(?:年間|か月間|ヶ月間|カ月間|箇月間)[^。]{0,6}?(?:継続|延長)")
_RENEWAL_TERM = re.compile(r"更新後の|更新前の|更新された")
# 本契約終了後の制作データは、引渡しを行いません: the clause says what is not owed after the end, so there is
# nothing to keep in force (a prohibition, …してはならない, is a duty and is not this)
_NO_DUTY = re.compile(r"(?<!て)(?:行いません|行わない|いたしません|致しません|応じません|応じない|負いません|負わない"
                      # 「…提供終了日の属する月の翌月以降に生じた損害に対しては本特典の適用はありません」: nothing applies then
                      r"|適用(?:は|が)?(?:ありません|ない|されません|されない)|対象(?:と|に)(?:なりません|ならない))"
                      r"(?:ものとします|ものとする)?。?$")
# 「サービス終了後の仮想通貨やアイテムの取り扱いについては、終了告知時に別途ご案内します」: what happens after the end is
# left to a later notice, which binds nobody to anything now
_DEFERRED = re.compile(r"(?:別途|改めて|追って)[^。]{0,20}?(?:案内|告知|通知|お知らせ|定め|決定)")
# At the end rather than after it: 「本約款の終了時」「利用契約を解約した場合は」 — counted only when the same
# sentence imposes what outlives the contract: returning or destroying materials or devices. Not a payment the
# end itself makes due (違約金, キャンセル料, 解約金 「…を解除した場合は…お支払いいただきます」): a claim that has
# accrued by the end is not undone by it (a 解約 works only for the future), so it needs no survival clause, and
# consumer 約款 (hotels, travel) that charge one never have such a clause. A payment due after the end
# (終了した日の翌月末日までに支払う) is a duty of its own, found by _AFTER_END.
_AT_END = re.compile(
    rf"{_CONTRACT}(?:[^。、]{{0,6}}?)(?:の|を|が)?{_END}(?:時|の際|に際し|するとき|したとき|されたとき|した場合|された場合)")
_OUTLIVING = re.compile(r"返却|返還|廃棄|破棄|消去|抹消")
# 「利用契約が終了した場合、当社はユーザーIDを無効化し、…データは全て消去するものとします」: what the provider does with
# its own systems when the contract ends is an effect of the end, not a duty the other party keeps after it
# (当 or 弊 and a kind of organization, as term-inconsistent reads self-designations; and the names of one that runs
# a site or shop, 運営者 and 当店, which self_designations.tsv leaves out as places or roles)
@lru_cache(maxsize=1)
def _provider_acts() -> re.Pattern:
    nouns = "|".join(sorted(organization_nouns(), key=len, reverse=True))
    return re.compile(rf"(?:[当弊](?:{nouns})|運営者|当店)(?:は|が)")
# every duty of the party kept beyond the end: 「一切の義務…を免れるものではない」
_EVERY_DUTY = re.compile(r"(?:一切|全て|すべて)の(?:義務|債務)(?:[（(][^（）()]{0,60}[）)])?を?免れ(?:ない|ず|るものでは|ません)")
SURVIVES = re.compile(
    # 契約期間終了後（終了事由を問いません。）も: a parenthetical may come between 後 and も
    # (終了後であっても; 終了後{{年数}}年間存続する: a period the clause survives for, a template's blank or a number)
    r"(?:後(?:[（(][^（）()]{0,40}[）)])?も|後において(?:も)?|後であっても|場合(?:で|に)?も|場合(?:であって|において)も"
    r"|場合といえども|にかかわらず"
    r"|後[^。、]{0,24}?(?:年間|か月間|ヶ月間|カ月間|箇月間|日間))[^。]{0,300}?"
    r"(?:効力を有|効力を失わ|有効に存続|存続する|存続し|有効と|なお有効|引き続き(?:適用|有効)|継続する|継続し|継続され|適用され"
    # 解約後も…一切の義務を免れるものではない: every obligation outlives it
    r"|義務を?(?:[（(][^（）()]{0,60}[）)])?を?免れ(?:ない|ず|るものでは|ません))"
)


@dataclass
class Phrase:
    start: int  # offsets in the string searched
    end: int
    text: str


def find_post_termination(s: str) -> Phrase | None:
    """The first 「契約終了後」-like phrase: an end of the contract (終了, 解除, 失効…) and what comes after it."""
    for m in _AFTER_END.finditer(s):
        if m.group(0).startswith("効力が失われた後"):
            return Phrase(m.start(), m.end(), m.group(0))
        lo = max(0, m.start() - 20)
        window = s[lo:m.start()]
        cut = window.rfind("。")
        if cut >= 0:
            window, lo = window[cut + 1:], lo + cut + 1
        last = None
        for c in _CONTRACT_RX.finditer(window):
            last = c
        if last is None or _SUB_PERIOD.search(window[:last.start()]):
            continue
        sentence = s[m.end():s.find("。", m.end()) + 1 or len(s)]
        if _RENEWED.search(sentence) or _NO_DUTY.search(sentence) or _DEFERRED.search(sentence):
            continue
        if _RENEWAL_TERM.search(s, s.rfind("。", 0, m.start()) + 1, m.start()):
            continue  # 「更新後の契約期間は、更新前の契約期間の満了日の翌日から…まで」: the renewed term's first day
        start = lo + last.start()
        return Phrase(start, m.end(), s[start:m.end()])
    for m in _AT_END.finditer(s):
        sent_end = s.find("。", m.end())
        sentence = s[m.end():len(s) if sent_end < 0 else sent_end]
        act = _OUTLIVING.search(sentence)
        if act and not _provider_acts().search(sentence[:act.start()]):
            return Phrase(m.start(), m.end(), m.group(0))
    return None
# 存続条項, 残存条項, 契約終了後の効力, 本契約失効後も継続される条項
_SURVIVAL_TITLE = re.compile(rf"存続|残存|終了後の効力|{_END}(?:し|され)?た?後も(?:継続|有効|適用)")


@dataclass
class Clause:
    article: Article
    span: tuple[int, int]
    covered: set[tuple[str, int | None]]  # (article, paragraph or None for the whole article)


def _units(ctx: Context) -> list[Unit]:
    return [u for u in ctx.units if u.kind in ("paragraph", "item") and u.article is not None]


def survival_clauses(ctx: Context) -> tuple[list[Clause], int]:
    """Listing survival clauses, and whether a generic one exists: 2 for a clause of its own (…を定めるものは、いずれも、
    終了後も適用される), 1 for one named in passing (性質上当然に存続する条項を除き、…), 0 for none."""
    def build():
        clauses: list[Clause] = []
        generic = 0  # 0: no clause for all the provisions that outlive the contract; 1: one named in passing; 2: one
        refs = targets(ctx)
        by_article: dict[int, list] = {}
        for t in refs:
            if t.source_article is not None:
                by_article.setdefault(id(t.source_article), []).append(t)
        for art in ctx.doc.all_articles():
            body_span = (art.heading_span[1], art.span[1])
            body = ctx.text[body_span[0]:body_span[1]]
            titled = bool(art.title and _SURVIVAL_TITLE.search(art.title))
            arts_refs = [t for t in by_article.get(id(art), []) if t.article is not None]
            covered: set[tuple[str, int | None]] = set()
            span = body_span
            if titled:
                covered = _cited(ctx, arts_refs)
                if "本条" in body:
                    covered.add((art.number, None))
            # 終了した場合でも第N条…の規定はなお有効とする: references inside the survival sentence
            for m in SURVIVES.finditer(body):
                if not re.search(_END, body[max(0, m.start() - 40):m.end()]):
                    continue
                sent_start = body.rfind("。", 0, m.start()) + 1
                lo, hi = body_span[0] + sent_start, body_span[0] + m.end()
                if _LISTED_BELOW.match(body[sent_start:m.start()].lstrip(" \u3000\n")):
                    hi = body_span[1]  # 以下の条項は…終了後も継続する。⏎・第1条⏎・第7条: the list follows the sentence
                inside = _cited(ctx, [t for t in arts_refs if lo <= t.span[0] < hi])
                itself = _ITSELF.search(body[sent_start:m.end()])
                if _EVERY_DUTY.search(body, sent_start, m.end()):
                    # 「解約後も当社が第15条に定める方法により…保有・利用すること、及び…一切の義務…を免れるものではないこと」:
                    # every duty outlives the contract, whatever else the sentence names: a clause for all of them
                    generic = 2
                    continue
                if inside:
                    if itself:
                        inside.add((art.number, None))  # 本条及び第5条の規定は…なお有効とする
                    covered |= inside
                    if not titled:
                        span = (lo, hi)
                elif not itself:
                    # 本規約中の規定のうち…を定めるものは、いずれも、契約期間終了後も…適用される: a clause for every
                    # provision of a kind, which leaves none of them out; 「性質上当然に…存続する条項を除き、…効力を失う」
                    # only names such provisions in passing, and a listing beside it is still the clause
                    generic = max(generic, 1 if _IN_PASSING.match(body, m.end()) else 2)
                # (本条の規定は…, この義務は…終了後も継続する: the article survives by its own words, which is no
                # survival clause for the others)
            if covered:
                clauses.append(Clause(art, span, covered))
        return clauses, generic
    return ctx.memo("survival.clauses", build)


def _cited(ctx: Context, refs) -> set[tuple[str, int | None]]:
    """(article, paragraph) of each reference, and what a range (第5条乃至第12条) names between its ends."""
    out = {(t.article, t.paragraph) for t in refs}
    for t in refs:
        out.update(range_between(ctx, t))
    return out


_LISTED_BELOW = re.compile(r"(?:以下|次)(?:の|に掲げる|に定める)?(?:条項|規定|各号)?(?:は|の)")
_IN_PASSING = re.compile(r"(?:する|すべき|される)?(?:条項|規定|もの)を除")
# what a sentence of an article calls the article's own provisions: 本条, 本項, この義務, 前項の規定
_ITSELF = re.compile(r"本条|本項|(?:この|前項の|本条の)(?:義務|規定|定め)")
_CONFIDENTIAL_TITLE = re.compile(r"秘密|機密")
# a title that names the information itself (秘密情報, 機密情報の定義, 秘密情報の範囲) heads its definition, which
# binds nobody; the duty is named by what is done with it (秘密保持, 秘密情報の取扱い, 秘密情報の管理)
_DEFINITION_TITLE = re.compile(r"(?:情報|定義|範囲)$")
# 契約終了後6ヶ月間, 本契約終了後も3年間, 終了後2年を経過するまで: a provision that sets its own period after the end
# outlives the contract by its own words, as one saying 存続 does (終了後14日間以内に返還: a deadline, no period)
_OWN_PERIOD = re.compile(
    r"(?:も|において(?:も)?)?[、，,]?[ \u3000]*(?:[0-9０-９]+|[一二三四五六七八九十百]+)[ \u3000]*"
    r"(?:年|か月|ヶ月|ケ月|カ月|ヵ月|箇月|か年|週|日)(?:間(?!以内|内)|を経過する(?:日)?まで|が経過するまで)")
# 契約が終了した場合においても、…レンタル料を支払う: the provision says itself that the end does not stop it
_EVEN_AFTER_END = re.compile(rf"{_END}(?:し|され)?た?(?:場合|とき)(?:において|に)?(?:も|であっても|でも)(?!の)")
# 「契約期間中や契約期間終了後にかかわらず…できません」, 「在籍中及び退会後も」: the duty names both times it binds
_DURING_AND_AFTER = re.compile(r"中(?:や|及び|および|並びに|又は|または|と|、|・|であるか)[^。]{0,20}?後"
                               r"(?:も|[^。]{0,6}?(?:にかかわらず|を問わず))")
_CONTRACT_ENDS = re.compile(rf"(?:本|この|利用|サービス)(?:契約|約款|規約)[^。]{{0,20}}{_END}")
# (and 「在職中および退職後といえども」, 「退会後も」: the duty says itself that it binds after the relation ends)
_HAS_TERM = re.compile(r"年間|か月|ヶ月|カ月|箇月|期間|終了後|存続|有効|まで|後(?:も|といえども|においても|であっても)")


# the lead of a list of exclusions: 「下記の除外事項に該当する場合は保険金の支払いを受けることができません」
_EXCLUDED = re.compile(r"除外|対象外|支払われない|支払いしない|支払いしません|受けることができません|適用(?:されない|されません|しない|しません)")
# an article on rescission (契約の解除, 解除): the return and restitution it orders are the effect of the 解除 it governs,
# which the Civil Code gives as such (民法545条 原状回復), not duties that must be kept alive past the end; so are a
# lease's restitution, vacating and deposit (民法621条 原状回復, 622条の2 敷金の返還): the end of the lease makes them
# due, and leases (国土交通省の賃貸住宅標準契約書 among them) have no survival clause for them
_RESCISSION_TITLE = re.compile(r"解除|原状回復|明渡|明け渡|敷金|保証金")


def post_termination_units(ctx: Context) -> list[tuple[Unit, Phrase]]:
    def build():
        out = []
        seen_articles = set()
        first = next(iter(ctx.doc.all_articles()), None)
        own = document_span(ctx, first.span[0]) if first is not None else (0, len(ctx.full.text))
        for u in _units(ctx):
            s = ctx.text[u.span[0]:u.span[1]]
            m = find_post_termination(s)
            if m is None:
                continue
            if not own[0] <= u.span[0] < own[1]:
                continue  # 「当社は、個人情報を…契約が終了した後…保存します」 in the privacy policy under the terms on the
                # page: another document, which the terms' survival clause does not govern
            if u.kind == "item" and u.paragraph is not None and u.paragraph.items and _EXCLUDED.search(
                    ctx.text, u.paragraph.span[0], u.paragraph.items[0].span[0]):
                continue  # an entry of the cases a list excludes (「保険金が支払われない場合」): nothing applies after the end
            if u.article.title and _RESCISSION_TITLE.search(u.article.title):
                continue  # what the article on 解除 says follows it (返還, 原状回復) is the rescission's effect (民法545条),
                # as 原状回復 and 敷金 are the lease's end's
            if SURVIVES.search(s) or _EVEN_AFTER_END.search(s) or _DURING_AND_AFTER.search(s):
                continue  # says itself that it survives (終了後も有効に存続する, 解除により終了した場合においても…支払う)
            if _OWN_PERIOD.match(s, m.end):
                continue  # sets its own period after the end (契約終了後6ヶ月間、…してはなりません)
            out.append((u, m))
            seen_articles.add(id(u.article))
        # a confidentiality article that sets no end: it can only outlive the contract through a survival clause
        # (only in a contract, which speaks of its own termination — a statute's 秘密保持義務 has no contract to outlive)
        if _CONTRACT_ENDS.search(ctx.text):
            for art in ctx.doc.all_articles():
                if id(art) in seen_articles or not (art.title and _CONFIDENTIAL_TITLE.search(art.title)) \
                        or _DEFINITION_TITLE.search(art.title.strip(" \u3000")):
                    continue
                if not art.paragraphs or _HAS_TERM.search(ctx.text[art.heading_span[1]:art.span[1]]):
                    continue
                seen_articles.add(id(art))
                heading = ctx.text[art.heading_span[0]:art.heading_span[1]]
                at = max(0, heading.find(art.title))
                unit = Unit(art.heading_span, "heading", art, art.paragraphs[0], None)
                out.append((unit, Phrase(at, at + len(art.title), art.title)))
        out.sort(key=lambda x: x[0].span[0])
        return out
    return ctx.memo("survival.post", build)


def _para_no(u: Unit) -> int | None:
    for n, p in _reader_paragraphs(u.article).items():
        if p is u.paragraph:
            return n
    return None


# a set of rules a body lays down for itself (ストレスチェック制度実施規程, 就業規則), or a notice of how it handles
# personal data (プライバシーポリシー, 個人情報の取扱いについて): no contract between parties, so nothing of it outlives a
# termination; a contract it mentions (with a contractor) is another document
_INTERNAL_RULES = re.compile(r"(?:規程|規則|細則|要綱|要領|方針|プライバシー[・ ]?ポリシー|個人情報の取(?:り)?扱い(?:について)?)$")


@rule("survival-missing", "warning", "存続条項の欠如", "no survival clause")
def survival_missing(ctx: Context):
    if _INTERNAL_RULES.search((ctx.doc.title or "").strip(" \u3000")):
        return
    clauses, generic = survival_clauses(ctx)
    if clauses or generic or cut_off_at(ctx) is not None:
        return  # (a text that stops in mid-sentence may hold its survival clause past the cut, near the end as most do)
    post = post_termination_units(ctx)
    if not post:
        return
    arts: list[Article] = []
    for u, _ in post:
        if u.article not in arts:
            arts.append(u.article)
    # located at the first provision that says so in words; a confidentiality article without an end only if none does
    first_u, first_m = next(((u, m) for u, m in post if u.kind != "heading"), post[0])
    names = "、".join(_named(a) for a in arts)
    start = first_u.span[0] + first_m.start
    if first_u.kind == "heading":
        # only confidentiality articles that set no end: they say nothing of the time after the end, which is the point
        yield ctx.finding(
            "survival-missing", (start, first_u.span[0] + first_m.end),
            f"{names}は期間を定めず、契約終了後に義務が続くかを定めていません。存続条項（終了後も効力を有する条項の定め）"
            f"もないため、契約が終了すると秘密保持義務も終わると読まれます。",
            f"{', '.join(a.number for a in arts)} set(s) no period and say nothing of the time after termination, and "
            f"no survival clause keeps the duty of confidentiality in force: it ends with the contract.",
            suggestion="存続条項を設け、" + names + "を列挙する（又は秘密保持の期間を定める）",
        )
        return
    own = [a for a in _surviving_by_own_words(ctx) if a not in arts]
    yield ctx.finding(
        "survival-missing", (start, first_u.span[0] + first_m.end),
        f"契約終了後も適用される定めがあります（{names}）が、存続条項（終了後も効力を有する条項の定め）がありません。"
        + (f"（{'、'.join(_named(a, False) for a in own)}は同条の定めだけを終了後も存続させています。）" if own else ""),
        f"Provisions apply after termination ({', '.join(a.number for a in arts)}) but the document has no "
        f"survival clause saying which provisions remain in force"
        + (f" ({', '.join(a.number for a in own)} keep(s) only their own provisions in force)." if own else "."),
        suggestion="存続条項を設け、" + names + "を列挙する",
    )


def _named(a: Article, title: bool = True) -> str:
    """An article as its page names it (article_place), with its title where the place is not the title itself."""
    place = article_place(a)
    return place + (f"（{a.title}）" if title and a.title and place != f"「{a.title}」" else "")


def _surviving_by_own_words(ctx: Context) -> list[Article]:
    """The articles with a sentence that keeps the article itself in force after the end (「本条の義務は、本契約終了後
    も3年間有効とします」): a survival clause for that article alone, which a reader would take for the missing one."""
    out = []
    for art in ctx.doc.all_articles():
        body = ctx.text[art.heading_span[1]:art.span[1]]
        for m in SURVIVES.finditer(body):
            start = body.rfind("。", 0, m.start()) + 1
            if re.search(_END, body[max(0, m.start() - 40):m.end()]) and _ITSELF.search(body[start:m.end()]):
                out.append(art)
                break
    return out


@rule("survival-omission", "warning", "存続条項の対象漏れ", "survival clause leaves out a provision")
def survival_omission(ctx: Context):
    clauses, generic = survival_clauses(ctx)
    if not clauses or generic == 2:
        return  # (a clause for every provision of a kind that outlives the contract leaves none of them out)
    clause_articles = {id(c.article) for c in clauses}
    covered: set[tuple[str, int | None]] = set()
    for c in clauses:
        covered |= c.covered
    missing: dict[int, tuple[Article, list[int | None], str]] = {}
    for u, m in post_termination_units(ctx):
        art = u.article
        if id(art) in clause_articles or art.part != clauses[0].article.part:
            continue
        if (art.number, None) in covered:
            continue
        p = _para_no(u)
        if p is not None and (art.number, p) in covered:
            continue
        entry = missing.setdefault(id(art), (art, [], m.text))
        if p not in entry[1]:
            entry[1].append(p)
    clause = clauses[0]
    for art, paras, phrase in missing.values():
        where = _named(art)
        if paras and all(p is not None for p in paras) and len(art.paragraphs) > 1:
            where_p = article_label(art.number) + "".join(f"第{p}項" for p in paras[:1]) + (
                "ほか" if len(paras) > 1 else "")
        else:
            where_p = where
        yield ctx.finding(
            "survival-omission", clause.span,
            f"{where_p}は「{phrase}」と定め、契約終了後にも適用される条項ですが、"
            f"存続条項（{article_label(clause.article.number)}）に含まれていません。",
            f"Article {art.number} imposes obligations after termination (「{phrase}」) but the survival clause "
            f"(article {clause.article.number}) does not list it.",
            suggestion=f"{article_label(clause.article.number)}に{where_p}を加える",
            excerpt=ctx.text[clause.span[0]:clause.span[1]].strip()[:60],
        )
