"""term-inconsistent: the document's name for itself, and defined terms, used inconsistently.

1. The document defines what it calls itself (（以下「本約款」という）) but elsewhere
   says 本規約 or 本契約, which it never defines.
2. A shortened or clipped form of a defined term: 「専有部」 for 専有部分, 「区分者」 for 区分所有者,
   where the document defines the full term (第2条 lists, 「X」とは, 以下「X」という) and uses it
   far more often. A form that is itself a word (区分所有 of 区分所有権, 専有 as a verb stem) is not
   reported: dropping whole words from the end leaves a word, and a candidate must be rare in the document.
3. A term that looks like a defined 本… term but is not one: 「本利用料金」 where
   「本料金」 is defined, 「本サービス利用料金等」 where 「本サービス利用料等」 is. A longer
   term built on a defined one (本サービス + 利用期間) is not a variant: only a term
   with something inserted into, dropped from, or changed inside a defined term is.
"""

from __future__ import annotations

import bisect
import re
from itertools import chain
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass

from ..grammar import RULES_KINDS
from ..tokens import LONG_LINE, is_known_word, is_verbal_noun, line_tokens, tokenize
from . import (Context, LineMemo, article_label, compound_places, finditer, finditer_in_lines, in_compound,
               load_tsv, notation_canon, notation_groups, paragraph_number, rule, runs_to_the_cut, spaced_in_source,
               title_lines)
from .chars import NEGATING_PREFIXES, NUMERAL_KANJI
from .page_documents import document_span, page_documents, uses_in_its_document
from .names import opposite_of
from .terms_parties import (addressee_findings, designation_beside_letters_findings, party_letter_findings,
                            role_name_findings, second_person_findings, status_word_findings,
                            contract_word_findings)
from .terms_self import company_named_otherwise_findings, designations, organization_nouns, self_designation_variant_findings
from .terms_places import place_designation_variant_findings
from .terms_variants import (BETWEEN_IKA_AND_NAME, DEFINING_VERBS, ENTRY_LABEL, GIVES_MEANING, colon_entry_of, defined_here,
                             others_words,
                             established_synonym_findings, line_or_sentence_start,
                             redefinition_findings, self_definition_findings,
                             reordered_findings, role_element_findings, synonym_findings)
from .wording import KITEI_FOR_PROVISION
from .typos_base import COMMON_WORD, general_frequency, model  # the law model (e-Gov text): its kanji pairs tell a suffix from a word
from .typos_kanji import _kanji_list

_DEF_PATTERNS = [
    re.compile(rf"「(?P<t>[^「」\n]{{1,30}})」と(?:{DEFINING_VERBS}|定義)"),
    re.compile(r"「(?P<t>[^「」\n]{1,30})」とは"),
    # each name of a definition that gives two or more: （以下「当団体」または「弊団体」といいます。）
    re.compile(rf"「(?P<t>[^「」\n]{{1,30}})」(?=(?:(?:または|又は|若しくは|もしくは|及び|および|、|，|,|・)「[^「」\n]{{1,30}}」)+"
               rf"と(?:{DEFINING_VERBS}))"),
    re.compile(r"以下[、,]?[ \u3000]*(?P<t>本[^「」、。，,（）()\s]{1,15}?)と(?:いう|いい)"),
    # unquoted, as some terms write them: （以下、当社といいます）, （以下、ユーザー希望者といいます）, （以下会社という）
    re.compile(r"[（(]以下[、,]?[ \u3000]*(?P<t>[\u3400-\u9fff々\u30a1-\u30ffー]{2,15}?)と(?:いう|いい|呼称|呼[ぶびん]|よ[ぶびん]|称[すし]|略[すし称])"),
    # unquoted at a line's start, the meaning after it: 「運営とは、以下の管理者を意味します。」; its brackets may hold
    # definitions of their own (「1.本会員とは、…利用規約(以下、「本規約」という。)を承認の上、…者をいう。」)
    # (or a note's mark: 「※1 要配慮個人情報とは、本人の人種、…を要する個人情報をいいます。」; いう in kanji: …を言います)
    # (or the rules it is said of: 「1. この規則で社員とは、…採用された者をいい、…」)
    re.compile(r"(?m)^[ \u3000]*(?:[・\-*]|[0-9０-９]{1,2}[.．)）]|[（(][0-9０-９]{1,2}[）)]|[※＊*][0-9０-９]{0,2})?[ \u3000]*"
               r"(?:この[\u3400-\u9fff]{1,6}(?:で|において)[、，]?)?"
               r"(?P<t>[\u3400-\u9fff々\u30a1-\u30ffー]{2,12})とは[、,](?:[^。\n（()）]|[（(][^（()）\n]{0,60}[）)]){0,200}?"
               r"(?:を(?:いう|言う|いいます|言います|いい[、，]|言い[、，])|を意味する|を意味します|を指す|を指します|のことです|"
               r"のことを(?:いいます|言います))"),
    # unquoted, two names or more: （以下 当団体または弊団体）, （以下、当社又は弊社という）
    re.compile(r"[（(]以下[、,]?[ \u3000]*(?P<t>[\u3400-\u9fff々\u30a1-\u30ffー]{2,15}?)(?=(?:または|又は|若しくは|もしくは|、|・)"
               r"[\u3400-\u9fff々\u30a1-\u30ffー]{2,15}(?:と(?:いう|いい|呼|称|略)|[ \u3000]*[）)]))"),
    re.compile(r"[（(]以下[、,]?[ \u3000]*[\u3400-\u9fff々\u30a1-\u30ffー]{2,15}?(?:または|又は|若しくは|もしくは|、|・)"
               r"(?P<t>[\u3400-\u9fff々\u30a1-\u30ffー]{2,15}?)(?:と(?:いう|いい|呼|称|略)|[ \u3000]*[）)])"),
    # unquoted with no verb, the name alone in the brackets: （以下、当グループ）, (以下提供先)
    re.compile(r"[（(]以下[、,]?[ \u3000]*(?P<t>[\u3400-\u9fff々\u30a1-\u30ffーA-Za-z0-9・]{2,15})[ \u3000]*[）)]"),
    # を for と before いう (「車検サービス(以下「本サービス」をいい、その名称を…)」): a slip of the definition, still one
    re.compile(rf"[（(]以下{BETWEEN_IKA_AND_NAME}「(?P<t>[^「」\n]{{1,30}})」を(?:いう|いい)"),
    # the short name in brackets with no verb, as web terms write it: 「…提供するすべてのサービス(以下「本サービス」)」,
    # the definition a copy cuts after its name: 「…サービス(以下「本サービス」とい」 at the text's end
    re.compile(rf"[（(]以下{BETWEEN_IKA_AND_NAME}「(?P<t>[^「」\n]{{1,30}})」(?:と|とい|という|といい|といいま)?[ \u3000\n]*\Z"),
    # 「株式会社仕庵 (以下「当社」。)」, and after a description in the brackets: 「CatchWords（iPhone アプリと Web 版。以下
    # 「本サービス」）」
    re.compile(rf"[（(](?:[^（）()「」\n]{{1,60}}?[。、，,][ \u3000]*)?以下{BETWEEN_IKA_AND_NAME}「(?P<t>[^「」\n]{{1,30}})」"
               rf"[ \u3000]*[。．]?[ \u3000]*[）)]"),
    # a definition list entry: 1. **「本取引」**: …, 「本サービス」：…; and each name of an entry that gives two
    # (「本ソフト」及び「本ソフトウェア」：…, 「利用者」/「ユーザ」：…)
    re.compile(r"「(?P<t>[^「」\n]{1,30})」[*＊]*[ \u3000]*[:：]"),
    re.compile(r"「(?P<t>[^「」\n]{1,30})」(?=(?:[ \u3000]*(?:及び|および|又は|または|並びに|、|，|/|／|・)[ \u3000]*「[^「」\n]{1,30}」)+"
               r"[*＊]*[ \u3000]*[:：])"),
    # the term alone on its line (its label before it), its meaning on the next: 「①「本サイト」⏎当社が…のことをいいます。」
    re.compile(r"(?m)^[ \u3000]*(?:[\u2460-\u2473]|[(（]?[0-9０-９]{1,2}[)）.．]|[・\-*])?[ \u3000]*「(?P<t>[^「」\n]{1,30})」"
               rf"[ \u3000]*\n[^\n]{{0,200}}?(?:{GIVES_MEANING.pattern}|を指し|を意味)"),
    # law style, the meaning in brackets after a name of this document's own (本件…, 本…): 「本件システム（全体プロジェクト
    # において開発されるシステムをいう。）」. (Not any word: a law defines hundreds so, 新株予約権付社債券（…をいう。）, and
    # the words their names hold, 新株予約権付社債, are words of their own, no clipped term.)
    re.compile(r"(?<![\u3400-\u9fff々\u30a1-\u30ffー])(?P<t>本件?[\u3400-\u9fff々\u30a1-\u30ffー]{1,18})[（(]"
               r"(?:[^（）()\n]|[（(][^（）()\n]*[）)]){2,120}?(?:をいう|をいい|を指す|を意味する)[。．]?"
               r"(?:以下[^（）()\n]{0,20}?同じ[。．]?)?[）)]"),
    # the name given to those a sentence describes, unquoted: 「当社により会員登録を認められた者を本会員とします」
    re.compile(r"(?:者|もの|方|人)を(?P<t>本[\u3400-\u9fff々\u30a1-\u30ffー]{1,12})と(?:し|する|いう|いい|称)"),
    # the same unquoted, after its label: 「（5）本ソフトウェア⏎当社が…作成・公開するアプリケーションをいい、…」
    re.compile(rf"(?m)^[ \u3000]*{ENTRY_LABEL}[ \u3000]*(?P<t>[\u3400-\u9fff々\u30a1-\u30ffーA-Za-z0-9・]{{2,20}})"
               rf"[ \u3000]*\n[^\n]{{0,200}}?(?:{GIVES_MEANING.pattern}|を指し|を意味)"),
]
_SELF = r"(?:利用|基本)?(?:約款|規約|規程|契約書|契約|要項|規則|会則|ポリシー)"
SELF_NAME = re.compile(rf"(?<![\u3400-\u9fff々])本件?{_SELF}")  # 本件利用規約: 本件 says "this" as 本 does
_TOU_SELF_NAME = re.compile(rf"(?<![\u3400-\u9fff々])当{_SELF}(?![\u3400-\u9fff々])")
_SELF_FULL = re.compile(rf"^本{_SELF}$")
_DOCUMENT_NAME = re.compile(_SELF)  # 利用規約, 約款, 基本契約: what a document is called, by itself or by its title
_HONRUN = re.compile(r"(?<![\u3400-\u9fff々])本[\u3400-\u9fff々\u30a1-\u30ffA-Za-z0-9・]{1,20}")
_NAME_CHARS = re.compile(r"^[\u3400-\u9fff々\u30a1-\u30ffA-Za-z0-9]+$")


# 「一　区分所有者　区分所有法第2条第2項の区分所有者をいう。」: a definition list entry (label, term, separator, meaning)
_LIST_DEF = re.compile(
    r"^[ \u3000]*(?:[(（]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．]?|[\u2460-\u2473]|[イロハニホヘトアイウエオ][.．]?)?"
    r"[ \u3000]*(?P<t>[\u3400-\u9fff々\u30a1-\u30ffA-Za-z0-9・]{2,20})[ \u3000]+[^\n]*?を(?:いう|いい|指す|いいます)",
    re.M)


@dataclass
class Definition:
    term: str
    span: tuple[int, int]


def _shortens(text: str, long: str, term_at: int) -> bool:
    """Is the term whose name starts at ``term_at`` the short name of ``long`` (「本利用規約（以下、「本規約」」)?"""
    head = text[max(0, term_at - len(long) - 12):term_at]
    return re.search(re.escape(long) + r"[ \u3000]*[（(]以下[、,，]?[ \u3000]*[「『]$", head) is not None


# a name of this document's own alone in brackets after what it names, no 以下: 「チャットワークサービス(本サービス)」
# (not an article's caption, 「第5条(本サービス)」)
_BRACKETED_SELF_NAME = re.compile(
    r"(?<=[\u3400-\u9fff々\u30a1-\u30ffーA-Za-z0-9])(?<!条)[（(](?P<t>本件?[\u3400-\u9fff々\u30a1-\u30ffー]{1,12})[）)]")


def _places(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]


def definitions(ctx: Context) -> dict[str, Definition]:
    def build():
        out: dict[str, Definition] = {}
        for rx in _DEF_PATTERNS:
            for m in rx.finditer(ctx.text):
                t = m.group("t").replace(" ", "").strip()
                if t and t not in out:
                    out[t] = Definition(t, m.span("t"))
        for m in finditer(_BRACKETED_SELF_NAME, ctx.text):
            t = m.group("t")
            # (a gloss, 「2026年度（本会則施行年度）」, names nothing the text goes on to use outside brackets)
            if t not in out and any(ctx.text[i - 1:i] not in "(（" for i in _places(ctx.text, t)):
                out[t] = Definition(t, m.span("t"))
        # Normalization drops the separator between a listed term and its meaning: read the source.
        for m in _LIST_DEF.finditer(ctx.doc.source.text):
            _define_at_source(ctx, out, m.group("t"), m.start("t"))
        _table_definitions(ctx, out)
        return out
    return ctx.memo("terms.definitions", build)


# A row of a definition table (「本サービス | 当社が…の総称」, 「携帯電話事業者　本サービスに関して…」): the term, a
# cell separator or a space, the meaning. Telecom 約款 define their terms this way, without をいう.
_TABLE_DEF = re.compile(
    r"^[ \u3000|｜]*(?:[(（]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．]?[ \u3000]*)?"
    r"(?P<t>[\u3400-\u9fff々\u30a1-\u30ffA-Za-z0-9・ー]{2,20})(?:[ \u3000\t]*[|｜][ \u3000]*|[ \u3000\t]+)"
    r"(?P<m>[^|｜\n]{8,})", re.M)
_DEFINES_TERMS = re.compile(r"定義|(?:次|以下)の(?:意味|とおり定義)|用語の意味")


def defines_terms(ctx: Context, art) -> bool:
    """Is ``art`` an article that defines terms (titled 定義, or saying at its start that the words are used in
    the following meanings)?"""
    return bool(_DEFINES_TERMS.search(art.title or "") or _DEFINES_TERMS.search(
        ctx.text, art.heading_span[1], min(art.span[1], art.heading_span[1] + 200)))


def _table_definitions(ctx: Context, out: dict[str, Definition]) -> None:
    """The terms of definition tables and term–meaning lines, inside the articles that define terms (titled
    定義, or saying the words are used in the following meanings)."""
    doc = ctx.doc
    src = doc.source.text
    for art in doc.all_articles():
        if not defines_terms(ctx, art):
            continue
        s0, e0 = doc.norm.source_span((art.heading_span[1], art.span[1]))
        for m in _TABLE_DEF.finditer(src, s0, e0):
            _define_at_source(ctx, out, m.group("t"), m.start("t"))


# An article's or a part's label is no term: 「第五十四条　校友会団体とは、次に掲げるものをいう。」 opens an article with a
# definition, and the term–meaning reading took its label for the term defined.
_LABEL = re.compile(r"第[0-9０-９〇一二三四五六七八九十百千]+[条項号章節款編](?:の[0-9０-９一二三四五六七八九十]+)?")


def _define_at_source(ctx: Context, out: dict[str, Definition], term: str, source_pos: int) -> None:
    """Record ``term``, found in the source at ``source_pos``, where the normalized text writes it."""
    i = bisect.bisect_left(ctx.doc.norm.offsets, source_pos)
    if term not in out and i < len(ctx.text) and ctx.text.startswith(term, i) and not _LABEL.fullmatch(term):
        out[term] = Definition(term, (i, i + len(term)))


def _count(ctx: Context, term: str) -> int:
    """How often the document writes ``term`` (each check asks for the same defined terms)."""
    counts = ctx.memo("terms.counts", dict)
    n = counts.get(term)
    if n is None:
        n = counts[term] = ctx.text.count(term)
    return n


