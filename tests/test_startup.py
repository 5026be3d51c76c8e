"""Issue 17, start-up: what a command imports is what it uses.

Each case runs in a fresh interpreter (a module imported once stays imported), on real documents."""

import json
import subprocess
import sys

from conftest import ROOT

MD = ROOT / "raw" / "mozilla" / "accounts-tos-2023-10-27.md"
TXT = ROOT / "raw" / "saporis" / "ekyc-terms.txt"
READER_MODULES = ("pipeline.ingest.pdf", "pipeline.ingest.docx", "pipeline.ingest.html", "pipeline.ingest.script",
                  "pipeline.ingest.strings")


def _modules_after(code: str) -> dict:
    probe = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    return set(json.loads(r.stdout.splitlines()[-1]))


def test_reading_text_and_markdown_imports_no_pdf_word_or_html_reader():
    mods = _modules_after(f"from pipeline.api import read_document\n"
                          f"d = read_document({str(MD)!r}); assert d.articles\n"
                          f"d = read_document({str(TXT)!r}); assert d.articles")
    assert not mods & set(READER_MODULES)
    assert "pdfplumber" not in mods and "docx" not in mods and "xml.etree.ElementTree" not in mods


def test_a_file_of_a_kind_imports_its_reader_and_the_registry_declares_every_format(tmp_path):
    from pipeline.ingest import READERS, reader_for

    assert [r.format for r in READERS] == ["pdf", "docx", "lawxml", "script", "strings", "table", "html", "latex",
                                          "markdown", "text"]
    # the bytes decide, as before: a PDF named .txt is read as a PDF
    assert reader_for(b"%PDF-1.7\n...", ".txt").format == "pdf"
    assert reader_for(b"<!DOCTYPE html><html>", ".txt").format == "html"
    # a page made of the ekyc sample's first lines (the suite runs without ../shared too)
    lines = [ln.strip() for ln in (ROOT / "raw" / "saporis" / "ekyc-terms.txt").read_text(encoding="utf-8").splitlines()
             if ln.strip()][:12]
    html = tmp_path / "ekyc.html"
    html.write_text("<html><body>" + "".join(f"<p>{ln}</p>" for ln in lines) + "</body></html>", encoding="utf-8")
    mods = _modules_after(f"from pipeline.api import read_document\n"
                          f"d = read_document({str(html)!r}); assert '本人確認' in d.norm.text")
    assert "pipeline.ingest.html" in mods and "pipeline.ingest.pdf" not in mods


def test_clausediff_diff_of_markdown_imports_no_reader_it_does_not_use(tmp_path):
    out = tmp_path / "d.json"
    mods = _modules_after(
        "import sys\nfrom pipeline.cli import main\n"
        f"rc = main(['diff', {str(MD)!r}, {str(MD)!r}, '--format', 'json', '-o', {str(out)!r}])\n"
        "assert rc == 0, rc")
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]
    assert not mods & set(READER_MODULES)
    assert "pandas" not in mods and "pdfplumber" not in mods


def test_clausediff_run_writes_its_tables_without_pandas(tmp_path):
    mods = _modules_after(
        "from pipeline.cli import main\n"
        f"rc = main(['run', '--raw', {str(ROOT / 'raw')!r}, '--normalized', {str(tmp_path / 'n')!r}, "
        f"'--reports', {str(tmp_path / 'r')!r}])\n"
        "assert rc == 0, rc")
    written = [p.name for p in (tmp_path / "r").rglob("*")]
    assert any(n.endswith(".xlsx") for n in written) and any(n.endswith("_changes.csv") for n in written)
    assert "pandas" not in mods and "openpyxl" in mods


def test_a_caller_that_goes_on_is_left_with_nothing_frozen(tmp_path):
    """The CLI and run_corpus freeze the documents' objects while rendering (the collector need not scan
    them again); a caller that goes on afterwards (a test, a script calling main with arguments) gets
    them back for collection."""
    import gc

    from pipeline.cli import main
    from pipeline.jobs.run import run_corpus

    assert gc.get_freeze_count() == 0
    out = tmp_path / "d.json"
    assert main(["diff", str(MD), str(TXT), "--format", "json", "-o", str(out)]) in (0, 1)
    assert json.loads(out.read_text(encoding="utf-8"))["alignment"]
    assert gc.get_freeze_count() == 0
    result = run_corpus(ROOT / "raw", tmp_path / "n", tmp_path / "r")
    assert result.diffs and gc.get_freeze_count() == 0
