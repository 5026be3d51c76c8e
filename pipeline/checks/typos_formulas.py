"""The typo rule's detectors of a clause-closing formula, or a fixed phrase written in kana inside a sentence (a
compound particle, the conditional とき), one kana off (typos.py lists the rule's detectors).

「保護者の同意を得るものとます。」 (ものとします, し dropped), 「申し出なければならかない。」 (なければならない, か slipped in),
「…のものをいいします。」 (をいいます, し slipped in), 「通知したければならない。」 (なければならない, one kana typed for
another where law text writes none of the 4-grams around it, and not one particle for another: といいます and
こともできます are Japanese). The phrases that close the clauses of agreements and rules are few
and fixed (data/legal_formulas.tsv); a clause that ends on one of them with one kana dropped from inside it, or one
kana added inside it, is no Japanese, whatever the document writes elsewhere: the typo rule's count of the document's
own endings (typos.py, 3.) needs the phrase written three times to tell the slip, a short text or an excerpt has it
once or twice. Only inside the phrase: a kana dropped at its end or added after it changes the form (ものとす is the
literary ending, ならないか a question), which the count of the document's endings weighs instead.
"""

from __future__ import annotations

import re
from itertools import chain
from functools import lru_cache

from . import Context, load_tsv
from .typos_base import _PARTICLES, _dakuten_pair, model

# where a clause ends: its 。 or 、, a closing bracket, the line's end
_CLAUSE_END = r"(?=[。、，．）)」』\n]|$)"


@lru_cache(maxsize=1)
def _formulas() -> tuple[re.Pattern, dict[str, str], tuple[str, ...]]:
    """One pattern of every one-kana-off spelling of the formulas, each spelling with a kana dropped → its formula,
    and the formulas."""
    formulas = tuple(row[0] for row in load_tsv("legal_formulas.tsv"))
    variants: dict[str, str] = {}
    for f in formulas:
        for i in range(1, len(f) - 1):  # a kana dropped from inside (the first kept, the last kept)
            variants.setdefault(f[:i] + f[i + 1:], f)
    inserted = []
    for f in formulas:
        for i in range(1, len(f)):  # a kana added inside: after the first, before the last
            inserted.append(re.escape(f[:i]) + "[ぁ-ゖ]" + re.escape(f[i:]))
    for v in list(variants):
        if v in formulas or any(v in f for f in formulas):
            del variants[v]  # (a spelling that is itself a formula, or part of one, is no slip)
    alternatives = sorted(variants, key=len, reverse=True)
    rx = re.compile("(?:" + "|".join([re.escape(v) for v in alternatives] + inserted) + ")" + _CLAUSE_END, re.M)
    return rx, variants, formulas


def _formula_of(written: str, formulas: tuple[str, ...]) -> str | None:
    """The formula ``written`` is with one kana slipped in (not before its first)."""
    for f in formulas:
        if len(written) == len(f) + 1 and any(written[:i] + written[i + 1:] == f for i in range(1, len(f))):
            return f
    return None


# the kana that are particles of their own (か of ことかできる too: a voicing mark off が)
_PARTICLE_KANA = frozenset(_PARTICLES | {"か"})


def _substituted(written: str, formulas: tuple[str, ...]) -> str | None:
    """The formula ``written`` is with one kana typed for another, where law text writes none of the 4-grams that hold
    the changed kana (したければならない: たければ; not こともできる, nor ものとなる, which law text writes)."""
    kana4 = model()["kana4"]
    for f in formulas:
        if len(written) != len(f) or written == f:
            continue
        diff = [i for i in range(len(f)) if written[i] != f[i]]
        if len(diff) != 1:
            continue
        i = diff[0]
        if i == len(f) - 1:
            continue  # the last kana changes the form, not the phrase (ことができた: the past)
        if i == 0 and f[0] in _PARTICLE_KANA:
            continue  # a formula that opens on a particle: the kana before it is the word before's (総称して|いいます)
        if written[i] in _PARTICLE_KANA and f[i] in _PARTICLE_KANA and not _dakuten_pair(written[i], f[i]):
            continue  # one particle for another is grammar both ways (といいます, こともできます), a voicing mark aside
        grams = [written[j:j + 4] for j in range(max(0, i - 3), min(i, len(written) - 4) + 1)]
        if grams and not any(kana4.get(g) for g in grams):
            return f
    return None


