"""Plain-text summaries for the terminal: substantive changes first."""

from __future__ import annotations

from ..diff import IDENTICAL_NOTE, IDENTICAL_NOTE_EN
from .taisho import change_label, display_text, finding_label, group_places

STATUS_ORDER = ["modified", "moved", "split", "merged", "inserted", "deleted", "renumbered", "unchanged"]


def _clip(s: str | None, n: int = 60) -> str:
    if not s:
        return "∅"
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def _shown(doc, span, text: str | None) -> str | None:
    """A change's text as the source writes it (「St, 4th」, full-width digits), not its normalized form."""
    if not text or span is None or span[1] <= span[0]:
        return text
    return display_text(doc, span) or text


def _sides(result, c, n: int = 60) -> str:
    if "link" in c.categories:  # the address is what changed, and the source shows only the link's words
        return f"{c.old_text or '∅'} → {c.new_text or '∅'}"  # an address cut short says nothing
    return (f"{_clip(_shown(result.old, c.old_span, c.old_text), n)} → "
            f"{_clip(_shown(result.new, c.new_span, c.new_text), n)}")


def diff_terminal(result) -> str:
    s = result.summary()
    out = [f"old: {result.old.source.path} ({s['articles_old']} articles)",
           f"new: {result.new.source.path} ({s['articles_new']} articles)"]
    if result.identical:
        out.append(IDENTICAL_NOTE_EN)
    if s["cross_document"]:
        out.append(f"note: these look like two different documents: {s['matched']} articles matched, "
                   f"{s['unmatched_old']} only in old, {s['unmatched_new']} only in new. Unmatched articles are expected.")
    out.append("status: " + ", ".join(f"{k} {s['status'][k]}" for k in STATUS_ORDER if k in s["status"]))
    out.append("changes: " + (", ".join(f"{k} {v}" for k, v in sorted(s["kinds"].items())) or "none"))
    groups = {g.id: g for g in result.groups}
    if result.groups:
        out.append("")
        out.append(f"repeated substitutions, each shown once ({len(result.groups)}):")
        for g in result.groups:
            places = group_places(g)
            out.append(f"  {g.change_kind} [{', '.join(g.categories)}] {_clip(g.old_text)} → {_clip(g.new_text)}"
                       f"  ×{g.count}: {_clip('、'.join(places), 120)}")
    ungrouped = [(p, c) for p, c in result.changes() if getattr(c, "group", None) not in groups]
    subs = [(p, c) for p, c in ungrouped if c.kind == "substantive"]
    if subs:
        out.append("")
        out.append(f"substantive changes ({len(subs)}):")
        for p, c in subs:
            out.append(f"  {change_label(p, c)} [{', '.join(c.categories)}] {_sides(result, c)}")
    moved = [p for p in result.pairs if p.status in ("moved", "inserted", "deleted", "split", "merged")]
    if moved:
        out.append("")
        out.append("structure:")
        for p in moved:
            out.append(f"  {p.status:9} {p.old.display_label if p.old else '—'} → {p.new.display_label if p.new else '—'}"
                       f"  {(p.new or p.old).title or ''}")
    other = [(p, c) for p, c in ungrouped if c.kind != "substantive"]
    if other:
        out.append("")
        out.append(f"editorial and reference changes ({len(other)}):")
        for p, c in other[:200]:
            out.append(f"  {change_label(p, c)} [{c.kind}: {', '.join(c.categories)}] {_sides(result, c, 30)}")
    if result.findings:
        out.append("")
        out.append(f"findings ({len(result.findings)}):")
        for f in result.findings:
            out.append(f"  {f.severity:7} {f.rule:26} {finding_label(f, result.new)} {_clip(f.as_written(result.new)[0], 40)}  {f.message}")
    return "\n".join(out) + "\n"