def _uses(ctx: Context, term: str, n: int) -> bool:
    """``_count(ctx, term) >= n``, looking no further than the n-th use: a law writes its terms hundreds of
    times, and most questions are whether a term is written a few times at all."""
    counts = ctx.memo("terms.counts", dict)
    known = counts.get(term)
    if known is not None:
        return known >= n
    if not term:
        return _count(ctx, term) >= n
    at_least = ctx.memo("terms.at_least", dict)  # term → uses found so far, when the scan stopped before the end
    if at_least.get(term, 0) >= n:
        return True
    text, i, k = ctx.text, 0, 0
    while k < n:  # as str.count counts: left to right, not overlapping
        i = text.find(term, i)
        if i < 0:
            counts[term] = k  # the scan reached the end: the exact count
            return False
        k += 1
        i += len(term)
    at_least[term] = k
    return True


class _LazyCounts:
    """``counts[term]``: how often the document writes a term, counted on first use."""

    def __init__(self, ctx: Context):
        self.ctx = ctx

    def __getitem__(self, term: str) -> int:
        return _count(self.ctx, term)


def where_defined(ctx: Context, d: Definition) -> str:
    """Where definition ``d`` stands: 第N条第M項, 前文, or 本文外."""
    art, para, _ = ctx.locate(d.span[0])
    if art is None:
        region = ctx.region_of(d.span[0])
        return "前文" if region == "preamble" else "本文外"
    p = paragraph_number(art, para)
    return article_label(art.number) + (f"第{p}項" if p else "")


def _prefix_hon(ctx: Context, pos: int, prefix: str = "本") -> bool:
    """Is the 本 (or the ``prefix`` 当) at ``pos`` the prefix (本約款, 本サービス, 当規約), not part of a word (本人, 本日,
    当事者, 当該)?"""
    t = ctx.token_at(pos)
    return t is not None and t.start == pos and (t.surface == prefix and t.pos == "接頭辞"
                                                 or prefix == "本" and t.surface == "本件")


_SHORTENED = re.compile(r"[ \u3000]*[（(]以下[、,]?[ \u3000]*「?")


_CLOSES_BRACKET = re.compile(r"[ \u3000]*[）)」]")


# what follows a term defined by 「X」とは: its meaning
_TOWA_AFTER = re.compile(r"[」』]?[ \u3000]*とは[、，]?")


def definiens(text: str, d: Definition) -> str:
    """What a term is defined as: the sentence up to the term (…（以下「本規約」という。）), or after it up to its end
    (「本規約」とは、本利用規約及び…をいう。)."""
    line_start = text.rfind("\n", 0, d.span[0]) + 1
    if (means := _TOWA_AFTER.match(text, d.span[1])) is not None:
        line_end = text.find("\n", means.end())
        line_end = len(text) if line_end < 0 else line_end
        stop = text.find("。", means.end(), line_end)
        return text[means.end():line_end if stop < 0 else stop]
    end = d.span[0]
    # (a 。 closing a definition in brackets before it, 「(以下、「乙」という。)」, ends no sentence)
    while (end := text.rfind("。", line_start, end)) >= 0 and _CLOSES_BRACKET.match(text, end + 1):
        pass
    return text[max(line_start, end + 1):d.span[0]]


# a contract defined as the one an application or acceptance concludes: 「…との間で…に関する契約（以下「本契約」といいます。）が
# 成立する」, 「本規約に基づき締結される契約（以下「本契約」）」
_FORMED_AFTER = re.compile(r"[」』][^。\n（()）]{0,10}。?[)）][ \u3000]*(?:が|は)?(?:成立|締結)")
_FORMED_IN = re.compile(r"(?:に基づ|により|によって)[^。\n]{0,20}?(?:締結|成立)|(?:これ|本規約|この規約|当規約)に基づく契約(?:[（(]|$)")


def _contract_made(text: str, d: "Definition | None") -> bool:
    """Is ``d`` a contract that the text says is concluded (成立, 締結): a contract made under the document, which then is
    not the document itself (its 本規約 is its own name, not a slip of 本契約)?"""
    if d is None or not d.term.endswith("契約"):
        return False
    return bool(_FORMED_AFTER.match(text, d.span[1]) or _FORMED_IN.search(definiens(text, d)))


def in_a_glossary_cut_short(ctx: Context, pos: int) -> bool:
    """Does ``pos`` lie in an article of definitions that runs to where a copy of the text stops in mid-sentence? Its
    terms may be defined in the entries past the cut."""
    art = ctx.article_at(pos)
    return art is not None and runs_to_the_cut(ctx, art.span[1]) and defines_terms(ctx, art)


def _self_name_findings(ctx: Context, defs: dict[str, Definition]):
    text = ctx.text
    defined_self = [t for t in defs if _SELF_FULL.match(t)]
    occurrences = [(m.group(0), m.span()) for m in finditer(SELF_NAME, text) if _prefix_hon(ctx, m.start())]
    # 当規約 beside the document's 本規約: its name with the determiner of the body speaking (当社, 当館), another form
    # of that name only (当約款 in 約款 that write 本契約 for the contract they govern is no slip of it)
    names = {s[1:] for s, _ in occurrences if s[0] == "本"}
    occurrences += [(m.group(0), m.span()) for m in finditer(_TOU_SELF_NAME, text)
                    if m.group(0)[1:] in names and _prefix_hon(ctx, m.start(), "当")]
    occurrences.sort(key=lambda o: o[1])
    if not defined_self:
        # a document that never defines its name may still call itself by it, as its title does (a club's
        # 「…会則」 writes 本会則 six times, and 本規約 three times and 本規則 once)
        yield from _undefined_self_name_findings(ctx, occurrences)
        return
    primary = defined_self
    main = primary[0]
    if ctx.memo("terms.contract_made", lambda: _contract_made(text, defs.get(main))):
        # 「これに基づく契約（以下「本契約」）」: the contract made under the document, which names itself undefined
        # (本規約), as a document that defines no name of its own
        yield from _undefined_self_name_findings(ctx, [(s, sp) for s, sp in occurrences if not s.endswith("契約")])
        return
    where = where_defined(ctx, defs[main]) if main in defs else None
    # 本規約を含む…利用契約（以下「本契約」という）: a name the definition is built on is another thing, not a slip
    # (unlike the long name the term shortens, 本利用規約（以下「本規約」）, which is the same thing written otherwise)
    built_on = {m.group(0) for p in primary if p in defs for d in [definiens(text, defs[p])]
                for m in finditer(SELF_NAME, d) if not _SHORTENED.fullmatch(d, m.end())}
    # a name written as another thing than the document somewhere (named beside it, 「本規約及び本契約」, or made,
    # ended, paid under as a contract) and written several times is the document's word for that thing, undefined:
    # told once, not as a slip at each place (liberte, pub49: 本契約 eleven times for the contract 本規約 governs)
    by_name: dict[str, list[tuple[int, int]]] = {}
    for s, span in occurrences:
        by_name.setdefault(s, []).append(span)
    # a name written somewhere as a contract (terminated, made, paid under) is the contract the rules govern wherever
    # it is written: no place of it is a slip of the rules' own name (「本規約が成立」 is no fix of 「本契約が成立」)
    as_contract = {s for s, span in occurrences
                   if "契約" in s and _RULES_NAME.search(main) and _CONTRACT_ACT.match(text, span[1])}
    if _A_CONTRACT_IS_MADE.search(text):
        # 「…確認できた時点で甲と乙の契約は成立する」, then 「本契約に際し甲が収集した個人情報」: the contract the rules say is
        # made is what 本契約 names, undefined, not a slip of the rules' name
        as_contract |= {s for s, _ in occurrences if s.endswith("契約") and _RULES_NAME.search(main)}
    another_thing = {s for s, spans in by_name.items() if len(spans) >= _ANOTHER_THING_USES and (
        s in as_contract or any(_named_beside(text, sp, main) for sp in spans))}
    defined_elsewhere = {s for s, span in occurrences if DEFINED_ELSEWHERE.match(text, span[1])}
    title = ctx.doc.title or ""

    def title_names(name: str) -> bool:
        return len(name) > 2 and name[1:] in title

    anothers_rules = main in defs and _SET_BY_ANOTHER.search(definiens(text, defs[main])) is not None
    told = set()
    parts = ctx.memo("terms.part_kinds", lambda: list(_part_kinds(ctx)))
    for s, span in occurrences:
        if s in defs or s in primary or s in built_on or defined_here(text, span[1]):
            continue
        if in_a_glossary_cut_short(ctx, span[0]):
            continue  # 「(2)「契約者」とは、…当社との間で本件契約を締結した個人」 in a list the copy stops inside
        if any(len(t) > len(s) and t.startswith(s) and text.startswith(t, span[0]) for t in defs):
            continue  # 「本契約申込書」 defined: the head of a longer defined term, not the document's name
        if anothers_rules and title_names(s) and not title_names(main):
            continue  # 「共同使用契約基本条項」 that defines 「…の定める利用規約（以下「本規約」）」: 本契約 is itself, 本規約 another's
        if s in defined_elsewhere:
            continue  # 「本契約期間（33（契約期間および中途解約）において定義し、…）」: defined in the provision it names
            # (a text cut before it defines it at every place, 「本契約(次条にて定義します)の…本契約締結日」)
        if main in defs and span[1] <= defs[main].span[0] and _shortens(text, s, defs[main].span[0]):
            continue  # 「本利用規約には…」 above 「本利用規約（以下、「本規約」といいます。）」: the long name, not yet shortened
        if f"「{s}」をいい" in text or f"「{s}」を指" in text:
            continue  # 「(4) 本契約⏎第3条第2項に定める「本契約」をいいます」: defined by the provision that makes it
        if any(s.startswith(p) for p in primary) or any(p.startswith(s) and len(p) - len(s) <= 0 for p in primary):
            continue
        if document_and_contract(s, main) and (titled := ctx.memo("terms.title_kind", lambda: _title_kind(ctx))) \
                and s.endswith(titled[0]):
            continue  # 本規約 in 「…出店者利用規約」 that defines 「本契約とは、…本規約に合意…する契約関係」: its own name
        part = next((named for a, b, named in parts if a <= span[0] < b), None)
        if part is not None:
            # a second set of rules after the first one's 附則, under its own name (「利用規約」 after a 宿泊約款): its
            # 本利用規約 and 本規約 are its own name; another kind (本規則) is a slip of that name, not of the first's
            kind, name = part
            if name.endswith(s[1:]) or s[1:] == kind or not _RULES_NAME.search(s):
                continue
            yield ctx.finding(
                "term-inconsistent", span,
                f"「{s}」は定義されていません。ここは「{name}」の部分で、この規定は自らを「本{kind}」と呼ぶはずです。",
                f"「{s}」 is not defined; this part is 「{name}」, which calls itself 「本{kind}」.",
                suggestion="本" + kind)
            continue
        if s in another_thing:
            if s not in told:
                told.add(s)
                n = len(by_name[s])
                # (the contract a document governs is the usual other thing; another name of rules, 本利用規約 beside
                # 「本規約」とは、本利用規約及び…ガイドをいい, is a part of it: no contract to suggest)
                contract = "契約" in s and not _RULES_NAME.search(s)
                example = f"（例:「{main}に基づく契約（以下「{s}」という。）」）" if contract else ""
                yield ctx.finding(
                    "term-inconsistent", span,
                    f"「{s}」（{n}回）は定義されていません。「{main}」とは別のもの"
                    f"{'（「' + main + '」に基づく契約など）' if contract else ''}として書かれているため、"
                    f"何を指すか定義を置いてください{example}。",
                    f"「{s}」 ({n} times) is not defined; it is written as another thing than 「{main}」"
                    f"{' (the contract it governs)' if contract else ''}: it needs a definition.")
            continue
        bare = s[2:] if s.startswith("本件") else s[1:]
        if bare in defs:  # 本利用契約 where 利用契約 is defined: the contract the document defines, not the document
            at = where_defined(ctx, defs[bare])
            yield ctx.finding(
                "term-inconsistent", span,
                f"「{s}」は定義されていません。定義語は「{bare}」です（{at}で定義）。",
                f"「{s}」 is not defined; the defined term is 「{bare}」 ({at}).", suggestion=bare)
            continue
        if where and main in defs and _shortens(text, s, defs[main].span[0]):
            # 「本利用規約 (以下「本規約」)」 then 「本利用規約は英語と日本語の…」: the long name the definition shortened
            ja = f"「{s}」は{where}で「{main}」と略した名称です。略称を定めた後は「{main}」と書きます。"
            en = f"「{s}」 is the long name shortened to 「{main}」 ({where}); after that the short name is written."
        elif where:
            ja = f"「{s}」は定義されていません。この文書は自らを「{main}」と定義しています（{where}）。"
            en = f"「{s}」 is not defined; the document calls itself 「{main}」 ({where})."
        else:
            ja = f"「{s}」は定義されていません。この文書は自らを主に「{main}」と呼んでいます。"
            en = f"「{s}」 is not defined; the document otherwise calls itself 「{main}」."
        if _named_beside(text, span, main):
            # 「本規約又は本契約」: the two are named as two things, so 本契約 is no slip of 本規約 (the fix would read
            # 本規約又は本規約); what is missing is its definition
            ja = (f"「{s}」は定義されていません。「{main}」と並べて別のものとして書かれているため、"
                  f"何を指すかを定義してください。")
            en = f"「{s}」 is not defined; it is named beside 「{main}」 as another thing, so it needs a definition."
            yield ctx.finding("term-inconsistent", span, ja, en)
            continue
        if s in as_contract and not _READ_AS_THE_DOCUMENT.match(text, span[1]):
            # (each place: one written as the contract says what they all mean; but 「本契約に定める」 reads it as the
            # document, a slip of the document's name there)
            ja = (f"「{s}」は定義されていません。契約として（解除・終了、それに基づく支払など）書かれており、「{main}」に"
                  f"基づく契約を指すと思われます。定義を置いてください（例:「{main}に基づく契約（以下「{s}」という。）」）。")
            en = (f"「{s}」 is not defined; it is written as a contract (terminated, ended, paid under), the one 「{main}」 "
                  f"governs: it needs a definition, not 「{main}」.")
            yield ctx.finding("term-inconsistent", span, ja, en)
            continue
        yield ctx.finding("term-inconsistent", span, ja, en, suggestion=main)


# a contract the text says is made, with no name: 「甲と乙(丙)の契約は成立する」 (a contract named, 「利用契約が成立した日」,
# 「…契約（以下「利用契約」といいます。）が成立」, is that name, and 本契約 no word of it)
_A_CONTRACT_IS_MADE = re.compile(r"(?<![\u4e00-\u9fff々\u30a1-\u30fa\u30fc])契約(?:[（(](?!以下)[^）)\n]{0,20}[）)])?(?:は|が)[、，]?"
                                 r"(?:[^。\n]{0,12}に)?成立")


# the rules a definition names as set by someone: 「株式会社Xの定める利用規約（以下「本規約」）」
_SET_BY_ANOTHER = re.compile(r"(?:の|が)(?:定める|定めた|別途定める|別に定める)[^。]{0,20}$")


# a name (the rest of its compound after it) and a bracket that says where it is defined: 「本契約期間（33（契約期間
# および中途解約）において定義し、以下同様…）」, 「本サービス（第2条で定義する。）」
DEFINED_ELSEWHERE = re.compile(r"[\u3400-\u9fff々\u30a1-\u30ffー]{0,8}[（(][^。\n]{0,40}?(?:において|にて|で|に)定義")


# この規定 read as the document itself: what it is (は), does (施行, 改廃) or holds (第1条, における, に定める)
_SELF_READ = re.compile(r"は|の第|における|の施行|を改正|の改廃|に定め|の定め")
# a provision cited earlier in the sentence, which この規定 may point back at (「前条の規定にかかわらず、この規定は」)
_PROVISION_BEFORE = re.compile(r"規定|第[0-9０-９一二三四五六七八九十]+[条項号]|前[条項号]")



_OWN_LABEL = re.compile(r"第[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９一二三四五六七八九十]+)?[ \u3000]*")


def _after_own_label(text: str, start: int) -> int:
    """Past the article's own label that opens the line (「第7条 この規定の改廃は」): a provision it is, not one cited."""
    m = _OWN_LABEL.match(text, start)
    return m.end() if m else start


