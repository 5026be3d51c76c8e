"""template-placeholder: a blank of the template the document was written from, left unfilled.

「株式会社[運営会社名]（以下「当社」といいます）」, 「○○地方裁判所」, 「【　】」, 「＿＿＿」: the name, court or date the
template asked for. In published terms it is a slip; in a template published as one it is meant, so it is a note
(info), never a warning, and a document with many blanks (a template) is told so once. A Markdown link
([text](url)) is no placeholder.
"""

from __future__ import annotations

import re

from . import Context, rule

# [運営会社名], ［住所］, [サービス名], [〇〇]: a bracketed noun of what is to be filled in
_NAMED_BLANK = re.compile(
    r"[\[［][^\[\]［］\n]{0,12}(?:名|名称|住所|所在地|日付|年月日|金額|氏名|URL|メールアドレス|電話番号|〇〇|○○)[\]］](?!\()")
# ○○, ●●, ××, 〇〇: marks standing for a word; ＿＿, ___: a line to write on; 【】 left empty
_MARK_BLANK = re.compile(r"([○●×〇])\1+|＿{2,}|_{3,}|【[ \u3000]*】")


# more blanks than this and the document is a template published as one: said once, not at every blank
_LEFT_OVER = 3


def _blanks(ctx: Context) -> list[tuple[int, int]]:
    def scan():
        src, offsets, text = ctx.doc.source.text, ctx.doc.norm.offsets, ctx.full.text
        out = []
        for rx in (_NAMED_BLANK, _MARK_BLANK):
            for m in rx.finditer(text):
                e = m.end()
                if rx is _NAMED_BLANK and src[offsets[e - 1] + 1:offsets[e - 1] + 2] == "(":
                    continue  # a Markdown link, [運営会社名](https://…)
                out.append(m.span())
        return sorted(out)
    return ctx.full.memo("placeholders.blanks", scan)


@rule("template-placeholder", "info", "テンプレートの記入欄の残存", "template blank left unfilled")
def template_placeholder(ctx: Context):
    blanks = _blanks(ctx)
    text = ctx.text
    if len(blanks) > _LEFT_OVER:
        s, e = blanks[0]
        if ctx.scope is None or any(a <= s < b for a, b in ctx.scope):
            yield ctx.finding(
                "template-placeholder", (s, e),
                f"この文書には記入欄が{len(blanks)}か所あります（最初は「{text[s:e]}」）。テンプレートのまま公開されていませんか。",
                f"The document holds {len(blanks)} template blanks (the first 「{text[s:e]}」): a template, unfilled?",
                excerpt=text[max(0, s - 6):e + 6].replace("\n", " "))
        return
    for s, e in blanks:
        if ctx.scope is not None and not any(a <= s < b for a, b in ctx.scope):
            continue
        yield ctx.finding(
            "template-placeholder", (s, e),
            f"「{text[s:e]}」はテンプレートの記入欄のままです。公開する文書では実際の名称・日付などを記入します。",
            f"「{text[s:e]}」 is a blank of the template, left unfilled.",
            excerpt=text[max(0, s - 6):e + 6].replace("\n", " "))
