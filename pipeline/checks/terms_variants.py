"""term-inconsistent: a defined term written in another form that names the same thing.

1. A synonym swapped inside the term (pipeline/data/term_synonyms.tsv): 「秘密情報」 defined, 「機密情報」 written;
   「受領者」 defined, 「被開示者」 written. The written form is never defined and is written as a name of its own
   (機密性 is another word and stays silent).
2. A role written with one element added or dropped: the document sets up 「個人情報管理者」 and writes it five
   times, then once 「個人情報保護管理者」. The role (a compound ending in 者, 員, 長, 人 or 役) is written at least
   three times or defined; the other form is written once or twice, never defined, and differs by a word of two
   to four kanji inside it (first and last word kept). Two roles of one body that differ so (代表理事,
   代表業務執行理事) are both written often, or both defined, and stay silent.
3. A synonym of a name the document never defines but writes throughout: ユーザー twelve times, 利用者 once. The
   document's usage stands for its definition; a synonym written about as often is its second word, and silent.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import permutations
from typing import Callable

from ..grammar import RULES_NAME
from ..tokens import tokenize
from . import Context, load_tsv
from .page_documents import document_span

_NAME_CONT = re.compile(r"[\u3400-\u9fff々\u30a1-\u30ffー]")
# a name: kanji, after any katakana it starts with (サービス利用責任者)
_ROLE_RUN = re.compile(r"[\u30a1-\u30ffー]*[\u3400-\u9fff々]{4,16}")
_KANJI = re.compile(r"^[\u3400-\u9fff々]+$")
_ROLE_END = "者員長人役"
# a role written this often is the document's own; its other form is a slip when written at most _RARE times
_ROLE_USES, _RARE = 3, 2


@lru_cache(maxsize=1)
def _synonyms() -> tuple[tuple[str, str], ...]:
    pairs = []
    for row in load_tsv("term_synonyms.tsv"):
        pairs += [(row[0], row[1]), (row[1], row[0])]
    return tuple(pairs)


# what goes on a name: kanji, katakana, and Latin letters or digits after it (ユーザーID, ユーザＩＤ is an identifier)
_NAME_TAIL = re.compile(r"[\u3400-\u9fff々\u30a1-\u30ffーA-Za-zＡ-Ｚａ-ｚ0-9０-９]")


# a determiner glued to the name (当該ユーザー, 各ユーザー): the same name, pointed at
# (各, 全, 同 alone, not the end of a word: 共同利用者 is another name than 利用者, 同利用者 is that one)
_DETERMINER_BEFORE = re.compile(r"(?:当該|(?<![\u3400-\u9fff々])(?:各|全|同))$")


def _whole(text: str, s: int, e: int) -> bool:
    """Is text[s:e] a name of its own, not part of a longer one (機密情報 inside 機密情報管理規程 is another name)?"""
    return not (s > 0 and _NAME_CONT.match(text[s - 1]) and not _DETERMINER_BEFORE.search(text, max(0, s - 2), s)) \
        and not (e < len(text) and _NAME_TAIL.match(text[e]))


# 「サービス利用登録事業者（以下「サービス利用事業者」という。）」: the long name given its short one, no slip; also
# with the thing's own name between them (「本サイト「…ポータル」（以下、「当サイト」）」)
_GIVEN_SHORT_NAME = re.compile(r"(?:[「『][^「」『』\n]{1,40}[」』])?[ \u3000]*[（(]以下")


# the verb that gives a term its meaning (「X」とは…をいう, (2) 本サービス　…を指す)
GIVES_MEANING = re.compile(r"を(?:いう|いい|指す|いいます)")
# the label of a list's entry, a glossary's among them: (1), 1., 一, ①
ENTRY_LABEL = r"(?:[(（]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．]?|[\u2460-\u2473])"


# a line, or a quotation, that only names another document (a link, 別途定める「お客様の個人情報に関するプライバシーポリシー」)
_DOCUMENT_TITLE = re.compile(r"[ \u3000]*[「『【]?[^。、，,\n「」]{2,40}?(?:ポリシー|規約|規程|規則|約款|方針|ガイドライン|"
                             r"ご案内|について)[」』】]?[ \u3000]*")


def others_words(text: str, start: int, end: int, line_start: int, line_end: int) -> bool:
    """Does text[start:end] stand in words that are not the document's own sentence: a quoted sentence (「このサービス
    は、…提供しています。」と記載されております: its 。 inside the brackets), the quoted name of another document, or a line
    that only names one? Their wording is that of whoever wrote them, and no slip of the document's terms."""
    opening = max(text.rfind("「", line_start, start), text.rfind("『", line_start, start))
    if opening >= 0 and max(text.rfind("」", opening, start), text.rfind("』", opening, start)) < 0:
        close = min((k for k in (text.find("」", end, line_end), text.find("』", end, line_end)) if k >= 0), default=-1)
        if close >= 0 and text.find("「", end, close) < 0:
            if text[close - 1] in "。｡" or _DOCUMENT_TITLE.fullmatch(text, opening + 1, close):
                return True
    return _DOCUMENT_TITLE.fullmatch(text, line_start, line_end) is not None