@lru_cache(maxsize=1)
def _halves() -> tuple[re.Pattern, dict[str, list[tuple[str, int]]]]:
    """A pattern of the two halves of every formula, and for each half the formulas it is a half of, with its offset: a
    formula with one kana typed for another keeps one of its halves whole (literals the regex engine finds fast, where
    a class for the changed kana at every place of every formula cost a fifth of the typo rule)."""
    by_half: dict[str, list[tuple[str, int]]] = {}
    for f in (row[0] for row in load_tsv("legal_formulas.tsv")):
        h = len(f) // 2
        by_half.setdefault(f[:h], []).append((f, 0))
        by_half.setdefault(f[h:], []).append((f, h))
    # (the longest half that starts at a place is found; the shorter ones starting there are its prefixes, ことが of
    # ことができない inside ことがで of ことができます. No look-ahead, which would cost the engine its skip to the
    # literals' first characters)
    return re.compile("|".join(re.escape(x) for x in sorted(by_half, key=len, reverse=True))), by_half


def _substitutions(ctx: Context, formulas: tuple[str, ...]):
    """(start, end, written, formula) of each clause end that is a formula with one kana typed for another."""
    text = ctx.text
    rx, by_half = _halves()
    seen = set()
    for m in ctx.finditer(rx):
        longest = m.group(0)
        for f, off in chain.from_iterable(by_half.get(longest[:n], ()) for n in range(1, len(longest) + 1)):
            a = m.start() - off
            b = a + len(f)
            written = text[a:b]
            if a < 0 or (a, b) in seen or written == f or not _KANA_ONLY.fullmatch(written) \
                    or not _AT_CLAUSE_END.match(text, b):
                continue
            fixed = _substituted(written, formulas)
            if fixed is not None:
                seen.add((a, b))
                yield a, b, written, fixed


_KANA_ONLY = re.compile("[ぁ-ゖ]+")
# a clause's end, or the formula of obligation or agreement a formula may run on into (「…することはできないものとし
# ます」: ことはできない, then ものとします)
_AT_CLAUSE_END = re.compile(r"(?=[。、，．）)」』\n]|$|もの(?:とし|とす|とみな|であ))", re.M)


def formula_slip_findings(ctx: Context):
    text = ctx.text
    rx, dropped, formulas = _formulas()
    found = []
    for m in ctx.finditer(rx):
        written = m.group(0)
        if written in formulas:
            continue
        fixed = dropped.get(written) or _formula_of(written, formulas)
        if fixed is not None:
            found.append((m.start(), m.end(), written, fixed))
    found += _substitutions(ctx, formulas)
    for a, b, written, fixed in sorted(found):
        how_ja = ("仮名が落ちています" if len(written) < len(fixed) else "1字多く入っています" if len(written) > len(fixed)
                  else "仮名が1字違います")
        how_en = ("dropped" if len(written) < len(fixed) else "too many" if len(written) > len(fixed)
                  else "typed for another")
        t = ctx.token_at(a)
        if t is not None and t.start < a and t.pos == "名詞" and t.end > a + 1:
            continue  # 「組織委員会の指定するところとする」: ところ (the place), a noun the run starts inside, no こととする
        yield ctx.finding(
            "typo", (a, b),
            f"「{text[max(0, a - 4):b + 1]}」の「{written}」は、定型の文末「{fixed}」の1字違いです（{how_ja}）。",
            f"「{written}」 is the closing formula 「{fixed}」 with one kana {how_en}.",
            suggestion=fixed, severity="warning", excerpt=text[max(0, a - 6):b + 1])


@lru_cache(maxsize=1)
def _kana_phrases() -> tuple[re.Pattern, tuple[str, ...], frozenset[str], dict[str, tuple[int, ...]]]:
    """A pattern of every phrase of data/kana_phrases.tsv that is told with one kana inside typed for another, those
    phrases, every phrase listed, and for each phrase listed the lengths of its endings that open a phrase told
    (おそれがある, しようとする: る, which opens るときは): a phrase written right must not hide a slip of another that
    starts inside it (おそれがあるとかは). (Looked for after those phrases only: a look-ahead tried at every place cost
    the search its skip to the literals, four times its time on a law.)"""
    rows = load_tsv("kana_phrases.tsv")
    told = tuple(row[0] for row in rows if row[1] == "yes")
    listed = frozenset(row[0] for row in rows)
    alternatives = [re.escape(f[:i]) + "[ぁ-ゖ]" + re.escape(f[i + 1:]) for f in told for i in range(1, len(f) - 1)]
    overlaps = {p: k for p in listed
                if (k := tuple(n for n in range(1, len(p)) if any(f.startswith(p[-n:]) for f in told)))}
    return re.compile("|".join(alternatives)), told, listed, overlaps