def _homophone_self_name_findings(ctx: Context, defs: dict[str, Definition]):
    """「このキャンセル規程（以下「本規程」）」 then 「本規定はお客様と当院との間の契約内容となります」, or 「…奨学金規程」
    then 「この規定の第1条(1)の奨学生」: 規定 (a provision) for its homophone 規程 (a set of rules), the name the document
    gives itself. Told where 本規程 is defined, written twice as often as the slips, or the title names a 規程; この規定
    only where it stands for the document (「この規定は、…」「この規定の第1条」), not for a provision just cited."""
    text = ctx.text
    if "本規定" not in text and "この規定" not in text:
        return
    slips = [m.span() for m in re.finditer("本規定", text) if _prefix_hon(ctx, m.start())
             and not defined_here(text, m.end())]
    slips += [m.span() for m in re.finditer("この規定", text) if _SELF_READ.match(text, m.end())
              and not defined_here(text, m.end())
              and not _PROVISION_BEFORE.search(text, _after_own_label(text, line_or_sentence_start(text, m.start())),
                                               m.start())]
    if not slips or "本規定" in defs:
        return
    own = text.count("本規程") + text.count("この規程")
    titled = ctx.memo("terms.title_kind", lambda: _title_kind(ctx))
    if not ("本規程" in defs or own >= 2 * len(slips) or titled is not None and titled[0] == "規程" and own >= 1
            or titled is not None and titled[0] == "規程" and "規定" not in (ctx.doc.title or "")):
        return
    for span in sorted(slips):
        written = text[span[0]:span[1]]
        fixed = written[:-2] + "規程"
        yield ctx.finding(
            "term-inconsistent", span,
            f"「{written}」は、この文書が自らを呼ぶ「{fixed}」の誤りと思われます（同音の「規定」は個々の定めを指す語です）。",
            f"「{written}」 is probably 「{fixed}」, the document's name for itself (its homophone 規定 names a single "
            f"provision).",
            suggestion=fixed)


_JOINED = r"(?:又は|または|及び|および|並びに|ならびに|若しくは|もしくは|、|・)"
# 本契約を解除する, 本契約期間, 本契約の申込み, 本契約は…満了により終了する, 本契約は同一条件でさらに1ヶ月間更新され,
# 本契約が有効に存続する間, 本契約に基づく金銭: what is done with a contract, or what it does, not with the rules that
# govern it; in terms that call themselves 本規約, such a 本契約 is the contract they govern, left undefined
_CONTRACT_ACT = re.compile(r"(?:を|が|は、?|の)?(?:中途)?(?:解除|解約|終了|成立|締結|更新|継続|失効|満了|契約期間|有効期間|期間"
                           r"|申込|申し込)"
                           r"|は、?[^。]{0,16}(?:満了|終了|成立|失効|更新され)|(?:が|は)、?(?:有効に|存続|効力)"
                           r"|に基づく(?:金銭|債務|支払|料金)")
# what follows a name read as the document itself: its provisions (本契約に定める, 本契約の規定, 本契約第5条)
_READ_AS_THE_DOCUMENT = re.compile(r"に定め|の定め|の規定|の条項|の各条|第[0-9０-９一二三四五六七八九十]+条")


def _named_beside(text: str, span: tuple[int, int], main: str) -> bool:
    """Is the name at ``span`` joined to the document's own name (本規約又は本契約, 本契約及び本規約)?"""
    return bool(re.search(re.escape(main) + _JOINED + "$", text[max(0, span[0] - 12):span[0]])
                or re.match(_JOINED + re.escape(main), text[span[1]:span[1] + 12]))


# names of a set of rules (a club's 会則, a service's 規約) and of an agreement between parties: 本規約 in a 会則 is
# the same document misnamed, 本契約 in terms often another thing (the contract the terms govern)
_RULES_NAME = re.compile(r"約款|規約|規程|要項|規則|会則")
_ANOTHER_THING_USES = 3


def _undefined_self_name_findings(ctx: Context, occurrences):
    counts = Counter(s for s, _ in occurrences)
    if not counts:
        return
    main, n = counts.most_common(1)[0]
    title = ctx.doc.title or ""
    if n >= 4 and main[1:] not in title and _RULES_NAME.search(main):
        yield from _names_against_title(ctx, occurrences, counts, main, title)
        return
    if n < 4 or main[1:] not in title or not _RULES_NAME.search(main):
        return  # no name the document clearly gives itself
    base = _RULES_NAME.search(main).group(0)
    for s, span in occurrences:
        noun = _RULES_NAME.search(s)
        if noun is None or noun.group(0) == base and s[0] == main[0] or counts[s] * 2 > n \
                or s[0] != main[0] and sum(c for t, c in counts.items() if t[0] == s[0]) > _RARE_DETERMINER \
                or defined_here(ctx.text, span[1]):
            continue  # (本利用規約 among 本規約: the long name and its short form, both free to use undefined; not
            # 当規約 among them, the name under another determiner)
        yield ctx.finding(
            "term-inconsistent", span,
            f"「{s}」は定義されていません。この文書は自らを主に「{main}」と呼んでいます（{n}回、表題「{title}」）。",
            f"「{s}」 is not defined; the document otherwise calls itself 「{main}」 ({n} times; its title is 「{title}」).",
            suggestion=main)


_RARE_DETERMINER = 2  # 当規約 16 times beside 本規約 9 times: two habits of the writer, no slip of one


def _names_against_title(ctx: Context, occurrences, counts: Counter, main: str, title: str):
    """「利用規約」 titled, 「本規約に同意した上で」 once and 本約款 seven times after it: the document names itself two ways,
    its title siding with the rarer one. Which is right is the writer's to say (no suggestion); that they differ is not."""
    rare = [s for s in counts if s != main and s[1:] in title and _RULES_NAME.search(s) and counts[s] * 2 <= counts[main]]
    for s, span in occurrences:
        if s in rare and not defined_here(ctx.text, span[1]):
            yield ctx.finding(
                "term-inconsistent", span,
                f"「{s}」（{counts[s]}回）と「{main}」（{counts[main]}回）の二つの名で自らを呼んでいます（表題「{title}」）。"
                f"どちらかに統一すべきです。",
                f"The document calls itself 「{s}」 ({counts[s]} times) and 「{main}」 ({counts[main]} times); its title is "
                f"「{title}」: one name is needed.")


# the kinds of a set of rules, by the noun that ends its name (経費精算規程, 会員規約, 活動基準)
# (the title may be set in the brackets a page decorates it with: 「<ご利用規約>」, 【会員規約】)
_TITLE_KIND = re.compile(rf"({RULES_KINDS})[ \u3000]*(?:[（(][^（）()]*[）)])?[ \u3000]*[>＞〉》」』】\]］]?[ \u3000]*$")
# 本規則, この会則: a set of rules speaking of itself (本規定 is 規程's homophone, and a provision's name elsewhere)
# (a conjunction written in kanji may follow: 「この規則若しくは本学の諸規程」, 「本規約及び個別規約」)
_SELF_KIND = re.compile(rf"(?<![\u3400-\u9fff々])(本|この)({RULES_KINDS}|規定)(?!(?!若しく|及び|又は|並びに)[\u3400-\u9fff々])")


def _part_kind(ctx: Context, pos: int) -> tuple[str, str] | None:
    """The kind of rules the text at ``pos`` belongs to: that of a second set of rules the document carries after
    the first (a part whose opening lines, before its first article, hold its own name: 「…活動基準」), else that of
    the document's title."""
    for start, end, named in ctx.memo("terms.part_kinds", lambda: list(_part_kinds(ctx))):
        if start <= pos < end:
            if any(pos < b < end for b in page_documents(ctx)):
                break  # 「この会則は…施行する」 in a 会則's 付則, the 細則 after it on the page named below: not the 細則's
            return named
    return _page_document_kind(ctx, pos) or ctx.memo("terms.title_kind", lambda: _title_kind(ctx))


def _page_document_kind(ctx: Context, pos: int) -> tuple[str, str] | None:
    """The kind the line that opens the page's document of ``pos`` names, after the page's first: 「宿泊約款」 over the
    articles of a hotel's 約款 on a page titled 「各種規約」."""
    start, _ = document_span(ctx, pos)
    if not start:
        return None
    text = ctx.full.text
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)]
    m = _TITLE_KIND.search(line)
    return (m.group(1), line.strip()) if m and not _LISTED_KINDS.search(line) else None


def _title_kind(ctx: Context) -> tuple[str, str] | None:
    """The kind of rules the document's title names; or, where the title read names none (a page's chrome read first:
    「PRIVACY POLICY」), the one line of its own above the first article that does (「個人情報に関する保護管理規程」)."""
    title = ctx.doc.title or ""
    if _LISTED_KINDS.search(title):
        return None  # 「定款・規約・規程」: a page of several sets of rules, the title none of them
    m = _TITLE_KIND.search(title)
    if m:
        return m.group(1), title.strip()
    named = [(m.group(1), line.strip()) for line in title_lines(ctx)[1:]
             if not _LISTED_KINDS.search(line) and (m := _TITLE_KIND.search(line))]
    return named[0] if len(named) == 1 else None


_LISTED_KINDS = re.compile(rf"(?:{RULES_KINDS})[ \u3000]*(?:[・、，,/／]|及び|および|並びに)")


# 「この規則は、…基準を定めることを目的とする」: the purpose said as an aim
_PURPOSE_AIM = re.compile(r"は[、，]?[^。\n]{0,120}?目的と")


def _purpose_kind(ctx: Context) -> tuple[str, str, int, int] | None:
    """(kind, the article's label, where its name starts and ends) of the sentence of the first article that says what the
    document provides for (「第1条 この規則は、…に関し必要な事項を定める」), or None."""
    main = [a for a in ctx.doc.articles if a.part == "main"]
    if not main:
        return None
    first = main[0]
    for m in finditer(_SELF_KIND, ctx.text, first.span[0], first.span[1]):
        if m.group(2) != "規定" and (_PURPOSE.match(ctx.text, m.end()) or _PURPOSE_AIM.match(ctx.text, m.end())):
            return m.group(2), first.display_label, m.start(), m.end()
    return None


def _part_kinds(ctx: Context):
    """(start, end, (kind, name)) of each part after the main text whose opening lines name a set of rules: a 附則
    part, or a part its own name opens (「…活動基準」, 「施行細則」 after the 附則), not a 別紙/別表 (which speaks of the
    rules it is attached to as 本規約) nor a part found only by its articles restarting at 第1条; and a 附則 right
    after such a named part, which is that part's."""
    parts = sorted([(f"supplementary-{k}", sup.span, "") for k, sup in enumerate(ctx.doc.supplementary, 1)]
                   + [(f"annex-{k}", x.span, x.label) for k, x in enumerate(ctx.doc.annexes, 1)], key=lambda p: p[1][0])
    before = None  # the name of the part just before, if it named a set of rules
    for key, span, label in parts:
        arts = sorted((a for a in ctx.doc.all_articles() if a.part == key), key=lambda a: a.span[0])
        end = max([span[1]] + [a.span[1] for a in arts])
        named = None
        if not label.startswith(("別", "part")):
            opening = ctx.text[span[0]:arts[0].span[0] if arts else span[1]]
            for line in opening.split("\n"):
                line = line.strip(" \u3000")
                m = _TITLE_KIND.search(line)
                if m and len(line) <= 40 and "。" not in line and line != m.group(1):
                    named = m.group(1), line
                    break
        if named is None and before is not None and key.startswith("supplementary"):
            # the 附則 that follows the 細則 a 会則 carries after its own 附則: the 細則's, in force by its own name
            named = before
        if named is not None:
            yield span[0], end, named
        before = named if key.startswith("annex") else None


# 「は、令和＿年＿月＿日から施行する」: the sentence that puts the document itself in force (_ENACTED: any sentence that
# says when it takes effect, its から dropped or not)
_ENACTS = re.compile(r"は[、，]?[^。\n]{0,40}?(?:から|より)(?:施行|実施)")
_ENACTED = re.compile(r"は[、，]?[^。\n]{0,40}?(?:施行|実施|適用|発効|効力を(?:生|有|発))")
# 「この規程は、…について定める」: the sentence that says what the whole document provides for (its purpose)
_PURPOSE = re.compile(r"は[、，]?[^。\n]{0,80}?(?:を|について)[^。\n]{0,30}?定める(?:ものとする|ものです|ものである|ことを目的と|。)"
                      # 「この規程において「テレワーク」とは、…」: the definitions of the whole set of rules, as a law's
                      # 「この法律において「X」とは」
                      r"|において[、，]?[ \u3000]*[「『][^」』\n]{1,30}[」』]とは")


# 「この規則に定めるもののほか、…必要な事項は、…が別に定める」: the closing article that leaves what the whole set of rules
# does not provide for to another (a provision cited is 前項の規定, never この規定, there)
_REST_DELEGATED = re.compile(r"に定めるもの(?:の)?(?:ほか|外)[、，][^。\n]{0,40}?(?:必要な事項|別に定め|定める)")


# a title line above that names the document a 規定 (「個人情報保護規定」 under a page's 「個人情報保護規定・利用規約」): its
# own name, which この規定 repeats
_TITLED_KITEI = re.compile(r"(?m)^[ \u3000#*■]*[^\n。、「」]{2,30}規定[ \u3000*]*$")


# a document that never calls itself by its title's kind may still call itself by another kind this often at most
# and be told: the title alone says what it is
_TITLE_ALONE = 2
# how many times as often as all its other names together a document must call itself by a kind other than its title's
# for that kind to be its own way
_HABIT = 2


# how often a document must call itself この規程 or 本規程, and never この規定, for a title of 規定 above it to be the slip
_TITLE_KIND_USES = 2
_SELF_KITEI = re.compile(r"(?:この|本)規程")
_SELF_KITEI_HOMOPHONE = re.compile(r"(?:この|本)規定")


def _title_kind_findings(ctx: Context, defs: dict[str, Definition]):
    """「個人情報保護規定」 over articles that call the document この規程 throughout: the title's 規定 (a provision) is the
    homophone of the 規程 the document is (a set of rules), as the document itself says."""
    text = ctx.text
    first = next(iter(ctx.doc.all_articles()), None)
    head_end = first.span[0] if first is not None else 0
    title = _TITLED_KITEI.search(text, 0, head_end)
    if title is None:
        return
    own = len(_SELF_KITEI.findall(text, head_end))
    if own < _TITLE_KIND_USES or _SELF_KITEI_HOMOPHONE.search(text, head_end):
        return
    at = text.rindex("規定", title.start(), title.end())
    yield ctx.finding(
        "term-inconsistent", (at, at + 2),
        f"表題は「{text[title.start():title.end()].strip(' 　#*■')}」ですが、本文は自らを「規程」と呼んでいます（{own}回）。"
        "規則の集まりは「規程」、「規定」は個々の条項の定めです。",
        f"The title says 規定 (a provision), and the text calls itself 規程 (a set of rules) {own} times.",
        suggestion="規程")


