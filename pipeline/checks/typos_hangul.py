"""A Korean character inside Japanese prose (「第4条及び個別契約의 定めに従い」): typed with the input method left in Korean
mode, or by a writer of both languages (a warning where it is a Korean particle, told with the Japanese one; a note
otherwise: a Korean name may be meant). A page printing a Korean translation after its Japanese has those lines taken out
before any rule reads them (pipeline/other_languages.py); what is left here is Hangul in a Japanese line, right beside
its kana or kanji. A Korean particle typed for the Japanese one is corrected by data/hangul_particles.tsv."""

from __future__ import annotations

import re
from functools import lru_cache

from . import Context, load_tsv

# one to three Hangul syllables touching a kana or a kanji on at least one side (no space between): a name written in
# Korean stands apart, set off by spaces or brackets, and runs longer
_HANGUL_IN_JAPANESE = re.compile(
    r"(?:(?<=[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff々])[\uac00-\ud7a3]{1,3}(?![\uac00-\ud7a3])"
    r"|(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{1,3}(?=[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff々]))")
_KANA = re.compile(r"[\u3041-\u3096]")


@lru_cache(maxsize=1)
def _particles() -> dict[str, str]:
    return {row[0]: row[1] for row in load_tsv("hangul_particles.tsv")}


def hangul_in_japanese_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_HANGUL_IN_JAPANESE):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if len(_KANA.findall(line)) < 3:
            continue  # (a line of kanji and Hangul, an address or a name list, is no Japanese sentence)
        written = m.group(0)
        want = _particles().get(written)
        excerpt = text[max(line_start, m.start() - 6):m.end() + 6]
        if want:
            ja = f"和文の中にハングルの「{written}」があります。日本語の助詞「{want}」の誤りと思われます。"
            en = f"The Hangul 「{written}」 inside Japanese text: the Japanese particle 「{want}」 was meant."
            fixed = text[max(line_start, m.start() - 6):m.start()] + want + text[m.end():m.end() + 6]
        else:
            # (a word of Korean, a name or a place (김철수 氏), may be meant: a note)
            ja = f"和文の中にハングルの「{written}」があります。入力時の混入でないか確認してください。"
            en = f"The Hangul 「{written}」 inside Japanese text: typed by mistake?"
            fixed = None
        yield ctx.finding("typo", m.span(), ja, en, suggestion=fixed, severity="warning" if want else "info",
                          excerpt=excerpt)