def defined_here(text: str, end: int) -> bool:
    """Is the word ending at ``end`` the one a definition right after it names (…お客様（以下「利用者」という。））?"""
    return bool(_GIVEN_SHORT_NAME.match(text, end))


def colon_entry_of(text: str, term: str, pos: int) -> bool:
    """Does ``pos`` stand in the line of a glossary entry (labelled or bulleted) that gives ``term`` its meaning after a
    colon?"""
    line_start = text.rfind("\n", 0, pos) + 1
    return re.match(rf"[ \u3000]*(?:{ENTRY_LABEL}|[•・*\-])?[ \u3000]*[「『]?{re.escape(term)}[」』]?[ \u3000]*[:：]",
                    text[line_start:pos]) is not None


# what makes a person someone who would become the defined party, not yet it
_PROSPECTIVE = re.compile(r"(?:を希望する|しようとする|を予定する|を検討する|を申し込む|を申込む)$")


# roles that name any party, not one kind (「…開示を受けた当事者（以下「受領者」）」: the receiving party, whom 被開示者 names
# too), nor the one who uses
_ANY_PARTY = ("当事者", "関係者", "利用者", "使用者")

# a role a definition names its term after (「…のご契約者様（「ユーザー様」といいます。）」): the term is that role's other
# name; honorifics around it aside
_ROLE_NAMED = re.compile(r"(?:ご|お)?([\u3400-\u9fff々]{1,6}[者員])(?:様|さま)?[ \u3000]*[（(]?(?:以下)?[、,]?[「『]?$")


def _alias_of_another_role(said: str, word: str) -> bool:
    """Does the definition ``said`` (the words before the term) name the term as another role than ``word``, and say
    nothing of what ``word``'s role does (ユーザー defined as the 契約者: 利用者 may be those the service is used for,
    patients or the cared for; 「…を利用する事業者（以下「利用者」）」 is the one who uses)?"""
    role = word.rstrip("様さま")
    if not role.endswith(("者", "員")):
        return False  # (ユーザー names no act in its letters to look for)
    act = role[:-1][-2:]  # what the word's role does (利用 of 利用者様, 開示 of 被開示者)
    m = _ROLE_NAMED.search(said)
    return m is not None and len(m.group(1)) >= 2 and not word.startswith(m.group(1)) \
        and not m.group(1).endswith(_ANY_PARTY) and act not in said