def _rules_kind_findings(ctx: Context, defs: dict[str, Definition]):
    """「この会則」 in a 規約, 「この規則」 in a 規程: rules that call themselves by another kind than their name. The
    slip is a template's leftover or a homophone (本規定 for 本規程); a kind the document also names as another
    set of rules (就業規則, 別に定める規則) or defines is another document, not a slip."""
    text = ctx.text
    found = [(m, _part_kind(ctx, m.start())) for m in finditer(_SELF_KIND, text)]
    purpose = None
    if found and all(named is None for _, named in found):
        # no title names a kind: the first article's 「この規則は、…を定める」 says what the whole document is
        purpose = _purpose_kind(ctx)
        if purpose is not None:
            found = [(m, purpose[:2]) for m, _ in found]
    by_kind: dict[str | None, Counter] = {}
    for m, named in found:
        by_kind.setdefault(named and named[0], Counter())[m.group(2)] += 1
    bare: dict[str, int] = {}  # kind → how often the document names it bare, counted when first asked
    for m, named in found:
        other = m.group(2)
        if named is None or other == named[0]:
            continue
        kind, name = named
        own = by_kind[kind]
        if other == "規定" and m.group(1) == "この" and not _TITLED_KITEI.search(text, 0, m.start()) and (
                _ENACTS.match(text, m.end()) or _PURPOSE.match(text, m.end()) or _PURPOSE_AIM.match(text, m.end())
                or _REST_DELEGATED.match(text, m.end())):
            # 「この規定は、令和4年12月3日から実施する」, 「この規定は、…必要な事項について定めるものです」, 「この規定に定めるものの
            # 外、必要な事項は町長が別に定める」: what takes effect, states its purpose or leaves the rest to another is the
            # whole set of rules, the kind its title names, not one provision
            yield ctx.finding(
                "term-inconsistent", m.span(),
                f"「この規定」は文書全体（{name}）を指しています。文書自体は「この{kind}」で、「規定」は個々の条項の定めです。",
                f"「この規定」 names the whole set of rules ({name}): 「この{kind}」.",
                suggestion="この" + kind, severity="warning")
            continue
        if other == "規定" and (kind != "規程" or m.group(1) != "本"):
            # この規定 is a provision; 本規定 in terms titled and calling themselves 規約 or 約款 mostly means the terms
            # (本規定に同意し, 本規定ならびに…: so in each of the four public terms pages read here that write it): a note, since it
            # may also be the provision it stands in
            if m.group(1) == "本" and kind in ("規約", "約款") and own[kind]:
                yield ctx.finding(
                    "term-inconsistent", m.span(),
                    f"「本規定」とありますが、この文書は自らを「本{kind}」と呼んでいます（{own[kind]}回）。文書全体を指すなら"
                    f"「本{kind}」です。",
                    f"「本規定」: the document calls itself 本{kind} ({own[kind]} times); if the whole is meant, 本{kind}.",
                    suggestion="本" + kind, severity="info")
            continue
        # (the kind named bare counts too where the document never writes 本規約 or この規約: 「規約に違反する行為」 in
        # a …規約 speaks of itself)
        if kind not in bare:
            bare[kind] = len(re.findall(rf"(?<![\u3400-\u9fff々]){kind}(?![\u3400-\u9fff々])", text))
        calls_itself = own[kind] or bare[kind]
        rivals = sum(n for k, n in own.items() if k not in (kind, other))
        if own[other] > max(calls_itself, _TITLE_ALONE) and own[other] >= _HABIT * (own[kind] + rivals):
            continue  # the document calls itself by the other kind twice as often as by all its other names: its habit
            # (本規約 four times beside 本規則 twice and 本細則 once under 「会計細則」 is no habit: three names, the
            # title's one of them; この約款 four times under a page's headings 「ホテル規約」 and nothing else is)
        # (split among three kinds, 本細則 once, 本規約 and 本規則 three times each under 「会計細則」: no other kind is
        # its way, the title's is, and each other one a leftover of the texts it was put together from)
        # (by its title alone, where it never calls itself by its kind: 「この規程による」 twice under 「駐車場利用約款」)
        # (規程 misused for a provision, 第4条の規程に定める, names no other set of rules: the wording rule's slip)
        named_elsewhere = text.count(other) - sum(n[other] for n in by_kind.values()) - (
            len(KITEI_FOR_PROVISION.findall(text)) if other == "規程" else 0)
        # (unless the kind heads a set of rules of its own on the page, 「自治会連合会活動基準」 after the 規約's 附則: its
        # 附則 enacts that set)
        enacts = _ENACTS.match(text, m.end()) is not None and re.search(
            rf"^[^\n。、]{{0,30}}{other}[ \u3000]*$", text, re.M) is None
        if other != "規定" and ((named_elsewhere > 0 and m.group(1) == "この" and not enacts
                                and _named_just_before(text, m.start(), other, "本" + other, _article_start(ctx, m.start()),
                                                       sentences=2)) or any(other in t for t in defs)):
            continue  # (この規則 may point back at the 就業規則 just named; 本規則 is always the text itself, and so is
            # the subject of 「この規則は、令和…から施行する」: a 附則 enacts its own document)
        if re.search(rf"(?<![\u3400-\u9fff々])(?:本|この)[\u3400-\u9fff々]{{1,12}}{other}(?![\u3400-\u9fff々])", text):
            continue  # 「本広告掲載基準は、…に適用される基準」 then 本基準: the text names itself so, short and long
        fix = m.group(1) + kind
        if purpose is not None:
            if m.start() == purpose[2] or own[other] > own[kind]:
                continue  # (the purpose's own words; or the other kind more often: the purpose sentence may be the slip)
            yield ctx.finding(
                "term-inconsistent", m.span(),
                f"「{m.group(0)}」とありますが、この文書は{kind}です（{name}で「{ctx.text[purpose[2]:purpose[3]]}は」と"
                f"目的を定めています）。",
                f"「{m.group(0)}」: the document is a {kind} ({name} states its purpose as "
                f"「{ctx.text[purpose[2]:purpose[3]]}は」).",
                suggestion=fix)
            continue
        ja_count = f"、ほかでは自らを{kind}と{calls_itself}回" if calls_itself else ""
        yield ctx.finding(
            "term-inconsistent", m.span(),
            f"「{m.group(0)}」とありますが、この文書は{kind}です（表題「{name}」{ja_count}）。",
            f"「{m.group(0)}」: the document is a {kind} (its title is 「{name}」"
            + (f"; it calls itself so {calls_itself} times)." if calls_itself else ")."),
            suggestion=fix)


# written instruments that name themselves 本X書 (a pledge, a confirmation, a consent…): one that calls itself by
# another kind than its title's (「本確認書締結前に」 in a 秘密保持誓約書, a confirmation's template pasted into a pledge)
_INSTRUMENT_KINDS = "誓約書|確認書|同意書|承諾書|申込書|念書|覚書|合意書|依頼書|契約書|宣誓書|申請書"
_SELF_INSTRUMENT = re.compile(rf"(?<![\u3400-\u9fff々])本({_INSTRUMENT_KINDS})")  # (本確認書|締結前: a word may follow)
_TITLE_INSTRUMENT = re.compile(rf"({_INSTRUMENT_KINDS})")


def _instrument_kind_findings(ctx: Context, defs: dict[str, Definition]):
    """「本確認書」 in a document titled 秘密保持誓約書 that calls itself 本誓約書 too: the title's kind is its name."""
    text = ctx.text
    title = ctx.doc.title or text.split("\n", 1)[0]  # (no title read: the first line, 「【秘密保持誓約書条項】」)
    kinds = set(_TITLE_INSTRUMENT.findall(title))
    if len(kinds) != 1:
        return
    kind = kinds.pop()
    found = list(finditer(_SELF_INSTRUMENT, text))
    if not any(m.group(1) == kind for m in found):
        return  # (the document never calls itself by its title's kind: which name it uses is its own affair)
    for m in found:
        if m.group(1) != kind and "本" + m.group(1) not in defs:
            yield ctx.finding(
                "term-inconsistent", m.span(),
                f"「{m.group(0)}」とありますが、この文書は{kind}です（表題「{title.strip()}」、ほかでは自らを「本{kind}」）。",
                f"「{m.group(0)}」: the document is a {kind} (its title is 「{title.strip()}」; it calls itself 本{kind} "
                f"elsewhere).",
                suggestion="本" + kind)


# the defined name is the document's way when it is used at least this often, and the other one is a slip
# when written at most this often
_SELF_MAJORITY, _SELF_MINORITY = 5, 2


def _self_designation_findings(ctx: Context, defs: dict[str, Definition]):
    """当法人 written where the document defines itself as 当協会 (以下「当協会」という。): one party named by two
    designations, the rarer one left from another text."""
    nouns = organization_nouns()
    defined = [t for t in defs if len(t) >= 2 and t[0] == "当" and t[1:] in nouns]
    if len(defined) != 1:
        return  # no self-designation, or two defined bodies (当行 and 当社): nothing to hold the text to
    main = defined[0]
    if not _uses(ctx, main, _SELF_MAJORITY):
        return
    others: dict[str, list[tuple[int, int]]] = {}
    # (designations() has kept only what MeCab reads as one: 当会|員 is this member, 当社員 a word of its own)
    for prefix, noun, span in designations(ctx):
        if prefix not in "当弊" or "当" + noun == main or prefix + noun in defs:
            continue
        if prefix == "弊" and noun != main[1:]:
            continue  # 弊社 beside a defined 当協会 is a company speaking, not a variant of the name
        if any(d != main and d[1:] == noun and d[0] in "当弊幣" for d in defs):
            continue  # （以下「当団体」または「弊団体」）: the document gives itself both (幣団体 mistyped: the typo rule's)
        others.setdefault(prefix + noun, []).append(span)
    where = where_defined(ctx, defs[main])
    for other, spans in others.items():
        if len(spans) > _SELF_MINORITY:
            continue  # written often: two bodies the document speaks of, not a slip
        for span in spans:
            if _in_definitions_sentence(ctx, span[0], defs[main]):
                continue  # 「当法人は、一般社団法人○○協会（以下「当協会」という。）と称する」: the sentence that names it
            yield ctx.finding(
                "term-inconsistent", span,
                f"「{other}」は定義されていません。この文書は自らを「{main}」と定義しています（{where}）。",
                f"「{other}」 is not defined; the document designates itself 「{main}」 ({where}).",
                suggestion=main,
            )


# the kinds of document a text calls itself, against the contract it governs: 本レンタル規約 and 本レンタル契約 are
# the terms and the contract made under them, two things every terms text names, never one slipped into the other
_DOCUMENT_KIND = re.compile(rf"(?:{RULES_KINDS}|規定|ポリシー)$")


def document_and_contract(a: str, b: str) -> bool:
    """Does one of ``a`` and ``b`` name a document (…規約) and the other a contract (…契約)?"""
    return bool(a.endswith("契約") and _DOCUMENT_KIND.search(b) or b.endswith("契約") and _DOCUMENT_KIND.search(a))


def near_miss(candidate: str, defined: str) -> bool:
    """Is ``candidate`` a defined term with a short piece inserted, dropped or changed inside it?"""
    c, d = candidate, defined
    if c == d or document_and_contract(c, d):
        return False
    if len(c) > len(d):
        extra = len(c) - len(d)
        if extra > 3 or c.startswith(d):
            return False  # 本規約解約: the term and a word after it (not 本規[約解]約)
        for i in range(1, len(d)):
            if c[:i] == d[:i] and c[i + extra:] == d[i:]:
                return bool(_NAME_CHARS.match(c[i:i + extra]))
        return False
    if len(c) < len(d):
        return near_miss(d, c) and len(c) >= 3
    if len(c) < 5:
        return False
    diffs = [i for i, (x, y) in enumerate(zip(c, d)) if x != y]
    return len(diffs) == 1 and 0 < diffs[0] < len(c) - 1


def _near_miss_findings(ctx: Context, defs: dict[str, Definition]):
    if not any(t.startswith("本") and len(t) >= 3 and _NAME_CHARS.match(t) for t in defs):
        return
    text = ctx.text
    names = ctx.memo("terms.names", lambda: tuple(defs))  # in the document's order: the first match wins
    done = -1
    for m in finditer(_HONRUN, text):
        start, end = ctx.line_span(m.start())
        if start == done:
            continue
        done = start
        line = text[start:end]
        for s, e, cand, match in _NEAR_MISSES.get((line, names), lambda: _line_near_misses(line, names)):
            if len(cand) < len(match) and (_in_defining_sentence(ctx, cand, defs[match]) or _imports_definitions(ctx)):
                continue
            if _in_definitions_sentence(ctx, start + s, defs[match]):
                continue  # 「本会員組織の名称を「…会員」(以下「本組織」という)と称し」: the long name the term shortens
            if len(cand) > len(match) and cand[:1] == "本" and start + s < defs[match].span[0] \
                    and _in_defining_sentence(ctx, cand[1:], defs[match]):
                continue  # 「本大会規約について」 above 「…大会規約（以下「本規約」）」: 本 + the long name, before it is shortened
            if len(cand) > len(match) and cand[:1] == "本" and len(cand) > 3 and cand[1:] in (ctx.doc.title or ""):
                continue  # 「本会員規約」 in a document titled 会員規約: the document by its title, not a slip of 本規約
            where = where_defined(ctx, defs[match])
            yield ctx.finding(
                "term-inconsistent", (start + s, start + e),
                f"「{cand}」は定義されていません。定義語「{match}」（{where}で定義）の誤りと思われます。",
                f"「{cand}」 is not a defined term; the defined term 「{match}」 ({where}) was probably meant.",
                suggestion=match,
            )


def _definitions_sentence_start(ctx: Context, d: Definition) -> int:
    """Where the sentence that defines ``d`` starts (after the 。 or the line break before the term)."""
    return max(ctx.text.rfind("。", 0, d.span[0]) + 1, ctx.line_span(d.span[0])[0])


def _in_definitions_sentence(ctx: Context, pos: int, d: Definition) -> bool:
    """Does ``pos`` lie before the term ``d`` in the sentence that defines it (what the definition speaks of)?"""
    return _definitions_sentence_start(ctx, d) <= pos < d.span[0]


def _in_meaning(ctx: Context, pos: int, d: Definition) -> bool:
    """Does ``pos`` lie in the meaning a 「X」とは definition gives its term (「「本件サービス」とは、…を利用できる
    サービスをいう。」: the plain word the term is defined by, no clipped form of it)?"""
    text = ctx.text
    means = _TOWA_AFTER.match(text, d.span[1])
    if means is None or pos < means.end():
        return False
    line_end = ctx.line_span(means.end())[1]
    sentence = _SENTENCE_END_OUTSIDE_BRACKETS.match(text, means.end(), line_end)
    stop = sentence.end() - 1 if sentence else text.find("。", means.end(), line_end)
    return stop < 0 or pos < stop


# the 。 that ends a sentence, not one that closes a parenthetical inside it (「（以下「アプリ」といいます。）」)
_SENTENCE_END_OUTSIDE_BRACKETS = re.compile(r"(?:（[^（）\n]*）|\([^()\n]*\)|[^。（(\n])*。")


def _in_defining_sentence(ctx: Context, word: str, d: Definition) -> bool:
    """Does the sentence that defines ``d`` write ``word`` before the term? 「本商品のうち本部が指定する商品（以下
    「本定期便商品」という。）」 builds the term on the word: the shorter one is a thing of its own, no slip of it."""
    return word in ctx.text[_definitions_sentence_start(ctx, d):d.span[0]]


# 「本規約において使用する用語の定義は、…基本規約の定めに従う」「…用語は、利用規約と同一の意味を有する」: the document
# takes its terms from another, so a word it never defines (本サービス) is that document's, not a slip of its own terms
_IMPORTED_DEFINITIONS = re.compile(r"用語(?:の定義|の意味|の意義)?は?[^。]{0,60}?(?:の定め|の定義|に定める(?:定義|意味))"
                                   r"(?:に従|による|によ|のとおり)|用語[^。]{0,60}?(?:と同一の意味|と同じ意味|と同義)")


def _imports_definitions(ctx: Context) -> bool:
    return ctx.memo("terms.imports_definitions", lambda: _IMPORTED_DEFINITIONS.search(ctx.text) is not None)


# A 本… run never crosses a line break, and whether it is a defined term slipped depends on the line's text,
# its tokens and the defined terms only (all in the key): the versions of a document repeat their lines and
# their definitions, so each line is read once.
_NEAR_MISSES = LineMemo()


