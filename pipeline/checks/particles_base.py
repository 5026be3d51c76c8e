"""What the particle checks share (grammar-slip's particles.py, particles_dropped.py, particles_wrong.py): the
registry each check declares itself in, and the token tests several of them make."""

from __future__ import annotations

from typing import Callable, Iterator

from ..model import Finding
from ..tokens import Token, shifted
from .base import Context

# the checks of particles_dropped.py and particles_wrong.py, in the order they are run
CHECKS: list[Callable[[Context], Iterator[Finding]]] = []


def particle_check(fn: Callable[[Context], Iterator[Finding]]) -> Callable[[Context], Iterator[Finding]]:
    """Declare a check of particles: adding one is writing it under this decorator."""
    CHECKS.append(fn)
    return fn


_FINISHED_AUX = frozenset(("ない", "た", "だ", "れる", "られる", "せる", "させる", "う", "よう", "たい", "ます", "ぬ",
                           "ん", "らしい", "まい", "です"))


def finished(t: Token) -> bool:
    """Is ``t`` a predicate in its 終止形 (for verbs and adjectives also their 連体形, spelled the same)? A verb's
    or adjective's written form ends as its dictionary form then (ある/有る, 大きい); 連用形 and 仮定形 do not
    (あり, 考え, 大きく, あれ)."""
    if t.pos == "動詞":
        return t.surface[-1] == t.lemma[-1]
    if t.pos == "形容詞":
        return t.surface[-1] == "い" and t.lemma[-1] == "い"
    return t.pos == "助動詞" and t.surface in _FINISHED_AUX


def conjugation_form(ctx: Context, tok: Token, end: int) -> str:
    """MeCab's conjugation form of ``tok`` (連用形-一般, 仮定形-一般…; "" where it reads that place otherwise), read with
    up to eight characters of its line before it and the text up to ``end`` after it: the tokens' tagger reads none."""
    from .typos_base import conjugated

    start = max(ctx.line_span(tok.start)[0], tok.start - 8)
    read = next((t for t in conjugated(ctx.text[start:end])
                 if t[0] == tok.start - start and t[1] == tok.end - start), None)
    return read[4] if read is not None and read[2] == tok.pos else ""


def joined_tokens(ctx: Context, pos: int) -> tuple[Token | None, Token | None, Token | None]:
    """The tokens ending at ``pos``, starting at it and the one after that, in document offsets; None where a
    token does not meet the next one (a space or a line break between)."""
    toks, i, base = ctx.tokens_from(pos)
    if i >= len(toks) or i == 0 or toks[i].start + base != pos or toks[i - 1].end != toks[i].start:
        return None, None, None
    a, b = toks[i - 1], toks[i]
    c = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].start == b.end else None
    return shifted(a, base), shifted(b, base), (shifted(c, base) if c is not None else None)


def verbs_after_a_word(ctx: Context, rx, lemmas: frozenset) -> Iterator[tuple[Token, Token]]:
    """(word, verb) at each match of ``rx`` where MeCab reads a verb of ``lemmas`` starting at the match, written
    straight after a word (no space or break between): the places where a particle may have been dropped
    between a noun and the verb that takes it (「本サービス係る」, 「所定の手続き行う」)."""
    for m in ctx.finditer(rx):
        verb = ctx.token_at(m.start())
        if verb is None or verb.start != m.start() or verb.pos != "動詞" or verb.lemma not in lemmas:
            continue
        word = ctx.token_at(m.start() - 1)
        if word is not None and word.end == m.start():
            yield word, verb
