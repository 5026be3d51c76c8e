"""Renderers of a vendor comparison (``pipeline.compare.Comparison``): JSON, text, Markdown,
HTML, and the tables behind CSV and XLSX. Column headers name each document as readers know it
(``DocEntry.name``: vendor and service from the manifest), with the file in a tooltip or a line
of its own.
"""

from __future__ import annotations

import html
import json

from ..compare import SCHEMA, Comparison, terms_summary
from ..model import Article


def _clip(s: str, n: int) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def comparison_dict(c: Comparison) -> dict:
    return {
        "schema": SCHEMA,
        "documents": [{"id": d.id, "name": d.name, "path": d.path, "title": d.title, "articles": len(d.articles)}
                      for d in c.documents],
        "topics": [{
            "id": t.id, "label": t.label, "label_en": t.label_en,
            "articles": {d: list(v) for d, v in c.assignment[t.id].items() if v},
            "terms": c.terms.get(t.id, {}),
        } for t in c.used_topics()],
        "pairs": [{"a_doc": p.a_doc, "a_article": p.a_article, "b_doc": p.b_doc, "b_article": p.b_article,
                   "score": p.score, "topics": p.topics} for p in c.pairs],
    }


def _art_label(a: Article | None, key: str) -> str:
    if a is None:
        return key
    return f"{a.label}" + (f"（{a.title}）" if a.title and a.numbered else "")


def _cell_text(c: Comparison, tid: str, doc_id: str) -> str:
    keys = c.assignment[tid][doc_id]
    if not keys:
        return ""
    labels = [_art_label(c.article(doc_id, k), k) for k in keys]
    s = terms_summary(c.terms.get(tid, {}).get(doc_id, {}))
    return "、".join(labels) + (f" — {s}" if s else "")


def comparison_text(c: Comparison) -> str:
    out = []
    for d in c.documents:
        out.append(f"{d.name}: {d.title or '(no title)'} ({len(d.articles)} articles) {d.path}")
    out.append("")
    for t in c.used_topics():
        out.append(f"■ {t.label} ({t.label_en})")
        for d in c.documents:
            out.append(f"  {d.name}: {_cell_text(c, t.id, d.id) or '—'}")
    out.append("")
    out.append(f"pairs: {len(c.pairs)}")
    return "\n".join(out) + "\n"


def _md(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def comparison_markdown(c: Comparison) -> str:
    out = ["# 約款比較 (vendor comparison)", ""]
    for d in c.documents:
        out.append(f"- **{_md(d.name)}**: {_md(d.title or '')} (`{_md(d.path)}`)")
    out += ["", "| トピック | " + " | ".join(_md(d.name) for d in c.documents) + " |",
            "|---|" + "---|" * len(c.documents)]
    for t in c.used_topics():
        cells = [_md(_cell_text(c, t.id, d.id)) or "—" for d in c.documents]
        out.append(f"| {_md(t.label)} ({_md(t.label_en)}) | " + " | ".join(cells) + " |")
    out.append("")
    return "\n".join(out)


_CSS = """
body{font-family:"Hiragino Sans","Noto Sans CJK JP","Yu Gothic",sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #bbb;padding:.4em;vertical-align:top;font-size:.9em}
th{background:#eef2f7;position:sticky;top:0}
td.topic{background:#f8f8f8;font-weight:bold;width:12em}
td.empty{color:#999;text-align:center}
.terms{display:block;color:#0a5;margin:.2em 0}
details summary{cursor:pointer;color:#036}
details pre{white-space:pre-wrap;font-family:inherit;background:#fafafa;border-left:3px solid #9bd;padding:.4em;max-height:30em;overflow:auto}
"""


def comparison_html(c: Comparison) -> str:
    e = lambda s: html.escape(s or "", quote=True)  # noqa: E731
    out = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">',
           "<title>約款比較</title>", f"<style>{_CSS}</style></head><body>",
           "<h1>約款比較 (vendor comparison)</h1>", "<ul>"]
    for d in c.documents:
        out.append(f"<li><b>{e(d.name)}</b>: {e(d.title)} <small>{e(d.path)}</small></li>")
    out.append("</ul><table><thead><tr><th>トピック</th>")
    out += [f'<th title="{e(d.path)}">{e(d.name)}<br><small>{e(d.title)}</small></th>' for d in c.documents]
    out.append("</tr></thead><tbody>")
    for t in c.used_topics():
        out.append(f'<tr id="{e("topic-" + t.id)}"><td class="topic">{e(t.label)}<br><small>{e(t.label_en)}</small></td>')
        for d in c.documents:
            keys = c.assignment[t.id][d.id]
            if not keys:
                out.append('<td class="empty">—</td>')
                continue
            cell = []
            s = terms_summary(c.terms.get(t.id, {}).get(d.id, {}))
            if s:
                cell.append(f'<span class="terms">{e(s)}</span>')
            for k in keys:
                a = c.article(d.id, k)
                text = a.text if a is not None else ""
                cell.append(f'<details title="{e(_clip(text, 300))}"><summary>{e(_art_label(a, k))}</summary>'
                            f"<pre>{e(text)}</pre></details>")
            out.append("<td>" + "".join(cell) + "</td>")
        out.append("</tr>")
    out.append("</tbody></table></body></html>")
    return "\n".join(out) + "\n"


