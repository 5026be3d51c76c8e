"""term-inconsistent, for the body a document speaks as: 当法人 among この法人, 当団体 among 本会.

Terms call the company 当社; articles of association and club rules call their body 本会, この法人 or 当団体.
A document keeps to one of these forms. One written a few times among many uses of another is a sentence left
from another template (a 定款 of この法人 with 「当法人は」 in three places; 当社 once in a 定款 of 当会社).

The nouns that name a body after 当, 弊, 本 or この are in self_designations.tsv. Two forms are the same body
when they differ only in the prefix (当法人, この法人), or when one noun ends the other (当社, 当会社). A form of
another noun (本会 among 当団体) is the same body only where the two stand alone: the document writes no third
body, the slip is written at most twice and never defined. A document that defines its designation
(以下「当協会」という) is held to that definition, one that does not to the form it writes most.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import Context, LineMemo, finditer, load_tsv

# the legal forms that open (or close) an organization's name: 株式会社…, 学校法人常翔学園, …協会 一般社団法人
LEGAL_FORMS = (r"(?:株式|有限|合同|合名|合資)会社|(?:学校|医療|社会福祉|宗教|独立行政|国立大学|地方独立行政|弁護士|税理士|"
               r"司法書士|行政書士|監査|特定非営利活動|NPO|一般社団|一般財団|公益社団|公益財団|社団|財団)法人")

# the way the document speaks of itself: written at least this often; another form of the same body is a slip
# when written at most _MINORITY times, or at most a third as often (本団体 17 times, 当団体 4: one body named two
# ways, the rarer one each a place to mend; two bodies are not told apart by 本 and 当 alone)
_MAJORITY, _RATIO, _MINORITY = 5, 3, 2
SELF_FORM_SLIPS = _MINORITY  # (terms_undefined leaves this many of another form to this module)
# another noun is the same body only beside a designation this common (本会 twice among 当団体 fourteen times)
_CROSS_MAJORITY = 10
# a designation the document defines (以下「当社」という。) is its name however short the text: the definition and
# one use hold it to that name (当法人 or 当事務局 once in a page of 当社, a sentence from another body's terms)
_DEFINED_MAJORITY = 2

_DESIGNATION = re.compile(r"(?<![\u3400-\u9fff々])(?P<prefix>[当弊本]|この)(?P<noun>[\u3400-\u9fff々\u30a1-\u30ffー]{1,5})")


@lru_cache(maxsize=None)
def organization_nouns() -> frozenset[str]:
    return frozenset(row[0] for row in load_tsv("self_designations.tsv"))


@lru_cache(maxsize=None)
def _not_after() -> dict[str, str]:
    """Prefixes before which the noun is another word (本社: a head office)."""
    return {row[0]: row[2] for row in load_tsv("self_designations.tsv") if len(row) > 2}


def _designation_tokens(ctx: Context, span: tuple[int, int], prefix_len: int = 1) -> bool:
    """Does MeCab read span as one word (当社, 本会) or as the prefix and words ending where the noun ends
    (当|協会, この|法人, 当|事務|局), with no suffix after it (当会|員 is this member, この組合|員 a member of it)?"""
    first = ctx.token_at(span[0])
    if first is None or first.start != span[0]:
        return False
    if first.end != span[1]:
        noun = ctx.token_at(span[0] + prefix_len) if first.end == span[0] + prefix_len else None
        if noun is None or noun.start != span[0] + prefix_len:
            return False
        last = ctx.token_at(span[1] - 1)  # (a noun MeCab reads as two words, 事務|局, ends where its last word ends)
        if last is None or last.end != span[1] or last.pos == "接尾辞" and last.start != noun.start:
            return False
    after = ctx.token_at(span[1])
    return after is None or after.start != span[1] or after.pos != "接尾辞"


def designations(ctx: Context) -> list[tuple[str, str, tuple[int, int]]]:
    """(prefix, noun, span) of each place the document names a body by a prefix and an organization noun."""
    def scan():
        text, out = ctx.text, []
        m = _DESIGNATION.search(text)
        while m is not None:  # the lines that hold a candidate, each once
            start, end = ctx.line_span(m.start())
            found = _LINE_DESIGNATIONS.get(text[start:end], lambda: _line_designations(ctx, start, end))
            out.extend((prefix, noun, (start + a, start + b)) for prefix, noun, a, b in found)
            m = _DESIGNATION.search(text, end + 1)
        return out
    return ctx.memo("terms_self.designations", scan)


# line → its designations (prefix, noun, start and end in the line): the match and MeCab's reading of it are
# matters of the line alone (a match never crosses a line; MeCab tags line by line), so the versions a batch
# checks, which share most lines, read each line once
_LINE_DESIGNATIONS = LineMemo()


def _line_designations(ctx: Context, start: int, end: int) -> tuple[tuple[str, str, int, int], ...]:
    nouns, not_after = organization_nouns(), _not_after()
    out = []
    for m in finditer(_DESIGNATION, ctx.text, start, end):
        prefix, rest = m.group("prefix"), m.group("noun")
        noun = next((rest[:k] for k in range(len(rest), 0, -1) if rest[:k] in nouns), None)
        if noun is None or prefix in not_after.get(noun, ""):
            continue
        span = (m.start(), m.start("noun") + len(noun))
        if _in_a_quoted_title(ctx.text, span[0], end):
            continue  # 「当社サイトに関するプライバシーポリシー」: another document's title, quoted as it is written
        if _designation_tokens(ctx, span, len(prefix)):
            out.append((prefix, noun, span[0] - start, span[1] - start))
    return tuple(out)


# a document's kind closing its title in quotes: 「当社サイトに関するプライバシーポリシー」, 「当社利用規約」
_TITLE_KIND = re.compile(r"(?:ポリシー|規約|規程|約款|方針|ガイドライン|規則|細則|要綱|規定)[」』]")


def _in_a_quoted_title(text: str, pos: int, end: int) -> bool:
    """Does ``pos`` stand inside 「…」 (on its line) that is another document's title?"""
    line_start = text.rfind("\n", 0, pos) + 1
    if text.count("「", line_start, pos) <= text.count("」", line_start, pos):
        return False
    close = text.find("」", pos, end)
    return close >= 0 and _TITLE_KIND.search(text, pos, close + 1) is not None