def kana_phrase_slip_findings(ctx: Context):
    """A fixed phrase written in kana inside a sentence with one kana typed for another (「損害にすいてのみ賠償する」:
    について; 「行ったとかに成立する」: ときに), where law text writes none of the 4-grams that hold the changed kana; the
    document's most written phrase of those one kana off is the suggestion (に_いて is について or において)."""
    rx, told, listed, overlaps = _kana_phrases()
    text = ctx.text
    for m in _with_overlapping(ctx.finditer(rx), rx, text, listed, overlaps):
        written = m.group(0)
        if written in listed:
            continue
        candidates = [f for f in told if _substituted(written, (f,))]
        if not candidates:
            continue
        fixed = max(candidates, key=lambda f: (ctx.full.text.count(f), -told.index(f)))
        a, b = m.span()
        yield ctx.finding(
            "typo", (a, b),
            f"「{text[max(0, a - 4):b + 2]}」の「{written}」は、定型の言い回し「{fixed}」の1字違いです（仮名が1字違います）。",
            f"「{written}」 is the fixed phrase 「{fixed}」 with one kana typed for another.",
            suggestion=fixed, severity="warning", excerpt=text[max(0, a - 6):b + 2])


def _with_overlapping(matches, rx: re.Pattern, text: str, listed: frozenset, overlaps: dict):
    """``matches``, and after each phrase written right whose ending opens another, the match that starts there."""
    for m in matches:
        yield m
        while m.group(0) in listed and m.group(0) in overlaps:
            m = next((o for n in overlaps[m.group(0)] if (o := rx.match(text, m.end() - n))), None)
            if m is None:
                break
            yield m


# The formula that opens a definition in parentheses, 「（以下「利用契約」という。）」: its 以下 is fixed, and a pair of kanji
# sharing one of its two characters in its place (会下, 令下, 以外) is 以下 mistyped, whatever the pair means elsewhere
# (会下 is a word of the dictionary). Only where the pair opens the parenthesis or a sentence or phrase inside it
# (「（平成14年法律第78号。令下「円滑化法」という。）」) and the quoted term is followed by the verb that defines it,
# closing the parenthesis (という。）) or going on to the next definition (といい、).
_DEFINITION_OPENING = re.compile(
    r"(?<=[（(。、，])(?P<pair>[\u4e00-\u9fff]{2})[、，]?[「『][^」』「『\n]{1,40}[」』]"
    r"(?:と(?:いう|いいます|称する|称します|総称する|総称します)[。．]?[）)]|と(?:いい|称し|総称し)[、，])")
_OPENING = "以下"


# Its sibling that carries a definition or a limit on through what follows, 「…をいう。以下同じ。」, 「（…を除く。以下同じ。）」:
# the pair right after the clause that defines, includes, excludes or limits, before 同じ and the sentence's end.
_SAME_BELOW = re.compile(r"(?:いう|いい|含む|除く|限る|いいます|含みます|除きます|限ります)[。．]"
                         r"(?P<pair>[\u4e00-\u9fff]{2})同じ[。．]?(?=[）)]|[。．]|$)", re.M)


def definition_opening_findings(ctx: Context):
    text = ctx.text
    for m in chain(ctx.finditer(_DEFINITION_OPENING), ctx.finditer(_SAME_BELOW)):
        pair = m.group("pair")
        if pair == _OPENING or (pair[0] != _OPENING[0]) == (pair[1] != _OPENING[1]):
            continue  # 以下 itself, or a pair that shares none of it (次項「…」という: another formula, or no slip)
        a, b = m.span("pair")
        if m.re is _SAME_BELOW:
            ja = f"「{pair}同じ」は、定義や限定をその後にも及ぼす定型「以下同じ。」の「以下」の1字違いです。"
            en = (f"「{pair}同じ」 carries a definition or limit on through the text below; its formula is 「以下同じ。」: "
                  "以下 with one kanji off.")
            excerpt = text[max(0, a - 6):b + 3]
        else:
            ja = f"定義の括弧書きを開く「{pair}」は、定型「（以下「…」という。）」の「以下」の1字違いです。"
            en = (f"「{pair}」 opens a definition in parentheses, whose formula is 「（以下「…」という。）」: 以下 with one "
                  "kanji off.")
            excerpt = text[m.start():min(m.end(), b + 8)]
        yield ctx.finding("typo", (a, b), ja, en, suggestion=_OPENING, severity="warning", excerpt=excerpt)
