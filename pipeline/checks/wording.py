"""Wording: doubled particles (にに), redundant expressions (迄まで), misspelled legal words (減失).

The word lists are in pipeline/data/ (confusables.tsv, redundant_expressions.tsv).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..tokens import tokenize
from . import Context, is_kanji, load_tsv, rule

# ------------------------------------------------------------------ doubled particle

# Candidates: the same kana run written twice (にに, をを, からから). Tokens decide.
_DOUBLED_KANA = re.compile(r"([ぁ-ゖ]{1,3})\1")
_WINDOW = 12


@rule("doubled-particle", "warning", "助詞の重複", "doubled particle", scope="unit")
def doubled_particle(ctx: Context):
    text = ctx.text
    for m in _DOUBLED_KANA.finditer(text):
        # a window around the pair is tagged, not its whole line: most candidates are words (かかわらず, ことと,
        # ものの), and a law's lines run to hundreds of characters
        line_start, line_end = ctx.line_span(m.start())
        base = max(line_start, m.start() - _WINDOW)
        tokens = tokenize(text[base:min(line_end, m.end() + _WINDOW)])
        i = next((k for k, t in enumerate(tokens) if t.start + base >= m.start()), len(tokens))
        if i >= len(tokens) - 1:
            continue
        a, b = tokens[i], tokens[i + 1]  # offsets relative to the line (+ base)
        if a.start + base != m.start() or a.end != b.start or b.end + base != m.end():
            continue
        if a.surface != b.surface or a.pos != "助詞" or b.pos != "助詞":
            continue
        # the word the first particle attaches to, for the excerpt: 真正性にに
        j = i - 1
        start = a.start
        while j >= 0 and tokens[j].end == start and tokens[j].pos in ("名詞", "接尾辞", "代名詞") and a.start - tokens[j].start <= 8:
            start = tokens[j].start
            j -= 1
        nxt = tokens[i + 2] if i + 2 < len(tokens) and tokens[i + 2].start == b.end else None
        end = nxt.end if nxt is not None and nxt.pos in ("動詞", "名詞") else b.end
        start, end = start + base, end + base
        fixed = text[start:a.end + base] + text[b.end + base:end]
        yield ctx.finding(
            "doubled-particle", (start, end),
            f"助詞「{a.surface}」が重複しています（「{text[start:end]}」）。",
            f"Doubled particle 「{a.surface}{b.surface}」 in 「{text[start:end]}」.",
            suggestion=fixed,
        )


# ------------------------------------------------------------------ redundant expressions


@lru_cache(maxsize=None)
def _redundant_patterns():
    out = []
    for row in load_tsv("redundant_expressions.tsv"):
        pattern, suggestion = row[0], row[1]
        severity = row[2] if len(row) > 2 and row[2] else "info"
        note = row[3] if len(row) > 3 else ""
        rx = ""
        for c in pattern:
            if c == "〜":
                rx += r"(?P<w>[^\s、。，,「」『』（）()ぁ-ゖ]{1,8}?)"
            elif c == "＃":
                rx += r"(?P<w>[0-9０-９〇一二三四五六七八九十百千万億.,，]+[^\s、。，,「」（）()]{0,4}?)"
            else:
                rx += re.escape(c)
        if is_kanji(pattern[0]) and ("〜" in pattern or "＃" in pattern):
            rx = r"(?<![\u3400-\u9fff々])" + rx
        out.append((pattern, re.compile(rx), suggestion, severity, note))
    return out


_FIXED_PIECES = re.compile("[〜＃]")


@rule("redundant-expression", "info", "重言（冗長な表現）", "redundant expression", scope="unit")
def redundant_expression(ctx: Context):
    text = ctx.text
    for pattern, rx, suggestion, severity, note in _redundant_patterns():
        # every fixed piece of the pattern must occur somewhere before the regex is worth running
        if not all(piece in text for piece in _FIXED_PIECES.split(pattern) if piece):
            continue
        for m in rx.finditer(text):
            w = m.groupdict().get("w") or ""
            sug = suggestion.replace("{1}", w)
            yield ctx.finding(
                "redundant-expression", m.span(),
                f"「{m.group(0)}」は重言です。{note}",
                f"Redundant expression 「{m.group(0)}」; 「{sug}」 says the same.",
                suggestion=sug, severity=severity,
            )


# ------------------------------------------------------------------ confusable words


@lru_cache(maxsize=None)
def _confusables():
    entries = {}
    for row in load_tsv("confusables.tsv"):
        wrong, right = row[0], row[1]
        note = row[2] if len(row) > 2 else ""
        exceptions = tuple(x for x in (row[3].split(",") if len(row) > 3 and row[3] else []) if x)
        entries[wrong] = (right, note, exceptions)
    alternation = "|".join(re.escape(w) for w in sorted(entries, key=len, reverse=True))
    return entries, re.compile(alternation)


def _inside_exception(text: str, start: int, end: int, exceptions: tuple[str, ...]) -> bool:
    for ex in exceptions:
        lo = max(0, start - len(ex))
        i = text.find(ex, lo, end + len(ex))
        while i >= 0 and i <= start:
            if i + len(ex) >= end:
                return True
            i = text.find(ex, i + 1, end + len(ex))
    return False


@rule("confusable-word", "error", "誤字・誤用", "misspelled or misused word", scope="unit")
def confusable_word(ctx: Context):
    entries, rx = _confusables()
    text = ctx.text
    for m in rx.finditer(text):
        right, note, exceptions = entries[m.group(0)]
        if exceptions and _inside_exception(text, m.start(), m.end(), exceptions):
            continue
        yield ctx.finding(
            "confusable-word", m.span(),
            f"「{m.group(0)}」は「{right}」の誤りと思われます。{note}",
            f"「{m.group(0)}」 is probably a misspelling of 「{right}」.",
            suggestion=right,
        )
