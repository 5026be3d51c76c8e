"""The report formats are a table (pipeline/reports/formats.py): --format choices come from it, and a new
format is one renderer plus one line: here a binary format with an option, added to the table in the test."""

from __future__ import annotations

import re

import pytest
from conftest import RAW

from pipeline.cli import build_parser, main
from pipeline.errors import EXIT_OK, EXIT_USAGE
from pipeline.reports.formats import CHECK_FORMATS, COMPARE_FORMATS, DIFF_FORMATS, PARSE_FORMATS, Format

OLD, NEW = RAW / "mozilla" / "accounts-tos-2023-10-27.md", RAW / "mozilla" / "accounts-tos-2025-06-04.md"


def fake_binary(result, include_unchanged: bool = False) -> bytes:
    changed = [p for p in result.pairs if include_unchanged or p.changes]
    return f"{len(changed)} rows, all={include_unchanged}".encode()


def choices(command: str) -> list[str]:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return next(a for a in sub.choices[command]._actions if a.dest == "format").choices


def test_format_choices_come_from_the_tables():
    for command, table in (("diff", DIFF_FORMATS), ("check", CHECK_FORMATS), ("parse", PARSE_FORMATS),
                           ("compare", COMPARE_FORMATS)):
        assert choices(command) == table.names()


def test_a_new_format_is_one_line(tmp_path, capsys, monkeypatch):
    fmt = Format("fake", f"{__name__}:fake_binary", ".fake", binary=True, options=(("include_unchanged", "all"),))
    monkeypatch.setitem(DIFF_FORMATS.by_name, "fake", fmt)
    assert "fake" in choices("diff")
    # binary: refused on a terminal before any work, written with -o (folders created)
    assert main(["diff", str(OLD), str(NEW), "--format", "fake"]) == EXIT_USAGE
    assert "needs -o FILE" in capsys.readouterr().err
    out = tmp_path / "new" / "folder" / "r.fake"
    assert main(["diff", str(OLD), str(NEW), "--format", "fake", "-o", str(out)]) == EXIT_OK
    # the renderer got the diff of the two files (what it makes of it is the renderer's business)
    from pipeline.api import compare_versions, read_document

    result = compare_versions(read_document(OLD), read_document(NEW))
    assert out.read_bytes() == f"{sum(1 for p in result.pairs if p.changes)} rows, all=False".encode()
    # an argument the format declares reaches its renderer under its keyword; others do not
    assert fmt.render(type("R", (), {"pairs": []})(), all=True, colour="red") == b"0 rows, all=True"
    # and from the command line, once the command declares the argument (one more line in its parser)
    from types import SimpleNamespace

    from pipeline.cli.common import render_to

    render_to(fmt, type("R", (), {"pairs": [1, 2]})(), str(tmp_path / "all.fake"), SimpleNamespace(all=True))
    assert (tmp_path / "all.fake").read_bytes() == b"2 rows, all=True"


def test_every_renderer_of_the_tables_exists():
    """The tables name renderers as strings (imported when used): each must resolve, or a command
    would fail only when someone asks for that format."""
    from importlib import import_module

    for table in (DIFF_FORMATS, CHECK_FORMATS, PARSE_FORMATS, COMPARE_FORMATS):
        for fmt in table.by_name.values():
            module, _, function = fmt.renderer.partition(":")
            assert callable(getattr(import_module(module), function)), fmt


@pytest.mark.parametrize("fmt", [f.name for f in DIFF_FORMATS.by_name.values() if not f.binary])
def test_every_text_diff_format_writes_a_file(tmp_path, capsys, fmt):
    out = tmp_path / f"r.{fmt}"
    assert main(["diff", str(OLD), str(NEW), "--format", fmt, "-o", str(out)]) == EXIT_OK
    # the text as the source writes it (13 歳以上) or normalized for comparison (13歳以上, JSON)
    assert out.stat().st_size > 100 and re.search("13 ?歳以上", out.read_text(encoding="utf-8"))


def test_a_renderer_that_cannot_be_imported_fails_the_run(tmp_path, capsys, monkeypatch):
    """No import guard: a report module that fails to import is an internal error of the run (exit 8),
    not a run that quietly writes no HTML and exits 0."""
    broken = Format("html", "pipeline.reports.no_such_module:diff_html", ".html", in_run=True)
    monkeypatch.setitem(DIFF_FORMATS.by_name, "html", broken)
    code = main(["run", "--raw", str(RAW), "--normalized", str(tmp_path / "n"), "--reports", str(tmp_path / "r"),
                 "--run-id", "x"])
    err = capsys.readouterr().err
    assert code == 8 and "ModuleNotFoundError" in err and "no_such_module" in err


@pytest.mark.parametrize("fmt", ["text", "md", "html", "json"])
def test_every_text_format_says_an_identical_pair_is_identical(tmp_path, fmt):
    """A byte-identical pair is reported as such, with its articles counted."""
    src = RAW / "saporis" / "ekyc-terms.txt"
    out = tmp_path / f"same.{fmt}"
    rc = main(["diff", str(src), str(src), "--format", fmt, "-o", str(out)])
    text = out.read_text(encoding="utf-8")
    assert rc == 0
    assert ("identical" in text) or ("同一" in text)
