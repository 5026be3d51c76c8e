"""Cross-references inside a document: 第N条（title）第M項第K号, 本条第2項, 前条, 前項.

``find_references(text)`` returns every reference with its span, and says
whether it points into the document itself or at another law or document
(法第17条, 施行規則第29条, 「…に関する法律」第9条, 原約款第3条).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .grammar import NUM, to_int

_SP = r"[ \u3000]*"
REF = re.compile(
    # Every part is optional, so without this lookahead the pattern matches (empty) at every character.
    rf"(?=本条|同条|{_SP}第|(?<=前項|本項|同項|次項)[（(\u2460-\u2473])"
    rf"(?P<self>本条|同条)?"
    rf"(?:第{_SP}(?P<art>{NUM}){_SP}条(?P<branch>(?:{_SP}の{_SP}{NUM})*)"
    rf"(?P<title>{_SP}[（(][^（）()\n]{{1,40}}[）)])?)?"
    # (an item may be cited by its label in brackets after its paragraph: 「第6項(4)の期日」, 「第1条第2項（3）」)
    rf"(?:{_SP}第{_SP}(?P<para>{NUM}){_SP}項(?:[（(](?P<label_item>[0-9０-９]{{1,2}})[）)])?)?"
    rf"(?:{_SP}第{_SP}(?P<item>{NUM}){_SP}号)?"
    # (or after a relative paragraph: 「前項③の書類」, 「本項(1)により」, the relative word read by the resolver)
    rf"(?:(?<=前項|本項|同項|次項)(?:[（(](?P<rel_item>[0-9０-９]{{1,2}})[）)]|(?P<rel_circled>[\u2460-\u2473])))?"
)
_BRANCH = re.compile(rf"の{_SP}({NUM})")
# a citation set in square or lenticular brackets with its article's title after a space: 「［第8条　窓口］」, 「【第5条 個人情報
# の取扱い】」
_BRACKETED_TITLE = re.compile(r"[ \u3000]*([^［］【】\[\]\n（）()]{1,30}?)[ \u3000]*[］】\]]")
RELATIVE = re.compile(r"(?P<rel>前条|次条|前項|次項|前各項|前各号|前号|次号|本条|本項|同項|同号|同条)")
# A reference list continues through these words: 第14条及び第15条
_CONJUNCTIONS = ("及び", "および", "並びに", "ならびに", "又は", "または", "若しくは", "もしくは", "ないし", "乃至",
                 "から", "、", "・", "，", ",", "と", "や")
# (no case particle between 本 and the name: 「本学の教職員に就業規程第35条」 cites the university's 就業規程, not itself)
_SELF_DOC = re.compile(r"本[^\s、。「」『』（）()にをがへはでと]{0,10}(?:約款|規約|契約|規程|条件|要項|細則|規定|ポリシー)$")
# 「（2）第8条（料金）…」, 「- (2) 第5条第4項、…」: the ） closes an item label, not the name of another law
_ITEM_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \u3000]*(?:[-*+・•][ \u3000]*)?[（(][0-9a-zA-Z一二三四五六七八九十]{1,3}[）)][ \u3000]*$")
# what stands between two citations listed in parallel, each with what it provides (「…に規定する学部、」 before
# 「第3条の2に規定する大学院」): the second cites the same document as the first
_PARALLEL_GAP = re.compile(r"(に(?:規定する|定める|掲げる))[^。、「」\n]{1,30}[、，](?:及び|および|並びに|又は|または)?")
_RELATIVE_BEFORE = re.compile(r"(?:前条|次条|同条|本条)$")
# (・ U+30FB sits among the katakana but ends no name: 「・第1条」 is a bullet or a list, 「法・第1条」 no law's name)
# a document named, then の: 「会員規約の第19条を準用します」 (本規約の, この規約の, 同規約の are the document's own)
_NAMED_DOCUMENT_NO = re.compile(r"(本|当|この|同|上記|前記)?[^\s、。（）()]{0,12}?(?:規約|約款|規程|規則|契約書?|法律?|政令|省令|"
                                r"条例|細則|要綱|ガイドライン|ポリシー|定款|規定)[」』]?の$")
_JAPANESE_NOUN_END = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc-\u30ff」』）)A-Za-z]$")
# words that point the reader at a provision and name no law or instrument, though they end in a kanji as a name does:
# 「以下第4条に基づく申込み」 (below), 「上記第3条」, 「前記第5条の期間」 cite the document's own articles; so do the
# words a clause opens a citation with: 「その他第32条に定める業務」 (an item closing a list of costs), 「当該第三十五条
# 第四項の事業計画」, 「…である場合第七百四十九条…」 and 「継続して五年間第百五十四条…」 (a law's table, its cells run
# together), none of them an instrument's name
_POINTING_WORD_BEFORE = re.compile(r"(?:以下|以上|上記|下記|前記|後記|その他|当該|場合|年間)$")
# a document named in Latin letters, then a space: 「（GPLv3 第15条）」, 「GDPR 第6条」 (a name ending in a letter is
# _JAPANESE_NOUN_END's, written tight; one ending in its version's digits may be, 「GPLv3第15条」)
_LATIN_NAME_BEFORE = re.compile(r"[A-Za-z][A-Za-z.\-]*[0-9][0-9.]*[ \u3000]?$|[A-Za-z]{2,}[ \u3000]$")
# a statute named as an entry's label, then its articles: 「不正競争防止法：第2条第1項第17号…」
_LAW_LABEL_BEFORE = re.compile(r"(?:法|法律|政令|省令|規則|条約|指令)[」』]?[：:][ \u3000]?$")


@dataclass(frozen=True)
class Reference:
    text: str
    span: tuple[int, int]  # in the text given to find_references
    article: str | None  # "17", "21_2"; None for a bare 第2項 (same article)
    paragraph: int | None
    item: int | None
    title: str | None
    title_span: tuple[int, int] | None
    external: bool
    number_span: tuple[int, int] | None  # the article number digits, for renumbering


def _article_key(m: re.Match) -> str | None:
    if not m.group("art"):
        return None
    parts = [to_int(m.group("art"))] + [to_int(b) for b in _BRANCH.findall(m.group("branch") or "")]
    return "_".join(str(p) for p in parts if p is not None)


# provisions of another document named before a bracket that excepts or limits some of them: 「教職員就業規程第２章の規定
# （…を除く。）」, 「労働時間等規程第２章（…）」 (the document named by its kind; this document's own, 本規程, aside)
_OTHERS_PROVISIONS = re.compile(r"[\u4e00-\u9fff\u30a1-\u30ff](?P<kind>規約|約款|規程|規則|細則|要綱|法|令|条例|定款)"
                                r"(?:[（(]以下[^（）()]{0,40}[）)])?"  # (its short name given: 「…規程（以下「教職員就業規程」という。）」)
                                r"第[0-9０-９一二三四五六七八九十百]+(?:章|節|条)(?:の規定)?$")


# how far back a bracket's opening is looked for, and how far before it the document's name and provisions
_EXCEPTIONS_SPAN, _NAME_SPAN = 300, 80


def _in_others_exceptions(text: str, pos: int) -> bool:
    """Does ``pos`` stand inside the bracket that follows another document's provisions (its exceptions, 「（…を除く。）」)?"""
    depth, k = 0, pos - 1
    stop = max(0, pos - _EXCEPTIONS_SPAN)
    while k >= stop:
        c = text[k]
        if c in "。\n":
            return False
        if c in "）)":
            depth += 1
        elif c in "（(":
            if depth == 0:
                head = text[max(0, k - _NAME_SPAN):k]
                m = _OTHERS_PROVISIONS.search(head)
                return m is not None and not _SELF_DOC.search(head, 0, m.end("kind"))  # (本規程第２章: its own)
            depth -= 1
        k -= 1
    return False