def _line_near_misses(line: str, names: tuple[str, ...]) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, written, defined term) of each near miss of a defined 本… term in the line."""
    defs = set(names)
    hon = [t for t in names if t.startswith("本") and len(t) >= 3 and _NAME_CHARS.match(t)]
    toks = None  # a line whose 本… runs are all defined terms is not tagged here
    out = []
    for m in finditer(_HONRUN, line):
        run = m.group(0)
        if run in defs or defined_here(line, m.end()):
            continue
        if toks is None:
            toks = line_tokens(line) if len(line) <= LONG_LINE else tuple(tokenize(line))
        if not any(t.start == m.start() and t.surface == "本" and t.pos == "接頭辞" for t in toks):
            continue  # 本 is part of a word (本人, 本日), not the prefix 本
        if SELF_NAME.fullmatch(run):
            continue  # the document's name for itself: reported (once) by the self-name check
        ends = [t.end for t in toks if m.start() <= t.start < m.end() and t.end <= m.end()]
        for end in sorted(set(ends), reverse=True):
            cand = line[m.start():end]
            if len(cand) < 3 or cand in defs:
                continue
            if SELF_NAME.fullmatch(cand):
                break  # 「本利用規約及び…」: the run goes on past the name, which the self-name check reports (once)
            match = next((d for d in hon if near_miss(cand, d)), None)
            if match is None:
                continue
            if len(cand) < len(match) and end < m.end():
                break  # 「本取引口座」「本取引システム」 beside a defined 本約款取引: the head of a compound the text writes
                # whole, not the term with a piece dropped
            out.append((m.start(), end, cand, match))
            break
    return tuple(out)


_TERM_CHARS = re.compile(r"^[\u3400-\u9fff々\u30a1-\u30ff]{3,12}$")
_CC = r"[\u3400-\u9fff々\u30a1-\u30ff]"
_CC_NOT_TOO = r"[\u3400-\u7b48\u7b4a-\u9fff々\u30a1-\u30ff]"  # the same without 等 (U+7B49)


def _tokens_of(word: str) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in tokenize(word)]


def _clipped_forms(term: str) -> list[str]:
    """Forms of ``term`` with one or two characters dropped (never the first): 専有部分 → 専有部, 区分所有者 → 区分者.
    Dropping whole words from the end is excluded: 区分所有権 → 区分所有 is a word of its own."""
    return [cand for cand, i, k in _clip_candidates(term) if _clip_allowed(term, i, k)]


def _clip_candidates(term: str) -> list[tuple[str, int, int]]:
    """Every form with k = 1 or 2 characters dropped at i ≥ 1, before the word-boundary tests (which tag the
    term with MeCab, so they are applied only to the forms a document writes)."""
    out = []
    for i in range(1, len(term)):
        for k in (1, 2):
            if i + k > len(term):
                continue
            cand = term[:i] + term[i + k:]
            if len(cand) >= 3 or (len(cand) == 2 and i + k == len(term)):  # 本約 for 本約款: two characters, not one word
                out.append((cand, i, k))
    return out


@lru_cache(maxsize=4096)
def _term_bounds(term: str) -> tuple[frozenset, frozenset]:
    toks = _tokens_of(term)
    return frozenset(s for s, _ in toks), frozenset(e for _, e in toks)


_MIN_USES, _MIN_USES_CUT = 5, 2
# a whole word of two characters dropped from inside a term (要配慮個人情報 → 要配慮情報): what is left keeps the
# term's first and last words, so it names nothing else the document could mean: a term defined and written once
# more is enough
_MIN_USES_INNER = 2


def _drops_inner_word(term: str, i: int, k: int) -> bool:
    starts, ends = _term_bounds(term)
    return k == 2 and i + k < len(term) and i in starts and i + k in starts and i in ends


def _min_uses(term: str, i: int, k: int) -> int:
    if _cuts_a_word(term, i, k) or (i + k == len(term) and _term_stem(term[:i], term)):
        return _MIN_USES_CUT  # (a stem no writer uses alone, 不可抗 of 不可抗力, is as good as cut)
    return _MIN_USES_INNER if _drops_inner_word(term, i, k) else _MIN_USES


def _cuts_a_word(term: str, i: int, k: int) -> bool:
    """Does dropping term[i:i + k] cut one of the term's words in two (反社会的勢力 → 反社会的勢)?"""
    starts, ends = _term_bounds(term)
    bounds = starts | ends
    return i not in bounds or i + k not in bounds


def _clip_allowed(term: str, i: int, k: int) -> bool:
    starts, ends = _term_bounds(term)
    if i + k == len(term) and i in ends and not (k == 1 and term[i] in _PERSON_SUFFIX) and not _term_stem(term[:i], term):
        return False  # whole words dropped from the end: a shorter word, not a clipped term; but for the suffix
        # that makes the doer (サービス利用事業者 → サービス利用事業, 当事者 → 当事): the act is no party; nor for a
        # stem general Japanese hardly writes alone (不可抗 of 不可抗力)
    if term.endswith("等") and i in starts and i + k in ends:
        return False  # 管理費等 → 管理等: any word takes 等 ("and the like"), so the shorter one is a phrase
    if term[i:i + k] in _PROSPECTIVE and term[i + k:] in ("者", "人") and i in ends:
        return False  # 登録希望者 → 登録者: the one who wishes to register, and the one who has: two persons
    return True


_PERSON_SUFFIX = "者"
# A word of the dictionary that general Japanese writes under once in a million words, and the term it clips this
# many times as often, is that term's stem more than a word of its own: 当事 (4.6e-7) beside 当事者 (1.0e-5), 不可抗
# (never) beside 不可抗力 (6.3e-7). 責任 and 代表, words every writer uses alone, are never read as 責任者 or 代表者
# clipped.
_STEM_ALONE = 1e-6
_STEM_RATIO = 10


def _term_stem(cand: str, term: str) -> bool:
    if not term.startswith(cand):
        return False
    alone, whole = general_frequency(cand), general_frequency(term)
    return alone < _STEM_ALONE and whole > 0 and whole >= _STEM_RATIO * alone


# a case particle that makes the noun before it a party of the clause (not に of に際して, に関して, について, にあたって, an
# act's)
_AS_A_PARTY = re.compile(r"(?:は|が|を|から|より|に(?![際関つ対お係基当よあ]))")


# what makes a person a would-be one (登録希望者, 入会予定者, 採用候補者): without it the role is the one attained,
# another person, not the defined one clipped
_PROSPECTIVE = frozenset(("希望", "予定", "候補", "志望", "志願"))


# One-kanji suffixes a noun takes (対象物件内, 利用契約上, 管理費等): a clipped term may stand before them; and before
# the conjunctions written in kanji, which end the noun before them (秘密情並びに秘密情報).
_SUFFIXES = "等内上外中"
# (and the nouns of range that close the noun before them as a suffix would: サービス利用担当者以外の者)
_CLOSING_WORDS = ("及び", "並びに", "又は", "若しくは", "以外", "以上", "以下", "以内", "以降", "以前", "以後")
_CLOSINGS = "|".join(_CLOSING_WORDS)
_CLOSING_HEADS = "".join(dict.fromkeys(w[0] for w in _CLOSING_WORDS))


def _suffix_at(ctx: Context, pos: int) -> bool:
    t = ctx.token_at(pos)
    return t is not None and t.start == pos and t.end == pos + 1 and t.pos == "接尾辞"


def _bare_suffix(text: str, e: int) -> bool:
    """Is the one-kanji suffix at ``e`` a suffix though MeCab joins it to the character before (利用契上: 契上, a
    rare word of the dictionary)? It must end the compound (上の, not 上位), and law text must not write the pair it
    makes with that character (計上 is a word of its own: 費用計上 is no 費用計算 clipped)."""
    return not in_compound(text[e + 1:e + 2] or "。") and text[e - 1:e + 1] not in model()["kanji_pairs"]


_DETERMINERS = {"当該", "前記", "上記", "同", "各", "他", "全", "本", "貴"}
_LIST_ENTRY = re.compile(rf"[ \u3000]*(?:{ENTRY_LABEL}|[・\-*•])[ \u3000]*")




def definition_entry_at(ctx: Context, pos: int) -> bool:
    """Does an item's text start at ``pos`` with the term it defines? Only an item of an article that defines
    terms, or one that says をいう, can be such an entry: an item of a list of duties (「九　管理組合の運営に要する
    費用」, 「（1）貸出機器類の譲渡」) starts with a use of the term, which is read like any other."""
    start, end = ctx.line_span(pos)
    entry = _LIST_ENTRY.match(ctx.text, start)
    if not entry or entry.end() < pos:
        return False
    art, _, item = ctx.locate(pos)
    if item is None:
        # 「- 本システム」 alone on its line in an article of definitions, the meaning on the line under it: a bullet
        # list's entry, which the structure reads as no item
        return art is not None and end - pos <= _BARE_ENTRY and "。" not in ctx.text[pos:end] \
            and defines_terms(ctx, art)
    return bool(GIVES_MEANING.search(ctx.text, pos, end)) or defines_terms(ctx, art)


_BARE_ENTRY = 20


def _after_determiner(ctx: Context, pos: int) -> bool:
    """Does a determiner (当該, 各, 全…) end right at ``pos``, so that a word starts there?"""
    if not (ctx.text[pos - 1:pos] in _DETERMINERS or ctx.text[max(0, pos - 2):pos] in _DETERMINERS):
        return False  # cheap test first: the text before is not one of them
    t = ctx.token_at(pos)
    if t is None or t.start != pos:
        return False
    before = ctx.token_at(pos - 1)
    return before is not None and (before.pos in ("接頭辞", "連体詞") or before.surface in _DETERMINERS)


def _clipped_findings(ctx: Context, defs: dict[str, Definition]):
    text = ctx.text
    terms = [t for t in defs if _TERM_CHARS.match(t)]
    if not terms:
        return
    # each clipped form → the defined terms it clips, shortest first (the nearest frequent one is meant); how
    # often each term is used is counted only for the forms the text holds (a scan of the text per term)
    terms_of: dict[str, list[tuple[str, int, int]]] = {}
    for term in sorted(terms, key=len):
        for cand, i, k in _clip_candidates(term):
            if cand not in defs:
                terms_of.setdefault(cand, []).append((term, i, k))
    if not terms_of:
        return
    term_of = terms_of
    # A clipped form that does not run on into a longer word (専有部分 itself) ends where a compound ends, or
    # before 等; it starts where the compound starts, or after a determiner (当該区分者). So one pass over the
    # compounds looks each up in a dict, instead of an alternation of every form run over the whole text.
    hits_of: dict[str, list[tuple[int, int]]] = {}
    lasts = re.escape("".join(sorted({c[-1] for c in term_of})))
    # a compound (or its part before 等) that ends with a character some clipped form ends with: the regex
    # engine skips the other compounds, most of a long document
    rx = re.compile(rf"(?<!{_CC})(?:{_CC}*[{lasts}](?!{_CC})|{_CC_NOT_TOO}*[{lasts}](?=[{_SUFFIXES}]|{_CLOSINGS}))")
    hit_runs = []  # the distinct compounds that are (a determiner and) a clipped form
    found_runs = set(rx.findall(text))
    # 利用契上: the compound matched with its suffix (上 ends some clipped form too); the form is the part before it
    found_runs |= {r[:-1] for r in found_runs if len(r) > 2 and r[-1] in _SUFFIXES}
    for run in found_runs:
        # the form is the whole compound, or what follows a determiner in it (当該区分者), or what follows a word the
        # source sets apart from it (「ログイン状況 本サーに」: a table's two cells, which normalization joined)
        for a in range(len(run) - 1):
            if run[a:] in term_of and any(_clip_allowed(t, i, k) for t, i, k in term_of[run[a:]]):
                hit_runs.append((run, a))
    for run, a in hit_runs:  # where they are: few, each found by its own search
        for s, e in compound_places(text, run, before=_SUFFIXES + _CLOSING_HEADS):
            if text[e:e + 1] in _CLOSING_HEADS and not text.startswith(_CLOSING_WORDS, e):
                continue
            if a and not (a <= 2 and run[:a] in _DETERMINERS) and (
                    not spaced_in_source(ctx, s + a - 1) or run[a - 1] in NUMERAL_KANJI):
                continue  # (「二十七 吸収合併会社が…」: an item's label, then its term glued to its meaning)
            hits_of.setdefault(run[a:], []).append((s + a, e))
    seen: set[tuple[int, int]] = set()
    counts: dict[str, int] = {}
    for cand, raw in hits_of.items():
        # a term used five times sets the document's convention; twice is enough when the clip cuts a word of
        # the term in two (勢力 → 勢, 約款 → 約): what is left is no word, so no other term is meant
        term, inside, least = next(((t, _cuts_a_word(t, i, k), _min_uses(t, i, k)) for t, i, k in terms_of[cand]
                                    if _clip_allowed(t, i, k) and _uses(ctx, t, _min_uses(t, i, k))),
                                   (None, False, 0))
        if term is None:
            continue  # a term the document hardly uses sets no convention
        counts[term] = _count(ctx, term)
        hits = []
        for s, e in raw:
            if s > 0 and in_compound(text[s - 1]) and not _after_determiner(ctx, s) and not spaced_in_source(ctx, s - 1):
                continue  # inside a longer compound (小型無人機); 当該区分者 still counts, and so does a form the
                # source sets apart from the word before (「ログイン状況 本サーに」: a table's two cells, joined)
            if text[e:e + 1] and text[e] in _SUFFIXES and text[e] != "等" and not _suffix_at(ctx, e) and not (
                    inside and _bare_suffix(text, e)):
                continue  # 専有部内容: the next character starts a word (内容), it is no suffix (対象物内)
            if term.endswith(_PERSON_SUFFIX) and cand == term[:-1] and not _AS_A_PARTY.match(text, e) \
                    and not _term_stem(cand, term):
                continue  # 「自らの本サービス利用及び…」, 「（外国人国際航空運送事業）」: the act itself, listed or a
                # heading's topic; only where the clause makes it a party (サービス利用事業に以下の事由が) is the doer meant
                # (or where the stem is no word general Japanese writes alone: 「当事の全部若しくは一部が」)
            if definition_entry_at(ctx, s):
                continue  # the term of a definition entry itself (「二十七 吸収合併会社が…」: term glued to its meaning), not a paragraph's first word after its number
            hits.append((s, e))
        if not hits or len(hits) * least > counts[term] or len(hits) > 3:
            continue  # the shorter form is a convention of the document, not a slip
        if text.count(cand) - counts[term] * term.count(cand) > 3:
            continue  # written more often than a slip is, inside other words too: a name (新空港法第十三条, 新空港法又は)
        if is_known_word(cand) and not _term_stem(cand, term):
            continue  # a word the dictionary knows (not one MeCab could not split: ライブラ for ライブラリ is a clip)
        for s, e in hits:
            if (s, e) not in seen:
                seen.add((s, e))
                yield from _clipped_finding(ctx, defs, (s, e), cand, term)
    for s, e, cand, term in _run_on_clips(ctx, defs, terms_of):
        if (s, e) not in seen:
            seen.add((s, e))
            yield from _clipped_finding(ctx, defs, (s, e), cand, term)


# The words a definition names and the name it gives them, right after: 「…に規定する耐震(以下単に「耐震改修」という。)」.
# A name given as such (plainly, or 単に: simply) is the words before it or a shortening of them, never those words
# with more written after them: the words before it, a proper head of the name, are the name with its end cut off.
# (A name that widens them with 等 or 様 names more: 「個人情報（以下「個人情報等」という。）」; 併せて, 総称して
# name what a list before them holds together.)
# (The bracket may name the document instead of 以下: 「反社会的勢力（本利用約款において、「反社会的勢力」という。）」.)
_NAMED_RIGHT_BEFORE = re.compile(r"(?<![\u3400-\u9fff々\u30a1-\u30ffーA-Za-z0-9])(?P<r>[\u3400-\u9fff々\u30a1-\u30ffー]{2,12})"
                                 r"[ \u3000]*[（(](?:以下|(?:本|この)[^「」『』（）()、，。\n]{1,8}において)[、,，]?[ \u3000]*"
                                 r"(?:単に[、,，]?[ \u3000]*)?[「『](?P<t>[^「」『』\n]{3,20})[」』]")
_WIDENING = ("等", "様", "ら", "達", "たち", "類")
# written as a word of its own (no kanji after it) more often than this besides, the words before a definition are
# the document's word, not a cut of the name
_CUT_ALSO_A_WORD = 2



def _cut_before_its_definition_findings(ctx: Context, defs: dict[str, Definition]):
    """The words a definition names, written right before it, cut short of the name it gives them (one or two
    characters), where the document uses the name elsewhere: 「耐震(以下単に「耐震改修」という。)」."""
    text = ctx.text
    for m in finditer_in_lines(_NAMED_RIGHT_BEFORE, text, ("以下", "において")):
        cut, term = m.group("r"), m.group("t")
        rest = term[len(cut):]
        if not term.startswith(cut) or not 1 <= len(rest) <= 2 or rest.startswith(_WIDENING) \
                or not in_compound(rest[-1]) or term not in defs or (n := _count(ctx, term)) < 2:
            continue
        if sum(1 for _ in compound_places(text, cut, whole_start=False)) > _CUT_ALSO_A_WORD:
            continue  # 「住戸番号を付した住戸（以下「住戸部分」という。）」: 住戸 is the document's word (住戸１戸につき, 各住戸に),
            # which the definition names the part of; no cut of the name
        yield ctx.finding(
            "term-inconsistent", m.span("r"),
            f"「{cut}」は直後の括弧書きで「{term}」と定義している語の末尾が欠けた形と思われます"
            f"（この文書は「{term}」を{n}回使っています）。",
            f"「{cut}」 looks like 「{term}」, the name the bracket right after it gives it, with its end cut off (the "
            f"document writes 「{term}」 {n} times).",
            suggestion=term,
        )


