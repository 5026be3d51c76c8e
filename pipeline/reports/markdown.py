"""Markdown reports for pull requests and e-mail.

Document text is escaped for GitHub-flavoured Markdown: HTML metacharacters
become entities (GitHub renders inline HTML) and Markdown punctuation that
could start emphasis, links or table cells is backslash-escaped.
"""

from __future__ import annotations

import re

from .html import (CATEGORY_JA, KIND_JA, KIND_ORDER, SEVERITY_JA, STATUS_JA, STATUS_ORDER,
                   category_ja, is_changed_row, remarks)
from ..diff import IDENTICAL_NOTE, IDENTICAL_NOTE_EN
from .taisho import cells_marking, change_label, display_text, finding_label, group_places, pair_rows, renumber_phrase

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}|#~!])")


def md_escape(s) -> str:
    s = "" if s is None else str(s)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return s.replace("\r", "").replace("\n", "<br>")


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    """The line holding [start, end) with the changed words in bold, clipped to ``width`` chars each side."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    a = max(ls, start - width)
    b = min(le, end + width)
    pre = ("…" if a > ls else "") + md_escape(text[a:start])
    post = md_escape(text[end:b]) + ("…" if b < le else "")
    mid = md_escape(_clip(text[start:end], 200))
    mid = f"**{mid}**" if mid.strip() else "‸"
    return pre + mid + post


def _cell_context(doc, art, rows, change, side: str) -> str | None:
    """The changed words of one side in their line, as the source shows them; None when absent."""
    for cell in cells_marking(doc, art, rows, change, side):
        for s, e, c in cell.marks:
            if c is change:
                return _context(cell.text, s, e)
        for pos, c in cell.points:
            if c is change:
                return _context(cell.text, pos, pos)
    return None


def _groups_lines(result) -> list[str]:
    out = [f"## 一括置換（{len(result.groups)}件）", "", "| 置換 | 区分 | 件数 | 箇所 |", "|---|---|---:|---|"]
    for g in result.groups:
        out.append(f"| 「{md_escape(g.old_text)}」→「{md_escape(g.new_text)}」 | "
                   f"{md_escape(KIND_JA.get(g.change_kind, g.change_kind))} | {g.count} | "
                   f"{md_escape('、'.join(group_places(g)))} |")
    out.append("")
    return out


def diff_markdown(result) -> str:
    s = result.summary()
    title = result.new.title or result.old.title
    out: list[str] = [f"# {md_escape(title)} 新旧対照" if title else "# 新旧対照", ""]
    out.append(f"- 新: `{result.new.source.path}`（{s['articles_new']}条）")
    out.append(f"- 旧: `{result.old.source.path}`（{s['articles_old']}条）")
    out.append("")
    if result.identical:
        out += [f"> {IDENTICAL_NOTE}", ""]
    if s["cross_document"]:
        out.append(f"> **注意: この二つは別々の文書です。** 同じ文書の新旧版ではありません。"
                   f"対応付けられた条は{s['matched']}条、旧のみ{s['unmatched_old']}条、新のみ{s['unmatched_new']}条で、"
                   "対応しない条が多いのは想定どおりです。")
        out.append("")
    out.append("## 概要")
    out.append("")
    out.append("| 区分 | 件数 |")
    out.append("|---|---:|")
    for k in STATUS_ORDER:
        if k in s["status"]:
            out.append(f"| {STATUS_JA[k]} | {s['status'][k]} |")
    for k in KIND_ORDER:
        if k in s["kinds"]:
            out.append(f"| {KIND_JA[k]} | {s['kinds'][k]} |")
    out.append(f"| 指摘事項 | {len(result.findings)} |")
    out.append("")

    groups = {g.id: g for g in result.groups}
    if result.groups:
        out.extend(_groups_lines(result))
    subs = [(p, c) for p, c in result.changes() if c.kind == "substantive" and getattr(c, "group", None) not in groups]
    whole = result.whole_articles()
    out.append(f"## 実質的変更（{len(subs) + len(whole)}件）")
    out.append("")
    if subs or whole:
        out.append("| 箇所 | 区分 | 新 | 旧 |")
        out.append("|---|---|---|---|")
        for p in whole:  # a provision added or taken away, quoted in full under 新旧対照 below
            art = p.new or p.old
            head = p.label + (f"（{art.title}）" if art.title and art.numbered else "")
            text = md_escape(_clip(art.body or art.title or "", 80))
            new, old = (text, "（なし）") if p.old is None else ("（なし）", text)
            out.append(f"| {md_escape(head)} | {'条の新設' if p.old is None else '条の削除'} | {new} | {old} |")
        for p, c in subs:
            cats = "・".join(category_ja(x) for x in c.categories)
            new = md_escape(_clip(c.new_text or "", 80)) or "（なし）"
            old = md_escape(_clip(c.old_text or "", 80)) or "（なし）"
            out.append(f"| {md_escape(change_label(p, c))} | {md_escape(cats)} | {new} | {old} |")
    else:
        out.append("実質的変更は検出されませんでした。")
    out.append("")

    changed = [p for p in result.pairs if is_changed_row(p)]
    out.append(f"## 新旧対照（変更のある条: {len(changed)}条）")
    out.append("")
    for p in changed:
        art = p.new or p.old
        head = p.label + (f"（{art.title}）" if art.title and art.numbered else "")
        phrase = renumber_phrase(p)
        if phrase:
            head += f"（{phrase}）"
        out.append(f"### {md_escape(head)} — {md_escape('、'.join(remarks(p)))}")
        out.append("")
        if p.old is None or p.new is None:  # a whole article inserted or deleted: quote it as the source has it
            doc, art = (result.new, p.new) if p.old is None else (result.old, p.old)
            out.append("新設:" if p.old is None else "削除:")
            out.append("")
            out.extend("> " + md_escape(line) for line in display_text(doc, art.span).rstrip().split("\n"))
            out.append("")
            continue
        if not p.changes:
            out.append("本文の変更はありません。")
            out.append("")
            continue
        rows = pair_rows(result, p)
        out.append("| 新 | 旧 | 備考 |")
        out.append("|---|---|---|")
        shown_groups: dict[str, int] = {}
        for c in p.changes:
            gid = getattr(c, "group", None)
            if gid in groups:  # shown once, in the 一括置換 table; counted here
                shown_groups[gid] = shown_groups.get(gid, 0) + 1
                continue
            new = _cell_context(result.new, p.new, rows, c, "new") or "（なし）"
            old = _cell_context(result.old, p.old, rows, c, "old") or "（なし）"
            note = KIND_JA.get(c.kind, c.kind) + "：" + "・".join(CATEGORY_JA.get(x, x) for x in c.categories)
            out.append(f"| {new} | {old} | {md_escape(change_label(p, c))} {md_escape(note)} |")
        for gid, n in shown_groups.items():
            g = groups[gid]
            out.append(f"| 「{md_escape(g.new_text)}」 | 「{md_escape(g.old_text)}」 | "
                       f"一括置換（この条で{n}箇所、全{g.count}箇所） |")
        out.append("")

    out.append(f"## 指摘事項（{len(result.findings)}件）")
    out.append("")
    if result.findings:
        out.extend(_findings_lines(result.findings, result.new))
    else:
        out.append("指摘事項はありません。")
    out.append("")
    return "\n".join(out)


def _findings_lines(findings, doc=None) -> list[str]:
    lines = []
    for f in findings:
        where = finding_label(f, doc)
        excerpt, suggestion = f.as_written(doc)
        sugg = f" 修正案: {md_escape(suggestion)}" if suggestion else ""
        lines.append(f"- **{SEVERITY_JA.get(f.severity, f.severity)}** {md_escape(where)}「{md_escape(_clip(excerpt or '', 60))}」"
                     f" {md_escape(f.message)}{sugg} ({md_escape(f.rule)})")
    return lines


def findings_markdown_report(doc_findings) -> str:
    total = sum(len(fs) for _, fs in doc_findings)
    out = ["# 文書チェック結果", "", f"{len(doc_findings)}文書、指摘{total}件", ""]
    for doc, fs in doc_findings:
        out.append(f"## {md_escape(doc.title or doc.source.path)}")
        out.append("")
        out.append(f"`{doc.source.path}`（{len(fs)}件）")
        out.append("")
        out.extend(_findings_lines(fs, doc) if fs else ["指摘事項はありません。"])
        out.append("")
    return "\n".join(out)
