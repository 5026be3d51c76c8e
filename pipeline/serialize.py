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


def document_text(doc: Document) -> str:
    """Readable outline: one clause unit per line."""
    out = []
    if doc.title:
        out.append(f"# {doc.title}")
    for a in doc.all_articles():
        part = "" if a.part == "main" else f"[{a.part}] "
        out.append(f"{part}{a.label}" + (f"（{a.title}）" if a.title else ""))
        for p in a.paragraphs:
            lab = f"{p.label} " if p.label else ""
            first = p.text.split("\n")[0] if p.text else ""
            out.append(f"  {lab}{first}".rstrip())
            for it in p.all_items():
                out.append(f"    {it.label} {it.text.split(chr(10))[0]}")
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