# a term the document writes this often, and its head never without it, sets a convention that a head written
# alone once breaks (命令等制定 for 命令等制定機関)
_MIN_USES_HEAD = 10
# what follows a noun standing alone as the subject, object or modifier of a sentence (not で/な/に: 反社会的で
# ない and 反社会的に read as an adjective, not as the term's head)
_CASE_AFTER = frozenset("はがをのともへ、。")


# The suffixes that make a person of an activity or a body (区分所有 → 区分所有者, サービス利用事業 → 事業者, 組合 →
# 組合員): the head names another kind of thing, so where the document writes the person ten times or more and the
# head alone nowhere else, a head standing alone once is the person with its suffix dropped. A head the document
# writes elsewhere (区分所有法, 区分所有関係) is a word of its own and keeps the finding away, as for any head.
_PERSON_SUFFIXES = frozenset("者員")


@lru_cache(maxsize=4096)
def _head_of(term: str) -> str | None:
    """The term without its last word, when that word is a noun of two characters or more (機関 of 命令等制定機関,
    情報 of 利用者数値情報) and what is left is no dictionary word and no adjective (反社会的 of 反社会的勢力)."""
    toks = tokenize(term)
    person = len(toks) >= 3 and toks[-1].pos == "接尾辞" and toks[-1].surface in _PERSON_SUFFIXES
    # a noun of one kanji after a head of four or more (無人航空|機): the thing the compound names, not a suffix; not
    # after a verbal noun (効力発生|日: 効力発生 is an event, a word of its own, 「協定の効力発生の時期」)
    thing = len(toks) >= 3 and toks[-1].pos == "名詞" and toks[-1].start >= 4 and not is_verbal_noun(toks[-2].surface)
    if len(toks) < 3 or (toks[-1].pos != "名詞" or toks[-1].end - toks[-1].start < 2) and not person and not thing:
        return None  # a suffix (法, 等, 類) makes a word of its own from any head: 区分所有 of 区分所有法
    head = term[:toks[-1].start]
    if len(head) < 3 or toks[-2].pos != "名詞":
        return None  # 反社会的 (的 a suffix): an adjective of its own
    return head


# a defined term whose name ends in Latin letters (本API, 本SDK, 対象PC): a word of kanji or katakana, then the letters
_LATIN_TAILED = re.compile(r"^([\u3400-\u9fff々\u30a1-\u30ff]{1,8})([A-Z]{2,8})$")
# a term written this often sets the spelling a form with some of its letters cut breaks
_MIN_USES_LATIN = 5


def _latin_clipped_findings(ctx: Context, defs: dict[str, Definition]):
    """A term ending in Latin letters written once or twice with its letters cut short: 「本Aまたはライブラリ」 in
    terms that define 「本API」 and write it 25 times. The clipped form is no word (a capital letter, or two, where
    the name has three, followed by no letter) and the document writes it nowhere else; each place is told."""
    text = ctx.text
    for term in defs:
        m = _LATIN_TAILED.match(term)
        if m is None:
            continue
        head, letters = m.groups()
        places = [c.span() for c in re.finditer(rf"(?<![\u3400-\u9fff々\u30a1-\u30ff]){re.escape(head)}"
                                                 rf"([A-Z]{{1,{len(letters) - 1}}})(?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])", text)
                  if letters.startswith(c.group(1))]
        if not places or len(places) > 2:
            continue  # a shorter name written often is a name of its own (本A and 本API both), no slip
        if _count(ctx, term) < _MIN_USES_LATIN:
            continue
        for s, e in places:
            yield from _clipped_finding(ctx, defs, (s, e), text[s:e], term)


# The particles an adjectival noun in 的 never takes: 的 makes a word that modifies (反社会的な, 反社会的に), not a noun
# that is a subject or an object (反社会的を, 反社会的との, 反社会的から are no Japanese).
_NOT_AFTER_TEKI = re.compile("[をがはとのでへもや]|から|より|まで")
# the term written this often besides: the grammar tells the slip, the count only ties it to the term (itrust's terms
# write 反社会的勢力 five times, four once 「第25条 反社会的の排除」 lost its 勢力)
_MIN_USES_TEKI = 3


def _adjectival_head_findings(ctx: Context, defs: dict[str, Definition]):
    """A defined term cut after its suffix 的 (反社会的勢力 → 反社会的) where a case particle follows, once or twice,
    in a document that writes the term _MIN_USES_TEKI times or more: 「反社会的を利用しないこと」. The clipped form is
    an adjectival noun, which takes な or に only; with を or と it stands for the noun it lost."""
    text = ctx.text
    for term in defs:
        at = term.find("的")
        if at < 2 or at == len(term) - 1 or not _TERM_CHARS.match(term):
            continue
        head = term[:at + 1]
        if head in defs or not _uses(ctx, term, _MIN_USES_TEKI):
            continue
        places = [m.start() for m in re.finditer(re.escape(head), text)
                  if _NOT_AFTER_TEKI.match(text, m.end()) and not (m.start() and in_compound(text[m.start() - 1])
                                                                    and not _after_determiner(ctx, m.start()))]
        if not places or len(places) > 2:
            continue
        toks = tokenize(head)
        if not toks or toks[-1].surface != "的" or toks[-1].pos != "接尾辞":
            continue  # (目的, 標的: 的 a noun's own kanji, no suffix)
        for s in places:
            yield from _clipped_finding(ctx, defs, (s, s + len(head)), head, term)


def _head_findings(ctx: Context, defs: dict[str, Definition]):
    """A defined term written once without its last word, where the document writes that head nowhere else
    except inside the term: 「命令等制定は、」 in a law that writes 命令等制定機関 twenty times. A head the
    document uses on its own elsewhere (区分所有 beside 区分所有者, 個人情報保護 beside 個人情報保護方針 and
    個人情報保護法) is a word of its own, and stays silent."""
    text = ctx.text
    starts = None
    for term in defs:
        if not _TERM_CHARS.match(term) or term.startswith("本"):
            continue
        head = _head_of(term)
        if head is None or head in defs:
            continue
        if starts is None:
            starts = ctx.memo("terms.run_heads", lambda: _run_heads(ctx))
        if not any(r.startswith(head) and not r.startswith(term) for r in starts.get(head[:2], ())):
            continue  # no compound starts with the head but goes on otherwise (most terms): nothing to count
        # the places the head is written without the rest of the term: one, or it is a word of the document's
        outside = _outside(text, head, term[len(head):])
        if len(outside) != 1 or not _uses(ctx, term, _MIN_USES_HEAD):
            continue  # a head the document writes elsewhere too, or a term used rarely
        s = outside[0]
        e = s + len(head)
        if s > 0 and in_compound(text[s - 1]) and not _after_determiner(ctx, s):
            continue  # inside a longer compound
        if not _head_ends_here(ctx, s, e, term) or defined_here(text, e) or definition_entry_at(ctx, s):
            continue
        yield from _clipped_finding(ctx, defs, (s, e), head, term)


def _determiner_dropped_findings(ctx: Context, defs: dict[str, Definition]):
    """A 本件… term written once or twice without its 本件: 「委託業務の全部または一部を第三者に再委託」 in a contract
    that defines 「本件委託業務」 and writes it three times. 本件 (the … of this contract) is what makes the term the
    defined one; a contract that writes the bare noun half as often as the term, or more, uses it as a word of its
    own. Not the
    words the definition itself is made of (…する委託業務（以下「本件委託業務」という。）), nor a noun of two characters
    (情報 beside 本件情報: a word every contract writes)."""
    text = ctx.text
    for term in defs:
        bare = term[2:]
        if not term.startswith("本件") or len(bare) < _MIN_BARE or not _TERM_CHARS.match(bare):
            continue
        places = [m.start() for m in re.finditer(re.escape(bare), text)
                  if not text.startswith("本件", m.start() - 2) and not (m.start() and in_compound(text[m.start() - 1]))
                  and not in_compound(text[m.end():m.end() + 1] or "。")
                  and f"「{term}」" not in text[m.end():m.end() + _DEFINED_AFTER]
                  and not _OTHER_OF_ITS_KIND.search(text, max(0, m.start() - 6), m.start())]
        if not places or len(places) > _MAX_BARE or not _uses(ctx, term, 2 * len(places) + 1):
            continue
        for s in places:
            yield from _clipped_finding(ctx, defs, (s, s + len(bare)), bare, term)


_NAME_OF_TWO = re.compile(r"^[\u3400-\u9fff々\u30a1-\u30ff]{2,12}$")


def _determiner_added_findings(ctx: Context, defs: dict[str, Definition]):
    """「ソフトウェア製品（以下「製品」といいます）」 then 「本製品は、ブレインプロに帰属する知的財産です」: the term the
    document gave, with a 本 it never defined. Only a short name a definition gives (以下「X」), that the document also
    writes bare, and a 本X that is never defined or quoted and written three times at most."""
    text = ctx.text
    after_hon = None
    for term, d in defs.items():
        if term[0] in "本当" or not _NAME_OF_TWO.match(term) or "以下" not in text[max(0, d.span[0] - 12):d.span[0]]:
            continue
        if after_hon is None:
            after_hon = ctx.memo("terms.after_hon", lambda: _written_after_hon(text))
        longer = "本" + term
        if longer in defs or term not in after_hon or f"「{longer}」" in text:
            continue
        places = _hon_places(ctx, longer)
        bare = sum(1 for m in re.finditer(re.escape(term), text)
                   if text[m.start() - 1:m.start()] != "本" and m.start() != d.span[0])
        if not places or bare < 1 or len(places) > _MAX_ADDED:
            continue  # (本クラブ throughout 会則 that shorten their name to 「クラブ」: the writer's way of naming it)
        where = where_defined(ctx, d)
        for span in places:
            yield ctx.finding(
                "term-inconsistent", span,
                f"「{longer}」は定義されていません。定義語は「{term}」です（{where}で定義）。",
                f"「{longer}」 is not defined; the defined term is 「{term}」 ({where}).",
                # a note: many terms write 本X for their X as "this X", which few readers mark
                suggestion=term, severity="info")


def _hon_places(ctx: Context, longer: str) -> list[tuple[int, int]]:
    """Where the text writes 本X (``longer``) as a word of its own: 本 the prefix, no compound going on after X."""
    text = ctx.text
    return [m.span() for m in re.finditer(re.escape(longer), text)
            if _prefix_hon(ctx, m.start()) and not in_compound(text[m.end():m.end() + 1] or "。")]


def _hon_only_findings(ctx: Context, defs: dict[str, Definition]):
    """「「サービス」とは、本アプリ…をいいます」, then 本サービス fifteen times and サービス alone never: the text names the
    thing by a 本 its definition left out. A note at the definition, with 本X as the defined form to give."""
    text = ctx.text
    after_hon = None
    for term, d in defs.items():
        if term[0] in "本当" or not _NAME_OF_TWO.match(term) or "本" + term in defs:
            continue
        if after_hon is None:
            after_hon = ctx.memo("terms.after_hon", lambda: _written_after_hon(text))
        if term not in after_hon:
            continue
        longer = "本" + term
        # (the definition's own sentence speaks of the thing in general words: 「…提供する一切のサービスを指します」)
        lo, hi = line_or_sentence_start(text, d.span[0]), text.find("。", d.span[1]) % (len(text) + 1)
        bare = text.count(term) - text.count(longer) - (text.count(term, lo, hi) - text.count(longer, lo, hi))
        if bare > 0:
            continue
        places = _hon_places(ctx, longer)
        if len(places) < _HON_ONLY:
            continue
        yield ctx.finding(
            "term-inconsistent", d.span,
            f"定義語「{term}」は本文で一度も単独で使われず、「{longer}」が{len(places)}回使われています。定義する語を"
            f"「{longer}」とするのが通例です。",
            f"The defined term 「{term}」 is never written alone; 「{longer}」 is, {len(places)} times: define 「{longer}」.",
            suggestion=longer, severity="info")


# the uses of 本X, and of X alone none, that make 本X the document's name for what it defines as X
_HON_ONLY = 3


def _written_after_hon(text: str) -> set[str]:
    """Every string of 2 to 12 characters the text writes right after a 本: whether it writes 本X, for each of a
    law's hundreds of defined terms X, asked of one set instead of a scan of the text per term."""
    out = set()
    i = text.find("本")
    while i >= 0:
        after = text[i + 1:i + 13]
        out.update(after[:k] for k in range(2, len(after) + 1))
        i = text.find("本", i + 1)
    return out


_MAX_ADDED = 3
_MIN_BARE, _MAX_BARE = 3, 2
# what makes the bare noun another one of its kind, or the one just named (本件ソフトウェア以外のソフトウェア, そのソフトウェア
# of an upgrade just named, 他のソフトウェア): no 本件 was lost there
_OTHER_OF_ITS_KIND = re.compile(r"(?:以外の|その|この|当該|他の|別の|新たな|同種の)$")
_DEFINED_AFTER = 16  # 「委託業務（以下「本件委託業務」という。）」: the bare noun the definition names


_ARTICLE_AFTER = re.compile(r"第[〇一二三四五六七八九十百千0-9０-９]+条")


def _law_name_findings(ctx: Context, defs: dict[str, Definition]):
    """A law's defined short name cited without its 法: 「旧航空第百三十三条」 in a text that defines 旧航空法 and
    cites 旧航空法第…条. No name of a thing is followed by an article number, so the name before 第N条 is the
    law's, and one written without 法 lost it."""
    text = ctx.text
    for term in defs:
        if len(term) < 3 or not term.endswith("法") or not _TERM_CHARS.match(term):
            continue
        name = term[:-1]
        if text.count(term + "第") < 2:
            continue  # a law the document does not cite by article: no convention to hold the slip to
        s = text.find(name + "第")
        while s >= 0:
            e = s + len(name)
            if (s == 0 or not in_compound(text[s - 1])) and _ARTICLE_AFTER.match(text, e):
                yield ctx.finding(
                    "term-inconsistent", (s, e),
                    f"「{name}」の後に条番号が続いています。定義語「{term}」（{where_defined(ctx, defs[term])}で定義）の「法」が"
                    f"抜けていると思われます。",
                    f"「{name}」 is followed by an article number: the defined law name 「{term}」 "
                    f"({where_defined(ctx, defs[term])}) lost its 法.",
                    suggestion=term,
                )
            s = text.find(name + "第", e)


def _outside(text: str, head: str, tail: str) -> list[int]:
    """Where ``head`` is written not followed by ``tail`` (up to two places: two are already too many)."""
    out, s = [], text.find(head)
    while s >= 0 and len(out) < 2:
        if not text.startswith(tail, s + len(head)):
            out.append(s)
        s = text.find(head, s + 1)
    return out


def _run_heads(ctx: Context) -> dict[str, list[str]]:
    """The document's compounds (runs of kanji and katakana) by their first two characters, and by the two after
    a determiner (当該全体利用…)."""
    out: dict[str, list[str]] = {}
    for run in _compound_runs(ctx):  # of 4 characters or more: a head of three is looked for only in a longer run
        out.setdefault(run[:2], []).append(run)
        for a in (1, 2):
            if run[:a] in _DETERMINERS:
                out.setdefault(run[a:a + 2], []).append(run[a:])
    return out


def _head_ends_here(ctx: Context, s: int, e: int, term: str) -> bool:
    """Does the head written at s..e end a noun there: before a case particle or punctuation, before a suffix
    (意見提出内), or before a noun of two characters or more that the document also writes after the whole term
    (全体利用協議会, where 全体利用施設協議会 is written: 施設 lost; 航空保安事務所 beside 航空保安施設 is another
    office, as no 航空保安施設事務所 is written)?"""
    after = ctx.text[e:e + 1]
    if after in _CASE_AFTER:
        return True
    if not after or not in_compound(after):
        return False
    if after in _SUFFIXES:
        return _suffix_at(ctx, e)
    nxt, last = ctx.token_at(e), ctx.token_at(e - 1)
    return (nxt is not None and last is not None and nxt.start == e and last.end == e and nxt.pos == "名詞"
            and nxt.end - nxt.start >= 2 and term + nxt.surface in ctx.text)


