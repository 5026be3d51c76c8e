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
from .taisho import change_label, finding_label, group_places
from .ooxml import stable

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


REVIEW_STATES = ("未確認", "確認済", "要協議")
REVIEW_COLUMNS = ("確認", "コメント")


def diff_tables(result) -> dict[str, pd.DataFrame]:
    """The alignment, the change list and the findings of a diff.

    The change list shows a repeated substitution (``result.groups``) once, with its count and
    its places, and every other change on its own row; each row has the review columns 確認
    (未確認 until a reviewer sets it) and コメント.
    """
    align_rows, change_rows, finding_rows = [], [], []
    for p in result.pairs:
        subs = sum(1 for c in p.changes if c.kind == "substantive")
        align_rows.append({
            "label": p.label,
            "part": p.part,
            "new_article": p.new_number,
            "old_article": p.old_number,
            "new_label": p.new.display_label if p.new else None,
            "old_label": p.old.display_label if p.old else None,
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
    groups = {g.id: g for g in result.groups}
    shown_groups: set[str] = set()
    for p, c in result.changes():
        gid = getattr(c, "group", None)
        if gid in groups:
            if gid in shown_groups:
                continue
            shown_groups.add(gid)
            g = groups[gid]
            places = group_places(g)
            change_rows.append({
                "label": places[0] if len(places) == 1 else f"{places[0]}ほか{len(places) - 1}箇所",
                "part": p.part, "new_article": p.new_number, "old_article": p.old_number,
                "article_ja": jp_number(p.new_number or p.old_number), "paragraph": c.paragraph, "item": c.item,
                "kind": g.change_kind, "kind_ja": KIND_JA.get(g.change_kind, g.change_kind),
                "categories": ",".join(g.categories), "categories_ja": "・".join(category_ja(x) for x in g.categories),
                "new_text": g.new_text, "old_text": g.old_text,
                "group": g.id, "count": g.count, "places": "、".join(places),
                "確認": REVIEW_STATES[0], "コメント": None,
            })
            continue
        change_rows.append({
            "label": change_label(p, c),
            "part": p.part,
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
            "group": None, "count": 1, "places": change_label(p, c),
            "確認": REVIEW_STATES[0], "コメント": None,
        })
    for f in result.findings:
        finding_rows.append({
            "label": finding_label(f, result.new),
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
        "alignment": ["label", "part", "new_article", "old_article", "new_label", "old_label", "new_title", "old_title",
                      "status", "status_ja", "number_shift", "similarity", "changes", "substantive", "remarks"],
        "changes": ["label", "part", "new_article", "old_article", "article_ja", "paragraph", "item", "kind", "kind_ja",
                    "categories", "categories_ja", "new_text", "old_text", "group", "count", "places",
                    *REVIEW_COLUMNS],
        "findings": ["label", "severity", "severity_ja", "rule", "article", "paragraph", "item", "excerpt", "message",
                     "message_en", "suggestion"],
    }
    frames = {}
    for name, rows in (("alignment", align_rows), ("changes", change_rows), ("findings", finding_rows)):
        df = pd.DataFrame(rows, columns=cols[name])
        for c in ("paragraph", "count"):
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
    target = folder / f"{stem}.xlsx"
    write_atomic(target, workbook_bytes(frames))  # in memory, then the one atomic writer every output uses
    written.append(target)
    return written


def diff_xlsx(result) -> bytes:
    """The diff's tables as one XLSX workbook (``clausediff diff --format xlsx``)."""
    return workbook_bytes(diff_tables(result))


def workbook_bytes(frames: dict[str, pd.DataFrame]) -> bytes:
    """One sheet per frame: bold header with a filter, frozen header row, text never a formula;
    a 確認 column gets a drop-down of the review states."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

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
        ws.auto_filter.ref = f"A1:{ws.cell(row=1, column=max(1, len(df.columns))).column_letter}{max(1, len(df)) + 1}"
        if REVIEW_COLUMNS[0] in df.columns:
            col = ws.cell(row=1, column=list(df.columns).index(REVIEW_COLUMNS[0]) + 1).column_letter
            dv = DataValidation(type="list", formula1='"' + ",".join(REVIEW_STATES) + '"', allow_blank=True,
                                showDropDown=False, showErrorMessage=True,
                                errorTitle="確認", error="未確認 / 確認済 / 要協議 から選んでください")
            dv.add(f"{col}2:{col}{max(len(df), 1) + 1}")
            ws.add_data_validation(dv)
    buf = io.BytesIO()
    wb.save(buf)
    return stable(buf.getvalue())
