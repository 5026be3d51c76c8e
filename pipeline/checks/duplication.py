"""duplication: a phrase written twice in a row, and a self-contained sentence that occurs twice.

1. 「第12条第1項及び第2項及び第2項」: a run of words repeated back to back. Both copies must be
   whole words, start with a content word (not a particle or punctuation: 「の社債の社債権者」
   and 「暴力団、暴力団員」 are lists and compounds, not slips; a copy ending in の, と or や joins a noun to
   itself, 「親会社の親会社」, but one ending in a case particle, 「当社が当社が」, never does), and the second copy must end
   where a word ends (「株式交付株式交付親会社」 continues into a compound). Where the source
   separates the copies (a definition list 「吸収分割　吸収分割をする…」 whose separator
   normalization dropped) nothing is reported.
2. The same sentence twice in a row, the same paragraph (20 characters or more) twice in one article and
   the same item twice in one list: nothing written that way is meant.
3. A sentence of at least 30 characters that occurs twice in the document, when it stands on
   its own: it refers to nothing around it (no この/その/当該/前項/同項/ただし…). Sentences
   that lean on their context (「この場合において、閲覧につき…指定することができる。」)
   legitimately repeat in every article they close; a self-contained one pasted a second
   time (a notice sentence appended to an unrelated item) is a slip.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..tokens import LONG_LINE, line_tokens, tokenize
from . import Context, LineMemo, load_tsv, rule
from .terms import defines_terms

# every start position (a lookahead), so that 「項及び第2」 does not hide 「及び第2項」
# A copy starts with a content word, and in legal text those are written in kanji, katakana or digits: a
# start in hiragana (a particle, an ending) is not tried, which halves the regex's work on a long law.
_REPEAT = re.compile(r"(?=(?P<x>[^\s、。，．,.「」（）()／｜・:：ぁ-ゖ][^\s、。，．,.「」（）()／｜・:：]{2,23}?)(?P=x))")
_WEAK_START = {"助詞", "助動詞", "補助記号", "接尾辞", "空白"}
_COMPOUND_POS = {"名詞", "接尾辞"}
# A noun with the same case particle twice in a row (「当社が当社が」「名義を名義を」) is never grammar, unlike
# の, と, や, which join a noun to itself (「親会社の親会社」).
_CASE_PARTICLES = {"が", "を", "に", "は", "で", "へ", "から", "より", "には", "では", "にて"}


@lru_cache(maxsize=None)
def _relational_nouns() -> frozenset[str]:
    return frozenset(row[0] for row in load_tsv("relational_nouns.tsv"))


def _contiguous_in_source(ctx: Context, a: int, b: int) -> bool:
    """No character was dropped by normalization between normalized positions a-1 and a… b: the source reads them together."""
    offs = ctx.doc.norm.offsets
    return all(offs[i] + 1 == offs[i + 1] for i in range(a - 1, b - 1) if 0 <= i < len(offs) - 1)


def _starts_unit(ctx: Context, pos: int) -> bool:
    """Is ``pos`` the first character of a paragraph's or item's text (after its label)?"""
    art, para, item = ctx.locate(pos)
    node = item or para
    if node is None:
        return ctx.line_span(pos)[0] == pos
    body = ctx.text[node.span[0]:pos]
    label = getattr(node, "label", None) or ""
    return body.replace(label, "", 1).strip(" \u3000") == ""


def _may_list_terms(ctx: Context, pos: int) -> bool:
    """Could the unit at ``pos`` be an entry of a list of terms (an item, a line outside the articles, or any
    unit of an article about definitions)? A paragraph of another article opens with a sentence, never with
    a term glued to its meaning (「総会の議事総会の議事については」 is a slip)."""
    art, _para, item = ctx.locate(pos)
    return item is not None or art is None or defines_terms(ctx, art)


def _phrase_findings(ctx: Context):
    """Repeats, unless the same paragraph has several: then they are a layout (a list of terms each
    followed by its definition with no separator, 「二 株式の発行株式の発行の効力が…」), not slips."""
    found = list(_phrase_candidates(ctx))
    per_paragraph: dict[tuple, int] = {}
    for f in found:
        per_paragraph[(f.article, f.paragraph)] = per_paragraph.get((f.article, f.paragraph), 0) + 1
    for f in found:
        if f.article is None or per_paragraph[(f.article, f.paragraph)] == 1:
            yield f


def _phrase_candidates(ctx: Context):
    text = ctx.text
    pos = 0
    for line in text.split("\n"):
        repeats = _REPEATS.get(line, lambda line=line: _line_repeats(line)) if len(line) >= 6 else ()
        done = 0
        for rel, x in repeats:
            s = pos + rel
            if s < done:
                continue
            mid, e = s + len(x), s + 2 * len(x)
            if _starts_unit(ctx, s) and _may_list_terms(ctx, s):
                continue  # 「一 株式の発行株式の発行の効力が…」: a listed term followed by its definition
            if not _contiguous_in_source(ctx, mid, mid + 1):
                continue  # a separator in the source (term and definition), dropped by normalization
            done = e
            yield ctx.finding(
                "duplication", (mid, e),
                f"「{x}」が繰り返されています（「{text[s:e]}」）。",
                f"「{x}」 is written twice in a row: 「{text[s:e]}」.",
                suggestion=x, excerpt=text[s:e],
            )
        pos += len(line) + 1


# A repeat never crosses a line break (the copies hold no white space) and the tests below read the
# line's tokens only: the versions of a document share almost every line, so each line is searched once.
# Where the document's structure and source decide (a listed term, a separator normalization dropped),
# the caller decides per document.
_REPEATS = LineMemo()


def _line_repeats(line: str) -> tuple[tuple[int, str], ...]:
    """(start in the line, copy) of every repeat whose copies are whole words that could be a slip."""
    out = []
    toks = None  # most lines have no repeat: they are not tagged here
    for m in _REPEAT.finditer(line):
        x = m.group("x")
        if len(set(x)) == 1 or not re.search(r"[\u3400-\u9fff0-9０-９\u30a1-\u30ff]", x):
            continue  # ーーー, kana-only repeats (いろいろ, それぞれ) are words
        if toks is None:
            toks = line_tokens(line) if len(line) <= LONG_LINE else tuple(tokenize(line))
            starts = {t.start for t in toks}
            ends = {t.end for t in toks}
        s, mid, e = m.start(), m.start() + len(x), m.start() + 2 * len(x)
        if not ({s, mid} <= starts and {mid, e} <= ends):
            continue  # the copies are not whole words
        first = next(t for t in toks if t.start == s)
        if first.pos in _WEAK_START:
            continue
        last_of_x = next((t for t in toks if t.end == mid), None)
        if last_of_x is not None and last_of_x.pos == "助詞" and last_of_x.surface not in _CASE_PARTICLES and not (
                last_of_x.surface == "の" and x[:-1] not in _relational_nouns()):
            continue  # 「完全親会社の完全親会社」: the parent's parent, a real phrase; と and や join lists
        after = next((t for t in toks if t.start == e), None)
        last = next((t for t in toks if t.end == e), None)
        if after is not None and last is not None and last.pos in _COMPOUND_POS and after.pos in _COMPOUND_POS:
            continue  # the second copy runs on into a compound: 株式交付株式交付親会社
        out.append((s, x))
    return tuple(out)


# Words that tie a sentence to its surroundings: such a sentence may rightly recur.
_ANAPHORA = re.compile(
    r"この|その(?!他)|これ|それ|当該|前項|前条|前各|次項|次条|次の|同項|同条|同号|同法|本条|本項|前号|次号|各号|ただし|なお|"
    r"この場合|前記|上記|下記|以下|以上|前段|後段|同様")
_MIN_SENTENCE = 30
_MIN_UNIT = 20  # a paragraph or item this long, repeated verbatim in its article
_MIN_REPEAT = 8  # a sentence this long written twice in a row


_MARKS = re.compile(r"[（(「『）)」』。]")


def _top_level_sentences(text: str, start: int, end: int):
    """(start, sentence) for each sentence of text[start:end] outside brackets."""
    depth, sent_start = 0, start
    for m in _MARKS.finditer(text, start, end):
        c = m.group(0)
        if c in "（(「『":
            depth += 1
        elif c == "。":
            if depth == 0:
                yield sent_start, text[sent_start:m.end()]
                sent_start = m.end()
        elif depth:
            depth -= 1


def _sentence_events(ctx: Context):
    """One pass over the units of the document: ("unit", pos, body, first pos) for a paragraph or item
    written twice in one article, ("row", pos, sentence) for a sentence written twice in a row, and
    ("sentence", pos, sentence, appended) for every self-contained sentence, in order. Once per document."""
    return ctx.memo("duplication.events", lambda: _events(ctx.text, ctx.units))


def _events(text: str, units) -> list[tuple]:
    events = []
    bodies: dict[tuple, int] = {}  # (article, list, unit text) → where it first occurs
    for u in units:
        if u.kind not in ("paragraph", "item", "line"):
            continue
        node = u.item or u.paragraph
        label = (getattr(node, "label", None) or "") if node is not None else ""
        body_start = u.span[0] + (len(label) if label and text.startswith(label, u.span[0]) else 0)
        body = text[body_start:u.span[1]].strip(" \u3000\n")
        if u.article is not None and len(body) >= _MIN_UNIT:
            # items repeat across the lists of one article on purpose (第3項第三号 and 第4項第二号 alike): one list only
            key = (id(u.article), id(u.paragraph) if u.kind == "item" else None, body)
            if key in bodies:  # the same paragraph twice in one article, or the same item twice in one list
                events.append(("unit", body_start + text[body_start:u.span[1]].find(body), body, bodies[key]))
                continue
            bodies[key] = body_start
        previous = None
        for idx, (pos, sent) in enumerate(_top_level_sentences(text, *u.span)):
            if idx == 0 and label and sent.startswith(label):
                sent, pos = sent[len(label):], pos + len(label)
            lead = len(sent) - len(sent.lstrip(" \u3000\n"))
            sent, pos = sent.strip(" \u3000\n"), pos + lead
            if previous == sent and len(sent) >= _MIN_REPEAT:
                events.append(("row", pos, sent))
                continue
            previous = sent
            if len(sent) >= _MIN_SENTENCE and not _ANAPHORA.search(sent):
                events.append(("sentence", pos, sent, idx > 0))
    return events


def _footprint(ctx: Context, span: tuple[int, int]) -> tuple:
    """The self-contained sentences of the units of ``span`` (an article or a line, whose repeated
    paragraphs are its own affair), in order, each with whether it is appended: equal in both versions
    at the same places, they leave every sentence of the document in the same sequence (the facts)."""
    full = ctx.full
    units = full.units
    starts = full.memo("duplication.unit_starts", lambda: [u.span[0] for u in units])
    i, j = bisect.bisect_left(starts, span[0]), bisect.bisect_left(starts, span[1])
    return tuple((e[2], e[3]) for e in _events(full.text, units[i:j]) if e[0] == "sentence")


def _facts(ctx: Context):
    """What a sentence finding depends on outside its unit: for each self-contained sentence the
    document writes more than once, whether each of its occurrences, in order, is appended to a unit
    (not a unit's first sentence). The other findings are about one paragraph or one article."""
    def build():
        flags: dict[str, list[bool]] = {}
        for e in _sentence_events(ctx.full):
            if e[0] == "sentence":
                flags.setdefault(e[2], []).append(e[3])
        return tuple(sorted((sent, tuple(f)) for sent, f in flags.items() if len(f) >= 2))
    return ctx.full.memo("duplication.facts", build)


def _sentence_findings(ctx: Context):
    """A self-contained sentence appended to a unit (not its first sentence) that occurs elsewhere too."""
    where_first: dict[str, int] = {}
    appended: list[tuple[str, int]] = []
    for e in _sentence_events(ctx):
        if e[0] == "unit":
            _, pos, body, first = e
            yield ctx.finding(
                "duplication", (pos, pos + len(body)),
                f"{_where(ctx, first)}と同じ文言が繰り返されています。貼り付けの誤りではありませんか。",
                f"The same text as {_where(ctx, first)} is repeated in the same article: pasted twice?",
                excerpt=body,
            )
        elif e[0] == "row":
            _, pos, sent = e
            yield ctx.finding(
                "duplication", (pos, pos + len(sent)),
                "同じ文が続けて2回書かれています。", "The same sentence is written twice in a row.",
                excerpt=sent,
            )
        else:
            _, pos, sent, is_appended = e
            where_first.setdefault(sent, pos)
            if is_appended:
                appended.append((sent, pos))
    for sent, pos in appended:
        first = where_first[sent]
        if first == pos:
            other = [p for s, p in appended if s == sent and p != pos]
            if not other:
                continue
            first = other[0]
        yield ctx.finding(
            "duplication", (pos, pos + len(sent)),
            f"同じ文が{_where(ctx, first)}にもあります。貼り付けの誤りではありませんか。",
            f"The same sentence also occurs at {_where(ctx, first)}: pasted twice?",
            excerpt=sent,
        )


def _where(ctx: Context, pos: int) -> str:
    from . import location_label
    probe = ctx.finding("duplication", (pos, pos + 1), "", "")
    return location_label(ctx.doc, probe)


# A full stop or comma typed twice (送られてきます。。): no Japanese writing doubles them; the ellipsis and the
# dash (……, ――) are other characters.
_DOUBLED_MARK = re.compile(r"([。、，．])\1+")


def _doubled_mark_findings(ctx: Context):
    text = ctx.text
    for m in _DOUBLED_MARK.finditer(text):
        mark = m.group(1)
        yield ctx.finding(
            "duplication", m.span(),
            f"「{mark}」が{len(m.group(0))}つ続いています。",
            f"「{mark}」 typed {len(m.group(0))} times in a row.",
            suggestion=mark, excerpt=text[max(ctx.line_span(m.start())[0], m.start() - 8):m.end()],
        )


@rule("duplication", "warning", "重複した語句・文", "repeated phrase or sentence", facts=_facts,
      footprint=_footprint)
def duplication(ctx: Context):
    yield from _phrase_findings(ctx)
    # on a diff's changed units, the sentences of the whole document (a finding outside them is dropped)
    yield from _sentence_findings(ctx.full)
    yield from _doubled_mark_findings(ctx)  # a mark typed twice is a matter of its line alone