# determiners that take a noun as the plain word for a kind (the services listed next, others, any), never as a
# defined thing's short name
_ANY_OF_A_KIND = re.compile(r"(?:次の|以下の|下記の|他の|別の|各種の?|その他の|いずれかの|あらゆる|一切の)$")


# a word the document writes this often, with a suffix after it, is a word formation of its own
_OWN_WORD = 10


def _clipped_finding(ctx: Context, defs: dict[str, Definition], span: tuple[int, int], cand: str, term: str):
    d = defs[term]
    if _in_definitions_sentence(ctx, span[0], d):
        return  # 「住宅宿泊事業を営む当施設（以下、「当民泊施設」という。）」: the word the definition names anew
    if _in_meaning(ctx, span[0], d):
        return  # 「「本件サービス」とは、…を利用できるサービスをいう。」: the word the term is defined by
    if span[0] < d.span[0] and any(_in_meaning(ctx, span[0], e) for e in defs.values() if e is not d):
        return  # 「「送信データ」とは、…乙が甲に対して送信するコンテンツ（文章、画像…）をいう」 ahead of the definition of
        # 本件コンテンツ: the plain word another term is defined by, before the document has a term of that name
    if _ANY_OF_A_KIND.search(ctx.text, max(0, span[0] - 5), span[0]):
        return  # 「当社は、次のサービスを提供します。」: the plain noun, after a word that says which of its kind
    if len(cand) >= 3 and cand[-1] in _kanji_list("suffix_kanji.tsv") \
            and ctx.text.count(cand[:-1]) - ctx.text.count(term) >= _OWN_WORD:
        return  # 「サービス内の掲載権」 beside the defined サービス別案内: the document's word and a suffix (within)
    if span[0] < d.span[0] and ctx.article_at(span[0]) is None and "。" not in ctx.text[slice(*ctx.line_span(span[0]))] \
            and _before_the_articles(ctx, span[0]):
        return  # 「共同研究開発に関する契約書」: the title above the preamble that defines 本件共同研究開発 (a chapter's
        # heading among the articles, 「第２章 利用契の成立」 above the article that defines 利用契約, is no title)
    where, n = where_defined(ctx, d), _count(ctx, term)
    yield ctx.finding(
        "term-inconsistent", span,
        f"「{cand}」は定義語「{term}」（{where}で定義、{n}回使用）の誤記・省略形と思われます。",
        f"「{cand}」 looks like a clipped form of the defined term 「{term}」 ({where}; used {n} times).",
        suggestion=term,
    )


def _before_the_articles(ctx: Context, pos: int) -> bool:
    first = ctx.memo("terms.first_article", lambda: min((a.span[0] for a in ctx.doc.all_articles()), default=None))
    return first is None or pos < first


def _compound_runs(ctx: Context) -> dict[str, list[int]]:
    """Each run of kanji and katakana (4 to 14 characters) → where the document writes it."""
    def build():
        runs: dict[str, list[int]] = {}
        for m in _COMPOUND_RUN.finditer(ctx.text):
            if len(m.group(0)) <= _LONGEST_RUN:  # (a longer run is no term: its pieces are no runs either)
                runs.setdefault(m.group(0), []).append(m.start())
        return runs
    return ctx.memo("terms.compound_runs", build)


def _run_on_clips(ctx: Context, defs: dict[str, Definition], terms_of: dict[str, list[tuple[str, int, int]]]):
    """(start, end, clipped form, term) where a clipped form runs on into the next word of a compound written
    once or twice (全体利用施協議会: 全体利用施設 clipped, then 協議会). Only a clip that cuts a word of the term
    in two counts, since what it leaves is no word (施, サー); MeCab must end a word there and start a noun of two
    characters or more after it (管理費及 is 管理費 and the 及 of 及び, and 管理組織 is no 管理組 run on), and the
    term must be one the document writes at least five times."""
    heads = {c[:2] for c in terms_of if len(c) >= 3}  # 2 characters are too short to tell inside a compound
    if not heads:
        return
    heads |= {d + h for h in heads for d in _DETERMINERS}
    text = ctx.text
    for run, starts in _compound_runs(ctx).items():
        if len(starts) > 2 or (run[:2] not in heads and run[:3] not in heads and run[:4] not in heads):
            continue
        s0 = starts[0]
        if s0 > 0 and in_compound(text[s0 - 1]):
            continue  # the tail of a longer run
        for a in (0, 1, 2):
            if a and run[:a] not in _DETERMINERS:
                continue
            # the tests in order of cost: the terms a form cuts a word of, the document's MeCab tokens where the
            # form ends, the dictionary, then a count over the text
            for j in range(len(run) - 2, a + 2, -1):
                cand = run[a:j]
                terms = [t for t, i, k in terms_of.get(cand, ()) if _clip_allowed(t, i, k) and _cuts_a_word(t, i, k)]
                if terms:
                    break
            else:
                continue
            if any(t in run for t in terms):
                continue  # the term itself, with more after it
            end = a + len(cand)
            toks = tokenize(run)  # the run alone: the document's lines are long to tag
            nxt = next((t for t in toks if t.start == end), None)
            if nxt is None or nxt.pos != "名詞" or nxt.end - nxt.start < 2:
                continue
            if len(_tokens_of(cand)) == 1:
                continue  # a word of the dictionary
            term = next((t for t in terms if _uses(ctx, t, _MIN_USES)), None)
            if term is None:
                continue  # a term the document hardly uses sets no convention
            if a and not any(t.end == a for t in toks):
                continue  # 当該 must be a word of its own
            for s in starts:
                yield s + a, s + end, cand, term
            break


_KATAKANA = re.compile(r"[\u30a1-\u30fa]")
_NAME_CONT = re.compile(r"[\u3400-\u9fff々\u30a1-\u30ffー]")
# The document's own determiner swapped for another one that says the same: 本サービス defined, 当サービス
# written; 当社 defined, 弊社 written. (同/当該 are anaphoric — 「同サービス」 points back — and stay silent.)
_SAME_DETERMINERS = ("本", "当", "弊")


# The same defined terms come back in every version of a document, and their variants depend on the term
# alone (and on the notation groups, fixed for the process): they are spelled out once.
_FORM_VARIANTS = LineMemo()


def _form_variants(term: str) -> set[str]:
    """``_spell_form_variants(term)``, shared: the caller only reads it."""
    return _FORM_VARIANTS.get(term, lambda: _spell_form_variants(term))


def _spell_form_variants(term: str) -> set[str]:
    """Other spellings of a defined term that are the same term written differently:
    a long-vowel mark dropped or added in its katakana (ユーザー / ユーザ, サーバ / サーバー), a notation variant
    inside it (申込者 / 申し込み者, pipeline/data/notation_variants.json), and the determiner swapped
    (本サービス / 当サービス / このサービス, 当社 / 弊社)."""
    out: set[str] = set()
    for i, c in enumerate(term):
        nxt = term[i + 1] if i + 1 < len(term) else ""
        if c == "ー" and i > 0 and _KATAKANA.match(term[i - 1]):
            out.add(term[:i] + term[i + 1:])
        elif _KATAKANA.match(c) and nxt != "ー" and (nxt == "" or not _KATAKANA.match(nxt)) and i > 0 and _KATAKANA.match(term[i - 1]):
            out.add(term[:i + 1] + "ー" + term[i + 1:])  # a katakana word ending here, without its ー
    for group in notation_groups():  # 申込者 / 申し込み者, 取扱者 / 取り扱い者: okurigana inside the term
        for spelling in group:
            if len(spelling) >= 2 and spelling in term:
                for other in group:
                    if other != spelling:
                        out.add(term.replace(spelling, other))
    if term[0] in _SAME_DETERMINERS and (len(term) >= 3 or term == "当社"):
        for d in _SAME_DETERMINERS:
            if d != term[0] and not (d == "本" and len(term) < 3):
                out.add(d + term[1:])
    if term[0] == "本" and len(term) >= 3:
        out.add("この" + term[1:])  # 本規約 defined, 「この規約」 written
        if not term.startswith("本件"):
            out.add("本件" + term[1:])  # 本サービス defined, 「本件サービス」 written: 本件 says "this" as 本 does
    if term.startswith("本件") and len(term) >= 4:
        out.add("本" + term[2:])  # 本件業務 defined, 「本業務」 written
    out.discard(term)
    return out


_NAME_RUN = re.compile(r"[\u3400-\u9fff々\u30a1-\u30ffー]+")
# what a line of prose holds: a sentence's or a clause's punctuation
_PROSE = re.compile(r"[。、，,．]")


def _written(ctx: Context, v: str) -> bool:
    """Could ``v`` be written as a name of its own in the document? A name of kanji and katakana only counts
    where it is a whole run of such characters (inside a longer name it is part of that name), so it is
    looked up among the document's distinct runs; anything else is searched for."""
    if _NAME_RUN.fullmatch(v):
        return v in ctx.memo("terms.name_runs", lambda: set(_NAME_RUN.findall(ctx.text)))
    return v in ctx.text


def _in_title_line(ctx: Context, pos: int) -> bool:
    """Is ``pos`` on a line before the first article that holds no sentence (a title's)?"""
    a, b = ctx.line_span(pos)
    return ctx.before_articles(pos) and "。" not in ctx.text[a:b]


def _form_variant_findings(ctx: Context, defs: dict[str, Definition]):
    text = ctx.text
    for term in defs:
        if len(term) < 2 or not (_NAME_CHARS.match(term.replace("ー", "")) or term in notation_canon()):
            continue  # a name, or a word with a known other notation (お客様 defined, お客さま written)
        variants = [v for v in _form_variants(term) if v not in defs and _written(ctx, v)]
        if not variants or not _uses(ctx, term, 3):
            continue  # most variants are never written: the term's uses are counted only when one is
        for v in variants:
            hits = list(re.finditer(re.escape(v), text))
            if v.startswith("この"):
                # 「この規約は、2024年9月1日から施行する」: the 附則's set phrase, as laws write この法律は
                hits = [m for m in hits if not _ENACTED.match(text, m.end())]
            if v.startswith("この") and (len(hits) > 2 or not _uses(ctx, term, 5)):
                continue  # 「この規約」 written often is the document's way, not a slip
            for m in hits:
                s, e = m.span()
                if (s > 0 and _NAME_CONT.match(text[s - 1])) or (e < len(text) and _NAME_CONT.match(text[e])):
                    continue  # part of a longer name
                tok = ctx.token_at(s)
                if tok is not None and tok.pos in ("動詞", "形容詞", "助動詞"):
                    continue  # 「届け出なければ」: the verb, spelled by its own rule (the defined noun is 届出)
                if defined_here(text, e):
                    continue  # 「この規約（以下「本規約」という。）」, 「当サービス（以下「本サービス」）」: where the term is given
                if colon_entry_of(text, term, s):
                    continue  # 「「当サービス」：当社が提供する本サービスおよび…」: the glossary's meaning of the term itself
                if v.startswith("この") and s < defs[term].span[0]:
                    continue  # 「この規約は、…条件を定めるものです。」 opening a page whose 第1条 then defines 本規約
                line_start, line_end = ctx.line_span(s)
                if ctx.article_at(s) is None and not _PROSE.search(text, line_start, line_end):
                    continue  # 「このサイトについて ／ 利用規約」 outside the articles: a page's links or menu, naming other pages
                if others_words(text, s, e, line_start, line_end):
                    continue  # 「「このサービスは、…提供しています。」と記載されております」: the page's words, quoted
                if v.startswith("この") and _named_just_before(text, s, v[2:], term, line_start):
                    continue  # 「基幹通信業者が電気通信サービスを中止したり、このサービスの…」: the one just named
                if v[0] in _SAME_DETERMINERS and v[0] != term[0]:
                    t = ctx.token_at(s)
                    if t is None or t.start != s or t.end != s + 1 or t.pos not in ("接頭辞", "連体詞"):
                        if not (v.startswith("弊社") and t is not None and t.surface == "弊社"):
                            continue  # 本社 / 当時: a word, not the determiner (弊社サービス for 当社サービス is)
                where = where_defined(ctx, defs[term])
                # (a speaker named after the thing, 当サービス提供者, tells the two apart: 当サービス alone is the thing)
                speaker = next((d for d in defs if d[0] in "当弊" and d != term and len(d) >= 2 and not d.startswith(v)),
                               None)
                # (当規約 names the document, never its operator: no choice for the reader to make)
                if v[0] in "当弊" and speaker is not None and len(hits) >= _ANOTHER_THING_USES \
                        and not _DOCUMENT_NAME.fullmatch(v[1:]):
                    # 当サービス written throughout where 本サービス and 当グループ are both defined: the service, or its
                    # provider (「当サービスは、本サービスの内容を…変更できる」)? 当 names the speaker as often as the thing:
                    # the reader decides (written once, it is the defined 本サービス with another determiner)
                    yield ctx.finding(
                        "term-inconsistent", (s, e),
                        f"「{v}」は定義されていません。この文書はサービスを「{term}」、運営者を「{speaker}」と定義しています"
                        f"（{where}ほか）。どちらを指すかに合わせて書き換えるべきです。",
                        f"「{v}」 is not defined; the document defines 「{term}」 and 「{speaker}」 ({where} and elsewhere): "
                        f"write the one meant.",
                    )
                    continue
                yield ctx.finding(
                    "term-inconsistent", (s, e),
                    f"「{v}」は定義語「{term}」（{where}で定義）と表記が異なります。定義どおり「{term}」と書くべきです。",
                    f"「{v}」 is the defined term 「{term}」 ({where}) written another way.",
                    suggestion=term,
                )


def _named_just_before(text: str, pos: int, noun: str, term: str, line_start: int, sentences: int = 1) -> bool:
    """Does the sentence before ``pos`` (or the ``sentences`` up to it, from ``line_start`` on) name another ``noun``
    than ``term`` (a compound ending with it: 電気通信サービス, 就業規則; or the noun after the words that say which,
    「以下に定めた禁止行為についての規則」), which この then points back at?"""
    sentence_start = pos
    for _ in range(sentences):
        sentence_start = max(line_start, text.rfind("。", line_start, max(line_start, sentence_start - 1)) + 1)
    return any(not m.group(0).endswith(term) for m in
               re.finditer(rf"(?:[\u4e00-\u9fff々\u30a1-\u30fa\u30fcA-Za-z]+|(?<=[のるたな]))"
                           rf"{re.escape(noun)}", text[sentence_start:pos]))


def _article_start(ctx: Context, pos: int) -> int:
    """Where the article of ``pos`` starts, or its line outside the articles."""
    art = ctx.article_at(pos)
    return art.span[0] if art is not None else ctx.text.rfind("\n", 0, pos) + 1


# whole runs only: cut at 14 characters, カナミッククラウドサービス基本利用契約 would leave 本利用契約 as a run of its own
_COMPOUND_RUN = re.compile(r"[\u3400-\u9fff々\u30a1-\u30ffー]{4,}")
_LONGEST_RUN = 14
_NUMERALS = re.compile(r"[0-9０-９〇一二三四五六七八九十百千万第条項号]")


def _inner_edit(a: str, b: str) -> int | None:
    """Where ``a`` differs from ``b`` by one character changed, or one or two adjacent characters dropped or
    added, inside (not at either end): 施設 → 施, サービス → サー."""
    if a == b:
        return None
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return diff[0] if len(diff) == 1 and 0 < diff[0] < len(a) - 1 else None
    k = abs(len(a) - len(b))
    if k > 2:
        return None
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return next((i for i in range(1, len(long_) - k) if long_[:i] + long_[i + k:] == short), None)


# what a role's name ends in (委員長, 会員, 責任者, 取締役, 管理人)
_ROLE_ENDS = "長員者役人"


@lru_cache(maxsize=1)
def _rank_prefixes() -> tuple[str, ...]:
    return tuple(row[0] for row in load_tsv("rank_prefixes.tsv"))


# what a katakana word's spellings differ in (プレイヤー, プレーヤー; ウィンドウ, ウインドー): taken away, two spellings of
# one word are the same
_SPELLING_MARKS = str.maketrans("", "", "ーィェォァゥッ・イ")