@lru_cache(maxsize=None)
def _kinds() -> dict[str, str]:
    """Each noun's kind of organization (院 and クリニック: a clinic or hospital)."""
    return {row[0]: row[1].split(" (")[0] for row in load_tsv("self_designations.tsv") if len(row) > 1}


def _same_body(a: str, b: str) -> bool:
    kinds = _kinds()
    return a.endswith(b) or b.endswith(a) or (a in kinds and kinds.get(a) == kinds.get(b))


# the bracket that gives what stands before it a name: 「この法人(以下「', then the name
_DEFINES = re.compile(r"[（(]以下[、，]?[「『]?")


# the sentence that names the body (「この会は、○○会と称する」, 「本会の名称は…とする」)
_NAMING = re.compile(r"(?:は[、，]?[^。\n]{1,40}?と(?:称|い)[うしす]|の名称は)")


def self_designation_variant_findings(ctx: Context, defs: dict):
    found = designations(ctx)
    counts = Counter(p + n for p, n, _ in found)
    if not counts:
        return
    nouns = organization_nouns()
    defined = [t for t in defs if len(t) >= 2 and t[0] == "当" and t[1:] in nouns]
    if len(defined) > 1:
        return  # two bodies defined (当行 and 当社): nothing to hold the text to
    bare = [t for t in defs if t in nouns] if not defined else []
    bare = bare if len(bare) == 1 else []
    if bare:
        # デンキヤギ株式会社（以下「会社」という。）: the body is 会社, and 当社 is another name for it (a noun of
        # another kind, 当組合 beside a defined 会社, may be another body: not judged)
        main = main_noun = bare[0]
        n_main = ctx.text.count(main)
    else:
        main = defined[0] if defined else counts.most_common(1)[0][0]
        n_main = counts[main]
        main_noun = next((n for p, n, _ in found if p + n == main), None)
    held = main in defs  # the name the document gave itself, not only the one it writes most
    if n_main < (_DEFINED_MAJORITY if held else _MAJORITY):
        return
    others = {form: n for form, n in counts.items() if form != main}
    unrelated = {p + n for p, n, _ in found if not _same_body(n, main_noun)}
    main_prefix = main[:-len(main_noun)] if main_noun and main.endswith(main_noun) else None
    told_often: set[str] = set()
    around_the_articles = _outside_the_articles(ctx, found)
    for prefix, noun, span in found:
        form = prefix + noun
        if form == main or form in defs or any(form in t for t in defs):
            continue
        if bare and prefix in ("この", "本") and noun == main_noun:
            # 「この組合の定款」, 「本クラブの会員」 with 組合, クラブ defined: the defined term after a determiner, as
            # rules write it
            continue
        if prefix == "弊" and "幣" + noun in defs:
            continue  # （以下 当団体または幣団体）: defined, mistyped (the typo rule tells 幣 for 弊)
        if main in defs and span[0] < defs[main].span[0]:
            continue  # 「この団体は、…引き継ぎ、」 then 「菊月会」(以下「本会」という。): the body before it is named
        if _DEFINES.match(ctx.text, span[1]) and ctx.text.startswith(main, _DEFINES.match(ctx.text, span[1]).end()):
            continue  # 「この法人(以下「本機構」という。)」 again (an article pasted twice): the definition, each time
        if _NAMING.match(ctx.text, span[1]):
            continue  # 「この会は国府台高校漕艇部OB会と称し」: the sentence that gives the body its name, as 第1条 does
        n = others[form]
        humble = noun == main_noun and {prefix, main_prefix} == {"当", "弊"}
        if humble and n >= 2 and form in around_the_articles:
            continue  # 「弊社が申込金を受領した時点で…」 twice or more in a booking form above and below the terms' 当社:
            # the page's own notices, in their writer's voice, not a slip inside the document
        if n > max(_MINORITY, n_main // _RATIO) and not (main in defs and _same_body(noun, main_noun)):
            if not humble:
                continue  # written often: a second body the document speaks of (unless the document defined its
                # one name)
            # 弊社 is the speaker's own 当社 said humbly, never a second company: a block of 弊社 among 当社 is text
            # from another template, told once where it starts, with the counts
            if form in told_often:
                continue
            told_often.add(form)
        if prefix == "弊" and noun != main_noun:
            continue  # 弊社 beside この法人 is a company speaking, not a variant of the body's name
        if noun != main_noun and prefix == "本" and noun in _HOSTS and _names_one_of(ctx.text, noun):
            continue  # 「本大学」 in a club's rules (本団体) that name 桃山学院大学: the university it belongs to
        if not _same_body(noun, main_noun) and (bare or n > _MINORITY or not held and (
                len(unrelated) > 1 or n_main < _CROSS_MAJORITY)):
            continue  # 本会 among 当団体 is the same body only if nothing else is named so, and the slip is rare (a
            # body the document defined as its name is held to it, whatever other bodies it names)
        yield ctx.finding(
            "term-inconsistent", span,
            f"「{form}」とありますが、この文書は自らを「{main}」と呼んでいます（{n_main}回、「{form}」{n}回）。",
            f"「{form}」: the document calls itself 「{main}」 ({n_main} times, 「{form}」 {n} times).",
            suggestion=main,
        )


def _outside_the_articles(ctx: Context, found) -> set[str]:
    """The designations written only outside the articles of a document that has some."""
    if not any(True for _ in ctx.doc.all_articles()):
        return set()
    inside = {p + n for p, n, span in found if ctx.article_at(span[0]) is not None}
    return {p + n for p, n, _ in found} - inside


# a company named by a place or a thing it runs: 「株式会社ケイジェット (以下「当店」という) は、」
_BODY_NAMED_AS = re.compile(r"(?:(?:株式|合同|有限|合資|合名)会社|一般社団法人|一般財団法人|特定非営利活動法人)"
                            r"[^\s（(。、「」]{0,30}|[^\s（(。、「」]{1,30}(?:(?:株式|合同|有限|合資|合名)会社)")
_NAMED_AS = re.compile(r"[ \u3000]*[（(]以下[、，]?[ \u3000]*[「『](当[^」』\s]{1,5})[」』]")


def company_named_otherwise_findings(ctx: Context, defs: dict):
    """当社 in terms whose company named itself otherwise: 「株式会社ケイジェット (以下「当店」という)」, then 「当社は、
    …」 four times. 当店 (or 当館, 当サイト) is not an organization noun (a company may run a store it calls 当店), but
    a company that gave itself that name speaks with it; a 当社 it never defined is another template's sentence."""
    text = ctx.text
    own = None
    for m in _NAMED_AS.finditer(text):
        name = m.group(1)
        if name[1:] in organization_nouns() or name not in defs:
            continue
        start = _name_start(text, m.start())
        if _BODY_NAMED_AS.fullmatch(text[start:m.start()].strip(" \u3000")):
            own, at = name, m.start()
            break
    if own is None:
        return
    companies = [(p + n, span) for p, n, span in designations(ctx) if p == "当" and n in ("社", "会社")]
    if any(span[0] < at for _, span in companies):
        return  # 「当社は、株式会社ABC（以下「当店」という）の店舗を…」: the speaker, and a company it names
    for form, span in companies:
        if form in defs or f"「{form}」" in text:
            continue
        yield ctx.finding(
            "term-inconsistent", span,
            f"「{form}」とありますが、この文書は会社を「{own}」と定義しています（以下「{own}」という）。",
            f"「{form}」: the document named the company 「{own}」.",
            suggestion=own,
        )


def _name_start(text: str, at: int) -> int:
    """Where the name before ``at`` starts: after the sentence's or line's last break before it."""
    return max(text.rfind(c, 0, at) for c in ("\n", "。", "、", "「")) + 1


# the kinds of body a club, a society or a committee belongs to, which its rules name 本大学, 本校 (not a company or an
# association: 本会社 and 本会 beside a 当社 are the document's own name written from another template)
_HOSTS = frozenset(("大学", "学校", "学園", "高校", "校", "病院", "研究所", "学部", "研究科"))


def _names_one_of(text: str, noun: str) -> bool:
    """Does the document name a body of kind ``noun`` by its proper name (「桃山学院大学」 for 大学)? Then 本大学 is that
    body, another than the document's own."""
    return re.search(rf"[\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{{2,}}(?<![本当弊こ]){re.escape(noun)}", text) is not None
