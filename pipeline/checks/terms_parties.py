"""term-inconsistent, for the parties: 甲 and 乙 written in a contract that names its parties otherwise, and
お客様 written in terms that define their user otherwise (「利用者」とは…).

「X（以下「委託者」という。）とY（以下「受託者」という。）とは、…契約を締結する。」 then 「第3条 乙は、…再委託できる」:
a clause taken from another template, whose 甲 and 乙 the contract never defines. Who 乙 is must be guessed;
contracts name the first party 甲 and the second 乙, so the suggestion follows the order of the definitions.

Reported only where the contract defines at least two persons, none of them 甲, 乙, 丙 or 丁, and never sets a
letter apart as a party's designation (「甲」, 甲： in a cover sheet or signature block, （甲）). The suggestion
needs the two parties defined before the first article; defined in the articles among other persons, the
letter is reported without one.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import Context, load_json, partial_text
from .terms_self import designations
from .terms_variants import ENTRY_LABEL, GIVES_MEANING, defined_here, others_words

# a defined term that designates a person: 委託者, 受託者, 当社, 利用者, お客様, 会員, 販売店
_PERSON = re.compile(r"(?:者|社|人|様|さま|員|店|行|会|法人|組合)$")
# a letter set apart as a designation: 甲：株式会社…, 甲 東京都… (a cover sheet, a signature block), （甲）
_DESIGNATED = re.compile(r"(?m)^[ \u3000]*[甲乙丙丁](?:[ \u3000]*[:：）)]|[ \u3000]+\S)|[（(][甲乙丙丁][）)]")


@lru_cache(maxsize=1)
def _letters() -> str:
    """The parties an agreement names by one kanji (diff_vocabulary.json): 甲, 乙, 丙, 丁, in their order."""
    return "".join(w for w in load_json("diff_vocabulary.json")["parties"] if len(w) == 1)


# a lot number after the letter (芋川乙3267番地, 宮中己4197番地, 大字甲12番): an address, the letters of its districts
_ADDRESS_LOT = re.compile(r"[0-9０-９]+(?:番地?|[-－‐][0-9０-９])")


def party_letter_findings(ctx: Context, defs: dict):
    letters = _letters()
    arts = list(ctx.doc.all_articles())
    if not arts or any(t in letters for t in defs) or partial_text(ctx):
        return  # (a part of a text: the parties were named where it was taken from)
    first_article = min(a.span[0] for a in arts)
    people = [(t, d) for t, d in sorted(defs.items(), key=lambda kv: kv[1].span[0]) if _PERSON.search(t)]
    parties = [t for t, d in people if d.span[0] < first_article]
    if len(parties) < 2:
        # the parties defined in the articles (第2条（定義）「会員」…「当社」…) among other persons: no order tells who
        # 甲 is, but a letter the contract never defines is still one
        if len(people) < 2:
            return
        parties = []
    text = ctx.text
    if _DESIGNATED.search(ctx.doc.source.text):  # (the source: normalization takes out the space after 甲)
        return
    for m in re.finditer(f"[{letters}]+", text):
        t = ctx.token_at(m.start())
        if t is None or t.start != m.start() or t.end != m.end() or t.pos != "名詞":
            continue  # 甲府, 乙女: a word of its own
        if _ADDRESS_LOT.match(text, m.end()):
            continue  # 「新潟県十日町市芋川乙3267番地」: a district of a village's lots (甲乙丙…), no party
        if text[m.start() - 1:m.start()] == "第" and text[m.end():m.end() + 1] in ("条", "項", "号", "章", "節"):
            continue  # 「第甲条と第乙条の間に追加する場合」: letters standing for numbers in a rule on numbering
        if not parties:
            yield ctx.finding(
                "term-inconsistent", m.span(),
                f"「{m.group(0)}」は定義されていません。この契約は当事者を甲・乙などの記号で呼ぶ定めを置いていません。",
                f"「{m.group(0)}」 is not defined: the contract never designates a party by a letter.")
            continue
        meant = [parties[letters.index(c)] if letters.index(c) < len(parties) else None for c in m.group(0)]
        if None in meant:
            continue
        named = "、".join(f"「{p}」" for p in parties)
        yield ctx.finding(
            "term-inconsistent", m.span(),
            f"「{m.group(0)}」は定義されていません。この契約は当事者を{named}と定義しています。"
            f"定義の順から「{'及び'.join(meant)}」と思われます。",
            f"「{m.group(0)}」 is not defined; the contract names its parties {named}. By the order of the "
            f"definitions, 「{'及び'.join(meant)}」 is probably meant.",
            suggestion="及び".join(meant),
        )


# お客様 / お客さま: how a template addresses the reader; terms that define their user under another name and write
# お客様 a few times carry a sentence of another template (「当社とお客様との間で生じた紛争」 in terms of 利用者)
_ADDRESS = re.compile(r"お客(?:様|さま)")
_USER_TERMS = ("利用者", "ユーザー", "ユーザ", "会員", "契約者", "加入者")
_MEMBERS = ("会員", "加入者")  # users who joined: a part of those a shop serves, not all of them
_COMPOUND_GOES_ON = re.compile(r"[\u3400-\u9fff々\u30a1-\u30fa\u30fc]")


# お客様 glossed by the brackets after it as two kinds of user or more (「お客様（契約者及び無料登録ユーザー）」): the word
# for all of them, which no one defined term replaces
_GLOSSED = re.compile(r"[ \u3000]*[（(][^（）()\n]{1,40}?(?:及び|および|並びに|又は|または|、|・)[^（）()\n]{1,40}[）)]")
# what says the user defined is one who registered or was admitted (the meaning after the term's definition)
_REGISTERED = re.compile(r"[^。\n]{0,60}?(?:登録(?:した|を(?:受け|完了し|行っ)た)|承認(?:した|を受けた|された)|入会(?:した|を認め))")
_DEFINES_BEFORE = re.compile(r"[「『][^」』\n]{1,30}[」』][ \u3000]*とは")


# a glossary's entry: the term alone on its line after its label (「① 「利用者」」), its meaning on the line below
_ENTRY_LINE = re.compile(rf"[ \u3000]*{ENTRY_LABEL}[ \u3000]*[「『]?[^「」『』。、\n]{{1,20}}[」』]?[ \u3000]*\n")


def _in_a_meaning(ctx: Context, start: int, end: int) -> bool:
    """Does ``start…end`` stand in what a term of its sentence is defined as (「X」とは、…[here]…をいう, or the line
    under a glossary's entry 「① 「利用者」」: 「本規約に同意の上…すべてのお客様をいいます。」)?"""
    text = ctx.text
    line_start, _ = ctx.line_span(start)
    sentence_start = max(line_start, text.rfind("。", line_start, start) + 1)
    sentence_end = text.find("。", end, min(len(text), end + 60))
    if GIVES_MEANING.search(text, end, sentence_end if sentence_end >= 0 else min(len(text), end + 60)) is None:
        return False
    if _DEFINES_BEFORE.search(text, sentence_start, start) is not None:
        return True
    entry_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return sentence_start == line_start > 0 and _ENTRY_LINE.fullmatch(text, entry_start, line_start) is not None


def _defined_user(text: str, defs: dict) -> tuple[str, dict[str, int]] | None:
    """The word the document defines for its user (of _USER_TERMS, the one it writes most) and how often it writes each
    such word it defines; None when it defines none."""
    users = [t for t in _USER_TERMS if t in defs]
    if not users:
        return None
    used = {t: text.count(t) for t in users}
    return max(users, key=used.get), used


def addressee_findings(ctx: Context, defs: dict):
    user = _defined_user(ctx.text, defs)
    if user is None or any(_ADDRESS.fullmatch(t) for t in defs):
        return
    main, used = user
    # (not the お客様 a definition names: 「…全てのお客様（以下「利用者」といいます）」 defines 利用者 by it)
    # (nor the head of a compound: 「お客様情報の取扱規定」 names another document, お客様窓口 a desk)
    # (nor one in the meaning of another term: 「「申込者」とは、…申込みをしたお客様をいいます」, where the defined user
    # is a 申込者 accepted later: the word for anyone, before any definition applies)
    found = [m for m in _ADDRESS.finditer(ctx.text) if not defined_here(ctx.text, m.end())
             and not _COMPOUND_GOES_ON.match(ctx.text, m.end()) and not _in_a_meaning(ctx, m.start(), m.end())
             and not _GLOSSED.match(ctx.text, m.end())
             and not others_words(ctx.text, m.start(), m.end(), *ctx.line_span(m.start()))]
    # (nor the preamble's address to the reader before any article defines the user: 「…利用されるお客様は、ご利用の前に
    # …お読みください」 above 第1条's 「…すべてのお客様（…以下、「利用者」といいます。）」)
    found = [m for m in found if not (m.start() < defs[main].span[0] and ctx.article_at(m.start()) is None)]
    if not found or len(found) * 2 > used[main]:
        return  # written as often as the defined word: the document's own way of speaking, not a leftover
    # 会員 are the users who registered (「…申請し、当社がこれを承認した方をいいます」), as is a user defined as one who
    # registered (「「ユーザー」とは、…ユーザー登録した者をいいます」): お客様 may take in the guests too, which only the
    # writer can tell; a note asks, with no word put in its place
    at = defs[main].span[1]
    members = main in _MEMBERS or _REGISTERED.match(ctx.text, at, min(len(ctx.text), at + 80)) is not None
    sug = main if len(used) == 1 and not members else None
    for m in found:
        yield ctx.finding(
            "term-inconsistent", m.span(),
            f"「{m.group(0)}」は定義されていません。この文書が定義する語は「{main}」です"
            f"（「{main}」{used[main]}回、「{m.group(0)}」{len(found)}回）。"
            + (f"「{m.group(0)}」が{main}を指すのか、{main}でない利用者も含むのかを定めます。" if members else ""),
            f"「{m.group(0)}」 is not defined; the document defines its user as 「{main}」."
            + (f" Say whether 「{m.group(0)}」 means the {main} only or guests too." if members else ""),
            suggestion=sug, severity="info" if members else None,
        )



# 貴社 and 御社 address the reader's company: a contract between companies may call the other party so, but terms that
# speak as 当社 and define their user by a word for a person (利用者, ユーザー, 会員) address no company. One or two of
# them there are a sentence of a template written from the other side, a pledge or a contract (「偽計若しくは威力を用いて
# 貴社の信用を毀損し」 in the user's list of prohibited acts): the speaker's own 当社 is meant. (Not a compound of
# them, 貴社名, a form's field; nor a sentence in the user's voice, a consent the form has the user give: 「私は…
# 貴社の定める…に同意します」.)
_SECOND_PERSON = re.compile(r"(?<![\u3400-\u9fff々])(?:貴社|御社)(?![\u3400-\u9fff々])")
_SPEAKERS = ("当社", "弊社")
_USERS_VOICE = re.compile(r"私|同意(?:します|いたします|致します)|誓約|申し?込みます|確認しました")
# a definition of the user that makes it a company (法人, 企業, 会社, 事業者, 団体), read this far after the term
_A_COMPANY = re.compile(r"法人|企業|会社|事業者|団体")
_DEFINITION_REACH = 100
# the speaker's word written at least this often, the second person at most _SECOND_PERSON_SLIPS times
_SPEAKER_USES, _SECOND_PERSON_SLIPS = 5, 2


def second_person_findings(ctx: Context, defs: dict):
    text = ctx.text
    found = list(_SECOND_PERSON.finditer(text))
    if not found or len(found) > _SECOND_PERSON_SLIPS or (user := _defined_user(text, defs)) is None:
        return
    at = defs[user[0]].span[1]
    if _A_COMPANY.search(text, at, min(len(text), at + _DEFINITION_REACH)):
        return  # 「「ユーザー」とは、…利用する法人、団体または個人事業主を指します」: a user that may be a company is
        # addressed as 貴社
    uses, speaker = max((text.count(s), s) for s in _SPEAKERS)
    if uses < _SPEAKER_USES:
        return
    for m in found:
        lo, hi = ctx.line_span(m.start())
        start = max(lo, text.rfind("。", lo, m.start()) + 1)
        end = text.find("。", m.end(), hi)
        if _USERS_VOICE.search(text, start, hi if end < 0 else end):
            continue
        yield ctx.finding(
            "term-inconsistent", m.span(),
            f"「{m.group(0)}」は相手方の会社を指す語ですが、この文書は自らを「{speaker}」（{uses}回）と呼び、相手方を会社と"
            f"していません。「{speaker}」の誤りと思われます（他の書式から写した文が残っていませんか）。",
            f"「{m.group(0)}」 addresses the reader's company, but the document speaks as 「{speaker}」 ({uses} times) and "
            f"its user is no company: 「{speaker}」 is probably meant (a sentence from a template written from the other side).",
            suggestion=speaker)


# Terms that define the contract made under them (「…の申込みを承諾した時に…契約（以下「利用契約」といいます。）が成立」)
# (or write its name, 利用契約, five times or more) and call themselves 本規約 or 本約款 write 本契約 once or twice, never
# defining it: a sentence of a contract's form
# (「本契約その他…すべての契約の全部または一部を解除」, 「本契約における用語の定義は」). The contract or the document itself
# is meant, which the writer must say: no word is put in its place.
_THIS_CONTRACT = re.compile(r"(?<![\u3400-\u9fff々「『])本契約(?![\u3400-\u9fff々」』])")
_TERMS_SELF = re.compile(r"本(?:規約|約款|規程|規則)")
_CONTRACT_LEFTOVERS, _TERMS_SELF_USES, _CONTRACT_USES = 2, 3, 5
_NAMED_CONTRACT = re.compile(r"(?<![\u3400-\u9fff々\u30a1-\u30fa\u30fc])(?!本)[\u3400-\u9fff々\u30a1-\u30fa\u30fc]{1,8}契約"
                             r"(?![\u3400-\u9fff々])")


def contract_word_findings(ctx: Context, defs: dict):
    text = ctx.text
    if any(t.startswith("本契約") for t in defs) or "本契約" not in text:
        return
    selves = _TERMS_SELF.findall(text)
    if len(selves) < _TERMS_SELF_USES:
        return
    # the contract's name, defined or not (利用契約 written six times is the document's word for it)
    written = Counter(m.group(0) for m in _NAMED_CONTRACT.finditer(text))
    contracts = [t for t in defs if t.endswith("契約") and len(t) >= 3 and not t.startswith("本")] + list(written)
    if not contracts:
        return
    contract = max(contracts, key=text.count)
    uses = text.count(contract)
    found = [m for m in _THIS_CONTRACT.finditer(text) if not defined_here(text, m.end())]
    if not found or len(found) > _CONTRACT_LEFTOVERS or uses < _CONTRACT_USES:
        return
    self_name = Counter(selves).most_common(1)[0][0]
    for m in found:
        yield ctx.finding(
            "term-inconsistent", m.span(),
            f"「本契約」は定義されていません。この文書は自らを「{self_name}」、これに基づく契約を「{contract}」"
            f"（{uses}回）と呼んでいます。どちらを指すかを書きます（契約書の書式から写した文が残っていませんか）。",
            f"「本契約」 is not defined: the document calls itself 「{self_name}」 and the contract made under it "
            f"「{contract}」 ({uses} times); say which is meant.")


# 会員, 契約者 and 加入者 name a status (one who joined, one who holds a contract), not anyone who uses a service as
# 利用者 and ユーザー do. Terms that define their user under another name and write one of them once or twice, never
# defining it, carry a sentence of another template (「…に関して会員に生じた損害」 in terms of 利用者): whether the status
# is meant or the defined user must be guessed. Not where the document gives the status (「会員として登録」, 「会員登録」),
# nor where a noun owns it (「パーソナルプランの会員」, 「『あんしんパートナー』の契約者」: members of something else).
_STATUS_WORDS = ("会員", "契約者", "加入者")
_STATUS_LEFTOVER = 2  # written more often than this, the status is the document's own word
_STATUS_GIVEN = re.compile(r"(?:会員|契約者|加入者)(?:として|登録|に登録|になる|となる|になろう|の資格|資格)")
_WORD_GOES_ON = re.compile(r"[\u3400-\u9fff々\u30a1-\u30fa\u30fcA-Za-zＡ-Ｚａ-ｚ]")
_OWNED = re.compile(r"[\u3400-\u9fff々\u30a1-\u30fa\u30fcA-Za-z」』）)]の$")


def _names_a_kind_of(text: str, at: int, main: str) -> bool:
    """Does the sentence going on from ``at`` define ``main`` (「…を利用する会員、体験参加者、保護者その他の利用者（以下
    「利用者」）は、」)? The status word is then one of the kinds of user the definition names."""
    end = text.find("。", at)
    return re.search(r"[（(]以下[、，]?[「『]" + re.escape(main) + r"[」』]", text[at:end if end >= 0 else len(text)]) \
        is not None


def status_word_findings(ctx: Context, defs: dict):
    text = ctx.text
    user = _defined_user(text, defs)
    if user is None or _STATUS_GIVEN.search(text):
        return
    main, used = user
    for word in _STATUS_WORDS:
        if word in defs or word in main or main in word or word not in text:
            continue
        found = [m for m in re.finditer(word, text)
                 if not _WORD_GOES_ON.match(text, m.end()) and not _WORD_GOES_ON.match(text, m.start() - 1)
                 and m.start() > 0 and not _OWNED.search(text, max(0, m.start() - 2), m.start())
                 and not defined_here(text, m.end()) and not _in_a_meaning(ctx, m.start(), m.end())
                 and not others_words(text, m.start(), m.end(), *ctx.line_span(m.start()))
                 and not _names_a_kind_of(text, m.end(), main)]
        if not found or len(found) > _STATUS_LEFTOVER or len(found) * 10 > used[main]:
            continue
        for m in found:
            yield ctx.finding(
                "term-inconsistent", m.span(),
                f"「{word}」は定義されていません。この文書が利用する人を指して定義する語は「{main}」です"
                f"（「{main}」{used[main]}回、「{word}」{len(found)}回）。別の雛形の文が残っていると思われます。",
                f"「{word}」 is not defined; the document defines its user as 「{main}」 ({used[main]} times, "
                f"「{word}」 {len(found)}): a sentence of another template, probably.",
                suggestion=main)


# 「発注者（以下「甲」という。）及び請負者（以下「乙」という。）」: each party's role, then the letter the contract calls
# it by from there on
_ROLE_LETTER = re.compile(r"(?P<role>[\u4e00-\u9fff]{1,6}?(?:者|人|主))[ \u3000]*[（(][ \u3000]*以下[、，]?[ \u3000]*"
                          r"[「『](?P<letter>[甲乙丙丁])[」』]")
# written again more often than this, the role is the text's own second name for the party (「甲（発注者）」 style)
_ROLE_LEFTOVER = 3
_KANJI_AT = re.compile(r"[\u4e00-\u9fff々]")
# the role glossing the letter it follows, as a signature block labels its parties: 【甲（委託者）】, 乙(受託者)
_GLOSSED_LETTER = re.compile(r"[甲乙丙丁][ \u3000]*[（(]$")
# the letter glossing the role, the other way round: 貸主(甲), 借主（乙） over a signature
_LETTER_GLOSS = re.compile(r"[ \u3000]*[（(][ \u3000]*[甲乙丙丁][ \u3000]*[）)]")


def role_name_findings(ctx: Context, defs: dict):
    """「発注者は請負者が…」 in an article of a contract that named 発注者 「甲」 and 請負者 「乙」: a sentence from a
    template that calls the parties by their roles; the letters are the contract's names for them. Not in the articles'
    headings, which name a party's role on purpose (「第5条（発注者の責任）甲は…」), nor inside a compound (下請負者),
    nor in a definition, a quotation or the brackets glossing a letter (【甲（委託者）】 over a signature, or 貸主(甲))."""
    text = ctx.text
    roles: dict[str, tuple[str, int]] = {}
    for m in _ROLE_LETTER.finditer(text):
        roles.setdefault(m.group("role"), (m.group("letter"), m.end()))
    if len({letter for letter, _ in roles.values()}) < 2:
        return  # one letter: no contract's two sides
    headings = [a.heading_span for a in ctx.doc.all_articles()]
    for role, (letter, after) in roles.items():
        places = [m.span() for m in re.compile(re.escape(role)).finditer(text, after)]
        places = [(s, e) for s, e in places if not _KANJI_AT.match(text, s - 1) and not _KANJI_AT.match(text, e)
                  and not any(a <= s < b for a, b in headings) and not defined_here(text, e)
                  and not _ROLE_LETTER.match(text, s) and text[s - 1:s] not in "「『" and text[e:e + 1] not in "」』"
                  and not _GLOSSED_LETTER.search(text, max(0, s - 3), s) and not _LETTER_GLOSS.match(text, e)]
        if not places or len(places) > _ROLE_LEFTOVER:
            continue
        for s, e in places:
            yield ctx.finding(
                "term-inconsistent", (s, e),
                f"「{role}」とありますが、この契約は{role}を「{letter}」と定めています（以下「{letter}」という）。",
                f"「{role}」: the contract calls the {role} 「{letter}」 from its definition on.",
                suggestion=letter,
            )


# more than this many times, a designation is the text's own voice (terms with a contract form annexed), no leftover
_DESIGNATION_LEFTOVER = 3


def _named_unquoted(text: str, letter: str) -> bool:
    """Does the text name a party by ``letter`` without the quotes a definition is read by (「BEAUTECH株式会社（以下甲と
    いう。）」)? Contracts often write their letters so."""
    return re.search(rf"以下[、，]?{letter}と(?:いう|いい|称|呼)", text) is not None


def designation_beside_letters_findings(ctx: Context, defs: dict):
    """当社 or 弊社 in a contract that names its first two parties by their letters (甲, 乙) and never defines 当社: a
    sentence from the terms a company writes in its own voice (「当社所定の方法で支払う」), in a contract where nobody
    speaks; who is meant must be guessed. Only 当 and 弊, the speaker's prefixes (本組合, この法人 name a body a
    contract may well mention)."""
    if not all(letter in defs or _named_unquoted(ctx.text, letter) for letter in _letters()[:2]):
        return
    found = [(p, n, span) for p, n, span in designations(ctx) if p in "当弊"]
    counts = Counter(p + n for p, n, _ in found)
    for prefix, noun, span in found:
        form = prefix + noun
        if form in defs or any(form in t for t in defs) or counts[form] > _DESIGNATION_LEFTOVER:
            continue
        yield ctx.finding(
            "term-inconsistent", span,
            f"「{form}」とありますが、この契約は当事者を「甲」「乙」と定めており、「{form}」の定義はありません。"
            f"どちらの当事者か（「甲」または「乙」）を書くべき箇所と思われます。",
            f"「{form}」: the contract names its parties 「甲」 and 「乙」 and never defines 「{form}」; the party meant "
            f"should be named.",
        )