def find_references(text: str) -> list[Reference]:
    """Every reference in ``text``, in order."""
    return list(_references(text))


@lru_cache(maxsize=4096)
def _references(text: str) -> tuple[Reference, ...]:
    # cached: the checks and the diff ask for the same clause texts, and versions repeat them
    return tuple(_scan(text))


def clear_caches() -> None:
    _references.cache_clear()


def _scan(text: str) -> list[Reference]:
    refs: list[Reference] = []
    last_end = -1
    last_external = False
    for m in REF.finditer(text):
        if m.end() == m.start() or not (m.group("art") or m.group("para") or m.group("item") or m.group("rel_item")
                                        or m.group("rel_circled")):
            continue
        start = m.start()
        if m.group("self") and not m.group("art"):
            pass
        before = text[max(0, start - 12):start]
        gap = text[last_end:start] if last_end >= 0 else None
        # (a conjunction after a comma counts as one: 「GDPR第26条、第28条、および第29条」)
        continues_list = gap is not None and (gap.strip(" \u3000") in _CONJUNCTIONS
                                              or gap.strip(" \u3000、，,") in _CONJUNCTIONS) or gap == ""
        if continues_list and last_end >= 0:
            external = last_external
        elif last_external and gap is not None and (par := _PARALLEL_GAP.fullmatch(gap)) is not None \
                and text.startswith(par.group(1), m.end()):
            external = True  # 「学則第3条に規定する学部、第3条の2に規定する大学院」: one document's articles, listed
        elif m.group("self") or _RELATIVE_BEFORE.search(before) or _ITEM_LABEL_BEFORE.search(text[max(0, start - 8):start]) \
                or m.group("rel_item") or m.group("rel_circled"):
            external = False
        elif _SELF_DOC.search(before) or _POINTING_WORD_BEFORE.search(before):
            external = False
        elif _JAPANESE_NOUN_END.search(before) or _LATIN_NAME_BEFORE.search(before) or _LAW_LABEL_BEFORE.search(before):
            external = True  # 法第17条, 施行規則第29条, 「…法律」第9条, 原約款第3条, GPLv3 第15条, 不正競争防止法：第2条
        elif (named := _NAMED_DOCUMENT_NO.search(before)) is not None and not _SELF_DOC.search(before[:-1]) \
                and not named.group(1):
            external = True  # 会員規約の第19条, 民法の第90条: an article of the document named, as without の
        elif _in_others_exceptions(text, start):
            external = True  # 「教職員就業規程第２章の規定（第５条第４項から第６項まで、…を除く。）」: that document's
        else:
            external = False
        title = None
        title_span = None
        if m.group("title"):
            ts, te = m.span("title")
            raw = text[ts:te].strip(" \u3000")
            title = raw[1:-1]
            title_span = (te - len(raw) + 1, te - 1)
        if title is None and m.group("art") and not m.group("para") and not m.group("item") \
                and text[max(0, start - 1):start] in ("［", "【", "[") \
                and (bm := _BRACKETED_TITLE.match(text, m.end())) is not None:
            title, title_span = bm.group(1), bm.span(1)  # 「［第8条　窓口］をご参照ください」: the title inside the bracket
        number_span = m.span("art") if m.group("art") else None
        # a bare 第2項 may be matched with the space before it (「２　第3項の…」): the span is the text's
        lead = len(m.group(0)) - len(m.group(0).lstrip())
        refs.append(Reference(
            text=m.group(0).strip(), span=(m.start() + lead, m.start() + len(m.group(0).rstrip())),
            article=_article_key(m),
            paragraph=to_int(m.group("para")) if m.group("para") else None,
            item=_item_number(m),
            title=title, title_span=title_span, external=external, number_span=number_span,
        ))
        last_end = m.end()
        last_external = external
    return refs


def _item_number(m: re.Match) -> int | None:
    if m.group("rel_circled"):
        return ord(m.group("rel_circled")) - 0x2460 + 1
    label = m.group("item") or m.group("label_item") or m.group("rel_item")
    return to_int(label) if label else None


def internal_article_refs(text: str) -> list[Reference]:
    return [r for r in find_references(text) if not r.external and r.article is not None]