def comparison_tables(c: Comparison) -> dict:
    """The matrix (topic × document), the articles assigned to each topic, the pairs and the documents, as
    reports.tables.Table rows."""
    from .tables import Table

    matrix_cols = ["topic", "label", "label_en"] + [d.name for d in c.documents]
    rows = []
    for t in c.used_topics():
        row = {"topic": t.id, "label": t.label, "label_en": t.label_en}
        for d in c.documents:
            row[d.name] = _cell_text(c, t.id, d.id)
        rows.append(row)
    assign = [
        {"topic": t.id, "label": t.label, "doc": d.id, "article": k,
         "title": (c.article(d.id, k).title if c.article(d.id, k) else None),
         "score": round(c.scores[(d.id, k)].get(t.id, 0.0), 4),
         "terms": terms_summary(c.terms.get(t.id, {}).get(d.id, {}))}
        for t in c.used_topics() for d in c.documents for k in c.assignment[t.id][d.id]
    ]
    pairs = [{"a_doc": p.a_doc, "a_article": p.a_article, "b_doc": p.b_doc, "b_article": p.b_article,
              "score": p.score, "topics": ",".join(p.topics)} for p in c.pairs]
    docs = [{"id": d.id, "name": d.name, "path": d.path, "title": d.title, "articles": len(d.articles)}
            for d in c.documents]
    return {"matrix": Table(matrix_cols, rows),
            "articles": Table(["topic", "label", "doc", "article", "title", "score", "terms"], assign),
            "pairs": Table(["a_doc", "a_article", "b_doc", "b_article", "score", "topics"], pairs),
            "documents": Table(["id", "name", "path", "title", "articles"], docs)}


def comparison_frames(c: Comparison) -> dict:
    """comparison_tables as pandas frames."""
    import pandas as pd

    return {name: pd.DataFrame(t.rows, columns=t.columns) for name, t in comparison_tables(c).items()}


def comparison_csv(c: Comparison) -> str:
    return comparison_frames(c)["matrix"].to_csv(index=False)


def comparison_xlsx(c: Comparison) -> bytes:
    """One sheet per table, written like the diff's workbook (reports.tables.workbook_bytes), without pandas."""
    from .tables import workbook_bytes

    return workbook_bytes(comparison_tables(c))


def comparison_json(c: Comparison) -> str:
    return json.dumps(comparison_dict(c), ensure_ascii=False, indent=2) + "\n"