def synonym_findings(ctx: Context, defs: dict, where_defined: Callable[[Context, object], str],
                     definiens: Callable[[str, object], str]):
    """``where_defined(ctx, definition)`` says where a term is defined (第2条, 前文), ``definiens(text, definition)``
    what as: terms.py's, passed in since terms.py imports this module."""
    text = ctx.text
    # what gives a term: a definition speaks of the thing in other words (「登録ユーザー」とは、…利用者としての登録がされ
    # た個人…を意味します, to the sentence's end; 「利用者の皆さま（以下「ユーザー」といいます。）」, to the term), which
    # are no slips for the defined ones
    # (the definitions of the term and of the terms made with it only: 「個人情報とは、…利用者から取得する…」 gives 個人情報,
    # and its 利用者 is the undefined word the document writes for its ユーザー)
    defining = {t: (line_or_sentence_start(text, x.span[0]),
                    _sentence_end(text, x.span[1]) if _gives_meaning_after(text, x) else x.span[1])
                for t, x in defs.items()}
    for term, d in defs.items():
        if not _NAME_CONT.match(term[0]):
            continue
        for a, b in _synonyms():
            if a not in term or len(term) < 3 and term != a:
                continue  # (a two-character term only as the synonym itself: 「この規則で社員とは」, then 従業員)
            v = term.replace(a, b)
            if v in defs or v not in text:
                continue
            # (v inside another defined term, 利用者 in 他の利用者: a name of its own there, unless the defined one is
            # never written, 受領者 defined and 被開示者 written throughout, 第三被開示者 defined after it)
            in_another = any(v in t for t in defs if t != term)
            if any(_narrowed(meaning, v) or _CARVED_OUT.search(meaning) for meaning in _meanings(text, term, d)):
                continue  # the term is a kind of what the other word names: 他の利用者 is no ユーザー; 「社員とは、…雇用契約を
                # 締結した者のうち、臨時雇用、パートタイマ…を除いた者をいう」 leaves the others to 従業員
            if _alias_of_another_role(definiens(text, d), v):
                continue  # 「…のご契約者様（「ユーザー様」といいます。）」: the term names the contracting party, and 利用者様
                # may be the people the service is used for (a care provider's patients)
            if _listed_as_a_member(text, d, v):
                continue  # 「出品者及び利用者（以下、総称して「ユーザー」）」: the term names both, the word one of them
            hits = [m for m in re.finditer(re.escape(v), text)
                    if _whole(text, m.start(), m.end()) and not defined_here(text, m.end())
                    # 「本件アプリ内のユーザー」: the users inside something else (an app's), not the party defined;
                    # 「本サービスへの登録を希望する利用者」: one who is not yet the registered party the term names
                    and not text.startswith("内の", m.start() - 2)
                    and not _PROSPECTIVE.search(text, max(0, m.start() - 8), m.start())
                    # 「ユーザー:本アプリの利用者」: the meaning a glossary's entry gives its term after a colon
                    and not colon_entry_of(text, term, m.start())
                    # 「ユーザー以外の本ソフトウェアの利用者」: the users set against the defined party, in so many words
                    and not _set_against(text, term, m.start())
                    and not any(a <= m.start() < b for t, (a, b) in defining.items() if term in t)]
            if len(hits) >= _RENAMED_HITS and not any(
                    _whole(text, m.start(), m.end()) and not d.span[0] <= m.start() < d.span[1]
                    for m in re.finditer(re.escape(term), text)):
                # 「…当事者を「受領者」という。」, then 被開示者 ten times and 受領者 never: the definition named the
                # role one way and the text calls it the other throughout; told once, at the definition
                yield ctx.finding(
                    "term-inconsistent", d.span,
                    f"定義語「{term}」は定義の後に一度も使われず、同じものを指す「{v}」が{len(hits)}回使われています。"
                    f"定義か本文のどちらかに揃えるべきです。",
                    f"The defined term 「{term}」 is never used after its definition, while 「{v}」, the same thing's "
                    f"other name, is written {len(hits)} times: the definition and the text disagree.",
                    suggestion=v,
                )
                continue
            if in_another or not hits or len(hits) > max(_RARE, text.count(term) // 3):
                continue  # written as often as the defined form: the document speaks of two things
            where = where_defined(ctx, d)
            for m in hits:
                yield ctx.finding(
                    "term-inconsistent", m.span(),
                    f"「{v}」は定義されていません。同じものを指す定義語「{term}」（{where}で定義）と書くべきです。",
                    f"「{v}」 is not defined; the defined term for the same thing is 「{term}」 ({where}).",
                    suggestion=term,
                )


def _set_against(text: str, term: str, pos: int) -> bool:
    """Does the clause before ``pos`` name others than ``term`` (「ユーザー以外の」, 「当社以外の」) a few words before?"""
    at = text.rfind(f"{term}以外", max(0, pos - 30), pos)
    return at >= 0 and not any(c in text[at:pos] for c in "。、\n")


_NOUN_AFTER_NO = re.compile(r"の([\u3400-\u9fff々\u30a1-\u30ffー]{2,6})")


def _compound_spelled_out(text: str, end: int, word: str) -> bool:
    """Is ``word`` (ending at ``end``) followed by の and a noun it makes a compound with elsewhere in the document
    (「ユーザーの登録」 beside 「ユーザー登録」)? The compound is a set name (account registration), not the person."""
    m = _NOUN_AFTER_NO.match(text, end)
    return m is not None and any(word + m.group(1)[:k] in text for k in range(2, len(m.group(1)) + 1))


# a defined name never written again while its synonym is written this often: the text calls the thing the other way
_RENAMED_HITS = 2
# an undefined name the document writes this often is its own name for the thing; its synonym is a slip when written
# at most _RARE times and this many times less often
_ESTABLISHED_USES, _ESTABLISHED_RATIO = 8, 6


# 「ユーザーその他の第三者」「ユーザー等の第三者」: the word names one of the third parties, not a party of the document
_ONE_OF_THE_THIRD_PARTIES = re.compile(r"(?:その他の|その他|等の|などの)第三者")


def established_synonym_findings(ctx: Context, defs: dict):
    """A name the document never defines but writes throughout (ユーザー, 17 times) and, once or twice, its standing
    synonym (利用者の権利義務に重大な影響): the document's own usage is its definition, and the other form reads as
    another person. Both forms undefined; a term that holds either (登録ユーザー defined) is synonym_findings'."""
    text = ctx.text
    for a, b in _synonyms():
        if b not in text or a not in text or a in defs or b in defs:
            continue
        uses = sum(1 for m in re.finditer(re.escape(a), text) if _whole(text, m.start(), m.end()))
        if uses < _ESTABLISHED_USES:
            continue
        # (「ユーザー：…の利用者を意味します」: the sentence that says what the name means speaks in other words; so does
        # one that says what anything is, in general words: 「プライバシーポリシーとは、…開発者と利用者の間での約束です」)
        says_meaning = re.compile(re.escape(a) + r"[」』]?(?:とは|[：:])|[^、。\n]とは[、，]")
        hits = [m for m in re.finditer(re.escape(b), text)
                if _whole(text, m.start(), m.end()) and not defined_here(text, m.end())
                and not says_meaning.search(text, line_or_sentence_start(text, m.start()), m.start())
                and not _compound_spelled_out(text, m.end(), b)]
        if not hits or len(hits) > _RARE or uses < _ESTABLISHED_RATIO * len(hits):
            continue
        if any(_ONE_OF_THE_THIRD_PARTIES.match(text, m.end()) for m in hits):
            continue  # 「利用者は、…成果物に生じるユーザーその他の第三者からの問い合わせ…に対応する」: the other word names
            # one of the third parties (an API's licensee is 利用者, its own users ユーザー), no synonym of the party
        for m in hits:
            yield ctx.finding(
                "term-inconsistent", m.span(),
                f"「{b}」（{len(hits)}回）は、この文書が全体で「{a}」（{uses}回）と呼ぶものの別名です。呼び方を"
                f"「{a}」に揃えるべきです。",
                f"「{b}」 ({len(hits)} times) names what the document calls 「{a}」 throughout ({uses} times).",
                suggestion=a,
            )


def _meanings(text: str, term: str, d) -> list[str]:
    """What the document says ``term`` means: the rest of each sentence 「term」とは…, and of its definition's own when
    the meaning follows it (a term defined twice, in the preamble and in 第2条, has two)."""
    out = [_meaning_from(text, m.end()) for m in re.finditer(f"「{re.escape(term)}」とは", text)]
    if _gives_meaning_after(text, d):
        out.append(_meaning_from(text, d.span[1]))
    return out


# 「秘密情報」とは、次の各号の情報をいいます。⏎（１）本条第１項の機密情報⏎…: the meaning is the list the sentence announces
_LIST_FOLLOWS = re.compile(r"次の各号|以下の各号|次に掲げる|以下に掲げる|次のいずれか|以下のいずれか")
_ITEM_LINE = re.compile(r"[ \u3000]*(?:[-*・][ \u3000]*)?(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,2}[．.)）]"
                        r"|[一二三四五六七八九十]{1,3}[ \u3000]|[①-⑳])")


def _label_shape(label: str) -> str:
    return re.sub(r"[0-9０-９]+", "0", re.sub(r"[一二三四五六七八九十]+", "一", re.sub(r"[①-⑳]", "①", label)))


def _meaning_from(text: str, pos: int) -> str:
    end = _sentence_end(text, pos)
    if _LIST_FOLLOWS.search(text, pos, end):
        shape = None  # the list's labels, one style (「3.前項の…」 after （1）…（3） is the next paragraph)
        while (at := end + 1 if text.startswith("\n", end) else end) < len(text) and (m := _ITEM_LINE.match(text, at)):
            if shape is not None and _label_shape(m.group(0)) != shape:
                break
            shape = _label_shape(m.group(0))
            nl = text.find("\n", at)
            end = len(text) if nl < 0 else nl
    return text[pos:end]


_JOINERS = r"(?:及び|並びに|又は|若しくは|および|ならびに|または|もしくは|、|，|・)"


def _listed_as_a_member(text: str, d, word: str) -> bool:
    """Is ``word`` one of the things the words before the definition's brackets list and the term names together
    (「出品者及び利用者（以下、総称して「ユーザー」といいます）」)? The term is then the union, the word one of its
    members, and both are meant where each is written."""
    start = line_or_sentence_start(text, d.span[0])
    opening = max(text.rfind("（", start, d.span[0]), text.rfind("(", start, d.span[0]))
    if opening < 0:
        return False
    described = text[start:opening]
    w = re.escape(word)
    return re.search(rf"{w}{_JOINERS}|{_JOINERS}{w}$", described) is not None


def line_or_sentence_start(text: str, pos: int) -> int:
    return max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1


def _gives_meaning_after(text: str, d) -> bool:
    """Does the meaning follow the term (「X」とは…をいう, or a list's 「X：…」 at its line's start), rather than come
    before it (…（以下「X」という）, the sentence going on about something else)?"""
    after = text[d.span[1]:d.span[1] + 4].lstrip("」』”\" \u3000")
    return after.startswith(("とは", "：", ":")) or line_or_sentence_start(text, d.span[0]) >= d.span[0] - 2


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence at ``pos`` ends: its 。 (outside brackets: （以下「X」という。） goes on) or its line's end."""
    depth = 0
    for k in range(pos, len(text)):
        c = text[k]
        if c in "（(「":
            depth += 1
        elif c in "）)」":
            depth = max(0, depth - 1)
        elif c == "\n" or (c == "。" and depth == 0):
            return k + 1
    return len(text)


# a definition that carves its term out of a larger group (…者のうち, …を除いた者, …を除く): a synonym of the term may then
# name the larger group, on purpose
_CARVED_OUT = re.compile(r"のうち|を除(?:いた|く|き)")


def _narrowed(definiens: str, word: str) -> bool:
    """Does the definition make the term a kind of ``word``: 「…利用者としての登録がなされた個人をいう」 (registered users
    only)? Not where the word is all the definition says: 「本サービスの利用者の総称をいう」 (the same set)."""
    if word not in definiens:
        return False
    return re.search(re.escape(word) + r"(?:の総称|全般|一般)?(?:を|の)?(?:いい|いう|言う|指し|指す|意味)", definiens) is None


# words that point at a person rather than name a role (当該代表取締役 is 代表取締役, 各特別取締役 a 取締役)
_DETERMINERS = ("当該", "各", "同", "前記", "上記", "本", "当", "全", "他", "新", "旧", "元", "前", "現")


def _inserted(short: str, long_: str) -> str | None:
    """The piece of two to four kanji that ``long_`` has inside ``short`` (個人情報|保護|管理者), or None. The
    words around it are of two characters or more: a piece before a one-kanji suffix (暴力団|準構成|員) or after
    a determiner (当該|親会社|社員) makes another role or points at a person, and is no slip."""
    k = len(long_) - len(short)
    if not 2 <= k <= 4 or short.startswith(_DETERMINERS):
        return None
    for i in range(2, len(short) - 1):
        if long_[:i] == short[:i] and long_[i + k:] == short[i:]:
            piece = long_[i:i + k]
            return piece if _KANJI.match(piece) else None
    return None


def _word_bounds(word: str) -> frozenset[int]:
    return frozenset(b for t in tokenize(word) for b in (t.start, t.end))


def role_element_findings(ctx: Context, defs: dict):
    text = ctx.text
    runs: dict[str, int] = {}
    for m in _ROLE_RUN.finditer(text):
        runs[m.group(0)] = runs.get(m.group(0), 0) + 1
    # a role counts as the document's own by the places it stands as a whole name (not inside 当該個人情報管理者:
    # fewer, never more); the text is searched only for the few names a slip is suspected in
    roles = {r for r, n in runs.items() if r[-1] in _ROLE_END and n >= _ROLE_USES}
    roles |= {t for t in defs if len(t) >= 4 and _ROLE_RUN.fullmatch(t) and t[-1] in _ROLE_END}
    if not roles:
        return
    by_ends: dict[tuple[str, str], list[str]] = {}
    for r in roles:
        by_ends.setdefault((r[0], r[-1]), []).append(r)
    for run in runs:
        near = by_ends.get((run[0], run[-1]))
        if not near or runs[run] > _RARE or run in roles or run in defs or text.count(run) > _RARE:
            continue
        for role in near:
            short, long_ = (role, run) if len(role) < len(run) else (run, role)
            piece = _inserted(short, long_)
            if piece is None:
                continue
            i = long_.index(piece, 1)
            bounds = _word_bounds(long_)
            if i not in bounds or i + len(piece) not in bounds:
                continue  # the piece cuts a word: another word, not an element added
            if any(run in t for t in defs):
                continue
            if text.count(role) < 3 * text.count(run):
                continue
            for m in re.finditer(re.escape(run), text):
                if not _whole(text, m.start(), m.end()) or defined_here(text, m.end()):
                    continue
                n, k = text.count(role), text.count(run)
                yield ctx.finding(
                    "term-inconsistent", m.span(),
                    f"「{run}」（{k}回）は、この文書が「{role}」（{n}回）と呼ぶ役割の別表記と思われます。",
                    f"「{run}」 ({k} times) looks like another form of the role the document calls 「{role}」 ({n} times).",
                    suggestion=role,
                )
            break


# ------------------------------------------------------------------ a term's words in another order

# 「個人保有データ」 for the defined 「保有個人データ」: the words that qualify the term's head (its last word) written in
# another order, once or twice, in a document that defines the term. A reordering that keeps every word and the head
# names the same thing in the same words: a slip of memory, not another thing (「会員個人」 and 「個人会員」 differ in
# their head, and two words are never looked at).
_REORDER_MIN_WORDS = 3
_REORDER_MAX_WORDS = 5  # (the orders of four qualifying words are 24 strings to count; no term has more)


def reordered_findings(ctx: Context, defs: dict, runs: str):
    """``runs``: the document's compound runs, one a line (a law defines hundreds of terms: each order is looked
    for among its distinct compounds, not in its whole text)."""
    text = ctx.text
    terms = [t for t in defs if _KANJI_OR_KATAKANA.fullmatch(t)]
    for term in terms:
        words = [t.surface for t in tokenize(term)]
        if not _REORDER_MIN_WORDS <= len(words) <= _REORDER_MAX_WORDS or any(len(w) < 2 for w in words[:-1]):
            continue  # (a one-kanji prefix or suffix, 要|配慮, belongs where it stands: no word of its own to move)
        head, qualifiers = words[-1], words[:-1]
        for order in set(permutations(qualifiers)):
            if list(order) == qualifiers:
                continue
            other = "".join(order) + head
            if other in defs or other not in runs:
                continue
            places = [m.start() for m in re.finditer(re.escape(other), text)
                      if _whole(text, m.start(), m.end()) and not defined_here(text, m.end())]
            if not places or len(places) > _RARE:
                continue  # written often: the document's second name for the thing, not a slip
            n = text.count(term)
            if n <= len(places):
                # 「「個人保有データ」とは…をいいます」, then 保有個人データ wherever the text uses it: the definition
                # named the thing in another order than the text (and the statute) call it
                at = defs[term].span[0]
                yield ctx.finding(
                    "term-inconsistent", (at, at + len(term)),
                    f"定義語「{term}」は、本文では語順を入れ替えた「{other}」（{len(places)}回）として使われています。"
                    f"定義の語順の誤りと思われます。",
                    f"The defined 「{term}」 is used as 「{other}」 ({len(places)} times), its words in another order: "
                    f"the definition names it wrongly.",
                    suggestion=other,
                )
                continue
            for at in places:
                yield ctx.finding(
                    "term-inconsistent", (at, at + len(other)),
                    f"「{other}」は、この文書の「{term}」（{n}回）の語順を入れ替えた形です。同じ語の誤記と思われます。",
                    f"「{other}」 is the document's 「{term}」 ({n} times) with its words in another order.",
                    suggestion=term,
                )


_KANJI_OR_KATAKANA = re.compile(r"[\u3400-\u9fff々\u30a1-\u30ffー]{4,20}")


# ------------------------------------------------------------------ one term given two meanings

# 「…本人確認サービス（以下「本サービス」という）」 in 前文 and 「…決済代行サービス（以下「本サービス」という）」 in 第3条: the
# term now means two things, and every later use is ambiguous. A definition scoped to a part of the text (以下この条
# において「X」という: laws give such terms anew article by article) and the same words defined again (a summary and
# the body) are no such clash; each 附則 and annex defines for itself.
# the verbs that give a term its meaning after 「X」と (「X」という, 「X」と総称する): terms.py's definitions read them too
DEFINING_VERBS = "いう|いい|言う|言い|総称|称する|称し|します|する|略す|略し|略称"
# what may stand between 以下 and the short name: 「以下総称して「本サービス」」, 「以下併せて「…」」, 「以下単に「…」」
BETWEEN_IKA_AND_NAME = r"[、,]?[ \u3000]*(?:(?:総称して|併せて|あわせて|まとめて|単に)[、,]?[ \u3000]*)?"
# (「（以下「参加者」）」: the defining verb left out, the bracket closing on the term, as terms of service often write it)
_GIVES = re.compile(rf"以下{BETWEEN_IKA_AND_NAME}「(?P<t>[^「」\n]{{1,30}})」(?:と(?:{DEFINING_VERBS})|(?=[）)]))")
_WHAT = 12  # characters before the bracket that say what is defined

_WORD_CHARS = re.compile(r"[\u3400-\u9fff々\u30a1-\u30ffーA-Za-z]{3,}")


def _shared_word(a: str, b: str, term: str) -> bool:
    """Do two descriptions share a run of three kanji, katakana or letters that the term itself does not hold
    (Mozilla アカウント, Mozilla アカウントサービス: 本サービス)? Then they name one thing in other words. Two things share at
    most a suffix (すべての参加者, セッション登壇者) or the term's own word (オンライン本人確認サービス, 決済代行サービス)."""
    return any((g := w[i:i + 3]) in b and g not in term for w in _WORD_CHARS.findall(a) for i in range(len(w) - 2))


# 「…に関し、お客様（以下「お客様」といいます）と運営者との間の…」, 「当社は、利用者（以下「利用者」）に対し」: the word
# itself before the bracket, after a sentence's or a clause's break, an opening bracket or the topic's は (no words
# before it that say which ones: 本サービスを利用するお客様 defines, and so does 販売代理店と販売契約; nor at a line's start
# after one that ends no sentence: 「…第6号に規定する⏎暴力団員（以下「暴力団員」という。）」 is wrapped; nor after a quoted
# name it ends: 「「海の駅九十九里」直売所（以下「直売所」という。）」 shortens the name to its head). The name closes the
# definition, with its verb or with the bracket: 「星命AI（以下「星命AI」または「当社」）」 gives a party two names.
_SELF_DEFINED = re.compile(rf"(?:(?<=[。、，,）)「『（(])|(?<=。\n)|(?<=[^ぁ-ゖ]は)|\A)[ \u3000]*"
                           rf"(?P<w>[^\s、。，,（(「」）)]{{2,20}})[ \u3000]*[（(]以下"
                           rf"{BETWEEN_IKA_AND_NAME}「(?P=w)」(?:と(?:{DEFINING_VERBS})|[ \u3000]*[。．]?[ \u3000]*[）)])")


_CLOSES_A_DEFINITION = re.compile(r"(?:いう|います|称する|称します)[。．]?[）)]$")


def self_definition_findings(ctx: Context, defs: dict):
    """A definition that gives a word as its own short name, and so says nothing of what it means."""
    text = ctx.text
    if "以下" not in ctx.scanned_text:
        return
    for m in _SELF_DEFINED.finditer(text):
        w = m.group("w")
        if text[max(0, m.start("w") - 2):m.start("w")] in ("）、", ")、"):
            continue  # 「…(以下「テイクアウトサービス」といいます。)、デリバリーサービス(以下「デリバリーサービス」…)」: one
            # of a list of services each given its name, the list saying what they are
        if _CLOSES_A_DEFINITION.search(text, max(0, m.start("w") - 8), m.start("w")):
            continue  # 「国際教養大学（以下「本学」という。）学則（以下「学則」という。）」: a name a definition of its head
            # cut in two, 国際教養大学学則 shortened to its last word
        if w.endswith(("等", "など")) and text[max(0, m.start("w") - 1):m.start("w")] in "、，,":
            continue  # 「コンサート、展覧会、イベント等（以下「イベント等」といいます）」: the name of the whole list before it
        # 「本規約（以下「本規約」といいます。）は」: the text (or its writer) naming itself, which 本 already says: a
        # definition that defines nothing, a note (「この利用規約（以下「本規約」…）」 was meant), no error of meaning
        itself = w[0] in "本当"
        names_document = w[0] == "本" and (RULES_NAME.search(w) is not None or w.endswith(("契約", "ポリシー")))
        yield ctx.finding(
            "term-inconsistent", m.span("w"),
            f"「{w}（以下「{w}」…）」は語をそれ自身で定義しており、何を指すかを定めていません。括弧の前に定義する内容"
            f"（「…する者（以下「{w}」という。）」のように、何を指すか）を書くべきです。"
            + (f"この文書自身を指すなら「この{w[1:]}（以下「{w}」…）」です。" if names_document else ""),
            f"「{w}」 is defined as itself, which says nothing of what it means: state whom or what it names."
            + (f" If the document itself is meant: 「この{w[1:]}（以下「{w}」…）」." if names_document else ""),
            severity="info" if itself else None,
        )


def redefinition_findings(ctx: Context, where_at: Callable[[Context, int], str]):
    """``where_at(ctx, offset)`` says where a definition stands (第2条, 前文): terms.py's."""
    text = ctx.text
    if "以下" not in ctx.scanned_text:
        return
    first: dict[tuple[str, int, str], tuple[int, str]] = {}
    for m in _GIVES.finditer(text):
        bracket = max(text.rfind("（", 0, m.start()), text.rfind("(", 0, m.start()))
        if bracket < 0 or m.start() - bracket > 3:
            continue  # (a definition that does not open its bracket: its defined words are not known)
        what = text[max(0, bracket - _WHAT):bracket]
        what = what[max(what.rfind("、"), what.rfind("。"), what.rfind("\n")) + 1:]
        region = ctx.region_of(m.start())
        # (each document of a page defines its own words: the privacy policy under the terms, its own 利用者)
        key = ("main" if region in ("preamble", "closing") else region, document_span(ctx, m.start())[0], m.group("t"))
        if key not in first:
            first[key] = (m.start(), what)
            continue
        at, was = first[key]
        if not what or not was or what[-8:] == was[-8:] or _shared_word(was, what, m.group("t")):
            continue  # the same thing defined again (a summary, then the body: Mozilla アカウント, Mozilla アカウントサービス)
        term = m.group("t")
        was, what = (("…" if len(w) > 8 else "") + w[-8:] for w in (was, what))
        yield ctx.finding(
            "term-inconsistent", m.span("t"),
            f"「{term}」は{where_at(ctx, at)}で「{was}」として定義済みですが、ここで「{what}」として定義し直されて"
            f"います。一つの語に二つの定義があると、以後の「{term}」がどちらを指すか分かりません。",
            f"「{term}」 is defined as 「{was}」 before and here again as 「{what}」: one term, two meanings.")