# determiners that point back at something just named, whatever the document calls itself
_POINTING_BACK = ("当該", "前記", "上記", "同上")


# the rest of a law's title after a word in it (「医療機器等|の品質、有効性及び安全性の確保等に関する法律」)
_IN_A_LAWS_TITLE = re.compile(r"[^。\n「」（）()]{0,60}?に関する(?:法律|条例|規則|政令|省令)")


def _slip_findings(ctx: Context, defs: dict[str, Definition]):
    """A compound written once or twice that is a frequent defined term, or a compound the document writes
    at least five times, with a character slipped inside or one or two dropped (サービス利用料 defined,
    サービス使用料 written; 全体利用施設協議会 written 20 times, 全体利用施協議会 once), when the slipped word
    is no word the document uses (当該サービス for 当社サービス is 当該, a word it writes everywhere)."""
    text = ctx.text
    terms = [t for t in defs if len(t) >= 4 and _TERM_CHARS.match(t) and not t.startswith("本")
             and not _NUMERALS.search(t)]
    counts = _LazyCounts(ctx)  # counted only for the terms a slipped compound resembles
    runs = _compound_runs(ctx)
    # the document's own frequent compounds (not defined) are references too
    usual = [r for r, st in runs.items() if len(st) >= _USUAL_COMPOUND and r not in defs and not _NUMERALS.search(r)]
    by_ends: dict[tuple[str, str], list[str]] = {}  # an inner slip keeps the first and last characters
    for t in terms + usual:
        by_ends.setdefault((t[0], t[-1]), []).append(t)
    if not by_ends:
        return
    for run, starts in runs.items():
        near = by_ends.get((run[0], run[-1]))
        if not near or len(starts) > 2 or run in defs or _NUMERALS.search(run):
            continue
        if _DOCUMENT_NAME.fullmatch(run):
            continue  # 利用規約 (a web page's title) beside 利用契約: the name of a kind of document, no slip of a word
        if run.startswith(_POINTING_BACK):
            continue  # 当該サイト (that site, the one just named) beside the defined 当サイト: a determiner, no slip
        if any(text[s - 1:s] in ("（", "(") and text[s + len(run):s + len(run) + 1] in ("）", ")") for s in starts if s):
            continue  # 「…個人を識別できる情報（個人識別情報）」: a bracket naming what was just described defines the name
        if all(_IN_A_LAWS_TITLE.match(text, s + len(run)) for s in starts):
            continue  # 「医薬品、医療機器等の品質…に関する法律」: a law's title as enacted, beside the document's 医療機関等
        for term in near:
            if abs(len(term) - len(run)) > 2 or term == run:
                continue
            i = _inner_edit(run, term)
            if i is None or not _uses(ctx, term, 5):
                continue  # not one slip away, or a term the document hardly uses
            if len(run) > len(term) and term in run:
                continue  # a longer word containing the usual one is no slip of it
            if run.replace("・", "") == term.replace("・", "") and all(_in_title_line(ctx, st) for st in starts):
                continue  # 「連携協力に関する協定書」, the title, beside 連携・協力 in the body: a title's own wording
            if len(run) - len(term) == 2 and is_known_word(run[i:i + 2]):
                continue  # 個人関連情報 beside the defined 個人情報: a whole word put inside makes a compound of its own
            if opposite_of(run, term):
                continue  # ライセンシー beside ライセンサー ×14: the other party (pub154), never a correction
            if len(run) > len(term) and term[-1] in _ROLE_ENDS and any(
                    run[:i] + run[i + len(p):] == term and run.startswith(p, i) for p in _rank_prefixes()):
                continue  # 中央副執行委員長 beside 中央執行委員長 ×6: the vice-chair, another office (rank_prefixes.tsv)
            shares = sorted((general_frequency(run), general_frequency(term)))
            if shares[0] >= COMMON_WORD / 10 and shares[1] >= COMMON_WORD \
                    and run.translate(_SPELLING_MARKS) != term.translate(_SPELLING_MARKS):
                continue  # 「利用可能なトラックを見つけて」 beside トピック ×6: two words of general Japanese (one common, the
                # other written at least once in a million words), one letter apart,
                # no slip (プレイヤー among プレーヤー, the same word spelt two ways, is still told)
            if len(run) == len(term) + 1 and run[i] in NEGATING_PREFIXES and run[:i] + run[i + 1:] == term:
                continue  # 「頒布不可能なコンテンツ」 beside 頒布可能 ×7: the word negated, its opposite meant
            if text.count(run) > 2:
                continue  # ミドルウェア inside 「RTミドルウェアコンテスト」 and more, beside ミドルウエア ×11: a spelling the
                # document writes often, inside longer words too, is its other notation (notation-variance's), no slip
            tok = next((t for t in tokenize(run) if t.start <= i < t.end), None)
            if tok is None:
                continue
            # the slipped part is a word the document uses elsewhere (outside this run and the term: 明書 is in
            # every 証明書): another compound, not a slip
            elsewhere = (_count(ctx, tok.surface) - len(starts) * run.count(tok.surface)
                         - counts[term] * term.count(tok.surface))
            if elsewhere >= 3:
                continue
            if term not in defs and len(tok.surface) >= 2 and is_known_word(tok.surface) and tok.pos == "名詞" \
                    and all("\u3400" <= c <= "\u9fff" for c in tok.surface):
                continue  # 学園生活 beside 学生生活 ×9, 気象情報 beside 気象警報: a word of kanji of its own in the place,
                # another compound (a defined term's variant made of words, サービス使用料 for the defined サービス利用料,
                # and a katakana word spelt two ways, プレイヤー among プレーヤー, are told)
            if term in defs:
                where = where_defined(ctx, defs[term])
                ja = f"「{run}」は定義されていません。定義語「{term}」（{where}で定義、{counts[term]}回使用）の誤りと思われます。"
                en = (f"「{run}」 is not a defined term; the defined term 「{term}」 ({where}; used {counts[term]} times) "
                      f"was probably meant.")
            else:
                ja = f"「{run}」はこの文書でここだけの表記です。{counts[term]}回使われている「{term}」の誤りと思われます。"
                en = f"「{run}」 is written only here; 「{term}」, which the document writes {counts[term]} times, was probably meant."
            d = defs.get(term)
            for s in starts:
                if defined_here(text, s + len(run)):
                    continue  # インドネシア共和国（以下「インドネシア国」）: the long name
                if _coordinated(text, s, run, term):
                    continue  # 「宿泊契約または宿泊予約の地位」: the two named side by side are two things
                if d is not None and _in_definitions_sentence(ctx, s, d):
                    continue  # 「氏名、アカウント認証情報、…を含む…情報（以下「アカウント情報」）」: what the term holds (pub148)
                yield ctx.finding("term-inconsistent", (s, s + len(run)), ja, en, suggestion=term)
            break


_CONJUNCTION = r"(?:または|又は|若しくは|もしくは|及び|および|並びに|ならびに|や|と|、|・)"


def _coordinated(text: str, s: int, run: str, term: str) -> bool:
    """Is ``run`` (at ``s``) joined to ``term`` by a conjunction, either way round?"""
    before = re.search(re.escape(term) + _CONJUNCTION + r"$", text[max(0, s - len(term) - 4):s])
    return before is not None or re.match(_CONJUNCTION + re.escape(term), text[s + len(run):s + len(run) + len(term) + 4]) \
        is not None


def _unused_definition_findings(ctx: Context, defs: dict[str, Definition]):
    """A term defined and never written again, where a compound one character away is written instead, twice or
    more (「反社会勢力等」 defined, 反社会的勢力等 written three times after it): the definition or its uses slipped,
    and no use of the defined term says which the drafter meant. Reported at the definition, with the written
    form as the suggestion."""
    runs = None
    for term, d in defs.items():
        if len(term) < 4 or not _TERM_CHARS.match(term) or _NUMERALS.search(term) or _uses(ctx, term, 2):
            continue
        if runs is None:
            runs = _compound_runs(ctx)
        written = [(len(st), r) for r, st in runs.items()
                   if len(st) >= 2 and r not in defs and term not in r and _inner_edit(r, term) is not None]
        if len(written) != 1:
            continue  # none, or several forms: no one form the document settled on
        n, form = written[0]
        if re.search(rf"(?:この|本){re.escape(form)}", ctx.text) or _DOCUMENT_NAME.fullmatch(form) \
                or document_and_contract(form, term):
            continue  # 「会員契約」 defined, 「この会員規約は」 written: the document's own name, another thing
        yield ctx.finding(
            "term-inconsistent", d.span,
            f"定義語「{term}」は定義の後に一度も使われず、1字違いの「{form}」が{n}回使われています。"
            f"定義か本文のどちらかの表記の誤りと思われます。",
            f"The defined term 「{term}」 is never used after its definition, while 「{form}」, one character away, is "
            f"written {n} times: the definition or its uses slipped.",
            suggestion=form,
        )


# the word that goes on after a name's head: a katakana or a kanji run (本プレミアム|サービス, 本プレミアム|会員)
_NEXT_WORD = re.compile(r"[\u30a1-\u30ffー]+|[\u3400-\u9fff々]+")
# uses of the other 本-name that make it the document's name for what the definition named otherwise
_RENAMED_USES = 3


def _renamed_definition_findings(ctx: Context, defs: dict[str, Definition]):
    """「ＪＯＴＯホームドクタープレミアム会員」(以下「本プレミアム会員」) never written again, while 本プレミアムサービス, which
    nothing defines, is written seventeen times: the definition gave the thing one name and the text calls it by
    another, both heads the same 本-name of the document's own (本プレミアム). Reported at the definition."""
    text = ctx.text
    for term, d in defs.items():
        if not term.startswith("本") or len(term) < 5 or _uses(ctx, term, 2):
            continue
        for i in range(len(term) - 1, 2, -1):
            head, tail = term[:i], term[i:]
            if not _NEXT_WORD.fullmatch(tail) or _NEXT_WORD.fullmatch(head[-1] + tail):
                continue  # (a head ends where the word does: 本プレミアム|会員, not 本プレミアム会|員)
            # (not where the head starts another defined term: 本プレミアムサービス利用規約, the document's own name)
            places = [k for k in _places(text, head) if k != d.span[0]
                      and not any(t != term and text.startswith(t, k) for t in defs)]
            nexts = Counter(m.group(0) for k in places if (m := _NEXT_WORD.match(text, k + len(head))) is not None)
            if len(nexts) != 1:
                break  # the head goes on in several ways, or none: no one other name
            word, n = nexts.most_common(1)[0]
            other = head + word
            if n < _RENAMED_USES or other in defs or _DOCUMENT_NAME.fullmatch(other) \
                    or document_and_contract(other, term):
                break  # (本レンタル規約 beside the defined 本レンタル契約: the terms and the contract made under them)
            yield ctx.finding(
                "term-inconsistent", d.span,
                f"定義語「{term}」は定義の後に一度も使われず、定義のない「{other}」が{n}回使われています。"
                f"定義の語と本文の語が食い違っています。",
                f"The defined term 「{term}」 is never used; 「{other}」, which nothing defines, is written {n} times.",
                suggestion=other)
            break


def _synonym_findings(ctx: Context, defs: dict[str, Definition]):
    return synonym_findings(ctx, defs, where_defined, definiens)


def _reordered_findings(ctx: Context, defs: dict[str, Definition]):
    return reordered_findings(ctx, defs, ctx.memo("terms.runs_text", lambda: "\n".join(_compound_runs(ctx))))


def _redefinition_findings(ctx: Context, defs: dict[str, Definition]):
    return redefinition_findings(ctx, lambda c, at: where_defined(c, Definition("", (at, at + 1))))


# a compound the document writes this often is its own usage, a reference for its slips
_USUAL_COMPOUND = 5
# a defined name this long, its first kanji swapped for another (総括管理責任者 for the defined 統括管理責任者): the rest
# is the defined name's, so the one compound names the defined role
_FIRST_SLIP_LENGTH = 5
_NOT_A_SLIP_HEAD = re.compile(r"[本当弊各他同前次全新旧副正主元現第0-9０-９一二三四五六七八九十]")
_KANJI_RUN = re.compile(r"[\u4e00-\u9fff々]+")


def _first_kanji_slip_findings(ctx: Context, defs: dict[str, Definition]):
    """A compound written once or twice that is a defined name (used five times or more) but for its first kanji, both
    first kanji neither a determiner, a rank nor a number (本/当/各, 副/正, 第一): a slip of the first word of the name
    (統括 and 総括 read alike to a writer in a hurry); _slip_findings keeps the first and last characters."""
    terms = [t for t in defs if len(t) >= _FIRST_SLIP_LENGTH and _KANJI_RUN.fullmatch(t) and not _NOT_A_SLIP_HEAD.match(t)]
    if not terms:
        return
    by_tail = {t[1:]: t for t in terms}
    for run, starts in _compound_runs(ctx).items():
        term = by_tail.get(run[1:])
        if term is None or run == term or run in defs or len(starts) > 2 or _NOT_A_SLIP_HEAD.match(run) \
                or not _uses(ctx, term, _USUAL_COMPOUND):
            continue
        where = where_defined(ctx, defs[term])
        for s in starts:
            if s and in_compound(ctx.text[s - 1]):
                continue
            yield ctx.finding(
                "term-inconsistent", (s, s + len(run)),
                f"「{run}」は定義されていません。定義語「{term}」（{where}で定義）の誤りと思われます（先頭の1字違い）。",
                f"「{run}」 is not a defined term; the defined 「{term}」 ({where}) differs from it by its first character.",
                suggestion=term)


@rule("term-inconsistent", "warning", "定義語の不統一", "defined term used inconsistently")
def term_inconsistent(ctx: Context):
    defs = definitions(ctx)
    said: set[tuple[int, int]] = set()  # one finding a place: 本件利用規約 is a self-name and a form of it
    for found in (_self_name_findings, _homophone_self_name_findings, _rules_kind_findings, _instrument_kind_findings,
                  _title_kind_findings,
                  _self_designation_findings, _near_miss_findings, _clipped_findings, _latin_clipped_findings,
                  _head_findings, _adjectival_head_findings, _cut_before_its_definition_findings,
                  _determiner_dropped_findings, _determiner_added_findings, _hon_only_findings, _law_name_findings,
                  _form_variant_findings, _slip_findings, _first_kanji_slip_findings, _unused_definition_findings,
                  _renamed_definition_findings,
                  party_letter_findings, addressee_findings, second_person_findings, status_word_findings,
                  contract_word_findings,
                  _synonym_findings,
                  established_synonym_findings,
                  self_definition_findings, role_element_findings, _reordered_findings, _redefinition_findings,
                  designation_beside_letters_findings, role_name_findings):
        for f in found(ctx, defs):
            if f.suggestion in defs and not _in_one_document(ctx, f.span[0], defs[f.suggestion].span[0]):
                continue  # 「本ポリシー」 defined by the privacy policy under the terms: the terms' 本規約 is no slip of it
            if f.span not in said and (found in _NAMES_BY_KIND or _named_in_its_document(ctx, f)):
                said.add(f.span)
                yield f
    # a designation inside a term already reported (弊社サービス for the defined 当社サービス) is that slip
    for f in chain(self_designation_variant_findings(ctx, defs), company_named_otherwise_findings(ctx, defs),
                   place_designation_variant_findings(ctx, defs)):
        if not any(s < f.span[1] and f.span[0] < e for s, e in said) and _named_in_its_document(ctx, f):
            said.add(f.span)
            yield f


# the detectors that name a set of rules by its kind (本規約, この規程), reading the part of the page each place is in
# (_part_kind): their suggestion is a form the kind makes, not one the document need write
_NAMES_BY_KIND = (_self_name_findings, _homophone_self_name_findings, _rules_kind_findings, _instrument_kind_findings)


def _in_one_document(ctx: Context, a: int, b: int) -> bool:
    """Do places ``a`` and ``b`` belong to the same document of the page?"""
    return len(page_documents(ctx)) < 2 or document_span(ctx, a) == document_span(ctx, b)


def _named_in_its_document(ctx: Context, f) -> bool:
    """Does the document of the page the finding stands in write the name it suggests? A form above the terms that
    says 当サイト, or a privacy policy under them that says 当社, never took the terms' 本サイト or 「会社」."""
    return not f.suggestion or uses_in_its_document(ctx, f.span[0], f.suggestion)
