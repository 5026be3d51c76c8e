"""Citations by number in a document whose sections show no number (part of reference-dangling).

A 賃金規程 cut out of a model 就業規則 heads its sections 「### 基本給」, 「### 代替休暇」 and still writes 「第9条に定める休職期
間中は」; a warranty page heads its parts 「・ 補償期間」 and writes 「上記3.「補償期間」中に」. The parser counts such sections
by their place (the 9th, the 3rd), but no reader sees those numbers: a number cited there points at nothing the page
shows, and where it happens to fall on a section the citation looked resolved. Told wherever no section of the main
text shows a number; a document that numbers any of its sections is read as it always was, and so is an app's data,
whose items the app numbers by their place where it shows them (Source.numbered_by_place).
"""

from __future__ import annotations

import re

from . import Context
from ..grammar import WIDE_DIGITS

# 上記3.「補償期間」, 下記2. , 前記１．: a section cited by the number a numbered page would give it
_PLACE_NUMBER = re.compile(r"(?:上記|下記|前記|後記)[ \u3000]?(?P<n>[0-9０-９]{1,2})[.．](?![0-9０-９])"
                           r"(?:[ \u3000]?「(?P<title>[^「」\n]{1,30})」)?")


def sections_unnumbered(ctx: Context) -> bool:
    """Does the main text hold two or more sections and none of them show a number (headed by titles alone)?"""
    def build() -> bool:
        main = [a for a in ctx.doc.all_articles() if a.part == "main"]
        return ctx.doc.style == "section" and len(main) >= 2 and not any(a.numbered for a in main) \
            and not ctx.doc.source.numbered_by_place  # (an app's data: numbered where it is shown)
    return ctx.memo("unnumbered_refs.sections_unnumbered", build)


def _headings(ctx: Context) -> str:
    titles = [a.title for a in ctx.doc.all_articles() if a.part == "main" and a.title][:2]
    return "、".join(f"「{t}」" for t in titles)


def unnumbered_cited(ctx: Context, cited: list[tuple[tuple[int, int], str]]):
    """Findings for ``cited``, (span, text) of each citation by article number of the main text, and for each section
    cited by a place number (上記3.), where the sections show no number."""
    if not sections_unnumbered(ctx):
        return
    heads = _headings(ctx)
    for span, shown in cited:
        yield ctx.finding(
            "reference-dangling", span,
            f"「{shown}」: この文書の条は見出し（{heads}など）だけで番号がなく、「{shown}」がどれを指すか読み手にはわかりません。"
            f"他の規程の条を指すなら、その規程の名を付けます。",
            f"「{shown}」: this document's sections are headed by titles alone ({heads}…), with no number, so the reader "
            f"cannot tell what 「{shown}」 points at; name the other rules if theirs is meant.")
    for m in ctx.finditer(_PLACE_NUMBER):
        title = m.group("title")
        n = m.group("n").translate(WIDE_DIGITS)
        yield ctx.finding(
            "reference-dangling", m.span(),
            f"「{m.group(0)}」: この文書の見出し（{heads}など）には番号がなく、「{n}.」と書かれた箇所はありません。"
            + (f"見出しの名で「{m.group(0)[:2]}「{title}」」と指します。" if title else ""),
            f"「{m.group(0)}」: this document's headings ({heads}…) carry no numbers; nothing is numbered {n}."
            + (f" Cite it by its name: 「{m.group(0)[:2]}「{title}」」." if title else ""),
            suggestion=f"{m.group(0)[:2]}「{title}」" if title else None)
