"""Plain-text summaries for the terminal: substantive changes first."""

from __future__ import annotations

from ..grammar import article_label

STATUS_ORDER = ["modified", "moved", "split", "merged", "inserted", "deleted", "renumbered", "unchanged"]


def _clip(s: str | None, n: int = 60) -> str:
    if not s:
        return "∅"
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def diff_terminal(result) -> str:
    s = result.summary()
    out = [f"old: {result.old.source.path} ({s['articles_old']} articles)",
           f"new: {result.new.source.path} ({s['articles_new']} articles)"]
    if s["cross_document"]:
        out.append(f"note: these look like two different documents: {s['matched']} articles matched, "
                   f"{s['unmatched_old']} only in old, {s['unmatched_new']} only in new. Unmatched articles are expected.")
    out.append("status: " + ", ".join(f"{k} {s['status'][k]}" for k in STATUS_ORDER if k in s["status"]))
    out.append("changes: " + (", ".join(f"{k} {v}" for k, v in sorted(s["kinds"].items())) or "none"))
    subs = [(p, c) for p, c in result.changes() if c.kind == "substantive"]
    if subs:
        out.append("")
        out.append(f"substantive changes ({len(subs)}):")
        for p, c in subs:
            out.append(f"  {article_label(p.new_number or p.old_number)}"
                       + (f" 第{c.paragraph}項" if c.paragraph else "")
                       + f" [{', '.join(c.categories)}] {_clip(c.old_text)} → {_clip(c.new_text)}")
    moved = [p for p in result.pairs if p.status in ("moved", "inserted", "deleted", "split", "merged")]
    if moved:
        out.append("")
        out.append("structure:")
        for p in moved:
            out.append(f"  {p.status:9} {article_label(p.old_number)} → {article_label(p.new_number)}  {(p.new or p.old).title or ''}")
    other = [(p, c) for p, c in result.changes() if c.kind != "substantive"]
    if other:
        out.append("")
        out.append(f"editorial and reference changes ({len(other)}):")
        for p, c in other[:200]:
            out.append(f"  {article_label(p.new_number or p.old_number)} [{c.kind}: {', '.join(c.categories)}] "
                       f"{_clip(c.old_text, 30)} → {_clip(c.new_text, 30)}")
    if result.findings:
        out.append("")
        out.append(f"findings ({len(result.findings)}):")
        for f in result.findings:
            out.append(f"  {f.severity:7} {f.rule:26} {article_label(f.article)} {_clip(f.excerpt, 40)}  {f.message}")
    return "\n".join(out) + "\n"
