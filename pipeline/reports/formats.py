"""The report formats of each command: one table per kind of result, and the only place that
knows them. The CLI's ``--format`` choices come from these tables, ``clausediff run`` writes the
formats marked ``in_run``, and a new format is one module plus one line here.

Renderers are named ``"module:function"`` and imported when first used: ``clausediff diff
--format text`` should not pay for pandas, openpyxl or python-docx. An import that fails is an
error like any other (no guard): a broken renderer fails the command that asked for it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import import_module
from typing import Any, Callable


@dataclass(frozen=True)
class Format:
    name: str  # the --format value
    renderer: str  # "pipeline.module:function", result → str or bytes
    suffix: str  # of the file a run writes
    binary: bool = False  # bytes, never written to a terminal
    encoding: str = "utf-8"  # of text output written to a file (CSV: with a BOM, for Excel)
    in_run: bool = False  # written by `clausediff run` for every diff
    # (renderer keyword, command-line argument) pairs the renderer takes, e.g. (("include_unchanged", "all"),)
    options: tuple[tuple[str, str], ...] = ()
    imports: tuple[str, ...] = ()  # modules the renderer imports when it is called (for ``preload``)

    def render(self, result: Any, **arguments: Any) -> str | bytes:
        """The rendered result. ``arguments`` are command-line values by argument name; those this format
        declares are passed to its renderer under their keyword, the others are not."""
        module, _, function = self.renderer.partition(":")
        fn: Callable = getattr(import_module(module), function)
        return fn(result, **{kw: arguments[arg] for kw, arg in self.options if arg in arguments})

    def preload(self) -> None:
        """Import what rendering will need, ahead of it (``clausediff run`` does so while its workers check)."""
        import_module(self.renderer.partition(":")[0])
        for module in self.imports:
            import_module(module)

    def arguments(self) -> tuple[str, ...]:
        """The command-line arguments this format reads."""
        return tuple(arg for _, arg in self.options)


class Formats:
    def __init__(self, *formats: Format):
        self.by_name = {f.name: f for f in formats}

    def __getitem__(self, name: str) -> Format:
        return self.by_name[name]

    def names(self) -> list[str]:
        return list(self.by_name)

    def in_run(self) -> list[Format]:
        return [f for f in self.by_name.values() if f.in_run]


# --- adapters from results to text, for the formats whose renderer returns a dict


def diff_json(result) -> str:
    from ..serialize import diff_dict

    return json.dumps(diff_dict(result), ensure_ascii=False, indent=1)


def document_json(doc) -> str:
    from ..serialize import document_dict

    return json.dumps(document_dict(doc), ensure_ascii=False, indent=1)


def findings_json(doc_findings) -> str:
    from ..checks import findings_json as as_dict

    return json.dumps(as_dict(doc_findings), ensure_ascii=False, indent=1)


DIFF_FORMATS = Formats(
    Format("text", "pipeline.reports.terminal:diff_terminal", ".txt"),
    Format("json", "pipeline.reports.formats:diff_json", ".json", in_run=True),
    Format("md", "pipeline.reports.markdown:diff_markdown", ".md", in_run=True),
    Format("html", "pipeline.reports.html:diff_html", ".html", in_run=True),
    Format("docx", "pipeline.reports.docx:diff_docx", ".docx", binary=True, in_run=True, options=(("include_unchanged", "all"),)),
    Format("xlsx", "pipeline.reports.tables:diff_xlsx", ".xlsx", binary=True, in_run=True, imports=("openpyxl", "openpyxl.worksheet.datavalidation")),
)

CHECK_FORMATS = Formats(
    Format("text", "pipeline.checks:findings_table", ".txt"),
    Format("json", "pipeline.reports.formats:findings_json", ".json", in_run=True),
    Format("md", "pipeline.checks:findings_markdown", ".md"),
    Format("html", "pipeline.reports.html:findings_html", ".html", in_run=True),
)

PARSE_FORMATS = Formats(
    Format("json", "pipeline.reports.formats:document_json", ".json"),
    Format("text", "pipeline.serialize:document_text", ".txt"),
)

COMPARE_FORMATS = Formats(
    Format("text", "pipeline.reports.compare:comparison_text", ".txt"),
    Format("json", "pipeline.reports.compare:comparison_json", ".json", in_run=True),
    Format("md", "pipeline.reports.compare:comparison_markdown", ".md", in_run=True),
    Format("html", "pipeline.reports.compare:comparison_html", ".html", in_run=True),
    Format("csv", "pipeline.reports.compare:comparison_csv", ".csv", encoding="utf-8-sig"),
    Format("xlsx", "pipeline.reports.compare:comparison_xlsx", ".xlsx", binary=True, in_run=True,
           imports=("openpyxl", "openpyxl.worksheet.datavalidation")),
)
