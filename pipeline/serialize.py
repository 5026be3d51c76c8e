"""Stable JSON forms of the document model and of a diff (schemas documented in the README)."""

from __future__ import annotations

from .model import Article, Document, Item, Paragraph

DOCUMENT_SCHEMA = "clausediff.document/1"
DIFF_SCHEMA = "clausediff.diff/1"


def _span(doc: Document, span) -> list[int]:
    return list(doc.source_span(span))


def item_dict(doc: Document, it: Item) -> dict:
    return {"label": it.label, "number": it.number, "style": it.style, "text": it.text,
            "span": _span(doc, it.span), "items": [item_dict(doc, c) for c in it.items]}


def paragraph_dict(doc: Document, p: Paragraph) -> dict:
    return {"number": p.number, "label": p.label, "text": p.text, "span": _span(doc, p.span),
            "items": [item_dict(doc, it) for it in p.items]}


def article_dict(doc: Document, a: Article) -> dict:
    return {"number": a.number, "label": a.label, "title": a.title, "chapter": a.chapter, "part": a.part, "part_label": a.part_label,
            "text": a.text, "span": _span(doc, a.span),
            "paragraphs": [paragraph_dict(doc, p) for p in a.paragraphs]}


def document_dict(doc: Document) -> dict:
    return {
        "schema": DOCUMENT_SCHEMA,
        "source": doc.source.summary(),
        "title": doc.title,
        "style": doc.style,
        "metadata": doc.metadata,
        "preamble": None if doc.preamble is None else {"text": doc.preamble.text, "span": _span(doc, doc.preamble.span)},
        "chapters": [{"number": c.number, "label": c.label, "kind": c.kind, "title": c.title,
                      "span": _span(doc, c.span)} for c in doc.chapters],
        "articles": [article_dict(doc, a) for a in doc.articles],
        "supplementary": [{"label": s.label, "date": s.date, "text": s.text, "span": _span(doc, s.span),
                           "articles": [article_dict(doc, a) for a in s.articles]} for s in doc.supplementary],
        "annexes": [{"label": x.label, "title": x.title, "text": x.text, "span": _span(doc, x.span),
                     "rows": x.rows, "articles": [article_dict(doc, a) for a in x.articles]} for x in doc.annexes],
        "closing": [{"kind": b.kind, "text": b.text, "span": _span(doc, b.span)} for b in doc.closing],
        "removed": [r.to_dict() for r in doc.norm.removed],
        "notes": doc.source.notes,
    }


# how the outline labels the text outside the articles, by its kind (model.Block)
_OUTSIDE_LABELS = {"closing": "末尾", "history": "改定履歴"}


def document_text(doc: Document) -> str:
    """Readable outline: one clause unit per line, in the order of the document, every part of it (前文, chapters,
    articles with each paragraph and item whole, 附則, 別紙, the text outside the articles): a unit's own line breaks are shown as
    spaces. The JSON form holds the same units with their spans."""
    lines: list[tuple[int, int, str]] = []  # (start, rank among units starting there, line)

    def one_line(text: str) -> str:
        return " ".join(x.strip() for x in text.split("\n") if x.strip())

    def add_article(a: Article, indent: str = "") -> None:
        part = "" if a.part == "main" else f"[{a.part_label or a.part}] "
        lines.append((a.span[0], 1, f"{indent}{part}{a.label}" + (f"（{a.title}）" if a.title else "")))
        for p in a.paragraphs:
            lab = f"{p.label} " if p.label else ""
            lines.append((p.span[0], 2, f"{indent}  {lab}{one_line(p.text)}".rstrip()))
            for it in p.all_items():
                lines.append((it.span[0], 3, f"{indent}    {it.label} {one_line(it.text)}".rstrip()))

    if doc.preamble is not None and doc.preamble.text.strip():
        lines.append((doc.preamble.span[0], 0, f"[前文] {one_line(doc.preamble.text)}"))
    for c in doc.chapters:
        lines.append((c.span[0], 0, f"{c.label} {c.title}".rstrip()))
    for a in doc.articles:
        add_article(a)
    def add_part(span, text: str, articles) -> None:
        first = doc.norm.text[span[0]:span[1]].split("\n", 1)[0].strip()
        lines.append((span[0], 0, f"[{first}]"))  # its heading as written: 附則（2023年6月15日実施）, 別表
        if not articles:
            if text.strip():
                lines.append((span[0], 1, f"  {one_line(text)}"))
            return
        for a in articles:
            add_article(a, "  ")
        # the part's own text around its articles (a 別紙's lead sentence above its 第1条), after its heading line
        pos = doc.norm.text.find("\n", span[0], span[1])
        pos = span[1] if pos < 0 else pos + 1
        for a in sorted(articles, key=lambda a: a.span[0]) + [None]:
            end = span[1] if a is None else a.span[0]
            if pos < end and doc.norm.text[pos:end].strip():
                lines.append((pos, 1, f"  {one_line(doc.norm.text[pos:end])}"))
            if a is not None:
                pos = max(pos, a.span[1])

    for part in list(doc.supplementary) + list(doc.annexes):
        add_part(part.span, part.text, part.articles)
    for b in doc.closing:  # (the text outside the articles, wherever it stands: a date line above 第1条 too)
        if b.text.strip():
            lines.append((b.span[0], 0, f"[{_OUTSIDE_LABELS.get(b.kind, '条文外')}] {one_line(b.text)}"))
    lines.sort(key=lambda t: (t[0], t[1]))
    out = [f"# {doc.title}"] if doc.title else []
    out += [line for _, _, line in lines]
    return "\n".join(out) + "\n"


def document_summary(doc: Document) -> dict:
    return {"path": doc.source.path, "sha256": doc.source.sha256, "format": doc.source.format,
            "title": doc.title, "articles": len(doc.articles), "version": doc.metadata.get("version"),
            "effective_date": doc.metadata.get("effective_date")}


def diff_dict(result) -> dict:
    """``alignment``: the articles of the main text, one entry per aligned pair. ``document_changes``:
    every change in the rest of the document (前文, 見出し, 附則, 別紙, 末尾), one record per change with
    the ``part`` and ``label`` of its unit and the unit's ``status``. Kept apart so that an alignment
    of articles stays what its name says, and nothing outside the articles is left out."""
    old, new = result.old, result.new
    alignment = []
    document_changes = []
    for p in result.pairs:
        entry = {
            "part": p.part,
            "label": p.label,
            "old": p.old_number,
            "new": p.new_number,
            "old_label": p.old.display_label if p.old else None,
            "new_label": p.new.display_label if p.new else None,
            "old_title": p.old.title if p.old else None,
            "new_title": p.new.title if p.new else None,
            "status": p.status,
            "similarity": p.similarity,
            "changes": [c.to_dict(old, new) for c in p.changes],
        }
        if p.part == "main":
            alignment.append(entry)
            continue
        for c in entry["changes"]:
            document_changes.append({"part": p.part, "label": p.label, "old_label": entry["old_label"],
                                     "new_label": entry["new_label"], "status": p.status, **c})
    return {
        "schema": DIFF_SCHEMA,
        "old": document_summary(old),
        "new": document_summary(new),
        "alignment": alignment,
        "document_changes": document_changes,
        "groups": [g.to_dict(old, new) for g in result.groups],
        "findings": [f.to_dict(new) for f in result.findings],
        "summary": result.summary(),
        "warnings": result.warnings,
    }
