"""`clausediff run`'s index and the command line's help, on the bundled raw/ corpus."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import RAW

from pipeline.cli import build_parser, main


@pytest.fixture(scope="module")
def run_folder(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("run")
    assert main(["run", "--raw", str(RAW), "--normalized", str(tmp / "n"), "--reports", str(tmp / "r"),
                 "--run-id", "t"]) == 0
    return tmp / "r" / "t"


def test_the_index_links_every_file_of_the_run(run_folder):
    index = (run_folder / "index.html").read_text(encoding="utf-8")
    links = [unquote(h) for h in re.findall(r'href="([^"]+)"', index)]
    files = {p.name for p in run_folder.iterdir() if p.is_file()} - {"index.html"}
    assert any(f.endswith(".csv") for f in files) and any(f.endswith(".xlsx") for f in files)
    assert set(links) == files
    # a table or document once among its entry's files (an entry's heading links its HTML or JSON too)
    assert not [f for f in files if links.count(f) > (1 if f.endswith((".csv", ".xlsx", ".docx", ".md")) else 2)]


def test_the_index_is_in_japanese(run_folder):
    index = (run_folder / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"<style>.*?</style>|<[^>]+>", " ", index, flags=re.S)
    assert '<html lang="ja">' in index
    # English words only for file formats; counts read as Japanese counts (「指摘 82件」, not "82 findings")
    words = set(re.findall(r"[A-Za-z][A-Za-z-]+", text)) - {"JSON", "HTML", "Markdown", "CSV", "Excel", "XLSX", "Word", "DOCX"}
    # … and the document keys of the manifest, which the diff rows name
    keys = set(re.findall(r"[A-Za-z][A-Za-z-]+", (RAW / "manifest.csv").read_text(encoding="utf-8")))
    assert words - keys == set(), words - keys
    assert re.search(r"指摘 \d+件", text) and re.search(r"実質的変更 \d+件", text)


def test_the_comparison_is_headed_by_vendor_and_service(run_folder):
    html = (run_folder / "compare.html").read_text(encoding="utf-8")
    heads = re.findall(r'<th title="[^"]*">([^<]+)<br>', html)
    assert "株式会社サポリス GMOサイン" in heads and "Mozilla アカウント" in heads
    assert not [h for h in heads if h.endswith((".txt", ".md")) or "terms" in h]


def test_help_says_that_output_folders_are_created(capsys):
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for command in ("parse", "diff", "check", "compare"):
        opt = next(a for a in sub.choices[command]._actions if "-o" in a.option_strings)
        assert "folders are created" in opt.help, command
