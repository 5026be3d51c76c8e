"""Tables of a diff (alignment, changes, findings) as pandas frames, CSV and XLSX.

CSV is written as UTF-8 with a BOM so that Excel opens Japanese text
correctly; text cells that Excel would read as a formula (=, +, -, @ first)
get a leading apostrophe in the CSV. The XLSX stores every text cell as a
string (never a formula). Both are written atomically.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from ..io import write_atomic
from .html import KIND_JA, SEVERITY_JA, STATUS_JA, category_ja, jp_number, number_shift, remarks

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def diff_tables(result) -> dict[str, pd.DataFrame]:
    align_rows, change_rows, finding_rows = [], [], []
    for p in result.pairs:
        subs = sum(1 for c in p.changes if c.kind == "substantive")
        align_rows.append({
            "new_article": p.new_number,
            "old_article": p.old_number,
            "new_label": p.new.label if p.new else None,
            "old_label": p.old.label if p.old else None,
            "new_title": p.new.title if p.new else None,
            "old_title": p.old.title if p.old else None,
            "status": p.status,
            "status_ja": STATUS_JA.get(p.status, p.status),
            "number_shift": number_shift(p),
            "similarity": round(float(p.similarity), 4),
            "changes": len(p.changes),
            "substantive": subs,
            "remarks": "、".join(remarks(p)),
        })
        for c in p.changes:
            change_rows.append({
                "new_article": p.new_number,
                "old_article": p.old_number,
                "article_ja": jp_number(p.new_number or p.old_number),
                "paragraph": c.paragraph,
                "item": c.item,
                "kind": c.kind,
                "kind_ja": KIND_JA.get(c.kind, c.kind),
                "categories": ",".join(c.categories),
                "categories_ja": "・".join(category_ja(x) for x in c.categories),
                "new_text": c.new_text,
                "old_text": c.old_text,
            })
    for f in result.findings:
        finding_rows.append({
            "severity": f.severity,
            "severity_ja": SEVERITY_JA.get(f.severity, f.severity),
            "rule": f.rule,
            "article": f.article,
            "paragraph": f.paragraph,
            "item": f.item,
            "excerpt": f.excerpt,
            "message": f.message,
            "message_en": f.message_en,
            "suggestion": f.suggestion,
        })
    cols = {
        "alignment": ["new_article", "old_article", "new_label", "old_label", "new_title", "old_title", "status",
                      "status_ja", "number_shift", "similarity", "changes", "substantive", "remarks"],
        "changes": ["new_article", "old_article", "article_ja", "paragraph", "item", "kind", "kind_ja", "categories",
                    "categories_ja", "new_text", "old_text"],
        "findings": ["severity", "severity_ja", "rule", "article", "paragraph", "item", "excerpt", "message",
                     "message_en", "suggestion"],
    }
    frames = {}
    for name, rows in (("alignment", align_rows), ("changes", change_rows), ("findings", finding_rows)):
        df = pd.DataFrame(rows, columns=cols[name])
        for c in ("paragraph",):
            if c in df.columns:
                df[c] = df[c].astype("Int64")
        frames[name] = df
    return frames


def _csv_safe(v):
    if isinstance(v, str) and v.startswith(_FORMULA_START):
        return "'" + v
    return v


def _xlsx_value(v):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    if isinstance(v, str):
        return ILLEGAL_CHARACTERS_RE.sub("", v)
    if hasattr(v, "item"):
        return v.item()
    return v


def write_tables(frames: dict[str, pd.DataFrame], folder, stem: str) -> list[Path]:
    """Write ``{stem}_{name}.csv`` per frame and one ``{stem}.xlsx`` with a sheet per frame."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, df in frames.items():
        safe = df.copy()
        for c in safe.columns:
            if not pd.api.types.is_numeric_dtype(safe[c]):
                safe[c] = safe[c].map(_csv_safe).astype(object)
        written.append(write_atomic(folder / f"{stem}_{name}.csv", safe.to_csv(index=False, lineterminator="\r\n"),
                                    encoding="utf-8-sig"))
    wb = Workbook()
    wb.remove(wb.active)
    for name, df in frames.items():
        ws = wb.create_sheet(title=name[:31])
        ws.append([str(c) for c in df.columns])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in df.itertuples(index=False):
            ws.append([_xlsx_value(v) for v in row])
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # never a formula, whatever the text starts with
                    if len(cell.value) > 40:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
        for i, c in enumerate(df.columns, start=1):
            longest = max([len(str(c))] + [len(str(v)) for v in df[c].head(200) if v is not None])
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(60, max(8, longest * 1.6))
        ws.freeze_panes = "A2"
    target = folder / f"{stem}.xlsx"
    buf = io.BytesIO()
    wb.save(buf)  # in memory, then the one atomic writer every output goes through
    write_atomic(target, buf.getvalue())
    written.append(target)
    return written
