"""The index page of a ``clausediff run`` folder: one row per report, linking every file of it
(HTML, Markdown, JSON, CSV, XLSX), in Japanese.

Terms keep their established Japanese names (新旧対照表, 指摘, 実質的変更); English stays only
where Japanese has no established term (JSON, CSV, XLSX, Markdown are file formats).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import quote, urlsplit

KIND_JA = {"checks": "文書チェック", "diff": "新旧対照表", "compare": "約款比較", "run": "実行記録"}
# file suffix → how the link reads
FILE_LABELS = {".html": "HTML", ".md": "Markdown", ".json": "JSON", ".csv": "CSV", ".xlsx": "Excel (XLSX)",
               ".docx": "Word (DOCX)", ".txt": "テキスト"}


@dataclass
class IndexEntry:
    title: str
    kind: str  # a key of KIND_JA
    summary: str = ""
    files: list[str] = field(default_factory=list)  # paths relative to the run folder


def _href(path: str) -> str:
    """A link to a file of the run folder: relative, percent-encoded, never a scheme (javascript:)."""
    if urlsplit(path).scheme or path.startswith(("/", "\\")):
        return "#"
    return quote(path)


# the tables a run writes one CSV each for (``<stem>_<table>.csv``)
TABLE_JA = {"changes": "変更一覧", "alignment": "条文対応", "findings": "指摘", "matrix": "比較表", "articles": "条文",
            "pairs": "対応する条文", "documents": "文書"}


def _file_label(path: str) -> str:
    p = PurePosixPath(path)
    label = FILE_LABELS.get(p.suffix.lower(), p.suffix.lstrip(".").upper() or p.name)
    if p.suffix.lower() == ".csv" and "_" in p.stem:  # one CSV per table: say which table
        table = p.stem.rsplit("_", 1)[1]
        return f"{label}（{TABLE_JA.get(table, table)}）"
    return label


_CSS = """
body{font-family:"Noto Sans CJK JP","Hiragino Sans","Yu Gothic","Meiryo",sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #bbb;padding:.4em .6em;vertical-align:top;text-align:left}
th{background:#eef2f7}
td.files a{margin-right:.8em;white-space:nowrap}
.meta{color:#555}
"""


def index_html(entries: list[IndexEntry], run_id: str = "", failures: list[str] = ()) -> str:
    e = lambda s: html.escape(str(s or ""), quote=True)  # noqa: E731
    n_files = sum(len(x.files) for x in entries)
    out = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">',
           f"<title>レポート一覧 {e(run_id)}</title>", f"<style>{_CSS}</style></head><body>",
           f"<h1>レポート一覧 {e(run_id)}</h1>",
           f'<p class="meta">レポート{len(entries)}件、ファイル{n_files}件</p>']
    if failures:
        out.append(f"<h2>読み込めなかった文書（{len(failures)}件）</h2><ul>")
        out += [f"<li>{e(msg)}</li>" for msg in failures]
        out.append("</ul>")
    out.append("<table><thead><tr><th>レポート</th><th>種類</th><th>概要</th><th>ファイル</th></tr></thead><tbody>")
    for x in entries:
        main = next((f for f in x.files if f.endswith(".html")), x.files[0] if x.files else "")
        title = f'<a href="{e(_href(main))}">{e(x.title)}</a>' if main else e(x.title)
        links = "".join(f'<a href="{e(_href(f))}">{e(_file_label(f))}</a>' for f in x.files)
        out.append(f"<tr><td>{title}</td><td>{e(KIND_JA.get(x.kind, x.kind))}</td><td>{e(x.summary)}</td>"
                   f'<td class="files">{links}</td></tr>')
    out.append("</tbody></table></body></html>")
    return "\n".join(out) + "\n"
